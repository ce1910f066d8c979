import { describe, expect, it } from 'vitest';
import { analyze, provisionsOf } from './helpers.ts';

const authorsOf = (text: string, key: string) =>
  analyze(text).proposals.find((p) => p.key === key)?.authors ?? [];
const keysOf = (text: string) => analyze(text).mentions.map((m) => `${m.text}=${m.proposal}`);

describe('a version the pack does not know', () => {
  it('"the latest draft" while an unknown 20-point text is under discussion is that text', () => {
    const t =
      'Kyiv circulated a 20-point draft on Wednesday. Officials said the latest draft keeps a ceiling of 800,000 on the army.';
    expect(keysOf(t)).toContain('the latest draft=points:20');
    expect(provisionsOf(analyze(t))).not.toContain('framework-19-point military-size included');
  });

  it('a version named as the point of reference ("the successor to") does not take the focus', () => {
    const t =
      'The 20 points were finished in Florida. The new document, which officials call the successor to the Geneva framework, was worked out by Rustem Umerov. The text no longer contains the amnesty.';
    const r = analyze(t);
    expect(r.proposals.find((p) => p.key === 'points:20')?.authors).toContain('rustem-umerov');
    expect(provisionsOf(r)).toContain('points:20 amnesty dropped');
    expect(provisionsOf(r)).not.toContain('framework-19-point amnesty dropped');
  });

  it('negative: with no unknown version, "the latest draft" stays the pack revision', () => {
    const t =
      'The 28-point plan was revised in Geneva. Officials said the latest draft keeps a ceiling of 800,000 on the army.';
    expect(keysOf(t)).toContain('the latest draft=framework-19-point');
  });
});

describe('headings and counts', () => {
  it('negative: a count does not reach over a paragraph break for its head noun', () => {
    const t = 'Inside the 20 points\n\nThe document was read out in Kyiv on Tuesday.';
    expect(keysOf(t)).toContain('the 20 points=points:20');
    expect(keysOf(t).some((k) => k.includes('\n'))).toBe(false);
  });
});

describe('drafters of a rewrite', () => {
  it('"rewrote the plan into a 19-point framework": the drafters wrote the result', () => {
    const t =
      'Marco Rubio and Andriy Yermak rewrote the 28-point plan into a 19-point framework over the weekend.';
    expect(authorsOf(t, 'framework-19-point')).toEqual(['marco-rubio', 'andriy-yermak']);
    expect(authorsOf(t, 'plan-28-point')).toEqual([]);
  });
});

describe('edit verbs', () => {
  it('"took X out, leaving only …" is a change, not a drop', () => {
    const t =
      'The 19-point framework took the election timetable out, leaving only a general commitment to a vote after the fighting stops.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('framework-19-point elections changed');
    expect(p).not.toContain('framework-19-point elections dropped');
  });

  it('"took X out" with nothing left in its place is a drop', () => {
    const t = 'The 19-point framework took the amnesty clause out altogether.';
    expect(provisionsOf(analyze(t))).toContain('framework-19-point amnesty dropped');
  });

  it('"would have put" the frozen reserves somewhere: the earlier version contained it', () => {
    const t =
      'The 28-point plan would have put 100 billion dollars of frozen Russian assets into a US-led rebuilding fund.';
    expect(provisionsOf(analyze(t))).toContain('plan-28-point frozen-assets included');
  });
});
