import { describe, expect, it } from 'vitest';
import { analyze, provisionsOf } from './helpers.ts';

describe('negative cases: nothing should be extracted', () => {
  it('a negated demand is not a demand', () => {
    expect(analyze('Russia did not demand sanctions relief during the talks in Istanbul.').stances).toEqual(
      [],
    );
  });

  it('a hypothetical is not a stance', () => {
    expect(analyze('If Russia demanded control of Kherson, the talks would collapse.').stances).toEqual([]);
    expect(analyze('It is unclear whether Ukraine will accept limits on its army.').stances).toEqual([]);
  });

  it('a question is not a stance', () => {
    expect(analyze('Will Russia accept a ceasefire along the front line?').stances).toEqual([]);
  });

  it("an analyst's view is not a party's stance", () => {
    expect(
      analyze('Tatiana Kovalenko, an analyst at a think tank in Berlin, opposes any territorial concessions.')
        .stances,
    ).toEqual([]);
  });

  it('a mention of NATO without a stance predicate gives nothing', () => {
    const r = analyze(
      'NATO foreign ministers met in Brussels on Tuesday to discuss air defence for Ukraine.',
    );
    expect(r.stances).toEqual([]);
    expect(r.provisions).toEqual([]);
  });

  it('NATO as the object of joining is not a stance holder', () => {
    const r = analyze('The 28-point plan bars Ukraine from joining NATO and calls for an amnesty.');
    expect(r.stances).toEqual([]);
    expect(provisionsOf(r)).toEqual(['plan-28-point nato included', 'plan-28-point amnesty included']);
  });

  it('speculation is not a stance', () => {
    expect(analyze('Russia might reject a European peacekeeping force, diplomats said.').stances).toEqual([]);
  });

  it('"plans to" is not a proposal', () => {
    expect(analyze('The United States plans to send Steve Witkoff to Moscow next week.').mentions).toEqual(
      [],
    );
  });
});
