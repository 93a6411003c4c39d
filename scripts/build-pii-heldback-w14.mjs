// Builds test/fixtures/pii/heldback-w14/: the wave 14 held-back labelled set for the sensitive-data
// detector, written by someone who never tunes the detector (issue #10 §3).
//
//   node scripts/build-pii-heldback-w14.mjs     (writes documents.json, korean-numbers.json, manifest.json)
//
// The wave 13 set (heldback-w13/) had its figures published and is tuning data in wave 14; this set
// measures that tuning on text nobody has seen. Its own seed, locales no earlier set used (zh_TW,
// th_TH, sl_SI, fr_CA, en_NG, en_HK, sr_RS, ka_GE, fr_LU, ar_AE) and Korean again, and document kinds
// no earlier set used: offer acceptances with onboarding details, interview invitations as calendar
// text, academic CVs, recruiters' intake notes, employment certificates, plain-text résumés pasted into
// an application box, out-of-office replies and employee referrals; in Korean 경력증명서, 면접 일정
// 안내, 입사 확정 회신, 사내 추천, 교수 추천서 and 부재중 자동회신.
// Labelling rules are those of heldback-w10/README.md to heldback-w13/README.md.
//
// Gold spans are recorded as the values are inserted (by rule, never by running the detector).
// Check digits are computed here and in scripts/lib/pii-values.mjs, independently of src/. Phones
// are drawn from each country's numbering plan and kept only when libphonenumber-js (max metadata)
// calls them valid numbers of that country.
//
// The whole set is held back: nobody tunes on it, reads its documents while tuning, or prints its
// misses. `npm run bench -- sensitive` prints aggregates only.
import { fakerAR, fakerEN, fakerEN_HK, fakerEN_NG, fakerFR_CA, fakerFR_LU, fakerKA_GE, fakerSL_SI, fakerSR_RS_latin, fakerTH, fakerZH_TW } from '@faker-js/faker';
import { writeHeldBackSet } from './lib/held-back-set.mjs';
import { LabelledText as Doc, shuffled } from './lib/labelled-text.mjs';
import { impossibleBirthDateNumber, koreanVectorWriter } from './lib/korean-number-vectors.mjs';
import { birthDay, MONTH_NAMES, ordinal } from './lib/pii-dates.mjs';
import { ascii, ibanOf, mod97, nationalIdMakers, pad, phoneOf, piiValueMakers, UPPER } from './lib/pii-values.mjs';
import { seededRandom } from './lib/seeded-random.mjs';

const SEED = 0x5eed_0c14;
const DOCUMENTS_PER_LOCALE = 100;
const KOREAN_DOCUMENTS = 250;
const FROZEN_ON = '2026-12-01';
const DIR = new URL('../test/fixtures/pii/heldback-w14/', import.meta.url);

const { int, pick, chance, digits } = seededRandom(SEED);
const letter = (from = UPPER) => from[int(0, from.length - 1)];
const nz = (n) => String(int(1, 9)) + digits(n - 1);
const shuffle = (items) => shuffled(items, int);
const { card, sin, aadhaar, pan, codiceFiscale, registration, bornBetween, impossibleRegistration, businessRegistrationNumber } = piiValueMakers({ int, pick, chance, digits, letter });
const { ssn, nino, steuerId, nir, dni, bsn, chineseId, myNumber } = nationalIdMakers({ int, pick, chance, digits, letter });
/** How people type a Korean registration number: hyphen (most often), nothing, a space, an en dash, a spaced hyphen. */
const krWritten = (n) => {
  const [a, b] = [n.slice(0, 6), n.slice(6)];
  return pick([`${a}-${b}`, `${a}-${b}`, `${a}-${b}`, `${a}${b}`, `${a} ${b}`, `${a}–${b}`, `${a} - ${b}`]);
};
const LOCALES = ['zh_TW', 'th_TH', 'sl_SI', 'fr_CA', 'en_NG', 'en_HK', 'sr_RS', 'ka_GE', 'fr_LU', 'ar_AE'];
const COUNTRY = { zh_TW: 'TW', th_TH: 'TH', sl_SI: 'SI', fr_CA: 'CA', en_NG: 'NG', en_HK: 'HK', sr_RS: 'RS', ka_GE: 'GE', fr_LU: 'LU', ar_AE: 'AE', ko: 'KR' };

// ---------------------------------------------------------------- phones, by numbering plan
const grouped = (n, sizes, sep = ' ') => {
  const parts = [];
  let at = 0;
  for (const s of sizes) {
    parts.push(n.slice(at, at + s));
    at += s;
  }
  return parts.join(sep);
};
const PHONES = {
  zh_TW: () => {
    if (chance(0.7)) {
      const m = `9${pick(['12', '21', '33', '55', '63', '72', '81', '88', '05', '58', '37', '80'])}${digits(6)}`;
      return pick([`0${grouped(m, [3, 3, 3], '-')}`, `0${grouped(m, [3, 3, 3], '-')}`, `0${grouped(m, [3, 3, 3])}`, `0${m}`, `+886 ${grouped(m, [3, 3, 3])}`, `+886-${grouped(m, [3, 3, 3], '-')}`, `+886${m}`]);
    }
    const [area, n] = pick([['2', `2${digits(7)}`], ['4', `2${digits(7)}`], ['7', `${int(2, 8)}${digits(6)}`]]);
    const split = `${n.slice(0, n.length - 4)}-${n.slice(-4)}`;
    return pick([`(0${area}) ${split}`, `(0${area})${split}`, `0${area}-${split}`, `+886-${area}-${split}`, `+886 ${area} ${n}`]);
  },
  th_TH: () => {
    if (chance(0.75)) {
      const m = `${pick(['6', '8', '9'])}${int(1, 9)}${digits(7)}`;
      return pick([`0${grouped(m, [2, 3, 4], '-')}`, `0${grouped(m, [2, 3, 4], '-')}`, `0${grouped(m, [2, 3, 4])}`, `0${m}`, `+66 ${grouped(m, [2, 3, 4])}`, `+66${m}`, `+66-${grouped(m, [2, 3, 4], '-')}`]);
    }
    const n = `${int(2, 7)}${digits(6)}`;
    return pick([`02-${grouped(n, [3, 4], '-')}`, `02 ${grouped(n, [3, 4])}`, `+66 2 ${grouped(n, [3, 4])}`, `(02) ${n}`]);
  },
  sl_SI: () => {
    if (chance(0.7)) {
      const m = `${pick(['30', '31', '40', '41', '51', '64', '68', '70', '71'])}${int(1, 9)}${digits(5)}`;
      return pick([`0${grouped(m, [2, 3, 3])}`, `0${grouped(m, [2, 3, 3])}`, `0${grouped(m, [2, 3, 3], '-')}`, `0${m}`, `+386 ${grouped(m, [2, 3, 3])}`, `+386 (0)${grouped(m, [2, 3, 3])}`, `00386 ${grouped(m, [2, 3, 3])}`]);
    }
    const [area, n] = pick([['1', `${int(2, 5)}${digits(6)}`], ['2', `${int(2, 6)}${digits(6)}`], ['4', `2${digits(6)}`]]);
    return pick([`0${area} ${grouped(n, [3, 2, 2])}`, `(0${area}) ${grouped(n, [3, 2, 2])}`, `+386 ${area} ${grouped(n, [3, 2, 2])}`, `0${area}/${n}`]);
  },
  fr_CA: () => {
    const area = pick(['514', '438', '450', '579', '418', '581', '819', '873', '367']);
    const ex = `${int(2, 9)}${int(0, 9)}${int(1, 9)}`;
    const line = digits(4);
    const base = pick([`(${area}) ${ex}-${line}`, `${area} ${ex}-${line}`, `${area}-${ex}-${line}`, `${area}.${ex}.${line}`, `${area} ${ex} ${line}`, `+1 ${area} ${ex}-${line}`, `1-${area}-${ex}-${line}`, `+1-${area}-${ex}-${line}`]);
    return base;
  },
  en_NG: () => {
    if (chance(0.85)) {
      const m = `${pick(['803', '806', '813', '816', '703', '706', '903', '805', '807', '815', '905', '802', '808', '812', '701', '902', '809', '817', '818', '909', '810'])}${digits(7)}`;
      return pick([`0${grouped(m, [3, 3, 4])}`, `0${grouped(m, [3, 3, 4])}`, `0${m}`, `0${grouped(m, [3, 3, 4], '-')}`, `+234 ${grouped(m, [3, 3, 4])}`, `+234 (0)${grouped(m, [3, 3, 4])}`, `+234${m}`, `234-${grouped(m, [3, 3, 4], '-')}`]);
    }
    const n = `${int(2, 8)}${digits(6)}`;
    return pick([`01-${n}`, `01 ${grouped(n, [3, 4])}`, `+234 1 ${grouped(n, [3, 4])}`]);
  },
  en_HK: () => {
    const n = `${pick(['5', '6', '9', '9', '2', '3'])}${digits(7)}`;
    return pick([grouped(n, [4, 4]), grouped(n, [4, 4]), n, `+852 ${grouped(n, [4, 4])}`, `+852-${grouped(n, [4, 4], '-')}`, `(852) ${grouped(n, [4, 4])}`, `+852${n}`, `(+852) ${n}`]);
  },
  sr_RS: () => {
    if (chance(0.75)) {
      const op = pick(['60', '61', '62', '63', '64', '65', '66', '69']);
      const n = `${int(1, 9)}${digits(int(5, 6))}`;
      const g = n.length === 7 ? grouped(n, [3, 4]) : grouped(n, [3, 3]);
      return pick([`0${op} ${g}`, `0${op} ${g}`, `0${op}/${n.slice(0, 3)}-${n.slice(3)}`, `0${op}${n}`, `+381 ${op} ${n}`, `+381 (0)${op} ${g}`, `+381 ${op} ${g}`, `00381 ${op} ${g}`]);
    }
    const [area, n] = pick([['11', `${int(2, 4)}${digits(6)}`], ['21', `${int(4, 6)}${digits(5)}`], ['18', `${int(2, 5)}${digits(5)}`]]);
    return pick([`0${area} ${n}`, `0${area}/${n.slice(0, 3)}-${n.slice(3)}`, `+381 ${area} ${n}`, `(0${area}) ${n}`]);
  },
  ka_GE: () => {
    if (chance(0.8)) {
      const m = `5${pick(['55', '57', '58', '68', '71', '74', '77', '91', '92', '93', '95', '96', '97', '98', '99'])}${digits(6)}`;
      return pick([grouped(m, [3, 2, 2, 2]), grouped(m, [3, 2, 2, 2]), grouped(m, [3, 3, 3]), m, `+995 ${grouped(m, [3, 2, 2, 2])}`, `+995${m}`, `(+995) ${grouped(m, [3, 3, 3])}`, `+995 ${grouped(m, [3, 3, 3], '-')}`]);
    }
    const n = `2${int(1, 9)}${digits(5)}`;
    return pick([`(032) ${grouped(n, [1, 2, 2, 2])}`, `032 ${grouped(n, [3, 2, 2])}`, `+995 32 ${grouped(n, [3, 2, 2])}`]);
  },
  fr_LU: () => {
    if (chance(0.7)) {
      const m = `${pick(['621', '628', '661', '671', '691'])}${digits(6)}`;
      return pick([grouped(m, [3, 3, 3]), grouped(m, [3, 3, 3]), `+352 ${grouped(m, [3, 3, 3])}`, `+352 ${m}`, `00352 ${grouped(m, [3, 3, 3])}`, `(+352) ${grouped(m, [3, 3, 3])}`]);
    }
    const n = pick([`2${int(6, 7)}${digits(6)}`, `4${digits(5)}`, `${pick(['22', '43', '45', '48'])}${digits(4)}`]);
    const g = n.length === 8 ? grouped(n, [2, 2, 2, 2]) : n.length === 6 ? grouped(n, [2, 2, 2]) : n;
    return pick([`+352 ${g}`, `(+352) ${g}`, g, `00352 ${g}`]);
  },
  ar_AE: () => {
    if (chance(0.75)) {
      const m = `5${pick(['0', '2', '4', '5', '6', '8'])}${int(1, 9)}${digits(6)}`;
      return pick([`0${grouped(m, [2, 3, 4])}`, `0${grouped(m, [2, 3, 4])}`, `0${m}`, `+971 ${grouped(m, [2, 3, 4])}`, `+971-${m.slice(0, 2)}-${m.slice(2)}`, `+971${m}`, `00971 ${grouped(m, [2, 3, 4])}`, `(+971) ${grouped(m, [2, 3, 4])}`]);
    }
    const [area, n] = [pick(['4', '2', '6']), `${int(2, 8)}${digits(6)}`];
    return pick([`0${area} ${grouped(n, [3, 4])}`, `+971 ${area} ${grouped(n, [3, 4])}`, `0${area}-${n}`]);
  },
  ko: () => {
    const mid = `${int(2, 9)}${digits(3)}`;
    const last = digits(4);
    if (chance(0.7)) return pick([`010-${mid}-${last}`, `010-${mid}-${last}`, `010 ${mid} ${last}`, `010${mid}${last}`, `(010)${mid}-${last}`, `+82 10 ${mid} ${last}`, `+82-10-${mid}-${last}`, `010.${mid}.${last}`]);
    const area = pick(['02', '031', '042', '051', '053', '062', '064', '070']);
    const local = area === '02' || area === '070' ? mid : `${int(2, 9)}${digits(int(2, 3))}`;
    return pick([`${area}-${local}-${last}`, `${area}-${local}-${last}`, `${area} ${local} ${last}`, `(${area}) ${local}-${last}`, `+82-${area.slice(1)}-${local}-${last}`]);
  },
};
const EXTENSIONS = { zh_TW: ['#', ' 分機 ', ' ext. '], fr_CA: [' poste ', ' p. ', ' ext. '], fr_LU: [' - '], ko: [' 내선 '], en_NG: [' ext. '], en_HK: [' ext. '], ar_AE: [' ext. '], sr_RS: [' lok. '], sl_SI: [' int. '], th_TH: [' ต่อ '], ka_GE: [' ext. '] };
/** A valid number of the locale's country as people write it; an office line sometimes carries its extension (inside the span). */
function phoneFor(locale, office = false) {
  const n = phoneOf(COUNTRY[locale], PHONES[locale]);
  if (!office || !chance(0.25) || locale === 'fr_LU') return n;
  return `${n}${pick(EXTENSIONS[locale])}${int(10, 4999)}`;
}

// ---------------------------------------------------------------- addresses, by country
const TW_PLACES = [['106', '臺北市', '大安區', 'Taipei City', "Da'an Dist."], ['110', '台北市', '信義區', 'Taipei City', 'Xinyi Dist.'], ['104', '臺北市', '中山區', 'Taipei City', 'Zhongshan Dist.'], ['220', '新北市', '板橋區', 'New Taipei City', 'Banqiao Dist.'], ['300', '新竹市', '東區', 'Hsinchu City', 'East Dist.'], ['407', '臺中市', '西屯區', 'Taichung City', 'Xitun Dist.'], ['701', '臺南市', '東區', 'Tainan City', 'East Dist.'], ['802', '高雄市', '苓雅區', 'Kaohsiung City', 'Lingya Dist.']];
const TW_ROADS = [['忠孝東路', 'Zhongxiao E. Rd.', '四段', 'Sec. 4'], ['復興南路', 'Fuxing S. Rd.', '一段', 'Sec. 1'], ['松仁路', 'Songren Rd.', '', ''], ['文心路', 'Wenxin Rd.', '二段', 'Sec. 2'], ['中山北路', 'Zhongshan N. Rd.', '三段', 'Sec. 3'], ['光復路', 'Guangfu Rd.', '二段', 'Sec. 2'], ['民族路', 'Minzu Rd.', '', ''], ['四維三路', 'Siwei 3rd Rd.', '', '']];
const TH_PLACES = [['แขวงคลองเตยเหนือ', 'เขตวัฒนา', 'กรุงเทพมหานคร', '10110', 'Khlong Toei Nuea', 'Watthana', 'Bangkok'], ['แขวงสีลม', 'เขตบางรัก', 'กรุงเทพฯ', '10500', 'Silom', 'Bang Rak', 'Bangkok'], ['แขวงจตุจักร', 'เขตจตุจักร', 'กรุงเทพฯ', '10900', 'Chatuchak', 'Chatuchak', 'Bangkok'], ['ตำบลสุเทพ', 'อำเภอเมืองเชียงใหม่', 'จังหวัดเชียงใหม่', '50200', 'Suthep', 'Mueang Chiang Mai', 'Chiang Mai'], ['ตำบลหนองปรือ', 'อำเภอบางละมุง', 'จังหวัดชลบุรี', '20150', 'Nong Prue', 'Bang Lamung', 'Chon Buri'], ['แขวงห้วยขวาง', 'เขตห้วยขวาง', 'กรุงเทพมหานคร', '10310', 'Huai Khwang', 'Huai Khwang', 'Bangkok']];
const TH_ROADS = [['ถนนสุขุมวิท', 'Sukhumvit Rd.'], ['ถนนสีลม', 'Silom Rd.'], ['ถนนพหลโยธิน', 'Phahonyothin Rd.'], ['ถนนรัชดาภิเษก', 'Ratchadaphisek Rd.'], ['ถนนนิมมานเหมินท์', 'Nimmanhaemin Rd.'], ['ถนนพระราม 9', 'Rama IX Rd.']];
const SI_PLACES = [['1000', 'Ljubljana'], ['2000', 'Maribor'], ['3000', 'Celje'], ['4000', 'Kranj'], ['6000', 'Koper'], ['8000', 'Novo mesto'], ['1230', 'Domžale'], ['5000', 'Nova Gorica']];
const SI_STREETS = ['Slovenska cesta', 'Trubarjeva ulica', 'Dunajska cesta', 'Prešernova ulica', 'Gosposvetska cesta', 'Partizanska cesta', 'Kidričeva ulica', 'Trg revolucije', 'Celovška cesta', 'Ulica heroja Staneta'];
const QC_PLACES = [['Montréal', 'H3G 1P1'], ['Montréal', 'H2X 3V4'], ['Montréal', 'H1V 2C8'], ['Québec', 'G1R 2B5'], ['Laval', 'H7N 5L1'], ['Gatineau', 'J8X 3Y4'], ['Sherbrooke', 'J1H 4Z2'], ['Longueuil', 'J4K 2T5'], ['Trois-Rivières', 'G9A 5H7']];
const QC_STREETS = ['rue Sainte-Catherine Ouest', 'boul. René-Lévesque Est', 'rue Saint-Denis', 'avenue du Mont-Royal', 'chemin Sainte-Foy', 'rue King Ouest', 'boulevard des Laurentides', 'rue Wellington', 'avenue Papineau'];
const NG_PLACES = [['Victoria Island', 'Lagos', '101241'], ['Ikoyi', 'Lagos', '101233'], ['Ikeja GRA', 'Lagos', '100271'], ['Lekki Phase 1', 'Lagos', '105102'], ['Wuse II', 'Abuja', '904101'], ['Garki', 'Abuja', '900103'], ['Bodija', 'Ibadan', '200284'], ['GRA Phase 2', 'Port Harcourt', '500272']];
const NG_STREETS = ['Adeola Odeku Street', 'Awolowo Road', 'Admiralty Way', 'Allen Avenue', 'Aminu Kano Crescent', 'Ademola Adetokunbo Crescent', 'Awolowo Avenue', 'Obafemi Awolowo Way', 'Ogui Road'];
const HK_DISTRICTS = [['Quarry Bay', 'Hong Kong', '鰂魚涌', '香港'], ['Mong Kok', 'Kowloon', '旺角', '九龍'], ['Sha Tin', 'New Territories', '沙田', '新界'], ['Causeway Bay', 'Hong Kong', '銅鑼灣', '香港'], ['Tsim Sha Tsui', 'Kowloon', '尖沙咀', '九龍'], ['Tseung Kwan O', 'New Territories', '將軍澳', '新界'], ['Sheung Wan', 'Hong Kong Island', '上環', '香港']];
const HK_STREETS = [['King\'s Road', '英皇道'], ['Nathan Road', '彌敦道'], ['Connaught Road Central', '干諾道中'], ['Hennessy Road', '軒尼詩道'], ['Tai Koo Shing Road', '太古城道'], ['Sha Tin Centre Street', '沙田正街'], ['Canton Road', '廣東道']];
const HK_BUILDINGS = ['Harbour View Garden', 'Wing On Centre', 'Sunshine Plaza', 'Kornhill Gardens', 'Park Central', 'City One Shatin', 'Metro Town'];
const RS_PLACES = [['11000', 'Beograd', 'Београд'], ['11070', 'Novi Beograd', 'Нови Београд'], ['21000', 'Novi Sad', 'Нови Сад'], ['18000', 'Niš', 'Ниш'], ['34000', 'Kragujevac', 'Крагујевац'], ['24000', 'Subotica', 'Суботица']];
const RS_STREETS = [['Bulevar kralja Aleksandra', 'Булевар краља Александра'], ['Knez Mihailova', 'Кнез Михаилова'], ['Bulevar oslobođenja', 'Булевар ослобођења'], ['Nemanjina', 'Немањина'], ['Jurija Gagarina', 'Јурија Гагарина'], ['Cara Dušana', 'Цара Душана'], ['Bulevar Mihajla Pupina', 'Булевар Михајла Пупина']];
const GE_PLACES = [['0108', 'თბილისი', 'Tbilisi'], ['0179', 'თბილისი', 'Tbilisi'], ['0162', 'თბილისი', 'Tbilisi'], ['0186', 'თბილისი', 'Tbilisi'], ['6000', 'ბათუმი', 'Batumi'], ['4600', 'ქუთაისი', 'Kutaisi']];
const GE_STREETS = [['რუსთაველის გამზ.', 'Rustaveli Ave'], ['ჭავჭავაძის გამზ.', 'Chavchavadze Ave'], ['პეკინის ქ.', 'Pekini St'], ['ვაჟა-ფშაველას გამზ.', 'Vazha-Pshavela Ave'], ['აღმაშენებლის გამზ.', 'Aghmashenebeli Ave'], ['გორგასლის ქ.', 'Gorgasali St']];
const LU_PLACES = [['L-1616', 'Luxembourg'], ['L-1930', 'Luxembourg'], ['L-2449', 'Luxembourg'], ['L-4011', 'Esch-sur-Alzette'], ['L-9051', 'Ettelbruck'], ['L-3401', 'Dudelange'], ['L-8080', 'Bertrange'], ['L-5365', 'Munsbach']];
const LU_STREETS = ['rue de la Gare', 'avenue de la Liberté', 'boulevard Royal', 'Grand-Rue', "route d'Arlon", 'rue de Hollerich', 'rue du Fossé', 'Kierchestrooss', 'rue Principale'];
const AE_AREAS = [['Dubai Marina', 'Dubai', 'دبي مارينا', 'دبي'], ['Al Barsha 2', 'Dubai', 'البرشاء 2', 'دبي'], ['Jumeirah Lake Towers', 'Dubai', 'أبراج بحيرات جميرا', 'دبي'], ['Al Nahda', 'Sharjah', 'النهدة', 'الشارقة'], ['Al Reem Island', 'Abu Dhabi', 'جزيرة الريم', 'أبوظبي'], ['Business Bay', 'Dubai', 'الخليج التجاري', 'دبي']];
const AE_TOWERS = ['Marina Heights Tower', 'Goldcrest Views 2', 'Al Noor Tower', 'Sky Tower', 'Executive Towers B', 'Park Towers'];
const KO_ROADS = [
  ['서울특별시', '서울시', '마포구', '월드컵북로', '상암동', 'Mapo-gu', 'World Cup buk-ro'], ['서울특별시', '서울', '강남구', '역삼로', '역삼동', 'Gangnam-gu', 'Yeoksam-ro'], ['서울특별시', '서울시', '송파구', '올림픽로', '잠실동', 'Songpa-gu', 'Olympic-ro'],
  ['서울특별시', '서울', '구로구', '디지털로', '구로동', 'Guro-gu', 'Digital-ro'], ['인천광역시', '인천', '연수구', '컨벤시아대로', '송도동', 'Yeonsu-gu', 'Convensia-daero'], ['대전광역시', '대전', '유성구', '대학로', '궁동', 'Yuseong-gu', 'Daehak-ro'],
  ['광주광역시', '광주', '북구', '첨단과기로', '오룡동', 'Buk-gu', 'Cheomdangwagi-ro'], ['경기도', '경기', '성남시 분당구', '판교역로', '백현동', 'Bundang-gu, Seongnam-si', 'Pangyoyeok-ro'], ['경기도', '경기', '수원시 영통구', '광교중앙로', '하동', 'Yeongtong-gu, Suwon-si', 'Gwanggyojungang-ro'],
  ['경상남도', '경남', '창원시 성산구', '중앙대로', '용호동', 'Seongsan-gu, Changwon-si', 'Jungang-daero'], ['제주특별자치도', '제주', '제주시', '첨단로', '영평동', 'Jeju-si', 'Cheomdan-ro'], ['전라북도', '전북', '전주시 완산구', '효자로', '효자동', 'Wansan-gu, Jeonju-si', 'Hyoja-ro'],
];

const ADDRESSES = {
  zh_TW: (multiline) => {
    const [zip, city, dist, cityEn, distEn] = pick(TW_PLACES);
    const [road, roadEn, sec, secEn] = pick(TW_ROADS);
    const [lane, alley, no, floor] = [chance(0.4) ? int(1, 300) : 0, chance(0.25) ? int(1, 40) : 0, int(1, 400), chance(0.7) ? int(2, 28) : 0];
    if (chance(0.35)) {
      const parts = [floor ? `${floor}F.` : '', `No. ${no}`, alley ? `Aly. ${alley}` : '', lane ? `Ln. ${lane}` : '', secEn, roadEn].filter(Boolean).join(', ');
      return multiline ? `${parts}\n${distEn}, ${cityEn} ${zip}${chance(0.4) ? ', Taiwan (R.O.C.)' : ''}` : `${parts}, ${distEn}, ${cityEn} ${zip}${chance(0.3) ? ', Taiwan' : ''}`;
    }
    const body = `${city}${dist}${road}${sec}${lane ? `${lane}巷` : ''}${alley ? `${alley}弄` : ''}${no}號${floor ? `${floor}樓${chance(0.3) ? `之${int(1, 9)}` : ''}` : ''}`;
    return multiline ? `${zip}\n${body}` : `${pick([zip, `${zip}${digits(2)}`, ''])}${body}`;
  },
  th_TH: (multiline) => {
    const [sub, dist, prov, zip, subEn, distEn, provEn] = pick(TH_PLACES);
    const [road, roadEn] = pick(TH_ROADS);
    const house = pick([`${int(1, 999)}/${int(1, 300)}`, `${int(1, 999)}`, `${int(1, 99)}/${int(1, 9)}`]);
    if (chance(0.4)) {
      const line1 = `${chance(0.3) ? `Room ${int(1, 40)}${pad(int(1, 30), 2)}, ${pick(['Noble Ploenchit', 'Life Asoke', 'The Base Park West', 'Ideo Mobi'])}, ` : ''}${house} ${chance(0.4) ? `Soi ${int(1, 101)}, ` : ''}${roadEn}`;
      return multiline ? `${line1}\n${subEn}, ${distEn}, ${provEn} ${zip}` : `${line1}, ${subEn}, ${distEn}, ${provEn} ${zip}${chance(0.3) ? ', Thailand' : ''}`;
    }
    const line1 = `${chance(0.25) ? `ห้อง ${int(1, 40)}${pad(int(1, 30), 2)} ` : ''}${pick(['', 'เลขที่ '])}${house}${chance(0.3) ? ` หมู่ ${int(1, 12)}` : ''}${chance(0.4) ? ` ซอย${pick(['สุขุมวิท ', 'ลาดพร้าว ', ''])}${int(1, 101)}` : ''} ${road}`;
    return multiline ? `${line1}\n${sub} ${dist} ${prov} ${zip}` : `${line1} ${sub} ${dist} ${prov} ${zip}`;
  },
  sl_SI: (multiline) => {
    const [post, city] = pick(SI_PLACES);
    const line1 = `${pick(SI_STREETS)} ${int(1, 160)}${pick(['', '', letter('abc'), `, stanovanje ${int(1, 40)}`])}`;
    const tail = `${chance(0.15) ? 'SI-' : ''}${post} ${city}`;
    return multiline ? `${line1}\n${tail}` : `${line1}, ${tail}${chance(0.2) ? ', Slovenija' : ''}`;
  },
  fr_CA: (multiline) => {
    const [city, code] = pick(QC_PLACES);
    if (chance(0.08)) return `C.P. ${int(100, 9999)}, succ. ${pick(['Centre-ville', 'Place-d\'Armes', 'Haute-Ville'])}${multiline ? '\n' : ', '}${city} (Québec) ${code}`;
    const unit = pick(['', '', `, app. ${int(1, 30)}`, `, bureau ${int(100, 1200)}`, `${int(1, 30)}-`]);
    const n = int(10, 9999);
    const line1 = unit.endsWith('-') ? `${unit}${n}, ${pick(QC_STREETS)}` : `${n}${chance(0.5) ? ',' : ''} ${pick(QC_STREETS)}${unit}`;
    const tail = pick([`${city} (Québec) ${code}`, `${city} QC ${code}`, `${city}, QC  ${code}`]);
    return multiline ? `${line1}\n${tail}` : `${line1}, ${tail}`;
  },
  en_NG: (multiline) => {
    const [area, city, zip] = pick(NG_PLACES);
    if (chance(0.08)) return `P.M.B. ${int(1000, 99999)}, ${city}${chance(0.5) ? `, ${city === 'Abuja' ? 'FCT' : `${city === 'Ibadan' ? 'Oyo' : city === 'Port Harcourt' ? 'Rivers' : 'Lagos'} State`}` : ''}`;
    const line1 = pick([`${int(1, 250)} ${pick(NG_STREETS)}`, `Plot ${int(1, 2000)}, ${pick(NG_STREETS)}`, `Flat ${int(1, 12)}, Block ${letter('ABCDE')}, ${int(1, 80)} ${pick(NG_STREETS)}`, `House ${int(1, 60)}, ${ordinal(int(1, 9))} Avenue, ${pick(['Gwarinpa Estate', 'Festac Town', 'Lekki Gardens'])}`]);
    const tail = `${area}, ${city}${chance(0.5) ? ` ${zip}` : ''}${chance(0.3) ? ', Nigeria' : ''}`;
    return multiline ? `${line1},\n${tail}` : `${line1}, ${tail}`;
  },
  en_HK: (multiline) => {
    const [district, region, districtZh, regionZh] = pick(HK_DISTRICTS);
    const [street, streetZh] = pick(HK_STREETS);
    const [flat, floor, no] = [letter('ABCDEFGH'), int(2, 48), int(1, 500)];
    if (chance(0.3)) return `${regionZh}${districtZh}${streetZh}${no}號${chance(0.5) ? `${pick(HK_BUILDINGS)} ` : ''}${floor}樓${flat}室`;
    const line1 = `Flat ${flat}, ${floor}/F, ${chance(0.5) ? `Tower ${int(1, 6)}, ` : ''}${pick(HK_BUILDINGS)}`;
    const line2 = `${no} ${street}, ${district}${chance(0.6) ? `, ${region}` : ''}`;
    return multiline ? `${line1}\n${line2}` : `${line1}, ${line2}`;
  },
  sr_RS: (multiline) => {
    const [post, city, cityCyr] = pick(RS_PLACES);
    const [street, streetCyr] = pick(RS_STREETS);
    const n = `${int(1, 180)}${pick(['', '', `/${int(1, 40)}`, letter('ab'), `, stan ${int(1, 60)}`])}`;
    if (chance(0.3)) return multiline ? `${streetCyr} ${n}\n${post} ${cityCyr}` : `${pick(['Улица ', 'ул. ', ''])}${streetCyr} ${n}, ${post} ${cityCyr}`;
    return multiline ? `${street} ${n}\n${post} ${city}` : `${pick(['', '', 'ul. '])}${street} ${n}, ${post} ${city}${chance(0.2) ? ', Srbija' : ''}`;
  },
  ka_GE: (multiline) => {
    const [post, city, cityEn] = pick(GE_PLACES);
    const [street, streetEn] = pick(GE_STREETS);
    const n = int(1, 140);
    if (chance(0.45)) {
      const apt = chance(0.5) ? `, apt. ${int(1, 90)}` : '';
      return multiline ? `${n} ${streetEn}${apt}\n${cityEn} ${post}, Georgia` : pick([`${n} ${streetEn}${apt}, ${cityEn} ${post}`, `${streetEn} ${n}${apt}, ${post} ${cityEn}, Georgia`]);
    }
    const apt = chance(0.5) ? `, ბინა ${int(1, 90)}` : '';
    return multiline ? `${street} ${n}${apt}\n${city} ${post}` : pick([`${city} ${post}, ${street} ${n}${apt}`, `${street} №${n}${apt}, ${city}`]);
  },
  fr_LU: (multiline) => {
    const [code, city] = pick(LU_PLACES);
    if (chance(0.07)) return `B.P. ${int(100, 9999)}${multiline ? '\n' : ', '}${code.replace(/\d$/u, '0')} ${city}`;
    const line1 = `${int(1, 240)}${pick([', ', ' ', ', '])}${pick(LU_STREETS)}${pick(['', '', `, ${int(1, 5)}e étage`, `, app. ${int(1, 20)}`])}`;
    return multiline ? `${line1}\n${code} ${city}` : `${line1}, ${code} ${city}${chance(0.2) ? ', Luxembourg' : ''}`;
  },
  ar_AE: (multiline) => {
    const [area, emirate, areaAr, emirateAr] = pick(AE_AREAS);
    if (chance(0.25)) return chance(0.5) ? `P.O. Box ${int(1000, 499999)}, ${emirate}${chance(0.6) ? ', UAE' : ''}` : `ص.ب ${int(1000, 499999)}، ${emirateAr}`;
    if (chance(0.25)) return `شقة ${int(101, 4205)}، ${pick(['برج النور', 'برج السماء', 'أبراج بارك'])}، ${areaAr}، ${emirateAr}`;
    const line1 = pick([`Apartment ${int(101, 4205)}, ${pick(AE_TOWERS)}`, `Villa ${int(1, 90)}, Street ${int(1, 40)}${letter('ab')}`, `Flat ${int(101, 2505)}, Building ${int(1, 20)}`]);
    return multiline ? `${line1}\n${area}, ${emirate}` : `${line1}, ${area}, ${emirate}${chance(0.4) ? ', UAE' : ''}`;
  },
  ko: () => {
    const [sido, short, gu, road, dong, guEn, roadEn] = pick(KO_ROADS);
    const zip = pad(int(1000, 63999), 5);
    const no = int(1, 400);
    if (chance(0.15)) return `${pick(['', `${int(1, 25)}F, `, `#${int(101, 2504)}, `])}${no}, ${roadEn}, ${guEn}, ${sido.startsWith('서울') ? 'Seoul' : pick(['Gyeonggi-do', 'Republic of Korea'])} ${zip}`;
    if (chance(0.2)) return `${pick(['', `(우) ${zip} `])}${short} ${gu} ${dong} ${int(1, 2000)}-${int(1, 60)}${pick(['', ` ${int(2, 9)}층`, ` ${pick(['자이', '아이파크', '더샵', '롯데캐슬'])} ${int(101, 115)}동 ${int(2, 24)}0${int(1, 6)}호`])}`;
    const unit = pick(['', '', `, ${int(2, 20)}층`, ` ${int(101, 115)}동 ${int(2, 30)}0${int(1, 6)}호`, `, ${int(201, 1503)}호`, ` (${dong}) ${int(3, 12)}층`]);
    return `${pick(['', '', `(${zip}) `, `${zip} `])}${pick([sido, short])} ${gu} ${road}${chance(0.3) ? ` ${int(1, 90)}번길` : ''} ${no}${unit}`;
  },
};
const addressFor = (locale, multiline = false) => ADDRESSES[locale](multiline);

// ---------------------------------------------------------------- ids the detector claims (expatriates' and cross-border workers')
const ID_LEADS = {
  zh_TW: ['薪資作業用：', 'For payroll: '], th_TH: ['สำหรับฝ่ายบัญชี: ', 'For payroll: '], sl_SI: ['Za obračun plače: ', 'Podatki: '], fr_CA: ['Pour la paie : ', 'Renseignements : '], en_NG: ['For HR records: ', 'For payroll: '],
  en_HK: ['For MPF enrolment: ', 'For payroll: '], sr_RS: ['Za obračun zarade: ', 'Podaci: '], ka_GE: ['ხელფასისთვის: ', 'For payroll: '], fr_LU: ['Pour le CCSS : ', 'Pour la paie : '], ar_AE: ['For the visa file: ', 'For payroll: '],
};
/** [cue or neutral lead-in, value, type] for an id of a claimed type someone living in `locale`'s country may hold. */
function nationalId(locale, p) {
  const named = chance(0.65);
  const say = (cues) => (named ? pick(cues) : pick(ID_LEADS[locale]));
  const krFrn = () => [say(['Korean alien registration no. ', '외국인등록번호 ', 'ARC (Korea): ']), krWritten(registration('KR_FRN')), 'KR_FRN'];
  const options = {
    zh_TW: [() => [say(['マイナンバー：', 'Japanese My Number: ', '日本個人番號：']), myNumber(), 'JP_MY_NUMBER'], () => [say(['大陸身分證號：', '居民身份证号码：', 'PRC ID: ']), chineseId(), 'CN_RESIDENT_ID'], krFrn],
    th_TH: [() => [say(['My Number (ญี่ปุ่น): ', 'Japanese My Number: ']), myNumber(), 'JP_MY_NUMBER'], krFrn, () => [say(['US SSN: ', 'Social Security number ']), ssn(), 'US_SSN']],
    sl_SI: [() => [say(['Steuer-ID (Nemčija): ', 'nemška davčna številka (Steuer-ID) ']), steuerId(), 'DE_TAX_ID'], () => [say(['Codice fiscale: ', 'italijanska davčna (codice fiscale) ']), codiceFiscale(p.latinFirst, p.latinLast), 'IT_FISCAL_CODE'], () => [say(['NIE (Španija): ', 'NIE ']), dni(), 'ES_DNI']],
    fr_CA: [() => [say(['NAS : ', "Numéro d'assurance sociale : ", 'N.A.S. ']), sin(), 'CA_SIN'], () => [say(['NIR (France) : ', 'N° de sécurité sociale français : ']), nir(), 'FR_NIR'], () => [say(['SSN (É.-U.) : ', 'US Social Security No. ']), ssn(), 'US_SSN']],
    en_NG: [() => [say(['UK National Insurance number: ', 'NI number (UK): ']), nino(), 'UK_NINO'], () => [say(['US SSN: ', 'Social Security No.: ']), ssn(), 'US_SSN'], () => [say(['Canadian SIN: ', 'SIN (Canada): ']), sin(), 'CA_SIN']],
    en_HK: [() => [say(['Mainland ID card no.: ', '內地居民身份證號碼：']), chineseId(), 'CN_RESIDENT_ID'], () => [say(['UK NI number: ', 'National Insurance No. ']), nino(), 'UK_NINO'], () => [say(['SIN (Canada): ', 'Canadian Social Insurance No. ']), sin(), 'CA_SIN']],
    sr_RS: [() => [say(['Steuer-ID (Nemačka): ', 'Steueridentifikationsnummer: ']), steuerId(), 'DE_TAX_ID'], () => [say(['BSN (Holandija): ', 'Burgerservicenummer: ']), bsn(), 'NL_BSN'], () => [say(['Codice fiscale (Italija): ', 'codice fiscale ']), codiceFiscale(p.latinFirst, p.latinLast), 'IT_FISCAL_CODE']],
    ka_GE: [() => [say(['NIE (Spain): ', 'ესპანური NIE: ']), dni(), 'ES_DNI'], () => [say(['Steuer-ID: ', 'German tax ID (Steuer-ID): ']), steuerId(), 'DE_TAX_ID'], () => [say(['Codice fiscale: ', 'Italian tax code: ']), codiceFiscale(p.latinFirst, p.latinLast), 'IT_FISCAL_CODE']],
    fr_LU: [() => [say(['NIR (frontalier français) : ', 'N° de sécurité sociale (France) : ']), nir(), 'FR_NIR'], () => [say(['Steuer-ID (Grenzgänger): ', 'Steuerliche IdNr. ']), steuerId(), 'DE_TAX_ID'], () => [say(['BSN : ', 'Burgerservicenummer (NL) : ']), bsn(), 'NL_BSN']],
    ar_AE: [() => [say(['Aadhaar: ', 'Aadhaar No. ']), aadhaar(), 'IN_AADHAAR'], () => [say(['PAN: ', 'PAN card no. ']), pan(p.latinLast), 'IN_PAN'], () => [say(['UK NINO: ', 'National Insurance number ']), nino(), 'UK_NINO']],
  };
  if (locale === 'ko') {
    const kind = chance(0.7) ? 'KR_RRN' : 'KR_FRN';
    const cue = kind === 'KR_RRN' ? pick(['주민등록번호: ', '주민번호 ', '주민등록번호 ']) : pick(['외국인등록번호: ', '외국인 등록번호 ']);
    return [named ? cue : pick(['확인용 번호: ', '4대보험 신고용 ']), krWritten(registration(kind)), kind];
  }
  return pick(options[locale])();
}
function passport(locale) {
  const value = {
    zh_TW: () => `3${digits(8)}`, th_TH: () => `${letter('ABJKPS')}${letter()}${digits(7)}`, sl_SI: () => `P${letter('ABC')}${digits(7)}`, fr_CA: () => `${letter()}${letter()}${digits(6)}`, en_NG: () => `${letter('ABD')}${digits(8)}`,
    en_HK: () => `${letter('HK')}${digits(8)}`, sr_RS: () => `0${digits(8)}`, ka_GE: () => `${digits(2)}${letter()}${letter()}${digits(5)}`, fr_LU: () => `${letter()}${letter()}${letter()}${digits(5)}`, ar_AE: () => `${letter('NPRZ')}${digits(7)}`,
    ko: () => (chance(0.5) ? `M${digits(8)}` : `M${digits(3)}${letter('ABCDEFGHJKLMNPQRSTUVWXYZ')}${digits(4)}`),
  }[locale]();
  const cue = {
    zh_TW: ['護照號碼：', '護照號碼 '], th_TH: ['เลขที่หนังสือเดินทาง: ', 'หนังสือเดินทางเลขที่ '], sl_SI: ['Številka potnega lista: ', 'Potni list št. '], fr_CA: ['Numéro de passeport : ', 'Passeport no '], en_NG: ['International passport no.: ', 'Passport No: '],
    en_HK: ['HKSAR passport no.: ', '護照號碼：'], sr_RS: ['Broj pasoša: ', 'Pasoš br. '], ka_GE: ['პასპორტის ნომერი: ', 'Passport number: '], fr_LU: ['N° de passeport : ', 'Passeport : '], ar_AE: ['رقم جواز السفر: ', 'Passport no. '], ko: ['여권번호: ', '여권 No. '],
  }[locale];
  return [chance(0.7) ? pick(cue) : pick(['Passport: ', 'passport ', 'Travel document: ']), value];
}
function driverLicence(locale) {
  const value = {
    zh_TW: () => `${letter()}${pick(['1', '2'])}${digits(8)}`, th_TH: () => digits(8), sl_SI: () => nz(8), fr_CA: () => `${letter()}${digits(4)}-${digits(6)}-${digits(2)}`, en_NG: () => `${letter()}${letter()}${letter()}${digits(5)}${letter()}${letter()}${digits(2)}`,
    en_HK: () => `${letter()}${digits(6)}`, sr_RS: () => nz(9), ka_GE: () => `${letter()}${letter()}${digits(7)}`, fr_LU: () => `${digits(6)}/${digits(2)}`, ar_AE: () => nz(7),
    ko: () => `${pick(['서울 ', '경기 ', '대전 ', '11-', '13-', '21-', '26-'])}${digits(2)}-${digits(6)}-${digits(2)}`,
  }[locale]();
  const cue = {
    zh_TW: '駕照號碼：', th_TH: 'ใบอนุญาตขับรถเลขที่ ', sl_SI: 'Številka vozniškega dovoljenja: ', fr_CA: 'Permis de conduire : ', en_NG: 'FRSC driver’s licence no.: ', en_HK: 'Driving licence no.: ',
    sr_RS: 'Broj vozačke dozvole: ', ka_GE: 'მართვის მოწმობა: ', fr_LU: 'Permis de conduire n° ', ar_AE: 'Driving licence no. ', ko: '운전면허번호: ',
  }[locale];
  return [chance(0.7) ? cue : pick(["Driver's licence: ", 'Licence no. ']), value];
}

// ---------------------------------------------------------------- banking
/** Slovenian or Serbian BBAN: the account digits followed by their two national check digits (98 − (n·100 mod 97)). */
const nationalMod97 = (body) => `${body}${pad(98 - mod97(`${body}00`), 2)}`;
const IBAN_BBAN = {
  SI: () => nationalMod97(`${pick(['02', '03', '04', '05', '06', '10', '19'])}${digits(3)}${digits(8)}`),
  RS: () => nationalMod97(`${pick(['160', '170', '205', '265', '325', '340'])}${digits(13)}`),
  GE: () => `${pick(['NB', 'TB', 'BG', 'LB'])}${digits(16)}`,
  LU: () => `${pick(['001', '002', '003', '014', '019', '025'])}${digits(13)}`,
  AE: () => `${pick(['026', '033', '035', '030', '046'])}${digits(16)}`,
};
const IBAN_COUNTRY = { sl_SI: 'SI', sr_RS: 'RS', ka_GE: 'GE', fr_LU: 'LU', ar_AE: 'AE' };
function iban(country) {
  const compact = ibanOf(country, IBAN_BBAN[country]());
  return pick([compact.match(/.{1,4}/g).join(' '), compact.match(/.{1,4}/g).join(' '), compact]);
}
/** Nigerian NUBAN: 9 serial digits after a 3-digit bank code, check digit with weights 3,7,3 over the 12. */
function nuban() {
  const bank = pick(['058', '044', '033', '011', '057', '232', '214']);
  const serial = digits(9);
  const w = [3, 7, 3];
  let s = 0;
  for (let i = 0; i < 12; i++) s += Number(`${bank}${serial}`[i]) * w[i % 3];
  return [bank, `${serial}${(10 - (s % 10)) % 10}`];
}
const NG_BANKS = { '058': 'GTBank', '044': 'Access Bank', '033': 'UBA', '011': 'First Bank', '057': 'Zenith Bank', '232': 'Sterling Bank', '214': 'FCMB' };
/** A domestic account with the words around it: [lead-in, account, trailer]; only the account is labelled. */
function bankAccount(locale) {
  switch (locale) {
    case 'zh_TW':
      return pick([[`${pick(['(822) 中國信託', '(013) 國泰世華', '(812) 台新銀行', '(700) 中華郵政'])} 帳號：`, pick([digits(12), `${digits(4)}-${digits(4)}-${digits(4)}`, digits(14)]), ''], ['薪轉帳戶 ', `${digits(3)}-${digits(3)}-${digits(6)}`, ` (${pick(['玉山銀行', '台北富邦'])})`]]);
    case 'th_TH':
      return pick([[`${pick(['ธนาคารกสิกรไทย', 'ธนาคารไทยพาณิชย์', 'ธนาคารกรุงเทพ', 'KBank'])} เลขที่บัญชี `, pick([`${digits(3)}-${digits(1)}-${digits(5)}-${digits(1)}`, digits(10)]), ''], ['Account no. ', `${digits(3)}-${digits(1)}-${digits(5)}-${digits(1)}`, ` (${pick(['SCB', 'Krungthai', 'Bangkok Bank'])}, savings)`]]);
    case 'fr_CA':
      return pick([[`Transit ${digits(5)}, institution ${pick(['815', '006', '003', '001', '002'])}, compte `, digits(7), ''], ['Dépôt direct — no de compte ', `${digits(7)}`, ` (transit ${digits(5)}-${pick(['815', '006'])})`]]);
    case 'en_NG': {
      const [bank, account] = nuban();
      return pick([[`${NG_BANKS[bank]} account no. `, account, ''], ['NUBAN: ', account, ` (${NG_BANKS[bank]})`], [`Salary account (${NG_BANKS[bank]}): `, account, '']]);
    }
    case 'en_HK':
      return pick([['HSBC account ', `${digits(3)}-${digits(6)}-${pick(['001', '833', '838'])}`, ''], ['Bank: Hang Seng, a/c no. ', `${digits(3)}-${digits(6)}-${digits(3)}`, ''], ['DBS account number: ', `${digits(3)}-${digits(3)}-${digits(3)}-${digits(1)}`, ' (HKD savings)'], ['銀行戶口：中銀香港 ', `012-${digits(3)}-${digits(1)}-${digits(6)}-${digits(1)}`, '']]);
    case 'ko':
      return pick([['우리은행 ', `1002-${digits(3)}-${digits(6)}`, ''], ['하나은행 ', `${digits(3)}-${digits(6)}-${digits(5)}`, ''], ['국민 ', `${digits(6)}-${digits(2)}-${digits(6)}`, ''], ['신한은행 ', `1${pick(['10', '00'])}-${digits(3)}-${digits(6)}`, ''], ['케이뱅크 ', `100-${digits(3)}-${digits(6)}`, ''], ['카카오뱅크 ', `3333-${digits(2)}-${digits(7)}`, ''], ['새마을금고 ', `9002-${digits(4)}-${digits(4)}-${digits(1)}`, '']]);
    default:
      return null;
  }
}
/** A payment line: the country's IBAN (IBAN) or its domestic account (BANK_ACCOUNT). */
function payment(d, locale, lead = '') {
  const country = IBAN_COUNTRY[locale];
  if (country) {
    d.add(lead || pick(['IBAN: ', 'IBAN ', 'Bank account (IBAN): ', 'Compte IBAN : '])).entity('IBAN', iban(country));
    return;
  }
  const [cue, value, trail] = bankAccount(locale);
  d.add(lead).add(cue).entity('BANK_ACCOUNT', value).add(trail);
}

// ---------------------------------------------------------------- birth dates
function birthDate(locale) {
  const b = birthDay(int);
  const { y, m, d, dd, mm } = b;
  const forms = {
    zh_TW: [`${y}年${m}月${d}日`, `民國${b.roc}年${m}月${d}日`, `${y}/${mm}/${dd}`, `${y}-${mm}-${dd}`],
    th_TH: [`${d} ${MONTH_NAMES.th[m - 1]} ${b.buddhist}`, `${d} ${MONTH_NAMES.thShort[m - 1]} ${b.buddhist}`, `${dd}/${mm}/${b.buddhist}`, `${d} ${MONTH_NAMES.en[m - 1]} ${y}`],
    sl_SI: [`${d}. ${m}. ${y}`, `${dd}.${mm}.${y}`, `${d}. ${MONTH_NAMES.sl[m - 1]} ${y}`],
    fr_CA: [`${d} ${MONTH_NAMES.fr[m - 1]} ${y}`, `${y}-${mm}-${dd}`, `${dd}/${mm}/${y}`, `${d === 1 ? '1er' : d} ${MONTH_NAMES.fr[m - 1]} ${y}`],
    en_NG: [`${ordinal(d)} ${MONTH_NAMES.en[m - 1]}, ${y}`, `${dd}/${mm}/${y}`, `${d}-${MONTH_NAMES.enShort[m - 1]}-${y}`, `${ordinal(d)} ${MONTH_NAMES.en[m - 1]} ${y}`],
    en_HK: [`${d} ${MONTH_NAMES.en[m - 1]} ${y}`, `${dd}/${mm}/${y}`, `${y}年${m}月${d}日`, `${d} ${MONTH_NAMES.enShort[m - 1]} ${y}`],
    sr_RS: [`${dd}.${mm}.${y}.`, `${d}. ${MONTH_NAMES.srLatin[m - 1]} ${y}.`, `${d}. ${MONTH_NAMES.srCyrillic[m - 1]} ${y}. године`, `${d}.${m}.${y}.`],
    ka_GE: [`${dd}.${mm}.${y}`, `${d} ${MONTH_NAMES.ka[m - 1]}, ${y}`, `${d} ${MONTH_NAMES.ka[m - 1]} ${y} წ.`, `${dd}/${mm}/${y}`],
    fr_LU: [`${dd}/${mm}/${y}`, `${d} ${MONTH_NAMES.fr[m - 1]} ${y}`, `${dd}.${mm}.${y}`, `${d}. ${MONTH_NAMES.de[m - 1]} ${y}`],
    ar_AE: [`${dd}/${mm}/${y}`, `${d} ${MONTH_NAMES.ar[m - 1]} ${y}`, `${d} ${MONTH_NAMES.en[m - 1]} ${y}`, `${dd}-${MONTH_NAMES.enShort[m - 1]}-${y}`],
    ko: [`${y}년 ${m}월 ${d}일`, `${y}.${mm}.${dd}`, `${y}. ${m}. ${d}.`, `${y}-${mm}-${dd}`, `${b.yy}년 ${m}월 ${d}일생`],
  }[locale];
  return pick(forms);
}
const DOB_CUES = {
  en: ['Date of birth: ', 'DOB: ', 'D.O.B. ', 'Birth date: ', 'Born on '],
  zh_TW: ['出生日期：', '生日：', '出生年月日：'], th_TH: ['วันเกิด: ', 'วัน/เดือน/ปีเกิด: ', 'เกิดวันที่ '], sl_SI: ['Datum rojstva: ', 'Rojen: ', 'Rojena: '], fr_CA: ['Date de naissance : ', 'Né le ', 'Née le '],
  en_NG: ['Date of Birth: ', 'DOB: ', 'Born: '], en_HK: ['Date of birth: ', '出生日期：'], sr_RS: ['Datum rođenja: ', 'Rođen: ', 'Датум рођења: '], ka_GE: ['დაბადების თარიღი: ', 'დაიბადა '],
  fr_LU: ['Date de naissance : ', 'Geburtsdatum: ', 'Né le '], ar_AE: ['تاريخ الميلاد: ', 'Date of Birth: '], ko: ['생년월일: ', '생년월일 ', '출생일: '],
};
const dobCue = (locale) => pick(locale === 'ko' || chance(0.65) ? DOB_CUES[locale] : DOB_CUES.en);

// ---------------------------------------------------------------- hard negatives
/** ORCID iD with its ISO 7064 MOD 11-2 check character (16 characters in four groups, like a card). */
function orcid() {
  const body = `0000000${int(0, 1) ? '2' : '3'}${digits(7)}`;
  let total = 0;
  for (const ch of body) total = (total + Number(ch)) * 2;
  const r = (12 - (total % 11)) % 11;
  const id = `${body}${r === 10 ? 'X' : r}`;
  return id.match(/.{4}/g).join('-');
}
const SALARY = {
  zh_TW: () => pick([`月薪 NT$${int(38, 120)},000`, `年薪 ${int(80, 250)} 萬`, `NT$${int(1, 3)},${digits(3)},000/年`]),
  th_TH: () => pick([`เงินเดือน ${int(25, 150)},000 บาท`, `฿${int(30, 180)},000/month`, `THB ${int(40, 200)}k`]),
  sl_SI: () => pick([`${int(1, 4)}.${digits(3)} € bruto`, `${int(1, 3)}.${digits(3)} EUR neto mesečno`]),
  fr_CA: () => pick([`${int(55, 140)} 000 $ par année`, `${int(25, 60)},${pick(['00', '50'])} $/h`, `CA$${int(60, 150)}k`]),
  en_NG: () => pick([`₦${int(250, 950)},000 monthly`, `NGN ${int(3, 30)}.${int(0, 9)}m per annum`, `N${int(400, 900)}k net`]),
  en_HK: () => pick([`HK$${int(20, 90)},000 x 13`, `HKD ${int(30, 95)}k per month`, `${int(35, 80)}K + bonus`]),
  sr_RS: () => pick([`${int(90, 450)}.000 RSD neto`, `${int(1, 4)}.${digits(3)} € neto`, `plata ${int(120, 380)}k dinara`]),
  ka_GE: () => pick([`${int(1, 9)},${digits(3)} ₾`, `GEL ${int(1500, 9000)} gross`, `ხელფასი ${int(1200, 6000)} ლარი`]),
  fr_LU: () => pick([`${int(4, 9)}.${digits(3)} € brut/mois`, `${int(55, 120)} k€ brut annuel`, `indice ${int(200, 400)}`]),
  ar_AE: () => pick([`AED ${int(12, 65)},000 + housing`, `${int(15, 45)}k AED/month, tax-free`, `راتب ${int(10, 40)},000 درهم`]),
};
const COMPANY_NUMBERS = {
  zh_TW: () => pick([`統一編號 ${digits(8)}`, `公司統編：${digits(8)}`]),
  th_TH: () => pick([`เลขประจำตัวผู้เสียภาษีอากร 0${pick(['105', '115', '125'])}${int(540, 567)}${digits(6)}`, `Company Tax ID 0105${int(540, 567)}${digits(6)}`]),
  sl_SI: () => pick([`ID za DDV: SI${digits(8)}`, `matična številka ${digits(10)}`]),
  fr_CA: () => pick([`NEQ 11${digits(8)}`, `TPS ${digits(9)} RT0001`, `TVQ ${digits(10)} TQ0001`]),
  en_NG: () => pick([`RC ${int(100000, 1999999)}`, `TIN ${digits(8)}-0001`]),
  en_HK: () => pick([`BR No. ${digits(8)}`, `CR No. ${digits(7)}`]),
  sr_RS: () => pick([`PIB ${int(100000001, 114999999)}`, `MB ${digits(8)}`]),
  ka_GE: () => pick([`ს/კ ${int(200, 445)}${digits(6)}`, `Company ID ${int(400, 445)}${digits(6)}`]),
  fr_LU: () => pick([`RCS Luxembourg B${int(10000, 290000)}`, `TVA LU${digits(8)}`, `matricule société ${int(1990, 2024)} ${digits(4)} ${digits(3)}`]),
  ar_AE: () => pick([`TRN 100${digits(9)}003`, `Trade Licence No. ${int(500000, 1299999)}`]),
};
const PROSE_PLACES = {
  zh_TW: () => '辦公室在信義區，捷運市政府站附近。', th_TH: () => 'ออฟฟิศอยู่ใกล้ BTS อโศก', sl_SI: () => 'Pisarna je v centru Ljubljane, blizu Tromostovja.', fr_CA: () => 'Nos bureaux sont dans le Mile End, près du métro Laurier.',
  en_NG: () => 'The office is off Admiralty Way in Lekki.', en_HK: () => 'Our office is a short walk from Quarry Bay MTR, exit A.', sr_RS: () => 'Kancelarija je na Novom Beogradu, blizu Ušća.', ka_GE: () => 'ოფისი ვაკეშია, ჭავჭავაძის გამზირთან ახლოს.',
  fr_LU: () => 'Le bureau est au Kirchberg, près de l’arrêt de tram Philharmonie.', ar_AE: () => 'The office is in Dubai Internet City, near the metro.', ko: () => '사무실은 판교역 근처입니다.',
};
/** A sentence with numbers or places that are not personal data. */
function negative(locale, f) {
  const y = int(2009, 2022);
  return pick([
    () => `ORCID ${orcid()}.`,
    () => `doi:10.${int(1000, 9999)}/${pick(['j.jss', 'tse', 'access', 'icse'])}.${int(2015, 2025)}.${digits(5)}.`,
    () => `Meeting ID: ${digits(3)} ${digits(4)} ${digits(4)}, passcode ${digits(6)}.`,
    () => `Employee no. ${digits(int(5, 7))}.`,
    () => `Grant no. ${letter()}${letter()}-${int(2019, 2026)}-${digits(5)}.`,
    () => `arXiv:${int(19, 25)}${pad(int(1, 12), 2)}.${digits(5)}.`,
    () => `Application ref. ${letter()}${letter()}${digits(8)}.`,
    () => `${f.company.name()}, ${y}–${pick(['present', String(int(y + 1, 2026))])}.`,
    () => `Expected salary: ${SALARY[locale]()}.`,
    () => `${COMPANY_NUMBERS[locale]()}.`,
    () => PROSE_PLACES[locale](),
    () => `Version ${int(1, 12)}.${int(0, 40)}.${int(0, 9)} (build ${digits(6)}).`,
    () => `Ticket #${digits(3)}-${digits(3)}-${digits(4)} closed.`,
    () => `ISBN ${pick(['978', '979'])}${digits(10)}.`,
    () => `Requisition ${int(2026, 2027)}-${digits(5)}.`,
    () => `${int(2, 15)} years of ${pick(['Kotlin', 'Go', 'SAP', 'Tableau', 'C#', 'Terraform'])}, ${int(60, 99)}% on-time delivery.`,
    () => `Notice period: ${pick(['one month', 'two months', 'three months', '30 days'])} from ${pad(int(1, 28), 2)}.${pad(int(1, 12), 2)}.2026.`,
  ])();
}
const KO_NEGATIVES = [
  () => `재직기간 ${int(2012, 2021)}.${pad(int(1, 12), 2)}.${pad(int(1, 28), 2)} ~ ${int(2022, 2026)}.${pad(int(1, 12), 2)}.${pad(int(1, 28), 2)}`,
  () => `연봉 ${int(3200, 9800)}만 원`,
  () => `발급번호 제${int(2026, 2026)}-${digits(4)}호`,
  () => `사업자등록번호 ${digits(3)}-${digits(2)}-${digits(5)}`,
  () => `사원번호 ${letter()}${digits(6)}`,
  () => `화상 회의 ID ${digits(3)} ${digits(4)} ${digits(4)} (암호 ${digits(4)})`,
  () => `지원번호 ${int(2026, 2027)}-${digits(5)}`,
  () => `토익 ${int(750, 990)}점`,
  () => `논문 DOI 10.${int(1000, 9999)}/kips.${int(2019, 2025)}.${digits(4)}`,
  () => `만 ${int(24, 55)}세`,
  () => `학점 ${int(3, 4)}.${digits(2)}/4.5`,
  () => `주차 등록 차량 ${int(10, 399)}${pick(['가', '나', '다', '로', '무'])} ${digits(4)}`,
];
const koreanNegative = () => pick(KO_NEGATIVES)();

// ---------------------------------------------------------------- people and e-mails
const FAKERS = { zh_TW: fakerZH_TW, th_TH: fakerTH, sl_SI: fakerSL_SI, fr_CA: fakerFR_CA, en_NG: fakerEN_NG, en_HK: fakerEN_HK, sr_RS: fakerSR_RS_latin, ka_GE: fakerKA_GE, fr_LU: fakerFR_LU, ar_AE: fakerAR, ko: fakerEN };
for (const f of new Set(Object.values(FAKERS))) f.seed(SEED);
/** Names in scripts without a faker romanisation: [name as written, given name in Latin letters, family name in Latin letters]. */
const WRITTEN_NAMES = {
  zh_TW: [['陳怡君', 'Yi-Chun', 'Chen'], ['林家豪', 'Chia-Hao', 'Lin'], ['黃詩涵', 'Shih-Han', 'Huang'], ['張志明', 'Chih-Ming', 'Chang'], ['李佩珊', 'Pei-Shan', 'Lee'], ['王冠宇', 'Kuan-Yu', 'Wang'], ['吳雅婷', 'Ya-Ting', 'Wu'], ['劉宗翰', 'Tsung-Han', 'Liu'], ['蔡欣怡', 'Hsin-Yi', 'Tsai'], ['楊承恩', 'Cheng-En', 'Yang']],
  th_TH: [['ณัฐพล ศรีสุข', 'Nattapon', 'Srisuk'], ['สุภาวดี วงศ์ใหญ่', 'Supawadee', 'Wongyai'], ['ธนากร ประเสริฐ', 'Thanakorn', 'Prasert'], ['พิมพ์ชนก แก้วมณี', 'Pimchanok', 'Kaewmanee'], ['กิตติพงษ์ บุญมา', 'Kittipong', 'Boonma'], ['อรอุมา ทองดี', 'Onuma', 'Thongdee'], ['วรวุฒิ จันทร์เพ็ญ', 'Worawut', 'Janpen'], ['ศิริพร รัตนพันธ์', 'Siriporn', 'Rattanapan']],
  ka_GE: [['ნინო ბერიძე', 'Nino', 'Beridze'], ['გიორგი კაპანაძე', 'Giorgi', 'Kapanadze'], ['მარიამ გელაშვილი', 'Mariam', 'Gelashvili'], ['ლევან მაისურაძე', 'Levan', 'Maisuradze'], ['ანა ლომიძე', 'Ana', 'Lomidze'], ['დავით ჯაფარიძე', 'Davit', 'Japaridze'], ['თამარ ხუციშვილი', 'Tamar', 'Khutsishvili'], ['ლუკა ნოზაძე', 'Luka', 'Nozadze']],
  ar_AE: [['محمد الحمادي', 'Mohammed', 'Al Hammadi'], ['فاطمة الشامسي', 'Fatima', 'Al Shamsi'], ['Rahul Menon', 'Rahul', 'Menon'], ['Priya Nair', 'Priya', 'Nair'], ['أحمد المنصوري', 'Ahmed', 'Al Mansoori'], ['Maria Santos', 'Maria', 'Santos'], ['Omar Haddad', 'Omar', 'Haddad'], ['Aisha Khan', 'Aisha', 'Khan'], ['Arjun Pillai', 'Arjun', 'Pillai']],
  ko: [['강민서', 'Minseo', 'Kang'], ['윤도현', 'Dohyun', 'Yoon'], ['임서연', 'Seoyeon', 'Lim'], ['한지훈', 'Jihoon', 'Han'], ['조예린', 'Yerin', 'Cho'], ['장우진', 'Woojin', 'Jang'], ['배수빈', 'Subin', 'Bae'], ['문태윤', 'Taeyoon', 'Moon'], ['홍나래', 'Narae', 'Hong'], ['유건우', 'Geonwoo', 'Yoo'], ['남하은', 'Haeun', 'Nam'], ['고준영', 'Junyoung', 'Ko']],
};
const DOMAINS = {
  zh_TW: ['gmail.com', 'yahoo.com.tw', 'hotmail.com', 'msa.hinet.net'], th_TH: ['gmail.com', 'hotmail.com', 'outlook.co.th'], sl_SI: ['gmail.com', 'siol.net', 't-2.net', 'amis.net'], fr_CA: ['gmail.com', 'videotron.ca', 'hotmail.ca', 'outlook.com'],
  en_NG: ['gmail.com', 'yahoo.com', 'outlook.com'], en_HK: ['gmail.com', 'netvigator.com', 'yahoo.com.hk'], sr_RS: ['gmail.com', 'eunet.rs', 'yahoo.com', 'sbb.rs'], ka_GE: ['gmail.com', 'mail.ru', 'yahoo.com'],
  fr_LU: ['pt.lu', 'gmail.com', 'internet.lu', 'outlook.com'], ar_AE: ['gmail.com', 'emirates.net.ae', 'outlook.com', 'yahoo.com'], ko: ['naver.com', 'gmail.com', 'daum.net', 'kakao.com', 'hanmail.net'],
};
function person(locale) {
  let name, latinFirst, latinLast;
  if (WRITTEN_NAMES[locale]) {
    [name, latinFirst, latinLast] = pick(WRITTEN_NAMES[locale]);
    if (locale === 'zh_TW' && chance(0.3)) name = `${latinFirst} ${latinLast}`;
  } else {
    const f = FAKERS[locale];
    latinFirst = f.person.firstName();
    latinLast = f.person.lastName();
    name = `${latinFirst} ${latinLast}`;
  }
  const a = ascii(latinFirst).toLowerCase() || 'sam';
  const b = ascii(latinLast).toLowerCase() || 'lee';
  const local = pick([`${a}.${b}`, `${a}${b}`, `${a}.${b}${int(1, 99)}`, `${b}${a[0]}`, `${a[0]}.${b}`, `${a}-${b}`, `${b}.${a}`, `${a}${int(80, 99)}`]);
  return { name, latinFirst, latinLast, roman: `${latinFirst} ${latinLast}`, email: `${local}@${pick(DOMAINS[locale])}` };
}
/** A company's mail domain from its name, or a plain one when the name has too few Latin letters. */
const companyDomain = (f) => {
  const letters = ascii(f.company.name().replace(/\band\b/gu, '')).toLowerCase().slice(0, 12);
  return `${letters.length >= 4 ? letters : pick(['talentco', 'hirewell', 'peoplefirst', 'brightpath', 'asiatrade'])}.${pick(['com', 'co', 'net', 'group'])}`;
};
const workEmail = (p, domain) => `${ascii(p.latinFirst).toLowerCase() || 'hr'}.${ascii(p.latinLast).toLowerCase() || 'team'}@${domain}`;
const title = (f) => (chance(0.7) ? fakerEN.person.jobTitle() : f.person.jobTitle());

// ---------------------------------------------------------------- local words
const WORDS = {
  zh_TW: { phone: '電話', mobile: '手機', email: 'Email', address: '地址', hi: '您好，', thanks: '謝謝！', certify: '茲證明', contact: '聯絡方式' },
  th_TH: { phone: 'โทร', mobile: 'มือถือ', email: 'อีเมล', address: 'ที่อยู่', hi: 'เรียน ฝ่ายบุคคล', thanks: 'ขอแสดงความนับถือ', certify: 'หนังสือฉบับนี้ให้ไว้เพื่อรับรองว่า', contact: 'ติดต่อ' },
  sl_SI: { phone: 'Telefon', mobile: 'GSM', email: 'E-pošta', address: 'Naslov', hi: 'Spoštovani,', thanks: 'Lep pozdrav,', certify: 'Potrjujemo, da', contact: 'Kontakt' },
  fr_CA: { phone: 'Tél.', mobile: 'Cell.', email: 'Courriel', address: 'Adresse', hi: 'Bonjour,', thanks: 'Cordialement,', certify: 'Nous attestons que', contact: 'Coordonnées' },
  en_NG: { phone: 'Tel', mobile: 'Mobile', email: 'Email', address: 'Residential address', hi: 'Dear Sir/Madam,', thanks: 'Yours faithfully,', certify: 'This is to certify that', contact: 'Contact' },
  en_HK: { phone: 'Tel', mobile: 'Mobile', email: 'Email', address: 'Correspondence address', hi: 'Dear Hiring Team,', thanks: 'Best regards,', certify: 'This is to certify that', contact: 'Contact' },
  sr_RS: { phone: 'Telefon', mobile: 'Mob.', email: 'E-pošta', address: 'Adresa', hi: 'Poštovani,', thanks: 'Srdačan pozdrav,', certify: 'Ovim se potvrđuje da', contact: 'Kontakt' },
  ka_GE: { phone: 'ტელ.', mobile: 'მობ.', email: 'ელ-ფოსტა', address: 'მისამართი', hi: 'მოგესალმებით,', thanks: 'პატივისცემით,', certify: 'ვადასტურებთ, რომ', contact: 'კონტაქტი' },
  fr_LU: { phone: 'Tél.', mobile: 'GSM', email: 'E-mail', address: 'Adresse', hi: 'Madame, Monsieur,', thanks: 'Meilleures salutations,', certify: 'Nous certifions que', contact: 'Coordonnées' },
  ar_AE: { phone: 'Tel', mobile: 'Mobile', email: 'Email', address: 'Address', hi: 'Dear Hiring Manager,', thanks: 'Kind regards,', certify: 'This is to certify that', contact: 'Contact' },
};
const word = (locale, key) => (chance(0.7) ? WORDS[locale][key] : { phone: 'Phone', mobile: 'Mobile', email: 'E-mail', address: 'Address' }[key] ?? WORDS[locale][key]);
const someDay = () => `${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/2026`;

// ---------------------------------------------------------------- document kinds
const KINDS = {
  /** Accepting an offer by e-mail and sending the onboarding details asked for. */
  offerAcceptance(d, locale, f, p) {
    const hr = person(locale);
    d.add(`Subject: Re: Offer of employment – ${title(f)}\n\n${chance(0.5) ? WORDS[locale].hi : `Dear ${hr.latinFirst},`}\n\n${pick(['Thank you for the offer — I am delighted to accept.', 'I have signed the contract and attached a scan.', 'Happy to confirm my acceptance of the offer.'])} ${pick(['Here are the details for onboarding:', 'As requested, my details for payroll:', 'Below is what the onboarding form asked for.'])}\n\n`);
    const fields = shuffle([
      () => d.add(pick([`${word(locale, 'address')}: `, 'Home address: ', 'I live at ', ''])).entity('ADDRESS', addressFor(locale, chance(0.25))),
      () => d.add(pick([`${word(locale, 'mobile')}: `, 'Best number: ', 'You can reach me on '])).entity('PHONE', phoneFor(locale)),
      () => (chance(0.6) ? d.add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)) : d.add(`Start date: ${someDay()}`)),
      () => payment(d, locale, chance(0.5) ? 'Salary to: ' : ''),
      () => {
        if (chance(0.8)) {
          const [cue, value, type] = nationalId(locale, p);
          d.add(cue).entity(type, value);
        } else d.add(negative(locale, f));
      },
      () => {
        if (chance(0.3)) {
          const [cue, value] = driverLicence(locale);
          d.add(`For the company car: ${cue}`).entity('DRIVER_LICENSE', value);
        } else d.add(negative(locale, f));
      },
      () => {
        const kin = person(locale);
        d.add(`Emergency contact: ${kin.name} (${pick(['mother', 'husband', 'wife', 'brother', 'partner', 'sister'])}), `).entity('PHONE', phoneFor(locale));
      },
    ]).slice(0, int(4, 7));
    for (const field of fields) {
      field();
      d.add('\n');
    }
    if (chance(0.2)) {
      const [cue, value] = passport(locale);
      d.add(`For the work permit: ${cue}`).entity('PASSPORT', value).add(`, expires ${pad(int(1, 28), 2)}.${pad(int(1, 12), 2)}.${int(2028, 2035)}\n`);
    }
    d.add(`\n${negative(locale, f)}\n\n${WORDS[locale].thanks}\n${p.name}\n`);
    if (chance(0.5)) d.entity('EMAIL', p.email).add('\n');
  },
  /** An interview invitation as a calendar client renders it. */
  interviewInvite(d, locale, f, p) {
    const recruiter = person(locale);
    const domain = companyDomain(f);
    d.add(`${pick(['Invitation', 'Updated invitation', 'Invitation: Interview'])}: ${title(f)} — ${p.roman}\n`);
    const hour = int(9, 16);
    d.add(`When: ${pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${int(1, 28)} ${pick(['Dec 2026', 'Jan 2027'])} ${hour}:${pick(['00', '30'])} – ${hour + 1}:${pick(['00', '30'])}\n`);
    if (chance(0.7)) d.add(pick(['Where: ', 'Location: '])).entity('ADDRESS', addressFor(locale, false)).add(chance(0.4) ? `, ${pick(['reception on the ground floor', 'meeting room 3', 'ask for the front desk'])}\n` : '\n');
    else d.add(`Where: ${pick(['Microsoft Teams meeting', 'Zoom', 'Google Meet'])}\n`);
    d.add(`Organizer: ${recruiter.roman} <`).entity('EMAIL', workEmail(recruiter, domain)).add('>\n');
    d.add(`Guests: ${p.roman} <`).entity('EMAIL', p.email).add('>');
    if (chance(0.4)) {
      const panel = person(locale);
      d.add(`, ${panel.roman} <`).entity('EMAIL', workEmail(panel, domain)).add('>');
    }
    d.add('\n\n');
    if (chance(0.6)) d.add(`${pick(['Join by phone', 'Dial-in', 'Or call in (audio only)'])}: `).entity('PHONE', phoneFor(locale, true)).add(`\nMeeting ID: ${digits(3)} ${digits(4)} ${digits(4)}${chance(0.5) ? `, passcode ${digits(6)}` : ''}\n`);
    d.add(`${pick(['If you are running late, call', 'Questions before the day? Ring', 'Reception:'])} `).entity('PHONE', phoneFor(locale, true)).add('.\n');
    if (chance(0.3)) d.add(`Please bring photo ID. ${negative(locale, f)}\n`);
    d.add(`\nReply: Yes / Maybe / No\nInvitation from ${pick(['Google Calendar', 'Outlook', 'Greenhouse'])}. ${negative(locale, f)}\n`);
  },
  /** The first page of an academic CV: letterhead, positions, publications with DOIs and ORCID, referees. */
  academicCv(d, locale, f, p) {
    d.add(`${p.name}${chance(0.5) ? ', PhD' : ''}\n${pick(['Postdoctoral Researcher', 'Assistant Professor', 'Research Fellow', 'Lecturer'])}, ${pick(['Department of Computer Science', 'School of Economics', 'Institute of Molecular Biology', 'Faculty of Engineering'])}\n`);
    d.entity('ADDRESS', addressFor(locale, chance(0.4))).add('\n');
    d.add(pick([`${word(locale, 'phone')} `, 'Tel. ', 'Office: ', ''])).entity('PHONE', phoneFor(locale, true)).add(pick([' · ', ' | ', '\n'])).entity('EMAIL', p.email).add(`\nORCID ${orcid()}\n\n`);
    if (chance(0.3)) d.add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)).add(`, ${pick(['nationality on request', 'married, two children', 'citizenship: dual'])}\n\n`);
    d.add(`POSITIONS\n${int(2019, 2024)}–present  ${f.company.name()}\n${int(2014, 2018)}–${int(2019, 2023)}  PhD, ${pick(['University of Ljubljana', 'National Taiwan University', 'Chulalongkorn University', 'Université Laval', 'University of Lagos', 'HKUST', 'University of Belgrade', 'Tbilisi State University', 'University of Luxembourg', 'Khalifa University'])}\n\n`);
    d.add(`SELECTED PUBLICATIONS\n1. ${p.latinLast}, ${p.latinFirst[0]}. et al. (${int(2019, 2025)}). ${pick(['Robust estimation under drift', 'Sparse graphs at scale', 'A field study of onboarding', 'Low-resource speech tagging'])}. ${negative(locale, f)}\n2. ${negative(locale, f)}\n3. ${negative(locale, f)}\n\n`);
    d.add('REFEREES\n');
    for (let i = 0; i < int(1, 3); i++) {
      const referee = person(locale);
      d.add(`Prof. ${referee.name} — `).entity('EMAIL', chance(0.5) ? referee.email : workEmail(referee, pick(['uni-lj.si', 'ntu.edu.tw', 'chula.ac.th', 'ulaval.ca', 'unilag.edu.ng', 'ust.hk', 'bg.ac.rs', 'tsu.ge', 'uni.lu', 'ku.ac.ae'])));
      if (chance(0.6)) d.add(', ').entity('PHONE', phoneFor(locale, true));
      d.add('\n');
    }
  },
  /** An agency recruiter's intake notes after a first call, in shorthand. */
  recruiterIntake(d, locale, f, p) {
    d.add(`Intake call — ${p.roman} — ${someDay()}\nSource: ${pick(['referral', 'LinkedIn InMail', 'job board', 'event'])} | Role: ${title(f)}\n\n`);
    const lines = shuffle([
      () => d.add(pick(['- mob ', '- cell ', '- WhatsApp ', '- ph: '])).entity('PHONE', phoneFor(locale)).add(chance(0.4) ? ' (prefers text after 6pm)' : ''),
      () => d.add(pick(['- personal email ', '- email: '])).entity('EMAIL', p.email),
      () => d.add(pick(['- lives ', '- home: ', '- based at '])).entity('ADDRESS', addressFor(locale, false)).add(chance(0.5) ? `; commute ~${int(15, 75)} min` : ''),
      () => (chance(0.5) ? d.add(`- ${dobCue(locale)}`).entity('DATE_OF_BIRTH', birthDate(locale)).add(' (for visa check)') : d.add(`- current pkg ${SALARY[locale]()}`)),
      () => d.add(`- ${negative(locale, f)}`),
      () => {
        if (chance(0.3)) {
          const [cue, value] = passport(locale);
          d.add(`- ${cue}`).entity('PASSPORT', value);
        } else d.add(`- notice ${int(1, 3)}m, open to hybrid`);
      },
      () => {
        if (chance(0.3)) {
          const [cue, value] = driverLicence(locale);
          d.add(`- own car, ${cue}`).entity('DRIVER_LICENSE', value);
        } else if (chance(0.4)) {
          const [cue, value, type] = nationalId(locale, p);
          d.add(`- for the background check: ${cue}`).entity(type, value);
        } else d.add(`- ${negative(locale, f)}`);
      },
      () => {
        if (chance(0.3)) {
          const boss = person(locale);
          d.add(`- ref: ${boss.roman} (ex-manager) `).entity('PHONE', phoneFor(locale));
        } else d.add('- refs after offer');
      },
    ]);
    for (const line of lines) {
      line();
      d.add('\n');
    }
    d.add(`Next: ${pick(['send to hiring manager', 'book tech screen', 'hold — salary gap'])}.\n`);
  },
  /** A certificate of employment issued by HR at the employee's request. */
  employmentCertificate(d, locale, f, p) {
    const headings = { zh_TW: '在職證明書', th_TH: 'หนังสือรับรองการทำงาน', sl_SI: 'POTRDILO O ZAPOSLITVI', fr_CA: "ATTESTATION D'EMPLOI", sr_RS: 'POTVRDA O ZAPOSLENJU', ka_GE: 'ცნობა', fr_LU: 'CERTIFICAT DE TRAVAIL', ar_AE: 'شهادة عمل / SALARY CERTIFICATE' };
    d.add(`${f.company.name()}\n`).entity('ADDRESS', addressFor(locale, chance(0.5))).add(`\n${word(locale, 'phone')}: `).entity('PHONE', phoneFor(locale, true)).add(`\n\n${pick([headings[locale] ?? 'CERTIFICATE OF EMPLOYMENT', 'CERTIFICATE OF EMPLOYMENT', 'TO WHOM IT MAY CONCERN'])}\n\n`);
    d.add(`${WORDS[locale].certify} ${p.name}`);
    if (chance(0.6)) d.add(`, ${pick(['born on ', 'date of birth ', 'né(e) le ', 'b. '])}`).entity('DATE_OF_BIRTH', birthDate(locale));
    if (chance(0.6)) d.add(`, ${pick(['residing at ', 'of ', 'domicilié(e) au '])}`).entity('ADDRESS', addressFor(locale, false));
    if (chance(0.4)) {
      const [cue, value] = passport(locale);
      d.add(`, ${pick(['holder of ', ''])}${cue}`).entity('PASSPORT', value);
    } else if (chance(0.55)) {
      const [cue, value, type] = nationalId(locale, p);
      d.add(`, ${cue}`).entity(type, value);
    }
    d.add(`, has been employed by ${f.company.name()} as ${title(f)} since ${someDay()}. ${negative(locale, f)}\n${pick(['This certificate is issued at the request of the employee.', 'Issued for the purpose of a visa application.', 'Issued for bank loan purposes.'])} ${negative(locale, f)}\n\n`);
    const hr = person(locale);
    d.add(`${hr.name}\nHR Manager\n`).entity('EMAIL', workEmail(hr, companyDomain(f)));
    if (chance(0.4)) d.add(' | Direct: ').entity('PHONE', phoneFor(locale, true));
    d.add('\n');
  },
  /** A plain-text résumé pasted into an application box: contact inline in the summary, personal details at the end. */
  pastedResume(d, locale, f, p) {
    d.add(`${/[A-Za-z]/u.test(p.name) ? p.name.toUpperCase() : p.name}\n${title(f)}\n\n`);
    if (chance(0.5)) d.add('SUMMARY\n');
    d.add(`${pick(['Analytical', 'Hands-on', 'Customer-focused', 'Detail-oriented'])} professional with ${int(3, 18)} years in ${pick(['fintech', 'logistics', 'telecoms', 'public health', 'e-commerce'])}. `);
    if (chance(0.6)) d.add(`${pick(['Reach me on ', 'Call ', 'Phone/WhatsApp: '])}`).entity('PHONE', phoneFor(locale)).add(pick([' or ', ', e-mail ', '; '])).entity('EMAIL', p.email).add('.\n\n');
    else d.add(`${pick(['Based in ', 'Living at '])}`).entity('ADDRESS', addressFor(locale, false)).add(`; ${pick(['open to relocation', 'hybrid preferred'])}.\n\n`);
    d.add(`EXPERIENCE\n${title(f)} — ${f.company.name()} (${int(2018, 2022)}–present)\n• ${negative(locale, f)}\n• ${negative(locale, f)}\n${title(f)} — ${f.company.name()} (${int(2012, 2016)}–${int(2017, 2021)})\n• ${negative(locale, f)}\n\n`);
    d.add(`EDUCATION\n${pick(['B.Sc.', 'M.Sc.', 'B.Eng.', 'MBA'])}, ${int(2006, 2016)}\n\n`);
    if (chance(0.7)) {
      d.add(pick(['PERSONAL DETAILS\n', 'PERSONAL INFORMATION\n', 'Other details\n']));
      const details = shuffle([
        () => d.add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)),
        () => d.add(`${word(locale, 'address')}: `).entity('ADDRESS', addressFor(locale, chance(0.3))),
        () => d.add(`${word(locale, 'mobile')}: `).entity('PHONE', phoneFor(locale)),
        () => d.add(`${word(locale, 'email')}: `).entity('EMAIL', p.email),
        () => d.add(`Marital status: ${pick(['single', 'married'])}`),
        () => {
          const [cue, value, type] = nationalId(locale, p);
          d.add(cue).entity(type, value);
        },
        () => {
          if (chance(0.4)) {
            const [cue, value] = driverLicence(locale);
            d.add(cue).entity('DRIVER_LICENSE', value);
          } else d.add(`Languages: ${pick(['English, French', 'English, Mandarin', 'English, Arabic, Hindi', 'Serbian, English, German', 'Thai, English'])}`);
        },
      ]).slice(0, int(2, 6));
      for (const detail of details) {
        detail();
        d.add('\n');
      }
    }
    if (chance(0.25)) {
      const referee = person(locale);
      d.add(`\nREFERENCES\n${referee.roman}, ${f.company.name()} — `).entity('PHONE', phoneFor(locale)).add('\n');
    } else d.add('\nReferences available on request.\n');
  },
  /** An automatic out-of-office reply naming colleagues to contact instead. */
  outOfOffice(d, locale, f, p) {
    const colleague = person(locale);
    const domain = companyDomain(f);
    d.add(`${pick(['Automatic reply', 'Out of Office', 'Absence'])}: ${pick(['Your application', 'Interview next week', 'Documents for onboarding', 'Re: references'])}\n\n${pick(['Thank you for your e-mail.', 'Thanks for your message.', WORDS[locale].hi])} I am ${pick(['on annual leave', 'travelling', 'out of the office'])} until ${someDay()} with limited access to e-mail.\n`);
    d.add(`For anything urgent about ${pick(['recruitment', 'your application', 'payroll', 'onboarding'])}, please contact ${colleague.roman} at `).entity('EMAIL', workEmail(colleague, domain));
    if (chance(0.6)) d.add(' or ').entity('PHONE', phoneFor(locale, true));
    d.add('.\n');
    if (chance(0.35)) d.add('Documents by post: ').entity('ADDRESS', addressFor(locale, chance(0.4))).add('\n');
    d.add(`\n${p.name}\n${title(f)} | ${f.company.name()}\n`);
    if (chance(0.7)) d.add(`${pick(['M ', 'Mob. ', `${word(locale, 'mobile')} `])}`).entity('PHONE', phoneFor(locale)).add(chance(0.5) ? '  ' : '\n');
    if (chance(0.5)) d.add(`${pick(['T ', 'Office ', `${word(locale, 'phone')} `])}`).entity('PHONE', phoneFor(locale, true)).add('\n');
    if (chance(0.4)) d.entity('ADDRESS', addressFor(locale, false)).add('\n');
    d.add(`${negative(locale, f)}\n`);
  },
  /** An employee referring a former colleague or friend to their recruiter. */
  referralEmail(d, locale, f, p) {
    const friend = person(locale);
    const recruiter = person(locale);
    d.add(`To: `).entity('EMAIL', workEmail(recruiter, companyDomain(f))).add(`\nSubject: Referral — ${friend.roman} for ${title(f)}\n\nHi ${recruiter.latinFirst},\n\n`);
    d.add(`I'd like to refer ${friend.name}, ${pick(['whom I worked with for three years', 'a former teammate', 'a friend from university', 'who led the migration project with me'])}. `);
    d.add(pick(['You can reach them on ', 'Their number is ', 'Mobile: '])).entity('PHONE', phoneFor(locale)).add(pick([' and ', ', e-mail ', ' / '])).entity('EMAIL', friend.email).add('. ');
    if (chance(0.3)) d.add(`They live at `).entity('ADDRESS', addressFor(locale, false)).add(', so the commute is fine. ');
    d.add(`${negative(locale, f)}\n\n${pick(['Referral bonus code', 'My employee no.'])} ${digits(6)}. ${negative(locale, f)}\n\n${WORDS[locale].thanks}\n${p.name}\n`);
    if (chance(0.5)) d.entity('PHONE', phoneFor(locale)).add('\n');
  },
};

// ---------------------------------------------------------------- Korean document kinds
const KO_COMPANIES = ['(주)한빛소프트웨어', '누리데이터 주식회사', '(주)바른물류', '세움헬스케어', '(주)다온커머스', '한결회계법인', '(주)미래모빌리티', '온새미로 주식회사'];
const KO_KINDS = {
  /** 경력증명서: the company's certificate of past employment. */
  경력증명서(d, p) {
    const company = pick(KO_COMPANIES);
    d.add(`경 력 증 명 서\n\n성      명: ${p.name}\n`);
    if (chance(0.55)) {
      const [, value, type] = nationalId('ko', p);
      d.add(`${type === 'KR_RRN' ? '주민등록번호' : '외국인등록번호'}: `).entity(type, value).add('\n');
    } else if (chance(0.5)) d.add(`주민등록번호: ${pad(int(60, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}-${int(1, 2)}******\n`);
    else d.add(dobCue('ko')).entity('DATE_OF_BIRTH', birthDate('ko')).add('\n');
    if (chance(0.6)) d.add('주      소: ').entity('ADDRESS', addressFor('ko')).add('\n');
    d.add(`${koreanNegative()}\n소속/직위: ${pick(['개발팀 선임', '재무팀 대리', '물류운영팀 과장', '마케팅팀 사원'])}\n담당업무: ${pick(['백엔드 개발', '결산 및 세무', '입출고 관리', '퍼포먼스 마케팅'])}\n용    도: ${pick(['이직 제출용', '관공서 제출용', '대출 신청용'])}\n\n위와 같이 재직하였음을 증명합니다.\n2026년 ${int(10, 11)}월 ${int(1, 28)}일\n\n${company} 대표이사 (인)\n`);
    d.entity('ADDRESS', addressFor('ko')).add(`\n대표전화 `).entity('PHONE', phoneFor('ko', true));
    if (chance(0.5)) d.add(' / 담당 ').entity('EMAIL', `hr${pick(['', 'team', '_cert'])}@${pick(['hanbit.co.kr', 'nuridata.com', 'bareun.kr', 'seum.co.kr'])}`);
    d.add(`\n${koreanNegative()}\n`);
    if (chance(0.25)) d.add('※ 발급 신청서 예시: 주민등록번호 ').decoy(krWritten(impossibleRegistration())).add(' (예시 번호)\n');
  },
  /** 면접 일정 안내 메일 from HR, with the office address and the day's contact. */
  면접안내(d, p) {
    const hr = person('ko');
    d.add(`[${pick(KO_COMPANIES)}] ${pick(['1차', '2차', '최종'])} 면접 일정 안내\n\n${p.name}님 안녕하세요. 서류 전형 합격을 축하드립니다.\n\n- 일시: 2026년 12월 ${int(2, 23)}일 ${pick(['오전 10시', '오후 2시', '오후 4시 30분'])}\n`);
    if (chance(0.75)) d.add('- 장소: ').entity('ADDRESS', addressFor('ko')).add(chance(0.5) ? ` (${pick(['2호선 강남역 3번 출구', '판교역 1번 출구 도보 5분', '1층 안내데스크에서 방문증 수령'])})\n` : '\n');
    else d.add(`- 방식: 화상 면접 (회의 ID ${digits(3)} ${digits(4)} ${digits(4)}, 암호 ${digits(4)})\n`);
    d.add(`- 문의: 인사팀 ${hr.name} 매니저 `).entity('PHONE', phoneFor('ko', true));
    if (chance(0.6)) d.add(', ').entity('EMAIL', `${ascii(hr.latinFirst).toLowerCase()}.${ascii(hr.latinLast).toLowerCase()}@${pick(['hanbit.co.kr', 'daon.com', 'mirae-mobility.kr'])}`);
    d.add(`\n\n당일 신분증을 지참해 주세요. ${koreanNegative()}\n`);
    if (chance(0.4)) d.add('일정 변경이 필요하시면 회신 또는 ').entity('PHONE', phoneFor('ko')).add('(문자 가능)로 알려주세요.\n');
  },
  /** 입사 확정 회신: the new hire's reply with what 4대보험 and payroll need. */
  입사확정회신(d, p) {
    d.add(`안녕하세요, ${p.name}입니다.\n처우 협의 내용 확인했고, ${pick(['1월 2일', '12월 15일', '2월 1일'])}부터 출근하겠습니다. 요청하신 정보 보내드립니다.\n\n`);
    const items = shuffle([
      () => {
        const [cue, value, type] = nationalId('ko', p);
        d.add(`- ${cue}`).entity(type, value);
      },
      () => d.add(pick(['- 주소: ', '- 주민등록상 주소 ', '- 실거주지: '])).entity('ADDRESS', addressFor('ko')),
      () => {
        const [lead, value] = bankAccount('ko');
        d.add(`- 급여 계좌: ${lead}`).entity('BANK_ACCOUNT', value).add(pick(['', ' (본인 명의)']));
      },
      () => d.add(`- 비상연락처: ${pick(['모', '부', '배우자', '형'])} `).entity('PHONE', phoneFor('ko')),
      () => d.add(`- ${koreanNegative()}`),
      () => (chance(0.5) ? d.add(`- ${dobCue('ko')}`).entity('DATE_OF_BIRTH', birthDate('ko')) : d.add('- 개인 메일: ').entity('EMAIL', p.email)),
    ]).slice(0, int(3, 6));
    for (const item of items) {
      item();
      d.add('\n');
    }
    if (chance(0.3)) d.add('(앞서 보낸 번호 ').decoy(krWritten(impossibleRegistration())).add('는 오타였습니다. 죄송합니다.)\n');
    d.add(`\n감사합니다.\n${p.name} 드림\n`);
    if (chance(0.5)) d.entity('PHONE', phoneFor('ko')).add('\n');
  },
  /** 사내 추천: an employee recommending a friend through the referral form. */
  사내추천(d, p) {
    const friend = person('ko');
    d.add(`[사내추천] ${pick(['백엔드 개발자', '데이터 분석가', 'PM', '회계 담당'])} 포지션 추천\n추천인: ${p.name} (사원번호 ${letter()}${digits(6)})\n피추천인: ${friend.name}\n연락처: `).entity('PHONE', phoneFor('ko')).add(' / ').entity('EMAIL', friend.email).add('\n');
    if (chance(0.25)) d.add('거주지: ').entity('ADDRESS', addressFor('ko')).add(' (출퇴근 가능)\n');
    d.add(`추천 사유: 전 직장에서 ${int(2, 6)}년 함께 일했고 ${pick(['장애 대응 경험이 많습니다', '숫자에 밝습니다', '협업이 뛰어납니다'])}. ${koreanNegative()}\n`);
    if (chance(0.35)) d.add('추천인 연락처 ').entity('PHONE', phoneFor('ko')).add('\n');
  },
  /** 교수 추천서: a professor's letter for a graduate applying to a job, with the professor's contacts. */
  추천서(d, p) {
    const prof = person('ko');
    d.add(`추 천 서\n\n본인은 ${pick(['컴퓨터공학과', '경영학과', '산업공학과', '통계학과'])} 지도교수로서 ${p.name} 학생을 귀사에 추천합니다. ${p.name} 학생은 학점 ${int(3, 4)}.${digits(2)}/4.5로 졸업했으며, ${pick(['연구실 프로젝트를 성실히 이끌었습니다', '학부 연구생으로 논문 두 편에 참여했습니다'])}.\n`);
    if (chance(0.3)) d.add(`학생 연락처: `).entity('PHONE', phoneFor('ko')).add(', ').entity('EMAIL', p.email).add('\n');
    d.add(`\n2026년 11월 ${int(1, 30)}일\n${pick(['한국대학교', '서울과학기술대학교', '부산대학교', '충남대학교'])} ${prof.name} 교수\n`);
    d.entity('ADDRESS', addressFor('ko')).add('\n연구실 ').entity('PHONE', phoneFor('ko', true)).add(' | ').entity('EMAIL', `${ascii(prof.latinLast).toLowerCase()}${pick(['', 'lab', int(1, 9)])}@${pick(['knu.ac.kr', 'snut.ac.kr', 'pusan.ac.kr', 'cnu.ac.kr'])}`).add('\n');
  },
  /** 부재중 자동회신 with a colleague to contact instead. */
  자동회신(d, p) {
    const colleague = person('ko');
    d.add(`[자동회신] ${p.name}님은 부재중입니다\n\n${int(12, 12)}월 ${int(1, 20)}일까지 ${pick(['연차 휴가로', '해외 출장으로', '교육으로'])} 메일 확인이 어렵습니다.\n급한 용무는 ${colleague.name} ${pick(['매니저', '책임', '대리'])}(`).entity('EMAIL', colleague.email).add(', ').entity('PHONE', phoneFor('ko', true)).add(')에게 연락 부탁드립니다.\n\n');
    d.add(`${p.name} | ${pick(KO_COMPANIES)}\n`);
    if (chance(0.8)) d.add('M. ').entity('PHONE', phoneFor('ko'));
    if (chance(0.5)) d.add('  T. ').entity('PHONE', phoneFor('ko', true));
    d.add('\n');
    if (chance(0.6)) d.entity('ADDRESS', addressFor('ko')).add('\n');
    d.add(`${koreanNegative()}\n`);
  },
};

// ---------------------------------------------------------------- the set
const cases = [];
const push = (kind, locale, d) => cases.push(d.asCase(`w14-${pad(cases.length, 4)}`, `${kind}/${locale}`));
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
  if (chance(0.04) && locale !== 'ko') {
    d.add('\n');
    payment(d, locale, pick(['Refund to: ', 'Expenses to: ']));
  }
  if (chance(0.03)) d.add(`\n${pick(['Card on file: ', 'Paid the screening fee with '])}`).entity('CREDIT_CARD', card()).add('\n');
  if (chance(0.1)) d.add(`\n${pick(['Form no. ', 'Batch ', 'Scan ref '])}`).decoy(krWritten(impossibleRegistration())).add('\n');
  push(kind, locale, d);
}

// ---------------------------------------------------------------- Korean number vectors
// One number per sentence, with a cue naming its kind, a neutral lead-in, or nothing. Positives are
// labelled with their type; decoys (impossible registration numbers, a real one inside a longer digit
// run or joined to other digits by '+') are listed in impossibleResidentNumbers; business registration
// numbers and 군번/학번/수험번호 are plain negatives: a report of any type is a false positive.
const LEAD_INS = [['', ''], ['확인 부탁드립니다: ', ''], ['', ' 맞나요?'], ['아까 말씀드린 번호 ', ''], ['Ref: ', ''], ['', ' 입니다.']];
const FRAMES = {
  KR_RRN: [...LEAD_INS, ['주민등록번호 ', ''], ['주민번호: ', ' 입니다'], ['본인 주민등록번호는 ', '이고 등본 첨부했어요.']],
  KR_FRN: [...LEAD_INS, ['외국인등록번호 ', ''], ['ARC no. ', ''], ['외국인등록증 ', ' (체류자격 E-7)']],
  decoy: [...LEAD_INS, ['주민등록번호 ', ''], ['외국인등록번호: ', ''], ['주민번호 ', ' 로 조회가 안 돼요.']],
  PASSPORT: [['여권번호 ', ''], ['여권: ', ' (만료 2031.07)'], ['passport no ', ''], ['여권 번호가 ', '예요.']],
  DRIVER_LICENSE: [['운전면허 ', ''], ['면허번호: ', ' (1종 보통)'], ['운전면허증 번호는 ', '입니다.'], ["driver's licence ", '']],
  BANK_ACCOUNT: [['계좌 ', ''], ['급여 계좌: ', ' (본인)'], ['환급받을 계좌는 ', '이에요.'], ['입금처 ', ' 예금주 동일']],
  business: [['사업자등록번호 ', ''], ['사업자번호: ', ''], ['거래처 사업자 ', ' 로 세금계산서 발행'], ['Business reg. ', '']],
  military: [['군번: ', ''], ['군번 ', ' (육군 만기전역)'], ['학번 ', ''], ['수험번호 ', ' 확인']],
};
const { vector, vectors } = koreanVectorWriter({ pick, frames: FRAMES, idPrefix: 'w14-kr-' });
const impossibleDateNumber = () => impossibleBirthDateNumber({ int, pick, digits });
const eitherKind = () => (chance(0.55) ? 'KR_RRN' : 'KR_FRN');
for (let i = 0; i < 25; i++) {
  vector('rrn-with-check-digit', krWritten(bornBetween('KR_RRN', [1946, 1], [2020, 9])), { type: 'KR_RRN' });
  vector('frn-with-check-digit', krWritten(bornBetween('KR_FRN', [1950, 1], [2020, 9])), { type: 'KR_FRN' });
  vector('impossible-birth-date', krWritten(impossibleDateNumber()), { decoy: true });
}
for (let i = 0; i < 20; i++) {
  vector('rrn-since-2020-10', krWritten(bornBetween('KR_RRN', [2020, 10], [2026, 11])), { type: 'KR_RRN' });
  vector('frn-since-2020-10', krWritten(bornBetween('KR_FRN', [2020, 10], [2026, 11])), { type: 'KR_FRN' });
  const real = registration(eitherKind());
  const before = digits(int(1, 5));
  const after = digits(int(0, 4));
  vector('inside-a-longer-digit-run', `${before}${real}${after}`, { decoy: true, from: before.length, length: 13 });
  if (chance(0.5)) vector('joined-by-plus', `${real.slice(0, 6)}+${real.slice(6)}`, { decoy: true });
  else {
    const joined = chance(0.5) ? `${digits(int(1, 5))}+${real}` : `${real}+${digits(int(1, 5))}`;
    const at = joined.startsWith(real) ? 0 : joined.length - 13;
    vector('joined-by-plus', joined, { decoy: true, from: at, length: 13 });
  }
}
for (let i = 0; i < 15; i++) {
  vector('impossible-7th-digit', krWritten(`${pad(int(40, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${pick(['0', '9'])}${digits(6)}`), { decoy: true });
  vector('birth-date-in-the-future', krWritten(impossibleRegistration('future')), { decoy: true });
  vector('passport', passport('ko')[1], { type: 'PASSPORT' });
  vector('driver-licence', driverLicence('ko')[1], { type: 'DRIVER_LICENSE' });
  vector('bank-account', bankAccount('ko')[1], { type: 'BANK_ACCOUNT' });
}
for (let i = 0; i < 10; i++) {
  vector('business-registration-number', businessRegistrationNumber(), { frames: 'business' });
  vector('military-or-student-number', pick([`${int(13, 25)}-${digits(8)}`, `${int(2014, 2026)}${digits(5)}`, `${digits(3)}-${digits(5)}`]), { frames: 'military' });
}

// ---------------------------------------------------------------- write and freeze
const description =
  'Held-back labelled set for the Candor sensitive-data detector, wave 14 (scripts/build-pii-heldback-w14.mjs, fixed seed). ' +
  'Built by someone who never tunes the detector; frozen before the detector was run on it. Aggregates only: never print or read its misses.';
console.log(writeHeldBackSet(DIR, { description, seed: SEED, frozenOn: FROZEN_ON, generator: 'scripts/build-pii-heldback-w14.mjs', cases, vectors }));
