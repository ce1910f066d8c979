import type { Pack } from '../../packs/schema.ts';
import type { Segmented } from '../segment/index.ts';
import { describedSentences, sectionDefaults, sectionReferents } from './framing.ts';
import { withGroupHolders } from './holder-groups.ts';
import { compileIssues, findIssues, type IssueMatcher } from './issues.ts';
import { lineSentences } from './lines.ts';
import { extractDeadlines, extractProcess } from './process.ts';
import {
  COUNTER_KEY,
  compileProposals,
  extractProposals,
  type ProposalMatcher,
  partyWords,
} from './proposals.ts';
import { extractProvisions } from './provisions.ts';
import { extractStances } from './stances.ts';
import type { ActorsIn, NegotiationResult, QuoteIn, TimeIn } from './types.ts';

export { findIssues } from './issues.ts';
export * from './types.ts';

/**
 * The negotiation stage: proposals (and their versions), provisions, stances, process states and
 * deadlines, from one article's clean text and the outputs of the segment, actors, time and
 * quotes stages. Pure: everything it knows about the negotiation comes from the compiled pack.
 */

export interface NegotiationIndex {
  readonly issues: IssueMatcher;
  readonly proposals: ProposalMatcher;
  /** Pack actor ids: stances are recorded for these and for discovered actors with a side. */
  readonly actorIds: ReadonlySet<string>;
  /** Pack actors that report rather than negotiate (media outlets, think tanks): never stance holders. */
  readonly observers: ReadonlySet<string>;
  /** Each pack actor's side: "the Trump administration" is read as that side for drafters. */
  readonly sideOf: ReadonlyMap<string, string>;
}

/**
 * "Drawn up by the Trump administration": a leader's name before "administration" or "government"
 * names his state, not him. Such mentions are rewritten to the side (and stretched over the noun)
 * before drafters are read; other stages keep the actors stage's mentions as they are.
 */
const GOVERNMENT_NOUN_RE = /^\s+(?:administration|government|cabinet)\b/iu;
export function governmentMentions<T extends { start: number; end: number; text: string; actor: string }>(
  text: string,
  mentions: readonly T[],
  sideOf: ReadonlyMap<string, string>,
): T[] {
  return mentions.map((m) => {
    const side = sideOf.get(m.actor);
    const g = side ? GOVERNMENT_NOUN_RE.exec(text.slice(m.end, m.end + 20)) : null;
    if (!side || !g) return m;
    const end = m.end + g[0].length;
    return { ...m, end, text: text.slice(m.start, end), actor: side };
  });
}

const OBSERVER_ROLE =
  /\b(?:analyst|journalist|reporter|correspondent|editor|columnist|commentator|researcher|scholar|professor|fellow|think\s+tank|newspaper|broadcaster|news\s+agency|outlet)\b/i;

export function compileNegotiationIndex(pack: Pack): NegotiationIndex {
  const observers = new Set<string>();
  for (const a of pack.actors) {
    if (a.roles.some((r) => OBSERVER_ROLE.test(r.title) || OBSERVER_ROLE.test(r.organization ?? '')))
      observers.add(a.id);
  }
  return {
    issues: compileIssues(pack.issues),
    proposals: compileProposals(pack.proposals, pack.proposalNouns, partyWords(pack)),
    actorIds: new Set(pack.actors.map((a) => a.id)),
    observers,
    sideOf: new Map(pack.actors.filter((a) => a.side).map((a) => [a.id, a.side as string])),
  };
}

export function extractNegotiation(
  text: string,
  segIn: Segmented,
  actors: ActorsIn,
  quotes: readonly QuoteIn[],
  times: readonly TimeIn[],
  published: string | null,
  index: NegotiationIndex,
): NegotiationResult {
  // Lines (timestamps, headings, bullets) and glued paragraphs end a unit here: see lines.ts.
  const seg = lineSentences(text, segIn);
  const mentionsIn = [...actors.mentions].sort((a, b) => a.start - b.start);
  const places = [
    ...((actors as { places?: { start: number; end: number; text: string; place: string }[] }).places ?? []),
  ].sort((a, b) => a.start - b.start);
  const timesIn = [...times].sort((a, b) => a.start - b.start);
  const quotesIn = [...quotes].sort((a, b) => a.start - b.start);
  // Discovered names count as parties only when the actors stage tied them to a side; bare names
  // (analysts, reporters quoted for colour) do not.
  const discovered = new Map((actors.discovered ?? []).map((d) => [d.id, d]));
  const isParty = (actor: string): boolean => {
    if (index.observers.has(actor)) return false;
    if (index.actorIds.has(actor)) return true;
    const d = discovered.get(actor);
    if (!d || OBSERVER_ROLE.test(d.role ?? '')) return false;
    // An organization found in the text ("Hamas") negotiates for itself; a person needs a side.
    return !!d.side || (d.kind !== undefined && d.kind !== 'person');
  };

  const issues = findIssues(text, index.issues);
  const {
    mentions: foundMentions,
    infos,
    focusAt,
  } = extractProposals(
    text,
    seg,
    index.proposals,
    governmentMentions(text, mentionsIn, index.sideOf),
    places,
    timesIn,
  );
  const packSupersedes = new Set(index.proposals.proposals.filter((p) => p.supersedes).map((p) => p.id));
  // A counter-proposal answers a text already on the table: like a revision, what it keeps from
  // that text in another form is a change.
  // A text counted by points that the pack does not know, beside the pack's counted versions, was
  // written after them (as proposal-focus.ts reads "the latest draft"): a revision too.
  const packCounts = index.proposals.proposals.some((p) => p.points !== undefined && p.points !== null);
  const isRevision = (key: string): boolean =>
    packSupersedes.has(key) ||
    (packCounts && key.startsWith('points:')) ||
    (key === COUNTER_KEY && foundMentions.some((m) => m.proposal !== COUNTER_KEY)) ||
    infos.some((i) => i.key === key && i.revises !== null) ||
    foundMentions.some((m) => m.proposal === key && m.revised);
  // The version a revision answers: the text's own link ("replaces the 28-point plan"), else the pack's.
  const packEarlier = new Map(
    index.proposals.proposals.flatMap((p) => (p.supersedes ? [[p.id, p.supersedes] as const] : [])),
  );
  const earlierOf = (key: string): string | null =>
    infos.find((i) => i.key === key && i.revises !== null)?.revises ?? packEarlier.get(key) ?? null;
  const sections = sectionDefaults(text, seg, foundMentions, focusAt, isRevision);
  const mentions = sectionReferents(seg, foundMentions, sections);
  const described = describedSentences(text, seg, mentions, focusAt);
  const provisions = extractProvisions(
    text,
    seg,
    issues,
    mentions,
    isRevision,
    focusAt,
    mentionsIn,
    described,
    sections,
    earlierOf,
  );
  // Section items describe a version's contents: the parties they name are its subjects, not holders.
  const describedForStances = new Map(described);
  for (const [si, sec] of sections)
    if (sec.item && !describedForStances.has(si)) describedForStances.set(si, sec.key);
  const stances = extractStances({
    text,
    seg,
    // "EU leaders agreed … The leaders also called for …": the group noun carries its party.
    actors: withGroupHolders(text, mentionsIn, isParty),
    quotes: quotesIn,
    times: timesIn,
    issues,
    mentions,
    published,
    isParty,
    sideOf: (actor) => index.sideOf.get(actor) ?? discovered.get(actor)?.side ?? actor,
    focusAt,
    described: describedForStances,
  });
  const process = extractProcess(text, seg, mentions, mentionsIn, timesIn, published, isParty);
  const deadlines = extractDeadlines(text, seg, mentionsIn, timesIn, focusAt, mentions);
  return { mentions, proposals: infos, provisions, stances, process, deadlines };
}
