/**
 * Rules added after the twenty-first blind round (test/fixtures/clean/heldout/round21, first score 95.4
 * / 86.1): a slot label printed after every advert break, a label over the byline, a second story loaded
 * under "Next article", a comment box closed to guests, a topic label taken for the headline, a
 * standfirst in title case, a caption credited to two agencies and the small print under a release's
 * end mark. Each rule is shown beside a near miss it must leave alone. Pages about an invented
 * negotiation over a shared river, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { isCaption } from '../../src/pipeline/clean/captions.ts';
import { clean } from '../../src/pipeline/clean/index.ts';
import { readEntries } from '../../src/pipeline/clean/read-entries.ts';
import { markRecurringLabels } from '../../src/pipeline/clean/repeated-chrome.ts';
import { linesPage as lines, blocksPage as page, removed } from './helpers.ts';

const P1 =
  'Negotiators from Varnia and Oskelund agreed on Tuesday to keep the sluice gates of the Tessel dam half open through the dry season, officials on both sides said, easing fears of a summer without water downstream.';
const P2 =
  'The interim deal runs for ninety days and sets up a joint gauge at the border bridge, where engineers from both countries will read the river level twice a day and publish the figures.';
const P3 =
  'Farmers in the lower valley have lost two harvests in three years, and the Oskelund delegation arrived in Lindhaven under pressure to bring home a guaranteed minimum flow rather than a promise.';
const P4 =
  'The harder question, how to share the reservoir in a year of drought, was left for a second round in May. Varnia wants shares fixed by rainfall, Oskelund by the number of people who depend on the river.';
const P5 =
  'A mediator from the regional water commission will draft options before then, a spokeswoman for the commission said, adding that both sides had asked for the text to remain confidential.';
const HEAD = 'Varnia and Oskelund agree to keep dam gates open through dry season';
const DEK = 'An interim deal on the Tessel river leaves the drought shares for a second round in May';

describe('a slot label printed all through the story', () => {
  it('drops the label each time, and keeps the subheading right under one of them', () => {
    const out = clean(
      lines(
        HEAD,
        DEK,
        '',
        'Story text',
        P1,
        P2,
        'ADVERTISEMENT',
        'Story continues below',
        'Story text',
        P3,
        '',
        'Story text',
        'Who gets the water in a drought',
        P4,
        'ADVERTISEMENT',
        'Story continues below',
        'Story text',
        P5,
      ),
      'text',
    );
    expect(out.text).not.toContain('Story text');
    expect(out.text).toContain('Who gets the water in a drought');
    for (const p of [P1, P2, P3, P4, P5]) expect(out.text).toContain(p);
  });

  it('leaves a line printed only twice, and copies side by side in one box, to the other rules', () => {
    const twice = readEntries(lines(P1, 'The gauge readings', P2, P3, 'The gauge readings', P4));
    expect(markRecurringLabels(twice).size).toBe(0);
    const box = readEntries(lines(P1, 'Flow', 'Flow', 'Flow', P2));
    expect(markRecurringLabels(box).size).toBe(0);
  });
});

describe('a label over the byline', () => {
  it('drops "Written by:" above the author’s name and the publication stamp', () => {
    const out = clean(
      page(HEAD, 'Written by:\nMarta Ollen\nPublished Mar 3, 2026\n4 minute read', P1, P2, P3),
      'text',
    );
    expect(out.text).not.toContain('Written by:');
    expect(out.text).not.toContain('Marta Ollen');
    expect(out.text).toContain(P1);
  });

  it('keeps a sentence ending in a colon over a name that the story goes on to discuss', () => {
    const lead = 'One name kept coming up in the corridors:';
    const out = clean(page(HEAD, P1, `${lead}\nIlse Brandt\n${P2}`, P3), 'text');
    expect(out.text).toContain(lead);
    expect(out.text).toContain(P2);
  });
});

describe('a second story loaded under "Next article"', () => {
  const NEXT1 =
    'LINDHAVEN — Fishermen on the Tessel estuary said on Tuesday that salt water had reached further upstream than at any time in living memory, blaming the low flow from the dam.';
  const NEXT2 =
    'The estuary council asked both governments for an emergency release of water before the spawning season, a request neither capital has answered so far.';
  const footer = 'About Us\nContact Us\nTerms of Use\n© 2026 Valley Courier. All rights reserved.';

  it('drops the next story, header and paragraphs, down to the footer', () => {
    const out = clean(
      page(
        HEAD,
        'By Marta Ollen\nPublished Mar 3, 2026',
        P1,
        P2,
        P3,
        P4,
        `Next article\nWorld\nSalt water creeps up the Tessel as the dam holds back the river\nBy Jon Varga\nPublished Mar 3, 2026\n3 minute read\n${NEXT1}\n${NEXT2}`,
        footer,
      ),
      'text',
    );
    expect(out.text).toContain(P4);
    expect(out.text).not.toContain('Salt water creeps up');
    expect(out.text).not.toContain(NEXT1);
    expect(out.text).not.toContain(NEXT2);
  });

  it('keeps the story after a teaser card under "Up next" that is not dated like the page', () => {
    const out = clean(
      page(
        HEAD,
        'By Marta Ollen\nPublished Mar 3, 2026',
        P1,
        P2,
        P3,
        'Up next\nSalt water creeps up the Tessel as the dam holds back the river\nBy Jon Varga\n2 days ago',
        P4,
        P5,
      ),
      'text',
    );
    expect(out.text).toContain(P4);
    expect(out.text).toContain(P5);
  });
});

describe('a comment box closed to guests', () => {
  it('drops the notice that only signed-in readers may comment', () => {
    expect(removed('You must be logged in to post a comment.')).toBe(true);
    expect(removed('You need to be signed in to join the conversation.')).toBe(true);
  });

  it('keeps a sentence of the story about who may take part in the talks', () => {
    expect(removed('You must be registered as an observer to attend the talks, the commission said.')).toBe(
      false,
    );
    expect(
      removed(
        'You must be a member of the commission to join the discussion on drought shares, which is why Varnia applied last year, the minister said.',
      ),
    ).toBe(false);
  });
});

describe('a topic label above the headline', () => {
  const topic = 'The Tessel river dispute';
  const sentenceDek =
    'The two neighbours agreed to keep the dam gates half open for ninety days. The drought shares wait for May.';

  it('takes the headline with its standfirst and byline under it, not the label above', () => {
    const out = clean(
      page(
        'News\nWorld\nBusiness',
        `Topics\n${topic}`,
        `${HEAD}\n${sentenceDek}`,
        'Marta Ollen\n03/03/2026',
        P1,
        P2,
        P3,
      ),
      'text',
    );
    expect(out.title).toBe(HEAD);
    expect(out.text).not.toContain(topic);
    expect(out.text).toContain(sentenceDek);
  });

  it('does not pass over the story’s first paragraph to reach a byline below it', () => {
    const out = clean(
      page('News\nWorld\nBusiness', `${HEAD}\n${P1}`, 'Marta Ollen\n03/03/2026', P2, P3),
      'text',
    );
    expect(out.title).toBe(HEAD);
    expect(out.text).toContain(P1);
  });
});

describe('a standfirst in title case', () => {
  const TITLE =
    'Commission Endorses Interim Deal on Tessel Dam, Sets Up Joint Gauge at Border Bridge and Defers Drought Shares to Second Round';
  const TITLE_DEK = 'Oskelund Abstains on Annex; Delegates Stress Drought Shares Must Follow by May';

  it('keeps a title-case standfirst under a title-case headline, over the story', () => {
    const out = clean(page('Home\nPress Releases', `${TITLE}\n${TITLE_DEK}`, P1, P2, P3), 'text');
    expect(out.title).toBe(TITLE);
    expect(out.text).toContain(TITLE_DEK);
  });

  it('drops a title-case author line over its stamp', () => {
    const author = 'Marta Ollen, Chief Water Correspondent, Valley Courier Lindhaven Bureau';
    const out = clean(
      page('Home\nPress Releases', `${TITLE}\n${author}\nPublished Mar 3, 2026`, P1, P2, P3),
      'text',
    );
    expect(out.title).toBe(TITLE);
    expect(out.text).not.toContain(author);
  });
});

describe('a caption credited to two agencies', () => {
  it('takes a description closed by two agencies joined by a hyphen for a caption', () => {
    expect(
      isCaption('Farmers inspect a dry irrigation canal near the Tessel dam on March 2. (Reuters-Yonhap)'),
    ).toBe(true);
    expect(isCaption('Engineers read the gauge at the border bridge. (AFP-Jiji)')).toBe(true);
  });

  it('leaves a sentence citing a poll in brackets with no stop before it', () => {
    expect(
      isCaption('Most farmers in the valley back the deal, according to a survey (AP-NORC Center)'),
    ).toBe(false);
  });
});

describe('the small print under a release’s end mark', () => {
  it('drops the short note under the last asterisks of the page', () => {
    const note = 'For the press only. Not a verbatim record.';
    const out = clean(page(HEAD, P1, P2, P3, P4, P5, '* *** *', note, 'Download\nPDF'), 'text');
    expect(out.text).not.toContain(note);
    expect(out.text).toContain(P5);
  });

  it('keeps a section after a break of asterisks, and a short closing line of a shorter story', () => {
    const coda = 'By dusk the gates were half open again.';
    const out = clean(page(HEAD, P1, P2, P3, P4, '* * *', P5, coda), 'text');
    expect(out.text).toContain(P5);
    expect(out.text).toContain(coda);
    const short = clean(page(HEAD, P1, P2, '* * *', coda), 'text');
    expect(short.text).toContain(coda);
  });
});
