import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'zod';
import { type Pack, PackSchema } from './schema.ts';

/** The folder holding the packs that ship with Parley. */
export const BUILTIN_PACKS = resolve(dirname(fileURLToPath(import.meta.url)), '../../packs');

export class PackError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${file}${path ? ` at ${path}` : ''}: ${problem}`);
    this.name = 'PackError';
  }
}

/** A pack name ("ukraine-2025") or a path to a pack folder or single YAML file. */
export function resolvePack(nameOrPath: string): string {
  if (existsSync(nameOrPath)) return resolve(nameOrPath);
  const builtin = join(BUILTIN_PACKS, nameOrPath);
  if (existsSync(builtin)) return builtin;
  throw new PackError(nameOrPath, '', `no such pack (looked for a path and for ${builtin})`);
}

function yamlFiles(dir: string): string[] {
  if (!statSync(dir).isDirectory()) return [dir];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

const LIST_SECTIONS = [
  'titles',
  'actors',
  'places',
  'issues',
  'proposalNouns',
  'proposals',
  'extends',
  'givenNames',
] as const;

/** Reads, merges and validates one pack folder (without its `extends`). */
function loadOne(dir: string): Pack {
  const merged: Record<string, unknown> = {};
  for (const file of yamlFiles(dir)) {
    let doc: unknown;
    try {
      doc = parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new PackError(file, '', `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    }
    if (doc == null) continue;
    if (typeof doc !== 'object' || Array.isArray(doc))
      throw new PackError(file, '', 'expected a mapping of sections');
    // Validate each file on its own first, so an error names the file it is in.
    const partial = PackSchema.partial().safeParse(doc);
    if (!partial.success) throw zodToPackError(file, partial.error);
    for (const [key, value] of Object.entries(doc as Record<string, unknown>)) {
      if ((LIST_SECTIONS as readonly string[]).includes(key) && Array.isArray(merged[key])) {
        merged[key] = [...(merged[key] as unknown[]), ...(value as unknown[])];
      } else merged[key] = value;
    }
  }
  const result = PackSchema.safeParse(merged);
  if (!result.success) throw zodToPackError(dir, result.error);
  return result.data;
}

function zodToPackError(file: string, error: z.ZodError): PackError {
  const issue = error.issues[0];
  return new PackError(file, issue ? formatPath(issue.path) : '', issue?.message ?? 'invalid');
}

/** Loads a pack and the packs it extends; the pack's own entries win over inherited ones with the same id. */
export function loadPack(nameOrPath: string, seen: ReadonlySet<string> = new Set()): Pack {
  const dir = resolvePack(nameOrPath);
  if (seen.has(dir)) throw new PackError(dir, 'extends', 'packs extend each other in a cycle');
  const own = loadOne(dir);
  let pack = own;
  for (const parent of own.extends) {
    const base = loadPack(parent, new Set([...seen, dir]));
    pack = mergePacks(base, pack);
  }
  checkReferences(dir, pack);
  return pack;
}

function byId<T extends { id: string }>(base: readonly T[], over: readonly T[]): T[] {
  const ids = new Set(over.map((x) => x.id));
  return [...base.filter((x) => !ids.has(x.id)), ...over];
}

export function mergePacks(base: Pack, over: Pack): Pack {
  return {
    ...over,
    titles: [...new Set([...base.titles, ...over.titles])],
    proposalNouns: [...new Set([...base.proposalNouns, ...over.proposalNouns])],
    givenNames: [...new Set([...base.givenNames, ...over.givenNames])],
    actors: byId(base.actors, over.actors),
    places: byId(base.places, over.places),
    issues: byId(base.issues, over.issues),
    proposals: byId(base.proposals, over.proposals),
  };
}

/** Ids must be unique and every reference must point at something that exists. */
function checkReferences(file: string, pack: Pack): void {
  const actorIds = new Set<string>();
  pack.actors.forEach((a, i) => {
    if (actorIds.has(a.id)) throw new PackError(file, `actors[${i}].id`, `duplicate actor id "${a.id}"`);
    actorIds.add(a.id);
  });
  pack.actors.forEach((a, i) => {
    if (a.side && !actorIds.has(a.side))
      throw new PackError(file, `actors[${i}].side`, `unknown actor "${a.side}"`);
  });
  pack.places.forEach((p, i) => {
    if (p.metonymFor && !actorIds.has(p.metonymFor))
      throw new PackError(file, `places[${i}].metonymFor`, `unknown actor "${p.metonymFor}"`);
  });
  const proposalIds = new Set(pack.proposals.map((p) => p.id));
  pack.proposals.forEach((p, i) => {
    if (p.supersedes && !proposalIds.has(p.supersedes))
      throw new PackError(file, `proposals[${i}].supersedes`, `unknown proposal "${p.supersedes}"`);
    for (const a of p.authors)
      if (!actorIds.has(a)) throw new PackError(file, `proposals[${i}].authors`, `unknown actor "${a}"`);
  });
}
