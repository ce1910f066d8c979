import { describe, expect, it } from 'vitest';
import { analyze, stancesOf } from './helpers.ts';

/**
 * Stance rules of the fifth round (issue 6): "not seen the text" is no stance, a refusal that names
 * what would lift it, threats and verdicts with the object in the middle, copular adjectives,
 * anaphoric objects that reach back, "took the same line", coordinated reporting verbs.
 */

describe('not having seen a text is no stance', () => {
  it('reads nothing from "had not received the new text"', () => {
    const r = analyze(
      'MOSCOW — The Kremlin said on Monday it had not received the revised 19-point framework.',
    );
    expect(r.stances.filter((s) => s.stance === 'undecided')).toEqual([]);
  });

  it('still reads "could not comment on its content" as undecided', () => {
    const r = analyze(
      'Dmitry Peskov said Russia had not yet received the revised 19-point framework and could not comment on its content.',
    );
    expect(stancesOf(r)).toContain('russia undecided proposal');
  });

  it('"cannot assess it" is undecided, "would be wrong to judge" alone is not', () => {
    expect(
      stancesOf(analyze('Dmitry Peskov said Russia cannot assess the 19-point framework yet.')),
    ).toContain('russia undecided proposal');
    expect(analyze('Dmitry Peskov said it would be wrong to judge the 19-point framework.').stances).toEqual(
      [],
    );
  });
});

describe('refusals, threats and verdicts', () => {
  it('a refusal to sign off without protection is conditional', () => {
    const r = analyze(
      'BRUSSELS — Belgium refused to sign off on the use of frozen Russian assets without firmer legal protection.',
    );
    expect(stancesOf(r)).toContain('belgium conditional frozen-assets');
    expect(stancesOf(r)).not.toContain('belgium rejects frozen-assets');
  });

  it('opposition "without" guarantees stays opposition', () => {
    const r = analyze(
      'Belgium remained opposed to the use of frozen Russian assets without stronger legal guarantees.',
    );
    expect(stancesOf(r)).not.toContain('belgium conditional frozen-assets');
  });

  it('regarding a foreign force as a threat opposes it', () => {
    const r = analyze('Moscow has said it would regard any European force in Ukraine as a threat.');
    expect(stancesOf(r)).toContain('russia opposes security-guarantees');
  });

  it('regarding something as a success is no objection', () => {
    const r = analyze(
      'Moscow has said it would regard any European force in Ukraine as a success for diplomacy.',
    );
    expect(stancesOf(r)).not.toContain('russia opposes security-guarantees');
  });

  it('calling the use of the assets theft rejects it', () => {
    const r = analyze('Maria Zakharova called any use of the frozen Russian assets outright theft.');
    expect(stancesOf(r)).toContain('maria-zakharova rejects frozen-assets');
    expect(
      analyze('Maria Zakharova called any use of the frozen Russian assets a matter for the courts.').stances,
    ).toEqual([]);
  });
});

describe('copular adjectives and objects that point back', () => {
  it('"was publicly supportive" refers to the topic of the sentences before', () => {
    const r = analyze(
      'The leaders argued for weeks over the frozen Russian assets. Several capitals hesitated. France was publicly supportive.',
    );
    expect(stancesOf(r)).toContain('france supports frozen-assets');
  });

  it('an adjective followed by its own non-issue object takes no topic', () => {
    const r = analyze(
      'The leaders argued for weeks over the frozen Russian assets. France was publicly supportive of the Commission president.',
    );
    expect(stancesOf(r)).not.toContain('france supports frozen-assets');
  });

  it('"that approach" is the issue named earlier in the same sentence', () => {
    const r = analyze(
      'Giorgia Meloni, who proposed a guarantee modelled on Article 5 for Ukraine, said Italy continued to favour that approach.',
    );
    expect(stancesOf(r)).toContain('italy supports security-guarantees');
  });

  it('contributing to "the guarantees" is a security guarantee', () => {
    const r = analyze('Emmanuel Macron said the United States had agreed to contribute to the guarantees.');
    expect(stancesOf(r)).toContain('united-states supports security-guarantees');
  });

  it('"but said" shares the subject of the predicate before it', () => {
    const r = analyze(
      'Volodymyr Zelensky thanked the leaders but said Russian assets should ultimately pay for reconstruction.',
    );
    expect(stancesOf(r)).toContain('volodymyr-zelensky demands frozen-assets');
  });
});

describe('"took the same line"', () => {
  it('copies the stance of the sentence before to the new party', () => {
    const r = analyze(
      'Andrii Sybiha said Ukraine would never agree to an amnesty for war crimes. European governments took the same line.',
    );
    expect(stancesOf(r)).toContain('eu rejects amnesty');
  });

  it('needs a party as its subject', () => {
    const r = analyze(
      'Andrii Sybiha said Ukraine would never agree to an amnesty for war crimes. Most analysts took the same line.',
    );
    expect(stancesOf(r)).toEqual(['ukraine rejects amnesty']);
  });
});

describe('pressing on, and negated requirements', () => {
  it('keeping up pressure through sanctions supports them', () => {
    const r = analyze(
      'Friedrich Merz said Germany would keep up pressure through sanctions until Moscow negotiated.',
    );
    expect(stancesOf(r)).toContain('germany supports sanctions');
  });

  it('"no limit should be written in" opposes the limit; a plain "should" demands', () => {
    expect(
      stancesOf(
        analyze('Britain argued that no limit on the size of the army should be written into any agreement.'),
      ),
    ).toEqual(['united-kingdom opposes military-size']);
    expect(
      stancesOf(
        analyze('Britain argued that a limit on the size of the army should be written into any agreement.'),
      ),
    ).toEqual(['united-kingdom demands military-size']);
  });
});
