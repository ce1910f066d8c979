import type { ProposalMention } from './types.ts';

/**
 * "In its first form the plan would have obliged Kyiv …", "the framework, in its original version,
 * capped …": a revised text named together with "its first form" speaks of the version it
 * revises, not of itself. The mention is read as that earlier version (the text's own link, else
 * the pack's); a mention with no earlier version known stays as it is.
 */
const FORM_NOUN = String.raw`(?:form|version|draft|incarnation|shape|iteration|wording)`;
const FORM_ADJ = String.raw`(?:first|original|earliest|initial|earlier|old|leaked)`;
const FORM_BEFORE_RE = new RegExp(
  String.raw`\b(?:in|under)\s+its\s+${FORM_ADJ}\s+${FORM_NOUN}\s*,?\s*$`,
  'iu',
);
const FORM_AFTER_RE = new RegExp(
  String.raw`^\s*,?\s*(?:in|under)\s+its\s+${FORM_ADJ}\s+${FORM_NOUN}\b`,
  'iu',
);

export function withEarlierForms(
  text: string,
  mentions: readonly ProposalMention[],
  earlierOf: (key: string) => string | null,
): ProposalMention[] {
  return mentions.map((mn) => {
    const before = text.slice(Math.max(0, mn.start - 40), mn.start);
    if (!FORM_BEFORE_RE.test(before) && !FORM_AFTER_RE.test(text.slice(mn.end, mn.end + 40))) return mn;
    const earlier = earlierOf(mn.proposal);
    return earlier ? { ...mn, proposal: earlier, revised: false } : mn;
  });
}
