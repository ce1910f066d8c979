import { clauseEnd } from './clause.ts';
import { CAUSED_RE, type Predicate, wantedState } from './stance-predicates.ts';
import { within } from './text.ts';
import type { ActorMentionIn } from './types.ts';

/**
 * Where a stance predicate's object ends: the clause after the predicate cut at conditions, time
 * clauses and coordinated clauses with their own subject, then at the next predicate unless that
 * predicate belongs to the object (caused infinitives, restrictive relatives, a demand's
 * that-clause). The issues inside are filtered in stance-object-filters.ts.
 */

/**
 * Where the object of a predicate stops: conditions, time clauses and participial add-ons are not
 * its object, nor a coordinated clause with a pronoun subject of its own (", and he urged …").
 */
const OBJECT_STOP_RE =
  /\b(?:after|before|until|once|following|unless|if|without|within|provided|on\s+condition|(?:for\s+)?(?:as|so)\s+long\s+as|in\s+exchange\s+for|in\s+return\s+for|as\s+part\s+of|as\s+a\s+condition|and\s+(?:is|are|was|were|has|have|had|will|would)\b)\b|,\s+(?!including\b)\p{L}+ing\b|,\s+(?:a|an|the)\s+(?:condition|demand|position|stance|move)\b|,?\s+and\s+(?:that|said|says|added|warned|stressed|insisted|told|urged|noted)\b|,\s+(?:and|but)\s+(?:he|she|they|we)\s|,?\s+and\s+(?:a|an|the)\s+(?:provision|clause|commitment|pledge|promise|section|point)\b|,\s+(?:and|but)\s+(?:the|a|an|its|their|this|that)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}(?:is|are|was|were|has|have|had|will|would|remains?|remained)\b|,\s+(?:and|but)\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}(?:would|will|must|should|could|can|cannot)\s+(?:not\s+|never\s+)?(?:be|have|remain|stay)\b/iu;

/** A restrictive relative clause on a thing right before a predicate: "any deal that (would) force …". */
const REL_OBJECT_RE =
  /\b(?:deal|plan|agreement|settlement|accord|text|draft|proposal|arrangement|peace|clause|provision|scheme|document|framework|terms|solution)s?\s+(?:that|which)\s+(?:would\s+|will\s+|could\s+|might\s+)?$/iu;

/**
 * A noun's content clause right before a predicate: "the idea that Washington would (endorse)",
 * "the suggestion that Kyiv (cede) …". The predicate states the content of an idea, not anyone's stance.
 */
export const NOUN_CONTENT_RE =
  /\b(?:idea|suggestion|notion|prospect|possibility|thought|assumption|fears?|claims?|reports?|rumou?rs?|speculation)\s+that\s+(?:(?!(?:and|or|but|said|says)\b)[\p{L}'’.-]+\s+){1,5}$/iu;

/** The subject of a that-clause right before a verb: "(and) that any agreement …". */
const THAT_SUBJECT_RE = /\bthat\s+(?:(?!(?:and|or|but|said|says|would|will)\b)[\p{L}'’-]+\s+){1,4}$/iu;

/** The verb of a that-clause: where its subject ends. */
const THAT_VERB_RE = /\b(?:would|will|could|might|may|can|is|are|was|were|risks?|threatens?|only)\b/iu;

/**
 * The clause end that bounds the object (before any next predicate) and where the object's words
 * begin: after the cue, or inside it for a conditional ("could back the scheme only if").
 */
export function objectClause(
  text: string,
  actors: readonly ActorMentionIn[],
  pred: Predicate,
  sentEnd: number,
): { cEnd: number; objTextFrom: number } {
  const { cue, start: vStart, end: vEnd } = pred;
  let cEnd = Math.min(clauseEnd(text, vEnd, sentEnd), vEnd + 220);
  const stop = OBJECT_STOP_RE.exec(text.slice(vEnd, cEnd));
  let objTextFrom = vEnd;
  if (cue.stance === 'conditional') {
    // A conditional cue carries its object inside the match ("would accept X … if"): X stops at
    // the first time or condition phrase after the verb ("a vote within months of a ceasefire, provided …").
    cEnd = vEnd;
    const verb = /^(?:would|could|will)\s+(?:only\s+)?\p{L}+(?:\s+to)?\s+/iu.exec(pred.word);
    if (verb) {
      objTextFrom = vStart + verb[0].length;
      const inner = OBJECT_STOP_RE.exec(text.slice(vStart + verb[0].length, vEnd));
      if (inner) cEnd = vStart + verb[0].length + inner.index;
    }
  } else if (
    stop &&
    !(/^,?\s+and\s+that\b/iu.test(stop[0]) && /^\s+that\b/iu.test(text.slice(vEnd, vEnd + 6)))
  )
    // "demanded that X, and that Y" keeps Y in the demand; after a noun object, ", and that …"
    // belongs to the reporting verb ("said Warsaw would not support any plan …, and that …").
    cEnd = vEnd + stop.index;
  // "…, and Britain's Starmer said …": a coordinated clause with its own subject ends the object.
  for (const a of within(actors, vEnd, cEnd)) {
    const lead = /,\s+(?:and|but)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’]*\s+){0,3}$/u.exec(
      text.slice(vEnd, a.start),
    );
    if (lead) {
      cEnd = vEnd + lead.index;
      break;
    }
  }
  return { cEnd, objTextFrom };
}

/** The end of the object of predicate `pi`: up to the next predicate that is not part of it, within `cEnd`. */
export function objectEnd(text: string, preds: readonly Predicate[], pi: number, cEnd: number): number {
  const { cue, start: vStart, end: vEnd } = preds[pi] as Predicate;
  // Skips the next predicates whose lead-in (the `back` characters before them, never before
  // `floor`) matches `re`: they belong to this predicate's object.
  let npi = pi + 1;
  const skipWhile = (re: RegExp, back: number, floor: number) => {
    for (
      let p = preds[npi];
      p && p.start < cEnd && re.test(text.slice(Math.max(floor, p.start - back), p.start));
      p = preds[npi]
    )
      npi++;
  };
  // "wanted both sides to agree to a halt …": an infinitive the predicate causes is its object.
  skipWhile(CAUSED_RE, 60, vStart);
  // "wants Crimea recognised as Russian": the participle of the wanted state is the object's.
  if (/^want/iu.test(preds[pi]?.word ?? ''))
    for (
      let p = preds[npi];
      p && p.start < cEnd && wantedState(text, vStart, p.start, p.word.split(/\s/u)[0] ?? '');
      p = preds[npi]
    )
      npi++;
  // "against any deal that forced Ukraine to surrender territory": a restrictive relative clause
  // on the object noun says which object is meant; its predicate does not end the object.
  skipWhile(REL_OBJECT_RE, 40, vEnd);
  // "wants to lend Ukraine €210 billion backed by those balances, a reparations loan": a past
  // participle with its agent after it modifies the noun before it (no party's predicate, see
  // stances.ts); it does not end the object. (Not after "and" or a comma: "the idea, put forward
  // by Kyiv and backed by …, of a truce" is an aside whose agents stance-agents.ts reads.)
  for (
    let p = preds[npi];
    p &&
    p.start < cEnd &&
    /^\p{L}+ed$/u.test(p.word) &&
    /^\s+by\s/u.test(text.slice(p.end, p.end + 4)) &&
    !/(?:\b(?:has|have|had|having|is|are|was|were|be|been|being|and|or)|,)\s+(?:\p{L}+ly\s+)?$/iu.test(
      text.slice(Math.max(vEnd, p.start - 20), p.start),
    );
    p = preds[npi]
  )
    npi++;
  // "objected to the idea that Washington would endorse …": the content clause of the object noun
  // is the object itself; its verb does not end it.
  skipWhile(NOUN_CONTENT_RE, 60, vEnd);
  // "rejected the idea of (formally) recognising Crimea as Russian": a gerund after "of" names the
  // object noun's content.
  skipWhile(
    /\b(?:idea|prospect|notion|possibility|suggestion|plans?|proposals?|demands?|goal|aim)\s+of\s+(?:\p{L}+ly\s+)?$/iu,
    30,
    vEnd,
  );
  // "has not decided whether to back the loan", "has not said whether Rome would support it": the
  // predicate of an embedded question is what the party has not made up its mind about, so its
  // object is the undecided stance's object too.
  if (cue.stance === 'undecided' && /(?:whether|if)$/iu.test(preds[pi]?.word ?? ''))
    skipWhile(/^\s*(?:(?!(?:and|or|but)\b)[\p{L}'’-]+\s+){0,4}$/iu, 40, vEnd);
  // "has rejected every call for an early ceasefire": a call or demand after a determiner is a
  // noun inside the object. (Not every cue: "would not accept a settlement that handed Russia a veto
  // over …" ends its object at the veto.)
  for (
    let p = preds[npi];
    p &&
    p.start < cEnd &&
    /^(?:calls?|demands?|requests?|appeals?|pleas?)\b/iu.test(p.word) &&
    /\b(?:a|an|the|every|any|all|each|such|repeated|renewed)\s+$/iu.test(
      text.slice(Math.max(vEnd, p.start - 10), p.start),
    );
    p = preds[npi]
  )
    npi++;
  // "demanded that Kyiv withdraw …, and that any agreement rule out …": a predicate that is the
  // verb of a that-clause after a demand is the demand's content, not the end of its object.
  if (cue.stance === 'demands' && /^\s+that\b/iu.test(text.slice(vEnd, vEnd + 6)))
    skipWhile(THAT_SUBJECT_RE, 50, vEnd);
  // A threat's condition ("… only once Ukraine pulls out", "… if Ukraine refused to withdraw") has
  // its own predicates; they are part of the object.
  const np = cue.objectAfter ? undefined : preds[npi];
  let objEnd = np && np.start < cEnd ? Math.max(vEnd, np.start) : cEnd;
  if (cue.thatSubject) {
    // Only the subject of the that-clause is warned about, not what it would lead to; predicates
    // inside that subject ("any deal forcing Ukraine to cede land") belong to it.
    objEnd = cEnd;
    const verb = THAT_VERB_RE.exec(text.slice(vEnd, objEnd));
    objEnd = verb ? vEnd + verb.index : vEnd;
  }
  return objEnd;
}
