import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './run.ts';

describe('reported speech', () => {
  it('takes "X said that …" with the clause as text', () => {
    const text = 'Rubio said on Sunday that the revised framework now had nineteen points.';
    const q = find(quotesOf(text), 'revised framework', 'indirect');
    expect(q.text).toBe('the revised framework now had nineteen points');
    expect(q.speaker).toBe('marco-rubio');
    expect(q.cue?.text).toBe('said');
    expect(q.dateRule).toBe('cue-time');
    expect(q.date).toBe('2025-11-23');
  });

  it('takes a reported clause without "that" and an addressee', () => {
    const text = 'Peskov told reporters the Kremlin had not received any new version of the document.';
    const q = find(quotesOf(text), 'new version', 'indirect');
    expect(q.text).toBe('the Kremlin had not received any new version of the document');
    expect(q.speaker).toBe('dmitry-peskov');
    expect(q.cue?.text).toBe('told reporters');
  });

  it('takes "According to X, …" and "…, according to X"', () => {
    const text =
      'According to Peskov, the envoy will arrive in Moscow next week. The delegations met for six hours, according to Umerov.';
    const qs = quotesOf(text);
    const a = find(qs, 'envoy will arrive', 'indirect');
    expect(a.text).toBe('the envoy will arrive in Moscow next week');
    expect(a.speaker).toBe('dmitry-peskov');
    expect(a.cue?.text).toBe('According to');
    const b = find(qs, 'met for six hours', 'indirect');
    expect(b.text).toBe('The delegations met for six hours');
    expect(b.speaker).toBe('rustem-umerov');
  });

  it('takes a trailing attribution and stops the clause before it', () => {
    const text =
      'The talks had stalled over the future of the Zaporizhzhia plant, two European diplomats said.';
    const q = find(quotesOf(text), 'talks had stalled', 'indirect');
    expect(q.text).toBe('The talks had stalled over the future of the Zaporizhzhia plant');
    expect(q.speaker).toBeNull();
    expect(q.unnamed?.description).toBe('two European diplomats');
  });

  it('takes "X accused Y of …" and "X warned …"', () => {
    const text =
      'Lavrov accused European capitals of trying to wreck the American initiative. Kallas warned that a rushed deal would only invite another invasion.';
    const qs = quotesOf(text);
    const a = find(qs, 'wreck the American initiative', 'indirect');
    expect(a.speaker).toBe('sergei-lavrov');
    expect(a.cue?.text).toBe('accused');
    const b = find(qs, 'rushed deal', 'indirect');
    expect(b.text).toBe('a rushed deal would only invite another invasion');
    expect(b.speaker).toBe('kaja-kallas');
  });

  it('gives a participle cue the subject of the main clause', () => {
    const text =
      'Zelensky addressed the nation on Friday evening, saying that Ukraine faced one of the hardest moments in its history.';
    const q = find(quotesOf(text), 'hardest moments', 'indirect');
    expect(q.speaker).toBe('volodymyr-zelensky');
  });

  it('resolves "he" in a reported statement', () => {
    const text =
      'Witkoff flew to Moscow on Tuesday. He said the meeting with the Russian leader had gone well.';
    const q = find(quotesOf(text), 'meeting with the Russian leader', 'indirect');
    expect(q.speaker).toBe('steve-witkoff');
    expect(q.speakerSpan?.text).toBe('He');
  });
});
