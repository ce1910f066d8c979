import { describe, expect, it } from 'vitest';
import { pipelineFor } from '../../src/eval/negotiation.ts';
import { loadPack } from '../../src/packs/load.ts';
import { compileNegotiationIndex } from '../../src/pipeline/negotiation/index.ts';

// The full per-article pipeline: reported speech and pronouns need the actors and quotes stages.
const pack = loadPack('ukraine-2025');
const index = compileNegotiationIndex(pack);
const { run } = await pipelineFor();
const stancesOf = (text: string) =>
  run(text, '2025-12-01', pack, index).result.stances.map((s) => `${s.actor} ${s.stance} ${s.issue}`);

// Round 8: holders and objects the rules filtered out although the sentence had the issue, the
// party and a stance cue (relative clauses before the verb, documents that voice their issuers,
// quantified relatives, negated objections, quoted zero-relative antecedents).
describe('stances round 8: holders behind relative clauses and documents', () => {
  it('finds the subject before a restrictive relative clause ("officials who attended … objected")', () => {
    expect(
      stancesOf(
        'Russian negotiators who flew home on Tuesday rejected any deployment of European troops in Ukraine.',
      ),
    ).toEqual(['russia rejects security-guarantees']);
    // Near miss: an antecedent that is no party ("analysts") gives the verb to no one named inside.
    expect(
      stancesOf('Analysts who follow Russian policy rejected any deployment of European troops in Ukraine.'),
    ).toEqual([]);
  });

  it('gives a participle on an issued statement to the issuers, and its coordinated participle too', () => {
    expect(
      stancesOf(
        'EU leaders, meeting in Brussels on Thursday, issued a statement backing a reassurance force for Ukraine after a ceasefire.',
      ),
    ).toContain('eu supports security-guarantees');
    // Near miss: a participle on anything but a document modifies a noun, it voices no one.
    expect(stancesOf('EU leaders met officials backing a reassurance force for Ukraine.')).toEqual([]);
  });

  it('reads "did not object to" as consent', () => {
    expect(
      stancesOf(
        'The Kremlin said on Friday that Russia did not object to Ukraine joining the European Union.',
      ),
    ).toContain('russia supports eu-membership');
    // Near miss: an objection stated plainly stays an objection.
    expect(
      stancesOf('The Kremlin said on Friday that Russia objected to Ukraine joining the European Union.'),
    ).toContain('russia opposes eu-membership');
  });

  it('reads "neither of which X would accept" as rejecting each item of the list before it', () => {
    const out = stancesOf(
      'The Western draft would keep the way to NATO open for Kyiv and let European troops into Ukraine, neither of which Russia would accept, Lavrov said.',
    );
    expect(out).toContain('russia rejects nato');
    expect(out).toContain('russia rejects security-guarantees');
    // Near miss: "both of which" keeps the predicate's own polarity.
    expect(
      stancesOf(
        'The Western draft would keep the way to NATO open for Kyiv and let European troops into Ukraine, both of which Kyiv has welcomed.',
      ),
    ).not.toContain('ukraine rejects security-guarantees');
  });

  it('takes a quoted issue word as the antecedent of a zero relative', () => {
    expect(
      stancesOf(
        'The ministry said any larger army would undermine the "demilitarisation" Moscow has sought since 2022.',
      ),
    ).toContain('russia demands military-size');
    // Near miss: with an object after it the predicate is not a zero relative.
    expect(
      stancesOf(
        'The ministry said the "demilitarisation" talks Moscow has sought a deal on since 2022 were stalled.',
      ),
    ).not.toContain('russia demands military-size');
  });

  it('reads "a limit X called unacceptable" as X rejecting the clause summed up', () => {
    expect(
      stancesOf(
        "The draft capped Ukraine's armed forces at 600,000, a limit the Ukrainian government called unacceptable.",
      ),
    ).toContain('ukraine rejects military-size');
    // Near miss: a called verdict that names no limit or issue gives no stance on the army.
    expect(
      stancesOf(
        'The draft reached Kyiv late on Friday, a delay the Ukrainian government called unacceptable.',
      ),
    ).not.toContain('ukraine rejects military-size');
  });

  it('reads "Nor would X agree" as a refusal', () => {
    expect(
      stancesOf('Nor would Moscow agree to a truce before a full settlement, Lavrov said on Monday.'),
    ).toEqual(['russia rejects ceasefire']);
    // Near miss: without the inverted "nor" the agreement stands.
    expect(
      stancesOf('Moscow would agree to a truce after a full settlement, Lavrov said on Monday.'),
    ).not.toContain('russia rejects ceasefire');
  });

  it('gives an obligation opening a coordinated clause of a report only that clause as its object', () => {
    const out = stancesOf(
      'Zelensky said the talks had been hard, that no land would change hands without a vote, and any peace had to be backed by security guarantees.',
    );
    expect(out).toContain('volodymyr-zelensky demands security-guarantees');
    expect(out).not.toContain('volodymyr-zelensky demands territory');
  });

  it('does not read the content of "the idea that …" as a stance, but keeps it as the object', () => {
    const out = stancesOf(
      'French officials objected to the idea that Washington would formally recognise Russian control of Crimea.',
    );
    expect(out).toContain('france opposes recognition');
    expect(out).not.toContain('united-states supports recognition');
  });

  it('reads a negated modal inside the demanded clause as rejecting the issue', () => {
    expect(
      stancesOf("Macron insisted that Ukraine's army must not be subject to any cap after a deal."),
    ).toEqual(['emmanuel-macron rejects military-size']);
    expect(stancesOf("Macron said Ukraine's army must not be subject to any cap after a deal.")).toEqual([
      'emmanuel-macron rejects military-size',
    ]);
    // Near miss: without the negation the demand is for the cap.
    expect(
      stancesOf("Lavrov insisted that Ukraine's army must be subject to a strict cap after a deal."),
    ).not.toContain('sergei-lavrov rejects military-size');
  });

  it('reads "was indispensable" in a report as a demand for the copula\'s subject', () => {
    expect(
      stancesOf('Lavrov said a written promise that NATO will never admit Ukraine was indispensable.'),
    ).toContain('sergei-lavrov rejects nato');
    // Near miss: an analyst's verdict is no party's.
    expect(stancesOf('Analysts say a ceasefire is indispensable.')).toEqual([]);
  });

  it('does not read "X backed by Y" after a noun as anyone backing X', () => {
    expect(
      stancesOf(
        'The Commission will publish the legal texts for a loan to Ukraine backed by frozen Russian assets.',
      ),
    ).toEqual([]);
    // Near miss: an active "backed" keeps its subject.
    expect(stancesOf('Germany backed a loan to Ukraine funded by frozen Russian assets.')).toContain(
      'germany supports frozen-assets',
    );
  });

  it('reads "might be acceptable to X, but only if" as a conditional acceptance', () => {
    expect(
      stancesOf(
        'Peskov said a freeze of the front line might be acceptable to Moscow, but only if Western arms deliveries stopped.',
      ),
    ).toContain('dmitry-peskov conditional territory');
    expect(stancesOf('Zelensky said any freeze of the front line was not acceptable.')).toContain(
      'volodymyr-zelensky rejects territory',
    );
    // Near miss: a non-party's verdict.
    expect(stancesOf('Analysts said a freeze of the front line would be acceptable to both armies.')).toEqual(
      [],
    );
  });

  it('gives each item of a reported list only its own subject as object', () => {
    const out = stancesOf(
      'Lavrov told reporters that nothing had changed: Ukrainian forces must leave the Donbas, and troops from NATO countries would be unacceptable in Ukraine.',
    );
    expect(out).toContain('sergei-lavrov demands territory');
    expect(out).toContain('sergei-lavrov rejects security-guarantees');
    expect(out).not.toContain('sergei-lavrov demands security-guarantees');
    expect(out).not.toContain('sergei-lavrov rejects territory');
  });

  it('gives a clause after "X\'s position is that" to the possessor', () => {
    expect(
      stancesOf("Moscow's position is that Ukrainian troops must leave the Donbas before any truce."),
    ).toContain('russia demands territory');
    // Near miss: a position with no possessor reports no one.
    expect(
      stancesOf('The common position is that Ukrainian troops must leave the Donbas before any truce.'),
    ).toEqual([]);
  });

  it('gives "She also said" the holder of the sentence before when no person is named', () => {
    const out = stancesOf(
      "The head of the European Commission said Ukraine's army must not be subject to limits. She also said the frozen Russian reserves held in Europe should pay for rebuilding Ukraine.",
    );
    expect(out).toContain('european-commission demands frozen-assets');
    // Near miss: with no stance held in the sentence before, "she" carries nothing.
    expect(
      stancesOf(
        'The head of the European Commission arrived in Kyiv on Monday. She also said the frozen Russian reserves held in Europe should pay for rebuilding Ukraine.',
      ),
    ).not.toContain('european-commission demands frozen-assets');
  });

  it('keeps a gerund after "the idea of" in the object of the verb before it', () => {
    expect(stancesOf('Poland and Finland rejected the idea of recognising Crimea as Russian.')).toEqual([
      'poland rejects recognition',
      'finland rejects recognition',
    ]);
    // Near miss: "the idea" alone, with nothing before it in the text, names no issue.
    expect(stancesOf('Poland and Finland rejected the idea on Tuesday.')).toEqual([]);
  });

  it('reads "could not accept" as a refusal, not speculation', () => {
    expect(stancesOf('Sybiha said Ukraine could not accept a cap on its army.')).toEqual([
      'ukraine rejects military-size',
    ]);
    // Near miss: "could accept" stays speculation.
    expect(stancesOf('Sybiha said Ukraine could accept a cap on its army.')).not.toContain(
      'ukraine supports military-size',
    );
  });
});
