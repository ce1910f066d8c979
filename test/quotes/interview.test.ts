/**
 * Interviews printed as questions and answers: the answer is the interviewee's, not the party the
 * question names. Passages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './run.ts';

const intro =
  'Kaja Kallas, the EU foreign policy chief, spoke to our correspondent in Brussels on Thursday about the revised framework.';

describe('interview answers', () => {
  it('gives a quoted answer under a question to the interviewee, not to the party the question names', () => {
    const text = [
      'Kallas: Europe will not pay for a deal it did not shape',
      intro,
      'Does Russia accept the new draft as a basis for talks?',
      '“Moscow has said nothing of the kind. It still wants the whole of Donetsk.”',
      'And the frozen assets?',
      '“They stay frozen until Russia pays for the damage it has done.”',
    ].join('\n\n');
    const qs = quotesOf(text);
    expect(find(qs, 'Moscow has said nothing').speaker).toBe('kaja-kallas');
    expect(find(qs, 'They stay frozen').speaker).toBe('kaja-kallas');
  });

  it('reads "A:" paragraphs under "Q:" as the interviewee’s quotes', () => {
    const text = [
      'An interview on guarantees',
      'Our correspondent sat down with Kaja Kallas in Brussels on Thursday.',
      'Q: Will Europe send troops?',
      'A: Some states are ready to. Others want an American backstop first.',
    ].join('\n\n');
    const a = find(quotesOf(text), 'Some states are ready to');
    expect(a.speaker).toBe('kaja-kallas');
    expect(a.text).toBe('Some states are ready to. Others want an American backstop first.');
  });

  it('reads an "A:" answer that reports something said as the interviewee’s, inner clause included', () => {
    const text = [
      'An interview on the truce',
      'Our correspondent sat down with Kaja Kallas in Brussels on Thursday.',
      'Q: Moscow says a truce must wait for a full settlement.',
      'A: We have said many times that the first step must be a truce. We also want every prisoner home.',
    ].join('\n\n');
    const qs = quotesOf(text);
    const a = find(qs, 'We have said many times');
    expect(a.kind).toBe('direct');
    expect(a.speaker).toBe('kaja-kallas');
    // The reported clause inside the answer is hers as well, not nobody's.
    expect(find(qs, 'the first step must be a truce', 'indirect').speaker).toBe('kaja-kallas');
  });

  it('leaves a quote after a rhetorical question in an ordinary story alone', () => {
    const text = [
      'Talks resume in Geneva',
      'What will Moscow make of the revised text? Diplomats were unsure on Thursday.',
      '“Nobody knows yet,” one European diplomat said.',
    ].join('\n\n');
    const q = find(quotesOf(text), 'Nobody knows yet');
    expect(q.speaker).toBeNull();
    expect(q.unnamed?.side).toBe('eu');
  });

  it('attributes nothing when the article names no interviewee', () => {
    const text = [
      'Questions on the plan',
      'Does Russia accept the new draft?',
      '“It still wants the whole of Donetsk.”',
    ].join('\n\n');
    expect(find(quotesOf(text), 'It still wants').speaker).toBeNull();
  });

  it('does not take a person negotiators "sat down with" for the interviewee', () => {
    const text = [
      'A negotiator on the Berlin talks',
      'Ukrainian negotiators sat down with Steve Witkoff in Berlin on Sunday for five hours.',
      'Q: Will Kyiv hold elections?',
      'A: Only once the guns fall silent and the vote can be held safely.',
    ].join('\n\n');
    expect(quotesOf(text).filter((q) => q.speaker === 'steve-witkoff')).toEqual([]);
  });
});
