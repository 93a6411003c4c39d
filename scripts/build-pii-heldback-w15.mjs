// Builds test/fixtures/pii/heldback-w15/: the wave 15 held-back labelled set for the sensitive-data
// detector, written by someone who never tunes the detector (issue #10 §3).
//
//   node scripts/build-pii-heldback-w15.mjs     (writes documents.json, korean-numbers.json, manifest.json)
//
// The wave 14 set (heldback-w14/) had its figures published and is tuning data in wave 15; this set
// measures that tuning on text nobody has seen. Its own seed, locales no earlier set used (fr_CH,
// nl_BE, es_CL, es_CO, hy_AM, fa_IR, ar_EG, zh_CN, ne_NP, az_AZ) and Korean again, and document kinds
// no earlier set used: resignation letters, thank-you notes after an interview, salary counter-offers,
// employers' visa invitation letters, internship applications, replies to a recruiter's cold message,
// CVs with their personal-data block in the local language, and expense claims for interview travel or
// relocation; in Korean 퇴사 인사 메일, 면접 감사 메일, 연봉 협상 회신, 인턴 지원서, 초청장 and 경비 청구.
// Labelling rules are those of heldback-w10/README.md to heldback-w14/README.md.
//
// Gold spans are recorded as the values are inserted (by rule, never by running the detector).
// Check digits are computed here and in scripts/lib/pii-values.mjs, independently of src/. Phones
// are drawn from each country's numbering plan and kept only when libphonenumber-js (max metadata)
// calls them valid numbers of that country.
//
// The whole set is held back: nobody tunes on it, reads its documents while tuning, or prints its
// misses. `npm run bench -- sensitive held-back` prints aggregates only.
import { fakerAR, fakerAZ, fakerEN, fakerEN_NP, fakerES, fakerFA, fakerFR_CH, fakerHY, fakerNL_BE, fakerZH_CN } from '@faker-js/faker';
import { writeHeldBackSet } from './lib/held-back-set.mjs';
import { LabelledText as Doc, luhnComplete, shuffled } from './lib/labelled-text.mjs';
import { koreanVectorWriter, writeKoreanNumberVectors } from './lib/korean-number-vectors.mjs';
import { birthDay, MONTH_NAMES, ordinal } from './lib/pii-dates.mjs';
import { ascii, ibanOf, nationalIdMakers, pad, phoneOf, piiValueMakers, UPPER } from './lib/pii-values.mjs';
import { seededRandom } from './lib/seeded-random.mjs';

const SEED = 0x5eed_0c15;
const DOCUMENTS_PER_LOCALE = 100;
const KOREAN_DOCUMENTS = 250;
const FROZEN_ON = '2026-12-01';
const DIR = new URL('../test/fixtures/pii/heldback-w15/', import.meta.url);

const { int, pick, chance, digits } = seededRandom(SEED);
const letter = (from = UPPER) => from[int(0, from.length - 1)];
const nz = (n) => String(int(1, 9)) + digits(n - 1);
const shuffle = (items) => shuffled(items, int);
const { card, sin, aadhaar, pan, codiceFiscale, registration, bornBetween, impossibleRegistration, businessRegistrationNumber } = piiValueMakers({ int, pick, chance, digits, letter });
const { ssn, nino, steuerId, nir, dni, bsn, chineseId, myNumber } = nationalIdMakers({ int, pick, chance, digits, letter });
/** How people type a Korean registration number: hyphen (most often), nothing, a space, an en dash, a spaced hyphen, a full-width hyphen from the IME. */
const krWritten = (n) => {
  const [a, b] = [n.slice(0, 6), n.slice(6)];
  return pick([`${a}-${b}`, `${a}-${b}`, `${a}-${b}`, `${a}${b}`, `${a} ${b}`, `${a}–${b}`, `${a} - ${b}`, `${a}－${b}`]);
};
const LOCALES = ['fr_CH', 'nl_BE', 'es_CL', 'es_CO', 'hy_AM', 'fa_IR', 'ar_EG', 'zh_CN', 'ne_NP', 'az_AZ'];
const COUNTRY = { fr_CH: 'CH', nl_BE: 'BE', es_CL: 'CL', es_CO: 'CO', hy_AM: 'AM', fa_IR: 'IR', ar_EG: 'EG', zh_CN: 'CN', ne_NP: 'NP', az_AZ: 'AZ', ko: 'KR' };

// ---------------------------------------------------------------- digits of other scripts
const inDigits = (zero) => (s) => s.replace(/[0-9]/gu, (d) => String.fromCodePoint(zero + Number(d)));
const persianDigits = inDigits(0x06f0);
const arabicIndicDigits = inDigits(0x0660);
const devanagariDigits = inDigits(0x0966);

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
  fr_CH: () => {
    if (chance(0.65)) {
      const m = `7${pick(['5', '6', '7', '8', '9'])}${int(2, 9)}${digits(6)}`;
      return pick([`0${grouped(m, [2, 3, 2, 2])}`, `0${grouped(m, [2, 3, 2, 2])}`, `+41 ${grouped(m, [2, 3, 2, 2])}`, `+41 (0)${grouped(m, [2, 3, 2, 2])}`, `0041 ${grouped(m, [2, 3, 2, 2])}`, `0${m}`, `+41${m}`]);
    }
    const n = `${pick(['21', '22', '24', '26', '27', '32', '31', '44', '61', '91'])}${int(2, 9)}${digits(6)}`;
    return pick([`0${grouped(n, [2, 3, 2, 2])}`, `+41 ${grouped(n, [2, 3, 2, 2])}`, `+41 (0)${grouped(n, [2, 3, 2, 2])}`, `0${grouped(n, [2, 3, 2, 2], '.')}`]);
  },
  nl_BE: () => {
    if (chance(0.65)) {
      const m = `4${pick(['6', '7', '8', '9'])}${int(0, 9)}${digits(6)}`;
      return pick([`0${grouped(m, [3, 2, 2, 2])}`, `0${grouped(m, [3, 2, 2, 2])}`, `0${grouped(m, [3, 2, 2, 2], '/')}`, `0${m.slice(0, 3)}/${grouped(m.slice(3), [2, 2, 2], '.')}`, `+32 ${grouped(m, [3, 2, 2, 2])}`, `+32 (0)${grouped(m, [3, 2, 2, 2])}`, `0032 ${grouped(m, [3, 2, 2, 2])}`, `+32${m}`]);
    }
    const [area, n] = pick([['2', `${int(2, 9)}${digits(6)}`], ['3', `${int(2, 9)}${digits(6)}`], ['9', `${int(2, 9)}${digits(6)}`], ['16', `${int(2, 9)}${digits(5)}`], ['50', `${int(3, 4)}${digits(5)}`]]);
    const g = n.length === 7 ? grouped(n, [3, 2, 2]) : grouped(n, [2, 2, 2]);
    return pick([`0${area} ${g}`, `0${area}/${g.replace(/ /gu, '.')}`, `+32 ${area} ${g}`, `0${area} ${n}`]);
  },
  es_CL: () => {
    if (chance(0.75)) {
      const m = `9${int(3, 9)}${digits(7)}`;
      return pick([`+56 ${grouped(m, [1, 4, 4])}`, `+56 ${grouped(m, [1, 4, 4])}`, `+56${m}`, `9 ${grouped(m.slice(1), [4, 4])}`, `(+56) ${grouped(m, [1, 4, 4])}`, `+56 9 ${m.slice(1)}`, `0${m}`]);
    }
    const n = `2${int(2, 3)}${digits(7)}`;
    return pick([`+56 ${grouped(n, [1, 4, 4])}`, `(2) ${grouped(n.slice(1), [4, 4])}`, `+56 2 ${n.slice(1)}`, `22 ${grouped(n.slice(2), [3, 4])}`]);
  },
  es_CO: () => {
    if (chance(0.75)) {
      const m = `3${pick(['00', '01', '02', '04', '05', '10', '11', '12', '13', '14', '15', '16', '17', '18', '20', '21', '23', '50'])}${int(2, 9)}${digits(6)}`;
      return pick([grouped(m, [3, 3, 4]), grouped(m, [3, 3, 4]), grouped(m, [3, 7]), m, `+57 ${grouped(m, [3, 3, 4])}`, `+57 ${m}`, `(+57) ${grouped(m, [3, 7])}`, `+57-${grouped(m, [3, 3, 4], '-')}`]);
    }
    const n = `60${pick(['1', '4', '2', '5'])}${int(2, 7)}${digits(6)}`;
    return pick([grouped(n, [3, 3, 4]), `(${n.slice(0, 3)}) ${grouped(n.slice(3), [3, 4])}`, `+57 ${grouped(n, [3, 3, 4])}`, `(+57 ${n.slice(0, 3)}) ${grouped(n.slice(3), [3, 4])}`]);
  },
  hy_AM: () => {
    if (chance(0.75)) {
      const m = `${pick(['91', '93', '94', '95', '96', '98', '99', '77', '55', '41', '43', '44'])}${digits(6)}`;
      return pick([`0${grouped(m, [2, 2, 2, 2])}`, `0${grouped(m, [2, 6])}`, `(0${m.slice(0, 2)}) ${grouped(m.slice(2), [2, 2, 2])}`, `+374 ${grouped(m, [2, 6])}`, `+374 ${grouped(m, [2, 2, 2, 2])}`, `+374${m}`, `00374 ${grouped(m, [2, 3, 3])}`, `+374-${grouped(m, [2, 2, 2, 2], '-')}`]);
    }
    const n = `10${int(2, 6)}${digits(5)}`;
    return pick([`0${grouped(n, [2, 2, 2, 2])}`, `(010) ${grouped(n.slice(2), [2, 2, 2])}`, `+374 10 ${grouped(n.slice(2), [3, 3])}`]);
  },
  fa_IR: () => {
    if (chance(0.75)) {
      const m = `9${pick(['12', '13', '19', '35', '36', '37', '38', '39', '01', '02', '21', '22', '90', '91'])}${digits(7)}`;
      return pick([`0${grouped(m, [3, 3, 4])}`, `0${grouped(m, [3, 3, 4])}`, `0${m}`, `0${grouped(m, [3, 7], '-')}`, `+98 ${grouped(m, [3, 3, 4])}`, `+98${m}`, `0098 ${grouped(m, [3, 3, 4])}`, `(+98) ${grouped(m, [3, 7])}`]);
    }
    const [area, n] = pick([['21', `${int(2, 8)}${digits(7)}`], ['31', `3${digits(7)}`], ['71', `3${digits(7)}`], ['51', `3${digits(7)}`]]);
    return pick([`0${area} ${grouped(n, [4, 4])}`, `0${area}-${n}`, `(0${area}) ${n}`, `+98 ${area} ${grouped(n, [4, 4])}`]);
  },
  ar_EG: () => {
    if (chance(0.8)) {
      const m = `1${pick(['0', '1', '2', '5'])}${digits(8)}`;
      return pick([`0${grouped(m, [2, 4, 4])}`, `0${grouped(m, [2, 4, 4])}`, `0${m}`, `0${grouped(m, [3, 3, 4])}`, `+20 ${grouped(m, [2, 4, 4])}`, `+20${m}`, `(+20) ${grouped(m, [2, 8])}`, `0020 ${grouped(m, [2, 4, 4])}`]);
    }
    const [area, n] = pick([['2', `${int(2, 4)}${digits(7)}`], ['3', `${int(4, 5)}${digits(6)}`]]);
    return pick([`0${area} ${grouped(n, [4, n.length - 4])}`, `(0${area}) ${n}`, `+20 ${area} ${grouped(n, [4, n.length - 4])}`, `0${area}-${n}`]);
  },
  zh_CN: () => {
    if (chance(0.75)) {
      const m = `1${pick(['38', '39', '36', '35', '50', '51', '58', '59', '86', '87', '88', '33', '53', '80', '89', '77', '30', '31', '32', '55', '56', '85', '76'])}${digits(8)}`;
      return pick([grouped(m, [3, 4, 4]), grouped(m, [3, 4, 4]), m, m, grouped(m, [3, 4, 4], '-'), `+86 ${grouped(m, [3, 4, 4])}`, `+86-${m}`, `(+86) ${m}`, `+86 ${m}`]);
    }
    const [area, n] = pick([['10', `${int(5, 8)}${digits(7)}`], ['21', `${int(5, 6)}${digits(7)}`], ['755', `${int(2, 8)}${digits(7)}`], ['571', `8${digits(7)}`], ['20', `${int(3, 8)}${digits(7)}`], ['28', `8${digits(7)}`]]);
    return pick([`0${area}-${n}`, `0${area}-${n}`, `(0${area}) ${n}`, `0${area} ${grouped(n, [4, 4])}`, `+86 ${area} ${grouped(n, [4, 4])}`, `+86-${area}-${n}`]);
  },
  ne_NP: () => {
    if (chance(0.75)) {
      const m = `98${pick(['0', '1', '4', '5', '6', '2'])}${digits(7)}`;
      return pick([m, m, `${m.slice(0, 3)}-${m.slice(3)}`, grouped(m, [3, 3, 4]), grouped(m, [5, 5]), `+977 ${m}`, `+977-${m}`, `+977 ${grouped(m, [3, 3, 4])}`, `00977 ${m}`]);
    }
    const [area, n] = pick([['1', `4${digits(6)}`], ['1', `5${digits(6)}`], ['61', `5${digits(5)}`], ['21', `5${digits(5)}`]]);
    return pick([`0${area}-${n}`, `0${area}-${n}`, `0${area} ${n}`, `+977 ${area} ${n}`, `+977-${area}-${n}`]);
  },
  az_AZ: () => {
    if (chance(0.75)) {
      const m = `${pick(['50', '51', '55', '70', '77', '99', '10'])}${int(2, 9)}${digits(6)}`;
      return pick([`0${grouped(m, [2, 3, 2, 2])}`, `0${grouped(m, [2, 3, 2, 2])}`, `(0${m.slice(0, 2)}) ${grouped(m.slice(2), [3, 2, 2])}`, `0${grouped(m, [2, 3, 2, 2], '-')}`, `+994 ${grouped(m, [2, 3, 2, 2])}`, `+994${m}`, `+994 (${m.slice(0, 2)}) ${grouped(m.slice(2), [3, 2, 2], '-')}`, `00994 ${grouped(m, [2, 3, 2, 2])}`]);
    }
    const n = `12${int(4, 5)}${digits(6)}`;
    return pick([`0${grouped(n, [2, 3, 2, 2])}`, `(012) ${grouped(n.slice(2), [3, 2, 2], '-')}`, `+994 ${grouped(n, [2, 3, 2, 2])}`]);
  },
  ko: () => {
    const mid = `${int(2, 9)}${digits(3)}`;
    const last = digits(4);
    if (chance(0.7)) return pick([`010-${mid}-${last}`, `010-${mid}-${last}`, `010 ${mid} ${last}`, `010${mid}${last}`, `010.${mid}.${last}`, `+82 10-${mid}-${last}`, `+82 (0)10 ${mid} ${last}`, `010 - ${mid} - ${last}`]);
    const area = pick(['02', '031', '032', '044', '052', '054', '063', '070']);
    const local = area === '02' || area === '070' ? mid : `${int(2, 9)}${digits(int(2, 3))}`;
    return pick([`${area}-${local}-${last}`, `${area}-${local}-${last}`, `${area})${local}-${last}`, `(${area}) ${local}-${last}`, `+82-${area.slice(1)}-${local}-${last}`]);
  },
};
const EXTENSIONS = { fr_CH: [' int. ', ' (interne ', ' ext. '], nl_BE: [' toestel ', ' ext. '], es_CL: [' anexo ', ' anx. '], es_CO: [' ext. ', ' Ext '], hy_AM: [' ներք. ', ' ext. '], fa_IR: [' داخلی ', ' ext. '], ar_EG: [' داخلي ', ' ext. '], zh_CN: [' 转 ', '-', ' ext. '], ne_NP: [' ext. '], az_AZ: [' daxili ', ' ext. '], ko: [' 내선 ', ' (내선 '] };
/** A valid number of the locale's country as people write it; an office line sometimes carries its extension (inside the span); Iranian and Egyptian numbers sometimes in their own digits. */
function phoneFor(locale, office = false) {
  let n = phoneOf(COUNTRY[locale], PHONES[locale]);
  if (locale === 'fa_IR' && chance(0.3)) n = persianDigits(n);
  else if (locale === 'ar_EG' && chance(0.2)) n = arabicIndicDigits(n);
  if (!office || !chance(0.25)) return n;
  const ext = pick(EXTENSIONS[locale]);
  return `${n}${ext}${int(10, 4999)}${ext.includes('(') ? ')' : ''}`;
}

// ---------------------------------------------------------------- addresses, by country
const CH_PLACES = [['1204', 'Genève'], ['1201', 'Genève'], ['1003', 'Lausanne'], ['1006', 'Lausanne'], ['2000', 'Neuchâtel'], ['1700', 'Fribourg'], ['1950', 'Sion'], ['1800', 'Vevey'], ['1260', 'Nyon'], ['8001', 'Zürich'], ['3011', 'Berne']];
const CH_STREETS = ['rue du Rhône', 'avenue de la Gare', 'chemin des Crêts', 'rue de Lausanne', 'boulevard Carl-Vogt', 'route de Chêne', 'avenue d’Ouchy', 'rue du Seyon', 'Grand-Rue', 'chemin de Bonne-Espérance', 'Bahnhofstrasse', 'rue de Carouge'];
const BE_PLACES = [['2000', 'Antwerpen'], ['2018', 'Antwerpen'], ['9000', 'Gent'], ['3000', 'Leuven'], ['8000', 'Brugge'], ['2800', 'Mechelen'], ['3500', 'Hasselt'], ['1000', 'Brussel'], ['1050', 'Elsene'], ['8500', 'Kortrijk']];
const BE_STREETS = ['Meir', 'Korenmarkt', 'Bondgenotenlaan', 'Steenstraat', 'Grote Markt', 'Kouter', 'Frankrijklei', 'Naamsestraat', 'Vlaamsesteenweg', 'Louizalaan', 'Kerkstraat', 'Stationsstraat'];
const CL_PLACES = [['Providencia', 'Santiago', '7500000'], ['Las Condes', 'Santiago', '7550000'], ['Ñuñoa', 'Santiago', '7750000'], ['Santiago Centro', 'Santiago', '8320000'], ['Viña del Mar', 'Valparaíso', '2520000'], ['Concepción', 'Biobío', '4030000'], ['Vitacura', 'Santiago', '7630000']];
const CL_STREETS = ['Av. Providencia', 'Av. Apoquindo', 'Los Leones', 'Av. Irarrázaval', 'Av. Libertador Bernardo O’Higgins', 'Calle Esmeralda', 'Av. Vitacura', 'Av. Libertad', 'Av. Manuel Montt', 'Merced'];
const CO_CITIES = [['Bogotá', 'D.C.', 'Chapinero'], ['Bogotá', 'D.C.', 'Usaquén'], ['Medellín', 'Antioquia', 'El Poblado'], ['Medellín', 'Antioquia', 'Laureles'], ['Cali', 'Valle del Cauca', 'Granada'], ['Barranquilla', 'Atlántico', 'Alto Prado'], ['Bucaramanga', 'Santander', 'Cabecera']];
const AM_STREETS = [['Աբովյան փ.', 'Abovyan St.'], ['Մաշտոցի պող.', 'Mashtots Ave.'], ['Թումանյան փ.', 'Tumanyan St.'], ['Սարյան փ.', 'Saryan St.'], ['Կոմիտասի պող.', 'Komitas Ave.'], ['Բաղրամյան պող.', 'Baghramyan Ave.'], ['Հալաբյան փ.', 'Halabyan St.']];
const AM_PLACES = [['0010', 'Երևան', 'Yerevan'], ['0009', 'Երևան', 'Yerevan'], ['0019', 'Երևան', 'Yerevan'], ['0051', 'Երևան', 'Yerevan'], ['3101', 'Գյումրի', 'Gyumri'], ['2201', 'Աբովյան', 'Abovyan']];
const IR_PLACES = [['تهران', 'Tehran', 'خیابان ولیعصر', 'Valiasr St.'], ['تهران', 'Tehran', 'خیابان شریعتی', 'Shariati St.'], ['تهران', 'Tehran', 'بلوار میرداماد', 'Mirdamad Blvd.'], ['اصفهان', 'Isfahan', 'خیابان چهارباغ عباسی', 'Chaharbagh Abbasi St.'], ['شیراز', 'Shiraz', 'بلوار زند', 'Zand Blvd.'], ['مشهد', 'Mashhad', 'بلوار وکیل‌آباد', 'Vakilabad Blvd.'], ['تبریز', 'Tabriz', 'خیابان امام', 'Imam St.']];
const EG_PLACES = [['الدقي', 'الجيزة', 'Dokki', 'Giza'], ['المعادي', 'القاهرة', 'Maadi', 'Cairo'], ['مدينة نصر', 'القاهرة', 'Nasr City', 'Cairo'], ['الزمالك', 'القاهرة', 'Zamalek', 'Cairo'], ['مصر الجديدة', 'القاهرة', 'Heliopolis', 'Cairo'], ['سموحة', 'الإسكندرية', 'Smouha', 'Alexandria'], ['التجمع الخامس', 'القاهرة الجديدة', 'Fifth Settlement', 'New Cairo']];
const EG_STREETS = [['شارع التحرير', 'El Tahrir St.'], ['شارع ٩', 'Street 9'], ['شارع عباس العقاد', 'Abbas El Akkad St.'], ['شارع ٢٦ يوليو', '26th of July St.'], ['شارع الميرغني', 'El Merghany St.'], ['شارع فوزي معاذ', 'Fawzy Moaz St.']];
const CN_PLACES = [['北京市', '朝阳区', '建国路', 'Beijing', 'Chaoyang District', 'Jianguo Road', '100022'], ['北京市', '海淀区', '中关村大街', 'Beijing', 'Haidian District', 'Zhongguancun Street', '100080'], ['上海市', '浦东新区', '世纪大道', 'Shanghai', 'Pudong New Area', 'Century Avenue', '200120'], ['上海市', '徐汇区', '漕溪北路', 'Shanghai', 'Xuhui District', 'Caoxi North Road', '200030'], ['广东省深圳市', '南山区', '深南大道', 'Shenzhen, Guangdong', 'Nanshan District', 'Shennan Avenue', '518057'], ['浙江省杭州市', '西湖区', '文三路', 'Hangzhou, Zhejiang', 'Xihu District', 'Wensan Road', '310012'], ['四川省成都市', '武侯区', '天府大道', 'Chengdu, Sichuan', 'Wuhou District', 'Tianfu Avenue', '610041']];
const NP_PLACES = [['Baluwatar', 4, 'Kathmandu', '44600', 'बालुवाटार', 'काठमाडौं'], ['Baneshwor', 10, 'Kathmandu', '44600', 'बानेश्वर', 'काठमाडौं'], ['Pulchowk', 3, 'Lalitpur', '44700', 'पुल्चोक', 'ललितपुर'], ['Jhamsikhel', 3, 'Lalitpur', '44700', 'झम्सीखेल', 'ललितपुर'], ['Lakeside', 6, 'Pokhara', '33700', 'लेकसाइड', 'पोखरा'], ['Suryabinayak', 4, 'Bhaktapur', '44800', 'सूर्यविनायक', 'भक्तपुर'], ['Thamel', 26, 'Kathmandu', '44600', 'ठमेल', 'काठमाडौं']];
const AZ_PLACES = [['AZ1000', 'Bakı', 'Baku', 'Səbail r-nu'], ['AZ1010', 'Bakı', 'Baku', 'Nəsimi r-nu'], ['AZ1065', 'Bakı', 'Baku', 'Yasamal r-nu'], ['AZ1025', 'Bakı', 'Baku', 'Xətai r-nu'], ['AZ2000', 'Gəncə', 'Ganja', ''], ['AZ5000', 'Sumqayıt', 'Sumgait', '']];
const AZ_STREETS = [['Nizami küç.', 'Nizami St.'], ['Cəfər Cabbarlı küç.', 'Jafar Jabbarly St.'], ['Heydər Əliyev pr.', 'Heydar Aliyev Ave.'], ['Azadlıq pr.', 'Azadlig Ave.'], ['28 May küç.', '28 May St.'], ['Üzeyir Hacıbəyov küç.', 'Uzeyir Hajibeyov St.']];
const KO_ROADS = [
  ['서울특별시', '서울', '영등포구', '국제금융로', '여의도동', 'Yeongdeungpo-gu', 'Gukjegeumyung-ro'], ['서울특별시', '서울시', '종로구', '세종대로', '세종로', 'Jongno-gu', 'Sejong-daero'], ['서울특별시', '서울', '성동구', '왕십리로', '성수동1가', 'Seongdong-gu', 'Wangsimni-ro'],
  ['서울특별시', '서울', '관악구', '관악로', '봉천동', 'Gwanak-gu', 'Gwanak-ro'], ['부산광역시', '부산', '해운대구', '센텀중앙로', '우동', 'Haeundae-gu', 'Centum jungang-ro'], ['대구광역시', '대구', '수성구', '달구벌대로', '범어동', 'Suseong-gu', 'Dalgubeol-daero'],
  ['울산광역시', '울산', '남구', '삼산로', '삼산동', 'Nam-gu', 'Samsan-ro'], ['경기도', '경기', '고양시 일산동구', '중앙로', '장항동', 'Ilsandong-gu, Goyang-si', 'Jungang-ro'], ['경기도', '경기', '용인시 수지구', '포은대로', '풍덕천동', 'Suji-gu, Yongin-si', 'Poeun-daero'],
  ['세종특별자치시', '세종', '', '한누리대로', '나성동', 'Sejong-si', 'Hannuri-daero'], ['충청북도', '충북', '청주시 흥덕구', '직지대로', '복대동', 'Heungdeok-gu, Cheongju-si', 'Jikji-daero'], ['강원특별자치도', '강원', '춘천시', '중앙로', '옥천동', 'Chuncheon-si', 'Jungang-ro'],
];

const ADDRESSES = {
  fr_CH: (multiline) => {
    const [post, city] = pick(CH_PLACES);
    if (chance(0.08)) return `Case postale ${int(100, 9999)}${multiline ? '\n' : ', '}${post.slice(0, 3)}${int(1, 9)} ${city}`;
    const street = pick(CH_STREETS);
    const line1 = street === 'Bahnhofstrasse' ? `${street} ${int(1, 120)}` : `${chance(0.3) ? `${int(1, 120)}, ` : ''}${street}${chance(0.7) ? ` ${int(1, 120)}${pick(['', '', 'bis', letter('ab')])}` : ''}`;
    const co = chance(0.1) ? `c/o ${fakerFR_CH.person.lastName()}${multiline ? '\n' : ', '}` : '';
    const tail = `${chance(0.2) ? 'CH-' : ''}${post} ${city}`;
    return multiline ? `${co}${line1}\n${tail}` : `${co}${line1}, ${tail}${chance(0.2) ? ', Suisse' : ''}`;
  },
  nl_BE: (multiline) => {
    const [post, city] = pick(BE_PLACES);
    const n = `${int(1, 250)}${pick(['', '', ` bus ${int(1, 30)}`, `/${pick(['0', '1', '2'])}${pad(int(1, 20), 2)}`, letter('AB')])}`;
    const street = chance(0.2) ? pick(['Rue de la Loi', 'Avenue Louise', 'Chaussée de Wavre']) : pick(BE_STREETS);
    const tail = `${chance(0.15) ? 'B-' : ''}${post} ${city}`;
    return multiline ? `${street} ${n}\n${tail}` : `${street} ${n}, ${tail}${chance(0.15) ? ', België' : ''}`;
  },
  es_CL: (multiline) => {
    const [comuna, city, zip] = pick(CL_PLACES);
    const line1 = `${pick(CL_STREETS)} ${int(100, 9999)}${pick(['', '', `, depto. ${int(2, 25)}0${int(1, 9)}`, `, of. ${int(2, 18)}0${int(1, 9)}`, ` dpto ${int(101, 1802)}`, `, casa ${letter('ABCD')}`])}`;
    const tail = `${comuna}${comuna === city ? '' : `, ${city}`}${chance(0.3) ? `, ${zip}` : ''}${chance(0.2) ? ', Chile' : ''}`;
    return multiline ? `${line1}\n${tail}` : `${line1}, ${tail}`;
  },
  es_CO: (multiline) => {
    const [city, dept, barrio] = pick(CO_CITIES);
    const via = pick(['Calle', 'Carrera', 'Cra.', 'Cl.', 'Av. Calle', 'Diagonal', 'Transversal', 'Kr']);
    const line1 = `${via} ${int(1, 150)}${pick(['', '', letter('ABC'), ' Bis'])} ${pick(['#', 'No.', 'N°', '#'])} ${int(1, 120)}${pick(['', letter('ABC')])}-${int(1, 99)}${pick(['', '', `, Apto ${int(101, 1804)}`, `, Torre ${int(1, 6)} Apto ${int(101, 1804)}`, `, Of. ${int(201, 1502)}`, ` Int. ${int(1, 9)}`])}`;
    const tail = `${chance(0.5) ? `${barrio}, ` : ''}${city}${city === 'Bogotá' ? pick([' D.C.', '', ', Cundinamarca']) : `, ${dept}`}`;
    return multiline ? `${line1}\n${tail}` : `${line1}, ${tail}${chance(0.15) ? ', Colombia' : ''}`;
  },
  hy_AM: (multiline) => {
    const [post, city, cityEn] = pick(AM_PLACES);
    const [street, streetEn] = pick(AM_STREETS);
    const n = int(1, 80);
    if (chance(0.45)) {
      const apt = chance(0.6) ? `, apt. ${int(1, 120)}` : '';
      return multiline ? `${n} ${streetEn}${apt}\n${cityEn} ${post}, Armenia` : pick([`${n} ${streetEn}${apt}, ${cityEn} ${post}`, `${post}, ${cityEn}, ${streetEn} ${n}${apt}`]);
    }
    const apt = chance(0.6) ? `, բն. ${int(1, 120)}` : '';
    return multiline ? `ք. ${city}\n${street} ${n}${apt}` : pick([`ք. ${city}, ${street} ${n}${apt}`, `${post}, ${city}, ${street} ${n}${apt}`, `${street} ${n}${apt}, ${city} ${post}`]);
  },
  fa_IR: (multiline) => {
    const [city, cityEn, street, streetEn] = pick(IR_PLACES);
    const [alley, plaque, unit, zip] = [int(1, 40), int(1, 250), int(1, 20), `${int(1, 9)}${digits(9)}`];
    if (chance(0.35)) {
      const line1 = `No. ${plaque}, ${ordinal(alley)} Alley, ${streetEn}${chance(0.5) ? `, Unit ${unit}` : ''}`;
      return multiline ? `${line1}\n${cityEn} ${zip.slice(0, 5)}-${zip.slice(5)}, Iran` : `${line1}, ${cityEn}${chance(0.6) ? `, Postal code ${zip}` : ''}`;
    }
    const fa = chance(0.6) ? persianDigits : (s) => s;
    const line1 = `${city}، ${street}، کوچه ${fa(String(alley))}، پلاک ${fa(String(plaque))}${chance(0.6) ? `، واحد ${fa(String(unit))}` : ''}`;
    return multiline ? `${line1}\nکد پستی ${fa(zip)}` : `${line1}${chance(0.5) ? `، کد پستی: ${fa(zip)}` : ''}`;
  },
  ar_EG: (multiline) => {
    const [area, gov, areaEn, govEn] = pick(EG_PLACES);
    const [street, streetEn] = pick(EG_STREETS);
    const n = int(1, 120);
    if (chance(0.45)) {
      const line1 = `${pick([`Apt ${int(1, 30)}, ${ordinal(int(1, 14))} floor, `, `Villa ${int(1, 300)}, `, `Building ${int(1, 80)}, `, ''])}${n} ${streetEn}`;
      return multiline ? `${line1}\n${areaEn}, ${govEn}` : `${line1}, ${areaEn}, ${govEn}${chance(0.3) ? ', Egypt' : ''}`;
    }
    const ar = chance(0.6) ? arabicIndicDigits : (s) => s;
    const line1 = `${pick([`شقة ${ar(String(int(1, 30)))}، `, `عمارة ${ar(String(int(1, 80)))}، `, ''])}${ar(String(n))} ${street}`;
    return multiline ? `${line1}\n${area}، ${gov}` : `${line1}، ${area}، ${gov}`;
  },
  zh_CN: (multiline) => {
    const [prov, dist, road, provEn, distEn, roadEn, zip] = pick(CN_PLACES);
    const [no, bldg, room] = [int(1, 999), int(1, 12), `${int(2, 30)}${pad(int(1, 12), 2)}`];
    if (chance(0.3)) {
      const line1 = `Room ${room}, ${chance(0.5) ? `Building ${bldg}, ` : ''}No. ${no} ${roadEn}`;
      return multiline ? `${line1}\n${distEn}, ${provEn} ${zip}` : `${line1}, ${distEn}, ${provEn} ${zip}${chance(0.3) ? ', China' : ''}`;
    }
    const body = `${prov}${dist}${road}${no}号${chance(0.5) ? `${pick(['', 'A座', `${bldg}号楼`, `${pick(['阳光', '金融', '科技', '时代'])}大厦`])}${room}室` : `${pick(['', `${bldg}栋`])}${int(1, 6)}单元${room}`}`;
    return multiline ? `${body}\n邮编：${zip}` : pick([body, `${body}（邮编${zip}）`, `${body}，${zip}`]);
  },
  ne_NP: (multiline) => {
    const [tole, ward, city, zip, toleNe, cityNe] = pick(NP_PLACES);
    if (chance(0.3)) return multiline ? `${cityNe} महानगरपालिका-${devanagariDigits(String(ward))}\n${toleNe}` : `${toleNe}, ${cityNe}-${chance(0.5) ? devanagariDigits(String(ward)) : ward}`;
    const house = chance(0.5) ? `House No. ${int(1, 900)}, ` : '';
    const line1 = `${house}${tole}${pick([`-${ward}`, `, Ward No. ${ward}`, ` ${pick(['Marg', 'Road', 'Chowk'])}`])}`;
    const tail = `${city}${chance(0.4) ? ` ${zip}` : ''}${chance(0.3) ? ', Nepal' : ''}`;
    return multiline ? `${line1}\n${tail}` : `${line1}, ${tail}`;
  },
  az_AZ: (multiline) => {
    const [post, city, cityEn, district] = pick(AZ_PLACES);
    const [street, streetEn] = pick(AZ_STREETS);
    const n = int(1, 180);
    if (chance(0.35)) {
      const line1 = `${n} ${streetEn}${chance(0.6) ? `, apt. ${int(1, 140)}` : ''}`;
      return multiline ? `${line1}\n${cityEn} ${post}, Azerbaijan` : `${line1}, ${cityEn} ${post}`;
    }
    const line1 = `${street} ${n}${chance(0.6) ? `, mənzil ${int(1, 140)}` : ''}`;
    if (multiline) return `${line1}\n${city} ${post}`;
    return pick([`${line1}, ${city} ${post}`, `${post}, ${city} şəh., ${district ? `${district}, ` : ''}${line1}`, `${city}, ${district ? `${district}, ` : ''}${line1}`]);
  },
  ko: () => {
    const [sido, short, gu, road, dong, guEn, roadEn] = pick(KO_ROADS);
    const zip = pad(int(1000, 63999), 5);
    const no = int(1, 400);
    const city = `${pick([sido, short])}${gu ? ` ${gu}` : ''}`;
    if (chance(0.15)) return `${pick(['', `${int(1, 25)}F, `, `Rm. ${int(101, 2504)}, `])}${no}, ${roadEn}, ${guEn}, ${sido.startsWith('서울') ? 'Seoul' : pick(['Republic of Korea', 'Korea'])}${chance(0.6) ? ` ${zip}` : ''}`;
    if (chance(0.2)) return `${pick(['', `[${zip}] `])}${city} ${dong} ${int(1, 2000)}-${int(1, 60)}${pick(['', ` ${int(2, 9)}층`, ` ${pick(['힐스테이트', '푸르지오', '래미안', 'e편한세상'])} ${int(101, 115)}동 ${int(2, 24)}0${int(1, 6)}호`])}`;
    const unit = pick(['', '', `, ${int(2, 20)}층`, `, ${int(101, 115)}동 ${int(2, 30)}0${int(1, 6)}호`, ` ${int(201, 1503)}호`, ` (${dong})`, `, ${int(3, 12)}층 (${dong})`]);
    return `${pick(['', '', `[${zip}] `, `(우)${zip} `])}${city} ${road}${chance(0.3) ? ` ${int(1, 90)}${pick(['번길', '길'])}` : ''} ${no}${unit}`;
  },
};
const addressFor = (locale, multiline = false) => ADDRESSES[locale](multiline);

// ---------------------------------------------------------------- ids the detector claims (expatriates', cross-border workers', and China's own)
const ID_LEADS = {
  fr_CH: ['Pour les salaires : ', 'Données RH : '], nl_BE: ['Voor de payroll: ', 'Gegevens: '], es_CL: ['Para remuneraciones: ', 'Datos: '], es_CO: ['Para nómina: ', 'Datos para RR. HH.: '], hy_AM: ['Աշխատավարձի համար՝ ', 'For payroll: '],
  fa_IR: ['برای حقوق: ', 'For payroll: '], ar_EG: ['لشؤون الموظفين: ', 'For HR: '], zh_CN: ['人事备案：', '社保办理用：'], ne_NP: ['For payroll: ', 'तलबका लागि: '], az_AZ: ['Əmək haqqı üçün: ', 'For payroll: '],
};
/** [cue or neutral lead-in, value, type] for an id of a claimed type someone living in `locale`'s country may hold. */
function nationalId(locale, p) {
  const named = chance(0.65);
  const say = (cues) => (named ? pick(cues) : pick(ID_LEADS[locale]));
  const krFrn = (cues) => [say(cues), krWritten(registration('KR_FRN')), 'KR_FRN'];
  const options = {
    fr_CH: [() => [say(['NIR (frontalier) : ', 'N° de sécurité sociale français : ']), nir(), 'FR_NIR'], () => [say(['Steuer-ID (Grenzgänger) : ', 'Identifiant fiscal allemand : ']), steuerId(), 'DE_TAX_ID'], () => [say(['Codice fiscale (frontaliere) : ', 'Code fiscal italien : ']), codiceFiscale(p.latinFirst, p.latinLast), 'IT_FISCAL_CODE']],
    nl_BE: [() => [say(['BSN (grensarbeider): ', 'Burgerservicenummer: ']), bsn(), 'NL_BSN'], () => [say(['NIR (frontalier) : ', 'Franse sociale-zekerheidsnummer: ']), nir(), 'FR_NIR'], () => [say(['Steuer-ID: ', 'Duits fiscaal nummer (Steuer-ID): ']), steuerId(), 'DE_TAX_ID']],
    es_CL: [() => [say(['NIE (España): ', 'NIE español: ']), dni(), 'ES_DNI'], () => [say(['SSN (EE. UU.): ', 'Social Security Number: ']), ssn(), 'US_SSN'], () => [say(['SIN (Canadá): ', 'Social Insurance Number: ']), sin(), 'CA_SIN']],
    es_CO: [() => [say(['NIE: ', 'Número de identidad de extranjero (España): ']), dni(), 'ES_DNI'], () => [say(['SSN: ', 'Seguro Social (EE. UU.): ']), ssn(), 'US_SSN'], () => [say(['Codice fiscale: ', 'Código fiscal italiano: ']), codiceFiscale(p.latinFirst, p.latinLast), 'IT_FISCAL_CODE']],
    hy_AM: [() => [say(['US SSN: ', 'Social Security No. ']), ssn(), 'US_SSN'], () => [say(['NIR (France): ', 'Numéro de sécurité sociale : ']), nir(), 'FR_NIR'], () => [say(['Canadian SIN: ', 'SIN: ']), sin(), 'CA_SIN']],
    fa_IR: [() => [say(['Steuer-ID: ', 'German tax ID: ']), steuerId(), 'DE_TAX_ID'], () => [say(['Canadian SIN: ', 'SIN (Canada): ']), sin(), 'CA_SIN'], () => [say(['UK NI number: ', 'National Insurance No. ']), nino(), 'UK_NINO']],
    ar_EG: [() => [say(['UK National Insurance number: ', 'NINO: ']), nino(), 'UK_NINO'], () => [say(['Codice fiscale: ', 'Italian tax code: ']), codiceFiscale(p.latinFirst, p.latinLast), 'IT_FISCAL_CODE'], () => [say(['US SSN: ', 'رقم الضمان الاجتماعي الأمريكي: ']), ssn(), 'US_SSN']],
    zh_CN: [() => [say(['身份证号：', '身份证号码：', '公民身份号码 ']), chineseId(), 'CN_RESIDENT_ID'], () => [say(['身份证号：', 'ID card no.: ']), chineseId(), 'CN_RESIDENT_ID'], () => [say(['日本个人编号（My Number）：', 'My Number: ']), myNumber(), 'JP_MY_NUMBER'], () => krFrn(['韩国外国人登录证号：', 'Korean ARC no. '])],
    ne_NP: [() => [say(['Aadhaar no. ', 'Aadhaar (India): ']), aadhaar(), 'IN_AADHAAR'], () => [say(['PAN (India): ', 'Indian PAN card: ']), pan(p.latinLast), 'IN_PAN'], () => [say(['My Number (Japan): ', 'Japanese Individual Number: ']), myNumber(), 'JP_MY_NUMBER'], () => krFrn(['Korean ARC (EPS): ', '외국인등록번호 '])],
    az_AZ: [() => [say(['UK NI number: ', 'National Insurance number ']), nino(), 'UK_NINO'], () => [say(['Steuer-ID: ', 'Almaniya vergi nömrəsi (Steuer-ID): ']), steuerId(), 'DE_TAX_ID'], () => [say(['BSN (Netherlands): ', 'Burgerservicenummer: ']), bsn(), 'NL_BSN']],
  };
  if (locale === 'ko') {
    const kind = chance(0.7) ? 'KR_RRN' : 'KR_FRN';
    const cue = kind === 'KR_RRN' ? pick(['주민등록번호: ', '주민번호 ', '주민등록번호 : ']) : pick(['외국인등록번호: ', '외국인등록증 번호 ']);
    return [named ? cue : pick(['본인 확인: ', '급여 신고용 ', '보험 가입용 번호 ']), krWritten(registration(kind)), kind];
  }
  return pick(options[locale])();
}
function passport(locale) {
  const value = {
    fr_CH: () => `${letter('XSF')}${digits(7)}`, nl_BE: () => `${letter('EG')}${letter()}${digits(6)}`, es_CL: () => `${letter('FP')}${digits(8)}`, es_CO: () => `${letter('APE')}${letter()}${digits(6)}`, hy_AM: () => `${letter('AB')}${letter()}${digits(7)}`,
    fa_IR: () => `${letter('KXYZ')}${digits(8)}`, ar_EG: () => `A${digits(8)}`, zh_CN: () => (chance(0.6) ? `E${digits(8)}` : `E${letter('ABCDEFGHJKLMNPQRSTUVWXYZ')}${digits(7)}`), ne_NP: () => (chance(0.5) ? `PA${digits(7)}` : `${digits(8)}`), az_AZ: () => `C${digits(8)}`,
    ko: () => (chance(0.5) ? `M${digits(8)}` : `M${digits(3)}${letter('ABCDEFGHJKLMNPQRSTUVWXYZ')}${digits(4)}`),
  }[locale]();
  const cue = {
    fr_CH: ['N° de passeport : ', 'Passeport suisse n° '], nl_BE: ['Paspoortnummer: ', 'Paspoort nr. '], es_CL: ['N° de pasaporte: ', 'Pasaporte: '], es_CO: ['Pasaporte No. ', 'Número de pasaporte: '], hy_AM: ['Անձնագրի համար՝ ', 'Passport No. '],
    fa_IR: ['شماره گذرنامه: ', 'شماره پاسپورت: '], ar_EG: ['رقم جواز السفر: ', 'Passport No. '], zh_CN: ['护照号码：', '护照号：'], ne_NP: ['राहदानी नं. ', 'Passport No.: '], az_AZ: ['Pasport nömrəsi: ', 'Xarici pasport: '], ko: ['여권번호: ', '여권 번호 '],
  }[locale];
  return [chance(0.7) ? pick(cue) : pick(['Passport: ', 'passport no. ', 'Travel document ']), value];
}
/** [cue, value] of a driving licence, or null where the country's licence number is its national id (Chile, Colombia, China), which no set writes. */
function driverLicence(locale) {
  const make = {
    fr_CH: () => `${nz(6)}${digits(3)}`, nl_BE: () => nz(10), hy_AM: () => `${letter()}${letter()}${digits(6)}`, fa_IR: () => nz(10), ar_EG: () => `${nz(2)}${digits(6)}`,
    ne_NP: () => `${pad(int(1, 14), 2)}-${pad(int(1, 9), 2)}-${digits(8)}`, az_AZ: () => `${letter('AB')}${letter()}${digits(6)}`,
    ko: () => `${pick(['부산 ', '경기 ', '인천 ', '12-', '14-', '15-', '28-'])}${digits(2)}-${digits(6)}-${digits(2)}`,
  }[locale];
  if (!make) return null;
  const cue = {
    fr_CH: 'Permis de conduire n° ', nl_BE: 'Rijbewijsnummer: ', hy_AM: 'Վարորդական վկայական՝ ', fa_IR: 'شماره گواهینامه رانندگی: ', ar_EG: 'رقم رخصة القيادة: ', ne_NP: 'सवारी चालक अनुमतिपत्र नं. ', az_AZ: 'Sürücülük vəsiqəsi: ', ko: '운전면허 번호: ',
  }[locale];
  return [chance(0.7) ? cue : pick(["Driving licence no. ", "Driver's licence: "]), make()];
}
const NO_LICENCE_NUMBER = { es_CL: 'Licencia de conducir clase B al día', es_CO: 'Licencia de conducción B1 vigente', zh_CN: '持C1驾照，驾龄8年' };

// ---------------------------------------------------------------- banking
const IBAN_BBAN = {
  CH: () => `${pick(['00762', '00235', '00700', '08390', '00767'])}${digits(12)}`,
  BE: () => {
    const ten = `${pick(['001', '068', '310', '363', '737', '973'])}${digits(7)}`;
    const check = Number(BigInt(ten) % 97n) || 97;
    return `${ten}${pad(check, 2)}`;
  },
  AZ: () => `${pick(['NABZ', 'AIIB', 'IBAZ', 'PAHA'])}${digits(20)}`,
  EG: () => `${pick(['0019', '0003', '0037', '0002'])}${digits(21)}`,
  IR: () => `0${pick(['17', '12', '55', '56', '70', '62'])}${digits(19)}`,
};
const IBAN_COUNTRY = { fr_CH: 'CH', nl_BE: 'BE', az_AZ: 'AZ', ar_EG: 'EG', fa_IR: 'IR' };
function iban(country) {
  const compact = ibanOf(country, IBAN_BBAN[country]());
  if (country === 'IR' && chance(0.3)) return `${compact.slice(0, 2)} ${compact.slice(2)}`;
  return pick([compact.match(/.{1,4}/g).join(' '), compact.match(/.{1,4}/g).join(' '), compact]);
}
/** A domestic account with the words around it: [lead-in, account, trailer]; only the account is labelled. */
function bankAccount(locale) {
  switch (locale) {
    case 'es_CL':
      return pick([[`${pick(['Banco de Chile', 'BancoEstado', 'Santander', 'BCI', 'Scotiabank'])}, cuenta corriente N° `, pick([nz(8), `${digits(2)}-${digits(6)}-${digits(2)}`, nz(10)]), ''], ['Cuenta vista ', nz(10), ` (${pick(['BancoEstado', 'Banco Falabella'])})`]]);
    case 'es_CO':
      return pick([[`${pick(['Bancolombia', 'Davivienda', 'Banco de Bogotá', 'BBVA'])} cuenta de ahorros No. `, pick([`${digits(3)}-${digits(6)}-${digits(2)}`, digits(11), `${digits(4)} ${digits(4)} ${digits(4)}`]), ''], ['Cuenta corriente ', digits(10), ` ${pick(['Davivienda', 'Banco de Occidente'])}`]]);
    case 'hy_AM':
      return pick([[`${pick(['Ameriabank', 'ACBA Bank', 'Ardshinbank', 'Inecobank'])} account ${pick(['no. ', '№ '])}`, `${pick(['1570', '2470', '2050', '2053'])}${digits(12)}`, ''], ['Հաշվեհամար՝ ', `${pick(['1570', '2470', '1930'])}${digits(12)}`, ' (AMD)']]);
    case 'zh_CN':
      return pick([[`${pick(['招商银行', '中国工商银行', '中国建设银行', '中国银行'])}${pick(['工资卡', '储蓄卡'])}账号：`, luhnComplete(`62${pick(['2588', '1226', '1700', '1661'])}${digits(12)}`), ''], ['开户行：招商银行深圳分行\n账号：', luhnComplete(`6214${digits(11)}`), '']]);
    case 'ne_NP':
      return pick([[`${pick(['Nabil Bank', 'NIC Asia Bank', 'Global IME Bank', 'Himalayan Bank'])} A/C No. `, pick([digits(14), `${digits(4)}${digits(3)}${digits(9)}`, digits(16)]), ''], ['Salary account: ', digits(14), ` (${pick(['Nabil Bank, Durbarmarg', 'Standard Chartered Nepal'])})`]]);
    case 'ko':
      return pick([['국민은행 ', `${digits(3)}-${digits(2)}-${digits(4)}-${digits(3)}`, ''], ['기업은행 ', `${digits(3)}-${digits(6)}-${digits(2)}-${digits(3)}`, ''], ['농협 ', `3${digits(2)}-${digits(4)}-${digits(4)}-${digits(2)}`, ''], ['신한 ', `110-${digits(3)}-${digits(6)}`, ''], ['토스뱅크 ', `1000-${digits(4)}-${digits(4)}`, ''], ['카카오뱅크 ', `3333-${digits(2)}-${digits(7)}`, ''], ['우체국 ', `${digits(6)}-${digits(2)}-${digits(6)}`, '']]);
    default:
      return null;
  }
}
/** A payment line: the country's IBAN (IBAN) or its domestic account (BANK_ACCOUNT). */
function payment(d, locale, lead = '') {
  const country = IBAN_COUNTRY[locale];
  if (country) {
    const cue = { CH: ['IBAN : ', 'Compte IBAN '], BE: ['IBAN: ', 'Rekeningnummer (IBAN): '], AZ: ['IBAN: ', 'Hesab (IBAN): '], EG: ['IBAN: ', 'رقم الآيبان: '], IR: ['شماره شبا: ', 'Sheba (IBAN): ', 'IBAN: '] }[country];
    d.add(lead || pick(cue)).entity('IBAN', iban(country));
    return;
  }
  const [cue, value, trail] = bankAccount(locale);
  d.add(lead).add(cue).entity('BANK_ACCOUNT', value).add(trail);
}

// ---------------------------------------------------------------- birth dates
const MONTHS = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  hy: ['հունվարի', 'փետրվարի', 'մարտի', 'ապրիլի', 'մայիսի', 'հունիսի', 'հուլիսի', 'օգոստոսի', 'սեպտեմբերի', 'հոկտեմբերի', 'նոյեմբերի', 'դեկտեմբերի'],
  faSolar: ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'],
  neBs: ['वैशाख', 'जेठ', 'असार', 'साउन', 'भदौ', 'असोज', 'कात्तिक', 'मंसिर', 'पुस', 'माघ', 'फागुन', 'चैत'],
  az: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
};
function birthDate(locale) {
  const b = birthDay(int);
  const { y, m, d, dd, mm } = b;
  // Solar Hijri and Bikram Sambat dates are drawn in their own calendars (day ≤ 29 exists in every month of both).
  const [sy, sm, sd] = [int(1337, 1384), int(1, 12), int(1, 29)];
  const [by, bm, bd] = [int(2015, 2062), int(1, 12), int(1, 29)];
  const forms = {
    fr_CH: [`${dd}.${mm}.${y}`, `${dd}.${mm}.${y}`, `${d} ${MONTH_NAMES.fr[m - 1]} ${y}`, `${d === 1 ? '1er' : d} ${MONTH_NAMES.fr[m - 1]} ${y}`, `${dd}/${mm}/${y}`],
    nl_BE: [`${dd}/${mm}/${y}`, `${d} ${MONTHS.nl[m - 1]} ${y}`, `${dd}-${mm}-${y}`, `${dd}.${mm}.${y}`],
    es_CL: [`${dd}-${mm}-${y}`, `${d} de ${MONTHS.es[m - 1]} de ${y}`, `${dd}/${mm}/${y}`, `${d}-${MONTH_NAMES.enShort[m - 1]}-${y}`],
    es_CO: [`${dd}/${mm}/${y}`, `${d} de ${MONTHS.es[m - 1]} de ${y}`, `${MONTHS.es[m - 1][0].toUpperCase()}${MONTHS.es[m - 1].slice(1)} ${d} de ${y}`, `${y}-${mm}-${dd}`],
    hy_AM: [`${dd}.${mm}.${y}`, `${y}թ. ${MONTHS.hy[m - 1]} ${d}`, `${d} ${MONTHS.hy[m - 1]} ${y} թ.`, `${d} ${MONTH_NAMES.en[m - 1]} ${y}`],
    fa_IR: [persianDigits(`${sy}/${pad(sm, 2)}/${pad(sd, 2)}`), `${sy}/${pad(sm, 2)}/${pad(sd, 2)}`, `${persianDigits(String(sd))} ${MONTHS.faSolar[sm - 1]} ${persianDigits(String(sy))}`, `${dd}/${mm}/${y}`, `${d} ${MONTH_NAMES.en[m - 1]} ${y}`],
    ar_EG: [`${dd}/${mm}/${y}`, arabicIndicDigits(`${dd}/${mm}/${y}`), `${d} ${MONTH_NAMES.ar[m - 1]} ${y}`, `${d} ${MONTH_NAMES.en[m - 1]} ${y}`, `${y}/${mm}/${dd}`],
    zh_CN: [`${y}年${m}月${d}日`, `${y}年${mm}月${dd}日`, `${y}.${mm}.${dd}`, `${y}-${mm}-${dd}`, `${y}/${m}/${d}`],
    ne_NP: [`${by}/${pad(bm, 2)}/${pad(bd, 2)}`, devanagariDigits(`${by}/${pad(bm, 2)}/${pad(bd, 2)}`), `${devanagariDigits(String(by))} ${MONTHS.neBs[bm - 1]} ${devanagariDigits(String(bd))}`, `${dd}-${mm}-${y}`, `${ordinal(d)} ${MONTH_NAMES.en[m - 1]} ${y}`],
    az_AZ: [`${dd}.${mm}.${y}`, `${dd}.${mm}.${y}`, `${d} ${MONTHS.az[m - 1]} ${y}`, `${dd}/${mm}/${y}`],
    ko: [`${y}년 ${m}월 ${d}일`, `${y}.${mm}.${dd}`, `${y}. ${m}. ${d}.`, `${y}/${mm}/${dd}`, `${b.yy}.${mm}.${dd}`, `${y}년 ${mm}월 ${dd}일생`],
  }[locale];
  return pick(forms);
}
const DOB_CUES = {
  en: ['Date of birth: ', 'DOB: ', 'D.O.B.: ', 'Birth date: ', 'Born '],
  fr_CH: ['Date de naissance : ', 'Né le ', 'Née le ', 'Naissance : '], nl_BE: ['Geboortedatum: ', 'Geboren op ', 'Geb. '], es_CL: ['Fecha de nacimiento: ', 'Nacida el ', 'Nacido el ', 'F. de nac.: '], es_CO: ['Fecha de nacimiento: ', 'Nací el ', 'Fecha nac.: '],
  hy_AM: ['Ծննդյան ամսաթիվ՝ ', 'Ծնվել է '], fa_IR: ['تاریخ تولد: ', 'متولد '], ar_EG: ['تاريخ الميلاد: ', 'مواليد '], zh_CN: ['出生日期：', '出生年月日：', '生日：'], ne_NP: ['जन्म मिति: ', 'Date of Birth (B.S.): ', 'जन्म मिति (वि.सं.): '], az_AZ: ['Doğum tarixi: ', 'Təvəllüd: '],
  ko: ['생년월일: ', '생년월일 ', '생일: ', '출생: '],
};
/** A birth-date cue; the Nepali Bikram Sambat and Iranian Solar Hijri forms keep a cue of their own language (an English cue would promise a Gregorian date). */
const dobCue = (locale) => pick(locale === 'ko' || locale === 'fa_IR' || locale === 'ne_NP' || chance(0.65) ? DOB_CUES[locale] : DOB_CUES.en);

// ---------------------------------------------------------------- hard negatives
const SALARY = {
  fr_CH: () => pick([`CHF ${int(85, 160)}’000.– brut par an`, `${int(6, 12)}’${digits(3)} CHF x 13`, `CHF ${int(90, 150)}k`]),
  nl_BE: () => pick([`€ ${int(3, 6)}.${digits(3)} bruto per maand`, `${int(40, 90)}k EUR + maaltijdcheques`, `€${int(3, 5)}.${digits(3)},00 bruto`]),
  es_CL: () => pick([`$${int(1, 4)}.${digits(3)}.000 líquidos`, `CLP ${int(1200, 4800)}.000 brutos`, `${int(40, 120)} UF mensuales`]),
  es_CO: () => pick([`$${int(3, 15)}.${digits(3)}.000 COP mensuales`, `COP ${int(4, 18)} millones`, `salario integral $${int(15, 30)}.000.000`]),
  hy_AM: () => pick([`${int(400, 1500)},000 AMD`, `${int(500, 1200)} 000 դրամ`, `USD ${int(1, 4)},${digits(3)} net`]),
  fa_IR: () => pick([`${int(25, 90)} میلیون تومان`, `حقوق ${persianDigits(String(int(30, 80)))} میلیون تومان`, `IRR ${int(300, 900)},000,000`]),
  ar_EG: () => pick([`${int(15, 90)},000 EGP/month`, `راتب ${arabicIndicDigits(String(int(20, 60)))} ألف جنيه`, `EGP ${int(20, 80)}k net`]),
  zh_CN: () => pick([`月薪${int(15, 60)}K×${pick(['13', '14', '15', '16'])}`, `年薪${int(25, 90)}万`, `期望薪资 ${int(20, 45)}-${int(46, 70)}K`]),
  ne_NP: () => pick([`NPR ${int(60, 250)},000 per month`, `रु. ${int(50, 200)},000`, `Rs ${int(6, 30)} lakh p.a.`]),
  az_AZ: () => pick([`${int(1500, 6000)} AZN`, `${int(1, 5)} ${digits(3)} manat`, `AZN ${int(2, 7)},${digits(3)} gross`]),
};
const COMPANY_NUMBERS = {
  fr_CH: () => pick([`IDE CHE-${digits(3)}.${digits(3)}.${digits(3)}`, `N° TVA CHE-${digits(3)}.${digits(3)}.${digits(3)} TVA`]),
  nl_BE: () => pick([`Ondernemingsnummer BE 0${digits(3)}.${digits(3)}.${digits(3)}`, `KBO 0${digits(3)}.${digits(3)}.${digits(3)}`, `RPR Antwerpen, BTW BE0${digits(9)}`]),
  es_CL: () => pick([`RUT empresa 76.${digits(3)}.${digits(3)}-${int(0, 9)}`, `RUT 77.${digits(3)}.${digits(3)}-K`]),
  es_CO: () => pick([`NIT 900.${digits(3)}.${digits(3)}-${int(0, 9)}`, `NIT 830${digits(6)}-${int(0, 9)}`]),
  hy_AM: () => pick([`ՀՎՀՀ ${nz(8)}`, `TIN ${nz(8)}`, `State register no. ${digits(3)}.${digits(3)}.${digits(5)}`]),
  fa_IR: () => pick([`شناسه ملی ${persianDigits(`1${digits(10)}`)}`, `شماره ثبت ${persianDigits(String(int(10000, 600000)))}`, `Economic code ${digits(12)}`]),
  ar_EG: () => pick([`سجل تجاري رقم ${arabicIndicDigits(String(int(10000, 199999)))}`, `Tax Reg. No. ${digits(3)}-${digits(3)}-${digits(3)}`, `C.R. ${int(10000, 199999)}`]),
  zh_CN: () => pick([`统一社会信用代码：91${int(11, 65)}0${digits(3)}MA${digits(2)}${letter()}${letter()}${digits(3)}${letter()}`, `营业执照注册号 ${digits(15)}`]),
  ne_NP: () => pick([`Company PAN/VAT No. ${int(300000000, 699999999)}`, `Regd. No. ${int(10000, 299999)}/${int(70, 81)}/0${int(71, 82)}`]),
  az_AZ: () => pick([`VÖEN ${int(1000000000, 2999999999)}`, `VOEN: ${digits(10)}`]),
};
const CURRENCY = { fr_CH: 'CHF', nl_BE: 'EUR', es_CL: 'CLP', es_CO: 'COP', hy_AM: 'AMD', fa_IR: 'IRR', ar_EG: 'EGP', zh_CN: 'CNY', ne_NP: 'NPR', az_AZ: 'AZN' };
const PROSE_PLACES = {
  fr_CH: () => 'Nos bureaux sont à deux pas de la gare Cornavin.', nl_BE: () => 'Ons kantoor ligt vlak bij het station Antwerpen-Berchem.', es_CL: () => 'La oficina queda a una cuadra del metro Tobalaba.', es_CO: () => 'La oficina está cerca de la estación Poblado del metro.',
  hy_AM: () => 'Our office is next to Republic Square metro.', fa_IR: () => 'دفتر ما نزدیک ایستگاه مترو میدان ونک است.', ar_EG: () => 'المكتب قريب من محطة مترو الدقي.', zh_CN: () => '公司在地铁10号线国贸站附近。',
  ne_NP: () => 'The office is a short walk from Jawalakhel Chowk.', az_AZ: () => 'Ofisimiz 28 May metro stansiyasının yanındadır.', ko: () => '사무실은 여의도역 5번 출구 앞입니다.',
};
/** A sentence with numbers or places that are not personal data. */
function negative(locale, f) {
  const y = int(2009, 2022);
  return pick([
    () => `Receipt no. ${digits(int(6, 9))}.`,
    () => `Invoice ${letter()}${letter()}-${int(2025, 2026)}-${digits(5)}.`,
    () => `Flight ${letter()}${letter()} ${int(100, 9999)} on ${pad(int(1, 28), 2)}.${pad(int(1, 12), 2)}.2026, booking ref ${letter()}${letter()}${digits(1)}${letter()}${letter()}${digits(1)}.`,
    () => `Employee ID ${digits(int(5, 8))}.`,
    () => `Student no. ${int(2016, 2025)}${digits(5)}.`,
    () => `Card ending **** ${digits(4)} (not charged).`,
    () => `Candidate ref. ${letter()}${digits(7)}.`,
    () => `${f.company.name()}, ${y}–${pick(['present', String(int(y + 1, 2026))])}.`,
    () => `Expected salary: ${SALARY[locale]()}.`,
    () => `${COMPANY_NUMBERS[locale]()}.`,
    () => PROSE_PLACES[locale](),
    () => `Release ${int(1, 9)}.${int(0, 30)}.${int(0, 9)}, ${int(2, 90)} k users.`,
    () => `Case ${digits(3)}-${digits(3)}-${digits(4)} resolved.`,
    () => `Course code ${letter()}${letter()}${letter()}${int(100, 599)}, credits ${int(2, 8)}.`,
    () => `Offer valid until ${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/2026.`,
    () => `${int(2, 15)} years of ${pick(['Python', 'SAP FI', 'Power BI', 'Rust', 'AutoCAD', 'Salesforce'])}, ${int(60, 99)}% of targets met.`,
    () => `Cost centre ${digits(4)}-${digits(3)}, PO ${digits(10)}.`,
  ])();
}
const KO_NEGATIVES = [
  () => `근무기간 ${int(2012, 2021)}.${pad(int(1, 12), 2)} ~ ${int(2022, 2026)}.${pad(int(1, 12), 2)}`,
  () => `희망연봉 ${int(3200, 9800)}만 원`,
  () => `영수증 번호 ${digits(4)}-${digits(4)}-${digits(4)}`,
  () => `사업자등록번호 ${digits(3)}-${digits(2)}-${digits(5)}`,
  () => `사번 ${int(2015, 2026)}${digits(4)}`,
  () => `KTX ${int(1, 180)}호차 ${int(1, 20)}${letter('ABCD')}석 (승차권 ${digits(5)}-${digits(4)}-${digits(5)}-${digits(2)})`,
  () => `지원번호 ${letter()}${int(2026, 2027)}${digits(4)}`,
  () => `오픽 ${pick(['IH', 'AL', 'IM2'])}, 토익스피킹 ${int(130, 200)}점`,
  () => `학번 ${int(2016, 2024)}${digits(5)}`,
  () => `결의서 번호 ${int(2026, 2026)}-${digits(5)}`,
  () => `학점 ${int(3, 4)}.${digits(2)}/4.5`,
  () => `주차 차량 ${int(10, 399)}${pick(['거', '너', '더', '러', '머'])} ${digits(4)}`,
];
const koreanNegative = () => pick(KO_NEGATIVES)();

// ---------------------------------------------------------------- people and e-mails
const FAKERS = { fr_CH: fakerFR_CH, nl_BE: fakerNL_BE, es_CL: fakerES, es_CO: fakerES, hy_AM: fakerHY, fa_IR: fakerFA, ar_EG: fakerAR, zh_CN: fakerZH_CN, ne_NP: fakerEN_NP, az_AZ: fakerAZ, ko: fakerEN };
for (const f of new Set(Object.values(FAKERS))) f.seed(SEED);
/** Names in scripts without a faker romanisation: [name as written, given name in Latin letters, family name in Latin letters]. */
const WRITTEN_NAMES = {
  hy_AM: [['Անի Պետրոսյան', 'Ani', 'Petrosyan'], ['Արամ Հովհաննիսյան', 'Aram', 'Hovhannisyan'], ['Լիլիթ Սարգսյան', 'Lilit', 'Sargsyan'], ['Դավիթ Գրիգորյան', 'Davit', 'Grigoryan'], ['Մարիամ Ավետիսյան', 'Mariam', 'Avetisyan'], ['Տիգրան Մանուկյան', 'Tigran', 'Manukyan'], ['Նարե Խաչատրյան', 'Nare', 'Khachatryan'], ['Հայկ Ստեփանյան', 'Hayk', 'Stepanyan']],
  fa_IR: [['سارا محمدی', 'Sara', 'Mohammadi'], ['علی رضایی', 'Ali', 'Rezaei'], ['مریم حسینی', 'Maryam', 'Hosseini'], ['رضا کریمی', 'Reza', 'Karimi'], ['نگار احمدی', 'Negar', 'Ahmadi'], ['امیر جعفری', 'Amir', 'Jafari'], ['زهرا موسوی', 'Zahra', 'Mousavi'], ['پویا صادقی', 'Pouya', 'Sadeghi']],
  ar_EG: [['أحمد عبد الرحمن', 'Ahmed', 'Abdelrahman'], ['منى السيد', 'Mona', 'Elsayed'], ['محمد حسن', 'Mohamed', 'Hassan'], ['ياسمين فاروق', 'Yasmine', 'Farouk'], ['عمر الشريف', 'Omar', 'Elsherif'], ['نورهان مصطفى', 'Nourhan', 'Mostafa'], ['Karim Naguib', 'Karim', 'Naguib'], ['Mariam Youssef', 'Mariam', 'Youssef']],
  zh_CN: [['王芳', 'Fang', 'Wang'], ['李伟', 'Wei', 'Li'], ['张静', 'Jing', 'Zhang'], ['刘洋', 'Yang', 'Liu'], ['陈晨', 'Chen', 'Chen'], ['杨帆', 'Fan', 'Yang'], ['赵磊', 'Lei', 'Zhao'], ['黄晓明', 'Xiaoming', 'Huang'], ['周婷', 'Ting', 'Zhou'], ['吴昊', 'Hao', 'Wu']],
  ko: [['김서윤', 'Seoyun', 'Kim'], ['이준호', 'Junho', 'Lee'], ['박지민', 'Jimin', 'Park'], ['최유진', 'Yujin', 'Choi'], ['정하준', 'Hajun', 'Jung'], ['오세린', 'Serin', 'Oh'], ['신동혁', 'Donghyuk', 'Shin'], ['권나연', 'Nayeon', 'Kwon'], ['황민재', 'Minjae', 'Hwang'], ['송다은', 'Daeun', 'Song'], ['안태오', 'Taeo', 'Ahn'], ['서지안', 'Jian', 'Seo']],
};
const DOMAINS = {
  fr_CH: ['bluewin.ch', 'gmail.com', 'sunrise.ch', 'hispeed.ch'], nl_BE: ['telenet.be', 'gmail.com', 'skynet.be', 'proximus.be'], es_CL: ['gmail.com', 'hotmail.cl', 'outlook.com', 'vtr.net'], es_CO: ['gmail.com', 'hotmail.com', 'outlook.es', 'une.net.co'],
  hy_AM: ['gmail.com', 'mail.ru', 'yandex.ru'], fa_IR: ['gmail.com', 'yahoo.com', 'chmail.ir'], ar_EG: ['gmail.com', 'yahoo.com', 'hotmail.com'], zh_CN: ['qq.com', '163.com', 'gmail.com', '126.com'],
  ne_NP: ['gmail.com', 'yahoo.com', 'wlink.com.np'], az_AZ: ['gmail.com', 'mail.ru', 'box.az'], ko: ['naver.com', 'gmail.com', 'daum.net', 'kakao.com', 'nate.com'],
};
function person(locale) {
  let name, latinFirst, latinLast;
  if (WRITTEN_NAMES[locale]) {
    [name, latinFirst, latinLast] = pick(WRITTEN_NAMES[locale]);
    if (locale !== 'ko' && chance(0.25)) name = `${latinFirst} ${latinLast}`;
  } else {
    const f = FAKERS[locale];
    latinFirst = f.person.firstName();
    latinLast = f.person.lastName();
    name = `${latinFirst} ${latinLast}`;
  }
  const a = ascii(latinFirst).toLowerCase() || 'sam';
  const b = ascii(latinLast).toLowerCase() || 'lee';
  const local = locale === 'zh_CN' && chance(0.3) ? `${int(10000, 999999999)}` : pick([`${a}.${b}`, `${a}${b}`, `${a}.${b}${int(1, 99)}`, `${b}${a[0]}`, `${a[0]}.${b}`, `${a}_${b}`, `${b}.${a}`, `${a}${int(80, 99)}`]);
  const domain = locale === 'zh_CN' && /^\d+$/u.test(local) ? 'qq.com' : pick(DOMAINS[locale]);
  return { name, latinFirst, latinLast, roman: `${latinFirst} ${latinLast}`, email: `${local}@${domain}` };
}
/** A company's mail domain from its name, or a plain one when the name has too few Latin letters. */
const companyDomain = (f) => {
  const letters = ascii(f.company.name().replace(/\band\b/gu, '')).toLowerCase().slice(0, 12);
  return `${letters.length >= 4 ? letters : pick(['talentbridge', 'hirelane', 'crewpoint', 'northstarhr', 'silkroadtech'])}.${pick(['com', 'co', 'net', 'io'])}`;
};
const workEmail = (p, domain) => `${ascii(p.latinFirst).toLowerCase() || 'hr'}.${ascii(p.latinLast).toLowerCase() || 'team'}@${domain}`;
const title = (f) => (chance(0.7) ? fakerEN.person.jobTitle() : f.person.jobTitle());

// ---------------------------------------------------------------- local words
const WORDS = {
  fr_CH: { name: 'Nom', phone: 'Tél.', mobile: 'Natel', email: 'E-mail', address: 'Adresse', hi: 'Bonjour,', thanks: 'Meilleures salutations,', nationality: 'Nationalité', status: 'Permis' },
  nl_BE: { name: 'Naam', phone: 'Tel.', mobile: 'GSM', email: 'E-mail', address: 'Adres', hi: 'Beste,', thanks: 'Met vriendelijke groeten,', nationality: 'Nationaliteit', status: 'Burgerlijke staat' },
  es_CL: { name: 'Nombre', phone: 'Teléfono', mobile: 'Celular', email: 'Correo', address: 'Dirección', hi: 'Estimada/o:', thanks: 'Saludos cordiales,', nationality: 'Nacionalidad', status: 'Estado civil' },
  es_CO: { name: 'Nombre', phone: 'Teléfono', mobile: 'Celular', email: 'Correo electrónico', address: 'Dirección', hi: 'Cordial saludo,', thanks: 'Atentamente,', nationality: 'Nacionalidad', status: 'Estado civil' },
  hy_AM: { name: 'Անուն', phone: 'Հեռ.', mobile: 'Բջջ.', email: 'Էլ. փոստ', address: 'Հասցե', hi: 'Հարգելի գործընկեր,', thanks: 'Հարգանքով՝', nationality: 'Քաղաքացիություն', status: 'Ընտանեկան կարգավիճակ' },
  fa_IR: { name: 'نام', phone: 'تلفن', mobile: 'تلفن همراه', email: 'ایمیل', address: 'نشانی', hi: 'با سلام و احترام،', thanks: 'با سپاس،', nationality: 'ملیت', status: 'وضعیت تأهل' },
  ar_EG: { name: 'الاسم', phone: 'تليفون', mobile: 'موبايل', email: 'البريد الإلكتروني', address: 'العنوان', hi: 'تحية طيبة وبعد،', thanks: 'مع خالص التحية،', nationality: 'الجنسية', status: 'الحالة الاجتماعية' },
  zh_CN: { name: '姓名', phone: '电话', mobile: '手机', email: '邮箱', address: '地址', hi: '您好！', thanks: '此致敬礼', nationality: '国籍', status: '婚姻状况' },
  ne_NP: { name: 'नाम', phone: 'फोन', mobile: 'मोबाइल', email: 'इमेल', address: 'ठेगाना', hi: 'नमस्ते,', thanks: 'धन्यवाद,', nationality: 'नागरिकता', status: 'वैवाहिक स्थिति' },
  az_AZ: { name: 'Ad, soyad', phone: 'Tel.', mobile: 'Mobil', email: 'E-poçt', address: 'Ünvan', hi: 'Hörmətli həmkarlar,', thanks: 'Hörmətlə,', nationality: 'Vətəndaşlıq', status: 'Ailə vəziyyəti' },
};
const word = (locale, key) => (chance(0.7) ? WORDS[locale][key] : { phone: 'Phone', mobile: 'Mobile', email: 'E-mail', address: 'Address', name: 'Name', nationality: 'Nationality', status: 'Marital status' }[key] ?? WORDS[locale][key]);
const someDay = () => `${pad(int(1, 28), 2)}.${pad(int(1, 12), 2)}.2026`;

/** A signature: the name, then contact lines with or without their labels. */
function signature(d, locale, p, { phone = 0.8, email = 0.5, address = 0.3 } = {}) {
  d.add(`${p.name}\n`);
  if (chance(phone)) d.add(chance(0.5) ? `${word(locale, 'mobile')}: ` : '').entity('PHONE', phoneFor(locale)).add('\n');
  if (chance(email)) d.add(chance(0.4) ? `${word(locale, 'email')}: ` : '').entity('EMAIL', p.email).add('\n');
  if (chance(address)) d.entity('ADDRESS', addressFor(locale, chance(0.4))).add('\n');
}

// ---------------------------------------------------------------- document kinds
const KINDS = {
  /** A resignation letter to a manager: last day, where to send the final papers, how to reach the writer afterwards. */
  resignationLetter(d, locale, f, p) {
    const manager = person(locale);
    d.add(`${pick(['Subject: Resignation', 'Re: My resignation', 'Letter of resignation'])} — ${p.roman}\n\nDear ${manager.latinFirst},\n\n`);
    d.add(`Please accept this letter as formal notice of my resignation from my position as ${title(f)}. ${pick(['My last working day will be', 'Per my contract, my final day is', 'I propose that my last day be'])} ${someDay()}. ${negative(locale, f)}\n\n`);
    const asks = shuffle([
      () => d.add(`${pick(['Please send my final payslip and work certificate to ', 'My forwarding address for the final documents is ', 'From next month I will be living at '])}`).entity('ADDRESS', addressFor(locale, chance(0.3))).add('.'),
      () => {
        d.add(pick(['The final salary and holiday pay can go to the usual account — for the record: ', 'Please pay the remaining leave to ']));
        payment(d, locale);
        d.add('.');
      },
      () => {
        d.add(`${pick(['After I leave, my work e-mail will be closed; please use ', 'For anything after my last day: '])}`).entity('EMAIL', p.email);
        if (chance(0.6)) d.add(' or ').entity('PHONE', phoneFor(locale));
        d.add('.');
      },
      () => d.add(`${pick(['You can reach me on my personal number, ', 'My private mobile is '])}`).entity('PHONE', phoneFor(locale)).add('.'),
      () => {
        const [cue, value, type] = nationalId(locale, p);
        d.add(`For the annual tax certificate: ${cue}`).entity(type, value).add('.');
      },
      () => d.add(negative(locale, f)),
    ]).slice(0, int(2, 6));
    for (const ask of asks) {
      ask();
      d.add(' ');
    }
    d.add(`\n\nThank you for ${pick(['the opportunities of the last years', 'your support', 'everything I learned here'])}. ${negative(locale, f)}\n\n${WORDS[locale].thanks}\n`);
    signature(d, locale, p, { phone: 0.6, email: 0.3, address: 0.3 });
  },
  /** A thank-you note after an interview, with a detail the interviewer asked for. */
  interviewThankYou(d, locale, f, p) {
    const interviewer = person(locale);
    const domain = companyDomain(f);
    d.add(`To: `).entity('EMAIL', workEmail(interviewer, domain)).add(`\nSubject: ${pick(['Thank you for today', 'Following up on our interview', 'Thanks — and the details you asked for'])}\n\n${chance(0.5) ? WORDS[locale].hi : `Dear ${interviewer.latinFirst},`}\n\n`);
    d.add(`Thank you for ${pick(['meeting me this morning', 'the conversation yesterday', 'taking the time to show me the team'])} about the ${title(f)} role. ${pick(['I enjoyed hearing about the roadmap.', 'The case study was a great way to see the work.', 'It confirmed how much I would like to join.'])}\n`);
    const extra = pick(['dob', 'referee', 'address', 'id', 'id', 'none', 'passport']);
    if (extra === 'dob') d.add(`As asked for the background check, my ${pick(['date of birth is ', 'birth date: '])}`).entity('DATE_OF_BIRTH', birthDate(locale)).add('.\n');
    else if (extra === 'referee') {
      const referee = person(locale);
      d.add(`My former manager ${referee.roman} is happy to be called: `).entity('PHONE', phoneFor(locale, true)).add(chance(0.5) ? ', ' : '.\n');
      if (!d.text.endsWith('\n')) d.entity('EMAIL', referee.email).add('.\n');
    } else if (extra === 'address') d.add('For the contract, my address is ').entity('ADDRESS', addressFor(locale, false)).add('.\n');
    else if (extra === 'id') {
      const [cue, value, type] = nationalId(locale, p);
      d.add(`For the payroll pre-check you mentioned: ${cue}`).entity(type, value).add('\n');
    } else if (extra === 'passport') {
      const [cue, value] = passport(locale);
      d.add(`For the work permit: ${cue}`).entity('PASSPORT', value).add('\n');
    } else d.add(`${negative(locale, f)}\n`);
    d.add(`\n${WORDS[locale].thanks}\n`);
    signature(d, locale, p, { phone: 0.9, email: 0.3, address: 0.35 });
  },
  /** A salary counter-offer: many amounts and percentages, the relocation address, the signature. */
  salaryCounterOffer(d, locale, f, p) {
    const recruiter = person(locale);
    d.add(`Subject: Re: Offer — ${title(f)}\n\nHi ${recruiter.latinFirst},\n\nThank you for the offer of ${SALARY[locale]()}. ${pick(['Having compared it with my current package', 'After thinking it over with my family', 'Given the relocation'])}, I would like to ask for ${SALARY[locale]()} and ${int(20, 30)} days of leave. ${negative(locale, f)}\n`);
    if (chance(0.5)) d.add(`${pick(['The move would be from ', 'I would relocate from '])}`).entity('ADDRESS', addressFor(locale, false)).add(`, so a relocation budget of ${SALARY[locale]()} would help.\n`);
    if (chance(0.3)) {
      payment(d, locale, 'A signing bonus could be paid to my account, ');
      d.add('.\n');
    }
    d.add(`\n${negative(locale, f)} ${negative(locale, f)}\n\nHappy to talk it through${chance(0.6) ? ' — call me on ' : '.'}`);
    if (d.text.endsWith('on ')) d.entity('PHONE', phoneFor(locale)).add(pick(['.', ' any time after 5.', ' (WhatsApp too).']));
    d.add(`\n\n${WORDS[locale].thanks}\n`);
    signature(d, locale, p, { phone: 0.7, email: 0.4, address: 0.3 });
  },
  /** An employer's letter to a consulate inviting a new hire: the hire's birth date, passport and address, the company's letterhead. */
  visaInvitationLetter(d, locale, f, p) {
    const hr = person(locale);
    d.add(`${f.company.name()}\n`).entity('ADDRESS', addressFor(locale, chance(0.5))).add(`\n${word(locale, 'phone')}: `).entity('PHONE', phoneFor(locale, true)).add(`\n\n${pick(['To the Consular Section', 'To the Embassy', 'To whom it may concern'])}\n\n${pick(['Re: Invitation letter — employment visa', 'Subject: Letter of invitation for a business visa', 'Invitation'])}\n\n`);
    d.add(`We are pleased to invite ${pick(['Mr', 'Ms', ''])} ${p.roman}`);
    if (chance(0.75)) d.add(`, ${pick(['born on ', 'date of birth ', 'born '])}`).entity('DATE_OF_BIRTH', birthDate(locale));
    if (chance(0.7)) {
      const [cue, value] = passport(locale);
      d.add(`, ${pick(['holder of ', ''])}${cue}`).entity('PASSPORT', value);
    } else {
      const [cue, value, type] = nationalId(locale, p);
      d.add(`, ${cue}`).entity(type, value);
    }
    if (chance(0.6)) d.add(`, ${pick(['residing at ', 'resident at ', 'of '])}`).entity('ADDRESS', addressFor(locale, false));
    d.add(`, to ${pick(['start employment', 'attend induction training', 'join our office'])} as ${title(f)} from ${someDay()}. ${pick(['The company covers travel and accommodation.', 'All costs of the stay are borne by the company.'])} ${negative(locale, f)}\n\n`);
    d.add(`For any question, please contact ${hr.roman}, HR, at `).entity('EMAIL', workEmail(hr, companyDomain(f)));
    if (chance(0.6)) d.add(' or ').entity('PHONE', phoneFor(locale, true));
    d.add(`.\n\n${negative(locale, f)}\n`);
  },
  /** A student's internship application: student number and course codes as negatives, the student's and sometimes an emergency contact's details. */
  internshipApplication(d, locale, f, p) {
    d.add(`${pick(['Internship application', 'Application: summer internship', 'Stage / internship — candidature'])}\n\n${WORDS[locale].hi}\n\nI am a ${pick(['third-year', 'final-year', 'master’s'])} student of ${pick(['computer science', 'finance', 'industrial design', 'civil engineering', 'international relations'])} (student no. ${int(2019, 2025)}${digits(5)}, GPA ${int(3, 4)}.${digits(1)}/${pick(['4.0', '5.0'])}) and would like to apply for your ${pick(['six-month', 'summer', 'twelve-week'])} internship. ${negative(locale, f)}\n\n`);
    const lines = shuffle([
      () => d.add(`${word(locale, 'mobile')}: `).entity('PHONE', phoneFor(locale)),
      () => d.add(`${word(locale, 'email')}: `).entity('EMAIL', p.email),
      () => d.add(`${pick(['Term address: ', 'Student residence: ', `${word(locale, 'address')}: `])}`).entity('ADDRESS', addressFor(locale, chance(0.3))),
      () => (chance(0.6) ? d.add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)) : d.add(`Availability: from ${someDay()}`)),
      () => {
        if (chance(0.65)) {
          const kin = person(locale);
          d.add(`Emergency contact: ${kin.name} (${pick(['mother', 'father', 'guardian', 'sister'])}) `).entity('PHONE', phoneFor(locale));
        } else d.add(`Course codes: ${negative(locale, f)}`);
      },
      () => {
        const licence = driverLicence(locale);
        if (licence && chance(0.3)) d.add(`(field visits need a car) ${licence[0]}`).entity('DRIVER_LICENSE', licence[1]);
        else d.add(NO_LICENCE_NUMBER[locale] ?? negative(locale, f));
      },
    ]).slice(0, int(3, 6));
    for (const line of lines) {
      line();
      d.add('\n');
    }
    if (chance(0.3)) {
      const prof = person(locale);
      d.add(`\nReferee: Prof. ${prof.roman}, `).entity('EMAIL', workEmail(prof, pick(['unige.ch', 'kuleuven.be', 'uchile.cl', 'unal.edu.co', 'ysu.am', 'ut.ac.ir', 'cu.edu.eg', 'pku.edu.cn', 'tu.edu.np', 'bsu.edu.az'])));
      if (chance(0.5)) d.add(', office ').entity('PHONE', phoneFor(locale, true));
      d.add('\n');
    }
    d.add(`\n${WORDS[locale].thanks}\n${p.name}\n`);
  },
  /** A reply to a recruiter's cold message, the message quoted below with its signature. */
  recruiterOutreachReply(d, locale, f, p) {
    const recruiter = person(locale);
    const domain = companyDomain(f);
    d.add(`${pick(['Hi', 'Hello', 'Dear'])} ${recruiter.latinFirst},\n\n${pick(['Thanks for reaching out —', 'Good timing:', 'Happy to hear more;'])} ${pick(['I am open to a call this week.', 'I could talk Thursday or Friday after 4.', 'a short call would be great.'])} `);
    if (chance(0.75)) d.add(pick(['Best number: ', 'You can ring me on ', 'My mobile is '])).entity('PHONE', phoneFor(locale)).add(pick(['.', ' (WhatsApp or Telegram).', ', or send a text first.']));
    if (chance(0.35)) d.add(` I live at `).entity('ADDRESS', addressFor(locale, false)).add(', so the office would be an easy commute.');
    d.add(` ${negative(locale, f)}\n\n${p.latinFirst}\n\n`);
    d.add(`${pick(['On', 'Le', 'El'])} ${someDay()}, ${recruiter.roman} <`).entity('EMAIL', workEmail(recruiter, domain)).add('> wrote:\n');
    d.add(`> ${pick(['I came across your profile', 'Your experience caught my eye', 'A colleague mentioned your name'])} and think you could be a fit for a ${title(f)} role at a client of ours.\n> ${negative(locale, f)}\n> \n> ${recruiter.roman}\n> ${pick(['Senior Talent Partner', 'Recruitment Consultant', 'Head of Talent'])}\n> `);
    d.add(pick(['T ', `${word(locale, 'phone')} `, ''])).entity('PHONE', phoneFor(locale, true)).add('\n');
    if (chance(0.4)) d.add(`> ${pick(['M ', 'Mob. ', ''])}`).entity('PHONE', phoneFor(locale)).add('\n');
    if (chance(0.6)) d.add('> ').entity('ADDRESS', addressFor(locale, false)).add('\n');
  },
  /** A CV whose personal-data block is written in the local language, labelled or as bare lines. */
  localLanguageCv(d, locale, f, p) {
    const labelled = chance(0.6);
    const line = (key, type, value) => d.add(labelled ? `${word(locale, key)}: ` : '').entity(type, value).add('\n');
    d.add(`${labelled ? `${word(locale, 'name')}: ` : ''}${p.name}\n`);
    const items = shuffle([
      () => line('mobile', 'PHONE', phoneFor(locale)),
      () => line('email', 'EMAIL', p.email),
      () => line('address', 'ADDRESS', addressFor(locale, !labelled && chance(0.3))),
      () => (chance(0.55) ? d.add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n') : d.add(`${word(locale, 'nationality')}: ${pick(['—', 'dual', 'local'])}\n`)),
      () => d.add(`${word(locale, 'status')}: ${pick(['—', '1', '2'])}\n`),
      () => {
        if (chance(0.45)) {
          const [cue, value, type] = nationalId(locale, p);
          d.add(cue).entity(type, value).add('\n');
        } else if (chance(0.25)) {
          const [cue, value] = passport(locale);
          d.add(cue).entity('PASSPORT', value).add('\n');
        }
      },
      () => {
        const licence = driverLicence(locale);
        if (licence && chance(0.25)) d.add(licence[0]).entity('DRIVER_LICENSE', licence[1]).add('\n');
      },
    ]);
    for (const item of items) item();
    d.add(`\n${pick(['PROFILE', 'Profile', 'Summary'])}\n${pick(['Results-driven', 'Bilingual', 'Analytical', 'Creative'])} ${title(f)} with ${int(2, 16)} years of experience. ${negative(locale, f)}\n\n`);
    d.add(`${pick(['EXPERIENCE', 'Work experience'])}\n${int(2019, 2023)}–${pick(['present', '2026'])}  ${title(f)}, ${f.company.name()}\n  ${negative(locale, f)}\n${int(2013, 2017)}–${int(2018, 2022)}  ${title(f)}, ${f.company.name()}\n  ${negative(locale, f)}\n`);
    if (chance(0.3)) {
      const referee = person(locale);
      d.add(`\nReferences: ${referee.roman} `).entity('PHONE', phoneFor(locale)).add('\n');
    }
  },
  /** An expense claim for interview travel or relocation: receipts, amounts and flights as negatives; the account to refund, the claimant's contact. */
  expenseClaim(d, locale, f, p) {
    d.add(`${pick(['Expense claim', 'Reimbursement request', 'Travel expenses — interview day'])}\nClaimant: ${p.name}\n`);
    if (chance(0.7)) d.add(`${pick(['Home address: ', `${word(locale, 'address')}: `, 'Travelled from: '])}`).entity('ADDRESS', addressFor(locale, chance(0.3))).add('\n');
    d.add(`\n1. ${negative(locale, f)}\n2. ${negative(locale, f)}\n3. ${pick(['Hotel, 2 nights', 'Taxi to the office', 'Train, return'])}: ${int(20, 900)}.${digits(2)} ${CURRENCY[locale]}\n\n`);
    d.add(`${pick(['Please refund to: ', 'Bank details for the refund: ', 'Pay to '])}`);
    payment(d, locale);
    d.add('\n');
    if (chance(0.04)) d.add(`${pick(['Paid with card ', 'Charged to my card '])}`).entity('CREDIT_CARD', card()).add(' (personal card)\n');
    if (chance(0.35)) {
      const [cue, value, type] = nationalId(locale, p);
      d.add(`For tax withholding: ${cue}`).entity(type, value).add('\n');
    }
    if (chance(0.75)) d.add(`Questions: `).entity('PHONE', phoneFor(locale)).add(chance(0.5) ? ' / ' : '\n');
    if (d.text.endsWith(' / ')) d.entity('EMAIL', p.email).add('\n');
    d.add(`${negative(locale, f)}\n`);
  },
};

// ---------------------------------------------------------------- Korean document kinds
const KO_COMPANIES = ['(주)가온시스템', '하늘데이터 주식회사', '(주)새솔바이오', '도담커머스', '(주)이음모빌리티', '라온회계법인', '(주)별빛게임즈', '한울에너지 주식회사'];
const KO_KINDS = {
  /** 퇴사 인사 메일: a farewell to colleagues with the writer's personal contact. */
  퇴사인사(d, p) {
    d.add(`[인사] ${p.name}입니다. 그동안 감사했습니다\n\n안녕하세요, ${pick(['개발팀', '재무팀', '영업2팀', '디자인실'])} ${p.name}입니다.\n${int(1, 12)}년간 몸담았던 ${pick(KO_COMPANIES)}를 ${pick(['이번 주 금요일', '12월 31일', '내일'])}부로 떠나게 되었습니다. ${koreanNegative()}\n\n`);
    d.add('앞으로도 연락 주세요.\n');
    if (chance(0.85)) d.add(pick(['- 개인 휴대폰: ', '- 연락처 ', '- H.P '])).entity('PHONE', phoneFor('ko')).add('\n');
    if (chance(0.7)) d.add(pick(['- 개인 메일: ', '- 메일 '])).entity('EMAIL', p.email).add('\n');
    if (chance(0.3)) {
      const [cue, value, type] = nationalId('ko', p);
      d.add(`- 원천징수영수증 발급용 ${cue}`).entity(type, value).add('\n');
    }
    if (chance(0.3)) d.add('- 근처 오시면 들르세요: ').entity('ADDRESS', addressFor('ko')).add('\n');
    d.add(`\n${koreanNegative()}\n모두 건강하세요.\n${p.name} 드림\n`);
  },
  /** 면접 감사 메일 after an interview, sometimes with what the interviewer asked for. */
  면접감사(d, p) {
    const hr = person('ko');
    d.add(`받는 사람: `).entity('EMAIL', `${ascii(hr.latinLast).toLowerCase()}.${ascii(hr.latinFirst).toLowerCase()}@${pick(['gaon.co.kr', 'haneuldata.com', 'saesolbio.kr', 'raon-cpa.com'])}`).add(`\n제목: ${pick(['면접 기회에 감사드립니다', '오늘 면접 감사 인사드립니다', '[지원자 ' + p.name + '] 면접 후 요청 서류 회신'])}\n\n${hr.name} ${pick(['매니저님', '팀장님', '책임님'])}, 안녕하세요.\n오늘 면접에서 좋은 말씀 감사했습니다. ${koreanNegative()}\n`);
    const extra = pick(['dob', 'id', 'none', 'address']);
    if (extra === 'dob') d.add(`요청하신 생년월일은 `).entity('DATE_OF_BIRTH', birthDate('ko')).add('입니다.\n');
    else if (extra === 'id') {
      const [cue, value, type] = nationalId('ko', p);
      d.add(`평판 조회 동의서에 적을 ${cue}`).entity(type, value).add('\n');
    } else if (extra === 'address') d.add('계약서 송부 주소: ').entity('ADDRESS', addressFor('ko')).add('\n');
    d.add(`\n좋은 결과 기다리겠습니다.\n${p.name} 드림\n`);
    if (chance(0.7)) d.entity('PHONE', phoneFor('ko')).add('\n');
  },
  /** 연봉 협상 회신: amounts as negatives, contact in the signature. */
  연봉협상(d, p) {
    d.add(`안녕하세요, ${p.name}입니다.\n제안해 주신 처우(연봉 ${int(3500, 8000)}만 원, 성과급 ${int(0, 30)}%) 잘 받았습니다. 현 직장 연봉 ${int(3000, 7500)}만 원 수준을 고려해 희망연봉 ${int(4000, 9900)}만 원, 사이닝 보너스 ${int(300, 1500)}만 원을 요청드립니다. ${koreanNegative()}\n`);
    if (chance(0.3)) d.add('이사 예정 주소: ').entity('ADDRESS', addressFor('ko')).add('\n');
    d.add(`\n통화가 편하시면 ${pick(['오후 6시 이후', '점심시간', '언제든'])} `).entity('PHONE', phoneFor('ko')).add('로 연락 주세요.\n감사합니다.\n');
    if (chance(0.4)) d.entity('EMAIL', p.email).add('\n');
  },
  /** 인턴 지원서: the student's details, 학번 and 학점 as negatives. */
  인턴지원서(d, p) {
    d.add(`인턴십 지원서\n\n성명: ${p.name}\n${koreanNegative()}\n`);
    const items = shuffle([
      () => d.add('휴대폰: ').entity('PHONE', phoneFor('ko')),
      () => d.add('이메일: ').entity('EMAIL', p.email),
      () => d.add(pick(['주소: ', '현 거주지: '])).entity('ADDRESS', addressFor('ko')),
      () => d.add(pick(['생년월일: ', '생년월일 '])).entity('DATE_OF_BIRTH', birthDate('ko')),
      () => d.add(`비상연락처(${pick(['부', '모', '보호자'])}): `).entity('PHONE', phoneFor('ko')),
      () => d.add(`학번 ${int(2019, 2024)}${digits(5)}, 학점 ${int(3, 4)}.${digits(2)}/4.5`),
      () => {
        const [cue, value, type] = nationalId('ko', p);
        d.add(`(상해보험 가입용) ${cue}`).entity(type, value);
      },
      () => {
        if (chance(0.4)) {
          const [cue, value] = driverLicence('ko');
          d.add(`(현장 실습) ${cue}`).entity('DRIVER_LICENSE', value);
        } else d.add(koreanNegative());
      },
    ]).slice(0, int(3, 7));
    for (const item of items) {
      item();
      d.add('\n');
    }
    d.add(`\n지원 동기: ${pick(['데이터 분석 역량을 실무에서 키우고 싶습니다.', '게임 서버 개발에 관심이 많습니다.', '회계 실무를 배우고 싶습니다.'])}\n`);
    if (chance(0.2)) d.add('※ 작성 예시: 주민등록번호 ').decoy(krWritten(impossibleRegistration())).add(' (예시이므로 본인 번호로 작성)\n');
  },
  /** 초청장: a company's invitation for a foreign hire's visa, with 여권번호, 생년월일 and sometimes 외국인등록번호. */
  비자초청(d) {
    const company = pick(KO_COMPANIES);
    const guestLocale = pick(LOCALES);
    const guest = person(guestLocale);
    d.add(`초 청 장 (Letter of Invitation)\n\n수신: 주${pick(['베트남', '네팔', '우즈베키스탄', '중국', '콜롬비아', '아르메니아'])} 대한민국 대사관 영사과\n\n${company}은(는) 아래 사람을 ${pick(['전문인력(E-7)', '기업투자(D-8) 주재원', '연수'])}으로 초청합니다.\n\n성명: ${guest.roman}\n`);
    d.add(pick(['생년월일: ', 'Date of birth: '])).entity('DATE_OF_BIRTH', birthDate('ko')).add('\n');
    d.add(pick(['여권번호: ', 'Passport No.: '])).entity('PASSPORT', passport(guestLocale)[1]).add('\n');
    if (chance(0.4)) d.add('외국인등록번호(기존 체류 시): ').entity('KR_FRN', krWritten(registration('KR_FRN'))).add('\n');
    d.add(`근무처 주소: `).entity('ADDRESS', addressFor('ko')).add(`\n체류 기간: ${someDay()} ~ ${int(2027, 2029)}.12.31\n\n2026년 ${int(11, 12)}월 ${int(1, 28)}일\n${company} 대표이사 (인)\n${koreanNegative()}\n담당: 인사팀 `).entity('PHONE', phoneFor('ko', true));
    if (chance(0.6)) d.add(' / ').entity('EMAIL', `global.hr@${pick(['gaon.co.kr', 'eum-mobility.com', 'byeolbit.kr', 'hanul-energy.co.kr'])}`);
    d.add('\n');
  },
  /** 경비 청구: a candidate claiming interview travel costs, with the refund account. */
  경비청구(d, p) {
    d.add(`면접 교통비 청구서\n\n지원자: ${p.name}\n${koreanNegative()}\n${koreanNegative()}\n교통비 합계: ${int(2, 25)}${pick(['', ',000'])}${pick(['원', '천 원'])}\n\n`);
    const [lead, value, trail] = bankAccount('ko');
    d.add(`입금 계좌: ${lead}`).entity('BANK_ACCOUNT', value).add(`${trail} 예금주 ${p.name}\n`);
    if (chance(0.5)) d.add('연락처: ').entity('PHONE', phoneFor('ko')).add('\n');
    if (chance(0.35)) d.add('출발지(주소): ').entity('ADDRESS', addressFor('ko')).add('\n');
    if (chance(0.5)) {
      const [cue, valueId, type] = nationalId('ko', p);
      d.add(`원천징수 신고용 ${cue}`).entity(type, valueId).add('\n');
    }
    if (chance(0.2)) d.add('(앞서 적은 번호 ').decoy(krWritten(impossibleRegistration())).add('는 잘못 적은 것입니다.)\n');
  },
};

// ---------------------------------------------------------------- the set
const cases = [];
const push = (kind, locale, d) => cases.push(d.asCase(`w15-${pad(cases.length, 4)}`, `${kind}/${locale}`));
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
  if (chance(0.03)) d.add(`\n${pick(['Card on file for the assessment fee: ', 'Deposit paid with '])}`).entity('CREDIT_CARD', card()).add('\n');
  if (chance(0.1)) d.add(`\n${pick(['Ref. ', 'Dossier ', 'Archive no. '])}`).decoy(krWritten(impossibleRegistration())).add('\n');
  push(kind, locale, d);
}

// ---------------------------------------------------------------- Korean number vectors
// One number per sentence, with a cue naming its kind, a neutral lead-in, or nothing (frames of this
// set's own); the fourteen categories are written by scripts/lib/korean-number-vectors.mjs. Positives
// are labelled with their type; decoys (impossible registration numbers, a real one inside a longer
// digit run or joined to other digits by '+') are listed in impossibleResidentNumbers; business
// registration numbers and 군번/학번/수험번호 are plain negatives: a report of any type is a false positive.
const LEAD_INS = [['', ''], ['번호 다시 보내드려요 ', ''], ['', ' 로 등록 부탁드립니다'], ['정정: ', ''], ['No. ', ''], ['', ' (확인 완료)'], ['메모 - ', '']];
const FRAMES = {
  KR_RRN: [...LEAD_INS, ['주민등록번호: ', ''], ['주민번호 ', ' 입니다.'], ['연말정산용 주민번호는 ', '예요'], ['RRN ', '']],
  KR_FRN: [...LEAD_INS, ['외국인등록번호: ', ''], ['외국인 등록번호 ', ' (F-2)'], ['Alien registration no. ', ''], ['외국인등록증 번호는 ', '입니다']],
  decoy: [...LEAD_INS, ['주민등록번호: ', ''], ['외국인등록번호 ', ''], ['주민번호 ', ' 가 조회되지 않습니다']],
  PASSPORT: [['여권번호: ', ''], ['여권 번호 ', ' (2033년 만료)'], ['Passport No. ', ''], ['여권은 ', '입니다']],
  DRIVER_LICENSE: [['운전면허번호 ', ''], ['면허증 번호: ', ' (2종 보통)'], ['운전면허는 ', '이에요'], ['Driving licence ', '']],
  BANK_ACCOUNT: [['계좌번호 ', ''], ['환불 계좌: ', ' (본인 명의)'], ['월급 받는 계좌는 ', '입니다'], ['입금 계좌 ', '']],
  business: [['사업자번호 ', ''], ['사업자등록번호: ', ''], ['공급자 사업자 ', ' 확인 바랍니다'], ['Biz reg. no. ', '']],
  military: [['군번 ', ''], ['군번: ', ' (공군 병장 만기)'], ['학번: ', ''], ['수험번호 ', ' 로 조회']],
};
const { vector, vectors } = koreanVectorWriter({ pick, frames: FRAMES, idPrefix: 'w15-kr-' });
writeKoreanNumberVectors(
  vector,
  { int, pick, chance, digits },
  { written: krWritten, bornBetween, registration, impossibleRegistration, businessRegistrationNumber, passport: () => passport('ko')[1], driverLicence: () => driverLicence('ko')[1], bankAccount: () => bankAccount('ko')[1] },
);

// ---------------------------------------------------------------- write and freeze
const description =
  'Held-back labelled set for the Candor sensitive-data detector, wave 15 (scripts/build-pii-heldback-w15.mjs, fixed seed). ' +
  'Built by someone who never tunes the detector; frozen before the detector was run on it. Aggregates only: never print or read its misses.';
console.log(writeHeldBackSet(DIR, { description, seed: SEED, frozenOn: FROZEN_ON, generator: 'scripts/build-pii-heldback-w15.mjs', cases, vectors }));
