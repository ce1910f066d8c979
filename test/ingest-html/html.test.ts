import { describe, expect, it } from 'vitest';
import { extractHtml, toDay } from '../../src/ingest/html.ts';

const para = (s: string) =>
  `<p>${s} Officials in both capitals said the talks would continue next week, and that the remaining differences concerned territory and the size of the army.</p>`;

const page = `<!doctype html><html><head>
<title>Envoys meet in Abu Dhabi | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times">
<meta property="og:title" content="Envoys meet Russian officials in Abu Dhabi">
<meta property="article:published_time" content="2025-11-25T23:30:00-05:00">
<link rel="canonical" href="https://harbour.example/abu-dhabi">
</head><body>
<header><nav><a href="/">Home</a><a href="/world">World</a></nav></header>
<article><h1>Envoys meet Russian officials in Abu Dhabi</h1>
${para('Army Secretary Dan Driscoll held talks with a Russian delegation on Monday.')}
<figure><img src="a.jpg"><figcaption>Dan Driscoll in Kyiv on Nov. 20. (AP Photo/Jan Novak)</figcaption></figure>
${para('The Kremlin said it had not received the revised plan.')}
<h2>What is still open</h2>
${para('Territory remains the hardest question.')}
<ul><li>the future of Donetsk region;</li><li>the cap on Ukraine's army.</li></ul>
${para('Frozen Russian assets are a third issue.')}
</article>
<aside><h3>Most read</h3><ul><li><a href="/x">Unrelated story</a></li></ul></aside>
<footer>© 2025 Harbour Times</footer>
</body></html>`;

describe('extractHtml', () => {
  const r = extractHtml(page, 'page.html');

  it('reads metadata from og:*, article:published_time and the canonical link', () => {
    expect(r.title).toBe('Envoys meet Russian officials in Abu Dhabi');
    expect(r.outlet).toBe('Harbour Times');
    expect(r.url).toBe('https://harbour.example/abu-dhabi');
    // The publisher's own calendar date, not converted to UTC.
    expect(r.published).toBe('2025-11-25');
  });

  it('returns the article as blank-line separated paragraphs without chrome', () => {
    const paragraphs = r.body.split('\n\n');
    expect(paragraphs[0]).toMatch(/^Army Secretary Dan Driscoll held talks/);
    expect(r.body).toContain('## What is still open');
    expect(r.body).toContain("- the cap on Ukraine's army.");
    expect(r.body).not.toContain('Unrelated story');
    expect(r.body).not.toContain('Home');
    expect(r.body).not.toContain('©');
  });

  it('takes figure captions out of the body', () => {
    expect(r.captions).toEqual(['Dan Driscoll in Kyiv on Nov. 20. (AP Photo/Jan Novak)']);
    expect(r.body).not.toContain('AP Photo');
  });

  it('reads JSON-LD inside @graph for date and publisher', () => {
    const html = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"Site"},
      {"@type":"NewsArticle","headline":"Witkoff call leaked","datePublished":"2025-11-25T22:05:00Z","publisher":{"name":"Capitol Paper"}}]}</script>
      <script type="application/ld+json">{ broken json</script></head>
      <body><div>${para('A transcript of the October call was published on Tuesday.')}${para('The Kremlin said the leak was meant to derail the talks.')}</div></body></html>`;
    const x = extractHtml(html, 'x.html');
    expect(x.published).toBe('2025-11-25');
    expect(x.outlet).toBe('Capitol Paper');
    expect(x.title).toBe('Witkoff call leaked');
  });

  it('falls back to <time datetime> and <title>', () => {
    const html = `<html><head><title>Talks resume in Geneva - Lakeside News</title></head><body><article>
      <time datetime="2025-11-23">Sunday</time>${para('Delegations met in Geneva on Sunday.')}${para('Rubio spoke to reporters afterwards.')}</article></body></html>`;
    const x = extractHtml(html, 'y.html');
    expect(x.published).toBe('2025-11-23');
    expect(x.title).toBe('Talks resume in Geneva');
    expect(x.outlet).toBeNull();
  });

  it('does not throw on malformed HTML and still finds the text', () => {
    const html = `<html><body><div><p>Peskov said on Wednesday that Moscow had not seen the new draft of the American plan, and that it would study the text carefully once it arrived <b>from Washington<p>He said contacts with Washington would continue through the usual channels, and declined to give a date for the next meeting.</div></span></body>`;
    const x = extractHtml(html, 'bad.html');
    expect(x.body).toContain('Peskov said on Wednesday');
    expect(x.body).toContain('declined to give a date');
  });

  it('throws a clear error when there is no text at all', () => {
    expect(() =>
      extractHtml(
        '<html><head><title>x</title></head><body><script>var a=1</script></body></html>',
        'empty.html',
      ),
    ).toThrow(/no article text found in HTML \(empty\.html\)/);
  });

  it('formats dates as YYYY-MM-DD', () => {
    expect(toDay('2025-12-02T21:00:00+03:00')).toBe('2025-12-02');
    expect(toDay('20251202')).toBe('2025-12-02');
    expect(toDay('yesterday')).toBeNull();
  });
});
