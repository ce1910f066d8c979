import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack, PackError } from '../../src/packs/load.ts';
import { nameKey } from '../../src/pipeline/actors/normalize.ts';

function packDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-pack-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

describe('loadPack', () => {
  it('rejects an invalid pack with the file, the path inside it and the problem', () => {
    const dir = packDir({
      'pack.yaml': 'id: test-pack\nname: Test\n',
      'actors.yaml': 'actors:\n  - id: jane-doe\n    name: Jane Doe\n    kind: wizard\n',
    });
    let err: unknown;
    try {
      loadPack(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PackError);
    const pe = err as PackError;
    expect(pe.file).toBe(join(dir, 'actors.yaml'));
    expect(pe.path).toBe('actors[0].kind');
    expect(pe.problem).toMatch(/person|organization|invalid/i);
  });

  it('rejects a side that names no actor', () => {
    const dir = packDir({
      'pack.yaml':
        'id: test-pack\nname: Test\nactors:\n  - {id: jane-doe, name: Jane Doe, kind: person, side: atlantis}\n',
    });
    expect(() => loadPack(dir)).toThrow(/actors\[0\]\.side.*atlantis/);
  });

  for (const name of ['generic', 'ukraine-2025']) {
    it(`loads the shipped ${name} pack with unique ids and no alias shared by two actors`, () => {
      const pack = loadPack(name);
      const ids = pack.actors.map((a) => a.id);
      expect(new Set(ids).size).toBe(ids.length);
      const placeIds = pack.places.map((p) => p.id);
      expect(new Set(placeIds).size).toBe(placeIds.length);
      const owner = new Map<string, string>();
      const clashes: string[] = [];
      for (const a of pack.actors)
        for (const n of [a.name, ...a.aliases, ...a.adjectives]) {
          const k = nameKey(n);
          const o = owner.get(k);
          if (o && o !== a.id) clashes.push(`${n}: ${o} / ${a.id}`);
          owner.set(k, a.id);
        }
      expect(clashes).toEqual([]);
      // Place names must not collide with actor names either (a capital is a place, its state an actor).
      const placeClashes = pack.places.flatMap((p) =>
        [p.name, ...p.aliases]
          .filter((n) => owner.has(nameKey(n)))
          .map((n) => `${n}: ${owner.get(nameKey(n))} / ${p.id}`),
      );
      expect(placeClashes).toEqual([]);
    });
  }

  it('covers the states, capitals and titles the linker relies on', () => {
    const pack = loadPack('generic');
    expect(pack.actors.filter((a) => a.kind === 'state').length).toBeGreaterThanOrEqual(193);
    const moscow = pack.places.find((p) => p.id === 'moscow');
    expect(moscow?.metonymFor).toBe('russia');
    expect(pack.places.find((p) => p.id === 'kyiv')?.aliases).toContain('Kiev');
    expect(pack.titles).toEqual(
      expect.arrayContaining(['President', 'Secretary of State', 'Sen.', 'Rep.', 'Special Envoy']),
    );
  });

  it('layers the negotiation pack over the generic one', () => {
    const pack = loadPack('ukraine-2025');
    expect(pack.actors.find((a) => a.id === 'dmitry-peskov')?.side).toBe('russia');
    expect(pack.actors.find((a) => a.id === 'russia')?.kind).toBe('state');
    const trump = pack.actors.find((a) => a.id === 'donald-trump');
    expect(trump?.roles.some((r) => r.title === 'President' && r.from === '2025-01-20')).toBe(true);
  });
});
