import { describe, expect, it } from 'vitest';
import { parseCtmLine } from '../../../src/platform/ai/speech/pocketsphinx-process.js';
import { transcriptConfidence } from '../../../src/platform/ai/speech/pocketsphinx-speech-to-text.js';
import { countWordErrors, wordErrorRate } from '../../../src/platform/ai/speech/word-error-rate.js';

// Real CTM output of `pocketsphinx_batch -ctm` (5prealpha) for one utterance, with the log lines around it.
const OUTPUT = `INFO: batch.c(729): Decoding 'u2'
u2 1 0.21 0.11 he 0.999
u2 1 0.33 0.21 was 1.000
u2 1 0.55 0.50 not 0.996
u2 1 1.13 0.34 until 0.294
u2 1 1.67 0.37 blows 0.009
u2 1 2.33 0.40 man 1.000
INFO: batch.c(760): u2: 2.98 seconds speech, 1.23 seconds CPU, 3.78 seconds wall
he was not until this blows young man (u2 -11405)
u2 done --------------------------------------`;

describe('PocketSphinx CTM output', () => {
  const words = OUTPUT.split('\n').map(parseCtmLine).filter((w) => w !== undefined);

  it('reads each word with its start, end and posterior, and nothing from log or hypothesis lines', () => {
    expect(words).toEqual([
      { word: 'he', start: 0.21, end: 0.32, probability: 0.999 },
      { word: 'was', start: 0.33, end: 0.54, probability: 1 },
      { word: 'not', start: 0.55, end: 1.05, probability: 0.996 },
      { word: 'until', start: 1.13, end: 1.47, probability: 0.294 },
      { word: 'blows', start: 1.67, end: 2.04, probability: 0.009 },
      { word: 'man', start: 2.33, end: 2.73, probability: 1 },
    ]);
  });

  it('drops sentence marks, fillers and pronunciation variants if they ever appear', () => {
    expect(parseCtmLine('u1 1 0.00 0.10 <sil> 0.9')).toBeUndefined();
    expect(parseCtmLine('u1 1 0.00 0.10 ++BREATH++ 0.9')).toBeUndefined();
    expect(parseCtmLine('u1 1 0.00 0.10 [NOISE] 0.9')).toBeUndefined();
    expect(parseCtmLine('u1 1 0.00 0.10 was(2) 0.9')).toMatchObject({ word: 'was' });
  });

  it('gives the mean posterior as the confidence, low below the threshold, and no words as no confidence', () => {
    expect(transcriptConfidence(words, 0.6)).toEqual({ score: 0.716, low: false });
    expect(transcriptConfidence(words, 0.8)).toEqual({ score: 0.716, low: true });
    expect(transcriptConfidence([], 0.6)).toEqual({ score: 0, low: true });
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
