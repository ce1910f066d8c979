/**
 * The fast stance-cue scan (stance-predicates.ts findPredicates): cues tried only where one of their
 * openings stands, on the case-folded text. It must find exactly what one global scan with the whole
 * alternation (STANCE_RE) finds: the leftmost match, and at one position the earliest cue.
 */
import { describe, expect, it } from 'vitest';
import { STANCE_CUES } from '../../src/pipeline/negotiation/lexicon.ts';
import { findPredicates, NOUN_LEAD_RE, STANCE_RE } from '../../src/pipeline/negotiation/stance-predicates.ts';

/** The plain scan the fast one replaces. */
function plainScan(text: string): { start: number; end: number; cue: number }[] {
  const out: { start: number; end: number; cue: number }[] = [];
  const re = new RegExp(STANCE_RE.source, 'giu');
  for (let x = re.exec(text); x !== null; x = re.exec(text)) {
    if (x[0].length === 0) re.lastIndex++;
    const cue = STANCE_CUES.findIndex((_, i) => x?.groups?.[`s${i}`] !== undefined);
    const c = STANCE_CUES[cue];
    if (c?.noun && !NOUN_LEAD_RE.test(text.slice(Math.max(0, x.index - 40), x.index))) continue;
    out.push({ start: x.index, end: x.index + x[0].length, cue });
  }
  return out;
}

const WIRE =
  'Moscow has demanded that Kyiv give up its NATO ambitions, and the Kremlin rejected any European troops. ' +
  'Ukraine is ready to freeze the front line but will never recognise occupied land as Russian, Sybiha said. ' +
  "Poland's prime minister voiced his support for a ceasefire first; Hungary has balked. " +
  'Washington urged Kyiv to accept the plan, while Berlin is still weighing its options and seeks guarantees. ' +
  'Europe would back a reassurance force if the United States provided a backstop, officials said.';

describe('findPredicates', () => {
  it('finds the cues of wire copy', () => {
    const words = findPredicates(WIRE).map((p) => p.word.toLowerCase());
    expect(words).toEqual(expect.arrayContaining(['demanded', 'rejected', 'seeks']));
  });

  it('finds exactly what the plain scan of the whole alternation finds, in any casing', () => {
    const variants = [WIRE, WIRE.toUpperCase(), WIRE.replace(/s(?=[a-z])/g, 'ſ'), `İstanbul. ${WIRE}`];
    for (const t of variants) {
      const fast = findPredicates(t).map((p) => ({
        start: p.start,
        end: p.end,
        cue: STANCE_CUES.indexOf(p.cue),
      }));
      expect(fast.length).toBeGreaterThan(5);
      expect(fast).toEqual(plainScan(t));
      // The word is the text's own, not its folded copy.
      for (const p of findPredicates(t)) expect(p.word).toBe(t.slice(p.start, p.end));
    }
  });
});
