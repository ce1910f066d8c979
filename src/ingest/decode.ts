import { InputError } from './errors.ts';

/**
 * Bytes → text, or a clear refusal. UTF-8 (with or without BOM) and UTF-16 with a BOM are read
 * as they are; text that is not UTF-8 is decoded as Windows-1252 (a superset of Latin-1 for
 * printable text) only when it clearly is that; anything else is rejected rather than guessed.
 */

const MAGIC: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or .docx/.xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
];

// Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character in Windows-1252.
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function decodeText(bytes: Uint8Array, input: string): string {
  if (bytes.length === 0) throw new InputError(input, 'empty file');
  for (const [name, magic] of MAGIC)
    if (startsWith(bytes, magic))
      throw new InputError(input, `binary file (looks like ${name}), not an article`);
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));

  const head = bytes.subarray(0, 65536);
  let controls = 0;
  for (const b of head) {
    if (b === 0) throw new InputError(input, 'binary file (contains NUL bytes), not an article');
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  if (controls > head.length * 0.01)
    throw new InputError(input, 'binary file (control characters), not an article');

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = decodeLegacy(bytes, input);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(input, 'empty file (only whitespace)');
  return text;
}

/** Windows-1252 when the high bytes look like accented letters and typographic punctuation in text. */
function decodeLegacy(bytes: Uint8Array, input: string): string {
  let high = 0;
  let undefinedBytes = 0;
  let letters = 0;
  for (const b of bytes) {
    if (b >= 0x80) {
      high++;
      if (CP1252_UNDEFINED.has(b)) undefinedBytes++;
    } else if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x20) letters++;
  }
  const clearlyText = letters > bytes.length * 0.6 && high < bytes.length * 0.1 && undefinedBytes === 0;
  if (!clearlyText)
    throw new InputError(
      input,
      'not UTF-8, and not recognisably Windows-1252/Latin-1 text: convert it to UTF-8',
    );
  // Node's TextDecoder treats "windows-1252" as ISO-8859-1, so the 0x80–0x9F block is mapped here.
  let out = '';
  for (const b of bytes)
    out += b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? '') : String.fromCharCode(b);
  return out;
}

const CP1252_HIGH = [
  '€',
  '',
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  '',
  'Ž',
  '',
  '',
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  '',
  'ž',
  'Ÿ',
];
