import { describe, expect, it } from 'vitest';
import { fullStancesOf } from './full-pipeline.ts';

const stancesOf = (text: string) => fullStancesOf(text, '2025-12-01');

// Round 11: embedded questions after "has not decided whether", objects left implicit ("Belgium
// has resisted."), particles split from their verb ("turned that idea down"), readiness on a
// condition, possessive champions, favourable verdicts, and pack cues for the wording of
// guarantees, elections, accession and reserves.
describe('stances round 11: what an undecided party has not decided', () => {
  it('reads the predicate of "whether …" as the object of the undecided stance', () => {
    expect(stancesOf('Meloni has not decided whether to support the reparations loan.')).toEqual([
      'giorgia-meloni undecided frozen-assets',
    ]);
    expect(
      stancesOf('The Italian prime minister has not said whether Rome would back a ceasefire first.'),
    ).toEqual(['giorgia-meloni undecided ceasefire']);
    // Near miss: a decided party with the same object.
    expect(stancesOf('Meloni has decided to support the reparations loan.')).not.toContain(
      'giorgia-meloni undecided frozen-assets',
    );
  });
});

describe('stances round 11: objects left to the sentence before', () => {
  it('gives a verb with no object the single issue of the sentence before', () => {
    expect(
      stancesOf('Brussels wants to lend Kyiv money backed by the frozen assets. Belgium has resisted.'),
    ).toEqual(['eu demands frozen-assets', 'belgium opposes frozen-assets']);
    expect(
      stancesOf(
        'Washington proposed a month-long truce. Moscow refused, saying a pause would help Kyiv rearm.',
      ),
    ).toContain('russia rejects ceasefire');
    // Near miss: an object of its own is read, not the sentence before.
    expect(
      stancesOf(
        'Brussels wants to lend Kyiv money backed by the frozen assets. Belgium has resisted new sanctions.',
      ),
    ).not.toContain('belgium opposes frozen-assets');
  });

  it('reads a particle split from its verb by a pointing-back object', () => {
    expect(
      stancesOf(
        'Trump said he had once more urged Putin to accept an immediate ceasefire. The Kremlin has repeatedly turned that idea down.',
      ),
    ).toContain('russia rejects ceasefire');
    expect(stancesOf('Kyiv has proposed a 30-day ceasefire. Moscow ruled it out on Friday.')).toContain(
      'russia rejects ceasefire',
    );
  });
});

describe('stances round 11: conditions, champions and verdicts', () => {
  it('reads openness limited by "but only once" as conditional', () => {
    expect(
      stancesOf(
        'Peskov said Russia was open to a ceasefire, but only once a full agreement had been signed.',
      ),
    ).toEqual(['russia conditional ceasefire']);
    // Near miss: openness with no condition is support.
    expect(stancesOf('Peskov said Russia was open to a ceasefire.')).toEqual(['russia supports ceasefire']);
  });

  it('reads "needed to" in reported speech as a demand', () => {
    expect(
      stancesOf('Lavrov said Ukraine needed to hold a presidential election before any signing.'),
    ).toEqual(['sergei-lavrov demands elections']);
  });

  it('reads a possessive champion or critic after a copula', () => {
    expect(
      stancesOf("Friedrich Merz has become the reparations loan's most vocal champion in the bloc."),
    ).toEqual(['friedrich-merz supports frozen-assets']);
    expect(stancesOf("Viktor Orban remains the reparations loan's fiercest critic.")).toEqual([
      'viktor-orban opposes frozen-assets',
    ]);
  });

  it('reads a refusal to take part and a favourable verdict', () => {
    expect(
      stancesOf('Orban said Budapest would not take part in any scheme that used the frozen Russian assets.'),
    ).toEqual(['hungary rejects frozen-assets']);
    expect(stancesOf('Peskov described the amnesty clause as reasonable and balanced.')).toEqual([
      'dmitry-peskov supports amnesty',
    ]);
    // Near miss: an unfavourable verdict is not read as support.
    expect(stancesOf('Peskov described the amnesty clause as unreasonable.')).not.toContain(
      'dmitry-peskov supports amnesty',
    );
  });

  it('reads an offer a party has made, but not a text offering something', () => {
    expect(stancesOf('Washington has offered Ukraine security guarantees lasting fifteen years.')).toEqual([
      'united-states supports security-guarantees',
    ]);
    expect(stancesOf('The plan offered Ukraine security guarantees.')).toEqual([]);
  });

  it('lets a number stand in the party urged to act', () => {
    expect(
      stancesOf('The European Commission is pressing the 27 governments to approve the reparations loan.'),
    ).toEqual(['european-commission supports frozen-assets']);
  });
});

describe('stances round 11: issue wording in the pack', () => {
  it('reads guarantees described by a relative clause, a newly elected leadership and a fast-track accession', () => {
    expect(
      stancesOf('Zelensky insisted that Ukraine needed guarantees that are legally binding before it signs.'),
    ).toContain('ukraine demands security-guarantees');
    expect(
      stancesOf('The Kremlin insists that a newly elected leadership in Kyiv must sign any treaty.'),
    ).toEqual(['russia demands elections']);
    expect(stancesOf('Orban said Budapest would veto any fast-track accession for Ukraine.')).toEqual([
      'hungary rejects eu-membership',
    ]);
    expect(stancesOf('Zakharova said Russia would never accept the confiscation of its reserves.')).toEqual([
      'russia rejects frozen-assets',
    ]);
    // Near miss: NATO accession is not the EU's.
    expect(stancesOf('Orban said Budapest would veto any fast-track accession to NATO.')).not.toContain(
      'hungary rejects eu-membership',
    );
  });
});

describe('stances round 11: objects that undo, nouns inside objects, gerunds after "while"', () => {
  it('flips a call for sanctions "to be lifted", as for "sanctions lifted"', () => {
    expect(
      stancesOf(
        'Kirill Dmitriev has repeatedly called for US sanctions to be lifted so that American firms can return.',
      ),
    ).toEqual(['kirill-dmitriev rejects sanctions']);
    expect(stancesOf('Dmitriev said the removal of sanctions was essential to any lasting peace.')).toEqual([
      'kirill-dmitriev rejects sanctions',
    ]);
    // Near miss: sanctions to be kept are wanted.
    expect(stancesOf('Kallas has repeatedly called for sanctions to be kept in place.')).not.toContain(
      'kaja-kallas rejects sanctions',
    );
  });

  it('reads a cue after a determiner as a noun inside the object', () => {
    expect(stancesOf('Russia, for its part, has rejected every call for an early ceasefire.')).toEqual([
      'russia rejects ceasefire',
    ]);
  });

  it('reads tightening as wanting more, and a gerund after "while" as the subject\'s act', () => {
    expect(
      stancesOf('Kallas said the EU would keep tightening sanctions for as long as the war continued.'),
    ).toEqual(['eu supports sanctions']);
    expect(
      stancesOf(
        "Italy's Giorgia Meloni repeated that Italy would not send soldiers, while backing the Article 5-style commitment she had floated.",
      ),
    ).toContain('italy supports security-guarantees');
    // Near misses: a list item describing a text has no subject for the gerund (NATO is an object
    // there), nor has a report by no party.
    expect(
      stancesOf(
        'Under the paper, the United States would:\n\n- rule out Ukrainian membership of NATO, while leaving the door open to the European Union;',
      ),
    ).not.toContain('nato conditional eu-membership');
    // (A report by no party:)
    expect(
      stancesOf('The report noted that the talks had stalled, while backing the Article 5-style commitment.'),
    ).toEqual([]);
  });
});
