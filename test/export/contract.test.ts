import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Span } from '../../src/core/types.ts';
import type { Dossier } from '../../src/export/contract.ts';
import { buildDossier } from '../../src/export/dossier.ts';
import { expandInputs } from '../../src/ingest/inputs.ts';
import { ingestInputs } from '../../src/ingest/run.ts';
import { loadPack } from '../../src/packs/load.ts';
import { compilePack } from '../../src/pipeline/analyze.ts';
import type { Db } from '../../src/store/db.ts';
import { openStore } from '../../src/store/index.ts';

const DATE = /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/;
const isDate = (d: unknown): boolean =>
  typeof d === 'string'
    ? DATE.test(d)
    : !!d &&
      typeof d === 'object' &&
      isDate((d as { from: unknown }).from) &&
      isDate((d as { to: unknown }).to);

describe('the parley/1 export on the bundled examples', () => {
  const pack = compilePack(loadPack('ukraine-2025'));
  let dir: string;
  let db: Db;
  let dossier: Dossier;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-contract-'));
    db = await openStore({ dir });
    const { inputs } = expandInputs(['examples']);
    const summary = await ingestInputs(db, inputs, {
      overrides: {},
      maxBytes: 1 << 24,
      pack,
      readStdin: async () => new Uint8Array(),
    });
    expect(summary.failed).toEqual([]);
    dossier = await buildDossier(db, { pack });
  }, 120_000);

  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has every top-level list of the contract', () => {
    expect(dossier.format).toBe('parley/1');
    for (const k of [
      'documents',
      'actors',
      'places',
      'times',
      'quotes',
      'events',
      'issues',
      'proposals',
      'positions',
      'conflicts',
    ])
      expect(Array.isArray((dossier as unknown as Record<string, unknown>)[k]), k).toBe(true);
    expect(dossier.documents.length).toBeGreaterThanOrEqual(10);
  });

  it('points every span at the exact slice of its document’s clean text', () => {
    const texts = new Map(dossier.documents.map((d) => [d.id, d.text]));
    const spans: Span[] = [
      ...dossier.documents.flatMap((d) => d.flags.flatMap((f) => f.evidence)),
      ...dossier.actors.flatMap((a) => a.mentions),
      ...dossier.places.flatMap((p) => p.mentions),
      ...dossier.times,
      ...dossier.quotes,
      ...dossier.quotes.flatMap((q) => q.occurrences),
      ...dossier.events.flatMap((e) => e.evidence),
      ...dossier.proposals.flatMap((p) => [...p.mentions, ...p.provisions.flatMap((v) => v.evidence)]),
      ...dossier.positions.flatMap((p) => p.evidence),
      ...dossier.conflicts.flatMap((c) => c.claims),
    ];
    expect(spans.length).toBeGreaterThan(300);
    for (const s of spans) expect(texts.get(s.doc)?.slice(s.start, s.end), JSON.stringify(s)).toBe(s.text);
  });

  it('uses only ids that resolve, and dates in the contract form', () => {
    const actorIds = new Set(dossier.actors.map((a) => a.id));
    const proposalIds = new Set(dossier.proposals.map((p) => p.id));
    const issueIds = new Set(dossier.issues.map((i) => i.id));
    for (const q of dossier.quotes) if (q.speaker) expect(actorIds, q.speaker).toContain(q.speaker);
    for (const p of dossier.positions) {
      expect(issueIds).toContain(p.issue);
      if (p.proposal) expect(proposalIds).toContain(p.proposal);
      if (p.date !== null) expect(isDate(p.date), JSON.stringify(p.date)).toBe(true);
    }
    for (const p of dossier.proposals) if (p.supersedes) expect(proposalIds).toContain(p.supersedes);
    for (const t of dossier.times) expect(isDate(t.value), JSON.stringify(t)).toBe(true);
    for (const d of dossier.documents)
      if (d.duplicateOf) expect(dossier.documents.map((x) => x.id)).toContain(d.duplicateOf);
  });

  it('finds the people, the proposals and the quotes a reader would', () => {
    const names = dossier.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(names).toEqual(
      expect.arrayContaining(['Donald Trump', 'Volodymyr Zelensky', 'Steve Witkoff', 'Dmitry Peskov']),
    );
    const points = dossier.proposals.map((p) => p.points);
    expect(points).toEqual(expect.arrayContaining([28, 19]));
    const nineteen = dossier.proposals.find((p) => p.points === 19);
    expect(dossier.proposals.find((p) => p.id === nineteen?.supersedes)?.points).toBe(28);
    expect(dossier.quotes.filter((q) => q.kind === 'direct' && !q.scare).length).toBeGreaterThan(20);
    // The republished article carries the same quotes: one quote, two occurrences.
    expect(dossier.quotes.some((q) => new Set(q.occurrences.map((o) => o.doc)).size > 1)).toBe(true);
  });

  it('is deterministic: the same store gives the same export, byte for byte', async () => {
    const again = await buildDossier(db, { pack });
    expect(JSON.stringify(again)).toBe(JSON.stringify(dossier));
  });
});
