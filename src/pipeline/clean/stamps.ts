/**
 * Date and time stamp lines ("Updated 21 Nov 2025, 09:14 GMT", "7 MIN READ", "Posted on 03/12/2025 by
 * admin"): removed as chrome by the line rules, and kept aside in `stamps` as a hint for the publication
 * date. Apart from lines.ts because the month, weekday and clock vocabulary is a job of its own.
 */

import { wordCount } from './normalize.ts';

const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\b/gi;
const WEEKDAY = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?\b/gi;
const STAMP_WORDS =
  /\b(?:updated|update|published|posted|last|modified|first|on|at|read|reading|time|min|mins|minute|minutes|hr|hrs|hour|hours|sec|secs|seconds|day|days|week|weeks|ago|just|now|am|pm|a\.m|p\.m|gmt|utc|bst|cet|cest|eet|eest|msk|et|edt|est|pt|pdt|pst|ct|cdt|cst|ist|jst|kst|hkt|sgt|pkt|aest|aedt|awst|nzst|nzdt|sast|wat|eat|trt|msk|z)\b/gi;

/**
 * A date/time stamp or reading-time line: "Updated 21 Nov 2025, 09:14 GMT", "2025-11-26 18:40:00",
 * "7 MIN READ", "2 HR AGO", "WORLD • 7 MIN READ", "November 25, 2025 | 5:05 PM ET".
 */
/**
 * The dateline's place in front of the stamp, joined by a comma ("New Delhi, Updated: Nov 14, 2025 09:42
 * IST"): one to three capitalised words, then the stamp's own word ("Updated", "Published", "Posted"). A
 * story's sentence that opens on a place says something after the comma, not only a date and a clock.
 */
const PLACED_STAMP =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*,\s+((?:[Uu]pdated|[Pp]ublished|[Pp]osted|UPDATED|PUBLISHED|POSTED)\b.*)$/u;

export function isStamp(text: string): boolean {
  const placed = PLACED_STAMP.exec(text);
  if (placed) return isStamp(placed[1] as string);
  if (text.length > 90 || !/\d|\bago\b|\bjust now\b/i.test(text)) return false;
  // Something date- or time-like must be there: a bare "1" left over from a pager is not a stamp.
  MONTH.lastIndex = 0;
  if (
    !/\d{4}|\d:\d\d|\d[./-]\d|\bago\b|\bjust now\b|\b(?:min|mins|minutes?|hrs?|hours?)\b/i.test(text) &&
    !MONTH.test(text)
  )
    return false;
  const stripped = text
    .replace(MONTH, ' ')
    .replace(WEEKDAY, ' ')
    // A live blog's compact age over an entry ("3h ago", "45m ago", "2d ago"): the unit glued to the
    // number has no word edge for STAMP_WORDS to find.
    .replace(/\b\d+[smhdw]\b(?=\s+ago\b)/gi, ' ')
    .replace(STAMP_WORDS, ' ')
    // "7:48pm", "11am": the meridiem glued to the clock has no word edge for STAMP_WORDS to find.
    .replace(/\d+(?:st|nd|rd|th|am|pm|a\.m\.?|p\.m\.?)?/gi, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  if (stripped === '') return true;
  // "WORLD • 7 MIN READ": one section label in front of a reading-time stamp.
  return /\b\d+\s*min(?:ute)?s?\s+read\b/i.test(text) && wordCount(stripped) <= 3;
}

/** "Posted on 03/12/2025 by admin", "Updated 14:05, 2 Dec 2025 by Jane Doe": a stamp and who posted. */
export function isStampByline(text: string): boolean {
  if (!/\d/.test(text) || !/\sby\s/i.test(text)) return false;
  const m = /^(.{4,80}?)\s+by\s+\S+(?:\s+\S+){0,2}$/i.exec(text);
  return m !== null && isStamp(m[1] as string);
}
