import { describe, expect, it } from 'vitest';
import { analyze, provisionsOf } from './helpers.ts';

/**
 * Provision mechanisms that must hold on articles never seen: edits said in the passive, negated
 * inclusion, question-and-answer explainers, any verb with a version as its subject. Sentences
 * written for these tests.
 */

describe('passive and elided edits', () => {
  it('a cap "has since been raised" is a change of the newer version, not of the one it is set against', () => {
    const t =
      'The 28-point plan leaked last week. Negotiators then agreed a revised 19-point framework. ' +
      'The ceiling on the Ukrainian army has since been raised to 800,000, up from 600,000 in the first version.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('framework-19-point military-size changed');
    expect(p).not.toContain('plan-28-point military-size changed');
  });

  it('"was also rewritten" with an adverb between the auxiliary and the verb is still an edit', () => {
    const t =
      'The 19-point framework came out of the Geneva talks. The handling of frozen Russian assets was also rewritten.';
    expect(provisionsOf(analyze(t))).toContain('framework-19-point frozen-assets changed');
  });

  it('"was struck out, as was the amnesty": the elided predicate takes the second item out too', () => {
    const t =
      'The 19-point framework was agreed in Geneva. The passage barring Ukraine from NATO was struck out, as was the blanket amnesty.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('framework-19-point nato dropped');
    expect(p).toContain('framework-19-point amnesty dropped');
  });

  it('"removed from the framework" names the edited version; a removal is not a change', () => {
    const t =
      'The 28-point plan was drafted in Miami. Officials later produced a 19-point framework. ' +
      'The demand that Kyiv give up Donetsk has been removed from the framework.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('framework-19-point territory dropped');
    expect(p).not.toContain('framework-19-point territory changed');
  });

  it('"leaves out the cap that appeared in the earlier version": out of the new one, in the old one', () => {
    const t =
      'The 28-point plan was drafted in Miami. A revised 19-point framework followed in Geneva. ' +
      "It also leaves out the cap on the size of Ukraine's army that appeared in the earlier version.";
    const p = provisionsOf(analyze(t));
    expect(p).toContain('framework-19-point military-size dropped');
    expect(p).toContain('plan-28-point military-size included');
    expect(p).not.toContain('plan-28-point military-size dropped');
  });
});

describe('negated inclusion', () => {
  it('"does not mention", "says nothing about" and "is gone" take an item out', () => {
    const t =
      'Negotiators agreed a revised 19-point framework on Sunday. The revised text does not mention recognition of Crimea. ' +
      'It says nothing about an amnesty. The deadline for elections is gone as well.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('framework-19-point recognition dropped');
    expect(p).toContain('framework-19-point amnesty dropped');
    expect(p).toContain('framework-19-point elections dropped');
  });

  it('a removal next to a question handed to the leaders is a removal only (convention 9)', () => {
    const t =
      'The 19-point framework was agreed in Geneva. The 19-point framework no longer asks Ukraine to withdraw from Donetsk; that question now sits with the two presidents.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('framework-19-point territory dropped');
    expect(p).not.toContain('framework-19-point territory changed');
  });
});

describe('question-and-answer explainers', () => {
  const t = [
    'Explainer: what the new peace text keeps',
    'The 28-point plan was drafted in Miami in October.',
    'What was in it?',
    'The earlier draft asked Kyiv to give up the rest of Donetsk. It fixed the army at 600,000 soldiers.',
    'How did it change?',
    'In Geneva the delegations produced a revised 19-point framework.',
    'What has been dropped?',
    'The blanket amnesty. The clause on NATO has been removed as well.',
    'What survives?',
    'Security guarantees remain at the heart of the text. So does a full exchange of prisoners.',
    'What do the parties think?',
    'Kyiv welcomed the framework, while Moscow said the amnesty must return.',
  ].join('\n\n');
  const p = provisionsOf(analyze(t));

  it('"What was in it?" lists the version in focus, any verb with it as subject', () => {
    expect(p).toContain('plan-28-point territory included');
    expect(p).toContain('plan-28-point military-size included');
  });

  it('"What has been dropped?" and "What survives?" speak of the latest revision', () => {
    expect(p).toContain('framework-19-point amnesty dropped');
    expect(p).toContain('framework-19-point nato dropped');
    expect(p).toContain('framework-19-point security-guarantees included');
    expect(p).toContain('framework-19-point prisoners included');
  });

  it('a question of another kind ends the section: the parties\u2019 views are no provisions', () => {
    expect(p).not.toContain('framework-19-point amnesty included');
  });
});

describe('negative cases', () => {
  it('"promises to ease sanctions" is what an original text offers, not a change', () => {
    const t =
      'The 28-point plan was drafted in Miami. The 28-point plan also promises to ease sanctions on Russia.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('plan-28-point sanctions included');
    expect(p).not.toContain('plan-28-point sanctions changed');
  });

  it('a verb that narrates the text or a reaction to it places no issue in it', () => {
    const t =
      'The 28-point plan angered officials in Kyiv over territory. The 28-point plan surfaced after talks on sanctions.';
    expect(provisionsOf(analyze(t))).toEqual([]);
  });

  it('a raised cap does not govern a later clause after a comma', () => {
    const t =
      'The 19-point framework was agreed in Geneva. The cap on the army was raised to 800,000, and the clause barring Ukraine from NATO was removed.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('framework-19-point nato dropped');
    expect(p).not.toContain('framework-19-point nato changed');
  });

  it('a question in a quote is no section heading', () => {
    const t =
      'The 19-point framework was agreed in Geneva.\n\n"What has been dropped?" a reporter asked.\n\nRussia said elections must be held soon.';
    expect(provisionsOf(analyze(t))).not.toContain('framework-19-point elections dropped');
  });
});
