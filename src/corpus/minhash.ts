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

/** FNV-1a, 32-bit. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A final avalanche (murmur3's fmix32) so that nearby inputs give unrelated outputs. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Fixed seeds (a deterministic generator, not Math.random): signatures must be stable across runs.
const SEEDS: Uint32Array = (() => {
  const out = new Uint32Array(SIGNATURE_SIZE);
  let x = 0x9e3779b9;
  for (let k = 0; k < SIGNATURE_SIZE; k++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[k] = x >>> 0;
  }
  return out;
})();

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * 64 min-hashes over the document's 5-word shingles. Each shingle hash combines its words'
 * hashes (computed once per word), and the k-th hash function is the shingle hash mixed with
 * the k-th seed: cheap integer operations only.
 */
export function minhash(text: string): number[] {
  const w = words(text).map(fnv1a);
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const n = Math.max(1, w.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE && j < w.length; j++) h = Math.imul(h ^ (w[j] as number), 0x01000193);
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = mix(h ^ (SEEDS[k] as number));
      if (v < (sig[k] as number)) sig[k] = v;
    }
  }
  // Stored in PostgreSQL integer[] (signed 32-bit).
  return Array.from(sig, (v) => v | 0);
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
