import { describe, expect, it } from 'vitest';
import { link, pairs } from './helpers.ts';

/** What must not become a person. */
describe('no false people', () => {
  it('reads compass-led regions as places', () => {
    const r = link('Fighting went on in North and South Kivu on Monday, aid groups said.', 'generic');
    expect(r.discovered.filter((d) => d.kind === 'person')).toEqual([]);
  });

  it('ignores a navigation line left by extraction', () => {
    expect(pairs('Search CNN\n\nThe talks resumed in Geneva.', 'generic')).toEqual([]);
  });

  it('does not take a consultancy named after a founder for a person', () => {
    const r = link(
      'Tatiana Stanovaya, founder of the political consultancy R.Politik, disagreed.',
      'generic',
    );
    expect(r.discovered.map((d) => `${d.name}:${d.kind}`)).toEqual([
      'Tatiana Stanovaya:person',
      'R.Politik:organization',
    ]);
  });

  it('keeps Steven Cheung and Steve Witkoff apart', () => {
    expect(
      pairs(
        'Steven Cheung said Witkoff had done nothing wrong. Cheung added that Steve Witkoff would report.',
      ),
    ).toEqual([
      'Steven Cheung → steven-cheung',
      'Witkoff → steve-witkoff',
      'Cheung → steven-cheung',
      'Steve Witkoff → steve-witkoff',
    ]);
  });
});
