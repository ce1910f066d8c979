import type { Segmented } from '../segment/index.ts';
import { STANCE_CUES, type StanceCue, stanceCueSource } from './lexicon.ts';
import { lowerBound } from './text.ts';

/**
 * Stance predicates: where the lexicon's cues occur in the text and which of them are predicates
 * at all (a noun cue needs a possessor or a verb of voicing), plus the lead-in patterns that mark a
 * predicate as someone else's wish for a party (caused, causative, deadline) or as a hint. Kept
 * apart from stances.ts so the scan reads as subject → stance → object.
 */

export const STANCE_RE = new RegExp(`(?<![\\p{L}])(?:${stanceCueSource()})(?![\\p{L}])`, 'giu');

/**
 * The same alternation split into chunks for the scan. V8 stops optimising a regular expression
 * whose source passes 20 KB (kRegExpTooLargeToOptimize) and the whole cue alternation then runs
 * some fifty times slower; each chunk stays under that. findPredicates scans the chunks together
 * so the result is the single pattern's: the leftmost match, and at one position the earliest cue.
 */
const CHUNK_LIMIT = 15_000;
const STANCE_CHUNKS: readonly { readonly src: string; readonly from: number; readonly to: number }[] =
  (() => {
    const chunks: { src: string; from: number; to: number }[] = [];
    let cur: string[] = [];
    let len = 0;
    let from = 0;
    STANCE_CUES.forEach((c, i) => {
      const alt = `(?<s${i}>${c.re})`;
      if (cur.length > 0 && len + alt.length > CHUNK_LIMIT) {
        chunks.push({ src: cur.join('|'), from, to: i });
        cur = [];
        len = 0;
        from = i;
      }
      cur.push(alt);
      len += alt.length + 1;
    });
    if (cur.length > 0) chunks.push({ src: cur.join('|'), from, to: STANCE_CUES.length });
    return chunks.map((c) => ({ ...c, src: `(?<![\\p{L}])(?:${c.src})(?![\\p{L}])` }));
  })();

/** A stance cue found in the text: its offsets, the matched words and the lexicon entry. */
export interface Predicate {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  readonly cue: StanceCue;
}

/** The lexicon entry whose named group matched. */
const GROUP_NAMES: readonly string[] = STANCE_CUES.map((_, i) => `s${i}`);
function whichCue(x: RegExpExecArray, from = 0, to = STANCE_CUES.length): StanceCue | null {
  const g = x.groups;
  if (!g) return null;
  // Only the cues of the chunk that matched; the group names are built once, not per match.
  for (let i = from; i < to; i++)
    if (g[GROUP_NAMES[i] as string] !== undefined) return STANCE_CUES[i] ?? null;
  return null;
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

/** Every stance predicate in the text, in order. */
export function findPredicates(text: string): Predicate[] {
  const res = STANCE_CHUNKS.map((c) => new RegExp(c.src, 'giu'));
  // Each chunk's next match at or after `pos` (undefined: not looked for yet; null: none left).
  const next: (RegExpExecArray | null | undefined)[] = res.map(() => undefined);
  const preds: Predicate[] = [];
  for (let pos = 0; ; ) {
    let best = -1;
    for (let k = 0; k < res.length; k++) {
      let m = next[k];
      if (m === undefined || (m !== null && m.index < pos)) {
        const r = res[k] as RegExp;
        r.lastIndex = pos;
        m = r.exec(text);
        next[k] = m;
      }
      // Strictly earlier only: at one position the earlier chunk (the earlier cue) wins.
      if (m && (best < 0 || m.index < (next[best] as RegExpExecArray).index)) best = k;
    }
    if (best < 0) break;
    const x = next[best] as RegExpExecArray;
    pos = x.index + Math.max(1, x[0].length);
    const chunk = STANCE_CHUNKS[best] as { from: number; to: number };
    const cue = whichCue(x, chunk.from, chunk.to);
    // A noun cue without a possessor or a verb of voicing before it ("demanded a cap on the army")
    // is part of another predicate's object, not a predicate that would end it.
    if (cue?.noun && !NOUN_LEAD_RE.test(text.slice(Math.max(0, x.index - 40), x.index))) continue;
    if (cue) preds.push({ start: x.index, end: x.index + x[0].length, word: x[0], cue });
  }
  return preds;
}
