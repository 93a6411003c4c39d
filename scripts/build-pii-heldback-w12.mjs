// Builds test/fixtures/pii/heldback-w12/: the wave 12 held-back labelled set for the sensitive-data
// detector, written by someone who never tunes the detector (issue #10 §3).
//
//   node scripts/build-pii-heldback-w12.mjs     (writes documents.json, korean-numbers.json, manifest.json)
//
// The wave 11 set (heldback-w11/) had its figures published and is tuning data in wave 12; this set
// measures that tuning on text nobody has seen. Its own seed, locales no earlier set used (fi_FI,
// nb_NO, cs_CZ, tr_TR, de_AT, de_CH, fr_BE, en_PH, ja_JP, ro_RO) and Korean again, and document
// kinds no earlier set used: job-board application exports (JSON-ish and key: value), candidate
// tracker CSV rows, chat transcripts, OCR text of scanned forms (noise in labels only), freelancers'
// invoices, visa and relocation notes, reference-check call notes; in Korean 입사지원서 with 가족관계
// and 병역 sections, 전입신고서-like forms, pasted 카카오톡/문자 chats, recruiters' reply mails and
// portfolio contact pages. Labelling rules are those of heldback-w10/README.md and heldback-w11/README.md.
//
// Gold spans are recorded as the values are inserted (by rule, never by running the detector).
// Check digits are computed here and in scripts/lib/pii-values.mjs, independently of src/. Phones
// are drawn from each country's numbering plan and kept only when libphonenumber-js (max metadata)
// calls them valid numbers of that country.
//
// The whole set is held back: nobody tunes on it, reads its documents while tuning, or prints its
// misses. `npm run bench -- sensitive` prints aggregates only.
import { fakerCS_CZ, fakerDE_AT, fakerDE_CH, fakerEN_US, fakerFI, fakerFR_BE, fakerNB_NO, fakerRO, fakerTR } from '@faker-js/faker';
import { writeHeldBackSet } from './lib/held-back-set.mjs';
import { LabelledText as Doc, luhnComplete, shuffled } from './lib/labelled-text.mjs';
import { ascii, daysIn, ibanOf, krCheck, nationalIdMakers, pad, phoneOf, piiValueMakers, UPPER } from './lib/pii-values.mjs';
import { seededRandom } from './lib/seeded-random.mjs';

const SEED = 0x5eed_0c12;
const DOCUMENTS_PER_LOCALE = 100;
const KOREAN_DOCUMENTS = 250;
const FROZEN_ON = '2026-12-01';
const DIR = new URL('../test/fixtures/pii/heldback-w12/', import.meta.url);

const { int, pick, chance, digits } = seededRandom(SEED);
const letter = (from = UPPER) => from[int(0, from.length - 1)];
const nz = (n) => String(int(1, 9)) + digits(n - 1);
const shuffle = (items) => shuffled(items, int);
const { card, sin, aadhaar, pan, codiceFiscale, registration, bornBetween, impossibleRegistration, czechSlovakAccount: czechAccount, businessRegistrationNumber: businessNumber } = piiValueMakers({
  int,
  pick,
  chance,
  digits,
  letter,
});
const { ssn, nino, steuerId, nir, dni, bsn, chineseId, myNumber } = nationalIdMakers({ int, pick, chance, digits, letter });
/** Korean number layouts people type: hyphen (most), none, one space, spaced hyphen, full-width hyphen-minus. */
const krLayout = (n) => pick([`${n.slice(0, 6)}-${n.slice(6)}`, `${n.slice(0, 6)}-${n.slice(6)}`, `${n.slice(0, 6)}-${n.slice(6)}`, n, `${n.slice(0, 6)} ${n.slice(6)}`, `${n.slice(0, 6)} - ${n.slice(6)}`]);

// ---------------------------------------------------------------- phones, by country
const PHONES = {
  fi_FI: () =>
    phoneOf('FI', () => {
      const m = `${pick(['40', '41', '44', '45', '50'])}${digits(7)}`;
      return pick([
        `0${m.slice(0, 2)} ${m.slice(2, 5)} ${m.slice(5)}`,
        `0${m}`,
        `+358 ${m.slice(0, 2)} ${m.slice(2, 5)} ${m.slice(5)}`,
        `+358${m}`,
        `0${m.slice(0, 2)}-${m.slice(2)}`,
        `09 ${int(2, 8)}${digits(2)} ${digits(4)}`,
        `+358 9 ${int(2, 8)}${digits(3)} ${digits(3)}`,
        `(09) ${int(2, 8)}${digits(6)}`,
      ]);
    }),
  nb_NO: () =>
    phoneOf('NO', () => {
      const n = pick([`${pick(['4', '9'])}${digits(7)}`, `2${int(1, 4)}${digits(6)}`, `55${digits(6)}`, `73${digits(6)}`]);
      const mobile = `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`;
      const pairs = `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`;
      return pick([mobile, pairs, n, `+47 ${mobile}`, `+47 ${pairs}`, `0047 ${n}`, `(+47) ${n}`]);
    }),
  cs_CZ: () =>
    phoneOf('CZ', () => {
      const n = pick([`${pick(['60', '70', '72', '73', '77', '79'])}${int(1, 9)}${digits(6)}`, `2${int(2, 8)}${digits(7)}`, `5${int(4, 4)}${digits(7)}`]);
      const three = `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
      return pick([three, three, n, `+420 ${three}`, `+420${n}`, `00420 ${three}`, `(+420) ${n}`]);
    }),
  tr_TR: () =>
    phoneOf('TR', () => {
      const m = `5${pick(['30', '32', '33', '35', '42', '43', '05', '06', '52', '55'])}${int(2, 9)}${digits(6)}`;
      const land = `${pick(['212', '216', '312', '232'])}${int(2, 5)}${digits(6)}`;
      const n = chance(0.75) ? m : land;
      const g = `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`;
      return pick([`0${g}`, `0${g}`, `+90 ${g}`, `(0${n.slice(0, 3)}) ${n.slice(3, 6)} ${n.slice(6)}`, `0${n}`, `+90${n}`, `0 ${g}`, `+90 (${n.slice(0, 3)}) ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`]);
    }),
  de_AT: () =>
    phoneOf('AT', () => {
      const mobile = pick(['664', '676', '650', '660', '699', '681']);
      const m = `${int(1, 9)}${digits(6)}`;
      return pick([
        `0${mobile} ${m}`,
        `0${mobile}/${m}`,
        `+43 ${mobile} ${m}`,
        `+43 (0)${mobile} ${m.slice(0, 3)} ${m.slice(3, 5)} ${m.slice(5)}`,
        `0${mobile} ${m.slice(0, 3)} ${m.slice(3, 5)} ${m.slice(5)}`,
        `01 ${int(2, 9)}${digits(2)} ${digits(2)} ${digits(2)}`,
        `+43 1 ${int(2, 9)}${digits(6)}`,
        `0316 ${int(2, 9)}${digits(5)}`,
        `+43 512 ${int(2, 9)}${digits(5)}`,
      ]);
    }),
  de_CH: () =>
    phoneOf('CH', () => {
      const pre = pick(['76', '77', '78', '79', '79', '44', '31', '61', '41', '71']);
      const n = `${int(2, 9)}${digits(6)}`;
      const spaced = `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`;
      return pick([`0${pre} ${spaced}`, `0${pre} ${spaced}`, `+41 ${pre} ${spaced}`, `+41 (0)${pre} ${spaced}`, `0041 ${pre} ${spaced}`, `0${pre}${n}`, `+41${pre}${n}`, `0${pre}/${spaced}`]);
    }),
  fr_BE: () =>
    phoneOf('BE', () => {
      if (chance(0.6)) {
        const m = `4${pick(['70', '71', '72', '73', '75', '76', '77', '78', '79', '85', '86', '87', '88', '89', '90', '91', '92', '93', '94', '95', '96', '97', '98', '99'])}${digits(6)}`;
        const g = `${m.slice(0, 3)} ${m.slice(3, 5)} ${m.slice(5, 7)} ${m.slice(7)}`;
        return pick([`0${g}`, `0${g}`, `0${m.slice(0, 3)}/${m.slice(3, 5)}.${m.slice(5, 7)}.${m.slice(7)}`, `+32 ${g}`, `+32 (0)${g}`, `0032 ${g}`, `0${m}`]);
      }
      const area = pick(['2', '3', '9', '10', '65', '81']);
      const n = `${int(2, 9)}${digits(area.length === 1 ? 6 : 5)}`;
      const g = area.length === 1 ? `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}` : `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)}`;
      return pick([`0${area} ${g}`, `0${area}/${g}`, `+32 ${area} ${g}`]);
    }),
  en_PH: () =>
    phoneOf('PH', () => {
      const m = `9${pick(['17', '18', '19', '05', '06', '15', '16', '26', '27', '47', '56', '98'])}${digits(7)}`;
      const manila = `8${digits(7)}`;
      return pick([
        `0${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6)}`,
        `0${m}`,
        `0${m.slice(0, 3)}-${m.slice(3, 6)}-${m.slice(6)}`,
        `+63 ${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6)}`,
        `+63${m}`,
        `+63-${m.slice(0, 3)}-${m.slice(3, 6)}-${m.slice(6)}`,
        `(02) ${manila.slice(0, 4)} ${manila.slice(4)}`,
        `(02) ${manila.slice(0, 4)}-${manila.slice(4)}`,
        `+63 2 ${manila.slice(0, 4)} ${manila.slice(4)}`,
      ]);
    }),
  ja_JP: () =>
    phoneOf('JP', () => {
      const m = `${pick(['90', '80', '70'])}${int(1, 9)}${digits(7)}`;
      const land = pick([['3', 4], ['6', 4], ['45', 3], ['52', 3], ['92', 3], ['11', 3]]);
      const l = `${int(2, 9)}${digits(land[1] - 1)}`;
      return pick([
        `0${m.slice(0, 2)}-${m.slice(2, 6)}-${m.slice(6)}`,
        `0${m.slice(0, 2)}-${m.slice(2, 6)}-${m.slice(6)}`,
        `0${m}`,
        `+81 ${m.slice(0, 2)}-${m.slice(2, 6)}-${m.slice(6)}`,
        `+81-${m.slice(0, 2)}-${m.slice(2, 6)}-${m.slice(6)}`,
        `0${land[0]}-${l}-${digits(4)}`,
        `(0${land[0]}) ${l}-${digits(4)}`,
        `+81 ${land[0]} ${l} ${digits(4)}`,
      ]);
    }),
  ro_RO: () =>
    phoneOf('RO', () => {
      const m = `7${pick(['2', '3', '4', '5', '6', '8'])}${digits(7)}`;
      const land = `21${int(2, 3)}${digits(6)}`;
      const n = chance(0.75) ? m : land;
      const g = n.startsWith('21') ? `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}` : `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
      return pick([`0${g}`, `0${g}`, `0${n}`, `+40 ${g}`, `+40${n}`, `0040 ${g}`, `0${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`, `(+40) ${n}`]);
    }),
  ko: () =>
    phoneOf('KR', () => {
      const mid = `${int(2, 9)}${digits(3)}`;
      const area = pick(['02', '031', '032', '042', '051', '053', '062', '064', '070']);
      const local = area === '02' ? `${int(2, 9)}${digits(3)}` : `${int(2, 9)}${digits(2 + int(0, 1))}`;
      return pick([
        `010-${mid}-${digits(4)}`,
        `010-${mid}-${digits(4)}`,
        `010.${mid}.${digits(4)}`,
        `010 ${mid} ${digits(4)}`,
        `010${mid}${digits(4)}`,
        `+82 10 ${mid} ${digits(4)}`,
        `+82)10-${mid}-${digits(4)}`,
        `${area}-${local}-${digits(4)}`,
        `${area}.${local}.${digits(4)}`,
        `(${area}) ${local}-${digits(4)}`,
      ]);
    }),
};
const phoneFor = (locale) => PHONES[locale]();

// ---------------------------------------------------------------- addresses, by country
const FI_PLACES = [['00100', 'Helsinki'], ['00530', 'Helsinki'], ['00180', 'Helsinki'], ['02150', 'Espoo'], ['01300', 'Vantaa'], ['33100', 'Tampere'], ['20100', 'Turku'], ['90100', 'Oulu'], ['40100', 'Jyväskylä'], ['70100', 'Kuopio']];
const FI_STREETS = ['Mannerheimintie', 'Hämeentie', 'Fleminginkatu', 'Hämeenkatu', 'Aleksanterinkatu', 'Otakaari', 'Kauppakatu', 'Puistokatu', 'Kirkkokatu', 'Itäinen Pitkäkatu', 'Tietotie'];
const NO_PLACES = [['0155', 'Oslo'], ['0557', 'Oslo'], ['0260', 'Oslo'], ['0474', 'Oslo'], ['5003', 'Bergen'], ['5014', 'Bergen'], ['7011', 'Trondheim'], ['4006', 'Stavanger'], ['9008', 'Tromsø'], ['1366', 'Lysaker']];
const NO_STREETS = ['Storgata', 'Markveien', 'Thereses gate', 'Bygdøy allé', 'Kirkeveien', 'Strandgaten', 'Olav Tryggvasons gate', 'Kongsgårdbakken', 'Sandviksveien', 'Trondheimsveien'];
const CZ_PLACES = [['120 00', 'Praha 2'], ['130 00', 'Praha 3'], ['170 00', 'Praha 7'], ['140 00', 'Praha 4'], ['602 00', 'Brno'], ['612 00', 'Brno'], ['702 00', 'Ostrava'], ['301 00', 'Plzeň'], ['779 00', 'Olomouc'], ['370 01', 'České Budějovice']];
const CZ_STREETS = ['Vinohradská', 'Korunní', 'Dělnická', 'Masarykova', 'Husova', 'Palackého', 'Nádražní', 'Komenského', 'Sokolovská', 'Jugoslávských partyzánů', 'Lidická'];
const TR_PLACES = [['34710', 'Kadıköy', 'İstanbul'], ['34363', 'Şişli', 'İstanbul'], ['34330', 'Beşiktaş', 'İstanbul'], ['06420', 'Çankaya', 'Ankara'], ['06530', 'Çankaya', 'Ankara'], ['35220', 'Konak', 'İzmir'], ['16140', 'Nilüfer', 'Bursa'], ['07100', 'Muratpaşa', 'Antalya']];
const TR_MAH = ['Caferağa Mah.', 'Moda Mah.', 'Kızılay Mah.', 'Levent Mah.', 'Cumhuriyet Mah.', 'Alsancak Mah.', 'Fenerbahçe Mah.', 'Bahçelievler Mah.'];
const TR_STREETS = ['Bağdat Cad.', 'Atatürk Cad.', 'Moda Cad.', 'İnönü Sok.', 'Kıbrıs Şehitleri Cad.', 'Gazi Mustafa Kemal Blv.', 'Ihlamur Sok.', 'Tunalı Hilmi Cad.', 'Cumhuriyet Bulvarı'];
const AT_PLACES = [['1060', 'Wien'], ['1070', 'Wien'], ['1030', 'Wien'], ['1100', 'Wien'], ['1190', 'Wien'], ['8010', 'Graz'], ['4020', 'Linz'], ['5020', 'Salzburg'], ['6020', 'Innsbruck'], ['9020', 'Klagenfurt']];
const AT_STREETS = ['Mariahilfer Straße', 'Neubaugasse', 'Landstraßer Hauptstraße', 'Favoritenstraße', 'Herrengasse', 'Getreidegasse', 'Maria-Theresien-Straße', 'Annenstraße', 'Landstraße', 'Wiedner Hauptstraße', 'Josefstädter Straße'];
const CH_PLACES = [['8001', 'Zürich'], ['8004', 'Zürich'], ['8045', 'Zürich'], ['3011', 'Bern'], ['3007', 'Bern'], ['4051', 'Basel'], ['6003', 'Luzern'], ['9000', 'St. Gallen'], ['8400', 'Winterthur'], ['5400', 'Baden']];
const CH_STREETS = ['Bahnhofstrasse', 'Langstrasse', 'Seefeldstrasse', 'Kramgasse', 'Marktgasse', 'Freie Strasse', 'Steinenvorstadt', 'Pilatusstrasse', 'Rorschacher Strasse', 'Badenerstrasse', 'Zürichbergstrasse'];
const BE_PLACES = [['1000', 'Bruxelles'], ['1050', 'Ixelles'], ['1060', 'Saint-Gilles'], ['1040', 'Etterbeek'], ['1030', 'Schaerbeek'], ['4000', 'Liège'], ['5000', 'Namur'], ['6000', 'Charleroi'], ['1348', 'Louvain-la-Neuve'], ['7000', 'Mons']];
const BE_STREETS = ['Rue de la Loi', 'Avenue Louise', 'Chaussée de Wavre', 'Rue Haute', 'Boulevard Anspach', 'Rue du Midi', 'Place Flagey', 'Rue Saint-Gilles', 'Avenue de Tervueren', 'Rue des Guillemins', 'Chaussée d’Ixelles'];
const PH_PLACES = [
  ['Brgy. San Antonio', 'Pasig City', '1605', 'Metro Manila'], ['Brgy. Poblacion', 'Makati City', '1210', 'Metro Manila'], ['Brgy. Kapitolyo', 'Pasig City', '1603', 'Metro Manila'],
  ['Brgy. Malate', 'Manila', '1004', 'Metro Manila'], ['Brgy. Lahug', 'Cebu City', '6000', 'Cebu'], ['Brgy. Lanang', 'Davao City', '8000', 'Davao del Sur'], ['Brgy. Teachers Village East', 'Quezon City', '1101', 'Metro Manila'],
];
const PH_STREETS = ['Mabini St.', 'J.P. Rizal St.', 'Shaw Blvd.', 'Ortigas Ave.', 'Katipunan Ave.', 'Aguirre Ave.', 'Gorordo Ave.', 'Roxas Blvd.', 'Kalayaan Ave.', 'Maginhawa St.'];
const JP_PLACES = [
  ['150-0002', '東京都渋谷区渋谷', 'Shibuya', 'Shibuya-ku, Tokyo'], ['160-0022', '東京都新宿区新宿', 'Shinjuku', 'Shinjuku-ku, Tokyo'], ['106-0032', '東京都港区六本木', 'Roppongi', 'Minato-ku, Tokyo'],
  ['530-0001', '大阪府大阪市北区梅田', 'Umeda', 'Kita-ku, Osaka'], ['220-0012', '神奈川県横浜市西区みなとみらい', 'Minatomirai', 'Nishi-ku, Yokohama'], ['460-0008', '愛知県名古屋市中区栄', 'Sakae', 'Naka-ku, Nagoya'],
  ['810-0001', '福岡県福岡市中央区天神', 'Tenjin', 'Chuo-ku, Fukuoka'], ['060-0061', '北海道札幌市中央区南一条西', 'Minami 1-jo Nishi', 'Chuo-ku, Sapporo'],
];
const JP_BUILDINGS = ['ハイツ', 'マンション', 'レジデンス', 'コーポ', 'ビル'];
const RO_PLACES = [['010061', 'București', 'Sector 1'], ['020335', 'București', 'Sector 2'], ['030167', 'București', 'Sector 3'], ['400129', 'Cluj-Napoca', ''], ['300011', 'Timișoara', ''], ['700259', 'Iași', ''], ['500030', 'Brașov', '']];
const RO_STREETS = ['Str. Victoriei', 'Calea Victoriei', 'Bd. Eroilor', 'Str. Memorandumului', 'Calea Dorobanților', 'Bd. Unirii', 'Str. Lăpușneanu', 'Șos. Kiseleff', 'Str. Republicii', 'Bd. 21 Decembrie 1989'];
const KR_ROADS = [
  ['인천광역시', '인천', '연수구', '컨벤시아대로', '송도동'], ['광주광역시', '광주', '서구', '상무중앙로', '치평동'], ['대전광역시', '대전', '유성구', '대학로', '궁동'],
  ['제주특별자치도', '제주', '제주시', '연북로', '노형동'], ['경상남도', '경남', '창원시 성산구', '중앙대로', '용호동'], ['경기도', '경기', '수원시 영통구', '광교중앙로', '이의동'],
  ['경기도', '경기', '성남시 분당구', '판교역로', '백현동'], ['서울특별시', '서울', '마포구', '월드컵북로', '성산동'], ['서울특별시', '서울', '강서구', '공항대로', '마곡동'],
  ['서울특별시', '서울', '송파구', '올림픽로', '잠실동'], ['전라남도', '전남', '순천시', '연향번영길', '연향동'], ['경상북도', '경북', '포항시 남구', '중앙로', '상도동'],
];
const KR_BUILDINGS = ['자이', '아이파크', 'e편한세상', '더샵', '롯데캐슬', '주공아파트', '오피스텔', '빌라'];

const ADDRESSES = {
  fi_FI: (f, multiline) => {
    const [pc, city] = pick(FI_PLACES);
    if (chance(0.07)) return `PL ${int(10, 999)}, ${pc} ${city.toUpperCase()}`;
    const line1 = `${pick(FI_STREETS)} ${int(1, 120)}${pick(['', '', ` ${letter('ABCD')} ${int(1, 60)}`, ` as. ${int(1, 40)}`, ` C`])}`;
    return multiline ? `${line1}\n${pc} ${pick([city, city.toUpperCase()])}` : `${line1}, ${pc} ${city}`;
  },
  nb_NO: (f, multiline) => {
    const [pc, city] = pick(NO_PLACES);
    if (chance(0.07)) return `Postboks ${int(1, 9999)} ${pick(['Sentrum', 'Majorstuen', 'St. Olavs plass'])}, ${pc} ${city}`;
    const line1 = `${pick(NO_STREETS)} ${int(1, 140)}${pick(['', '', letter('ABC'), `, leil. H0${int(1, 6)}0${int(1, 4)}`])}`;
    return multiline ? `${line1}\n${pc} ${pick([city, city.toUpperCase()])}` : `${line1}, ${pc} ${city}`;
  },
  cs_CZ: (f, multiline) => {
    const [psc, city] = pick(CZ_PLACES);
    const line1 = `${pick(CZ_STREETS)} ${int(100, 2999)}/${int(1, 120)}${chance(0.2) ? letter('abc') : ''}`;
    return multiline ? `${line1}\n${psc} ${city}` : `${line1}, ${psc} ${city}`;
  },
  tr_TR: (f, multiline) => {
    const [pk, ilce, il] = pick(TR_PLACES);
    const line1 = `${chance(0.6) ? `${pick(TR_MAH)} ` : ''}${pick(TR_STREETS)} No:${chance(0.5) ? ' ' : ''}${int(1, 240)}${pick(['', ` D:${int(1, 20)}`, ` Daire: ${int(1, 20)}`, `/${int(1, 12)}`, ` Kat: ${int(1, 9)}`])}`;
    const tail = pick([`${pk} ${ilce}/${il}`, `${ilce}, ${il} ${pk}`, `${pk} ${ilce} / ${il.toUpperCase()}`]);
    return multiline ? `${line1}\n${tail}` : `${line1}, ${tail}`;
  },
  de_AT: (f, multiline) => {
    const [plz, city] = pick(AT_PLACES);
    const street = chance(0.3) ? f.location.street() : pick(AT_STREETS);
    const number = `${int(1, 160)}${pick(['', '', `/${int(1, 9)}`, `/${int(1, 9)}/${int(1, 30)}`, `/Stiege ${int(1, 4)}/Top ${int(1, 24)}`, `, Top ${int(1, 40)}`])}`;
    const zip = chance(0.15) ? `A-${plz}` : plz;
    return multiline ? `${street} ${number}\n${zip} ${city}` : `${street} ${number}, ${zip} ${city}`;
  },
  de_CH: (f, multiline) => {
    const [plz, city] = pick(CH_PLACES);
    if (chance(0.07)) return `Postfach ${int(100, 9999)}, ${plz} ${city}`;
    const street = pick(CH_STREETS);
    const line1 = `${street} ${int(1, 240)}${pick(['', '', letter('abc'), ''])}`;
    const zip = chance(0.15) ? `CH-${plz}` : plz;
    return multiline ? `${chance(0.15) ? `c/o ${f.person.lastName()}\n` : ''}${line1}\n${zip} ${city}` : `${line1}, ${zip} ${city}`;
  },
  fr_BE: (f, multiline) => {
    const [cp, city] = pick(BE_PLACES);
    const line1 = `${pick(BE_STREETS)} ${int(1, 300)}${pick(['', '', ` bte ${int(1, 30)}`, `/${int(1, 9)}`, ` boîte ${int(1, 12)}`, ` bus ${int(1, 9)}`])}`;
    const zip = chance(0.12) ? `B-${cp}` : cp;
    return multiline ? `${line1}\n${zip} ${city}` : `${line1}, ${zip} ${city}`;
  },
  en_PH: (f, multiline) => {
    const [brgy, city, zip, region] = pick(PH_PLACES);
    const line1 = pick([
      () => `${int(1, 999)} ${pick(PH_STREETS)}`,
      () => `Unit ${int(2, 40)}${letter('ABCDEF')}, ${pick(['The Residences', 'Avida Towers', 'SMDC Light Residences', 'One Serendra'])} ${pick(['Tower 1', 'Tower 2', 'East Tower'])}, ${pick(PH_STREETS)}`,
      () => `Blk ${int(1, 40)} Lot ${int(1, 60)}, ${pick(['Phase 1', 'Phase 2', 'Phase 3'])}, ${pick(['Camella Homes', 'Lessandra', 'BF Homes'])}`,
    ])();
    const tail = pick([`${brgy}, ${city}, ${zip} ${region}`, `${brgy}, ${city} ${zip}`, `${city}, ${region} ${zip}`]);
    return multiline ? `${line1}\n${tail}` : `${line1}, ${tail}`;
  },
  ja_JP: (f, multiline, latin = false) => {
    const [zip, ja, en, area] = pick(JP_PLACES);
    const [c, b, g] = [int(1, 5), int(1, 30), int(1, 25)];
    if (latin) {
      const room = pick(['', `${pick(['Heights', 'Mansion', 'Residence'])} ${int(101, 1205)}, `, `Room ${int(101, 905)}, `]);
      return multiline ? `${room}${c}-${b}-${g} ${en}\n${area} ${zip}` : `${room}${c}-${b}-${g} ${en}, ${area} ${zip}${chance(0.3) ? ', Japan' : ''}`;
    }
    const number = pick([`${c}丁目${b}番${g}号`, `${c}-${b}-${g}`, `${c}丁目${b}-${g}`]);
    const room = pick(['', '', ` ${pick(['グリーン', 'サンライズ', 'メゾン', 'パーク', 'エクセル'])}${pick(JP_BUILDINGS)}${int(101, 1205)}号室`, ` ${pick(JP_BUILDINGS)}${int(2, 20)}F`, ` ${int(101, 905)}号`]);
    const head = multiline ? `〒${zip}\n` : pick([`〒${zip} `, `〒${zip}`, `${zip} `, '']);
    return `${head}${ja}${number}${room}`;
  },
  ro_RO: (f, multiline) => {
    const [cod, city, sector] = pick(RO_PLACES);
    const parts = [`${pick(RO_STREETS)} nr. ${int(1, 220)}`];
    if (chance(0.5)) parts.push(`bl. ${letter('ABCDM')}${int(1, 30)}`, `sc. ${int(1, 4)}`, `et. ${int(1, 10)}`, `ap. ${int(1, 120)}`);
    else if (chance(0.3)) parts.push(`ap. ${int(1, 40)}`);
    const tail = pick([`${sector ? `${sector}, ` : ''}${city} ${cod}`, `${cod} ${city}${sector ? `, ${sector}` : ''}`, `${city}${sector ? `, ${sector.toLowerCase()}` : ''}, cod poștal ${cod}`]);
    return multiline ? `${parts.join(', ')}\n${tail}` : `${parts.join(', ')}, ${tail}`;
  },
  ko: () => {
    const [sido, short, gu, road, dong] = pick(KR_ROADS);
    const zip = pick(['', '', '', `(우편번호 ${pad(int(1000, 63999), 5)}) `, `${pad(int(1000, 63999), 5)} `, `(우 ${pad(int(1000, 63999), 5)}) `]);
    const region = `${chance(0.5) ? sido : short}${gu ? ` ${gu}` : ''}`;
    if (chance(0.2)) return `${zip}${region} ${dong} ${int(1, 1999)}-${int(1, 99)}${pick(['', ` ${pick(KR_BUILDINGS)} ${int(101, 120)}동 ${int(1, 25)}0${int(1, 4)}호`, ` ${int(2, 5)}층`])}`;
    const gil = chance(0.3) ? `${int(1, 80)}번길` : chance(0.2) ? `${int(1, 40)}길` : '';
    const unit = pick(['', '', `, ${int(101, 120)}동 ${int(1, 30)}0${int(1, 4)}호`, ` ${int(2, 15)}층`, `, ${int(101, 1802)}호`, ` ${pick(KR_BUILDINGS)} ${int(101, 120)}동 ${int(101, 2504)}호`]);
    const ref = chance(0.25) ? ` (${dong})` : '';
    return `${zip}${region} ${road}${gil} ${int(1, 500)}${unit}${ref}`;
  },
};

// ---------------------------------------------------------------- ids the detector claims (expatriates' and Japan's)
/** [cue or neutral lead-in, value, type] for an id of a claimed type plausible in `locale`, or null. */
function nationalId(locale, p) {
  const named = chance(0.65);
  const neutral = () => pick(['For payroll: ', 'Ref. for HR: ', 'As discussed: ', 'ID (home country): ']);
  const choice = {
    fi_FI: () => (chance(0.5) ? [named ? 'Steuer-ID (Germany): ' : neutral(), steuerId(), 'DE_TAX_ID'] : [named ? 'National Insurance number (UK): ' : neutral(), nino(), 'UK_NINO']),
    nb_NO: () => pick([() => [named ? 'Aadhaar: ' : neutral(), aadhaar(), 'IN_AADHAAR'], () => [named ? 'PAN (India): ' : neutral(), pan(p.last), 'IN_PAN'], () => [named ? 'UK NI no. ' : neutral(), nino(), 'UK_NINO']])(),
    cs_CZ: () => (chance(0.5) ? [named ? 'NI number (UK): ' : neutral(), nino(), 'UK_NINO'] : [named ? 'Codice fiscale: ' : neutral(), codiceFiscale(p.first, p.last), 'IT_FISCAL_CODE']),
    tr_TR: () => [named ? pick(['Steuer-ID (Almanya): ', 'Alman vergi kimlik no (Steuer-ID): ']) : pick(['Bordro için: ', neutral()]), steuerId(), 'DE_TAX_ID'],
    de_AT: () => [named ? pick(['Steuer-ID (DE): ', 'deutsche Steuer-Identifikationsnummer: ']) : pick(['Für die Personalverrechnung: ', 'Angaben: ']), steuerId(), 'DE_TAX_ID'],
    de_CH: () => (chance(0.5) ? [named ? pick(['Codice fiscale: ', 'ital. Steuernummer (Codice fiscale) ']) : pick(['Für die Lohnbuchhaltung: ', 'Angaben: ']), codiceFiscale(p.first, p.last), 'IT_FISCAL_CODE'] : [named ? 'Steuer-ID (Deutschland): ' : pick(['Für die Quellensteuer: ', 'Angaben: ']), steuerId(), 'DE_TAX_ID']),
    fr_BE: () => pick([
      () => [named ? pick(['N° de sécurité sociale (France) : ', 'NIR : ']) : pick(['Pour le secrétariat social : ', 'Référence : ']), nir(), 'FR_NIR'],
      () => [named ? pick(['BSN (Pays-Bas) : ', 'Burgerservicenummer: ']) : pick(['Pour le secrétariat social : ', 'Référence : ']), bsn(), 'NL_BSN'],
      () => [named ? pick(['NIE : ', 'DNI espagnol : ']) : pick(['Pour le secrétariat social : ', 'Référence : ']), dni(), 'ES_DNI'],
    ])(),
    en_PH: () => (chance(0.55) ? [named ? pick(['SSN (US): ', 'US Social Security No. ']) : neutral(), ssn(), 'US_SSN'] : [named ? pick(['Canadian SIN: ', 'SIN (Canada): ']) : neutral(), sin(), 'CA_SIN']),
    ja_JP: () => (chance(0.7) ? [named ? pick(['マイナンバー: ', '個人番号：', 'My Number: ', '個人番号（マイナンバー） ']) : pick(['給与計算用：', 'For payroll: ']), myNumber(), 'JP_MY_NUMBER'] : [named ? pick(['居民身份证号码：', 'PRC ID no. ', '身份证号 ']) : pick(['本人確認用：', neutral()]), chineseId(), 'CN_RESIDENT_ID']),
    ro_RO: () => (chance(0.55) ? [named ? pick(['Codice fiscale (Italia): ', 'cod fiscal italian ']) : pick(['Pentru salarizare: ', neutral()]), codiceFiscale(p.first, p.last), 'IT_FISCAL_CODE'] : [named ? pick(['NIE (Spania): ', 'NIE: ']) : pick(['Pentru salarizare: ', neutral()]), dni(), 'ES_DNI']),
    ko: () => {
      const kind = chance(0.65) ? 'KR_RRN' : 'KR_FRN';
      const cue = kind === 'KR_RRN' ? pick(['주민등록번호: ', '주민번호 ', '주민등록번호(13자리) ']) : pick(['외국인등록번호: ', '외국인 등록번호 ', '등록번호(외국인) ']);
      return [named ? cue : pick(['본인 확인: ', '서류용 ']), krLayout(registration(kind)), kind];
    },
  }[locale];
  return choice ? choice() : null;
}
function passport(locale) {
  const value = {
    fi_FI: () => `${letter()}${letter()}${digits(7)}`, nb_NO: () => `${letter('CDFKLMNPRT')}${letter()}${digits(7)}`, cs_CZ: () => digits(8), tr_TR: () => `U${digits(8)}`,
    de_AT: () => `${letter('PU')}${digits(7)}`, de_CH: () => `${letter('SX')}${digits(7)}`, fr_BE: () => `${letter('EG')}${letter()}${digits(6)}`, en_PH: () => `P${digits(7)}${letter('AB')}`,
    ja_JP: () => `${letter('MT')}${letter('KRSZ')}${digits(7)}`, ro_RO: () => `0${digits(8)}`, ko: () => (chance(0.5) ? `M${digits(8)}` : `M${digits(3)}${letter('ABCDEFGHJKLMNPQRSTUVWXYZ')}${digits(4)}`),
  }[locale]();
  const cue = {
    fi_FI: ['Passin numero: ', 'Passi nro '], nb_NO: ['Passnummer: ', 'Pass nr. '], cs_CZ: ['Číslo pasu: ', 'Cestovní pas č. '], tr_TR: ['Pasaport No: ', 'Pasaport numarası: '],
    de_AT: ['Reisepass Nr. ', 'Reisepassnummer: '], de_CH: ['Pass-Nr.: ', 'Schweizer Pass Nr. '], fr_BE: ['Passeport n° ', 'N° de passeport : '], ja_JP: ['旅券番号：', 'パスポート番号 '],
    ro_RO: ['Pașaport nr. ', 'Nr. pașaport: '], ko: ['여권번호: ', '여권 No. '],
  }[locale];
  return [cue && chance(0.6) ? pick(cue) : pick(['Passport No. ', 'Passport: ', 'passport number ']), value];
}
function driverLicence(locale) {
  const value = {
    fi_FI: () => digits(9), nb_NO: () => `${digits(3)} ${digits(3)} ${digits(3)}`, cs_CZ: () => `${letter('E')}${letter('ABCDEFGH')} ${digits(6)}`, tr_TR: () => digits(6),
    de_AT: () => digits(8), de_CH: () => `${digits(6)}${chance(0.5) ? ` ${digits(3)}` : ''}`, fr_BE: () => digits(10), en_PH: () => `${letter('NDAKC')}${digits(2)}-${digits(2)}-${digits(6)}`,
    ja_JP: () => `第${digits(12)}号`, ro_RO: () => `${digits(9)}`, ko: () => `${pick(['서울 ', '경기 ', '부산 ', '11-', '13-', '26-'])}${digits(2)}-${digits(6)}-${digits(2)}`,
  }[locale]();
  const cue = {
    fi_FI: 'Ajokortin numero: ', nb_NO: 'Førerkortnummer: ', cs_CZ: 'Řidičský průkaz č. ', tr_TR: 'Sürücü belgesi no: ', de_AT: 'Führerschein-Nr. ', de_CH: 'Führerausweis-Nr. ',
    fr_BE: 'Permis de conduire n° ', en_PH: "LTO Driver's License No. ", ja_JP: '運転免許証番号：', ro_RO: 'Permis de conducere nr. ', ko: '운전면허번호: ',
  }[locale];
  if (locale === 'ja_JP') {
    const n = value.slice(1, -1);
    return chance(0.5) ? [cue, n] : ["Driver's licence no. ", n];
  }
  return [chance(0.7) ? cue : pick(["Driver's licence: ", 'Driving licence no. ']), value];
}

// ---------------------------------------------------------------- banking
const IBAN_BBAN = {
  FI: () => luhnComplete(`${pick(['123456', '157131', '800012', '405530', '500001'])}${digits(7)}`),
  NO: () => norwegianAccount(),
  CZ: () => {
    const account = czechAccount();
    return `${pick(['0800', '0100', '0300', '2010', '5500'])}${account.prefix.padStart(6, '0')}${account.number.padStart(10, '0')}`;
  },
  TR: () => `${pick(['00010', '00012', '00046', '00062', '00064'])}0${digits(16)}`,
  AT: () => `${pick(['12000', '20111', '14000', '32000', '60000'])}${digits(11)}`,
  CH: () => `${pick(['00762', '00230', '00700', '80808', '09000'])}${digits(12)}`,
  BE: () => {
    const ten = `${pick(['001', '068', '310', '363', '539', '735'])}${digits(7)}`;
    const check = Number(BigInt(ten) % 97n) || 97;
    return `${ten}${pad(check, 2)}`;
  },
  RO: () => `${pick(['RNCB', 'BTRL', 'INGB', 'BACX', 'RZBR'])}${digits(16)}`,
};
const IBAN_COUNTRY = { fi_FI: 'FI', nb_NO: 'NO', cs_CZ: 'CZ', tr_TR: 'TR', de_AT: 'AT', de_CH: 'CH', fr_BE: 'BE', ro_RO: 'RO' };
function iban(country) {
  const compact = ibanOf(country, IBAN_BBAN[country]());
  return pick([compact.match(/.{1,4}/g).join(' '), compact.match(/.{1,4}/g).join(' '), compact]);
}
/** Norwegian kontonummer: 4 bank + 6 account + MOD 11 check (weights 5,4,3,2,7,6,5,4,3,2). */
function norwegianAccount() {
  for (;;) {
    const ten = `${pick(['1503', '1254', '9710', '3000', '1206', '6030'])}${digits(6)}`;
    const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    let s = 0;
    for (let i = 0; i < 10; i++) s += Number(ten[i]) * w[i];
    const r = s % 11;
    if (r === 1) continue;
    return `${ten}${r === 0 ? 0 : 11 - r}`;
  }
}
/** A domestic account number with the words around it: [lead-in, account, trailer]; only the account is labelled. */
function bankAccount(locale) {
  switch (locale) {
    case 'nb_NO': {
      const n = norwegianAccount();
      return [pick(['Kontonummer: ', 'Lønnskonto ', 'Account no. ']), pick([`${n.slice(0, 4)}.${n.slice(4, 6)}.${n.slice(6)}`, `${n.slice(0, 4)} ${n.slice(4, 6)} ${n.slice(6)}`, n]), ''];
    }
    case 'cs_CZ': {
      const a = czechAccount();
      return [pick(['Číslo účtu: ', 'Bankovní účet ', 'Account: ']), `${a.prefix ? `${a.prefix}-` : ''}${a.number}`, `/${pick(['0800', '0100', '0300', '2010', '3030'])}`];
    }
    case 'en_PH':
      return pick([
        [`${pick(['BDO', 'BPI', 'Metrobank', 'UnionBank'])} savings account no. `, pick([`${digits(4)}-${digits(4)}-${digits(2)}`, `${digits(3)}-${digits(3)}-${digits(4)}`, nz(12)]), ''],
        ['Payroll account (BPI): ', `${digits(4)}-${digits(4)}-${digits(2)}`, ''],
        ['GCash-linked bank acct ', nz(10), ''],
      ]);
    case 'ja_JP':
      return pick([
        [`${pick(['三菱UFJ銀行', 'みずほ銀行', '三井住友銀行', 'ゆうちょ銀行'])} ${pick(['渋谷', '新宿', '梅田', '本店営業部'])}支店 普通 `, digits(7), ''],
        ['振込先：普通預金 口座番号 ', digits(7), `（店番 ${digits(3)}）`],
        [`Bank account (${pick(['MUFG', 'SMBC', 'Mizuho'])}, branch ${digits(3)}, ordinary): `, digits(7), ''],
      ]);
    case 'ko':
      return pick([
        ['신한은행 ', `110-${digits(3)}-${digits(6)}`, ''],
        ['우리은행 ', `1002-${digits(3)}-${digits(6)}`, ''],
        ['하나은행 ', `${digits(3)}-${digits(6)}-${digits(5)}`, ''],
        ['카카오뱅크 ', `3333${digits(2)}${digits(7)}`, ''],
        ['케이뱅크 ', `100-${digits(3)}-${digits(6)}`, ''],
        ['국민 ', `${digits(6)}-${digits(2)}-${digits(6)}`, ''],
      ]);
    default:
      return null;
  }
}

// ---------------------------------------------------------------- birth dates
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fi: ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  cs: ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
  at: ['Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ro: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
};
function birthDate(locale) {
  const y = int(1962, 2006);
  const m = int(1, 12);
  const d = int(1, daysIn(y, m));
  const [dd, mm] = [pad(d, 2), pad(m, 2)];
  const en = MONTHS.en[m - 1];
  switch (locale) {
    case 'fi_FI':
      return pick([`${d}.${m}.${y}`, `${dd}.${mm}.${y}`, `${d}. ${MONTHS.fi[m - 1]} ${y}`]);
    case 'nb_NO':
      return pick([`${dd}.${mm}.${y}`, `${d}. ${MONTHS.nb[m - 1]} ${y}`, `${dd}.${mm}.${String(y).slice(2)}`]);
    case 'cs_CZ':
      return pick([`${d}. ${m}. ${y}`, `${dd}.${mm}.${y}`, `${d}. ${MONTHS.cs[m - 1]} ${y}`]);
    case 'tr_TR':
      return pick([`${dd}.${mm}.${y}`, `${dd}/${mm}/${y}`, `${d} ${MONTHS.tr[m - 1]} ${y}`]);
    case 'de_AT':
      return pick([`${dd}.${mm}.${y}`, `${d}. ${MONTHS.at[m - 1]} ${y}`, `${d}.${m}.${y}`]);
    case 'de_CH':
      return pick([`${dd}.${mm}.${y}`, `${d}. ${MONTHS.de[m - 1]} ${y}`, `${dd}.${mm}.${String(y).slice(2)}`]);
    case 'fr_BE':
      return pick([`${dd}/${mm}/${y}`, `${d} ${MONTHS.fr[m - 1]} ${y}`, `${dd}.${mm}.${y}`]);
    case 'en_PH':
      return pick([`${en} ${d}, ${y}`, `${mm}/${dd}/${y}`, `${en.slice(0, 3)} ${d}, ${y}`, `${d} ${en} ${y}`]);
    case 'ja_JP':
      return pick([`${y}年${m}月${d}日`, `${y}/${mm}/${dd}`, `${y}年${mm}月${dd}日`, `${y}-${mm}-${dd}`]);
    case 'ro_RO':
      return pick([`${dd}.${mm}.${y}`, `${d} ${MONTHS.ro[m - 1]} ${y}`, `${dd}/${mm}/${y}`]);
    case 'ko':
      return pick([`${y}년 ${m}월 ${d}일`, `${y}.${mm}.${dd}`, `${y}. ${mm}. ${dd}.`, `${String(y).slice(2)}.${mm}.${dd}`, `${y}-${mm}-${dd}`, `${String(y).slice(2)}${mm}${dd}`]);
    default:
      return `${dd}/${mm}/${y}`;
  }
}
const DOB_CUES = {
  en: ['Date of birth: ', 'DOB: ', 'Birth date: ', 'born '],
  fi_FI: ['Syntymäaika: ', 'syntynyt ', 'Syntymäpäivä: '],
  nb_NO: ['Fødselsdato: ', 'født ', 'Født: '],
  cs_CZ: ['Datum narození: ', 'narozen ', 'narozena ', 'Nar.: '],
  tr_TR: ['Doğum tarihi: ', 'D. Tarihi: ', 'Doğum Tarihi '],
  de_AT: ['Geburtsdatum: ', 'geb. am ', 'Geb.-Dat.: '],
  de_CH: ['Geburtsdatum: ', 'geboren am ', 'Geb. '],
  fr_BE: ['Date de naissance : ', 'Né le ', 'Née le ', 'date de naiss. : '],
  en_PH: ['Date of Birth: ', 'Birthday: ', 'Birthdate: ', 'DOB: '],
  ja_JP: ['生年月日：', '生年月日 ', '生年月日: '],
  ro_RO: ['Data nașterii: ', 'născut la ', 'născută la ', 'Data naşterii: '],
  ko: ['생년월일: ', '생년월일 ', '생년월일(양력) ', '출생일: '],
};
const dobCue = (locale) => pick(DOB_CUES[locale] && (locale === 'ko' || locale === 'ja_JP' || chance(0.65)) ? DOB_CUES[locale] : DOB_CUES.en);

// ---------------------------------------------------------------- hard negatives
const MONEY = {
  fi_FI: () => pick([`${int(3, 7)} ${digits(3)} €/kk`, `${int(40, 95)} 000 € vuodessa`]),
  nb_NO: () => pick([`${int(550, 1100)} 000 kr i året`, `NOK ${int(600, 1200)}k`, `kr ${int(45, 95)}.${digits(3)},- per måned`]),
  cs_CZ: () => pick([`${int(45, 140)} ${digits(3)} Kč měsíčně`, `${int(50, 130)} tis. Kč hrubého`]),
  tr_TR: () => pick([`${int(40, 250)}.${digits(3)} TL net`, `aylık ${int(60, 300)} bin TL`]),
  de_AT: () => pick([`€ ${int(3, 7)}.${digits(3)},– brutto (14×)`, `${int(45, 95)}.000 Euro jährlich`, `KV-Gehalt ${int(2, 4)}.${digits(3)},00`]),
  de_CH: () => pick([`CHF ${int(90, 180)}'000`, `${int(95, 170)}k CHF`, `Fr. ${int(7, 14)}'${digits(3)}.– pro Monat`]),
  fr_BE: () => pick([`${int(3, 7)}.${digits(3)} € brut/mois`, `${int(45, 95)} k€ + voiture de société`]),
  en_PH: () => pick([`PHP ${int(40, 250)},000/month`, `₱${int(40, 180)}k monthly`, `₱${int(600, 3000)},000 per annum`]),
  ja_JP: () => pick([`年収${int(450, 1200)}万円`, `月給${int(25, 80)}万円`, `JPY ${int(5, 15)},${digits(3)},000`]),
  ro_RO: () => pick([`${int(6, 25)}.${digits(3)} lei net`, `${int(1, 6)} ${digits(3)} EUR brut`]),
  ko: () => pick([`연봉 ${int(3500, 9900)}만원`, `희망연봉 회사내규`, `월 ${int(280, 750)}만 원`]),
};
/** Numbers of organisations (and freelancers' business registrations), which the detector does not claim. */
const BUSINESS_NUMBERS = {
  fi_FI: () => pick([`Y-tunnus ${digits(7)}-${int(0, 9)}`, `ALV-nro FI${digits(8)}`]),
  nb_NO: () => pick([`Org.nr. ${digits(3)} ${digits(3)} ${digits(3)}`, `Foretaksregisteret NO ${digits(9)} MVA`]),
  cs_CZ: () => pick([`IČO: ${digits(8)}`, `DIČ: CZ${digits(8)}`, `IČ ${digits(8)}, zapsáno v OR vedeném MS v Praze, oddíl C, vložka ${int(1000, 290000)}`]),
  tr_TR: () => pick([`Vergi No: ${digits(10)}`, `Vergi Dairesi: ${pick(['Kadıköy', 'Beşiktaş', 'Çankaya'])}, VKN ${digits(10)}`, `Ticaret Sicil No: ${digits(6)}`, `MERSİS No: 0${digits(15)}`]),
  de_AT: () => pick([`UID: ATU${digits(8)}`, `FN ${int(100000, 599999)}${letter('abdfghikmpstvwxyz')}, Handelsgericht Wien`, `GISA-Zahl ${digits(8)}`]),
  de_CH: () => pick([`UID: CHE-${digits(3)}.${digits(3)}.${digits(3)} MWST`, `Handelsregister CH-${digits(3)}.${digits(1)}.${digits(3)}.${digits(3)}-${digits(1)}`, `MWST-Nr. CHE-${digits(3)}.${digits(3)}.${digits(3)}`]),
  fr_BE: () => pick([`N° d’entreprise ${pick(['0', '1'])}${digits(3)}.${digits(3)}.${digits(3)}`, `TVA BE ${pick(['0', '1'])}${digits(3)}.${digits(3)}.${digits(3)}`, `RPM Bruxelles, BCE ${pick(['0', '1'])}${digits(9)}`]),
  en_PH: () => pick([`TIN ${digits(3)}-${digits(3)}-${digits(3)}-000 (company)`, `SEC Reg. No. CS${int(2005, 2024)}${digits(5)}`, `DTI Business Name No. ${digits(7)}`, `BIR COR ${digits(10)}`]),
  ja_JP: () => pick([`法人番号 ${digits(13)}`, `登録番号 T${digits(13)}`, `資本金${int(1, 90)}億円`]),
  ro_RO: () => pick([`CUI RO${digits(8)}`, `Nr. Reg. Com. J40/${int(100, 29999)}/${int(2005, 2025)}`, `CIF ${digits(8)}`]),
};
/** Postcodes, street names and towns in prose, never someone's address. */
const PLACES_IN_PROSE = {
  fi_FI: () => pick([`Toimisto sijaitsee Kampissa, lähellä Mannerheimintietä.`, `Työpaikka postinumeroalueella ${pick(['00100', '02150'])}.`]),
  nb_NO: () => pick([`Kontoret ligger ved Aker Brygge.`, `Vi rekrutterer i postnummer ${pick(['0150', '5003'])}-området.`]),
  cs_CZ: () => pick([`Kancelář je kousek od Václavského náměstí.`, `Pracoviště: Praha ${int(1, 10)}, PSČ ${pick(['110 00', '186 00'])} a okolí.`]),
  tr_TR: () => pick([`Ofisimiz Levent'te, metroya yakın.`, `${pick(['34000', '06000'])} posta kodu bölgesinde ikamet tercih sebebidir.`]),
  de_AT: () => pick([`Das Büro liegt nahe der Mariahilfer Straße.`, `Dienstort: Wien ${pick(['1010', '1100'])} bzw. Homeoffice.`]),
  de_CH: () => pick([`Unser Büro ist beim HB Zürich.`, `Arbeitsort: Raum ${pick(['8000', '3000'])}, Pendeln nach Bern möglich.`]),
  fr_BE: () => pick([`Nos bureaux sont près de la place Flagey.`, `Poste basé à ${pick(['1000', '4000'])} Bruxelles/Liège, télétravail partiel.`]),
  en_PH: () => pick([`Our office is along Ayala Avenue, near Greenbelt.`, `Candidates near the ${pick(['1634', '1226'])} area (BGC/Makati) preferred.`]),
  ja_JP: () => pick([`勤務地：東京都港区（六本木駅徒歩5分）`, `オフィスは渋谷駅から徒歩圏内です。`, `〒${pick(['100', '150'])}エリア周辺での勤務`]),
  ro_RO: () => pick([`Biroul este lângă Piața Victoriei.`, `Loc de muncă: zona ${pick(['Pipera', 'Floreasca'])}, cod poștal în curs de alocare.`]),
};
function negative(locale, f) {
  const y1 = int(2009, 2022);
  return pick([
    () => `Order no. ${digits(int(9, 12))} delivered ${int(2023, 2026)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}.`,
    () => `Invoice ${int(2024, 2026)}-${pad(int(1, 999), 3)} paid.`,
    () => `ISBN ${pick(['978', '979'])}${digits(9)}${int(0, 9)}.`,
    () => `Tracking ${pick(['1Z', 'JD', 'RR'])}${digits(int(12, 16))}${pick(['', 'GB', 'CN'])}.`,
    () => `${f.company.name()}, ${y1}–${pick(['now', String(int(y1 + 1, 2026))])}.`,
    () => `${int(2, 8)}+ years in ${pick(['Kotlin', 'SAP', 'React', 'Go', 'Python'])}.`,
    () => `Salary: ${MONEY[locale]()}.`,
    () => `${BUSINESS_NUMBERS[locale]()}.`,
    () => PLACES_IN_PROSE[locale](),
    () => `Build ${int(1, 9)}.${int(0, 40)}.${digits(4)} (${int(2019, 2026)}).`,
    () => `Case ${digits(3)}-${digits(3)}-${digits(4)} closed.`,
    () => `Candidate ID ${digits(9)}, requisition ${letter()}${letter()}-${digits(5)}.`,
    () => `Uptime ${int(95, 99)}.${digits(2)}%, ${int(2, 80)}M requests/day.`,
    () => `Postcode only: ${pick(['00530', '0155', '120 00', '34710', '1060', '8004', '1050', '1605', '150-0002', '010061'])}.`,
    () => `Interview slot ${pad(int(1, 28), 2)}.${pad(int(1, 12), 2)}.2026, ${int(9, 17)}:${pick(['00', '15', '45'])}.`,
  ])();
}
const KO_NEGATIVES = [
  () => `${int(2011, 2022)}.${pad(int(1, 12), 2)}~${pick(['재직중', `${int(2023, 2026)}.${pad(int(1, 12), 2)}`])}`,
  () => MONEY.ko(),
  () => `주문번호 ${int(2024, 2026)}${digits(10)}`,
  () => `운송장번호 ${digits(4)}-${digits(4)}-${digits(4)}`,
  () => `사업자등록번호 ${digits(3)}-${digits(2)}-${digits(5)}`,
  () => `군번 ${int(10, 22)}-${digits(8)}`,
  () => `학번 ${int(2010, 2022)}${digits(6)}`,
  () => `수험번호 ${digits(8)}`,
  () => `${int(3, 9)}통 ${int(1, 9)}반`,
  () => `토익 ${int(750, 990)}점 (${int(2023, 2026)}.${pad(int(1, 12), 2)})`,
  () => `ISBN 979-11-${digits(4)}-${digits(3)}-${int(0, 9)}`,
  () => `우편번호 ${pad(int(1000, 63999), 5)}만 기재`,
  () => `만 ${int(24, 45)}세`,
  () => `접수번호 ${int(2026, 2026)}-${digits(6)}`,
];
const koreanNegative = () => pick(KO_NEGATIVES)();

// ---------------------------------------------------------------- people and e-mails
const FAKERS = { fi_FI: fakerFI, nb_NO: fakerNB_NO, cs_CZ: fakerCS_CZ, tr_TR: fakerTR, de_AT: fakerDE_AT, de_CH: fakerDE_CH, fr_BE: fakerFR_BE, en_PH: fakerEN_US, ja_JP: fakerEN_US, ro_RO: fakerRO, ko: fakerEN_US };
for (const f of new Set(Object.values(FAKERS))) f.seed(SEED);
const DOMAINS = {
  fi_FI: ['gmail.com', 'elisanet.fi', 'kolumbus.fi', 'outlook.com'], nb_NO: ['online.no', 'gmail.com', 'hotmail.no', 'icloud.com'], cs_CZ: ['seznam.cz', 'email.cz', 'centrum.cz', 'gmail.com'],
  tr_TR: ['gmail.com', 'hotmail.com', 'yandex.com.tr', 'outlook.com.tr'], de_AT: ['gmx.at', 'aon.at', 'chello.at', 'gmail.com'], de_CH: ['bluewin.ch', 'gmx.ch', 'sunrise.ch', 'gmail.com'],
  fr_BE: ['skynet.be', 'telenet.be', 'gmail.com', 'proximus.be'], en_PH: ['gmail.com', 'yahoo.com.ph', 'outlook.ph', 'gmail.com'], ja_JP: ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com'],
  ro_RO: ['yahoo.ro', 'gmail.com', 'rdslink.ro', 'outlook.com'], ko: ['naver.com', 'hanmail.net', 'gmail.com', 'kakao.com', 'daum.net'],
};
const PH_NAMES = [['Maria Cristina', 'Santos'], ['Jose Miguel', 'Reyes'], ['Angelica', 'Dela Cruz'], ['Mark Anthony', 'Bautista'], ['Kristine Joy', 'Garcia'], ['John Paul', 'Mendoza'], ['Rhea', 'Villanueva'], ['Carlo', 'Aquino'], ['Patricia', 'Ramos'], ['Jerome', 'Castillo']];
const JP_NAMES = [['佐藤', 'Sato', '健太', 'Kenta'], ['鈴木', 'Suzuki', '美咲', 'Misaki'], ['高橋', 'Takahashi', '翔', 'Sho'], ['田中', 'Tanaka', '結衣', 'Yui'], ['伊藤', 'Ito', '大輔', 'Daisuke'], ['渡辺', 'Watanabe', '彩', 'Aya'], ['山本', 'Yamamoto', '拓也', 'Takuya'], ['中村', 'Nakamura', '真由', 'Mayu'], ['小林', 'Kobayashi', '亮', 'Ryo'], ['加藤', 'Kato', '奈々', 'Nana']];
const KO_FAMILY = [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['윤', 'yoon'], ['장', 'jang'], ['한', 'han'], ['조', 'cho'], ['강', 'kang'], ['유', 'yu'], ['문', 'moon'], ['배', 'bae'], ['홍', 'hong']];
const KO_GIVEN = [['하준', 'hajun'], ['서연', 'seoyeon'], ['도윤', 'doyun'], ['지우', 'jiwoo'], ['예린', 'yerin'], ['민재', 'minjae'], ['하은', 'haeun'], ['우진', 'woojin'], ['소율', 'soyul'], ['태윤', 'taeyun']];
function person(locale) {
  let first, last, name, roman;
  if (locale === 'ko') {
    const [l, lr] = pick(KO_FAMILY);
    const [g, gr] = pick(KO_GIVEN);
    [first, last, name, roman] = [gr, lr, `${l}${g}`, `${lr[0].toUpperCase()}${lr.slice(1)} ${gr[0].toUpperCase()}${gr.slice(1)}`];
    const local = pick([`${gr}.${lr}`, `${lr}${gr}${int(88, 99)}`, `${gr[0]}${lr}${digits(2)}`, `${lr}_${gr}`, `${gr}${lr}`]);
    return { first: g, last: l, name, roman, latinFirst: first, latinLast: last, email: `${local}@${pick(DOMAINS.ko)}` };
  }
  if (locale === 'ja_JP') {
    const [l, lr, g, gr] = pick(JP_NAMES);
    const local = pick([`${gr}.${lr}`.toLowerCase(), `${lr}${gr[0]}${int(80, 99)}`.toLowerCase(), `${gr}_${lr}`.toLowerCase()]);
    return { first: g, last: l, name: `${l} ${g}`, roman: `${gr} ${lr}`, latinFirst: gr, latinLast: lr, email: `${local}@${pick(DOMAINS.ja_JP)}` };
  }
  const f = FAKERS[locale];
  [first, last] = locale === 'en_PH' ? pick(PH_NAMES) : [f.person.firstName(), f.person.lastName()];
  const a = ascii(first).toLowerCase() || 'alex';
  const b = ascii(last).toLowerCase() || 'novak';
  const local = pick([`${a}.${b}`, `${a}${b}`, `${a[0]}${b}`, `${b}.${a}${int(1, 99)}`, `${a}_${b}`, `${a}${int(1985, 2004)}`]);
  return { first, last, name: `${first} ${last}`, roman: `${first} ${last}`, latinFirst: first, latinLast: last, email: `${local}@${pick(DOMAINS[locale])}` };
}
const workEmail = (p, domain) => `${ascii(p.latinFirst).toLowerCase() || 'hr'}.${ascii(p.latinLast).toLowerCase() || 'team'}@${domain}`;
const companyDomain = (f) => `${ascii(f.company.name()).toLowerCase().slice(0, 9) || 'talent'}.${pick(['com', 'io', 'eu', 'net'])}`;
const addressFor = (locale, multiline = false) => ADDRESSES[locale](FAKERS[locale], multiline, locale === 'ja_JP' && chance(0.5));
const jobTitle = (f) => f.person.jobTitle();
const companyName = (locale, f) => (locale === 'ja_JP' ? pick(['株式会社サクラテック', 'Nippon Data Works', '合同会社アオバ', 'Kaizen Labs K.K.']) : f.company.name());

// ---------------------------------------------------------------- document kinds
/** Labels each locale's forms use (first the English fallback). */
const LABELS = {
  name: { fi_FI: 'Nimi', nb_NO: 'Navn', cs_CZ: 'Jméno a příjmení', tr_TR: 'Ad Soyad', de_AT: 'Name', de_CH: 'Name', fr_BE: 'Nom', en_PH: 'Name', ja_JP: '氏名', ro_RO: 'Nume și prenume' },
  phone: { fi_FI: 'Puhelin', nb_NO: 'Telefon', cs_CZ: 'Telefon', tr_TR: 'Telefon', de_AT: 'Telefon', de_CH: 'Telefon', fr_BE: 'Téléphone', en_PH: 'Mobile No.', ja_JP: '電話番号', ro_RO: 'Telefon' },
  email: { fi_FI: 'Sähköposti', nb_NO: 'E-post', cs_CZ: 'E-mail', tr_TR: 'E-posta', de_AT: 'E-Mail', de_CH: 'E-Mail', fr_BE: 'E-mail', en_PH: 'Email', ja_JP: 'メールアドレス', ro_RO: 'E-mail' },
  address: { fi_FI: 'Osoite', nb_NO: 'Adresse', cs_CZ: 'Adresa', tr_TR: 'Adres', de_AT: 'Wohnadresse', de_CH: 'Adresse', fr_BE: 'Adresse', en_PH: 'Present Address', ja_JP: '現住所', ro_RO: 'Adresa' },
};
const label = (kind, locale) => (chance(0.7) ? LABELS[kind][locale] : { name: 'Name', phone: 'Phone', email: 'Email', address: 'Address' }[kind]);
/** OCR noise in a label only: O→0, l→1, m→rn, an inserted space; the value after it is never touched. */
function ocr(labelText) {
  return pick([
    () => labelText.replace(/o/u, '0').replace(/O/u, '0'),
    () => labelText.replace(/l/u, '1'),
    () => labelText.replace(/m/u, 'rn'),
    () => labelText.replace(/^(.{2})/u, '$1 '),
    () => labelText.replace(/e/u, 'c'),
    () => labelText,
  ])();
}

const KINDS = {
  /** A job board's application export: JSON-ish or key: value pairs. */
  jobBoardExport(d, locale, f, p) {
    const json = chance(0.5);
    const pairs = [];
    const field = (key, type, value) => pairs.push([key, type, value]);
    field('applicant_name', '', p.roman);
    field('email', 'EMAIL', p.email);
    field(pick(['phone', 'mobile', 'phone_number']), 'PHONE', phoneFor(locale));
    if (chance(0.6)) field(pick(['address', 'home_address', 'location_full']), 'ADDRESS', addressFor(locale, false));
    if (chance(0.35)) field(pick(['date_of_birth', 'birth_date', 'dob']), 'DATE_OF_BIRTH', birthDate(locale));
    field('job_id', '', `${letter()}${letter()}-${digits(6)}`);
    field('applied_at', '', `2026-${pad(int(9, 11), 2)}-${pad(int(1, 28), 2)}T${pad(int(7, 22), 2)}:${pad(int(0, 59), 2)}:00Z`);
    field('expected_salary', '', MONEY[locale]());
    field('years_experience', '', String(int(1, 20)));
    if (chance(0.2)) {
      const [, value] = passport(locale);
      field('passport_number', 'PASSPORT', value);
    }
    if (chance(0.3)) {
      const id = nationalId(locale, p);
      if (id) field(pick(['national_id', 'tax_id', 'id_number']), id[2], id[1]);
    }
    field('source', '', pick(['LinkedIn', 'referral', 'Indeed', 'company site']));
    field('application_ref', '', `${int(2026, 2026)}${digits(8)}`);
    if (json) {
      d.add('{\n');
      pairs.forEach(([key, type, value], i) => {
        d.add(`  "${key}": "`);
        if (type) d.entity(type, value);
        else d.add(value);
        d.add(`"${i < pairs.length - 1 ? ',' : ''}\n`);
      });
      d.add('}\n');
    } else {
      d.add(`--- ${pick(['Application export', 'Candidate record', 'Bewerbung', 'Hakemus', 'Başvuru'])} ---\n`);
      for (const [key, type, value] of pairs) {
        d.add(`${key}: `);
        if (type) d.entity(type, value);
        else d.add(value);
        d.add('\n');
      }
    }
    if (chance(0.5)) d.add(`cover_note: ${negative(locale, f)} ${negative(locale, f)}\n`);
  },
  /** Rows of a recruiter's candidate tracker (CSV). */
  trackerCsv(d, locale, f) {
    d.add('Candidate,Email,Phone,Stage,Req ID,Offer,Next step,Notes\n');
    for (let i = int(3, 6); i > 0; i--) {
      const c = person(locale);
      d.add(`"${c.roman}",`).entity('EMAIL', c.email).add(',');
      if (chance(0.8)) d.add('"').entity('PHONE', phoneFor(locale)).add('"');
      d.add(`,${pick(['Screen', 'Onsite', 'Offer', 'Rejected', 'Hired'])},REQ-${digits(5)},"${MONEY[locale]()}",${int(2026, 2027)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)},"`);
      if (chance(0.15)) d.add('relocating to ').entity('ADDRESS', addressFor(locale, false));
      else d.add(negative(locale, f).replaceAll('"', "'"));
      d.add('"\n');
    }
  },
  /** A chat transcript pasted from a messenger (WhatsApp, Slack, Teams). */
  chatTranscript(d, locale, f, p) {
    const recruiter = person(locale);
    const style = pick(['whatsapp', 'slack', 'teams']);
    const stamp = () => `${pad(int(8, 19), 2)}:${pad(int(0, 59), 2)}`;
    const who = (x) => (style === 'whatsapp' ? `[${pad(int(1, 28), 2)}.${pad(int(10, 11), 2)}.26, ${stamp()}] ${x.roman}: ` : style === 'slack' ? `${x.roman}  ${stamp()}\n` : `${x.roman} ${stamp()}\n`);
    const lines = shuffle([
      () => d.add(who(recruiter) + pick(['Could you send me your number for the call?', 'What is the best number to reach you?'])),
      () => d.add(who(p) + pick(['Sure, it is ', 'You can call me at ', ''])).entity('PHONE', phoneFor(locale)),
      () => d.add(who(p) + pick(['My email: ', 'Send the contract to ', 'Mail is '])).entity('EMAIL', p.email),
      () => (chance(0.5) ? d.add(who(p) + pick(['Postal address for the laptop: ', 'Ship it to '])).entity('ADDRESS', addressFor(locale, chance(0.3))) : d.add(who(recruiter) + negative(locale, f))),
      () => (chance(0.3) ? d.add(who(p) + pick(['For the form, ', ''])).add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)) : d.add(who(p) + negative(locale, f))),
      () => d.add(who(recruiter) + negative(locale, f)),
      () => d.add(who(recruiter) + pick(['Thanks! Our interview ID is ', 'Noted, your candidate no. is '])).add(`${digits(3)}-${digits(3)}-${digits(4)}.`),
    ]).slice(0, int(4, 7));
    lines.forEach((line, i) => {
      if (i > 0) d.add('\n');
      line();
    });
  },
  /** OCR text of a scanned paper form: noisy labels, column bars, check boxes; values intact. */
  ocrForm(d, locale, f, p) {
    const title = { fi_FI: 'HENKILÖTIETOLOMAKE', nb_NO: 'PERSONALIA', cs_CZ: 'OSOBNÍ DOTAZNÍK', tr_TR: 'PERSONEL BİLGİ FORMU', de_AT: 'PERSONALBOGEN', de_CH: 'PERSONALIEN', fr_BE: 'FICHE SIGNALÉTIQUE', ja_JP: '個人情報票', ro_RO: 'FIȘĂ DE PERSONAL' }[locale];
    d.add(`${chance(0.6) && title ? title : 'PERSONAL DATA SHEET'}\n${'_'.repeat(int(10, 30))}\n`);
    const bar = () => pick([' | ', ' ', '  ', ' : ', ': ']);
    d.add(`${ocr(label('name', locale))}${bar()}${p.name}\n`);
    if (chance(0.75)) d.add(`${ocr(dobCue(locale).trim().replace(/:$/u, ''))}${bar()}`).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n');
    d.add(`${ocr(label('address', locale))}${bar()}`).entity('ADDRESS', addressFor(locale, chance(0.35))).add('\n');
    d.add(`${ocr(label('phone', locale))}${bar()}`).entity('PHONE', phoneFor(locale)).add(chance(0.5) ? `   ${ocr(label('email', locale))}${bar()}` : `\n${ocr(label('email', locale))}${bar()}`).entity('EMAIL', p.email).add('\n');
    if (chance(0.3)) {
      const [cue, value] = passport(locale);
      d.add(`${ocr(cue.trim())} `).entity('PASSPORT', value).add('\n');
    }
    if (chance(0.5)) {
      const id = nationalId(locale, p);
      if (id) d.add(`${ocr(id[0].trim())} `).entity(id[2], id[1]).add('\n');
    }
    if (chance(0.4) && IBAN_COUNTRY[locale]) d.add(`${ocr('IBAN')}${bar()}`).entity('IBAN', iban(IBAN_COUNTRY[locale])).add('\n');
    else if (chance(0.4) && bankAccount(locale)) {
      const [lead, value, trail] = bankAccount(locale);
      d.add(ocr(lead)).entity('BANK_ACCOUNT', value).add(`${trail}\n`);
    }
    d.add(`${pick(['[x]', '☒', '(X)'])} Full-time  ${pick(['[ ]', '☐', '( )'])} Part-time  ${pick(['[ ]', '☐', '( )'])} Contract\n`);
    d.add(`${ocr('Form')} ${letter()}${digits(3)}/${int(2019, 2026)}   ${ocr('Page')} 1/${int(1, 3)}\n`);
    if (chance(0.5)) d.add(`${negative(locale, f)}\n`);
  },
  /** A freelancer's invoice: their address, IBAN or account, VAT/business numbers, invoice numbers. */
  freelanceInvoice(d, locale, f, p) {
    const client = companyName(locale, f);
    d.add(`${pick(['INVOICE', 'RECHNUNG', 'FACTURE', 'LASKU', 'FAKTURA', 'FATURA', 'FACTURĂ', '請求書'])} ${pick(['#', 'No. ', 'Nr. '])}${int(2025, 2026)}-${pad(int(1, 140), 3)}\n`);
    d.add(`Date: 2026-${pad(int(1, 11), 2)}-${pad(int(1, 28), 2)}   Due: ${pick([14, 30])} days\n\nFrom:\n${p.name}\n`);
    d.entity('ADDRESS', addressFor(locale, chance(0.6))).add('\n');
    d.add(pick(['Tel. ', 'Phone: ', ''])).entity('PHONE', phoneFor(locale)).add(' · ').entity('EMAIL', p.email).add('\n');
    if (BUSINESS_NUMBERS[locale]) d.add(`${BUSINESS_NUMBERS[locale]()}\n`);
    d.add(`\nBill to:\n${client}\n${pick(['Accounts payable', 'Finance team'])}, `).entity('EMAIL', `${pick(['invoices', 'ap', 'billing'])}@${companyDomain(f)}`).add('\n');
    if (chance(0.4)) d.entity('ADDRESS', addressFor(locale, false)).add('\n');
    d.add(`\n${pick(['UX audit', 'Backend sprint', 'Translation', 'Data pipeline review'])}  ${int(5, 40)} h × ${int(40, 140)}  = ${int(400, 9000)}.00\n`);
    d.add(`VAT ${pick(['0%', '19%', '20%', '21%', '24%', '25.5%', 'reverse charge'])}   Total ${int(400, 12000)}.${digits(2)}\n\nPayment:\n`);
    if (IBAN_COUNTRY[locale]) {
      d.add(pick(['IBAN: ', 'IBAN ', 'Bank: IBAN '])).entity('IBAN', iban(IBAN_COUNTRY[locale]));
      d.add(`  BIC ${letter()}${letter()}${letter()}${letter()}${IBAN_COUNTRY[locale]}${letter()}${letter()}\n`);
    } else {
      const [lead, value, trail] = bankAccount(locale);
      d.add(lead).entity('BANK_ACCOUNT', value).add(`${trail}\n`);
    }
    if (chance(0.15)) d.add('Or by card on file: ').entity('CREDIT_CARD', card()).add('\n');
    d.add(`Reference: ${pick(['INV', 'RF'])}${digits(int(6, 10))}\n`);
  },
  /** Visa and relocation paperwork notes kept by a mobility coordinator. */
  relocationNotes(d, locale, f, p) {
    d.add(`Relocation file — ${p.roman}\n${pick(['Status', 'Stage'])}: ${pick(['work permit filed', 'visa appointment booked', 'waiting for apostille', 'housing search'])}\n\n`);
    const [cue, value] = passport(locale);
    d.add(`- ${cue}`).entity('PASSPORT', value).add(`, valid until ${pad(int(1, 28), 2)}.${pad(int(1, 12), 2)}.${int(2027, 2036)}\n`);
    d.add(`- ${dobCue(locale)}`).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n');
    d.add(`- ${pick(['Current address', 'Home address (origin)', 'Address for the embassy'])}: `).entity('ADDRESS', addressFor(locale, false)).add('\n');
    if (chance(0.5)) d.add(`- Temporary flat from ${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}: `).entity('ADDRESS', addressFor(locale, chance(0.4))).add('\n');
    d.add('- Reach: ').entity('PHONE', phoneFor(locale)).add(' / ').entity('EMAIL', p.email).add('\n');
    if (chance(0.4)) {
      const [lead, val] = driverLicence(locale);
      d.add(`- ${lead}`).entity('DRIVER_LICENSE', val).add(' (to exchange)\n');
    }
    if (chance(0.6)) {
      const id = nationalId(locale, p);
      if (id) d.add(`- ${id[0]}`).entity(id[2], id[1]).add('\n');
    }
    if (chance(0.15)) d.add('- Deposit paid with ').entity('CREDIT_CARD', card()).add('\n');
    d.add(`- Case no. ${letter()}${letter()}${digits(7)}, appointment ${pad(int(1, 28), 2)}.${pad(int(1, 12), 2)}.2026\n- Movers quote ${int(2, 9)},${digits(3)} (${pick(['EUR', 'CHF', 'NOK', 'USD'])}), shipment ${pick(['MSCU', 'MAEU'])}${digits(7)}\n`);
    d.add(`${negative(locale, f)}\n`);
  },
  /** A recruiter's notes from a reference-check call. */
  referenceCheck(d, locale, f, p) {
    const referee = person(locale);
    const domain = companyDomain(f);
    d.add(`Reference check: ${p.roman}\nReferee: ${referee.roman}, ${jobTitle(f)} at ${companyName(locale, f)}\n`);
    d.add(pick(['Called on ', 'Phone: ', 'Reached at '])).entity('PHONE', phoneFor(locale));
    if (chance(0.3)) d.add(pick([' (office ', ' / landline ', ', alt. '])).entity('PHONE', phoneFor(locale)).add(chance(0.5) ? ')' : '');
    d.add('\nE-mail: ').entity('EMAIL', chance(0.5) ? workEmail(referee, domain) : referee.email).add('\n\n');
    d.add(`Q: How long did you work together?\nA: ${int(2, 6)} years, ${int(2015, 2020)}–${int(2021, 2026)}. ${negative(locale, f)}\n`);
    d.add(`Q: Would you rehire?\nA: ${pick(['Yes, without hesitation.', 'Yes.', 'Probably, for the right role.'])} ${negative(locale, f)}\n`);
    if (chance(0.25)) d.add(`Candidate's address on file: `).entity('ADDRESS', addressFor(locale, false)).add('\n');
    if (chance(0.3)) d.add(`Second referee (not reached): ${person(locale).roman}, `).entity('PHONE', phoneFor(locale)).add('\n');
    d.add(`Verdict: ${pick(['positive', 'mixed', 'strong'])}. Ticket ${digits(6)}.\n`);
  },
};

/** Japanese documents in Japanese: 履歴書 (résumé form) and a job board's 応募者情報 page. */
const JAPANESE_KINDS = {
  rirekisho(d, f, p) {
    d.add(`履 歴 書\n${2026}年${int(1, 11)}月${int(1, 28)}日現在\n\nふりがな ${pick(['さとう けんた', 'すずき みさき', 'たなか ゆい'])}\n氏名 ${p.name}\n`);
    d.add(dobCue('ja_JP')).entity('DATE_OF_BIRTH', birthDate('ja_JP')).add(`（満${int(22, 50)}歳）\n`);
    d.add('現住所 ').entity('ADDRESS', ADDRESSES.ja_JP(f, chance(0.4))).add('\n');
    d.add(pick(['電話 ', '携帯電話 ', 'TEL：'])).entity('PHONE', phoneFor('ja_JP')).add('\n');
    d.add(pick(['E-mail ', 'メール：'])).entity('EMAIL', p.email).add('\n\n');
    d.add(`学歴・職歴\n${int(2008, 2016)}年4月 ${pick(['東京大学', '大阪大学', '早稲田大学', '慶應義塾大学'])} 入学\n${int(2017, 2024)}年4月 ${companyName('ja_JP', f)} 入社\n`);
    d.add(`資格 TOEIC ${int(600, 990)}点（${int(2020, 2025)}年）\n`);
    if (chance(0.35)) {
      const [cue, value] = driverLicence('ja_JP');
      d.add(`普通自動車第一種運転免許 ${cue}`).entity('DRIVER_LICENSE', value).add('\n');
    }
    if (chance(0.3)) {
      const id = nationalId('ja_JP', p);
      d.add(id[0]).entity(id[2], id[1]).add('\n');
    }
    d.add(`希望 ${MONEY.ja_JP()}、${pick(['勤務地は東京希望', '入社可能日 2027年1月'])}\n`);
  },
  applicantPage(d, f, p) {
    d.add(`応募者情報（求人番号 ${digits(8)}）\n氏名：${p.name}（${p.roman}）\n`);
    d.add('連絡先：').entity('PHONE', phoneFor('ja_JP')).add('\nメール：').entity('EMAIL', p.email).add('\n');
    if (chance(0.6)) d.add('住所：').entity('ADDRESS', ADDRESSES.ja_JP(f, false)).add('\n');
    if (chance(0.3)) {
      const [cue, value] = passport('ja_JP');
      d.add(cue).entity('PASSPORT', value).add('\n');
    }
    if (chance(0.4)) {
      const [lead, value, trail] = bankAccount('ja_JP');
      d.add(lead).entity('BANK_ACCOUNT', value).add(`${trail}\n`);
    }
    d.add(`応募日：2026年${int(1, 11)}月${int(1, 28)}日\u3000選考ステータス：${pick(['書類選考中', '一次面接', '内定'])}\n${BUSINESS_NUMBERS.ja_JP()}\n${PLACES_IN_PROSE.ja_JP()}\n`);
  },
};

// ---------------------------------------------------------------- Korean document kinds
const KO_KINDS = {
  /** 입사지원서 with 인적사항, 가족관계 and 병역사항. */
  applicationForm(d, f, p) {
    d.add(pick(['입 사 지 원 서\n\n', '[입사지원서]\n', '입사지원서 (경력)\n\n']));
    d.add(`■ 인적사항\n성명(한글) ${p.name}\t성명(영문) ${p.roman}\n`);
    d.add(dobCue('ko')).entity('DATE_OF_BIRTH', birthDate('ko')).add(` (만 ${int(24, 45)}세)\n`);
    if (chance(0.35)) {
      const [cue, value, type] = nationalId('ko', p);
      d.add(cue).entity(type, value).add('\n');
    }
    d.add(pick(['현주소: ', '주소 '])).entity('ADDRESS', addressFor('ko')).add('\n');
    d.add(pick(['휴대폰 ', '핸드폰: ', '연락처(휴대) '])).entity('PHONE', phoneFor('ko'));
    if (chance(0.4)) d.add(pick(['\t자택 ', '  집 '])).entity('PHONE', phoneFor('ko'));
    d.add('\n이메일 ').entity('EMAIL', p.email).add('\n\n■ 가족관계\n관계\t성명\t연령\t직업\t동거여부\n');
    for (const rel of shuffle(['부', '모', '형', '누나', '동생', '배우자']).slice(0, int(2, 4))) {
      d.add(`${rel}\t${pick(KO_FAMILY)[0]}${pick(KO_GIVEN)[0]}\t${int(20, 72)}\t${pick(['회사원', '자영업', '주부', '학생', '공무원'])}\t${pick(['동거', '별거'])}`);
      if (chance(0.15)) d.add('\t비상연락처 ').entity('PHONE', phoneFor('ko'));
      d.add('\n');
    }
    d.add(`\n■ 병역사항\n군별 ${pick(['육군', '공군', '해군', '해병대', '-'])}\t계급 ${pick(['병장', '상병', '중위', '해당없음'])}\t복무기간 ${int(2008, 2018)}.${pad(int(1, 12), 2)}.${pad(int(1, 28), 2)} ~ ${int(2010, 2020)}.${pad(int(1, 12), 2)}.${pad(int(1, 28), 2)}\n`);
    d.add(`${pick([`군번 ${int(10, 22)}-${digits(8)}`, '면제사유: 해당없음', `병역구분 ${pick(['군필', '면제', '미필'])}`])}\n`);
    if (chance(0.3)) {
      const [lead, value] = bankAccount('ko');
      d.add('급여계좌 ').add(lead).entity('BANK_ACCOUNT', value).add('\n');
    }
    d.add(`\n■ 희망조건 ${MONEY.ko()} / ${koreanNegative()}\n`);
    if (chance(0.25)) d.add(`작성 예시) 주민등록번호 `).decoy(krLayout(impossibleRegistration())).add(' (예시, 실제 번호 아님)\n');
  },
  /** A 전입신고서-like form: 신고인, 세대주, 전 주소와 새 주소. */
  moveInForm(d, f, p) {
    d.add(pick(['전입신고서\n\n', '[ 전 입 신 고 서 ]\n', '전입신고서 (세대주 외)\n\n']));
    d.add(`신고인 성명 ${p.name}\t`);
    const [cue, value, type] = nationalId('ko', p);
    d.add(cue).entity(type, value).add('\n');
    d.add(pick(['전화번호 ', '연락처: '])).entity('PHONE', phoneFor('ko')).add('\n');
    d.add(pick(['전 주소: ', '종전 주소 '])).entity('ADDRESS', addressFor('ko')).add(`  ${int(1, 9)}통 ${int(1, 9)}반\n`);
    d.add(pick(['현 주소(새로운 주소): ', '새 주소 ', '전입지 '])).entity('ADDRESS', addressFor('ko')).add(`  ${int(1, 12)}통 ${int(1, 9)}반\n`);
    d.add(`세대주 성명 ${pick(KO_FAMILY)[0]}${pick(KO_GIVEN)[0]}\t세대주와의 관계 ${pick(['본인', '배우자', '자녀', '동거인'])}\n`);
    if (chance(0.5)) {
      d.add('전입자 ').add(`${pick(KO_FAMILY)[0]}${pick(KO_GIVEN)[0]} `);
      const kind = chance(0.5) ? 'KR_RRN' : 'KR_FRN';
      d.add(kind === 'KR_RRN' ? '주민등록번호 ' : '외국인등록번호 ').entity(kind, krLayout(registration(kind))).add('\n');
    }
    d.add(`전입사유 ${pick(['직업', '가족', '주택', '교육'])}\t신고일 2026. ${int(1, 11)}. ${int(1, 28)}.\n${koreanNegative()}\n`);
    if (chance(0.3)) d.add('접수 관리번호 ').decoy(krLayout(impossibleRegistration())).add('\n');
  },
  /** A pasted 카카오톡 or 문자 conversation with a recruiter. */
  chat(d, f, p) {
    const hr = `${pick(KO_FAMILY)[0]}${pick(['매니저', '과장', '대리', '팀장'])}`;
    const kakao = chance(0.6);
    const stamp = () => `${pick(['오전', '오후'])} ${int(1, 12)}:${pad(int(0, 59), 2)}`;
    const line = (who) => (kakao ? `[${who}] [${stamp()}] ` : `${who} ${stamp()}\n`);
    d.add(kakao ? `${p.name} 님과 카카오톡 대화\n저장한 날짜 : 2026-${pad(int(10, 11), 2)}-${pad(int(1, 28), 2)} ${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}\n\n` : `문자 메시지 (${int(3, 9)}개)\n\n`);
    const steps = shuffle([
      () => d.add(line(hr) + '입사 서류 때문에 연락처랑 주소 다시 확인 부탁드려요'),
      () => d.add(line(p.name) + pick(['제 번호는 ', '연락처 ', ''])).entity('PHONE', phoneFor('ko')).add(pick(['이에요', '입니다', ' 로 연락주세요', ''])),
      () => d.add(line(p.name) + pick(['주소는 ', '']) ).entity('ADDRESS', addressFor('ko')).add(pick([' 입니다', '이요', ''])),
      () => d.add(line(p.name) + '메일은 ').entity('EMAIL', p.email).add(pick(['요', ' 입니다'])),
      () => {
        const [bank, account] = bankAccount('ko');
        if (chance(0.4)) d.add(line(p.name) + '급여 계좌 ' + bank).entity('BANK_ACCOUNT', account).add(' 예금주 본인');
        else d.add(line(hr) + koreanNegative());
      },
      () => (chance(0.35) ? d.add(line(p.name) + '생년월일은 ').entity('DATE_OF_BIRTH', birthDate('ko')).add('입니다') : d.add(line(hr) + '감사합니다 :)')),
      () => d.add(line(hr) + `면접 일정 ${int(11, 12)}/${int(1, 28)} ${stamp()} 확정되었습니다. ${koreanNegative()}`),
    ]).slice(0, int(4, 7));
    steps.forEach((step, i) => {
      if (i > 0) d.add('\n');
      step();
    });
    if (chance(0.2)) d.add(`\n[${hr}] [${stamp()}] 참고로 접수번호는 `).decoy(krLayout(impossibleRegistration())).add(' 입니다');
  },
  /** A recruiter's reply mail, with the applicant's message quoted. */
  recruiterReply(d, f, p) {
    const hr = person('ko');
    const domain = `${pick(['hanul', 'byeol', 'sorae', 'maru', 'dasom'])}${pick(['tech', 'hr', 'corp'])}.${pick(['co.kr', 'com'])}`;
    d.add(`보낸사람: "${hr.name}" <`).entity('EMAIL', `${hr.latinFirst}.${hr.latinLast}@${domain}`).add('>\n받는사람: ').entity('EMAIL', p.email);
    d.add(`\n제목: Re: ${pick(['지원서 제출', '처우 협의', '입사 서류 문의'])}\n\n${p.name}님, 안녕하세요. ${pick(['인사팀', '채용팀', '피플팀'])} ${hr.name}입니다.\n`);
    d.add(`보내주신 서류 잘 받았습니다. 아래 사항 확인 부탁드립니다.\n1. ${koreanNegative()}\n2. 입사 예정일: 2027년 ${int(1, 3)}월 ${int(1, 28)}일\n`);
    if (chance(0.4)) d.add('3. 궁금하신 점은 ').entity('PHONE', phoneFor('ko')).add(' 로 연락 주세요.\n');
    d.add(`\n${hr.name} 드림\n`);
    if (chance(0.6)) d.add(pick(['Tel. ', '대표번호 '])).entity('PHONE', phoneFor('ko')).add('\n');
    if (chance(0.5)) d.entity('ADDRESS', addressFor('ko')).add('\n');
    d.add(`\n-----Original Message-----\nFrom: ${p.name} <`).entity('EMAIL', p.email).add('>\n');
    const quoted = shuffle([
      () => d.add('> 연락처: ').entity('PHONE', phoneFor('ko')),
      () => d.add('> 주소지가 변경되었습니다: ').entity('ADDRESS', addressFor('ko')),
      () => {
        if (chance(0.5)) {
          const [cue, value, type] = nationalId('ko', p);
          d.add(`> ${cue}`).entity(type, value);
        } else d.add(`> ${koreanNegative()}`);
      },
      () => {
        if (chance(0.4)) {
          const [cue, value] = passport('ko');
          d.add(`> ${cue}`).entity('PASSPORT', value);
        } else d.add(`> ${koreanNegative()}`);
      },
      () => {
        if (chance(0.3)) {
          const [cue, value] = driverLicence('ko');
          d.add(`> ${cue}`).entity('DRIVER_LICENSE', value);
        } else d.add(`> ${koreanNegative()}`);
      },
    ]).slice(0, int(2, 4));
    quoted.forEach((q, i) => {
      if (i > 0) d.add('\n');
      q();
    });
  },
  /** A portfolio site's contact page. */
  portfolioContact(d, f, p) {
    d.add(`${pick(['CONTACT', 'Contact', '연락처', 'Get in touch'])}\n\n${p.name} | ${pick(['UX/UI 디자이너', '일러스트레이터', '프론트엔드 개발자', '영상 편집자', '브랜드 디자이너'])}\n\n`);
    d.add(pick(['E-mail  ', '이메일 ', 'Mail. '])).entity('EMAIL', p.email).add('\n');
    if (chance(0.75)) d.add(pick(['Phone  ', '전화 ', 'T. '])).entity('PHONE', phoneFor('ko')).add('\n');
    d.add(`Instagram  @${p.latinFirst}_${pick(['design', 'studio', 'works'])}\nBehance  behance.net/${p.latinLast}${p.latinFirst}\n`);
    if (chance(0.45)) d.add(pick(['Studio  ', '작업실 ', 'Office. '])).entity('ADDRESS', addressFor('ko')).add('\n');
    if (chance(0.2)) d.add('Mailing  ').entity('ADDRESS', romanisedKoreanAddress()).add('\n');
    d.add(`\n작업 문의는 메일로 부탁드립니다. ${koreanNegative()}.\n© ${int(2020, 2026)} ${p.roman}\n`);
  },
};
function romanisedKoreanAddress() {
  const [road, gu, city, zip2] = pick([['Songdogwahak-ro', 'Yeonsu-gu', 'Incheon', '21'], ['Daehak-ro', 'Yuseong-gu', 'Daejeon', '34'], ['Olympic-ro', 'Songpa-gu', 'Seoul', '05'], ['Gwanggyojungang-ro', 'Yeongtong-gu, Suwon-si', 'Gyeonggi-do', '16']]);
  return `${pick(['', `${int(2, 20)}F, `, `Unit ${int(101, 1503)}, `])}${int(1, 400)} ${road}, ${gu}, ${city} ${zip2}${digits(3)}`;
}

// ---------------------------------------------------------------- the set
const LOCALES = ['fi_FI', 'nb_NO', 'cs_CZ', 'tr_TR', 'de_AT', 'de_CH', 'fr_BE', 'en_PH', 'ja_JP', 'ro_RO'];
const cases = [];
const push = (kind, locale, d) =>
  cases.push(d.asCase(`w12-${pad(cases.length, 4)}`, `${kind}/${locale}`));
for (let i = 0; i < DOCUMENTS_PER_LOCALE; i++) {
  for (const locale of LOCALES) {
    const d = new Doc();
    const p = person(locale);
    let kind;
    if (locale === 'ja_JP' && chance(0.45)) {
      kind = pick(Object.keys(JAPANESE_KINDS));
      JAPANESE_KINDS[kind](d, FAKERS[locale], p);
    } else {
      kind = pick(Object.keys(KINDS));
      KINDS[kind](d, locale, FAKERS[locale], p);
    }
    if (chance(0.07)) d.add(`\n${pick(['Ref. ', 'Doc ID ', 'Scan no. '])}`).decoy(krLayout(impossibleRegistration()));
    push(kind, locale, d);
  }
}
for (let i = 0; i < KOREAN_DOCUMENTS; i++) {
  const kind = pick(Object.keys(KO_KINDS));
  const d = new Doc();
  KO_KINDS[kind](d, FAKERS.ko, person('ko'));
  push(kind, 'ko', d);
}

// ---------------------------------------------------------------- Korean number vectors
// One number per sentence, with a cue naming its kind, a neutral lead-in, or nothing. Positives are
// labelled with their type (KR_RRN, KR_FRN, PASSPORT, DRIVER_LICENSE, BANK_ACCOUNT); decoys (impossible
// registration numbers) are listed in impossibleResidentNumbers; business registration numbers
// (사업자등록번호, valid check digit) and 군번/학번 are plain negatives: a report is a false positive.
const vectors = [];
const NEUTRAL = [['제출 번호: ', ''], ['', ' 확인 부탁드립니다.'], ['번호 ', ' (사본 첨부)'], ['Ref: ', '.'], ['아래 번호로 조회해 주세요\n', '']];
const SENTENCES = {
  KR_RRN: [...NEUTRAL, ['주민등록번호: ', ''], ['주민번호 ', ' 입니다.'], ['RRN ', '']],
  KR_FRN: [...NEUTRAL, ['외국인등록번호: ', ''], ['외국인등록증 ', ' (체류자격 E-7)'], ['ARC no. ', '']],
  decoy: [...NEUTRAL, ['주민등록번호: ', ''], ['외국인등록번호 ', ''], ['주민번호 ', ' 맞나요?']],
  PASSPORT: [['여권번호: ', ''], ['여권 번호는 ', '입니다.'], ['Passport No. ', ''], ['여권(PASSPORT) ', ' 만료 2031.05']],
  DRIVER_LICENSE: [['운전면허번호: ', ''], ['운전면허증 번호 ', ''], ["Driver's license no. ", ''], ['면허번호 ', ' (1종 보통)']],
  BANK_ACCOUNT: [['계좌번호: ', ''], ['입금 계좌 ', ' 예금주 본인'], ['급여 이체 계좌는 ', '입니다.'], ['환불 계좌 ', '']],
  business: [['사업자등록번호: ', ''], ['사업자번호 ', ' (간이과세자)'], ['Business reg. no. ', ''], ['사업자 ', ' 로 세금계산서 발행 부탁드립니다.']],
  military: [['군번 ', ''], ['군번: ', ' (육군 병장 만기전역)'], ['학번 ', ''], ['수험번호 ', '']],
};
function vector(category, value, { type, decoy = false, sentences = decoy ? 'decoy' : type } = {}) {
  const [before, after] = pick(SENTENCES[sentences]);
  const d = new Doc().add(before);
  if (decoy) d.decoy(value);
  else if (type) d.entity(type, value);
  else d.add(value);
  d.add(after);
  vectors.push(d.asCase(`w12-kr-${pad(vectors.length, 3)}`, `korean-numbers/${category}`, { category }));
}
/** Only the birth date is wrong (the check digit is what a real number would have). */
function impossibleDate() {
  const [front, g] = pick([
    () => [`${pick(['70', '83', '91', '99'])}0229`, String(pick([1, 2, 5, 6]))],
    () => [`${pick(['21', '22', '23', '25'])}0229`, String(pick([3, 4, 7, 8]))],
    () => [`${pad(int(55, 99), 2)}${pick(['00', '16', '18', '20'])}${pad(int(1, 28), 2)}`, String(pick([1, 2, 5, 6]))],
    () => [`${pad(int(55, 99), 2)}${pad(int(1, 12), 2)}${pick(['00', '34', '41', '99'])}`, String(pick([1, 2, 5, 6]))],
    () => [`${pad(int(0, 19), 2)}${pick(['04', '06', '09', '11'])}31`, String(pick([3, 4, 7, 8]))],
    () => [`${pad(int(60, 99), 2)}02${pick(['30', '31'])}`, String(pick([1, 2, 5, 6]))],
  ])();
  const d12 = `${front}${g}${digits(5)}`;
  return d12 + String(krCheck(d12, Number(g) >= 5));
}
for (let i = 0; i < 25; i++) {
  vector('rrn-with-check-digit', krLayout(bornBetween('KR_RRN', [1948, 1], [2020, 9])), { type: 'KR_RRN' });
  vector('frn-with-check-digit', krLayout(bornBetween('KR_FRN', [1950, 1], [2020, 9])), { type: 'KR_FRN' });
  vector('impossible-birth-date', krLayout(impossibleDate()), { decoy: true });
  vector('bank-account', bankAccount('ko')[1], { type: 'BANK_ACCOUNT' });
}
for (let i = 0; i < 20; i++) {
  vector('rrn-since-2020-10', krLayout(bornBetween('KR_RRN', [2020, 10], [2026, 10])), { type: 'KR_RRN' });
  vector('frn-since-2020-10', krLayout(bornBetween('KR_FRN', [2020, 10], [2026, 10])), { type: 'KR_FRN' });
  vector('impossible-7th-digit', krLayout(`${pad(int(30, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${pick(['0', '9'])}${digits(6)}`), { decoy: true });
  vector('passport', passport('ko')[1], { type: 'PASSPORT' });
  vector('driver-licence', driverLicence('ko')[1], { type: 'DRIVER_LICENSE' });
  vector('business-registration-number', businessNumber(), { sentences: 'business' });
}
for (let i = 0; i < 15; i++) {
  vector('birth-date-in-the-future', krLayout(impossibleRegistration('future')), { decoy: true });
  vector('military-or-student-number', pick([`${int(10, 22)}-${digits(8)}`, `${int(2010, 2024)}${digits(6)}`, digits(8)]), { sentences: 'military' });
}

// ---------------------------------------------------------------- write and freeze
const description =
  'Held-back labelled set for the Candor sensitive-data detector, wave 12 (scripts/build-pii-heldback-w12.mjs, fixed seed). ' +
  'Built by someone who never tunes the detector; frozen before the detector was run on it. Aggregates only: never print or read its misses.';
const written = writeHeldBackSet(DIR, { description, seed: SEED, frozenOn: FROZEN_ON, generator: 'scripts/build-pii-heldback-w12.mjs', cases, vectors });
console.log(written);
