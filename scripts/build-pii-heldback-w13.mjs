// Builds test/fixtures/pii/heldback-w13/: the wave 13 held-back labelled set for the sensitive-data
// detector, written by someone who never tunes the detector (issue #10 §3).
//
//   node scripts/build-pii-heldback-w13.mjs     (writes documents.json, korean-numbers.json, manifest.json)
//
// The wave 12 set (heldback-w12/) had its figures published and is tuning data in wave 13; this set
// measures that tuning on text nobody has seen. Its own seed, locales no earlier set used (el_GR,
// hu_HU, es_AR, vi_VN, id_ID, he_IL, hr_HR, sk_SK, lv_LV, uk_UA) and Korean again, and document kinds
// no earlier set used: Europass-style CVs, motivation letters in the local language, payroll and
// address change tickets, emergency-contact sheets, voicemail transcripts, background-screening
// consent forms with an address history, freelance-marketplace profiles, conference rosters; in Korean
// 연말정산 부양가족 명세, 비상연락망, 헤드헌터 후보자 추천서, 면접 통화 녹취록 and 입사 서류 체크리스트.
// Labelling rules are those of heldback-w10/README.md, heldback-w11/README.md and heldback-w12/README.md.
//
// Gold spans are recorded as the values are inserted (by rule, never by running the detector).
// Check digits are computed here and in scripts/lib/pii-values.mjs, independently of src/. Phones
// are drawn from each country's numbering plan and kept only when libphonenumber-js (max metadata)
// calls them valid numbers of that country.
//
// The whole set is held back: nobody tunes on it, reads its documents while tuning, or prints its
// misses. `npm run bench -- sensitive` prints aggregates only.
import { fakerEL, fakerES, fakerHE, fakerHR, fakerHU, fakerID_ID, fakerLV, fakerSK, fakerUK, fakerVI } from '@faker-js/faker';
import { writeHeldBackSet } from './lib/held-back-set.mjs';
import { LabelledText as Doc, shuffled } from './lib/labelled-text.mjs';
import { ascii, daysIn, ibanOf, krCheck, nationalIdMakers, pad, phoneOf, piiValueMakers, UPPER } from './lib/pii-values.mjs';
import { seededRandom } from './lib/seeded-random.mjs';

const SEED = 0x5eed_0c13;
const DOCUMENTS_PER_LOCALE = 100;
const KOREAN_DOCUMENTS = 250;
const FROZEN_ON = '2026-12-01';
const DIR = new URL('../test/fixtures/pii/heldback-w13/', import.meta.url);

const { int, pick, chance, digits } = seededRandom(SEED);
const letter = (from = UPPER) => from[int(0, from.length - 1)];
const nz = (n) => String(int(1, 9)) + digits(n - 1);
const shuffle = (items) => shuffled(items, int);
const { card, sin, aadhaar, pan, codiceFiscale, registration, bornBetween, impossibleRegistration, czechSlovakAccount, businessRegistrationNumber } = piiValueMakers({
  int,
  pick,
  chance,
  digits,
  letter,
});
const { ssn, nino, steuerId, nir, dni, bsn, chineseId, myNumber } = nationalIdMakers({ int, pick, chance, digits, letter });
/** Korean number layouts people type: hyphen (most), none, one space, an en dash. */
const krLayout = (n) => pick([`${n.slice(0, 6)}-${n.slice(6)}`, `${n.slice(0, 6)}-${n.slice(6)}`, `${n.slice(0, 6)}-${n.slice(6)}`, n, `${n.slice(0, 6)} ${n.slice(6)}`, `${n.slice(0, 6)}–${n.slice(6)}`]);
const LOCALES = ['el_GR', 'hu_HU', 'es_AR', 'vi_VN', 'id_ID', 'he_IL', 'hr_HR', 'sk_SK', 'lv_LV', 'uk_UA'];
const COUNTRY = { el_GR: 'GR', hu_HU: 'HU', es_AR: 'AR', vi_VN: 'VN', id_ID: 'ID', he_IL: 'IL', hr_HR: 'HR', sk_SK: 'SK', lv_LV: 'LV', uk_UA: 'UA', ko: 'KR' };

// ---------------------------------------------------------------- phones, by country
const PHONES = {
  el_GR: () => {
    const n = chance(0.7) ? `69${pick(['3', '4', '5', '7', '8', '9'])}${digits(7)}` : pick([`210${int(2, 9)}${digits(6)}`, `2310${int(2, 9)}${digits(5)}`]);
    const g = n.startsWith('2310') ? `${n.slice(0, 4)} ${n.slice(4)}` : `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
    return pick([g, g, n, `+30 ${g}`, `+30 ${n}`, `0030 ${n}`, `+30-${n.slice(0, 3)}-${n.slice(3)}`]);
  },
  hu_HU: () => {
    const [area, n] = chance(0.7) ? [pick(['20', '30', '70']), `${int(2, 9)}${digits(6)}`] : pick([['1', `${int(2, 9)}${digits(6)}`], ['62', `${int(2, 9)}${digits(5)}`], ['52', `${int(2, 9)}${digits(5)}`]]);
    const g = n.length === 7 ? `${n.slice(0, 3)} ${n.slice(3)}` : `${n.slice(0, 3)} ${n.slice(3)}`;
    return pick([`06 ${area} ${g}`, `06-${area}-${n.slice(0, 3)}-${n.slice(3)}`, `+36 ${area} ${g}`, `+36-${area}-${n}`, `(06 ${area}) ${g}`, `06${area}${n}`, `+36 (${area}) ${g}`]);
  },
  es_AR: () => {
    if (chance(0.65)) {
      const [area, local] = pick([['11', `${int(2, 6)}${digits(3)}${digits(4)}`], ['351', `${int(2, 8)}${digits(2)}${digits(4)}`], ['341', `${int(2, 6)}${digits(2)}${digits(4)}`]]);
      const split = `${local.slice(0, local.length - 4)}-${local.slice(-4)}`;
      return pick([`+54 9 ${area} ${split}`, `+54 9 ${area} ${split}`, `+549${area}${local}`, `0${area} 15-${split}`, `(0${area}) 15 ${split}`, `${area} 15 ${split}`]);
    }
    const local = `4${digits(3)}${digits(4)}`;
    return pick([`(011) ${local.slice(0, 4)}-${local.slice(4)}`, `+54 11 ${local.slice(0, 4)}-${local.slice(4)}`, `011 ${local.slice(0, 4)}-${local.slice(4)}`, `11 ${local.slice(0, 4)}-${local.slice(4)}`]);
  },
  vi_VN: () => {
    if (chance(0.75)) {
      const m = `${pick(['90', '91', '93', '94', '96', '97', '98', '32', '33', '35', '38', '70', '77', '81', '83', '85', '88'])}${digits(7)}`;
      return pick([`0${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6)}`, `0${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6)}`, `0${m}`, `0${m.slice(0, 3)}.${m.slice(3, 6)}.${m.slice(6)}`, `+84 ${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6)}`, `+84${m}`, `(+84) ${m}`]);
    }
    const [area, n] = pick([['28', `3${digits(7)}`], ['24', `3${digits(7)}`], ['236', `3${digits(6)}`]]);
    return pick([`(0${area}) ${n.slice(0, 4)} ${n.slice(4)}`, `0${area} ${n.slice(0, 4)} ${n.slice(4)}`, `+84 ${area} ${n.slice(0, 4)} ${n.slice(4)}`]);
  },
  id_ID: () => {
    if (chance(0.75)) {
      const m = `8${pick(['11', '12', '13', '21', '22', '52', '53', '55', '56', '57', '58', '77', '78', '95', '96', '38'])}${digits(int(7, 8))}`;
      const g = `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
      return pick([`0${g}`, `0${g}`, `0${m}`, `+62 ${g}`, `+62${m}`, `+62 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, `0${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`]);
    }
    const [area, n] = pick([['21', `${int(2, 8)}${digits(7)}`], ['22', `${int(2, 7)}${digits(6)}`], ['31', `${int(3, 8)}${digits(6)}`]]);
    return pick([`(0${area}) ${n.slice(0, 4)} ${n.slice(4)}`, `0${area}-${n}`, `+62 ${area} ${n}`]);
  },
  he_IL: () => {
    if (chance(0.7)) {
      const m = `5${pick(['0', '2', '3', '4', '5', '8'])}${int(2, 9)}${digits(6)}`;
      return pick([`0${m.slice(0, 2)}-${m.slice(2, 5)}-${m.slice(5)}`, `0${m.slice(0, 2)}-${m.slice(2)}`, `0${m}`, `+972-${m.slice(0, 2)}-${m.slice(2, 5)}-${m.slice(5)}`, `+972 ${m.slice(0, 2)} ${m.slice(2, 5)} ${m.slice(5)}`, `+972${m}`, `00972 ${m}`]);
    }
    const area = pick(['2', '3', '4', '8', '9']);
    const n = `${int(5, 9)}${digits(6)}`;
    return pick([`0${area}-${n.slice(0, 3)}-${n.slice(3)}`, `0${area}-${n}`, `+972-${area}-${n}`, `(0${area}) ${n.slice(0, 3)}-${n.slice(3)}`]);
  },
  hr_HR: () => {
    if (chance(0.7)) {
      const pre = pick(['91', '92', '95', '97', '98', '99']);
      const n = `${int(1, 9)}${digits(int(5, 6))}`;
      const g = n.length === 7 ? `${n.slice(0, 3)} ${n.slice(3)}` : `${n.slice(0, 3)} ${n.slice(3)}`;
      return pick([`0${pre} ${g}`, `0${pre} ${g}`, `0${pre}/${g}`, `+385 ${pre} ${g}`, `+385${pre}${n}`, `00385 ${pre} ${g}`, `0${pre}${n}`]);
    }
    const [area, n] = pick([['1', `${int(2, 6)}${digits(6)}`], ['21', `${int(3, 5)}${digits(5)}`], ['51', `${int(2, 6)}${digits(5)}`]]);
    return pick([`0${area} ${n.slice(0, 3)} ${n.slice(3)}`, `+385 ${area} ${n.slice(0, 3)} ${n.slice(3)}`, `0${area}/${n}`]);
  },
  sk_SK: () => {
    if (chance(0.7)) {
      const m = `9${pick(['01', '02', '03', '04', '05', '06', '07', '08', '10', '11', '14', '15', '16', '17', '40', '44', '48', '49'])}${digits(6)}`;
      const g = `${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6)}`;
      return pick([`0${g}`, `0${g}`, `0${m}`, `+421 ${g}`, `+421${m}`, `00421 ${g}`, `0${m.slice(0, 3)}/${m.slice(3)}`]);
    }
    const [area, n] = pick([['2', `${int(2, 6)}${digits(7)}`], ['55', `${int(6, 7)}${digits(6)}`], ['37', `${int(6, 7)}${digits(6)}`]]);
    return pick([`0${area}/${n.slice(0, 4)} ${n.slice(4)}`, `+421 ${area} ${n.slice(0, 4)} ${n.slice(4)}`, `0${area} ${n}`]);
  },
  lv_LV: () => {
    const n = chance(0.75) ? `2${int(0, 9)}${digits(6)}` : `67${int(0, 9)}${digits(5)}`;
    return pick([`${n.slice(0, 4)} ${n.slice(4)}`, n, n, `+371 ${n}`, `+371 ${n.slice(0, 4)} ${n.slice(4)}`, `+371 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, `(+371) ${n}`, `00371 ${n}`]);
  },
  uk_UA: () => {
    const [op, n] = chance(0.75) ? [pick(['50', '63', '66', '67', '68', '73', '93', '95', '96', '97', '98', '99']), `${int(1, 9)}${digits(6)}`] : [pick(['44', '32', '57']), `${int(2, 7)}${digits(6)}`];
    const g = `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`;
    const d = `${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`;
    return pick([`0${op} ${g}`, `0${op} ${g}`, `+380 ${op} ${g}`, `+38 (0${op}) ${d}`, `(0${op}) ${d}`, `+380${op}${n}`, `0${op}${n}`, `+380 (${op}) ${d}`]);
  },
  ko: () => {
    const mid = `${int(2, 9)}${digits(3)}`;
    const area = pick(['02', '031', '032', '041', '043', '051', '052', '055', '063', '070']);
    const local = area === '02' ? `${int(2, 9)}${digits(3)}` : `${int(2, 9)}${digits(2 + int(0, 1))}`;
    return pick([
      `010-${mid}-${digits(4)}`, `010-${mid}-${digits(4)}`, `010-${mid}-${digits(4)}`, `010 ${mid} ${digits(4)}`, `010${mid}${digits(4)}`, `010.${mid}.${digits(4)}`,
      `+82-10-${mid}-${digits(4)}`, `+82 10-${mid}-${digits(4)}`, `${area}-${local}-${digits(4)}`, `${area}) ${local}-${digits(4)}`, `${area} ${local} ${digits(4)}`,
    ]);
  },
};
const phoneFor = (locale) => phoneOf(COUNTRY[locale], PHONES[locale]);

// ---------------------------------------------------------------- addresses, by country
const GR_PLACES = [['105 63', 'Αθήνα', 'Athina'], ['106 80', 'Αθήνα', 'Athens'], ['115 21', 'Αθήνα', 'Athens'], ['546 22', 'Θεσσαλονίκη', 'Thessaloniki'], ['262 21', 'Πάτρα', 'Patra'], ['712 02', 'Ηράκλειο', 'Heraklion'], ['152 31', 'Χαλάνδρι', 'Chalandri'], ['185 36', 'Πειραιάς', 'Piraeus']];
const GR_STREETS = [['Ερμού', 'Ermou'], ['Πανεπιστημίου', 'Panepistimiou'], ['Λεωφ. Κηφισίας', 'Leof. Kifisias'], ['Σόλωνος', 'Solonos'], ['Τσιμισκή', 'Tsimiski'], ['Αγίου Νικολάου', 'Agiou Nikolaou'], ['Μητροπόλεως', 'Mitropoleos'], ['Λεωφ. Αλεξάνδρας', 'Leof. Alexandras']];
const HU_PLACES = [['1061', 'Budapest'], ['1052', 'Budapest'], ['1117', 'Budapest'], ['1085', 'Budapest'], ['1137', 'Budapest'], ['6720', 'Szeged'], ['4024', 'Debrecen'], ['7621', 'Pécs'], ['9021', 'Győr'], ['2000', 'Szentendre']];
const HU_STREETS = ['Andrássy út', 'Váci utca', 'Rákóczi út', 'Bartók Béla út', 'Kossuth Lajos utca', 'Petőfi Sándor u.', 'Szent István krt.', 'Dózsa György út', 'Király utca', 'Fő tér'];
const AR_PLACES = [['C1043AAZ', 'CABA'], ['C1425BGP', 'Ciudad Autónoma de Buenos Aires'], ['C1414', 'Palermo, CABA'], ['X5000', 'Córdoba'], ['S2000', 'Rosario, Santa Fe'], ['B1640', 'Martínez, Buenos Aires'], ['M5500', 'Mendoza'], ['B7600', 'Mar del Plata']];
const AR_STREETS = ['Av. Corrientes', 'Av. Santa Fe', 'Av. Rivadavia', 'Thames', 'Gorriti', 'Bv. San Juan', 'Bv. Oroño', 'Av. Colón', 'Güemes', 'Av. del Libertador', 'Calle 9 de Julio'];
const VN_PLACES = [
  ['Phường Bến Nghé', 'Quận 1', 'TP. Hồ Chí Minh'], ['Phường 4', 'Quận Gò Vấp', 'TP.HCM'], ['Phường Thảo Điền', 'TP. Thủ Đức', 'TP. Hồ Chí Minh'],
  ['Phường Phạm Đình Hổ', 'Quận Hai Bà Trưng', 'Hà Nội'], ['Phường Dịch Vọng Hậu', 'Quận Cầu Giấy', 'Hà Nội'], ['Phường Hải Châu 1', 'Quận Hải Châu', 'Đà Nẵng'],
];
const VN_STREETS = ['Nguyễn Huệ', 'Lê Lợi', 'Điện Biên Phủ', 'Trần Hưng Đạo', 'Phố Huế', 'Xuân Thủy', 'Bạch Đằng', 'Võ Văn Tần', 'Hai Bà Trưng', 'Quốc lộ 13'];
const ID_PLACES = [
  ['Kel. Karet', 'Kec. Setiabudi', 'Jakarta Selatan', '12920', 'DKI Jakarta'], ['Kel. Gambir', 'Kec. Gambir', 'Jakarta Pusat', '10110', 'DKI Jakarta'], ['Kel. Dago', 'Kec. Coblong', 'Bandung', '40135', 'Jawa Barat'],
  ['Kel. Gubeng', 'Kec. Gubeng', 'Surabaya', '60281', 'Jawa Timur'], ['Kel. Kotabaru', 'Kec. Gondokusuman', 'Yogyakarta', '55224', 'DI Yogyakarta'], ['Kel. Pekayon Jaya', 'Kec. Bekasi Selatan', 'Bekasi', '17148', 'Jawa Barat'],
];
const ID_STREETS = ['Jl. Jend. Sudirman', 'Jl. Kebon Sirih', 'Jl. Ir. H. Juanda', 'Jl. Raya Darmo', 'Jl. Malioboro', 'Jl. Dipati Ukur', 'Jl. Kemang Raya', 'Jl. Gatot Subroto'];
const IL_PLACES = [['תל אביב-יפו', 'Tel Aviv-Yafo', '6578901'], ['תל אביב', 'Tel Aviv', '6688218'], ['ירושלים', 'Jerusalem', '9434201'], ['חיפה', 'Haifa', '3303112'], ['רמת גן', 'Ramat Gan', '5252001'], ['הרצליה', 'Herzliya', '4672515'], ['באר שבע', "Be'er Sheva", '8410501']];
const IL_STREETS = [['הרצל', 'Herzl St.'], ['שדרות רוטשילד', 'Rothschild Blvd'], ['יפו', 'Jaffa Rd'], ['דיזנגוף', 'Dizengoff St.'], ['אבן גבירול', 'Ibn Gabirol St.'], ['ז׳בוטינסקי', 'Jabotinsky St.'], ['הנשיא', 'HaNassi Blvd']];
const HR_PLACES = [['10000', 'Zagreb'], ['10010', 'Zagreb'], ['21000', 'Split'], ['51000', 'Rijeka'], ['31000', 'Osijek'], ['23000', 'Zadar'], ['20000', 'Dubrovnik'], ['52100', 'Pula']];
const HR_STREETS = ['Ilica', 'Savska cesta', 'Vukovarska', 'Frankopanska', 'Marmontova', 'Korzo', 'Ulica kralja Zvonimira', 'Radnička cesta', 'Trg bana Jelačića', 'Zagrebačka avenija'];
const SK_PLACES = [['811 06', 'Bratislava'], ['821 08', 'Bratislava'], ['851 01', 'Bratislava - Petržalka'], ['040 01', 'Košice'], ['949 01', 'Nitra'], ['010 01', 'Žilina'], ['974 01', 'Banská Bystrica'], ['080 01', 'Prešov']];
const SK_STREETS = ['Obchodná', 'Hlavná', 'Štúrova', 'Mlynské nivy', 'Karadžičova', 'Námestie SNP', 'Poštová', 'Jesenského', 'Mierová', 'Vajnorská'];
const LV_PLACES = [['LV-1001', 'Rīga'], ['LV-1010', 'Rīga'], ['LV-1050', 'Rīga'], ['LV-1011', 'Rīga'], ['LV-3001', 'Jelgava'], ['LV-5401', 'Daugavpils'], ['LV-3601', 'Ventspils'], ['LV-2015', 'Jūrmala']];
const LV_STREETS = ['Brīvības iela', 'Elizabetes iela', 'Krišjāņa Valdemāra iela', 'Tērbatas iela', 'Čaka iela', 'Rīgas iela', 'Dzirnavu iela', 'Lāčplēša iela', 'Jomas iela'];
const UA_PLACES = [['01001', 'Київ', 'Kyiv'], ['04070', 'Київ', 'Kyiv'], ['03150', 'Київ', 'Kyiv'], ['79007', 'Львів', 'Lviv'], ['61166', 'Харків', 'Kharkiv'], ['65014', 'Одеса', 'Odesa'], ['49000', 'Дніпро', 'Dnipro'], ['76018', 'Івано-Франківськ', 'Ivano-Frankivsk']];
const UA_STREETS = [['вул. Хрещатик', 'vul. Khreshchatyk'], ['вул. Городоцька', 'vul. Horodotska'], ['просп. Науки', 'prosp. Nauky'], ['вул. Дерибасівська', 'vul. Derybasivska'], ['вул. Велика Васильківська', 'vul. Velyka Vasylkivska'], ['бульв. Лесі Українки', 'blvd. Lesi Ukrainky'], ['вул. Січових Стрільців', 'vul. Sichovykh Striltsiv']];
const KR_ROADS = [
  ['서울특별시', '서울', '성동구', '왕십리로', '성수동'], ['서울특별시', '서울', '영등포구', '여의대로', '여의도동'], ['서울특별시', '서울', '관악구', '관악로', '봉천동'], ['서울특별시', '서울', '노원구', '동일로', '상계동'],
  ['부산광역시', '부산', '해운대구', '센텀중앙로', '우동'], ['대구광역시', '대구', '수성구', '동대구로', '범어동'], ['울산광역시', '울산', '남구', '삼산로', '삼산동'], ['세종특별자치시', '세종', '', '한누리대로', '나성동'],
  ['경기도', '경기', '고양시 일산동구', '중앙로', '장항동'], ['경기도', '경기', '용인시 수지구', '포은대로', '풍덕천동'], ['충청북도', '충북', '청주시 흥덕구', '직지대로', '복대동'], ['강원특별자치도', '강원', '춘천시', '중앙로', '조운동'],
];
const KR_BUILDINGS = ['래미안', '푸르지오', '힐스테이트', '센트럴파크', '하이츠빌라', '오피스텔', '타워', '아파트'];

const ADDRESSES = {
  el_GR: (multiline) => {
    const [tk, city, latinCity] = pick(GR_PLACES);
    const [street, latin] = pick(GR_STREETS);
    const n = int(1, 180);
    if (chance(0.35)) return multiline ? `${latin} ${n}\n${tk} ${latinCity}` : `${latin} ${n}, ${tk} ${latinCity}${chance(0.3) ? ', Greece' : ''}`;
    const floor = pick(['', '', `, ${int(1, 6)}ος όροφος`, `, διαμ. ${int(1, 12)}`]);
    return multiline ? `${street} ${n}${floor}\n${tk} ${city}` : `${pick(['', 'Οδός '])}${street} ${n}${floor}, ${pick([`${tk} ${city}`, `${city} ${tk}`, `Τ.Κ. ${tk}, ${city}`])}`;
  },
  hu_HU: (multiline) => {
    const [irsz, city] = pick(HU_PLACES);
    const num = `${int(1, 140)}.${pick(['', '', ` ${pick(['I', 'II', 'III', 'IV', 'V'])}. em. ${int(1, 12)}.`, ` ${int(1, 6)}/${int(1, 20)}`, ` fszt. ${int(1, 4)}.`])}`;
    const street = `${pick(HU_STREETS)} ${num}`;
    if (multiline) return `${street}\n${irsz} ${city}`;
    return pick([`${irsz} ${city}, ${street}`, `${irsz} ${city}, ${street}`, `${city}, ${street}, ${irsz}`, `${irsz} ${city} ${street}`]);
  },
  es_AR: (multiline) => {
    const [cp, city] = pick(AR_PLACES);
    const unit = pick(['', '', `, Piso ${int(1, 14)} Dto. ${letter('ABCDEF')}`, ` ${int(1, 12)}° "${letter('ABCD')}"`, ` ${int(1, 9)}° ${letter('ABCD')}`, `, PB ${int(1, 4)}`]);
    const line1 = `${pick(AR_STREETS)} ${int(100, 5999)}${unit}`;
    const tail = pick([`${cp} ${city}`, `(${cp.slice(1, 5)}) ${city}`, `${city} (${cp})`]);
    return multiline ? `${line1}\n${tail}` : `${line1}, ${tail}`;
  },
  vi_VN: (multiline) => {
    const [ward, district, city] = pick(VN_PLACES);
    const street = pick(VN_STREETS);
    const line1 = pick([`${int(1, 300)} ${street}`, `Số ${int(1, 120)} ${street}`, `${int(1, 99)}/${int(1, 30)} ${street}`, `Số ${int(1, 60)} Ngõ ${int(1, 200)} ${street}`, `Căn hộ ${letter('ABC')}${int(1, 30)}.${pad(int(1, 20), 2)}, ${pick(['Vinhomes Central Park', 'Masteri Thảo Điền', 'Times City'])}, ${int(1, 400)} ${street}`]);
    const short = chance(0.3);
    const w = short ? ward.replace('Phường', 'P.') : ward;
    const d = short ? district.replace('Quận', 'Q.') : district;
    return multiline ? `${line1}, ${w}\n${d}, ${city}` : `${line1}, ${w}, ${d}, ${city}`;
  },
  id_ID: (multiline) => {
    const [kel, kec, city, kodepos, province] = pick(ID_PLACES);
    const line1 = pick([
      () => `${pick(ID_STREETS)} No. ${int(1, 250)}${chance(0.4) ? `, RT ${pad(int(1, 15), 3)}/RW ${pad(int(1, 12), 3)}` : ''}`,
      () => `Perumahan ${pick(['Griya Asri', 'Taman Permata', 'Bumi Indah', 'Citra Garden'])} Blok ${letter('ABCDEF')}${int(1, 9)} No. ${int(1, 40)}`,
      () => `Apartemen ${pick(['Kalibata City', 'Taman Rasuna', 'Gateway Pasteur'])} Tower ${letter('ABCDEFG')} Lt. ${int(2, 30)} No. ${int(1, 20)}`,
    ])();
    const tail = pick([`${kel}, ${kec}, ${city} ${kodepos}`, `${city} ${kodepos}`, `${kec}, ${city}, ${province} ${kodepos}`]);
    return multiline ? `${line1}\n${tail}` : `${line1}, ${tail}`;
  },
  he_IL: (multiline) => {
    const [city, latinCity, mikud] = pick(IL_PLACES);
    const [street, latin] = pick(IL_STREETS);
    const n = int(1, 160);
    if (chance(0.4)) {
      const apt = pick(['', `, Apt ${int(1, 40)}`, ` ${n > 9 ? '' : ''}/${int(1, 30)}`]);
      return multiline ? `${n} ${latin}${apt}\n${latinCity} ${mikud}` : `${pick([`${n} ${latin}`, `${latin} ${n}`])}${apt}, ${latinCity}${chance(0.7) ? ` ${mikud}` : ''}${chance(0.3) ? ', Israel' : ''}`;
    }
    const apt = pick(['', '', `, דירה ${int(1, 40)}`, `/${int(1, 30)}`]);
    return multiline ? `${pick(['רחוב ', "רח' ", ''])}${street} ${n}${apt}\n${city} ${mikud}` : `${pick(['רחוב ', "רח' ", ''])}${street} ${n}${apt}, ${city}${chance(0.6) ? ` ${mikud}` : ''}`;
  },
  hr_HR: (multiline) => {
    const [pb, city] = pick(HR_PLACES);
    const line1 = `${pick(HR_STREETS)} ${int(1, 200)}${pick(['', '', letter('abc'), `/${pick(['I', 'II', 'III', 'IV'])}`, `, ${int(1, 9)}. kat`])}`;
    const zip = chance(0.12) ? `HR-${pb}` : pb;
    return multiline ? `${line1}\n${zip} ${city}` : `${line1}, ${zip} ${city}`;
  },
  sk_SK: (multiline) => {
    const [psc, city] = pick(SK_PLACES);
    const line1 = `${pick(SK_STREETS)} ${pick([`${int(1, 120)}`, `${int(100, 3999)}/${int(1, 90)}`, `${int(1, 60)}${letter('ABC')}`])}`;
    return multiline ? `${line1}\n${psc} ${city}` : `${line1}, ${psc} ${city}`;
  },
  lv_LV: (multiline) => {
    const [lv, city] = pick(LV_PLACES);
    const line1 = `${pick(LV_STREETS)} ${int(1, 140)}${pick(['', '', letter('ABK'), ` - ${int(1, 80)}`, `-${int(1, 80)}`, ` k-${int(1, 4)}-${int(1, 60)}`])}`;
    return multiline ? `${line1}\n${city}, ${lv}` : pick([`${line1}, ${city}, ${lv}`, `${line1}, ${city}, ${lv}`, `${line1}, ${lv} ${city}`]);
  },
  uk_UA: (multiline) => {
    const [index, city, latinCity] = pick(UA_PLACES);
    const [street, latin] = pick(UA_STREETS);
    const n = int(1, 150);
    if (chance(0.3)) return multiline ? `${latin} ${n}, apt. ${int(1, 200)}\n${latinCity} ${index}` : `${latin} ${n}${chance(0.5) ? `, apt. ${int(1, 200)}` : ''}, ${latinCity} ${index}${chance(0.4) ? ', Ukraine' : ''}`;
    const apt = pick(['', `, кв. ${int(1, 250)}`, `, кв. ${int(1, 250)}`, `/${int(1, 4)}, кв. ${int(1, 120)}`]);
    return multiline ? `${street}, ${n}${apt}\n${city}, ${index}` : pick([`${street}, ${n}${apt}, ${city}, ${index}`, `${index}, м. ${city}, ${street}, ${n}${apt}`]);
  },
  ko: () => {
    const [sido, short, gu, road, dong] = pick(KR_ROADS);
    const zip = pick(['', '', '', `(${pad(int(1000, 63999), 5)}) `, `[${pad(int(1000, 63999), 5)}] `, `우편번호 ${pad(int(1000, 63999), 5)} `]);
    const region = `${chance(0.5) ? sido : short}${gu ? ` ${gu}` : ''}`;
    if (chance(0.2)) return `${zip}${region} ${dong} ${int(1, 1999)}${chance(0.7) ? `-${int(1, 99)}` : '번지'}${pick(['', ` ${pick(KR_BUILDINGS)} ${int(101, 120)}동 ${int(1, 25)}0${int(1, 4)}호`, ` ${int(2, 5)}층`])}`;
    const gil = chance(0.3) ? `${int(1, 80)}번길` : chance(0.2) ? `${int(1, 40)}길` : '';
    const unit = pick(['', '', `, ${int(101, 120)}동 ${int(1, 30)}0${int(1, 4)}호`, ` ${int(2, 15)}층`, `, ${int(101, 1802)}호`, ` (${dong}, ${pick(KR_BUILDINGS)}) ${int(101, 120)}동 ${int(101, 2504)}호`]);
    return `${zip}${region} ${road}${gil} ${int(1, 500)}${unit}`;
  },
};
const addressFor = (locale, multiline = false) => ADDRESSES[locale](multiline);

// ---------------------------------------------------------------- ids the detector claims (expatriates')
/** [cue or neutral lead-in, value, type] for an id of a claimed type plausible in `locale`. */
function nationalId(locale, p) {
  const named = chance(0.65);
  const lead = (cues, neutral) => (named ? pick(cues) : pick(neutral));
  const N = NEUTRAL_LEADS[locale] ?? ['For payroll: '];
  const choice = {
    el_GR: () => (chance(0.6) ? [lead(['Steuer-ID (Γερμανία): ', 'Steuerliche Identifikationsnummer: '], N), steuerId(), 'DE_TAX_ID'] : [lead(['UK National Insurance no. ', 'NINO: '], N), nino(), 'UK_NINO']),
    hu_HU: () => (chance(0.6) ? [lead(['Német adóazonosító (Steuer-ID): ', 'Steuer-IdNr.: '], N), steuerId(), 'DE_TAX_ID'] : [lead(['BSN (Hollandia): ', 'Burgerservicenummer: '], N), bsn(), 'NL_BSN']),
    es_AR: () => pick([
      () => [lead(['Codice fiscale (Italia): ', 'Código fiscal italiano: '], N), codiceFiscale(p.latinFirst, p.latinLast), 'IT_FISCAL_CODE'],
      () => [lead(['NIE (España): ', 'DNI español: '], N), dni(), 'ES_DNI'],
      () => [lead(['SSN (EE.UU.): ', 'Social Security Number: '], N), ssn(), 'US_SSN'],
    ])(),
    vi_VN: () => pick([
      () => [lead(['マイナンバー: ', 'My Number (Nhật Bản): ', 'Mã số cá nhân Nhật (My Number): '], N), myNumber(), 'JP_MY_NUMBER'],
      () => [lead(['Số đăng ký người nước ngoài (Hàn Quốc): ', '외국인등록번호 '], N), krLayout(registration('KR_FRN')), 'KR_FRN'],
      () => [lead(['居民身份证号码：', 'CCCD Trung Quốc (身份证): '], N), chineseId(), 'CN_RESIDENT_ID'],
    ])(),
    id_ID: () => pick([
      () => [lead(['My Number (Jepang): ', '個人番号：'], N), myNumber(), 'JP_MY_NUMBER'],
      () => [lead(['Nomor registrasi orang asing (Korea): ', 'ARC Korea: ', '외국인등록번호: '], N), krLayout(registration('KR_FRN')), 'KR_FRN'],
      () => [lead(['No. KTP Tiongkok (居民身份证): ', '身份证号码 '], N), chineseId(), 'CN_RESIDENT_ID'],
    ])(),
    he_IL: () => pick([
      () => [lead(['US SSN: ', 'Social Security No. '], N), ssn(), 'US_SSN'],
      () => [lead(['N° de sécurité sociale : ', 'NIR (צרפת): '], N), nir(), 'FR_NIR'],
      () => [lead(['SIN (Canada): ', 'Canadian SIN '], N), sin(), 'CA_SIN'],
    ])(),
    hr_HR: () => (chance(0.5) ? [lead(['Steuer-ID (Njemačka): ', 'njemački porezni broj (Steuer-ID) '], N), steuerId(), 'DE_TAX_ID'] : [lead(['Codice fiscale: ', 'talijanski porezni broj (codice fiscale) '], N), codiceFiscale(p.latinFirst, p.latinLast), 'IT_FISCAL_CODE']),
    sk_SK: () => (chance(0.6) ? [lead(['National Insurance number (UK): ', 'NINO (Spojené kráľovstvo): '], N), nino(), 'UK_NINO'] : [lead(['BSN (Holandsko): ', 'Burgerservicenummer '], N), bsn(), 'NL_BSN']),
    lv_LV: () => pick([
      () => [lead(['UK NI number: ', 'NINO (Lielbritānija): '], N), nino(), 'UK_NINO'],
      () => [lead(['Aadhaar: ', 'Aadhaar no. '], N), aadhaar(), 'IN_AADHAAR'],
      () => [lead(['PAN (India): ', 'PAN card '], N), pan(p.latinLast), 'IN_PAN'],
    ])(),
    uk_UA: () => pick([
      () => [lead(['Steuer-ID (Німеччина): ', 'Steuerliche IdNr.: '], N), steuerId(), 'DE_TAX_ID'],
      () => [lead(['NIE (Іспанія): ', 'NIE: '], N), dni(), 'ES_DNI'],
      () => [lead(['SIN (Канада): ', 'Canadian SIN: '], N), sin(), 'CA_SIN'],
    ])(),
    ko: () => {
      const kind = chance(0.65) ? 'KR_RRN' : 'KR_FRN';
      const cue = kind === 'KR_RRN' ? pick(['주민등록번호: ', '주민번호 ', '주민등록번호 : ']) : pick(['외국인등록번호: ', '외국인등록번호 ', '등록번호(외국인): ']);
      return [named ? cue : pick(['본인 확인용 ', '서류 제출용: ']), krLayout(registration(kind)), kind];
    },
  }[locale];
  return choice();
}
const NEUTRAL_LEADS = {
  el_GR: ['Για τη μισθοδοσία: ', 'Στοιχεία: '], hu_HU: ['A bérszámfejtéshez: ', 'Adatok: '], es_AR: ['Para liquidación de haberes: ', 'Datos: '], vi_VN: ['Để làm bảng lương: ', 'Thông tin: '],
  id_ID: ['Untuk penggajian: ', 'Data: '], he_IL: ['לצורכי שכר: ', 'For payroll: '], hr_HR: ['Za obračun plaće: ', 'Podaci: '], sk_SK: ['Pre mzdovú učtáreň: ', 'Údaje: '], lv_LV: ['Algas aprēķinam: ', 'Dati: '], uk_UA: ['Для бухгалтерії: ', 'Дані: '],
};
function passport(locale) {
  const value = {
    el_GR: () => `${letter()}${letter()}${digits(7)}`, hu_HU: () => `${letter('BH')}${letter()}${digits(7)}`, es_AR: () => `${letter()}${letter()}${letter()}${digits(6)}`, vi_VN: () => `${letter('BCNP')}${digits(7)}`,
    id_ID: () => `${letter('ABCEX')}${digits(7)}`, he_IL: () => `${int(2, 3)}${digits(7)}`, hr_HR: () => nz(9), sk_SK: () => `${letter()}${letter()}${digits(7)}`, lv_LV: () => `${letter('LP')}${letter('VA')}${digits(7)}`,
    uk_UA: () => `${letter('EFGHK')}${letter()}${digits(6)}`, ko: () => (chance(0.5) ? `M${digits(8)}` : `M${digits(3)}${letter('ABCDEFGHJKLMNPQRSTUVWXYZ')}${digits(4)}`),
  }[locale]();
  const cue = {
    el_GR: ['Αριθμός διαβατηρίου: ', 'Αρ. διαβατηρίου '], hu_HU: ['Útlevélszám: ', 'Útlevél száma: '], es_AR: ['Pasaporte N° ', 'Nro. de pasaporte: '], vi_VN: ['Số hộ chiếu: ', 'Hộ chiếu số '],
    id_ID: ['No. Paspor: ', 'Nomor paspor '], he_IL: ['מספר דרכון: ', 'דרכון '], hr_HR: ['Broj putovnice: ', 'Putovnica br. '], sk_SK: ['Číslo pasu: ', 'Cestovný pas č. '], lv_LV: ['Pases numurs: ', 'Pase Nr. '],
    uk_UA: ['Номер закордонного паспорта: ', 'Закордонний паспорт '], ko: ['여권번호: ', '여권 번호 '],
  }[locale];
  return [chance(0.65) ? pick(cue) : pick(['Passport No. ', 'Passport: ', 'passport ']), value];
}
function driverLicence(locale) {
  const value = {
    el_GR: () => nz(9), hu_HU: () => `${letter()}${letter()}${digits(6)}`, es_AR: () => `${int(20, 45)}${digits(6)}`, vi_VN: () => digits(12), id_ID: () => `${digits(4)}-${digits(4)}-${digits(6)}`,
    he_IL: () => nz(8), hr_HR: () => nz(8), sk_SK: () => `${letter('EFGH')}${letter()}${digits(6)}`, lv_LV: () => `${letter()}${letter()}${digits(6)}`, uk_UA: () => `${letter('ABCEKMT')}${letter('ABCEKMT')}${letter('ABCEKMT')}${digits(6)}`,
    ko: () => `${pick(['서울 ', '경기 ', '부산 ', '11-', '12-', '13-', '28-'])}${digits(2)}-${digits(6)}-${digits(2)}`,
  }[locale]();
  const cue = {
    el_GR: 'Αρ. άδειας οδήγησης: ', hu_HU: 'Vezetői engedély száma: ', es_AR: 'Licencia de conducir N° ', vi_VN: 'Số GPLX: ', id_ID: 'No. SIM: ', he_IL: 'מספר רישיון נהיגה: ',
    hr_HR: 'Broj vozačke dozvole: ', sk_SK: 'Číslo vodičského preukazu: ', lv_LV: 'Vadītāja apliecības Nr. ', uk_UA: 'Посвідчення водія: ', ko: '운전면허번호: ',
  }[locale];
  return [chance(0.7) ? cue : pick(["Driver's licence no. ", 'Driving licence: ']), value];
}

// ---------------------------------------------------------------- banking
/** Hungarian giro account: 8 digits (bank and branch) then 8 or 16 (the account), each part ending in a check digit with weights 9,7,3,1 repeated. */
function hungarianAccount(groups = 3) {
  const withCheck = (body) => {
    const w = [9, 7, 3, 1];
    let s = 0;
    for (let i = 0; i < body.length; i++) s += Number(body[i]) * w[i % 4];
    return `${body}${(10 - (s % 10)) % 10}`;
  };
  const head = withCheck(`${pick(['117', '104', '120', '116', '107', '109'])}${digits(4)}`);
  const account = withCheck(digits(groups === 3 ? 15 : 7));
  return [head, ...account.match(/.{8}/g)];
}
const IBAN_BBAN = {
  GR: () => `${pick(['011', '017', '026', '014'])}${digits(4)}${digits(16)}`,
  HU: () => hungarianAccount(3).join(''),
  HR: () => `${pick(['2360000', '2340009', '2484008', '2402006'])}${pick(['1', '3'])}${digits(9)}`,
  SK: () => {
    const a = czechSlovakAccount();
    return `${pick(['0900', '1100', '0200', '7500', '5600'])}${a.prefix.padStart(6, '0')}${a.number.padStart(10, '0')}`;
  },
  LV: () => `${pick(['HABA', 'UNLA', 'PARX', 'RIKO'])}${digits(13)}`,
  UA: () => `${pick(['305299', '322001', '300335', '380805'])}${pick(['00000', '26001', '26000'])}${digits(14)}`,
  IL: () => `${pick(['010', '012', '020', '011'])}${digits(3)}${digits(13)}`,
};
const IBAN_COUNTRY = { el_GR: 'GR', hu_HU: 'HU', he_IL: 'IL', hr_HR: 'HR', sk_SK: 'SK', lv_LV: 'LV', uk_UA: 'UA' };
function iban(country) {
  const compact = ibanOf(country, IBAN_BBAN[country]());
  return pick([compact.match(/.{1,4}/g).join(' '), compact.match(/.{1,4}/g).join(' '), compact]);
}
/** Argentine CBU: 8 digits (bank, branch, check with weights 7,1,3,9,7,1,3) + 14 digits (account, check with 3,9,7,1,3,9,7,1,3,9,7,1,3). */
function cbu() {
  const check = (body, w) => {
    let s = 0;
    for (let i = 0; i < body.length; i++) s += Number(body[i]) * w[i % w.length];
    return String((10 - (s % 10)) % 10);
  };
  const block1 = `${pick(['007', '011', '014', '017', '072', '285'])}${digits(4)}`;
  const block2 = digits(13);
  return `${block1}${check(block1, [7, 1, 3, 9])}${block2}${check(block2, [3, 9, 7, 1])}`;
}
/** A domestic account number with the words around it: [lead-in, account, trailer]; only the account is labelled. */
function bankAccount(locale) {
  switch (locale) {
    case 'es_AR':
      return pick([[pick(['CBU: ', 'CBU ', 'Clave Bancaria Uniforme: ']), cbu(), pick(['', ` (alias ${pick(['sol', 'mate', 'rio'])}.${pick(['luna', 'casa', 'verde'])}.${pick(['norte', 'azul', 'pampa'])})`])], ['Cuenta para haberes, CBU ', cbu(), '']]);
    case 'vi_VN':
      return pick([
        [`Số tài khoản ${pick(['Vietcombank', 'Techcombank', 'VPBank', 'BIDV'])}: `, pick([digits(13), `${digits(4)} ${digits(4)} ${digits(5)}`, digits(14)]), pick(['', ` - Chi nhánh ${pick(['Hà Nội', 'Sài Gòn', 'Đà Nẵng'])}`])],
        ['STK ', digits(int(10, 14)), ` (${pick(['MB Bank', 'ACB', 'Sacombank'])})`],
      ]);
    case 'id_ID':
      return pick([
        ['No. rekening BCA ', pick([`${digits(3)}-${digits(3)}-${digits(4)}`, nz(10)]), ' a.n. pemilik'],
        ['Rekening Mandiri: ', pick([`${digits(3)}-${digits(2)}-${digits(7)}-${digits(1)}`, digits(13)]), ''],
        [`Nomor rekening ${pick(['BNI', 'BRI'])}: `, pick([nz(10), `${digits(4)}-${digits(2)}-${digits(6)}-${digits(2)}-${digits(1)}`]), ''],
      ]);
    case 'hu_HU': {
      const groups = hungarianAccount(chance(0.5) ? 2 : 3);
      return [pick(['Bankszámlaszám: ', 'Számlaszám: ', 'Fizetési számla ']), groups.join('-'), ''];
    }
    case 'sk_SK': {
      const a = czechSlovakAccount();
      return [pick(['Číslo účtu: ', 'Bankový účet ']), `${a.prefix ? `${a.prefix}-` : ''}${a.number}`, `/${pick(['0900', '1100', '0200', '7500'])}`];
    }
    case 'ko':
      return pick([
        ['국민은행 ', `${digits(6)}-${digits(2)}-${digits(6)}`, ''],
        ['신한 ', `110-${digits(3)}-${digits(6)}`, ''],
        ['농협 ', `${pick(['301', '302', '351', '352'])}-${digits(4)}-${digits(4)}-${digits(2)}`, ''],
        ['IBK기업은행 ', `${digits(3)}-${digits(6)}-${digits(2)}-${digits(3)}`, ''],
        ['토스뱅크 ', `1000-${digits(4)}-${digits(4)}`, ''],
        ['카카오뱅크 ', `3333-${digits(2)}-${digits(7)}`, ''],
      ]);
    default:
      return null;
  }
}
/** A payment line: the locale's IBAN (labelled IBAN) or, where the country has a domestic form people write, that account (BANK_ACCOUNT). */
function payment(d, locale, cue = '') {
  const domestic = bankAccount(locale);
  if (IBAN_COUNTRY[locale] && (!domestic || chance(0.7))) {
    d.add(cue || pick(['IBAN: ', 'IBAN ', 'Bank account (IBAN): '])).entity('IBAN', iban(IBAN_COUNTRY[locale]));
    return;
  }
  const [lead, value, trail] = domestic;
  d.add(lead).entity('BANK_ACCOUNT', value).add(trail);
}

// ---------------------------------------------------------------- birth dates
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  el: ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
  hu: ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  hr: ['siječnja', 'veljače', 'ožujka', 'travnja', 'svibnja', 'lipnja', 'srpnja', 'kolovoza', 'rujna', 'listopada', 'studenoga', 'prosinca'],
  sk: ['januára', 'februára', 'marca', 'apríla', 'mája', 'júna', 'júla', 'augusta', 'septembra', 'októbra', 'novembra', 'decembra'],
  lv: ['janvārī', 'februārī', 'martā', 'aprīlī', 'maijā', 'jūnijā', 'jūlijā', 'augustā', 'septembrī', 'oktobrī', 'novembrī', 'decembrī'],
  uk: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
};
function birthDate(locale) {
  const y = int(1960, 2006);
  const m = int(1, 12);
  const d = int(1, daysIn(y, m));
  const [dd, mm] = [pad(d, 2), pad(m, 2)];
  switch (locale) {
    case 'el_GR':
      return pick([`${dd}/${mm}/${y}`, `${d}/${m}/${y}`, `${d} ${MONTHS.el[m - 1]} ${y}`, `${dd}-${mm}-${y}`]);
    case 'hu_HU':
      return pick([`${y}. ${MONTHS.hu[m - 1]} ${d}.`, `${y}.${mm}.${dd}.`, `${y}. ${mm}. ${dd}.`, `${y}-${mm}-${dd}`]);
    case 'es_AR':
      return pick([`${dd}/${mm}/${y}`, `${d} de ${MONTHS.es[m - 1]} de ${y}`, `${d}/${m}/${y}`]);
    case 'vi_VN':
      return pick([`${dd}/${mm}/${y}`, `ngày ${d} tháng ${m} năm ${y}`, `${dd}-${mm}-${y}`, `${d}/${m}/${y}`]);
    case 'id_ID':
      return pick([`${d} ${MONTHS.id[m - 1]} ${y}`, `${dd}-${mm}-${y}`, `${dd}/${mm}/${y}`]);
    case 'he_IL':
      return pick([`${dd}.${mm}.${y}`, `${d}/${m}/${y}`, `${dd}/${mm}/${y}`, `${d} ${MONTHS.en[m - 1]} ${y}`]);
    case 'hr_HR':
      return pick([`${dd}.${mm}.${y}.`, `${d}. ${MONTHS.hr[m - 1]} ${y}.`, `${d}.${m}.${y}.`]);
    case 'sk_SK':
      return pick([`${d}. ${m}. ${y}`, `${dd}.${mm}.${y}`, `${d}. ${MONTHS.sk[m - 1]} ${y}`]);
    case 'lv_LV':
      return pick([`${dd}.${mm}.${y}.`, `${y}. gada ${d}. ${MONTHS.lv[m - 1]}`, `${dd}.${mm}.${y}`]);
    case 'uk_UA':
      return pick([`${dd}.${mm}.${y}`, `${d} ${MONTHS.uk[m - 1]} ${y} р.`, `${dd}.${mm}.${y} р.`]);
    case 'ko':
      return pick([`${y}년 ${m}월 ${d}일`, `${y}.${mm}.${dd}`, `${y}. ${m}. ${d}.`, `${String(y).slice(2)}.${mm}.${dd}`, `${y}-${mm}-${dd}`, `${y}/${mm}/${dd}`]);
    default:
      return `${dd}/${mm}/${y}`;
  }
}
const DOB_CUES = {
  en: ['Date of birth: ', 'DOB: ', 'Born: ', 'Birth date: '],
  el_GR: ['Ημερομηνία γέννησης: ', 'Ημ. γέννησης: ', 'Γεννήθηκα στις '],
  hu_HU: ['Születési idő: ', 'Szül. dátum: ', 'Született: '],
  es_AR: ['Fecha de nacimiento: ', 'Fecha de nac.: ', 'Nací el '],
  vi_VN: ['Ngày sinh: ', 'Sinh ngày ', 'Ngày tháng năm sinh: '],
  id_ID: ['Tanggal lahir: ', 'Tempat, tgl. lahir: Bandung, ', 'TTL: Jakarta, ', 'Lahir: '],
  he_IL: ['תאריך לידה: ', 'ת. לידה: ', 'Date of birth: '],
  hr_HR: ['Datum rođenja: ', 'Rođen/a: ', 'rođen '],
  sk_SK: ['Dátum narodenia: ', 'Narodený: ', 'Narodená: '],
  lv_LV: ['Dzimšanas datums: ', 'Dzim.: ', 'dzimis '],
  uk_UA: ['Дата народження: ', 'Народився: ', 'Народилася '],
  ko: ['생년월일: ', '생년월일 ', '출생: ', '생일 '],
};
const dobCue = (locale) => pick(locale === 'ko' || chance(0.7) ? DOB_CUES[locale] : DOB_CUES.en);

// ---------------------------------------------------------------- hard negatives
const MONEY = {
  el_GR: () => pick([`${int(1, 4)}.${digits(3)} € μικτά/μήνα`, `${int(18, 60)}.000€ ετησίως`, `μισθός ${int(900, 3500)}€ καθαρά (14 μισθοί)`]),
  hu_HU: () => pick([`bruttó ${int(450, 1800)} 000 Ft/hó`, `nettó ${int(300, 1200)}e Ft`, `${int(6, 20)} M Ft/év`]),
  es_AR: () => pick([`ARS ${((k) => (k >= 1000 ? `${Math.floor(k / 1000)}.${pad(k % 1000, 3)}` : k))(int(800, 4000))}.${digits(3)} brutos mensuales`, `USD ${int(1, 5)}.${digits(3)} + bono`, `$${int(1, 9)}.${digits(3)}.${digits(3)} anuales`]),
  vi_VN: () => pick([`${int(15, 80)}.000.000 VNĐ/tháng`, `lương ${int(15, 90)} triệu gross`, `${int(1, 4)},${digits(1)}k USD/tháng`]),
  id_ID: () => pick([`Rp ${int(6, 45)}.${digits(3)}.000/bulan`, `gaji ${int(8, 60)} jt nett`, `IDR ${int(100, 600)} juta per tahun`]),
  he_IL: () => pick([`₪${int(12, 45)},${digits(3)} ברוטו`, `${int(15, 45)}K ש"ח לחודש`, `NIS ${int(18, 48)}k gross`]),
  hr_HR: () => pick([`${int(1, 4)}.${digits(3)} € neto`, `bruto ${int(18, 60)}.000 € godišnje`]),
  sk_SK: () => pick([`${int(1, 4)} ${digits(3)} € brutto/mesiac`, `${int(18, 60)}k € ročne`]),
  lv_LV: () => pick([`${int(1, 5)} ${digits(3)} EUR bruto mēnesī`, `alga ${int(1200, 5000)} € pirms nodokļiem`]),
  uk_UA: () => pick([`${int(25, 150)} 000 грн на місяць`, `$${int(1, 6)} ${digits(3)} net`, `зарплата ${int(30, 120)} тис. грн`]),
  ko: () => pick([`연봉 ${int(3200, 9800)}만원`, '희망연봉 면접 후 협의', `월 ${int(250, 800)}만 원`]),
};
/** Numbers of organisations, which the detector does not claim. */
const BUSINESS_NUMBERS = {
  el_GR: () => pick([`Αρ. ΓΕΜΗ ${digits(12)}`, `ΑΦΜ εταιρείας 0${digits(8)}, ΔΟΥ ${pick(['ΦΑΕ Αθηνών', 'Ψυχικού', 'Ιωνίας Θεσσαλονίκης'])}`]),
  hu_HU: () => pick([`Cégjegyzékszám: ${pad(int(1, 20), 2)}-${pad(int(1, 20), 2)}-${digits(6)}`, `Adószám: ${digits(8)}-${int(1, 5)}-${pad(int(2, 44), 2)}`]),
  es_AR: () => pick([`CUIT 30-${digits(8)}-${int(0, 9)} (empresa)`, `IGJ N° ${digits(7)}`, `Ingresos Brutos ${digits(3)}-${digits(6)}-${int(0, 9)}`]),
  vi_VN: () => pick([`MST doanh nghiệp ${digits(10)}`, `GCNĐKDN số 0${digits(9)} do Sở KH&ĐT cấp`]),
  id_ID: () => pick([`NIB ${digits(13)}`, `NPWP perusahaan ${digits(2)}.${digits(3)}.${digits(3)}.${digits(1)}-${digits(3)}.000`]),
  he_IL: () => pick([`ח.פ. 51-${digits(6)}-${int(0, 9)}`, `ע.מ. 5${digits(8)}`, `Company no. 51${digits(7)}`]),
  hr_HR: () => pick([`MBS ${digits(9)}, Trgovački sud u Zagrebu`, `Temeljni kapital ${int(2, 900)}.${digits(3)},00 EUR`, `OIB tvrtke ${digits(11)}`]),
  sk_SK: () => pick([`IČO: ${digits(8)}`, `DIČ: 20${digits(8)}`, `IČ DPH: SK20${digits(8)}`, `zapísaná v OR OS Bratislava I, oddiel Sro, vložka č. ${int(1000, 150000)}/B`]),
  lv_LV: () => pick([`Reģ. Nr. 4000${digits(7)}`, `PVN LV4000${digits(7)}`]),
  uk_UA: () => pick([`код ЄДРПОУ ${digits(8)}`, `ІПН платника ПДВ ${digits(12)} (юрособа)`]),
};
const PLACES_IN_PROSE = {
  el_GR: () => pick(['Τα γραφεία μας είναι κοντά στο Σύνταγμα.', `Θέση εργασίας: Αθήνα (Τ.Κ. ${pick(['105', '115'])}xx) ή υβριδικά.`]),
  hu_HU: () => pick(['Az iroda a Nyugati pályaudvar mellett van.', `Munkavégzés helye: Budapest ${pick(['XIII.', 'VI.'])} kerület.`]),
  es_AR: () => pick(['La oficina queda en Palermo, cerca de Plaza Serrano.', `Zona de trabajo: microcentro (${pick(['C1001', 'C1005'])}) o remoto.`]),
  vi_VN: () => pick(['Văn phòng ở gần chợ Bến Thành.', `Địa điểm làm việc: ${pick(['Quận 1', 'Cầu Giấy'])}, có hỗ trợ gửi xe.`]),
  id_ID: () => pick(['Kantor kami di kawasan SCBD, dekat MRT Istora.', `Lokasi kerja: Jakarta Selatan (kode pos ${pick(['12190', '12950'])}).`]),
  he_IL: () => pick(['המשרד נמצא ליד תחנת השלום.', 'Office near Sarona, Tel Aviv; hybrid 3 days.']),
  hr_HR: () => pick(['Ured je blizu Trga bana Jelačića.', `Mjesto rada: Zagreb (${pick(['10000', '10020'])}) ili rad od kuće.`]),
  sk_SK: () => pick(['Kancelária je pri Eurovea.', `Miesto výkonu práce: Bratislava ${pick(['II', 'III'])}.`]),
  lv_LV: () => pick(['Birojs atrodas netālu no Brīvības pieminekļa.', 'Darba vieta: Rīga, Skanstes apkaime.']),
  uk_UA: () => pick(['Офіс поруч із метро Золоті ворота.', `Місце роботи: Львів або віддалено (індекс ${pick(['79000', '79005'])}).`]),
};
function negative(locale, f) {
  const y1 = int(2008, 2022);
  return pick([
    () => `Order #${digits(int(8, 11))} shipped ${int(2024, 2026)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}.`,
    () => `Invoice ${letter()}${letter()}-${int(2025, 2026)}/${pad(int(1, 999), 4)}.`,
    () => `ISBN ${pick(['978', '979'])}-${int(0, 9)}-${digits(3)}-${digits(5)}-${int(0, 9)}.`,
    () => `Tracking ${pick(['1Z', 'LZ', 'CP', 'UA'])}${digits(int(11, 14))}${pick(['', 'HU', 'GR', 'SK'])}.`,
    () => `${f.company.name()}, ${y1}–${pick(['present', String(int(y1 + 1, 2026))])}.`,
    () => `${int(2, 12)} years of ${pick(['Java', 'SQL', 'Figma', 'Rust', 'PHP', 'Flutter'])}.`,
    () => `Salary: ${MONEY[locale]()}.`,
    () => `${BUSINESS_NUMBERS[locale]()}.`,
    () => PLACES_IN_PROSE[locale](),
    () => `Release ${int(1, 9)}.${int(0, 30)}.${int(0, 99)} build ${digits(5)}.`,
    () => `Ticket ${digits(2)}-${digits(4)}-${digits(4)} resolved.`,
    () => `Requisition ${letter()}${letter()}${letter()}-${digits(6)}, candidate #${digits(8)}.`,
    () => `Certificate ID ${letter()}${letter()}${digits(10)}.`,
    () => `Team of ${int(3, 40)}, ${int(10, 99)}% test coverage.`,
    () => `Postcode only: ${pick(['105 63', '1061', 'C1043AAZ', '700000', '12920', '6578901', '10000', '811 06', 'LV-1010', '01001'])}.`,
    () => `Call slot ${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)} ${int(9, 17)}:${pick(['00', '30'])}.`,
  ])();
}
const KO_NEGATIVES = [
  () => `${int(2010, 2022)}.${pad(int(1, 12), 2)} ~ ${pick(['현재', `${int(2023, 2026)}.${pad(int(1, 12), 2)}`])}`,
  () => MONEY.ko(),
  () => `주문번호 ${digits(14)}`,
  () => `운송장번호 ${digits(12)}`,
  () => `사업자등록번호 ${digits(3)}-${digits(2)}-${digits(5)}`,
  () => `법인등록번호 ${pick(['110111', '131111', '160111'])}-${digits(7)}`,
  () => `사번 ${int(2019, 2026)}${digits(4)}`,
  () => `학번 ${int(2008, 2022)}${digits(5)}`,
  () => `자격증번호 ${digits(2)}${digits(3)}${digits(6)}`,
  () => `오픽 IH (${int(2023, 2026)}.${pad(int(1, 12), 2)})`,
  () => `경력 ${int(2, 15)}년 ${int(1, 11)}개월`,
  () => `문의번호 ${digits(4)}-${digits(4)}`,
  () => `만 ${int(23, 50)}세`,
  () => `${int(1, 30)}통 ${int(1, 9)}반`,
];
const koreanNegative = () => pick(KO_NEGATIVES)();

// ---------------------------------------------------------------- people and e-mails
const FAKERS = { el_GR: fakerEL, hu_HU: fakerHU, es_AR: fakerES, vi_VN: fakerVI, id_ID: fakerID_ID, he_IL: fakerHE, hr_HR: fakerHR, sk_SK: fakerSK, lv_LV: fakerLV, uk_UA: fakerUK, ko: fakerES };
for (const f of new Set(Object.values(FAKERS))) f.seed(SEED);
const DOMAINS = {
  el_GR: ['gmail.com', 'yahoo.gr', 'hotmail.gr', 'otenet.gr'], hu_HU: ['gmail.com', 'freemail.hu', 'citromail.hu', 't-online.hu'], es_AR: ['gmail.com', 'hotmail.com.ar', 'yahoo.com.ar', 'fibertel.com.ar'],
  vi_VN: ['gmail.com', 'yahoo.com.vn', 'outlook.com', 'fpt.vn'], id_ID: ['gmail.com', 'yahoo.co.id', 'ymail.com', 'outlook.co.id'], he_IL: ['gmail.com', 'walla.co.il', 'bezeqint.net', 'hotmail.co.il'],
  hr_HR: ['gmail.com', 't-com.hr', 'net.hr', 'hotmail.com'], sk_SK: ['gmail.com', 'azet.sk', 'centrum.sk', 'zoznam.sk'], lv_LV: ['gmail.com', 'inbox.lv', 'apollo.lv', 'outlook.lv'],
  uk_UA: ['gmail.com', 'ukr.net', 'i.ua', 'meta.ua'], ko: ['naver.com', 'gmail.com', 'daum.net', 'kakao.com', 'nate.com'],
};
const GREEK = { α: 'a', ά: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', έ: 'e', ζ: 'z', η: 'i', ή: 'i', θ: 'th', ι: 'i', ί: 'i', ϊ: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', ό: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', ύ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o', ώ: 'o' }; // prettier-ignore
const CYRILLIC = { а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', "'": '' }; // prettier-ignore
/** A Latin spelling of a Greek, Ukrainian or Vietnamese name, for e-mail addresses and Latin-script fields. */
function latin(s) {
  const mapped = [...s.toLowerCase()].map((ch) => GREEK[ch] ?? CYRILLIC[ch] ?? (ch === 'đ' ? 'd' : ch)).join('');
  const out = ascii(mapped);
  return out ? out[0].toUpperCase() + out.slice(1) : '';
}
const IL_NAMES = [['נועה', 'Noa', 'כהן', 'Cohen'], ['איתי', 'Itai', 'לוי', 'Levi'], ['מאיה', 'Maya', 'מזרחי', 'Mizrahi'], ['יונתן', 'Yonatan', 'פרץ', 'Peretz'], ['תמר', 'Tamar', 'ביטון', 'Biton'], ['עומר', 'Omer', 'אברהם', 'Avraham'], ['שירה', 'Shira', 'פרידמן', 'Friedman'], ['דניאל', 'Daniel', 'אזולאי', 'Azoulay'], ['רוני', 'Roni', 'גולן', 'Golan'], ['אורי', 'Uri', 'שפירא', 'Shapira']];
const KO_FAMILY = [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi'], ['정', 'jung'], ['오', 'oh'], ['서', 'seo'], ['신', 'shin'], ['권', 'kwon'], ['황', 'hwang'], ['안', 'ahn'], ['송', 'song']];
const KO_GIVEN = [['지호', 'jiho'], ['수아', 'sua'], ['시우', 'siwoo'], ['지안', 'jian'], ['은우', 'eunwoo'], ['하린', 'harin'], ['준서', 'junseo'], ['다인', 'dain'], ['현우', 'hyunwoo'], ['채원', 'chaewon']];
function person(locale) {
  let first, last, name, latinFirst, latinLast;
  if (locale === 'ko') {
    const [l, lr] = pick(KO_FAMILY);
    const [g, gr] = pick(KO_GIVEN);
    [first, last, name, latinFirst, latinLast] = [g, l, `${l}${g}`, gr, lr];
  } else if (locale === 'he_IL') {
    const [f1, f1l] = pick(IL_NAMES);
    const [, , l1, l1l] = pick(IL_NAMES);
    [first, last, latinFirst, latinLast] = [f1, l1, f1l, l1l];
    name = chance(0.5) ? `${first} ${last}` : `${latinFirst} ${latinLast}`;
  } else {
    const f = FAKERS[locale];
    first = f.person.firstName();
    last = f.person.lastName();
    latinFirst = latin(first) || 'Alex';
    latinLast = latin(last) || 'Novak';
    name = locale === 'hu_HU' || locale === 'vi_VN' ? `${last} ${first}` : `${first} ${last}`;
  }
  const a = ascii(latinFirst).toLowerCase();
  const b = ascii(latinLast).toLowerCase();
  const local = pick([`${a}.${b}`, `${a}${b}`, `${a[0]}${b}`, `${b}.${a}${int(1, 99)}`, `${a}_${b}`, `${a}${int(1980, 2005)}`, `${b}${a[0]}${digits(2)}`]);
  return { first, last, name, roman: `${latinFirst} ${latinLast}`, latinFirst, latinLast, email: `${local}@${pick(DOMAINS[locale])}` };
}
const workEmail = (p, domain) => `${ascii(p.latinFirst).toLowerCase()}.${ascii(p.latinLast).toLowerCase()}@${domain}`;
const companyDomain = (f) => `${ascii(latin(f.company.name())).toLowerCase().slice(0, 10) || 'talent'}.${pick(['com', 'io', 'eu', 'net'])}`;

// ---------------------------------------------------------------- local phrases
/** Words each locale's letters and forms use, so the documents read in the document's language. */
const PHRASES = {
  el_GR: { phone: 'Τηλέφωνο', mobile: 'Κινητό', email: 'Email', address: 'Διεύθυνση', hello: 'Αξιότιμη κυρία/Αξιότιμε κύριε,', apply: 'Με την παρούσα επιστολή θα ήθελα να εκδηλώσω το ενδιαφέρον μου για τη θέση', reach: 'Μπορείτε να επικοινωνήσετε μαζί μου στο', or: 'ή στο', moved: 'Η νέα μου διεύθυνση είναι', bye: 'Με εκτίμηση,', nat: 'Υπηκοότητα: Ελληνική' },
  hu_HU: { phone: 'Telefon', mobile: 'Mobil', email: 'E-mail', address: 'Lakcím', hello: 'Tisztelt Hölgyem/Uram!', apply: 'Ezúton szeretném jelezni érdeklődésemet a meghirdetett pozíció iránt:', reach: 'Elérhetőségem:', or: 'vagy', moved: 'Új lakcímem:', bye: 'Tisztelettel:', nat: 'Állampolgárság: magyar' },
  es_AR: { phone: 'Teléfono', mobile: 'Celular', email: 'Mail', address: 'Domicilio', hello: 'Estimados:', apply: 'Me dirijo a ustedes para postularme a la búsqueda de', reach: 'Pueden contactarme al', or: 'o por mail a', moved: 'Mi nuevo domicilio es', bye: 'Saludos cordiales,', nat: 'Nacionalidad: argentina' },
  vi_VN: { phone: 'Điện thoại', mobile: 'Di động', email: 'Email', address: 'Địa chỉ', hello: 'Kính gửi Phòng Nhân sự,', apply: 'Tôi xin ứng tuyển vào vị trí', reach: 'Anh/chị có thể liên hệ với tôi qua số', or: 'hoặc email', moved: 'Địa chỉ mới của tôi là', bye: 'Trân trọng,', nat: 'Quốc tịch: Việt Nam' },
  id_ID: { phone: 'Telepon', mobile: 'HP', email: 'Email', address: 'Alamat', hello: 'Yth. Bapak/Ibu HRD,', apply: 'Dengan hormat, saya bermaksud melamar posisi', reach: 'Saya dapat dihubungi di nomor', or: 'atau email', moved: 'Alamat baru saya:', bye: 'Hormat saya,', nat: 'Kewarganegaraan: Indonesia' },
  he_IL: { phone: 'טלפון', mobile: 'נייד', email: 'דוא"ל', address: 'כתובת', hello: 'שלום רב,', apply: 'ברצוני להגיש מועמדות למשרת', reach: 'ניתן להשיג אותי בטלפון', or: 'או במייל', moved: 'הכתובת החדשה שלי:', bye: 'בברכה,', nat: 'אזרחות: ישראלית' },
  hr_HR: { phone: 'Telefon', mobile: 'Mobitel', email: 'E-pošta', address: 'Adresa', hello: 'Poštovani,', apply: 'ovim putem prijavljujem se na natječaj za radno mjesto', reach: 'Možete me kontaktirati na broj', or: 'ili e-poštom na', moved: 'Moja nova adresa je', bye: 'S poštovanjem,', nat: 'Državljanstvo: hrvatsko' },
  sk_SK: { phone: 'Telefón', mobile: 'Mobil', email: 'E-mail', address: 'Adresa', hello: 'Vážená pani, vážený pán,', apply: 'týmto sa uchádzam o pozíciu', reach: 'Zastihnete ma na čísle', or: 'alebo na e-maile', moved: 'Moja nová adresa je', bye: 'S pozdravom', nat: 'Štátna príslušnosť: SR' },
  lv_LV: { phone: 'Tālrunis', mobile: 'Mob.', email: 'E-pasts', address: 'Adrese', hello: 'Labdien!', apply: 'Vēlos pieteikties amatam', reach: 'Ar mani var sazināties pa tālruni', or: 'vai e-pastu', moved: 'Mana jaunā adrese:', bye: 'Ar cieņu', nat: 'Pilsonība: Latvijas' },
  uk_UA: { phone: 'Телефон', mobile: 'Моб.', email: 'Ел. пошта', address: 'Адреса', hello: 'Шановні колеги!', apply: 'Прошу розглянути мою кандидатуру на посаду', reach: "Зв'язатися зі мною можна за номером", or: 'або електронною поштою', moved: 'Моя нова адреса:', bye: 'З повагою,', nat: 'Громадянство: Україна' },
};
const say = (locale, key) => (chance(0.75) ? PHRASES[locale][key] : { phone: 'Phone', mobile: 'Mobile', email: 'Email', address: 'Address' }[key] ?? PHRASES[locale][key]);

// ---------------------------------------------------------------- document kinds
const KINDS = {
  /** The "personal information" part of a Europass-style CV, then experience and skills. */
  europassCv(d, locale, f, p) {
    d.add(`${pick(['Europass Curriculum Vitae', 'CURRICULUM VITAE', 'CV'])}\n\n${pick(['PERSONAL INFORMATION', 'Personal information', 'About me'])}\n${p.name}\n`);
    const fields = shuffle([
      () => d.add(`${pick(['🏠 ', '', `${say(locale, 'address')}: `])}`).entity('ADDRESS', addressFor(locale, chance(0.2))),
      () => d.add(`${pick(['📞 ', '', `${say(locale, 'mobile')}: `])}`).entity('PHONE', phoneFor(locale)).add(chance(0.3) ? `  ${pick(['(mobile)', '(WhatsApp)', '(Viber)', '(Telegram)'])}` : ''),
      () => d.add(`${pick(['✉ ', '', `${say(locale, 'email')}: `])}`).entity('EMAIL', p.email),
      () => (chance(0.55) ? d.add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)) : d.add(PHRASES[locale].nat)),
      () => d.add(`LinkedIn: linkedin.com/in/${ascii(p.latinFirst).toLowerCase()}-${ascii(p.latinLast).toLowerCase()}-${digits(3)}${letter('abcdef')}`),
    ]);
    fields.forEach((field) => {
      field();
      d.add('\n');
    });
    if (chance(0.2)) {
      const [cue, value] = driverLicence(locale);
      d.add(`${pick(['Driving licence: B. ', 'Category B. '])}${cue}`).entity('DRIVER_LICENSE', value).add('\n');
    }
    d.add(`\nWORK EXPERIENCE\n${pick(['01/', '03/', '09/'])}${int(2014, 2021)} – ${pick(['Present', `0${int(1, 9)}/${int(2022, 2026)}`])}  ${f.person.jobTitle()}\n${f.company.name()}, ${pick(['full-time', 'hybrid', 'remote'])}\n▪ ${negative(locale, f)}\n▪ ${negative(locale, f)}\n`);
    d.add(`\nEDUCATION AND TRAINING\n${int(2006, 2016)} – ${int(2010, 2020)}  ${pick(['BSc', 'MSc', 'BA', 'MBA'])} (EQF level ${int(6, 7)})\n`);
    if (chance(0.25)) {
      const id = nationalId(locale, p);
      d.add(`\nADDITIONAL INFORMATION\n${id[0]}`).entity(id[2], id[1]).add('\n');
    }
    d.add(`\n© European Union, 2002-2026 | europass.europa.eu  Page 1 / ${int(2, 3)}\n`);
  },
  /** A motivation letter in the document's language, with a letterhead or the contact in the last paragraph. */
  motivationLetter(d, locale, f, p) {
    const P = PHRASES[locale];
    const letterhead = chance(0.55);
    if (letterhead) {
      d.add(`${p.name}\n`).entity('ADDRESS', addressFor(locale, chance(0.5))).add('\n');
      if (chance(0.5)) d.add(`${say(locale, 'phone')}: `);
      d.entity('PHONE', phoneFor(locale)).add(pick([' | ', '\n', ' · '])).entity('EMAIL', p.email).add('\n\n');
    }
    d.add(`${f.company.name()}\n${pick(['HR', 'Talent Acquisition', 'People team'])}\n\n${pad(int(1, 28), 2)}.${pad(int(10, 11), 2)}.2026\n\n${P.hello}\n\n${P.apply} ${f.person.jobTitle()} (${negative(locale, f).replace(/\.$/u, '')}).\n`);
    d.add(`${negative(locale, f)} ${negative(locale, f)}\n\n`);
    if (!letterhead || chance(0.3)) {
      d.add(`${P.reach} `).entity('PHONE', phoneFor(locale)).add(` ${P.or} `).entity('EMAIL', p.email).add('.\n');
      if (chance(0.3)) d.add(`${P.moved} `).entity('ADDRESS', addressFor(locale, false)).add('.\n');
    }
    if (chance(0.15)) d.add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n');
    d.add(`\n${P.bye}\n${p.name}\n`);
  },
  /** An HR-portal ticket asking payroll to change bank details, address or phone. */
  payrollTicket(d, locale, f, p) {
    d.add(`[HR-${digits(6)}] ${pick(['Change of personal data', 'Update bank details', 'Address change', 'Payroll: new account'])}\nRequester: ${p.roman} (employee no. ${digits(6)})\nCreated: 2026-${pad(int(1, 11), 2)}-${pad(int(1, 28), 2)} ${pad(int(8, 18), 2)}:${pad(int(0, 59), 2)}\nPriority: ${pick(['Normal', 'Low', 'High'])}\n\n`);
    const items = shuffle([
      () => {
        d.add(`${pick(['Please pay my salary to ', 'New account for salary: ', 'From next month: '])}`);
        payment(d, locale);
        d.add('\n');
      },
      () => d.add(`${pick(['Old address: ', 'Previous address: '])}`).entity('ADDRESS', addressFor(locale, false)).add('\n').add(`${PHRASES[locale].moved} `).entity('ADDRESS', addressFor(locale, chance(0.3))).add('\n'),
      () => d.add(`${pick(['New mobile: ', 'Phone changed to ', `${say(locale, 'mobile')}: `])}`).entity('PHONE', phoneFor(locale)).add('\n'),
      () => (chance(0.4) ? d.add('Private e-mail for payslips: ').entity('EMAIL', p.email).add('\n') : d.add(`${negative(locale, f)}\n`)),
      () => {
        if (chance(0.45)) {
          const id = nationalId(locale, p);
          d.add(id[0]).entity(id[2], id[1]).add('\n');
        } else d.add(`Effective from ${pad(int(1, 28), 2)}.${pad(int(1, 12), 2)}.2027.\n`);
      },
    ]).slice(0, int(3, 5));
    items.forEach((item) => item());
    const agent = person(locale);
    d.add(`\n— ${agent.roman} (HR Shared Services), ${pick(['status: resolved', 'status: waiting for document', 'status: in progress'])}\n${negative(locale, f)}\n`);
    if (chance(0.4)) d.add('Contact HR: ').entity('EMAIL', workEmail(agent, companyDomain(f))).add('\n');
  },
  /** An emergency-contact sheet: relatives and their phones, sometimes their address. */
  emergencyContacts(d, locale, f, p) {
    d.add(`${pick(['EMERGENCY CONTACTS', 'Next of kin / emergency contact form', 'In case of emergency'])}\nEmployee: ${p.name}\n`);
    d.add(`${say(locale, 'phone')}: `).entity('PHONE', phoneFor(locale)).add('\n');
    if (chance(0.5)) d.add(`${say(locale, 'address')}: `).entity('ADDRESS', addressFor(locale, false)).add('\n');
    for (let i = int(1, 3); i > 0; i--) {
      const r = person(locale);
      d.add(`\n${pick(['Contact', 'Kontakt', '#'])} ${i}: ${r.name}, ${pick(['spouse', 'mother', 'father', 'partner', 'sister', 'brother', 'friend'])}\n  ${say(locale, 'mobile')}: `).entity('PHONE', phoneFor(locale));
      if (chance(0.3)) d.add(`   ${pick(['work', 'home', 'alt.'])}: `).entity('PHONE', phoneFor(locale));
      d.add('\n');
      if (chance(0.25)) d.add('  E-mail: ').entity('EMAIL', r.email).add('\n');
      if (chance(0.2)) d.add('  Lives at: ').entity('ADDRESS', addressFor(locale, false)).add('\n');
    }
    d.add(`\nBlood type: ${pick(['A+', 'B+', '0+', 'AB-'])}   Allergies: ${pick(['none', 'penicillin', 'nuts'])}\nForm ${letter()}${letter()}-${digits(4)} rev. ${int(1, 9)}\n`);
  },
  /** A speech-to-text transcript of a voicemail left for a recruiter. */
  voicemailTranscript(d, locale, f, p) {
    d.add(`Voicemail from ${pick(['+', ''])}${pick(['unknown', 'private number', 'caller'])}\nReceived ${pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${pad(int(8, 19), 2)}:${pad(int(0, 59), 2)} · ${int(0, 2)}:${pad(int(5, 59), 2)} min · Transcription confidence ${int(60, 97)}%\n\n`);
    d.add(`"${pick(['Hi, ', 'Hello, ', 'Good morning, '])}this is ${p.roman}, ${pick(['calling about the', 'I applied for the', 'following up on the'])} ${f.person.jobTitle()} ${pick(['role', 'position', 'opening'])}. `);
    const bits = shuffle([
      () => d.add(`${pick(['You can call me back on ', 'My number is ', 'Best to reach me at '])}`).entity('PHONE', phoneFor(locale)).add(pick(['. ', ', ', ' any time after five. '])),
      () => d.add(`${pick(['My email is ', 'I also sent it from '])}`).entity('EMAIL', p.email).add('. '),
      () => (chance(0.3) ? d.add(`${pick(['For the contract, my address changed to ', 'Please post the documents to '])}`).entity('ADDRESS', addressFor(locale, false)).add('. ') : d.add(`${negative(locale, f)} `)),
      () => d.add(`${pick(['The reference number you gave me was ', 'My candidate number is '])}${digits(3)} ${digits(3)} ${digits(3)}. `),
      () => (chance(0.2) ? d.add('Oh and for the form, ').add(dobCue(locale).toLowerCase()).entity('DATE_OF_BIRTH', birthDate(locale)).add('. ') : d.add(`${negative(locale, f)} `)),
    ]).slice(0, int(3, 5));
    bits.forEach((bit) => bit());
    d.add(`Thanks, bye."\n`);
    if (chance(0.4)) d.add(`\nNote (recruiter): called back, ${pick(['no answer', 'left message', 'interview booked'])}. ${negative(locale, f)}\n`);
  },
  /** A background-screening consent form with an address history and identity documents. */
  backgroundScreening(d, locale, f, p) {
    d.add(`${pick(['BACKGROUND SCREENING — CONSENT AND DISCLOSURE', 'Pre-employment screening form', 'Candidate verification (consent)'])}\nProvider ref. ${letter()}${letter()}${digits(8)}\n\nFull name: ${p.name}${p.roman !== p.name ? ` (${p.roman})` : ''}\n`);
    d.add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n');
    d.add(`${say(locale, 'mobile')}: `).entity('PHONE', phoneFor(locale)).add(`   ${say(locale, 'email')}: `).entity('EMAIL', p.email).add('\n\nAddress history (last 5 years)\n');
    let y = 2026;
    for (let i = int(1, 3); i > 0; i--) {
      const from = y - int(1, 3);
      d.add(`${from}–${y === 2026 ? 'now' : y}: `).entity('ADDRESS', addressFor(locale, false)).add('\n');
      y = from;
    }
    const [cue, value] = passport(locale);
    d.add(`\nIdentity document: ${cue}`).entity('PASSPORT', value).add(`, expires ${pad(int(1, 12), 2)}/${int(2027, 2035)}\n`);
    if (chance(0.45)) {
      const [lcue, lvalue] = driverLicence(locale);
      d.add(lcue).entity('DRIVER_LICENSE', lvalue).add('\n');
    }
    if (chance(0.6)) {
      const id = nationalId(locale, p);
      d.add(id[0]).entity(id[2], id[1]).add('\n');
    }
    if (chance(0.15)) d.add('Screening fee charged to: ').entity('CREDIT_CARD', card()).add('\n');
    d.add(`\n[x] I consent to the checks described above.   Signed: ${p.roman}   Date: ${pad(int(1, 28), 2)}.${pad(int(1, 12), 2)}.2026\n${negative(locale, f)}\n`);
  },
  /** A freelance-marketplace profile; the freelancer leaves contact details in the bio. */
  freelancerProfile(d, locale, f, p) {
    d.add(`${p.roman} — ${f.person.jobTitle()}\n★ ${int(40, 50) / 10} (${int(3, 240)} reviews) · $${int(15, 95)}/hr · ${int(1, 80)} jobs completed · ${pick(['Top Rated', 'Rising Talent', 'Expert-Vetted'])}\n\nAbout\n`);
    d.add(`${negative(locale, f)} ${negative(locale, f)}\n`);
    const contact = pick([
      () => d.add(pick(['For urgent work WhatsApp me: ', 'Prefer direct contact: ', 'Ping me on Telegram/Viber '])).entity('PHONE', phoneFor(locale)),
      () => d.add(pick(['Write to me directly at ', 'Mail: '])).entity('EMAIL', p.email),
      () => d.add('Contact: ').entity('PHONE', phoneFor(locale)).add(' / ').entity('EMAIL', p.email),
    ]);
    contact();
    d.add('\n');
    if (chance(0.3)) d.add(`${pick(['Invoices from my office: ', 'Based at ', 'Studio: '])}`).entity('ADDRESS', addressFor(locale, false)).add('\n');
    if (chance(0.3)) {
      d.add(pick(['I can also be paid by bank transfer. ', 'Outside the platform: ']));
      payment(d, locale);
      d.add('\n');
    }
    d.add(`\nPortfolio\n▸ ${pick(['E-commerce redesign', 'Mobile banking app', 'Logistics dashboard', 'Translation of a game'])} — ${MONEY[locale]()}\n▸ ${negative(locale, f)}\nMember since ${int(2015, 2025)} · Last active ${int(1, 12)} hours ago\n`);
  },
  /** A conference or meet-up roster exported as a pipe table. */
  conferenceRoster(d, locale, f) {
    d.add(`${pick(['DevFest', 'Product Summit', 'HR Tech Day', 'DataConf', 'UX Meetup'])} ${int(2025, 2026)} — ${pick(['speakers', 'attendees', 'volunteers', 'mentors'])}\n| Name | Organisation | E-mail | Phone | Ticket |\n|---|---|---|---|---|\n`);
    for (let i = int(3, 6); i > 0; i--) {
      const r = person(locale);
      d.add(`| ${r.name} | ${f.company.name().replaceAll('|', '/')} | `).entity('EMAIL', chance(0.5) ? r.email : workEmail(r, companyDomain(f))).add(' | ');
      if (chance(0.7)) d.entity('PHONE', phoneFor(locale));
      else d.add('—');
      d.add(` | ${pick(['EB', 'VIP', 'STD', 'SPK'])}-${digits(6)} |\n`);
    }
    if (chance(0.25)) {
      const r = person(locale);
      d.add(`\nBadge pickup for ${r.roman}: courier to `).entity('ADDRESS', addressFor(locale, false)).add('\n');
    }
    d.add(`\nVenue: ${PLACES_IN_PROSE[locale]()}\n${negative(locale, f)}\n`);
  },
};

// ---------------------------------------------------------------- Korean document kinds
const KO_KINDS = {
  /** 연말정산 부양가족 명세: dependents with their registration numbers, and the employee's own. */
  dependentsStatement(d, f, p) {
    d.add(`${pick(['[연말정산] 부양가족 공제 명세', '소득·세액공제 신고서 - 부양가족 명세', '부양가족 현황'])}\n귀속연도 ${int(2025, 2026)}\n\n근로자 ${p.name}\t`);
    const [cue, value, type] = nationalId('ko', p);
    d.add(cue).entity(type, value).add(`\n사번 ${int(2015, 2026)}${digits(4)}\t부서 ${pick(['개발팀', '영업팀', '재무팀', '인사팀'])}\n\n관계\t성명\t주민등록번호\t기본공제\n`);
    for (const rel of shuffle(['배우자', '자녀', '자녀', '부', '모', '장인', '장모']).slice(0, int(2, 4))) {
      d.add(`${rel}\t${pick(KO_FAMILY)[0]}${pick(KO_GIVEN)[0]}\t`);
      const born = rel === '자녀' ? [[2005, 1], [2025, 12]] : rel === '배우자' ? [[1965, 1], [2000, 12]] : [[1938, 1], [1972, 12]];
      if (chance(0.85)) d.entity('KR_RRN', krLayout(bornBetween('KR_RRN', ...born)));
      else d.add('(외국인) ').entity('KR_FRN', krLayout(registration('KR_FRN')));
      d.add(`\t${pick(['○', '○', '×'])}\n`);
    }
    if (chance(0.5)) {
      const [lead, acct] = bankAccount('ko');
      d.add('\n환급금 입금계좌 ').add(lead).entity('BANK_ACCOUNT', acct).add('\n');
    }
    d.add(`\n${koreanNegative()} / ${koreanNegative()}\n`);
    if (chance(0.35)) d.add('※ 작성 예: 주민등록번호 ').decoy(krLayout(impossibleRegistration())).add(' (예시)\n');
  },
  /** 비상연락망: a team's emergency contact list. */
  emergencyRoster(d) {
    d.add(`${pick(['비상연락망', '[팀 비상연락망]', '비상 연락처 명단'])} (${int(2026, 2026)}.${pad(int(1, 11), 2)} 기준)\n번호\t이름\t직급\t휴대폰\t비고\n`);
    for (let i = 1; i <= int(3, 7); i++) {
      const r = person('ko');
      d.add(`${i}\t${r.name}\t${pick(['팀장', '책임', '선임', '매니저', '사원'])}\t`).entity('PHONE', phoneFor('ko')).add('\t');
      if (chance(0.2)) d.add('자택 ').entity('PHONE', phoneFor('ko'));
      else if (chance(0.15)) d.entity('EMAIL', r.email);
      else d.add(pick(['-', '재택', '출장중', koreanNegative()]));
      d.add('\n');
    }
    if (chance(0.35)) d.add('\n집결지: ').entity('ADDRESS', addressFor('ko')).add('\n');
    d.add(`\n※ 변경 시 총무팀(내선 ${digits(4)})으로 알려주세요.\n`);
  },
  /** A headhunter's candidate recommendation. */
  headhunterReferral(d, f, p) {
    const hh = person('ko');
    d.add(`${pick(['[후보자 추천서]', '후보자 추천', 'Candidate Profile'])}\n포지션: ${pick(['백엔드 리드', '재무 팀장', '프로덕트 매니저', '데이터 엔지니어', '해외영업 과장'])}\n\n후보자: ${p.name} (${p.latinLast.toUpperCase()} ${p.latinFirst})\n`);
    if (chance(0.6)) d.add(dobCue('ko')).entity('DATE_OF_BIRTH', birthDate('ko')).add(` (${int(1990, 2000) % 100}년생)\n`);
    else d.add(`나이: 만 ${int(28, 48)}세\n`);
    d.add('연락처: ').entity('PHONE', phoneFor('ko')).add(' / ').entity('EMAIL', p.email).add('\n');
    if (chance(0.4)) d.add('거주지: ').entity('ADDRESS', addressFor('ko')).add('\n');
    else d.add(`거주지: ${pick(['서울 강남권', '판교 출퇴근 가능', '경기 남부'])}\n`);
    d.add(`현 연봉: ${MONEY.ko()} / 희망: ${MONEY.ko()}\n경력: ${koreanNegative()}\n\n추천 사유\n- ${pick(['대규모 트래픽 경험', '해외 법인 설립 경험', '팀 빌딩 경험'])}\n- ${koreanNegative()}\n\n`);
    d.add(`${hh.name} 컨설턴트 | ${pick(['피플앤잡서치', '코리아서치', '탤런트브릿지'])}\nM. `).entity('PHONE', phoneFor('ko')).add('  E. ').entity('EMAIL', `${hh.latinFirst}.${hh.latinLast}@${pick(['peoplesearch', 'talentbridge', 'ksearch'])}.co.kr`).add('\n');
    if (chance(0.4)) d.add('T. ').entity('PHONE', phoneFor('ko')).add('\n');
  },
  /** An automatic transcript of a phone screen (STT), speaker-tagged. */
  callTranscript(d, f, p) {
    const hr = person('ko');
    d.add(`${pick(['통화 녹취록', '[자동 생성] 통화 내용 텍스트 변환', '전화 면접 기록'])}\n통화일시 2026-${pad(int(1, 11), 2)}-${pad(int(1, 28), 2)} ${pad(int(9, 18), 2)}:${pad(int(0, 59), 2)} · 통화시간 ${int(5, 30)}분\n\n`);
    const turns = shuffle([
      () => d.add(`화자1(${hr.name}): 지원서에 적힌 번호로 연락드렸는데요, 다른 번호가 있으신가요?\n화자2(${p.name}): 네 `).entity('PHONE', phoneFor('ko')).add(pick(['로 주세요.', '이 제 번호예요.', ' 여기로 해주시면 돼요.'])),
      () => d.add(`화자2(${p.name}): 메일은 `).entity('EMAIL', p.email).add(pick([' 이에요.', '입니다.'])),
      () => (chance(0.45) ? d.add(`화자2(${p.name}): 이사를 해서 주소가 `).entity('ADDRESS', addressFor('ko')).add(pick([' 으로 바뀌었어요.', '입니다.'])) : d.add(`화자1(${hr.name}): ${koreanNegative()} 맞으시죠?`)),
      () => (chance(0.3) ? d.add(`화자2(${p.name}): 생년월일은 `).entity('DATE_OF_BIRTH', birthDate('ko')).add('이에요.') : d.add(`화자2(${p.name}): 네, ${koreanNegative()}입니다.`)),
      () => d.add(`화자1(${hr.name}): 면접은 ${int(11, 12)}월 ${int(1, 28)}일 ${pick(['오전', '오후'])} ${int(1, 11)}시입니다. 접수번호는 ${int(2026, 2026)}-${digits(5)}이고요.`),
      () => d.add(`화자1(${hr.name}): ${MONEY.ko()} 정도 생각하고 계신 거죠?`),
    ]).slice(0, int(3, 6));
    turns.forEach((turn, i) => {
      if (i > 0) d.add('\n');
      turn();
    });
    d.add('\n');
  },
  /** 입사 서류 체크리스트: what the new hire sent, with the numbers HR needs. */
  onboardingChecklist(d, f, p) {
    d.add(`${pick(['입사 서류 체크리스트', '[신규입사자] 제출서류 확인', '입사 준비 서류'])}\n입사자 ${p.name} / 입사일 2027.${pad(int(1, 3), 2)}.${pad(int(1, 28), 2)}\n\n`);
    d.add('☑ 인적사항: ');
    const [cue, value, type] = nationalId('ko', p);
    d.add(cue).entity(type, value).add('\n☑ 연락처: ').entity('PHONE', phoneFor('ko')).add('\n');
    d.add(`${pick(['☑', '☐'])} 주민등록등본 주소: `).entity('ADDRESS', addressFor('ko')).add('\n');
    if (chance(0.6)) {
      const [lead, acct] = bankAccount('ko');
      d.add('☑ 급여계좌 사본: ').add(lead).entity('BANK_ACCOUNT', acct).add('\n');
    }
    if (chance(0.35)) {
      const [pc, pv] = passport('ko');
      d.add(`☑ 여권 사본(해외출장): ${pc}`).entity('PASSPORT', pv).add('\n');
    }
    if (chance(0.3)) {
      const [lc, lv] = driverLicence('ko');
      d.add(`☑ 운전면허(법인차량): ${lc}`).entity('DRIVER_LICENSE', lv).add('\n');
    }
    if (chance(0.15)) d.add('☑ 법인카드 신청 시 개인카드 ').entity('CREDIT_CARD', card()).add(' (본인 확인용)\n');
    d.add(`☐ 졸업증명서\n☐ 경력증명서 (${koreanNegative()})\n메모: ${koreanNegative()}\n`);
    if (chance(0.3)) d.add('※ 입력 예시 ').decoy(krLayout(impossibleRegistration())).add(' 처럼 적지 마세요\n');
  },
};

// ---------------------------------------------------------------- the set
const cases = [];
const push = (kind, locale, d) => cases.push(d.asCase(`w13-${pad(cases.length, 4)}`, `${kind}/${locale}`));
// Documents in the order 100 rounds of the ten locales, then the Korean ones.
const schedule = [...Array.from({ length: DOCUMENTS_PER_LOCALE }, () => LOCALES).flat(), ...Array.from({ length: KOREAN_DOCUMENTS }, () => 'ko')];
for (const locale of schedule) {
  const korean = locale === 'ko';
  const kind = pick(Object.keys(korean ? KO_KINDS : KINDS));
  const d = new Doc();
  if (korean) KO_KINDS[kind](d, FAKERS.ko, person('ko'));
  else {
    KINDS[kind](d, locale, FAKERS[locale], person(locale));
    if (chance(0.07)) d.add(`\n${pick(['Ref. ', 'Document no. ', 'Batch '])}`).decoy(krLayout(impossibleRegistration()));
  }
  push(kind, locale, d);
}

// ---------------------------------------------------------------- Korean number vectors
// One number per sentence, with a cue naming its kind, a neutral lead-in, or nothing. Positives are
// labelled with their type; decoys (impossible registration numbers, a real one inside a longer digit
// run or joined to other digits by '+') are listed in impossibleResidentNumbers; business registration
// numbers and 군번/학번/수험번호 are plain negatives: a report of any type is a false positive.
const vectors = [];
const NEUTRAL = [['접수 번호: ', ''], ['', ' 로 확인 부탁드려요.'], ['번호 ', ' (사본 첨부)'], ['No. ', '.'], ['아래 번호입니다\n', '']];
const SENTENCES = {
  KR_RRN: [...NEUTRAL, ['주민등록번호: ', ''], ['주민번호는 ', '입니다.'], ['주민등록번호 뒷자리 포함 ', '']],
  KR_FRN: [...NEUTRAL, ['외국인등록번호: ', ''], ['외국인등록증 번호 ', ' (체류자격 E-9)'], ['Alien registration no. ', '']],
  decoy: [...NEUTRAL, ['주민등록번호: ', ''], ['외국인등록번호 ', ''], ['주민번호 ', ' 맞는지 봐주세요.']],
  PASSPORT: [['여권번호: ', ''], ['여권 번호는 ', '입니다.'], ['Passport no. ', ''], ['여권 ', ' (만료 2032.03)']],
  DRIVER_LICENSE: [['운전면허번호: ', ''], ['면허증 번호 ', ''], ['Driving licence ', ''], ['운전면허 ', ' (2종 보통)']],
  BANK_ACCOUNT: [['계좌번호: ', ''], ['입금 계좌 ', ' 예금주 본인'], ['월급 받는 계좌는 ', '입니다.'], ['환급 계좌 ', '']],
  business: [['사업자등록번호: ', ''], ['사업자번호 ', ' (일반과세자)'], ['Biz reg. no. ', ''], ['사업자 ', ' 로 계산서 부탁드립니다.']],
  military: [['군번 ', ''], ['군번: ', ' (공군 병장 만기전역)'], ['학번 ', ''], ['수험번호 ', '']],
};
function vector(category, value, { type, decoy = false, from = 0, length = value.length, sentences = decoy ? 'decoy' : type } = {}) {
  const [before, after] = pick(SENTENCES[sentences]);
  const d = new Doc().add(before);
  if (decoy) d.decoy(value, from, length);
  else if (type) d.entity(type, value);
  else d.add(value);
  d.add(after);
  vectors.push(d.asCase(`w13-kr-${pad(vectors.length, 3)}`, `korean-numbers/${category}`, { category }));
}
/** Only the birth date is wrong (the check digit is what a real number would have). */
function impossibleDate() {
  const [front, g] = pick([
    () => [`${pick(['74', '79', '86', '95', '97'])}0229`, String(pick([1, 2, 5, 6]))],
    () => [`${pick(['03', '10', '14', '18'])}0229`, String(pick([3, 4, 7, 8]))],
    () => [`${pad(int(58, 99), 2)}${pick(['00', '14', '17', '19'])}${pad(int(1, 28), 2)}`, String(pick([1, 2, 5, 6]))],
    () => [`${pad(int(58, 99), 2)}${pad(int(1, 12), 2)}${pick(['00', '32', '36', '50'])}`, String(pick([1, 2, 5, 6]))],
    () => [`${pad(int(1, 19), 2)}${pick(['04', '06', '09', '11'])}31`, String(pick([3, 4, 7, 8]))],
    () => [`${pad(int(62, 99), 2)}02${pick(['30', '31'])}`, String(pick([1, 2, 5, 6]))],
  ])();
  const d12 = `${front}${g}${digits(5)}`;
  return d12 + String(krCheck(d12, Number(g) >= 5));
}
const kindOf = () => (chance(0.6) ? 'KR_RRN' : 'KR_FRN');
for (let i = 0; i < 25; i++) {
  vector('rrn-with-check-digit', krLayout(bornBetween('KR_RRN', [1950, 1], [2020, 9])), { type: 'KR_RRN' });
  vector('frn-with-check-digit', krLayout(bornBetween('KR_FRN', [1952, 1], [2020, 9])), { type: 'KR_FRN' });
  vector('impossible-birth-date', krLayout(impossibleDate()), { decoy: true });
}
for (let i = 0; i < 20; i++) {
  vector('rrn-since-2020-10', krLayout(bornBetween('KR_RRN', [2020, 10], [2026, 10])), { type: 'KR_RRN' });
  vector('frn-since-2020-10', krLayout(bornBetween('KR_FRN', [2020, 10], [2026, 10])), { type: 'KR_FRN' });
  const real = registration(kindOf());
  const head = digits(int(1, 4));
  const tail = digits(int(0, 3));
  vector('inside-a-longer-digit-run', `${head}${real}${tail}`, { decoy: true, from: head.length, length: 13 });
  const plus = `${real.slice(0, 6)}+${real.slice(6)}`;
  const joined = chance(0.5) ? plus : `${digits(int(2, 6))}+${real}`;
  vector('joined-by-plus', joined, { decoy: true, from: joined === plus ? 0 : joined.length - 13, length: joined === plus ? 14 : 13 });
}
for (let i = 0; i < 15; i++) {
  vector('impossible-7th-digit', krLayout(`${pad(int(35, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${pick(['0', '9'])}${digits(6)}`), { decoy: true });
  vector('birth-date-in-the-future', krLayout(impossibleRegistration('future')), { decoy: true });
  vector('passport', passport('ko')[1], { type: 'PASSPORT' });
  vector('driver-licence', driverLicence('ko')[1], { type: 'DRIVER_LICENSE' });
  vector('bank-account', bankAccount('ko')[1], { type: 'BANK_ACCOUNT' });
}
for (let i = 0; i < 10; i++) {
  vector('business-registration-number', businessRegistrationNumber(), { sentences: 'business' });
  vector('military-or-student-number', pick([`${int(12, 24)}-${digits(8)}`, `${int(2012, 2025)}${digits(5)}`, digits(8)]), { sentences: 'military' });
}

// ---------------------------------------------------------------- write and freeze
const description =
  'Held-back labelled set for the Candor sensitive-data detector, wave 13 (scripts/build-pii-heldback-w13.mjs, fixed seed). ' +
  'Built by someone who never tunes the detector; frozen before the detector was run on it. Aggregates only: never print or read its misses.';
const written = writeHeldBackSet(DIR, { description, seed: SEED, frozenOn: FROZEN_ON, generator: 'scripts/build-pii-heldback-w13.mjs', cases, vectors });
console.log(written);
