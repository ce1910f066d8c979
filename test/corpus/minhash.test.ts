import { describe, expect, it } from 'vitest';
import { syntheticArticle } from '../../bench/synthetic.ts';
import { bands, minhash, similarity } from '../../src/corpus/minhash.ts';

describe('minhash', () => {
  const story = syntheticArticle(3);

  it('is stable: the same text gives the same signature', () => {
    expect(minhash(story)).toEqual(minhash(story));
    expect(minhash(story)).toHaveLength(64);
  });

  it('rates a republished copy under a new headline as near-identical, and shares a band', () => {
    const copy = `A new headline from another outlet\n\n${story.split('\n\n').slice(1).join('\n\n')}`;
    const s = similarity(minhash(story), minhash(copy));
    expect(s).toBeGreaterThan(0.8);
    const shared = bands(minhash(story)).filter((b, i) => bands(minhash(copy))[i] === b);
    expect(shared.length).toBeGreaterThan(0);
  });

  it('rates two different stories on the same topic as different', () => {
    expect(similarity(minhash(story), minhash(syntheticArticle(4)))).toBeLessThan(0.3);
  });
});
