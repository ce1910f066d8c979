import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/packs/load.ts';
import { findIssues } from '../../src/pipeline/negotiation/index.ts';
import { compileIssues, type IssueMatcher } from '../../src/pipeline/negotiation/issues.ts';

/**
 * The pack cues name each issue in the many ways the press writes about it (synonyms, inflections,
 * adjectives in between) without firing on words that merely co-occur with it. These tests run the
 * issue matcher alone on sentences in wire style; the stance and provision rules are tested elsewhere.
 */
const matchers = new Map<string, IssueMatcher>();
function issuesIn(text: string, pack = 'ukraine-2025'): string[] {
  let m = matchers.get(pack);
  if (!m) {
    m = compileIssues(loadPack(pack).issues);
    matchers.set(pack, m);
  }
  return [...new Set(findIssues(text, m).map((h) => (h.against ? `!${h.issue}` : h.issue)))];
}

describe('issue cues: the ways the press names each issue (ukraine-2025)', () => {
  it.each([
    ['Moscow wants a much smaller Ukrainian army once the fighting ends.', 'military-size'],
    ['The draft would leave Kyiv with an army of 600,000 in peacetime.', 'military-size'],
    ['European officials said the troop ceiling had been raised in the new text.', 'military-size'],
    ['The revised framework caps Ukraine’s armed forces at a higher figure.', 'military-size'],
    ['Kyiv said its army must not be subjected to any limits set by Moscow.', 'military-size'],
    ['The chancellor warned against changing borders by force in Europe.', 'territory'],
    ['Any change to the country’s borders would have to go to a referendum, he said.', 'territory'],
    ['Zelensky has ruled out any land swap with Moscow.', 'territory'],
    ['Russia wants Kyiv to pull out of the rest of Donetsk before any truce.', 'territory'],
    ['The lines would be frozen along the current positions, the envoy said.', 'territory'],
    ['The Kremlin will not accept foreign soldiers on Ukrainian soil.', 'security-guarantees'],
    ['Rome said it would not send its own troops to Ukraine.', 'security-guarantees'],
    ['Kyiv wants legally binding guarantees from Washington.', 'security-guarantees'],
    ['London is ready to lead a reassurance mission after a deal.', 'security-guarantees'],
    ['Berlin stopped short of promising German soldiers on Ukrainian soil.', 'security-guarantees'],
    ['The money should pay for reconstruction, the commission said.', 'frozen-assets'],
    ['Belgium, home to Euroclear, has resisted the plan.', 'frozen-assets'],
    ['Leaders want to tap Russia’s immobilised central bank reserves.', 'frozen-assets'],
    ['EU leaders considered seizing the frozen state assets.', 'frozen-assets'],
    ['The summit agreed a 90-billion-euro loan for the next two years.', 'frozen-assets'],
    ['Zelensky said he was ready to hold a fresh vote within 90 days.', 'elections'],
    ['Ukrainians would return to the ballot box after martial law ends.', 'elections'],
    ['The first draft offered pardons to every combatant.', 'amnesty'],
    ['Russia wants control of the nuclear station at Enerhodar.', 'energy'],
    ['Both sides pledged to halt strikes on energy infrastructure.', 'energy'],
    ['The IAEA said the Zaporizhzhia atomic plant had lost external power.', 'energy'],
    ['The two sides carried out another swap in Istanbul.', 'prisoners'],
    ['Kyiv demanded the return of children deported to Russia.', 'prisoners'],
    ['The agreement provided for a 1,000-for-1,000 exchange.', 'prisoners'],
    ['Washington wants the fighting halted before the end of the year.', 'ceasefire'],
    ['Moscow refused to cease hostilities while talks went on.', 'ceasefire'],
    ['Kyiv is ready for a full suspension of hostilities.', 'ceasefire'],
    ['Hungary would block Ukraine’s entry into the European Union.', 'eu-membership'],
    ['Kyiv wants to open the first negotiating clusters this year.', 'eu-membership'],
    ['The plan would give Ukraine a path to joining the bloc.', 'eu-membership'],
    ['The 20th package targets banks in third countries.', 'sanctions'],
    ['Washington imposed secondary tariffs on buyers of Russian oil.', 'sanctions'],
    ['Kyiv will not legitimise the annexation of Crimea.', 'recognition'],
    ['Paris objected to Washington endorsing Russia’s annexation of the peninsula.', 'recognition'],
    ['Kyiv said it would never recognise the occupation.', 'recognition'],
    ['The Kremlin says the Ukrainian leader’s mandate has run out.', 'elections'],
    ['Kyiv asked its allies to guarantee the security of the vote.', 'elections'],
    ['The question of where the border runs is left to the two presidents.', 'territory'],
    ['Lavrov said Kyiv must pull its forces out of the Donbas.', 'territory'],
    ['Both drafts promise Ukraine protection against renewed aggression.', 'security-guarantees'],
    ['Moscow will not tolerate any European military presence in Ukraine.', 'security-guarantees'],
    ['"Bringing our people home is the first priority," the negotiator said.', 'prisoners'],
  ])('%s → %s', (text, issue) => {
    expect(issuesIn(text)).toContain(issue);
  });

  it('reads the negation of an issue as such (against)', () => {
    expect(issuesIn('Moscow insists on a neutral Ukraine.')).toContain('!nato');
    expect(issuesIn('Russia wants a non-aligned state on its border.')).toContain('!nato');
    expect(issuesIn('Moscow wants a pledge that the alliance will never admit Ukraine.')).toContain('!nato');
    expect(issuesIn('The Kremlin wants Kyiv’s renunciation of NATO membership written into law.')).toContain(
      '!nato',
    );
    expect(issuesIn('Moscow seeks a binding promise that NATO will not expand further east.')).toContain(
      '!nato',
    );
    expect(issuesIn('NATO will expand its air policing over the Baltic next year.')).not.toContain('!nato');
    expect(issuesIn('Europe says there can be no impunity for war crimes.')).toEqual(['!amnesty']);
    expect(issuesIn('Kyiv wants a special tribunal for the crime of aggression.')).toContain('!amnesty');
    // territory reads toward cession: insisting borders stay is its negation, changing them is the issue
    expect(issuesIn('Brussels said borders cannot be redrawn by force.')).toEqual(['!territory']);
    expect(issuesIn('Kyiv will defend its territorial integrity.')).toEqual(['!territory']);
    expect(issuesIn('The chancellor warned against changing borders by force.')).toEqual(['territory']);
  });

  it('a land swap is territory, not a prisoner exchange', () => {
    expect(issuesIn('Kyiv rejected the idea of a land swap.')).toEqual(['territory']);
  });
});

describe('issue cues: words that co-occur with an issue but do not name it', () => {
  it.each([
    ['The army said on Tuesday that it had repelled 40 attacks near Pokrovsk.'],
    ['The General Assembly will hold a vote on the resolution next week.'],
    ['Smaller military aid packages will follow in the spring.'],
    ['Russian troops poured into Ukraine in February 2022.'],
    ['The 19th round of talks ended without a statement.'],
    ['Switzerland, which hosted the talks, said it was a neutral venue.'],
    ['The delegation flew to Riyadh on Sunday and met the crown prince.'],
    ['Polls show most voters trust the army more than parliament.'],
    ['The annex to the document lists 28 points.'],
  ])('%s → no issue', (text) => {
    expect(issuesIn(text)).toEqual([]);
  });

  it('a vote in a parliament or at the UN is not an election', () => {
    expect(issuesIn('Washington called a vote in the Security Council on the text.')).not.toContain(
      'elections',
    );
  });

  it('a partial truce on strikes is energy, and ending the fighting is not a ceasefire', () => {
    expect(issuesIn('Both sides agreed to a moratorium on strikes on power plants.')).toEqual(['energy']);
    expect(issuesIn('Trump said Putin wanted to end the fighting.')).toEqual([]);
    expect(issuesIn('France would deploy forces once the fighting stopped.')).toEqual([]);
  });

  it('an army strong enough to deter attack is not a guarantee, nor is rebuilding the army reconstruction', () => {
    expect(issuesIn("Paris said Ukraine's army must stay strong enough to deter any new attack.")).toEqual(
      [],
    );
    expect(issuesIn("The force would help rebuild Ukraine's army.")).not.toContain('frozen-assets');
  });

  it('legal guarantees for a loan are not security guarantees', () => {
    expect(issuesIn('Belgium wants legal guarantees before agreeing to the loan.')).not.toContain(
      'security-guarantees',
    );
  });

  it('a force of Russian troops is not a cap on Ukraine’s army', () => {
    expect(issuesIn('Russia massed troops near the border, officials said.')).not.toContain('military-size');
  });
});

describe('issue cues: generic pack', () => {
  it.each([
    ['Israel agreed to a humanitarian pause in the north.', 'ceasefire'],
    ['Mediators pressed for the fighting halted by Friday.', 'ceasefire'],
    ['The group refused to lay down its arms.', 'disarmament'],
    ['The deal allows the entry of aid through two crossings.', 'humanitarian-access'],
    ['A technocratic committee would run the territory for a year.', 'governance'],
    ['The two sides completed a swap of captives on Monday.', 'prisoners'],
    ['The prime minister promised to hold early polls next year.', 'elections'],
    ['The troops would redeploy to the buffer zones within a week.', 'territory'],
    ['Tehran opposes any corridor that would change borders in the region.', 'territory'],
    ['The movement offered to hand over its heavy weapons to a neutral body.', 'disarmament'],
    ['The authority said it sought a role in governing the strip.', 'governance'],
    ['Mediators want all the captives back home by the weekend.', 'prisoners'],
  ])('%s → %s', (text, issue) => {
    expect(issuesIn(text, 'generic')).toContain(issue);
  });

  it.each([
    ['Parliament will hold a vote on the budget on Thursday.'],
    ['Police detained two men after the protest.'],
    ['The annex to the agreement sets out the timetable.'],
  ])('%s → no issue (generic)', (text) => {
    expect(issuesIn(text, 'generic')).toEqual([]);
  });
});
