import { clauseStart, findSubject, type Subject, tokenAt } from './clause.ts';
import type { StanceContext } from './stances.ts';
import { within } from './text.ts';

/**
 * A restrictive relative clause between a subject and its verb: "European officials who attended
 * the meeting objected to …", "Russian negotiators who flew in on Monday rejected …". The clause
 * scan (clause.ts) starts the predicate's clause after "who"/"which", so the subject before the
 * pronoun is not seen; when the words after the pronoun are a complete relative clause of their
 * own (its own verb first, no reporting verb, no open auxiliary before the predicate), the
 * predicate is the main verb and the pronoun's antecedent is its subject.
 */

/** The relative pronoun that ends the text before the predicate's clause. */
const REL_PRONOUN_RE = /\b(?:who|which)$/iu;
/** Words that would make the predicate part of the relative clause or of a report inside it. */
const INNER_RE =
  /\b(?:said|says|say|told|tell|believes?|believed|thinks?|thought|that|and|or|but|if|whether|to|not|never|has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|he|she|they|it|we)\s*$/iu;
const REPORT_IN_RE = /\b(?:said|says|say|told|added|argued|insisted|warned|stressed|that)\b/iu;

export function relativeClauseSubject(
  ctx: StanceContext,
  sentStart: number,
  cStart: number,
  vStart: number,
): Subject | null {
  const { text, seg } = ctx;
  const head = text.slice(Math.max(sentStart, cStart - 6), cStart);
  if (!REL_PRONOUN_RE.test(head)) return null;
  const rel = text.slice(cStart, vStart);
  // The relative clause's own verb comes first ("who attended", "who flew in"), with an object or
  // adverbial after it: at least two words, ending in neither an auxiliary nor a conjunction.
  const first = /^\s+(?:\p{L}+ly\s+)?(\p{L}+)\s+\S/u.exec(rel);
  if (!first || INNER_RE.test(rel) || REPORT_IN_RE.test(rel) || /[,;:]/u.test(rel)) return null;
  const tok = tokenAt(seg, cStart + first[0].lastIndexOf(first[1] as string));
  if (tok?.pos !== 'VERB') return null;
  // The antecedent: an actor right before the pronoun, with at most two common nouns between
  // ("European officials who …", "the Kremlin aides who …").
  const pronAt = cStart - (REL_PRONOUN_RE.exec(head)?.[0].length ?? 0);
  const ante = within(ctx.actors, Math.max(sentStart, pronAt - 40), pronAt)
    .filter((a) => a.end <= pronAt && /^(?:\s+[\p{Ll}-]+){0,2}\s+$/u.test(text.slice(a.end, pronAt)))
    .pop();
  if (!ante) return null;
  return findSubject(
    text,
    pronAt,
    clauseStart(text, sentStart, pronAt),
    ctx.actors,
    null,
    ctx.mentions,
    sentStart,
  );
}
