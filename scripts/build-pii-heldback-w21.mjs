// Builds test/fixtures/pii/heldback-w21/: the wave 21 held-back labelled set for the sensitive-data
// detector, written by someone who never tunes the detector (issue #10 §3).
//
//   npx node scripts/build-pii-heldback-w21.mjs           (writes documents.json, korean-numbers.json, manifest.json)
//   npx node scripts/build-pii-heldback-w21.mjs --check   (writes nothing; fails unless the files are what this builds)
//
// The wave 20 set (heldback-w20/) had its figures published and is tuning data in wave 21; this set
// measures that tuning on text nobody has seen. Its own seed, ten locales no earlier set used (af_ZA,
// en_NP, ta_IN — faker locales no set used — and es_PY, pt_CV, fr_MG, en_TT, es_CR, is_IS, ar_KW, seven
// countries new to the sets) and Korean again, and document kinds no earlier set used: an offer letter,
// a tenant guarantor's declaration, a request for a tenancy deposit back, a payslip as extracted from
// its PDF, an SMS thread with a recruiter, the personal particulars and declaration at the end of a
// CV, a return-to-work letter after leave, a workplace accident report, a faxed employment verification
// and a sick-leave notice to HR; in Korean 신원보증서, 이력서 인적사항, 급여명세서, 산업재해 발생 보고,
// 임대차 보증금 반환 요청 and 병가 신청. Labelling rules are those of heldback-w10/README.md to
// heldback-w20/README.md.
//
// Gold spans are recorded as the values are inserted (by rule, never by running the detector).
// Check digits are computed in scripts/lib/, independently of src/. Phones are drawn from each
// country's numbering plan and kept only when libphonenumber-js (max metadata) calls them valid
// numbers of that country.
//
// The whole set is held back: nobody tunes on it, reads its documents while tuning, or prints its
// misses. `npm run bench -- sensitive held-back` prints aggregates only.
import { fakerAF_ZA, fakerEN, fakerEN_NP, fakerES, fakerFR, fakerPT_PT } from '@faker-js/faker';
import { finishHeldBackSet } from './lib/held-back-set.mjs';
import { heldBackStream } from './lib/held-back-stream.mjs';
import { digitsOfScript, groups } from './lib/held-back-text.mjs';
import { LabelledText } from './lib/labelled-text.mjs';
import { birthDay, MONTH_NAMES, ordinal } from './lib/pii-dates.mjs';
import { ascii, ibanOf, pad, phoneOf } from './lib/pii-values.mjs';

const SEED = 0x5eed_0d21;
const DOCUMENTS_PER_LOCALE = 100;
const KOREAN_DOCUMENTS = 250;
const FROZEN_ON = '2026-12-02';
const DIR = new URL('../test/fixtures/pii/heldback-w21/', import.meta.url);

const stream = heldBackStream(SEED);
const { int, pick, chance, digits, letter, nz, shuffle, krWritten } = stream;
const { card, sin, aadhaar, pan, codiceFiscale, registration, bornBetween, impossibleRegistration, businessRegistrationNumber } = stream;
const { ssn, nino, steuerId, nir, dni, bsn, chineseId, myNumber } = stream;
const LOCALES = ['af_ZA', 'en_NP', 'ta_IN', 'es_PY', 'pt_CV', 'fr_MG', 'en_TT', 'es_CR', 'is_IS', 'ar_KW'];
const COUNTRY = { af_ZA: 'ZA', en_NP: 'NP', ta_IN: 'IN', es_PY: 'PY', pt_CV: 'CV', fr_MG: 'MG', en_TT: 'TT', es_CR: 'CR', is_IS: 'IS', ar_KW: 'KW', ko: 'KR' };

/** Kuwaiti writers sometimes use the Arabic-Indic digits ٠١٢…; Tamil ones never do in numbers, so only Kuwait gets them. */
const arabicDigits = digitsOfScript(0x0660);

// ---------------------------------------------------------------- phones
/** How each country's people write their numbers (mobile unless `office`); phoneOf keeps a draw only when it is valid there. */
const DIALLING = {
  af_ZA: (office) => {
    if (!office && chance(0.8)) {
      const n = `${pick(['60', '61', '63', '66', '71', '72', '73', '74', '76', '78', '79', '81', '82', '83', '84'])}${digits(7)}`;
      return pick([`0${groups(n, [2, 3, 4])}`, `0${groups(n, [2, 3, 4])}`, `0${n}`, `0${groups(n, [2, 3, 4], '-')}`, `+27 ${groups(n, [2, 3, 4])}`, `+27 (0)${groups(n, [2, 3, 4])}`, `+27${n}`, `(0${n.slice(0, 2)}) ${groups(n.slice(2), [3, 4])}`]);
    }
    const n = `${pick(['21', '21', '12', '11', '31', '41', '51', '23', '44'])}${int(2, 9)}${digits(6)}`;
    return pick([`0${groups(n, [2, 3, 4])}`, `(0${n.slice(0, 2)}) ${groups(n.slice(2), [3, 4], '-')}`, `+27 ${groups(n, [2, 3, 4])}`, `0${groups(n, [2, 7], '-')}`]);
  },
  en_NP: (office) => {
    if (!office && chance(0.8)) {
      const n = `${pick(['984', '985', '986', '980', '981', '982', '974', '976'])}${digits(7)}`;
      return pick([n, n, `${n.slice(0, 4)}-${n.slice(4)}`, `${n.slice(0, 3)}-${n.slice(3)}`, `+977 ${n}`, `+977-${groups(n, [3, 7], '-')}`, `(+977) ${groups(n, [5, 5])}`, `00977-${n}`]);
    }
    const [area, n] = pick([['1', `4${digits(6)}`], ['1', `5${digits(6)}`], ['1', `6${digits(6)}`], ['61', `5${digits(5)}`], ['56', `5${digits(5)}`], ['21', `4${digits(5)}`]]);
    return pick([`0${area}-${n}`, `0${area}-${n}`, `0${area} ${n}`, `+977 ${area} ${n}`, `+977-${area}-${n}`]);
  },
  ta_IN: (office) => {
    if (!office && chance(0.8)) {
      const n = `${pick(['9', '9', '8', '7', '6'])}${digits(9)}`;
      return pick([groups(n, [5, 5]), groups(n, [5, 5]), `+91 ${groups(n, [5, 5])}`, `+91-${n}`, `0${n}`, n, `+91 ${groups(n, [3, 3, 4])}`, `(+91) ${n}`]);
    }
    const [std, n] = pick([['44', `2${digits(7)}`], ['44', `4${digits(7)}`], ['422', `2${digits(6)}`], ['452', `2${digits(6)}`], ['431', `2${digits(6)}`]]);
    return pick([`0${std}-${n.length === 8 ? groups(n, [4, 4]) : n}`, `0${std} ${n}`, `+91 ${std} ${n.length === 8 ? groups(n, [4, 4]) : n}`, `(0${std}) ${n}`]);
  },
  es_PY: (office) => {
    if (!office && chance(0.8)) {
      const n = `9${pick(['61', '71', '72', '73', '75', '76', '81', '82', '83', '84', '85', '86', '91', '92', '95'])}${digits(6)}`;
      return pick([`0${groups(n, [3, 3, 3])}`, `0${groups(n, [3, 3, 3])}`, `0${n.slice(0, 3)}-${n.slice(3)}`, `+595 ${n.slice(0, 3)} ${n.slice(3)}`, `(0${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, `+595${n}`, `0${n}`]);
    }
    const n = `21${int(2, 9)}${digits(5)}`;
    return pick([`(021) ${groups(n.slice(2), [3, 3])}`, `021 ${n.slice(2)}`, `+595 21 ${n.slice(2)}`, `021-${n.slice(2)}`]);
  },
  pt_CV: (office) => {
    const n = !office && chance(0.8) ? `9${pick(['5', '7', '8', '9', '9'])}${digits(5)}` : `2${pick(['22', '23', '26', '31', '32', '61', '62'])}${digits(4)}`;
    return pick([groups(n, [3, 2, 2]), groups(n, [3, 2, 2]), n, `+238 ${groups(n, [3, 2, 2])}`, `(+238) ${groups(n, [3, 4])}`, `00238 ${n}`, `+238${n}`]);
  },
  fr_MG: (office) => {
    if (!office && chance(0.8)) {
      const n = `3${pick(['2', '3', '4', '4', '7', '8'])}${digits(7)}`;
      const spaced = `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 7)} ${n.slice(7)}`;
      return pick([`0${spaced}`, `0${spaced}`, `0${n}`, `+261 ${spaced}`, `+261 (0)${spaced}`, `+261${n}`, `0${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 7)}.${n.slice(7)}`, `00261 ${spaced}`]);
    }
    const n = `20${pick(['22', '22', '24', '26'])}${digits(5)}`;
    return pick([`0${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 7)} ${n.slice(7)}`, `+261 ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 7)} ${n.slice(7)}`, `0${n}`]);
  },
  en_TT: (office) => {
    const local = !office && chance(0.75) ? `${pick(['3', '4', '4', '6', '7', '7'])}${pick(['0', '1', '2', '5', '6', '7', '8', '9'])}${digits(5)}` : `6${pick(['2', '3', '4', '5', '6', '7', '9'])}${digits(5)}`;
    const [a, b] = [local.slice(0, 3), local.slice(3)];
    return pick([`(868) ${a}-${b}`, `868-${a}-${b}`, `868-${a}-${b}`, `1-868-${a}-${b}`, `+1 (868) ${a}-${b}`, `868 ${a} ${b}`, `+1 868 ${a} ${b}`, `1 (868) ${a}${b}`]);
  },
  es_CR: (office) => {
    const n = !office && chance(0.8) ? `${pick(['8', '8', '8', '7', '6'])}${digits(7)}` : `2${int(2, 7)}${digits(6)}`;
    return pick([groups(n, [4, 4], '-'), groups(n, [4, 4], '-'), groups(n, [4, 4]), n, `+506 ${groups(n, [4, 4], '-')}`, `(506) ${groups(n, [4, 4])}`, `+506 ${n}`, `00506-${n}`]);
  },
  is_IS: (office) => {
    const n = !office && chance(0.8) ? `${pick(['6', '6', '7', '8', '8'])}${digits(6)}` : `${pick(['4', '5', '5'])}${digits(6)}`;
    return pick([groups(n, [3, 4]), groups(n, [3, 4]), n, `+354 ${groups(n, [3, 4])}`, `(+354) ${groups(n, [3, 4], '-')}`, `00354 ${n}`, `+354-${n}`]);
  },
  ar_KW: (office) => {
    const n = !office && chance(0.8) ? `${pick(['5', '6', '6', '9', '9'])}${digits(7)}` : `2${pick(['2', '4', '5'])}${digits(6)}`;
    return pick([groups(n, [4, 4]), groups(n, [4, 4]), n, `+965 ${groups(n, [4, 4])}`, `+965-${n}`, `00965 ${n}`, `(+965) ${groups(n, [4, 4], '-')}`, `965-${n}`]);
  },
  ko: (office) => {
    const mid = `${int(2, 9)}${digits(3)}`;
    const last = digits(4);
    if (!office && chance(0.75)) return pick([`010-${mid}-${last}`, `010-${mid}-${last}`, `010-${mid}-${last}`, `010 ${mid} ${last}`, `010${mid}${last}`, `010-${mid}${last}`, `(010) ${mid}-${last}`, `+82-10-${mid}-${last}`, `+82 10 ${mid} ${last}`, `010 ${mid}-${last}`, `010ㆍ${mid}ㆍ${last}`]);
    const area = pick(['02', '02', '031', '042', '053', '054', '055', '061', '063', '070', ...(office ? ['1588', '1577', '1899', '080'] : [])]);
    if (area.length === 4) return pick([`${area}-${last}`, `${area}-${last}`, `${area} ${last}`]);
    const local = area === '080' ? `${int(2, 9)}${digits(2)}` : ['02', '070'].includes(area) ? mid : `${int(2, 9)}${digits(int(2, 3))}`;
    return pick([`${area}-${local}-${last}`, `${area}-${local}-${last}`, `${area}) ${local}-${last}`, `(${area}) ${local}-${last}`, `${area} ${local} ${last}`, `+82-${area.slice(1)}-${local}-${last}`]);
  },
};
const EXTENSION_WORDS = { af_ZA: ['uitbr. ', 'x'], en_NP: ['ext. ', 'Ext. '], ta_IN: ['Extn. ', 'ext. '], es_PY: ['int. ', 'interno '], pt_CV: ['ext. ', 'extensão '], fr_MG: ['poste ', 'p. '], en_TT: ['ext. ', 'x'], es_CR: ['ext. ', 'extensión '], is_IS: ['innanhúss ', 'ext. '], ar_KW: ['ext. ', 'داخلي '], ko: ['내선 ', '(내선 '] };
/** A valid number of the locale's country as its people write it; an office line sometimes carries its extension (inside the span); Kuwaiti numbers sometimes in Arabic-Indic digits. */
function phoneOfLocale(locale, office = false) {
  let n = phoneOf(COUNTRY[locale], () => DIALLING[locale](office));
  if (locale === 'ar_KW' && chance(0.15)) n = arabicDigits(n);
  if (!office || !chance(0.3)) return n;
  const word = pick(EXTENSION_WORDS[locale]);
  return `${n} ${word}${int(10, 899)}${word.startsWith('(') ? ')' : ''}`;
}

// ---------------------------------------------------------------- addresses
const ZA_TOWNS = [['Stellenbosch', '7600', 'Wes-Kaap'], ['Paarl', '7646', 'Wes-Kaap'], ['Bloemfontein', '9301', 'Vrystaat'], ['Pretoria', '0181', 'Gauteng'], ['Centurion', '0157', 'Gauteng'], ['Potchefstroom', '2531', 'Noordwes'], ['George', '6529', 'Wes-Kaap'], ['Upington', '8801', 'Noord-Kaap']];
const ZA_STREETS = ['Dorpstraat', 'Kerkstraat', 'Bosmanstraat', 'Voortrekkerweg', 'Pretoriusstraat', 'Jan Smutslaan', 'Eikelaan', 'Andries Pretoriusstraat', 'Rissikstraat'];
const NP_PLACES = [['Kathmandu', 'Kathmandu Metropolitan City', 'Baluwatar', 'Bagmati'], ['Kathmandu', 'Kathmandu Metropolitan City', 'Naxal', 'Bagmati'], ['Lalitpur', 'Lalitpur Metropolitan City', 'Jhamsikhel', 'Bagmati'], ['Lalitpur', 'Lalitpur Metropolitan City', 'Kupondole', 'Bagmati'], ['Bhaktapur', 'Madhyapur Thimi Municipality', 'Sano Thimi', 'Bagmati'], ['Pokhara', 'Pokhara Metropolitan City', 'Lakeside', 'Gandaki'], ['Biratnagar', 'Biratnagar Metropolitan City', 'Traffic Chowk', 'Koshi'], ['Bharatpur', 'Bharatpur Metropolitan City', 'Narayangarh', 'Bagmati'], ['Butwal', 'Butwal Sub-Metropolitan City', 'Milanchowk', 'Lumbini']];
const IN_PLACES = [['Chennai', '600040', 'Anna Nagar West', 'சென்னை', 'அண்ணா நகர்'], ['Chennai', '600017', 'T. Nagar', 'சென்னை', 'தி. நகர்'], ['Chennai', '600020', 'Adyar', 'சென்னை', 'அடையாறு'], ['Coimbatore', '641002', 'R.S. Puram', 'கோயம்புத்தூர்', 'ஆர்.எஸ். புரம்'], ['Madurai', '625020', 'K.K. Nagar', 'மதுரை', 'கே.கே. நகர்'], ['Tiruchirappalli', '620017', 'Thillai Nagar', 'திருச்சிராப்பள்ளி', 'தில்லை நகர்'], ['Salem', '636007', 'Fairlands', 'சேலம்', 'ஃபேர்லேண்ட்ஸ்']];
const IN_STREETS = [['Gandhi Street', 'காந்தி தெரு'], ['Kamarajar Salai', 'காமராஜர் சாலை'], ['Periyar Street', 'பெரியார் தெரு'], ['2nd Main Road', '2வது பிரதான சாலை'], ['Bharathiyar Street', 'பாரதியார் தெரு'], ['4th Cross Street', '4வது குறுக்குத் தெரு'], ['Nehru Street', 'நேரு தெரு']];
const PY_PLACES = [['Asunción', 'Villa Morra'], ['Asunción', 'Recoleta'], ['Asunción', 'San Vicente'], ['Asunción', 'Las Mercedes'], ['San Lorenzo', 'Barrio Villa Universitaria'], ['Fernando de la Mora', 'Zona Norte'], ['Encarnación', 'Barrio San Pedro'], ['Ciudad del Este', 'Área 1'], ['Luque', 'Barrio Laurelty']];
const PY_STREETS = ['Avda. Mariscal López', 'Tte. Fariña', 'Avda. España', 'Eusebio Ayala', 'Cruz del Chaco', 'Sgto. Gauto', 'Avda. Santa Teresa', 'Juan de Salazar', 'Dr. Morra'];
const PY_CROSS = ['Venezuela', 'Brasilia', 'Senador Long', 'EE.UU.', 'Cap. Lombardo', 'R.I. 3 Corrales', 'Austria'];
const CV_PLACES = [['Praia', 'Santiago', 'Achada Santo António'], ['Praia', 'Santiago', 'Palmarejo'], ['Praia', 'Santiago', 'Plateau'], ['Praia', 'Santiago', 'Fazenda'], ['Mindelo', 'São Vicente', 'Monte Sossego'], ['Mindelo', 'São Vicente', 'Chã de Alecrim'], ['Espargos', 'Sal', 'Hortelã'], ['Santa Maria', 'Sal', 'Zona Tanquinho'], ['Assomada', 'Santiago', 'Bolanha']];
const CV_STREETS = ['Rua 5 de Julho', 'Av. Cidade de Lisboa', 'Rua Serpa Pinto', 'Rua de Angola', 'Av. Amílcar Cabral', 'Rua Lisboa', 'Rua Cabo Verde Telecom', 'Av. OUA'];
const MG_PLACES = [['Antananarivo', '101', 'Ivandry'], ['Antananarivo', '101', 'Ankorondrano'], ['Antananarivo', '101', 'Faravohitra'], ['Antananarivo', '101', 'Analakely'], ['Antananarivo', '105', 'Ambohibao'], ['Toamasina', '501', 'Tanambao V'], ['Antsirabe', '110', 'Mahazoarivo'], ['Mahajanga', '401', 'Tsaramandroso'], ['Fianarantsoa', '301', 'Tsianolondroa']];
const MG_STREETS = ['Rue Rainandriamampandry', 'Avenue de l’Indépendance', 'Rue Ratsimilaho', 'Boulevard Ratsimandrava', 'Rue Dok. Villette', 'Lalana Rainizanabololona'];
const TT_PLACES = [['Port of Spain', 'Newtown'], ['Port of Spain', 'Woodbrook'], ['Diego Martin', 'Glencoe'], ['Tunapuna', 'Tunapuna'], ['Arima', 'Malabar'], ['Chaguanas', 'Endeavour'], ['San Fernando', 'Marabella'], ['Couva', 'California'], ['Tobago', 'Scarborough']];
const TT_STREETS = ['Eastern Main Road', 'Cipriani Boulevard', 'Ariapita Avenue', 'Jasmine Avenue', 'Southern Main Road', 'Mucurapo Road', 'Saddle Road', 'Churchill Roosevelt Highway', 'Coffee Street'];
const CR_PLACES = [['Escazú', 'San Rafael', 'San José'], ['Montes de Oca', 'San Pedro', 'San José'], ['Santa Ana', 'Pozos', 'San José'], ['Heredia', 'Mercedes Norte', 'Heredia'], ['Alajuela', 'San José', 'Alajuela'], ['Curridabat', 'Granadilla', 'San José'], ['Cartago', 'Oriental', 'Cartago'], ['Liberia', 'Liberia', 'Guanacaste'], ['Moravia', 'San Vicente', 'San José']];
const CR_LANDMARKS = ['de la iglesia católica', 'del Automercado', 'de la antigua Pops', 'del Más x Menos', 'de la escuela', 'del Palí', 'de la plaza de deportes', 'del BCR', 'de la bomba Uno'];
const IS_PLACES = [['101', 'Reykjavík'], ['105', 'Reykjavík'], ['107', 'Reykjavík'], ['200', 'Kópavogur'], ['210', 'Garðabær'], ['220', 'Hafnarfjörður'], ['600', 'Akureyri'], ['800', 'Selfoss'], ['400', 'Ísafjörður']];
const IS_STREETS = ['Laugavegur', 'Hringbraut', 'Skólavörðustígur', 'Brekkugata', 'Hamraborg', 'Bárugata', 'Álfheimar', 'Hafnarstræti', 'Kirkjuvegur', 'Lyngás'];
const KW_AREAS = [['Salmiya', 'السالمية'], ['Jabriya', 'الجابرية'], ['Hawalli', 'حولي'], ['Mishref', 'مشرف'], ['Fahaheel', 'الفحيحيل'], ['Mangaf', 'المنقف'], ['Farwaniya', 'الفروانية'], ['Salwa', 'سلوى'], ['Kuwait City (Sharq)', 'شرق']];

/** Addresses as people of each country write them: one line, or (multiline) the block of a letterhead or form. */
const ADDRESSES = {
  af_ZA: (multiline) => {
    const [town, code, province] = pick(ZA_TOWNS);
    const line1 = pick([`${pick(ZA_STREETS)} ${int(1, 240)}`, `${int(1, 240)} ${pick(ZA_STREETS)}`, `Eenheid ${int(1, 60)}, ${pick(['Die Eike', 'Protea Hof', 'Jakaranda Park', 'Bergsig'])}, ${pick(ZA_STREETS)} ${int(1, 90)}`, `Plot ${int(1, 300)}, ${pick(['Kameeldrift-Oos', 'Bapsfontein', 'Hartebeeshoek'])}`]);
    if (chance(0.12)) return `Posbus ${int(10, 9999)}${multiline ? '\n' : ', '}${town}${multiline ? '\n' : ', '}${code}`;
    if (multiline) return pick([`${line1}\n${town}\n${code}`, `${line1}\n${town}, ${code}\n${province}`, `${line1}\n${pick(['Die Boord', 'Welgemoed', 'Universiteitsoord'])}\n${town} ${code}`]);
    return pick([`${line1}, ${town}, ${code}`, `${line1}, ${town} ${code}`, `${line1}, ${town}, ${province}, ${code}`]);
  },
  en_NP: (multiline) => {
    const [city, metro, tole, province] = pick(NP_PLACES);
    const ward = int(1, 32);
    const line1 = pick([`House No. ${int(1, 900)}, ${tole}-${ward}`, `${tole}, Ward No. ${ward}`, `${tole} Marg, Ghar No. ${int(1, 400)}`, `Ward No. ${ward}, ${metro}`]);
    if (multiline) return pick([`${line1}\n${city}\n${province} Province, Nepal`, `${line1}\n${city}-${ward}, Nepal`, `${line1}\n${metro}\n${city} District`]);
    return pick([`${line1}, ${city}`, `${line1}, ${city}, Nepal`, `${tole}-${ward}, ${city}, ${province} Province`, `${line1}, ${city}-${ward}, ${province}`]);
  },
  ta_IN: (multiline) => {
    const [city, pin, area, cityTa, areaTa] = pick(IN_PLACES);
    const [street, streetTa] = pick(IN_STREETS);
    const door = pick([`No. ${int(1, 240)}`, `Door No. ${int(1, 40)}/${int(1, 300)}`, `Plot No. ${int(1, 120)}`, `Flat ${letter('ABCDEFG')}-${int(1, 12)}${pad(int(1, 8), 2)}, ${pick(['Sri Lakshmi Apartments', 'Green Park Residency', 'Ramaniyam Isha'])}`]);
    if (chance(0.3)) {
      const ta = `எண் ${int(1, 240)}, ${streetTa}, ${areaTa}, ${cityTa} – ${pin}`;
      return multiline ? ta.replace(', ', ',\n').replace(`, ${cityTa}`, `,\n${cityTa}`) : ta;
    }
    if (multiline) return pick([`${door},\n${street},\n${area},\n${city} - ${pin}`, `${door}, ${street}\n${area}\n${city} – ${pin}\nTamil Nadu`, `${door},\n${street}, ${area},\n${city} ${pin}.`]);
    return pick([`${door}, ${street}, ${area}, ${city} – ${pin}`, `${door}, ${street}, ${area}, ${city}-${pin}, Tamil Nadu`, `${door}, ${street}, ${area}, ${city} ${pin}`]);
  },
  es_PY: (multiline) => {
    const [city, barrio] = pick(PY_PLACES);
    const line1 = pick([`${pick(PY_STREETS)} ${int(100, 4999)} c/ ${pick(PY_CROSS)}`, `${pick(PY_STREETS)} Nº ${int(100, 4999)} e/ ${shuffle(PY_CROSS).slice(0, 2).join(' y ')}`, `${pick(PY_STREETS)} casi ${pick(PY_CROSS)}, Edif. ${pick(['Aurora', 'Torre Paraná', 'Las Lomas'])}, Dpto. ${int(1, 14)}${letter('ABCD')}`, `Ruta PY0${int(1, 9)} km ${int(10, 40)}`]);
    if (multiline) return pick([`${line1}\n${barrio}\n${city}`, `${line1}\n${barrio}, ${city} – Paraguay`, `${line1}\n${city}, Paraguay`]);
    return pick([`${line1}, ${barrio}, ${city}`, `${line1} – ${city}`, `${barrio}, ${line1}, ${city}`, `${line1}, ${city}, Paraguay`]);
  },
  pt_CV: (multiline) => {
    const [city, island, zone] = pick(CV_PLACES);
    const line1 = pick([`${pick(CV_STREETS)}, n.º ${int(1, 250)}`, `${zone}, ${pick(CV_STREETS)} ${int(1, 250)}, ${int(1, 4)}.º ${pick(['Dto', 'Esq', 'andar'])}`, `Zona ${zone}, Casa n.º ${int(1, 400)}`, `${zone}, C.P. ${int(10, 999)}`]);
    if (multiline) return pick([line1.includes(zone) ? `${line1}\n${city}, ${island}` : `${line1}\n${zone}\n${city}, ${island}`, `${line1}\n${city} – Cabo Verde`, `${line1}\n${city}\nIlha de ${island}`]);
    return pick([line1.includes(zone) ? `${line1}, ${city}` : `${line1}, ${zone}, ${city}`, `${line1}, ${city}, ${island}`, `${line1}, ${city}, Cabo Verde`]);
  },
  fr_MG: (multiline) => {
    const [city, code, quarter] = pick(MG_PLACES);
    if (chance(0.12)) return `BP ${int(100, 9999)}${multiline ? '\n' : ', '}${city} ${code}`;
    const line1 = pick([`Lot ${pick(['II', 'III', 'IV', 'V', 'VB'])} ${letter('ABCDFGHJKMN')} ${int(1, 200)}${pick(['', ' Bis', ' Ter', ' A'])} ${quarter}`, `Lot ${int(1, 999)} ${quarter}`, `${pick(MG_STREETS)}, ${quarter}`, `Villa ${pick(['Fanja', 'Hasina', 'Soa', 'Miora'])}, Lot ${int(1, 300)} ${quarter}`]);
    if (multiline) return pick([`${line1}\n${city} ${code}`, `${line1}\n${code} ${city}\nMadagascar`, `${line1}\n${city} ${code} – Madagascar`]);
    return pick([`${line1}, ${city} ${code}`, `${line1}, ${code} ${city}`, `${line1} – ${city} ${code}, Madagascar`]);
  },
  en_TT: (multiline) => {
    const [town, area] = pick(TT_PLACES);
    const line1 = pick([`LP ${int(1, 300)} ${pick(TT_STREETS)}`, `#${int(1, 90)} ${pick(TT_STREETS)}`, `${int(1, 200)} ${pick(TT_STREETS)}`, `Lot ${int(1, 400)}, Phase ${int(1, 4)}, ${pick(['Trincity', 'Bon Air Gardens', 'Edinburgh 500'])}`, `Apt ${int(1, 30)}${letter('AB')}, ${pick(['Ellerslie Court', 'One Woodbrook Place', 'Savannah Villas'])}`]);
    if (multiline) return pick([`${line1}\n${area}\n${town}`, `${line1}\n${town}\nTrinidad, W.I.`, `${line1}\n${area}, ${town}`]);
    return pick([`${line1}, ${area}, ${town}`, `${line1}, ${town}`, `${line1}, ${town}, Trinidad and Tobago`]);
  },
  es_CR: (multiline) => {
    const [canton, district, province] = pick(CR_PLACES);
    if (chance(0.2)) {
      const grid = `Barrio ${pick(['Escalante', 'Amón', 'Otoya', 'Los Yoses', 'Dent'])}, calle ${int(1, 45)}, avenidas ${int(1, 12)} y ${int(13, 20)}`;
      return multiline ? `${grid}\n${province}` : `${grid}, ${province}`;
    }
    const from = pick(['', '', 'Costado norte ', 'Costado sur ', 'Entrada principal ']);
    const landmark = pick(CR_LANDMARKS);
    const line1 = `${from}${from ? landmark : landmark[0].toUpperCase() + landmark.slice(1)} ${int(1, 6) * 50} m ${pick(['norte', 'sur', 'este', 'oeste'])}${chance(0.5) ? ` y ${int(1, 3) * 25} ${pick(['norte', 'sur', 'este', 'oeste'])}` : ''}, ${pick(['casa esquinera', 'portón negro', 'casa a mano izquierda', `Condominio ${pick(['Las Palmas', 'Vista Real', 'Bosques de Lindora'])}, apto ${int(1, 30)}${letter('AB')}`, 'casa color terracota'])}`;
    if (multiline) return pick([`${line1}\n${district}, ${canton}\n${province}`, `${line1}\n${district} de ${canton}, ${province}`, `${line1}\n${canton}, ${province}, Costa Rica`]);
    return pick([`${line1}, ${district}, ${canton}, ${province}`, `${line1}, ${district} de ${canton}`, `${district}, ${canton}, ${line1}`]);
  },
  is_IS: (multiline) => {
    const [code, town] = pick(IS_PLACES);
    const line1 = `${pick(IS_STREETS)} ${int(1, 160)}${pick(['', '', '', `, íb. ${int(1, 4)}0${int(1, 9)}`, letter('abc'), `, ${int(1, 4)}. hæð`])}`;
    if (multiline) return pick([`${line1}\n${code} ${town}`, `${line1}\n${code} ${town}\nÍsland`, `${line1}\n${code} ${town}\nIceland`]);
    return pick([`${line1}, ${code} ${town}`, `${line1}, ${code} ${town}`, `${line1}, ${code} ${town}, Ísland`]);
  },
  ar_KW: (multiline) => {
    const [area, areaAr] = pick(KW_AREAS);
    const [block, street, house] = [int(1, 12), int(1, 120), int(1, 60)];
    if (chance(0.45)) {
      const parts = [areaAr, `قطعة ${block}`, `شارع ${street}`, ...(chance(0.4) ? [`جادة ${int(1, 9)}`] : []), pick([`منزل ${house}`, `عمارة ${house}، شقة ${int(1, 30)}`])];
      const text = chance(0.3) ? arabicDigits(parts.join('، ')) : parts.join('، ');
      return multiline ? text.replace(/، /u, '\n') : text;
    }
    const line1 = pick([`Block ${block}, Street ${street}, ${chance(0.4) ? `Avenue ${int(1, 9)}, ` : ''}House ${house}`, `Block ${block}, St. ${street}, Bldg ${house}, Flat ${int(1, 30)}`, `Bldg ${house}, Flat ${int(1, 30)}, Street ${street}, Block ${block}`]);
    if (multiline) return pick([`${line1}\n${area}\nKuwait`, `${area}\n${line1}`, `${line1}\n${area}, Kuwait`]);
    return pick([`${area}, ${line1}`, `${line1}, ${area}`, `${line1}, ${area}, Kuwait`]);
  },
};
const KO_PLACES = [
  ['서울특별시', '서울', '강서구', '공항대로', '마곡동'], ['서울특별시', '서울', '관악구', '남부순환로', '봉천동'], ['서울특별시', '서울시', '성동구', '왕십리로', '성수동'], ['서울특별시', '서울', '은평구', '통일로', '불광동'],
  ['경기도', '경기', '고양시 일산동구', '중앙로', '장항동'], ['경기도', '경기', '용인시 수지구', '포은대로', '죽전동'], ['경기도', '경기', '성남시 분당구', '판교역로', '백현동'], ['경기도', '경기', '김포시', '김포한강로', '장기동'],
  ['부산광역시', '부산', '해운대구', '센텀중앙로', '우동'], ['대구광역시', '대구', '수성구', '달구벌대로', '범어동'], ['울산광역시', '울산', '남구', '삼산로', '삼산동'], ['세종특별자치시', '세종', '', '한누리대로', '나성동'],
  ['강원특별자치도', '강원', '춘천시', '중앙로', '효자동'], ['충청북도', '충북', '청주시 흥덕구', '직지대로', '복대동'], ['전라남도', '전남', '순천시', '연향번영길', '연향동'],
];
ADDRESSES.ko = (multiline) => {
  const [province, short, city, road, dong] = pick(KO_PLACES);
  const zip = `${int(1, 63)}${digits(3)}`.padStart(5, '0');
  const head = [pick([province, short, province]), city].filter(Boolean).join(' ');
  const unit = pick(['', '', `, ${int(101, 125)}동 ${int(1, 29)}0${int(1, 6)}호`, `, ${int(2, 9)}층 ${int(201, 905)}호`, ` (${dong})`, `, ${pick(['힐스테이트', '푸르지오', '래미안', 'e편한세상'])} ${int(101, 120)}동 ${int(1, 20)}0${int(1, 4)}호 (${dong})`]);
  const line = `${head} ${road}${chance(0.3) ? ` ${int(1, 90)}번길` : ''} ${int(1, 500)}${chance(0.15) ? `-${int(1, 40)}` : ''}${unit}`;
  if (multiline) return pick([`[${zip}]\n${line}`, `${line}\n(우 ${zip})`, `${head}\n${line.slice(head.length + 1)}`]);
  return pick([line, line, `[${zip}] ${line}`, `${line} 우편번호 ${zip}`]);
};
const address = (locale, multiline = false) => ADDRESSES[locale](multiline);

// ---------------------------------------------------------------- dates of birth
const MONTHS = {
  af: ['Januarie', 'Februarie', 'Maart', 'April', 'Mei', 'Junie', 'Julie', 'Augustus', 'September', 'Oktober', 'November', 'Desember'],
  afShort: ['Jan.', 'Feb.', 'Mrt.', 'Apr.', 'Mei', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Okt.', 'Nov.', 'Des.'],
  bs: ['Baisakh', 'Jestha', 'Asar', 'Shrawan', 'Bhadra', 'Asoj', 'Kartik', 'Mangsir', 'Poush', 'Magh', 'Falgun', 'Chaitra'],
  ta: ['ஜனவரி', 'பிப்ரவரி', 'மார்ச்', 'ஏப்ரல்', 'மே', 'ஜூன்', 'ஜூலை', 'ஆகஸ்ட்', 'செப்டம்பர்', 'அக்டோபர்', 'நவம்பர்', 'டிசம்பர்'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  mg: ['Janoary', 'Febroary', 'Martsa', 'Aprily', 'Mey', 'Jona', 'Jolay', 'Aogositra', 'Septambra', 'Oktobra', 'Novambra', 'Desambra'],
  is: ['janúar', 'febrúar', 'mars', 'apríl', 'maí', 'júní', 'júlí', 'ágúst', 'september', 'október', 'nóvember', 'desember'],
};
/** A birth date between `from` and `to` as the locale writes it (numeric and worded forms). */
function dateOfBirth(locale, from = 1960, to = 2006) {
  const { y, m, d, dd, mm, yy } = birthDay(int, from, to);
  const en = MONTH_NAMES.en[m - 1];
  const forms = {
    af_ZA: [`${y}-${mm}-${dd}`, `${y}/${mm}/${dd}`, `${dd}/${mm}/${y}`, `${d} ${MONTHS.af[m - 1]} ${y}`, `${d} ${MONTHS.afShort[m - 1]} ${y}`, `${yy}${mm}${dd}`],
    // Nepal writes both calendars: the Bikram Sambat year runs 56–57 years ahead (a date of its own here, not converted).
    en_NP: [`${y}-${mm}-${dd}`, `${dd}/${mm}/${y}`, `${d} ${en} ${y}`, `${y + 57}/${mm}/${dd} B.S.`, `${y + 56}-${pad(int(1, 12), 2)}-${pad(int(1, 30), 2)} BS`, `${d} ${MONTHS.bs[m - 1]} ${y + 57}`, `${ordinal(d)} ${en}, ${y}`],
    ta_IN: [`${dd}.${mm}.${y}`, `${dd}-${mm}-${y}`, `${dd}/${mm}/${y}`, `${d} ${MONTHS.ta[m - 1]} ${y}`, `${ordinal(d)} ${en} ${y}`, `${dd}-${MONTH_NAMES.enShort[m - 1]}-${y}`],
    es_PY: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${d} de ${MONTHS.es[m - 1]} de ${y}`, `${dd}-${mm}-${yy}`, `${dd}.${mm}.${y}`],
    pt_CV: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${d} de ${MONTHS.pt[m - 1]} de ${y}`, `${dd}-${mm}-${y}`, `${d}/${m}/${y}`],
    fr_MG: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${d === 1 ? '1er' : d} ${MONTH_NAMES.fr[m - 1]} ${y}`, `${d} ${MONTHS.mg[m - 1]} ${y}`, `${dd}-${mm}-${y}`, `${dd}.${mm}.${yy}`],
    en_TT: [`${dd}/${mm}/${y}`, `${ordinal(d)} ${en} ${y}`, `${en} ${d}, ${y}`, `${dd}-${MONTH_NAMES.enShort[m - 1]}-${y}`, `${d}/${m}/${y}`],
    es_CR: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${d} de ${MONTHS.es[m - 1]} de ${y}`, `${dd}-${mm}-${y}`, `${d}/${m}/${yy}`],
    is_IS: [`${dd}.${mm}.${y}`, `${dd}.${mm}.${y}`, `${d}. ${MONTHS.is[m - 1]} ${y}`, `${d}.${m}.${y}`, `${d}. ${MONTHS.is[m - 1].length > 4 ? `${MONTHS.is[m - 1].slice(0, 3)}.` : MONTHS.is[m - 1]} ${y}`],
    ar_KW: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, arabicDigits(`${dd}/${mm}/${y}`), `${d} ${MONTH_NAMES.ar[m - 1]} ${y}`, `${arabicDigits(String(d))} ${MONTH_NAMES.ar[m - 1]} ${arabicDigits(String(y))}`, `${dd}-${MONTH_NAMES.enShort[m - 1]}-${y}`],
    ko: [`${y}년 ${m}월 ${d}일`, `${y}. ${mm}. ${dd}.`, `${y}.${mm}.${dd}`, `${y}-${mm}-${dd}`, `${yy}. ${m}. ${d}`, `${y}/${mm}/${dd}`, `${yy}년 ${m}월 ${d}일`, `${y}년${mm}월${dd}일`],
  }[locale];
  return pick(forms);
}
const BIRTH_CUES = {
  af_ZA: ['Geboortedatum: ', 'Gebore op ', 'Geb.: ', 'Geboorte: '], en_NP: ['Date of Birth: ', 'DOB (A.D.): ', 'Date of Birth (B.S.): ', 'Born on '],
  ta_IN: ['பிறந்த தேதி: ', 'Date of Birth : ', 'D.O.B : ', 'பிறந்த நாள்: '], es_PY: ['Fecha de nacimiento: ', 'Fecha de Nac.: ', 'Nació el ', 'F. de nac.: '],
  pt_CV: ['Data de nascimento: ', 'Data de nasc.: ', 'Nascido(a) a ', 'Dia di nasimentu: '], fr_MG: ['Date de naissance : ', 'Daty nahaterahana: ', 'Né(e) le ', 'Teraka tamin’ny '],
  en_TT: ['Date of Birth: ', 'D.O.B.: ', 'Born: ', 'Birthdate: '], es_CR: ['Fecha de nacimiento: ', 'Fecha nac.: ', 'Nacido el ', 'Nacida el '],
  is_IS: ['Fæðingardagur: ', 'Fædd ', 'Fæddur ', 'F. '], ar_KW: ['تاريخ الميلاد: ', 'Date of Birth: ', 'تاريخ الولادة: ', 'DOB: '],
  ko: ['생년월일: ', '생년월일 ', '생일: ', '출생: '],
};
const birthCue = (locale) => pick(locale === 'ko' || chance(0.8) ? BIRTH_CUES[locale] : ['Date of birth: ', 'Birth date: ']);

// ---------------------------------------------------------------- ids of claimed types, passports, licences
const PAYROLL_LEADS = { af_ZA: 'Vir salarisse: ', en_NP: 'For HR records: ', ta_IN: 'For payroll: ', es_PY: 'Para RR.HH.: ', pt_CV: 'Para os recursos humanos: ', fr_MG: 'Pour le service RH : ', en_TT: 'For payroll: ', es_CR: 'Para planilla: ', is_IS: 'Fyrir launadeild: ', ar_KW: 'For HR: ' };
/** [cue, value, type] of an id of a claimed type that a person of `locale` plausibly holds (work abroad, family abroad, their own country's). */
function heldId(locale, p) {
  const cue = (...cues) => (chance(0.75) ? pick(cues) : PAYROLL_LEADS[locale]);
  const table = {
    af_ZA: [() => [cue('UK National Insurance: ', 'NI-nommer (VK): '), nino(), 'UK_NINO'], () => [cue('NI number: ', 'National Insurance No. '), nino(), 'UK_NINO'], () => [cue('SIN (Kanada): ', 'Canadian SIN: '), sin(), 'CA_SIN']],
    en_NP: [() => [cue('My Number (Japan): ', 'マイナンバー: '), myNumber(), 'JP_MY_NUMBER'], () => [cue('Korean ARC No.: ', 'Alien Registration No. (Korea): '), krWritten(bornBetween('KR_FRN', [1970, 1], [2004, 12])), 'KR_FRN'], () => [cue('UK NI number: ', 'National Insurance No.: '), nino(), 'UK_NINO']],
    ta_IN: [() => [cue('Aadhaar No.: ', 'ஆதார் எண்: '), aadhaar(), 'IN_AADHAAR'], () => [cue('PAN: ', 'PAN No. : '), pan(p.latinLast), 'IN_PAN'], () => [cue('Aadhaar: ', 'UID: '), aadhaar(), 'IN_AADHAAR'], () => [cue('PAN Card No.: ', 'நிரந்தர கணக்கு எண் (PAN): '), pan(p.latinLast), 'IN_PAN']],
    es_PY: [() => [cue('NIE (España): ', 'N.I.E.: '), dni(), 'ES_DNI'], () => [cue('DNI (España): ', 'DNI español: '), dni(), 'ES_DNI'], () => [cue('SSN (EE.UU.): ', 'Social Security No.: '), ssn(), 'US_SSN']],
    pt_CV: [() => [cue('BSN (Holanda): ', 'BSN: '), bsn(), 'NL_BSN'], () => [cue('Codice fiscale (Itália): ', 'C.F.: '), codiceFiscale(p.latinFirst, p.latinLast), 'IT_FISCAL_CODE'], () => [cue('N.º sécurité sociale (França): ', 'NIR: '), nir(), 'FR_NIR'], () => [cue('SSN (EUA): ', 'Social Security: '), ssn(), 'US_SSN'], () => [cue('NIE (Espanha): ', 'NIE: '), dni(), 'ES_DNI']],
    fr_MG: [() => [cue('N° de sécurité sociale (France) : ', 'NIR : '), nir(), 'FR_NIR'], () => [cue('Carte d’identité (Chine) : ', '居民身份证号码：'), chineseId(), 'CN_RESIDENT_ID'], () => [cue('NAS (Canada) : ', 'SIN : '), sin(), 'CA_SIN'], () => [cue('Numéro de sécu : ', 'N° SS (France) : '), nir(), 'FR_NIR']],
    en_TT: [() => [cue('Canadian SIN: ', 'SIN (Canada): '), sin(), 'CA_SIN'], () => [cue('US SSN: ', 'SSN: '), ssn(), 'US_SSN'], () => [cue('UK NI No.: ', 'National Insurance (UK): '), nino(), 'UK_NINO']],
    es_CR: [() => [cue('SSN (EE. UU.): ', 'Seguro Social (EE.UU.): '), ssn(), 'US_SSN'], () => [cue('Codice fiscale (Italia): ', 'Código fiscal italiano: '), codiceFiscale(p.latinFirst, p.latinLast), 'IT_FISCAL_CODE'], () => [cue('NIE (España): ', 'NIE: '), dni(), 'ES_DNI'], () => [cue('SIN (Canadá): ', 'SIN: '), sin(), 'CA_SIN']],
    is_IS: [() => [cue('Steuer-ID (Þýskaland): ', 'Steuer-ID: '), steuerId(), 'DE_TAX_ID'], () => [cue('BSN (Holland): ', 'BSN: '), bsn(), 'NL_BSN'], () => [cue('UK NI number: ', 'NINO: '), nino(), 'UK_NINO']],
    ar_KW: [() => [cue('Aadhaar (India): ', 'Aadhaar No. '), aadhaar(), 'IN_AADHAAR'], () => [cue('PAN (India): ', 'PAN: '), pan(p.latinLast), 'IN_PAN'], () => [cue('US SSN: ', 'رقم الضمان الاجتماعي الأمريكي: '), ssn(), 'US_SSN']],
  };
  if (locale === 'ko') {
    const type = chance(0.75) ? 'KR_RRN' : 'KR_FRN';
    const named = type === 'KR_RRN' ? pick(['주민등록번호: ', '주민등록번호 ', '주민번호 ', '주민등록번호(13자리): ', '주민등록번호 : ']) : pick(['외국인등록번호: ', '외국인등록번호 ', '등록번호(외국인): ']);
    return [chance(0.85) ? named : pick(['본인 식별번호: ', '(원천징수용) ', '인적사항 확인용 ']), krWritten(bornBetween(type, [1957, 1], [2006, 12])), type];
  }
  return pick(table[locale])();
}
const PASSPORT_SHAPES = {
  af_ZA: () => `${letter('AMT')}${digits(8)}`, en_NP: () => pick([`PA${digits(7)}`, `${int(1, 1)}${digits(7)}`]), ta_IN: () => `${letter('JKLMNPRSTUVZ')}${nz(7)}`, es_PY: () => `${letter('ABCDR')}${digits(6)}`,
  pt_CV: () => `${letter('PK')}${digits(7)}`, fr_MG: () => `${letter('ABEMNR')}${letter()}${digits(7)}`, en_TT: () => `T${letter('ABC')}${digits(6)}`, es_CR: () => `${letter('ABDF')}${digits(8)}`,
  is_IS: () => `${letter('ABC')}${digits(7)}`, ar_KW: () => pick([`${letter('KP')}${digits(8)}`, `${letter('JKLMNPRSTUVZ')}${nz(7)}`]), ko: () => (chance(0.55) ? `M${digits(8)}` : `${letter('MS')}${digits(3)}${letter('ABCDEFGHJKLMNPQRSTUVWXYZ')}${digits(4)}`),
};
const PASSPORT_CUES = {
  af_ZA: ['Paspoortnommer: ', 'Paspoort nr. '], en_NP: ['Passport No.: ', 'Passport number '], ta_IN: ['Passport No. : ', 'கடவுச்சீட்டு எண்: '], es_PY: ['Pasaporte Nº ', 'Nro. de pasaporte: '],
  pt_CV: ['Passaporte n.º ', 'N.º de passaporte: '], fr_MG: ['Passeport n° ', 'N° pasipaoro: '], en_TT: ['Passport No.: ', 'T&T passport '], es_CR: ['Pasaporte: ', 'N.º de pasaporte '],
  is_IS: ['Vegabréfsnúmer: ', 'Vegabréf nr. '], ar_KW: ['رقم الجواز: ', 'Passport No.: '], ko: ['여권번호: ', '여권번호 ', '여권 No.: '],
};
const passport = (locale) => [chance(0.8) ? pick(PASSPORT_CUES[locale]) : pick(['Passport: ', 'Passport No ']), PASSPORT_SHAPES[locale]()];
/** Licence numbers where the number is its own (shapes plausible, the Indian one real); Kuwait's is the civil id, so none is written there. */
const LICENCE_SHAPES = {
  af_ZA: () => `${digits(10)}${letter()}${letter()}`, en_NP: () => `${pad(int(1, 14), 2)}-${pad(int(1, 9), 2)}-${digits(8)}`, ta_IN: () => pick([`TN-${pad(int(1, 99), 2)}-${int(2005, 2024)}-${digits(7)}`, `TN${pad(int(1, 99), 2)} ${int(2005, 2024)}${digits(7)}`]),
  es_PY: () => `${nz(6)}-${letter('ABC')}`, pt_CV: () => `${pick(['ST', 'SV', 'SL', 'FG'])}-${digits(5)}`, fr_MG: () => `${digits(3)} ${digits(2)} ${digits(5)}`, en_TT: () => `${nz(6)}`,
  es_CR: () => `${letter('BC')}${digits(9)}`, is_IS: () => digits(8), ko: () => `${pick(['서울 ', '부산 ', '대구 ', '12-', '14-', '24-', '26-', '28-'])}${digits(2)}-${digits(6)}-${digits(2)}`,
};
const LICENCE_CUES = {
  af_ZA: ['Rybewysnommer: ', 'Bestuurslisensie nr. '], en_NP: ['Driving Licence No.: ', 'Smart licence no. '], ta_IN: ['Driving Licence No. : ', 'ஓட்டுநர் உரிம எண்: '], es_PY: ['Registro de conducir Nº ', 'Licencia de conducir Nº '],
  pt_CV: ['Carta de condução n.º '], fr_MG: ['Permis de conduire n° ', 'Fahazoan-dalana n° '], en_TT: ["Driver's Permit No. ", "Driver's Permit # "], es_CR: ['Licencia de conducir: ', 'Licencia B1 N.º '],
  is_IS: ['Ökuskírteini nr. ', 'Ökuskírteinisnúmer: '], ko: ['운전면허번호: ', '운전면허 ', '면허번호 '],
};
/** [cue, value] of a driving licence with its own number, or null in Kuwait (the licence carries the civil id): then it is mentioned without one. */
const licence = (locale) => (LICENCE_SHAPES[locale] ? [chance(0.8) ? pick(LICENCE_CUES[locale]) : 'Driving licence no. ', LICENCE_SHAPES[locale]()] : null);

// ---------------------------------------------------------------- banking
const IBAN_COUNTRY = { es_CR: 'CR', is_IS: 'IS', ar_KW: 'KW' };
const IBAN_BBAN = {
  CR: () => `0${pick(['151', '152', '102', '104', '161'])}${digits(14)}`,
  IS: () => `${pick(['0101', '0111', '0133', '0370', '0515'])}26${digits(6)}${digits(10)}`,
  KW: () => `${pick(['NBOK', 'GULB', 'CBKU', 'KFHO', 'BBYN', 'BOUB'])}${digits(22)}`,
};
function iban(country) {
  const compact = ibanOf(country, IBAN_BBAN[country]());
  const spaced = compact.match(/.{1,4}/gu).join(' ');
  return pick([spaced, spaced, compact]);
}
/** [lead, account, trailer] of a domestic account: only the account number is labelled (a Malagasy RIB and a Cape Verdean NIB whole, the way they are given for a transfer). */
function domesticAccount(locale) {
  const table = {
    af_ZA: () => pick([[`${pick(['Capitec', 'FNB', 'Absa', 'Standard Bank', 'Nedbank'])} ${pick(['spaarrekening', 'tjekrekening', 'rekening'])} nr. `, pick([digits(10), digits(11), `${digits(4)} ${digits(3)} ${digits(3)}`]), `, takkode ${pick(['470010', '250655', '632005', '051001', '198765'])}`], ['Rekeningnommer: ', digits(10), ' (Capitec, takkode 470010)']]),
    en_NP: () => pick([[`${pick(['Nabil Bank', 'NIC Asia Bank', 'Global IME Bank', 'Nepal Investment Mega Bank', 'Himalayan Bank'])} A/C No. `, pick([digits(14), digits(16), `${digits(3)}${digits(2)}${digits(10)}`]), ''], ['Salary account: ', digits(15), ` (${pick(['Kumari Bank', 'Sanima Bank'])}, ${pick(['New Baneshwor', 'Lakeside', 'Putalisadak'])} branch)`]]),
    ta_IN: () => pick([[`${pick(['SBI', 'Indian Bank', 'Indian Overseas Bank', 'HDFC Bank', 'City Union Bank'])} A/c No. `, pick([digits(11), digits(14), digits(12)]), ` (IFSC ${pick(['SBIN', 'IDIB', 'IOBA', 'HDFC', 'CIUB'])}0${digits(6)})`], ['Account Number: ', digits(pick([11, 12, 14])), '']]),
    es_PY: () => pick([[`${pick(['Banco Itaú', 'Banco Continental', 'Banco Basa', 'ueno bank', 'Banco GNB'])} ${pick(['cta. cte.', 'caja de ahorro', 'cuenta'])} Nº `, pick([digits(8), digits(10), `${digits(2)}-${digits(6)}-${digits(2)}`]), ` (${pick(['Gs.', 'USD'])})`], ['Nro. de cuenta: ', digits(9), '']]),
    pt_CV: () => pick([['NIB: ', `${pick(['0003', '0004', '0005'])} ${digits(4)} ${digits(11)} ${digits(2)}`, ` (${pick(['BCA', 'Caixa Económica', 'BCN', 'Ecobank'])})`], [`Conta ${pick(['BCA', 'Caixa', 'BI'])} n.º `, digits(pick([8, 9, 10])), '']]),
    fr_MG: () => pick([['RIB : ', `${pick(['00005', '00004', '00008', '00011'])} ${digits(5)} ${digits(11)} ${digits(2)}`, ` (${pick(['BFV-SG', 'BNI Madagascar', 'BOA Madagascar', 'BMOI'])})`], [`Compte ${pick(['BOA', 'BNI', 'BFV'])} n° `, digits(11), '']]),
    en_TT: () => pick([[`${pick(['Republic Bank', 'RBC Royal Bank', 'First Citizens', 'Scotiabank', 'JMMB Bank'])} ${pick(['savings', 'chequing'])} a/c `, pick([digits(12), digits(10), `${digits(3)}-${digits(6)}-${digits(1)}`]), `, ${pick(['Park Street', 'Chaguanas', 'Tunapuna', 'San Fernando'])} branch`], ['Account #: ', digits(12), ` (${pick(['TTD', 'USD'])})`]]),
    es_CR: () => null, is_IS: () => pick([['Reikningsnúmer: ', `${pick(['0133', '0101', '0537'])}-26-${digits(6)}`, ''], ['Banki, hb og reikningur: ', `${pick(['0111', '0515'])}-${pick(['26', '15'])}-${digits(6)}`, '']]), ar_KW: () => null,
    ko: () => pick([['국민은행 ', `${digits(6)}-${digits(2)}-${digits(6)}`, ''], ['신한은행 ', `110-${digits(3)}-${digits(6)}`, ''], ['농협 ', `${pick(['301', '302', '351', '352'])}-${digits(4)}-${digits(4)}-${digits(2)}`, ''], ['토스뱅크 ', `1000-${digits(4)}-${digits(4)}`, ''], ['IBK기업은행 ', `${digits(3)}-${digits(6)}-${digits(2)}-${digits(3)}`, ''], ['우체국 ', `${digits(6)}-${digits(2)}-${digits(6)}`, ''], ['부산은행 ', `${digits(3)}-${digits(4)}-${digits(4)}-${digits(2)}`, '']]),
  };
  return table[locale]();
}
const MOBILE_MONEY = { en_NP: ['eSewa ', 'Khalti '], fr_MG: ['MVola ', 'Orange Money ', 'Airtel Money '], es_PY: ['Tigo Money ', 'Billetera Personal '], es_CR: ['SINPE Móvil ', 'Sinpe móvil al '] };
/** Where money should go: the IBAN (Costa Rica, Iceland, Kuwait; Iceland also domestically), a domestic account, or mobile money (a PHONE). */
function payment(doc, locale) {
  if (MOBILE_MONEY[locale] && chance(0.3)) {
    doc.add(pick(MOBILE_MONEY[locale])).entity('PHONE', phoneOfLocale(locale));
    return;
  }
  const country = IBAN_COUNTRY[locale];
  if (country && (locale !== 'is_IS' || chance(0.6))) {
    const cue = { CR: ['Cuenta IBAN: ', 'IBAN: ', 'Cuenta en colones IBAN '], IS: ['IBAN: ', 'IBAN-númer: '], KW: ['IBAN: ', 'رقم الآيبان: ', 'IBAN (KWD): '] }[country];
    doc.add(pick(cue)).entity('IBAN', iban(country));
    return;
  }
  const [lead, value, trail] = domesticAccount(locale);
  doc.add(lead).entity('BANK_ACCOUNT', value).add(trail);
}

// ---------------------------------------------------------------- people and companies
for (const f of [fakerAF_ZA, fakerEN_NP, fakerES, fakerPT_PT, fakerFR, fakerEN]) f.seed(SEED);
/** Where faker's names are the place's own, given and family name from faker; elsewhere given names from faker's language and family names from short lists. */
const FAKER_FULL = { af_ZA: fakerAF_ZA, en_NP: fakerEN_NP };
const GIVEN = { es_PY: fakerES, pt_CV: fakerPT_PT, en_TT: fakerEN, es_CR: fakerES };
const FAMILY = {
  es_PY: ['Benítez', 'Giménez Ayala', 'Duarte', 'Ortiz Villalba', 'Cáceres', 'Acosta', 'Paredes', 'Rolón', 'Galeano', 'Insfrán', 'Ferreira Báez'],
  pt_CV: ['Tavares', 'Monteiro', 'Fortes', 'Lopes', 'Semedo', 'Varela', 'Andrade', 'Delgado', 'Évora', 'Spencer', 'Barros Gomes'],
  en_TT: ['Ramdass', 'Mohammed', 'Persad', 'Baptiste', 'Maharaj', 'Joseph', 'Ramkissoon', 'Gopaul', 'Alexander', 'De Souza', 'Boodoo'],
  es_CR: ['Solano', 'Jiménez Mora', 'Vargas', 'Chaves', 'Quesada', 'Arias Calderón', 'Araya', 'Monge', 'Villalobos', 'Alvarado', 'Zúñiga'],
};
/** [as written, given name in Latin letters, family name in Latin letters]: names faker has no data of this place for. */
const LISTED_NAMES = {
  ta_IN: [['Karthik Subramanian', 'Karthik', 'Subramanian'], ['பிரியா ராஜேந்திரன்', 'Priya', 'Rajendran'], ['Senthil Kumar Murugan', 'Senthil', 'Murugan'], ['Lakshmi Narayanan', 'Lakshmi', 'Narayanan'], ['அருண் பாண்டியன்', 'Arun', 'Pandian'], ['Divya Balasubramaniam', 'Divya', 'Balasubramaniam'], ['R. Vignesh', 'Vignesh', 'Ramasamy'], ['Meenakshi Sundaram', 'Meenakshi', 'Sundaram'], ['Saranya Elangovan', 'Saranya', 'Elangovan']],
  fr_MG: [['Hery Rakotomalala', 'Hery', 'Rakotomalala'], ['Fanja Andrianarisoa', 'Fanja', 'Andrianarisoa'], ['Tiana Randriamampionona', 'Tiana', 'Randriamampionona'], ['RAZAFINDRAKOTO Mamy', 'Mamy', 'Razafindrakoto'], ['Voahangy Rasoanaivo', 'Voahangy', 'Rasoanaivo'], ['Njaka Ravelojaona', 'Njaka', 'Ravelojaona'], ['Haingo Ralambomanana', 'Haingo', 'Ralambomanana'], ['Toky Andriamihaja', 'Toky', 'Andriamihaja'], ['Sandrine Rabearivelo', 'Sandrine', 'Rabearivelo']],
  is_IS: [['Guðrún Sigurðardóttir', 'Gudrun', 'Sigurdardottir'], ['Jón Einarsson', 'Jon', 'Einarsson'], ['Sigríður Ólafsdóttir', 'Sigridur', 'Olafsdottir'], ['Þórður Magnússon', 'Thordur', 'Magnusson'], ['Kristín Jónsdóttir', 'Kristin', 'Jonsdottir'], ['Ægir Guðmundsson', 'Aegir', 'Gudmundsson'], ['Helga Björnsdóttir', 'Helga', 'Bjornsdottir'], ['Einar Þorsteinsson', 'Einar', 'Thorsteinsson'], ['Anna Kristjánsdóttir', 'Anna', 'Kristjansdottir']],
  ar_KW: [['فهد العنزي', 'Fahad', 'Alenezi'], ['نورة المطيري', 'Noura', 'Almutairi'], ['Mariam Al-Rashidi', 'Mariam', 'Alrashidi'], ['يوسف العجمي', 'Yousef', 'Alajmi'], ['Dana Al-Kandari', 'Dana', 'Alkandari'], ['Joseph Mathew', 'Joseph', 'Mathew'], ['خالد العتيبي', 'Khaled', 'Alotaibi'], ['Maria Santos Dela Cruz', 'Maria', 'Delacruz'], ['Ahmed Fathy Mahmoud', 'Ahmed', 'Mahmoud'], ['حصة الشمري', 'Hessa', 'Alshammari']],
  ko: [['윤서하', 'Seoha', 'Yoon'], ['배준영', 'Junyoung', 'Bae'], ['차은비', 'Eunbi', 'Cha'], ['봉민재', 'Minjae', 'Bong'], ['선우진', 'Woojin', 'Sunwoo'], ['곽나연', 'Nayeon', 'Kwak'], ['탁현수', 'Hyunsoo', 'Tak'], ['제갈소율', 'Soyul', 'Jegal'], ['마도현', 'Dohyun', 'Ma'], ['육채원', 'Chaewon', 'Yuk'], ['천시온', 'Sion', 'Cheon']],
};
const MAIL_HOSTS = {
  af_ZA: ['gmail.com', 'mweb.co.za', 'telkomsa.net', 'webmail.co.za', 'outlook.com'], en_NP: ['gmail.com', 'yahoo.com', 'wlink.com.np', 'ntc.net.np'], ta_IN: ['gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com'],
  es_PY: ['gmail.com', 'hotmail.com', 'tigo.com.py', 'outlook.es'], pt_CV: ['gmail.com', 'hotmail.com', 'cvtelecom.cv', 'sapo.cv'], fr_MG: ['gmail.com', 'yahoo.fr', 'moov.mg', 'blueline.mg'],
  en_TT: ['gmail.com', 'hotmail.com', 'tstt.net.tt', 'yahoo.com'], es_CR: ['gmail.com', 'hotmail.com', 'ice.co.cr', 'racsa.co.cr'], is_IS: ['gmail.com', 'simnet.is', 'internet.is', 'visir.is'],
  ar_KW: ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com'], ko: ['naver.com', 'gmail.com', 'daum.net', 'nate.com', 'kakao.com'],
};
/** A person of `locale`: the name as written, its Latin given and family names, and a personal e-mail made from them. */
function someone(locale) {
  let name, latinFirst, latinLast;
  if (LISTED_NAMES[locale]) [name, latinFirst, latinLast] = pick(LISTED_NAMES[locale]);
  else {
    const f = FAKER_FULL[locale] ?? GIVEN[locale];
    latinFirst = f.person.firstName();
    latinLast = FAKER_FULL[locale] ? f.person.lastName() : pick(FAMILY[locale]);
    name = `${latinFirst} ${latinLast}`;
  }
  const first = ascii(latinFirst).toLowerCase() || 'ana';
  const last = ascii(latinLast).toLowerCase() || 'silva';
  const user = pick([`${first}.${last}`, `${first}${last}`, `${first[0]}.${last}`, `${last}${first[0]}`, `${first}${int(1, 99)}`, `${first}.${last}${int(70, 99)}`, `${last}_${first}`]);
  return { name, latinFirst, latinLast, email: `${user}@${pick(MAIL_HOSTS[locale])}` };
}
const COMPANIES = {
  af_ZA: ['Boland Sagteware (Edms) Bpk', 'Karoo Logistiek BK', 'Kaapse Wyn Uitvoer (Pty) Ltd', 'Vaalrivier Ingenieurs'], en_NP: ['Himalayan Data Pvt. Ltd.', 'Annapurna Logistics Pvt. Ltd.', 'Everest Hydro Consult', 'Bagmati Foods Pvt. Ltd.'],
  ta_IN: ['Kaveri Infotech Pvt. Ltd.', 'Marina Logistics LLP', 'Nilgiri Textiles Ltd.', 'Vaigai Software Services'], es_PY: ['Guaraní Software S.A.', 'Paraná Logística S.R.L.', 'Chaco Agro S.A.', 'Ybytu Consultores'],
  pt_CV: ['Morabeza Tech, Lda', 'Atlântico Logística, S.A.', 'Fogo Agro, Lda', 'Sal Turismo Serviços, Lda'], fr_MG: ['Tsingy Informatique SARL', 'Ravinala Logistique SA', 'Vanille Export SARL', 'Analamanga Conseil'],
  en_TT: ['Caroni Data Ltd', 'Pitch Lake Logistics Ltd', 'Maracas Foods Ltd', 'Northern Range Consulting Ltd'], es_CR: ['Pura Vida Software S.A.', 'Arenal Logística S.R.L.', 'Tico Agro S.A.', 'Irazú Consultores S.A.'],
  is_IS: ['Jökull Hugbúnaður ehf.', 'Hekla Flutningar hf.', 'Norðurljós Ráðgjöf ehf.', 'Vatnajökull Gögn ehf.'], ar_KW: ['Gulf Pearl Trading Co. W.L.L.', 'Failaka Logistics K.S.C.C.', 'شركة الخليج للبرمجيات', 'Boubyan Engineering W.L.L.'],
  ko: ['(주)바른정보기술', '한울로지스 주식회사', '(주)새길푸드', '모아엔지니어링(주)', '(주)다솜헬스케어'],
};
const company = (locale) => pick(COMPANIES[locale]);
/** An HR mailbox at the employer's domain, made from the company name. */
const hrEmail = (employer) => {
  const stem = ascii(employer.replace(/\b(?:Edms|Bpk|Pty|Ltd|Pvt|LLP|S\.A|S\.R\.L|Lda|SARL|SA|ehf|hf|W\.L\.L|K\.S\.C\.C|BK)\b/gu, '')).toLowerCase().slice(0, 12);
  return `${pick(['hr', 'people', 'rh', 'payroll', 'careers', 'recruitment'])}@${stem.length >= 4 ? stem : pick(['teamhr', 'staffdesk'])}.${pick(['com', 'co', 'net'])}`;
};

// ---------------------------------------------------------------- words
const LABELS = {
  af_ZA: { address: 'Adres', phone: 'Tel.', mobile: 'Sel', email: 'E-pos', hi: 'Geagte Heer/Dame', bye: 'Die uwe' },
  en_NP: { address: 'Address', phone: 'Phone', mobile: 'Mobile', email: 'Email', hi: 'Namaste', bye: 'Sincerely' },
  ta_IN: { address: 'முகவரி', phone: 'தொலைபேசி', mobile: 'கைபேசி', email: 'மின்னஞ்சல்', hi: 'Respected Sir/Madam', bye: 'Yours faithfully' },
  es_PY: { address: 'Dirección', phone: 'Teléfono', mobile: 'Celular', email: 'Correo', hi: 'De mi mayor consideración', bye: 'Saludos cordiales' },
  pt_CV: { address: 'Morada', phone: 'Telefone', mobile: 'Telemóvel', email: 'E-mail', hi: 'Exmos. Senhores', bye: 'Com os melhores cumprimentos' },
  fr_MG: { address: 'Adiresy', phone: 'Tél.', mobile: 'Finday', email: 'Mailaka', hi: 'Madame, Monsieur', bye: 'Veuillez agréer mes salutations distinguées' },
  en_TT: { address: 'Address', phone: 'Tel', mobile: 'Cell', email: 'Email', hi: 'Dear Sir/Madam', bye: 'Kind regards' },
  es_CR: { address: 'Dirección exacta', phone: 'Teléfono', mobile: 'Celular', email: 'Correo electrónico', hi: 'Estimados señores', bye: 'Atentamente' },
  is_IS: { address: 'Heimilisfang', phone: 'Sími', mobile: 'Farsími', email: 'Netfang', hi: 'Góðan dag', bye: 'Með kveðju' },
  ar_KW: { address: 'العنوان', phone: 'هاتف', mobile: 'نقال', email: 'البريد الإلكتروني', hi: 'السادة المحترمين', bye: 'وتفضلوا بقبول فائق الاحترام' },
};
const ENGLISH_LABELS = { address: 'Address', phone: 'Phone', mobile: 'Mobile', email: 'E-mail' };
const label = (locale, key) => (chance(0.7) ? LABELS[locale][key] : ENGLISH_LABELS[key]);
const CURRENCIES = { af_ZA: 'R', en_NP: 'NPR', ta_IN: '₹', es_PY: 'Gs.', pt_CV: 'CVE', fr_MG: 'Ar', en_TT: 'TT$', es_CR: '₡', is_IS: 'kr.', ar_KW: 'KWD' };
const LANGUAGE = { af_ZA: 'af', en_NP: 'en', ta_IN: 'ta', es_PY: 'es', pt_CV: 'pt', fr_MG: 'fr', en_TT: 'en', es_CR: 'es', is_IS: 'is', ar_KW: 'ar' };

/** The headings of the document kinds in each language; `local(locale, key)` is English one time in three (an international employer's form). */
const PHRASES = {
  en: { offer: 'Offer of employment', guarantor: 'Tenant guarantor declaration', deposit: 'Request for return of tenancy deposit', payslip: 'PAYSLIP', particulars: 'PERSONAL PARTICULARS', declaration: 'I hereby declare that the information given above is true to the best of my knowledge.', returnToWork: 'Return to work after leave', accident: 'Workplace accident report', verification: 'Verification of employment', sick: 'Sick leave notification', witness: 'Witness', kin: 'Next of kin', guarantorOf: 'Guarantor for', forwarding: 'Forwarding address', movedOut: 'I handed back the keys of ', refund: 'Please transfer the deposit to ', sickFrom: 'I am on sick leave from ', reachable: 'Reachable on ', stayingAt: 'During the leave I am at ', returnOn: 'I will return to work on ', newAddress: 'Please note my new address: ', offerBody: 'We are pleased to offer you the position of' },
  af: { offer: 'Aanbod van diens', guarantor: 'Borgverklaring vir huurder', deposit: 'Versoek om terugbetaling van huurdeposito', payslip: 'SALARISSTROKIE', particulars: 'PERSOONLIKE BESONDERHEDE', declaration: 'Ek verklaar hiermee dat bogenoemde inligting waar en korrek is.', returnToWork: 'Terugkeer werk toe na verlof', accident: 'Verslag van ongeluk by die werk', verification: 'Bevestiging van diens', sick: 'Kennisgewing van siekverlof', witness: 'Getuie', kin: 'Naasbestaande', guarantorOf: 'Borg vir', forwarding: 'Nuwe posadres', movedOut: 'Ek het uitgetrek uit die woonstel by ', refund: 'Betaal asseblief die deposito terug in ', sickFrom: 'Ek is met siekverlof vanaf ', reachable: 'U kan my bereik by ', stayingAt: 'Tydens my verlof bly ek by ', returnOn: 'Ek keer terug werk toe op ', newAddress: 'Let asseblief op my nuwe adres: ', offerBody: 'Ons bied u graag die pos aan van' },
  ta: { offer: 'பணி நியமனக் கடிதம்', guarantor: 'வாடகைதாரர் உத்தரவாத அறிவிப்பு', deposit: 'முன்பணம் திரும்பப் பெற கோரிக்கை', payslip: 'சம்பளச் சீட்டு', particulars: 'சுய விவரங்கள்', declaration: 'மேலே கொடுக்கப்பட்ட விவரங்கள் அனைத்தும் உண்மை என உறுதியளிக்கிறேன்.', returnToWork: 'விடுப்புக்குப் பின் பணிக்குத் திரும்புதல்', accident: 'பணியிட விபத்து அறிக்கை', verification: 'பணி உறுதிப்படுத்தல்', sick: 'மருத்துவ விடுப்பு அறிவிப்பு', witness: 'சாட்சி', kin: 'நெருங்கிய உறவினர்', guarantorOf: 'உத்தரவாதம் அளிப்பவர்', forwarding: 'புதிய முகவரி', movedOut: 'நான் காலி செய்த வீடு: ', refund: 'முன்பணத்தை இந்தக் கணக்கில் செலுத்தவும்: ', sickFrom: 'நான் மருத்துவ விடுப்பில் இருக்கிறேன், தொடக்கம் ', reachable: 'தொடர்புக்கு: ', stayingAt: 'விடுப்பின்போது தங்கும் இடம்: ', returnOn: 'நான் பணிக்குத் திரும்பும் தேதி ', newAddress: 'எனது புதிய முகவரி: ', offerBody: 'உங்களுக்குப் பின்வரும் பணியை வழங்குவதில் மகிழ்ச்சி அடைகிறோம்:' },
  es: { offer: 'Oferta de empleo', guarantor: 'Declaración de garante del inquilino', deposit: 'Solicitud de devolución del depósito de garantía', payslip: 'RECIBO DE SUELDO', particulars: 'DATOS PERSONALES', declaration: 'Declaro bajo fe de juramento que los datos consignados son verídicos.', returnToWork: 'Reincorporación tras licencia', accident: 'Informe de accidente laboral', verification: 'Constancia de trabajo', sick: 'Aviso de reposo médico', witness: 'Testigo', kin: 'Contacto de emergencia', guarantorOf: 'Garante de', forwarding: 'Nueva dirección', movedOut: 'Desocupé el inmueble ubicado en ', refund: 'Solicito la devolución del depósito a ', sickFrom: 'Me encuentro con reposo médico desde el ', reachable: 'Pueden ubicarme al ', stayingAt: 'Durante el reposo estaré en ', returnOn: 'Me reincorporo el ', newAddress: 'Les informo mi nueva dirección: ', offerBody: 'Nos complace ofrecerle el puesto de' },
  pt: { offer: 'Proposta de contratação', guarantor: 'Declaração de fiador do arrendatário', deposit: 'Pedido de devolução da caução', payslip: 'RECIBO DE VENCIMENTO', particulars: 'DADOS PESSOAIS', declaration: 'Declaro por minha honra que as informações acima são verdadeiras.', returnToWork: 'Regresso ao trabalho após licença', accident: 'Participação de acidente de trabalho', verification: 'Declaração de vínculo laboral', sick: 'Comunicação de baixa médica', witness: 'Testemunha', kin: 'Contacto de emergência', guarantorOf: 'Fiador de', forwarding: 'Nova morada', movedOut: 'Entreguei as chaves da casa sita em ', refund: 'Peço a devolução da caução para ', sickFrom: 'Encontro-me de baixa médica desde ', reachable: 'Contacto: ', stayingAt: 'Durante a baixa estarei em ', returnOn: 'Regresso ao trabalho no dia ', newAddress: 'A minha nova morada é ', offerBody: 'Temos o prazer de lhe propor o cargo de' },
  fr: { offer: 'Promesse d’embauche', guarantor: 'Acte de cautionnement du locataire', deposit: 'Demande de restitution du dépôt de garantie', payslip: 'BULLETIN DE PAIE', particulars: 'RENSEIGNEMENTS PERSONNELS', declaration: 'Je certifie sur l’honneur l’exactitude des renseignements ci-dessus.', returnToWork: 'Reprise du travail après congé', accident: 'Déclaration d’accident du travail', verification: 'Attestation d’emploi', sick: 'Avis d’arrêt maladie', witness: 'Témoin', kin: 'Personne à prévenir', guarantorOf: 'Caution de', forwarding: 'Nouvelle adresse', movedOut: 'J’ai libéré le logement : ', refund: 'Merci de reverser le dépôt de garantie sur ', sickFrom: 'Je suis en arrêt maladie depuis le ', reachable: 'Joignable au ', stayingAt: 'Pendant l’arrêt je serai chez ma famille, ', returnOn: 'Je reprendrai le travail le ', newAddress: 'Veuillez noter ma nouvelle adresse : ', offerBody: 'Nous avons le plaisir de vous proposer le poste de' },
  is: { offer: 'Atvinnutilboð', guarantor: 'Ábyrgðaryfirlýsing leigjanda', deposit: 'Beiðni um endurgreiðslu tryggingar', payslip: 'LAUNASEÐILL', particulars: 'PERSÓNUUPPLÝSINGAR', declaration: 'Ég staðfesti að ofangreindar upplýsingar eru réttar.', returnToWork: 'Endurkoma til vinnu eftir leyfi', accident: 'Tilkynning um vinnuslys', verification: 'Staðfesting á starfi', sick: 'Tilkynning um veikindi', witness: 'Vitni', kin: 'Nánasti aðstandandi', guarantorOf: 'Ábyrgðarmaður fyrir', forwarding: 'Nýtt heimilisfang', movedOut: 'Ég skilaði lyklunum að ', refund: 'Vinsamlegast leggið trygginguna inn á ', sickFrom: 'Ég er í veikindaleyfi frá ', reachable: 'Síminn minn er ', stayingAt: 'Í leyfinu dvel ég á ', returnOn: 'Ég sný aftur til vinnu ', newAddress: 'Nýja heimilisfangið mitt er ', offerBody: 'Okkur er ánægja að bjóða þér starf sem' },
  ar: { offer: 'عرض عمل', guarantor: 'إقرار كفالة مستأجر', deposit: 'طلب استرداد مبلغ التأمين', payslip: 'كشف راتب', particulars: 'البيانات الشخصية', declaration: 'أقر بأن جميع البيانات المذكورة أعلاه صحيحة.', returnToWork: 'العودة إلى العمل بعد الإجازة', accident: 'تقرير إصابة عمل', verification: 'شهادة تأكيد عمل', sick: 'إشعار إجازة مرضية', witness: 'شاهد', kin: 'أقرب الأقارب', guarantorOf: 'كفيل', forwarding: 'العنوان الجديد', movedOut: 'أخليت الشقة الكائنة في ', refund: 'يرجى تحويل مبلغ التأمين إلى ', sickFrom: 'أنا في إجازة مرضية اعتبارا من ', reachable: 'للتواصل: ', stayingAt: 'خلال الإجازة أقيم في ', returnOn: 'سأعود إلى العمل بتاريخ ', newAddress: 'عنواني الجديد: ', offerBody: 'يسرنا أن نعرض عليكم وظيفة' },
};
const local = (locale, key) => PHRASES[chance(0.67) ? LANGUAGE[locale] : 'en'][key];

// ---------------------------------------------------------------- hard negatives
const REGISTRY_NUMBERS = {
  af_ZA: () => pick([`Maatskappy-reg. ${int(1990, 2024)}/${digits(6)}/07`, `BTW-nr. 4${digits(9)}`, `UIF-verwysing U${digits(8)}`]),
  en_NP: () => pick([`PAN (company) ${nz(9)}`, `Company Reg. No. ${int(1000, 299999)}/${int(2060, 2081)}/${int(61, 82)}`, `SSF employer ${nz(8)}`]),
  ta_IN: () => pick([`GSTIN 33${letter()}${letter()}${letter()}${letter()}${letter()}${digits(4)}${letter()}1Z${digits(1)}`, `CIN U72200TN${int(2000, 2023)}PTC${digits(6)}`, `PF Code TN/MAS/${digits(7)}`]),
  es_PY: () => pick([`RUC ${nz(7)}-${digits(1)}`, `IPS patronal ${nz(7)}`, `Patente municipal ${nz(6)}`]),
  pt_CV: () => pick([`NIF (empresa) ${pick(['2', '5'])}${digits(8)}`, `INPS ${nz(7)}`, `Registo comercial n.º ${int(100, 9999)}/${int(2005, 2025)}`]),
  fr_MG: () => pick([`NIF ${nz(10)}`, `STAT ${digits(5)} ${digits(2)} ${digits(4)} ${digits(1)} ${digits(5)}`, `RCS Antananarivo ${int(2005, 2025)} B ${pad(int(1, 999), 5)}`]),
  en_TT: () => pick([`BIR No. ${nz(9)}`, `VAT Reg. ${nz(6)}`, `NIS employer no. ${nz(6)}`]),
  es_CR: () => pick([`Cédula jurídica 3-101-${digits(6)}`, `Patrono CCSS ${nz(9)}`, `Póliza INS ${nz(7)}`]),
  is_IS: () => pick([`VSK-númer ${nz(5)}`, `Fyrirtækjaskrá, kt. félags ${int(410000, 719999)}-${digits(4)}`, `Samningsnúmer ${nz(6)}`]),
  ar_KW: () => pick([`Commercial Reg. No. ${nz(6)}`, `رقم الترخيص التجاري ${nz(5)}/${int(2010, 2025)}`, `PIFSS employer ${nz(7)}`]),
};
/** A sentence with numbers (or places) that are not personal data. */
function decoyLine(locale) {
  return pick([
    () => `${REGISTRY_NUMBERS[locale]()}.`,
    () => `Our ref. ${letter()}${letter()}/${int(2026, 2027)}/${digits(5)}.`,
    () => `Deposit ${int(1, 3)} × ${int(200, 9000)} ${CURRENCIES[locale]}, lease ${int(6, 24)} months.`,
    () => `Gross pay ${int(1500, 95000)} ${CURRENCIES[locale]}, ${int(20, 44)} h/week.`,
    () => `Employee no. ${nz(5)}, department ${int(10, 99)}.`,
    () => `Leave ${int(1, 30)} days from ${int(1, 28)}/${int(1, 12)}/2027.`,
    () => `Case ${int(2026, 2027)}-${digits(5)}, priority ${letter('ABC')}.`,
    () => `Probation ${int(3, 6)} months, notice ${int(1, 3)} months.`,
    () => `Pages: ${int(1, 3)}/${int(3, 6)}.`,
    () => `Shift ${pad(int(6, 9), 2)}:00–${int(14, 18)}:00, room ${int(100, 499)}.`,
  ])();
}
const KO_NOISE = [
  () => `사번 ${int(2012, 2026)}-${digits(4)}`, () => `급여 지급일 매월 ${int(10, 25)}일`, () => `기본급 ${int(200, 600)}만 원`, () => `보증금 ${int(1, 9)}억 ${int(1, 9)}천만 원`,
  () => `사고 접수번호 ${int(2026, 2027)}-${digits(5)}`, () => `병가 ${int(1, 14)}일`, () => `신원보증 기간 ${int(1, 5)}년`, () => `보증한도 ${int(1, 5)}천만 원`,
  () => `고용보험 관리번호 ${digits(3)}-${digits(2)}-${digits(5)}-0`, () => `계약번호 제${int(2026, 2027)}-${digits(4)}호`, () => `사업자등록번호 ${businessRegistrationNumber()}`, () => `연차 잔여 ${int(0, 20)}일`,
];
const koNoise = () => pick(KO_NOISE)();

// ---------------------------------------------------------------- small writers
/** A cue without its trailing colon and spaces, for a label that stands on its own line. */
const bare = (cue) => cue.trimEnd().replace(/\s*[:：]$/u, '');
/** A labelled row: `label value`, the label on a line of its own, or (one in ten) the value alone. */
function row(doc, rowLabel, type, value) {
  const r = int(1, 10);
  if (r <= 6) doc.add(rowLabel);
  else if (r <= 9) doc.add(`${bare(rowLabel)}\n`);
  doc.entity(type, value).add('\n');
}
/** An id of a claimed type, a passport or (where it has its own number) a driving licence, with its cue. */
function identity(doc, locale, p) {
  const r = int(1, 10);
  const lic = licence(locale);
  if (r <= 4) {
    const [cue, value, type] = heldId(locale, p);
    doc.add(cue).entity(type, value);
  } else if (r <= 7 || !lic) {
    const [cue, value] = passport(locale);
    doc.add(cue).entity('PASSPORT', value);
  } else doc.add(lic[0]).entity('DRIVER_LICENSE', lic[1]);
}
const letterDate = () => `${int(1, 28)} ${MONTH_NAMES.en[int(0, 11)]} 2027`;

// ---------------------------------------------------------------- document kinds (ten locales)
/** [nationality, languages, place of signing] as a CV of the locale states them. */
const PLACE_OF = {
  af_ZA: ['South African', 'Afrikaans, English', 'Stellenbosch'], en_NP: ['Nepali', 'Nepali, English, Hindi', 'Kathmandu'], ta_IN: ['Indian', 'Tamil, English', 'Chennai'],
  es_PY: ['Paraguaya', 'Español, Guaraní', 'Asunción'], pt_CV: ['Cabo-verdiana', 'Português, Kriolu, Francês', 'Praia'], fr_MG: ['Malagasy', 'Malagasy, Français', 'Antananarivo'],
  en_TT: ['Trinidadian', 'English, Spanish', 'Port of Spain'], es_CR: ['Costarricense', 'Español, Inglés', 'San José'], is_IS: ['Íslensk', 'Íslenska, enska, danska', 'Reykjavík'], ar_KW: ['Kuwaiti', 'Arabic, English', 'Kuwait City'],
};
const KINDS = {
  /** An offer letter from HR to the candidate's home: the candidate's address block, HR's line and mailbox. */
  offerLetter(doc, locale, p) {
    const employer = company(locale);
    doc.add(`${employer}\n${decoyLine(locale)}\n\n${letterDate()}\n\n${p.name}\n`).entity('ADDRESS', address(locale, chance(0.75))).add('\n\n');
    doc.add(`${local(locale, 'offer')}\n\n${LABELS[locale].hi},\n\n${local(locale, 'offerBody')} ${pick(['Data Analyst', 'Logistics Coordinator', 'Accountant', 'Software Engineer', 'Nurse', 'Sales Representative'])}. ${decoyLine(locale)}\n`);
    if (chance(0.6)) doc.add('For the contract we hold your date of birth as ').entity('DATE_OF_BIRTH', dateOfBirth(locale)).add('; tell us if it is wrong.\n');
    if (chance(0.4)) {
      doc.add('Salary will be paid into the account you gave us: ');
      payment(doc, locale);
      doc.add('.\n');
    }
    doc.add('Please sign and return by e-mail to ').entity('EMAIL', hrEmail(employer)).add(' or call ').entity('PHONE', phoneOfLocale(locale, true)).add('.\n');
    doc.add(`\n${LABELS[locale].bye},\n${someone(locale).name}\nHuman Resources\n`);
  },
  /** A guarantor's declaration for a tenant: the guarantor's particulars, id, employer and account. */
  guarantorDeclaration(doc, locale, p) {
    const g = someone(locale);
    doc.add(`${local(locale, 'guarantor')}\n${decoyLine(locale)}\n\n${local(locale, 'guarantorOf')}: ${p.name}\n\n`);
    doc.add(`Name: ${g.name}\n`).add(birthCue(locale)).entity('DATE_OF_BIRTH', dateOfBirth(locale, 1950, 1995)).add('\n');
    row(doc, `${label(locale, 'address')}: `, 'ADDRESS', address(locale, chance(0.5)));
    row(doc, `${label(locale, 'mobile')}: `, 'PHONE', phoneOfLocale(locale));
    if (chance(0.7)) row(doc, `${label(locale, 'email')}: `, 'EMAIL', g.email);
    identity(doc, locale, g);
    doc.add(`\nEmployer: ${company(locale)}, `).entity('PHONE', phoneOfLocale(locale, true)).add('\n');
    if (chance(0.5)) {
      doc.add('Account: ');
      payment(doc, locale);
      doc.add('\n');
    }
    doc.add(`\n${local(locale, 'declaration')}\n${int(1, 28)}/${int(1, 12)}/2027   ______________\n`);
  },
  /** A former tenant asks the landlord for the deposit back: the let address, the forwarding address, the account. */
  depositReturnRequest(doc, locale, p) {
    doc.add(`${local(locale, 'deposit')}\n\n${LABELS[locale].hi},\n\n${local(locale, 'movedOut')}`).entity('ADDRESS', address(locale)).add(`. ${decoyLine(locale)}\n`);
    if (chance(0.3)) doc.add(`Tenant: ${p.name}, ${pick(['born ', 'date of birth '])}`).entity('DATE_OF_BIRTH', dateOfBirth(locale)).add('.\n');
    doc.add(`${local(locale, 'forwarding')}:\n`).entity('ADDRESS', address(locale, true)).add('\n');
    doc.add(chance(0.8) ? local(locale, 'refund') : 'Refund to: ');
    payment(doc, locale);
    doc.add('\n');
    if (chance(0.25)) doc.add('The key-replacement fee was charged to my card ').entity('CREDIT_CARD', card()).add(' and should be refunded too.\n');
    if (chance(0.5)) doc.add('Reach me on ').entity('PHONE', phoneOfLocale(locale)).add(chance(0.5) ? ' or ' : '.\n');
    if (!doc.text.endsWith('\n')) doc.entity('EMAIL', p.email).add('.\n');
    doc.add(`\n${LABELS[locale].bye},\n${p.name}\n`);
  },
  /** A payslip as its PDF extracts: the employee block, tax and social ids, the account paid into, columns of figures. */
  payslipExtract(doc, locale, p) {
    const employer = company(locale);
    doc.add(`${employer}   ${local(locale, 'payslip')}   ${MONTH_NAMES.enShort[int(0, 11)]} 2027\n${decoyLine(locale)}\n\n${p.name.toUpperCase()}\n`);
    doc.entity('ADDRESS', address(locale, true)).add('\n\n');
    if (chance(0.7)) doc.add(`${pick(['Date of birth', 'DOB', 'Born'])}  `).entity('DATE_OF_BIRTH', dateOfBirth(locale)).add('\n');
    if (chance(0.7)) {
      const [cue, value, type] = heldId(locale, p);
      doc.add(cue).entity(type, value).add('\n');
    }
    doc.add(`Basic  ${int(1000, 90000)}.00   Overtime  ${int(0, 900)}.50   Deductions  ${int(50, 9000)}.00\nNet pay  ${int(900, 80000)}.00 ${CURRENCIES[locale]}\nPaid to: `);
    payment(doc, locale);
    doc.add(`\nQueries: payroll `).entity('PHONE', phoneOfLocale(locale, true)).add('\n');
  },
  /** An SMS thread with a recruiter as copied from a phone: `Me:` / the recruiter's name, short lines. */
  recruiterSmsThread(doc, locale, p) {
    const recruiter = someone(locale);
    const day = pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
    let minute = int(8 * 60, 16 * 60);
    const stamp = () => {
      minute += int(1, 40);
      return `${day} ${pad(Math.floor(minute / 60), 2)}:${pad(minute % 60, 2)}`;
    };
    const them = recruiter.latinFirst;
    doc.add(`${them} (${pick(['recruiter', 'Agency', 'HR'])}) — SMS\n${stamp()} ${them}: Hi ${p.latinFirst}, for the onboarding pack I need a few details\n`);
    const lines = shuffle([
      () => doc.add(`${stamp()} Me: ${pick(['home address ', 'I stay at ', ''])}`).entity('ADDRESS', address(locale)).add('\n'),
      () => doc.add(`${stamp()} Me: ${pick(['dob ', 'born ', 'Birthday '])}`).entity('DATE_OF_BIRTH', dateOfBirth(locale)).add('\n'),
      () => doc.add(`${stamp()} Me: `).entity('EMAIL', p.email).add('\n'),
      () => doc.add(`${stamp()} Me: ${pick(['other number ', 'whatsapp ', 'my sister if I don’t answer '])}`).entity('PHONE', phoneOfLocale(locale)).add('\n'),
      () => {
        doc.add(`${stamp()} Me: `);
        identity(doc, locale, p);
        doc.add('\n');
      },
      () => {
        doc.add(`${stamp()} Me: ${pick(['pay into ', 'salary acct ', ''])}`);
        payment(doc, locale);
        doc.add('\n');
      },
      () => doc.add(`${stamp()} ${them}: ${decoyLine(locale)}\n`),
    ]).slice(0, int(3, 7));
    for (const line of lines) line();
    doc.add(`${stamp()} ${them}: Thanks! ${pick(['Office line if needed ', 'Call me back on ', 'My desk: '])}`).entity('PHONE', phoneOfLocale(locale, true)).add('\n');
  },
  /** The last part of a CV: personal particulars (father's name, birth date, nationality, passport, permanent address) and a signed declaration. */
  cvPersonalParticulars(doc, locale, p) {
    doc.add(`${pick(['EXPERIENCE', 'WORK EXPERIENCE'])}\n${int(2015, 2022)}–${pick(['present', String(int(2023, 2026))])}  ${company(locale)}\n\n${local(locale, 'particulars')}\n`);
    const father = someone(locale);
    doc.add(`${bare(birthCue(locale))}\t: `).entity('DATE_OF_BIRTH', dateOfBirth(locale)).add('\n');
    const cells = shuffle([
      () => doc.add(`${pick(["Father's Name", 'Father’s name'])}\t: ${father.latinFirst} ${p.latinLast}\n`),
      () => {
        const lic = licence(locale);
        if (lic) doc.add(`${bare(lic[0])}\t: `).entity('DRIVER_LICENSE', lic[1]).add('\n');
        else doc.add("Driving Licence\t: Kuwaiti, light vehicles\n");
      },
      () => doc.add(`${pick(['Nationality', 'Citizenship'])}\t: ${PLACE_OF[locale][0]}\n`),
      () => {
        const [cue, value] = passport(locale);
        doc.add(`${bare(cue)}\t: `).entity('PASSPORT', value).add('\n');
      },
      () => doc.add(`${pick(['Permanent Address', 'Address'])}\t: `).entity('ADDRESS', address(locale)).add('\n'),
      () => doc.add(`${label(locale, 'mobile')}\t: `).entity('PHONE', phoneOfLocale(locale)).add('\n'),
      () => doc.add(`${pick(['Marital Status\t: Single', 'Marital Status\t: Married', `Languages Known\t: ${PLACE_OF[locale][1]}`])}\n`),
    ]).slice(0, int(4, 7));
    for (const cell of cells) cell();
    if (chance(0.6)) doc.add(`${pick(['Permanent address (block)', 'Correspondence'])}:\n`).entity('ADDRESS', address(locale, true)).add('\n');
    doc.add(`\nDECLARATION\n${local(locale, 'declaration')}\nPlace: ${PLACE_OF[locale][2]}   Date: ${int(1, 28)}/${int(1, 12)}/2027   (${p.name})\n`);
  },
  /** A letter to HR announcing the return to work after leave: updated contacts and a next of kin. */
  returnToWorkLetter(doc, locale, p) {
    doc.add(`${p.name}\n`);
    if (chance(0.7)) doc.entity('ADDRESS', address(locale, chance(0.6))).add('\n');
    doc.entity('PHONE', phoneOfLocale(locale)).add(chance(0.5) ? ' | ' : '\n');
    doc.entity('EMAIL', p.email).add(`\n\n${letterDate()}\n\n${local(locale, 'returnToWork')}\n\n${LABELS[locale].hi},\n\n${local(locale, 'returnOn')}${int(1, 28)}/${int(1, 12)}/2027. ${decoyLine(locale)}\n`);
    if (chance(0.35)) doc.add('For the leave insurance form, my date of birth: ').entity('DATE_OF_BIRTH', dateOfBirth(locale)).add('.\n');
    if (chance(0.5)) doc.add(local(locale, 'newAddress')).entity('ADDRESS', address(locale)).add('.\n');
    if (chance(0.6)) {
      const kin = someone(locale);
      doc.add(`${local(locale, 'kin')}: ${kin.name}, `).entity('PHONE', phoneOfLocale(locale)).add('\n');
    }
    doc.add(`\n${LABELS[locale].bye},\n${p.name}\n`);
  },
  /** A workplace accident report: the injured worker's birth date, address and phone, a witness, the supervisor's line. */
  workAccidentReport(doc, locale, p) {
    const witness = someone(locale);
    doc.add(`${company(locale)} — ${local(locale, 'accident')}\n${decoyLine(locale)}\n\n1. Injured person: ${p.name}\n2. `).add(birthCue(locale)).entity('DATE_OF_BIRTH', dateOfBirth(locale)).add('\n3. ');
    row(doc, `${label(locale, 'address')}: `, 'ADDRESS', address(locale, chance(0.4)));
    doc.add('4. ');
    row(doc, `${label(locale, 'phone')}: `, 'PHONE', phoneOfLocale(locale));
    doc.add(`5. What happened: ${pick(['slipped on a wet floor in the warehouse', 'cut a hand on packaging', 'strained the back lifting boxes', 'fell from a ladder in the store room'])}.\n`);
    doc.add(`6. ${local(locale, 'witness')}: ${witness.name}, `).entity('PHONE', phoneOfLocale(locale)).add('\n');
    if (chance(0.4)) {
      doc.add('7. ');
      identity(doc, locale, p);
      doc.add('\n');
    }
    doc.add('Supervisor: ').entity('PHONE', phoneOfLocale(locale, true)).add(`\n${decoyLine(locale)}\n`);
  },
  /** A faxed employment verification as OCR reads it: the fax header with the sending number, the employee's data, HR's contacts. */
  faxedEmploymentVerification(doc, locale, p) {
    const employer = company(locale);
    doc.add(`${pick(['FROM', 'FAX FROM', 'From:'])} `).entity('PHONE', phoneOfLocale(locale, true)).add(`   ${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/2027 ${pad(int(8, 17), 2)}:${pad(int(0, 59), 2)}   P.${int(1, 2)}/${int(2, 3)}\n${'-'.repeat(int(10, 30))}\n`);
    doc.add(`${employer.toUpperCase()}\n${local(locale, 'verification')}\n\nRe: ${p.name}`);
    if (chance(0.6)) doc.add(', ').add(pick(['DOB ', 'born '])).entity('DATE_OF_BIRTH', dateOfBirth(locale));
    doc.add(`\nEmployed since ${int(2010, 2025)} as ${pick(['cashier', 'engineer', 'driver', 'clerk', 'analyst'])}. ${decoyLine(locale)}\n`);
    if (chance(0.6)) doc.add('Address on file:\n').entity('ADDRESS', address(locale, true)).add('\n');
    doc.add(`Verified by ${someone(locale).name}, `).entity('EMAIL', hrEmail(employer)).add(', tel. ').entity('PHONE', phoneOfLocale(locale, true)).add(`\n${pick(['[illegible stamp]', '|| |', '— end of fax —'])}\n`);
  },
  /** A sick-leave notice to HR: where the worker recovers, how to reach them, the doctor's practice line. */
  sickLeaveNotice(doc, locale, p) {
    doc.add(`${local(locale, 'sick')}\n\nTo: HR, ${company(locale)}\nFrom: ${p.name} <`).entity('EMAIL', p.email).add(`>\n\n${LABELS[locale].hi},\n\n${local(locale, 'sickFrom')}${int(1, 28)}/${int(1, 12)}/2027. ${decoyLine(locale)}\n`);
    if (chance(0.6)) doc.add(local(locale, 'stayingAt')).entity('ADDRESS', address(locale)).add('.\n');
    doc.add(local(locale, 'reachable')).entity('PHONE', phoneOfLocale(locale)).add('.\n');
    if (chance(0.5)) doc.add(`Dr ${someone(locale).latinLast}’s practice: `).entity('PHONE', phoneOfLocale(locale, true)).add(', ').entity('ADDRESS', address(locale)).add('\n');
    if (chance(0.3)) doc.add('For the insurer: ').entity('DATE_OF_BIRTH', dateOfBirth(locale)).add(' (my date of birth)\n');
    doc.add(`\n${LABELS[locale].bye},\n${p.name}\n`);
  },
};

// ---------------------------------------------------------------- Korean document kinds
const koId = (doc, who) => {
  const [cue, id, type] = heldId('ko', who);
  doc.add(cue).entity(type, id).add('\n');
};
const KO_KINDS = {
  /** 신원보증서: 피보증인과 보증인의 주소, 주민등록번호, 연락처. */
  신원보증서(doc, p) {
    doc.add(`신 원 보 증 서\n${koNoise()}\n\n[피보증인] 성명 ${p.name}\n`);
    koId(doc, p);
    row(doc, '주소: ', 'ADDRESS', address('ko', chance(0.3)));
    for (let k = int(1, 2); k > 0; k--) {
      const g = someone('ko');
      doc.add(`\n[보증인 ${k}] 성명 ${g.name} (관계: ${pick(['부', '모', '형', '배우자', '지인'])})\n`);
      if (chance(0.8)) koId(doc, g);
      else doc.add(birthCue('ko')).entity('DATE_OF_BIRTH', dateOfBirth('ko', 1950, 1990)).add('\n');
      doc.add('주소: ').entity('ADDRESS', address('ko')).add('\n');
      doc.add(pick(['연락처: ', '전화 ', '휴대전화: '])).entity('PHONE', phoneOfLocale('ko')).add('\n');
    }
    if (chance(0.15)) doc.add('※ 앞서 제출한 ').decoy(krWritten(impossibleRegistration())).add(' 은 무효 처리된 번호입니다.\n');
  },
  /** 이력서 인적사항: 사진란 옆 표, 라벨과 값이 탭으로 구분. */
  이력서인적사항(doc, p) {
    doc.add(`이 력 서\n\n[사진]\t성명\t${p.name} (${p.latinFirst} ${p.latinLast.toUpperCase()})\n`);
    const cells = shuffle([
      () => doc.add('생년월일\t').entity('DATE_OF_BIRTH', dateOfBirth('ko')).add(pick(['', ' (만 ' + int(22, 45) + '세)'])).add('\n'),
      () => doc.add('주소\t').entity('ADDRESS', address('ko')).add('\n'),
      () => doc.add(`${pick(['휴대폰', '핸드폰', 'H.P'])}\t`).entity('PHONE', phoneOfLocale('ko')).add('\n'),
      () => doc.add('E-mail\t').entity('EMAIL', p.email).add('\n'),
      () => (chance(0.4) ? doc.add('자택\t').entity('PHONE', phoneOfLocale('ko', true)).add('\n') : doc.add(`병역\t${pick(['군필', '미필', '면제', '해당 없음'])}\n`)),
      () => {
        const [cue, value] = passport('ko');
        if (chance(0.5)) doc.add(`${bare(cue)}\t`).entity('PASSPORT', value).add('\n');
        else doc.add(`${koNoise()}\n`);
      },
    ]).slice(0, int(4, 6));
    for (const cell of cells) cell();
    doc.add(`\n학력사항\n${int(2008, 2020)}.03 ~ ${int(2012, 2024)}.02\t${pick(['한국대학교', '새빛대학교', '동해공과대학'])}\n`);
  },
  /** 급여명세서: PDF에서 옮긴 표, 사원 정보와 지급 계좌. */
  급여명세서(doc, p) {
    doc.add(`${company('ko')} ${int(2026, 2027)}년 ${int(1, 12)}월 급여명세서\n${koNoise()}\n\n성명 ${p.name}   부서 ${pick(['영업팀', '개발팀', '물류팀', '재무팀'])}\n`);
    if (chance(0.6)) koId(doc, p);
    else doc.add('생년월일 ').entity('DATE_OF_BIRTH', dateOfBirth('ko')).add('\n');
    doc.add(`기본급 ${int(200, 600)},000  식대 200,000  국민연금 ${int(90, 270)},000  건강보험 ${int(70, 210)},000\n실지급액 ${int(180, 550)},${pad(int(0, 999), 3)}원\n`);
    const [lead, value, trail] = domesticAccount('ko');
    doc.add(`입금계좌: ${lead}`).entity('BANK_ACCOUNT', value).add(`${trail}\n문의 급여담당 `).entity('PHONE', phoneOfLocale('ko', true)).add('\n');
  },
  /** 산업재해 발생 보고: 재해자 인적사항, 목격자, 관리감독자 연락처. */
  산재보고(doc, p) {
    const witness = someone('ko');
    doc.add(`산업재해 발생 보고서\n${koNoise()}\n\n1. 재해자 성명: ${p.name}\n2. `);
    if (chance(0.6)) koId(doc, p);
    else doc.add(birthCue('ko')).entity('DATE_OF_BIRTH', dateOfBirth('ko')).add('\n');
    doc.add('3. 주소: ').entity('ADDRESS', address('ko', chance(0.3))).add('\n4. 연락처: ').entity('PHONE', phoneOfLocale('ko')).add('\n');
    doc.add(`5. 재해 경위: ${pick(['지게차 하역 중 발 부상', '계단에서 미끄러짐', '절단기 작업 중 손가락 베임'])}\n6. 목격자: ${witness.name} `).entity('PHONE', phoneOfLocale('ko')).add('\n');
    doc.add('관리감독자 ').entity('PHONE', phoneOfLocale('ko', true)).add('\n');
    if (chance(0.15)) doc.add('(정정 전 번호 ').decoy(krWritten(impossibleRegistration())).add(' 삭제)\n');
  },
  /** 임대차 보증금 반환 요청: 임차 주택, 새 주소, 반환 계좌. */
  보증금반환요청(doc, p) {
    doc.add(`${pick(['임대차 보증금 반환 요청서', '보증금 반환 요청드립니다', '내용증명 — 보증금 반환 청구'])}\n${koNoise()}\n\n임차인 ${p.name}\n임차 주택: `).entity('ADDRESS', address('ko')).add('\n');
    if (chance(0.5)) koId(doc, p);
    else if (chance(0.4)) doc.add('생년월일 ').entity('DATE_OF_BIRTH', dateOfBirth('ko')).add('\n');
    doc.add('이사 간 주소:\n').entity('ADDRESS', address('ko', true)).add('\n');
    const [lead, value, trail] = domesticAccount('ko');
    doc.add(`반환 계좌: ${lead}`).entity('BANK_ACCOUNT', value).add(`${trail} (예금주 ${p.name})\n연락처 `).entity('PHONE', phoneOfLocale('ko')).add('\n');
    if (chance(0.4)) doc.add('이메일 회신: ').entity('EMAIL', p.email).add('\n');
  },
  /** 병가 신청: 요양 장소, 연락처, 병원 전화. */
  병가신청(doc, p) {
    doc.add(`${pick(['병가 신청서', '병가 사용 신청', '질병휴가 신청'])}\n${koNoise()}\n\n신청자: ${p.name}\n`);
    if (chance(0.5)) doc.add('생년월일 ').entity('DATE_OF_BIRTH', dateOfBirth('ko')).add('\n');
    row(doc, '요양 장소: ', 'ADDRESS', address('ko', chance(0.3)));
    row(doc, '비상 연락처: ', 'PHONE', phoneOfLocale('ko'));
    if (chance(0.5)) doc.add(`진단 병원 ${pick(['새봄내과의원', '한빛정형외과', '서울365의원'])} `).entity('PHONE', phoneOfLocale('ko', true)).add('\n');
    if (chance(0.3)) doc.add('개인 메일 ').entity('EMAIL', p.email).add('\n');
  },
};

// ---------------------------------------------------------------- the set
// 100 rounds over the ten locales, then 250 Korean documents; each document's kind is drawn.
const cases = [];
const order = [...Array.from({ length: DOCUMENTS_PER_LOCALE }, () => LOCALES).flat(), ...Array(KOREAN_DOCUMENTS).fill('ko')];
for (const locale of order) {
  const doc = new LabelledText();
  const korean = locale === 'ko';
  const kind = pick(Object.keys(korean ? KO_KINDS : KINDS));
  if (korean) KO_KINDS[kind](doc, someone('ko'));
  else KINDS[kind](doc, locale, someone(locale));
  if (!korean && chance(0.1)) doc.add(`\n${pick(['Parcel ref. ', 'Pallet no. ', 'Crate ID ', 'Claim ref. '])}`).decoy(krWritten(impossibleRegistration())).add('\n');
  cases.push(doc.asCase(`w21-${pad(cases.length, 4)}`, `${kind}/${locale}`));
}

// ---------------------------------------------------------------- Korean number vectors
// writeKoreanNumberVectors writes the fourteen categories; the surroundings are this set's own: a text
// message, an employment guarantee (신원보증서), an apartment management office's resident card, a mobile
// contract, a parcel return, an academy enrolment, a church's new-member card, a payslip, an e-scooter
// sign-up, double corner brackets.
const AROUND = [['', ''], ['[문자] ', ''], ['신원보증서 ', ''], ['관리사무소 입주민 카드: ', ''], ['', ' (통신사 개통 신청서)'], ['택배 반품 접수 — ', ''], ['학원 수강 등록 ', ''], ['교회 새가족 등록카드 ', ''], ['『', '』'], ['(급여명세서) ', '']];
const FRAMES = {
  KR_RRN: [...AROUND, ['신원보증인 주민등록번호 ', ''], ['[문자] 주민번호 ', ' 확인했습니다'], ['입주민 카드 주민등록번호: ', ''], ['급여명세서 주민번호 ', '']],
  KR_FRN: [...AROUND, ['외국인등록번호 ', ' (H-2 방문취업)'], ['통신사 개통 외국인등록번호 ', ''], ['Alien reg. card ', ' (Korea)'], ['학원 등록 외국인등록번호: ', '']],
  decoy: [...AROUND, ['입주민 카드 주민번호란: ', ''], ['[문자] 외국인등록번호 ', ' 맞으신가요?'], ['신원보증서 주민번호 ', ' (재확인 필요)']],
  PASSPORT: [['교회 해외선교 신청 여권번호 ', ''], ['[문자] 여권번호 ', ' 입니다'], ['『여권 ', '』'], ['Passport No. ', ' (KOR)']],
  DRIVER_LICENSE: [['공유킥보드 가입 면허번호 ', ''], ['교회 차량봉사 신청 면허번호 ', ''], ['『면허 ', '』'], ['Driving licence ', ' (KR)']],
  BANK_ACCOUNT: [['반품 환불 계좌 ', ''], ['(급여명세서) 입금계좌 ', ''], ['[문자] 계좌 ', ' 로 보내주세요'], ['관리비 자동이체 계좌: ', '']],
  business: [['관리사무소 위탁업체 사업자번호 ', ''], ['택배 발송인 사업자 ', ''], ['『사업자번호 ', '』'], ['Business reg. ', ' (KR)']],
  military: [['군번 ', ' (육군)'], ['학원 수강번호 ', ''], ['수험번호 ', ' (오전)'], ['교회 교적번호 ', '']],
};

// ---------------------------------------------------------------- write and freeze
const makers = { written: krWritten, bornBetween, registration, impossibleRegistration, businessRegistrationNumber, passport: () => passport('ko')[1], driverLicence: () => licence('ko')[1], bankAccount: () => domesticAccount('ko')[1] };
finishHeldBackSet({ wave: 21, dir: DIR, seed: SEED, frozenOn: FROZEN_ON, cases, frames: FRAMES, stream, makers });
