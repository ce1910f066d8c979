import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import { segment } from '../pipeline/segment/index.ts';
import { extractTimes } from '../pipeline/time/index.ts';
import type { EvalReport, EvalRow } from './report.ts';

/**
 * TempEval-3 style evaluation of time expression extraction and normalisation on TimeML files
 * (TimeBank + AQUAINT). The document creation time (TIMEX3 functionInDocument="CREATION_TIME")
 * is given as the publication date. Our extractor and plain chrono-node run on the same text.
 *
 * Scoring (as in the TempEval-3 task):
 *   - strict match: identical character span; relaxed match: any overlap (one-to-one, greedy by overlap).
 *   - precision = matched system items / system items; recall = matched gold items / gold items.
 *   - type and value accuracy: over relaxed-matched pairs.
 *   - value F1: F1 where a pair counts only if relaxed-matched AND its value is right
 *     (P = right values / system items, R = right values / gold items) — equal to relaxed F1 × value accuracy.
 * Value comparison normalises both sides: upper case; trailing unspecified parts dropped
 * ("1998-10-XX" = "1998-10"); week numbers zero-padded ("2000-W6" = "2000-W06"); seconds dropped;
 * decades written either way ("198X" = "198", "P1DE" = "P10Y"); and part-of-day suffixes dropped ("2000-01-05TEV" = "2000-01-05": the annotators themselves
 * use both for "Wednesday night").
 */

export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}
export interface TimeMLDoc {
  readonly id: string;
  readonly text: string;
  readonly dct: string | null;
  readonly gold: readonly GoldTimex[];
}
export interface SysTimex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? (m[1] as string) : null;
}

/** Parse a TimeML document: the TEXT element with tags stripped (entities decoded), gold TIMEX3 spans in that text, and the DCT. */
export function parseTimeML(xml: string, id = 'doc'): TimeMLDoc {
  const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0] ?? null;
  const dctValue = dctTag ? attr(dctTag, 'value') : null;
  const dct = dctValue && /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null;
  const open = xml.indexOf('<TEXT>');
  const close = xml.lastIndexOf('</TEXT>');
  const body = open >= 0 ? xml.slice(open + 6, close >= 0 ? close : undefined) : xml;
  let text = '';
  const gold: GoldTimex[] = [];
  const stack: { start: number; type: string; value: string }[] = [];
  const re = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&(amp|lt|gt|quot|apos);/g;
  let last = 0;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[4]) {
      text += ENTITIES[m[4]];
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '/') {
      const o = stack.pop();
      if (o) gold.push({ start: o.start, end: text.length, type: o.type, value: o.value });
    } else if (!(m[3] as string).endsWith('/')) {
      stack.push({
        start: text.length,
        type: attr(m[3] as string, 'type') ?? 'DATE',
        value: attr(m[3] as string, 'value') ?? '',
      });
    }
  }
  text += body.slice(last);
  return { id, text, dct, gold: gold.sort((a, b) => a.start - b.start) };
}

/** Normalise a TIMEX3 value for comparison (see the header comment). */
export function normalizeValue(v: string | null): string {
  if (!v) return '';
  let s = v.trim().toUpperCase();
  s = s.replace(/T(MO|AF|EV|NI|DT)$/, '');
  s = s.replace(/(T\d{2}:\d{2}):\d{2}.*$/, '$1');
  s = s.replace(/-W(\d)(?!\d)/, '-W0$1');
  while (/(-XX|TXX)$/.test(s)) s = s.replace(/(-XX|TXX)$/, '');
  s = s.replace(/^(\d{3})X$/, '$1'); // "198X" (the 1980s) = "198"
  s = s.replace(/^P(\d+)DE$/, (_, n: string) => `P${Number(n) * 10}Y`); // decades as years
  return s;
}

export interface Counts {
  gold: number;
  sys: number;
  strictSys: number;
  strictGold: number;
  relaxed: number;
  typeOk: number;
  valueOk: number;
}

export function emptyCounts(): Counts {
  return { gold: 0, sys: 0, strictSys: 0, strictGold: 0, relaxed: 0, typeOk: 0, valueOk: 0 };
}

/** Add one document's comparison to the running counts. */
export function scoreDoc(
  gold: readonly GoldTimex[],
  sys: readonly SysTimex[],
  into: Counts = emptyCounts(),
): Counts {
  into.gold += gold.length;
  into.sys += sys.length;
  const key = (x: { start: number; end: number }) => `${x.start}:${x.end}`;
  const goldKeys = new Set(gold.map(key));
  const sysKeys = new Set(sys.map(key));
  into.strictSys += sys.filter((s) => goldKeys.has(key(s))).length;
  into.strictGold += gold.filter((g) => sysKeys.has(key(g))).length;
  // Relaxed: one-to-one pairs, largest overlap first.
  const pairs: { g: number; s: number; o: number }[] = [];
  gold.forEach((g, gi) => {
    sys.forEach((s, si) => {
      const o = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (o > 0) pairs.push({ g: gi, s: si, o });
    });
  });
  pairs.sort((a, b) => b.o - a.o || a.g - b.g || a.s - b.s);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  for (const p of pairs) {
    if (usedG.has(p.g) || usedS.has(p.s)) continue;
    usedG.add(p.g);
    usedS.add(p.s);
    into.relaxed++;
    const g = gold[p.g] as GoldTimex;
    const s = sys[p.s] as SysTimex;
    if (g.type === s.type) into.typeOk++;
    if (normalizeValue(g.value) !== '' && normalizeValue(g.value) === normalizeValue(s.value)) into.valueOk++;
  }
  return into;
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const div = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function metrics(c: Counts): Record<string, number> {
  const sp = div(c.strictSys, c.sys);
  const sr = div(c.strictGold, c.gold);
  const rp = div(c.relaxed, c.sys);
  const rr = div(c.relaxed, c.gold);
  const vp = div(c.valueOk, c.sys);
  const vr = div(c.valueOk, c.gold);
  return {
    strictP: sp,
    strictR: sr,
    strictF1: f1(sp, sr),
    relaxedP: rp,
    relaxedR: rr,
    relaxedF1: f1(rp, rr),
    typeAcc: div(c.typeOk, c.relaxed),
    valueAcc: div(c.valueOk, c.relaxed),
    valueF1: f1(vp, vr),
    gold: c.gold,
    system: c.sys,
  };
}

/** Plain chrono-node: every result is a DATE whose value is the date at its certain granularity. */
export function chronoTimexes(text: string, dct: string | null): SysTimex[] {
  const ref = dct ? { instant: new Date(`${dct}T12:00:00Z`), timezone: 0 } : undefined;
  return chrono.parse(text, ref).map((r) => {
    const c = r.start;
    const p2 = (n: number | null) => String(n ?? 0).padStart(2, '0');
    const y = String(c.get('year') ?? '').padStart(4, '0');
    let value: string | null = null;
    if (c.isCertain('hour'))
      value = `${y}-${p2(c.get('month'))}-${p2(c.get('day'))}T${p2(c.get('hour'))}:${p2(c.get('minute'))}`;
    else if (c.isCertain('day') || c.isCertain('weekday'))
      value = `${y}-${p2(c.get('month'))}-${p2(c.get('day'))}`;
    else if (c.isCertain('month')) value = `${y}-${p2(c.get('month'))}`;
    else if (c.isCertain('year')) value = y;
    return { start: r.index, end: r.index + r.text.length, type: 'DATE', value };
  });
}

export function ourTimexes(text: string, dct: string | null): SysTimex[] {
  return extractTimes(text, segment(text), dct).map((t) => ({
    start: t.start,
    end: t.end,
    type: t.type,
    value: t.timex,
  }));
}

export async function loadTimeML(path: string): Promise<TimeMLDoc[]> {
  const docs: TimeMLDoc[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.tml'))
        docs.push(parseTimeML(await readFile(p, 'utf8'), e.name.replace(/\.tml$/, '')));
    }
  };
  await walk(path);
  return docs;
}

export async function evaluateTempeval(opts: { path?: string } = {}): Promise<EvalReport> {
  const path = resolve(process.cwd(), opts.path ?? '../shared/benchmarks/tempeval3');
  const docs = await loadTimeML(path);
  if (docs.length === 0) throw new Error(`tempeval: no .tml files under ${path}`);
  const ours = emptyCounts();
  const base = emptyCounts();
  for (const d of docs) {
    scoreDoc(d.gold, ourTimexes(d.text, d.dct), ours);
    scoreDoc(d.gold, chronoTimexes(d.text, d.dct), base);
  }
  const rows: EvalRow[] = [
    { system: 'parley-time', metrics: metrics(ours) },
    { system: 'chrono-node (casual)', metrics: metrics(base) },
  ];
  return {
    name: 'tempeval',
    data: `${path}: ${docs.length} documents, ${ours.gold} gold TIMEX3`,
    rows,
    notes: [
      'DCT (CREATION_TIME) given as the publication date; TEXT element only.',
      'value F1 = F1 over relaxed matches whose normalised value is right (= relaxed F1 × value accuracy).',
      'HeidelTime on the TempEval-3 test set: strict F1 81.3, relaxed F1 90.3, value F1 77.6 (different documents: this is the development portion).',
      'chrono-node baseline: every result typed DATE, value at its certain granularity.',
    ],
  };
}
