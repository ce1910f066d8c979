/**
 * Types shared by every layer. Pipeline stages take and return these as plain, immutable data:
 * no stage reads the database, the clock or a global.
 */

/** A slice of a document's clean text. `text` is exactly `cleanText.slice(start, end)`. */
export interface Span {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The contract's Date: "YYYY-MM-DD" | "YYYY-MM" | "YYYY" | "YYYY-Www" | a range. */
export type DateValue = string | { readonly from: DateValue; readonly to: DateValue };

/** Where a document's publication date came from. */
export type PublishedSource = 'given' | 'metadata' | 'inferred';

/** A document-level flag (misspelt names, unreliable source, garbled text...). */
export interface DocFlag {
  readonly kind: string;
  readonly detail: string;
  readonly evidence: readonly Span[];
}

/** What an input reader produced from one article, before cleaning. */
export interface RawArticle {
  /** The path or URL it was ingested from (for JSONL: `file.jsonl#L3`). */
  readonly source: string;
  /** The body as read: plain text, markdown, or text extracted from HTML (paragraphs split by blank lines). */
  readonly body: string;
  readonly format: 'text' | 'markdown' | 'html';
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  /** "YYYY-MM-DD" when known from metadata or the command line. */
  readonly published: string | null;
  readonly publishedSource: PublishedSource | null;
  /** Photo captions the reader already took out of the body (HTML figcaptions). */
  readonly captions?: readonly string[];
}

export type ActorKind = 'person' | 'organization' | 'state' | 'bloc' | 'group';
