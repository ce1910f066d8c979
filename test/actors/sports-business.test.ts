import { describe, expect, it } from 'vitest';
import { findScorers, findTableSides } from '../../src/pipeline/actors/tables.ts';
import { link } from './helpers.ts';

const kindOf = (text: string, name: string) => {
  const r = link(text, 'generic');
  const m = r.mentions.find((x) => x.text === name);
  if (!m) return r.places.some((p) => p.text === name) ? 'place' : null;
  return r.discovered.find((d) => d.id === m.actor)?.kind ?? m.actor;
};

describe('discovery in sports results and business copy', () => {
  it('reads the sides of a results line as clubs, a city-named club included', () => {
    const text =
      'Results of league matches played on Saturday:\n\nWestbury Rovers 2 ( Halloran 12th , Okafor 67th ) Berlin 1 ( Kessler 80th )\n\nPortmore Athletic 0 Danbridge 0';
    const r = link(text, 'generic');
    const orgs = r.discovered.filter((d) => d.kind === 'organization').map((d) => d.name);
    expect(orgs).toEqual(
      expect.arrayContaining(['Westbury Rovers', 'Berlin', 'Portmore Athletic', 'Danbridge']),
    );
    const people = r.discovered.filter((d) => d.kind === 'person').map((d) => d.name);
    expect(people).toEqual(expect.arrayContaining(['Halloran', 'Okafor', 'Kessler']));
  });

  it('reads a standings row as a club', () => {
    const text =
      'Standings (played, won, drawn, lost, points):\n\nMillbrook City 4 3 1 0 10\n\nKestrel Town 4 0 1 3 1';
    expect(findTableSides(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Millbrook City',
      'Kestrel Town',
    ]);
  });

  it('takes a national side in a results line as the state', () => {
    const text = 'World Cup qualifier:\n\nNamibia 2 Botswana 0';
    expect(kindOf(text, 'Namibia')).toBe('namibia');
  });

  it('takes a city before a player position as its club', () => {
    expect(kindOf('The Berlin striker scored twice on Sunday.', 'Berlin')).toBe('organization');
  });

  it('reads a company reporting results and a party named with the word party', () => {
    expect(
      kindOf('Shares were flat after Norvalex posted a 12 percent rise in annual profit.', 'Norvalex'),
    ).toBe('organization');
    expect(kindOf('Officials of the ruling Zemlya party met on Tuesday.', 'Zemlya')).toBe('organization');
  });

  it('reads a lone surname-shaped speaker as a person', () => {
    expect(kindOf('"We expect the harvest to recover next year," Hrytsenko said.', 'Hrytsenko')).toBe(
      'person',
    );
  });

  it('splits a title out of the middle of a capitalized run', () => {
    const r = link('EU Farm Commissioner Margot Lindqvist proposed the ban on Monday.', 'generic');
    expect(r.mentions.map((m) => m.text)).toContain('Margot Lindqvist');
  });
});

describe('sports and business discovery: negative cases', () => {
  it('does not read prose with numbers as a results table', () => {
    const text =
      'Talks in Geneva 2 weeks ago ended without a deal.\n\nOperating Income 906 962 599 515\n\nAug 27 Aug 26';
    expect(findTableSides(text)).toEqual([]);
  });

  it('finds no scorer outside brackets or without a minute', () => {
    expect(findScorers('Kessler 80th birthday was marked in Bonn.')).toEqual([]);
    expect(findScorers('The envoy ( Kessler ) left on the 12th .')).toEqual([]);
  });

  it('keeps a capital where talks are held a place, not a club', () => {
    const r = link('Delegations met in Berlin on Monday and won praise for a 3-2 vote.', 'generic');
    expect(r.places.map((p) => p.text)).toContain('Berlin');
    expect(r.discovered.filter((d) => d.name === 'Berlin')).toEqual([]);
  });

  it('does not take a common-word speaker or a given name for a surname', () => {
    const r = link('Officials said Ministry staff would travel. Boris said nothing.', 'generic');
    expect(r.discovered.filter((d) => d.kind === 'person')).toEqual([]);
  });
});
