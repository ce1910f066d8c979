import type { EvalReport } from './report.ts';

type Evaluate = (opts: { path?: string }) => Promise<EvalReport>;

/**
 * Every evaluation `parley eval` can run, loaded on demand (some read large benchmark files).
 * Public benchmarks are read from ../shared/benchmarks at run time, never copied into the project.
 */
export const EVALUATIONS: Readonly<Record<string, { what: string; load: () => Promise<Evaluate> }>> = {
  clean: {
    what: 'boilerplate removal vs content kept, on labelled sample pages (test/fixtures/clean)',
    load: async () => (await import('./clean.ts')).evaluateClean,
  },
  'clean-real': {
    what: 'boilerplate removal vs content kept on the real scraped pages in ../shared/seeds (labels only in the repo)',
    load: async () => (await import('./clean-real.ts')).evaluateCleanReal,
  },
  conll: {
    what: 'entity recognition (PER/ORG/LOC span F1) on CoNLL-2003 eng.testa, beside compromise',
    load: async () => (await import('./conll.ts')).evaluateConll,
  },
  'actors-news': {
    what: 'person mentions linked to actors, splits and merges on annotated negotiation news, beside compromise',
    load: async () => (await import('./actors-news.ts')).evaluateActorsNews,
  },
  tempeval: {
    what: 'time expressions (extraction, type, value) on TempEval-3 TimeML, beside chrono-node',
    load: async () => (await import('./tempeval.ts')).evaluateTempeval,
  },
  'time-news': {
    what: 'time values and publication dates on annotated negotiation news (test/fixtures/time), beside chrono-node',
    load: async () => (await import('./time-news.ts')).evaluateTimeNews,
  },
  'quotes-news': {
    what: 'direct and reported quotes and their speakers on annotated negotiation news (test/fixtures/quotes)',
    load: async () => (await import('./quotes-news.ts')).evaluateQuotesNews,
  },
  polnear: {
    what: 'attribution (content spans, source accuracy) on PolNeAR dev, beside a simple baseline',
    load: async () => (await import('./polnear.ts')).evaluatePolnear,
  },
  negotiation: {
    what: 'proposals, provisions and positions on annotated articles (test/fixtures/negotiation)',
    load: async () => (await import('./negotiation.ts')).evaluateNegotiation,
  },
  'negotiation-real': {
    what: 'proposals, provisions and positions on the real pages in ../shared/seeds, cleaned first (annotations only in the repo)',
    load: async () => (await import('./negotiation-real.ts')).evaluateNegotiationReal,
  },
};
