import { describe, expect, it } from 'vitest';
import { analyze } from './helpers.ts';

const authorsOf = (text: string, key: string) =>
  analyze(text).proposals.find((p) => p.key === key)?.authors ?? [];

describe('drafters: joint work and hyphenated pairs', () => {
  it('reads "worked with A and B to craft" as joint drafting, the subject after a subordinator', () => {
    const t =
      'The 28-point plan drew anger in Kyiv. But while US officials worked with Ukraine and the EU to craft the 19-point framework, Trump said there was no deadline.';
    expect(authorsOf(t, 'framework-19-point')).toEqual(['united-states', 'ukraine', 'eu']);
  });

  it('does not read working with someone on something other than a text', () => {
    const t = 'The 19-point framework was discussed. Ukraine worked with the EU to secure more air defence.';
    expect(authorsOf(t, 'framework-19-point')).toEqual([]);
  });

  it('reads a hyphenated pair of parties in front of the text as its drafters', () => {
    const t =
      'Attention is on whether the revised US-Ukraine 19-point framework can bridge the gap with Moscow.';
    expect(authorsOf(t, 'framework-19-point')).toEqual(['united-states', 'ukraine']);
  });

  it('does not read a hyphenated pair that names talks, not the text', () => {
    const t = 'The 19-point framework came up at US-Russia talks in Abu Dhabi.';
    expect(authorsOf(t, 'framework-19-point')).toEqual([]);
  });
});
