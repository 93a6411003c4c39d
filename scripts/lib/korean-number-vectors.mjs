// The Korean number vectors of a held-back sensitive-data set (korean-numbers.json): one number per
// sentence, framed by a cue naming its kind, a neutral lead-in or nothing; the decoy maker whose birth
// date cannot exist; and (since wave 15) the writer of all fourteen categories. First used by
// scripts/build-pii-heldback-w14.mjs; the older builders keep their own copies, their sets being
// frozen. Everything draws from the caller's seeded stream.
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

/**
 * Writes the fourteen categories of Korean number vectors (KOREAN_VECTOR_CATEGORIES in
 * test/helpers/heldback-pii-set.ts), 250 sentences, through `vector` (from koreanVectorWriter): 25 each of
 * resident and foreigner numbers with a check digit and of impossible birth dates; 20 each of numbers
 * born since October 2020, of possible numbers inside a longer digit run (one to six digits before, up to
 * five after) and of possible numbers joined by '+' (`YYMMDD+NNNNNNN`, `digits+number`, `number+digits`);
 * 15 each of impossible 7th digits, birth dates in 2027–2029, passports, licences and accounts; 10 each
 * of business registration numbers and military or student numbers (plain negatives). First used by
 * scripts/build-pii-heldback-w15.mjs (the wave 13 and 14 builders keep their own loops, their sets being
 * frozen). `makers` are the caller's value makers, bound to the same seeded `stream`; `written` lays out
 * a 13-digit number as people type it.
 */
export function writeKoreanNumberVectors(vector, { int, pick, chance, digits }, makers, { residentsFrom = [1945, 1], foreignersFrom = [1948, 1], lastBirth = [2026, 11] } = {}) {
  const { written, bornBetween, registration, impossibleRegistration, businessRegistrationNumber, passport, driverLicence, bankAccount } = makers;
  for (let i = 0; i < 25; i++) {
    vector('rrn-with-check-digit', written(bornBetween('KR_RRN', residentsFrom, [2020, 9])), { type: 'KR_RRN' });
    vector('frn-with-check-digit', written(bornBetween('KR_FRN', foreignersFrom, [2020, 9])), { type: 'KR_FRN' });
    vector('impossible-birth-date', written(impossibleBirthDateNumber({ int, pick, digits })), { decoy: true });
  }
  for (let i = 0; i < 20; i++) {
    vector('rrn-since-2020-10', written(bornBetween('KR_RRN', [2020, 10], lastBirth)), { type: 'KR_RRN' });
    vector('frn-since-2020-10', written(bornBetween('KR_FRN', [2020, 10], lastBirth)), { type: 'KR_FRN' });
    const real = registration(chance(0.55) ? 'KR_RRN' : 'KR_FRN');
    const before = digits(int(1, 6));
    const after = digits(int(0, 5));
    vector('inside-a-longer-digit-run', `${before}${real}${after}`, { decoy: true, from: before.length, length: 13 });
    const form = int(0, 2);
    if (form === 0) vector('joined-by-plus', `${real.slice(0, 6)}+${real.slice(6)}`, { decoy: true });
    else {
      const joined = form === 1 ? `${digits(int(1, 6))}+${real}` : `${real}+${digits(int(1, 6))}`;
      vector('joined-by-plus', joined, { decoy: true, from: form === 2 ? 0 : joined.length - 13, length: 13 });
    }
  }
  for (let i = 0; i < 15; i++) {
    vector('impossible-7th-digit', written(`${pad(int(40, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${pick(['0', '9'])}${digits(6)}`), { decoy: true });
    vector('birth-date-in-the-future', written(impossibleRegistration('future')), { decoy: true });
    vector('passport', passport(), { type: 'PASSPORT' });
    vector('driver-licence', driverLicence(), { type: 'DRIVER_LICENSE' });
    vector('bank-account', bankAccount(), { type: 'BANK_ACCOUNT' });
  }
  for (let i = 0; i < 10; i++) {
    vector('business-registration-number', businessRegistrationNumber(), { frames: 'business' });
    vector('military-or-student-number', pick([`${int(13, 25)}-${digits(8)}`, `${int(2014, 2026)}${digits(5)}`, `${digits(3)}-${digits(5)}`, `${int(13, 25)}-${digits(5)}-${digits(3)}`]), { frames: 'military' });
  }
}
