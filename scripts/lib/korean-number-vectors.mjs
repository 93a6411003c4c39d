// The Korean number vectors of a held-back sensitive-data set (korean-numbers.json): one number per
// sentence, framed by a cue naming its kind, a neutral lead-in or nothing, and the decoy maker whose
// birth date cannot exist. First used by scripts/build-pii-heldback-w14.mjs; the older builders keep
// their own copies, their sets being frozen. Everything draws from the caller's seeded stream.
import { LabelledText } from './labelled-text.mjs';
import { krCheck, pad } from './pii-values.mjs';

/**
 * A writer of vectors: `vector(category, value, options)` frames `value` with a [before, after] pair
 * drawn from `frames[options.frames]` (default: 'decoy' for decoys, else the type) and appends the case
 * to `vectors`, labelled with `type`, listed as a decoy (the span `from`/`length` inside the value), or
 * left as a plain negative when neither is given.
 */
export function koreanVectorWriter({ pick, frames, idPrefix }) {
  const vectors = [];
  function vector(category, value, { type, decoy = false, from = 0, length = value.length, frames: frameKey = decoy ? 'decoy' : type } = {}) {
    const [before, after] = pick(frames[frameKey]);
    const text = new LabelledText().add(before);
    if (decoy) text.decoy(value, from, length);
    else if (type) text.entity(type, value);
    else text.add(value);
    text.add(after);
    vectors.push(text.asCase(`${idPrefix}${pad(vectors.length, 3)}`, `korean-numbers/${category}`, { category }));
  }
  return { vector, vectors };
}

/**
 * A 13-digit registration number whose birth date cannot exist (29 February of a non-leap year in
 * either century, month 00 or 13+, day 00 or 32+, the 31st of a 30-day month, 30/31 February), with the
 * check digit a real number would have, so only the date is wrong.
 */
export function impossibleBirthDateNumber({ int, pick, digits }) {
  const [front, g] = pick([
    () => [`${pick(['71', '77', '83', '90', '98'])}0229`, String(pick([1, 2, 5, 6]))],
    () => [`${pick(['01', '06', '09', '13', '19'])}0229`, String(pick([3, 4, 7, 8]))],
    () => [`${pad(int(55, 99), 2)}${pick(['00', '13', '15', '18', '20'])}${pad(int(1, 28), 2)}`, String(pick([1, 2, 5, 6]))],
    () => [`${pad(int(55, 99), 2)}${pad(int(1, 12), 2)}${pick(['00', '33', '39', '45'])}`, String(pick([1, 2, 5, 6]))],
    () => [`${pad(int(0, 19), 2)}${pick(['04', '06', '09', '11'])}31`, String(pick([3, 4, 7, 8]))],
    () => [`${pad(int(55, 99), 2)}02${pick(['30', '31'])}`, String(pick([1, 2, 5, 6]))],
  ])();
  const d12 = `${front}${g}${digits(5)}`;
  return `${d12}${krCheck(d12, Number(g) >= 5)}`;
}
