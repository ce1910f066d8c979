/** Content that looks a little like boilerplate must be kept. */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean/index.ts';

const para = (s: string) =>
  `Officials in Kyiv said on Tuesday that the delegation would return to the capital before the weekend to brief the president. ${s}`;

describe('negative cases: kept as article text', () => {
  it('a one-line quote paragraph', () => {
    const text = [para(''), '“We will not give up our land,” he said.', para('')].join('\n\n');
    expect(clean(text, 'text').text).toContain('“We will not give up our land,” he said.');
  });

  it('short sentences ending with a period', () => {
    const text = [para(''), 'He declined to comment.', 'Talks resume Monday.', para('')].join('\n\n');
    const out = clean(text, 'text').text;
    expect(out).toContain('He declined to comment.');
    expect(out).toContain('Talks resume Monday.');
  });

  it("a list of the plan's points inside the article body", () => {
    const text = [
      'According to the draft seen by reporters, the plan would:',
      '',
      '- cap Ukraine’s armed forces at 600,000',
      '- bar Ukraine from joining NATO',
      '- freeze the front line in Kherson and Zaporizhzhia',
      '- hold elections within 100 days',
      '',
      para(''),
    ].join('\n');
    const out = clean(text, 'markdown').text;
    for (const item of [
      'cap Ukraine’s armed forces at 600,000',
      'bar Ukraine from joining NATO',
      'hold elections within 100 days',
    ])
      expect(out).toContain(item);
  });

  it('a numbered list of provisions written as sentences', () => {
    const text = [
      para(''),
      '1. Ukraine would not join NATO.',
      '2. Russia would return to the G8.',
      '3. Sanctions would be lifted in stages.',
    ].join('\n');
    const out = clean(text, 'text').text;
    expect(out).toContain('2. Russia would return to the G8.');
  });

  it('a subheading between two paragraphs', () => {
    const text = [para(''), 'Moscow remains sceptical', para('Peskov said Moscow would wait.')].join('\n\n');
    expect(clean(text, 'text').text.split('\n\n')[1]).toBe('Moscow remains sceptical');
  });

  it('sentences that mention sharing, following, comments, Reuters or photos', () => {
    const lines = [
      'Follow-up talks are planned in Abu Dhabi later this week, two officials said.',
      'Comments by Peskov on Wednesday suggested the Kremlin was in no hurry.',
      'Search teams were still working in the damaged building in Ternopil on Thursday.',
      'Reuters reported that the two sides would share a draft text by Friday.',
      'Read closely, the statement says nothing about territory.',
      'The photo of the two envoys shaking hands was published by the Kremlin.',
    ];
    const out = clean([para(''), ...lines].join('\n\n'), 'text').text;
    for (const l of lines) expect(out).toContain(l);
  });

  it('a dateline with an agency name at the start of the first paragraph', () => {
    const text =
      'KYIV (Reuters) - Ukraine will not accept any deal that requires it to hand over territory, the foreign minister said on Wednesday.';
    expect(clean(text, 'text').text).toBe(text);
  });

  it('a paragraph that ends in an ellipsis inside a quote', () => {
    const text =
      '“We are close, but ...” Witkoff said, before stopping himself and declining to give any further detail.';
    expect(clean(text, 'text').text).toBe(text);
  });

  it('a short paragraph repeated with different wording is not a duplicate', () => {
    const a = 'The Kremlin said it had not received the plan.';
    const b = 'The Kremlin said it had not yet received the revised plan.';
    const out = clean([para(''), a, b].join('\n\n'), 'text').text;
    expect(out).toContain(a);
    expect(out).toContain(b);
  });

  it('a question as a one-line paragraph in the middle of the article', () => {
    const text = [para(''), 'What changed?', para('The cap on the army was raised.')].join('\n\n');
    expect(clean(text, 'text').text).toContain('\n\nWhat changed?\n\n');
  });
});

describe('negative cases for the round-3 rules', () => {
  it('a short headline list with abbreviations is not taken for a cut-off paragraph', () => {
    const page = [
      para('Talks resumed in Geneva on Monday with both delegations present for the first time in weeks'),
      '',
      'Most popular',
      '',
      'U.S. Senate passes stopgap funding bill. Markets rise on news',
      'E.U. weighs new tariffs on steel imports',
    ].join('\n');
    const out = clean(page, 'text').text;
    expect(out).not.toContain('stopgap');
  });

  it('a one-line body whose sentences end on dates in the past tense loses nothing', () => {
    const line = [
      'The first round of talks opened in Istanbul on March 10, 2025.',
      'Delegations exchanged draft texts after two days and agreed to meet again.',
      'A second round followed in Geneva on May 2, 2025.',
      'Negotiators described the atmosphere as businesslike but said the gaps remained wide.',
      'The third round was postponed twice before it finally opened on Nov. 14, 2025.',
      'Officials from both sides said the talks would continue after the winter holidays.',
    ].join('');
    const out = clean(line, 'text').text;
    for (const s of ['March 10, 2025', 'May 2, 2025', 'Nov. 14, 2025']) expect(out).toContain(s);
  });
});
