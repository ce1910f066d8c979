/** Why a piece of the input was removed by the cleaner; stable codes, shown to users. */
export type RemovalReason =
  | 'chrome' // logos, site names, bylines-only lines, section labels
  | 'navigation' // menus, section lists, link-only lines
  | 'advertisement'
  | 'prompt' // share / subscribe / follow / sign in / comment prompts, "Read more"
  | 'related' // "Most popular", "Up next", "Related", "Similar news" blocks and what follows
  | 'footer' // legal links, copyright, terms
  | 'caption' // photo captions and credits (kept apart in `captions`)
  | 'duplicate' // a paragraph repeated verbatim
  | 'empty';

export interface Removed {
  readonly text: string;
  readonly reason: RemovalReason;
}

export interface CleanResult {
  /** The article: paragraphs separated by exactly one blank line ("\n\n"), no trailing whitespace. */
  readonly text: string;
  /** A headline found at the top of the body, if any (it stays in `text` as the first paragraph). */
  readonly title: string | null;
  readonly removed: readonly Removed[];
  readonly captions: readonly string[];
  /**
   * Date/time stamp lines removed from the body ("Updated 21 Nov 2025, 09:14 GMT", "2025-11-26 18:40:00"):
   * a hint for publication-date inference when an article has no date metadata. (Additive field.)
   */
  readonly stamps?: readonly string[];
}
