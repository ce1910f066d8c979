import type { Token } from '../segment/index.ts';
import type { ActorIndex } from './compile.ts';
import type { Cues } from './discover.ts';
import { damerau, phoneticKey } from './distance.ts';

/**
 * Names resolved against the pack's people: a full name whose surname and first name (or a
 * variant of it) agree, and misspellings within a small edit distance of exactly one person.
 */

/** A run of capitalised tokens that may name someone. */
export interface Seq {
  first: number;
  last: number;
  sentence: number;
  /** Folded words (a hyphenated name is one word). */
  words: string[];
  /** Token index where each word starts. */
  wordTok: number[];
  cues: Cues;
}

/** What a name resolved to. */
export interface Resolved {
  actor: string;
  rule: string;
  first: number;
  misspelled?: boolean;
  person: boolean;
  surname: string;
}

export function sameFirstName(a: string, b: string, index: ActorIndex): boolean {
  if (a === b) return true;
  const ga = index.firstNameGroup.get(a);
  return ga !== undefined && ga === index.firstNameGroup.get(b);
}

/** A full name whose surname is a pack person's and whose first name agrees (or is a variant). */
export function resolvePackPerson(s: Seq, index: ActorIndex): Resolved | null {
  const n = s.words.length;
  for (let k = 1; k < n; k++) {
    const surname = s.words.slice(k).join(' ');
    const first = s.words[k - 1] as string;
    const ids = index.surnames.get(surname);
    if (ids) {
      const exact = index.persons.filter((p) => p.surname === surname && p.first === first);
      const variant = index.persons.filter(
        (p) => p.surname === surname && p.first && sameFirstName(first, p.first, index),
      );
      const pick = exact.length > 0 ? exact : variant;
      const distinct = [...new Set(pick.map((p) => p.id))];
      if (distinct.length === 1)
        return {
          actor: distinct[0] as string,
          rule: exact.length > 0 ? 'name' : 'nickname',
          first: s.wordTok[k - 1] as number,
          person: true,
          surname,
        };
      return null; // same surname, other first name: somebody else
    }
  }
  // A misspelt surname ("Volodymyr Zelesnky"): the first name must agree with the pack person's.
  const last = s.words[n - 1] as string;
  const first = s.words[n - 2] as string;
  const id = fuzzyCandidate(last, index);
  if (
    id &&
    index.persons.some(
      (p) =>
        p.id === id && p.first && (sameFirstName(first, p.first, index) || damerau(first, p.first, 2) <= 2),
    )
  )
    return {
      actor: id,
      rule: 'fuzzy',
      first: s.wordTok[n - 2] as number,
      person: true,
      surname: last,
      misspelled: true,
    };
  return null;
}

/** The one pack person whose name is within edit distance of `w` (1 for 5–7 letters, 2 from 8). */
export function fuzzyCandidate(w: string, index: ActorIndex): string | null {
  if (w.length < 5 || !/^[a-z'-]+$/.test(w) || index.givenNames.has(w)) return null;
  const max = w.length >= 8 ? 2 : 1;
  const key = phoneticKey(w);
  let found: string | null = null;
  for (const f of index.fuzzyNames) {
    if (Math.abs(f.folded.length - w.length) > max + 1) continue;
    if (f.folded === w) return null; // an exact surname is handled elsewhere (it was ambiguous)
    if (
      (Math.abs(f.folded.length - w.length) <= max && damerau(w, f.folded, max) <= max) ||
      f.phonetic === key
    ) {
      if (found !== null && found !== f.id) return null;
      found = f.id;
    }
  }
  return found;
}

export function fuzzyPerson(w: string, index: ActorIndex, tok: Token): string | null {
  if (tok.pos !== 'PROPN') return null;
  return fuzzyCandidate(w, index);
}
