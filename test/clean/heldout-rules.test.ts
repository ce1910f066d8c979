/**
 * Rules added after the held-out evaluation (test/fixtures/clean/heldout): each one on a short page in
 * wire-copy style, with the nearby content that must survive it.
 */
import { describe, expect, it } from 'vitest';
import { isConsent } from '../../src/pipeline/clean/consent.ts';
import { stripInline } from '../../src/pipeline/clean/flattened.ts';
import { clean } from '../../src/pipeline/clean/index.ts';
import { isNewsletterChrome } from '../../src/pipeline/clean/newsletter.ts';
import { isTailTrailer, isTrailer } from '../../src/pipeline/clean/trailers.ts';

const P1 =
  'Negotiators from both delegations met for a third day in Doha on Monday to discuss the order in which hostages and prisoners would be released.';
const P2 =
  'A second round of talks is expected next week, officials said, although no date has been announced by the mediators so far.';

describe('headline, standfirst and masthead', () => {
  it('takes the headline over a masthead and a tagline wedged between prompts', () => {
    const page = [
      'Harbour Daily',
      'A weekly briefing on shipping and diplomacy',
      'Sign up here',
      '',
      'Mediators press both sides to extend the Gaza truce',
      '',
      'The talks could decide whether the fighting resumes this winter',
      '',
      'By Karin Holm',
      '',
      P1,
      '',
      P2,
    ].join('\n');
    const r = clean(page, 'text');
    expect(r.title).toBe('Mediators press both sides to extend the Gaza truce');
    const paras = r.text.split('\n\n');
    expect(paras[1]).toBe('The talks could decide whether the fighting resumes this winter');
    expect(r.text).not.toContain('weekly briefing');
    expect(r.text).not.toContain('Karin Holm');
  });

  it("keeps a live blog's first entry heading after the timestamp", () => {
    const page = [
      'Truce talks live: latest from Cairo',
      '',
      '10:42 GMT',
      'Delegations arrive for a new round',
      '',
      P1,
    ].join('\n');
    const r = clean(page, 'text');
    expect(r.text).toContain('Delegations arrive for a new round');
    expect(r.stamps).toContain('10:42 GMT');
  });
});

describe('lists and subheadings', () => {
  it('keeps the points of a plan under a subheading, without a colon', () => {
    const page = [
      P1,
      '',
      'What the new draft says',
      '',
      '- Troops would stay on the current line of contact',
      '- Monitors from neutral countries would watch the ceasefire',
      '',
      P2,
    ].join('\n');
    const out = clean(page, 'text').text;
    expect(out).toContain('What the new draft says');
    expect(out).toContain('Monitors from neutral countries would watch the ceasefire');
  });

  it('still drops a list of headlines at the foot of the page', () => {
    const page = [
      P1,
      '',
      P2,
      '',
      '- Oil prices edge higher as traders weigh the talks',
      '- Winter storms close roads across the north',
    ].join('\n');
    expect(clean(page, 'text').text).not.toContain('Oil prices');
  });
});

describe('trailers', () => {
  it('removes wire credits, bios, disclaimers and print notes at the end', () => {
    const page = [
      P1,
      '',
      P2,
      '',
      '(Reporting by Ana Ruiz in Doha; Editing by Mark Bell)',
      '',
      'Ana Ruiz is a senior fellow at the Institute for Gulf Studies.',
      '',
      "The views expressed in this article are the author's own.",
      '',
      'A version of this article appears in print on Dec. 2, 2025, Section A, Page 4.',
    ].join('\n');
    const r = clean(page, 'text');
    expect(r.text).toBe([P1, P2].join('\n\n'));
    expect(r.removed.filter((x) => x.reason === 'footer')).toHaveLength(4);
  });

  it('keeps a sentence shaped like a bio when the article goes on after it', () => {
    const bio = 'Lina Haddad is a senior fellow at the Doha Institute.';
    const page = [P1, '', bio, '', P2].join('\n');
    expect(clean(page, 'text').text).toContain(bio);
  });

  it('does not take reported speech for a bio or a sign-off', () => {
    expect(isTailTrailer('Rubio, who is the secretary of state, said the text was final.')).toBe(false);
    expect(isTailTrailer('"See you next week in Geneva," the envoy told reporters.')).toBe(false);
    expect(isTrailer('The views of the two sides remain far apart on the border.')).toBe(false);
  });
});

describe('consent banners and newsletter chrome', () => {
  it('recognises the consent paragraph and its buttons', () => {
    expect(
      isConsent(
        'We and our partners use cookies to store and access information on your device and to measure how the site is used.',
      ),
    ).toBe(true);
    expect(isConsent('Accept all')).toBe(true);
    expect(isConsent('Manage preferences')).toBe(true);
  });

  it('does not take a news sentence about cookies or privacy for a banner', () => {
    expect(isConsent('The bakery sold cookies to delegates outside the talks venue on Monday.')).toBe(false);
    expect(isConsent('Officials said the privacy of the talks was essential to their success.')).toBe(false);
  });

  it('removes newsletter greetings, sponsor blocks and mail footers', () => {
    const page = [
      'Welcome back to The Ledger, our weekly newsletter on trade. Forwarded this? Sign up here.',
      '',
      P1,
      '',
      'A MESSAGE FROM OUR SPONSOR',
      'Freightline ships your goods across 40 ports. Book a demo today and get a month free.',
      '',
      P2,
      '',
      "That's all for this week. Thanks for reading.",
      'You are receiving this email because you signed up for The Ledger.',
    ].join('\n');
    expect(clean(page, 'text').text).toBe([P1, P2].join('\n\n'));
  });

  it('keeps a welcome in the news', () => {
    expect(isNewsletterChrome('Welcome back to the table, the envoy told his Russian counterpart.')).toBe(
      false,
    );
  });
});

describe('flattened bodies', () => {
  const giant = [
    'CAIRO, Dec 3 - Mediators handed both delegations a phased plan on Wednesday, two officials said.',
    'The plan would start with a six-week pause in the fighting during which hostages would be freed in groups.',
    'Delegates arrive at a hotel in Cairo, December 3, 2025. REUTERS/Sami Fadel',
    'Troops would pull back from populated areas in the first stage, according to the officials.',
    'Advertisement',
    'Israel has said it will not end the war while Hamas keeps its weapons, and Hamas wants a full withdrawal.',
    '(Reporting by Sami Fadel; Editing by Tom Ash)',
  ].join('');

  it('cuts a glued caption with its credit, a glued advert and the credits out of a one-line body', () => {
    const s = stripInline(giant);
    expect(s?.captions).toEqual([
      'Delegates arrive at a hotel in Cairo, December 3, 2025. REUTERS/Sami Fadel',
    ]);
    expect(s?.trailers).toEqual(['(Reporting by Sami Fadel; Editing by Tom Ash)']);
    expect(s?.adverts).toBe(1);
    const out = clean(`Mediators table phased plan for Gaza\n${giant}`, 'text').text;
    expect(out).toContain('groups. Troops would pull back');
    expect(out).toContain('weapons, and Hamas wants a full withdrawal.');
    expect(out).not.toContain('REUTERS');
    expect(out).not.toContain('Advertisement');
  });

  it('leaves a long paragraph without credits alone, and keeps quoted sentences before a credit', () => {
    expect(stripInline(`${P1} ${P2} ${P1}`)).toBeNull();
    const quoted = `${P1} ${P2} "We are close," the official said. (Photo by Ali Sami/AFP) ${P1}`;
    const s = stripInline(quoted);
    expect(s?.captions).toEqual(['(Photo by Ali Sami/AFP)']);
    expect(s?.text).toContain('"We are close," the official said.');
  });
});

describe('comments sections', () => {
  it("drops readers' comments after the article but not a comment counter in the share bar", () => {
    const page = [
      'Share',
      '12 comments',
      '',
      P1,
      '',
      P2,
      '',
      '18 comments',
      'Sort by: Newest',
      'Nothing will come of this, just like the last time.',
      'Reply · Like (3)',
    ].join('\n');
    const out = clean(page, 'text').text;
    expect(out).toBe([P1, P2].join('\n\n'));
  });
});

/**
 * Rules added after held-out round 3 (test/fixtures/clean/heldout/round3), each with the nearby
 * article text that must survive it.
 */
describe('round 3: flattened captions without credits', () => {
  const G1 =
    'Port officials said on Monday that the first convoy of grain ships had left Odesa under the new arrangement.';
  const G2 =
    'The agreement allows inspections in Istanbul and bars naval vessels from approaching the merchant ships.';
  const G3 = 'Insurers said premiums for the route had fallen by a third since the summer.';
  const G4 = 'Shipping companies expect traffic to double before the end of the year, analysts said.';

  it('cuts a present-tense description ending on a full date and place out of a one-line body', () => {
    const caption =
      'A cargo ship carrying maize passes the Galata bridge in Istanbul on Nov. 21, 2025, in Istanbul, Turkey.';
    const line = `${G1}${G2}${caption}${G3} ${G4} ${G1} ${G2}`;
    const s = stripInline(line);
    expect(s?.captions).toEqual([caption]);
    expect(s?.text).toContain(`${G2} ${G3}`);
    expect(s?.text).not.toContain('Galata');
  });

  it('keeps an abbreviation inside the caption with it ("U.S. President")', () => {
    const caption =
      'The foreign minister greets U.S. President Donald Trump at the White House on Oct. 3, 2025, in Washington, D.C.';
    const s = stripInline(`${G1} ${G2}${caption}${G3} ${G4} ${G1} ${G2}`);
    expect(s?.captions).toEqual([caption]);
    expect(s?.text).not.toContain('U.S.');
  });

  it('keeps story sentences that end on a full date: past tense, reported speech, quotes', () => {
    const story = [
      'Russian troops crossed the border on Feb. 24, 2022.',
      'The ministry says the convoy will return on Dec. 12, 2025.',
      'Kyiv has held three rounds of talks since Nov. 3, 2025.',
      '"Nobody expected this on Nov. 20, 2025," an official said.',
    ].join(' ');
    const s = stripInline(`${G1} ${story} ${G2} ${G3} ${G4}`);
    expect(s === null || s.captions.length === 0).toBe(true);
  });
});

describe('round 3: newsletter greetings, contents lines, shouted prompts, cut-off paragraphs', () => {
  it('recognises "Good morning and welcome to …" and the "here is what we have for you:" line', () => {
    expect(
      isNewsletterChrome(
        'Hello and welcome back to Harbour Notes, the weekly digest on shipping diplomacy! We are a day late this week.',
      ),
    ).toBe(true);
    expect(isNewsletterChrome('So, here is what we have lined up for you: Trade deskThe tariff truce.')).toBe(
      true,
    );
    expect(isNewsletterChrome("Here's what's in store for today: the talks in Doha.")).toBe(true);
  });

  it('keeps an article sentence that starts "Here is what" without a contents colon', () => {
    expect(isNewsletterChrome('Here is what the draft says about the border crossings.')).toBe(false);
    expect(isNewsletterChrome('Here is what we know about the talks:')).toBe(false);
  });

  it('drops an exclamatory "Don\'t miss … Tap here …" prompt', () => {
    const page = [
      P1,
      '',
      P2,
      '',
      'Don’t miss more stories like this! Tap here for the latest in World news!',
    ].join('\n');
    expect(clean(page, 'text').text).toBe([P1, P2].join('\n\n'));
  });

  it('keeps a paragraph cut off mid-sentence before a block of site chrome', () => {
    const cut =
      'Few governments have offered troops, and those that have set conditions the other side rejects. Without a force the plan remains';
    const page = [
      P1,
      '',
      cut,
      '',
      '≡ **Site World**',
      '',
      'Sign in',
      '',
      'a sketch rather than a policy.',
      '',
      P2,
    ].join('\n');
    const out = clean(page, 'text').text;
    expect(out).toContain(cut);
    expect(out).not.toContain('Site World');
  });
});
