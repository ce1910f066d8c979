import { CONDITION_RE, NEG_FUTURE_RE, NEG_OTHER_RE, REPORTING_RE, type StanceCue } from './lexicon.ts';
import { lastMatch } from './stance-match.ts';
import type { QuoteIn, Stance } from './types.ts';

/**
 * What the words around a stance cue do to its stance: negation ("has not accepted"), a bare
 * "would" describing a scenario (dropped), conditions ("would accept … if", "unless", "without
 * firmer guarantees"), hints, and obligations whose own negation or undoing verb turns a demand
 * into a rejection. Also the flip applied when an object names the negation of its issue.
 */

/** Flipping a stance whose object names the negation of the issue (pack `against` phrases). */
export const FLIP: Record<Stance, Stance> = {
  demands: 'rejects',
  rejects: 'demands',
  supports: 'opposes',
  opposes: 'supports',
  conditional: 'conditional',
  undecided: 'undecided',
};
/** A negation that governs the predicate: at most three words before it, none starting a new phrase ("no deadline for Kyiv to accept" is not a negated acceptance). */
const NEG_NEAR_RE = new RegExp(
  `(?:${NEG_OTHER_RE.source})\\s+(?:(?!(?:for|to|that|which|who|deadline|time|need|reason|way|plan|doubt)\\b)[\\p{L}'’]+\\s+){0,3}$`,
  'iu',
);
/** "Nor would Moscow agree to a truce": "nor" with the auxiliary before its subject negates the verb. */
const NOR_FUTURE_RE = /\bnor\s+(?:would|will|could|can|shall)\s+(?:[\p{L}'’.-]+\s+){1,3}$/iu;
const NOR_OTHER_RE = /\bnor\s+(?:did|does|do|has|have|had)\s+(?:[\p{L}'’.-]+\s+){1,3}$/iu;
/** An obligation whose verb undoes its subject: "sanctions should be eased", "must be lifted". */
const OBLIGED_UNDO_RE = /\b(?:lift|lifted|ease|eased)$/iu;

/** A modal right before the predicate ("would stand behind", "will also lift"). */
const MODAL_BEFORE_RE = /\b(?:would|will|could|can)\s+(?:(?:also|still|then|only|gladly|happily)\s+)?$/iu;
/** "… only if / only once / only as part of …" later in the same clause (not past ", and" or ", but" unless "but only"). */
const ONLY_CONDITION_RE =
  /^(?:(?!,\s+(?:and|but|while|whereas)\s+(?!only\b))[^.;:"“”]){0,140}?\bonly\s+(?:\p{L}+\s+)?(?:if|once|after|when|as\s+part\s+of|with|within|under|in\s+(?:exchange|return)\s+for|provided|on\s+condition)\b/iu;
/**
 * "ready to give guarantees once a peace agreement is signed": readiness that waits for the deal
 * itself. (Not "ready to send a force once the fighting stops": that only says when.)
 */
const READY_ONCE_RE =
  /^(?:(?!,\s+(?:and|but|while|whereas)\s)[^.;:"“”]){0,140}?\b(?:once|as\s+soon\s+as)\s+(?:a|an|the|any)\s+(?:[\p{L}-]+\s+){0,2}?(?:deal|agreement|settlement|accord|treaty)\s+(?:is|was|has|had|have)\b/iu;

/** The predicate and its surroundings that the adjustments read. */
export interface CueSite {
  readonly cue: StanceCue;
  /** The matched cue words. */
  readonly word: string;
  readonly vStart: number;
  readonly vEnd: number;
  /** Where the predicate's clause starts. */
  readonly cStart: number;
  readonly sentStart: number;
  readonly sentEnd: number;
  /** Where the object starts (before vStart for reported obligations and copulas). */
  readonly objStart: number;
  readonly quote: QuoteIn | null;
  /** The party hinted it might accept ("signalled that Moscow might accept"). */
  readonly hinted: boolean;
}

/** The cue's stance after the words around it, or null when they cancel it. */
export function adjustStance(text: string, site: CueSite): Stance | null {
  const { cue, word, vStart, vEnd, cStart, sentStart, sentEnd, objStart, quote, hinted } = site;
  // Negation between subject and verb (or just before the verb).
  const negWindow = text.slice(Math.max(cStart, vStart - 30), vStart);
  let stance: Stance | null = cue.stance;
  if (!cue.selfNegated) {
    // "is in no hurry to agree to a truce", "has no intention of accepting": a refusal in all but name.
    if (/\bno\s+(?:hurry|rush|intention|plans?|desire)\s+(?:to|of)\s+$/iu.test(negWindow))
      stance = cue.negFuture;
    else if (NEG_FUTURE_RE.test(negWindow) || NOR_FUTURE_RE.test(negWindow)) stance = cue.negFuture;
    else if (NOR_OTHER_RE.test(negWindow)) stance = cue.negOther;
    else if (NEG_NEAR_RE.test(negWindow)) stance = cue.negOther;
  }
  if (stance === null) return null;
  if (hinted && stance === 'supports') stance = 'conditional';
  // "will block the arrangement unless others share the risk": a refusal with a way out is a condition.
  if (
    (stance === 'rejects' || stance === 'opposes') &&
    /^[^.;:"“”]{0,120}?,?\s\bunless\b/iu.test(text.slice(vEnd, sentEnd))
  )
    stance = 'conditional';
  // A bare "would" with nobody reporting it describes a scenario ("Washington would recognise
  // Crimea"), not a position; conditions, reported speech and quotes keep it.
  if (
    !cue.reported &&
    cue.stance !== 'conditional' &&
    /\bwould\s+(?:also\s+|then\s+|in\s+turn\s+)?$/iu.test(negWindow) &&
    !quote &&
    !lastMatch(REPORTING_RE, text, sentStart, vStart) &&
    !CONDITION_RE.test(text.slice(vEnd, sentEnd)) &&
    !ONLY_CONDITION_RE.test(text.slice(vEnd, sentEnd))
  )
    return null;
  if (
    cue.acceptance &&
    stance === 'supports' &&
    (/\b(?:would|could)[\s,]+(?:\w+[\s,]+){0,2}$/i.test(negWindow) ||
      // "might be willing to accept the line of contact, provided …"
      /\b(?:ready|willing|prepared)\s+to\s+$/iu.test(negWindow) ||
      // "offered to extend the halt, provided Russia did the same": an offer on a condition.
      /\b(?:ready|willing|prepared|acceptable)\b|^(?:would|could|might|may|offer(?:s|ed|ing)?)\b/i.test(
        word,
      )) &&
    CONDITION_RE.test(text.slice(vEnd, sentEnd))
  )
    stance = 'conditional';
  // "would stand behind the guarantees only once a deal is signed", "would lift sanctions only as
  // part of a settlement", "was ready to give guarantees once a deal had been signed": a stance
  // promised on a condition is conditional (a plain "once" only after readiness, and only for the
  // deal being done: "ready to send a force once the fighting stops" only says when).
  if (
    stance === cue.stance &&
    (stance === 'supports' || stance === 'opposes' || stance === 'demands') &&
    !cue.reported &&
    !cue.objectAfter &&
    !cue.selfNegated
  ) {
    // ("was open to a ceasefire, but only once a deal is signed": openness is readiness too.)
    const ready =
      /\b(?:ready|willing|prepared|open)\b/iu.test(word) ||
      /\b(?:ready|willing|prepared)\s+to\s+$/iu.test(negWindow);
    const modal = ready || /^(?:would|will|could|can)\b/iu.test(word) || MODAL_BEFORE_RE.test(negWindow);
    const after = text.slice(vEnd, Math.min(sentEnd, vEnd + 160));
    if ((modal && ONLY_CONDITION_RE.test(after)) || (ready && READY_ONCE_RE.test(after)))
      stance = 'conditional';
  }
  // "said the army should not face restrictions", "Kyiv must not cede land": an obligation with its
  // own negation requires the thing not to happen, a stance against it; so does one that undoes
  // its subject ("sanctions must be lifted"), and both together cancel ("must not be lifted").
  if (
    cue.reported &&
    stance === 'demands' &&
    /^(?:\S+\s+(?:not|never)|cannot|can['’]t|couldn['’]t)\b/iu.test(word) !== OBLIGED_UNDO_RE.test(word)
  )
    stance = 'rejects';
  // "any territorial option would have to be approved in a referendum": a requirement of approval
  // makes the object conditional on it, not demanded.
  // "… would have to be put to a national referendum" is the same requirement of approval.
  if (
    cue.reported &&
    stance === 'demands' &&
    (/\bbe\s+(?:approved|ratified|endorsed)$/iu.test(word) ||
      (/\bbe\s+put$/iu.test(word) &&
        /^\s+to\s+(?:a\s+|the\s+)?(?:\p{L}+\s+)?(?:referendum|vote|plebiscite)\b/iu.test(
          text.slice(vEnd, vEnd + 40),
        )))
  )
    stance = 'conditional';
  // "argued that no limit should be written into any deal": a reported requirement whose subject
  // is negated ("no limit", "no cap") is a stance against it.
  if (
    cue.reported &&
    stance === 'demands' &&
    objStart < vStart &&
    /^\s*(?:no|none\s+of\s+the)\s+[^,;]{1,60}$/iu.test(text.slice(objStart, vStart))
  )
    stance = 'opposes';
  // "refused to sign off on the scheme without firmer protection": a negated acceptance that
  // names what would lift it is a condition, not a flat no. ("opposed to the loan without
  // guarantees" stays opposition: there "without" narrows the object.)
  if (
    cue.stance === 'supports' &&
    (stance === 'rejects' || stance === 'opposes') &&
    /^[^.;:]{0,80}?\bwithout\s+(?:first\s+)?(?:firmer|further|stronger|more|new|additional|clearer|binding|legal|proper|adequate|solid|sufficient|some|an?\s+)/iu.test(
      text.slice(vEnd, sentEnd),
    )
  )
    stance = 'conditional';
  return stance;
}
