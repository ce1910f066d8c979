import type { ActorKind } from '../../core/types.ts';

/** What the actors stage returns for one document. Offsets are into the document's clean text. */

export interface ActorMention {
  start: number;
  end: number;
  text: string;
  /** Pack actor id, or 'new:<slug>' for an actor discovered in this document. */
  actor: string;
  /** How it was found: 'alias', 'title:<Title>+alias', 'surname', 'nickname', 'fuzzy', 'metonym', 'demonym', 'discovered:<cue>'. */
  rule: string;
  misspelled?: boolean;
  metonym?: boolean;
  /** The actor's kind (pack or discovered), for pronoun agreement downstream. */
  kind?: ActorKind;
}

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  /** Pack place id, or 'new:<slug>' for a place discovered from context ("in Smallville"). */
  place: string;
  rule: string;
}

export interface DiscoveredActor {
  /** 'new:<slug-of-name>' */
  id: string;
  name: string;
  kind: 'person' | 'organization';
  role: string | null;
  organization: string | null;
  /** Actor id of the camp, when the cue names one ("Russian Deputy Foreign Minister X" → russia). */
  side: string | null;
  evidence: { start: number; end: number; text: string }[];
}

export interface ActorFlag {
  kind: string;
  detail: string;
  start: number;
  end: number;
  text: string;
}

export interface ActorsResult {
  mentions: ActorMention[];
  places: PlaceMention[];
  discovered: DiscoveredActor[];
  flags: ActorFlag[];
}
