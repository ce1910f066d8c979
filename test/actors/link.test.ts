import { describe, expect, it } from 'vitest';
import { link, pairs } from './helpers.ts';

describe('linkActors: pack aliases and spellings', () => {
  it('links every spelling of Zelensky to one actor', () => {
    const text =
      'Zelenskyy spoke first. Later, President Volodymyr Zelensky met donors, and a Kremlin account referred to "Vladimir Zelensky". Zelenskiy’s office declined to comment.';
    const ms = link(text).mentions.filter((m) => m.actor === 'volodymyr-zelensky');
    expect(ms.map((m) => m.text)).toEqual([
      'Zelenskyy',
      'Volodymyr Zelensky',
      'Vladimir Zelensky',
      'Zelenskiy',
    ]);
  });

  it('gives offsets that slice the text exactly', () => {
    const text = 'Foreign Minister Sergey Lavrov said on Friday that **Putin** had approved the agenda.';
    const r = link(text);
    for (const m of [...r.mentions, ...r.places]) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(pairs(text)).toEqual(['Sergey Lavrov → sergei-lavrov', 'Putin → vladimir-putin']);
  });

  it('keeps the title out of the span but in the rule', () => {
    const r = link('Army Secretary Dan Driscoll landed in Abu Dhabi late on Monday.');
    const m = r.mentions.find((x) => x.actor === 'dan-driscoll');
    expect(m?.text).toBe('Dan Driscoll');
    expect(r.places.map((p) => p.place)).toContain('abu-dhabi');
  });

  it('links a first-name variant only when the surname agrees', () => {
    expect(pairs('Daniel Driscoll and Steven Witkoff flew together.')).toEqual([
      'Daniel Driscoll → dan-driscoll',
      'Steven Witkoff → steve-witkoff',
    ]);
  });

  it('links a surname alone to the full name met earlier in the article', () => {
    const text = 'Talks were led by Rustem Umerov. Umerov told colleagues the session had been useful.';
    expect(pairs(text)).toEqual(['Rustem Umerov → rustem-umerov', 'Umerov → rustem-umerov']);
  });

  it('links a surname alone when it is unambiguous in the pack', () => {
    expect(pairs('Witkoff said the call with Dmitriev was constructive.')).toEqual([
      'Witkoff → steve-witkoff',
      'Dmitriev → kirill-dmitriev',
    ]);
  });

  it('links misspellings and flags them', () => {
    const r = link('The translated statement quoted Volodymyr Zelesnky and envoy Steve Witkof on the draft.');
    const z = r.mentions.find((m) => m.actor === 'volodymyr-zelensky');
    expect(z).toMatchObject({ text: 'Volodymyr Zelesnky', misspelled: true });
    expect(r.flags.map((f) => f.kind)).toContain('misspelling');
  });

  it('matches transliterated place names to one place', () => {
    const r = link(
      'Shelling hit Zaporozhye and Lugansk overnight, while talks on Donbass continued in Kiev.',
    );
    expect(r.places.map((p) => p.place)).toEqual(['zaporizhzhia', 'luhansk', 'donbas', 'kyiv']);
  });

  it('prefers the longest alias ("Zaporizhzhia nuclear power plant" over "Zaporizhzhia")', () => {
    const r = link('Inspectors returned to the Zaporizhzhia nuclear power plant on Sunday.');
    expect(r.places.map((p) => p.place)).toEqual(['zaporizhzhia-npp']);
  });

  it('reads common names of states, case-sensitively for acronyms', () => {
    expect(pairs('The U.S. and the UK briefed NATO allies; Britain and America agreed.', 'generic')).toEqual([
      'U.S. → united-states',
      'UK → united-kingdom',
      'NATO → nato',
      'Britain → united-kingdom',
      'America → united-states',
    ]);
  });
});

describe('linkActors: metonyms', () => {
  it('treats a capital as an actor when it acts, as a place when it is a location', () => {
    const r = link('Moscow rejected the plan on Thursday. Negotiators met in Moscow a week later.');
    expect(r.mentions).toEqual([expect.objectContaining({ text: 'Moscow', actor: 'russia', metonym: true })]);
    expect(r.places).toEqual([expect.objectContaining({ text: 'Moscow', place: 'moscow' })]);
  });

  it('reads the Kremlin and the White House as their governments when they speak', () => {
    const r = link(
      'The Kremlin said it would study the text, and the White House has demanded a quick answer.',
    );
    expect(r.mentions.map((m) => `${m.text}:${m.actor}:${m.rule}`)).toEqual([
      'Kremlin:russia:metonym',
      'White House:united-states:metonym',
    ]);
  });

  it('reads parties to talks and possessors of positions as actors', () => {
    const r = link("Talks between Kyiv and Moscow resumed, but Washington's position has not moved.");
    expect(r.mentions.map((m) => `${m.text}:${m.actor}`)).toEqual([
      'Kyiv:ukraine',
      'Moscow:russia',
      'Washington:united-states',
    ]);
    expect(r.places).toEqual([]);
  });

  it('reads "officials in Moscow", "in the Kremlin\'s view" and "the Kremlin, which has rejected" as the government', () => {
    const r = link(
      "Officials in Moscow dismissed the draft. In the Kremlin's view, the text needs work. The White House, which has pressed for a deal, said little.",
    );
    expect(r.mentions.map((m) => `${m.text}:${m.actor}`)).toEqual([
      'Moscow:russia',
      'Kremlin:russia',
      'White House:united-states',
    ]);
  });

  it('keeps the capital a place for foreign diplomats in it and after travel with a relative clause', () => {
    const r = link(
      'Western diplomats in Moscow said little. Witkoff flew to Moscow, which he has visited often.',
    );
    expect(r.mentions.filter((m) => m.actor === 'russia')).toEqual([]);
    expect(r.places.map((p) => p.place)).toEqual(['moscow', 'moscow']);
  });

  it('keeps a capital a place after verbs of travel', () => {
    const r = link('Witkoff will travel to Moscow next week and then fly to Berlin.');
    expect(r.places.map((p) => p.place)).toEqual(['moscow', 'berlin']);
  });
});

describe('linkActors: demonyms', () => {
  it('links "Russian officials" to Russia with the demonym rule, not "Russian attack"', () => {
    const r = link('Russian officials dismissed the report. A Russian attack damaged a school.');
    expect(r.mentions.map((m) => `${m.text}:${m.actor}:${m.rule}`)).toEqual(['Russian:russia:demonym']);
  });
});

describe('linkActors: discovery', () => {
  it('captures role and organization from an apposition and clusters the surname', () => {
    const text =
      'Marta Lindqvist, the deputy director for policy at the Northbridge Institute, said the annex was vague. Lindqvist added that both sides wanted a ceasefire first.';
    const r = link(text);
    const d = r.discovered.find((x) => x.name === 'Marta Lindqvist');
    expect(d).toMatchObject({
      kind: 'person',
      role: 'deputy director for policy',
      organization: 'Northbridge Institute',
    });
    expect(r.mentions.filter((m) => m.actor === d?.id).map((m) => m.text)).toEqual([
      'Marta Lindqvist',
      'Lindqvist',
    ]);
  });

  it('reads party tags', () => {
    const r = link('Rep. Carla Whitfield (R-Neb.) said the House would hold hearings.');
    expect(r.discovered).toEqual([
      expect.objectContaining({
        name: 'Carla Whitfield',
        kind: 'person',
        role: 'Rep.',
        organization: 'Republican Party',
      }),
    ]);
  });

  it('takes a title before an unknown name as its role, and the demonym as its side', () => {
    const r = link('Russian Deputy Foreign Minister Pavel Orlenko said Moscow was ready to talk.');
    expect(r.discovered).toEqual([
      expect.objectContaining({
        name: 'Pavel Orlenko',
        kind: 'person',
        role: 'Deputy Foreign Minister',
        side: 'russia',
      }),
    ]);
  });

  it('gives an unknown head of government the one state the sentence before is about', () => {
    const r = link(
      'Belgium was the main obstacle at the summit. Prime Minister Joris Vandamme said his country would not carry the risk alone.',
    );
    expect(r.discovered).toEqual([expect.objectContaining({ name: 'Joris Vandamme', side: 'belgium' })]);
  });

  it('gives no side when the sentence before names two states, or the title is not a government one', () => {
    const two = link(
      'Belgium and France met on Monday. Prime Minister Joris Vandamme said the loan was unsafe.',
    );
    expect(two.discovered[0]?.side ?? null).toBe(null);
    const analyst = link('Belgium was the main obstacle. Analyst Joris Vandamme said the loan was unsafe.');
    expect(analyst.discovered[0]?.side ?? null).toBe(null);
  });

  it('places an official with no nationality in the capital the sentence opens on', () => {
    const r = link(
      'In Kyiv, Foreign Ministry spokesman Oleh Marchuk said the loan had to be approved this year.',
    );
    expect(r.discovered).toContainEqual(expect.objectContaining({ name: 'Oleh Marchuk', side: 'ukraine' }));
    // Near misses: a place after the name is where he spoke; an analyst speaks for no government.
    const after = link(
      'Foreign Ministry spokesman Oleh Marchuk, speaking in Kyiv, said the loan was unsafe.',
    );
    expect(after.discovered.find((d) => d.name === 'Oleh Marchuk')?.side ?? null).toBe(null);
    const analyst = link('In Kyiv, analyst Oleh Marchuk said the loan was unsafe.');
    expect(analyst.discovered.find((d) => d.name === 'Oleh Marchuk')?.side ?? null).toBe(null);
  });

  it('finds a media outlet named as the recipient of a remark', () => {
    // An outlet in no pack (CNN and the like are in the generic pack now).
    const r = link('Senator Ruth Calloway told KXLY the vote would slip.');
    expect(r.discovered.map((d) => `${d.name}:${d.kind}`)).toEqual([
      'Ruth Calloway:person',
      'KXLY:organization',
    ]);
    expect(pairs('Senator Ruth Calloway told CNN the vote would slip.')).toContain('CNN → cnn');
  });

  it('reads the people of a byline, which looks like a headline', () => {
    const r = link(
      'Envoys Trade Drafts As Deadline Nears\n\nBy Helen Marsh and Tomasz Wierzbicki\n\nThe talks went on.',
    );
    expect(r.discovered.map((d) => `${d.name}:${d.kind}`)).toEqual([
      'Helen Marsh:person',
      'Tomasz Wierzbicki:person',
    ]);
  });

  it('finds organizations by their head word', () => {
    const r = link('The Baltic Defence Council issued a statement on Monday.');
    expect(r.discovered.map((d) => `${d.name}:${d.kind}`)).toEqual(['Baltic Defence Council:organization']);
  });
});

describe('linkActors: transliterations', () => {
  it('links a spelling that sounds the same ("Witkov") as a misspelling of the one close actor', () => {
    const r = link('Officials said Witkov would return to Moscow after the weekend.');
    expect(r.mentions[0]).toMatchObject({
      text: 'Witkov',
      actor: 'steve-witkoff',
      misspelled: true,
      rule: 'fuzzy',
    });
  });

  it('captures an organization whose name has lower-case words', () => {
    const r = link(
      'Miriam Osterholt, chief executive of the Institute for the Study of Eastern Europe, spoke first.',
    );
    expect(r.discovered[0]).toMatchObject({
      role: 'chief executive',
      organization: 'Institute for the Study of Eastern Europe',
    });
  });
});
