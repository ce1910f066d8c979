/**
 * Rules added after blind rounds 37 and 38 (test/fixtures/clean/heldout/round37, round38; first scores
 * 95.2 / 97.8 and 94.6 / 100): a headline and standfirst lost on a news aggregator's page, where a
 * breadcrumb and a source line above the headline made it look like the tail of a list and the
 * standfirst under it made it look like a menu item; a masthead named only in the footer's copyright
 * notice, and the slogan under it; a paywall's notices; skip links in another language; a video
 * player's autoplay line and a newsletter pitch glued inside paragraphs; a byline glued to its stamp;
 * an event promo; a "Related research" list; a registered charity's number. Each rule beside a near
 * miss it must leave alone. Pages about an invented negotiation over a shared reservoir between Varnia
 * and Kolesk, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { stripInline } from '../../src/pipeline/clean/flattened.ts';
import { clean } from '../../src/pipeline/clean/index.ts';
import { linesPage as lines, blocksPage as page, removed } from './helpers.ts';

const HEAD =
  'Varnia and Kolesk meet across one table for the first time in four years, agree to share sluice data';
const STAND = 'Talks in Tamsa last under three hours; no deal on the spring draw-down';
const P1 =
  'TAMSA — Negotiators from Varnia and Kolesk sat at the same table on Friday for the first time since the flood of 2021, but the meeting ended after less than three hours with one firm result: a promise to share sluice readings every week.';
const P2 =
  'The talks were hosted by the river commission, whose chair had offered the venue after farmers on both banks warned of another dry summer.';
const P3 =
  'Kolesk officials said the draw-down would be discussed again next month, once both sides had set out their figures.';

describe('a news aggregator page: menu, breadcrumb, source line, headline, standfirst, author', () => {
  const body = page(
    lines(
      'Riverdeck',
      'Home',
      'For you',
      'Following',
      'World',
      'Business',
      'Sign in',
      'Top stories › World › Reservoir dispute',
      'The Tamsa Ledger · 4 hours ago · Europe',
      HEAD,
      STAND,
      'Ilse Marend',
      'Follow source',
      P1,
      P2,
      P3,
    ),
  );

  it('keeps the headline and its standfirst: a breadcrumb over a source line is no list of headlines', () => {
    const r = clean(body, 'text');
    expect(r.title).toBe(HEAD);
    expect(r.text).toContain(HEAD);
    expect(r.text).toContain(STAND);
    expect(r.text).toContain(P1);
    expect(r.text).not.toContain('Top stories ›');
    expect(r.text).not.toContain('Follow source');
  });

  it('still passes over the last of a real list of headlines above the story', () => {
    const r = clean(
      page(
        lines(
          'Home',
          'Most read',
          'Farmers on both banks fear another dry summer on the river',
          'Commission chair offers to host the next round of talks',
          'Sluice keepers strike over pay as the reservoir level falls',
        ),
        lines(HEAD, 'By Ilse Marend', '14 March 2025'),
        P1,
        P2,
      ),
      'text',
    );
    expect(r.title).toBe(HEAD);
  });

  it('does not take a ticker cut by separators for the headline, however long it is', () => {
    const r = clean(
      page(
        lines(
          'The Tamsa Ledger',
          'Home',
          'News',
          'Breaking: Rain warning for six districts | Grain price steady at the river market | Bridge repairs start Monday',
          'Politics',
        ),
        lines(HEAD, 'By Ilse Marend', '14 March 2025'),
        P1,
        P2,
      ),
      'text',
    );
    expect(r.title).toBe(HEAD);
    expect(r.text).not.toContain('Breaking: Rain warning');
  });
});

describe('a masthead named again only in the copyright notice', () => {
  const LABEL_HEAD = 'Reservoir deal: Varnia, Kolesk agree weekly sluice readings after months of talks';
  const body = page(
    lines(
      'Friday, March 14, 2025',
      'The Tamsa Ledger',
      'Truth from both banks',
      'Home',
      'News',
      'Politics',
      'Business',
    ),
    LABEL_HEAD,
    P1,
    P2,
    P3,
    lines('© 2025 The Tamsa Ledger Media Ltd. All rights reserved.', 'Privacy'),
  );

  it('removes the masthead and the slogan under it, and keeps the story', () => {
    const r = clean(body, 'text');
    expect(r.text).not.toContain('The Tamsa Ledger\n');
    expect(r.text.startsWith('The Tamsa Ledger')).toBe(false);
    expect(r.text).not.toContain('Truth from both banks');
    expect(r.text).toContain(LABEL_HEAD);
    expect(r.text).toContain(P1);
  });

  it('leaves a name line the notice does not name to the other rules', () => {
    const r = clean(
      page(
        lines('Friday, March 14, 2025', 'The Tamsa Ledger', 'Home', 'News', 'Politics'),
        lines(HEAD, 'By Ilse Marend'),
        P1,
        P2,
        '© 2025 Riverside Media Group. All rights reserved.',
      ),
      'text',
    );
    expect(r.removed.some((x) => x.text === 'The Tamsa Ledger' && x.reason === 'chrome')).toBe(false);
  });
});

describe('notices and prompts, line by line', () => {
  it('removes a paywall notice about this page', () => {
    expect(removed('Subscriber-only article')).toBe(true);
    expect(removed('Members only')).toBe(true);
    expect(removed('You still have 58% of this article to read. The rest is reserved for subscribers.')).toBe(
      true,
    );
    expect(removed('Already a subscriber? Log in')).toBe(true);
    expect(
      removed(
        'This story is from a subscription source. You may need a subscription to read the full article.',
      ),
    ).toBe(true);
  });

  it('keeps sentences about subscribers and members in a story', () => {
    expect(removed('The rest is reserved for members of the farmers’ union, its chair said.')).toBe(false);
    expect(removed('Subscribers to the commission’s river bulletin rose by a third after the flood.')).toBe(
      false,
    );
    expect(removed('Members of both delegations stayed in the hall until the vote.')).toBe(false);
  });

  it('removes a share prompt that asks kindly and a skip link in another language', () => {
    expect(removed('Kindly share this story:')).toBe(true);
    expect(removed('Aller au contenu principal')).toBe(true);
    expect(removed('Zum Inhalt springen')).toBe(true);
    expect(removed('Kindly, the mediator shared the draft with both delegations before the vote.')).toBe(
      false,
    );
  });

  it('removes an event promo that ends on its booking button', () => {
    expect(
      removed('Online event, 4 December: "After Tamsa: can the reservoir deal hold?" Register now'),
    ).toBe(true);
    expect(removed('Webinar, 12 May: the river commission explained. Book your place')).toBe(true);
    expect(removed('Event organisers asked every delegate to register before the talks opened.')).toBe(false);
    expect(removed('Conference staff said more than 400 delegates had registered')).toBe(false);
  });

  it('removes a registered charity line and an outlet self-description with a sign-up prompt', () => {
    expect(removed('The Tamsa Institute for River Affairs is a registered charity (No. 1104321).')).toBe(
      true,
    );
    expect(
      removed('Tamsa River Desk is an independent, nonprofit newsroom. Sign up for its weekly newsletter.'),
    ).toBe(true);
    expect(removed('The fund is a registered charity, its director said, and publishes its accounts.')).toBe(
      false,
    );
  });

  it('removes a byline glued to its stamp and the tool bar, not a sentence opening on "By"', () => {
    expect(
      removed(
        'By Ilse Marend and Oskar Veit Published March 14, 2025, 9:41 p.m. ET 4 min read Listen Gift this article',
      ),
    ).toBe(true);
    expect(
      removed('By Friday the commission had published its figures for 2024 and both sides accepted them.'),
    ).toBe(false);
  });
});

describe('prompts glued inside a paragraph', () => {
  it('cuts a video player’s autoplay line out of the paragraph', () => {
    const s = stripInline(
      'That pace was possible because both sides got something they could show at home. Autoplay is on. Next video starts in 5 seconds. Cancel  The second phase offers nothing of the kind.',
    );
    expect(s?.text).toBe(
      'That pace was possible because both sides got something they could show at home. The second phase offers nothing of the kind.',
    );
    expect(s?.prompts).toEqual(['Autoplay is on. Next video starts in 5 seconds. Cancel']);
  });

  it('cuts a newsletter pitch between two sentences, not a sentence about signing up for a scheme', () => {
    const s = stripInline(
      'The second phase is meant to settle who runs the sluices in a dry year. Sign up for the Ledger’s River Dispatch, free every Tuesday. Talks are expected to resume next month.',
    );
    expect(s?.text).toBe(
      'The second phase is meant to settle who runs the sluices in a dry year. Talks are expected to resume next month.',
    );
    const scheme =
      'Officials opened a register for farmers. Sign up for the quota scheme closes on Friday, the ministry said. Few had applied.';
    expect(stripInline(scheme)?.text ?? scheme).toBe(scheme);
  });

  it('drops the glued pieces from the cleaned text and records them as prompts', () => {
    const r = clean(
      page(
        lines(HEAD, 'By Ilse Marend', '14 March 2025'),
        `${P1} Autoplay is on. Next video starts in 5 seconds. Cancel ${P2}`,
        P3,
      ),
      'text',
    );
    expect(r.text).toContain(P2);
    expect(r.text).not.toContain('Autoplay');
    expect(r.removed.some((x) => x.reason === 'prompt' && x.text.startsWith('Autoplay is on'))).toBe(true);
  });
});

describe('a think tank page: related research and the charity footer', () => {
  it('removes the "Related research" heading and its titles, and keeps the paper', () => {
    const r = clean(
      page(
        lines(HEAD, 'By Ilse Marend', '14 March 2025'),
        P1,
        P2,
        P3,
        lines(
          'Related research',
          'Sluice data and trust: what shared readings can do for river deals',
          'Dry summers ahead: the commission’s options for the reservoir',
        ),
        'The Tamsa Institute for River Affairs is a registered charity (No. 1104321).',
      ),
      'text',
    );
    expect(r.text).toContain(P3);
    expect(r.text).not.toContain('Related research');
    expect(r.text).not.toContain('Sluice data and trust');
    expect(r.text).not.toContain('registered charity');
  });
});

describe('a drop cap on a line of its own', () => {
  it('keeps the letter and the rest of the paragraph', () => {
    const r = clean(
      page(
        lines(HEAD, 'By Ilse Marend', '14 March 2025'),
        lines('T', 'he negotiators were still in the hall at dawn, and some had slept in their chairs.'),
        P2,
      ),
      'text',
    );
    expect(r.text).toContain('The negotiators were still in the hall at dawn');
  });

  it('leaves "A" and "I" on their own lines alone', () => {
    const r = clean(
      page(
        lines(HEAD, 'By Ilse Marend', '14 March 2025'),
        lines('A', 'quiet morning in the hall turned into a long day of drafting for both delegations.'),
        P2,
      ),
      'text',
    );
    expect(r.text).not.toContain('Aquiet');
  });
});
