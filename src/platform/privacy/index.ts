export { detectSensitive } from './sensitive-detector.js';
export { PLACEHOLDER_LABELS, placeholderFor, pseudonymize, redact, type PlaceholderLabel, type Pseudonymized } from './placeholders.js';
export { SENSITIVE_TYPES, type DetectOptions, type SensitiveFinding, type SensitiveType } from './sensitive-types.js';
export { luhnValid } from './luhn.js';
export { ibanChecksumValid, mod97 } from './mod97.js';
export { analyzeKoreanRegistrationNumber } from './korean-registration-number.js';
export { isValidSsn } from './us-ssn.js';
