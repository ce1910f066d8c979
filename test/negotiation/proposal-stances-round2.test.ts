import { describe, expect, it } from 'vitest';
import { analyze } from './helpers.ts';

/**
 * Round two of proposal-level stances (convention 7): verdicts that name a text a foundation or a
 * step with or without "as" and in any tense, readiness to proceed with a text, a view promised
 * only on a condition, a text "still being studied" or with no view formed yet, a verdict put off
 * until the text arrives, a text "both governments could stand behind", a text seen only in
 * fragments, "the latest changes" as the newest version, and a quoted verdict.
 * Sentences written for these tests, with negative cases.
 */

const LEAD = 'The 19-point framework was agreed in Geneva on Sunday. ';
const onProposal = (text: string) =>
  analyze(text)
    .stances.filter((s) => s.issue === 'proposal')
    .map((s) => `${s.actor} ${s.stance} ${s.proposal}`);

describe('verdicts naming a text a foundation or a step', () => {
  it('"called the revised framework a solid foundation" (no "as") supports it', () => {
    expect(
      onProposal(
        `${LEAD}Secretary of State Marco Rubio called the revised framework a solid foundation for ending the war.`,
      ),
    ).toContain('marco-rubio supports framework-19-point');
  });

  it('"has framed X, <parenthetical>, as the basis" supports it', () => {
    expect(
      onProposal(
        `${LEAD}The White House has framed the new framework, shaped with Ukrainian officials over two days, as the basis for a settlement.`,
      ),
    ).toContain('united-states supports framework-19-point');
  });

  it('"called the framework a text that both governments could stand behind" supports it', () => {
    expect(
      onProposal(
        `${LEAD}Secretary of State Marco Rubio called the framework a text that both governments could stand behind.`,
      ),
    ).toContain('marco-rubio supports framework-19-point');
  });

  it('a step forward said of the talks, or a verdict by an analyst, is no stance on the text', () => {
    expect(onProposal(`${LEAD}Secretary of State Marco Rubio called the talks a step forward.`)).toEqual([]);
    expect(
      onProposal(
        `${LEAD}A researcher at a London think tank described the framework as a sound basis for talks.`,
      ),
    ).toEqual([]);
  });
});

describe('readiness to proceed with a text', () => {
  it('"ready to move ahead with it" supports the text in focus', () => {
    expect(onProposal(`${LEAD}Zelensky said Ukraine was ready to move ahead with it.`)).toContain(
      'ukraine supports framework-19-point',
    );
  });

  it('"prepared to go forward on the basis of the framework" supports it', () => {
    expect(
      onProposal(
        `${LEAD}Umerov said Kyiv was prepared to go forward on the basis of the 19-point framework.`,
      ),
    ).toContain('ukraine supports framework-19-point');
  });

  it('ready to work with partners on something else says nothing of the text', () => {
    expect(
      onProposal(`${LEAD}Sybiha said Kyiv was ready to work with its European partners on air defence.`),
    ).toEqual([]);
  });
});

describe('a view held back', () => {
  it('"would look at the framework favourably only if" is conditional', () => {
    expect(
      onProposal(
        `${LEAD}Lavrov said Russia would look at the Geneva framework favourably only if it honoured the Alaska understandings.`,
      ),
    ).toContain('russia conditional framework-19-point');
  });

  it('"will study the text if it arrives" sets no condition on the terms', () => {
    expect(
      onProposal(`${LEAD}Kremlin spokesman Dmitry Peskov said Moscow will study the text if it arrives.`),
    ).not.toContain('dmitry-peskov conditional framework-19-point');
  });

  it('documents "still being studied" leave the reporting party undecided', () => {
    expect(
      onProposal(
        `${LEAD}Kremlin spokesman Dmitry Peskov said the documents the envoys brought were still being studied in Moscow.`,
      ),
    ).toContain('dmitry-peskov undecided framework-19-point');
  });

  it('"had not yet formed a final view of the framework" is undecided', () => {
    expect(
      onProposal(
        `${LEAD}Kremlin spokesman Dmitry Peskov said Russia had not yet formed a final view of the framework.`,
      ),
    ).toContain('russia undecided framework-19-point');
  });

  it('"would judge the framework once it arrived" is undecided', () => {
    expect(
      onProposal(
        `${LEAD}Kremlin spokesman Dmitry Peskov said Moscow would judge the framework once it arrived through proper channels.`,
      ),
    ).toContain('russia undecided framework-19-point');
  });
});

describe('a quoted verdict', () => {
  it('"was \u201ccompletely unconstructive\u201d" rejects the text', () => {
    expect(
      onProposal(
        'Europe sent a counter-proposal on Sunday. Kremlin spokesman Dmitry Peskov said the European counter-proposal was \u201ccompletely unconstructive\u201d.',
      ),
    ).toContain('dmitry-peskov rejects name:counter-proposal');
  });
});

describe('a partial look and the newest text', () => {
  it('"had seen only fragments of the new text" is undecided on it', () => {
    expect(
      onProposal(
        `${LEAD}Kremlin spokesman Dmitry Peskov said Russia had seen only fragments of the new text.`,
      ),
    ).toContain('russia undecided framework-19-point');
  });

  it('"only parts of the front line" is no text at all', () => {
    expect(
      onProposal(`${LEAD}Kremlin spokesman Dmitry Peskov said Russia had seen only parts of the front line.`),
    ).toEqual([]);
  });

  it('"the latest changes" are the revised version, not the plan last in focus', () => {
    const s = onProposal(
      'The 28-point plan was handed to Kyiv last week. Negotiators then produced a revised 19-point framework in Geneva. ' +
        'The 28-point plan had angered many in Kyiv. A Ukrainian official said Kyiv had not yet decided whether to accept the latest changes.',
    );
    expect(s).toContain('ukraine undecided framework-19-point');
    expect(s).not.toContain('ukraine undecided plan-28-point');
  });
});
