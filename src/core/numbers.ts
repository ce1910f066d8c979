/** English cardinal number words, shared by every stage that reads counts ("twenty-eight points", "four years"). */
export const CARDINALS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

/**
 * The sum of number words joined by hyphens or spaces ("twenty-eight" → 28), looking each word up
 * in `words`; null if any word is not a number word.
 */
export function sumNumberWords(
  s: string,
  words: Readonly<Record<string, number>> = CARDINALS,
): number | null {
  let n = 0;
  for (const p of s.toLowerCase().split(/[- ]/)) {
    const v = words[p];
    if (v === undefined) return null;
    n += v;
  }
  return n;
}
