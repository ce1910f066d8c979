import { describe, expect, it } from 'vitest';
import { pipelineFor } from '../../src/eval/negotiation.ts';
import { loadPack } from '../../src/packs/load.ts';
import { compileNegotiationIndex } from '../../src/pipeline/negotiation/index.ts';
import { provisionsOf } from './helpers.ts';

// The full per-article pipeline: place names come from the actors stage.
const pack = loadPack('ukraine-2025');
const index = compileNegotiationIndex(pack);
const { run } = await pipelineFor();
const analyze = (text: string) => run(text, '2026-02-01', pack, index).result;

/**
 * Round ten of provision mechanisms, found on articles written blind: a place or a month standing
 * for the text made there or then ("Geneva kept the requirement", "April offered recognition")
 * once the article has tied the word to a version ("the Geneva framework", "the April paper").
 * Sentences written for these tests, with negative cases.
 */

describe('a place or a month standing for its version', () => {
  it('reads "Geneva kept …" as the Geneva framework once the article has named it', () => {
    const r = analyze(
      'The Geneva framework replaced the 28-point plan in late November.\n\n' +
        'Elections. Geneva kept the original requirement for elections within 100 days of signing.',
    );
    expect(provisionsOf(r)).toContain('framework-19-point elections included');
  });

  it('reads "April offered …" as the April paper once the article has named it', () => {
    const r = analyze(
      'The April paper was a single page handed to Ukrainian and European officials in Paris.\n\n' +
        'On recognition, April offered American recognition of Crimea as Russian.',
    );
    expect(provisionsOf(r)).toContain('us-april-2025-proposal recognition included');
  });

  it('leaves a place alone when the article never tied it to a text, or tied it to two', () => {
    // "Geneva" only as the place of talks: no version is named after it.
    const untied = analyze(
      'The 28-point plan was discussed in Geneva on Sunday.\n\n' +
        'Geneva hosted the delegations again on Monday, and the amnesty clause was debated at length.',
    );
    expect(untied.mentions.some((m) => m.text === 'Geneva' && m.rule === 'metonym')).toBe(false);
    // A place named in two versions' names stands for neither.
    const twice = analyze(
      'The first Paris paper was replaced by a second Paris paper in May.\n\n' +
        'Paris kept the clause on prisoners.',
    );
    expect(twice.mentions.some((m) => m.rule === 'metonym')).toBe(false);
  });

  it('does not read the word as a version where it is no subject', () => {
    const r = analyze(
      'The Geneva framework replaced the 28-point plan in late November.\n\n' +
        'Negotiators returned to Geneva in December to discuss the amnesty.',
    );
    expect(r.mentions.some((m) => m.rule === 'metonym')).toBe(false);
  });
});
