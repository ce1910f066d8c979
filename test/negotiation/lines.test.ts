import { describe, expect, it } from 'vitest';
import { lineSentences } from '../../src/pipeline/negotiation/lines.ts';
import { segment } from '../../src/pipeline/segment/index.ts';

const units = (text: string): string[] =>
  lineSentences(text, segment(text)).sentences.map((s) => text.slice(s.start, s.end));

describe('lineSentences', () => {
  it('ends a unit at each line break of a paragraph', () => {
    const text = '09:12 GMT\nWhat the draft says:\n- Prisoners would be exchanged all for all.';
    expect(units(text)).toEqual([
      '09:12 GMT',
      'What the draft says:',
      '- Prisoners would be exchanged all for all.',
    ]);
  });

  it('cuts a full stop glued to the next sentence that the splitter left whole, and terminates', () => {
    // The splitter does not cut after "ſo." (a long s from an old scan): the glued stop is found
    // here, and the scan for such stops must step past its empty match instead of looping on it.
    const text =
      'The envoy said Moscow had agreed to do ſo.Kyiv, in a statement, said the talks had been useful.';
    expect(units(text)).toEqual([
      'The envoy said Moscow had agreed to do ſo.',
      'Kyiv, in a statement, said the talks had been useful.',
    ]);
  });

  it('leaves a sentence without a line break or glued stop alone', () => {
    const text = 'The talks in Geneva ended late on Sunday. Officials said a text was agreed.';
    expect(units(text)).toEqual([
      'The talks in Geneva ended late on Sunday.',
      'Officials said a text was agreed.',
    ]);
  });
});
