import { describe, expect, it } from 'vitest';
import { pipelineFor } from '../../src/eval/negotiation.ts';
import { loadPack } from '../../src/packs/load.ts';
import { compileNegotiationIndex } from '../../src/pipeline/negotiation/index.ts';
import { analyze, stancesOf } from './helpers.ts';

const pack = loadPack('ukraine-2025');
const index = compileNegotiationIndex(pack);
const { run } = await pipelineFor();
const full = (text: string) =>
  run(text, '2025-12-01', pack, index).result.stances.map((s) => `${s.actor} ${s.stance} ${s.issue}`);

const INTERVIEW = [
  "Kyiv's top diplomat on the talks",
  "Andrii Sybiha, Ukraine's foreign minister, spoke to us in Kyiv on Friday about the American plan and Donald Trump's envoys. Sybiha has held the post since last year.",
  'What do you make of the latest round?',
  '"We are waiting for a full briefing. Nothing has changed in what Moscow says."',
  'The Kremlin says a truce would only let the Ukrainian army regroup.',
  '"We accepted a full ceasefire in the spring and we are ready for a ceasefire tomorrow."',
  'And prisoners?',
  '"We want every prisoner of war home, all for all, from the first day of any deal."',
].join('\n\n');

describe('stances, round four: interviews', () => {
  it("gives a Q&A interview's quoted answers to the guest, not to a party named in the prompt", () => {
    const s = full(INTERVIEW);
    expect(s).toContain('andrii-sybiha supports ceasefire');
    expect(s).toContain('andrii-sybiha demands prisoners');
    expect(s.some((x) => x.startsWith('russia ') && x.endsWith(' ceasefire'))).toBe(false);
  });

  it('leaves a report with quoted paragraphs but no prompts alone', () => {
    const text = [
      'Kremlin restates its terms',
      'MOSCOW — The Kremlin restated its terms on Tuesday after a meeting with American envoys.',
      'Kremlin spokesman Dmitry Peskov spoke to reporters after the talks.',
      '"Russia is ready for a ceasefire only if Kyiv withdraws from Donbas," Peskov said.',
      'Ukraine rejected the demand.',
    ].join('\n\n');
    const s = full(text);
    expect(s.some((x) => x.startsWith('andrii-sybiha'))).toBe(false);
  });
});

describe('stances, round four: a proposal as subject', () => {
  it('does not read the content of a proposal described with "It" as its author\'s stance', () => {
    const r = analyze(
      'Envoys presented a short US proposal to European officials in Paris. It offered recognition of Crimea, would have frozen the front where it stood, ruled out NATO membership for Ukraine and promised to ease sanctions.',
    );
    expect(stancesOf(r).filter((x) => x.startsWith('united-states'))).toEqual([]);
  });

  it('still reads a party that opens the next sentence as the holder', () => {
    const r = analyze(
      'Envoys presented a short US proposal in Paris. Russia ruled out NATO membership for Ukraine in any deal.',
    );
    expect(stancesOf(r)).toContain('russia rejects nato');
  });

  it('still resolves "it" to a state when the sentence before names no proposal', () => {
    const r = analyze('Russia restated its terms on Monday. It ruled out NATO membership for Ukraine.');
    expect(stancesOf(r)).toContain('russia rejects nato');
  });
});
