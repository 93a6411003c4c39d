// Shared by the labelled-set generators for the sensitive-data detector (scripts/build-pii-eval.mjs,
// scripts/build-national-id-eval.mjs, scripts/build-pii-heldback-w10.mjs): a text built piece by
// piece with gold spans recorded as values are inserted, and the check-digit schemes they need,
// written here independently of src/ so a set never inherits a detector bug.

/** Text under construction: literal pieces, labelled values and decoys, offsets (UTF-16) computed on append. */
export class LabelledText {
  text = '';
  entities = [];
  /** Spans shaped like a Korean registration number that cannot exist (or is not one): never labelled, must not be reported. */
  decoys = [];
  add(s) {
    this.text += s;
    return this;
  }
  entity(type, value) {
    this.entities.push({ type, start: this.text.length, end: this.text.length + value.length });
    this.text += value;
    return this;
  }
  /** Appends `value`; the decoy span is `length` units from `from` inside it (the whole value by default). */
  decoy(value, from = 0, length = value.length) {
    this.decoys.push({ start: this.text.length + from, end: this.text.length + from + length });
    this.text += value;
    return this;
  }
  /** The finished text as a labelled case of a held-back set (`extra` such as a vector's category goes after `source`). */
  asCase(id, source, extra = {}) {
    return { id, source, ...extra, text: this.text, entities: this.entities, ...(this.decoys.length ? { impossibleResidentNumbers: this.decoys } : {}) };
  }
}

/** `partial` followed by its Luhn check digit (cards, Canadian SIN). */
export function luhnComplete(partial) {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let d = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return partial + String((10 - (sum % 10)) % 10);
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]; // prettier-ignore
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]; // prettier-ignore

/** Whether a digit string passes the Verhoeff check (Aadhaar). */
export function verhoeffValid(n) {
  let c = 0;
  for (let i = 0; i < n.length; i++) c = VERHOEFF_D[c][VERHOEFF_P[i % 8][Number(n[n.length - 1 - i])]];
  return c === 0;
}

/** A shuffled copy of `items` (Fisher–Yates), drawing from the caller's seeded `int(min, max)`. */
export function shuffled(items, int) {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = int(0, i);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
