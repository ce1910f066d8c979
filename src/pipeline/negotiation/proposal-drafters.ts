import { DRAFTING_BY_RE } from './lexicon.ts';
import { within } from './text.ts';
import type { ActorMentionIn } from './types.ts';

/**
 * Drafters: the predicates that say who wrote, presented or negotiated a text, and the readers
 * that turn the words after them into actor ids ("by A, B and C, an envoy for D", co-drafters
 * "together with E", the subject of an active "drew up"). proposal-info.ts decides which
 * proposal a sentence's drafters belong to; this file only reads the lists.
 */

/**
 * Drafting predicates beyond the shared lexicon's "drafted/written/… by": who assembled, presented,
 * put forward or tabled a text ("presented by Witkoff and Rubio"), whose brainchild it is, and the
 * talks it came out of ("the product of talks in Miami between A, B and C"). Each ends where the
 * list of drafters starts, so it is read exactly like "drafted by".
 */
const EXTRA_DRAFTING_BY =
  String.raw`\b(?:assembled|compiled|presented|put\s+forward|tabled|floated|circulated|unveiled|issued|conceived|designed|brokered|cobbled\s+together|thrashed\s+out|pieced\s+together|drawn\s+up|co-?written|co-?authored|agreed(?:\s+on)?|settled)\b(?:[^.;]{0,80}?)\bby\s+` +
  // "the draft agreed last weekend between US and Ukrainian negotiators": the two sides that agreed it.
  String.raw`|\b(?:agreed|negotiated|hammered\s+out|worked\s+out|thrashed\s+out)\b(?:[^.;]{0,40}?)\bbetween\s+` +
  String.raw`|\bbrainchild\s+of\s+` +
  // "The December draft was the work of Umerov and Witkoff", "the plan, the handiwork of A, …": a
  // predicate or appositive only, so "the work of the commission" in passing names no one.
  String.raw`|(?:\b(?:is|was|are|were)|,)\s+(?:(?:largely|mostly|chiefly|mainly|essentially)\s+)?the\s+(?:joint\s+)?(?:work|handiwork)\s+of\s+` +
  String.raw`|\b(?:(?:came|comes|emerged|emerges|grew|grows)\s+out\s+of|emerged\s+from|(?:the\s+)?(?:product|outcome|result|fruit)\s+of)\s+(?:\p{L}+\s+){0,2}?(?:talks|meetings|sessions|negotiations|discussions|consultations|contacts)\b[^.;]{0,60}?\bbetween\s+`;
export const DRAFT_BY_RE = new RegExp(`${DRAFTING_BY_RE.source}|${EXTRA_DRAFTING_BY}`, 'giu');
const DRAFT_BY_AT = new RegExp(DRAFT_BY_RE.source, 'iuy');

/**
 * Where the verb of a "… by" match really is: the last drafting verb inside it that still reaches the
 * same "by" ("floated in a European counter-proposal circulated on Sunday by A" → "circulated"). The
 * match is lazy from the first verb, so a second participle nearer "by" would otherwise be skipped.
 */
export function lastDraftingVerb(text: string, at: number, end: number): number {
  let verbAt = at;
  for (const w of text.slice(at + 1, end).matchAll(/\b\p{L}/gu)) {
    const p = at + 1 + (w.index ?? 0);
    DRAFT_BY_AT.lastIndex = p;
    const m = DRAFT_BY_AT.exec(text);
    if (m && p + m[0].length === end) verbAt = p;
  }
  return verbAt;
}

/** Active drafting in the perfect ("have drawn up a counter-proposal"), beside the lexicon's simple past. */
export const ACTIVE_PERFECT_RE =
  /\b(?:have|has|had)\s+(?:(?:now|already|also|quietly|jointly)\s+)?(?:drawn\s+up|written|drafted|put\s+together|prepared|produced|come\s+up\s+with|worked\s+out|hammered\s+out)\b/iu;
/**
 * Active verbs of making a text beyond the lexicon's drafting verbs: "The advisers of Britain,
 * France and Germany produced a counter-proposal", "Dmitriev co-wrote the plan with Witkoff",
 * "Ukraine helped write the new text",
 * "Europe answered with a counter-proposal". Their subject made the text; a subject with no actor
 * in it ("Talks in Geneva produced a framework") names no drafter.
 */
export const MADE_ACTIVE_RE =
  /\b(?:produced|co-?wrote|co-?authored|co-?drafted|(?:answered|responded|countered|replied)\s+with|came\s+up\s+with|(?:helped|helps|help)\s+(?:to\s+)?(?:write|draft|draw\s+up|rewrite|redraft|craft|shape|put\s+together))\b/iu;
/** "the counter-proposal from Britain, France and Germany": a text from parties is theirs. */
export const FROM_PARTIES_RE = /^\s+from\s+(?=\p{Lu})/u;
/** Co-drafters after the list: "written by Witkoff with Kushner", "…, who drew it up with Rubio". */
const CO_DRAFTERS_RE =
  /^\s*,?\s*(?:(?:together\s+)?with(?:\s+(?:input|help|contributions?|assistance)\s+from)?|(?:working|acting)\s+(?:closely\s+)?with|in\s+(?:collaboration|consultation|concert|tandem)\s+with|alongside|(?:who|which)\s+\p{L}+\s+(?:it|them)\s+(?:up\s+|out\s+|together\s+)?with|and\s+(?:(?:later\s+)?(?:refined|revised|reworked|finished|finali[sz]ed)\s+(?:it\s+)?)?with)\s+/iu;

/** A sentence whose subject is the text in focus without naming it ("It was drafted by …", "The offer was the brainchild of …"). */
export const THE_TEXT_RE =
  /^\s*(?:it|the\s+(?:(?:new|revised|slimmer|shorter|leaner|updated|latest|amended|current)\s+)?(?:document|text|draft|offer|terms|paper|version))\b/iu;
/** "A and B oversaw the redrafting": those who ran the writing of the text in focus drafted it. */
export const OVERSAW_RE =
  /\b(?:oversaw|supervised|led|ran|steered|directed|handled)\s+(?:the\s+)?(?:re-?drafting|drafting|writing|rewriting|rewrite|redraft|revision)\b/iu;
/** What comes between a drafter and a co-drafter: an apposition (", who runs …,", ", the head of …,"). */
const APPOSITION_RE = /^\s*,?\s*(?:(?:who|which)\s|(?:the|a|an)\s)[^,;.]{0,90},/iu;
/**
 * Co-drafters after the list, repeatedly and across an apposition: "drawn up by Witkoff together
 * with Dmitriev, the head of the fund, with input from Kushner", "by Witkoff and Dmitriev, who
 * runs the fund, with Kushner also taking part".
 */
export function coDrafters(
  text: string,
  from: number,
  to: number,
  actors: readonly ActorMentionIn[],
): string[] {
  const ids: string[] = [];
  let at = from;
  for (let n = 0; n < 3 && at < to; n++) {
    let rest = text.slice(at, to);
    const app = APPOSITION_RE.exec(rest);
    if (app) {
      at += app[0].length;
      rest = rest.slice(app[0].length);
    }
    const co = CO_DRAFTERS_RE.exec(rest);
    if (!co) break;
    const listed = listedActors(text, at + co[0].length, to, actors);
    if (listed.ids.length === 0) break;
    for (const id of listed.ids) if (!ids.includes(id)) ids.push(id);
    at = listed.end;
  }
  return ids;
}
/** A fronted adverbial opening a sentence ("In Geneva on Sunday, …", "After two days of talks, …"). */
const FRONTED_RE =
  /^\s*(?:at|in|on|after|during|over|following|before|since|later|earlier|last|this|by|under|within|days|weeks|hours)\b[^,;:—]{0,80},\s*/iu;
/** Verbs that cut a text down into a new version: "cut the document down to 19 points". */
export const RESHAPED_RE =
  /\b(?:cut|cuts|trimmed|trims|pared|whittled|slimmed|shortened|condensed|boiled|reduced|streamlined|turned|recast)\s+$/iu;
/**
 * The subject of an active drafting verb: the actors of its own clause. "Tusk said Europe needed
 * to know who wrote the plan": "who" is the subject, Tusk only reports; "Witkoff, who drew up the
 * plan": the name before the relative pronoun.
 */
export function activeSubjects(
  text: string,
  from0: number,
  verbAt: number,
  actors: readonly ActorMentionIn[],
): string[] {
  // "At talks in Geneva on November 23, delegations led by A and B cut …": a fronted time or place
  // phrase ends at its comma; the subject starts after it.
  const fronted = FRONTED_RE.exec(text.slice(from0, verbAt));
  const from = from0 + (fronted ? fronted[0].length : 0);
  const lead = text.slice(from, verbAt);
  let cut = -1;
  let wh = false;
  for (const x of lead.matchAll(
    /\b(?:said|says|told|asked|wondered|know|knows|knew|whether|that|who|whom|whoever|if)\b|[;:—]/giu,
  )) {
    cut = (x.index ?? 0) + x[0].length;
    wh = /^(?:who|whom|whoever)$/iu.test(x[0]);
  }
  if (cut < 0) return listedActors(text, from, verbAt, actors).ids;
  if (wh) {
    const before = text.slice(from, from + cut).replace(/\s*\p{L}+$/u, '');
    const named = within(actors, from, from + before.length);
    let a = named.pop();
    // "Kirill Dmitriev, the Russian envoy who co-wrote …": the name before its appositive.
    if (
      !a ||
      !/^\s*(?:,\s*(?:the|a|an)\s+[^,;()]{1,60}?)?,?\s*$/u.test(text.slice(a.end, from + before.length))
    )
      return [];
    // "Steve Witkoff and Jared Kushner, who drew up …": the whole coordinated subject.
    const ids = [a.actor];
    for (let b = named.pop(); b !== undefined; b = named.pop()) {
      if (!/^\s*(?:,|,?\s+and)\s*$/u.test(text.slice(b.end, a.start))) break;
      if (!ids.includes(b.actor)) ids.unshift(b.actor);
      a = b;
    }
    return ids;
  }
  // "Ukrainian and American officials said they had produced a framework": "they" (or "we") is the
  // reporting clause's own subject.
  if (
    /^\s*(?:they|we)\s+(?:(?:had|have|has|jointly|together|also|now)\s+){0,2}$/iu.test(
      text.slice(from + cut, verbAt),
    )
  ) {
    const rep = /\b(?:said|says|told)\b/iu.exec(lead);
    if (rep) return listedActors(text, from, from + rep.index, actors).ids;
  }
  return listedActors(text, from + cut, verbAt, actors).ids;
}
/** "Jared Kushner also took part", "X sat in on several of the sessions": one more hand on the text just described. */
export const JOINED_RE =
  /^[^.;]{0,80}?\b(?:also\s+)?(?:took\s+part|takes\s+part|participated|sat\s+in\s+on|was\s+(?:also\s+)?involved|contributed)\b/iu;
/** "talks between the delegations produced a shorter document": a text made at a meeting. */
export const MEETING_MADE_RE =
  /\b(?:talks|negotiations|session|sessions|meeting|meetings|delegations|negotiators|teams)\b[^.;]{0,120}?\b(?:produced|yielded|agreed|drafted|hammered\s+out|worked\s+out|came\s+up\s+with|finali[sz]ed|rewrote|redrafted|reworked)\b/iu;
/** "… had drafted their own answer": a drafting verb whose object is the subject's own text. */
export const OWN_TEXT_RE =
  /\b(?:drafted|drew\s+up|drawn\s+up|wrote|written|produced|prepared|put\s+together|come\s+up\s+with|came\s+up\s+with)\s+(?:their|its)\s+own\b/iu;
/** "A US team led by A, with B and C, sat down with a delegation headed by D": who was on the teams. */
export const TEAMS_LED_RE = /\b(?:team|delegation|side)\s+(?:led|headed)\s+by\b/giu;
/** "Rubio led the US team, while Yermak headed the Ukrainian side": the heads of the delegations. */
export const HEADED_RE =
  /\b(?:led|headed|heads|leads|led\s+by|headed\s+by)\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,2}?(?:team|side|delegation|negotiators)\b/giu;

/**
 * "the plan that A drew up", also across one appositive after a name ("that Steve Witkoff, the
 * White House envoy, drew up", "that A and B, then Kyiv's chief negotiator, produced"): the comma
 * must open a determiner, "then"/"now" or a possessive phrase, so "which Kyiv rejected, and which
 * Witkoff drafted" does not run two clauses together.
 */
export const REL_DRAFTED_RE =
  /^\s*,?\s*(?:that|which)\s+([^,;]{1,80}?(?:,\s+(?:(?:the|a|an|then|now|formerly|his|her|its|their)\s|\p{Lu}[\p{L}.-]*['’]s\s)[^,;]{1,70},[^,;]{0,60}?)?)\s+((?:had\s+|have\s+|has\s+)?(?:drafted|drew\s+up|wrote|authored|crafted|devised|hammered\s+out|worked\s+out|put\s+together|negotiated|finished|finali[sz]ed|prepared|produced|agreed(?:\s+on)?|settled\s+on|reworked|rewrote|revised|redrafted|amended|handed|presented|delivered|tabled|submitted|put\s+forward|initiall?ed))\b/iu;
/** "a revision of the November plan negotiated by …": the mention after "revision of" is not the subject. */
// "the successor to the Geneva framework": the earlier version named as a point of reference.
export const REVISION_OF_RE =
  /\b(?:(?:revision|version|rewrite|update|overhaul)\s+of|(?:successor|sequel|follow-up|replacement)\s+(?:to|of|for))\s+$/iu;

/** "his French and German counterparts": unnamed people known only by their tie to a named drafter. */
const TIED_PEOPLE_RE =
  /\b(?:his|her|their)\s+(?:[\p{L}-]+,?\s+){0,5}?(?:counterparts|colleagues|deputies|aides|opposite\s+numbers)\b/giu;
/** Splits a "by A, B and C, an envoy for D" phrase into the named drafters. */
export function listedActors(
  text: string,
  from: number,
  to: number,
  actors: readonly ActorMentionIn[],
): { ids: string[]; end: number } {
  const ids: string[] = [];
  const region = text.slice(from, to);
  // The list ends where a clause that is not part of it starts.
  const stop =
    /\b(?:and|but)\s+\p{L}+(?:ed|en)\s+by\b|\b(?:and|but)\s+(?:was|were|is|are|has|have|had|then|later)\b|,\s+(?:had|has|have|was|were|is|are|did|does)\s|,\s+(?:\p{L}+\s+){0,3}(?:said|says|reported|reports|added|told)\b|\b(?:during|according|in\s+(?!the\s+(?:us|u\.s\.))|at|on|last|after|before|while|who|which|with|to|earlier|late)\b|\b(?:would|will|could|should|can|may|might|must|shall)\b/iu.exec(
      region,
    );
  // ", obliged Ukraine to …": a lower-case verb after a comma starts the main clause (case-sensitive).
  // Irregular pasts too: "…, met Zelensky", "…, spent five hours".
  const verb =
    /,\s+(?!and\b|an?\b|the\b)(?:\p{Ll}+(?:ed|es)|met|spent|said|told|held|made|gave|took|left|came|went|flew|sat|led|kept|sent|began|saw|became|brought)\s/u.exec(
      region,
    );
  const cut = Math.min(stop ? stop.index : region.length, verb ? verb.index : region.length);
  const end = from + cut;
  // "by Powell, with his French and German counterparts": people described only by their tie to a
  // drafter already named; the adjectives in that phrase do not make their states drafters.
  const tied = [...text.slice(from, end).matchAll(TIED_PEOPLE_RE)].map((t) => [
    from + (t.index ?? 0),
    from + (t.index ?? 0) + t[0].length,
  ]);
  // Split on list separators, remembering which came before each item: a bare comma before a
  // determiner phrase ("Kirill Dmitriev, the Russian envoy") opens an apposition, not a new drafter.
  const parts = text.slice(from, end).split(/(,\s*(?:and\s+)?|\s+and\s+|;)/);
  let offset = from;
  for (let pi = 0; pi < parts.length; pi += 2) {
    const item = parts[pi] as string;
    const sep = pi > 0 ? (parts[pi - 1] as string) : '';
    const iStart = text.indexOf(item, offset);
    offset = iStart + item.length;
    // (one that ends in a common noun: "the EU" after a comma is still a drafter).
    // … and "then Kyiv's chief negotiator", "now the head of …": a role held at another time.
    if (
      /^,\s*$/u.test(sep) &&
      /^\s*(?:[Aa]n?|[Tt]he|then|now|formerly|until\s+recently)\s.*\s\p{Ll}[\p{L}'’-]*\s*$/u.test(item) &&
      ids.length > 0
    )
      continue;
    // "a Ukrainian delegation under Rustem Umerov": the leader named after the group drafts
    // … and "the national security advisers of Britain": the officials of a state draft for it.
    const led =
      /\b(?:under|led\s+by|headed\s+by|(?:team|office|staff|delegation|advisers?|advisors?|envoys?|ministers?|negotiators?|officials|diplomats|aides|representatives)\s+(?:of|from)\s+(?:the\s+)?(?=\p{Lu}))/iu.exec(
        item,
      );
    // "Steve Witkoff, Donald Trump's special envoy, and …": a possessive role after a comma describes
    // the drafter before it; the owner is not one.
    if (
      /^,\s*$/u.test(sep) &&
      ids.length > 0 &&
      /^\s*[\p{Lu}][\p{L}\s.'’-]*['’]s\s+(?:\p{Ll}[\p{L}-]*\s*)+$/u.test(item)
    )
      continue;
    // An appositive ("an envoy for …") names no drafter; a title before a name ("the special envoy
    // Steve Witkoff") does.
    const titled =
      /(?:^|\s)(?!(?:for|of|to|from|with|by|at|in|on)\s)\p{Ll}+\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+\s*$/u.test(
        item,
      );
    if (/^\s*(?:[Aa]n?\s|[Tt]he\s+\p{Ll})/u.test(item) && !led && !titled) continue;
    const from0 = led ? iStart + led.index + led[0].length : iStart;
    const inItem = within(actors, from0, iStart + item.length).filter(
      (a) =>
        (!/^['’]s\b/.test(text.slice(a.end, a.end + 2)) ||
          /^['’]s\s+(?:(?:special|chief|top|lead)\s+)?(?:team|delegation|office|aides|negotiators?|envoys?|representatives?|staff|officials)\b/iu.test(
            text.slice(a.end, a.end + 20),
          )) &&
        a.end <= iStart + item.length &&
        !tied.some(([p, q]) => a.start >= (p as number) && a.end <= (q as number)),
    );
    const last = inItem[inItem.length - 1];
    if (last && !ids.includes(last.actor)) ids.push(last.actor);
  }
  return { ids, end };
}
