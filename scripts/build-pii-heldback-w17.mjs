// Builds test/fixtures/pii/heldback-w17/: the wave 17 held-back labelled set for the sensitive-data
// detector, written by someone who never tunes the detector (issue #10 §3).
//
//   node scripts/build-pii-heldback-w17.mjs     (writes documents.json, korean-numbers.json, manifest.json)
//
// The wave 16 set (heldback-w16/) had its figures published and is tuning data in wave 17; this set
// measures that tuning on text nobody has seen. Its own seed, locales no earlier set used (ru_RU,
// kk_KZ, uz_UZ, en_KE, en_MT, es_EC, ar_JO, ur_PK, mn_MN, km_KH) and Korean again, and document kinds
// no earlier set used: career-fair registrations, a new hire's laptop-delivery reply, questions to
// payroll about a first payslip, applications for a driving job, pre-employment medical check
// bookings, enrolments in a training course, staffing-agency registrations and requests to be
// rehired by a former employer; in Korean 채용박람회 참가 신청, 업무 장비 수령, 급여 문의, 채용 건강검진
// 예약, 교육 과정 수강 신청 and 재입사 문의. Labelling rules are those of heldback-w10/README.md to
// heldback-w16/README.md.
//
// Gold spans are recorded as the values are inserted (by rule, never by running the detector).
// Check digits are computed here and in scripts/lib/pii-values.mjs, independently of src/. Phones
// are drawn from each country's numbering plan and kept only when libphonenumber-js (max metadata)
// calls them valid numbers of that country.
//
// The whole set is held back: nobody tunes on it, reads its documents while tuning, or prints its
// misses. `npm run bench -- sensitive held-back` prints aggregates only.
import { fakerEN, fakerES } from '@faker-js/faker';
import { writeHeldBackSet } from './lib/held-back-set.mjs';
import { LabelledText as Doc, shuffled } from './lib/labelled-text.mjs';
import { koreanVectorWriter, writeKoreanNumberVectors } from './lib/korean-number-vectors.mjs';
import { birthDay, MONTH_NAMES, ordinal } from './lib/pii-dates.mjs';
import { digitsOfScript, groups, koreanRegistrationLayout } from './lib/held-back-text.mjs';
import { ascii, ibanOf, nationalIdMakers, pad, phoneOf, piiValueMakers, UPPER } from './lib/pii-values.mjs';
import { seededRandom } from './lib/seeded-random.mjs';

const SEED = 0x5eed_0d17;
const DOCUMENTS_PER_LOCALE = 100;
const KOREAN_DOCUMENTS = 250;
const FROZEN_ON = '2026-12-01';
const DIR = new URL('../test/fixtures/pii/heldback-w17/', import.meta.url);

const { int, pick, chance, digits } = seededRandom(SEED);
const letter = (from = UPPER) => from[int(0, from.length - 1)];
const nz = (n) => String(int(1, 9)) + digits(n - 1);
const shuffle = (items) => shuffled(items, int);
const { card, sin, aadhaar, pan, codiceFiscale, registration, bornBetween, impossibleRegistration, businessRegistrationNumber } = piiValueMakers({ int, pick, chance, digits, letter });
const { ssn, nino, steuerId, nir, dni, bsn, chineseId, myNumber } = nationalIdMakers({ int, pick, chance, digits, letter });
const krWritten = koreanRegistrationLayout(pick);
const LOCALES = ['ru_RU', 'kk_KZ', 'uz_UZ', 'en_KE', 'en_MT', 'es_EC', 'ar_JO', 'ur_PK', 'mn_MN', 'km_KH'];
const COUNTRY = { ru_RU: 'RU', kk_KZ: 'KZ', uz_UZ: 'UZ', en_KE: 'KE', en_MT: 'MT', es_EC: 'EC', ar_JO: 'JO', ur_PK: 'PK', mn_MN: 'MN', km_KH: 'KH', ko: 'KR' };

// ---------------------------------------------------------------- digits of other scripts
const arabicIndicDigits = digitsOfScript(0x0660);
/** Urdu writes the extended Arabic-Indic digits (۰۱۲…), not the Arabic ones. */
const urduDigits = digitsOfScript(0x06f0);
const khmerDigits = digitsOfScript(0x17e0);

// ---------------------------------------------------------------- phones, by numbering plan
/** Russian and Kazakh layouts of a ten-digit number: +7 (XXX) XXX-XX-XX and its relatives. */
const sevenLayouts = (n) => [
  `+7 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`,
  `8 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`,
  `+7 ${groups(n, [3, 3, 2, 2])}`,
  `8 ${groups(n, [3, 3, 2, 2])}`,
  `+7${n}`,
  `8${n}`,
  `8-${groups(n, [3, 3, 2, 2], '-')}`,
  `+7 ${n.slice(0, 3)} ${n.slice(3)}`,
];
const PHONES = {
  ru_RU: () => {
    if (chance(0.75)) return pick(sevenLayouts(`9${pick(['03', '05', '15', '16', '25', '26', '77', '85', '99', '11', '21', '52'])}${digits(7)}`));
    return pick(sevenLayouts(`${pick(['495', '499', '812', '343', '383'])}${int(2, 9)}${digits(6)}`));
  },
  kk_KZ: () => {
    if (chance(0.8)) return pick(sevenLayouts(`${pick(['701', '702', '705', '707', '747', '771', '775', '777', '778'])}${digits(7)}`));
    return pick(sevenLayouts(chance(0.6) ? `727${int(2, 3)}${digits(6)}` : `7172${int(2, 7)}${digits(5)}`));
  },
  uz_UZ: () => {
    if (chance(0.8)) {
      const m = `${pick(['90', '91', '93', '94', '95', '97', '99', '33', '88', '77'])}${digits(7)}`;
      return pick([`+998 ${groups(m, [2, 3, 2, 2])}`, `+998 ${groups(m, [2, 3, 2, 2])}`, `+998 (${m.slice(0, 2)}) ${m.slice(2, 5)}-${m.slice(5, 7)}-${m.slice(7)}`, `+998${m}`, groups(m, [2, 3, 2, 2]), `(${m.slice(0, 2)}) ${m.slice(2)}`, `+998-${groups(m, [2, 3, 2, 2], '-')}`, `998 ${groups(m, [2, 3, 4])}`]);
    }
    const n = `71${int(2, 2)}${digits(6)}`;
    return pick([`+998 71 ${groups(n.slice(2), [3, 2, 2], '-')}`, `71 ${groups(n.slice(2), [3, 2, 2])}`, `(71) ${n.slice(2)}`]);
  },
  en_KE: () => {
    if (chance(0.8)) {
      const m = `${pick(['70', '71', '72', '74', '79', '11', '10', '75', '76', '68'])}${digits(7)}`;
      return pick([`0${groups(m, [3, 3, 3])}`, `0${groups(m, [3, 3, 3])}`, `0${m}`, `+254 ${groups(m, [3, 3, 3])}`, `+254${m}`, `+254 (0) ${groups(m, [3, 6])}`, `0${groups(m, [3, 3, 3], '-')}`, `254 ${m}`]);
    }
    const n = `20${int(2, 8)}${digits(6)}`;
    return pick([`020 ${n.slice(2)}`, `+254 20 ${groups(n.slice(2), [3, 4])}`, `(020) ${groups(n.slice(2), [3, 4])}`]);
  },
  en_MT: () => {
    const n = chance(0.75) ? `${pick(['79', '99', '77', '98', '96'])}${digits(6)}` : `${pick(['21', '27', '22'])}${digits(6)}`;
    return pick([groups(n, [4, 4]), groups(n, [4, 4]), n, `+356 ${groups(n, [4, 4])}`, `+356 ${n}`, `+356${n}`, `00356 ${groups(n, [4, 4])}`, `(+356) ${groups(n, [4, 4])}`]);
  },
  es_EC: () => {
    if (chance(0.8)) {
      const m = `9${int(5, 9)}${digits(7)}`;
      return pick([`0${groups(m, [2, 3, 4])}`, `0${groups(m, [2, 3, 4])}`, `0${m}`, `0${groups(m, [2, 3, 4], '-')}`, `+593 ${groups(m, [2, 3, 4])}`, `+593 ${groups(m, [1, 4, 4])}`, `+593${m}`, `(+593) ${m}`]);
    }
    const n = `${pick(['2', '4', '7'])}${int(2, 6)}${digits(6)}`;
    return pick([`(0${n[0]}) ${groups(n.slice(1), [3, 4], '-')}`, `0${n[0]} ${groups(n.slice(1), [3, 4])}`, `+593 ${n[0]} ${groups(n.slice(1), [3, 4])}`]);
  },
  ar_JO: () => {
    if (chance(0.8)) {
      const m = `7${pick(['7', '8', '9'])}${digits(7)}`;
      return pick([`0${groups(m, [2, 3, 4])}`, `0${groups(m, [2, 3, 4])}`, `0${m}`, `+962 ${groups(m, [2, 3, 4])}`, `+962 ${groups(m, [1, 4, 4])}`, `+962${m}`, `00962 ${groups(m, [2, 3, 4])}`, `(+962) ${groups(m, [2, 3, 4], '-')}`]);
    }
    const n = `6${int(4, 5)}${digits(6)}`;
    return pick([`06 ${n.slice(1)}`, `+962 6 ${groups(n.slice(1), [3, 4])}`, `(06) ${groups(n.slice(1), [3, 4])}`]);
  },
  ur_PK: () => {
    if (chance(0.8)) {
      const m = `3${pick(['00', '01', '02', '03', '05', '08', '11', '13', '15', '21', '22', '33', '35', '45'])}${digits(7)}`;
      return pick([`0${m.slice(0, 3)} ${m.slice(3)}`, `0${m.slice(0, 3)}-${m.slice(3)}`, `0${m}`, `+92 ${m.slice(0, 3)} ${m.slice(3)}`, `+92-${m.slice(0, 3)}-${m.slice(3)}`, `+92${m}`, `0092 ${m.slice(0, 3)} ${m.slice(3)}`, `(+92) ${m.slice(0, 3)} ${groups(m.slice(3), [3, 4])}`]);
    }
    const [area, local] = pick([['42', `3${digits(7)}`], ['21', `3${digits(7)}`], ['51', `2${digits(6)}`]]);
    return pick([`(0${area}) ${groups(local, [4, local.length - 4])}`, `0${area}-${local}`, `+92 ${area} ${local}`]);
  },
  mn_MN: () => {
    const n = chance(0.8) ? `${pick(['88', '99', '95', '94', '85', '86', '80', '91', '96', '89'])}${digits(6)}` : `${pick(['7011', '7012', '7575'])}${digits(4)}`;
    return pick([groups(n, [4, 4]), groups(n, [4, 4]), n, `+976 ${groups(n, [4, 4])}`, `+976 ${n}`, `+976${n}`, `(+976) ${groups(n, [4, 4], '-')}`, `976-${groups(n, [4, 4])}`]);
  },
  km_KH: () => {
    if (chance(0.8)) {
      const [prefix, rest] = pick([['12', 6], ['17', 6], ['77', 6], ['89', 6], ['92', 6], ['10', 6], ['15', 6], ['16', 6], ['70', 6], ['81', 6], ['86', 6], ['93', 6], ['98', 6], ['97', 7], ['88', 7], ['71', 7], ['60', 6]]);
      const m = `${prefix}${digits(rest)}`;
      return pick([`0${groups(m, [2, 3, m.length - 5])}`, `0${groups(m, [2, 3, m.length - 5])}`, `0${m}`, `0${groups(m, [2, 3, m.length - 5], '-')}`, `+855 ${groups(m, [2, 3, m.length - 5])}`, `+855${m}`, `(+855) ${groups(m, [2, m.length - 2])}`, `855 ${groups(m, [2, 3, m.length - 5])}`]);
    }
    const n = `23${int(2, 9)}${digits(5)}`;
    return pick([`023 ${groups(n.slice(2), [3, 3])}`, `+855 23 ${groups(n.slice(2), [3, 3])}`, `(023) ${n.slice(2)}`]);
  },
  ko: (office = false) => {
    const [mid, last] = [`${int(2, 9)}${digits(3)}`, digits(4)];
    if (!office && chance(0.7)) return pick([`010-${mid}-${last}`, `010-${mid}-${last}`, `010-${mid}-${last}`, `010 ${mid} ${last}`, `010${mid}${last}`, `010.${mid}.${last}`, `+82 10-${mid}-${last}`, `+82 (0)10 ${mid} ${last}`]);
    const area = pick(['02', '032', '042', '043', '052', '053', '061', '063', '070', ...(office ? ['1588'] : [])]);
    if (area === '1588') return pick([`1588-${last}`, `1588 ${last}`]);
    const local = area === '02' || area === '070' ? mid : `${int(2, 9)}${digits(int(2, 3))}`;
    return pick([`${area}-${local}-${last}`, `${area}-${local}-${last}`, `(${area}) ${local}-${last}`, `${area} ${local} ${last}`, `+82 ${area.slice(1)}-${local}-${last}`]);
  },
};
const EXTENSIONS = { ru_RU: [' доб. ', ' (доб. '], kk_KZ: [' вн. ', ' ішкі '], uz_UZ: [' ichki ', ' (qo‘shimcha '], en_KE: [' ext. ', ' Ext '], en_MT: [' ext. ', ' x'], es_EC: [' ext. ', ' Ext. '], ar_JO: [' فرعي ', ' ext. '], ur_PK: [' ext. ', ' Ext: '], mn_MN: [' дотуур ', ' ext. '], km_KH: [' ext. ', ' (ext. '], ko: [' 내선 ', ' (내선 '] };
/** A valid number of the locale's country as people write it; an office line sometimes carries its extension (inside the span); Jordanian, Pakistani and Cambodian numbers sometimes in their own digits. */
function phoneFor(locale, office = false) {
  // A Korean company's line is a landline, a 070 or a 1588 number, never a mobile.
  let n = phoneOf(COUNTRY[locale], locale === 'ko' ? () => PHONES.ko(office) : PHONES[locale]);
  if (locale === 'ar_JO' && chance(0.15)) n = arabicIndicDigits(n);
  else if (locale === 'ur_PK' && chance(0.15)) n = urduDigits(n);
  else if (locale === 'km_KH' && chance(0.2)) n = khmerDigits(n);
  if (!office || !chance(0.3)) return n;
  const ext = pick(EXTENSIONS[locale]);
  return `${n}${ext}${int(10, 4999)}${ext.includes('(') ? ')' : ''}`;
}

// ---------------------------------------------------------------- addresses, by country
const RU_PLACES = [['125009', 'Москва', 'Moscow'], ['119021', 'Москва', 'Moscow'], ['101000', 'Москва', 'Moscow'], ['191186', 'Санкт-Петербург', 'Saint Petersburg'], ['197022', 'Санкт-Петербург', 'Saint Petersburg'], ['620014', 'Екатеринбург', 'Yekaterinburg'], ['630099', 'Новосибирск', 'Novosibirsk'], ['420111', 'Казань', 'Kazan']];
const RU_STREETS = [['ул. Тверская', 'Tverskaya St.'], ['Невский пр.', 'Nevsky Prospekt'], ['ул. Ленина', 'Lenina St.'], ['Ленинградский пр-т', 'Leningradsky Prospekt'], ['ул. Большая Садовая', 'Bolshaya Sadovaya St.'], ['наб. реки Фонтанки', 'Fontanka Emb.'], ['ул. Баумана', 'Baumana St.'], ['Красный пр.', 'Krasny Prospekt']];
const KZ_PLACES = [['050000', 'Алматы', 'Almaty', 'A'], ['050040', 'Алматы', 'Almaty', 'A'], ['050059', 'Алматы', 'Almaty', 'A'], ['010000', 'Астана', 'Astana', 'Z'], ['010017', 'Астана', 'Astana', 'Z'], ['100000', 'Қарағанды', 'Karaganda', 'M'], ['160000', 'Шымкент', 'Shymkent', 'X']];
const KZ_STREETS = [['Абай даңғылы', 'пр. Абая', 'Abay Ave'], ['Достық даңғылы', 'пр. Достык', 'Dostyk Ave'], ['Төле би көшесі', 'ул. Толе би', 'Tole Bi St'], ['Қабанбай батыр даңғылы', 'пр. Кабанбай батыра', 'Kabanbay Batyr Ave'], ['Сейфуллин көшесі', 'ул. Сейфуллина', 'Seifullin St'], ['Әл-Фараби даңғылы', 'пр. аль-Фараби', 'Al-Farabi Ave']];
const UZ_PLACES = [['100084', 'Toshkent sh.', 'Yunusobod tumani', 'Тошкент ш.', 'Юнусобод тумани'], ['100017', 'Toshkent sh.', 'Mirobod tumani', 'Тошкент ш.', 'Миробод тумани'], ['100115', 'Toshkent sh.', 'Chilonzor tumani', 'Тошкент ш.', 'Чилонзор тумани'], ['140100', 'Samarqand sh.', 'Samarqand', 'Самарқанд ш.', 'Самарқанд'], ['200100', 'Buxoro sh.', 'Buxoro', 'Бухоро ш.', 'Бухоро']];
const UZ_STREETS = [['Amir Temur', 'Амир Темур'], ['Mustaqillik', 'Мустақиллик'], ['Shota Rustaveli', 'Шота Руставели'], ['Bunyodkor', 'Бунёдкор'], ['Registon', 'Регистон'], ['Navoiy', 'Навоий']];
const KE_PLACES = [['Westlands', 'Nairobi', '00100'], ['Kilimani', 'Nairobi', '00100'], ['Kileleshwa', 'Nairobi', '00100'], ['South B', 'Nairobi', '00200'], ['Karen', 'Nairobi', '00502'], ['Nyali', 'Mombasa', '80100'], ['Milimani', 'Kisumu', '40100'], ['Section 58', 'Nakuru', '20100']];
const KE_STREETS = ['Riverside Drive', 'Ngong Road', 'Argwings Kodhek Road', 'Othaya Road', 'Waiyaki Way', 'Links Road', 'Oginga Odinga Street', 'Kenyatta Avenue', 'Lenana Road'];
const MT_PLACES = [['Mosta', 'MST'], ['Birkirkara', 'BKR'], ['Sliema', 'SLM'], ['St Julian\'s', 'STJ'], ['Valletta', 'VLT'], ['Swieqi', 'SWQ'], ['Żabbar', 'ZBR'], ['Qormi', 'QRM'], ['Victoria, Gozo', 'VCT']];
const MT_STREETS = ['Triq il-Kbira', 'Triq San Pawl', 'Triq il-Wied', 'Triq Tower', 'Triq ix-Xatt', 'Republic Street', 'Triq Santa Marija', 'Triq Birkirkara', 'Triq il-Kappillan Mifsud'];
const EC_QUITO = ['Av. Amazonas', 'Av. República de El Salvador', 'Calle Juan León Mera', 'Av. 6 de Diciembre', 'Av. Naciones Unidas', 'Calle Whymper', 'Av. Eloy Alfaro'];
const EC_CROSS = ['Av. Atahualpa', 'Wilson', 'Portugal', 'Orellana', 'Av. Colón', 'Suecia', 'Isla Floreana'];
const JO_PLACES = [['عمّان', 'Amman', 'الشميساني', 'Shmeisani', '11181'], ['عمّان', 'Amman', 'عبدون', 'Abdoun', '11183'], ['عمّان', 'Amman', 'خلدا', 'Khalda', '11953'], ['عمّان', 'Amman', 'جبل عمّان', 'Jabal Amman', '11118'], ['إربد', 'Irbid', 'الحي الجنوبي', 'South District', '21110'], ['الزرقاء', 'Zarqa', 'الزرقاء الجديدة', 'New Zarqa', '13110']];
const JO_STREETS = [['شارع الملكة رانيا', 'Queen Rania St'], ['شارع عبد الحميد شرف', 'Abdul Hameed Sharaf St'], ['شارع مكة', 'Mecca St'], ['شارع وصفي التل', 'Wasfi Al-Tal St'], ['شارع الأمير محمد', 'Prince Mohammad St']];
const PK_PLACES = [['F-7/2', 'Islamabad', '44000', 'ایف سیون ٹو', 'اسلام آباد'], ['G-11/3', 'Islamabad', '44000', 'جی الیون تھری', 'اسلام آباد'], ['DHA Phase 5', 'Lahore', '54792', 'ڈی ایچ اے فیز ۵', 'لاہور'], ['Gulberg III', 'Lahore', '54660', 'گلبرگ III', 'لاہور'], ['Clifton Block 7', 'Karachi', '75600', 'کلفٹن بلاک ۷', 'کراچی'], ['Gulshan-e-Iqbal Block 13-D', 'Karachi', '75300', 'گلشن اقبال بلاک ۱۳ ڈی', 'کراچی'], ['Hayatabad Phase 3', 'Peshawar', '25100', 'حیات آباد فیز ۳', 'پشاور']];
const MN_PLACES = [['Сүхбаатар дүүрэг', 'Sukhbaatar district', '14200'], ['Баянзүрх дүүрэг', 'Bayanzurkh district', '13380'], ['Хан-Уул дүүрэг', 'Khan-Uul district', '17010'], ['Чингэлтэй дүүрэг', 'Chingeltei district', '15160'], ['Баянгол дүүрэг', 'Bayangol district', '16050']];
const MN_STREETS = [['Энхтайваны өргөн чөлөө', 'Peace Avenue'], ['Чингисийн өргөн чөлөө', 'Chinggis Avenue'], ['Сөүлийн гудамж', 'Seoul Street'], ['Их тойруу', 'Ikh Toiruu'], ['Олимпийн гудамж', 'Olympic Street']];
const KH_PLACES = [['បឹងកេងកង ១', 'Boeung Keng Kang 1', 'ចំការមន', 'Chamkarmon', '120101'], ['ទន្លេបាសាក់', 'Tonle Bassac', 'ចំការមន', 'Chamkarmon', '120106'], ['ផ្សារថ្មី ៣', 'Phsar Thmei 3', 'ដូនពេញ', 'Daun Penh', '120206'], ['វាលវង់', 'Veal Vong', '៧មករា', '7 Makara', '120307'], ['ទឹកល្អក់ ១', 'Teuk L\'ak 1', 'ទួលគោក', 'Toul Kork', '120408']];
const KO_STREETS = [
  ['부산광역시', '해운대구', '센텀중앙로', '우동', 'Haeundae-gu, Busan', 'Centum jungang-ro'], ['부산광역시', '부산진구', '중앙대로', '부전동', 'Busanjin-gu, Busan', 'Jungang-daero'], ['대구광역시', '수성구', '동대구로', '범어동', 'Suseong-gu, Daegu', 'Dongdaegu-ro'],
  ['울산광역시', '남구', '삼산로', '삼산동', 'Nam-gu, Ulsan', 'Samsan-ro'], ['세종특별자치시', '', '한누리대로', '보람동', 'Sejong-si', 'Hannuri-daero'], ['서울특별시', '영등포구', '국제금융로', '여의도동', 'Yeongdeungpo-gu, Seoul', 'Gukjegeumyung-ro'],
  ['서울특별시', '성동구', '왕십리로', '성수동1가', 'Seongdong-gu, Seoul', 'Wangsimni-ro'], ['경기도', '고양시 일산동구', '중앙로', '장항동', 'Ilsandong-gu, Goyang-si', 'Jungang-ro'], ['경기도', '용인시 수지구', '포은대로', '풍덕천동', 'Suji-gu, Yongin-si', 'Poeun-daero'],
  ['충청북도', '청주시 흥덕구', '직지대로', '복대동', 'Heungdeok-gu, Cheongju-si', 'Jikji-daero'], ['강원특별자치도', '춘천시', '중앙로', '옥천동', 'Chuncheon-si, Gangwon', 'Jungang-ro'], ['전라남도', '여수시', '시청로', '학동', 'Yeosu-si, Jeollanam-do', 'Sicheong-ro'],
];
const KO_SHORT = { 부산광역시: '부산', 대구광역시: '대구', 울산광역시: '울산', 세종특별자치시: '세종', 서울특별시: '서울시', 경기도: '경기', 충청북도: '충북', 강원특별자치도: '강원', 전라남도: '전남' };
/** A Kazpost postcode of the 2020 scheme (region letter, two digits, letter, digit, letter, digit). */
const kazpost = (region) => `${region}${pad(int(0, 35), 2)}${letter('ABCDEFGHKMPTXY')}${int(0, 9)}${letter('ABCDEFGHKMPTXY')}${int(0, 9)}`;

const ADDRESSES = {
  ru_RU: (multiline) => {
    const [post, city, cityEn] = pick(RU_PLACES);
    const [street, streetEn] = pick(RU_STREETS);
    const [house, flat] = [int(1, 120), int(1, 240)];
    if (chance(0.2)) {
      const line1 = `${house} ${streetEn}, apt. ${flat}`;
      return multiline ? `${line1}\n${cityEn} ${post}, Russia` : `${line1}, ${cityEn} ${post}`;
    }
    const line1 = `${street}, д. ${house}${pick(['', '', `, корп. ${int(1, 4)}`, `, стр. ${int(1, 3)}`])}${chance(0.7) ? `, кв. ${flat}` : ''}`;
    if (multiline) return pick([`${line1}\n${post}, г. ${city}`, `${post}, г. ${city},\n${line1}`]);
    return pick([`${post}, г. ${city}, ${line1}`, `${post}, г. ${city}, ${line1}`, `г. ${city}, ${line1}`, `${line1}, ${city}, ${post}`]);
  },
  kk_KZ: (multiline) => {
    const [post, city, cityEn, region] = pick(KZ_PLACES);
    const [kk, ru, en] = pick(KZ_STREETS);
    const [house, flat] = [int(1, 180), int(1, 200)];
    const code = chance(0.35) ? kazpost(region) : post;
    const form = int(1, 3);
    if (form === 1) {
      const line1 = `${kk}, ${house}-үй${chance(0.6) ? `, ${flat}-пәтер` : ''}`;
      return multiline ? `${city} қ., ${line1}\n${code}` : `${city} қ., ${line1}, ${code}`;
    }
    if (form === 2) {
      const line1 = `${ru}, д. ${house}${chance(0.6) ? `, кв. ${flat}` : ''}`;
      return multiline ? `г. ${city}, ${line1}\n${code}` : pick([`${code}, г. ${city}, ${line1}`, `г. ${city}, ${line1}, ${code}`]);
    }
    const line1 = `${house} ${en}${chance(0.5) ? `, apt ${flat}` : ''}`;
    return multiline ? `${line1}\n${cityEn} ${code}, Kazakhstan` : `${line1}, ${cityEn} ${code}`;
  },
  uz_UZ: (multiline) => {
    const [post, city, district, cityCy, districtCy] = pick(UZ_PLACES);
    const [street, streetCy] = pick(UZ_STREETS);
    const [house, flat] = [int(1, 140), int(1, 90)];
    if (chance(0.25)) {
      const line1 = `${districtCy}, ${streetCy} кўчаси, ${house}-уй${chance(0.5) ? `, ${flat}-хонадон` : ''}`;
      return multiline ? `${cityCy}, ${line1}\n${post}` : `${cityCy}, ${line1}, ${post}`;
    }
    const ko = pick(["ko'chasi", 'koʻchasi', 'ko‘chasi']);
    if (chance(0.2)) {
      const line1 = `${district}, ${int(1, 25)}-mavze, ${house}-uy, ${flat}-xonadon`;
      return multiline ? `${line1}\n${city} ${post}` : `${city}, ${line1}`;
    }
    const line1 = `${street} ${ko}, ${house}${pick(['-uy', '', `-uy, ${flat}-xonadon`])}`;
    return multiline ? `${line1}\n${district}, ${city} ${post}` : pick([`${city}, ${district}, ${line1}, ${post}`, `${line1}, ${city} ${post}`, `${post}, ${city}, ${line1}`]);
  },
  en_KE: (multiline) => {
    const [area, city, code] = pick(KE_PLACES);
    if (chance(0.18)) return `P.O. Box ${int(100, 99999)}-${code}${multiline ? '\n' : ', '}${city}`;
    const building = pick(['', '', `${pick(['Apartment', 'Apt', 'Flat', 'House'])} ${int(1, 30)}${letter('ABCD')}, ${pick(['Kileleshwa Court', 'Riverside Gardens', 'Mvuli Heights', 'Greenpark Estate', 'Nyali Palms'])}, `]);
    const line1 = `${building}${chance(0.5) ? `${pick(['Plot ', 'House No. ', 'No. '])}${int(1, 400)}, ` : ''}${pick(KE_STREETS)}${chance(0.3) ? `, off ${pick(KE_STREETS)}` : ''}, ${area}`;
    return multiline ? `${line1}\n${city}${chance(0.4) ? ` ${code}` : ''}` : pick([`${line1}, ${city}`, `${line1}, ${city}, Kenya`, `${line1}, ${city} ${code}`]);
  },
  en_MT: (multiline) => {
    const [town, prefix] = pick(MT_PLACES);
    const post = `${prefix} ${int(1000, 9999)}`;
    const named = chance(0.3) ? `"${pick(['Villa Rosa', 'Ta\' Marija', 'Sunny Flats', 'Dar il-Ħena', 'Casa Bella'])}", ` : '';
    const flat = chance(0.35) ? `Flat ${int(1, 12)}, ${pick(['Block B', 'Seaview Court', 'Marina Mansions'])}, ` : '';
    const line1 = `${flat}${named}${int(1, 150)}, ${pick(MT_STREETS)}`;
    return multiline ? `${line1}\n${town} ${post}${chance(0.3) ? '\nMalta' : ''}` : pick([`${line1}, ${town} ${post}`, `${line1}, ${town} ${post}, Malta`, `${line1}, ${town}`]);
  },
  es_EC: (multiline) => {
    if (chance(0.35)) {
      const line1 = pick([`Cdla. Kennedy Norte, Mz. ${int(100, 900)} V. ${int(1, 30)}`, `Urdesa Central, Calle ${pick(['Víctor Emilio Estrada', 'Las Monjas', 'Guayacanes'])} ${int(100, 999)} y ${pick(['Ficus', 'Higueras', 'Jiguas'])}`, `Av. 9 de Octubre ${int(100, 1500)} y ${pick(['Chile', 'Boyacá', 'Pichincha'])}`]);
      const tail = `Guayaquil${chance(0.4) ? ` ${pick(['090505', '090112', '090313'])}` : ''}`;
      return multiline ? `${line1}\n${tail}` : `${line1}, ${tail}`;
    }
    const line1 = `${pick(EC_QUITO)} N${int(20, 47)}-${int(10, 560)} y ${pick(EC_CROSS)}${pick(['', '', `, Edif. ${pick(['Torres del Norte', 'Cosmopolitan', 'Albra'])}, Dpto. ${int(1, 12)}${letter('ABC')}`, `, Of. ${int(101, 904)}`])}`;
    const tail = `Quito${chance(0.4) ? ` ${pick(['170135', '170143', '170504', '170102'])}` : ''}`;
    return multiline ? `${line1}\n${tail}${chance(0.3) ? ', Ecuador' : ''}` : pick([`${line1}, ${tail}`, `${line1}, ${tail}, Pichincha`]);
  },
  ar_JO: (multiline) => {
    const [city, cityEn, district, districtEn, zip] = pick(JO_PLACES);
    const [street, streetEn] = pick(JO_STREETS);
    const building = int(1, 90);
    if (chance(0.1)) return `P.O. Box ${int(1000, 960000)}${multiline ? '\n' : ', '}${cityEn} ${zip}`;
    if (chance(0.4)) {
      const line1 = `Building ${building}, ${streetEn}, ${districtEn}`;
      return multiline ? `${line1}\n${cityEn} ${zip}, Jordan` : `${line1}, ${cityEn}${chance(0.6) ? ` ${zip}` : ''}`;
    }
    const ar = chance(0.55) ? arabicIndicDigits : (s) => s;
    if (chance(0.35)) return `${city} - ${district} - ${street} - ${pick(['بناية', 'عمارة'])} ${ar(String(building))}`;
    const line1 = `${street}، ${pick(['عمارة', 'بناية'])} ${ar(String(building))}${chance(0.5) ? `، الطابق ${ar(String(int(1, 9)))}` : ''}، ${district}`;
    return multiline ? `${line1}\n${city} ${ar(zip)}` : `${line1}، ${city}${chance(0.5) ? ` ${ar(zip)}` : ''}`;
  },
  ur_PK: (multiline) => {
    const [area, city, zip, areaUr, cityUr] = pick(PK_PLACES);
    const [house, street] = [int(1, 400), int(1, 60)];
    if (chance(0.25)) {
      const line1 = `مکان نمبر ${urduDigits(String(house))}، گلی نمبر ${urduDigits(String(street))}، ${areaUr}`;
      return multiline ? `${line1}\n${cityUr}` : `${line1}، ${cityUr}`;
    }
    const line1 = pick([`House No. ${house}, Street ${street}, ${area}`, `House ${house}-${letter('ABCDEFG')}, ${area}`, `Flat ${int(1, 12)}-${letter('ABC')}, ${pick(['Sea Breeze Apartments', 'Askari Tower 2', 'Gulberg Heights'])}, ${area}`, `${house}-${letter('ABCDEFG')}, ${area}`]);
    return multiline ? `${line1}\n${city}${chance(0.5) ? ` ${zip}` : ''}` : pick([`${line1}, ${city} ${zip}`, `${line1}, ${city}`, `${line1}, ${city}, Pakistan`]);
  },
  mn_MN: (multiline) => {
    const [district, districtEn, zip] = pick(MN_PLACES);
    const [street, streetEn] = pick(MN_STREETS);
    const [khoroo, building, flat] = [int(1, 30), int(1, 80), int(1, 120)];
    if (chance(0.3)) {
      const line1 = `Apt ${flat}, Bldg ${building}, ${streetEn}, ${ordinal(khoroo)} khoroo, ${districtEn}`;
      return multiline ? `${line1}\nUlaanbaatar ${zip}, Mongolia` : `${line1}, Ulaanbaatar ${zip}`;
    }
    const line1 = pick([`${district}, ${khoroo}-р хороо, ${street} ${building}`, `${district}, ${khoroo}-р хороо, ${building}-р байр, ${flat} тоот`, `${district}, ${khoroo}-р хороо, ${street}, ${building}-р байр, ${flat} тоот`]);
    return multiline ? `Улаанбаатар хот, ${line1}\n${zip}` : pick([`Улаанбаатар, ${line1}, ${zip}`, `УБ, ${line1}`, `${line1}, Улаанбаатар ${zip}`]);
  },
  km_KH: (multiline) => {
    const [sangkat, sangkatEn, khan, khanEn, zip] = pick(KH_PLACES);
    const [house, street] = [`${int(1, 250)}${pick(['', '', letter('ABE')])}`, int(51, 600)];
    if (chance(0.3)) {
      const line1 = `ផ្ទះលេខ ${khmerDigits(house)} ផ្លូវ ${khmerDigits(String(street))} សង្កាត់${sangkat} ខណ្ឌ${khan}`;
      return multiline ? `${line1}\nរាជធានីភ្នំពេញ` : `${line1} រាជធានីភ្នំពេញ`;
    }
    const line1 = `${pick(['#', 'No. ', 'House '])}${house}, ${pick(['St. ', 'Street ', 'Str. '])}${street}, Sangkat ${sangkatEn}, Khan ${khanEn}`;
    return multiline ? `${line1}\nPhnom Penh${chance(0.5) ? ` ${zip}` : ''}` : pick([`${line1}, Phnom Penh`, `${line1}, Phnom Penh ${zip}`, `${line1}, Phnom Penh, Cambodia`]);
  },
  ko: () => {
    const [sido, gu, road, dong, guEn, roadEn] = pick(KO_STREETS);
    const zip = pad(int(1000, 63999), 5);
    const no = int(1, 350);
    const where = gu ? `${gu} ` : '';
    if (chance(0.12)) return `${pick(['', `Unit ${int(101, 2503)}, `, `${int(2, 20)}F, `])}${no} ${roadEn}, ${guEn}${chance(0.5) ? `, Republic of Korea ${zip}` : ''}`;
    if (chance(0.2)) return `${sido} ${where}${dong} ${int(1, 1800)}${chance(0.7) ? `-${int(1, 40)}` : '번지'}${pick(['', ` ${int(2, 9)}층`, ` ${pick(['푸르지오', '힐스테이트', 'e편한세상', '래미안'])} ${int(101, 120)}동 ${int(2, 25)}0${int(1, 4)}호`])}`;
    const unit = pick(['', '', `, ${int(2, 15)}층`, `, ${int(101, 120)}동 ${int(2, 25)}0${int(1, 4)}호`, ` ${int(201, 1503)}호`, ` (${dong})`, `, ${int(2, 8)}층 ${int(201, 809)}호 (${dong}, ${pick(['센텀타워', '리더스빌딩', '스카이빌'])})`]);
    return `${pick(['', '', `(우) ${zip} `, `[${zip}] `])}${pick([sido, KO_SHORT[sido]])} ${where}${road}${chance(0.25) ? ` ${int(1, 60)}번길` : ''} ${no}${unit}`;
  },
};
const addressFor = (locale, multiline = false) => ADDRESSES[locale](multiline);

// ---------------------------------------------------------------- ids the detector claims (those of emigrants, expatriates and returnees)
const ID_LEADS = {
  ru_RU: ['Для бухгалтерии: ', 'For payroll: '], kk_KZ: ['Бухгалтерияға: ', 'Для отдела кадров: '], uz_UZ: ['Buxgalteriya uchun: ', 'For HR: '], en_KE: ['For payroll: ', 'HR file: '], en_MT: ['For payroll: ', 'FSS forms: '],
  es_EC: ['Para nómina: ', 'Datos para talento humano: '], ar_JO: ['لقسم الرواتب: ', 'For payroll: '], ur_PK: ['For payroll: ', 'تنخواہ کے لیے: '], mn_MN: ['Цалингийн хэлтэст: ', 'For payroll: '], km_KH: ['For payroll: ', 'សម្រាប់ប្រាក់ខែ៖ '],
};
/** [cue or neutral lead-in, value, type] for an id of a claimed type someone from `locale`'s country may hold. */
function nationalId(locale, p) {
  const named = chance(0.65);
  const say = (cues) => (named ? pick(cues) : pick(ID_LEADS[locale]));
  const krFrn = (cues) => [say(cues), krWritten(registration('KR_FRN')), 'KR_FRN'];
  const cf = (cues) => [say(cues), codiceFiscale(p.latinFirst, p.latinLast), 'IT_FISCAL_CODE'];
  const options = {
    ru_RU: [() => [say(['Steuer-ID: ', 'Немецкий налоговый номер (Steuer-ID): ']), steuerId(), 'DE_TAX_ID'], () => [say(['UK NI number: ', 'National Insurance No. ']), nino(), 'UK_NINO'], () => [say(['SSN (США): ', 'US SSN: ']), ssn(), 'US_SSN']],
    kk_KZ: [() => krFrn(['Корей ARC: ', 'Корейский номер иностранца: ', 'ARC (Korea): ']), () => [say(['Steuer-ID: ', 'Германия салық нөмірі: ']), steuerId(), 'DE_TAX_ID'], () => [say(['中国身份证号：', 'Chinese resident ID: ']), chineseId(), 'CN_RESIDENT_ID']],
    uz_UZ: [() => krFrn(['Koreya ID karta (ARC): ', 'Korean ARC (E-9): ']), () => [say(['My Number (Yaponiya): ', 'Japanese My Number: ']), myNumber(), 'JP_MY_NUMBER'], () => [say(['UK NI number: ', 'Buyuk Britaniya NINO: ']), nino(), 'UK_NINO']],
    en_KE: [() => [say(['UK NI number: ', 'National Insurance No. ']), nino(), 'UK_NINO'], () => [say(['US SSN: ', 'Social Security No. ']), ssn(), 'US_SSN'], () => [say(['Canadian SIN: ', 'SIN: ']), sin(), 'CA_SIN'], () => [say(['Aadhaar: ', 'Aadhaar no. ']), aadhaar(), 'IN_AADHAAR'], () => [say(['PAN (India): ', 'PAN: ']), pan(p.latinLast), 'IN_PAN'], () => [say(['Indian PAN: ', 'PAN card no. ']), pan(p.latinLast), 'IN_PAN']],
    en_MT: [() => cf(['Codice fiscale: ', 'Italian tax code: ']), () => cf(['C.F. ', 'Codice fiscale (Italia): ']), () => [say(['UK NI number: ', 'NINO: ']), nino(), 'UK_NINO'], () => [say(['NIE (Spain): ', 'DNI: ']), dni(), 'ES_DNI'], () => [say(['BSN: ', 'Dutch BSN: ']), bsn(), 'NL_BSN'], () => [say(['NIR (France): ', 'French social security no. ']), nir(), 'FR_NIR']],
    es_EC: [() => [say(['NIE (España): ', 'DNI español: ']), dni(), 'ES_DNI'], () => [say(['SSN (EE. UU.): ', 'Social Security Number: ']), ssn(), 'US_SSN'], () => cf(['Codice fiscale: ', 'Código fiscal italiano: '])],
    ar_JO: [() => [say(['US SSN: ', 'رقم الضمان الاجتماعي الأمريكي: ']), ssn(), 'US_SSN'], () => [say(['Canadian SIN: ', 'SIN: ']), sin(), 'CA_SIN'], () => [say(['Steuer-ID: ', 'German tax ID: ']), steuerId(), 'DE_TAX_ID'], () => [say(['UK NI number: ', 'NINO: ']), nino(), 'UK_NINO']],
    ur_PK: [() => [say(['UK NI number: ', 'National Insurance No. ']), nino(), 'UK_NINO'], () => [say(['US SSN: ', 'SSN: ']), ssn(), 'US_SSN'], () => [say(['Canadian SIN: ', 'SIN: ']), sin(), 'CA_SIN'], () => krFrn(['Korean ARC (EPS): ', 'ARC no. ']), () => [say(['Aadhaar (family in India): ', 'Aadhaar no. ']), aadhaar(), 'IN_AADHAAR']],
    mn_MN: [() => krFrn(['Солонгос ARC: ', 'Korean ARC: ', 'Гадаадын иргэний дугаар (Солонгос): ']), () => [say(['My Number (Япон): ', 'Japanese My Number: ']), myNumber(), 'JP_MY_NUMBER'], () => [say(['中国身份证号：', 'Chinese ID (colleague): ']), chineseId(), 'CN_RESIDENT_ID'], () => [say(['Steuer-ID: ', 'German tax ID: ']), steuerId(), 'DE_TAX_ID']],
    km_KH: [() => krFrn(['Korean ARC (EPS): ', 'ARC no. ']), () => [say(['My Number (Japan): ', 'Individual Number: ']), myNumber(), 'JP_MY_NUMBER'], () => [say(['NIR (France): ', 'Numéro de sécurité sociale : ']), nir(), 'FR_NIR'], () => [say(['BSN (Nederland): ', 'Dutch BSN: ']), bsn(), 'NL_BSN']],
  };
  if (locale === 'ko') {
    const kind = chance(0.7) ? 'KR_RRN' : 'KR_FRN';
    const cue = kind === 'KR_RRN' ? pick(['주민등록번호: ', '주민등록번호 ', '주민번호 ']) : pick(['외국인등록번호: ', '외국인등록번호 ', '외국인 등록번호: ']);
    return [named ? cue : pick(['급여 신고용: ', '보험 가입용 ', '본인 확인: ']), krWritten(registration(kind)), kind];
  }
  return pick(options[locale])();
}
function passport(locale) {
  const value = {
    ru_RU: () => `${int(70, 77)} ${digits(7)}`, kk_KZ: () => `N${digits(8)}`, uz_UZ: () => `${pick(['AA', 'AB', 'AC', 'FA'])}${chance(0.3) ? ' ' : ''}${digits(7)}`, en_KE: () => `A${letter('KBC')}${digits(7)}`, en_MT: () => digits(7),
    es_EC: () => `A${digits(7)}`, ar_JO: () => `${letter('NPRT')}${digits(6)}`, ur_PK: () => `${letter()}${letter()}${digits(7)}`, mn_MN: () => `E${digits(7)}`, km_KH: () => `N${digits(8)}`,
    ko: () => (chance(0.5) ? `M${digits(8)}` : `${letter('MR')}${digits(3)}${letter('ABCDEFGHJKLMNPQRSTUVWXYZ')}${digits(4)}`),
  }[locale]();
  const cue = {
    ru_RU: ['Загранпаспорт № ', 'Заграничный паспорт: '], kk_KZ: ['Паспорт №: ', 'Төлқұжат нөмірі: '], uz_UZ: ['Pasport raqami: ', 'Xorijga chiqish pasporti: '], en_KE: ['Passport No.: ', 'Kenyan passport '], en_MT: ['Passport No. ', 'Maltese passport: '],
    es_EC: ['Pasaporte N.º ', 'Pasaporte: '], ar_JO: ['رقم جواز السفر: ', 'Passport No. '], ur_PK: ['پاسپورٹ نمبر: ', 'Passport No.: '], mn_MN: ['Гадаад паспорт №: ', 'Паспортын дугаар: '], km_KH: ['លិខិតឆ្លងដែនលេខ៖ ', 'Passport No.: '], ko: ['여권번호: ', '여권 번호 '],
  }[locale];
  return [chance(0.7) ? pick(cue) : pick(['Passport: ', 'passport no. ', 'Travel document ']), value];
}
/** [cue, value] of a driving licence, or null where the licence number is the national id (Malta, Ecuador, Jordan, Pakistan, Mongolia), which no set writes. */
function driverLicence(locale) {
  const make = {
    ru_RU: () => `${digits(2)} ${digits(2)} ${digits(6)}`, kk_KZ: () => `${letter('AKB')}${letter('ANZ')}${digits(6)}`, uz_UZ: () => `AF${digits(7)}`, en_KE: () => `${letter('ABCDE')}${letter('ABCDEFGHJK')}${digits(6)}`, km_KH: () => digits(9),
    ko: () => `${pick(['부산 ', '대구 ', '경기 ', '12-', '14-', '19-', '28-'])}${digits(2)}-${digits(6)}-${digits(2)}`,
  }[locale];
  if (!make) return null;
  const cue = {
    ru_RU: 'Водительское удостоверение № ', kk_KZ: 'Жүргізуші куәлігі №: ', uz_UZ: 'Haydovchilik guvohnomasi: ', en_KE: 'NTSA driving licence no. ', km_KH: 'ប័ណ្ណបើកបរលេខ៖ ', ko: '운전면허번호: ',
  }[locale];
  return [chance(0.7) ? cue : pick(['Driving licence: ', "Driver's license no. "]), make()];
}
const NO_LICENCE_NUMBER = { en_MT: 'Full Maltese driving licence (cat. B)', es_EC: 'Licencia tipo B vigente', ar_JO: 'رخصة قيادة خصوصي سارية', ur_PK: 'Valid LTV driving licence', mn_MN: 'Жолооны үнэмлэх: B ангилал' };

// ---------------------------------------------------------------- banking
const IBAN_BBAN = {
  KZ: () => `${pick(['722', '125', '601', '949', '914', '998'])}${chance(0.7) ? 'KZT' : digits(3)}${digits(10)}`,
  MT: () => `${pick(['MALT', 'VALL', 'APSB', 'BKMT'])}${digits(5)}${pick(['000', '0MT', '400'])}${digits(15)}`,
  JO: () => `${pick(['CBJO', 'ARAB', 'HBHO', 'JONB', 'ETHI'])}${digits(4)}${pick(['0000', '1000', '0001'])}${digits(14)}`,
  PK: () => `${pick(['HABB', 'MUCB', 'UNIL', 'SCBL', 'MEZN', 'ALFH'])}${digits(16)}`,
  GE: () => `${pick(['TB', 'BG'])}${digits(16)}`,
  CY: () => `${pick(['002', '005', '018'])}${digits(5)}${digits(16)}`,
};
const IBAN_COUNTRY = { kk_KZ: 'KZ', en_MT: 'MT', ar_JO: 'JO', ur_PK: 'PK' };
function iban(country) {
  const compact = ibanOf(country, IBAN_BBAN[country]());
  return pick([compact.match(/.{1,4}/gu).join(' '), compact.match(/.{1,4}/gu).join(' '), compact]);
}
/** A domestic account with the words around it: [lead-in, account, trailer]; only the account is labelled. */
function bankAccount(locale) {
  switch (locale) {
    case 'ru_RU':
      return pick([[`Р/с `, `40817810${digits(12)}`, ` в ${pick(['ПАО Сбербанк', 'АО «Альфа-Банк»', 'Банк ВТБ (ПАО)'])}, БИК 04452${digits(4)}`], ['Счёт получателя: ', `${pick(['40817', '40820'])} 810 ${digits(1)} ${digits(4)} ${digits(7)}`, ''], ['Номер счёта ', `40817810${digits(12)}`, ` (${pick(['Тинькофф', 'Сбер'])})`]]);
    case 'uz_UZ':
      return pick([['Hisob raqami: ', `20206000${digits(12)}`, `, MFO ${pick(['00440', '00873', '01083'])} (${pick(['Kapitalbank', 'Hamkorbank', 'Ipoteka-bank'])})`], ['Karta hisob raqami ', `22618000${digits(12)}`, ''], ['Account no. ', `${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)}`, ` (${pick(['Kapitalbank', 'Asaka bank'])})`]]);
    case 'en_KE':
      return pick([[`${pick(['Equity Bank', 'KCB', 'Co-operative Bank', 'NCBA', 'Stanbic Kenya'])} account no. `, pick([`0${digits(12)}`, digits(10), `${digits(2)}-${digits(4)}-${digits(7)}`, digits(13)]), ''], ['A/C ', digits(10), ` (${pick(['KCB, Moi Avenue', 'Equity, Westlands', 'Absa Kenya, Sarit'])})`]]);
    case 'es_EC':
      return pick([[`${pick(['Banco Pichincha', 'Produbanco', 'Banco Guayaquil', 'Banco del Pacífico'])} cuenta de ahorros N.º `, pick([`22${digits(8)}`, digits(10), `${digits(2)}-${digits(8)}`, digits(12)]), ''], ['Cta. corriente ', digits(10), ` (${pick(['Banco Pichincha', 'Banco Bolivariano'])})`]]);
    case 'ur_PK':
      return pick([[`${pick(['HBL', 'Meezan Bank', 'UBL', 'MCB'])} account no. `, pick([`${digits(4)}-${digits(8)}-${digits(2)}`, digits(14), `${digits(4)}${digits(10)}`]), ''], ['A/C # ', digits(14), ` (${pick(['Bank Alfalah, Blue Area', 'HBL, Gulberg'])})`]]);
    case 'mn_MN':
      return pick([[`${pick(['Хаан банк', 'Голомт банк', 'ХХБ', 'Khan Bank', 'Golomt Bank'])} ${pick(['данс: ', 'account no. '])}`, pick([`5${digits(9)}`, digits(10), `${digits(4)} ${digits(3)} ${digits(3)}`]), ''], ['Дансны дугаар: ', `4${digits(8)}`, ' (ХХБ)']]);
    case 'km_KH':
      return pick([['ABA account ', `${digits(3)} ${digits(3)} ${digits(3)}`, ''], ['ABA: ', digits(9), ` (${pick(['USD', 'KHR'])})`], [`${pick(['ACLEDA', 'Canadia Bank', 'Wing Bank'])} account no. `, pick([`${digits(4)}-${digits(2)}-${digits(6)}-${digits(1)}-${digits(1)}`, digits(13), digits(12)]), '']]);
    case 'ko':
      return pick([['농협 ', `${digits(3)}-${digits(4)}-${digits(4)}-${digits(2)}`, ''], ['IBK기업은행 ', `${digits(3)}-${digits(6)}-${digits(2)}-${digits(3)}`, ''], ['카카오뱅크 ', `3333-${digits(2)}-${digits(7)}`, ''], ['토스뱅크 ', `1000-${digits(4)}-${digits(4)}`, ''], ['우체국 ', `${digits(6)}-${digits(2)}-${digits(6)}`, ''], ['부산은행 ', `${digits(3)}-${digits(4)}-${digits(4)}-${digits(2)}`, ''], ['수협 ', `${digits(4)}-${digits(4)}-${digits(4)}`, '']]);
    default:
      return null;
  }
}
/** A payment line: the country's IBAN (IBAN) or its domestic account (BANK_ACCOUNT); Pakistan has both. */
function payment(d, locale, lead = '') {
  const country = IBAN_COUNTRY[locale];
  // Since 2022 many Russians who moved to Georgia or Cyprus are paid into an account there.
  const abroad = locale === 'ru_RU' && chance(0.35) ? pick(['GE', 'CY']) : null;
  if (abroad) {
    d.add(lead || pick(['IBAN: ', `Счёт в ${abroad === 'GE' ? 'Грузии' : 'на Кипре'} (IBAN): `])).entity('IBAN', iban(abroad));
    return;
  }
  if (country && (locale !== 'ur_PK' || chance(0.6))) {
    const cue = { KZ: ['IBAN: ', 'ИИК (IBAN): ', 'Шот нөмірі (IBAN): '], MT: ['IBAN: ', 'Bank account (IBAN): '], JO: ['IBAN: ', 'رقم الآيبان: '], PK: ['IBAN: ', 'IBAN No. '] }[country];
    d.add(lead || pick(cue)).entity('IBAN', iban(country));
    return;
  }
  const [cue, value, trail] = bankAccount(locale);
  d.add(lead).add(cue).entity('BANK_ACCOUNT', value).add(trail);
}

// ---------------------------------------------------------------- birth dates
const MONTHS = {
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  uz: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr', 'dekabr'],
  mt: ['Jannar', 'Frar', 'Marzu', 'April', 'Mejju', 'Ġunju', 'Lulju', 'Awwissu', 'Settembru', 'Ottubru', 'Novembru', 'Diċembru'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  levant: ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
  ur: ['جنوری', 'فروری', 'مارچ', 'اپریل', 'مئی', 'جون', 'جولائی', 'اگست', 'ستمبر', 'اکتوبر', 'نومبر', 'دسمبر'],
  km: ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'],
};
function birthDate(locale) {
  const b = birthDay(int, 1960, 2006);
  const { y, m, d, dd, mm } = b;
  const forms = {
    ru_RU: [`${dd}.${mm}.${y}`, `${dd}.${mm}.${y}`, `${dd}.${mm}.${y} г.`, `${d} ${MONTHS.ru[m - 1]} ${y} г.`, `${d} ${MONTHS.ru[m - 1]} ${y} года`],
    kk_KZ: [`${dd}.${mm}.${y}`, `${dd}.${mm}.${y}`, `${y} жылғы ${d} ${MONTHS.kk[m - 1]}`, `${d} ${MONTHS.ru[m - 1]} ${y} г.`, `${dd}.${mm}.${y} ж.`],
    uz_UZ: [`${dd}.${mm}.${y}`, `${dd}.${mm}.${y}`, `${y}-yil ${d}-${MONTHS.uz[m - 1]}`, `${d} ${MONTHS.uz[m - 1]} ${y}`, `${dd}/${mm}/${y}`],
    en_KE: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${ordinal(d)} ${MONTH_NAMES.en[m - 1]} ${y}`, `${dd}-${mm}-${y}`, `${d} ${MONTH_NAMES.enShort[m - 1]} ${y}`],
    en_MT: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${d} ${MONTH_NAMES.en[m - 1]} ${y}`, `${d} ta' ${MONTHS.mt[m - 1]} ${y}`, `${dd}.${mm}.${y}`],
    es_EC: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${d} de ${MONTHS.es[m - 1]} de ${y}`, `${y}-${mm}-${dd}`, `${dd}-${mm}-${y}`],
    ar_JO: [`${dd}/${mm}/${y}`, arabicIndicDigits(`${dd}/${mm}/${y}`), `${d} ${MONTHS.levant[m - 1]} ${y}`, `${d} ${MONTH_NAMES.ar[m - 1]} ${y}`, `${y}/${mm}/${dd}`],
    ur_PK: [`${dd}-${mm}-${y}`, `${dd}/${mm}/${y}`, urduDigits(`${dd}/${mm}/${y}`), `${d} ${MONTHS.ur[m - 1]} ${y}`, `${dd}-${MONTH_NAMES.enShort[m - 1]}-${y}`],
    mn_MN: [`${y}.${mm}.${dd}`, `${y}.${mm}.${dd}`, `${y}-${mm}-${dd}`, `${y} оны ${m} сарын ${d}`, `${y} оны ${m}-р сарын ${d}`],
    km_KH: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, khmerDigits(`${dd}/${mm}/${y}`), `ថ្ងៃទី${khmerDigits(dd)} ខែ${MONTHS.km[m - 1]} ឆ្នាំ${khmerDigits(String(y))}`, `${d} ${MONTH_NAMES.en[m - 1]} ${y}`],
    ko: [`${y}년 ${m}월 ${d}일`, `${y}.${mm}.${dd}`, `${y}. ${m}. ${d}.`, `${y}/${mm}/${dd}`, `${b.yy}.${mm}.${dd}`, `${b.yy}${mm}${dd}`],
  }[locale];
  return pick(forms);
}
const DOB_CUES = {
  en: ['Date of birth: ', 'DOB: ', 'D.O.B.: ', 'Birth date: ', 'Born '],
  ru_RU: ['Дата рождения: ', 'Родился ', 'Родилась ', 'Д/р: '], kk_KZ: ['Туған күні: ', 'Дата рождения: ', 'Туған күні мен жылы: '], uz_UZ: ["Tug'ilgan sana: ", 'Tugʻilgan sanasi: ', 'Туғилган сана: '],
  en_KE: ['Date of birth: ', 'DOB: ', 'Born on '], en_MT: ['Data tat-twelid: ', 'Date of birth: ', 'Imwieled/a fi '], es_EC: ['Fecha de nacimiento: ', 'Nací el ', 'F. nac.: '],
  ar_JO: ['تاريخ الميلاد: ', 'تولد ', 'مواليد '], ur_PK: ['تاریخ پیدائش: ', 'Date of Birth: ', 'D.O.B: '], mn_MN: ['Төрсөн огноо: ', 'Төрсөн он сар өдөр: '], km_KH: ['ថ្ងៃខែឆ្នាំកំណើត៖ ', 'កើតនៅ '],
  ko: ['생년월일: ', '생년월일 ', '생일: '],
};
/** A birth-date cue in the document's language or English; a Korean birth date (YYMMDD among them) always has its cue. */
const dobCue = (locale) => pick(locale === 'ko' || chance(0.65) ? DOB_CUES[locale] : DOB_CUES.en);

// ---------------------------------------------------------------- hard negatives
const SALARY = {
  ru_RU: () => pick([`${int(80, 350)} ${digits(3)} ₽ на руки`, `от ${int(120, 400)} тыс. руб.`, `RUB ${int(90, 300)},000 gross`]),
  kk_KZ: () => pick([`${int(350, 1500)} ${digits(3)} ₸`, `${int(400, 900)} мың теңге`, `KZT ${int(500, 1200)},000`]),
  uz_UZ: () => pick([`${int(6, 30)} mln so'm`, `${int(5, 25)} 000 000 сўм`, `USD ${int(600, 2500)}`]),
  en_KE: () => pick([`KES ${int(80, 450)},000 gross`, `Ksh ${int(60, 300)}k per month`, `KSh ${int(1, 5)},${digits(3)},000 p.a.`]),
  en_MT: () => pick([`€${int(22, 60)},000 per annum`, `EUR ${int(1800, 4500)} gross monthly`, `€${int(25, 55)}k + bonus`]),
  es_EC: () => pick([`USD ${int(600, 3500)} mensuales`, `$ ${int(1, 4)}.${digits(3)} más beneficios de ley`, `${int(13, 14)} remuneraciones al año`]),
  ar_JO: () => pick([`${int(500, 2500)} دينار شهريًا`, `JOD ${int(600, 3000)} net`, `راتب ${arabicIndicDigits(String(int(700, 2000)))} دينار`]),
  ur_PK: () => pick([`PKR ${int(150, 900)},000 per month`, `Rs. ${int(1, 9)},${pad(int(0, 99), 2)},000`, `${int(2, 8)} لاکھ روپے ماہانہ`]),
  mn_MN: () => pick([`${int(2, 9)} сая ₮`, `${int(2500, 9000)} мянган төгрөг`, `MNT ${int(2, 8)},${digits(3)},000`]),
  km_KH: () => pick([`USD ${int(400, 2500)} per month`, `$${int(500, 2000)} net`, `${int(2, 8)} លានរៀល`]),
};
const COMPANY_NUMBERS = {
  ru_RU: () => pick([`ИНН ${nz(10)}`, `ОГРН ${nz(13)}`, `КПП ${nz(9)}`, `ИНН/КПП ${nz(10)}/${nz(9)}`]),
  kk_KZ: () => pick([`БИН ${digits(12)}`, `БСН ${digits(12)}`, `БИК ${pick(['KCJBKZKX', 'HSBKKZKX', 'CASPKZKA'])}`]),
  uz_UZ: () => pick([`STIR ${nz(9)}`, `INN ${nz(9)}`, `OKED ${digits(5)}`]),
  en_KE: () => pick([`KRA PIN P05${digits(7)}${letter()}`, `Company No. PVT-${letter()}${letter()}${digits(4)}${letter()}${letter()}`, `M-Pesa Paybill ${nz(6)}`, `Till No. ${nz(6)}`]),
  en_MT: () => pick([`VAT MT${nz(8)}`, `Company Reg. C ${int(10000, 99999)}`, `MFSA licence ${letter()}${letter()}-${digits(5)}`]),
  es_EC: () => pick([`RUC 179${digits(7)}001`, `RUC N.º 099${digits(7)}001`, `Expediente SUPERCIAS ${digits(6)}`]),
  ar_JO: () => pick([`سجل تجاري رقم ${arabicIndicDigits(String(int(10000, 99999)))}`, `Commercial Reg. No. ${int(10000, 999999)}`, `الرقم الوطني للمنشأة ${nz(9)}`]),
  ur_PK: () => pick([`NTN ${nz(7)}-${int(0, 9)}`, `SECP Reg. No. 0${digits(6)}`, `STRN ${digits(2)}-${digits(2)}-${digits(4)}-${digits(3)}-${digits(2)}`]),
  mn_MN: () => pick([`Регистрийн дугаар ${nz(7)}`, `ТТД ${nz(7)}`, `Company reg. ${nz(7)}`]),
  km_KH: () => pick([`VAT TIN K0${digits(2)}-${nz(9)}`, `MoC Reg. No. ${nz(8)}`, `Patent tax ${digits(8)}`]),
};
const CURRENCY = { ru_RU: 'RUB', kk_KZ: 'KZT', uz_UZ: 'UZS', en_KE: 'KES', en_MT: 'EUR', es_EC: 'USD', ar_JO: 'JOD', ur_PK: 'PKR', mn_MN: 'MNT', km_KH: 'USD' };
const PROSE_PLACES = {
  ru_RU: () => 'Офис в пяти минутах от метро «Белорусская».', kk_KZ: () => 'Кеңсе «Есентай Молл» жанында орналасқан.', uz_UZ: () => "Ofis Amir Temur xiyobonidan besh daqiqalik yo'lda.", en_KE: () => 'The office is opposite Sarit Centre in Westlands.',
  en_MT: () => 'We are a short walk from the Sliema ferries.', es_EC: () => 'La oficina queda a dos cuadras del parque La Carolina.', ar_JO: () => 'المكتب قرب الدوار السابع.', ur_PK: () => 'Our office is near Jinnah Super Market, F-7.',
  mn_MN: () => 'Оффис Сүхбаатарын талбайн ойролцоо.', km_KH: () => 'ការិយាល័យនៅជិតវិមានឯករាជ្យ។',
};
/** A sentence with numbers or places that are not personal data. */
function negative(locale) {
  const y = int(2012, 2024);
  return pick([
    () => `Registration ID ${letter()}${digits(2)}-${digits(5)}.`,
    () => `Vacancy ref. ${int(2025, 2026)}/${digits(4)}.`,
    () => `Booking #${digits(int(6, 8))}.`,
    () => `Invoice ${letter()}${letter()}-${int(2025, 2026)}-${digits(4)}.`,
    () => `Badge no. ${digits(4)}-${digits(4)}.`,
    () => `Asset tag LT-${digits(6)}.`,
    () => `Parcel ${letter()}${letter()}${digits(9)}${letter()}${letter()} dispatched.`,
    () => `Card ending ${digits(4)} (refunded).`,
    () => `${companyOf(locale)}, ${y}–${pick(['present', String(int(y + 1, 2026))])}.`,
    () => `Expected salary: ${SALARY[locale]()}.`,
    () => `${COMPANY_NUMBERS[locale]()}.`,
    () => PROSE_PLACES[locale](),
    () => `Course code ${letter()}${letter()}${letter()}-${int(100, 499)}, ${int(16, 120)} hours.`,
    () => `Vehicle reg. ${letter()}${letter()} ${digits(3)} ${letter()}${letter()}.`,
    () => `Shift ${pad(int(6, 10), 2)}:00–${int(15, 19)}:00; ${int(2, 6)} days a week.`,
    () => `Exam slot ${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/2027 at ${pad(int(8, 16), 2)}:30.`,
    () => `Blood pressure ${int(105, 135)}/${int(65, 88)}, BMI ${int(19, 29)}.${int(0, 9)}.`,
    () => `Employee no. ${digits(6)} (former).`,
    () => `Gate ${int(1, 12)}, stand ${letter('ABCDEF')}${int(1, 60)}.`,
  ])();
}
const KO_NEGATIVES = [
  () => `참가번호 ${int(2026, 2027)}-${digits(4)}`,
  () => `부스 ${letter('ABCDEF')}-${int(1, 60)}`,
  () => `자산번호 NB-${digits(6)}`,
  () => `송장번호 ${digits(4)}-${digits(4)}-${digits(4)}`,
  () => `사번 ${int(2015, 2024)}${digits(4)} (퇴사 전)`,
  () => `교육과정 코드 KDT-${digits(5)}`,
  () => `수강료 ${int(50, 480)}만 원 (국비지원 ${int(70, 100)}%)`,
  () => `검진 예약번호 ${digits(8)}`,
  () => `혈압 ${int(105, 135)}/${int(65, 88)}`,
  () => `실수령액 ${int(200, 520)}만 원`,
  () => `법인등록번호 ${digits(6)}-${digits(7)} (회사)`,
  () => `사업자등록번호 ${businessRegistrationNumber()}`,
  () => `교육 기간 2027.02.03 ~ 2027.07.28`,
  () => `차량번호 ${int(10, 399)}${pick(['가', '나', '다', '라', '허'])} ${digits(4)}`,
];
const koreanNegative = () => pick(KO_NEGATIVES)();

// ---------------------------------------------------------------- people, companies and e-mails
fakerES.seed(SEED);
fakerEN.seed(SEED);
/** Names from short lists where faker has no locale or no romanisation: [name as written, given name in Latin letters, family name in Latin letters]. */
const WRITTEN_NAMES = {
  ru_RU: [['Анна Смирнова', 'Anna', 'Smirnova'], ['Дмитрий Кузнецов', 'Dmitry', 'Kuznetsov'], ['Екатерина Волкова', 'Ekaterina', 'Volkova'], ['Алексей Морозов', 'Alexey', 'Morozov'], ['Ольга Павлова', 'Olga', 'Pavlova'], ['Сергей Новиков', 'Sergey', 'Novikov'], ['Мария Соколова', 'Maria', 'Sokolova']],
  kk_KZ: [['Айгерім Сәрсенова', 'Aigerim', 'Sarsenova'], ['Нұрлан Жақсылықов', 'Nurlan', 'Zhaksylykov'], ['Дана Әбдірахманова', 'Dana', 'Abdirakhmanova'], ['Ерлан Омаров', 'Erlan', 'Omarov'], ['Әлия Қасымова', 'Aliya', 'Kassymova'], ['Виктор Ким', 'Viktor', 'Kim'], ['Жанна Пак', 'Zhanna', 'Pak']],
  uz_UZ: [['Dilnoza Karimova', 'Dilnoza', 'Karimova'], ['Jasur Toshmatov', 'Jasur', 'Toshmatov'], ['Malika Yusupova', 'Malika', 'Yusupova'], ['Sardor Rahimov', 'Sardor', 'Rahimov'], ['Nodira Aliyeva', 'Nodira', 'Aliyeva'], ['Otabek Ergashev', 'Otabek', 'Ergashev'], ['Шахноза Назарова', 'Shakhnoza', 'Nazarova']],
  en_KE: [['Wanjiru Kamau', 'Wanjiru', 'Kamau'], ['Brian Otieno', 'Brian', 'Otieno'], ['Faith Chebet', 'Faith', 'Chebet'], ['Kevin Mwangi', 'Kevin', 'Mwangi'], ['Achieng Odhiambo', 'Achieng', 'Odhiambo'], ['Amina Hassan', 'Amina', 'Hassan'], ['Rajesh Shah', 'Rajesh', 'Shah'], ['Mercy Njeri', 'Mercy', 'Njeri']],
  en_MT: [['Maria Borg', 'Maria', 'Borg'], ['Joseph Camilleri', 'Joseph', 'Camilleri'], ['Rebecca Vella', 'Rebecca', 'Vella'], ['Matthew Farrugia', 'Matthew', 'Farrugia'], ['Kristina Zammit', 'Kristina', 'Zammit'], ['Luke Galea', 'Luke', 'Galea'], ['Giulia Rossi', 'Giulia', 'Rossi'], ['Marco Bianchi', 'Marco', 'Bianchi']],
  ar_JO: [['محمد العبادي', 'Mohammad', 'Alabbadi'], ['رنا الخطيب', 'Rana', 'Alkhatib'], ['عمر المجالي', 'Omar', 'Almajali'], ['لينا حداد', 'Lina', 'Haddad'], ['يزن الزعبي', 'Yazan', 'Alzoubi'], ['دانة الحسيني', 'Dana', 'Alhusseini']],
  ur_PK: [['محمد علی', 'Muhammad', 'Ali'], ['عائشہ خان', 'Ayesha', 'Khan'], ['Usman Tariq', 'Usman', 'Tariq'], ['Fatima Siddiqui', 'Fatima', 'Siddiqui'], ['حسن رضا', 'Hassan', 'Raza'], ['Zainab Qureshi', 'Zainab', 'Qureshi'], ['Bilal Ahmed', 'Bilal', 'Ahmed']],
  mn_MN: [['Батбаярын Энхжаргал', 'Enkhjargal', 'Batbayar'], ['Ганбаатарын Тэмүүлэн', 'Temuulen', 'Ganbaatar'], ['Дорждын Сарангэрэл', 'Sarangerel', 'Dorj'], ['Эрдэнийн Бат-Оргил', 'Bat-Orgil', 'Erdene'], ['Лхагвасүрэнгийн Номин', 'Nomin', 'Lkhagvasuren'], ['Цэрэнгийн Мөнхзул', 'Munkhzul', 'Tseren']],
  km_KH: [['សុខ ចាន់ថា', 'Chantha', 'Sok'], ['ហេង សុភា', 'Sophea', 'Heng'], ['គឹម ដារ៉ា', 'Dara', 'Kim'], ['ជា វិចិត្រ', 'Vichet', 'Chea'], ['លី ស្រីពៅ', 'Sreypov', 'Ly'], ['Sokha Chan', 'Sokha', 'Chan'], ['Pisey Long', 'Pisey', 'Long']],
  ko: [['서지안', 'Jian', 'Seo'], ['권민준', 'Minjun', 'Kwon'], ['황보윤', 'Yoon', 'Hwangbo'], ['신유나', 'Yuna', 'Shin'], ['오태민', 'Taemin', 'Oh'], ['전소율', 'Soyul', 'Jeon'], ['백승호', 'Seungho', 'Baek'], ['노은채', 'Eunchae', 'Noh'], ['차준서', 'Junseo', 'Cha'], ['김나래', 'Narae', 'Kim'], ['이도현', 'Dohyun', 'Lee'], ['박서윤', 'Seoyun', 'Park']],
};
const COMPANIES = {
  ru_RU: ['ООО «Северные технологии»', 'АО «Волга Логистик»', 'Sibir Data Lab', 'ООО «Невский софт»'], kk_KZ: ['ТОО «Алатау Софт»', 'Steppe Logistics LLP', 'АҚ «Қазақ Дата»', 'Astana Fintech Hub'],
  uz_UZ: ["MChJ «Registon Texnologiyalari»", 'Silk Road Analytics', 'Toshkent Logistika MChJ', 'Navoiy Energy JSC'], en_KE: ['Savannah Fintech Ltd', 'Rift Valley Logistics', 'Kilimanjaro Data Works', 'Tana River Agro Ltd'],
  en_MT: ['Valletta Gaming Ltd', 'Mdina Fintech p.l.c.', 'Grand Harbour Logistics', 'Gozo Hospitality Group'], ar_JO: ['Petra Software', 'شركة البتراء للتقنية', 'Dead Sea Logistics', 'مجموعة عمّان للاستشارات'],
  ur_PK: ['Indus Data Systems (Pvt) Ltd', 'Margalla Tech', 'Ravi Textiles Ltd', 'Karakoram Logistics'], mn_MN: ['Хангай Софт ХХК', 'Steppe Cloud LLC', 'Тэнгэр Логистик ХХК', 'Gobi Mining Services'],
  km_KH: ['Mekong Digital Co., Ltd.', 'Angkor Logistics', 'Tonle Sap Agro Co.', 'Khmer Fintech Plc'], ko: ['(주)바다온테크', '세움로지스 주식회사', '(주)하늘데이터', '온새미로헬스', '(주)누리에듀'],
};
const companyOf = (locale) => (COMPANIES[locale] ? pick(COMPANIES[locale]) : fakerES.company.name());
const DOMAINS = {
  ru_RU: ['yandex.ru', 'mail.ru', 'gmail.com', 'bk.ru'], kk_KZ: ['mail.kz', 'gmail.com', 'mail.ru', 'inbox.kz'], uz_UZ: ['gmail.com', 'mail.ru', 'umail.uz'], en_KE: ['gmail.com', 'yahoo.com', 'outlook.com'], en_MT: ['gmail.com', 'maltanet.net', 'go.net.mt'],
  es_EC: ['gmail.com', 'hotmail.com', 'outlook.es'], ar_JO: ['gmail.com', 'hotmail.com', 'yahoo.com'], ur_PK: ['gmail.com', 'yahoo.com', 'hotmail.com'], mn_MN: ['gmail.com', 'yahoo.com', 'mail.mn'], km_KH: ['gmail.com', 'yahoo.com', 'outlook.com'],
  ko: ['naver.com', 'gmail.com', 'daum.net', 'kakao.com', 'nate.com'],
};
function person(locale) {
  let name, latinFirst, latinLast;
  if (WRITTEN_NAMES[locale]) {
    [name, latinFirst, latinLast] = pick(WRITTEN_NAMES[locale]);
    if (locale !== 'ko' && chance(0.2)) name = `${latinFirst} ${latinLast}`;
  } else {
    latinFirst = fakerES.person.firstName();
    latinLast = fakerES.person.lastName();
    name = `${latinFirst} ${latinLast}`;
  }
  const a = ascii(latinFirst).toLowerCase() || 'alex';
  const b = ascii(latinLast).toLowerCase() || 'kim';
  const local = pick([`${a}.${b}`, `${a}${b}`, `${a}.${b}${int(1, 99)}`, `${a[0]}.${b}`, `${b}${a[0]}`, `${a}-${b}`, `${a}${int(1985, 2006)}`, `${b}.${a}${int(1, 9)}`]);
  return { name, latinFirst, latinLast, roman: `${latinFirst} ${latinLast}`, email: `${local}@${pick(DOMAINS[locale])}` };
}
/** A company's mail domain from its name, or a plain one when the name has too few Latin letters. */
const domainOf = (company) => {
  const letters = ascii(company.replace(/\b(?:Ltd|LLP|LLC|JSC|MChJ|Plc|Co|Group)\b/gu, '')).toLowerCase().slice(0, 12);
  return `${letters.length >= 4 ? letters : pick(['jobhub', 'staffline', 'workbridge', 'talentdesk'])}.${pick(['com', 'org', 'io', 'net'])}`;
};
const workEmail = (p, domain) => `${pick([`${ascii(p.latinFirst).toLowerCase() || 'hr'}`, `${ascii(p.latinFirst).toLowerCase().slice(0, 1) || 'h'}.${ascii(p.latinLast).toLowerCase() || 'team'}`, 'careers', 'hr', 'recruitment'])}@${domain}`;
const title = () => fakerEN.person.jobTitle();

// ---------------------------------------------------------------- local words
const WORDS = {
  ru_RU: { phone: 'Тел.', mobile: 'Моб.', email: 'Эл. почта', address: 'Адрес', greeting: 'Здравствуйте', bye: 'С уважением' },
  kk_KZ: { phone: 'Тел.', mobile: 'Ұялы тел.', email: 'Эл. пошта', address: 'Мекенжай', greeting: 'Сәлеметсіз бе', bye: 'Құрметпен' },
  uz_UZ: { phone: 'Tel.', mobile: 'Mobil', email: 'E-pochta', address: 'Manzil', greeting: 'Assalomu alaykum', bye: 'Hurmat bilan' },
  en_KE: { phone: 'Tel', mobile: 'Cell', email: 'Email', address: 'Physical address', greeting: 'Dear', bye: 'Regards' },
  en_MT: { phone: 'Tel', mobile: 'Mob', email: 'Email', address: 'Address', greeting: 'Dear', bye: 'Kind regards' },
  es_EC: { phone: 'Teléfono', mobile: 'Celular', email: 'Correo', address: 'Dirección', greeting: 'Estimado/a', bye: 'Atentamente' },
  ar_JO: { phone: 'هاتف', mobile: 'خلوي', email: 'البريد الإلكتروني', address: 'العنوان', greeting: 'السيد/ة', bye: 'مع الاحترام' },
  ur_PK: { phone: 'فون', mobile: 'موبائل', email: 'ای میل', address: 'پتہ', greeting: 'Dear', bye: 'Regards' },
  mn_MN: { phone: 'Утас', mobile: 'Гар утас', email: 'И-мэйл', address: 'Хаяг', greeting: 'Сайн байна уу', bye: 'Хүндэтгэсэн' },
  km_KH: { phone: 'ទូរស័ព្ទ', mobile: 'ទូរស័ព្ទដៃ', email: 'អ៊ីមែល', address: 'អាសយដ្ឋាន', greeting: 'Dear', bye: 'Best regards' },
};
const ENGLISH_WORDS = { phone: 'Phone', mobile: 'Mobile', email: 'E-mail', address: 'Address' };
const word = (locale, key) => (chance(0.6) ? WORDS[locale][key] : ENGLISH_WORDS[key] ?? WORDS[locale][key]);
const someDate = () => `${int(1, 28)} ${MONTH_NAMES.en[int(0, 11)]} ${pick(['2026', '2027'])}`;

/** Contact lines closing a message: name, then phone, e-mail and address with or without their labels. */
function contactBlock(d, locale, p, { phone = 0.8, email = 0.5, address = 0.3 } = {}) {
  d.add(`${p.name}\n`);
  if (chance(phone)) d.add(chance(0.5) ? `${word(locale, 'mobile')}: ` : '').entity('PHONE', phoneFor(locale)).add('\n');
  if (chance(email)) d.add(chance(0.45) ? `${word(locale, 'email')}: ` : '').entity('EMAIL', p.email).add('\n');
  if (chance(address)) d.add(chance(0.4) ? `${word(locale, 'address')}: ` : '').entity('ADDRESS', addressFor(locale, chance(0.4))).add('\n');
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
/** A form row `label: value` (labelled), or the value alone on its line, as forms pasted from a PDF lose their labels. */
function row(d, label, type, value) {
  d.add(chance(0.85) ? label : '').entity(type, value).add('\n');
}

// ---------------------------------------------------------------- document kinds
const KINDS = {
  /** A career-fair visitor registration, as the organiser's form exports it: contact, city, sometimes a birth date for a youth programme; the organiser's line at the end. */
  careerFairRegistration(d, locale, p) {
    const organiser = companyOf(locale);
    d.add(`${pick(['CAREER FAIR 2027 — VISITOR REGISTRATION', 'Job Fair sign-up (exported)', 'Graduate Careers Expo: registration'])}\n${negative(locale)}\n\nFull name: ${p.name}\n`);
    const rows = shuffle([
      () => row(d, `${word(locale, 'mobile')}: `, 'PHONE', phoneFor(locale)),
      () => row(d, `${word(locale, 'email')}: `, 'EMAIL', p.email),
      () => row(d, `${word(locale, 'address')}: `, 'ADDRESS', addressFor(locale, false)),
      () => (chance(0.4) ? d.add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)).add(` (${pick(['youth programme eligibility', 'under-30 track', 'for the badge'])})\n`) : d.add(`Age group: ${pick(['18–24', '25–34', '35+'])}\n`)),
      () => d.add(`Field of interest: ${pick(['logistics', 'software', 'hospitality', 'finance', 'renewables', 'healthcare'])}; ${int(0, 12)} years of experience\n`),
      () => d.add(`${negative(locale)}\n`),
    ]).slice(0, int(3, 6));
    for (const r of rows) r();
    if (chance(0.3)) d.add(`Alternative contact (WhatsApp): `).entity('PHONE', phoneFor(locale)).add('\n');
    d.add(`\nQuestions about the fair: ${organiser}, `);
    if (chance(0.6)) d.entity('PHONE', phoneFor(locale, true)).add(chance(0.5) ? ' / ' : '\n');
    if (!d.text.endsWith('\n')) d.entity('EMAIL', workEmail(person(locale), domainOf(organiser))).add('\n');
    if (chance(0.35)) d.add('Venue: ').entity('ADDRESS', addressFor(locale, false)).add(` — ${negative(locale)}\n`);
  },
  /** A new hire's reply to IT about delivering a laptop: where to ship, who to call, a neighbour who can take it. */
  equipmentDelivery(d, locale, p) {
    const it = person(locale);
    d.add(`Re: ${pick(['Your laptop and equipment', 'Equipment shipment before your first day', 'Hardware delivery — please confirm address'])}\n\n${pick(['Hi', 'Hello', WORDS[locale].greeting])} ${it.latinFirst},\n\nThanks! ${pick(['Please ship the laptop and monitor to:', 'The address for the delivery is', 'Could the courier bring everything to'])}\n`);
    d.entity('ADDRESS', addressFor(locale, chance(0.55))).add('\n');
    d.add(`${negative(locale)} ${pick(['The courier can call me on ', 'Best number for the driver: ', 'If the gate is closed, ring '])}`).entity('PHONE', phoneFor(locale)).add('.\n');
    if (chance(0.35)) {
      const neighbour = person(locale);
      d.add(`If I am out, my neighbour ${neighbour.name} (`).entity('PHONE', phoneFor(locale)).add(`) can sign for it.\n`);
    }
    if (chance(0.2)) {
      d.add(`For customs on the international parcel: `);
      const [cue, value] = passport(locale);
      d.add(cue).entity('PASSPORT', value).add('\n');
    }
    if (chance(0.25)) d.add(`${pick(['Alternatively, send it to the office at ', 'Or to our co-working space: '])}`).entity('ADDRESS', addressFor(locale, false)).add('.\n');
    d.add(`\n${WORDS[locale].bye},\n`);
    contactBlock(d, locale, p, { phone: 0.35, email: 0.55, address: 0.05 });
    if (chance(0.3)) d.add(`\n> From: ${it.roman} <`).entity('EMAIL', workEmail(it, domainOf(companyOf(locale)))).add(`>\n> ${negative(locale)}\n`);
  },
  /** A question to payroll about a first payslip: the account it went to, a corrected birth date or tax id, the address for the annual statement. */
  payrollQuery(d, locale, p) {
    d.add(`To: payroll\nSubject: ${pick(['Question about my first payslip', 'Wrong bank details on payslip', 'Payslip correction'])}\n\n${pick(['Hello', 'Dear payroll team', WORDS[locale].greeting])},\n\n${pick(['My first salary has not arrived.', 'The payslip shows an old account.', 'There are two errors on my payslip.'])} ${negative(locale)}\n`);
    if (chance(0.4)) {
      d.add('It went to my old account, ');
      payment(d, locale);
      d.add(', which is closed.\n');
    }
    d.add(`${pick(['Please pay to ', 'The correct account is ', 'Salary account from now on: '])}`);
    payment(d, locale);
    d.add('.\n');
    if (chance(0.15)) d.add(`${pick(['The payslip has my birth date as ', 'My date of birth is wrong on it: '])}`).entity('DATE_OF_BIRTH', birthDate(locale)).add(', it should be ').entity('DATE_OF_BIRTH', birthDate(locale)).add('.\n');
    if (chance(0.4)) {
      someIdentifier(d, locale, p, pick(['For the tax deduction, ', 'Please add to my file — ']));
      d.add('\n');
    }
    if (chance(0.4)) d.add(`Annual statement to: `).entity('ADDRESS', addressFor(locale, chance(0.3))).add('\n');
    if (chance(0.05)) d.add('The advance was paid with my card ').entity('CREDIT_CARD', card()).add(' — please reimburse.\n');
    d.add(`\n${WORDS[locale].bye},\n`);
    contactBlock(d, locale, p, { phone: 0.6, email: 0.4, address: 0 });
  },
  /** An application for a driving or delivery job: licence, birth date, address; vehicle plates as negatives. */
  driverApplication(d, locale, p) {
    const company = companyOf(locale);
    d.add(`${pick(['Application — delivery driver', 'Driver application form', 'Courier (own vehicle) — applicant details'])} · ${company}\n\nName: ${p.name}\n`);
    const licence = driverLicence(locale);
    if (licence && chance(0.85)) d.add(licence[0]).entity('DRIVER_LICENSE', licence[1]).add(`, ${pick(['category B', 'cat. B, C1', 'since ' + int(2005, 2022)])}\n`);
    else d.add(`${NO_LICENCE_NUMBER[locale] ?? 'Licence: to be shown at interview'}\n`);
    const rows = shuffle([
      () => (chance(0.5) ? d.add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n') : d.add(`Years driving: ${int(2, 25)}\n`)),
      () => row(d, `${word(locale, 'address')}: `, 'ADDRESS', addressFor(locale, chance(0.3))),
      () => row(d, `${word(locale, 'mobile')}: `, 'PHONE', phoneFor(locale)),
      () => row(d, `${word(locale, 'email')}: `, 'EMAIL', p.email),
      () => d.add(`${negative(locale)}\n`),
      () => d.add(`Vehicle: ${pick(['Toyota Probox', 'Honda motorbike', 'Suzuki Carry', 'own bicycle'])}; ${negative(locale)}\n`),
    ]).slice(0, int(3, 6));
    for (const r of rows) r();
    if (chance(0.25)) someIdentifier(d, locale, p, 'Background check: ');
    if (!d.text.endsWith('\n')) d.add('\n');
    d.add(`\nWhy this job: ${pick(['I know the city well and like being on the road.', 'I drove for a ride-hailing app for three years.', 'Flexible shifts suit my studies.'])} ${negative(locale)}\n`);
    if (chance(0.3)) {
      const ref = person(locale);
      d.add(`Reference: ${ref.roman}, ${pick(['my former fleet manager', 'dispatcher at my last job'])}, `).entity('PHONE', phoneFor(locale)).add('\n');
    }
  },
  /** A pre-employment medical check: the clinic's booking (its address and line) and the candidate's reply with a birth date and the id to bring. */
  medicalCheckBooking(d, locale, p) {
    const clinic = pick(['City Medical Centre', 'MedLab Diagnostics', 'Family Health Clinic', 'Occupational Health Unit']);
    d.add(`${pick(['Pre-employment medical: booking confirmed', 'Your medical check appointment', 'Occupational health screening'])}\n\n${pick(['Dear', 'Hello'])} ${p.latinFirst},\n\nYour appointment at ${clinic} is on ${someDate()}. ${negative(locale)}\nAddress: `).entity('ADDRESS', addressFor(locale, chance(0.4))).add('\n');
    d.add('Reception: ').entity('PHONE', phoneFor(locale, true)).add(chance(0.4) ? ', ' : '\n');
    if (!d.text.endsWith('\n')) d.entity('EMAIL', `${pick(['bookings', 'reception', 'ohs'])}@${domainOf(clinic)}`).add('\n');
    d.add(`Please bring ${pick(['your passport', 'an identity document', 'your passport or id card'])} and do not eat for 8 hours.\n\n--- reply ---\n${pick(['Thank you, confirmed.', 'Confirmed, thanks.', 'I will be there.'])} `);
    if (chance(0.4)) d.add(`${pick(['For your records: ', 'As asked, '])}${dobCue(locale)}`).entity('DATE_OF_BIRTH', birthDate(locale)).add('. ');
    if (chance(0.45)) {
      const [cue, value] = passport(locale);
      d.add(`I will bring my passport (${cue.trim()} `).entity('PASSPORT', value).add('). ');
    }
    if (chance(0.35)) {
      const kin = person(locale);
      d.add(`Emergency contact: ${kin.name}, `).entity('PHONE', phoneFor(locale)).add('. ');
    }
    d.add(`\n${p.name}\n`);
    if (chance(0.6)) d.entity('PHONE', phoneFor(locale)).add('\n');
  },
  /** Enrolment in a training course or bootcamp: the learner's details for the certificate, and the payment (card, IBAN or account). */
  trainingEnrolment(d, locale, p) {
    d.add(`${pick(['ENROLMENT FORM', 'Course registration', 'Bootcamp enrolment — learner details'])}: ${pick(['Data Analytics (evening)', 'Project Management Professional prep', 'Full-stack Web Development', 'Forklift operator certificate', 'IELTS Academic preparation'])}\n${negative(locale)}\n\nLearner: ${p.name}\n`);
    const rows = shuffle([
      () => (chance(0.45) ? d.add(`${dobCue(locale)}`).entity('DATE_OF_BIRTH', birthDate(locale)).add(' (as on the certificate)\n') : d.add(`Level: ${pick(['beginner', 'intermediate', 'advanced'])}\n`)),
      () => row(d, `${word(locale, 'address')}: `, 'ADDRESS', addressFor(locale, chance(0.35))),
      () => row(d, `${word(locale, 'mobile')}: `, 'PHONE', phoneFor(locale)),
      () => row(d, `${word(locale, 'email')}: `, 'EMAIL', p.email),
      () => {
        someIdentifier(d, locale, p, 'Id for the exam board: ');
        d.add('\n');
      },
    ]).slice(0, int(3, 5));
    for (const r of rows) r();
    d.add(`\nFee: ${int(150, 2400)} ${CURRENCY[locale]}. ${pick(['Paid by', 'Payment:'])} `);
    if (chance(0.1)) d.add('card ').entity('CREDIT_CARD', card()).add(` (exp. ${pad(int(1, 12), 2)}/${int(27, 31)})\n`);
    else if (chance(0.5)) {
      d.add('refund account ');
      payment(d, locale);
      d.add('\n');
    } else d.add(`${negative(locale)}\n`);
    if (chance(0.3)) d.add(`Employer sponsoring the course: ${companyOf(locale)}, contact `).entity('EMAIL', workEmail(person(locale), domainOf(companyOf(locale)))).add('\n');
  },
  /** A staffing-agency registration: current and previous address, availability, next of kin, account for weekly pay. */
  agencyRegistration(d, locale, p) {
    const agency = pick(['Prime Staffing', 'QuickHire Temps', 'Flexforce Recruitment', 'Harbour Staff Agency']);
    d.add(`${agency} — candidate registration\nRegistered by: consultant ${person(locale).roman}\n\n1. Name: ${p.name}\n2. Current address: `).entity('ADDRESS', addressFor(locale, chance(0.45))).add('\n');
    if (chance(0.4)) d.add(`3. Previous address (last 3 years): `).entity('ADDRESS', addressFor(locale, false)).add('\n');
    d.add(`4. ${word(locale, 'mobile')}: `).entity('PHONE', phoneFor(locale)).add(chance(0.3) ? ', home ' : '\n');
    if (!d.text.endsWith('\n')) d.entity('PHONE', phoneFor(locale)).add('\n');
    if (chance(0.7)) d.add(`5. ${word(locale, 'email')}: `).entity('EMAIL', p.email).add('\n');
    if (chance(0.35)) d.add(`6. ${dobCue(locale)}`).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n');
    if (chance(0.5)) {
      d.add('7. Right to work / identity: ');
      someIdentifier(d, locale, p, '');
      d.add('\n');
    }
    if (chance(0.5)) {
      d.add('8. Weekly pay to: ');
      payment(d, locale);
      d.add('\n');
    }
    if (chance(0.45)) {
      const kin = person(locale);
      d.add(`9. Next of kin: ${kin.name} (${pick(['mother', 'brother', 'spouse', 'sister'])}), `).entity('PHONE', phoneFor(locale)).add('\n');
    }
    d.add(`Availability: ${pick(['nights and weekends', 'from Monday, any shift', 'mornings only'])}. ${negative(locale)}\nConsultant notes: ${negative(locale)}\n`);
  },
  /** Asking a former employer to be rehired: the old employee number as a negative, the writer's contact, a former manager's line. */
  rehireRequest(d, locale, p) {
    const manager = person(locale);
    const company = companyOf(locale);
    d.add(`${pick(['Dear', 'Hi', WORDS[locale].greeting])} ${manager.latinFirst},\n\nI worked at ${company} as ${title()} until ${int(2019, 2025)} and would love to come back. ${negative(locale)} ${pick(['I saw the new opening on your careers page.', 'A former teammate told me the team is growing.', 'My circumstances have changed and I am back in town.'])}\n\n`);
    const extras = shuffle([
      () => d.add(`${pick(['You can reach me on ', 'My number is still ', 'Call or text me: '])}`).entity('PHONE', phoneFor(locale)).add('.'),
      () => d.add(`${pick(['My personal e-mail is ', 'Write to me at '])}`).entity('EMAIL', p.email).add('.'),
      () => d.add(`I have moved to `).entity('ADDRESS', addressFor(locale, false)).add(`, ${pick(['closer to the warehouse', 'ten minutes from the office', 'so commuting is easy'])}.`),
      () => {
        const old = person(locale);
        d.add(`${old.roman}, my old team lead, is happy to vouch for me (`).entity('PHONE', phoneFor(locale)).add(').');
      },
      () => d.add(negative(locale)),
    ]).slice(0, int(2, 4));
    for (const e of extras) {
      e();
      d.add(' ');
    }
    d.add(`\n\n${WORDS[locale].bye},\n`);
    contactBlock(d, locale, p, { phone: 0.55, email: 0.45, address: 0.3 });
    if (chance(0.3)) d.add(`\nCc: HR <`).entity('EMAIL', workEmail(person(locale), domainOf(company))).add('>\n');
  },
};

// ---------------------------------------------------------------- Korean document kinds
const KO_KINDS = {
  /** 채용박람회 참가 신청: the visitor's details and the organiser's line. */
  채용박람회(d, p) {
    d.add(`${pick(['2027 청년 일자리 박람회 사전등록', '채용박람회 참가 신청서', '잡페어 방문 신청 (내보내기)'])}\n${koreanNegative()}\n\n성명: ${p.name}\n`);
    const rows = shuffle([
      () => row(d, '휴대폰: ', 'PHONE', phoneFor('ko')),
      () => row(d, '이메일: ', 'EMAIL', p.email),
      () => (chance(0.5) ? d.add(dobCue('ko')).entity('DATE_OF_BIRTH', birthDate('ko')).add(' (청년 대상 여부 확인용)\n') : d.add(`연령대: ${pick(['20대', '30대', '40대 이상'])}\n`)),
      () => row(d, '거주지: ', 'ADDRESS', addressFor('ko')),
      () => d.add(`희망 직무: ${pick(['생산관리', '웹 개발', '회계', '물류', '간호'])} / ${koreanNegative()}\n`),
    ]).slice(0, int(2, 5));
    for (const r of rows) r();
    d.add('\n문의: 박람회 사무국 ').entity('PHONE', phoneFor('ko', true)).add('\n');
    if (chance(0.3)) d.add('장소: ').entity('ADDRESS', addressFor('ko')).add('\n');
  },
  /** 업무 장비 수령: a new hire telling IT where the laptop should go. */
  장비수령(d, p) {
    const it = person('ko');
    d.add(`RE: [IT지원] 입사자 노트북 배송 주소 확인\n\n${it.name}님 안녕하세요, 다음 주 입사 예정인 ${p.name}입니다.\n노트북과 모니터는 아래 주소로 보내 주세요.\n`);
    d.entity('ADDRESS', addressFor('ko')).add('\n');
    d.add(`택배 기사님은 `).entity('PHONE', phoneFor('ko')).add(pick(['로 연락 주시면 됩니다.\n', ' 번호로 문자 부탁드려요.\n']));
    if (chance(0.3)) d.add('부재 시 경비실에 맡겨 주세요. ').add(koreanNegative()).add('\n');
    if (chance(0.2)) d.add('또는 회사 주소 ').entity('ADDRESS', addressFor('ko')).add('로 보내셔도 됩니다.\n');
    d.add(`\n감사합니다.\n${p.name} 드림\n`);
    if (chance(0.5)) d.entity('EMAIL', p.email).add('\n');
  },
  /** 급여 문의: the salary went to the wrong account; the right one, an id for 원천징수, sometimes a decoy number asked to be deleted. */
  급여문의(d, p) {
    d.add(`제목: ${pick(['급여명세서 관련 문의드립니다', '첫 급여 미입금 문의', '급여 계좌 변경 요청'])}\n\n인사팀 담당자님께,\n${p.name}입니다. ${pick(['첫 달 급여가 입금되지 않아', '명세서에 계좌가 잘못 기재되어', '계좌를 바꾸게 되어'])} 연락드립니다. ${koreanNegative()}\n`);
    const [lead, value, trail] = bankAccount('ko');
    d.add(`변경 계좌: ${lead}`).entity('BANK_ACCOUNT', value).add(`${trail} (예금주 ${p.name})\n`);
    if (chance(0.45)) {
      const [cue, idValue, type] = nationalId('ko', p);
      d.add(`원천징수영수증 발급용 ${cue}`).entity(type, idValue).add('\n');
    }
    if (chance(0.2)) d.add('명세서에 생년월일이 ').entity('DATE_OF_BIRTH', birthDate('ko')).add('로 잘못 나와 있습니다.\n');
    if (chance(0.15)) d.add('(예전에 잘못 드린 번호 ').decoy(krWritten(impossibleRegistration())).add(' 는 삭제 부탁드립니다.)\n');
    d.add('\n회신: ').entity('PHONE', phoneFor('ko')).add(chance(0.5) ? ' / ' : '\n');
    if (!d.text.endsWith('\n')) d.entity('EMAIL', p.email).add('\n');
  },
  /** 채용 건강검진 예약: the hospital's booking and the candidate's reply. */
  채용검진(d, p) {
    const hospital = pick(['한빛내과의원', '푸른건강검진센터', '새봄의원', '하나로검진센터']);
    d.add(`[${hospital}] 채용 건강검진 예약 안내\n${p.name}님, ${int(1, 12)}월 ${int(1, 28)}일 오전 ${int(8, 10)}시 예약되었습니다. ${koreanNegative()}\n오시는 길: `).entity('ADDRESS', addressFor('ko')).add('\n문의 ').entity('PHONE', phoneFor('ko', true)).add('\n※ 신분증 지참, 8시간 금식\n\n--- 답장 ---\n확인했습니다. ');
    if (chance(0.5)) d.add(dobCue('ko')).entity('DATE_OF_BIRTH', birthDate('ko')).add(' 맞습니다. ');
    if (chance(0.3)) {
      const [cue, value, type] = nationalId('ko', p);
      d.add(`접수용 ${cue}`).entity(type, value).add('. ');
    }
    d.add(`\n${p.name} `).entity('PHONE', phoneFor('ko')).add('\n');
  },
  /** 교육 과정 수강 신청: a 국비지원 course, the learner's details and the refund account. */
  교육신청(d, p) {
    d.add(`${pick(['K-디지털 트레이닝', '국비지원 데이터 분석 과정', '지게차 운전기능사 대비반', '전산회계 1급 주말반'])} 수강 신청서\n${koreanNegative()}\n\n성명: ${p.name}\n`);
    const rows = shuffle([
      () => (chance(0.5) ? d.add(dobCue('ko')).entity('DATE_OF_BIRTH', birthDate('ko')).add('\n') : d.add(`최종학력: ${pick(['고졸', '전문대졸', '대졸'])}\n`)),
      () => row(d, '연락처: ', 'PHONE', phoneFor('ko')),
      () => row(d, '이메일: ', 'EMAIL', p.email),
      () => row(d, '주소: ', 'ADDRESS', addressFor('ko')),
      () => {
        const [cue, value, type] = nationalId('ko', p);
        d.add(`내일배움카드 발급 확인용 ${cue}`).entity(type, value).add('\n');
      },
    ]).slice(0, int(2, 5));
    for (const r of rows) r();
    if (chance(0.4)) {
      const [lead, value, trail] = bankAccount('ko');
      d.add(`훈련장려금 입금 계좌: ${lead}`).entity('BANK_ACCOUNT', value).add(`${trail}\n`);
    }
    if (chance(0.1)) d.add('교재비 결제 카드: ').entity('CREDIT_CARD', card()).add('\n');
    if (chance(0.25)) {
      const licence = driverLicence('ko');
      d.add(`(지게차 과정) ${licence[0]}`).entity('DRIVER_LICENSE', licence[1]).add('\n');
    }
  },
  /** 재입사 문의: asking a former employer to be rehired. */
  재입사문의(d, p) {
    const boss = person('ko');
    d.add(`${boss.name} ${pick(['팀장님', '본부장님', '파트장님'])}, 안녕하세요.\n${int(2019, 2024)}년까지 ${pick(['물류팀', '개발팀', '영업2팀'])}에서 일했던 ${p.name}입니다. ${koreanNegative()}\n다시 함께 일할 기회가 있을지 여쭙고 싶어 연락드렸습니다.\n\n`);
    if (chance(0.7)) d.add('연락처는 ').entity('PHONE', phoneFor('ko')).add(pick(['입니다.\n', ' 그대로입니다.\n']));
    if (chance(0.4)) d.add('지금은 ').entity('ADDRESS', addressFor('ko')).add('에 살고 있어 출퇴근도 가능합니다.\n');
    if (chance(0.3)) d.add('예전 명함 번호 대신 ').entity('EMAIL', p.email).add('로 연락 주세요.\n');
    if (chance(0.3)) d.add('인사기록 확인이 필요하시면 생년월일은 ').entity('DATE_OF_BIRTH', birthDate('ko')).add('입니다.\n');
    d.add(`\n감사합니다.\n${p.name} 올림\n`);
    if (chance(0.4)) d.entity('EMAIL', p.email).add('\n');
  },
};

// ---------------------------------------------------------------- the set
// 100 rounds over the ten locales, then 250 Korean documents; each document's kind is drawn.
const rounds = Array.from({ length: DOCUMENTS_PER_LOCALE }, () => LOCALES).flat();
const cases = [];
for (const locale of [...rounds, ...Array(KOREAN_DOCUMENTS).fill('ko')]) {
  const d = new Doc();
  const korean = locale === 'ko';
  const kind = pick(Object.keys(korean ? KO_KINDS : KINDS));
  if (korean) KO_KINDS[kind](d, person('ko'));
  else KINDS[kind](d, locale, person(locale));
  if (!korean && chance(0.03)) d.add(`\n${pick(['Card used for the screening fee: ', 'Application fee paid with '])}`).entity('CREDIT_CARD', card()).add('\n');
  if (!korean && chance(0.1)) d.add(`\n${pick(['Shipment ', 'Booking ref. ', 'Case no. ', 'Voucher '])}`).decoy(krWritten(impossibleRegistration())).add('\n');
  cases.push(d.asCase(`w17-${pad(cases.length, 4)}`, `${kind}/${locale}`));
}

// ---------------------------------------------------------------- Korean number vectors
// writeKoreanNumberVectors (scripts/lib/korean-number-vectors.mjs) writes the fourteen categories; the
// frames around each number (its kind's cue, a neutral lead-in or nothing) are this set's own. See the
// README for what counts as a positive, a decoy and a plain negative.
const LEAD_INS = [['', ''], ['방금 보낸 번호 ', ''], ['', ' 로 등록해 주세요'], ['정정: ', ''], ['No. ', ''], ['', ' (확인 요망)'], ['메모 — ', ' 끝']];
const FRAMES = {
  KR_RRN: [...LEAD_INS, ['주민등록번호: ', ''], ['주민번호 ', ' 입력했습니다'], ['수강신청서 주민번호란 ', ''], ['RRN ', '']],
  KR_FRN: [...LEAD_INS, ['외국인등록번호: ', ''], ['외국인등록번호 ', ' (E-7)'], ['Alien registration no. ', ''], ['외국인 등록번호는 ', '예요']],
  decoy: [...LEAD_INS, ['주민등록번호: ', ''], ['외국인등록번호 ', ''], ['주민번호 ', ' 는 조회가 안 됩니다']],
  PASSPORT: [['여권번호: ', ''], ['여권 번호 ', ' (발급 2025.03)'], ['Passport No. ', ''], ['여권번호는 ', '입니다']],
  DRIVER_LICENSE: [['운전면허번호: ', ''], ['면허 번호 ', ' (2종 보통)'], ['운전면허증 번호는 ', '이에요'], ['Driving licence ', '']],
  BANK_ACCOUNT: [['입금 계좌 ', ''], ['급여 계좌 변경: ', ''], ['환불 계좌는 ', '입니다'], ['계좌번호 ', ' (본인 명의)']],
  business: [['사업자등록번호: ', ''], ['사업자번호 ', ''], ['거래처 사업자등록번호 ', ' 확인 부탁'], ['Business no. ', '']],
  military: [['군번: ', ''], ['군번 ', ' (해병대 만기 전역)'], ['학번: ', ''], ['수험번호 ', ' 로 조회']],
};
const { vector, vectors } = koreanVectorWriter({ pick, frames: FRAMES, idPrefix: 'w17-kr-' });
writeKoreanNumberVectors(
  vector,
  { int, pick, chance, digits },
  { written: krWritten, bornBetween, registration, impossibleRegistration, businessRegistrationNumber, passport: () => passport('ko')[1], driverLicence: () => driverLicence('ko')[1], bankAccount: () => bankAccount('ko')[1] },
);

// ---------------------------------------------------------------- write and freeze
const description =
  'Held-back labelled set for the Candor sensitive-data detector, wave 17 (scripts/build-pii-heldback-w17.mjs, fixed seed). ' +
  'Built by someone who never tunes the detector; frozen before the detector was run on it. Aggregates only: never print or read its misses.';
console.log(writeHeldBackSet(DIR, { description, seed: SEED, frozenOn: FROZEN_ON, generator: 'scripts/build-pii-heldback-w17.mjs', cases, vectors }));
