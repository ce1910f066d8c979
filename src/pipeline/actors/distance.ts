/**
 * Optimal-string-alignment Damerau–Levenshtein distance with an early exit above `max`. Hand-written
 * because no installed library offers it and the linker needs the transposition case ("Zelesnky").
 */
export function damerau(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prev2: number[] = new Array(lb + 1).fill(0);
  let prev: number[] = Array.from({ length: lb + 1 }, (_, j) => j);
  let cur: number[] = new Array(lb + 1).fill(0);
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      )
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[lb] as number;
}

/**
 * A rough phonetic key for transliterated names, so that spellings of one sound compare equal:
 * "Witkov"/"Witkoff", "Zelenskyy"/"Zelenskiy", "Dmitriyev"/"Dmitriev", "Kyiv"/"Kiev".
 */
export function phoneticKey(s: string): string {
  return s
    .replace(/ff$|ph/g, 'v')
    .replace(/w/g, 'v')
    .replace(/kh/g, 'h')
    .replace(/ck|q/g, 'k')
    .replace(/ts|tz/g, 'c')
    .replace(/iy|yi|ij|ii|yy|y/g, 'i')
    .replace(/ie/g, 'e')
    .replace(/(.)\1+/g, '$1');
}
