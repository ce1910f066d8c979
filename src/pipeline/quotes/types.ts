import type { ActorKind, DateValue } from '../../core/types.ts';
import type { TimeExpr } from '../time/index.ts';

/**
 * What the quotes stage consumes from the actors and time stages, as minimal structural types: the
 * stage depends only on these shapes, never on the other stages' files, so it compiles and is
 * testable on its own (and runs with no actors at all, as in the PolNeAR evaluation).
 */
export interface ActorMentionLike {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Pack id or 'new:<slug>'. */
  readonly actor: string;
}

export interface DiscoveredActorLike {
  readonly id: string;
  readonly kind: 'person' | 'organization';
  readonly side: string | null;
}

export interface ActorsLike {
  readonly mentions: readonly ActorMentionLike[];
  readonly discovered?: readonly DiscoveredActorLike[];
}

/** The time stage's expressions: the date of a statement is chosen by its `governingTime`. */
export type TimeExprLike = TimeExpr;

/** Per-actor facts the stage needs (pronoun agreement, sides of unnamed sources). */
export interface ActorFacts {
  readonly kind: ActorKind;
  readonly gender: 'male' | 'female' | null;
  /** The camp it speaks for; for a state, itself. */
  readonly side: string | null;
}

/** Built once from a pack by `quoteContext(pack)`. */
export interface QuoteContext {
  readonly actors: ReadonlyMap<string, ActorFacts>;
  /** Lower-cased demonym/adjective ("ukrainian") → side actor id. */
  readonly adjectives: ReadonlyMap<string, string>;
}

export interface Offsets {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Quote {
  /** Direct: the content inside the marks (marks excluded). Indirect: the reported clause. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'direct' | 'indirect';
  /** Scare quotes and quoted titles: not statements. */
  readonly scare: boolean;
  readonly speaker: string | null;
  readonly speakerSpan: Offsets | null;
  readonly unnamed: { readonly side: string | null; readonly description: string } | null;
  readonly cue: Offsets | null;
  readonly date: DateValue | null;
  readonly dateRule: 'cue-time' | 'article-date' | 'none';
  /** The pieces of a quote split by its attribution or run over several paragraphs. */
  readonly parts?: readonly { readonly start: number; readonly end: number }[];
  readonly rule: string;
}
