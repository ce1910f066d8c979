import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parley } from './run.ts';

const tmp = mkdtempSync(join(tmpdir(), 'parley-read-'));
const db = join(tmp, 'db');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('read commands on the ingested examples', () => {
  beforeAll(async () => {
    const r = await parley(['ingest', 'examples', '--db', db, '--pack', 'ukraine-2025', '--no-progress']);
    expect(r.code).toBe(0);
  }, 120_000);

  it('prints the positions matrix by side, with names, using the pack the store remembers', async () => {
    const r = await parley(['positions', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Positions by side/);
    expect(r.stdout).toMatch(/^Russia\s/m);
    const json = JSON.parse((await parley(['positions', '--db', db, '--json', '--by', 'actor'])).stdout);
    expect(json.by).toBe('actor');
    expect(json.cells.length).toBeGreaterThan(0);
  });

  it('lists the proposals and diffs two versions', async () => {
    const p = await parley(['proposals', '--db', db]);
    expect(p.stdout).toContain('plan-28-point');
    expect(p.stdout).toContain('framework-19-point');
    const d = await parley(['diff', 'plan-28-point', 'framework-19-point', '--db', db]);
    expect(d.code).toBe(0);
    expect(d.stdout).toMatch(/territory/);
    const bad = await parley(['diff', 'nope', 'framework-19-point', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no proposal "nope"');
  });

  it('finds quotes by speaker and text, and people by kind', async () => {
    const q = await parley(['quotes', '--speaker', 'peskov', '--db', db]);
    expect(q.stdout).toMatch(/Dmitry Peskov: /);
    expect(q.stdout).not.toMatch(/Donald Trump: /);
    const a = await parley(['actors', '--kind', 'person', '--db', db]);
    expect(a.stdout).toMatch(/Steve Witkoff\s+person\s+united-states/);
    expect(a.stdout).toMatch(/Witkof\b/); // the misspelling is listed among the spellings
    const bad = await parley(['actors', '--kind', 'robot', '--db', db]);
    expect(bad.code).toBe(2);
  });

  it('exports a Markdown briefing', async () => {
    const r = await parley(['export', '--format', 'md', '--db', db]);
    expect(r.stdout).toMatch(/^# Parley dossier/);
    expect(r.stdout).toContain('## Positions (latest stance by side)');
    expect(r.stdout).toContain('## Quotes');
  });
});
