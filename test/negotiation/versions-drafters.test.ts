import { describe, expect, it } from 'vitest';
import { analyze, provisionsOf } from './helpers.ts';

const authorsOf = (text: string, key: string) =>
  analyze(text).proposals.find((p) => p.key === key)?.authors ?? [];

describe('drafting predicates', () => {
  it('reads "assembled … by" and keeps the officials who said so out of the list', () => {
    const t =
      'The 28-point document was assembled over several weeks by envoy Steve Witkoff and Kirill Dmitriev, the officials said.';
    expect(authorsOf(t, 'plan-28-point')).toEqual(['steve-witkoff', 'kirill-dmitriev']);
  });

  it('reads "presented by" and stops the list at "to"', () => {
    const t =
      'A US peace proposal presented in Paris on April 17 drew concern. The proposal was presented by Steve Witkoff and Marco Rubio to Ukrainian and European officials.';
    expect(authorsOf(t, 'us-april-2025-proposal')).toEqual(['steve-witkoff', 'marco-rubio']);
  });

  it('reads "the product of talks … between" and ignores the outlet that reported it', () => {
    const t =
      'The 28-point plan was the product of talks in Miami between Steve Witkoff, Jared Kushner and Kirill Dmitriev, according to Axios.';
    expect(authorsOf(t, 'plan-28-point')).toEqual(['steve-witkoff', 'jared-kushner', 'kirill-dmitriev']);
  });

  it('a drafting verb about something else names no drafter', () => {
    const t = 'The 28-point plan has angered Kyiv. Lawmakers in Kyiv drafted a resolution condemning it.';
    expect(authorsOf(t, 'plan-28-point')).toEqual([]);
  });
});

describe('versions', () => {
  it('a counter-proposal is its own proposal, and "the European text" is it', () => {
    const r = analyze(
      'European governments answered the American proposal on Sunday. The counter-proposal was passed to Washington. It keeps the outline of the 28-point plan. Under the European text, talks on territory would start from the line of contact instead of from a Ukrainian withdrawal.',
    );
    const keys = r.proposals.map((p) => p.key);
    expect(keys).toContain('name:counter-proposal');
    expect(provisionsOf(r)).toContain('name:counter-proposal territory changed');
    // The contrast is not a claim about the 28-point plan's own text beyond convention 8's implied
    // inclusion: what the counter-proposal changes was in the plan it answers.
    expect(provisionsOf(r).filter((p) => p.startsWith('plan-28-point territory'))).toEqual([
      'plan-28-point territory included',
    ]);
  });

  it('"the revised framework" with no version named is the pack\'s latest revision', () => {
    const r = analyze('Officials are still working from the revised framework agreed in Geneva.');
    expect(r.mentions.map((m) => m.proposal)).toEqual(['framework-19-point']);
  });

  it('"both drafts" is not a proposal of its own; what both contain goes to each', () => {
    const r = analyze(
      'The 28-point plan was replaced by the 19-point framework. Both drafts commit the sides to an exchange of all prisoners.',
    );
    expect(r.proposals.map((p) => p.key)).not.toContain('name:both-drafts');
    expect(provisionsOf(r)).toEqual(
      expect.arrayContaining(['plan-28-point prisoners included', 'framework-19-point prisoners included']),
    );
  });
});

describe('provisions', () => {
  it('"would" sentences after a sentence describing a version continue its description', () => {
    const r = analyze(
      'Details of the plan emerged on Friday. The 28-point plan caps the Ukrainian army at 600,000 troops. In return, Ukraine would receive security guarantees. Elections would be held within 100 days.',
    );
    expect(provisionsOf(r)).toEqual(
      expect.arrayContaining([
        'plan-28-point military-size included',
        'plan-28-point security-guarantees included',
        'plan-28-point elections included',
      ]),
    );
  });

  it('"no longer sets a ceiling" drops; "lifts the ceiling" changes', () => {
    const dropped = analyze(
      'Talks ended on Sunday. The 19-point framework no longer sets a ceiling on the size of the army.',
    );
    expect(provisionsOf(dropped)).toContain('framework-19-point military-size dropped');
    const changed = analyze(
      'Talks ended on Sunday. The 19-point framework drops the amnesty and lifts the military ceiling to 800,000.',
    );
    expect(provisionsOf(changed)).toEqual(
      expect.arrayContaining([
        'framework-19-point amnesty dropped',
        'framework-19-point military-size changed',
      ]),
    );
  });

  it('a reported view of the plan after a quote is not a continuation', () => {
    const r = analyze(
      'The 28-point plan caps the army at 600,000 troops. "Ukraine would never accept that," Zelensky said of the amnesty.',
    );
    expect(provisionsOf(r).filter((p) => p.includes('amnesty'))).toEqual([]);
  });
});
