import type { Candidate } from '../sensitive-types.js';
import { addressBlocks } from './address-block.js';
import { recognizeChineseAddresses } from './chinese-address.js';
import { recognizeJapaneseAddresses } from './japanese-address.js';
import { labelledAddresses } from './labelled-address.js';
import { postalTailAddresses } from './postal-tail-address.js';
import { streetWordAddresses } from './street-word-address.js';
import { recognizeThaiAddresses } from './thai-address.js';
import { clampConfidence, type Recognizer } from './recognizer.js';

/**
 * US-style street line: house number, optional direction, one to four capitalised name words (or
 * an ordinal like "5th"), and a street-type suffix — then optionally unit, city, state and ZIP.
 * Every repeat is bounded and every word starts with a distinct class from its separator, so the
 * regex has a single way to match a given string and runs in linear time.
 */
const STREET_SUFFIX = [
  // USPS Publication 28 primary street suffixes (C1), full and common abbreviations, singular and plural.
  'Alley|Aly|Annex|Approach|Arcade|Avenue|Ave|Bayou|Beach|Bend|Bluffs?|Bottom|Boulevard|Blvd|Branch|Bridge|Brook|Brooks|Burgs?|Bypass|Byp',
  'Camp|Canyon|Cape|Causeway|Centers?|Ctr|Circles?|Cir|Cliffs?|Club|Common|Commons|Corners?|Course|Courts?|Ct|Coves?|Creek|Crescent|Cres|Crest|Crossing|Crossroad|Curve',
  'Dale|Dam|Divide|Drives?|Dr|Estates?|Expressway|Expy|Extensions?|Falls?|Ferry|Fields?|Flats?|Fords?|Forest|Forges?|Forks?|Fort|Freeway|Fwy',
  'Gardens?|Gateway|Glens?|Greens?|Groves?|Harbors?|Haven|Heights|Hts|Highway|Hwy|Hills?|Hollow|Inlet|Islands?|Isle|Junctions?|Keys?|Knolls?|Lakes?|Land|Landing|Lane|Ln|Light|Lights|Loaf|Locks?|Lodge|Loop',
  'Mall|Manors?|Meadows?|Mews|Mill|Mills|Mission|Motorway|Mount|Mountains?|Neck|Orchard|Oval|Overpass|Park|Parks|Parkway|Pkwy|Pass|Passage|Path|Pike|Pines?|Place|Pl|Plains?|Plaza|Points?|Ports?|Prairie',
  'Radial|Ranch|Rapids?|Rest|Ridges?|Rise|River|Road|Roads|Rd|Route|Row|Rue|Run|Shoals?|Shores?|Skyway|Springs?|Spurs?|Square|Squares|Sq|Station|Stravenue|Streams?|Street|Streets|St|Summit',
  'Terrace|Ter|Throughway|Trace|Track|Trafficway|Trail|Trl|Trailer|Tunnel|Turnpike|Underpass|Union|Unions|Valleys?|Viaduct|Views?|Villages?|Ville|Vista|Walks?|Wall|Way|Ways|Wells?|Wood|Close|Gate|Hill|Yard',
  // British, Irish, Australian and New Zealand thoroughfares that USPS does not list.
  'Quay|Parade|Esplanade|Wharf',
].join('|');
const US_STREET_ADDRESS = new RegExp(
  String.raw`(?<![A-Za-z0-9-])\d{1,6}[A-Z]?[ \t]+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?[ \t]+)?` +
    String.raw`(?:(?:[A-Z][A-Za-z'-]{0,20}|\d{1,3}(?:st|nd|rd|th))\.?[ \t]+){1,4}(?:${STREET_SUFFIX})\.?(?![A-Za-z])` +
    String.raw`(?<unit>,?[ \t]+(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|#)\.?[ \t]*#?[A-Za-z0-9-]{1,6}(?![A-Za-z0-9]))?` +
    String.raw`(?<city>,[ \t]*[A-Z][A-Za-z]{1,20}(?:[ \t][A-Z][A-Za-z]{1,20}){0,2}(?:,[ \t]*[A-Z]{2}(?![A-Za-z]))?(?:[ \t]+\d{5}(?:-\d{4})?(?!\d))?)?`,
  'g',
);

/** Korean provinces and metropolitan cities, long form first so the alternation takes the full name. */
const KOREAN_REGION =
  '서울특별시|부산광역시|대구광역시|인천광역시|광주광역시|대전광역시|울산광역시|세종특별자치시|경기도|강원특별자치도|강원도|충청북도|충청남도|전북특별자치도|전라북도|전라남도|경상북도|경상남도|제주특별자치도|서울시|서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주';

/**
 * Korean road-name address (도로명주소): [region] 시/군/구 [구] road(로/길) building-number, e.g.
 * "서울특별시 강남구 테헤란로 123", "성남시 분당구 판교역로 235", "강남대로94길 10". Lot-number
 * addresses (지번: "역삼동 123-45") are accepted with their dash or 번지. The building number may
 * not run into a counter word (년, 명, 개 …): "개발자로 5년" is a career, not an address.
 */
const KOREAN_ADDRESS = new RegExp(
  // The leading (?=[가-힣]) changes nothing about what matches (every match starts with a syllable),
  // but lets V8 reject the other positions on one character instead of evaluating the lookbehind
  // first; it halves the cost of this regex.
  String.raw`(?=[가-힣])(?<![가-힣])(?<region>(?:${KOREAN_REGION})[ \t]*)?[가-힣]{1,6}[시군구](?:[ \t]+[가-힣]{1,6}[구군])?[ \t]+` +
    // After a 시/군/구, a lot number needs no dash or 번지 ("송파구 잠실동 1677"); a counter word
    // right after it, even past a space, makes it a count ("역삼동 3 개월").
    String.raw`(?:[가-힣A-Za-z0-9]{1,15}(?:로|길)[ \t]*\d{1,5}(?:-\d{1,5})?|[가-힣]{1,8}[동읍면리가][ \t]+\d{1,5}(?:-\d{1,5}|[ \t]*번지)|[가-힣]{1,8}[동읍면리][ \t]+\d{1,5}(?![ \t]?[년개월명회건차위살세%]))` +
    String.raw`(?![0-9]|[년개월명회건차위살세%])` +
    String.raw`(?<detail>,?[ \t]*(?:\d{1,4}동[ \t]*)?\d{1,5}호|,?[ \t]*\d{1,3}층)?`,
  'g',
);

/**
 * Continental European street lines: street name (words, e.g. "Hallesche Str.", "Auf dem End",
 * "Plaza Cristina Noriega Adame") then the house number ("12a", "s/n"), then a postcode and a city
 * ("06602 Brunsdorf"). With the postcode + city tail, any capitalised street name is accepted;
 * without it, the street must carry a street word (Straße/Str./Weg/Platz…, Rue/Avenue…, Calle…).
 * Words are separated by [ \t] and consist of letters, so every repeat has one way to match.
 */
/**
 * Latin letters (ASCII, Latin-1, Latin Extended-A/B) spelled out instead of \\p{L}: these patterns
 * only read European street names, and without the 'u' flag V8 runs them several times faster.
 * UPPER is lenient in the Extended blocks (upper and lower case interleave there).
 */
const LETTER = 'A-Za-zÀ-ÖØ-öø-ɏ';
const UPPER = 'A-ZÀ-ÖØ-ÞĀ-ɏ';
const NAME_WORD = String.raw`(?:[${UPPER}][${LETTER}'’-]{0,30}(?![${LETTER}'’-])\.?|de|del|la|las|los|el|von|vom|der|dem|den|des|am|an|im|auf|zum|zur|di|du|le|les|van|op|het)`;
const CITY = String.raw`[${UPPER}][${LETTER}'’-]{1,30}(?:[ \t](?:[${UPPER}][${LETTER}'’-]{0,30}|de|del|la|am|an|im|sur|le|les|en|di|aan|upon)){0,4}`;
const HOUSE_NUMBER = String.raw`(?:\d{1,4}[a-z]?(?:[-/]\d{1,4}[a-z]?)?|s/n\.?)(?![${LETTER}0-9])`;
// Both continental patterns are anchored on the house number: the match starts at ",? 12a" (a
// cheap first test at every position) and the street name is matched backwards by a lookbehind
// that captures it (`street`), so capitalised words elsewhere in a CV cost nothing.
const HOUSE_NUMBER_AHEAD = String.raw`(?=,?[ \t](?:\d|s/n))`;
const EUROPEAN_ADDRESS_WITH_POSTCODE = new RegExp(
  // The postcode is checked before the (costlier) backward match of the street name (its first
  // four digits are enough for the check; the full match below takes four or five).
  String.raw`(?=,?[ \t]${HOUSE_NUMBER}(?:,[ \t]\d{1,4}[a-z]?)?(?:[ \t]\d{1,3}[ \t]?(?:étage|stock|piso|hoog))?,?[ \t]{1,2}\d{4})` +
    String.raw`(?<=(?<![${LETTER}0-9])(?<street>[${UPPER}][${LETTER}'’-]{0,30}(?![${LETTER}'’-])\.?(?:[ \t]${NAME_WORD}){0,5}))` +
    String.raw`,?[ \t]${HOUSE_NUMBER}(?:,[ \t]\d{1,4}[a-z]?)?` +
    String.raw`(?:[ \t]\d{1,3}[ \t]?(?:étage|stock|piso|hoog))?,?[ \t]{1,2}\d{4,5}(?:[ \t]?[A-Z]{2})?[ \t]${CITY}`,
  'g',
);
/**
 * A whole capitalised word. The negative lookahead stops the engine from retrying every shorter
 * prefix of the word when what follows fails, which kept these patterns at a few MB/s.
 */
const WORD = String.raw`[${UPPER}][${LETTER}'’-]{0,30}(?![${LETTER}'’-])`;
/** German/Dutch street words, as a compound's tail ("Weiherstr.", "Eichenweg") or a word of their own ("Hallesche Str."). */
const STREET_WORD_TAIL = String.raw`(?<=[Ss]tra(?:ß|ss)e|[Ss]tr\.|[Ww]eg|[Pp]latz|[Aa]llee|[Gg]asse|[Rr]ing|[Dd]amm|[Uu]fer|[Cc]haussee|[Ss]teig|[Pp]fad|[Mm]arkt|[Ss]traat|[Ll]aan|[Pp]lein|[Gg]racht|[Kk]ade|[Dd]ijk|[Ss]ingel)`;
const STREET_WORD_PREFIX = String.raw`(?:Rue|Avenue|Av\.|Boulevard|Bd|Place|Chemin|Allée|Impasse|Quai|Passage|Route|Voie|Cours|Square|Calle|C/|Avenida|Avda\.|Plaza|Paseo|Camino|Carretera|Ronda|Travesía|Glorieta|Pasaje|Urbanización|Rambla|Carrer|Via|Viale|Piazza|Corso|Largo|Am|An der|Auf der|Im|Zum|Zur)(?![${LETTER}'’-])`;
const EUROPEAN_STREET = new RegExp(
  HOUSE_NUMBER_AHEAD +
    String.raw`(?<=(?<![${LETTER}0-9])(?<street>(?:${WORD}[ \t]){0,2}${WORD}\.?${STREET_WORD_TAIL}|${STREET_WORD_PREFIX}(?:[ \t]${NAME_WORD}){1,5}))` +
    String.raw`,?[ \t]${HOUSE_NUMBER}`,
  'g',
);

/** French/Belgian/Italian order: number, street word, name ("12 Rue de la Paix, 75002 Paris", "5 bis Avenue Foch"). */
const NUMBER_FIRST_EUROPEAN_STREET = new RegExp(
  String.raw`(?=\d)(?<![${LETTER}0-9-])\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]${STREET_WORD_PREFIX}(?:[ \t]${NAME_WORD}){1,5}` +
    String.raw`(?:,?[ \t]{1,2}\d{5}[ \t]${CITY})?`,
  'g',
);

/**
 * US/UK line ending in a city and a state + ZIP or a UK postcode: "54980 Hane Spurs, Schusterboro,
 * GA 55346", "3 Antoinette Approach, Long Harvey HA3 5IT". The tail is what makes it an address,
 * so the street words need no known suffix.
 */
const NUMBERED_STREET_WITH_POSTAL_TAIL = new RegExp(
  String.raw`(?=\d)(?<![A-Za-z0-9-])\d{1,6}[A-Z]?(?:[ \t][A-Z][A-Za-z'-]{0,20}\.?){1,4}(?:,?[ \t](?:Apt|Apartment|Suite|Ste|Unit|Flat)\.?[ \t]?#?[A-Za-z0-9-]{1,6})?,[ \t]` +
    String.raw`[A-Z][A-Za-z'-]{1,25}(?:[ \t][A-Z][A-Za-z'-]{1,25}){0,3}(?:,[ \t]?[A-Z]{2}[ \t]\d{5}(?:-\d{4})?|[ \t][A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2})(?![A-Za-z0-9])`,
  'g',
);

/** Korean lot-number address without a city: "역삼동 123-45", "구로동 559-55번지". */
// Anchored on the number (rare in Korean prose) with the 동/리/가 name matched backwards.
const KOREAN_LOT_ADDRESS = /(?=[ \t]?\d)(?<=(?<![가-힣])(?<street>[가-힣]{1,5}[동리가]))[ \t]?\d{1,5}(?:-\d{1,5}(?:[ \t]?번지)?|[ \t]?번지)(?![0-9-])/g;

export const recognizeAddresses: Recognizer = ({ text, context }) => {
  const found: Candidate[] = [];
  for (const m of text.matchAll(US_STREET_ADDRESS)) {
    const start = m.index;
    const end = start + m[0].length;
    const hasTail = m.groups?.['city'] !== undefined || m.groups?.['unit'] !== undefined;
    const cued = context.has('address', start, end);
    found.push({ type: 'ADDRESS', start, end, confidence: clampConfidence((hasTail ? 0.85 : 0.7) + (cued ? 0.1 : 0)) });
  }
  const addAll = (pattern: RegExp, confidence: number): void => {
    for (const m of text.matchAll(pattern)) {
      // Number-anchored patterns start at the house number; their street name ends right there.
      const start = m.index - (m.groups?.['street']?.length ?? 0);
      const end = m.index + m[0].length;
      found.push({ type: 'ADDRESS', start, end, confidence: clampConfidence(confidence + (context.has('address', start, end) ? 0.1 : 0)) });
    }
  };
  // A postal tail is the strongest evidence: these win over a shorter street-only reading.
  for (const candidate of postalTailAddresses({ text, context } as Parameters<Recognizer>[0])) found.push(candidate);
  for (const candidate of streetWordAddresses({ text, context } as Parameters<Recognizer>[0])) found.push(candidate);
  addAll(NUMBERED_STREET_WITH_POSTAL_TAIL, 0.9);
  addAll(EUROPEAN_ADDRESS_WITH_POSTCODE, 0.85);
  addAll(NUMBER_FIRST_EUROPEAN_STREET, 0.8);
  addAll(EUROPEAN_STREET, 0.7);
  addAll(KOREAN_LOT_ADDRESS, 0.7);
  for (const candidate of recognizeJapaneseAddresses({ text, context })) found.push(candidate);
  for (const candidate of recognizeChineseAddresses({ text, context })) found.push(candidate);
  for (const candidate of recognizeThaiAddresses({ text, context })) found.push(candidate);
  for (const candidate of labelledAddresses({ text, context })) found.push(candidate);
  for (const candidate of addressBlocks({ text })) found.push(candidate);
  for (const m of text.matchAll(KOREAN_ADDRESS)) {
    const start = m.index;
    const end = start + m[0].length;
    const cued = context.has('address', start, end);
    const hasRegion = m.groups?.['region'] !== undefined;
    found.push({ type: 'ADDRESS', start, end, confidence: clampConfidence((hasRegion ? 0.85 : 0.7) + (cued ? 0.1 : 0)) });
  }
  return found;
};
