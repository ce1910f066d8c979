import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/packs/load.ts';
import { compileNegotiationIndex, findIssues } from '../../src/pipeline/negotiation/index.ts';
import { patternAnchors } from '../../src/pipeline/negotiation/pattern-anchors.ts';

describe('pattern anchors', () => {
  it('reads the opening words of each branch, past a lookbehind and \\b', () => {
    expect(patternAnchors('(?<!\\bno\\s)(?:caps?|ceilings?|limits?)\\s+on')).toEqual([
      'cap',
      'ceiling',
      'limit',
    ]);
    expect(patternAnchors('\\bwithdr[ae]w\\w*\\s+troops')).toEqual(['withdr']);
    expect(patternAnchors('borders?\\s+cannot|territorial\\s+integrity')).toEqual(['border', 'territorial']);
  });

  it('gives none when a branch opens on a group, class, digit or a short or optional word', () => {
    expect(patternAnchors('\\b\\d{1,2}(?:st|nd)\\s+package')).toBeNull();
    expect(patternAnchors('(?:no|end\\s+to)\\s+impunity')).toBeNull();
    expect(patternAnchors('territorial\\s+integrity|(?:1991|recognised)\\s+borders')).toBeNull();
    expect(patternAnchors('(?:hold|held)?\\s+a\\s+vote')).toBeNull();
  });

  it('leaves findIssues unchanged: a pattern is skipped only when its words are absent', () => {
    const m = compileNegotiationIndex(loadPack('ukraine-2025')).issues;
    const bare = { ...m, patterns: m.patterns.map((p) => ({ ...p, anchors: null })) };
    const text =
      'Kyiv rejects any cap on its armed forces. Moscow wants Ukraine to withdraw its troops from Donetsk, and Brussels insists borders cannot be redrawn by force.';
    expect(findIssues(text, m)).toEqual(findIssues(text, bare));
    expect(findIssues(text, m).map((h) => h.issue)).toContain('military-size');
  });
});
