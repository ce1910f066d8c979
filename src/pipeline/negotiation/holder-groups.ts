import type { ActorMentionIn } from './types.ts';

/**
 * "European Union leaders agreed … The leaders also called for …": wire copy names a group once
 * with its party ("EU leaders", "NATO foreign ministers", "Russian officials") and then goes on
 * with the definite group noun alone. That noun, as a clause's subject, stands for the party of
 * the nearest earlier "<party> <same noun>". Returns the actor mentions with such descriptions
 * added as mentions of that party; nothing is added where the nearest earlier group with that noun
 * names no party, or two.
 */

const GROUP_NOUN =
  '(?:leaders|heads\\s+of\\s+(?:state|government)|(?:foreign\\s+|defen[cs]e\\s+|finance\\s+)?ministers|envoys|ambassadors|negotiators|delegates|officials|governments)';
/** "<party> leaders", "<party>'s foreign ministers", "<party> and <party> leaders" (the noun after the mention). */
const AFTER_PARTY_RE = new RegExp(`^(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+){0,1}(${GROUP_NOUN})\\b`, 'u');
/** "The leaders", "these ministers" opening a clause: at a sentence start, after a semicolon or ", and". */
const DEFINITE_GROUP_RE = new RegExp(
  `(?:^|[.!?]["”’]?\\s+|\\n\\s*|;\\s+|,\\s+(?:and|but)\\s+)((?:The|the|These|these)\\s+(?:[\\p{Ll}-]+\\s+){0,1}(${GROUP_NOUN}))\\b(?!\\s+(?:of|from|in|at|who|whose|for)\\b)`,
  'gu',
);

const headOf = (noun: string) => noun.split(/\s+/).pop() as string;

export function withGroupHolders(
  text: string,
  actors: readonly ActorMentionIn[],
  isParty: (actor: string) => boolean,
): ActorMentionIn[] {
  // Cheap gate: no definite group noun, nothing to do.
  if (
    !/\b(?:[Tt]he|[Tt]hese)\s+(?:[\p{Ll}-]+\s+)?(?:leaders|heads|ministers|envoys|ambassadors|negotiators|delegates|officials|governments)\b/u.test(
      text,
    )
  )
    return [...actors];
  // Each "<party> <noun>": where it ends and which party it names.
  const groups: { end: number; head: string; actor: string }[] = [];
  actors.forEach((a, i) => {
    const m = AFTER_PARTY_RE.exec(text.slice(a.end, a.end + 40));
    if (!m) return;
    // "Russian and Ukrainian negotiators": a group of two parties stands for neither.
    const prev = actors[i - 1];
    const joint = prev !== undefined && /^\s*(?:,|and|,\s*and)\s+$/u.test(text.slice(prev.end, a.start));
    groups.push({ end: a.end + m[0].length, head: headOf(m[1] as string), actor: joint ? '' : a.actor });
  });
  if (groups.length === 0) return [...actors];
  const out = [...actors];
  for (const m of text.matchAll(DEFINITE_GROUP_RE)) {
    const phrase = m[1] as string;
    const start = (m.index ?? 0) + (m[0].length - phrase.length);
    const head = headOf(m[2] as string);
    const earlier = groups.filter((g) => g.end <= start && g.head === head);
    const last = earlier[earlier.length - 1];
    if (!last || last.actor === '' || !isParty(last.actor)) continue;
    out.push({ start, end: start + phrase.length, text: phrase, actor: last.actor });
  }
  return out.sort((a, b) => a.start - b.start);
}
