import { describe, expect, it } from 'vitest';
import { analyze, provisionsOf } from './helpers.ts';

/**
 * Point-by-point explainers and comparison pieces: a heading or an opening ("On NATO, …", "What
 * about sanctions?") per issue, versions called by short names ("the original", "the revision"),
 * a version named once and then described with "it", "Both versions …", lists after a colon,
 * inversions ("Gone is …", "Still there: …"), survivals ("X survives; Y does not") and a point
 * credited to the version that had it first. Sentences written for these tests, with negative
 * cases for each mechanism.
 */

const INTRO = 'Negotiators in Geneva turned the 28-point plan into a 19-point framework.';

describe('issue parts: headings, "On X," openings and questions', () => {
  it('a heading naming one issue gives that issue to a cue-less sentence under it', () => {
    const r = analyze(
      `How the plan changed\n\n${INTRO}\n\nNATO\n\nThe original barred Ukraine from joining NATO. The revised text softens this: it leaves the question to the allies.`,
    );
    const p = provisionsOf(r);
    expect(p).toContain('plan-28-point nato included');
    expect(p).toContain('framework-19-point nato changed');
  });

  it('"What about sanctions?" then "The revision is silent on it" takes sanctions out of the revision', () => {
    const r = analyze(
      `${INTRO}\n\nWhat about sanctions?\n\nThe original plan promised Russia phased relief from sanctions. The revision is silent on it.`,
    );
    const p = provisionsOf(r);
    expect(p).toContain('plan-28-point sanctions included');
    expect(p).toContain('framework-19-point sanctions dropped');
  });

  it('a paragraph opening "On NATO," is about NATO to its end', () => {
    const r = analyze(
      `${INTRO}\n\nOn NATO, the first draft barred Ukraine from joining the alliance. The Geneva text softens that to a pledge that any enlargement needs consensus.`,
    );
    const p = provisionsOf(r);
    expect(p).toContain('plan-28-point nato included');
    expect(p).toContain('framework-19-point nato changed');
  });

  it('under a heading, a party speaking or a version named after a report gives nothing', () => {
    const r = analyze(
      `${INTRO}\n\nNATO\n\nMoscow says the revised text concedes too little. Kyiv rejected the original outright.`,
    );
    expect(provisionsOf(r).filter((x) => x.includes(' nato '))).toEqual([]);
  });

  it('under a heading, "It says the framework offers nothing" is a party speaking, not the text', () => {
    const r = analyze(
      `${INTRO}\n\nSanctions\n\nThe Kremlin wants relief. It says the framework offers nothing.`,
    );
    expect(provisionsOf(r).filter((x) => x.includes(' sanctions '))).toEqual([]);
  });

  it("under a heading, a version's history (drafted, handed over) is not its contents", () => {
    const r = analyze(
      `${INTRO}\n\nTerritory\n\nThe original was drafted in Miami. The revision was handed to Kyiv on Sunday.`,
    );
    expect(provisionsOf(r).filter((x) => x.includes(' territory '))).toEqual([]);
  });

  it('the headline is no heading: a one-line first paragraph does not set the issue', () => {
    const r = analyze('Sanctions\n\nThe 19-point framework was circulated to allies and keeps its shape.');
    expect(provisionsOf(r)).toEqual([]);
  });
});

describe('short names and paragraph subjects', () => {
  it('"the original" and "the revision" stand for the earlier and the newer version', () => {
    const r = analyze(`${INTRO}\n\nUnlike the original, the revision does not grant an amnesty.`);
    const p = provisionsOf(r);
    expect(p).toContain('framework-19-point amnesty dropped');
    expect(p).not.toContain('plan-28-point amnesty dropped');
  });

  it('"it" in later sentences is the version the paragraph opened with as its subject', () => {
    const r = analyze(
      `${INTRO}\n\nThe original was generous to Moscow. It promised an amnesty for wartime acts. It also offered a phased lifting of sanctions.`,
    );
    const p = provisionsOf(r);
    expect(p).toContain('plan-28-point amnesty included');
    expect(p).toContain('plan-28-point sanctions included');
    expect(p).not.toContain('framework-19-point sanctions included');
  });

  it('"the original demand" is a demand, not a version', () => {
    const r = analyze(`${INTRO} Kyiv repeated the original demand for a full ceasefire.`);
    expect(provisionsOf(r)).toEqual([]);
  });
});

describe('group subjects', () => {
  it('"Both versions provide for …" puts the point in both', () => {
    const r = analyze(`${INTRO} Both versions provide for an exchange of all prisoners.`);
    const p = provisionsOf(r);
    expect(p).toContain('plan-28-point prisoners included');
    expect(p).toContain('framework-19-point prisoners included');
  });

  it('"Both … , although … in the first draft …": the group clause still counts', () => {
    const r = analyze(
      `${INTRO} Both versions foresee elections in Ukraine, although the timetable in the first draft was tighter.`,
    );
    const p = provisionsOf(r);
    expect(p).toContain('plan-28-point elections included');
    expect(p).toContain('framework-19-point elections included');
  });

  it('"Neither text mentions …" puts the point in neither', () => {
    const r = analyze(`${INTRO} Neither text mentions frozen Russian assets.`);
    expect(provisionsOf(r).filter((x) => x.endsWith('included'))).toEqual([]);
  });
});

describe('lists, inversions and survivals', () => {
  it('a list after the predicate\'s colon: "keeps three things from the first draft: …"', () => {
    const r = analyze(
      `${INTRO} The revised framework keeps three things from the first draft: the prisoner exchange, the elections and the reconstruction fund.`,
    );
    const p = provisionsOf(r);
    expect(p).toContain('framework-19-point prisoners included');
    expect(p).toContain('framework-19-point elections included');
  });

  it('"Gone is the clause on …" takes the point out of the newer version', () => {
    const r = analyze(`${INTRO} Gone is the clause on an amnesty for wartime acts.`);
    const p = provisionsOf(r);
    expect(p).toContain('framework-19-point amnesty dropped');
    expect(p).not.toContain('plan-28-point amnesty dropped');
  });

  it('"Still there: …" keeps the point in the newer version', () => {
    const r = analyze(`${INTRO} Still there: the exchange of all prisoners.`);
    expect(provisionsOf(r)).toContain('framework-19-point prisoners included');
  });

  it('"X survives; Y does not": one kept, one taken out', () => {
    const r = analyze(`${INTRO} The prisoner exchange survives; the amnesty does not.`);
    const p = provisionsOf(r);
    expect(p).toContain('framework-19-point prisoners included');
    expect(p).toContain('framework-19-point amnesty dropped');
  });

  it('"X returned as well" puts the point in the version the paragraph is about, not the latest revision', () => {
    const r = analyze(
      'The 19-point framework revised the 28-point plan, which built on the April proposal.\n\n' +
        'Much of April reappeared in November. The 28-point plan again lifted sanctions. The nuclear power plant returned as well.',
    );
    const p = provisionsOf(r);
    expect(p).toContain('plan-28-point energy included');
    expect(p).not.toContain('framework-19-point energy included');
  });

  it('"the nuclear plant returned to Ukrainian control" is a term, read by the ordinary rules, not a survival', () => {
    const r = analyze(
      `${INTRO} Officials said the nuclear power plant returned to Ukrainian control in the talks.`,
    );
    expect(provisionsOf(r).filter((x) => x.includes(' energy '))).toEqual([]);
  });

  it('"That draft had the United States recognising Crimea": a version making a party act provides for it', () => {
    const r = analyze(
      'The 28-point plan surfaced in November. That draft had the United States recognising Crimea as Russian.',
    );
    expect(provisionsOf(r)).toContain('plan-28-point recognition included');
  });

  it('"whether … had survived" is an open question, not a survival', () => {
    const r = analyze(
      'The 19-point framework replaced the 28-point plan. Officials would not say whether the amnesty survived.',
    );
    expect(provisionsOf(r).filter((x) => x.startsWith('framework-19-point amnesty'))).toEqual([]);
  });

  it('"Regarding a ceasefire, the position remains unchanged" is no survival of the ceasefire', () => {
    const r = analyze(
      'The 19-point framework is on the table. Regarding a ceasefire, the position remains unchanged.',
    );
    expect(provisionsOf(r).filter((x) => x.includes(' ceasefire '))).toEqual([]);
  });

  it("a first version's silence takes nothing out", () => {
    const r = analyze(
      'The 28-point plan set out steps to end the war. The document is silent on the size of the army.',
    );
    expect(provisionsOf(r).filter((x) => x.endsWith('dropped'))).toEqual([]);
  });
});

describe('points credited to the version that had them first', () => {
  it('"…, a figure first floated in a European counter-proposal" puts the point in the counter-proposal', () => {
    const r = analyze(
      `${INTRO} The revised framework raises the ceiling on the army to 800,000, a figure first floated in a European counter-proposal.`,
    );
    expect(provisionsOf(r)).toContain('name:counter-proposal military-size included');
  });

  it('"…, as the European counter-proposal had also suggested" credits the point of the clause', () => {
    const r = analyze(
      `${INTRO} The revised framework leaves NATO membership to a consensus of the allies, as the European counter-proposal had also suggested.`,
    );
    expect(provisionsOf(r)).toContain('name:counter-proposal nato included');
  });

  it('a version named after the attribution as a mere comparison, with no issue before it, gives nothing', () => {
    const r = analyze(
      `${INTRO} Officials met again on Monday, a meeting first proposed in the 19-point framework.`,
    );
    expect(provisionsOf(r)).toEqual([]);
  });
});
