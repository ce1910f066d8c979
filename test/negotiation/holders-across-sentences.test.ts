import { beforeAll, describe, expect, it } from 'vitest';
import { pipelineFor, sideResolver } from '../../src/eval/negotiation.ts';
import { loadPack } from '../../src/packs/load.ts';
import { describedKind } from '../../src/pipeline/negotiation/holders.ts';
import { compileNegotiationIndex } from '../../src/pipeline/negotiation/index.ts';

/**
 * Holders that are not in the sentence carrying the stance: asides between a subject and its verb,
 * descriptions ("the bloc", "its prime minister") and copular topic sentences opening a paragraph.
 * Run through the real actors and quotes stages, since the speaker of a quote is what is carried.
 */
let stances: (text: string) => string[];
beforeAll(async () => {
  const { run } = await pipelineFor();
  const pack = loadPack('ukraine-2025');
  const index = compileNegotiationIndex(pack);
  stances = (body: string) => {
    const text = `Peace talks latest\n\n${body}`;
    const a = run(text, '2025-12-01', pack, index);
    const sideOf = sideResolver(pack, (a.actors.discovered ?? []) as never);
    return a.result.stances.map((s) => `${sideOf(s.actor)} ${s.stance} ${s.issue}`);
  };
});

describe('comma asides before the verb', () => {
  it('keeps the head before a participial aside', () => {
    const r = stances(
      'Vladimir Putin, chairing a Security Council session, rejected any ceasefire before a deal.',
    );
    expect(r).toContain('russia rejects ceasefire');
    expect(r.some((s) => s.startsWith('un-security-council'))).toBe(false);
  });

  it('keeps the head before an appositive aside naming another party', () => {
    const r = stances('Viktor Orban, a longtime critic of EU policy, welcomed a ceasefire along the front.');
    expect(r).toContain('hungary supports ceasefire');
    expect(r.some((s) => s.startsWith('eu '))).toBe(false);
  });
});

describe('descriptions carry the holder of the sentence before', () => {
  it('reads "the bloc" as the EU named just before', () => {
    const r = stances(
      'The European Union held an emergency summit on Thursday. The bloc opposed any recognition of Russian control of Crimea.',
    );
    expect(r).toContain('eu opposes recognition');
  });

  it('reads a described spokeswoman as the party of the topic sentence', () => {
    const r = stances(
      'Russia was scornful. A foreign ministry spokeswoman said any foreign troops in Ukraine would be unacceptable.',
    );
    expect(r).toContain('russia rejects security-guarantees');
  });

  it('reads "its prime minister" as the state named before', () => {
    const r = stances(
      'Hungary is firmly against. Its prime minister said the country rejects the use of frozen Russian assets.',
    );
    expect(r).toContain('hungary rejects frozen-assets');
  });

  it('gives an official the pack does not know the party of the topic sentence', () => {
    const r = stances(
      'Belgium is the holdout. Prime Minister Bart De Wever has said he would agree to use the frozen assets only if other states shared the risk.',
    );
    expect(r).toContain('belgium conditional frozen-assets');
  });

  it('reads a refusal with "unless" as conditional', () => {
    const r = stances(
      'Belgium will block the use of the frozen assets unless other states share the legal risk.',
    );
    expect(r).toContain('belgium conditional frozen-assets');
  });
});

describe('negative cases', () => {
  it('does not carry across a paragraph boundary', () => {
    const r = stances(
      'Hungary is firmly against.\n\nA foreign ministry spokeswoman said any foreign troops in Ukraine would be unacceptable.',
    );
    expect(r.some((s) => s.startsWith('hungary'))).toBe(false);
  });

  it('does not give "the bloc" to a person or a single state', () => {
    const r = stances(
      'Emmanuel Macron spoke in Paris on Thursday. The bloc opposed any recognition of Russian control of Crimea.',
    );
    expect(r.some((s) => s.endsWith('recognition'))).toBe(false);
  });

  it('does not carry from a topic that names no party', () => {
    const r = stances(
      'The mood was gloomy. A foreign ministry spokeswoman said any foreign troops in Ukraine would be unacceptable.',
    );
    expect(r.some((s) => s.endsWith('security-guarantees'))).toBe(false);
  });

  it('does not carry to a described analyst', () => {
    const r = stances(
      'Russia was scornful. An analyst in Berlin said any foreign troops in Ukraine would be unacceptable.',
    );
    expect(r.some((s) => s.startsWith('russia'))).toBe(false);
  });

  it('does not carry to an unknown official when the paragraph opens with an action, not a topic', () => {
    const r = stances(
      'Ukraine asked Belgium for the money on Monday. Prime Minister Bart De Wever has said he would agree to use the frozen assets only if other states shared the risk.',
    );
    expect(r.some((s) => s.startsWith('ukraine') && s.endsWith('frozen-assets'))).toBe(false);
  });

  it('does not treat a name in apposition as an aside', () => {
    const r = stances("Russia's foreign minister, Sergei Lavrov, rejected any ceasefire before a deal.");
    expect(r).toContain('russia rejects ceasefire');
  });

  it('recognises descriptions only when they fill the subject slot', () => {
    expect(describedKind('The bloc')).toBe('group');
    expect(describedKind('A senior official of the group')).toBe('person');
    expect(describedKind('In Brussels, the government')).toBe('state');
    expect(describedKind('a deal the bloc')).toBeNull();
    expect(describedKind('A Russian spokesman')).toBeNull();
    expect(describedKind('An analyst')).toBeNull();
  });
});
