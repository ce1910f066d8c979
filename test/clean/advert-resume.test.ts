/**
 * An advert break inside a story with no blank lines ("ADVERTISEMENT" / "Story continues below"): the
 * paragraphs after it are the story resuming, not a sponsor's message (round 21's first score lost
 * them). A real sponsor heading still takes its block. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean/index.ts';

const HEAD = 'Fishing states agree to cut the cod quota as patrol talks drag on';
const P1 =
  'BERGEN — Fisheries ministers from the four coastal states agreed on Friday to cut the cod quota by a fifth next year, officials said.';
const P2 =
  'The deal lets each fleet carry over a tenth of its unused quota into the following season, a point the smaller states had pressed for.';
const P3 =
  'Who pays for the patrol boats is still open, and Norway has offered two vessels while Iceland wants the cost shared by catch.';

describe('an advert break inside a story', () => {
  it('keeps the paragraphs after "Story continues below"', () => {
    const out = clean(
      [
        'News',
        'World',
        '',
        HEAD,
        '',
        P1,
        'ADVERTISEMENT',
        'Story continues below',
        P2,
        P3,
        '',
        'Share this article',
      ].join('\n'),
      'text',
    );
    expect(out.text).toContain(P2);
    expect(out.text).toContain(P3);
    expect(out.text).not.toContain('Story continues below');
  });

  it('still removes a sponsor message under its heading', () => {
    const out = clean(
      [
        HEAD,
        '',
        P1,
        P2,
        '',
        'A message from our sponsor',
        'Compare fixed-rate mortgages from twenty lenders in two minutes today.',
        '',
        P3,
      ].join('\n'),
      'text',
    );
    expect(out.text).not.toContain('Compare fixed-rate mortgages');
    expect(out.text).toContain(P3);
  });
});
