import { describe, expect, it } from 'vitest';
import { analyze, provisionsOf } from './helpers.ts';

/**
 * Round two of provision and drafter mechanisms: convention 9 (a removal handed to the leaders is
 * only a removal), label-led comparison paragraphs, "offer"/"terms"/"paper" tied to a version by
 * place or month, kept-but-loosened points, and drafters named in ways the first pass missed.
 * Sentences written for these tests.
 */

const authorsOf = (t: string, key: string) => analyze(t).proposals.find((p) => p.key === key)?.authors ?? [];

describe('convention 9: removal versus deferral', () => {
  it('a clause removed and its question left to the presidents is dropped only', () => {
    const t =
      'Negotiators agreed a revised 19-point framework in Geneva on Sunday. ' +
      'The framework no longer requires Kyiv to pull its troops out of Donetsk, leaving the question of territory to a later meeting of the two presidents.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('framework-19-point territory dropped');
    expect(p).not.toContain('framework-19-point territory changed');
  });

  it('"will instead be discussed by the leaders" is no replacement: still dropped only', () => {
    const t =
      'The 19-point framework emerged from talks in Geneva. ' +
      'The demand that Ukraine cede the rest of Donetsk has been removed from the framework; the question of territory will instead be discussed directly by the two presidents.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('framework-19-point territory dropped');
    expect(p).not.toContain('framework-19-point territory changed');
  });

  it('a bare deferral with no removal stays a change', () => {
    const t =
      'Officials finished the 19-point framework late on Sunday. The framework leaves the question of territory to a future summit of the leaders.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('framework-19-point territory changed');
    expect(p).not.toContain('framework-19-point territory dropped');
  });

  it('a real replacement after a removal is still a change', () => {
    const t =
      'The revised 19-point framework was agreed in Geneva. It no longer caps the Ukrainian army at 600,000; a looser ceiling of 800,000 replaces it.';
    expect(provisionsOf(analyze(t))).toContain('framework-19-point military-size changed');
  });
});

describe('label-led comparison paragraphs', () => {
  const t = [
    'Comparing the Paris offer with the 28-point plan',
    'The April proposal was handed to European officials in Paris. The 28-point plan surfaced in November.',
    'Sanctions. Both documents envisage an easing of sanctions on Russia over time.',
    'NATO. On this the two texts agree: each rules out membership of the alliance for Ukraine.',
    'Money. Only the November plan deals with frozen Russian assets.',
    'The army. The April proposal placed no cap on Ukraine’s forces. The 28-point plan limits them to 600,000.',
  ].join('\n\n');
  const p = provisionsOf(analyze(t));

  it('"Both documents …" and "each rules out …" put the label’s issue in both versions', () => {
    for (const k of ['us-april-2025-proposal', 'plan-28-point']) {
      expect(p).toContain(`${k} sanctions included`);
      expect(p).toContain(`${k} nato included`);
    }
  });

  it('"Only the November plan deals with X" is in that one, with no invented drop for the other', () => {
    expect(p).toContain('plan-28-point frozen-assets included');
    expect(p).not.toContain('us-april-2025-proposal frozen-assets included');
    expect(p).not.toContain('us-april-2025-proposal frozen-assets dropped');
  });

  it('a negated predicate under a label ("placed no cap") records nothing for that version', () => {
    expect(p).toContain('plan-28-point military-size included');
    expect(p).not.toContain('us-april-2025-proposal military-size included');
    expect(p).not.toContain('us-april-2025-proposal military-size dropped');
  });
});

describe('"offer", "terms" and "paper" tied to a version', () => {
  it('"the Paris terms" and "the April paper" name the April proposal', () => {
    const t =
      'The 28-point plan surfaced in November. The Paris terms made a ceasefire the first step. The April paper also offered US recognition of Crimea.';
    const r = analyze(t);
    expect(r.mentions.map((m) => m.proposal)).toContain('us-april-2025-proposal');
    expect(provisionsOf(r)).toContain('us-april-2025-proposal ceasefire included');
  });

  it('generic uses make no proposal: "an offer to pause strikes", "on equal terms", "a policy paper"', () => {
    const t =
      'Moscow made an offer to pause strikes on energy sites. Kyiv wants talks on equal terms. A think tank published a policy paper on the war.';
    const r = analyze(t);
    expect(r.mentions).toEqual([]);
    expect(r.proposals).toEqual([]);
  });

  it('"the later plan" in a piece comparing April and November is the November plan, not an unnamed revision', () => {
    const t =
      'The April proposal was short. The 28-point plan came in November. The later plan adds a return to the G8.';
    const keys = analyze(t).mentions.map((m) => m.proposal);
    expect(keys).not.toContain('framework-19-point');
    expect(keys[2]).toBe('plan-28-point');
  });
});

describe('kept but loosened', () => {
  it('"keeps a commitment to elections but sets no date" is a change in the revision', () => {
    const t =
      'The 28-point plan required elections within 100 days. The revised 19-point framework keeps a commitment to elections but sets no date.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('framework-19-point elections changed');
    expect(p).not.toContain('framework-19-point elections included');
  });

  it('a kept point with no loosening stays included', () => {
    const t =
      'The 28-point plan required elections within 100 days. The revised 19-point framework keeps a commitment to elections.';
    expect(provisionsOf(analyze(t))).toContain('framework-19-point elections included');
  });
});

describe('drafters', () => {
  it('co-drafters after an apposition: "together with Dmitriev, the head of the fund, with input from Kushner"', () => {
    const a = authorsOf(
      'The 28-point plan was drawn up by Steve Witkoff together with Kirill Dmitriev, the head of the Russian investment fund, with input from Jared Kushner.',
      'plan-28-point',
    );
    expect(a).toEqual(expect.arrayContaining(['steve-witkoff', 'kirill-dmitriev', 'jared-kushner']));
  });

  it('"reworked by A and B" names the drafters of the revision', () => {
    const a = authorsOf(
      'The 19-point framework, reworked by Marco Rubio and Rustem Umerov over two days, drops the amnesty.',
      'framework-19-point',
    );
    expect(a).toEqual(expect.arrayContaining(['marco-rubio', 'rustem-umerov']));
  });

  it('a possessive role in apposition does not make its owner a drafter', () => {
    const a = authorsOf(
      'The 28-point plan was presented by Steve Witkoff, Donald Trump’s special envoy, and Marco Rubio.',
      'plan-28-point',
    );
    expect(a).toContain('steve-witkoff');
    expect(a).toContain('marco-rubio');
    expect(a).not.toContain('donald-trump');
  });

  it('"X said … who wrote the plan": the reporter of an indirect question is no drafter', () => {
    const a = authorsOf(
      'Donald Tusk said Europe needed to know who wrote the 28-point plan before it could respond.',
      'plan-28-point',
    );
    expect(a).not.toContain('donald-tusk');
  });

  it('a name that "also took part" right after the drafting sentence drafted too; one who merely met later did not', () => {
    const t =
      'The 28-point plan was drafted by Steve Witkoff and Kirill Dmitriev in Miami. Jared Kushner also took part. ' +
      'Weeks later, Volodymyr Zelensky met Dan Driscoll in Kyiv to discuss the plan.';
    const a = authorsOf(t, 'plan-28-point');
    expect(a).toEqual(expect.arrayContaining(['steve-witkoff', 'kirill-dmitriev', 'jared-kushner']));
    expect(a).not.toContain('volodymyr-zelensky');
    expect(a).not.toContain('dan-driscoll');
  });

  it('"the proposal that A and B handed to …" names those who put it forward', () => {
    const a = authorsOf(
      'The April proposal that Steve Witkoff and Marco Rubio handed to European officials ran to two pages.',
      'us-april-2025-proposal',
    );
    expect(a).toEqual(expect.arrayContaining(['steve-witkoff', 'marco-rubio']));
  });
});
