/**
 * The words a pack pattern must open with, read off its source: the leading letters of each branch of
 * an opening alternation ("(?:caps?|ceilings?|limits?)\s+on" → cap, ceiling, limit), after any
 * lookbehind or \b. A text that contains none of them cannot match, so findIssues skips the pattern
 * without running it. Conservative by construction: any branch this reader does not understand
 * (fewer than three plain letters before a group, class, escape or quantified letter) means no
 * anchors, and the pattern always runs.
 */

const MIN_LETTERS = 3;

/** Index just past the group opening at `i` ("(" … matching ")"), or -1. */
function groupEnd(src: string, i: number): number {
  let depth = 0;
  for (let k = i; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') {
      k++;
      continue;
    }
    if (c === '[') {
      const close = src.indexOf(']', k + 1);
      if (close < 0) return -1;
      k = close;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k + 1;
  }
  return -1;
}

/** Top-level branches of the group body `body` (split on "|" outside groups and classes). */
function branches(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < body.length; k++) {
    const c = body[k];
    if (c === '\\') {
      k++;
      continue;
    }
    if (c === '[') {
      k = body.indexOf(']', k + 1);
      if (k < 0) return [];
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(body.slice(from, k));
      from = k + 1;
    }
  }
  out.push(body.slice(from));
  return out;
}

/** The plain letters a branch opens with, stopping before a letter a quantifier makes optional. */
function leadingLetters(branch: string): string {
  let out = '';
  for (let k = 0; k < branch.length; k++) {
    const c = branch[k] as string;
    if (!/[a-z]/i.test(c)) break;
    const next = branch[k + 1];
    if (next === '?' || next === '*' || next === '{') break;
    out += c.toLowerCase();
    if (next === '+') break;
  }
  return out;
}

export function patternAnchors(source: string): string[] | null {
  let i = 0;
  // Zero-width openers: \b and lookbehinds.
  for (;;) {
    if (source.startsWith('\\b', i)) i += 2;
    else if (source.startsWith('(?<!', i) || source.startsWith('(?<=', i)) {
      const end = groupEnd(source, i);
      if (end < 0) return null;
      i = end;
    } else break;
  }
  let alts: string[];
  if (source.startsWith('(?:', i)) {
    const end = groupEnd(source, i);
    if (end < 0 || /^[?*{]/.test(source.slice(end))) return null;
    alts = branches(source.slice(i + 3, end - 1));
  } else alts = branches(source.slice(i));
  const anchors = alts.map(leadingLetters);
  return anchors.length > 0 && anchors.every((a) => a.length >= MIN_LETTERS) ? [...new Set(anchors)] : null;
}
