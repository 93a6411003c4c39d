// Builds test/fixtures/pii/heldback-w19/: the wave 19 held-back labelled set for the sensitive-data
// detector, written by someone who never tunes the detector (issue #10 §3).
//
//   npx node scripts/build-pii-heldback-w19.mjs           (writes documents.json, korean-numbers.json, manifest.json)
//   npx node scripts/build-pii-heldback-w19.mjs --check   (writes nothing; fails unless the files are what this builds)
//
// The wave 18 set (heldback-w18/) had its figures published and is tuning data in wave 19; this set
// measures that tuning on text nobody has seen. Its own seed, ten locales no earlier set used (af_NA,
// zu_ZA, yo_NG, cy_GB, kmr_TR, hr_BA, fa_AF, nl_SR, fr_CI, ar_TN) and Korean again, and document
// kinds no earlier set used: the personal-details block of a CV in the writer's language, graduate
// scheme cover letters, exported WhatsApp chats with a recruiter, scanned (OCR) membership forms of a
// professional body, removal-company quotes for a job move, staff-housing applications, salary
// account change forms, apprenticeship applications with a guardian's details and trade-union
// joining forms; in Korean 급여계좌 변경, 사원증 발급, 학자금 지원, 경조금 신청, 사내 주택자금 대출 and
// 노동조합 가입. Labelling rules are those of heldback-w10/README.md to heldback-w18/README.md.
//
// Gold spans are recorded as the values are inserted (by rule, never by running the detector).
// Check digits are computed in scripts/lib/, independently of src/. Phones are drawn from each
// country's numbering plan and kept only when libphonenumber-js (max metadata) calls them valid
// numbers of that country.
//
// The whole set is held back: nobody tunes on it, reads its documents while tuning, or prints its
// misses. `npm run bench -- sensitive held-back` prints aggregates only.
import { fakerAF_ZA, fakerFR, fakerHR, fakerNL, fakerYO_NG, fakerZU_ZA } from '@faker-js/faker';
import { finishHeldBackSet } from './lib/held-back-set.mjs';
import { heldBackStream } from './lib/held-back-stream.mjs';
import { digitsOfScript, groups } from './lib/held-back-text.mjs';
import { LabelledText as Doc } from './lib/labelled-text.mjs';
import { birthDay, MONTH_NAMES, ordinal } from './lib/pii-dates.mjs';
import { ascii, ibanOf, pad, phoneOf } from './lib/pii-values.mjs';

const SEED = 0x5eed_0d19;
const DOCUMENTS_PER_LOCALE = 100;
const KOREAN_DOCUMENTS = 250;
const FROZEN_ON = '2026-12-02';
const DIR = new URL('../test/fixtures/pii/heldback-w19/', import.meta.url);

const stream = heldBackStream(SEED);
const { int, pick, chance, digits, letter, nz, shuffle, krWritten } = stream;
const { card, sin, aadhaar, pan, codiceFiscale, registration, bornBetween, impossibleRegistration, businessRegistrationNumber } = stream;
const { ssn, nino, steuerId, nir, dni, bsn, chineseId, myNumber } = stream;
const LOCALES = ['af_NA', 'zu_ZA', 'yo_NG', 'cy_GB', 'kmr_TR', 'hr_BA', 'fa_AF', 'nl_SR', 'fr_CI', 'ar_TN'];
const COUNTRY = { af_NA: 'NA', zu_ZA: 'ZA', yo_NG: 'NG', cy_GB: 'GB', kmr_TR: 'TR', hr_BA: 'BA', fa_AF: 'AF', nl_SR: 'SR', fr_CI: 'CI', ar_TN: 'TN', ko: 'KR' };

/** Dari writes the extended Arabic-Indic (Persian) digits ۰۱۲…. */
const persianDigits = digitsOfScript(0x06f0);

// ---------------------------------------------------------------- phones, by numbering plan
/** Each country's numbers as its people write them; every draw is re-checked by phoneOf. */
const PHONE_PLANS = {
  af_NA: () => {
    if (chance(0.75)) {
      const m = `8${pick(['1', '5'])}${digits(7)}`;
      return pick([`0${groups(m, [2, 3, 4])}`, `0${groups(m, [2, 3, 4])}`, `0${m}`, `+264 ${groups(m, [2, 3, 4])}`, `+264${m}`, `+264 (0)${groups(m, [2, 3, 4])}`, `00264 ${groups(m, [2, 7])}`]);
    }
    const local = `${int(2, 3)}${digits(5)}`;
    return pick([`061 ${groups(local, [3, 3])}`, `(061) ${local}`, `+264 61 ${groups(local, [3, 3])}`, `064-${local}`]);
  },
  zu_ZA: () => {
    if (chance(0.75)) {
      const m = `${pick(['60', '61', '71', '72', '73', '76', '78', '79', '81', '82', '83', '84'])}${digits(7)}`;
      return pick([`0${groups(m, [2, 3, 4])}`, `0${groups(m, [2, 3, 4])}`, `0${m}`, `+27 ${groups(m, [2, 3, 4])}`, `+27${m}`, `+27 (0)${groups(m, [2, 3, 4])}`, `0${groups(m, [2, 3, 4], '-')}`]);
    }
    const [area, local] = pick([['31', `${int(2, 5)}${digits(6)}`], ['33', `${int(3, 4)}${digits(6)}`], ['11', `${int(4, 8)}${digits(6)}`], ['35', `7${digits(6)}`]]);
    return pick([`0${area} ${groups(local, [3, 4])}`, `(0${area}) ${groups(local, [3, 4])}`, `+27 ${area} ${groups(local, [3, 4])}`, `0${area}${local}`]);
  },
  yo_NG: () => {
    if (chance(0.85)) {
      const m = `${pick(['803', '806', '813', '816', '703', '706', '810', '814', '903', '906', '805', '807', '815', '802', '808', '812', '701', '902'])}${digits(7)}`;
      return pick([`0${groups(m, [3, 3, 4])}`, `0${groups(m, [3, 3, 4])}`, `0${m}`, `+234 ${groups(m, [3, 3, 4])}`, `+234${m}`, `+234 (0)${groups(m, [3, 3, 4])}`, `234${m}`, `0${groups(m, [3, 7], '-')}`]);
    }
    const local = `${int(2, 8)}${digits(6)}`;
    return pick([`01-${local}`, `+234 1 ${groups(local, [3, 4])}`, `02-${digits(7)}`]);
  },
  cy_GB: () => {
    if (chance(0.6)) {
      const m = `7${pick(['4', '5', '7', '8', '9'])}${digits(8)}`;
      return pick([`0${groups(m, [4, 6])}`, `0${groups(m, [4, 6])}`, `0${groups(m, [4, 3, 3])}`, `0${m}`, `+44 ${groups(m, [4, 6])}`, `+44 (0)${groups(m, [4, 6])}`, `+44${m}`]);
    }
    return pick([
      () => `029 ${pick(['20', '21', '22'])}${digits(2)} ${digits(4)}`,
      () => `(029) ${pick(['20', '22'])}${digits(2)} ${digits(4)}`,
      () => `${pick(['01792', '01248', '01970', '01286', '01633', '01267'])} ${int(2, 8)}${digits(5)}`,
      () => `+44 29 ${pick(['20', '21'])}${digits(2)} ${digits(4)}`,
      () => `+44 (0)${pick(['1792', '1970', '1248'])} ${int(2, 6)}${digits(5)}`,
    ])();
  },
  kmr_TR: () => {
    if (chance(0.8)) {
      const m = `5${pick(['30', '31', '32', '33', '35', '36', '38', '05', '06', '07', '42', '43', '44', '45', '46', '52', '53', '55', '59'])}${digits(7)}`;
      return pick([`0${groups(m, [3, 3, 2, 2])}`, `0${groups(m, [3, 3, 2, 2])}`, `0${groups(m, [3, 3, 4])}`, `0${m}`, `+90 ${groups(m, [3, 3, 2, 2])}`, `+90${m}`, `+90 (${m.slice(0, 3)}) ${groups(m.slice(3), [3, 2, 2])}`, `0 (${m.slice(0, 3)}) ${groups(m.slice(3), [3, 2, 2])}`]);
    }
    const [area, local] = pick([['412', `${int(2, 3)}${digits(6)}`], ['432', `2${digits(6)}`], ['212', `${int(2, 6)}${digits(6)}`], ['414', `3${digits(6)}`]]);
    return pick([`0${area} ${groups(local, [3, 2, 2])}`, `(0${area}) ${groups(local, [3, 2, 2])}`, `+90 ${area} ${groups(local, [3, 4])}`]);
  },
  hr_BA: () => {
    if (chance(0.75)) {
      const m = `6${pick(['1', '2', '3', '5', '6'])}${digits(6)}`;
      return pick([`0${groups(m, [2, 3, 3])}`, `0${groups(m, [2, 3, 3])}`, `0${m.slice(0, 2)}/${groups(m.slice(2), [3, 3], '-')}`, `0${m}`, `+387 ${groups(m, [2, 3, 3])}`, `+387 (0)${groups(m, [2, 3, 3])}`, `00387 ${groups(m, [2, 3, 3])}`, `+387${m}`]);
    }
    const [area, local] = pick([['33', `${int(2, 7)}${digits(5)}`], ['36', `${int(3, 5)}${digits(5)}`], ['51', `${int(2, 4)}${digits(5)}`], ['35', `${int(2, 3)}${digits(5)}`]]);
    return pick([`0${area} ${groups(local, [3, 3])}`, `0${area}/${groups(local, [3, 3], '-')}`, `+387 ${area} ${groups(local, [3, 3])}`]);
  },
  fa_AF: () => {
    if (chance(0.85)) {
      const m = `7${pick(['0', '2', '3', '4', '6', '7', '8', '9'])}${digits(7)}`;
      return pick([`0${groups(m, [2, 3, 4])}`, `0${groups(m, [2, 3, 4])}`, `0${m}`, `+93 ${groups(m, [2, 3, 4])}`, `+93${m}`, `0093 ${groups(m, [2, 3, 4])}`, `+93 (0)${groups(m, [2, 3, 4])}`]);
    }
    const local = `2${digits(6)}`;
    return pick([`020 ${groups(local, [3, 4])}`, `+93 20 ${groups(local, [3, 4])}`]);
  },
  nl_SR: () => {
    if (chance(0.7)) {
      const m = `${pick(['7', '8'])}${int(1, 9)}${digits(5)}`;
      return pick([groups(m, [3, 4], '-'), groups(m, [3, 4], '-'), groups(m, [3, 4]), m, `+597 ${groups(m, [3, 4])}`, `+597 ${groups(m, [3, 4], '-')}`, `(+597) ${groups(m, [3, 4], '-')}`, `00597 ${m}`]);
    }
    const l = `4${int(0, 9)}${digits(4)}`;
    return pick([groups(l, [3, 3], '-'), groups(l, [3, 3]), `+597 ${groups(l, [3, 3])}`, `+597 ${l}`]);
  },
  fr_CI: () => {
    const n = chance(0.8) ? `${pick(['07', '05', '01'])}${digits(8)}` : `27${pick(['20', '21', '22', '23', '24'])}${digits(6)}`;
    return pick([groups(n, [2, 2, 2, 2, 2]), groups(n, [2, 2, 2, 2, 2]), n, `+225 ${groups(n, [2, 2, 2, 2, 2])}`, `+225${n}`, `(+225) ${groups(n, [2, 2, 2, 2, 2])}`, `00225 ${groups(n, [2, 2, 2, 2, 2])}`, groups(n, [2, 2, 2, 2, 2], '.'), groups(n, [2, 2, 2, 2, 2], '-')]);
  },
  ar_TN: () => {
    const n = chance(0.8) ? `${pick(['2', '5', '9', '4'])}${digits(7)}` : `7${pick(['1', '3', '4'])}${digits(6)}`;
    return pick([groups(n, [2, 3, 3]), groups(n, [2, 3, 3]), n, groups(n, [2, 2, 2, 2]), `+216 ${groups(n, [2, 3, 3])}`, `+216${n}`, `(+216) ${groups(n, [2, 3, 3])}`, `00216 ${groups(n, [2, 3, 3])}`, groups(n, [2, 3, 3], '.')]);
  },
  ko: (office = false) => {
    const mid = `${int(2, 9)}${digits(3)}`;
    const last = digits(4);
    if (!office && chance(0.7)) return pick([`010-${mid}-${last}`, `010-${mid}-${last}`, `010-${mid}-${last}`, `010.${mid}.${last}`, `010 ${mid} ${last}`, `(010)${mid}-${last}`, `010${mid}${last}`, `010-${mid}${last}`, `+82 10-${mid}-${last}`, `+82)10-${mid}-${last}`]);
    const area = pick(['02', '032', '042', '053', '031', '033', '043', '061', '063', '070', ...(office ? ['1588', '1566', '1899'] : [])]);
    if (area.length === 4) return pick([`${area}-${last}`, `${area}.${last}`]);
    const local = area === '02' || area === '070' || area === '031' || area === '032' ? mid : `${int(2, 9)}${digits(int(2, 3))}`;
    return pick([`${area}-${local}-${last}`, `${area}-${local}-${last}`, `(${area}) ${local}-${last}`, `${area})${local}-${last}`, `${area} ${local} ${last}`, `+82-${area.slice(1)}-${local}-${last}`]);
  },
};
const EXTENSIONS = {
  af_NA: [' x', ' uitbr. '], zu_ZA: [' ext. ', ' x'], yo_NG: [' ext. ', ' Ext. '], cy_GB: [' est. ', ' ext. '], kmr_TR: [' dahili ', ' (dahili '], hr_BA: [' lok. ', ' (lokal '],
  fa_AF: [' ext. ', ' داخلی '], nl_SR: [' tst. ', ' toestel '], fr_CI: [' poste ', ' (poste '], ar_TN: [' poste ', ' ext. '], ko: [' 내선 ', ' (내선 '],
};
/** A valid number of the locale's country as people write it; an office line sometimes carries its extension (inside the span); Dari numbers sometimes in Persian digits. */
function phoneFor(locale, office = false) {
  let n = phoneOf(COUNTRY[locale], locale === 'ko' ? () => PHONE_PLANS.ko(office) : PHONE_PLANS[locale]);
  if (locale === 'fa_AF' && chance(0.25)) n = persianDigits(n);
  if (!office || !chance(0.3)) return n;
  const ext = pick(EXTENSIONS[locale]);
  return `${n}${ext}${int(10, 899)}${ext.includes('(') ? ')' : ''}`;
}

// ---------------------------------------------------------------- addresses, by country
const NA_TOWNS = [['Windhoek', 'Klein Windhoek'], ['Windhoek', 'Olympia'], ['Windhoek', 'Pionierspark'], ['Windhoek', 'Eros'], ['Windhoek', 'Katutura'], ['Swakopmund', 'Vineta'], ['Walvis Bay', 'Meersig'], ['Otjiwarongo', 'Sentrum'], ['Keetmanshoop', 'Westdene']];
const NA_STREETS = ['Sam Nujoma-rylaan', 'Nelson Mandela Avenue', 'Robert Mugabe Avenue', 'Jan Jonker Road', 'Hosea Kutako Drive', 'Bismarckstraat', 'Lazarettstraat', 'Moltkestraat', 'Feldstraat'];
const ZA_PLACES = [['Durban', 'eThekwini', '4001', 'Morningside'], ['Durban', 'eThekwini', '4091', 'Pinetown'], ['Umlazi', 'eThekwini', '4031', 'Section C'], ['KwaMashu', 'eThekwini', '4360', 'Section K'], ['Pietermaritzburg', 'uMgungundlovu', '3201', 'Scottsville'], ['Richards Bay', 'uMhlathuze', '3900', 'Meerensee'], ['Newcastle', 'Amajuba', '2940', 'Madadeni'], ['Johannesburg', 'Soweto', '1804', 'Orlando West']];
const ZA_STREETS = [['Florida Road', 'uMgwaqo iFlorida'], ['Anton Lembede Street', 'uMgwaqo u-Anton Lembede'], ['Dr Pixley KaSeme Street', 'uMgwaqo uDkt Pixley KaSeme'], ['Mthembu Street', 'uMgwaqo uMthembu'], ['Langalibalele Street', 'uMgwaqo uLangalibalele'], ['Vilakazi Street', 'uMgwaqo uVilakazi']];
const NG_PLACES = [['Ikeja', 'Lagos', 'Lagos State'], ['Surulere', 'Lagos', 'Lagos State'], ['Lekki Phase 1', 'Lagos', 'Lagos State'], ['Bodija', 'Ibadan', 'Oyo State'], ['Ring Road', 'Ibadan', 'Oyo State'], ['Oke-Ado', 'Ibadan', 'Oyo State'], ['Ile-Ife', 'Ile-Ife', 'Osun State'], ['Alagbaka', 'Akure', 'Ondo State'], ['Abeokuta', 'Abeokuta', 'Ogun State']];
const NG_STREETS = ['Allen Avenue', 'Adeola Odeku Street', 'Awolowo Road', 'Obafemi Awolowo Way', 'Adebayo Close', 'Ogunlana Drive', 'Oba Adesida Road', 'Akinyemi Crescent', 'Oluwole Street'];
const GB_PLACES = [['Caerdydd', 'Cardiff', 'CF10', 'CF24', 'CF11'], ['Abertawe', 'Swansea', 'SA1', 'SA2'], ['Aberystwyth', 'Aberystwyth', 'SY23'], ['Bangor', 'Bangor', 'LL57'], ['Caernarfon', 'Caernarfon', 'LL55'], ['Casnewydd', 'Newport', 'NP20'], ['Caerfyrddin', 'Carmarthen', 'SA31']];
const GB_STREETS = [['Heol y Frenhines', 'Queen Street'], ['Ffordd Penglais', 'Penglais Road'], ['Stryd Fawr', 'High Street'], ['Heol yr Eglwys', 'Church Road'], ['Lôn Las', 'Green Lane'], ['Ffordd y Coleg', 'College Road'], ['Rhodfa’r Gorllewin', 'Western Avenue']];
const GB_HOUSES = ['Tŷ Gwyn', 'Bryn Awel', 'Bwthyn y Felin', 'Hafod', 'Maes y Coed', 'Pen y Bryn'];
const TR_PLACES = [['Diyarbakır', 'Amed', 'Bağlar', '21090'], ['Diyarbakır', 'Amed', 'Kayapınar', '21070'], ['Diyarbakır', 'Amed', 'Yenişehir', '21100'], ['Van', 'Wan', 'İpekyolu', '65100'], ['Mardin', 'Mêrdîn', 'Artuklu', '47100'], ['Batman', 'Êlih', 'Merkez', '72070'], ['İstanbul', 'Stenbol', 'Esenyurt', '34510']];
const TR_STREETS = [['Kazım Karabekir Cd.', 'Kolana Kazım Karabekir'], ['Ekinciler Cd.', 'Kolana Ekinciler'], ['Gevran Cd.', 'Kolana Gevran'], ['Cumhuriyet Cd.', 'Kolana Komarê'], ['Şehitlik Mah. 1234. Sk.', 'Kolana 1234'], ['Bağlar Mah. 5. Sk.', 'Kolana 5']];
const BA_PLACES = [['Sarajevo', '71000', 'Сарајево'], ['Sarajevo', '71210', 'Илиџа'], ['Mostar', '88000', 'Мостар'], ['Tuzla', '75000', 'Тузла'], ['Banja Luka', '78000', 'Бања Лука'], ['Zenica', '72000', 'Зеница'], ['Bihać', '77000', 'Бихаћ']];
const BA_STREETS = [['Zmaja od Bosne', 'Змаја од Босне'], ['Ferhadija', 'Ферхадија'], ['Maršala Tita', 'Маршала Тита'], ['Kralja Tvrtka', 'Краља Твртка'], ['Kralja Petra I Karađorđevića', 'Краља Петра I Карађорђевића'], ['Bulevar Meše Selimovića', 'Булевар Меше Селимовића'], ['Titova', 'Титова']];
const AF_PLACES = [['کابل', 'Kabul', 'کارته پروان', 'Karte Parwan', '۴'], ['کابل', 'Kabul', 'شهر نو', 'Shahr-e Naw', '۱۰'], ['کابل', 'Kabul', 'قلعه فتح‌الله', 'Qala-e-Fatullah', '۱۰'], ['کابل', 'Kabul', 'مکروریان سوم', 'Macroryan 3', '۹'], ['هرات', 'Herat', 'جاده ولایت', 'Jada-e Welayat', '۱'], ['مزار شریف', 'Mazar-i-Sharif', 'کارته بلخ', 'Karte Balkh', '۲']];
const SR_PLACES = [['Paramaribo', 'Zorg en Hoop'], ['Paramaribo', 'Centrum'], ['Paramaribo', 'Flora'], ['Paramaribo', 'Munder'], ['Wanica', 'Lelydorp'], ['Wanica', 'Kwatta'], ['Nickerie', 'Nieuw Nickerie'], ['Commewijne', 'Meerzorg']];
const SR_STREETS = ['Keizerstraat', 'Gravenstraat', 'Kwattaweg', 'Indira Gandhiweg', 'Johannes Mungrastraat', 'Anton Dragtenweg', 'Hoogestraat', 'Verlengde Gemenelandsweg', 'Van ’t Hogerhuysstraat'];
const CI_PLACES = [['Cocody', 'Riviera 3', '06'], ['Cocody', 'II Plateaux Vallons', '28'], ['Cocody', 'Angré 8e tranche', '08'], ['Yopougon', 'Sideci', '21'], ['Marcory', 'Zone 4', '07'], ['Plateau', 'Cité administrative', '01'], ['Treichville', 'Avenue 12', '01'], ['Abobo', 'Gare', '18']];
const TN_PLACES = [['Tunis', 'تونس', '1002', 'Belvédère', 'البلفيدير'], ['Tunis', 'تونس', '1003', 'Cité El Khadra', 'حي الخضراء'], ['Ariana', 'أريانة', '2080', 'Ennasr', 'النصر'], ['Sfax', 'صفاقس', '3000', 'Sfax Ville', 'صفاقس المدينة'], ['Sousse', 'سوسة', '4000', 'Sahloul', 'سهلول'], ['La Marsa', 'المرسى', '2070', 'Marsa Safsaf', 'المرسى الصفصاف'], ['Bizerte', 'بنزرت', '7000', 'Corniche', 'الكورنيش']];
const TN_STREETS = [['Rue de Marseille', 'نهج مرسيليا'], ['Avenue Habib Bourguiba', 'شارع الحبيب بورقيبة'], ['Rue Ibn Khaldoun', 'نهج ابن خلدون'], ['Avenue de la Liberté', 'شارع الحرية'], ['Rue du Lac Léman', 'نهج بحيرة ليمان'], ['Route de Gabès', 'طريق قابس']];
const KO_PLACES = [
  ['서울특별시', '서울', '강남구', '테헤란로', '역삼동', 'Gangnam-gu, Seoul', 'Teheran-ro'], ['서울특별시', '서울', '성동구', '왕십리로', '성수동1가', 'Seongdong-gu, Seoul', 'Wangsimni-ro'],
  ['서울특별시', '서울', '관악구', '남부순환로', '봉천동', 'Gwanak-gu, Seoul', 'Nambusunhwan-ro'], ['경기도', '경기', '성남시 분당구', '판교역로', '삼평동', 'Bundang-gu, Seongnam-si', 'Pangyoyeok-ro'],
  ['경기도', '경기', '고양시 일산동구', '중앙로', '장항동', 'Ilsandong-gu, Goyang-si', 'Jungang-ro'], ['경기도', '경기', '용인시 수지구', '포은대로', '풍덕천동', 'Suji-gu, Yongin-si', 'Poeun-daero'],
  ['부산광역시', '부산', '해운대구', '센텀중앙로', '우동', 'Haeundae-gu, Busan', 'Centum jungang-ro'], ['부산광역시', '부산', '부산진구', '중앙대로', '부전동', 'Busanjin-gu, Busan', 'Jungang-daero'],
  ['대구광역시', '대구', '수성구', '달구벌대로', '범어동', 'Suseong-gu, Daegu', 'Dalgubeol-daero'], ['울산광역시', '울산', '남구', '삼산로', '삼산동', 'Nam-gu, Ulsan', 'Samsan-ro'],
  ['세종특별자치시', '세종', '', '한누리대로', '나성동', 'Sejong-si', 'Hannuri-daero'], ['강원특별자치도', '강원', '춘천시', '중앙로', '조양동', 'Chuncheon-si, Gangwon', 'Jungang-ro'],
  ['충청북도', '충북', '청주시 흥덕구', '가경로', '가경동', 'Heungdeok-gu, Cheongju-si', 'Gagyeong-ro'], ['전라남도', '전남', '여수시', '시청로', '학동', 'Yeosu-si, Jeonnam', 'Sicheong-ro'],
];

/** Addresses people of each country write: one line, or (multiline) the block of a letterhead or envelope. */
const ADDRESS_MAKERS = {
  af_NA: (multiline) => {
    const [town, suburb] = pick(NA_TOWNS);
    if (chance(0.15)) return `${pick(['Posbus', 'PO Box', 'P.O. Box'])} ${int(100, 99999)}${multiline ? '\n' : ', '}${town}${chance(0.3) ? `${multiline ? '\n' : ', '}Namibia` : ''}`;
    const street = pick(NA_STREETS);
    const line1 = pick([`${street} ${int(1, 250)}`, `${int(1, 250)} ${street}`, `Erf ${int(100, 9999)}, ${street}`, `Woonstel ${int(1, 40)}, ${pick(['Palmhof', 'Kuiseb Court', 'Omuramba Flats'])}, ${street} ${int(1, 120)}`]);
    if (multiline) return pick([`${line1}\n${suburb}\n${town}`, `${line1}\n${suburb}, ${town}\nNamibia`, `${line1}\n${town} ${pick(['9000', '10005', '13001'])}`]);
    return pick([`${line1}, ${suburb}, ${town}`, `${line1}, ${town}`, `${line1}, ${suburb}, ${town}, Namibia`]);
  },
  zu_ZA: (multiline) => {
    const [town, metro, code, suburb] = pick(ZA_PLACES);
    if (chance(0.12)) return `${pick(['P.O. Box ', 'PO Box ', 'Private Bag X'])}${int(10, 9999)}${multiline ? '\n' : ', '}${town}${multiline ? '\n' : ', '}${code}`;
    const [street, streetZu] = pick(ZA_STREETS);
    if (chance(0.2)) {
      const line1 = `${int(1, 400)} ${streetZu}`;
      return multiline ? `${line1}\n${suburb}\n${metro}\n${code}` : `${line1}, ${suburb}, ${metro}, ${code}`;
    }
    if (chance(0.2)) {
      const line1 = `${pick(['House No.', 'Indlu No.', 'Stand'])} ${int(1, 9999)}, ${suburb}`;
      return multiline ? `${line1}\n${town}\n${code}` : `${line1}, ${town}, ${code}`;
    }
    const line1 = `${pick(['', `Unit ${int(1, 60)}, ${pick(['Ridgeview', 'Sunset Gardens', 'Umhlanga Arch'])}, `, `Flat ${int(1, 30)}, `])}${int(1, 400)} ${street}`;
    return multiline ? `${line1}\n${suburb}\n${town}\n${code}` : pick([`${line1}, ${suburb}, ${town}, ${code}`, `${line1}, ${suburb}, ${town}`, `${line1}, ${town} ${code}`]);
  },
  yo_NG: (multiline) => {
    const [area, city, state] = pick(NG_PLACES);
    const street = pick(NG_STREETS);
    if (chance(0.15)) {
      const line1 = `Ilé ${int(1, 90)}, ${pick(['Òpópónà', 'Ojú-ọ̀nà'])} ${street.replace(/ (?:Street|Road|Way|Close|Drive|Crescent|Avenue)$/u, '')}`;
      return multiline ? `${line1}\n${area}, ${city}` : `${line1}, ${area}, ${city}`;
    }
    const line1 = pick([`${int(1, 120)}, ${street}`, `No ${int(1, 120)} ${street}`, `No. ${int(1, 60)}, ${street}`, `Plot ${int(1, 900)}, Block ${letter('ABCDEF')}, ${street}`, `Flat ${int(1, 12)}, Block ${int(1, 30)}, ${pick(['Jakande Estate', 'Abesan Estate', 'Federal Housing Estate'])}`, `${int(1, 60)}B, ${street}, off ${pick(NG_STREETS)}`]);
    if (multiline) return pick([`${line1}\n${area}\n${city}, ${state}`, `${line1},\n${area}, ${city}.`, `${line1}\n${city}\n${state}, Nigeria`]);
    return pick([`${line1}, ${area}, ${city}`, `${line1}, ${area}, ${city}, ${state}`, `${line1}, ${city}, ${state}, Nigeria`]);
  },
  cy_GB: (multiline) => {
    const [townCy, townEn, ...outward] = pick(GB_PLACES);
    const postcode = `${pick(outward)} ${int(1, 9)}${letter('ABDEFGHJLNPQRSTUWXYZ')}${letter('ABDEFGHJLNPQRSTUWXYZ')}`;
    const [streetCy, streetEn] = pick(GB_STREETS);
    const welsh = chance(0.55);
    const [street, town] = welsh ? [streetCy, townCy] : [streetEn, townEn];
    const flat = chance(0.25) ? `${welsh ? 'Fflat' : 'Flat'} ${int(1, 12)}, ` : '';
    if (chance(0.2)) {
      const house = pick(GB_HOUSES);
      return multiline ? `${house}\n${street}\n${town}\n${postcode}` : `${house}, ${street}, ${town} ${postcode}`;
    }
    const line1 = `${flat}${int(1, 220)} ${street}`;
    if (multiline) return pick([`${line1}\n${town}\n${postcode}`, `${line1}\n${town} ${postcode}`, `${line1}\n${town}\n${welsh ? 'Cymru' : 'Wales'}\n${postcode}`]);
    return pick([`${line1}, ${town} ${postcode}`, `${line1}, ${town}, ${postcode}`, `${line1}, ${town}`]);
  },
  kmr_TR: (multiline) => {
    const [city, cityKu, district, zip] = pick(TR_PLACES);
    const [street, streetKu] = pick(TR_STREETS);
    const no = int(1, 160);
    const flat = int(1, 24);
    if (chance(0.25)) {
      const line1 = `Taxa ${district}, ${streetKu}, Hejmar ${no}${chance(0.5) ? `, Daîre ${flat}` : ''}`;
      return multiline ? `${line1}\n${cityKu}` : `${line1}, ${cityKu}`;
    }
    const line1 = `${district} ${pick(['Mah.', 'Mahallesi'])}, ${street} No: ${no}${chance(0.6) ? ` Daire: ${flat}` : ''}`;
    const line1b = `${street} No:${no}/${flat}`;
    return multiline ? pick([`${line1}\n${zip} ${district}/${city}`, `${line1b}\n${district} / ${city}`]) : pick([`${line1}, ${zip} ${district}/${city}`, `${line1}, ${district}/${city}`, `${line1b}, ${zip} ${district}/${city}`]);
  },
  hr_BA: (multiline) => {
    const [city, zip, cityCy] = pick(BA_PLACES);
    const [street, streetCy] = pick(BA_STREETS);
    const no = `${int(1, 140)}${pick(['', '', letter('ABC'), `/${pick(['I', 'II', 'III', 'IV'])}`])}`;
    if (chance(0.2)) {
      const line1 = `${pick(['ул. ', ''])}${streetCy} ${no}`;
      return multiline ? `${line1}\n${zip} ${cityCy}` : `${line1}, ${zip} ${cityCy}`;
    }
    const line1 = `${pick(['', 'ul. ', 'Ulica '])}${street} ${no}${chance(0.3) ? `, stan ${int(1, 40)}` : ''}`;
    return multiline ? pick([`${line1}\n${zip} ${city}`, `${line1}\n${zip} ${city}\nBosna i Hercegovina`]) : pick([`${line1}, ${zip} ${city}`, `${line1}, ${city}`, `${line1}, ${zip} ${city}, BiH`]);
  },
  fa_AF: (multiline) => {
    const [city, cityEn, hood, hoodEn, district] = pick(AF_PLACES);
    const house = int(1, 300);
    const lane = int(1, 12);
    if (chance(0.55)) {
      const line1 = `ناحیه ${district}، ${hood}، سرک ${persianDigits(String(lane))}، خانه شماره ${persianDigits(String(house))}`;
      return multiline ? `${line1}\n${city}، افغانستان` : pick([`${line1}، ${city}`, `${city}، ${line1}`]);
    }
    const line1 = `House ${house}, Street ${lane}, ${hoodEn}`;
    return multiline ? `${line1}\nDistrict ${int(1, 22)}, ${cityEn}\nAfghanistan` : pick([`${line1}, ${cityEn}`, `${line1}, District ${int(1, 22)}, ${cityEn}, Afghanistan`]);
  },
  nl_SR: (multiline) => {
    const [district, area] = pick(SR_PLACES);
    const street = pick(SR_STREETS);
    const line1 = `${street} ${pick(['', 'no. ', 'nr. '])}${int(1, 400)}${chance(0.2) ? letter('ABC') : ''}`;
    if (multiline) return pick([`${line1}\n${area}\n${district}`, `${line1}\n${district}\nSuriname`, `${line1} (${area})\n${district}, Suriname`]);
    return pick([`${line1}, ${district}`, `${line1}, ${area}, ${district}`, `${line1} (${area}), ${district}`, `${line1}, ${district}, Suriname`]);
  },
  fr_CI: (multiline) => {
    const [commune, quartier, bp] = pick(CI_PLACES);
    const box = `${bp} BP ${int(10, 3999)} Abidjan ${bp}`;
    if (chance(0.15)) return box;
    const line1 = pick([`${commune} ${quartier}, Cité ${pick(['Les Lauriers', 'SIR', 'Sogefiha', 'Les Rosiers'])}, Villa ${int(1, 400)}`, `${commune}, ${quartier}, Îlot ${int(1, 90)}, Lot ${int(1, 900)}`, `${commune} ${quartier}, Rue ${pick(['des Jardins', 'Paul Langevin', 'L125', 'J41'])}, Immeuble ${pick(['Alpha 2000', 'Les Flamboyants', 'Nour Al Hayat'])}, ${int(1, 12)}e étage`, `${commune}, ${quartier}, près de la pharmacie ${pick(['Sainte Cécile', 'des Arts', 'Saint Viateur'])}`]);
    if (multiline) return pick([`${line1}\n${box}`, `${line1}\nAbidjan, Côte d’Ivoire`, `${line1}\nAbidjan`]);
    return pick([`${line1}, Abidjan`, `${line1}, ${box}`, `${line1}, Abidjan, Côte d’Ivoire`]);
  },
  ar_TN: (multiline) => {
    const [city, cityAr, zip, quarter, quarterAr] = pick(TN_PLACES);
    const [street, streetAr] = pick(TN_STREETS);
    const no = int(1, 180);
    if (chance(0.4)) {
      const line1 = `${no} ${streetAr}${chance(0.4) ? `، عمارة ${letter('ABC')}، شقة ${int(1, 30)}` : ''}، ${quarterAr}`;
      return multiline ? `${line1}\n${zip} ${cityAr}` : `${line1}، ${zip} ${cityAr}`;
    }
    const line1 = pick([`${no}, ${street}`, `Résidence ${pick(['Les Jasmins', 'El Andalous', 'Yasmine'])}, Bloc ${letter('ABC')}, Appt ${int(1, 40)}`, `${street}, km ${int(1, 12)}`]);
    return multiline ? `${line1}\n${quarter}\n${zip} ${city}` : pick([`${line1}, ${quarter}, ${zip} ${city}`, `${line1}, ${zip} ${city}`, `${line1}, ${city} ${zip}, Tunisie`]);
  },
  ko: (multiline) => {
    const [sido, short, gu, road, dong, guEn, roadEn] = pick(KO_PLACES);
    const zip = pad(int(1000, 63999), 5);
    const no = int(1, 500);
    const head = `${pick([sido, short])}${gu ? ` ${gu}` : ''}`;
    if (chance(0.1)) return `${int(2, 25)}F, ${no}, ${roadEn}, ${guEn}${chance(0.5) ? ` ${zip}` : ''}, Korea`;
    if (chance(0.2)) return `${head} ${dong} ${int(1, 2000)}-${int(1, 60)}${pick(['', ` ${pick(['래미안', '힐스테이트', '푸르지오', 'e편한세상'])} ${int(101, 125)}동 ${int(1, 30)}0${int(1, 6)}호`, ` ${int(1, 5)}층`])}`;
    const unit = pick(['', `, ${int(101, 125)}동 ${int(1, 30)}0${int(1, 6)}호`, `, ${int(2, 9)}층 ${int(201, 905)}호`, ` (${dong})`, `, ${int(101, 125)}동 ${int(1, 30)}0${int(1, 6)}호 (${dong}, ${pick(['래미안', '힐스테이트', '푸르지오'])})`]);
    const road1 = `${head} ${road}${chance(0.2) ? `${int(2, 60)}길` : ''} ${no}${unit}`;
    if (multiline) return pick([`(${zip})\n${road1}`, `${road1}\n(우 ${zip})`]);
    return pick([road1, road1, `(${zip}) ${road1}`, `[${zip}] ${road1}`]);
  },
};
const addressFor = (locale, multiline = false) => ADDRESS_MAKERS[locale](multiline);

// ---------------------------------------------------------------- dates of birth
const MONTHS = {
  af: ['Januarie', 'Februarie', 'Maart', 'April', 'Mei', 'Junie', 'Julie', 'Augustus', 'September', 'Oktober', 'November', 'Desember'],
  zu: ['uMasingana', 'uNhlolanja', 'uNdasa', 'uMbasa', 'uNhlaba', 'uNhlangulana', 'uNtulikazi', 'uNcwaba', 'uMandulo', 'uMfumfu', 'uLwezi', 'uZibandlela'],
  yo: ['Ṣẹ́rẹ́', 'Èrèlè', 'Ẹrẹ̀nà', 'Ìgbé', 'Ẹ̀bibi', 'Òkúdu', 'Agẹmọ', 'Ògún', 'Owewe', 'Ọ̀wàrà', 'Bélú', 'Ọ̀pẹ̀'],
  cy: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
  kmr: ['Çile', 'Sibat', 'Adar', 'Nîsan', 'Gulan', 'Hezîran', 'Tîrmeh', 'Tebax', 'Îlon', 'Cotmeh', 'Mijdar', 'Berfanbar'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
  bs: ['januara', 'februara', 'marta', 'aprila', 'maja', 'juna', 'jula', 'augusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
  prs: ['جنوری', 'فبروری', 'مارچ', 'اپریل', 'می', 'جون', 'جولای', 'اگست', 'سپتمبر', 'اکتوبر', 'نومبر', 'دسمبر'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  tn: ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};
function birthDate(locale) {
  const { y, m, d, dd, mm, yy } = birthDay(int, 1963, 2008);
  const forms = {
    af_NA: [`${dd}/${mm}/${y}`, `${d} ${MONTHS.af[m - 1]} ${y}`, `${y}-${mm}-${dd}`, `${d} ${MONTH_NAMES.en[m - 1]} ${y}`, `${dd}.${mm}.${y}`],
    zu_ZA: [`${y}/${mm}/${dd}`, `${y}-${mm}-${dd}`, `${d} ${MONTHS.zu[m - 1]} ${y}`, `${d} ${MONTH_NAMES.en[m - 1]} ${y}`, `${dd}/${mm}/${y}`],
    yo_NG: [`${dd}/${mm}/${y}`, `${ordinal(d)} ${MONTH_NAMES.en[m - 1]}, ${y}`, `${dd}-${MONTH_NAMES.enShort[m - 1]}-${y}`, `${d} ${MONTHS.yo[m - 1]} ${y}`, `${ordinal(d)} ${MONTH_NAMES.enShort[m - 1]}. ${y}`],
    cy_GB: [`${dd}/${mm}/${y}`, `${d} ${MONTHS.cy[m - 1]} ${y}`, `${d} ${MONTH_NAMES.en[m - 1]} ${y}`, `${ordinal(d)} ${MONTH_NAMES.en[m - 1]} ${y}`, `${dd}.${mm}.${yy}`],
    kmr_TR: [`${dd}.${mm}.${y}`, `${dd}.${mm}.${y}`, `${d} ${MONTHS.kmr[m - 1]} ${y}`, `${d} ${MONTHS.tr[m - 1]} ${y}`, `${dd}/${mm}/${y}`],
    hr_BA: [`${dd}.${mm}.${y}.`, `${d}. ${m}. ${y}.`, `${d}. ${MONTHS.bs[m - 1]} ${y}.`, `${dd}.${mm}.${y}`, `${d}.${m}.${y}. godine`],
    fa_AF: [`${dd}/${mm}/${y}`, persianDigits(`${y}/${mm}/${dd}`), `${persianDigits(String(d))} ${MONTHS.prs[m - 1]} ${persianDigits(String(y))}`, `${d} ${MONTH_NAMES.en[m - 1]} ${y}`, persianDigits(`${dd}/${mm}/${y}`)],
    nl_SR: [`${dd}-${mm}-${y}`, `${d} ${MONTHS.nl[m - 1]} ${y}`, `${dd}/${mm}/${y}`, `${d}-${m}-${y}`, `${dd}.${mm}.${y}`],
    fr_CI: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${d === 1 ? '1er' : d} ${MONTH_NAMES.fr[m - 1]} ${y}`, `${dd}-${mm}-${y}`, `${dd}.${mm}.${y}`],
    ar_TN: [`${dd}/${mm}/${y}`, `${d} ${MONTHS.tn[m - 1]} ${y}`, `${d === 1 ? '1er' : d} ${MONTH_NAMES.fr[m - 1]} ${y}`, `${dd}-${mm}-${y}`, `${y}/${mm}/${dd}`],
    ko: [`${y}년 ${m}월 ${d}일`, `${y}. ${m}. ${d}.`, `${y}.${mm}.${dd}`, `${y}-${mm}-${dd}`, `${yy}.${mm}.${dd}`, `${yy}년 ${mm}월 ${dd}일`, `${y}/${mm}/${dd}`, `${y}년${m}월${d}일`],
  }[locale];
  return pick(forms);
}
const DOB_LABELS = {
  en: ['Date of birth: ', 'D.O.B.: ', 'Born: ', 'Birthdate: '],
  af_NA: ['Geboortedatum: ', 'Gebore op ', 'Geb.: '], zu_ZA: ['Usuku lokuzalwa: ', 'Wazalwa ngo-', 'Date of birth: '], yo_NG: ['Ọjọ́ ìbí: ', 'Date of Birth: ', 'DOB: '],
  cy_GB: ['Dyddiad geni: ', 'Ganwyd: ', 'Dyddiad Geni: '], kmr_TR: ['Roja jidayikbûnê: ', 'Doğum tarihi: ', 'D. Tarihi: '], hr_BA: ['Datum rođenja: ', 'Rođen/a: ', 'Rođena: ', 'Rođen: '],
  fa_AF: ['تاریخ تولد: ', 'تولد: ', 'Date of birth: '], nl_SR: ['Geboortedatum: ', 'Geb. datum: ', 'Geboren op '], fr_CI: ['Date de naissance : ', 'Né(e) le ', 'Née le ', 'Né le '],
  ar_TN: ['تاريخ الولادة: ', 'Né(e) le ', 'Date de naissance : '], ko: ['생년월일: ', '생년월일 ', '출생: ', '생일 '],
};
const dobLabel = (locale) => pick(locale === 'ko' || chance(0.7) ? DOB_LABELS[locale] : DOB_LABELS.en);

// ---------------------------------------------------------------- ids the detector claims (held abroad, or a country's own)
const NEUTRAL_ID_LEADS = {
  af_NA: ['Vir die betaalstaat: ', 'For payroll: '], zu_ZA: ['For HR: ', 'Ye-HR: '], yo_NG: ['For payroll: ', 'HR file: '], cy_GB: ['Ar gyfer y gyflogres: ', 'For payroll: '],
  kmr_TR: ['Ji bo meaşê: ', 'Bordro için: '], hr_BA: ['Za obračun plaće: ', 'Za kadrovsku: '], fa_AF: ['برای بخش معاشات: ', 'For HR: '], nl_SR: ['Voor de salarisadministratie: ', 'Voor HR: '],
  fr_CI: ['Pour la paie : ', 'Dossier RH : '], ar_TN: ['Pour la paie : ', 'لمصلحة الأجور: '],
};
/** [cue, value, type] of an id of a claimed type that a person from `locale` plausibly holds. */
function claimedId(locale, p) {
  const named = chance(0.7);
  const say = (cues) => (named ? pick(cues) : pick(NEUTRAL_ID_LEADS[locale]));
  const choices = {
    af_NA: [() => [say(['Steuer-ID (Duitsland): ', 'Duitse Steuer-ID: ']), steuerId(), 'DE_TAX_ID'], () => [say(['UK NI number: ', 'National Insurance no. ']), nino(), 'UK_NINO'], () => [say(['NIE (Spanje): ', 'NIE: ']), dni(), 'ES_DNI']],
    zu_ZA: [() => [say(['UK NI number: ', 'National Insurance: ']), nino(), 'UK_NINO'], () => [say(['PAN (India): ', 'Indian PAN: ']), pan(p.latinLast), 'IN_PAN'], () => [say(['Aadhaar: ', 'Aadhaar no. ']), aadhaar(), 'IN_AADHAAR'], () => [say(['US SSN: ', 'Social Security no. ']), ssn(), 'US_SSN']],
    yo_NG: [() => [say(['UK NI number: ', 'NINO: ']), nino(), 'UK_NINO'], () => [say(['Canadian SIN: ', 'SIN: ']), sin(), 'CA_SIN'], () => [say(['US SSN: ', 'SSN: ']), ssn(), 'US_SSN'], () => [say(['Spouse’s Chinese ID (居民身份证): ', '身份证号: ']), chineseId(), 'CN_RESIDENT_ID']],
    cy_GB: [() => [say(['Rhif Yswiriant Gwladol: ', 'National Insurance number: ', 'NI No: ']), nino(), 'UK_NINO'], () => [say(['Rhif Yswiriant Gwladol: ', 'NINO: ']), nino(), 'UK_NINO'], () => [say(['My Number (Japan, from my JET years): ', 'マイナンバー: ']), myNumber(), 'JP_MY_NUMBER']],
    kmr_TR: [() => [say(['Steuer-ID: ', 'Steuerliche ID (Almanya): ']), steuerId(), 'DE_TAX_ID'], () => [say(['BSN (Hollanda): ', 'BSN: ']), bsn(), 'NL_BSN'], () => [say(['N° de sécurité sociale (Fransa): ', 'NIR: ']), nir(), 'FR_NIR']],
    hr_BA: [() => [say(['Steuer-ID (Njemačka): ', 'Steuer-ID: ']), steuerId(), 'DE_TAX_ID'], () => [say(['Codice fiscale (Italija): ', 'C.F.: ']), codiceFiscale(p.latinFirst, p.latinLast), 'IT_FISCAL_CODE'], () => [say(['NIE (Španija): ', 'NIE: ']), dni(), 'ES_DNI']],
    fa_AF: [() => [say(['Steuer-ID: ', 'Steuer-ID (آلمان): ']), steuerId(), 'DE_TAX_ID'], () => [say(['US SSN: ', 'SSN: ']), ssn(), 'US_SSN'], () => [say(['UK NI number: ', 'NINO: ']), nino(), 'UK_NINO'], () => [say(['Aadhaar (India): ', 'Aadhaar: ']), aadhaar(), 'IN_AADHAAR']],
    nl_SR: [() => [say(['BSN (Nederland): ', 'BSN: ', 'Burgerservicenummer: ']), bsn(), 'NL_BSN'], () => [say(['BSN (Nederland): ', 'Sofinummer/BSN: ']), bsn(), 'NL_BSN'], () => [say(['US SSN: ', 'SSN: ']), ssn(), 'US_SSN']],
    fr_CI: [() => [say(['N° de sécurité sociale (France) : ', 'NIR : ']), nir(), 'FR_NIR'], () => [say(['NAS (Canada) : ', 'SIN : ']), sin(), 'CA_SIN'], () => [say(['Codice fiscale : ', 'Code fiscal italien : ']), codiceFiscale(p.latinFirst, p.latinLast), 'IT_FISCAL_CODE']],
    ar_TN: [() => [say(['Codice fiscale (Italia) : ', 'C.F. : ']), codiceFiscale(p.latinFirst, p.latinLast), 'IT_FISCAL_CODE'], () => [say(['N° de sécurité sociale (France) : ', 'NIR : ']), nir(), 'FR_NIR'], () => [say(['NIE (España) : ', 'NIE : ']), dni(), 'ES_DNI'], () => [say(['Steuer-ID : ', 'Steuer-ID (Allemagne) : ']), steuerId(), 'DE_TAX_ID']],
  };
  if (locale === 'ko') {
    const type = chance(0.7) ? 'KR_RRN' : 'KR_FRN';
    const cue = type === 'KR_RRN' ? pick(['주민등록번호: ', '주민등록번호 ', '주민번호: ', '주민번호 ', '주민등록번호(13자리): ']) : pick(['외국인등록번호: ', '외국인등록번호 ', '외국인등록증 번호: ']);
    return [named ? cue : pick(['본인 확인: ', '인사기록용 ', '원천징수용 ']), krWritten(registration(type)), type];
  }
  return pick(choices[locale])();
}
function passportOf(locale) {
  const value = {
    af_NA: () => `P${letter('ABC')}${digits(7)}`, zu_ZA: () => `A${digits(8)}`, yo_NG: () => `${letter('ABD')}${digits(8)}`, cy_GB: () => `${int(1, 5)}${digits(8)}`, kmr_TR: () => `U${digits(8)}`, hr_BA: () => `${letter('ABC')}${digits(7)}`,
    fa_AF: () => `P${digits(8)}`, nl_SR: () => `${letter('RS')}${digits(6)}`, fr_CI: () => `${pad(int(15, 25), 2)}${letter()}${letter()}${digits(5)}`, ar_TN: () => `${letter('XYZ')}${digits(6)}`,
    ko: () => (chance(0.5) ? `M${digits(8)}` : `${letter('MS')}${digits(3)}${letter('ABCDEFGHJKLMNPQRSTUVWXYZ')}${digits(4)}`),
  }[locale]();
  const cues = {
    af_NA: ['Paspoortnommer: ', 'Paspoort nr. '], zu_ZA: ['Inombolo yephasiphothi: ', 'Passport number: '], yo_NG: ['International Passport No: ', 'Passport No. '], cy_GB: ['Rhif pasbort: ', 'Passport no. '],
    kmr_TR: ['Hejmara pasaportê: ', 'Pasaport No: '], hr_BA: ['Broj pasoša: ', 'Pasoš br. '], fa_AF: ['شماره پاسپورت: ', 'Passport No: '], nl_SR: ['Paspoortnummer: ', 'Paspoort nr. '],
    fr_CI: ['N° de passeport : ', 'Passeport n° '], ar_TN: ['رقم جواز السفر: ', 'Passeport n° '], ko: ['여권번호: ', '여권 번호 ', '여권번호 '],
  }[locale];
  return [chance(0.75) ? pick(cues) : pick(['Passport: ', 'Passport No.: ', 'Travel document: ']), value];
}
/** The five letters of a DVLA licence number made from a surname (padded with 9s). */
const dvlaSurname = (surname) => `${ascii(surname).toUpperCase()}99999`.slice(0, 5);
/** [cue, value] of a driving licence whose number is not a national id, or null (no number is written then). */
function licenceOf(locale, p) {
  const make = {
    cy_GB: () => {
      const { y, m, d } = birthDay(int, 1965, 2006);
      const initials = `${ascii(p.latinFirst).toUpperCase()[0] ?? 'X'}${letter('ABCDEGHJLMNPRSTW9')}`;
      return `${dvlaSurname(p.latinLast)}${String(y).at(-2)}${pad(m + (chance(0.5) ? 50 : 0), 2)}${pad(d, 2)}${String(y).at(-1)}${initials}${int(0, 9)}${letter()}${letter()}`;
    },
    yo_NG: () => `${pick(['LAG', 'KJA', 'OYO', 'ABJ', 'OGN'])}${digits(5)}${letter()}${letter()}${digits(2)}`,
    zu_ZA: () => `${digits(4)}${digits(4)}${letter()}${letter()}${letter()}${letter()}`,
    af_NA: () => `${digits(8)}${letter()}${letter()}`,
    fr_CI: () => `CI${digits(3)}${letter()}${digits(6)}`,
    ar_TN: () => `${pad(int(1, 99), 2)}/${digits(6)}`,
    nl_SR: () => `${letter('ABDE')}${digits(6)}`,
    ko: () => `${pick(['서울 ', '부산 ', '경기 ', '11-', '12-', '13-', '14-', '15-', '24-', '26-', '28-'])}${digits(2)}-${digits(6)}-${digits(2)}`,
  }[locale];
  if (!make) return null;
  const cue = {
    cy_GB: ['Rhif trwydded yrru: ', 'Driving licence no: '], yo_NG: ["Driver's Licence No: ", 'FRSC licence no. '], zu_ZA: ["Driver's licence no. ", 'Ilayisense lokushayela: '], af_NA: ['Rybewysnommer: ', "Driver's licence no. "],
    fr_CI: ['Permis de conduire n° ', 'N° permis : '], ar_TN: ['رقم رخصة السياقة: ', 'Permis n° '], nl_SR: ['Rijbewijsnummer: ', 'Rijbewijs nr. '], ko: ['운전면허번호: ', '면허번호 ', '운전면허 '],
  }[locale];
  return [chance(0.75) ? pick(cue) : pick(['Driving licence: ', "Driver's license: "]), make()];
}
const LICENCE_WITHOUT_NUMBER = { kmr_TR: 'Ehliyet: B sınıfı', hr_BA: 'Vozačka dozvola B kategorije', fa_AF: 'لایسنس رانندگی: دارم (درجه ۲)' };

// ---------------------------------------------------------------- banking
const IBANS = {
  GB: () => `${pick(['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK'])}${digits(6)}${digits(8)}`,
  TR: () => `${pick(['00010', '00012', '00046', '00064', '00067'])}0${digits(16)}`,
  BA: () => `${pick(['161', '338', '134', '154'])}${digits(3)}${digits(8)}${digits(2)}`,
  TN: () => `${pick(['01', '03', '04', '08', '10', '25'])}${digits(3)}${digits(13)}${digits(2)}`,
};
const IBAN_LOCALE = { cy_GB: 'GB', kmr_TR: 'TR', hr_BA: 'BA', ar_TN: 'TN' };
function ibanFor(country) {
  const compact = ibanOf(country, IBANS[country]());
  const spaced = compact.match(/.{1,4}/gu).join(' ');
  return pick([spaced, spaced, compact]);
}
/** [lead-in, account, trailer] of a domestic account; only the account number is labelled (an Ivorian RIB whole, as it is given for a transfer). */
function accountOf(locale) {
  switch (locale) {
    case 'af_NA':
      return pick([[`${pick(['FNB Namibia', 'Bank Windhoek', 'Standard Bank Namibia', 'Nedbank Namibia'])} rekeningnommer: `, pick([digits(11), digits(10), `${digits(4)} ${digits(3)} ${digits(3)}`]), `, takkode ${digits(6)}`], ['Account no. ', digits(11), ` (${pick(['Bank Windhoek, Maerua', 'FNB, Swakopmund'])})`]]);
    case 'zu_ZA':
      return pick([[`${pick(['Capitec', 'FNB', 'Standard Bank', 'Absa', 'Nedbank', 'TymeBank'])} account no. `, pick([digits(10), digits(11), `${digits(4)} ${digits(3)} ${digits(3)}`]), `, branch code ${pick(['470010', '250655', '051001', '632005', '198765'])}`], ['Inombolo ye-akhawunti: ', digits(10), ` (${pick(['Capitec', 'FNB'])})`]]);
    case 'yo_NG':
      return pick([[`${pick(['GTBank', 'Access Bank', 'First Bank', 'Zenith Bank', 'UBA', 'Opay', 'Moniepoint'])} `, digits(10), ''], ['Account Number (NUBAN): ', digits(10), ` — ${pick(['GTBank', 'Wema Bank', 'Sterling Bank'])}`], ['Nọ́mbà àkáǹtì: ', digits(10), '']]);
    case 'fa_AF':
      return pick([[`${pick(['AIB', 'Azizi Bank', 'Afghanistan International Bank', 'Ghazanfar Bank'])} account no. `, pick([digits(13), `${digits(4)}-${digits(9)}`, digits(10)]), ''], ['شماره حساب بانکی: ', digits(13), ` (${pick(['عزیزی بانک', 'بانک بین‌المللی افغانستان'])})`]]);
    case 'nl_SR':
      return pick([[`${pick(['DSB', 'Hakrinbank', 'Finabank', 'Republic Bank'])} rekening `, pick([digits(9), digits(7), `${digits(3)}.${digits(3)}.${digits(3)}`]), ` (${pick(['SRD', 'USD', 'EUR'])})`], ['Rekeningnummer: ', digits(9), ' t.n.v. mijzelf']]);
    case 'fr_CI':
      return pick([['RIB : ', `CI${digits(3)} ${digits(5)} ${digits(12)} ${digits(2)}`, ` (${pick(['SGCI', 'NSIA Banque', 'Ecobank CI', 'SIB'])})`], [`Compte ${pick(['SGCI', 'BICICI', 'Banque Atlantique'])} n° `, `${digits(11)}-${digits(2)}`, '']]);
    case 'ko':
      return pick([['국민은행 ', `${digits(6)}-${digits(2)}-${digits(6)}`, ''], ['신한은행 ', `110-${digits(3)}-${digits(6)}`, ''], ['카카오뱅크 ', `3333-${digits(2)}-${digits(7)}`, ''], ['토스뱅크 ', `1000-${digits(4)}-${digits(4)}`, ''], ['농협 ', `${digits(3)}-${digits(4)}-${digits(4)}-${digits(2)}`, ''], ['기업은행 ', `${digits(3)}-${digits(6)}-${digits(2)}-${digits(3)}`, ''], ['우체국 ', `${digits(6)}-${digits(2)}-${digits(6)}`, '']]);
    default:
      return null;
  }
}
/** A payment line: the country's IBAN (Wales, Turkey, Bosnia, Tunisia), a domestic account, or mobile money (Côte d'Ivoire, Afghanistan), whose number is a PHONE. */
function payTo(d, locale) {
  const country = IBAN_LOCALE[locale];
  if (country && (country !== 'GB' || chance(0.35))) {
    const cue = { GB: ['IBAN: ', 'IBAN (for transfers from abroad): '], TR: ['IBAN: ', 'IBAN no: '], BA: ['IBAN: ', 'Transakcijski račun (IBAN): '], TN: ['IBAN : ', 'RIB/IBAN : '] }[country];
    d.add(pick(cue)).entity('IBAN', ibanFor(country));
    return;
  }
  if (country === 'GB') {
    d.add(`${pick(['Sort code', 'Cod didoli'])} ${digits(2)}-${digits(2)}-${digits(2)}, ${pick(['account', 'rhif cyfrif'])} `).entity('BANK_ACCOUNT', digits(8));
    return;
  }
  if ((locale === 'fr_CI' || locale === 'fa_AF') && chance(0.25)) {
    d.add(locale === 'fr_CI' ? pick(['Orange Money ', 'MTN MoMo ', 'Wave ']) : pick(['M-Paisa ', 'HesabPay '])).entity('PHONE', phoneFor(locale));
    return;
  }
  const [lead, value, trail] = accountOf(locale);
  d.add(lead).entity('BANK_ACCOUNT', value).add(trail);
}

// ---------------------------------------------------------------- people, companies and e-mails
for (const f of [fakerAF_ZA, fakerZU_ZA, fakerYO_NG, fakerHR, fakerNL, fakerFR]) f.seed(SEED);
const FAKERS = { af_NA: fakerAF_ZA, zu_ZA: fakerZU_ZA, yo_NG: fakerYO_NG, hr_BA: fakerHR, nl_SR: fakerNL };
/** [name as written, given name in Latin letters, family name in Latin letters] where faker has no names of the place. */
const NAME_LISTS = {
  cy_GB: [['Rhys ap Dafydd', 'Rhys', 'ap Dafydd'], ['Gwenllian Pritchard', 'Gwenllian', 'Pritchard'], ['Iolo Llywelyn', 'Iolo', 'Llywelyn'], ['Ffion Jones', 'Ffion', 'Jones'], ['Dafydd Huws', 'Dafydd', 'Huws'], ['Elin Wyn Roberts', 'Elin', 'Roberts'], ['Owain Griffiths', 'Owain', 'Griffiths'], ['Cerys Morgan', 'Cerys', 'Morgan'], ['Siôn Evans', 'Sion', 'Evans'], ['Lowri Prys', 'Lowri', 'Prys']],
  kmr_TR: [['Rojda Aslan', 'Rojda', 'Aslan'], ['Berfin Yıldız', 'Berfin', 'Yildiz'], ['Welat Demir', 'Welat', 'Demir'], ['Azad Kaya', 'Azad', 'Kaya'], ['Zozan Çelik', 'Zozan', 'Celik'], ['Baran Özdemir', 'Baran', 'Ozdemir'], ['Hêvî Tekin', 'Hevi', 'Tekin'], ['Rênas Doğan', 'Renas', 'Dogan'], ['Jiyan Polat', 'Jiyan', 'Polat']],
  fa_AF: [['احمد شاه رحیمی', 'Ahmad Shah', 'Rahimi'], ['فرشته نوری', 'Fereshta', 'Noori'], ['محمد ادریس صافی', 'Mohammad Idris', 'Safi'], ['مریم حیدری', 'Maryam', 'Haidari'], ['Sayed Jawad Hashimi', 'Sayed Jawad', 'Hashimi'], ['زهره سادات', 'Zohra', 'Sadat'], ['Habib Ahmadzai', 'Habib', 'Ahmadzai'], ['نجیب الله کریمی', 'Najibullah', 'Karimi']],
  fr_CI: [['Kouassi Yao Serge', 'Serge', 'Kouassi'], ['Aya Koné', 'Aya', 'Kone'], ["Konan N'Guessan", 'Konan', 'Nguessan'], ['Mariam Traoré', 'Mariam', 'Traore'], ['Ahoua Bamba', 'Ahoua', 'Bamba'], ['Adjoua Kouamé', 'Adjoua', 'Kouame'], ['Didier Gbagbo Tapé', 'Didier', 'Tape'], ['Fatou Ouattara', 'Fatou', 'Ouattara'], ['Yapi Assi Clarisse', 'Clarisse', 'Yapi']],
  ar_TN: [['محمد أمين الطرابلسي', 'Mohamed Amine', 'Trabelsi'], ['Sarra Ben Salah', 'Sarra', 'Ben Salah'], ['أميرة الجبالي', 'Amira', 'Jebali'], ['Oussama Mejri', 'Oussama', 'Mejri'], ['Ines Gharbi', 'Ines', 'Gharbi'], ['يوسف الشابي', 'Youssef', 'Chebbi'], ['Rym Hammami', 'Rym', 'Hammami'], ['Skander Bouazizi', 'Skander', 'Bouazizi']],
  ko: [['권서윤', 'Seoyun', 'Kwon'], ['백도현', 'Dohyun', 'Baek'], ['황보민지', 'Minji', 'Hwangbo'], ['전하준', 'Hajun', 'Jeon'], ['서지안', 'Jian', 'Seo'], ['고은채', 'Eunchae', 'Ko'], ['신우진', 'Woojin', 'Shin'], ['오나연', 'Nayeon', 'Oh'], ['차은호', 'Eunho', 'Cha'], ['노아름', 'Areum', 'Noh'], ['양시온', 'Sion', 'Yang'], ['탁민재', 'Minjae', 'Tak']],
};
const SR_SURNAMES = ['Ramdin', 'Sewdien', 'Pinas', 'Kartosen', 'Bouterse', 'Jairam', 'Amatali', 'Wongsodikromo', 'Tjon A Fong', 'Brunings'];
const MAIL_DOMAINS = {
  af_NA: ['gmail.com', 'iway.na', 'mweb.com.na', 'yahoo.com'], zu_ZA: ['gmail.com', 'webmail.co.za', 'yahoo.com', 'outlook.com'], yo_NG: ['gmail.com', 'yahoo.com', 'outlook.com'], cy_GB: ['gmail.com', 'btinternet.com', 'outlook.com', 'hotmail.co.uk'],
  kmr_TR: ['gmail.com', 'hotmail.com', 'yandex.com'], hr_BA: ['gmail.com', 'bih.net.ba', 'hotmail.com', 'yahoo.com'], fa_AF: ['gmail.com', 'yahoo.com', 'outlook.com'], nl_SR: ['gmail.com', 'sr.net', 'hotmail.com'],
  fr_CI: ['gmail.com', 'yahoo.fr', 'hotmail.fr', 'aviso.ci'], ar_TN: ['gmail.com', 'topnet.tn', 'yahoo.fr', 'planet.tn'], ko: ['naver.com', 'gmail.com', 'daum.net', 'kakao.com', 'nate.com'],
};
function person(locale) {
  let name, latinFirst, latinLast;
  if (NAME_LISTS[locale]) {
    [name, latinFirst, latinLast] = pick(NAME_LISTS[locale]);
    if (locale !== 'ko' && chance(0.15)) name = `${latinFirst} ${latinLast}`;
  } else {
    const f = locale === 'fr_CI' ? fakerFR : FAKERS[locale];
    latinFirst = f.person.firstName();
    latinLast = locale === 'nl_SR' && chance(0.6) ? pick(SR_SURNAMES) : f.person.lastName();
    name = locale === 'yo_NG' && chance(0.3) ? `${latinLast.toUpperCase()} ${latinFirst}` : `${latinFirst} ${latinLast}`;
  }
  const first = ascii(latinFirst).toLowerCase() || 'sam';
  const last = ascii(latinLast).toLowerCase() || 'lee';
  const local = pick([`${first}.${last}`, `${first}${last}`, `${first[0]}.${last}`, `${last}${first[0]}`, `${first}_${last}${int(1, 99)}`, `${first}${int(1975, 2008)}`, `${last}.${first}`]);
  return { name, latinFirst, latinLast, roman: `${latinFirst} ${latinLast}`, email: `${local}@${pick(MAIL_DOMAINS[locale])}` };
}
const EMPLOYERS = {
  af_NA: ['Namib Mills (Pty) Ltd', 'Kalahari Data Services', 'Skeleton Coast Logistics CC', 'Etosha Engineering'], zu_ZA: ['Thekwini Freight (Pty) Ltd', 'Ukhozi Digital', 'Zulu Coast Foods', 'Drakensberg Mining Services'],
  yo_NG: ['Eko Fintech Ltd', 'Ibadan Agro Processing', 'Oduduwa Logistics', 'Lekki Health Partners'], cy_GB: ['Menai Software Cyf', 'Teifi Energy Ltd', 'Cwmni Data Cymru', 'Severn Logistics'],
  kmr_TR: ['Dicle Tekstil A.Ş.', 'Mezopotamya Yazılım', 'Van Gölü Lojistik', 'Zagros İnşaat Ltd. Şti.'], hr_BA: ['Bosna Soft d.o.o.', 'Neretva Logistika d.o.o.', 'Una Energija d.d.', 'Vrbas Mlin d.o.o.'],
  fa_AF: ['Hindu Kush Consulting', 'Kabul Logistics Services', 'Aria Telecom', 'Herat Saffron Co.'], nl_SR: ['Saramacca Data N.V.', 'Suriname Timber N.V.', 'Marowijne Logistics', 'Kwatta Foods N.V.'],
  fr_CI: ['Lagune Digital SARL', 'Cacao Ivoire SA', 'Ébrié Logistique', 'Comoé Conseil'], ar_TN: ['Carthage Software SARL', 'Sahel Logistique SA', 'Medina Conseil', 'Djerba Agro SA'],
  ko: ['(주)누리테크', '한빛물산 주식회사', '(주)솔트웨어', '미르바이오', '(주)다올에너지'],
};
const employerOf = (locale) => pick(EMPLOYERS[locale]);
const domainOf = (company) => {
  const name = ascii(company.replace(/\b(?:Ltd|Pty|CC|Cyf|SA|SARL|N\.V|Co|d\.o\.o|d\.d|A\.Ş|Şti)\b/gu, '')).toLowerCase().slice(0, 12);
  return `${name.length >= 4 ? name : pick(['staffline', 'hirebase', 'peoplenet'])}.${pick(['com', 'co', 'net'])}`;
};
const officeEmail = (p, domain) => `${pick([ascii(p.latinFirst).toLowerCase() || 'hr', 'careers', 'hr', 'payroll', 'housing', 'members'])}@${domain}`;

// ---------------------------------------------------------------- words of each language
const WORDS = {
  af_NA: { phone: 'Tel.', mobile: 'Sel', email: 'E-pos', address: 'Adres', hi: 'Goeie dag', bye: 'Vriendelike groete' },
  zu_ZA: { phone: 'Ucingo', mobile: 'Iselula', email: 'I-imeyili', address: 'Ikheli', hi: 'Sawubona', bye: 'Ngiyabonga' },
  yo_NG: { phone: 'Tel', mobile: 'Nọ́mbà fóònù', email: 'Email', address: 'Àdírẹ́sì', hi: 'Ẹ kú àárọ̀', bye: 'Yours faithfully' },
  cy_GB: { phone: 'Ffôn', mobile: 'Ffôn symudol', email: 'E-bost', address: 'Cyfeiriad', hi: 'Annwyl Syr neu Fadam', bye: 'Yn gywir' },
  kmr_TR: { phone: 'Telefon', mobile: 'Cep', email: 'E-name', address: 'Navnîşan', hi: 'Rojbaş', bye: 'Bi rêz û silav' },
  hr_BA: { phone: 'Tel.', mobile: 'Mob.', email: 'E-mail', address: 'Adresa', hi: 'Poštovani', bye: 'S poštovanjem' },
  fa_AF: { phone: 'تلفون', mobile: 'مبایل', email: 'ایمیل', address: 'آدرس', hi: 'سلام', bye: 'با احترام' },
  nl_SR: { phone: 'Tel.', mobile: 'Mob.', email: 'E-mail', address: 'Adres', hi: 'Geachte heer/mevrouw', bye: 'Met vriendelijke groet' },
  fr_CI: { phone: 'Tél.', mobile: 'Cel', email: 'E-mail', address: 'Adresse', hi: 'Bonjour', bye: 'Cordialement' },
  ar_TN: { phone: 'الهاتف', mobile: 'GSM', email: 'البريد الإلكتروني', address: 'العنوان', hi: 'Bonjour', bye: 'Cordialement' },
};
const ENGLISH = { phone: 'Phone', mobile: 'Mobile', email: 'Email', address: 'Address' };
const say = (locale, key) => (chance(0.65) ? WORDS[locale][key] : ENGLISH[key]);
const NATIONALITY = { af_NA: 'Namibian', zu_ZA: 'South African', yo_NG: 'Nigerian', cy_GB: 'British (Welsh)', kmr_TR: 'Turkish', hr_BA: 'Bosnian', fa_AF: 'Afghan', nl_SR: 'Surinamese', fr_CI: 'Ivoirienne', ar_TN: 'Tunisienne' };
const CURRENCY = { af_NA: 'NAD', zu_ZA: 'ZAR', yo_NG: 'NGN', cy_GB: 'GBP', kmr_TR: 'TRY', hr_BA: 'BAM', fa_AF: 'AFN', nl_SR: 'SRD', fr_CI: 'XOF', ar_TN: 'TND' };

// ---------------------------------------------------------------- hard negatives
const COMPANY_NUMBERS = {
  af_NA: () => pick([`Reg. No. CC/${int(2005, 2025)}/${digits(5)}`, `VAT ${nz(7)}-01-5`, `SSC employer no. ${nz(7)}`]),
  zu_ZA: () => pick([`Reg. No. ${int(2005, 2025)}/${digits(6)}/07`, `VAT No. 4${digits(9)}`, `B-BBEE Level ${int(1, 4)}`, `UIF ref. U${digits(8)}`]),
  yo_NG: () => pick([`RC ${int(100000, 1999999)}`, `TIN ${nz(8)}-0001`, `BN ${int(1000000, 3999999)}`]),
  cy_GB: () => pick([`Rhif cwmni ${pad(int(1, 16999999), 8)}`, `Company No. ${pad(int(1, 16999999), 8)}`, `VAT GB ${nz(3)} ${digits(4)} ${digits(2)}`]),
  kmr_TR: () => pick([`Vergi No: ${nz(10)}`, `MERSİS No: 0${digits(15)}`, `Ticaret Sicil No: ${int(10000, 99999)}`]),
  hr_BA: () => pick([`ID broj 4${pick(['2', '4'])}${pick(['00', '13', '14', '19'])}${digits(9)}`, `PDV broj ${nz(12)}`, `Reg. br. 65-01-${pad(int(1, 9999), 4)}-${int(10, 24)}`]),
  fa_AF: () => pick([`TIN ${nz(10)}`, `AISA licence D-${int(10000, 99999)}`, `جواز شرکت ${persianDigits(String(int(1000, 99999)))}`]),
  nl_SR: () => pick([`KKF-nr. ${int(10000, 89999)}`, `CBB-nr. ${nz(9)}`, `Vestigingsnr. ${digits(5)}`]),
  fr_CI: () => pick([`RCCM CI-ABJ-${int(2010, 2025)}-B-${int(1000, 40000)}`, `NCC ${nz(7)}${letter()}`, `CNPS employeur ${nz(6)}`]),
  ar_TN: () => pick([`MF ${nz(7)}/${letter()}/${letter('AMNP')}/000`, `RNE ${nz(7)}${letter()}`, `CNSS employeur ${nz(8)}`]),
};
const SALARIES = {
  af_NA: () => pick([`N$ ${int(15, 60)} 000 per maand`, `NAD ${int(180, 720)} 000 p.j.`]), zu_ZA: () => pick([`R${int(18, 95)} 000 pm`, `R ${int(250, 1200)}k CTC`]), yo_NG: () => pick([`₦${int(250, 2500)},000 monthly`, `NGN ${int(3, 30)}m per annum`]),
  cy_GB: () => pick([`£${int(24, 75)},000 y flwyddyn`, `£${int(24, 75)}k pro rata`]), kmr_TR: () => pick([`${int(25, 120)}.000 TL net`, `aylık ${int(30, 150)} bin TL`]), hr_BA: () => pick([`${int(1200, 4500)} KM neto`, `BAM ${int(1500, 5000)} mjesečno`]),
  fa_AF: () => pick([`${int(15, 90)},000 AFN`, `USD ${int(400, 2500)} per month`]), nl_SR: () => pick([`SRD ${int(8, 45)}.000 per maand`, `USD ${int(600, 3000)} netto`]), fr_CI: () => pick([`${int(250, 1800)} 000 FCFA net`, `XOF ${int(3, 25)} millions/an`]),
  ar_TN: () => pick([`${int(1200, 6000)} DT net`, `${int(1500, 7000)} دينار شهريا`]),
};
const PLACES_IN_PROSE = {
  af_NA: 'Ons kantoor is oorkant die Christuskirche.', zu_ZA: 'Sitholakala eduze kwe-Moses Mabhida Stadium.', yo_NG: 'Our office is close to the Cocoa House in Ibadan.', cy_GB: 'Mae’r swyddfa ger Castell Caerdydd.',
  kmr_TR: 'Ofîs li nêzîkî Dîwarên Amedê ye.', hr_BA: 'Kancelarija je preko puta Vijećnice.', fa_AF: 'دفتر ما نزدیک باغ بابر است.', nl_SR: 'Het kantoor ligt naast het Onafhankelijkheidsplein.',
  fr_CI: 'Nos bureaux sont face à la cathédrale Saint-Paul du Plateau.', ar_TN: 'Nos bureaux sont près de la place Barcelone.',
};
/** A sentence with numbers or places that are not personal data. */
function negativeLine(locale) {
  return pick([
    () => `Job ref. ${letter()}${letter()}-${int(2026, 2027)}-${digits(3)}.`,
    () => `Invoice ${int(2026, 2027)}/${digits(5)}.`,
    () => `Quote no. Q${digits(6)}, valid ${int(14, 30)} days.`,
    () => `Cohort ${int(2026, 2027)}, intake ${pick(['A', 'B'])}.`,
    () => `${COMPANY_NUMBERS[locale]()}.`,
    () => `Pay range: ${SALARIES[locale]()}.`,
    () => PLACES_IN_PROSE[locale],
    () => `Volume: ${int(8, 45)} m³, ${int(20, 90)} boxes, truck ${int(3, 12)} t.`,
    () => `Membership grade ${pick(['Associate', 'Member', 'Fellow'])}, fee ${int(50, 400)} ${CURRENCY[locale]}.`,
    () => `Flat ${int(1, 9)}${letter('ABCD')} of block ${int(1, 12)} requested, ${int(1, 3)} bedrooms.`,
    () => `Chat exported ${int(1, 28)}/${int(1, 12)}/2026, ${int(10, 400)} messages.`,
    () => `Union branch ${int(100, 999)}, dues ${int(1, 2)}%.`,
    () => `Shift ${pad(int(6, 14), 2)}:00–${int(15, 22)}:00, ${int(3, 6)} days a week.`,
    () => `Course code ${letter()}${letter()}${letter()}${int(100, 499)}.`,
    () => `Scan ${int(1, 3)}/${int(3, 4)}, ${int(150, 600)} dpi.`,
  ])();
}
const KO_NEGATIVES = [
  () => `결재번호 ${int(2026, 2027)}-총무-${digits(5)}`,
  () => `사원번호 ${letter('ABCDEFGHJKLMNPRSTUVW')}${int(2015, 2026)}${digits(3)}`,
  () => `신청번호 ${digits(4)}-${digits(6)}`,
  () => `지원금액 ${int(50, 900)}만 원`,
  () => `대출한도 ${int(1, 9)}천만 원 (연 ${int(1, 4)}.${int(0, 9)}%)`,
  () => `조합원 번호 U-${digits(6)}`,
  () => `학번 ${int(2019, 2026)}${digits(5)}`,
  () => `법인등록번호 ${pick(['110111', '134811', '160111', '284211', '200111', '176011'])}-0${digits(6)} (회사)`,
  () => `사업자등록번호 ${businessRegistrationNumber()}`,
  () => `사원증 카드번호 ${digits(4)} ${digits(4)}`,
  () => `회신기한 2027. 1. ${int(2, 29)}.`,
  () => `경조휴가 ${int(1, 5)}일`,
  () => `승인번호 ${digits(8)}`,
];
const koreanNegative = () => pick(KO_NEGATIVES)();

// ---------------------------------------------------------------- small builders
/** A label and its value on one line, the label over the value, or the value alone. */
function labelled(d, label, type, value) {
  const form = int(1, 10);
  if (form <= 7) d.add(label);
  else if (form <= 9) d.add(`${label.replace(/[:：]\s*$/u, '')}\n`);
  d.entity(type, value).add('\n');
}
/** An id of a claimed type, a passport or a driving licence, after `lead`. */
function anIdentifier(d, locale, p, lead) {
  const r = int(1, 10);
  const licence = licenceOf(locale, p);
  if (r <= 5) {
    const [cue, value, type] = claimedId(locale, p);
    d.add(`${lead}${cue}`).entity(type, value);
  } else if (r <= 8 || !licence) {
    const [cue, value] = passportOf(locale);
    d.add(`${lead}${cue}`).entity('PASSPORT', value);
  } else d.add(`${lead}${licence[0]}`).entity('DRIVER_LICENSE', licence[1]);
}
const dayOf2026 = () => `${int(1, 28)} ${MONTH_NAMES.en[int(0, 11)]} ${pick(['2026', '2027'])}`;

// ---------------------------------------------------------------- document kinds (ten locales)
const KINDS = {
  /** The personal-details block of a CV, in the writer's language or English, some rows without a label (nationality · birth date · status). */
  cvPersonalDetails(d, locale, p) {
    d.add(`${pick(['PERSONAL DETAILS', 'Personal information', 'Personalia'])}\n${p.name}\n`);
    const rows = shuffle([
      () => labelled(d, `${say(locale, 'address')}: `, 'ADDRESS', addressFor(locale, chance(0.4))),
      () => labelled(d, `${say(locale, 'mobile')}: `, 'PHONE', phoneFor(locale)),
      () => d.entity('EMAIL', p.email).add('\n'),
      () => (chance(0.5) ? d.add(dobLabel(locale)).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n') : d.add(`${NATIONALITY[locale]} · `).entity('DATE_OF_BIRTH', birthDate(locale)).add(` · ${pick(['single', 'married', 'two children'])}\n`)),
      () => {
        const licence = licenceOf(locale, p);
        if (licence && chance(0.5)) d.add(licence[0]).entity('DRIVER_LICENSE', licence[1]).add('\n');
        else d.add(`${LICENCE_WITHOUT_NUMBER[locale] ?? pick(["Driver's licence: code B", 'Own transport'])}\n`);
      },
      () => {
        if (chance(0.3)) anIdentifier(d, locale, p, '');
        else d.add(negativeLine(locale));
        d.add('\n');
      },
      () => (chance(0.3) ? d.add(`${say(locale, 'phone')} (${pick(['home', 'work'])}): `).entity('PHONE', phoneFor(locale)).add('\n') : d.add(`linkedin.com/in/${ascii(p.latinFirst).toLowerCase()}-${ascii(p.latinLast).toLowerCase()}\n`)),
    ]).slice(0, int(4, 7));
    for (const row of rows) row();
    d.add(`\n${pick(['WORK EXPERIENCE', 'EXPERIENCE', 'PROFILE'])}\n${employerOf(locale)}, ${int(2016, 2024)}–${pick(['present', String(int(2025, 2026))])}\n`);
  },
  /** A cover letter for a graduate scheme: the writer's letterhead, sometimes the birth date the scheme's age rule asks for. */
  graduateCoverLetter(d, locale, p) {
    const employer = employerOf(locale);
    d.add(`${p.name}\n`);
    if (chance(0.75)) d.entity('ADDRESS', addressFor(locale, chance(0.65))).add('\n');
    if (chance(0.7)) d.entity('PHONE', phoneFor(locale)).add(chance(0.5) ? '  |  ' : '\n');
    if (chance(0.8)) d.entity('EMAIL', p.email).add('\n');
    if (!d.text.endsWith('\n')) d.add('\n');
    d.add(`\n${dayOf2026()}\n\n${employer} Graduate Programme ${int(2026, 2027)}\n\n${WORDS[locale].hi},\n\n${pick(['I am applying for the graduate programme', 'Please accept my application to your graduate scheme', 'I would like to be considered for the trainee intake'])} (${negativeLine(locale)}) ${pick(['I graduated this year with distinction.', 'I finish my degree in June.', 'I completed my national service last month.'])}\n`);
    if (chance(0.35)) d.add(`${pick(['The scheme is open to those under 30; I was born on ', 'As the age rule requires: born '])}`).entity('DATE_OF_BIRTH', birthDate(locale)).add('.\n');
    if (chance(0.35)) d.add(`${pick(['The best number to reach me is ', 'Between lectures I answer on ', 'Text or call '])}`).entity('PHONE', phoneFor(locale)).add('.\n');
    if (chance(0.25)) {
      const tutor = person(locale);
      d.add(`My tutor ${tutor.roman} ${pick(['is happy to be contacted', 'will confirm my results'])}: `).entity('EMAIL', officeEmail(tutor, pick(['uni.edu', 'college.ac', 'poly.edu']))).add('.\n');
    }
    d.add(`\n${WORDS[locale].bye},\n${p.name}\n`);
  },
  /** An exported WhatsApp chat with a recruiter ("[dd/mm/yyyy, hh:mm] Name: …"): numbers, a location pin's address, a photo of a document. */
  whatsappExport(d, locale, p) {
    const rec = person(locale);
    // Minutes since the chat's first message, so the stamps run forward as in a real export.
    const day = int(1, 20);
    const month = pad(int(1, 12), 2);
    let minute = int(8 * 60, 12 * 60);
    const stamp = () => {
      minute += int(1, 240);
      return `[${pad(day + Math.floor(minute / 1440), 2)}/${month}/2026, ${pad(Math.floor((minute % 1440) / 60), 2)}:${pad(minute % 60, 2)}]`;
    };
    d.add(`${stamp()} ${rec.roman}: ${pick(['Hi, this is the recruiter from ', 'Hello! Following up from '])}${employerOf(locale)}. ${pick(['Can you send your details for the contract?', 'We need a few details for the offer letter.'])}\n`);
    const lines = shuffle([
      () => d.add(`${stamp()} ${p.roman}: ${pick(['My address is ', 'Address: ', 'I stay at '])}`).entity('ADDRESS', addressFor(locale, false)).add('\n'),
      () => d.add(`${stamp()} ${p.roman}: ${pick(['DOB ', 'Birthday ', ''])}`).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n'),
      () => d.add(`${stamp()} ${p.roman}: ${pick(['Email: ', 'Send it to ', ''])}`).entity('EMAIL', p.email).add('\n'),
      () => d.add(`${stamp()} ${p.roman}: ${pick(['My other number ', 'Call me on ', 'Work line '])}`).entity('PHONE', phoneFor(locale)).add('\n'),
      () => {
        d.add(`${stamp()} ${p.roman}: `);
        anIdentifier(d, locale, p, '');
        d.add(`\n${stamp()} ${p.roman}: <Media omitted>\n`);
      },
      () => {
        d.add(`${stamp()} ${p.roman}: ${pick(['Salary account — ', 'For the salary: '])}`);
        payTo(d, locale);
        d.add('\n');
      },
      () => d.add(`${stamp()} ${rec.roman}: ${negativeLine(locale)}\n`),
    ]).slice(0, int(3, 7));
    for (const line of lines) line();
    d.add(`${stamp()} ${rec.roman}: ${pick(['Thanks! Office is at ', 'Great. Come to '])}`).entity('ADDRESS', addressFor(locale, false)).add(`${pick([' on Monday 9am.', ', reception will call you.'])}\n`);
    if (chance(0.5)) d.add(`${stamp()} ${rec.roman}: ${pick(['Reception: ', 'If lost call '])}`).entity('PHONE', phoneFor(locale, true)).add('\n');
  },
  /** A professional body's membership form as OCR gives it: box characters, underscores and ticks around the filled values. */
  scannedMembershipForm(d, locale, p) {
    const body = pick(['Institute of Chartered Accountants', 'Engineering Council', 'Nursing and Midwifery Board', 'Institute of Logistics']);
    d.add(`${body.toUpperCase()}\nAPPLICATION FOR MEMBERSHIP  Form M-${int(1, 9)}  (scan ${int(1, 2)}/2)\n${negativeLine(locale)}\n\n1 | Surname  ${p.latinLast.toUpperCase()}   | Forenames  ${p.latinFirst.toUpperCase()}\n`);
    d.add(`2 | ${pick(['Date of birth', 'D.O.B', 'Birth date'])} | `).entity('DATE_OF_BIRTH', birthDate(locale)).add(' |\n');
    d.add('3 | Home address _____\n  ').entity('ADDRESS', addressFor(locale, chance(0.5))).add('\n');
    d.add(`4 | Tel. ${pick(['(day)', 'mob.'])} `).entity('PHONE', phoneFor(locale)).add(` | ${pick(['e-mail', 'Email'])} `).entity('EMAIL', p.email).add('\n');
    if (chance(0.6)) {
      d.add('5 | Proof of identity [✓] ');
      anIdentifier(d, locale, p, '');
      d.add('\n');
    } else d.add('5 | Proof of identity [ ] (to follow)\n');
    if (chance(0.45)) {
      d.add('6 | Direct debit for annual fee: ');
      payTo(d, locale);
      d.add('\n');
    }
    if (chance(0.3)) d.add('7 | Card for the joining fee: ').entity('CREDIT_CARD', card()).add(`  exp ${pad(int(1, 12), 2)}/${int(27, 31)}\n`);
    d.add(`Employer: ${employerOf(locale)}   Signature: ______  Date: ${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/2026\n`);
  },
  /** A request to a removal company for a job move: both addresses as blocks, dates, phones. */
  removalQuoteRequest(d, locale, p) {
    const mover = pick(['Swift Removals', 'CityMove', 'Easy Relocations', 'Trans-Continental Movers']);
    d.add('To: ').entity('EMAIL', `quotes@${domainOf(mover)}`).add(`\nSubject: ${pick(['Quote for a move', 'Moving for a new job — quote please', 'Removal request'])} (${negativeLine(locale)})\n\n${WORDS[locale].hi},\n\nI start a new job at ${employerOf(locale)} and need to move on ${dayOf2026()}.\n`);
    d.add('From:\n').entity('ADDRESS', addressFor(locale, true)).add('\n\nTo:\n').entity('ADDRESS', addressFor(locale, chance(0.7))).add('\n\n');
    d.add(`${pick(['Contact on the day: ', 'Best reached on ', 'Phone: '])}`).entity('PHONE', phoneFor(locale)).add('\n');
    if (chance(0.4)) d.add(`${pick(['My partner can also be reached on ', 'Second contact: '])}`).entity('PHONE', phoneFor(locale)).add('\n');
    if (chance(0.2)) d.add('Deposit by card: ').entity('CREDIT_CARD', card()).add('\n');
    d.add(`\n${WORDS[locale].bye},\n${p.name}\n`);
    if (chance(0.3)) d.add('The company covers the cost; invoice to ').entity('EMAIL', officeEmail(person(locale), domainOf(employerOf(locale)))).add('\n');
  },
  /** An application for staff housing: current address, birth date, a reference's phone, the deposit account. */
  staffHousingApplication(d, locale, p) {
    d.add(`${employerOf(locale)} — ${pick(['Staff housing application', 'Application for a company flat', 'Employee accommodation request'])}\n${negativeLine(locale)}\n\nApplicant: ${p.name}\n`);
    d.add(dobLabel(locale)).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n');
    labelled(d, 'Current address: ', 'ADDRESS', addressFor(locale, chance(0.5)));
    labelled(d, `${say(locale, 'mobile')}: `, 'PHONE', phoneFor(locale));
    if (chance(0.5)) labelled(d, `${say(locale, 'email')}: `, 'EMAIL', p.email);
    if (chance(0.45)) {
      const landlord = person(locale);
      d.add(`Previous landlord: ${landlord.name}, `).entity('PHONE', phoneFor(locale)).add('\n');
    }
    if (chance(0.5)) {
      d.add('Deposit refund to: ');
      payTo(d, locale);
      d.add('\n');
    }
    if (chance(0.3)) {
      anIdentifier(d, locale, p, 'Identity: ');
      d.add('\n');
    }
    d.add(`Housing office: `).entity('PHONE', phoneFor(locale, true)).add('\n');
  },
  /** A form to change the account a salary is paid into: the old and the new account, signed with a phone. */
  salaryAccountChange(d, locale, p) {
    d.add(`${pick(['Change of salary account', 'Payroll bank details — change', 'Request to update bank details'])}\n${negativeLine(locale)}\n\nEmployee: ${p.name}\n`);
    if (chance(0.35)) d.add(dobLabel(locale)).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n');
    if (chance(0.5)) {
      d.add('Old account (close): ');
      payTo(d, locale);
      d.add('\n');
    }
    d.add('New account: ');
    payTo(d, locale);
    d.add(`\nEffective from: ${dayOf2026()}\n`);
    if (chance(0.35)) {
      anIdentifier(d, locale, p, 'Identity checked against: ');
      d.add('\n');
    }
    d.add(`${say(locale, 'phone')} ${pick(['for the callback', '(to confirm the change)'])}: `).entity('PHONE', phoneFor(locale)).add('\n');
    if (chance(0.4)) d.add('Confirmation to: ').entity('EMAIL', p.email).add('\n');
  },
  /** An apprenticeship application with a parent's or guardian's details. */
  apprenticeshipApplication(d, locale, p) {
    const guardian = person(locale);
    d.add(`${pick(['Apprenticeship application', 'Application — apprentice electrician', 'Trainee technician application'])} · ${employerOf(locale)}\n\nName: ${p.name}\n`);
    d.add(dobLabel(locale)).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n');
    labelled(d, `${say(locale, 'address')}: `, 'ADDRESS', addressFor(locale, chance(0.45)));
    labelled(d, `${say(locale, 'mobile')}: `, 'PHONE', phoneFor(locale));
    if (chance(0.5)) d.add(`${say(locale, 'email')}: `).entity('EMAIL', p.email).add('\n');
    d.add(`\nParent/guardian: ${guardian.name}\n`);
    d.add(pick(['Guardian phone: ', 'Tel. (parent): ', ''])).entity('PHONE', phoneFor(locale)).add('\n');
    if (chance(0.4)) d.add('Guardian address (if different): ').entity('ADDRESS', addressFor(locale, false)).add('\n');
    if (chance(0.3)) {
      const licence = licenceOf(locale, p);
      if (licence) d.add(licence[0]).entity('DRIVER_LICENSE', licence[1]).add('\n');
    }
    d.add(`${negativeLine(locale)}\n`);
  },
  /** A trade-union joining form: home address, workplace, dues by bank or payroll. */
  unionJoiningForm(d, locale, p) {
    const union = pick(['General Workers’ Union', 'Union of Technical Staff', 'Transport & Logistics Union', 'Health Workers’ Union']);
    d.add(`${union} — ${pick(['Joining form', 'Membership application', 'Join today'])}\n${negativeLine(locale)}\n\n${p.name}\n`);
    if (chance(0.5)) d.add(dobLabel(locale)).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n');
    labelled(d, 'Home address: ', 'ADDRESS', addressFor(locale, chance(0.5)));
    d.add(`Workplace: ${employerOf(locale)}, `).entity('ADDRESS', addressFor(locale, false)).add('\n');
    labelled(d, `${say(locale, 'phone')}: `, 'PHONE', phoneFor(locale));
    if (chance(0.6)) labelled(d, `${say(locale, 'email')}: `, 'EMAIL', p.email);
    if (chance(0.5)) {
      d.add('Dues by direct debit from: ');
      payTo(d, locale);
      d.add('\n');
    } else d.add('Dues: deducted from salary\n');
    d.add('Branch secretary: ').entity('PHONE', phoneFor(locale, true)).add('\n');
  },
};

// ---------------------------------------------------------------- Korean document kinds
const KO_KINDS = {
  /** 급여계좌 변경 신청: the old and new salary accounts. */
  급여계좌변경(d, p) {
    d.add(`${pick(['급여 이체계좌 변경 신청서', '급여계좌 변경 요청', '급여 수령 계좌 변경의 건'])}\n${koreanNegative()}\n\n성명: ${p.name}\n`);
    if (chance(0.4)) {
      const [lead, value, trail] = accountOf('ko');
      d.add(`기존 계좌: ${lead}`).entity('BANK_ACCOUNT', value).add(`${trail} (해지 예정)\n`);
    }
    const [lead, value, trail] = accountOf('ko');
    d.add(`변경 계좌: ${lead}`).entity('BANK_ACCOUNT', value).add(`${trail} 예금주 ${p.name}\n`);
    if (chance(0.5)) {
      const [cue, id, type] = claimedId('ko', p);
      d.add(cue).entity(type, id).add('\n');
    }
    labelled(d, '연락처: ', 'PHONE', phoneFor('ko'));
    if (chance(0.1)) d.add('※ 예전 신청서의 ').decoy(krWritten(impossibleRegistration())).add(' 은 잘못 적은 번호라 무효입니다.\n');
  },
  /** 사원증 발급 신청: a photo ID badge; birth date, phone, sometimes a licence for the car park. */
  사원증발급(d, p) {
    d.add(`[사원증 발급 신청] ${koreanNegative()}\n\n성명: ${p.name}\n부서: ${pick(['개발팀', '영업2팀', '품질관리팀', '재무팀'])}\n`);
    d.add(dobLabel('ko')).entity('DATE_OF_BIRTH', birthDate('ko')).add('\n');
    labelled(d, '휴대전화: ', 'PHONE', phoneFor('ko'));
    if (chance(0.4)) {
      const [cue, value] = licenceOf('ko', p);
      d.add(`주차 등록용 ${cue}`).entity('DRIVER_LICENSE', value).add('\n');
    }
    if (chance(0.3)) d.add('사내 메일: ').entity('EMAIL', officeEmail(p, pick(['nuritech.co.kr', 'soltware.com', 'mirbio.kr']))).add('\n');
    d.add('문의: 총무팀 ').entity('PHONE', phoneFor('ko', true)).add('\n');
  },
  /** 학자금 지원 신청: a child's tuition support; the employee's id and account. */
  학자금지원(d, p) {
    const child = person('ko');
    d.add(`${pick(['자녀 학자금 지원 신청서', '학자금 보조 신청', '대학 학자금 지원 신청'])}\n${koreanNegative()}\n\n신청자: ${p.name}\n자녀: ${child.name}\n`);
    if (chance(0.5)) d.add('자녀 생년월일: ').entity('DATE_OF_BIRTH', birthDate('ko')).add('\n');
    const [cue, id, type] = claimedId('ko', p);
    d.add(cue).entity(type, id).add('\n');
    labelled(d, '주소: ', 'ADDRESS', addressFor('ko', chance(0.3)));
    const [lead, value, trail] = accountOf('ko');
    d.add(`지급 계좌: ${lead}`).entity('BANK_ACCOUNT', value).add(`${trail}\n`);
    labelled(d, '연락처: ', 'PHONE', phoneFor('ko'));
  },
  /** 경조금 신청: congratulations or condolence money; a bank account and phone, a venue's address. */
  경조금신청(d, p) {
    const event = pick(['결혼', '자녀 출산', '부친상', '모친상', '회갑']);
    d.add(`경조금 신청서 (${event})\n${koreanNegative()}\n\n신청자: ${p.name}\n`);
    d.add(`${event === '결혼' ? '예식장' : event.endsWith('상') ? '장례식장' : '장소'}: `).entity('ADDRESS', addressFor('ko')).add('\n');
    const [lead, value, trail] = accountOf('ko');
    d.add(`경조금 입금 계좌: ${lead}`).entity('BANK_ACCOUNT', value).add(`${trail}\n`);
    d.add('연락처 ').entity('PHONE', phoneFor('ko')).add('\n');
    if (chance(0.3)) d.add('이메일: ').entity('EMAIL', p.email).add('\n');
  },
  /** 사내 주택자금 대출 신청: home address, id, account, birth date. */
  주택자금대출(d, p) {
    d.add(`${pick(['사내 주택자금 대출 신청서', '주택구입자금 대부 신청', '전세자금 사내대출 신청'])}\n${koreanNegative()}\n\n성명: ${p.name}\n`);
    const rows = shuffle([
      () => d.add(dobLabel('ko')).entity('DATE_OF_BIRTH', birthDate('ko')).add('\n'),
      () => {
        const [cue, id, type] = claimedId('ko', p);
        d.add(cue).entity(type, id).add('\n');
      },
      () => labelled(d, '현 거주지: ', 'ADDRESS', addressFor('ko', chance(0.3))),
      () => labelled(d, '구입(임차) 예정 주택: ', 'ADDRESS', addressFor('ko')),
      () => labelled(d, '휴대폰: ', 'PHONE', phoneFor('ko')),
      () => d.add(`${koreanNegative()}\n`),
    ]).slice(0, int(3, 6));
    for (const row of rows) row();
    const [lead, value, trail] = accountOf('ko');
    d.add(`대출금 입금 계좌: ${lead}`).entity('BANK_ACCOUNT', value).add(`${trail}\n`);
    if (chance(0.1)) d.add('(첨부 서류의 ').decoy(krWritten(impossibleRegistration())).add(' 는 오기입니다.)\n');
  },
  /** 노동조합 가입 신청: home address, phone, birth date; dues from salary. */
  노조가입(d, p) {
    d.add(`${pick(['노동조합 가입 신청서', '조합원 가입원서'])}\n${koreanNegative()}\n\n성명: ${p.name}\n`);
    if (chance(0.6)) d.add(dobLabel('ko')).entity('DATE_OF_BIRTH', birthDate('ko')).add('\n');
    labelled(d, '주소: ', 'ADDRESS', addressFor('ko', chance(0.3)));
    labelled(d, '휴대폰: ', 'PHONE', phoneFor('ko'));
    if (chance(0.5)) d.add('개인 이메일: ').entity('EMAIL', p.email).add('\n');
    if (chance(0.3)) {
      const [cue, value] = passportOf('ko');
      d.add(`(해외 교육 참가 시) ${cue}`).entity('PASSPORT', value).add('\n');
    }
    d.add('조합비: 급여 공제 동의\n지부 사무실 ').entity('PHONE', phoneFor('ko', true)).add('\n');
  },
};

// ---------------------------------------------------------------- the set
// 100 rounds over the ten locales, then 250 Korean documents; each document's kind is drawn.
const cases = [];
const rounds = Array.from({ length: DOCUMENTS_PER_LOCALE }, () => LOCALES).flat();
for (const locale of [...rounds, ...Array(KOREAN_DOCUMENTS).fill('ko')]) {
  const d = new Doc();
  const korean = locale === 'ko';
  const kind = pick(Object.keys(korean ? KO_KINDS : KINDS));
  if (korean) KO_KINDS[kind](d, person('ko'));
  else KINDS[kind](d, locale, person(locale));
  if (!korean && chance(0.1)) d.add(`\n${pick(['Meter no. ', 'Batch ', 'Booking ref. ', 'Receipt '])}`).decoy(krWritten(impossibleRegistration())).add('\n');
  cases.push(d.asCase(`w19-${pad(cases.length, 4)}`, `${kind}/${locale}`));
}

// ---------------------------------------------------------------- Korean number vectors
// writeKoreanNumberVectors writes the fourteen categories; the surroundings are this set's own: SMS
// ([Web발신]), a move-in report (전입신고서), a phone-line application, a quoted e-mail reply, a web
// form's answer, a bank teller's note, a scholarship form, a flight booking.
const AROUND = [['', ''], ['[Web발신] ', ''], ['> ', ''], ['네이버폼 응답: ', ''], ['', ' (회신 인용)'], ['은행 창구 메모 ', ''], ['', ' 으로 접수했습니다'], ['Re: ', '']];
const FRAMES = {
  KR_RRN: [...AROUND, ['전입신고서 주민등록번호 ', ''], ['휴대폰 개통 신청서 — 주민번호 ', ''], ['[Web발신] 주민등록번호 ', ' 본인확인 완료'], ['장학금 신청서 주민등록번호: ', '']],
  KR_FRN: [...AROUND, ['외국인등록번호 ', ' (E-7)'], ['휴대폰 개통 신청서 외국인등록번호 ', ''], ['Alien reg. no. ', ''], ['전입신고서 외국인등록번호: ', '']],
  decoy: [...AROUND, ['주민등록번호 ', ''], ['외국인등록번호 ', ''], ['전입신고서 주민번호 ', ' (재확인)']],
  PASSPORT: [['여권번호 ', ''], ['항공권 예약 — 여권 ', ''], ['[Web발신] 여권번호 ', ' 확인'], ['Passport No. ', '']],
  DRIVER_LICENSE: [['운전면허번호 ', ''], ['휴대폰 개통 신청서 면허번호 ', ''], ['> 면허번호 ', ''], ['Driving licence ', '']],
  BANK_ACCOUNT: [['입금계좌 ', ''], ['은행 창구 메모 계좌 ', ''], ['[Web발신] 환불계좌 ', ''], ['장학금 지급 계좌: ', '']],
  business: [['사업자번호 ', ''], ['네이버폼 응답: 사업자등록번호 ', ''], ['> 사업자등록번호 ', ''], ['Biz reg. no. ', '']],
  military: [['군번: ', ''], ['학번 ', ''], ['수험번호 ', ' (2교시)'], ['> 군번 ', '']],
};

// ---------------------------------------------------------------- write and freeze
const makers = { written: krWritten, bornBetween, registration, impossibleRegistration, businessRegistrationNumber, passport: () => passportOf('ko')[1], driverLicence: () => licenceOf('ko', person('ko'))[1], bankAccount: () => accountOf('ko')[1] };
finishHeldBackSet({ wave: 19, dir: DIR, seed: SEED, frozenOn: FROZEN_ON, cases, frames: FRAMES, stream, makers });
