import { describe, expect, it } from 'vitest';
import { pipelineFor } from '../../src/eval/negotiation.ts';
import { loadPack } from '../../src/packs/load.ts';
import { compileNegotiationIndex, type NegotiationResult } from '../../src/pipeline/negotiation/index.ts';
import { analyze, provisionsOf } from './helpers.ts';

/**
 * Round four of provision mechanisms, for long explainers: clause lists spread over several
 * unattributed "would" sentences, plain nouns ("a short paper", "the outline") that name a dated
 * version, party words that point away from the text in focus, "the first draft" while a
 * counter-proposal is in focus, labels without an issue cue, leave to seek what was barred, and
 * points said not to survive in, or to be written into, a version. Sentences written for these
 * tests, each with a negative case.
 */

const keysOf = (t: string) => analyze(t).mentions.map((m) => `${m.text} => ${m.proposal}`);
// The dated tests need the time stage: the whole per-article pipeline, as the evaluation runs it.
const pack = loadPack('ukraine-2025');
const index = compileNegotiationIndex(pack);
const { run } = await pipelineFor();
const full = (t: string, published: string | null): NegotiationResult =>
  run(t, published, pack, index).result;
const fullKeys = (t: string, published: string | null) =>
  full(t, published).mentions.map((m) => `${m.text} => ${m.proposal}`);

describe('clause lists continued over several sentences', () => {
  it('"would" sentences after a sentence whose subject is the version are its clauses', () => {
    const r = analyze(
      'The 28-point plan reached Kyiv on Thursday. Its terms go far beyond earlier drafts. ' +
        'Ukraine would pull its troops out of the rest of Donetsk. Sanctions on Russia would be lifted in stages. ' +
        'A presidential election would follow within 100 days.',
    );
    const p = provisionsOf(r);
    expect(p).toContain('plan-28-point territory included');
    expect(p).toContain('plan-28-point sanctions included');
    expect(p).toContain('plan-28-point elections included');
  });

  it('a reported or quoted "would" does not continue the list', () => {
    const r = analyze(
      'The 28-point plan reached Kyiv on Thursday. Its terms go far beyond earlier drafts. ' +
        'Zelensky said Ukraine would never hold elections under fire.',
    );
    expect(provisionsOf(r)).not.toContain('plan-28-point elections included');
  });

  it('a paragraph break ends the list', () => {
    const r = analyze(
      'The 28-point plan reached Kyiv on Thursday. Its terms go far beyond earlier drafts.\n\n' +
        'Sanctions on Russia would be eased if talks go well, one diplomat mused.',
    );
    expect(provisionsOf(r)).not.toContain('plan-28-point sanctions included');
  });
});

describe('plain nouns for a dated version', () => {
  it('"a short paper" handed over on the day the pack dates a version is that version', () => {
    const k = fullKeys(
      'At a meeting in Paris on April 17, American envoys handed European officials a short paper. ' +
        'It offered Russia recognition of Crimea as Russian territory.',
      '2025-04-25',
    );
    expect(k.some((x) => x.endsWith('us-april-2025-proposal'))).toBe(true);
  });

  it('a year-less day still pins it when the page has no date', () => {
    const r = full(
      'Reports described a confidential US peace proposal presented to European leaders in Paris on April 17. ' +
        'The plan includes a truce that would hold the armies where they now stand.',
      null,
    );
    expect(provisionsOf(r)).toContain('us-april-2025-proposal ceasefire included');
  });

  it('a paper with no day or place of a version names nothing', () => {
    const k = fullKeys('A think tank published a short paper on energy security last week.', '2025-04-25');
    expect(k).toEqual([]);
  });

  it('"the outline" right after "the Paris paper" is the same text; on its own it is not a mention', () => {
    expect(
      fullKeys(
        'Then the Paris paper arrived. According to officials who saw it, the outline drafted by Witkoff would have Washington recognise Crimea as Russian.',
        '2025-04-25',
      ),
    ).toContain('the outline => us-april-2025-proposal');
    expect(fullKeys('The outline of the talks remains vague, officials said.', '2025-04-25')).toEqual([]);
  });
});

describe('which text a party word or "the first draft" means', () => {
  it('"the American text" while the European counter-proposal is in focus is the plan it answers', () => {
    const k = keysOf(
      'The first was the 28-point plan. The second was a European counter-proposal, a marked-up copy of the American text.',
    );
    expect(k).toContain('the American text => plan-28-point');
  });

  it('"the first draft" while the counter-proposal is in focus is the revised plan\'s first version', () => {
    const k = keysOf(
      'The 19-point framework replaced the 28-point plan in Geneva. European governments drafted a counter-proposal. ' +
        'The European text kept the army at 800,000. The first draft would have capped it at 600,000.',
    );
    expect(k).toContain('The first draft => plan-28-point');
  });

  it('"is a reworked version of" names the text in focus, not a further revision', () => {
    const k = keysOf(
      'Europe answered with a counter-proposal of its own. The document is a reworked version of the 28-point US plan.',
    );
    expect(k).toContain('a reworked version => name:counter-proposal');
  });
});

describe('labels, leave to seek, survival and where a point is written', () => {
  it('a label with no issue cue heads the issue its paragraph is about', () => {
    const r = analyze(
      'The 28-point plan came first, then a European counter-proposal, then the 19-point framework.\n\n' +
        'The army. The 28-point plan capped Ukraine at 600,000 troops. The Europeans raised the figure to 800,000.',
    );
    expect(provisionsOf(r)).toContain('name:counter-proposal military-size changed');
  });

  it('a label whose paragraph has no issue gives nothing', () => {
    const r = analyze(
      'The 28-point plan came first, then a European counter-proposal.\n\n' +
        'Style. The Europeans rewrote the prose in plainer English.',
    );
    expect(provisionsOf(r).filter((p) => p.startsWith('name:counter-proposal'))).toEqual([]);
  });

  it('leave to seek membership alone in a revision stays a change', () => {
    const r = analyze('The 19-point framework allows Ukraine to seek NATO membership.');
    expect(provisionsOf(r)).toContain('framework-19-point nato changed');
  });

  it('"does not survive in" takes the point out of the version named after it', () => {
    const r = analyze(
      'The 28-point plan promised a blanket amnesty; that clause does not survive in the 19-point framework.',
    );
    const p = provisionsOf(r);
    expect(p).toContain('framework-19-point amnesty dropped');
    expect(p).toContain('plan-28-point amnesty included');
    expect(p).not.toContain('plan-28-point amnesty dropped');
  });

  it('"written into" a version puts the point named before it in that version', () => {
    const r = analyze(
      'Macron said the limit of 600,000 troops written into the 28-point plan was a recipe for another war.',
    );
    expect(provisionsOf(r)).toContain('plan-28-point military-size included');
  });

  it('a version named before a new clause is not the subject of that clause', () => {
    const r = analyze(
      'Putin said the 28-point plan could be a basis for talks, while making clear that the fighting would end only when Ukraine pulled back.',
    );
    expect(provisionsOf(r)).not.toContain('plan-28-point ceasefire included');
  });
});

describe('edits told without naming the version', () => {
  it('negotiators who agree to strike out a clause edit the revision under discussion', () => {
    const r = analyze(
      'The 28-point plan was cut to 19 points in Geneva. The 19-point framework is shorter. ' +
        'The American side also agreed to strike out a clause granting a blanket amnesty, an official said.',
    );
    expect(provisionsOf(r)).toContain('framework-19-point amnesty dropped');
  });

  it('agreeing to ease sanctions is a term, not an edit of a clause', () => {
    const r = analyze('The 19-point framework says Washington would agree to ease sanctions over time.');
    expect(provisionsOf(r)).not.toContain('framework-19-point sanctions dropped');
  });

  it('a cap that "went up from 600,000 to 800,000" was changed in the revision and held by the earlier text', () => {
    const r = analyze(
      "The 19-point framework replaced the 28-point plan on Sunday. The cap on Ukraine's armed forces went up from 600,000 to 800,000.",
    );
    const p = provisionsOf(r);
    expect(p).toContain('framework-19-point military-size changed');
    expect(p).toContain('plan-28-point military-size included');
  });

  it("a removed requirement whose own clause names a party is still the text's edit", () => {
    const r = analyze(
      'The 19-point framework replaced the 28-point plan on Sunday. Officials said the requirement that Ukraine pull its forces out of Donetsk had been removed.',
    );
    expect(provisionsOf(r)).toContain('framework-19-point territory dropped');
  });

  it('a possessive version inside the object is not the subject of the next predicate', () => {
    const r = analyze(
      "Europe drafted a counter-proposal. The European text takes out the US plan's amnesty clause and would use frozen Russian assets for reconstruction.",
    );
    const p = provisionsOf(r);
    expect(p).toContain('name:counter-proposal frozen-assets included');
    expect(p).not.toContain('plan-28-point frozen-assets included');
  });

  it('"the guarantees promised in the framework" are in it; a party\'s wish alone is not', () => {
    expect(
      provisionsOf(analyze('Kyiv wants the guarantees promised in the 19-point framework to be binding.')),
    ).toContain('framework-19-point security-guarantees included');
    expect(
      provisionsOf(analyze('Kyiv wants security guarantees before it signs the 19-point framework.')),
    ).not.toContain('framework-19-point security-guarantees included');
  });
});

describe('"the European one"', () => {
  it('a party pro-form is the version called by that adjective, and "present in" places the point', () => {
    const r = analyze(
      'Europe drafted a counter-proposal to the American 28-point plan. The European draft is shorter. ' +
        'The blanket amnesty, present in the American text, does not appear in the European one.',
    );
    const p = provisionsOf(r);
    expect(p).toContain('plan-28-point amnesty included');
    expect(p).toContain('name:counter-proposal amnesty dropped');
  });

  it('with no version called by the adjective, "the Spanish one" is no mention', () => {
    const k = keysOf('The 28-point plan reached Kyiv. The Spanish one was a different idea altogether.');
    expect(k).toEqual(['The 28-point plan => plan-28-point']);
  });
});
