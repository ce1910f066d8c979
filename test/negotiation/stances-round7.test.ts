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

// Round 7: constructions of long news copy that the predicate scan missed (expectations, rules
// that bar an act, nothing-unless conditions, participial agents, zero relatives, plural pronouns).
describe('stances round 7: expectations, rules, conditions', () => {
  it('reads "expected X to <concede>" as a demand, but not a forecast or a passive', () => {
    expect(
      stancesOf(
        'A deputy foreign minister said Moscow still expected Ukrainian troops to pull out of the Donbas.',
      ),
    ).toEqual(['russia demands territory']);
    expect(
      stancesOf('European diplomats said they expected Moscow to hold out for large territorial gains.'),
    ).toEqual([]);
    expect(stancesOf('Witkoff was expected in Moscow on Tuesday to discuss the Donbas with Putin.')).toEqual(
      [],
    );
  });

  it('reads "does not allow anyone to <act>" in a reported rule as rejecting the act', () => {
    expect(
      stancesOf(
        "Ukraine's constitution, Zelensky said, does not allow any leader to recognise occupied land as Russian.",
      ),
    ).toEqual(['volodymyr-zelensky rejects recognition']);
    // Unreported, the sentence states a fact about a text, not anyone's stance.
    expect(
      stancesOf('The constitution does not allow any leader to recognise occupied land as Russian.'),
    ).toEqual([]);
  });

  it('reads "no peace unless Y" and "meaningless unless Y" as demanding Y', () => {
    expect(
      stancesOf('The Kremlin said there would be no lasting peace unless Ukrainian forces left the Donbas.'),
    ).toEqual(['russia demands territory']);
    expect(
      stancesOf(
        'Lavrov said any signature from Kyiv would be legally void unless Ukraine first held an election.',
      ),
    ).toEqual(['sergei-lavrov demands elections']);
    // "there will be no X" alone still rules X out.
    expect(stancesOf('"There will be no amnesty for war crimes," Zelensky said.')).toEqual([
      'volodymyr-zelensky rejects amnesty',
    ]);
  });

  it('reads a concession offered for a price as conditional', () => {
    expect(
      stancesOf(
        'Ukraine could shelve its bid to join NATO, Zelensky told reporters, but only in exchange for binding guarantees.',
      ),
    ).toContain('ukraine conditional nato');
  });

  it('reads concern about a thing and a lack of interest in it as stances against it', () => {
    expect(
      stancesOf("German officials said they were concerned by the proposed cap on Ukraine's army."),
    ).toEqual(['germany opposes military-size']);
    expect(stancesOf('The Kremlin spokesman said Russia had no interest in a brief truce.')).toEqual([
      'russia rejects ceasefire',
    ]);
    // A pronoun clause after ", and he" is not the object of "no interest in".
    expect(
      stancesOf(
        'Zelensky said Moscow had no interest in peace, and he listed the attacks on the power grid.',
      ),
    ).toEqual([]);
  });

  it('reads a refused "sign away" as a rejection and an obligation of degree as a demand', () => {
    expect(stancesOf('Zelensky said Kyiv would never sign away land held by its soldiers.')).toEqual([
      'ukraine rejects territory',
    ]);
    expect(
      stancesOf('The Ukrainian negotiator said any deal had to bring home every prisoner of war.'),
    ).toEqual(['ukraine demands prisoners']);
  });

  it('reads a requirement to put a concession to a referendum as conditional', () => {
    expect(
      stancesOf('Zelensky said any territorial concession would have to be put to a national referendum.'),
    ).toEqual(['volodymyr-zelensky conditional territory']);
  });

  it('takes the holder from a report that follows the obligation', () => {
    expect(
      stancesOf('Ukrainian forces would have to leave the Donbas one way or another, Lavrov said on Friday.'),
    ).toEqual(['sergei-lavrov demands territory']);
    // An analyst's trailing report is no party's stance.
    expect(stancesOf('Ukrainian forces would have to leave the Donbas, analysts said.')).toEqual([]);
  });
});

describe('stances round 7: wanted states, agents, relatives, pronouns', () => {
  it('reads "wants X recognised" as a demand held by the wanter', () => {
    expect(stancesOf('Moscow wants Crimea and the four regions it claims recognised as Russian.')).toEqual([
      'russia demands recognition',
    ]);
    expect(
      stancesOf(
        'Russia insists that Kyiv pull its troops out of Donetsk, and it wants Crimea and the regions it claims recognised as Russian territory.',
      ),
    ).toEqual(['russia demands territory', 'russia demands recognition']);
  });

  it('reads the agent of "pushed by" / "opposed by" as holding a stance on the noun it modifies', () => {
    const s = stancesOf(
      'Russia again rejected the plan, championed by Britain and France, of sending a European peacekeeping force to Ukraine.',
    );
    expect(s).toContain('russia rejects security-guarantees');
    expect(s).toContain('united-kingdom demands security-guarantees');
    expect(s).toContain('france demands security-guarantees');
    expect(stancesOf('A cap on the army, opposed by Germany and Poland, stayed in the new draft.')).toEqual([
      'germany opposes military-size',
      'poland opposes military-size',
    ]);
  });

  it('does not read "backed by", a finite passive or a modifier as an agent', () => {
    expect(stancesOf('The draft promises Ukraine security guarantees backed by the United States.')).toEqual(
      [],
    );
    expect(stancesOf('A call for a cap on the army was rejected by Kyiv on Monday.')).toEqual([]);
    expect(stancesOf('A force for Ukraine, pushed by American advisers, was discussed.')).toEqual([]);
  });

  it('reads the object of a zero relative clause', () => {
    expect(
      stancesOf(
        'Zakharova said the change would undercut the demilitarisation Moscow has sought since 2022.',
      ),
    ).toContain('russia demands military-size');
    expect(
      stancesOf(
        'Zelensky said he was ready to hold an election, something Moscow has long pressed for, but only after the fighting stops.',
      ),
    ).toContain('russia demands elections');
    // An introductory phrase is no antecedent.
    expect(stancesOf('After the ceasefire Russia rejected new talks.')).toEqual([]);
  });

  it('gives "they" the whole coordinated subject', () => {
    expect(
      stancesOf(
        'Britain and France, the two main backers of the coalition, say they are ready to deploy a reassurance force in Ukraine.',
      ),
    ).toEqual(['united-kingdom supports security-guarantees', 'france supports security-guarantees']);
  });

  it('does not take the object of "described" as a subject', () => {
    expect(
      stancesOf(
        'Peskov has described Zelensky as illegitimate and said any deal he signed would be meaningless unless Ukraine held an election.',
      ),
    ).not.toContain('volodymyr-zelensky demands elections');
  });

  it('reads "the fairest way to" as backing the copula subject of its own that-clause', () => {
    expect(
      stancesOf(
        'Von der Leyen said the EU would keep up pressure through sanctions, and that the reparations loan was the fairest way to fund Ukraine.',
      ),
    ).toContain('ursula-von-der-leyen supports frozen-assets');
    // "and that it could form the basis": a pronoun subject keeps the proposal named earlier in the report.
    const p = run(
      'Putin said Russia had received the 28-point plan and that it could form the basis of a settlement.',
      '2025-11-22',
      pack,
      index,
    ).result.stances.map((s) => `${s.actor} ${s.stance} ${s.issue} ${s.proposal}`);
    expect(p).toContain('vladimir-putin supports proposal plan-28-point');
  });

  it('reads "an invitation to another war" as a warning against its subject, also around a parenthetical report', () => {
    expect(stancesOf("Tusk said a cap on Ukraine's army would be an invitation to another war.")).toEqual([
      'donald-tusk opposes military-size',
    ]);
    expect(
      stancesOf('An army capped at 600,000, Tusk said, would be an invitation to the next invasion.'),
    ).toEqual(['donald-tusk opposes military-size']);
    expect(stancesOf('Analysts said a cap on the army would be an invitation to another war.')).toEqual([]);
  });

  it('does not take an unrelated participle after "wants" as the wanted state', () => {
    expect(stancesOf('Russia wants a deal and Ukraine rejected the cap on its army.')).toEqual([
      'ukraine rejects military-size',
    ]);
  });

  it('reads "X remained <party>\'s first demand" as the possessor\'s demand', () => {
    expect(
      stancesOf("Zelensky told parliament that a full ceasefire remained Ukraine's first demand."),
    ).toEqual(['ukraine demands ceasefire']);
    expect(stancesOf("A ceasefire remains Kyiv's top priority.")).toEqual(['ukraine demands ceasefire']);
    expect(stancesOf("The truce was the reporters' main question.")).toEqual([]);
  });

  it('reads "would only let Kyiv rearm" and "would leave the country exposed" as cases against the subject', () => {
    expect(stancesOf('The Kremlin says a truce would only help Ukraine regroup.')).toEqual([
      'russia opposes ceasefire',
    ]);
    expect(
      stancesOf(
        "European leaders said limits on Ukraine's army would leave the country exposed to another attack.",
      ),
    ).toEqual(['eu opposes military-size']);
    // Inside a relative clause it only qualifies the object of another predicate.
    expect(
      stancesOf(
        'Peskov said Russia had no interest in a short truce that would merely give Kyiv time to rearm.',
      ),
    ).toEqual(['russia rejects ceasefire']);
  });

  it('reads "has not given up its goal of joining NATO" as holding to it, not a demand that another give it up', () => {
    expect(stancesOf('Zelensky said Ukraine had not given up its goal of joining NATO.')).toEqual([
      'ukraine supports nato',
    ]);
    expect(stancesOf('Peskov said Russia insists that Ukraine give up its ambition to join NATO.')).toEqual([
      'russia rejects nato',
    ]);
  });

  it('resolves "he" to the state whose official the sentence before names by role', () => {
    const s = stancesOf(
      "Starmer said Britain would help. Poland's defence minister was blunter. A cap on Ukraine's army, he said, would be an invitation to another war.",
    );
    expect(s).toContain('poland opposes military-size');
    expect(s.some((x) => x.startsWith('keir-starmer') && x.endsWith('military-size'))).toBe(false);
  });

  it('does not take a name modifying "summit" as the antecedent of "they"', () => {
    const s = stancesOf(
      "European leaders, meeting at the G20 summit in Rome, met Zelensky. In a joint statement they said limits on Ukraine's army would leave the country exposed.",
    );
    expect(s).toEqual(['eu opposes military-size']);
  });
});
