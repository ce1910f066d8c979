/**
 * The last match of a pattern inside a span of text, as document offsets. The stance scan asks
 * this of reporting verbs and clause openers many times ("the reporting verb nearest before the
 * predicate"); a fresh RegExp keeps the caller's pattern free of shared lastIndex state.
 */

export function lastMatch(
  re: RegExp,
  text: string,
  from: number,
  to: number,
): { start: number; end: number } | null {
  const r = new RegExp(re.source, re.flags);
  const region = text.slice(from, to);
  let best: { start: number; end: number } | null = null;
  for (let x = r.exec(region); x !== null; x = r.exec(region))
    best = { start: from + x.index, end: from + x.index + x[0].length };
  return best;
}
