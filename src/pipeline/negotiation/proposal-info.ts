import type { DateValue } from '../../core/types.ts';
import type { Segmented } from '../segment/index.ts';
import { foldCase, foldedRegExp } from './fold.ts';
import { DRAFTING_ACTIVE_RE, PRESENTED_RE } from './lexicon.ts';
import {
  ACTIVE_PERFECT_RE,
  activeSubjects,
  coDrafters,
  DRAFT_BY_RE,
  FROM_PARTIES_RE,
  HEADED_RE,
  JOINED_RE,
  lastDraftingVerb,
  listedActors,
  MADE_ACTIVE_RE,
  MEETING_MADE_RE,
  OVERSAW_RE,
  OWN_TEXT_RE,
  REL_DRAFTED_RE,
  RESHAPED_RE,
  REVISION_OF_RE,
  TEAMS_LED_RE,
  THE_TEXT_RE,
} from './proposal-drafters.ts';
import { sentenceIndexOf, span, within } from './text.ts';

/** The drafting verbs a sentence must hold for its drafters to be read, each global and, where exact, folded. */
const VERB_SCANS = [DRAFT_BY_RE, DRAFTING_ACTIVE_RE, ACTIVE_PERFECT_RE, MADE_ACTIVE_RE].map((re) => {
  const plain = new RegExp(re.source, 'giu');
  return { plain, folded: foldedRegExp(plain) };
});

/** "worked with A and B to craft": group 1 runs to "with", group 2 is the purpose verb. */
const WORKED_WITH_RE =
  /(\b(?:worked|works|work|working|teamed\s+up|collaborated|cooperated)\s+(?:closely\s+|together\s+)?with\s+)[^.;]{1,80}?(\s+to\s+(?:craft|draft|write|draw\s+up|rewrite|redraft|revise|rework|prepare|produce|put\s+together|hammer\s+out|work\s+out))\b/iu;
/** "a 22-point text that revises the 20-point draft": the first text is the newer of the two. */
const REVISES_NEXT_RE =
  /^\s*,?\s*(?:that|which)\s+(?:(?:has|have|had)\s+)?(?:revises|revised|replaces|replaced|supersedes|superseded|updates|updated|amends|amended|reworks|reworked|succeeds|succeeded)\s+$/iu;
/** "The framework that replaced it": a text that replaced the one just discussed. */
const REPLACED_IT_RE =
  /^\s*,?\s*(?:that|which)\s+(?:(?:has|have|had)\s+)?(?:replaced|replaces|superseded|supersedes|succeeded|succeeds|revised|revises|updated|updates)\s+(?:it|them)\b/iu;
/** "the new text", "the latest draft": a generic mention that can only be the newest text. */
const NEW_GENERIC_RE = /^(?:the|this)\s+(?:new|newer|newest|latest)\b/iu;

/**
 * Generic mentions the version under discussion cannot be, re-keyed for reading drafters: "the new
 * text" after the article has named a text that revises that version is the newer one; "the
 * framework that replaced it" is not the text "it" stands for, but the next one the sentence names
 * ("…, ran to 19 points"), else no text at all.
 */
function rekeyGenerics(
  text: string,
  mentions: readonly ProposalMention[],
  textRevises: ReadonlyMap<string, { key: string; evidence: LocalSpan }>,
): ProposalMention[] {
  // older key → the newer text and where the article first names it
  const newer = new Map<string, { key: string; at: number }>();
  const firstAt = (k: string) => mentions.find((m) => m.proposal === k)?.start ?? Number.POSITIVE_INFINITY;
  for (const [k, v] of textRevises) newer.set(v.key, { key: k, at: firstAt(k) });
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as ProposalMention;
    const b = mentions[i + 1] as ProposalMention;
    if (a.proposal !== b.proposal && REVISES_NEXT_RE.test(text.slice(a.end, b.start)))
      newer.set(b.proposal, { key: a.proposal, at: a.start });
  }
  const out: ProposalMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const mn = mentions[i] as ProposalMention;
    if (mn.rule !== 'generic') {
      out.push(mn);
      continue;
    }
    const n = newer.get(mn.proposal);
    if (NEW_GENERIC_RE.test(mn.text) && n && n.at < mn.start) {
      out.push({ ...mn, proposal: n.key });
      continue;
    }
    const prev = mentions[i - 1];
    if (prev && prev.proposal === mn.proposal && REPLACED_IT_RE.test(text.slice(mn.end, mn.end + 40))) {
      const next = mentions
        .slice(i + 1)
        .find((x) => x.proposal !== mn.proposal && !/[.!?]\s/u.test(text.slice(mn.end, x.start)));
      const k = n?.key ?? next?.proposal;
      if (k) out.push({ ...mn, proposal: k });
      continue;
    }
    out.push(mn);
  }
  return out;
}

/** After a nationality adjective: the group of unnamed people it describes ("US and Ukrainian delegations"). */
const GROUP_AFTER_RE =
  /^(?:\s*,?\s+(?:and\s+)?\p{Lu}[\p{L}.-]*){0,3}\s+(?:(?:senior|top|chief|lead|national\s+security|security)\s+)?(?:delegations?|negotiators?|negotiating\s+teams?|teams?|counterparts|diplomats|envoys|advisers|advisors|aides|sides|officials)\b/u;
/** A party named by its adjective or initials ("American", "Ukrainian", "French", "US"). */
const NATIONALITY_RE = /^(?:U\.?S\.?|U\.?K\.?|EU|\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i))$/u;
/** Verbs of handing a text over rather than writing it. */
const PRESENTING_RE =
  /^(?:handed|presented|delivered|submitted|agreed|settled|unveiled|issued|circulated|floated)\b/iu;
/** What may follow a hyphenated pair of parties up to the head of the proposal mention. */
const JOINT_HEAD_RE =
  /^\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:plan|framework|proposal|draft|text|deal|document|blueprint)\b/iu;

import type { ActorMentionIn, LocalSpan, ProposalInfo, ProposalMention, TimeIn } from './types.ts';

/**
 * "Drafted by A and B with input from C, the 28-point plan asked …": a participle opening the
 * sentence describes the main clause's subject, the mention right after the comma that closes the
 * phrase (a word or two of its own allowed: "Originally drafted by …", "Worked out in Miami by …").
 */
function frontedSubject(
  text: string,
  sStart: number,
  verbAt: number,
  inSentence: readonly ProposalMention[],
): ProposalMention | undefined {
  if (!/^[\s"“‘'(]*(?:[\p{L}-]+\s+){0,1}$/u.test(text.slice(sStart, verbAt))) return undefined;
  return inSentence.find(
    (mn) =>
      mn.start > verbAt &&
      /,\s*(?:[\p{L}-]+\s+){0,1}$/u.test(text.slice(Math.max(verbAt, mn.start - 30), mn.start)),
  );
}

/**
 * Proposal infos: once mentions are resolved, what the text says about each proposal, sentence
 * by sentence: its name and points, its drafters (which proposal a drafting predicate is about,
 * from passives, active verbs, relative clauses, the teams that met, "their own" text), where
 * and when it was presented and to whom, and the version it revises.
 */

/** What the text says about each proposal: drafters, where/when/to whom presented, what it revises. */
export function describe(
  text: string,
  seg: Segmented,
  mentionsIn: readonly ProposalMention[],
  actors: readonly ActorMentionIn[],
  places: readonly { start: number; end: number; text: string; place: string }[],
  times: readonly TimeIn[],
  textRevises: ReadonlyMap<string, { key: string; evidence: LocalSpan }>,
  focusAt: (offset: number) => string | null,
): ProposalInfo[] {
  const info = new Map<
    string,
    {
      name: string;
      points: number | null;
      authors: string[];
      /**
       * Weaker evidence, used only if the text names no drafter otherwise: who handed over,
       * presented or agreed the text, and parties named only as the adjective of a group.
       */
      weak: string[];
      ev: LocalSpan[];
      places: string[];
      date: DateValue | null;
      to: string[];
    }
  >();
  const get = (k: string) => {
    let v = info.get(k);
    if (!v) {
      v = { name: '', points: null, authors: [], weak: [], ev: [], places: [], date: null, to: [] };
      info.set(k, v);
    }
    return v;
  };
  for (const mn of mentionsIn) {
    const v = get(mn.proposal);
    if (mn.points !== null && v.points === null) v.points = mn.points;
    if (mn.rule !== 'generic' && mn.text.length > v.name.length)
      v.name = mn.text.replace(/^(?:the|a|an)\s+/i, '');
  }
  const mentions = rekeyGenerics(text, mentionsIn, textRevises);
  // Drafters and circumstances, sentence by sentence where a proposal is in focus.
  // Only where a drafting verb stands; found on the case-folded text, without the slow `i` flag (fold.ts).
  const sentencesWithVerb = new Set<number>();
  const folded = foldCase(text);
  for (const re of VERB_SCANS) {
    const on = re.folded ? folded : text;
    const g = on === text ? re.plain : (re.folded as RegExp);
    g.lastIndex = 0;
    for (let x = g.exec(on); x !== null; x = g.exec(on)) sentencesWithVerb.add(sentenceIndexOf(seg, x.index));
  }
  // The last sentence that named drafters, and the last that said a meeting produced a text.
  let lastDrafted: { si: number; key: string } | null = null;
  let lastMade: { si: number; key: string } | null = null;
  const addTo = (k: string, ids: readonly string[], ev: LocalSpan, presented = false) => {
    const w = get(k);
    // "During talks in Geneva, the US and Ukrainian delegations produced a framework": a sentence
    // that names the drafters only as groups of unnamed people ("American and Ukrainian
    // negotiators") gives way to one that names them, wherever the article does.
    const inEv = within(actors, ev.start, ev.end);
    const groupsOnly = ids.every((id) => {
      const own = inEv.filter((a) => a.actor === id);
      return (
        own.length > 0 &&
        own.every((a) => NATIONALITY_RE.test(a.text) && GROUP_AFTER_RE.test(text.slice(a.end, a.end + 60)))
      );
    });
    const into = presented || groupsOnly ? w.weak : w.authors;
    for (const id of ids) if (!into.includes(id)) into.push(id);
    w.ev.push(ev);
  };
  /** Actors that can be a clause's subject: not possessives, not after a preposition or article. */
  const subjectActors = (from: number, to: number) =>
    within(actors, from, to).filter(
      (a) =>
        !/^['’]s\b/u.test(text.slice(a.end, a.end + 3)) &&
        !/\b(?:the|of|for|to|with|from|by|on|in|at)\s+$/iu.test(
          text.slice(Math.max(from, a.start - 6), a.start),
        ),
    );
  /**
   * "The European counter-proposal takes the 28-point plan as its base and rewrites it. It was drawn
   * up by Powell …": a sentence opening on "It" continues the previous sentence's subject, the text
   * named at its very start, even when another text was named after it.
   */
  const subjectKey = (si: number): string | null => {
    const s = seg.sentences[si];
    const p = seg.sentences[si - 1];
    if (!s || !p || !/^\s*it\s/iu.test(text.slice(s.start, s.start + 4))) return null;
    const first = within(mentions, p.start, p.end)[0];
    return first && /^[\s"“]*$/u.test(text.slice(p.start, first.start)) ? first.proposal : null;
  };
  for (let si = 0; si < seg.sentences.length; si++) {
    const s = seg.sentences[si];
    if (!s) continue;
    const stext = text.slice(s.start, s.end);
    const inSentence = within(mentions, s.start, s.end);
    if (inSentence.length === 0) {
      const ev = span(text, s.start, s.end);
      // "Jared Kushner also took part": a name joining the drafting just described (within two sentences).
      const joined = JOINED_RE.exec(stext);
      if (
        joined &&
        lastDrafted &&
        si - lastDrafted.si <= 2 &&
        (/\balso\b/iu.test(joined[0]) ||
          /\b(?:sessions|drafting|writing|talks\s+in)\b/iu.test(stext) ||
          /^\s*[.!]?\s*$/u.test(stext.slice(joined[0].length)))
      ) {
        const first = subjectActors(s.start, s.start + joined.index + joined[0].length)[0];
        if (first && first.start - s.start <= 40) addTo(lastDrafted.key, [first.actor], ev);
      }
      // "Rubio led the US team, while Yermak headed the Ukrainian side", right after the talks that
      // produced the text: the heads of the delegations drafted it.
      if (lastMade && si - lastMade.si <= 2) {
        const heads: string[] = [];
        let from = s.start;
        for (const h of stext.matchAll(HEADED_RE)) {
          const at = s.start + (h.index ?? 0);
          const a = subjectActors(from, at).pop();
          if (a && !heads.includes(a.actor)) heads.push(a.actor);
          from = at + h[0].length;
        }
        // One head will do when a relative clause presents him as such ("Rubio, who led the US side
        // in Geneva, …"): the sentence is about the man, introduced by his part in those talks.
        if (
          heads.length >= 2 ||
          (heads.length === 1 && /,\s+who\s+(?:had\s+)?(?:led|headed)\s/iu.test(stext))
        )
          addTo(lastMade.key, heads, ev);
      }
    }
    const made = MEETING_MADE_RE.exec(stext);
    if (made) {
      // The verb's object ("produced a 19-point text"), else the text it ended with ("… cutting
      // the original plan down to 19 points").
      const vEnd = s.start + made.index + made[0].length;
      const mn =
        inSentence.find((x) => x.start >= vEnd && /^\s*(?:\S+\s+){0,3}$/u.test(text.slice(vEnd, x.start))) ??
        inSentence.filter((x) => x.start >= vEnd).pop();
      if (mn) lastMade = { si, key: mn.proposal };
      // "… sat down with a Ukrainian delegation headed by D and E. … the two delegations rewrote it
      // into a 19-point framework": the teams described just before drafted the text they produced.
      const prev = seg.sentences[si - 1];
      if (mn && prev && /\b(?:delegations|teams)\b/iu.test(made[0])) {
        const ptext = text.slice(prev.start, prev.end);
        const led = [...ptext.matchAll(TEAMS_LED_RE)];
        if (led.length >= 2 && within(mentions, prev.start, prev.end).length === 0) {
          const from = prev.start + (led[0]?.index ?? 0);
          const ids: string[] = [];
          for (const a of within(actors, from, prev.end)) {
            const after = text.slice(a.end, a.end + 20);
            // "Ukraine's security council", "a US team": owners and modifiers are not team members.
            if (/^['’]s\b|^\s+(?:team|delegation|side|officials|negotiators)\b/iu.test(after)) continue;
            if (
              !/(?:\bby|,|\band|\bwith)\s+(?:(?:\p{Lu}[\p{L}.-]*|of)\s+){0,5}$/u.test(
                text.slice(Math.max(from, a.start - 60), a.start),
              )
            )
              continue;
            if (!ids.includes(a.actor)) ids.push(a.actor);
          }
          if (ids.length >= 2) addTo(mn.proposal, ids, span(text, prev.start, s.end));
        }
      }
    }
    // "Rubio, who led the US side, and Yermak, the head of Zelensky's office, oversaw the redrafting".
    const oversaw = OVERSAW_RE.exec(stext);
    if (oversaw) {
      const k = inSentence.find((x) => x.start < s.start + oversaw.index)?.proposal ?? focusAt(s.start);
      const ids = subjectActors(s.start, s.start + oversaw.index).map((a) => a.actor);
      if (k && ids.length > 0) {
        addTo(k, [...new Set(ids)], span(text, s.start, s.end));
        lastDrafted = { si, key: k };
      }
    }
    // "Britain, France and Germany had drafted their own answer. Their counter-proposal keeps …":
    // "their" text opening the next sentence is the one those drafters just wrote.
    const first0 = inSentence[0];
    const prevS = seg.sentences[si - 1];
    if (first0 && prevS && /^\W*their\s+/iu.test(text.slice(s.start, first0.end))) {
      const ptext = text.slice(prevS.start, prevS.end);
      const own = OWN_TEXT_RE.exec(ptext);
      if (own) {
        // The subject: the list of names right before the verb ("Britain, France and Germany had").
        const verbAt = prevS.start + own.index;
        const ids: string[] = [];
        let at = verbAt;
        const list = within(actors, prevS.start, verbAt);
        for (let k = list.length - 1; k >= 0; k--) {
          const a = list[k] as ActorMentionIn;
          const gap = text.slice(a.end, at);
          const ok =
            ids.length === 0
              ? /^\s+(?:(?:have|has|had|also|now|then|quickly|already)\s+){0,2}$/iu.test(gap)
              : /^\s*(?:,|,?\s+and)\s*$/iu.test(gap);
          if (!ok) break;
          // "… reaching Kyiv, Britain, France and Germany had": a name after a verb or preposition
          // ends the clause before the list; it is not one of the subjects.
          if (!/(?:^|[,;:—–]|\band)\s*$/u.test(text.slice(Math.max(prevS.start, a.start - 12), a.start)))
            break;
          if (!ids.includes(a.actor)) ids.unshift(a.actor);
          at = a.start;
        }
        if (ids.length > 0) addTo(first0.proposal, ids, span(text, prevS.start, s.end));
      }
    }
    const textKey = () => subjectKey(si) ?? focusAt(s.start);
    const key = inSentence[0]?.proposal ?? (THE_TEXT_RE.test(stext) ? textKey() : null);
    if (!key) continue;
    const v = get(key);
    // Drafters come only from a drafting predicate whose object is the proposal: the passive's
    // subject ("the plan, drafted by …") or the active verb's object ("… drew up the plan with …").
    // A counter-proposal drafted by others in the same sentence does not lend them this one.
    if (sentencesWithVerb.has(si)) {
      const addAuthors = (k: string, ids: readonly string[], presented = false) => {
        if (ids.length === 0) return;
        addTo(k, ids, span(text, s.start, s.end), presented);
        lastDrafted = { si, key: k };
      };
      const byAll = [...stext.matchAll(new RegExp(DRAFT_BY_RE.source, 'giu'))];
      const by = byAll[0];
      if (by) {
        let prevEnd = s.start;
        for (const b of byAll) {
          // The subject is the mention just before "by" ("a 28-point plan drafted by …"), not one
          // before an earlier verb of the same match ("produced two texts: a plan drafted by").
          const byAt = s.start + (b.index ?? 0) + b[0].length;
          // "designed … by giving US negotiators language": "by" and a gerund is a means, not an agent.
          if (/^\p{Ll}+ing\b/u.test(text.slice(byAt, byAt + 20))) continue;
          // The subject stands before the verb ("the counter-plan was designed less to replace the
          // American draft than …": not the draft named inside the verb phrase).
          const candidatesFor = (limit: number) =>
            inSentence.filter(
              (mn) =>
                mn.end <= limit &&
                mn.start >= prevEnd &&
                !REVISION_OF_RE.test(text.slice(Math.max(s.start, mn.start - 20), mn.start)),
            );
          const verbAt = lastDraftingVerb(text, s.start + (b.index ?? 0), byAt);
          const subj =
            candidatesFor(verbAt + 1).pop() ??
            candidatesFor(byAt).pop() ??
            frontedSubject(text, s.start, verbAt, inSentence);
          const k = subj ? subj.proposal : prevEnd === s.start && THE_TEXT_RE.test(stext) ? textKey() : null;
          // The list ends at the next proposal mention ("…, and a shorter framework that …").
          const nextMn = inSentence.find((mn) => mn.start >= byAt);
          const listed = listedActors(text, byAt, nextMn ? nextMn.start : s.end, actors);
          // "written by Witkoff with input from Dmitriev": contributors after the list draft too.
          const more = coDrafters(text, listed.end, nextMn ? nextMn.start : s.end, actors);
          if (k) addAuthors(k, [...listed.ids, ...more], PRESENTING_RE.test(text.slice(verbAt, verbAt + 12)));
          prevEnd = byAt;
        }
      } else {
        const act =
          new RegExp(DRAFTING_ACTIVE_RE.source, 'iu').exec(stext) ??
          ACTIVE_PERFECT_RE.exec(stext) ??
          MADE_ACTIVE_RE.exec(stext);
        if (act) {
          const vEnd = s.start + act.index + act[0].length;
          // "initialled the text of a 17-article treaty": the text of a proposal is the proposal.
          const obj = inSentence.find(
            (mn) =>
              mn.start >= vEnd &&
              /^\s*(?:the\s+(?:text|draft|wording|terms)\s+of\s+)?(?:[\p{L}'’-]+\s+){0,2}$/u.test(
                text.slice(vEnd, mn.start),
              ) &&
              // "wrote afterwards that the 20-point text was …": a reported clause, not the thing written.
              !/\b(?:that|whether|how|about|to|on)\s/iu.test(text.slice(vEnd, mn.start)),
          );
          if (obj) {
            // "rewrote the plan into a 19-point framework": the drafters wrote the result.
            const into = /^\s+into\s+/iu.exec(text.slice(obj.end, s.end));
            const made = into ? inSentence.find((mn) => mn.start === obj.end + into[0].length) : undefined;
            const subj = activeSubjects(text, s.start, s.start + act.index, actors);
            // "… drafted the plan with Kirill Dmitriev": co-drafters after the object.
            // … past a place or a time ("drew up the plan in Miami in October together with …").
            const w =
              /^(?:\s+(?:in|on|at|during|last|this|earlier)\s+(?:[\p{L}\d]+\s+){0,1}[\p{L}\d]+){0,2}\s*,?\s+(?:together\s+)?with\s+/iu.exec(
                text.slice(obj.end, s.end),
              );
            const co = w ? listedActors(text, obj.end + w[0].length, s.end, actors).ids : [];
            addAuthors((made ?? obj).proposal, [...subj, ...co]);
          } else {
            // "rewrote it in Geneva into a 19-point framework": a pronoun object, then the result.
            const into = /^\s+(?:it|them)\b[^.;]{0,40}?\binto\s+/iu.exec(text.slice(vEnd, s.end));
            const made = into ? inSentence.find((mn) => mn.start === vEnd + into[0].length) : undefined;
            if (made) addAuthors(made.proposal, activeSubjects(text, s.start, s.start + act.index, actors));
          }
        }
      }
    }
    // "a framework that American and Ukrainian officials worked out", "the short proposal that
    // Witkoff and Rubio handed to …": the relative clause's subject drafted (or put forward) its
    // antecedent, whatever else the sentence says.
    for (const ante of inSentence) {
      const rel = REL_DRAFTED_RE.exec(text.slice(ante.end, s.end));
      if (!rel || text.slice(ante.end, s.end).indexOf(rel[0]) !== 0) continue;
      const subjFrom = ante.end + (/^\s*,?\s*(?:that|which)\s+/iu.exec(rel[0])?.[0].length ?? 0);
      const ids = listedActors(text, subjFrom, subjFrom + (rel[1] as string).length, actors).ids;
      // "… that Witkoff drew up in October with Kushner and with Dmitriev": co-drafters after the verb
      // and a short time or place phrase.
      const relEnd = ante.end + rel[0].length;
      const lead =
        /^\s+(?:(?:in|during|over|last|earlier|this)\s+(?:[\p{L}\d]+\s+){0,2}?)?(?=(?:together\s+)?with\s|working\s)/iu.exec(
          text.slice(relEnd, s.end),
        );
      if (ids.length > 0 && lead) ids.push(...coDrafters(text, relEnd + lead[0].length, s.end, actors));
      if (ids.length > 0) {
        addTo(
          ante.proposal,
          ids,
          span(text, s.start, s.end),
          PRESENTING_RE.test((rel[2] as string).replace(/^(?:had|have|has)\s+/iu, '')),
        );
        lastDrafted = { si, key: ante.proposal };
      }
    }
    // "delegations led by A and B cut the document down to 19 points": whoever cut or turned one
    // text into another (the result named after "to"/"into") drafted the result.
    for (const obj of inSentence) {
      if (!RESHAPED_RE.test(text.slice(Math.max(s.start, obj.start - 20), obj.start))) continue;
      const to = /^\s+(?:(?:down|back)\s+)?(?:to|into)\s+$/iu;
      const made = inSentence.find(
        (mn) => mn.start > obj.end && mn.proposal !== obj.proposal && to.test(text.slice(obj.end, mn.start)),
      );
      if (!made) continue;
      const verb = /\p{L}+\s+$/u.exec(text.slice(s.start, obj.start));
      const ids = activeSubjects(text, s.start, s.start + (verb?.index ?? 0), actors);
      if (ids.length > 0) {
        addTo(made.proposal, ids, span(text, s.start, s.end));
        lastDrafted = { si, key: made.proposal };
      }
    }
    // "the counter-proposal from Britain, France and Germany": the parties it came from drafted it.
    for (const mn of inSentence) {
      const from = FROM_PARTIES_RE.exec(text.slice(mn.end, s.end));
      if (!from) continue;
      const ids = listedActors(text, mn.end + from[0].length, s.end, actors).ids;
      if (ids.length > 0) addTo(mn.proposal, ids, span(text, s.start, s.end));
    }
    // "American officials teamed up with Kyiv and the Europeans to rewrite the text": those who
    // worked together on the writing drafted the text.
    const wk = WORKED_WITH_RE.exec(stext);
    if (wk) {
      const verbAt = s.start + wk.index;
      const afterTo = verbAt + wk[0].length;
      const obj =
        inSentence.find(
          (mn) => mn.start >= afterTo && /^\s*(?:[\p{L}'’-]+\s+){0,3}$/u.test(text.slice(afterTo, mn.start)),
        )?.proposal ?? (/^\s*it\b/iu.test(text.slice(afterTo, afterTo + 4)) ? focusAt(s.start) : null);
      if (obj) {
        const withAt = verbAt + (wk[1] as string).length;
        // The subject starts after a subordinator ("But while US officials worked with …").
        const lead = text.slice(s.start, verbAt);
        const sub = [
          ...lead.matchAll(/\b(?:while|as|when|after|before|since|because|although|though|but)\s+/giu),
        ].pop();
        const subj = activeSubjects(
          text,
          s.start + (sub ? (sub.index ?? 0) + sub[0].length : 0),
          verbAt,
          actors,
        );
        const co = listedActors(text, withAt, verbAt + (wk[0].length - (wk[2] as string).length), actors).ids;
        if (subj.length + co.length > 0) addTo(obj, [...subj, ...co], span(text, s.start, s.end));
      }
    }
    // "the revised U.S.-Ukraine peace plan": two parties joined by a hyphen in front of the text.
    for (const mn of inSentence) {
      const pair = within(actors, Math.max(s.start, mn.start - 40), mn.end).filter((a) => a.end <= mn.end);
      for (let i = 0; i + 1 < pair.length; i++) {
        const a = pair[i] as ActorMentionIn;
        const b = pair[i + 1] as ActorMentionIn;
        if (
          /^[-–]$/u.test(text.slice(a.end, b.start)) &&
          JOINT_HEAD_RE.test(text.slice(b.end, Math.max(b.end, mn.end)))
        )
          addTo(mn.proposal, [a.actor, b.actor], span(text, s.start, s.end));
      }
    }
    const pv = PRESENTED_RE.exec(stext);
    if (pv) {
      const after = s.start + pv.index;
      for (const p of within(places, after, s.end)) if (!v.places.includes(p.place)) v.places.push(p.place);
      if (v.date === null) {
        const t = within(times, after, s.end).find((t) => t.type === 'DATE' && t.value !== null);
        if (t) v.date = t.value;
      }
      const to =
        /\b(?:presented|handed|delivered|submitted|sent|shown|shared)\b[^.;]{0,60}?\b(?:to|with)\s+/iu.exec(
          stext,
        );
      if (to) {
        const { ids } = listedActors(text, s.start + to.index + to[0].length, s.end, actors);
        for (const id of ids) if (!v.to.includes(id)) v.to.push(id);
      }
    }
  }
  return [...info.entries()].map(([key, v]) => ({
    key,
    name: v.name || key,
    points: v.points,
    // "The 20-point plan that Zelensky presented, worked out by Umerov with Witkoff": whoever the text
    // says wrote it are the drafters; one who only presented or handed it over stands in for them
    // only when no writer is named ("the short proposal that Witkoff and Rubio handed to …").
    authors: v.authors.length > 0 ? v.authors : v.weak,
    authorEvidence: v.ev,
    places: v.places,
    date: v.date,
    presentedTo: v.to,
    revises: textRevises.get(key)?.key ?? null,
    revisesEvidence: textRevises.get(key)?.evidence ?? null,
  }));
}
