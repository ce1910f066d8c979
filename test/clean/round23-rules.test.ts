/**
 * Rules added after the twenty-third blind round (test/fixtures/clean/heldout/round23, first score
 * 95.1 / 94.7): summary points under a label of their own ("Summary") at the top of a wire story, and a
 * consent dialog whose paragraph never says "cookies" (which, read as prose, stopped the search for the
 * headline before it reached it). Each rule is shown beside a near miss it must leave alone. Pages about
 * an invented negotiation over a shared river's water, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean/index.ts';
import { linesPage as lines, blocksPage as page, removed } from './helpers.ts';

const HEAD = 'Ostrava and Lenmark agree to share the Velda river in dry summers';
const P1 =
  'Water ministers from Ostrava and Lenmark agreed on Thursday to split the flow of the Velda river evenly in any summer when it falls below a set level, ending two years of talks over the dams upstream.';
const P2 =
  'Lenmark had asked for a larger share for its farms in the delta, but accepted a clause that lets either side call an emergency meeting of the joint river board within seven days of a drought warning.';
const P3 =
  'Officials on both sides said the accord would be signed in the border town of Kessel next month and sent to the two parliaments before the end of the year.';

describe('summary points under a label of their own', () => {
  const points = [
    'Deal splits the river evenly when flow drops below the set level',
    'Either side can call the joint board within seven days',
    'Accord to be signed in Kessel next month, officials say',
  ];

  it('keeps the label and the points between the headline and the story', () => {
    const out = clean(
      page(
        HEAD,
        lines('By Ana Ferrell', 'March 4, 2026 10:12 AM GMT'),
        lines('Summary', ...points),
        P1,
        P2,
        P3,
      ),
      'text',
    );
    expect(out.text).toContain('Summary');
    for (const p of points) expect(out.text).toContain(p);
    expect(out.text).toContain(P1);
  });

  it('does not keep a list of other stories at the foot of the page under a label', () => {
    const out = clean(
      page(
        HEAD,
        lines('By Ana Ferrell', 'March 4, 2026 10:12 AM GMT'),
        P1,
        P2,
        P3,
        lines('Related', ...points),
      ),
      'text',
    );
    expect(out.text).not.toContain('Related');
    for (const p of points) expect(out.text).not.toContain(p);
  });
});

describe('a consent dialog whose paragraph does not say "cookies"', () => {
  const DIALOG =
    'The Courier and its partners keep and read details on your device to shape what you see, count readers and pick the adverts you are shown. Choose the purposes you agree to under Manage preferences.';

  it('drops the paragraph framed by the dialog heading and its buttons, and finds the headline', () => {
    const out = clean(
      page(
        lines('Your privacy choices', DIALOG, 'Accept all', 'Manage preferences'),
        lines('The Courier'),
        HEAD,
        lines('Ana Ferrell Environment correspondent', 'Wed 4 Mar 2026 10.12 GMT'),
        P1,
        P2,
        P3,
      ),
      'text',
    );
    expect(out.text).not.toContain('count readers');
    expect(out.title).toBe(HEAD);
    expect(out.text).toContain(HEAD);
  });

  it('keeps a paragraph of the story that only sits under a heading like one', () => {
    const quoted =
      'Campaigners said farmers in the delta would keep and read the river board’s figures every week, and that they would accept all of them only if the gauges were checked by both sides.';
    const out = clean(page(HEAD, P1, lines('Your privacy choices', quoted), P2, P3), 'text');
    expect(out.text).toContain(quoted);
  });
});

describe('link and widget lines: a new-tab note, a "Powered by" credit, a licensing button', () => {
  it('drops each on a line of its own', () => {
    expect(removed('Our Standards: The Courier Trust Principles., opens new tab')).toBe(true);
    expect(removed('Read the full river accord (opens in a new window)')).toBe(true);
    expect(removed('Powered by Riverside Audio')).toBe(true);
    expect(removed('Purchase Licensing Rights')).toBe(true);
  });

  it('leaves sentences and subheadings that use the same words', () => {
    expect(
      removed('Officials said the new crossing opens next month, with a new tab on tolls to follow.'),
    ).toBe(false);
    expect(removed('Powered by the river, the delta farms want a bigger share.')).toBe(false);
    expect(removed('Lenmark will purchase licensing rights to the gauge data from a private firm.')).toBe(
      false,
    );
  });

  it('drops them from a page and keeps the story', () => {
    const out = clean(
      page(
        HEAD,
        lines('By Ana Ferrell', 'March 4, 2026 10:12 AM GMT'),
        lines('Listen to this article now', 'Powered by Riverside Audio'),
        P1,
        P2,
        P3,
        lines('Our Standards: The Courier Trust Principles., opens new tab', 'Purchase Licensing Rights'),
      ),
      'text',
    );
    expect(out.text).not.toContain('Powered by');
    expect(out.text).not.toContain('opens new tab');
    expect(out.text).not.toContain('Licensing');
    expect(out.text).toContain(P3);
  });
});

describe('a sign-up box small print that names the reader data, and a support appeal', () => {
  const DATA =
    'Our bulletins may carry notes from partners. Read how we handle your data in our Privacy Policy.';

  it('drops the small print under an e-mail field and keeps a story line about data after the box', () => {
    const story =
      'Lenmark officials said the river board would publish its gauge data every week under the accord.';
    const out = clean(page(HEAD, P1, lines('Your email', 'Sign up', DATA), P2, story, P3), 'text');
    expect(out.text).not.toContain('Privacy Policy');
    expect(out.text).toContain(story);
  });

  it('drops the appeal and its pledge line, and keeps a story sentence about support', () => {
    expect(
      removed(
        '… we have a small favour to ask. Readers across the region come to The Courier for reporting they can trust, and it stays free to read.',
      ),
    ).toBe(true);
    expect(removed('Support The Courier from as little as £1 – it only takes a minute. Thank you.')).toBe(
      true,
    );
    expect(
      removed('Delta farmers said they would support the accord from next spring if the gauges are shared.'),
    ).toBe(false);
    expect(removed('Lenmark said it had a favour to ask of its neighbour over the upstream dams.')).toBe(
      false,
    );
  });
});
