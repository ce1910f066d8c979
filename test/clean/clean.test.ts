import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean/index.ts';
import { repairGlued } from '../../src/pipeline/clean/repair.ts';

const scraped = [
  'THE EVENING LEDGER',
  'World',
  'Politics',
  'Sign in',
  '',
  'Envoys head to Geneva as Kyiv weighs US peace draft',
  '',
  'By Anna Kowalczyk',
  'Updated 22 Nov 2025, 18:02 GMT',
  '',
  'Share this article',
  '',
  'GENEVA, Nov. 22 — American and Ukrainian delegations will meet in Geneva on Sunday to go through a 28-point plan that Washington wants Kyiv to accept by Thanksgiving, officials on both sides said.',
  '',
  'Marco Rubio, the secretary of state, will lead the US team, while Andriy Yermak will head the Ukrainian side, according to a statement from the presidential office in Kyiv.',
  '',
  'Advertisement',
  '',
  'Ukrainian officials arrive at the US mission in Geneva on ...',
  'Photo: Lena Brandt/Getty Images',
  '',
  '“We are ready to work on every point,” Yermak said. “But some of them cannot be accepted as they are.”',
  '',
  'Marco Rubio, the secretary of state, will lead the US team, while Andriy Yermak will head the Ukrainian side, according to a statement from the presidential office in Kyiv.',
  '',
  'Most popular',
  '1. Ten ways to save on winter heating',
  '2. The return of the village bakery',
  '',
  'Privacy Policy',
  '© 2025 The Evening Ledger. All rights reserved.',
].join('\n');

describe('clean on a scraped page', () => {
  const r = clean(scraped, 'text');
  const paragraphs = r.text.split('\n\n');

  it('keeps the headline as title and first paragraph, then the article paragraphs', () => {
    expect(r.title).toBe('Envoys head to Geneva as Kyiv weighs US peace draft');
    expect(paragraphs[0]).toBe(r.title);
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[1]?.startsWith('GENEVA, Nov. 22 —')).toBe(true);
    expect(paragraphs[3]).toBe(
      '“We are ready to work on every point,” Yermak said. “But some of them cannot be accepted as they are.”',
    );
  });

  it('records why each line was removed', () => {
    const reasonOf = (t: string) => r.removed.find((x) => x.text === t)?.reason;
    expect(reasonOf('Advertisement')).toBe('advertisement');
    expect(reasonOf('Share this article')).toBe('prompt');
    expect(reasonOf('Most popular')).toBe('related');
    expect(reasonOf('2. The return of the village bakery')).toBe('related');
    expect(reasonOf('© 2025 The Evening Ledger. All rights reserved.')).toBe('footer');
    expect(reasonOf('By Anna Kowalczyk')).toBe('chrome');
    expect(reasonOf('World')).toBe('navigation');
  });

  it('keeps a verbatim repeated paragraph once', () => {
    expect(r.text.split('Marco Rubio, the secretary of state').length).toBe(2);
    expect(r.removed.filter((x) => x.reason === 'duplicate')).toHaveLength(1);
  });

  it('moves captions and credits apart and keeps stamps as date hints', () => {
    expect(r.captions).toEqual([
      'Ukrainian officials arrive at the US mission in Geneva on ...',
      'Photo: Lena Brandt/Getty Images',
    ]);
    expect(r.stamps).toEqual(['Updated 22 Nov 2025, 18:02 GMT']);
  });

  it('produces normalized output: "\\n\\n" between paragraphs, no trailing spaces', () => {
    expect(r.text).not.toMatch(/[ \t]$/m);
    expect(r.text).not.toMatch(/\n{3,}/);
    expect(r.text.endsWith('\n')).toBe(false);
  });

  it('is deterministic', () => {
    expect(clean(scraped, 'text')).toEqual(r);
  });
});

describe('markdown remnants', () => {
  it('strips emphasis and links but keeps the words', () => {
    const r = clean(
      'Zelensky said the **revised framework** was a *basis* for talks, and [the Kremlin](https://example.org/k) said it had not seen it.',
      'markdown',
    );
    expect(r.text).toBe(
      'Zelensky said the revised framework was a basis for talks, and the Kremlin said it had not seen it.',
    );
  });

  it('drops link-only lines and markdown link lists after a "Read more" heading', () => {
    const md = [
      'The Kremlin said on Wednesday that it had not yet received the revised plan from Washington.',
      '',
      '## Read more',
      '- [Ten questions about the plan](https://example.org/a)',
      '- [Who is Kirill Dmitriev?](https://example.org/b)',
      '',
      '[Terms](#) | [Privacy](#)',
    ].join('\n');
    const r = clean(md, 'markdown');
    expect(r.text).toBe(
      'The Kremlin said on Wednesday that it had not yet received the revised plan from Washington.',
    );
    expect(r.removed.map((x) => x.reason)).toEqual(['related', 'navigation', 'navigation', 'navigation']);
  });

  it('takes a markdown image as a caption', () => {
    const r = clean(
      '![Rustem Umerov in Florida](x.jpg)\n\nUmerov met the US team in Florida on Sunday, officials said.',
      'markdown',
    );
    expect(r.captions).toEqual(['Rustem Umerov in Florida']);
    expect(r.text).toBe('Umerov met the US team in Florida on Sunday, officials said.');
  });
});

describe('line structure', () => {
  it('joins hard-wrapped lines into one paragraph', () => {
    const wrapped = [
      'Negotiators from Washington and Kyiv met for a second day on',
      'Monday to go through the remaining points of the framework, which',
      'officials said now runs to 19 points instead of 28.',
      '',
      'Russia has said it has not seen the new text.',
    ].join('\n');
    expect(clean(wrapped, 'text').text).toBe(
      'Negotiators from Washington and Kyiv met for a second day on Monday to go through the remaining points of the framework, which officials said now runs to 19 points instead of 28.\n\nRussia has said it has not seen the new text.',
    );
  });

  it('treats single-newline lines ending with a full stop as separate paragraphs', () => {
    const text =
      'Lavrov said Moscow would study any new text carefully before responding.\nPeskov said there was no date yet for a meeting between the two presidents.';
    expect(clean(text, 'text').text.split('\n\n')).toHaveLength(2);
  });

  it('normalizes NBSP and zero-width characters', () => {
    expect(
      clean('Witkoff\u00A0will travel to\u200B Moscow next week, the White House said.  ', 'text').text,
    ).toBe('Witkoff will travel to Moscow next week, the White House said.');
  });
});

describe('repairGlued (scraper output)', () => {
  it('puts the space back between glued sentences', () => {
    expect(repairGlued('as he pledged.Despite the optimism, talks stalled.The Kremlin said no.')).toBe(
      'as he pledged. Despite the optimism, talks stalled. The Kremlin said no.',
    );
    expect(repairGlued('the plan would “reward aggression.”Bacon wrote')).toBe(
      'the plan would “reward aggression.” Bacon wrote',
    );
    expect(repairGlued('wrote on X Tuesday.“For those who')).toBe('wrote on X Tuesday. “For those who');
    expect(repairGlued('by 2025.Officials said')).toBe('by 2025. Officials said');
  });

  it('leaves abbreviations and domains alone', () => {
    for (const s of [
      'the U.S.Army secretary',
      'at 5 p.m.Tuesday',
      'see www.Example.com for details',
      'reported by Axios.com today',
      'it rose 3.5 percent',
    ])
      expect(repairGlued(s)).toBe(s);
  });
});
