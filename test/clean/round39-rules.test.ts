/**
 * Rules added after blind rounds 39 and 40 (test/fixtures/clean/heldout/round39, round40; first scores
 * 96.2 / 93.5 and 95.6 / 97.3): a headline lost under sentences of the site's chrome above it (a sign-up
 * line that reads as prose stopped the search for the headline); a "Key points" box under a standfirst;
 * a paragraph ending on a footnote's mark; a one-word subheading right after an app's advert break; and
 * kept boilerplate: a share bar without separators, a newsletter pitch (alone and glued in), an audio
 * note, captions (credit in brackets, "File photo", italic captions repeating the picture's text), a
 * comment section's names rule, an advert slot, app prompts, a glued "ALSO READ" pointer and a
 * reproduction notice. Each rule beside a near miss it must leave alone. Pages about an invented
 * negotiation over a shared reservoir between Varnia and Kolesk, in our own words.
 */
import { describe, expect, it } from 'vitest';
import { isCaption } from '../../src/pipeline/clean/captions.ts';
import { stripInline } from '../../src/pipeline/clean/flattened.ts';
import { clean } from '../../src/pipeline/clean/index.ts';
import { isProse } from '../../src/pipeline/clean/prose.ts';
import { linesPage as lines, blocksPage as page, removed } from './helpers.ts';

const HEAD = 'Varnia and Kolesk agree to share sluice readings at first direct talks in four years';
const P1 =
  'TAMSA — Negotiators from Varnia and Kolesk met on Friday for their first direct talks since the flood of 2021, and left with one firm result: a promise to share sluice readings every week.';
const P2 =
  'The river commission hosted the meeting after farmers on both banks warned that another dry summer would ruin the spring sowing, and its chair opened the session.';
const P3 =
  'Kolesk officials said the spring draw-down would be discussed again next month, once both sides had set out their own figures.';
const SIGNUP = 'Sign up for our morning briefing and get the news first.';

describe('chrome sentences above the headline', () => {
  const menu = ['The Tamsa Ledger', 'Home', 'World', 'Europe', 'Business', 'Opinion', 'Newsletters'];

  it('passes over them to the headline with its author and stamp, and drops their repeats', () => {
    const r = clean(
      lines(
        ...menu,
        SIGNUP,
        "Read today's print edition as it appeared on the page.",
        'World › Europe › Reservoir dispute',
        SIGNUP,
        HEAD,
        'Ilse Marend in Tamsa and Piet Oran',
        'Fri 16 May 2025 18.42 BST',
        P1,
        P2,
        P3,
        'Most viewed',
        SIGNUP,
      ),
      'text',
    );
    expect(r.title).toBe(HEAD);
    expect(r.text).toContain(HEAD);
    expect(r.text).toContain(P1);
    expect(r.text).not.toContain('Sign up for our morning');
    expect(r.text).not.toContain('print edition');
  });

  it('keeps a sentence that opens the page: it sits under no menu', () => {
    const opening = 'The sluice gates at Tamsa opened again on Friday.';
    const r = clean(
      lines(opening, HEAD, 'Ilse Marend in Tamsa', 'Fri 16 May 2025 18.42 BST', P1, P2),
      'text',
    );
    expect(r.text).toContain(opening);
    expect(r.text).toContain(P1);
  });

  it('keeps a story that opens with a short sentence over a line with no byline under it', () => {
    const opening = 'The sluice gates at Tamsa opened again on Friday.';
    const r = clean(lines(...menu, opening, 'Farmers on both banks wait for the readings', P2, P3), 'text');
    expect(r.text).toContain(opening);
    expect(r.text).toContain(P2);
  });
});

describe('a box of summary points under the standfirst', () => {
  const head = blocksPage(
    'Belvo reservoir talks end with a deal on readings but no draw-down schedule',
    'After running past their deadline, negotiators signed off on a package that farmers say leaves the hardest question open',
    lines(
      'By Ilse Marend',
      'November 22, 2025 9:45 PM UTC',
      '4 min read',
      'Share  Facebook  X  Email  Copy link',
    ),
  );
  function blocksPage(...b: string[]): string {
    return page(...b);
  }

  it('keeps the points when they are sentences about the story', () => {
    const points = [
      '• The final text sets weekly sluice readings for both sides from March',
      '• There is no schedule for the spring draw-down in the formal decision',
      '• The commission says it will draft a schedule of its own by June',
    ];
    const r = clean(page(head, lines('Key points', ...points), P1, P2, P3), 'text');
    expect(r.text).toContain('Key points');
    expect(r.text).toContain('The final text sets weekly sluice readings for both sides from March');
    expect(r.text).toContain('The commission says it will draft a schedule of its own by June');
    expect(r.text).not.toContain('Copy link');
  });

  it('still drops a list of related headlines in the same place', () => {
    const r = clean(
      page(
        head,
        lines(
          'More on this story',
          'Tamsa Farmers Brace For Dry Summer',
          'Kolesk Names New River Envoy',
          'Five Charts On The Reservoir',
        ),
        P1,
        P2,
        P3,
      ),
      'text',
    );
    expect(r.text).not.toContain('Tamsa Farmers Brace');
    expect(r.text).toContain(P1);
  });
});

describe('a footnote mark after the stop', () => {
  it('still reads as a sentence', () => {
    expect(
      isProse('The growers union has asked the ministry for a one-year pause on loan repayments.¹'),
    ).toBe(true);
    expect(isProse('The growers union has asked the ministry for a pause on loan repayments.[2]')).toBe(true);
  });
  it('does not make a label a sentence', () => {
    expect(isProse('Our Standards And Trust Principles¹')).toBe(false);
    expect(isProse('Farm and loan relief for growers¹')).toBe(false);
  });
  it('keeps the paragraph in a page', () => {
    const footnoted =
      'The growers union has asked the ministry for interest relief on packing credit and a one-year pause on loan repayments.¹';
    const r = clean(page(HEAD, P1, 'Relief', footnoted, P2, P3), 'text');
    expect(r.text).toContain(footnoted);
  });
});

describe('a subheading right after an app advert break', () => {
  const advert = [
    'ADVERTISEMENT',
    'Get breaking news alerts on your phone',
    'Download the free Tamsa Ledger News app from the App Store or Google Play. Turn on notifications so you never miss a story.',
    'Download on the App Store',
    'Get it on Google Play',
  ];
  const P4 =
    'Readings were only part of the dispute. Kolesk has pushed for a say in how the upper sluice is run, which Varnia says would hand its neighbour a veto over every release.';

  it('keeps the subheading and drops the advert', () => {
    const r = clean(lines(HEAD, 'By Ilse Marend', P1, P2, ...advert, 'Automation', P4, P3), 'text');
    expect(r.text).toContain('Automation');
    expect(r.text).toContain(P4);
    expect(r.text).not.toContain('breaking news alerts');
    expect(r.text).not.toContain('Tamsa Ledger News app');
    expect(r.text).not.toContain('Google Play');
  });

  it('still drops the last button of a tool bar under the headline', () => {
    const r = clean(
      lines(HEAD, 'By Ilse Marend', 'Share this article', 'Save for later', 'Gift', P1, P2),
      'text',
    );
    expect(r.text).not.toContain('Gift');
    expect(r.text).toContain(P1);
  });
});

describe('line rules', () => {
  it('drops a share bar without separators, not a heading that opens on "Share"', () => {
    expect(removed('Share  Facebook  X  WhatsApp  Email  Copy link')).toBe(true);
    expect(removed('Share of water taken by Kolesk farms falls')).toBe(false);
  });

  it('drops a pitch for news delivered to your inbox, not a sentence about delivery', () => {
    expect(removed('Get the latest reservoir news delivered to your inbox. Sign up here.')).toBe(true);
    expect(removed('The ministry said the forms would be delivered to each farm by post next week.')).toBe(
      false,
    );
  });

  it('cuts the same pitch glued between two sentences', () => {
    const out = stripInline(
      'The commission said no date had been set for the next round of talks. Get the latest reservoir news delivered to your inbox. Sign up here. The readings will be published every Monday.',
    );
    expect(out?.text).toBe(
      'The commission said no date had been set for the next round of talks. The readings will be published every Monday.',
    );
  });

  it("drops the audio version's note, not a story about speech software", () => {
    expect(
      removed(
        'The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence.',
      ),
    ).toBe(true);
    expect(
      removed('The commission began testing text-to-speech software for its flood warnings last year.'),
    ).toBe(false);
  });

  it("drops a comment section's names rule, not a treaty's", () => {
    expect(
      removed(
        'To encourage thoughtful and respectful conversations, first and last names will appear with each submission.',
      ),
    ).toBe(true);
    expect(removed('Full names will appear in the annex to the water treaty, officials said.')).toBe(false);
  });

  it('drops a reproduction notice, not a sentence about reproducing maps', () => {
    expect(
      removed(
        'The Tamsa Ledger is a service of Ledger Group. Reproduction of this content without authorization is prohibited.',
      ),
    ).toBe(true);
    expect(removed('The reproduction of the old river maps was paid for by the commission last year.')).toBe(
      false,
    );
  });

  it('drops an advert slot and app prompts, not a sentence that starts like them', () => {
    expect(removed('Story continues below this ad')).toBe(true);
    expect(removed('Get breaking news alerts on your phone')).toBe(true);
    expect(removed('Get it on Google Play')).toBe(true);
    expect(
      removed('Download the free Tamsa Ledger News app from the App Store. Turn on notifications.'),
    ).toBe(true);
    expect(
      removed('Officials urged residents to download the free river level app before the spring floods.'),
    ).toBe(false);
    expect(removed('Getting the alerts out faster')).toBe(false);
  });

  it('takes "File photo" after a caption\'s stop as a credit, not inside a sentence', () => {
    expect(isCaption('A worker checks the upper sluice at Tamsa. File photo')).toBe(true);
    expect(isCaption('The commission kept a file photo of the old sluice.')).toBe(false);
  });
});

describe('captions', () => {
  it('drops a caption over its bracketed credit, the two alone in their block', () => {
    const caption =
      'Varnia’s envoy takes questions from reporters outside the commission building last week.';
    const r = clean(page(HEAD, P1, lines(caption, '(Ilse Marend/Radio Tamsa)'), P2, P3), 'text');
    expect(r.text).not.toContain(caption);
    expect(r.text).not.toContain('Radio Tamsa');
    expect(r.captions).toContain(caption);
  });

  it('keeps a paragraph whose block goes on after the bracketed line', () => {
    const r = clean(page(HEAD, P1, lines(P2, '(Ilse Marend/Radio Tamsa)', P3)), 'text');
    expect(r.text).toContain(P2);
  });

  it('drops an italic line under a picture that repeats its description', () => {
    const md = page(
      `# ${HEAD}`,
      P1,
      '![Farmers gather on the dam road at Tamsa after the news spread. (Photo: Agency pool)](https://img.example/dam.jpg)',
      '*Farmers gather on the dam road at Tamsa after the news spread. Agency pool*',
      P2,
      P3,
    );
    const r = clean(md, 'markdown');
    expect(r.text).not.toContain('Farmers gather on the dam road');
    expect(r.text).toContain(P2);
  });

  it('keeps an italic line under a picture that says something else', () => {
    const note =
      '*This article was updated to correct the date of the next round of talks, which is in June.*';
    const md = page(
      `# ${HEAD}`,
      P1,
      '![Farmers gather on the dam road at Tamsa. (Photo: Agency pool)](https://img.example/dam.jpg)',
      note,
      P2,
    );
    const r = clean(md, 'markdown');
    expect(r.text).toContain('which is in June');
  });
});

describe('a pointer glued between two sentences', () => {
  it('cuts "ALSO READ: …" up to the next sentence', () => {
    const out = stripInline(
      'Negotiators had reached an outline in 2019, but it stalled over the draw-down. ALSO READ: Growers watch Tamsa sluice rules closely The version agreed on Friday adds weekly readings that both sides call binding.',
    );
    expect(out?.text).toBe(
      'Negotiators had reached an outline in 2019, but it stalled over the draw-down. The version agreed on Friday adds weekly readings that both sides call binding.',
    );
  });

  it('leaves a label that follows no stop', () => {
    const line =
      'The memo was filed under Also read: The annex and the minutes were both attached for the delegates to study before the talks.';
    expect(stripInline(line)?.text ?? line).toBe(line);
  });
});
