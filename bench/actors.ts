import nlp from 'compromise';
import type { BenchRow } from '../src/eval/report.ts';
import { loadPack } from '../src/packs/load.ts';
import { compileActorIndex, linkActors } from '../src/pipeline/actors/index.ts';
import { segment } from '../src/pipeline/segment/index.ts';

/**
 * Throughput of the actors stage (linking + discovery, segmentation excluded: it is shared) on
 * ~100k words of news-like text written for the benchmark, with compromise's people() over the
 * same text as the baseline, measured in the same run.
 */

const SENTENCES = [
  'Special envoy {P1} met {P2} in {C1} on Tuesday, and aides said the meeting ran late into the evening.',
  '{C2} rejected the latest draft, according to two officials familiar with the talks.',
  '"We are not going to accept a deal that rewards aggression," {P3} told reporters after the session.',
  '{N1}, the deputy director for policy at the {O1}, said the framework left key questions open.',
  'Rep. {N2} (R-Neb.) warned that Congress would not fund an agreement it had not seen.',
  'The delegation flew to {C3} aboard Air Force One before the leaders gathered at the Kennedy Center.',
  'Russian officials said the plan needed more work, while Ukrainian negotiators asked for security guarantees.',
  '{P4} later spoke with {N3} by phone, the {O2} said in a statement.',
  'Despite the optimism, analysts in {C1} cautioned that the gaps on territory remain wide.',
  'Talks between Kyiv and Moscow have stalled since May, and the White House has pressed both sides.',
  '{N4} told CNN that the sanctions relief clause was the hardest part of the text.',
  'Defense Minister {N5} arrived in {C3} for the second round, his office said.',
  '{P1} and {P4} are expected to meet again next week, possibly in Geneva or Abu Dhabi.',
  'The Kremlin said it had received the revised points and would study them carefully.',
  'In a late-night post, {P3} thanked European partners for their support and urged unity.',
];
const PACK_PEOPLE = [
  'Steve Witkoff',
  'Vladimir Putin',
  'Volodymyr Zelensky',
  'Marco Rubio',
  'Kirill Dmitriev',
  'Dan Driscoll',
  'Rustem Umerov',
  'Sergei Lavrov',
  'Emmanuel Macron',
  'Keir Starmer',
];
const NEW_PEOPLE = [
  'Marta Lind',
  'Oskar Brandt',
  'Helena Varga',
  'Tomas Kral',
  'Ines Duarte',
  'Pavel Horak',
  'Lena Sorensen',
  'Jonas Meyer',
];
const CITIES = ['Moscow', 'Kyiv', 'Miami', 'Geneva', 'Istanbul', 'Riyadh', 'Paris', 'Berlin'];
const ORGS = [
  'Atlantic Council',
  'State Department',
  'Carnegie Endowment',
  'Russian Foreign Ministry',
  'European Commission',
];

export function benchText(targetWords = 100_000): string[] {
  const docs: string[] = [];
  let words = 0;
  let k = 0;
  const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;
  while (words < targetWords) {
    const paras: string[] = [];
    for (let p = 0; p < 8; p++) {
      const sents: string[] = [];
      for (let s = 0; s < 5; s++, k++) {
        const t = pick(SENTENCES, k * 7 + s)
          .replace('{P1}', pick(PACK_PEOPLE, k))
          .replace('{P2}', pick(PACK_PEOPLE, k + 3))
          .replace('{P3}', pick(PACK_PEOPLE, k + 5))
          .replace('{P4}', pick(PACK_PEOPLE, k + 7))
          .replace(/\{N(\d)\}/g, (_, d: string) => pick(NEW_PEOPLE, k + Number(d)))
          .replace(/\{C(\d)\}/g, (_, d: string) => pick(CITIES, k + Number(d)))
          .replace(/\{O(\d)\}/g, (_, d: string) => pick(ORGS, k + Number(d)));
        sents.push(t);
      }
      paras.push(sents.join(' '));
    }
    const doc = paras.join('\n\n');
    words += doc.split(/\s+/).length;
    docs.push(doc);
  }
  return docs;
}

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

export async function bench(): Promise<BenchRow[]> {
  const docs = benchText();
  const words = docs.reduce((n, d) => n + d.split(/\s+/).length, 0);
  const index = compileActorIndex(loadPack('ukraine-2025'));
  let segs: ReturnType<typeof segment>[] = [];
  const segTime = time(() => {
    segs = docs.map((d) => segment(d));
  });
  // Warm up, then take the best of three runs.
  for (let i = 0; i < 20; i++) linkActors(docs[i] as string, segs[i] as ReturnType<typeof segment>, index);
  let linkTime = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 3; r++)
    linkTime = Math.min(
      linkTime,
      time(() => {
        for (let i = 0; i < docs.length; i++)
          linkActors(docs[i] as string, segs[i] as ReturnType<typeof segment>, index);
      }),
    );
  for (let i = 0; i < 5; i++)
    nlp(docs[i] as string)
      .people()
      .out('array');
  const compromiseTime = time(() => {
    for (const d of docs) nlp(d).people().out('array');
  });
  const baseline = { name: 'compromise people()', value: Math.round(words / compromiseTime) };
  return [
    {
      name: 'actors: linkActors (linking + discovery, segment excluded)',
      value: Math.round(words / linkTime),
      unit: 'words/s',
      baseline,
    },
    {
      name: 'actors: segment (shared stage, for reference)',
      value: Math.round(words / segTime),
      unit: 'words/s',
    },
  ];
}
