import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveActors, unknownActorsYaml } from '../../src/corpus/actors.ts';
import { loadPack } from '../../src/packs/load.ts';
import { PackSchema } from '../../src/packs/schema.ts';
import { compileActorIndex, linkActors } from '../../src/pipeline/actors/index.ts';
import { segment } from '../../src/pipeline/segment/index.ts';

const pack = loadPack('ukraine-2025');
const index = compileActorIndex(pack);
const analyse = (doc: string, text: string) => ({
  doc,
  text,
  result: linkActors(text, segment(text), index),
});

const a = analyse(
  'doc-a',
  'Marta Lindqvist, the deputy director for policy at the Northbridge Institute, said Moscow had hardened its line. Lindqvist met Steve Witkoff in Geneva.',
);
const b = analyse(
  'doc-b',
  'Analyst Marta Lindqvist said the annex on sanctions was thin. Witkoff declined to comment, and Zelenskyy said Kyiv would respond.',
);
const c = analyse(
  'doc-c',
  'Senator Ruth Calloway told CNN that the Senate would wait. Calloway later met Steven Cheung.',
);

describe('resolveActors', () => {
  const out = resolveActors(
    [b, a, c].map(({ doc, result }) => ({ doc, result })),
    pack,
  );

  it('clusters the same new name across documents into one unknown actor', () => {
    const lind = out.actors.filter((x) => x.name === 'Marta Lindqvist');
    expect(lind).toHaveLength(1);
    expect(lind[0]).toMatchObject({
      id: 'new:marta-lindqvist',
      kind: 'person',
      known: false,
      role: 'deputy director for policy',
      organization: 'Northbridge Institute',
    });
    expect(lind[0]?.mentions.map((m) => `${m.doc}:${m.text}`)).toEqual([
      'doc-a:Marta Lindqvist',
      'doc-a:Lindqvist',
      'doc-b:Marta Lindqvist',
    ]);
  });

  it('keeps pack actors known, with their side, and spans that slice their documents', () => {
    const witkoff = out.actors.find((x) => x.id === 'steve-witkoff');
    expect(witkoff).toMatchObject({ known: true, side: 'united-states', kind: 'person' });
    expect(witkoff?.mentions.map((m) => m.doc)).toEqual(['doc-a', 'doc-b']);
    const texts: Record<string, string> = { 'doc-a': a.text, 'doc-b': b.text, 'doc-c': c.text };
    for (const actor of out.actors)
      for (const m of actor.mentions) expect(texts[m.doc]?.slice(m.start, m.end)).toBe(m.text);
  });

  it('keeps Witkoff and Cheung apart and lists only actors with mentions', () => {
    expect(out.actors.find((x) => x.id === 'steven-cheung')?.mentions.map((m) => m.text)).toEqual([
      'Steven Cheung',
    ]);
    expect(out.actors.find((x) => x.id === 'vladimir-putin')).toBeUndefined();
    expect(out.actors.every((x) => x.mentions.length > 0)).toBe(true);
  });

  it('lists places with mentions and metonyms under their state', () => {
    expect(out.places.map((p) => p.id)).toEqual(['geneva']);
    expect(out.actors.find((x) => x.id === 'russia')?.mentions.map((m) => m.text)).toEqual(['Moscow']);
  });

  it('is deterministic whatever the order of the documents', () => {
    const again = resolveActors(
      [c, a, b].map(({ doc, result }) => ({ doc, result })),
      pack,
    );
    expect(JSON.stringify(again)).toBe(JSON.stringify(out));
  });

  it('renders unknown actors as YAML that the pack schema accepts', () => {
    const yaml = unknownActorsYaml(out.actors);
    const parsed = parse(yaml) as { actors: unknown[] };
    const names = (parsed.actors as { name: string }[]).map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['Marta Lindqvist', 'Ruth Calloway']));
    expect(names).not.toContain('CNN'); // a pack outlet, not an unknown actor
    expect(names).not.toContain('Steve Witkoff');
    const checked = PackSchema.safeParse({ id: 'adopted', name: 'Adopted', ...parsed });
    expect(checked.success).toBe(true);
  });
});
