import { describe, expect, it } from 'vitest';
import type { NegotiationResult } from '../../src/pipeline/negotiation/types.ts';
import { analyze } from './helpers.ts';

/** Stances on a proposal as a whole: "actor stance proposal-key". */
const onProposals = (r: NegotiationResult) =>
  r.stances.filter((s) => s.issue === 'proposal').map((s) => `${s.actor} ${s.stance} ${s.proposal}`);

describe('verdicts on a whole text', () => {
  it('reads "described X as a possible basis" as support for X', () => {
    const r = analyze(
      'MOSCOW — The Kremlin received the 28-point plan last week. Vladimir Putin has described the American text as a possible basis for a lasting settlement.',
    );
    expect(onProposals(r)).toContain('vladimir-putin supports plan-28-point');
  });

  it('reads "could be taken as the basis" with a pronoun subject as support for the text in focus', () => {
    const r = analyze(
      'GENEVA — Negotiators studied the 19-point framework on Sunday. Vladimir Putin said it could be taken as the basis for a final agreement.',
    );
    expect(onProposals(r)).toContain('vladimir-putin supports framework-19-point');
  });

  it('reads "said the plan was unconstructive" as the reporter rejecting it', () => {
    const r = analyze(
      'LONDON — Britain, France and Germany have drafted a counter-proposal. Yuri Ushakov said the European plan was entirely unconstructive.',
    );
    expect(onProposals(r)).toContain('yuri-ushakov rejects name:counter-proposal');
  });

  it('reads "has been noncommittal" as undecided on the version under discussion', () => {
    const r = analyze(
      'KYIV — Ukraine has welcomed the 19-point framework. The Kremlin has been noncommittal, saying it needs more time.',
    );
    expect(onProposals(r)).toContain('russia undecided framework-19-point');
  });

  it('reads "had not yet studied" as undecided', () => {
    const r = analyze(
      'WASHINGTON — European capitals sent over a counter-proposal on Monday. Marco Rubio said he had not yet studied the counter-proposal.',
    );
    expect(onProposals(r)).toContain('marco-rubio undecided name:counter-proposal');
  });

  it('reads "a framework that Washington stood behind" as Washington\'s support', () => {
    const r = analyze(
      'ABU DHABI — Envoys met on Tuesday. Marco Rubio called the 19-point framework a strong framework that Washington stood behind.',
    );
    expect(onProposals(r)).toContain('united-states supports framework-19-point');
  });

  it('reads "would engage with X only if" as conditional', () => {
    const r = analyze(
      'MOSCOW — Sergei Lavrov said Russia would engage with the 19-point framework only if it kept the understandings reached in August.',
    );
    expect(onProposals(r)).toContain('russia conditional framework-19-point');
  });

  it('keeps "has not committed to signing it" beside an open verdict in the same sentence', () => {
    const r = analyze(
      'KYIV — Zelensky sounded open to the 19-point framework on Monday, but he has not committed to signing it.',
    );
    const got = onProposals(r);
    expect(got).toContain('volodymyr-zelensky supports framework-19-point');
    expect(got).toContain('volodymyr-zelensky undecided framework-19-point');
  });

  it('lets a verdict outrank "had not yet seen the text" in the same sentence', () => {
    const r = analyze(
      'MOSCOW — Yuri Ushakov said Russia had not yet seen the 19-point framework but that the 19-point framework was unconstructive.',
    );
    const got = onProposals(r);
    expect(got.some((s) => s.endsWith('rejects framework-19-point'))).toBe(true);
    expect(got.some((s) => s.endsWith('undecided framework-19-point'))).toBe(false);
  });
});

describe('which version a vague object means', () => {
  it('gives a pronoun to the version that is its clause subject, not the one it is compared with', () => {
    const r = analyze(
      'LONDON — Keir Starmer said the counter-proposal was meant to improve the 28-point plan, not to replace it, and that Britain fully backed it.',
    );
    const got = onProposals(r);
    expect(got).toContain('united-kingdom supports name:counter-proposal');
    expect(got).not.toContain('united-kingdom supports plan-28-point');
  });

  it('reads "has not said whether it would accept the document" as undecided on the document', () => {
    const r = analyze(
      'PARIS — Envoys handed over the 28-point plan on Thursday. Moscow has not said whether it would accept the document.',
    );
    expect(onProposals(r)).toContain('russia undecided plan-28-point');
  });

  it('keeps the focus on the new version after "cut from 28 points to 19"', () => {
    const r = analyze(
      'MOSCOW — The Americans brought the 19-point framework. The document, cut from 28 points to 19, was shown to Putin. Yuri Ushakov said Moscow was studying it.',
    );
    const got = onProposals(r);
    expect(got.some((s) => s.endsWith('undecided framework-19-point'))).toBe(true);
    expect(got.some((s) => s.endsWith('plan-28-point'))).toBe(false);
  });
});

describe('negative cases: no stance on a proposal', () => {
  it('does not give a pronoun to the plan when no proposal was named nearby', () => {
    const r = analyze(
      'PARIS — Leaders agreed to plan a multinational force for Ukraine. Britain and France said they were prepared to lead it.',
    );
    expect(onProposals(r)).toEqual([]);
  });

  it('does not read "noncommittal about" an issue as a view on the text', () => {
    const r = analyze(
      'WASHINGTON — The 19-point framework reached Moscow on Monday. JD Vance was noncommittal about security guarantees.',
    );
    expect(onProposals(r)).toEqual([]);
  });

  it('does not read an undecided embedded verb that takes no proposal ("whether it would provide air cover")', () => {
    const r = analyze(
      'WASHINGTON — The 19-point framework was sent to Moscow. JD Vance said the United States has not decided whether it would provide air cover.',
    );
    expect(onProposals(r).filter((s) => s.includes('undecided'))).toEqual([]);
  });

  it('does not read "described the meeting as useful" as a verdict on a text', () => {
    const r = analyze(
      'MOSCOW — Envoys carried the 19-point framework to the Kremlin. An American official described the meeting as a useful first step.',
    );
    expect(onProposals(r)).toEqual([]);
  });

  it('does not read a question as a verdict', () => {
    const r = analyze(
      'KYIV — The 19-point framework is on the table. Could the framework be taken as the basis for a settlement?',
    );
    expect(onProposals(r)).toEqual([]);
  });
});
