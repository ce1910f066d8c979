/**
 * Rules added after blind rounds 33 and 34 (test/fixtures/clean/heldout/round33, first score 97.1 / 91.9;
 * round34 99.3 / 100). Headlines lost to the chrome around them: a short date stamp ("Sat, 22 Nov 2025")
 * read as a dateline, so the headline had no stamp under it and a greeting above the menu won; and a
 * site's offer printed at the end of its menu block, a sentence, which stopped the search for the
 * headline. Then pieces glued into a short line (a "Photo:" credit run into the next sentence, an
 * "ADVERTISEMENT" marker, a footnote marker), a pointer glued after a paragraph ("Also Read: …"), and the
 * boilerplate kept: a capitals "PHOTO:" credit, a bracketed "(Name for The Outlet)" or "[Courtesy, X]"
 * credit, a paywall offer, an automated-voice note, a bureau chief's bio, a support appeal, a tag line
 * joined by spaced hyphens and a gallery button. Each rule beside a near miss it must leave alone. Pages
 * about an invented negotiation over a shared reservoir between Varnia and Kolesk, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { isCaption } from '../../src/pipeline/clean/captions.ts';
import { stripInline } from '../../src/pipeline/clean/flattened.ts';
import { clean } from '../../src/pipeline/clean/index.ts';
import { linesPage as lines, blocksPage as page, removed } from './helpers.ts';

const HEAD = 'River commission staff prepare to vote again as sluice talks drag on';
const STAND =
  'Gauge readers say the rota, not just the pay, is the sticking point in bargaining with the commission';
const P1 =
  'Staff at the Tamsa river commission will be asked next week whether to stop reading the gauges again, after months of talks failed to produce an offer they were willing to put to a vote.';
const P2 =
  'The union, which speaks for about 400 gauge readers on both banks, has stopped work twice this year, once for a day in July and once for a week in October.';
const P3 =
  'Officials in Varnia said the dispute could delay the trial opening of the sluices, which both governments had hoped to announce before the winter rains.';
const P4 =
  'A date for the next round of talks had not been set when this report was filed, and neither side would say who had asked for the delay.';
const MENU = ['News', 'Region', 'Water', 'Farming', 'Opinion', 'Notices', 'Subscribe', 'Log in'];

describe('a short stamp with a cut weekday', () => {
  it('is a stamp, so the headline over its byline wins over a greeting above the menu', () => {
    const r = clean(
      page(
        lines('Good morning, Tamsa', 'The Tamsa Beacon', ...MENU),
        'News > Water',
        lines(HEAD, STAND),
        lines('Mira Dalen', 'Water reporter', 'Sat, 22 Nov 2025', 'Comments (12)'),
        lines(P1, P2, P3, P4),
        'The Tamsa Beacon',
      ),
      'text',
    );
    expect(r.title).toBe(HEAD);
    expect(r.text).toContain(STAND);
    expect(r.text).not.toContain('Good morning');
    expect(r.text).not.toContain('22 Nov');
    expect(r.stamps).toContain('Sat, 22 Nov 2025');
  });

  it('still takes a place and its date as a dateline, not a stamp', () => {
    expect(removed('Warsaw, 6 December 2025')).toBe(true);
    expect(clean(page(HEAD, 'Sale, 22 Nov 2025', P1, P2), 'text').stamps ?? []).not.toContain(
      'Sale, 22 Nov 2025',
    );
  });
});

describe("an offer sentence closing the menu's block", () => {
  // A slogan the line rules read as prose (no offer wording), so only its place shows it is chrome.
  const OFFER = 'Water news you can trust. Delivered to your door every morning.';
  it('is passed over, and the headline with its byline under the menu is found', () => {
    const r = clean(
      page(
        lines(
          'Skip to main content',
          'The Tamsa Beacon',
          'Sections',
          'Water',
          'Money',
          'Search',
          'Sign in',
          'Subscribe',
          OFFER,
        ),
        lines('Water', 'Rivers'),
        lines(HEAD, STAND),
        lines('By Mira Dalen and Oren Sahl', 'November 24, 2025 at 5:00 a.m. EST', 'Share'),
        lines(P1, P2, P3, P4),
      ),
      'text',
    );
    expect(r.title).toBe(HEAD);
    expect(r.text).toContain(STAND);
    expect(r.text).not.toContain('Delivered to your door');
  });

  it('keeps a first paragraph that opens its own block under the menu', () => {
    const r = clean(page(lines('The Tamsa Beacon', 'Water', 'Money', 'Sign in'), P1, P2, P3), 'text');
    for (const p of [P1, P2, P3]) expect(r.text).toContain(p);
  });

  it('removes the offer as a line, but not a story sentence about a free trial', () => {
    expect(removed('Democracy, delivered daily. Try it free for 4 weeks.')).toBe(true);
    expect(removed('Start your free trial today.')).toBe(true);
    expect(
      removed('Farmers were offered a free trial of the new gauges for four weeks, the commission said.'),
    ).toBe(false);
  });
});

describe('pieces glued into a short line', () => {
  it('cuts a "Photo:" credit run into the next sentence, with its description', () => {
    const line =
      'Delegates embrace after the closing session of the river talks in Tamsa. Photo: Beacon ArchiveKolesk and two upstream towns made clear on the last day that they would not accept a cap on new dams.';
    const s = stripInline(line);
    expect(s?.text).toBe(
      'Kolesk and two upstream towns made clear on the last day that they would not accept a cap on new dams.',
    );
    expect(s?.captions).toEqual([
      'Delegates embrace after the closing session of the river talks in Tamsa. Photo: Beacon Archive',
    ]);
  });

  it('cuts an advert marker and a captioned credit glued after a footnote marker', () => {
    const line =
      'Under the interim route, one town cannot block the gauge chapter.ADVERTISEMENTTo stop it, opponents need four towns that hold more than a third of the valley.[2]Varnian farms grow half the valley crop. Photo: RB archiveKolesk, with about a tenth, cannot get there alone.';
    const s = stripInline(line);
    expect(s?.adverts).toBe(1);
    expect(s?.captions).toEqual(['Varnian farms grow half the valley crop. Photo: RB archive']);
    expect(s?.text).toBe(
      'Under the interim route, one town cannot block the gauge chapter. To stop it, opponents need four towns that hold more than a third of the valley.[2] Kolesk, with about a tenth, cannot get there alone.',
    );
    const r = clean(page(HEAD, P1, line, P2), 'text');
    expect(r.text).toContain('one town cannot block the gauge chapter.');
    expect(r.text).toContain('Kolesk, with about a tenth, cannot get there alone.');
    expect(r.text).not.toContain('RB archive');
  });

  it('leaves a short line alone when a name merely has an inner capital', () => {
    expect(
      stripInline(
        'The envoy thanked the crew for the pictures. Photo: Ana McLeod said she would send the full set to both delegations by Friday evening.',
      ),
    ).toBeNull();
    expect(stripInline(P1)).toBeNull();
  });
});

describe('a pointer glued after the paragraph', () => {
  it('cuts "Also Read: headline" from the end of the line', () => {
    const line = `${P2} Also Read: Gauge readers seek back pay as the strike bites; union writes to the ministry`;
    const s = stripInline(line);
    expect(s?.text).toBe(P2);
    expect(s?.pointers).toEqual([
      'Also Read: Gauge readers seek back pay as the strike bites; union writes to the ministry',
    ]);
    const r = clean(page(HEAD, P1, line, P3), 'text');
    expect(r.text).toContain(P2);
    expect(r.text).not.toContain('Also Read');
  });

  it('keeps a sentence that goes on to its stop after "Read more:"', () => {
    const line = `${P2} Read more: the union says the rota leaves two readers on a bank meant for four.`;
    expect(stripInline(line)).toBeNull();
  });
});

describe('credits and chrome kept before', () => {
  it('reads capitals "PHOTO:", "(Name for The Outlet)" and "[Courtesy, X]" as caption credits', () => {
    expect(
      isCaption('Readers and supporters march along the quay during the October strike. PHOTO: Tane Rewi'),
    ).toBe(true);
    expect(
      isCaption(
        'Readers walk past the flooded gauge house at Tamsa on Nov. 19. (Ana Roe for The Tamsa Beacon)',
      ),
    ).toBe(true);
    expect(
      isCaption(
        'Delegates at the closing session in Tamsa on November 22, 2025. [Courtesy, River Commission]',
      ),
    ).toBe(true);
  });

  it('leaves a gallery headline in capitals and a bracketed aside alone', () => {
    expect(isCaption('PHOTOS: Readers march along the quay as the strike enters its second week')).toBe(
      false,
    );
    expect(isCaption('The envoy left early (for reasons nobody would explain) and the talks stalled.')).toBe(
      false,
    );
  });

  it('removes the audio note, a support appeal, a dashed tag line and a gallery button', () => {
    expect(removed('Listen to this article, read by an automated voice. Learn more about our audio.')).toBe(
      true,
    );
    expect(
      removed('Independent journalism costs money. Support the Tamsa Beacon with a monthly contribution.'),
    ).toBe(true);
    expect(removed('Varnia - Kolesk - water - diplomacy - dams')).toBe(true);
    expect(removed('View full gallery')).toBe(true);
  });

  it('keeps sentences of the same shapes', () => {
    expect(
      removed(
        'The bulletin was read by an AI voice for the first time on Monday, the broadcaster confirmed.',
      ),
    ).toBe(false);
    expect(
      removed(
        'Kolesk pledged to support the scheme with a contribution of its own, officials in Varnia said.',
      ),
    ).toBe(false);
    expect(removed('Varnia - or what is left of its coalition - wants the vote delayed.')).toBe(false);
  });

  it("drops a bureau chief's bio in the tail", () => {
    const r = clean(
      page(
        HEAD,
        lines(
          P1,
          P2,
          P3,
          P4,
          "Mira Dalen is the Tamsa Beacon's river bureau chief. Oren Sahl covers diplomacy from Kolesk.",
        ),
        'Share',
      ),
      'text',
    );
    expect(r.text).toContain(P4);
    expect(r.text).not.toContain('bureau chief');
  });

  it("keeps a story's last paragraph about an official who was someone's chief of staff", () => {
    const last = "Tomas Brell was the Varnian president's chief of staff until the spring.";
    const r = clean(page(HEAD, lines(P1, P2, P3, P4, last), 'Share'), 'text');
    expect(r.text).toContain(last);
  });
});
