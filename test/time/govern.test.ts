import { describe, expect, it } from 'vitest';
import { segment } from '../../src/pipeline/segment/index.ts';
import { extractTimes, governingTime } from '../../src/pipeline/time/index.ts';
import { PUB } from './helpers.ts';

function govern(text: string, span: string) {
  const seg = segment(text);
  const times = extractTimes(text, seg, PUB);
  const start = text.indexOf(span);
  return governingTime(times, seg, start, start + span.length);
}

describe('governingTime', () => {
  it('takes the date in the same sentence', () => {
    const t = govern(
      'The foreign minister rejected the proposal on Tuesday, calling it a surrender.',
      'rejected the proposal',
    );
    expect(t?.value).toBe('2025-11-25');
  });
  it('prefers the same clause, then the nearest', () => {
    const text = 'Envoys met in Geneva on Sunday; the president will fly to Moscow on Friday.';
    expect(govern(text, 'fly to Moscow')?.value).toBe('2025-11-28');
    expect(govern(text, 'Envoys met')?.value).toBe('2025-11-23');
  });
  it('ignores durations and undated expressions, and other sentences', () => {
    expect(
      govern('The war has lasted nearly four years. Officials now say a deal is near.', 'a deal is near'),
    ).toBeNull();
    expect(govern('Talks began on Monday. The mood was tense.', 'The mood was tense')).toBeNull();
  });
});
