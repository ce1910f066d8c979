import type { Segmented, Sentence } from '../segment/index.ts';
import { lowerBound } from './text.ts';

/**
 * Sentence units for this stage. Real coverage breaks the sentence splitter in two common ways:
 * live blogs and explainers put a timestamp, a lead-in and a bullet list on separate lines of one
 * paragraph ("16:58 GMT\nSome detail:\n- Prisoners would be swapped …"), and scraped copy glues
 * paragraphs together without a space ("… last week.The proposal …"). Either way one "sentence"
 * spans several claims, and a party named in one line takes the predicates of the next. So a
 * line break always ends a unit here, and so does a full stop glued to a capital after a word.
 * Pure and cheap: only sentences that contain a newline or a glued stop are touched.
 */
const GLUED_RE = /(?<=\p{Ll}{2}[.!?][”"’]?)(?=\p{Lu}\p{Ll})/gu;

export function lineSentences(text: string, seg: Segmented): Segmented {
  let changed = false;
  const out: Sentence[] = [];
  for (const s of seg.sentences) {
    const body = text.slice(s.start, s.end);
    if (!body.includes('\n') && !GLUED_RE.test(body)) {
      GLUED_RE.lastIndex = 0;
      out.push(s);
      continue;
    }
    GLUED_RE.lastIndex = 0;
    const cuts: number[] = [];
    for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) cuts.push(i);
    // matchAll steps past each (empty) match; an exec loop would find the same one forever.
    for (const x of body.matchAll(GLUED_RE)) cuts.push(x.index);
    cuts.sort((a, b) => a - b);
    let from = 0;
    const pieces: [number, number][] = [];
    for (const c of [...cuts, body.length]) {
      let a = from;
      let b = c;
      while (a < b && /\s/u.test(body[a] as string)) a++;
      while (b > a && /\s/u.test(body[b - 1] as string)) b--;
      if (b > a) pieces.push([s.start + a, s.start + b]);
      from = c;
    }
    if (pieces.length <= 1) {
      out.push(s);
      continue;
    }
    changed = true;
    for (const [a, b] of pieces) {
      const ts = lowerBound(seg.tokens, a);
      const te = Math.max(ts, lowerBound(seg.tokens, b));
      out.push({ start: a, end: b, tokenStart: ts, tokenEnd: te, paragraph: s.paragraph });
    }
  }
  return changed ? { paragraphs: seg.paragraphs, sentences: out, tokens: seg.tokens } : seg;
}
