import type { DateValue } from '../../core/types.ts';

/**
 * What the negotiation stage consumes from the other stages, as minimal structural types, so
 * this stage compiles and runs whether or not the actors, time and quotes stages are present.
 * Anything with these fields fits (the real stage outputs carry more).
 */

export interface ActorMentionIn {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** A pack actor id or `new:<slug>` for a discovered name. */
  readonly actor: string;
}

export interface DiscoveredActorIn {
  readonly id: string;
  readonly kind?: string;
  readonly role?: string | null;
  readonly side?: string | null;
}

export interface ActorsIn {
  readonly mentions: readonly ActorMentionIn[];
  readonly discovered?: readonly DiscoveredActorIn[];
}

export interface TimeIn {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string;
  readonly value: DateValue | null;
}

export interface QuoteIn {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'direct' | 'indirect';
  readonly speaker: string | null;
  readonly speakerSpan?: { readonly start: number; readonly end: number; readonly text: string } | null;
  readonly unnamed?: { readonly side: string | null; readonly description: string } | null;
  readonly date?: DateValue | null;
}

/** A slice of this document's text; `text === cleanText.slice(start, end)`. */
export interface LocalSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type Stance = 'supports' | 'opposes' | 'demands' | 'rejects' | 'conditional' | 'undecided';
export type ProvisionStatus = 'included' | 'dropped' | 'changed';
export type ProcessState =
  | 'floated'
  | 'drafted'
  | 'presented'
  | 'under-negotiation'
  | 'accepted'
  | 'agreed'
  | 'signed'
  | 'implemented'
  | 'abandoned'
  | 'not-accepted';

/** The issue id used for a stance about a proposal as a whole. */
export const WHOLE_PROPOSAL = 'proposal';

export interface ProposalMention extends LocalSpan {
  /** A pack proposal id, or a key derived from the text ("points:28", "name:gaza-style-plan"). */
  readonly proposal: string;
  /** How the key was found: alias, points, name, generic (resolved to the version under discussion). */
  readonly rule: string;
  readonly points: number | null;
  /** True when the text marks it a new version ("revised", "modified", "updated"). */
  readonly revised: boolean;
}

/** What the text says about one proposal (merged over its mentions in this article). */
export interface ProposalInfo {
  readonly key: string;
  readonly name: string;
  readonly points: number | null;
  readonly authors: readonly string[];
  readonly authorEvidence: readonly LocalSpan[];
  /** Place actor/place ids or names where it was drafted or presented. */
  readonly places: readonly string[];
  readonly date: DateValue | null;
  /** Actors it was presented to. */
  readonly presentedTo: readonly string[];
  /** The proposal it revises or replaces, when the text says so. */
  readonly revises: string | null;
  readonly revisesEvidence: LocalSpan | null;
}

export interface ProvisionClaim {
  readonly proposal: string;
  readonly issue: string;
  readonly status: ProvisionStatus;
  readonly summary: string;
  readonly evidence: LocalSpan;
  readonly rule: string;
}

export interface StanceClaim {
  readonly actor: string;
  readonly issue: string;
  readonly stance: Stance;
  readonly proposal: string | null;
  readonly date: DateValue | null;
  readonly evidence: LocalSpan;
  readonly rule: string;
}

export interface ProcessClaim {
  readonly proposal: string;
  readonly state: ProcessState;
  /** The party that accepted / signed / drafted, when named. */
  readonly actor: string | null;
  readonly date: DateValue | null;
  readonly evidence: LocalSpan;
  readonly rule: string;
}

export interface DeadlineClaim {
  readonly proposal: string | null;
  /** Who must respond, when named. */
  readonly actor: string | null;
  /** The deadline date; null with `none: true` for "there was no deadline". */
  readonly date: DateValue | null;
  readonly none: boolean;
  readonly evidence: LocalSpan;
  readonly rule: string;
}

export interface NegotiationResult {
  readonly mentions: readonly ProposalMention[];
  readonly proposals: readonly ProposalInfo[];
  readonly provisions: readonly ProvisionClaim[];
  readonly stances: readonly StanceClaim[];
  readonly process: readonly ProcessClaim[];
  readonly deadlines: readonly DeadlineClaim[];
}
