import { describe, expect, it } from 'vitest';
import { metrics, normalizeValue, parseTimeML, scoreDoc } from '../../src/eval/tempeval.ts';

const TML = `<?xml version="1.0" ?>
<TimeML><DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-11-26" temporalFunction="false" functionInDocument="CREATION_TIME">2025-11-26</TIMEX3></DCT>
<TEXT>Envoys &amp; aides <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2025-11-25">Tuesday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT5H">five hours</TIMEX3>, <TIMEX3 tid="t3" type="DATE" value="PRESENT_REF">now</TIMEX3> <TIMEX3 tid="t4" type="DATE" value="2025-W47">last week</TIMEX3>.</TEXT>
</TimeML>`;

describe('TimeML parsing', () => {
  it('strips tags, decodes entities and keeps gold offsets right', () => {
    const d = parseTimeML(TML);
    expect(d.dct).toBe('2025-11-26');
    expect(d.text).toBe('Envoys & aides met Tuesday for five hours, now last week.');
    expect(d.gold.map((g) => d.text.slice(g.start, g.end))).toEqual([
      'Tuesday',
      'five hours',
      'now',
      'last week',
    ]);
    expect(d.gold[1]?.type).toBe('DURATION');
  });
});

describe('scoring', () => {
  it('separates strict, relaxed, type and value', () => {
    const d = parseTimeML(TML);
    const span = (i: number) => {
      const g = d.gold[i];
      if (!g) throw new Error('missing gold');
      return g;
    };
    const [tue, five, now] = [span(0), span(1), span(2)];
    const sys = [
      { start: tue.start, end: tue.end, type: 'DATE', value: '2025-11-25' }, // exact, right
      { start: five.start, end: five.end + 1, type: 'DATE', value: null }, // overlap only, wrong type and value
      { start: now.start, end: now.end, type: 'DATE', value: 'PRESENT_REF' }, // exact, right
      { start: 0, end: 6, type: 'DATE', value: '2025' }, // spurious
    ];
    const m = metrics(scoreDoc(d.gold, sys));
    expect(m.strictP).toBeCloseTo(2 / 4);
    expect(m.strictR).toBeCloseTo(2 / 4);
    expect(m.relaxedP).toBeCloseTo(3 / 4);
    expect(m.relaxedR).toBeCloseTo(3 / 4);
    expect(m.typeAcc).toBeCloseTo(2 / 3);
    expect(m.valueAcc).toBeCloseTo(2 / 3);
    expect(m.valueF1).toBeCloseTo(0.5); // P = R = 2/4
  });
  it('normalises TimeML values', () => {
    expect(normalizeValue('1998-10-XX')).toBe('1998-10');
    expect(normalizeValue('2000-W6')).toBe('2000-W06');
    expect(normalizeValue('2000-01-05TEV')).toBe('2000-01-05');
    expect(normalizeValue('198X')).toBe('198');
    expect(normalizeValue('1998-11-20T19:30:00')).toBe('1998-11-20T19:30');
    expect(normalizeValue(null)).toBe('');
  });
});
