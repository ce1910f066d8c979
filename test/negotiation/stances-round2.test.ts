import { describe, expect, it } from 'vitest';
import { aliasActorScan } from '../../src/eval/negotiation.ts';
import { loadPack } from '../../src/packs/load.ts';
import { compileNegotiationIndex, extractNegotiation } from '../../src/pipeline/negotiation/index.ts';
import type { QuoteIn } from '../../src/pipeline/negotiation/types.ts';
import { segment } from '../../src/pipeline/segment/index.ts';
import { analyze, stancesOf } from './helpers.ts';

describe('stances, round two: predicates', () => {
  it('reads "stood ready to send" a force as support', () => {
    const r = analyze('Paris said on Monday that France stood ready to send a reassurance force to Ukraine.');
    expect(stancesOf(r)).toContain('france supports security-guarantees');
  });

  it('reads "would be willing to … only after" as conditional', () => {
    const r = analyze(
      'An aide said Kyiv would be willing to hold a presidential election only after a ceasefire was in place.',
    );
    expect(stancesOf(r)).toContain('ukraine conditional elections');
  });

  it('reads "remained committed to" as support', () => {
    const r = analyze(
      'Brussels said the EU remained committed to sanctions on Russia for as long as needed.',
    );
    expect(stancesOf(r)).toContain('eu supports sanctions');
  });

  it('reads a passive obligation ("should be used to rebuild") as the speaker\'s demand', () => {
    const r = analyze('The United States said the frozen assets should be used to rebuild Ukraine.');
    expect(stancesOf(r)).toContain('united-states demands frozen-assets');
  });

  it('reads "expects Kyiv to withdraw from" territory as a demand, not opposition', () => {
    const r = analyze('The Kremlin said Russia expects Kyiv to withdraw from the whole of Donbas.');
    expect(stancesOf(r)).toContain('russia demands territory');
    expect(stancesOf(r)).not.toContain('russia opposes territory');
  });

  it('reads ending NATO expansion as against Ukraine joining', () => {
    const r = analyze('Lavrov said Russia wants any settlement to end NATO’s eastward expansion.');
    expect(stancesOf(r).some((s) => s.startsWith('russia') && /(rejects|opposes) nato/.test(s))).toBe(true);
  });

  it('keeps a restrictive relative clause in the object ("any deal that forced …")', () => {
    const r = analyze('Berlin said Germany was against any deal that forced Ukraine to surrender territory.');
    expect(stancesOf(r)).toContain('germany opposes territory');
  });
});

describe('stances, round two: holders', () => {
  it('gives a reporting verb coordinated by "and" the first reporter\'s subject', () => {
    const r = analyze(
      'Vladimir Putin warned that Russian forces would keep advancing if Kyiv turned the plan down, and said Ukrainian troops would in any case have to leave Donetsk.',
    );
    expect(stancesOf(r)).toContain('vladimir-putin demands territory');
    expect(stancesOf(r).some((s) => s.startsWith('ukraine '))).toBe(false);
  });

  it('continues the speaker of a direct quote split by "he went on"', () => {
    const text =
      'Headline\n\n"If Kyiv does not want to talk," Putin said at the meeting, "we will continue." He went on: "The Ukrainian forces must leave Donbas."';
    const pack = loadPack('ukraine-2025');
    const q = (s: string, speaker: string | null): QuoteIn => {
      const start = text.indexOf(s);
      return { start, end: start + s.length, text: s, kind: 'direct', speaker };
    };
    const quotes = [
      q('If Kyiv does not want to talk,', 'vladimir-putin'),
      q('we will continue.', 'vladimir-putin'),
      q('The Ukrainian forces must leave Donbas.', null),
    ];
    const r = extractNegotiation(
      text,
      segment(text),
      aliasActorScan(text, pack),
      quotes,
      [],
      '2025-11-24',
      compileNegotiationIndex(pack),
    );
    expect(stancesOf(r)).toContain('vladimir-putin demands territory');
  });

  it('treats "joint US-Russian ventures" as no antecedent for "they"', () => {
    const r = analyze(
      'European governments want the assets kept for reconstruction rather than for joint US-Russian ventures, and they want sanctions kept in place.',
    );
    expect(stancesOf(r)).toContain('eu demands sanctions');
    expect(stancesOf(r).some((s) => s.startsWith('united-states'))).toBe(false);
  });
});

describe('stances, round two: negatives', () => {
  it('does not give a party the advice an adviser gives it ("Washington should oppose")', () => {
    const r = analyze(
      'A former ambassador told a panel that Washington should oppose any deal that lifts sanctions early.',
    );
    expect(stancesOf(r).some((s) => s.startsWith('united-states'))).toBe(false);
  });

  it('does not read "pressure should be placed on Moscow" as a stance on the issue reported before it', () => {
    const r = analyze(
      'Kallas said Europe wanted a ceasefire before any talks on territory, and that pressure should be placed on Moscow.',
    );
    expect(stancesOf(r)).not.toContain('eu demands territory');
  });

  it('does not continue a quote speaker across paragraphs', () => {
    const text = 'Headline\n\n"We will continue," Putin said.\n\n"The Ukrainian forces must leave Donbas."';
    const pack = loadPack('ukraine-2025');
    const q = (s: string, speaker: string | null): QuoteIn => {
      const start = text.indexOf(s);
      return { start, end: start + s.length, text: s, kind: 'direct', speaker };
    };
    const r = extractNegotiation(
      text,
      segment(text),
      aliasActorScan(text, pack),
      [q('We will continue,', 'vladimir-putin'), q('The Ukrainian forces must leave Donbas.', null)],
      [],
      '2025-11-24',
      compileNegotiationIndex(pack),
    );
    expect(stancesOf(r)).not.toContain('vladimir-putin demands territory');
  });
});
