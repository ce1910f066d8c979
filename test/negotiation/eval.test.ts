import { describe, expect, it } from 'vitest';
import {
  emptyProposalScore,
  listErrors,
  positionKey,
  prf,
  scoreProposals,
  scoreSets,
  sideResolver,
} from '../../src/eval/negotiation.ts';
import { loadPack } from '../../src/packs/load.ts';
import type { NegotiationResult } from '../../src/pipeline/negotiation/types.ts';

describe('negotiation eval scoring', () => {
  it('counts set matches once', () => {
    const c = scoreSets(['a', 'b', 'b'], ['b', 'c']);
    expect(c).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(prf(c)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('lists each miss once and each spurious key once, with its evidence', () => {
    const lines = listErrors(
      'doc-1',
      'position',
      ['russia|nato|rejects', 'ukraine|territory|rejects'],
      [
        { key: 'ukraine|territory|rejects', why: 'rule-a: Kyiv will not cede land.' },
        { key: 'russia|nato|demands', why: 'rule-b: Moscow demands\n neutrality.' },
        { key: 'russia|nato|demands', why: 'rule-b: said again.' },
      ],
    );
    expect(lines).toEqual([
      'doc-1  missed position   russia|nato|rejects',
      'doc-1  spurious position russia|nato|demands  ← rule-b: Moscow demands neutrality.',
    ]);
  });

  it('keys positions strictly or by polarity', () => {
    expect(positionKey({ side: 'russia', issue: 'nato', stance: 'demands' })).toBe('russia|nato|demands');
    expect(positionKey({ side: 'russia', issue: 'nato', stance: 'demands' }, true)).toBe(
      positionKey({ side: 'russia', issue: 'nato', stance: 'supports' }, true),
    );
    expect(positionKey({ side: 'ukraine', issue: 'proposal', stance: 'supports', proposal: 'x' })).toBe(
      'ukraine|proposal|supports|x',
    );
  });

  it('rolls actors up to their side', () => {
    const pack = loadPack('ukraine-2025');
    const side = sideResolver(pack, [{ id: 'new:someone', side: 'ukraine' }]);
    expect(side('dmitry-peskov')).toBe('russia');
    expect(side('russia')).toBe('russia');
    expect(side('new:someone')).toBe('ukraine');
    expect(side('new:nobody')).toBe('nobody');
  });

  it('scores proposals found, points, drafters and telling versions apart', () => {
    const pack = loadPack('ukraine-2025');
    const result: NegotiationResult = {
      mentions: [],
      proposals: [
        {
          key: 'plan-28-point',
          name: '28-point plan',
          points: 28,
          authors: ['steve-witkoff'],
          authorEvidence: [],
          places: [],
          date: null,
          presentedTo: [],
          revises: null,
          revisesEvidence: null,
        },
      ],
      provisions: [],
      stances: [],
      process: [],
      deadlines: [],
    };
    const s = emptyProposalScore();
    scoreProposals(
      [
        { id: 'plan-28-point', points: 28, authors: ['steve-witkoff', 'jared-kushner'] },
        { id: 'framework-19-point', points: 19 },
      ],
      result,
      pack,
      s,
    );
    expect(s).toMatchObject({
      gold: 2,
      found: 1,
      pointsRight: 1,
      pointsGold: 2,
      authorsGold: 2,
      authorsFound: 1,
      apartDocs: 1,
      apartOk: 0,
    });
  });
});
