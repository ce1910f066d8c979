import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EMPTY_CONTEXT, extractQuotes } from '../pipeline/quotes/index.ts';
import { type Segmented, segment, type Token } from '../pipeline/segment/index.ts';
import type { EvalReport } from './report.ts';

/**
 * Attribution on PolNeAR (brat standoff: Source, Cue, Content spans joined by Attribution events).
 * Scores content spans (a prediction matches a gold Content when they overlap by at least half of
 * the shorter; exact match after trimming quote marks, punctuation and a leading "that") and source
 * accuracy (of matched contents with a gold Source, the share whose predicted speaker span overlaps
 * it), for the quotes stage and a simple baseline, in the same run.
 */

export type Range = readonly [number, number];

export interface GoldAttribution {
  readonly content: readonly Range[];
  readonly source: readonly Range[] | null;
}

export interface Predicted {
  readonly start: number;
  readonly end: number;
  readonly speaker: Range | null;
}

export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, Range[]>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    if (line.startsWith('T')) {
      const [id, meta] = line.split('\t');
      if (!id || !meta) continue;
      const sp = meta.indexOf(' ');
      const ranges = meta
        .slice(sp + 1)
        .split(';')
        .map((r) => r.trim().split(/\s+/).map(Number) as [number, number])
        .filter((r) => r.length === 2 && Number.isFinite(r[0]) && Number.isFinite(r[1]));
      spans.set(id, ranges);
    } else if (line.startsWith('E')) events.push(line.split('\t')[1] ?? '');
  }
  const out: GoldAttribution[] = [];
  for (const e of events) {
    let content: Range[] | null = null;
    let source: Range[] | null = null;
    for (const arg of e.split(/\s+/)) {
      const [role, id] = arg.split(':');
      if (!id) continue;
      if (role?.startsWith('Content')) content = [...(content ?? []), ...(spans.get(id) ?? [])];
      else if (role?.startsWith('Source')) source = [...(source ?? []), ...(spans.get(id) ?? [])];
    }
    if (content && content.length > 0) out.push({ content, source });
  }
  return out;
}

function overlap(a: Range, ranges: readonly Range[]): number {
  let n = 0;
  for (const r of ranges) n += Math.max(0, Math.min(a[1], r[1]) - Math.max(a[0], r[0]));
  return n;
}

const length = (ranges: readonly Range[]) => ranges.reduce((n, r) => n + (r[1] - r[0]), 0);

function normalizedRange(text: string, s: number, e: number): Range {
  const trim = /[\s"“”'‘’«».,;:!?—-]/;
  while (s < e && trim.test(text[s] as string)) s++;
  while (e > s && trim.test(text[e - 1] as string)) e--;
  if (/^that\s/i.test(text.slice(s, s + 5))) s += 5;
  return [s, e];
}

export interface Score {
  gold: number;
  predicted: number;
  matched: number;
  exact: number;
  withSource: number;
  sourceHit: number;
  goldQuoted: number;
  matchedQuoted: number;
}

export function emptyScore(): Score {
  return {
    gold: 0,
    predicted: 0,
    matched: 0,
    exact: 0,
    withSource: 0,
    sourceHit: 0,
    goldQuoted: 0,
    matchedQuoted: 0,
  };
}

/** Scores one document's predictions against its gold attributions, adding into `score`. */
export function scoreDoc(
  text: string,
  gold: readonly GoldAttribution[],
  pred: readonly Predicted[],
  score: Score,
): void {
  score.gold += gold.length;
  score.predicted += pred.length;
  const used = new Set<number>();
  for (const g of gold) {
    const gMin = Math.min(...g.content.map((r) => r[0]));
    const quoted = /^\s*["“«]/.test(text.slice(gMin, gMin + 3));
    if (quoted) score.goldQuoted++;
    let best = -1;
    let bestOv = 0;
    pred.forEach((p, i) => {
      if (used.has(i)) return;
      const ov = overlap([p.start, p.end], g.content);
      const shorter = Math.min(p.end - p.start, length(g.content));
      if (shorter > 0 && ov >= 0.5 * shorter && ov > bestOv) {
        best = i;
        bestOv = ov;
      }
    });
    if (best < 0) continue;
    used.add(best);
    const p = pred[best] as Predicted;
    score.matched++;
    if (quoted) score.matchedQuoted++;
    const gMax = Math.max(...g.content.map((r) => r[1]));
    const gn = normalizedRange(text, gMin, gMax);
    const pn = normalizedRange(text, p.start, p.end);
    if (gn[0] === pn[0] && gn[1] === pn[1]) score.exact++;
    if (g.source && g.source.length > 0) {
      score.withSource++;
      if (p.speaker && overlap(p.speaker, g.source) > 0) score.sourceHit++;
    }
  }
}

export function metrics(s: Score): Record<string, number> {
  const div = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const r = div(s.matched, s.gold);
  const p = div(s.matched, s.predicted);
  return {
    recall: r,
    precision: p,
    f1: div(2 * r * p, r + p),
    exactRecall: div(s.exact, s.gold),
    exactPrecision: div(s.exact, s.predicted),
    quotedRecall: div(s.matchedQuoted, s.goldQuoted),
    sourceAccuracy: div(s.sourceHit, s.withSource),
    gold: s.gold,
    predicted: s.predicted,
  };
}

/** The baseline: text between quote marks, the nearest "said", the proper-noun run nearest that. */
export function baseline(text: string, seg: Segmented): Predicted[] {
  const out: Predicted[] = [];
  const saids = seg.tokens.filter((t) => t.lower === 'said' || t.lower === 'says');
  const re = /["“]([^"“”\n]+)["”]/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index + 1;
    const end = m.index + m[0].length - 1;
    let said: Token | null = null;
    for (const t of saids) {
      const d = t.start >= end ? t.start - end : start - t.end;
      const bd = said ? (said.start >= end ? said.start - end : start - said.end) : Number.POSITIVE_INFINITY;
      if (d >= 0 && d < bd && d < 200) said = t;
    }
    let speaker: Range | null = null;
    if (said) {
      const toks = seg.tokens;
      let bestD = Number.POSITIVE_INFINITY;
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i] as Token;
        if (t.pos !== 'PROPN' || (t.start >= start && t.end <= end)) continue;
        const d = Math.abs(t.start - said.start);
        if (d < bestD && d < 200) {
          let j = i;
          while (toks[j + 1]?.pos === 'PROPN') j++;
          speaker = [t.start, (toks[j] as Token).end];
          bestD = d;
        }
      }
    }
    out.push({ start, end, speaker });
  }
  return out;
}

/** One annotator's file per text: the first by name, so a text is never scored twice. */
function pairs(dir: string): { text: string; ann: string }[] {
  const anns = readdirSync(join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const seen = new Map<string, string>();
  for (const f of anns) {
    const base = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!seen.has(base)) seen.set(base, f);
  }
  return [...seen.entries()].map(([base, f]) => ({
    text: join(dir, 'text', `${base}.txt`),
    ann: join(dir, 'attributions', f),
  }));
}

export async function evaluatePolnear(opts: { path?: string }): Promise<EvalReport> {
  const dir = resolve(opts.path ?? join(process.cwd(), '../shared/benchmarks/polnear/dev'));
  const ours = emptyScore();
  const base = emptyScore();
  const files = pairs(dir);
  for (const f of files) {
    const text = readFileSync(f.text, 'utf8');
    const gold = parseAnn(readFileSync(f.ann, 'utf8'));
    const seg = segment(text);
    const quotes = extractQuotes(text, seg, { mentions: [] }, [], null, EMPTY_CONTEXT).filter(
      (q) => !q.scare,
    );
    // PolNeAR annotates a partial quote inside a reported clause as one attribution: score the outer one.
    const outer = quotes.filter(
      (q) =>
        !quotes.some(
          (o) =>
            o !== q &&
            o.start <= q.start &&
            o.end >= q.end &&
            o.end - o.start > q.end - q.start &&
            o.speakerSpan?.start === q.speakerSpan?.start,
        ),
    );
    const pred = outer.map((q) => ({
      start: q.start,
      end: q.end,
      speaker: q.speakerSpan ? ([q.speakerSpan.start, q.speakerSpan.end] as Range) : null,
    }));
    scoreDoc(text, gold, pred, ours);
    scoreDoc(text, gold, baseline(text, seg), base);
  }
  return {
    name: 'polnear',
    data: `${dir} (${files.length} texts, ${ours.gold} gold attributions)`,
    rows: [
      { system: 'parley quotes', metrics: metrics(ours) },
      { system: 'baseline: marks + nearest said + nearest proper noun', metrics: metrics(base) },
    ],
    notes: [
      'content match: overlap ≥ 50% of the shorter span; exact: equal after trimming quote marks, punctuation and a leading "that"',
      'quotedRecall: recall on gold contents that open with a quote mark',
      'sourceAccuracy: matched contents with a gold Source whose predicted speaker span overlaps it',
      'a partial quote inside a reported clause with the same speaker is scored as part of that clause',
      'run with no pack (PolNeAR is 2016 US election news): speaker spans, not actor ids, are scored',
    ],
  };
}
