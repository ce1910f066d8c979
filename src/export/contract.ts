import type { DateValue, DocFlag, PublishedSource, Span } from '../core/types.ts';
import type { ContractActor, ContractPlace } from '../corpus/actors.ts';
import type { ContractPosition, ContractProposal } from '../corpus/negotiation.ts';
import type { ContractQuote } from '../corpus/quotes.ts';

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

export interface ContractTime {
  doc: string;
  start: number;
  end: number;
  text: string;
  value: DateValue;
  type: string;
  approximate: boolean;
  rule: string;
}

export interface ContractEvent {
  id: string;
  type: string;
  date: DateValue | null;
  actors: string[];
  targets: string[];
  place: string | null;
  summary: string;
  proposal?: string;
  evidence: Span[];
}

export interface Dossier {
  format: 'parley/1';
  asOf: string | null;
  pack: string;
  documents: ContractDocument[];
  actors: ContractActor[];
  places: ContractPlace[];
  times: ContractTime[];
  quotes: ContractQuote[];
  events: ContractEvent[];
  issues: { id: string; label: string }[];
  proposals: ContractProposal[];
  positions: ContractPosition[];
  conflicts: { summary: string; claims: Span[] }[];
}
