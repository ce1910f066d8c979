import { MONTH_NAMES } from '../../core/months.ts';
import type { Segmented } from '../segment/index.ts';
import { lowerBound, sentenceIndexOf } from './text.ts';
import type { ActorMentionIn, ProposalMention } from './types.ts';

/**
 * A place or a month standing for the text made there or then: "Geneva kept the requirement",
 * "April offered recognition of Crimea", "November caps the army at 600,000". Pieces comparing
 * versions write this way once they have tied the word to a version ("the Geneva text", "the April
 * paper"), so the article itself says what the word stands for. Only a word standing as a clause's
 * subject (at a sentence's or clause's start, right before a verb) counts, and only when every
 * mention carrying the word names one version: "Geneva" means nothing when the article has both
 * "the Geneva text" and "the Geneva talks' second draft".
 */

const MONTHS = new Set(MONTH_NAMES.map((m) => m.toLowerCase()));

/**
 * Where a clause may start right before the word: a sentence start, a fronted topic ("On
 * recognition, April offered …"), a semicolon, "while", "but", "and".
 */
const CLAUSE_LEAD_RE =
  /(?:^\W*(?:(?:on|as\s+for|as\s+to|regarding|by\s+contrast|in\s+contrast|instead|meanwhile|however)\b[^,;.]{0,40},\s*)?|[;:—–]\s*|,\s*(?:while|whereas|but|and)\s+|\b(?:and|but|while|whereas)\s+)$/iu;

export function metonymMentions(
  text: string,
  seg: Segmented,
  mentions: readonly ProposalMention[],
  actors: readonly ActorMentionIn[],
  places: readonly { start: number; end: number }[],
): ProposalMention[] {
  // The words (a month or a place name) each mention carries, and the versions they stand for.
  const placeAt = new Set(places.map((p) => p.start));
  const keysOf = new Map<string, Set<string>>();
  for (const m of mentions) {
    for (const w of m.text.matchAll(/\p{Lu}\p{Ll}+/gu)) {
      const at = m.start + (w.index ?? 0);
      const word = w[0].toLowerCase();
      if (!MONTHS.has(word) && !placeAt.has(at)) continue;
      const set = keysOf.get(word) ?? new Set<string>();
      set.add(m.proposal);
      keysOf.set(word, set);
    }
  }
  if (keysOf.size === 0) return [];
  const actorAt = new Set(actors.map((a) => a.start));
  const mentionCovers = (at: number) => mentions.some((m) => m.start <= at && at < m.end);
  const out: ProposalMention[] = [];
  const { tokens } = seg;
  for (const [word, keys] of keysOf) {
    if (keys.size !== 1) continue;
    const key = [...keys][0] as string;
    const cap = word[0]?.toUpperCase() + word.slice(1);
    for (let at = text.indexOf(cap); at >= 0; at = text.indexOf(cap, at + 1)) {
      const end = at + cap.length;
      if (/\p{L}/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[end] ?? '')) continue;
      if (actorAt.has(at) || mentionCovers(at)) continue;
      const sentence = seg.sentences[sentenceIndexOf(seg, at)];
      if (!sentence || !CLAUSE_LEAD_RE.test(text.slice(sentence.start, at))) continue;
      // Right before a verb: "Geneva kept", "April did not mention", "November caps".
      const next = tokens[lowerBound(tokens, end)];
      if (!next || !/^\p{Ll}/u.test(next.text) || (next.pos !== 'VERB' && next.pos !== 'AUX')) continue;
      out.push({
        start: at,
        end,
        text: text.slice(at, end),
        proposal: key,
        rule: 'metonym',
        points: null,
        revised: false,
      });
    }
  }
  return out;
}
