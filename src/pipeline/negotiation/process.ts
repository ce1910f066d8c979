import type { DateValue } from '../../core/types.ts';
import type { Segmented } from '../segment/index.ts';
import { findSubject } from './clause.ts';
import { HYPOTHETICAL_RE, PROCESS_CUES } from './lexicon.ts';
import { sentenceIndexOf, span, within } from './text.ts';
import type {
  ActorMentionIn,
  DeadlineClaim,
  ProcessClaim,
  ProcessState,
  ProposalMention,
  TimeIn,
} from './types.ts';

/**
 * Where each proposal stands as the text reports it (floated, drafted, presented, under
 * negotiation, accepted by a party, agreed, signed, implemented, abandoned) and the deadlines set
 * for it. A state predicate counts only right next to a proposal mention: as its predicate ("the
 * plan was drafted") or with the mention as its object ("unveiled a 28-point plan").
 */

const PROCESS_RE = new RegExp(
  `(?<![\\p{L}])(?:${PROCESS_CUES.map((c, i) => `(?<q${i}>${c.re})`).join('|')})(?![\\p{L}])`,
  'giu',
);

/** The named group of each cue, built once rather than on every match. */
const STATE_GROUPS: readonly string[] = PROCESS_CUES.map((_, i) => `q${i}`);

function stateOf(x: RegExpExecArray): ProcessState | null {
  const g = x.groups;
  if (!g) return null;
  for (let i = 0; i < PROCESS_CUES.length; i++)
    if (g[STATE_GROUPS[i] as string] !== undefined) return PROCESS_CUES[i]?.state ?? null;
  return null;
}

function sentenceDate(
  times: readonly TimeIn[],
  from: number,
  to: number,
  fallback: string | null,
): DateValue | null {
  const t = within(times, from, to).find((t) => t.type === 'DATE' && t.value !== null);
  return t?.value ?? fallback;
}

export function extractProcess(
  text: string,
  seg: Segmented,
  mentions: readonly ProposalMention[],
  actors: readonly ActorMentionIn[],
  times: readonly TimeIn[],
  published: string | null,
  isParty: (actor: string) => boolean,
): ProcessClaim[] {
  const out: ProcessClaim[] = [];
  const seen = new Set<string>();
  const re = new RegExp(PROCESS_RE.source, PROCESS_RE.flags);
  for (let x = re.exec(text); x !== null; x = re.exec(text)) {
    const state = stateOf(x);
    if (!state) continue;
    const vStart = x.index;
    const vEnd = vStart + x[0].length;
    const si = sentenceIndexOf(seg, vStart);
    const s = seg.sentences[si];
    if (!s || vStart >= s.end) continue;
    const lead = text.slice(s.start, vStart);
    if (HYPOTHETICAL_RE.test(lead.slice(-60)) || /\?\s*$/.test(text.slice(s.start, s.end))) continue;
    // The proposal: a mention just before (its subject) or just after (its object).
    const before = within(mentions, Math.max(s.start, vStart - 70), vStart).pop();
    const after = within(mentions, vEnd, Math.min(s.end, vEnd + 45))[0];
    const gapBefore = before ? text.slice(before.end, vStart) : '';
    const subjectMention = before && !/[,;]|\b(?:and|that|to|which)\b/i.test(gapBefore) ? before : undefined;
    const objectMention = after && !/[,;]/.test(text.slice(vEnd, after.start)) ? after : undefined;
    const mention = subjectMention ?? objectMention;
    if (!mention) continue;
    const negated = /\b(?:not|never|n['’]t|yet\s+to|no\s+longer)\s+(?:\w+\s+)?$/iu.test(
      text.slice(Math.max(s.start, vStart - 25), vStart),
    );
    let st: ProcessState = state;
    if (negated) {
      if (state === 'accepted' || state === 'agreed' || state === 'signed') st = 'not-accepted';
      else continue;
    }
    // Acceptance belongs to a party: the actor before the verb when the mention is the object.
    let actor: string | null = null;
    if (
      objectMention &&
      (st === 'accepted' ||
        st === 'not-accepted' ||
        st === 'signed' ||
        st === 'presented' ||
        st === 'drafted' ||
        st === 'floated')
    ) {
      const subj = findSubject(text, vStart, s.start, actors, null, []);
      const first = subj?.actors[0];
      if (first && isParty(first)) actor = first;
    }
    if ((st === 'accepted' || st === 'not-accepted') && actor === null) continue;
    const key = `${mention.proposal}|${st}|${actor}|${s.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      proposal: mention.proposal,
      state: st,
      actor,
      date: sentenceDate(times, s.start, s.end, published),
      evidence: span(text, s.start, s.end),
      rule: `process:${subjectMention ? 'subject' : 'object'}:${x[0].toLowerCase().replace(/\s+/g, '-')}`,
    });
  }
  return out;
}

const DEADLINE_RE =
  /\b(?:gave|give|gives|giving|given)\b[^.;]{0,40}?\buntil\b|\bdeadline\b|\b(?:by|before)\b(?=[^.;]{0,40}?\bto\s+(?:respond|reply|accept|agree|approve|sign|answer))/giu;
const NO_DEADLINE_RE =
  /\b(?:no|without\s+a|not\s+(?:a|any))\s+(?:\w+\s+)?deadline\b|\bdeadline\b[^.;]{0,30}\b(?:dropped|lifted|scrapped|abandoned|no\s+longer|was\s+not|is\s+not|isn['’]t|wasn['’]t)\b/iu;

export function extractDeadlines(
  text: string,
  seg: Segmented,
  actors: readonly ActorMentionIn[],
  times: readonly TimeIn[],
  focusAt: (offset: number) => string | null,
  mentions: readonly ProposalMention[],
): DeadlineClaim[] {
  const out: DeadlineClaim[] = [];
  const done = new Set<number>();
  const re = new RegExp(DEADLINE_RE.source, DEADLINE_RE.flags);
  for (let x = re.exec(text); x !== null; x = re.exec(text)) {
    const si = sentenceIndexOf(seg, x.index);
    const s = seg.sentences[si];
    if (!s || done.has(s.start) || x.index >= s.end) continue;
    const stext = text.slice(s.start, s.end);
    if (HYPOTHETICAL_RE.test(text.slice(Math.max(s.start, x.index - 30), x.index))) continue;
    const inSent = within(mentions, s.start, s.end);
    const proposal = inSent[0]?.proposal ?? focusAt(s.start);
    const none = NO_DEADLINE_RE.test(stext);
    // The date: the time expression nearest the cue, within the sentence.
    let date: DateValue | null = null;
    if (!none) {
      let best = Number.POSITIVE_INFINITY;
      for (const t of within(times, s.start, s.end)) {
        if (t.type !== 'DATE' || t.value === null) continue;
        const d = t.start >= x.index ? t.start - x.index : x.index - t.end;
        if (d < best) {
          best = d;
          date = t.value;
        }
      }
      if (date === null && !/\buntil\b|\bdeadline\b/i.test(x[0])) continue;
    }
    // Who must respond: "gave Kyiv until", "a deadline for Ukraine to respond".
    let actor: string | null = null;
    const whom = /\b(?:gave|give|gives|giving|given|for)\s+$/iu;
    for (const a of within(actors, s.start, s.end)) {
      if (whom.test(text.slice(Math.max(s.start, a.start - 8), a.start))) {
        actor = a.actor;
        break;
      }
    }
    done.add(s.start);
    out.push({
      proposal,
      actor,
      date,
      none,
      evidence: span(text, s.start, s.end),
      rule: none ? 'deadline:none' : `deadline:${x[0].toLowerCase().split(/\s+/)[0]}`,
    });
  }
  return out;
}
