import { describe, expect, it } from 'vitest';
import { analyze, provisionsOf } from './helpers.ts';

// Annotation convention 8: what a revision is said to drop, change or keep was in the version it
// revises, when the article names that version.
describe('implied inclusion in the earlier version', () => {
  it('a cap the revision no longer sets was in the original plan the article names', () => {
    const t =
      'Negotiators in Geneva trimmed the original 28-point plan to a shorter text over the weekend. The 19-point framework no longer caps the size of the Ukrainian army, two officials said.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('framework-19-point military-size dropped');
    expect(p).toContain('plan-28-point military-size included');
  });

  it('"raised …, up from the figure in the first version" puts the point in the first version', () => {
    const t =
      'The 28-point plan was handed to Kyiv in November. Under the 19-point framework, the ceiling on the army has been raised to 800,000 troops, up from 600,000 in the first version.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('plan-28-point military-size included');
  });

  it('a point the revision keeps was in the earlier text; a point it adds was not', () => {
    const t =
      'The 19-point framework replaces the 28-point plan. The revised text keeps a pledge of security guarantees for Kyiv and adds an exchange of all prisoners of war.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('plan-28-point security-guarantees included');
    expect(p).not.toContain('plan-28-point prisoners included');
  });

  it('"So does …" after a kept point carries the keep over', () => {
    const t =
      'The 19-point framework replaces the 28-point plan.\n\nWhat survives?\n\nSecurity guarantees remain at the centre of the framework. So does a full exchange of prisoners of war.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('plan-28-point security-guarantees included');
    expect(p).toContain('plan-28-point prisoners included');
  });
});

describe('negative cases: no implied inclusion', () => {
  it('an article that never mentions the earlier version gets no item for it', () => {
    const t =
      'Envoys carried the 19-point framework to Abu Dhabi on Monday. The 19-point framework no longer caps the size of the Ukrainian army and drops the blanket amnesty.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('framework-19-point military-size dropped');
    expect(p.filter((x) => x.startsWith('plan-28-point'))).toEqual([]);
  });

  it('a plain description of the new text says nothing about the old one', () => {
    const t =
      'The 28-point plan was drafted in Miami. The 19-point framework calls for an exchange of all prisoners of war.';
    const p = provisionsOf(analyze(t));
    expect(p).not.toContain('plan-28-point prisoners included');
  });

  it('a party keeping something is not a version keeping a point', () => {
    const t =
      'The 28-point plan was circulated last week, and the 19-point framework followed it. Poland said it would keep sanctions on Russia in place until the fighting stops.';
    const p = provisionsOf(analyze(t));
    expect(p).not.toContain('plan-28-point sanctions included');
  });
});
