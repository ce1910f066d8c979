import { describe, expect, it } from 'vitest';
import { analyzeFull } from './full-pipeline.ts';
import { provisionsOf } from './helpers.ts';

const analyze = (text: string) => analyzeFull(text, '2026-02-01');

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

describe('versions compared as a group, and what a first version does not mention', () => {
  const TWO = 'Set beside the April paper, the 28-point plan that emerged this month goes much further.\n\n';

  it('reads "close the door to" and "leave it open to" said of both versions', () => {
    const p = provisionsOf(
      analyze(
        `${TWO}Both documents close the door to NATO for Ukraine, and both leave it open to the European Union.`,
      ),
    );
    expect(p).toContain('us-april-2025-proposal nato included');
    expect(p).toContain('plan-28-point nato included');
    expect(p).toContain('plan-28-point eu-membership included');
  });

  it('reads a group fronted by "On this point" agreeing on a point', () => {
    const p = provisionsOf(
      analyze(
        'The 20-point text replaced the Geneva framework, which had replaced the 28-point plan.\n\n' +
          'On this point all three texts agree: an exchange of all prisoners.',
      ),
    );
    expect(p).toEqual(
      expect.arrayContaining([
        'plan-28-point prisoners included',
        'framework-19-point prisoners included',
        'points:20 prisoners included',
      ]),
    );
    // Near miss: "both sides" are parties, not versions.
    expect(
      provisionsOf(
        analyze(`${TWO}Both sides did agree on one thing: a further exchange of prisoners of war.`),
      ),
    ).not.toContain('us-april-2025-proposal prisoners included');
  });

  it('takes nothing out of a first version for what it does not mention', () => {
    const p = provisionsOf(
      analyze(
        `${TWO}April did not mention elections; November calls for a vote within 100 days and a full amnesty.`,
      ),
    );
    expect(p).not.toContain('us-april-2025-proposal elections dropped');
    // Near miss: a revision that does not mention a point has dropped it.
    expect(
      provisionsOf(
        analyze(
          'The Geneva framework replaced the 28-point plan, which had set elections within 100 days.\n\n' +
            'The Geneva framework does not mention elections.',
        ),
      ),
    ).toContain('framework-19-point elections dropped');
  });
});

describe('a list introduced by the changes from an earlier version', () => {
  it('gives the list to the revision, not to the version it is set against', () => {
    const p = provisionsOf(
      analyze(
        'Since Geneva, officials have worked from a revised framework of 19 points. The main changes from the first draft are these:\n\n' +
          '1. Territory. The 28-point plan had Ukraine leaving the part of Donetsk it still holds; the revised text leaves the line to the leaders.\n\n' +
          '2. NATO. The ban on membership written into the constitution was dropped from the shared text.',
      ),
    );
    expect(p).toContain('framework-19-point nato dropped');
    expect(p).not.toContain('plan-28-point nato dropped');
    expect(p).not.toContain('plan-28-point territory changed');
  });
});
