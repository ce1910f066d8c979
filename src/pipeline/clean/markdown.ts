/**
 * Markdown remnants. Scrapers often emit markdown (or half of it) even for "plain text" pages, so these
 * rules run for every format: a line is parsed into its visible text plus the structural facts the
 * line classifier needs (heading, list item, link-only, image).
 */

export interface MdLine {
  /** Visible text: links reduced to their label, emphasis markers and heading/bullet markers removed. */
  readonly text: string;
  /** 1–6 for "# " headings, 0 otherwise. */
  readonly heading: number;
  /** 'bullet' for "- x" / "* x" / "• x", 'number' for "1. x" / "1) x". */
  readonly list: 'bullet' | 'number' | null;
  /** The line consisted only of links (and separators): a menu, a share bar, a related-links item. */
  readonly linkOnly: boolean;
  /** The line was a markdown image: its alt text (a caption, not article text). */
  readonly image: string | null;
}

const IMAGE = /!\[([^\]]*)\]\([^)]*\)/g;
const LINK = /\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g;
const REF_LINK = /\[([^\]]+)\]\[[^\]]*\]/g;
const SEPARATORS = /^[\s|·•/,;:–—-]*$/;

/** Remove **bold**, __bold__ and *italic* markers, keeping the words. */
export function stripEmphasis(text: string): string {
  if (!text.includes('*') && !text.includes('__')) return text;
  return (
    text
      .replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '$1')
      .replace(/__(?=\S)([^_]*?\S)__/g, '$1')
      // Single asterisks only when they hug words, so "marked *" or "5 * 3" survive.
      .replace(/(^|[\s([{"“'‘])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?=$|[\s)\]}.,;:!?"”'’])/g, '$1$2')
      .replace(/\*\*/g, '')
  );
}

/** Parse one (already whitespace-normalized) line. */
export function parseMdLine(line: string): MdLine {
  let s = line;
  let heading = 0;
  let list: MdLine['list'] = null;
  const h = /^(#{1,6})\s+(.*?)\s*#*$/.exec(s);
  if (h) {
    heading = (h[1] ?? '').length;
    s = h[2] ?? '';
  }
  s = s.replace(/^(>\s?)+/, '');
  const bullet = /^[-*+•]\s+(.*)$/.exec(s);
  if (bullet && !/^\*\*/.test(s)) {
    list = 'bullet';
    s = bullet[1] ?? '';
  } else if (/^\d{1,3}[.)]\s+\S/.test(s)) {
    list = 'number';
  }
  let image: string | null = null;
  if (s.includes('![')) {
    const withoutImages = s.replace(IMAGE, (_m, alt: string) => {
      image = image === null ? alt : `${image} ${alt}`;
      return '';
    });
    if (withoutImages.trim() === '') return { text: '', heading, list, linkOnly: false, image: image ?? '' };
    s = withoutImages;
  }
  let linkOnly = false;
  if (s.includes('](') || s.includes('][')) {
    const withoutLinks = s.replace(LINK, '').replace(REF_LINK, '');
    linkOnly = SEPARATORS.test(withoutLinks);
    s = s.replace(LINK, '$1').replace(REF_LINK, '$1');
  }
  s = stripEmphasis(s).replace(/ {2,}/g, ' ').trim();
  // A whole-line emphasis wrapper that stripEmphasis could not pair (e.g. "*Photo: ...*").
  if (/^\*[^*]+\*$/.test(s) || /^_[^_]+_$/.test(s)) s = s.slice(1, -1).trim();
  return { text: s, heading, list, linkOnly, image };
}

/** The delimiter row under a markdown table's header: "|---|:---:|", "--- | ---". */
const TABLE_DELIMITER = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;

/**
 * Markdown tables: which lines are rows ('row') and which is the delimiter under the header ('delimiter').
 * A table is known by its delimiter row (as in GitHub-flavoured markdown): the line above it is the header
 * and the lines below it, up to the first line without a "|", are the rows. A line of items separated by
 * pipes without a delimiter under it ("News | Sport | Weather") is a menu, not a table. One pass.
 */
export function tableLines(lines: readonly string[]): Map<number, 'row' | 'delimiter'> {
  const out = new Map<number, 'row' | 'delimiter'>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line.includes('-') || !line.includes('|') || !TABLE_DELIMITER.test(line)) continue;
    if (!(lines[i - 1] as string).includes('|')) continue;
    out.set(i - 1, 'row');
    out.set(i, 'delimiter');
    let k = i + 1;
    while (k < lines.length && (lines[k] as string).includes('|')) out.set(k++, 'row');
    i = k - 1;
  }
  return out;
}

/** A table row's visible text: the cells between the pipes, joined by " | " (outer pipes dropped). */
export function tableRowText(line: string): string {
  return line
    .replace(/^\s*\|/, '')
    .replace(/\|\s*$/, '')
    .split('|')
    .map((c) => c.trim())
    .join(' | ');
}
