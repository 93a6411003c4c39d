import { looksLikeDateOrPeriod } from '../numeric-lookalikes.js';
import type { Candidate } from '../sensitive-types.js';
import { clampConfidence, digitsOf, type Recognizer } from './recognizer.js';

/**
 * Passport and driver's-licence numbers have no universal format or checksum — "A1234567" could
 * be a SKU — so they are reported ONLY with a cue nearby ("passport", "여권", "driver's license",
 * "DL#", "운전면허"). One candidate regex covers the common layouts:
 *   - Korean passport: M123A4567 (2020+) or M12345678 (letter + 8 digits)
 *   - letter(s) + digits: A12345678, H12234567, D1234-5678-9012
 *   - plain digit runs (US passport 9 digits, many licences 7–14)
 *   - Korean licence: region-year-serial-check, 11-22-123456-12
 */
const DOCUMENT_CANDIDATE =
  /(?<![A-Za-z0-9-])(?:[A-Za-z]\d{3}[A-Za-z]\d{4}|[A-Za-z]{1,2}\d{5,14}|[A-Za-z]?\d{2,6}(?:-\d{2,6}){1,3}|\d\d \d\d \d{6} \d\d|\d{7,14})(?![A-Za-z0-9]|-\d)/g;

const KOREAN_LICENCE = /^(\d{2})[- ]?\d{2}[- ]?\d{6}[- ]?\d{2}$/;
/** Licence-issuing regions (11 Seoul … 28 Jeju). */
const KOREAN_LICENCE_REGION_MIN = 11;
const KOREAN_LICENCE_REGION_MAX = 28;
const KOREAN_PASSPORT = /^[MSRODG]\d{3}[A-Z]\d{4}$|^[MSRODG]\d{8}$/i;

export const recognizeIdentityDocuments: Recognizer = ({ text, context }) => {
  const found: Candidate[] = [];
  // Cue-gated: without a single passport/licence cue in the text there is nothing to scan for.
  if (context.occurrences('passport').starts.length === 0 && context.occurrences('driverLicense').starts.length === 0) return found;
  for (const m of text.matchAll(DOCUMENT_CANDIDATE)) {
    const raw = m[0];
    const digitCount = digitsOf(raw).length;
    if (digitCount < 6 || digitCount > 14 || looksLikeDateOrPeriod(raw)) continue;
    const start = m.index;
    const end = start + raw.length;
    const passportDistance = context.distance('passport', start, end);
    const licenceDistance = context.distance('driverLicense', start, end);
    if (passportDistance === Infinity && licenceDistance === Infinity) continue;

    if (passportDistance <= licenceDistance) {
      // Passport numbers are compact: no internal separators.
      if (/[- ]/.test(raw) || raw.length < 7 || raw.length > 10) continue;
      found.push({ type: 'PASSPORT', start, end, confidence: clampConfidence(KOREAN_PASSPORT.test(raw) ? 0.85 : 0.75) });
      continue;
    }
    const korean = KOREAN_LICENCE.exec(raw);
    if (korean) {
      const region = Number(korean[1]);
      if (region < KOREAN_LICENCE_REGION_MIN || region > KOREAN_LICENCE_REGION_MAX) continue;
    }
    found.push({ type: 'DRIVER_LICENSE', start, end, confidence: clampConfidence(korean ? 0.85 : 0.75) });
  }
  return found;
};
