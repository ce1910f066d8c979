import type { Predicate } from './stance-predicates.ts';

/**
 * A participle on a document a party issues: "EU leaders issued a statement pledging to lead a
 * force, and insisting that …", "signed a declaration committing them to …". The participle
 * modifies the document, but the document only voices its issuers, so the stance is theirs: the
 * participle is kept as a predicate and its subject is found as for a finite verb (the issuer).
 * A participle on anything else ("officials seeking …", "money backed by …") stays filtered out.
 */

/** An issuing verb, then the document noun right before the participle. */
const DOCUMENT_LEAD_RE =
  /\b(?:issued|issues|issue|released|releases|published|signed|signs|adopted|adopts|agreed|put\s+out|sent|wrote)\s+(?:a|an|the|their|its|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|communiqu[eé]|declaration|letter|resolution|appeal)\s+$/iu;

/** A second participle coordinated with the first ("…, and insisting that …"). */
const AND_LEAD_RE = /(?:^|[\s,])and\s+(?:also\s+)?$/iu;

/**
 * Whether the participle at `preds[pi]` is voiced by a document's issuers: `vStart` when it follows
 * the document noun (its subject is then found as for a finite verb); the start of the earlier
 * document participle it is coordinated with ("…, and insisting that …"), whose holders it shares;
 * null otherwise.
 */
export function documentParticiple(
  text: string,
  sentStart: number,
  vStart: number,
  preds: readonly Predicate[],
  pi: number,
  held: ReadonlyMap<number, readonly string[]>,
): number | null {
  const lead = text.slice(Math.max(sentStart, vStart - 60), vStart);
  if (DOCUMENT_LEAD_RE.test(lead)) return vStart;
  if (!AND_LEAD_RE.test(lead)) return null;
  // The earlier participle must itself be a document's: its own lead-in names the document.
  for (let i = pi - 1; i >= 0; i--) {
    const p = preds[i] as Predicate;
    if (p.start < sentStart) break;
    if (!/^\p{L}+ing\b/iu.test(p.word) || !held.get(p.start)?.length) continue;
    if (DOCUMENT_LEAD_RE.test(text.slice(Math.max(sentStart, p.start - 60), p.start))) return p.start;
  }
  return null;
}
