import type { Segmented, Token } from '../segment/index.ts';
import { OBJECT_PREP_RE, OBJECT_VERB_RE } from './clause.ts';
import type { SectionDefault } from './framing.ts';
import type { IssueHit } from './issues.ts';
import { PROVISION_CUES, type ProvisionVerb } from './lexicon.ts';
import { COUNTER_KEY } from './proposals.ts';
import { lowerBound, sentenceIndexOf, span, within } from './text.ts';
import type { ProposalMention, ProvisionClaim, ProvisionStatus } from './types.ts';

/**
 * Provisions: sentences that describe what a version contains. The proposal is the mention that
 * is the subject of the predicate (the nearest before it, skipping contrasted ones: "unlike the
 * 28-point plan, the revised framework …"); each issue cue after a predicate takes that
 * predicate's status: included, dropped (a drop verb, or a negated inclusion), changed (a change
 * verb, or "allows" in a revised version). Passive drops ("was dropped from the plan") look back.
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
  // "rewrites the passages on land": the clauses named are in the text, altered.
  {
    re: String.raw`(?:rewrites|rewrote|rewritten|reworks|reworked|revises|revised|amends|amended|softens|softened|loosens|loosened|alters|altered|tightens|tightened)\s+(?:the\s+|its\s+|that\s+|this\s+|those\s+|these\s+)?(?:passages?|clauses?|sections?|provisions?|language|wording|terms|points?)`,
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
  // "The cap on Ukraine's armed forces went up from 600,000 to 800,000": a figure moved.
  {
    re: String.raw`(?:went|goes|gone)\s+(?:up|down)(?=\s+(?:from|to))|(?:rose|fell)\s+(?=from)`,
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
  // "it added a cap of 600,000": what a version adds is in it.
  { re: String.raw`(?:adds|added|adding|introduces|introduced|inserts|inserted)`, kind: 'include' },
];
const ALL_CUES = [...LOCAL_CUES, ...PROVISION_CUES];
const PROVISION_RE = new RegExp(
  `(?<![\\p{L}])(?:${ALL_CUES.map((c, i) => `(?<p${i}>${c.re})`).join('|')})(?![\\p{L}])`,
  'giu',
);
/** A sentence whose subject is several versions at once ("Both drafts …", "Both also …", "All three …"). */
const GROUP_SUBJECT_RE =
  /^\W*(?:both|all\s+three|each\s+of\s+the\s+(?:two|three))(?:\s+(?:drafts|versions|texts|plans|documents|proposals|frameworks))?\s+(?:also\s+|still\s+)?\p{Ll}+/iu;
/** What a kept point lost: "but sets no date", "but without a deadline", "but drops the timetable". */
const KEPT_LOOSENED_RE =
  /^[^;.]*?\b(?:but|while|though|although|yet)\s+(?:(?:\p{L}+\s+){0,3}?(?:no|without|not\s+(?:a|any))\s+(?:\p{L}+\s+){0,2}?|(?:\p{L}+\s+){0,2}?(?:drops?|dropped|removes?|removed|scraps?|scrapped|loses?|lost|omits?|omitted)\s+(?:the|its|any)\s+(?:\p{L}+\s+){0,2}?)(?:date|dates|deadline|deadlines|timetable|timeline|time\s*frame|time\s+limit)\b/iu;
/** "allows Ukraine to pursue …", "lets Kyiv seek …": leave to go after something, up to its object. */
const ALLOW_PURSUE_RE =
  /^\s+(?:[\p{L}'’]+\s+){0,2}to\s+(?:pursue|seek|join|apply\s+for|aspire\s+to|work\s+towards?)\s+(?:[\p{L}'’-]+\s+){0,3}\p{L}?$/iu;
/** "does not survive in", "no longer appears in", "did not make it into": absent from the version after it. */
const LOST_IN_RE =
  /\b(?:(?:does|did|do)\s+not\s+(?:survive|appear|feature|make\s+it)|(?:no\s+longer|never)\s+(?:survives?|appears?|features?|made\s+it))\s+(?:in|into)\s+$/iu;
/** "written into", "enshrined in", "set out in": what follows holds the point before it. */
const WRITTEN_IN_RE =
  /\b(?:written|enshrined|set\s+out|spelled\s+out|laid\s+down|included|contained|embedded|promised|offered|envisaged|provided\s+for|present|found)\s+(?:in|into|by)\s+$/iu;
/** A piece of a text as the object of an edit verb. */
const UNIT_OBJECT_RE =
  /^\s+(?:out\s+)?(?:a|an|the|that|this)\s+(?:[\p{L}-]+\s+)?(?:clause|provision|passage|section|paragraph|requirement|wording|language)\b/iu;
const UNIT_EDIT_RE =
  /\b(?:strike|strikes|struck|remove|removes|removed|drop|drops|dropped|delete|deletes|deleted|scrap|scraps|scrapped|rewrite|rewrote|rewritten|soften|softened)\s+(?:out\s+)?(?:a|an|the|that|this)\s+(?:[\p{L}-]+\s+)?(?:clause|provision|passage|section|paragraph|requirement|wording|language)\b/iu;
/** A clause set against its earlier form. */
const VERSUS_RE =
  /\b(?:instead\s+of|rather\s+than|compared\s+(?:with|to)|up\s+from|down\s+from|in\s+place\s+of|as\s+opposed\s+to)\b/iu;
/** "Instead, it says …": a sentence opening so replaces what the one before it took out. */
const INSTEAD_NEXT_RE = /^\W*(?:instead|in\s+(?:its|their)\s+place|rather)\b/iu;
/** A predicate inside a relative clause on the object ("drops the clause that would have barred …"). */
const REL_CLAUSE_LEAD_RE = /\b(?:that|which|who)\s+(?:would\s+have\s+|would\s+|had\s+|has\s+)?$/iu;
// "Nor does it bar …": the negation governs the predicate across the inverted auxiliary and subject.
const NEGATED_RE = /\b(?:(?:not|no\s+longer|never|n['’]t)\s+(?:\w+\s+)?|nor\s+(?:\w+\s+){0,2})$/iu;
const PASSIVE_RE =
  /\b(?:was|were|is|are|been|being|be)\s+(?:(?:\w+ly|also|now|since|then|further|later|quietly|all\s+but)\s+){0,2}$/iu;
const CONTRAST_RE =
  /\b(?:unlike|compared\s+(?:with|to)|in\s+contrast\s+to|instead\s+of|than|from|replacing|rather\s+than)\s+(?:the\s+|a\s+|an\s+|trump['’]s\s+)?(?:(?:\d{1,3}(?:,\d{3})+|[^\s,]+)\s+){0,3}$/iu;
const PRONOUN_SUBJECT_RE =
  /^\W*(?:(?:nor|neither|and|but|also|instead|meanwhile|crucially|however|in\s+addition|beyond\s+that|on\s+\p{L}+)[,\s]+(?:(?:does|did|would|will|is|was|has)\s+)?)?(?:it|the\s+(?:document|text|draft|proposal|plan|framework|deal|agreement)|its\s+(?:[\p{L}-]+\s+){0,2}(?:terms|provisions|clauses|language|wording|points|sections?|measures|proposals))\b(?!\s+(?:is|was)\s+(?:not\s+)?(?:clear|unclear|likely|unlikely|possible|expected|hard|difficult|time|too))/iu;
/**
 * A drop followed by what takes its place is a change: "no longer caps the army at 600,000; a
 * looser ceiling of 800,000 replaces it", "removes the deadline and instead asks for …".
 */
const REPLACED_RE =
  /\b(?:replac(?:es|ed|ing)\s+(?:it|them)|leaving\s+(?:only|just|merely|behind)|(?:is|are|was|were|been)\s+replaced|in\s+(?:its|their)\s+place|instead|substitut\w+|(?:looser|higher|lower|tighter|softer|smaller|larger|bigger|shorter|longer|new|different|revised|weaker|vaguer)\s+(?:ceiling|cap|limit|threshold|figure|number|wording|formula|clause|provision|language|deadline|timeline|timetable))\b/iu;
/**
 * A question handed to the leaders or a later meeting ("territory is left for a later meeting",
 * "that issue now sits with the two presidents", "will instead be discussed directly by …"). Said
 * next to a removal, the clause is out and the question changed: both are recorded.
 */
const DEFERRAL_RE =
  /\b(?:(?:left|leaves|leaving|deferred|defers|postponed|parked|pushed)\s+(?:\p{L}+\s+){0,3}?(?:for|to|until|with)\s+(?:a\s+|the\s+)?(?:later|future|separate|direct|final|leaders?|presidents?|two\s+(?:leaders|presidents)|summit|\p{Lu}\p{L}+)|(?:sits?|rests?|lies|lie)\s+with\s+(?:the\s+)?(?:two\s+)?(?:leaders|presidents|heads)|(?:instead\s+)?be\s+(?:discussed|settled|decided|negotiated|handled|resolved)\s+(?:\p{L}+\s+){0,2}?(?:by|between|at)\b)/u;
const DEFERRAL_RE_G = new RegExp(DEFERRAL_RE.source, 'gu');
/**
 * Change cues that hand a question elsewhere or leave it open ("leaves the question of territory
 * to …", "is no longer settled in advance"). Alone they are a change; said of a point the same
 * passage says was removed, the removal is the whole story (annotation convention 9).
 */
const DEFER_CUE_RE = /^(?:leav|left|defer|postpon|puts\s+off|no\s+longer)/iu;
const DEFERRAL_TAG = ':deferral';
const PASSIVE_EDIT_RE =
  /\b(?:has|have|had|was|were|is|are)\s+(?:also\s+|now\s+|since\s+|quietly\s+|further\s+|then\s+)*(?:been\s+)?(?:\p{L}+ly\s+|also\s+|now\s+)?(?:dropped|removed|scrapped|struck\s+out|deleted|omitted|cut|softened|rewritten|reworked|watered\s+down|loosened|narrowed|amended|replaced|raised|lowered|lifted|eased|changed|revised|altered|modified|reduced|increased|tightened|relaxed|strengthened|weakened|broadened|expanded|extended|narrowed|taken\s+out|left\s+out|gone)\b|\b(?:went|has\s+gone|have\s+gone)\s+(?:up|down)\s+(?:from|to)\b/iu;
const APPEARED_IN_RE =
  /^(?:[^,;.]{0,80}?\b(?:that|which)\s+(?:had\s+)?(?:appeared|featured|figured|was\s+included|was\s+contained|were\s+included|were\s+contained|was|were)\s+in\s+|\s+(?:[\p{L}-]+\s+){0,2}?(?:of|in)\s+|\s+(?:that|which)\s+)/iu;
/** "…, as was the amnesty", "and so were the elections": a predicate elided after an edit. */
const AS_WAS_RE =
  /^[^;.]{0,60}?,\s+(?:as|and\s+so)\s+(?:was|were|is|are|has|have|had|did)\s+(?:[\p{L}'’-]+\s+){0,5}$/iu;
/** "removed from the framework", "cut out of the text": the version an edit was made in, not a contrast. */
const EDITED_FROM_RE =
  /\b(?:removed|dropped|deleted|omitted|cut|struck|taken|left|scrapped|stripped|excised|erased|gone|missing|absent|vanished|disappeared)\s+(?:out\s+)?(?:from|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d-]+\s+){0,2}$/iu;
/** "would see Ukraine cede …", "would make Kyiv give up …": a party made to act, up to the predicate. */
const CAUSATIVE_RE =
  /\b(?:would|will|could)\s+(?:see|make|have|let|force|oblige|require|compel)\s+(?:the\s+)?\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}\p{L}*)?\s+[^;:.]*$/u;
/** "… remain part of the framework", "… stays in the text": what a version still contains. */
const KEPT_IN_RE =
  /\b(?:remains?|remained|stays?|stayed|survives?|survived|is\s+still|are\s+still)\s+(?:\p{L}+ly\s+)?(?:(?:a\s+)?part\s+of|in)\s+$|\b(?:remains?|remained|stays?|stayed|is\s+still|are\s+still)\s+(?:\p{L}+ly\s+)?(?:(?:a\s+)?part\s+of|in)\s+(?=(?:the|this|that|its)\s)/iu;
/** A version inside an of-phrase or a "that were in …" clause on the object: not the subject. */
const NOT_SUBJECT_LEAD_RE =
  /(?:\b(?:that|which)\s+(?:were|was|had\s+been|appeared|featured|figured)\s+in|[\p{L}\d,]\s+(?:of|in)|\b(?:that|which)\s+(?:\p{L}+\s+)?(?:would\s+have|had))\s+$/iu;
/** "the amnesty that the 28-point plan would have granted": a relative clause's own subject. */
const REL_SUBJECT_LEAD_RE = /\b(?:that|which)\s+$/iu;
/** Between a passive edit and the version it was made in: "from", "out of", "in", "to 800,000 in". */
const EDIT_PLACE_RE =
  /^\s*(?:(?:altogether|entirely|completely|quietly|also|now)\s+)?(?:(?:to|at)\s+[\p{N},.]+(?:\s+\p{L}+){0,2}\s+)?(?:out\s+of|from|in|of)\s+$/iu;
/** A determiner (or possessive) right before a cue word makes it a noun ("a limit", "its ban"). */
const DET_BEFORE_RE =
  /\b(?:a|an|the|any|its|their|no|every)\s+(?:(?!(?:agreement|document|settlement|arrangement|government|parliament)\b)\p{Ll}+(?:ent|ant|al|ive|ous|ic|ary|ful|ble|ete|ute)\s+)?$/iu;
/**
 * "Guarantees modelled on NATO's Article 5", "mirroring the NATO treaty": a cue named as the model
 * for another clause is a standard of comparison, not an issue the text settles.
 */
const MODEL_OF_RE =
  /\b(?:modell?ed\s+(?:(?:more\s+|most\s+)?\p{L}+ly\s+|more\s+)?on|patterned\s+on|based\s+on|mirroring|mirrors?|mirrored|similar\s+to|akin\s+to|like|along\s+the\s+lines\s+of|in\s+the\s+style\s+of|equivalent\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d'’-]+\s+){0,4}$/iu;
/** "…, which the plan would place under …": the relative clause's antecedent is the cue before it. */
const REL_AFTER_CUE_RE = /^[^,;.]{0,50}?,?\s+(?:which|that)\s+$/u;

/** A section item's own wording overrides its heading: "The cap was raised" is a change, "… was removed" a drop. */
const ITEM_CHANGED_RE =
  /\b(?:rework\w*|reword\w*|rewrit\w*|rewrote|rewritten|raised|lowered|soften\w*|loosen\w*|tighten\w*|revised|amended|changed|replaced|narrow\w*|widen\w*|expanded|reduced|lifted|no\s+longer\s+(?:settled|fixed|specified|spelled\s+out|decided))\b/iu;
const ITEM_DROPPED_RE =
  /\b(?:removed|dropped|deleted|struck(?:\s+out)?|gone|scrapped|omitted|no\s+longer)\b/iu;
function itemStatus(stext: string, dflt: ProvisionStatus): ProvisionStatus {
  // Under a "What's changed" heading, "X is no longer written in" describes how the item changed.
  if (dflt === 'changed' || ITEM_CHANGED_RE.test(stext)) return 'changed';
  if (ITEM_DROPPED_RE.test(stext)) return 'dropped';
  return dflt;
}

/**
 * Whether a party mention could be a clause's subject: not after a preposition or a verb ("the ban
 * on NATO membership", "barring Ukraine from NATO"), not a possessive or an attribute ("Ukraine's
 * army", "the Ukrainian army").
 */
function isSubjectParty(text: string, sStart: number, a: { start: number; end: number }): boolean {
  const pre = text.slice(Math.max(sStart, a.start - 30), a.start);
  if (OBJECT_PREP_RE.test(pre) || OBJECT_VERB_RE.test(pre)) return false;
  if (/\b(?:of|on|from|to|for|in|into|with|by|against|the|a|an|its|their)\s+$/iu.test(pre)) return false;
  // "the requirement that Ukraine pull out … had been removed": the subject of a clause's content.
  if (
    /\b(?:requirement|demand|clause|provision|condition|stipulation|language|passage|pledge)\s+that\s+$/iu.test(
      pre,
    )
  )
    return false;
  if (/^['’]s\b/u.test(text.slice(a.end, a.end + 3))) return false;
  return true;
}

function isModelOf(text: string, sStart: number, h: IssueHit, hits: readonly IssueHit[]): boolean {
  const m = MODEL_OF_RE.exec(text.slice(Math.max(sStart, h.start - 60), h.start));
  if (!m) return false;
  // The model's modifier ("NATO's Article 5", "Article 5 of the NATO treaty") is the standard, not
  // the clause; the model's head ("Article 5" as a guarantee cue) stays unless another issue's
  // clause is what it models ("security guarantees modelled on …" keeps the guarantees).
  if (/^['’]s\b/u.test(text.slice(h.end, h.end + 3)) || /\bof\s+(?:the\s+)?$/iu.test(m[0])) return true;
  const at = h.start - m[0].length;
  return hits.some((o) => o.issue !== h.issue && o.end <= at && at - o.end <= 40);
}

interface Pred {
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

function kindOf(x: RegExpExecArray): ProvisionVerb | null {
  const g = x.groups;
  if (!g) return null;
  for (let i = 0; i < ALL_CUES.length; i++) if (g[`p${i}`] !== undefined) return ALL_CUES[i]?.kind ?? null;
  return null;
}

/**
 * Question-and-answer explainers: a paragraph that is one short question ("What has been dropped?",
 * "What survives?", "What was in it?") heads the answer paragraphs under it, which often name no
 * version ("It says nothing about amnesty", "The deadline for elections is gone as well"). The
 * question gives the status and, for drops, changes and survivals, the version: the latest
 * revision named so far; "what was in it" asks about the version in focus. A question of another
 * kind ("What do the parties think?") ends the section. Sentences the framing stage already placed
 * keep its reading.
 */
const Q_DROPPED_RE = /\b(?:dropped|removed|out|gone|cut|scrapped|deleted|lost|missing|abandoned|struck)\b/iu;
const Q_CHANGED_RE =
  /\b(?:changed?|different|altered|modified|softened|rewritten|reworked|revised|loosened)\b/iu;
const Q_KEPT_RE =
  /\b(?:survives?|survived|remains?|remained|stays?|stayed|kept|keeps|still|left|retained|unchanged)\b/iu;
const Q_CONTENT_RE =
  /\b(?:in\s+(?:it|them|the\s+\p{L}+)|contains?|contained|says?|said|propose[sd]?|include[sd]?|offer(?:s|ed)?|terms|provisions|on\s+the\s+table|call\s+for|require)\b/iu;
/** Sentences whose subject is a party (or a quote): reactions under a heading, not contents. */
const PARTY_SPEAKS_RE =
  /["“”]|\b(?:said|says|told|warned|argued|insisted|welcomed|rejected|wants?|wanted)\b/iu;
function questionSections(
  text: string,
  seg: Segmented,
  mentions: readonly ProposalMention[],
  focusAt: (offset: number) => string | null,
  isRevision: (key: string) => boolean,
): Map<number, SectionDefault> {
  const out = new Map<number, SectionDefault>();
  let sec: SectionDefault | null = null;
  let paras = 0;
  let lastPara = -1;
  for (let si = 0; si < seg.sentences.length; si++) {
    const s = seg.sentences[si] as (typeof seg.sentences)[number];
    const para = seg.paragraphs[s.paragraph];
    const stext = text.slice(s.start, s.end);
    const alone =
      para !== undefined && para.start >= s.start - 1 && text.slice(s.end, para.end).trim() === '';
    if (alone && /\?\s*$/u.test(stext) && stext.length <= 90 && !/["“”]/u.test(stext)) {
      const named = within(mentions, s.start, s.end)[0]?.proposal ?? null;
      const latestRevision = (): string | null => {
        for (let k = lowerBound(mentions, s.start) - 1; k >= 0; k--) {
          const mn = mentions[k] as ProposalMention;
          if (mn.revised || isRevision(mn.proposal)) return mn.proposal;
        }
        return focusAt(s.start);
      };
      let status: ProvisionStatus | null = null;
      let key: string | null = null;
      if (/\bleft\s+out\b/iu.test(stext) || Q_DROPPED_RE.test(stext)) status = 'dropped';
      else if (Q_CHANGED_RE.test(stext) && /^\W*what\b/iu.test(stext)) status = 'changed';
      else if (Q_KEPT_RE.test(stext) && /^\W*what\b/iu.test(stext)) status = 'included';
      if (status) key = named ?? latestRevision();
      else if (/^\W*what\b/iu.test(stext) && Q_CONTENT_RE.test(stext)) {
        status = 'included';
        key = named ?? focusAt(s.start);
      }
      sec = status && key ? { key, status, item: true } : null;
      paras = 0;
      lastPara = s.paragraph;
      continue;
    }
    if (!sec) continue;
    if (s.paragraph !== lastPara) {
      lastPara = s.paragraph;
      if (++paras > 3) {
        sec = null;
        continue;
      }
    }
    out.set(si, { key: sec.key, status: sec.status, item: !PARTY_SPEAKS_RE.test(stext) });
  }
  return out;
}

/**
 * The verbs of a sentence whose subject is a version ("The November plan extends de facto
 * recognition to Luhansk", "It fixed Ukraine's army at 600,000, barred …"): whatever the verb, a
 * version that does something to an issue contains it. The lexicon lists the common verbs; this
 * reads the others from the tagger: the first finite verb after the subject and each verb
 * coordinated with it. Verbs that report, narrate the text's history or a reaction to it
 * ("was drafted", "surfaced", "angered Kyiv") say nothing of its contents.
 */
const NOT_CONTENT_VERBS = new Set(
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
function versionVerbs(
  text: string,
  sStart: number,
  sEnd: number,
  inSent: readonly ProposalMention[],
  tokens: readonly Token[],
  preds: Pred[],
): void {
  if (tokens.length === 0) return;
  // The subject: a version named at the opening (after at most a short adverbial and a comma) or
  // the pronoun "it" / "the text" opening the sentence.
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
      /^\W*(?:(?:and|but|also|instead|meanwhile|however)[,\s]+)?(?:it|the\s+(?:document|text|draft|proposal|plan|framework))\b/iu.exec(
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

export function extractProvisions(
  text: string,
  seg: Segmented,
  issues: readonly IssueHit[],
  mentions: readonly ProposalMention[],
  isRevision: (key: string) => boolean,
  focusAt: (offset: number) => string | null,
  actors: readonly { start: number; end: number }[] = [],
  described: ReadonlyMap<number, string> = new Map(),
  sectionsIn: ReadonlyMap<number, SectionDefault> = new Map(),
  earlierOf: (key: string) => string | null = () => null,
): ProvisionClaim[] {
  let sections = sectionsIn;
  const out: ProvisionClaim[] = [];
  const seen = new Set<string>();
  const questions = questionSections(text, seg, mentions, focusAt, isRevision);
  if (questions.size > 0) {
    const merged = new Map(questions);
    for (const [k, v] of sections) merged.set(k, v);
    sections = merged;
  }
  // Only sentences that hold an issue cue are worth a look: walk the issue hits sentence by sentence.
  let i = 0;
  let si = 0;
  const sents = seg.sentences;
  while (i < issues.length && si < sents.length) {
    const s = sents[si];
    if (!s) break;
    const h = issues[i] as IssueHit;
    if (h.start >= s.end) {
      si++;
      continue;
    }
    if (h.start < s.start) {
      i++;
      continue;
    }
    const hits: IssueHit[] = [];
    while (i < issues.length && (issues[i] as IssueHit).start < s.end) hits.push(issues[i++] as IssueHit);
    const sec = sections.get(si);
    const before = out.length;
    // The provisions of this sentence, read as describing `key` (or the version it names itself).
    const provisionsFor = (key: string | null) =>
      sentenceProvisions(
        text,
        s.start,
        s.end,
        hits,
        mentions,
        isRevision,
        focusAt,
        actors,
        out,
        seen,
        key,
        seg.tokens,
      );
    provisionsFor(sec?.item ? sec.key : null);
    // Under a "What's changed" heading, "… is no longer written in" says how the item changed.
    if (sec?.item && sec.status === 'changed')
      for (let k = before; k < out.length; k++) {
        const o = out[k] as ProvisionClaim;
        if (o.proposal === sec.key && o.status === 'dropped') out[k] = { ...o, status: 'changed' };
      }
    // "Both drafts commit the sides to …", "All three keep Ukraine out of NATO": each version the
    // article has named so far (the last two, or three) contains it.
    const group = GROUP_SUBJECT_RE.exec(text.slice(s.start, s.end));
    if (group && within(mentions, s.start, s.end).length === 0) {
      const n = /^\W*(?:all\s+three|each\s+of\s+the\s+three)/iu.test(group[0]) ? 3 : 2;
      const keys: string[] = [];
      for (let k = mentions.length - 1; k >= 0 && keys.length < n; k--) {
        const mn = mentions[k] as ProposalMention;
        if (mn.start < s.start && !keys.includes(mn.proposal)) keys.push(mn.proposal);
      }
      if (keys.length === n) for (const gk of keys) provisionsFor(gk);
    }
    // "Under the plan, Ukraine would withdraw from …": every issue the description names is in it;
    // so does every item of a section listing a version's contents ("What's out: - the amnesty").
    // A section item whose own subject is another version ("The earlier plan would have …" under
    // "What's changed") speaks of that version: its predicates placed it, the heading does not.
    const subj = within(mentions, s.start, s.end)[0];
    const otherSubject =
      sec?.item && subj && subj.proposal !== sec.key && subj.start - s.start < 40 ? subj.proposal : null;
    const key = described.get(si) ?? (sec?.item && !otherSubject ? sec.key : undefined);
    // A bare label ("Amnesty.") takes its wording from the rest of its paragraph.
    const stext = text.slice(s.start, s.end);
    const para = seg.paragraphs[s.paragraph];
    const wording =
      /^\s*(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\.$/iu.test(stext) && para
        ? text.slice(s.start, para.end)
        : stext;
    const status: ProvisionStatus = described.has(si)
      ? 'included'
      : itemStatus(wording, sec?.status ?? 'included');
    if (key) {
      for (const h of hits) {
        if (isModelOf(text, s.start, h, hits)) continue;
        const k = `${key}|${h.issue}|${s.start}`;
        if (seen.has(k)) continue;
        // An item whose own predicate already placed this issue in another version says no more.
        if (out.some((o) => o.issue === h.issue && o.evidence.start === s.start)) continue;
        seen.add(k);
        out.push({
          proposal: key,
          issue: h.issue,
          status,
          summary: text
            .slice(s.start, Math.min(s.end, s.start + 200))
            .replace(/\s+/g, ' ')
            .trim(),
          evidence: span(text, s.start, s.end),
          rule: described.has(si) ? 'provision:described' : 'provision:section',
        });
      }
    }
    si++;
  }
  continuedDescriptions(text, seg, issues, mentions, focusAt, described, sections, out);
  labelParagraphs(text, seg, issues, mentions, sections, isRevision, out);
  const settled = withoutDeferredRemovals(
    seg,
    comparedParagraphs(text, seg, mentions, sections, isRevision, out),
  );
  return impliedInclusions(text, seg, issues, mentions, isRevision, earlierOf, settled);
}

/**
 * Explainer paragraphs list a version's clauses over several sentences: one names the version as
 * its subject ("The 28-point plan asked the most of Ukraine.", "It offered Russia …", "Its terms go
 * well beyond …") and the next ones, unattributed "would" sentences, go on with what it does
 * ("Kyiv would withdraw from …", "Sanctions would be lifted."). Those sentences' issues are in the
 * version. The framing stage reads such runs after content verbs it knows; this reads them after
 * any verb that is not about the text's history or a reaction to it, within the paragraph. A
 * sentence that names another version, quotes or reports someone, or has no bare "would" ends it.
 */
const CONT_WOULD_RE =
  /\bwould\s+(?:also\s+|then\s+|in\s+turn\s+|further\s+|still\s+)?(?!have\s+to\b|need\s+to\b|only\b|like\b|rather\b|not\s+(?:accept|agree|sign|support|back|endorse|approve|tolerate|consider|say|comment)\b|never\s+(?:accept|agree|sign)\b)(?:not\s+|never\s+)?\p{L}/iu;
const CONT_REPORT_RE =
  /\b(?:said|says|say|told|tells|argued|argues|insisted|insists|warned|warns|believes?|believed|according\s+to|wants?|wanted)\b/iu;
const OPENER_LEAD_RE =
  /^\W*(?:(?:in\s+return|in\s+exchange|instead|meanwhile|also|and|but|so)[,\s]+|according\s+to\s+[^,;]{1,60},\s*)?$/iu;
/** "the outline presented by Rubio and Witkoff would …": a reduced relative between subject and verb. */
const PARTICIPLE_RE =
  /^\s+(?:presented|drawn\s+up|drafted|written|prepared|handed\s+over|handed|agreed|seen|circulated|shown|put\s+forward|unveiled)\s+(?:by|to|in|at|on|with)\s+[^,;.]{0,100}?(?=\s+would\b)/iu;
const OPENER_PRONOUN_RE =
  /^\W*(?:(?:in\s+return|in\s+exchange|instead)[,\s]+)?(?:(it)|its\s+(?:[\p{L}-]+\s+)?(?:terms|provisions|clauses|points|contents))\s+(?:also\s+|further\s+|then\s+)?(?:would\s+(?:have\s+)?)?(\p{L}+)/iu;
const COPULA_RE =
  /^(?:is|was|are|were|has|have|had|been|be|being|will|could|can|may|might|should|must|did|does|do)$/iu;
function continuedDescriptions(
  text: string,
  seg: Segmented,
  issues: readonly IssueHit[],
  mentions: readonly ProposalMention[],
  focusAt: (offset: number) => string | null,
  described: ReadonlyMap<number, string>,
  sections: ReadonlyMap<number, SectionDefault>,
  out: ProvisionClaim[],
): void {
  let chain: string | null = null;
  let para = -1;
  for (let si = 0; si < seg.sentences.length; si++) {
    const s = seg.sentences[si] as (typeof seg.sentences)[number];
    if (s.paragraph !== para) {
      para = s.paragraph;
      chain = null;
    }
    const stext = text.slice(s.start, s.end);
    if (sections.get(si)?.item || /["“”]/u.test(stext)) {
      chain = null;
      continue;
    }
    const inSent = within(mentions, s.start, s.end);
    const open = openerKey(text, s.start, s.end, stext, inSent, focusAt);
    const opener = open?.key ?? described.get(si) ?? null;
    if (opener !== null) {
      chain = opener;
      // "…, the outline presented by Rubio would have the United States recognise Crimea …": what
      // a version would do is in it, though a party stands between it and the predicate.
      if (open?.wouldAt !== undefined && !out.some((o) => o.evidence.start === s.start)) {
        const hits = within(issues, open.wouldAt, s.end);
        for (const h of hits) {
          if (isModelOf(text, s.start, h, hits)) continue;
          if (out.some((o) => o.issue === h.issue && o.evidence.start === s.start)) continue;
          out.push({
            proposal: opener,
            issue: h.issue,
            status: 'included',
            summary: stext.slice(0, 200).replace(/\s+/g, ' ').trim(),
            evidence: span(text, s.start, s.end),
            rule: 'provision:would-subject',
          });
        }
      }
      continue;
    }
    if (
      chain === null ||
      inSent.length > 0 ||
      !CONT_WOULD_RE.test(stext) ||
      CONT_REPORT_RE.test(stext) ||
      /^\W*(?:if|unless|whether|when)\b/iu.test(stext)
    ) {
      chain = null;
      continue;
    }
    const hits = within(issues, s.start, s.end);
    for (const h of hits) {
      if (isModelOf(text, s.start, h, hits)) continue;
      if (out.some((o) => o.issue === h.issue && o.evidence.start === s.start)) continue;
      out.push({
        proposal: chain,
        issue: h.issue,
        status: 'included',
        summary: stext.slice(0, 200).replace(/\s+/g, ' ').trim(),
        evidence: span(text, s.start, s.end),
        rule: 'provision:continued',
      });
    }
  }
}
/** The version a sentence opens with as its subject doing something to its contents, or null. */
function openerKey(
  text: string,
  sStart: number,
  sEnd: number,
  stext: string,
  inSent: readonly ProposalMention[],
  focusAt: (offset: number) => string | null,
): { key: string; wouldAt?: number } | null {
  const first = inSent[0];
  // "Its terms go far beyond earlier drafts": a pronoun subject, whatever versions its object names.
  const p0 = OPENER_PRONOUN_RE.exec(stext);
  if (!first || (p0 && first.start >= sStart + p0[0].length)) {
    const p = p0;
    if (!p) return null;
    const verb = (p[2] as string).toLowerCase();
    // "It offered Russia …" (not "It was drafted …", "It said …"); "Its terms go well beyond …".
    if (p[1] && (COPULA_RE.test(verb) || NOT_CONTENT_VERBS.has(verb))) return null;
    const key = focusAt(sStart);
    return key === null ? null : { key };
  }
  if (first.start - sStart > 70 || !OPENER_LEAD_RE.test(text.slice(sStart, first.start))) return null;
  if (inSent.some((mn) => mn.proposal !== first.proposal)) return null;
  // "The 28-point plan, drafted by Witkoff, would have …": past an apposition to the verb.
  const rest = text.slice(first.end, sEnd);
  const after = rest.replace(/^\s*,[^,;]{0,90},/u, '').replace(PARTICIPLE_RE, '');
  const v = /^\s+(?:also\s+|further\s+|then\s+)?(would\s+(?:have\s+)?)?(\p{L}+)/u.exec(after);
  const verb = v?.[2]?.toLowerCase();
  if (!v || !verb || COPULA_RE.test(verb) || NOT_CONTENT_VERBS.has(verb)) return null;
  const at = sEnd - after.length + v.index;
  return v[1] && !/^(?:not|never)$/u.test(verb)
    ? { key: first.proposal, wouldAt: at }
    : { key: first.proposal };
}

/** "… keeps a pledge of", "still includes", "retains", "… remain(s)", "has not changed": a point carried over. */
const KEPT_CUE_RE =
  /\b(?:keeps?|kept|keeping|retains?|retained|retaining|preserves?|preserved|still\s+(?:\p{L}+\s+)?(?:includes?|contains?|calls?\s+for|promises?|provides?\s+for|offers?|says?|has|have|requires?|envisages?)|remains?|remained|stays?|stayed|survives?|survived|(?:has|have)\s+not\s+changed|unchanged)\b/giu;
/**
 * What a revision brings in is new to it, not carried over ("… and adds a commitment to …"); and
 * a later predicate of its own ("… and includes a provision on", "… and it would allow") starts
 * a clause the keep cue no longer governs.
 */
const ADDED_CUE_RE =
  /\b(?:adds?|added|adding|introduces?|introduced|inserts?|inserted|new|newly|brings\s+in|now\s+(?:includes?|contains?|calls?\s+for)|(?<!\bstill\s+(?:\p{L}+\s+)?)(?:includes?|contains?|calls?\s+for|envisages?|offers?|sets?\s+out|would|will|allows?))\b/giu;
const KEPT_CUE_ONE_RE = new RegExp(KEPT_CUE_RE.source, 'iu');
/** "So does a full exchange of prisoners", "as does …": the predicate of the sentence before. */
const SO_DOES_RE = /^\W*(?:so|as)\s+(?:does|do|did|is|are|was|were|has|have)\b/iu;

/**
 * Annotation convention 8: what the text says a revision dropped, changed (raised, loosened,
 * rewrote) or kept was, by implication, in the version it revises, when the article names that
 * version ("up from the 600,000 in the first version", "no longer caps the army" after "the
 * original 28-point plan"). The earlier version is the revision's own link (the text's "replaces",
 * the pack's supersedes) or, without one, an unrevised version the same sentence or paragraph
 * names. An article that never mentions the earlier version gets nothing: the reader is told only
 * what the new text does. A point the revision adds ("… and adds a prisoner exchange") is new.
 */
function impliedInclusions(
  text: string,
  seg: Segmented,
  issues: readonly IssueHit[],
  mentions: readonly ProposalMention[],
  isRevision: (key: string) => boolean,
  earlierOf: (key: string) => string | null,
  out: ProvisionClaim[],
): ProvisionClaim[] {
  const named = new Set(mentions.map((m) => m.proposal));
  const have = new Set(out.map((o) => `${o.proposal}|${o.issue}|${o.status}`));
  const added: ProvisionClaim[] = [];
  const earlierNear = (key: string, from: number, to: number): string | null => {
    const near = within(mentions, from, to).filter((m) => m.proposal !== key && !isRevision(m.proposal));
    return near.length === 1 || new Set(near.map((m) => m.proposal)).size === 1
      ? (near[0]?.proposal ?? null)
      : null;
  };
  for (const o of out) {
    if (!isRevision(o.proposal) && earlierOf(o.proposal) === null) continue;
    const { start, end } = o.evidence;
    const si = sentenceIndexOf(seg, start);
    if (o.status === 'included' && !carriedOver(text, start, end, o.issue, issues)) {
      // "Security guarantees remain at the centre. So does a full exchange of prisoners."
      const prev = seg.sentences[si - 1];
      if (
        !prev ||
        prev.paragraph !== seg.sentences[si]?.paragraph ||
        !SO_DOES_RE.test(text.slice(start, end)) ||
        !KEPT_CUE_ONE_RE.test(text.slice(prev.start, prev.end))
      )
        continue;
    }
    const para = seg.paragraphs[seg.sentences[si]?.paragraph ?? -1];
    const linked = earlierOf(o.proposal);
    const earlier =
      (linked !== null && linked !== o.proposal && named.has(linked) ? linked : null) ??
      earlierNear(o.proposal, start, end) ??
      (para ? earlierNear(o.proposal, para.start, para.end) : null);
    if (earlier === null) continue;
    const k = `${earlier}|${o.issue}|included`;
    if (have.has(k)) continue;
    have.add(k);
    added.push({ ...o, proposal: earlier, status: 'included', rule: 'provision:implied-earlier' });
  }
  return added.length > 0 ? [...out, ...added] : out;
}

/**
 * An included claim counts as carried over when a keep cue governs its issue phrase: the last
 * keep or add cue before the phrase is a keep cue ("keeps a pledge of security guarantees, and
 * adds a prisoner exchange" carries over only the guarantees), or, with no cue before it, one
 * follows it ("Security guarantees remain").
 */
function carriedOver(
  text: string,
  start: number,
  end: number,
  issue: string,
  issues: readonly IssueHit[],
): boolean {
  const stext = text.slice(start, end);
  const cues: { at: number; kept: boolean }[] = [];
  for (const m of stext.matchAll(KEPT_CUE_RE)) cues.push({ at: m.index ?? 0, kept: true });
  for (const m of stext.matchAll(ADDED_CUE_RE)) cues.push({ at: m.index ?? 0, kept: false });
  if (!cues.some((c) => c.kept)) return false;
  cues.sort((a, b) => a.at - b.at);
  for (const h of within(issues, start, end)) {
    if (h.issue !== issue) continue;
    const at = h.start - start;
    const before = cues.filter((c) => c.at < at).pop();
    if (before ? before.kept : cues.some((c) => c.kept && c.at >= at + (h.end - h.start))) return true;
  }
  return false;
}

/**
 * Comparison pieces set two versions side by side one issue at a time, each paragraph opening
 * with a one- or two-word label ("NATO.", "Sanctions.", "The army.") and going on about the
 * versions ("Both envisage lifting restrictions. The later plan adds …", "The November document
 * instead has a ceasefire take effect only once …"). The label names the issue; a sentence whose
 * subject is a version (or both: "Both documents …", "each rules out …", "the two texts agree")
 * puts it in that version. A negated predicate ("placed no cap on …") says the version lacks it,
 * which is not a removal: nothing is recorded. Labels under a section heading are the section's.
 */
const LABEL_ONLY_RE = /^\s*(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\.\s*$/iu;
/** "Both documents …", "Both envisage …", "On this the two texts agree: each rules out …". */
const GROUP_OPEN_RE =
  /^\W*(?:[^.;:]{0,40}\b(?:the\s+two|both)\s+(?:texts|documents|drafts|versions|plans|proposals)\s+(?:agree|concur|are\s+alike|converge)\b[^.;:]{0,30}[:;,]\s*(?:each|both)?|(?:both|each)(?:\s+(?:of\s+them|documents|texts|drafts|versions|plans|proposals))?)\s+(?:also\s+|still\s+)?\p{Ll}/iu;
const SUBJECT_LEAD_RE =
  /^\W*(?:(?:only|and|but|so|yet|meanwhile|instead|now|also|by\s+contrast|in\s+contrast)[,\s]+)?$/iu;
const WHEN_LEAD_RE = /^\W*in\s+(?:the\s+)?(\p{L}+)(?:\s*,|\s+(?=the\s))/iu;
/** The issue a cue-less label heads: the one with at least two cues in its paragraph and more than any other. */
function dominantIssue(hits: readonly IssueHit[], firstEnd: number): string[] {
  const n = new Map<string, number>();
  for (const h of hits) n.set(h.issue, (n.get(h.issue) ?? 0) + 1);
  const ranked = [...n].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (top && (second ? top[1] >= 2 && top[1] > second[1] : top[1] >= 1)) return [top[0]];
  // A tie: the issue the first sentence under the label names first ("The alliance. … joining NATO").
  const first = hits[0];
  return top && first && first.start < firstEnd && n.get(first.issue) === top[1] ? [first.issue] : [];
}
const PRED_NEGATED_RE =
  /^[\s,]*(?:\p{L}+\s+){0,2}?(?:no|not|never|nothing|neither|nor|without|n['’]t)\b|^[\s,]*(?:\p{L}+\s+)?(?:lacks?|lacked|omits?|omitted|left\s+out|leaves\s+out)\b/iu;
function labelParagraphs(
  text: string,
  seg: Segmented,
  issues: readonly IssueHit[],
  mentions: readonly ProposalMention[],
  sections: ReadonlyMap<number, SectionDefault>,
  isRevision: (key: string) => boolean,
  out: ProvisionClaim[],
): void {
  const sents = seg.sentences;
  for (let si = 0; si < sents.length; si++) {
    const lab = sents[si] as (typeof sents)[number];
    const para = seg.paragraphs[lab.paragraph];
    if (!para || lab.start > para.start + 2 || sections.get(si)?.item) continue;
    if (!LABEL_ONLY_RE.test(text.slice(lab.start, lab.end))) continue;
    let labelIssues = [...new Set(within(issues, lab.start, lab.end).map((h) => h.issue))];
    // "The army.", "Money.": a label with no cue of its own heads the issue its paragraph is about,
    // when one issue clearly dominates the paragraph's cues (at least two, more than any other).
    if (labelIssues.length === 0)
      labelIssues = dominantIssue(within(issues, lab.end, para.end), sents[si + 1]?.end ?? lab.end);
    if (labelIssues.length === 0) continue;
    // The versions under comparison: the last two the article named before this paragraph.
    const pair: string[] = [];
    for (let k = lowerBound(mentions, lab.start) - 1; k >= 0 && pair.length < 2; k--) {
      const key = (mentions[k] as ProposalMention).proposal;
      if (!pair.includes(key)) pair.push(key);
    }
    for (let sj = si + 1; sj < sents.length && sents[sj]?.paragraph === lab.paragraph; sj++) {
      const s = sents[sj] as (typeof sents)[number];
      const stext = text.slice(s.start, s.end);
      // "In Geneva, officials said, the clause was reworded": a parenthetical attribution of a fact.
      const told = stext.replace(/,\s+(?:[\p{L}-]+\s+){1,3}(?:said|say|says)\s*,/giu, ',');
      if (PARTY_SPEAKS_RE.test(told) || /\bneither\b/iu.test(stext.slice(0, 60))) continue;
      let keys: string[] = [];
      let predAt = -1;
      const group = GROUP_OPEN_RE.exec(stext);
      const inSent = within(mentions, s.start, s.end);
      const first = inSent[0];
      if (group && pair.length === 2 && (!first || first.start >= s.start + group[0].length)) {
        keys = [...pair];
        predAt = s.start + group[0].length - 1;
      } else if (
        first &&
        SUBJECT_LEAD_RE.test(text.slice(s.start, first.start)) &&
        !/^['’]s\b/u.test(text.slice(first.end, first.end + 3))
      ) {
        keys = [first.proposal];
        predAt = first.end;
      } else {
        // "In April, Ukraine's security was to be underwritten by …": the version the article has
        // named by that month or season.
        const when = WHEN_LEAD_RE.exec(stext);
        const word = when?.[1]?.toLowerCase();
        if (
          when &&
          word &&
          /^(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)$/u.test(
            word,
          )
        ) {
          for (let k = lowerBound(mentions, s.start) - 1; k >= 0; k--) {
            const mn = mentions[k] as ProposalMention;
            if (new RegExp(`\\b${word}\\b`, 'iu').test(mn.text)) {
              keys = [mn.proposal];
              break;
            }
          }
          predAt = s.start + when[0].length;
        } else if (when && word) {
          // "In Geneva the wording was loosened again": the version the article named after that place.
          const at = /^\W*in\s+(?:the\s+)?\p{L}+/iu.exec(stext);
          const named = new Set<string>();
          for (let k = lowerBound(mentions, s.start) - 1; k >= 0; k--) {
            const mn = mentions[k] as ProposalMention;
            if (new RegExp(`\\b${word}\\b`, 'iu').test(mn.text)) named.add(mn.proposal);
          }
          if (named.size === 1 && at) {
            keys = [...named];
            predAt = s.start + at[0].length;
          }
        }
        // "The Europeans raised the figure to 800,000": the drafters, by the adjective their text was
        // named with ("the European draft"), stand for it when they are said to have edited it.
        const who = /^\W*[Tt]he\s+(\p{Lu}\p{Ll}+(?:an|ish|ese|ian))s\s+(?=\p{Ll})/u.exec(stext);
        if (keys.length === 0 && who && ITEM_CHANGED_RE.test(stext)) {
          const adj = who[1] as string;
          const named = new Set<string>();
          for (let k = lowerBound(mentions, s.start) - 1; k >= 0; k--) {
            const mn = mentions[k] as ProposalMention;
            if (new RegExp(`\\b${adj}\\b`, 'u').test(mn.text)) named.add(mn.proposal);
          }
          if (named.size === 1) {
            keys = [...named];
            predAt = s.start + who[0].length;
          }
        }
      }
      if (keys.length === 0 || PRED_NEGATED_RE.test(text.slice(predAt, s.end))) continue;
      if (ITEM_DROPPED_RE.test(stext)) continue;
      for (const key of keys)
        for (const issue of labelIssues) {
          if (
            out.some(
              (o) =>
                o.proposal === key &&
                o.issue === issue &&
                o.evidence.start >= para.start &&
                o.evidence.start < para.end,
            )
          )
            continue;
          out.push({
            proposal: key,
            issue,
            status: isRevision(key) && ITEM_CHANGED_RE.test(stext) ? 'changed' : 'included',
            summary: `${text.slice(lab.start, lab.end).trim()} ${stext.slice(0, 180)}`
              .replace(/\s+/g, ' ')
              .trim(),
            evidence: span(text, s.start, s.end),
            rule: 'provision:label',
          });
        }
    }
  }
}

/**
 * In a label paragraph that sets a revision (or a counter-proposal) against the text it answers
 * ("Money. Under the American plan, … The European text instead keeps the assets frozen …"), what
 * the revision is said to do on that issue is its own version of the point: changed, not simply
 * included, unless both are said to share it ("Both keep …", "… too" with nothing added). A
 * changed or dropped reading of an issue there replaces an included one for the same version.
 */
function comparedParagraphs(
  text: string,
  seg: Segmented,
  mentions: readonly ProposalMention[],
  sections: ReadonlyMap<number, SectionDefault>,
  isRevision: (key: string) => boolean,
  out: ProvisionClaim[],
): ProvisionClaim[] {
  const sents = seg.sentences;
  let res = out;
  for (let si = 0; si < sents.length; si++) {
    const lab = sents[si] as (typeof sents)[number];
    const para = seg.paragraphs[lab.paragraph];
    if (!para || lab.start > para.start + 2 || sections.get(si)?.item) continue;
    if (!LABEL_ONLY_RE.test(text.slice(lab.start, lab.end))) continue;
    const inPara = within(mentions, lab.end, para.end);
    const keys = [...new Set(inPara.map((m) => m.proposal))];
    if (keys.length < 2) continue;
    // Only a rival text: a later version of the same plan may simply restate or extend a point.
    if (!keys.includes(COUNTER_KEY) || !isRevision(COUNTER_KEY)) continue;
    const rev = COUNTER_KEY;
    const claims = res.filter((o) => o.evidence.start >= lab.end && o.evidence.start < para.end);
    const changedIssues = new Set<string>();
    res = res.map((o) => {
      if (!claims.includes(o) || o.proposal !== rev || o.status !== 'included') return o;
      const stext = text.slice(o.evidence.start, o.evidence.end);
      if (GROUP_OPEN_RE.test(stext) || /^\W*both\b/iu.test(stext)) return o;
      changedIssues.add(o.issue);
      return { ...o, status: 'changed' as ProvisionStatus };
    });
    for (const o of res)
      if (
        o.proposal === rev &&
        o.status !== 'included' &&
        o.evidence.start >= lab.end &&
        o.evidence.start < para.end
      )
        changedIssues.add(o.issue);
    res = res.filter(
      (o) =>
        !(
          o.proposal === rev &&
          o.status === 'included' &&
          changedIssues.has(o.issue) &&
          o.evidence.start >= lab.end &&
          o.evidence.start < para.end
        ),
    );
  }
  return res;
}

/**
 * Annotation convention 9: a point a revision removes is `dropped`, even when the same passage
 * hands the question to the leaders ("no longer requires the withdrawal; the line is left for the
 * two presidents"). A deferral-only change of the same version and issue in the same paragraph
 * is that removal's other half, not a change of its own.
 */
function withoutDeferredRemovals(seg: Segmented, out: ProvisionClaim[]): ProvisionClaim[] {
  if (!out.some((o) => o.rule.endsWith(DEFERRAL_TAG))) return out;
  const paraOf = (offset: number) => {
    const i = lowerBound(seg.paragraphs, offset + 1) - 1;
    return i;
  };
  const dropped = new Set(
    out
      .filter((o) => o.status === 'dropped')
      .map((o) => `${o.proposal}|${o.issue}|${paraOf(o.evidence.start)}`),
  );
  return out.filter(
    (o) =>
      !(
        o.status === 'changed' &&
        o.rule.endsWith(DEFERRAL_TAG) &&
        dropped.has(`${o.proposal}|${o.issue}|${paraOf(o.evidence.start)}`)
      ),
  );
}

function sentenceProvisions(
  text: string,
  sStart: number,
  sEnd: number,
  hits: readonly IssueHit[],
  mentions: readonly ProposalMention[],
  isRevision: (key: string) => boolean,
  focusAt: (offset: number) => string | null,
  actors: readonly { start: number; end: number }[],
  out: ProvisionClaim[],
  seen: Set<string>,
  sectionKey: string | null = null,
  tokens: readonly Token[] = [],
): void {
  const stext = text.slice(sStart, sEnd);
  if (/\?\s*["”]?\s*$/.test(stext)) return;
  // An edit (something removed, raised, rewritten) happens to the newer text: when the version in
  // focus is an earlier one, the edit belongs to the latest revision the article has named.
  const editedVersion = (key: string | null, at: number): string | null => {
    if (key === null || isRevision(key)) return key;
    // A counter-proposal is a rival text, not an edit of this one: only when no revision is named.
    let counter: string | null = null;
    for (let k = lowerBound(mentions, at) - 1; k >= 0; k--) {
      const mn = mentions[k] as ProposalMention;
      if (mn.proposal === key || !(mn.revised || isRevision(mn.proposal))) continue;
      if (mn.proposal !== COUNTER_KEY) return mn.proposal;
      counter = mn.proposal;
    }
    return counter ?? key;
  };
  const inSent = within(mentions, sStart, sEnd);
  // With no mention, "it"/"the text" is the version in focus; inside a section, the section's version.
  const focusKey = focusAt(sStart);
  const pronounKey =
    inSent.length === 0
      ? PRONOUN_SUBJECT_RE.test(stext)
        ? (sectionKey ?? focusAt(sStart))
        : sectionKey
      : null;
  // "The clause granting an amnesty has been struck out": a passive drop or change with no party in
  // the sentence is said of the version under discussion.
  // Only a party before the edit verb can be its subject ("The language barring Ukraine from NATO
  // was struck out, which Ukrainian officials had called unacceptable" is still the text's edit).
  // Mentions set against the edit ("up from 600,000 in the first version") do not name the version.
  const contrasted = (mn: ProposalMention) =>
    CONTRAST_RE.test(text.slice(Math.max(sStart, mn.start - 40), mn.start)) &&
    !EDITED_FROM_RE.test(text.slice(Math.max(sStart, mn.start - 40), mn.start));
  const edit = !pronounKey ? PASSIVE_EDIT_RE.exec(stext) : null;
  const editAt = edit ? sStart + edit.index : -1;
  const passiveKey0 =
    (edit &&
      within(actors, sStart, editAt).every((a) => !isSubjectParty(text, sStart, a)) &&
      inSent.every(contrasted)) ||
    // "The American side agreed to strike out a clause granting an amnesty": negotiators editing
    // a clause edit the text under discussion.
    (!pronounKey && inSent.length === 0 && UNIT_EDIT_RE.test(stext))
      ? editedVersion(focusAt(sStart), sStart)
      : null;
  // "… strengthened compared with the Geneva draft": the version set against is not the one edited.
  const passiveKey =
    passiveKey0 !== null && inSent.some((mn) => mn.proposal === passiveKey0) ? null : passiveKey0;
  if (inSent.length === 0 && !pronounKey && !passiveKey) return;
  // "It went further than the Paris offer on territory": a pronoun subject is the version in focus
  // even when the only version the sentence names is the one it is set against.
  if (
    inSent.length > 0 &&
    inSent.every(contrasted) &&
    !pronounKey &&
    !passiveKey &&
    !(focusKey && PRONOUN_SUBJECT_RE.test(stext))
  )
    return;
  const preds: Pred[] = [];
  const re = new RegExp(PROVISION_RE.source, PROVISION_RE.flags);
  for (let x = re.exec(stext); x !== null; x = re.exec(stext)) {
    const kind = kindOf(x);
    if (!kind) continue;
    const start = sStart + x.index;
    const lead = text.slice(Math.max(sStart, start - 25), start);
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
    // verb whose subject is a party made to act is what the text provides.
    if (
      (kind === 'change' || kind === 'drop') &&
      CAUSATIVE_RE.test(text.slice(sStart, start)) &&
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
        PASSIVE_RE.test(lead) || /^(?:is|are|was|were|has|have|went|goes|gone|rose|fell)\s/iu.test(x[0]),
    });
  }
  versionVerbs(text, sStart, sEnd, inSent, tokens, preds);
  // "Security guarantees remain part of the framework, as does a full exchange of prisoners",
  // "… stay in the text": points said to remain in a version are in it. Said after edits, the text
  // they remain in is the newer one, whatever version "the text" last pointed at.
  const kept = KEPT_IN_RE.exec(stext);
  if (kept) {
    const at = sStart + kept.index + kept[0].length;
    const mn = inSent.find((m) => m.start >= at && m.start - at <= 2);
    const key = mn ? editedVersion(mn.proposal, sStart) : null;
    if (mn && key) {
      const asDoes = /,\s+(?:as|and\s+so)\s+(?:does|do|did|is|are|was|were)\b/iu.exec(
        text.slice(mn.end, sEnd),
      );
      const tailFrom = asDoes ? mn.end + asDoes.index : sEnd;
      for (const h of hits) {
        if (!(h.end <= sStart + kept.index || h.start >= tailFrom)) continue;
        if (seen.has(`${key}|${h.issue}|${sStart}`)) continue;
        seen.add(`${key}|${h.issue}|${sStart}`);
        out.push({
          proposal: key,
          issue: h.issue,
          status: 'included',
          summary: stext.slice(0, 200).replace(/\s+/g, ' ').trim(),
          evidence: span(text, sStart, sEnd),
          rule: 'provision:kept-in',
        });
      }
    }
  }
  // "…; that clause does not survive in the Geneva framework": what the sentence spoke of before
  // is not in the version named after the negated "survive in".
  // "the limit of 600,000 troops written into the original plan": a point the text says a version
  // holds, named right before it.
  for (const mn of inSent) {
    const w = WRITTEN_IN_RE.exec(text.slice(Math.max(sStart, mn.start - 40), mn.start));
    if (!w) continue;
    const at = mn.start - w[0].length;
    // "the blanket amnesty for wartime acts, present in the American text": a comma may set it off.
    const h = hits
      .filter((x) => x.end <= at && at - x.end <= 40 && /^[^,;]*,?\s*$/u.test(text.slice(x.end, at)))
      .pop();
    if (!h || seen.has(`${mn.proposal}|${h.issue}|${sStart}`)) continue;
    seen.add(`${mn.proposal}|${h.issue}|${sStart}`);
    out.push({
      proposal: mn.proposal,
      issue: h.issue,
      status: 'included',
      summary: text.slice(h.start, mn.end).replace(/\s+/g, ' ').trim(),
      evidence: span(text, sStart, sEnd),
      rule: 'provision:written-in',
    });
  }
  for (const mn of inSent) {
    const lost = LOST_IN_RE.exec(text.slice(Math.max(sStart, mn.start - 50), mn.start));
    if (!lost) continue;
    const at = mn.start - lost[0].length;
    for (const h of hits) {
      if (h.end > at || seen.has(`${mn.proposal}|${h.issue}|${sStart}|dropped`)) continue;
      seen.add(`${mn.proposal}|${h.issue}|${sStart}|dropped`);
      out.push({
        proposal: mn.proposal,
        issue: h.issue,
        status: 'dropped',
        summary: stext.slice(0, 200).replace(/\s+/g, ' ').trim(),
        evidence: span(text, sStart, sEnd),
        rule: 'provision:lost-in',
      });
    }
  }
  if (preds.length === 0) return;
  // The proposal a predicate belongs to: the nearest non-contrasted mention before it.
  const proposalFor = (at: number, edit = false): string | null => {
    let skipped = false;
    for (let k = inSent.length - 1; k >= 0; k--) {
      const mn = inSent[k] as ProposalMention;
      if (mn.start >= at) continue;
      const lead = text.slice(Math.max(sStart, mn.start - 40), mn.start);
      if (CONTRAST_RE.test(lead)) continue;
      // "the clauses that were in the original plan have been taken out", "the amnesty of the first
      // draft was narrowed", "the amnesty that the 28-point plan would have granted … and raised …":
      // a version inside a relative clause or an of-phrase on the object is not the subject of the
      // edit (a relative clause's own verb right after it is still its predicate).
      if (
        edit &&
        (NOT_SUBJECT_LEAD_RE.test(lead) ||
          (REL_SUBJECT_LEAD_RE.test(lead) && (at - mn.end > 30 || /,|\band\b/u.test(text.slice(mn.end, at)))))
      ) {
        skipped = true;
        continue;
      }
      // "It keeps the architecture of the 28-point plan but rewrites …": with a pronoun subject, a
      // mention inside a prepositional phrase is an object, not the subject of later predicates.
      if (focusKey && PRONOUN_SUBJECT_RE.test(stext) && /\b(?:of|in|from|with|to)\s+$/iu.test(lead)) continue;
      // "the plan could serve as a basis, while making clear that the fighting would end …": a
      // predicate past a new clause ("while", "and that", a semicolon) has a subject of its own.
      if (/,\s+(?:while|whereas)\b|\band\s+that\b|;/iu.test(text.slice(mn.end, at))) return null;
      // "The European text takes out the US plan's amnesty clause and would use …": a possessive
      // version after another version's predicate sits in that predicate's object.
      if (
        /^['’]s\b/u.test(text.slice(mn.end, mn.end + 3)) &&
        inSent.some((o) => o.start < mn.start && preds.some((p) => p.start >= o.end && p.end <= mn.start))
      )
        continue;
      // An actor between the mention and the predicate is its subject ("since the plan, Russia has demanded").
      const apposEnd = /^,[^,]*,/u.exec(text.slice(mn.end, at));
      const from = apposEnd ? mn.end + apposEnd[0].length : mn.end;
      let objectEnd = -1;
      for (const a of within(actors, from, at)) {
        const pre = text.slice(Math.max(sStart, a.start - 30), a.start);
        // "handed to Ukrainian and European officials": a name coordinated with an object is one too.
        if (
          objectEnd >= 0 &&
          /^\s*(?:,|and|or|,\s*and)\s+$/iu.test(
            text.slice(objectEnd, a.start).replace(/^\s*\p{L}+\s+(?=(?:,|and|or)\b)/u, ' '),
          )
        ) {
          objectEnd = a.end;
          continue;
        }
        // "set a ceiling …, ruled out NATO membership and promised …": a party after one of this
        // version's own predicates, with no clause break between, is inside its object.
        if (
          preds.some(
            (p) =>
              p.end <= a.start &&
              p.start >= from &&
              !/[;:]|,\s+(?:and|but|while)\s/u.test(text.slice(p.end, a.start)),
          )
        )
          continue;
        if (OBJECT_PREP_RE.test(pre) || OBJECT_VERB_RE.test(pre) || /\bof\s+(?:the\s+)?$/iu.test(pre)) {
          objectEnd = a.end;
          continue; // an object, not a subject
        }
        if (/^['’]s/u.test(text.slice(a.end, a.end + 2))) continue; // a possessive
        return null;
      }
      return mn.proposal;
    }
    if (inSent.length > 0 && PRONOUN_SUBJECT_RE.test(stext) && !CONTRAST_RE.test(stext.slice(0, 3)))
      return sectionKey ?? focusKey;
    // Only versions named inside the object: the edit is the newer text's.
    if (skipped && !pronounKey && !passiveKey) return editedVersion(sectionKey ?? focusKey, sStart);
    return pronounKey ?? passiveKey;
  };
  for (const h of hits) {
    if (isModelOf(text, sStart, h, hits)) continue;
    // The predicate governing this cue: the last one before it; or a passive drop/change after it.
    let pred: Pred | null = null;
    for (const p of preds) if (p.start <= h.start) pred = p;
    // "The ban on NATO membership has been dropped": a noun cue is the subject of a passive edit.
    if (pred?.noun && preds.some((p) => p.start > h.end && p.passive && p.kind !== 'include')) pred = null;
    // "no longer fixes a limit on the size of …": the verb before a noun cue is its predicate.
    if (pred?.noun) {
      const at = pred.start;
      const verb = preds.filter((p) => p.end <= at && !p.noun).pop();
      if (
        verb &&
        !/[;:]|,\s+(?:and|but|while)\s|\b(?:but|while|whereas|although|though)\b/iu.test(
          text.slice(verb.end, at),
        )
      )
        pred = verb;
    }
    // "The clause that granted an amnesty has been struck out": a predicate inside a relative clause
    // on the cue's noun is not the main one; a passive drop or change after the cue is.
    if (pred && /\b(?:that|which)\s+$/iu.test(text.slice(Math.max(sStart, pred.start - 8), pred.start))) {
      const main = preds.find(
        (p) => p.start > h.end && p.passive && (p.kind === 'drop' || p.kind === 'change'),
      );
      if (main) pred = null;
    }
    // "The new draft also drops the clause that would have barred Kyiv from NATO": the verb inside
    // the relative clause describes the old clause; the main verb before it says what happened.
    if (pred && REL_CLAUSE_LEAD_RE.test(text.slice(Math.max(sStart, pred.start - 25), pred.start))) {
      const at = pred.start;
      const outer = preds.filter((p) => p.end <= at && !p.passive).pop();
      if (outer && outer.kind !== 'include' && !/[;:]/u.test(text.slice(outer.end, pred.start))) pred = outer;
    }
    let proposal: string | null = pred
      ? proposalFor(pred.start, pred.kind === 'drop' || pred.kind === 'change')
      : null;
    // "It also leaves out the cap …": a version that takes something out is the newer one, whatever
    // version was last in focus.
    if (
      pred &&
      proposal &&
      (pred.kind === 'drop' || pred.kind === 'change') &&
      !pred.negated &&
      within(inSent, sStart, pred.start).length === 0
    )
      proposal = editedVersion(proposal, sStart);
    // A passive edit before the cue governs it only as its complement ("the limit was raised to
    // 800,000"); otherwise it belongs to an earlier subject and the cue looks for its own.
    if (
      pred?.passive &&
      pred.kind !== 'include' &&
      !/^\s+(?:to|at|from|by|up\s+to|down\s+to)\s+[^,;]*$/iu.test(text.slice(pred.end, h.start))
    )
      pred = null;
    if (!pred || !proposal) {
      // "the nuclear plant, which the plan would place under international management"
      for (const mn of inSent) {
        if (mn.start <= h.end || mn.start - h.end > 60) continue;
        if (!REL_AFTER_CUE_RE.test(text.slice(h.end, mn.start))) continue;
        if (hits.some((o) => o.start > h.end && o.start < mn.start)) break; // only the nearest cue is the antecedent
        const p = preds.find((q) => q.start >= mn.end && q.start - mn.end <= 25 && !q.passive);
        if (p) {
          pred = p;
          proposal = mn.proposal;
        }
        break;
      }
    }
    if (!pred || !proposal) {
      const after = preds.find(
        (p) => p.start >= h.end && p.passive && (p.kind === 'drop' || p.kind === 'change'),
      );
      // "sanctions must not be eased before …", "Sikorski said the cap should be raised": what a
      // party wants done, not an edit the text records.
      if (
        after &&
        !/\b(?:must|should|could|would|may|might|will|shall|cannot|can|ought\s+to)\s+(?:not\s+|never\s+)?(?:\p{L}+\s+)?be\s+$/iu.test(
          text.slice(Math.max(sStart, after.start - 30), after.start),
        )
      ) {
        pred = after;
        // "… has been removed from the framework" names the version; "raised to 800,000, up from
        // the 600,000 in the first version" names the one it is set against, not the one edited.
        // Only a version right after the edit ("removed from the framework", "taken out of the
        // text", "raised to 800,000 in the Geneva version") is where it was made; a version the
        // sentence names later on belongs to another clause ("the amnesty of the first draft").
        const named = within(inSent, after.end, sEnd).find(
          (mn) => !contrasted(mn) && EDIT_PLACE_RE.test(text.slice(after.end, mn.start)),
        );
        proposal =
          editedVersion(named?.proposal ?? proposalFor(h.start, true) ?? sectionKey ?? focusKey, sStart) ??
          null;
        // "… strengthened compared with the Geneva draft": the version set against is not the one edited.
        if (!named && inSent.some((mn) => mn.proposal === proposal && contrasted(mn))) proposal = null;
      }
    }
    if (!pred || !proposal) {
      // "… was struck out, as was the general amnesty": the elided predicate is the edit before it.
      const edit = preds.filter((p) => p.end <= h.start && p.passive && p.kind !== 'include').pop();
      if (edit && AS_WAS_RE.test(text.slice(edit.end, h.start))) {
        pred = edit;
        proposal =
          within(inSent, sStart, sEnd).find((mn) => !contrasted(mn))?.proposal ?? proposalFor(edit.start);
      }
    }
    if (!pred || !proposal) continue;
    // The cue must sit in the predicate's clause: no sentence-level break between them.
    const gap = text.slice(Math.min(pred.end, h.start), Math.max(pred.end, h.start));
    if (
      /[;:]|\s[—–]\s(?!\s*including)|\b(?:but|while|whereas|although|said|says)\b|,\s+and\s+(?:it|they|he|she)\b/iu.test(
        gap,
      ) &&
      gap.length > 0
    ) {
      if (!/^[^;]*\bincluding\b/iu.test(gap)) continue;
    }
    let status: ProvisionStatus;
    if (pred.kind === 'drop') status = pred.negated ? 'included' : 'dropped';
    else if (pred.kind === 'change') status = 'changed';
    // "allows …" loosens a revision of one's own text; in a counter-proposal it is simply its term.
    else if (pred.kind === 'allow') {
      status = isRevision(proposal) && proposal !== COUNTER_KEY ? 'changed' : 'included';
      // "Unlike the original plan, the framework does not call for …, allows Ukraine to pursue NATO
      // membership and does not limit …": leave to seek what the earlier text barred, listed among
      // what the revision no longer does, is the bar taken out, not a loosened one.
      const p = pred;
      if (
        status === 'changed' &&
        ALLOW_PURSUE_RE.test(text.slice(p.end, h.start + 1)) &&
        (preds.some((q) => q !== p && q.negated && q.kind !== 'allow') || inSent.some((mn) => contrasted(mn)))
      )
        status = 'dropped';
    } else status = pred.negated ? 'dropped' : 'included';
    // A removal followed by what takes its place is a change; a removal whose question is only
    // handed to the leaders or a later meeting stays a removal (annotation convention 9): the
    // deferral's own "instead" ("will instead be discussed by …") is no replacement.
    if (status === 'dropped') {
      const rest = text.slice(pred.end, sEnd).replace(DEFERRAL_RE_G, ' ');
      const next = text.slice(sEnd, sEnd + 160);
      if (REPLACED_RE.test(rest) || (INSTEAD_NEXT_RE.test(next) && !DEFERRAL_RE.test(next)))
        status = 'changed';
    }
    // "The section on frozen assets has been reworked": an inclusion reworded in a revision is a change.
    if (status === 'included' && isRevision(proposal) && ITEM_CHANGED_RE.test(text.slice(h.end, sEnd)))
      status = 'changed';
    // "… from the line of contact instead of from …", "an army of 800,000, up from the cap in the
    // first draft": a revision's clause set against the earlier one is a change.
    if (status === 'included' && isRevision(proposal) && VERSUS_RE.test(stext)) status = 'changed';
    // "keeps a commitment to elections but sets no date", "… but drops the deadline": the point
    // stays in the revision with its terms loosened.
    if (status === 'included' && isRevision(proposal) && KEPT_LOOSENED_RE.test(text.slice(h.end, sEnd)))
      status = 'changed';
    // One claim per version, issue and sentence; a removal and a change of one issue may stand side
    // by side ("drops the withdrawal demand and leaves territory to the presidents").
    const key = `${proposal}|${h.issue}|${sStart}`;
    if (status === 'included' ? seen.has(key) : seen.has(`${key}|${status}`)) continue;
    if (
      status === 'included' &&
      out.some((o) => o.proposal === proposal && o.issue === h.issue && o.evidence.start === sStart)
    )
      continue;
    seen.add(key);
    seen.add(`${key}|${status}`);
    const sumStart = Math.min(pred.start, h.start);
    const stop = /[,;.]/u.exec(text.slice(Math.max(pred.end, h.end), sEnd));
    const sumEnd = stop ? Math.max(pred.end, h.end) + stop.index : sEnd;
    const summary = text
      .slice(sumStart, Math.min(sumEnd, sumStart + 200))
      .replace(/\s+/g, ' ')
      .trim();
    // "… the cap on the army that appeared in the earlier version": that version contained it.
    // "… the amnesty of the first draft was narrowed", "the amnesty that the 28-point plan would
    // have granted": the earlier version named on the edited point contained it.
    const was = APPEARED_IN_RE.exec(text.slice(h.end, sEnd));
    if (was && status !== 'included') {
      const at = h.end + was.index + was[0].length;
      const mn = inSent.find((m) => m.start >= at && m.start - at <= 4);
      const relOk =
        !mn ||
        !/(?:that|which)\s+$/iu.test(was[0]) ||
        /^\s+(?:would\s+have|had|has|contained|included|offered|granted|promised|set|required)\b/iu.test(
          text.slice(mn.end, mn.end + 20),
        );
      if (mn && relOk && mn.proposal !== proposal && !seen.has(`${mn.proposal}|${h.issue}|${sStart}`)) {
        seen.add(`${mn.proposal}|${h.issue}|${sStart}`);
        out.push({
          proposal: mn.proposal,
          issue: h.issue,
          status: 'included',
          summary: text
            .slice(h.start, Math.min(mn.end, h.start + 200))
            .replace(/\s+/g, ' ')
            .trim(),
          evidence: span(text, sStart, sEnd),
          rule: 'provision:appeared-in',
        });
      }
    }
    out.push({
      proposal,
      issue: h.issue,
      status,
      summary,
      evidence: span(text, sStart, sEnd),
      rule: `provision:${pred.kind}${pred.negated ? ':negated' : ''}${pred.passive ? ':passive' : ''}${status === 'changed' && pred.defer ? DEFERRAL_TAG : ''}`,
    });
  }
}
