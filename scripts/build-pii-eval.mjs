// Builds test/fixtures/pii/eval.json: a labelled set the detector was NOT written against.
//
//   node scripts/build-pii-eval.mjs            (writes test/fixtures/pii/eval.json)
//
// Résumé-like and message-like paragraphs in several locales (faker's names, streets, cities,
// phones and e-mails, plus number layouts people really type), with exact gold spans and hard
// negatives (order numbers, dates, versions, year ranges, salaries, IPs, ISBNs, impossible Korean
// resident numbers, numbers inside longer digit runs). Fixed seed, so the output is reproducible.
//
// The split is fixed here, before any tuning: documents with an even index are the TUNING half,
// odd ones the TEST half. Only the tuning half may be looked at while changing the detector; the
// test half is only ever reported as figures.
import { writeFileSync } from 'node:fs';
import { fakerDE, fakerEN_GB, fakerEN_US, fakerES, fakerFR, fakerKO, fakerNL } from '@faker-js/faker';
import { LabelledText as Doc, luhnComplete, shuffled, verhoeffValid } from './lib/labelled-text.mjs';

const SEED = 20261129;
const DOCUMENTS = 1200;
const OUT = new URL('../test/fixtures/pii/eval.json', import.meta.url);

const LOCALES = [
  ['en_US', fakerEN_US],
  ['en_GB', fakerEN_GB],
  ['de', fakerDE],
  ['fr', fakerFR],
  ['es', fakerES],
  ['nl', fakerNL],
  ['ko', fakerKO],
  ['ko', fakerKO],
];
for (const [, f] of LOCALES) f.seed(SEED);
const rng = fakerEN_US; // structural choices (templates, digits) come from one stream

const pick = (items) => items[rng.number.int(items.length - 1)];
const digits = (n) => rng.string.numeric({ length: n, allowLeadingZeros: true });
const int = (min, max) => rng.number.int({ min, max });
const pad = (n, w) => String(n).padStart(w, '0');
const chance = (p) => rng.number.float() < p;

// ---------------------------------------------------------------- phones
function usPhone() {
  const a = `${int(2, 9)}${digits(2)}`;
  const e = `${int(2, 9)}${digits(2)}`;
  const l = digits(4);
  const ext = chance(0.15) ? pick([` x${digits(3)}`, ` ext. ${digits(2)}`, ` ext ${digits(4)}`]) : '';
  return (
    pick([`(${a}) ${e}-${l}`, `${a}.${e}.${l}`, `${a}-${e}-${l}`, `+1-${a}-${e}-${l}`, `+1 ${a} ${e} ${l}`, `+1 (${a}) ${e}-${l}`, `1-${a}-${e}-${l}`]) + ext
  );
}
function ukPhone() {
  return pick([
    `+44 20 ${int(3, 8)}${digits(3)} ${digits(4)}`,
    `020 ${int(3, 8)}${digits(3)} ${digits(4)}`,
    `07${int(4, 9)}${digits(2)} ${digits(6)}`,
    `+44 7${int(4, 9)}${digits(2)} ${digits(6)}`,
    `0161 ${int(2, 9)}${digits(2)} ${digits(4)}`,
    `+44 (0)1${int(2, 9)}${digits(2)} ${digits(6)}`,
  ]);
}
function krPhone() {
  const mid = `${int(2, 9)}${digits(3)}`;
  return pick([
    `010-${mid}-${digits(4)}`,
    `010 ${mid} ${digits(4)}`,
    `010.${mid}.${digits(4)}`,
    `+82 10-${mid}-${digits(4)}`,
    `+82-10-${mid}-${digits(4)}`,
    `02-${int(2, 9)}${digits(2)}-${digits(4)}`,
    `031-${int(2, 9)}${digits(2)}-${digits(4)}`,
    `+82 2 ${int(2, 9)}${digits(3)} ${digits(4)}`,
    `01${pick(['0', '1', '6'])}${mid}${digits(4)}`,
  ]);
}
function dePhone() {
  return pick([`+49 30 ${int(2, 9)}${digits(7)}`, `030 ${int(2, 9)}${digits(6)}`, `0151 ${digits(8)}`, `+49 151 ${digits(8)}`, `+49 (0)89 ${int(2, 9)}${digits(6)}`, `089/${int(2, 9)}${digits(6)}`]);
}
function frPhone() {
  const g = () => digits(2);
  return pick([`0${int(1, 7)} ${g()} ${g()} ${g()} ${g()}`, `+33 ${int(1, 7)} ${g()} ${g()} ${g()} ${g()}`, `0${int(6, 7)}.${g()}.${g()}.${g()}.${g()}`, `+33 (0)${int(1, 6)} ${g()} ${g()} ${g()} ${g()}`]);
}
const PHONES = { en_US: usPhone, en_GB: ukPhone, ko: krPhone, de: dePhone, fr: frPhone, es: () => `+34 ${int(6, 9)}${digits(2)} ${digits(3)} ${digits(3)}`, nl: () => pick([`+31 6 ${digits(8)}`, `06-${digits(8)}`, `020 ${int(2, 9)}${digits(2)} ${digits(4)}`]) };

function phoneFor(locale, f) {
  // Half of the time the locale's own faker layout, half a layout from the list above.
  if (locale !== 'ko' && chance(0.4)) return f.phone.number({ style: pick(['human', 'national', 'international']) });
  return PHONES[locale]();
}

// ---------------------------------------------------------------- addresses
const US_STATES = ['CA', 'NY', 'TX', 'WA', 'IL', 'MA', 'CO', 'OR', 'GA', 'FL'];
function addressFor(locale, f) {
  switch (locale) {
    case 'en_US': {
      const street = f.location.streetAddress(chance(0.3));
      return chance(0.7) ? `${street}, ${f.location.city()}, ${pick(US_STATES)} ${f.location.zipCode('#####')}` : street;
    }
    case 'en_GB': {
      const street = f.location.streetAddress(chance(0.2));
      return chance(0.7) ? `${street}, ${f.location.city()} ${f.location.zipCode()}` : street;
    }
    case 'de':
    case 'nl':
    case 'es':
      return chance(0.8) ? `${f.location.streetAddress()}, ${f.location.zipCode()} ${f.location.city()}` : f.location.streetAddress();
    case 'fr':
      return chance(0.8) ? `${f.location.streetAddress()}, ${f.location.zipCode()} ${f.location.city()}` : f.location.streetAddress();
    case 'ko': {
      const number = chance(0.3) ? `${int(1, 999)}-${int(1, 99)}` : String(int(1, 999));
      const unit = chance(0.3) ? `, ${int(101, 120)}동 ${int(1, 25)}0${int(1, 9)}호` : '';
      if (chance(0.25)) {
        // 지번 (lot-number) address: [시/구] 동 번지
        const dong = `${f.location.street().replace(/(?:대로|로|길)$/, '').replace(/(?<!\d)\d+$/, '')}동`;
        return `${chance(0.5) ? `${f.location.city()} ` : ''}${dong} ${int(1, 999)}-${int(1, 99)}${chance(0.3) ? '번지' : ''}`;
      }
      return `${chance(0.8) ? `${f.location.state()} ` : ''}${f.location.city()} ${f.location.street()} ${number}${unit}`;
    }
  }
  throw new Error(locale);
}

// ---------------------------------------------------------------- Korean registration numbers
const RRN_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
function registrationNumber(kind) {
  const year = chance(0.1) ? int(2020, 2024) : int(1950, 2005);
  const month = int(1, 12);
  const day = int(1, 28);
  const second = year >= 2000 ? (kind === 'KR_RRN' ? pick([3, 4]) : pick([7, 8])) : kind === 'KR_RRN' ? pick([1, 2]) : pick([5, 6]);
  const body = `${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}${second}${digits(5)}`;
  const randomScheme = year > 2020 || (year === 2020 && month >= 10);
  let check;
  if (randomScheme) check = digits(1);
  else {
    let s = 0;
    for (let i = 0; i < 12; i++) s += Number(body[i]) * RRN_WEIGHTS[i];
    check = String(((kind === 'KR_RRN' ? 11 : 13) - (s % 11)) % 10);
  }
  const n = body + check;
  return chance(0.8) ? `${n.slice(0, 6)}-${n.slice(6)}` : n;
}
/** Impossible registration numbers written into the current document, located once it is built. */
let impossibleNumbersInDocument = [];

/** Thirteen digits shaped like a resident number that cannot exist. */
function impossibleRegistrationNumber() {
  const kind = pick(['month', 'day', 'gender09', 'feb30']);
  const yy = pad(int(50, 99), 2);
  let front;
  let g = pick(['1', '2']);
  if (kind === 'month') front = `${yy}${pick(['13', '00', '19'])}${pad(int(1, 28), 2)}`;
  else if (kind === 'day') front = `${yy}${pad(int(1, 12), 2)}${pick(['00', '32', '45'])}`;
  else if (kind === 'feb30') front = `${yy}02${pick(['30', '31'])}`;
  else {
    front = `${yy}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}`;
    g = pick(['0', '9']);
  }
  const value = `${front}-${g}${digits(6)}`;
  impossibleNumbersInDocument.push(value);
  return value;
}

// ---------------------------------------------------------------- cards, IBANs, SSNs, dates
function card() {
  const prefix = pick(['4', '51', '53', '55']);
  const full = luhnComplete(prefix + digits(15 - prefix.length));
  const sep = pick([' ', '-', '']);
  return sep === '' ? full : full.match(/.{4}/g).join(sep);
}
function ssn() {
  const area = pad(int(1, 665), 3);
  return `${area}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`;
}
function birthDate(locale) {
  const y = int(1960, 2003);
  const m = int(1, 12);
  const d = int(1, 28);
  if (locale === 'ko') return pick([`${y}년 ${m}월 ${d}일`, `${y}.${pad(m, 2)}.${pad(d, 2)}`]);
  if (locale === 'en_US') return pick([`${pad(m, 2)}/${pad(d, 2)}/${y}`, `${rng.date.month()} ${d}, ${y}`.replace(/^\w+/, (w) => w)]);
  return pick([`${pad(d, 2)}.${pad(m, 2)}.${y}`, `${pad(d, 2)}/${pad(m, 2)}/${y}`, `${y}-${pad(m, 2)}-${pad(d, 2)}`]);
}

// ---------------------------------------------------------------- hard negatives
function negative() {
  return pick([
    () => `Order #${digits(10)} shipped on ${int(2019, 2024)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}.`,
    () => `Released v${int(1, 9)}.${int(0, 20)}.${int(0, 30)} and ${int(1, 4)}.${int(0, 9)}.${int(0, 9)}.${int(0, 9)}.`,
    () => `Worked there ${int(2005, 2015)}–${int(2016, 2024)} (${int(2, 9)} years).`,
    () => `Salary range $${int(60, 200)},000 – $${int(201, 300)},000 per year.`,
    () => `Deployed to ${int(10, 192)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)} behind the load balancer.`,
    () => `Co-author of ISBN 978-${int(0, 9)}-${digits(3)}-${digits(5)}-${int(0, 9)}.`,
    () => `Ticket ${int(2019, 2024)}-${digits(5)}, invoice INV-${int(2019, 2024)}-${digits(4)}.`,
    () => `Reduced p99 latency from ${int(800, 2000)} ms to ${int(20, 90)} ms across ${int(10, 90)} services.`,
    () => `Tracking number ${digits(22)} and batch ${digits(14)}.`,
    () => `Serial ${digits(3)}${impossibleRegistrationNumber().replace('-', '')}${digits(2)} in the warehouse log.`,
    () => `Reference ${digits(6)}-${digits(7)}${digits(3)} for the customs form.`,
    () => `Lottery combination ${digits(6)}+${digits(7)} was printed on the ticket.`,
    () => `The ${int(1990, 2020)} – ${int(2021, 2024)} roadmap covered ${int(3, 40)} releases in ${int(2, 12)} countries.`,
    () => `Measured ${int(1, 9)},${digits(3)},${digits(3)} requests per day (${int(10, 99)}.${int(0, 9)}% cache hit rate).`,
    () => `Room ${int(100, 999)}, building ${int(1, 20)}, meeting at ${int(9, 17)}:${pick(['00', '30'])}.`,
    () => `GPA ${int(3, 4)}.${digits(2)}/4.0, TOEIC ${int(700, 990)}, class of ${int(2005, 2020)}.`,
    () => `Part number ${int(100, 999)}-${int(100, 999)}-${int(1000, 9999)}-${int(10, 99)} in the catalogue.`,
  ])();
}
function koreanNegative() {
  return pick([
    () => `${int(2015, 2019)}.${pad(int(1, 12), 2)} ~ ${int(2020, 2024)}.${pad(int(1, 12), 2)} 근무 (${int(2, 8)}년).`,
    () => `연봉 ${int(3000, 9000)}만원, 주문번호 ${digits(12)}.`,
    () => `사업자등록번호 ${digits(3)}-${digits(2)}-${digits(5)}.`,
    () => `일 ${int(1, 9)}억 건의 트래픽을 처리했고 팀원 ${int(3, 12)}명을 리딩했습니다.`,
    () => `주민번호처럼 보이는 ${impossibleRegistrationNumber()} 는 존재할 수 없는 번호입니다.`,
    () => `문서번호 ${impossibleRegistrationNumber()}.`,
    () => `개발자로 ${int(3, 15)}년 일했고 ${int(2010, 2020)}년에 입사했습니다.`,
  ])();
}

// ---------------------------------------------------------------- documents
function englishDoc(locale, f) {
  const d = new Doc();
  const name = f.person.fullName();
  const email = f.internet.email({ firstName: f.person.firstName(), lastName: f.person.lastName() });
  if (chance(0.55)) {
    // Résumé header then body.
    d.add(`${name}\n${f.person.jobTitle()}\n`);
    const parts = shuffle([
      (dd) => (chance(0.5) ? dd.add(pick(['Phone: ', 'Tel. ', 'Mobile: ', 'Cell '])) : dd).entity('PHONE', phoneFor(locale, f)),
      (dd) => (chance(0.4) ? dd.add('Email: ') : dd).entity('EMAIL', email),
      (dd) => (chance(0.4) ? dd.add(pick(['Address: ', 'Home: ', ''])) : dd).entity('ADDRESS', addressFor(locale, f)),
    ]);
    parts.forEach((p, i) => {
      if (i > 0) d.add(pick([' | ', '\n', ' · ']));
      p(d);
    });
    d.add('\n\n');
    if (chance(0.2)) d.add(pick(['Date of birth: ', 'DOB: ', 'Born '])).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n');
    d.add(`Experience: ${f.company.name()} (${int(2010, 2018)}–${int(2019, 2024)}), ${f.company.catchPhrase().toLowerCase()}. `);
    d.add(negative() + ' ');
    if (chance(0.3)) d.add(negative() + ' ');
    if (locale === 'en_US' && chance(0.15)) d.add('SSN ').entity('US_SSN', ssn()).add('. ');
    if (chance(0.1)) d.add('Card for the certification fee: ').entity('CREDIT_CARD', card()).add('. ');
    if (locale !== 'en_US' && chance(0.12)) d.add('Salary account IBAN ').entity('IBAN', f.finance.iban({ formatted: chance(0.6), countryCode: ibanCountry(locale) })).add('. ');
    d.add(`Skills: ${f.hacker.noun()}, ${f.hacker.abbreviation()}, ${f.hacker.verb()}ing systems.`);
  } else {
    // Message-like.
    d.add(pick(['Hi, ', 'Hello team, ', 'Dear recruiter, ', 'Thanks! ']));
    const sentences = shuffle([
      () => d.add(pick(['you can reach me at ', 'call me on ', 'my number is ', 'text ', 'phone '])).entity('PHONE', phoneFor(locale, f)).add(pick([' after 6pm. ', '. ', ' any time. '])),
      () => d.add(pick(['I moved to ', 'please send the contract to ', 'my new address is ', 'ship it to '])).entity('ADDRESS', addressFor(locale, f)).add('. '),
      () => d.add(pick(['email ', 'write to ', 'cc '])).entity('EMAIL', email).add(' for documents. '),
      () => d.add(negative() + ' '),
      () => d.add(negative() + ' '),
    ]).slice(0, int(2, 5));
    for (const s of sentences) s();
    if (chance(0.2)) d.add(pick(['My partner can also be reached at ', 'Backup number: '])).entity('PHONE', phoneFor(locale, f)).add('. ');
    d.add(`Best, ${name}`);
  }
  return d;
}

function koreanDoc(f) {
  const d = new Doc();
  const name = `${f.person.lastName()}${f.person.firstName()}`;
  const email = f.internet.email();
  if (chance(0.55)) {
    d.add(`${name}\n${pick(['백엔드 개발자', '데이터 엔지니어', '프로덕트 디자이너', '마케팅 매니저'])}\n`);
    const parts = shuffle([
      (dd) => (chance(0.6) ? dd.add(pick(['연락처: ', '전화: ', '휴대폰 ', 'H.P. '])) : dd).entity('PHONE', krPhone()),
      (dd) => (chance(0.5) ? dd.add('이메일: ') : dd).entity('EMAIL', email),
      (dd) => (chance(0.6) ? dd.add(pick(['주소: ', '거주지: '])) : dd).entity('ADDRESS', addressFor('ko', f)),
    ]);
    parts.forEach((p, i) => {
      if (i > 0) d.add(pick([' | ', '\n', ' / ']));
      p(d);
    });
    d.add('\n');
    if (chance(0.3)) d.add(pick(['생년월일: ', '생년월일 '])).entity('DATE_OF_BIRTH', birthDate('ko')).add('\n');
    if (chance(0.35)) {
      const kind = chance(0.7) ? 'KR_RRN' : 'KR_FRN';
      d.add(chance(0.5) ? (kind === 'KR_RRN' ? '주민등록번호: ' : '외국인등록번호: ') : '').entity(kind, registrationNumber(kind)).add('\n');
    }
    d.add(`경력: ${f.company.name()} (${int(2012, 2018)}.${pad(int(1, 12), 2)} ~ ${int(2019, 2024)}.${pad(int(1, 12), 2)}), 결제 시스템 설계 및 운영. `);
    d.add(koreanNegative() + ' ');
    if (chance(0.4)) d.add(negative() + ' ');
    if (chance(0.1)) d.add('결제 카드 ').entity('CREDIT_CARD', card()).add('. ');
  } else {
    d.add(pick(['안녕하세요, ', '담당자님, ', '감사합니다. ']));
    const sentences = shuffle([
      () => (chance(0.5) ? d.add('연락은 ') : d).entity('PHONE', krPhone()).add(pick(['로 주세요. ', ' 으로 부탁드립니다. ', ' 입니다. '])),
      () => d.add(pick(['배송지는 ', '주소는 ', '이사한 곳은 '])).entity('ADDRESS', addressFor('ko', f)).add(pick([' 입니다. ', '입니다. ', '. '])),
      () => d.entity('EMAIL', email).add(' 으로 서류 보내주세요. '),
      () => d.add(koreanNegative() + ' '),
      () => d.add(koreanNegative() + ' '),
      () => (chance(0.3) ? d.add('본인 확인용 번호 ').entity('KR_RRN', registrationNumber('KR_RRN')).add(' 입니다. ') : d),
    ]).slice(0, int(2, 6));
    for (const s of sentences) s();
    d.add(`${name} 드림`);
  }
  return d;
}

function ibanCountry(locale) {
  return { en_GB: 'GB', de: 'DE', fr: 'FR', es: 'ES', nl: 'NL' }[locale] ?? 'DE';
}

function shuffle(items) {
  return shuffled(items, int);
}

const cases = [];
for (let i = 0; i < DOCUMENTS; i++) {
  const [locale, f] = LOCALES[i % LOCALES.length];
  impossibleNumbersInDocument = [];
  const doc = locale === 'ko' ? koreanDoc(f) : englishDoc(locale, f);
  // Decoys: spans that must never be reported as KR_RRN/KR_FRN (the digits may sit inside a
  // longer run, where the span covers the 13 digits as written).
  const impossibleResidentNumbers = [];
  for (const value of impossibleNumbersInDocument) {
    const written = doc.text.includes(value) ? value : value.replace('-', '');
    const start = doc.text.indexOf(written);
    if (start >= 0) impossibleResidentNumbers.push({ start, end: start + written.length });
  }
  cases.push({
    id: `eval-${pad(i, 4)}`,
    source: `faker/${locale}`,
    split: i % 2 === 0 ? 'tune' : 'test',
    text: doc.text,
    entities: doc.entities,
    ...(impossibleResidentNumbers.length > 0 ? { impossibleResidentNumbers } : {}),
  });
}


// ---------------------------------------------------------------- national ids of other countries
// Appended after the documents above, from the same seeded streams, so those documents and their
// split are unchanged; the split rule (even index → tune, odd → test) continues. 11 schemes rotate
// with the index, and 11 is odd, so every scheme lands in both halves.
const NATIONAL_ID_DOCUMENTS = 440;
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letter = (from = UPPER) => from[int(0, from.length - 1)];
const withCheck = (body, valid) => {
  for (let d = 0; d < 10; d++) if (valid(body + d)) return body + d;
  return null;
};
const group = (s, sizes, sep) => {
  const out = [];
  let i = 0;
  for (const size of sizes) out.push(s.slice(i, (i += size)));
  return out.join(sep);
};
const NATIONAL_IDS = [
  {
    type: 'UK_NINO',
    cues: ['National Insurance number: ', 'NI number ', 'NINO: ', 'National Insurance No. '],
    make() {
      let prefix;
      do prefix = letter('ABCEGHJKLMNOPRSTWXYZ') + letter('ABCEGHJKLMNPRSTWXYZ');
      while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix));
      const n = `${prefix}${digits(6)}${letter('ABCD')}`;
      return chance(0.5) ? `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6, 8)} ${n[8]}` : n;
    },
  },
  {
    type: 'CA_SIN',
    cues: ['SIN: ', 'Social Insurance Number ', 'SIN ', 'my SIN is '],
    make() {
      const full = luhnComplete(`${pick(['1', '2', '3', '4', '5', '6', '7', '9'])}${digits(7)}`);
      return pick([group(full, [3, 3, 3], ' '), group(full, [3, 3, 3], '-'), full]);
    },
  },
  {
    type: 'DE_TAX_ID',
    cues: ['Steuer-ID: ', 'Steuerliche Identifikationsnummer ', 'IdNr. ', 'tax identification number '],
    make() {
      for (;;) {
        const pool = shuffle(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']).slice(0, 9);
        const ten = shuffle([...pool, pick(pool)]).join('');
        if (ten[0] === '0') continue;
        let product = 10;
        for (let i = 0; i < 10; i++) {
          let sum = (Number(ten[i]) + product) % 10;
          if (sum === 0) sum = 10;
          product = (sum * 2) % 11;
        }
        const check = 11 - product === 10 ? 0 : 11 - product;
        const n = ten + check;
        return chance(0.5) ? n : group(n, [2, 3, 3, 3], ' ');
      }
    },
  },
  {
    type: 'FR_NIR',
    cues: ['N° de sécurité sociale : ', 'numéro de sécurité sociale ', 'NIR : ', 'INSEE '],
    make() {
      const dept = chance(0.05) ? pick(['2A', '2B']) : pad(int(1, 95), 2);
      const body = `${pick(['1', '2'])}${pad(int(50, 99), 2)}${pad(int(1, 12), 2)}${dept}${pad(int(1, 999), 3)}${pad(int(1, 999), 3)}`;
      const numeric = Number(body.replace('2A', '19').replace('2B', '18'));
      const n = body + pad(97 - (numeric % 97), 2);
      return chance(0.6) ? group(n, [1, 2, 2, 2, 3, 3, 2], ' ') : n;
    },
  },
  {
    type: 'ES_DNI',
    cues: ['DNI: ', 'DNI ', 'NIE: ', 'NIF '],
    make() {
      const letters = 'TRWAGMYFPDXBNJZSQVHLCKE';
      if (chance(0.3)) {
        const prefix = pick(['X', 'Y', 'Z']);
        const number = digits(7);
        return `${prefix}${number}${chance(0.2) ? '-' : ''}${letters[Number(`${'XYZ'.indexOf(prefix)}${number}`) % 23]}`;
      }
      const number = digits(8);
      return `${number}${chance(0.2) ? '-' : ''}${letters[Number(number) % 23]}`;
    },
  },
  {
    type: 'IT_FISCAL_CODE',
    cues: ['Codice fiscale: ', 'C.F. ', 'CF: ', 'codice fiscale '],
    make() {
      const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
      const body = `${Array.from({ length: 6 }, () => letter()).join('')}${pad(int(50, 99), 2)}${letter('ABCDEHLMPRST')}${pad(int(1, 28) + (chance(0.5) ? 40 : 0), 2)}${letter()}${pad(int(1, 999), 3)}`;
      let sum = 0;
      for (let i = 0; i < 15; i++) {
        const c = body[i];
        const v = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 65;
        sum += i % 2 === 0 ? odd[v] : v;
      }
      return body + UPPER[sum % 26];
    },
  },
  {
    type: 'NL_BSN',
    cues: ['BSN: ', 'burgerservicenummer ', 'BSN ', 'Burgerservicenummer: '],
    make() {
      for (;;) {
        const eight = digits(8);
        let sum = 0;
        for (let i = 0; i < 8; i++) sum += Number(eight[i]) * (9 - i);
        const last = sum % 11;
        if (last === 10 || eight === '00000000') continue;
        const n = eight + last;
        return chance(0.7) ? n : group(n, [4, 2, 3], '.');
      }
    },
  },
  {
    type: 'IN_AADHAAR',
    cues: ['Aadhaar: ', 'Aadhaar No. ', 'Aadhaar number ', 'UID '],
    make() {
      let n = null;
      while (!n) n = withCheck(`${int(2, 9)}${digits(10)}`, verhoeffValid);
      return pick([group(n, [4, 4, 4], ' '), group(n, [4, 4, 4], '-'), n]);
    },
  },
  {
    type: 'IN_PAN',
    cues: ['PAN: ', 'PAN ', 'Permanent Account Number ', 'PAN card '],
    make: () => `${letter()}${letter()}${letter()}${letter('PCHF')}${letter()}${pad(int(1, 9999), 4)}${letter()}`,
  },
  {
    type: 'CN_RESIDENT_ID',
    cues: ['Resident ID: ', 'ID card number ', 'Resident Identity Card ', 'ID No. '],
    make() {
      const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
      const body = `${pick(['110101', '310104', '440305', '320102', '510107', '330106'])}${int(1955, 2004)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${digits(3)}`;
      let sum = 0;
      for (let i = 0; i < 17; i++) sum += Number(body[i]) * weights[i];
      return body + '10X98765432'[sum % 11];
    },
  },
  {
    type: 'JP_MY_NUMBER',
    cues: ['My Number: ', 'My Number ', 'Individual Number ', 'my number card '],
    make() {
      const eleven = digits(11);
      let sum = 0;
      for (let n = 1; n <= 11; n++) sum += Number(eleven[11 - n]) * (n <= 6 ? n + 1 : n - 5);
      const r = sum % 11;
      const full = eleven + (r <= 1 ? 0 : 11 - r);
      return chance(0.6) ? group(full, [4, 4, 4], ' ') : full;
    },
  },
];
/** Things shaped like these ids that are not: codes, ids of the wrong length, order numbers. */
function nationalIdNegative() {
  return pick([
    () => `Order ${digits(9)} and invoice ${digits(11)} were paid.`,
    () => `Product code ${letter()}${letter()}${letter()}${letter()}${letter()}${digits(4)} is back in stock.`,
    () => `Booking reference ${letter()}${letter()}${digits(6)}, seat ${int(1, 40)}${letter('ABCDEF')}.`,
    () => `Shipment ${digits(4)} ${digits(4)} ${digits(4)} left the depot on ${int(1, 28)}.${int(1, 12)}.${int(2019, 2024)}.`,
    // I, O and U are never DNI check letters, so this stays a negative (a random letter was a valid DNI one time in 23).
    () => `Employee number ${digits(8)}${letter('IOU')} in the HR system.`,
    () => `Build ${digits(18)} passed all checks.`,
  ])();
}
const NATIONAL_ID_NAMES = [fakerEN_US, fakerEN_GB, fakerDE, fakerFR, fakerES, fakerNL];
const nationalStart = cases.length;
for (let k = 0; k < NATIONAL_ID_DOCUMENTS; k++) {
  const i = nationalStart + k;
  const scheme = NATIONAL_IDS[k % NATIONAL_IDS.length];
  const f = NATIONAL_ID_NAMES[k % NATIONAL_ID_NAMES.length];
  const d = new Doc();
  const cued = chance(0.8);
  const sentences = shuffle([
    () => d.add(cued ? pick(scheme.cues) : pick(['For the payroll form: ', 'As requested: ', 'Reference for onboarding: '])).entity(scheme.type, scheme.make()).add('. '),
    () => d.add(pick(['Email ', 'Write to ', 'Contact: '])).entity('EMAIL', f.internet.email()).add('. '),
    () => d.add(nationalIdNegative() + ' '),
    () => d.add(negative() + ' '),
  ]);
  d.add(`${f.person.fullName()}\n${f.person.jobTitle()}\n`);
  for (const s of sentences) s();
  cases.push({ id: `eval-${pad(i, 4)}`, source: `faker/national-id/${scheme.type}`, split: i % 2 === 0 ? 'tune' : 'test', text: d.text, entities: d.entities });
}

writeFileSync(
  OUT,
  JSON.stringify(
    {
      description:
        'Held-out labelled set for the Candor sensitive-data detector, generated by scripts/build-pii-eval.mjs (@faker-js/faker, fixed seed). Not written against the detector.',
      split: 'Fixed before tuning: even document index → "tune", odd → "test". Never tune on the test half.',
      seed: SEED,
      cases,
    },
    null,
    0,
  ) + '\n',
);
const count = (s) => cases.filter((c) => c.split === s).reduce((n, c) => n + c.entities.length, 0);
console.log(`wrote ${cases.length} documents (${count('tune')} tuning / ${count('test')} test entities) to ${OUT.pathname}`);
