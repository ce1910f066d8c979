import type { CompiledPack } from '../pipeline/analyze.ts';
import type { Queryable } from '../store/db.ts';
import { allDocuments, type StoredDocument } from '../store/documents.ts';
import type { ContractDocument, Dossier } from './contract.ts';

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

/** Assembles the whole dossier from the store: per-document facts, then the cross-document work. */
export async function buildDossier(db: Queryable, opts: DossierOptions): Promise<Dossier> {
  const docs: StoredDocument[] = [];
  for await (const d of allDocuments(db)) {
    if (opts.asOf && (!d.published || d.published > opts.asOf)) continue;
    docs.push(d);
  }
  return {
    format: 'parley/1',
    asOf: opts.asOf ?? null,
    pack: opts.pack.pack.id,
    documents: docs.map(contractDocument),
    actors: [],
    places: [],
    times: [],
    quotes: [],
    events: [],
    issues: [],
    proposals: [],
    positions: [],
    conflicts: [],
  };
}
