import { describe, expect, it } from 'vitest';
import { analyze, provisionsOf } from './helpers.ts';

/**
 * Round nine of provision mechanisms, found on articles written blind: whole paragraphs of "would"
 * sentences that set out a leaked text after the paragraph that named it; "What went" / "What
 * stayed" headings; an elliptical "So was …" after a removal; a later form named in an aside on
 * the subject ("the 28-point plan, since trimmed to 19 points, …"); the inverted "Still in the
 * text are …"; and "the United States" no longer read as a reporting verb. Sentences written for
 * these tests, each group with negative cases.
 */

describe('paragraphs that set out a text without naming it', () => {
  const LEAK =
    'A 28-point US plan to end the war surfaced on Thursday.\n\n' +
    'The text was drafted by two envoys over several weeks, people familiar with it said.\n\n';

  it('reads every "would" paragraph after the one that named the text as its contents', () => {
    const r = analyze(
      `${LEAK}Sanctions on Russia would be lifted in stages, and Moscow would rejoin the Group of Eight. Prisoners would be exchanged on an all-for-all basis.\n\n` +
        'The Zaporizhzhia nuclear plant would be restarted under international monitoring.',
    );
    const p = provisionsOf(r);
    expect(p).toContain('plan-28-point sanctions included');
    expect(p).toContain('plan-28-point prisoners included');
    expect(p).toContain('plan-28-point energy included');
  });

  it('reads the "United States" in such a sentence as a country, not a verb of reporting', () => {
    const r = analyze(
      `${LEAK}Frozen Russian assets would be put into a reconstruction fund run by the United States.`,
    );
    expect(provisionsOf(r)).toContain('plan-28-point frozen-assets included');
  });

  it('leaves a paragraph with an attributed or quoted sentence to its own predicates', () => {
    const r = analyze(
      `${LEAK}Sanctions would stay in place for now, a European diplomat said. Prisoners would be freed later.`,
    );
    expect(provisionsOf(r)).not.toContain('plan-28-point sanctions included');
    const q = analyze(`${LEAK}"Sanctions would stay," the minister told reporters.`);
    expect(provisionsOf(q)).not.toContain('plan-28-point sanctions included');
    // A speaker at the end with a verb no list holds.
    const m = analyze(`${LEAK}Sanctions on Russia would be eased if talks went well, one diplomat mused.`);
    expect(provisionsOf(m)).not.toContain('plan-28-point sanctions included');
  });

  it('does not reach a "would" paragraph far from any mention of the text', () => {
    const r = analyze(
      `${LEAK}Kyiv spent the weekend consulting allies.\n\nThe envoys flew home on Sunday.\n\nThe next round is planned for December.\n\n` +
        'Sanctions on Russia would hurt its economy further if the fighting went on.',
    );
    expect(provisionsOf(r)).not.toContain('plan-28-point sanctions included');
  });
});

describe('headings and ellipsis in an account of a revision', () => {
  const REVISION =
    'Geneva talks cut the plan to 19 points\n\n' +
    'The 19-point framework agreed in Geneva replaces the 28-point plan that Washington presented last week.\n\n';

  it('"What went" lists removals from the revision; "So was …" repeats the removal', () => {
    const r = analyze(
      `${REVISION}What went\n\nThe clause granting a blanket amnesty was struck out. So was the requirement that Ukraine withdraw from the Donbas.`,
    );
    const p = provisionsOf(r);
    expect(p).toContain('framework-19-point amnesty dropped');
    expect(p).toContain('framework-19-point territory dropped');
    // Convention 8: what the revision dropped was in the text it replaces.
    expect(p).toContain('plan-28-point territory included');
  });

  it('"Still in the text are …" under "What stayed" is the revision, kept from the plan before', () => {
    const r = analyze(
      `${REVISION}What changed\n\nThe question of NATO, which the original document would have settled for good, is left to the presidents.\n\n` +
        'What stayed\n\nStill in the text are security guarantees for Ukraine and an exchange of all prisoners.',
    );
    const p = provisionsOf(r);
    expect(p).toContain('framework-19-point security-guarantees included');
    expect(p).toContain('framework-19-point prisoners included');
    expect(p).toContain('plan-28-point prisoners included');
    expect(p).not.toContain('plan-28-point security-guarantees dropped');
  });

  it('a "What they said" heading opens no section of contents', () => {
    const r = analyze(
      `${REVISION}What they said\n\nThe Ukrainian delegation said the text would guarantee Ukraine's security.`,
    );
    expect(provisionsOf(r).filter((x) => x.includes('dropped'))).toEqual([]);
  });

  it('"So was" after a sentence that placed two versions copies neither', () => {
    const r = analyze(
      `${REVISION}The plan capped the army at 600,000 while the framework allows 800,000. So was the amnesty, officials said.`,
    );
    expect(provisionsOf(r).filter((x) => x.includes('amnesty'))).toEqual([]);
  });
});

describe('an aside naming a later form does not take the focus', () => {
  it('"the 28-point plan, since trimmed to 19 points, went further" keeps "It" on the plan', () => {
    const r = analyze(
      'Washington presented a shorter proposal in Paris in April.\n\n' +
        'Seven months later, the 28-point plan, since trimmed to 19 points in Geneva, went much further. It capped the Ukrainian army at 600,000.',
    );
    const p = provisionsOf(r);
    expect(p).toContain('plan-28-point military-size included');
    expect(p).not.toContain('framework-19-point military-size included');
  });

  it("a revision named as the main clause's own subject still takes the focus", () => {
    const r = analyze(
      'The 28-point plan was presented last week. The plan was trimmed to 19 points in Geneva. The 19-point framework raises the army ceiling to 800,000.',
    );
    expect(provisionsOf(r)).toContain('framework-19-point military-size changed');
  });
});

describe('a month before the head noun names the version the article dated to it', () => {
  const DEC =
    'The negotiators are working from a 20-point draft that the two envoys drew up in December. ' +
    'It revised the 19-point framework agreed in Geneva in November.\n\n';

  it('"the December draft" is the text drawn up in December, and "The newer text" after it too', () => {
    const r = analyze(
      `${DEC}The Geneva framework capped the army at 800,000; the December draft loosened that cap. The newer text also no longer bars Ukraine from joining NATO.`,
      'ukraine-2025',
      '2026-02-04',
    );
    const m = r.mentions.map((x) => `${x.text}=${x.proposal}`);
    expect(m).toContain('the December draft=points:20');
    expect(provisionsOf(r)).toContain('points:20 nato dropped');
  });

  it('a month that two named versions share picks neither', () => {
    const r = analyze(
      'A 20-point draft and a European counter-proposal were both drawn up in December. The December draft is longer.',
      'ukraine-2025',
      '2026-02-04',
    );
    expect(r.mentions.map((x) => `${x.text}=${x.proposal}`)).not.toContain('The December draft=points:20');
  });
});

describe('a communiqué is a text the parties drew up', () => {
  it('"what became known as the Istanbul communiqué" names a proposal of its own', () => {
    const r = analyze(
      'In the spring of 2022 negotiators met in Istanbul and came away with what became known as the Istanbul communiqué. It would have kept Ukraine out of NATO in exchange for security guarantees.',
    );
    expect(r.mentions.map((m) => m.proposal)).toContain('name:istanbul-communique');
    expect(provisionsOf(r)).toContain('name:istanbul-communique nato included');
  });
});

describe('an edit told by pointing back at the clause before', () => {
  const DEC =
    'The negotiators are working from a 20-point draft that the envoys drew up in December. It revised the 19-point framework agreed in Geneva in November.\n\n';

  it('"…; the December draft loosened that cap" changes the cap in the newer text only', () => {
    const r = analyze(
      `${DEC}The Geneva framework put a ceiling of 800,000 troops on Ukraine's armed forces; the December draft loosened that cap so that it applies only in peacetime.`,
      'ukraine-2025',
      '2026-02-04',
    );
    const p = provisionsOf(r);
    expect(p).toContain('points:20 military-size changed');
    expect(p).not.toContain('points:20 military-size included');
  });

  it('"…, and the December draft keeps that figure" keeps it; "scrapped it" drops it', () => {
    const keep = analyze(
      `${DEC}Geneva raised the limit on the army to 800,000, and the December draft keeps that figure.`,
      'ukraine-2025',
      '2026-02-04',
    );
    expect(provisionsOf(keep)).toContain('points:20 military-size included');
    const drop = analyze(
      `${DEC}The Geneva framework promised an amnesty for wartime acts; the December draft scrapped it.`,
      'ukraine-2025',
      '2026-02-04',
    );
    expect(provisionsOf(drop)).toContain('points:20 amnesty dropped');
  });

  it('an object with an issue of its own is read by the ordinary predicates', () => {
    const r = analyze(
      `${DEC}The Geneva framework promised an amnesty; the December draft raised that ceiling on the army to 850,000.`,
      'ukraine-2025',
      '2026-02-04',
    );
    expect(provisionsOf(r)).not.toContain('points:20 amnesty changed');
  });
});
