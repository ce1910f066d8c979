import { describe, expect, it } from 'vitest';
import { analyze, provisionsOf, stancesOf } from './helpers.ts';

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

  it('a deadline set for a party is not that party accepting', () => {
    const r = analyze(
      'The White House has given Zelensky until the end of the month to accept the 28-point plan, officials said.',
    );
    expect(r.stances.filter((x) => x.actor === 'volodymyr-zelensky' || x.actor === 'ukraine')).toEqual([]);
  });

  it('an issue inside a comparison modifies the head, it is not a second demand', () => {
    const r = analyze(
      'Kyiv insists on binding security guarantees from its allies, modelled on the NATO mutual defence clause.',
    );
    expect(r.stances.map((x) => x.issue)).not.toContain('nato');
  });

  it('a quantified agreement names no proposal', () => {
    const r = analyze(
      '"Any agreement on Ukraine needs the backing of Kyiv and of Europe," a European diplomat said. No deal is close.',
    );
    expect(r.proposals).toEqual([]);
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

describe('negative cases for the wider news lexicon', () => {
  it('wanting "a deal" is not a stance on the proposal on the table', () => {
    const r = analyze(
      'The 19-point framework was finished on Sunday. Karoline Leavitt said the president wants a deal that both sides can live with.',
    );
    expect(r.stances.filter((s) => s.issue === 'proposal')).toEqual([]);
  });

  it('a plan that "would not set" something does not include it', () => {
    const r = analyze(
      'Under the 28-point plan, Ukraine would withdraw from the Donbas. The plan would not set any date for elections.',
    );
    expect(provisionsOf(r)).not.toContain('plan-28-point elections included');
  });

  it('a drop without a replacement stays a drop', () => {
    const r = analyze("The revised 19-point framework no longer caps the size of Ukraine's army.");
    expect(provisionsOf(r)).toEqual(['framework-19-point military-size dropped']);
  });

  it('"officials in" a capital that is only where something happened is not a subject elsewhere', () => {
    const r = analyze('Talks in Kyiv ended without agreement on territory.');
    expect(r.stances).toEqual([]);
  });

  it('a possessive that is not an actor holds no demand ("last week\'s demand")', () => {
    const r = analyze(
      "Trump said on Friday there was no fixed deadline, a retreat from last week's demand that Kyiv respond to the 28-point plan by Thanksgiving.",
    );
    expect(r.stances.filter((x) => x.stance === 'demands')).toEqual([]);
  });

  it('a relative clause whose antecedent is a thing has no party as holder', () => {
    const r = analyze(
      'Opposition lawmakers in Washington said they would not back any text that recognised Russian control over Crimea.',
    );
    expect(r.stances.filter((x) => x.issue === 'recognition')).toEqual([]);
  });

  it("an analyst calling a plan a basis for talks is not a party's support", () => {
    const r = analyze(
      'Tatiana Kovalenko, an analyst at a think tank in Berlin, said the 28-point plan could serve as the basis of a settlement.',
    );
    expect(r.stances).toEqual([]);
  });

  it('a question about praise is not praise', () => {
    expect(analyze('Will the Kremlin praise the revised 19-point framework?').stances).toEqual([]);
  });

  it('a front line that locates a ceasefire is not a territorial stance', () => {
    const r = analyze(
      'Ukraine was ready to discuss a ceasefire along the current front line, Zelensky said.',
    );
    expect(r.stances.map((x) => x.issue)).not.toContain('territory');
  });
});

describe('negative cases, round eight', () => {
  it('a cue in the complement of a comparison is not a second object', () => {
    const r = analyze('Italy backed security guarantees modelled on Article 5 of the NATO treaty.');
    expect(r.stances.map((s) => s.issue)).toEqual(['security-guarantees']);
  });

  it('"that" opening a clause is not a vague pointer to the proposal on the table', () => {
    const r = analyze(
      'The 19-point framework reached Moscow on Monday. Poland insisted that Ukraine keep its full sovereignty.',
    );
    expect(r.stances.filter((s) => s.issue === 'proposal')).toEqual([]);
  });

  it('a pronoun after a reporting verb whose subject names no party is no party', () => {
    const r = analyze(
      'The United States presented the 19-point framework. Opposition deputies said they would not back any text that ceded land.',
    );
    expect(r.stances.filter((s) => s.actor === 'united-states' && s.stance === 'opposes')).toEqual([]);
  });

  it('a that-clause with a thing as subject gives its verb to no earlier party', () => {
    const r = analyze('Kyiv argued that any deal that rejects a ceasefire would fail.');
    expect(stancesOf(r)).not.toContain('ukraine rejects ceasefire');
  });

  it('"not" in a contrast marks the refused alternative', () => {
    const r = analyze('"We want a settlement, not a truce," Peskov said of Russia.');
    expect(stancesOf(r)).not.toContain('russia demands ceasefire');
  });

  it('the subject of a coordinated clause is not the object of the predicate before it', () => {
    const r = analyze(
      'Kyiv has refused to name a date, and the 19-point framework is silent on the question.',
    );
    expect(r.stances.filter((s) => s.issue === 'proposal')).toEqual([]);
  });

  it('legal guarantees for a loan are not security guarantees', () => {
    const r = analyze('Belgium remains opposed to the loan without stronger legal guarantees.');
    expect(r.stances.map((s) => s.issue)).not.toContain('security-guarantees');
  });
});
