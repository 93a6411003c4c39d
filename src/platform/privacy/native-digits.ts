/**
 * Digits of other scripts read as ASCII digits: Arabic-Indic (`٠١٢`, Egypt, the Gulf), Extended
 * Arabic-Indic (`۰۹۱۲`, Iran, Afghanistan, Pakistan), Devanagari (`२०५५`, Nepal, India), Bengali, Thai,
 * full-width (`０３`) and every other decimal-digit block of the Basic Multilingual Plane. People write
 * phones, postcodes, house numbers and dates in them, and every recognizer reads `\d`.
 *
 * The table is Unicode's own: on first use, every BMP code point of general category Nd (`\p{Nd}`) is
 * found; the blocks are runs of ten starting at zero, so a digit's value is its offset in its run.
 * Each folded character is one UTF-16 unit, as its ASCII digit is, so offsets into the folded text
 * are offsets into the original.
 */
/** A decimal digit that is not ASCII: one scan of the text decides whether anything needs folding (almost never in Latin-script text). */
const NATIVE_DIGIT = /[\p{Nd}--[0-9]]/v;

/** Each BMP code point's digit value (-1 for none), built on the first text that holds a native digit, not at start-up. */
let digitValue: Int8Array | undefined;

function digitValues(): Int8Array {
  if (digitValue) return digitValue;
  const values = new Int8Array(0x10000).fill(-1);
  const decimal = /\p{Nd}/u;
  for (let c = 0x80; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (!decimal.test(String.fromCharCode(c))) continue;
    // Each block starts at its zero: ten in a row from here.
    let n = 0;
    while (n < 10 && decimal.test(String.fromCharCode(c + n))) values[c + n] = n++;
    c += n - 1;
  }
  return (digitValue = values);
}

/** The text with every BMP decimal digit written as its ASCII digit; the same string when there is none. */
export function withAsciiDigits(text: string): string {
  if (!NATIVE_DIGIT.test(text)) return text;
  const values = digitValues();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const value = values[c]!;
    if (value < 0) continue;
    out += text.slice(from, i) + String.fromCharCode(48 + value);
    from = i + 1;
  }
  return out + text.slice(from);
}
