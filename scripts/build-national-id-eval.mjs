// Builds test/fixtures/pii/national-ids-tune.json and national-ids-test.json: a fresh labelled set
// for numeric national identity numbers, written BEFORE the detector's context-free rules for them.
//
//   node scripts/build-national-id-eval.mjs
//
// Résumé, cover-letter and job-message sentences in Korean and English. Positives: Korean resident
// and foreigner registration numbers and the five purely numeric ids the detector supports (CA SIN,
// NL BSN, DE Steuer-ID, IN Aadhaar, JP My Number) in the layouts people type, at the start, middle
// or end of a sentence, next to their name in half of the sentences and with no name in the other.
// Hard negatives: phones, bank accounts, dates, postcodes, amounts, order/ticket/invoice numbers
// (random digits: some pass a check by chance, as real ones do), business registration numbers,
// and lookalikes in an id's layout whose check digit or birth date is wrong.
//
// The check digits are computed here from the published schemes, independently of src/ (so a bug
// in the detector's validators cannot hide in its own test data).
//
// Split fixed here, before any tuning: sentences are generated in pairs from the same template with
// different values; the first of each pair is TUNING, the second TEST. The test file's SHA-256 is
// pinned in test/unit/sensitive/national-ids-held-out.spec.ts.
import { writeFileSync } from 'node:fs';
import { LabelledText as Sentence, verhoeffValid } from './lib/labelled-text.mjs';
import { seededRandom } from './lib/seeded-random.mjs';

const SEED = 0x5eed_2611;
const PAIRS = 250;

const { int, pick, chance, digits } = seededRandom(SEED);
const pad = (n, w) => String(n).padStart(w, '0');

// ---------------------------------------------------------------- check digits (independent)
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function rrnCheck(d12, foreigner) {
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let s = 0;
  for (let i = 0; i < 12; i++) s += Number(d12[i]) * w[i];
  return ((foreigner ? 13 : 11) - (s % 11)) % 10;
}
/** YYMMDD + G + 6 digits; born before Oct 2020 → valid legacy check digit, later → random tail. */
function koreanRegistration(foreigner, { validCheck = true, late = false } = {}) {
  const year = late ? int(2021, 2024) : int(1950, 2012);
  const month = int(1, 12);
  const day = int(1, daysIn(year, month));
  const g = (year >= 2000 ? (foreigner ? [7, 8] : [3, 4]) : foreigner ? [5, 6] : [1, 2])[int(0, 1)];
  const d12 = `${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}${g}${digits(5)}`;
  if (late) return d12 + digits(1);
  const check = rrnCheck(d12, foreigner);
  return d12 + (validCheck ? check : (check + int(1, 9)) % 10);
}
/** Shaped like an RRN but cannot exist: month 13+, day 32+, Feb 30, or gender digit 0/9. */
function impossibleRegistration() {
  const kind = int(0, 3);
  const yy = pad(int(50, 99), 2);
  if (kind === 0) return `${yy}${int(13, 19)}${pad(int(1, 28), 2)}${int(1, 2)}${digits(6)}`;
  if (kind === 1) return `${yy}${pad(int(1, 12), 2)}${int(32, 39)}${int(1, 2)}${digits(6)}`;
  if (kind === 2) return `${yy}0230${int(1, 2)}${digits(6)}`;
  return `${yy}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${pick([0, 9])}${digits(6)}`;
}

function luhnCheck(body) {
  let s = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    s += d;
  }
  return (10 - (s % 10)) % 10;
}
const sin = (valid = true) => {
  const body = `${pick([1, 2, 3, 4, 5, 6, 7, 9])}${digits(7)}`;
  const c = luhnCheck(body);
  return body + (valid ? c : (c + int(1, 9)) % 10);
};
function bsn(valid = true) {
  for (;;) {
    const body = `${int(1, 6)}${digits(7)}`;
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(body[i]) * (9 - i);
    const c = s % 11; // s − c ≡ 0 (mod 11)
    if (c === 10) continue;
    return body + (valid ? c : (c + int(1, 9)) % 10);
  }
}
function deTaxId(valid = true) {
  // Ten digits, one of them twice (the others once, one digit missing), no leading zero.
  const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const missing = pool.splice(int(0, 9), 1)[0];
  void missing;
  pool.push(pool[int(0, 8)]);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = int(0, i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  if (pool[0] === 0) [pool[0], pool[1]] = [pool[1], pool[0]];
  const body = pool.join('');
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(body[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const c = 11 - product === 10 ? 0 : 11 - product;
  return body + (valid ? c : (c + int(1, 9)) % 10);
}
function aadhaar(valid = true) {
  const body = `${int(2, 9)}${digits(10)}`;
  const good = [...'0123456789'].find((d) => verhoeffValid(body + d));
  return body + (valid ? good : String((Number(good) + int(1, 9)) % 10));
}
function myNumber(valid = true) {
  const body = digits(11);
  let s = 0;
  for (let n = 1; n <= 11; n++) s += Number(body[11 - n]) * (n <= 6 ? n + 1 : n - 5);
  const r = s % 11;
  const c = r <= 1 ? 0 : 11 - r;
  return body + (valid ? c : (c + int(1, 9)) % 10);
}

// ---------------------------------------------------------------- layouts people type
const group = (d, sizes, sep) => {
  const parts = [];
  let i = 0;
  for (const n of sizes) parts.push(d.slice(i, (i += n)));
  return parts.join(sep);
};
const LAYOUT = {
  KR: (d) => pick([`${d.slice(0, 6)}-${d.slice(6)}`, `${d.slice(0, 6)}-${d.slice(6)}`, d, `${d.slice(0, 6)} ${d.slice(6)}`, `${d.slice(0, 6)}–${d.slice(6)}`, `${d.slice(0, 6)} - ${d.slice(6)}`]),
  CA_SIN: (d) => pick([group(d, [3, 3, 3], ' '), group(d, [3, 3, 3], '-'), d]),
  NL_BSN: (d) => pick([group(d, [4, 2, 3], '.'), d, group(d, [3, 3, 3], ' ')]),
  DE_TAX_ID: (d) => pick([group(d, [2, 3, 3, 3], ' '), d, group(d, [3, 3, 3, 2], ' ')]),
  IN_AADHAAR: (d) => pick([group(d, [4, 4, 4], ' '), group(d, [4, 4, 4], '-'), d]),
  JP_MY_NUMBER: (d) => pick([group(d, [4, 4, 4], ' '), group(d, [4, 4, 4], '-'), d]),
};

const CUE = {
  KR_RRN: { ko: ['주민등록번호', '주민번호', '주민등록번호:'], en: ['RRN', 'Resident registration number:', 'Korean resident registration no.'] },
  KR_FRN: { ko: ['외국인등록번호', '외국인등록번호:'], en: ['Alien registration number', 'ARC number:', 'Foreigner registration no.'] },
  CA_SIN: { ko: ['캐나다 SIN'], en: ['SIN', 'SIN:', 'Social Insurance Number'] },
  NL_BSN: { ko: ['네덜란드 BSN'], en: ['BSN', 'BSN:', 'burgerservicenummer'] },
  DE_TAX_ID: { ko: ['독일 Steuer-ID'], en: ['Steuer-ID', 'Steuer-ID:', 'German tax ID', 'IdNr.'] },
  IN_AADHAAR: { ko: ['Aadhaar 번호'], en: ['Aadhaar', 'Aadhaar no.', 'UID:'] },
  JP_MY_NUMBER: { ko: ['마이넘버'], en: ['My Number', 'My Number:', 'Individual Number'] },
};

const KO_NAMES = ['김민준', '이서연', '박지호', '최유진', '정하은', '강도윤', '조수아', '윤시우', '장예린', '임재현'];
const EN_NAMES = ['Jane Park', 'Daniel Kim', 'Priya Nair', 'Lucas de Vries', 'Sophie Tremblay', 'Kenji Sato', 'Anna Schmidt', 'Marcus Lee', 'Emily Chen', 'Rahul Mehta'];
const COMPANIES = ['Toss Commerce', '네이버', '카카오페이', 'Coupang', 'Shopify', 'Booking.com', 'SAP', 'Infosys', 'Rakuten', '라인플러스'];
const CITIES = ['서울', '부산', 'Toronto', 'Amsterdam', 'Berlin', 'Bengaluru', 'Tokyo', '성남', 'Vancouver', 'Munich'];
const krMobile = () => pick([`010-${int(2, 9)}${digits(3)}-${digits(4)}`, `010${int(2, 9)}${digits(7)}`, `010 ${int(2, 9)}${digits(3)} ${digits(4)}`, `+82 10-${int(2, 9)}${digits(3)}-${digits(4)}`]);
const usPhone = () => pick([`(${int(2, 9)}${digits(2)}) ${int(2, 9)}${digits(2)}-${digits(4)}`, `+1 ${int(2, 9)}${digits(2)}-${int(2, 9)}${digits(2)}-${digits(4)}`]);

// ---------------------------------------------------------------- positives
const ID_TYPES = ['KR_RRN', 'KR_FRN', 'CA_SIN', 'NL_BSN', 'DE_TAX_ID', 'IN_AADHAAR', 'JP_MY_NUMBER'];
function idValue(type) {
  switch (type) {
    case 'KR_RRN':
      return LAYOUT.KR(koreanRegistration(false, { late: chance(0.15) }));
    case 'KR_FRN':
      return LAYOUT.KR(koreanRegistration(true, { late: chance(0.15) }));
    case 'CA_SIN':
      return LAYOUT.CA_SIN(sin());
    case 'NL_BSN':
      return LAYOUT.NL_BSN(bsn());
    case 'DE_TAX_ID':
      return LAYOUT.DE_TAX_ID(deTaxId());
    case 'IN_AADHAAR':
      return LAYOUT.IN_AADHAAR(aadhaar());
    default:
      return LAYOUT.JP_MY_NUMBER(myNumber());
  }
}

/** Templates: (sentence, id type, id value, cue or null, language) → fills the sentence. */
const POSITIVE_TEMPLATES = [
  // Korean, cue before
  (s, t, v, cue) => s.add(`${pick(KO_NAMES)} / ${cue} `).entity(t, v).add(` / ${pick(CITIES)} 거주`),
  (s, t, v, cue) => s.add(`인사팀 요청으로 ${cue} `).entity(t, v).add(' 보내드립니다. 확인 부탁드립니다.'),
  (s, t, v, cue) => s.add(`[인적사항] 성명: ${pick(KO_NAMES)}, ${cue}: `).entity(t, v).add(', 연락처: ').entity('PHONE', krMobile()),
  // Korean, no cue
  (s, t, v) => s.add(`${pick(KO_NAMES)} (`).entity(t, v).add(`) — ${pick(COMPANIES)} 지원합니다.`),
  (s, t, v) => s.add('입사 서류 관련해서 ').entity(t, v).add(' 이 번호로 등록해 주세요.'),
  (s, t, v) => s.entity(t, v).add(` 로 조회하시면 됩니다. 문의는 `).entity('PHONE', krMobile()).add('로 주세요.'),
  (s, t, v) => s.add(`안녕하세요, ${pick(KO_NAMES)}입니다. 요청하신 번호는 `).entity(t, v).add(' 입니다.'),
  // English, cue
  (s, t, v, cue) => s.add(`${pick(EN_NAMES)} — ${cue} `).entity(t, v).add(` — ${pick(CITIES)}`),
  (s, t, v, cue) => s.add(`For payroll at ${pick(COMPANIES)}, my ${cue} is `).entity(t, v).add('.'),
  (s, t, v, cue) => s.add(`${cue} `).entity(t, v).add(`; phone `).entity('PHONE', usPhone()).add('.'),
  // English, no cue
  (s, t, v) => s.add(`${pick(EN_NAMES)} | `).entity(t, v).add(` | ${pick(CITIES)} | open to relocation`),
  (s, t, v) => s.add('As requested for the background check: ').entity(t, v).add('. Let me know if you need anything else.'),
  (s, t, v) => s.add(`Hi, here is the number you asked for, `).entity(t, v).add(`, and my start date is ${pick(['March 4', 'next Monday', '1 June'])}.`),
  (s, t, v) => s.entity(t, v).add(` (please keep this confidential) — ${pick(EN_NAMES)}`),
];
const CUED_TEMPLATES = new Set([0, 1, 2, 7, 8, 9]);

// ---------------------------------------------------------------- hard negatives
const NEGATIVE_TEMPLATES = [
  () => new Sentence().add(`주문번호 ${digits(13)} 건 배송이 시작되었습니다.`),
  () => new Sentence().add(`Order #${digits(9)} shipped on 2024-0${int(1, 9)}-1${int(0, 9)}; tracking number ${group(digits(12), [4, 4, 4], ' ')}.`),
  () => new Sentence().add(`Invoice ${digits(11)} for $${int(1, 99)},${digits(3)}.00 is due on ${int(1, 28)} ${pick(['March', 'April', 'May'])}.`),
  () => new Sentence().add(`Ticket ${group(digits(9), [3, 3, 3], '-')} was closed by the support team.`),
  () => new Sentence().add(`사업자등록번호 ${digits(3)}-${digits(2)}-${digits(5)} (${pick(COMPANIES)})`),
  () => new Sentence().add('연락처: ').entity('PHONE', krMobile()).add(`, 희망 연봉 ${int(35, 90)},000,000원`),
  () => new Sentence().add('Call me on ').entity('PHONE', usPhone()).add(` after ${int(2, 6)} pm.`),
  () => new Sentence().add(`근무 기간 ${int(2010, 2019)}.0${int(1, 9)}.${int(10, 28)} ~ ${int(2020, 2024)}.${int(10, 12)}.${int(10, 28)}, ${pick(COMPANIES)} 백엔드 개발`),
  () => new Sentence().add(`Employed ${int(2012, 2018)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}–${int(2019, 2024)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)} at ${pick(COMPANIES)}.`),
  () => new Sentence().add(`우편번호 ${pad(int(1000, 63999), 5)}, ${pick(['강남구', '분당구', '해운대구'])} 근처 거주`),
  () => new Sentence().add(`Office: ${int(10115, 14199)} Berlin; team of ${int(4, 40)}; budget EUR ${int(100, 900)}.${digits(3)}`),
  () => new Sentence().add('급여 계좌는 ').add(pick(['국민은행', '신한은행', '우리은행'])).add(' ').entity('BANK_ACCOUNT', `${digits(6)}-${digits(2)}-${digits(6)}`).add(' 입니다.'),
  () => new Sentence().add(`Reference ${group(digits(12), [4, 4, 4], '-')} — please quote it when you reply.`),
  () => new Sentence().add(`Build ${digits(10)} passed ${int(1000, 9999)} tests in ${int(2, 59)} minutes.`),
  () => new Sentence().add(`Candidate ID ${digits(9)} moved to the interview stage on ${int(2023, 2025)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}.`),
  () => new Sentence().add(`지원번호 ${digits(11)} — 서류 합격을 축하드립니다.`),
  () => new Sentence().add(`Revenue grew from ₩${int(1, 9)},${digits(3)},${digits(3)},${digits(3)} to ₩${int(10, 99)},${digits(3)},${digits(3)},${digits(3)}.`),
  // Lookalikes whose check fails (or date is impossible): must never be reported.
  () => new Sentence().add(`Ref ${LAYOUT.KR(koreanRegistration(false, { validCheck: false }))} 처리 완료`),
  () => new Sentence().add('접수 번호 ').decoy(LAYOUT.KR(impossibleRegistration())).add(' 로 문의 주세요.'),
  () => {
    const d = impossibleRegistration();
    return new Sentence().add('주민등록번호 ').decoy(`${d.slice(0, 6)}-${d.slice(6)}`).add(' (오타일 수 있음)');
  },
  () => new Sentence().add(`Code ${LAYOUT.CA_SIN(sin(false))} from the onboarding form.`),
  () => new Sentence().add(`Case ${LAYOUT.DE_TAX_ID(deTaxId(false))} is pending review.`),
  () => new Sentence().add(`Voucher ${group(aadhaarAndMyNumberInvalid(), [4, 4, 4], ' ')} expires soon.`),
  () => new Sentence().add(`Member no. ${LAYOUT.NL_BSN(bsn(false))} — welcome aboard!`),
];
/** 12 digits that pass neither Verhoeff (first digit 2–9) nor the My Number check. */
function aadhaarAndMyNumberInvalid() {
  for (;;) {
    const d = myNumber(false);
    if (!verhoeffValid(d)) return d;
  }
}

// ---------------------------------------------------------------- assemble
const tune = [];
const test = [];
const toCase = (s, id, source, split) => ({
  id,
  source,
  split,
  text: s.text,
  entities: s.entities,
  ...(s.decoys.length > 0 ? { impossibleResidentNumbers: s.decoys } : {}),
});
for (let pair = 0; pair < PAIRS; pair++) {
  // 56% positives (one id each), 44% hard negatives.
  const positive = pair % 9 < 5;
  const type = ID_TYPES[pair % ID_TYPES.length];
  const template = positive ? int(0, POSITIVE_TEMPLATES.length - 1) : int(0, NEGATIVE_TEMPLATES.length - 1);
  for (const [half, out] of [['tune', tune], ['test', test]]) {
    let s;
    let source;
    if (positive) {
      const cued = CUED_TEMPLATES.has(template);
      const korean = template < 7;
      const cue = cued ? pick(CUE[type][korean ? 'ko' : 'en']) : null;
      s = new Sentence();
      POSITIVE_TEMPLATES[template](s, type, idValue(type), cue);
      source = `national-id/${type}/${cued ? 'cue' : 'no-cue'}/${korean ? 'ko' : 'en'}/t${template}`;
    } else {
      s = NEGATIVE_TEMPLATES[template]();
      source = `national-id/negative/t${template}`;
    }
    out.push(toCase(s, `nid-${half}-${pad(pair, 3)}`, source, half));
  }
}

const header = (split) => ({
  description:
    `Numeric national ids (KR RRN/FRN, CA SIN, NL BSN, DE Steuer-ID, IN Aadhaar, JP My Number) in résumé and message sentences, with hard negatives — ${split} half. ` +
    'Generated by scripts/build-national-id-eval.mjs before the detector got context-free rules for these ids; split fixed at generation (pairs of sentences from one template: first → tune, second → test).',
  licence: 'Same as the repository (generated; no third-party data).',
});
const dir = new URL('../test/fixtures/pii/', import.meta.url);
writeFileSync(new URL('national-ids-tune.json', dir), `${JSON.stringify({ ...header('tuning'), cases: tune }, null, 1)}\n`);
writeFileSync(new URL('national-ids-test.json', dir), `${JSON.stringify({ ...header('test'), cases: test }, null, 1)}\n`);
console.log(`wrote ${tune.length} tuning and ${test.length} test sentences`);
