import type { Segmented, Token } from '../segment/index.ts';
import {
  INDEFINITE,
  LOCATIVE_ONLY_NOUNS,
  NON_REFERRING,
  ORIGINAL_WORDS,
  REVISED_WORDS,
  WEAK_REVISED_WORDS,
} from './lexicon.ts';
import type { ProposalMatcher } from './proposal-matcher.ts';
import { locWordsOf, versionByLocative, walkBack } from './proposal-modifiers.ts';
import { lowerBound, parseCount, phraseKey, sentenceIndexOf, slug } from './text.ts';
import type { ActorMentionIn } from './types.ts';

/**
 * Mention finding: every phrase that may name a proposal (a pack alias, a point count, a proposal
 * noun with its modifiers, a plain noun named by a place or date, "the European one"), classified
 * but not yet resolved to a version. The resolution passes (pinning, focus) read these candidates;
 * keeping the finding apart keeps each pass readable on its own.
 */

export interface Candidate {
  start: number;
  end: number;
  /** Where the head phrase (points or noun) starts: mentions overlapping here are one. */
  head: number;
  kind: 'alias' | 'points' | 'named' | 'generic';
  key: string | null;
  points: number | null;
  revised: boolean;
  original: boolean;
  indefinite: boolean;
  name: string;
  sentence: number;
  /** The head noun ("plan", "counter-proposal"), for matching later generic mentions. */
  noun: string;
  /** "the later plan", "the earlier text": one of the versions the article has named, by date. */
  comparative?: 'later' | 'earlier' | null;
  /** A plain noun ("a short paper", "an outline") that names a proposal only if pass 1 pins it. */
  dateOnly?: boolean;
  /** "the European one": a mention only of a version already called by that party adjective. */
  proForm?: boolean;
  /** A definite plain noun ("the outline", "the paper"): a mention only of a version so named just before. */
  bareLoc?: boolean;
  /** "That paper" opening a sentence: the text named just before, whatever it was called. */
  demonstrative?: boolean;
  /** "a shorter document", "a two-page outline": described by its size or length. */
  sized?: boolean;
}

function tokenAt(seg: Segmented, offset: number): Token | undefined {
  const i = lowerBound(seg.tokens, offset);
  const t = seg.tokens[i];
  return t && t.start === offset ? t : undefined;
}

/** Finds and classifies every candidate mention, before resolution. */
export function candidates(
  text: string,
  seg: Segmented,
  m: ProposalMatcher,
  actors: readonly ActorMentionIn[],
  places: readonly { start: number }[] = [],
): Candidate[] {
  const actorStarts = new Set(actors.map((a) => a.start));
  const placeStarts = new Set(places.map((p) => p.start));
  const locWords = locWordsOf(m);
  const out: Candidate[] = [];
  const floorOf = (offset: number) => {
    const si = sentenceIndexOf(seg, offset);
    return { si, floor: si >= 0 ? (seg.sentences[si]?.start ?? 0) : 0 };
  };
  const push = (
    c: Omit<Candidate, 'start' | 'sentence' | 'revised' | 'original' | 'indefinite' | 'name' | 'noun'> & {
      name?: string;
      /** A head noun that names a proposal only through a locative (LOCATIVE_ONLY_NOUNS). */
      locativeOnly?: boolean;
    },
  ) => {
    const { si, floor } = floorOf(c.head);
    const headNoun = text.slice(c.head, c.end).toLowerCase().replace(/s$/, '').split(/\s+/).pop() ?? '';
    const w = walkBack(text, c.head, floor, actorStarts, headNoun, isTitleCase(si), placeStarts, locWords);
    // The walk stops at a word it does not know. Two kinds still belong to the phrase: "own" after
    // a possessive ("their own counter-proposal") and plain adjectives of size or length ("a
    // shorter American proposal", "a two-page outline"), which say nothing of the version.
    let own = false;
    let sized = false;
    if (w.det === null) {
      const lead = text.slice(Math.max(floor, w.start - 60), w.start);
      const x = OWN_OR_SIZE_RE.exec(lead);
      if (x) {
        w.det = (x[1] as string).toLowerCase();
        w.start -= x[0].length;
        w.mods += 1;
        own = /\bown\s+$/iu.test(x[0]);
        sized = !own;
        // "the shorter text", "the slimmer draft": with a definite article, the cut-down version,
        // as "the pared-down text" is (an indefinite one is placed by where and when it was handed).
        if (
          !INDEFINITE.has(w.det) &&
          /\b(?:shorter|briefer|slimmer|leaner|smaller|thinner)\s+$/iu.test(x[0]) &&
          !w.original
        )
          w.revised = true;
      }
    }
    if (c.kind === 'generic' && w.det !== null && NON_REFERRING.has(w.det)) return;
    const phrase = text.slice(w.start, c.end);
    const named = c.kind === 'generic' && w.names.length > 0;
    // "a short paper", "a brief outline": an article and plain adjectives the walk stops at.
    const adjIndef =
      !!c.locativeOnly &&
      w.det === null &&
      /(?:^|[^\p{L}])(?:a|an)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2}$/u.test(
        text.slice(Math.max(floor, w.start - 40), w.start),
      );
    if (c.kind === 'generic' && !named && w.det === null && !w.revised && !w.original && !adjIndef) return; // "plans to", "peace plans"
    if (
      c.kind === 'generic' &&
      !named &&
      w.det !== null &&
      INDEFINITE.has(w.det) &&
      !w.revised &&
      w.mods === 0
    ) {
      // "a plan" alone: too weak to introduce a proposal, kept only as indefinite for dating
    }
    const byLoc = c.kind === 'generic' && !named && w.locs.length > 0 ? versionByLocative(m, w.locs) : null;
    // "the Jeddah proposal": a city the pack ties to no version, not a party and not a month, names
    // a proposal of its own (as a name would), rather than following the version in focus.
    const placeName =
      c.kind === 'generic' &&
      !named &&
      byLoc === null &&
      !c.locativeOnly &&
      w.det === 'the' &&
      w.locs.length === 1 &&
      !w.revised &&
      !w.original &&
      // "the Gaza agreement", "the Sudan truce": a place before an outcome names what the deal is
      // about (often another conflict), not where a text was tabled.
      !OUTCOME_NOUN_RE.test(headNoun) &&
      placeNameBefore(text, w.start, c.head, placeStarts, actorStarts, locWords);
    // "the Paris offer" names the version made in Paris; "an offer to pause strikes" names nothing.
    // "handed … a short paper on April 17": an indefinite one is kept for pass 1, which names it by
    // the day or place it was handed over, or drops it (dateOnly).
    const dateOnly =
      !!c.locativeOnly &&
      byLoc === null &&
      !named &&
      ((w.det !== null && INDEFINITE.has(w.det)) || adjIndef) &&
      !w.revised;
    // "the outline presented by Rubio" right after "the Paris paper": a definite plain noun is kept
    // to be read as that version, only when one named so is under discussion (bareLoc).
    // "That paper, he complained, …" opening a sentence points back at the text just named, whatever
    // it was called (demonstrative).
    const demonstrative =
      !!c.locativeOnly &&
      byLoc === null &&
      !named &&
      w.det === 'that' &&
      /^[\s"“‘']*$/u.test(text.slice(floor, w.start));
    const bareLoc =
      !!c.locativeOnly &&
      byLoc === null &&
      !named &&
      (w.det === 'the' || w.det === 'this' || demonstrative) &&
      !w.revised;
    if (
      !dateOnly &&
      !bareLoc &&
      c.locativeOnly &&
      (byLoc === null || named || w.det === null || INDEFINITE.has(w.det))
    )
      return;
    // "the revision", "the redraft": the head noun itself says it is a later version.
    if (REVISION_NOUNS.has(headNoun)) w.revised = true;
    // "a counter-proposal", "the European counter-plan", "Kyiv's counteroffer": one side's answer to
    // the text on the table is a proposal of its own, never a mention of the one it answers, so it
    // gets its own key whether or not an indefinite introduced it first.
    const counter = c.kind === 'generic' && COUNTER_NOUN_RE.test(headNoun);
    // "its own plan", "their own version": whose text it is, but not which one; no mention.
    if (own && c.kind === 'generic' && !counter) return;
    out.push({
      start: w.start,
      end: c.end,
      head: c.head,
      kind: named || counter || placeName ? 'named' : c.kind,
      key: counter
        ? COUNTER_KEY
        : named || placeName
          ? `name:${slug([...(placeName ? w.locs : w.names), text.slice(c.head, c.end)].join(' '))}`
          : (byLoc ?? c.key),
      points: c.points,
      revised: w.revised,
      original: w.original,
      indefinite: (w.det !== null && INDEFINITE.has(w.det)) || adjIndef,
      name: c.name ?? phrase.replace(/^(?:the|a|an|this|that|its|his|her|their)\s+/i, ''),
      sentence: si,
      noun: text.slice(c.head, c.end).toLowerCase().replace(/s$/, '').split(/\s+/).pop() ?? '',
      comparative: w.comparative,
      dateOnly,
      bareLoc,
      demonstrative,
      sized,
    });
  };
  const titleMemo = new Map<number, boolean>();
  function isTitleCase(si: number): boolean {
    let v = titleMemo.get(si);
    if (v === undefined) {
      const s = seg.sentences[si];
      const words = s ? (text.slice(s.start, s.end).match(/\p{L}[\p{L}'’-]*/gu) ?? []) : [];
      const long = words.filter((w) => w.length > 3);
      v = long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length > 0.7;
      titleMemo.set(si, v);
    }
    return v;
  }
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);
  if (m.aliasRe) {
    const re = new RegExp(m.aliasRe.source, m.aliasRe.flags);
    for (let x = re.exec(text); x !== null; x = re.exec(text)) {
      const id = m.aliasId.get(phraseKey(x[0]));
      if (!id) continue;
      const e = x.index + x[0].length;
      const pts = /(\d+)[-\s]point/i.exec(x[0]);
      push({ end: e, head: x.index, kind: 'alias', key: id, points: pts ? Number(pts[1]) : null });
      taken.push([x.index, e]);
    }
  }
  {
    const re = new RegExp(m.pointsRe.source, m.pointsRe.flags);
    for (let x = re.exec(text); x !== null; x = re.exec(text)) {
      const n = parseCount(x[1] as string);
      if (n === null || n < 3 || n > 200) continue;
      let e = x.index + x[0].length;
      // The head noun stays in the count's own line: "the 20 points\n\nThe newest document" is a
      // heading and then a new sentence, not one phrase.
      const tail = m.nounTailRe?.exec(text.slice(e, e + 60).split(/\n/u)[0] ?? '');
      if (tail) e += tail[0].length;
      else if (!/points?$/iu.test(x[0])) continue; // "17-article" names a text only with its noun
      // "a list of 28 points" / "28 points to 19 points" are bare counts: keep them, they name versions
      if (overlaps(x.index, e)) continue;
      // "a plan of around twenty points, like the one for Gaza": an approximate count or a
      // comparison describes the kind of plan someone wants, not a proposal on the table.
      const lead = text.slice(Math.max(0, x.index - 30), x.index);
      if (
        /\b(?:around|about|roughly|some|approximately|nearly|almost|up\s+to|no\s+more\s+than|fewer\s+than|less\s+than|at\s+most|a\s+dozen\s+or)\s+$/iu.test(
          lead,
        )
      )
        continue;
      // "shorter by nine points", "cut by nine points": a difference between texts, not a text.
      if (/\b(?:shorter|longer|cut|trimmed|reduced|grew|grown)\s+by\s+$/iu.test(lead) && !m.byPoints.has(n))
        continue;
      if (
        /^[\s,]*(?:like|similar\s+to|modell?ed\s+on|as\s+in)\b/iu.test(text.slice(e, e + 30)) &&
        !m.byPoints.has(n)
      )
        continue;
      const key = m.byPoints.get(n) ?? `points:${n}`;
      push({ end: e, head: x.index, kind: 'points', key, points: n });
      taken.push([x.index, e]);
    }
  }
  if (m.nounRe) {
    const re = new RegExp(m.nounRe.source, m.nounRe.flags);
    for (let x = re.exec(text); x !== null; x = re.exec(text)) {
      const e = x.index + x[0].length;
      if (overlaps(x.index, e)) continue;
      const tok = tokenAt(seg, x.index);
      // "they plan to", "to draft" are verbs; "the earlier draft asked …" is a noun the tagger missed.
      if (
        tok &&
        (tok.pos === 'VERB' || tok.pos === 'AUX') &&
        !NOUN_LEAD_RE.test(text.slice(Math.max(0, x.index - 30), x.index))
      )
        continue;
      if (/^\s+(?:to|on|for)\s+(?!the\b|a\b)/i.test(text.slice(e, e + 8)) && /s$/i.test(x[0])) continue; // "plans to"
      // "both drafts", "all three texts": several versions at once, not a proposal of its own
      if (
        /\b(?:both|all\s+(?:two|three)|each\s+of\s+the\s+(?:two|three))\s+$/iu.test(
          text.slice(Math.max(0, x.index - 20), x.index),
        )
      )
        continue;
      push({ end: e, head: x.index, kind: 'generic', key: null, points: null });
    }
  }
  {
    const re = new RegExp(LOCATIVE_NOUN_RE.source, LOCATIVE_NOUN_RE.flags);
    for (let x = re.exec(text); x !== null; x = re.exec(text)) {
      const e = x.index + x[0].length;
      const at = x.index;
      if (overlaps(at, e) || out.some((c) => c.head === at)) continue;
      push({ end: e, head: at, kind: 'generic', key: null, points: null, locativeOnly: true });
    }
  }
  // "does not appear in the European one": a pro-form with a party adjective stands for the version
  // already called by that adjective (resolved by its modifier, or dropped).
  for (const x of text.matchAll(/\b(?:the|this|that)\s+(\p{Lu}\p{Ll}+(?:an|ish|ese|ian))\s+one\b/gu)) {
    const at = (x.index ?? 0) + x[0].length - 3;
    if (overlaps(x.index ?? 0, at + 3)) continue;
    const { si } = floorOf(at);
    out.push({
      start: x.index ?? 0,
      end: at + 3,
      head: at,
      kind: 'generic',
      key: null,
      points: null,
      revised: false,
      original: false,
      indefinite: false,
      name: `${x[1]} one`,
      sentence: si,
      noun: 'one',
      proForm: true,
    });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Nouns of an outcome rather than a tabled text. */
const OUTCOME_NOUN_RE = /^(?:agreement|deal|accord|ceasefire|cease-fire|truce|pact|treaty|arrangement)$/u;

/** A capitalised place (not a party, not a pack locative, not a month) among a phrase's modifiers. */
function placeNameBefore(
  text: string,
  start: number,
  head: number,
  placeStarts: ReadonlySet<number>,
  actorStarts: ReadonlySet<number>,
  locWords: ReadonlySet<string>,
): boolean {
  for (const x of text.slice(start, head).matchAll(/\p{Lu}[\p{L}-]*/gu)) {
    const at = start + (x.index ?? 0);
    if (placeStarts.has(at) && !actorStarts.has(at) && !locWords.has(x[0].toLowerCase())) return true;
  }
  return false;
}

const REVISION_NOUNS = new Set(['revision', 'redraft', 'rewrite']);
/**
 * Before a walked phrase: a possessive and "own", or an article and plain adjectives of size,
 * length or tone, none of which names a version ("a shorter", "the much longer", "a two-page").
 */
const OWN_OR_SIZE_RE =
  /(?<![\p{L}])(their|its|his|her|our|[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:own|(?:(?:much|far|slightly|considerably|even)\s+)?(?:short|shorter|long|longer|lengthy|brief|briefer|slim|slimmer|lean|leaner|thin|thinner|thick|thicker|big|bigger|small|smaller|modest|tougher|softer|harsher|milder|one-page|two-page|three-page|\d+-page))\s+$/u;
const LOCATIVE_NOUN_RE = new RegExp(`(?<![\\p{L}-])(?:${LOCATIVE_ONLY_NOUNS.join('|')})(?![\\p{L}-])`, 'giu');
/** A word before a head noun that makes it a noun whatever the tagger says ("the earlier draft"). */
const NOUN_LEAD_RE = new RegExp(
  `(?:^|[^\\p{L}])(?:the|this|that|its|their|${[...ORIGINAL_WORDS, ...REVISED_WORDS, ...WEAK_REVISED_WORDS].join('|')}|\\d+-point)\\s+$`,
  'iu',
);
/** Head nouns naming a counter-proposal, all filed under one key (the eval's `name:counter-proposal`). */
const COUNTER_NOUN_RE = /^counter-?(?:proposal|plan|offer|draft|document)$/u;
export const COUNTER_KEY = 'name:counter-proposal';
