import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/**
 * Segmentation: paragraphs, sentences and tokens with parts of speech, all as character offsets
 * into the clean text. wink-nlp does the linguistics; it is lossless (its tokens plus their
 * preceding whitespace rebuild the text exactly), which is how offsets are recovered here.
 */

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, AUX, PUNCT, ...). */
  readonly pos: string;
  /** Lower-cased, for lexicon look-ups. */
  readonly lower: string;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Index of its first token in `tokens`, and one past its last. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Index of the paragraph it belongs to. */
  readonly paragraph: number;
}

export interface Paragraph {
  readonly start: number;
  readonly end: number;
}

export interface Segmented {
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** Paragraphs are separated by one or more blank lines (the clean stage guarantees "\n\n"). */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

export function segment(text: string): Segmented {
  const paragraphs = paragraphsOf(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // Paragraph by paragraph: a sentence never crosses a paragraph break, and wink-nlp never sees
  // the blank lines (it would emit them as SPACE tokens).
  paragraphs.forEach((para, pi) => {
    const doc = nlp.readDoc(text.slice(para.start, para.end));
    const values = doc.tokens().out() as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const base = tokens.length;
    let offset = para.start;
    const localStart: number[] = [];
    for (let i = 0; i < values.length; i++) {
      offset += (spaces[i] ?? '').length;
      const value = values[i] ?? '';
      localStart.push(tokens.length);
      if (pos[i] !== 'SPACE') {
        tokens.push({
          start: offset,
          end: offset + value.length,
          text: value,
          pos: pos[i] ?? 'X',
          lower: value.toLowerCase(),
        });
      }
      offset += value.length;
    }
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    for (const [first, last] of spans) {
      const tokenStart = localStart[first] ?? base;
      const tokenEnd = last + 1 < localStart.length ? (localStart[last + 1] ?? tokens.length) : tokens.length;
      if (tokenEnd <= tokenStart) continue;
      const start = tokens[tokenStart]?.start ?? para.start;
      const end = tokens[tokenEnd - 1]?.end ?? para.end;
      sentences.push({ start, end, tokenStart, tokenEnd, paragraph: pi });
    }
  });
  return { paragraphs, sentences, tokens };
}

/** The index of the sentence containing `offset`, or -1. Binary search: sentences are sorted. */
export function sentenceAt(seg: Segmented, offset: number): number {
  const s = seg.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sent = s[mid] as Sentence;
    if (offset < sent.start) hi = mid - 1;
    else if (offset >= sent.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
