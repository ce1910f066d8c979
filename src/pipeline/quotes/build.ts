import type { Attribution } from './attribution.ts';
import { dateOf } from './date.ts';
import type { Doc } from './doc.ts';
import type { Quote } from './types.ts';

/** Assembles a Quote from its content and attribution (the one place the output shape is built). */
export function makeQuote(
  doc: Doc,
  content: { start: number; end: number; parts?: { start: number; end: number }[] },
  kind: 'direct' | 'indirect',
  attr: Attribution | null,
  published: string | null,
  rule: string,
  opts: { scare?: boolean; inherited?: Quote | null } = {},
): Quote {
  const inherited = opts.inherited ?? null;
  const sp = attr?.speaker ?? null;
  const d = inherited
    ? { date: inherited.date, dateRule: inherited.dateRule }
    : dateOf(doc, attr ? attr.cue.span : null, content, published);
  const q: Quote = {
    start: content.start,
    end: content.end,
    text: doc.text.slice(content.start, content.end),
    kind,
    scare: opts.scare ?? false,
    speaker: inherited ? inherited.speaker : (sp?.actor ?? null),
    speakerSpan: inherited ? inherited.speakerSpan : (sp?.span ?? null),
    unnamed: inherited ? inherited.unnamed : (sp?.unnamed ?? null),
    cue: inherited ? null : attr ? attr.cue.span : null,
    date: d.date,
    dateRule: d.dateRule,
    rule: sp ? `${rule}:${sp.rule}` : rule,
  };
  return content.parts && content.parts.length > 1 ? { ...q, parts: content.parts } : q;
}
