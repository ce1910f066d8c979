import { describe, expect, it } from 'vitest';
import { compileActorIndex, linkActors } from '../../src/pipeline/actors/index.ts';
import { segment } from '../../src/pipeline/segment/index.ts';
import { pairs, ukrainePack } from './helpers.ts';

/** Cases from real coverage styles: titles for names, speaking capitals, Arabic names, outlets. */

const ukraineIndex = compileActorIndex(ukrainePack);
const dated = (text: string, published: string | null) =>
  linkActors(text, segment(text), ukraineIndex, published).mentions.map((m) => `${m.text} → ${m.actor}`);

describe('titles standing for a name, resolved with dated roles', () => {
  it('reads "the vice president" and "the US president" on the article date', () => {
    const text =
      'Aides would not say whether the vice president would travel. Kyiv thanked the US president for his support.';
    expect(dated(text, '2025-11-30')).toEqual([
      'vice president → jd-vance',
      'Kyiv → ukraine',
      'US president → donald-trump',
    ]);
  });

  it('gives the title to whoever held it on the date', () => {
    expect(dated('Critics said the US president had waited too long.', '2023-06-01')).toEqual([
      'US president → joe-biden',
    ]);
  });

  it('reads an organization qualifier and a side adjective', () => {
    const text =
      'The European Commission president said borders cannot move by force. Later the Russian leader spoke at a forum.';
    expect(dated(text, '2025-11-24')).toEqual([
      'European Commission president → ursula-von-der-leyen',
      'Russian leader → vladimir-putin',
    ]);
  });

  it('leaves an apposition to the name and a title before a name to the name', () => {
    const text =
      'Dmitry Peskov, the Kremlin spokesman, declined to comment. The US president Donald Trump spoke later.';
    const out = dated(text, '2025-11-24');
    expect(out).toContain('Dmitry Peskov → dmitry-peskov');
    expect(out).toContain('Donald Trump → donald-trump');
    expect(out.filter((p) => p.includes('spokesman') || p.includes('president'))).toEqual([]);
  });

  it('names no one when several people hold the title', () => {
    expect(dated('Reporters asked the president about the plan.', '2025-11-24')).toEqual([]);
  });
});

describe('capitals and blocs as speakers', () => {
  it('reads "according to the Kremlin", "close to the Kremlin" and "Kremlin officials"', () => {
    expect(
      pairs(
        'According to the Kremlin, no date was set. A source close to the Kremlin agreed. Kremlin officials said little.',
      ),
    ).toEqual(['Kremlin → russia', 'Kremlin → russia', 'Kremlin → russia']);
  });

  it('gives a European diplomat the EU side and Congo to the Democratic Republic', () => {
    expect(pairs('A European diplomat said Congo wanted guarantees.', 'generic')).toEqual([
      'European → eu',
      'Congo → dr-congo',
    ]);
  });

  it('links armed groups and outlets as parties and sources, not people', () => {
    expect(pairs('M23 said on Morning Joe that it would stay.', 'generic')).toEqual([
      'M23 → m23',
      'Morning Joe → morning-joe',
    ]);
  });
});

describe('names of people in no pack', () => {
  it('discovers multi-part Arabic names and their later short forms', () => {
    const text =
      "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, hosted the talks. Sheikh Mohammed said it was a start. Hamas negotiator Khalil al-Hayya attended. Al-Hayya left early.";
    expect(pairs(text, 'generic')).toEqual([
      'Qatar → qatar',
      'Mohammed bin Abdulrahman Al Thani → new:mohammed-bin-abdulrahman-al-thani',
      'Mohammed → new:mohammed-bin-abdulrahman-al-thani',
      'Hamas → hamas',
      'Khalil al-Hayya → new:khalil-al-hayya',
      'Al-Hayya → new:khalil-al-hayya',
    ]);
  });

  it('keeps a surname with the person the article introduced, not the pack person', () => {
    const text =
      'Former British prime minister Boris Johnson visited Kyiv. Johnson said the plan was a betrayal.';
    expect(pairs(text)).toEqual(['Boris Johnson → new:boris-johnson', 'Johnson → new:boris-johnson']);
  });
});
