import type { ListedPoints } from './provision-listed.ts';

/**
 * Sticking points: "three major sticking points remain: who controls the east, the size of the
 * army and NATO", or a sentence announcing them followed by "Those issues concern …". The points
 * still disputed in the text under negotiation are points of that text, so each issue named in the
 * list is `included` in the version under discussion. Only the list after the sticking-point words
 * counts: a party named before them, or an issue in another clause, is not one of the points.
 */
const STICKING_RE =
  /\b(?:sticking[\s-]+points?|points?\s+of\s+(?:disagreement|contention|dispute)|bones?\s+of\s+contention|(?:most\s+)?(?:contentious|disputed|thorny|thorniest|divisive)\s+(?:points|issues|questions|aspects|provisions|clauses|elements))\b/iu;
/** "Those three issues concern …": a sentence that lists the points the one before announced. */
const LISTING_RE =
  /^\W*(?:those|these|the)\s+(?:\p{L}+\s+)?(?:issues|points|questions|disputes|matters)\s+(?:concern|are|include|involve|relate\s+to|centre\s+on|center\s+on)\b/iu;

export function stickingPoints(text: string, sStart: number, sEnd: number): ListedPoints | null {
  const stext = text.slice(sStart, sEnd);
  const here = STICKING_RE.exec(stext);
  const listed = !here && STICKING_RE.test(previousSentence(text, sStart)) ? LISTING_RE.exec(stext) : null;
  const from = here ? sStart + here.index + here[0].length : listed ? sStart + listed[0].length : -1;
  return from < 0 ? null : { from, to: sEnd, status: 'included', rule: 'provision:sticking-point' };
}

/** The sentence right before `at` (up to 400 characters back), for "Those issues concern …". */
function previousSentence(text: string, at: number): string {
  const lead = text.slice(Math.max(0, at - 400), at).trimEnd();
  return (
    lead
      .slice(0, -1)
      .split(/[.!?]["”’]?\s/u)
      .pop() ?? ''
  );
}
