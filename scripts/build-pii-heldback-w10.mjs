// Builds test/fixtures/pii/heldback-w10/: a held-back labelled set for the sensitive-data detector,
// written by someone who never tunes the detector (wave 10, issue #10 §3).
//
//   node scripts/build-pii-heldback-w10.mjs     (writes documents.json, korean-numbers.json, manifest.json)
//
// Independent of scripts/build-pii-eval.mjs: its own random stream, its own document kinds (cover
// letters, messages to employers, interview answers, résumé headers and footers, reference lists,
// e-mails with signatures, chat-like notes, forms pasted as text, Korean 자기소개서 and 이력서
// headers), other locales (en_AU, en_CA, en_IN, en_IE, en_NZ, it, pt_BR, pl, sv, da, ko — eval.json
// used en_US, en_GB, de, fr, es, nl, ko) and the phone and address forms people write in those
// countries. Gold spans are recorded as the values are inserted (by rule, never by running the
// detector). Check digits are computed here and in scripts/lib/pii-values.mjs, independently of src/. Phones are drawn from each
// country's numbering plan and kept only when libphonenumber-js (max metadata) calls them valid
// numbers of that country, so no gold phone is a number that cannot exist.
//
// The whole set is held back: nobody tunes on it, reads its documents while tuning, or prints its
// misses. `npm run bench -- sensitive` prints aggregates only.
import { fakerDA, fakerEN_AU, fakerEN_CA, fakerEN_IE, fakerEN_IN, fakerIT, fakerKO, fakerPL, fakerPT_BR, fakerSV } from '@faker-js/faker';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { writeHeldBackSet } from './lib/held-back-set.mjs';
import { LabelledText as Doc, shuffled } from './lib/labelled-text.mjs';
import { ascii, daysIn, ibanOf, pad, piiValueMakers, UPPER } from './lib/pii-values.mjs';

const SEED = 0x5eed_0a10;
const DOCUMENTS_PER_LOCALE = 100;
const KOREAN_DOCUMENTS = 250;
const FROZEN_ON = '2026-11-30';
const DIR = new URL('../test/fixtures/pii/heldback-w10/', import.meta.url);

// ---------------------------------------------------------------- random stream (mulberry32)
let state = SEED >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const pick = (items) => items[Math.floor(random() * items.length)];
const chance = (p) => random() < p;
const digits = (n) => Array.from({ length: n }, () => String(int(0, 9))).join('');
const nz = (n) => String(int(1, 9)) + digits(n - 1);
const letter = (from = UPPER) => from[int(0, from.length - 1)];
function shuffle(items) {
  return shuffled(items, int);
}
const { card, sin, aadhaar, pan, codiceFiscale, registration, krLayout, impossibleRegistration } = piiValueMakers({ int, pick, chance, digits, letter });

// ---------------------------------------------------------------- phones, by country
/** Draws from `make` until libphonenumber-js calls the number valid for `country`. */
function valid(country, make) {
  for (let i = 0; i < 50; i++) {
    const value = make();
    if (isValidPhoneNumber(value.replace(/\s*(?:ext\.?|x|내선)\s*\d+$/u, ''), country)) return value;
  }
  throw new Error(`no valid ${country} phone`);
}
const withExtension = (p, forms) => (chance(p) ? pick(forms)() : '');
const PHONES = {
  en_AU: () =>
    valid('AU', () => {
      const m = `4${int(0, 9)}${digits(1)}`;
      const area = pick([
        ['2', pick(['9', '8'])],
        ['3', pick(['9', '8'])],
        ['7', pick(['3', '5'])],
        ['8', pick(['9', '8'])],
      ]);
      const land = `${area[1]}${digits(3)}`;
      return pick([
        `0${m} ${digits(3)} ${digits(3)}`,
        `0${m}${digits(6)}`,
        `+61 ${m} ${digits(3)} ${digits(3)}`,
        `+61 (0)${m} ${digits(3)} ${digits(3)}`,
        `(0${area[0]}) ${land} ${digits(4)}`,
        `0${area[0]} ${land} ${digits(4)}`,
        `+61 ${area[0]} ${land} ${digits(4)}`,
      ]);
    }),
  en_CA: () =>
    valid('CA', () => {
      const a = pick(['416', '647', '437', '604', '778', '403', '587', '514', '438', '613', '905', '902', '780', '204', '306']);
      const e = `${int(2, 9)}${digits(2)}`;
      const l = digits(4);
      const ext = withExtension(0.2, [() => ` ext. ${digits(3)}`, () => ` x${digits(2)}`, () => ` ext ${digits(4)}`]);
      return pick([`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`, `+1 ${a} ${e} ${l}`, `+1-${a}-${e}-${l}`, `1 (${a}) ${e}-${l}`, `${a} ${e} ${l}`]) + ext;
    }),
  en_IN: () =>
    valid('IN', () => {
      const m = `${int(6, 9)}${digits(4)}`;
      const n = digits(5);
      return pick([
        `+91 ${m} ${n}`,
        `+91-${m}${n}`,
        `+91 ${m}-${n}`,
        `0${m} ${n}`,
        `${m} ${n}`,
        `+91 ${m}${n}`,
        `011-${int(2, 4)}${digits(3)} ${digits(4)}`,
        `022 ${int(2, 6)}${digits(3)} ${digits(4)}`,
        `+91 80 ${int(2, 4)}${digits(3)} ${digits(4)}`,
        `(044) ${int(2, 4)}${digits(3)} ${digits(4)}`,
      ]);
    }),
  en_IE: () =>
    valid('IE', () => {
      const m = `8${pick(['3', '5', '6', '7', '9'])}`;
      const ext = withExtension(0.1, [() => ` ext. ${digits(3)}`, () => ` ext ${digits(2)}`]);
      return (
        pick([
          `0${m} ${nz(3)} ${digits(4)}`,
          `0${m}-${nz(3)}${digits(4)}`,
          `+353 ${m} ${nz(3)} ${digits(4)}`,
          `+353 (0)${m} ${nz(7)}`,
          `(01) ${int(2, 9)}${digits(2)} ${digits(4)}`,
          `+353 1 ${int(2, 9)}${digits(2)} ${digits(4)}`,
          `021 ${int(2, 4)}${digits(2)} ${digits(4)}`,
          `091 ${int(5, 7)}${digits(5)}`,
        ]) + ext
      );
    }),
  en_NZ: () =>
    valid('NZ', () => {
      const m = pick(['21', '22', '27']);
      const land = pick(['9', '4', '3', '7', '6']);
      return pick([
        `0${m} ${int(2, 9)}${digits(2)} ${digits(4)}`,
        `0${m}-${int(2, 9)}${digits(2)}-${digits(4)}`,
        `+64 ${m} ${int(2, 9)}${digits(2)} ${digits(4)}`,
        `(0${land}) ${int(2, 9)}${digits(2)} ${digits(4)}`,
        `0${land}-${int(2, 9)}${digits(2)} ${digits(4)}`,
        `+64 ${land} ${int(2, 9)}${digits(2)} ${digits(4)}`,
        `+64 (0)${land} ${int(2, 9)}${digits(2)} ${digits(4)}`,
      ]);
    }),
  it: () =>
    valid('IT', () => {
      const m = `3${pick(['20', '27', '28', '29', '33', '34', '35', '38', '39', '40', '45', '47', '48', '49', '66', '80', '88', '92'])}`;
      return pick([
        `+39 ${m} ${digits(3)} ${digits(4)}`,
        `${m} ${digits(7)}`,
        `${m}-${digits(7)}`,
        `${m} ${digits(3)} ${digits(4)}`,
        `+39 ${m}${digits(7)}`,
        `06 ${int(3, 9)}${digits(3)} ${digits(4)}`,
        `+39 02 ${int(3, 9)}${digits(3)} ${digits(4)}`,
        `02/${int(3, 9)}${digits(7)}`,
        `011 ${int(4, 9)}${digits(2)} ${digits(4)}`,
        `+39 055 ${int(2, 6)}${digits(2)} ${digits(3)}`,
      ]);
    }),
  pt_BR: () =>
    valid('BR', () => {
      const ddd = pick(['11', '21', '31', '41', '51', '61', '71', '81', '19', '48']);
      const cell = `9${int(6, 9)}${digits(3)}`;
      const land = `${int(2, 5)}${digits(3)}`;
      return pick([
        `(${ddd}) ${cell}-${digits(4)}`,
        `+55 ${ddd} ${cell}-${digits(4)}`,
        `+55 (${ddd}) ${cell}-${digits(4)}`,
        `${ddd} ${cell}-${digits(4)}`,
        `(${ddd}) 9 ${cell.slice(1)}-${digits(4)}`,
        `(${ddd}) ${land}-${digits(4)}`,
        `+55 ${ddd} ${land}-${digits(4)}`,
      ]);
    }),
  pl: () =>
    valid('PL', () => {
      const m = `${pick(['50', '51', '53', '57', '60', '66', '69', '72', '73', '78', '79', '88'])}${digits(1)}`;
      return pick([
        `${m} ${digits(3)} ${digits(3)}`,
        `+48 ${m} ${digits(3)} ${digits(3)}`,
        `+48 ${m}-${digits(3)}-${digits(3)}`,
        `${m}-${digits(3)}-${digits(3)}`,
        `+48${m}${digits(6)}`,
        `22 ${int(5, 8)}${digits(2)} ${digits(2)} ${digits(2)}`,
        `+48 22 ${int(5, 8)}${digits(2)} ${digits(2)} ${digits(2)}`,
        `(22) ${int(5, 8)}${digits(2)} ${digits(2)} ${digits(2)}`,
        `12 ${int(2, 6)}${digits(2)} ${digits(2)} ${digits(2)}`,
      ]);
    }),
  sv: () =>
    valid('SE', () => {
      const m = `7${pick(['0', '2', '3', '6', '9'])}`;
      return pick([
        `0${m}-${nz(3)} ${digits(2)} ${digits(2)}`,
        `0${m} ${nz(3)} ${digits(2)} ${digits(2)}`,
        `+46 ${m} ${nz(3)} ${digits(2)} ${digits(2)}`,
        `+46 (0)${m} ${nz(3)} ${digits(2)} ${digits(2)}`,
        `0${m}${nz(7)}`,
        `08-${int(4, 7)}${digits(2)} ${digits(3)} ${digits(2)}`,
        `+46 8 ${int(4, 7)}${digits(2)} ${digits(2)} ${digits(2)}`,
        `031-${int(7, 7)}${digits(2)} ${digits(2)} ${digits(2)}`,
      ]);
    }),
  da: () =>
    valid('DK', () => {
      const first = pick(['2', '3', '4', '5', '6', '7', '8', '9']);
      const n = `${first}${digits(7)}`;
      return pick([
        `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`,
        `+45 ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`,
        `+45 ${n.slice(0, 4)} ${n.slice(4)}`,
        `${n.slice(0, 4)} ${n.slice(4)}`,
        `+45${n}`,
        `(+45) ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`,
      ]);
    }),
  ko: () =>
    valid('KR', () => {
      const mid = `${int(2, 9)}${digits(3)}`;
      const area = pick(['02', '031', '032', '051', '053', '042', '062', '064', '070']);
      const local = area === '02' ? pick([`${int(2, 9)}${digits(2)}`, `${int(2, 9)}${digits(3)}`]) : `${int(2, 9)}${digits(2 + int(0, 1))}`;
      const ext = withExtension(0.15, [() => ` 내선 ${digits(3)}`, () => ` 내선${digits(4)}`, () => ` ext. ${digits(3)}`]);
      return pick([
        `010-${mid}-${digits(4)}`,
        `010 ${mid} ${digits(4)}`,
        `010.${mid}.${digits(4)}`,
        `010${mid}${digits(4)}`,
        `+82 10 ${mid} ${digits(4)}`,
        `+82-10-${mid}-${digits(4)}`,
        `+82 (0)10-${mid}-${digits(4)}`,
        `${area}-${local}-${digits(4)}${ext}`,
        `(${area}) ${local}-${digits(4)}`,
        `${area}.${local}.${digits(4)}${ext}`,
        `+82 ${area.slice(1)}-${local}-${digits(4)}${ext}`,
      ]);
    }),
};

// ---------------------------------------------------------------- addresses, by country
const AU_PLACES = [
  ['Fitzroy', 'VIC', '3065'], ['Brunswick', 'VIC', '3056'], ['Geelong', 'VIC', '3220'], ['Surry Hills', 'NSW', '2010'], ['Parramatta', 'NSW', '2150'],
  ['Newcastle', 'NSW', '2300'], ['Fortitude Valley', 'QLD', '4006'], ['Toowong', 'QLD', '4066'], ['Fremantle', 'WA', '6160'], ['Subiaco', 'WA', '6008'],
  ['Norwood', 'SA', '5067'], ['Glenelg', 'SA', '5045'], ['Sandy Bay', 'TAS', '7005'], ['Braddon', 'ACT', '2612'], ['Darwin City', 'NT', '0800'],
];
const AU_TYPES = ['Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Parade', 'Crescent', 'Cres', 'Drive', 'Dr', 'Place', 'Court', 'Terrace', 'Lane', 'Close', 'Highway', 'Way'];
const CA_PLACES = [
  ['Toronto', 'ON', 'M5V'], ['Ottawa', 'ON', 'K1P'], ['Hamilton', 'ON', 'L8P'], ['Vancouver', 'BC', 'V6B'], ['Victoria', 'BC', 'V8W'], ['Calgary', 'AB', 'T2P'],
  ['Edmonton', 'AB', 'T5J'], ['Montréal', 'QC', 'H3B'], ['Québec', 'QC', 'G1R'], ['Winnipeg', 'MB', 'R3C'], ['Halifax', 'NS', 'B3J'], ['Saskatoon', 'SK', 'S7K'],
];
const CA_TYPES = ['Street', 'St.', 'Avenue', 'Ave', 'Road', 'Rd.', 'Boulevard', 'Blvd', 'Drive', 'Crescent', 'Way', 'Court'];
const IN_PLACES = [
  ['Indiranagar', 'Bengaluru', 'Karnataka', '560038'], ['Koramangala', 'Bengaluru', 'Karnataka', '560034'], ['Andheri West', 'Mumbai', 'Maharashtra', '400058'],
  ['Kothrud', 'Pune', 'Maharashtra', '411038'], ['Sector 62', 'Noida', 'Uttar Pradesh', '201301'], ['Gachibowli', 'Hyderabad', 'Telangana', '500032'],
  ['Adyar', 'Chennai', 'Tamil Nadu', '600020'], ['Salt Lake', 'Kolkata', 'West Bengal', '700091'], ['Vasant Kunj', 'New Delhi', 'Delhi', '110070'],
];
const IN_STREETS = ['MG Road', '14th Cross', '80 Feet Road', 'Link Road', 'Station Road', 'Nehru Nagar Main Road', 'Gandhi Marg', '2nd Main', 'Park Street'];
const IE_PLACES = [
  ['Dublin 7', 'D07'], ['Dublin 8', 'D08'], ['Dublin 6W', 'D6W'], ['Rathmines, Dublin 6', 'D06'], ['Cork', 'T12'], ['Galway', 'H91'], ['Limerick', 'V94'],
  ['Ennis, Co. Clare', 'V95'], ['Kilkenny', 'R95'], ['Sligo', 'F91'], ['Athlone, Co. Westmeath', 'N37'],
];
const IE_TYPES = ['Street', 'Road', 'Avenue', 'Terrace', 'Park', 'Drive', 'Lane', 'Quay', 'Close'];
const NZ_PLACES = [
  ['Grey Lynn', 'Auckland', '1021'], ['Ponsonby', 'Auckland', '1011'], ['Mount Eden', 'Auckland', '1024'], ['Te Aro', 'Wellington', '6011'],
  ['Kelburn', 'Wellington', '6012'], ['Riccarton', 'Christchurch', '8041'], ['Hamilton East', 'Hamilton', '3216'], ['North Dunedin', 'Dunedin', '9016'],
  ['Mount Maunganui', 'Tauranga', '3116'],
];
const IT_PLACES = [
  ['00184', 'Roma', 'RM'], ['20122', 'Milano', 'MI'], ['10121', 'Torino', 'TO'], ['80142', 'Napoli', 'NA'], ['50131', 'Firenze', 'FI'],
  ['40126', 'Bologna', 'BO'], ['16121', 'Genova', 'GE'], ['35122', 'Padova', 'PD'], ['90133', 'Palermo', 'PA'], ['37121', 'Verona', 'VR'],
];
const BR_PLACES = [
  ['Pinheiros', 'São Paulo', 'SP', '05422'], ['Bela Vista', 'São Paulo', 'SP', '01310'], ['Copacabana', 'Rio de Janeiro', 'RJ', '22070'],
  ['Savassi', 'Belo Horizonte', 'MG', '30140'], ['Centro', 'Curitiba', 'PR', '80020'], ['Moinhos de Vento', 'Porto Alegre', 'RS', '90570'],
  ['Boa Viagem', 'Recife', 'PE', '51020'], ['Asa Sul', 'Brasília', 'DF', '70390'], ['Trindade', 'Florianópolis', 'SC', '88036'],
];
const PL_PLACES = [['00-', 'Warszawa'], ['02-', 'Warszawa'], ['31-', 'Kraków'], ['80-', 'Gdańsk'], ['50-', 'Wrocław'], ['60-', 'Poznań'], ['90-', 'Łódź'], ['40-', 'Katowice']];
const PL_STREETS = ['Marszałkowska', 'Długa', 'Piotrkowska', 'Świętokrzyska', 'Grunwaldzka', 'Mickiewicza', 'Słowackiego', 'Kościuszki', 'Wrocławska', 'Polna'];
const SE_PLACES = [['111', 'Stockholm'], ['113', 'Stockholm'], ['411', 'Göteborg'], ['413', 'Göteborg'], ['211', 'Malmö'], ['752', 'Uppsala'], ['252', 'Helsingborg'], ['582', 'Linköping']];
const DK_PLACES = [['2200', 'København N'], ['1620', 'København V'], ['2100', 'København Ø'], ['8000', 'Aarhus C'], ['5000', 'Odense C'], ['9000', 'Aalborg'], ['2800', 'Kongens Lyngby'], ['7100', 'Vejle']];
const KR_ROADS = [
  ['서울특별시', '서울', '마포구', '월드컵북로', '상암동'], ['서울특별시', '서울', '강남구', '테헤란로', '역삼동'], ['서울특별시', '서울', '송파구', '올림픽로', '잠실동'],
  ['서울특별시', '서울', '관악구', '관악로', '봉천동'], ['경기도', '경기', '성남시 분당구', '판교역로', '백현동'], ['경기도', '경기', '수원시 영통구', '광교중앙로', '이의동'],
  ['부산광역시', '부산', '해운대구', '센텀중앙로', '우동'], ['대구광역시', '대구', '수성구', '달구벌대로', '범어동'], ['인천광역시', '인천', '연수구', '컨벤시아대로', '송도동'],
  ['대전광역시', '대전', '유성구', '대학로', '궁동'], ['광주광역시', '광주', '서구', '상무중앙로', '치평동'], ['제주특별자치도', '제주', '제주시', '첨단로', '영평동'],
];

function streetName(f) {
  return f.person.lastName().replace(/\s.*$/u, '');
}

const ADDRESSES = {
  en_AU: (f, multiline) => {
    const [suburb, st, pc] = pick(AU_PLACES);
    if (chance(0.12)) return `PO Box ${int(10, 9999)}, ${suburb} ${st} ${pc}`;
    const street = `${streetName(f)} ${pick(AU_TYPES)}`;
    const number = pick([() => `${int(1, 399)}`, () => `${int(1, 40)}/${int(1, 300)}`, () => `Unit ${int(1, 30)}, ${int(1, 300)}`, () => `${int(1, 200)}${letter('AB')}`])();
    const tail = `${suburb} ${st} ${pc}`;
    return multiline ? `${number} ${street}\n${tail}` : `${number} ${street}, ${tail}`;
  },
  en_CA: (f, multiline) => {
    const [city, prov, fsa] = pick(CA_PLACES);
    const postal = `${fsa} ${int(1, 9)}${letter('ABCEGHJKLMNPRSTVWXYZ')}${int(1, 9)}`;
    if (chance(0.1)) return `PO Box ${int(100, 9999)}, Stn Main, ${city}, ${prov} ${postal}`;
    const street = prov === 'QC' && chance(0.5) ? `${int(10, 3999)} rue ${pick(['Sainte-Catherine Ouest', 'Saint-Denis', 'Sherbrooke Est', 'de la Montagne'])}` : `${int(10, 9999)} ${streetName(f)} ${pick(CA_TYPES)}`;
    const unit = pick(['', '', `, Suite ${int(100, 2400)}`, `, Apt ${int(1, 30)}${letter('ABC')}`, `, Unit ${int(1, 900)}`]);
    const unitFirst = chance(0.15) ? `${int(1, 2400)}-` : '';
    const line1 = `${unitFirst}${street}${unitFirst ? '' : unit}`;
    return multiline ? `${line1}\n${city}, ${prov}  ${postal}` : `${line1}, ${city}, ${prov} ${postal}`;
  },
  en_IN: (f, multiline) => {
    const [area, city, state, pin] = pick(IN_PLACES);
    const house = pick([`Flat ${int(101, 1204)}, ${f.person.lastName()} Residency`, `House No. ${int(1, 400)}`, `${letter('ABCDE')}-${int(1, 300)}`, `#${int(1, 999)}, ${pick(['1st', '2nd', '3rd', '4th', '5th', '8th', '12th'])} Main`, `Plot ${int(1, 150)}`]);
    const pinWritten = chance(0.3) ? `${pin.slice(0, 3)} ${pin.slice(3)}` : pin;
    const parts = [house, pick(IN_STREETS), area, `${city}${chance(0.5) ? `, ${state}` : ''} ${chance(0.3) ? '- ' : ''}${pinWritten}`];
    return multiline ? `${parts[0]}, ${parts[1]},\n${parts[2]}, ${parts[3]}` : parts.join(', ');
  },
  en_IE: (f, multiline) => {
    const [town, key] = pick(IE_PLACES);
    const eircode = chance(0.7) ? ` ${key} ${letter('ACDEFHKNPRTVWXY')}${digits(1)}${letter('ACDEFHKNPRTVWXY')}${int(0, 9)}` : '';
    const street = `${int(1, 120)} ${streetName(f)} ${pick(IE_TYPES)}`;
    const apt = chance(0.25) ? `Apartment ${int(1, 60)}, The ${pick(['Maltings', 'Granary', 'Courtyard', 'Mill'])}, ` : '';
    return multiline ? `${apt}${street},\n${town}${eircode}` : `${apt}${street}, ${town}${eircode ? `,${eircode}` : ''}`;
  },
  en_NZ: (f, multiline) => {
    const [suburb, city, pc] = pick(NZ_PLACES);
    if (chance(0.1)) return `PO Box ${int(100, 99999)}, ${city} ${pc}`;
    const number = pick([`${int(1, 300)}`, `${int(1, 12)}/${int(1, 200)}`, `Flat ${int(1, 9)}, ${int(1, 200)}`, `${int(1, 200)}${letter('AB')}`]);
    const street = `${number} ${streetName(f)} ${pick(['Street', 'Road', 'Terrace', 'Avenue', 'Crescent', 'Place', 'Drive'])}`;
    return multiline ? `${street}\n${suburb}\n${city} ${pc}` : `${street}, ${suburb}, ${city} ${pc}`;
  },
  it: (f, multiline) => {
    const [cap, city, prov] = pick(IT_PLACES);
    const street = chance(0.7) ? f.location.street() : `${pick(['Via', 'Viale', 'Corso', 'Piazza'])} ${pick(['Garibaldi', 'Roma', 'Dante', 'Mazzini', 'Cavour', 'dei Mille', 'Vittorio Emanuele II'])}`;
    const number = chance(0.3) ? `, ${int(1, 200)}` : ` ${int(1, 200)}${chance(0.1) ? '/A' : ''}`;
    const extra = pick(['', '', `, int. ${int(1, 20)}`, `, scala ${letter('ABC')}`]);
    const tail = `${cap} ${city}${pick([` (${prov})`, ` ${prov}`, ''])}`;
    return multiline ? `${street}${number}${extra}\n${tail}` : `${street}${number}${extra}, ${tail}`;
  },
  pt_BR: (f, multiline) => {
    const [bairro, city, uf, cep5] = pick(BR_PLACES);
    const cep = `${cep5}-${digits(3)}`;
    const street = chance(0.6) ? f.location.street() : `${pick(['Rua', 'Av.', 'Avenida', 'Alameda'])} ${pick(['das Flores', 'Paulista', 'XV de Novembro', 'Santos', 'Oscar Freire', 'Atlântica'])}`;
    const compl = pick(['', `, apto ${int(11, 1504)}`, `, ${int(1, 20)}º andar`, `, casa ${int(1, 9)}`, `, bloco ${letter('ABC')}, ap. ${int(11, 304)}`]);
    const line1 = `${street}, ${int(1, 3999)}${compl}`;
    const tail = pick([`${bairro}, ${city} - ${uf}, ${cep}`, `${bairro} – ${city}/${uf} – CEP ${cep}`, `${city} - ${uf}, CEP ${cep}`]);
    return multiline ? `${line1}\n${tail}` : `${line1} - ${tail}`;
  },
  pl: (f, multiline) => {
    const [prefix, city] = pick(PL_PLACES);
    const street = `${pick(['ul.', 'ul.', 'al.', 'os.', 'pl.'])} ${pick(PL_STREETS)}`;
    const number = pick([`${int(1, 150)}`, `${int(1, 150)}/${int(1, 90)}`, `${int(1, 150)} m. ${int(1, 90)}`, `${int(1, 150)}${letter('ABC').toLowerCase()}`]);
    const code = `${prefix}${digits(3)}`;
    return multiline ? `${street} ${number}\n${code} ${city}` : `${street} ${number}, ${code} ${city}`;
  },
  sv: (f, multiline) => {
    const [pc3, city] = pick(SE_PLACES);
    const code = `${pc3} ${digits(2)}`;
    if (chance(0.1)) return `Box ${int(100, 9999)}, ${code} ${city}`;
    const street = `${f.location.street()} ${int(1, 90)}${chance(0.2) ? letter('AB') : ''}${pick(['', '', `, lgh ${int(1001, 1402)}`, `, ${int(1, 6)} tr`])}`;
    return multiline ? `${street}\n${code} ${city}` : `${street}, ${code} ${city}`;
  },
  da: (f, multiline) => {
    const [pc, city] = pick(DK_PLACES);
    if (chance(0.08)) return `Postboks ${int(100, 9999)}, ${pc} ${city}`;
    const street = `${f.location.street()} ${int(1, 150)}${pick(['', '', `, ${int(1, 5)}. ${pick(['th', 'tv', 'mf'])}.`, ', st.', `, ${int(1, 4)}. sal`])}`;
    return multiline ? `${street}\n${pc} ${city}` : `${street}, ${pc} ${city}`;
  },
  ko: () => {
    const [sido, short, gu, road, dong] = pick(KR_ROADS);
    const zip = chance(0.25) ? `(${pad(int(1000, 63999), 5)}) ` : '';
    const region = `${chance(0.6) ? sido : short} ${gu}`;
    if (chance(0.3)) {
      // 지번 (lot-number) address
      const lot = `${dong} ${int(1, 1999)}${chance(0.7) ? `-${int(1, 99)}` : ''}${chance(0.3) ? '번지' : ''}`;
      const unit = chance(0.4) ? ` ${int(101, 1204)}호` : '';
      return `${zip}${region} ${lot}${unit}`;
    }
    const number = `${int(1, 500)}${chance(0.15) ? `-${int(1, 30)}` : ''}`;
    const unit = pick(['', '', `, ${int(101, 120)}동 ${int(1, 25)}0${int(1, 9)}호`, ` ${int(2, 15)}층`, `, ${int(101, 1503)}호`]);
    const ref = chance(0.3) ? ` (${dong})` : '';
    return `${zip}${region} ${road}${chance(0.3) ? `${int(1, 30)}길` : ''} ${number}${unit}${ref}`;
  },
};

// ---------------------------------------------------------------- ids, cards, IBANs, accounts
const IBAN_BBAN = {
  IT: () => `${letter()}${digits(5)}${digits(5)}${digits(12)}`,
  PL: () => digits(24),
  SE: () => digits(20),
  DK: () => digits(14),
  IE: () => `${pick(['AIBK', 'BOFI', 'ULSB', 'IPBS'])}${digits(6)}${digits(8)}`,
  BR: () => `${digits(8)}${digits(5)}${digits(10)}${pick(['C', 'P'])}${int(1, 9)}`,
};
function iban(country) {
  const compact = ibanOf(country, IBAN_BBAN[country]());
  return chance(0.6) ? compact.match(/.{1,4}/g).join(' ') : compact;
}
const IBAN_COUNTRY = { it: 'IT', pl: 'PL', sv: 'SE', da: 'DK', en_IE: 'IE', pt_BR: 'BR' };

/** A company PAN (4th letter C) inside a GSTIN: a business number, not a person's. */
function gstin() {
  return `${pick(['27', '29', '07', '33', '36'])}${letter()}${letter()}${letter()}C${letter()}${pad(int(1, 9999), 4)}${letter()}1Z${int(1, 9)}`;
}
function bankAccount(locale) {
  switch (locale) {
    case 'ko':
      return pick([
        ['국민은행 계좌 ', `${digits(6)}-${digits(2)}-${digits(6)}`],
        ['신한은행 ', `110-${digits(3)}-${digits(6)}`],
        ['우리은행 계좌번호 ', `1002-${digits(3)}-${digits(6)}`],
        ['급여 계좌: 하나은행 ', `${digits(3)}-${digits(6)}-${digits(5)}`],
      ]);
    case 'en_IN':
      return [pick(['Account no. ', 'A/c No: ', 'Bank account number ']), `${int(1, 9)}${digits(13)}`];
    case 'en_AU':
      return [`BSB ${digits(3)}-${digits(3)}, account number `, `${digits(4)} ${digits(4)}`];
    case 'en_NZ':
      return [pick(['Bank account: ', 'Please pay my wages into account ']), `${pad(int(1, 38), 2)}-${digits(4)}-${digits(7)}-${pad(int(0, 99), 2)}`];
    default:
      return [pick(['Account number ', 'bank account ']), `${int(1, 9)}${digits(9)}`];
  }
}

function birthDate(locale) {
  const y = int(1962, 2004);
  const m = int(1, 12);
  const d = int(1, daysIn(y, m));
  const monthName = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
  if (locale === 'ko') return pick([`${y}년 ${m}월 ${d}일`, `${y}.${pad(m, 2)}.${pad(d, 2)}`, `${y}. ${m}. ${d}.`, `${y}-${pad(m, 2)}-${pad(d, 2)}`]);
  if (locale === 'en_CA') return pick([`${y}-${pad(m, 2)}-${pad(d, 2)}`, `${monthName} ${d}, ${y}`, `${pad(d, 2)}/${pad(m, 2)}/${y}`]);
  return pick([`${pad(d, 2)}/${pad(m, 2)}/${y}`, `${d} ${monthName} ${y}`, `${d} ${monthName.slice(0, 3)} ${y}`, `${pad(d, 2)}.${pad(m, 2)}.${y}`, `${pad(d, 2)}-${pad(m, 2)}-${y}`]);
}
const DOB_CUES = {
  en: ['Date of birth: ', 'DOB: ', 'D.O.B. ', 'Born: ', 'born on ', 'Date of Birth - '],
  ko: ['생년월일: ', '생년월일 ', '생년월일 : '],
  it: ['Data di nascita: '],
  pt_BR: ['Data de nascimento: '],
  pl: ['Data urodzenia: '],
  sv: ['Födelsedatum: '],
  da: ['Fødselsdato: '],
};
const dobCue = (locale) => (DOB_CUES[locale] && chance(0.35) ? pick(DOB_CUES[locale]) : pick(locale === 'ko' ? DOB_CUES.ko : DOB_CUES.en));

// ---------------------------------------------------------------- hard negatives
const CURRENCY = {
  en_AU: () => `A$${int(70, 210)},000`,
  en_CA: () => `CAD ${int(60, 190)},000`,
  en_IN: () => pick([`₹${int(6, 45)},${pad(int(0, 99), 2)},000`, `${int(6, 45)} LPA`, `INR ${int(8, 40)} lakh`]),
  en_IE: () => `€${int(38, 120)},000`,
  en_NZ: () => `NZ$${int(60, 180)},000`,
  it: () => `${int(28, 90)}.000 € lordi`,
  pt_BR: () => `R$ ${int(4, 30)}.${digits(3)},00`,
  pl: () => `${int(8, 30)} ${digits(3)} zł brutto`,
  sv: () => `${int(35, 90)} 000 kr/mån`,
  da: () => `${int(38, 80)}.000 kr. om måneden`,
  ko: () => `연봉 ${int(3200, 9800)}만원`,
};
function negative(locale, f) {
  const y1 = int(2006, 2019);
  return pick([
    () => `Order no. ${digits(9)} was delivered on ${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/${int(2021, 2025)}.`,
    () => `Invoice INV-${int(2021, 2025)}-${digits(5)} (${int(10, 99)}% paid).`,
    () => `Tracking: ${letter()}${letter()}${digits(9)}${pick(['AU', 'IN', 'IT', 'PL', 'SE', 'DK', 'BR'])}.`,
    () => `Consignment ${digits(4)} ${digits(4)} ${digits(4)} left the depot.`,
    () => `ISBN ${pick(['978', '979'])}-${int(0, 9)}-${digits(3)}-${digits(5)}-${int(0, 9)}.`,
    () => `Upgraded the stack to v${int(1, 12)}.${int(0, 30)}.${int(0, 40)} (build ${digits(4)}.${digits(3)}).`,
    () => `${f.company.name()}, ${y1}–${int(y1 + 1, 2025)}.`,
    () => `${pick(['Jan', 'Mar', 'Jun', 'Sep'])} ${y1} – ${pick(['Feb', 'Jul', 'Dec'])} ${int(y1 + 1, 2024)}, ${int(2, 40)} people.`,
    () => `Salary expectation ${CURRENCY[locale]()}.`,
    () => `${pick(['GPA', 'CGPA', 'WAM'])} ${pick([`${int(3, 3)}.${digits(2)}/4.0`, `${int(7, 9)}.${digits(1)}/10`, `${int(70, 92)}.${digits(1)}`])}.`,
    () => `Interview in room ${int(1, 9)}.${pad(int(1, 40), 2)}, level ${int(2, 30)}, at ${int(9, 16)}:${pick(['00', '15', '30', '45'])}.`,
    () => `Product code ${letter()}${letter()}-${digits(4)}-${digits(3)}${letter()}.`,
    () => `Reduced churn by ${int(5, 45)}.${int(0, 9)}% and cost by ${int(10, 60)}%.`,
    () => `Part no. ${digits(3)}-${digits(3)}-${digits(4)} was on back-order.`,
    () => `Student number ${int(2010, 2024)}${digits(5)}.`,
    () => `Case reference ${digits(4)} ${digits(3)} ${digits(3)}.`,
    () => `Membership no. ${digits(3)} ${digits(3)} ${digits(4)}.`,
    () => `Batch ${digits(2)}-${digits(4)}-${digits(4)} passed QA.`,
    () => `Grew revenue from ${int(1, 9)},${digits(3)},${digits(3)} to ${int(10, 40)},${digits(3)},${digits(3)}.`,
    () => `The role is based near postcode ${pick(['3065', '2000', 'M5V', 'D08', '00184', '01310-200', '00-514', '111 21', '2200', '06236'])}.`,
    () => `Served ${int(2, 90)},${digits(3)} customers across ${int(2, 40)} sites in ${int(2019, 2024)}.`,
    () => `Licence class ${pick(['C', 'HR', 'B', 'MR'])} since ${int(1995, 2020)}; IELTS ${int(6, 8)}.${pick(['0', '5'])}.`,
    () => NATIVE_NEGATIVES[locale]?.() ?? `Ticket #${digits(6)} closed in ${int(2, 30)} days.`,
  ])();
}
const NATIVE_NEGATIVES = {
  en_AU: () => `ABN ${digits(2)} ${digits(3)} ${digits(3)} ${digits(3)}, ACN ${digits(3)} ${digits(3)} ${digits(3)}.`,
  en_NZ: () => `NZBN 9429${digits(9)}, GST ${digits(3)}-${digits(3)}-${digits(3)}.`,
  en_CA: () => `Business number ${digits(9)} RT0001, PO ${digits(7)}.`,
  en_IN: () => `GSTIN ${gstin()}, IFSC ${pick(['HDFC', 'ICIC', 'SBIN', 'UTIB'])}0${digits(6)}.`,
  en_IE: () => `CRO ${digits(6)}, VAT IE${digits(7)}${letter()}.`,
  it: () => `P.IVA ${digits(11)}, REA ${pick(['MI', 'RM', 'TO'])}-${digits(7)}.`,
  pt_BR: () => `CNPJ ${digits(2)}.${digits(3)}.${digits(3)}/0001-${digits(2)}, pedido nº ${digits(8)}.`,
  pl: () => `NIP firmy ${digits(3)}-${digits(3)}-${digits(2)}-${digits(2)}, REGON ${digits(9)}.`,
  sv: () => `Org.nr 55${digits(4)}-${digits(4)}, faktura ${digits(6)}.`,
  da: () => `CVR ${digits(8)}, faktura ${digits(6)}.`,
  ko: () => pick([`사업자등록번호 ${digits(3)}-${digits(2)}-${digits(5)}`, `주문번호 ${digits(14)}`, `송장번호 ${digits(4)}-${digits(4)}-${digits(4)}`, `${int(2012, 2019)}.${pad(int(1, 12), 2)} ~ ${int(2020, 2025)}.${pad(int(1, 12), 2)}`, `토익 ${int(700, 990)}점`, `학점 ${int(3, 4)}.${digits(1)}/4.5`]),
};
function koreanNegative() {
  return pick([
    () => `${int(2012, 2019)}.${pad(int(1, 12), 2)} ~ ${int(2020, 2025)}.${pad(int(1, 12), 2)} 재직 (${int(2, 9)}년 ${int(1, 11)}개월).`,
    () => `${CURRENCY.ko()}, 성과급 ${int(5, 30)}%.`,
    () => `주문번호 ${digits(13)} 배송 완료.`,
    () => `송장번호 ${digits(4)}-${digits(4)}-${digits(4)} 확인 부탁드립니다.`,
    () => `사업자등록번호 ${digits(3)}-${digits(2)}-${digits(5)}.`,
    () => `토익 ${int(700, 990)}점, 학점 ${int(3, 4)}.${digits(2)}/4.5, 오픽 ${pick(['IH', 'AL', 'IM2'])}.`,
    () => `${int(3, 12)}층 ${int(1, 20)}호 회의실에서 ${int(10, 17)}시 면접.`,
    () => `MAU ${int(10, 900)}만, 응답 시간 ${int(40, 900)}ms → ${int(5, 39)}ms 개선.`,
    () => `제품 코드 KR-${digits(4)}-${digits(3)}, 버전 ${int(1, 9)}.${int(0, 20)}.${int(0, 9)}.`,
    () => `접수번호 ${int(2023, 2025)}-${digits(6)}.`,
    () => `우편번호 ${pad(int(1000, 63999), 5)} 지역 근무 희망.`,
  ])();
}

// ---------------------------------------------------------------- names and e-mails
const FAKERS = { en_AU: fakerEN_AU, en_CA: fakerEN_CA, en_IN: fakerEN_IN, en_IE: fakerEN_IE, en_NZ: fakerEN_AU, it: fakerIT, pt_BR: fakerPT_BR, pl: fakerPL, sv: fakerSV, da: fakerDA, ko: fakerKO };
for (const f of new Set(Object.values(FAKERS))) f.seed(SEED);
const DOMAINS = {
  en_AU: ['bigpond.com', 'outlook.com.au', 'gmail.com', 'optusnet.com.au'], en_CA: ['rogers.com', 'shaw.ca', 'gmail.com', 'sympatico.ca'],
  en_IN: ['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.in'], en_IE: ['eircom.net', 'gmail.com', 'hotmail.ie'], en_NZ: ['xtra.co.nz', 'gmail.com', 'orcon.net.nz'],
  it: ['libero.it', 'gmail.com', 'tiscali.it', 'virgilio.it'], pt_BR: ['uol.com.br', 'gmail.com', 'bol.com.br', 'hotmail.com'], pl: ['wp.pl', 'onet.pl', 'o2.pl', 'gmail.com'],
  sv: ['telia.com', 'gmail.com', 'bredband.net'], da: ['mail.dk', 'gmail.com', 'jubii.dk'], ko: ['naver.com', 'daum.net', 'kakao.com', 'gmail.com', 'hanmail.net'],
};
const KO_ROMAN = [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi'], ['정', 'jung'], ['강', 'kang'], ['조', 'cho'], ['윤', 'yoon'], ['장', 'jang'], ['한', 'han']];
const KO_GIVEN = [['민준', 'minjun'], ['서연', 'seoyeon'], ['지호', 'jiho'], ['하은', 'haeun'], ['도윤', 'doyoon'], ['수아', 'sua'], ['예준', 'yejun'], ['지우', 'jiwoo'], ['현우', 'hyunwoo'], ['유진', 'yujin']];
function person(locale) {
  if (locale === 'ko') {
    const [l, lr] = pick(KO_ROMAN);
    const [g, gr] = pick(KO_GIVEN);
    const local = pick([`${gr}.${lr}`, `${lr}${gr}${int(80, 99)}`, `${gr[0]}${lr}${digits(2)}`, `${lr}_${gr}`]);
    return { first: g, last: l, name: `${l}${g}`, roman: `${gr[0].toUpperCase()}${gr.slice(1)} ${lr[0].toUpperCase()}${lr.slice(1)}`, email: `${local}@${pick(DOMAINS.ko)}` };
  }
  const f = FAKERS[locale];
  const first = f.person.firstName();
  const last = f.person.lastName();
  const a = ascii(first).toLowerCase() || 'anna';
  const b = ascii(last).toLowerCase() || 'rossi';
  const local = pick([`${a}.${b}`, `${a}${b}${int(1, 99)}`, `${a[0]}${b}`, `${a}_${b}`, `${b}.${a}`]);
  return { first, last, name: `${first} ${last}`, email: `${local}@${pick(DOMAINS[locale])}` };
}
function workEmail(p, company) {
  const domain = `${ascii(company).toLowerCase().slice(0, 12) || 'firma'}.${pick(['com', 'co', 'io', 'net'])}`;
  return `${ascii(p.first).toLowerCase() || 'hr'}.${ascii(p.last).toLowerCase() || 'team'}@${domain}`;
}
const addressFor = (locale, multiline = false) => ADDRESSES[locale](FAKERS[locale], multiline);
const phoneFor = (locale) => PHONES[locale]();

/** National ids the detector claims to support, for the locales that have one: [cue or '', value, type]. */
function nationalId(locale, p) {
  const named = chance(0.65);
  switch (locale) {
    case 'en_CA':
      return [named ? pick(['SIN: ', 'Social Insurance Number ', 'my SIN is ']) : pick(['Here is the number you asked for: ', 'Number for payroll: ']), sin(), 'CA_SIN'];
    case 'en_IN':
      return chance(0.5)
        ? [named ? pick(['Aadhaar: ', 'Aadhaar No. ', 'UID ']) : pick(['ID for the background check: ', 'Verification number ']), aadhaar(), 'IN_AADHAAR']
        : [named ? pick(['PAN: ', 'PAN card ', 'Permanent Account Number ']) : pick(['Tax ref ', 'For Form 16: ']), pan(p.last), 'IN_PAN'];
    case 'it':
      return [named ? pick(['Codice fiscale: ', 'C.F. ', 'CF ']) : pick(['Per il contratto: ', 'Dati: ']), codiceFiscale(p.first, p.last), 'IT_FISCAL_CODE'];
    case 'ko': {
      const kind = chance(0.7) ? 'KR_RRN' : 'KR_FRN';
      const cue = kind === 'KR_RRN' ? pick(['주민등록번호: ', '주민번호 ', 'RRN: ']) : pick(['외국인등록번호: ', 'ARC No. ', '외국인 등록번호 ']);
      return [named ? cue : pick(['본인 확인: ', '확인용 번호 ']), krLayout(registration(kind)), kind];
    }
    default:
      return null;
  }
}
function passport(locale) {
  const value = {
    en_AU: () => `P${letter()}${digits(7)}`, en_CA: () => `${letter()}${letter()}${digits(6)}`, en_IN: () => `${letter()}${digits(7)}`, en_IE: () => `P${letter()}${digits(7)}`,
    en_NZ: () => `L${letter()}${digits(6)}`, it: () => `Y${letter()}${digits(7)}`, pt_BR: () => `F${letter()}${digits(6)}`, pl: () => `E${letter()}${digits(7)}`,
    sv: () => digits(8), da: () => digits(9), ko: () => `M${digits(8)}`,
  }[locale]();
  return [locale === 'ko' ? pick(['여권번호: ', '여권 ']) : pick(['Passport no. ', 'Passport: ', 'passport number ']), value];
}

// ---------------------------------------------------------------- document kinds
const sep = () => pick([' | ', ' · ', '\n', ' • ', '  ']);
function contactBits(d, locale, p, { address = chance(0.6), labels = chance(0.5), multiline = false } = {}) {
  const bits = [
    () => (labels ? d.add(pick(['Mobile: ', 'Ph: ', 'Phone ', 'M: ', 'Tel. ', 'Cell: '])) : d).entity('PHONE', phoneFor(locale)),
    () => (labels ? d.add(pick(['Email: ', 'E: ', 'e-mail '])) : d).entity('EMAIL', p.email),
  ];
  if (address) bits.push(() => (labels ? d.add(pick(['Address: ', 'Home: ', ''])) : d).entity('ADDRESS', addressFor(locale, multiline)));
  shuffle(bits).forEach((bit, i) => {
    if (i > 0) d.add(multiline ? '\n' : sep());
    bit();
  });
}
function sprinkle(d, locale, f, n) {
  for (let i = 0; i < n; i++) d.add(negative(locale, f) + ' ');
}

const KINDS = {
  coverLetter(d, locale, f, p) {
    d.add(pick(['Dear Hiring Manager,', `Dear ${f.person.firstName()},`, 'To whom it may concern,', 'Dear Recruitment Team,']) + '\n\n');
    d.add(`I am writing to apply for the ${f.person.jobTitle()} role. `);
    sprinkle(d, locale, f, 2);
    d.add(`\nAt ${f.company.name()} I led a team of ${int(3, 14)}. `);
    sprinkle(d, locale, f, 1);
    d.add('\n\n' + pick(['Kind regards,', 'Yours sincerely,', 'Best wishes,', 'Regards,']) + `\n${p.name}\n`);
    contactBits(d, locale, p, { multiline: chance(0.4) });
  },
  employerMessage(d, locale, f, p) {
    d.add(pick(['Hi HR team, ', 'Hello, ', 'Good morning, ', 'Hi there, ']));
    const parts = shuffle([
      () => d.add(pick(['please update my mobile to ', 'my new number is ', 'the best number to reach me is ', 'you can call me on '])).entity('PHONE', phoneFor(locale)).add(pick(['. ', ' (after 5pm). ', ' any time. '])),
      () => d.add(pick(['I have moved to ', 'please send the contract to ', 'my postal address is now ', 'for the payslips: '])).entity('ADDRESS', addressFor(locale, false)).add('. '),
      () => {
        if (IBAN_COUNTRY[locale] && chance(0.6)) d.add(pick(['Salary account IBAN ', 'IBAN for payroll: ', 'my IBAN is '])).entity('IBAN', iban(IBAN_COUNTRY[locale])).add('. ');
        else if (chance(0.5)) {
          const [cue, value] = bankAccount(locale);
          d.add(cue).entity('BANK_ACCOUNT', value).add('. ');
        }
      },
      () => {
        const id = nationalId(locale, p);
        if (id && chance(0.9)) d.add(id[0]).entity(id[2], id[1]).add('. ');
      },
      () => (chance(0.4) ? d.add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)).add('. ') : d),
      () => sprinkle(d, locale, f, 1),
      () => sprinkle(d, locale, f, 1),
    ]).slice(0, int(3, 7));
    for (const part of parts) part();
    d.add(`\nThanks, ${p.first}`);
  },
  interviewAnswer(d, locale, f) {
    d.add(pick(['Q: Tell us about a time you handled a difficult customer.\nA: ', 'Question 3 — a project you are proud of.\n', 'Q. Why do you want to work here?\nA. ']));
    d.add(`In ${int(2015, 2024)} at ${f.company.name()} I ${pick(['rebuilt', 'ran', 'rescued', 'launched'])} the ${f.commerce.department().toLowerCase()} rollout. `);
    sprinkle(d, locale, f, int(2, 4));
    if (chance(0.4)) d.add(pick(['My former manager can confirm this on ', 'You can reach my referee on '])).entity('PHONE', phoneFor(locale)).add('. ');
    if (chance(0.3)) d.add('Or by e-mail: ').entity('EMAIL', workEmail(person(locale), f.company.name())).add('. ');
  },
  resumeHeader(d, locale, f, p) {
    d.add(`${p.name.toUpperCase()}\n${f.person.jobTitle()}\n`);
    contactBits(d, locale, p, { address: chance(0.75), labels: chance(0.4), multiline: chance(0.25) });
    d.add('\n');
    if (chance(0.25)) d.add(dobCue(locale)).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n');
    if (chance(0.1)) {
      const [cue, value] = passport(locale);
      d.add(cue).entity('PASSPORT', value).add('\n');
    }
    const id = chance(0.35) ? nationalId(locale, p) : null;
    if (id) d.add(id[0]).entity(id[2], id[1]).add('\n');
    d.add('\nPROFILE\n');
    sprinkle(d, locale, f, int(2, 3));
    d.add(`\nEXPERIENCE\n${f.person.jobTitle()}, ${f.company.name()}\n`);
    sprinkle(d, locale, f, 1);
  },
  resumeFooter(d, locale, f, p) {
    d.add('EDUCATION\n');
    sprinkle(d, locale, f, 2);
    d.add('\nREFERENCES\nAvailable on request.\n\n');
    d.add(`${p.name}${sep()}`).entity('EMAIL', p.email).add(sep()).entity('PHONE', phoneFor(locale)).add(`${sep()}Page ${int(2, 3)} of ${int(3, 4)}`);
  },
  referenceList(d, locale, f) {
    d.add(pick(['REFERENCES', 'Referees', 'References:']) + '\n');
    for (let i = int(2, 3); i > 0; i--) {
      const r = person(locale);
      const company = f.company.name();
      d.add(`${r.name}, ${f.person.jobTitle()}, ${company}\n`);
      d.add(pick(['Phone: ', 'Mob: ', 'T ', ''])).entity('PHONE', phoneFor(locale)).add(pick([' | ', '\n', ', ']));
      d.add(pick(['Email: ', 'E ', ''])).entity('EMAIL', chance(0.5) ? workEmail(r, company) : r.email).add('\n');
      if (chance(0.35)) d.add(pick(['Office: ', ''])).entity('ADDRESS', addressFor(locale, false)).add('\n');
      if (chance(0.3)) d.add(negative(locale, f) + '\n');
    }
  },
  emailWithSignature(d, locale, f, p) {
    const company = f.company.name();
    d.add('From: ').add(`${p.name} <`).entity('EMAIL', p.email).add('>\nTo: ').entity('EMAIL', workEmail(person(locale), company)).add(`\nSubject: Application — ref ${letter()}${letter()}-${digits(5)}\n\n`);
    d.add(`Hi ${f.person.firstName()},\n\nThanks for the call today. `);
    sprinkle(d, locale, f, int(1, 3));
    d.add(`\n\n--\n${p.name}\n${f.person.jobTitle()} | ${company}\n`);
    const labels = chance(0.6);
    d.add(labels ? pick(['M: ', 'Mob ', 'Mobile | ', 'T: ']) : '').entity('PHONE', phoneFor(locale));
    if (chance(0.4)) d.add(labels ? pick(['\nD: ', ' | Direct: ', '\nOffice: ']) : '\n').entity('PHONE', phoneFor(locale));
    if (chance(0.55)) d.add('\n').entity('ADDRESS', addressFor(locale, chance(0.4)));
    d.add(`\n${ascii(company).toLowerCase().slice(0, 12) || 'firma'}.com`);
  },
  chatNote(d, locale, f, p) {
    const lines = shuffle([
      () => d.add(pick(['ok my cell is ', 'call me on ', 'txt ', 'new no. '])).entity('PHONE', phoneFor(locale)).add(pick([' thx', ' after 5', ' 👍', ''])),
      () => d.add(pick(['addr: ', 'im at ', 'send it to '])).entity('ADDRESS', addressFor(locale, false)),
      () => d.add(pick(['my email ', 'mail: ', 'cc '])).entity('EMAIL', p.email),
      () => d.add(negative(locale, f)),
      () => d.add(`lol interview went ok, they asked about ${int(2016, 2024)}-${int(2018, 2025)} gap`),
      () => (chance(0.3) ? d.add('card for the deposit ').entity('CREDIT_CARD', card()).add(' exp ' + `${pad(int(1, 12), 2)}/${int(26, 31)}`) : d.add(negative(locale, f))),
    ]).slice(0, int(3, 6));
    lines.forEach((line, i) => {
      d.add(i === 0 ? `[${int(8, 22)}:${pad(int(0, 59), 2)}] ` : `\n[${int(8, 22)}:${pad(int(0, 59), 2)}] `);
      line();
    });
  },
  pastedForm(d, locale, f, p) {
    d.add(`Applicant details\nFirst name: ${p.first}\nLast name: ${p.last}\n`);
    if (chance(0.6)) d.add(pick(['Date of birth: ', 'DOB: '])).entity('DATE_OF_BIRTH', birthDate(locale)).add('\n');
    // Street line labelled; the city/postcode fields alone are not an address (see README).
    d.add(pick(['Street address: ', 'Address line 1: ', 'Address: '])).entity('ADDRESS', addressFor(locale, false)).add('\n');
    d.add(pick(['Mobile: ', 'Phone number: ', 'Contact no.: '])).entity('PHONE', phoneFor(locale)).add('\n');
    d.add('Email: ').entity('EMAIL', p.email).add('\n');
    const id = nationalId(locale, p);
    if (id && chance(0.9)) d.add(id[0].replace(/[: ]+$/, '') + ': ').entity(id[2], id[1]).add('\n');
    if (chance(0.2)) d.add('Card number: ').entity('CREDIT_CARD', card()).add('\n');
    d.add(`Available from: ${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/${int(2025, 2026)}\nNotice period: ${int(1, 12)} weeks\n`);
    sprinkle(d, locale, f, 1);
  },
};
const KOREAN_KINDS = {
  selfIntroduction(d, f, p) {
    d.add(pick(['[자기소개서]\n', '자기소개서\n\n', '1. 지원 동기\n']));
    d.add(`저는 ${int(2014, 2024)}년부터 ${pick(['백엔드 개발', '데이터 분석', '마케팅', '품질 관리', '영업'])} 업무를 해 왔습니다. `);
    d.add(koreanNegative() + ' ' + koreanNegative() + ' ');
    if (chance(0.5)) d.add(negative('ko', f) + ' ');
    d.add('\n연락처: ').entity('PHONE', phoneFor('ko')).add(pick([' / ', '\n'])).add(pick(['이메일: ', 'E-mail: '])).entity('EMAIL', p.email);
    if (chance(0.5)) d.add(pick(['\n주소: ', '\n거주지: '])).entity('ADDRESS', addressFor('ko'));
    if (chance(0.2)) d.add('\n' + pick(['존재할 수 없는 번호 예시 ', '문서번호 ', '관리번호 '])).decoy(krLayout(impossibleRegistration()));
  },
  resumeHeader(d, f, p) {
    d.add(`이 력 서\n\n성명: ${p.name} (영문: ${p.roman})\n`);
    if (chance(0.6)) d.add(pick(['생년월일: ', '생년월일 '])).entity('DATE_OF_BIRTH', birthDate('ko')).add('\n');
    if (chance(0.35)) {
      const id = nationalId('ko', p);
      d.add(id[0]).entity(id[2], id[1]).add('\n');
    }
    d.add(pick(['휴대폰: ', 'H.P: ', '연락처 ', '핸드폰 '])).entity('PHONE', phoneFor('ko')).add('\n');
    if (chance(0.3)) d.add(pick(['자택: ', '전화: '])).entity('PHONE', phoneFor('ko')).add('\n');
    d.add(pick(['E-mail: ', '이메일: '])).entity('EMAIL', p.email).add('\n');
    d.add(pick(['주소: ', '현주소: ', ''])).entity('ADDRESS', addressFor('ko')).add('\n');
    if (chance(0.1)) {
      const [cue, value] = passport('ko');
      d.add(cue).entity('PASSPORT', value).add('\n');
    }
    if (chance(0.1)) d.add('운전면허번호: ').entity('DRIVER_LICENSE', `${int(11, 28)}-${pad(int(0, 25), 2)}-${digits(6)}-${digits(2)}`).add('\n');
    d.add('\n학력 및 경력\n' + koreanNegative() + '\n' + koreanNegative());
    if (chance(0.2)) d.add('\n' + pick(['접수번호 ', '관리번호 '])).decoy(krLayout(impossibleRegistration()));
  },
  messageToEmployer(d, f, p) {
    d.add(pick(['안녕하세요, 인사팀 담당자님.\n', '담당자님께,\n', '안녕하세요.\n']));
    const parts = shuffle([
      () => d.add(pick(['연락처가 ', '휴대폰 번호가 '])).entity('PHONE', phoneFor('ko')).add(pick(['(으)로 변경되었습니다. ', ' 으로 바뀌었습니다. '])),
      () => d.add(pick(['이사한 주소는 ', '서류는 ', '주소 변경: '])).entity('ADDRESS', addressFor('ko')).add(pick([' 입니다. ', '(으)로 보내 주세요. ', '\n'])),
      () => {
        const [cue, value] = bankAccount('ko');
        d.add(cue).entity('BANK_ACCOUNT', value).add(' 로 급여 부탁드립니다. ');
      },
      () => {
        const id = nationalId('ko', p);
        d.add('4대보험 가입용 ').add(id[0]).entity(id[2], id[1]).add('. ');
      },
      () => d.add(koreanNegative() + ' '),
      () => d.add(koreanNegative() + ' '),
      () => (chance(0.3) ? d.add('주민번호 형식 예시 ').decoy(krLayout(impossibleRegistration())).add(' 는 실제 번호가 아닙니다. ') : d.add(koreanNegative() + ' ')),
      () => (chance(0.15) ? d.add('결제 카드 ').entity('CREDIT_CARD', card()).add('. ') : d),
    ]).slice(0, int(3, 7));
    for (const part of parts) part();
    d.add(`\n${p.name} 드림`);
  },
  chatNote(d, f, p) {
    const lines = shuffle([
      () => d.add(pick(['내 번호 ', '폰 ', '연락 '])).entity('PHONE', phoneFor('ko')).add(pick([' 이야', ' ㅇㅇ', ''])),
      () => d.add(pick(['주소 ', '여기로 보내줘 '])).entity('ADDRESS', addressFor('ko')),
      () => d.add('메일 ').entity('EMAIL', p.email),
      () => d.add(koreanNegative()),
      () => d.add(`면접 ${int(1, 12)}월 ${int(1, 28)}일 ${int(10, 17)}시 ㅋㅋ`),
    ]).slice(0, int(3, 5));
    lines.forEach((line, i) => {
      d.add(i === 0 ? `[오후 ${int(1, 11)}:${pad(int(0, 59), 2)}] ` : `\n[오후 ${int(1, 11)}:${pad(int(0, 59), 2)}] `);
      line();
    });
  },
  englishFromKorea(d, f, p) {
    // Korean applicants writing in English (cover letters to foreign firms).
    d.add(`Dear Hiring Team,\n\nI am ${p.name}, a ${pick(['data engineer', 'UX researcher', 'product manager'])} based in Seoul. `);
    d.add(negative('ko', f) + ' ' + negative('ko', f) + '\n\n');
    d.add(`Best regards,\n${p.roman}\n`).entity('PHONE', phoneFor('ko')).add(sep()).entity('EMAIL', p.email);
    if (chance(0.5)) d.add('\n').entity('ADDRESS', addressFor('ko'));
  },
};

// ---------------------------------------------------------------- the set
const LOCALES = ['en_AU', 'en_CA', 'en_IN', 'en_IE', 'en_NZ', 'it', 'pt_BR', 'pl', 'sv', 'da'];
const cases = [];
for (let i = 0; i < DOCUMENTS_PER_LOCALE; i++) {
  for (const locale of LOCALES) {
    const kind = pick(Object.keys(KINDS));
    const d = new Doc();
    KINDS[kind](d, locale, FAKERS[locale], person(locale));
    if (chance(0.08) && kind !== 'pastedForm') d.add('\n' + pick(['Ref. ', 'Reference no. '])).decoy(krLayout(impossibleRegistration()));
    cases.push(d.asCase(`w10-${pad(cases.length, 4)}`, `${kind}/${locale}`));
  }
}
for (let i = 0; i < KOREAN_DOCUMENTS; i++) {
  const kind = pick(Object.keys(KOREAN_KINDS));
  const d = new Doc();
  KOREAN_KINDS[kind](d, FAKERS.ko, person('ko'));
  cases.push(d.asCase(`w10-${pad(cases.length, 4)}`, `${kind}/ko`));
}
// ---------------------------------------------------------------- Korean registration-number vectors
// One number per sentence, in sentences with and without a cue word. Positives are labelled;
// impossible or not-a-number decoys are listed in impossibleResidentNumbers with a category.
const vectors = [];
const NEUTRAL = [['본인 확인용 번호는 ', '입니다.'], ['Here it is: ', ' — thanks.'], ['', ''], ['번호 ', ' 확인 바랍니다.']];
const SENTENCES = {
  KR_RRN: [...NEUTRAL, ['주민등록번호: ', '\n'], ['주민번호 ', ' 입니다.'], ['RRN ', '.']],
  KR_FRN: [...NEUTRAL, ['외국인등록번호 ', ' (ARC)'], ['ARC No. ', '.'], ['외국인 등록번호: ', '\n']],
};
SENTENCES.decoy = [...NEUTRAL, ...SENTENCES.KR_RRN.slice(NEUTRAL.length), ...SENTENCES.KR_FRN.slice(NEUTRAL.length)];
function vector(category, value, { type, decoy = false, from = 0, length = value.length } = {}) {
  const [before, after] = pick(SENTENCES[decoy ? 'decoy' : type]);
  const d = new Doc();
  d.add(before);
  if (decoy) d.decoy(value, from, length);
  else d.entity(type, value);
  d.add(after);
  vectors.push(d.asCase(`w10-kr-${pad(vectors.length, 3)}`, `korean-numbers/${category}`, { category }));
}
for (let i = 0; i < 30; i++) {
  vector('rrn-before-2020-10', krLayout(registration('KR_RRN', 'pre2020')), { type: 'KR_RRN' });
  vector('frn-before-2020-10', krLayout(registration('KR_FRN', 'pre2020')), { type: 'KR_FRN' });
  vector('rrn-since-2020-10', krLayout(registration('KR_RRN', 'post2020')), { type: 'KR_RRN' });
  vector('frn-since-2020-10', krLayout(registration('KR_FRN', 'post2020')), { type: 'KR_FRN' });
  vector('impossible-birth-date', krLayout(impossibleRegistration('date')), { decoy: true });
  vector('impossible-7th-digit', krLayout(impossibleRegistration('seventh')), { decoy: true });
  if (i < 15) vector('birth-date-in-the-future', krLayout(impossibleRegistration('future')), { decoy: true });
  const real = registration(chance(0.7) ? 'KR_RRN' : 'KR_FRN');
  const head = digits(int(1, 3));
  const tail = digits(int(0, 2));
  vector('inside-a-longer-digit-run', `${head}${real}${tail}`, { decoy: true, from: head.length, length: 13 });
  const joined = chance(0.5) ? `${real.slice(0, 6)}+${real.slice(6)}` : `${digits(int(2, 6))}+${real}`;
  vector('joined-by-plus', joined, { decoy: true, from: joined.length - 13 - (joined.indexOf('+') === 6 ? 1 : 0), length: joined.indexOf('+') === 6 ? 14 : 13 });
}

// ---------------------------------------------------------------- write and freeze
const description =
  'Held-back labelled set for the Candor sensitive-data detector, wave 10 (scripts/build-pii-heldback-w10.mjs, fixed seed). ' +
  'Built by someone who never tunes the detector; frozen before the detector was run on it. Aggregates only: never print or read its misses.';
console.log(writeHeldBackSet(DIR, { description, seed: SEED, frozenOn: FROZEN_ON, generator: 'scripts/build-pii-heldback-w10.mjs', cases, vectors }));
