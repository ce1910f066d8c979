import type { IssueHit } from './issues.ts';
import { within } from './text.ts';

/**
 * Which issue cues inside a predicate's object are its object, and which it wants undone. A cue
 * may only locate, qualify or compare the head issue (a front line, an of-complement, "modelled
 * on NATO's clause"), be an idiom ("on land, at sea") or the price traded for; and a contrasted,
 * barred or undone cue ("rather than a ceasefire", "the lifting of sanctions") reverses the stance
 * toward it. Pure text tests on the hits; stances.ts applies them in this order.
 */

const MODIFIER_LEAD_RE =
  /\b(?:modell?ed\s+on|based\s+on|patterned\s+on|inspired\s+by|similar\s+to|akin\s+to|comparable\s+to|along\s+the\s+lines\s+of|in\s+the\s+style\s+of)\s+(?:the\s+|a\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;

/** Between a head issue cue and a cue in its of-complement: "of", "over", a few words, no verb or comma. */
const COMPLEMENT_GAP_RE = /^\s+(?:of|over)\s+(?:(?!(?:and|or|but|nor)\s)[\p{L}'’-]+\s+){0,5}$/u;
/** "X rather than / instead of a ceasefire": the cue after it is the alternative refused. */
const CONTRAST_LEAD_RE =
  /(?:\b(?:rather\s+than|instead\s+of|in\s+place\s+of)|,\s+(?:and\s+)?not(?!\s+(?:just|merely|only|simply|least)\b))\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/** An undoing word before an issue cue ("the lifting of Western sanctions", "to ease the"). */
const UNDO_LEAD_RE =
  /\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|remov(?:e|es|ed|ing|al)|scrap(?:s|ped|ping)?|roll(?:s|ed|ing)?\s+back|relief\s+from)\s+(?:of\s+)?(?:(?!(?:and|or|but|nor|that|which|to)\s)[\p{L}'’-]+\s+){0,3}(?:of\s+|on\s+)?$/iu;
/** A barring word after the predicate and before the cue: "demanded that any deal rule out Ukraine joining NATO". */
const BAR_LEAD_RE =
  /\b(?:rul(?:e|es|ed|ing)\s+out|bar(?:s|red|ring)?|ban(?:s|ned|ning)?|prevent(?:s|ed|ing)?|exclud(?:e|es|ed|ing)|preclud(?:e|es|ed|ing))\s+(?:(?!(?:and|or|but|nor|that|which)\s)[\p{L}'’-]+\s+){0,3}$/iu;
/** A cue that itself names the undoing ("lifting of sanctions", "sanctions relief"). */
const UNDO_IN_RE = /\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|relief|removal)\b/iu;

const LOCATIVE_LEAD_RE =
  /^\s+(?:along|at|on|in|inside)\s+(?:the\s+)?(?:current|existing|present|present-day|[\p{Lu}][\p{L}'’]*)?\s*$/u;
/**
 * A participle right after an object that undoes it: "wants sanctions lifted", "the measures eased",
 * "called for US sanctions to be lifted", "wanted sanctions on its banks lifted".
 */
const UNDONE_AFTER_RE =
  /^\s+(?:(?:on|against)\s+(?:[\p{L}'’-]+\s+){1,5}?)?(?:(?:to\s+)?be\s+|being\s+)?(?:\p{L}+ly\s+)?(?:lifted|eased|removed|scrapped|relaxed|wound\s+down)\b/iu;

/** "trade X for", "in exchange for": what follows is the price received. */
const TRADED_FOR_RE =
  /\b(?:trade|trades|traded|trading|swap|swaps|swapped|sacrifice|sacrificing|barter)\b[^.;]{0,40}\bfor\s+(?:a\s+|an\s+|the\s+)?(?:\p{L}+\s+)?$/iu;

/** The idiom "(on) land, at sea (and in the air)", "(by) land or sea", read from the word "land". */
const LAND_SEA_RE = /^land\b,?\s+(?:(?:and|or)\s+)?(?:at|by|on)?\s*sea\b/iu;

/**
 * The issue cues between `objStart` and `objEnd`, less idioms and prices:
 * "a halt to fighting on land, at sea and in the air": "land" there is a place, not territory.
 * "would not trade its sovereignty for a pause in the fighting": what would be got in return is
 * not what is refused.
 */
export function objectHits(
  text: string,
  issues: readonly IssueHit[],
  objStart: number,
  objEnd: number,
  vStart: number,
): IssueHit[] {
  return within(issues, objStart, objEnd).filter(
    (h) =>
      !(
        /\b(?:on|by)\s+$/iu.test(text.slice(Math.max(0, h.start - 4), h.start)) &&
        LAND_SEA_RE.test(text.slice(h.start, h.end + 24))
      ) && !TRADED_FOR_RE.test(text.slice(Math.max(vStart, h.start - 60), h.start)),
  );
}

/** The hits less those that only locate, qualify or compare another hit. */
export function dropQualifiers(text: string, found: IssueHit[], objStart: number): IssueHit[] {
  let objHits = found;
  // "a ceasefire along the current front line": a place phrase after the head issue locates it;
  // the issue it names (a front line) is not a second object.
  // (A cue nested in the one before, "NATO" in "soldiers from NATO countries", does not end it.)
  if (objHits.length > 1) {
    const hits = objHits;
    let reach = -1;
    const ends = hits.map((h) => {
      const before = reach;
      reach = Math.max(reach, h.end);
      return before;
    });
    objHits = hits.filter(
      (h, i) =>
        i === 0 || !LOCATIVE_LEAD_RE.test(text.slice(Math.max(ends[i] as number, h.start - 40), h.start)),
    );
  }
  // "recognition of Russian rule over occupied land": a cue in the of-complement of another
  // issue's head noun (or inside its span) qualifies that head; it is not a second object.
  if (objHits.length > 1)
    objHits = objHits.filter(
      (h, i) =>
        !objHits.some(
          (g, j) =>
            j < i &&
            g.issue !== h.issue &&
            (h.start < g.end || COMPLEMENT_GAP_RE.test(text.slice(g.end, h.start))),
        ),
    );
  // "guarantees modelled on NATO's collective defence clause": a cue inside a comparison modifies
  // the head issue, it is not a second object. (After the complement filter: "modelled on Article 5
  // of the NATO treaty" drops NATO as Article 5's complement, then Article 5 as the comparison.)
  objHits = objHits.filter(
    (h) => !MODIFIER_LEAD_RE.test(text.slice(Math.max(objStart, h.start - 30), h.start)),
  );
  return objHits;
}

/**
 * The issues the predicate's holder wants not to happen although the predicate wants its object:
 * "wants a lasting agreement rather than a ceasefire": the contrasted object is refused.
 * "demanded the lifting of Western sanctions", "sanctions relief": wanting an issue undone is
 * a stance against it (read toward the issue as labelled, like the pack's `against` phrases).
 */
export function contrastedIssues(
  text: string,
  objHits: readonly IssueHit[],
  objStart: number,
  vStart: number,
  vEnd: number,
): Set<string> {
  return new Set(
    objHits
      .filter(
        (h) =>
          CONTRAST_LEAD_RE.test(text.slice(Math.max(objStart, h.start - 40), h.start)) ||
          (!h.against &&
            h.start > vEnd &&
            BAR_LEAD_RE.test(text.slice(Math.max(vEnd, h.start - 40), h.start))) ||
          (!h.against &&
            (UNDO_LEAD_RE.test(
              text.slice(Math.max(h.start > vEnd ? vEnd : objStart, h.start - 40), h.start),
            ) ||
              ((h.start >= vEnd || h.end <= vStart) && UNDO_IN_RE.test(text.slice(h.start, h.end))) ||
              // "they want sanctions lifted": the undoing participle after the object
              (h.start >= vEnd && UNDONE_AFTER_RE.test(text.slice(h.end, h.end + 72))))),
      )
      .map((h) => h.issue),
  );
}
