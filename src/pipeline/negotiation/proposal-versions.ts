import type { PackProposal } from '../../packs/schema.ts';
import type { Segmented } from '../segment/index.ts';
import { REVISION_RE } from './lexicon.ts';
import type { Candidate } from './proposal-candidates.ts';
import type { ProposalMatcher } from './proposal-matcher.ts';
import { span } from './text.ts';
import type { LocalSpan } from './types.ts';

/**
 * Supersedes links: which version revises which. The text says so within a sentence ("a revised
 * 19-point version of the 28-point plan", "from 28 points to 19"); the pack says so for the
 * versions it knows. The chain built from both answers what "the revised framework" or "the
 * original plan" means when the article leans on nothing else. Kept apart from focus resolution,
 * which only asks these questions.
 */

/** Revision links said in the text, per sentence: newer version's key to the older one and the sentence. */
export function textRevisionLinks(
  text: string,
  seg: Segmented,
  specifics: readonly Candidate[],
): Map<string, { key: string; evidence: LocalSpan }> {
  const textRevises = new Map<string, { key: string; evidence: LocalSpan }>();
  const bySentence = new Map<number, Candidate[]>();
  for (const c of specifics) {
    const list = bySentence.get(c.sentence) ?? [];
    list.push(c);
    bySentence.set(c.sentence, list);
  }
  for (const [si, list] of bySentence) {
    const keys = [...new Set(list.map((c) => c.key as string))];
    if (keys.length < 2) continue;
    const s = seg.sentences[si];
    if (!s) continue;
    const stext = text.slice(s.start, s.end);
    for (let i = 0; i + 1 < list.length; i++) {
      const a = list[i] as Candidate;
      const b = list[i + 1] as Candidate;
      if (a.key === b.key) continue;
      const between = text.slice(a.end, b.start);
      const before = text.slice(Math.max(s.start, a.start - 12), a.start);
      let newer: Candidate | null = null;
      let older: Candidate | null = null;
      if (/\bfrom\s+$/i.test(before) && /^\s+(?:points\s+)?to\s+(?:a\s+|the\s+)?$/i.test(between))
        [newer, older] = [b, a];
      else if (
        /^\s+(?:replaces|replaced|supersedes|superseded|revises|revised|updates|updated|succeeds|succeeded)\s+$/i.test(
          between,
        )
      )
        [newer, older] = [a, b];
      else if (/^\s+(?:of|to|from)\s+$/i.test(between) && (a.revised || /version|draft/i.test(a.name)))
        [newer, older] = [a, b];
      else if (b.revised && !a.revised && REVISION_RE.test(stext)) [newer, older] = [b, a];
      else if (a.revised && !b.revised && REVISION_RE.test(stext)) [newer, older] = [a, b];
      else if (b.original && !a.original) [newer, older] = [a, b];
      else if (a.original && !b.original) [newer, older] = [b, a];
      if (newer && older && !textRevises.has(newer.key as string))
        textRevises.set(newer.key as string, {
          key: older.key as string,
          evidence: span(text, s.start, s.end),
        });
    }
  }
  return textRevises;
}

/** The questions focus resolution asks of the version chain. */
export interface VersionChain {
  /** The version `k` revises (the text's link first, else the pack's), or null. */
  readonly supersedes: (k: string) => string | null;
  /** The version that revises `k` (the pack's link first, else the text's), or null. */
  readonly revisionOf: (k: string) => string | null;
  /** The latest revision in a chain the article touches, or null. */
  readonly latestRevision: () => string | null;
  /** The root of a chain the article touches, or null. */
  readonly earliestVersion: () => string | null;
}

/**
 * The version chain as this article sees it. `cands` is read when asked, not now: whether the
 * article speaks of a revision at all decides what "the first draft" means.
 */
export function versionChain(
  m: ProposalMatcher,
  textRevises: ReadonlyMap<string, { key: string; evidence: LocalSpan }>,
  specifics: readonly Candidate[],
  cands: readonly Candidate[],
): VersionChain {
  const supersedes = (k: string): string | null =>
    textRevises.get(k)?.key ?? m.proposals.find((p) => p.id === k)?.supersedes ?? null;
  const revisionOf = (k: string): string | null => {
    const fromPack = m.supersededBy.get(k);
    if (fromPack) return fromPack;
    for (const [newer, v] of textRevises) if (v.key === k) return newer;
    return null;
  };
  // "the revised framework", "the new draft" with nothing in the article to lean on: the latest
  // revision in the pack's version chain that this article touches (a version it names, or one
  // revising a version it names); "the original plan": the earliest version of that chain.
  const named = new Set(specifics.map((c) => c.key as string));
  // An article that names no version at all ("the revised framework agreed in Geneva", "the first
  // draft") still speaks of the pack's versions when the pack has a single revision chain: its
  // latest revision and its root are then the only readings. With no chain, or several, nothing.
  const soleChain = (): { latest: string; root: string } | null => {
    if (named.size > 0) return null;
    const tips = m.proposals.filter((p) => p.supersedes && !m.supersededBy.has(p.id));
    if (tips.length !== 1) return null;
    let root = tips[0] as PackProposal;
    for (let n = 0; root.supersedes && n < 10; n++) {
      const up = m.proposals.find((p) => p.id === root.supersedes);
      if (!up) break;
      root = up;
    }
    return { latest: (tips[0] as PackProposal).id, root: root.id };
  };
  const chainTouched = (id: string): boolean => {
    for (
      let k: string | null = id, n = 0;
      k && n < 10;
      k = m.proposals.find((p) => p.id === k)?.supersedes ?? null, n++
    )
      if (named.has(k)) return true;
    return false;
  };
  const latestRevision = (): string | null => {
    const revs = m.proposals.filter((p) => p.supersedes && chainTouched(p.id));
    return (
      revs.find((p) => !m.supersededBy.has(p.id))?.id ??
      revs[revs.length - 1]?.id ??
      soleChain()?.latest ??
      null
    );
  };
  const earliestVersion = (): string | null => {
    const root = m.proposals.find((p) => !p.supersedes && m.supersededBy.has(p.id) && named.has(p.id));
    // "The first draft" with no version named reads as the chain's root only when the article
    // also speaks of a revision; otherwise it is the first draft of whatever text it is about.
    return root?.id ?? (cands.some((c) => c.revised) ? soleChain()?.root : null) ?? null;
  };
  return { supersedes, revisionOf, latestRevision, earliestVersion };
}
