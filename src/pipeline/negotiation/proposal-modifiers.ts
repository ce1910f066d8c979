import { MONTH_NAMES } from '../../core/months.ts';
import {
  DETERMINERS,
  ORIGINAL_WORDS,
  PLAIN_MODIFIERS,
  REVISED_WORDS,
  VERSION_NOUNS,
  WEAK_REVISED_WORDS,
} from './lexicon.ts';
import type { ProposalMatcher } from './proposal-matcher.ts';

/**
 * The words before a proposal's head noun: walking back from "plan" over "the revised US …" to
 * its determiner, and what those modifiers say (revised, original, a name, a place or month, a
 * comparative). Places, months and seasons name a pack version ("the Geneva text", "the April
 * proposal"); that lookup lives here too, since the walk is what finds those words. Used by
 * mention finding and by the pass that pins plain nouns to the version handed over.
 */

export const MONTHS = new Set(MONTH_NAMES);
export const MONTH_NUM = new Map([...MONTHS].map((m, i) => [m, String(i + 1).padStart(2, '0')]));
/** Words that count texts ("two drafts", "both plans"): no name of a version. */
const COUNT_WORDS = new Set([
  'two',
  'three',
  'four',
  'five',
  'both',
  'several',
  'many',
  'few',
  'rival',
  'competing',
]);

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
export function versionByLocative(m: ProposalMatcher, locs: readonly string[]): string | null {
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

/**
 * Walks back from a head phrase over its modifiers to a determiner. Returns the phrase start and
 * what the modifiers say; `ok` is false when nothing marks the words as a proposal name.
 */
export function walkBack(
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
    // "Two texts, one war": a count of texts names none of them.
    else if (COUNT_WORDS.has(bare)) break;
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
export function locWordsOf(m: ProposalMatcher): Set<string> {
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
