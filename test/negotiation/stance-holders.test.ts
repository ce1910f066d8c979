import { describe, expect, it } from 'vitest';
import { aliasActorScan } from '../../src/eval/negotiation.ts';
import { loadPack } from '../../src/packs/load.ts';
import { compileNegotiationIndex, extractNegotiation } from '../../src/pipeline/negotiation/index.ts';
import { segment } from '../../src/pipeline/segment/index.ts';
import { analyze, stancesOf } from './helpers.ts';

describe('stance predicates added in round six', () => {
  it('reads "hold out for" as a demand', () => {
    const r = analyze(
      'Ukraine will hold out for binding security guarantees from its allies, officials said.',
    );
    expect(stancesOf(r)).toContain('ukraine demands security-guarantees');
  });

  it('reads "drew a red line at" as a rejection', () => {
    const r = analyze('Moscow drew a red line at the deployment of European troops in Ukraine.');
    expect(stancesOf(r)).toContain('russia rejects security-guarantees');
  });

  it('reads "made clear that … would not accept" as the subject\'s rejection', () => {
    const r = analyze(
      'Sergei Lavrov made clear that Russia would not accept the deployment of European troops in Ukraine.',
    );
    expect(stancesOf(r).some((s) => s.endsWith('rejects security-guarantees'))).toBe(true);
  });

  it('reads "is prepared to discuss … if" as conditional', () => {
    const r = analyze('Kyiv is prepared to discuss a ceasefire if its allies provide security guarantees.');
    expect(stancesOf(r)).toContain('ukraine conditional ceasefire');
  });

  it('reads "in no hurry to agree to" as a refusal, not support', () => {
    const r = analyze('Russia has signalled it is in no hurry to agree to a truce.');
    expect(stancesOf(r)).not.toContain('russia supports ceasefire');
  });
});

describe('stance predicates added in round six: negatives', () => {
  it('does not read an analyst who "made clear" something as a party', () => {
    const r = analyze('One analyst made clear that a ceasefire would not hold without guarantees.');
    expect(r.stances).toEqual([]);
  });

  it('does not read a hypothetical "would hold out for"', () => {
    const r = analyze('If Kyiv held out for a larger army, the talks would collapse, diplomats said.');
    expect(stancesOf(r)).not.toContain('ukraine demands military-size');
  });

  it('does not read a question as a stance', () => {
    const r = analyze('Will Russia stand firm on its demand for the whole of Donbas?');
    expect(r.stances).toEqual([]);
  });

  it('does not read a plan description as a stance', () => {
    const r = analyze('Under the 28-point plan, Ukraine would be prepared to accept a cap on its army.');
    expect(stancesOf(r)).not.toContain('ukraine supports military-size');
  });
});

describe('holders, round eight', () => {
  it('collective European wording is the EU', () => {
    const r = analyze('European governments have demanded that a ceasefire come before any talks on land.');
    expect(stancesOf(r)).toContain('eu demands ceasefire');
  });

  it('the European Commission sits on the EU side', () => {
    const pack = loadPack('ukraine-2025');
    expect(pack.actors.find((a) => a.id === 'european-commission')?.side).toBe('eu');
  });

  it('a participle reporting verb shares the sentence subject', () => {
    const r = analyze(
      'Volodymyr Zelensky thanked the mediators on Monday, adding that Ukraine must keep an army of 800,000.',
    );
    expect(r.stances.map((s) => s.actor)).toContain('volodymyr-zelensky');
  });

  it('an official the pack does not know still reports the party he names', () => {
    const text =
      'Deputy Foreign Minister Oleg Petrenko said Russia would regard any foreign troops in Ukraine as legitimate targets.';
    const pack = loadPack('ukraine-2025');
    const index = compileNegotiationIndex(pack);
    const inner = text.indexOf('Russia would');
    const quote = {
      start: inner,
      end: text.length - 1,
      text: text.slice(inner, text.length - 1),
      kind: 'indirect' as const,
      speaker: 'new:oleg-petrenko',
      speakerSpan: { start: 0, end: 38, text: text.slice(0, 38) },
    };
    const r = extractNegotiation(
      text,
      segment(text),
      aliasActorScan(text, pack),
      [quote],
      [],
      '2025-11-24',
      index,
    );
    expect(stancesOf(r)).toContain('russia rejects security-guarantees');
    // An analyst's words about Russia are not Russia's stance.
    const t2 =
      'A defence analyst, Oleg Petrenko, said Russia would regard any foreign troops in Ukraine as legitimate targets.';
    const at = t2.indexOf('Russia would');
    const q2 = {
      ...quote,
      start: at,
      end: t2.length - 1,
      text: t2.slice(at, t2.length - 1),
      speakerSpan: { start: 0, end: 32, text: t2.slice(0, 32) },
    };
    const r2 = extractNegotiation(t2, segment(t2), aliasActorScan(t2, pack), [q2], [], '2025-11-24', index);
    expect(r2.stances).toEqual([]);
  });
});

describe('holders, round eight: "his government" and an unlinked speaker', () => {
  it('"his government" opening a reported clause is the speaker\'s state', () => {
    const text =
      "Egypt's foreign minister said his government would help pay for rebuilding Gaza only if the truce holds.";
    const pack = loadPack('generic');
    const index = compileNegotiationIndex(pack);
    const at = text.indexOf('his government');
    const quote = {
      start: at,
      end: text.length - 1,
      text: text.slice(at, text.length - 1),
      kind: 'indirect' as const,
      speaker: null,
      speakerSpan: { start: 0, end: 24, text: text.slice(0, 24) },
    };
    const r = extractNegotiation(
      text,
      segment(text),
      aliasActorScan(text, pack),
      [quote],
      [],
      '2025-01-14',
      index,
    );
    expect(stancesOf(r)).toContain('egypt conditional reconstruction');
  });
});
