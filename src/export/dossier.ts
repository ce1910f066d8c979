import type { DateValue, Span } from '../core/types.ts';
import { resolveActors } from '../corpus/actors.ts';
import {
  assembleNegotiation,
  type ContractPosition,
  dateKey,
  positionsMatrix,
} from '../corpus/negotiation.ts';
import { mergeQuotes } from '../corpus/quotes.ts';
import type { Analysis, CompiledPack } from '../pipeline/analyze.ts';
import type { Queryable } from '../store/db.ts';
import { allDocuments, type StoredDocument } from '../store/documents.ts';
import type { ContractDocument, ContractEvent, Dossier } from './contract.ts';

export interface DossierOptions {
  /** Only documents published on or before this date (undated ones are then left out). */
  readonly asOf?: string | undefined;
  readonly pack: CompiledPack;
}

function contractDocument(d: StoredDocument): ContractDocument {
  return {
    id: d.id,
    source: d.source,
    title: d.title,
    outlet: d.outlet,
    url: d.url,
    published: d.published,
    publishedSource: d.publishedSource,
    text: d.text,
    words: d.words,
    duplicateOf: d.duplicateOf,
    flags: [...d.flags],
  };
}

/** Documents with their stored analysis; an analysis from an older pipeline may lack newer fields. */
interface AnalyzedRow {
  readonly doc: StoredDocument;
  readonly analysis: Analysis;
}

export async function loadAnalyzed(db: Queryable, asOf?: string): Promise<AnalyzedRow[]> {
  const rows: AnalyzedRow[] = [];
  for await (const d of allDocuments(db)) {
    if (asOf && (!d.published || d.published > asOf)) continue;
    const analysis = d.analysis as Analysis | null;
    rows.push({ doc: d, analysis: analysis?.actors ? analysis : EMPTY_ANALYSIS });
  }
  return rows;
}

/** For a document stored without an analysis (it still belongs in `documents`). */
const EMPTY_ANALYSIS: Analysis = {
  sentences: 0,
  actors: { mentions: [], places: [], discovered: [], flags: [] },
  times: [],
  quotes: [],
  negotiation: { mentions: [], proposals: [], provisions: [], stances: [], process: [], deadlines: [] },
};

const span = (doc: string, s: { start: number; end: number; text: string }): Span => ({
  doc,
  start: s.start,
  end: s.end,
  text: s.text,
});

/** Builds the dossier from analysed documents: the cross-document work happens here. Pure. */
export function assembleDossier(rows: readonly AnalyzedRow[], opts: DossierOptions): Dossier {
  const pack = opts.pack.pack;
  const { actors, places } = resolveActors(
    rows.map((r) => ({ doc: r.doc.id, result: r.analysis.actors })),
    pack,
  );
  // Discovered actors are clustered across documents: map each document's local id to the cluster's.
  const clusterOf = new Map<string, string>();
  for (const a of actors) for (const m of a.mentions) clusterOf.set(`${m.doc}\u0000${m.start}`, a.id);
  const localToGlobal = (doc: string, analysis: Analysis) => {
    const map = new Map<string, string>();
    for (const m of analysis.actors.mentions) {
      const global = clusterOf.get(`${doc}\u0000${m.start}`);
      if (global && m.actor !== global) map.set(m.actor, global);
    }
    return (id: string | null) => (id === null ? null : (map.get(id) ?? id));
  };

  const times = rows.flatMap((r) =>
    r.analysis.times
      .filter((t) => t.value !== null)
      .map((t) => ({
        doc: r.doc.id,
        start: t.start,
        end: t.end,
        text: t.text,
        value: t.value as DateValue,
        type: t.type,
        approximate: t.approximate,
        rule: t.rule,
      })),
  );

  const quotes = mergeQuotes(
    rows.map((r) => {
      const g = localToGlobal(r.doc.id, r.analysis);
      return {
        doc: r.doc.id,
        published: r.doc.published,
        quotes: r.analysis.quotes.map((q) => ({ ...q, speaker: g(q.speaker) })),
      };
    }),
  );

  // A republished copy is not a second source for what the parties said and did.
  const originals = rows.filter((r) => !r.doc.duplicateOf);
  const sides: Record<string, string | null> = {};
  for (const a of actors) sides[a.id] = a.side;
  for (const a of pack.actors)
    sides[a.id] = a.side ?? (a.kind === 'state' || a.kind === 'bloc' ? a.id : null);
  const negotiation = assembleNegotiation(
    originals.map((r) => {
      const g = localToGlobal(r.doc.id, r.analysis);
      const n = r.analysis.negotiation;
      return {
        doc: r.doc.id,
        published: r.doc.published,
        sides,
        result: { ...n, stances: n.stances.map((s) => ({ ...s, actor: g(s.actor) ?? s.actor })) },
      };
    }),
    pack,
  );

  return {
    format: 'parley/1',
    asOf: opts.asOf ?? null,
    pack: pack.id,
    documents: rows.map((r) => contractDocument(r.doc)),
    actors,
    places,
    times,
    quotes,
    events: events(originals),
    issues: negotiation.issues,
    proposals: negotiation.proposals,
    positions: negotiation.positions,
    conflicts: conflicts(negotiation.positions),
  };
}

/** The process of each proposal as dated events (PLOVER types plus PROPOSE), for the timeline. */
function events(rows: readonly AnalyzedRow[]): ContractEvent[] {
  const TYPE: Record<string, string> = {
    floated: 'PROPOSE',
    drafted: 'PROPOSE',
    presented: 'PROPOSE',
    'under-negotiation': 'CONSULT',
    accepted: 'AGREE',
    agreed: 'AGREE',
    signed: 'AGREE',
    implemented: 'COOPERATE',
    abandoned: 'RETREAT',
    'not-accepted': 'REJECT',
  };
  const out: ContractEvent[] = [];
  for (const r of rows) {
    for (const p of r.analysis.negotiation.process) {
      const type = TYPE[p.state];
      if (!type) continue;
      out.push({
        id: `e-${r.doc.id}-${p.evidence.start}`,
        type,
        date: p.date,
        actors: p.actor ? [p.actor] : [],
        targets: [],
        place: null,
        summary: `${p.proposal}: ${p.state}`,
        proposal: p.proposal,
        evidence: [span(r.doc.id, p.evidence)],
      });
    }
  }
  return out.sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date)) || a.id.localeCompare(b.id));
}

/** Where sources disagree about an actor's latest stance on an issue. */
function conflicts(positions: readonly ContractPosition[]): Dossier['conflicts'] {
  const m = positionsMatrix(positions, { by: 'actor' });
  return m.cells
    .filter((c) => c.disputed)
    .map((c) => {
      const claims = positions
        .filter((p) => p.actor === c.row && p.issue === c.issue && dateKey(p.date) === dateKey(c.date))
        .flatMap((p) => p.evidence);
      return {
        summary: `Sources disagree on ${c.row}'s stance on ${c.issue}: ${[c.stance, ...c.alternatives].join(' vs ')}`,
        claims,
      };
    });
}

/** Assembles the whole dossier from the store. */
export async function buildDossier(db: Queryable, opts: DossierOptions): Promise<Dossier> {
  return assembleDossier(await loadAnalyzed(db, opts.asOf), opts);
}
