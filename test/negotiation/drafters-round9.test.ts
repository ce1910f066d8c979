/**
 * Drafters, round nine: a relative clause whose subject carries an appositive, a participle opening
 * the sentence, presenters and groups of unnamed people giving way to named writers, "the work of",
 * "the new text" after a newer text was named, "the framework that replaced it", "It" carrying on
 * the previous subject, texts cut down into new versions, fronted time and place phrases, "his
 * counterparts", a single delegation head introduced by his part in the talks, and "helped write".
 * Sentences written for these tests, each beside a near miss that must not fire.
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

describe('a relative clause whose subject has an appositive', () => {
  it('"the plan that Witkoff, the White House envoy, drew up with Dmitriev" names both', () => {
    expect(
      authorsOf(
        'The 28-point plan that Steve Witkoff, the White House envoy, drew up in the autumn with Kirill Dmitriev would put the frozen money into a US-led fund.',
        'plan-28-point',
      ),
    ).toEqual(['steve-witkoff', 'kirill-dmitriev']);
  });

  it('"then Kyiv\'s chief negotiator" describes Yermak and names no drafter of its own', () => {
    expect(
      authorsOf(
        'The second was the 19-point framework that Marco Rubio and Andriy Yermak, then Kyiv’s chief negotiator, produced in Geneva.',
        'framework-19-point',
      ),
    ).toEqual(['marco-rubio', 'andriy-yermak']);
  });

  it('a relative clause that criticises the text names no drafter', () => {
    expect(
      authorsOf(
        'The 28-point plan that Volodymyr Zelensky, the Ukrainian president, criticised on Friday is still on the table.',
        'plan-28-point',
      ),
    ).toEqual([]);
  });
});

describe('a participle opening the sentence', () => {
  it('"Drafted by A and B with input from C, the plan …" names all three, not the party after the verb', () => {
    expect(
      authorsOf(
        'Drafted by Steve Witkoff and Jared Kushner with input from Russia’s Kirill Dmitriev, the 28-point plan asked Ukraine to withdraw from the Donbas.',
        'plan-28-point',
      ),
    ).toEqual(['steve-witkoff', 'jared-kushner', 'kirill-dmitriev']);
  });

  it('"Worked out in Miami by Umerov\'s team together with Witkoff, the 20-point text …"', () => {
    expect(
      authorsOf(
        'Worked out in Miami in December by Rustem Umerov’s team together with Witkoff and Kushner, the 20-point text became the working document.',
        'points:20',
      ),
    ).toEqual(['rustem-umerov', 'steve-witkoff', 'jared-kushner']);
  });

  it('"Praised by A and B, the plan …" names no drafter', () => {
    expect(
      authorsOf(
        'Praised by Donald Trump and Marco Rubio, the 28-point plan reached Kyiv on Thursday.',
        'plan-28-point',
      ),
    ).toEqual([]);
  });
});

describe('presenters give way to writers', () => {
  it('one who presented a text is not its drafter when the sentence says who worked it out', () => {
    expect(
      authorsOf(
        'The 20-point plan that Zelensky presented on December 24, worked out in Florida by his chief negotiator, Rustem Umerov, with Witkoff and Kushner, replaced the Geneva text.',
        'points:20',
      ),
    ).toEqual(['rustem-umerov', 'steve-witkoff', 'jared-kushner']);
  });

  it('a party that handed a text over stands in for the drafters when no writer is named', () => {
    expect(
      authorsOf(
        'The 28-point plan that Steve Witkoff handed to Kyiv on Thursday set a deadline.',
        'plan-28-point',
      ),
    ).toEqual(['steve-witkoff']);
  });

  it('a party that handed a text over is dropped once the writers are named', () => {
    const text =
      'The 28-point plan that Washington handed to Kyiv on Thursday set a deadline.\n\nThe plan was put together in Miami by Steve Witkoff and Kirill Dmitriev.';
    expect(authorsOf(text, 'plan-28-point')).toEqual(['steve-witkoff', 'kirill-dmitriev']);
  });
});

describe('"the work of"', () => {
  it('"The plan was the work of A and B" names both', () => {
    expect(
      authorsOf('The 28-point plan was the work of Steve Witkoff and Kirill Dmitriev.', 'plan-28-point'),
    ).toEqual(['steve-witkoff', 'kirill-dmitriev']);
  });

  it('"undid the work of …" in passing names no drafter', () => {
    expect(
      authorsOf(
        'The 28-point plan undid the work of Zelensky and his negotiators in Istanbul.',
        'plan-28-point',
      ),
    ).toEqual([]);
  });
});

describe('which text a generic mention is', () => {
  it('"the new text" after a text that revises the one in focus is the newer text', () => {
    const text =
      'Officials describe a 22-point text that revises the 20-point draft. The new text was drafted by Steve Witkoff together with Rustem Umerov.';
    expect(authorsOf(text, 'points:22')).toEqual(['steve-witkoff', 'rustem-umerov']);
    expect(authorsOf(text, 'points:20')).toEqual([]);
  });

  it('"the new text" with no newer text named stays with the text in focus', () => {
    const text =
      'A 20-point draft circulated in Kyiv on Monday. The new text was drafted by Steve Witkoff together with Rustem Umerov.';
    expect(authorsOf(text, 'points:20')).toEqual(['steve-witkoff', 'rustem-umerov']);
  });

  it('"the framework that replaced it" is not the text "it" stands for', () => {
    const text =
      'Kyiv disliked the 28-point plan. The framework that replaced it, drafted by Marco Rubio and Andriy Yermak in Geneva, ran to 19 points.';
    expect(authorsOf(text, 'plan-28-point')).toEqual([]);
    expect(authorsOf(text, 'framework-19-point')).toEqual(['marco-rubio', 'andriy-yermak']);
  });

  it('"It" opening a sentence carries on the previous sentence\'s subject', () => {
    const text =
      'The European counter-proposal takes the 28-point plan as its base and rewrites it. It was drawn up by Jonathan Powell.';
    expect(authorsOf(text, 'name:counter-proposal')).toEqual(['jonathan-powell']);
    expect(authorsOf(text, 'plan-28-point')).toEqual([]);
  });

  it('"It" after a sentence that does not open on a text follows the text in focus', () => {
    const text = 'On Sunday Kyiv received the 28-point plan. It was drafted by Steve Witkoff.';
    expect(authorsOf(text, 'plan-28-point')).toEqual(['steve-witkoff']);
  });
});

describe('texts cut down into a new version, and fronted phrases', () => {
  it('"delegations led by A and B cut the plan down to 19 points" makes them drafters of the result', () => {
    const text =
      'At talks in Geneva on Sunday, delegations led by Marco Rubio and Andriy Yermak cut the 28-point plan down to 19 points.';
    expect(authorsOf(text, 'framework-19-point')).toEqual(['marco-rubio', 'andriy-yermak']);
    expect(authorsOf(text, 'plan-28-point')).toEqual([]);
  });

  it('a text cut down in a demand names no drafter', () => {
    expect(
      authorsOf(
        'Putin said Russia would never accept the 28-point plan cut to 19 points.',
        'framework-19-point',
      ),
    ).toEqual([]);
  });

  it('a fronted place phrase does not hide the subject of "drew up"', () => {
    expect(
      authorsOf(
        'In Geneva, Marco Rubio and Andriy Yermak drew up the 19-point framework.',
        'framework-19-point',
      ),
    ).toEqual(['marco-rubio', 'andriy-yermak']);
  });
});

describe('groups of unnamed people', () => {
  it('"the US and Ukrainian delegations produced a framework" names the two parties when no one else is named', () => {
    expect(
      authorsOf(
        'During talks in Geneva, the US and Ukrainian delegations produced a 19-point framework.',
        'framework-19-point',
      ),
    ).toEqual(['united-states', 'ukraine']);
  });

  it('the groups give way to the people the article names as its writers', () => {
    const text =
      'During talks in Geneva, the US and Ukrainian delegations produced a 19-point framework. The framework was put together by Marco Rubio and Andriy Yermak.';
    expect(authorsOf(text, 'framework-19-point')).toEqual(['marco-rubio', 'andriy-yermak']);
  });

  it('"with his French and German counterparts" adds no state', () => {
    expect(
      authorsOf(
        'The European counter-proposal was drawn up by Jonathan Powell, with his French and German counterparts, over the weekend.',
        'name:counter-proposal',
      ),
    ).toEqual(['jonathan-powell']);
  });

  it('"officials from Britain, France and Germany" still names the three states', () => {
    expect(
      authorsOf(
        'The European counter-proposal was drafted by officials from Britain, France and Germany.',
        'name:counter-proposal',
      ),
    ).toEqual(['united-kingdom', 'france', 'germany']);
  });

  it('the head of one side, introduced as such right after the talks produced the text, drafted it', () => {
    const text =
      'After the talks in Geneva, where American and Ukrainian negotiators produced a 19-point framework, Trump softened his deadline. Secretary of State Marco Rubio, who led the US side in Geneva, said more work was needed.';
    expect(authorsOf(text, 'framework-19-point')).toEqual(['marco-rubio']);
  });

  it('one who only praised those talks is not a head of a side', () => {
    const text =
      'After the talks in Geneva, where American and Ukrainian negotiators produced a 19-point framework, Trump softened his deadline. Secretary of State Marco Rubio, who praised the talks in Geneva, said more work was needed.';
    expect(authorsOf(text, 'framework-19-point')).toEqual(['united-states', 'ukraine']);
  });
});

describe('other verbs', () => {
  it('"helped write" is drafting', () => {
    expect(
      authorsOf(
        'What has changed since November is that Ukraine helped write the 20-point plan.',
        'points:20',
      ),
    ).toEqual(['ukraine']);
  });

  it('"helped sell" is not', () => {
    expect(authorsOf('Ukraine helped sell the 20-point plan to its allies.', 'points:20')).toEqual([]);
  });

  it('"wrote afterwards that the text was …" reports on a text and does not write it', () => {
    expect(
      authorsOf(
        'Rustem Umerov, the lead negotiator, wrote afterwards that the 20-point text was a workable foundation.',
        'points:20',
      ),
    ).toEqual([]);
  });

  it('"wrote the text with …" still does', () => {
    expect(
      authorsOf('Rustem Umerov wrote the 20-point text with Steve Witkoff in Miami.', 'points:20'),
    ).toEqual(['rustem-umerov', 'steve-witkoff']);
  });
});
