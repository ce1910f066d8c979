/**
 * Evaluation of the negotiation stage: proposals, provisions and positions against annotations.
 *
 * Annotation format (one pair of files per article in a folder; default test/fixtures/negotiation):
 *   NAME.txt        the article's clean text (first line the headline, paragraphs split by blank lines)
 *   NAME.gold.json  {
 *     "pack": "ukraine-2025" | "generic" | <pack name or path>,
 *     "published": "YYYY-MM-DD" | null,
 *     "proposals":  [{ "id": proposal key,            // a pack proposal id, or "points:N" / "name:<slug>"
 *                      "points": int | null,           // optional: the point count the text gives
 *                      "authors": [actorId],           // optional: drafters named in the text
 *                      "supersedes": proposal key,     // optional: the version it revises (text or pack)
 *                      "date": Date }],                // optional, not scored yet
 *     "provisions": [{ "proposal": key, "issue": issueId, "status": "included"|"dropped"|"changed" }],
 *     "positions":  [{ "side": actorId,                // the party's side (a state or bloc id; a
 *                                                      //   spokesman's stance is his government's)
 *                      "issue": issueId | "proposal",   // "proposal": a stance on a proposal as a whole
 *                      "stance": "supports"|"opposes"|"demands"|"rejects"|"conditional"|"undecided",
 *                      "proposal": key }],             // optional; required when issue is "proposal"
 *     "deadlines":  [{ "proposal": key, "none": bool }] // optional, not scored yet
 *   }
 * Every article is run through the full per-article pipeline (segment → actors → time → quotes →
 * negotiation) with the named pack. Scoring, per article then summed:
 *   proposals: found (gold key among the article's proposal keys), points right, drafters
 *     (recall of gold authors among those the text names), told apart (articles with two or more
 *     gold proposals where every one is found under its own key), supersedes (text or pack);
 *   provisions: precision/recall of (proposal, issue, status);
 *   positions: precision/recall of (side, issue, stance[, proposal when issue = "proposal"]),
 *     plus a looser "polarity" match (supports≈demands, opposes≈rejects).
 * The baseline in the same run: issue cue + nearest party mention in the sentence + keyword polarity.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPack } from '../packs/load.ts';
import type { Pack } from '../packs/schema.ts';
import {
  compileNegotiationIndex,
  extractNegotiation,
  findIssues,
  type NegotiationIndex,
} from '../pipeline/negotiation/index.ts';
import type { ActorsIn, NegotiationResult, QuoteIn, Stance, TimeIn } from '../pipeline/negotiation/types.ts';
import { type Segmented, segment } from '../pipeline/segment/index.ts';
import type { EvalReport, EvalRow } from './report.ts';

export interface GoldProposal {
  readonly id: string;
  readonly points?: number | null;
  readonly authors?: readonly string[];
  readonly supersedes?: string;
}
export interface GoldDoc {
  readonly pack: string;
  readonly published: string | null;
  readonly proposals: readonly GoldProposal[];
  readonly provisions: readonly { proposal: string; issue: string; status: string }[];
  readonly positions: readonly { side: string; issue: string; stance: Stance; proposal?: string }[];
}

/** Precision/recall counts. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export const prf = (c: Counts) => {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

/** Set comparison of keys (duplicates collapse). */
export function scoreSets(
  gold: readonly string[],
  system: readonly string[],
  into: Counts = { tp: 0, fp: 0, fn: 0 },
): Counts {
  const g = new Set(gold);
  const s = new Set(system);
  for (const k of s) g.has(k) ? into.tp++ : into.fp++;
  for (const k of g) if (!s.has(k)) into.fn++;
  return into;
}

const POLARITY: Record<Stance, string> = {
  supports: 'pro',
  demands: 'pro',
  opposes: 'con',
  rejects: 'con',
  conditional: 'conditional',
  undecided: 'undecided',
};

export function positionKey(
  p: { side: string; issue: string; stance: Stance; proposal?: string | null },
  loose = false,
): string {
  const st = loose ? POLARITY[p.stance] : p.stance;
  return `${p.side}|${p.issue}|${st}${p.issue === 'proposal' ? `|${p.proposal ?? ''}` : ''}`;
}

/** Maps an actor id to its side: the pack's declared side, a state/bloc itself, a discovered side, or the bare name. */
export function sideResolver(
  pack: Pack,
  discovered: readonly { id: string; side?: string | null }[] = [],
): (a: string) => string {
  const byId = new Map(pack.actors.map((a) => [a.id, a]));
  const disc = new Map(discovered.map((d) => [d.id, d.side ?? null]));
  const sideOf = (a: string, depth = 0): string => {
    const actor = byId.get(a);
    if (actor) return actor.side && depth < 4 ? sideOf(actor.side, depth + 1) : a;
    const d = disc.get(a);
    if (d) return sideOf(d, depth + 1);
    return a.replace(/^new:/, '');
  };
  return sideOf;
}

export interface ProposalScore {
  gold: number;
  found: number;
  pointsRight: number;
  pointsGold: number;
  authorsGold: number;
  authorsFound: number;
  /** Drafters the system names for gold proposals (for drafter precision). */
  authorsSystem: number;
  authorsSystemRight: number;
  /** Proposal keys the system finds that the annotation does not list (comparisons, misread dates). */
  systemKeys: number;
  systemKeysGold: number;
  apartDocs: number;
  apartOk: number;
  supersedesGold: number;
  supersedesFound: number;
}

/** Proposal counters at zero, to accumulate over documents. */
export function emptyProposalScore(): ProposalScore {
  return {
    gold: 0,
    found: 0,
    pointsRight: 0,
    pointsGold: 0,
    authorsGold: 0,
    authorsFound: 0,
    authorsSystem: 0,
    authorsSystemRight: 0,
    systemKeys: 0,
    systemKeysGold: 0,
    apartDocs: 0,
    apartOk: 0,
    supersedesGold: 0,
    supersedesFound: 0,
  };
}

export function scoreProposals(
  gold: readonly GoldProposal[],
  result: NegotiationResult,
  pack: Pack,
  s: ProposalScore,
): void {
  const infos = new Map(result.proposals.map((p) => [p.key, p]));
  let allFound = true;
  for (const g of gold) {
    s.gold++;
    const info = infos.get(g.id);
    if (info) s.found++;
    else allFound = false;
    const packP = pack.proposals.find((p) => p.id === g.id);
    if (g.points !== undefined) {
      s.pointsGold++;
      if (info && (info.points ?? packP?.points ?? null) === g.points) s.pointsRight++;
    }
    for (const a of g.authors ?? []) {
      s.authorsGold++;
      if (info?.authors.includes(a)) s.authorsFound++;
    }
    if (g.authors && info) {
      s.authorsSystem += info.authors.length;
      s.authorsSystemRight += info.authors.filter((a) => g.authors?.includes(a)).length;
    }
    if (g.supersedes) {
      s.supersedesGold++;
      if (info && (info.revises ?? packP?.supersedes) === g.supersedes) s.supersedesFound++;
    }
  }
  const goldKeys = new Set(gold.map((g) => g.id));
  s.systemKeys += result.proposals.length;
  s.systemKeysGold += result.proposals.filter((p) => goldKeys.has(p.key)).length;
  if (gold.length >= 2) {
    s.apartDocs++;
    if (allFound && new Set(gold.map((g) => g.id)).size === gold.length) s.apartOk++;
  }
}

// ---- the per-article pipeline, with whatever stages exist ----

interface Stages {
  actors: ((text: string, seg: Segmented, pack: Pack) => ActorsIn) | null;
  times: ((text: string, seg: Segmented, published: string | null) => TimeIn[]) | null;
  quotes:
    | ((
        text: string,
        seg: Segmented,
        actors: ActorsIn,
        times: readonly TimeIn[],
        published: string | null,
        pack: Pack,
      ) => QuoteIn[])
    | null;
  missing: string[];
}

async function loadStages(): Promise<Stages> {
  const missing: string[] = [];
  const actorIdx = new Map<Pack, unknown>();
  let actors: Stages['actors'] = null;
  let times: Stages['times'] = null;
  let quotes: Stages['quotes'] = null;
  try {
    const m = await import('../pipeline/actors/index.ts');
    actors = (text, seg, pack) => {
      let idx = actorIdx.get(pack);
      if (!idx) {
        idx = m.compileActorIndex(pack);
        actorIdx.set(pack, idx);
      }
      return m.linkActors(text, seg, idx as Parameters<typeof m.linkActors>[2]) as unknown as ActorsIn;
    };
  } catch {
    missing.push('actors');
  }
  try {
    const m = await import('../pipeline/time/index.ts');
    times = (text, seg, published) => m.extractTimes(text, seg, published) as unknown as TimeIn[];
  } catch {
    missing.push('time');
  }
  try {
    const m = await import('../pipeline/quotes/index.ts');
    const ctxs = new Map<Pack, unknown>();
    quotes = (text, seg, a, t, published, pack) => {
      let ctx = ctxs.get(pack);
      if (!ctx) {
        ctx = m.quoteContext(pack);
        ctxs.set(pack, ctx);
      }
      return m.extractQuotes(
        text,
        seg,
        a as unknown as Parameters<typeof m.extractQuotes>[2],
        t as unknown as Parameters<typeof m.extractQuotes>[3],
        published,
        ctx as Parameters<typeof m.extractQuotes>[5],
      ) as unknown as QuoteIn[];
    };
  } catch {
    missing.push('quotes');
  }
  return { actors, times, quotes, missing };
}

/** A plain alias scan, used only when the actors stage is missing: pack names and aliases, whole words. */
export function aliasActorScan(text: string, pack: Pack): ActorsIn {
  const names: [string, string][] = [];
  for (const a of pack.actors) for (const n of [a.name, ...a.aliases]) names.push([n, a.id]);
  for (const p of pack.places)
    if (p.metonymFor) for (const n of [p.name, ...p.aliases]) names.push([n, p.metonymFor]);
  names.sort((x, y) => y[0].length - x[0].length);
  const map = new Map(names.map(([n, id]) => [n.toLowerCase(), id]));
  const re = new RegExp(
    `\\b(?:${names.map(([n]) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
    'g',
  );
  const mentions: { start: number; end: number; text: string; actor: string }[] = [];
  for (let x = re.exec(text); x !== null; x = re.exec(text)) {
    const id = map.get(x[0].toLowerCase());
    if (id) mentions.push({ start: x.index, end: x.index + x[0].length, text: x[0], actor: id });
  }
  return { mentions, discovered: [] };
}

export interface Analyzed {
  readonly seg: Segmented;
  readonly actors: ActorsIn;
  readonly times: TimeIn[];
  readonly quotes: QuoteIn[];
  readonly result: NegotiationResult;
}

export async function pipelineFor(): Promise<{
  run: (text: string, published: string | null, pack: Pack, index: NegotiationIndex) => Analyzed;
  missing: string[];
}> {
  const st = await loadStages();
  const run = (text: string, published: string | null, pack: Pack, index: NegotiationIndex): Analyzed => {
    const seg = segment(text);
    const actors = st.actors ? st.actors(text, seg, pack) : aliasActorScan(text, pack);
    const times = st.times ? st.times(text, seg, published) : [];
    const quotes = st.quotes ? st.quotes(text, seg, actors, times, published, pack) : [];
    const result = extractNegotiation(text, seg, actors, quotes, times, published, index);
    return { seg, actors, times, quotes, result };
  };
  return { run, missing: st.missing };
}

// ---- the baseline ----

const BASE_POLARITY: [RegExp, Stance][] = [
  [/\b(?:reject\w*|refus\w*|never|will not|won't)\b/i, 'rejects'],
  [/\b(?:oppos\w*|resist\w*|criticis\w*|criticiz\w*|against)\b/i, 'opposes'],
  [/\b(?:demand\w*|insist\w*|calls? for|called for|wants?)\b/i, 'demands'],
  [/\b(?:support\w*|back\w*|welcom\w*|accept\w*|agree\w*|approv\w*)\b/i, 'supports'],
];

/** Issue cue + the nearest party mention in the same sentence + the first polarity keyword of the sentence. */
export function baselineStances(
  text: string,
  a: Analyzed,
  index: NegotiationIndex,
): { actor: string; issue: string; stance: Stance; proposal: string | null }[] {
  const out: { actor: string; issue: string; stance: Stance; proposal: string | null }[] = [];
  const hits = findIssues(text, index.issues);
  for (const s of a.seg.sentences) {
    const stext = text.slice(s.start, s.end);
    const pol = BASE_POLARITY.find(([re]) => re.test(stext))?.[1];
    if (!pol) continue;
    const acts = a.actors.mentions.filter(
      (m) => m.start >= s.start && m.end <= s.end && index.actorIds.has(m.actor),
    );
    if (acts.length === 0) continue;
    for (const h of hits) {
      if (h.start < s.start || h.start >= s.end) continue;
      let best = acts[0];
      for (const m of acts)
        if (best && Math.abs(m.start - h.start) < Math.abs(best.start - h.start)) best = m;
      if (best) out.push({ actor: best.actor, issue: h.issue, stance: pol, proposal: null });
    }
  }
  return out;
}

/** Sentences with a proposal mention and an issue cue: included, or dropped when negated. */
export function baselineProvisions(
  text: string,
  a: Analyzed,
  index: NegotiationIndex,
): { proposal: string; issue: string; status: string }[] {
  const out: { proposal: string; issue: string; status: string }[] = [];
  const hits = findIssues(text, index.issues);
  for (const s of a.seg.sentences) {
    const mn = a.result.mentions.find((m) => m.start >= s.start && m.start < s.end);
    if (!mn) continue;
    const neg = /\b(?:not|no longer|drops?|dropped|removed?)\b/i.test(text.slice(s.start, s.end));
    for (const h of hits)
      if (h.start >= s.start && h.start < s.end)
        out.push({ proposal: mn.proposal, issue: h.issue, status: neg ? 'dropped' : 'included' });
  }
  return out;
}

// ---- the run ----

/** One annotated article: its name, its clean text and its gold annotation. */
export interface AnnotatedDoc {
  readonly name: string;
  readonly text: string;
  readonly gold: GoldDoc;
}

/** The annotated articles of a folder: NAME.txt beside NAME.gold.json. */
export function readAnnotated(dir: string): AnnotatedDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.gold\.json$/, ''),
      gold: JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldDoc,
      text: readFileSync(join(dir, f.replace(/\.gold\.json$/, '.txt')), 'utf8'),
    }));
}

export async function evaluateNegotiation(opts: { path?: string } = {}): Promise<EvalReport> {
  const dir = resolve(opts.path ?? join(process.cwd(), 'test/fixtures/negotiation'));
  return scoreNegotiation('negotiation', dir, readAnnotated(dir));
}

/** Runs the per-article pipeline on each document and scores it against its annotation. */
export async function scoreNegotiation(
  name: string,
  dir: string,
  docs: readonly AnnotatedDoc[],
): Promise<EvalReport> {
  const { run, missing } = await pipelineFor();
  const packs = new Map<string, { pack: Pack; index: NegotiationIndex }>();
  const sys = { prov: { tp: 0, fp: 0, fn: 0 }, pos: { tp: 0, fp: 0, fn: 0 }, loose: { tp: 0, fp: 0, fn: 0 } };
  const base = {
    prov: { tp: 0, fp: 0, fn: 0 },
    pos: { tp: 0, fp: 0, fn: 0 },
    loose: { tp: 0, fp: 0, fn: 0 },
  };
  const ps = emptyProposalScore();
  let goldPositions = 0;
  let goldProvisions = 0;
  const notes: string[] = [];
  const errors: string[] = [];
  for (const { name: doc, gold, text } of docs) {
    let p = packs.get(gold.pack);
    if (!p) {
      const pack = loadPack(gold.pack);
      p = { pack, index: compileNegotiationIndex(pack) };
      packs.set(gold.pack, p);
    }
    const a = run(text, gold.published, p.pack, p.index);
    const sideOf = sideResolver(
      p.pack,
      (a.actors.discovered ?? []) as { id: string; side?: string | null }[],
    );
    goldPositions += gold.positions.length;
    goldProvisions += gold.provisions.length;
    scoreProposals(gold.proposals, a.result, p.pack, ps);
    const gProv = gold.provisions.map((x) => `${x.proposal}|${x.issue}|${x.status}`);
    scoreSets(
      gProv,
      a.result.provisions.map((x) => `${x.proposal}|${x.issue}|${x.status}`),
      sys.prov,
    );
    scoreSets(
      gProv,
      baselineProvisions(text, a, p.index).map((x) => `${x.proposal}|${x.issue}|${x.status}`),
      base.prov,
    );
    const gPos = gold.positions;
    const sPos = a.result.stances.map((x) => ({
      side: sideOf(x.actor),
      issue: x.issue,
      stance: x.stance,
      proposal: x.proposal,
    }));
    errors.push(
      ...listErrors(
        doc,
        'provision',
        gProv,
        a.result.provisions.map((x) => ({
          key: `${x.proposal}|${x.issue}|${x.status}`,
          why: `${x.rule}: ${x.evidence.text}`,
        })),
      ),
      ...listErrors(
        doc,
        'position',
        gPos.map((x) => positionKey(x)),
        a.result.stances.map((x, i) => ({
          key: positionKey(sPos[i] as (typeof sPos)[number]),
          why: `${x.actor} ${x.rule}: ${x.evidence.text}`,
        })),
      ),
    );
    const bPos = baselineStances(text, a, p.index).map((x) => ({
      side: sideOf(x.actor),
      issue: x.issue,
      stance: x.stance,
      proposal: x.proposal,
    }));
    scoreSets(
      gPos.map((x) => positionKey(x)),
      sPos.map((x) => positionKey(x)),
      sys.pos,
    );
    scoreSets(
      gPos.map((x) => positionKey(x, true)),
      sPos.map((x) => positionKey(x, true)),
      sys.loose,
    );
    scoreSets(
      gPos.map((x) => positionKey(x)),
      bPos.map((x) => positionKey(x)),
      base.pos,
    );
    scoreSets(
      gPos.map((x) => positionKey(x, true)),
      bPos.map((x) => positionKey(x, true)),
      base.loose,
    );
  }
  const row = (name: string, c: typeof sys, withProposals: boolean): EvalRow => {
    const pv = prf(c.prov);
    const po = prf(c.pos);
    const lo = prf(c.loose);
    const metrics: Record<string, number> = {};
    if (withProposals) {
      metrics['proposals found'] = ps.gold ? ps.found / ps.gold : 0;
      metrics['points right'] = ps.pointsGold ? ps.pointsRight / ps.pointsGold : 0;
      metrics['drafters recall'] = ps.authorsGold ? ps.authorsFound / ps.authorsGold : 0;
      metrics['drafters precision'] = ps.authorsSystem ? ps.authorsSystemRight / ps.authorsSystem : 0;
      metrics['proposal keys P'] = ps.systemKeys ? ps.systemKeysGold / ps.systemKeys : 0;
      metrics['told apart'] = ps.apartDocs ? ps.apartOk / ps.apartDocs : 0;
      metrics.supersedes = ps.supersedesGold ? ps.supersedesFound / ps.supersedesGold : 0;
    }
    metrics['provision P'] = pv.precision;
    metrics['provision R'] = pv.recall;
    metrics['stance P'] = po.precision;
    metrics['stance R'] = po.recall;
    metrics['stance F1'] = po.f1;
    metrics['polarity P'] = lo.precision;
    metrics['polarity R'] = lo.recall;
    return { system: name, metrics };
  };
  if (missing.length > 0) notes.push(`stages missing, replaced by fallbacks: ${missing.join(', ')}`);
  notes.push(
    'baseline: issue cue + nearest party in the sentence + keyword polarity; provisions: mention + cue, negation → dropped',
  );
  return {
    name,
    data: `${dir} (${docs.length} articles, ${ps.gold} proposals, ${goldProvisions} provisions, ${goldPositions} positions)`,
    rows: [row('parley', sys, true), row('baseline', base, false)],
    notes,
    errors,
  };
}

/** Lines naming each gold key the system missed and each system key the gold lacks, with its evidence. */
export function listErrors(
  doc: string,
  what: string,
  gold: readonly string[],
  system: readonly { key: string; why: string }[],
): string[] {
  const g = new Set(gold);
  const s = new Set(system.map((x) => x.key));
  const out: string[] = [];
  for (const k of g) if (!s.has(k)) out.push(`${doc}  missed ${what}   ${k}`);
  const seen = new Set<string>();
  for (const x of system) {
    if (g.has(x.key) || seen.has(x.key)) continue;
    seen.add(x.key);
    out.push(`${doc}  spurious ${what} ${x.key}  ← ${x.why.replace(/\s+/g, ' ').slice(0, 220)}`);
  }
  return out;
}
