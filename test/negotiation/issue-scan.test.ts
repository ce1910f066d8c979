/**
 * The fast issue scan (issues.ts with fold.ts and pattern-leads.ts): patterns run without the `i`
 * flag on case-folded text, tried only where one of their openings stands. It must find exactly
 * what the plain case-insensitive scan finds; these tests pin the readers it relies on and compare
 * the two scans on wire-style text in several casings.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/packs/load.ts';
import { foldCase, foldSafe } from '../../src/pipeline/negotiation/fold.ts';
import { compileIssues, findIssues } from '../../src/pipeline/negotiation/issues.ts';
import { leadLiterals } from '../../src/pipeline/negotiation/pattern-leads.ts';

describe('fold.ts', () => {
  it('accepts patterns that see letters only in lower case or through \\p{L} and \\w', () => {
    expect(foldSafe(String.raw`\b(?:cap|caps|limit)\w*\s+on\s+(?:the\s+)?army`)).toBe(true);
    expect(foldSafe(String.raw`troops\s+on\s+(?:ukrainian|ukraine['’]s)\s+soil`)).toBe(true);
    expect(foldSafe(String.raw`\p{L}+\s+guarantees`)).toBe(true);
  });

  it('refuses capitals, \\p{Lu}, \\P{L} and backreferences, which need the original text', () => {
    expect(foldSafe('NATO membership')).toBe(false);
    expect(foldSafe(String.raw`\p{Lu}\p{Ll}+ plan`)).toBe(false);
    expect(foldSafe(String.raw`\P{L}nato`)).toBe(false);
    expect(foldSafe(String.raw`(\w+) \1`)).toBe(false);
  });

  it('keeps offsets: "İ", whose lower case is longer, folds to "ı"', () => {
    expect(foldCase('The NATO Clause')).toBe('the nato clause');
    expect(foldCase('İstanbul talks')).toBe('ıstanbul talks');
    // Neither matches "i" under `iu`, so the fold changes no match of a safe pattern.
    expect(/^istanbul/iu.test('İstanbul')).toBe(false);
    expect(/^\p{L}stanbul/u.test('ıstanbul')).toBe(true);
  });
});

describe('pattern-leads.ts', () => {
  it('reads the literal openings of alternatives, an optional last letter dropped', () => {
    expect(leadLiterals(String.raw`\b(?:cap|caps|limit)\w*\s+on`)?.sort()).toEqual(['cap', 'caps', 'limit']);
    expect(leadLiterals(String.raw`guarantees?\s+for`)).toEqual(['guarantee']);
  });

  it('reads a group or a word that closes the pattern (nothing after it is a quantifier)', () => {
    expect(leadLiterals(String.raw`(?:seeks?|sought|seeking)`)?.sort()).toEqual([
      'seek',
      'seeking',
      'sought',
    ]);
    expect(leadLiterals('veto')).toEqual(['veto']);
  });

  it('gives up on an optional first group or a class, so the pattern is scanned the plain way', () => {
    expect(leadLiterals(String.raw`(?:the\s+)?guarantees`)).toBeNull();
    expect(leadLiterals(String.raw`[a-z]+\s+troops`)).toBeNull();
  });
});

describe('findIssues', () => {
  const m = compileIssues(loadPack('ukraine-2025').issues);
  const plain = { ...m, leads: null, patterns: m.patterns.map((p) => ({ ...p, folded: null })) };
  const text =
    'Kyiv wants guarantees for Ukraine strong enough to deter Moscow, and the cap on the army was raised to 800,000. ' +
    'European troops on Ukrainian soil remain a red line for the Kremlin; the Zaporizhzhia nuclear plant stays disputed.';

  it('finds the same hits as the plain case-insensitive scan, in any casing', () => {
    for (const t of [text, text.toUpperCase(), text.replace(/s/g, 'ſ'), `İ ${text}`]) {
      const fast = findIssues(t, m);
      expect(fast.length).toBeGreaterThan(3);
      expect(fast).toEqual(findIssues(t, plain));
    }
  });
});
