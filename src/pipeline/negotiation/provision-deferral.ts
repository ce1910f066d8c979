import type { ListedPoints } from './provision-listed.ts';
import { DEFERRAL_RE, DEFERRAL_TAG } from './provision-status.ts';

/**
 * Open points handed on: "the points still open, among them territory and the army's size, will
 * be settled by the two presidents", "the remaining issues, including Donbas, are left to a later
 * summit". The sentence names no version, yet it says how the text under discussion treats those
 * points: they are in it only as questions left open, a change with no removal stated (annotation
 * convention 9). The subject must be such a set of points, so "Ukraine's territory will be
 * discussed by the two presidents" (no open-points subject) says nothing of a text.
 */
const OPEN_POINTS_RE =
  /\b(?:(?:points?|issues?|questions?|matters?|differences|disputes|sticking\s+points|details)\s+(?:that\s+(?:are|remain)\s+|still\s+|yet\s+)?(?:open|outstanding|unresolved|unsettled|undecided|in\s+dispute|left\s+(?:open|over))|(?:remaining|outstanding|unresolved|open|last|thorniest|hardest)\s+(?:points|issues|questions|matters|differences|disputes|sticking\s+points))\b/iu;

/** The cues between the open-points subject and the deferral: changed in the text under discussion. */
export function openPointsDeferred(text: string, sStart: number, sEnd: number): ListedPoints | null {
  const stext = text.slice(sStart, sEnd);
  const open = OPEN_POINTS_RE.exec(stext);
  const defer = DEFERRAL_RE.exec(stext);
  if (!open || !defer || defer.index < open.index) return null;
  // "Zelensky said the points still open will be settled …": a party's report is still the text's
  // news; a party's own wish ("Kyiv wants the remaining issues settled by …") is not.
  if (/\b(?:wants?|wanted|hopes?|hoped|would\s+like|proposes?|proposed|insists?|insisted)\b/iu.test(stext))
    return null;
  return {
    from: sStart + open.index,
    to: sStart + defer.index,
    status: 'changed',
    rule: `provision:open-points${DEFERRAL_TAG}`,
  };
}
