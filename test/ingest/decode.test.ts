import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(enc('Zelenskyy’s office said so.'), 'a.txt')).toBe('Zelenskyy’s office said so.');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Kyiv')]), 'a.txt')).toBe('Kyiv');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const body = Buffer.from('Talks in Geneva', 'utf16le');
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...body]), 'a.txt')).toBe('Talks in Geneva');
  });

  it('decodes text that is clearly Windows-1252', () => {
    // "Macron’s café remarks" with a cp1252 right single quote (0x92) and é (0xE9).
    const bytes = new Uint8Array([
      ...enc('Macron'),
      0x92,
      ...enc('s caf'),
      0xe9,
      ...enc(' remarks were brief and to the point.'),
    ]);
    expect(decodeText(bytes, 'a.txt')).toBe('Macron’s café remarks were brief and to the point.');
  });

  it('refuses empty and whitespace-only files', () => {
    expect(() => decodeText(new Uint8Array(), 'empty.txt')).toThrow('empty.txt: empty file');
    expect(() => decodeText(enc('  \n\n '), 'blank.txt')).toThrow('blank.txt: empty file (only whitespace)');
  });

  it('refuses binary files, naming what they look like', () => {
    expect(() => decodeText(enc('%PDF-1.7 ...'), 'a.txt')).toThrow('binary file (looks like PDF)');
    expect(() => decodeText(new Uint8Array([65, 66, 0, 67]), 'x.txt')).toThrow('contains NUL bytes');
  });

  it('refuses bytes that are neither UTF-8 nor plausible Windows-1252', () => {
    const noise = new Uint8Array(400).map((_, i) => 0x80 + ((i * 37) % 120));
    expect(() => decodeText(noise, 'noise.txt')).toThrow('not UTF-8');
  });
});
