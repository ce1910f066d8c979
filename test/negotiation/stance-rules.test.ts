import { describe, expect, it } from 'vitest';
import { aliasActorScan } from '../../src/eval/negotiation.ts';
import { loadPack } from '../../src/packs/load.ts';
import { compileNegotiationIndex, extractNegotiation } from '../../src/pipeline/negotiation/index.ts';
import type { NegotiationResult } from '../../src/pipeline/negotiation/types.ts';
import { segment } from '../../src/pipeline/segment/index.ts';
import { analyze, stancesOf } from './helpers.ts';

/**
 * Rules added in the seventh hardening round (pronoun agreement, object scope, contrast and undoing
 * objects, causatives, urging, parenthetical connectives). Each rule has a case it must fire on and
 * a case it must leave alone.
 */

const pack = loadPack('ukraine-2025');
const index = compileNegotiationIndex(pack);
const kindOf = new Map(pack.actors.map((a) => [a.id, a.kind]));

/** Like `analyze`, but each actor mention carries its pack kind, as the actors stage now provides. */
function analyzeWithKinds(text: string): NegotiationResult {
  const scan = aliasActorScan(text, pack);
  const mentions = scan.mentions.map((m) => ({ ...m, kind: kindOf.get(m.actor) }));
  return extractNegotiation(text, segment(text), { ...scan, mentions }, [], [], '2025-11-24', index);
}

describe('pronouns agree with their antecedent', () => {
  it('"he" skips a state and finds the person', () => {
    const r = analyzeWithKinds(
      'Volodymyr Zelensky said Russia had launched new drone strikes overnight. He rejected any withdrawal from Donbas.',
    );
    expect(stancesOf(r)).toContain('volodymyr-zelensky rejects territory');
    expect(stancesOf(r)).not.toContain('russia rejects territory');
  });

  it('"it" skips a person and finds the state', () => {
    const r = analyzeWithKinds(
      'Russia said Volodymyr Zelensky had misread the talks. It rejected any ceasefire before a full settlement.',
    );
    expect(r.stances.map((s) => s.actor)).not.toContain('volodymyr-zelensky');
    expect(stancesOf(r)).toContain('russia rejects ceasefire');
  });

  it('an antecedent in object position gives way to the subject', () => {
    const r = analyze(
      'The Kremlin rejected the European amendments to a peace proposal for Ukraine, but said it would study the American text.',
    );
    expect(r.stances.map((s) => s.actor)).not.toContain('ukraine');
  });

  it("a news agency's credit in the dateline is no antecedent", () => {
    const r = analyze(
      'Talks resume\n\nMOSCOW (Reuters) - Officials met on Friday, and it would study the latest text once it arrived.',
    );
    expect(r.stances.map((s) => s.actor)).not.toContain('reuters');
  });
});

describe('object scope', () => {
  it('a coordinated clause with its own verb ends the object', () => {
    const r = analyze(
      'Dmitry Peskov dismissed the remarks and said Russia’s position on territory had not changed.',
    );
    expect(stancesOf(r)).not.toContain('dmitry-peskov rejects territory');
  });

  it('"demanded that X, and that Y" keeps Y in the demand', () => {
    const r = analyze(
      'Moscow demanded that Kyiv withdraw from Donetsk, and that Ukraine renounce its NATO aspirations.',
    );
    expect(stancesOf(r)).toContain('russia rejects nato');
  });

  it('", and <another party> said …" ends the object', () => {
    const r = analyze(
      'Emmanuel Macron insisted on firm guarantees, and Britain’s Keir Starmer said any deal must include a ceasefire.',
    );
    expect(stancesOf(r)).not.toContain('emmanuel-macron demands ceasefire');
  });

  it('a duration clause is not part of the object', () => {
    const r = analyze(
      'Kaja Kallas said the EU would keep its sanctions in force for as long as Russia occupies Ukrainian land.',
    );
    expect(stancesOf(r)).toContain('eu supports sanctions');
    expect(r.stances.map((s) => s.issue)).not.toContain('territory');
  });

  it('a cue in the of-complement of another issue qualifies it', () => {
    const r = analyze(
      'Poland would never accept any recognition of Russian rule over occupied Ukrainian land.',
    );
    expect(stancesOf(r)).toContain('poland rejects recognition');
    expect(r.stances.map((s) => s.issue)).not.toContain('territory');
  });

  it('two issues joined by "and" are both objects', () => {
    const r = analyze('Ukraine rejects any recognition of annexed land and any cap on its army.');
    expect(r.stances.map((s) => s.issue)).toEqual(expect.arrayContaining(['recognition', 'military-size']));
  });
});

describe('contrast and undoing', () => {
  it('"rather than a ceasefire" refuses the ceasefire', () => {
    const r = analyze('Moscow wants a lasting agreement rather than a ceasefire.');
    expect(stancesOf(r)).toContain('russia rejects ceasefire');
    expect(stancesOf(r)).not.toContain('russia demands ceasefire');
  });

  it('demanding the lifting of sanctions is against sanctions', () => {
    expect(stancesOf(analyze('Moscow demanded the lifting of Western sanctions.'))).toContain(
      'russia rejects sanctions',
    );
  });

  it('demanding new sanctions is for sanctions', () => {
    expect(stancesOf(analyze('The EU demanded new sanctions on Russian oil.'))).toContain(
      'eu demands sanctions',
    );
  });
});

describe('causatives and urging', () => {
  it('a party made to act by a proposal holds no stance', () => {
    const r = analyze(
      'The confidential proposal would have Washington recognize Russian control of Crimea, people who saw it said.',
    );
    expect(r.stances.map((s) => s.actor)).not.toContain('united-states');
  });

  it('a party urging another to act holds the stance itself', () => {
    expect(
      stancesOf(analyze('Friedrich Merz urged the EU to use the frozen assets without delay.')),
    ).toContain('friedrich-merz demands frozen-assets');
    expect(
      stancesOf(analyze('Viktor Orban urged Brussels to drop its plan to use the frozen assets.')),
    ).toContain('viktor-orban opposes frozen-assets');
  });

  it('the urged party does not hold the stance', () => {
    const r = analyze('Friedrich Merz urged the EU to use the frozen assets without delay.');
    expect(r.stances.map((s) => s.actor)).not.toContain('eu');
  });

  it('an analyst urging is still not a party', () => {
    const r = analyze('A researcher at a Berlin think tank urged the EU to use the frozen assets.');
    expect(r.stances).toEqual([]);
  });
});

describe('other phrasing', () => {
  it('a parenthetical "however" does not cut the subject off', () => {
    expect(
      stancesOf(
        analyze('Scott Bessent, however, wants the sanctions to stay in place until a deal is signed.'),
      ),
    ).toContain('scott-bessent demands sanctions');
  });

  it('"however" starting a new clause still separates subjects', () => {
    const r = analyze('Russia dismissed the talks; however Ukraine wants a ceasefire now.');
    expect(stancesOf(r)).not.toContain('russia demands ceasefire');
  });

  it('a question closed by a reporting verb does not make the answer hypothetical', () => {
    const r = analyze(
      'Asked whether Kyiv would sign the plan, Andrii Sybiha said Ukraine was ready to hold elections after a ceasefire.',
    );
    expect(stancesOf(r)).toContain('ukraine supports elections');
  });

  it('an open question is still hypothetical', () => {
    expect(analyze('Andrii Sybiha did not say whether Ukraine would hold elections.').stances).toEqual([]);
  });

  it('"both want" is a verb, and a title may stand between coordinated names', () => {
    const r = analyze(
      'Finland’s President Alexander Stubb and Polish Prime Minister Donald Tusk both want Ukraine to keep a path to NATO membership.',
    );
    expect(r.stances.map((s) => s.actor)).toEqual(expect.arrayContaining(['alexander-stubb', 'donald-tusk']));
  });

  it('"legitimate targets" is a threat against the object', () => {
    expect(
      stancesOf(
        analyze(
          'Sergei Lavrov said Russia would regard any foreign troops in Ukraine as legitimate targets.',
        ),
      ),
    ).toContain('russia rejects security-guarantees');
  });

  it('"could only happen after" makes readiness conditional', () => {
    const r = analyze(
      'Ukraine is ready to hold elections, but the vote could only happen after a ceasefire.',
    );
    expect(stancesOf(r)).toContain('ukraine conditional elections');
  });

  it('welcoming the mediation effort is not support for a proposal', () => {
    expect(analyze('Volodymyr Zelensky welcomed the American effort in general terms.').stances).toEqual([]);
  });

  it('a definite stance in the sentence outranks "has not yet seen"', () => {
    const r = analyze(
      'Russia had not yet received the revised 19-point framework but rejected it outright, Yuri Ushakov said.',
    );
    expect(stancesOf(r)).toEqual(['russia rejects proposal']);
  });

  it("a party's hint that it might accept is conditional", () => {
    expect(stancesOf(analyze('Dmitry Peskov hinted that Moscow might accept a truce.'))).toEqual([
      'russia conditional ceasefire',
    ]);
    expect(stancesOf(analyze('Ukraine has hinted at flexibility on elections.'))).toEqual([
      'ukraine conditional elections',
    ]);
  });

  it('plain speculation without a hint stays dropped', () => {
    expect(analyze('Dmitry Peskov said Moscow might accept a truce.').stances).toEqual([]);
    expect(analyze('Analysts hinted at flexibility on elections.').stances).toEqual([]);
  });

  it('"a position shared by" extends the stance to the parties named', () => {
    const r = analyze(
      'Zelensky said Ukraine remained ready for an unconditional ceasefire, a position shared by Britain and France.',
    );
    expect(stancesOf(r)).toEqual(
      expect.arrayContaining([
        'ukraine supports ceasefire',
        'united-kingdom supports ceasefire',
        'france supports ceasefire',
      ]),
    );
  });

  it('a party merely mentioned after the stance does not share it', () => {
    const r = analyze(
      'Ukraine remained ready for an unconditional ceasefire, officials told France and Britain.',
    );
    expect(r.stances.map((s) => s.actor)).toEqual(['ukraine']);
  });

  it('being ready for talks names no issue', () => {
    expect(analyze('Ukraine is ready for talks in Istanbul next week.').stances).toEqual([]);
  });

  it('"welcomed the idea" takes the one issue of the sentence before', () => {
    const r = analyze(
      'Steve Witkoff said Washington wanted both sides to agree to a halt in attacks on power plants. Kyiv welcomed the idea.',
    );
    expect(stancesOf(r)).toContain('ukraine supports energy');
  });

  it('"the idea" is not resolved when the sentence before names two issues, or when it has its own complement', () => {
    const two = analyze(
      'Moscow offered a truce in exchange for sanctions relief. Volodymyr Zelensky rejected the idea on Tuesday.',
    );
    expect(two.stances.filter((s) => s.actor === 'volodymyr-zelensky')).toEqual([]);
    const own = analyze('Talks on a truce went on. France balked at the idea of a new summit.');
    expect(own.stances).toEqual([]);
  });

  it('a name coordinated with an object of a preposition is not the subject', () => {
    const r = analyze(
      'A US peace proposal handed to Ukrainian and European officials would freeze the fighting and recognise Russian control of Crimea.',
    );
    expect(r.stances).toEqual([]);
  });

  it('a comma closing an introductory phrase is not coordination', () => {
    const r = analyze(
      'In an interview with Politico, Donald Trump said Ukraine must accept a ceasefire soon.',
    );
    expect(r.stances.map((s) => s.actor)).toContain('donald-trump');
    expect(r.stances.map((s) => s.actor)).not.toContain('politico');
  });
});
