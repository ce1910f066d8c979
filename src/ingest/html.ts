/**
 * HTML pages → article text and metadata. The article is found by @mozilla/readability (the reader-view
 * algorithm) over a linkedom document; metadata comes from the usual tags (Open Graph, article:*,
 * canonical link, JSON-LD NewsArticle, <time>). The body is rebuilt from Readability's block elements,
 * one paragraph per block separated by blank lines, with "## " before subheadings and "- " / "1. " before
 * list items so that the cleaner (src/pipeline/clean) sees the same structure it sees in markdown.
 * Figure captions are taken out of the body and returned in `captions`.
 */

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  readonly body: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  /** YYYY-MM-DD as written in the page (the publisher's local date), or null. */
  readonly published: string | null;
  /** Figure captions removed from the body (additive field). */
  readonly captions: readonly string[];
}

// linkedom's DOM types are structurally close to lib.dom's but not identical; we only use a small part.
type El = {
  tagName: string;
  textContent: string | null;
  parentElement: El | null;
  getAttribute(name: string): string | null;
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): Iterable<El> & ArrayLike<El>;
  closest(sel: string): El | null;
  remove(): void;
};
type Doc = {
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): ArrayLike<El> & Iterable<El>;
  body: El | null;
  title: string;
};

const BLOCKS = 'p,h1,h2,h3,h4,h5,h6,li,blockquote,pre,dt,dd,figcaption,td';
const CHROME = 'script,style,noscript,template,svg,iframe,form,button,nav,header,footer,aside';

export function extractHtml(html: string, source: string): HtmlArticle {
  const doc = load(html);
  const jsonLd = readJsonLd(doc);
  const siteName =
    meta(doc, 'og:site_name') ?? jsonLd.publisher ?? meta(doc, 'application-name') ?? jsonLd.site;
  const title =
    meta(doc, 'og:title') ??
    meta(doc, 'twitter:title') ??
    jsonLd.headline ??
    titleTag(doc, siteName) ??
    text(doc.querySelector('h1'));
  const url = attr(doc.querySelector('link[rel="canonical"]'), 'href') ?? meta(doc, 'og:url') ?? jsonLd.url;
  const published =
    toDay(meta(doc, 'article:published_time')) ??
    toDay(jsonLd.datePublished) ??
    toDay(
      attr(doc.querySelector('[itemprop="datePublished"]'), 'content') ??
        attr(doc.querySelector('[itemprop="datePublished"]'), 'datetime'),
    ) ??
    toDay(attr(doc.querySelector('article time[datetime], time[pubdate], time[datetime]'), 'datetime')) ??
    toDay(
      meta(doc, 'date') ??
        meta(doc, 'pubdate') ??
        meta(doc, 'publishdate') ??
        meta(doc, 'dc.date') ??
        meta(doc, 'dc.date.issued') ??
        meta(doc, 'parsely-pub-date') ??
        meta(doc, 'sailthru.date'),
    );

  let blocks: { body: string; captions: string[] } = { body: '', captions: [] };
  try {
    // Readability mutates the document it is given; metadata has been read above.
    const reader = new Readability(doc as unknown as Document, {
      serializer: (el: Node) => el,
      charThreshold: 200,
    });
    const article = reader.parse() as { content: unknown; title?: string | null } | null;
    if (article?.content) blocks = walk(article.content as El);
  } catch {
    // Readability can give up on odd markup; fall back to the page body below.
  }
  if (blocks.body.trim() === '') {
    const fallback = load(html);
    for (const el of Array.from(fallback.querySelectorAll(CHROME))) el.remove();
    if (fallback.body) blocks = walk(fallback.body);
  }
  if (blocks.body.trim() === '') throw new Error(`no article text found in HTML (${source})`);
  return { body: blocks.body, title, outlet: siteName, url, published, captions: blocks.captions };
}

function load(html: string): Doc {
  // linkedom needs a full document to give us <head> and <body>; fragments are wrapped.
  const full = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(full).document as unknown as Doc;
}

/** Leaf block elements in document order → paragraphs. */
function walk(root: El): { body: string; captions: string[] } {
  const paragraphs: string[] = [];
  const captions: string[] = [];
  const all = Array.from(root.querySelectorAll(BLOCKS));
  for (const el of all) {
    if (el.closest('script,style,noscript,template')) continue;
    const tag = el.tagName.toLowerCase();
    // A block holding other blocks (a <li> with <p>s, or a <p> that a lenient parser nested another <p>
    // into) contributes only its own loose text; the inner blocks come next in document order.
    const nested = tag !== 'figcaption' && el.querySelector(BLOCKS) !== null;
    const t = nested ? ownText(el) : text(el);
    if (!t) continue;
    if (tag === 'figcaption' || el.closest('figure')) {
      if (tag === 'figcaption' || !el.closest('figure')?.querySelector('figcaption')) captions.push(t);
      continue;
    }
    if (/^h[1-6]$/.test(tag)) paragraphs.push(`## ${t}`);
    else if (tag === 'li') {
      const parent = el.parentElement;
      if (parent?.tagName.toLowerCase() === 'ol') {
        const index = Array.from(parent.querySelectorAll(':scope > li')).indexOf(el);
        paragraphs.push(`${index + 1}. ${t}`);
      } else paragraphs.push(`- ${t}`);
    } else paragraphs.push(t);
  }
  if (paragraphs.length === 0) {
    const loose = (root.textContent ?? '')
      .split(/\n\s*\n/)
      .map(squash)
      .filter((p) => p !== '');
    paragraphs.push(...loose);
  }
  return { body: paragraphs.join('\n\n'), captions };
}

/** Text of an element that is not inside one of its descendant block elements. */
function ownText(el: El): string | null {
  let out = '';
  const visit = (node: { childNodes?: ArrayLike<unknown> }): void => {
    for (const child of Array.from(node.childNodes ?? []) as Array<{
      nodeType: number;
      textContent: string | null;
      tagName?: string;
      childNodes?: ArrayLike<unknown>;
    }>) {
      if (child.nodeType === 3) out += child.textContent ?? '';
      else if (child.nodeType === 1 && !BLOCK_TAGS.has((child.tagName ?? '').toLowerCase())) visit(child);
    }
  };
  visit(el as unknown as { childNodes?: ArrayLike<unknown> });
  const t = squash(out);
  return t === '' ? null : t;
}

const BLOCK_TAGS = new Set(BLOCKS.split(','));

function squash(s: string): string {
  return s.replace(/[\s\u00A0]+/g, ' ').trim();
}

function text(el: El | null): string | null {
  if (!el) return null;
  const t = squash(el.textContent ?? '');
  return t === '' ? null : t;
}

function attr(el: El | null, name: string): string | null {
  const v = el?.getAttribute(name);
  return v && v.trim() !== '' ? v.trim() : null;
}

function meta(doc: Doc, key: string): string | null {
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const k = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    if (k === key) {
      const v = el.getAttribute('content');
      if (v && v.trim() !== '') return squash(v);
    }
  }
  return null;
}

/** <title> without a trailing " | Site name" / " - Site name". */
function titleTag(doc: Doc, site: string | null): string | null {
  const t = text(doc.querySelector('head title') ?? doc.querySelector('title'));
  if (!t) return null;
  const parts = t.split(/\s+[|–—-]\s+/);
  if (parts.length > 1) {
    const last = parts[parts.length - 1] ?? '';
    if ((site && last.toLowerCase() === site.toLowerCase()) || last.split(' ').length <= 3)
      return parts.slice(0, -1).join(' - ');
  }
  return t;
}

interface LdFacts {
  headline: string | null;
  datePublished: string | null;
  publisher: string | null;
  site: string | null;
  url: string | null;
}

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|WebPage|Report)$/;

/** JSON-LD blocks, including @graph arrays; a broken block is skipped, not fatal. */
function readJsonLd(doc: Doc): LdFacts {
  const facts: LdFacts = { headline: null, datePublished: null, publisher: null, site: null, url: null };
  const nodes: Record<string, unknown>[] = [];
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) collect(x);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      nodes.push(o);
      if (o['@graph']) collect(o['@graph']);
    }
  };
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(el.textContent ?? ''));
    } catch {
      // Publishers ship invalid JSON-LD often enough; ignore that block.
    }
  }
  const types = (o: Record<string, unknown>) => ([] as unknown[]).concat(o['@type'] ?? []).map(String);
  const articles = nodes.filter((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
  // Prefer real articles over WebPage.
  articles.sort((a, b) => Number(types(a).includes('WebPage')) - Number(types(b).includes('WebPage')));
  for (const a of articles) {
    facts.headline ??= str(a.headline) ?? str(a.name);
    facts.datePublished ??= str(a.datePublished) ?? str(a.dateCreated);
    facts.url ??= str(a.url) ?? str(a.mainEntityOfPage);
    const pub = a.publisher;
    if (pub && typeof pub === 'object') facts.publisher ??= str((Array.isArray(pub) ? pub[0] : pub)?.name);
  }
  const site = nodes.find((o) => types(o).includes('WebSite'));
  if (site) facts.site = str(site.name);
  return facts;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? squash(v) : null;
}

/** The calendar date as the publisher wrote it: "2025-11-26T07:30:00+04:00" → "2025-11-26". */
export function toDay(v: string | null | undefined): string | null {
  if (!v) return null;
  const s = v.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  if (!/\d{4}/.test(s)) return null;
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
