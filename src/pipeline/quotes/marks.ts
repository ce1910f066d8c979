import type { Paragraph } from '../segment/index.ts';
import { isLetter, isSpace } from './text.ts';

/**
 * Quote marks → quoted pieces. Written by hand: no installed library pairs quote marks, and the
 * news conventions matter (a paragraph that opens a quote without closing it continues in the next
 * paragraph, which reopens it; single quotes quote in headlines but are also apostrophes).
 */
export interface Piece {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or the paragraph end when the quote runs on. */
  readonly close: number;
  /** The content, marks excluded, trimmed of surrounding spaces and a trailing comma. */
  readonly innerStart: number;
  readonly innerEnd: number;
  readonly para: number;
  readonly unclosed: boolean;
  readonly single: boolean;
}

const OPENER_BEFORE = /[\s([{—–\-/:;“"]/;

function opensHere(text: string, i: number, paraStart: number, len = 1): boolean {
  const prev = i > paraStart ? text[i - 1] : undefined;
  const next = text[i + len];
  return (prev === undefined || OPENER_BEFORE.test(prev)) && next !== undefined && !isSpace(next);
}

/** A single quote mark that can close: not between two letters ("don’t", "Ukraine’s"). */
function closesSingle(text: string, j: number): boolean {
  const prev = text[j - 1];
  const next = text[j + 1];
  if (prev === undefined || isSpace(prev)) return false;
  return !isLetter(next);
}

const MAX_SINGLE = 300;

function piece(
  text: string,
  open: number,
  close: number,
  para: number,
  unclosed: boolean,
  single: boolean,
  markLen = 1,
): Piece {
  let s = open + markLen;
  let e = close;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && (isSpace(text[e - 1]) || text[e - 1] === ',')) e--;
  return { open, close, innerStart: s, innerEnd: e, para, unclosed, single };
}

export function findPieces(text: string, paragraphs: readonly Paragraph[]): Piece[] {
  const out: Piece[] = [];
  paragraphs.forEach((para, pi) => {
    let open = -1;
    let closer = '';
    let opener = '';
    let depth = 0;
    let markLen = 1;
    for (let i = para.start; i < para.end; i++) {
      let c = text[i] as string;
      // Two apostrophes stand for a double quote in some wire and newspaper copy: ''like this''.
      const twin = c === "'" && text[i + 1] === "'";
      if (twin) c = '"';
      if (open < 0) {
        if (c === '“' || c === '„' || c === '«') {
          open = i;
          opener = c;
          closer = c === '«' ? '»' : '”';
          depth = 1;
        } else if (c === '"') {
          if (opensHere(text, i, para.start, twin ? 2 : 1)) {
            open = i;
            opener = '"';
            closer = '"';
            depth = 1;
            markLen = twin ? 2 : 1;
            if (twin) i++;
          }
        } else if (
          (c === '‘' || c === "'") &&
          opensHere(text, i, para.start) &&
          /\p{L}/u.test(text[i + 1] ?? '')
        ) {
          // Single quotes as quotation marks (headlines, British style): pair with the first mark that can close.
          const limit = Math.min(para.end, i + MAX_SINGLE);
          for (let j = i + 2; j < limit; j++) {
            const d = text[j];
            if (d === '"' || d === '“' || d === '”') break;
            if ((d === '’' || d === "'") && closesSingle(text, j)) {
              out.push(piece(text, i, j, pi, false, true));
              i = j;
              break;
            }
          }
        }
      } else if (c === closer && (closer !== '"' || depth === 1)) {
        depth--;
        if (depth === 0) {
          out.push(piece(text, open, i, pi, false, false, markLen));
          open = -1;
          markLen = 1;
          if (twin) i++;
        }
      } else if (c === opener && opener !== '"') {
        depth++; // nested marks of the same kind
      }
    }
    if (open >= 0) out.push(piece(text, open, para.end, pi, true, false, markLen));
  });
  return out;
}

/**
 * Joins pieces of a quote that runs over paragraphs: a piece left open at its paragraph's end
 * continues in the next paragraph when that paragraph opens with a quote mark.
 */
export function joinParagraphs(pieces: readonly Piece[], paragraphs: readonly Paragraph[]): Piece[][] {
  const groups: Piece[][] = [];
  for (const p of pieces) {
    const last = groups[groups.length - 1];
    const tail = last?.[last.length - 1];
    if (
      last &&
      tail?.unclosed &&
      p.para === tail.para + 1 &&
      !p.single &&
      p.open === paragraphs[p.para]?.start
    ) {
      last.push(p);
    } else {
      groups.push([p]);
    }
  }
  return groups;
}
