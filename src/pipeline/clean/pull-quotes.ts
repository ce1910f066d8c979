/**
 * Pull quotes: a sentence of the story set apart in quote marks, often with an attribution line under
 * it ("— European diplomat in Geneva"). The same words stand in a paragraph of the story, so the copy
 * goes: the reader has them already. A quote that stands only once (a one-line quote paragraph) is the
 * article's own and stays.
 */

import { type Entry, remove } from './entry.ts';
import { alone } from './neighbours.ts';
import { compareKey, wordCount } from './normalize.ts';

const QUOTED_LINE = /^["“‘«„]([^"“”‘’«»„]+)["”’»]?[.!?,]?["”’»]?$/u;
const ATTRIBUTION = /^[—–-]\s*\S/u;

/**
 * A pull quote stitched from two quoted pieces of one paragraph, the attribution between them dropped
 * ("'We are close,' the envoy said. 'The rest is detail.'" pulled out as "We are close. The rest is
 * detail."): each of its sentences, four words or more, stands in the same longer paragraph. A quote
 * paragraph of the story's own does not repeat, sentence by sentence, another paragraph.
 */
function stitched(
  inner: string,
  e: Entry,
  kept: readonly Entry[],
  norms: ReadonlyMap<Entry, string>,
): boolean {
  const pieces = inner
    .split(/(?<=[.!?,;])\s+(?=\p{Lu})/u)
    .map((p) => compareKey(p))
    .filter((p) => p !== '');
  if (pieces.length < 2 || pieces.some((p) => p.split(' ').length < 4)) return false;
  const total = pieces.reduce((n, p) => n + p.length, 0);
  return kept.some((o) => {
    const n = norms.get(o) ?? '';
    return o !== e && n.length > total + 10 && pieces.every((p) => n.includes(p));
  });
}

/**
 * A pull quote set without quote marks: a line alone in its block (blank lines around it), eight words
 * or more, whose words close a paragraph next to it ("… In short, Brussels is offering more freedom.
 * The price is conditions." / "Brussels is offering more freedom. The price is conditions."). Only the
 * closing words: a paragraph that opens the way the one before it did is a writer's anaphora (or a
 * lede and its follow-up), not a copy. Only the nearest two paragraphs on either side are looked at; a
 * summary that echoes the lede far above is the story's own.
 */
function echoesNeighbour(entries: readonly Entry[], i: number, keyOf: (e: Entry) => string): boolean {
  const e = entries[i] as Entry;
  if (e.state !== 'prose' || !alone(entries, i) || wordCount(e.text) < 8) return false;
  const key = keyOf(e);
  const near = (k: number) => {
    const n = entries[k];
    if (n === undefined || n.block === e.block || (n.state !== 'prose' && n.state !== 'keep')) return false;
    // (cheap first: a copy of the close is shorter than the paragraph it closes)
    if (n.text.length <= e.text.length) return false;
    const other = keyOf(n);
    return other.length > key.length + 10 && other.endsWith(` ${key}`);
  };
  return near(i - 1) || near(i - 2) || near(i + 1) || near(i + 2);
}

/**
 * A pull quote trimmed by the editor: the sentence of the story with a word or three left out ("Each
 * round in Geneva ended …" pulled out as "Each round ended …"). Its words, eight or more, stand in the same
 * order in one paragraph, inside a stretch at most three words (and a quarter) longer than the quote. A
 * quote the story only echoes in passing shares some words, not all of them in order.
 * Bounded work: each start is the quote's first word, and the walk from it stops after the stretch.
 */
const MAX_LEFT_OUT = 3;
function trimmedCopy(quote: readonly string[], paragraph: readonly string[]): boolean {
  const slack = Math.min(MAX_LEFT_OUT, Math.floor(quote.length / 4));
  if (quote.length < 8 || slack === 0 || paragraph.length <= quote.length) return false;
  const first = quote[0];
  for (let s = 0; s + quote.length <= paragraph.length; s++) {
    if (paragraph[s] !== first) continue;
    let q = 1;
    const stop = Math.min(paragraph.length, s + quote.length + slack);
    for (let k = s + 1; k < stop && q < quote.length; k++) if (paragraph[k] === quote[q]) q++;
    if (q === quote.length) return true;
  }
  return false;
}

export function markPullQuotes(entries: Entry[]): void {
  // Each line's comparison key, computed once however many checks read it.
  const keys = new Map<Entry, string>();
  const keyOf = (e: Entry): string => {
    let k = keys.get(e);
    if (k === undefined) {
      k = compareKey(e.text);
      keys.set(e, k);
    }
    return k;
  };
  for (let i = 0; i < entries.length; i++)
    if (echoesNeighbour(entries, i, keyOf)) remove(entries[i] as Entry, 'duplicate');
  const kept = entries.filter((e) => e.state !== 'removed');
  let norms: Map<Entry, string> | null = null;
  // Each paragraph's words, split once however many quote lines are compared with it.
  const splits = new Map<Entry, string[]>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (e.state === 'removed') continue;
    const m = QUOTED_LINE.exec(e.text);
    const words = m ? wordCount(m[1] as string) : 0;
    if (!m || words < 5 || words > 40) continue;
    norms ??= new Map(kept.map((k) => [k, keyOf(k)]));
    const inner = compareKey(m[1] as string);
    // The paragraph holding it is longer by its attribution at least: " he said" is eight characters,
    // so a one-line quote paragraph ("'…,' he said.") counts as the story's copy.
    const elsewhere = kept.some((o) => {
      const n = norms?.get(o) ?? '';
      return o !== e && n.length > inner.length + 6 && n.includes(inner);
    });
    const quoteWords = inner.split(' ');
    const trimmed = () =>
      kept.some((o) => {
        if (o === e || o.state !== 'prose') return false;
        let w = splits.get(o);
        if (w === undefined) {
          w = (norms?.get(o) ?? '').split(' ');
          splits.set(o, w);
        }
        return trimmedCopy(quoteWords, w);
      });
    if (!elsewhere && !stitched(m[1] as string, e, kept, norms) && !trimmed()) continue;
    // A repeat of the story's own words: removed as a duplicate, so the subheading after it is not
    // taken for the end of a tool bar.
    remove(e, 'duplicate');
    const next = entries[i + 1];
    if (
      next &&
      next.block === e.block &&
      next.state !== 'removed' &&
      ATTRIBUTION.test(next.text) &&
      wordCount(next.text) <= 10
    )
      remove(next, 'duplicate');
  }
}
