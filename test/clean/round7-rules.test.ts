/**
 * Rules added after the seventh blind round (test/fixtures/clean/heldout/round7): each on a short page in
 * news-wire style, next to the content that must survive it, plus near misses that must not be taken for
 * boilerplate.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean/index.ts';
import { linesPage as page, removed } from './helpers.ts';

const HEAD = 'Envoys agree on a short pause in strikes on power plants';
const P1 =
  'Negotiators from both sides agreed on Tuesday to stop targeting power stations for a month, two officials involved in the talks said.';
const P2 = 'The pause would be checked by a joint commission meeting each week in a neutral capital.';
const P3 = 'Neither government has said when the next round of talks will take place.';

describe('media players and audio widgets', () => {
  it('removes running times, durations, "Now playing" and speed toggles', () => {
    for (const t of [
      'Video Duration 02:14',
      'Duration 2 minutes 14 seconds',
      '00:00 / 04:32',
      '1:48',
      '1x',
      'Now playing',
    ])
      expect(removed(t), t).toBe(true);
  });

  it('keeps a sentence about how long something lasted', () => {
    expect(removed('The duration of the truce is 30 days, the draft says.')).toBe(false);
    expect(removed('Talks lasted 14 hours.')).toBe(false);
  });
});

describe('copyright notices in several wordings', () => {
  it('removes a copyright sentence that says what may not be done with the page', () => {
    expect(
      removed('Copyright 2025 Channel Nine. This material may not be published, broadcast or redistributed.'),
    ).toBe(true);
    expect(removed('(c) Example Herald, 2025. All rights reserved.')).toBe(true);
  });

  it('keeps a sentence about a copyright dispute', () => {
    expect(
      removed(
        'The copyright 2019 law was amended after a court ruled that the rights of authors had been ignored.',
      ),
    ).toBe(false);
  });
});

describe('reader prompts', () => {
  it('removes skip links, edition pickers, AMP/print switches, alerts and paywall meters', () => {
    for (const t of [
      'Jump to main content',
      'Select your region',
      'Change edition: US | UK | Asia',
      'View AMP version',
      'Switch to the desktop site',
      'Enable notifications to get breaking news first',
      "You've read 3 of 5 free articles this month.",
      'This live blog has now closed. Read our full report here.',
      "We've paused our live coverage for now.",
    ])
      expect(removed(t), t).toBe(true);
  });

  it('keeps sentences that merely contain the same words', () => {
    expect(
      removed('Troops were ordered to jump to positions along the river before dawn, a commander said.'),
    ).toBe(false);
    expect(removed('The ministry said it would select a region for the pilot scheme next year.')).toBe(false);
    expect(removed('Officials have read 3 of 5 chapters of the draft, a diplomat said.')).toBe(false);
  });
});

describe('donation appeals', () => {
  it('removes appeals at a sentence start and in stock phrasing', () => {
    for (const t of [
      'Help us keep reporting from the front line. Donate today',
      'Give once or monthly, from just $2. It takes less than a minute.',
      'Our journalism is funded by readers. Please consider a donation of any size.',
      'Become a member for $4 a month.',
    ])
      expect(removed(t), t).toBe(true);
  });

  it('keeps news sentences about donations and membership', () => {
    expect(
      removed('Norway pledged to donate $50 million to the reconstruction fund, its minister said.'),
    ).toBe(false);
    expect(
      removed('Kyiv still hopes to become a member of the alliance within a decade, officials said.'),
    ).toBe(false);
  });
});

describe('"Read the latest on X:" pointers', () => {
  it('removes the pointer and the headlines under it, keeps the story', () => {
    const r = clean(
      page(
        HEAD,
        '',
        P1,
        '',
        P2,
        '',
        P3,
        '',
        'Read the latest on the energy talks:',
        'Grid operators brace for a cold week',
        'Inside the talks on the power truce',
      ),
      'text',
    );
    expect(r.text).toContain(P3);
    expect(r.text).not.toContain('Read the latest');
    expect(r.text).not.toContain('Grid operators brace');
  });
});

describe('poll widgets', () => {
  const poll = [
    'Poll',
    'Will the pause hold through winter?',
    'Yes',
    'No',
    'Not sure',
    'Vote',
    'View results',
  ];

  it('removes the widget and keeps the live-blog entry heading after it', () => {
    const r = clean(
      page(HEAD, '', P1, '', ...poll, '', '11:20 GMT', 'Second day of talks begins', '', P2, '', P3),
      'text',
    );
    expect(r.text).not.toContain('Will the pause hold');
    expect(r.text).not.toMatch(/\bNot sure\b/);
    expect(r.text).toContain('Second day of talks begins');
    expect(r.text).toContain(P2);
  });

  it('keeps a Q&A subheading question with no vote control', () => {
    const r = clean(page(HEAD, '', P1, '', 'Will the pause hold?', '', P2, '', P3), 'text');
    expect(r.text).toContain('Will the pause hold?');
  });
});

describe('author bio after the story, when the byline sits below a standfirst', () => {
  it('removes the bio of the author named in the byline, keeps the last paragraph', () => {
    const r = clean(
      page(
        HEAD,
        '',
        'The deal settles one narrow dispute. The wider questions remain open.',
        '',
        'By Ana Vidal',
        'Energy correspondent',
        '',
        P1,
        '',
        P2,
        '',
        P3,
        '',
        'Ana Vidal is the energy correspondent of The Example Review. She has covered the region since 2015.',
        '',
        'Our journalism is funded by readers. Please consider a donation of any size.',
      ),
      'text',
    );
    expect(r.text).toContain(P3);
    expect(r.text).not.toContain('Ana Vidal is the energy correspondent');
  });
});

describe('content that looks like boilerplate', () => {
  it('keeps "Here is what we know:" and the list under it, a one-word paragraph and a short quote', () => {
    const r = clean(
      page(
        HEAD,
        '',
        P1,
        '',
        'Here is what we know:',
        '',
        '- The pause covers power plants and substations only',
        '- It would last thirty days and could be renewed',
        '',
        'Quiet.',
        '',
        'That was how one engineer described the grid on the first night.',
        '',
        '"We are not there yet."',
        '',
        P3,
      ),
      'text',
    );
    for (const t of [
      'Here is what we know:',
      'The pause covers power plants',
      'Quiet.',
      '"We are not there yet."',
      P3,
    ])
      expect(r.text).toContain(t);
  });
});
