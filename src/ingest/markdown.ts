/**
 * Markdown articles with optional YAML front matter (title, outlet, url, published). The body is
 * returned as written: markdown remnants are the cleaner's job (src/pipeline/clean), so that .md and
 * scraped .txt go through the same rules.
 */

import { parse as parseYaml } from 'yaml';

export interface MarkdownArticle {
  readonly body: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  /** YYYY-MM-DD, or null. */
  readonly published: string | null;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function parseMarkdown(md: string): MarkdownArticle {
  const m = FRONT_MATTER.exec(md);
  if (!m) {
    if (/^\uFEFF?---[ \t]*\r?\n/.test(md) && !/\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.test(md.slice(3))) {
      throw new Error('front matter: opening "---" has no closing "---"');
    }
    return { body: md.replace(/^\uFEFF/, ''), title: null, outlet: null, url: null, published: null };
  }
  let data: unknown;
  try {
    data = parseYaml(m[1] ?? '');
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new Error(`front matter: invalid YAML (${why})`);
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new Error('front matter: expected a mapping of keys (title, outlet, url, published)');
  }
  const meta = (data ?? {}) as Record<string, unknown>;
  return {
    body: md.slice(m[0].length),
    title: text(meta, 'title'),
    outlet: text(meta, 'outlet') ?? text(meta, 'source') ?? text(meta, 'publisher'),
    url: text(meta, 'url') ?? text(meta, 'canonical'),
    published: date(meta.published ?? meta.date),
  };
}

function text(meta: Record<string, unknown>, key: string): string | null {
  const v = meta[key];
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number') {
    const s = String(v).trim();
    return s === '' ? null : s;
  }
  throw new Error(`front matter: "${key}" must be text, got ${Array.isArray(v) ? 'a list' : typeof v}`);
}

/** YAML turns an unquoted 2025-11-21 into a Date (UTC midnight); quoted dates stay strings. */
function date(v: unknown): string | null {
  if (v === undefined || v === null || v === '') return null;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw new Error('front matter: "published" is not a valid date');
    return v.toISOString().slice(0, 10);
  }
  if (typeof v === 'string') {
    const s = v.trim();
    const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(s);
    if (iso && validDay(Number(iso[1]), Number(iso[2]), Number(iso[3])))
      return `${iso[1]}-${iso[2]}-${iso[3]}`;
    const parsed = new Date(s);
    if (!/\d{4}/.test(s) || Number.isNaN(parsed.getTime())) {
      throw new Error(`front matter: "published" is not a date: ${JSON.stringify(s)}`);
    }
    // A free-form date ("November 21, 2025") is parsed as local midnight: read it back the same way.
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
  }
  throw new Error(`front matter: "published" must be a date, got ${typeof v}`);
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
