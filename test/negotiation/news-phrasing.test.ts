import { describe, expect, it } from 'vitest';
import { analyze, provisionsOf, stancesOf } from './helpers.ts';

/**
 * The wider stance lexicon and the provision rules added after the first held-out set: each case
 * is a sentence in the style of wire copy, written for these tests.
 */

describe('stance phrasing common in news copy', () => {
  it('reads a refused concession ("will not hand over land") as a rejection', () => {
    const r = analyze(
      'Volodymyr Zelensky has made clear that his country will not hand over land its army still holds.',
    );
    expect(stancesOf(r)).toEqual(['volodymyr-zelensky rejects territory']);
  });

  it('reads "cannot give away" the same way', () => {
    const r = analyze('Kyiv says it cannot give away territory that Russia has failed to capture.');
    expect(stancesOf(r)).toContain('ukraine rejects territory');
  });

  it('reads "signalled openness to" and "is open to" as support', () => {
    expect(
      stancesOf(
        analyze('Russia has signalled openness to an all-for-all prisoner exchange, officials said.'),
      ),
    ).toEqual(['russia supports prisoners']);
    expect(stancesOf(analyze('Moscow is open to a prisoner swap before the new year.'))).toEqual([
      'russia supports prisoners',
    ]);
  });

  it('gives a "who" clause the actor it follows', () => {
    const r = analyze(
      "In Paris, Emmanuel Macron, who opposes any cap on Ukraine's army, said Europe would stand by Kyiv.",
    );
    expect(stancesOf(r)).toContain('emmanuel-macron opposes military-size');
  });

  it('ties a relative clause to the proposal it follows', () => {
    const r = analyze(
      'The original 28-point plan barred Ukraine from joining NATO. The 19-point framework no longer does. ' +
        'The plan, which Russia welcomed last month, has since been rewritten.',
    );
    const s = r.stances.find((x) => x.actor === 'russia');
    expect(s?.issue).toBe('proposal');
    expect(s?.stance).toBe('supports');
    expect(s?.proposal).toBe('plan-28-point');
  });

  it('reads "would have to give up" in reported speech as a demand of the speaker', () => {
    const r = analyze('JD Vance said both sides would have to give up some of the land they now control.');
    expect(stancesOf(r)).toEqual(['jd-vance demands territory']);
  });

  it('reads rebuffed, non-starter and red line as rejections', () => {
    expect(stancesOf(analyze('Kyiv has rebuffed any talk of territorial concessions.'))).toContain(
      'ukraine rejects territory',
    );
    expect(
      stancesOf(analyze('Friedrich Merz said on Monday that a cap on the army was a non-starter.')),
    ).toEqual(['friedrich-merz rejects military-size']);
    expect(stancesOf(analyze('NATO membership for Ukraine is a red line for Russia.'))).toEqual([
      'russia rejects nato',
    ]);
  });

  it('reads "has yet to agree", "is weighing" and "remains opposed" ', () => {
    expect(stancesOf(analyze('Russia has yet to agree to the 19-point framework.'))).toEqual([
      'russia undecided proposal',
    ]);
    expect(stancesOf(analyze('Kyiv is weighing the 19-point framework, officials said.'))).toEqual([
      'ukraine undecided proposal',
    ]);
    expect(
      stancesOf(analyze('Belgium remains opposed to using frozen Russian assets for the loan.')),
    ).toEqual(['belgium opposes frozen-assets']);
  });

  it('takes "officials in <capital>" as the capital\'s government', () => {
    const r = analyze('Officials in Kyiv have welcomed the 19-point framework, a spokesman said.');
    expect(stancesOf(r)).toEqual(['ukraine supports proposal']);
  });
});

describe('provision phrasing common in news copy', () => {
  it('reads a removal with a replacement as a change', () => {
    const r = analyze(
      "The revised 19-point framework no longer caps the size of Ukraine's military at 600,000; a looser ceiling of 800,000 replaces it.",
    );
    expect(provisionsOf(r)).toEqual(['framework-19-point military-size changed']);
  });

  it('reads a question left to a later meeting as changed', () => {
    const r = analyze(
      'American and Ukrainian officials agreed the 19-point framework on Sunday. The new text leaves the question of territory to a later meeting between the leaders.',
    );
    expect(provisionsOf(r)).toContain('framework-19-point territory changed');
  });

  it('carries an "Under the proposal" description across "would not" sentences', () => {
    const r = analyze(
      'Under the 28-point plan, Ukraine would withdraw from the Donbas. Kyiv would not join NATO. Sanctions on Russia would be lifted in stages.',
    );
    expect(provisionsOf(r)).toEqual([
      'plan-28-point territory included',
      'plan-28-point nato included',
      'plan-28-point sanctions included',
    ]);
  });

  it('keeps a bare "the document" on the proposal it named before', () => {
    const r = analyze(
      'The United States has handed Kyiv a 28-point plan. The document grants a full amnesty. ' +
        'Britain, France and Germany drew up a counter-proposal over the weekend. It would keep the army at 800,000 troops. ' +
        'The document also calls for elections within 100 days, a reporter who has read it said.',
    );
    expect(provisionsOf(r)).toContain('plan-28-point elections included');
    expect(provisionsOf(r)).not.toContain('name:counter-proposal elections included');
  });

  it('reads "the framework\'s clause on" and a relative clause after the cue', () => {
    const r = analyze(
      "The Kremlin rejects the 19-point framework's clause on a reassurance force. " +
        'The gaps concern the nuclear power plant at Zaporizhzhia, which the framework would place under international management.',
    );
    expect(provisionsOf(r)).toEqual([
      'framework-19-point security-guarantees included',
      'framework-19-point energy included',
    ]);
  });
});
