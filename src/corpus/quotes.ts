import { createHash } from 'node:crypto';
import type { DateValue } from '../core/types.ts';
import type { Quote } from '../pipeline/quotes/index.ts';

/**
 * The same quote carried by several articles (syndication, follow-ups) becomes one quote with
 * several occurrences, ordered by when each article reported it, so a reader sees how widely it
 * travelled and who reported it first. Two quotes are the same when their normalized words are
 * equal, or when one (of at least MIN_WORDS words) is contained in the other: outlets often cut a
 * long quote down.
 */

export interface QuoteOccurrence {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** When this article reported it: its publication date, else the quote's own date. */
  readonly date: DateValue | null;
}

export interface ContractQuote {
  readonly id: string;
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: string | null;
  readonly kind: 'direct' | 'indirect';
  readonly date: DateValue | null;
  readonly scare: boolean;
  readonly unnamed: Quote['unnamed'];
  readonly occurrences: readonly QuoteOccurrence[];
}

export interface DocQuotes {
  readonly doc: string;
  readonly published: string | null;
  readonly quotes: readonly Quote[];
}

export const MIN_WORDS = 6;

/** Lower case, typographic quotes and apostrophes folded, punctuation dropped, words single-spaced. */
export function normalizeQuote(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/'(?!\p{L})|(?<!\p{L})'/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

function dateKey(d: DateValue | null): string {
  if (d === null) return '\uffff';
  return typeof d === 'string' ? d : dateKey(d.from);
}

interface Item {
  readonly doc: string;
  readonly q: Quote;
  readonly norm: string;
  readonly words: number;
  readonly reported: DateValue | null;
}

function compareItems(a: Item, b: Item): number {
  const da = dateKey(a.reported);
  const db = dateKey(b.reported);
  if (da !== db) return da < db ? -1 : 1;
  if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1;
  return a.q.start - b.q.start;
}

export function mergeQuotes(docs: readonly DocQuotes[]): ContractQuote[] {
  const items: Item[] = [];
  for (const d of docs) {
    for (const q of d.quotes) {
      // A quote split by its attribution is compared by its parts, without the attribution between them.
      const words = q.parts
        ? q.parts.map((p) => q.text.slice(p.start - q.start, p.end - q.start)).join(' ')
        : q.text;
      const norm = normalizeQuote(words);
      if (!norm) continue;
      items.push({ doc: d.doc, q, norm, words: norm.split(' ').length, reported: d.published ?? q.date });
    }
  }
  items.sort(compareItems);

  // Union-find over items.
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  // Within one article, a quote and the reported clause around it are different facts: only
  // quotes of the same kind in different articles are merged.
  const compatible = (a: Item, b: Item) =>
    a.doc !== b.doc &&
    a.q.kind === b.q.kind &&
    a.q.scare === b.q.scare &&
    (a.q.speaker === null || b.q.speaker === null || a.q.speaker === b.q.speaker);
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // Exact matches.
  const byNorm = new Map<string, number>();
  items.forEach((it, i) => {
    const j = byNorm.get(it.norm);
    if (j === undefined) byNorm.set(it.norm, i);
    else if (compatible(items[j] as Item, it)) union(j, i);
  });

  // Containment: index every MIN_WORDS-word window of every quote; a quote's first window finds
  // the longer quotes that may contain it, checked whole at word boundaries.
  const windows = new Map<string, Set<number>>();
  items.forEach((it, i) => {
    if (it.words < MIN_WORDS || it.q.scare) return;
    const w = it.norm.split(' ');
    for (let k = 0; k + MIN_WORDS <= w.length; k++) {
      const key = w.slice(k, k + MIN_WORDS).join(' ');
      const set = windows.get(key);
      if (set) set.add(i);
      else windows.set(key, new Set([i]));
    }
  });
  items.forEach((it, i) => {
    if (it.words < MIN_WORDS || it.q.scare) return;
    const key = it.norm.split(' ').slice(0, MIN_WORDS).join(' ');
    for (const j of windows.get(key) ?? []) {
      const other = items[j] as Item;
      if (j === i || other.words <= it.words) continue;
      if (` ${other.norm} `.includes(` ${it.norm} `) && compatible(it, other)) union(i, j);
    }
  });

  const clusters = new Map<number, Item[]>();
  items.forEach((it, i) => {
    const r = find(i);
    const list = clusters.get(r);
    if (list) list.push(it);
    else clusters.set(r, [it]);
  });

  const out: ContractQuote[] = [];
  for (const list of clusters.values()) {
    list.sort(compareItems);
    const first = list[0] as Item;
    const named = list.find((it) => it.q.speaker !== null) ?? first;
    const unnamed = list.find((it) => it.q.unnamed !== null)?.q.unnamed ?? null;
    out.push({
      id: `q-${createHash('sha1').update(first.norm).digest('hex').slice(0, 16)}`,
      doc: first.doc,
      start: first.q.start,
      end: first.q.end,
      text: first.q.text,
      speaker: named.q.speaker,
      kind: first.q.kind,
      date: first.q.date,
      scare: first.q.scare,
      unnamed: named.q.speaker === null ? unnamed : null,
      occurrences: list.map((it) => ({
        doc: it.doc,
        start: it.q.start,
        end: it.q.end,
        text: it.q.text,
        date: it.reported,
      })),
    });
  }
  // Deterministic order: by first report, then document and offset.
  return out.sort(
    (a, b) =>
      (dateKey(a.occurrences[0]?.date ?? null) < dateKey(b.occurrences[0]?.date ?? null) ? -1 : 0) ||
      (dateKey(a.occurrences[0]?.date ?? null) > dateKey(b.occurrences[0]?.date ?? null) ? 1 : 0) ||
      (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0) ||
      a.start - b.start,
  );
}
