import { createHash } from 'node:crypto';
import type { DocFlag } from '../core/types.ts';
import type { PreparedDoc } from '../ingest/prepare.ts';
import type { Pack } from '../packs/schema.ts';
import type { StoredDocument } from '../store/documents.ts';
import { segment } from './segment/index.ts';

/** Bumped when a stage changes what it outputs, so stored analyses can be recognised as stale. */
export const PIPELINE_VERSION = '1';

/** A pack with the indexes every stage builds from it, built once per run. */
export interface CompiledPack {
  readonly pack: Pack;
  /** Identifies pack content + pipeline version: what `analyzed_with` records. */
  readonly fingerprint: string;
}

export function compilePack(pack: Pack): CompiledPack {
  const fingerprint = `${PIPELINE_VERSION}:${pack.id}:${createHash('sha256').update(JSON.stringify(pack)).digest('hex').slice(0, 12)}`;
  return { pack, fingerprint };
}

export interface Analysis {
  readonly sentences: number;
}

export interface AnalyzedDoc {
  readonly doc: Omit<StoredDocument, 'duplicateOf' | 'similarity'>;
  readonly publishedRule: string | null;
}

/** Every per-document stage, chained. Pure: the same document and pack give the same output. */
export function analyzeDocument(prepared: PreparedDoc, cp: CompiledPack): AnalyzedDoc {
  const seg = segment(prepared.text);
  const analysis: Analysis = { sentences: seg.sentences.length };
  const flags: DocFlag[] = [];
  return {
    doc: {
      id: prepared.id,
      source: prepared.source,
      title: prepared.title,
      outlet: prepared.outlet,
      url: prepared.url,
      published: prepared.published,
      publishedSource: prepared.publishedSource,
      text: prepared.text,
      words: prepared.words,
      minhash: prepared.minhash,
      flags,
      removed: prepared.removed,
      captions: prepared.captions,
      analysis,
      analyzedWith: cp.fingerprint,
    },
    publishedRule: null,
  };
}
