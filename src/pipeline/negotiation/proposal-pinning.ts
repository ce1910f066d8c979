import { MONTH_NAMES } from '../../core/months.ts';
import type { DateValue } from '../../core/types.ts';
import type { PackProposal } from '../../packs/schema.ts';
import type { Segmented } from '../segment/index.ts';
import { PRESENTED_RE } from './lexicon.ts';
import { type Candidate, COUNTER_KEY } from './proposal-candidates.ts';
import type { ProposalMatcher } from './proposal-matcher.ts';
import { locWordsOf, MONTH_NUM, MONTHS, versionByLocative } from './proposal-modifiers.ts';
import { slug, within } from './text.ts';
import type { TimeIn } from './types.ts';

/**
 * Pass 1 of proposal resolution: candidates that say which version they are without leaning on
 * the article's focus. A day a text was presented on pins it to the pack version of that day
 * ("a proposal presented in Paris on April 17"); a plain noun handed over where and when a
 * version was is that version; an indefinite text someone drafted is a proposal of its own; a
 * lead that introduces a text and names it by its points just after is that version. Whatever
 * this leaves unkeyed is resolved by focus (proposal-focus.ts).
 */

/** A text handed over: "gave … a short outline", "handed them a paper", "presented a paper". */
const HANDED_RE =
  /\b(?:gave|given|give|gives|handed|hands|presented|presents|passed|showed|shown|shared|sent|delivered|submitted|tabled|circulated)\b/iu;

/** Right after a text: "presented to … in Paris in April", "that was handed over in Geneva", up to a clause break. */
const HANDED_AFTER_RE =
  /^\s*,?\s*(?:(?:that|which)\s+(?:was|were|had\s+been|has\s+been|(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:and\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?(?:had\s+)?)\s*)?(?:presented|handed(?:\s+over)?|given|shown|delivered|submitted|tabled|unveiled|put)\b([^,;.:]{0,120})/u;

/** Right before a text: "presented a …", "handed them a …". */
const HANDED_BEFORE_RE =
  /\b(?:presented|handed|gave|showed|delivered|submitted|tabled|unveiled|sent)\s+(?:(?:them|him|her|it|us)\s+)?$/iu;

/** Between a text and its point count in apposition: ", now", ", which now runs to", ", of". */
const POINTS_APPOSITION_RE =
  /^\s*,\s*(?:now\s+|(?:which|that)\s+(?:now\s+)?(?:runs|ran|run|has|had|is|was|comes|came|stretches)\s+(?:to\s+)?(?:some\s+|just\s+)?|of\s+)?$/iu;

const INTRODUCE_RE =
  /\b(?:(?:answered|responded|countered|replied|come\s+up|came\s+up)\s+with|drawn\s+up|produced|issued|drafted|drew\s+up|drawn\s+up|tabled|unveiled|presented|proposed|put\s+forward|floated|submitted|prepared|crafted|offered|sent|circulated|released|published)\s+(?:(?:their|its|his|her)\s+own\s+)?$/iu;

/** Head nouns too plain to introduce a proposal of their own without an introducing verb. */
const PLAIN_NOUNS = new Set([
  'plan',
  'proposal',
  'framework',
  'draft',
  'version',
  'document',
  'deal',
  'agreement',
  'text',
  'initiative',
]);

/** A pack proposal's date pins a mention only when both are exact days and equal. */
function dateMatches(packDate: string | null, v: DateValue | null): boolean {
  if (!packDate || v === null || typeof v !== 'string') return false;
  return packDate.length === 10 && v === packDate;
}

/** The DATE value of a time expression in the sentence, after a presentation verb. */
function presentedDate(
  text: string,
  seg: Segmented,
  si: number,
  times: readonly TimeIn[],
): { value: DateValue | null; start: number; monthDay: string | null } | null {
  const s = seg.sentences[si];
  if (!s) return null;
  const verb = PRESENTED_RE.exec(text.slice(s.start, s.end));
  if (!verb) return null;
  for (const t of within(times, s.start + verb.index, s.end)) {
    if (t.type !== 'DATE') continue;
    if (t.value !== null) return { value: t.value, start: t.start, monthDay: null };
    // "on April 17" in a page with no publication date: the time stage cannot place the year, but
    // the month and day still pin a pack version dated on that day (see yearlessMatch).
    const md = MONTH_DAY_RE.exec(t.text);
    const mm = md ? MONTH_NUM.get((md[1] ?? md[4] ?? '').toLowerCase()) : undefined;
    const dd = md?.[2] ?? md?.[3];
    if (mm && dd) return { value: null, start: t.start, monthDay: `-${mm}-${dd.padStart(2, '0')}` };
  }
  return null;
}
/** "April 17", "17 April": a day of a month with no year. */
const MONTH_DAY_RE = new RegExp(
  `^(?:(?:on\\s+)?(${MONTH_NAMES.join('|')})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAMES.join('|')}))$`,
  'iu',
);
/**
 * A year-less day matches a pack version dated on that month and day when exactly one is: a page
 * without a publication date still names "the proposal presented in Paris on April 17".
 */
function yearlessMatch(proposals: readonly PackProposal[], monthDay: string): PackProposal | null {
  const hits = proposals.filter((p) => p.date?.length === 10 && p.date.endsWith(monthDay));
  return hits.length === 1 ? (hits[0] as PackProposal) : null;
}

/** Pass 1 over the candidates, in place: keys the ones pinned, drops plain nouns nothing pins. */
export function pinCandidates(
  text: string,
  seg: Segmented,
  m: ProposalMatcher,
  cands: Candidate[],
  times: readonly TimeIn[],
): void {
  // Pass 1: indefinite or generic mentions that a date pins to a pack proposal ("a US proposal presented in Paris on April 17").
  for (const c of cands) {
    if (c.kind !== 'generic' || c.key !== null) continue;
    const d = presentedDate(text, seg, c.sentence, times);
    if (!d) continue;
    const p = d.monthDay
      ? yearlessMatch(m.proposals, d.monthDay)
      : m.proposals.find((x) => dateMatches(x.date, d.value));
    // "the 19-point framework, a revision of the American plan agreed on November 23": the day is
    // the named version's; another text in its sentence is not pinned by it.
    if (
      p &&
      cands.some((x) => x !== c && x.sentence === c.sentence && x.kind !== 'generic' && x.key === p.id)
    )
      continue;
    if (p) c.key = p.id;
    else if (c.dateOnly) continue;
    // Only an exact day names a proposal of its own ("a proposal presented on April 17"); a week
    // or a month ("last week") is just when something was said.
    else if (c.indefinite && typeof d.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d.value))
      c.key = `dated:${typeof d.value === 'string' ? d.value : slug(JSON.stringify(d.value))}`;
  }
  // "In April, at a meeting in Paris, officials gave them a short outline": a plain noun handed over
  // where and when a pack version was (a month or place before it in its sentence) is that version.
  for (const c of cands) {
    if (!c.dateOnly || c.key !== null) continue;
    const s = seg.sentences[c.sentence];
    if (!s) continue;
    const lead = text.slice(s.start, c.start);
    if (!HANDED_RE.test(lead)) continue;
    const locs = (lead.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => locWordsOf(m).has(w));
    const keys = new Set(locs.map((w) => versionByLocative(m, [w])).filter((k) => k !== null));
    if (keys.size === 1) c.key = [...keys][0] as string;
  }
  // "The US proposal presented to European and Ukrainian officials in Paris in April": a text
  // followed by where and when it was handed over is the pack version of that place and month,
  // when every such word there names the same one (a month alone may fit two versions; the pack's
  // aliases and dates decide, as for "the Paris proposal").
  for (const c of cands) {
    if (c.kind !== 'generic' || c.key !== null || c.dateOnly || c.revised || c.original) continue;
    const s = seg.sentences[c.sentence];
    if (!s) continue;
    // "… presented a short US proposal to European officials in Paris": the verb before the text
    // and where it went after it say the same.
    const handed =
      HANDED_AFTER_RE.exec(text.slice(c.end, Math.min(s.end, c.end + 160))) ??
      (HANDED_BEFORE_RE.test(text.slice(Math.max(s.start, c.start - 30), c.start))
        ? /^([^,;.:]{0,120})/u.exec(text.slice(c.end, Math.min(s.end, c.end + 160)))
        : null);
    if (!handed) continue;
    const words = ((handed[1] ?? '').match(/\b(?:in|at|on)\s+\p{Lu}\p{Ll}+/gu) ?? []).map((w) =>
      (w.split(/\s+/).pop() as string).toLowerCase(),
    );
    const locs = words.filter((w) => locWordsOf(m).has(w));
    const keys = new Set(locs.map((w) => versionByLocative(m, [w])));
    if (locs.length > 0 && keys.size === 1 && !keys.has(null)) c.key = [...keys][0] as string;
  }
  // "The December draft, now 20 points long, …", "The text, which now runs to 20 points, …": a
  // point count in apposition right after a text says which version it is.
  for (const c of cands) {
    if (c.kind !== 'generic' || c.key !== null || c.dateOnly) continue;
    const x = cands.find((y) => y.start >= c.end && y.start - c.end <= 40 && y.sentence === c.sentence);
    if (x?.kind === 'points' && x.key !== null && POINTS_APPOSITION_RE.test(text.slice(c.end, x.start))) {
      c.key = x.key;
      c.points = x.points;
    }
  }
  const kept = cands.filter((c) => !c.dateOnly || c.key !== null);
  cands.length = 0;
  cands.push(...kept);
  // An indefinite mention that is the object of a drafting or presenting verb introduces a proposal
  // of its own ("European governments have drafted a counter-proposal"): a key from its head noun.
  for (const c of cands) {
    if (c.kind !== 'generic' || c.key !== null || !c.indefinite) continue;
    const s = seg.sentences[c.sentence];
    if (!s) continue;
    const lead = text.slice(Math.max(s.start, c.start - 40), c.start);
    // A head noun that is itself a kind of proposal ("a counter-proposal", "a roadmap") is new
    // whenever it is indefinite; the plain nouns need a verb that introduces them.
    // "produced a shorter document": a text described by its size is a version being compared,
    // not one introduced under a name of its own.
    if (c.sized) continue;
    if (INTRODUCE_RE.test(lead) || (!PLAIN_NOUNS.has(c.noun) && !c.revised && !c.original)) {
      c.key = `name:${slug(c.noun)}`;
      c.kind = 'named';
    }
  }
  // "A peace blueprint drawn up by … would require …. The 28-point document was assembled by …":
  // a lead that introduces a text by a bare head noun and names it by its point count or name in
  // the next sentence or two speaks of one proposal, when that is the only one named there.
  // So does "A draft … presented on Thursday. Its 28 points …": a day that names no pack version
  // is when that version was handed over, if the pack dates it no more precisely than that day.
  for (const c of cands) {
    const dated = c.key?.startsWith('dated:') ? c.key.slice(6) : null;
    if (!dated && (c.kind !== 'named' || c.key !== `name:${slug(c.noun)}` || c.key === COUNTER_KEY)) continue;
    // A heading right above the lead ("November: the 28 points") names the text the lead introduces.
    const heading = (x: Candidate) =>
      x.kind === 'points' &&
      x.end < c.start &&
      /^[^.!?\n]{0,20}\n\s*\n\s*$/u.test(text.slice(x.end, c.start)) &&
      !/[.!?]/u.test(text.slice(text.lastIndexOf('\n', x.start) + 1, x.end));
    const near = cands.filter(
      (x) =>
        ((x.start > c.end && x.sentence <= c.sentence + 2) || heading(x)) &&
        (x.kind === 'points' || x.kind === 'alias') &&
        !x.revised &&
        x.key !== null,
    );
    const keys = new Set(near.map((x) => x.key));
    const only = near[0];
    const packDate = only ? m.proposals.find((p) => p.id === only.key)?.date : undefined;
    const underHeading = !!only && only.start < c.start;
    if (dated && !underHeading && (!packDate || !dated.startsWith(packDate))) continue;
    // (overlapping readings of one phrase, "a draft" in "a draft peace agreement", are one mention)
    const same = cands.filter((x) => x !== c && x.key === c.key);
    if (
      only &&
      keys.size === 1 &&
      (same.length === 0 || underHeading || (dated && same.every((x) => x.sentence === c.sentence)))
    ) {
      for (const x of same) {
        x.key = only.key;
        x.kind = only.kind;
        x.points = only.points;
      }
      c.key = only.key;
      c.kind = only.kind;
      c.points = only.points;
    }
  }
  monthNamedVersions(text, seg, cands);
}

/**
 * "the December draft" after "a 20-point draft that the envoys drew up in December": a month before
 * the head noun names the version whose mention shared a sentence with that month, when exactly one
 * version was so named before it. Versions the pack dates are pinned by the pack's dates above; this
 * is for the texts the article itself dates.
 */
function monthNamedVersions(text: string, seg: Segmented, cands: readonly Candidate[]): void {
  for (const c of cands) {
    if (c.kind !== 'generic' || c.key !== null || c.indefinite) continue;
    const month = c.name
      .toLowerCase()
      .split(/\s+/)
      .slice(0, -1)
      .find((w) => MONTHS.has(w));
    if (!month) continue;
    const monthRe = new RegExp(`\\b${month}\\b`, 'iu');
    const keys = new Set<string>();
    for (const x of cands) {
      // (the month in the mention's own sentence is the mention's own)
      if (x.start >= c.start || x.key === null || x.sentence === c.sentence) continue;
      const s = seg.sentences[x.sentence];
      if (s && monthRe.test(text.slice(s.start, s.end)) && !monthRe.test(x.name)) keys.add(x.key);
    }
    if (keys.size === 1) c.key = [...keys][0] as string;
  }
}
