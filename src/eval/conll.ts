import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { loadPack } from '../packs/load.ts';
import type { Pack } from '../packs/schema.ts';
import { compileActorIndex, linkActors } from '../pipeline/actors/index.ts';
import { segment } from '../pipeline/segment/index.ts';
import type { EvalReport, EvalRow } from './report.ts';

/**
 * Entity recognition scored on CoNLL-2003 (PER, ORG, LOC; MISC ignored), exact spans, against
 * compromise's people()/organizations()/places() on the same rebuilt text in the same run. The
 * text is rebuilt from tokens (joined by spaces, one sentence per paragraph), so CoNLL's
 * tokenization is kept ("U.S." stays one token, "Reuters ' report" keeps its odd spacing).
 * Only the generic pack is used: no negotiation knowledge, so this measures discovery.
 */

export type EntityType = 'PER' | 'ORG' | 'LOC';
export interface Entity {
  start: number;
  end: number;
  type: EntityType;
}
export interface ConllDoc {
  text: string;
  gold: Entity[];
}

/** Parses CoNLL columns (token POS chunk NER, IOB1) into documents with rebuilt text and gold spans. */
export function parseConll(data: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let text = '';
  let gold: Entity[] = [];
  let open: { start: number; end: number; type: string } | null = null;
  let sentenceHasTokens = false;
  const closeEntity = () => {
    if (open && (open.type === 'PER' || open.type === 'ORG' || open.type === 'LOC'))
      gold.push({ start: open.start, end: open.end, type: open.type });
    open = null;
  };
  const flushDoc = () => {
    closeEntity();
    if (text.trim()) docs.push({ text, gold });
    text = '';
    gold = [];
    sentenceHasTokens = false;
  };
  for (const raw of data.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('-DOCSTART-')) {
      flushDoc();
      continue;
    }
    if (!line) {
      closeEntity();
      if (sentenceHasTokens) text += '\n\n';
      sentenceHasTokens = false;
      continue;
    }
    const cols = line.split(/\s+/);
    const token = cols[0] as string;
    const tag = cols[cols.length - 1] as string;
    if (sentenceHasTokens) text += ' ';
    const start = text.length;
    text += token;
    const end = text.length;
    sentenceHasTokens = true;
    if (tag === 'O') {
      closeEntity();
      continue;
    }
    const [bio, type] = tag.split('-') as [string, string];
    const current = open as { start: number; end: number; type: string } | null;
    if (bio === 'B' || !current || current.type !== type) {
      closeEntity();
      open = { start, end, type };
    } else current.end = end;
  }
  flushDoc();
  for (const d of docs) d.text = d.text.replace(/\n+$/, '');
  return docs;
}

export interface Scores {
  tp: number;
  fp: number;
  fn: number;
}

/** Exact-span, exact-type matching; duplicates in the predictions count once. */
export function scoreSpans(
  gold: readonly Entity[],
  predicted: readonly Entity[],
): Record<EntityType | 'ALL', Scores> {
  const key = (e: Entity) => `${e.start}:${e.end}:${e.type}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  const out = {} as Record<EntityType | 'ALL', Scores>;
  for (const t of ['PER', 'ORG', 'LOC', 'ALL'] as const) out[t] = { tp: 0, fp: 0, fn: 0 };
  for (const k of predKeys) {
    const t = k.split(':')[2] as EntityType;
    const hit = goldKeys.has(k);
    for (const s of [out[t], out.ALL]) hit ? s.tp++ : s.fp++;
  }
  for (const k of goldKeys) {
    if (predKeys.has(k)) continue;
    const t = k.split(':')[2] as EntityType;
    out[t].fn++;
    out.ALL.fn++;
  }
  return out;
}

export function prf(s: Scores): { p: number; r: number; f1: number } {
  const p = s.tp + s.fp === 0 ? 0 : s.tp / (s.tp + s.fp);
  const r = s.tp + s.fn === 0 ? 0 : s.tp / (s.tp + s.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function add(a: Record<string, Scores>, b: Record<string, Scores>): void {
  for (const [k, v] of Object.entries(b)) {
    const t = a[k] ?? { tp: 0, fp: 0, fn: 0 };
    a[k] = t;
    t.tp += v.tp;
    t.fp += v.fp;
    t.fn += v.fn;
  }
}

/** Our linker and discovery, mapped to CoNLL types. */
export function parleyEntities(text: string, pack: Pack, index = compileActorIndex(pack)): Entity[] {
  const result = linkActors(text, segment(text), index);
  const kinds = new Map<string, string>(pack.actors.map((a) => [a.id, a.kind]));
  for (const d of result.discovered) kinds.set(d.id, d.kind);
  const out: Entity[] = [];
  for (const m of result.mentions) {
    if (m.rule === 'demonym') continue; // demonyms are MISC in CoNLL
    const kind = kinds.get(m.actor);
    const type: EntityType | null =
      m.metonym || kind === 'state' ? 'LOC' : kind === 'person' ? 'PER' : kind ? 'ORG' : null;
    if (type) out.push({ start: m.start, end: m.end, type });
  }
  for (const p of result.places) out.push({ start: p.start, end: p.end, type: 'LOC' });
  return out;
}

/** compromise's people/organizations/places with character offsets (trailing punctuation trimmed). */
export function compromiseEntities(text: string): Entity[] {
  const doc = nlp(text);
  const out: Entity[] = [];
  const take = (view: { json: (o: object) => unknown }, type: EntityType) => {
    for (const m of view.json({ offset: true }) as {
      terms: { text: string; offset: { start: number; length: number } }[];
    }[]) {
      const first = m.terms[0];
      const last = m.terms[m.terms.length - 1];
      if (!first || !last) continue;
      let end = last.offset.start + last.offset.length;
      const start = first.offset.start;
      while (end > start && /[\s.,;:!?'"]/.test(text.charAt(end - 1))) end--;
      if (end > start) out.push({ start, end, type });
    }
  };
  take(doc.people(), 'PER');
  take(doc.organizations(), 'ORG');
  take(doc.places(), 'LOC');
  return out;
}

export async function evaluateConll(opts: { path?: string } = {}): Promise<EvalReport> {
  const path = opts.path ?? resolve(process.cwd(), '../shared/benchmarks/conll2003/eng.testa');
  const docs = parseConll(readFileSync(path, 'utf8'));
  const pack = loadPack('generic');
  const index = compileActorIndex(pack);
  const ours: Record<string, Scores> = {};
  const theirs: Record<string, Scores> = {};
  let goldCount = 0;
  for (const d of docs) {
    goldCount += d.gold.length;
    add(ours, scoreSpans(d.gold, parleyEntities(d.text, pack, index)));
    add(theirs, scoreSpans(d.gold, compromiseEntities(d.text)));
  }
  const row = (system: string, s: Record<string, Scores>): EvalRow => {
    const metrics: Record<string, number> = {};
    for (const t of ['ALL', 'PER', 'ORG', 'LOC']) {
      const v = prf(s[t] ?? { tp: 0, fp: 0, fn: 0 });
      const name = t === 'ALL' ? '' : `${t} `;
      metrics[`${name}F1`] = v.f1;
      if (t === 'ALL') {
        metrics.P = v.p;
        metrics.R = v.r;
      } else {
        metrics[`${t} P`] = v.p;
        metrics[`${t} R`] = v.r;
      }
    }
    return { system, metrics };
  };
  return {
    name: 'conll',
    data: `${path}: ${docs.length} documents, ${goldCount} PER/ORG/LOC entities (MISC ignored)`,
    rows: [row('parley (generic pack)', ours), row('compromise', theirs)],
    notes: [
      'exact span and type; text rebuilt from tokens, one sentence per paragraph',
      'no negotiation pack: this measures discovery and the generic gazetteer of states, capitals and organizations',
    ],
  };
}
