/**
 * Sticking points: the issues still disputed in the text under negotiation are points of that
 * text (provision-sticking.ts). Sentences written for these tests, with near misses.
 */
import { describe, expect, it } from 'vitest';
import { analyze, provisionsOf } from './helpers.ts';

const INTRO = 'The 28-point plan has been under discussion all week. ';

describe('sticking points of the text under negotiation', () => {
  it('lists after "sticking points remain" are included in the version under discussion', () => {
    const r = analyze(
      `${INTRO}Officials said three sticking points remain: the territory Russia has yet to capture, the size of Ukraine's army and NATO membership.`,
    );
    const p = provisionsOf(r);
    expect(p).toContain('plan-28-point territory included');
    expect(p).toContain('plan-28-point military-size included');
    expect(p).toContain('plan-28-point nato included');
  });

  it('"Those issues concern …" after a sentence announcing the sticking points', () => {
    const r = analyze(
      `${INTRO}A senior official told reporters that two major sticking points are still unresolved. Those two issues concern the territory Russia has not captured and the cap on Ukraine's armed forces.`,
    );
    const p = provisionsOf(r);
    expect(p).toContain('plan-28-point territory included');
    expect(p).toContain('plan-28-point military-size included');
  });

  it('an issue named before the sticking-point words, or with no such words, is no point of the text', () => {
    const r = analyze(
      `${INTRO}Sanctions relief aside, the talks have a sticking point nobody will name. Those issues concern diplomats more than soldiers.`,
    );
    expect(provisionsOf(r)).not.toContain('plan-28-point sanctions included');
    const q = analyze(
      `${INTRO}Those issues concern the size of Ukraine's army, an analyst said of the wider war.`,
    );
    expect(provisionsOf(q)).not.toContain('plan-28-point military-size included');
  });
});
