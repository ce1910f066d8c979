/**
 * Deterministic synthetic news articles for benchmarks: realistic shape (headline, chrome,
 * quotes, dates, names) and length, different text in every article so none deduplicate.
 */

function rng(seed: number): () => number {
  let x = seed || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const PEOPLE = [
  'President Donald Trump',
  'Secretary of State Marco Rubio',
  'envoy Steve Witkoff',
  'Kremlin spokesman Dmitry Peskov',
  'President Volodymyr Zelensky',
  'Foreign Minister Sergei Lavrov',
  'Army Secretary Dan Driscoll',
  'Andriy Yermak',
  'President Emmanuel Macron',
  'Chancellor Friedrich Merz',
];
const PLACES = ['Geneva', 'Abu Dhabi', 'Moscow', 'Kyiv', 'Miami', 'Brussels', 'Paris', 'Istanbul'];
const DAYS = [
  'on Monday',
  'on Tuesday',
  'last week',
  'on Nov. 23',
  'earlier this month',
  'next week',
  'on Friday',
];
const TOPICS = [
  'the future of the Donbas region',
  'security guarantees for Ukraine',
  'a cap on the size of the Ukrainian army',
  'Ukraine joining NATO',
  'frozen Russian assets held in Europe',
  'a ceasefire along the current front line',
  'sanctions relief for Moscow',
  'an exchange of all prisoners of war',
];
const VERBS = ['said', 'told reporters', 'insisted', 'warned', 'added', 'stressed'];
const QUOTES = [
  'We are closer than we have been at any point this year',
  'There can be no agreement that rewards aggression',
  'The document is still being worked on, line by line',
  'Our position on this question has not changed',
  'Nobody will sign something that the parliament cannot accept',
  'We need to see real steps, not just words on paper',
];

export function syntheticArticle(i: number, targetWords = 800): string {
  const r = rng(i * 7919 + 17);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const paras: string[] = [];
  paras.push(`Talks on ${pick(TOPICS)} resume in ${pick(PLACES)} (report ${i})`);
  paras.push('Advertisement');
  let words = 0;
  while (words < targetWords) {
    const who = pick(PEOPLE);
    const para =
      r() < 0.5
        ? `“${pick(QUOTES)},” ${who} ${pick(VERBS)} ${pick(DAYS)} in ${pick(PLACES)}. Officials familiar with the talks said ${pick(TOPICS)} remained the hardest question, and that delegation ${Math.floor(r() * 1000)} would report back.`
        : `${who} ${pick(VERBS)} ${pick(DAYS)} that ${pick(TOPICS)} would be discussed again, after ${Math.floor(r() * 20) + 2} hours of meetings in ${pick(PLACES)}. The draft now has ${Math.floor(r() * 20) + 10} points, according to people briefed on item ${Math.floor(r() * 100000)}.`;
    paras.push(para);
    words += para.split(/\s+/).length;
  }
  paras.push(
    'Share this article',
    'Most popular',
    'Markets close higher',
    'Weather warning issued',
    '© 2025 Example News',
  );
  return paras.join('\n\n');
}
