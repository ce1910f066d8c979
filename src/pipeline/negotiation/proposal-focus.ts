import { LOCATIVE_ONLY_NOUNS } from './lexicon.ts';
import { type Candidate, COUNTER_KEY } from './proposal-candidates.ts';
import type { ProposalMatcher } from './proposal-matcher.ts';
import { MONTHS } from './proposal-modifiers.ts';
import type { VersionChain } from './proposal-versions.ts';

/**
 * Pass 2 of proposal resolution: generic mentions, in text order, follow the version under
 * discussion. "The plan" is the version in focus; "the revised framework" its revision; "the
 * original plan" its root; "the American version" the text already called American; "the later
 * plan" the later of the dated versions named so far. A mention that is only a point of
 * comparison ("a revision of the November plan") does not take the focus. Returns the resolved
 * mentions and where the focus changes, which later stages read for pronouns.
 */
export function resolveMentions(
  text: string,
  m: ProposalMatcher,
  cands: readonly Candidate[],
  specifics: readonly Candidate[],
  chain: VersionChain,
): { resolved: Candidate[]; focusMarks: { start: number; key: string }[] } {
  const { supersedes, revisionOf, latestRevision, earliestVersion } = chain;
  const firstRevisedSpecific =
    specifics.find((c) => c.revised || supersedes(c.key as string) !== null)?.key ?? null;
  let focus: string | null = null;
  const resolved: Candidate[] = [];
  const focusMarks: { start: number; key: string }[] = [];
  // A version counted by points that the pack does not know ("a 20-point draft" beside the pack's
  // 28- and 19-point texts) is one written after the pack was: the newest, so "the latest draft"
  // while it is under discussion is that version, not the pack's last revision.
  const unknownVersion = (k: string) =>
    k.startsWith('points:') && m.proposals.some((p) => p.points !== undefined && p.points !== null);
  const isRevisionKey = (k: string) =>
    supersedes(k) !== null || unknownVersion(k) || specifics.some((x) => x.key === k && x.revised);
  const sameNoun = (c: Candidate) => {
    // A generic mention with the head noun of a proposal introduced by name ("the counter-proposal").
    let best: Candidate | null = null;
    for (const x of specifics) if (x.kind === 'named' && x.noun === c.noun && x.start < c.start) best = x;
    return best?.key ?? null;
  };
  // "The plan, which Russia welcomed, has since been rewritten": the subject of a revision verb is the earlier version.
  const REWRITTEN_RE =
    /^(?:,[^,.;]{0,80},)?\s+(?:has|have|had|was|were)\s+(?:since\s+|now\s+|already\s+|largely\s+|heavily\s+)*been\s+(?:\p{L}+ly\s+)?(?:rewritten|revised|replaced|superseded|reworked|redrafted|amended|overhauled|trimmed|pared|cut|shortened|watered)\b/iu;
  // A bare definite noun ("the document") keeps pointing at the proposal it named before, unless
  // the proposal now under discussion has been called that too.
  const bareBinding = new Map<string, string>();
  const nounsOf = new Map<string, Set<string>>();
  const isBare = (c: Candidate) => c.name.toLowerCase().replace(/s$/, '') === c.noun;
  // Party adjectives a version has been called by ("American", "European"), most recent last.
  const modsOf = new Map<string, Set<string>>();
  // A party word ("US", "Washington's") counts as the party it names, so that "the US document"
  // and "the American plan" are read as the same party's text.
  const capModifiers = (c: Candidate): string[] =>
    c.name
      .split(/\s+/)
      .slice(0, -1)
      .map((w) => w.replace(/['’]s$/u, ''))
      .filter(
        (w) =>
          (/^\p{Lu}\p{Ll}+(?:an|ish|ese|ian|ean)$/u.test(w) && !MONTHS.has(w.toLowerCase())) ||
          (/^\p{Lu}/u.test(w) && m.partyOf.has(w.toLowerCase())),
      )
      .map((w) => m.partyOf.get(w.toLowerCase()) ?? w.toLowerCase());
  // "The later plan adds …" in a piece setting the April proposal against the November plan: the
  // later of the dated versions the article has named so far, not a revision it never mentions.
  const byComparison = (which: 'later' | 'earlier', before: readonly Candidate[]): string | null => {
    const dated = new Map<string, string>();
    for (const x of before) {
      const d = m.proposals.find((p) => p.id === x.key)?.date;
      if (d) dated.set(x.key as string, d);
    }
    if (dated.size < 2) return null;
    const sorted = [...dated].sort((a, b) => a[1].localeCompare(b[1]));
    return (which === 'later' ? sorted[sorted.length - 1] : sorted[0])?.[0] ?? null;
  };
  // The first version of a text's chain ("the original" of a revision's family).
  const rootOf = (k: string): string => {
    let r = k;
    for (let n = 0, up = supersedes(r); up !== null && up !== r && n < 10; n++, up = supersedes(r)) r = up;
    return r;
  };
  // Every version each head noun has named so far, modified mentions included.
  const headUsers = new Map<string, Set<string>>();
  let prevCand: Candidate | null = null;
  for (const c of cands) {
    const contrasted =
      prevCand !== null &&
      prevCand.sentence === c.sentence &&
      /^\s+(?:to|of|from|than|with|on|against|over)\s+$/iu.test(text.slice(prevCand.end, c.start));
    prevCand = c;
    if (c.bareLoc && c.key === null) {
      const last = resolved[resolved.length - 1];
      const plain = (x: Candidate) => (LOCATIVE_ONLY_NOUNS as readonly string[]).includes(x.noun);
      // a demonstrative ("That paper, he said, …") takes the text named just before, by any noun
      if (c.demonstrative && last && c.sentence - last.sentence <= 1) c.key = last.key;
      else if (!last || !plain(last) || c.sentence - last.sentence > 2) continue;
      else c.key = last.key;
    }
    if (c.key === null && contrasted && !c.revised && !c.original) continue;
    if (c.key === null && !c.revised && !c.original && REWRITTEN_RE.test(text.slice(c.end, c.end + 140)))
      c.original = true;
    const bound = c.key === null && isBare(c) && !c.indefinite ? bareBinding.get(c.noun) : undefined;
    const mods = capModifiers(c);
    let memberOf = false;
    if (c.key === null && mods.length > 0) {
      // "the American version" after "the American proposal": the same party adjective, the same text.
      let byMod: string | null = null;
      for (const [k, set] of modsOf) if (mods.some((w) => set.has(w))) byMod = k;
      // Two texts of one party ("a shorter American proposal" in spring, the American plan in
      // autumn): the adjective names the one under discussion when that one has been called so.
      const focusMods = focus ? modsOf.get(focus) : undefined;
      // ("the original American plan" names another member of the family: not this preference.)
      if (
        byMod &&
        focus &&
        byMod !== focus &&
        !c.original &&
        !c.revised &&
        focusMods &&
        mods.some((w) => focusMods.has(w))
      )
        byMod = focus;
      // "the European text" once a counter-proposal is on the table, while the version in focus has
      // only ever been called by another party's adjective ("the American proposal"): the counter.
      if (!byMod && focus && focus !== COUNTER_KEY && resolved.some((x) => x.key === COUNTER_KEY)) {
        const fm = modsOf.get(focus);
        if (fm && fm.size > 0) byMod = COUNTER_KEY;
      }
      // "a European counter-proposal, a marked-up copy of the American text": a party adjective
      // that the version in focus has never been called by, when that version has been called by
      // another party's, names the other text on the table: the latest one no party has claimed.
      const fm = focus ? modsOf.get(focus) : undefined;
      if (!byMod && !c.original && !c.revised && focus && fm && fm.size > 0 && !mods.some((w) => fm.has(w))) {
        for (let k = resolved.length - 1; k >= 0; k--) {
          const key = (resolved[k] as Candidate).key as string;
          if (key === focus || (modsOf.get(key)?.size ?? 0) > 0) continue;
          byMod = key;
          break;
        }
      }
      // "the original American plan" once "the revised American plan" has been named: the party
      // adjective names the family of texts, "original" or "revised" the member of it.
      // The adjective stays with the family's text it was last bound to: a contrast does not rebind it.
      const member: string | null =
        byMod && c.original
          ? rootOf(byMod)
          : byMod && c.revised && supersedes(byMod) === null
            ? (revisionOf(byMod) ?? byMod)
            : byMod;
      if (member !== byMod) memberOf = true;
      // "the original American plan" while the American text in focus has no earlier version the
      // article or pack knows of: the adjective cannot say which; the "original" reading below can.
      if (member && !(c.original && member === focus && member === byMod)) c.key = member;
    }
    if (c.proForm && c.key === null) continue;
    // "the American plan" while only the European counter-proposal is on the table: another
    // party's adjective never names the counter-proposal it answers; with no such text named yet,
    // the mention stays unresolved rather than falling to the counter-proposal in focus.
    if (
      c.key === null &&
      focus === COUNTER_KEY &&
      !c.original &&
      !c.revised &&
      mods.length > 0 &&
      (modsOf.get(COUNTER_KEY)?.size ?? 0) > 0 &&
      !mods.some((w) => modsOf.get(COUNTER_KEY)?.has(w))
    )
      continue;
    if (c.key === null && c.comparative) c.key = byComparison(c.comparative, resolved);
    // "Their text calls for …" once a counter-proposal is on the table, while the version in focus
    // has been called by a party's adjective ("the American text"): "their" is the other side's
    // text, the counter-proposal (as "the European text" is, above).
    if (
      c.key === null &&
      !c.original &&
      !c.revised &&
      focus !== null &&
      focus !== COUNTER_KEY &&
      /^their\s+(?:own\s+)?$/iu.test(text.slice(c.start, c.head)) &&
      (modsOf.get(focus)?.size ?? 0) > 0 &&
      resolved.some((x) => x.key === COUNTER_KEY)
    )
      c.key = COUNTER_KEY;
    if (c.key === null) {
      const named = sameNoun(c);
      if (named) c.key = named;
      else if (bound && focus && bound !== focus && !nounsOf.get(focus)?.has(c.noun)) c.key = bound;
      // "the framework" after "the revised framework" and "the earlier draft": a bare noun that
      // only a revision has ever been called by, while an earlier version is in focus, is that
      // revision (the earlier text is named by a contrast word, "the original", when it is meant).
      else if (
        !bound &&
        isBare(c) &&
        !c.indefinite &&
        focus &&
        headUsers.get(c.noun)?.size === 1 &&
        !headUsers.get(c.noun)?.has(focus) &&
        isRevisionKey([...(headUsers.get(c.noun) as Set<string>)][0] as string)
      )
        c.key = [...(headUsers.get(c.noun) as Set<string>)][0] as string;
      // "The document … is a reworked version of the US plan": a revision named as the predicate of
      // a copula is the subject's own text, the one in focus, not a further revision.
      else if (
        c.revised &&
        c.indefinite &&
        focus &&
        /\b(?:is|was)\s+(?:\p{L}+ly\s+|in\s+effect\s+|essentially\s+)?$/iu.test(
          text.slice(Math.max(0, c.start - 30), c.start),
        )
      )
        c.key = focus;
      // "the latest version" once a point count the pack does not know has been named ("a 20-point
      // framework … reworked from the 19-point Geneva framework"): the newest text is that one,
      // even when the sentence between moved the focus to the text it was reworked from.
      else if (
        c.revised &&
        /^(?:latest|newest|new)\b/iu.test(c.name) &&
        resolved.some((x) => unknownVersion(x.key as string))
      )
        c.key = [...resolved].reverse().find((x) => unknownVersion(x.key as string))?.key ?? null;
      else if (c.revised)
        c.key =
          (focus && (revisionOf(focus) ?? (isRevisionKey(focus) ? focus : null))) ??
          (firstRevisedSpecific !== focus ? firstRevisedSpecific : null) ??
          latestRevision();
      else if (c.original) {
        // "the first draft" while a text the pack does not know is in focus (a counter-proposal, a
        // treaty quoted for comparison) is the first version of the pack's revised plan, when the
        // article names one: the text in focus has no versions of its own to be the first of.
        const unchained =
          focus !== null &&
          supersedes(focus) === null &&
          revisionOf(focus) === null &&
          !m.proposals.some((p) => p.id === focus);
        const root = unchained ? earliestVersion() : null;
        c.key =
          (root !== null && root !== focus ? root : null) ??
          (focus && (supersedes(focus) ?? focus)) ??
          specifics.find((x) => !x.revised)?.key ??
          earliestVersion();
      } else if (!c.indefinite)
        c.key =
          focus ??
          specifics.find(
            (x) => x.start > c.start && (x.noun === c.noun || x.kind === 'points' || x.kind === 'alias'),
          )?.key ??
          null;
      if (c.key === null) continue;
      c.kind = 'generic';
    }
    // "a revision of the November plan", "unlike the 28-point plan": the version compared against
    // is not the one under discussion, so it does not take the focus from the sentence's subject;
    // nor does the starting point of a change ("cut from 28 points to 19", "up from the first draft").
    const demoted =
      /\b(?:(?:revision|version|rewrite|overhaul)\s+of|(?:successor|sequel|follow-up|replacement|alternative|answer|response)\s+(?:to|of|for)|unlike|than|replacing|replaces|replaced|supersed\w*|instead\s+of|(?:cut|trimmed|pared|reduced|shortened|down|up|changed|moved\s+away)\s+from)\s+$/iu.test(
        text.slice(Math.max(0, c.start - 25), c.start),
      ) && focus !== null;
    // "the 28-point plan, since trimmed to 19 points in Geneva, went further": a later form named in
    // an aside on the subject; the sentence, and the pronouns after it, are about the subject.
    const aside =
      focus !== null &&
      /,\s*(?:since|later|subsequently|now|then|since\s+then|itself\s+since)\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|en)\s+(?:down\s+)?(?:to|into|as)\s+(?:a\s+|the\s+)?$/iu.test(
        text.slice(Math.max(0, c.start - 60), c.start),
      );
    if (demoted || aside) {
      resolved.push(c);
      continue;
    }
    focus = c.key;
    // Named versions ("the 19-point framework") and bare generics bind their noun; modified
    // generics ("the original plan") do not, they are contrasts rather than names.
    if (!c.indefinite && ((isBare(c) && c.kind === 'generic') || (c.kind !== 'generic' && !c.original)))
      bareBinding.set(c.noun, c.key as string);
    if (c.kind !== 'generic') {
      let ns = nounsOf.get(c.key as string);
      if (!ns) {
        ns = new Set();
        nounsOf.set(c.key as string, ns);
      }
      ns.add(c.noun);
    }
    if (mods.length > 0 && !memberOf) {
      let set = modsOf.get(c.key as string);
      if (!set) {
        set = new Set();
        modsOf.set(c.key as string, set);
      }
      for (const w of mods) set.add(w);
    }
    let users = headUsers.get(c.noun);
    if (!users) {
      users = new Set();
      headUsers.set(c.noun, users);
    }
    users.add(c.key as string);
    resolved.push(c);
    focusMarks.push({ start: c.start, key: c.key as string });
  }
  return { resolved, focusMarks };
}
