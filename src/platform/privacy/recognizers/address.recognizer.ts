import type { Candidate } from '../sensitive-types.js';
import { clampConfidence, type Recognizer } from './recognizer.js';

/**
 * US-style street line: house number, optional direction, one to four capitalised name words (or
 * an ordinal like "5th"), and a street-type suffix — then optionally unit, city, state and ZIP.
 * Every repeat is bounded and every word starts with a distinct class from its separator, so the
 * regex has a single way to match a given string and runs in linear time.
 */
const STREET_SUFFIX =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq|Trail|Trl|Alley|Plaza';
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
    String.raw`(?:[가-힣A-Za-z0-9]{1,15}(?:로|길)[ \t]*\d{1,5}(?:-\d{1,5})?|[가-힣]{1,8}[동읍면리가][ \t]+\d{1,5}(?:-\d{1,5}|[ \t]*번지))` +
    String.raw`(?![0-9]|[년개월명회건차위살세%])` +
    String.raw`(?<detail>,?[ \t]*(?:\d{1,4}동[ \t]*)?\d{1,5}호|,?[ \t]*\d{1,3}층)?`,
  'g',
);

export const recognizeAddresses: Recognizer = ({ text, context }) => {
  const found: Candidate[] = [];
  for (const m of text.matchAll(US_STREET_ADDRESS)) {
    const start = m.index;
    const end = start + m[0].length;
    const hasTail = m.groups?.['city'] !== undefined || m.groups?.['unit'] !== undefined;
    const cued = context.has('address', start, end);
    found.push({ type: 'ADDRESS', start, end, confidence: clampConfidence((hasTail ? 0.85 : 0.7) + (cued ? 0.1 : 0)) });
  }
  for (const m of text.matchAll(KOREAN_ADDRESS)) {
    const start = m.index;
    const end = start + m[0].length;
    const cued = context.has('address', start, end);
    const hasRegion = m.groups?.['region'] !== undefined;
    found.push({ type: 'ADDRESS', start, end, confidence: clampConfidence((hasRegion ? 0.85 : 0.7) + (cued ? 0.1 : 0)) });
  }
  return found;
};
