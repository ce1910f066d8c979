/**
 * Rules added after the fifth blind round (test/fixtures/clean/heldout/round5) and the real-page labels
 * (test/fixtures/clean/real): each on a short page in news-wire style, next to the content that must
 * survive it, plus the near misses that must not be taken for boilerplate.
 */
import { describe, expect, it } from 'vitest';
import { realLines } from '../../src/eval/clean-real.ts';
import { isCaption } from '../../src/pipeline/clean/captions.ts';
import { isConsent } from '../../src/pipeline/clean/consent.ts';
import { clean } from '../../src/pipeline/clean/index.ts';
import { isWrappedBlock } from '../../src/pipeline/clean/paragraphs.ts';
import { isAuthorBlurb, isTailTrailer } from '../../src/pipeline/clean/trailers.ts';
import { linesPage as page, removed } from './helpers.ts';

const HEAD = 'Mediators propose new timetable for second phase of the truce';
const P1 =
  'Egyptian and Qatari mediators on Thursday handed both delegations a revised timetable for the second phase, officials said.';
const P2 =
  'The paper ties each step of a military pullback to a verified stage of disarmament, according to two diplomats who have read it.';
const P3 = 'A further meeting is expected in Cairo before the end of the month, the officials added.';

describe('stamps and key-event lists', () => {
  it('removes a stamp followed by who posted it', () => {
    expect(removed('Posted on 03/12/2025 by admin')).toBe(true);
    expect(removed('Updated 14:05, 2 Dec 2025 by Jane Doe')).toBe(true);
  });

  it('keeps a sentence that has a date and "by" in it', () => {
    expect(removed('The tariff was set on 12/03/2025 by the regulator.')).toBe(false);
  });

  it('removes headlines led by how long ago they were posted, and keeps the entries', () => {
    const r = clean(
      page(
        HEAD,
        '',
        'Key events',
        '',
        '12m ago Envoy says territory will need more work',
        '1h ago Drones strike power plants in the south',
        '3h ago Leaders to hold video call on guarantees',
        '',
        P1,
        '',
        'Two hours ago the envoy landed in Moscow, where he is due to meet the president.',
      ),
      'text',
    );
    expect(r.text).not.toContain('12m ago');
    expect(r.text).not.toContain('Drones strike power plants');
    expect(r.text).toContain('Two hours ago the envoy landed in Moscow');
  });
});

describe('hard-wrapped blocks versus one-headline-per-line lists', () => {
  it('does not take a list of headlines of uneven length for a wrapped paragraph', () => {
    expect(
      isWrappedBlock([
        'Envoy says territory will need more work from all sides',
        'Drones strike power plants in the south',
        'Leaders to hold video call on guarantees',
      ]),
    ).toBe(false);
  });

  it('still joins a paragraph wrapped at a fixed width', () => {
    expect(
      isWrappedBlock([
        'Negotiators from both delegations met for a third day in',
        'Doha on Monday to discuss the order in which hostages and',
        'prisoners would be released, officials said on Tuesday.',
      ]),
    ).toBe(true);
  });
});

describe('sign-up boxes, consent text and promotions', () => {
  it('removes the pitch of a newsletter box next to its e-mail field', () => {
    const r = clean(
      page(
        HEAD,
        '',
        P1,
        '',
        'Sign up for The Gulf Brief: our reporters on the region’s diplomacy, every Thursday.',
        'Enter your email',
        'Sign up',
        '',
        P2,
      ),
      'text',
    );
    expect(r.text).not.toContain('Gulf Brief');
    expect(r.text).not.toContain('Enter your email');
    expect(r.text).toContain(P2);
  });

  it('keeps a sentence about a newsletter when no form field is near it', () => {
    const line =
      'The embassy’s weekly newsletter, sent every Friday, is read closely by diplomats in the region.';
    const r = clean(page(HEAD, '', P1, '', line, '', P2), 'text');
    expect(r.text).toContain(line);
  });

  it('recognises the consent paragraph that speaks of legitimate interest without naming cookies', () => {
    expect(
      isConsent(
        'You can accept, or manage your choices at any time, including your right to object where legitimate interest is used, by clicking below.',
      ),
    ).toBe(true);
    expect(isConsent('The court found the ministry had a legitimate interest in the records.')).toBe(false);
  });

  it('removes app promotions and syndication disclaimers, but not a sentence about an app', () => {
    expect(
      removed(
        'Catch all the latest business news on DailyMarket. Download the DailyMarket app for live market updates.',
      ),
    ).toBe(true);
    expect(
      removed(
        'Disclaimer: This story is auto-generated from a syndicated feed and has not been edited by us.',
      ),
    ).toBe(true);
    expect(removed('Officials urged residents to download the state alert app before the winter.')).toBe(
      false,
    );
  });

  it('removes an inline related link introduced with a bar', () => {
    const r = clean(
      page(HEAD, '', P1, '', 'Also Read | Rupee slips to a record low as outflows continue', '', P2),
      'text',
    );
    expect(r.text).not.toContain('Rupee slips');
  });
});

describe('captions and credits', () => {
  it('treats illustration credits as captions', () => {
    expect(isCaption('Photo illustration by The Desk; source photographs by Getty Images')).toBe(true);
    expect(isCaption('Illustration by Kate Lund')).toBe(true);
  });

  it('does not treat a sentence about an illustration as a caption', () => {
    expect(isCaption('The ministry said the illustration had been withdrawn after complaints.')).toBe(false);
  });
});

describe('author blurbs', () => {
  const names = new Set(['Helen', 'Zhao', 'Mira', 'Kovač']);

  it('recognises a blurb about the person in the byline', () => {
    expect(isAuthorBlurb('Ms. Zhao is a former trade negotiator at the commerce ministry.', names)).toBe(
      true,
    );
    expect(isAuthorBlurb('Mira Kovač has reported on the Western Balkans since 2014.', names)).toBe(true);
  });

  it('does not take a lede about a newsmaker for one', () => {
    expect(isAuthorBlurb('Putin has been clear that the directors of the talks must change.', names)).toBe(
      false,
    );
    expect(isAuthorBlurb('Zhao is a former minister, her spokesman said on Monday.', names)).toBe(false);
  });

  it('removes the blurb under the byline and keeps the lede', () => {
    const r = clean(
      page(
        HEAD,
        '',
        'By Helen Zhao',
        'Ms. Zhao is a former trade negotiator at the commerce ministry.',
        '',
        P1,
        '',
        P2,
      ),
      'text',
    );
    expect(r.text).not.toContain('former trade negotiator');
    expect(r.text).toContain(P1);
  });

  it('keeps a first paragraph about someone other than the author', () => {
    const lede = 'Witkoff has been the central figure in the talks since the spring, officials say.';
    const r = clean(page(HEAD, '', 'By Helen Zhao', '', lede, '', P2), 'text');
    expect(r.text).toContain(lede);
  });
});

describe('tail trailers', () => {
  it('removes invitations to write in and pointers to more coverage', () => {
    expect(
      isTailTrailer(
        'We would like to hear what you think about this essay. Write to us at letters@example.com.',
      ),
    ).toBe(true);
    expect(isTailTrailer('Here are some links to our recent reports to help you catch up:')).toBe(true);
  });

  it('keeps a closing paragraph that ends with a colon but points at no coverage', () => {
    expect(isTailTrailer('The envoy put the choice facing both sides in a single sentence:')).toBe(false);
    const r = clean(page(HEAD, '', P1, '', P3, '', 'Write to us at letters@example.com.'), 'text');
    expect(r.text).toContain(P3);
    expect(r.text).not.toContain('letters@example.com');
  });
});

describe('real-page labels', () => {
  it('takes each labelled line, or a piece of it, from the page text', () => {
    const body = 'Site logo\n\nTalks resume. Delegates arrive in Geneva on Nov. 3, 2025.\nAdvertisement';
    const lines = realLines(
      {
        file: 'x.txt',
        format: 'text',
        lines: [
          { line: 1, label: 'boilerplate' },
          { line: 3, label: 'content', from: 0, to: 13 },
          { line: 3, label: 'boilerplate', from: 14 },
          { line: 4, label: 'boilerplate' },
        ],
      },
      body,
    );
    expect(lines.map((l) => l.text)).toEqual([
      'Site logo',
      'Talks resume.',
      'Delegates arrive in Geneva on Nov. 3, 2025.',
      'Advertisement',
    ]);
    expect(lines[1]?.part).toBe(true);
    expect(lines[0]?.part).toBeUndefined();
  });

  it('refuses a label for a line the page does not have', () => {
    expect(() =>
      realLines({ file: 'x.txt', format: 'text', lines: [{ line: 9, label: 'content' }] }, 'a\nb'),
    ).toThrow(/no line 9/);
  });
});
