import type { Paragraph } from '../segment/index.ts';
import { type Attribution, attributeAfter, attributeBefore, colonAttribution } from './attribution.ts';
import { makeQuote } from './build.ts';
import type { Doc } from './doc.ts';
import { joinParagraphs, type Piece } from './marks.ts';
import { isSentenceEnd, isSpace } from './text.ts';
import type { Quote } from './types.ts';

/**
 * Direct quotes: pieces between quote marks, joined across paragraphs and across a split
 * attribution (“…,” Trump said. “…”), each attributed by the nearest cue: right after the closing
 * mark, before the opening mark in the same sentence, in the previous sentence, or — for a
 * paragraph that is only a quote — by the speaker of the previous paragraph.
 */

interface Group {
  pieces: Piece[];
  after: Attribution | null;
  before: Attribution | null;
}

const MAX_AFTER = 200;
const MAX_BEFORE = 300;
const MAX_BETWEEN = 150;
const SMALL_WORDS = new Set([
  'of',
  'the',
  'and',
  'a',
  'an',
  'in',
  'on',
  'for',
  'to',
  'at',
  'by',
  'with',
  'or',
]);

function afterWindow(doc: Doc, p: Piece, next: Piece | undefined, para: Paragraph): [number, number] {
  const start = p.close + 1;
  let limit = Math.min(para.end, start + MAX_AFTER);
  if (next && next.para === p.para) limit = Math.min(limit, next.open);
  for (let i = start; i < limit; i++) {
    const c = doc.text[i];
    if (c === ';' || ((c === '.' || c === '!' || c === '?') && isSentenceEnd(doc.text, i))) return [start, i];
  }
  return [start, limit];
}

function beforeWindow(doc: Doc, end: number, floor: number): [number, number] {
  const lo = Math.max(floor, end - MAX_BEFORE);
  for (let i = end - 1; i >= lo; i--) {
    const c = doc.text[i];
    if ((c === '.' || c === '!' || c === '?') && isSentenceEnd(doc.text, i)) return [i + 1, end];
  }
  return [lo, end];
}

function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text[i])) return false;
  return true;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** A quoted title: two to eight words, all capitalized but small words, no sentence punctuation. */
function looksLikeTitle(inner: string): boolean {
  const ws = words(inner);
  if (ws.length < 2 || ws.length > 8 || /[.!?]$/.test(inner.trim())) return false;
  return ws.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())));
}

export function findDirect(
  doc: Doc,
  pieces: readonly Piece[],
  published: string | null,
  earlier: readonly Quote[],
): Quote[] {
  const { text, seg } = doc;
  const paras = seg.paragraphs;
  const joined = joinParagraphs(pieces, paras);

  const groups: Group[] = joined.map((ps, gi) => {
    const first = ps[0] as Piece;
    const last = ps[ps.length - 1] as Piece;
    const nextFirst = joined[gi + 1]?.[0];
    let after: Attribution | null = null;
    if (!last.unclosed) {
      const [s, e] = afterWindow(doc, last, nextFirst, paras[last.para] as Paragraph);
      // A quote ending its own sentence (“… done.” Next sentence): only a short attribution
      // touching it ("“… done.” Peskov said.") belongs to it, not the next sentence's cue.
      const endsSentence = /[.!?]$/.test(text.slice(last.innerStart, last.innerEnd));
      if (e > s && !(endsSentence && words(text.slice(s, e)).length > 6)) after = attributeAfter(doc, s, e);
      if (after && !after.speaker && endsSentence) after = null;
    }
    const para = paras[first.para] as Paragraph;
    // The cue of a second quote in a sentence may lie before the first quote ("wrote that the
    // talks were going “very well” and that “…”"): the window runs to the sentence start, and the
    // cue search skips the text inside quote marks.
    const floor = para.start;
    const [bs, be] = beforeWindow(doc, first.open, floor);
    const before = blank(text, bs, be) ? null : attributeBefore(doc, bs, be);
    return { pieces: [...ps], after, before };
  });

  // A quote split by its attribution: “…,” Trump said. “…” (the second part has no attribution of its own).
  const merged: Group[] = [];
  for (const g of groups) {
    const prev = merged[merged.length - 1];
    const pl = prev?.pieces[prev.pieces.length - 1];
    const cf = g.pieces[0] as Piece;
    if (
      prev &&
      pl &&
      !pl.unclosed &&
      pl.para === cf.para &&
      prev.after &&
      !g.after &&
      !cf.single &&
      !pl.single
    ) {
      const between = text.slice(pl.close + 1, cf.open);
      if (
        between.length <= MAX_BETWEEN &&
        /[.,:;]\s*$/.test(between) &&
        words(text.slice(cf.innerStart, cf.innerEnd)).length > 3
      ) {
        prev.pieces.push(...g.pieces);
        continue;
      }
    }
    merged.push(g);
  }

  const out: Quote[] = [];
  const all = [...earlier];
  for (const g of merged) {
    const first = g.pieces[0] as Piece;
    const last = g.pieces[g.pieces.length - 1] as Piece;
    const para = paras[first.para] as Paragraph;
    const inner = text.slice(first.innerStart, last.innerEnd);
    const content = {
      start: first.innerStart,
      end: last.innerEnd,
      parts: g.pieces.map((p) => ({ start: p.innerStart, end: p.innerEnd })),
    };
    if (content.end <= content.start) continue;
    // An attribution that names a speaker wins over one that does not ("…,” adding that …" after
    // the quote names no one; "Peskov said Moscow would study it “…”" before it does).
    const attr =
      (g.after?.speaker ? g.after : null) ?? (g.before?.speaker ? g.before : null) ?? g.after ?? g.before;
    const short = words(inner).length <= 3 && g.pieces.length === 1;
    if (looksLikeTitle(inner) && !g.after) {
      out.push(makeQuote(doc, content, 'direct', null, published, 'title', { scare: true }));
      continue;
    }
    // A short quote is a statement only when its cue is close; a cue far back in a long sentence
    // is some other statement's ("…, officials said the “coalition of the willing” would meet").
    const nearCue = attr && (attr === g.after || !short || first.open - attr.cue.span.end <= 80);
    // A quote opened by a colon after its speaker's clause, whatever the verb ("but expressed
    // optimism: “…”", "rejected that idea: “…”"): the clause subject speaks.
    if (!attr?.speaker && !short) {
      const colon = colonAttribution(doc, first.open, para.start);
      if (colon) {
        out.push(makeQuote(doc, content, 'direct', colon, published, 'direct-colon'));
        continue;
      }
    }
    if (attr && nearCue) {
      out.push(
        makeQuote(
          doc,
          content,
          'direct',
          attr,
          published,
          g.after ? 'direct-cue-after' : 'direct-cue-before',
        ),
      );
      continue;
    }
    if (short) {
      out.push(makeQuote(doc, content, 'direct', null, published, 'scare', { scare: true }));
      continue;
    }
    // The quote opens its sentence: the previous sentence of the paragraph may carry the cue
    // ("Peskov said the report was false. “There is no such plan.”"), or the previous paragraph
    // may end in a colon ("Zelensky wrote on X:").
    const sentenceStart = blank(text, beforeWindow(doc, first.open, para.start)[0], first.open);
    let prevAttr: Attribution | null = null;
    if (sentenceStart) {
      const ws = beforeWindow(doc, first.open, para.start);
      if (ws[0] > para.start) {
        const [ps, pe] = beforeWindow(doc, ws[0] - 1, para.start);
        prevAttr = attributeBefore(doc, ps, pe);
      } else if (first.para > 0) {
        const pp = paras[first.para - 1] as Paragraph;
        if (text.slice(pp.start, pp.end).trimEnd().endsWith(':')) {
          const [ps, pe] = beforeWindow(doc, pp.end, pp.start);
          prevAttr = attributeBefore(doc, ps, pe);
        }
      }
    }
    if (prevAttr?.speaker) {
      out.push(makeQuote(doc, content, 'direct', prevAttr, published, 'direct-cue-adjoining'));
      continue;
    }
    // A paragraph that is only a quote continues the speaker of the previous paragraph.
    if (first.open === para.start && first.para > 0) {
      const pp = paras[first.para - 1] as Paragraph;
      let inherit: Quote | null = null;
      for (const q of [...all, ...out]) {
        if (
          q.end > pp.start &&
          q.end <= pp.end + 1 &&
          q.speakerSpan &&
          !q.scare &&
          (!inherit || q.end > inherit.end)
        )
          inherit = q;
      }
      if (inherit) {
        out.push(
          makeQuote(doc, content, 'direct', null, published, 'direct-continuation', { inherited: inherit }),
        );
        continue;
      }
    }
    out.push(makeQuote(doc, content, 'direct', null, published, 'direct-unattributed'));
  }
  return out;
}
