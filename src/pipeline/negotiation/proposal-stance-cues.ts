import type { Stance } from './types.ts';

/**
 * The phrasings proposal-stances.ts reads as a verdict on a text as a whole: each a cheap hint, the
 * pattern it gates, the stance, and where the proposal stands relative to it. Data only; the reading
 * (holders, negation, which version) is in proposal-stances.ts.
 */

/** Verbs of a verdict on a text, either way, as "neither … nor" withholds them. */
const VERDICT_VERBS =
  '(?:accepted|backed|endorsed|approved|embraced|agreed\\s+to|welcomed|supported|rejected|turned\\s+down|refused|dismissed|ruled\\s+out|opposed|signed)';
/** "neither accepted nor turned down": no verdict either way (convention 6, undecided). */
export const NEITHER_NOR_RE = new RegExp(
  `\\bneither\\s+${VERDICT_VERBS}\\s+nor\\s+${VERDICT_VERBS}\\b`,
  'giu',
);

export type Where = 'after' | 'before' | 'focus';

export interface ProposalCue {
  /** A cheap literal test on the whole text: the cue's pattern runs only where it can match. */
  readonly hint: RegExp;
  readonly re: RegExp;
  readonly stance: Stance;
  /** Where the proposal is: the object after the cue, the subject before it, or the text in focus. */
  readonly where: Where;
  /** The holder reports the judgement ("X said the plan was …") rather than being its subject. */
  readonly reported?: boolean;
  /** The holder is named after the cue ("that Washington stood behind"). */
  readonly holderAfter?: boolean;
  /** The named group `aims` must be the holder's own side's ("our", "Ukraine's" for a Ukrainian). */
  readonly ownAims?: boolean;
}

export const CUES: readonly ProposalCue[] = [
  // "described the American text as a possible basis for a final settlement"
  {
    hint: /basis|starting point|foundation/i,
    re: /\b(?:described|describes|called|calls|termed|hailed|welcomed)\s+(?<obj>[^.;]{1,60}?)\s+as\s+(?:a|an|the)\s+(?:possible\s+|potential\s+|workable\s+|good\s+|sound\s+|solid\s+|useful\s+|reasonable\s+)?(?:basis|starting\s+point|foundation)\b/giu,
    stance: 'supports',
    where: 'after',
  },
  // "calling the revised framework a sound foundation", "describe the Geneva text as a real step
  // forward", "called it a good start": a verdict naming the text as a basis, a step or a start,
  // with or without "as", in any tense (the first cue needs "as" and a past or present verb form).
  // "called for the plan as …" is a demand's object, not a verdict: "for" cannot open the object.
  // The object may carry a parenthetical ("framed the framework, drawn up in Geneva, as the basis").
  {
    hint: /basis|starting point|foundation|step forward|way forward|good start|right direction|best (?:route|way|path|hope|chance)/i,
    re: /\b(?:describ(?:e|es|ed|ing)|call(?:s|ed|ing)?|term(?:s|ed|ing)?|hail(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|regard(?:s|ed|ing)?|see|sees|saw|view(?:s|ed|ing)?|fram(?:e|es|ed|ing)|portray(?:s|ed|ing)?|present(?:s|ed|ing)?)\s+(?!for\b)(?<obj>[^.;]{1,160}?)\s+(?:as\s+)?["\u201c]?(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:basis|starting\s+point|foundation|step\s+forward|way\s+forward|good\s+start|(?:step|move)\s+in\s+the\s+right\s+direction|best\s+(?:route|way|path|hope|chance))\b/giu,
    stance: 'supports',
    where: 'after',
  },
  // "Kyiv was prepared to go forward on the basis of the framework", "ready to move ahead with it":
  // a holder ready to proceed with a text backs it (the lexicon's readiness cue leaves out "go").
  {
    hint: /ready|prepared|willing/i,
    re: /\b(?:ready|prepared|willing)\s+to\s+(?:go\s+(?:forward|ahead)|move\s+(?:ahead|forward|on)|press\s+(?:ahead|on)|proceed|push\s+ahead|work|keep\s+working)\s+(?:on\s+the\s+basis\s+of|on\s+the\s+strength\s+of|with|on)\s+(?<obj>[^.;,]{1,60})/giu,
    stance: 'supports',
    where: 'after',
  },
  // "Russia would look at the new text favourably only if it kept …": a verdict held back for a condition.
  {
    hint: /favou?rabl|positively/i,
    re: /\b(?:would|will|could|might)\s+(?:only\s+)?(?:look\s+(?:at|on|upon)|view|regard|see|treat|consider|judge|assess)\s+(?<obj>[^.;]{1,50}?)\s+(?:favou?rably|positively|kindly)\s*,?\s+(?:only\s+)?(?:if|provided|as\s+long\s+as|on\s+condition|once)\b/giu,
    stance: 'conditional',
    where: 'after',
  },
  // "the documents brought by the envoys were still being studied", "the text is under review":
  // the holder reporting it has not reached a verdict yet (convention 6: "will study" is undecided).
  {
    hint: /being (?:studied|examined|reviewed|analy[sz]ed|considered)|under (?:review|study|consideration)/i,
    re: /\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:being\s+(?:studied|examined|reviewed|analy[sz]ed|considered|assessed)|under\s+(?:review|study|consideration|examination))\b/giu,
    stance: 'undecided',
    where: 'before',
    reported: true,
  },
  // "Russia had not yet formed a final view of them", "has yet to say what it makes of the text":
  // no verdict yet on the text in focus.
  {
    hint: /formed (?:a|any|its)|what (?:it|they|he|she) (?:makes?|made) of/i,
    re: /\b(?:(?:has|have|had)\s+not\s+(?:yet\s+)?formed\s+(?:a|any|its|their)\s+(?:\p{L}+\s+)?(?:view|opinion|judgement|judgment|position)|(?:(?:has|have|had)\s+not\s+(?:yet\s+)?decided|(?:has|have|had)\s+yet\s+to\s+(?:say|decide|signal))\s+what\s+(?:it|they|he|she)\s+(?:makes?|made)\s+of)\b/giu,
    stance: 'undecided',
    where: 'focus',
  },
  // "called the revised framework a document both governments could stand behind": a text named
  // as one the parties could defend or sign is backed by whoever names it so.
  {
    hint: /stand behind|defend|live with|sign/i,
    re: /\b(?:describ(?:e|es|ed|ing)|call(?:s|ed|ing)?|term(?:s|ed|ing)?)\s+(?!for\b)(?<obj>[^.;,]{1,60}?)\s+(?:as\s+)?(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:document|text|deal|plan|framework|agreement|basis)\s+(?:that\s+|which\s+)?(?:both\s+(?:governments|sides|countries|capitals|presidents|leaders)|everyone|all\s+sides|[\p{L}]+)\s+(?:could|can|would|will)\s+(?:stand\s+behind|defend|sign|live\s+with|back|support)\b/giu,
    stance: 'supports',
    where: 'after',
  },
  // "Moscow would look at the framework, but only if it stayed faithful to …": attention promised
  // on a condition. "only" is required: "will study it if it arrives" is no condition on the terms.
  {
    hint: /only (?:if|provided|as long as|on condition)/i,
    re: /\b(?:would|will|could)\s+(?:look\s+at|consider|examine|study|engage\s+with|work\s+with|sign|accept|back|endorse)\s+(?<obj>[^.;]{1,60}?)\s*,?\s+(?:but\s+)?only\s+(?:if|provided|as\s+long\s+as|on\s+condition)\b/giu,
    stance: 'conditional',
    where: 'after',
  },
  // "would judge it once it arrived through official channels": a verdict put off until the text comes.
  {
    hint: /once|when|after/i,
    re: /\b(?:would|will)\s+(?:judge|assess|evaluate|weigh)\s+(?<obj>[^.;,]{1,40}?)\s+(?:once|when|after)\s+(?:it|they)\s+(?:arrives?|arrived|comes?|came|(?:is|was|are|were|has\s+been|had\s+been)\s+(?:received|delivered|handed\s+over))\b/giu,
    stance: 'undecided',
    where: 'after',
  },
  // "it could be taken as the basis for …", "the new plan could be used as a basis", "the 28-point
  // plan could still serve as a basis"
  {
    hint: /basis|starting point|foundation/i,
    re: /\b(?:could|can|might|may|would)\s+(?:still\s+)?(?:be\s+(?:taken|used|seen|treated|regarded|accepted)\s+as|serve\s+as)\s+(?:a|the)\s+(?:\p{L}+\s+)?(?:basis|starting\s+point|foundation)\b/giu,
    stance: 'supports',
    where: 'before',
    reported: true,
  },
  // "the president believed the revised plan was a good basis for a deal", "wrote that the
  // 20-point text was \u201ca workable foundation\u201d": a text judged a basis by the one reporting
  // the judgement (convention 7). "was not a basis" does not match: nothing may stand between.
  {
    hint: /basis|starting point|foundation/i,
    re: /\b(?:is|was|remains?|remained|are|were|has\s+been|had\s+been)\s+(?:still\s+)?["\u201c]?(?:(?:a|an)\s+(?:[\p{L}-]+\s+){1,3}and\s+)?(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:basis|starting\s+point|foundation)\b/giu,
    stance: 'supports',
    where: 'before',
    reported: true,
  },
  // "(Yermak said) the revised framework reflected most of Ukraine's priorities", "the text takes
  // account of our interests": a text judged to carry the holder's own aims is backed by the one
  // reporting the judgement. Only the holder's side's aims ("Ukraine's", "our"), not "Russia's".
  {
    hint: /reflect|take[sn]? (?:into )?account/i,
    re: /\b(?:reflects?|reflected|took\s+(?:into\s+)?account\s+of|takes?\s+(?:into\s+)?account\s+of)\s+(?:(?:most|much|many|all|the\s+bulk)\s+of\s+)?(?<aims>our|\p{Lu}[\p{L}-]+['’]s)\s+(?:key\s+|main\s+|core\s+|own\s+)?(?:priorities|interests|concerns|positions|demands|red\s+lines)\b/giu,
    stance: 'supports',
    where: 'before',
    reported: true,
    ownAims: true,
  },
  // "had neither accepted nor turned down the revised framework": a verdict expressly withheld.
  // The main scan reads the two verbs as verdicts; refineProposalStances drops those readings.
  {
    hint: /neither/i,
    re: NEITHER_NOR_RE,
    stance: 'undecided',
    where: 'after',
  },
  // "said he was glad the first draft had been set aside": relief at a text's removal opposes it.
  {
    hint: /glad|pleased|relieved|happy|welcom/i,
    re: /\b(?:glad|pleased|relieved|happy|welcom(?:e|es|ed|ing))\s+(?:that\s+)?(?<obj>[^.;,]{1,60}?)\s+(?:had|has|have|was|were|is|are)\s+(?:now\s+|finally\s+)?(?:been\s+)?(?:set\s+aside|dropped|shelved|scrapped|abandoned|withdrawn|buried|discarded|superseded|replaced)\b/giu,
    stance: 'opposes',
    where: 'after',
  },
  // "said any new text would be acceptable only if it honoured …": acceptance tied to a condition.
  {
    hint: /acceptable/i,
    re: /\b(?:would|will|could)\s+(?:only\s+)?be\s+acceptable\s+(?:to\s+\p{L}+\s+)?,?\s*(?:only\s+)?(?:if|provided|as\s+long\s+as|on\s+condition)\b/giu,
    stance: 'conditional',
    where: 'before',
    reported: true,
  },
  // "believed the framework could end the war": a text credited with ending the war is backed
  // by whoever credits it ("could not end" does not match: nothing may stand between).
  {
    hint: /end the (?:war|fighting|conflict)|bring (?:about )?peace/i,
    re: /\b(?:could|can|would|will|might)\s+(?:help\s+)?(?:(?:end|stop)\s+the\s+(?:war|fighting|conflict)|bring\s+(?:about\s+)?peace)\b/giu,
    stance: 'supports',
    where: 'before',
    reported: true,
  },
  // "said the revised framework was something both governments could work from": a text named as
  // one the parties can work from, live with or sign is backed by whoever names it so.
  {
    hint: /work from|work with|live with|stand behind|build on/i,
    re: /\b(?:is|was|were|are|remains?|remained)\s+(?:something|a\s+(?:\p{L}+\s+)?(?:text|document|framework|basis|plan))\s+(?:that\s+|which\s+)?(?:both\s+\p{L}+|all\s+sides|everyone|we|they|\p{Lu}\p{L}+)\s+(?:could|can|would|will)\s+(?:work\s+(?:from|with)|live\s+with|stand\s+behind|build\s+on)\b/giu,
    stance: 'supports',
    where: 'before',
    reported: true,
  },
  // "said the new text now reflected most of what Ukraine needed", "adding that the updated plan
  // addresses the concerns of both sides": a text said to meet the speaker's side's needs.
  // Only the speaker's or both sides' needs: "reflects Russia's interests" is often a charge.
  {
    hint: /reflect|address|meets|take(?:s)? into account|took into account/i,
    re: /(?<!\bnot\s|\bnever\s|n['\u2019]t\s)\b(?:reflects|reflected|addresses|addressed|meets|met|takes\s+into\s+account|took\s+into\s+account)\s+(?:(?:most|much|all|many)\s+of\s+)?(?:what\s+(?:\p{Lu}\p{L}+|we|it|they)\s+(?:needed|needs|wanted|wants|asked\s+for)|our\s+(?:concerns|interests|needs|priorities)|(?:the\s+)?(?:concerns|interests|needs)\s+of\s+both\s+sides|both\s+sides['\u2019]\s+(?:concerns|interests|needs))\b/giu,
    stance: 'supports',
    where: 'before',
    reported: true,
  },
  // "Trump has given Zelensky until Thanksgiving to accept it": a deadline to take a text is an
  // ultimatum, a demand made of the other side (convention 6, "requires of others").
  {
    hint: /until|till/i,
    re: /\b(?:has\s+|had\s+)?(?:given|gave|gives)\s+(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3}(?:until|till)\s+[^.;,]{1,30}?to\s+(?:accept|sign|agree\s+to|approve|endorse)\s+(?<obj>[^.;,]{1,50})/gu,
    stance: 'demands',
    where: 'after',
  },
  // "said he expected Kyiv to accept the plan": a party counting on another to take a text backs it.
  {
    hint: /expect/i,
    re: /\bexpect(?:s|ed)?\s+(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3}to\s+(?:accept|sign|agree\s+to|approve|endorse)\s+(?<obj>[^.;,]{1,50})/gu,
    stance: 'supports',
    where: 'after',
  },
  // "Officials in Kyiv and Washington are still working from the revised framework"; "would not
  // work from it" refuses the text.
  {
    hint: /working from|work from/i,
    re: /(?<!\b(?:not|never)\s|n['\u2019]t\s)\b(?:working|work|works|worked)\s+from\s+(?<obj>[^.;,]{1,50})/giu,
    stance: 'supports',
    where: 'after',
  },
  {
    hint: /work from/i,
    re: /\b(?:not|never|n['\u2019]t)\s+work\s+from\s+(?<obj>[^.;,]{1,50})/giu,
    stance: 'rejects',
    where: 'after',
  },
  // "the delegation had agreed with the Americans on most points of the framework"
  {
    hint: /points of/i,
    re: /\bagreed\s+(?:with\s+[^.;,]{1,30}?\s+)?on\s+(?:most|all|nearly\s+all|almost\s+all|the\s+bulk|much)\s+(?:of\s+the\s+)?points\s+(?:of|in)\s+(?<obj>[^.;,]{1,50})/giu,
    stance: 'supports',
    where: 'after',
  },
  // "Russia would give its view only after hearing the Americans out", "would formulate its
  // position only after …": a verdict put off.
  {
    hint: /only (?:after|once|when)/i,
    re: /\b(?:would|will)\s+(?:only\s+)?(?:give|state|make\s+known|set\s+out|announce|offer|deliver|formulate|form|reach|take|define)\s+(?:its|their|his|her|a)\s+(?:\p{L}+\s+)?(?:view|position|verdict|assessment|answer|response)\s+(?:\p{L}+\s+)?only\s+(?:after|once|when)\b/giu,
    stance: 'undecided',
    where: 'focus',
  },
  // "as Russian officials weigh their reply": a verdict still being weighed (convention 6).
  {
    hint: /weigh/i,
    re: /\bweigh(?:s|ed|ing)?\s+(?:up\s+)?(?:their|its|his|her|a)\s+(?:\p{L}+\s+)?(?:reply|response|answer|verdict)\b/giu,
    stance: 'undecided',
    where: 'focus',
  },
  // "warned that if the new version strayed from what the presidents agreed, Russia would judge
  // it very differently": a verdict tied to the text keeping to a condition.
  {
    hint: /stray|depart|deviat|moved? away/i,
    re: /\bif\s+(?<obj>[^.;,]{1,40}?)\s+(?:strayed|strays|departed|departs|deviated|deviates|moved\s+away|moves\s+away)\s+from\b/giu,
    stance: 'conditional',
    where: 'after',
    reported: true,
  },
  // "accused European governments of trying to wreck the American effort with their
  // counter-proposal": a text charged with sinking the talks is opposed by whoever charges it.
  {
    hint: /accus/i,
    re: /\baccus(?:ed|es|ing)\s+[^.;]{1,60}?\s+of\s+(?:trying|seeking|attempting|wanting|working)\s+to\s+(?:wreck|derail|block|sabotage|undermine|torpedo|scupper|kill|disrupt)\b[^.;]{0,80}?\b(?:with|through|by\s+(?:putting\s+forward|tabling|proposing|drafting|presenting|floating))\s+(?<obj>[^.;,]{1,50})/giu,
    stance: 'opposes',
    where: 'after',
  },
  // "the amendments …, he said, were designed only to block the process"
  {
    hint: /designed|meant|intended/i,
    re: /\b(?:is|was|were|are)\s+(?:\p{L}+ly\s+)?(?:designed|meant|intended|aimed)\s+(?:only\s+|solely\s+|purely\s+|simply\s+)?to\s+(?:wreck|derail|block|sabotage|undermine|torpedo|scupper|kill|disrupt|stall|drag\s+out)\b/giu,
    stance: 'opposes',
    where: 'before',
    reported: true,
  },
  // "it saw nothing useful in the European amendments"
  {
    hint: /nothing/i,
    re: /\b(?:saw|sees|see|found|finds|find)\s+nothing\s+(?:useful|positive|constructive|acceptable|of\s+(?:use|value|interest)|new)\s+in\s+(?<obj>[^.;,]{1,50})/giu,
    stance: 'rejects',
    where: 'after',
  },
  // "said the European plan was entirely unconstructive and did not suit Russia"
  {
    hint: /unconstructive|unworkable|unhelpful|unacceptable|of no use|non-starter|dead on arrival/i,
    // An opening quotation mark may stand before the verdict ("was \u201ccompletely unconstructive\u201d").
    re: /\b(?:is|was|were|are|remains?|remained)\s+["\u201c]?(?:\p{L}+ly\s+)?(?:unconstructive|unworkable|unhelpful|unacceptable|of\s+no\s+use|a\s+non-starter|dead\s+on\s+arrival)\b/giu,
    stance: 'rejects',
    where: 'before',
    reported: true,
  },
  // "Moscow has been noncommittal", "officials were noncommittal on the details"
  {
    hint: /non-?committal/i,
    re: /\b(?:is|was|were|are|has\s+been|have\s+been|had\s+been|remains?|remained)\s+(?:\p{L}+ly\s+)?non-?committal\b/giu,
    stance: 'undecided',
    where: 'focus',
  },
  // "has not committed to signing it", "had not yet decided whether to accept the text"
  {
    hint: /not (?:yet )?(?:committed|decided|agreed)/i,
    re: /\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:committed|decided|agreed)\s+(?:to|whether\s+to)\s+(?:sign(?:ing)?|accept(?:ing)?|back(?:ing)?|endors(?:e|ing))\b/giu,
    stance: 'undecided',
    where: 'after',
  },
  // "Moscow had seen only fragments of the revised text": a partial look, no verdict yet.
  {
    hint: /only (?:fragments|parts|pieces|portions|excerpts|bits)/i,
    re: /\b(?:has|have|had)\s+(?:seen|been\s+shown|received|been\s+given)\s+only\s+(?:fragments|parts|pieces|portions|excerpts|bits)\s+of\b/giu,
    stance: 'undecided',
    where: 'after',
  },
  // "he had not yet studied the European document"
  {
    hint: /not (?:yet )?(?:studied|read|reviewed|examined)/i,
    re: /\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:studied|read|reviewed|examined)\b/giu,
    stance: 'undecided',
    where: 'after',
  },
  // "a strong framework that Washington stood behind"
  {
    hint: / behind/,
    re: /\b(?:that|which)\s+(?<holder>[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2})\s+(?:stood|stands|stand|would\s+stand)\s+behind\b/gu,
    stance: 'supports',
    where: 'before',
    holderAfter: true,
  },
  // "would engage with the revised document only if it kept …"
  {
    hint: /engage with|work with|(?:would|will|could) (?:only )?(?:sign|accept|back|endorse)/i,
    re: /\b(?:would|will|could)\s+(?:only\s+)?(?:engage\s+with|work\s+with|sign|accept|back|endorse)\s+(?<obj>[^.;]{0,60}?)\s*,?\s+(?:only\s+)?(?:if|provided|as\s+long\s+as|on\s+condition)\b/giu,
    stance: 'conditional',
    where: 'after',
  },
];
