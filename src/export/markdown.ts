import type { Dossier } from './contract.ts';

/** A readable briefing of the dossier; every fact keeps its source reference. */
export function toMarkdown(d: Dossier): string {
  const out: string[] = [];
  out.push(`# Parley dossier${d.asOf ? ` as of ${d.asOf}` : ''}`, '');
  out.push(`Pack: ${d.pack}. ${d.documents.length} documents.`, '');
  out.push('## Documents', '');
  out.push('| id | published | outlet | title | words | duplicate of |', '|---|---|---|---|---|---|');
  const cell = (s: unknown) =>
    String(s ?? '')
      .replace(/\|/g, '\\|')
      .replace(/\s+/g, ' ');
  for (const doc of d.documents)
    out.push(
      `| ${doc.id} | ${cell(typeof doc.published === 'string' ? doc.published : '')} | ${cell(doc.outlet)} | ${cell(doc.title)} | ${doc.words} | ${cell(doc.duplicateOf)} |`,
    );
  out.push('');
  return out.join('\n');
}
