import { describe, expect, it } from 'vitest';
import { analyze, provisionsOf } from './helpers.ts';

/**
 * Round eight of provision mechanisms: proposal phrases the modifier walk used to lose ("their own
 * counter-proposal", "a shorter American proposal", "That paper, he said, …", "the Istanbul
 * proposal"); a run of "would" sentences opened by a clause after a semicolon or by "Its
 * centrepiece is …", and "there is still no … clause" in such a run; question headings that ask
 * about one issue ("Are there elections?"). Sentences written for these tests, each group with
 * negative cases.
 */

const mentionsOf = (r: ReturnType<typeof analyze>) => r.mentions.map((m) => `${m.text}=${m.proposal}`);

describe('phrases the walk back from the head noun used to stop short of', () => {
  it('"their own counter-proposal" is the counter-proposal, and "That text" after it too', () => {
    const r = analyze(
      'Washington circulated a 28-point plan last week. By Monday, officials from Paris, London and Berlin had put their own counter-proposal on the table. That text would raise the ceiling on the Ukrainian army to 800,000.',
    );
    expect(mentionsOf(r)).toContain('their own counter-proposal=name:counter-proposal');
    expect(provisionsOf(r)).toContain('name:counter-proposal military-size included');
  });

  it('"its own plan", "their own version" name no text (whose, not which)', () => {
    const r = analyze('The ministry said it had its own plan for rebuilding the power grid over the winter.');
    expect(r.mentions).toHaveLength(0);
    const r2 = analyze(
      'Washington circulated a 28-point plan last week. European capitals wrote their own version.',
    );
    expect(r2.mentions.map((m) => m.text)).not.toContain('their own version');
  });

  it('"a shorter American proposal" handed over in Paris in April is the spring proposal', () => {
    const r = analyze(
      'Months earlier the envoy had drawn up a shorter American proposal that was presented to European officials in Paris in April. It had Washington recognise Crimea as Russian.',
    );
    const m = mentionsOf(r);
    expect(m.some((x) => x.startsWith('a shorter American proposal='))).toBe(true);
    expect(m).not.toContain('a shorter American proposal=plan-28-point');
  });

  it('"the shorter text" is the cut-down version, not the one in focus', () => {
    const r = analyze(
      'The 19-point framework replaces the 28-point plan. Kyiv had objected to the 28-point plan for weeks. Washington now presents the shorter text as the basis for a deal.',
    );
    expect(mentionsOf(r)).toContain('the shorter text=framework-19-point');
  });

  it('"a shorter walk" or "a longer plan to" stays no mention', () => {
    const r = analyze('Officials said a longer plan to rebuild the grid was still being costed.');
    expect(r.mentions).toHaveLength(0);
  });

  it('a two-party page: "the American text" keeps to the version under discussion', () => {
    const r = analyze(
      'In spring the envoy had drawn up a shorter American proposal that was presented in Paris in April. The American 28-point plan came in November. The American text would cap the Ukrainian army at 600,000.',
    );
    expect(provisionsOf(r)).toContain('plan-28-point military-size included');
  });
});

describe('a demonstrative "That paper" opening a sentence', () => {
  it('points back at the text just named, whatever it was called', () => {
    const r = analyze(
      'Putin said the amendments the Europeans made to the US plan, in a counter-proposal drawn up by Britain, France and Germany, were meant to stall the process. That paper, he complained, would leave the door to NATO open for Kyiv.',
    );
    expect(mentionsOf(r)).toContain('That paper=name:counter-proposal');
    expect(provisionsOf(r)).toContain('name:counter-proposal nato included');
  });

  it('a plain "that paper" inside a sentence, or one far from any text, names nothing', () => {
    const r = analyze(
      'The 28-point plan was leaked on Tuesday.\n\nThe weather in Kyiv turned cold. Heating was rationed in several districts. Students said that paper shortages had closed the school library.',
    );
    expect(mentionsOf(r).some((x) => /paper/iu.test(x))).toBe(false);
  });
});

describe('a place the pack ties to no version names a proposal of its own', () => {
  it('"the Istanbul proposal" gets its own key and its clauses', () => {
    const r = analyze(
      'Kyiv said it had accepted the Istanbul proposal two weeks earlier. The Istanbul proposal calls for a 30-day halt to fighting along the whole front and for an exchange of prisoners of war.',
    );
    const p = provisionsOf(r);
    expect(p).toContain('name:istanbul-proposal ceasefire included');
    expect(p).toContain('name:istanbul-proposal prisoners included');
  });

  it('a party or a place the pack names a version by is not such a name', () => {
    const r = analyze(
      "Trump's Ukraine plan was leaked on Tuesday. The Geneva text would cap the army at 800,000.",
    );
    const m = mentionsOf(r);
    expect(m.some((x) => x.includes('name:ukraine-plan'))).toBe(false);
    expect(m.some((x) => x.includes('name:geneva'))).toBe(false);
  });
});

describe('runs of "would" sentences after a clause that names the version', () => {
  const LEAD =
    'The 28-point plan was leaked in November. The December draft, now 20 points long, goes further, Zelensky said.\n\n';

  it('"…; the draft says only that …" opens the run that follows', () => {
    const r = analyze(
      `${LEAD}The 100-day deadline has gone; the draft says only that a vote should be held soon after signing. The Zaporizhzhia nuclear power plant would be run by a joint venture with American participation.`,
    );
    expect(provisionsOf(r)).toContain('points:20 energy included');
  });

  it('"Its centrepiece is …" puts its issue in the version', () => {
    const r = analyze(`${LEAD}Its centrepiece is a promise of security guarantees modelled on Article 5.`);
    expect(provisionsOf(r)).toContain('points:20 security-guarantees included');
  });

  it('"there is still no amnesty clause" in the run is a clause the version lacks', () => {
    const r = analyze(
      `${LEAD}Its centrepiece is a promise of security guarantees modelled on Article 5. A ceasefire would take hold once all parties sign, and there is still no amnesty clause.`,
    );
    const p = provisionsOf(r);
    expect(p).toContain('points:20 ceasefire included');
    expect(p).toContain('points:20 amnesty dropped');
    expect(p).not.toContain('points:20 amnesty included');
  });

  it('a clause after a semicolon that reports a party opens no run', () => {
    const r = analyze(
      `${LEAD}Talks resume on Monday; Moscow said the draft was a step backwards. A ceasefire would take hold once all parties sign.`,
    );
    expect(provisionsOf(r)).not.toContain('points:20 ceasefire included');
  });
});

describe('question headings that ask about one issue', () => {
  const LEAD = 'What is in the 20-point draft?\n\nThe 20-point draft was presented on Tuesday.\n\n';

  it('"Are there elections? Yes. …" puts elections in the version', () => {
    const r = analyze(
      `${LEAD}Are there elections?\n\nYes. Ukraine would go to the polls as soon as possible after signing.`,
    );
    expect(provisionsOf(r)).toContain('points:20 elections included');
  });

  it('"What happens to the nuclear plant?" answered without a cue still names the issue', () => {
    const r = analyze(
      `${LEAD}What happens to the Zaporizhzhia nuclear plant?\n\nThe point on the plant is still being argued over by the two delegations.`,
    );
    expect(provisionsOf(r)).toContain('points:20 energy included');
  });

  it('an answer that opens with "No" or denies the issue puts nothing in', () => {
    const r = analyze(
      `${LEAD}Are there elections?\n\nNo. The text sets no date for a vote.\n\nWhat about sanctions?\n\nThe new text does not promise Russia any easing of sanctions.`,
    );
    const p = provisionsOf(r);
    expect(p).not.toContain('points:20 elections included');
    expect(p).not.toContain('points:20 sanctions included');
  });

  it('a question that asks for a view is no topic heading', () => {
    const r = analyze(
      `${LEAD}Why does Moscow object to the elections clause?\n\nThe Kremlin wants a say in who may stand.`,
    );
    expect(r.provisions.some((x) => x.rule === 'provision:topic-question')).toBe(false);
  });
});

describe('a list of infinitives separated by semicolons', () => {
  it('every item after "asked Ukraine to …;" is in the version', () => {
    const r = analyze(
      'The 28-point plan was worked out in Miami. It asked Ukraine to give up the rest of the Donetsk region; to cap its armed forces at 600,000; to rule out joining NATO in its constitution; and to hold elections within 100 days of signing.',
    );
    const p = provisionsOf(r);
    expect(p).toContain('plan-28-point territory included');
    expect(p).toContain('plan-28-point nato included');
    expect(p).toContain('plan-28-point elections included');
  });

  it('a semicolon before a new clause still ends the predicate', () => {
    const r = analyze(
      'The 28-point plan was worked out in Miami. It asked Ukraine to give up the rest of the Donetsk region; elections were not discussed at all, officials said.',
    );
    expect(provisionsOf(r)).not.toContain('plan-28-point elections included');
  });
});

describe('a figure named with the version it was set in', () => {
  it('"the 600,000 figure in the original plan" and "the 600,000 limit set in the original plan"', () => {
    const a = analyze(
      'The 28-point plan leaked in November. Putin said the 600,000 figure in the original American plan had been discussed with Moscow.',
    );
    expect(provisionsOf(a)).toContain('plan-28-point military-size included');
    const b = analyze(
      "The 28-point plan leaked in November. Warsaw objected to any ceiling on Ukraine's army, such as the 600,000 limit set in the original plan.",
    );
    expect(provisionsOf(b)).toContain('plan-28-point military-size included');
  });

  it('a figure a party wants in the version is not in it', () => {
    const r = analyze(
      'The 28-point plan leaked in November. Kyiv wants a 800,000 ceiling in the plan instead, officials said.',
    );
    expect(provisionsOf(r)).not.toContain('plan-28-point military-size included');
  });
});

describe('"the original American plan" while an American text with no history is in focus', () => {
  it('is the earliest version, not the text in focus', () => {
    const r = analyze(
      'The 28-point plan leaked in November. Negotiators are now finishing a 20-point draft, the American initiative Zelensky presented on Tuesday. Putin said the 600,000 figure in the original American plan had been discussed with Moscow.',
    );
    const m = mentionsOf(r);
    expect(m).toContain('the original American plan=plan-28-point');
    expect(provisionsOf(r)).not.toContain('points:20 military-size included');
  });
});

describe('"the latest version" after a point count the pack does not know', () => {
  it('is that newest text, though the focus moved to the one it was reworked from', () => {
    const r = analyze(
      'The paper on the table is a 20-point framework that negotiators reworked in Florida from the 19-point Geneva framework. Two people who have seen the latest version said it now carries a commitment to hold elections soon after a deal is signed.',
    );
    expect(mentionsOf(r)).toContain('the latest version=points:20');
  });

  it('with no such count, "the latest version" is still the pack\'s revision', () => {
    const r = analyze(
      'The 19-point framework replaced the 28-point plan. Two people who have seen the latest version said it carries a commitment to hold elections.',
    );
    expect(mentionsOf(r)).toContain('the latest version=framework-19-point');
  });
});

describe('a place before an outcome noun', () => {
  it('"the Gaza agreement" in a Ukraine story is no proposal of its own (bundled example 03)', async () => {
    const { pipelineFor } = await import('../../src/eval/negotiation.ts');
    const { loadPack } = await import('../../src/packs/load.ts');
    const { compileNegotiationIndex } = await import('../../src/pipeline/negotiation/index.ts');
    const { clean } = await import('../../src/pipeline/clean/index.ts');
    const { readFileSync } = await import('node:fs');
    const { run } = await pipelineFor();
    const pack = loadPack('ukraine-2025');
    const text = clean(readFileSync('examples/03-leak-translated.txt', 'utf8'), 'text').text;
    const keys = run(text, '2025-11-25', pack, compileNegotiationIndex(pack)).result.proposals.map(
      (p: { key: string }) => p.key,
    );
    expect(keys).toContain('plan-28-point');
    expect(keys.some((k: string) => k.includes('gaza'))).toBe(false);
  });
});

describe('a count of texts', () => {
  it('"Two texts, one war" in a headline names no proposal', () => {
    const r = analyze(
      'Two texts, one war: how the European counter-proposal rewrites the plan\n\nThe counter-proposal was drafted by officials from Britain, France and Germany.',
    );
    expect(mentionsOf(r).some((x) => x.includes('two-texts'))).toBe(false);
    expect(mentionsOf(r)).toContain('the European counter-proposal=name:counter-proposal');
  });
});

describe('"the new draft" and counts of difference', () => {
  it('"the new draft" after a point count the pack does not know is that text, not the pack revision', () => {
    const r = analyze(
      "Explainer: what changed between the 28-point plan and Kyiv's new 20-point draft\n\nThe November plan capped the army at 600,000. The new draft raises the ceiling to 800,000.",
    );
    expect(mentionsOf(r)).toContain('The new draft=points:20');
  });

  it('"shorter by nine points" is a difference, not a nine-point text', () => {
    const r = analyze(
      'A week after the 28-point plan landed in Kyiv, the text negotiators work from is shorter by nine points.',
    );
    expect(mentionsOf(r).some((x) => x.includes('points:9'))).toBe(false);
  });
});

describe("another party's adjective while a counter-proposal is in focus", () => {
  it('"the American plan" is not the European counter-proposal it answers', () => {
    const r = analyze(
      'How the European counter-proposal rewrites the American plan\n\nThe American plan was put together in Miami by Steve Witkoff and Jared Kushner. The European counter-proposal was drafted by officials from Britain, France and Germany.',
    );
    expect(mentionsOf(r)).not.toContain('the American plan=name:counter-proposal');
    expect(mentionsOf(r)).not.toContain('The American plan=name:counter-proposal');
    expect(mentionsOf(r)).toContain('The European counter-proposal=name:counter-proposal');
  });
});
