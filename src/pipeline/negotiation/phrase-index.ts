import { phraseSource } from './text.ts';

/**
 * A dictionary of phrases matched as one alternation would match them (whole words, longest first,
 * scare quotes and any spaces between words, not the tail of a hyphenated word), but without trying
 * every phrase at every character. Written by hand because one regex alternation of several hundred
 * phrases under the `iu` flags is tried phrase by phrase at each position, which made the issue scan
 * the slowest step of extraction. Phrases are grouped by the letters and digits their first word opens
 * with; the text is walked word by word and only the group of that word is tried, as one sticky regex.
 */
export interface PhraseIndex {
  /** Non-overlapping matches, left to right, longest phrase first at each start. */
  find(text: string): { start: number; end: number; text: string }[];
}

const LEAD = /^[\p{L}\p{N}]+/u;
const WORD = /[\p{L}\p{N}]+/gu;
const AFTER = '(?![\\p{L}\\p{N}])';

export function phraseIndex(phrases: readonly string[]): PhraseIndex | null {
  const uniq = [...new Set(phrases.map((p) => p.trim().toLowerCase()).filter((p) => p.length > 0))];
  if (uniq.length === 0) return null;
  uniq.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const groups = new Map<string, string[]>();
  const odd: string[] = [];
  for (const p of uniq) {
    const lead = LEAD.exec(p)?.[0];
    if (lead === undefined) odd.push(p);
    else groups.set(lead, [...(groups.get(lead) ?? []), p]);
  }
  const sticky = new Map<string, RegExp>();
  for (const [lead, ps] of groups)
    sticky.set(lead, new RegExp(`(?:${ps.map(phraseSource).join('|')})${AFTER}`, 'iuy'));
  // The first two letters of every lead word, where both are ASCII: most words of a text open on a
  // pair no lead opens on, and are passed over without lower-casing them for the lookup. (Lower-
  // casing maps ASCII to ASCII one for one, so such a word's lower case opens on the same pair.)
  const pairs = new Uint8Array(128 * 128);
  for (const lead of groups.keys()) {
    const a = lead.charCodeAt(0);
    const b = lead.charCodeAt(1);
    if (a < 128 && b < 128) pairs[a * 128 + b] = 1;
  }
  // Phrases that open on a sign ("€90 billion"): few, scanned the plain way.
  const oddRe =
    odd.length > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${odd.map(phraseSource).join('|')})${AFTER}`, 'giu')
      : null;
  return {
    find(text) {
      const out: { start: number; end: number; text: string }[] = [];
      const words = new RegExp(WORD.source, WORD.flags);
      for (let w = words.exec(text); w !== null; w = words.exec(text)) {
        const at = w.index;
        if (at > 0 && text[at - 1] === '-') continue;
        const a = text.charCodeAt(at) | 0x20;
        const b = text.charCodeAt(at + 1) | 0x20;
        if (a < 128 && b < 128 && w[0].length > 1 && pairs[a * 128 + b] === 0) continue;
        const re = sticky.get(w[0].toLowerCase());
        if (re === undefined) continue;
        re.lastIndex = at;
        const m = re.exec(text);
        if (m === null) continue;
        out.push({ start: at, end: at + m[0].length, text: m[0] });
        words.lastIndex = at + m[0].length;
      }
      if (oddRe) {
        const re = new RegExp(oddRe.source, oddRe.flags);
        for (let m = re.exec(text); m !== null; m = re.exec(text))
          if (!out.some((o) => m.index < o.end && o.start < m.index + m[0].length))
            out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
        out.sort((a, b) => a.start - b.start);
      }
      return out;
    },
  };
}
