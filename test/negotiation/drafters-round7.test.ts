/**
 * Drafters as long news copy names them: the delegations that "produced" or "agreed" a text in a
 * relative clause or a by-phrase, people sent "from" a capital, co-drafters after the verb of a
 * relative clause, a title before a drafter's name, a second participle nearer "by", and the perfect
 * "have drawn up". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { pipelineFor } from '../../src/eval/negotiation.ts';
import { loadPack } from '../../src/packs/load.ts';
import { compileNegotiationIndex } from '../../src/pipeline/negotiation/index.ts';

// The full per-article pipeline: demonyms ("American and Ukrainian negotiators") and capitals used for
// their governments come from the actors stage.
const pack = loadPack('ukraine-2025');
const index = compileNegotiationIndex(pack);
const { run } = await pipelineFor();
const authorsOf = (text: string, key: string) =>
  run(text, '2025-12-01', pack, index).result.proposals.find((p) => p.key === key)?.authors ?? [];

describe('drafters named by the delegations that produced or agreed a text', () => {
  it('reads the subject of "that … produced" and the agent of "agreed by"', () => {
    expect(
      authorsOf(
        'Capitals spent the day reading the 19-point framework that American and Ukrainian negotiators produced in Geneva.',
        'framework-19-point',
      ),
    ).toEqual(['united-states', 'ukraine']);
    expect(
      authorsOf(
        'The 19-point framework agreed by American and Ukrainian negotiators on Sunday softens several clauses.',
        'framework-19-point',
      ),
    ).toEqual(['united-states', 'ukraine']);
  });

  it('reads negotiators "from" two capitals as their states', () => {
    expect(
      authorsOf(
        'The paper now under review is the 19-point framework written in Geneva by negotiators from Washington and Kyiv.',
        'framework-19-point',
      ),
    ).toEqual(['united-states', 'ukraine']);
  });

  it('does not make drafters of a capital that is only a place', () => {
    expect(
      authorsOf(
        'The 19-point framework was discussed by reporters arriving from Washington.',
        'framework-19-point',
      ),
    ).toEqual([]);
  });

  it('reads "the shorter version was drafted by …" as the text in focus', () => {
    const t =
      'Talks in Geneva produced the revised 19-point framework on Sunday. The shorter version was drafted by US and Ukrainian officials over two days.';
    expect(authorsOf(t, 'framework-19-point')).toEqual(['united-states', 'ukraine']);
  });
});

describe('co-drafters and titled names', () => {
  it('reads co-drafters after the verb of a relative clause and a time phrase', () => {
    const t =
      'The new text trims the 28-point plan that Witkoff drew up in October with Kushner and with Kirill Dmitriev, who heads a Russian state fund.';
    expect(authorsOf(t, 'plan-28-point')).toEqual(['steve-witkoff', 'jared-kushner', 'kirill-dmitriev']);
  });

  it('reads "working with" after the by-list, and a title before a name', () => {
    const t =
      'The 28-point plan was assembled over a month by the special envoy Steve Witkoff and Jared Kushner, working with Kirill Dmitriev, who advises the Kremlin on investment.';
    expect(authorsOf(t, 'plan-28-point')).toEqual(['steve-witkoff', 'jared-kushner', 'kirill-dmitriev']);
  });

  it('still skips an appositive that ends in the name of the one it serves', () => {
    const t =
      'The 28-point plan was drafted by Steve Witkoff, an envoy for Donald Trump, and Kirill Dmitriev.';
    expect(authorsOf(t, 'plan-28-point')).toEqual(['steve-witkoff', 'kirill-dmitriev']);
  });
});

describe('the counter-proposal’s drafters', () => {
  it('gives "circulated … by" to the text right before it, not to the version named first', () => {
    const t =
      'In the Geneva version the cap rises to 800,000, a figure first floated in a European counter-proposal circulated on Sunday by Britain, France and Germany.';
    expect(authorsOf(t, 'name:counter-proposal')).toEqual(['united-kingdom', 'france', 'germany']);
    expect(authorsOf(t, 'framework-19-point')).toEqual([]);
  });

  it('reads "unveiled by" and the perfect "have drawn up"', () => {
    expect(
      authorsOf(
        'That counter-proposal, unveiled by Britain, France and Germany last week, would lift the cap on the army.',
        'name:counter-proposal',
      ),
    ).toEqual(['united-kingdom', 'france', 'germany']);
    expect(
      authorsOf(
        'Security advisers from Britain, France and Germany have drawn up a counter-proposal to put to the Americans.',
        'name:counter-proposal',
      ),
    ).toEqual(['united-kingdom', 'france', 'germany']);
  });
});

describe('coordinated drafters and reworked texts', () => {
  it('reads the whole coordinated subject before ", who drew up", and a co-drafter past a place and a time', () => {
    const t =
      'Special envoy Steve Witkoff and Jared Kushner, who drew up the original 28-point plan in Miami in October together with Kirill Dmitriev, met Zelensky on Monday.';
    expect(authorsOf(t, 'plan-28-point')).toEqual(['steve-witkoff', 'jared-kushner', 'kirill-dmitriev']);
  });

  it('does not read a name before "who" across a verb as a co-subject', () => {
    const t = 'Rubio praised Steve Witkoff, who drew up the 28-point plan in October.';
    expect(authorsOf(t, 'plan-28-point')).toEqual(['steve-witkoff']);
  });

  it('reads "that A and B reworked" as drafting', () => {
    const t =
      'The paper on the table is a 20-point framework that US and Ukrainian officials reworked in Florida.';
    expect(authorsOf(t, 'points:20')).toEqual(['united-states', 'ukraine']);
  });
});
