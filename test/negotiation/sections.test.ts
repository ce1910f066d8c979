import { describe, expect, it } from 'vitest';
import { analyze, provisionsOf, stancesOf } from './helpers.ts';

describe('sections, lines and locative names (real-coverage layouts)', () => {
  it('ties bullet items under a colon lead-in to the version the lead-in names', () => {
    const r = analyze(
      'Talks update\n\n16:58 GMT\nMore detail on what the 19-point framework contains, from an official:\n- Ukraine could seek membership of the European Union.\n- Prisoners would be swapped on an all-for-all basis.',
    );
    expect(provisionsOf(r)).toEqual(
      expect.arrayContaining([
        'framework-19-point eu-membership included',
        'framework-19-point prisoners included',
      ]),
    );
    // A bullet describing the text is not Ukraine's demand.
    expect(stancesOf(r).filter((s) => s.startsWith('ukraine'))).toEqual([]);
  });

  it('reads a "What\'s out" item as dropped and a reworded item as changed', () => {
    const r = analyze(
      'Explainer\n\nWhat the 19-point framework changes\n\nAmnesty. The blanket amnesty has been removed.\n\nMoney. The section on frozen assets has been reworked.',
    );
    expect(provisionsOf(r)).toEqual(
      expect.arrayContaining([
        'framework-19-point amnesty dropped',
        'framework-19-point frozen-assets changed',
      ]),
    );
  });

  it('resolves "the Geneva text" and "the April text" to existing versions instead of new proposals', () => {
    const r = analyze(
      'Officials compared the drafts on Monday. The Geneva text no longer caps the army, while the April text would have recognised Crimea as Russian.',
    );
    const keys = new Set(r.mentions.map((m) => m.proposal));
    expect(keys.has('framework-19-point')).toBe(true);
    expect(keys.has('us-april-2025-proposal')).toBe(true);
    expect([...keys].some((k) => k.startsWith('name:'))).toBe(false);
  });

  it('finds a count-noun treaty and does not take "two articles" for a proposal', () => {
    const r = analyze(
      'Armenia and Azerbaijan initialled a 17-article peace treaty on Friday. Two articles in the local press questioned it.',
      'generic',
    );
    expect(r.mentions.map((m) => m.proposal)).toContain('points:17');
    expect(r.mentions.filter((m) => /Two articles/i.test(m.text))).toEqual([]);
  });

  it('names drafters after "written by X with input from Y" and "negotiated by X\'s team"', () => {
    const r = analyze(
      "The first draft of the 28-point plan, written by Steve Witkoff with input from Kirill Dmitriev, obliged Ukraine to withdraw. The 19-point framework was negotiated in Geneva by Marco Rubio's team.",
    );
    const by = new Map(r.proposals.map((p) => [p.key, p.authors]));
    expect(by.get('plan-28-point')).toEqual(['steve-witkoff', 'kirill-dmitriev']);
    expect(by.get('framework-19-point')).toEqual(['marco-rubio']);
  });

  it('splits paragraphs glued without a space, so a party is not lent the next sentence', () => {
    const r = analyze(
      'Russia welcomed the 28-point plan on Friday.The plan would cap the Ukrainian army at 600,000.',
    );
    expect(provisionsOf(r)).toContain('plan-28-point military-size included');
    expect(stancesOf(r).filter((s) => s.includes('military-size'))).toEqual([]);
  });
});
