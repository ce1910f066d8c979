import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPack } from '../packs/load.ts';
import { compileActorIndex, linkActors } from '../pipeline/actors/index.ts';
import { extractQuotes, type Quote, quoteContext } from '../pipeline/quotes/index.ts';
import { segment } from '../pipeline/segment/index.ts';
import { extractTimes } from '../pipeline/time/index.ts';
import { baseline } from './polnear.ts';
import type { EvalReport } from './report.ts';

/**
 * Quotes and reported speech on news-style negotiation passages written for the project
 * (test/fixtures/quotes/), run through the REAL chain: segment → actors (ukraine-2025 pack) →
 * time → quotes, as src/pipeline/analyze.ts does.
 *
 * Data format. Each passage is `<name>.txt` (clean text: paragraphs separated by a blank line) with
 * `<name>.gold.json` beside it:
 *
 *   {
 *     "published": "2025-11-24",          // the article date given to the time and quotes stages
 *     "quotes": [
 *       { "text": "Our red lines have not moved",   // exact substring of the .txt
 *         "nth": 0,                          // optional: which occurrence of `text` (0 = first)
 *         "kind": "direct",                  // "direct" (inside quote marks, marks excluded) or
 *                                            // "indirect" (the reported clause, without "that")
 *         "speaker": "andriy-yermak",        // a pack actor id; "unnamed:<side id>" for an unnamed
 *                                            // source of a side ("a senior Ukrainian official");
 *                                            // "unnamed:?" when the text gives no side;
 *                                            // "text:<Name>" for a speaker the pack lacks (the
 *                                            // predicted speaker span must contain Name);
 *                                            // null when the text attributes it to no one
 *         "scare": false }                   // scare quote / quoted title: not a statement
 *     ]
 *   }
 *
 * A quote split by its attribution (“…,” X said. “…”) or running over paragraphs is listed piece
 * by piece; one prediction may match several pieces. Matching is by overlap ≥ 50% of the shorter
 * span (as in the PolNeAR scorer); a prediction's own pieces (`parts`) are what it covers.
 *
 * Metrics: direct recall/precision (all direct gold, scare quotes included), speaker accuracy on
 * matched attributed direct quotes (gold speaker not null), scare accuracy on matched direct
 * quotes, reported-speech recall/precision and speaker accuracy. The baseline is PolNeAR's
 * (quote marks + nearest "said" + nearest proper noun, whose actor is read from the actor mentions);
 * it finds no reported speech.
 */

export interface GoldQuote {
  readonly text: string;
  readonly nth?: number;
  readonly kind: 'direct' | 'indirect';
  readonly speaker: string | null;
  readonly scare: boolean;
}

export interface GoldFile {
  readonly published: string | null;
  readonly quotes: readonly GoldQuote[];
}

/** What is scored: a predicted quote reduced to its ranges, kind and speaker. */
export interface Pred {
  readonly ranges: readonly (readonly [number, number])[];
  readonly kind: 'direct' | 'indirect';
  readonly speaker: string | null;
  readonly speakerText: string | null;
  readonly unnamedSide: string | null | undefined;
  readonly scare: boolean;
}

export interface ItemResult {
  readonly doc: string;
  readonly gold: GoldQuote;
  readonly start: number;
  readonly match: Pred | null;
  readonly speakerOk: boolean | null;
}

export interface NewsScore {
  items: ItemResult[];
  predicted: { direct: number; indirect: number };
  correctPred: { direct: number; indirect: number };
  unmatchedPreds: { doc: string; pred: Pred; text: string }[];
}

export function emptyNewsScore(): NewsScore {
  return {
    items: [],
    predicted: { direct: 0, indirect: 0 },
    correctPred: { direct: 0, indirect: 0 },
    unmatchedPreds: [],
  };
}

/** Offset of the nth occurrence of `needle`; throws when the gold text is not in the passage. */
export function locate(text: string, needle: string, nth = 0, doc = ''): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${doc}: gold text not found (occurrence ${nth}): ${JSON.stringify(needle)}`);
  }
  return at;
}

function overlap(a: readonly (readonly [number, number])[], s: number, e: number): number {
  let n = 0;
  for (const r of a) n += Math.max(0, Math.min(r[1], e) - Math.max(r[0], s));
  return n;
}

const len = (rs: readonly (readonly [number, number])[]) => rs.reduce((n, r) => n + r[1] - r[0], 0);

export function speakerMatches(gold: string, p: Pred): boolean {
  if (gold.startsWith('unnamed:')) {
    if (p.unnamedSide === undefined) return false;
    const side = gold.slice('unnamed:'.length);
    return side === '?' || side === p.unnamedSide;
  }
  if (gold.startsWith('text:')) {
    const name = gold.slice('text:'.length).toLowerCase();
    const slug = name.replace(/\s+/g, '-');
    return (
      (p.speakerText?.toLowerCase().includes(name) ?? false) ||
      (p.speaker?.startsWith('new:') === true && p.speaker.includes(slug))
    );
  }
  return p.speaker === gold;
}

/** Scores one passage's predictions against its gold, adding into `score`. */
export function scoreNewsDoc(
  doc: string,
  text: string,
  gold: readonly GoldQuote[],
  preds: readonly Pred[],
  score: NewsScore,
): void {
  const located = gold.map((g) => {
    const s = locate(text, g.text, g.nth ?? 0, doc);
    return { g, s, e: s + g.text.length };
  });
  const fits = (p: Pred, s: number, e: number) => {
    const ov = overlap(p.ranges, s, e);
    const shorter = Math.min(len(p.ranges), e - s);
    return shorter > 0 && ov >= 0.5 * shorter ? ov : 0;
  };
  for (const { g, s, e } of located) {
    let best: Pred | null = null;
    let bestOv = 0;
    for (const p of preds) {
      if (p.kind !== g.kind) continue;
      const ov = fits(p, s, e);
      if (ov > bestOv) {
        best = p;
        bestOv = ov;
      }
    }
    const speakerOk = best && g.speaker !== null ? speakerMatches(g.speaker, best) : null;
    score.items.push({ doc, gold: g, start: s, match: best, speakerOk });
  }
  for (const p of preds) {
    score.predicted[p.kind]++;
    if (located.some(({ g, s, e }) => g.kind === p.kind && fits(p, s, e) > 0)) score.correctPred[p.kind]++;
    else {
      const [s, e] = [p.ranges[0]?.[0] ?? 0, p.ranges[p.ranges.length - 1]?.[1] ?? 0];
      score.unmatchedPreds.push({ doc, pred: p, text: text.slice(s, e) });
    }
  }
}

export function newsMetrics(sc: NewsScore): Record<string, number> {
  const div = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const of = (kind: 'direct' | 'indirect') => sc.items.filter((i) => i.gold.kind === kind);
  const d = of('direct');
  const r = of('indirect');
  const dm = d.filter((i) => i.match);
  const rm = r.filter((i) => i.match);
  const dAttr = dm.filter((i) => i.gold.speaker !== null);
  const rAttr = rm.filter((i) => i.gold.speaker !== null);
  return {
    directRecall: div(dm.length, d.length),
    directPrecision: div(sc.correctPred.direct, sc.predicted.direct),
    speakerAccuracy: div(dAttr.filter((i) => i.speakerOk).length, dAttr.length),
    scareAccuracy: div(dm.filter((i) => i.match?.scare === i.gold.scare).length, dm.length),
    reportedRecall: div(rm.length, r.length),
    reportedPrecision: div(sc.correctPred.indirect, sc.predicted.indirect),
    reportedSpeakerAccuracy: div(rAttr.filter((i) => i.speakerOk).length, rAttr.length),
    goldDirect: d.length,
    goldReported: r.length,
  };
}

export function fromQuote(q: Quote): Pred {
  return {
    ranges: (q.parts ?? [{ start: q.start, end: q.end }]).map((p) => [p.start, p.end] as const),
    kind: q.kind,
    speaker: q.speaker,
    speakerText: q.speakerSpan?.text ?? null,
    unnamedSide: q.unnamed ? q.unnamed.side : undefined,
    scare: q.scare,
  };
}

export interface NewsRun {
  readonly report: EvalReport;
  readonly ours: NewsScore;
  readonly base: NewsScore;
}

/** Runs the chain and both systems over every passage; `evaluateQuotesNews` formats the result. */
export function runQuotesNews(opts: { path?: string }): NewsRun {
  const dir = resolve(opts.path ?? join(process.cwd(), 'test/fixtures/quotes'));
  const pack = loadPack('ukraine-2025');
  const index = compileActorIndex(pack);
  const ctx = quoteContext(pack);
  const ours = emptyNewsScore();
  const base = emptyNewsScore();
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -'.gold.json'.length))
    .sort();
  for (const name of names) {
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
    const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as GoldFile;
    const seg = segment(text);
    const actors = linkActors(text, seg, index);
    const times = extractTimes(text, seg, gold.published);
    const quotes = extractQuotes(text, seg, actors, times, gold.published, ctx);
    scoreNewsDoc(name, text, gold.quotes, quotes.map(fromQuote), ours);
    const basePreds: Pred[] = baseline(text, seg).map((p) => {
      const sp = p.speaker;
      const m = sp ? actors.mentions.find((x) => x.start < sp[1] && x.end > sp[0]) : undefined;
      return {
        ranges: [[p.start, p.end]],
        kind: 'direct',
        speaker: m?.actor ?? null,
        speakerText: sp ? text.slice(sp[0], sp[1]) : null,
        unnamedSide: undefined,
        scare: false,
      };
    });
    scoreNewsDoc(name, text, gold.quotes, basePreds, base);
  }
  const gd = ours.items.filter((i) => i.gold.kind === 'direct').length;
  return {
    ours,
    base,
    report: {
      name: 'quotes-news',
      data: `${dir} (${names.length} passages, ${gd} direct and ${ours.items.length - gd} reported gold quotes)`,
      rows: [
        { system: 'parley quotes (segment → actors → time → quotes)', metrics: newsMetrics(ours) },
        { system: 'baseline: marks + nearest said + nearest proper noun', metrics: newsMetrics(base) },
      ],
      notes: [
        'match: overlap ≥ 50% of the shorter span; split and multi-paragraph quotes are gold piece by piece',
        'speakerAccuracy: matched direct quotes whose gold speaker is not null; unnamed sources must give the gold side',
        'the baseline finds no reported speech and no unnamed sources',
      ],
    },
  };
}

export async function evaluateQuotesNews(opts: { path?: string }): Promise<EvalReport> {
  return runQuotesNews(opts).report;
}
