import type { StanceContext } from './stances.ts';
import { sentenceIndexOf, span, within } from './text.ts';
import type { StanceClaim } from './types.ts';

/**
 * "European governments took the same line": a sentence with no stance cue of its own whose party
 * adopts the stances read from the sentence before. Runs after the predicate scan, on its claims.
 */

/** "European governments took the same line.", "Britain struck a similar position": no cue of its own. */
const SAME_LINE_RE =
  /\b(?:took|take|takes|taken|struck|strikes|adopted|adopts|held|holds)\s+(?:the\s+same|a\s+similar|an\s+identical)\s+(?:line|view|position|stance|approach)\b/giu;

/**
 * A party that "took the same line" as the sentence before holds that sentence's stances: the
 * claims whose evidence is the previous sentence are copied to it (the party must be the
 * predicate's subject, at most two words before it, and must not already hold them).
 */
export function sameLineClaims(ctx: StanceContext, out: readonly StanceClaim[]): StanceClaim[] {
  const { text, seg } = ctx;
  const added: StanceClaim[] = [];
  const re = new RegExp(SAME_LINE_RE.source, SAME_LINE_RE.flags);
  for (let x = re.exec(text); x !== null; x = re.exec(text)) {
    const si = sentenceIndexOf(seg, x.index);
    const sent = seg.sentences[si];
    const prev = seg.sentences[si - 1];
    if (!sent || !prev) continue;
    const holder = within(ctx.actors, sent.start, x.index)
      .filter(
        (a) =>
          /^[\s\p{L}'’-]*$/u.test(text.slice(a.end, x.index)) &&
          text.slice(a.end, x.index).trim().split(/\s+/u).length <= 3,
      )
      .pop();
    if (!holder || !ctx.isParty(holder.actor)) continue;
    for (const c of out) {
      if (c.evidence.start !== prev.start || c.actor === holder.actor) continue;
      if (added.some((d) => d.issue === c.issue && d.stance === c.stance && d.proposal === c.proposal))
        continue;
      added.push({
        ...c,
        actor: holder.actor,
        evidence: span(text, sent.start, sent.end),
        rule: 'stance:same-line',
      });
    }
  }
  return added;
}
