import type { Token } from '../segment/index.ts';
import { sentenceAt } from '../segment/index.ts';
import { type Doc, factsOf, insideQuote, lowerBound, mentionsIn } from './doc.ts';
import {
  GROUP_PRONOUNS,
  NP_LINK_PREPS,
  ORGAN_NOUNS,
  OTHER_PRONOUNS,
  PERSON_PRONOUNS,
  SOURCE_NOUNS,
  TIME_WORDS,
} from './lexicon.ts';
import type { ActorMentionLike, Offsets } from './types.ts';

/**
 * Noun phrases next to a cue, read off the part-of-speech tags, and what they name. Hand-written:
 * wink-nlp gives tags but no chunker, and only the phrase touching the cue matters here.
 */
export interface NP {
  /** Token indices: first and last token of the phrase, and its head (the word that names the speaker). */
  readonly first: number;
  readonly last: number;
  readonly head: number;
}

export interface Speaker {
  readonly actor: string | null;
  readonly span: Offsets;
  readonly unnamed: { side: string | null; description: string } | null;
  readonly rule: string;
}

const POSSESSIVE_DET = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const POSTMOD_ADJ = new Set(['familiar', 'close', 'involved', 'briefed', 'knowledgeable', 'speaking']);
const POSTMOD_VERBS = new Set(['involved', 'briefed', 'quoted', 'cited', 'present', 'based']);

function isNominal(t: Token): boolean {
  const p = t.pos;
  if (p === 'PROPN' || p === 'NOUN' || p === 'NUM' || p === 'ADJ') return true;
  if (p === 'PART') return t.lower === '’s' || t.lower === "'s" || t.lower === '’' || t.lower === "'";
  if (p === 'PUNCT') return t.text === '-' || t.text === '&';
  return false;
}

function isNoun(t: Token): boolean {
  return t.pos === 'PROPN' || t.pos === 'NOUN' || (t.pos === 'PRON' && t.lower !== 'who');
}

function subjectPronoun(t: Token): boolean {
  return (
    t.pos === 'PRON' &&
    (PERSON_PRONOUNS.has(t.lower) || GROUP_PRONOUNS.has(t.lower) || OTHER_PRONOUNS.has(t.lower))
  );
}

/** The head: the last noun before any post-modifier ("source" in "a source familiar with the talks"). */
function headOf(tokens: readonly Token[], first: number, last: number): number {
  let head = -1;
  for (let i = first; i <= last; i++) {
    const t = tokens[i] as Token;
    if (i > first && (t.pos === 'ADP' || (POSTMOD_ADJ.has(t.lower) && head >= 0))) break;
    if (isNoun(t) || t.pos === 'NUM') head = i;
  }
  return head;
}

/** The noun phrase ending at token `j` (reading leftwards, not past `lo`). */
export function npBefore(doc: Doc, j: number, lo: number): NP | null {
  const tokens = doc.tokens;
  if (j < lo) return null;
  const tj = tokens[j] as Token;
  if (subjectPronoun(tj)) return { first: j, last: j, head: j };
  let i = j;
  let first = -1;
  while (i >= lo) {
    const t = tokens[i] as Token;
    if (t.pos === 'DET' || POSSESSIVE_DET.has(t.lower)) {
      if (first >= 0 || i === j) first = i;
      // "a US official familiar with the meetings": the phrase goes on left of the preposition.
      const prep = tokens[i - 1];
      const mod = tokens[i - 2];
      if (
        first >= 0 &&
        i - 2 > lo &&
        prep &&
        (NP_LINK_PREPS.has(prep.lower) || prep.lower === 'in') &&
        prep.pos === 'ADP' &&
        mod
      ) {
        if (POSTMOD_ADJ.has(mod.lower) || POSTMOD_VERBS.has(mod.lower)) {
          i -= 3;
          first = i + 1;
          continue;
        }
        if (isNominal(mod) && mod.pos !== 'PUNCT') {
          i -= 2;
          first = i + 1;
          continue;
        }
      }
      break;
    }
    if (isNominal(t)) {
      first = i;
    } else if (t.text === ')' && first < 0) {
      // "Sen. Lindsey Graham (R-S.C.) said": step over a parenthesis after the name.
      let o = i - 1;
      while (o > lo && i - o < 8 && (tokens[o] as Token).text !== '(') o--;
      if ((tokens[o] as Token).text !== '(') break;
      i = o;
    } else if (t.pos === 'ADP' && NP_LINK_PREPS.has(t.lower) && first >= 0 && i > lo) {
      // "a spokesman for the Kremlin": keep reading left only if a noun or adjective precedes.
      const prev = tokens[i - 1] as Token;
      if (!(isNominal(prev) && prev.pos !== 'PUNCT')) break;
      first = i;
    } else break;
    i--;
  }
  if (first < 0) return null;
  // Never start on a preposition or stray punctuation.
  while (first <= j && ((tokens[first] as Token).pos === 'ADP' || (tokens[first] as Token).pos === 'PUNCT'))
    first++;
  if (first > j) return null;
  const head = headOf(tokens, first, j);
  return head < 0 ? null : { first, last: j, head };
}

/** The noun phrase starting at token `k` (reading rightwards, before `hi`), with its apposition. */
export function npAfter(doc: Doc, k: number, hi: number): NP | null {
  const tokens = doc.tokens;
  if (k >= hi) return null;
  const tk = tokens[k] as Token;
  if (subjectPronoun(tk)) return { first: k, last: k, head: k };
  if (TIME_WORDS.has(tk.lower)) return null; // "added Friday" names no speaker
  let i = k;
  if (tk.pos === 'DET' || POSSESSIVE_DET.has(tk.lower)) i++;
  const coreStart = i;
  while (i < hi && isNominal(tokens[i] as Token)) i++;
  if (i === coreStart) return null;
  let last = i - 1;
  // Post-modifier: "a person familiar with the matter", "a spokesman for the ministry".
  let m = i;
  if (m < hi && POSTMOD_ADJ.has((tokens[m] as Token).lower)) m++;
  if (m < hi && (tokens[m] as Token).pos === 'ADP' && NP_LINK_PREPS.has((tokens[m] as Token).lower)) {
    let n = m + 1;
    if (n < hi && (tokens[n] as Token).pos === 'DET') n++;
    const s = n;
    while (n < hi && isNominal(tokens[n] as Token)) n++;
    if (n > s) last = n - 1;
  }
  const head = headOf(tokens, k, last);
  if (head < 0) return null;
  // Apposition after a name: "Dmitry Peskov, the Kremlin spokesman," belongs to the span, not the head.
  const after = tokens[last + 1];
  if ((tokens[head] as Token).pos === 'PROPN' && after?.text === ',' && last + 2 < hi) {
    const next = tokens[last + 2] as Token;
    if (next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'NOUN' || POSSESSIVE_DET.has(next.lower)) {
      let n = last + 2;
      if (next.pos === 'DET' || POSSESSIVE_DET.has(next.lower)) n++;
      const s = n;
      while (n < hi && n - s < 8 && isNominal(tokens[n] as Token)) n++;
      // Only a closed apposition: "Peskov, the Kremlin spokesman," / "…spokesman." — not a new clause.
      const stop = tokens[n];
      if (n > s && (n >= hi || (stop?.pos === 'PUNCT' && stop.text !== '-'))) last = n - 1;
    }
  }
  return { first: k, last, head };
}

function spanOf(doc: Doc, first: number, last: number): Offsets {
  const start = (doc.tokens[first] as Token).start;
  const end = (doc.tokens[last] as Token).end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** Whether an actor agrees with a pronoun: he/she → a person of that gender (or unknown); they/it → not a person. */
function agrees(doc: Doc, actor: string, pron: string): boolean {
  const gender = PERSON_PRONOUNS.get(pron);
  const f = factsOf(doc, actor);
  if (gender !== undefined) return (!f || f.kind === 'person') && (!f?.gender || f.gender === gender);
  return f !== null && f.kind !== 'person';
}

/**
 * The subject of the sentence holding `offset`, read at its start (after a leading quote and its
 * attribution's punctuation, or a fronted phrase up to its comma): the phrase a later pronoun most
 * likely refers to ("Andriy Yermak, Zelensky's chief of staff, said … “…,” he said" → Yermak, not
 * Zelensky, the more recent mention).
 */
function sentenceSubject(doc: Doc, si: number): NP | null {
  const s = doc.seg.sentences[si];
  if (!s) return null;
  const tokens = doc.tokens;
  let k = s.tokenStart;
  const b = s.tokenEnd;
  // A sentence opening with a quote: the subject follows the closing mark ("“…,” Peskov said").
  while (k < b && (insideQuote(doc, (tokens[k] as Token).start) || (tokens[k] as Token).pos === 'PUNCT')) k++;
  if (
    k < b &&
    ((tokens[k] as Token).pos === 'ADP' ||
      (tokens[k] as Token).pos === 'ADV' ||
      (tokens[k] as Token).pos === 'SCONJ')
  ) {
    let c = k;
    while (c < b && c - k < 12 && (tokens[c] as Token).text !== ',') c++;
    if (c < b && (tokens[c] as Token).text === ',') k = c + 1;
  }
  if (k >= b) return null;
  // Inverted attribution: "said Driscoll".
  const np = npAfter(doc, k, b);
  if (!np && (tokens[k] as Token).pos === 'VERB') return npAfter(doc, k + 1, b);
  return np;
}

/** The actor a subject phrase names: a mention at its head or at its end ("Secretary of State Marco Rubio"). */
function subjectActor(doc: Doc, np: NP): string | null {
  const tokens = doc.tokens;
  const head = tokens[np.head] as Token;
  const last = tokens[np.last] as Token;
  for (const m of mentionsIn(doc, (tokens[np.first] as Token).start, last.end)) {
    if ((m.start <= head.start && m.end >= head.end) || (m.start <= last.start && m.end >= last.end))
      return m.actor;
  }
  return null;
}

/** A name opening the phrase: "Andriy Yermak, Zelensky's chief of staff". */
function leadingActor(doc: Doc, np: NP): string | null {
  const first = doc.tokens[np.first] as Token;
  const m = mentionsIn(doc, first.start, first.end)[0];
  return m && m.start === first.start ? m.actor : null;
}

/**
 * he/she/they/it → the subject of the current or a recent sentence that agrees (subjects are what
 * pronouns refer to, far more often than the last name mentioned); failing that, the nearest
 * preceding mention that agrees.
 */
function resolvePronoun(doc: Doc, pron: Token): string | null {
  const gender = PERSON_PRONOUNS.get(pron.lower);
  const wantsPerson = gender !== undefined;
  if (!wantsPerson && !GROUP_PRONOUNS.has(pron.lower)) return null;
  const si = sentenceAt(doc.seg, pron.start);
  for (let k = si; k >= 0 && k >= si - 3; k--) {
    const np = sentenceSubject(doc, k);
    if (!np || (doc.tokens[np.first] as Token).start >= pron.start) continue;
    const head = doc.tokens[np.head] as Token;
    if (head.pos === 'PRON') {
      if (head.lower === pron.lower) continue; // the same pronoun: its antecedent is further back
      break;
    }
    const actor = subjectActor(doc, np);
    if (actor && agrees(doc, actor, pron.lower)) return actor;
    const lead = leadingActor(doc, np);
    if (lead && agrees(doc, lead, pron.lower)) return lead;
    // An unlinked personal name as subject ("Mohammed bin Abdulrahman Al Thani said …"): the
    // pronoun is most likely that person, whom no actor stands for.
    if (
      k < si &&
      !actor &&
      wantsPerson &&
      head.pos === 'PROPN' &&
      np.last > np.first &&
      (doc.tokens[np.first] as Token).pos !== 'DET'
    )
      return null;
  }
  const floor = pron.start - 3000;
  for (let i = lowerBound(doc.mentions, pron.start) - 1; i >= 0; i--) {
    const m = doc.mentions[i] as ActorMentionLike;
    if (m.start < floor) break;
    if (m.end > pron.start || insideQuote(doc, m.start)) continue;
    const f = factsOf(doc, m.actor);
    if (wantsPerson) {
      if (f && f.kind !== 'person') continue;
      if (f?.gender && f.gender !== gender) continue;
      return m.actor;
    }
    if (f && f.kind !== 'person') return m.actor;
  }
  return null;
}

function sideOf(doc: Doc, np: NP, mentions: readonly ActorMentionLike[]): string | null {
  for (let i = np.first; i <= np.last; i++) {
    const side = doc.ctx.adjectives.get((doc.tokens[i] as Token).lower);
    if (side) return side;
  }
  for (const m of mentions) {
    const f = factsOf(doc, m.actor);
    return f?.side ?? m.actor;
  }
  return null;
}

/**
 * "The official said …" refers back to an unnamed source introduced earlier ("An Egyptian
 * official told Reuters …"): the side of the nearest earlier use of the same noun with a demonym
 * or an actor name just before it.
 */
function earlierSourceSide(doc: Doc, np: NP): string | null {
  const tokens = doc.tokens;
  const head = (tokens[np.head] as Token).lower;
  for (let i = np.first - 1; i >= 0 && i >= np.first - 400; i--) {
    if ((tokens[i] as Token).lower !== head) continue;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const t = tokens[k] as Token;
      const side = doc.ctx.adjectives.get(t.lower);
      if (side) return side;
      const m = mentionsIn(doc, t.start, t.end)[0];
      if (m) return factsOf(doc, m.actor)?.side ?? m.actor;
    }
  }
  return null;
}

/** What a noun phrase next to a cue names: an actor, an organ speaking for one, or an unnamed source. */
export function speakerOf(doc: Doc, np: NP): Speaker {
  const tokens = doc.tokens;
  const span = spanOf(doc, np.first, np.last);
  const head = tokens[np.head] as Token;
  if (head.pos === 'PRON') {
    return { actor: resolvePronoun(doc, head), span, unnamed: null, rule: `pronoun-${head.lower}` };
  }
  const mentions = mentionsIn(doc, span.start, span.end);
  const atHead = mentions.filter((m) => m.start <= head.start && m.end >= head.end);
  if (atHead.length > 0)
    return {
      actor: (atHead[atHead.length - 1] as ActorMentionLike).actor,
      span,
      unnamed: null,
      rule: 'np-head',
    };
  // A title before the name: "Secretary of State Marco Rubio" (the head rule stops at "of").
  const last = tokens[np.last] as Token;
  const atLast = mentions.filter((m) => m.start <= last.start && m.end >= last.end);
  if (atLast.length > 0 && last.pos === 'PROPN')
    return { actor: (atLast[0] as ActorMentionLike).actor, span, unnamed: null, rule: 'np-last' };
  const others = mentions.filter((m) => m.end <= head.start || m.start >= head.end);
  if (ORGAN_NOUNS.has(head.lower) && others.length > 0) {
    // "the Kremlin's spokesman", "Ukraine's foreign ministry": the organ speaks for the actor named beside it.
    const before = others.filter((m) => m.end <= head.start);
    const m = before.length > 0 ? before[before.length - 1] : others[0];
    return { actor: (m as ActorMentionLike).actor, span, unnamed: null, rule: 'organ-of' };
  }
  if (SOURCE_NOUNS.has(head.lower)) {
    let d = np.first;
    if ((tokens[d] as Token).pos === 'DET' && d < np.last) d++;
    const description = doc.text.slice((tokens[d] as Token).start, span.end);
    let side = sideOf(doc, np, others);
    if (side === null && ['the', 'that', 'this'].includes((tokens[np.first] as Token).lower))
      side = earlierSourceSide(doc, np);
    return {
      actor: null,
      span,
      unnamed: { side, description },
      rule: 'unnamed-source',
    };
  }
  return { actor: null, span, unnamed: null, rule: 'np-unlinked' };
}
