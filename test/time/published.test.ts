import { describe, expect, it } from 'vitest';
import { segment } from '../../src/pipeline/segment/index.ts';
import { inferPublished } from '../../src/pipeline/time/index.ts';

const infer = (text: string) => inferPublished(text, segment(text));

describe('inferPublished', () => {
  it('reads a "Published" stamp before an "Updated" one', () => {
    const text =
      'Updated 3:15 PM EST, Wed November 26, 2025\n\nPublished 10:42 AM EST, Tue November 25, 2025\n\nEnvoys met in Geneva on Sunday.';
    const r = infer(text);
    expect(r?.date).toBe('2025-11-25');
    expect(r?.rule).toBe('stamp:published');
  });
  it('reads an ISO timestamp', () => {
    const r = infer(
      'Kyiv rejects draft\n\n2025-11-26 21:04:00\n\nThe government said on Wednesday it could not accept the text.',
    );
    expect(r?.date).toBe('2025-11-26');
    expect(r?.rule).toBe('iso-timestamp');
  });
  it('reads a dateline and takes the year from the text', () => {
    const text =
      'GENEVA, Nov 24 (Reuters) - Delegations said on Sunday they had narrowed gaps over a plan first drafted in October 2025.';
    const r = infer(text);
    expect(r?.date).toBe('2025-11-24');
    expect(r?.rule).toBe('dateline+text-year');
  });
  it('leaves a dateline without a nearby dated mention unresolved', () => {
    expect(infer('New York, Nov 24: Diplomats said on Monday that a meeting was likely.')).toBeNull();
    expect(
      infer('New York, Nov 24: Diplomats said the war began in 2022 and that a meeting was likely.'),
    ).toBeNull();
  });
  it('uses the latest full date when past-tense weekdays back it', () => {
    const text =
      'The framework was presented on November 23, 2025 in Geneva. On Tuesday, the delegations met again and said progress was made.';
    const r = infer(text);
    expect(r?.date).toBe('2025-11-23');
    expect(r?.rule).toBe('latest-date+weekday-cues');
  });
  it('does not trust a full date in a future-tense sentence or without weekday cues', () => {
    expect(infer('Elections will be held on March 29, 2026, officials said.')).toBeNull();
    expect(infer('The treaty was signed on December 5, 1994 in Budapest.')).toBeNull();
  });
  it('ignores relative stamps', () => {
    expect(infer('2 HR AGO\n\nOfficials met in Abu Dhabi on Tuesday.')).toBeNull();
  });
});
