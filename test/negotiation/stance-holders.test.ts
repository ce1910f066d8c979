import { describe, expect, it } from 'vitest';
import { analyze, stancesOf } from './helpers.ts';

describe('stance predicates added in round six', () => {
  it('reads "hold out for" as a demand', () => {
    const r = analyze(
      'Ukraine will hold out for binding security guarantees from its allies, officials said.',
    );
    expect(stancesOf(r)).toContain('ukraine demands security-guarantees');
  });

  it('reads "drew a red line at" as a rejection', () => {
    const r = analyze('Moscow drew a red line at the deployment of European troops in Ukraine.');
    expect(stancesOf(r)).toContain('russia rejects security-guarantees');
  });

  it('reads "made clear that … would not accept" as the subject\'s rejection', () => {
    const r = analyze(
      'Sergei Lavrov made clear that Russia would not accept the deployment of European troops in Ukraine.',
    );
    expect(stancesOf(r).some((s) => s.endsWith('rejects security-guarantees'))).toBe(true);
  });

  it('reads "is prepared to discuss … if" as conditional', () => {
    const r = analyze('Kyiv is prepared to discuss a ceasefire if its allies provide security guarantees.');
    expect(stancesOf(r)).toContain('ukraine conditional ceasefire');
  });

  it('reads "in no hurry to agree to" as a refusal, not support', () => {
    const r = analyze('Russia has signalled it is in no hurry to agree to a truce.');
    expect(stancesOf(r)).not.toContain('russia supports ceasefire');
  });
});

describe('stance predicates added in round six: negatives', () => {
  it('does not read an analyst who "made clear" something as a party', () => {
    const r = analyze('One analyst made clear that a ceasefire would not hold without guarantees.');
    expect(r.stances).toEqual([]);
  });

  it('does not read a hypothetical "would hold out for"', () => {
    const r = analyze('If Kyiv held out for a larger army, the talks would collapse, diplomats said.');
    expect(stancesOf(r)).not.toContain('ukraine demands military-size');
  });

  it('does not read a question as a stance', () => {
    const r = analyze('Will Russia stand firm on its demand for the whole of Donbas?');
    expect(r.stances).toEqual([]);
  });

  it('does not read a plan description as a stance', () => {
    const r = analyze('Under the 28-point plan, Ukraine would be prepared to accept a cap on its army.');
    expect(stancesOf(r)).not.toContain('ukraine supports military-size');
  });
});
