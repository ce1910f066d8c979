import { MONTH_NAMES } from '../../core/months.ts';
import type { DateValue } from '../../core/types.ts';
import type { PackProposal } from '../../packs/schema.ts';
import type { Segmented, Token } from '../segment/index.ts';
import {
  DETERMINERS,
  DRAFTING_ACTIVE_RE,
  DRAFTING_BY_RE,
  INDEFINITE,
  LOCATIVE_ONLY_NOUNS,
  NON_REFERRING,
  ORIGINAL_WORDS,
  PLAIN_MODIFIERS,
  PRESENTED_RE,
  REVISED_WORDS,
  REVISION_RE,
  VERSION_NOUNS,
  WEAK_REVISED_WORDS,
} from './lexicon.ts';
import {
  COUNT_SOURCE,
  lowerBound,
  parseCount,
  phraseKey,
  phraseRegex,
  sentenceIndexOf,
  slug,
  span,
  within,
} from './text.ts';
import type { ActorMentionIn, LocalSpan, ProposalInfo, ProposalMention, TimeIn } from './types.ts';

/**
 * Proposal mentions: how articles name a proposal ("the 28-point plan", "a revised 19-point
 * version", "the framework", "a confidential US peace proposal presented in Paris on April 17"),
 * resolved to one key per proposal: a pack id when the pack knows it (by alias, point count or
 * date), else a key made from the text ("points:20", "name:gaza-style-plan"). Generic mentions
 * ("the plan", "the revised framework") go to the version the article is discussing.
 */

export interface ProposalMatcher {
  readonly aliasRe: RegExp | null;
  readonly aliasId: ReadonlyMap<string, string>;
  readonly nounRe: RegExp | null;
  readonly pointsRe: RegExp;
  readonly nounTailRe: RegExp | null;
  readonly byPoints: ReadonlyMap<number, string>;
  readonly proposals: readonly PackProposal[];
  readonly supersededBy: ReadonlyMap<string, string>;
  /**
   * Words that name a party when they modify a version ("US", "American", "Washington's",
   * "European"), lower-cased, to the party's id: "the US document" and "the American plan" are one
   * party's text. From the pack's states and blocs (aliases, adjectives) and capitals that stand for them.
   */
  readonly partyOf: ReadonlyMap<string, string>;
}

/** The party words of a pack (see ProposalMatcher.partyOf): single words only. */
export function partyWords(pack: {
  readonly actors: readonly {
    id: string;
    kind: string;
    name: string;
    aliases: readonly string[];
    adjectives: readonly string[];
  }[];
  readonly places: readonly { name: string; aliases: readonly string[]; metonymFor: string | null }[];
}): Map<string, string> {
  const out = new Map<string, string>();
  const add = (w: string, id: string) => {
    const k = w
      .replace(/^the\s+/iu, '')
      .toLowerCase()
      .replace(/’/g, "'");
    if (/^[\p{L}.]+$/u.test(k) && !out.has(k)) out.set(k, id);
  };
  for (const a of pack.actors) {
    if (a.kind !== 'state' && a.kind !== 'bloc') continue;
    for (const w of [a.name, ...a.aliases, ...a.adjectives]) add(w, a.id);
  }
  for (const p of pack.places) if (p.metonymFor) for (const w of [p.name, ...p.aliases]) add(w, p.metonymFor);
  return out;
}

export function compileProposals(
  proposals: readonly PackProposal[],
  nouns: readonly string[],
  partyOf: ReadonlyMap<string, string> = new Map(),
): ProposalMatcher {
  const aliasId = new Map<string, string>();
  for (const p of proposals)
    for (const a of p.aliases) aliasId.set(phraseKey(a.replace(/^the\s+/i, '')), p.id);
  const byPoints = new Map<number, string>();
  for (const p of proposals) if (p.points !== null && !byPoints.has(p.points)) byPoints.set(p.points, p.id);
  const supersededBy = new Map<string, string>();
  for (const p of proposals) if (p.supersedes) supersededBy.set(p.supersedes, p.id);
  const nounList = nouns.length > 0 ? nouns : ['plan', 'proposal', 'framework'];
  const nounRe = phraseRegex(nounList.flatMap((n) => [n, `${n}s`]));
  const tail = nounList
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
  return {
    aliasRe: phraseRegex([...aliasId.keys()]),
    aliasId,
    nounRe,
    // "a 28-point plan", "28 points"; "a 17-article treaty" only before a proposal noun (tail below)
    pointsRe: new RegExp(
      `(?<![\\p{L}\\p{N}-])(${COUNT_SOURCE})(?:[-\\s]points?|-(?:article|clause|item|paragraph|section)s?(?=\\s))(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    nounTailRe: new RegExp(`^(?:\\s+[\\p{L}'’-]+){0,2}?\\s+(?:${tail})(?![\\p{L}])`, 'iu'),
    byPoints,
    proposals,
    supersededBy,
    partyOf,
  };
}

interface Candidate {
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
}

const MONTHS = new Set(MONTH_NAMES);
const MONTH_NUM = new Map([...MONTHS].map((m, i) => [m, String(i + 1).padStart(2, '0')]));
/** "the spring proposal", "the autumn version": a season names the version dated in its months. */
const SEASON_MONTHS = new Map<string, readonly string[]>([
  ['spring', ['03', '04', '05']],
  ['summer', ['06', '07', '08']],
  ['autumn', ['09', '10', '11']],
  ['fall', ['09', '10', '11']],
  ['winter', ['12', '01', '02']],
]);

/**
 * The pack version a place or month names ("the Geneva text", "the April proposal"): one whose
 * alias starts with the word, else the earliest one dated in that month. Null when none fits: the
 * mention then follows the version under discussion, as any definite mention does.
 */
function versionByLocative(m: ProposalMatcher, locs: readonly string[]): string | null {
  for (const loc of locs) {
    for (const [alias, id] of m.aliasId) if (alias.split(' ')[0] === loc) return id;
    const season = SEASON_MONTHS.get(loc);
    if (season) {
      const dated = m.proposals
        .filter((p) => p.date && season.includes(p.date.slice(5, 7)))
        .sort((a, b) => (a.date as string).localeCompare(b.date as string));
      if (dated[0]) return dated[0].id;
      continue;
    }
    const mm = MONTH_NUM.get(loc);
    if (mm) {
      const dated = m.proposals
        .filter((p) => p.date && p.date.slice(5, 7) === mm)
        .sort((a, b) => (a.date as string).localeCompare(b.date as string));
      if (dated[0]) return dated[0].id;
    }
  }
  return null;
}

function tokenAt(seg: Segmented, offset: number): Token | undefined {
  const i = lowerBound(seg.tokens, offset);
  const t = seg.tokens[i];
  return t && t.start === offset ? t : undefined;
}

/**
 * Walks back from a head phrase over its modifiers to a determiner. Returns the phrase start and
 * what the modifiers say; `ok` is false when nothing marks the words as a proposal name.
 */
function walkBack(
  text: string,
  head: number,
  floor: number,
  actorStarts: ReadonlySet<number>,
  headNoun: string,
  titleCase: boolean,
  placeStarts: ReadonlySet<number> = new Set(),
  locWords: ReadonlySet<string> = MONTHS,
): {
  start: number;
  det: string | null;
  revised: boolean;
  original: boolean;
  names: string[];
  locs: string[];
  mods: number;
  comparative: 'later' | 'earlier' | null;
} {
  const locs: string[] = [];
  let comparative: 'later' | 'earlier' | null = null;
  let pos = head;
  let det: string | null = null;
  let revised = false;
  let original = false;
  const names: string[] = [];
  let mods = 0;
  const wordRe = /([\p{L}\p{N}.'’-]+)\s+$/u;
  while (pos > floor && mods < 5) {
    const before = text.slice(Math.max(floor, pos - 40), pos);
    const m = wordRe.exec(before);
    if (!m) break;
    const word = m[1] as string;
    const wStart = pos - before.length + m.index;
    const lower = word.toLowerCase().replace(/’/g, "'");
    if (DETERMINERS.has(lower)) {
      det = lower;
      pos = wStart;
      break;
    }
    const bare = lower.replace(/'s$/, '');
    const isCap = /^\p{Lu}/u.test(word);
    if (bare === 'later' || bare === 'earlier') comparative = bare;
    if (REVISED_WORDS.has(bare)) revised = true;
    else if (WEAK_REVISED_WORDS.has(bare)) {
      if (VERSION_NOUNS.has(headNoun)) revised = true;
    } else if (ORIGINAL_WORDS.has(bare)) original = true;
    else if (PLAIN_MODIFIERS.has(bare) || /^\d+-point$/.test(bare)) {
      // a plain modifier
    } else if (/-(?:style|type|era|based)$/.test(bare)) names.push(bare);
    else if (isCap && lower.endsWith("'s")) {
      // a possessive ("Trump's plan"): the owner, not a name; the possessive also closes the phrase
      pos = wStart;
      mods++;
      det = 'possessive';
      break;
    } else if (isCap && (locWords.has(bare) || placeStarts.has(wStart)))
      // "the Geneva text", "the November plan": where or when a version was made, not its name
      locs.push(bare);
    else if (isCap && !actorStarts.has(wStart) && !titleCase) names.push(bare);
    else if (!isCap && SEASON_MONTHS.has(bare)) locs.push(bare);
    else if (isCap && titleCase)
      break; // a headline's capitals name nothing
    else if (isCap) {
      // an actor name used as a modifier ("the US plan")
    } else break;
    pos = wStart;
    mods++;
  }
  return { start: pos, det, revised, original, names: names.reverse(), locs, mods, comparative };
}

/** Months, and words that open a pack alias ("Geneva" in "geneva framework"), are locatives. */
const locWordsMemo = new WeakMap<ProposalMatcher, Set<string>>();
function locWordsOf(m: ProposalMatcher): Set<string> {
  const memo = locWordsMemo.get(m);
  if (memo) return memo;
  const locWords = new Set(MONTHS);
  for (const alias of m.aliasId.keys()) {
    const w = alias.split(' ')[0] ?? '';
    if (
      alias.includes(' ') &&
      /^\p{L}+$/u.test(w) &&
      !PLAIN_MODIFIERS.has(w) &&
      !ORIGINAL_WORDS.has(w) &&
      !REVISED_WORDS.has(w)
    )
      locWords.add(w);
  }
  locWordsMemo.set(m, locWords);
  return locWords;
}
/** A text handed over: "gave … a short outline", "handed them a paper", "presented a paper". */
const HANDED_RE =
  /\b(?:gave|given|give|gives|handed|hands|presented|presents|passed|showed|shown|shared|sent|delivered|submitted|tabled|circulated)\b/iu;

/** Finds and classifies every candidate mention, before resolution. */
function candidates(
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
    const bareLoc =
      !!c.locativeOnly && byLoc === null && !named && (w.det === 'the' || w.det === 'this') && !w.revised;
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
    out.push({
      start: w.start,
      end: c.end,
      head: c.head,
      kind: named || counter ? 'named' : c.kind,
      key: counter
        ? COUNTER_KEY
        : named
          ? `name:${slug([...w.names, text.slice(c.head, c.end)].join(' '))}`
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

const REVISION_NOUNS = new Set(['revision', 'redraft', 'rewrite']);
const LOCATIVE_NOUN_RE = new RegExp(`(?<![\\p{L}-])(?:${LOCATIVE_ONLY_NOUNS.join('|')})(?![\\p{L}-])`, 'giu');
/** A word before a head noun that makes it a noun whatever the tagger says ("the earlier draft"). */
const NOUN_LEAD_RE = new RegExp(
  `(?:^|[^\\p{L}])(?:the|this|that|its|their|${[...ORIGINAL_WORDS, ...REVISED_WORDS, ...WEAK_REVISED_WORDS].join('|')}|\\d+-point)\\s+$`,
  'iu',
);
/** Head nouns naming a counter-proposal, all filed under one key (the eval's `name:counter-proposal`). */
const COUNTER_NOUN_RE = /^counter-?(?:proposal|plan|offer|draft|document)$/u;
export const COUNTER_KEY = 'name:counter-proposal';

const INTRODUCE_RE =
  /\b(?:(?:answered|responded|countered|replied|come\s+up|came\s+up)\s+with|drawn\s+up|produced|issued|drafted|drew\s+up|drawn\s+up|tabled|unveiled|presented|proposed|put\s+forward|floated|submitted|prepared|crafted|offered|sent|circulated|released|published)\s+(?:(?:their|its|his|her)\s+own\s+)?$/iu;

/** Head nouns too plain to introduce a proposal of their own without an introducing verb. */
const PLAIN_NOUNS = new Set([
  'plan',
  'proposal',
  'framework',
  'draft',
  'version',
  'document',
  'deal',
  'agreement',
  'text',
  'initiative',
]);

/** A pack proposal's date pins a mention only when both are exact days and equal. */
function dateMatches(packDate: string | null, v: DateValue | null): boolean {
  if (!packDate || v === null || typeof v !== 'string') return false;
  return packDate.length === 10 && v === packDate;
}

/** The DATE value of a time expression in the sentence, after a presentation verb. */
function presentedDate(
  text: string,
  seg: Segmented,
  si: number,
  times: readonly TimeIn[],
): { value: DateValue | null; start: number; monthDay: string | null } | null {
  const s = seg.sentences[si];
  if (!s) return null;
  const verb = PRESENTED_RE.exec(text.slice(s.start, s.end));
  if (!verb) return null;
  for (const t of within(times, s.start + verb.index, s.end)) {
    if (t.type !== 'DATE') continue;
    if (t.value !== null) return { value: t.value, start: t.start, monthDay: null };
    // "on April 17" in a page with no publication date: the time stage cannot place the year, but
    // the month and day still pin a pack version dated on that day (see yearlessMatch).
    const md = MONTH_DAY_RE.exec(t.text);
    const mm = md ? MONTH_NUM.get((md[1] ?? md[4] ?? '').toLowerCase()) : undefined;
    const dd = md?.[2] ?? md?.[3];
    if (mm && dd) return { value: null, start: t.start, monthDay: `-${mm}-${dd.padStart(2, '0')}` };
  }
  return null;
}
/** "April 17", "17 April": a day of a month with no year. */
const MONTH_DAY_RE = new RegExp(
  `^(?:(?:on\\s+)?(${MONTH_NAMES.join('|')})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAMES.join('|')}))$`,
  'iu',
);
/**
 * A year-less day matches a pack version dated on that month and day when exactly one is: a page
 * without a publication date still names "the proposal presented in Paris on April 17".
 */
function yearlessMatch(proposals: readonly PackProposal[], monthDay: string): PackProposal | null {
  const hits = proposals.filter((p) => p.date?.length === 10 && p.date.endsWith(monthDay));
  return hits.length === 1 ? (hits[0] as PackProposal) : null;
}

export interface ProposalExtraction {
  readonly mentions: ProposalMention[];
  readonly infos: ProposalInfo[];
  /** For each sentence, the key of the proposal under discussion at its start (for pronouns). */
  readonly focusAt: (offset: number) => string | null;
}

export function extractProposals(
  text: string,
  seg: Segmented,
  m: ProposalMatcher,
  actors: readonly ActorMentionIn[],
  places: readonly { start: number; end: number; text: string; place: string }[],
  times: readonly TimeIn[],
): ProposalExtraction {
  const cands = candidates(text, seg, m, actors, places);
  const textRevises = new Map<string, { key: string; evidence: LocalSpan }>();

  // Pass 1: indefinite or generic mentions that a date pins to a pack proposal ("a US proposal presented in Paris on April 17").
  for (const c of cands) {
    if (c.kind !== 'generic' || c.key !== null) continue;
    const d = presentedDate(text, seg, c.sentence, times);
    if (!d) continue;
    const p = d.monthDay
      ? yearlessMatch(m.proposals, d.monthDay)
      : m.proposals.find((x) => dateMatches(x.date, d.value));
    // "the 19-point framework, a revision of the American plan agreed on November 23": the day is
    // the named version's; another text in its sentence is not pinned by it.
    if (
      p &&
      cands.some((x) => x !== c && x.sentence === c.sentence && x.kind !== 'generic' && x.key === p.id)
    )
      continue;
    if (p) c.key = p.id;
    else if (c.dateOnly) continue;
    // Only an exact day names a proposal of its own ("a proposal presented on April 17"); a week
    // or a month ("last week") is just when something was said.
    else if (c.indefinite && typeof d.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d.value))
      c.key = `dated:${typeof d.value === 'string' ? d.value : slug(JSON.stringify(d.value))}`;
  }
  // "In April, at a meeting in Paris, officials gave them a short outline": a plain noun handed over
  // where and when a pack version was (a month or place before it in its sentence) is that version.
  for (const c of cands) {
    if (!c.dateOnly || c.key !== null) continue;
    const s = seg.sentences[c.sentence];
    if (!s) continue;
    const lead = text.slice(s.start, c.start);
    if (!HANDED_RE.test(lead)) continue;
    const locs = (lead.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => locWordsOf(m).has(w));
    const keys = new Set(locs.map((w) => versionByLocative(m, [w])).filter((k) => k !== null));
    if (keys.size === 1) c.key = [...keys][0] as string;
  }
  const kept = cands.filter((c) => !c.dateOnly || c.key !== null);
  cands.length = 0;
  cands.push(...kept);
  // An indefinite mention that is the object of a drafting or presenting verb introduces a proposal
  // of its own ("European governments have drafted a counter-proposal"): a key from its head noun.
  for (const c of cands) {
    if (c.kind !== 'generic' || c.key !== null || !c.indefinite) continue;
    const s = seg.sentences[c.sentence];
    if (!s) continue;
    const lead = text.slice(Math.max(s.start, c.start - 40), c.start);
    // A head noun that is itself a kind of proposal ("a counter-proposal", "a roadmap") is new
    // whenever it is indefinite; the plain nouns need a verb that introduces them.
    if (INTRODUCE_RE.test(lead) || (!PLAIN_NOUNS.has(c.noun) && !c.revised && !c.original)) {
      c.key = `name:${slug(c.noun)}`;
      c.kind = 'named';
    }
  }
  // "A peace blueprint drawn up by … would require …. The 28-point document was assembled by …":
  // a lead that introduces a text by a bare head noun and names it by its point count or name in
  // the next sentence or two speaks of one proposal, when that is the only one named there.
  // So does "A draft … presented on Thursday. Its 28 points …": a day that names no pack version
  // is when that version was handed over, if the pack dates it no more precisely than that day.
  for (const c of cands) {
    const dated = c.key?.startsWith('dated:') ? c.key.slice(6) : null;
    if (!dated && (c.kind !== 'named' || c.key !== `name:${slug(c.noun)}` || c.key === COUNTER_KEY)) continue;
    // A heading right above the lead ("November: the 28 points") names the text the lead introduces.
    const heading = (x: Candidate) =>
      x.kind === 'points' &&
      x.end < c.start &&
      /^[^.!?\n]{0,20}\n\s*\n\s*$/u.test(text.slice(x.end, c.start)) &&
      !/[.!?]/u.test(text.slice(text.lastIndexOf('\n', x.start) + 1, x.end));
    const near = cands.filter(
      (x) =>
        ((x.start > c.end && x.sentence <= c.sentence + 2) || heading(x)) &&
        (x.kind === 'points' || x.kind === 'alias') &&
        !x.revised &&
        x.key !== null,
    );
    const keys = new Set(near.map((x) => x.key));
    const only = near[0];
    const packDate = only ? m.proposals.find((p) => p.id === only.key)?.date : undefined;
    const underHeading = !!only && only.start < c.start;
    if (dated && !underHeading && (!packDate || !dated.startsWith(packDate))) continue;
    // (overlapping readings of one phrase, "a draft" in "a draft peace agreement", are one mention)
    const same = cands.filter((x) => x !== c && x.key === c.key);
    if (
      only &&
      keys.size === 1 &&
      (same.length === 0 || underHeading || (dated && same.every((x) => x.sentence === c.sentence)))
    ) {
      for (const x of same) {
        x.key = only.key;
        x.kind = only.kind;
        x.points = only.points;
      }
      c.key = only.key;
      c.kind = only.kind;
      c.points = only.points;
    }
  }
  const specifics = cands.filter((c) => c.key !== null);

  // Revision links said in the text, per sentence: "a revised 19-point version of the 28-point plan", "from 28 points to 19".
  const bySentence = new Map<number, Candidate[]>();
  for (const c of specifics) {
    const list = bySentence.get(c.sentence) ?? [];
    list.push(c);
    bySentence.set(c.sentence, list);
  }
  for (const [si, list] of bySentence) {
    const keys = [...new Set(list.map((c) => c.key as string))];
    if (keys.length < 2) continue;
    const s = seg.sentences[si];
    if (!s) continue;
    const stext = text.slice(s.start, s.end);
    for (let i = 0; i + 1 < list.length; i++) {
      const a = list[i] as Candidate;
      const b = list[i + 1] as Candidate;
      if (a.key === b.key) continue;
      const between = text.slice(a.end, b.start);
      const before = text.slice(Math.max(s.start, a.start - 12), a.start);
      let newer: Candidate | null = null;
      let older: Candidate | null = null;
      if (/\bfrom\s+$/i.test(before) && /^\s+(?:points\s+)?to\s+(?:a\s+|the\s+)?$/i.test(between))
        [newer, older] = [b, a];
      else if (
        /^\s+(?:replaces|replaced|supersedes|superseded|revises|revised|updates|updated|succeeds|succeeded)\s+$/i.test(
          between,
        )
      )
        [newer, older] = [a, b];
      else if (/^\s+(?:of|to|from)\s+$/i.test(between) && (a.revised || /version|draft/i.test(a.name)))
        [newer, older] = [a, b];
      else if (b.revised && !a.revised && REVISION_RE.test(stext)) [newer, older] = [b, a];
      else if (a.revised && !b.revised && REVISION_RE.test(stext)) [newer, older] = [a, b];
      else if (b.original && !a.original) [newer, older] = [a, b];
      else if (a.original && !b.original) [newer, older] = [b, a];
      if (newer && older && !textRevises.has(newer.key as string))
        textRevises.set(newer.key as string, {
          key: older.key as string,
          evidence: span(text, s.start, s.end),
        });
    }
  }

  // Pass 2: generic mentions, in text order, follow the version under discussion.
  const supersedes = (k: string): string | null =>
    textRevises.get(k)?.key ?? m.proposals.find((p) => p.id === k)?.supersedes ?? null;
  const revisionOf = (k: string): string | null => {
    const fromPack = m.supersededBy.get(k);
    if (fromPack) return fromPack;
    for (const [newer, v] of textRevises) if (v.key === k) return newer;
    return null;
  };
  // "the revised framework", "the new draft" with nothing in the article to lean on: the latest
  // revision in the pack's version chain that this article touches (a version it names, or one
  // revising a version it names); "the original plan": the earliest version of that chain.
  const named = new Set(specifics.map((c) => c.key as string));
  // An article that names no version at all ("the revised framework agreed in Geneva", "the first
  // draft") still speaks of the pack's versions when the pack has a single revision chain: its
  // latest revision and its root are then the only readings. With no chain, or several, nothing.
  const soleChain = (): { latest: string; root: string } | null => {
    if (named.size > 0) return null;
    const tips = m.proposals.filter((p) => p.supersedes && !m.supersededBy.has(p.id));
    if (tips.length !== 1) return null;
    let root = tips[0] as PackProposal;
    for (let n = 0; root.supersedes && n < 10; n++) {
      const up = m.proposals.find((p) => p.id === root.supersedes);
      if (!up) break;
      root = up;
    }
    return { latest: (tips[0] as PackProposal).id, root: root.id };
  };
  const chainTouched = (id: string): boolean => {
    for (
      let k: string | null = id, n = 0;
      k && n < 10;
      k = m.proposals.find((p) => p.id === k)?.supersedes ?? null, n++
    )
      if (named.has(k)) return true;
    return false;
  };
  const latestRevision = (): string | null => {
    const revs = m.proposals.filter((p) => p.supersedes && chainTouched(p.id));
    return (
      revs.find((p) => !m.supersededBy.has(p.id))?.id ??
      revs[revs.length - 1]?.id ??
      soleChain()?.latest ??
      null
    );
  };
  const earliestVersion = (): string | null => {
    const root = m.proposals.find((p) => !p.supersedes && m.supersededBy.has(p.id) && named.has(p.id));
    // "The first draft" with no version named reads as the chain's root only when the article
    // also speaks of a revision; otherwise it is the first draft of whatever text it is about.
    return root?.id ?? (cands.some((c) => c.revised) ? soleChain()?.root : null) ?? null;
  };
  const firstRevisedSpecific =
    specifics.find((c) => c.revised || supersedes(c.key as string) !== null)?.key ?? null;
  let focus: string | null = null;
  const resolved: Candidate[] = [];
  const focusMarks: { start: number; key: string }[] = [];
  // A version counted by points that the pack does not know ("a 20-point draft" beside the pack's
  // 28- and 19-point texts) is one written after the pack was: the newest, so "the latest draft"
  // while it is under discussion is that version, not the pack's last revision.
  const unknownVersion = (k: string) =>
    k.startsWith('points:') && m.proposals.some((p) => p.points !== undefined && p.points !== null);
  const isRevisionKey = (k: string) =>
    supersedes(k) !== null || unknownVersion(k) || specifics.some((x) => x.key === k && x.revised);
  const sameNoun = (c: Candidate) => {
    // A generic mention with the head noun of a proposal introduced by name ("the counter-proposal").
    let best: Candidate | null = null;
    for (const x of specifics) if (x.kind === 'named' && x.noun === c.noun && x.start < c.start) best = x;
    return best?.key ?? null;
  };
  // "The plan, which Russia welcomed, has since been rewritten": the subject of a revision verb is the earlier version.
  const REWRITTEN_RE =
    /^(?:,[^,.;]{0,80},)?\s+(?:has|have|had|was|were)\s+(?:since\s+|now\s+|already\s+|largely\s+|heavily\s+)*been\s+(?:\p{L}+ly\s+)?(?:rewritten|revised|replaced|superseded|reworked|redrafted|amended|overhauled|trimmed|pared|cut|shortened|watered)\b/iu;
  // A bare definite noun ("the document") keeps pointing at the proposal it named before, unless
  // the proposal now under discussion has been called that too.
  const bareBinding = new Map<string, string>();
  const nounsOf = new Map<string, Set<string>>();
  const isBare = (c: Candidate) => c.name.toLowerCase().replace(/s$/, '') === c.noun;
  // Party adjectives a version has been called by ("American", "European"), most recent last.
  const modsOf = new Map<string, Set<string>>();
  // A party word ("US", "Washington's") counts as the party it names, so that "the US document"
  // and "the American plan" are read as the same party's text.
  const capModifiers = (c: Candidate): string[] =>
    c.name
      .split(/\s+/)
      .slice(0, -1)
      .map((w) => w.replace(/['’]s$/u, ''))
      .filter(
        (w) =>
          (/^\p{Lu}\p{Ll}+(?:an|ish|ese|ian|ean)$/u.test(w) && !MONTHS.has(w.toLowerCase())) ||
          (/^\p{Lu}/u.test(w) && m.partyOf.has(w.toLowerCase())),
      )
      .map((w) => m.partyOf.get(w.toLowerCase()) ?? w.toLowerCase());
  // "The later plan adds …" in a piece setting the April proposal against the November plan: the
  // later of the dated versions the article has named so far, not a revision it never mentions.
  const byComparison = (which: 'later' | 'earlier', before: readonly Candidate[]): string | null => {
    const dated = new Map<string, string>();
    for (const x of before) {
      const d = m.proposals.find((p) => p.id === x.key)?.date;
      if (d) dated.set(x.key as string, d);
    }
    if (dated.size < 2) return null;
    const sorted = [...dated].sort((a, b) => a[1].localeCompare(b[1]));
    return (which === 'later' ? sorted[sorted.length - 1] : sorted[0])?.[0] ?? null;
  };
  let prevCand: Candidate | null = null;
  for (const c of cands) {
    const contrasted =
      prevCand !== null &&
      prevCand.sentence === c.sentence &&
      /^\s+(?:to|of|from|than|with|on|against|over)\s+$/iu.test(text.slice(prevCand.end, c.start));
    prevCand = c;
    if (c.bareLoc && c.key === null) {
      const last = resolved[resolved.length - 1];
      const plain = (x: Candidate) => (LOCATIVE_ONLY_NOUNS as readonly string[]).includes(x.noun);
      if (!last || !plain(last) || c.sentence - last.sentence > 2) continue;
      c.key = last.key;
    }
    if (c.key === null && contrasted && !c.revised && !c.original) continue;
    if (c.key === null && !c.revised && !c.original && REWRITTEN_RE.test(text.slice(c.end, c.end + 140)))
      c.original = true;
    const bound = c.key === null && isBare(c) && !c.indefinite ? bareBinding.get(c.noun) : undefined;
    const mods = capModifiers(c);
    if (c.key === null && mods.length > 0) {
      // "the American version" after "the American proposal": the same party adjective, the same text.
      let byMod: string | null = null;
      for (const [k, set] of modsOf) if (mods.some((w) => set.has(w))) byMod = k;
      // "the European text" once a counter-proposal is on the table, while the version in focus has
      // only ever been called by another party's adjective ("the American proposal"): the counter.
      if (!byMod && focus && focus !== COUNTER_KEY && resolved.some((x) => x.key === COUNTER_KEY)) {
        const fm = modsOf.get(focus);
        if (fm && fm.size > 0) byMod = COUNTER_KEY;
      }
      // "a European counter-proposal, a marked-up copy of the American text": a party adjective
      // that the version in focus has never been called by, when that version has been called by
      // another party's, names the other text on the table: the latest one no party has claimed.
      const fm = focus ? modsOf.get(focus) : undefined;
      if (!byMod && !c.original && !c.revised && focus && fm && fm.size > 0 && !mods.some((w) => fm.has(w))) {
        for (let k = resolved.length - 1; k >= 0; k--) {
          const key = (resolved[k] as Candidate).key as string;
          if (key === focus || (modsOf.get(key)?.size ?? 0) > 0) continue;
          byMod = key;
          break;
        }
      }
      if (byMod) c.key = byMod;
    }
    if (c.proForm && c.key === null) continue;
    if (c.key === null && c.comparative) c.key = byComparison(c.comparative, resolved);
    if (c.key === null) {
      const named = sameNoun(c);
      if (named) c.key = named;
      else if (bound && focus && bound !== focus && !nounsOf.get(focus)?.has(c.noun)) c.key = bound;
      // "The document … is a reworked version of the US plan": a revision named as the predicate of
      // a copula is the subject's own text, the one in focus, not a further revision.
      else if (
        c.revised &&
        c.indefinite &&
        focus &&
        /\b(?:is|was)\s+(?:\p{L}+ly\s+|in\s+effect\s+|essentially\s+)?$/iu.test(
          text.slice(Math.max(0, c.start - 30), c.start),
        )
      )
        c.key = focus;
      else if (c.revised)
        c.key =
          (focus && (revisionOf(focus) ?? (isRevisionKey(focus) ? focus : null))) ??
          (firstRevisedSpecific !== focus ? firstRevisedSpecific : null) ??
          latestRevision();
      else if (c.original) {
        // "the first draft" while a text the pack does not know is in focus (a counter-proposal, a
        // treaty quoted for comparison) is the first version of the pack's revised plan, when the
        // article names one: the text in focus has no versions of its own to be the first of.
        const unchained =
          focus !== null &&
          supersedes(focus) === null &&
          revisionOf(focus) === null &&
          !m.proposals.some((p) => p.id === focus);
        const root = unchained ? earliestVersion() : null;
        c.key =
          (root !== null && root !== focus ? root : null) ??
          (focus && (supersedes(focus) ?? focus)) ??
          specifics.find((x) => !x.revised)?.key ??
          earliestVersion();
      } else if (!c.indefinite)
        c.key =
          focus ??
          specifics.find(
            (x) => x.start > c.start && (x.noun === c.noun || x.kind === 'points' || x.kind === 'alias'),
          )?.key ??
          null;
      if (c.key === null) continue;
      c.kind = 'generic';
    }
    // "a revision of the November plan", "unlike the 28-point plan": the version compared against
    // is not the one under discussion, so it does not take the focus from the sentence's subject;
    // nor does the starting point of a change ("cut from 28 points to 19", "up from the first draft").
    const demoted =
      /\b(?:(?:revision|version|rewrite|overhaul)\s+of|(?:successor|sequel|follow-up|replacement|alternative|answer|response)\s+(?:to|of|for)|unlike|than|replacing|replaces|replaced|supersed\w*|instead\s+of|(?:cut|trimmed|pared|reduced|shortened|down|up|changed|moved\s+away)\s+from)\s+$/iu.test(
        text.slice(Math.max(0, c.start - 25), c.start),
      ) && focus !== null;
    if (demoted) {
      resolved.push(c);
      continue;
    }
    focus = c.key;
    // Named versions ("the 19-point framework") and bare generics bind their noun; modified
    // generics ("the original plan") do not, they are contrasts rather than names.
    if (!c.indefinite && ((isBare(c) && c.kind === 'generic') || (c.kind !== 'generic' && !c.original)))
      bareBinding.set(c.noun, c.key as string);
    if (c.kind !== 'generic') {
      let ns = nounsOf.get(c.key as string);
      if (!ns) {
        ns = new Set();
        nounsOf.set(c.key as string, ns);
      }
      ns.add(c.noun);
    }
    if (mods.length > 0) {
      let set = modsOf.get(c.key as string);
      if (!set) {
        set = new Set();
        modsOf.set(c.key as string, set);
      }
      for (const w of mods) set.add(w);
    }
    resolved.push(c);
    focusMarks.push({ start: c.start, key: c.key as string });
  }

  const mentions: ProposalMention[] = resolved.map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    proposal: c.key as string,
    rule: c.kind,
    points: c.points ?? m.proposals.find((p) => p.id === c.key)?.points ?? null,
    revised: c.revised,
  }));

  const focusAt = (offset: number): string | null => {
    const i = lowerBound(focusMarks, offset) - 1;
    return i >= 0 ? (focusMarks[i]?.key ?? null) : null;
  };

  const infos = describe(text, seg, mentions, actors, places, times, textRevises, focusAt);
  return { mentions, infos, focusAt };
}

/**
 * Drafting predicates beyond the shared lexicon's "drafted/written/… by": who assembled, presented,
 * put forward or tabled a text ("presented by Witkoff and Rubio"), whose brainchild it is, and the
 * talks it came out of ("the product of talks in Miami between A, B and C"). Each ends where the
 * list of drafters starts, so it is read exactly like "drafted by".
 */
const EXTRA_DRAFTING_BY =
  String.raw`\b(?:assembled|compiled|presented|put\s+forward|tabled|floated|conceived|designed|brokered|cobbled\s+together|thrashed\s+out|pieced\s+together|drawn\s+up|co-?written|co-?authored)\b(?:[^.;]{0,80}?)\bby\s+` +
  String.raw`|\bbrainchild\s+of\s+` +
  String.raw`|\b(?:(?:came|comes|emerged|emerges|grew|grows)\s+out\s+of|emerged\s+from|(?:the\s+)?(?:product|outcome|result|fruit)\s+of)\s+(?:\p{L}+\s+){0,2}?(?:talks|meetings|sessions|negotiations|discussions|consultations|contacts)\b[^.;]{0,60}?\bbetween\s+`;
const DRAFT_BY_RE = new RegExp(`${DRAFTING_BY_RE.source}|${EXTRA_DRAFTING_BY}`, 'giu');
/** Co-drafters after the list: "written by Witkoff with Kushner", "…, who drew it up with Rubio". */
const CO_DRAFTERS_RE =
  /^\s*,?\s*(?:(?:together\s+)?with(?:\s+(?:input|help|contributions?|assistance)\s+from)?|alongside|(?:who|which)\s+\p{L}+\s+(?:it|them)\s+(?:up\s+|out\s+|together\s+)?with|and\s+(?:(?:later\s+)?(?:refined|revised|reworked|finished|finali[sz]ed)\s+(?:it\s+)?)?with)\s+/iu;

/** A sentence whose subject is the text in focus without naming it ("It was drafted by …", "The offer was the brainchild of …"). */
const THE_TEXT_RE = /^\s*(?:it|the\s+(?:document|text|draft|offer|terms|paper))\b/iu;
/** "A and B oversaw the redrafting": those who ran the writing of the text in focus drafted it. */
const OVERSAW_RE =
  /\b(?:oversaw|supervised|led|ran|steered|directed|handled)\s+(?:the\s+)?(?:re-?drafting|drafting|writing|rewriting|rewrite|redraft|revision)\b/iu;
/** What comes between a drafter and a co-drafter: an apposition (", who runs …,", ", the head of …,"). */
const APPOSITION_RE = /^\s*,?\s*(?:(?:who|which)\s|(?:the|a|an)\s)[^,;.]{0,90},/iu;
/**
 * Co-drafters after the list, repeatedly and across an apposition: "drawn up by Witkoff together
 * with Dmitriev, the head of the fund, with input from Kushner", "by Witkoff and Dmitriev, who
 * runs the fund, with Kushner also taking part".
 */
function coDrafters(text: string, from: number, to: number, actors: readonly ActorMentionIn[]): string[] {
  const ids: string[] = [];
  let at = from;
  for (let n = 0; n < 3 && at < to; n++) {
    let rest = text.slice(at, to);
    const app = APPOSITION_RE.exec(rest);
    if (app) {
      at += app[0].length;
      rest = rest.slice(app[0].length);
    }
    const co = CO_DRAFTERS_RE.exec(rest);
    if (!co) break;
    const listed = listedActors(text, at + co[0].length, to, actors);
    if (listed.ids.length === 0) break;
    for (const id of listed.ids) if (!ids.includes(id)) ids.push(id);
    at = listed.end;
  }
  return ids;
}
/**
 * The subject of an active drafting verb: the actors of its own clause. "Tusk said Europe needed
 * to know who wrote the plan": "who" is the subject, Tusk only reports; "Witkoff, who drew up the
 * plan": the name before the relative pronoun.
 */
function activeSubjects(
  text: string,
  from: number,
  verbAt: number,
  actors: readonly ActorMentionIn[],
): string[] {
  const lead = text.slice(from, verbAt);
  let cut = -1;
  let wh = false;
  for (const x of lead.matchAll(
    /\b(?:said|says|told|asked|wondered|know|knows|knew|whether|that|who|whom|whoever|if)\b|[;:—]/giu,
  )) {
    cut = (x.index ?? 0) + x[0].length;
    wh = /^(?:who|whom|whoever)$/iu.test(x[0]);
  }
  if (cut < 0) return listedActors(text, from, verbAt, actors).ids;
  if (wh) {
    const before = text.slice(from, from + cut).replace(/\s*\p{L}+$/u, '');
    const a = within(actors, from, from + before.length).pop();
    return a && /^\s*,?\s*$/u.test(text.slice(a.end, from + before.length)) ? [a.actor] : [];
  }
  return listedActors(text, from + cut, verbAt, actors).ids;
}
/** "Jared Kushner also took part", "X sat in on several of the sessions": one more hand on the text just described. */
const JOINED_RE =
  /^[^.;]{0,80}?\b(?:also\s+)?(?:took\s+part|takes\s+part|participated|sat\s+in\s+on|was\s+(?:also\s+)?involved|contributed)\b/iu;
/** "talks between the delegations produced a shorter document": a text made at a meeting. */
const MEETING_MADE_RE =
  /\b(?:talks|negotiations|session|sessions|meeting|meetings|delegations|negotiators|teams)\b[^.;]{0,120}?\b(?:produced|yielded|agreed|drafted|hammered\s+out|worked\s+out|came\s+up\s+with|finali[sz]ed|rewrote|redrafted|reworked)\b/iu;
/** "… had drafted their own answer": a drafting verb whose object is the subject's own text. */
const OWN_TEXT_RE =
  /\b(?:drafted|drew\s+up|drawn\s+up|wrote|written|produced|prepared|put\s+together|come\s+up\s+with|came\s+up\s+with)\s+(?:their|its)\s+own\b/iu;
/** "A US team led by A, with B and C, sat down with a delegation headed by D": who was on the teams. */
const TEAMS_LED_RE = /\b(?:team|delegation|side)\s+(?:led|headed)\s+by\b/giu;
/** "Rubio led the US team, while Yermak headed the Ukrainian side": the heads of the delegations. */
const HEADED_RE =
  /\b(?:led|headed|heads|leads|led\s+by|headed\s+by)\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,2}?(?:team|side|delegation|negotiators)\b/giu;

const REL_DRAFTED_RE =
  /^\s*,?\s*(?:that|which)\s+([^,;]{1,80}?)\s+((?:had\s+|have\s+|has\s+)?(?:drafted|drew\s+up|wrote|authored|crafted|devised|hammered\s+out|worked\s+out|put\s+together|negotiated|finished|finali[sz]ed|prepared|handed|presented|delivered|tabled|submitted|put\s+forward|initiall?ed))\b/iu;
/** "a revision of the November plan negotiated by …": the mention after "revision of" is not the subject. */
// "the successor to the Geneva framework": the earlier version named as a point of reference.
const REVISION_OF_RE =
  /\b(?:(?:revision|version|rewrite|update|overhaul)\s+of|(?:successor|sequel|follow-up|replacement)\s+(?:to|of|for))\s+$/iu;

/** Splits a "by A, B and C, an envoy for D" phrase into the named drafters. */
function listedActors(
  text: string,
  from: number,
  to: number,
  actors: readonly ActorMentionIn[],
): { ids: string[]; end: number } {
  const ids: string[] = [];
  const region = text.slice(from, to);
  // The list ends where a clause that is not part of it starts.
  const stop =
    /\b(?:and|but)\s+\p{L}+(?:ed|en)\s+by\b|\b(?:and|but)\s+(?:was|were|is|are|has|have|had|then|later)\b|,\s+(?:had|has|have|was|were|is|are|did|does)\s|,\s+(?:\p{L}+\s+){0,3}(?:said|says|reported|reports|added|told)\b|\b(?:during|according|in\s+(?!the\s+(?:us|u\.s\.))|at|on|last|after|before|while|who|which|with|to|earlier|late)\b|\b(?:would|will|could|should|can|may|might|must|shall)\b/iu.exec(
      region,
    );
  // ", obliged Ukraine to …": a lower-case verb after a comma starts the main clause (case-sensitive).
  const verb = /,\s+(?!and\b|an?\b|the\b)\p{Ll}+(?:ed|es)\s/u.exec(region);
  const cut = Math.min(stop ? stop.index : region.length, verb ? verb.index : region.length);
  const end = from + cut;
  // Split on list separators, remembering which came before each item: a bare comma before a
  // determiner phrase ("Kirill Dmitriev, the Russian envoy") opens an apposition, not a new drafter.
  const parts = text.slice(from, end).split(/(,\s*(?:and\s+)?|\s+and\s+|;)/);
  let offset = from;
  for (let pi = 0; pi < parts.length; pi += 2) {
    const item = parts[pi] as string;
    const sep = pi > 0 ? (parts[pi - 1] as string) : '';
    const iStart = text.indexOf(item, offset);
    offset = iStart + item.length;
    // (one that ends in a common noun: "the EU" after a comma is still a drafter).
    if (
      /^,\s*$/u.test(sep) &&
      /^\s*(?:[Aa]n?|[Tt]he)\s.*\s\p{Ll}[\p{L}'’-]*\s*$/u.test(item) &&
      ids.length > 0
    )
      continue;
    // "a Ukrainian delegation under Rustem Umerov": the leader named after the group drafts
    const led = /\b(?:under|led\s+by|headed\s+by|(?:team|office|staff|delegation)\s+of)\s+/iu.exec(item);
    // "Steve Witkoff, Donald Trump's special envoy, and …": a possessive role after a comma describes
    // the drafter before it; the owner is not one.
    if (
      /^,\s*$/u.test(sep) &&
      ids.length > 0 &&
      /^\s*[\p{Lu}][\p{L}\s.'’-]*['’]s\s+(?:\p{Ll}[\p{L}-]*\s*)+$/u.test(item)
    )
      continue;
    if (/^\s*(?:[Aa]n?\s|[Tt]he\s+\p{Ll})/u.test(item) && !led) continue; // an appositive ("an envoy for …") names no drafter
    const from0 = led ? iStart + led.index + led[0].length : iStart;
    const inItem = within(actors, from0, iStart + item.length).filter(
      (a) =>
        (!/^['’]s\b/.test(text.slice(a.end, a.end + 2)) ||
          /^['’]s\s+(?:(?:special|chief|top|lead)\s+)?(?:team|delegation|office|aides|negotiators?|envoys?|representatives?|staff|officials)\b/iu.test(
            text.slice(a.end, a.end + 20),
          )) &&
        a.end <= iStart + item.length,
    );
    const last = inItem[inItem.length - 1];
    if (last && !ids.includes(last.actor)) ids.push(last.actor);
  }
  return { ids, end };
}

/** What the text says about each proposal: drafters, where/when/to whom presented, what it revises. */
function describe(
  text: string,
  seg: Segmented,
  mentions: readonly ProposalMention[],
  actors: readonly ActorMentionIn[],
  places: readonly { start: number; end: number; text: string; place: string }[],
  times: readonly TimeIn[],
  textRevises: ReadonlyMap<string, { key: string; evidence: LocalSpan }>,
  focusAt: (offset: number) => string | null,
): ProposalInfo[] {
  const info = new Map<
    string,
    {
      name: string;
      points: number | null;
      authors: string[];
      ev: LocalSpan[];
      places: string[];
      date: DateValue | null;
      to: string[];
    }
  >();
  const get = (k: string) => {
    let v = info.get(k);
    if (!v) {
      v = { name: '', points: null, authors: [], ev: [], places: [], date: null, to: [] };
      info.set(k, v);
    }
    return v;
  };
  for (const mn of mentions) {
    const v = get(mn.proposal);
    if (mn.points !== null && v.points === null) v.points = mn.points;
    if (mn.rule !== 'generic' && mn.text.length > v.name.length)
      v.name = mn.text.replace(/^(?:the|a|an)\s+/i, '');
  }
  // Drafters and circumstances, sentence by sentence where a proposal is in focus.
  const sentencesWithVerb = new Set<number>();
  const byRe = new RegExp(DRAFT_BY_RE.source, DRAFT_BY_RE.flags);
  for (let x = byRe.exec(text); x !== null; x = byRe.exec(text))
    sentencesWithVerb.add(sentenceIndexOf(seg, x.index));
  const actRe = new RegExp(DRAFTING_ACTIVE_RE.source, DRAFTING_ACTIVE_RE.flags);
  for (let x = actRe.exec(text); x !== null; x = actRe.exec(text))
    sentencesWithVerb.add(sentenceIndexOf(seg, x.index));
  // The last sentence that named drafters, and the last that said a meeting produced a text.
  let lastDrafted: { si: number; key: string } | null = null;
  let lastMade: { si: number; key: string } | null = null;
  const addTo = (k: string, ids: readonly string[], ev: LocalSpan) => {
    const w = get(k);
    for (const id of ids) if (!w.authors.includes(id)) w.authors.push(id);
    w.ev.push(ev);
  };
  /** Actors that can be a clause's subject: not possessives, not after a preposition or article. */
  const subjectActors = (from: number, to: number) =>
    within(actors, from, to).filter(
      (a) =>
        !/^['’]s\b/u.test(text.slice(a.end, a.end + 3)) &&
        !/\b(?:the|of|for|to|with|from|by|on|in|at)\s+$/iu.test(
          text.slice(Math.max(from, a.start - 6), a.start),
        ),
    );
  for (let si = 0; si < seg.sentences.length; si++) {
    const s = seg.sentences[si];
    if (!s) continue;
    const stext = text.slice(s.start, s.end);
    const inSentence = within(mentions, s.start, s.end);
    if (inSentence.length === 0) {
      const ev = span(text, s.start, s.end);
      // "Jared Kushner also took part": a name joining the drafting just described (within two sentences).
      const joined = JOINED_RE.exec(stext);
      if (
        joined &&
        lastDrafted &&
        si - lastDrafted.si <= 2 &&
        (/\balso\b/iu.test(joined[0]) ||
          /\b(?:sessions|drafting|writing|talks\s+in)\b/iu.test(stext) ||
          /^\s*[.!]?\s*$/u.test(stext.slice(joined[0].length)))
      ) {
        const first = subjectActors(s.start, s.start + joined.index + joined[0].length)[0];
        if (first && first.start - s.start <= 40) addTo(lastDrafted.key, [first.actor], ev);
      }
      // "Rubio led the US team, while Yermak headed the Ukrainian side", right after the talks that
      // produced the text: the heads of the delegations drafted it.
      if (lastMade && si - lastMade.si <= 2) {
        const heads: string[] = [];
        let from = s.start;
        for (const h of stext.matchAll(HEADED_RE)) {
          const at = s.start + (h.index ?? 0);
          const a = subjectActors(from, at).pop();
          if (a && !heads.includes(a.actor)) heads.push(a.actor);
          from = at + h[0].length;
        }
        if (heads.length >= 2) addTo(lastMade.key, heads, ev);
      }
    }
    const made = MEETING_MADE_RE.exec(stext);
    if (made) {
      // The verb's object ("produced a 19-point text"), else the text it ended with ("… cutting
      // the original plan down to 19 points").
      const vEnd = s.start + made.index + made[0].length;
      const mn =
        inSentence.find((x) => x.start >= vEnd && /^\s*(?:\S+\s+){0,3}$/u.test(text.slice(vEnd, x.start))) ??
        inSentence.filter((x) => x.start >= vEnd).pop();
      if (mn) lastMade = { si, key: mn.proposal };
      // "… sat down with a Ukrainian delegation headed by D and E. … the two delegations rewrote it
      // into a 19-point framework": the teams described just before drafted the text they produced.
      const prev = seg.sentences[si - 1];
      if (mn && prev && /\b(?:delegations|teams)\b/iu.test(made[0])) {
        const ptext = text.slice(prev.start, prev.end);
        const led = [...ptext.matchAll(TEAMS_LED_RE)];
        if (led.length >= 2 && within(mentions, prev.start, prev.end).length === 0) {
          const from = prev.start + (led[0]?.index ?? 0);
          const ids: string[] = [];
          for (const a of within(actors, from, prev.end)) {
            const after = text.slice(a.end, a.end + 20);
            // "Ukraine's security council", "a US team": owners and modifiers are not team members.
            if (/^['’]s\b|^\s+(?:team|delegation|side|officials|negotiators)\b/iu.test(after)) continue;
            if (
              !/(?:\bby|,|\band|\bwith)\s+(?:(?:\p{Lu}[\p{L}.-]*|of)\s+){0,5}$/u.test(
                text.slice(Math.max(from, a.start - 60), a.start),
              )
            )
              continue;
            if (!ids.includes(a.actor)) ids.push(a.actor);
          }
          if (ids.length >= 2) addTo(mn.proposal, ids, span(text, prev.start, s.end));
        }
      }
    }
    // "Rubio, who led the US side, and Yermak, the head of Zelensky's office, oversaw the redrafting".
    const oversaw = OVERSAW_RE.exec(stext);
    if (oversaw) {
      const k = inSentence.find((x) => x.start < s.start + oversaw.index)?.proposal ?? focusAt(s.start);
      const ids = subjectActors(s.start, s.start + oversaw.index).map((a) => a.actor);
      if (k && ids.length > 0) {
        addTo(k, [...new Set(ids)], span(text, s.start, s.end));
        lastDrafted = { si, key: k };
      }
    }
    // "Britain, France and Germany had drafted their own answer. Their counter-proposal keeps …":
    // "their" text opening the next sentence is the one those drafters just wrote.
    const first0 = inSentence[0];
    const prevS = seg.sentences[si - 1];
    if (first0 && prevS && /^\W*their\s+/iu.test(text.slice(s.start, first0.end))) {
      const ptext = text.slice(prevS.start, prevS.end);
      const own = OWN_TEXT_RE.exec(ptext);
      if (own) {
        // The subject: the list of names right before the verb ("Britain, France and Germany had").
        const verbAt = prevS.start + own.index;
        const ids: string[] = [];
        let at = verbAt;
        const list = within(actors, prevS.start, verbAt);
        for (let k = list.length - 1; k >= 0; k--) {
          const a = list[k] as ActorMentionIn;
          const gap = text.slice(a.end, at);
          const ok =
            ids.length === 0
              ? /^\s+(?:(?:have|has|had|also|now|then|quickly|already)\s+){0,2}$/iu.test(gap)
              : /^\s*(?:,|,?\s+and)\s*$/iu.test(gap);
          if (!ok) break;
          // "… reaching Kyiv, Britain, France and Germany had": a name after a verb or preposition
          // ends the clause before the list; it is not one of the subjects.
          if (!/(?:^|[,;:—–]|\band)\s*$/u.test(text.slice(Math.max(prevS.start, a.start - 12), a.start)))
            break;
          if (!ids.includes(a.actor)) ids.unshift(a.actor);
          at = a.start;
        }
        if (ids.length > 0) addTo(first0.proposal, ids, span(text, prevS.start, s.end));
      }
    }
    const key = inSentence[0]?.proposal ?? (THE_TEXT_RE.test(stext) ? focusAt(s.start) : null);
    if (!key) continue;
    const v = get(key);
    // Drafters come only from a drafting predicate whose object is the proposal: the passive's
    // subject ("the plan, drafted by …") or the active verb's object ("… drew up the plan with …").
    // A counter-proposal drafted by others in the same sentence does not lend them this one.
    if (sentencesWithVerb.has(si)) {
      const addAuthors = (k: string, ids: readonly string[]) => {
        if (ids.length === 0) return;
        addTo(k, ids, span(text, s.start, s.end));
        lastDrafted = { si, key: k };
      };
      const byAll = [...stext.matchAll(new RegExp(DRAFT_BY_RE.source, 'giu'))];
      const by = byAll[0];
      if (by) {
        let prevEnd = s.start;
        for (const b of byAll) {
          // The subject is the mention just before "by" ("a 28-point plan drafted by …"), not one
          // before an earlier verb of the same match ("produced two texts: a plan drafted by").
          const byAt = s.start + (b.index ?? 0) + b[0].length;
          // "designed … by giving US negotiators language": "by" and a gerund is a means, not an agent.
          if (/^\p{Ll}+ing\b/u.test(text.slice(byAt, byAt + 20))) continue;
          // The subject stands before the verb ("the counter-plan was designed less to replace the
          // American draft than …": not the draft named inside the verb phrase).
          const candidatesFor = (limit: number) =>
            inSentence.filter(
              (mn) =>
                mn.end <= limit &&
                mn.start >= prevEnd &&
                !REVISION_OF_RE.test(text.slice(Math.max(s.start, mn.start - 20), mn.start)),
            );
          const verbAt = s.start + (b.index ?? 0);
          const subj = candidatesFor(verbAt + 1).pop() ?? candidatesFor(byAt).pop();
          const k = subj
            ? subj.proposal
            : prevEnd === s.start && THE_TEXT_RE.test(stext)
              ? focusAt(s.start)
              : null;
          // The list ends at the next proposal mention ("…, and a shorter framework that …").
          const nextMn = inSentence.find((mn) => mn.start >= byAt);
          const listed = listedActors(text, byAt, nextMn ? nextMn.start : s.end, actors);
          // "written by Witkoff with input from Dmitriev": contributors after the list draft too.
          const more = coDrafters(text, listed.end, s.end, actors);
          if (k) addAuthors(k, [...listed.ids, ...more]);
          prevEnd = byAt;
        }
      } else {
        const act = new RegExp(DRAFTING_ACTIVE_RE.source, 'iu').exec(stext);
        if (act) {
          const vEnd = s.start + act.index + act[0].length;
          // "initialled the text of a 17-article treaty": the text of a proposal is the proposal.
          const obj = inSentence.find(
            (mn) =>
              mn.start >= vEnd &&
              /^\s*(?:the\s+(?:text|draft|wording|terms)\s+of\s+)?(?:[\p{L}'’-]+\s+){0,2}$/u.test(
                text.slice(vEnd, mn.start),
              ),
          );
          if (obj) {
            // "rewrote the plan into a 19-point framework": the drafters wrote the result.
            const into = /^\s+into\s+/iu.exec(text.slice(obj.end, s.end));
            const made = into ? inSentence.find((mn) => mn.start === obj.end + into[0].length) : undefined;
            const subj = activeSubjects(text, s.start, s.start + act.index, actors);
            // "… drafted the plan with Kirill Dmitriev": co-drafters after the object.
            const w = /^\s+(?:together\s+)?with\s+/iu.exec(text.slice(obj.end, s.end));
            const co = w ? listedActors(text, obj.end + w[0].length, s.end, actors).ids : [];
            addAuthors((made ?? obj).proposal, [...subj, ...co]);
          }
        }
      }
    }
    // "a framework that American and Ukrainian officials worked out", "the short proposal that
    // Witkoff and Rubio handed to …": the relative clause's subject drafted (or put forward) its
    // antecedent, whatever else the sentence says.
    for (const ante of inSentence) {
      const rel = REL_DRAFTED_RE.exec(text.slice(ante.end, s.end));
      if (!rel || text.slice(ante.end, s.end).indexOf(rel[0]) !== 0) continue;
      const subjFrom = ante.end + (/^\s*,?\s*(?:that|which)\s+/iu.exec(rel[0])?.[0].length ?? 0);
      const ids = listedActors(text, subjFrom, subjFrom + (rel[1] as string).length, actors).ids;
      if (ids.length > 0) {
        addTo(ante.proposal, ids, span(text, s.start, s.end));
        lastDrafted = { si, key: ante.proposal };
      }
    }
    const pv = PRESENTED_RE.exec(stext);
    if (pv) {
      const after = s.start + pv.index;
      for (const p of within(places, after, s.end)) if (!v.places.includes(p.place)) v.places.push(p.place);
      if (v.date === null) {
        const t = within(times, after, s.end).find((t) => t.type === 'DATE' && t.value !== null);
        if (t) v.date = t.value;
      }
      const to =
        /\b(?:presented|handed|delivered|submitted|sent|shown|shared)\b[^.;]{0,60}?\b(?:to|with)\s+/iu.exec(
          stext,
        );
      if (to) {
        const { ids } = listedActors(text, s.start + to.index + to[0].length, s.end, actors);
        for (const id of ids) if (!v.to.includes(id)) v.to.push(id);
      }
    }
  }
  return [...info.entries()].map(([key, v]) => ({
    key,
    name: v.name || key,
    points: v.points,
    authors: v.authors,
    authorEvidence: v.ev,
    places: v.places,
    date: v.date,
    presentedTo: v.to,
    revises: textRevises.get(key)?.key ?? null,
    revisesEvidence: textRevises.get(key)?.evidence ?? null,
  }));
}
