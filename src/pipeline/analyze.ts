import { createHash } from 'node:crypto';
import type { DocFlag } from '../core/types.ts';
import type { PreparedDoc } from '../ingest/prepare.ts';
import type { Pack } from '../packs/schema.ts';
import type { StoredDocument } from '../store/documents.ts';
import { type ActorIndex, type ActorsResult, compileActorIndex, linkActors } from './actors/index.ts';
import {
  compileNegotiationIndex,
  extractNegotiation,
  type NegotiationIndex,
  type NegotiationResult,
} from './negotiation/index.ts';
import { extractQuotes, type Quote, type QuoteContext, quoteContext } from './quotes/index.ts';
import { type Segmented, segment } from './segment/index.ts';
import { extractTimes, inferPublished, type TimeExpr } from './time/index.ts';

/** Bumped when a stage changes what it outputs, so stored analyses can be recognised as stale. */
export const PIPELINE_VERSION = '1';

/** A pack with the indexes every stage builds from it, built once per run. */
export interface CompiledPack {
  readonly pack: Pack;
  /** Identifies pack content + pipeline version: what `analyzed_with` records. */
  readonly fingerprint: string;
  readonly actors: ActorIndex;
  readonly quotes: QuoteContext;
  readonly negotiation: NegotiationIndex;
}

export function compilePack(pack: Pack): CompiledPack {
  const hash = createHash('sha256').update(JSON.stringify(pack)).digest('hex').slice(0, 12);
  return {
    pack,
    fingerprint: `${PIPELINE_VERSION}:${pack.id}:${hash}`,
    actors: compileActorIndex(pack),
    quotes: quoteContext(pack),
    negotiation: compileNegotiationIndex(pack),
  };
}

/** Every per-document fact, as stored (JSONB) and re-computable from the clean text and the pack. */
export interface Analysis {
  readonly sentences: number;
  readonly actors: ActorsResult;
  readonly times: readonly TimeExpr[];
  readonly quotes: readonly Quote[];
  readonly negotiation: NegotiationResult;
}

export interface AnalyzedDoc {
  readonly doc: Omit<StoredDocument, 'duplicateOf' | 'similarity'>;
  /** How the publication date was inferred from the text, when it was. */
  readonly publishedRule: string | null;
}

/** A date from the timestamp lines the cleaner removed ("2025-11-26 18:40:00" under the article). */
function fromStamps(
  stamps: readonly string[],
): { date: string; rule: string; start: number; end: number; stamp: true } | null {
  if (stamps.length === 0) return null;
  const text = stamps.join('\n\n');
  const found = inferPublished(text, segment(text));
  return found ? { ...found, rule: `removed-stamp:${found.rule}`, stamp: true } : null;
}

/** Every per-document stage, chained. Pure: the same document and pack give the same output. */
export function analyzeDocument(
  prepared: PreparedDoc,
  cp: CompiledPack,
  opts: { readonly facts?: boolean } = {},
): AnalyzedDoc {
  const { text, id } = prepared;
  const facts = opts.facts ?? true;
  // Segmenting is the costliest step: without facts it is only needed to infer a missing date.
  const seg = facts || !prepared.published ? segment(text) : null;
  let { published, publishedSource } = prepared;
  let publishedRule: string | null = null;
  const flags: DocFlag[] = [];
  if (!published) {
    const inferred: { date: string; rule: string; start: number; end: number; stamp?: true } | null =
      inferPublished(text, seg as Segmented) ?? fromStamps(prepared.stamps);
    if (inferred) {
      published = inferred.date;
      publishedSource = 'inferred';
      publishedRule = inferred.rule;
      flags.push({
        kind: 'date-inferred',
        detail: `publication date ${inferred.date} inferred from the text (${inferred.rule})`,
        evidence: inferred.stamp
          ? []
          : [
              {
                doc: id,
                start: inferred.start,
                end: inferred.end,
                text: text.slice(inferred.start, inferred.end),
              },
            ],
      });
    }
  }
  let analysis: Analysis | null = null;
  if (facts && seg) {
    const actors = linkActors(text, seg, cp.actors, published);
    const times = extractTimes(text, seg, published);
    const quotes = extractQuotes(text, seg, actors, times, published, cp.quotes);
    const negotiation = extractNegotiation(text, seg, actors, quotes, times, published, cp.negotiation);
    for (const f of actors.flags)
      flags.push({
        kind: f.kind,
        detail: f.detail,
        evidence: [{ doc: id, start: f.start, end: f.end, text: f.text }],
      });
    analysis = { sentences: seg.sentences.length, actors, times, quotes, negotiation };
  }
  return {
    doc: {
      id,
      source: prepared.source,
      title: prepared.title,
      outlet: prepared.outlet,
      url: prepared.url,
      published,
      publishedSource,
      text,
      words: prepared.words,
      minhash: prepared.minhash,
      flags,
      removed: prepared.removed,
      captions: prepared.captions,
      analysis,
      analyzedWith: analysis ? cp.fingerprint : null,
    },
    publishedRule,
  };
}
