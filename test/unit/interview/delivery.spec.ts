import { describe, expect, it } from 'vitest';
import { countFillers, measureDelivery, wordsOf } from '../../../src/platform/ai/speech/delivery.js';
import type { RecognizedWord, Transcript } from '../../../src/platform/ai/speech/speech-to-text.js';

/** Words spoken one after another, each `length` seconds, with the given silences before some. */
function timed(text: string, options: { start?: number; length?: number; pausesBefore?: Record<number, number> } = {}): RecognizedWord[] {
  let at = options.start ?? 0;
  return text.split(' ').map((word, i) => {
    at += options.pausesBefore?.[i] ?? 0;
    const w = { word, start: at, end: at + (options.length ?? 0.3) };
    at = w.end;
    return w;
  });
}

function transcript(words: RecognizedWord[], seconds: number): Transcript {
  return { text: words.map((w) => w.word).join(' '), words, seconds, engine: 'pocketsphinx' };
}

describe('delivery of a spoken answer', () => {
  it('measures pace over speaking time, not the silence around it', () => {
    // 20 words in 6 s of speech, inside a 10 s recording: 200 words a minute.
    const words = timed(Array.from({ length: 20 }, () => 'word').join(' '), { start: 2 });
    const delivery = measureDelivery(transcript(words, 10));
    expect(delivery).toMatchObject({ seconds: 10, words: 20, wordsPerMinute: 200, fillerWords: 0, fillersPerMinute: 0, longPauses: 0 });
  });

  it('falls back to the recording length without word timings (Gemini)', () => {
    const delivery = measureDelivery({ text: 'Um, I led the team. Uh, we shipped it, you know, early.', words: [], seconds: 30, engine: 'gemini' });
    expect(delivery.words).toBe(12);
    expect(delivery.wordsPerMinute).toBe(24);
    expect(delivery.fillerWords).toBe(3);
    expect(delivery.fillersPerMinute).toBe(6);
    expect(delivery.longPauses).toBe(0);
    expect(delivery.longestPauseSeconds).toBe(0);
  });

  it('counts long pauses (2 s or more) and the longest one', () => {
    const words = timed('so i um took over the project and then we shipped', { pausesBefore: { 3: 2.5, 7: 1.9, 9: 4.2 } });
    const delivery = measureDelivery(transcript(words, 15));
    expect(delivery.longPauses).toBe(2);
    expect(delivery.longestPauseSeconds).toBe(4.2);
    expect(delivery.fillerWords).toBe(1);
  });

  it('reports nothing odd for silence', () => {
    expect(measureDelivery({ text: '', words: [], seconds: 4, engine: 'pocketsphinx' })).toEqual({
      seconds: 4,
      words: 0,
      wordsPerMinute: 0,
      fillerWords: 0,
      fillersPerMinute: 0,
      longPauses: 0,
      longestPauseSeconds: 0,
    });
    expect(measureDelivery({ text: '', words: [], seconds: 0, engine: 'gemini' }).wordsPerMinute).toBe(0);
  });
});

describe('filler words', () => {
  it('counts hesitation sounds', () => {
    expect(countFillers(wordsOf('Um, so, uh... I think, er, hmm, erm, the ah answer'))).toBe(6);
  });

  it('counts "you know" as a filler, but not in a real question or clause', () => {
    expect(countFillers(wordsOf('It was, you know, hard, and you know we had to ship'))).toBe(2);
    expect(countFillers(wordsOf('Do you know the answer? If you know it, let you know, as you know'))).toBe(0);
  });

  it('leaves meaningful words alone', () => {
    expect(countFillers(wordsOf('I like Python; it is kind of fast and I mean that; actually basically umbrella'))).toBe(0);
  });
});
