import type { Token } from '../segment/index.ts';

/**
 * Match reports in sports news: a sentence with a score ("2-1") and a result verb, and the names
 * that play in it, which are clubs (organizations) even when they carry a city's name.
 */

/** Verbs of a match result. */
const MATCH_VERBS = new Set([
  'beat',
  'beats',
  'beating',
  'defeated',
  'defeat',
  'drew',
  'draw',
  'drawing',
  'lost',
  'lose',
  'won',
  'win',
  'edged',
  'thrashed',
  'routed',
  'trounced',
  'overcame',
  'hammered',
  'crushed',
  'held',
]);
/** Words before the other side in a match report ("drew with", "lost to", "win over", "at home to"). */
const MATCH_LINKS = new Set(['with', 'to', 'over', 'against', 'at', 'v', 'vs', 'vs.', 'versus']);

/** A sentence reporting a match: a score ("2-1") and a result verb. */
export function isMatchReport(tokens: readonly Token[], from: number, to: number): boolean {
  let score = false;
  let verb = false;
  for (let k = from; k < to; k++) {
    const t = (tokens[k] as Token).text;
    if (/^\d{1,3}-\d{1,3}$/.test(t)) score = true;
    else if (MATCH_VERBS.has((tokens[k] as Token).lower)) verb = true;
  }
  return score && verb;
}

/** In a match report, a name is a side when it plays: subject of the result verb or after its link word. */
export function playsMatch(
  tokens: readonly Token[],
  first: number,
  last: number,
  from: number,
  to: number,
): boolean {
  const next = tokens[last];
  const prev = first > from ? tokens[first - 1] : undefined;
  if (next && last < to && (MATCH_VERBS.has(next.lower) || /^\d{1,3}(?:-\d{1,3})?$/.test(next.text)))
    return true;
  if (prev && (MATCH_VERBS.has(prev.lower) || MATCH_LINKS.has(prev.lower))) {
    // "at Chelsea" is the ground unless a result verb comes before it.
    if (prev.lower !== 'at') return true;
    for (let k = first - 2; k >= Math.max(from, first - 6); k--)
      if (MATCH_VERBS.has((tokens[k] as Token).lower) || /^\d{1,3}-\d{1,3}$/.test((tokens[k] as Token).text))
        return true;
  }
  return false;
}
