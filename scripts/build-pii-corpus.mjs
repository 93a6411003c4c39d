#!/usr/bin/env node
// Builds test/fixtures/pii/corpus.json, the labelled corpus the sensitive-data detector is measured
// on (test/unit/sensitive/corpus.spec.ts, bench/sensitive.bench.ts).
//
//   node scripts/build-pii-corpus.mjs [path/to/shared/data/pii]
//
// Inputs (third-party test vectors, see test/fixtures/pii/SOURCE.md for licences):
//   presidio-test-vectors, validatorjs-test-vectors, libphonenumber-examples
// plus the hand-written resume-like sentences below. The output is committed; the app and the
// tests never read the shared data directory at run time.
//
// Labels are OUR detector's contract, not the upstream library's: where an upstream vector
// expects a finding that our policy deliberately does not make (e.g. a passport number with no
// "passport" cue nearby), the vector is left out and counted under `excluded` with the reason.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = resolve(process.argv[2] ?? join(repoRoot, '..', 'shared', 'data', 'pii'));
const outFile = join(repoRoot, 'test', 'fixtures', 'pii', 'corpus.json');

const cases = [];
const excluded = {};
function exclude(reason) {
  excluded[reason] = (excluded[reason] ?? 0) + 1;
}
function add(source, text, entities) {
  cases.push({ id: `${source}#${cases.length}`, source, text, entities });
}
/** The whole text is one entity. */
function whole(type, text) {
  return [{ type, start: 0, end: text.length }];
}
/**
 * Markup for hand-written sentences: `{{TYPE|value}}` marks an entity. Offsets are computed on the
 * unmarked string in UTF-16 code units, like the detector's.
 */
function marked(source, markup) {
  let text = '';
  const entities = [];
  const re = /\{\{([A-Z_]+)\|(.*?)\}\}/g;
  let last = 0;
  for (const m of markup.matchAll(re)) {
    text += markup.slice(last, m.index);
    entities.push({ type: m[1], start: text.length, end: text.length + m[2].length });
    text += m[2];
    last = m.index + m[0].length;
  }
  text += markup.slice(last);
  add(source, text, entities);
}

// ---------------------------------------------------------------- presidio (MIT)
const presidio = JSON.parse(readFileSync(join(sharedDir, 'presidio-test-vectors', 'presidio_recognizer_test_vectors.json'), 'utf8'));
const presidioCases = (file) => presidio[file].groups.flatMap((g) => g.cases.map((c) => ({ ...c, group: g.test_function })));
// An empty expected_position ([]) means no match: it must not become a span without offsets.
const spansOf = (c) => (c.expected_positions ?? c.expected_res ?? (c.expected_position ? [c.expected_position] : [])).filter((s) => s.length === 2);
function fromPresidio(file, type, keep = () => true) {
  for (const c of presidioCases(file)) {
    const text = c.text ?? c.iban;
    if (typeof text !== 'string' || text === '') continue;
    const verdict = keep(c, text);
    if (verdict !== true) {
      exclude(`presidio ${type}: ${verdict}`);
      continue;
    }
    add(`presidio/${type}`, text, spansOf(c).map(([start, end]) => ({ type, start, end })));
  }
}

fromPresidio('test_credit_card_recognizer.py', 'CREDIT_CARD', (c, t) =>
  t === '122000000000003' ? 'UATP card without a card cue (policy: needs context)' : true);
fromPresidio('test_email_recognizer.py', 'EMAIL');
fromPresidio('test_iban_recognizer.py', 'IBAN', (c, t) => {
  // This IBAN negative is a real business listing: it contains a US street address and phone.
  if (t.startsWith("Dalla's Pizza")) {
    const address = '3843 Peartree Road, Bamblee, SD 20241';
    const phone = '440-600-5124';
    add('presidio/IBAN-relabelled', t, [
      { type: 'ADDRESS', start: t.indexOf(address), end: t.indexOf(address) + address.length },
      { type: 'PHONE', start: t.indexOf(phone), end: t.indexOf(phone) + phone.length },
    ]);
    return 'relabelled: contains an address and a phone (added separately)';
  }
  return true;
});
const noCue = /rrn|frn|passport|여권|license|licence|ssn|social|travel document/i;
for (const [file, type, otherKind] of [
  ['test_kr_rrn_recognizer.py', 'KR_RRN', /^\d{6}-?[5-8]/],
  ['test_kr_frn_recognizer.py', 'KR_FRN', /^\d{6}-?[12349 0]/],
]) {
  fromPresidio(file, type, (c, t) => {
    const low = (c.expected_score_ranges?.[0]?.[1] ?? 1) < 0.9;
    if (c.expected_len > 0 && low && !noCue.test(t)) return 'checksum-less number without a cue (policy: needs context)';
    if (c.expected_len === 0 && otherKind.test(t)) return 'negative that is shaped like the other registration kind';
    return true;
  });
}
// The checksum-less numbers dropped above ARE accepted with a cue: add them that way.
for (const [t, type] of [['960121-1234567', 'KR_RRN'], ['000505-3637892', 'KR_RRN'], ['911124-5678901', 'KR_FRN'], ['000505-7637892', 'KR_FRN']]) {
  const cue = type === 'KR_RRN' ? '주민등록번호: ' : '외국인등록번호 ';
  marked('presidio+cue/' + type, `${cue}{{${type}|${t}}}`);
}
const cuedOnly = (c, t) => (c.expected_len > 0 && !noCue.test(t) ? 'no cue word (policy: needs context)' : true);
fromPresidio('test_kr_passport_recognizer.py', 'PASSPORT', cuedOnly);
fromPresidio('test_us_passport_recognizer.py', 'PASSPORT', cuedOnly);
fromPresidio('test_kr_driver_license_recognizer.py', 'DRIVER_LICENSE', cuedOnly);
fromPresidio('test_us_driver_license_recognizer.py', 'DRIVER_LICENSE', cuedOnly);
fromPresidio('test_us_bank_recognizer.py', 'BANK_ACCOUNT', (c) => (c.expected_len > 0 ? 'no account cue (policy: needs context)' : true));
fromPresidio('test_us_ssn_recognizer.py', 'US_SSN', (c) =>
  c.expected_len > 0 && (c.expected_score_ranges?.[0]?.[1] ?? 1) < 0.5 ? 'unformatted SSN without a cue (policy: needs context)' : true);
// National ids of other countries the detector now covers (they were hard negatives before it did).
// Where presidio reports a weak match that our policy rejects, the vector is excluded with the reason.
const lowerCaseId = (c, t) => (c.expected_len > 0 && /^[a-z0-9 -]+$/.test(t) && /[a-z]/.test(t) ? 'lower-case id (policy: upper case, as issued)' : true);
fromPresidio('test_uk_nino_recognizer.py', 'UK_NINO', lowerCaseId);
fromPresidio('test_in_pan_recognizer.py', 'IN_PAN', (c, t) =>
  c.expected_len !== 0 && !/[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]/.test(t) ? 'not a PAN layout (the 4th letter must name a holder kind)' : true);
fromPresidio('test_es_nif_recognizer.py', 'ES_DNI', (c, t) =>
  c.expected_len > 0 && /^\d{7}-?[A-Z]$/.test(t) ? 'seven-digit DNI without its leading zero (policy: 8 digits as printed)' : lowerCaseId(c, t));
fromPresidio('test_it_fiscal_code_recognizer.py', 'IT_FISCAL_CODE', (c, t) =>
  t.includes('AAAAAA00B11C333N') ? 'check letter N fails (policy: check letter enforced; presidio scores it low)' : true);
const outOfScopeNational = /Israeli|Japanese|CN number/;
for (const c of presidioCases('test_phone_recognizer.py')) {
  if (c.group === 'test_when_phone_with_leniency_then_succeed') {
    exclude('presidio PHONE: leniency-parameter variants (presidio-specific knob)');
    continue;
  }
  if (outOfScopeNational.test(c.text)) {
    exclude('presidio PHONE: national format of a region other than US/KR, written without +country');
    continue;
  }
  add('presidio/PHONE', c.text, spansOf(c).map(([start, end]) => ({ type: 'PHONE', start, end })));
}
// Context sentences (presidio) for the entity types we share.
const contextTypeMap = { US_SSN: 'US_SSN', PHONE_NUMBER: 'PHONE' };
const ctxLines = readFileSync(join(sharedDir, 'presidio-test-vectors', 'context_sentences_tests.txt'), 'utf8')
  .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
for (let i = 0; i + 1 < ctxLines.length; i += 2) {
  const type = contextTypeMap[ctxLines[i]];
  if (!type) { exclude('presidio context sentence: entity type not in our scope'); continue; }
  const text = ctxLines[i + 1];
  const value = text.match(/(\+?\(?\d[\d ()-]*\d)\s*$/);
  if (!value) continue;
  if (type === 'US_SSN' && /ssid/.test(text)) { exclude('presidio context sentence: "ssid" is not an SSN cue'); continue; }
  if (type === 'US_SSN' && /078-?05-?1120/.test(text)) { exclude('presidio context sentence: voided SSN example 078-05-1120'); continue; }
  if (type === 'PHONE' && value[1].replace(/\D/g, '').length > 15) { exclude('presidio context sentence: two national-format non-US numbers in a row'); continue; }
  add('presidio-context/' + type, text, [{ type, start: value.index, end: value.index + value[1].length }]);
}
// Dates and identifiers we do not cover are hard negatives: a date is only sensitive as a DOB.
for (const file of ['test_date_recognizer.py', 'test_ip_recognizer.py', 'test_url_recognizer.py', 'test_crypto_recognizer.py',
  'test_de_kfz_recognizer.py', 'test_de_plz_recognizer.py', 'test_kr_brn_recognizer.py', 'test_de_handelsregister_recognizer.py']) {
  for (const c of presidioCases(file)) if (typeof c.text === 'string' && c.text) add(`presidio-negative/${file.replace(/^test_|_recognizer\.py$/g, '')}`, c.text, []);
}

// ---------------------------------------------------------------- validator.js (MIT)
const validator = JSON.parse(readFileSync(join(sharedDir, 'validatorjs-test-vectors', 'validator_test_vectors.json'), 'utf8'));
const group = (name, args) => validator.find((v) => v.validator === name && JSON.stringify(v.args) === JSON.stringify(args));
const ascii = (s) => /^[\x20-\x7e]+$/.test(s);
{
  const cards = group('isCreditCard', undefined);
  for (const v of cards.valid) add('validatorjs/CREDIT_CARD', v, whole('CREDIT_CARD', v));
  for (const v of cards.invalid) add('validatorjs/CREDIT_CARD-negative', v, []);
  const ibans = group('isIBAN', undefined);
  for (const v of ibans.valid) add('validatorjs/IBAN', v, whole('IBAN', v));
  for (const v of ibans.invalid) {
    if (/^[A-Z]{2}\d{2}[A-Z0-9]+[^A-Z0-9 ]/.test(v)) { exclude('validatorjs IBAN: whole-string-invalid only because of trailing junk'); continue; }
    add('validatorjs/IBAN-negative', v, []);
  }
  const emails = group('isEmail', undefined);
  for (const v of emails.valid) {
    if (!ascii(v) || v.startsWith('"')) { exclude('validatorjs EMAIL: non-ASCII or quoted local part (out of scope)'); continue; }
    add('validatorjs/EMAIL', `Contact: ${v}`, [{ type: 'EMAIL', start: 9, end: 9 + v.length }]);
  }
  for (const v of emails.invalid) {
    if (/\.$/.test(v) || /[" ]/.test(v) || v.length > 100 || !ascii(v)) { exclude('validatorjs EMAIL: whole-string-invalid but contains an address in free text'); continue; }
    add('validatorjs/EMAIL-negative', `Contact: ${v}`, []);
  }
  const scoped = /^[A-Z]{0,2}\d{6,9}$|^[A-Z]\d{3}[A-Z]\d{4}$/i;
  for (const g of validator.filter((v) => v.validator === 'isPassportNumber')) {
    for (const v of g.valid ?? []) {
      if (!scoped.test(v)) { exclude('validatorjs PASSPORT: layout outside letters(0-2)+digits(6-9) scope'); continue; }
      add('validatorjs/PASSPORT', `Passport number: ${v}`, [{ type: 'PASSPORT', start: 17, end: 17 + v.length }]);
    }
  }
  // Postcodes are everywhere in CVs and must never be reported.
  for (const g of validator.filter((v) => v.validator === 'isPostalCode')) {
    for (const v of (g.valid ?? []).slice(0, 6)) add('validatorjs/postcode-negative', `Postal code ${v}`, []);
  }
  for (const v of group('isMobilePhone', ['en-US']).invalid) add('validatorjs/PHONE-negative', `Ref ${v}`, []);
  for (const v of group('isTaxID', ['en-US']).valid) add('validatorjs/EIN-negative', `Employer EIN ${v}`, []);
  exclude('validatorjs PHONE: valid lists skipped (format check looser than the numbering plan)');
}

// ---------------------------------------------------------------- libphonenumber examples (MIT / Apache-2.0)
{
  const rows = readFileSync(join(sharedDir, 'libphonenumber-examples', 'mobile_examples_formatted.csv'), 'utf8').trim().split('\n').slice(1);
  for (const row of rows) {
    const [region, , , e164, national, international, , , valid] = row.split(',');
    if (valid !== 'true') continue;
    marked('libphonenumber/international', `Mobile: {{PHONE|${international}}} (${region})`);
    marked('libphonenumber/e164', `WhatsApp {{PHONE|${e164}}}`);
    if (region === 'US' || region === 'KR') marked('libphonenumber/national', `Cell: {{PHONE|${national}}}`);
  }
}

// ---------------------------------------------------------------- hand-written resume-like text (this project)
const own = [
  // Positives
  'Jane Doe | {{EMAIL|jane.doe@example.com}} | {{PHONE|(415) 555-0132}} | San Francisco, CA',
  'John Smith — {{PHONE|+1 212-555-0198}} — {{EMAIL|j.smith+jobs@mail.example.org}}',
  '연락처: {{PHONE|010-1234-5678}} / 이메일: {{EMAIL|minsu.kim@example.co.kr}}',
  '휴대폰 {{PHONE|01098765432}}, 자택 {{PHONE|02-312-4567}}',
  '주소: {{ADDRESS|서울특별시 강남구 테헤란로 123}}, 4층',
  '{{ADDRESS|경기도 성남시 분당구 판교역로 235}} 에이치스퀘어',
  '거주지 {{ADDRESS|부산광역시 해운대구 센텀중앙로 79}}',
  'Address: {{ADDRESS|1600 Amphitheatre Parkway, Mountain View, CA 94043}}',
  'Lives at {{ADDRESS|742 Evergreen Terrace, Springfield}}.',
  'Mail: {{ADDRESS|350 Fifth Avenue, New York, NY 10118}}',
  'Office at {{ADDRESS|10 Downing St}} for two years.',
  'DOB: {{DATE_OF_BIRTH|1990-05-17}}',
  'Date of birth: {{DATE_OF_BIRTH|March 3, 1985}}',
  'Born on {{DATE_OF_BIRTH|12 July 1978}} in Seoul.',
  '생년월일: {{DATE_OF_BIRTH|1992.11.03}}',
  '생년월일 {{DATE_OF_BIRTH|1988년 4월 9일}}',
  'D.O.B. {{DATE_OF_BIRTH|05/17/1990}}',
  '주민등록번호 {{KR_RRN|900101-1234568}}',
  'RRN: {{KR_RRN|050912-2000019}}',
  '외국인등록번호: {{KR_FRN|911124-5678906}}',
  '주민등록번호: {{KR_RRN|210315-3847261}} (2021년 출생)',
  'SSN: {{US_SSN|536-22-8741}}',
  'Social Security Number {{US_SSN|536228741}}',
  'Passport No. {{PASSPORT|M70689098}}, expires 2030-01-01',
  '여권번호: {{PASSPORT|M123A4567}}',
  "Driver's license: {{DRIVER_LICENSE|D1234-5678-9012}}",
  'DL# {{DRIVER_LICENSE|S53046211234}}',
  '운전면허번호 {{DRIVER_LICENSE|11-22-123456-12}}',
  'Card: {{CREDIT_CARD|4111 1111 1111 1111}} exp 12/27',
  'Paid with Amex {{CREDIT_CARD|3782-822463-10005}}',
  'Mastercard {{CREDIT_CARD|2223000048400011}}',
  'IBAN: {{IBAN|GB82 WEST 1234 5698 7654 32}}',
  'Salary to {{IBAN|DE89370400440532013000}} please.',
  '급여 계좌: {{BANK_ACCOUNT|110-123-456789}} (신한은행)',
  '카카오뱅크 {{BANK_ACCOUNT|3333-01-1234567}}',
  'Checking account number {{BANK_ACCOUNT|000123456789}}, routing 021000021',
  'Reach me on {{PHONE|+44 20 7946 0958}} or {{EMAIL|me@example.io}}.',
  '😀 Contact {{EMAIL|emoji.fan@example.com}} 📞 {{PHONE|+82 10-2345-6789}}',
  '이력서 — 김민수 ({{EMAIL|minsu@example.kr}}), {{PHONE|010-5555-1234}}',
  // Hard negatives: periods, dates, years, versions, ISBNs, orders, GPA, salaries, ids
  'Software Engineer, Acme Corp (2019–2023)',
  'Senior Developer 2019-2023, Lead 2023 - 2025',
  'B.S. Computer Science, 2012.03 – 2016.02, GPA 3.87/4.0',
  'Released v2.10.3 and 10.0.19045 builds; migrated Node 18.19.0 → 22.11.0',
  'Co-authored "Distributed Systems" (ISBN 978-3-16-148410-0), ISBN-10 0-306-40615-2',
  'Processed order #100234567890 and invoice INV-2023-004512',
  'Order ID 2025113047 shipped on 2024-11-30',
  'Salary: $125,000 – $150,000; KRW 85,000,000',
  'Reduced p99 latency from 1200 ms to 85 ms across 3,400,000 daily requests',
  'Zip 94105, postcode SW1A 1AA, 우편번호 06236',
  'Employee ID 00412358, badge 7712-0045',
  'Team of 12 engineers; 5 Years Experience; 3 Key Accounts',
  'Managed budget of 4,500,000,000 KRW in 2022',
  'Tracking number 1Z999AA10123456784',
  'Ticket JIRA-12345, PR #4521, commit 9f2c1e7',
  'Served at 192.168.0.1 and 10.0.0.254',
  'Phone screen on 2023-03-14, onsite 2023-03-21',
  '개발자로 5년 근무, 연구 개발로 3년 경력',
  '2018년 3월 ~ 2021년 2월 삼성전자 근무',
  'ISO 27001:2022, ISO 9001:2015 certified',
  'Account manager for 40 enterprise clients since 2016',
  'Passport to success: mentoring 25 interns',
  'Licensed under MIT License 2.0, release 2021-2023',
  'Scored 1520 on the SAT in 2011 and 112 on the TOEFL',
  'Customer ID 1234-5678-9012 (not a card)',
  'Born to lead teams of 10+ people',
];
for (const line of own) marked('own', line);

const corpus = {
  description: 'Labelled corpus for the Candor sensitive-data detector. Generated by scripts/build-pii-corpus.mjs; see SOURCE.md.',
  matching: 'A finding is a true positive when a gold entity of the same type overlaps its span.',
  excluded,
  cases,
};
writeFileSync(outFile, JSON.stringify(corpus, null, 0).replace(/\},\{"id"/g, '},\n{"id"') + '\n');
const positives = cases.reduce((n, c) => n + c.entities.length, 0);
console.log(`wrote ${outFile}: ${cases.length} cases, ${positives} entities, ${Object.values(excluded).reduce((a, b) => a + b, 0)} vectors excluded`);
