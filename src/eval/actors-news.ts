import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import { type ContractActor, resolveActors } from '../corpus/actors.ts';
import { loadPack } from '../packs/load.ts';
import type { Pack } from '../packs/schema.ts';
import { type ActorIndex, compileActorIndex, linkActors } from '../pipeline/actors/index.ts';
import type { ActorsResult } from '../pipeline/actors/types.ts';
import { segment } from '../pipeline/segment/index.ts';
import type { EvalReport } from './report.ts';

/**
 * People in negotiation news, scored on passages written for the project (test/fixtures/actors/),
 * through the REAL chain: segment → linkActors (with the article date) → resolveActors (the
 * cross-document clustering), one run per pack, side by side with compromise's people().
 *
 * Data format. Each passage is `<name>.txt` with `<name>.gold.json` beside it:
 *
 *   { "published": "2025-11-30",             // the article date given to the linker
 *     "pack": "ukraine-2025",                 // the pack the passage is analysed with
 *     "mentions": [
 *       { "text": "Witkof",                   // exact substring of the .txt
 *         "occurrence": 1,                    // optional: which occurrence of `text` (0 = first)
 *         "actor": "steve-witkoff",           // a pack actor id, or "new:<Name>" for a person in no
 *                                             // pack (the same "new:" id in two passages is one person)
 *         "title": true,                      // optional: a title standing for a name ("the vice president")
 *         "kind": "speaker" } ] }             // optional: an organization or state acting as a speaker
 *                                             // ("the Kremlin said" → russia); not a person mention
 *
 * Every person mention is listed (bylines and captions included); speakers only where chosen.
 *
 * Scoring. A gold person mention is found when a predicted person mention overlaps it, and right
 * when that mention's actor is the gold one. Pack ids must match exactly; a "new:" gold person is
 * paired one-to-one with the predicted actor that covers most of its mentions (greedy on counts),
 * and that predicted actor must be unknown to the pack. Metrics:
 *   - mention recall / precision (named mentions; titles reported apart as title recall),
 *   - distinct-person recall (gold persons with a right mention) and precision (predicted person
 *     actors with a right mention, over predicted person actors),
 *   - splits (a gold person whose found mentions carry several predicted actors) and false merges
 *     (a predicted actor whose mentions overlap several gold persons),
 *   - speaker recall (a predicted mention of the gold actor, or of an actor on its side, overlaps).
 * compromise has no pack: its people() spans are given the actor "<last word>" and paired with
 * gold persons the same one-to-one way, so its figures measure recognition and naive grouping.
 */

export interface GoldMention {
  readonly text: string;
  readonly occurrence?: number;
  readonly actor: string;
  readonly title?: boolean;
  readonly kind?: 'person' | 'speaker';
}

export interface GoldFile {
  readonly published: string | null;
  readonly pack: string;
  readonly mentions: readonly GoldMention[];
}

/** A gold or predicted mention reduced to what is scored. */
export interface Scored {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly actor: string;
  readonly title?: boolean;
  readonly text?: string;
}

export interface PersonScores {
  goldMentions: number;
  predMentions: number;
  rightMentions: number;
  /** Predicted mentions that overlap a gold mention with the right actor. */
  rightPredicted: number;
  goldPersons: number;
  predPersons: number;
  rightPersons: number;
  rightPredPersons: number;
  splits: string[];
  merges: string[];
  misses: Scored[];
  falsePositives: Scored[];
  wrongActor: { gold: Scored; pred: string }[];
}

/** Offsets of gold mentions in the text: the nth occurrence of `text`. */
export function locate(text: string, m: GoldMention): { start: number; end: number } {
  let at = -1;
  for (let n = 0; n <= (m.occurrence ?? 0); n++) {
    at = text.indexOf(m.text, at + 1);
    if (at < 0) throw new Error(`gold mention "${m.text}" #${m.occurrence ?? 0} not in the text`);
  }
  return { start: at, end: at + m.text.length };
}

const overlaps = (a: Scored, b: Scored) => a.doc === b.doc && a.start < b.end && b.start < a.end;

/**
 * Scores predicted person mentions against gold person mentions. `isKnown(id)` tells whether a
 * predicted id is a pack actor (gold "new:" persons must be paired with unknown predicted actors;
 * pass `() => false` for a baseline without a pack).
 */
export function scorePersons(
  gold: readonly Scored[],
  pred: readonly Scored[],
  isKnown: (id: string) => boolean,
  exactIds = true,
): PersonScores {
  // Overlap pairs.
  const over = gold.map((g) => pred.filter((p) => overlaps(g, p)));
  // One-to-one pairing of gold persons with predicted actors for "new:" gold (or every gold without ids).
  const counts = new Map<string, number>();
  gold.forEach((g, i) => {
    if (exactIds && !g.actor.startsWith('new:')) return;
    for (const p of over[i] as Scored[]) {
      if (exactIds && isKnown(p.actor)) continue;
      const k = `${g.actor}\u0000${p.actor}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  });
  const pairs = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const pairedGold = new Map<string, string>();
  const pairedPred = new Set<string>();
  for (const [k] of pairs) {
    const [g, p] = k.split('\u0000') as [string, string];
    if (pairedGold.has(g) || pairedPred.has(p)) continue;
    pairedGold.set(g, p);
    pairedPred.add(p);
  }
  const expected = (g: string) => (exactIds && !g.startsWith('new:') ? g : pairedGold.get(g));

  const s: PersonScores = {
    goldMentions: gold.length,
    predMentions: pred.length,
    rightMentions: 0,
    rightPredicted: 0,
    goldPersons: new Set(gold.map((g) => g.actor)).size,
    predPersons: new Set(pred.map((p) => p.actor)).size,
    rightPersons: 0,
    rightPredPersons: 0,
    splits: [],
    merges: [],
    misses: [],
    falsePositives: [],
    wrongActor: [],
  };
  const rightGoldPersons = new Set<string>();
  const rightPredPersons = new Set<string>();
  gold.forEach((g, i) => {
    const o = over[i] as Scored[];
    const want = expected(g.actor);
    const hit = o.find((p) => p.actor === want);
    if (hit) {
      s.rightMentions++;
      rightGoldPersons.add(g.actor);
      rightPredPersons.add(hit.actor);
    } else if (o.length === 0) s.misses.push(g);
    else s.wrongActor.push({ gold: g, pred: (o[0] as Scored).actor });
  });
  for (const p of pred) {
    const o = gold.filter((g) => overlaps(g, p));
    if (o.some((g) => expected(g.actor) === p.actor)) s.rightPredicted++;
    else if (o.length === 0) s.falsePositives.push(p);
  }
  s.rightPersons = rightGoldPersons.size;
  s.rightPredPersons = rightPredPersons.size;
  // Splits and merges.
  const predOfGold = new Map<string, Set<string>>();
  const goldOfPred = new Map<string, Set<string>>();
  gold.forEach((g, i) => {
    for (const p of over[i] as Scored[]) {
      const a = predOfGold.get(g.actor) ?? new Set();
      a.add(p.actor);
      predOfGold.set(g.actor, a);
      const b = goldOfPred.get(p.actor) ?? new Set();
      b.add(g.actor);
      goldOfPred.set(p.actor, b);
    }
  });
  for (const [g, ps] of predOfGold) if (ps.size > 1) s.splits.push(`${g} → ${[...ps].join(', ')}`);
  for (const [p, gs] of goldOfPred) if (gs.size > 1) s.merges.push(`${p} ← ${[...gs].join(', ')}`);
  return s;
}

interface Loaded {
  doc: string;
  text: string;
  gold: GoldFile;
}

function load(dir: string): Loaded[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const doc = f.replace(/\.gold\.json$/, '');
      return {
        doc,
        text: readFileSync(join(dir, `${doc}.txt`), 'utf8'),
        gold: JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile,
      };
    });
}

/** compromise's people() with offsets, each given the actor "<last word, lower case>". */
export function compromisePeople(doc: string, text: string): Scored[] {
  const out: Scored[] = [];
  for (const m of nlp(text).people().json({ offset: true }) as {
    terms: { text: string; offset: { start: number; length: number } }[];
  }[]) {
    const first = m.terms[0];
    const last = m.terms[m.terms.length - 1];
    if (!first || !last) continue;
    let end = last.offset.start + last.offset.length;
    const start = first.offset.start;
    while (end > start && /[\s.,;:!?'"’]/.test(text.charAt(end - 1))) end--;
    const t = text.slice(start, end).replace(/['’]s$/, '');
    const word = (t.split(/\s+/).pop() ?? t).toLowerCase();
    if (end > start) out.push({ doc, start, end, actor: word, text: t });
  }
  return out;
}

export interface ActorsNewsRun {
  ours: PersonScores;
  oursAll: PersonScores;
  baseline: PersonScores;
  titleGold: number;
  titleRight: number;
  speakerGold: number;
  speakerRight: number;
  speakerMisses: Scored[];
  docs: number;
}

/** Runs the chain and scores it; the detail (misses, false positives, splits) is for debugging. */
export function runActorsNews(dir: string): ActorsNewsRun {
  const loaded = load(dir);
  const packs = new Map<string, { pack: Pack; index: ActorIndex }>();
  const results = new Map<string, { doc: string; result: ActorsResult }[]>();
  for (const l of loaded) {
    let p = packs.get(l.gold.pack);
    if (!p) {
      const pack = loadPack(l.gold.pack);
      p = { pack, index: compileActorIndex(pack) };
      packs.set(l.gold.pack, p);
    }
    const result = linkActors(l.text, segment(l.text), p.index, l.gold.published ?? null);
    const list = results.get(l.gold.pack) ?? [];
    list.push({ doc: l.doc, result });
    results.set(l.gold.pack, list);
  }
  const actors: ContractActor[] = [];
  for (const [packId, list] of results)
    actors.push(...resolveActors(list, (packs.get(packId) as { pack: Pack }).pack).actors);
  const kindOf = new Map(actors.map((a) => [a.id, a]));
  const pred: Scored[] = [];
  const all: Scored[] = [];
  for (const a of actors)
    for (const m of a.mentions) {
      const s = { doc: m.doc, start: m.start, end: m.end, actor: a.id, text: m.text };
      all.push(s);
      if (a.kind === 'person') pred.push(s);
    }
  const goldPersons: Scored[] = [];
  const speakers: Scored[] = [];
  for (const l of loaded)
    for (const m of l.gold.mentions) {
      const s: Scored = { doc: l.doc, ...locate(l.text, m), actor: m.actor, title: m.title, text: m.text };
      if (m.kind === 'speaker') speakers.push(s);
      else goldPersons.push(s);
    }
  const isKnown = (id: string) => kindOf.get(id)?.known ?? false;
  const named = goldPersons.filter((g) => !g.title);
  const titles = goldPersons.filter((g) => g.title);
  // Named scores: predictions on a title-only gold mention are neither right nor wrong there.
  const predNamed = pred.filter((p) => !titles.some((t) => overlaps(t, p)));
  const ours = scorePersons(named, predNamed, isKnown);
  const oursAll = scorePersons(goldPersons, pred, isKnown);
  const titleRight = titles.filter(
    (t) => !oursAll.misses.includes(t) && !oursAll.wrongActor.some((w) => w.gold === t),
  ).length;
  const base = loaded.flatMap((l) => compromisePeople(l.doc, l.text));
  const baseline = scorePersons(
    named,
    base.filter((p) => !titles.some((t) => overlaps(t, p))),
    () => false,
    false,
  );
  const sideOf = (id: string) => kindOf.get(id)?.side ?? null;
  const speakerMisses = speakers.filter(
    (g) => !all.some((p) => overlaps(g, p) && (p.actor === g.actor || sideOf(p.actor) === g.actor)),
  );
  return {
    ours,
    oursAll,
    baseline,
    titleGold: titles.length,
    titleRight,
    speakerGold: speakers.length,
    speakerRight: speakers.length - speakerMisses.length,
    speakerMisses,
    docs: loaded.length,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

function rowMetrics(s: PersonScores): Record<string, number> {
  return {
    'mention recall': ratio(s.rightMentions, s.goldMentions),
    'mention precision': ratio(s.rightPredicted, s.predMentions),
    'person recall': ratio(s.rightPersons, s.goldPersons),
    'person precision': ratio(s.rightPredPersons, s.predPersons),
    splits: s.splits.length,
    'false merges': s.merges.length,
  };
}

export async function evaluateActorsNews(opts: { path?: string } = {}): Promise<EvalReport> {
  const dir = opts.path ?? resolve(process.cwd(), 'test/fixtures/actors');
  const r = runActorsNews(dir);
  return {
    name: 'actors-news',
    data: `${dir} (${r.docs} passages, ${r.ours.goldMentions} named person mentions of ${r.ours.goldPersons} people, ${r.titleGold} title mentions, ${r.speakerGold} speakers)`,
    rows: [
      {
        system: 'parley (segment → linkActors → resolveActors)',
        metrics: {
          ...rowMetrics(r.ours),
          'title recall': ratio(r.titleRight, r.titleGold),
          'speaker recall': ratio(r.speakerRight, r.speakerGold),
        },
      },
      { system: 'compromise people() (actor = last word)', metrics: rowMetrics(r.baseline) },
    ],
    notes: [
      'named mentions only in the mention/person columns; titles standing for a name are scored apart',
      'splits: gold people spread over several predicted actors; false merges: predicted actors covering several gold people',
    ],
  };
}
