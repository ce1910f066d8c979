import type { Token } from '../segment/index.ts';
import { PROVISION_CUES, type ProvisionVerb } from './lexicon.ts';
import { lowerBound } from './text.ts';
import type { ProposalMention } from './types.ts';

/**
 * The predicates of a sentence that may say what a version contains: the provision cues (the
 * shared lexicon's and our own below), each read as include, drop, change or allow, negated or
 * passive, a noun or a verb; and, when a version is the subject, whatever verbs the tagger finds
 * after it. Which version a predicate is about and what status it gives a cue are decided
 * elsewhere (provision-subject.ts, provision-status.ts); this only finds and labels predicates.
 */

/**
 * Predicates of our own, read before the shared lexicon's: "no longer sets a ceiling", "no longer
 * fixes …" (any verb after "no longer" takes the item out) and "leaves X to Y" (a question handed
 * elsewhere: the text changes it rather than settling it).
 */
const LOCAL_CUES: readonly { readonly re: string; readonly kind: ProvisionVerb }[] = [
  // "is no longer settled in advance": left open rather than taken out.
  {
    re: String.raw`no\s+longer\s+(?:settled|fixed|specified|spelled\s+out|decided|defined|determined|prescribed)`,
    kind: 'change',
  },
  { re: String.raw`no\s+longer\s+(?!(?:be|is|are|was|were|has|have|had)\b)\p{L}+`, kind: 'drop' },
  // "replaced a permanent ban on NATO membership with wording that …": the point is in the text, altered.
  { re: String.raw`(?:replaces|replaced|replacing)(?=\s+[^.;]{1,80}?\swith\b)`, kind: 'change' },
  // "rewrites the passages on land", "reworks the territorial clause": the clauses named are in
  // the text, altered.
  {
    re: String.raw`(?:rewrites|rewrote|rewritten|reworks|reworked|revises|revised|amends|amended|softens|softened|loosens|loosened|alters|altered|tightens|tightened)\s+(?:the\s+|its\s+|that\s+|this\s+|those\s+|these\s+)?(?:[\p{L}-]+\s+){0,2}?(?:passages?|clauses?|sections?|provisions?|language|wording|terms|points?)`,
    kind: 'change',
  },
  // "took the election timetable out": a phrasal removal with its object inside.
  {
    re: String.raw`(?:takes|took|taken|taking)\s+(?:the\s+|its\s+|that\s+)?(?:[\p{L}'’-]+\s+){1,3}?out\b`,
    kind: 'drop',
  },
  // Plural subjects ("Both drafts commit the sides to …", "Both also promise …").
  {
    re: String.raw`(?:commit|promise|pledge|guarantee|envisage|foresee|stipulate|provide\s+for|call\s+for|contain|grant|cap|bar|ban)`,
    kind: 'include',
  },
  // "Still in the text are security guarantees …", "Inside the new draft is a clause on …": the
  // copula after the text's place, with what the text holds after it.
  {
    re: String.raw`(?<=\b(?:in|inside|within)\s+(?:the|its|this)\s+(?:[\p{L}-]+\s+){0,2}?(?:text|draft|document|framework|plan|version|deal)\s+)(?:is|are|remains?|stays?)(?=\s+(?!(?:not|also|likely|expected|\p{L}+ed|\p{L}+ing)\b)\p{L})`,
    kind: 'include',
  },
  // "The earlier plan would have treated Crimea as Russian": what a superseded version contained.
  {
    re: String.raw`would\s+have\s+(?:required|forced|put|placed|transferred|released|capped|limited|barred|banned|treated|recogni[sz]ed|handed|given|granted|frozen|obliged|made|set|lifted|ceded|kept|restricted|reduced|committed|guaranteed|allowed|let)`,
    kind: 'include',
  },
  // "lifts the military ceiling to 800,000", "raised the cap": a limit moved, not removed.
  {
    re: String.raw`(?:lifts|lifted|raises|raised|lowers|lowered|loosens|loosened|eases|eased|relaxes|relaxed)\s+(?:the\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}(?:ceiling|cap|limit|threshold)s?`,
    kind: 'change',
  },
  {
    re: String.raw`(?:leaves|left|leaving|leave)\s+(?:the\s+)?(?:question|issue|matter|fate|status|decision)`,
    kind: 'change',
  },
  // "sets aside the question of the line", "leaving territory for Zelensky and Trump to take up":
  // a question put aside or handed to a named pair of leaders is left open (a deferral).
  { re: String.raw`(?:sets|set|setting)\s+aside`, kind: 'change' },
  {
    re: String.raw`(?:leaves|left|leaving|leave)(?=\s+(?:[\p{L}'’-]+\s+){0,4}(?:to|for)\s+(?:\p{Lu}\p{L}+\s+and\s+(?:President\s+)?(?:\p{Lu}\p{L}+\s+)?\p{Lu}|the\s+(?:two\s+)?(?:leaders|presidents)))`,
    kind: 'change',
  },
  // "also set a ceiling of 600,000", "ruled out NATO membership", "does not ask Ukrainian forces to
  // leave": what a version sets, rules out or asks of a party is in it (negated: taken out).
  { re: String.raw`(?:set|sets)(?=\s+(?:a|an|the|no)\b)`, kind: 'include' },
  { re: String.raw`(?:rules?|ruled|ruling)\s+out`, kind: 'include' },
  {
    re: String.raw`(?:asks?|asked|expects?|expected(?=\s+\p{L}+\s+to\b)|compels?|compelled)`,
    kind: 'include',
  },
  { re: String.raw`(?:taken|take)\s+out`, kind: 'drop' },
  { re: String.raw`(?:strike|strikes|striking)\s+out`, kind: 'drop' },
  // "The cap on Ukraine's armed forces went up from 600,000 to 800,000", "the ceiling rose to
  // 800,000": a figure moved.
  {
    re: String.raw`(?:went|goes|gone)\s+(?:up|down)(?=\s+(?:from|to)\b)|(?:rose|risen|fell|fallen|climbed|grew|grown|jumped|shrank|shrunk)(?=\s+(?:from|to|by)\s+(?:about\s+|some\s+)?\p{N})`,
    kind: 'change',
  },
  // "does not mention recognition", "makes no reference to …": what a text names is in it; negated, out.
  {
    re: String.raw`(?:mentions?|mentioned|addresses|addressed|covers|covered|deals?\s+with|dealt\s+with|refers?\s+to|referred\s+to|touches\s+on|touched\s+on|spells?\s+out|spelled\s+out|specif(?:y|ies|ied))`,
    kind: 'include',
  },
  // "says nothing about amnesty", "is silent on elections", "makes no mention of": left out.
  {
    re: String.raw`(?:says?|said)\s+nothing\s+(?:about|on|of)|(?:is|are|was|were|remains?)\s+silent\s+(?:about|on)|(?:makes?|made)\s+no\s+(?:mention|reference)\s+(?:of|to)|(?:there\s+is|there['’]s)\s+no\s+(?:longer\s+(?:any\s+)?)?(?:mention|reference)\s+(?:of|to)`,
    kind: 'drop',
  },
  // "The deadline for elections is gone as well": an item said to be gone has been taken out.
  { re: String.raw`(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|now\s+)?gone`, kind: 'drop' },
  // "The document also states that Ukraine will not join NATO": what a text says is in it.
  {
    re: String.raw`(?:states|stated|declares|declared|affirms|affirmed|specifies|specified|says|said)\s+that`,
    kind: 'include',
  },
  // "while leaving the door open to EU membership": a path the text keeps open is in it.
  {
    re: String.raw`(?:leaves|left|leaving|leave|keeps|kept|keeping|keep)\s+(?:the\s+)?door\s+open(?=\s+(?:to|for)\b)`,
    kind: 'include',
  },
  // "the prisoner swap has been carried over": what a revision carries over is in it.
  { re: String.raw`(?:carries|carried|carrying|carry)\s+over`, kind: 'include' },
  // "it added a cap of 600,000": what a version adds is in it.
  { re: String.raw`(?:adds|added|adding|introduces|introduced|inserts|inserted)`, kind: 'include' },
  // Explainer inversions, the predicate first: "Gone is the clause on …", "Gone, too, are …",
  // "Also gone: …" (taken out); "Still there: …", "Kept: …", "Unchanged: …" (carried over).
  {
    re: String.raw`(?:gone|missing|absent)(?=\s*(?:,\s*(?:too|also)\s*,\s*|\s+(?:too|also|as\s+well)\s+)?(?:is|are|:))`,
    kind: 'drop',
  },
  {
    re: String.raw`(?:still\s+(?:there|in(?:\s+place)?|standing|in\s+the\s+text)|kept|retained|unchanged|surviving|carried\s+over)(?=\s*(?:,\s*(?:too|also)\s*,\s*)?:)`,
    kind: 'include',
  },
  // "The prisoner exchange survives": a point said to survive, stay or remain is in the newer
  // text; like a passive, its subject is the point before it ("survives; the amnesty does not").
  {
    re: String.raw`(?:survives|survived|stays|stayed|remains|remained)(?<!\b(?:whether|if)\b[^.;]{0,80}\p{L}+)(?=\s*(?:[,.;]|$|\s+(?:intact|unchanged|in\s+(?:the|place)|too|as\s+well)\b|\s+at\s+\p{N}))`,
    kind: 'include',
  },
  // "The nuclear plant returned as well", "the amnesty reappeared too": back in the newer text.
  {
    re: String.raw`(?:returned|returns|reappeared|reappears)(?=\s*(?:[,.;]|$|\s+(?:as\s+well|too)\b))`,
    kind: 'include',
  },
  // "That draft had the United States recognising Crimea": a version making a party do something
  // provides for it.
  {
    re: String.raw`(?:has|had)(?=\s+(?:again\s+)?(?:the\s+)?\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,2}\s+\p{Ll}+ing\b)`,
    kind: 'include',
  },
  // "…; the amnesty does not": the survival verb elided after a negation, so the point is out.
  {
    re: String.raw`(?:does|did)\s+not(?<=\b(?:survives|survived|stays|stayed|remains|remained)\b[^.;]{0,40};\s*[^.;]{1,60}?\s(?:does|did)\s+not)(?=\s*[.;,]|\s*$)`,
    kind: 'drop',
  },
];
/** The survival verbs above, read like a passive: their subject is the point before them. */
export const SURVIVES_RE =
  /^(?:survives|survived|stays|stayed|remains|remained|returned|returns|reappeared|reappears|does\s+not|did\s+not)$/iu;
/**
 * Edit verbs read only in the passive, after every other cue so that a longer cue at the same
 * place ("reworked the passages on land", "loosened the ceiling") keeps precedence.
 */
const PASSIVE_EDIT_CUES: readonly {
  readonly re: string;
  readonly kind: ProvisionVerb;
  readonly passiveOnly?: boolean;
  /** Read only after a limit noun ("the ceiling on the army was lifted"). */
  readonly afterLimit?: boolean;
}[] = [
  // "the ceiling on the army was lifted", "the amnesty was narrowed", "the NATO clause has been toned
  // down", "the guarantees were strengthened": a point edited in the passive is in the new text,
  // altered. Only passive: active "lifted sanctions" or "strengthened its army" is a term, not an edit.
  {
    re: String.raw`(?:loosened|narrowed|strengthened|broadened|widened|diluted|toned\s+down|scaled\s+back|pared\s+back|reworked|redrafted|recast|reframed|overhauled)`,
    kind: 'change',
    passiveOnly: true,
  },
  // "the ceiling on the army was lifted": lifted or relaxed said of a limit moves it; of anything
  // else ("as sanctions are lifted in stages") it is what the text provides.
  {
    re: '(?:lifted|relaxed)',
    kind: 'change',
    passiveOnly: true,
    afterLimit: true,
  },
  // "Territory … has been parked for the two presidents": put off, left open.
  { re: '(?:parked|deferred|postponed)', kind: 'change', passiveOnly: true },
  // "the question of the line has been handed to Zelensky and Trump": passed to the leaders, left open.
  {
    re: String.raw`(?:handed|passed|referred)(?=\s+(?:over\s+)?to\s+(?:\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s+and\s+\p{Lu}|the\s+(?:two\s+)?(?:leaders|presidents)))`,
    kind: 'change',
    passiveOnly: true,
  },
];
const ALL_CUES = [...LOCAL_CUES, ...PROVISION_CUES, ...PASSIVE_EDIT_CUES];
const PROVISION_RE = new RegExp(
  `(?<![\\p{L}])(?:${ALL_CUES.map((c, i) => `(?<p${i}>${c.re})`).join('|')})(?![\\p{L}])`,
  'giu',
);
/** "rose" (to 800,000): a figure that moved says, like a passive, what happened to the point before it. */
const MOVED_FIGURE_RE = /^(?:rose|risen|fell|fallen|climbed|grew|grown|jumped|shrank|shrunk)$/iu;
/** A piece of a text as the object of an edit verb. */
const UNIT_OBJECT_RE =
  /^\s+(?:out\s+)?(?:a|an|the|that|this)\s+(?:[\p{L}-]+\s+)?(?:clause|provision|passage|section|paragraph|requirement|wording|language)\b/iu;
// "Nor does it bar …": the negation governs the predicate across the inverted auxiliary and subject.
const NEGATED_RE = /\b(?:(?:not|no\s+longer|never|n['’]t)\s+(?:\w+\s+)?|nor\s+(?:\w+\s+){0,2})$/iu;
const PASSIVE_RE =
  /\b(?:was|were|is|are|been|being|be)\s+(?:(?:\w+ly|also|now|since|then|further|later|quietly|all\s+but)\s+){0,2}$/iu;
/**
 * Change cues that hand a question elsewhere or leave it open ("leaves the question of territory
 * to …", "is no longer settled in advance"). Alone they are a change; said of a point the same
 * passage says was removed, the removal is the whole story (annotation convention 9).
 */
const DEFER_CUE_RE =
  /^(?:leav|left|defer|postpon|puts\s+off|no\s+longer|set|handed|passed|referred|parked)/iu;
/** "would see Ukraine cede …", "would make Kyiv give up …": a party made to act, up to the predicate. */
const CAUSATIVE_RE =
  /\b(?:would|will|could)\s+(?:see|make|have|let|force|oblige|require|compel)\s+(?:the\s+)?\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}\p{L}*)?\s+[^;:.]*$/u;
/**
 * "…, which would have raised …", "that would also have left … and dropped …": a relative clause in
 * the past conditional on a version (the relative pronoun its subject) says what that text would
 * have done. A main clause ("That counter-proposal … would have raised the ceiling") or an object
 * relative ("the amnesty that the plan would have granted … and raised …") is not read so.
 */
const WOULD_HAVE_RE =
  /\b(?:which|that)\s+would\s+(?:also\s+)?have\s+(?:(?!been\b)(?:[^,;:.]|[,.](?=\d{3}))(?:[^,;:.]|[,.](?=\d{3})){0,80}?\s+and\s+)?$/iu;
/** A determiner (or possessive) right before a cue word makes it a noun ("a limit", "its ban"). */
const DET_BEFORE_RE =
  /\b(?:a|an|the|any|its|their|no|every)\s+(?:(?!(?:agreement|document|settlement|arrangement|government|parliament)\b)\p{Ll}+(?:ent|ant|al|ive|ous|ic|ary|ful|ble|ete|ute)\s+)?$/iu;

export interface Pred {
  start: number;
  end: number;
  kind: ProvisionVerb;
  negated: boolean;
  passive: boolean;
  /** A cue word used as a noun: it stands for a predicate only when no verb governs it. */
  noun: boolean;
  /** A change cue that defers or leaves open rather than rewrites (see DEFER_CUE_RE). */
  defer?: boolean;
}

/** The named group of each cue, built once rather than on every match. */
const CUE_GROUPS: readonly string[] = ALL_CUES.map((_, i) => `p${i}`);

function kindOf(x: RegExpExecArray): ProvisionVerb | null {
  const g = x.groups;
  if (!g) return null;
  for (let i = 0; i < ALL_CUES.length; i++)
    if (g[CUE_GROUPS[i] as string] !== undefined) return ALL_CUES[i]?.kind ?? null;
  return null;
}

/**
 * "The withdrawal has been taken out and the limit on the army loosened": a participle coordinated
 * with a passive edit shares its auxiliary (the "has been" is elided before the second one).
 */
const ELIDED_PASSIVE_RE =
  /\b(?:has|have|had|was|were)\s+(?:also\s+)?been\s+\p{L}+(?:\s+(?:out|down|back|up))?\s+and\s+(?:the|its|a)\s+[^,;.]{1,50}$/iu;
function elidedPassive(text: string, sStart: number, start: number, end: number): boolean {
  // "… and the army loosened its grip": a verb with an object of its own is active.
  if (/^\s+(?:its|the|a|an|their|his|her|our)\b/iu.test(text.slice(end, end + 8))) return false;
  return ELIDED_PASSIVE_RE.test(text.slice(Math.max(sStart, start - 120), start));
}

/** A limit noun shortly before, in the same clause: "the ceiling on Ukraine's army was …". */
const LIMIT_BEFORE_RE = /\b(?:ceiling|cap|limit|threshold|upper\s+bound)s?\b[^,;.]{0,50}$/iu;

/** A passive-only cue found outside the passive (or an after-limit cue with no limit before it). */
function unreadPassiveCue(
  text: string,
  sStart: number,
  start: number,
  lead: string,
  x: RegExpExecArray,
): boolean {
  const g = x.groups;
  if (!g) return false;
  for (let i = 0; i < ALL_CUES.length; i++) {
    if (g[CUE_GROUPS[i] as string] === undefined) continue;
    const c = ALL_CUES[i] as { passiveOnly?: boolean; afterLimit?: boolean };
    if (!c.passiveOnly) return false;
    if (!PASSIVE_RE.test(lead) && !elidedPassive(text, sStart, start, start + x[0].length)) return true;
    return c.afterLimit === true && !LIMIT_BEFORE_RE.test(text.slice(Math.max(sStart, start - 80), start));
  }
  return false;
}

/** The cue predicates of a sentence, in text order. */
export function cuePredicates(text: string, sStart: number, stext: string): Pred[] {
  const preds: Pred[] = [];
  const re = new RegExp(PROVISION_RE.source, PROVISION_RE.flags);
  for (let x = re.exec(stext); x !== null; x = re.exec(stext)) {
    const kind = kindOf(x);
    if (!kind) continue;
    const start = sStart + x.index;
    const lead = text.slice(Math.max(sStart, start - 25), start);
    if (unreadPassiveCue(text, sStart, start, lead, x)) continue;
    // "promises to ease sanctions", "would agree to drop the claim": an edit verb in an infinitive
    // after another verb is what the text provides, not an edit of the text.
    if (
      (kind === 'change' || kind === 'drop') &&
      /\b\p{L}+\s+to\s+$/iu.test(lead) &&
      !/\b(?:has|have|had|is|are|was|were)\s+to\s+$/iu.test(lead) &&
      // "agreed to strike out a clause …": what is struck is a piece of the text, an edit of it.
      !UNIT_OBJECT_RE.test(text.slice(start + x[0].length, start + x[0].length + 40))
    ) {
      preds.push({
        noun: false,
        start,
        end: start + x[0].length,
        kind: 'include',
        negated: NEGATED_RE.test(
          text.slice(Math.max(sStart, start - 40), start).replace(/\s+\p{L}+\s+to\s+$/u, ' '),
        ),
        passive: false,
      });
      continue;
    }
    // "which would see Ukraine cede the rest of Donbas … and drop its hopes of joining NATO": an edit
    // verb whose subject is a party made to act is what the text provides. So is one in a relative
    // clause in the past conditional ("the counter-proposal, which would have raised the cap to
    // 800,000 and left NATO membership to a consensus"): what that text would have done.
    if (
      (kind === 'change' || kind === 'drop') &&
      (CAUSATIVE_RE.test(text.slice(sStart, start)) || WOULD_HAVE_RE.test(text.slice(sStart, start))) &&
      !/[;:]/u.test(text.slice(sStart, start).replace(/^[^;:]*$/u, ''))
    ) {
      preds.push({
        noun: false,
        start,
        end: start + x[0].length,
        kind: 'include',
        negated: false,
        passive: false,
      });
      continue;
    }
    preds.push({
      defer: kind === 'change' && DEFER_CUE_RE.test(x[0]),
      // "fixes a limit on", "a pledge that …": a cue word after a determiner is a noun.
      noun: kind !== 'change' && DET_BEFORE_RE.test(lead),
      start,
      end: start + x[0].length,
      kind,
      negated: NEGATED_RE.test(lead),
      // "is gone" carries its own copula: like a passive, it says what happened to the cue before it.
      passive:
        PASSIVE_RE.test(lead) ||
        // ("is silent on amnesty" has its object after it: an active predicate.)
        ((/^(?:is|are|was|were|has|have|went|goes|gone)\s/iu.test(x[0]) || MOVED_FIGURE_RE.test(x[0])) &&
          !/\ssilent\s/iu.test(x[0])) ||
        SURVIVES_RE.test(x[0]) ||
        ((kind === 'change' || kind === 'drop') && elidedPassive(text, sStart, start, start + x[0].length)),
    });
  }
  return preds;
}

/**
 * The verbs of a sentence whose subject is a version ("The November plan extends de facto
 * recognition to Luhansk", "It fixed Ukraine's army at 600,000, barred …"): whatever the verb, a
 * version that does something to an issue contains it. The lexicon lists the common verbs; this
 * reads the others from the tagger: the first finite verb after the subject and each verb
 * coordinated with it. Verbs that report, narrate the text's history or a reaction to it
 * ("was drafted", "surfaced", "angered Kyiv") say nothing of its contents.
 */
export const NOT_CONTENT_VERBS = new Set(
  (
    'say says said tell tells told report reports reported add adds added note notes noted describe describes described ' +
    'present presents presented unveil unveils unveiled draft drafts drafted draw draws drew drawn write writes wrote written ' +
    'leak leaks leaked publish published release released circulate circulated negotiate negotiated agree agrees agreed ' +
    'sign signed discuss discussed see sees saw seen show shows showed shown obtain obtained review reviewed reach reached ' +
    'surface surfaces surfaced emerge emerges emerged come comes came go goes went run runs ran get gets got become becomes became ' +
    'face faces faced meet meets met win wins won receive receives received lose loses lost remain remains remained seem seems seemed ' +
    'appear appears appeared stand stands stood take takes took send sends sent submit submitted table tabled hand handed reveal revealed ' +
    'anger angers angered alarm alarms alarmed worry worries worried upset frustrate frustrated delight delighted please pleased ' +
    'spark sparks sparked trigger triggers triggered prompt prompts prompted provoke provokes provoked cause causes caused ' +
    'welcome welcomed reject rejected dismiss dismissed criticise criticised criticize criticized call calls called compare compares compared ' +
    'differ differs differed resemble resembles resembled mirror mirrors mirrored follow follows followed precede precedes preceded ' +
    'replace replaces replaced supersede supersedes superseded revise revises revised build builds built base based start starts started ' +
    'begin begins began open opens opened look looks looked need needs needed want wants wanted try tries tried seek seeks sought ' +
    'aim aims aimed hope hopes hoped intend intends intended expect expects expected fail fails failed'
  ).split(' '),
);
export function versionVerbs(
  text: string,
  sStart: number,
  sEnd: number,
  inSent: readonly ProposalMention[],
  tokens: readonly Token[],
  preds: Pred[],
): void {
  if (tokens.length === 0) return;
  // The subject: a version named at the opening (after at most a short adverbial and a comma) or
  // the pronoun "it" / "the text" opening the sentence, or a group of versions ("Each treats …",
  // read only when the caller has tied the group to its versions).
  let subjEnd = -1;
  const first = inSent[0];
  if (first && first.start - sStart <= 60) {
    const lead = text.slice(sStart, first.start);
    if (
      /^\W*(?:(?:only|both|and|but|so|yet|meanwhile|instead|now|also)\s+)?$|^\W*[^,;:]{0,45},\s*(?:only\s+)?$/iu.test(
        lead,
      ) &&
      !/^['’]s\b/u.test(text.slice(first.end, first.end + 3))
    )
      subjEnd = first.end;
  } else if (!first) {
    const m =
      /^\W*(?:(?:and|but|also|instead|meanwhile|however)[,\s]+)?(?:it|the\s+(?:document|text|draft|proposal|plan|framework)|each(?=\s+(?:also\s+|still\s+)?\p{Ll}+s\b)|(?:both|all\s+three)\s+(?:drafts|versions|texts|plans|documents|proposals))\b/iu.exec(
        text.slice(sStart, sEnd),
      );
    if (m) subjEnd = sStart + m[0].length;
  }
  if (subjEnd < 0) return;
  const from = lowerBound(tokens, subjEnd);
  let clause = true; // still in the main clause's verb phrase chain
  let found = 0;
  let depth = 0; // inside ", which …," or "(…)"
  for (let t = from; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    if (tok.start >= sEnd) break;
    const prev = tokens[t - 1];
    if (
      tok.text === ',' &&
      /^,\s+(?:which|who|that|whose|drawn|drafted|written|presented|agreed|prepared)\b/iu.test(
        text.slice(tok.start, tok.start + 20),
      )
    ) {
      depth++;
      continue;
    }
    if (depth > 0) {
      if (tok.text === ',') depth--;
      continue;
    }
    if (tok.text === ';' || tok.text === ':') break;
    if (tok.pos !== 'VERB') continue;
    // the first finite verb, or one coordinated with it ("…, barred X and offered Y")
    const coordinated = prev && (prev.lower === 'and' || prev.text === ',' || prev.lower === 'or');
    if (found > 0 && !coordinated) continue;
    if (found === 0 && !clause) break;
    const lead = text.slice(Math.max(sStart, tok.start - 25), tok.start);
    if (/\b(?:that|which|who|to)\s+(?:\p{L}+\s+)?$/iu.test(lead)) continue; // a relative clause or an infinitive
    found++;
    if (NOT_CONTENT_VERBS.has(tok.lower) || PASSIVE_RE.test(lead)) {
      if (found === 1) clause = false;
      continue;
    }
    if (preds.some((p) => p.start <= tok.start && p.end >= tok.end)) continue;
    if (preds.some((p) => p.start >= subjEnd && p.end <= tok.start && !p.noun && found === 1)) continue;
    preds.push({
      start: tok.start,
      end: tok.end,
      kind: 'include',
      negated: NEGATED_RE.test(lead),
      passive: false,
      noun: false,
    });
  }
  preds.sort((a, b) => a.start - b.start);
}
