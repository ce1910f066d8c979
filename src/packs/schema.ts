import { z } from 'zod';

/**
 * The pack format: domain knowledge as data. A pack is a folder of YAML files (any names), each
 * holding some of the sections below; the loader merges them and validates the result here.
 * `extends: generic` layers a negotiation pack over the generic one.
 */

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');

export const RoleSchema = z.strictObject({
  title: z.string(),
  organization: z.string().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const ActorSchema = z.strictObject({
  id,
  name: z.string().min(1),
  kind: z.enum(['person', 'organization', 'state', 'bloc', 'group']),
  aliases: z.array(z.string().min(1)).default([]),
  /** The actor whose camp this one speaks for (a Kremlin spokesman → russia). */
  side: id.nullable().default(null),
  roles: z.array(RoleSchema).default([]),
  /** For pronoun resolution (he/she); optional. */
  gender: z.enum(['male', 'female']).optional(),
  /** Demonyms and adjectives ("Russian", "Ukrainian") that name this actor's side in "a Russian source". */
  adjectives: z.array(z.string()).default([]),
});

export const PlaceSchema = z.strictObject({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(['country', 'region', 'city', 'venue', 'area', 'other']).default('other'),
  /** ISO-like country actor id the place belongs to, when it matters. */
  country: z.string().nullable().default(null),
  /** The actor this place's name stands for when a sentence uses it as an actor (Moscow → russia). */
  metonymFor: id.nullable().default(null),
});

export const IssueSchema = z.strictObject({
  id,
  label: z.string().min(1),
  /** Lower-case cue phrases that signal the issue. */
  cues: z.array(z.string().min(1)).default([]),
  /** Regular expressions (case-insensitive) for cues a phrase list cannot express. */
  patterns: z.array(z.string()).default([]),
  /**
   * Regular expressions (case-insensitive) for phrases that name the negation of the issue
   * ("stay out of NATO", "renounce its NATO bid"). A stance whose object is such a phrase is
   * flipped (demands ↔ rejects, supports ↔ opposes), so every stance on the issue reads in one
   * direction: toward the issue as its label states it.
   */
  against: z.array(z.string()).default([]),
  /** PA-X agreement category, where one fits. */
  paxCategory: z.string().optional(),
  /**
   * Issues of a pack this one extends that this issue takes over in its domain (the Ukraine
   * pack's `frozen-assets` subsumes the generic `reconstruction`): their cues, patterns and
   * `against` phrases are read as this issue, and the subsumed issues are not reported.
   */
  subsumes: z.array(id).default([]),
});

export const ProposalSchema = z.strictObject({
  id,
  name: z.string().min(1),
  /** Phrases that name this proposal in text ("the 28-point plan"). */
  aliases: z.array(z.string()).default([]),
  points: z.number().int().positive().nullable().default(null),
  authors: z.array(id).default([]),
  date: isoDate.nullable().default(null),
  supersedes: id.nullable().default(null),
});

export const PackSchema = z.strictObject({
  id,
  name: z.string().min(1),
  description: z.string().default(''),
  extends: z.array(id).default([]),
  /** Political titles that may precede a name ("President", "Foreign Minister"). */
  titles: z.array(z.string()).default([]),
  actors: z.array(ActorSchema).default([]),
  places: z.array(PlaceSchema).default([]),
  issues: z.array(IssueSchema).default([]),
  /** Head nouns that name a proposal ("plan", "framework", "proposal", "deal"). */
  proposalNouns: z.array(z.string()).default([]),
  proposals: z.array(ProposalSchema).default([]),
  /** Common given names: evidence that an unknown capitalized sequence names a person. */
  givenNames: z.array(z.string().min(1)).default([]),
});

export type Role = z.infer<typeof RoleSchema>;
export type PackActor = z.infer<typeof ActorSchema>;
export type PackPlace = z.infer<typeof PlaceSchema>;
export type PackIssue = z.infer<typeof IssueSchema>;
export type PackProposal = z.infer<typeof ProposalSchema>;
export type Pack = z.infer<typeof PackSchema>;
