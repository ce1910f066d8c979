import { FLIP } from './stance-adjust.ts';
import { dropQualifiers } from './stance-object-filters.ts';
import type { StanceContext } from './stances.ts';
import { sentenceIndexOf, span, within } from './text.ts';
import type { ActorMentionIn, Stance, StanceClaim } from './types.ts';

/**
 * Stances named by a participle and its agent: "the idea, pushed by Britain and France, of sending
 * a force", "a European force backed by the United States". The predicate scan (stances.ts) drops
 * passives, because a passive's grammatical subject is not its holder; here the holder is the
 * agent after "by", and the object is the noun phrase the participle modifies (its own comma
 * segment before it) and an "of …" phrase right after the agent. Only issues are read: a stance on
 * a proposal as a whole is proposal-stances.ts's job.
 */

/**
 * Participles whose agent holds a stance, and the stance it holds. Not "backed by" / "supported
 * by": "guarantees backed by the United States" usually describes what a plan offers, not a
 * party's position.
 */
const AGENT_RE =
  /\b(pushed|proposed|championed|sought|demanded|advocated|requested|put\s+forward|favou?red|endorsed|welcomed|rejected|opposed|resisted|critici[sz]ed)\s+(?:(?:chiefly|mainly|mostly|largely|strongly|firmly|above\s+all)\s+)?by\s+/giu;
const STANCE_OF: Readonly<Record<string, Stance>> = {
  pushed: 'demands',
  proposed: 'demands',
  championed: 'demands',
  sought: 'demands',
  demanded: 'demands',
  advocated: 'demands',
  requested: 'demands',
  put: 'demands',
  favoured: 'supports',
  favored: 'supports',
  endorsed: 'supports',
  welcomed: 'supports',
  rejected: 'rejects',
  opposed: 'opposes',
  resisted: 'opposes',
  criticised: 'opposes',
  criticized: 'opposes',
};

/** ", and backed by …" right after the first agent: a coordinated participle and its own agent. */
const CHAINED_RE =
  /^\s*,?\s+and\s+(backed|supported|pushed|proposed|championed|endorsed|welcomed|favou?red|rejected|opposed|resisted)\s+by\s+/iu;

/** A time preposition before a hit: "after a ceasefire", "once the fighting stops". */
const TIME_LEAD_RE = /\b(?:after|once|before|following|until)\s+(?:(?:an?|the|any)\s+)?$/iu;

/** A general noun in apposition that only renames the phrase before it ("an idea", "a proposal"). */
const RENAMING_RE =
  /^\s*(?:an?|the)\s+(?:\p{L}+\s+)?(?:idea|proposal|notion|option|concept|scheme|plan|move|step|arrangement)\s*$/iu;

/** Words that may follow an agent that is a noun phrase of its own (not a modifier of a noun after it). */
const AFTER_AGENT_RE =
  /^(?:of|and|in|on|at|last|this|since|for|to|as|over|after|before|during|with|from|but|which|who|while|earlier|until|among|early|late)$/u;

/** The agent: actor mentions right after "by", joined by commas or "and" ("Britain and France"). */
function agents(text: string, actors: readonly ActorMentionIn[], from: number, to: number): ActorMentionIn[] {
  const out: ActorMentionIn[] = [];
  let at = from;
  for (const a of within(actors, from, to)) {
    // "by the United States", "by Paris and London", "by Britain, France and Germany".
    if (!/^(?:\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?)$/iu.test(text.slice(at, a.start))) break;
    out.push(a);
    at = a.end;
  }
  // "by American intelligence": a name modifying a common noun is no agent.
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(at, at + 20));
  if (next && !AFTER_AGENT_RE.test(next[1] as string)) return [];
  return out;
}

/** Where the comma segment ending at `bound` starts: after the last comma, colon, dash or bracket. */
function segmentStart(text: string, sentStart: number, bound: number): number {
  let at = sentStart;
  for (const c of [',', ';', ':', '—', '–', '(']) at = Math.max(at, text.lastIndexOf(c, bound - 1) + 1);
  return at;
}

export function agentClaims(ctx: StanceContext, out: readonly StanceClaim[]): StanceClaim[] {
  const { text, seg } = ctx;
  const added: StanceClaim[] = [];
  const re = new RegExp(AGENT_RE.source, AGENT_RE.flags);
  for (let x = re.exec(text); x !== null; x = re.exec(text)) {
    const si = sentenceIndexOf(seg, x.index);
    const sent = seg.sentences[si];
    if (!sent || x.index >= sent.end || ctx.described?.has(si)) continue;
    const stext = text.slice(sent.start, sent.end);
    if (/\?\s*["”’']?\s*$/u.test(stext)) continue;
    const word = (x[1] as string).toLowerCase().split(/\s/u)[0] as string;
    const stance = STANCE_OF[word];
    if (!stance) continue;
    const byEnd = x.index + x[0].length;
    const who = agents(text, ctx.actors, byEnd, Math.min(sent.end, byEnd + 80)).filter((a) =>
      ctx.isParty(a.actor),
    );
    if (who.length === 0) continue;
    const lead = text.slice(sent.start, x.index);
    // Not a finite passive clause ("the plan was rejected by Kyiv") nor a perfect ("has backed by"
    // is no English); only a reduced relative or an appositive participle modifies a noun.
    if (/\b(?:is|are|was|were|be|been|being|has|have|had)\s+(?:\p{L}+ly\s+|also\s+|now\s+)?$/iu.test(lead))
      continue;
    const bound = sent.start + lead.replace(/[\s,]+$/u, '').length;
    const segStart = segmentStart(text, sent.start, bound);
    let agentEnd = (who[who.length - 1] as ActorMentionIn).end;
    // "put forward by Kyiv and backed by European governments": a second participle and agent
    // coordinated with the first share its noun; "backed" holds a stance here, beside one that does.
    const holders: { a: ActorMentionIn; stance: Stance }[] = who.map((a) => ({ a, stance }));
    const chain = CHAINED_RE.exec(text.slice(agentEnd, sent.end));
    if (chain) {
      const from = agentEnd + chain[0].length;
      const more = agents(text, ctx.actors, from, Math.min(sent.end, from + 80)).filter((a) =>
        ctx.isParty(a.actor),
      );
      const word2 = (chain[1] as string).toLowerCase().split(/\s/u)[0] as string;
      const stance2 = STANCE_OF[word2] ?? 'supports';
      if (more.length > 0) {
        holders.push(...more.map((a) => ({ a, stance: stance2 })));
        agentEnd = (more[more.length - 1] as ActorMentionIn).end;
      }
    }
    // "…, pushed by Britain and France, of deploying a force": an of-phrase after the agent
    // completes the noun phrase before it.
    // A purpose clause after it ("… to let Ukraine hold a vote") is why, not what, and is left out.
    const ofM =
      /^\s*,?\s+of\s+(?:(?!\s(?:to\s+(?:let|allow|give|help|enable|ensure)|so\s+that|in\s+order\s+to)\b)[^,;.:]){1,120}/u.exec(
        text.slice(agentEnd, sent.end),
      );
    // The noun phrase modified: back to the comma, colon or dash before it; when that is only a
    // general noun in apposition ("the deployment of troops, an idea championed by Paris"), the
    // phrase it renames, one comma further back.
    const ranges: [number, number][] = [[segStart, x.index]];
    if (RENAMING_RE.test(text.slice(segStart, x.index)) && text[segStart - 1] === ',') {
      ranges.push([segmentStart(text, sent.start, segStart - 1), segStart - 1]);
    }
    if (ofM) ranges.push([agentEnd, agentEnd + ofM[0].length]);
    let hits = ranges.flatMap(([s, e]) => within(ctx.issues, s, e).filter((h) => h.end <= e));
    hits = dropQualifiers(text, hits, Math.min(...ranges.map((r) => r[0])));
    // "troops in Ukraine after a ceasefire": inside the noun phrase a time phrase dates the head, it
    // is no second object.
    hits = hits.filter(
      (h, i) => i === 0 || !TIME_LEAD_RE.test(text.slice(Math.max(0, h.start - 16), h.start)),
    );
    const date = ctx.published;
    for (const { a, stance: held } of holders)
      for (const h of hits) {
        const st = h.against ? FLIP[held] : held;
        if (
          [...out, ...added].some(
            (c) =>
              c.actor === a.actor &&
              c.issue === h.issue &&
              c.stance === st &&
              c.evidence.start === sent.start,
          )
        )
          continue;
        added.push({
          actor: a.actor,
          issue: h.issue,
          stance: st,
          proposal: null,
          date,
          evidence: span(text, sent.start, sent.end),
          rule: `stance:agent:${held === stance ? word : 'chained'}`,
        });
      }
  }
  return added;
}
