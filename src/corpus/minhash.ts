/**
 * MinHash signatures over word shingles, and LSH bands over them: near-identical articles
 * (syndicated copy under a new headline, the same wire story with other chrome) are found by
 * looking up shared bands instead of comparing every pair. Hand-written because it is ~40 lines
 * and the npm packages for it either pull in large dependencies or hash far slower.
 */

const SHINGLE = 5;
export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
const PRIME = 4294967311; // smallest prime above 2^32

/** FNV-1a, 32-bit. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Fixed coefficients (a deterministic generator, not Math.random): signatures must be stable across runs.
const COEFFS: [number, number][] = (() => {
  let x = 0x9e3779b9;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % 0xfffffffe;
  };
  return Array.from({ length: SIGNATURE_SIZE }, () => [next() + 1, next()] as [number, number]);
})();

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function minhash(text: string): number[] {
  const w = words(text);
  const sig = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  const n = Math.max(1, w.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const h = fnv1a(w.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const [a, b] = COEFFS[k] as [number, number];
      // (a*h + b) mod p without losing precision: split a*h into 16-bit halves.
      const v = ((((a * (h >>> 16)) % PRIME) * 65536 + a * (h & 0xffff) + b) % PRIME) >>> 0;
      if (v < (sig[k] as number)) sig[k] = v;
    }
  }
  // Stored in PostgreSQL integer[] (signed 32-bit).
  return sig.map((v) => v | 0);
}

/** One key per band; two documents sharing any band key are candidates. */
export function bands(sig: readonly number[]): string[] {
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) out.push(sig.slice(b * ROWS, (b + 1) * ROWS).join(':'));
  return out;
}

/** Estimated Jaccard similarity of the two documents' shingle sets. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}
