import { createHash } from 'node:crypto';
import type { PublishedSource, RawArticle } from '../core/types.ts';
import { minhash, words } from '../corpus/minhash.ts';
import { clean } from '../pipeline/clean/index.ts';
import type { Removed } from '../pipeline/clean/types.ts';

/** Values from the command line that override what the inputs say about themselves. */
export interface Overrides {
  readonly date?: string | undefined;
  readonly outlet?: string | undefined;
  readonly url?: string | undefined;
  readonly title?: string | undefined;
}

/** A cleaned article with its identity, ready to analyse and store. */
export interface PreparedDoc {
  readonly id: string;
  readonly source: string;
  readonly format: RawArticle['format'];
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly publishedSource: PublishedSource | null;
  readonly text: string;
  readonly words: number;
  readonly removed: readonly Removed[];
  readonly captions: readonly string[];
  /** Date and time lines the cleaner removed from the body: evidence for the publication date. */
  readonly stamps: readonly string[];
  readonly minhash: number[];
}

/**
 * What makes two texts the same article: case, whitespace, quote and dash styles and Unicode
 * compatibility forms do not count.
 */
export function normalizeForIdentity(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function documentId(cleanText: string): string {
  return createHash('sha256').update(normalizeForIdentity(cleanText)).digest('hex').slice(0, 16);
}

/** Clean one article and give it its identity. Pure. Throws when nothing of the article is left. */
export function prepare(raw: RawArticle, overrides: Overrides = {}): PreparedDoc {
  const cleaned = clean(raw.body, raw.format);
  if (cleaned.text.trim() === '') throw new Error('no article text left after removing boilerplate');
  const published = overrides.date ?? raw.published;
  return {
    id: documentId(cleaned.text),
    source: raw.source,
    format: raw.format,
    title: overrides.title ?? raw.title ?? cleaned.title,
    outlet: overrides.outlet ?? raw.outlet,
    url: overrides.url ?? raw.url,
    published,
    publishedSource: overrides.date ? 'given' : published ? (raw.publishedSource ?? 'metadata') : null,
    text: cleaned.text,
    words: words(cleaned.text).length,
    removed: cleaned.removed,
    captions: [...(raw.captions ?? []), ...cleaned.captions],
    stamps: cleaned.stamps ?? [],
    minhash: minhash(cleaned.text),
  };
}
