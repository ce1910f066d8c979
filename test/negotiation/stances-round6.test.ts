import { describe, expect, it } from 'vitest';
import { pipelineFor } from '../../src/eval/negotiation.ts';
import { loadPack } from '../../src/packs/load.ts';
import { compileNegotiationIndex } from '../../src/pipeline/negotiation/index.ts';

// The full per-article pipeline: roles ("the French president") and reported speech need the
// actors and quotes stages.
const pack = loadPack('ukraine-2025');
const index = compileNegotiationIndex(pack);
const { run } = await pipelineFor();
const stancesOf = (text: string) =>
  run(text, '2025-12-01', pack, index).result.stances.map((s) => `${s.actor} ${s.stance} ${s.issue}`);

// Cases found on long, real-style reporting (session 3): obligations with their own negation,
// restrictive relative clauses in the object, collective European wording.
describe('stances: obligations, relative clauses, collective holders', () => {
  it('reads a negated obligation as a stance against its object', () => {
    const r = "The French president stressed that Ukraine's army should not face restrictions after a deal.";
    expect(stancesOf(r)).toEqual(['emmanuel-macron rejects military-size']);
  });

  it('reads an obligation to undo sanctions as a stance against them, and a negated one as for them', () => {
    expect(stancesOf('Lavrov said on Monday that Western sanctions must be lifted.')).toEqual([
      'sergei-lavrov rejects sanctions',
    ]);
    expect(stancesOf('Tusk said sanctions must not be eased before a ceasefire.')).toEqual([
      'donald-tusk demands sanctions',
    ]);
  });

  it('keeps an unnegated obligation a demand', () => {
    expect(stancesOf('Lavrov said Ukraine must withdraw from the Donetsk region.')).toEqual([
      'sergei-lavrov demands territory',
    ]);
  });

  it('reads the object through a restrictive relative clause', () => {
    const r =
      'Germany rejects any arrangement under which Ukraine would hand over land its army still holds.';
    expect(stancesOf(r)).toEqual(['germany rejects territory']);
  });

  it('counts "European states" and "European countries" as the European camp', () => {
    expect(stancesOf('European states are demanding a ceasefire before any wider talks.')).toEqual([
      'eu demands ceasefire',
    ]);
    expect(stancesOf('Several European countries want a ceasefire first.')).toEqual(['eu demands ceasefire']);
  });

  it('does not read a negated obligation inside a question or a hypothetical as a stance', () => {
    expect(stancesOf('Should Ukraine not face limits on its army, analysts asked?')).toEqual([]);
    expect(stancesOf('If sanctions must be lifted, who decides when?')).toEqual([]);
  });

  it('reads "not interested in" and "not open to" as stances against, "interested in" as for', () => {
    expect(stancesOf('The Kremlin said it was not interested in a mere “freeze” of the conflict.')).toEqual([
      'russia opposes ceasefire',
    ]);
    expect(
      stancesOf('Moscow is not open to a ceasefire before a settlement, the Kremlin spokesman said.'),
    ).toEqual(['russia rejects ceasefire']);
    expect(stancesOf('Kyiv is interested in an exchange of all prisoners.')).toEqual([
      'ukraine supports prisoners',
    ]);
  });

  it('gives "such proposals" the single issue of the sentence before', () => {
    const s = stancesOf(
      'Britain and France want a reassurance force in Ukraine after the war. Russia has always rejected such proposals.',
    );
    expect(s).toContain('russia rejects security-guarantees');
  });

  it('does not read "such proposals" when the sentence before names several issues', () => {
    const s = stancesOf(
      'The draft covers sanctions, elections and a reassurance force. Russia has always rejected such proposals.',
    );
    expect(s.filter((x) => x.startsWith('russia'))).toEqual([]);
  });

  it('reads "could live with" as acceptance and "could not live with" as refusal', () => {
    expect(stancesOf('Zelensky said Ukraine could live with a cap of 800,000 troops.')).toEqual([
      'ukraine supports military-size',
    ]);
    expect(stancesOf('Kyiv cannot live with any cap on its army, Sybiha said.')).toContain(
      'andrii-sybiha rejects military-size',
    );
  });

  it('takes bare "the guarantees" as security guarantees, but not guarantees for a vote or a loan', () => {
    expect(stancesOf('Kyiv wants the guarantees promised in the framework to be legally binding.')).toEqual([
      'ukraine demands security-guarantees',
    ]);
    expect(stancesOf('Belgium wants the guarantees for the loan spread across the bloc.')).not.toContain(
      'belgium demands security-guarantees',
    );
  });

  it('reads "would not sign" after a modal as a refusal of what the object names', () => {
    expect(stancesOf('Moscow would not sign any version that left Ukraine a path into NATO.')).toEqual([
      'russia rejects nato',
    ]);
    expect(stancesOf('Moscow would not sign the 19-point framework.')).toEqual(['russia rejects proposal']);
    // the noun is no predicate
    expect(stancesOf('There were signs that the 19-point framework had stalled.')).toEqual([]);
  });

  it('does not take "anything that …" for the proposal on the table', () => {
    const s = stancesOf(
      '"We will not sign anything that leaves the door to NATO open," Lavrov told a news conference.',
    );
    expect(s).not.toContain('sergei-lavrov rejects proposal');
  });

  it('reads a gerund after "in" or "by" as the clause subject\'s act', () => {
    expect(stancesOf('Hungary was alone in praising the 28-point plan.')).toEqual([
      'hungary supports proposal',
    ]);
    expect(stancesOf('Russia responded by rejecting the ceasefire.')).toEqual(['russia rejects ceasefire']);
    expect(stancesOf('Officials involved in drafting the 28-point plan said little.')).toEqual([]);
  });

  it('reads a warning about a thing as opposition to it, the that-clause subject only', () => {
    expect(
      stancesOf(
        'Merz cautioned that any settlement forcing Ukraine to surrender ground would prepare the next war.',
      ),
    ).toEqual(['friedrich-merz opposes territory']);
    expect(stancesOf('Peskov warned that a ceasefire would only help Ukraine regroup.')).toEqual([
      'dmitry-peskov opposes ceasefire',
    ]);
  });

  it('does not read a warning about what happens without a thing as opposition to it', () => {
    expect(stancesOf('Zelensky warned that without security guarantees Russia would attack again.')).toEqual(
      [],
    );
    expect(stancesOf('Macron warned that Russia would use any ceasefire to rearm.')).toEqual([]);
  });

  it('reads "saw it as a capitulation" as a verdict, and a capital that sees something as a thing as its government', () => {
    expect(stancesOf('Kyiv saw the 28-point plan as a capitulation to Moscow.')).toEqual([
      'ukraine rejects proposal',
    ]);
    expect(
      stancesOf(
        'The 28-point plan was drawn up in secret. Kiev and its partners viewed it as a capitulation.',
      ),
    ).toEqual(['ukraine rejects proposal']);
    expect(stancesOf('Kyiv saw heavy shelling overnight as the 28-point plan was discussed.')).toEqual([]);
  });

  it('takes no stance from a heading with a bare adjective', () => {
    const s = stancesOf(
      'The 19-point framework keeps the reassurance force.\n\nRussia Remains Skeptical\n\nMoscow has said little.',
    );
    expect(s).toEqual([]);
  });

  it('ends a demand at "and a provision that …"', () => {
    const s = stancesOf(
      "The plan included Russia's demands that Ukraine give up land in Donetsk and a provision that Ukraine will never join NATO.",
    );
    expect(s).toEqual(['russia demands territory']);
  });

  it('reads a proposal put forward as a demand, and a floated idea as support', () => {
    expect(stancesOf('Merz also suggested a truce over Christmas.')).toEqual([
      'friedrich-merz demands ceasefire',
    ]);
    expect(stancesOf('The US has floated the idea of a demilitarised zone in Donetsk.')).toEqual([
      'united-states supports territory',
    ]);
    // a plan proposing something is its content, and analysts suggesting is no party's stance
    expect(stancesOf('The 28-point plan proposed a ceasefire along the front.')).toEqual([]);
    expect(stancesOf('Analysts suggested a ceasefire was near.')).toEqual([]);
  });

  it('reads a promise that sanctions will not be eased as holding to them, but not a plan described as easing them', () => {
    expect(
      stancesOf(
        'European governments said sanctions would not be eased while Russian forces remained in Ukraine.',
      ),
    ).toEqual(['eu demands sanctions']);
    expect(
      stancesOf('Sanctions on Russia would be eased under the 28-point plan, the officials said.'),
    ).toEqual([]);
  });

  it('reads a predicate whose object opens with a quotation mark', () => {
    const s = stancesOf(
      'The 19-point framework was agreed on Sunday. Umerov told reporters that Kyiv backs "the essence" of the new framework.',
    );
    expect(s).toContain('rustem-umerov supports proposal');
  });

  it('takes the proposal after a verb of judging, not the one named before it', () => {
    const text =
      'The 28-point plan and a European counter-proposal are both on the table. Ushakov said the European plan was unconstructive, while Putin has described the 28-point plan as a possible basis for talks.';
    const r = run(text, '2025-12-01', pack, index).result.stances.filter((x) => x.actor === 'vladimir-putin');
    expect(r.map((x) => `${x.stance} ${x.proposal}`)).toEqual(['supports plan-28-point']);
  });

  it("gives a participle after a finished clause that clause's subject", () => {
    expect(
      stancesOf(
        'European leaders have held firm for weeks, pushing back against the 28-point plan while courting Trump.',
      ),
    ).toEqual(['eu opposes proposal']);
    expect(
      stancesOf('The 28-point plan, calling for elections within 100 days, was drafted by Witkoff.'),
    ).toEqual([]);
  });

  it('reads "working to ensure" as pursuing the object', () => {
    expect(stancesOf('Zelensky said Kyiv is working to ensure robust security guarantees.')).toEqual([
      'ukraine demands security-guarantees',
    ]);
  });

  it('does not take a place phrase after a troop cue as a second object', () => {
    expect(
      stancesOf(
        'Moscow has repeatedly said it will not tolerate soldiers from NATO countries on Ukrainian territory.',
      ),
    ).toEqual(['russia rejects security-guarantees']);
  });

  it('reads a requirement of approval as a condition', () => {
    expect(
      stancesOf('Zelensky said any territorial option would have to be approved in a referendum.'),
    ).toEqual(['volodymyr-zelensky conditional territory']);
  });

  it('gives an obligation inside a quote to the speaker, not to the party it names', () => {
    expect(stancesOf('"Russia must withdraw from all of Donetsk," Zelensky said.')).toEqual([
      'volodymyr-zelensky demands territory',
    ]);
    expect(stancesOf('"Sanctions have hurt, and they should be tightened, not eased," Sybiha said.')).toEqual(
      ['andrii-sybiha demands sanctions'],
    );
  });

  it('reads "there will be no …" as ruling it out, but not "there must be no restrictions on …"', () => {
    expect(stancesOf('"There will be no amnesty for war crimes," Sybiha said.')).toEqual([
      'andrii-sybiha rejects amnesty',
    ]);
    // the demand reads the negated cap (against the cap: rejects), once; "there must be no" adds nothing
    const s = stancesOf('Ukraine insists that there must be no restrictions on the size of its army.');
    expect(s).toEqual(['ukraine rejects military-size']);
  });

  it('reads "has not given up on it" as holding to the issue the sentence named', () => {
    expect(
      stancesOf('"NATO membership is the best guarantee, and we have not given up on it," Sybiha said.'),
    ).toEqual(['andrii-sybiha supports nato']);
  });

  it('reads wanting sanctions lifted as a stance against them (convention 5)', () => {
    expect(stancesOf('Russian officials want sanctions lifted as part of any deal.')).toEqual([
      'russia rejects sanctions',
    ]);
    expect(stancesOf('Poland wants sanctions kept in place.')).toEqual(['poland demands sanctions']);
  });

  it("gives a party's restriction noun to the party, even after a preposition", () => {
    expect(stancesOf("Talks stalled over Moscow's limit on the size of Ukraine's army.")).toEqual([
      'russia demands military-size',
    ]);
    // a restriction noun inside another predicate's object does not cut that object short
    expect(stancesOf('Russia demanded a cap on the army.')).toEqual(['russia demands military-size']);
  });

  it('reads "looks very solid" as a favourable verdict held by whoever reports it', () => {
    expect(stancesOf('Yermak told reporters that the security guarantees look “very solid.”')).toEqual([
      'andriy-yermak supports security-guarantees',
    ]);
  });

  it('lets a bare "that" point to the one issue of the sentence before, for a named subject only', () => {
    expect(
      stancesOf('"We expect EU accession talks to open soon. Hungary is blocking that," Sybiha said.'),
    ).toContain('hungary rejects eu-membership');
    const s = stancesOf('"We want NATO membership. Some partners did not support that," Zelensky said.');
    expect(s).not.toContain('volodymyr-zelensky opposes nato');
  });

  it('reads an appositive after a dash: "— a condition Russia has resisted"', () => {
    expect(
      stancesOf('European states want a ceasefire first — a condition that Russia has resisted.'),
    ).toContain('russia opposes ceasefire');
  });

  it('reads "halt to fighting on land, at sea and in the air" as a ceasefire, not territory', () => {
    expect(
      stancesOf(
        'A Ukrainian delegation agreed to a full 30-day halt to fighting on land, at sea and in the air.',
      ),
    ).toEqual(['ukraine supports ceasefire']);
    expect(stancesOf('Russia demands land in the east.')).toEqual(['russia demands territory']);
  });

  it('does not refuse what would be got in return ("trade X for Y")', () => {
    expect(
      stancesOf('Zelensky added that Ukraine would not trade its sovereignty for a pause in the fighting.'),
    ).toEqual([]);
  });

  it('takes no stance from the cleft "It is against that background that …"', () => {
    expect(
      stancesOf('Russia rejected the 28-point plan. It is against that background that talks resumed.'),
    ).toEqual(['russia rejects proposal']);
  });

  it('gives ", and urged …" after a report to the reporter, not to the subject of the report', () => {
    expect(
      stancesOf('Sybiha said Putin was wasting time, and urged Washington to tighten sanctions.'),
    ).toEqual(['andrii-sybiha demands sanctions']);
    expect(
      stancesOf('Sybiha said Putin was wasting time and urged Washington to tighten sanctions.'),
    ).toEqual(['andrii-sybiha demands sanctions']);
    // a predicate that is not a speech act stays with the report's own subject
    expect(
      stancesOf('Zelensky said Russia had attacked overnight and demanded more sanctions.'),
    ).not.toContain('volodymyr-zelensky demands sanctions');
  });

  it('reads an ongoing offer by a party, but not a plan that "offered" something', () => {
    expect(
      stancesOf('Officials said the United States was offering Ukraine protection modelled on Article 5.'),
    ).toEqual(['united-states supports security-guarantees']);
    expect(
      stancesOf('The 28-point plan was leaked. It offered Russia recognition of Crimea as Russian.'),
    ).toEqual([]);
  });

  it('reads a possessed noun predicate across a hyphenated modifier', () => {
    expect(stancesOf("Moscow's long-standing objection to a ceasefire has not changed.")).toEqual([
      'russia opposes ceasefire',
    ]);
  });

  it('reads a report in the infinitive ("used the talks to argue that …")', () => {
    expect(stancesOf('Ukraine used the London talks to argue that a ceasefire must come first.')).toEqual([
      'ukraine demands ceasefire',
    ]);
  });
});
