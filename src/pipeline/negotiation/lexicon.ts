import type { ProcessState, Stance } from './types.ts';

/**
 * English-language knowledge the extractors share: how news copy says that a party demands,
 * rejects or accepts something, that a draft includes or drops something, and where a proposal
 * stands. This is grammar of the language, not knowledge of any negotiation, so it lives in code;
 * what is negotiated (issue cues) and how proposals are named live in packs.
 */

/** Modifiers that mark a proposal mention as a newer version. */
export const REVISED_WORDS = new Set([
  'revised',
  'modified',
  'newer',
  'updated',
  'amended',
  'refined',
  'reworked',
  'streamlined',
  'slimmed-down',
  'pared-down',
  'shortened',
  'redrafted',
  'rewritten',
  'adjusted',
  'counter',
  'later',
]);
/** Modifiers that mark a newer version only on nouns that name versions ("the new draft", not "a new plan"). */
export const WEAK_REVISED_WORDS = new Set(['new', 'latest', 'newest']);
export const VERSION_NOUNS = new Set(['version', 'draft', 'framework', 'document', 'text']);
/**
 * Head nouns that name a proposal only when a place, month or season ties them to a version the
 * pack knows ("the Paris offer", "the April paper", "the Paris terms"); elsewhere they are plain
 * words ("an offer to pause strikes", "on equal terms", "a policy paper").
 */
export const LOCATIVE_ONLY_NOUNS = ['offer', 'terms', 'paper', 'outline'] as const;
/** Modifiers that mark an earlier version. */
export const ORIGINAL_WORDS = new Set([
  'original',
  'initial',
  'first',
  'earlier',
  'old',
  'previous',
  'prior',
]);
/** Other modifiers a proposal phrase may carry without naming it. */
export const PLAIN_MODIFIERS = new Set([
  'peace',
  'draft',
  'confidential',
  'secret',
  'leaked',
  'proposed',
  'final',
  'full',
  'detailed',
  'joint',
  'us',
  'u.s.',
  'american',
  'russian',
  'ukrainian',
  'european',
  'western',
  'british',
  'french',
  'israeli',
  'white',
  'house',
  'controversial',
  'contentious',
  'so-called',
  'broader',
  'wider',
  'comprehensive',
  'alternative',
  'rival',
  'competing',
  'ambitious',
  'sweeping',
  'interim',
  'preliminary',
  'broad',
  'current',
]);
export const DETERMINERS = new Set([
  'any',
  'every',
  'each',
  'no',
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
  'whose',
]);
export const INDEFINITE = new Set(['a', 'an']);
/** Quantifiers: "any agreement", "no deal" refer to no particular proposal. */
export const NON_REFERRING = new Set(['any', 'every', 'each', 'no']);

/** A stance predicate: how it reads, what it means, and what it means when negated. */
export interface StanceCue {
  readonly re: string;
  readonly stance: Stance;
  /** Stance when negated with a future/modal negation ("will never", "won't", "cannot"). */
  readonly negFuture: Stance | null;
  /** Stance when negated otherwise ("has not", "did not", "does not"). */
  readonly negOther: Stance | null;
  /** The cue already carries its own negation ("has not committed to"). */
  readonly selfNegated?: boolean;
  /** A noun form (accepted as a predicate only after a possessive actor: "Moscow's demand"). */
  readonly noun?: boolean;
  /** Acceptance verbs become `conditional` under "would … if". */
  readonly acceptance?: boolean;
  /** The holder is whoever reports the clause ("Macron said the army should not face limits"). */
  readonly reported?: boolean;
  /** A copula cue whose object is its subject ("a cap is a non-starter"); the holder reports it or follows "for". */
  readonly copular?: boolean;
  /** With `reported`: the object is only what follows the cue (the condition a threat sets), not the reported clause before it. */
  readonly objectAfter?: boolean;
  /** A noun phrase in apposition to its holder ("Macron, an opponent of …"): only right after a comma. */
  readonly appositive?: boolean;
  /** A predicate that holds no stance but still gives its subject to a coordinated one ("had not received the text but rejected it"). */
  readonly silent?: boolean;
  /** An adjective that may stand without an object ("was publicly supportive"): the topic of the sentences before is meant. */
  readonly bare?: boolean;
  /** "warned that a cap would invite attack": the object is only the that-clause's subject, up to its verb. */
  readonly thatSubject?: boolean;
  /** The object ends with the cue ("sanctions would be lifted only once …"): the condition after it is not the object. */
  readonly objectBefore?: boolean;
}

const V = (stem: string, ends: string) => `${stem}(?:${ends})`;

/** "urged the EU to", "called on Kyiv to", "pressed Washington to": one party asking another to act. */
const URGE = String.raw`(?:urg(?:e|es|ed|ing)|expects|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)?|push(?:es|ed|ing)?|ask(?:s|ed|ing)?|encourag(?:e|es|ed|ing))\s+(?:[\p{L}\p{N}'’.-]+\s+){1,4}?to\s+`;

export const STANCE_CUES: readonly StanceCue[] = [
  // A party urging another to act holds that stance itself: "urged the EU to use the assets" is
  // the urger's demand; "urged Kyiv to accept the plan" its support; "urged Brussels to drop" its
  // opposition. The action verb is part of the cue, so the infinitive is not read as the urged
  // party's own stance.
  {
    re: String.raw`${URGE}(?:accept|agree|support|back|endorse|sign|approve|adopt|embrace)`,
    stance: 'supports',
    negFuture: null,
    negOther: null,
  },
  {
    // Not "withdraw from": "expects Kyiv to withdraw from Donbas" asks for the withdrawal itself.
    // (Not "give up": "pressed Kyiv to give up the rest of Donetsk" demands the land; the plain
    // urge cue reads it, and an against phrase "give up its NATO bid" flips that.)
    re: String.raw`${URGE}(?:drop|abandon|scrap|shelve|lift|ease|reject|forgo|forego)`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
  },
  {
    // "still expected Kyiv's forces to withdraw from …": expecting another party to make a
    // concession is demanding it. Only concession verbs: "expected Moscow to hold out" is a
    // forecast, not a demand. (The passive "was expected to" is dropped in stances.ts.)
    re: String.raw`(?:expects?|expected|expecting)\s+(?:[\p{L}'’.-]+\s+){1,4}?to\s+(?:withdraw|leave|pull\s+out|pull\s+back|give\s+up|hand\s+over|cede|surrender|abandon|renounce|release|return|respect|comply\s+with|recogni[sz]e)`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
  },
  {
    re: String.raw`${URGE}(?!be\b)\p{L}+`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
  },
  // undecided first: these carry their own negation and must win over plain "agree to".
  {
    re: String.raw`(?:has|have|had)\s+(?:not\s+(?:yet\s+)?(?:publicly\s+|formally\s+|officially\s+|explicitly\s+)?|yet\s+to\s+(?:publicly\s+|formally\s+|officially\s+)?)(?:committed|commit|decided|decide|signed\s+on|signed\s+up|made\s+up\s+(?:its|his|her|their)\s+mind|agreed|agree|accepted|accept|endorsed|endorse|approved|approve|responded|respond|said|say|taken\s+a\s+(?:final\s+|firm\s+|clear\s+)?(?:position|view|stance|decision)|(?:formed|form)\s+(?:a|an|its|their|his|her)\s+(?:final\s+|firm\s+|clear\s+)?(?:view|opinion|position))(?:\s+(?:to|on|about|whether))?`,
    stance: 'undecided',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  {
    // "had not yet received / seen the text": not having a text is no stance at all (convention 6),
    // but the predicate still gives its subject to "… but rejected it outright".
    re: String.raw`(?:has|have|had)\s+not\s+(?:yet\s+)?(?:received|seen|been\s+(?:shown|given))`,
    stance: 'undecided',
    negFuture: null,
    negOther: null,
    selfNegated: true,
    silent: true,
  },
  {
    // "would not comment on it", "wants to see the full text before taking a view": no view yet.
    re: String.raw`(?:(?:could|can|would)\s*not|(?:could|can|would)n['’]t|can['’]t)\s+(?:yet\s+)?(?:comment\s+on|assess|judge|evaluate)|(?:wants?|wanted)\s+to\s+see\s+the\s+(?:full\s+|final\s+|whole\s+)?(?:text|details|document|draft)`,
    stance: 'undecided',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  {
    // "is weighing the proposal", "would consider a truce": neither yes nor no
    re: String.raw`(?:is|are|was|were|has\s+been|have\s+been)\s+(?:still\s+|now\s+|carefully\s+)?(?:weighing|considering|studying|reviewing|mulling|assessing|examining|evaluating|pondering|deliberating\s+(?:on|over)|digesting|scrutini[sz]ing)|(?:would|will)\s+(?:consider|study|look\s+at)(?![^.;]{0,80}\b(?:if|provided|as\s+long\s+as|on\s+condition|only\s+as\s+part\s+of)\b)`,
    stance: 'undecided',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  {
    re: String.raw`(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:undecided|non-?committal|uncommitted)(?:\s+(?:on|about|over))?`,
    stance: 'undecided',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  {
    re: String.raw`(?:declined|refused|declines|refuses)\s+to\s+(?:say|commit|comment|specify|be\s+drawn|take\s+(?:a|any)\s+(?:position|stance|view))(?:\s+(?:whether|on|to|into))?`,
    stance: 'undecided',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  {
    // "is on the fence about the loan", "reserved judgment on the draft", "kept its options open",
    // "stopped short of endorsing it", "would not be drawn on", "gave no indication whether": no view yet.
    // ("stopped short of" only before a stance verb: "stopped short of promising troops" declines an offer.)
    re: String.raw`(?:is|are|was|were|remains?|remained|sits?|sat|sitting|stays?|stayed)\s+(?:still\s+)?on\s+the\s+fence(?:\s+(?:on|about|over))?|(?:reserv(?:e|es|ed|ing))\s+(?:its|their|his|her)?\s*judge?ment(?:\s+(?:on|about|over))?|(?:keep|keeps|kept|keeping)\s+(?:its|their|his|her)\s+options\s+open(?:\s+(?:on|about|over))?|(?:stop|stops|stopped|stopping)\s+short\s+of\s+(?:endorsing|backing|supporting|accepting|approving|embracing|rejecting|ruling\s+out|opposing|committing\s+to|signing\s+up\s+to)|(?:would|could|will)(?:\s+not|n['’]t)\s+be\s+drawn\s+(?:on|into|about)|(?:gave|give|gives|giving)\s+no\s+(?:clear\s+)?(?:indication|sign|hint)\s+(?:of\s+)?(?:whether|on|about|of)|(?:sidestep(?:s|ped|ping)?|dodg(?:e|es|ed|ing))\s+(?:a\s+)?questions?\s+(?:on|about|over)`,
    stance: 'undecided',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  {
    // "will not tell you today whether Germany would back an invitation", "would not say whether":
    // withholding the answer is no view yet (the predicate after "whether" is hypothetical).
    re: String.raw`(?:(?:will|would|could|can)\s+not|won['’]t|wouldn['’]t|couldn['’]t|can['’]t|cannot)\s+(?:yet\s+)?(?:say|tell\s+(?:you|us|reporters|journalists)|reveal|disclose)(?:\s+(?:today|yet|now|publicly))?\s+whether`,
    stance: 'undecided',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  {
    // "refused to rule out sending troops", "declined to rule out a truce": the door is left open.
    re: String.raw`(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\s+to\s+rule\s+out`,
    stance: 'undecided',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  // conditional, explicit
  {
    // "could set aside its bid …, but only in exchange for guarantees": a concession offered for a
    // price is conditional too.
    re: String.raw`(?:would|could|will)\s+(?:only\s+)?(?:accept|agree\s+to|support|consider|back|sign|hold|organi[sz]e|call|set\s+aside|give\s+up|drop|abandon|renounce|shelve|forgo)\s+(?:[^.;]{0,80}?)[\s,]+(?:(?:only\s+)?(?:if|provided|as\s+long\s+as|on\s+condition|as\s+part\s+of|in\s+(?:exchange|return)\s+for)|only\s+(?:after|once|when))`,
    stance: 'conditional',
    negFuture: 'rejects',
    negOther: 'rejects',
  },
  {
    re: String.raw`(?:(?:would|will|could)\s+only\s+be|(?:is|are)\s+only)\s+possible\s+(?:if|once|after|when)|(?:(?:would|will|could)\s+be|is|are)\s+possible\s+only\s+(?:if|once|after|when)`,
    stance: 'conditional',
    negFuture: null,
    negOther: null,
    reported: true,
    selfNegated: true,
  },
  {
    // "(Trump said) sanctions would be lifted only once a deal is signed", "(Starmer said) British
    // troops would deploy only if …", "an election could take place only after a ceasefire", "any
    // change to the borders could only be approved by the voters": a measure the speaker's side
    // controls, promised on a condition. The holder is whoever reports
    // it; the object is the clause's subject before the cue, not the condition (objectBefore).
    re: String.raw`(?:would|will|could|can)\s+(?:(?:only|also|still)\s+)?(?:be\s+(?:\p{L}+ly\s+)?\p{L}+|take\s+place|go\s+ahead|happen|proceed|deploy|begin|start)[\s,]+(?:but\s+)?only\s+(?:\p{L}+\s+)?(?:if|once|after|when|as\s+part\s+of|in\s+(?:exchange|return)\s+for|on\s+condition)|(?:would|will|could|can)\s+only\s+be\s+(?:approved|ratified|endorsed|decided)\s+by`,
    stance: 'conditional',
    negFuture: null,
    negOther: null,
    reported: true,
    selfNegated: true,
    objectBefore: true,
  },
  // demands
  {
    // "will settle for nothing less than a full withdrawal", "accepts nothing short of …": the
    // only acceptable outcome is a demand (before the plain accept / want / seek cues).
    re: String.raw`(?:settle|settles|settled|settling|accept|accepts|accepted|accepting|want|wants|wanted|seek|seeks|sought|demand|demands|demanded|expect|expects|expected)\s+(?:for\s+)?nothing\s+(?:less|short)\s+(?:than|of)`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  {
    // "could settle for a smaller army", "will not settle for a mere freeze"
    re: String.raw`(?:settle|settles|settled|settling)\s+for`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'rejects',
    acceptance: true,
  },
  {
    // "lobbying for guarantees", "campaigned for a truce", "appealed for a ceasefire", "asked for
    // more air defence", "argued for a freeze": pressing for the object.
    re: String.raw`(?:lobb(?:y|ies|ied|ying)|campaign(?:s|ed|ing)?|agitat(?:e|es|ed|ing)|clamou?r(?:s|ed|ing)?|angl(?:e|es|ed|ing)|appeal(?:s|ed|ing)?|plead(?:s|ed|ing)?|pled|ask(?:s|ed|ing)?|argu(?:e|es|ed|ing))\s+(?:\p{L}+ly\s+|hard\s+|again\s+|instead\s+|also\s+|still\s+)?for`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
  },
  {
    // "advocated a ceasefire", "requested more air defence", "Kyiv's request for …" (not "advocated
    // by …": stance-agents.ts reads the agent)
    re: String.raw`(?:advocat(?:e|es|ed|ing)|request(?:s|ed|ing)?)(?!\s+(?:of|by|that\s+(?:he|she|they|it)\s+not)\b)`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
  },
  {
    // "urged an immediate ceasefire", "urges a return to the 2022 lines": urging a thing (the
    // "urged X to …" forms are read by the cues at the top).
    re: String.raw`urg(?:e|es|ed|ing)(?=\s+["“]?(?:a|an|the|immediate|swift|rapid|quick|further|more|new|tougher|stronger|full|unconditional)\s)`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
  },
  {
    // "made neutrality a precondition for talks", "set a withdrawal as a condition for any truce"
    re: String.raw`(?:make|makes|made|making|set|sets|setting|name|names|named)(?=\s+(?:[\p{L}\p{N}'’-]+\s+){1,8}?(?:as\s+)?(?:a|an|the|its|their)\s+(?:\p{L}+\s+)?(?:pre-?condition|condition|prerequisite|sine\s+qua\s+non)\b)`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
  },
  {
    // "(X said) a withdrawal was a precondition for any truce": the copula's subject is demanded.
    re: String.raw`(?:is|was|are|were|remains?|remained|would\s+be|will\s+be)\s+(?:still\s+)?(?:a|an|the)\s+(?:\p{L}+\s+)?(?:pre-?condition|prerequisite|sine\s+qua\s+non)\s+(?:for|of|to)|(?:is|was|are|were|remains?|remained)\s+(?:\p{L}+ly\s+)?non-?negotiable`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
    selfNegated: true,
    copular: true,
  },
  {
    // "is bent on seizing the Donbas", "was adamant that Kyiv withdraw", "is determined to secure guarantees"
    re: String.raw`(?:is|are|was|were|['’]s|['’]re|remains?|remained)\s+(?:still\s+|also\s+|\p{L}+ly\s+)?(?:bent\s+on|intent\s+on|adamant\s+(?:that|on|about)|determined\s+to\s+(?:secure|win|get|obtain|achieve|keep|hold|take|seize|force))`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
  },
  {
    // "would like to see a truce before Christmas"
    re: String.raw`(?:would|['’]d)\s+(?:\p{L}+ly\s+|also\s+)?like\s+to\s+see`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
  },
  {
    // "Moscow's insistence on neutrality", "Russia's claim to the Donbas", "Kyiv's bid to join NATO",
    // "Moscow's condition that …": a possessed noun of wanting.
    re: String.raw`(?:insistence\s+(?:on|that)|pursuit\s+of|claims?\s+(?:to|on|over)|bid\s+(?:for|to)|(?:pre-?)?conditions?\s+that)`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
    noun: true,
  },
  {
    // "pledged to hold elections", "vowed to retake the land": committing itself to the act.
    // (Not "promises"/"pledges": in the present they describe what a draft offers.)
    re: String.raw`(?:pledged|pledging|vow(?:s|ed|ing)?)\s+to(?=\s+(?!(?:block|resist|veto|fight|reject|oppose|challenge|keep\s+fighting|continue)\b)\p{L})`,
    stance: 'supports',
    negFuture: null,
    negOther: null,
  },
  {
    // "vowed to fight any cap", "threatened to challenge the seizure in court"
    re: String.raw`(?:pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|promis(?:e|es|ed|ing)|threaten(?:s|ed|ing)?)\s+to\s+(?:fight|challenge)(?!\s+(?:for|on)\b)`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
  },
  { re: V('demand', '|s|ed|ing'), stance: 'demands', negFuture: null, negOther: null },
  {
    re: String.raw`demands?(?=\s+(?:for|that|to)\b)`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
    noun: true,
  },
  {
    re:
      V('insist', '|s|ed|ing') +
      String.raw`(?=\s+(?:(?:in|at|during)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){1,2})?(?:on|that)\b)`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
  },
  { re: V('call', '|s|ed|ing') + String.raw`\s+for`, stance: 'demands', negFuture: null, negOther: null },
  {
    re:
      V('(?:press|push)', '|es|ed|ing') +
      String.raw`\s+(?:instead\s+|hard\s+|again\s+|also\s+|still\s+|\p{L}+ly\s+)?for`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
  },
  { re: String.raw`(?:seeks?|sought|seeking)`, stance: 'demands', negFuture: null, negOther: null },
  {
    re: String.raw`(?:wants?|wanted)(?=\s+["“]?(?:a|an|the|to|ukraine|kyiv|russia|moscow|all|full|its|their|any|guarantees|security|ukrainian|russian|european|western|american|us|nato|eu|europe|washington|sanctions|troops|forces|elections|binding|legal|firm|more|some|both|each|every|no|stronger|new|international|foreign|peace|talks|negotiations|direct)\b)`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
  },
  {
    // "wants Crimea recognised as Russian", "wanted the prisoners released": wanting an object put
    // in a state (object + participle) is demanding that state. (Not undoing participles such as
    // "lifted": their polarity toward the object is reversed, and this cue does not read it.)
    re: String.raw`(?:wants?|wanted)(?=\s+(?:[\p{L}\p{N}'’-]+\s+){1,14}?(?:recogni[sz]ed|withdrawn|pulled\s+out|returned|released|guaranteed|handed\s+(?:over|back)|written\s+into|enshrined|capped|limited)\b)`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
  },
  {
    // "remained ready for an unconditional ceasefire": readiness for a thing is acceptance of it.
    re: String.raw`(?:is|are|was|were|['’]s|['’]re|remains?|remained)\s+(?:still\s+|also\s+|now\s+)?(?:ready|prepared)\s+for`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'undecided',
    acceptance: true,
  },
  {
    // "has hinted at flexibility on elections": openness short of acceptance. (A conditional cue
    // carries its object inside the match, as "would accept … if" does.)
    re: String.raw`(?:hint(?:s|ed)?|signall?(?:s|ed)?)\s+(?:at\s+)?(?:some\s+|possible\s+|new\s+)?(?:flexibility|room\s+for\s+compromise|willingness\s+to\s+compromise)\s+(?:on|over|about)\s+[^.;,]{1,60}`,
    stance: 'conditional',
    negFuture: null,
    negOther: null,
  },
  {
    // "left the door open to a truce": openness short of acceptance (object inside the match, as above).
    re: String.raw`(?:leave|leaves|left|leaving|keep|keeps|kept|keeping)\s+(?:the\s+)?door\s+(?:\p{L}+\s+)?open\s+(?:to|for)\s+[^.;,]{1,60}`,
    stance: 'conditional',
    negFuture: null,
    negOther: null,
  },
  {
    // "made its support for a truce conditional on …", "tied any ceasefire to a withdrawal",
    // "conditioned its backing for the loan on …": what is tied to a condition is held
    // conditionally; the object is the words inside the match.
    re: String.raw`(?:made|make|makes|making)\s+(?:its|their|his|her|any)\s+[^.;]{1,60}?\s+(?:conditional|contingent|dependent)\s+(?:up)?on|(?:condition|conditions|conditioned|conditioning)\s+(?:its|their|his|her|any)\s+[^.;]{1,60}?\s+(?:up)?on|(?:tie|ties|tied|tying|link|links|linked|linking)\s+(?:its|their|his|her|any)\s+(?:support|backing|approval|agreement|acceptance|consent|signature)\s+[^.;]{0,60}?to`,
    stance: 'conditional',
    negFuture: null,
    negOther: null,
  },
  {
    // "would regard any foreign troops as legitimate targets": a threat against the object.
    re: String.raw`(?:regard|regards|regarded|treat|treats|treated|consider|considers|considered|see|sees)(?=\s+(?:[\p{L}'’-]+\s+){1,8}as\s+(?:a\s+)?legitimate\s+(?:military\s+)?targets?\b)`,
    stance: 'rejects',
    negFuture: null,
    negOther: null,
  },
  {
    // "would regard any foreign force in Ukraine as a threat / a provocation": objecting to it.
    re: String.raw`(?:regard|regards|regarded|treat|treats|treated|consider|considers|considered|see|sees|view|views|viewed)(?=\s+(?:[\p{L}'’-]+\s+){1,8}as\s+(?:a\s+|an\s+)?(?:direct\s+|serious\s+|grave\s+|hostile\s+)?(?:threat|provocation|hostile\s+act)\b)`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
  },
  {
    // "called any use of the assets outright theft", "branded the plan a capitulation", "saw it as
    // a capitulation": a verdict.
    re: String.raw`(?:call|calls|called|branded|brands|brand|labelled|labeled|described|describes)(?=\s+(?:[\p{L}\p{N}'’-]+\s+){0,16}(?:outright\s+|simply\s+|plain\s+|nothing\s+(?:less|more)\s+than\s+|nothing\s+but\s+)?["“‘]?(?:theft|robbery|unacceptable|unthinkable|out\s+of\s+the\s+question|a\s+non-?starter|a\s+capitulation|a\s+provocation|a\s+declaration\s+of\s+war)\b)|(?:see|sees|saw|view|views|viewed|regard|regards|regarded)(?=\s+(?:[\p{L}\p{N}'’-]+\s+){1,8}as\s+(?:a|an)\s+(?:\p{L}+\s+)?(?:capitulation|surrender|ultimatum|betrayal|provocation|non-?starter)\b)`,
    stance: 'rejects',
    negFuture: null,
    negOther: null,
  },
  {
    // "saw nothing useful in the amendments", "sees no merit in the idea"
    re: String.raw`(?:saw|sees|see|found|finds|find)\s+(?:nothing\s+(?:useful|positive|constructive|acceptable|of\s+value)|no\s+(?:value|merit|use|sense))\s+in`,
    stance: 'rejects',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  {
    // "would keep up pressure through sanctions", "stepped up the sanctions": pressing on with it.
    re: String.raw`(?:keep|keeps|kept|keeping|step|steps|stepped|stepping|ramp|ramps|ramped|ramping)\s+up`,
    stance: 'supports',
    negFuture: null,
    negOther: null,
  },
  {
    // "would keep its sanctions in place", "maintain the restrictions in force": holding to it.
    re: String.raw`(?:keep|keeps|kept|maintain|maintains|maintained)(?=\s+(?:[\p{L}'’-]+\s+){1,5}in\s+(?:place|force)\b)`,
    stance: 'supports',
    negFuture: 'opposes',
    negOther: 'opposes',
  },
  {
    // "must end", "would in any case have to leave", "should be used to rebuild", "must be run by":
    // an obligation a party states is its demand (any passive participle after "be").
    // "had to be strong enough to deter": an adjective of degree is a required quality.
    re: String.raw`(?:(?:cannot|can\s+not|could\s+not|can['’]t|couldn['’]t)\s+be\s+(?:changed|moved|redrawn|altered)\b)|(?:must|should|(?:would|will)\s+(?:in\s+any\s+case\s+|still\s+|also\s+|\p{L}+ly\s+)?(?:have|need)\s+to|(?:has|have|had)\s+to|needs?\s+to|needed\s+to|ought\s+to)\s+(?:not\s+)?(?:(?:ultimately|eventually|also|still|first|then|now|\p{L}+ly)\s+)?(?:be\s+(?:\p{L}+ed|run|kept|held|given|paid|made|set|put|spent|sent|built|frozen|drawn|written|taken|shown|struck|won|withdrawn|handed|borne|done|subject)\b|be\s+(?:\p{L}+\s+)?enough\b|(?:be\s+)?(?:bring|free|secure|ensure|give|hand|withdraw|pull|leave|cede|surrender|renounce|abandon|accept|recogni[sz]e|respect|face|include|allow|guarantee|lifted|lift|eased|ease|released|release|stay|remain|drop|end|stop|halt|be\s+part\s+of|(?:start|begin)\s+(?:with|from)|come\s+(?:\p{L}+ly\s+)?under|go\s+to|come\s+(?:first|before)|unfreeze|return|pay|provide|keep|retain|maintain|hold|sign|join|receive|get|go|use|rebuild|compensate|offer|deploy|send))`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
    reported: true,
  },
  {
    // "(said) EU sanctions would remain in place until Russia ends its war", "the assets will stay
    // frozen until …": a party saying a measure stays keeps it; the object is the clause's subject
    // and the holder whoever reports it (the condition after it is the obligation's business).
    re: String.raw`(?:would|will)\s+(?:(?:still|also|continue\s+to)\s+)?(?:stay|remain)\s+(?:in\s+place|in\s+force|frozen|immobili[sz]ed|locked\s+up)\b`,
    stance: 'supports',
    negFuture: 'opposes',
    negOther: null,
    reported: true,
  },
  {
    // "would contribute troops to a reassurance force", "offered to extend the halt on strikes",
    // "would keep respecting the pause", "would play its part in the force": a party committing
    // itself to an arrangement backs it ("but only with …", "provided …" make it conditional).
    re: String.raw`(?:contribut|commit)(?:e|es|ed|ing)\s+(?:its\s+own\s+|their\s+own\s+|\p{L}+\s+)?(?:troops|soldiers|forces|personnel|jets|aircraft|ships)\s+to|(?<=\b(?:agreed|ready|willing|prepared|offered|pledged|would|will)\s+(?:to\s+)?)contribute\s+to|offer(?:s|ed|ing)?\s+to|(?:respect|respects|respected|respecting|observ(?:e|es|ed|ing)|honou?r(?:s|ed|ing)?|abid(?:e|es|ing)\s+by)(?=\s+(?:the\s+|a\s+|any\s+|its\s+)?(?:[\p{L}-]+\s+){0,3}(?:pause|truce|ceasefire|cease-fire|moratorium|halt|ban)\b)|play\s+(?:its|their|a|his|her)\s+(?:full\s+)?(?:part|role)\s+in`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'opposes',
    acceptance: true,
  },
  {
    // "will hold out for an army of 800,000", "stands firm on neutrality", "won't budge on Donbas",
    // "dug in on its claim": holding a position is insisting on its object.
    re: String.raw`(?:hold|holds|holding|held)\s+out\s+for|(?:stand|stands|stood|standing)\s+firm\s+on|(?:hold|holds|holding|held)\s+firm\s+(?:on|to)|(?:will|would|does|did|do|can|could)(?:\s+not|\s+never|n['’]t|not)\s+(?:budge|back\s+down|bend|yield|waver|compromise|give\s+(?:any\s+)?ground)\s+on|(?:won['’]t|refuse[sd]?\s+to|refusing\s+to)\s+(?:budge|back\s+down|bend|yield|waver|compromise|give\s+(?:any\s+)?ground)\s+on|(?:dig|digs|digging|dug)\s+(?:its|their|his|her)?\s*(?:heels\s+)?in\s+on`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  {
    // "Russia will halt its offensive only once Ukraine pulls out of …", "would keep fighting if
    // Ukraine refused to withdraw", "would take the region by force unless Kyiv's troops leave",
    // "would stop fighting once Ukrainian units left": a threat (or a promise to stop) whose
    // condition is what the speaker demands. The holder is whoever reports it; the object is the
    // condition after the cue.
    re: String.raw`(?:halt|halts|stop|stops|end|ends|cease|suspend)\s+(?:[\p{L}'’-]+\s+){0,3}?only\s+(?:if|when|once|after)|(?:halt|stop|end|cease)\s+(?:fighting|the\s+fighting|hostilities|the\s+war|(?:its|the)\s+(?:offensive|advance))\s+(?:once|when|as\s+soon\s+as)|(?:keep|keeps|kept|continue|continues|continued)\s+(?:fighting|advancing|attacking|the\s+war|(?:its|the)\s+(?:offensive|advance))\s+(?:if|unless|until)|(?:take|seize|capture)\s+(?:[\p{L}\p{N}'’-]+\s+){1,6}?by\s+(?:force|arms|military\s+(?:means|force))\s+(?:if|unless)`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
    reported: true,
    selfNegated: true,
    objectAfter: true,
  },
  {
    // "will not force Ukraine to give up land", "wants to force Kyiv to cede": making another party
    // concede is demanding the concession; refusing to is opposing it.
    re: String.raw`(?:force|forces|forced|forcing|compel|compels|compelled|pressure|pressures|pressured)\s+(?:[\p{L}'’.-]+\s+){1,3}?to\s+(?:give\s+up|give\s+away|cede|hand\s+over|surrender|accept|withdraw|abandon|renounce)`,
    stance: 'demands',
    negFuture: 'opposes',
    negOther: 'opposes',
  },
  {
    // "Macron, an opponent of any ceiling on the army, said …": an appositive names the holder's view.
    re: String.raw`(?:a|an|the)\s+(?:(?:long-?time|staunch|strong|fierce|vocal|leading|key|firm)\s+)?(?:opponent|critic|foe)s?\s+of`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
    appositive: true,
  },
  {
    re: String.raw`(?:a|an|the)\s+(?:(?:long-?time|staunch|strong|fierce|vocal|leading|key|firm)\s+)?(?:supporter|proponent|advocate|champion|backer)s?\s+of`,
    stance: 'supports',
    negFuture: null,
    negOther: null,
    appositive: true,
  },
  {
    // "Merz has become the loan's most prominent backer", "is the scheme's fiercest critic": the
    // possessor is the object; the cue stops before it so the object is read after the copula.
    re: String.raw`(?:is|was|are|were|has\s+become|have\s+become|became|remains?|remained)(?=\s+(?:the\s+)?(?:[\p{L}\p{N}-]+\s+){1,3}?[\p{L}\p{N}-]+['’]s\s+(?:(?:most\s+)?(?:\p{L}+est|\p{L}+ent|leading|chief|main|key|staunch|vocal|prominent|ardent|fierce|strong)\s+)?(?:supporter|proponent|advocate|champion|backer)s?\b)`,
    stance: 'supports',
    negFuture: null,
    negOther: null,
  },
  {
    re: String.raw`(?:is|was|are|were|has\s+become|have\s+become|became|remains?|remained)(?=\s+(?:the\s+)?(?:[\p{L}\p{N}-]+\s+){1,3}?[\p{L}\p{N}-]+['’]s\s+(?:(?:most\s+)?(?:\p{L}+est|\p{L}+ent|leading|chief|main|key|staunch|vocal|prominent|ardent|fierce|strong)\s+)?(?:opponent|critic)s?\b)`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
  },
  {
    // "would not take part in any scheme that used the assets": joining the thing named, or not.
    re: String.raw`(?:take|takes|took|taking|taken)\s+part\s+in|participat(?:e|es|ed|ing)\s+in`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'opposes',
  },
  {
    // "described the amnesty as reasonable and balanced": a favourable verdict on the object.
    re: String.raw`(?:call|calls|called|described|describes|deemed|deems|judged|judges)(?=\s+(?:[\p{L}\p{N}'’-]+\s+){1,10}?(?:as\s+)?["“‘]?(?:reasonable|balanced|fair|sensible|workable|constructive|realistic)\b)`,
    stance: 'supports',
    negFuture: null,
    negOther: null,
  },
  {
    // "the Rada would not vote for any amnesty"
    re: String.raw`(?:vote|votes|voted|voting)\s+(?:for|in\s+favou?r\s+of)`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'opposes',
  },
  {
    re: String.raw`(?:vote|votes|voted|voting)\s+against`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
  },
  {
    // "the EU will not lift sanctions while …": lifting a measure is acting against it (read toward
    // the issue as labelled, like "demanded the lifting of sanctions").
    re: String.raw`(?:lift|lifts|lifted)(?!\s+of\b)`,
    stance: 'opposes',
    negFuture: 'supports',
    negOther: 'supports',
  },
  {
    // "would help pay for rebuilding Gaza only if …", "will fund the force"
    re: String.raw`(?:would|will|could|can)\s+(?:also\s+)?(?:help\s+)?(?:pay\s+for|fund|finance|bankroll|contribute\s+to)`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'rejects',
    acceptance: true,
  },
  {
    // "will not allow Western troops to be stationed in Ukraine", "would never tolerate …"
    re: String.raw`(?:will|would|can|could|shall)(?:\s+not|\s+never|n['’]t|not)\s+(?:ever\s+|even\s+)?(?:allow|permit|tolerate|countenance|entertain|contemplate|consider|stand\s+for|put\s+up\s+with|discuss|negotiate\s+(?:on|over|about))`,
    stance: 'rejects',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  {
    // "Ukrainian forces would not withdraw from the Donbas", "will never hand over the land": a
    // party refusing to make a territorial concession rejects it (the object names the concession).
    // (Not "give up": "will never give up its bid to join NATO" keeps the aim.)
    re: String.raw`(?:(?:will|would|shall)\s+(?:not|never)|won['’]t|wouldn['’]t)\s+(?:\p{L}+ly\s+|ever\s+)?(?:withdraw|pull\s+(?:out|back)|walk\s+away|cede|hand\s+over|surrender)`,
    stance: 'rejects',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  {
    // "(X said) the constitution does not allow any leader to recognise …": a standing rule the
    // party invokes bars the act; the holder is whoever reports it, the object the caused
    // infinitive after the cue (not the rule's subject).
    re: String.raw`(?:does|do|did)(?:\s+not|n['’]t)\s+(?:allow|permit)(?=\s+(?:[\p{L}'’-]+\s+){1,4}?to\s)`,
    stance: 'rejects',
    negFuture: null,
    negOther: null,
    reported: true,
    selfNegated: true,
    objectAfter: true,
  },
  // rejects
  {
    // "brushed aside the plan", "waved off the idea", "shot down", "poured cold water on",
    // "spurned", "repudiated", "torpedoed", "said no to", "walked away from": a refusal in other words.
    // (Not "brushed aside the suggestion that …", "dismissed concerns": waving off criticism backs the thing.)
    re: String.raw`(?:(?:brush(?:es|ed|ing)?|wav(?:e|es|ed|ing)|shrug(?:s|ged|ging)?|swat(?:s|ted|ting)?|laugh(?:s|ed|ing)?)\s+(?:aside|off|away)|(?:shot|shoot|shoots|shooting)\s+down|(?:pour|pours|poured|pouring|throw|throws|threw|throwing|thrown)\s+cold\s+water\s+(?:on|over)|spurn(?:s|ed|ing)?|repudiat(?:e|es|ed|ing)|nix(?:es|ed|ing)?|torpedo(?:es|ed|ing)?|scuttl(?:e|es|ed|ing)|scupper(?:s|ed|ing)?|(?:said|says|say|saying)\s+no\s+to|(?:walk|walks|walked|walking)\s+away\s+from)(?!\s+(?:the\s+|such\s+|any\s+)?(?:suggestions?|concerns?|criticisms?|claims?|reports?|fears?|questions?|accusations?|allegations?|warnings?|speculation|doubts?|worries|charges?|notion|idea\s+that)\b)`,
    stance: 'rejects',
    negFuture: null,
    negOther: null,
  },
  {
    // "(X said) seizing the assets would amount to theft", "a freeze is tantamount to capitulation":
    // a damning verdict on the copula's subject.
    re: String.raw`(?:(?:amounts?|amounted|amounting)\s+to|(?:is|was|are|were|would\s+be|will\s+be)\s+(?:\p{L}+ly\s+)?tantamount\s+to)(?=\s+(?:a\s+|an\s+)?(?:\p{L}+\s+)?(?:theft|robbery|capitulation|surrender|betrayal|annexation|blackmail|ultimatum|appeasement|piracy|expropriation|confiscation|aggression|declaration\s+of\s+war|act\s+of\s+war)\b)`,
    stance: 'rejects',
    negFuture: null,
    negOther: null,
    selfNegated: true,
    copular: true,
  },
  {
    // "Kyiv's refusal to cede land" (NEG_FUTURE_RE makes a cue after "refusal to" negated). (Not
    // "veto of": a noun cue there would hide the verb cue "veto" that ends the object before it.)
    re: String.raw`refusal\s+(?:to|of)`,
    stance: 'rejects',
    negFuture: null,
    negOther: null,
    noun: true,
  },
  { re: V('reject', '|s|ed|ing'), stance: 'rejects', negFuture: null, negOther: 'undecided' },
  {
    // "drew a red line at foreign troops": what lies past the line is refused
    re: String.raw`(?:draw|draws|drew|drawn|drawing)\s+(?:a|the|its|their)\s+(?:red\s+|firm\s+|hard\s+)?line\s+at`,
    stance: 'rejects',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  { re: String.raw`rejection\s+of`, stance: 'rejects', negFuture: null, negOther: null, noun: true },
  {
    // "Moscow's limit on the size of its army", "Russia's ban on NATO membership": a restriction a
    // party owns is one it demands (a possessive actor is required for noun cues).
    re: String.raw`(?:limit|cap|ceiling|ban)(?=\s+on\b)`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
    noun: true,
  },
  {
    // "the security measures for Ukraine look very solid", X told reporters: a favourable verdict
    // on the copula's subject, held by whoever reports it.
    re: String.raw`(?:look|looks|looked|seem|seems|seemed)\s+["“]?(?:very\s+|really\s+|quite\s+)?(?:solid|strong|good|promising|robust|credible|workable|acceptable|reasonable)\b`,
    stance: 'supports',
    negFuture: null,
    negOther: null,
    copular: true,
  },
  {
    re: V('refus', 'e|es|ed|ing') + String.raw`(?!\s+to\s+(?:say|comment|commit))`,
    stance: 'rejects',
    negFuture: null,
    negOther: null,
  },
  {
    re: V('rul', 'e|es|ed|ing') + String.raw`\s+out`,
    stance: 'rejects',
    negFuture: 'undecided',
    negOther: 'undecided',
  },
  {
    re: String.raw`(?:turn|turns|turned|turning)\s+down`,
    stance: 'rejects',
    negFuture: null,
    negOther: null,
  },
  {
    // "turned that idea down", "ruled it out": the particle after a short pointing-back object.
    // The cue stops before the object so that the object is read as pointing back (stance-anaphora.ts).
    re: String.raw`(?:turn|turns|turned|turning)(?=\s+(?:it|them|this|that|(?:the|this|that|such\s+an?)\s+(?:idea|offer|proposal|request|suggestion|option|demand))\s+down\b)`,
    stance: 'rejects',
    negFuture: null,
    negOther: null,
  },
  {
    re:
      V('rul', 'e|es|ed|ing') +
      String.raw`(?=\s+(?:it|them|this|that|(?:the|this|that|such\s+an?)\s+(?:idea|offer|proposal|request|suggestion|option|demand))\s+out\b)`,
    stance: 'rejects',
    negFuture: 'undecided',
    negOther: 'undecided',
  },
  {
    // "… and said Ukraine would reciprocate if Russia did": matching the other side's step on the
    // issue named before it; on a condition it is conditional (stance-adjust.ts).
    re: String.raw`(?:would|will|could)\s+(?:\p{L}+ly\s+)?(?:reciprocate|follow\s+suit|do\s+the\s+same)`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'rejects',
    acceptance: true,
    bare: true,
  },
  { re: V('dismiss', '|es|ed|ing'), stance: 'rejects', negFuture: null, negOther: null },
  {
    // "would keep tightening sanctions", "tightened the restrictions": wanting more of the object.
    re: V('tighten', '|s|ed|ing'),
    stance: 'supports',
    negFuture: 'opposes',
    negOther: 'opposes',
  },
  { re: V('rebuff', '|s|ed|ing'), stance: 'rejects', negFuture: null, negOther: null },
  {
    // "will not hand over land", "cannot give away territory", "would never cede", "would not pull
    // its forces out of …": a refused concession
    re: String.raw`(?:will|would|can|could|shall)(?:\s+not|\s+never|n['’]t|not)\s+(?:ever\s+)?(?:hand\s+over|give\s+up|give\s+away|sign\s+away|cede|surrender|trade|pull\s+(?:(?:its|their|our|his|her|the|any)\s+)?(?:[\p{L}'’-]+\s+){0,2}?out|withdraw|renounce|abandon|relinquish|recogni[sz]e)`,
    stance: 'rejects',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  {
    // "a cap is a non-starter", "NATO membership remains a red line for Moscow": the object comes first
    re: String.raw`(?:is|was|are|were|would\s+be|will\s+be|remains?|remained)\s+(?:\p{L}+ly\s+|still\s+)?["“‘]?(?:a\s+|an\s+)?(?:absolute\s+|clear\s+|\p{L}+ly\s+)?(?:non-?starter|red\s+line|unacceptable|not\s+acceptable|out\s+of\s+the\s+question|off\s+the\s+table|not\s+on\s+the\s+table|not\s+up\s+for\s+(?:discussion|negotiation|debate)|not\s+an\s+option|a\s+deal-?breaker|deal-?breaker|no-?go|theft|robbery|illegal|unlawful|unthinkable|inconceivable|unworkable|unrealistic|dead\s+on\s+arrival|a\s+dead\s+end|dead\s+end)`,
    stance: 'rejects',
    negFuture: null,
    negOther: null,
    selfNegated: true,
    copular: true,
  },
  {
    // "(Ushakov said) a demilitarised zone might be acceptable to Moscow, but only if …": calling a
    // thing acceptable is accepting it (conditionally under "only if"); the object is the copula's
    // subject, the holder whoever reports it or the party after "to". ("unacceptable" is above.)
    re: String.raw`(?:is|was|are|were|would\s+be|could\s+be|might\s+be|may\s+be|will\s+be|remains?|remained)\s+(?:still\s+|also\s+|\p{L}+ly\s+)?acceptable\b`,
    stance: 'supports',
    negFuture: null,
    negOther: null,
    selfNegated: true,
    copular: true,
    acceptance: true,
  },
  {
    // "(Lavrov said) a binding end to NATO expansion was indispensable", "a vote first is a must":
    // calling a thing indispensable is demanding it; the object is the copula's subject, the holder
    // whoever reports it. ("a precondition", "non-negotiable" are above.)
    re: String.raw`(?:is|was|are|were|would\s+be|will\s+be|remains?|remained)\s+(?:still\s+|also\s+|\p{L}+ly\s+)?(?:indispensable|essential|vital|a\s+must)\b`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
    selfNegated: true,
    copular: true,
  },
  {
    // "(X said) the loan was the fairest way to fund Ukraine": calling a thing the best means to an
    // end is backing it; the object is the copula's subject, the holder whoever reports it.
    re: String.raw`(?:is|was|are|were|remains?|remained|would\s+be)\s+(?:the|a)\s+(?:best|fairest|only|right|surest|quickest|fastest|most\s+(?:realistic|effective|sensible|reliable))\s+(?:way|means|path|route|option)\s+(?:to|of|for|forward)`,
    stance: 'supports',
    negFuture: null,
    negOther: 'opposes',
    copular: true,
  },
  {
    // "a truce on its own would only let Kyiv rearm", "limits would leave the country exposed": a
    // claim that the subject only helps the other side or leaves one exposed is a case against it.
    // (Not in a relative clause, "a truce that would merely let …": there it qualifies an object.)
    re: String.raw`(?:would|will|could)(?<!\b(?:that|which)\s+\p{L}+)\s+(?:only|merely|simply)\s+(?:help|allow|let|give|reward|embolden|encourage|buy\s+time\s+for)(?=\s+(?:[\p{L}'’-]+\s+){0,3}?(?:to\s+)?(?:regroup|rearm|re-arm|recover|rest|reinforce|freeze|prepare|consolidate|time)\b)|(?:would|will|could)\s+(?:leave|make)\s+(?:[\p{L}'’-]+\s+){1,2}(?:exposed|vulnerable|defenceless|defenseless|weaker|defenceless)\b`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
    selfNegated: true,
    copular: true,
  },
  {
    // "an immediate ceasefire remained Ukraine's first demand": the possessor after the copula
    // holds the demand; its subject is the object (stances.ts reads the possessor).
    re: String.raw`(?:is|was|are|were|remains?|remained)(?:\s+still)?(?=\s+(?:the\s+)?[\p{L}\p{N}. -]{1,30}?['’]s\s+(?:(?:first|main|key|core|central|chief|top|principal|overriding|minimum|basic|absolute|non-negotiable)\s+)?(?:demand|priority|goal|aim|condition|precondition|objective)s?\b)`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
    selfNegated: true,
    copular: true,
  },
  {
    // "an army held to 600,000 would be an invitation to the next invasion": a warning against it.
    re: String.raw`(?:is|was|are|were|would\s+be|will\s+be)\s+(?:an?\s+)?(?:open\s+)?(?:invitation|recipe|green\s+light)\s+(?:to|for)\s+(?:the\s+next\s+|another\s+|new\s+|further\s+|more\s+)?(?:war|invasion|attack|aggression|disaster|instability)`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
    selfNegated: true,
    copular: true,
  },
  // "France was publicly supportive", "Belgium remains wary of the loan": a copular adjective
  // states the subject's stance; with no object it refers to the topic of the sentences before.
  {
    re: String.raw`(?:is|was|are|were|remains?|remained|has\s+been|have\s+been)\s+(?:\p{L}+ly\s+|still\s+|also\s+)?(?:supportive|in\s+favou?r)(?:\s+of)?`,
    stance: 'supports',
    negFuture: null,
    negOther: null,
    selfNegated: true,
    bare: true,
  },
  {
    re: String.raw`(?:is|was|are|were|remains?|remained|has\s+been|have\s+been)\s+(?:\p{L}+ly\s+|still\s+|also\s+)?(?:opposed|hostile|wary|sceptical|skeptical)(?:\s+(?:to|of|about|towards?))?`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
    selfNegated: true,
    bare: true,
  },
  {
    // "Belgium, where most of the funds sit, has balked.", "Budapest is still holding out.": a
    // refusal with no object of its own ends the clause; it refers to the topic of the sentences
    // before (not "balked at …" nor "holding out for …", which name their object).
    re: String.raw`(?:(?:has|have|had)\s+(?:\p{L}+ly\s+|so\s+far\s+|also\s+)?)?(?:balked|baulked)(?=\s*(?:[.;]|,\s+(?:citing|saying|fearing|warning|arguing)\b))|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:still\s+|also\s+)?holding\s+out(?=\s*[.;,])`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
    selfNegated: true,
    bare: true,
  },
  { re: String.raw`(?:veto|vetoes|vetoed|vetoing)`, stance: 'rejects', negFuture: null, negOther: null },
  // "would block any move to open accession talks"
  { re: String.raw`(?:block|blocks|blocked|blocking)`, stance: 'rejects', negFuture: null, negOther: null },
  // opposes
  {
    // "denounced the plan", "decried", "lambasted", "scoffed at", "bristled at", "recoiled from":
    // criticism in other words.
    re: String.raw`denounc(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|lambast(?:s|ed|ing)?|slam(?:s|med|ming)|blast(?:ed|ing)|castigat(?:e|es|ed|ing)|assail(?:s|ed|ing)?|derid(?:e|es|ed|ing)|ridicul(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|excoriat(?:e|es|ed|ing)|(?:scoff(?:s|ed|ing)?|bristl(?:e|es|ed|ing)|baulk(?:s|ed|ing)?|chaf(?:e|es|ed|ing))\s+at|recoil(?:s|ed|ing)?\s+(?:from|at)`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
  },
  {
    // "warned against", "argued against", "spoke out against", "came out against", "hit out at",
    // "took issue with", "distanced itself from": opposition in other words.
    // "warned Europeans against sending troops": the party warned may stand between.
    re: String.raw`(?:warn(?:s|ed|ing)?|caution(?:s|ed|ing)?)\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’-]*\s+|(?:other|all|any|western|european)\s+(?:capitals|governments|leaders|states)\s+){1,2}against|(?:warn(?:s|ed|ing)?|caution(?:s|ed|ing)?|argu(?:e|es|ed|ing)|spoke|speaks?|speaking|come|comes|came|coming|lobb(?:y|ies|ied|ying)|campaign(?:s|ed|ing)?|rail(?:s|ed|ing)?|agitat(?:e|es|ed|ing)|mobili[sz](?:e|es|ed|ing))\s+(?:out\s+|hard\s+|strongly\s+|publicly\s+|firmly\s+)?against|(?:hit|hits|hitting)\s+out\s+at|(?:took|take|takes|taking)\s+issue\s+with|(?:took|take|takes|taking)\s+(?:a\s+)?dim\s+view\s+of|distanc(?:e|es|ed|ing)\s+(?:itself|themselves|himself|herself)\s+from`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
  },
  {
    // "expressed reservations about the loan", "has serious doubts over the cap", "raised objections to".
    // (Not "expressed concern over the terms": unease about details is not opposition to the thing.)
    re: String.raw`(?:has|have|had|expressed|express|expresses|voiced|voice|voices|raised|raise|raises|aired|registered)\s+(?:(?!(?:no|little)\b)\p{L}+\s+)?(?:reservations|doubts|misgivings|objections?|qualms|scepticism|skepticism)\s+(?:about|over|on|regarding|to|at|with)`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
  },
  {
    // "Moscow's resistance to the force", "Kyiv's reluctance to cede land", "Budapest's hostility to the loan"
    re: String.raw`(?:resistance|hostility|reluctance|aversion|scepticism|skepticism|antipathy)\s+(?:to|towards?|about|over|of)`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
    noun: true,
  },
  { re: V('oppos', 'e|es|ed|ing'), stance: 'opposes', negFuture: null, negOther: null },
  {
    re: String.raw`(?:opposition|objections?)\s+to`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
    noun: true,
  },
  { re: V('resist', '|s|ed|ing'), stance: 'opposes', negFuture: null, negOther: null },
  // "did not object to Ukraine joining the EU", "will not object to a truce": not objecting is
  // consent, as "has no objection to" is (below).
  {
    re:
      V('object', '|s|ed|ing') +
      String.raw`\s+(?:(?:in\s+particular|strongly|firmly|publicly|\p{L}+ly)\s+)?to`,
    stance: 'opposes',
    negFuture: 'supports',
    negOther: 'supports',
  },
  {
    re: V('push', '|es|ed|ing') + String.raw`\s+back\s+(?:against|on)`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
  },
  {
    re: String.raw`(?:criticiz|criticis|condemn)(?:e|es|ed|ing|s)?`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
  },
  { re: V('balk', '|s|ed|ing') + String.raw`\s+at`, stance: 'opposes', negFuture: null, negOther: null },
  {
    re: String.raw`(?:remains?|remained|is|are|was|were|stays?|stayed)\s+(?:firmly\s+|strongly\s+|deeply\s+)?(?:opposed|hostile|resistant)\s+to`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
  },
  {
    // (not the cleft "It is against that background that …")
    re: String.raw`(?:is|are|was|were|remains?|remained)\s+(?:firmly\s+|strongly\s+|dead\s+set\s+|still\s+|\p{L}+ly\s+)?against(?!\s+(?:that|this|the|a)\s+(?:background|backdrop|context|odds|clock)\b)`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
  },
  // supports
  {
    // "Moscow's endorsement of the plan", "Kyiv's acceptance of a truce"
    re: String.raw`(?:endorsement|acceptance|approval|embrace)\s+of`,
    stance: 'supports',
    negFuture: null,
    negOther: null,
    noun: true,
  },
  {
    // "has no objection to a truce", "raised no objections to the loan": consent by negation.
    re: String.raw`(?:has|have|had|expressed|voiced|raised|raises|saw|sees|see)\s+no\s+(?:\p{L}+\s+)?(?:objections?|problems?|issues?)\s+(?:to|with)`,
    stance: 'supports',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  {
    // "prefers a freeze along the line", "would prefer elections first"
    re: String.raw`(?:prefer|prefers|preferred|preferring)(?!\s+(?:not|to\s+(?:wait|stay|remain|keep\s+quiet))\b)`,
    stance: 'supports',
    negFuture: null,
    negOther: null,
  },
  {
    // "threw its weight behind the plan", "got behind", "rallied behind", "stood squarely behind"
    re: String.raw`(?:throw|throws|threw|thrown|throwing|put|puts|putting)\s+(?:its|their|his|her|our)\s+(?:full\s+)?weight\s+behind|(?:got|get|gets|getting|rallied|rally|rallies|rallying|lined\s+up|line\s+up|lining\s+up|stand|stands|stood|standing)\s+(?:firmly\s+|squarely\s+|solidly\s+|fully\s+)?behind`,
    stance: 'supports',
    negFuture: 'opposes',
    negOther: 'opposes',
  },
  {
    // "gave its blessing to", "gave the green light to", "lent its support to", "reaffirmed its
    // commitment to", "green-lit", "rubber-stamped": backing in other words.
    re: String.raw`(?:gave|give|gives|giving|given)\s+(?:its|their|his|her|the|a)\s+(?:\p{L}+\s+)?(?:blessing|green\s+light|go-?ahead|nod|seal\s+of\s+approval|backing|support|endorsement|approval|consent|assent)\s+(?:to|for)|(?:lend|lends|lent|lending|pledged|pledge|pledges|offered|offer|offers|voiced|voice|voices|expressed|express|expresses|signalled|signaled|reaffirmed|reaffirms|reaffirm|reiterated|reiterates|renewed)\s+(?:its|their|his|her)\s+(?:\p{L}+\s+)?(?:support|backing|endorsement|commitment)\s+(?:to|for|of|behind)|green-?lit|green-?light(?:s|ed)|okay(?:s|ed)|rubber-?stamp(?:s|ed|ing)`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'undecided',
    acceptance: true,
  },
  {
    // "consented to a truce", "went along with the plan", "warmed to the idea", "came round to",
    // "signed on to", "bought into": acceptance in other words.
    re: String.raw`(?:consent(?:s|ed|ing)?|acquiesc(?:e|es|ed|ing))\s+to|(?:go|goes|went|going|gone)\s+along\s+with|(?:warm|warms|warmed|warming)\s+(?:up\s+)?to|(?:come|comes|came|coming)\s+a?round\s+to|sign(?:s|ed|ing)?\s+(?:on|up)\s+to|(?:buy|buys|bought|buying)\s+into`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'undecided',
    acceptance: true,
  },
  {
    // "is amenable to a truce", "seemed receptive to the idea"
    re: String.raw`(?:is|are|was|were|remains?|remained|seemed|seems|appeared|appears|sounded|sounds)\s+(?:\p{L}+ly\s+|still\s+|also\s+)?(?:amenable|receptive|sympathetic|well-?disposed)\s+to`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'rejects',
    acceptance: true,
  },
  { re: V('support', '|s|ed|ing'), stance: 'supports', negFuture: 'opposes', negOther: 'opposes' },
  {
    re: String.raw`(?:support|backing)\s+(?:for|of)`,
    stance: 'supports',
    negFuture: null,
    negOther: null,
    noun: true,
  },
  {
    // not the particle of "pull back", "scale back", "roll back" (the case-insensitive lookahead cannot tell names from words)
    re:
      V('back', '|s|ed|ing') +
      // checked after the match (a lookbehind at the start would run at every position of the text)
      String.raw`(?<!\b(?:pull|pulls|pulled|pulling|scale|scaled|scaling|roll|rolled|rolling|fall|fell|falling|hold|held|holding|fight|fought|come|came|go|went|step|stepped|bring|brought|get|got|turn|turned|push|pushed|pushing|draw|drew|drawn)\s+back(?:s|ed|ing)?)` +
      String.raw`(?!\s+(?:down|away|off)\b)(?=\s+["“]?(?:the|a|an|its|his|their|this|that|ukraine|kyiv|russia|moscow|[A-Z]))`,
    stance: 'supports',
    negFuture: 'opposes',
    negOther: 'opposes',
  },
  { re: V('endors', 'e|es|ed|ing'), stance: 'supports', negFuture: 'opposes', negOther: 'opposes' },
  {
    re: String.raw`(?:keep|keeps|kept|maintain|maintains|maintained)(?=\s+(?:the\s+|its\s+|their\s+)?\p{L}+(?:\s+\p{L}+)?\s+(?:in\s+place|on\s+russia|on\s+moscow))`,
    stance: 'supports',
    negFuture: 'opposes',
    negOther: null,
  },
  { re: V('welcom', 'e|es|ed|ing'), stance: 'supports', negFuture: null, negOther: null },
  // "the Kremlin praised the plan", "Moscow greeted the plan as a basis for talks".
  {
    re: String.raw`(?:prais|hail)(?:e|es|ed|ing|s)?|(?:(?:applaud|laud|commend)(?:s|ed|ing)?|cheered|championed|championing)(?!\s+by\b)|champions(?=\s+(?:the|a|an|its|their)\b)|(?:greet|greets|greeted)(?=\s+[^.;]{0,40}\bas\s+(?:a|an)\s+(?:\p{L}+\s+)?(?:basis|step|starting))`,
    stance: 'supports',
    negFuture: null,
    negOther: null,
  },
  {
    // "X said the plan could serve as the basis of a settlement", "the original plan remained a
    // better starting point": a copula whose subject (the plan) is the object; the holder reports it.
    re: String.raw`(?:could|can|would|might|may|will)\s+(?:serve\s+as|form|be|provide|become)\s+(?:the|a)\s+(?:\p{L}+\s+)?(?:basis|starting\s+point|foundation)|(?:remains?|remained|is|was)\s+(?:a|the|their|its)\s+(?:\p{L}+\s+)?(?:basis|starting\s+point|foundation)|(?:regard\w*|consider\w*|see[sn]?|saw)\s+(?:it|the\s+\p{L}+(?:\s+\p{L}+)?)\s+as\s+(?:a|the)\s+(?:\p{L}+\s+)?(?:basis|starting\s+point|foundation)|(?:regards|regarded|considers|considered|calls|called|described|describes)\s+the\s+[^.;,]{1,40}?\s+(?:as\s+)?(?:a|the)\s+(?:good\s+|sound\s+|solid\s+|useful\s+|possible\s+|workable\s+)?(?:basis|starting\s+point|foundation)`,
    stance: 'supports',
    negFuture: 'opposes',
    negOther: 'opposes',
    copular: true,
  },
  {
    re: String.raw`(?:favou?rs?|favou?red|favou?ring)`,
    stance: 'supports',
    negFuture: 'opposes',
    negOther: 'opposes',
  },
  { re: V('embrac', 'e|es|ed|ing'), stance: 'supports', negFuture: 'opposes', negOther: 'opposes' },
  {
    re: V('accept', '|s|ed|ing'),
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'undecided',
    acceptance: true,
  },
  {
    re: String.raw`(?:agree|agrees|agreed|agreeing)(?:\s+(?:on|in|last|this)\s+\p{L}+)?\s+(?:only\s+)?to`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'undecided',
    acceptance: true,
  },
  {
    // "wrapped up the talks with an agreement to swap prisoners", "struck a deal to pause strikes":
    // the parties that reached it back what it does.
    re: String.raw`(?:with|reached|reach|reaches|struck|strike|strikes|clinched|sealed)\s+(?:an?\s+)?(?:agreement|deal|accord)\s+to`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'undecided',
    acceptance: true,
  },
  {
    re: V('approv', 'e|es|ed|ing'),
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'undecided',
    acceptance: true,
  },
  {
    re: String.raw`(?:recogni[sz])(?:e|es|ed|ing)`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'undecided',
    acceptance: true,
  },
  {
    re: String.raw`(?:openness|willingness|readiness)\s+to`,
    stance: 'supports',
    negFuture: null,
    negOther: null,
    noun: true,
  },
  {
    re: String.raw`(?:is|are|was|were|remains?|remained|seemed|seems|appeared|appears|sounded|sounds)\s+(?:\p{L}+ly\s+|still\s+|also\s+)?open\s+to`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'rejects',
    acceptance: true,
  },
  {
    re: String.raw`(?:(?:could|can|would|will)(?:\s+not|n['’]t)|cannot|won['’]t)\s+(?:\p{L}+ly\s+)?live\s+with`,
    stance: 'rejects',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  {
    // "the army could live with a cap of 800,000": acceptance, if grudging.
    re: String.raw`(?:could|can|would|will)\s+(?:still\s+|also\s+)?live\s+with`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'rejects',
    acceptance: true,
  },
  {
    // "were concerned by the proposed limits", "is worried about the cap": unease about a thing
    // opposes it (the that-clause form is the warning cue above).
    re: String.raw`(?:is|are|was|were|['’]s|['’]re|remains?|remained)\s+(?:\p{L}+ly\s+|also\s+|still\s+)?(?:concerned|worried|troubled|alarmed)\s+(?:by|about|over|at)`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
  },
  {
    // "had no interest in a short truce": an explicit lack of interest turns the thing down.
    re: String.raw`(?:has|have|had|sees?|saw)\s+(?:no|little)\s+interest\s+in`,
    stance: 'rejects',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  {
    // "is not interested in a mere freeze", "was not open to a truce": the copula's own negation.
    re: String.raw`(?:is|are|was|were|['’]s|['’]re|remains?|remained|seems?|seemed)\s+(?:still\s+|also\s+|\p{L}+ly\s+)?(?:not|no\s+longer)\s+(?:\p{L}+ly\s+)?interested\s+in`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  {
    re: String.raw`(?:is|are|was|were|['’]s|['’]re|remains?|remained|seems?|seemed)\s+(?:still\s+|also\s+|\p{L}+ly\s+)?(?:not|no\s+longer)\s+(?:\p{L}+ly\s+)?(?:open|amenable|receptive)\s+to`,
    stance: 'rejects',
    negFuture: null,
    negOther: null,
    selfNegated: true,
  },
  {
    re: String.raw`(?:is|are|was|were|['’]s|['’]re|remains?|remained|seems?|seemed)\s+(?:still\s+|also\s+|\p{L}+ly\s+)?interested\s+in`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'opposes',
  },
  {
    // "stood ready to send a force", "would be willing to hold an election (only after …)"
    re: String.raw`(?:is|are|was|were|['’]s|['’]re|remains?|remained|stands?|stood|(?:would|will|might|may|could)\s+be)\s+(?:still\s+|also\s+|now\s+|fully\s+)?(?:ready|willing|prepared)\s+to\s+(?:talk\s+about|negotiate\s+on|take\s+part|help\s+(?:pay|fund|finance)|pay\s+for|hand\s+over|put|(?!(?:be|see|wait|walk|leave|fight|go|resist|defend)\b)\p{L}+)`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'undecided',
    acceptance: true,
  },
  {
    // "the bloc remained committed to it", "is firmly committed to a ceasefire"
    re: String.raw`(?:is|are|was|were|['’]s|['’]re|remains?|remained|stays?|stayed)\s+(?:still\s+|also\s+|fully\s+|firmly\s+|now\s+)?committed\s+to`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'undecided',
  },
  {
    re: String.raw`sign(?:s|ed)?\s+off\s+on`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'undecided',
    acceptance: true,
  },
  {
    // "said sanctions would not be eased while …": a party's word that a measure it controls stays;
    // read like an obligation (stances.ts: an undoing verb flips, the negation flips back). Without
    // the negation ("sanctions would be eased, officials said") it usually describes a plan.
    re: String.raw`(?:would|will)\s+(?:not|never)\s+be\s+(?:lifted|eased)`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
    reported: true,
  },
  {
    // "there would be no lasting peace unless Kyiv pulls out", "any signature would be meaningless
    // unless an election is held first": nothing without the condition, so the condition is
    // demanded. The holder is whoever reports it; the object is the condition after the cue.
    re: String.raw`there\s+(?:will|would|can|could)\s+be\s+no\s+(?:[\p{L}-]+\s+){1,4}?(?:unless|until|without)|(?:(?:would|will)\s+be|is|was|are|were)\s+["“‘]?(?:\p{L}+ly\s+)?(?:(?:hardly|not|barely|scarcely)\s+(?:conceivable|possible|imaginable|thinkable)|inconceivable|unimaginable|meaningless|invalid|void|worthless|illegitimate|impossible|unthinkable)["”’]?,?\s+(?:unless|until|without)`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
    reported: true,
    selfNegated: true,
    objectAfter: true,
  },
  {
    // "There will be no amnesty for war crimes," the minister said: ruling it out; the holder is
    // whoever says it.
    // (Not "there must be no restrictions on …": a negated limit is a demand, read by the cue before it.)
    re: String.raw`there\s+(?:will|would|can|could|must)\s+be\s+no(?!\s+(?:restrictions?|limits?|limitations?|caps?|ceilings?|obstacles?|barriers?|bans?|conditions?|preconditions?|veto)\b)`,
    stance: 'rejects',
    negFuture: null,
    negOther: null,
    reported: true,
    selfNegated: true,
    objectAfter: true,
  },
  {
    // "has not given up on it", "gave up on the bid": abandoning an aim opposes it.
    // (also "has not given up its goal of joining NATO": the aim named after "up", only in the
    // perfect; "insists that Ukraine give up its bid" is another party's demand, read by "insists")
    re: String.raw`(?:give|gives|gave|given|giving)\s+up\s+on|(?<=\b(?:has|have|had)\s+(?:not\s+|never\s+)?)given\s+up\s+(?:its|their|his|her|the|our)\s+(?:\p{L}+\s+)?(?:goal|aim|bid|hopes?|ambitions?|dream|quest|aspirations?|claims?)\s+(?:of|for|to)`,
    stance: 'opposes',
    negFuture: 'supports',
    negOther: 'supports',
  },
  {
    // "we need guarantees of equal strength", "Ukraine needs a ceasefire first".
    re: String.raw`(?:need|needs|needed)(?=\s+["“]?(?:a|an|the|guarantees|security|more|real|binding|legally|firm|strong|credible|full|lasting|ukraine|ukrainian|european|american)\b)`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
  },
  {
    // "is working to ensure robust security guarantees", "worked towards a ceasefire": pursuing it.
    re: String.raw`(?:work|works|worked|working)\s+(?:hard\s+|closely\s+)?(?:to\s+(?:secure|ensure|achieve|get|obtain|win|bring\s+about|deliver)|towards?|for)(?=\s+["“]?(?:a|an|the|its|their|robust|strong|solid|lasting|binding|firm|credible|security|ukraine|ukrainian)\b)`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
  },
  {
    // "Merz suggested a truce over Christmas", "Kyiv proposed a pause in strikes": calling for it.
    re: String.raw`(?:suggest|suggests|suggested|propose|proposes|proposed)(?=\s+["“]?(?:a|an|the|extending|turning|holding|creating|setting\s+up)\b)`,
    stance: 'demands',
    negFuture: null,
    negOther: null,
  },
  {
    // "the United States was offering Ukraine protection modelled on Article 5": putting it on the table.
    // (Only a party's ongoing or stated offer: "the plan offered Russia …" describes a text.)
    re: String.raw`(?:(?:(?:is|are|was|were)\s+(?:now\s+|also\s+)?offering|(?:has|have|had)\s+(?:\p{L}+ly\s+|also\s+|now\s+|already\s+)?offered)(?=\s+["“]?(?:ukraine|kyiv|a|an|the|its|their|security|guarantees|protection)\b)|(?:offer|offers|offered|offering)\s+to\s+(?:provide|send|deploy|guarantee|host|help))`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'opposes',
  },
  {
    // "Washington has floated a demilitarised zone": putting an idea forward without pressing it.
    re: String.raw`(?:float|floats|floated)(?=\s+["“]?(?:a|an|the)\b)`,
    stance: 'supports',
    negFuture: null,
    negOther: null,
  },
  {
    // "cautioned that any settlement forcing Ukraine to give up land would prepare the next war",
    // "are concerned that limits on the army would leave it exposed": a warning about a thing opposes it.
    re: String.raw`(?:warn(?:s|ed|ing)?|caution(?:s|ed|ing)?|fear(?:s|ed)?|(?:is|are|was|were|remains?|remained)\s+(?:\p{L}+ly\s+|also\s+|still\s+)?(?:concerned|worried))\s+that(?!\s+(?:without|if|unless|in|after|before|once|until|only|no|any\s+delay|failure|delay)\b)`,
    stance: 'opposes',
    negFuture: null,
    negOther: null,
    thatSubject: true,
  },
  {
    // "would not sign any version that …", "will never put its signature to it": signing after a
    // modal or "to" (never the noun "a sign of", never a signing reported as done).
    re: String.raw`(?<=\b(?:will|would|could|can|to|not|never|won['’]t|wouldn['’]t|cannot|can['’]t)\s)(?:sign(?:\s+up\s+to|\s+on\s+to)?|put\s+(?:its|his|her|their|our|a)\s+signature\s+(?:to|on))(?=\s+["“]?(?:any|the|a|an|this|that|it|such|its|their|anything|something)\b)`,
    stance: 'supports',
    negFuture: 'rejects',
    negOther: 'rejects',
    acceptance: true,
  },
];

/** Negation between the subject and the predicate, split by what it implies. */
export const NEG_FUTURE_RE =
  /\b(?:will\s+not|won['’]t|would\s+not|wouldn['’]t|never|cannot|can['’]t|could\s+not|couldn['’]t|refuses?\s+to|refused\s+to|refusal\s+to|no\s+longer)\b/i;
export const NEG_OTHER_RE = /\b(?:not|n['’]t|no)\b/i;
/** Modals that make a statement speculation rather than a stance ("could not", "could never" refuse: NEG_FUTURE_RE). */
export const SPECULATIVE_RE = /\b(?:might|may|could(?!\s+(?:not|never)\b)|possibly|perhaps)\s+(?:\w+\s+)?$/i;
/** Words that put the predicate in a hypothetical or an embedded question. */
export const HYPOTHETICAL_RE = /\b(?:if|whether|unless|suppose|supposing)\b/i;
/** What turns a "would accept" into a conditional stance. */
export const CONDITION_RE =
  /\b(?:if|provided(?:\s+that)?|as\s+long\s+as|on\s+(?:the\s+)?condition|only\s+with|only\s+(?:[a-z]+\s+){0,2}(?:after|once|when)|in\s+exchange\s+for|in\s+return\s+for)\b/i;

/** Proposal provisions: predicates that say a draft contains, drops or changes something. */
export type ProvisionVerb = 'include' | 'drop' | 'change' | 'allow';
export const PROVISION_CUES: readonly { readonly re: string; readonly kind: ProvisionVerb }[] = [
  { re: String.raw`(?:call|calls|called|calling)\s+for`, kind: 'include' },
  { re: String.raw`(?:include|includes|included|including)`, kind: 'include' },
  { re: String.raw`(?:require|requires|required|requiring)`, kind: 'include' },
  { re: String.raw`provides?\s+for|provided\s+for`, kind: 'include' },
  {
    re: String.raw`(?:envisage|envisages|envisaged|envision|envisions|envisioned|foresees|foresaw)`,
    kind: 'include',
  },
  {
    re: String.raw`(?:stipulate|stipulates|stipulated|propose|proposes|proposed|contains|contained|sets\s+out|set\s+out|offers|offered|grants|granted|demands|demanded|mandates|mandated|promises|promised|pledges|pledged|guarantees|guaranteed|commits|committed)`,
    kind: 'include',
  },
  {
    re: String.raw`would\s+(?:also\s+)?(?:require|see|give|grant|cap|limit|bar|ban|force|oblige|mean|recogni[sz]e|freeze|lift|create|establish|provide|set|hand|cede|make|keep|restrict|reduce|commit|guarantee|return|exchange|release|hold|use)`,
    kind: 'include',
  },
  {
    re: String.raw`(?:caps?|capped|limits?|limited|bars?|barred|bans?|banned|restricts?|restricted|reduces?|reduced|recogni[sz]es?|recogni[sz]ed|obliges?)`,
    kind: 'include',
  },
  {
    re: String.raw`(?:a|the)\s+provision(?:s)?\s+(?:that|on|for|requiring|barring|calling)`,
    kind: 'include',
  },
  {
    // "the framework's clause on European troops", "language on security guarantees"
    re: String.raw`(?:clause|provision|section|article|chapter|passage|paragraph|language|wording)s?\s+(?:on|about|regarding|covering|concerning|dealing\s+with)`,
    kind: 'include',
  },
  {
    re: String.raw`(?:keeps|kept|retains|retained|preserves|preserved|maintains|maintained|still\s+includes|still\s+contains)`,
    kind: 'include',
  },
  {
    // any other "the plan would <verb> …": what the text would do is what it contains
    re: String.raw`would\s+(?:also\s+|still\s+|then\s+)?(?!not\b|never\b|be\b|have\b|only\b)\p{L}+`,
    kind: 'include',
  },
  {
    re: String.raw`(?:drop|drops|dropped|remove|removes|removed|scrap|scraps|scrapped|omit|omits|omitted|delete|deletes|deleted|strip|strips|stripped|eliminate|eliminates|eliminated|leaves\s+out|left\s+out|struck\s+out|took\s+out|takes\s+out)`,
    kind: 'drop',
  },
  {
    re: String.raw`no\s+longer\s+(?:calls?\s+for|includes?|requires?|mentions?|contains?|bars?|limits?|caps?|demands?)`,
    kind: 'drop',
  },
  {
    re: String.raw`(?:soften|softens|softened|ease|eases|eased|raise|raises|raised|change|changes|changed|amend|amends|amended|modify|modifies|modified|rewrite|rewrites|rewrote|rewritten|water(?:s|ed)?\s+down|reword|reworded|revise|revises|revised\s+(?=the|its))`,
    kind: 'change',
  },
  { re: String.raw`(?:allow|allows|allowed|permit|permits|permitted|lets|let)`, kind: 'allow' },
  {
    // "Both documents close the door to NATO", "shuts the door on membership": a bar is in the text
    // (convention 1: a provision barring membership is still a NATO provision).
    re: String.raw`(?:close|closes|closed|closing|shut|shuts|shutting)\s+the\s+door\s+(?:to|on)`,
    kind: 'include',
  },
  {
    // "… and both leave it open to the European Union", "leaves the door open to membership"
    re: String.raw`(?:leave|leaves|left|leaving|keep|keeps|kept|keeping)\s+(?:it|the\s+door|the\s+way|the\s+path)\s+open\s+(?:to|for)`,
    kind: 'allow',
  },
  {
    // "all three texts agree: an exchange of all prisoners", "both drafts agree on elections"
    re: String.raw`(?:agree|agrees|agreed)\s*(?::|\s+on)`,
    kind: 'include',
  },
  {
    re: String.raw`(?:leaves|leaving|defers|deferred|postpones|postponed|puts\s+off)(?=[^.;]{0,60}\b(?:to|for|until)\s+(?:a\s+|the\s+)?(?:later|future|separate|final|direct|leaders|presidents))`,
    kind: 'change',
  },
];

/** Where a proposal stands: state predicates found next to a proposal mention. */
export const PROCESS_CUES: readonly { readonly re: string; readonly state: ProcessState }[] = [
  {
    re: String.raw`(?:drafted|drew\s+up|drawn\s+up|authored|written|crafted|devised|put\s+together|hammered\s+out)`,
    state: 'drafted',
  },
  {
    re: String.raw`(?:presented|unveiled|handed\s+(?:over\s+)?to|delivered|submitted|tabled|shared\s+with|sent\s+to|laid\s+out|outlined)`,
    state: 'presented',
  },
  { re: String.raw`(?:floated|leaked|put\s+forward|mooted|circulated)`, state: 'floated' },
  {
    re: String.raw`(?:negotiating|negotiated|under\s+negotiation|fine-tun(?:e|ed|ing)|refin(?:ed|ing)|under\s+discussion|being\s+discussed|talks\s+on|revising|reworking|being\s+revised)`,
    state: 'under-negotiation',
  },
  {
    re: String.raw`(?:accepted|accepts|agreed\s+to|approved|approves|endorsed|endorses|signed\s+off\s+on|backed|backs|embraced)`,
    state: 'accepted',
  },
  {
    re: String.raw`(?:reached\s+(?:an?\s+)?agreement\s+on|agreed\s+on|finali[sz]ed|sealed|clinched)`,
    state: 'agreed',
  },
  { re: String.raw`(?:signed|inked)(?!\s+(?:off|up))`, state: 'signed' },
  {
    re: String.raw`(?:implemented|took\s+effect|takes\s+effect|came\s+into\s+force|entered\s+into\s+force|in\s+force)`,
    state: 'implemented',
  },
  {
    re: String.raw`(?:abandoned|scrapped|shelved|collapsed|is\s+dead|was\s+dead|withdrawn|dropped\s+the)`,
    state: 'abandoned',
  },
];

/** Verbs after which a "by …" phrase names a proposal's drafters. */
export const DRAFTING_BY_RE =
  /\b(?:drafted|drawn\s+up|written|authored|prepared|put\s+together|crafted|devised|developed|hammered\s+out|worked\s+out|negotiated|produced|elaborated|formulated|reworked|redrafted|rewritten|revised)\b(?:[^.;]{0,80}?)\bby\s+/giu;
/** Active drafting verbs whose subject names the drafters ("Witkoff and Dmitriev drew up the plan"). */
export const DRAFTING_ACTIVE_RE =
  /\b(?:drafted|drew\s+up|wrote|authored|crafted|devised|hammered\s+out|worked\s+out|put\s+together|finished|finali[sz]ed|negotiated|initiall?ed|rewrote|redrafted|reworked)\b/giu;
/** Presentation verbs, for where/when/to whom a proposal was presented. */
export const PRESENTED_RE =
  /\b(?:presented|unveiled|handed|delivered|submitted|received|put\s+forward|floated|passed\s+to|given\s+to|shown|showed|tabled|shared|sent|outlined|drafted|drawn\s+up|drew\s+up|agreed|finali[sz]ed|hammered\s+out)\b/iu;
/** Verbs that say one version revises or replaces another. */
export const REVISION_RE =
  /\b(?:revis\w*|replac\w*|supersed\w*|updat\w*|pared|trimmed|slimmed|streamlin\w*|redraft\w*|rework\w*|version\s+of|overhaul\w*|amend\w*)\b/iu;

/**
 * Reporting verbs that introduce what a party said it wants ("X stressed that …"), and a possessed
 * reporting noun ("Moscow's position is that …", "Kyiv's message was that …"): its possessor,
 * found before it as a reporter's subject is, holds the clause. "states" reports only before "that"
 * or a colon; elsewhere it is the noun ("the United States", "member states").
 */
export const REPORTING_RE =
  /\b(?:said|says|say|emphasi[sz]ed|emphasi[sz]es|emphasi[sz]e|insisted|insists|insist|stressed|stresses|stress|argued|argues|argue|warned|warns|told\s+[\p{L}.]+(?:\s+[\p{L}.]+)?|added|adding|saying|arguing|warning|noted|urged|urges|maintained|maintains|reiterated|reiterates|declared|believes|believed|repeated|repeats|stated|states(?=\s+that\b|\s*:)|vowed|vows|made\s+clear|makes\s+clear|underlined|underscored|confirmed|(?:is|are|was|were|remains?|remained)\s+adamant(?=\s+that\b)|(?<=['’]s\s+(?:\p{L}+\s+)?)(?:position|view|stance|message|line|argument)\s+(?:is|was|remains|remained|has\s+been)\s+that)\b(?:\s+that)?/giu;

export function stanceCueSource(): string {
  return STANCE_CUES.map((c, i) => `(?<s${i}>${c.re})`).join('|');
}
