import type { Token } from '../segment/index.ts';
import {
  type Attribution,
  attributeBefore,
  type Cue,
  clauseSubject,
  cueAt,
  skipBack,
  subjectBefore,
} from './attribution.ts';
import { makeQuote } from './build.ts';
import { type Doc, insideQuote } from './doc.ts';
import { CUE_VERBS, TIME_WORDS } from './lexicon.ts';
import { type NP, npAfter, speakerOf } from './np.ts';
import type { Quote } from './types.ts';

/**
 * Reported speech: "X said (that) …", "X told CNN …", "X accused Y of …", "According to X, …",
 * "…, X said." The reported clause runs to the end of the sentence; a statement with no speaker
 * phrase at all is not kept (it tells a reader nothing about who said what).
 */

const CLAUSE_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);
const QUOTE_MARKS = new Set(['“', '"', '«', '‘', "'"]);

function isPunct(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'PUNCT';
}

/** Last token index of the sentence, before its final punctuation. */
function contentEnd(tokens: readonly Token[], a: number, b: number): number {
  let e = b - 1;
  while (
    e > a &&
    isPunct(tokens[e]) &&
    !QUOTE_MARKS.has((tokens[e] as Token).text) &&
    (tokens[e] as Token).text !== '”'
  )
    e--;
  return e;
}

function attr(doc: Doc, cue: Cue, np: NP, frame: { start: number; end: number }, rule: string): Attribution {
  return { cue, speaker: speakerOf(doc, np), frame, rule };
}

/** A span that is essentially one direct quote (handled by the direct pass). */
function isDirect(doc: Doc, start: number, end: number): boolean {
  for (const q of doc.quoted) {
    if (q.start > start + 1) break;
    if (q.start >= start - 1 && q.end >= end - 2) return true;
  }
  return false;
}

export function findReported(doc: Doc, published: string | null): Quote[] {
  const { tokens } = doc;
  const out: Quote[] = [];
  const emit = (
    start: number,
    end: number,
    a: Attribution,
    rule: string,
    parts?: { start: number; end: number }[],
  ) => {
    if (end <= start || isDirect(doc, start, end)) return;
    out.push(makeQuote(doc, { start, end, parts }, 'indirect', a, published, rule));
  };
  for (const s of doc.seg.sentences) {
    const a = s.tokenStart;
    const b = s.tokenEnd;
    const e = contentEnd(tokens, a, b);
    const sentEnd = (tokens[e] as Token).end;
    for (let i = a; i < b; i++) {
      const t = tokens[i] as Token;
      if (t.lower !== 'according' && !CUE_VERBS.has(t.lower)) continue;
      if (insideQuote(doc, t.start)) continue;
      const cue = cueAt(doc, i);
      if (!cue) continue;
      const prev = tokens[i - 1];
      if (cue.verb === null) {
        // According to X, …  /  …, according to X.  /  …, according to X, …
        const np = npAfter(doc, cue.lastTok + 1, b);
        if (!np) continue;
        const after = tokens[np.last + 1];
        const fronted = tokens
          .slice(a, i)
          .every((x) => x.pos === 'PUNCT' || x.pos === 'CCONJ' || x.pos === 'ADV');
        if (fronted && after?.text === ',' && np.last + 2 <= e) {
          const cs = (tokens[np.last + 2] as Token).start;
          emit(cs, sentEnd, attr(doc, cue, np, { start: s.start, end: cs }, ''), 'according-to-first');
        } else if (prev?.text === ',' && i - 1 > a) {
          const ce = prev.start;
          if (after?.text === ',' && np.last + 2 <= e) {
            const rs = (tokens[np.last + 2] as Token).start;
            const parts = [
              { start: s.start, end: ce },
              { start: rs, end: sentEnd },
            ];
            emit(s.start, sentEnd, attr(doc, cue, np, { start: ce, end: rs }, ''), 'according-to-mid', parts);
          } else {
            emit(s.start, ce, attr(doc, cue, np, { start: ce, end: s.end }, ''), 'according-to-last');
          }
        }
        continue;
      }
      const v = cue.verb;
      // Trailing attribution: "…, a senior official said." / "…, said Peskov."
      const rest = e - cue.lastTok;
      const restOk = tokens
        .slice(cue.lastTok + 1, e + 1)
        .every(
          (x) =>
            TIME_WORDS.has(x.lower) ||
            x.pos === 'ADP' ||
            x.pos === 'NUM' ||
            x.pos === 'DET' ||
            x.pos === 'PROPN' ||
            x.pos === 'NOUN' ||
            x.pos === 'ADV' ||
            x.pos === 'PUNCT',
        );
      // …or the cue is followed by a comma and a further clause: "…, Graham said, since …".
      let n = cue.lastTok + 1;
      while (n <= e && (TIME_WORDS.has((tokens[n] as Token).lower) || (tokens[n] as Token).lower === 'on'))
        n++;
      const commaAfter = (tokens[n] as Token | undefined)?.text === ',';
      if (!v.participle && ((rest <= 6 && restOk) || commaAfter)) {
        const j = skipBack(doc, i - 1, a);
        const np = subjectBefore(doc, j, a);
        if (np && np.first - 1 > a && tokens[np.first - 1]?.text === ',') {
          const ce = (tokens[np.first - 1] as Token).start;
          // A clause opened by a colon ("put it differently: the Americans, the source said, …").
          let cs0 = s.start;
          for (let m = np.first - 2; m > a; m--) {
            if ((tokens[m] as Token).text === ':') {
              cs0 = (tokens[m + 1] as Token).start;
              break;
            }
          }
          // A mid-sentence cue ("The Europeans, he said, had drafted …"): the clause resumes after
          // the cue's comma with its predicate (or a quote), and both parts are the statement.
          const resume = tokens[n + 1];
          if (
            commaAfter &&
            resume &&
            n + 1 <= e &&
            (resume.pos === 'VERB' ||
              resume.pos === 'AUX' ||
              QUOTE_MARKS.has(resume.text) ||
              resume.text === '“')
          ) {
            const rs = resume.start;
            const parts = [
              { start: cs0, end: ce },
              { start: rs, end: sentEnd },
            ];
            emit(cs0, sentEnd, attr(doc, cue, np, { start: ce, end: rs }, ''), 'mid-cue', parts);
            continue;
          }
          emit(cs0, ce, attr(doc, cue, np, { start: ce, end: s.end }, ''), 'trailing-cue');
          continue;
        }
        if (prev?.text === ',' && i - 1 > a) {
          const inv = npAfter(doc, cue.lastTok + 1, b);
          if (inv) {
            emit(
              s.start,
              prev.start,
              attr(doc, cue, inv, { start: prev.start, end: s.end }, ''),
              'trailing-cue-inverted',
            );
            continue;
          }
        }
      }
      if (v.cls === 'direct') continue;
      // Leading attribution: "X said (on Tuesday) (that) …".
      let k = cue.lastTok + 1;
      while (
        k <= e &&
        (TIME_WORDS.has((tokens[k] as Token).lower) ||
          (tokens[k] as Token).lower === 'on' ||
          (tokens[k] as Token).lower === 'last' ||
          // "said only that", "said again that"
          ((tokens[k] as Token).pos === 'ADV' && tokens[k + 1]?.lower === 'that'))
      )
        k++;
      if (k > e) continue;
      const tk = tokens[k] as Token;
      let cs = -1;
      if (tk.lower === 'that') cs = k + 1;
      else if (v.cls === 'accuse') cs = CLAUSE_START.has(tk.pos) ? k : -1;
      else if (v.cls === 'bare' || v.cls === 'tell') {
        if (v.lemma === 'warn' && (tk.lower === 'of' || tk.lower === 'against')) cs = k;
        else if (
          CLAUSE_START.has(tk.pos) &&
          !(tk.pos === 'PRON' && (tk.lower === 'so' || (tk.lower === 'it' && tokens[k + 1]?.pos === 'PUNCT')))
        ) {
          for (let m = k + 1; m <= e && m <= k + 15; m++) {
            const p = (tokens[m] as Token).pos;
            if (p === 'VERB' || p === 'AUX') {
              cs = k;
              break;
            }
            if (p === 'PUNCT' && (tokens[m] as Token).text !== '-') break;
          }
        }
      }
      if (cs < 0 || cs > e) continue;
      let np: NP | null = null;
      let inherited: Attribution | null = null;
      if (v.participle) {
        // "…, adding that …": the speaker is the subject of the main clause (or of the earlier cue).
        inherited = attributeBefore(doc, s.start, t.start);
        if (!inherited?.speaker) np = clauseSubject(doc, a, i);
      } else {
        np = subjectBefore(doc, skipBack(doc, i - 1, a), a);
        if (!np && (prev?.lower === 'and' || prev?.text === ',')) np = clauseSubject(doc, a, i);
      }
      // A trailing attribution closes the reported clause: "… the talks had stalled, officials said."
      let cEnd = sentEnd;
      for (let m = cs + 1; m < e; m++) {
        if ((tokens[m] as Token).text !== ',') continue;
        // "…, while Representative Don Bacon accused …": another subject's clause begins.
        const nx = (tokens[m + 1] as Token).lower;
        if (nx === 'while' || nx === 'whereas') {
          cEnd = (tokens[m] as Token).start;
          break;
        }
        let c = m + 1;
        while (c <= e && c <= m + 8 && !CUE_VERBS.has((tokens[c] as Token).lower)) c++;
        if (c <= e && c <= m + 8) {
          const tc = cueAt(doc, c);
          if (tc?.verb && !tc.verb.participle && e - tc.lastTok <= 6) {
            cEnd = (tokens[m] as Token).start;
            break;
          }
        }
      }
      const cStart = (tokens[cs] as Token).start;
      const frame = { start: s.start, end: cStart };
      if (np) emit(cStart, cEnd, attr(doc, cue, np, frame, ''), 'cue-first');
      else if (inherited?.speaker)
        emit(cStart, cEnd, { cue, speaker: inherited.speaker, frame, rule: '' }, 'cue-first-participle');
    }
  }
  return out;
}
