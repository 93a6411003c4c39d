// Builds test/fixtures/pii/heldback-w16/: the wave 16 held-back labelled set for the sensitive-data
// detector, written by someone who never tunes the detector (issue #10 §3).
//
//   node scripts/build-pii-heldback-w16.mjs     (writes documents.json, korean-numbers.json, manifest.json)
//
// The wave 15 set (heldback-w15/) had its figures published and is tuning data in wave 16; this set
// measures that tuning on text nobody has seen. Its own seed, locales no earlier set used (it_CH,
// ar_SA, bg_BG, lt_LT, et_EE, bn_BD, ms_MY, es_PE, mk_MK, en_GH) and Korean again, and document kinds
// no earlier set used: offer declines, withdrawals of an application, status follow-ups on an
// application, requests to a former manager to act as a referee, networking requests for an
// informational interview, the particulars page of an employment contract, freelancers' project
// proposals and exit-interview questionnaires; in Korean 입사 포기 메일, 근로계약서 인적사항, 지원 취소
// 요청, 채용 진행 문의, 평판 조회 부탁 and 프리랜서 견적서. Labelling rules are those of
// heldback-w10/README.md to heldback-w15/README.md.
//
// Gold spans are recorded as the values are inserted (by rule, never by running the detector).
// Check digits are computed here and in scripts/lib/pii-values.mjs, independently of src/. Phones
// are drawn from each country's numbering plan and kept only when libphonenumber-js (max metadata)
// calls them valid numbers of that country.
//
// The whole set is held back: nobody tunes on it, reads its documents while tuning, or prints its
// misses. `npm run bench -- sensitive held-back` prints aggregates only.
import { fakerEN, fakerEN_GH, fakerES, fakerIT } from '@faker-js/faker';
import { writeHeldBackSet } from './lib/held-back-set.mjs';
import { LabelledText as Doc, shuffled } from './lib/labelled-text.mjs';
import { koreanVectorWriter, writeKoreanNumberVectors } from './lib/korean-number-vectors.mjs';
import { birthDay, MONTH_NAMES, ordinal } from './lib/pii-dates.mjs';
import { ascii, ibanOf, nationalIdMakers, pad, phoneOf, piiValueMakers, UPPER } from './lib/pii-values.mjs';
import { seededRandom } from './lib/seeded-random.mjs';

const SEED = 0x5eed_0d16;
const DOCUMENTS_PER_LOCALE = 100;
const KOREAN_DOCUMENTS = 250;
const FROZEN_ON = '2026-12-01';
const DIR = new URL('../test/fixtures/pii/heldback-w16/', import.meta.url);

const { int, pick, chance, digits } = seededRandom(SEED);
const letter = (from = UPPER) => from[int(0, from.length - 1)];
const nz = (n) => String(int(1, 9)) + digits(n - 1);
const shuffle = (items) => shuffled(items, int);
const { card, sin, aadhaar, pan, codiceFiscale, registration, bornBetween, impossibleRegistration, businessRegistrationNumber } = piiValueMakers({ int, pick, chance, digits, letter });
const { ssn, nino, steuerId, nir, dni, bsn, chineseId, myNumber } = nationalIdMakers({ int, pick, chance, digits, letter });
/** How people type a Korean registration number: hyphen (most often), nothing, a space, an en dash, a spaced hyphen, a full-width hyphen. */
const krWritten = (n) => {
  const [a, b] = [n.slice(0, 6), n.slice(6)];
  return pick([`${a}-${b}`, `${a}-${b}`, `${a}-${b}`, `${a}-${b}`, `${a}${b}`, `${a} ${b}`, `${a}–${b}`, `${a} - ${b}`, `${a}－${b}`]);
};
const LOCALES = ['it_CH', 'ar_SA', 'bg_BG', 'lt_LT', 'et_EE', 'bn_BD', 'ms_MY', 'es_PE', 'mk_MK', 'en_GH'];
const COUNTRY = { it_CH: 'CH', ar_SA: 'SA', bg_BG: 'BG', lt_LT: 'LT', et_EE: 'EE', bn_BD: 'BD', ms_MY: 'MY', es_PE: 'PE', mk_MK: 'MK', en_GH: 'GH', ko: 'KR' };

// ---------------------------------------------------------------- digits of other scripts
const inDigits = (zero) => (s) => s.replace(/[0-9]/gu, (d) => String.fromCodePoint(zero + Number(d)));
const arabicIndicDigits = inDigits(0x0660);
const bengaliDigits = inDigits(0x09e6);

// ---------------------------------------------------------------- phones, by numbering plan
/** `n` cut into groups of `sizes`, joined by `sep`. */
const groups = (n, sizes, sep = ' ') => {
  const parts = [];
  let at = 0;
  for (const s of sizes) {
    parts.push(n.slice(at, at + s));
    at += s;
  }
  return parts.join(sep);
};
const PHONES = {
  it_CH: () => {
    if (chance(0.65)) {
      const m = `7${pick(['6', '7', '8', '9'])}${int(2, 9)}${digits(6)}`;
      return pick([`0${groups(m, [2, 3, 2, 2])}`, `0${groups(m, [2, 3, 2, 2])}`, `+41 ${groups(m, [2, 3, 2, 2])}`, `+41 (0)${groups(m, [2, 3, 2, 2])}`, `0041 ${groups(m, [2, 3, 2, 2])}`, `0${m}`]);
    }
    const n = `91${int(2, 9)}${digits(6)}`;
    return pick([`0${groups(n, [2, 3, 2, 2])}`, `+41 ${groups(n, [2, 3, 2, 2])}`, `+41 (0)${groups(n, [2, 3, 2, 2])}`, `091 ${n.slice(2)}`]);
  },
  ar_SA: () => {
    if (chance(0.8)) {
      const m = `5${pick(['0', '3', '4', '5', '6', '8', '9'])}${digits(7)}`;
      return pick([`0${groups(m, [2, 3, 4])}`, `0${groups(m, [2, 3, 4])}`, `0${m}`, `+966 ${groups(m, [2, 3, 4])}`, `+966${m}`, `00966 ${groups(m, [2, 3, 4])}`, `(+966) ${groups(m, [2, 7])}`, `+966-${groups(m, [2, 3, 4], '-')}`]);
    }
    const n = `1${pick(['1', '2', '3'])}${int(2, 4)}${digits(6)}`;
    return pick([`0${groups(n, [2, 3, 4])}`, `+966 ${groups(n, [2, 3, 4])}`, `(0${n.slice(0, 2)}) ${n.slice(2)}`]);
  },
  bg_BG: () => {
    if (chance(0.75)) {
      const m = `8${pick(['7', '8', '9'])}${int(2, 9)}${digits(6)}`;
      return pick([`0${groups(m, [3, 3, 3])}`, `0${groups(m, [3, 3, 3])}`, `0${m}`, `0${groups(m, [3, 6])}`, `+359 ${groups(m, [3, 3, 3])}`, `+359${m}`, `00359 ${groups(m, [3, 3, 3])}`, `+359 (0)${groups(m, [3, 3, 3])}`]);
    }
    const n = `2${int(8, 9)}${digits(6)}`;
    return pick([`02 ${groups(n.slice(1), [3, 4])}`, `02/${n.slice(1)}`, `+359 2 ${groups(n.slice(1), [3, 4])}`, `(02) ${groups(n.slice(1), [3, 2, 2])}`]);
  },
  lt_LT: () => {
    if (chance(0.8)) {
      const m = `6${digits(7)}`;
      return pick([`+370 ${groups(m, [3, 5])}`, `+370 ${groups(m, [3, 5])}`, `8 ${groups(m, [3, 5])}`, `8${m}`, `+370${m}`, `8-${groups(m, [3, 5], '-')}`, `(8 ${m.slice(0, 3)}) ${m.slice(3)}`, `00370 ${groups(m, [3, 5])}`]);
    }
    const n = `5${int(2, 2)}${digits(6)}`;
    return pick([`(8 5) ${groups(n.slice(1), [3, 4])}`, `+370 5 ${groups(n.slice(1), [3, 4])}`, `8 5 ${n.slice(1)}`]);
  },
  et_EE: () => {
    if (chance(0.75)) {
      const m = chance(0.6) ? `5${int(0, 9)}${digits(6)}` : `5${digits(6)}`;
      return pick([groups(m, [4, m.length - 4]), groups(m, [4, m.length - 4]), m, `+372 ${groups(m, [4, m.length - 4])}`, `+372${m}`, `+372 ${m}`, `00372 ${m}`, `(+372) ${groups(m, [4, m.length - 4])}`]);
    }
    const n = `6${int(0, 9)}${digits(5)}`;
    return pick([groups(n, [3, 4]), `+372 ${groups(n, [3, 4])}`, `+372 ${n}`]);
  },
  bn_BD: () => {
    if (chance(0.8)) {
      const m = `1${pick(['3', '4', '5', '6', '7', '8', '9'])}${digits(8)}`;
      return pick([`0${groups(m, [4, 6], '-')}`, `0${groups(m, [4, 6], '-')}`, `0${m}`, `0${groups(m, [4, 3, 3])}`, `+880 ${groups(m, [4, 6])}`, `+880${m}`, `+88 0${groups(m, [4, 6], '-')}`, `(+880) ${groups(m, [4, 6], '-')}`]);
    }
    const n = `2${pick(['9', '5', '8'])}${digits(6)}`;
    return pick([`02-${n.slice(1)}`, `+880 2 ${n.slice(1)}`, `(02) ${groups(n.slice(1), [3, 4])}`]);
  },
  ms_MY: () => {
    if (chance(0.8)) {
      const m = chance(0.75) ? `1${pick(['2', '3', '6', '7', '9'])}${digits(7)}` : `11${digits(8)}`;
      const [a, rest] = [m.slice(0, 2), m.slice(2)];
      const cut = rest.length === 7 ? [3, 4] : [4, 4];
      return pick([`0${a}-${groups(rest, cut)}`, `0${a}-${groups(rest, cut)}`, `0${a}-${rest}`, `0${m}`, `+60 ${a}-${groups(rest, cut)}`, `+60${m}`, `+6 0${a} ${groups(rest, cut)}`, `(+60) ${a} ${groups(rest, cut)}`]);
    }
    const n = `3${int(2, 9)}${digits(7)}`;
    return pick([`03-${groups(n.slice(1), [4, 4])}`, `+60 3-${groups(n.slice(1), [4, 4])}`, `(03) ${n.slice(1)}`]);
  },
  es_PE: () => {
    if (chance(0.8)) {
      const m = `9${digits(8)}`;
      return pick([groups(m, [3, 3, 3]), groups(m, [3, 3, 3]), m, groups(m, [3, 3, 3], '-'), `+51 ${groups(m, [3, 3, 3])}`, `+51${m}`, `(+51) ${m}`, `0051 ${groups(m, [3, 3, 3])}`]);
    }
    const n = `1${int(2, 7)}${digits(6)}`;
    return pick([`(01) ${groups(n.slice(1), [3, 4], '-')}`, `01 ${groups(n.slice(1), [3, 4])}`, `+51 1 ${groups(n.slice(1), [3, 4])}`, `(511) ${n.slice(1)}`]);
  },
  mk_MK: () => {
    if (chance(0.75)) {
      const m = `7${pick(['0', '1', '2', '5', '6', '7', '8'])}${int(2, 9)}${digits(5)}`;
      return pick([`0${groups(m, [2, 3, 3])}`, `0${groups(m, [2, 3, 3])}`, `0${m}`, `0${groups(m, [2, 3, 3], '-')}`, `+389 ${groups(m, [2, 3, 3])}`, `+389${m}`, `00389 ${groups(m, [2, 3, 3])}`, `+389 (0)${groups(m, [2, 3, 3])}`]);
    }
    const n = `2${int(2, 3)}${digits(6)}`;
    return pick([`02 ${groups(n.slice(1), [3, 4])}`, `02/${n.slice(1)}`, `+389 2 ${groups(n.slice(1), [3, 4])}`]);
  },
  en_GH: () => {
    if (chance(0.8)) {
      const m = `${pick(['24', '54', '55', '59', '20', '50', '26', '27', '57', '23'])}${digits(7)}`;
      return pick([`0${groups(m, [2, 3, 4])}`, `0${groups(m, [2, 3, 4])}`, `0${m}`, `0${groups(m, [2, 7])}`, `+233 ${groups(m, [2, 3, 4])}`, `+233${m}`, `+233 (0)${groups(m, [2, 3, 4])}`, `00233 ${groups(m, [2, 3, 4])}`]);
    }
    const n = `30${int(2, 3)}${digits(6)}`;
    return pick([`0${groups(n, [2, 3, 4])}`, `+233 ${groups(n, [2, 3, 4])}`, `(030) ${n.slice(2)}`]);
  },
  ko: (office = false) => {
    const [mid, last] = [`${int(2, 9)}${digits(3)}`, digits(4)];
    if (!office && chance(0.7)) return pick([`010-${mid}-${last}`, `010-${mid}-${last}`, `010-${mid}-${last}`, `010 ${mid} ${last}`, `010${mid}${last}`, `010.${mid}.${last}`, `+82-10-${mid}-${last}`, `+82 10 ${mid} ${last}`]);
    const area = pick(['02', '031', '033', '041', '051', '062', '064', '070']);
    const local = area === '02' || area === '070' ? mid : `${int(2, 9)}${digits(int(2, 3))}`;
    return pick([`${area}-${local}-${last}`, `${area}-${local}-${last}`, `(${area}) ${local}-${last}`, `${area}.${local}.${last}`, `+82-${area.slice(1)}-${local}-${last}`]);
  },
};
const EXTENSIONS = { it_CH: [' int. ', ' interno '], ar_SA: [' تحويلة ', ' ext. '], bg_BG: [' вътр. ', ' ext. '], lt_LT: [' vidinis ', ' ext. '], et_EE: [' lisanumber ', ' ext. '], bn_BD: [' ext. ', ' Ext-'], ms_MY: [' samb. ', ' ext. '], es_PE: [' anexo ', ' anx. '], mk_MK: [' лок. ', ' ext. '], en_GH: [' ext. ', ' x'], ko: [' 내선 ', ' (내선 '] };
/** A valid number of the locale's country as people write it; an office line sometimes carries its extension (inside the span); Saudi and Bangladeshi numbers sometimes in their own digits. */
function phoneFor(locale, office = false) {
  // A Korean company's line is a landline or 070 number, never a mobile.
  let n = phoneOf(COUNTRY[locale], locale === 'ko' ? () => PHONES.ko(office) : PHONES[locale]);
  if (locale === 'ar_SA' && chance(0.2)) n = arabicIndicDigits(n);
  else if (locale === 'bn_BD' && chance(0.2)) n = bengaliDigits(n);
  if (!office || !chance(0.3)) return n;
  const ext = pick(EXTENSIONS[locale]);
  return `${n}${ext}${int(10, 4999)}${ext.includes('(') ? ')' : ''}`;
}

// ---------------------------------------------------------------- addresses, by country
const TI_PLACES = [['6900', 'Lugano'], ['6901', 'Lugano'], ['6500', 'Bellinzona'], ['6600', 'Locarno'], ['6850', 'Mendrisio'], ['6830', 'Chiasso'], ['6612', 'Ascona'], ['6962', 'Viganello']];
const TI_STREETS = ['Via Nassa', 'Viale Stefano Franscini', 'Via Pretorio', 'Corso Pestalozzi', 'Via Cantonale', 'Piazza Indipendenza', 'Via San Gottardo', 'Via della Posta', 'Riva Albertolli', 'Via Industria'];
const SA_PLACES = [['الرياض', 'Riyadh', 'العليا', 'Al Olaya', '12211'], ['الرياض', 'Riyadh', 'الملقا', 'Al Malqa', '13521'], ['جدة', 'Jeddah', 'الروضة', 'Al Rawdah', '23435'], ['جدة', 'Jeddah', 'الشاطئ', 'Al Shati', '23613'], ['الدمام', 'Dammam', 'الفيصلية', 'Al Faisaliyah', '32272'], ['الخبر', 'Al Khobar', 'العقربية', 'Al Aqrabiyah', '34446']];
const SA_STREETS = [['طريق الملك فهد', 'King Fahd Rd'], ['شارع التحلية', 'Tahlia St'], ['طريق الأمير محمد بن عبدالعزيز', 'Prince Mohammed bin Abdulaziz Rd'], ['شارع الأمير سلطان', 'Prince Sultan St'], ['طريق الملك عبدالعزيز', 'King Abdulaziz Rd']];
const BG_PLACES = [['1000', 'София', 'Sofia'], ['1164', 'София', 'Sofia'], ['1784', 'София', 'Sofia'], ['4000', 'Пловдив', 'Plovdiv'], ['9000', 'Варна', 'Varna'], ['8000', 'Бургас', 'Burgas'], ['5000', 'Велико Търново', 'Veliko Tarnovo']];
const BG_STREETS = [['ул. „Граф Игнатиев“', 'Graf Ignatiev St.'], ['бул. „Витоша“', 'Vitosha Blvd.'], ['ул. „Шипка“', 'Shipka St.'], ['бул. „Цариградско шосе“', 'Tsarigradsko Shose Blvd.'], ['ул. „Оборище“', 'Oborishte St.'], ['бул. „Княгиня Мария Луиза“', 'Knyaginya Maria Luiza Blvd.']];
const BG_ESTATES = [['жк „Младост“ 1', 'Mladost 1'], ['жк „Люлин“ 5', 'Lyulin 5'], ['жк „Тракия“', 'Trakia'], ['жк „Възраждане“', 'Vazrazhdane']];
const LT_PLACES = [['LT-01103', 'Vilnius'], ['LT-03107', 'Vilnius'], ['LT-08105', 'Vilnius'], ['LT-44309', 'Kaunas'], ['LT-92235', 'Klaipėda'], ['LT-76295', 'Šiauliai']];
const LT_STREETS = ['Gedimino pr.', 'Konstitucijos pr.', 'Vilniaus g.', 'Laisvės al.', 'Savanorių pr.', 'Didžioji g.', 'Žalgirio g.', 'Taikos pr.', 'Ozo g.'];
const EE_PLACES = [['10117', 'Tallinn'], ['10145', 'Tallinn'], ['13516', 'Tallinn'], ['51007', 'Tartu'], ['50090', 'Tartu'], ['80010', 'Pärnu'], ['20308', 'Narva']];
const EE_STREETS = ['Narva mnt', 'Pärnu mnt', 'Tartu mnt', 'Rüütli tn', 'Telliskivi tn', 'Vabaduse pst', 'Ülikooli tn', 'Sõpruse pst', 'Mustamäe tee'];
const BD_PLACES = [['Dhanmondi', 'Dhaka', '1205', 'ধানমন্ডি', 'ঢাকা'], ['Gulshan 2', 'Dhaka', '1212', 'গুলশান ২', 'ঢাকা'], ['Uttara Sector 7', 'Dhaka', '1230', 'উত্তরা সেক্টর ৭', 'ঢাকা'], ['Mirpur 10', 'Dhaka', '1216', 'মিরপুর ১০', 'ঢাকা'], ['Agrabad', 'Chattogram', '4100', 'আগ্রাবাদ', 'চট্টগ্রাম'], ['Zindabazar', 'Sylhet', '3100', 'জিন্দাবাজার', 'সিলেট']];
const MY_PLACES = [['47300', 'Petaling Jaya', 'Selangor', 'Jalan SS 2/24'], ['47500', 'Subang Jaya', 'Selangor', 'Jalan SS 15/4'], ['50450', 'Kuala Lumpur', 'Wilayah Persekutuan', 'Jalan Ampang'], ['59200', 'Kuala Lumpur', 'Wilayah Persekutuan', 'Jalan Kerinchi'], ['10450', 'George Town', 'Pulau Pinang', 'Jalan Burma'], ['81300', 'Skudai', 'Johor', 'Jalan Pendidikan'], ['40150', 'Shah Alam', 'Selangor', 'Jalan Setia Prima U13/S']];
const PE_PLACES = [['Miraflores', '15074'], ['San Isidro', '15046'], ['Surco', '15038'], ['Barranco', '15063'], ['Jesús María', '15072'], ['San Borja', '15036'], ['Cercado de Lima', '15001']];
const PE_STREETS = ['Av. José Larco', 'Av. Javier Prado Este', 'Calle Las Begonias', 'Av. Arequipa', 'Jr. de la Unión', 'Av. Benavides', 'Calle Schell', 'Av. Salaverry', 'Av. Primavera'];
const MK_PLACES = [['1000', 'Скопје', 'Skopje'], ['1000', 'Скопје', 'Skopje'], ['7000', 'Битола', 'Bitola'], ['6000', 'Охрид', 'Ohrid'], ['2000', 'Штип', 'Shtip'], ['1300', 'Куманово', 'Kumanovo']];
const MK_STREETS = [['ул. Македонија', 'ul. Makedonija'], ['бул. Партизански одреди', 'bul. Partizanski odredi'], ['ул. Орце Николов', 'ul. Orce Nikolov'], ['бул. Илинден', 'bul. Ilinden'], ['ул. Даме Груев', 'ul. Dame Gruev'], ['бул. Св. Климент Охридски', 'bul. Sv. Kliment Ohridski']];
const GH_PLACES = [['Osu', 'Accra', 'GA'], ['Cantonments', 'Accra', 'GA'], ['East Legon', 'Accra', 'GA'], ['Airport Residential Area', 'Accra', 'GA'], ['Adum', 'Kumasi', 'AK'], ['Ahodwo', 'Kumasi', 'AK'], ['Tema Community 11', 'Tema', 'GT']];
const GH_STREETS = ['Oxford Street', 'Ring Road East', 'Liberation Road', 'Lagos Avenue', 'Boundary Road', 'Independence Avenue', 'Harper Road', 'Jubilee Avenue'];
const KO_STREETS = [
  ['서울특별시', '마포구', '월드컵북로', '상암동', 'Mapo-gu', 'World Cup buk-ro'], ['서울특별시', '강남구', '테헤란로', '역삼동', 'Gangnam-gu', 'Teheran-ro'], ['서울특별시', '송파구', '올림픽로', '잠실동', 'Songpa-gu', 'Olympic-ro'],
  ['서울특별시', '구로구', '디지털로', '구로동', 'Guro-gu', 'Digital-ro'], ['인천광역시', '연수구', '컨벤시아대로', '송도동', 'Yeonsu-gu, Incheon', 'Convensia-daero'], ['광주광역시', '서구', '상무중앙로', '치평동', 'Seo-gu, Gwangju', 'Sangmujungang-ro'],
  ['대전광역시', '유성구', '대학로', '궁동', 'Yuseong-gu, Daejeon', 'Daehak-ro'], ['경기도', '성남시 분당구', '판교역로', '백현동', 'Bundang-gu, Seongnam-si', 'Pangyoyeok-ro'], ['경기도', '수원시 영통구', '광교중앙로', '이의동', 'Yeongtong-gu, Suwon-si', 'Gwanggyojungang-ro'],
  ['경상남도', '창원시 성산구', '중앙대로', '용호동', 'Seongsan-gu, Changwon-si', 'Jungang-daero'], ['제주특별자치도', '제주시', '첨단로', '영평동', 'Jeju-si', 'Cheomdan-ro'], ['전라북도', '전주시 완산구', '홍산로', '효자동', 'Wansan-gu, Jeonju-si', 'Hongsan-ro'],
];

const KO_SHORT = { 서울특별시: '서울', 인천광역시: '인천', 광주광역시: '광주', 대전광역시: '대전', 경기도: '경기', 경상남도: '경남', 제주특별자치도: '제주', 전라북도: '전북' };

const ADDRESSES = {
  it_CH: (multiline) => {
    const [post, city] = pick(TI_PLACES);
    if (chance(0.08)) return `Casella postale ${int(100, 9999)}${multiline ? '\n' : ', '}${post} ${city}`;
    const co = chance(0.08) ? `c/o ${fakerIT.person.lastName()}${multiline ? '\n' : ', '}` : '';
    const line1 = `${pick(TI_STREETS)} ${int(1, 90)}${pick(['', '', letter('abc'), `, ${int(1, 5)}° piano`])}`;
    const tail = `${chance(0.2) ? 'CH-' : ''}${post} ${city}`;
    return multiline ? `${co}${line1}\n${tail}` : `${co}${line1}, ${tail}${chance(0.15) ? ', Svizzera' : ''}`;
  },
  ar_SA: (multiline) => {
    const [city, cityEn, district, districtEn, zip] = pick(SA_PLACES);
    const [street, streetEn] = pick(SA_STREETS);
    const [building, extra] = [int(1000, 9999), int(1000, 9999)];
    if (chance(0.45)) {
      const line1 = `${pick([`Building ${building}, `, `${building} `, `Villa ${int(1, 60)}, ${building} `])}${streetEn}, ${districtEn} Dist.`;
      const tail = `${cityEn} ${zip}${chance(0.5) ? `, Additional No. ${extra}` : ''}`;
      return multiline ? `${line1}\n${tail}${chance(0.3) ? ', Saudi Arabia' : ''}` : `${line1}, ${tail}`;
    }
    const ar = chance(0.6) ? arabicIndicDigits : (s) => s;
    const line1 = `${ar(String(building))} ${street}، حي ${district}`;
    const tail = `${city} ${ar(zip)}${chance(0.5) ? ` - ${ar(String(extra))}` : ''}`;
    return multiline ? `${line1}\n${tail}` : `${line1}، ${tail}`;
  },
  bg_BG: (multiline) => {
    const [post, city, cityEn] = pick(BG_PLACES);
    if (chance(0.35)) {
      const line1 = `${int(1, 120)} ${pick(BG_STREETS)[1]}${chance(0.5) ? `, fl. ${int(1, 9)}, apt. ${int(1, 40)}` : ''}`;
      return multiline ? `${line1}\n${post} ${cityEn}, Bulgaria` : `${line1}, ${post} ${cityEn}`;
    }
    if (chance(0.3)) {
      const [estate] = pick(BG_ESTATES);
      const line1 = `${estate}, бл. ${int(1, 330)}, вх. ${pick(['А', 'Б', 'В', 'Г'])}, ет. ${int(1, 14)}, ап. ${int(1, 90)}`;
      return multiline ? `гр. ${city} ${post}\n${line1}` : pick([`${city} ${post}, ${line1}`, `${line1}, ${post} ${city}`]);
    }
    const line1 = `${pick(BG_STREETS)[0]} № ${int(1, 140)}${chance(0.6) ? `, ет. ${int(1, 9)}, ап. ${int(1, 40)}` : ''}`;
    return multiline ? `${line1}\n${post} ${city}` : pick([`${line1}, ${post} ${city}`, `гр. ${city} ${post}, ${line1}`]);
  },
  lt_LT: (multiline) => {
    const [post, city] = pick(LT_PLACES);
    const line1 = `${pick(LT_STREETS)} ${int(1, 120)}${pick(['', '', `-${int(1, 80)}`, letter('AB'), `, ${int(1, 80)} butas`])}`;
    const tail = `${chance(0.8) ? post : post.slice(3)} ${city}`;
    return multiline ? `${line1}\n${tail}${chance(0.3) ? '\nLietuva' : ''}` : `${line1}, ${tail}${chance(0.15) ? ', Lithuania' : ''}`;
  },
  et_EE: (multiline) => {
    const [post, city] = pick(EE_PLACES);
    const line1 = `${pick(EE_STREETS)} ${int(1, 90)}${pick(['', '', `-${int(1, 60)}`, letter('ab')])}`;
    const tail = `${city} ${post}`;
    if (multiline) return `${line1}\n${tail}${chance(0.5) ? `\n${city === 'Tallinn' ? 'Harju' : city === 'Tartu' ? 'Tartu' : city === 'Pärnu' ? 'Pärnu' : 'Ida-Viru'} maakond` : ''}`;
    return pick([`${line1}, ${tail}`, `${line1}, ${post} ${city}`, `${line1}, ${tail}, Estonia`]);
  },
  bn_BD: (multiline) => {
    const [area, city, zip, areaBn, cityBn] = pick(BD_PLACES);
    const [house, road] = [int(1, 120), int(1, 32)];
    if (chance(0.3)) {
      const line1 = `বাড়ি ${bengaliDigits(String(house))}, রোড ${bengaliDigits(String(road))}, ${areaBn}`;
      return multiline ? `${line1}\n${cityBn}-${bengaliDigits(zip)}` : `${line1}, ${cityBn}-${bengaliDigits(zip)}`;
    }
    const line1 = `${pick(['', '', `Flat ${letter('ABCD')}${int(1, 9)}, `, `Apt ${int(1, 12)}${letter('ABC')}, `])}House ${house}${pick(['', letter('AB'), `/${letter('AB')}`])}, Road ${road}, ${area}`;
    return multiline ? `${line1}\n${city}-${zip}` : pick([`${line1}, ${city}-${zip}`, `${line1}, ${city} ${zip}`, `${line1}, ${city} ${zip}, Bangladesh`]);
  },
  ms_MY: (multiline) => {
    const [post, city, state, road] = pick(MY_PLACES);
    const line1 = pick([`No. ${int(1, 90)}, ${road}`, `${int(1, 90)}, ${road}`, `Unit ${int(1, 40)}-${int(1, 20)}, ${pick(['Menara Binjai', 'Vista Damai', 'Pangsapuri Seri Ria', 'The Horizon Residence'])}, ${road}`, `Lot ${int(100, 9999)}, ${road}`]);
    const tail = `${post} ${city}, ${state}`;
    return multiline ? `${line1}\n${tail}` : `${line1}, ${tail}${chance(0.15) ? ', Malaysia' : ''}`;
  },
  es_PE: (multiline) => {
    const [district, zip] = pick(PE_PLACES);
    const line1 = chance(0.2)
      ? `Mz. ${letter('ABCDEFGH')} Lt. ${int(1, 40)}, Urb. ${pick(['Los Jardines', 'Santa Patricia', 'Las Gardenias', 'Pando'])}`
      : `${pick(PE_STREETS)} ${int(100, 4999)}${pick(['', '', `, Dpto. ${int(1, 20)}0${int(1, 4)}`, ` Of. ${int(2, 15)}0${int(1, 9)}`, `, Int. ${int(1, 9)}`])}`;
    const tail = `${district}, Lima${chance(0.4) ? ` ${zip}` : ''}`;
    return multiline ? `${line1}\n${tail}` : `${line1}, ${tail}${chance(0.15) ? ', Perú' : ''}`;
  },
  mk_MK: (multiline) => {
    const [post, city, cityEn] = pick(MK_PLACES);
    const [street, streetEn] = pick(MK_STREETS);
    const n = `${int(1, 120)}${chance(0.4) ? `/${int(1, 9)}-${int(1, 30)}` : ''}`;
    if (chance(0.35)) return multiline ? `${streetEn} br. ${n}\n${post} ${cityEn}` : `${streetEn} br. ${n}, ${post} ${cityEn}${chance(0.3) ? ', North Macedonia' : ''}`;
    return multiline ? `${street} бр. ${n}\n${post} ${city}` : pick([`${street} бр. ${n}, ${post} ${city}`, `${street} ${n}, ${city} ${post}`]);
  },
  en_GH: (multiline) => {
    const [area, city, region] = pick(GH_PLACES);
    const gps = `${region}-${int(100, 999)}-${int(1000, 9999)}`;
    if (chance(0.15)) return `P.O. Box ${pick(['CT', 'AN', 'KS', 'OS'])} ${int(100, 9999)}${multiline ? '\n' : ', '}${area}, ${city}`;
    const line1 = `${pick(['', 'House No. ', 'Hse ', 'Plot '])}${int(1, 60)}${pick(['', letter('AB')])} ${pick(GH_STREETS)}, ${area}`;
    const tail = `${city}${chance(0.5) ? ` (${gps})` : ''}`;
    return multiline ? `${line1}\n${chance(0.5) ? `${gps}, ${city}` : city}` : pick([`${line1}, ${tail}`, `${line1}, ${city}, Ghana`, `${gps}, ${line1}, ${city}`]);
  },
  ko: () => {
    const [sido, gu, road, dong, guEn, roadEn] = pick(KO_STREETS);
    const zip = pad(int(1000, 63999), 5);
    const no = int(1, 350);
    if (chance(0.15)) return `${pick(['', `${int(2, 20)}F, `, `#${int(101, 1804)}, `])}${no}, ${roadEn}, ${guEn}${chance(0.5) ? `, Korea ${zip}` : ''}`;
    if (chance(0.2)) return `${sido} ${gu} ${dong} ${int(1, 1800)}-${int(1, 40)}${pick(['', ` ${int(2, 9)}층`, ` ${pick(['자이', '아이파크', '롯데캐슬', '더샵'])} ${int(101, 120)}동 ${int(2, 25)}0${int(1, 4)}호`])}`;
    const unit = pick(['', '', `, ${int(2, 15)}층`, `, ${int(101, 120)}동 ${int(2, 25)}0${int(1, 4)}호`, ` ${int(201, 1503)}호`, ` (${dong})`, ` ${int(2, 8)}층 ${int(201, 809)}호 (${dong})`]);
    return `${pick(['', '', `${zip} `, `(${zip}) `])}${pick([sido, KO_SHORT[sido]])} ${gu} ${road}${chance(0.25) ? ` ${int(1, 60)}번길` : ''} ${no}${unit}`;
  },
};
const addressFor = (locale, multiline = false) => ADDRESSES[locale](multiline);

// ---------------------------------------------------------------- ids the detector claims (those of expatriates and cross-border workers)
const ID_LEADS = {
  it_CH: ['Per la busta paga: ', 'Dati per le risorse umane: '], ar_SA: ['لشؤون الموظفين: ', 'For payroll: '], bg_BG: ['За ТРЗ: ', 'For payroll: '], lt_LT: ['Darbo užmokesčiui: ', 'For payroll: '], et_EE: ['Palga jaoks: ', 'For payroll: '],
  bn_BD: ['For payroll: ', 'বেতনের জন্য: '], ms_MY: ['Untuk gaji: ', 'For payroll: '], es_PE: ['Para planilla: ', 'Datos para RR. HH.: '], mk_MK: ['За плата: ', 'For payroll: '], en_GH: ['For payroll: ', 'HR records: '],
};
/** [cue or neutral lead-in, value, type] for an id of a claimed type someone living in `locale`'s country may hold. */
function nationalId(locale, p) {
  const named = chance(0.65);
  const say = (cues) => (named ? pick(cues) : pick(ID_LEADS[locale]));
  const krFrn = (cues) => [say(cues), krWritten(registration('KR_FRN')), 'KR_FRN'];
  const cf = (cues) => [say(cues), codiceFiscale(p.latinFirst, p.latinLast), 'IT_FISCAL_CODE'];
  const options = {
    it_CH: [() => cf(['Codice fiscale (frontaliere): ', 'Codice fiscale: ']), () => cf(['C.F. ', 'Codice fiscale italiano: ']), () => [say(['NIR (frontalier): ', 'Numéro de sécurité sociale français: ']), nir(), 'FR_NIR'], () => [say(['Steuer-ID: ', 'Identificativo fiscale tedesco: ']), steuerId(), 'DE_TAX_ID']],
    ar_SA: [() => [say(['Aadhaar: ', 'Aadhaar no. ']), aadhaar(), 'IN_AADHAAR'], () => [say(['PAN: ', 'Indian PAN: ']), pan(p.latinLast), 'IN_PAN'], () => [say(['UK NI number: ', 'رقم التأمين الوطني البريطاني: ']), nino(), 'UK_NINO'], () => [say(['US SSN: ', 'Social Security No. ']), ssn(), 'US_SSN']],
    bg_BG: [() => [say(['NIE (Испания): ', 'NIE: ']), dni(), 'ES_DNI'], () => [say(['NIR (Франция): ', 'French NIR: ']), nir(), 'FR_NIR'], () => [say(['Steuer-ID: ', 'Германски данъчен номер: ']), steuerId(), 'DE_TAX_ID'], () => [say(['UK NI number: ', 'National Insurance No. ']), nino(), 'UK_NINO']],
    lt_LT: [() => [say(['UK NINO: ', 'National Insurance number: ']), nino(), 'UK_NINO'], () => [say(['BSN: ', 'Nyderlandų BSN: ']), bsn(), 'NL_BSN'], () => [say(['Steuer-ID: ', 'Vokietijos mokesčių ID: ']), steuerId(), 'DE_TAX_ID']],
    et_EE: [() => [say(['NIR (France): ', 'Numéro de sécurité sociale : ']), nir(), 'FR_NIR'], () => [say(['US SSN: ', 'Social Security Number: ']), ssn(), 'US_SSN'], () => [say(['BSN: ', 'Hollandi BSN: ']), bsn(), 'NL_BSN'], () => [say(['Canadian SIN: ', 'SIN: ']), sin(), 'CA_SIN']],
    bn_BD: [() => krFrn(['Korean ARC (EPS): ', 'ARC no. ']), () => [say(['My Number (Japan): ', 'Individual Number: ']), myNumber(), 'JP_MY_NUMBER'], () => [say(['UK NI number: ', 'NINo: ']), nino(), 'UK_NINO'], () => [say(['PAN (India): ', 'Indian PAN: ']), pan(p.latinLast), 'IN_PAN']],
    ms_MY: [() => [say(['My Number (Jepun): ', 'Japanese My Number: ']), myNumber(), 'JP_MY_NUMBER'], () => krFrn(['Korean ARC: ', 'No. pendaftaran asing Korea: ']), () => [say(['UK NINO: ', 'National Insurance No. ']), nino(), 'UK_NINO'], () => [say(['中国身份证号：', 'Chinese resident ID: ']), chineseId(), 'CN_RESIDENT_ID']],
    es_PE: [() => [say(['NIE (España): ', 'NIE: ']), dni(), 'ES_DNI'], () => [say(['SSN (EE. UU.): ', 'Social Security Number: ']), ssn(), 'US_SSN'], () => cf(['Codice fiscale: ', 'Código fiscal italiano: '])],
    mk_MK: [() => [say(['Steuer-ID: ', 'Германски даночен број: ']), steuerId(), 'DE_TAX_ID'], () => cf(['Codice fiscale: ', 'Италијански даночен код: ']), () => [say(['Canadian SIN: ', 'SIN: ']), sin(), 'CA_SIN']],
    en_GH: [() => [say(['NI number: ', 'UK National Insurance No. ']), nino(), 'UK_NINO'], () => [say(['SSN: ', 'US Social Security No. ']), ssn(), 'US_SSN'], () => [say(['SIN: ', 'Canadian SIN ']), sin(), 'CA_SIN']],
  };
  if (locale === 'ko') {
    const kind = chance(0.7) ? 'KR_RRN' : 'KR_FRN';
    const cue = kind === 'KR_RRN' ? pick(['주민등록번호: ', '주민등록번호 ', '주민번호: ']) : pick(['외국인등록번호: ', '외국인 등록번호 ']);
    return [named ? cue : pick(['4대보험 신고용: ', '원천징수용 ', '본인 식별번호: ']), krWritten(registration(kind)), kind];
  }
  return pick(options[locale])();
}
function passport(locale) {
  const value = {
    it_CH: () => `${letter('XS')}${digits(7)}`, ar_SA: () => `${letter('ABKN')}${digits(7)}`, bg_BG: () => nz(9), lt_LT: () => nz(8), et_EE: () => `${letter('KE')}${letter('A')}${digits(7)}`,
    bn_BD: () => (chance(0.6) ? `A${digits(8)}` : `${letter('BE')}${letter()}${digits(7)}`), ms_MY: () => `${letter('AH')}${digits(8)}`, es_PE: () => `${letter('PU')}${digits(8)}`, mk_MK: () => `${letter('AM')}${digits(7)}`, en_GH: () => `G${letter('ABHK')}${digits(7)}`,
    ko: () => (chance(0.5) ? `M${digits(8)}` : `${letter('MR')}${digits(3)}${letter('ABCDEFGHJKLMNPQRSTUVWXYZ')}${digits(4)}`),
  }[locale]();
  const cue = {
    it_CH: ['Passaporto n. ', 'N. passaporto: '], ar_SA: ['رقم الجواز: ', 'Passport No. '], bg_BG: ['Паспорт №: ', 'Номер на паспорт: '], lt_LT: ['Paso Nr. ', 'Paso numeris: '], et_EE: ['Passi number: ', 'Pass nr '],
    bn_BD: ['পাসপোর্ট নং: ', 'Passport No.: '], ms_MY: ['No. pasport: ', 'Pasport: '], es_PE: ['N.° de pasaporte: ', 'Pasaporte: '], mk_MK: ['Број на пасош: ', 'Пасош бр. '], en_GH: ['Passport No.: ', 'Ghana passport '], ko: ['여권번호: ', '여권 번호 '],
  }[locale];
  return [chance(0.7) ? pick(cue) : pick(['Passport: ', 'passport number ', 'Travel doc. ']), value];
}
/** [cue, value] of a driving licence, or null where the licence number is the national id (Saudi Arabia, Malaysia, Peru), which no set writes. */
function driverLicence(locale) {
  const make = {
    it_CH: () => `${nz(6)}${digits(3)}`, bg_BG: () => nz(9), lt_LT: () => nz(8), et_EE: () => `${letter('ET')}${letter()}${digits(6)}`, bn_BD: () => `${pick(['DK', 'CG', 'SL'])}${digits(7)}${letter('CL')}${digits(5)}`,
    mk_MK: () => `${letter('AM')}${digits(7)}`, en_GH: () => `${pick(['GAR', 'AKR', 'GTR'])}-${digits(8)}-${digits(5)}`,
    ko: () => `${pick(['서울 ', '대전 ', '광주 ', '11-', '13-', '16-', '25-'])}${digits(2)}-${digits(6)}-${digits(2)}`,
  }[locale];
  if (!make) return null;
  const cue = {
    it_CH: 'Licenza di condurre n. ', bg_BG: 'Свидетелство за управление №: ', lt_LT: 'Vairuotojo pažymėjimo Nr. ', et_EE: 'Juhiloa number: ', bn_BD: 'Driving licence no.: ', mk_MK: 'Возачка дозвола бр. ', en_GH: 'DVLA licence no. ', ko: '운전면허번호: ',
  }[locale];
  return [chance(0.7) ? cue : pick(['Driving licence: ', "Driver's license no. "]), make()];
}
const NO_LICENCE_NUMBER = { ar_SA: 'Valid Saudi driving licence (private)', ms_MY: 'Lesen memandu kelas D, aktif', es_PE: 'Brevete A-I vigente' };

// ---------------------------------------------------------------- banking
const IBAN_BBAN = {
  CH: () => `${pick(['00764', '00247', '80808', '00700'])}${digits(12)}`,
  SA: () => `${pick(['80', '10', '45', '20', '15'])}${digits(18)}`,
  BG: () => `${pick(['UNCR', 'BNBG', 'STSA', 'FINV', 'RZBB'])}${digits(4)}${pick(['10', '15'])}${digits(8)}`,
  LT: () => `${pick(['73000', '70440', '40100', '72900'])}${digits(11)}`,
  EE: () => `${pick(['22', '10', '17', '77'])}${digits(14)}`,
  MK: () => `${pick(['300', '250', '210', '380'])}${digits(12)}`,
};
const IBAN_COUNTRY = { it_CH: 'CH', ar_SA: 'SA', bg_BG: 'BG', lt_LT: 'LT', et_EE: 'EE', mk_MK: 'MK' };
function iban(country) {
  const compact = ibanOf(country, IBAN_BBAN[country]());
  return pick([compact.match(/.{1,4}/gu).join(' '), compact.match(/.{1,4}/gu).join(' '), compact]);
}
/** A domestic account with the words around it: [lead-in, account, trailer]; only the account is labelled. */
function bankAccount(locale) {
  switch (locale) {
    case 'bn_BD':
      return pick([[`${pick(['Dutch-Bangla Bank', 'BRAC Bank', 'City Bank', 'Eastern Bank'])} A/C No. `, pick([digits(13), `${digits(3)}.${digits(3)}.${digits(7)}`, digits(16)]), ''], ['Salary account ', digits(13), ` (${pick(['BRAC Bank, Gulshan', 'DBBL, Dhanmondi'])})`]]);
    case 'ms_MY':
      return pick([[`${pick(['Maybank', 'CIMB', 'Public Bank', 'RHB'])} account no. `, pick([digits(12), `${digits(4)}-${digits(4)}-${digits(4)}`, digits(10), `${digits(1)}-${digits(6)}-${digits(3)}`]), ''], ['Akaun bank: ', digits(14), ` (${pick(['CIMB Bank', 'Hong Leong Bank'])})`]]);
    case 'es_PE':
      return pick([[`${pick(['BCP', 'Interbank', 'BBVA', 'Scotiabank'])} cuenta de ahorros N.° `, pick([`${digits(3)}-${digits(8)}-${digits(1)}-${digits(2)}`, digits(13), `${digits(3)}-${digits(10)}`]), ''], ['CCI: ', `${digits(3)}-${digits(3)}-${digits(12)}-${digits(2)}`, ''], ['Cuenta sueldo ', digits(14), ' (BCP)']]);
    case 'en_GH':
      return pick([[`${pick(['GCB Bank', 'Ecobank Ghana', 'Stanbic Bank', 'Fidelity Bank'])} account no. `, pick([digits(13), digits(16), `${digits(4)} ${digits(4)} ${digits(5)}`]), ''], ['Acct: ', digits(13), ` (${pick(['CalBank, Osu', 'Absa Ghana, Ring Road'])})`]]);
    case 'ko':
      return pick([['하나은행 ', `${digits(3)}-${digits(6)}-${digits(5)}`, ''], ['국민 ', `${digits(6)}-${digits(2)}-${digits(6)}`, ''], ['우리은행 ', `1002-${digits(3)}-${digits(6)}`, ''], ['신한 ', `${digits(3)}-${digits(2)}-${digits(6)}`, ''], ['케이뱅크 ', `100-${digits(3)}-${digits(6)}`, ''], ['새마을금고 ', `9002-${digits(4)}-${digits(4)}-${digits(1)}`, ''], ['SC제일 ', `${digits(3)}-${digits(2)}-${digits(6)}`, '']]);
    default:
      return null;
  }
}
/** A payment line: the country's IBAN (IBAN) or its domestic account (BANK_ACCOUNT). */
function payment(d, locale, lead = '') {
  const country = IBAN_COUNTRY[locale];
  if (country) {
    const cue = { CH: ['IBAN: ', 'Conto IBAN '], SA: ['IBAN: ', 'رقم الآيبان: '], BG: ['IBAN: ', 'Банкова сметка (IBAN): '], LT: ['IBAN: ', 'Sąskaitos Nr. '], EE: ['IBAN: ', 'Arvelduskonto: '], MK: ['IBAN: ', 'Трансакциска сметка (IBAN): '] }[country];
    d.add(lead || pick(cue)).entity('IBAN', iban(country));
    return;
  }
  const [cue, value, trail] = bankAccount(locale);
  d.add(lead).add(cue).entity('BANK_ACCOUNT', value).add(trail);
}

// ---------------------------------------------------------------- birth dates
const MONTHS = {
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  hijri: ['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة'],
  bg: ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември'],
  lt: ['sausio', 'vasario', 'kovo', 'balandžio', 'gegužės', 'birželio', 'liepos', 'rugpjūčio', 'rugsėjo', 'spalio', 'lapkričio', 'gruodžio'],
  et: ['jaanuar', 'veebruar', 'märts', 'aprill', 'mai', 'juuni', 'juuli', 'august', 'september', 'oktoober', 'november', 'detsember'],
  bn: ['জানুয়ারি', 'ফেব্রুয়ারি', 'মার্চ', 'এপ্রিল', 'মে', 'জুন', 'জুলাই', 'আগস্ট', 'সেপ্টেম্বর', 'অক্টোবর', 'নভেম্বর', 'ডিসেম্বর'],
  ms: ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
  mk: ['јануари', 'февруари', 'март', 'април', 'мај', 'јуни', 'јули', 'август', 'септември', 'октомври', 'ноември', 'декември'],
};
function birthDate(locale) {
  const b = birthDay(int);
  const { y, m, d, dd, mm } = b;
  // Hijri dates are drawn in their own calendar (day ≤ 29 exists in every month).
  const [hy, hm, hd] = [int(1378, 1426), int(1, 12), int(1, 29)];
  const forms = {
    it_CH: [`${dd}.${mm}.${y}`, `${dd}.${mm}.${y}`, `${d} ${MONTHS.it[m - 1]} ${y}`, `${d === 1 ? '1°' : d} ${MONTHS.it[m - 1]} ${y}`, `${dd}/${mm}/${y}`],
    ar_SA: [`${dd}/${mm}/${y}`, arabicIndicDigits(`${dd}/${mm}/${y}`), `${hy}/${pad(hm, 2)}/${pad(hd, 2)}هـ`, arabicIndicDigits(`${pad(hd, 2)}/${pad(hm, 2)}/${hy}`) + ' هـ', `${hd} ${MONTHS.hijri[hm - 1]} ${hy}هـ`, `${d} ${MONTH_NAMES.ar[m - 1]} ${y}`, `${d} ${MONTH_NAMES.en[m - 1]} ${y}`],
    bg_BG: [`${dd}.${mm}.${y} г.`, `${dd}.${mm}.${y}`, `${d} ${MONTHS.bg[m - 1]} ${y} г.`, `${dd}/${mm}/${y}`],
    lt_LT: [`${y}-${mm}-${dd}`, `${y}-${mm}-${dd}`, `${y} m. ${MONTHS.lt[m - 1]} ${d} d.`, `${y}.${mm}.${dd}`],
    et_EE: [`${dd}.${mm}.${y}`, `${dd}.${mm}.${y}`, `${d}. ${MONTHS.et[m - 1]} ${y}`, `${d}.${m}.${y}`],
    bn_BD: [`${dd}/${mm}/${y}`, `${dd}-${mm}-${y}`, bengaliDigits(`${dd}/${mm}/${y}`), `${bengaliDigits(String(d))} ${MONTHS.bn[m - 1]} ${bengaliDigits(String(y))}`, `${d} ${MONTH_NAMES.en[m - 1]} ${y}`, `${dd}-${MONTH_NAMES.enShort[m - 1]}-${y}`],
    ms_MY: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${d} ${MONTHS.ms[m - 1]} ${y}`, `${dd}-${mm}-${y}`, `${d} ${MONTH_NAMES.enShort[m - 1]} ${y}`],
    es_PE: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${d} de ${MONTHS.es[m - 1]} de ${y}`, `${dd}-${mm}-${y}`, `${dd}.${mm}.${y}`],
    mk_MK: [`${dd}.${mm}.${y}`, `${dd}.${mm}.${y} год.`, `${d} ${MONTHS.mk[m - 1]} ${y}`, `${dd}/${mm}/${y}`],
    en_GH: [`${dd}/${mm}/${y}`, `${ordinal(d)} ${MONTH_NAMES.en[m - 1]}, ${y}`, `${dd}-${MONTH_NAMES.enShort[m - 1]}-${y}`, `${d} ${MONTH_NAMES.en[m - 1]} ${y}`, `${dd}.${mm}.${y}`],
    ko: [`${y}년 ${m}월 ${d}일`, `${y}.${mm}.${dd}`, `${y}. ${m}. ${d}.`, `${y}-${mm}-${dd}`, `${b.yy}년 ${m}월 ${d}일생`, `${b.yy}${mm}${dd}`],
  }[locale];
  return pick(forms);
}
const DOB_CUES = {
  en: ['Date of birth: ', 'DOB: ', 'D.O.B. ', 'Birth date: ', 'Born: '],
  it_CH: ['Data di nascita: ', 'Nato il ', 'Nata il ', 'Nascita: '], ar_SA: ['تاريخ الميلاد: ', 'مواليد ', 'تاريخ الميلاد (هجري): '], bg_BG: ['Дата на раждане: ', 'Роден на ', 'Родена на '], lt_LT: ['Gimimo data: ', 'Gimęs ', 'Gimusi '],
  et_EE: ['Sünniaeg: ', 'Sündinud ', 'Sünnikuupäev: '], bn_BD: ['জন্ম তারিখ: ', 'জন্মতারিখ: '], ms_MY: ['Tarikh lahir: ', 'Tarikh Lahir: ', 'Lahir pada '], es_PE: ['Fecha de nacimiento: ', 'Nací el ', 'F. nac.: '], mk_MK: ['Датум на раѓање: ', 'Роден на ', 'Родена на '], en_GH: ['Date of birth: ', 'Born on '],
  ko: ['생년월일: ', '생년월일 ', '출생일: ', '생일 '],
};
/** A birth-date cue; Hijri dates keep the Arabic cue (an English one would promise a Gregorian date), and a Korean `YYMMDD` birth date always has its cue. */
const dobCue = (locale) => pick(locale === 'ko' || locale === 'ar_SA' || chance(0.65) ? DOB_CUES[locale] : DOB_CUES.en);

// ---------------------------------------------------------------- hard negatives
const SALARY = {
  it_CH: () => pick([`CHF ${int(80, 140)}'000 lordi annui`, `${int(6, 11)}'${digits(3)} CHF x 13`, `CHF ${int(85, 150)}k`]),
  ar_SA: () => pick([`SAR ${int(12, 45)},000/month`, `راتب ${arabicIndicDigits(String(int(12, 40)))} ألف ريال`, `${int(15, 40)},000 ريال + بدل سكن`]),
  bg_BG: () => pick([`${int(2, 7)} ${digits(3)} лв. бруто`, `BGN ${int(3000, 9000)} gross`, `€${int(1500, 4000)} net`]),
  lt_LT: () => pick([`${int(2, 6)} ${digits(3)} € neatskaičius mokesčių`, `EUR ${int(2000, 6000)} bruto`, `${int(30, 80)}k € per year`]),
  et_EE: () => pick([`${int(2500, 7000)} € bruto`, `brutopalk ${int(2, 6)} ${digits(3)} eurot`, `EUR ${int(40, 90)}k`]),
  bn_BD: () => pick([`BDT ${int(60, 250)},000 per month`, `৳${bengaliDigits(String(int(50, 200)))},০০০`, `Tk ${int(1, 3)},${pad(int(0, 99), 2)},000`]),
  ms_MY: () => pick([`RM ${int(4, 18)},${digits(3)} sebulan`, `RM${int(5000, 20000)} + EPF`, `MYR ${int(60, 200)}k p.a.`]),
  es_PE: () => pick([`S/ ${int(3, 18)},${digits(3)} mensuales`, `S/${int(4000, 20000)} brutos`, `${int(14, 16)} sueldos al año`]),
  mk_MK: () => pick([`${int(40, 150)}.000 ден. нето`, `MKD ${int(50, 160)},000`, `€${int(900, 3000)} net`]),
  en_GH: () => pick([`GH₵ ${int(6, 40)},${digits(3)} per month`, `GHS ${int(8000, 45000)} gross`, `USD ${int(1, 5)},${digits(3)}`]),
};
const COMPANY_NUMBERS = {
  it_CH: () => pick([`IDI CHE-${digits(3)}.${digits(3)}.${digits(3)}`, `N. IVA CHE-${digits(3)}.${digits(3)}.${digits(3)} IVA`]),
  ar_SA: () => pick([`سجل تجاري ${arabicIndicDigits(`10${digits(8)}`)}`, `CR No. 10${digits(8)}`, `VAT No. 3${digits(13)}3`]),
  bg_BG: () => pick([`ЕИК ${nz(9)}`, `ДДС № BG${nz(9)}`, `UIC ${nz(9)}`]),
  lt_LT: () => pick([`Įmonės kodas ${nz(9)}`, `PVM mokėtojo kodas LT${nz(9)}`]),
  et_EE: () => pick([`Registrikood ${int(10000000, 16999999)}`, `KMKR EE${nz(9)}`]),
  bn_BD: () => pick([`Trade Licence No. TRAD/DNCC/${digits(6)}/${int(2019, 2026)}`, `BIN ${nz(9)}-${digits(4)}`, `RJSC Reg. C-${int(10000, 189999)}`]),
  ms_MY: () => pick([`SSM ${int(2015, 2025)}01${digits(6)} (${nz(7)}-${letter('ADHKMPTUVWX')})`, `SST No. W10-${digits(4)}-${digits(8)}`]),
  es_PE: () => pick([`RUC 20${digits(9)}`, `RUC N.° 20${digits(9)}`]),
  mk_MK: () => pick([`ЕМБС ${nz(7)}`, `ЕДБ MK40${digits(11)}`, `ЕДБ 40${digits(11)}`]),
  en_GH: () => pick([`TIN C00${digits(8)}`, `Reg. No. CS${digits(9)}`, `Business Reg. BN${digits(9)}${int(2019, 2025)}`]),
};
const CURRENCY = { it_CH: 'CHF', ar_SA: 'SAR', bg_BG: 'BGN', lt_LT: 'EUR', et_EE: 'EUR', bn_BD: 'BDT', ms_MY: 'MYR', es_PE: 'PEN', mk_MK: 'MKD', en_GH: 'GHS' };
const PROSE_PLACES = {
  it_CH: () => 'L’ufficio è a due passi dalla stazione di Lugano.', ar_SA: () => 'مكتبنا بالقرب من محطة مترو العليا.', bg_BG: () => 'Офисът е до метростанция „Сердика“.', lt_LT: () => 'Biuras visai šalia Katedros aikštės.', et_EE: () => 'Kontor asub Telliskivi loomelinnakus.',
  bn_BD: () => 'Our office is next to the Karwan Bazar metro station.', ms_MY: () => 'Pejabat kami berdekatan stesen LRT Bangsar.', es_PE: () => 'La oficina está a dos cuadras del Parque Kennedy.', mk_MK: () => 'Канцеларијата е веднаш до плоштадот Македонија.', en_GH: () => 'The office is near the Kwame Nkrumah Interchange.',
};
/** A sentence with numbers or places that are not personal data. */
function negative(locale, f) {
  const y = int(2010, 2023);
  return pick([
    () => `Application ID ${letter()}${letter()}-${digits(6)}.`,
    () => `Requisition ${int(2025, 2026)}-${digits(4)}.`,
    () => `Ticket #${digits(int(5, 7))}.`,
    () => `Quote ${letter()}${letter()}${letter()}/${int(2025, 2026)}/${digits(3)}, valid ${int(14, 60)} days.`,
    () => `Candidate no. ${digits(3)} ${digits(3)} ${digits(3)}.`,
    () => `Order ${digits(3)}-${digits(4)}-${digits(3)} shipped.`,
    () => `Card ending ${digits(4)} (not charged).`,
    () => `${companyOf(locale, f)}, ${y}–${pick(['present', String(int(y + 1, 2026))])}.`,
    () => `Expected salary: ${SALARY[locale]()}.`,
    () => `${COMPANY_NUMBERS[locale]()}.`,
    () => PROSE_PLACES[locale](),
    () => `Version ${int(1, 9)}.${int(0, 20)}.${int(0, 9)}, build ${digits(6)}.`,
    () => `Training hours: ${int(8, 120)}, certificate ${letter()}${letter()}-${digits(7)}.`,
    () => `Notice period ${int(1, 3)} months; ${int(20, 30)} days of leave.`,
    () => `Start date ${pad(int(1, 28), 2)}.${pad(int(1, 12), 2)}.2027.`,
    () => `${int(2, 15)} years of ${pick(['Kotlin', 'SAP MM', 'Tableau', 'Go', 'Revit', 'HubSpot', 'PLC programming'])}, NPS ${int(30, 80)}.`,
    () => `ISBN 978-${int(1, 9)}-${digits(3)}-${digits(5)}-${int(0, 9)}.`,
    () => `Room ${int(1, 9)}.${digits(2)}, floor ${int(1, 20)}.`,
  ])();
}
const KO_NEGATIVES = [
  () => `지원번호 ${int(2026, 2027)}-${digits(5)}`,
  () => `공고번호 제${int(2026, 2026)}-${digits(3)}호`,
  () => `희망 처우 ${int(3500, 9500)}만 원`,
  () => `견적번호 Q-${digits(6)}`,
  () => `부가세 ${int(10, 300)}만 원 별도`,
  () => `수험번호 ${digits(4)}-${digits(4)}`,
  () => `근무기간 ${int(2013, 2021)}.${pad(int(1, 12), 2)} ~ ${int(2022, 2026)}.${pad(int(1, 12), 2)}`,
  () => `주문번호 ${int(2026, 2026)}${pad(int(1, 12), 2)}${digits(8)}`,
  () => `토익 ${int(700, 990)}점, 정보처리기사 (자격번호 ${int(20, 25)}${digits(3)}${digits(6)})`,
  () => `법인등록번호 ${digits(6)}-${digits(7)} (법인)`,
  () => `계약기간 2027.01.01 ~ 2027.12.31`,
  () => `사업자등록번호 ${businessRegistrationNumber()}`,
];
const koreanNegative = () => pick(KO_NEGATIVES)();

// ---------------------------------------------------------------- people, companies and e-mails
const FAKERS = { it_CH: fakerIT, es_PE: fakerES, en_GH: fakerEN_GH };
for (const f of new Set(Object.values(FAKERS))) f.seed(SEED);
fakerEN.seed(SEED);
/** Names from short lists where faker has no locale or no romanisation: [name as written, given name in Latin letters, family name in Latin letters]. */
const WRITTEN_NAMES = {
  ar_SA: [['عبدالله القحطاني', 'Abdullah', 'Alqahtani'], ['نورة العتيبي', 'Noura', 'Alotaibi'], ['فيصل الدوسري', 'Faisal', 'Aldossari'], ['ريم الشمري', 'Reem', 'Alshammari'], ['خالد الغامدي', 'Khaled', 'Alghamdi'], ['سارة الحربي', 'Sarah', 'Alharbi'], ['Rahul Menon', 'Rahul', 'Menon'], ['Priya Nair', 'Priya', 'Nair']],
  bg_BG: [['Мария Иванова', 'Maria', 'Ivanova'], ['Георги Петров', 'Georgi', 'Petrov'], ['Елена Димитрова', 'Elena', 'Dimitrova'], ['Николай Георгиев', 'Nikolay', 'Georgiev'], ['Десислава Стоянова', 'Desislava', 'Stoyanova'], ['Иван Тодоров', 'Ivan', 'Todorov'], ['Калина Николова', 'Kalina', 'Nikolova']],
  lt_LT: [['Rūta Kazlauskienė', 'Rūta', 'Kazlauskienė'], ['Mantas Jankauskas', 'Mantas', 'Jankauskas'], ['Eglė Petrauskaitė', 'Eglė', 'Petrauskaitė'], ['Tomas Stankevičius', 'Tomas', 'Stankevičius'], ['Gintarė Vasiliauskaitė', 'Gintarė', 'Vasiliauskaitė'], ['Lukas Žukauskas', 'Lukas', 'Žukauskas'], ['Indrė Butkutė', 'Indrė', 'Butkutė']],
  et_EE: [['Kadri Tamm', 'Kadri', 'Tamm'], ['Martin Saar', 'Martin', 'Saar'], ['Liis Sepp', 'Liis', 'Sepp'], ['Rasmus Mägi', 'Rasmus', 'Mägi'], ['Triin Kask', 'Triin', 'Kask'], ['Karl Õunapuu', 'Karl', 'Õunapuu'], ['Grete Pärn', 'Grete', 'Pärn']],
  bn_BD: [['তাসনিম রহমান', 'Tasnim', 'Rahman'], ['মোহাম্মদ হাসান', 'Mohammad', 'Hasan'], ['ফারহানা আক্তার', 'Farhana', 'Akter'], ['সাকিব চৌধুরী', 'Sakib', 'Chowdhury'], ['নুসরাত জাহান', 'Nusrat', 'Jahan'], ['Arif Hossain', 'Arif', 'Hossain'], ['Sadia Islam', 'Sadia', 'Islam']],
  ms_MY: [['Nur Aisyah binti Ahmad', 'Aisyah', 'Ahmad'], ['Muhammad Hafiz bin Ismail', 'Hafiz', 'Ismail'], ['Tan Wei Ling', 'Wei Ling', 'Tan'], ['Lim Jun Hao', 'Jun Hao', 'Lim'], ['Kavitha a/p Subramaniam', 'Kavitha', 'Subramaniam'], ['Siti Nurhaliza binti Razak', 'Siti', 'Razak'], ['Arjun a/l Raman', 'Arjun', 'Raman']],
  mk_MK: [['Марија Стојановска', 'Marija', 'Stojanovska'], ['Александар Петровски', 'Aleksandar', 'Petrovski'], ['Ана Николовска', 'Ana', 'Nikolovska'], ['Стефан Трајковски', 'Stefan', 'Trajkovski'], ['Ивана Јовановска', 'Ivana', 'Jovanovska'], ['Горан Илиевски', 'Goran', 'Ilievski']],
  ko: [['한지우', 'Jiwoo', 'Han'], ['윤도윤', 'Doyoon', 'Yoon'], ['임채원', 'Chaewon', 'Lim'], ['조민서', 'Minseo', 'Cho'], ['강시우', 'Siwoo', 'Kang'], ['배수아', 'Sua', 'Bae'], ['남궁현', 'Hyun', 'Namgung'], ['문예린', 'Yerin', 'Moon'], ['장우진', 'Woojin', 'Jang'], ['류하은', 'Haeun', 'Ryu'], ['홍석진', 'Seokjin', 'Hong'], ['양소희', 'Sohee', 'Yang']],
};
const COMPANIES = {
  ar_SA: ['Al Nakheel Logistics', 'شركة الأفق للتقنية', 'Riyadh Data Partners', 'مجموعة الراجحي للتجارة', 'Red Sea Hospitality Co.'], bg_BG: ['Телерик Софтуер ЕООД', 'Balkan Data Systems', 'Витоша Консулт ООД', 'Черноморски транспорт АД'],
  lt_LT: ['UAB „Baltijos duomenys“', 'Nemuno logistika UAB', 'Vilnius Tech Hub', 'AB „Žalgirio energija“'], et_EE: ['Põhjala Tarkvara OÜ', 'Toompea Analytics OÜ', 'Emajõe Logistika AS', 'Baltic Cloud Works'],
  bn_BD: ['Padma Textiles Ltd.', 'Meghna Digital Ltd.', 'Jamuna Pharma', 'Karnaphuli Shipping Lines'], ms_MY: ['Sdn Bhd Teknologi Murni', 'Petaling Analytics Sdn. Bhd.', 'Borneo Palm Resources Berhad', 'KL Fintech Sdn Bhd'],
  mk_MK: ['Вардар Софт ДООЕЛ', 'Macedonian Data Lab', 'Охрид Турс ДОО', 'Пелистер Енерџи АД'], ko: ['(주)다온네트웍스', '누리로보틱스 주식회사', '(주)한빛물류', '소담헬스케어', '(주)미르소프트'],
};
const companyOf = (locale, f) => (COMPANIES[locale] ? pick(COMPANIES[locale]) : (f ?? fakerEN).company.name());
const DOMAINS = {
  it_CH: ['bluewin.ch', 'gmail.com', 'ticino.com', 'sunrise.ch'], ar_SA: ['gmail.com', 'hotmail.com', 'outlook.sa'], bg_BG: ['abv.bg', 'gmail.com', 'mail.bg', 'dir.bg'], lt_LT: ['gmail.com', 'one.lt', 'inbox.lt'], et_EE: ['gmail.com', 'hot.ee', 'mail.ee'],
  bn_BD: ['gmail.com', 'yahoo.com', 'outlook.com'], ms_MY: ['gmail.com', 'yahoo.com.my', 'hotmail.my'], es_PE: ['gmail.com', 'hotmail.com', 'outlook.com.pe'], mk_MK: ['gmail.com', 't-home.mk', 'yahoo.com'], en_GH: ['gmail.com', 'yahoo.com', 'outlook.com'],
  ko: ['naver.com', 'gmail.com', 'daum.net', 'hanmail.net', 'kakao.com'],
};
function person(locale) {
  let name, latinFirst, latinLast;
  if (WRITTEN_NAMES[locale]) {
    [name, latinFirst, latinLast] = pick(WRITTEN_NAMES[locale]);
    if (locale !== 'ko' && chance(0.2)) name = `${latinFirst} ${latinLast}`;
  } else {
    const f = FAKERS[locale];
    latinFirst = f.person.firstName();
    latinLast = f.person.lastName();
    name = `${latinFirst} ${latinLast}`;
  }
  const a = ascii(latinFirst).toLowerCase() || 'alex';
  const b = ascii(latinLast).toLowerCase() || 'kim';
  const local = pick([`${a}.${b}`, `${a}${b}`, `${a}.${b}${int(1, 99)}`, `${a[0]}${b}`, `${b}.${a}`, `${a}_${b}${int(80, 99)}`, `${a}${int(1980, 2004)}`, `${b}-${a}`]);
  return { name, latinFirst, latinLast, roman: `${latinFirst} ${latinLast}`, email: `${local}@${pick(DOMAINS[locale])}` };
}
/** A company's mail domain from its name, or a plain one when the name has too few Latin letters. */
const domainOf = (company) => {
  const letters = ascii(company.replace(/\b(?:and|Sdn|Bhd|Ltd|UAB|OÜ|AS|AB)\b/gu, '')).toLowerCase().slice(0, 12);
  return `${letters.length >= 4 ? letters : pick(['careerlink', 'talentport', 'hirewell', 'peopleline'])}.${pick(['com', 'net', 'io', 'co'])}`;
};
const workEmail = (p, domain) => `${ascii(p.latinFirst).toLowerCase().slice(0, 1) || 'h'}${ascii(p.latinLast).toLowerCase() || 'r'}@${domain}`;
const title = (f) => (chance(0.7) ? fakerEN.person.jobTitle() : (f ?? fakerEN).person.jobTitle());

// ---------------------------------------------------------------- local words
const WORDS = {
  it_CH: { phone: 'Tel.', mobile: 'Cellulare', email: 'E-mail', address: 'Indirizzo', greeting: 'Gentile', bye: 'Cordiali saluti' },
  ar_SA: { phone: 'هاتف', mobile: 'جوال', email: 'البريد الإلكتروني', address: 'العنوان الوطني', greeting: 'Dear', bye: 'مع التحية' },
  bg_BG: { phone: 'Тел.', mobile: 'Моб.', email: 'Имейл', address: 'Адрес', greeting: 'Уважаеми', bye: 'Поздрави' },
  lt_LT: { phone: 'Tel.', mobile: 'Mob. tel.', email: 'El. paštas', address: 'Adresas', greeting: 'Gerb.', bye: 'Pagarbiai' },
  et_EE: { phone: 'Tel', mobile: 'Mobiil', email: 'E-post', address: 'Aadress', greeting: 'Tere', bye: 'Lugupidamisega' },
  bn_BD: { phone: 'ফোন', mobile: 'মোবাইল', email: 'ইমেইল', address: 'ঠিকানা', greeting: 'Dear', bye: 'ধন্যবাদান্তে' },
  ms_MY: { phone: 'Tel', mobile: 'H/P', email: 'E-mel', address: 'Alamat', greeting: 'Tuan/Puan', bye: 'Sekian, terima kasih' },
  es_PE: { phone: 'Teléfono', mobile: 'Celular', email: 'Correo', address: 'Domicilio', greeting: 'Estimado/a', bye: 'Saludos cordiales' },
  mk_MK: { phone: 'Тел.', mobile: 'Моб.', email: 'Е-пошта', address: 'Адреса', greeting: 'Почитуван/а', bye: 'Со почит' },
  en_GH: { phone: 'Tel', mobile: 'Mob', email: 'Email', address: 'Address', greeting: 'Dear', bye: 'Kind regards' },
};
const ENGLISH_WORDS = { phone: 'Phone', mobile: 'Mobile', email: 'Email', address: 'Address' };
const word = (locale, key) => (chance(0.65) ? WORDS[locale][key] : ENGLISH_WORDS[key] ?? WORDS[locale][key]);
const someDate = () => `${int(1, 28)} ${MONTH_NAMES.en[int(0, 11)]} 2026`;

/** Contact lines closing a message: name, then phone, e-mail and address with or without their labels. */
function contactBlock(d, locale, p, { phone = 0.8, email = 0.5, address = 0.3 } = {}) {
  d.add(`${p.name}\n`);
  if (chance(phone)) d.add(chance(0.55) ? `${word(locale, 'mobile')}: ` : '').entity('PHONE', phoneFor(locale)).add('\n');
  if (chance(email)) d.add(chance(0.45) ? `${word(locale, 'email')}: ` : '').entity('EMAIL', p.email).add('\n');
  if (chance(address)) d.add(chance(0.35) ? `${word(locale, 'address')}: ` : '').entity('ADDRESS', addressFor(locale, chance(0.4))).add('\n');
}
/** One of the detector's id types, a passport or (rarely) a licence, after `lead`. */
function someIdentifier(d, locale, p, lead) {
  const r = int(1, 10);
  const licence = driverLicence(locale);
  if (r <= 6) {
    const [cue, value, type] = nationalId(locale, p);
    d.add(`${lead}${cue}`).entity(type, value);
  } else if (r <= 9 || !licence) {
    const [cue, value] = passport(locale);
    d.add(`${lead}${cue}`).entity('PASSPORT', value);
  } else d.add(`${lead}${licence[0]}`).entity('DRIVER_LICENSE', licence[1]);
}

// ---------------------------------------------------------------- document kinds
const KINDS = {
  /** Declining a job offer, keeping the door open: the candidate's contact for later, sometimes a referral's. */
  offerDecline(d, locale, f, p) {
    const recruiter = person(locale);
    const company = companyOf(locale, f);
    d.add(`Subject: ${pick(['Your offer — my decision', 'Re: Offer of employment', 'Declining the offer with thanks'])}\n\n${WORDS[locale].greeting} ${recruiter.latinFirst},\n\n`);
    d.add(`Thank you for offering me the ${title(f)} position at ${company}. After ${pick(['a lot of thought', 'talking it over with my family', 'weighing the relocation'])}, I have decided to ${pick(['decline', 'turn down', 'not accept'])} the offer of ${SALARY[locale]()}. ${negative(locale, f)}\n\n`);
    const extras = shuffle([
      () => d.add(`I would be glad to hear from you about future roles: `).entity('EMAIL', p.email).add(chance(0.5) ? '.' : ' or '),
      () => d.add(`${pick(['My mobile stays the same: ', 'If you want to reach me, my number is ', 'Call any time on '])}`).entity('PHONE', phoneFor(locale)).add('.'),
      () => {
        const friend = person(locale);
        d.add(`A former colleague of mine, ${friend.roman}, may be interested — ${pick(['her', 'his', 'their'])} number is `).entity('PHONE', phoneFor(locale)).add(chance(0.5) ? '.' : ', e-mail ');
        if (!d.text.endsWith('.')) d.entity('EMAIL', friend.email).add('.');
      },
      () => d.add(`Please return the signed NDA copy to `).entity('ADDRESS', addressFor(locale, false)).add('.'),
      () => d.add(negative(locale, f)),
    ]).slice(0, int(1, 4));
    for (const extra of extras) {
      extra();
      if (d.text.endsWith(' or ')) d.entity('PHONE', phoneFor(locale)).add('.');
      d.add(' ');
    }
    d.add(`\n\n${WORDS[locale].bye},\n`);
    contactBlock(d, locale, p, { phone: 0.7, email: 0.35, address: 0.45 });
  },
  /** Withdrawing an application: reference numbers as negatives, a request to delete the data, the contact to confirm it. */
  applicationWithdrawal(d, locale, f, p) {
    d.add(`${pick(['Withdrawal of application', 'Please withdraw my application', 'Application withdrawal request'])} — ${title(f)}\n\n`);
    d.add(`${pick(['Hello', 'Dear hiring team', `${WORDS[locale].greeting} Sir or Madam`])},\n\nI would like to withdraw my application (${negative(locale, f).replace(/\.$/u, '')}) as I have accepted another position. `);
    d.add(`${pick(['Please delete my CV and the documents I uploaded.', 'Kindly erase my personal data from your talent pool.', 'Please remove my profile from your database.'])} `);
    if (chance(0.45)) {
      const parens = chance(0.5);
      d.add(`The documents included my ${parens ? 'date of birth (' : 'birth date, '}`).entity('DATE_OF_BIRTH', birthDate(locale)).add(parens ? ') and my address.' : ', and my references.');
    }
    else if (chance(0.4)) someIdentifier(d, locale, p, 'My uploaded form also showed ');
    d.add(`\n\n${pick(['A confirmation to ', 'Please confirm the deletion at '])}`).entity('EMAIL', p.email);
    if (chance(0.5)) d.add(pick([' or by text to ', ' or call '])).entity('PHONE', phoneFor(locale));
    d.add(` would be appreciated. ${negative(locale, f)}\n\n${WORDS[locale].bye},\n${p.name}\n`);
    if (chance(0.5)) d.entity('ADDRESS', addressFor(locale, true)).add('\n');
  },
  /** A follow-up on an application that went quiet: dates and ids as negatives, the recruiter's line and the candidate's. */
  statusFollowUp(d, locale, f, p) {
    const recruiter = person(locale);
    const company = companyOf(locale, f);
    d.add(`To: `).entity('EMAIL', workEmail(recruiter, domainOf(company))).add(`\nSubject: ${pick(['Following up on my application', 'Any news on the ' + title(f) + ' role?', 'Status of application'])}\n\n`);
    d.add(`${pick(['Hi', 'Hello', WORDS[locale].greeting])} ${recruiter.latinFirst},\n\nI applied on ${someDate()} and interviewed with ${person(locale).roman} on ${someDate()}. ${negative(locale, f)} ${pick(['Is there any update?', 'Could you tell me where the process stands?', 'I remain very interested.'])}\n`);
    if (chance(0.5)) d.add(`I tried your office line, `).entity('PHONE', phoneFor(locale, true)).add(`, ${pick(['but nobody picked up', 'and left a voicemail', 'twice this week'])}.\n`);
    if (chance(0.45)) d.add(`Note that I have moved: my new address is `).entity('ADDRESS', addressFor(locale, false)).add('.\n');
    if (chance(0.25)) {
      someIdentifier(d, locale, p, 'For the background check form you sent: ');
      d.add('\n');
    }
    d.add(`\n${negative(locale, f)}\n\n${WORDS[locale].bye},\n`);
    contactBlock(d, locale, p, { phone: 0.9, email: 0.3, address: 0.4 });
  },
  /** Asking a former manager or professor to act as a referee: the recruiter who will call, the candidate's details for the form. */
  refereeRequest(d, locale, f, p) {
    const referee = person(locale);
    const recruiter = person(locale);
    const company = companyOf(locale, f);
    d.add(`${pick(['Hi', 'Dear'])} ${referee.latinFirst},\n\nI hope you are well! I am in the final round for a ${title(f)} role at ${company}, and they asked for two referees. Would you be willing to be one of them? ${negative(locale, f)}\n\n`);
    d.add(`If you agree, ${recruiter.roman} from their HR team will ${pick(['call you', 'send you a short questionnaire', 'get in touch'])} — ${pick(['her', 'his', 'their'])} details: `).entity('EMAIL', workEmail(recruiter, domainOf(company)));
    if (chance(0.6)) d.add(', ').entity('PHONE', phoneFor(locale, true));
    d.add('.\n');
    d.add(`${pick(['Could you confirm your number for them?', 'I gave them the number I have for you: '])}`);
    if (d.text.endsWith(': ')) d.entity('PHONE', phoneFor(locale)).add(' — is it still right?');
    d.add('\n');
    if (chance(0.5)) {
      d.add(`Their form also asks for ${pick(['my details: ', 'the candidate’s details — '])}`);
      if (chance(0.6)) d.add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale));
      else someIdentifier(d, locale, p, '');
      if (chance(0.4)) d.add('; current address ').entity('ADDRESS', addressFor(locale, false));
      d.add('.\n');
    }
    d.add(`\nThank you so much — ${negative(locale, f)}\n\n`);
    contactBlock(d, locale, p, { phone: 0.8, email: 0.3, address: 0.4 });
  },
  /** A networking request for an informational interview, to an alumnus or a friend of a friend. */
  networkingRequest(d, locale, f, p) {
    const contact = person(locale);
    const mutual = person(locale);
    d.add(`${pick(['Hello', 'Hi', 'Good afternoon'])} ${contact.latinFirst},\n\n${mutual.roman} ${pick(['suggested I write to you', 'passed on your e-mail', 'mentioned you know the industry well'])}. I am ${pick(['moving into', 'exploring a switch to', 'graduating in'])} ${pick(['data engineering', 'supply chain', 'product management', 'renewable energy', 'UX research'])} and would love 20 minutes of your time. ${negative(locale, f)}\n\n`);
    d.add(`${pick(['I am free most afternoons;', 'Any day next week works;', 'Happy to work around your schedule;'])} `);
    if (chance(0.7)) d.add(pick(['you can reach me on ', 'my WhatsApp is ', 'text me on '])).entity('PHONE', phoneFor(locale)).add('.');
    else d.add('coffee near your office is fine too.');
    if (chance(0.4)) d.add(` I live at `).entity('ADDRESS', addressFor(locale, false)).add(`, ${pick(['so anywhere central works', 'close to the city centre'])}.`);
    d.add(`\n\n${pick(['My LinkedIn and portfolio are below.', 'I attach my CV for context.'])} ${negative(locale, f)}\n\n${WORDS[locale].bye},\n`);
    contactBlock(d, locale, p, { phone: 0.65, email: 0.6, address: 0.3 });
    if (chance(0.4)) d.add(`\n— ${pick(['cc', 'Cc'])}: ${mutual.roman} <`).entity('EMAIL', mutual.email).add('>\n');
  },
  /** The particulars page of an employment contract: the parties (employer's registered office and number, the employee's details), salary account. */
  contractParticulars(d, locale, f, p) {
    const company = companyOf(locale, f);
    d.add(`${pick(['EMPLOYMENT CONTRACT — PARTICULARS', 'Schedule 1: Particulars of employment', 'Contract of employment (parties)'])}\n\n1. Employer: ${company}, ${pick(['registered office at ', 'with its seat at '])}`).entity('ADDRESS', addressFor(locale, false)).add(`, ${COMPANY_NUMBERS[locale]()}\n`);
    d.add(`2. Employee: ${p.name}\n`);
    const rows = shuffle([
      () => d.add(`   ${pick(['Residing at: ', 'Home address: ', `${word(locale, 'address')}: `])}`).entity('ADDRESS', addressFor(locale, chance(0.2))),
      () => d.add(`   ${dobCue(locale)}`).entity('DATE_OF_BIRTH', birthDate(locale)),
      () => d.add(`   ${dobCue(locale)}`).entity('DATE_OF_BIRTH', birthDate(locale)),
      () => someIdentifier(d, locale, p, '   '),
      () => {
        const [cue, value] = passport(locale);
        d.add(`   ${pick(['Work permit based on ', 'For the residence permit, '])}${cue}`).entity('PASSPORT', value);
      },
      () => d.add(`   ${word(locale, 'mobile')}: `).entity('PHONE', phoneFor(locale)),
      () => d.add(`   ${word(locale, 'email')}: `).entity('EMAIL', p.email),
      () => {
        const licence = driverLicence(locale);
        if (licence) d.add(`   Company car (pool): ${licence[0]}`).entity('DRIVER_LICENSE', licence[1]);
        else d.add(`   ${NO_LICENCE_NUMBER[locale]}`);
      },
      () => {
        d.add('   Salary to be paid to: ');
        payment(d, locale);
      },
    ]).slice(0, int(4, 7));
    for (const row of rows) {
      row();
      d.add('\n');
    }
    d.add(`3. Position: ${title(f)}; start date ${someDate()}; probation ${int(3, 6)} months.\n4. Remuneration: ${SALARY[locale]()}.\n5. ${negative(locale, f)}\n`);
    if (chance(0.3)) {
      const kin = person(locale);
      d.add(`6. Emergency contact: ${kin.name}, `).entity('PHONE', phoneFor(locale)).add('\n');
    }
    if (chance(0.04)) d.add('Relocation advance charged to the company card ').entity('CREDIT_CARD', card()).add('.\n');
  },
  /** A freelancer's project proposal: scope, rates and quote numbers as negatives, the freelancer's business contact and account for the deposit. */
  freelanceProposal(d, locale, f, p) {
    const client = person(locale);
    const company = companyOf(locale, f);
    d.add(`PROPOSAL — ${pick(['website redesign', 'data pipeline audit', 'brand identity', 'mobile app MVP', 'translation of product docs'])}\nPrepared for ${client.roman}, ${company}\nPrepared by ${p.name}\n\n`);
    d.add(`Scope: ${pick(['discovery workshop, two design rounds, handover', 'audit, report, two follow-up calls', '40 screens, tested on iOS and Android'])}. ${negative(locale, f)}\nFee: ${int(20, 120)} ${CURRENCY[locale]}/hour, estimate ${int(40, 300)} hours; ${int(20, 50)}% deposit.\n\n`);
    d.add('Deposit to: ');
    payment(d, locale);
    d.add('\n');
    if (chance(0.03)) d.add('Or by card on the payment link; card used for the test charge: ').entity('CREDIT_CARD', card()).add('\n');
    if (chance(0.25)) someIdentifier(d, locale, p, `Tax withholding (foreign contractor): `);
    if (!d.text.endsWith('\n')) d.add('\n');
    d.add(`\n${pick(['Contact', 'Get in touch', 'Questions'])}:\n`);
    contactBlock(d, locale, p, { phone: 0.9, email: 0.75, address: 0.7 });
  },
  /** An exit-interview questionnaire, filled in: answers in prose, the forwarding contact and address for the final documents. */
  exitInterviewForm(d, locale, f, p) {
    d.add(`EXIT INTERVIEW\nName: ${p.name}   Department: ${pick(['Finance', 'Engineering', 'Sales', 'Operations', 'Customer Care'])}   Last day: ${someDate()}\n\n`);
    d.add(`Q1. Main reason for leaving: ${pick(['a role closer to home', 'career growth', 'relocation abroad', 'going back to study'])}.\nQ2. What could we improve? ${pick(['Clearer promotion criteria.', 'Fewer meetings.', 'Better onboarding.'])} ${negative(locale, f)}\n`);
    d.add(`Q3. Forwarding address for the work certificate and tax forms: `);
    if (chance(0.8)) d.entity('ADDRESS', addressFor(locale, chance(0.35)));
    else d.add('same as in the HR file');
    d.add(`\nQ4. Personal contact after leaving: `);
    const contact = pick(['phone', 'email', 'both']);
    if (contact !== 'email') d.entity('PHONE', phoneFor(locale));
    if (contact === 'both') d.add(' / ');
    if (contact !== 'phone') d.entity('EMAIL', p.email);
    d.add('\n');
    if (chance(0.35)) {
      d.add('Q5. Account for the final salary and unused leave (if changed): ');
      payment(d, locale);
      d.add('\n');
    }
    if (chance(0.3)) someIdentifier(d, locale, p, 'Q6. For the final tax certificate: ');
    if (!d.text.endsWith('\n')) d.add('\n');
    d.add(`\nInterviewer notes: ${negative(locale, f)} ${negative(locale, f)}\n`);
  },
};

// ---------------------------------------------------------------- Korean document kinds
const KO_KINDS = {
  /** 입사 포기 메일: declining an offer, the writer's contact for later. */
  입사포기(d, p) {
    const hr = person('ko');
    d.add(`제목: [입사 포기] ${p.name} 드림\n\n${hr.name} ${pick(['매니저님', '담당자님', '팀장님'])}, 안녕하세요.\n${pick(KO_COMPANIES_SHORT)} 최종 합격 소식 감사합니다. 다만 개인 사정으로 ${pick(['입사를 포기하게 되어', '이번 제안을 정중히 사양하게 되어'])} 연락드립니다. ${koreanNegative()}\n\n`);
    if (chance(0.5)) d.add('추후 좋은 기회가 있으면 ').entity('PHONE', phoneFor('ko')).add(pick(['로 연락 부탁드립니다.\n', ' 번호로 편하게 연락 주세요.\n']));
    if (chance(0.35)) d.add('제출한 서류(').add(pick(['주민등록등본', '졸업증명서'])).add(')는 파기 부탁드립니다. 등본상 주소는 ').entity('ADDRESS', addressFor('ko')).add('입니다.\n');
    d.add(`\n감사합니다.\n${p.name} 올림\n`);
    if (chance(0.6)) d.entity('EMAIL', p.email).add('\n');
  },
  /** 근로계약서 인적사항: the parties, the employee's 주민등록번호 (or a filled-in example), address, account. */
  근로계약서(d, p) {
    const company = pick(KO_COMPANIES_SHORT);
    d.add(`표준근로계약서\n\n${company}(이하 "갑")과 ${p.name}(이하 "을")은 다음과 같이 근로계약을 체결한다.\n\n[갑] 사업장 소재지: `).entity('ADDRESS', addressFor('ko')).add(`\n      ${koreanNegative()}\n      대표전화: `).entity('PHONE', phoneFor('ko', true)).add('\n');
    const [idCue, idValue, idType] = nationalId('ko', p);
    d.add(`[을] 성명: ${p.name}\n      ${idCue}`).entity(idType, idValue).add('\n');
    const rows = shuffle([
      () => d.add('      주소: ').entity('ADDRESS', addressFor('ko')),
      () => d.add('      연락처: ').entity('PHONE', phoneFor('ko')),
      () => d.add(`      ${pick(['생년월일: ', '생년월일 '])}`).entity('DATE_OF_BIRTH', birthDate('ko')),
      () => {
        const [lead, value, trail] = bankAccount('ko');
        d.add(`      급여 계좌: ${lead}`).entity('BANK_ACCOUNT', value).add(trail);
      },
      () => {
        if (chance(0.4)) d.add('      운전면허(업무용 차량): ').entity('DRIVER_LICENSE', driverLicence('ko')[1]);
        else d.add(`      ${koreanNegative()}`);
      },
    ]).slice(0, int(2, 5));
    for (const row of rows) {
      row();
      d.add('\n');
    }
    d.add(`\n1. ${koreanNegative()}\n2. 임금: 월 ${int(250, 650)}만 원 (매월 ${int(10, 25)}일 지급)\n`);
    if (chance(0.2)) d.add('※ 기재 예시: ').decoy(krWritten(impossibleRegistration())).add(' (예시 번호이므로 실제 번호를 적을 것)\n');
  },
  /** 지원 취소 요청: withdrawing an application and asking for the data to be deleted. */
  지원취소(d, p) {
    d.add(`채용 담당자님께,\n\n${koreanNegative()} 로 지원한 ${p.name}입니다. ${pick(['다른 회사에 입사하게 되어', '개인 사정으로'])} 지원을 취소하고자 합니다.\n제출한 이력서와 개인정보는 ${pick(['파기해 주시기 바랍니다.', '삭제 부탁드립니다.'])}\n`);
    if (chance(0.35)) d.add('이력서에는 생년월일(').entity('DATE_OF_BIRTH', birthDate('ko')).add(')과 주소가 포함되어 있습니다.\n');
    d.add('처리 결과는 ').entity('EMAIL', p.email).add(pick(['로 회신 부탁드립니다.\n', ' 으로 알려 주세요.\n']));
    if (chance(0.5)) d.add('휴대폰 ').entity('PHONE', phoneFor('ko')).add('\n');
    if (chance(0.15)) d.add('(지원서에 잘못 적은 번호 ').decoy(krWritten(impossibleRegistration())).add(' 도 함께 삭제해 주세요.)\n');
  },
  /** 채용 진행 문의: asking where the process stands; the recruiter's line in the quoted mail. */
  진행문의(d, p) {
    const hr = person('ko');
    d.add(`안녕하세요, ${pick(['데이터 엔지니어', '회계 담당', '물류 관리', '영상 편집'])} 포지션에 지원한 ${p.name}입니다.\n11월 ${int(1, 20)}일 ${pick(['1차 면접', '과제 제출', '인적성 검사'])} 이후 아직 연락이 없어 문의드립니다. ${koreanNegative()}\n`);
    if (chance(0.3)) d.add('이사하여 주소가 ').entity('ADDRESS', addressFor('ko')).add('(으)로 바뀌었습니다.\n');
    d.add(`\n감사합니다.\n${p.name} `).entity('PHONE', phoneFor('ko')).add('\n\n');
    d.add(`-----Original Message-----\nFrom: ${hr.name} <`).entity('EMAIL', `${ascii(hr.latinFirst).toLowerCase()}.${ascii(hr.latinLast).toLowerCase()}@${pick(['daon.co.kr', 'nuri-robotics.com', 'hanbit-logis.kr', 'mirsoft.co.kr'])}`).add(`>\n${koreanNegative()}\n문의: 인사팀 `).entity('PHONE', phoneFor('ko', true)).add('\n');
  },
  /** 평판 조회 부탁: asking a former manager to be a referee, with the headhunter's contact. */
  평판조회(d, p) {
    const boss = person('ko');
    const hunter = person('ko');
    d.add(`${boss.name} ${pick(['부장님', '팀장님', '교수님'])}, 잘 지내시죠?\n${p.name}입니다. 이직 과정에서 평판 조회를 부탁드려도 될까요? ${koreanNegative()}\n\n`);
    d.add(`헤드헌터 ${hunter.name} 이사님이 연락드릴 예정입니다: `).entity('PHONE', phoneFor('ko')).add(chance(0.5) ? ', ' : '\n');
    if (!d.text.endsWith('\n')) d.entity('EMAIL', `${ascii(hunter.latinFirst).toLowerCase()}@${pick(['peoplebridge.co.kr', 'hr-partners.kr', 'searchfirm.com'])}`).add('\n');
    if (chance(0.4)) d.add('혹시 번호가 바뀌셨으면 알려 주세요. 제가 알고 있는 번호는 ').entity('PHONE', phoneFor('ko')).add('입니다.\n');
    d.add(`\n감사합니다.\n${p.name} 드림\n`);
  },
  /** 프리랜서 견적서: quote numbers and amounts as negatives, the freelancer's account and contact. */
  견적서(d, p) {
    d.add(`견 적 서\n\n수신: ${pick(KO_COMPANIES_SHORT)} 귀중\n${koreanNegative()}\n공급자: ${p.name} (프리랜서)\n`);
    if (chance(0.5)) d.add('사업장 주소: ').entity('ADDRESS', addressFor('ko')).add('\n');
    d.add(`\n품목: ${pick(['웹사이트 리뉴얼', '모바일 앱 UI 디자인', '데이터 분석 리포트', '영문 번역'])} / 금액 ${int(300, 3000)}만 원 (${koreanNegative()})\n\n`);
    const [lead, value, trail] = bankAccount('ko');
    d.add(`입금 계좌: ${lead}`).entity('BANK_ACCOUNT', value).add(`${trail} (예금주 ${p.name})\n`);
    if (chance(0.6)) {
      const [cue, valueId, type] = nationalId('ko', p);
      d.add(`사업소득 원천징수용 ${cue}`).entity(type, valueId).add('\n');
    }
    d.add('연락처: ').entity('PHONE', phoneFor('ko')).add(' / ').entity('EMAIL', p.email).add('\n');
  },
};
const KO_COMPANIES_SHORT = COMPANIES.ko;

// ---------------------------------------------------------------- the set
const cases = [];
const push = (kind, locale, d) => cases.push(d.asCase(`w16-${pad(cases.length, 4)}`, `${kind}/${locale}`));
// Ten locales take turns (100 rounds), then the Korean documents.
const order = [...Array.from({ length: DOCUMENTS_PER_LOCALE }, () => LOCALES).flat(), ...Array.from({ length: KOREAN_DOCUMENTS }, () => 'ko')];
for (const locale of order) {
  const d = new Doc();
  if (locale === 'ko') {
    const kind = pick(Object.keys(KO_KINDS));
    KO_KINDS[kind](d, person('ko'));
    push(kind, locale, d);
    continue;
  }
  const kind = pick(Object.keys(KINDS));
  KINDS[kind](d, locale, FAKERS[locale], person(locale));
  if (chance(0.03)) d.add(`\n${pick(['Card used for the background-check fee: ', 'Paid the certificate fee with '])}`).entity('CREDIT_CARD', card()).add('\n');
  if (chance(0.09)) d.add(`\n${pick(['Tracking no. ', 'Claim ', 'Ticket ', 'Archive ref. '])}`).decoy(krWritten(impossibleRegistration())).add('\n');
  push(kind, locale, d);
}

// ---------------------------------------------------------------- Korean number vectors
// One number per sentence, with a cue naming its kind, a neutral lead-in, or nothing (frames of this
// set's own); the fourteen categories are written by scripts/lib/korean-number-vectors.mjs. Positives
// are labelled with their type; decoys (impossible registration numbers, a real one inside a longer
// digit run or joined to other digits by '+') are listed in impossibleResidentNumbers; business
// registration numbers and 군번/학번/수험번호 are plain negatives: a report of any type is a false positive.
const LEAD_INS = [['', ''], ['아까 말씀드린 번호 ', ''], ['', ' 맞는지 확인 부탁드려요'], ['수정본: ', ''], ['#', ''], ['', ' (재발송)'], ['참고로 ', ' 입니다']];
const FRAMES = {
  KR_RRN: [...LEAD_INS, ['주민등록번호 ', ''], ['주민번호는 ', '이고요'], ['근로계약서 주민번호란: ', ''], ['Resident reg. no. ', '']],
  KR_FRN: [...LEAD_INS, ['외국인등록번호 ', ''], ['외국인등록번호는 ', ' (E-9)'], ['ARC number ', ''], ['외국인 등록 번호: ', '입니다']],
  decoy: [...LEAD_INS, ['주민등록번호 ', ''], ['외국인등록번호: ', ''], ['주민번호 ', ' 로는 본인 인증이 안 됩니다']],
  PASSPORT: [['여권번호 ', ''], ['여권 번호: ', ' (만료 2034.05)'], ['Passport number ', ''], ['여권번호는 ', '이에요']],
  DRIVER_LICENSE: [['운전면허 번호 ', ''], ['면허번호: ', ' (1종 보통)'], ['운전면허증 ', ' 입니다'], ["Driver's licence ", '']],
  BANK_ACCOUNT: [['계좌 ', ''], ['급여 계좌: ', ' (본인)'], ['환급받을 계좌는 ', '입니다'], ['입금처 ', '']],
  business: [['사업자등록번호 ', ''], ['사업자 번호: ', ''], ['거래처 사업자번호 ', ' 조회 요청'], ['Business reg. ', '']],
  military: [['군번 ', ''], ['군번: ', ' (육군 병장 전역)'], ['학번 ', ''], ['수험번호: ', ' 로 확인']],
};
const { vector, vectors } = koreanVectorWriter({ pick, frames: FRAMES, idPrefix: 'w16-kr-' });
writeKoreanNumberVectors(
  vector,
  { int, pick, chance, digits },
  { written: krWritten, bornBetween, registration, impossibleRegistration, businessRegistrationNumber, passport: () => passport('ko')[1], driverLicence: () => driverLicence('ko')[1], bankAccount: () => bankAccount('ko')[1] },
);

// ---------------------------------------------------------------- write and freeze
const description =
  'Held-back labelled set for the Candor sensitive-data detector, wave 16 (scripts/build-pii-heldback-w16.mjs, fixed seed). ' +
  'Built by someone who never tunes the detector; frozen before the detector was run on it. Aggregates only: never print or read its misses.';
console.log(writeHeldBackSet(DIR, { description, seed: SEED, frozenOn: FROZEN_ON, generator: 'scripts/build-pii-heldback-w16.mjs', cases, vectors }));
