import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import type { DateValue } from '../core/types.ts';
import { segment } from '../pipeline/segment/index.ts';
import { extractTimes, inferPublished } from '../pipeline/time/index.ts';
import type { EvalReport, EvalRow } from './report.ts';

/**
 * Time expressions in news about negotiations, scored against our own annotated passages
 * (test/fixtures/time/<name>.txt + <name>.gold.json, written for the project). The publication date
 * is given, as the acceptance check does; separately, the publication date is withheld and
 * inferred from the text.
 *
 * Gold file: { published, publishedInferred?, times: [{ text, occurrence?, type, value }] } where
 * `occurrence` (1-based, default 1) picks the n-th whole-word occurrence of `text` and `value` is the
 * export contract's Date form (null for durations, sets, "now", unpinned stamps).
 *
 * Scoring:
 *   - matching: one-to-one by character overlap, largest overlap first (TempEval's relaxed match);
 *   - recall = matched gold / gold, precision = matched system / system;
 *   - type and value accuracy over matched pairs (value: deep equality of the Date forms, null = null);
 *   - value recall = matched pairs with the right value / gold (end to end);
 *   - publication date: inferred date (or null) equal to `publishedInferred`.
 * Plain chrono-node runs on the same text with the same reference date: every result is DATE (TIME
 * when it has a certain hour), its value the date at the granularity chrono is certain of.
 */

export interface GoldTime {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: DateValue | null;
}
export interface NewsDoc {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
  readonly publishedInferred: string | null;
  readonly gold: readonly GoldTime[];
}
export interface SysTime {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: DateValue | null;
}

interface GoldFile {
  published: string | null;
  publishedInferred?: string | null;
  times: { text: string; occurrence?: number; type: string; value: DateValue | null }[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Offset of the n-th (1-based) occurrence of `what` in `text` not inside a longer word, or -1. */
export function findOccurrence(text: string, what: string, n = 1): number {
  const lead = /^\w/.test(what) ? '(?<![\\w])' : '';
  const tail = /\w$/.test(what) ? '(?![\\w])' : '';
  const re = new RegExp(`${lead}${escapeRe(what)}${tail}`, 'g');
  let k = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) if (++k === n) return m.index;
  return -1;
}

/** A gold file's annotations as spans in `text`; an annotation that cannot be found is an error. */
export function parseGold(text: string, json: string, id = 'doc'): NewsDoc {
  const g = JSON.parse(json) as GoldFile;
  const gold = g.times.map((t) => {
    const start = findOccurrence(text, t.text, t.occurrence ?? 1);
    if (start < 0) throw new Error(`time-news: ${id}: "${t.text}" #${t.occurrence ?? 1} not in the text`);
    return { start, end: start + t.text.length, type: t.type, value: t.value };
  });
  return {
    id,
    text,
    published: g.published,
    publishedInferred: g.publishedInferred === undefined ? g.published : g.publishedInferred,
    gold: gold.sort((a, b) => a.start - b.start),
  };
}

export function sameValue(a: DateValue | null, b: DateValue | null): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return sameValue(a.from, b.from) && sameValue(a.to, b.to);
}

export interface NewsCounts {
  gold: number;
  sys: number;
  matched: number;
  typeOk: number;
  valueOk: number;
  docs: number;
  pubOk: number;
}

export function emptyNewsCounts(): NewsCounts {
  return { gold: 0, sys: 0, matched: 0, typeOk: 0, valueOk: 0, docs: 0, pubOk: 0 };
}

/** A mismatch worth reading: what the gold says and what the system said (null when missed). */
export interface Miss {
  readonly gold: GoldTime | null;
  readonly sys: SysTime | null;
  readonly why: 'missed' | 'spurious' | 'type' | 'value';
}

/** Score one document's expressions into `into`; returns the mismatches. */
export function scoreNewsDoc(
  gold: readonly GoldTime[],
  sys: readonly SysTime[],
  into: NewsCounts = emptyNewsCounts(),
): Miss[] {
  into.gold += gold.length;
  into.sys += sys.length;
  const pairs: { g: number; s: number; o: number }[] = [];
  gold.forEach((g, gi) => {
    sys.forEach((s, si) => {
      const o = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (o > 0) pairs.push({ g: gi, s: si, o });
    });
  });
  pairs.sort((a, b) => b.o - a.o || a.g - b.g || a.s - b.s);
  const usedG = new Map<number, number>();
  const usedS = new Set<number>();
  for (const p of pairs) {
    if (usedG.has(p.g) || usedS.has(p.s)) continue;
    usedG.set(p.g, p.s);
    usedS.add(p.s);
  }
  const misses: Miss[] = [];
  gold.forEach((g, gi) => {
    const si = usedG.get(gi);
    if (si === undefined) {
      misses.push({ gold: g, sys: null, why: 'missed' });
      return;
    }
    const s = sys[si] as SysTime;
    into.matched++;
    if (g.type === s.type) into.typeOk++;
    else misses.push({ gold: g, sys: s, why: 'type' });
    if (sameValue(g.value, s.value)) into.valueOk++;
    else misses.push({ gold: g, sys: s, why: 'value' });
  });
  sys.forEach((s, si) => {
    if (!usedS.has(si)) misses.push({ gold: null, sys: s, why: 'spurious' });
  });
  return misses;
}

const div = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function newsMetrics(c: NewsCounts): Record<string, number> {
  const p = div(c.matched, c.sys);
  const r = div(c.matched, c.gold);
  return {
    precision: p,
    recall: r,
    F1: p + r === 0 ? 0 : (2 * p * r) / (p + r),
    typeAcc: div(c.typeOk, c.matched),
    valueAcc: div(c.valueOk, c.matched),
    valueRecall: div(c.valueOk, c.gold),
    pubInferAcc: div(c.pubOk, c.docs),
    gold: c.gold,
    system: c.sys,
  };
}

export function ourTimes(text: string, published: string | null): SysTime[] {
  return extractTimes(text, segment(text), published).map((t) => ({
    start: t.start,
    end: t.end,
    type: t.type,
    value: t.value,
  }));
}

const p2 = (n: number | null) => String(n ?? 0).padStart(2, '0');

/** Plain chrono-node with the publication date as reference: values at the granularity chrono is certain of. */
export function chronoTimes(text: string, published: string | null): SysTime[] {
  const ref = published ? { instant: new Date(`${published}T12:00:00Z`), timezone: 0 } : undefined;
  return chrono.parse(text, ref).map((r) => {
    const c = r.start;
    const y = String(c.get('year') ?? '').padStart(4, '0');
    let value: string | null = null;
    if (c.isCertain('day') || c.isCertain('weekday') || c.isCertain('hour'))
      value = `${y}-${p2(c.get('month'))}-${p2(c.get('day'))}`;
    else if (c.isCertain('month')) value = `${y}-${p2(c.get('month'))}`;
    else if (c.isCertain('year')) value = y;
    return {
      start: r.index,
      end: r.index + r.text.length,
      type: c.isCertain('hour') ? 'TIME' : 'DATE',
      value: published ? value : null,
    };
  });
}

/** chrono-node's publication-date guess: the first date in the text with year, month and day all written out. */
export function chronoPublished(text: string): string | null {
  for (const r of chrono.strict.parse(text, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })) {
    const c = r.start;
    if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day'))
      return `${String(c.get('year')).padStart(4, '0')}-${p2(c.get('month'))}-${p2(c.get('day'))}`;
  }
  return null;
}

export async function loadNewsDocs(dir: string): Promise<NewsDoc[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.gold.json')).sort();
  const docs: NewsDoc[] = [];
  for (const n of names) {
    const id = n.replace(/\.gold\.json$/, '');
    const text = await readFile(join(dir, `${id}.txt`), 'utf8').catch(() => {
      throw new Error(`time-news: ${join(dir, n)} has no ${id}.txt beside it`);
    });
    docs.push(parseGold(text, await readFile(join(dir, n), 'utf8'), id));
  }
  return docs;
}

const show = (v: DateValue | null | undefined) => (v === undefined ? '—' : JSON.stringify(v));

export async function evaluateTimeNews(
  opts: { path?: string; verbose?: boolean } = {},
): Promise<EvalReport & { misses: string[] }> {
  const path = resolve(process.cwd(), opts.path ?? 'test/fixtures/time');
  const docs = await loadNewsDocs(path);
  if (docs.length === 0) throw new Error(`time-news: no *.gold.json files under ${path}`);
  const ours = emptyNewsCounts();
  const base = emptyNewsCounts();
  const misses: string[] = [];
  for (const d of docs) {
    for (const m of scoreNewsDoc(d.gold, ourTimes(d.text, d.published), ours)) {
      const g = m.gold;
      const s = m.sys;
      const where = g ?? s;
      misses.push(
        `${d.id} ${m.why}: "${where ? d.text.slice(where.start, where.end) : ''}"${s && g ? ` (sys "${d.text.slice(s.start, s.end)}")` : ''} gold ${g ? `${g.type} ${show(g.value)}` : '—'} sys ${s ? `${s.type} ${show(s.value)}` : '—'}`,
      );
    }
    scoreNewsDoc(d.gold, chronoTimes(d.text, d.published), base);
    const inferred = inferPublished(d.text, segment(d.text))?.date ?? null;
    ours.docs++;
    if (inferred === d.publishedInferred) ours.pubOk++;
    else misses.push(`${d.id} published: gold ${d.publishedInferred} inferred ${inferred}`);
    base.docs++;
    if (chronoPublished(d.text) === d.publishedInferred) base.pubOk++;
  }
  const rows: EvalRow[] = [
    { system: 'parley-time', metrics: newsMetrics(ours) },
    { system: 'chrono-node (casual)', metrics: newsMetrics(base) },
  ];
  return {
    name: 'time-news',
    data: `${path}: ${docs.length} passages, ${ours.gold} gold time expressions`,
    rows,
    notes: [
      'publication date given for extraction; withheld for pubInferAcc (null expected when the text does not pin it).',
      'match = any character overlap, one-to-one; typeAcc and valueAcc over matched pairs; valueRecall = right values / gold.',
      'chrono-node baseline: DATE (TIME with a certain hour), value at its certain granularity; publication date = its first full date.',
      ...(opts.verbose ? misses : []),
    ],
    misses,
  };
}
