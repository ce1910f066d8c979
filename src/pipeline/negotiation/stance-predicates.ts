import type { Segmented } from '../segment/index.ts';
import { foldCase, foldSafe } from './fold.ts';
import { STANCE_CUES, type StanceCue, stanceCueSource } from './lexicon.ts';
import { type LeadTable, leadLiterals, leadsAt, leadTable } from './pattern-leads.ts';
import { lowerBound } from './text.ts';

/**
 * Stance predicates: where the lexicon's cues occur in the text and which of them are predicates
 * at all (a noun cue needs a possessor or a verb of voicing), plus the lead-in patterns that mark a
 * predicate as someone else's wish for a party (caused, causative, deadline) or as a hint. Kept
 * apart from stances.ts so the scan reads as subject → stance → object.
 */

export const STANCE_RE = new RegExp(`(?<![\\p{L}])(?:${stanceCueSource()})(?![\\p{L}])`, 'giu');

/**
 * How findPredicates finds the cues. Most cues can only start with a few literal words
 * (pattern-leads.ts): each of those is tried, as a sticky regex on the case-folded text (fold.ts),
 * only where one of its openings stands. The cues whose openings are not read are scanned as one
 * alternation on the original text, as STANCE_RE would; it stays well under the 20 KB past which
 * V8 stops optimising a regular expression and runs it some fifty times slower.
 */
interface CueScan {
  /** Per cue, itself between the letter bounds, sticky: on the folded text (flags `uy`) or the original (`iuy`). */
  readonly sticky: readonly RegExp[];
  readonly onFolded: readonly boolean[];
  readonly table: LeadTable;
  /** The cues without known openings, in lexicon order, and their alternation (groups `s<k>`). */
  readonly rest: readonly number[];
  readonly restRe: RegExp;
}
const bounded = (re: string): string => `(?<![\\p{L}])(?:${re})(?![\\p{L}])`;
const SCAN: CueScan = (() => {
  const safe = STANCE_CUES.map((c) => foldSafe(c.re));
  const leads = STANCE_CUES.map((c, k) => (safe[k] ? leadLiterals(c.re) : null));
  const rest = STANCE_CUES.flatMap((_, k) => (leads[k] ? [] : [k]));
  return {
    sticky: STANCE_CUES.map((c, k) => new RegExp(bounded(c.re), safe[k] ? 'uy' : 'iuy')),
    onFolded: safe,
    table: leadTable(leads),
    rest,
    restRe: new RegExp(bounded(rest.map((k) => `(?<s${k}>${STANCE_CUES[k]?.re})`).join('|')), 'giu'),
  };
})();

/** A stance cue found in the text: its offsets, the matched words and the lexicon entry. */
export interface Predicate {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  readonly cue: StanceCue;
}

/** A predicate word used as a noun: after a determiner, adjective, preposition or possessive ("the support", "its demands"). */
export function isNominal(seg: Segmented, tok: { start: number; pos: string }): boolean {
  if (tok.pos !== 'NOUN' && tok.pos !== 'ADJ' && tok.pos !== 'PROPN') return false;
  const i = lowerBound(seg.tokens, tok.start);
  const prev = seg.tokens[i - 1];
  const next = seg.tokens[i + 1];
  if (next && (next.lower === 'for' || next.lower === 'of')) return true; // "support for", "backing of"
  if (!prev) return true;
  // "Stubb and Tusk both want …": a floating quantifier precedes a verb.
  if (prev.lower === 'both' || prev.lower === 'all' || prev.lower === 'each') return false;
  return (
    prev.pos === 'DET' ||
    prev.pos === 'ADJ' ||
    prev.pos === 'ADP' ||
    prev.pos === 'PRON' ||
    prev.pos === 'NUM' ||
    prev.lower === "'s" ||
    prev.lower === '’s' ||
    prev.lower === 'of'
  );
}

/** A noun predicate voiced by its holder: "signalled its readiness to", "expressed their opposition to". */
export const VOICED_NOUN_RE =
  /\b(?:signal\w*|express\w*|voic\w*|reiterat\w*|pledg\w*|declar\w*|offer\w*|renew\w*)\s+(?:its|his|her|their)?\s*(?:\w+\s+)?$/iu;
/** What may precede a noun predicate: a possessive, or a verb of voicing. */
export const NOUN_LEAD_RE = new RegExp(
  `(?:['’]s\\s+(?:[\\w-]+\\s+)?|${VOICED_NOUN_RE.source.slice(0, -1)})$`,
  'iu',
);

/** A deadline set for someone to act ("gave Kyiv until Thursday to accept"): another party's wish for them. */
export const DEADLINE_INFINITIVE_RE =
  /\b(?:give[sn]?|gave|giving|set|sets|granted|allowed)\b[^.;]{0,60}\b(?:until|till|by|before|a\s+deadline)\b[^.;]{0,50}\bto\s+$/iu;

/** A party signalling rather than stating: "hinted that", "signalled that", "indicated that". */
export const HINT_RE =
  /\b(?:hint(?:s|ed)?|signall?(?:s|ed)?|indicat(?:es|ed)|suggest(?:s|ed))\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){1,4}(?:might|may|could)\s+(?:\w+\s+)?$/iu;

/** A causative before an actor ("would have Washington recognise", "made Kyiv accept"): the actor is made to act. */
export const CAUSATIVE_LEAD_RE =
  /\b(?:(?:would|will|could)\s+have|make|makes|made|making|let|lets|letting|having)\s+(?:the\s+)?$/iu;

/**
 * "wants Crimea … recognised": a participle after "want" and its object names the state wanted
 * (lexicon.ts reads the demand on "want"); it is part of that object, not a predicate of its own.
 */
export const WANTED_STATE_RE = /\b(?:wants?|wanted)\s+(?:[\p{L}\p{N}'’-]+\s+){1,14}$/iu;
/** The participles of a wanted state (as in lexicon.ts's want cue). */
export const WANTED_PARTICIPLE_RE =
  /^(?:recogni[sz]ed|withdrawn|pulled|returned|released|guaranteed|handed|written|enshrined|capped|limited)$/iu;
/** Whether the predicate at `vStart` (first word `word`) is the participle of a wanted state. */
export function wantedState(text: string, sentStart: number, vStart: number, word: string): boolean {
  return (
    WANTED_PARTICIPLE_RE.test(word) &&
    WANTED_STATE_RE.test(text.slice(Math.max(sentStart, vStart - 120), vStart))
  );
}

/** A verb that causes an infinitive ("pressed Kyiv to accept", "wants both sides to agree"). */
export const CAUSED_RE =
  /\b(?:allow|let|give|gave|force|require|pressure|press|push|urge|ask|expect|persuade|convince|oblige|compel|encourage|invite|want)(?:s|ed|d|ing)?\s+(?:\S+\s+){1,5}to\s+$/iu;

/**
 * Every stance predicate in the text, in order: what one global scan with STANCE_RE finds (the
 * leftmost match, and at one position the earliest cue in the lexicon), found faster (CueScan).
 */
export function findPredicates(text: string): Predicate[] {
  const folded = foldCase(text);
  const restRe = SCAN.restRe;
  // The next match of the cues without openings at or after `pos` (undefined: not looked for yet).
  let restAt: RegExpExecArray | null | undefined;
  let restCue = -1;
  const preds: Predicate[] = [];
  // The earliest cue matching at i, of those with an opening there; lexicon order decides.
  let best = -1;
  let bestEnd = -1;
  let i = 0;
  const tryCue = (k: number): void => {
    if (best >= 0 && k >= best) return;
    const re = SCAN.sticky[k] as RegExp;
    re.lastIndex = i;
    if (re.test(SCAN.onFolded[k] ? folded : text)) {
      best = k;
      bestEnd = re.lastIndex;
    }
  };
  const { pairs } = SCAN.table;
  // Whether an opening may stand at j: a known pair of letters, not inside an ASCII word (every cue
  // starts where no letter precedes it). The cheap test that lets the walk skip most positions.
  const opening = (j: number): boolean => {
    const a = folded.charCodeAt(j);
    const b = folded.charCodeAt(j + 1);
    if (!(a < 128 && b < 128) || pairs[a * 128 + b] === 0) return false;
    const p = folded.charCodeAt(j - 1);
    return !(p >= 97 && p <= 122);
  };
  for (const n = text.length; i < n; ) {
    if (restAt === undefined || (restAt !== null && restAt.index < i)) {
      restRe.lastIndex = i;
      restAt = restRe.exec(text);
      restCue = restAt ? (SCAN.rest.find((k) => restAt?.groups?.[`s${k}`] !== undefined) ?? -1) : -1;
    }
    const restIndex = restAt ? restAt.index : n;
    while (i < restIndex && !opening(i)) i++;
    if (i >= n) break;
    best = -1;
    if (restIndex === i && restAt) {
      best = restCue;
      bestEnd = i + restAt[0].length;
    }
    if (opening(i)) leadsAt(folded, i, SCAN.table, tryCue);
    if (best < 0) {
      i++;
      continue;
    }
    const start = i;
    const end = bestEnd;
    i = start + Math.max(1, end - start);
    const cue = STANCE_CUES[best] as StanceCue;
    // A noun cue without a possessor or a verb of voicing before it ("demanded a cap on the army")
    // is part of another predicate's object, not a predicate that would end it.
    if (cue.noun && !NOUN_LEAD_RE.test(text.slice(Math.max(0, start - 40), start))) continue;
    preds.push({ start, end, word: text.slice(start, end), cue });
  }
  return preds;
}
