import { stringify } from 'yaml';
import type { ActorKind, Span } from '../core/types.ts';
import type { Pack } from '../packs/schema.ts';
import { FIRST_NAME_GROUPS } from '../pipeline/actors/lexicon.ts';
import { nameKey, slug } from '../pipeline/actors/normalize.ts';
import type { ActorsResult, DiscoveredActor } from '../pipeline/actors/types.ts';

/**
 * Cross-document entity resolution for actors and places: pack actors keep their ids; actors
 * discovered in single documents are clustered (same normalized name, or a surname/first-name
 * variant of a clustered person with a compatible role) into one `new:` actor marked known: false.
 */

export interface ContractActor {
  id: string;
  name: string;
  kind: ActorKind;
  side: string | null;
  aliases: string[];
  known: boolean;
  mentions: Span[];
  /** Unknown actors only: the role and organization the cues stated, where any did. */
  role?: string | null;
  organization?: string | null;
}

export interface ContractPlace {
  id: string;
  name: string;
  aliases: string[];
  mentions: Span[];
}

interface Cluster {
  names: Map<string, number>;
  kind: 'person' | 'organization';
  role: string | null;
  organization: string | null;
  side: string | null;
  /** (doc, local id) pairs merged here. */
  members: Set<string>;
  surname: string;
  first: string;
}

const groupOf = new Map<string, number>();
FIRST_NAME_GROUPS.forEach((g, i) => {
  for (const n of g) if (!groupOf.has(n)) groupOf.set(n, i);
});
const sameFirst = (a: string, b: string) => a === b || (groupOf.has(a) && groupOf.get(a) === groupOf.get(b));
const rolesCompatible = (a: string | null, b: string | null) =>
  !a || !b || nameKey(a) === nameKey(b) || nameKey(a).includes(nameKey(b)) || nameKey(b).includes(nameKey(a));

function byMentions<T extends { id: string; mentions: Span[] }>(a: T, b: T): number {
  return b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function spanOrder(a: Span, b: Span): number {
  return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || a.end - b.end;
}

export function resolveActors(
  docs: { doc: string; result: ActorsResult }[],
  pack: Pack,
): { actors: ContractActor[]; places: ContractPlace[] } {
  const sorted = [...docs].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));

  // 1. Cluster discovered actors: full names first, then single words and variants onto them.
  const clusters: Cluster[] = [];
  const byName = new Map<string, Cluster>();
  const local = new Map<string, Cluster>(); // `${doc}\u0000${localId}` → cluster
  const discoveredAll: { doc: string; d: DiscoveredActor }[] = [];
  for (const { doc, result } of sorted) for (const d of result.discovered) discoveredAll.push({ doc, d });
  const words = (d: DiscoveredActor) => nameKey(d.name).split(' ').filter(Boolean);
  discoveredAll.sort((x, y) => words(y.d).length - words(x.d).length);
  for (const { doc, d } of discoveredAll) {
    const key = nameKey(d.name);
    const w = words(d);
    let c = byName.get(`${d.kind}:${key}`);
    if (!c && d.kind === 'person') {
      const surname = w[w.length - 1] ?? '';
      const first = w.length > 1 ? (w[0] ?? '') : '';
      const candidates = clusters.filter(
        (x) =>
          x.kind === 'person' &&
          x.surname === surname &&
          (!first || !x.first || sameFirst(first, x.first)) &&
          rolesCompatible(x.role, d.role),
      );
      if (candidates.length === 1) c = candidates[0];
    }
    if (!c) {
      c = {
        names: new Map(),
        kind: d.kind,
        role: d.role,
        organization: d.organization,
        side: d.side,
        members: new Set(),
        surname: w[w.length - 1] ?? '',
        first: w.length > 1 ? (w[0] ?? '') : '',
      };
      clusters.push(c);
    }
    byName.set(`${d.kind}:${key}`, c);
    c.names.set(d.name, (c.names.get(d.name) ?? 0) + d.evidence.length);
    c.role ??= d.role;
    c.organization ??= d.organization;
    c.side ??= d.side;
    c.members.add(`${doc}\u0000${d.id}`);
    local.set(`${doc}\u0000${d.id}`, c);
  }
  const clusterId = new Map<Cluster, string>();
  const clusterName = (c: Cluster) =>
    [...c.names].sort(
      (a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
    )[0]?.[0] ?? '';
  const used = new Set<string>();
  for (const c of clusters) {
    const base = `new:${slug(clusterName(c))}`;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    clusterId.set(c, id);
  }

  // 2. Collect mentions.
  const actorMentions = new Map<string, Span[]>();
  const placeMentions = new Map<string, Span[]>();
  const placeNames = new Map<string, string>();
  const push = (m: Map<string, Span[]>, id: string, s: Span) => {
    const list = m.get(id) ?? [];
    list.push(s);
    m.set(id, list);
  };
  for (const { doc, result } of sorted) {
    for (const m of result.mentions) {
      const s: Span = { doc, start: m.start, end: m.end, text: m.text };
      if (m.actor.startsWith('new:')) {
        const c = local.get(`${doc}\u0000${m.actor}`);
        if (c) push(actorMentions, clusterId.get(c) as string, s);
      } else push(actorMentions, m.actor, s);
    }
    for (const p of result.places) {
      push(placeMentions, p.place, { doc, start: p.start, end: p.end, text: p.text });
      if (p.place.startsWith('new:') && !placeNames.has(p.place)) placeNames.set(p.place, p.text);
    }
  }

  // 3. Build the contract lists.
  const actors: ContractActor[] = [];
  const packActors = new Map(pack.actors.map((a) => [a.id, a]));
  for (const [id, mentions] of actorMentions) {
    mentions.sort(spanOrder);
    const a = packActors.get(id);
    if (a) {
      actors.push({
        id,
        name: a.name,
        kind: a.kind,
        side: a.side,
        aliases: [...a.aliases],
        known: true,
        mentions,
      });
      continue;
    }
    const c = clusters.find((x) => clusterId.get(x) === id);
    if (!c) continue;
    const name = clusterName(c);
    const aliases = [...new Set(mentions.map((m) => m.text.replace(/['’]s$/, '')))]
      .filter((t) => t !== name)
      .sort();
    actors.push({
      id,
      name,
      kind: c.kind,
      side: c.side,
      aliases,
      known: false,
      mentions,
      role: c.role,
      organization: c.organization,
    });
  }
  const places: ContractPlace[] = [];
  const packPlaces = new Map(pack.places.map((p) => [p.id, p]));
  for (const [id, mentions] of placeMentions) {
    mentions.sort(spanOrder);
    const p = packPlaces.get(id);
    if (p) places.push({ id, name: p.name, aliases: [...p.aliases], mentions });
    else {
      const name = placeNames.get(id) ?? id.slice(4);
      places.push({
        id,
        name,
        aliases: [...new Set(mentions.map((m) => m.text))].filter((t) => t !== name).sort(),
        mentions,
      });
    }
  }
  actors.sort(byMentions);
  places.sort(byMentions);
  return { actors, places };
}

/** Unknown actors as a pack-ready YAML `actors:` section an analyst can review and adopt. */
export function unknownActorsYaml(actors: readonly ContractActor[]): string {
  const entries = actors
    .filter((a) => !a.known)
    .map((a) => {
      const e: Record<string, unknown> = { id: a.id.replace(/^new:/, ''), name: a.name, kind: a.kind };
      if (a.aliases.length > 0) e.aliases = a.aliases;
      if (a.side) e.side = a.side;
      if (a.role || a.organization) {
        const role: Record<string, string> = { title: a.role ?? 'unknown' };
        if (a.organization) role.organization = a.organization;
        e.roles = [role];
      }
      return e;
    });
  const header = `# ${entries.length} actor(s) found in the articles but in no pack. Review each before adopting it:\n# check the name, kind, side and role, then copy the entries into a pack's actors.yaml.\n`;
  return header + stringify({ actors: entries }, { lineWidth: 0 });
}
