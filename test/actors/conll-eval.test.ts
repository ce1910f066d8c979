import { describe, expect, it } from 'vitest';
import { type Entity, parseConll, prf, scoreSpans } from '../../src/eval/conll.ts';

const sample = `-DOCSTART- -X- O O

Jana NNP I-NP I-PER
Novak NNP I-NP I-PER
visited VBD I-VP O
Prague NNP I-NP I-LOC
with IN I-PP O
Acme NNP I-NP I-ORG
Corp NNP I-NP I-ORG
. . O O

Czech JJ I-NP I-MISC
firms NNS I-NP O
Alpha NNP I-NP I-ORG
Beta NNP I-NP B-ORG
agreed VBD I-VP O
. . O O
`;

describe('CoNLL scoring', () => {
  const [doc] = parseConll(sample);

  it('rebuilds the text and reads IOB1 spans, ignoring MISC and splitting on B-', () => {
    expect(doc?.text).toBe('Jana Novak visited Prague with Acme Corp .\n\nCzech firms Alpha Beta agreed .');
    const spans = doc?.gold.map((e) => `${e.type}:${doc.text.slice(e.start, e.end)}`);
    expect(spans).toEqual(['PER:Jana Novak', 'LOC:Prague', 'ORG:Acme Corp', 'ORG:Alpha', 'ORG:Beta']);
  });

  it('scores exact spans and types', () => {
    const gold = doc?.gold ?? [];
    const pred: Entity[] = [
      { start: 0, end: 10, type: 'PER' }, // right
      { start: 19, end: 25, type: 'ORG' }, // right span, wrong type
      { start: 31, end: 35, type: 'ORG' }, // partial span
    ];
    const s = scoreSpans(gold, pred);
    expect(s.ALL).toEqual({ tp: 1, fp: 2, fn: 4 });
    expect(s.PER).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(prf(s.ALL).p).toBeCloseTo(1 / 3);
    expect(prf(s.ALL).r).toBeCloseTo(1 / 5);
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(0);
  });
});
