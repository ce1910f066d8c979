import type { Pack } from '../../packs/schema.ts';
import type { Segmented, Token } from '../segment/index.ts';
import { foldText, nameKey } from './normalize.ts';

/**
 * Titles standing for a name ("the vice president", "the US president", "the European
 * Commission president", "the Kremlin spokesman", "the Russian leader"), resolved with the pack's
 * dated roles against the article's publication date: the phrase names a pack person only when
 * exactly one person held a matching role on that day. A title before a name ("the US president
 * Donald Trump") or in apposition to one ("Dmitry Peskov, the Kremlin spokesman,") is left to the
 * name. Precision first: an unqualified "the president" in a story with several presidents names no one.
 */

export interface RoleEntry {
  id: string;
  /** Folded title as text writes it ("vice president", "army secretary", "spokesperson"). */
  title: string;
  /** Folded qualifiers that may precede the title: the role's organization and the person's side, with their aliases and adjectives. */
  quals: ReadonlySet<string>;
  /** The role's own title, folded ("president" for the "leader" variant). */
  base: string;
  from: string | null;
  to: string | null;
}

/** Words of one meaning in titles: a press secretary is the spokesperson. */
const SPOKES = ['spokesperson', 'spokesman', 'spokeswoman', 'press secretary'];
/** Role titles a "leader" may stand for (head of state or of government). */
const LEADER_TITLES = new Set([
  'president',
  'prime minister',
  'chancellor',
  'premier',
  'king',
  'emir',
  'supreme leader',
  'crown prince and prime minister',
]);

function titleVariants(title: string): string[] {
  const t = foldText(title).trim();
  const out = new Set([t, t.replace(/-/g, ' '), t.replace(/ /g, '-')]);
  for (const s of SPOKES)
    if (t.endsWith(s)) for (const v of SPOKES) out.add(t.slice(0, t.length - s.length) + v);
  if (LEADER_TITLES.has(t)) out.add('leader');
  return [...out];
}

/** Role entries keyed by the last word of their title. */
export function compileRoles(pack: Pack): Map<string, RoleEntry[]> {
  const names = new Map<string, string[]>();
  const addNames = (key: string, list: readonly string[]) => {
    const k = nameKey(key);
    names.set(k, [...(names.get(k) ?? []), ...list.map((n) => nameKey(n))]);
  };
  for (const a of pack.actors) {
    const all = [a.name, ...a.aliases, ...a.adjectives];
    for (const n of [a.name, ...a.aliases]) addNames(n, all);
    addNames(a.id, all);
  }
  for (const p of pack.places) for (const n of [p.name, ...p.aliases]) addNames(n, [p.name, ...p.aliases]);
  const out = new Map<string, RoleEntry[]>();
  for (const a of pack.actors) {
    if (a.kind !== 'person') continue;
    const side = a.side ? (names.get(nameKey(a.side)) ?? []) : [];
    for (const r of a.roles) {
      const org = r.organization
        ? [nameKey(r.organization), ...(names.get(nameKey(r.organization)) ?? [])]
        : [];
      const quals = new Set([...org, ...side].filter(Boolean));
      for (const title of titleVariants(r.title)) {
        const last = title.split(/[\s-]+/).pop() as string;
        const list = out.get(last) ?? [];
        list.push({
          id: a.id,
          title,
          quals,
          base: foldText(r.title).trim(),
          from: r.from ?? null,
          to: r.to ?? null,
        });
        out.set(last, list);
      }
    }
  }
  return out;
}

function active(r: RoleEntry, published: string | null): boolean {
  if (published === null) return r.to === null; // no date: the roles still held
  return (r.from === null || r.from <= published) && (r.to === null || published < r.to);
}

export interface RoleHit {
  start: number;
  end: number;
  actor: string;
  title: string;
}

/**
 * Role phrases in the text: [the] [qualifier] title, or qualifier's title ("Ukraine's president").
 * `isPersonEnd(offset)` tells whether a person mention ends at an offset (for appositions).
 */
export function findRoleMentions(
  folded: string,
  seg: Segmented,
  roles: ReadonlyMap<string, readonly RoleEntry[]>,
  published: string | null,
  isPersonEnd: (offset: number) => boolean,
): RoleHit[] {
  const tokens = seg.tokens;
  const out: RoleHit[] = [];
  for (const sent of seg.sentences) {
    for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
      const cands = roles.get((tokens[i] as Token).lower);
      if (!cands) continue;
      const end = (tokens[i] as Token).end;
      // The next word must not be a name the title introduces ("the US president Donald Trump").
      const next = tokens[i + 1];
      if (next && i + 1 < sent.tokenEnd && /^\p{Lu}/u.test(next.text)) continue;
      if (next?.text === ',' && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '') && i + 2 < sent.tokenEnd) continue;
      // Try the longest title first.
      const sorted = [...cands].sort((a, b) => b.title.length - a.title.length);
      let hit: { start: number; titleStart: number; ids: Set<string>; title: string } | null = null;
      /** For "leader": the ids holding a presidency, which news means when a state has a president and a premier. */
      const presidents = new Set<string>();
      for (const c of sorted) {
        const tStart = end - c.title.length;
        if (tStart < sent.start || folded.slice(tStart, end) !== c.title) continue;
        if (tStart > 0 && /[a-z0-9]/.test(folded.charAt(tStart - 1))) continue;
        // Token where the title starts, and what stands before it.
        let k = i;
        while (k > sent.tokenStart && (tokens[k] as Token).start > tStart) k--;
        if ((tokens[k] as Token).start !== tStart) continue;
        const q = qualifierBefore(folded, tokens, k, sent.tokenStart);
        if (!q) continue;
        if (hit && hit.title !== c.title) break; // a longer title already matched at this position
        const ids: Set<string> = hit?.ids ?? new Set();
        if (active(c, published) && (q.qual === '' || c.quals.has(q.qual))) {
          ids.add(c.id);
          if (c.base === 'president') presidents.add(c.id);
        }
        hit = { start: q.start === -1 ? tStart : q.start, titleStart: tStart, ids, title: c.title };
        // Other entries with the same title are collected by the loop.
      }
      if (hit?.title === 'leader' && hit.ids.size > 1 && presidents.size === 1) hit.ids = presidents;
      if (hit === null || hit.ids.size !== 1) continue;
      // Apposition: "Dmitry Peskov, the Kremlin spokesman" — the name already carries the mention.
      const before = folded.slice(0, hit.start).replace(/\s*(?:the|a)\s*$/, '');
      if (/,\s*$/.test(before) && isPersonEnd(before.replace(/,\s*$/, '').length)) continue;
      out.push({ start: hit.start, end, actor: [...hit.ids][0] as string, title: hit.title });
    }
  }
  return out;
}

/**
 * What stands before a title at token k: "the" (qualifier '' and start -1), "the <qualifier>",
 * or "<qualifier>'s". Null when neither: a bare capitalized "President" is a prefix, not a mention.
 */
function qualifierBefore(
  folded: string,
  tokens: readonly Token[],
  k: number,
  sentStart: number,
): { qual: string; start: number } | null {
  if (k - 1 >= sentStart && (tokens[k - 1] as Token).lower === 'the') return { qual: '', start: -1 };
  // "the US", "the European Commission", "the Russian foreign ministry": up to four words after "the".
  for (let j = k - 2; j >= Math.max(sentStart, k - 5); j--) {
    if ((tokens[j] as Token).lower !== 'the') continue;
    const from = tokens[j + 1] as Token;
    const qual = nameKey(folded.slice(from.start, (tokens[k - 1] as Token).end));
    return { qual, start: from.start };
  }
  // "Ukraine's president".
  const poss = tokens[k - 1];
  if (poss && k - 2 >= sentStart && (poss.lower === "'s" || poss.lower === '\u2019s')) {
    const owner = tokens[k - 2] as Token;
    if (/^\p{Lu}/u.test(owner.text) || /^[a-z]/.test(owner.lower))
      return { qual: nameKey(folded.slice(owner.start, owner.end)), start: owner.start };
  }
  return null;
}
