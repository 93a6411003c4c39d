// Builds test/fixtures/pii/heldback-w18/: the wave 18 held-back labelled set for the sensitive-data
// detector, written by someone who never tunes the detector (issue #10 §3).
//
//   node scripts/build-pii-heldback-w18.mjs     (writes documents.json, korean-numbers.json, manifest.json)
//
// The wave 17 set (heldback-w17/) had its figures published and is tuning data in wave 18; this set
// measures that tuning on text nobody has seen. Its own seed, locales no earlier set used (ro_MD,
// fr_SN, dv_MV, ckb_IQ, ta_LK, es_UY, pt_AO, ar_MA, en_UG, el_CY: ten countries new to the sets) and
// Korean again, and document kinds no earlier set used: the sidebar of a two-column CV as a PDF
// extractor gives it, speculative application letters, work-permit questionnaires from an employer's
// immigration adviser, supplier set-up forms a freelancer fills for a client, visitor-pass requests
// for an on-site interview, name-change notices to HR, requests to transfer a pension from a former
// employer and sign-ups for a company car-pool; in Korean 개명 신고, 퇴직연금 이전, 통근버스 신청,
// 방문 출입 신청, 거래처 등록 and 기숙사 입사 신청. Labelling rules are those of heldback-w10/README.md to
// heldback-w17/README.md.
//
// Gold spans are recorded as the values are inserted (by rule, never by running the detector).
// Check digits are computed here and in scripts/lib/pii-values.mjs, independently of src/. Phones
// are drawn from each country's numbering plan and kept only when libphonenumber-js (max metadata)
// calls them valid numbers of that country.
//
// The whole set is held back: nobody tunes on it, reads its documents while tuning, or prints its
// misses. `npm run bench -- sensitive held-back` prints aggregates only.
import { fakerEN, fakerES, fakerFR_SN, fakerPT_PT, fakerRO_MD } from '@faker-js/faker';
import { writeHeldBackSet } from './lib/held-back-set.mjs';
import { digitsOfScript, groups, koreanRegistrationLayout } from './lib/held-back-text.mjs';
import { koreanVectorWriter, writeKoreanNumberVectors } from './lib/korean-number-vectors.mjs';
import { LabelledText as Doc, shuffled } from './lib/labelled-text.mjs';
import { birthDay, MONTH_NAMES, ordinal } from './lib/pii-dates.mjs';
import { ascii, ibanOf, nationalIdMakers, pad, phoneOf, piiValueMakers, UPPER } from './lib/pii-values.mjs';
import { seededRandom } from './lib/seeded-random.mjs';

const SEED = 0x5eed_0d18;
const DOCUMENTS_PER_LOCALE = 100;
const KOREAN_DOCUMENTS = 250;
const FROZEN_ON = '2026-12-01';
const DIR = new URL('../test/fixtures/pii/heldback-w18/', import.meta.url);

const { int, pick, chance, digits } = seededRandom(SEED);
const letter = (from = UPPER) => from[int(0, from.length - 1)];
const nz = (n) => String(int(1, 9)) + digits(n - 1);
const shuffle = (items) => shuffled(items, int);
const { card, sin, aadhaar, pan, codiceFiscale, registration, bornBetween, impossibleRegistration, businessRegistrationNumber } = piiValueMakers({ int, pick, chance, digits, letter });
const { ssn, nino, steuerId, nir, dni, bsn, chineseId, myNumber } = nationalIdMakers({ int, pick, chance, digits, letter });
const krWritten = koreanRegistrationLayout(pick);
const LOCALES = ['ro_MD', 'fr_SN', 'dv_MV', 'ckb_IQ', 'ta_LK', 'es_UY', 'pt_AO', 'ar_MA', 'en_UG', 'el_CY'];
const COUNTRY = { ro_MD: 'MD', fr_SN: 'SN', dv_MV: 'MV', ckb_IQ: 'IQ', ta_LK: 'LK', es_UY: 'UY', pt_AO: 'AO', ar_MA: 'MA', en_UG: 'UG', el_CY: 'CY', ko: 'KR' };

// ---------------------------------------------------------------- digits of other scripts
/** Sorani Kurdish writes the Arabic-Indic digits (٠١٢…), as Iraqi Arabic does. */
const arabicIndicDigits = digitsOfScript(0x0660);

// ---------------------------------------------------------------- phones, by numbering plan
const PHONES = {
  ro_MD: () => {
    if (chance(0.75)) {
      const m = `${pick(['60', '67', '68', '69', '78', '79', '76'])}${digits(6)}`;
      return pick([`0${groups(m, [2, 3, 3])}`, `0${groups(m, [2, 3, 3])}`, `0${m}`, `+373 ${groups(m, [2, 3, 3])}`, `+373${m}`, `+373 (${m.slice(0, 2)}) ${groups(m.slice(2), [3, 3], '-')}`, `00373 ${groups(m, [2, 3, 3])}`, `(0${m.slice(0, 2)}) ${m.slice(2)}`]);
    }
    const n = `22${int(2, 9)}${digits(5)}`;
    return pick([`0 22 ${groups(n.slice(2), [2, 2, 2], '-')}`, `+373 22 ${groups(n.slice(2), [3, 3])}`, `(022) ${groups(n.slice(2), [3, 3])}`, `022${n.slice(2)}`]);
  },
  fr_SN: () => {
    const n = chance(0.8) ? `7${pick(['0', '5', '6', '7', '8'])}${digits(7)}` : `33${pick(['8', '9'])}${digits(6)}`;
    return pick([groups(n, [2, 3, 2, 2]), groups(n, [2, 3, 2, 2]), n, `+221 ${groups(n, [2, 3, 2, 2])}`, `+221${n}`, `00221 ${groups(n, [2, 3, 2, 2])}`, `(+221) ${groups(n, [2, 3, 4])}`, `${groups(n, [2, 3, 2, 2], '.')}`]);
  },
  dv_MV: () => {
    const n = chance(0.8) ? `${pick(['7', '9'])}${digits(6)}` : `3${int(0, 3)}${digits(5)}`;
    return pick([groups(n, [3, 4]), groups(n, [3, 4]), n, `+960 ${groups(n, [3, 4])}`, `+960${n}`, `(+960) ${groups(n, [3, 4], '-')}`, `960 ${n}`, `${groups(n, [3, 4], '-')}`]);
  },
  ckb_IQ: () => {
    if (chance(0.85)) {
      const m = `7${pick(['50', '51', '70', '71', '72', '80', '81', '90', '73', '82'])}${digits(7)}`;
      return pick([`0${groups(m, [3, 3, 4])}`, `0${groups(m, [3, 3, 4])}`, `0${m}`, `+964 ${groups(m, [3, 3, 4])}`, `+964${m}`, `00964 ${groups(m, [3, 3, 4])}`, `(+964) ${groups(m, [3, 7])}`, `964 ${m}`]);
    }
    const n = `66${pick(['2', '3'])}${digits(6)}`;
    return pick([`066 ${groups(n.slice(2), [3, 4])}`, `+964 66 ${groups(n.slice(2), [3, 4])}`]);
  },
  ta_LK: () => {
    if (chance(0.8)) {
      const m = `7${pick(['0', '1', '2', '4', '5', '6', '7', '8'])}${digits(7)}`;
      return pick([`0${groups(m, [2, 3, 4])}`, `0${groups(m, [2, 3, 4])}`, `0${m.slice(0, 2)}-${m.slice(2)}`, `0${m}`, `+94 ${groups(m, [2, 3, 4])}`, `+94${m}`, `+94 (0) ${groups(m, [2, 7])}`, `0094 ${groups(m, [2, 3, 4])}`]);
    }
    const [area, local] = pick([['11', `2${digits(6)}`], ['21', `2${digits(6)}`], ['81', `2${digits(6)}`], ['11', `4${digits(6)}`]]);
    return pick([`0${area} ${groups(local, [3, 4])}`, `(0${area}) ${local}`, `+94 ${area} ${groups(local, [3, 4])}`, `0${area}-${local}`]);
  },
  es_UY: () => {
    if (chance(0.75)) {
      const m = `9${int(1, 9)}${digits(6)}`;
      return pick([`0${groups(m, [2, 3, 3])}`, `0${groups(m, [2, 3, 3])}`, `0${m}`, `+598 ${groups(m, [2, 3, 3])}`, `+598${m}`, `(+598) ${groups(m, [2, 6])}`, `00598 ${groups(m, [2, 3, 3])}`, `0${groups(m, [2, 3, 3], '-')}`]);
    }
    const n = `2${int(4, 9)}${digits(6)}`;
    return pick([groups(n, [4, 4]), `${groups(n, [4, 4])}`, `+598 ${groups(n, [4, 4])}`, `+598 2 ${groups(n.slice(1), [3, 4])}`]);
  },
  pt_AO: () => {
    const n = chance(0.85) ? `9${pick(['1', '2', '3', '4', '5', '9'])}${digits(7)}` : `222${digits(6)}`;
    return pick([groups(n, [3, 3, 3]), groups(n, [3, 3, 3]), n, `+244 ${groups(n, [3, 3, 3])}`, `+244${n}`, `(+244) ${groups(n, [3, 3, 3])}`, `00244 ${groups(n, [3, 3, 3])}`, groups(n, [3, 3, 3], '-')]);
  },
  ar_MA: () => {
    const n = chance(0.8) ? `${pick(['6', '7'])}${digits(8)}` : `52${int(2, 9)}${digits(6)}`;
    return pick([`0${groups(n, [1, 2, 2, 2, 2])}`, `0${groups(n, [1, 2, 2, 2, 2])}`, `0${n}`, `0${n.slice(0, 3)}-${n.slice(3)}`, `+212 ${groups(n, [1, 2, 2, 2, 2])}`, `+212${n}`, `+212 (0) ${groups(n, [3, 3, 3])}`, `00212 ${groups(n, [3, 6])}`, `0${groups(n, [1, 2, 2, 2, 2], '.')}`]);
  },
  en_UG: () => {
    if (chance(0.8)) {
      const m = `7${pick(['0', '1', '4', '5', '6', '7', '8', '9'])}${digits(7)}`;
      return pick([`0${groups(m, [3, 3, 3])}`, `0${groups(m, [3, 6])}`, `0${m}`, `+256 ${groups(m, [3, 3, 3])}`, `+256${m}`, `+256 (0) ${groups(m, [3, 6])}`, `256 ${groups(m, [3, 6])}`, `0${groups(m, [3, 3, 3], '-')}`]);
    }
    const n = `414${int(2, 6)}${digits(5)}`;
    return pick([`0414 ${n.slice(3)}`, `+256 414 ${groups(n.slice(3), [3, 3])}`, `(0414) ${groups(n.slice(3), [3, 3])}`]);
  },
  el_CY: () => {
    const n = chance(0.7) ? `9${pick(['4', '5', '6', '7', '9'])}${digits(6)}` : `2${pick(['2', '4', '5', '6'])}${digits(6)}`;
    return pick([groups(n, [2, 6]), groups(n, [2, 3, 3]), n, `+357 ${groups(n, [2, 6])}`, `+357${n}`, `00357 ${groups(n, [2, 3, 3])}`, `(+357) ${groups(n, [2, 6])}`, `+357-${groups(n, [2, 6], '-')}`]);
  },
  ko: (office = false) => {
    const [mid, last] = [`${int(2, 9)}${digits(3)}`, digits(4)];
    if (!office && chance(0.7)) return pick([`010-${mid}-${last}`, `010-${mid}-${last}`, `010-${mid}-${last}`, `010 ${mid} ${last}`, `010${mid}${last}`, `010)${mid}-${last}`, `+82-10-${mid}-${last}`, `+82 10 ${mid} ${last}`, `010－${mid}－${last}`]);
    const area = pick(['02', '031', '041', '051', '054', '055', '062', '064', '070', ...(office ? ['1577', '1644'] : [])]);
    if (area.length === 4) return pick([`${area}-${last}`, `${area} ${last}`]);
    const local = area === '02' || area === '070' || area === '031' ? mid : `${int(2, 9)}${digits(int(2, 3))}`;
    return pick([`${area}-${local}-${last}`, `${area}-${local}-${last}`, `${area}) ${local}-${last}`, `${area}.${local}.${last}`, `+82-${area.slice(1)}-${local}-${last}`]);
  },
};
const EXTENSIONS = {
  ro_MD: [' int. ', ' (int. '], fr_SN: [' poste ', ' (poste '], dv_MV: [' ext. ', ' (ext. '], ckb_IQ: [' ext. ', ' داخلی '], ta_LK: [' ext. ', ' Ext. '], es_UY: [' int. ', ' interno '],
  pt_AO: [' ext. ', ' (extensão '], ar_MA: [' poste ', ' ext. '], en_UG: [' ext. ', ' Ext '], el_CY: [' εσωτ. ', ' ext. '], ko: [' 내선 ', ' (내선 '],
};
/** A valid number of the locale's country as people write it; an office line sometimes carries its extension (inside the span); Kurdish numbers sometimes in Arabic-Indic digits. */
function phoneFor(locale, office = false) {
  let n = phoneOf(COUNTRY[locale], locale === 'ko' ? () => PHONES.ko(office) : PHONES[locale]);
  if (locale === 'ckb_IQ' && chance(0.2)) n = arabicIndicDigits(n);
  if (!office || !chance(0.3)) return n;
  const ext = pick(EXTENSIONS[locale]);
  return `${n}${ext}${int(10, 899)}${ext.includes('(') ? ')' : ''}`;
}

// ---------------------------------------------------------------- addresses, by country
const MD_PLACES = [['Chișinău', 'mun. Chișinău', 'MD-2001', 'Кишинёв'], ['Chișinău', 'mun. Chișinău', 'MD-2012', 'Кишинёв'], ['Chișinău', 'mun. Chișinău', 'MD-2068', 'Кишинёв'], ['Bălți', 'mun. Bălți', 'MD-3100', 'Бельцы'], ['Cahul', 'or. Cahul', 'MD-3909', 'Кагул'], ['Orhei', 'or. Orhei', 'MD-3505', 'Орхей'], ['Ungheni', 'or. Ungheni', 'MD-3601', 'Унгены']];
const MD_STREETS = [['bd. Ștefan cel Mare și Sfânt', 'бул. Штефан чел Маре'], ['str. Ismail', 'ул. Измаил'], ['bd. Dacia', 'бул. Дачия'], ['str. Mihai Eminescu', 'ул. Михай Эминеску'], ['str. Alba Iulia', 'ул. Алба Юлия'], ['str. Independenței', 'ул. Индепенденцей'], ['str. Calea Ieșilor', 'ул. Каля Ешилор']];
const SN_PLACES = ['Sacré-Cœur 3', 'Liberté 6 Extension', 'HLM Grand Yoff', 'Ouest Foire', 'Mermoz', 'Point E', 'Cité Keur Gorgui', 'Parcelles Assainies, Unité 15', 'Sicap Amitié 2'];
const MV_PLACES = [['H.', 'ހ.', 'Malé', 'މާލެ', '20026'], ['M.', 'މ.', 'Malé', 'މާލެ', '20094'], ['G.', 'ގ.', 'Malé', 'މާލެ', '20138'], ['Ma.', 'މއ.', 'Malé', 'މާލެ', '20187']];
const MV_HOUSES = [['Rose Villa', 'ރޯޒްވިލާ'], ['Gulshan', 'ގުލްޝަން'], ['Blue Lagoon', 'ބްލޫލަގޫން'], ['Noorani Villa', 'ނޫރާނީވިލާ'], ['Sea Breeze', 'ސީބްރީޒް'], ['Dhoonyge', 'ދޫނިގެ']];
const MV_STREETS = [['Majeedhee Magu', 'މަޖީދީ މަގު'], ['Boduthakurufaanu Magu', 'ބޮޑުތަކުރުފާނު މަގު'], ['Ameenee Magu', 'އަމީނީ މަގު'], ['Chandhanee Magu', 'ޗާނދަނީ މަގު'], ['Orchid Magu', 'އޯކިޑް މަގު']];
const IQ_PLACES = [['هەولێر', 'Erbil', '44001', 'ئازادی', 'Azadi'], ['هەولێر', 'Erbil', '44002', 'عەنکاوە', 'Ankawa'], ['هەولێر', 'Erbil', '44001', 'گوندی ئەڵمانی', 'German Village'], ['سلێمانی', 'Sulaymaniyah', '46001', 'بەختیاری', 'Bakhtiari'], ['سلێمانی', 'Sulaymaniyah', '46001', 'سەرچنار', 'Sarchinar'], ['دهۆک', 'Duhok', '42001', 'مالتا', 'Malta']];
const IQ_STREETS = [['شەقامی ٦٠ مەتری', '60 Meter Street'], ['شەقامی ١٠٠ مەتری', '100 Meter Street'], ['شەقامی سالم', 'Salim Street'], ['شەقامی کوردستان', 'Kurdistan Street'], ['شەقامی مەولەوی', 'Mawlawi Street']];
const LK_PLACES = [['Colombo 03', 'கொழும்பு 03', '00300'], ['Colombo 06', 'கொழும்பு 06', '00600'], ['Wellawatte, Colombo 06', 'வெள்ளவத்தை, கொழும்பு 06', '00600'], ['Jaffna', 'யாழ்ப்பாணம்', '40000'], ['Kandy', 'கண்டி', '20000'], ['Batticaloa', 'மட்டக்களப்பு', '30000'], ['Nugegoda', 'நுகேகொட', '10250']];
const LK_STREETS = [['Galle Road', 'காலி வீதி'], ['Stanley Road', 'ஸ்டான்லி வீதி'], ['Hospital Road', 'ஆஸ்பத்திரி வீதி'], ['Temple Road', 'கோவில் வீதி'], ['Station Road', 'நிலைய வீதி'], ['Peradeniya Road', 'பேராதனை வீதி']];
const UY_STREETS = ['Av. 18 de Julio', 'Bvar. Artigas', 'Av. Brasil', 'Rambla República del Perú', 'Av. Rivera', 'Juan Benito Blanco', 'Bulevar España', 'Av. Italia', 'Ellauri', 'Canelones'];
const UY_BARRIOS = [['Pocitos', '11300'], ['Cordón', '11200'], ['Centro', '11100'], ['Punta Carretas', '11300'], ['Buceo', '11400'], ['Malvín', '11400'], ['Parque Rodó', '11200']];
const AO_PLACES = [['Talatona', 'Luanda'], ['Maianga', 'Luanda'], ['Ingombota', 'Luanda'], ['Alvalade', 'Luanda'], ['Kilamba', 'Luanda'], ['Viana', 'Luanda'], ['Lobito', 'Benguela'], ['Centro', 'Huambo']];
const AO_STREETS = ['Rua Rainha Ginga', 'Rua Comandante Gika', 'Av. 4 de Fevereiro', 'Rua Amílcar Cabral', 'Av. Deolinda Rodrigues', 'Rua Major Kanhangulo', 'Rua Direita do Camama'];
const MA_PLACES = [['Casablanca', 'الدار البيضاء', '20330', 'Maârif', 'المعاريف'], ['Casablanca', 'الدار البيضاء', '20250', 'Gauthier', 'غوتيي'], ['Rabat', 'الرباط', '10100', 'Hay Riad', 'حي الرياض'], ['Rabat', 'الرباط', '10090', 'Agdal', 'أكدال'], ['Marrakech', 'مراكش', '40000', 'Guéliz', 'جليز'], ['Tanger', 'طنجة', '90000', 'Malabata', 'مالاباطا'], ['Fès', 'فاس', '30050', 'Ville Nouvelle', 'المدينة الجديدة']];
const MA_STREETS = [['Rue Ibn Battouta', 'زنقة ابن بطوطة'], ['Bd Zerktouni', 'شارع الزرقطوني'], ['Avenue Mohammed V', 'شارع محمد الخامس'], ['Rue Allal Ben Abdellah', 'زنقة علال بن عبد الله'], ['Bd Al Massira', 'شارع المسيرة'], ['Rue de Fès', 'زنقة فاس']];
const UG_PLACES = [['Ntinda', 'Kampala'], ['Kololo', 'Kampala'], ['Bukoto', 'Kampala'], ['Muyenga', 'Kampala'], ['Najjera, Kira Municipality', 'Wakiso'], ['Entebbe', 'Wakiso'], ['Jinja', 'Jinja'], ['Gulu', 'Gulu'], ['Mbarara', 'Mbarara']];
const UG_STREETS = ['Ntinda II Road', 'Kira Road', 'Acacia Avenue', 'Ggaba Road', 'Kampala Road', 'Bukoto Street', 'Lugogo Bypass', 'Main Street', 'Gulu Avenue'];
const CY_PLACES = [['Λευκωσία', 'Nicosia', '1065'], ['Λευκωσία', 'Nicosia', '2015'], ['Λεμεσός', 'Limassol', '3036'], ['Λεμεσός', 'Limassol', '4046'], ['Λάρνακα', 'Larnaca', '6022'], ['Πάφος', 'Paphos', '8046'], ['Παραλίμνι', 'Paralimni', '5280']];
const CY_STREETS = [["Λεωφ. Μακαρίου Γ'", 'Makariou III Ave'], ['Αγίου Ανδρέα', 'Agiou Andreou'], ['Ζήνωνος Κιτιέως', 'Zinonos Kitieos'], ['Αποστόλου Παύλου', 'Apostolou Pavlou'], ['Λεωφ. Σπύρου Κυπριανού', 'Spyrou Kyprianou Ave'], ['Αρχ. Κυπριανού', 'Arch. Kyprianou']];
const KO_STREETS = [
  ['인천광역시', '연수구', '컨벤시아대로', '송도동', 'Yeonsu-gu, Incheon', 'Convensia-daero'], ['광주광역시', '서구', '상무중앙로', '치평동', 'Seo-gu, Gwangju', 'Sangmujungang-ro'], ['대전광역시', '유성구', '대학로', '궁동', 'Yuseong-gu, Daejeon', 'Daehak-ro'],
  ['제주특별자치도', '제주시', '노형로', '노형동', 'Jeju-si, Jeju', 'Nohyeong-ro'], ['경상남도', '창원시 성산구', '중앙대로', '용호동', 'Seongsan-gu, Changwon-si', 'Jungang-daero'], ['경상북도', '포항시 남구', '포스코대로', '대도동', 'Nam-gu, Pohang-si', 'POSCO-daero'],
  ['전북특별자치도', '전주시 완산구', '홍산로', '효자동', 'Wansan-gu, Jeonju-si', 'Hongsan-ro'], ['충청남도', '천안시 서북구', '불당대로', '불당동', 'Seobuk-gu, Cheonan-si', 'Buldang-daero'], ['경기도', '수원시 영통구', '광교중앙로', '이의동', 'Yeongtong-gu, Suwon-si', 'Gwanggyojungang-ro'],
  ['경기도', '화성시', '동탄대로', '오산동', 'Hwaseong-si, Gyeonggi-do', 'Dongtan-daero'], ['서울특별시', '마포구', '월드컵북로', '상암동', 'Mapo-gu, Seoul', 'World Cup buk-ro'], ['서울특별시', '강서구', '마곡중앙로', '마곡동', 'Gangseo-gu, Seoul', 'Magokjungang-ro'],
];
const KO_SHORT = { 인천광역시: '인천', 광주광역시: '광주', 대전광역시: '대전', 제주특별자치도: '제주', 경상남도: '경남', 경상북도: '경북', 전북특별자치도: '전북', 충청남도: '충남', 경기도: '경기', 서울특별시: '서울' };

const ADDRESSES = {
  ro_MD: (multiline) => {
    const [city, admin, post, cityRu] = pick(MD_PLACES);
    const [street, streetRu] = pick(MD_STREETS);
    const [house, flat] = [int(1, 180), int(1, 160)];
    if (chance(0.2)) {
      const line1 = `${streetRu}, ${house}${chance(0.6) ? `, кв. ${flat}` : ''}`;
      return multiline ? `${line1}\nг. ${cityRu}, ${post}` : pick([`г. ${cityRu}, ${line1}, ${post}`, `${post}, г. ${cityRu}, ${line1}`]);
    }
    const line1 = `${street} ${house}${pick(['', `/${int(1, 4)}`, `, bl. ${int(1, 6)}`])}${chance(0.65) ? `, ap. ${flat}` : ''}`;
    if (multiline) return pick([`${line1}\n${post}, ${admin}`, `${line1}\n${city} ${post}, Republica Moldova`, `${admin},\n${line1}`]);
    return pick([`${line1}, ${post}, ${admin}`, `${line1}, ${city}`, `${post}, ${admin}, ${line1}`, `${admin}, ${line1}`]);
  },
  fr_SN: (multiline) => {
    if (chance(0.15)) return `BP ${int(1000, 45000)}${multiline ? '\n' : ', '}Dakar${pick(['', ' Fann', ' RP', ' Yoff'])}`;
    const area = pick(SN_PLACES);
    const line1 = pick([`${area}, Villa n° ${int(1, 9999)}`, `Villa ${int(1, 9999)}, ${area}`, `${area}, Lot ${int(1, 400)}`, `Rue ${int(1, 40)} x Rue ${int(1, 40)}, Médina`, `${int(1, 120)}, Avenue ${pick(['Cheikh Anta Diop', 'Blaise Diagne', 'Bourguiba', 'Lamine Guèye'])}`, `Immeuble ${pick(['Fayçal', 'Les Cocotiers', 'Kébé'])}, ${int(1, 9)}e étage, ${area}`]);
    const city = pick(['Dakar', 'Dakar', 'Dakar', 'Thiès', 'Saint-Louis', 'Rufisque']);
    return multiline ? `${line1}\n${city}${chance(0.3) ? ', Sénégal' : ''}` : pick([`${line1}, ${city}`, `${line1}, ${city}, Sénégal`, `${line1} – ${city}`]);
  },
  dv_MV: (multiline) => {
    const [ward, wardDv, city, cityDv, zip] = pick(MV_PLACES);
    const [house, houseDv] = pick(MV_HOUSES);
    const [street, streetDv] = pick(MV_STREETS);
    if (chance(0.25)) {
      const line1 = `${wardDv} ${houseDv}، ${streetDv}`;
      return multiline ? `${line1}\n${cityDv} ${zip}` : `${line1}، ${cityDv}${chance(0.5) ? ` ${zip}` : ''}`;
    }
    if (chance(0.25)) {
      const line1 = `Lot ${int(10001, 11999)}, ${pick(['Flat', 'Apartment'])} ${int(1, 25)}-${pad(int(1, 12), 2)}, ${pick(['Nirolhu Magu', 'Hiriya Magu', 'Fehi Magu'])}`;
      return multiline ? `${line1}\nHulhumalé ${pick(['23000', '23000', '23040'])}` : `${line1}, Hulhumalé`;
    }
    const line1 = `${ward} ${house}${chance(0.4) ? `, ${ordinal(int(1, 8))} Floor` : ''}, ${street}`;
    return multiline ? `${line1}\n${city} ${zip}${chance(0.3) ? ', Maldives' : ''}` : pick([`${line1}, ${city} ${zip}`, `${line1}, ${city}`, `${line1}, ${city}, Maldives`]);
  },
  ckb_IQ: (multiline) => {
    const [city, cityEn, zip, hood, hoodEn] = pick(IQ_PLACES);
    const [street, streetEn] = pick(IQ_STREETS);
    const house = int(1, 480);
    if (chance(0.45)) {
      const no = chance(0.5) ? arabicIndicDigits(String(house)) : String(house);
      const line1 = `${city}، گەڕەکی ${hood}، ${street}، خانووی ژمارە ${no}`;
      return multiline ? `گەڕەکی ${hood}، ${street}، خانووی ژمارە ${no}\n${city}` : pick([line1, `${line1}، هەرێمی کوردستان`]);
    }
    const line1 = `${pick(['House', 'Villa', 'Apt'])} ${house}, ${pick([streetEn, `Street ${int(1, 60)}`])}, ${hoodEn}`;
    return multiline ? `${line1}\n${cityEn} ${zip}${chance(0.3) ? ', Kurdistan Region, Iraq' : ''}` : pick([`${line1}, ${cityEn}`, `${line1}, ${cityEn} ${zip}`, `${line1}, ${cityEn}, Iraq`]);
  },
  ta_LK: (multiline) => {
    const [place, placeTa, zip] = pick(LK_PLACES);
    const [street, streetTa] = pick(LK_STREETS);
    const no = `${int(1, 320)}${pick(['', '', `/${int(1, 9)}`, letter('ABC')])}`;
    if (chance(0.3)) {
      const line1 = `இல. ${no}, ${streetTa}`;
      return multiline ? `${line1},\n${placeTa}` : `${line1}, ${placeTa}`;
    }
    const line1 = `${pick(['No. ', '', 'No ', ''])}${no}, ${pick(['', '', `${ordinal(int(1, 5))} Lane, `, `${ordinal(int(1, 4))} Cross Street, `])}${street}`;
    return multiline ? `${line1},\n${place}${chance(0.3) ? ` ${zip}` : ''}` : pick([`${line1}, ${place}`, `${line1}, ${place}, Sri Lanka`, `${line1}, ${place} ${zip}`]);
  },
  es_UY: (multiline) => {
    const [barrio, cp] = pick(UY_BARRIOS);
    const street = pick(UY_STREETS);
    const line1 = `${street} ${int(100, 4500)}${pick(['', ` apto. ${int(1, 12)}0${int(1, 4)}`, ` ap. ${int(101, 1204)}`, ` esq. ${pick(UY_STREETS)}`, `, piso ${int(1, 14)}`])}`;
    if (chance(0.15)) {
      const beach = `Calle ${int(9, 31)} entre ${int(18, 30)} y ${int(18, 30)}, Punta del Este`;
      return multiline ? `${beach}\n20100 Maldonado` : `${beach}, Maldonado`;
    }
    return multiline ? `${line1}\n${barrio}, ${cp} Montevideo` : pick([`${line1}, ${cp} Montevideo`, `${line1}, ${barrio}, Montevideo`, `${line1} (${barrio}), Montevideo, Uruguay`, `${line1}, Montevideo`]);
  },
  pt_AO: (multiline) => {
    const [bairro, city] = pick(AO_PLACES);
    if (chance(0.12)) return `Caixa Postal ${int(100, 9999)}${multiline ? '\n' : ', '}${city}`;
    const line1 = pick([
      `${pick(AO_STREETS)}, n.º ${int(1, 400)}${chance(0.5) ? `, ${int(1, 12)}.º andar` : ''}`,
      `Bairro ${bairro}, ${pick(AO_STREETS)}, Casa n.º ${int(1, 900)}`,
      `Condomínio ${pick(['Vida Pacífica', 'Jardim de Rosas', 'Nova Vida'])}, Bloco ${int(1, 40)}, Apt. ${int(1, 12)}${letter('ABCD')}`,
      `Centralidade do Kilamba, Edifício ${letter()}${int(1, 60)}, Apt. ${int(11, 124)}`,
      `Município de ${pick(['Viana', 'Belas', 'Cazenga'])}, Bairro ${pick(['Zango 3', 'Benfica', 'Hoji-ya-Henda'])}, Rua ${int(1, 30)}, Casa ${int(1, 900)}`,
    ]);
    const named = /Bairro|Município|Centralidade/u.test(line1) || bairro === 'Centro';
    return multiline ? `${line1}\n${named ? city : `${bairro}, ${city}`}${chance(0.3) ? ', Angola' : ''}` : pick([`${line1}, ${city}`, named ? `${line1} – ${city}` : `${line1}, ${bairro}, ${city}`, `${line1}, ${city}, Angola`]);
  },
  ar_MA: (multiline) => {
    const [city, cityAr, zip, quarter, quarterAr] = pick(MA_PLACES);
    const [street, streetAr] = pick(MA_STREETS);
    const no = int(1, 300);
    if (chance(0.35)) {
      const line1 = `${no} ${streetAr}، ${chance(0.5) ? `الطابق ${int(1, 6)}، شقة ${int(1, 20)}، ` : ''}${quarterAr}`;
      return multiline ? `${line1}\n${cityAr} ${zip}` : `${line1}، ${cityAr}${chance(0.6) ? ` ${zip}` : ''}`;
    }
    const line1 = pick([`${no}, ${street}${chance(0.5) ? `, Appt ${int(1, 20)}` : ''}, ${quarter}`, `Résidence ${pick(['Al Manar', 'Les Jardins', 'Yasmine'])}, Imm. ${int(1, 20)}, Appt ${int(1, 40)}, ${quarter}`, `Lot. ${pick(['Al Qods', 'Al Wifaq', 'Riad Salam'])}, N° ${no}, ${quarter}`]);
    return multiline ? `${line1}\n${zip} ${city}${chance(0.3) ? ', Maroc' : ''}` : pick([`${line1}, ${zip} ${city}`, `${line1}, ${city} ${zip}`, `${line1}, ${city}`]);
  },
  en_UG: (multiline) => {
    const [area, district] = pick(UG_PLACES);
    if (chance(0.2)) return `P.O. Box ${int(100, 39999)}${multiline ? '\n' : ', '}${pick(['Kampala', 'Entebbe', 'Jinja'])}${chance(0.3) ? ', Uganda' : ''}`;
    const line1 = `${pick(['Plot ', 'Plot No. ', 'Block 3, Plot '])}${int(1, 900)}, ${pick(UG_STREETS)}${chance(0.3) ? `, off ${pick(UG_STREETS)}` : ''}${area === district ? '' : `, ${area}`}`;
    return multiline ? `${line1}\n${district}${chance(0.4) ? ', Uganda' : ''}` : pick([`${line1}, ${district}`, `${line1}, ${district}, Uganda`, area === district ? `${line1}, ${district} City` : line1]);
  },
  el_CY: (multiline) => {
    const [city, cityEn, post] = pick(CY_PLACES);
    const [street, streetEn] = pick(CY_STREETS);
    const no = int(1, 220);
    if (chance(0.6)) {
      const line1 = `${street} ${no}${chance(0.5) ? `, Διαμ. ${int(1, 9)}0${int(1, 6)}` : ''}`;
      return multiline ? `${line1}\n${post} ${city}` : pick([`${line1}, ${post} ${city}`, `${line1}, ${city}`, `${line1}, ${post} ${city}, Κύπρος`]);
    }
    const line1 = `${no} ${streetEn}${chance(0.5) ? `, Flat ${int(1, 9)}0${int(1, 6)}` : ''}`;
    return multiline ? `${line1}\n${post} ${cityEn}, Cyprus` : pick([`${line1}, ${post} ${cityEn}`, `${line1}, ${cityEn} ${post}`, `${line1}, ${cityEn}, Cyprus`]);
  },
  ko: () => {
    const [sido, gu, road, dong, guEn, roadEn] = pick(KO_STREETS);
    const zip = pad(int(1000, 63999), 5);
    const no = int(1, 400);
    if (chance(0.1)) return `${pick(['', `#${int(101, 2503)}, `, `${int(2, 20)}F, `])}${no}, ${roadEn}, ${guEn}${chance(0.5) ? `, Korea ${zip}` : ''}`;
    if (chance(0.2)) return `${pick([sido, KO_SHORT[sido]])} ${gu} ${dong} ${pick(['', '산 '])}${int(1, 1800)}-${int(1, 40)}${pick(['', ` ${int(101, 909)}호`, ` ${pick(['자이', '더샵', '롯데캐슬', '아이파크'])} ${int(101, 130)}동 ${int(1, 29)}0${int(1, 4)}호`])}`;
    const unit = pick(['', '', `, ${int(101, 130)}동 ${int(1, 29)}0${int(1, 4)}호`, ` ${int(2, 12)}층`, `, ${pick(['B동', 'A동'])} ${int(201, 1203)}호 (${dong})`, ` (${dong}, ${pick(['테크노파크', '누리빌딩', '드림타워'])} ${int(2, 9)}층)`]);
    return `${pick(['', '', `(${zip}) `, `우편번호 ${zip}, `])}${pick([sido, KO_SHORT[sido]])} ${gu} ${road}${chance(0.25) ? `${int(1, 90)}번길` : ''} ${no}${chance(0.15) ? `-${int(1, 9)}` : ''}${unit}`;
  },
};
const addressFor = (locale, multiline = false) => ADDRESSES[locale](multiline);

// ---------------------------------------------------------------- ids the detector claims (those of emigrants, returnees and expatriates)
const ID_LEADS = {
  ro_MD: ['Pentru contabilitate: ', 'For payroll: '], fr_SN: ['Pour la paie : ', 'Dossier RH : '], dv_MV: ['For HR: ', 'For payroll: '], ckb_IQ: ['بۆ بەشی مووچە: ', 'For HR: '], ta_LK: ['For payroll: ', 'சம்பளப் பிரிவுக்கு: '],
  es_UY: ['Para liquidación de sueldos: ', 'Datos para RR. HH.: '], pt_AO: ['Para os recursos humanos: ', 'Para processamento salarial: '], ar_MA: ['Pour la paie : ', 'لمصلحة الأجور: '], en_UG: ['For payroll: ', 'HR file: '], el_CY: ['Για το λογιστήριο: ', 'For payroll: '],
};
/** [cue or neutral lead-in, value, type] for an id of a claimed type someone from `locale`'s country may hold. */
function nationalId(locale, p) {
  const named = chance(0.65);
  const say = (cues) => (named ? pick(cues) : pick(ID_LEADS[locale]));
  const krFrn = (cues) => [say(cues), krWritten(registration('KR_FRN')), 'KR_FRN'];
  const cf = (cues) => [say(cues), codiceFiscale(p.latinFirst, p.latinLast), 'IT_FISCAL_CODE'];
  const options = {
    ro_MD: [() => cf(['Codice fiscale (Italia): ', 'Cod fiscal italian: ']), () => [say(['NIE (Spania): ', 'NIE: ']), dni(), 'ES_DNI'], () => [say(['UK NI number: ', 'National Insurance: ']), nino(), 'UK_NINO'], () => [say(['Steuer-ID: ', 'Cod fiscal german (Steuer-ID): ']), steuerId(), 'DE_TAX_ID']],
    fr_SN: [() => [say(['N° de sécurité sociale (France) : ', 'NIR : ']), nir(), 'FR_NIR'], () => cf(['Codice fiscale : ', 'Code fiscal italien : ']), () => [say(['NIE (Espagne) : ', 'NIE : ']), dni(), 'ES_DNI'], () => [say(['SIN (Canada) : ', 'NAS/SIN : ']), sin(), 'CA_SIN']],
    dv_MV: [() => [say(['UK NI number: ', 'NINO: ']), nino(), 'UK_NINO'], () => [say(['PAN (India): ', 'PAN card: ']), pan(p.latinLast), 'IN_PAN'], () => [say(['Indian PAN: ', 'PAN no. ']), pan(p.latinLast), 'IN_PAN'], () => [say(['My Number (Japan): ', 'Individual Number: ']), myNumber(), 'JP_MY_NUMBER']],
    ckb_IQ: [() => [say(['Steuer-ID: ', 'Steueridentifikationsnummer: ']), steuerId(), 'DE_TAX_ID'], () => [say(['BSN: ', 'BSN (Holland): ']), bsn(), 'NL_BSN'], () => [say(['UK NI number: ', 'NINO: ']), nino(), 'UK_NINO'], () => [say(['US SSN: ', 'SSN: ']), ssn(), 'US_SSN']],
    ta_LK: [() => krFrn(['Korean ARC (EPS): ', 'Alien Registration No. (Korea): ']), () => [say(['Canadian SIN: ', 'SIN: ']), sin(), 'CA_SIN'], () => [say(['UK NI number: ', 'NINO: ']), nino(), 'UK_NINO'], () => [say(['My Number (Japan): ', 'マイナンバー: ']), myNumber(), 'JP_MY_NUMBER']],
    es_UY: [() => [say(['DNI (España): ', 'NIE: ']), dni(), 'ES_DNI'], () => cf(['Codice fiscale: ', 'Código fiscal italiano: ']), () => [say(['SSN (EE. UU.): ', 'Social Security Number: ']), ssn(), 'US_SSN']],
    pt_AO: [() => [say(['NIR (França): ', 'N.º de segurança social francês: ']), nir(), 'FR_NIR'], () => [say(['中国身份证号：', 'BI chinês (colega expatriado): ']), chineseId(), 'CN_RESIDENT_ID'], () => [say(['UK NI number: ', 'NINO: ']), nino(), 'UK_NINO']],
    ar_MA: [() => [say(['N° de sécurité sociale (France) : ', 'NIR : ']), nir(), 'FR_NIR'], () => [say(['NIE (España): ', 'NIE : ']), dni(), 'ES_DNI'], () => [say(['BSN (Pays-Bas) : ', 'BSN: ']), bsn(), 'NL_BSN'], () => cf(['Codice fiscale : ', 'C.F. ']), () => [say(['Steuer-ID : ', 'Steuer-ID: ']), steuerId(), 'DE_TAX_ID']],
    en_UG: [() => [say(['UK NI number: ', 'National Insurance No. ']), nino(), 'UK_NINO'], () => [say(['US SSN: ', 'Social Security No. ']), ssn(), 'US_SSN'], () => [say(['Canadian SIN: ', 'SIN: ']), sin(), 'CA_SIN'], () => [say(['Aadhaar: ', 'Aadhaar no. ']), aadhaar(), 'IN_AADHAAR'], () => [say(['PAN (India): ', 'PAN: ']), pan(p.latinLast), 'IN_PAN']],
    el_CY: [() => [say(['UK NI number: ', 'Αριθμός NI (ΗΒ): ']), nino(), 'UK_NINO'], () => [say(['Steuer-ID: ', 'Γερμανικός ΑΦΜ (Steuer-ID): ']), steuerId(), 'DE_TAX_ID'], () => [say(['BSN: ', 'Ολλανδικό BSN: ']), bsn(), 'NL_BSN'], () => [say(['NIR (France): ', 'Γαλλικός αρ. κοινωνικής ασφάλισης: ']), nir(), 'FR_NIR']],
  };
  if (locale === 'ko') {
    const kind = chance(0.7) ? 'KR_RRN' : 'KR_FRN';
    const cue = kind === 'KR_RRN' ? pick(['주민등록번호: ', '주민등록번호 ', '주민번호: ', '주민번호 ']) : pick(['외국인등록번호: ', '외국인등록번호 ', '외국인 등록번호 ']);
    return [named ? cue : pick(['신고용 ', '본인 확인용: ', '인사기록 ']), krWritten(registration(kind)), kind];
  }
  return pick(options[locale])();
}
function passport(locale) {
  const value = {
    ro_MD: () => `${pick(['AB', 'AC', 'BA'])}${digits(7)}`, fr_SN: () => `A0${digits(7)}`, dv_MV: () => `${pick(['LA', 'EA', 'LC'])}${digits(6)}`, ckb_IQ: () => `${letter('ABR')}${digits(8)}`, ta_LK: () => `N${digits(7)}`,
    es_UY: () => `${letter('CD')}${digits(6)}`, pt_AO: () => `N${digits(7)}`, ar_MA: () => `${letter('ABTUVZ')}${letter()}${digits(7)}`, en_UG: () => `${letter('ABC')}${digits(8)}`, el_CY: () => `${letter('EKC')}${digits(8)}`,
    ko: () => (chance(0.5) ? `M${digits(8)}` : `${letter('MS')}${digits(3)}${letter('ABCDEFGHJKLMNPQRSTUVWXYZ')}${digits(4)}`),
  }[locale]();
  const cue = {
    ro_MD: ['Pașaport nr. ', 'Pașaport: ', 'Паспорт № '], fr_SN: ['Passeport n° ', 'N° de passeport : '], dv_MV: ['ޕާސްޕޯޓް ނަންބަރު: ', 'Passport No. '], ckb_IQ: ['ژمارەی پاسپۆرت: ', 'Passport No. '], ta_LK: ['கடவுச்சீட்டு இலக்கம்: ', 'Passport No: '],
    es_UY: ['Pasaporte N.º ', 'Pasaporte: '], pt_AO: ['Passaporte n.º ', 'N.º do passaporte: '], ar_MA: ['رقم جواز السفر: ', 'Passeport n° '], en_UG: ['Passport No. ', 'Ugandan passport '], el_CY: ['Αρ. διαβατηρίου: ', 'Διαβατήριο: '], ko: ['여권번호: ', '여권 번호 ', '여권: '],
  }[locale];
  return [chance(0.7) ? pick(cue) : pick(['Passport: ', 'passport no. ', 'Travel document: ']), value];
}
/** [cue, value] of a driving licence, or null where the licence number is the national id (Moldova, Iraq, Uruguay, Angola), which no set writes. */
function driverLicence(locale) {
  const make = {
    fr_SN: () => `${int(1, 14)}/${digits(6)}/${int(2010, 2026)}`, dv_MV: () => `A${digits(6)}`, ta_LK: () => `B${digits(7)}`, ar_MA: () => `${int(1, 99)}/${digits(6)}`, en_UG: () => `${letter('ABCDE')}${letter('ABCDEFG')}${digits(7)}`, el_CY: () => digits(int(7, 9)),
    ko: () => `${pick(['인천 ', '광주 ', '대전 ', '제주 ', '경남 ', '13-', '16-', '20-', '21-', '22-', '23-', '25-', '26-', '28-'])}${digits(2)}-${digits(6)}-${digits(2)}`,
  }[locale];
  if (!make) return null;
  const cue = {
    fr_SN: 'Permis de conduire n° ', dv_MV: 'Driving licence no. ', ta_LK: 'சாரதி அனுமதிப்பத்திர இலக்கம்: ', ar_MA: 'رقم رخصة السياقة: ', en_UG: 'Driving permit no. ', el_CY: 'Αρ. άδειας οδήγησης: ', ko: pick(['운전면허번호: ', '면허번호 ']),
  }[locale];
  return [chance(0.7) ? cue : pick(['Driving licence: ', "Driver's license no. "]), make()];
}
const NO_LICENCE_NUMBER = { ro_MD: 'Permis de conducere categoria B', ckb_IQ: 'مۆڵەتی شۆفێری (جۆری B)', es_UY: 'Libreta de conducir categoría A vigente', pt_AO: 'Carta de condução profissional (categoria C)' };

// ---------------------------------------------------------------- banking
const IBAN_BBAN = {
  MD: () => `${pick(['AG', 'MO', 'VI', 'ML'])}${digits(18)}`,
  IQ: () => `${pick(['NBIQ', 'RAFB', 'TRIQ', 'BBAC'])}${digits(3)}${digits(12)}`,
  CY: () => `${pick(['002', '005', '018'])}${digits(5)}${digits(16)}`,
};
const IBAN_COUNTRY = { ro_MD: 'MD', ckb_IQ: 'IQ', el_CY: 'CY' };
function iban(country) {
  const compact = ibanOf(country, IBAN_BBAN[country]());
  return pick([compact.match(/.{1,4}/gu).join(' '), compact.match(/.{1,4}/gu).join(' '), compact]);
}
/** A domestic account with the words around it: [lead-in, account, trailer]; only the account is labelled (a Senegalese or Moroccan RIB, written as one number, whole). */
function bankAccount(locale) {
  switch (locale) {
    case 'fr_SN':
      return pick([['RIB : ', `SN${digits(3)} ${digits(5)} ${digits(12)} ${digits(2)}`, ` (${pick(['CBAO', 'Société Générale Sénégal', 'Ecobank'])})`], [`Compte ${pick(['CBAO', 'BHS', 'Banque Atlantique'])} n° `, `${digits(11)}-${digits(2)}`, '']]);
    case 'dv_MV':
      return pick([['BML account: ', `77${digits(11)}`, ` (${pick(['MVR', 'USD'])})`], ['Bank of Maldives a/c ', `7701 ${digits(6)} ${digits(3)}`, ''], ['MIB account no. ', `9${digits(16)}`, '']]);
    case 'ta_LK':
      return pick([[`${pick(['Commercial Bank', 'Sampath Bank', 'HNB', 'Bank of Ceylon'])} account no. `, pick([digits(10), `${digits(4)} ${digits(4)} ${digits(4)}`, digits(12)]), ''], ['A/C No: ', digits(10), ` (${pick(['BOC, Jaffna branch', 'People’s Bank, Wellawatte', 'NSB, Kandy'])})`]]);
    case 'es_UY':
      return pick([['Caja de ahorro BROU N.º ', `${digits(9)}-${digits(5)}`, ''], [`Cuenta ${pick(['Itaú', 'Santander', 'Scotiabank'])} `, pick([digits(7), digits(12), `${digits(3)}-${digits(7)}`]), ` (${pick(['pesos', 'dólares'])})`]]);
    case 'pt_AO':
      return pick([['NIB: ', `${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(1)}`, ` (${pick(['BAI', 'BFA', 'Banco Sol', 'BIC'])})`], [`Conta ${pick(['BAI', 'BFA', 'Millennium Atlântico'])} n.º `, pick([digits(10), `${digits(3)}.${digits(3)}.${digits(3)}`, digits(13)]), '']]);
    case 'ar_MA':
      return pick([['RIB : ', `${digits(3)} ${digits(3)} ${digits(16)} ${digits(2)}`, ` (${pick(['Attijariwafa bank', 'CIH Bank', 'BMCE Bank of Africa'])})`], ['رقم الحساب البنكي (RIB): ', digits(24), ''], [`Compte ${pick(['Banque Populaire', 'CIH'])} n° `, digits(16), '']]);
    case 'en_UG':
      return pick([[`${pick(['Stanbic Bank', 'Centenary Bank', 'dfcu Bank', 'Absa Uganda'])} account no. `, pick([digits(13), digits(10), `${digits(4)}-${digits(9)}`]), ''], ['A/C ', digits(13), ` (${pick(['Stanbic, Garden City', 'Centenary, Mapeera House', 'Equity Uganda, Ntinda'])})`]]);
    case 'ko':
      return pick([['국민 ', `${digits(6)}-${digits(2)}-${digits(6)}`, ''], ['신한 ', `110-${digits(3)}-${digits(6)}`, ''], ['하나 ', `${digits(3)}-${digits(6)}-${digits(5)}`, ''], ['우리 ', `1002-${digits(3)}-${digits(6)}`, ''], ['케이뱅크 ', `100-${digits(3)}-${digits(6)}`, ''], ['새마을금고 ', `9002-${digits(4)}-${digits(4)}-${digits(1)}`, ''], ['신협 ', `131-${digits(3)}-${digits(6)}`, '']]);
    default:
      return null;
  }
}
/** A payment line: the country's IBAN (Moldova, Iraq, Cyprus) or a domestic account (BANK_ACCOUNT); Uganda and Senegal sometimes mobile money (a PHONE). */
function payment(d, locale, lead = '') {
  const country = IBAN_COUNTRY[locale];
  if (country) {
    const cue = { MD: ['IBAN: ', 'Cont IBAN: ', 'Cod IBAN: '], IQ: ['IBAN: ', 'ئایبان (IBAN): '], CY: ['IBAN: ', 'Αρ. λογαριασμού (IBAN): '] }[country];
    d.add(lead || pick(cue)).entity('IBAN', iban(country));
    return;
  }
  if ((locale === 'en_UG' || locale === 'fr_SN') && chance(0.25)) {
    d.add(lead).add(locale === 'en_UG' ? pick(['MTN MoMo ', 'Airtel Money ']) : pick(['Wave ', 'Orange Money '])).entity('PHONE', phoneFor(locale));
    return;
  }
  const [cue, value, trail] = bankAccount(locale);
  d.add(lead).add(cue).entity('BANK_ACCOUNT', value).add(trail);
}

// ---------------------------------------------------------------- birth dates
const MONTHS = {
  ro: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  dv: ['ޖަނަވަރީ', 'ފެބްރުއަރީ', 'މާރިޗު', 'އޭޕްރީލް', 'މެއި', 'ޖޫން', 'ޖުލައި', 'އޯގަސްޓު', 'ސެޕްޓެމްބަރު', 'އޮކްޓޯބަރު', 'ނޮވެމްބަރު', 'ޑިސެމްބަރު'],
  ckb: ['کانوونی دووەم', 'شوبات', 'ئازار', 'نیسان', 'ئایار', 'حوزەیران', 'تەممووز', 'ئاب', 'ئەیلوول', 'تشرینی یەکەم', 'تشرینی دووەم', 'کانوونی یەکەم'],
  ta: ['ஜனவரி', 'பெப்ரவரி', 'மார்ச்', 'ஏப்ரல்', 'மே', 'ஜூன்', 'ஜூலை', 'ஆகஸ்ட்', 'செப்டம்பர்', 'ஒக்டோபர்', 'நவம்பர்', 'டிசம்பர்'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['Janeiro', 'Fevereiro', 'Março', 'Abril', 'Maio', 'Junho', 'Julho', 'Agosto', 'Setembro', 'Outubro', 'Novembro', 'Dezembro'],
  maghreb: ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر'],
  el: ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
};
function birthDate(locale) {
  const b = birthDay(int, 1962, 2007);
  const { y, m, d, dd, mm } = b;
  const forms = {
    ro_MD: [`${dd}.${mm}.${y}`, `${dd}.${mm}.${y}`, `${d} ${MONTHS.ro[m - 1]} ${y}`, `${dd}/${mm}/${y}`, `${d} ${MONTHS.ru[m - 1]} ${y} г.`],
    fr_SN: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${d === 1 ? '1er' : d} ${MONTH_NAMES.fr[m - 1]} ${y}`, `${dd}-${mm}-${y}`, `${dd}.${mm}.${y}`],
    dv_MV: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${d} ${MONTH_NAMES.en[m - 1]} ${y}`, `${d} ${MONTHS.dv[m - 1]} ${y}`, `${y}-${mm}-${dd}`],
    ckb_IQ: [`${dd}/${mm}/${y}`, arabicIndicDigits(`${dd}/${mm}/${y}`), `${d}ی ${MONTHS.ckb[m - 1]}ی ${y}`, `${y}/${mm}/${dd}`, arabicIndicDigits(`${y}/${m}/${d}`)],
    ta_LK: [`${dd}/${mm}/${y}`, `${y}-${mm}-${dd}`, `${y}.${mm}.${dd}`, `${d} ${MONTHS.ta[m - 1]} ${y}`, `${ordinal(d)} ${MONTH_NAMES.en[m - 1]} ${y}`],
    es_UY: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${d} de ${MONTHS.es[m - 1]} de ${y}`, `${d}/${m}/${y}`, `${dd}-${mm}-${y}`],
    pt_AO: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${d} de ${MONTHS.pt[m - 1]} de ${y}`, `${dd}-${mm}-${y}`, `${dd}.${mm}.${y}`],
    ar_MA: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${d} ${MONTHS.maghreb[m - 1]} ${y}`, `${d === 1 ? '1er' : d} ${MONTH_NAMES.fr[m - 1]} ${y}`, `${dd}-${mm}-${y}`],
    en_UG: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${ordinal(d)} ${MONTH_NAMES.en[m - 1]} ${y}`, `${dd}-${MONTH_NAMES.enShort[m - 1]}-${y}`, `${d}.${m}.${y}`],
    el_CY: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${d} ${MONTHS.el[m - 1]} ${y}`, `${d}/${m}/${y}`, `${dd}-${mm}-${y}`],
    ko: [`${y}년 ${m}월 ${d}일`, `${y}년 ${mm}월 ${dd}일`, `${y}.${mm}.${dd}`, `${y}. ${mm}. ${dd}`, `${y}-${mm}-${dd}`, `${b.yy}.${mm}.${dd}`, `${b.yy}${mm}${dd}`, `${b.yy}년 ${m}월 ${d}일`],
  }[locale];
  return pick(forms);
}
const DOB_CUES = {
  en: ['Date of birth: ', 'DOB: ', 'Date of Birth: ', 'Birth date: ', 'Born: '],
  ro_MD: ['Data nașterii: ', 'Născut(ă) la ', 'Data nasterii: ', 'Дата рождения: '], fr_SN: ['Date de naissance : ', 'Né(e) le ', 'Née le ', 'Né le '], dv_MV: ['އުފަން ތާރީޚު: ', 'Date of birth: '], ckb_IQ: ['بەرواری لەدایکبوون: ', 'لەدایکبوون: '],
  ta_LK: ['பிறந்த திகதி: ', 'பிறந்த தேதி: ', 'Date of birth: '], es_UY: ['Fecha de nacimiento: ', 'Nacido/a el ', 'F. de nac.: '], pt_AO: ['Data de nascimento: ', 'Nascido(a) a ', 'Data de nasc.: '],
  ar_MA: ['تاريخ الازدياد: ', 'Date de naissance : ', 'Né(e) le '], en_UG: ['Date of birth: ', 'DOB: ', 'Born on '], el_CY: ['Ημερομηνία γέννησης: ', 'Ημ. γέννησης: ', 'Γεννήθηκα στις '],
  ko: ['생년월일: ', '생년월일 ', '생일: ', '출생일: '],
};
/** A birth-date cue in the document's language or English; a Korean birth date (YYMMDD among them) always has its cue. */
const dobCue = (locale) => pick(locale === 'ko' || chance(0.65) ? DOB_CUES[locale] : DOB_CUES.en);

// ---------------------------------------------------------------- hard negatives
const SALARY = {
  ro_MD: () => pick([`${int(12, 45)} ${digits(3)} MDL net`, `${int(800, 2500)} EUR brut`, `salariu de la ${int(15, 40)} 000 lei`]),
  fr_SN: () => pick([`${int(300, 1500)} 000 FCFA net`, `XOF ${int(400, 2000)},000 par mois`, `${int(5, 15)} millions FCFA par an`]),
  dv_MV: () => pick([`MVR ${int(12, 45)},000 per month`, `USD ${int(900, 3500)} + service charge`, `Rf ${int(15, 40)},000`]),
  ckb_IQ: () => pick([`${int(700, 2500)},000 IQD per month`, `USD ${int(800, 3000)} net`, `${int(1, 3)} ملیۆن دینار`]),
  ta_LK: () => pick([`LKR ${int(80, 450)},000 per month`, `Rs. ${int(1, 4)},${digits(3)},000 p.a.`, `ரூ. ${int(90, 300)},000`]),
  es_UY: () => pick([`$ ${int(45, 180)}.000 nominales`, `USD ${int(1500, 5000)} líquidos`, `${int(60, 150)} mil pesos`]),
  pt_AO: () => pick([`${int(350, 2500)} 000 Kz líquidos`, `AOA ${int(400, 2000)}.000,00`, `USD ${int(1200, 6000)} (expatriado)`]),
  ar_MA: () => pick([`${int(6, 35)} 000 MAD net`, `${int(8, 30)} 000 درهم شهريا`, `salaire brut ${int(90, 400)} KDH/an`]),
  en_UG: () => pick([`UGX ${int(1, 9)},${digits(3)},000 per month`, `USh ${int(2, 12)}m gross`, `USD ${int(600, 3000)}`]),
  el_CY: () => pick([`€${int(18, 65)},000 ετησίως`, `${int(1400, 4800)} € μικτά`, `EUR ${int(22, 70)}k + 13th salary`]),
};
const COMPANY_NUMBERS = {
  ro_MD: () => pick([`IDNO ${pick(['1003', '1012', '1020'])}${digits(9)}`, `Cod TVA ${nz(7)}`, `IDNO: 10${digits(11)}`]),
  fr_SN: () => pick([`NINEA ${nz(7)} ${digits(1)}${letter()}${digits(1)}`, `RCCM SN-DKR-${int(2010, 2025)}-B-${int(1000, 40000)}`, `NINEA : 00${digits(5)}`]),
  dv_MV: () => pick([`Company Reg. C-${pad(int(1, 1500), 4)}/${int(2005, 2025)}`, `TIN ${nz(7)}GST001`, `SME Reg. SME-${digits(5)}`]),
  ckb_IQ: () => pick([`Company Reg. No. ${int(1000, 99999)}`, `ژمارەی تۆمارکردنی کۆمپانیا ${arabicIndicDigits(String(int(1000, 99999)))}`, `Tax ID ${nz(9)}`]),
  ta_LK: () => pick([`Company No. PV ${int(1000, 250000)}`, `VAT Reg. ${nz(9)}-7000`, `BR No. ${letter()}${letter()}/${digits(4)}`]),
  es_UY: () => pick([`RUT ${nz(12)}`, `RUT N.º 21${digits(10)}`, `BPS ${digits(7)}`]),
  pt_AO: () => pick([`NIF ${nz(10)}`, `NIF: 54${digits(8)}`, `Alvará n.º ${digits(5)}/${int(2015, 2025)}`]),
  ar_MA: () => pick([`ICE ${digits(15)}`, `RC ${int(10000, 600000)} Casablanca`, `IF ${nz(8)}`, `CNSS employeur ${nz(7)}`]),
  en_UG: () => pick([`TIN ${nz(10)}`, `URSB Reg. No. 80020${digits(9)}`, `NSSF employer no. NS${digits(9)}`]),
  el_CY: () => pick([`ΑΦΜ CY${nz(8)}${letter()}`, `Αρ. Εγγραφής ΗΕ ${int(100000, 450000)}`, `VAT CY${nz(8)}${letter()}`]),
};
const CURRENCY = { ro_MD: 'MDL', fr_SN: 'XOF', dv_MV: 'MVR', ckb_IQ: 'IQD', ta_LK: 'LKR', es_UY: 'UYU', pt_AO: 'AOA', ar_MA: 'MAD', en_UG: 'UGX', el_CY: 'EUR' };
const PROSE_PLACES = {
  ro_MD: () => 'Biroul este lângă Piața Marii Adunări Naționale.', fr_SN: () => 'Nos bureaux sont à deux pas du rond-point de la VDN.', dv_MV: () => 'The office is next to the Hulhumalé ferry terminal.',
  ckb_IQ: () => 'نووسینگەکە نزیکی قەڵای هەولێرە.', ta_LK: () => 'அலுவலகம் யாழ்ப்பாணம் பேருந்து நிலையத்துக்கு அருகில் உள்ளது.', es_UY: () => 'La oficina está frente a la Plaza Independencia.',
  pt_AO: () => 'O escritório fica perto da Marginal de Luanda.', ar_MA: () => 'Le bureau est à côté du Twin Center.', en_UG: () => 'We are opposite Acacia Mall in Kololo.', el_CY: () => 'Το γραφείο είναι δίπλα στην πλατεία Ελευθερίας.',
};
/** A sentence with numbers or places that are not personal data. */
function negative(locale) {
  return pick([
    () => `Reference ${letter()}${letter()}/${int(2025, 2027)}/${digits(4)}.`,
    () => `Order no. ${digits(int(7, 9))}.`,
    () => `PO ${int(4500, 4599)}${digits(6)}.`,
    () => `Room ${int(1, 9)}.${pad(int(1, 40), 2)}, ${pick(['north', 'east'])} wing.`,
    () => `Tracking ${letter()}${letter()}${digits(9)}${letter()}${letter()}.`,
    () => `Ticket #${digits(5)}.`,
    () => `${companyOf(locale)}, since ${int(2012, 2024)}.`,
    () => `Salary expectation: ${SALARY[locale]()}.`,
    () => `${COMPANY_NUMBERS[locale]()}.`,
    () => PROSE_PLACES[locale](),
    () => `Pass valid ${pad(int(1, 28), 2)}.${pad(int(1, 12), 2)}.2027, ${pad(int(8, 11), 2)}:00–${int(14, 18)}:00.`,
    () => `Car plate ${letter()}${letter()}${letter()} ${digits(3)}.`,
    () => `Seat ${int(1, 40)}${letter('ABCDEF')}, ${int(2, 9)} km from the depot.`,
    () => `Pension plan ref. PL-${digits(7)}.`,
    () => `Version ${int(1, 9)}.${int(0, 20)}.${int(0, 99)} of the form.`,
    () => `Cost centre ${digits(4)}-${digits(3)}.`,
    () => `ISBN 978-${int(0, 9)}-${digits(3)}-${digits(5)}-${int(0, 9)}.`,
  ])();
}
const KO_NEGATIVES = [
  () => `문서번호 ${int(2026, 2027)}-인사-${digits(4)}`,
  () => `차량번호 ${int(10, 399)}${pick(['거', '너', '더', '러', '버'])} ${digits(4)}`,
  () => `사번 ${int(2016, 2025)}${digits(4)}`,
  () => `노선 ${int(1, 12)}호차 (${pad(int(6, 8), 2)}:${pick(['10', '25', '40'])} 출발)`,
  () => `방문증 번호 V-${digits(5)}`,
  () => `법인등록번호 ${digits(6)}-${digits(7)} (회사)`,
  () => `사업자등록번호 ${businessRegistrationNumber()}`,
  () => `계약번호 IRP-${digits(8)}`,
  () => `적립금 ${int(300, 9800)}만 원`,
  () => `기숙사 ${int(1, 5)}동 ${int(2, 9)}0${int(1, 9)}호 배정 예정`,
  () => `주문번호 ${digits(12)}`,
  () => `회의실 ${int(2, 15)}층 ${letter('ABC')}-${int(1, 9)}`,
  () => `처리기한 2027.01.${pad(int(5, 28), 2)}`,
];
const koreanNegative = () => pick(KO_NEGATIVES)();

// ---------------------------------------------------------------- people, companies and e-mails
fakerRO_MD.seed(SEED);
fakerFR_SN.seed(SEED);
fakerES.seed(SEED);
fakerPT_PT.seed(SEED);
fakerEN.seed(SEED);
const FAKER = { ro_MD: fakerRO_MD, fr_SN: fakerFR_SN, es_UY: fakerES, pt_AO: fakerPT_PT };
/** Names from short lists where faker has no locale, no names or no romanisation: [name as written, given name in Latin letters, family name in Latin letters]. */
const WRITTEN_NAMES = {
  dv_MV: [['އަޙްމަދު ޝިފާޒު', 'Ahmed', 'Shifaz'], ['ފާޠިމަތު ނިޝާ', 'Fathimath', 'Nisha'], ['Mohamed Ibrahim', 'Mohamed', 'Ibrahim'], ['Aishath Shiuna', 'Aishath', 'Shiuna'], ['Hussain Naseem', 'Hussain', 'Naseem'], ['މަރިޔަމް ޝާހިދާ', 'Mariyam', 'Shahidha'], ['Ibrahim Rasheed', 'Ibrahim', 'Rasheed']],
  ckb_IQ: [['ئاراس محەمەد', 'Aras', 'Mohammed'], ['شیلان ئەحمەد', 'Shilan', 'Ahmed'], ['ڕێبین عوسمان', 'Rebin', 'Osman'], ['ژیان کەریم', 'Zhiyan', 'Karim'], ['هێمن جەلال', 'Hemin', 'Jalal'], ['دیلان عەلی', 'Dilan', 'Ali'], ['Sara Aziz', 'Sara', 'Aziz']],
  ta_LK: [['சிவகுமார் செல்வராஜா', 'Sivakumar', 'Selvarajah'], ['தர்ஷினி இராஜேந்திரன்', 'Tharshini', 'Rajendran'], ['கஜன் நடராஜா', 'Kajan', 'Nadarajah'], ['நிரோஷா பாலசுப்பிரமணியம்', 'Nirosha', 'Balasubramaniam'], ['Pradeep Jayawardena', 'Pradeep', 'Jayawardena'], ['Dilani Perera', 'Dilani', 'Perera'], ['Mohamed Rizwan', 'Mohamed', 'Rizwan']],
  ar_MA: [['Youssef El Amrani', 'Youssef', 'El Amrani'], ['Fatima Zahra Bennani', 'Fatima Zahra', 'Bennani'], ['يوسف العلوي', 'Youssef', 'Alaoui'], ['خديجة التازي', 'Khadija', 'Tazi'], ['Mehdi Chraibi', 'Mehdi', 'Chraibi'], ['Salma Idrissi', 'Salma', 'Idrissi'], ['Hamza Ouazzani', 'Hamza', 'Ouazzani']],
  en_UG: [['Nakato Sarah', 'Sarah', 'Nakato'], ['Okello David', 'David', 'Okello'], ['Grace Namubiru', 'Grace', 'Namubiru'], ['Ssemakula Joseph', 'Joseph', 'Ssemakula'], ['Brenda Akello', 'Brenda', 'Akello'], ['Ivan Mugisha', 'Ivan', 'Mugisha'], ['Nikhil Patel', 'Nikhil', 'Patel'], ['Kato Ronald', 'Ronald', 'Kato']],
  el_CY: [['Ανδρέας Γεωργίου', 'Andreas', 'Georgiou'], ['Μαρία Χριστοφόρου', 'Maria', 'Christoforou'], ['Νικόλας Παπαδόπουλος', 'Nikolas', 'Papadopoulos'], ['Έλενα Κωνσταντίνου', 'Elena', 'Konstantinou'], ['Χρίστος Ιωάννου', 'Christos', 'Ioannou'], ['Σοφία Χαραλάμπους', 'Sofia', 'Charalambous'], ['Marios Evangelou', 'Marios', 'Evangelou']],
  ko: [['하지우', 'Jiwoo', 'Ha'], ['문서진', 'Seojin', 'Moon'], ['남궁민', 'Min', 'Namgung'], ['유하은', 'Haeun', 'Yoo'], ['배준혁', 'Junhyuk', 'Bae'], ['송아린', 'Arin', 'Song'], ['임재원', 'Jaewon', 'Lim'], ['조예린', 'Yerin', 'Cho'], ['홍시우', 'Siwoo', 'Hong'], ['강다온', 'Daon', 'Kang'], ['윤태오', 'Taeo', 'Yoon'], ['정하람', 'Haram', 'Jung']],
};
const COMPANIES = {
  ro_MD: ['Codru Software SRL', 'Nistru Logistic SA', 'Bessarabia Data SRL', 'Orhei Vin SA'], fr_SN: ['Teranga Digital SARL', 'Sahel Logistique SA', 'Baobab Conseil', 'Dakar Fintech SAS'],
  dv_MV: ['Atoll Hospitality Pvt Ltd', 'Blue Reef Resorts', 'Male Marine Services', 'Dhoni Logistics'], ckb_IQ: ['Zagros Tech', 'Kurdistan Logistics Co.', 'Hawler Oil Services', 'کۆمپانیای زاگرۆس'],
  ta_LK: ['Lanka Data Works (Pvt) Ltd', 'Palmyrah Exports', 'Ceylon Tea Logistics', 'Jaffna Software Hub'], es_UY: ['Río de la Plata Software SA', 'Logística Oriental SRL', 'Charrúa Fintech', 'Pampa Agro SA'],
  pt_AO: ['Kwanza Digital, Lda.', 'Logística do Atlântico SA', 'Benguela Engenharia', 'Huíla Agro, Lda.'], ar_MA: ['Atlas Digital SARL', 'Maghreb Logistique SA', 'Chaouia Conseil', 'Souss Agro SARL'],
  en_UG: ['Pearl Fintech Ltd', 'Nile Logistics Uganda', 'Rwenzori Data Systems', 'Victoria Agro Ltd'], el_CY: ['Troodos Software Ltd', 'Limassol Shipping Co.', 'Aphrodite Fintech Ltd', 'Kyrenia Logistics'],
  ko: ['(주)가람테크', '솔빛물류 주식회사', '(주)다온소프트', '한결메디컬', '(주)이음에너지'],
};
const companyOf = (locale) => pick(COMPANIES[locale]);
const DOMAINS = {
  ro_MD: ['gmail.com', 'mail.md', 'yahoo.com', 'mail.ru'], fr_SN: ['gmail.com', 'yahoo.fr', 'orange.sn', 'hotmail.fr'], dv_MV: ['gmail.com', 'hotmail.com', 'dhivehinet.net.mv'], ckb_IQ: ['gmail.com', 'yahoo.com', 'outlook.com'],
  ta_LK: ['gmail.com', 'yahoo.com', 'sltnet.lk'], es_UY: ['gmail.com', 'adinet.com.uy', 'hotmail.com'], pt_AO: ['gmail.com', 'hotmail.com', 'yahoo.com.br'], ar_MA: ['gmail.com', 'menara.ma', 'hotmail.fr'],
  en_UG: ['gmail.com', 'yahoo.com', 'outlook.com'], el_CY: ['gmail.com', 'cytanet.com.cy', 'hotmail.com'], ko: ['naver.com', 'gmail.com', 'daum.net', 'hanmail.net', 'kakao.com'],
};
function person(locale) {
  let name, latinFirst, latinLast;
  if (WRITTEN_NAMES[locale]) {
    [name, latinFirst, latinLast] = pick(WRITTEN_NAMES[locale]);
    if (locale !== 'ko' && chance(0.15)) name = `${latinFirst} ${latinLast}`;
  } else {
    const f = FAKER[locale];
    latinFirst = f.person.firstName();
    latinLast = f.person.lastName();
    name = `${latinFirst} ${latinLast}`;
  }
  const a = ascii(latinFirst).toLowerCase() || 'alex';
  const b = ascii(latinLast).toLowerCase() || 'kim';
  const local = pick([`${a}.${b}`, `${a}${b}`, `${a}_${b}`, `${a[0]}${b}`, `${b}.${a[0]}`, `${a}.${b}${int(1, 99)}`, `${a}${int(1980, 2007)}`, `${b}${a}`]);
  return { name, latinFirst, latinLast, roman: `${latinFirst} ${latinLast}`, email: `${local}@${pick(DOMAINS[locale])}` };
}
/** A company's mail domain from its name, or a plain one when the name has too few Latin letters. */
const domainOf = (company) => {
  const letters = ascii(company.replace(/\b(?:Ltd|SRL|SARL|SAS|SA|Pvt|Co|Lda)\b/gu, '')).toLowerCase().slice(0, 12);
  return `${letters.length >= 4 ? letters : pick(['hiredesk', 'peoplehub', 'staffbase', 'talentpoint'])}.${pick(['com', 'net', 'co', 'org'])}`;
};
const workEmail = (p, domain) => `${pick([`${ascii(p.latinFirst).toLowerCase() || 'hr'}`, `${ascii(p.latinFirst).toLowerCase().slice(0, 1) || 'h'}.${ascii(p.latinLast).toLowerCase() || 'team'}`, 'people', 'hr', 'talent', 'immigration', 'vendors'])}@${domain}`;
const title = () => fakerEN.person.jobTitle();

// ---------------------------------------------------------------- local words
const WORDS = {
  ro_MD: { phone: 'Tel.', mobile: 'Mobil', email: 'E-mail', address: 'Adresa', greeting: 'Bună ziua', bye: 'Cu stimă' },
  fr_SN: { phone: 'Tél.', mobile: 'Portable', email: 'Courriel', address: 'Adresse', greeting: 'Bonjour', bye: 'Cordialement' },
  dv_MV: { phone: 'ފޯނު', mobile: 'މޯބައިލް', email: 'އީމެއިލް', address: 'އެޑްރެސް', greeting: 'Dear', bye: 'Best regards' },
  ckb_IQ: { phone: 'تەلەفۆن', mobile: 'مۆبایل', email: 'ئیمەیڵ', address: 'ناونیشان', greeting: 'بەڕێز', bye: 'لەگەڵ ڕێزدا' },
  ta_LK: { phone: 'தொலைபேசி', mobile: 'கைபேசி', email: 'மின்னஞ்சல்', address: 'முகவரி', greeting: 'அன்புள்ள', bye: 'நன்றி' },
  es_UY: { phone: 'Tel.', mobile: 'Cel.', email: 'Correo', address: 'Domicilio', greeting: 'Estimado/a', bye: 'Saludos cordiales' },
  pt_AO: { phone: 'Tel.', mobile: 'Telemóvel', email: 'E-mail', address: 'Morada', greeting: 'Exmo.(a) Sr.(a)', bye: 'Com os melhores cumprimentos' },
  ar_MA: { phone: 'الهاتف', mobile: 'GSM', email: 'البريد الإلكتروني', address: 'العنوان', greeting: 'Bonjour', bye: 'Cordialement' },
  en_UG: { phone: 'Tel', mobile: 'Mob', email: 'Email', address: 'Residence', greeting: 'Dear', bye: 'Yours faithfully' },
  el_CY: { phone: 'Τηλ.', mobile: 'Κιν.', email: 'Email', address: 'Διεύθυνση', greeting: 'Αγαπητή κυρία', bye: 'Με εκτίμηση' },
};
const ENGLISH_WORDS = { phone: 'Phone', mobile: 'Mobile', email: 'E-mail', address: 'Address' };
const word = (locale, key) => (chance(0.6) ? WORDS[locale][key] : ENGLISH_WORDS[key] ?? WORDS[locale][key]);
const someDate = () => `${int(1, 28)} ${MONTH_NAMES.en[int(0, 11)]} ${pick(['2026', '2027'])}`;

/** Contact lines closing a message: name, then phone, e-mail and address with or without their labels. */
function signature(d, locale, p, { phone = 0.8, email = 0.5, address = 0.3 } = {}) {
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
/** A form field: `label` and value on one line, the label above the value, or the value alone. */
function field(d, label, type, value) {
  const form = int(1, 10);
  if (form <= 7) d.add(label);
  else if (form <= 9) d.add(`${label.replace(/[:：]\s*$/u, '')}\n`);
  d.entity(type, value).add('\n');
}

// ---------------------------------------------------------------- document kinds
const LANGUAGES = {
  ro_MD: 'Romanian, Russian, English', fr_SN: 'French, Wolof, English', dv_MV: 'Dhivehi, English', ckb_IQ: 'Kurdish (Sorani), Arabic, English', ta_LK: 'Tamil, Sinhala, English',
  es_UY: 'Spanish, Portuguese, English', pt_AO: 'Portuguese, Kimbundu, English', ar_MA: 'Arabic, French, English', en_UG: 'English, Luganda, Swahili', el_CY: 'Greek, English, Turkish',
};
const KINDS = {
  /** The sidebar of a two-column CV as a PDF extractor gives it: contact lines interleaved with the main column's headings and sentences. */
  twoColumnCvSidebar(d, locale, p) {
    const job = title();
    d.add(`${p.name.toUpperCase()}\n${job}\n`);
    const main = shuffle([`PROFILE  ${int(3, 15)} years in ${pick(['operations', 'software delivery', 'hospitality', 'finance', 'logistics'])}.`, `EXPERIENCE  ${companyOf(locale)} (${int(2015, 2022)}–${pick(['now', String(int(2023, 2026))])})`, `Led a team of ${int(3, 25)}; ${negative(locale)}`, `EDUCATION  ${pick(['BSc', 'MBA', 'Licence', 'Diploma'])}, ${int(2005, 2020)}`, `LANGUAGES  ${LANGUAGES[locale]}`]);
    const side = shuffle([
      () => d.entity('PHONE', phoneFor(locale)),
      () => d.entity('EMAIL', p.email),
      () => d.entity('ADDRESS', addressFor(locale, chance(0.5))),
      () => (chance(0.45) ? d.add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)) : d.add(pick(['Driving licence B', 'Available immediately', 'Open to relocation']))),
      () => (chance(0.3) ? d.add(`${word(locale, 'phone')}: `).entity('PHONE', phoneFor(locale)) : d.add(pick(['linkedin.com/in/', 'github.com/']) + ascii(p.latinFirst).toLowerCase() + ascii(p.latinLast).toLowerCase())),
      () => (chance(0.15) ? someIdentifier(d, locale, p, '') : d.add(pick(['Nationality: dual', 'Work permit: yes', 'Married, 2 children']))),
    ]).slice(0, int(3, 6));
    side.forEach((line, k) => {
      line();
      d.add(chance(0.5) && main[k] ? `    ${main[k]}\n` : '\n');
    });
    d.add(`${main.at(-1)}\n`);
  },
  /** An unsolicited application letter: where the writer lives, how to reach them, when they could start. */
  speculativeApplication(d, locale, p) {
    const company = companyOf(locale);
    const hr = person(locale);
    d.add(`${p.name}\n`);
    if (chance(0.7)) d.entity('ADDRESS', addressFor(locale, chance(0.6))).add('\n');
    if (chance(0.6)) d.entity('PHONE', phoneFor(locale)).add(chance(0.5) ? ' · ' : '\n');
    if (chance(0.7)) d.entity('EMAIL', p.email).add('\n');
    if (!d.text.endsWith('\n')) d.add('\n');
    d.add(`\n${someDate()}\n\n${company}\n${pick(['Attn: Human Resources', 'Recruitment team', 'To the hiring manager'])}\n\n${WORDS[locale].greeting} ${hr.latinLast},\n\n`);
    d.add(`${pick(['I am writing to ask whether you have openings for a', 'Although no position is advertised, I would like to apply as a', 'I would welcome the chance to join your team as a'])} ${title()}. ${negative(locale)} ${pick(['I finished my contract abroad this year and am back home.', 'I have followed your projects for some time.', 'A former colleague recommended your company.'])}\n`);
    if (chance(0.3)) d.add(`${pick(['I was born on ', 'For your records, my date of birth is '])}`).entity('DATE_OF_BIRTH', birthDate(locale)).add(`, ${pick(['so I qualify for the graduate scheme', 'as the portal asks', 'in case you need it for the youth programme'])}.\n`);
    if (chance(0.4)) d.add(`${pick(['You can call me any day on ', 'I am reachable on ', 'WhatsApp: '])}`).entity('PHONE', phoneFor(locale)).add('.\n');
    if (chance(0.2)) {
      const ref = person(locale);
      const referee = companyOf(locale);
      d.add(`${ref.roman}, my manager at ${referee}, can confirm my work: `);
      if (chance(0.5)) d.entity('PHONE', phoneFor(locale, true));
      else d.entity('EMAIL', workEmail(ref, domainOf(referee)));
      d.add('.\n');
    }
    d.add(`\n${WORDS[locale].bye},\n${p.name}\n`);
  },
  /** A work-permit questionnaire from the employer's immigration adviser, answered by the candidate. */
  workPermitQuestionnaire(d, locale, p) {
    const adviser = person(locale);
    const firm = pick(['Harbour Immigration Advisers', 'GlobalMove Visa Services', 'Meridian Relocation', 'BorderWise Consulting']);
    d.add(`${firm} — work permit questionnaire\nCase ${letter()}${letter()}-${digits(5)} · ${negative(locale)}\n\n1. Full name as in passport: ${p.roman.toUpperCase()}\n`);
    d.add('2. ').add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n');
    const [cue, value] = passport(locale);
    d.add(`3. ${cue}`).entity('PASSPORT', value).add(`, valid until ${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/${int(2028, 2035)}\n`);
    d.add('4. Home address: ').entity('ADDRESS', addressFor(locale, chance(0.4))).add('\n');
    if (chance(0.5)) d.add('5. Addresses in the last five years (if different): ').entity('ADDRESS', addressFor(locale, false)).add('\n');
    d.add(`6. ${word(locale, 'mobile')}: `).entity('PHONE', phoneFor(locale)).add(`   ${word(locale, 'email')}: `).entity('EMAIL', p.email).add('\n');
    if (chance(0.45)) {
      d.add('7. Tax or social security numbers held abroad: ');
      const [idCue, idValue, type] = nationalId(locale, p);
      d.add(idCue).entity(type, idValue).add('\n');
    } else d.add('7. Tax or social security numbers held abroad: none\n');
    if (chance(0.4)) {
      const spouse = person(locale);
      d.add(`8. Accompanying family: ${spouse.name} (${pick(['spouse', 'wife', 'husband'])}), `).add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n');
    }
    d.add(`\nReturn to ${adviser.roman}, `).entity('EMAIL', workEmail(adviser, domainOf(firm))).add(chance(0.5) ? ', ' : '\n');
    if (!d.text.endsWith('\n')) d.entity('PHONE', phoneFor(locale, true)).add('\n');
  },
  /** A supplier set-up form a freelancer fills for a new client: legal address, bank details, the client's company numbers as negatives. */
  supplierSetupForm(d, locale, p) {
    const client = companyOf(locale);
    d.add(`${client} — ${pick(['New supplier set-up', 'Vendor master data request', 'Contractor onboarding (accounts payable)'])}\n${COMPANY_NUMBERS[locale]()} · ${negative(locale)}\n\nSupplier type: individual / sole trader\nName: ${p.name}\n`);
    field(d, 'Registered address: ', 'ADDRESS', addressFor(locale, chance(0.5)));
    if (chance(0.35)) field(d, 'Remittance address (if different): ', 'ADDRESS', addressFor(locale, false));
    field(d, `${word(locale, 'phone')}: `, 'PHONE', phoneFor(locale));
    field(d, 'Remittance e-mail: ', 'EMAIL', p.email);
    d.add('Bank details: ');
    payment(d, locale);
    d.add('\n');
    if (chance(0.3)) {
      const [cue, value, type] = nationalId(locale, p);
      d.add(`Tax identifier held abroad: ${cue}`).entity(type, value).add('\n');
    }
    if (chance(0.08)) d.add('Corporate card for expenses (last used): ').entity('CREDIT_CARD', card()).add('\n');
    d.add(`Payment terms: ${pick(['30 days', '15 days', 'end of month'])}. Currency: ${CURRENCY[locale]}.\nApproved by procurement: ${person(locale).roman}, `).entity('EMAIL', workEmail(person(locale), domainOf(client))).add('\n');
  },
  /** A visitor-pass request for an on-site interview: the building's security wants a birth date and an identity document. */
  visitorPassRequest(d, locale, p) {
    const host = person(locale);
    const company = companyOf(locale);
    d.add(`Subject: Visitor pass — interview on ${someDate()}\n\nHi ${host.latinFirst},\n\n${pick(['As asked by building security, here are my details for the pass.', 'Security needs these before they print the badge:', 'For the visitor badge at reception:'])}\n`);
    d.add(`Name: ${p.roman}\n`);
    if (chance(0.6)) d.add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n');
    if (chance(0.75)) {
      const [cue, value] = passport(locale);
      d.add(cue).entity('PASSPORT', value).add('\n');
    } else {
      someIdentifier(d, locale, p, '');
      d.add('\n');
    }
    if (chance(0.4)) d.add(`${pick(['I will park in the visitor bay, car ', 'Arriving by taxi; '])}${negative(locale)}\n`);
    d.add(`${pick(['Mobile on the day: ', 'If I am lost I will call from ', 'My number: '])}`).entity('PHONE', phoneFor(locale)).add('\n');
    d.add(`\n${WORDS[locale].bye},\n${p.name}\n\n> ${host.roman} wrote:\n> Our office: `).entity('ADDRESS', addressFor(locale, false)).add(`, ${pick(['3rd floor', 'reception on the ground floor', 'tower B'])}.\n> Reception: `).entity('PHONE', phoneFor(locale, true)).add(`\n> ${negative(locale)}\n`);
    if (chance(0.4)) d.add('> ').entity('EMAIL', workEmail(host, domainOf(company))).add('\n');
  },
  /** A name-change notice to HR after marriage or a court order: the new passport, the account in the new name, often a new address. */
  nameChangeNotice(d, locale, p) {
    let oldName = person(locale).latinLast;
    while (oldName === p.latinLast) oldName = person(locale).latinLast;
    d.add(`To: HR\nSubject: ${pick(['Change of surname', 'Name change — please update my records', 'Updated personal details after marriage'])}\n\n${pick(['Dear HR team', 'Hello', WORDS[locale].greeting]).trim()},\n\n${pick([`Following my marriage I now use the surname ${p.latinLast} (previously ${oldName}).`, `My name has been changed by deed; my former surname was ${oldName}.`])} ${negative(locale)}\n`);
    const [cue, value] = passport(locale);
    d.add(`${pick(['My new passport: ', 'New passport in the new name — ', 'Passport reissued: '])}${cue}`).entity('PASSPORT', value).add('.\n');
    if (chance(0.55)) {
      d.add(pick(['Please pay my salary to the account in my new name: ', 'The bank account has been renamed too: ']));
      payment(d, locale);
      d.add('.\n');
    }
    if (chance(0.5)) d.add(`${pick(['We have also moved. New address: ', 'Please also update my home address to '])}`).entity('ADDRESS', addressFor(locale, chance(0.35))).add('\n');
    if (chance(0.3)) d.add(`${pick(['My date of birth stays ', 'So you can match the record: '])}`).entity('DATE_OF_BIRTH', birthDate(locale)).add('.\n');
    if (chance(0.3)) {
      someIdentifier(d, locale, p, 'The number on my file abroad is unchanged — ');
      d.add('.\n');
    }
    d.add(`\n${WORDS[locale].bye},\n`);
    signature(d, locale, p, { phone: 0.5, email: 0.5, address: 0 });
  },
  /** A request to a former employer's pension administrator to transfer the accrued balance to the new employer's plan. */
  pensionTransferRequest(d, locale, p) {
    const old = companyOf(locale);
    d.add(`${pick(['Pension transfer request', 'Request to transfer accrued retirement savings', 'Transfer out — former member'])}\nPlan: ${old} staff pension plan · ${negative(locale)}\n\nMember: ${p.name}\n`);
    d.add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n');
    if (chance(0.5)) {
      someIdentifier(d, locale, p, 'Member identification: ');
      d.add('\n');
    }
    field(d, 'Address for correspondence: ', 'ADDRESS', addressFor(locale, chance(0.5)));
    if (chance(0.3)) d.add('Address when I left the company: ').entity('ADDRESS', addressFor(locale, false)).add('\n');
    d.add(`${pick(['Pay the balance into ', 'Receiving account: ', 'If a transfer to the new plan is not possible, pay to '])}`);
    payment(d, locale);
    d.add('\n');
    field(d, `${word(locale, 'phone')}: `, 'PHONE', phoneFor(locale));
    if (chance(0.6)) field(d, `${word(locale, 'email')}: `, 'EMAIL', p.email);
    d.add(`\nPension administrator: `).entity('ADDRESS', addressFor(locale, false)).add(' · ').entity('PHONE', phoneFor(locale, true)).add('\n');
  },
  /** A sign-up for the company car-pool: the driver's licence, pick-up address and phone; a rider's phone. */
  carpoolSignup(d, locale, p) {
    const driver = chance(0.55);
    d.add(`${pick(['Car-pool sign-up', 'Shared commute — registration', 'Ride-share to the plant'])} (${companyOf(locale)})\n${negative(locale)}\n\nName: ${p.name}\nRole: ${driver ? 'driver' : 'passenger'}\n`);
    field(d, 'Pick-up address: ', 'ADDRESS', addressFor(locale, chance(0.35)));
    field(d, `${word(locale, 'mobile')}: `, 'PHONE', phoneFor(locale));
    if (driver) {
      const licence = driverLicence(locale);
      if (licence) d.add(licence[0]).entity('DRIVER_LICENSE', licence[1]).add('\n');
      else d.add(`${NO_LICENCE_NUMBER[locale]}\n`);
      d.add(`Seats: ${int(1, 4)}. ${negative(locale)}\n`);
      if (chance(0.25)) {
        d.add('Fuel contributions to: ');
        payment(d, locale);
        d.add('\n');
      }
    } else if (chance(0.4)) {
      const mate = person(locale);
      d.add(`I can share with ${mate.name}, who lives nearby (`).entity('PHONE', phoneFor(locale)).add(').\n');
    }
    if (chance(0.3)) d.add(`${word(locale, 'email')}: `).entity('EMAIL', p.email).add('\n');
    d.add(`Leaves at ${pad(int(6, 8), 2)}:${pick(['00', '15', '30', '45'])}, returns ${int(16, 19)}:${pick(['00', '30'])}.\n`);
  },
};

// ---------------------------------------------------------------- Korean document kinds
const KO_KINDS = {
  /** 개명 신고: a new name, a reissued passport, the salary account renamed. */
  개명신고(d, p) {
    d.add(`제목: ${pick(['개명에 따른 인사기록 변경 요청', '성명 변경 신고드립니다', '개명 신고 및 서류 제출'])}\n\n인사팀 담당자님께,\n법원 개명 허가로 이름이 ${p.name}(으)로 바뀌었습니다. ${koreanNegative()}\n`);
    if (chance(0.6)) {
      const [cue, value] = passport('ko');
      d.add(`새 여권: ${cue}`).entity('PASSPORT', value).add('\n');
    }
    if (chance(0.5)) {
      const [cue, value, type] = nationalId('ko', p);
      d.add(`본인 확인용 ${cue}`).entity(type, value).add(' (변경 없음)\n');
    }
    if (chance(0.5)) {
      const [lead, value, trail] = bankAccount('ko');
      d.add(`급여 계좌(새 이름): ${lead}`).entity('BANK_ACCOUNT', value).add(`${trail}\n`);
    }
    if (chance(0.25)) d.add('생년월일은 그대로 ').entity('DATE_OF_BIRTH', birthDate('ko')).add('입니다.\n');
    if (chance(0.12)) d.add('(이전 서류에 적힌 번호 ').decoy(krWritten(impossibleRegistration())).add(' 는 오타이니 폐기해 주세요.)\n');
    d.add(`\n${p.name} 드림 · `).entity('PHONE', phoneFor('ko')).add('\n');
  },
  /** 퇴직연금 이전: moving an IRP balance from a former employer. */
  퇴직연금이전(d, p) {
    d.add(`퇴직연금(IRP) 이전 신청서\n${koreanNegative()}\n\n가입자: ${p.name}\n`);
    d.add(dobCue('ko')).entity('DATE_OF_BIRTH', birthDate('ko')).add('\n');
    if (chance(0.55)) {
      const [cue, value, type] = nationalId('ko', p);
      d.add(cue).entity(type, value).add('\n');
    }
    field(d, '주소: ', 'ADDRESS', addressFor('ko'));
    field(d, '연락처: ', 'PHONE', phoneFor('ko'));
    const [lead, value, trail] = bankAccount('ko');
    d.add(`이전받을 계좌: ${lead}`).entity('BANK_ACCOUNT', value).add(`${trail}\n`);
    if (chance(0.4)) field(d, '이메일: ', 'EMAIL', p.email);
    d.add('\n전 직장 연금 담당: ').entity('PHONE', phoneFor('ko', true)).add('\n');
  },
  /** 통근버스 신청: the stop nearest home, a phone for the driver's messages. */
  통근버스신청(d, p) {
    d.add(`${pick(['통근버스 이용 신청', '셔틀버스 탑승 신청서', '카풀·통근버스 신청'])}\n${koreanNegative()}\n\n성명: ${p.name}\n`);
    field(d, '거주지: ', 'ADDRESS', addressFor('ko'));
    field(d, '휴대폰: ', 'PHONE', phoneFor('ko'));
    if (chance(0.35)) {
      const licence = driverLicence('ko');
      d.add(`(카풀 운전자) ${licence[0]}`).entity('DRIVER_LICENSE', licence[1]).add('\n');
    }
    if (chance(0.3)) {
      const mate = person('ko');
      d.add(`동승자: ${mate.name} `).entity('PHONE', phoneFor('ko')).add('\n');
    }
    d.add(`희망 노선: ${koreanNegative()}\n`);
    if (chance(0.3)) d.add('문의: 총무팀 ').entity('PHONE', phoneFor('ko', true)).add('\n');
  },
  /** 방문 출입 신청: a candidate's details for an interview-day visitor pass. */
  방문출입신청(d, p) {
    const host = person('ko');
    d.add(`[방문 출입 신청] ${int(1, 12)}월 ${int(1, 28)}일 면접\n\n${host.name}님, 보안실 요청으로 출입 정보 보내드립니다.\n성명: ${p.name}\n`);
    if (chance(0.6)) d.add(dobCue('ko')).entity('DATE_OF_BIRTH', birthDate('ko')).add('\n');
    if (chance(0.5)) {
      const [cue, value, type] = nationalId('ko', p);
      d.add(cue).entity(type, value).add('\n');
    } else if (chance(0.6)) {
      const [cue, value] = passport('ko');
      d.add(cue).entity('PASSPORT', value).add('\n');
    }
    d.add('연락처: ').entity('PHONE', phoneFor('ko')).add(`\n${koreanNegative()}\n\n> 본사 주소: `).entity('ADDRESS', addressFor('ko')).add('\n> 안내데스크 ').entity('PHONE', phoneFor('ko', true)).add('\n');
    if (chance(0.3)) d.add('> ').entity('EMAIL', workEmail(host, domainOf(pick(['garamtech', 'daonsoft', 'eumenergy'])))).add('\n');
  },
  /** 거래처 등록: a freelancer registering as a supplier; the company's numbers are negatives. */
  거래처등록(d, p) {
    d.add(`${pick(['신규 거래처(프리랜서) 등록 요청서', '외주 용역 거래처 등록', '지급처 등록 신청'])}\n${koreanNegative()}\n\n상호/성명: ${p.name}\n`);
    field(d, '사업장 주소: ', 'ADDRESS', addressFor('ko'));
    field(d, '담당자 연락처: ', 'PHONE', phoneFor('ko'));
    field(d, '세금계산서 이메일: ', 'EMAIL', p.email);
    const [lead, value, trail] = bankAccount('ko');
    d.add(`대금 지급 계좌: ${lead}`).entity('BANK_ACCOUNT', value).add(`${trail} (예금주 ${p.name})\n`);
    if (chance(0.4)) {
      const [cue, idValue, type] = nationalId('ko', p);
      d.add(`원천징수(사업소득 3.3%)용 ${cue}`).entity(type, idValue).add('\n');
    }
    if (chance(0.12)) d.add('(지난번 메일의 ').decoy(krWritten(impossibleRegistration())).add(' 는 잘못 쓴 번호입니다.)\n');
    d.add(`발주사: ${koreanNegative()}\n`);
  },
  /** 기숙사 입사 신청: the company dormitory; home address, a parent's phone, a birth date. */
  기숙사입사신청(d, p) {
    d.add(`${pick(['사원 기숙사 입사 신청서', '신입사원 기숙사 배정 신청', '기숙사 입주 신청'])}\n${koreanNegative()}\n\n성명: ${p.name}\n`);
    const rows = shuffle([
      () => d.add(dobCue('ko')).entity('DATE_OF_BIRTH', birthDate('ko')).add('\n'),
      () => field(d, '본가 주소: ', 'ADDRESS', addressFor('ko')),
      () => field(d, '휴대폰: ', 'PHONE', phoneFor('ko')),
      () => {
        const parent = person('ko');
        d.add(`비상연락처: ${parent.name} (${pick(['모', '부', '형', '누나'])}) `).entity('PHONE', phoneFor('ko')).add('\n');
      },
      () => {
        const [cue, value, type] = nationalId('ko', p);
        d.add(cue).entity(type, value).add('\n');
      },
      () => d.add(`${koreanNegative()}\n`),
    ]).slice(0, int(3, 6));
    for (const r of rows) r();
    if (chance(0.3)) {
      const [lead, value, trail] = bankAccount('ko');
      d.add(`보증금 환불 계좌: ${lead}`).entity('BANK_ACCOUNT', value).add(`${trail}\n`);
    }
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
  if (!korean && chance(0.03)) d.add(`\n${pick(['Deposit paid with ', 'Card on file: '])}`).entity('CREDIT_CARD', card()).add('\n');
  if (!korean && chance(0.1)) d.add(`\n${pick(['Waybill ', 'Claim no. ', 'Locker code ', 'Serial '])}`).decoy(krWritten(impossibleRegistration())).add('\n');
  cases.push(d.asCase(`w18-${pad(cases.length, 4)}`, `${kind}/${locale}`));
}

// ---------------------------------------------------------------- Korean number vectors
// writeKoreanNumberVectors (scripts/lib/korean-number-vectors.mjs) writes the fourteen categories; the
// frames around each number are this set's own: invoices, medical forms and chat messages.
const LEAD_INS = [['', ''], ['[카톡] ', ' 이거 맞나요?'], ['', ' ← 이걸로 해 주세요'], ['세금계산서 비고: ', ''], ['진료신청서 ', ''], ['(답장) ', ' 보냈어요~'], ['Ref ', ''], ['', ' 확인 부탁드립니다.']];
const FRAMES = {
  KR_RRN: [...LEAD_INS, ['진료신청서 주민등록번호란: ', ''], ['[카톡] 주민번호 ', ' 에요'], ['세금계산서 공급받는자 주민번호 ', ''], ['보험청구서 — 주민등록번호 ', '']],
  KR_FRN: [...LEAD_INS, ['외국인등록번호: ', ' (E-9)'], ['진료신청서 외국인등록번호 ', ''], ['ARC No. ', ''], ['[카톡] 외국인등록번호는 ', '입니다']],
  decoy: [...LEAD_INS, ['주민등록번호: ', ''], ['외국인등록번호: ', ''], ['진료신청서 주민번호 ', ' (재확인 필요)']],
  PASSPORT: [['여권번호: ', ''], ['진료신청서 여권 번호 ', ''], ['[카톡] 여권번호 ', ' 입니다'], ['Passport: ', ' (exp. 2031)']],
  DRIVER_LICENSE: [['운전면허번호: ', ''], ['렌터카 계약서 면허번호 ', ''], ['[카톡] 면허번호 ', ' 요'], ['Licence no. ', '']],
  BANK_ACCOUNT: [['입금 계좌: ', ''], ['청구서 입금처 ', ''], ['[카톡] 여기로 보내 주세요 ', ''], ['환급 계좌 ', ' (본인)']],
  business: [['세금계산서 공급자 등록번호 ', ''], ['사업자등록번호: ', ''], ['[카톡] 사업자번호 ', ' 입니다'], ['Business reg. ', '']],
  military: [['군번 ', ''], ['학번: ', ' (휴학 중)'], ['수험번호: ', ''], ['[카톡] 군번 ', ' 이에요']],
};
const { vector, vectors } = koreanVectorWriter({ pick, frames: FRAMES, idPrefix: 'w18-kr-' });
writeKoreanNumberVectors(
  vector,
  { int, pick, chance, digits },
  { written: krWritten, bornBetween, registration, impossibleRegistration, businessRegistrationNumber, passport: () => passport('ko')[1], driverLicence: () => driverLicence('ko')[1], bankAccount: () => bankAccount('ko')[1] },
);

// ---------------------------------------------------------------- write and freeze
const description =
  'Held-back labelled set for the Candor sensitive-data detector, wave 18 (scripts/build-pii-heldback-w18.mjs, fixed seed). ' +
  'Built by someone who never tunes the detector; frozen before the detector was run on it. Aggregates only: never print or read its misses.';
console.log(writeHeldBackSet(DIR, { description, seed: SEED, frozenOn: FROZEN_ON, generator: 'scripts/build-pii-heldback-w18.mjs', cases, vectors }));
