import { describe, expect, it } from 'vitest';
import { analyze, provisionsOf } from './helpers.ts';

describe('proposals', () => {
  it('finds the drafters named after "drafted by", skipping appositives and possessives', () => {
    const r = analyze(
      "The 28-point plan was drafted in Miami by Kirill Dmitriev, a Kremlin envoy, special envoy Steve Witkoff and Trump's son-in-law Jared Kushner.",
    );
    const p = r.proposals.find((x) => x.key === 'plan-28-point');
    expect([...(p?.authors ?? [])].sort()).toEqual(['jared-kushner', 'kirill-dmitriev', 'steve-witkoff']);
    expect(p?.points).toBe(28);
  });

  it('links a revised version to the one it replaces and generic mentions to the version discussed', () => {
    const text =
      'Negotiators in Geneva cut the 28-point plan to a revised 19-point version on Sunday.\n\nThe revised framework does not call for Ukrainian troops to leave the Donbas.';
    const r = analyze(text);
    expect(r.proposals.find((x) => x.key === 'framework-19-point')?.revises).toBe('plan-28-point');
    const generic = r.mentions.find((m) => m.text === 'The revised framework');
    expect(generic?.proposal).toBe('framework-19-point');
    // Convention 8: what the revision drops was in the version the article names it against.
    expect(provisionsOf(r)).toEqual([
      'framework-19-point territory dropped',
      'plan-28-point territory included',
    ]);
  });

  it('keys a proposal unknown to the pack by its point count', () => {
    const r = analyze('A 12-point plan from Beijing calls for a ceasefire and talks.', 'generic');
    expect(r.mentions[0]?.proposal).toBe('points:12');
    expect(provisionsOf(r)).toEqual(['points:12 ceasefire included']);
  });

  it('skips the contrasted version in "unlike X, Y does not …"', () => {
    const r = analyze(
      "Unlike the original 28-point plan, the 19-point framework does not limit the size of Ukraine's army and allows Ukraine to seek NATO membership.",
    );
    expect(provisionsOf(r)).toEqual([
      'framework-19-point military-size dropped',
      // Leave to seek membership, listed with what the revision no longer does: the bar is gone.
      'framework-19-point nato dropped',
      // Convention 8: the contrasted version held what the newer one drops or changes.
      'plan-28-point military-size included',
      'plan-28-point nato included',
    ]);
  });

  it('reads deadlines and their absence', () => {
    const r = analyze('Trump said there was no deadline for Kyiv to accept the 28-point plan.');
    expect(r.deadlines).toHaveLength(1);
    expect(r.deadlines[0]).toMatchObject({ none: true, proposal: 'plan-28-point' });
  });

  it('records process states next to a proposal mention', () => {
    const r = analyze('The White House unveiled a 28-point plan on Thursday.');
    expect(r.process.map((p) => p.state)).toEqual(['presented']);
  });
});
