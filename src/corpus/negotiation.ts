import type { DateValue, Span } from '../core/types.ts';
import type { Pack } from '../packs/schema.ts';
import type { NegotiationResult, ProvisionStatus, Stance } from '../pipeline/negotiation/types.ts';
import { WHOLE_PROPOSAL } from '../pipeline/negotiation/types.ts';

/**
 * Cross-article assembly of the negotiation: one entry per proposal (merged over every article
 * that mentions it, versions linked), and every position claim as a contract position with its
 * evidence. Then the read side: the positions matrix as of a date, the diff between two versions,
 * and plain-text renderers for the CLI. Everything is one pass over the input with maps, so
 * 100,000 articles assemble in seconds.
 */

export interface ContractProvision {
  issue: string;
  summary: string;
  status: ProvisionStatus;
  evidence: Span[];
}
export interface ContractProposal {
  id: string;
  name: string;
  points: number | null;
  date: DateValue | null;
  authors: string[];
  supersedes: string | null;
  provisions: ContractProvision[];
  mentions: Span[];
  /** Process states reported for it, latest last (additive to the contract). */
  states: { state: string; actor: string | null; date: DateValue | null; evidence: Span }[];
  /** Deadlines reported for it. */
  deadlines: { date: DateValue | null; none: boolean; actor: string | null; evidence: Span }[];
}
export interface ContractPosition {
  actor: string;
  issue: string;
  stance: Stance;
  proposal: string | null;
  date: DateValue | null;
  evidence: Span[];
  /** The actor's side (a spokesman's stance is his government's); additive. */
  side: string | null;
}

export interface NegotiationDoc {
  doc: string;
  published: string | null;
  result: NegotiationResult;
  /** actor id → side actor id */
  sides: Record<string, string | null>;
}

/** The first day a contract Date covers, for ordering ("2025-11" → "2025-11-01"). */
export function dateKey(d: DateValue | null | undefined): string {
  if (d === null || d === undefined) return '';
  if (typeof d !== 'string') return dateKey(d.from);
  if (/^\d{4}-W\d{2}$/.test(d)) {
    const [y, w] = d.split('-W').map(Number) as [number, number];
    const jan4 = Date.UTC(y, 0, 4);
    const day = (new Date(jan4).getUTCDay() + 6) % 7;
    return new Date(jan4 - day * 864e5 + (w - 1) * 7 * 864e5).toISOString().slice(0, 10);
  }
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

const spanOf = (doc: string, s: { start: number; end: number; text: string }): Span => ({
  doc,
  start: s.start,
  end: s.end,
  text: s.text,
});

export function assembleNegotiation(
  docs: readonly NegotiationDoc[],
  pack: Pack,
): { issues: { id: string; label: string }[]; proposals: ContractProposal[]; positions: ContractPosition[] } {
  const proposals = new Map<
    string,
    ContractProposal & { authorVotes: Map<string, number>; provIdx: Map<string, ContractProvision> }
  >();
  const packById = new Map(pack.proposals.map((p) => [p.id, p]));
  const get = (key: string) => {
    let p = proposals.get(key);
    if (!p) {
      const known = packById.get(key);
      p = {
        id: key,
        name: known?.name ?? key,
        points: known?.points ?? null,
        date: known?.date ?? null,
        authors: [...(known?.authors ?? [])],
        supersedes: known?.supersedes ?? null,
        provisions: [],
        mentions: [],
        states: [],
        deadlines: [],
        authorVotes: new Map(),
        provIdx: new Map(),
      };
      proposals.set(key, p);
    }
    return p;
  };
  for (const pp of pack.proposals) get(pp.id);
  const positions: ContractPosition[] = [];
  for (const d of docs) {
    const r = d.result;
    for (const m of r.mentions) get(m.proposal).mentions.push(spanOf(d.doc, m));
    for (const info of r.proposals) {
      const p = get(info.key);
      const known = packById.get(info.key);
      if (!known) {
        if (p.points === null && info.points !== null) p.points = info.points;
        if (p.name === p.id && info.name) p.name = info.name;
        if (p.date === null && info.date !== null) p.date = info.date;
      }
      for (const a of info.authors) p.authorVotes.set(a, (p.authorVotes.get(a) ?? 0) + 1);
      if (p.supersedes === null && info.revises && info.revises !== info.key) p.supersedes = info.revises;
    }
    for (const pv of r.provisions) {
      const p = get(pv.proposal);
      // One provision per (issue, status); evidence accumulates across articles.
      const k = `${pv.issue}|${pv.status}`;
      let prov = p.provIdx.get(k);
      if (!prov) {
        prov = { issue: pv.issue, summary: pv.summary, status: pv.status, evidence: [] };
        p.provIdx.set(k, prov);
        p.provisions.push(prov);
      }
      prov.evidence.push(spanOf(d.doc, pv.evidence));
    }
    for (const s of r.process)
      get(s.proposal).states.push({
        state: s.state,
        actor: s.actor,
        date: s.date,
        evidence: spanOf(d.doc, s.evidence),
      });
    for (const dl of r.deadlines)
      if (dl.proposal)
        get(dl.proposal).deadlines.push({
          date: dl.date,
          none: dl.none,
          actor: dl.actor,
          evidence: spanOf(d.doc, dl.evidence),
        });
    for (const s of r.stances) {
      positions.push({
        actor: s.actor,
        issue: s.issue,
        stance: s.stance,
        proposal: s.proposal,
        date: s.date ?? d.published,
        evidence: [spanOf(d.doc, s.evidence)],
        side: d.sides[s.actor] ?? null,
      });
    }
  }
  const out: ContractProposal[] = [];
  for (const p of proposals.values()) {
    // Authors named by the text join the pack's; ordered by how many articles name them.
    const voted = [...p.authorVotes.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([a]) => a);
    const authors = [...new Set([...p.authors, ...voted])];
    p.states.sort((a, b) =>
      dateKey(a.date) < dateKey(b.date) ? -1 : dateKey(a.date) > dateKey(b.date) ? 1 : 0,
    );
    const { authorVotes: _v, provIdx: _i, ...rest } = p;
    out.push({ ...rest, authors });
  }
  out.sort((a, b) =>
    dateKey(a.date) < dateKey(b.date) ? -1 : dateKey(a.date) > dateKey(b.date) ? 1 : a.id < b.id ? -1 : 1,
  );
  const usedIssues = new Set(positions.map((p) => p.issue));
  const issues = pack.issues.map((i) => ({ id: i.id, label: i.label }));
  if (usedIssues.has(WHOLE_PROPOSAL)) issues.push({ id: WHOLE_PROPOSAL, label: 'The proposal as a whole' });
  positions.sort((a, b) =>
    dateKey(a.date) < dateKey(b.date) ? -1 : dateKey(a.date) > dateKey(b.date) ? 1 : 0,
  );
  return { issues, proposals: out, positions };
}

// ---- the positions matrix ----

export interface MatrixCell {
  row: string;
  issue: string;
  stance: Stance;
  date: DateValue | null;
  proposal: string | null;
  /** Distinct documents supporting the latest stance. */
  sources: number;
  /** Sources disagree about the stance at the latest date. */
  disputed: boolean;
  /** The stances sources gave on that date, when disputed. */
  alternatives: Stance[];
  evidence: Span[];
}
export interface PositionsMatrix {
  by: 'side' | 'actor';
  asOf: string | null;
  rows: string[];
  issues: string[];
  cells: MatrixCell[];
}

const POLE: Record<Stance, number> = {
  supports: 1,
  demands: 1,
  opposes: -1,
  rejects: -1,
  conditional: 0,
  undecided: 0,
};

/**
 * Each (row, issue) cell: the latest stance as of `asOf`. Claims from the latest date decide; if
 * they disagree in polarity, the cell is disputed and the stance is the one most documents give.
 * Sources are distinct documents for that stance across all dates up to asOf.
 */
export function positionsMatrix(
  positions: readonly ContractPosition[],
  opts: { asOf?: string; issue?: string; by: 'side' | 'actor' },
): PositionsMatrix {
  const asOf = opts.asOf ? dateKey(opts.asOf) : null;
  const groups = new Map<string, ContractPosition[]>();
  for (const p of positions) {
    if (opts.issue && p.issue !== opts.issue) continue;
    if (asOf && p.date !== null && dateKey(p.date) > asOf) continue;
    const row = opts.by === 'side' ? (p.side ?? p.actor) : p.actor;
    const k = `${row}\u0000${p.issue}`;
    const g = groups.get(k);
    if (g) g.push(p);
    else groups.set(k, [p]);
  }
  const cells: MatrixCell[] = [];
  for (const [k, g] of groups) {
    const [row, issue] = k.split('\u0000') as [string, string];
    let latest = '';
    for (const p of g) if (dateKey(p.date) > latest) latest = dateKey(p.date);
    const atLatest = g.filter((p) => dateKey(p.date) === latest);
    const docsByStance = new Map<Stance, Set<string>>();
    for (const p of atLatest) {
      const s = docsByStance.get(p.stance) ?? new Set<string>();
      for (const e of p.evidence) s.add(e.doc);
      docsByStance.set(p.stance, s);
    }
    const ranked = [...docsByStance.entries()].sort(
      (a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1),
    );
    const stance = (ranked[0] as [Stance, Set<string>])[0];
    const poles = new Set(ranked.map(([s]) => POLE[s]));
    const allDocs = new Set<string>();
    for (const p of g) if (p.stance === stance) for (const e of p.evidence) allDocs.add(e.doc);
    const chosen = atLatest.filter((p) => p.stance === stance);
    cells.push({
      row,
      issue,
      stance,
      date: chosen[0]?.date ?? null,
      proposal: chosen.find((p) => p.proposal)?.proposal ?? null,
      sources: allDocs.size,
      disputed: poles.size > 1 || (poles.has(1) && poles.has(-1)),
      alternatives: ranked.map(([s]) => s).filter((s) => s !== stance),
      evidence: chosen.flatMap((p) => p.evidence).slice(0, 5),
    });
  }
  cells.sort((a, b) =>
    a.row < b.row ? -1 : a.row > b.row ? 1 : a.issue < b.issue ? -1 : a.issue > b.issue ? 1 : 0,
  );
  return {
    by: opts.by,
    asOf: opts.asOf ?? null,
    rows: [...new Set(cells.map((c) => c.row))],
    issues: [...new Set(cells.map((c) => c.issue))].sort(),
    cells,
  };
}

// ---- the diff between two versions ----

export interface DiffLine {
  issue: string;
  /** What A and B say about the issue (null: not reported). */
  a: ProvisionStatus | null;
  b: ProvisionStatus | null;
  change: 'added' | 'removed' | 'changed' | 'unchanged' | 'unknown';
  summaryA: string | null;
  summaryB: string | null;
  evidence: Span[];
}

/** The status a version's provisions give an issue: a reported drop or change wins over inclusion. */
function statusOf(p: ContractProposal, issue: string): ContractProvision | null {
  const list = p.provisions.filter((x) => x.issue === issue);
  if (list.length === 0) return null;
  const rank = (s: ProvisionStatus) => (s === 'dropped' ? 3 : s === 'changed' ? 2 : 1);
  return (
    list.sort((x, y) => rank(y.status) - rank(x.status) || y.evidence.length - x.evidence.length)[0] ?? null
  );
}

export function diffProposals(a: ContractProposal, b: ContractProposal): DiffLine[] {
  const issues = [...new Set([...a.provisions, ...b.provisions].map((p) => p.issue))].sort();
  return issues.map((issue) => {
    const pa = statusOf(a, issue);
    const pb = statusOf(b, issue);
    const sa = pa?.status ?? null;
    const sb = pb?.status ?? null;
    let change: DiffLine['change'];
    if (sb === 'dropped') change = sa === 'dropped' ? 'unchanged' : 'removed';
    else if (sb === 'changed') change = 'changed';
    else if (sb === 'included') change = sa === null || sa === 'dropped' ? 'added' : 'unchanged';
    else change = sa === 'included' || sa === 'changed' ? 'unknown' : 'unchanged';
    return {
      issue,
      a: sa,
      b: sb,
      change,
      summaryA: pa?.summary ?? null,
      summaryB: pb?.summary ?? null,
      evidence: [...(pb?.evidence.slice(0, 3) ?? []), ...(pa?.evidence.slice(0, 2) ?? [])],
    };
  });
}

// ---- text renderers for the CLI ----

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) =>
    Math.min(60, Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))),
  );
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => {
        const w = widths[i] ?? 0;
        return (c.length > w ? `${c.slice(0, w - 1)}…` : c).padEnd(w);
      })
      .join('  ')
      .trimEnd();
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)].join('\n');
}

const showDate = (d: DateValue | null): string =>
  d === null ? '' : typeof d === 'string' ? d : `${showDate(d.from)}..${showDate(d.to)}`;
const quoteOf = (s: Span | undefined): string =>
  s ? `[${s.doc}] "${s.text.replace(/\s+/g, ' ').slice(0, 140)}"` : '';

export function formatPositions(m: PositionsMatrix): string {
  if (m.cells.length === 0) return 'No positions found.';
  const head = `Positions by ${m.by}${m.asOf ? ` as of ${m.asOf}` : ''} (stance, date, sources; ! = sources disagree)`;
  const rows = m.rows.map((r) => [
    r,
    ...m.issues.map((i) => {
      const c = m.cells.find((x) => x.row === r && x.issue === i);
      return c ? `${c.disputed ? '!' : ''}${c.stance} ${showDate(c.date)} (${c.sources})` : '';
    }),
  ]);
  const grid = table([m.by, ...m.issues], rows);
  const evidence = m.cells.map(
    (c) =>
      `${c.row} / ${c.issue}: ${c.stance}${c.proposal ? ` (${c.proposal})` : ''}${c.disputed ? ` — disputed, also: ${c.alternatives.join(', ')}` : ''}\n  ${quoteOf(c.evidence[0])}`,
  );
  return [head, grid, '', 'Evidence:', ...evidence].join('\n');
}

export function formatProposals(proposals: readonly ContractProposal[]): string {
  if (proposals.length === 0) return 'No proposals found.';
  const rows = proposals.map((p) => [
    p.id,
    p.name,
    p.points === null ? '' : String(p.points),
    showDate(p.date),
    p.authors.join(', '),
    p.supersedes ?? '',
    String(p.mentions.length),
    p.states.length > 0 ? (p.states[p.states.length - 1]?.state ?? '') : '',
  ]);
  const out = [table(['id', 'name', 'points', 'date', 'authors', 'supersedes', 'mentions', 'state'], rows)];
  for (const p of proposals) {
    if (p.provisions.length === 0 && p.deadlines.length === 0) continue;
    out.push('', `${p.id} — ${p.name}`);
    for (const pv of p.provisions)
      out.push(
        `  ${pv.issue.padEnd(20)} ${pv.status.padEnd(9)} ${pv.summary}  (${pv.evidence.length} source${pv.evidence.length === 1 ? '' : 's'})`,
      );
    for (const d of p.deadlines)
      out.push(
        `  deadline: ${d.none ? 'none' : showDate(d.date) || 'undated'}${d.actor ? ` for ${d.actor}` : ''}  ${quoteOf(d.evidence)}`,
      );
  }
  return out.join('\n');
}

export function formatDiff(diff: readonly DiffLine[], a = 'A', b = 'B'): string {
  if (diff.length === 0) return `No provisions reported for ${a} or ${b}.`;
  const rows = diff.map((d) => [d.issue, d.a ?? '—', d.b ?? '—', d.change]);
  const lines = [table(['issue', a, b, 'change'], rows), ''];
  for (const d of diff) {
    lines.push(`${d.issue}: ${d.change}`);
    if (d.summaryA) lines.push(`  ${a}: ${d.summaryA}`);
    if (d.summaryB) lines.push(`  ${b}: ${d.summaryB}`);
    for (const e of d.evidence.slice(0, 2)) lines.push(`  ${quoteOf(e)}`);
  }
  return lines.join('\n');
}
