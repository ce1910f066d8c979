/**
 * Related-content blocks. A heading such as "Most popular" (or "Most read in News", with the section), "Related", "Up next", "Similar news",
 * "More from …" or "Trending" announces a list of other stories; the list and whatever trails it
 * (menus, footers) are not the article. The block ends only when a real paragraph of prose resumes,
 * which is how a related box in the middle of an article is skipped without losing the text after it.
 */

import { wordCount } from './normalize.ts';

const RELATED_HEADING =
  /^(?:most (?:popular|read|viewed|shared|commented|watched)(?: (?:now|today|stories|articles|news|this week))?(?: (?:in|on|from|across) (?:the )?\p{L}+(?: \p{L}+)?)?|(?:more )?related(?: (?:stories|articles|content|news|coverage|topics|links|reading|posts|videos|research|publications|reports|papers|analysis|insights))?|read (?:next|also)|up next|next (?:article|story|post)|what to read next|more (?:from|on|in|about|stories|news|top stories|to read|like this)(?:\b.*)?|more (?:\p{L}+ ){0,2}(?:reads|stories|articles|videos|podcasts|explainers|analysis)|other (?:stories|news)|similar (?:news|stories|articles|posts)|trending(?: (?:now|news|stories|topics|today))?|recommended(?: (?:for you|stories|reading|articles))?|you (?:may|might) (?:also )?(?:like|be interested in|have missed)(?: this| these)?|editor['’]?s (?:picks|choice)|latest (?:news|stories|headlines|articles|videos)|top (?:stories|news|headlines)|in case you missed it|don['’]?t miss|further reading|also read|see also|(?:also )?on (?:this|the same) (?:topic|subject|story|issue)|read (?:the |our )?(?:latest|more) (?:on|about)\b.*|popular (?:now|stories|today)|must read|explore more|read more|keep reading|(?:more )?(?:from )?around the web|from the web|(?:sponsored|promoted|partner) (?:stories|links|content|offers))$/iu;

/** Does this line open a related-content block? Strips ":" and decorations first. */
export function isRelatedHeading(text: string): boolean {
  if (text.length > 80) return false;
  const bare = text.replace(/^[\s#*_\-–—•|]+|[\s:*_\-–—•|.]+$/g, '');
  return wordCount(bare) <= 7 && RELATED_HEADING.test(bare);
}

/**
 * A comments section: "18 comments", "Comments (4)", "Join the discussion", "Reader comments", "Discussion
 * about this post". Only after
 * the article has begun does it open a block (the readers' posts); at the top of the page the same words
 * are a counter in the share bar, and the line rules remove them as a prompt.
 */
const COMMENTS_HEADING =
  /^(?:\d+\s+)?(?:reader )?comments?(?:\s*\(\d+\)|\s+\d+)?$|^(?:join|start) the (?:discussion|conversation|debate)$|^(?:show|view|load|read) (?:all |more )?comments(?: \(\d+\))?$|^what do you think\?$|^(?:discussion|conversation|comments) (?:about|on) this (?:post|article|story|piece)$/i;

export function isCommentsHeading(text: string): boolean {
  if (text.length > 40) return false;
  return COMMENTS_HEADING.test(text.replace(/^[\s#*_\-–—•|]+|[\s:*_\-–—•|.]+$/g, ''));
}

/**
 * A box that is all chrome, heading and lines together, with no blank line inside ("Cite this article" /
 * the citation / "Copy citation"; "About the author" / the bio; "Upcoming event" / the event). Its lines
 * read as prose, so the box ends with its block rather than where prose resumes.
 */
const BOX_HEADING =
  /^(?:cite this (?:article|page|publication|commentary|report|paper|piece|analysis)|how to cite(?: this)?(?: (?:article|page|publication|report))?|upcoming events?|about the (?:authors?|writers?|contributors?))$/i;

export function isBoxHeading(text: string): boolean {
  return text.length <= 40 && BOX_HEADING.test(text.replace(/^[\s#*_\-–—•|]+|[\s:*_\-–—•|.]+$/g, ''));
}

/**
 * A pointer to the page's next story ("Next article", "Up next", "Read next"): sites that load the next
 * story under this one put it right after such a heading, header and all.
 */
const NEXT_STORY = /^(?:next (?:article|story|post)|up next|read next)$/i;

export function isNextStoryHeading(text: string): boolean {
  return text.length <= 30 && NEXT_STORY.test(text.replace(/^[\s#*_\-–—•|]+|[\s:*_\-–—•|.]+$/g, ''));
}

/** "Related: Some other headline", "Also Read | Some other headline" — one item announced inline. */
export function isInlineRelated(text: string): boolean {
  return (
    /^(?:related(?: (?:story|stories|article|articles|content|coverage|reading|video))?|read (?:more|also|next)|see also|also read|more|recommended|watch|listen|sponsored|promoted)\s*[:|»›]\s*\S/i.test(
      text,
    ) && wordCount(text) <= 25
  );
}

/** A line that ends a related block: an unmistakable paragraph of article prose. */
export function resumesProse(text: string, isListItem: boolean): boolean {
  if (isListItem) return false;
  const words = wordCount(text);
  return words >= 20 && /[.!?]["”’)]?$/.test(text) && /\p{Ll}/u.test(text);
}
