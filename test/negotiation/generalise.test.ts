import { describe, expect, it } from 'vitest';
import { analyze, provisionsOf, stancesOf } from './helpers.ts';

/** Mechanisms added after measuring on held-out articles (test/fixtures/negotiation/heldout). */
describe('provision descriptions are not stances', () => {
  it('"Under the plan, X would …" is the plan\'s content, and so is the "would" sentence after it', () => {
    const r = analyze(
      'The 28-point plan was presented to Kyiv this week. Under the plan, Ukraine would withdraw from the Donbas. Kyiv would also accept a cap of 600,000 troops on its armed forces.',
    );
    expect(r.stances).toEqual([]);
    expect(provisionsOf(r)).toEqual(
      expect.arrayContaining(['plan-28-point territory included', 'plan-28-point military-size included']),
    );
  });

  it('a bare "would" with nobody reporting it is a scenario, not a stance', () => {
    expect(analyze('Washington would recognise Crimea as Russian territory.').stances).toEqual([]);
  });

  it('"pull back" is not "back"', () => {
    // Expecting the troops to pull back is a demand on territory, never support ("back").
    const r = analyze('Russia said it expects Ukrainian troops to pull back from Donetsk.');
    expect(r.stances.filter((s) => s.stance === 'supports')).toEqual([]);
    expect(r.stances.map((s) => `${s.actor} ${s.stance} ${s.issue}`)).toEqual(['russia demands territory']);
  });
});

describe('stances that needed more than a predicate', () => {
  it('"has not agreed to anything" is undecided on the proposal under discussion', () => {
    const r = analyze(
      'The 28-point plan reached Moscow on Friday. Russia has not agreed to anything, the Kremlin said.',
    );
    expect(r.stances.map((s) => `${s.actor} ${s.stance} ${s.issue} ${s.proposal}`)).toEqual([
      'russia undecided proposal plan-28-point',
    ]);
  });

  it('a negation that belongs to another phrase does not negate the predicate', () => {
    const r = analyze(
      'The 19-point framework is on the table. There is no deadline for Kyiv to accept the framework.',
    );
    expect(r.stances.filter((s) => s.stance === 'undecided')).toEqual([]);
  });

  it('reads the object of a relative clause from its antecedent', () => {
    const r = analyze(
      'Hamas has not committed to disarmament, which Israel demands as a condition.',
      'generic',
    );
    expect(stancesOf(r)).toContain('israel demands disarmament');
  });

  it('flips a stance whose object names the negation of the issue (nato convention)', () => {
    expect(stancesOf(analyze('Ukraine rejects any ban on NATO membership.'))).toEqual([
      'ukraine demands nato',
    ]);
    expect(stancesOf(analyze('Kyiv is seeking NATO membership.'))).toEqual(['ukraine demands nato']);
    expect(stancesOf(analyze('Russia wants a pledge that Ukraine will stay out of NATO.'))).toEqual([
      'russia rejects nato',
    ]);
  });

  it('"ready to sign … if" is conditional', () => {
    const r = analyze('Ukraine is ready to sign the 19-point framework if it comes with guarantees.');
    expect(stancesOf(r)).toEqual(['ukraine conditional proposal']);
  });
});

describe('proposals and their drafters', () => {
  it('a counter-proposal drafted by others does not lend its drafters to the plan', () => {
    const r = analyze(
      'The 28-point plan was drafted by Steve Witkoff and Kirill Dmitriev. European leaders have answered with a counter-proposal. Britain, France and Germany drew up the counter-proposal over the weekend.',
    );
    const byKey = new Map(r.proposals.map((p) => [p.key, p.authors]));
    expect(byKey.get('plan-28-point')).toEqual(['steve-witkoff', 'kirill-dmitriev']);
    expect(byKey.get('name:counter-proposal')).toEqual(['united-kingdom', 'france', 'germany']);
  });

  it('co-drafters after "with" count', () => {
    const r = analyze('Steve Witkoff drafted the 28-point plan with Kirill Dmitriev in October.');
    expect(r.proposals.find((p) => p.key === 'plan-28-point')?.authors).toEqual([
      'steve-witkoff',
      'kirill-dmitriev',
    ]);
  });

  it('an approximate count or a comparison is not a proposal on the table', () => {
    const r = analyze(
      'Trump said he would prefer a short plan of around twenty points, like the one for Gaza.',
    );
    expect(r.proposals.map((p) => p.key)).toEqual([]);
  });
});
