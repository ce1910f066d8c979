import { describe, expect, it } from 'vitest';
import { pipelineFor } from '../../src/eval/negotiation.ts';
import { loadPack } from '../../src/packs/load.ts';
import { compileNegotiationIndex } from '../../src/pipeline/negotiation/index.ts';

// The full per-article pipeline: reported speech and pronouns need the actors and quotes stages.
const pack = loadPack('ukraine-2025');
const index = compileNegotiationIndex(pack);
const { run } = await pipelineFor();
const stancesOf = (text: string) =>
  run(text, '2025-12-01', pack, index).result.stances.map((s) => `${s.actor} ${s.stance} ${s.issue}`);

// Round 10: promises on a condition ("would lift sanctions only as part of a settlement", "ready
// to give guarantees once a deal is signed", "would be eased only once …"), verdicts in quotation
// marks, reports trailing with an appositive, refusals to pull out, fronted topics.
describe('stances round 10: promises on a condition', () => {
  it('reads "would X only if / only once / only as part of" as conditional', () => {
    expect(
      stancesOf(
        'Rubio has said the United States would stand behind the security guarantees only once a deal is signed.',
      ),
    ).toEqual(['united-states conditional security-guarantees']);
    expect(
      stancesOf('The EU would lift sanctions only as part of a settlement that Kyiv itself has agreed to.'),
    ).toEqual(['eu conditional sanctions']);
    expect(
      stancesOf(
        'Russia would be prepared to discuss directing part of its frozen reserves to rebuilding, but only within a wider settlement, Dmitriev said.',
      ),
    ).toContain('russia conditional frozen-assets');
    // Near miss: the same promise with no condition is plain support.
    expect(stancesOf('Rubio has said the United States would stand behind the security guarantees.')).toEqual(
      ['united-states supports security-guarantees'],
    );
  });

  it('reads readiness "once a deal is signed" as conditional, but not readiness "once the fighting stops"', () => {
    expect(
      stancesOf(
        'The treasury secretary said the United States was prepared to lift sanctions on Russia in stages once a peace agreement is signed.',
      ),
    ).toEqual(['united-states conditional sanctions']);
    // Near miss: "once the guns fall silent" only says when the force would go.
    expect(
      stancesOf(
        'Macron said France stood ready to send a reassurance force to Ukraine once the fighting stopped.',
      ),
    ).toEqual(['france supports security-guarantees']);
  });

  it('reads a measure reported as done "only once/only after" as the reporter\'s condition, not the condition\'s issue', () => {
    expect(
      stancesOf(
        'Trump told reporters that sanctions on Russian oil firms would be lifted only once a peace agreement had been signed.',
      ),
    ).toEqual(['donald-trump conditional sanctions']);
    const out = stancesOf(
      'Zelensky said a presidential election could take place only after a ceasefire and with security arrangements in force.',
    );
    expect(out).toContain('volodymyr-zelensky conditional elections');
    expect(out).not.toContain('volodymyr-zelensky conditional ceasefire');
    expect(
      stancesOf(
        "Zelensky added that any change to Ukraine's borders could only be approved by Ukrainians in a referendum.",
      ),
    ).toEqual(['volodymyr-zelensky conditional territory']);
    // Near miss: a measure described with no condition and nobody reporting it is no one's stance.
    expect(stancesOf('Sanctions on Russian oil firms would be lifted in stages.')).toEqual([]);
  });

  it('reads "might be willing to accept …, provided …" and "could accept … as part of …" as conditional', () => {
    expect(
      stancesOf(
        'Ushakov told state television that Moscow might be willing to accept the current line of contact, provided Kyiv first left the rest of Donetsk.',
      ),
    ).toContain('yuri-ushakov conditional territory');
    expect(
      stancesOf(
        'Moscow could accept part of the frozen money being spent on rebuilding as part of an overall settlement, Peskov said.',
      ),
    ).toEqual(['russia conditional frozen-assets']);
    // Near miss: "could accept" with no price named is speculation, not a stance.
    expect(
      stancesOf('Moscow could accept part of the frozen money being spent on rebuilding, Peskov said.'),
    ).toEqual([]);
  });
});

describe('stances round 10: verdicts, trailing reports, refusals', () => {
  it('reads a verdict word in quotation marks ("called the loan \\"theft\\"")', () => {
    expect(
      stancesOf(
        'Spokeswoman Maria Zakharova called the reparations loan "theft in broad daylight" on Thursday.',
      ),
    ).toEqual(['maria-zakharova rejects frozen-assets']);
    // Near miss: a quoted word of praise is no rejection.
    expect(
      stancesOf('Spokeswoman Maria Zakharova called the reparations loan "a bold idea" on Thursday.'),
    ).not.toContain('maria-zakharova rejects frozen-assets');
  });

  it('finds the holder of an obligation in a trailing report whose name carries an appositive', () => {
    expect(
      stancesOf(
        "Russia's immobilised reserves should pay for rebuilding Ukraine rather than for joint business ventures, Kaja Kallas, the EU's foreign policy chief, said that week.",
      ),
    ).toEqual(['kaja-kallas demands frozen-assets']);
    expect(
      stancesOf(
        'Any talks on territory had to begin from the current line of contact, Friedrich Merz, the German chancellor who hosted the meeting, said the same evening.',
      ),
    ).toEqual(['friedrich-merz demands territory']);
    // Near miss: the named person is an analyst, not a party.
    expect(
      stancesOf(
        "Russia's immobilised reserves should pay for rebuilding Ukraine rather than for joint business ventures, Tom Barker, an analyst at a London think tank, said that week.",
      ),
    ).toEqual([]);
  });

  it("reads a party's forces refusing to pull out as the party rejecting the concession", () => {
    expect(
      stancesOf(
        'In the same breath Zelensky repeated that Ukrainian forces would not withdraw from the Donbas.',
      ),
    ).toEqual(['ukraine rejects territory']);
    expect(
      stancesOf('Zelensky said that Ukrainian soldiers would never walk away from land they had defended.'),
    ).toContain('ukraine rejects territory');
    // Near miss: a withdrawal reported as fact is no stance.
    expect(
      stancesOf('Ukrainian forces withdrew from the town of Pokrovsk last week, the army said.'),
    ).toEqual([]);
  });

  it('reads obligations with an adverb after the modal, and "must come under … control"', () => {
    expect(stancesOf('And Kyiv, Lavrov said, must formally give up its ambition to join NATO.')).toEqual([
      'sergei-lavrov rejects nato',
    ]);
    expect(
      stancesOf('Putin repeated on Thursday that the Donbas region must come fully under Russian control.'),
    ).toEqual(['vladimir-putin demands territory']);
    // Near miss: coming under fire is no territorial demand.
    expect(stancesOf('Putin said Russian positions had come under fire near the border.')).toEqual([]);
  });

  it('reads "insisted in an interview that …" like "insisted that …"', () => {
    expect(
      stancesOf(
        "Sybiha insisted in an interview that NATO membership remained the country's strategic goal.",
      ),
    ).toEqual(['andrii-sybiha demands nato']);
    // Near miss: an analyst insisting is no party.
    expect(
      stancesOf('An analyst insisted in an interview that NATO membership remained a distant prospect.'),
    ).toEqual([]);
  });
});

describe('stances round 10: topics, withheld answers and new clauses', () => {
  it('takes a fronted topic ("On NATO, …") as the object when the clause names none', () => {
    expect(
      stancesOf(
        'And on NATO, Ukrainian officials are adamant that the door must stay open, whatever the paper says.',
      ),
    ).toEqual(['ukraine demands nato']);
    // Near miss: a fronted date names no issue.
    expect(stancesOf('On Monday, Ukrainian officials were adamant that the door must stay open.')).toEqual(
      [],
    );
  });

  it('reads "would not say whether" as undecided', () => {
    expect(
      stancesOf(
        'On NATO, the German minister said Germany would not say whether it would back an invitation.',
      ),
    ).toEqual(['germany undecided nato']);
    // Near miss: saying it would back the invitation is support.
    expect(stancesOf('The German minister said Germany would back an invitation to join NATO.')).toEqual([
      'germany supports nato',
    ]);
  });

  it('takes a name right before the verb after ", and" as a new subject, not a second object', () => {
    expect(
      stancesOf("Ukraine's future is in the European Union, and Germany supports its accession."),
    ).toEqual(['germany supports eu-membership']);
    // Near miss: "accession" tied to the alliance is not EU membership.
    expect(
      stancesOf(
        "Germany backs a text that leaves Ukraine's accession to a consensus of the alliance's members.",
      ).some((s) => s.endsWith('eu-membership')),
    ).toBe(false);
  });

  it('reads pack phrasings: staying outside NATO, a renunciation of membership, an army ceiling', () => {
    expect(
      stancesOf('Lavrov repeated that Russia wanted a firm commitment that Ukraine would stay outside NATO.'),
    ).toEqual(['russia rejects nato']);
    expect(
      stancesOf(
        'Ushakov said any deal must include a legally binding renunciation by Ukraine of NATO membership.',
      ),
    ).toEqual(['yuri-ushakov rejects nato']);
    expect(
      stancesOf(
        'Kyslytsya said Kyiv could live with the higher army ceiling only if Western partners kept arming its forces.',
      ),
    ).toEqual(['ukraine conditional military-size']);
  });
});

describe('stances round 10: urging concessions, agreements reached, object spans', () => {
  it('reads pressing a party to give up land as a demand, and to give up or abandon a NATO bid as against it', () => {
    expect(
      stancesOf(
        'Putin has pushed the Ukrainians to give up the remainder of the Donetsk region as the price of a deal.',
      ),
    ).toEqual(['vladimir-putin demands territory']);
    expect(stancesOf('Lavrov urged Kyiv to give up its NATO ambitions.')).toEqual([
      'sergei-lavrov rejects nato',
    ]);
    // Near miss: the against phrase inside a negative cue ("abandon its bid to join NATO") is not
    // read twice into support.
    expect(stancesOf('Lavrov urged Kyiv to abandon its bid to join NATO.')).toEqual([
      'sergei-lavrov opposes nato',
    ]);
  });

  it('gives an agreement the parties reached to both of them, not to the mediator named in a compound', () => {
    const out = stancesOf(
      'Russian and Ukrainian negotiators ended two days of US-brokered talks on Thursday with an agreement to swap several hundred prisoners of war.',
    );
    expect(out).toContain('russia supports prisoners');
    expect(out).toContain('ukraine supports prisoners');
    expect(out).not.toContain('united-states supports prisoners');
    // Near miss: a plan that comes with an agreement holds no stance.
    expect(stancesOf('The plan comes with an agreement to swap prisoners.')).toEqual([]);
  });

  it('lets a "backed by" participle on the object noun run on to the object after it', () => {
    expect(
      stancesOf(
        'The European Commission wants to lend Ukraine up to €210 billion backed by those balances, a so-called reparations loan.',
      ),
    ).toEqual(['european-commission demands frozen-assets']);
    // Near miss: an aside "put forward by Kyiv and backed by …" still ends the object before it.
    expect(
      stancesOf(
        'He said Russia opposed the idea, put forward by Kyiv and backed by European governments, of a temporary ceasefire to let Ukraine hold a vote.',
      ).filter((s) => s.startsWith('russia')),
    ).toEqual([]);
  });

  it('reads troops leaving a region as territory (pack pattern)', () => {
    expect(
      stancesOf(
        "Russia's position had not changed, Kremlin spokesman Dmitry Peskov told journalists, and Ukrainian forces had to leave the region.",
      ),
    ).toEqual(['dmitry-peskov demands territory']);
    // Near miss: a delegation leaving a city is no withdrawal.
    expect(stancesOf('Peskov said the delegation had to leave the city by Friday.')).toEqual([]);
  });
});
