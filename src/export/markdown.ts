import type { DateValue, Span } from '../core/types.ts';
import { positionsMatrix } from '../corpus/negotiation.ts';
import type { Dossier } from './contract.ts';

const cell = (s: unknown) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s+/g, ' ');

function date(d: DateValue | null | undefined): string {
  if (d === null || d === undefined) return 'undated';
  return typeof d === 'string' ? d : `${date(d.from)} to ${date(d.to)}`;
}

/** A readable briefing of the dossier; every fact keeps its source reference. */
export function toMarkdown(d: Dossier): string {
  const docs = new Map(d.documents.map((x) => [x.id, x]));
  const names = new Map(d.actors.map((a) => [a.id, a.name]));
  const who = (id: string | null) => (id ? (names.get(id) ?? id) : 'unattributed');
  const cite = (s: Span) => {
    const doc = docs.get(s.doc);
    return `[${doc?.outlet ?? doc?.source ?? s.doc}, ${date(doc?.published)}]`;
  };
  const out: string[] = [];
  out.push(`# Parley dossier${d.asOf ? ` as of ${d.asOf}` : ''}`, '');
  out.push(
    `Pack: ${d.pack}. ${d.documents.length} documents, ${d.actors.length} actors, ${d.proposals.length} proposals, ${d.positions.length} stances, ${d.quotes.length} quotes.`,
    '',
  );

  out.push('## Proposals', '');
  for (const p of d.proposals.filter((x) => x.mentions.length > 0)) {
    const meta = [
      p.points ? `${p.points} points` : null,
      p.date ? `dated ${date(p.date)}` : null,
      p.authors.length ? `by ${p.authors.map(who).join(', ')}` : null,
      p.supersedes ? `revises ${p.supersedes}` : null,
    ].filter(Boolean);
    out.push(`### ${p.name}${meta.length ? ` (${meta.join('; ')})` : ''}`, '');
    for (const v of p.provisions)
      out.push(`- **${v.issue}**: ${v.status}: ${v.summary} ${v.evidence[0] ? cite(v.evidence[0]) : ''}`);
    if (p.provisions.length === 0) out.push('- no provisions reported');
    out.push('');
  }

  out.push('## Positions (latest stance by side)', '');
  const m = positionsMatrix(d.positions, { by: 'side', asOf: d.asOf ?? undefined });
  out.push('| side | issue | stance | date | sources | evidence |', '|---|---|---|---|---|---|');
  for (const c of m.cells)
    out.push(
      `| ${cell(who(c.row))} | ${c.issue} | ${c.stance}${c.disputed ? ' (disputed)' : ''} | ${date(c.date)} | ${c.sources} | ${cell(c.evidence[0]?.text ?? '')} ${c.evidence[0] ? cite(c.evidence[0]) : ''} |`,
    );
  out.push('');

  out.push('## Timeline', '');
  for (const e of d.events)
    out.push(`- ${date(e.date)}: ${e.type} ${cell(e.summary)} ${e.evidence[0] ? cite(e.evidence[0]) : ''}`);
  out.push('');

  out.push('## Quotes', '');
  for (const q of d.quotes.filter((x) => x.kind === 'direct' && !x.scare))
    out.push(
      `- ${date(q.date)}, **${who(q.speaker)}**: “${q.text}” ${cite(q)}${q.occurrences.length > 1 ? ` (and ${q.occurrences.length - 1} more)` : ''}`,
    );
  out.push('');

  if (d.conflicts.length > 0) {
    out.push('## Where sources disagree', '');
    for (const c of d.conflicts)
      out.push(`- ${c.summary}: ${c.claims.map((s) => `“${s.text}” ${cite(s)}`).join('; ')}`);
    out.push('');
  }

  out.push('## People', '');
  for (const a of d.actors.filter((x) => x.kind === 'person'))
    out.push(
      `- ${a.name}${a.known ? '' : ' (not in the pack)'}: ${a.mentions.length} mentions, as ${[...new Set(a.mentions.map((x) => x.text))].join(' / ')}`,
    );
  out.push('');

  out.push('## Documents', '');
  out.push(
    '| id | published | outlet | title | words | duplicate of | flags |',
    '|---|---|---|---|---|---|---|',
  );
  for (const doc of d.documents)
    out.push(
      `| ${doc.id} | ${date(doc.published)} | ${cell(doc.outlet)} | ${cell(doc.title)} | ${doc.words} | ${cell(doc.duplicateOf)} | ${cell(doc.flags.map((f) => f.kind).join(', '))} |`,
    );
  out.push('');
  return out.join('\n');
}
