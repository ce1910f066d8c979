import { describe, expect, it } from 'vitest';
import { link, pairs } from './helpers.ts';

/** Things the linker must NOT do. */
describe('linkActors: negative cases', () => {
  it('keeps Steve Witkoff and Steven Cheung apart', () => {
    const text =
      'Steven Cheung, the White House communications director, defended Steve Witkoff. Cheung said Witkoff had done nothing wrong.';
    expect(pairs(text)).toEqual([
      'Steven Cheung → steven-cheung',
      'Steve Witkoff → steve-witkoff',
      'Cheung → steven-cheung',
      'Witkoff → steve-witkoff',
    ]);
  });

  it('does not merge a different first name with a pack surname', () => {
    const r = link('Melania Trump hosted the dinner. Donald Trump arrived late.');
    expect(r.mentions.map((m) => `${m.text} → ${m.actor}`)).toEqual([
      'Melania Trump → new:melania-trump',
      'Donald Trump → donald-trump',
    ]);
  });

  it('does not take the month May for a name', () => {
    const r = link('The two sides last met in May. In early May, officials exchanged drafts.');
    expect(r.mentions).toEqual([]);
    expect(r.discovered).toEqual([]);
  });

  it('does not take vehicles or buildings for actors', () => {
    const r = link(
      'The president flew on Air Force One and later spoke at the Kennedy Center in Washington.',
    );
    expect(r.discovered).toEqual([]);
    expect(r.mentions).toEqual([]);
    expect(r.places.map((p) => p.place)).toEqual(['washington']);
  });

  it('does not take a sentence-initial capitalized word for a name', () => {
    const r = link(
      'Despite the talks, fighting continued. Meanwhile, aid convoys waited at the border. However, nobody moved.',
    );
    expect(r.discovered).toEqual([]);
    expect(r.mentions).toEqual([]);
  });

  it('does not discover names in a title-cased headline, but still links pack names there', () => {
    const r = link('Trump Sends Top Envoy To Russia\n\nThe envoy left on Monday.');
    expect(r.discovered).toEqual([]);
    expect(r.mentions.map((m) => m.actor)).toEqual(['donald-trump', 'russia']);
  });

  it('keeps Moscow a place in "talks in Moscow" and an actor in "Moscow rejected the plan"', () => {
    const place = link('The talks in Moscow lasted five hours.');
    expect(place.mentions).toEqual([]);
    expect(place.places.map((p) => p.place)).toEqual(['moscow']);
    const actor = link('Moscow rejected the plan within hours.');
    expect(actor.places).toEqual([]);
    expect(actor.mentions.map((m) => `${m.actor}:${m.metonym}`)).toEqual(['russia:true']);
  });

  it('keeps a struck city a place', () => {
    const r = link('Kyiv was hit by drones overnight, and Moscow\u2019s airports closed briefly.');
    expect(r.mentions).toEqual([]);
    expect(r.places.map((p) => p.place)).toEqual(['kyiv', 'moscow']);
  });

  it('does not read pronouns and common words as acronyms', () => {
    const r = link(
      'Let us see who will come; the car is here and the us-versus-them mood persists.',
      'generic',
    );
    expect(r.mentions).toEqual([]);
  });

  it('does not flag a misspelling when two pack people are equally close', () => {
    // "Graham" is exact; a near-miss of a common given name is not matched to anybody.
    const r = link('Stephen met Daniel on Tuesday.');
    expect(r.mentions).toEqual([]);
    expect(r.flags).toEqual([]);
  });

  it('does not discover markup remnants or bylines as people', () => {
    const r = link('Advertisement\n\nRead More\n\nShare This Story\n\nThe meeting was short.');
    expect(r.discovered).toEqual([]);
  });

  it('does not take an organization for a person', () => {
    const r = link('The Northern Grain Corporation said exports would fall.');
    expect(r.discovered.map((d) => d.kind)).toEqual(['organization']);
  });
});
