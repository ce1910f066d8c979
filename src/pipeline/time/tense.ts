import { type Segmented, sentenceAt, type Token } from '../segment/index.ts';

/**
 * Which way a time expression points, read from the verbs around it. wink-nlp gives universal
 * POS tags without tense, so tense is read from the word forms: modals and "going to" point
 * forward, past forms (-ed, irregulars, was/were/had, "has" + participle) point back, present
 * forms ("is", "meets") point to the nearest occurrence. The nearest cue to the left wins
 * (it is usually the verb the expression modifies: "said on Tuesday that talks will resume
 * on Friday"); failing that, the nearest to the right.
 */
export type Tense = 'past' | 'future' | 'present' | null;

const FUTURE_WORDS = new Set([
  'will',
  "'ll",
  '’ll',
  'shall',
  'wo',
  'would',
  'could',
  'might',
  'should',
  'gonna',
  'may',
  'must',
  'upcoming',
  'effective',
  'ahead',
  'scheduled',
  'slated',
  'rescheduled',
  'postponed',
  'tomorrow',
]);
const FUTURE_BEFORE_TO = new Set([
  'going',
  'scheduled',
  'expected',
  'due',
  'set',
  'plans',
  'plan',
  'planning',
  'intends',
  'intend',
  'aims',
  'hopes',
  'hope',
  'poised',
  'slated',
  'ready',
]);
const EXPECTING = new Set([
  'expected',
  'anticipated',
  'predicted',
  'forecast',
  'awaited',
  'expects',
  'anticipates',
]);
const PRESENT_WORDS = new Set(['is', 'are', 'am', "'re", '’re', "'m"]);
const PAST_WORDS = new Set([
  'was',
  'were',
  'had',
  'did',
  'said',
  'told',
  'met',
  'went',
  'came',
  'made',
  'took',
  'gave',
  'held',
  'spoke',
  'saw',
  'began',
  'became',
  'left',
  'got',
  'found',
  'thought',
  'knew',
  'sent',
  'brought',
  'bought',
  'fell',
  'rose',
  'won',
  'lost',
  'led',
  'ran',
  'wrote',
  'struck',
  'flew',
  'drove',
  'sat',
  'stood',
  'heard',
  'felt',
  'kept',
  'paid',
  'sold',
  'meant',
  'broke',
  'chose',
  'fought',
  'caught',
  'threw',
  'withdrew',
  'drew',
  'grew',
  'shot',
  'sought',
  'swore',
  'forgot',
  'understood',
  'undertook',
  'laid',
  'spent',
  'dealt',
  'ago',
  'since',
  'earlier',
  'previously',
  'arose',
  'shook',
  'slept',
  'built',
  'lent',
  'hung',
  'bore',
]);
/** Forms ending in -ed that are not past tenses. */
const NOT_PAST_ED = new Set([
  'need',
  'indeed',
  'speed',
  'seed',
  'feed',
  'bed',
  'red',
  'shed',
  'proceed',
  'succeed',
  'exceed',
  'bleed',
  'breed',
  'embed',
  'hundred',
  'sacred',
  'naked',
  'wicked',
  'wretched',
]);

const BE = new Set(['is', 'are', 'am', 'be', 'been', 'being', "'s", "'re", 'get', 'gets', 'got']);
/** A participle after a form of "be" ("is heard", "will be held") is passive, not past: read on leftwards. */
function passive(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k] as Token;
    if (BE.has(t.lower)) return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/** Deadline words right before the expression ("until Tuesday", "by Friday") point to the nearest reading. */
const DEADLINE = new Set(['until', 'till', 'by']);

function classify(tokens: readonly Token[], i: number): Tense {
  const t = tokens[i] as Token;
  const w = t.lower;
  const next = tokens[i + 1]?.lower;
  if (FUTURE_WORDS.has(w)) return 'future';
  if (FUTURE_BEFORE_TO.has(w) && next === 'to') return 'future';
  if (
    w === 'due' &&
    next !== undefined &&
    ['to', 'on', 'in', 'by', 'for', 'next', 'back', 'this'].includes(next)
  )
    return 'future';
  if ((w === 'has' || w === 'have' || w === "'ve") && t.pos === 'AUX') return 'past';
  if (PAST_WORDS.has(w)) return passive(tokens, i) ? null : 'past';
  if (PRESENT_WORDS.has(w) && t.pos === 'AUX') {
    // "is to meet", "is going to": forward; so is "is (not) expected to", read from the right of the
    // expression where the scan meets "is" before "expected".
    if (next === 'to') return 'future';
    const k = next === 'not' || next === "n't" ? i + 2 : i + 1;
    const after = tokens[k]?.lower;
    if (after !== undefined && FUTURE_BEFORE_TO.has(after) && tokens[k + 1]?.lower === 'to') return 'future';
    return 'present';
  }
  // "expected a readout on Wednesday": what is expected lies ahead of the moment it was said, so the nearest reading.
  if (EXPECTING.has(w) && t.pos === 'VERB') return 'present';
  if (t.pos === 'VERB' || t.pos === 'AUX') {
    if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w)) return passive(tokens, i) ? null : 'past';
    if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return 'present';
  }
  return null;
}

/** The tense governing the expression at [start, end). */
export function tenseAt(seg: Segmented, start: number, end: number): Tense {
  const si = sentenceAt(seg, start);
  if (si < 0) return null;
  const sent = seg.sentences[si];
  if (!sent) return null;
  const toks = seg.tokens;
  // First token at or after the expression's start.
  let lo = sent.tokenStart;
  let hi = sent.tokenEnd;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((toks[mid] as Token).start < start) lo = mid + 1;
    else hi = mid;
  }
  // Skip a clock time between the deadline word and the day ("until 9 a.m. Tuesday").
  let k = lo - 1;
  while (
    k >= sent.tokenStart &&
    /^(\d{1,2}([:.]\d\d)?|a\.m\.|p\.m\.|am|pm|noon|midnight|[A-Z]{2,4}T|GMT|at)$/i.test(
      (toks[k] as Token).text,
    )
  )
    k--;
  if (k >= sent.tokenStart && DEADLINE.has((toks[k] as Token).lower)) return 'present';
  let after = lo;
  while (after < sent.tokenEnd && (toks[after] as Token).start < end) after++;
  if (after < sent.tokenEnd && /^deadlines?$/.test((toks[after] as Token).lower)) return 'present';
  for (let i = lo - 1; i >= sent.tokenStart; i--) {
    const c = classify(toks, i);
    if (c) return c;
  }
  let j = lo;
  while (j < sent.tokenEnd && (toks[j] as Token).start < end) j++;
  for (; j < sent.tokenEnd; j++) {
    const c = classify(toks, j);
    if (c) return c;
  }
  return null;
}
