import { describe, expect, it } from 'vitest';
import {
  assembleNegotiation,
  diffProposals,
  formatDiff,
  formatPositions,
  formatProposals,
  positionsMatrix,
} from '../../src/corpus/negotiation.ts';
import { loadPack } from '../../src/packs/load.ts';
import { analyze } from './helpers.ts';

const pack = loadPack('ukraine-2025');
const sides: Record<string, string | null> = {};
for (const a of pack.actors) sides[a.id] = a.side ?? a.id;

const doc = (id: string, published: string, text: string) => ({
  doc: id,
  published,
  sides,
  result: analyze(text, 'ukraine-2025', published),
});

describe('corpus assembly', () => {
  const docs = [
    doc(
      'a1',
      '2025-11-21',
      'The 28-point plan would require Ukraine to withdraw from the Donbas and would cap the size of its army. Russia welcomes the plan.',
    ),
    doc(
      'a2',
      '2025-11-24',
      "Unlike the 28-point plan, the 19-point framework does not call for Kyiv's troops to leave the Donbas and does not limit the size of Ukraine's army.",
    ),
    doc('a3', '2025-11-25', 'Moscow has demanded that Kyiv renounce its ambition to join NATO.'),
    doc('a4', '2025-11-26', 'Dmitry Peskov said Russia supports NATO membership for Ukraine.'),
    doc('a5', '2025-11-26', 'Russia rejects NATO membership for Ukraine, Sergei Lavrov said.'),
  ];
  const out = assembleNegotiation(docs, pack);

  it('merges proposals with pack knowledge and provisions per version', () => {
    const p28 = out.proposals.find((p) => p.id === 'plan-28-point');
    const p19 = out.proposals.find((p) => p.id === 'framework-19-point');
    expect(p28?.points).toBe(28);
    expect(p19?.supersedes).toBe('plan-28-point');
    expect(p28?.provisions.map((p) => `${p.issue} ${p.status}`).sort()).toEqual([
      'military-size included',
      'territory included',
    ]);
    expect(p19?.provisions.map((p) => `${p.issue} ${p.status}`).sort()).toEqual([
      'military-size dropped',
      'territory dropped',
    ]);
    expect(p19?.mentions.every((m) => m.doc === 'a2')).toBe(true);
  });

  it('diffs two versions issue by issue with evidence', () => {
    const p28 = out.proposals.find((p) => p.id === 'plan-28-point');
    const p19 = out.proposals.find((p) => p.id === 'framework-19-point');
    if (!p28 || !p19) throw new Error('missing proposals');
    const diff = diffProposals(p28, p19);
    expect(diff.map((d) => `${d.issue} ${d.change}`)).toEqual(['military-size removed', 'territory removed']);
    expect(diff[0]?.evidence[0]?.doc).toBe('a2');
    expect(formatDiff(diff, 'plan-28-point', 'framework-19-point')).toContain('territory');
  });

  it('builds the matrix by side with latest stance, sources and a dispute marker', () => {
    const m = positionsMatrix(out.positions, { by: 'side', issue: 'nato' });
    expect(m.cells).toHaveLength(1);
    const cell = m.cells[0];
    expect(cell?.row).toBe('russia');
    expect(cell?.date).toBe('2025-11-26');
    expect(cell?.disputed).toBe(true);
    expect(formatPositions(m)).toContain('!');
  });

  it('respects asOf: before the disagreement the cell is the demand (read as rejecting membership)', () => {
    const m = positionsMatrix(out.positions, { by: 'side', issue: 'nato', asOf: '2025-11-25' });
    expect(m.cells[0]).toMatchObject({ stance: 'rejects', disputed: false, sources: 1 });
  });

  it('by actor keeps a spokesman apart from his government', () => {
    const m = positionsMatrix(out.positions, { by: 'actor', issue: 'nato' });
    expect(m.rows.sort()).toEqual(['russia']);
    const all = positionsMatrix(out.positions, { by: 'actor' });
    expect(all.rows).toContain('russia');
  });

  it('renders proposals as a table', () => {
    const text = formatProposals(out.proposals);
    expect(text).toContain('framework-19-point');
    expect(text).toContain('steve-witkoff');
  });
});
