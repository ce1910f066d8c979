import { describe, expect, it } from 'vitest';
import { analyze, provisionsOf } from './helpers.ts';

/**
 * Round three of provision and drafter mechanisms: party words on versions ("the US text" is the
 * American plan, not the European answer), versions named inside the object of an edit, where a
 * passive edit was made, causatives, what a counter-proposal does in a comparison paragraph, a
 * dated handover tied to the version named next, and drafters described as teams or as "their own"
 * text. Sentences written for these tests, with negative cases.
 */

const authorsOf = (t: string, key: string) => analyze(t).proposals.find((p) => p.key === key)?.authors ?? [];
const keysOf = (t: string) => analyze(t).mentions.map((m) => `${m.text} => ${m.proposal}`);

describe('party words on versions', () => {
  const t =
    "Washington's 28-point plan reached Kyiv last month. Germany and France answered with a counter-proposal of their own. " +
    'The US document keeps Ukraine out of NATO, while the European paper leaves the door open.';

  it('"the US document" is the plan first called Washington\'s, once a counter-proposal is on the table', () => {
    expect(keysOf(t)).toContain('The US document => plan-28-point');
  });

  it('a European text is still the counter-proposal', () => {
    const t2 =
      'The American 28-point plan reached Kyiv on Thursday. Britain and France drafted a counter-proposal within days. ' +
      'The European text keeps the army at 800,000. The US text caps it at 600,000.';
    const k = keysOf(t2);
    expect(k).toContain('The European text => name:counter-proposal');
    expect(k).toContain('The US text => plan-28-point');
  });
});

describe('versions inside the object of an edit', () => {
  it('a version in a relative clause is not the subject of the next verb', () => {
    const t =
      'The 19-point framework was agreed in Geneva. The revision scrapped the amnesty that the 28-point plan would have offered ' +
      "and raised the permitted size of Ukraine's army from 600,000 to 800,000.";
    const p = provisionsOf(analyze(t));
    expect(p).toContain('framework-19-point amnesty dropped');
    expect(p).toContain('framework-19-point military-size changed');
    expect(p).toContain('plan-28-point amnesty included');
    expect(p).not.toContain('plan-28-point military-size changed');
  });

  it('clauses "that were in the original plan" were taken out of the revision', () => {
    const t =
      'Negotiators brought a revised 19-point framework to Moscow. ' +
      'The territorial clauses that were in the original plan have been taken out, officials said.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('framework-19-point territory dropped');
    expect(p).toContain('plan-28-point territory included');
    expect(p).not.toContain('plan-28-point territory dropped');
  });

  it('a passive edit "in the Geneva version" names where it was made', () => {
    const t =
      'The earlier 28-point plan capped the army at 600,000. Officials say that limit on the army was raised to 800,000 in the Geneva version.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('framework-19-point military-size changed');
    expect(p).not.toContain('plan-28-point military-size changed');
  });

  it('"taken out of the text" is the newer version\'s edit even when "the text" last meant the old one', () => {
    const t =
      'A week after the 28-point plan leaked, attention turned to the 19-point framework. ' +
      'Territory was taken out of the text altogether and left to the leaders.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('framework-19-point territory dropped');
    expect(p).not.toContain('plan-28-point territory dropped');
  });

  it('negative: what a party says must not be eased is no edit of the text', () => {
    const t =
      'Reactions to the 28-point plan kept coming in. The Polish foreign minister said sanctions on Russia must not be eased before its troops leave.';
    const p = provisionsOf(analyze(t));
    expect(p.filter((x) => x.includes('sanctions'))).toEqual([]);
  });

  it('negative: a guarantee strengthened "compared with" a version is not that version\'s change', () => {
    const t =
      'The 19-point framework was agreed in Geneva last month. People briefed on the new talks said the security guarantees have been strengthened compared with the Geneva text.';
    const p = provisionsOf(analyze(t));
    expect(p).not.toContain('framework-19-point security-guarantees changed');
  });
});

describe('points said to remain in a version', () => {
  it('"remain part of the framework, as does …": both points are in the newer text', () => {
    const t =
      'Working from the 28-point plan, negotiators produced a 19-point framework. Britain had floated a counter-proposal of its own. ' +
      'The 28-point plan would have capped the army at 600,000. ' +
      'Security guarantees for Ukraine remain part of the framework, as does an exchange of all prisoners of war.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('framework-19-point security-guarantees included');
    expect(p).toContain('framework-19-point prisoners included');
    expect(p).not.toContain('name:counter-proposal security-guarantees included');
  });

  it('negative: a party remaining in talks is no provision', () => {
    const t =
      'The 19-point framework was agreed on Sunday. Ukraine remains in talks about security guarantees.';
    expect(provisionsOf(analyze(t)).filter((x) => x.includes('kept'))).toEqual([]);
    expect(analyze(t).provisions.filter((x) => x.rule === 'provision:kept-in')).toEqual([]);
  });
});

describe('causatives', () => {
  it('"would see Ukraine … drop its hopes of joining NATO" is in the plan, not dropped from it', () => {
    const t =
      'Capitals reacted to the 28-point plan, which would see Ukraine cede the rest of Donbas and drop its hopes of joining NATO.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('plan-28-point nato included');
    expect(p).not.toContain('plan-28-point nato dropped');
  });

  it('negative: a revision that drops the NATO ban is still a removal', () => {
    const t = 'The 19-point framework drops the ban on Ukraine joining NATO.';
    expect(provisionsOf(analyze(t))).toContain('framework-19-point nato dropped');
  });
});

describe('a counter-proposal set against the plan it answers', () => {
  it('its own wording on an issue in a label paragraph is a change; "both" keeps it included', () => {
    const t =
      'The American 28-point plan reached Kyiv on Thursday. Britain, France and Germany drafted a counter-proposal within days.\n\n' +
      'Territory. The US plan asks Ukraine to leave the part of Donetsk it still holds. The European draft starts talks on land from the present line of contact.\n\n' +
      'Prisoners. Both texts provide for an exchange of all prisoners of war.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('plan-28-point territory included');
    expect(p).toContain('name:counter-proposal territory changed');
    expect(p).not.toContain('name:counter-proposal territory included');
    expect(p).toContain('name:counter-proposal prisoners included');
    expect(p).not.toContain('name:counter-proposal prisoners changed');
  });

  it('negative: a later version of the same plan in a label paragraph is not forced to "changed"', () => {
    const t =
      'The April proposal was presented in Paris. The 28-point plan followed in November.\n\n' +
      'Territory. The April proposal froze the front line. The 28-point plan requires Ukraine to leave Donetsk.';
    const p = provisionsOf(analyze(t));
    expect(p).toContain('plan-28-point territory included');
    expect(p).not.toContain('plan-28-point territory changed');
  });
});

describe('drafters', () => {
  it('"had drafted their own answer. Their counter-proposal …": the list before the verb', () => {
    const t =
      'Within days of the 28-point plan reaching Kyiv, Britain, France and Germany had drafted their own answer. ' +
      'Their counter-proposal keeps the structure of the US text.';
    expect(authorsOf(t, 'name:counter-proposal')).toEqual(['united-kingdom', 'france', 'germany']);
  });

  it('the members of two delegations that rewrote a plan into a new framework', () => {
    const t =
      'A US team led by Marco Rubio, with Steve Witkoff, sat down with a Ukrainian delegation headed by Rustem Umerov and Andriy Yermak. ' +
      'Working from the leaked plan, the two delegations rewrote it into a 19-point framework.';
    const a = authorsOf(t, 'framework-19-point');
    expect(a).toEqual(
      expect.arrayContaining(['marco-rubio', 'steve-witkoff', 'rustem-umerov', 'andriy-yermak']),
    );
  });

  it('negative: an owner named by a possessive is no team member', () => {
    const t =
      "A US team led by Marco Rubio sat down with a Ukrainian delegation headed by Zelensky's chief of staff, Andriy Yermak. " +
      'The two delegations rewrote the text into a 19-point framework.';
    expect(authorsOf(t, 'framework-19-point')).not.toContain('volodymyr-zelensky');
  });
});
