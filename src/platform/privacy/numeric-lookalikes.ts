/**
 * Digit strings that CVs are full of and that are never personal identifiers: periods of
 * employment ("2019-2023", "2019 – 2023"), ISO and dotted dates ("2023-01-15", "2023.01.15"),
 * and dotted versions or IPv4 addresses ("2.10.3", "192.168.0.1"). Recognizers that accept
 * "any long number near a cue" consult this before reporting.
 */
const DATE_OR_PERIOD = /^(?:(?:19|20)\d\d ?[-–—~] ?(?:19|20)\d\d|(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])|(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2]) ?[-–—~] ?(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2]))$/;
const DOTTED_VERSION = /^v?\d{1,4}(?:\.\d{1,4}){2,3}$/;

export function looksLikeDateOrPeriod(s: string): boolean {
  return DATE_OR_PERIOD.test(s) || DOTTED_VERSION.test(s);
}

/** Dates and periods only; for recognizers with their own rule for dotted numbers (555.123.4567). */
export function looksLikeDate(s: string): boolean {
  return DATE_OR_PERIOD.test(s);
}
