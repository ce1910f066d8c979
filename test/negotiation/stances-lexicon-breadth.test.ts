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

// Breadth of the stance cue lexicon: the ordinary ways news copy says that a party demands,
// rejects, backs, opposes, makes conditional or has not decided something. Each family has a case
// that fires and one that must not (an analyst's words, or a phrase about no negotiation issue).
describe('lexicon breadth: demands', () => {
  it('reads "settle for nothing less than" as a demand and a refused "settle for" as a rejection', () => {
    expect(
      stancesOf(
        'A senior Ukrainian official said Kyiv would settle for nothing less than binding security guarantees.',
      ),
    ).toEqual(['ukraine demands security-guarantees']);
    expect(
      stancesOf('Zelensky said Ukraine would not settle for a short truce that let Russia regroup.'),
    ).toEqual(['ukraine rejects ceasefire']);
    expect(stancesOf('The minister said the club would settle for nothing less than a title.')).toEqual([]);
  });

  it('reads lobbying, appealing and urging for a thing as demanding it', () => {
    expect(
      stancesOf('Russian officials have been lobbying for the lifting of sanctions in Washington.'),
    ).toEqual(['russia rejects sanctions']);
    expect(stancesOf('Kyiv is campaigning for NATO membership.')).toEqual(['ukraine demands nato']);
    expect(stancesOf('Sybiha appealed for a ceasefire over the holiday period.')).toEqual([
      'andrii-sybiha demands ceasefire',
    ]);
    expect(stancesOf('Poland urged an immediate ceasefire along the front line.')).toEqual([
      'poland demands ceasefire',
    ]);
    // About no issue of the negotiation.
    expect(stancesOf('Kyiv has been campaigning for votes in the Rada since Monday.')).toEqual([]);
  });

  it('reads a precondition as a demand, made or stated, but not an analyst’s', () => {
    expect(stancesOf("Moscow made Ukraine's neutrality a precondition for any settlement.")).toEqual([
      'russia rejects nato',
    ]);
    expect(
      stancesOf('Lavrov said a full withdrawal from the Donbas was a precondition for any truce.'),
    ).toContain('sergei-lavrov demands territory');
    expect(
      stancesOf('A think-tank report said a withdrawal from the Donbas was a precondition for any truce.'),
    ).toEqual([]);
  });

  it('reads possessed nouns of wanting: insistence, claim', () => {
    expect(stancesOf("Moscow's insistence on neutrality for Ukraine has stalled the talks.")).toEqual([
      'russia rejects nato',
    ]);
    expect(stancesOf("Moscow's claim to the whole of the Donbas remains the main obstacle.")).toEqual([
      'russia demands territory',
    ]);
    // Without a party as possessor the noun is no one's stance.
    expect(stancesOf("Last week's insistence on neutrality surprised the delegates.")).toEqual([]);
  });

  it('reads "will not back down / compromise on" as holding to the object', () => {
    expect(stancesOf('Zelensky said Kyiv would not compromise on security guarantees.')).toEqual([
      'ukraine demands security-guarantees',
    ]);
    // "back down" is not "back" (support).
    expect(stancesOf('Moscow said it would back down on nothing.')).toEqual([]);
  });
});

describe('lexicon breadth: rejections and opposition', () => {
  it('reads dismissals in other words as rejections', () => {
    expect(stancesOf('The Kremlin brushed aside the proposal for a European reassurance force.')).toEqual([
      'russia rejects security-guarantees',
    ]);
    expect(stancesOf('Peskov poured cold water on the idea of a Christmas ceasefire.')).toEqual([
      'dmitry-peskov rejects ceasefire',
    ]);
    expect(
      stancesOf('Hungary spurned the plan to use frozen Russian assets for a reparations loan.'),
    ).toEqual(['hungary rejects frozen-assets']);
    // Brushing aside criticism of a thing is no rejection of the thing.
    expect(stancesOf('Zelensky brushed aside concerns about the cost of the reparations loan.')).toEqual([]);
  });

  it('reads "would amount to theft" and copular verdicts as rejections, but not an analyst’s', () => {
    expect(stancesOf('Lavrov said using the frozen assets would amount to theft.')).toEqual([
      'sergei-lavrov rejects frozen-assets',
    ]);
    expect(stancesOf('An economist said using the frozen assets would amount to theft.')).toEqual([]);
    // Critics of a party speak for themselves, not for the party they criticise.
    expect(
      stancesOf(
        "Critics of the Trump team's approach argue that recognising Crimea as Russian would be tantamount to rewarding aggression.",
      ),
    ).toEqual([]);
    expect(stancesOf('Zelensky said any cap on the army was not up for discussion.')).toEqual([
      'volodymyr-zelensky rejects military-size',
    ]);
    expect(stancesOf('Merz said a freeze along the current line was unthinkable for Berlin.')).toEqual([
      'friedrich-merz rejects territory',
    ]);
  });

  it('reads "will not countenance / entertain / even consider / discuss" as rejections', () => {
    expect(stancesOf('Moscow will not countenance a European reassurance force in Ukraine.')).toEqual([
      'russia rejects security-guarantees',
    ]);
    expect(stancesOf('Russia would not even consider a ceasefire before its demands were met.')).toEqual([
      'russia rejects ceasefire',
    ]);
    expect(stancesOf('Zelensky said Kyiv would not discuss territory under pressure.')).toEqual([
      'ukraine rejects territory',
    ]);
    expect(stancesOf('Zelensky said Kyiv would not discuss the weather with reporters.')).toEqual([]);
  });

  it('reads criticism in other words (denounced, lambasted, warned against) as opposition', () => {
    expect(stancesOf('Moscow denounced the plan for a European reassurance force.')).toEqual([
      'russia opposes security-guarantees',
    ]);
    expect(stancesOf('Orban lambasted the proposal to use the frozen Russian assets.')).toEqual([
      'viktor-orban opposes frozen-assets',
    ]);
    expect(stancesOf('France warned against any cap on the Ukrainian army.')).toEqual([
      'france opposes military-size',
    ]);
    expect(stancesOf('Economists warned against any cap on interest rates.')).toEqual([]);
  });

  it('reads voiced reservations and doubts as opposition, not mere concern about terms', () => {
    expect(stancesOf('Poland has expressed reservations about the use of frozen Russian assets.')).toEqual([
      'poland opposes frozen-assets',
    ]);
    expect(stancesOf('Belgium voiced doubts over the reparations loan.')).toEqual([
      'belgium opposes frozen-assets',
    ]);
    expect(stancesOf('Poland expressed concern over the terms of the reparations loan.')).toEqual([]);
  });

  it('reads possessed nouns of refusal and hostility', () => {
    expect(stancesOf("Kyiv's refusal to cede the Donbas has angered Moscow.")).toEqual([
      'ukraine rejects territory',
    ]);
    expect(stancesOf("Budapest's hostility to the reparations loan is well known.")).toEqual([
      'hungary opposes frozen-assets',
    ]);
    expect(stancesOf('The hostility to the reparations loan surprised no one.')).toEqual([]);
  });
});

describe('lexicon breadth: support, conditions, indecision', () => {
  it('reads backing in other words as support', () => {
    expect(stancesOf('Britain threw its weight behind the reparations loan.')).toEqual([
      'united-kingdom supports frozen-assets',
    ]);
    expect(stancesOf('Germany gave its blessing to the use of frozen Russian assets.')).toEqual([
      'germany supports frozen-assets',
    ]);
    expect(stancesOf('The Kremlin signed on to the ceasefire after two days of talks.')).toEqual([
      'russia supports ceasefire',
    ]);
    expect(stancesOf("Ukraine's endorsement of the ceasefire came after a call with Trump.")).toEqual([
      'ukraine supports ceasefire',
    ]);
    expect(stancesOf('Zelensky said Ukraine was amenable to a ceasefire along the current line.')).toEqual([
      'ukraine supports ceasefire',
    ]);
    // Negated, openness is a refusal; an unrelated object is nothing.
    expect(stancesOf('Moscow was not receptive to a ceasefire, Peskov said.')).toEqual([
      'dmitry-peskov rejects ceasefire',
    ]);
    expect(stancesOf('Britain threw its weight behind the bid to host the games.')).toEqual([]);
  });

  it('reads tied or left-open support as conditional', () => {
    expect(
      stancesOf('Zelensky made his support for a ceasefire conditional on an exchange of prisoners.'),
    ).toEqual(['volodymyr-zelensky conditional ceasefire']);
    expect(stancesOf('Kyiv tied its approval of the ceasefire to the release of prisoners.')).toContain(
      'ukraine conditional ceasefire',
    );
    expect(stancesOf('Moscow left the door open to a ceasefire over Christmas.')).toEqual([
      'russia conditional ceasefire',
    ]);
    expect(stancesOf('The hotel left the door open to late arrivals over Christmas.')).toEqual([]);
  });

  it('reads fence-sitting, reserved judgment and "would not be drawn" as undecided', () => {
    // "stopped short of" a stance verb, not of an offer.
    expect(
      stancesOf('Merz said Germany would help protect Ukraine but stopped short of promising German troops.'),
    ).not.toContain('germany undecided security-guarantees');
    expect(stancesOf('Russia is still on the fence about a ceasefire.')).toEqual([
      'russia undecided ceasefire',
    ]);
    expect(stancesOf('Germany reserved judgment on the reparations loan.')).toEqual([
      'germany undecided frozen-assets',
    ]);
    expect(stancesOf('The Kremlin stopped short of endorsing the ceasefire.')).toEqual([
      'russia undecided ceasefire',
    ]);
    expect(stancesOf('Peskov would not be drawn on the question of security guarantees.')).toEqual([
      'dmitry-peskov undecided security-guarantees',
    ]);
    expect(stancesOf('Kyiv has not formed a view on the amnesty clause.')).toEqual([
      'ukraine undecided amnesty',
    ]);
    expect(stancesOf('An analyst said he was still on the fence about a ceasefire.')).toEqual([]);
  });

  it('reads negated objections and preferences as support, and a refusal to rule out as undecided', () => {
    expect(stancesOf('Germany has no objection to a ceasefire along the current line.')).toEqual([
      'germany supports ceasefire',
    ]);
    expect(stancesOf('Germany raised objections to the reparations loan.')).toEqual([
      'germany opposes frozen-assets',
    ]);
    expect(stancesOf('Ukraine prefers a ceasefire along the current line.')).toEqual([
      'ukraine supports ceasefire',
    ]);
    expect(stancesOf('Zelensky said he would prefer not to comment on territory.')).toEqual([]);
    expect(
      stancesOf(
        'Macron refused to rule out sending French troops to Ukraine as part of a reassurance force.',
      ),
    ).toEqual(['emmanuel-macron undecided security-guarantees']);
  });

  it('reads a vow to act as support and a vow to fight as opposition, not a draft’s promise', () => {
    expect(stancesOf('Zelensky vowed to hold elections once a ceasefire was in place.')).toContain(
      'volodymyr-zelensky supports elections',
    );
    expect(stancesOf('Russia vowed to fight any deployment of European troops in Ukraine.')).toEqual([
      'russia opposes security-guarantees',
    ]);
    expect(stancesOf('The plan promises to ease sanctions on Russia once a ceasefire holds.')).toEqual([]);
  });
});
