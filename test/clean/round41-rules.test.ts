/**
 * Rules added after the forty-first and forty-second blind rounds (test/fixtures/clean/heldout/round41
 * and round42, first scores 97.8 / 88.0 and 97.8 / 98.8): a headline glued after the kicker and the
 * reading-time label above it, an author line with a job title taken for the headline, a footnote
 * marker glued to the next sentence, an advert marker glued after a caption's credit, summary points
 * and a subheading on a page printed without blank lines, a membership appeal inside the story, a
 * market ticker strip, "Listen to this story", a chart's title, a reporting trailer with the desk's
 * editing credit, an author card "based in" a city, a pull quote repeating a one-line quote, and
 * captions closed by a handout credit or a bracketed source after the date. Each rule is shown beside
 * a near miss it must leave alone. Pages about an invented negotiation between Lindria and Vosk over
 * the border town of Merren, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { isCaption } from '../../src/pipeline/clean/captions.ts';
import { cutGluedHead } from '../../src/pipeline/clean/glued-head.ts';
import { clean } from '../../src/pipeline/clean/index.ts';
import { isTailTrailer } from '../../src/pipeline/clean/trailers.ts';
import { linesPage as lines, blocksPage as page, removed } from './helpers.ts';

const HEAD = 'Lindria and Vosk agree to extend Merren talks by one more week';
const P1 =
  'MERREN, March 3 (Wirenet) - Negotiators from Lindria and Vosk agreed on Tuesday to keep talking for another week about the future of the border town, after two days of meetings that both sides called useful but unfinished.';
const P2 =
  'A draft seen by reporters would reopen the river bridge to farm traffic and leave the question of who polices the market square to a later round.';
const P3 =
  'Officials on both sides said the hardest points, the customs post and the water rights upstream, had been set aside for the two foreign ministers.';
const P4 =
  'Vosk has insisted that any deal must be signed in Merren itself, while Lindria wants the text sealed at the commission offices in the capital.';

describe('a headline glued after the chrome above it', () => {
  it('is cut out of the kicker and the reading-time label and kept', () => {
    expect(cutGluedHead(`Europe5 minute read${HEAD}`, ['World', 'Europe'])).toEqual({
      text: HEAD,
      pieces: ['Europe', '5 minute read'],
    });
    expect(cutGluedHead(`Border talks${HEAD}`, ['News', 'Border talks'])?.text).toBe(HEAD);
  });

  it('leaves a headline that opens with a word of the menu and a space, or has nothing above to repeat', () => {
    expect(cutGluedHead('Europe offers to host the next round of Merren talks', ['Europe'])).toBeNull();
    expect(cutGluedHead('EuropeNow survey finds support for the Merren deal', ['World'])).toBeNull();
  });

  it('makes the headline the title on a page set without blank lines', () => {
    const r = clean(
      lines(
        'World',
        'Business',
        'Europe',
        `Europe4 min read${HEAD}`,
        'By Ana Roe and Piet Vos',
        'March 3, 2026 9:12 AM GMT',
        P1,
        P2,
        P3,
      ),
      'text',
    );
    expect(r.title).toBe(HEAD);
    expect(r.text.startsWith(`${HEAD}\n\n`)).toBe(true);
    expect(r.text).not.toContain('min read');
  });
});

describe('an author line with a job title under the standfirst', () => {
  const dek =
    'The two delegations will meet again on Monday as mediators try to settle who runs the customs post';
  it('is not taken for the headline, so the headline above the standfirst stays the title', () => {
    const r = clean(
      page(
        lines('News', 'World', 'Europe', 'Border talks', `Border talks${HEAD}`),
        dek,
        lines('Ana Roe Diplomatic editor and Piet Vos in Merren', 'Tue 3 Mar 2026 10.15 GMT'),
        P1,
        P2,
        P3,
      ),
      'text',
    );
    expect(r.title).toBe(HEAD);
    expect(r.text).toContain(dek);
    expect(r.text).not.toContain('Diplomatic editor');
  });
});

describe('a footnote marker glued to the next sentence', () => {
  it('keeps the marker with its sentence and puts a space after it', () => {
    const r = clean(
      page(
        'Police closed the road to the bridge on Monday morning, and a convoy of cars crossed into the old town shortly after ten.¹Inside the customs hall, the two delegations sat down at a table borrowed from the town school.',
        P2,
      ),
      'text',
    );
    expect(r.text).toContain('after ten.¹ Inside the customs hall');
  });

  it('leaves a plain digit after a stop alone', () => {
    const r = clean(
      page(P1, 'The deadline was set for 2026.2027 was mentioned only as a fallback by the commission.'),
      'text',
    );
    expect(r.text).toContain('2026.2027 was mentioned');
  });
});

describe('an advert marker glued after a caption credit in a flattened paragraph', () => {
  it('goes with the caption, and the sentence after it is kept whole', () => {
    const r = clean(
      `${P2} The bridge at Merren on Monday afternoon. Photo: Jana KollerAdvertisementThe talks went on until late in the evening. ${P3}`,
      'text',
    );
    expect(r.text).toContain('The talks went on until late in the evening.');
    expect(r.text).not.toContain('Advertisement');
    expect(r.text).not.toContain('Koller');
  });
});

describe('summary points on a page printed without blank lines', () => {
  const points = [
    'Talks on the border town extended for another week',
    'Customs post and water rights left to the ministers',
    'Vosk still wants the deal signed in Merren itself',
  ];
  it('keeps the label and its points between the caption and the story', () => {
    const r = clean(
      lines(
        HEAD,
        'By Ana Roe and Piet Vos',
        'March 3, 2026 9:12 AM GMT',
        'Delegates arrive at the customs hall in Merren. REUTERS/Jana Koller',
        'Summary',
        ...points,
        P1,
        P2,
        P3,
      ),
      'text',
    );
    expect(r.text).toContain('Summary');
    for (const p of points) expect(r.text).toContain(p);
  });

  it('leaves a list of other stories under a label at the foot of the page', () => {
    const r = clean(
      lines(
        HEAD,
        'By Ana Roe and Piet Vos',
        'March 3, 2026 9:12 AM GMT',
        P1,
        P2,
        P3,
        'Sign up here.',
        'Trending',
        'Harbour strike ends after pay offer from the port authority',
        'Grain prices climb as the river freezes early this winter',
      ),
      'text',
    );
    expect(r.text).not.toContain('Harbour strike');
  });
});

describe('a subheading after a sign-up button or a membership appeal between paragraphs', () => {
  it('is kept when the story goes on under it', () => {
    const r = clean(
      lines(
        HEAD,
        'By Ana Roe',
        'March 3, 2026 9:12 AM GMT',
        P1,
        P2,
        'Sign up here.',
        'MARKET SQUARE DISPUTE',
        P3,
        P4,
      ),
      'text',
    );
    expect(r.text).toContain('MARKET SQUARE DISPUTE');
  });

  it('removes the appeal paragraph over its button and keeps the subheading under the pointer', () => {
    const appeal =
      'We have reported from the border since the first shots were fired. Our newsroom is funded by readers, not by any party. Join the members who keep us going.';
    const r = clean(
      lines(
        HEAD,
        'By Ana Roe',
        'March 3, 2026 9:12 AM GMT',
        P1,
        P2,
        appeal,
        'Become a member',
        'Read also: Farmers on both banks wait for the bridge to reopen',
        'Water rights',
        P3,
        P4,
      ),
      'text',
    );
    expect(r.text).not.toContain('Our newsroom is funded');
    expect(r.text).toContain('\n\nWater rights\n\n');
  });

  it('keeps a paragraph over the button that reports someone', () => {
    const said =
      '"We will not sign anything in the capital," the Vosk negotiator told our reporter on Tuesday evening.';
    const r = clean(
      lines(HEAD, 'By Ana Roe', 'March 3, 2026 9:12 AM GMT', P1, P2, said, 'Become a member', P3, P4),
      'text',
    );
    expect(r.text).toContain(said);
  });
});

describe('a market ticker strip of several quotes on one line', () => {
  it('is removed', () => {
    expect(removed('Dow 41,200.10 +0.4% FTSE 100 8,112.30 -0.2% Brent $71.05 +1.1%')).toBe(true);
  });
  it('leaves a sentence about markets with its verbs', () => {
    expect(removed('Shares in Lindria rose 0.4% and bonds fell 0.2% after the talks were extended.')).toBe(
      false,
    );
  });
});

describe('"Listen to this story" and a chart\'s title', () => {
  it('are removed', () => {
    expect(removed('Listen to this story')).toBe(true);
    expect(removed('Chart: Trucks crossing the Merren bridge each month since 2024')).toBe(true);
    expect(removed('Map: where the customs zone would run')).toBe(true);
  });
  it('leave a sentence that opens the same way', () => {
    expect(
      removed('Listen to this story from the market square, where traders have waited since spring.'),
    ).toBe(false);
    expect(removed('Charting a new route: the bridge plan explained')).toBe(false);
  });
});

describe('trailers under the story', () => {
  it('removes where the reporters filed from with the editing credit after it', () => {
    expect(
      isTailTrailer('Ana Roe reported from Merren and Piet Vos from Lindria City. Editing by Carl Moss.'),
    ).toBe(true);
  });
  it('removes an author card "based in" a city', () => {
    expect(
      isTailTrailer('Diplomatic correspondent based in Merren, covering the border talks and river trade.'),
    ).toBe(true);
  });
  it("leaves the story's sentences that use the same words", () => {
    expect(
      isTailTrailer('Ana Roe reported from Merren that the talks had stalled over the customs post.'),
    ).toBe(false);
    expect(
      isTailTrailer('The correspondent based in Merren, covering the talks for a Vosk paper, was expelled.'),
    ).toBe(false);
  });
});

describe('a pull quote repeating a one-line quote paragraph', () => {
  // Seven words: too short for the trimmed-copy test, so only the repeat of the quote paragraph counts.
  const quote = '"A longer week, yes. A deal, no," he said.';
  it('is removed and the quote paragraph stays', () => {
    const r = clean(page(HEAD, P1, quote, P2, '"A longer week, yes. A deal, no."', P3), 'text');
    expect(r.text).toContain(quote);
    expect(r.text.split('A deal, no').length).toBe(2);
  });
  it('leaves a quote that stands only once', () => {
    const r = clean(page(HEAD, P1, P2, '"A longer week, yes. A deal, no."', P3), 'text');
    expect(r.text).toContain('A deal, no');
  });
});

describe('captions closed by a handout credit or a bracketed source after the date', () => {
  it('knows the handout credit', () => {
    expect(
      isCaption('Delegates meet in the customs hall in Merren, March 3, 2026. Handout via Wirenet'),
    ).toBe(true);
    expect(isCaption('The ministry released the footage on Monday as a handout via its own website.')).toBe(
      false,
    );
  });

  it('cuts the dated caption and its source out of a flattened paragraph', () => {
    const r = clean(
      `${P2} Lindrian Foreign Minister Ida Marr and U.S. envoy John Hale at the customs hall in Merren, March 3, 2026. (Foreign Ministry) ${P3} ${P4}`,
      'text',
    );
    expect(r.text).not.toContain('Ida Marr');
    expect(r.text).toContain(P3);
  });

  it('leaves a bracketed aside of the story after a year', () => {
    const aside = `${P2} The commission last met in the town in 2025. (It has not said why it stopped.) ${P3} ${P4}`;
    const r = clean(aside, 'text');
    expect(r.text).toContain('(It has not said why it stopped.)');
  });
});
