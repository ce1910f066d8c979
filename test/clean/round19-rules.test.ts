/**
 * Rules added after the nineteenth blind round (test/fixtures/clean/heldout/round19, first score 97.8 /
 * 90.3: a live blog lost its summary points and entry headings). A bare clock time is a stamp, an
 * entry heading right under its stamp is kept, and summary points under the headline (bullets lost)
 * are kept. Pages about an invented fishing-quota negotiation, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean/index.ts';
import { classifyLine } from '../../src/pipeline/clean/lines.ts';
import { blocksPage as page } from './helpers.ts';

const E1 =
  'The Norwegian minister told reporters just now that the session had lasted five hours and was useful, but that no deal had yet been found on the herring quota.';
const E2 =
  'Our correspondent outside the harbour office reports that the Icelandic delegation has not left, and officials say the talks could run past midnight.';
const HEAD = 'Quota talks live: ministers meet in Bergen as fleets wait for word';

describe('a live blog', () => {
  it('reads a bare clock time as a stamp, and a running time with its label as none', () => {
    expect(classifyLine('23:05')).toEqual({ kind: 'removed', reason: 'chrome', stamp: true });
    expect(classifyLine('Duration 2:41')).toEqual({ kind: 'removed', reason: 'chrome' });
  });

  it('keeps the summary points under the headline and each entry heading under its stamp', () => {
    const points = [
      'Ministers from four coastal states hold talks in Bergen on the cod quota',
      'Iceland says it will not accept a cut that falls mostly on its fleet',
      'Storms keep most of the northern fleet in port for a third day',
    ];
    const out = clean(
      page(
        'News\nWorld\nSport',
        HEAD,
        'Updated 2 minutes ago\nIda Berg (now) and Erik Larsen (earlier)',
        points.join('\n'),
        'Pinned\nRefresh\nLatest\nOldest',
        `23:05\nMinister: "no deal yet" on herring`,
        E1,
        'Share this entry',
        '21:40\nTalks still going after five hours',
        E2,
      ),
      'text',
    );
    for (const p of points) expect(out.text).toContain(p);
    expect(out.text).toContain('Minister: "no deal yet" on herring');
    expect(out.text).toContain('Talks still going after five hours');
    expect(out.text).not.toContain('Refresh');
  });
});
