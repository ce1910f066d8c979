/**
 * Drafters, round eight: a text "from" the parties that sent it, the officials "of" a state as that
 * state, active verbs of making a text ("produced", "co-wrote", "answered with"), and a drafter
 * named before an appositive and "who". Sentences written for these tests, with near misses.
 */
import { describe, expect, it } from 'vitest';
import { pipelineFor } from '../../src/eval/negotiation.ts';
import { loadPack } from '../../src/packs/load.ts';
import { compileNegotiationIndex } from '../../src/pipeline/negotiation/index.ts';

const pack = loadPack('ukraine-2025');
const index = compileNegotiationIndex(pack);
const { run } = await pipelineFor();
const authorsOf = (text: string, key: string) =>
  run(text, '2025-12-01', pack, index).result.proposals.find((p) => p.key === key)?.authors ?? [];

describe('a text from the parties that sent it', () => {
  it('"the counter-proposal from Britain, France and Germany" is theirs', () => {
    expect(
      authorsOf(
        'The Kremlin aide dismissed the counter-proposal from Britain, France and Germany as unhelpful.',
        'name:counter-proposal',
      ),
    ).toEqual(['united-kingdom', 'france', 'germany']);
  });

  it('a time after "from" names no drafter', () => {
    expect(
      authorsOf('Officials compared the 28-point plan from November with what came later.', 'plan-28-point'),
    ).toEqual([]);
  });
});

describe('active verbs of making a text', () => {
  it('"the advisers of Britain, France and Germany produced a counter-proposal" names the three states', () => {
    expect(
      authorsOf(
        'The national security advisers of Britain, France and Germany produced a counter-proposal over the weekend.',
        'name:counter-proposal',
      ),
    ).toEqual(['united-kingdom', 'france', 'germany']);
  });

  it('"talks produced a framework" names no drafter', () => {
    expect(
      authorsOf('Two days of talks in Geneva produced a 19-point framework on Sunday.', 'framework-19-point'),
    ).toEqual([]);
  });

  it('"X, the envoy who co-wrote the plan with Y" names both', () => {
    expect(
      authorsOf(
        'Kirill Dmitriev, the Russian investment envoy who co-wrote the 28-point plan with Steve Witkoff, met them at the airport.',
        'plan-28-point',
      ),
    ).toEqual(['kirill-dmitriev', 'steve-witkoff']);
  });

  it('parties that "answered with" a counter-proposal drafted it; a party that only rejected it did not', () => {
    const text =
      'Britain, France and Germany answered with a counter-proposal on Sunday. Russia rejected the counter-proposal within hours.';
    expect(authorsOf(text, 'name:counter-proposal')).toEqual(['united-kingdom', 'france', 'germany']);
  });
});

describe('the two sides of a text agreed "between" them, "they" after a report, a pronoun rewritten "into" a version', () => {
  it('"the framework agreed between US and Ukrainian negotiators" names both sides', () => {
    expect(
      authorsOf(
        'The 19-point framework agreed on Sunday between US and Ukrainian negotiators trims the first draft.',
        'framework-19-point',
      ),
    ).toEqual(['united-states', 'ukraine']);
  });

  it('"officials said they had produced a framework": "they" is the reporting subject', () => {
    expect(
      authorsOf(
        'Ukrainian and American officials said after the session that they had produced a 19-point framework.',
        'framework-19-point',
      ),
    ).toEqual(['ukraine', 'united-states']);
  });

  it('a reporter of a text someone else produced is no drafter', () => {
    expect(
      authorsOf(
        'Zelensky said the talks in Geneva had produced a 19-point framework worth studying.',
        'framework-19-point',
      ),
    ).toEqual([]);
  });

  it('"rewrote it in Geneva into a 19-point framework" credits the result to those who rewrote it', () => {
    expect(
      authorsOf(
        'The 28-point plan leaked in November. US and Ukrainian negotiators rewrote it in Geneva into a 19-point framework.',
        'framework-19-point',
      ),
    ).toEqual(['united-states', 'ukraine']);
  });
});
