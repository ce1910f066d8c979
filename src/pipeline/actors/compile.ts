import type { Pack, PackActor, PackPlace } from '../../packs/schema.ts';
import { phoneticKey } from './distance.ts';
import { FIRST_NAME_GROUPS } from './lexicon.ts';
import { foldText, isUpper, nameKey } from './normalize.ts';
import { compileRoles, type RoleEntry } from './roles.ts';

/**
 * The pack compiled once into look-up structures the linker uses for every document: aliases by
 * their first word, person surnames, first-name variant groups, titles longest first, and the
 * names the fuzzy matcher may compare against.
 */

export type AliasTarget =
  | { type: 'actor'; id: string }
  | { type: 'place'; id: string; metonymFor: string | null }
  | { type: 'adjective'; id: string };

export interface AliasEntry {
  /** Folded alias text, compared against the folded document text at a token start. */
  folded: string;
  target: AliasTarget;
  /** Offsets (relative) of letters that must be upper-case in the text: word initials, or every letter of an acronym. */
  upper: readonly number[];
  /** Number of words: a longer alias wins at the same position. */
  words: number;
}

export interface PersonName {
  id: string;
  /** Folded first name, or '' when the name is a single word. */
  first: string;
  /** Folded surname (may be several words: "von der leyen"). */
  surname: string;
}

export interface ActorIndex {
  /** Every alias by its name key, for looking up a name a cue mentions ("at the State Department"). */
  byKey: ReadonlyMap<string, AliasTarget>;
  /** Alias entries keyed by the first alphanumeric run of the folded alias; longest first. */
  byFirstWord: ReadonlyMap<string, readonly AliasEntry[]>;
  actors: ReadonlyMap<string, PackActor>;
  places: ReadonlyMap<string, PackPlace>;
  /** Folded surname → person ids with that surname. */
  surnames: ReadonlyMap<string, readonly string[]>;
  persons: readonly PersonName[];
  /** Folded first name → its variant group id. */
  firstNameGroup: ReadonlyMap<string, number>;
  /** Titles, folded, longest first, as word arrays. */
  titles: readonly { folded: string; words: readonly string[]; text: string }[];
  /** Last words of titles (folded) for quick rejection. */
  titleLastWords: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
  /** Single-word names (surnames and one-word aliases) of persons, for string-distance matching. */
  fuzzyNames: readonly { folded: string; phonetic: string; id: string }[];
  /** Dated roles of pack persons by the last word of their title, for "the vice president". */
  roles: ReadonlyMap<string, readonly RoleEntry[]>;
}

const PARTICLES = new Set([
  'von',
  'der',
  'van',
  'de',
  'del',
  'da',
  'bin',
  'al',
  'ibn',
  'le',
  'la',
  'di',
  'du',
]);

export function firstRun(folded: string): string {
  const m = /[a-z0-9]+/.exec(folded);
  return m ? m[0] : folded;
}

function upperPositions(alias: string): number[] {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  const acronym = letters.length > 0 && letters.length <= 6 && letters === letters.toUpperCase();
  const out: number[] = [];
  for (let i = 0; i < alias.length; i++) {
    const c = alias.charAt(i);
    if (!isUpper(c)) continue;
    const wordInitial = i === 0 || !/[\p{L}]/u.test(alias.charAt(i - 1));
    if (acronym || wordInitial) out.push(i);
  }
  return out;
}

function splitName(name: string): { first: string; surname: string } {
  const words = foldText(name)
    .replace(/[^a-z0-9' .-]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < 2) return { first: '', surname: words[0] ?? '' };
  // The surname starts at the first particle after the first word ("ursula von der leyen"), else the last word.
  let s = words.length - 1;
  for (let i = 1; i < words.length - 1; i++)
    if (PARTICLES.has(words[i] as string)) {
      s = i;
      break;
    }
  return { first: words[0] as string, surname: words.slice(s).join(' ') };
}

export function compileActorIndex(pack: Pack): ActorIndex {
  const byFirst = new Map<string, AliasEntry[]>();
  const seen = new Set<string>();
  const byKey = new Map<string, AliasTarget>();
  const add = (alias: string, target: AliasTarget) => {
    const k0 = nameKey(alias);
    if (k0 && !byKey.has(k0)) byKey.set(k0, target);
    const folded = foldText(alias.trim());
    if (!folded) return;
    const key = `${folded}\u0000${target.type}:${target.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    const entry: AliasEntry = {
      folded,
      target,
      upper: upperPositions(alias.trim()),
      words: folded.split(/\s+/).length,
    };
    const k = firstRun(folded);
    const list = byFirst.get(k) ?? [];
    list.push(entry);
    byFirst.set(k, list);
  };

  for (const a of pack.actors) {
    add(a.name, { type: 'actor', id: a.id });
    for (const al of a.aliases) add(al, { type: 'actor', id: a.id });
    for (const adj of a.adjectives) add(adj, { type: 'adjective', id: a.id });
  }
  for (const p of pack.places) {
    const target: AliasTarget = { type: 'place', id: p.id, metonymFor: p.metonymFor };
    add(p.name, target);
    for (const al of p.aliases) add(al, target);
  }
  for (const list of byFirst.values()) list.sort((x, y) => y.folded.length - x.folded.length);

  const persons: PersonName[] = [];
  const surnames = new Map<string, string[]>();
  const fuzzy: { folded: string; phonetic: string; id: string }[] = [];
  const fuzzySeen = new Set<string>();
  for (const a of pack.actors) {
    if (a.kind !== 'person') continue;
    for (const n of [a.name, ...a.aliases]) {
      const { first, surname } = splitName(n);
      if (!surname || /^[a-z]{1,3}$/.test(surname)) continue;
      persons.push({ id: a.id, first, surname });
      const ids = surnames.get(surname) ?? [];
      if (!ids.includes(a.id)) ids.push(a.id);
      surnames.set(surname, ids);
      const last = surname.split(' ').pop() as string;
      if (last.length >= 5 && !fuzzySeen.has(`${last}:${a.id}`)) {
        fuzzySeen.add(`${last}:${a.id}`);
        fuzzy.push({ folded: last, phonetic: phoneticKey(last), id: a.id });
      }
    }
  }

  const firstNameGroup = new Map<string, number>();
  FIRST_NAME_GROUPS.forEach((g, i) => {
    for (const n of g) if (!firstNameGroup.has(n)) firstNameGroup.set(n, i);
  });

  const titles = [...new Set(pack.titles)]
    .map((t) => ({ folded: foldText(t), words: foldText(t).split(/\s+/), text: t }))
    .sort((x, y) => y.words.length - x.words.length || y.folded.length - x.folded.length);

  return {
    byKey,
    byFirstWord: byFirst,
    actors: new Map(pack.actors.map((a) => [a.id, a])),
    places: new Map(pack.places.map((p) => [p.id, p])),
    surnames,
    persons,
    firstNameGroup,
    titles,
    titleLastWords: new Set(titles.map((t) => t.words[t.words.length - 1] as string)),
    givenNames: new Set(pack.givenNames.map((n) => nameKey(n))),
    fuzzyNames: fuzzy,
    roles: compileRoles(pack),
  };
}
