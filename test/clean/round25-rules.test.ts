/**
 * Rules added after the twenty-fifth blind round (test/fixtures/clean/heldout/round25, first score
 * 96.9 / 99.2): a bilingual cookie banner's other-language line, a page calling itself a translation, a
 * sign-up box's consent small print, an author card between the headline and the story, the press
 * office's contact line in the tail (which lets the walk up the tail reach the "views expressed"
 * disclaimer), a live page's "Pinned" marker over the heading of its pinned summary, and (for round 18)
 * a share button's "Link copied" and a news desk's card in the tail. Each rule is
 * shown beside a near miss it must leave alone. Pages about an invented negotiation over sharing the
 * water of the river Lune, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean/index.ts';
import { isPinLabel } from '../../src/pipeline/clean/lines.ts';
import { linesPage as lines, blocksPage as page, removed } from './helpers.ts';

const HEAD = 'Caldor and Vessia agree a summer quota for the river Lune after three days of talks';
const DEK =
  'The deal caps what each side may draw from the river in a dry month, but leaves the fate of the upstream dam to a later round.';
const P1 =
  'Water ministers from Caldor and Vessia agreed on Thursday to cap how much each country may draw from the river Lune in the driest months, ending a dispute that had emptied irrigation canals on both banks.';
const P2 =
  'Vessia had wanted the cap tied to rainfall upstream, while Caldor insisted on fixed volumes; the text splits the difference with a fixed floor and a share of any surplus.';
const P3 =
  'The accord still has to be approved by both parliaments, and farmers on the lower river said they would judge it by the level of the canals in August.';
const P4 =
  'Negotiators said a joint commission would read the gauges at the border bridge every week and publish the figures on both sides of the river.';

describe('a bilingual cookie banner', () => {
  const EN =
    'We use cookies to run this site, measure how it is read and show you content suited to you. You can change your choices at any time.';
  const FR =
    'Nous utilisons des cookies pour faire fonctionner ce site, mesurer sa lecture et vous montrer des contenus adaptés. Vous pouvez modifier vos choix à tout moment.';

  it("drops the other language's twin of the English consent line beside it", () => {
    const out = clean(page(lines(FR, EN, 'Tout accepter', 'Accept all'), HEAD, P1, P2, P3), 'text');
    expect(out.text).not.toContain('Nous utilisons');
    expect(out.text).not.toContain('We use cookies');
    expect(out.text).toContain(P1);
    expect(out.text).toContain(P3);
  });

  it('keeps a story paragraph about cookies in its own block, and one beside the banner that reports someone', () => {
    const STORY =
      'Vessia’s data regulator said on Friday that the ministry’s water portal had set tracking cookies without asking, and ordered it fixed within a month.';
    const QUOTED =
      'The cookies placed by the ministry portal broke the law, the Vessian regulator said, and it gave the ministry thirty days to fix them.';
    const out = clean(page(lines(EN, QUOTED), HEAD, P1, STORY, P2, P3), 'text');
    expect(out.text).toContain(STORY);
    expect(out.text).toContain(QUOTED);
    expect(out.text).not.toContain('We use cookies');
  });
});

describe('a page that calls itself a translation', () => {
  it('removes the note, whatever follows it', () => {
    expect(
      removed(
        'This article is a translation of an original article in Vessian. It was produced with the help of an automated tool and checked by our editors.',
      ),
    ).toBe(true);
    expect(removed('This story is a translation from the Caldorian edition.')).toBe(true);
  });

  it('keeps a sentence about a translated document of the story', () => {
    expect(
      removed(
        'The text is a translation of the 1962 river treaty, which Vessia says was never ratified in its Caldorian version.',
      ),
    ).toBe(false);
    expect(
      removed(
        'This accord is a translation of promises made at the border bridge two summers ago, Ms Aro said.',
      ),
    ).toBe(false);
  });
});

describe("a sign-up box's consent small print", () => {
  const PRINT =
    'We use your sign-up to send you the content you have consented to and to learn more about you. This may include offers from 3rd parties. More info';

  it('is removed beside the e-mail field', () => {
    const out = clean(
      page(
        HEAD,
        P1,
        P2,
        lines(
          'Sign up to our Rivers newsletter',
          'The week on the water, in your inbox every Monday',
          'Enter your email',
          'SIGN UP',
          PRINT,
          'Invalid email',
        ),
        P3,
        P4,
      ),
      'text',
    );
    expect(out.text).not.toContain('3rd parties');
    expect(out.text).toContain(P2);
    expect(out.text).toContain(P3);
  });

  it('leaves a story paragraph about consent and third parties that stands away from any field', () => {
    const STORY =
      'Under the accord, neither side may sell gauge data to third parties without the consent of the joint commission, a clause Caldor fought for until the last night.';
    const out = clean(page(HEAD, P1, STORY, P2, P3), 'text');
    expect(out.text).toContain(STORY);
  });
});

describe('an author card between the headline and the story', () => {
  it('drops the name, the job title and the credentials under it', () => {
    const out = clean(
      page(
        lines(HEAD, DEK),
        lines('14 March 2026', '6 minute read'),
        lines(
          'Dr Mirela Sandor-Vey',
          'Senior Fellow, Rivers and Borders Programme',
          'Former adviser on river treaties to the Caldor foreign ministry',
        ),
        P1,
        P2,
        P3,
        P4,
      ),
      'text',
    );
    expect(out.title).toBe(HEAD);
    expect(out.text).not.toContain('Mirela');
    expect(out.text).not.toContain('Senior Fellow');
    expect(out.text).not.toContain('Former negotiator');
    expect(out.text).toContain(DEK);
    expect(out.text).toContain(P1);
  });

  it('leaves a "who is who" box inside the story', () => {
    const BOX = lines(
      'Ilka Dorn',
      'Chief negotiator, Vessia',
      'Led the talks on the upstream dam since 2021',
    );
    const out = clean(page(lines(HEAD, DEK), P1, P2, BOX, P3, P4), 'text');
    // The story's own rules judge such a run of short lines (as a menu-like run); the card rule, which
    // removes as 'chrome', must not have taken it, since it stands below the story's first paragraph.
    for (const t of ['Ilka Dorn', 'Chief negotiator, Vessia'])
      expect(out.removed.find((r) => r.text === t)?.reason).not.toBe('chrome');
    expect(out.text).toContain(P3);
  });
});

describe("the press office's contact line in the tail", () => {
  const DISCLAIMER =
    'The Lune Institute is an independent research body. The views expressed in this commentary are the author’s and do not necessarily reflect those of the Institute.';
  const PRESS = 'For interview requests and media enquiries, please contact the communications office.';

  it('is removed, and so is the disclaimer above it once the walk up the tail gets past it', () => {
    const out = clean(
      page(
        HEAD,
        P1,
        P2,
        P3,
        P4,
        DISCLAIMER,
        lines('Share', 'Email'),
        lines('Media enquiries', PRESS, 'press@lune-institute.example'),
      ),
      'text',
    );
    expect(out.text).not.toContain('please contact');
    expect(out.text).not.toContain('views expressed');
    expect(out.text).toContain(P4);
  });

  it("keeps a story's last paragraph that speaks of requests and contacts", () => {
    const LAST =
      'For months, requests to inspect the dam went unanswered, and farmers’ unions urged their members to contact their deputies before the vote.';
    const out = clean(page(HEAD, P1, P2, P3, LAST), 'text');
    expect(out.text).toContain(LAST);
  });
});

describe("a live page's pin marker", () => {
  const S1 =
    'Caldor and Vessia agreed a cap on how much water each may draw from the Lune in the driest months, the two ministries said.';
  const S2 = 'The deal still needs the approval of both parliaments, which sit again next week.';

  it('is removed, and the heading of the pinned summary under it is kept', () => {
    const out = clean(
      page(
        lines(HEAD, DEK),
        lines('Mar. 14, 2026, 9:05 PM CET', 'By Lune Wire staff'),
        lines('Pinned', 'What to know', S1, S2),
        lines('9:40 PM CET', 'Farmers wait for August'),
        P3,
      ),
      'text',
    );
    expect(out.text).not.toMatch(/^Pinned$/m);
    expect(out.text).toContain('What to know');
    expect(out.text).toContain(S1);
  });

  it('is only the bare label, not a sentence or a heading that starts with the word', () => {
    expect(isPinLabel('Pinned')).toBe(true);
    expect(isPinLabel('📌 Pinned post')).toBe(true);
    expect(isPinLabel('Pinned down by the drought')).toBe(false);
    expect(removed('Pinned down by the drought, the barges waited at Ostrel for a week.')).toBe(false);
  });
});

describe("older rounds: a share button's confirmation and a news desk's card", () => {
  it('removes "Link copied" and "Copied to clipboard", but not a sentence about a copied link', () => {
    expect(removed('Link copied')).toBe(true);
    expect(removed('Copied to clipboard!')).toBe(true);
    expect(removed('The link copied into the leaked draft pointed to a Caldorian ministry server.')).toBe(
      false,
    );
  });

  it('drops the desk card under a staff byline in the tail, and keeps a last paragraph about a desk', () => {
    const CARD = "The Lune Courier's news desk covers breaking stories from the river basin and beyond.";
    const out = clean(page(HEAD, P1, P2, P3, lines('Staff Reporter', CARD), lines('Tags', 'Water')), 'text');
    expect(out.text).not.toContain('news desk covers');
    expect(out.text).toContain(P3);
    const LAST =
      'The commission’s news desk covers every reading of the gauges, its chairman said, so farmers can check the figures themselves.';
    expect(clean(page(HEAD, P1, P2, LAST), 'text').text).toContain(LAST);
  });
});
