/**
 * Rules added after the sixteenth blind round (test/fixtures/clean/heldout/round16, first score 95.5 /
 * 100): market quotes, a paywall's access check, tip prompts, agency photo credits, a newsletter box
 * with no field left, boxes that are chrome to the end of their block ("Cite this article", "About the
 * author", "Upcoming event"), and a footer block's own sentences. Each rule sits next to a near miss
 * that must survive. The pages are about an invented fishing-quota negotiation, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { isCaption } from '../../src/pipeline/clean/captions.ts';
import { clean } from '../../src/pipeline/clean/index.ts';
import { isTailTrailer } from '../../src/pipeline/clean/trailers.ts';
import { blocksPage as page, removed } from './helpers.ts';

const P1 =
  'Fisheries ministers from the four coastal states agreed on Friday to cut the cod quota by a fifth next year, officials said, after scientists warned that stocks had fallen to their lowest level in a decade.';
const P2 =
  'The deal lets each fleet carry over a tenth of its unused quota into the following season, and it sets up a joint patrol to check catches at sea, something the smaller states had sought for years.';
const P3 =
  'Negotiators will meet again in March to settle the herring quota, which was left out of the deal after two delegations said they needed more time to consult their fishing associations.';
const HEAD = 'Four states agree to cut the cod quota by a fifth';

describe('line shapes', () => {
  it('drops market quotes, and keeps a sentence about the market', () => {
    expect(removed('S&P 500 6,827.41 +0.38%')).toBe(true);
    expect(removed('Brent crude $61.28 -0.95%')).toBe(true);
    expect(removed('Fish prices at the Bergen auction rose 4.5% on the news.')).toBe(false);
  });

  it('drops a paywall’s access check', () => {
    expect(removed('Check whether you already have access via your university or organisation.')).toBe(true);
    expect(removed('Inspectors will check whether fleets already have access to the northern grounds.')).toBe(
      false,
    );
  });

  it('reads agency photo credits, and not a sentence about photographs', () => {
    expect(isCaption('HTS Photo/Ida Berg')).toBe(true);
    expect(isCaption('(photo credit: HARBOUR POOL/HANDOUT)')).toBe(true);
    expect(isCaption('The ministers posed for a photo after the signing.')).toBe(false);
  });

  it('reads tip prompts as tail trailers', () => {
    expect(isTailTrailer('Have you got a tip for us?')).toBe(true);
    expect(isTailTrailer('Send us an email or message us securely.')).toBe(true);
    expect(isTailTrailer('The minister said fleets had got a tip about the inspection.')).toBe(false);
  });
});

describe('boxes', () => {
  it('drops a newsletter box whose field and button are gone, and keeps a story paragraph about a newsletter', () => {
    const story =
      'The fishermen’s association said its weekly newsletter would explain the new quota rules to members.';
    const out = clean(
      page(
        HEAD,
        P1,
        'Unlock the Harbour Digest for free\nOur editor picks her favourite stories in this weekly newsletter.',
        story,
        P2,
      ),
      'text',
    );
    expect(out.text).not.toContain('Unlock the Harbour Digest');
    expect(out.text).not.toContain('favourite stories');
    expect(out.text).toContain(story);
  });

  it('drops a citation box and an author box to the end of their blocks, and keeps the footnotes', () => {
    const out = clean(
      page(
        HEAD,
        P1,
        P2,
        P3,
        'Notes\n[1] Joint statement by the four fisheries ministers, Bergen, 5 December 2025.',
        'About the author\nIda Berg is a senior fellow at the Coastal Policy Centre, where she works on fisheries law.\nFollow on LinkedIn',
        'The views expressed in this commentary are the author’s own.',
        'Cite this article\nBerg, Ida. “Quotas and patrols.” Coastal Policy Centre Commentary, 8 December 2025.\nCopy citation\nBibTeX',
        'The Coastal Policy Centre is an independent research institute.\nContact\nCareers\nPrivacy notice\nImprint\n© 2025 Coastal Policy Centre',
      ),
      'text',
    );
    expect(out.text).toContain('[1] Joint statement by the four fisheries ministers');
    for (const gone of [
      'senior fellow',
      'views expressed',
      'Quotas and patrols',
      'independent research institute',
    ])
      expect(out.text).not.toContain(gone);
  });

  it('keeps a paragraph that opens with a sentence about an author', () => {
    const p =
      'About the author of the quota study, the ministers said little, but they accepted its central finding that stocks are collapsing.';
    const out = clean(page(HEAD, P1, p, P2), 'text');
    expect(out.text).toContain(p);
  });
});
