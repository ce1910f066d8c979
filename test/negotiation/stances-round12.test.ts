import { describe, expect, it } from 'vitest';
import { fullStancesOf } from './full-pipeline.ts';

const stancesOf = (text: string) => fullStancesOf(text, '2025-12-19');

// Round 12, from articles written blind in the register of daily wire copy: a group named once with
// its party and then as "the leaders"; a negation that belongs to another verb than the possessed
// demand; expectations, wishes for sanctions "on its banks lifted", quoted verdicts, hedged offers
// on a condition, "hardly conceivable unless", and "only after".
describe('stances round 12: a group named once with its party', () => {
  it('reads "the leaders" and "they" after "European Union leaders" as the EU', () => {
    const s = stancesOf(
      'BRUSSELS — European Union leaders agreed early on Friday to lend Ukraine 90 billion euros.\n\n' +
        'The leaders called for guarantees that would be legally binding. They insisted that borders must not be changed by force.',
    );
    expect(s).toContain('eu demands security-guarantees');
    expect(s).toContain('eu rejects territory');
  });

  it('gives a group of two parties to neither', () => {
    expect(
      stancesOf(
        'Russian and Ukrainian negotiators met in Geneva on Monday.\n\nThe negotiators called for an immediate ceasefire.',
      ),
    ).toEqual([]);
  });
});

describe('stances round 12: negation, expectations and undoing', () => {
  it("keeps a possessed demand when the negation before it is another verb's", () => {
    expect(
      stancesOf(
        "Peskov said a referendum in Ukraine would not change Russia's demand that Ukrainian forces leave the Donbas.",
      ),
    ).toEqual(['russia demands territory']);
  });

  it('reads expecting others to recognise land as a demand', () => {
    expect(
      stancesOf('Lavrov said Moscow expected the world to recognise Crimea as part of Russia.'),
    ).toContain('russia demands recognition');
  });

  it('flips a wish for sanctions "on its banks … lifted"', () => {
    expect(
      stancesOf(
        'Russia wanted sanctions on its banks and energy exporters lifted as part of any settlement, he said.',
      ),
    ).toEqual(['russia rejects sanctions']);
  });
});

describe('stances round 12: verdicts in quotation marks and conditions', () => {
  it('reads a quoted verdict after the copula', () => {
    expect(
      stancesOf(
        'Zakharova said any attempt by the European Union to seize frozen Russian assets would be "theft".',
      ),
    ).toEqual(['maria-zakharova rejects frozen-assets']);
  });

  it('reads a hedged offer on a condition as conditional, and "hardly conceivable unless" as a demand', () => {
    expect(
      stancesOf(
        'Lavrov said Russia might be willing to discuss a halt to strikes on energy facilities if Ukraine stopped its drone attacks.',
      ),
    ).toEqual(['russia conditional energy']);
    expect(
      stancesOf(
        'Ushakov said a settlement was "hardly conceivable" unless Ukrainian forces left the Donetsk region.',
      ),
    ).toEqual(['yuri-ushakov demands territory']);
    // Near miss: a forecast that a deal is possible names no condition.
    expect(stancesOf('Ushakov said a settlement was possible.')).toEqual([]);
  });

  it('reads "would hold an election only after a ceasefire" as conditional', () => {
    expect(stancesOf('Zelensky has said he would hold an election only after a ceasefire.')).toEqual([
      'volodymyr-zelensky conditional elections',
    ]);
  });
});

describe('stances round 12: a name after a preposition and an honorific', () => {
  it('does not take "with Mr. Trump" as the antecedent of the next sentence\'s "he"', () => {
    expect(
      stancesOf(
        'In Kyiv, Mr. Zelensky said the most sensitive points would be discussed with Mr. Trump in person. He again ruled out pulling Ukrainian troops out of the Donbas.',
      ),
    ).toContain('volodymyr-zelensky rejects territory');
  });
});

describe('stances round 12: matching the other side', () => {
  it('reads "would reciprocate if …" as conditional on the issue named before it', () => {
    expect(
      stancesOf(
        'Zelensky called for both sides to stop attacking energy facilities and said Ukraine would reciprocate if Russia did.',
      ),
    ).toContain('ukraine conditional energy');
    // Near miss: retaliation is no acceptance.
    expect(
      stancesOf(
        'Zakharova said any seizure of Russian assets would be answered and that Moscow would respond in kind.',
      ),
    ).not.toContain('russia supports frozen-assets');
  });
});
