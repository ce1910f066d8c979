import { describe, expect, it } from 'vitest';
import { analyze, stancesOf } from './helpers.ts';

describe('stances', () => {
  it('reads a demand with its object issue', () => {
    const r = analyze('Moscow has demanded that Kyiv renounce its ambition to join NATO.');
    // nato convention (packs/ukraine-2025/issues.yaml): demanding that Kyiv renounce membership rejects it
    expect(stancesOf(r)).toEqual(['russia rejects nato']);
    const s = r.stances[0];
    expect(s?.evidence.text).toBe('Moscow has demanded that Kyiv renounce its ambition to join NATO.');
    expect(s?.date).toBe('2025-11-24');
  });

  it('turns a future negation of acceptance into a rejection', () => {
    const r = analyze(
      'Ukraine will never recognise occupied territory as Russian, its foreign minister said.',
    );
    expect(stancesOf(r)).toContain('ukraine rejects recognition');
  });

  it('reads a conditional acceptance and keeps the condition out of the object', () => {
    const r = analyze('Ukraine would accept a ceasefire if its allies provide security guarantees.');
    expect(stancesOf(r)).toEqual(['ukraine conditional ceasefire']);
  });

  it('reads "has not committed to" as undecided', () => {
    const r = analyze('Donald Trump has not committed to a US role in a reassurance force.');
    expect(stancesOf(r)).toEqual(['donald-trump undecided security-guarantees']);
  });

  it('shares the subject across coordinated predicates', () => {
    const r = analyze(
      'Russia demands that Ukraine hand over the Donbas and insists on a ban on NATO membership.',
    );
    expect(stancesOf(r)).toEqual(['russia demands territory', 'russia rejects nato']);
  });

  it('records a stance on a proposal as a whole with the proposal', () => {
    const r = analyze('Kyiv backs the new 19-point framework, officials said.');
    expect(r.stances).toHaveLength(1);
    expect(r.stances[0]).toMatchObject({
      actor: 'ukraine',
      stance: 'supports',
      issue: 'proposal',
      proposal: 'framework-19-point',
    });
  });

  it('splits a coordinated subject into each party', () => {
    const r = analyze('Britain and France support a ceasefire before any broader settlement.');
    expect(stancesOf(r).sort()).toEqual(['france supports ceasefire', 'united-kingdom supports ceasefire']);
  });

  it('resolves a pronoun to the party named before it', () => {
    const r = analyze('Ukraine, for its part, says it would agree to a truce if Russia did the same.');
    expect(stancesOf(r)).toEqual(['ukraine conditional ceasefire']);
  });

  it('reads "could serve as the basis" as support for the plan, held by the reporter', () => {
    const r = analyze(
      'Vladimir Putin said last week that the 28-point plan could serve as the basis of a settlement.',
    );
    expect(r.stances.map((x) => `${x.actor} ${x.stance} ${x.issue} ${x.proposal}`)).toContain(
      'vladimir-putin supports proposal plan-28-point',
    );
  });

  it('takes the copula subject, not a later-named version, as the object of "remained a better starting point"', () => {
    const r = analyze(
      'Yuri Ushakov told reporters that Moscow had studied the 19-point framework and that the 28-point plan remained a better starting point.',
    );
    const sup = r.stances.filter((x) => x.stance === 'supports').map((x) => x.proposal);
    expect(sup).toContain('plan-28-point');
    expect(sup).not.toContain('framework-19-point');
  });

  it('reads "wants to see the full text" as undecided, not a demand', () => {
    const r = analyze(
      'The Kremlin says it wants to see the full text of the 19-point framework before taking a view.',
    );
    expect(r.stances.map((x) => x.stance)).toEqual(['undecided']);
  });

  it('does not take a possessor as the holder ("Ukraine\'s army")', () => {
    const r = analyze("Emmanuel Macron said Ukraine's army should not face any limits.");
    expect(r.stances.map((x) => x.actor)).not.toContain('ukraine');
  });
});
