/**
 * Rules added after the eighteenth blind round (test/fixtures/clean/heldout/round18, first score 95.9 /
 * 96.4: two headlines, a standfirst and list items lost). The headline is the candidate nearest above
 * the byline or stamp (the one above it when the two are headline and standfirst), a source line may
 * stand between them, an author line is no headline, a standfirst may have the byline right under it,
 * and a list whose bullets were lost is kept under its colon. Plus a few line shapes. Pages about an
 * invented fishing-quota negotiation, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { isCaption } from '../../src/pipeline/clean/captions.ts';
import { clean } from '../../src/pipeline/clean/index.ts';
import { isTailTrailer } from '../../src/pipeline/clean/trailers.ts';
import { linesPage, blocksPage as page, removed } from './helpers.ts';

const P1 =
  'Fisheries ministers from the four coastal states agreed on Friday to cut the cod quota by a fifth next year, officials said, after scientists warned that stocks had fallen to their lowest level in a decade.';
const P2 =
  'The deal lets each fleet carry over a tenth of its unused quota into the following season, and it sets up a joint patrol to check catches at sea, something the smaller states had sought for years.';
const HEAD = 'Four states agree to cut the cod quota by a fifth';
const DEK = 'Ministers left the herring quota for March after two delegations asked for more time';

describe('the headline above its byline', () => {
  it('takes the headline under a market ticker and a breadcrumb, with a source line before the stamp', () => {
    const out = clean(
      page(
        'Portal\nMail\nNews\nSport',
        'DAX 23,710.45 ▼0.31%\nBrent $63.12 ▲1.10%\nGold $4,207.40 ▲0.42%',
        `News › World\n${HEAD}\nHarbour Press\nWed, 3 December 2025 at 1:14 am CET\n4 min read`,
        P1,
        P2,
      ),
      'text',
    );
    expect(out.text.startsWith(HEAD)).toBe(true);
    expect(out.text).not.toContain('Gold $4,207.40');
  });

  it('takes the headline, not the standfirst, and not the author line under them', () => {
    const out = clean(
      page(
        'Harbour Times\nSubscribe',
        HEAD,
        DEK,
        'Ida Berg in Bergen and Erik Larsen in Oslo\nFri 5 Dec 2025 09.12 GMT',
        P1,
        P2,
      ),
      'text',
    );
    expect(out.text.startsWith(`${HEAD}\n\n${DEK}`)).toBe(true);
  });

  it('keeps a standfirst with an author line right under it in a page with no blank lines', () => {
    const out = clean(
      linesPage(
        'Home/World/Europe',
        HEAD,
        DEK,
        'Staff Reporter and Agencies',
        'Published: Fri 5 Dec 2025, 7:40 PM',
        P1,
        P2,
      ),
      'text',
    );
    expect(out.text).toContain(DEK);
  });

  it('does not take a tagline above a sign-up button for the headline', () => {
    const out = clean(
      page(
        'The Harbour Desk\nA weekly briefing on fish and diplomacy\nSign up here',
        HEAD,
        'By Ida Berg\nDec. 5, 2025',
        P1,
        P2,
      ),
      'text',
    );
    expect(out.text.startsWith(HEAD)).toBe(true);
  });
});

describe('a list whose bullets were lost', () => {
  it('keeps the items under a sentence ending in a colon', () => {
    const items = [
      'The cap on each fleet’s catch, fixed at last year’s level in the draft, is now open for talks',
      'A ban on night fishing has been moved into a separate protocol',
      'Any decision on the herring quota is left for the March meeting',
    ];
    const out = clean(
      page(
        HEAD,
        P1,
        'According to two people briefed on the talks, the final text changed several points. Among them:',
        items.join('\n'),
        P2,
      ),
      'text',
    );
    for (const item of items) expect(out.text).toContain(item);
  });

  it('still drops a menu under a line ending in a colon', () => {
    const out = clean(page(HEAD, P1, 'In this article:', 'Cod\nHerring\nPatrols', P2), 'text');
    expect(out.text).not.toContain('Herring\n');
    expect(out.text).not.toContain('In this article:');
  });
});

describe('line shapes', () => {
  it('drops page controls, comment calls and inline related stories', () => {
    expect(removed('Loading...')).toBe(true);
    expect(removed('Bookmark')).toBe(true);
    expect(removed('Do you think the states should sign the deal? Let us know in the comments below.')).toBe(
      true,
    );
    expect(removed('Ministers said the deal is loading the costs onto the smaller fleets.')).toBe(false);
    const out = clean(page(HEAD, P1, 'Related story: Harbour strike ends after pay deal', P2), 'text');
    expect(out.text).not.toContain('Harbour strike ends');
    expect(out.text).toContain(P2);
  });

  it('reads an agency credit in brackets after a caption, and a wire credit with a dash', () => {
    expect(isCaption('The minister speaks at a lectern in Bergen.(Wirefoto: Ana Roe)')).toBe(true);
    expect(isCaption('The minister said the deal was fair (in his words: “balanced”).')).toBe(false);
    expect(isTailTrailer('— With inputs from Harbour Press and Coast Wire')).toBe(true);
  });

  it('drops a newsletter’s welcome in the middle of its greeting', () => {
    expect(
      removed(
        'Good morning from a grey Bergen, and a warm welcome to the 312 new readers who joined this week.',
      ),
    ).toBe(true);
  });
});
