/**
 * General English lexicons the linker and discovery rely on (not domain knowledge: names of
 * actors and places live in packs). All entries lower-case.
 */

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s*,\s*|\s+/).filter(Boolean));

/** Groups of first names that are the same name (nickname or transliteration). */
export const FIRST_NAME_GROUPS: readonly (readonly string[])[] = [
  ['dan', 'daniel', 'danny'],
  ['steve', 'steven', 'stephen'],
  ['mike', 'michael'],
  ['bob', 'robert', 'rob', 'bobby'],
  ['bill', 'william', 'will', 'billy'],
  ['jim', 'james', 'jimmy', 'jamie'],
  ['joe', 'joseph'],
  ['tony', 'antony', 'anthony', 'antonio', 'antonio'],
  ['pete', 'peter'],
  ['don', 'donald'],
  ['andy', 'andrew', 'andrei', 'andrey', 'andriy', 'andrii'],
  ['alex', 'alexander', 'aleksandr', 'oleksandr', 'alexandre'],
  ['sergei', 'sergey', 'serhiy', 'serhii', 'sergiy'],
  ['dmitry', 'dmitri', 'dmitriy', 'dmytro'],
  ['yuri', 'yury', 'yuriy', 'yurii'],
  ['vladimir', 'volodymyr'],
  ['kirill', 'kyrylo'],
  ['valery', 'valeriy', 'valerii'],
  ['nick', 'nicholas', 'nicolas'],
  ['tom', 'thomas'],
  ['chris', 'christopher'],
  ['matt', 'matthew'],
  ['dave', 'david', 'davyd'],
  ['ed', 'edward', 'eddie'],
  ['jd', 'j.d.', 'james'],
  ['mohammed', 'mohamed', 'muhammad', 'mohammad'],
  ['yulia', 'yuliia', 'julia'],
  ['maria', 'mariya'],
  ['tayyip', 'recep'],
];

/** Head words that make an unknown capitalized sequence an organization. */
export const ORG_HEADS = set(`
  ministry, party, bank, council, committee, agency, company, corp, corp., corporation, inc, inc., ltd, ltd.,
  plc, llc, newsroom, channel, bros, bros., review, monitor, observer, ledger, chronicle, courier, dispatch,
  wire, express, mirror, guardian, examiner, inquirer, bulletin, digest, magazine, weekly, insider, group, university, institute, institution, association, union, federation, commission, court,
  army, forces, navy, fund, times, post, news, press, service, services, office, department, club, fc,
  airlines, airways, motors, foundation, organization, organisation, league, board, authority, exchange,
  reserve, bureau, network, television, tv, radio, journal, parliament, assembly, congress, senate, police,
  guard, corporation, holdings, industries, securities, capital, partners, trust, telegraph, tribune,
  herald, gazette, agencies, ag, sa, nv, gmbh, co, co., cabinet, government, administration, secretariat,
  brigade, battalion, regiment, division, directorate, inspectorate, movement, front, alliance, coalition,
  school, college, academy, hospital, church, mission, unit, team, federal, international,
  energy, oil, gas, petroleum, airline, systems, technologies, electric, steel, communications, media,
  broadcasting, publishing, pharmaceuticals, financial, insurance, investment, investments, brothers,
  rangers, united, city, athletic, wanderers, rovers, albion, hotspur, dynamo, sporting, real,
  relations, economics, integrity, responsibility, protection, enforcement, healthcare, studies, affairs,
  research, daily, kremlin, duma, commission, parliamentary, tass, interfax, ria, reuters, afp, bloomberg, cnn, bbc, nbc,
  cbs, abc, msnbc, pbs, npr, ap
`);

/** Head words that make an unknown sequence a place. */
export const PLACE_HEADS = set(`
  province, river, island, islands, mountains, mountain, street, sea, ocean, valley, region, oblast, gulf,
  bay, lake, airport, peninsula, strait, coast, desert, square, avenue, district, territory, territories,
  state, republic, kingdom, canal, port, harbour, harbor, border, heights, hills, plain, plains, basin,
  krai, raion, village, town, county
`);

/** Prepositions after which a bare place name is a location, not an actor. */
export const LOCATION_PREPS = set(`
  in, to, from, at, near, into, toward, towards, outside, around, across, via, through, inside, within,
  beyond, over, throughout, onto, past, reach, reached, visit, visited, visits, visiting, left, leave,
  leaving, arrive, arrived, return, returned, fly, flew, traveled, travelled, trip, travel, based,
  across, east, west, north, south, of
`);

/** Nouns after a possessive place name that make it a location ("Moscow's streets"). */
export const PLACE_POSSESSED = set(`
  streets, street, mayor, airport, suburbs, outskirts, center, centre, residents, skies, sky, population,
  districts, district, metro, subway, airspace, buildings, skyline, river, neighborhoods, neighbourhoods,
  hotels, hotel, region, port, stock, markets, downtown, historic, old, main, city, citizens, people,
  power, energy, infrastructure, defenses, defences, air
`);

/** Verbs that, right after a place name, still describe it as a place ("Kyiv was hit"). */
export const PLACE_PREDICATES = set(`
  hit, struck, shelled, attacked, bombed, rocked, located, lies, lie, sits, hosted, hosts, host, targeted,
  plunged, shaken, pounded, battered, lit, covered, burned, damaged, destroyed, captured, liberated, seized,
  encircled, surrounded, occupied, taken, remains, remained, looks, looked, felt, feels, saw, sees, woke
`);

/** Nouns after a demonym that make it an actor of that state ("Russian officials"). */
export const DEMONYM_AGENTS = set(`
  official, officials, source, sources, diplomat, diplomats, negotiator, negotiators, delegation,
  delegations, side, government, authorities, authority, military, forces, troops, leader, leaders,
  leadership, president, ministry, officer, officers, envoy, envoys, lawmakers, lawmaker, counterpart,
  counterparts, team, spokesman, spokeswoman, spokesperson, administration, army, navy, commanders,
  commander, parliament, prosecutors, intelligence, media, state, embassy, minister, ministers, cabinet,
  soldiers, demands, position, proposal, states, countries, nations, governments, capitals, allies,
  partners, powers,
  proposals, counterproposal
`);

/** Verbs of speaking and reporting that make a preceding name an agent. */
export const SPEECH_VERBS = set(`
  said, says, say, told, tells, added, stated, noted, argued, claimed, insisted, warned, announced,
  declared, stressed, wrote, posted, asked, replied, responded, explained, confirmed, denied, suggested,
  urged, called, acknowledged, conceded, admitted, countered, emphasized, emphasised, reiterated, recalled
`);

/** Words that end a title-case sequence's claim to be a name: months, days, and capitalized function words. */
export const NOT_NAMES = set(`
  january, february, march, april, may, june, july, august, september, october, november, december,
  jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec,
  monday, tuesday, wednesday, thursday, friday, saturday, sunday, today, tonight, yesterday, tomorrow,
  the, a, an, and, or, but, if, in, on, at, to, for, of, by, with, from, as, after, before, despite,
  during, while, when, where, what, who, why, how, which, that, this, these, those, there, here, it, its,
  he, she, they, we, i, you, his, her, their, our, my, your, not, no, yes, all, some, many, most, more,
  also, still, even, yet, so, than, then, now, just, only, meanwhile, however, although, though, because,
  since, until, under, over, about, against, between, among, into, through, without, within, across,
  mr, mrs, ms, dr, sir, madam, according, advertisement, related, read, more, watch, listen, share,
  subscribe, sign, click, follow, search, menu, login, cookie, cookies, settings, newsletter, newsletters, photo, video, image, caption, getty, images, file, reporting, editing,
  writing, additional, updated, published, breaking, live, exclusive, analysis, opinion, comment,
  will, would, could, should, can, may, might, must, shall, do, does, did, is, are, was, were, be, been,
  old, first, last, next, several, both, each, every, any, other, such, up, down,
  out, off, again, ago, am, pm, gmt, utc, est, et, bst, cet, msk, ok, please, thank, thanks, hello, dear,
  eastern, western, northern, southern, week, weekend, month, year, christmas, easter, ramadan, thanksgiving, summer, winter, spring, autumn, fall
`);

/** Heads that make a capitalized sequence a vehicle, building or event rather than an actor. */
export const THING_HEADS = set(`
  one, two, center, centre, hall, building, tower, house, palace, room, plan, plans, deal, deals, agreement,
  agreements, conventions, convention, accord,
  accords, treaty, memorandum, summit, conference, war, forum, act, bill, law, doctrine, strategy, framework,
  initiative, prize, award, cup, championship, championships, games, olympics, open, tournament, series,
  grand, prix, day, week, festival, declaration, protocol, format, process, talks, round, stadium, arena,
  park, bridge, hotel, resort, club, base, museum, library, cathedral, mosque, church, station, airport,
  highway, road, route, pipeline, stream, index, report, show, debates, debate, tank, emmy, emmys, awards,
  bargain, symposium, hill, circuit, music, program, programme
`);

/** Nouns that mark a role in an apposition ("X, the deputy director for policy at Y"). */
export const ROLE_NOUNS = set(`
  director, minister, secretary, spokesman, spokeswoman, spokesperson, adviser, advisor, official,
  envoy, ambassador, chief, head, leader, president, chairman, chairwoman, chair, negotiator, analyst,
  professor, fellow, researcher, editor, correspondent, lawmaker, senator, representative, commander,
  general, member, governor, mayor, deputy, aide, diplomat, economist, expert, lawyer, attorney, founder,
  executive, ceo, manager, officer, strategist, scholar, historian, coach, captain, player, striker,
  midfielder, goalkeeper, defender, driver, rider, champion, coordinator, consultant, partner, investor,
  journalist, reporter, columnist, author, activist, campaigner, candidate, nominee, judge, prosecutor,
  counsel, chancellor, premier, king, queen, prince, emir, pope, priest, bishop, patriarch, veteran,
  spokesperson, negotiators, commissioner, vice, undersecretary, speaker, whip, mp, congressman,
  congresswoman, politician, lieutenant, colonel, major, sergeant, admiral, soldier
`);

/** Party tags in "(R-Neb.)". */
export const PARTY_TAGS: Readonly<Record<string, string>> = {
  R: 'Republican Party',
  D: 'Democratic Party',
  I: 'Independent',
};

/** Organization heads that end a name: a capitalized word after them starts another name ("Washington Post Trump"). */
export const FINAL_ORG_HEADS = set(`
  post, times, news, journal, tribune, herald, gazette, telegraph, review, ledger, chronicle, monitor, inc, inc., corp, corp., ltd, ltd., plc, llc
`);

/** Nouns for a club's players and staff: a name right before one is a club's ("Everton defender"). */
export const SQUAD_NOUNS = set(`
  striker, strikers, defender, defenders, midfielder, midfielders, goalkeeper, goalkeepers, keeper, winger,
  forward, fullback, full-back, playmaker, skipper, coach, fans, supporters, squad, outfielder, pitcher,
  pitchers, batsman, batsmen, bowler, opener, shortstop, quarterback, captain
`);
