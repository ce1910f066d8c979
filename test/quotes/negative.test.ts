import { describe, expect, it } from 'vitest';
import { quotesOf } from './run.ts';

describe('what is not a statement', () => {
  it('marks scare quotes as scare, with no speaker', () => {
    const text = 'Some in Washington favour what they call a “realpolitik” approach to the war.';
    const qs = quotesOf(text).filter((q) => q.kind === 'direct');
    expect(qs).toHaveLength(1);
    expect(qs[0]?.text).toBe('realpolitik');
    expect(qs[0]?.scare).toBe(true);
    expect(qs[0]?.speaker).toBeNull();
  });

  it('marks quoted titles as scare', () => {
    const text =
      'The envoy appeared on “Face the Nation” to defend the plan and later met European officials.';
    const qs = quotesOf(text).filter((q) => q.kind === 'direct');
    expect(qs).toHaveLength(1);
    expect(qs[0]?.scare).toBe(true);
    expect(qs[0]?.rule).toBe('title');
  });

  it('does not read apostrophes as single quotes', () => {
    const text =
      "Ukraine’s negotiators don’t expect a quick answer, and the Kremlin's line hasn't changed since the allies' summit.";
    expect(quotesOf(text).filter((q) => q.kind === 'direct')).toEqual([]);
  });

  it('keeps a quote with no speaker anywhere, unattributed', () => {
    const text =
      'Posters went up across the capital overnight.\n\n“No peace without justice, no justice without the return of our children.”';
    const qs = quotesOf(text).filter((q) => q.kind === 'direct');
    expect(qs).toHaveLength(1);
    expect(qs[0]?.scare).toBe(false);
    expect(qs[0]?.speaker).toBeNull();
    expect(qs[0]?.speakerSpan).toBeNull();
    expect(qs[0]?.cue).toBeNull();
  });

  it('finds no reported speech in a passive or a noun use of a cue word', () => {
    const text =
      'The delegation was told to wait in the lobby. The claims about the document could not be verified. The plan was announced last week.';
    expect(quotesOf(text).filter((q) => q.kind === 'indirect')).toEqual([]);
  });

  it('does not take "added" with an object as reported speech', () => {
    const text = 'Washington added new sanctions on two Russian oil companies in October.';
    expect(quotesOf(text)).toEqual([]);
  });

  it('does not let a later clause claim an earlier quote', () => {
    const text =
      'Officials described the offer as “a serious basis for talks” and say the Europeans will join.';
    const qs = quotesOf(text).filter((q) => q.kind === 'direct');
    expect(qs[0]?.speakerSpan?.text).not.toBe('the Europeans');
  });

  it('dates a statement by the article, not by a date inside the quote', () => {
    const text = '“The ceasefire could begin on December 1,” Witkoff said.';
    const [q] = quotesOf(text, '2025-11-20');
    expect(q?.date).toBe('2025-11-20');
    expect(q?.dateRule).toBe('article-date');
  });
});
