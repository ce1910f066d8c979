import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './run.ts';

describe('direct quotes', () => {
  it('takes curly quotes with the speaker after, and the date of the cue', () => {
    const text =
      'KYIV — Talks on the draft resumed in Geneva.\n\n“We will not trade our territory for a pause in the shelling,” Zelensky said on Tuesday.';
    const q = find(quotesOf(text), 'trade our territory');
    expect(q.kind).toBe('direct');
    expect(q.text).toBe('We will not trade our territory for a pause in the shelling');
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.speaker).toBe('volodymyr-zelensky');
    expect(q.cue?.text).toBe('said');
    expect(q.date).toBe('2025-11-25');
    expect(q.dateRule).toBe('cue-time');
    expect(q.scare).toBe(false);
  });

  it('takes straight quotes with an inverted attribution and an apposition', () => {
    const text = '"Nobody in Moscow has seen a final text," said Dmitry Peskov, the Kremlin spokesman.';
    const q = find(quotesOf(text), 'final text');
    expect(q.speaker).toBe('dmitry-peskov');
    expect(q.speakerSpan?.text).toBe('Dmitry Peskov, the Kremlin spokesman');
    expect(q.dateRule).toBe('article-date');
    expect(q.date).toBe('2025-11-26');
  });

  it('attributes to the head of the phrase nearest the cue, not to the possessor or title', () => {
    const text =
      'Putin spokesperson Dmitry Peskov told reporters: “The document still needs serious work before any meeting.”';
    const q = find(quotesOf(text), 'serious work');
    expect(q.speaker).toBe('dmitry-peskov');
    expect(q.speakerSpan?.text).toBe('Putin spokesperson Dmitry Peskov');
    expect(q.cue?.text).toBe('told reporters');
  });

  it('joins a quote split by its attribution into one quote with two parts', () => {
    const text =
      '“The Europeans have their own ideas about the text,” Trump said. “We will listen to them, but the deadline stands.”';
    const qs = quotesOf(text).filter((x) => x.kind === 'direct');
    expect(qs).toHaveLength(1);
    const q = qs[0];
    expect(q?.speaker).toBe('donald-trump');
    expect(q?.parts).toHaveLength(2);
    expect(text.slice(q?.parts?.[1]?.start, q?.parts?.[1]?.end)).toBe(
      'We will listen to them, but the deadline stands.',
    );
  });

  it('runs a quote over paragraphs when the next paragraph reopens it', () => {
    const text =
      'Zelensky wrote on X: “Ukraine will sign nothing that rewards the invasion. We want guarantees that hold.\n\n“Without them, the next war is only a matter of time.”';
    const qs = quotesOf(text).filter((x) => x.kind === 'direct');
    expect(qs).toHaveLength(1);
    const q = qs[0];
    expect(q?.speaker).toBe('volodymyr-zelensky');
    expect(q?.cue?.text).toBe('wrote on X');
    expect(q?.parts).toHaveLength(2);
    expect(q?.text.endsWith('only a matter of time.')).toBe(true);
  });

  it('takes guillemets and keeps nested quotes inside the outer one', () => {
    const text =
      '«Nobody should call this plan a ‘capitulation’ before reading it,» Rubio told reporters in Geneva.';
    const qs = quotesOf(text).filter((x) => x.kind === 'direct' && !x.scare);
    expect(qs).toHaveLength(1);
    expect(qs[0]?.text).toBe('Nobody should call this plan a ‘capitulation’ before reading it');
    expect(qs[0]?.speaker).toBe('marco-rubio');
  });

  it('reads single quotes as quotation marks in a headline', () => {
    const text =
      "Zelensky says Ukraine 'will not give up its land under any plan'\n\nKYIV — The president spoke late on Monday.";
    const q = find(quotesOf(text), 'will not give up', 'direct');
    expect(q.text).toBe('will not give up its land under any plan');
    expect(q.speaker).toBe('volodymyr-zelensky');
  });

  it('continues the speaker of the previous paragraph in a paragraph that is only a quote', () => {
    const text =
      '“We have made real progress on the security guarantees,” Rubio said after the meeting.\n\n“There is still work to do on territory, and nobody is pretending otherwise.”';
    const q = find(quotesOf(text), 'still work to do');
    expect(q.speaker).toBe('marco-rubio');
    expect(q.rule).toBe('direct-continuation');
  });

  it('resolves he/she to the nearest preceding person who agrees', () => {
    const text =
      'Kaja Kallas met the Ukrainian delegation in Brussels on Monday. “Any deal must have Ukraine and Europe at the table,” she said.';
    const q = find(quotesOf(text), 'at the table');
    expect(q.speaker).toBe('kaja-kallas');
    expect(q.speakerSpan?.text).toBe('she');
  });

  it('takes an organization as the speaker', () => {
    const text =
      '“The meeting in Abu Dhabi was useful but produced no breakthrough,” the Kremlin said in a statement.';
    const q = find(quotesOf(text), 'no breakthrough');
    expect(q.speaker).toBe('russia');
    expect(q.cue?.text).toBe('said in a statement');
  });

  it('records an unnamed source with its side', () => {
    const text =
      '“The Americans are pushing us to decide before the holidays,” a senior Ukrainian official told CNN.';
    const q = find(quotesOf(text), 'before the holidays');
    expect(q.speaker).toBeNull();
    expect(q.unnamed).toEqual({ side: 'ukraine', description: 'senior Ukrainian official' });
    expect(q.cue?.text).toBe('told CNN');
  });

  it('reads the NYT convention of doubled apostrophes as a double quote', () => {
    const text = "''We expect an answer from Kyiv this week,'' Witkoff said.";
    const q = find(quotesOf(text), 'answer from Kyiv');
    expect(q.text).toBe('We expect an answer from Kyiv this week');
    expect(q.speaker).toBe('steve-witkoff');
  });
});
