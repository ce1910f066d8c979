import type { ActorKind } from '../../core/types.ts';
import type { Segmented, Token } from '../segment/index.ts';
import { type AliasHit, aliasAt } from './aliases.ts';
import type { ActorIndex } from './compile.ts';
import { classify, readCues, titleBefore } from './discover.ts';
import { DEMONYM_AGENTS, FINAL_ORG_HEADS, NOT_NAMES, ORG_HEADS, SQUAD_NOUNS } from './lexicon.ts';
import { isMatchReport, playsMatch } from './matches.ts';
import { isActorUse } from './metonym.ts';
import { foldText, nameKey, slug } from './normalize.ts';
import { fuzzyPerson, type Resolved, resolvePackPerson, type Seq } from './persons.ts';
import { findRoleMentions } from './roles.ts';
import { findScorers, findTableSides } from './tables.ts';
import type { ActorFlag, ActorMention, ActorsResult, DiscoveredActor, PlaceMention } from './types.ts';

export { type ActorIndex, compileActorIndex } from './compile.ts';
export type { ActorFlag, ActorMention, ActorsResult, DiscoveredActor, PlaceMention } from './types.ts';

/**
 * The actors stage: every mention of a pack actor or place linked (aliases, titles, surnames,
 * first-name variants, misspellings, metonyms), and people and organizations the pack does not know
 * discovered from proper-noun sequences and cues, clustered within the document.
 *
 * Flow per document: (1) pack aliases, left to right, longest first; (2) the remaining capitalized
 * sequences, titles stripped; (3) full names resolved against pack persons, then discovered;
 * (4) single words resolved last, once every full name of the document is known.
 */

const CONNECTORS = new Set([
  'of',
  'for',
  'de',
  'von',
  'der',
  'van',
  'bin',
  'al',
  'la',
  'du',
  'da',
  'di',
  'del',
  'le',
  '&',
  'al-',
  'ibn',
]);

/** A capitalized word (or an acronym), possibly with inner dots, hyphens or apostrophes. */
function isCapWord(t: Token): boolean {
  return /^\p{Lu}[\p{L}\p{N}.'’-]*$/u.test(t.text) && t.pos !== 'PUNCT';
}

/** No whitespace between token k-1 and token k ("Ben-Elissar" split by the tokenizer). */
function touching(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k - 1];
  const b = tokens[k];
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Particles of Arabic (and Hebrew) names written with a hyphen: "al-Hayya", "el-Sisi", "Abu-Shakra". */
const HYPHEN_PARTICLES = new Set([
  'al',
  'el',
  'ad',
  'ash',
  'as',
  'az',
  'ar',
  'an',
  'at',
  'abu',
  'bin',
  'ibn',
  'ben',
  'bint',
]);

/** Token j is such a particle, joined by a hyphen to a capitalized word ("al" "-" "Hayya"). */
function hyphenParticle(tokens: readonly Token[], j: number, end: number): boolean {
  const t = tokens[j];
  return (
    t !== undefined &&
    j + 2 < end &&
    HYPHEN_PARTICLES.has(t.lower) &&
    (tokens[j + 1] as Token).text === '-' &&
    touching(tokens, j + 1) &&
    touching(tokens, j + 2) &&
    isCapWord(tokens[j + 2] as Token)
  );
}

/** Words that open a site's navigation line, left over from extraction. */
const NAV_WORDS = new Set([
  'search',
  'subscribe',
  'follow',
  'watch',
  'listen',
  'sign',
  'download',
  'share',
  'advertisement',
  'read',
]);

/** Titles of rulers and royals, who are named by their given name ("Sheikh Mohammed", "Prince William"). */
const GIVEN_NAME_TITLES = new Set([
  'sheikh',
  'sheikha',
  'emir',
  'prince',
  'princess',
  'crown prince',
  'king',
  'queen',
  'sultan',
]);

/** Connectors ("van der", "of the") continue a name only when a capitalized word follows them. */
function connectsToName(tokens: readonly Token[], j: number, end: number, consumed: Uint8Array): boolean {
  let k = j;
  while (k < end && k < j + 3 && CONNECTORS.has((tokens[k] as Token).lower)) k++;
  return k < end && !consumed[k] && isCapWord(tokens[k] as Token);
}

/** Whether token t lies inside the title that ends right before `nameStart`. */
function titleCovers(t: Token, nameStart: number, title: string): boolean {
  return t.start >= nameStart - title.length - 2;
}

function insideLongerName(
  tokens: readonly Token[],
  folded: string,
  hit: AliasHit,
  sentStart: number,
  sentEnd: number,
  consumed: Uint8Array,
  index: ActorIndex,
): boolean {
  const next = tokens[hit.last];
  if (next && hit.last < sentEnd && isCapWord(next) && !titleAt(tokens, folded, hit.last, sentEnd, index)) {
    const gap = folded.slice((tokens[hit.last - 1] as Token).end, next.start);
    if (gap === ' ' && !NOT_NAMES.has(next.lower) && index.byFirstWord.get(next.lower) === undefined)
      return true;
  }
  const prev = tokens[hit.first - 1];
  if (
    prev &&
    hit.first - 1 > sentStart &&
    !consumed[hit.first - 1] &&
    isCapWord(prev) &&
    !NOT_NAMES.has(prev.lower)
  ) {
    const gap = folded.slice(prev.end, hit.start);
    const isTitle =
      index.titleLastWords.has(prev.lower) || index.titleLastWords.has(prev.lower.replace(/\.$/, ''));
    if (gap === ' ' && !isTitle) return true;
  }
  return false;
}

/** A capitalized run from token k that ends in an organization head ("Defence Council"). */
function opensOrgName(
  tokens: readonly Token[],
  folded: string,
  k: number,
  end: number,
  index: ActorIndex,
): boolean {
  for (let j = k; j < Math.min(end, k + 4); j++) {
    const t = tokens[j] as Token;
    if (!isCapWord(t)) return false;
    if (titleAt(tokens, folded, j, end, index)) return false; // "US Army Secretary Dan Driscoll"
    if (ORG_HEADS.has(t.lower)) return true;
  }
  return false;
}

function isHeadline(tokens: readonly Token[], from: number, to: number, standalone: boolean): boolean {
  let words = 0;
  let caps = 0;
  let capFunction = 0;
  let lowerLetters = false;
  let allCaps = 0;
  let longWords = 0;
  let longCaps = 0;
  let bracket = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.text === '(') bracket = true;
    if (!/^\p{L}/u.test(t.text)) continue;
    words++;
    if (t.text.length >= 4) {
      longWords++;
      if (/^\p{Lu}/u.test(t.text)) longCaps++;
    }
    if (/^\p{Lu}/u.test(t.text)) {
      caps++;
      if (i > from && NOT_NAMES.has(t.lower) && t.lower.length <= 5) capFunction++;
    }
    if (/\p{Ll}/u.test(t.text)) lowerLetters = true;
    else if (t.text.length > 1) allCaps++;
  }
  if (words >= 2 && (!lowerLetters || allCaps / words >= 0.8)) return true; // ALL CAPS
  // Title case: most words capitalized, and a capitalized function word or no closing punctuation.
  const lastTok = tokens[to - 1] as Token;
  const unpunctuated = !/^[.!?"”’']$/.test(lastTok.text);
  return (
    words >= 3 &&
    caps / words >= 0.75 &&
    (capFunction > 0 || (standalone && !bracket && unpunctuated && longCaps >= 3 && longCaps === longWords))
  );
}

export function linkActors(
  text: string,
  seg: Segmented,
  index: ActorIndex,
  published: string | null = null,
): ActorsResult {
  const folded = foldText(text);
  const tokens = seg.tokens;
  const mentions: ActorMention[] = [];
  const places: PlaceMention[] = [];
  const flags: ActorFlag[] = [];
  const consumed = new Uint8Array(tokens.length);
  const seqs: Seq[] = [];
  const headline = new Uint8Array(seg.sentences.length);
  /** Actor named by an adjective or possessive ending at token index → actor id (for discovered sides). */
  const sideBefore = new Map<number, string>();
  /** Pack persons named in full by an alias: their surnames settle later surname-only mentions. */
  const personHits: { actor: string; at: number; words: string[] }[] = [];

  const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
  /** Words the document also writes in lower case: common words, whatever their capitals elsewhere. */
  const lowerWords = new Set<string>();
  for (const t of tokens) {
    const c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122) lowerWords.add(t.lower);
  }

  // (0) Sides in sports results and standings lines are clubs, whatever place they are named after;
  // a state's name there is its national side and keeps its usual reading.
  const tableSides: { first: number; last: number; rule: string }[] = [];
  const sides = findTableSides(text).map((x) => ({ ...x, person: false }));
  for (const x of findScorers(text)) sides.push({ ...x, person: true });
  for (const side of sides) {
    const target = index.byKey.get(nameKey(text.slice(side.start, side.end)));
    if (target?.type === 'actor' && index.actors.get(target.id)?.kind === 'state') continue;
    if (target?.type === 'adjective') continue;
    let first = -1;
    let last = -1;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.start >= side.end) break;
      if (t.start >= side.start && t.end <= side.end) {
        if (first < 0) first = k;
        last = k + 1;
      }
    }
    if (
      first < 0 ||
      (tokens[first] as Token).start !== side.start ||
      (tokens[last - 1] as Token).end !== side.end
    )
      continue;
    for (let k = first; k < last; k++) consumed[k] = 1;
    tableSides.push({ first, last, rule: side.person ? 'discovered:scorer' : 'discovered:results-table' });
  }

  seg.sentences.forEach((sent, si) => {
    const para = seg.paragraphs[sent.paragraph];
    const lineStart = text.lastIndexOf('\n', sent.start - 1) + 1;
    const nl = text.indexOf('\n', sent.end);
    const standalone =
      (para !== undefined && para.start === sent.start) ||
      lineStart === sent.start ||
      nl === sent.end ||
      (nl < 0 && sent.end === text.length);
    const endsLine = nl === sent.end || (nl < 0 && sent.end === text.length) || para?.end === sent.end;
    const head = isHeadline(
      tokens,
      sent.tokenStart,
      sent.tokenEnd,
      standalone && (lineStart === sent.start || para?.start === sent.start) && endsLine,
    );
    // A byline ("By Jane Doe and John Roe") looks like a headline but names people.
    const byline = (tokens[sent.tokenStart] as Token | undefined)?.lower === 'by' && lineStart === sent.start;
    headline[si] = head && !byline ? 1 : 0;
    // A navigation remnant on its own line ("Search CNN", "Follow Reuters"): no actor speaks there.
    if (lineStart === sent.start && endsLine && sent.tokenEnd - sent.tokenStart <= 5) {
      const lead = (tokens[sent.tokenStart] as Token | undefined)?.lower ?? '';
      if (NAV_WORDS.has(lead)) return;
    }
    const sports = isMatchReport(tokens, sent.tokenStart, sent.tokenEnd);
    // (1) Pack aliases.
    let lastMetonym = null as { end: number; actor: boolean } | null;
    for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
      const hit: AliasHit | null = aliasAt(text, folded, seg, i, index);
      if (!hit) continue;
      if (hit.last > sent.tokenEnd) continue;
      const target = hit.entry.target;
      // "Israel Radio", "Moscow Times": a place or state opening an organization's name.
      if (target.type !== 'adjective' && opensOrgName(tokens, folded, hit.last, sent.tokenEnd, index))
        continue;
      // A place inside a longer proper name ("Sparta Rotterdam", "Taiwan Strait") is not that place.
      if (
        target.type === 'place' &&
        insideLongerName(tokens, folded, hit, sent.tokenStart, sent.tokenEnd, consumed, index)
      )
        continue;
      // "Liverpool striker", "Chelsea fans": a city's name before a player's position is its club;
      // so is a city's name beating, drawing with or losing to another side in a match report.
      if (
        target.type === 'place' &&
        hit.last < sent.tokenEnd &&
        (SQUAD_NOUNS.has(tokens[hit.last]?.lower ?? '') ||
          (sports && playsMatch(tokens, hit.first, hit.last, sent.tokenStart, sent.tokenEnd)))
      ) {
        for (let k = hit.first; k < hit.last; k++) consumed[k] = 1;
        tableSides.push({ first: hit.first, last: hit.last, rule: 'discovered:club' });
        i = hit.last - 1;
        continue;
      }
      for (let k = hit.first; k < hit.last; k++) consumed[k] = 1;
      // The span is the name: an alias's leading article ("the Kremlin") stays outside it.
      const article = /^the\s+/.exec(folded.slice(hit.start, hit.end));
      const sp = span(hit.start + (article ? article[0].length : 0), hit.end);
      if (target.type === 'actor') {
        const isPerson = index.actors.get(target.id)?.kind === 'person';
        const title = isPerson ? titleBefore(folded, seg, hit.first, sent.tokenStart, index) : null;
        if (title)
          for (
            let k = hit.first - 1;
            k >= sent.tokenStart && titleCovers(tokens[k] as Token, hit.start, title);
            k--
          )
            consumed[k] = 1;
        mentions.push({ ...sp, actor: target.id, rule: title ? `title:${title}+alias` : 'alias' });
        if (isPerson)
          personHits.push({ actor: target.id, at: hit.first, words: hit.entry.folded.split(/\s+/) });
        const next = tokens[hit.last];
        if (next && (next.lower === "'s" || next.lower === '\u2019s')) sideBefore.set(hit.last, target.id);
      } else if (target.type === 'adjective') {
        sideBefore.set(hit.last - 1, target.id);
        if (agentFollows(tokens, hit.last, sent.tokenEnd))
          mentions.push({ ...sp, actor: target.id, rule: 'demonym' });
      } else {
        const prevDecision: boolean | null =
          lastMetonym && hit.first - lastMetonym.end <= 2 ? lastMetonym.actor : null;
        const actorUse: boolean =
          target.metonymFor !== null &&
          isActorUse(tokens, hit.first, hit.last, sent.tokenStart, sent.tokenEnd, prevDecision);
        if (actorUse && target.metonymFor) {
          mentions.push({ ...sp, actor: target.metonymFor, rule: 'metonym', metonym: true });
          const next = tokens[hit.last];
          if (next && (next.lower === "'s" || next.lower === '\u2019s'))
            sideBefore.set(hit.last, target.metonymFor);
        } else places.push({ ...sp, place: target.id, rule: 'alias' });
        if (target.metonymFor) lastMetonym = { end: hit.last, actor: actorUse };
      }
      i = hit.last - 1;
    }
    // (2) Remaining capitalized sequences.
    for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
      if (consumed[i] || !isCapWord(tokens[i] as Token)) continue;
      let j = i;
      while (j < sent.tokenEnd && !consumed[j]) {
        const t = tokens[j] as Token;
        if (j > i && text.slice((tokens[j - 1] as Token).end, t.start).includes('\n')) break; // never across lines
        if (isCapWord(t)) j++;
        else if (
          j > i &&
          touching(tokens, j) &&
          /^[\p{L}-]/u.test(t.text) &&
          !/^'/.test(t.text) &&
          j + 1 < sent.tokenEnd &&
          touching(tokens, j + 1) &&
          !consumed[j + 1]
        )
          j++;
        else if (j > i && touching(tokens, j) && /^-?\p{Lu}/u.test(t.text)) j++;
        else if (
          t.text === '.' &&
          touching(tokens, j) &&
          /^\p{Lu}$/u.test((tokens[j - 1] as Token).text) &&
          j + 1 < sent.tokenEnd &&
          isCapWord(tokens[j + 1] as Token)
        )
          j++;
        else if (j > i && hyphenParticle(tokens, j, sent.tokenEnd)) j += 3;
        else if (CONNECTORS.has(t.lower) && j > i && connectsToName(tokens, j, sent.tokenEnd, consumed)) j++;
        else break;
      }
      // In a headline every word is capitalized: only single words can be trusted (to surnames).
      const parts = headline[si]
        ? splitSequence(tokens, folded, i, j, sent.tokenStart, index).flatMap((p) =>
            Array.from({ length: p.last - p.first }, (_, k) => ({
              first: p.first + k,
              last: p.first + k + 1,
              title: null,
            })),
          )
        : splitSequence(tokens, folded, i, j, sent.tokenStart, index);
      for (const part of parts) {
        const words: string[] = [];
        const wordTok: number[] = [];
        for (let k = part.first; k < part.last; k++) {
          const w = folded.slice((tokens[k] as Token).start, (tokens[k] as Token).end).replace(/'s$/, '');
          // "Ben-Gvir", "al-Hayya": the tokenizer splits at the hyphen; the name is one word.
          if (k > part.first && touching(tokens, k) && (w === '-' || words[words.length - 1]?.endsWith('-')))
            words[words.length - 1] += w;
          else {
            words.push(w);
            wordTok.push(k);
          }
        }
        const cues = readCues(
          text,
          folded,
          seg,
          part.first,
          part.last,
          sent.tokenStart,
          sent.tokenEnd,
          index,
          part.title,
          sideBefore,
        );
        seqs.push({ first: part.first, last: part.last, sentence: si, words, wordTok, cues });
      }
      i = j - 1;
    }
  });

  // (3) Full names: pack persons (with first-name variants and misspelt surnames), else discovered.
  const resolved = new Map<Seq, Resolved>();
  const discovered = new Map<string, DiscoveredActor>();
  /** Surname → actors of full-name mentions in this document, with the token where each was seen. */
  const docSurnames = new Map<string, { actor: string; at: number }[]>();
  const noteSurname = (surname: string, actor: string, at: number) => {
    const list = docSurnames.get(surname) ?? [];
    list.push({ actor, at });
    docSurnames.set(surname, list);
    // "Majed al-Ansari" is later "Ansari" as often as "al-Ansari".
    const bare = /^(?:al|el|ad|ash|as|az|ar|an|at)-(.+)$/.exec(surname);
    if (bare) noteSurname(bare[1] as string, actor, at);
  };
  /** Given name → persons named in full in this document ("Sheikh Mohammed" after "Mohammed bin Abdulrahman Al Thani"). */
  const docFirsts = new Map<string, Set<string>>();
  const noteFirst = (first: string, actor: string) => {
    const set = docFirsts.get(first) ?? new Set<string>();
    set.add(actor);
    docFirsts.set(first, set);
  };

  for (const ts of tableSides) {
    const sp = span((tokens[ts.first] as Token).start, (tokens[ts.last - 1] as Token).end);
    const id = `new:${slug(sp.text)}`;
    const d = discovered.get(id);
    if (d) d.evidence.push(sp);
    else
      discovered.set(id, {
        id,
        name: sp.text,
        kind: ts.rule === 'discovered:scorer' ? 'person' : 'organization',
        role: null,
        organization: null,
        side: null,
        evidence: [sp],
      });
    mentions.push({ ...sp, actor: id, rule: ts.rule });
  }

  for (const h of personHits)
    for (const p of index.persons)
      if (p.id === h.actor && h.words.join(' ').endsWith(p.surname)) noteSurname(p.surname, h.actor, h.at);

  for (const s of seqs) {
    if (s.words.length < 2) continue;
    const r = resolvePackPerson(s, index);
    if (r) {
      resolved.set(s, r);
      noteSurname(r.surname, r.actor, s.first);
      noteFirst(s.words[0] as string, r.actor);
      continue;
    }
    if (headline[s.sentence]) continue;
    const r2 = discoverSeq(s, s.words[s.words.length - 1] as string);
    if (r2?.person) {
      noteSurname(r2.surname, r2.actor, s.first);
      noteFirst(s.words[0] as string, r2.actor);
    }
  }

  // (4) Single words: a surname of a full name in this document, a pack surname, a misspelling, or discovered.
  for (const s of seqs) {
    if (s.words.length !== 1) continue;
    const w = s.words[0] as string;
    const firsts = docFirsts.get(w);
    if (firsts?.size === 1 && s.cues.title && GIVEN_NAME_TITLES.has(foldText(s.cues.title))) {
      const actor = [...firsts][0] as string;
      resolved.set(s, { actor, rule: 'given-name', first: s.first, person: true, surname: w });
      if (actor.startsWith('new:'))
        discovered.get(actor)?.evidence.push(span((tokens[s.first] as Token).start, seqEnd(s)));
      continue;
    }
    const inDoc = docSurnames.get(w);
    if (inDoc && inDoc.length > 0) {
      const before = inDoc.filter((x) => x.at < s.first);
      const pick = (before.length > 0 ? before[before.length - 1] : inDoc[0]) as { actor: string };
      resolved.set(s, { actor: pick.actor, rule: 'surname', first: s.first, person: true, surname: w });
      if (pick.actor.startsWith('new:'))
        discovered.get(pick.actor)?.evidence.push(span((tokens[s.first] as Token).start, seqEnd(s)));
      continue;
    }
    const ids = index.surnames.get(w);
    if (ids && ids.length === 1) {
      resolved.set(s, { actor: ids[0] as string, rule: 'surname', first: s.first, person: true, surname: w });
      continue;
    }
    if (ids && ids.length > 1) continue; // ambiguous in the pack and not settled by the document
    const f = fuzzyPerson(w, index, tokens[s.first] as Token);
    if (f) {
      resolved.set(s, {
        actor: f,
        rule: 'fuzzy',
        first: s.first,
        person: true,
        surname: w,
        misspelled: true,
      });
      continue;
    }
    if (headline[s.sentence]) continue;
    discoverSeq(s, w);
  }

  for (const s of seqs) {
    const r = resolved.get(s);
    if (!r) continue;
    const start = (tokens[r.first] as Token).start;
    const end = seqEnd(s);
    const sp = span(start, end);
    if (r.actor.startsWith('place:')) {
      places.push({ ...sp, place: `new:${r.actor.slice(6)}`, rule: r.rule });
      continue;
    }
    const title = s.cues.title ? `title:${s.cues.title}+` : '';
    const m: ActorMention = { ...sp, actor: r.actor, rule: `${title}${r.rule}` };
    if (r.misspelled) {
      m.misspelled = true;
      const name = index.actors.get(r.actor)?.name ?? r.actor;
      flags.push({ kind: 'misspelling', detail: `"${sp.text}" read as ${name}`, ...sp });
    }
    mentions.push(m);
  }

  // (5) Titles standing for a name, resolved with the pack's dated roles on the publication date.
  if (index.roles.size > 0) {
    const isPerson = (id: string) =>
      id.startsWith('new:') ? discovered.get(id)?.kind === 'person' : index.actors.get(id)?.kind === 'person';
    const personEnds = new Set<number>();
    for (const m of mentions) if (isPerson(m.actor)) personEnds.add(m.end);
    const hits = findRoleMentions(folded, seg, index.roles, published, (o) => personEnds.has(o));
    for (const h of hits) {
      if (mentions.some((m) => m.start < h.end && h.start < m.end && isPerson(m.actor))) continue;
      // The qualifier's own mention ("US" in "the US president") gives way to the person.
      for (let k = mentions.length - 1; k >= 0; k--) {
        const m = mentions[k] as ActorMention;
        if (m.start >= h.start && m.end <= h.end) mentions.splice(k, 1);
      }
      mentions.push({ ...span(h.start, h.end), actor: h.actor, rule: `role:${h.title}` });
    }
  }

  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  // Each mention carries its actor's kind, so later stages can match pronouns (he/she → person).
  for (const m of mentions) {
    const kind = m.actor.startsWith('new:') ? discovered.get(m.actor)?.kind : index.actors.get(m.actor)?.kind;
    if (kind) m.kind = kind as ActorKind;
  }
  places.sort((a, b) => a.start - b.start || a.end - b.end);
  return { mentions, places, discovered: [...discovered.values()], flags };

  /** End of a sequence, a possessive the tokenizer left on the last word ("Trump’s") excluded. */
  function seqEnd(s: Seq): number {
    const end = (tokens[s.last - 1] as Token).end;
    return /['’]s$/.test(text.slice(end - 2, end)) && end - 2 > (tokens[s.first] as Token).start
      ? end - 2
      : end;
  }

  /** A sequence no pack entry claimed, classified from its cues and recorded as discovered (or as a place). */
  function discoverSeq(s: Seq, surname: string): Resolved | null {
    const kind = classify(s.words, s.cues, index, tokens, s.first, s.last, lowerWords);
    if (!kind) return null;
    const r: Resolved =
      kind.kind === 'place'
        ? {
            actor: `place:${slug(spanText(s))}`,
            rule: `discovered:${kind.cue}`,
            first: s.first,
            person: false,
            surname: '',
          }
        : {
            actor: discover(s, kind.kind).id,
            rule: `discovered:${kind.cue}`,
            first: s.first,
            person: kind.kind === 'person',
            surname,
          };
    resolved.set(s, r);
    return r;
  }

  function spanText(s: Seq): string {
    return text.slice((tokens[s.first] as Token).start, seqEnd(s));
  }

  function discover(s: Seq, kind: 'person' | 'organization'): DiscoveredActor {
    const name = spanText(s);
    const id = `new:${slug(name)}`;
    const ev = span((tokens[s.first] as Token).start, seqEnd(s));
    const existing = discovered.get(id);
    if (existing) {
      existing.evidence.push(ev);
      existing.role ??= s.cues.role;
      existing.organization ??= s.cues.organization;
      existing.side ??= s.cues.side;
      return existing;
    }
    const d: DiscoveredActor = {
      id,
      name: name.replace(/[’']s$/, ''),
      kind,
      role: s.cues.role,
      organization: s.cues.organization,
      side: s.cues.side,
      evidence: [ev],
    };
    discovered.set(id, d);
    return d;
  }
}

/** Splits a capitalized run at words that cannot be part of a name, and strips leading titles. */
function splitSequence(
  tokens: readonly Token[],
  folded: string,
  from: number,
  to: number,
  sentStart: number,
  index: ActorIndex,
): { first: number; last: number; title: string | null }[] {
  const out: { first: number; last: number; title: string | null }[] = [];
  let i = from;
  let title: string | null = null;
  while (i < to) {
    const t = tokens[i] as Token;
    // A title at the start of the run ("President", "Deputy Foreign Minister").
    const tt = titleAt(tokens, folded, i, to, index);
    if (tt) {
      title = tt.text;
      i = tt.next;
      continue;
    }
    const sentenceInitialCommon = i === sentStart && t.pos !== 'PROPN';
    if (
      !hyphenParticle(tokens, i, to) &&
      ((NOT_NAMES.has(t.lower) && !/^\p{Lu}\.$/u.test(t.text)) ||
        sentenceInitialCommon ||
        CONNECTORS.has(t.lower))
    ) {
      i++;
      title = null;
      continue;
    }
    let j = i + 1;
    while (
      j < to &&
      !NOT_NAMES.has((tokens[j] as Token).lower) &&
      !FINAL_ORG_HEADS.has((tokens[j - 1] as Token).lower) &&
      // "EU Farm Commissioner Franz Fischler": a title inside the run opens the name after it.
      !titleAt(tokens, folded, j, to, index)
    )
      j++;
    // Trailing connectors are not part of the name.
    let last = j;
    while (last > i && CONNECTORS.has((tokens[last - 1] as Token).lower)) last--;
    out.push({ first: i, last, title });
    title = null;
    i = j;
  }
  return out;
}

function titleAt(
  tokens: readonly Token[],
  folded: string,
  i: number,
  to: number,
  index: ActorIndex,
): { text: string; next: number } | null {
  const start = (tokens[i] as Token).start;
  for (const t of index.titles) {
    if (!folded.startsWith(t.folded, start)) continue;
    const end = start + t.folded.length;
    let j = i;
    while (j < to && (tokens[j] as Token).end < end) j++;
    if (j >= to || (tokens[j] as Token).end !== end) continue;
    if (j + 1 >= to) return null; // a title with no name after it is not stripped
    return { text: t.text, next: j + 1 };
  }
  return null;
}

/**
 * Whether a demonym at token `from` modifies an agent noun ("Russian officials"), directly or
 * through a coordination of demonyms ("American and Ukrainian officials", "French, German and
 * British leaders"): separators and capitalised words alternate up to the noun.
 */
function agentFollows(tokens: readonly Token[], from: number, end: number): boolean {
  let k = from;
  while (k < end && k < from + 9) {
    const t = tokens[k] as Token;
    if (DEMONYM_AGENTS.has(t.lower)) return true;
    const sep = t.lower === 'and' || t.lower === 'or' || t.text === ',';
    const next = tokens[k + 1];
    if (!sep || !next || k + 1 >= end || !/^\p{Lu}/u.test(next.text)) return false;
    k += 2;
  }
  return false;
}
