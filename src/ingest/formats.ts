import { extname } from 'node:path';
import { z } from 'zod';
import type { RawArticle } from '../core/types.ts';
import { normalizeDate } from './dates.ts';
import { InputError } from './errors.ts';
import { extractHtml } from './html.ts';
import { parseMarkdown } from './markdown.ts';

export type Format = 'text' | 'markdown' | 'html' | 'jsonl';

export const EXTENSIONS: Readonly<Record<string, Format>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The format of a path by its extension, or by sniffing the text when the extension says nothing. */
export function formatOf(path: string, text: string): Format {
  const byExt = EXTENSIONS[extname(path).toLowerCase()];
  if (byExt) return byExt;
  const head = text.trimStart().slice(0, 500);
  if (/^<(!doctype html|html|head|body|article|div|p)\b/i.test(head)) return 'html';
  if (/^---\r?\n/.test(text)) return 'markdown';
  if (
    /^\{"/.test(head) &&
    text
      .trim()
      .split('\n')
      .every((l) => l.trim() === '' || l.trim().startsWith('{'))
  )
    return 'jsonl';
  return 'text';
}

const JsonlArticle = z
  .object({
    text: z.string().optional(),
    html: z.string().optional(),
    title: z.string().nullish(),
    outlet: z.string().nullish(),
    url: z.string().nullish(),
    published: z.string().nullish(),
  })
  .refine((a) => (a.text ?? a.html ?? '').trim() !== '', {
    message: 'needs a non-empty "text" or "html" field',
  });

export interface ReadResult {
  readonly articles: RawArticle[];
  /** Problems with parts of the input (a bad JSONL line); the other parts are still read. */
  readonly errors: InputError[];
}

function article(
  source: string,
  body: string,
  format: RawArticle['format'],
  meta: { title?: string | null; outlet?: string | null; url?: string | null; published?: unknown },
): RawArticle {
  const published = normalizeDate(meta.published);
  return {
    source,
    body,
    format,
    title: meta.title?.trim() || null,
    outlet: meta.outlet?.trim() || null,
    url: meta.url?.trim() || null,
    published,
    publishedSource: published ? 'metadata' : null,
  };
}

function fromHtml(source: string, html: string): RawArticle {
  let extracted: ReturnType<typeof extractHtml>;
  try {
    extracted = extractHtml(html, source);
  } catch (e) {
    throw new InputError(source, (e as Error).message);
  }
  return { ...article(source, extracted.body, 'html', extracted), captions: extracted.captions ?? [] };
}

/** Reads every article one input holds (one, or one a line for JSONL). */
export function readArticles(source: string, text: string, format: Format): ReadResult {
  switch (format) {
    case 'text':
      return { articles: [article(source, text, 'text', {})], errors: [] };
    case 'markdown': {
      let md: ReturnType<typeof parseMarkdown>;
      try {
        md = parseMarkdown(text);
      } catch (e) {
        throw new InputError(source, (e as Error).message);
      }
      return { articles: [article(source, md.body, 'markdown', md)], errors: [] };
    }
    case 'html':
      return { articles: [fromHtml(source, text)], errors: [] };
    case 'jsonl':
      return readJsonl(source, text);
  }
}

function readJsonl(source: string, text: string): ReadResult {
  const articles: RawArticle[] = [];
  const errors: InputError[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${source}#L${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      errors.push(new InputError(where, `invalid JSON (${(e as Error).message})`));
      return;
    }
    const parsed = JsonlArticle.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push(
        new InputError(where, `${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}`),
      );
      return;
    }
    const a = parsed.data;
    try {
      articles.push(
        a.text?.trim() ? article(where, a.text, 'text', a) : { ...fromHtml(where, a.html ?? ''), ...meta(a) },
      );
    } catch (e) {
      errors.push(e instanceof InputError ? e : new InputError(where, (e as Error).message));
    }
  });
  if (articles.length === 0 && errors.length === 0)
    throw new InputError(source, 'no articles in this JSONL file');
  return { articles, errors };
}

/** JSONL fields win over what the HTML's own meta tags say. */
function meta(a: z.infer<typeof JsonlArticle>): Partial<RawArticle> {
  const out: Record<string, unknown> = {};
  if (a.title) out.title = a.title;
  if (a.outlet) out.outlet = a.outlet;
  if (a.url) out.url = a.url;
  const published = normalizeDate(a.published);
  if (published) {
    out.published = published;
    out.publishedSource = 'metadata';
  }
  return out as Partial<RawArticle>;
}
