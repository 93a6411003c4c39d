import { describe, expect, it } from 'vitest';
import { parsePocketSphinxWords } from '../../../src/platform/ai/speech/pocketsphinx-speech-to-text.js';
import { countWordErrors, wordErrorRate } from '../../../src/platform/ai/speech/word-error-rate.js';

// Real output of `pocketsphinx_continuous -time yes` (5prealpha), two utterances.
const OUTPUT = `he was not an illness those young man
<s> 0.000 0.060 0.999500
<sil> 0.070 0.200 0.694306
he 0.210 0.320 0.998701
was(2) 0.330 0.540 0.999800
[SPEECH] 0.980 1.100 0.535598
an(2) 1.110 1.290 0.472940
++BREATH++ 1.300 1.400 0.5
[NOISE] 1.400 1.450 0.5
man 2.330 2.790 0.905008
</s> 2.800 3.090 1.000000
he might
<s> 6.870 6.970 0.999800
he 7.210 7.370 0.997303
might 7.380 7.620 0.995609
</s> 10.010 10.270 1.000000
`;

describe('PocketSphinx output', () => {
  it('keeps only words, without pronunciation variants, with their times', () => {
    expect(parsePocketSphinxWords(OUTPUT)).toEqual([
      { word: 'he', start: 0.21, end: 0.32 },
      { word: 'was', start: 0.33, end: 0.54 },
      { word: 'an', start: 1.11, end: 1.29 },
      { word: 'man', start: 2.33, end: 2.79 },
      { word: 'he', start: 7.21, end: 7.37 },
      { word: 'might', start: 7.38, end: 7.62 },
    ]);
  });

  it('reads nothing from output without word lines', () => {
    expect(parsePocketSphinxWords('')).toEqual([]);
    expect(parsePocketSphinxWords('he was not\n')).toEqual([]);
  });
});

describe('word error rate', () => {
  it('counts substitutions, deletions and insertions over the reference words, ignoring case and punctuation', () => {
    expect(countWordErrors('He was not an ill-disposed young man.', 'he was not an ill-disposed young man')).toEqual({ errors: 0, referenceWords: 7 });
    expect(countWordErrors('he was not an ill disposed young man', 'he was not an illness those young man')).toEqual({ errors: 2, referenceWords: 8 });
    expect(wordErrorRate('a b c d', 'a c d e f')).toBe(0.75); // b deleted, e and f inserted
    expect(wordErrorRate('', '')).toBe(0);
    expect(wordErrorRate('', 'noise')).toBe(1);
  });
});
