// Builds test/fixtures/pii/heldback-w11/: the wave 11 held-back labelled set for the sensitive-data
// detector, written by someone who never tunes the detector (issue #10 §3).
//
//   node scripts/build-pii-heldback-w11.mjs     (writes documents.json, korean-numbers.json, manifest.json)
//
// The wave 10 set (heldback-w10/) had its figures published and is tuning data in wave 11; this set
// measures that tuning on text nobody has seen. Its own seed and random stream, other locales
// (en_US, en_GB, de_DE, fr_FR, es_ES, es_MX, nl_NL, en_ZA, en_SG, pt_PT — w10 used en_AU, en_CA,
// en_IN, en_IE, en_NZ, it, pt_BR, pl, sv, da) and Korean again, and other document kinds: résumé
// contact headers in many layouts, pasted e-mail threads with quoted replies and signatures,
// LinkedIn-style profile exports, reference letters, application and onboarding forms, portfolio
// "about" pages; in Korean 경력기술서, 이메일 서명, 주소 변경 신청서, 자기소개서 and English profiles
// with romanised Korean addresses. Labelling rules are those of heldback-w10/README.md.
//
// Gold spans are recorded as the values are inserted (by rule, never by running the detector).
// Check digits are computed here and in scripts/lib/pii-values.mjs, independently of src/. Phones
// are drawn from each country's numbering plan and kept only when libphonenumber-js (max metadata)
// calls them valid numbers of that country.
//
// The whole set is held back: nobody tunes on it, reads its documents while tuning, or prints its
// misses. `npm run bench -- sensitive` prints aggregates only.
import { fakerDE, fakerEN_GB, fakerEN_US, fakerEN_ZA, fakerES, fakerES_MX, fakerFR, fakerKO, fakerNL, fakerPT_PT } from '@faker-js/faker';
import { writeHeldBackSet } from './lib/held-back-set.mjs';
import { LabelledText as Doc, shuffled } from './lib/labelled-text.mjs';
import { ascii, daysIn, ibanOf, krCheck, nationalIdMakers, pad, phoneOf, piiValueMakers, UPPER } from './lib/pii-values.mjs';
import { seededRandom } from './lib/seeded-random.mjs';

const SEED = 0x5eed_0b11;
const DOCUMENTS_PER_LOCALE = 100;
const KOREAN_DOCUMENTS = 250;
const FROZEN_ON = '2026-11-30';
const DIR = new URL('../test/fixtures/pii/heldback-w11/', import.meta.url);

const { int, pick, chance, digits } = seededRandom(SEED);
const letter = (from = UPPER) => from[int(0, from.length - 1)];
const nz = (n) => String(int(1, 9)) + digits(n - 1);
const shuffle = (items) => shuffled(items, int);
const { card, sin, aadhaar, pan, codiceFiscale, registration, registrationBorn, bornBetween, impossibleRegistration } = piiValueMakers({ int, pick, chance, digits, letter });
const { ssn, nino, steuerId, nir, dni, bsn, chineseId, myNumber } = nationalIdMakers({ int, pick, chance, digits, letter });
/** Korean number layouts people type: hyphen (most), none, one space, en dash, spaced hyphen. */
const krLayout = (n) => pick([`${n.slice(0, 6)}-${n.slice(6)}`, `${n.slice(0, 6)}-${n.slice(6)}`, `${n.slice(0, 6)}-${n.slice(6)}`, n, `${n.slice(0, 6)} ${n.slice(6)}`, `${n.slice(0, 6)}–${n.slice(6)}`, `${n.slice(0, 6)} - ${n.slice(6)}`]);

// ---------------------------------------------------------------- phones, by country
const maybeExt = (p, forms) => (chance(p) ? pick(forms)() : '');
const PHONES = {
  en_US: () =>
    phoneOf('US', () => {
      const a = pick(['212', '646', '718', '917', '312', '773', '415', '650', '206', '512', '617', '303', '404', '305', '702', '503', '612', '919']);
      const e = `${int(2, 9)}${int(0, 9)}${int(2, 9)}`;
      const l = digits(4);
      const ext = maybeExt(0.15, [() => ` ext. ${digits(3)}`, () => ` x${digits(3)}`, () => ` Ext ${digits(2)}`]);
      return pick([`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`, `+1 ${a} ${e} ${l}`, `+1 (${a}) ${e}-${l}`, `1-${a}-${e}-${l}`, `+1-${a}-${e}-${l}`, `${a} ${e} ${l}`]) + ext;
    }),
  en_GB: () =>
    phoneOf('GB', () => {
      const m = `7${pick(['4', '5', '7', '8', '9'])}${digits(2)}`;
      return pick([
        `0${m} ${digits(6)}`,
        `0${m} ${digits(3)} ${digits(3)}`,
        `+44 ${m} ${digits(6)}`,
        `+44 (0)${m} ${digits(6)}`,
        `+44 (0) ${m} ${digits(3)} ${digits(3)}`,
        `020 ${pick(['7', '8'])}${digits(3)} ${digits(4)}`,
        `+44 20 ${pick(['7', '8'])}${digits(3)} ${digits(4)}`,
        `0161 ${int(2, 9)}${digits(2)} ${digits(4)}`,
        `0113 ${int(2, 4)}${digits(2)} ${digits(4)}`,
        `(0131) ${int(2, 6)}${digits(2)} ${digits(4)}`,
        `01865 ${int(2, 7)}${digits(5)}`,
      ]);
    }),
  de_DE: () =>
    phoneOf('DE', () => {
      const mobile = pick(['151', '152', '157', '160', '162', '163', '170', '171', '172', '173', '175', '176', '177', '178', '179']);
      const mlen = mobile.startsWith('15') ? 8 : 7;
      const ext = maybeExt(0.08, [() => ` Durchwahl ${digits(3)}`]);
      return (
        pick([
          `0${mobile} ${nz(mlen)}`,
          `0${mobile}-${nz(mlen)}`,
          `+49 ${mobile} ${nz(mlen)}`,
          `+49 (0)${mobile} ${nz(mlen)}`,
          `0${mobile} ${nz(3)} ${digits(mlen - 3)}`,
          `030 ${int(2, 9)}${digits(7)}`,
          `030/${int(2, 9)}${digits(6)}`,
          `+49 30 ${int(2, 9)}${digits(7)}`,
          `089 ${int(2, 9)}${digits(6)}`,
          `(089) ${int(2, 9)}${digits(2)} ${digits(2)} ${digits(2)}`,
          `040 ${int(2, 9)}${digits(2)} ${digits(2)} ${digits(2)}`,
          `+49 221 ${int(2, 9)}${digits(6)}`,
          `069 / ${int(2, 9)}${digits(6)}`,
        ]) + ext
      );
    }),
  fr_FR: () =>
    phoneOf('FR', () => {
      const first = pick(['6', '7', '6', '1', '2', '3', '4', '5', '9']);
      const n = `${first}${first === '7' ? int(3, 8) : int(0, 9)}${digits(7)}`;
      const g = (s) => `${s.slice(0, 1)}${s.slice(1, 3)} ${s.slice(3, 5)} ${s.slice(5, 7)} ${s.slice(7)}`;
      const pairs = `0${n.slice(0, 1)} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`;
      return pick([pairs, pairs, pairs.replaceAll(' ', '.'), `0${n}`, `+33 ${g(n)}`, `+33 (0)${g(n)}`, `+33${n}`, pairs.replaceAll(' ', '-')]);
    }),
  es_ES: () =>
    phoneOf('ES', () => {
      const n = pick([`6${digits(8)}`, `7${int(1, 4)}${digits(7)}`, `91${int(2, 7)}${digits(6)}`, `93${int(2, 4)}${digits(6)}`, `96${int(2, 3)}${digits(6)}`, `95${int(4, 5)}${digits(6)}`]);
      const three = `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
      const pairs = `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`;
      const landline = `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`;
      return pick([three, pairs, n, `+34 ${three}`, `+34 ${pairs}`, `(+34) ${n}`, n.startsWith('9') ? landline : three, `+34 ${n}`]);
    }),
  es_MX: () =>
    phoneOf('MX', () => {
      const area = pick(['55', '55', '33', '81', '222', '442', '998', '477', '664']);
      const local = digits(10 - area.length);
      const split = area.length === 2 ? `${local.slice(0, 4)} ${local.slice(4)}` : `${local.slice(0, 3)} ${local.slice(3)}`;
      const dashed = area.length === 2 ? `${local.slice(0, 4)}-${local.slice(4)}` : `${local.slice(0, 3)}-${local.slice(3)}`;
      return pick([`${area} ${split}`, `(${area}) ${dashed}`, `+52 ${area} ${split}`, `+52 (${area}) ${dashed}`, `${area}${local}`, `+52 1 ${area} ${split}`, `${area}-${dashed}`]);
    }),
  nl_NL: () =>
    phoneOf('NL', () => {
      const m = `6${int(1, 5)}${digits(6)}`;
      const area = pick([['20', 7], ['10', 7], ['30', 7], ['70', 7], ['40', 7], ['50', 7], ['346', 6], ['71', 7]]);
      const local = `${int(2, 9)}${digits(area[1] - 1)}`;
      return pick([
        `06-${m.slice(1)}`,
        `06 ${m.slice(1, 5)} ${m.slice(5)}`,
        `06 ${m.slice(1, 3)} ${m.slice(3, 5)} ${m.slice(5, 7)} ${m.slice(7)}`,
        `+31 6 ${m.slice(1)}`,
        `+31 (0)6 ${m.slice(1, 5)} ${m.slice(5)}`,
        `+316${m.slice(1)}`,
        `0${area[0]}-${local}`,
        `0${area[0]} ${local.slice(0, 3)} ${local.slice(3)}`,
        `+31 ${area[0]} ${local.slice(0, 3)} ${local.slice(3)}`,
        `(0${area[0]}) ${local}`,
      ]);
    }),
  en_ZA: () =>
    phoneOf('ZA', () => {
      const m = pick(['60', '61', '63', '71', '72', '73', '74', '76', '78', '79', '81', '82', '83', '84']);
      const land = pick(['21', '11', '12', '31', '41', '51']);
      const n7 = `${int(2, 9)}${digits(6)}`;
      return pick([
        `0${m} ${n7.slice(0, 3)} ${n7.slice(3)}`,
        `0${m}-${n7.slice(0, 3)}-${n7.slice(3)}`,
        `0${m}${n7}`,
        `+27 ${m} ${n7.slice(0, 3)} ${n7.slice(3)}`,
        `+27 (0)${m} ${n7.slice(0, 3)} ${n7.slice(3)}`,
        `0${land} ${n7.slice(0, 3)} ${n7.slice(3)}`,
        `(0${land}) ${n7.slice(0, 3)}-${n7.slice(3)}`,
        `+27 ${land} ${n7.slice(0, 3)} ${n7.slice(3)}`,
      ]);
    }),
  en_SG: () =>
    phoneOf('SG', () => {
      const n = `${pick(['8', '9', '9', '6'])}${digits(7)}`;
      return pick([`${n.slice(0, 4)} ${n.slice(4)}`, `+65 ${n.slice(0, 4)} ${n.slice(4)}`, `+65 ${n}`, `(+65) ${n.slice(0, 4)}-${n.slice(4)}`, `+65-${n.slice(0, 4)}-${n.slice(4)}`, n]);
    }),
  pt_PT: () =>
    phoneOf('PT', () => {
      const n = pick([`9${pick(['1', '2', '3', '6'])}${digits(7)}`, `21${int(0, 9)}${digits(6)}`, `22${int(0, 9)}${digits(6)}`, `239${digits(6)}`, `253${digits(6)}`]);
      const three = `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
      return pick([three, three, n, `+351 ${three}`, `+351 ${n}`, `(+351) ${three}`, `00351 ${three}`]);
    }),
  ko: () =>
    phoneOf('KR', () => {
      const mid = `${int(2, 9)}${digits(3)}`;
      const area = pick(['02', '031', '032', '033', '041', '043', '051', '052', '055', '061', '063', '070']);
      const local = area === '02' ? pick([`${int(2, 9)}${digits(2)}`, `${int(2, 9)}${digits(3)}`]) : `${int(2, 9)}${digits(2 + int(0, 1))}`;
      const ext = maybeExt(0.12, [() => ` 내선 ${digits(4)}`, () => ` 내선${digits(3)}`]);
      return pick([
        `010-${mid}-${digits(4)}`,
        `010-${mid}-${digits(4)}`,
        `010 ${mid} ${digits(4)}`,
        `010)${mid}-${digits(4)}`,
        `(010) ${mid}-${digits(4)}`,
        `010${mid}${digits(4)}`,
        `+82-10-${mid}-${digits(4)}`,
        `+82 10-${mid}-${digits(4)}`,
        `${area}-${local}-${digits(4)}${ext}`,
        `${area})${local}-${digits(4)}`,
        `${area} ${local} ${digits(4)}`,
        `+82-${area.slice(1)}-${local}-${digits(4)}`,
      ]);
    }),
};

// ---------------------------------------------------------------- addresses, by country
const US_PLACES = [
  ['Brooklyn', 'NY', '112'], ['Chicago', 'IL', '606'], ['Austin', 'TX', '787'], ['Seattle', 'WA', '981'], ['Portland', 'OR', '972'], ['Denver', 'CO', '802'],
  ['Atlanta', 'GA', '303'], ['Somerville', 'MA', '021'], ['Oakland', 'CA', '946'], ['Minneapolis', 'MN', '554'], ['Raleigh', 'NC', '276'], ['Phoenix', 'AZ', '850'],
];
const US_TYPES = ['Street', 'St', 'Avenue', 'Ave', 'Boulevard', 'Blvd', 'Road', 'Rd', 'Drive', 'Dr', 'Lane', 'Ln', 'Court', 'Ct', 'Place', 'Pl', 'Terrace', 'Way', 'Parkway'];
const GB_PLACES = [
  ['London', ['N16', 'E8', 'SE15', 'SW9', 'NW5', 'W12', 'EC1V']], ['Manchester', ['M14', 'M20', 'M4']], ['Leeds', ['LS6', 'LS2']], ['Bristol', ['BS6', 'BS3']],
  ['Edinburgh', ['EH6', 'EH9']], ['Glasgow', ['G12', 'G41']], ['Cardiff', ['CF24', 'CF11']], ['Oxford', ['OX4', 'OX2']], ['Brighton', ['BN1', 'BN2']], ['Norwich', ['NR2']],
];
const GB_TYPES = ['Road', 'Street', 'Lane', 'Avenue', 'Gardens', 'Grove', 'Terrace', 'Close', 'Crescent', 'Place', 'Square', 'Mews', 'Walk'];
const GB_INWARD = 'ABDEFGHJLNPQRSTUWXYZ';
const DE_PLACES = [['10969', 'Berlin'], ['10437', 'Berlin'], ['12047', 'Berlin'], ['80331', 'München'], ['81669', 'München'], ['20357', 'Hamburg'], ['50667', 'Köln'], ['60313', 'Frankfurt am Main'], ['70178', 'Stuttgart'], ['04109', 'Leipzig'], ['01067', 'Dresden'], ['28195', 'Bremen']];
const DE_STREETS = ['Lindenstraße', 'Hauptstr.', 'Schillerstraße', 'Bergweg', 'Am Stadtpark', 'Goethestr.', 'Kastanienallee', 'Friedrichstraße', 'Weserstraße', 'Sonnenallee', 'Im Winkel', 'Rosenweg', 'Marktplatz', 'Karl-Marx-Allee'];
const FR_PLACES = [['75011', 'Paris'], ['75019', 'Paris'], ['75005', 'Paris'], ['69002', 'Lyon'], ['69007', 'Lyon'], ['13006', 'Marseille'], ['31000', 'Toulouse'], ['33000', 'Bordeaux'], ['44000', 'Nantes'], ['59800', 'Lille'], ['67000', 'Strasbourg'], ['34000', 'Montpellier']];
const FR_STREETS = ['rue de la République', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue Oberkampf', 'rue des Lilas', 'place Bellecour', 'allée des Tilleuls', 'rue du Faubourg Saint-Antoine', 'impasse des Roses', 'chemin des Vignes', 'quai de la Loire', 'rue Victor Hugo'];
const ES_PLACES = [['28014', 'Madrid'], ['28004', 'Madrid'], ['08002', 'Barcelona'], ['08012', 'Barcelona'], ['41001', 'Sevilla'], ['46002', 'Valencia'], ['48001', 'Bilbao'], ['29001', 'Málaga'], ['50001', 'Zaragoza'], ['15001', 'A Coruña']];
const ES_STREETS = ['Calle de Alcalá', 'C/ Mayor', 'Calle Gran Vía', 'Avda. de la Constitución', 'Avenida Diagonal', 'Paseo de Gracia', 'Calle Serrano', 'Plaza de España', 'Calle del Carmen', 'Ronda de Toledo', 'C/ San Vicente Mártir'];
const MX_PLACES = [
  ['Col. Roma Norte', 'Cuauhtémoc', '06700', 'Ciudad de México', 'CDMX'], ['Col. Condesa', 'Cuauhtémoc', '06140', 'Ciudad de México', 'CDMX'], ['Col. Del Valle', 'Benito Juárez', '03100', 'Ciudad de México', 'CDMX'],
  ['Col. Americana', 'Guadalajara', '44160', 'Guadalajara', 'Jal.'], ['Col. Centro', 'Monterrey', '64000', 'Monterrey', 'N.L.'], ['Col. Chapultepec', 'Guadalajara', '44600', 'Guadalajara', 'Jal.'],
  ['Col. Centro Histórico', 'Puebla', '72000', 'Puebla', 'Pue.'], ['Fracc. Jardines', 'Querétaro', '76180', 'Santiago de Querétaro', 'Qro.'],
];
const MX_STREETS = ['Av. Insurgentes Sur', 'Calle Morelos', 'Av. Álvaro Obregón', 'Calle Durango', 'Av. Chapultepec', 'Calle Hidalgo', 'Av. Juárez', 'Calle 5 de Mayo', 'Av. Revolución', 'Calle Tonalá'];
const NL_PLACES = [['1015', 'Amsterdam'], ['1054', 'Amsterdam'], ['1072', 'Amsterdam'], ['3012', 'Rotterdam'], ['3511', 'Utrecht'], ['2514', 'Den Haag'], ['9711', 'Groningen'], ['5611', 'Eindhoven'], ['6811', 'Arnhem'], ['2311', 'Leiden']];
const NL_STREETS = ['Keizersgracht', 'Vondelstraat', 'Oudegracht', 'Witte de Withstraat', 'Lange Voorhout', 'Herestraat', 'Stratumseind', 'Breestraat', 'Nieuwe Binnenweg', 'Ceintuurbaan', 'Javastraat'];
const ZA_PLACES = [['Gardens', 'Cape Town', '8001'], ['Observatory', 'Cape Town', '7925'], ['Sea Point', 'Cape Town', '8005'], ['Sandton', 'Johannesburg', '2196'], ['Melville', 'Johannesburg', '2092'], ['Hatfield', 'Pretoria', '0083'], ['Umhlanga', 'Durban', '4319'], ['Berea', 'Durban', '4001'], ['Summerstrand', 'Gqeberha', '6001']];
const ZA_STREETS = ['Long Street', 'Kloof Street', 'Main Road', 'Rivonia Road', 'Jan Smuts Avenue', 'Florida Road', 'Burnett Street', 'Beach Road', 'Voortrekker Road', 'Church Street'];
const SG_STREETS = [['Ang Mo Kio Avenue', '56'], ['Tampines Street', '52'], ['Bedok North Road', '46'], ['Jurong West Street', '64'], ['Toa Payoh Lorong', '31'], ['Yishun Ring Road', '76'], ['Clementi Avenue', '12']];
const SG_BUILDINGS = [['10 Anson Road', 'International Plaza', '079903'], ['1 Raffles Place', 'One Raffles Place', '048616'], ['80 Robinson Road', '', '068898'], ['3 Temasek Boulevard', 'Suntec Tower', '038983'], ['71 Ayer Rajah Crescent', '', '139951']];
const PT_PLACES = [['1100', 'Lisboa'], ['1250', 'Lisboa'], ['1700', 'Lisboa'], ['4000', 'Porto'], ['4150', 'Porto'], ['3000', 'Coimbra'], ['4700', 'Braga'], ['8000', 'Faro'], ['2750', 'Cascais']];
const PT_STREETS = ['Rua Augusta', 'Av. da Liberdade', 'Rua de Santa Catarina', 'Avenida da Boavista', 'Rua do Ouro', 'Travessa do Carmo', 'Largo do Rato', 'Rua Ferreira Borges', 'Rua de Cedofeita', 'Praceta Luís de Camões'];
const KR_ROADS = [
  ['서울특별시', '서울시', '종로구', '세종대로', '세종로'], ['서울특별시', '서울', '서초구', '반포대로', '서초동'], ['서울특별시', '서울시', '성동구', '왕십리로', '성수동1가'],
  ['서울특별시', '서울', '영등포구', '여의대로', '여의도동'], ['경기도', '경기', '고양시 일산동구', '중앙로', '장항동'], ['경기도', '경기', '용인시 수지구', '포은대로', '풍덕천동'],
  ['부산광역시', '부산시', '부산진구', '중앙대로', '부전동'], ['대구광역시', '대구', '중구', '동성로', '삼덕동'], ['울산광역시', '울산', '남구', '삼산로', '삼산동'],
  ['세종특별자치시', '세종', '', '한누리대로', '나성동'], ['충청북도', '충북', '청주시 흥덕구', '직지대로', '복대동'], ['전북특별자치도', '전북', '전주시 완산구', '팔달로', '중앙동'],
  ['강원특별자치도', '강원', '춘천시', '중앙로', '조양동'],
];
const KR_ROMAN_ROADS = [['Teheran-ro', 'Gangnam-gu', 'Seoul', '06'], ['Sejong-daero', 'Jongno-gu', 'Seoul', '03'], ['Yeoui-daero', 'Yeongdeungpo-gu', 'Seoul', '07'], ['Pangyoyeok-ro', 'Bundang-gu, Seongnam-si, Gyeonggi-do', '', '13'], ['Haeundae-ro', 'Haeundae-gu', 'Busan', '48']];
const KR_BUILDINGS = ['래미안아파트', '푸르지오', '힐스테이트', '오피스텔', '빌라', '타워'];

const ADDRESSES = {
  en_US: (f, multiline) => {
    const [city, st, zip3] = pick(US_PLACES);
    const zip = `${zip3}${digits(2)}${chance(0.2) ? `-${digits(4)}` : ''}`;
    if (chance(0.08)) return `PO Box ${int(10, 9999)}, ${city}, ${st} ${zip}`;
    const street = `${int(1, 9899)} ${pick([() => f.person.lastName(), () => pick(['Maple', 'Oak', 'Cedar', 'Elm', 'Pine', 'Washington', 'Lincoln', 'Park', 'Lake', 'Hill'])])()} ${pick(US_TYPES)}`;
    const unit = pick(['', '', '', `, Apt ${int(1, 30)}${letter('ABCD')}`, ` #${int(2, 1800)}`, `, Unit ${int(1, 400)}`, `, Suite ${int(100, 900)}`]);
    return multiline ? `${street}${unit}\n${city}, ${st} ${zip}` : `${street}${unit}, ${city}, ${st} ${zip}`;
  },
  en_GB: (f, multiline) => {
    const [town, outwards] = pick(GB_PLACES);
    const postcode = `${pick(outwards)} ${int(1, 9)}${letter(GB_INWARD)}${letter(GB_INWARD)}`;
    const flat = pick(['', '', '', `Flat ${int(1, 40)}, `, `Flat ${int(1, 9)}${letter('ABC')}, `, `${pick(['Ground', 'First', 'Top'])} Floor Flat, `]);
    const named = chance(0.08) ? `${pick(['The Old Rectory', 'Rose Cottage', 'Holly House', 'The Coach House'])}, ` : '';
    const street = `${named ? '' : `${int(1, 220)} `}${f.person.lastName().replace(/[\s-].*$/u, '')} ${pick(GB_TYPES)}`;
    const lines = [`${flat}${named}${street}`, ...(chance(0.3) ? [pick(['Headingley', 'Stoke Newington', 'Clifton', 'Leith', 'Roath', 'Jericho', 'Didsbury'])] : []), town, postcode];
    return multiline ? lines.join('\n') : chance(0.5) ? `${lines.slice(0, -1).join(', ')} ${postcode}` : lines.join(', ');
  },
  de_DE: (f, multiline) => {
    const [plz, city] = pick(DE_PLACES);
    const street = chance(0.4) ? f.location.street() : pick(DE_STREETS);
    const co = chance(0.07) ? `c/o ${f.person.lastName()}, ` : '';
    const line1 = `${co}${street} ${int(1, 180)}${pick(['', '', '', letter('abc'), `-${int(2, 9)}`])}`;
    const extra = pick(['', '', '', ', 3. OG', ', Hinterhaus', ', Whg. 12']);
    return multiline ? `${line1}${extra}\n${plz} ${city}` : `${line1}${extra}, ${plz} ${city}`;
  },
  fr_FR: (f, multiline) => {
    const [cp, city] = pick(FR_PLACES);
    const street = chance(0.3) ? f.location.street() : pick(FR_STREETS);
    const number = `${int(1, 180)}${pick(['', '', '', ' bis', ' ter'])}`;
    const apt = pick(['', '', '', `Appt ${int(1, 60)}, `, `Bât. ${letter('ABC')}, `, `Résidence les Tilleuls, `]);
    const cedex = chance(0.04) ? ' Cedex' : '';
    return multiline ? `${apt}${number}, ${street}\n${cp} ${city}${cedex}` : `${apt}${number} ${street}, ${cp} ${city}${cedex}`;
  },
  es_ES: (f, multiline) => {
    const [cp, city] = pick(ES_PLACES);
    const street = pick(ES_STREETS);
    const floor = pick(['', `, ${int(1, 9)}º ${letter('ABCD')}`, `, ${int(1, 8)}º ${pick(['izda.', 'dcha.'])}`, `, bajo`, `, ${int(1, 6)}.º ${int(1, 4)}.ª`]);
    const line1 = `${street}${chance(0.5) ? ',' : ''} ${int(1, 250)}${floor}`;
    return multiline ? `${line1}\n${cp} ${city}` : `${line1}, ${cp} ${city}${chance(0.3) ? ' (España)' : ''}`;
  },
  es_MX: (f, multiline) => {
    const [col, municipio, cp, city, state] = pick(MX_PLACES);
    const line1 = `${pick(MX_STREETS)} ${int(1, 3200)}${pick(['', '', ` Int. ${int(1, 30)}`, `, Depto. ${int(101, 904)}`])}`;
    const tail = pick([`${col}, ${municipio}, C.P. ${cp}, ${city}, ${state}`, `${col}, C.P. ${cp} ${city}, ${state}`, `${col}, ${cp} ${city}`]);
    return multiline ? `${line1}\n${tail}` : `${line1}, ${tail}`;
  },
  nl_NL: (f, multiline) => {
    const [pc4, city] = pick(NL_PLACES);
    const pc = `${pc4}${pick([' ', ' ', ''])}${letter('ABCEGHJKLMNPRTVWXZ')}${letter('ABCEGHJKLMNPRTVWXZ')}`;
    if (chance(0.07)) return `Postbus ${int(10, 9999)}, ${pc} ${city}`;
    const street = chance(0.3) ? f.location.street() : pick(NL_STREETS);
    const line1 = `${street} ${int(1, 400)}${pick(['', '', '', '-2', '-III', ' hs', letter('abc'), ' bis'])}`;
    return multiline ? `${line1}\n${pc}  ${city.toUpperCase()}`.replace('  ', ' ') : `${line1}, ${pc} ${city}`;
  },
  en_ZA: (f, multiline) => {
    const [suburb, city, code] = pick(ZA_PLACES);
    if (chance(0.1)) return `PO Box ${int(10, 9999)}, ${pick([suburb, city])}, ${code}`;
    const unit = pick(['', '', `Unit ${int(1, 40)}, ${pick(['Harbour View', 'The Palms', 'Oakwood Estate'])}, `, `Flat ${int(1, 90)}, `]);
    const street = `${unit}${int(1, 300)} ${pick(ZA_STREETS)}`;
    return multiline ? `${street}\n${suburb}\n${city}\n${code}` : `${street}, ${suburb}, ${city}, ${code}`;
  },
  en_SG: (f, multiline) => {
    if (chance(0.6)) {
      const [road, pc2] = pick(SG_STREETS);
      const block = `Blk ${int(100, 699)}${chance(0.2) ? letter('AB') : ''}`;
      const unit = `#${pad(int(2, 25), 2)}-${int(10, 450)}`;
      const pc = `${pc2}${digits(4)}`;
      return multiline ? `${block} ${road} ${int(1, 9)}\n${unit}\nSingapore ${pc}` : `${block} ${road} ${int(1, 9)}, ${unit}, Singapore ${pc}`;
    }
    const [street, building, pc] = pick(SG_BUILDINGS);
    const unit = `#${pad(int(2, 40), 2)}-${pad(int(1, 12), 2)}`;
    return multiline ? `${street}\n${unit}${building ? ` ${building}` : ''}\nSingapore ${pc}` : `${street}, ${unit}${building ? ` ${building}` : ''}, Singapore ${pc}`;
  },
  pt_PT: (f, multiline) => {
    const [cp4, city] = pick(PT_PLACES);
    const cp = `${cp4}-${digits(3)}`;
    const street = chance(0.3) ? f.location.street() : pick(PT_STREETS);
    const floor = pick(['', '', `, ${int(1, 9)}.º ${pick(['Esq.', 'Dto.', 'Frente'])}`, `, ${int(1, 6)}º Dto`, `, r/c`, `, Lote ${int(1, 40)}`]);
    const line1 = `${street}${chance(0.6) ? ',' : ''} ${int(1, 300)}${floor}`;
    return multiline ? `${line1}\n${cp} ${city}` : `${line1}, ${cp} ${city}`;
  },
  ko: () => {
    const [sido, short, gu, road, dong] = pick(KR_ROADS);
    const zip = pick(['', '', '', `(${pad(int(1000, 63999), 5)}) `, `[${pad(int(1000, 63999), 5)}] `, `우) ${pad(int(1000, 63999), 5)} `]);
    const region = `${chance(0.5) ? sido : short}${gu ? ` ${gu}` : ''}`;
    if (chance(0.25)) {
      const lot = `${dong} ${int(1, 1999)}${chance(0.7) ? `-${int(1, 99)}` : ''}${chance(0.2) ? '번지' : ''}`;
      return `${zip}${region} ${lot}${pick(['', ` ${int(101, 1204)}호`, ` ${pick(KR_BUILDINGS)} ${int(101, 115)}동 ${int(1, 20)}0${int(1, 6)}호`])}`;
    }
    const number = `${int(1, 700)}${chance(0.15) ? `-${int(1, 30)}` : ''}`;
    const gil = chance(0.3) ? `${int(1, 60)}번길` : chance(0.2) ? `${int(1, 30)}길` : '';
    const unit = pick(['', '', `, ${int(101, 115)}동 ${int(1, 25)}0${int(1, 6)}호`, ` ${int(2, 20)}층`, `, ${int(201, 1503)}호`, ` ${int(2, 9)}층 ${int(201, 905)}호`]);
    const ref = chance(0.3) ? ` (${dong}${chance(0.4) ? `, ${pick(KR_BUILDINGS)}` : ''})` : '';
    return `${zip}${region} ${road}${gil} ${number}${unit}${ref}`;
  },
};
/** An address in Korea written in English (romanised road address, postcode last). */
function romanisedKoreanAddress() {
  const [road, gu, city, zip2] = pick(KR_ROMAN_ROADS);
  const unit = pick(['', `${int(2, 20)}F, `, `Apt ${int(101, 1503)}, `, `#${int(201, 1203)}, `]);
  return `${unit}${int(1, 500)}, ${road}${chance(0.3) ? ` ${int(1, 90)}-gil` : ''}, ${gu}${city ? `, ${city}` : ''} ${zip2}${digits(3)}`;
}

// ---------------------------------------------------------------- national ids and other claimed numbers

/** Ids the detector claims, for the locales that have one: [cue or neutral lead-in, value, type]. Expats carry their home country's id. */
function nationalId(locale, p) {
  const named = chance(0.65);
  const neutral = () => pick(['As requested: ', 'Number for the payroll form: ', 'For the background check: ', 'Reference for HR: ']);
  switch (locale) {
    case 'en_US':
      if (chance(0.25)) return [named ? 'Canadian SIN: ' : neutral(), sin(), 'CA_SIN'];
      if (chance(0.25)) return [named ? pick(['My Number (Japan): ', 'マイナンバー ']) : neutral(), myNumber(), 'JP_MY_NUMBER'];
      return [named ? pick(['SSN: ', 'Social Security Number: ', 'SSN# ', 'social security no. ']) : neutral(), ssn(), 'US_SSN'];
    case 'en_GB':
      if (chance(0.35)) return [named ? pick(['Codice fiscale: ', 'Italian tax code (codice fiscale) ']) : neutral(), codiceFiscale(p.first, p.last), 'IT_FISCAL_CODE'];
      return [named ? pick(['NI number: ', 'National Insurance No. ', 'NINO: ', 'NI No ']) : neutral(), nino(), 'UK_NINO'];
    case 'de_DE':
      return [named ? pick(['Steuer-ID: ', 'Steuerliche Identifikationsnummer: ', 'IdNr. ', 'Steuer-Identifikationsnummer ']) : pick(['Für die Lohnabrechnung: ', 'Angaben: ']), steuerId(), 'DE_TAX_ID'];
    case 'fr_FR':
      return [named ? pick(['N° de sécurité sociale : ', 'NIR : ', 'Numéro de Sécurité sociale ', 'N° SS ']) : pick(['Pour la paie : ', 'Référence : ']), nir(), 'FR_NIR'];
    case 'es_ES':
      return [named ? pick(['DNI: ', 'NIE: ', 'DNI/NIE ', 'Documento de identidad: ']) : pick(['Para el contrato: ', 'Datos: ']), dni(), 'ES_DNI'];
    case 'nl_NL':
      return [named ? pick(['BSN: ', 'Burgerservicenummer: ', 'BSN-nummer ', 'sofinummer ']) : pick(['Voor de salarisadministratie: ', 'Gegevens: ']), bsn(), 'NL_BSN'];
    case 'en_SG': {
      const which = pick(['cn', 'cn', 'aadhaar', 'pan']);
      if (which === 'cn') return [named ? pick(['PRC ID card no. ', 'Chinese ID: ', '身份证号 ']) : neutral(), chineseId(), 'CN_RESIDENT_ID'];
      if (which === 'aadhaar') return [named ? pick(['Aadhaar: ', 'Aadhaar no. ']) : neutral(), aadhaar(), 'IN_AADHAAR'];
      return [named ? pick(['PAN: ', 'PAN card no. ']) : neutral(), pan(p.last), 'IN_PAN'];
    }
    case 'ko': {
      const kind = chance(0.7) ? 'KR_RRN' : 'KR_FRN';
      const cue = kind === 'KR_RRN' ? pick(['주민등록번호: ', '주민번호: ', '주민등록번호 ']) : pick(['외국인등록번호: ', '외국인등록증 번호 ', 'ARC: ']);
      return [named ? cue : pick(['본인확인 ', '신원 확인용: ']), krLayout(registration(kind)), kind];
    }
    default:
      return null; // es_MX, en_ZA, pt_PT: their ids (CURP, ZA ID, NIF) are not claimed, so none is written
  }
}
function passport(locale) {
  const value = {
    en_US: () => (chance(0.5) ? digits(9) : `${letter()}${digits(8)}`), en_GB: () => digits(9), de_DE: () => `${letter('CFGHJK')}${digits(2)}${letter('CFGHJKLMNPRTVWXYZ')}${digits(4)}${letter('CFGHJK')}${int(0, 9)}`,
    fr_FR: () => `${digits(2)}${letter()}${letter()}${digits(5)}`, es_ES: () => `${letter()}${letter()}${letter()}${digits(6)}`, es_MX: () => `${letter('GN')}${digits(8)}`,
    nl_NL: () => `N${letter()}${letter()}${digits(1)}${letter()}${digits(3)}${digits(1)}`, en_ZA: () => `${letter('AMT')}${digits(8)}`, en_SG: () => `${letter('EK')}${digits(7)}${letter()}`,
    pt_PT: () => `${letter()}${letter()}${digits(6)}`, ko: () => (chance(0.5) ? `M${digits(8)}` : `M${digits(3)}${letter()}${digits(4)}`),
  }[locale]();
  const cue = { de_DE: ['Reisepass-Nr. ', 'Pass: '], fr_FR: ['N° de passeport : ', 'Passeport '], es_ES: ['Pasaporte: ', 'Nº pasaporte '], es_MX: ['Pasaporte: '], nl_NL: ['Paspoortnummer: '], pt_PT: ['Passaporte n.º '], ko: ['여권번호: ', '여권 번호 '] }[locale];
  return [cue && chance(0.5) ? pick(cue) : pick(['Passport no. ', 'Passport: ', 'Passport number ', 'passport # ']), value];
}
function driverLicence(locale) {
  switch (locale) {
    case 'en_US':
      return [pick(["Driver's License: ", 'DL# ', "Driver's license no. "]), pick([`${letter()}${digits(7)}`, `${letter()}${digits(3)}-${digits(3)}-${digits(2)}-${digits(3)}-${digits(1)}`, digits(8)])];
    case 'en_GB': {
      const surname = `${ascii(fakerEN_GB.person.lastName()).toUpperCase()}99999`.slice(0, 5);
      return [pick(['Driving licence number: ', 'Driving licence no. ']), `${surname}${int(5, 9)}${pad(int(1, 12) + (chance(0.5) ? 50 : 0), 2)}${pad(int(1, 28), 2)}${int(0, 9)}${letter()}${letter()}9${int(0, 9)}${letter()}${letter()}`];
    }
    case 'ko':
      return [pick(['운전면허번호: ', '운전면허 ']), `${int(11, 28)}-${pad(int(0, 25), 2)}-${digits(6)}-${digits(2)}`];
    default:
      return null;
  }
}

// ---------------------------------------------------------------- banking
/** Spanish CCC control digit over `s` (weights 1,2,4,8,5,10,9,7,3,6). */
function cccDigit(s) {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(s[i]) * w[i];
  const d = 11 - (sum % 11);
  return d === 11 ? 0 : d === 10 ? 1 : d;
}
const IBAN_BBAN = {
  DE: () => `${pick(['10020030', '37040044', '50010517', '70150000', '20050550'])}${digits(10)}`,
  FR: () => {
    const bank = pick(['30004', '20041', '30002', '10107', '11315']);
    const branch = digits(5);
    const account = digits(11);
    const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account)) % 97n);
    return `${bank}${branch}${account}${pad(key, 2)}`;
  },
  ES: () => {
    const entity = `${pick(['2100', '0049', '0182', '2038', '0081'])}${digits(4)}`;
    const account = digits(10);
    return `${entity}${cccDigit(`00${entity}`)}${cccDigit(account)}${account}`;
  },
  NL: () => {
    for (;;) {
      const n = `${int(1, 9)}${digits(9)}`;
      let s = 0;
      for (let i = 0; i < 10; i++) s += Number(n[i]) * (10 - i);
      if (s % 11 === 0) return `${pick(['ABNA', 'RABO', 'SNSB', 'ASNB', 'TRIO'])}${n}`;
    }
  },
  PT: () => {
    const base = `${pick(['0035', '0033', '0010', '0007', '0036'])}${digits(4)}${digits(11)}`;
    return `${base}${pad(98 - Number((BigInt(base) * 100n) % 97n), 2)}`;
  },
  GB: () => `${pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL'])}${digits(6)}${digits(8)}`,
};
function iban(country) {
  const compact = ibanOf(country, IBAN_BBAN[country]());
  return pick([compact.match(/.{1,4}/g).join(' '), compact.match(/.{1,4}/g).join(' '), compact]);
}
const IBAN_COUNTRY = { de_DE: 'DE', fr_FR: 'FR', es_ES: 'ES', nl_NL: 'NL', pt_PT: 'PT', en_GB: 'GB' };
/** A domestic account number with the words that name it: [lead-in, account, trailer]. */
function bankAccount(locale) {
  switch (locale) {
    case 'en_US':
      return pick([
        [`Routing number 0${digits(8)}, account number `, `${nz(int(9, 12))}`, ''],
        ['Checking account #', nz(10), ` (routing 0${digits(8)})`],
        ['Direct deposit to account ', nz(int(8, 12)), ''],
      ]);
    case 'en_GB':
      return [`Sort code ${digits(2)}-${digits(2)}-${digits(2)}, account number `, `${int(1, 9)}${digits(7)}`, ''];
    case 'es_MX':
      return pick([
        ['CLABE interbancaria: ', `${pick(['002', '012', '014', '021', '072'])}${digits(15)}`, ''],
        ['Cuenta de nómina ', nz(10), ` (${pick(['BBVA', 'Banorte', 'Santander'])})`],
      ]);
    case 'en_ZA':
      return [pick(['FNB cheque account ', 'Capitec savings account ', 'Standard Bank account no. ']), nz(int(9, 11)), `, branch code ${pick(['250655', '470010', '051001'])}`];
    case 'en_SG':
      return pick([
        ['DBS account ', `${digits(3)}-${digits(6)}-${digits(1)}`, ''],
        ['OCBC savings account ', `${digits(3)}-${digits(6)}-${digits(3)}`, ''],
        ['Bank account (UOB): ', `${digits(3)}-${digits(3)}-${digits(3)}-${digits(1)}`, ''],
      ]);
    case 'ko':
      return pick([
        ['카카오뱅크 ', `3333-${digits(2)}-${digits(7)}`, ''],
        ['농협 계좌 ', `${pick(['302', '301', '351'])}-${digits(4)}-${digits(4)}-${digits(2)}`, ''],
        ['기업은행 ', `${digits(3)}-${digits(6)}-${digits(2)}-${digits(3)}`, ''],
        ['급여계좌(토스뱅크) ', `1000-${digits(4)}-${digits(4)}`, ''],
        ['국민은행 ', `${digits(6)}-${digits(2)}-${digits(6)}`, ''],
      ]);
    default: {
      const cue = { de_DE: 'Kontonummer ', fr_FR: 'N° de compte ', es_ES: 'Número de cuenta ', nl_NL: 'Rekeningnummer ', pt_PT: 'N.º de conta ' }[locale];
      return [cue && chance(0.6) ? cue : 'Account number ', nz(10), ''];
    }
  }
}

// ---------------------------------------------------------------- birth dates
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
};
function birthDate(locale) {
  const y = int(1961, 2005);
  const m = int(1, 12);
  const d = int(1, daysIn(y, m));
  const [dd, mm] = [pad(d, 2), pad(m, 2)];
  const en = MONTHS.en[m - 1];
  switch (locale) {
    case 'en_US':
      return pick([`${mm}/${dd}/${y}`, `${m}/${d}/${y}`, `${en} ${d}, ${y}`, `${en.slice(0, 3)}. ${d}, ${y}`, `${y}-${mm}-${dd}`]);
    case 'de_DE':
      return pick([`${dd}.${mm}.${y}`, `${d}. ${MONTHS.de[m - 1]} ${y}`, `${dd}.${mm}.${String(y).slice(2)}`]);
    case 'fr_FR':
      return pick([`${dd}/${mm}/${y}`, `${d} ${MONTHS.fr[m - 1]} ${y}`, `${d === 1 ? '1er' : d} ${MONTHS.fr[m - 1]} ${y}`]);
    case 'es_ES':
    case 'es_MX':
      return pick([`${dd}/${mm}/${y}`, `${d} de ${MONTHS.es[m - 1]} de ${y}`, `${dd}-${mm}-${y}`]);
    case 'nl_NL':
      return pick([`${dd}-${mm}-${y}`, `${d} ${MONTHS.nl[m - 1]} ${y}`, `${dd}/${mm}/${y}`]);
    case 'pt_PT':
      return pick([`${dd}/${mm}/${y}`, `${d} de ${MONTHS.pt[m - 1]} de ${y}`, `${dd}-${mm}-${y}`]);
    case 'ko':
      return pick([`${y}년 ${m}월 ${d}일`, `${y}.${mm}.${dd}`, `${y}. ${m}. ${d}.`, `${String(y).slice(2)}.${mm}.${dd}`, `${y}/${mm}/${dd}`]);
    default: // en_GB, en_ZA, en_SG
      return pick([`${dd}/${mm}/${y}`, `${d} ${en} ${y}`, `${d} ${en.slice(0, 3)} ${y}`, `${y}-${mm}-${dd}`, `${d}${['st', 'nd', 'rd'][(d % 10) - 1] && ![11, 12, 13].includes(d) ? ['st', 'nd', 'rd'][(d % 10) - 1] : 'th'} ${en} ${y}`]);
  }
}
const DOB_CUES = {
  en: ['Date of birth: ', 'DOB: ', 'D.O.B.: ', 'Born: ', 'Date of Birth ', 'Birth date: ', 'born '],
  de_DE: ['Geburtsdatum: ', 'geboren am ', 'Geb.-Datum: ', 'geb. '],
  fr_FR: ['Date de naissance : ', 'Né le ', 'Née le ', 'né(e) le '],
  es_ES: ['Fecha de nacimiento: ', 'F. nacimiento: ', 'nacido el '],
  es_MX: ['Fecha de nacimiento: ', 'Fecha de nac.: ', 'nacida el '],
  nl_NL: ['Geboortedatum: ', 'geboren op ', 'Geb. datum: '],
  pt_PT: ['Data de nascimento: ', 'Data de nasc.: ', 'nascido a '],
  ko: ['생년월일: ', '생년월일 ', '출생: ', '생일(생년월일) '],
};
const dobCue = (locale) => pick(DOB_CUES[locale] && (locale === 'ko' || chance(0.55)) ? DOB_CUES[locale] : DOB_CUES.en);

// ---------------------------------------------------------------- hard negatives
const MONEY = {
  en_US: () => pick([`$${int(70, 260)},000`, `$${int(70, 260)}k`, `USD ${int(80, 240)},000–${int(120, 300)},000`]),
  en_GB: () => pick([`£${int(28, 120)},000`, `£${int(30, 95)}k + bonus`, `£${int(350, 800)}/day`]),
  de_DE: () => pick([`${int(45, 110)}.000 € brutto`, `${int(45, 110)} T€`, `EUR ${int(50, 120)}.000,00`]),
  fr_FR: () => pick([`${int(35, 90)} k€ brut annuel`, `${int(35, 90)} 000 € bruts`, `${int(2, 6)} ${digits(3)},00 € net/mois`]),
  es_ES: () => pick([`${int(24, 70)}.000 € brutos anuales`, `${int(1, 4)}.${digits(3)} € netos al mes`]),
  es_MX: () => pick([`$${int(25, 120)},000 MXN mensuales`, `MXN ${int(300, 1500)},000 anuales`]),
  nl_NL: () => pick([`€ ${int(3, 7)}.${digits(3)},- bruto per maand`, `€${int(45, 95)}k`, `schaal ${int(8, 12)}, trede ${int(1, 14)}`]),
  en_ZA: () => pick([`R${int(25, 95)} 000 per month`, `R${int(300, 1400)}k CTC`, `ZAR ${int(400, 1500)},000`]),
  en_SG: () => pick([`S$${int(5, 15)},${digits(3)}/month`, `SGD ${int(70, 220)}k`, `S$${int(5, 12)}k + AWS`]),
  pt_PT: () => pick([`${int(1, 4)}.${digits(3)} € brutos/mês`, `${int(18, 60)} mil euros anuais`]),
  ko: () => pick([`연봉 ${int(3200, 9800)}만원`, `희망연봉 ${int(4, 9)}천만 원`, `월 ${int(250, 700)}만 원`]),
};
/** Company and tax numbers of organisations (never a person's), which the detector does not claim. */
const BUSINESS_NUMBERS = {
  en_US: () => pick([`EIN ${digits(2)}-${digits(7)}`, `DUNS ${digits(2)}-${digits(3)}-${digits(4)}`, `NPI ${digits(10)}`]),
  en_GB: () => pick([`Company No. ${pad(int(1_000_000, 14_999_999), 8)}`, `VAT Reg. GB ${digits(3)} ${digits(4)} ${digits(2)}`, `Registered in England and Wales no. ${digits(8)}`]),
  de_DE: () => pick([`HRB ${int(1000, 250000)} B, Amtsgericht Charlottenburg`, `USt-IdNr. DE${digits(9)}`, `Steuernummer ${digits(2)}/${digits(3)}/${digits(5)} (Firma)`]),
  fr_FR: () => pick([`SIREN ${digits(3)} ${digits(3)} ${digits(3)}`, `SIRET ${digits(3)} ${digits(3)} ${digits(3)} ${digits(5)}`, `RCS Paris B ${digits(3)} ${digits(3)} ${digits(3)}`, `TVA FR${digits(2)} ${digits(9)}`]),
  es_ES: () => pick([`CIF B${digits(8)}`, `NIF de la empresa A-${digits(8)}`, `Inscrita en el Registro Mercantil, tomo ${digits(5)}, folio ${int(1, 220)}`]),
  es_MX: () => pick([`RFC de la empresa ${letter()}${letter()}${letter()}${digits(6)}${letter()}${letter()}${digits(1)}`, `Registro patronal IMSS ${letter()}${digits(2)}-${digits(5)}-${digits(2)}-${digits(1)}`]),
  nl_NL: () => pick([`KvK ${digits(8)}`, `Btw-nr. NL${digits(9)}B01`, `KvK-nummer ${digits(8)}, vestigingsnr. ${digits(12)}`]),
  en_ZA: () => pick([`Reg. No. ${int(1998, 2023)}/${digits(6)}/07`, `VAT No. 4${digits(9)}`, `B-BBEE Level ${int(1, 4)}`]),
  en_SG: () => pick([`UEN ${int(2005, 2023)}${digits(5)}${letter()}`, `GST Reg. No. M${digits(1)}-${digits(7)}-${digits(1)}`, `EA Licence No. ${digits(2)}C${digits(4)}`]),
  pt_PT: () => pick([`NIPC 5${digits(8)}`, `Capital social ${int(5, 500)}.000 €, matrícula ${digits(9)}`, `CAE ${digits(5)}`]),
  ko: () => pick([`사업자등록번호 ${digits(3)}-${digits(2)}-${digits(5)}`, `법인등록번호 ${pick(['110111', '131111', '134511', '160111'])}-${digits(7)}`, `통신판매업신고 제${int(2018, 2025)}-서울강남-${pad(int(1, 9999), 5)}호`]),
};
/** Phone-like numbers named as something else (tickets, cases, parts) in layouts phones use. */
function phoneLikeId() {
  return pick([
    () => `Ticket ${digits(3)}-${digits(3)}-${digits(4)} was escalated.`,
    () => `Support case #${digits(4)}-${digits(3)}-${digits(3)} is resolved.`,
    () => `Request ID ${digits(2)} ${digits(4)} ${digits(4)} (please quote it).`,
    () => `Candidate number ${digits(4)} ${digits(6)}.`,
    () => `Employee ID ${digits(8)}, badge ${digits(5)}.`,
    () => `Policy number ${digits(3)}.${digits(3)}.${digits(4)}.`,
    () => `Booking ref ${digits(10)}.`,
  ])();
}
/** Street names, postcodes and towns in prose, never someone's address. */
const PLACES_IN_PROSE = {
  en_US: () => pick([`The team sits near Market Street in ${pick(['SF', 'the Financial District'])}.`, `We are hiring in the ${int(100, 999)}${digits(2)} ZIP code area.`, `Our office moved to Fifth Avenue last year.`]),
  en_GB: () => pick([`The studio is just off Oxford Street.`, `Roles available across the ${pick(['M1', 'LS1', 'EC2'])} area.`, `I commute along the A${int(1, 600)} every day.`]),
  de_DE: () => pick([`Unser Büro liegt nahe der Friedrichstraße.`, `Arbeitsort: Großraum ${pick(['10115', '80331', '20095'])} Berlin/Hamburg.`, `Ich pendle über die A${int(1, 99)}.`]),
  fr_FR: () => pick([`Les bureaux sont près de la rue de Rivoli.`, `Poste basé dans le ${int(1, 20)}e arrondissement (750${pad(int(1, 20), 2)}).`, `Télétravail possible hors Île-de-France.`]),
  es_ES: () => pick([`La oficina está cerca de la Gran Vía.`, `Zona de trabajo: código postal ${pick(['28001', '08001'])} y alrededores.`, `Me gusta pasear por el Paseo del Prado.`]),
  es_MX: () => pick([`La oficina está sobre Reforma, cerca del Ángel.`, `Vacante en la zona del C.P. ${pick(['06600', '44100', '64000'])}.`, `Trabajé en Santa Fe ${int(2, 6)} años.`]),
  nl_NL: () => pick([`Ons kantoor zit vlak bij de Zuidas.`, `Regio ${pick(['1011', '3011', '3511'])} en omgeving.`, `Ik fiets dagelijks over de Keizersgracht.`]),
  en_ZA: () => pick([`Our offices are off Long Street in the CBD.`, `Applicants within the ${pick(['8001', '2196', '0083'])} area preferred.`, `I drive the N${int(1, 4)} every morning.`]),
  en_SG: () => pick([`The team is based in one-north.`, `Near Raffles Place MRT (EW14/NS26).`, `Preference for candidates near postal district ${int(1, 28)}.`]),
  pt_PT: () => pick([`O escritório fica perto da Avenida da Liberdade.`, `Zona ${pick(['1000', '4000'])} e arredores.`, `Trabalhei no Parque das Nações ${int(2, 6)} anos.`]),
};
function negative(locale, f) {
  const y1 = int(2008, 2021);
  return pick([
    () => `Order ${pick(['#', 'no. ', 'No.'])}${digits(int(8, 12))} shipped on ${int(2022, 2026)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}.`,
    () => `Invoice ${letter()}${letter()}-${int(2022, 2026)}-${digits(4)}, due in ${pick([14, 30, 45])} days.`,
    () => `ISBN ${pick(['978', '979'])}-${int(0, 9)}-${digits(4)}-${digits(4)}-${int(0, 9)}.`,
    () => `Released v${int(1, 9)}.${int(0, 24)}.${int(0, 60)}${pick(['', '-rc.1', '-beta.2', '+build.' + digits(4)])}.`,
    () => `${f.company.name()} (${pick(['Jan', 'Apr', 'Sep', 'Oct'])} ${y1} – ${pick(['Present', `Jun ${int(y1 + 1, 2026)}`])}).`,
    () => `${int(3, 8)}–${int(9, 15)} years of experience required.`,
    () => `Salary: ${MONEY[locale]()}.`,
    () => `Budget ${pick(['€', '$', '£'])}${int(1, 40)}.${int(1, 9)}M, delivered ${int(2, 19)}% under plan.`,
    () => `Improved conversion by ${int(2, 60)}.${int(0, 9)}% and NPS from ${int(10, 40)} to ${int(41, 80)}.`,
    () => `SKU ${letter()}${letter()}${letter()}-${digits(5)}-${letter()}${digits(2)}.`,
    () => `${BUSINESS_NUMBERS[locale]()}.`,
    () => phoneLikeId(),
    () => PLACES_IN_PROSE[locale](),
    () => `Interview on ${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/2026 at ${int(9, 17)}:${pick(['00', '30'])}.`,
    () => `Team of ${int(4, 60)}, ${int(2, 30)} countries, ${int(10, 900)}k monthly users.`,
    () => `Certificate ID ${letter()}${letter()}${digits(8)} (AWS), valid until ${int(2026, 2029)}.`,
  ])();
}
const KO_NEGATIVES = [
  () => `${int(2010, 2021)}.${pad(int(1, 12), 2)} ~ ${pick(['현재', `${int(2022, 2026)}.${pad(int(1, 12), 2)}`])} (${int(1, 9)}년 ${int(1, 11)}개월)`,
  () => `${MONEY.ko()}`,
  () => `주문번호 ${digits(int(12, 16))}`,
  () => `송장번호 ${digits(12)}`,
  () => BUSINESS_NUMBERS.ko(),
  () => `토익 ${int(700, 990)}점 / 오픽 ${pick(['IH', 'AL', 'IM3'])}`,
  () => `학점 ${int(3, 4)}.${digits(2)} / 4.5`,
  () => `TPS ${int(2, 90)},000 처리, 응답시간 ${int(30, 900)}ms → ${int(5, 29)}ms`,
  () => `버전 v${int(1, 9)}.${int(0, 30)}.${int(0, 9)} 배포`,
  () => `제품코드 ${letter()}${letter()}-${digits(5)}`,
  () => `문의 티켓 #${digits(6)}`,
  () => `매출 ${int(10, 400)}억 원, 전년 대비 ${int(3, 60)}% 성장`,
  () => `테헤란로 일대 스타트업에서 근무`,
  () => `우편번호 ${pad(int(1000, 63999), 5)} 인근 근무 희망`,
  () => `${int(3, 7)}~${int(8, 12)}년 차 경력`,
  () => `사번 ${int(2015, 2025)}${digits(4)}`,
];
const koreanNegative = () => pick(KO_NEGATIVES)();

// ---------------------------------------------------------------- people, e-mails, fakers
const FAKERS = { en_US: fakerEN_US, en_GB: fakerEN_GB, de_DE: fakerDE, fr_FR: fakerFR, es_ES: fakerES, es_MX: fakerES_MX, nl_NL: fakerNL, en_ZA: fakerEN_ZA, en_SG: fakerEN_GB, pt_PT: fakerPT_PT, ko: fakerKO };
for (const f of new Set(Object.values(FAKERS))) f.seed(SEED);
const DOMAINS = {
  en_US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net'], en_GB: ['btinternet.com', 'gmail.com', 'hotmail.co.uk', 'sky.com'],
  de_DE: ['gmx.de', 'web.de', 't-online.de', 'posteo.de', 'gmail.com'], fr_FR: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'],
  es_ES: ['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es'], es_MX: ['gmail.com', 'hotmail.com', 'prodigy.net.mx', 'outlook.com'],
  nl_NL: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'xs4all.nl'], en_ZA: ['gmail.com', 'mweb.co.za', 'telkomsa.net', 'webmail.co.za'],
  en_SG: ['gmail.com', 'singnet.com.sg', 'yahoo.com.sg', 'hotmail.com'], pt_PT: ['sapo.pt', 'gmail.com', 'netcabo.pt', 'iol.pt'],
  ko: ['naver.com', 'daum.net', 'kakao.com', 'gmail.com', 'nate.com'],
};
const SG_NAMES = [['Wei Ling', 'Tan'], ['Jun Jie', 'Lim'], ['Priya', 'Raman'], ['Hui Min', 'Ong'], ['Arjun', 'Nair'], ['Xiao Hong', 'Chen'], ['Siti', 'Rahman'], ['Kai Wen', 'Goh'], ['Rohan', 'Pillai'], ['Mei', 'Wong']];
const KO_FAMILY = [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi'], ['정', 'jeong'], ['임', 'lim'], ['오', 'oh'], ['서', 'seo'], ['신', 'shin'], ['권', 'kwon'], ['황', 'hwang'], ['송', 'song']];
const KO_GIVEN = [['지민', 'jimin'], ['서준', 'seojun'], ['다은', 'daeun'], ['은우', 'eunwoo'], ['채원', 'chaewon'], ['시우', 'siwoo'], ['수빈', 'subin'], ['건우', 'geonwoo'], ['나연', 'nayeon'], ['준서', 'junseo']];
function person(locale) {
  if (locale === 'ko') {
    const [l, lr] = pick(KO_FAMILY);
    const [g, gr] = pick(KO_GIVEN);
    const local = pick([`${gr}${lr}`, `${lr}.${gr}`, `${gr}${int(85, 99)}`, `${lr}${gr[0]}${digits(3)}`, `${gr}_${lr}`]);
    return { first: g, last: l, name: `${l}${g}`, roman: `${lr[0].toUpperCase()}${lr.slice(1)} ${gr[0].toUpperCase()}${gr.slice(1)}`, email: `${local}@${pick(DOMAINS.ko)}` };
  }
  const f = FAKERS[locale];
  const [first, last] = locale === 'en_SG' ? pick(SG_NAMES) : [f.person.firstName(), f.person.lastName()];
  const a = ascii(first).toLowerCase() || 'alex';
  const b = ascii(last).toLowerCase() || 'smith';
  const local = pick([`${a}.${b}`, `${a}${b}`, `${a[0]}.${b}`, `${b}${a[0]}${int(1, 99)}`, `${a}-${b}`, `${a}${int(1980, 2004)}`]);
  return { first, last, name: `${first} ${last}`, email: `${local}@${pick(DOMAINS[locale])}` };
}
function companyDomain(f) {
  return `${ascii(f.company.name()).toLowerCase().slice(0, 10) || 'firma'}.${pick(['com', 'io', 'co', 'net', 'org'])}`;
}
const workEmail = (p, domain) => `${ascii(p.first).toLowerCase()[0] ?? 'h'}${ascii(p.last).toLowerCase() || 'r'}@${domain}`;
const addressFor = (locale, multiline = false) => ADDRESSES[locale](FAKERS[locale], multiline);
const phoneFor = (locale) => PHONES[locale]();
function sprinkle(d, locale, f, n, joint = ' ') {
  for (let i = 0; i < n; i++) d.add(negative(locale, f) + joint);
}

// ---------------------------------------------------------------- document kinds
/** Résumé contact headers in the layouts people use: one line with separators, labelled lines, two columns, icons. */
function contactHeader(d, locale, p) {
  const layout = pick(['line', 'labelled', 'columns', 'icons', 'stacked']);
  const bits = [
    ['PHONE', () => phoneFor(locale), { labelled: pick(['Phone: ', 'Mobile: ', 'Tel: ', 'Cell: ']), icon: pick(['☎ ', '📱 ', '✆ ', 'T ']) }],
    ['EMAIL', () => p.email, { labelled: pick(['Email: ', 'E-mail: ', 'Mail: ']), icon: pick(['✉ ', '📧 ', '@ ', 'E ']) }],
  ];
  if (chance(0.7)) bits.push(['ADDRESS', () => addressFor(locale, layout === 'stacked' && chance(0.5)), { labelled: pick(['Address: ', 'Home: ', 'Location: ']), icon: pick(['📍 ', '⌂ ', 'A ']) }]);
  const order = shuffle(bits);
  order.push(['', () => `linkedin.com/in/${ascii(p.first).toLowerCase()}-${ascii(p.last).toLowerCase()}-${digits(3)}`, { labelled: 'LinkedIn: ', icon: 'in ' }]);
  d.add(`${layout === 'line' ? p.name.toUpperCase() : p.name}\n${FAKERS[locale].person.jobTitle()}\n${layout === 'columns' ? '\n' : ''}`);
  order.forEach(([type, value, labels], i) => {
    const lead = layout === 'labelled' || layout === 'columns' ? labels.labelled : layout === 'icons' ? labels.icon : '';
    if (i > 0) d.add(layout === 'line' ? pick([' | ', ' · ', ' • ', ' — ']) : layout === 'columns' && i % 2 === 1 ? '\t\t' : '\n');
    d.add(lead);
    if (type) d.entity(type, value());
    else d.add(value());
  });
  d.add('\n');
}
const KINDS = {
  resumeContactHeader(d, locale, f, p) {
    contactHeader(d, locale, p);
    if (chance(0.2)) d.add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)).add(pick([' | ', '\n']));
    if (chance(0.12)) {
      const [cue, value] = passport(locale);
      d.add(`Nationality: ${pick(['British', 'German', 'French', 'Spanish', 'Mexican', 'Dutch', 'South African', 'Singaporean', 'Portuguese', 'American'])} · ${cue}`).entity('PASSPORT', value).add('\n');
    }
    if (chance(0.1)) {
      const dl = driverLicence(locale);
      if (dl) d.add(dl[0]).entity('DRIVER_LICENSE', dl[1]).add('\n');
    }
    const id = chance(0.25) ? nationalId(locale, p) : null;
    if (id) d.add(id[0]).entity(id[2], id[1]).add('\n');
    d.add(`\n${pick(['SUMMARY', 'Profile', 'About me', 'PROFESSIONAL SUMMARY'])}\n`);
    sprinkle(d, locale, f, int(2, 4));
    d.add(`\n\n${pick(['EXPERIENCE', 'Work history', 'Employment'])}\n${f.person.jobTitle()} — ${f.company.name()}\n`);
    sprinkle(d, locale, f, int(1, 3), '\n');
  },
  emailThread(d, locale, f, p) {
    const domain = companyDomain(f);
    const recruiter = person(locale);
    const rEmail = workEmail(recruiter, domain);
    d.add('From: ').add(`${recruiter.name} <`).entity('EMAIL', rEmail).add('>\nTo: ').entity('EMAIL', p.email);
    if (chance(0.3)) d.add('\nCc: ').entity('EMAIL', workEmail(person(locale), domain));
    d.add(`\nDate: ${pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${int(1, 28)} ${pick(['Oct', 'Nov'])} 2026 ${int(8, 18)}:${pad(int(0, 59), 2)}\nSubject: RE: ${pick(['Next steps', 'Offer details', 'Your application', 'Onboarding paperwork'])}\n\n`);
    d.add(`Hi ${p.first},\n\n${pick(['Great to hear back.', 'Thanks for sending this over.', 'Confirming the details below.'])} `);
    sprinkle(d, locale, f, int(1, 2));
    if (chance(0.35)) d.add(pick(['\nYou can reach me directly on ', '\nMy direct line is '])).entity('PHONE', phoneFor(locale)).add('.');
    d.add(`\n\nBest,\n${recruiter.name}\n${f.person.jobTitle()}, ${f.company.name()}\n`);
    if (chance(0.7)) d.add(pick(['T: ', 'Tel ', 'Direct: ', 'O: ', ''])).entity('PHONE', phoneFor(locale)).add('\n');
    if (chance(0.3)) d.add(pick(['M: ', 'Mob: ', 'Cell: '])).entity('PHONE', phoneFor(locale)).add('\n');
    if (chance(0.45)) d.add(chance(0.5) ? '' : pick(['Office: ', 'A: '])).entity('ADDRESS', addressFor(locale, chance(0.3))).add('\n');
    d.add(`www.${domain}\n\n`);
    d.add(`On ${pick(['Mon', 'Tue', 'Wed', 'Thu'])}, ${int(1, 28)} ${pick(['Oct', 'Nov'])} 2026 at ${int(8, 18)}:${pad(int(0, 59), 2)}, ${p.name} <`).entity('EMAIL', p.email).add('> wrote:\n');
    const quoted = shuffle([
      () => d.add('> ' + pick(['Happy to move forward. My mobile is ', 'Please call me on ', 'Best number: '])).entity('PHONE', phoneFor(locale)).add('.'),
      () => d.add('> ' + pick(['Please send the contract to ', 'My address for the paperwork: '])).entity('ADDRESS', addressFor(locale, false)).add('.'),
      () => d.add('> ' + negative(locale, f)),
      () => {
        const id = nationalId(locale, p);
        if (id && chance(0.5)) d.add('> ' + id[0]).entity(id[2], id[1]);
        else d.add('> ' + negative(locale, f));
      },
      () => (chance(0.4) ? d.add('> ' + dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)) : d.add('> ' + negative(locale, f))),
    ]).slice(0, int(2, 4));
    quoted.forEach((line, i) => {
      if (i > 0) d.add('\n');
      line();
    });
    d.add(`\n>\n> ${p.first}`);
  },
  linkedinExport(d, locale, f, p) {
    if (chance(0.5)) {
      // The "Connections.csv" a profile export contains: e-mails of other people, dates, no phones.
      d.add('First Name,Last Name,URL,Email Address,Company,Position,Connected On\n');
      for (let i = int(3, 7); i > 0; i--) {
        const c = person(locale);
        d.add(`${c.first},${c.last},https://www.linkedin.com/in/${ascii(c.first).toLowerCase()}${ascii(c.last).toLowerCase()}${digits(2)},`);
        if (chance(0.6)) d.entity('EMAIL', c.email);
        d.add(`,"${f.company.name()}",${f.person.jobTitle()},${pad(int(1, 28), 2)} ${pick(['Jan', 'Mar', 'May', 'Aug', 'Nov'])} ${int(2015, 2026)}\n`);
      }
      return;
    }
    d.add(`${p.name}\n${f.person.jobTitle()} at ${f.company.name()}\n${pick(['500+ connections', `${int(80, 499)} connections`])}\n\nContact info\n`);
    d.add(`Profile\nlinkedin.com/in/${ascii(p.first).toLowerCase()}${ascii(p.last).toLowerCase()}\n`);
    if (chance(0.7)) d.add('Phone\n').entity('PHONE', phoneFor(locale)).add(pick([' (Mobile)', ' (Work)', ' (Home)'])).add('\n');
    d.add('Email\n').entity('EMAIL', p.email).add('\n');
    if (chance(0.4)) d.add('Address\n').entity('ADDRESS', addressFor(locale, false)).add('\n');
    if (chance(0.3)) d.add('Birthday\n').add(`${MONTHS.en[int(0, 11)]} ${int(1, 28)}\n`); // day and month only: not a date of birth (no year), a negative
    d.add(`\nAbout\n`);
    sprinkle(d, locale, f, int(2, 3));
    d.add(`\n\nExperience\n${f.person.jobTitle()}\n${f.company.name()} · Full-time\n`);
    sprinkle(d, locale, f, 1, '\n');
  },
  referenceLetter(d, locale, f, p) {
    const referee = person(locale);
    const domain = companyDomain(f);
    d.add(`${pick(['To whom it may concern,', 'Dear Hiring Committee,', 'Reference for ' + p.name])}\n\n`);
    d.add(`I had the pleasure of managing ${p.name} at ${f.company.name()} from ${int(2015, 2021)} to ${int(2022, 2026)}. `);
    sprinkle(d, locale, f, int(1, 3));
    d.add(`\n\n${pick(['Please feel free to contact me on ', 'I am happy to discuss further; call me on ', 'For any questions, my number is '])}`).entity('PHONE', phoneFor(locale));
    d.add(pick([' or at ', ', or e-mail ', ' / '])).entity('EMAIL', chance(0.5) ? workEmail(referee, domain) : referee.email).add('.\n\n');
    d.add(`${pick(['Sincerely,', 'Kind regards,', 'Yours faithfully,'])}\n${referee.name}\n${f.person.jobTitle()}, ${f.company.name()}\n`);
    if (chance(0.5)) d.entity('ADDRESS', addressFor(locale, chance(0.5))).add('\n');
    if (chance(0.3)) d.add(BUSINESS_NUMBERS[locale]() + '\n');
  },
  onboardingForm(d, locale, f, p) {
    d.add(pick(['NEW STARTER FORM', 'Employee onboarding — personal details', 'Application form', 'Candidate details']) + '\n\n');
    d.add(`Full name: ${p.name}\n`);
    if (chance(0.7)) d.add(pick(['Date of birth: ', 'DOB: ', 'Date of Birth (DD/MM/YYYY): ', dobCue(locale)])).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n');
    d.add(pick(['Home address: ', 'Address: ', 'Residential address: '])).entity('ADDRESS', addressFor(locale, false)).add('\n');
    d.add(pick(['Mobile: ', 'Phone: ', 'Contact number: '])).entity('PHONE', phoneFor(locale)).add('\n');
    d.add('Personal email: ').entity('EMAIL', p.email).add('\n');
    const id = nationalId(locale, p);
    if (id && chance(0.95)) d.add(id[0].replace(/[\s:#]+$/u, '') + ': ').entity(id[2], id[1]).add('\n');
    if (IBAN_COUNTRY[locale] && chance(0.6)) d.add(pick(['IBAN: ', 'Bank (IBAN): ', 'Salary account IBAN: '])).entity('IBAN', iban(IBAN_COUNTRY[locale])).add('\n');
    else if (chance(0.5)) {
      const [lead, value, trail] = bankAccount(locale);
      d.add(lead).entity('BANK_ACCOUNT', value).add(`${trail}\n`);
    }
    if (chance(0.15)) {
      const [cue, value] = passport(locale);
      d.add(cue).entity('PASSPORT', value).add('\n');
    }
    const dl = driverLicence(locale);
    if (dl && chance(0.35)) d.add(dl[0]).entity('DRIVER_LICENSE', dl[1]).add('\n');
    if (chance(0.25)) d.add(pick(['Corporate card: ', 'Card for the relocation deposit: '])).entity('CREDIT_CARD', card()).add(` exp ${pad(int(1, 12), 2)}/${int(27, 31)}\n`);
    d.add(`Emergency contact: ${person(locale).name} (${pick(['partner', 'mother', 'brother', 'friend'])}), `).entity('PHONE', phoneFor(locale)).add('\n');
    d.add(`Start date: ${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/2027\nEmployee no.: ${digits(6)}\nNotice period: ${int(1, 3)} months\n`);
    sprinkle(d, locale, f, 1);
  },
  portfolioAbout(d, locale, f, p) {
    d.add(`${pick(['About', 'Hi, I’m ' + p.first, 'ABOUT ME', 'Who I am'])}\n\n`);
    d.add(`I'm a ${pick(['product designer', 'illustrator', 'front-end developer', 'photographer', 'UX writer', 'data visualisation designer'])} with ${int(3, 15)} years of experience. `);
    sprinkle(d, locale, f, int(1, 3));
    d.add(`\n\n${pick(['Selected clients', 'Recent work', 'Projects'])}: ${f.company.name()}, ${f.company.name()}.\n\n${pick(['Say hello', 'Get in touch', 'Contact', 'Let’s talk'])}\n`);
    d.add(pick(['Email me at ', '✉ ', 'Mail: ', ''])).entity('EMAIL', p.email);
    if (chance(0.6)) d.add(pick(['\nor call ', '\nPhone ', '\nWhatsApp: ', '\n'])).entity('PHONE', phoneFor(locale));
    if (chance(0.35)) d.add(pick(['\nStudio: ', '\nVisit the studio at ', '\n'])).entity('ADDRESS', addressFor(locale, chance(0.3)));
    d.add(`\n© ${int(2019, 2026)} ${p.name}. ${pick(['All rights reserved.', 'Built with Astro v' + int(2, 5) + '.' + int(0, 9) + '.', ''])}`);
  },
};

const KOREAN_KINDS = {
  careerDescription(d, f, p) {
    d.add(pick(['경 력 기 술 서\n\n', '[경력기술서]\n', '경력기술서\n\n']));
    d.add(`성명: ${p.name}\t`).add(pick(['연락처: ', '휴대전화: ', 'H.P '])).entity('PHONE', phoneFor('ko')).add(pick(['\t', '\n'])).add('이메일: ').entity('EMAIL', p.email).add('\n\n');
    for (let i = int(2, 3); i > 0; i--) {
      d.add(`■ ${pick(['(주)', '주식회사 ', ''])}${pick(['한빛', '누리', '다온', '새롬', '가온'])}${pick(['소프트', '테크', '데이터', '커머스', '랩스'])} | ${pick(['백엔드 개발', '데이터 엔지니어', '서비스 기획', 'QA', '인프라 운영'])} | ${koreanNegative()}\n`);
      d.add(`- 프로젝트: ${pick(['주문 시스템 개편', '추천 엔진 구축', '결제 모듈 이관', '사내 ERP 고도화'])} (${koreanNegative()})\n- 성과: ${koreanNegative()}, ${koreanNegative()}\n`);
    }
    if (chance(0.3)) d.add(pick(['\n주소: ', '\n거주지: '])).entity('ADDRESS', addressFor('ko')).add('\n');
    if (chance(0.15)) {
      const [cue, value, type] = nationalId('ko', p);
      d.add('\n' + cue).entity(type, value).add('\n');
    }
    if (chance(0.2)) d.add('\n' + pick(['문서번호 ', '관리번호 ', '접수번호 '])).decoy(krLayout(impossibleRegistration()));
  },
  emailSignature(d, f, p) {
    const sender = person('ko');
    const domain = `${pick(['hanbit', 'nuri', 'daon', 'saerom', 'gaon'])}${pick(['soft', 'tech', 'corp'])}.${pick(['co.kr', 'com', 'kr'])}`;
    d.add('보낸 사람: ').add(`${sender.name} <`).entity('EMAIL', `${sender.roman.split(' ')[1].toLowerCase()}.${sender.roman.split(' ')[0].toLowerCase()}@${domain}`).add('>\n');
    d.add('받는 사람: ').entity('EMAIL', p.email).add(`\n제목: ${pick(['[입사 안내] 제출 서류 요청', 'RE: 면접 일정 안내', '처우 협의 결과 안내'])}\n\n${p.name}님 안녕하세요.\n`);
    d.add(`${koreanNegative()} 관련하여 안내드립니다. ${koreanNegative()}.\n\n감사합니다.\n\n--\n${sender.name} ${pick(['책임', '매니저', '프로', '과장'])} | 인사팀\n${pick(['(주)', '주식회사 '])}${pick(['한빛', '누리', '다온'])}${pick(['소프트', '테크'])}\n`);
    d.add(pick(['M. ', 'Mobile ', 'HP ', '휴대폰 '])).entity('PHONE', phoneFor('ko')).add('\n');
    if (chance(0.7)) d.add(pick(['T. ', 'Tel ', '대표 '])).entity('PHONE', phoneFor('ko')).add(chance(0.5) ? ' | ' : '\n');
    if (chance(0.5)) d.add(pick(['F. ', 'Fax '])).entity('PHONE', phoneFor('ko')).add('\n');
    if (chance(0.6)) d.add(pick(['A. ', '주소 ', ''])).entity('ADDRESS', addressFor('ko')).add('\n');
    if (chance(0.5)) d.add(BUSINESS_NUMBERS.ko() + '\n');
    if (chance(0.25)) {
      d.add(`\n-----Original Message-----\n보낸 사람: ${p.name} <`).entity('EMAIL', p.email).add('>\n> 제출 서류 보내드립니다. 연락처는 ').entity('PHONE', phoneFor('ko')).add(' 입니다.');
    }
  },
  addressChangeForm(d, f, p) {
    d.add(pick(['주소 변경 신청서\n\n', '[주소 변경 신청서]\n', '주소(거소) 변경 신청서\n\n']));
    d.add(`성명: ${p.name}\t사번: ${int(2015, 2025)}${digits(4)}\n`);
    if (chance(0.7)) d.add(dobCue('ko')).entity('DATE_OF_BIRTH', birthDate('ko')).add('\n');
    if (chance(0.8)) {
      const [cue, value, type] = nationalId('ko', p);
      d.add(cue).entity(type, value).add('\n');
    }
    d.add(pick(['변경 전 주소: ', '기존 주소: '])).entity('ADDRESS', addressFor('ko')).add('\n');
    d.add(pick(['변경 후 주소: ', '신규 주소: ', '새 주소: '])).entity('ADDRESS', addressFor('ko')).add('\n');
    d.add(pick(['연락처: ', '휴대전화: '])).entity('PHONE', phoneFor('ko')).add('\n');
    if (chance(0.3)) {
      const [lead, value] = bankAccount('ko');
      d.add('급여 계좌 변경: ').add(lead).entity('BANK_ACCOUNT', value).add('\n');
    }
    d.add(`변경일: 2026. ${int(1, 11)}. ${int(1, 28)}.\n신청일: 2026년 11월 ${int(1, 30)}일\n신청인: ${p.name} (서명)\n`);
    if (chance(0.2)) d.add(`비고: 예시 번호 `).decoy(krLayout(impossibleRegistration())).add(' 는 양식 예시입니다.\n');
    if (chance(0.3)) d.add(`${koreanNegative()}\n`);
  },
  selfIntroduction(d, f, p) {
    d.add(pick(['[성장과정]\n', '1. 성장 과정 및 성격의 장단점\n', '■ 지원 동기\n']));
    d.add(`${pick(['어릴 때부터', '대학 시절', '첫 직장에서'])} ${koreanNegative()}을(를) 경험하며 ${pick(['문제 해결', '협업', '끈기'])}의 중요성을 배웠습니다. `);
    d.add(`${koreanNegative()}. ${koreanNegative()}.\n\n${pick(['[입사 후 포부]', '2. 입사 후 포부', '■ 포부'])}\n${int(3, 5)}년 안에 ${pick(['팀 리드', '전문가', '아키텍트'])}로 성장하겠습니다. ${koreanNegative()}.\n\n`);
    d.add(pick(['연락처 ', '☎ ', '휴대폰: '])).entity('PHONE', phoneFor('ko')).add(pick([' / ', '\n', ' · '])).add(pick(['', 'E. ', '메일 '])).entity('EMAIL', p.email);
    if (chance(0.4)) d.add(pick(['\n주소 ', '\n현 거주지: '])).entity('ADDRESS', addressFor('ko'));
    if (chance(0.25)) d.add('\n' + pick(['수험번호 ', '지원번호 '])).decoy(krLayout(impossibleRegistration()));
  },
  englishProfile(d, f, p) {
    d.add(`${p.roman}\n${pick(['Backend Engineer', 'Product Designer', 'Data Scientist', 'Marketing Lead'])} · Seoul, South Korea\n\nContact info\n`);
    d.add(pick(['Phone: ', 'Mobile ', ''])).entity('PHONE', chance(0.5) ? phoneFor('ko') : `+82 10-${int(2, 9)}${digits(3)}-${digits(4)}`).add('\n');
    d.add('Email: ').entity('EMAIL', p.email).add('\n');
    if (chance(0.55)) d.add(pick(['Address: ', 'Mailing address: '])).entity('ADDRESS', romanisedKoreanAddress()).add('\n');
    if (chance(0.2)) d.add('Date of birth: ').entity('DATE_OF_BIRTH', birthDate('en_GB')).add('\n');
    if (chance(0.1)) {
      const [cue, value] = passport('ko');
      d.add(cue).entity('PASSPORT', value).add('\n');
    }
    if (chance(0.15)) d.add(pick(['Alien registration no. ', 'ARC: '])).entity('KR_FRN', krLayout(registration('KR_FRN'))).add('\n');
    if (chance(0.1)) {
      const [cue, value] = driverLicence('ko');
      d.add(cue).entity('DRIVER_LICENSE', value).add('\n');
    }
    d.add(`\nAbout\n${negative('en_US', f)} ${negative('en_US', f)} ${koreanNegative()}.\n`);
    if (chance(0.1)) d.add('Card on file: ').entity('CREDIT_CARD', card()).add('\n');
  },
};

// ---------------------------------------------------------------- the set
const LOCALES = ['en_US', 'en_GB', 'de_DE', 'fr_FR', 'es_ES', 'es_MX', 'nl_NL', 'en_ZA', 'en_SG', 'pt_PT'];
const cases = [];
const push = (kind, locale, d) =>
  cases.push(d.asCase(`w11-${pad(cases.length, 4)}`, `${kind}/${locale}`));
for (let i = 0; i < DOCUMENTS_PER_LOCALE; i++) {
  for (const locale of LOCALES) {
    const kind = pick(Object.keys(KINDS));
    const d = new Doc();
    KINDS[kind](d, locale, FAKERS[locale], person(locale));
    if (chance(0.08)) d.add('\n' + pick(['Ref: ', 'Document no. ', 'Form ID '])).decoy(krLayout(impossibleRegistration()));
    push(kind, locale, d);
  }
}
for (let i = 0; i < KOREAN_DOCUMENTS; i++) {
  const kind = pick(Object.keys(KOREAN_KINDS));
  const d = new Doc();
  KOREAN_KINDS[kind](d, FAKERS.ko, person('ko'));
  push(kind, 'ko', d);
}

// ---------------------------------------------------------------- Korean registration-number vectors
// One number per sentence, with a cue that names its kind, a neutral lead-in, or nothing. Positives
// are labelled; decoys (impossible, embedded in a longer run, joined by '+') are listed in
// impossibleResidentNumbers; corporate registration numbers (법인등록번호, same 6-7 shape) are plain
// negatives: neither labelled nor decoys, so reporting one is a false positive only.
const vectors = [];
const NEUTRAL = [['신원 확인을 위해 ', ' 을(를) 제출합니다.'], ['ID: ', ''], ['(', ')'], ['번호는 ', '이고 사본을 첨부합니다.'], ['Number: ', ' — see attached.']];
const SENTENCES = {
  KR_RRN: [...NEUTRAL, ['주민등록번호 ', ' (뒷자리 포함)'], ['Resident registration no. ', '\n'], ['주민번호: ', ' 입니다']],
  KR_FRN: [...NEUTRAL, ['외국인등록증 번호는 ', '이고 체류자격은 E-7입니다.'], ['Alien registration no. ', '.'], ['외국인등록번호: ', '\n']],
  corporate: [['법인등록번호 ', ''], ['법인등록번호: ', ' (본점)'], ['Corporate registration no. ', '.'], ['등기번호(법인) ', '']],
};
SENTENCES.decoy = [...NEUTRAL, ...SENTENCES.KR_RRN.slice(NEUTRAL.length), ...SENTENCES.KR_FRN.slice(NEUTRAL.length)];
function vector(category, value, { type, decoy = false, sentences = decoy ? 'decoy' : type, from = 0, length = value.length } = {}) {
  const [before, after] = pick(SENTENCES[sentences]);
  const d = new Doc().add(before);
  if (decoy) d.decoy(value, from, length);
  else if (type) d.entity(type, value);
  else d.add(value);
  d.add(after);
  vectors.push(d.asCase(`w11-kr-${pad(vectors.length, 3)}`, `korean-numbers/${category}`, { category }));
}
const kindOf = () => (chance(0.6) ? 'KR_RRN' : 'KR_FRN');
/** A number that cannot exist because of its date: 1900-02-29 (G 1/2/5/6 on 00), other non-leap 29 Februaries, month 00/13–19, day 00/32+, day 31 of a 30-day month, 30 February. */
function impossibleDate() {
  const g1900 = () => String(pick([1, 2, 5, 6]));
  const g2000 = () => String(pick([3, 4, 7, 8]));
  const [front, g] = pick([
    () => [`000229`, g1900()],
    () => [`${pick(['01', '02', '03', '05', '06', '07', '09', '10', '11', '13', '14', '15', '17', '18', '19'])}0229`, g2000()],
    () => [`${pick(['61', '66', '73', '78', '90', '95', '98'])}0229`, g1900()],
    () => [`${pad(int(60, 99), 2)}${pick(['00', '13', '15', '19'])}${pad(int(1, 28), 2)}`, g1900()],
    () => [`${pad(int(60, 99), 2)}${pad(int(1, 12), 2)}${pick(['00', '32', '33', '39'])}`, g1900()],
    () => [`${pad(int(60, 99), 2)}${pick(['04', '06', '09', '11'])}31`, g1900()],
    () => [`${pad(int(0, 19), 2)}0230`, g2000()],
  ])();
  const d12 = `${front}${g}${digits(5)}`;
  return d12 + String(krCheck(d12, Number(g) >= 5)); // a right-looking check digit: only the date is wrong
}
for (let i = 0; i < 25; i++) {
  vector('rrn-before-2020-10', krLayout(bornBetween('KR_RRN', [1950, 1], i < 5 ? [2020, 9] : [2019, 12])), { type: 'KR_RRN' });
  vector('frn-before-2020-10', krLayout(bornBetween('KR_FRN', [1955, 1], i < 5 ? [2020, 9] : [2019, 12])), { type: 'KR_FRN' });
  vector('rrn-since-2020-10', krLayout(bornBetween('KR_RRN', [2020, 10], [2025, 12])), { type: 'KR_RRN' });
  vector('frn-since-2020-10', krLayout(bornBetween('KR_FRN', [2020, 10], [2025, 12])), { type: 'KR_FRN' });
  const real = registration(kindOf());
  const head = digits(int(1, 4));
  const tail = digits(int(0, 3));
  vector('inside-a-longer-digit-run', `${head}${real}${tail}`, { decoy: true, from: head.length, length: 13 });
  const plus = real.slice(0, 6) + '+' + real.slice(6);
  const joined = chance(0.5) ? plus : `${digits(int(2, 6))}+${real}`;
  vector('joined-by-plus', joined, { decoy: true, from: joined === plus ? 0 : joined.length - 13, length: joined === plus ? 14 : 13 });
  vector('impossible-7th-digit', krLayout(`${pad(int(40, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${pick(['0', '9'])}${digits(6)}`), { decoy: true });
}
for (let i = 0; i < 30; i++) vector('impossible-birth-date', krLayout(impossibleDate()), { decoy: true });
for (let i = 0; i < 20; i++) {
  // 29 February of a leap year: 1960–2016 (check digit) and 2024 (none).
  const y = i < 16 ? pick([1960, 1964, 1968, 1972, 1976, 1980, 1984, 1988, 1992, 1996, 2000, 2004, 2008, 2012, 2016]) : 2024;
  const kind = i % 3 === 0 ? 'KR_FRN' : 'KR_RRN';
  vector('born-29-february-leap-year', krLayout(registrationBorn(kind, y, 2, 29)), { type: kind });
  vector('corporate-registration-number', `${pick(['110111', '131111', '134511', '160111', '120111', '124611'])}-${int(0, 9)}${digits(6)}`, { sentences: 'corporate' });
}
for (let i = 0; i < 15; i++) vector('birth-date-in-the-future', krLayout(impossibleRegistration('future')), { decoy: true });

// ---------------------------------------------------------------- write and freeze
const description =
  'Held-back labelled set for the Candor sensitive-data detector, wave 11 (scripts/build-pii-heldback-w11.mjs, fixed seed). ' +
  'Built by someone who never tunes the detector; frozen before the detector was run on it. Aggregates only: never print or read its misses.';
const written = writeHeldBackSet(DIR, { description, seed: SEED, frozenOn: FROZEN_ON, generator: 'scripts/build-pii-heldback-w11.mjs', cases, vectors });
console.log(written);
