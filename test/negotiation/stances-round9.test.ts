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

// Round 9: threats whose condition is the demand ("would take the region by force unless …",
// "would stop fighting once …"), and the halt such a promise offers, which is itself conditional.
describe('stances round 9: threats and the conditions they set', () => {
  it('reads "would take X by force unless/if … not" as demanding the condition', () => {
    expect(
      stancesOf(
        'The Kremlin aide said Russian forces would take the rest of Donetsk by force unless Ukraine pulled its troops out of the region.',
      ),
    ).toContain('russia demands territory');
    expect(
      stancesOf(
        'Putin said Russia would seize the Donbas by military means if Kyiv did not withdraw its units.',
      ),
    ).toContain('vladimir-putin demands territory');
    // The condition only points back ("leave it"): what the threat would seize is what is demanded.
    expect(
      stancesOf(
        'Putin said Russian troops would capture the Donbas by force unless Ukrainian units left it.',
      ),
    ).toContain('vladimir-putin demands territory');
    // Near miss: taking something by force with no condition demands nothing of anyone.
    expect(stancesOf('Putin said Russian troops had taken the village by force last week.')).toEqual([]);
  });

  it('reads "would keep advancing unless" as a threat like "keep fighting"', () => {
    expect(
      stancesOf('Russian troops would keep advancing unless Kyiv withdrew from the Donbas, Ushakov said.'),
    ).toContain('yuri-ushakov demands territory');
  });

  it('reads "would stop fighting once …" as a demand, and the promised halt as conditional', () => {
    const out = stancesOf(
      'Lavrov said Russia would stop fighting once Ukrainian troops withdrew from the Donbas.',
    );
    expect(out).toContain('sergei-lavrov demands territory');
    expect(out).toContain('sergei-lavrov conditional ceasefire');
    // Near miss: a halt promised on a condition that names no issue gives no conditional stance.
    expect(
      stancesOf('Lavrov said Russia would stop fighting once a comprehensive agreement had been signed.'),
    ).not.toContain('sergei-lavrov conditional ceasefire');
  });

  it('reads a refused pull-out with the forces between "pull" and "out", conditional under "unless"', () => {
    expect(
      stancesOf('Kyiv would never pull its troops out of Kramatorsk, the defence minister said.'),
    ).toContain('ukraine rejects territory');
    expect(
      stancesOf(
        'Zelensky said Ukraine would not pull its forces out of the Donbas unless voters approved it in a referendum.',
      ),
    ).toContain('ukraine conditional territory');
  });

  it('gives the predicate of ", which …" to the party before the comma', () => {
    expect(
      stancesOf('Moscow, which wants the sanctions removed, has called any use of its reserves theft.'),
    ).toContain('russia rejects sanctions');
    // Near miss: "which" with a subject of its own after it is the object of that subject.
    expect(stancesOf('The plan, which Moscow drafted, would lift the sanctions.')).toEqual([]);
  });

  it('reads a main clause coordinated after a condition as outside it', () => {
    expect(
      stancesOf(
        'Lavrov said Russia would press on if talks failed, and he again ruled out any deployment of troops from NATO countries in Ukraine.',
      ),
    ).toContain('sergei-lavrov rejects security-guarantees');
    // Near miss: a predicate inside the condition stays hypothetical.
    expect(
      stancesOf(
        'Lavrov said Russia would press on if Kyiv rejected any deployment of troops from NATO countries.',
      ),
    ).not.toContain('ukraine rejects security-guarantees');
  });

  it('gives a participle and agent in apposition the phrase the general noun renames', () => {
    const out = stancesOf(
      'Russian officials said the deployment of European troops to Ukraine after a ceasefire, an idea championed by Paris and London, would be unacceptable.',
    );
    expect(out).toContain('france demands security-guarantees');
    expect(out).toContain('united-kingdom demands security-guarantees');
    // The time phrase inside the renamed phrase dates the deployment; it is not a second object.
    expect(out).not.toContain('france demands ceasefire');
  });

  it('reads "put forward by X and backed by Y" as both parties holding the noun after it', () => {
    const out = stancesOf(
      'He said Russia opposed the idea, put forward by Kyiv and backed by European governments, of a temporary ceasefire to let Ukraine hold a vote.',
    );
    expect(out).toContain('ukraine demands ceasefire');
    expect(out).toContain('eu supports ceasefire');
    // The purpose clause says why, not what: no stance on elections.
    expect(out.filter((s) => s.endsWith('elections'))).toEqual([]);
    // Near miss: "backed by" alone describes what is offered, no party's stance.
    expect(stancesOf('The draft offers a reassurance force backed by the United States.')).toEqual([]);
  });

  it('gives obligations listed after a colon to the party whose terms the lead-in announces', () => {
    const out = stancesOf(
      'European leaders pressed Washington on two points they regard as non-negotiable: Ukraine must not be disarmed, and any peace must be backed by security guarantees.',
    );
    expect(out).toContain('eu rejects military-size');
    expect(out).toContain('eu demands security-guarantees');
    // Not the party after a verb ("pressed Washington"): the lead-in's subject holds the terms.
    expect(out.filter((s) => s.startsWith('united-states'))).toEqual([]);
    // Near miss: a colon after a plan's description lists its content, nobody's terms.
    expect(
      stancesOf(
        'The plan has three parts: Ukraine must withdraw from the Donbas, and sanctions would be lifted.',
      ),
    ).toEqual([]);
  });

  it('reads "a step in the right direction", quoted or not, as a verdict for the text', () => {
    expect(
      stancesOf(
        'President Alexander Stubb called the revised 19-point framework "a step in the right direction," but said Russia had yet to see it.',
      ),
    ).toContain('alexander-stubb supports proposal');
  });

  it('reads a text that "reflects our priorities" as backed, only by the side whose aims it names', () => {
    expect(
      stancesOf(
        "Andriy Yermak said the revised 19-point framework reflected most of Ukraine's key priorities.",
      ),
    ).toContain('andriy-yermak supports proposal');
    // Near miss: a Russian saying the text carries Ukraine's aims is no Russian verdict for it.
    expect(
      stancesOf(
        "Sergei Lavrov said the revised 19-point framework reflected most of Ukraine's key priorities.",
      ),
    ).toEqual([]);
  });

  it('reads a refusal with no object ("has balked", "is still holding out") as opposing the topic before', () => {
    expect(
      stancesOf(
        'The European Union wants to lend Ukraine money backed by the frozen Russian assets. Belgium, where most of the funds sit, has balked.',
      ),
    ).toContain('belgium opposes frozen-assets');
    expect(
      stancesOf(
        'The Commission proposed a loan funded by the immobilised Russian assets. Belgium is still holding out.',
      ),
    ).toContain('belgium opposes frozen-assets');
    // Near miss: holding out FOR something demands it; the cue leaves it to the demand reading.
    expect(
      stancesOf(
        'The Commission proposed a loan funded by the immobilised Russian assets. Belgium is holding out.',
      ),
    ).not.toContain('belgium demands frozen-assets');
  });

  it('reads a party committing itself to an arrangement as backing it, conditional on "only with" or "provided"', () => {
    expect(
      stancesOf(
        'A spokesman for Keir Starmer said Britain would contribute troops to a reassurance force for Ukraine, but only with an American backstop.',
      ),
    ).toContain('united-kingdom conditional security-guarantees');
    expect(
      stancesOf(
        'Zelensky offered to extend the halt on strikes against energy facilities for 30 days, provided Russia did the same.',
      ),
    ).toContain('volodymyr-zelensky conditional energy');
    expect(
      stancesOf(
        'Friedrich Merz said Germany would play its part in a reassurance force once a deal was signed.',
      ),
    ).toContain('germany supports security-guarantees');
    // Near miss: respecting something that is no arrangement ("sovereignty") is not read by this cue.
    expect(
      stancesOf('Kaja Kallas said Russia was not respecting the sovereignty of its neighbours.'),
    ).toEqual([]);
  });

  it('reads "would remain in place until" as keeping the measure, and "had to start with" as an obligation', () => {
    expect(
      stancesOf('Kaja Kallas said EU sanctions would remain in place until Russia ended its war.'),
    ).toContain('kaja-kallas supports sanctions');
    expect(
      stancesOf('Ursula von der Leyen said a just peace had to start with an unconditional ceasefire.'),
    ).toContain('ursula-von-der-leyen demands ceasefire');
  });

  it('reads a verdict of theft over a long object', () => {
    expect(
      stancesOf(
        'Maria Zakharova called the European plan to lend Kyiv money against the frozen Russian reserves outright theft.',
      ),
    ).toContain('maria-zakharova rejects frozen-assets');
  });

  it('reads "borders cannot be changed by force" as a stance, its object ending at the next item', () => {
    const out = stancesOf(
      "In Brussels, Ursula von der Leyen set out three principles on Monday: borders cannot be changed by force, there can be no limitations on Ukraine's armed forces that would leave it exposed, and the European Union must be central to any arrangement.",
    );
    expect(out).toContain('ursula-von-der-leyen rejects territory');
    // The next item's "no limitations" is not the object of "cannot be changed".
    expect(out).not.toContain('ursula-von-der-leyen demands military-size');
    // Near miss: a path that "cannot be traded away" is defended, not refused: no such reading.
    expect(
      stancesOf(
        "Ursula von der Leyen said Ukraine's path into the European Union could not be traded away in a deal between others.",
      ),
    ).not.toContain('ursula-von-der-leyen rejects eu-membership');
  });

  it('reads "warned X against" and "agreed to contribute to" with the party between', () => {
    expect(
      stancesOf('Maria Zakharova warned Europeans against sending troops to Ukraine under any label.'),
    ).toContain('maria-zakharova opposes security-guarantees');
    expect(
      stancesOf(
        'Macron said the United States had agreed to contribute to the security guarantees being prepared by the Europeans.',
      ),
    ).toContain('united-states supports security-guarantees');
    // Near miss: something that "contributed to" an outcome is no party committing itself.
    expect(stancesOf("Russia's refusal contributed to the collapse of the ceasefire talks.")).toEqual([]);
  });

  it('reads ", a view/an idea that X has rebuffed/resisted" as X holding the clause before', () => {
    expect(
      stancesOf(
        'JD Vance argued that no realistic settlement leaves Ukraine with all of its territory, a view that Kyiv has rebuffed.',
      ),
    ).toContain('ukraine rejects territory');
    expect(
      stancesOf(
        'The EU wants to lend Ukraine money backed by frozen Russian reserves, an idea that Belgium has resisted.',
      ),
    ).toContain('belgium opposes frozen-assets');
    // "has not publicly endorsed" withholds a verdict; it does not oppose.
    expect(
      stancesOf(
        'The Americans floated a demilitarised zone in Donetsk, an idea that Moscow has not publicly endorsed.',
      ),
    ).toContain('russia undecided territory');
    // Near miss: a content clause after "the idea that" is nobody's stance.
    expect(
      stancesOf('Kyiv objected to the idea that Washington would recognise Crimea as Russian.'),
    ).not.toContain('united-states supports recognition');
  });

  it('does not take a subject for a modifier of a name after a verb ("leaders called the US draft")', () => {
    expect(
      stancesOf(
        'European leaders called the US draft a basis for a settlement but said borders must not be changed by force.',
      ),
    ).toContain('eu rejects territory');
  });

  it('reads "expects Kyiv to withdraw" in the present, and "a declaration of war" as a verdict', () => {
    expect(
      stancesOf('Lavrov repeated that Russia expects Kyiv to withdraw from the whole of Donbas.'),
    ).toContain('russia demands territory');
    // Near miss: a forecast by analysts is no party's demand.
    expect(stancesOf('Analysts expect Kyiv to withdraw from the Donbas eventually.')).toEqual([]);
    expect(
      stancesOf('Viktor Orban called the use of the frozen Russian reserves a declaration of war on Moscow.'),
    ).toContain('viktor-orban rejects frozen-assets');
  });

  it('keeps "the idea of formally recognising …" in the object of the predicate before it', () => {
    const out = stancesOf(
      'French and British officials balked at the idea of formally recognising Russian rule over Crimea.',
    );
    expect(out).toContain('france opposes recognition');
    expect(out).toContain('united-kingdom opposes recognition');
  });
});
