import type { DateValue, DocFlag, PublishedSource, Span } from '../core/types.ts';

/** The export contract of DESIGN.md ("parley/1"). Field names and meanings are fixed; fields may be added. */
export interface ContractDocument {
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: DateValue | null;
  publishedSource: PublishedSource | null;
  text: string;
  words: number;
  duplicateOf: string | null;
  flags: DocFlag[];
}

export interface Dossier {
  format: 'parley/1';
  asOf: string | null;
  pack: string;
  documents: ContractDocument[];
  actors: unknown[];
  places: unknown[];
  times: { doc: string; start: number; end: number; text: string; value: DateValue }[];
  quotes: unknown[];
  events: unknown[];
  issues: { id: string; label: string }[];
  proposals: unknown[];
  positions: unknown[];
  conflicts: { summary: string; claims: Span[] }[];
}
