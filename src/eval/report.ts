/** What every evaluation command returns: one row per system scored on the same data in the same run. */
export interface EvalRow {
  readonly system: string;
  /** Metric name → value (F1, precision, recall, accuracy as fractions 0..1; counts as integers). */
  readonly metrics: Readonly<Record<string, number>>;
}

export interface EvalReport {
  readonly name: string;
  /** What was scored (path, number of documents and gold items). */
  readonly data: string;
  readonly rows: readonly EvalRow[];
  readonly notes: readonly string[];
  /** Per-item errors (missed and spurious), printed by `parley eval --errors` for error analysis. */
  readonly errors?: readonly string[];
}

/** What every benchmark returns; `ratio` is against a baseline measured in the same run. */
export interface BenchRow {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: { readonly name: string; readonly value: number };
}

const COUNT = /^(gold|system|predicted|splits|false merges|merges|documents|articles)\b|\b(gold|count)$/i;

export function formatReport(r: EvalReport): string {
  const metricNames = [...new Set(r.rows.flatMap((row) => Object.keys(row.metrics)))];
  // Rates are fractions printed as percentages; counts (gold, predicted, splits…) print as they are.
  const isCount = (name: string, v: number) => Number.isInteger(v) && (v > 1 || COUNT.test(name));
  const fmt = (name: string, v: number | undefined) =>
    v === undefined ? '—' : isCount(name, v) ? String(v) : (v * 100).toFixed(1);
  const header = ['system', ...metricNames];
  const lines = r.rows.map((row) => [row.system, ...metricNames.map((m) => fmt(m, row.metrics[m]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const pad = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [`${r.name} — ${r.data}`, pad(header), ...lines.map(pad), ...r.notes.map((n) => `note: ${n}`)].join(
    '\n',
  );
}
