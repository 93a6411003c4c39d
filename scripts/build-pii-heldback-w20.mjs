// Builds test/fixtures/pii/heldback-w20/: the wave 20 held-back labelled set for the sensitive-data
// detector, written by someone who never tunes the detector (issue #10 §3).
//
//   npx node scripts/build-pii-heldback-w20.mjs           (writes documents.json, korean-numbers.json, manifest.json)
//   npx node scripts/build-pii-heldback-w20.mjs --check   (writes nothing; fails unless the files are what this builds)
//
// The wave 19 set (heldback-w19/) had its figures published and is tuning data in wave 20; this set
// measures that tuning on text nobody has seen. Its own seed, ten locales no earlier set used (es_BO,
// pt_MZ, fr_CM, en_JM, ru_BY, de_LI, ar_LB, zh_MO, fr_HT, nl_CW; ten countries new to the sets) and
// Korean again, and document kinds no earlier set used: rental applications of someone moving for a
// job, an employer's reference for a landlord, messenger chats copied out of Telegram, Viber, WeChat
// or Signal, the tabbed personal-data table of a CV, internal-transfer cover letters, a scanned
// personnel record card, a public employment-service registration, a tax-residency declaration for
// payroll and a childcare-benefit claim; in Korean 주택임대차계약서, 건강보험 피부양자 등록, 해외출장 신청,
// 재직증명서 발급 신청, 육아휴직 신청 and a chat with HR copied out of the company messenger. Labelling rules are those of
// heldback-w10/README.md to heldback-w19/README.md.
//
// Gold spans are recorded as the values are inserted (by rule, never by running the detector).
// Check digits are computed in scripts/lib/, independently of src/. Phones are drawn from each
// country's numbering plan and kept only when libphonenumber-js (max metadata) calls them valid
// numbers of that country.
//
// The whole set is held back: nobody tunes on it, reads its documents while tuning, or prints its
// misses. `npm run bench -- sensitive held-back` prints aggregates only.
import { fakerDE_CH, fakerEN, fakerES, fakerFR, fakerNL, fakerPT_PT } from '@faker-js/faker';
import { finishHeldBackSet } from './lib/held-back-set.mjs';
import { heldBackStream } from './lib/held-back-stream.mjs';
import { digitsOfScript, groups } from './lib/held-back-text.mjs';
import { LabelledText } from './lib/labelled-text.mjs';
import { birthDay, MONTH_NAMES, ordinal } from './lib/pii-dates.mjs';
import { ascii, ibanOf, pad, phoneOf } from './lib/pii-values.mjs';

const SEED = 0x5eed_0d20;
const DOCUMENTS_PER_LOCALE = 100;
const KOREAN_DOCUMENTS = 250;
const FROZEN_ON = '2026-12-02';
const DIR = new URL('../test/fixtures/pii/heldback-w20/', import.meta.url);

const stream = heldBackStream(SEED);
const { int, pick, chance, digits, letter, nz, shuffle, krWritten } = stream;
const { card, sin, aadhaar, pan, codiceFiscale, registration, bornBetween, impossibleRegistration, businessRegistrationNumber } = stream;
const { ssn, nino, steuerId, nir, dni, bsn, chineseId, myNumber } = stream;
const LOCALES = ['es_BO', 'pt_MZ', 'fr_CM', 'en_JM', 'ru_BY', 'de_LI', 'ar_LB', 'zh_MO', 'fr_HT', 'nl_CW'];
const COUNTRY = { es_BO: 'BO', pt_MZ: 'MZ', fr_CM: 'CM', en_JM: 'JM', ru_BY: 'BY', de_LI: 'LI', ar_LB: 'LB', zh_MO: 'MO', fr_HT: 'HT', nl_CW: 'CW', ko: 'KR' };

/** Lebanese writers sometimes use the Arabic-Indic digits ٠١٢…. */
const arabicDigits = digitsOfScript(0x0660);
/** One of `forms`, each a function so only the chosen one draws. */
const oneOf = (...forms) => pick(forms)();

// ---------------------------------------------------------------- phones
/** How each country's people write their numbers; phoneOf keeps a draw only when it is a valid number there. */
const DIALLING = {
  es_BO: () => {
    if (chance(0.75)) {
      const m = `${pick(['6', '7', '7'])}${digits(7)}`;
      return pick([m, m, groups(m, [4, 4]), groups(m, [3, 5], '-'), `+591 ${m}`, `+591 ${groups(m, [1, 3, 4])}`, `(+591) ${m}`, `591-${m}`]);
    }
    const [area, local] = pick([['2', `2${digits(6)}`], ['3', `3${digits(6)}`], ['4', `4${digits(6)}`]]);
    return pick([`${area} ${local}`, `(${area}) ${local.slice(0, 3)}-${local.slice(3)}`, `${area}-${local}`, `+591 ${area} ${local}`]);
  },
  pt_MZ: () => {
    if (chance(0.8)) {
      const m = `8${pick(['2', '3', '4', '5', '6', '7'])}${digits(7)}`;
      return pick([groups(m, [2, 3, 4]), groups(m, [2, 3, 4]), m, `${m.slice(0, 2)}-${m.slice(2)}`, `+258 ${groups(m, [2, 3, 4])}`, `+258${m}`, `(+258) ${groups(m, [2, 7])}`, `00258 ${m}`]);
    }
    const l = `21${digits(6)}`;
    return pick([groups(l, [2, 2, 2, 2]), groups(l, [2, 6]), `+258 ${groups(l, [2, 6])}`]);
  },
  fr_CM: () => {
    const n = chance(0.8) ? `6${pick(['5', '7', '8', '9', '9', '7'])}${digits(7)}` : `2${pick(['22', '33'])}${digits(6)}`;
    return pick([`${n[0]} ${groups(n.slice(1), [2, 2, 2, 2])}`, `${n[0]} ${groups(n.slice(1), [2, 2, 2, 2])}`, groups(n, [3, 2, 2, 2]), groups(n, [3, 3, 3]), n, `+237 ${groups(n, [3, 3, 3])}`, `+237 ${n[0]} ${groups(n.slice(1), [2, 2, 2, 2])}`, `(+237) ${n}`, `00237 ${groups(n, [3, 2, 2, 2])}`, `+237${n}`]);
  },
  en_JM: () => {
    const local = `${pick(['3', '4', '5', '6', '7', '8', '9'])}${digits(6)}`;
    return pick([`(876) ${local.slice(0, 3)}-${local.slice(3)}`, `876-${local.slice(0, 3)}-${local.slice(3)}`, `876-${local.slice(0, 3)}-${local.slice(3)}`, `876 ${local.slice(0, 3)} ${local.slice(3)}`, `+1 876 ${local.slice(0, 3)} ${local.slice(3)}`, `1-876-${local.slice(0, 3)}-${local.slice(3)}`, `+1 (876) ${local.slice(0, 3)}-${local.slice(3)}`, `876.${local.slice(0, 3)}.${local.slice(3)}`]);
  },
  ru_BY: () => {
    if (chance(0.75)) {
      const [op, n] = [pick(['29', '29', '33', '44', '25']), `${int(1, 9)}${digits(6)}`];
      const tail = `${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`;
      return pick([`+375 ${op} ${tail}`, `+375 (${op}) ${tail}`, `8 (0${op}) ${tail}`, `8 0${op} ${n}`, `+375${op}${n}`, `80${op}${n}`, `+375-${op}-${n}`]);
    }
    const [area, n] = pick([['17', `2${digits(6)}`], ['17', `3${digits(6)}`], ['232', digits(6)], ['152', digits(6)]]);
    const tail = n.length === 7 ? `${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}` : `${n.slice(0, 2)}-${n.slice(2, 4)}-${n.slice(4)}`;
    return pick([`8 (0${area}) ${tail}`, `+375 ${area} ${tail}`, `(0${area}) ${tail}`]);
  },
  de_LI: () => {
    const n = chance(0.6) ? `${pick(['23', '26', '37', '38', '39', '23'])}${digits(5)}` : `7${pick(['8', '9', '7'])}${digits(5)}`;
    return pick([groups(n, [3, 2, 2]), groups(n, [3, 2, 2]), `+423 ${groups(n, [3, 2, 2])}`, `+423 ${n}`, `00423 ${groups(n, [3, 2, 2])}`, `(+423) ${groups(n, [3, 4])}`, n]);
  },
  ar_LB: () => {
    if (chance(0.75)) {
      const [pre, n] = pick([['3', digits(6)], ['70', digits(6)], ['71', digits(6)], ['76', digits(6)], ['78', digits(6)], ['81', digits(6)]]);
      const national = pre === '3' ? `03` : pre;
      return pick([`${national} ${groups(n, [3, 3])}`, `${national} ${groups(n, [3, 3])}`, `${national}-${n}`, `${national}/${n}`, `+961 ${pre} ${groups(n, [3, 3])}`, `+961${pre}${n}`, `00961 ${pre} ${n}`, `(+961) ${pre}-${n}`]);
    }
    const [area, n] = pick([['1', `${int(2, 8)}${digits(5)}`], ['4', `${int(4, 5)}${digits(5)}`], ['9', `${int(2, 9)}${digits(5)}`], ['5', `${int(4, 9)}${digits(5)}`]]);
    return pick([`0${area} ${groups(n, [3, 3])}`, `0${area}-${n}`, `+961 ${area} ${groups(n, [3, 3])}`]);
  },
  zh_MO: () => {
    const n = chance(0.75) ? `6${int(2, 8)}${digits(6)}` : `28${digits(6)}`;
    return pick([groups(n, [4, 4]), groups(n, [4, 4]), n, `+853 ${groups(n, [4, 4])}`, `(853) ${n}`, `853-${groups(n, [4, 4], '-')}`, `+853-${n}`, `00853 ${groups(n, [4, 4])}`]);
  },
  fr_HT: () => {
    const n = chance(0.8) ? `${pick(['3', '4', '3', '4', '5'])}${digits(7)}` : `2${pick(['2', '8', '9', '8'])}${digits(6)}`;
    return pick([groups(n, [4, 4], '-'), groups(n, [4, 4], '-'), groups(n, [4, 4]), groups(n, [2, 2, 2, 2]), `+509 ${groups(n, [4, 4], '-')}`, `(509) ${groups(n, [2, 2, 4])}`, `+509${n}`, `509-${groups(n, [4, 4], '-')}`]);
  },
  nl_CW: () => {
    const n = chance(0.75) ? `${pick(['5', '6', '6', '5'])}${digits(6)}` : `${pick(['4', '7', '8'])}${digits(6)}`;
    return pick([`9 ${groups(n, [3, 4])}`, `9${groups(n, [3, 4], '-')}`, `+599 9 ${groups(n, [3, 4])}`, `+5999 ${groups(n, [3, 4], '-')}`, `(+5999) ${n}`, `00599 9 ${n}`, `+599 9${n}`]);
  },
  ko: (office = false) => {
    const mid = `${int(2, 9)}${digits(3)}`;
    const last = digits(4);
    if (!office && chance(0.75)) return pick([`010-${mid}-${last}`, `010-${mid}-${last}`, `010-${mid}-${last}`, `010 - ${mid} - ${last}`, `010.${mid}.${last}`, `010 ${mid} ${last}`, `010${mid}${last}`, `010)${mid}-${last}`, `010－${mid}－${last}`, `+82 (0)10-${mid}-${last}`, `+8210${mid}${last}`]);
    const area = pick(['02', '031', '032', '051', '052', '062', '064', '044', '070', ...(office ? ['1544', '1600', '1661'] : [])]);
    if (area.length === 4) return pick([`${area}-${last}`, `${area} ${last}`]);
    const local = ['02', '031', '032', '070'].includes(area) ? mid : `${int(2, 9)}${digits(int(2, 3))}`;
    return pick([`${area}-${local}-${last}`, `${area}-${local}-${last}`, `(${area})${local}-${last}`, `${area}.${local}.${last}`, `${area} ${local} ${last}`, `+82 ${area.slice(1)}-${local}-${last}`]);
  },
};
const EXTENSION_WORDS = { es_BO: ['int. ', 'Int. '], pt_MZ: ['ext. ', 'extensão '], fr_CM: ['poste ', 'p. '], en_JM: ['ext. ', 'x'], ru_BY: ['доб. ', 'вн. '], de_LI: ['intern ', 'Durchwahl '], ar_LB: ['ext. ', 'داخلي '], zh_MO: ['內線 ', 'ext. '], fr_HT: ['poste ', 'ext. '], nl_CW: ['tst. ', 'ext. '], ko: ['내선 ', '(내선 '] };
/** A valid number of the locale's country as its people write it; an office line sometimes carries its extension (inside the span); Lebanese mobiles sometimes in Arabic-Indic digits. */
function phoneOfLocale(locale, office = false) {
  let n = phoneOf(COUNTRY[locale], () => DIALLING[locale](office));
  if (locale === 'ar_LB' && chance(0.15)) n = arabicDigits(n);
  if (!office || !chance(0.3)) return n;
  const word = pick(EXTENSION_WORDS[locale]);
  return `${n} ${word}${int(100, 4999)}${word.startsWith('(') ? ')' : ''}`;
}

// ---------------------------------------------------------------- addresses
const BO_ZONES = [['La Paz', 'Sopocachi'], ['La Paz', 'Miraflores'], ['La Paz', 'Calacoto'], ['El Alto', 'Villa Adela'], ['Santa Cruz de la Sierra', 'Equipetrol'], ['Santa Cruz de la Sierra', 'Barrio Urbarí'], ['Cochabamba', 'Queru Queru'], ['Sucre', 'Zona Central']];
const BO_STREETS = ['Av. 6 de Agosto', 'Calle Rosendo Gutiérrez', 'Av. Arce', 'Calle 21 de Calacoto', 'Av. San Martín', 'Calle Ecuador', 'Av. América', 'Calle Potosí'];
const MZ_BAIRROS = [['Maputo', 'Polana Cimento'], ['Maputo', 'Sommerschield'], ['Maputo', 'Malhangalene'], ['Maputo', 'Maxaquene A'], ['Matola', 'Machava'], ['Beira', 'Ponta-Gêa'], ['Nampula', 'Muahivire']];
const MZ_AVENUES = ['Av. Julius Nyerere', 'Av. Eduardo Mondlane', 'Av. 24 de Julho', 'Av. Vladimir Lenine', 'Rua da Resistência', 'Av. Kenneth Kaunda', 'Rua de Kassuende'];
const CM_PLACES = [['Yaoundé', 'Bastos', 'Centre'], ['Yaoundé', 'Mvog-Mbi', 'Centre'], ['Yaoundé', 'Biyem-Assi', 'Centre'], ['Douala', 'Akwa', 'Littoral'], ['Douala', 'Bonapriso', 'Littoral'], ['Douala', 'Bonamoussadi', 'Littoral'], ['Bafoussam', 'Tamdja', 'Ouest'], ['Buea', 'Molyko', 'Sud-Ouest']];
const CM_LANDMARKS = ['face pharmacie du Soleil', 'derrière la station Total', 'carrefour Obili', 'après l’école publique', 'entrée Santa Lucia', 'près du marché central'];
const JM_PLACES = [['Kingston 6', 'St. Andrew'], ['Kingston 10', 'St. Andrew'], ['Kingston 5', 'St. Andrew'], ['Portmore', 'St. Catherine'], ['Spanish Town', 'St. Catherine'], ['Montego Bay', 'St. James'], ['Mandeville', 'Manchester'], ['Ocho Rios', 'St. Ann']];
const JM_STREETS = ['Hope Road', 'Constant Spring Road', 'Barbican Road', 'Red Hills Road', 'Molynes Road', 'Hagley Park Road', 'Market Street', 'Main Street', 'Manor Park Close'];
const BY_PLACES = [['Минск', 'Minsk', '220092'], ['Минск', 'Minsk', '220114'], ['Минск', 'Minsk', '220030'], ['Гомель', 'Gomel', '246050'], ['Брест', 'Brest', '224030'], ['Гродно', 'Grodno', '230023'], ['Витебск', 'Vitebsk', '210015']];
const BY_STREETS = [['ул. Притыцкого', 'vul. Prytyckaha'], ['пр-т Независимости', 'pr. Nezavisimosti'], ['ул. Сурганова', 'vul. Surhanava'], ['ул. Ленина', 'vul. Lenina'], ['ул. Советская', 'vul. Savetskaya'], ['пр-т Победителей', 'pr. Pobediteley']];
const LI_PLACES = [['9490', 'Vaduz'], ['9494', 'Schaan'], ['9495', 'Triesen'], ['9496', 'Balzers'], ['9497', 'Triesenberg'], ['9485', 'Nendeln'], ['9487', 'Gamprin-Bendern'], ['9493', 'Mauren']];
const LI_STREETS = ['Landstrasse', 'Äulestrasse', 'Im Ganser', 'Feldkircher Strasse', 'Zollstrasse', 'Poststrasse', 'Kirchstrasse', 'Im Bühel', 'Essanestrasse'];
const LB_PLACES = [['بيروت', 'Beirut', 'الحمرا', 'Hamra'], ['بيروت', 'Beirut', 'الأشرفية', 'Achrafieh'], ['بيروت', 'Beirut', 'فردان', 'Verdun'], ['جونية', 'Jounieh', 'الكسليك', 'Kaslik'], ['المتن', 'Metn', 'جل الديب', 'Jal el Dib'], ['طرابلس', 'Tripoli', 'الضم والفرز', 'Dam w Farez'], ['صيدا', 'Saida', 'الهلالية', 'Hlalieh']];
const LB_STREETS = [['شارع الحمرا', 'Hamra Street'], ['شارع مار الياس', 'Mar Elias Street'], ['شارع سرسق', 'Sursock Street'], ['شارع بلس', 'Bliss Street'], ['طريق الشام', 'Damascus Road'], ['شارع الاستقلال', 'Independence Street']];
const LB_BUILDINGS = [['بناية الريحاني', 'Rihani Bldg.'], ['بناية الأمل', 'Amal Building'], ['سنتر صباغ', 'Sabbagh Center'], ['بناية نجار', 'Najjar Bldg.'], ['بناية الشمس', 'Shams Bldg.']];
const MO_PLACES = [['澳門', '新馬路', 'Avenida de Almeida Ribeiro'], ['澳門', '南灣大馬路', 'Avenida da Praia Grande'], ['澳門', '高士德大馬路', 'Avenida de Horta e Costa'], ['氹仔', '柯維納馬路', 'Rua de Évora'], ['氹仔', '孫逸仙博士大馬路', 'Avenida Dr. Sun Yat-Sen'], ['路環', '石排灣馬路', 'Estrada de Seac Pai Van'], ['澳門', '提督馬路', 'Avenida do Almirante Lacerda']];
const MO_BUILDINGS = [['海洋花園', 'Jardim Oceano'], ['永寧廣場', 'Edf. Wing Ning'], ['南灣花園', 'Edf. Nam Van'], ['金利達花園', 'Edf. Kam Lei Tat'], ['濠景花園', 'Jardim Nova Taipa']];
const HT_PLACES = [['Pétion-Ville', 'Ouest'], ['Delmas', 'Ouest'], ['Port-au-Prince', 'Ouest'], ['Tabarre', 'Ouest'], ['Cap-Haïtien', 'Nord'], ['Les Cayes', 'Sud'], ['Jacmel', 'Sud-Est']];
const HT_STREETS = ['Rue Grégoire', 'Rue Lamarre', 'Rue Panaméricaine', 'Rue Capois', 'Rue Faubert', 'Route de Frères', 'Rue Clerveaux', 'Boulevard du 15 Octobre'];
const CW_PLACES = ['Willemstad', 'Santa Rosa', 'Pietermaai', 'Otrobanda', 'Mahaai', 'Brievengat', 'Julianadorp', 'Sint Michiel', 'Barber'];
const CW_STREETS = ['Kaya Grandi', 'Kaya Flamboyan', 'Kaya Kadushi', 'Kaya Sabana', 'Schottegatweg Oost', 'Penstraat', 'Kaya Hulanda', 'Santa Rosaweg', 'Kaya W.F.G. Mensing'];
const KO_ROADS = [
  ['서울특별시', '서울', '마포구', '월드컵북로', '상암동'], ['서울특별시', '서울시', '송파구', '올림픽로', '잠실동'], ['서울특별시', '서울', '영등포구', '여의대로', '여의도동'], ['서울특별시', '서울', '노원구', '동일로', '상계동'],
  ['경기도', '경기', '수원시 영통구', '광교중앙로', '이의동'], ['경기도', '경기', '화성시', '동탄대로', '영천동'], ['경기도', '경기', '안양시 동안구', '시민대로', '평촌동'], ['인천광역시', '인천', '연수구', '컨벤시아대로', '송도동'],
  ['광주광역시', '광주', '서구', '상무중앙로', '치평동'], ['대전광역시', '대전', '유성구', '대학로', '궁동'], ['제주특별자치도', '제주', '제주시', '연북로', '노형동'], ['경상남도', '경남', '창원시 성산구', '중앙대로', '용호동'],
  ['전북특별자치도', '전북', '전주시 완산구', '효자로', '효자동'], ['충청남도', '충남', '천안시 서북구', '불당대로', '불당동'],
];

/** Addresses as people of each country write them: one line, or (multiline) the block of a letterhead or form. */
const ADDRESSES = {
  es_BO: (multiline) => {
    const [city, zone] = pick(BO_ZONES);
    const street = pick(BO_STREETS);
    const line1 = pick([`${street} Nº ${int(100, 3999)}`, `${street} #${int(10, 999)}`, `${street} esq. ${pick(BO_STREETS)}`, `${street} Nº ${int(100, 3999)}, Edif. ${pick(['Illimani', 'Mirador', 'Torres del Poeta', 'Las Palmas'])}, Piso ${int(1, 14)}, Dpto. ${int(1, 9)}${letter('ABCD')}`]);
    if (multiline) return pick([`${line1}\nZona ${zone}\n${city}`, `${line1}\n${zone}, ${city} – Bolivia`, `${line1}\nZona ${zone}\n${city}, Bolivia`]);
    return pick([`${line1}, Zona ${zone}, ${city}`, `${line1}, ${zone}, ${city}`, `Zona ${zone}, ${line1}, ${city}`, `${line1} (Zona ${zone}), ${city}, Bolivia`]);
  },
  pt_MZ: (multiline) => {
    const [city, bairro] = pick(MZ_BAIRROS);
    if (chance(0.25)) {
      const q = `Bairro ${bairro}, Quarteirão ${int(1, 60)}, Casa n.º ${int(1, 400)}`;
      return multiline ? `${q.replace(', Casa', '\nCasa')}\n${city}` : `${q}, ${city}`;
    }
    const line1 = pick([`${pick(MZ_AVENUES)}, n.º ${int(10, 2500)}`, `${pick(MZ_AVENUES)} ${int(10, 2500)}, ${int(1, 12)}.º andar, Flat ${int(1, 30)}`, `${pick(MZ_AVENUES)}, ${int(10, 2500)} – R/C`]);
    if (multiline) return pick([`${line1}\n${bairro}\n${city}`, `${line1}\n${city} – Moçambique`, `${line1}\nC.P. ${int(1000, 4999)}\n${city}`]);
    return pick([`${line1}, ${bairro}, ${city}`, `${line1}, ${city}`, `${line1}, ${city}, Moçambique`]);
  },
  fr_CM: (multiline) => {
    const [city, quarter, region] = pick(CM_PLACES);
    if (chance(0.3)) return `BP ${int(100, 19999)}${multiline ? '\n' : ' '}${city}${chance(0.4) ? `${multiline ? '\n' : ', '}Cameroun` : ''}`;
    const line1 = pick([`Quartier ${quarter}, ${pick(CM_LANDMARKS)}`, `Rue ${int(1000, 3999)}, ${quarter}`, `${quarter}, Rue ${pick(['Joss', 'Njo-Njo', 'de la Réunification', 'Ivy'])}, porte ${int(1, 90)}`, `Lieu-dit ${quarter}, ${pick(CM_LANDMARKS)}`]);
    if (multiline) return pick([`${line1}\n${city}`, `${line1}\n${city} (${region})`, `${line1}\nBP ${int(100, 9999)} ${city}`]);
    return pick([`${line1}, ${city}`, `${line1}, ${city}, Cameroun`, `${line1} – ${city}`]);
  },
  en_JM: (multiline) => {
    const [town, parish] = pick(JM_PLACES);
    const line1 = pick([`${int(1, 220)} ${pick(JM_STREETS)}`, `Lot ${int(1, 900)}, ${pick(['Phase 2, Greater Portmore', 'Westchester', 'Ensom City', 'Bogue Heights'])}`, `Apt. ${int(1, 40)}, ${int(1, 60)} ${pick(JM_STREETS)}`, `${int(1, 99)}${letter('AB')} ${pick(JM_STREETS)}`]);
    if (multiline) return pick([`${line1}\n${town}\n${parish}`, `${line1}\n${town}, ${parish}\nJamaica W.I.`, `${line1}\n${town}`]);
    return pick([`${line1}, ${town}`, `${line1}, ${town}, ${parish}`, `${line1}, ${town}, Jamaica`]);
  },
  ru_BY: (multiline) => {
    const [city, cityLatin, zip] = pick(BY_PLACES);
    const [street, streetLatin] = pick(BY_STREETS);
    if (chance(0.2)) {
      const line = `${streetLatin} ${int(1, 140)}-${int(1, 300)}`;
      return multiline ? `${line}\n${zip} ${cityLatin}\nBelarus` : `${line}, ${zip} ${cityLatin}, Belarus`;
    }
    const house = pick([`д. ${int(1, 140)}, кв. ${int(1, 300)}`, `${int(1, 140)}-${int(1, 300)}`, `д. ${int(1, 140)}, корп. ${int(1, 4)}, кв. ${int(1, 300)}`]);
    if (multiline) return pick([`${street}, ${house}\nг. ${city}\n${zip}`, `${zip}, г. ${city},\n${street}, ${house}`]);
    return pick([`${zip}, г. ${city}, ${street}, ${house}`, `г. ${city}, ${street}, ${house}`, `${street}, ${house}, г. ${city}, ${zip}`]);
  },
  de_LI: (multiline) => {
    const [zip, town] = pick(LI_PLACES);
    if (chance(0.12)) return `Postfach ${int(100, 999)}${multiline ? '\n' : ', '}${zip} ${town}`;
    const line1 = `${pick(LI_STREETS)} ${int(1, 120)}${chance(0.15) ? letter('abc') : ''}`;
    const country = pick(['', '', 'Liechtenstein', 'FL']);
    if (multiline) return `${line1}\n${country === 'FL' ? 'FL-' : ''}${zip} ${town}${country === 'Liechtenstein' ? '\nLiechtenstein' : ''}`;
    return `${line1}, ${country === 'FL' ? 'FL-' : ''}${zip} ${town}${country === 'Liechtenstein' ? ', Liechtenstein' : ''}`;
  },
  ar_LB: (multiline) => {
    const [city, cityLatin, area, areaLatin] = pick(LB_PLACES);
    const [street, streetLatin] = pick(LB_STREETS);
    const [bldg, bldgLatin] = pick(LB_BUILDINGS);
    const floor = int(1, 12);
    if (chance(0.55)) {
      const parts = [`${bldg}، الطابق ${pick([String(floor), arabicDigits(String(floor))])}`, street, area, city];
      return multiline ? `${parts[0]}\n${parts[1]}، ${parts[2]}\n${parts[3]}` : `${parts.join('، ')}${chance(0.3) ? '، لبنان' : ''}`;
    }
    const line1 = pick([`${bldgLatin}, ${floor}${floor === 1 ? 'st' : floor === 2 ? 'nd' : floor === 3 ? 'rd' : 'th'} floor, ${streetLatin}`, `${streetLatin}, ${bldgLatin}, Floor ${floor}`, `Imm. ${bldgLatin.replace(/ ?Bldg\.| ?Building/u, '')}, ${floor}e étage, rue ${streetLatin.replace(' Street', '')}`]);
    if (multiline) return `${line1}\n${areaLatin}, ${cityLatin}${chance(0.4) ? '\nLebanon' : ''}`;
    return `${line1}, ${areaLatin}, ${cityLatin}${chance(0.3) ? ', Lebanon' : ''}`;
  },
  zh_MO: (multiline) => {
    const [district, road, roadPt] = pick(MO_PLACES);
    const [bldg, bldgPt] = pick(MO_BUILDINGS);
    const no = int(1, 600);
    const floor = int(1, 30);
    if (chance(0.55)) {
      const flat = `${bldg}${floor}樓${letter('ABCDEFGH')}座`;
      return multiline ? `${district}${road}${no}號\n${flat}` : pick([`${district}${road}${no}號${flat}`, `澳門${district === '澳門' ? '' : district}${road}${no}號${flat}`]);
    }
    const line1 = `${roadPt}, n.º ${no}, ${bldgPt}, ${floor}.º andar ${letter('ABCDEFGH')}`;
    return multiline ? `${line1}\n${district === '氹仔' ? 'Taipa, ' : district === '路環' ? 'Coloane, ' : ''}Macau` : `${line1}, ${district === '氹仔' ? 'Taipa, ' : ''}Macau`;
  },
  fr_HT: (multiline) => {
    const [commune, dept] = pick(HT_PLACES);
    const line1 = pick([`${int(1, 120)}, ${pick(HT_STREETS)}`, `Delmas ${int(2, 95)}, ${pick(HT_STREETS)} #${int(1, 60)}`, `Angle ${pick(['rues Capois et Lamartinière', 'rues Faubert et Grégoire', 'Route de Frères et Rue Clerveaux'])}`, `Impasse ${pick(['Bellevue', 'Lavaud', 'Mercier'])} #${int(1, 40)}, ${pick(HT_STREETS)}`]);
    if (multiline) return pick([`${line1}\n${commune}\nHaïti`, `${line1}\n${commune}, ${dept}`, `${line1}\nHT${int(61, 98)}${digits(2)} ${commune}`]);
    return pick([`${line1}, ${commune}`, `${line1}, ${commune}, Haïti`, `${line1}, ${commune} (${dept})`]);
  },
  nl_CW: (multiline) => {
    const place = pick(CW_PLACES);
    const line1 = `${pick(CW_STREETS)} ${int(1, 150)}${chance(0.15) ? letter('AB') : ''}`;
    if (multiline) return pick([`${line1}\n${place}\nCuraçao`, `${line1}\n${place}`, `${line1}\nWillemstad, Curaçao`]);
    return pick([`${line1}, ${place}`, `${line1}, ${place}, Curaçao`, `${line1} (${place})`]);
  },
  ko: (multiline) => {
    const [province, short, city, road, dong] = pick(KO_ROADS);
    const zip = `${int(1, 63)}${digits(3)}`.padStart(5, '0');
    const head = `${pick([province, province, short])} ${city}`;
    const unit = pick(['', `, ${int(101, 130)}동 ${int(1, 25)}0${int(1, 8)}호`, `, ${int(1, 5)}층`, ` (${dong})`, ` ${int(101, 130)}-${int(101, 2504)}`, `, ${int(101, 130)}동 ${int(1, 25)}0${int(1, 8)}호 (${dong}, ${pick(['자이', '아이파크', '더샵', '롯데캐슬'])})`]);
    const line = `${head} ${road}${chance(0.25) ? `${int(1, 80)}번길` : ''} ${int(1, 400)}${chance(0.2) ? `-${int(1, 30)}` : ''}${unit}`;
    if (multiline) return pick([`${line}\n우편번호 ${zip}`, `우)${zip}\n${line}`, `${line.replace(` ${road}`, `\n${road}`)}`]);
    return pick([line, line, `${line} (우: ${zip})`, `우${zip} ${line}`]);
  },
};
const address = (locale, multiline = false) => ADDRESSES[locale](multiline);

// ---------------------------------------------------------------- dates of birth
const MONTH_WORDS = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['Janeiro', 'Fevereiro', 'Março', 'Abril', 'Maio', 'Junho', 'Julho', 'Agosto', 'Setembro', 'Outubro', 'Novembro', 'Dezembro'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  levant: ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
  ht: ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'],
  pap: ['yanüari', 'febrüari', 'mart', 'aprel', 'mei', 'yüni', 'yüli', 'ougùstùs', 'sèptèmber', 'òktober', 'novèmber', 'desèmber'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt_mo: ['Janeiro', 'Fevereiro', 'Março', 'Abril', 'Maio', 'Junho', 'Julho', 'Agosto', 'Setembro', 'Outubro', 'Novembro', 'Dezembro'],
};
const CHINESE_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const chineseYear = (y) => [...String(y)].map((c) => CHINESE_DIGITS[Number(c)]).join('');
/** A birth date between `from` and `to` as the locale writes it (numeric and worded forms). */
function dateOfBirth(locale, from = 1961, to = 2007) {
  const { y, m, d, dd, mm, yy } = birthDay(int, from, to);
  const forms = {
    es_BO: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${d} de ${MONTH_WORDS.es[m - 1]} de ${y}`, `${dd}-${mm}-${y}`, `${d}/${MONTH_WORDS.es[m - 1].slice(0, 3)}/${y}`],
    pt_MZ: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${d} de ${MONTH_WORDS.pt[m - 1]} de ${y}`, `${dd}.${mm}.${y}`, `${dd}-${mm}-${y}`],
    fr_CM: [`${dd}/${mm}/${y}`, `${dd}/${mm}/${y}`, `${d === 1 ? '1er' : d} ${MONTH_NAMES.fr[m - 1]} ${y}`, `${dd}-${mm}-${y}`, `${ordinal(d)} ${MONTH_NAMES.en[m - 1]} ${y}`],
    en_JM: [`${dd}/${mm}/${y}`, `${ordinal(d)} ${MONTH_NAMES.en[m - 1]} ${y}`, `${MONTH_NAMES.en[m - 1]} ${d}, ${y}`, `${d}-${MONTH_NAMES.enShort[m - 1]}-${yy}`, `${dd}/${mm}/${yy}`],
    ru_BY: [`${dd}.${mm}.${y}`, `${dd}.${mm}.${y}`, `${d} ${MONTH_WORDS.ru[m - 1]} ${y} г.`, `${d} ${MONTH_WORDS.ru[m - 1]} ${y} года`, `${dd}.${mm}.${yy}`],
    de_LI: [`${dd}.${mm}.${y}`, `${dd}.${mm}.${y}`, `${d}. ${MONTH_NAMES.de[m - 1]} ${y}`, `${d}.${m}.${y}`, `${d}. ${MONTH_NAMES.de[m - 1].slice(0, 3)}. ${y}`],
    ar_LB: [`${dd}/${mm}/${y}`, `${d} ${MONTH_WORDS.levant[m - 1]} ${y}`, arabicDigits(`${d} `) + `${MONTH_WORDS.levant[m - 1]} ` + arabicDigits(String(y)), arabicDigits(`${dd}/${mm}/${y}`), `${d === 1 ? '1er' : d} ${MONTH_NAMES.fr[m - 1]} ${y}`],
    zh_MO: [`${y}年${m}月${d}日`, `${y}年${mm}月${dd}日`, `${dd}/${mm}/${y}`, `${y}-${mm}-${dd}`, `${chineseYear(y)}年${m}月${d}日`, `${d} de ${MONTH_WORDS.pt_mo[m - 1]} de ${y}`],
    fr_HT: [`${dd}/${mm}/${y}`, `${d} ${MONTH_WORDS.ht[m - 1]} ${y}`, `${d === 1 ? '1er' : d} ${MONTH_NAMES.fr[m - 1]} ${y}`, `${dd}-${mm}-${y}`, `${dd}/${mm}/${yy}`],
    nl_CW: [`${dd}-${mm}-${y}`, `${d} di ${MONTH_WORDS.pap[m - 1]} ${y}`, `${d} ${MONTH_WORDS.nl[m - 1]} ${y}`, `${dd}/${mm}/${y}`, `${d}-${m}-${y}`],
    ko: [`${y}년 ${m}월 ${d}일`, `${y}. ${m}. ${d}.`, `${y}.${mm}.${dd}`, `${y}-${mm}-${dd}`, `${yy}.${mm}.${dd}`, `${yy}${mm}${dd}`, `${y}년 ${mm}월 ${dd}일`, `${y}/${m}/${d}`, `’${yy}. ${m}. ${d}.`],
  }[locale];
  return pick(forms);
}
const BIRTH_CUES = {
  es_BO: ['Fecha de nacimiento: ', 'Fecha de Nac.: ', 'Nacido el ', 'Nacida el ', 'F. Nac.: '], pt_MZ: ['Data de nascimento: ', 'Nascido a ', 'Nascida em ', 'D. Nasc.: '],
  fr_CM: ['Date de naissance : ', 'Né(e) le ', 'Né le ', 'Date of birth: '], en_JM: ['Date of Birth: ', 'DOB: ', 'Born: ', 'Birth date: '],
  ru_BY: ['Дата рождения: ', 'Дата рожд.: ', 'Родился ', 'Родилась ', 'Год и дата рождения: '], de_LI: ['Geburtsdatum: ', 'Geb.-Datum: ', 'geboren am ', 'Geboren: '],
  ar_LB: ['تاريخ الولادة: ', 'مواليد ', 'Date de naissance : ', 'DOB: '], zh_MO: ['出生日期：', '出生日期: ', 'Data de nascimento: ', '生日：'],
  fr_HT: ['Dat nesans: ', 'Date de naissance : ', 'Né(e) le ', 'Fèt: '], nl_CW: ['Geboortedatum: ', 'Fecha di nasementu: ', 'Geb.: ', 'Geboren op '],
  ko: ['생년월일: ', '생년월일 ', '출생일: ', '생년월일(YYYY.MM.DD) '],
};
const birthCue = (locale) => pick(locale === 'ko' || chance(0.8) ? BIRTH_CUES[locale] : ['Date of birth: ', 'DOB: ']);

// ---------------------------------------------------------------- ids of claimed types, passports, licences
const HR_LEADS = { es_BO: 'Para planillas: ', pt_MZ: 'Para processamento salarial: ', fr_CM: 'Pour la paie : ', en_JM: 'For payroll: ', ru_BY: 'Для бухгалтерии: ', de_LI: 'Für die Lohnbuchhaltung: ', ar_LB: 'For payroll: ', zh_MO: '供人事部用：', fr_HT: 'Pou pewòl: ', nl_CW: 'Voor de salarisadministratie: ' };
/** [cue, value, type] of an id of a claimed type that a person of `locale` plausibly holds (from a spell abroad, or a parent's country). */
function heldId(locale, p) {
  const cue = (...cues) => (chance(0.75) ? pick(cues) : HR_LEADS[locale]);
  const table = {
    es_BO: [() => [cue('NIE (España): ', 'N.I.E.: '), dni(), 'ES_DNI'], () => [cue('DNI español: ', 'DNI (España): '), dni(), 'ES_DNI'], () => [cue('SSN (EE. UU.): ', 'Social Security: '), ssn(), 'US_SSN']],
    pt_MZ: [() => [cue('Aadhaar (Índia): ', 'Aadhaar n.º '), aadhaar(), 'IN_AADHAAR'], () => [cue('PAN (Índia): ', 'PAN card: '), pan(p.latinLast), 'IN_PAN'], () => [cue('National Insurance (UK): ', 'NINO: '), nino(), 'UK_NINO'], () => [cue('NIF/NIE (Espanha): ', 'NIE: '), dni(), 'ES_DNI']],
    fr_CM: [() => [cue('N° de sécurité sociale (France) : ', 'NIR : '), nir(), 'FR_NIR'], () => [cue('NAS (Canada) : ', 'SIN: '), sin(), 'CA_SIN'], () => [cue('Steuer-ID (Allemagne) : ', 'Steuer-ID : '), steuerId(), 'DE_TAX_ID']],
    en_JM: [() => [cue('UK National Insurance No.: ', 'NI number: '), nino(), 'UK_NINO'], () => [cue('Canadian SIN: ', 'SIN (Canada): '), sin(), 'CA_SIN'], () => [cue('US SSN (farm work programme): ', 'SSN: '), ssn(), 'US_SSN']],
    ru_BY: [() => [cue('Steuer-ID (Германия): ', 'Steuer-ID: '), steuerId(), 'DE_TAX_ID'], () => [cue('BSN (Нидерланды): ', 'BSN: '), bsn(), 'NL_BSN'], () => [cue('Codice fiscale (Италия): ', 'C.F.: '), codiceFiscale(p.latinFirst, p.latinLast), 'IT_FISCAL_CODE']],
    de_LI: [() => [cue('Steuer-ID (Deutschland): ', 'Steuerliche IdNr.: '), steuerId(), 'DE_TAX_ID'], () => [cue('Codice fiscale: ', 'Italienischer Codice fiscale: '), codiceFiscale(p.latinFirst, p.latinLast), 'IT_FISCAL_CODE'], () => [cue('Steuer-ID: ', 'IdNr. (DE): '), steuerId(), 'DE_TAX_ID']],
    ar_LB: [() => [cue('N° de sécurité sociale (France) : ', 'NIR : '), nir(), 'FR_NIR'], () => [cue('SIN (Canada): ', 'Canadian SIN: '), sin(), 'CA_SIN'], () => [cue('US SSN: ', 'Social Security No.: '), ssn(), 'US_SSN']],
    zh_MO: [() => [cue('內地居民身份證號碼：', '身份證號：'), chineseId(), 'CN_RESIDENT_ID'], () => [cue('居民身份證（內地）：', 'PRC ID: '), chineseId(), 'CN_RESIDENT_ID'], () => [cue('マイナンバー（日本勤務時）：', 'My Number (Japan): '), myNumber(), 'JP_MY_NUMBER']],
    fr_HT: [() => [cue('NAS (Canada) : ', 'SIN : '), sin(), 'CA_SIN'], () => [cue('SSN (USA): ', 'Social Security : '), ssn(), 'US_SSN'], () => [cue('N° sécu (France) : ', 'NIR : '), nir(), 'FR_NIR']],
    nl_CW: [() => [cue('BSN (Nederland): ', 'Burgerservicenummer: '), bsn(), 'NL_BSN'], () => [cue('BSN: ', 'Sofi-/BSN-nummer: '), bsn(), 'NL_BSN'], () => [cue('US SSN: ', 'SSN: '), ssn(), 'US_SSN']],
  };
  if (locale === 'ko') {
    const type = chance(0.72) ? 'KR_RRN' : 'KR_FRN';
    const named = type === 'KR_RRN' ? pick(['주민등록번호: ', '주민등록번호 ', '주민번호: ', '주민등록번호(앞 6자리-뒤 7자리): ']) : pick(['외국인등록번호: ', '외국인등록번호 ', '외국인 등록번호: ']);
    // An adult's number (workers, landlords, tenants); children's numbers, born since October 2020 too, are written by the kinds that name a child.
    return [chance(0.8) ? named : pick(['본인 확인 번호: ', '세무 신고용 ', '(인사팀 제출) ']), krWritten(bornBetween(type, [1956, 1], [2006, 12])), type];
  }
  return pick(table[locale])();
}
const PASSPORT_SHAPES = {
  es_BO: () => `${pick(['', 'EX', 'G'])}${digits(7)}`, pt_MZ: () => `${letter('ABC')}${letter('ABCDEF')}${digits(7)}`, fr_CM: () => `${letter('AB')}${digits(7)}`, en_JM: () => `A${digits(7)}`,
  ru_BY: () => `${pick(['MP', 'MC', 'HB', 'KH', 'AB', 'KB', 'BM'])}${digits(7)}`, de_LI: () => `${letter('RS')}${digits(5)}`, ar_LB: () => `LR${digits(7)}`, zh_MO: () => `M${letter('AB')}${digits(7)}`,
  fr_HT: () => `${letter('ABPR')}${letter()}${digits(7)}`, nl_CW: () => `N${letter('BCDFGHJKLMNPRSTVWXYZ')}${letter('BCDFGHJKLMNPRSTVWXYZ')}${digits(5)}${digits(1)}`, ko: () => (chance(0.6) ? `M${digits(8)}` : `${letter('MR')}${digits(3)}${letter('ABCDEFGHJKLMNPQRSTUVWXYZ')}${digits(4)}`),
};
const PASSPORT_CUES = {
  es_BO: ['Pasaporte Nº ', 'N° de pasaporte: '], pt_MZ: ['Passaporte n.º ', 'N.º do passaporte: '], fr_CM: ['Passeport n° ', 'N° passeport : '], en_JM: ['Passport No.: ', 'Jamaican passport '],
  ru_BY: ['Паспорт: ', 'Паспорт серия и номер: '], de_LI: ['Pass-Nr.: ', 'Reisepass Nr. '], ar_LB: ['رقم جواز السفر: ', 'Passport No: '], zh_MO: ['護照號碼：', '特區護照：'],
  fr_HT: ['Nimewo paspò: ', 'Passeport n° '], nl_CW: ['Paspoortnummer: ', 'Nr. di pasport: '], ko: ['여권번호: ', '여권 번호 ', '여권No. '],
};
const passport = (locale) => [chance(0.8) ? pick(PASSPORT_CUES[locale]) : pick(['Passport: ', 'Passport no. ']), PASSPORT_SHAPES[locale]()];
/** Licence numbers where the number is not itself a national id (plausible shapes, the Belarusian one real). */
const LICENCE_SHAPES = {
  pt_MZ: () => `${digits(8)}/${int(1, 9)}`, fr_CM: () => `${pick(['CE', 'LT', 'OU', 'SW'])}${digits(2)}${letter()}${digits(5)}`, ru_BY: () => `${int(1, 7)}${letter('ABEKMHOPCTX')}${letter('ABEKMHOPCTX')} ${digits(6)}`,
  de_LI: () => `FL ${digits(6)}`, ar_LB: () => digits(7), zh_MO: () => `${digits(1)}-${digits(6)}-${digits(1)}`, fr_HT: () => `${letter()}${letter()}-${digits(7)}`, nl_CW: () => digits(10),
  ko: () => `${pick(['서울 ', '경기 ', '인천 ', '11-', '13-', '21-', '22-', '23-', '25-'])}${digits(2)}-${digits(6)}-${digits(2)}`,
};
const LICENCE_CUES = {
  pt_MZ: ['Carta de condução n.º '], fr_CM: ['Permis de conduire n° ', 'Permis cat. B n° '], ru_BY: ['Водительское удостоверение: ', 'Вод. удостоверение № '], de_LI: ['Führerausweis Nr. '], ar_LB: ['رقم رخصة السوق: ', 'Driving licence no. '],
  zh_MO: ['駕駛執照編號：'], fr_HT: ['Lisans kondui: ', 'Permis de conduire : '], nl_CW: ['Rijbewijsnummer: ', 'Nr. di lisensia: '], ko: ['운전면허번호: ', '운전면허 ', '면허번호: '],
};
/** [cue, value] of a driving licence with its own number, or null where the licence number is a national id (Bolivia, Jamaica): then it is mentioned without one. */
const licence = (locale) => (LICENCE_SHAPES[locale] ? [chance(0.8) ? pick(LICENCE_CUES[locale]) : "Driver's licence: ", LICENCE_SHAPES[locale]()] : null);
const LICENCE_WORDS = { es_BO: 'Licencia de conducir: categoría B (vigente)', en_JM: "Driver's licence: General, valid to 2029" };

// ---------------------------------------------------------------- banking
const IBAN_BBAN = {
  BY: () => `${pick(['NBRB', 'AKBB', 'BPSB', 'ALFA', 'PJCB'])}${pick(['3012', '3014', '3819'])}${digits(16)}`,
  LI: () => `${pick(['08800', '08810', '08803', '08805'])}${digits(12)}`,
  LB: () => `${pick(['0999', '0011', '0040', '0056', '0027'])}${digits(20)}`,
};
const IBAN_COUNTRY = { ru_BY: 'BY', de_LI: 'LI', ar_LB: 'LB' };
function iban(country) {
  const compact = ibanOf(country, IBAN_BBAN[country]());
  return pick([compact.match(/.{1,4}/gu).join(' '), compact.match(/.{1,4}/gu).join(' '), compact]);
}
/** [lead, account, trailer] of a domestic account: only the account number is labelled (a Cameroonian RIB whole, the way it is given for a transfer; a Mozambican NIB likewise). */
function domesticAccount(locale) {
  const table = {
    es_BO: () => pick([[`${pick(['Banco Unión', 'BNB', 'Banco Mercantil Santa Cruz', 'BancoSol', 'Banco Ganadero'])}, cuenta Nº `, pick([digits(10), `1-${digits(8)}`, `${digits(4)}-${digits(6)}`, digits(13)]), ` (${pick(['Bs.', 'USD'])})`], ['Caja de ahorro Nº ', digits(10), ` – ${pick(['BCP', 'Banco FIE'])}`]]),
    pt_MZ: () => pick([['NIB: ', `0001 ${digits(4)} ${digits(11)} ${digits(2)}`, ` (${pick(['BIM', 'BCI', 'Standard Bank', 'Absa Moçambique'])})`], [`Conta ${pick(['BIM', 'BCI', 'Moza Banco'])} n.º `, digits(pick([9, 10, 11])), '']]),
    fr_CM: () => pick([['RIB : ', `${pick(['10005', '10002', '10029', '10033'])} ${digits(5)} ${digits(11)} ${digits(2)}`, ` (${pick(['Afriland First Bank', 'SGC', 'Ecobank Cameroun', 'UBA Cameroun'])})`], [`Compte ${pick(['Afriland', 'BICEC', 'SCB'])} n° `, digits(11), '']]),
    en_JM: () => pick([[`${pick(['NCB', 'Scotiabank', 'JN Bank', 'Sagicor Bank', 'CIBC FirstCaribbean'])} ${pick(['savings', 'chequing'])} account # `, pick([digits(9), digits(10), `${digits(3)}-${digits(6)}`]), `, branch ${pick(['Half Way Tree', 'New Kingston', 'Portmore', 'Mandeville'])}`], ['Account number: ', digits(9), ` (${pick(['JMD', 'USD'])})`]]),
    ru_BY: () => null, de_LI: () => null, ar_LB: () => null,
    zh_MO: () => pick([[`${pick(['大西洋銀行', '中國銀行澳門分行', '工銀澳門', '澳門商業銀行'])} 帳號：`, pick([`${digits(2)}-${digits(2)}-${digits(2)}-${digits(6)}`, `${digits(4)}-${digits(6)}-${digits(1)}`, digits(12)]), ''], ['BNU account no. ', `${digits(10)}`, ' (MOP)']]),
    fr_HT: () => pick([[`${pick(['Unibank', 'Sogebank', 'BNC', 'Capital Bank'])} compte ${pick(['gourdes', 'dollars', 'épargne'])} n° `, pick([digits(9), `${digits(3)}-${digits(6)}`, digits(10)]), ''], ['Nimewo kont: ', digits(9), ` (${pick(['Unibank', 'Sogebank'])})`]]),
    nl_CW: () => pick([[`${pick(['MCB', 'Banco di Caribe', 'Orco Bank', 'RBC Curaçao'])} rekening `, pick([digits(7), digits(8), `${digits(2)}.${digits(3)}.${digits(3)}`, digits(10)]), ` (${pick(['ANG', 'XCG', 'USD'])})`], ['Nr. di kuenta: ', digits(8), '']]),
    ko: () => pick([['하나은행 ', `${digits(3)}-${digits(6)}-${digits(5)}`, ''], ['우리은행 ', `1002-${digits(3)}-${digits(6)}`, ''], ['카카오뱅크 ', `3333-${digits(2)}-${digits(7)}`, ''], ['케이뱅크 ', `100-${digits(3)}-${digits(6)}`, ''], ['SC제일은행 ', `${digits(3)}-${digits(2)}-${digits(6)}`, ''], ['새마을금고 ', `9002-${digits(4)}-${digits(4)}-${digits(1)}`, ''], ['수협 ', `${digits(4)}-${digits(4)}-${digits(4)}`, '']]),
  };
  return table[locale]();
}
const MOBILE_MONEY = { pt_MZ: ['M-Pesa ', 'e-Mola ', 'mKesh '], fr_CM: ['MTN MoMo ', 'Orange Money '], fr_HT: ['MonCash ', 'NatCash '] };
/** Where money should go: the IBAN (Belarus, Liechtenstein, Lebanon), a domestic account, or mobile money (a PHONE). */
function payment(doc, locale) {
  const country = IBAN_COUNTRY[locale];
  if (country) {
    const cue = { BY: ['IBAN: ', 'Счёт (IBAN): ', 'Р/с '], LI: ['IBAN: ', 'IBAN-Nr. '], LB: ['IBAN: ', 'IBAN (USD fresh): ', 'رقم الحساب الدولي IBAN: '] }[country];
    doc.add(pick(cue)).entity('IBAN', iban(country));
    return;
  }
  if (MOBILE_MONEY[locale] && chance(0.3)) {
    doc.add(pick(MOBILE_MONEY[locale])).entity('PHONE', phoneOfLocale(locale));
    return;
  }
  const [lead, value, trail] = domesticAccount(locale);
  doc.add(lead).entity('BANK_ACCOUNT', value).add(trail);
}

// ---------------------------------------------------------------- people and companies
for (const f of [fakerES, fakerPT_PT, fakerFR, fakerEN, fakerDE_CH, fakerNL]) f.seed(SEED);
/** Given names from faker, family names of the place from short lists where faker's are another country's. */
const GIVEN = { es_BO: fakerES, pt_MZ: fakerPT_PT, fr_CM: fakerFR, en_JM: fakerEN, de_LI: fakerDE_CH, fr_HT: fakerFR, nl_CW: fakerNL };
const FAMILY = {
  es_BO: ['Quispe Mamani', 'Choque Condori', 'Flores Vargas', 'Rojas Gutiérrez', 'Mamani Ticona', 'Vargas Llosa', 'Apaza Huanca', 'Gutiérrez Quiroga', 'Limachi Poma', 'Suárez Añez'],
  pt_MZ: ['Macuácua', 'Sitoe', 'Cossa', 'Mondlane', 'Nhantumbo', 'Langa', 'Tembe', 'Muianga', 'Bila', 'Chambal', 'Mabunda'],
  fr_CM: ['Mbarga', 'Nkoulou', 'Fotso', 'Tchoupo', 'Ngono', 'Kamga', 'Talla', 'Njoya', 'Abega', 'Essomba', 'Tchatchoua'],
  en_JM: ['Campbell', 'Brown', 'Williams', 'Thompson', 'McKenzie', 'Grant', 'Francis', 'Reid', 'Clarke', 'Bailey', 'Henry'],
  de_LI: ['Frick', 'Marxer', 'Büchel', 'Kindle', 'Ospelt', 'Wohlwend', 'Hasler', 'Beck', 'Vogt', 'Batliner', 'Negele'],
  fr_HT: ['Jean-Baptiste', 'Pierre', 'Joseph', 'Louis', 'Desrosiers', 'Étienne', 'Dorval', 'Charles', 'Saint-Fleur', 'Bien-Aimé'],
  nl_CW: ['Martina', 'Winklaar', 'Isenia', 'Rosaria', 'Statia', 'Koeiman', 'Doran', 'Cijntje', 'Pietersz', 'Maduro', 'Felida'],
};
/** [as written, given name in Latin letters, family name in Latin letters] where the name is written in another script. */
const SCRIPT_NAMES = {
  ru_BY: [['Алеся Корзун', 'Alesia', 'Korzun'], ['Дмитрий Лукашевич', 'Dmitry', 'Lukashevich'], ['Анастасия Ковалёва', 'Anastasia', 'Kovaleva'], ['Павел Жук', 'Pavel', 'Zhuk'], ['Ольга Мельник', 'Olga', 'Melnik'], ['Максим Шевчик', 'Maksim', 'Shevchik'], ['Янина Богдан', 'Yanina', 'Bogdan'], ['Кирилл Сидоренко', 'Kirill', 'Sidorenko']],
  ar_LB: [['رامي الخوري', 'Rami', 'Khoury'], ['ريم حداد', 'Reem', 'Haddad'], ['جورج عون', 'Georges', 'Aoun'], ['نادين فرحات', 'Nadine', 'Farhat'], ['Karim Salameh', 'Karim', 'Salameh'], ['هلا نصرالله', 'Hala', 'Nasrallah'], ['Maya Gemayel', 'Maya', 'Gemayel'], ['علي حمادة', 'Ali', 'Hamadeh']],
  zh_MO: [['陳家豪', 'Ka Hou', 'Chan'], ['黃詠詩', 'Weng Si', 'Wong'], ['李俊傑', 'Chon Kit', 'Lei'], ['何嘉欣', 'Ka Ian', 'Ho'], ['梁志明', 'Chi Meng', 'Leong'], ['Ana Maria Lam', 'Ana Maria', 'Lam'], ['區美玲', 'Mei Leng', 'Au'], ['吳偉強', 'Wai Keong', 'Ng']],
  ko: [['한서진', 'Seojin', 'Han'], ['문태윤', 'Taeyun', 'Moon'], ['남궁하린', 'Harin', 'Namgung'], ['유지호', 'Jiho', 'Yoo'], ['석예린', 'Yerin', 'Seok'], ['진도윤', 'Doyun', 'Jin'], ['구민서', 'Minseo', 'Koo'], ['하윤아', 'Yuna', 'Ha'], ['표건우', 'Geonwoo', 'Pyo'], ['엄소희', 'Sohee', 'Eom'], ['길재원', 'Jaewon', 'Gil']],
};
const MAIL_HOSTS = {
  es_BO: ['gmail.com', 'hotmail.com', 'entelnet.bo', 'yahoo.es'], pt_MZ: ['gmail.com', 'tvcabo.co.mz', 'yahoo.com.br', 'outlook.com'], fr_CM: ['gmail.com', 'yahoo.fr', 'camtel.cm', 'hotmail.fr'], en_JM: ['gmail.com', 'yahoo.com', 'flowja.com', 'hotmail.com'],
  ru_BY: ['mail.ru', 'tut.by', 'gmail.com', 'yandex.by'], de_LI: ['gmail.com', 'adon.li', 'bluewin.ch', 'gmx.net'], ar_LB: ['gmail.com', 'hotmail.com', 'idm.net.lb', 'outlook.com'], zh_MO: ['gmail.com', 'macau.ctm.net', 'yahoo.com.hk', 'qq.com'],
  fr_HT: ['gmail.com', 'yahoo.fr', 'hotmail.com'], nl_CW: ['gmail.com', 'hotmail.com', 'onenet.cw', 'outlook.com'], ko: ['naver.com', 'gmail.com', 'daum.net', 'hanmail.net', 'kakao.com'],
};
function someone(locale) {
  let name, latinFirst, latinLast;
  if (SCRIPT_NAMES[locale]) [name, latinFirst, latinLast] = pick(SCRIPT_NAMES[locale]);
  else {
    latinFirst = GIVEN[locale].person.firstName();
    latinLast = pick(FAMILY[locale]);
    name = `${latinFirst} ${latinLast}`;
    if (locale === 'fr_CM' && chance(0.3)) name = `${latinLast.toUpperCase()} ${latinFirst}`;
  }
  const first = ascii(latinFirst).toLowerCase() || 'ana';
  const last = ascii(latinLast).toLowerCase() || 'lam';
  const user = pick([`${first}.${last}`, `${first}${last}`, `${first[0]}${last}`, `${last}.${first[0]}`, `${first}.${last}${int(1, 99)}`, `${first}_${int(1970, 2007)}`, `${last}${first}`]);
  return { name, latinFirst, latinLast, latin: `${latinFirst} ${latinLast}`, email: `${user}@${pick(MAIL_HOSTS[locale])}` };
}
const COMPANIES = {
  es_BO: ['Andina Software S.R.L.', 'Illimani Logística S.A.', 'Salar Energía S.A.', 'Altiplano Foods S.R.L.'], pt_MZ: ['Índico Logística, Lda', 'Zambeze Tecnologias, Lda', 'Maputo Agro, S.A.', 'Limpopo Serviços, Lda'],
  fr_CM: ['Wouri Digital SARL', 'Sanaga Logistique SA', 'Mont Cameroun Agro SA', 'Bénoué Conseil SARL'], en_JM: ['Blue Mountain Data Ltd', 'Kingston Freight Ltd', 'Yallahs Foods Ltd', 'Cockpit Country Tours Ltd'],
  ru_BY: ['ООО «Немига Софт»', 'ЗАО «Свислочь Логистик»', 'ОАО «Полесье Агро»', 'ИООО «Браслав Дата»'], de_LI: ['Rhein Treuhand AG', 'Alpenblick Software Anstalt', 'Gutenberg Präzision AG', 'Three Sisters Consulting AG'],
  ar_LB: ['Cedars Tech SAL', 'Byblos Logistics SARL', 'Litani Foods SAL', 'Phoenicia Consulting SAL'], zh_MO: ['濠江數碼有限公司', 'Macau Harbour Logistics Lda', '氹仔酒店管理有限公司', 'Lotus Analytics Lda'],
  fr_HT: ['Citadelle Numérique SA', 'Artibonite Agro SA', 'Ayiti Logistique SA', 'Kenscoff Conseil'], nl_CW: ['Penha Digital B.V.', 'Schottegat Logistics N.V.', 'Kura Hulanda Services N.V.', 'Christoffel Data B.V.'],
  ko: ['(주)한결소프트', '새봄물류 주식회사', '(주)온누리바이오', '다온엔지니어링(주)', '(주)푸른데이터'],
};
const company = (locale) => pick(COMPANIES[locale]);
const hostOf = (name) => {
  const stem = ascii(name.replace(/\b(?:S\.R\.L|S\.A|SARL|SAL|Lda|Ltd|AG|Anstalt|B\.V|N\.V|SA)\b/gu, '')).toLowerCase().slice(0, 14);
  return `${stem.length >= 4 ? stem : pick(['peoplehub', 'hrdesk', 'talentia'])}.${pick(['com', 'net', 'org'])}`;
};
const workEmail = (p, host) => `${pick([ascii(p.latinFirst).toLowerCase().slice(0, 8) || 'rh', 'rh', 'hr', 'people', 'lettings', 'payroll'])}@${host}`;

// ---------------------------------------------------------------- words
const LABELS = {
  es_BO: { address: 'Domicilio', phone: 'Teléfono', mobile: 'Celular', email: 'Correo', hi: 'Estimados señores', bye: 'Atentamente' },
  pt_MZ: { address: 'Morada', phone: 'Telefone', mobile: 'Celular', email: 'E-mail', hi: 'Exmos. Senhores', bye: 'Com os melhores cumprimentos' },
  fr_CM: { address: 'Adresse', phone: 'Tél.', mobile: 'Portable', email: 'E-mail', hi: 'Madame, Monsieur', bye: 'Veuillez agréer mes salutations distinguées' },
  en_JM: { address: 'Address', phone: 'Tel', mobile: 'Cell', email: 'Email', hi: 'Dear Sir/Madam', bye: 'Yours respectfully' },
  ru_BY: { address: 'Адрес', phone: 'Тел.', mobile: 'Моб.', email: 'Эл. почта', hi: 'Добрый день', bye: 'С уважением' },
  de_LI: { address: 'Adresse', phone: 'Tel.', mobile: 'Natel', email: 'E-Mail', hi: 'Sehr geehrte Damen und Herren', bye: 'Freundliche Grüsse' },
  ar_LB: { address: 'العنوان', phone: 'هاتف', mobile: 'خلوي', email: 'البريد الإلكتروني', hi: 'حضرة المسؤول المحترم', bye: 'مع فائق الاحترام' },
  zh_MO: { address: '地址', phone: '電話', mobile: '手提電話', email: '電郵', hi: '敬啟者', bye: '此致' },
  fr_HT: { address: 'Adrès', phone: 'Telefòn', mobile: 'Selilè', email: 'Imèl', hi: 'Bonjou', bye: 'Mèsi anpil' },
  nl_CW: { address: 'Adres', phone: 'Tel.', mobile: 'Cel', email: 'E-mail', hi: 'Bon dia', bye: 'Met vriendelijke groet' },
};
const ENGLISH_LABELS = { address: 'Address', phone: 'Phone', mobile: 'Mobile', email: 'E-mail' };
const label = (locale, key) => (chance(0.7) ? LABELS[locale][key] : ENGLISH_LABELS[key]);
const CURRENCIES = { es_BO: 'Bs.', pt_MZ: 'MZN', fr_CM: 'FCFA', en_JM: 'J$', ru_BY: 'BYN', de_LI: 'CHF', ar_LB: 'USD', zh_MO: 'MOP', fr_HT: 'HTG', nl_CW: 'XCG' };

/** The surrounding words of the document kinds in each locale's language; `local(locale, key)` falls back to English for an international employer's form one time in three. */
const PHRASES = {
  en: { rental: 'Tenancy application — relocating employee', applicant: 'Applicant', previous: 'Previous address (last 3 years)', employer: 'Employer', guarantor: 'Guarantor', idSeen: 'ID seen', reference: 'This is to certify that the above has worked for us since', transfer: 'I would like to apply for the internal transfer to the regional office.', jobseeker: 'Jobseeker registration', tax: 'Declaration of tax residence', childcare: 'Childcare allowance claim', chat: 'Hi! For the relocation file I need a few details', viewing: 'Thanks. The flat viewing is at ', questions: 'Questions' },
  es: { rental: 'Solicitud de alquiler — traslado laboral', applicant: 'Solicitante', previous: 'Domicilio anterior', employer: 'Empleador', guarantor: 'Garante', idSeen: 'Documento presentado', reference: 'Certificamos que la persona indicada trabaja en nuestra empresa desde', transfer: 'Por medio de la presente solicito mi traslado a la oficina regional.', jobseeker: 'Registro de buscadores de empleo', tax: 'Declaración de residencia fiscal', childcare: 'Solicitud de bono de guardería', chat: 'Hola, para el traslado necesito algunos datos', viewing: 'Gracias. La visita al departamento es en ', questions: 'Consultas' },
  pt: { rental: 'Pedido de arrendamento — transferência de trabalho', applicant: 'Requerente', previous: 'Morada anterior', employer: 'Entidade patronal', guarantor: 'Fiador', idSeen: 'Documento apresentado', reference: 'Declaramos que o(a) trabalhador(a) acima indicado(a) trabalha connosco desde', transfer: 'Venho por este meio solicitar a transferência interna para a delegação regional.', jobseeker: 'Inscrição de candidato a emprego', tax: 'Declaração de residência fiscal', childcare: 'Pedido de subsídio de creche', chat: 'Olá! Para o processo de transferência preciso de alguns dados', viewing: 'Obrigado. A visita ao apartamento é na ', questions: 'Contacto' },
  fr: { rental: 'Dossier de location — mutation professionnelle', applicant: 'Candidat', previous: 'Adresse précédente', employer: 'Employeur', guarantor: 'Garant', idSeen: 'Pièce présentée', reference: 'Nous attestons que la personne susnommée travaille chez nous depuis', transfer: 'Je sollicite par la présente ma mutation interne à l’agence régionale.', jobseeker: 'Inscription des demandeurs d’emploi', tax: 'Déclaration de résidence fiscale', childcare: 'Demande d’allocation de garde d’enfant', chat: 'Bonjour, pour votre dossier de mutation il me faut quelques informations', viewing: 'Merci. La visite de l’appartement est au ', questions: 'Contact' },
  ht: { rental: 'Demann pou lwe kay — transfè travay', applicant: 'Moun k ap fè demann lan', previous: 'Ansyen adrès', employer: 'Patwon', guarantor: 'Garanti', idSeen: 'Dokiman', reference: 'Nou sètifye moun sa a ap travay avè nou depi', transfer: 'Mwen ta renmen fè yon demann transfè nan biwo rejyonal la.', jobseeker: 'Enskripsyon pou moun k ap chèche travay', tax: 'Deklarasyon rezidans fiskal', childcare: 'Demann èd pou gadri', chat: 'Bonjou! Mwen bezwen kèk enfòmasyon pou dosye a', viewing: 'Mèsi. Vizit kay la se nan ', questions: 'Kontak' },
  ru: { rental: 'Заявка на аренду квартиры (переезд по работе)', applicant: 'Заявитель', previous: 'Прежний адрес', employer: 'Работодатель', guarantor: 'Поручитель', idSeen: 'Предъявлен документ', reference: 'Настоящим подтверждаем, что указанный сотрудник работает у нас с', transfer: 'Прошу рассмотреть мой перевод в региональный офис.', jobseeker: 'Регистрация в службе занятости', tax: 'Декларация о налоговом резидентстве', childcare: 'Заявление на компенсацию детского сада', chat: 'Добрый день! Для оформления переезда нужны ваши данные', viewing: 'Спасибо. Просмотр квартиры по адресу ', questions: 'Вопросы' },
  de: { rental: 'Mietinteressent — Umzug wegen Stellenantritt', applicant: 'Mietinteressent/in', previous: 'Bisherige Adresse', employer: 'Arbeitgeber', guarantor: 'Bürge', idSeen: 'Ausweis vorgelegt', reference: 'Wir bestätigen, dass die genannte Person seit folgendem Jahr bei uns angestellt ist:', transfer: 'Hiermit bewerbe ich mich um die interne Versetzung an den Standort der Region.', jobseeker: 'Anmeldung zur Stellensuche (AMS)', tax: 'Erklärung zum steuerlichen Wohnsitz', childcare: 'Antrag auf Kita-Zuschuss', chat: 'Grüezi! Für die Umzugsunterlagen bräuchte ich noch ein paar Angaben', viewing: 'Danke. Die Wohnungsbesichtigung ist an der ', questions: 'Rückfragen' },
  ar: { rental: 'طلب استئجار شقة — انتقال عمل', applicant: 'مقدم الطلب', previous: 'العنوان السابق', employer: 'صاحب العمل', guarantor: 'الكفيل', idSeen: 'المستند المقدم', reference: 'نشهد بأن المذكور أعلاه يعمل لدينا منذ عام', transfer: 'أتقدم بطلب نقل داخلي إلى المكتب الإقليمي.', jobseeker: 'تسجيل طالبي العمل', tax: 'إقرار الإقامة الضريبية', childcare: 'طلب بدل حضانة', chat: 'مرحبا، نحتاج بعض المعلومات لملف الانتقال', viewing: 'شكرا. معاينة الشقة في ', questions: 'للاستفسار' },
  zh: { rental: '租屋申請表（工作調動）', applicant: '申請人', previous: '舊地址', employer: '僱主', guarantor: '擔保人', idSeen: '已核對證件', reference: '茲證明上述人士自以下年份起受僱於本公司：', transfer: '本人謹申請調往分行工作。', jobseeker: '求職登記表', tax: '稅務居民身份聲明', childcare: '托兒津貼申請表', chat: '你好！搬遷手續需要你提供一些資料', viewing: '多謝。睇樓地址：', questions: '查詢' },
  nl: { rental: 'Huuraanvraag — verhuizing voor werk', applicant: 'Aanvrager', previous: 'Vorig adres', employer: 'Werkgever', guarantor: 'Borg', idSeen: 'Legitimatie gezien', reference: 'Hierbij verklaren wij dat bovengenoemde persoon bij ons in dienst is sinds', transfer: 'Hierbij solliciteer ik naar de interne overplaatsing naar het regiokantoor.', jobseeker: 'Inschrijving werkzoekende', tax: 'Verklaring fiscale woonplaats', childcare: 'Aanvraag kinderopvangtoeslag', chat: 'Bon dia! Voor je verhuisdossier heb ik nog wat gegevens nodig', viewing: 'Danki. De bezichtiging is op ', questions: 'Vragen' },
};
const LANGUAGE = { es_BO: 'es', pt_MZ: 'pt', fr_CM: 'fr', en_JM: 'en', ru_BY: 'ru', de_LI: 'de', ar_LB: 'ar', zh_MO: 'zh', fr_HT: 'ht', nl_CW: 'nl' };
const local = (locale, key) => PHRASES[chance(0.67) ? LANGUAGE[locale] : 'en'][key];

// ---------------------------------------------------------------- hard negatives
const REGISTRY_NUMBERS = {
  es_BO: () => pick([`NIT ${nz(9)}${digits(1)}`, `Matrícula de Comercio ${nz(6)}`, `Fundempresa ${nz(8)}`]),
  pt_MZ: () => pick([`NUIT ${nz(9)}`, `Alvará n.º ${int(100, 999)}/${int(2010, 2025)}`, `INSS ${nz(9)}`]),
  fr_CM: () => pick([`NIU M${digits(12)}${letter()}`, `RCCM RC/DLA/${int(2008, 2025)}/B/${int(100, 9999)}`, `CNPS ${nz(9)}-${letter()}`]),
  en_JM: () => pick([`Company No. ${int(50000, 120000)}`, `GCT Reg. ${nz(9)}`, `NIS employer ${nz(6)}`]),
  ru_BY: () => pick([`УНП ${nz(9)}`, `ОКПО ${nz(8)}`, `рег. № ${int(100, 999)}/${int(2010, 2025)}`]),
  de_LI: () => pick([`Handelsregister FL-0002.${digits(3)}.${digits(3)}-${digits(1)}`, `MWST-Nr. ${nz(5)}`, `AHV-Abrechnungsnr. ${nz(6)}`]),
  ar_LB: () => pick([`Commercial Register ${nz(7)}`, `رقم السجل التجاري ${nz(6)}`, `VAT ${nz(6)}-601`]),
  zh_MO: () => pick([`商業登記編號 ${int(10000, 99999)}(SO)`, `納稅人編號 ${nz(8)}`, `社會保障基金 ${nz(8)}`]),
  fr_HT: () => pick([`NIF ${digits(3)}-${digits(3)}-${digits(3)}-${digits(1)}`, `Patente ${nz(8)}`, `Matricule fiscale ${nz(6)}`]),
  nl_CW: () => pick([`KvK ${int(100000, 169999)}`, `CRIB ${nz(9)}`, `SVB werkgever ${nz(6)}`]),
};
/** A sentence with numbers (or places) that are not personal data. */
function decoyLine(locale) {
  return oneOf(
    () => `${REGISTRY_NUMBERS[locale]()}.`,
    () => `Ref. ${letter()}${letter()}${letter()}-${int(2026, 2027)}-${digits(4)}.`,
    () => `Rent ${int(150, 4000)} ${CURRENCIES[locale]} per month, deposit ${int(1, 3)} months.`,
    () => `Flat ${int(1, 12)}${letter('ABCDEF')}, ${int(35, 160)} m², ${int(1, 4)} rooms.`,
    () => `Contract term ${int(6, 36)} months from ${int(1, 28)}.${int(1, 12)}.2027.`,
    () => `Cost centre ${int(1000, 9999)}-${digits(2)}.`,
    () => `Grade ${letter('ABCDE')}${int(1, 9)}, step ${int(1, 12)}.`,
    () => `Ticket #${nz(6)} (priority ${int(1, 4)}).`,
    () => `Tax year ${int(2025, 2027)}, ${int(1, 4)} dependants.`,
    () => `Office hours ${pad(int(7, 10), 2)}:${pick(['00', '30'])}–${int(15, 19)}:00.`,
    () => `Monthly allowance ${int(50, 900)} ${CURRENCIES[locale]} per child.`,
    () => `Transfer effective week ${int(1, 52)}/${int(2026, 2027)}.`,
    () => `Page ${int(1, 3)} of ${int(3, 5)}, form v${int(1, 9)}.${int(0, 9)}.`,
    () => `Messages: ${int(12, 480)}, media: ${int(0, 30)}.`,
  );
}
const KO_NOISE = [
  () => `문서번호 ${int(2026, 2027)}-인사-${digits(4)}`, () => `접수번호 ${digits(3)}-${digits(7)}`, () => `보증금 ${int(1, 50)}천만 원 / 월세 ${int(30, 150)}만 원`, () => `계약기간 ${int(12, 24)}개월`,
  () => `사번 ${int(2010, 2026)}${digits(4)}`, () => `출장비 ${int(50, 600)}만 원`, () => `증명서 발급번호 ${digits(4)}-${digits(4)}-${digits(4)}`, () => `육아휴직 ${int(1, 12)}개월`,
  () => `부양가족 ${int(1, 5)}명`, () => `법인등록번호 ${pick(['110111', '131111', '124311', '150111', '285011'])}-0${digits(6)} (법인)`, () => `사업자등록번호 ${businessRegistrationNumber()}`,
  () => `항공편 KE${int(100, 999)}`, () => `공제액 ${int(10, 300)}만 원`, () => `결재일 2026. ${int(1, 12)}. ${int(1, 28)}.`,
];
const koNoise = () => pick(KO_NOISE)();

// ---------------------------------------------------------------- small writers
/** A cue without its trailing colon and spaces, for a label that stands on its own line or in a table cell. */
const bare = (cue) => cue.trimEnd().replace(/[:：]$/u, '');
/** A labelled row: `label value` on one line, or the label on its own line, or (one in ten) the value alone. */
function row(doc, rowLabel, type, value) {
  const r = int(1, 10);
  if (r <= 6) doc.add(rowLabel);
  else if (r <= 9) doc.add(`${bare(rowLabel)}\n`);
  doc.entity(type, value).add('\n');
}
/** An id of a claimed type, a passport or (where it has its own number) a driving licence. */
function identity(doc, locale, p) {
  const r = int(1, 10);
  const lic = licence(locale);
  if (r <= 5) {
    const [cue, value, type] = heldId(locale, p);
    doc.add(cue).entity(type, value);
  } else if (r <= 8 || !lic) {
    const [cue, value] = passport(locale);
    doc.add(cue).entity('PASSPORT', value);
  } else doc.add(lic[0]).entity('DRIVER_LICENSE', lic[1]);
}
const dateIn2027 = () => `${int(1, 28)}.${pad(int(1, 12), 2)}.2027`;

// ---------------------------------------------------------------- document kinds (ten locales)
const KINDS = {
  /** A letting agent's rental application from someone moving for a job: current and previous address, employer's HR line, a guarantor. */
  rentalApplication(doc, locale, p) {
    const employer = company(locale);
    doc.add(`${local(locale, 'rental')}\n${decoyLine(locale)}\n\n${local(locale, 'applicant')}: ${p.name}\n`);
    doc.add(birthCue(locale)).entity('DATE_OF_BIRTH', dateOfBirth(locale)).add('\n');
    row(doc, `${label(locale, 'address')}: `, 'ADDRESS', address(locale, chance(0.5)));
    if (chance(0.5)) row(doc, `${local(locale, 'previous')}: `, 'ADDRESS', address(locale, chance(0.4)));
    row(doc, `${label(locale, 'mobile')}: `, 'PHONE', phoneOfLocale(locale));
    row(doc, `${label(locale, 'email')}: `, 'EMAIL', p.email);
    doc.add(`${local(locale, 'employer')}: ${employer}, HR `).entity('PHONE', phoneOfLocale(locale, true)).add('\n');
    if (chance(0.5)) {
      const g = someone(locale);
      doc.add(`${local(locale, 'guarantor')}: ${g.name}, `).entity('ADDRESS', address(locale)).add(', ').entity('PHONE', phoneOfLocale(locale)).add('\n');
    }
    if (chance(0.6)) {
      doc.add(`${local(locale, 'idSeen')}: `);
      identity(doc, locale, p);
      doc.add('\n');
    }
    if (chance(0.3)) doc.add('Holding deposit by card: ').entity('CREDIT_CARD', card()).add('\n');
  },
  /** An employer's reference for a landlord, sent by HR: the tenant's details and HR's own contacts. */
  landlordReference(doc, locale, p) {
    const employer = company(locale);
    const hr = someone(locale);
    const host = hostOf(employer);
    doc.add(`${employer}\n`);
    if (chance(0.7)) doc.entity('ADDRESS', address(locale, true)).add('\n');
    doc.add(`\n${LABELS[locale].hi},\n\nEmployment reference for ${p.name}`);
    if (chance(0.6)) doc.add(' (').add(chance(0.5) ? 'born ' : 'DOB ').entity('DATE_OF_BIRTH', dateOfBirth(locale)).add(')');
    doc.add(`. ${local(locale, 'reference')} ${int(2015, 2025)}. ${decoyLine(locale)}\n`);
    if (chance(0.5)) doc.add(`${pick(['The tenant currently lives at ', 'Our records give the home address as '])}`).entity('ADDRESS', address(locale)).add('.\n');
    doc.add(`${local(locale, 'questions')}: ${hr.name}, `).entity('PHONE', phoneOfLocale(locale, true)).add(', ').entity('EMAIL', workEmail(hr, host)).add('\n');
    doc.add(`\n${LABELS[locale].bye},\n${hr.name}\n`);
  },
  /** A chat with HR or a relocation agent copied out of a messenger (Telegram, Viber, WeChat, Signal layouts). */
  messengerCopy(doc, locale, p) {
    const other = someone(locale);
    const layout = int(0, 2);
    let minute = int(8 * 60, 11 * 60);
    const day = `${int(1, 28)}.${pad(int(1, 12), 2)}.2026`;
    const say = (who) => {
      minute += int(1, 90);
      const time = `${pad(Math.floor(minute / 60) % 24, 2)}:${pad(minute % 60, 2)}`;
      if (layout === 0) return `${who}, [${day} ${time}]\n`;
      if (layout === 1) return `[${time}] ${who}: `;
      return `${who} ${time}\n`;
    };
    const end = layout === 1 ? '\n' : '\n\n';
    doc.add(`${say(other.latin)}${local(locale, 'chat')}${end}`);
    const lines = shuffle([
      () => doc.add(`${say(p.latin)}${pick(['address: ', 'I live at ', ''])}`).entity('ADDRESS', address(locale, layout !== 1 && chance(0.3))).add(end),
      () => doc.add(`${say(p.latin)}${pick(['born ', 'dob ', 'Birthday: '])}`).entity('DATE_OF_BIRTH', dateOfBirth(locale)).add(end),
      () => doc.add(say(p.latin)).entity('EMAIL', p.email).add(end),
      () => doc.add(`${say(p.latin)}${pick(['my wife’s number ', 'second number: ', 'call this one '])}`).entity('PHONE', phoneOfLocale(locale)).add(end),
      () => {
        doc.add(say(p.latin));
        identity(doc, locale, p);
        doc.add(`${end}${say(p.latin)}${pick(['photo.jpg', '[Photo]', 'IMG_2041.jpg'])}${end}`);
      },
      () => {
        doc.add(`${say(p.latin)}${pick(['salary to ', 'pay into ', 'account — '])}`);
        payment(doc, locale);
        doc.add(end);
      },
      () => doc.add(`${say(other.latin)}${decoyLine(locale)}${end}`),
    ]).slice(0, int(3, 7));
    for (const line of lines) line();
    doc.add(`${say(other.latin)}${local(locale, 'viewing')}`).entity('ADDRESS', address(locale)).add(end);
    if (chance(0.5)) doc.add(`${say(other.latin)}${pick(['Agent: ', 'Landlord: ', 'If late call '])}`).entity('PHONE', phoneOfLocale(locale)).add(end);
  },
  /** The personal-data table of a CV as extracted from Word: tab-separated label and value, some rows without a label. */
  cvTabbedPersonalData(doc, locale, p) {
    doc.add(`${p.name.toUpperCase()}\n${pick(['Curriculum Vitae', 'CV', 'Résumé'])}\n\n${pick(['PERSONAL DATA', 'Personal details', 'Contact'])}\n`);
    const cells = shuffle([
      () => doc.add(`${label(locale, 'address')}\t`).entity('ADDRESS', address(locale, false)).add('\n'),
      () => doc.add(`${label(locale, 'mobile')}\t`).entity('PHONE', phoneOfLocale(locale)).add('\n'),
      () => doc.add(`${label(locale, 'email')}\t`).entity('EMAIL', p.email).add('\n'),
      () => (chance(0.6) ? doc.add(`${bare(birthCue(locale))}\t`).entity('DATE_OF_BIRTH', dateOfBirth(locale)).add('\n') : doc.add('\t').entity('DATE_OF_BIRTH', dateOfBirth(locale)).add(`\t${pick(['married', 'single', '2 children'])}\n`)),
      () => {
        const lic = licence(locale);
        if (lic && chance(0.5)) doc.add(`${bare(lic[0])}\t`).entity('DRIVER_LICENSE', lic[1]).add('\n');
        else doc.add(`${LICENCE_WORDS[locale] ?? 'Driving licence\tB'}\n`);
      },
      () => {
        if (chance(0.35)) {
          identity(doc, locale, p);
          doc.add('\n');
        } else doc.add(`${decoyLine(locale)}\n`);
      },
      () => (chance(0.35) ? doc.add(`${label(locale, 'phone')} (home)\t`).entity('PHONE', phoneOfLocale(locale)).add('\n') : doc.add(`Languages\t${pick(['English, French', 'Spanish, English', 'Papiamentu, Dutch, English', 'Russian, Belarusian, English'])}\n`)),
    ]).slice(0, int(4, 7));
    for (const cell of cells) cell();
    doc.add(`\n${pick(['EXPERIENCE', 'WORK HISTORY'])}\n${int(2014, 2023)}–${pick(['now', String(int(2024, 2026))])}\t${company(locale)}\n`);
  },
  /** A cover letter for an internal transfer to another office: the writer's letterhead and home address, sometimes the new one. */
  internalTransferLetter(doc, locale, p) {
    doc.add(`${p.name}\n`);
    if (chance(0.75)) doc.entity('ADDRESS', address(locale, chance(0.7))).add('\n');
    if (chance(0.7)) doc.entity('PHONE', phoneOfLocale(locale)).add(chance(0.5) ? ' · ' : '\n');
    if (chance(0.8)) doc.entity('EMAIL', p.email).add('\n');
    if (!doc.text.endsWith('\n')) doc.add('\n');
    doc.add(`\n${dateIn2027()}\n\nTo: Internal Mobility, ${company(locale)}\n\n${LABELS[locale].hi},\n\n${local(locale, 'transfer')} ${decoyLine(locale)}\n`);
    if (chance(0.3)) doc.add(`${pick(['For the mobility allowance: date of birth ', 'HR asked for my birth date: '])}`).entity('DATE_OF_BIRTH', dateOfBirth(locale)).add('.\n');
    if (chance(0.35)) doc.add(`${pick(['From next month I can be reached at ', 'My new home from March: '])}`).entity('ADDRESS', address(locale)).add('.\n');
    if (chance(0.35)) doc.add(`${pick(['My line manager can be reached on ', 'Reference: my manager, '])}`).entity('PHONE', phoneOfLocale(locale, true)).add('.\n');
    doc.add(`\n${LABELS[locale].bye},\n${p.name}\n`);
  },
  /** A personnel record card as OCR reads it: field numbers, pipes, stray characters, ticked boxes. */
  scannedPersonnelCard(doc, locale, p) {
    doc.add(`${company(locale).toUpperCase()} — PERSONNEL RECORD CARD  Nº ${int(100, 9999)}\n${pick(['[scan]', '— page 1 —', '|||'])}\n01 Surname / Given names: ${p.latinLast.toUpperCase()} , ${p.latinFirst}\n`);
    doc.add(`02 ${pick(['Date of birth', 'D.O.B.', 'Birth'])} ..... `).entity('DATE_OF_BIRTH', dateOfBirth(locale)).add(`   03 Sex [${pick(['x', 'X', '✓'])}] M [ ] F\n`);
    doc.add('04 Residence:\n').entity('ADDRESS', address(locale, true)).add('\n');
    doc.add(`05 ${pick(['Tel', 'Tel.', 'Phone'])} : `).entity('PHONE', phoneOfLocale(locale)).add(` 06 ${pick(['Email', 'e-mail'])}: `).entity('EMAIL', p.email).add('\n');
    if (chance(0.65)) {
      doc.add('07 Document: ');
      identity(doc, locale, p);
      doc.add('\n');
    }
    if (chance(0.55)) {
      doc.add('08 Salary to: ');
      payment(doc, locale);
      doc.add('\n');
    }
    const kin = someone(locale);
    doc.add(`09 Next of kin: ${kin.name} — `).entity('PHONE', phoneOfLocale(locale)).add('\n');
    doc.add(`${decoyLine(locale)}\nSignature ________   ${pick(['Stamp', '(illegible)'])}\n`);
  },
  /** Registration with the public employment service after a job ends: id, birth date, address, phone, account for benefits. */
  employmentServiceRegistration(doc, locale, p) {
    doc.add(`${local(locale, 'jobseeker')}\n${decoyLine(locale)}\n\n${local(locale, 'applicant')}: ${p.name}\n`);
    doc.add(birthCue(locale)).entity('DATE_OF_BIRTH', dateOfBirth(locale)).add('\n');
    row(doc, `${label(locale, 'address')}: `, 'ADDRESS', address(locale, chance(0.45)));
    row(doc, `${label(locale, 'phone')}: `, 'PHONE', phoneOfLocale(locale));
    if (chance(0.6)) row(doc, `${label(locale, 'email')}: `, 'EMAIL', p.email);
    doc.add('Identity document: ');
    identity(doc, locale, p);
    doc.add(`\nLast employer: ${company(locale)}, ended ${dateIn2027()}\n`);
    if (chance(0.6)) {
      doc.add('Benefit paid to: ');
      payment(doc, locale);
      doc.add('\n');
    }
    if (chance(0.35)) doc.add('Your adviser: ').entity('PHONE', phoneOfLocale(locale, true)).add('\n');
  },
  /** A tax-residency declaration for payroll: residence address, other countries' tax ids, birth date. */
  taxResidencyDeclaration(doc, locale, p) {
    doc.add(`${local(locale, 'tax')}\n${decoyLine(locale)}\n\n${local(locale, 'applicant')}: ${p.name}\n`);
    if (chance(0.6)) doc.add(birthCue(locale)).entity('DATE_OF_BIRTH', dateOfBirth(locale)).add('\n');
    row(doc, 'Residence address: ', 'ADDRESS', address(locale, chance(0.5)));
    const [cue, value, type] = heldId(locale, p);
    doc.add(`Foreign tax / social security number — ${cue}`).entity(type, value).add('\n');
    if (chance(0.3)) {
      const [cue2, value2, type2] = heldId(locale, p);
      doc.add(`Other: ${cue2}`).entity(type2, value2).add('\n');
    }
    if (chance(0.5)) {
      doc.add('Salary account: ');
      payment(doc, locale);
      doc.add('\n');
    }
    doc.add('Contact: ').entity('PHONE', phoneOfLocale(locale)).add(chance(0.5) ? ' / ' : '\n');
    if (!doc.text.endsWith('\n')) doc.entity('EMAIL', p.email).add('\n');
  },
  /** A claim for the employer's childcare benefit: the child's birth date, the home address, the account to pay. */
  childcareBenefitClaim(doc, locale, p) {
    const child = someone(locale);
    doc.add(`${company(locale)} — ${local(locale, 'childcare')}\n\n${local(locale, 'applicant')}: ${p.name}\n${child.latinFirst}\n`);
    doc.add(`Child — ${birthCue(locale)}`).entity('DATE_OF_BIRTH', dateOfBirth(locale, 2014, 2025)).add('\n');
    if (chance(0.5)) doc.add(`Employee — ${birthCue(locale)}`).entity('DATE_OF_BIRTH', dateOfBirth(locale)).add('\n');
    row(doc, `${label(locale, 'address')}: `, 'ADDRESS', address(locale, chance(0.4)));
    if (chance(0.5)) {
      doc.add(`Crèche: ${pick(['Little Stars', 'Les Petits Génies', 'Kita Sonnenschein', 'Guardería Arcoíris'])}, `).entity('ADDRESS', address(locale)).add(', ').entity('PHONE', phoneOfLocale(locale, true)).add('\n');
    }
    doc.add('Pay to: ');
    payment(doc, locale);
    doc.add(`\n${label(locale, 'mobile')}: `).entity('PHONE', phoneOfLocale(locale)).add(`\n${decoyLine(locale)}\n`);
  },
};

// ---------------------------------------------------------------- Korean document kinds
const KO_KINDS = {
  /** 주택임대차계약서의 당사자 표시: 임대인과 임차인의 주소, 주민등록번호, 전화. */
  임대차계약서(doc, p) {
    const landlord = someone('ko');
    doc.add(`${pick(['주택임대차표준계약서', '주택 임대차 계약서', '전세계약서'])}\n${koNoise()}\n\n임차주택의 표시\n소재지: `).entity('ADDRESS', address('ko')).add('\n\n');
    for (const [role, who] of shuffle([['임대인', landlord], ['임차인', p]])) {
      doc.add(`[${role}] 성명 ${who.name}\n주소: `).entity('ADDRESS', address('ko', chance(0.25))).add('\n');
      if (chance(0.8)) {
        const [cue, id, type] = heldId('ko', who);
        doc.add(cue).entity(type, id).add('\n');
      }
      doc.add(pick(['전화: ', '연락처 ', '휴대폰 '])).entity('PHONE', phoneOfLocale('ko')).add('\n');
    }
    if (chance(0.5)) {
      const [lead, value, trail] = domesticAccount('ko');
      doc.add(`보증금 입금 계좌: ${lead}`).entity('BANK_ACCOUNT', value).add(`${trail} (예금주 ${landlord.name})\n`);
    }
    if (chance(0.15)) doc.add('※ 초안에 적힌 ').decoy(krWritten(impossibleRegistration())).add(' 는 오타로 폐기합니다.\n');
  },
  /** 건강보험 피부양자 등록: 가족의 주민등록번호나 생년월일. */
  피부양자등록(doc, p) {
    doc.add(`${pick(['직장가입자 피부양자 자격취득 신고서', '건강보험 피부양자 등록 신청', '피부양자 추가 요청'])}\n${koNoise()}\n\n직장가입자: ${p.name}\n`);
    const [cue, id, type] = heldId('ko', p);
    doc.add(cue).entity(type, id).add('\n');
    for (let k = int(1, 3); k > 0; k--) {
      const relative = someone('ko');
      doc.add(`${pick(['배우자', '자녀', '부', '모', '자녀'])} ${relative.name} `);
      if (chance(0.6)) doc.entity('KR_RRN', krWritten(registration('KR_RRN')));
      else doc.add('(생년월일 ').entity('DATE_OF_BIRTH', dateOfBirth('ko')).add(')');
      doc.add('\n');
    }
    row(doc, '연락처: ', 'PHONE', phoneOfLocale('ko'));
    if (chance(0.3)) doc.add('회신 메일 ').entity('EMAIL', p.email).add('\n');
    if (chance(0.15)) doc.add('(작년 신고서의 ').decoy(krWritten(impossibleRegistration())).add(' 는 잘못 기재된 번호입니다.)\n');
  },
  /** 해외출장 신청: 여권, 생년월일, 비상연락처. */
  해외출장신청(doc, p) {
    doc.add(`${pick(['해외출장 신청서', '국외 출장 품의', '해외 출장 계획서'])}\n${koNoise()}\n\n출장자: ${p.name} (영문 ${p.latinLast.toUpperCase()} ${p.latinFirst.toUpperCase()})\n`);
    doc.add(birthCue('ko')).entity('DATE_OF_BIRTH', dateOfBirth('ko')).add('\n');
    const [cue, value] = passport('ko');
    doc.add(cue).entity('PASSPORT', value).add(` (만료 ${int(2028, 2036)}. ${int(1, 12)}. ${int(1, 28)}.)\n`);
    row(doc, '휴대전화: ', 'PHONE', phoneOfLocale('ko'));
    const kin = someone('ko');
    doc.add(`비상연락처: ${kin.name} `).entity('PHONE', phoneOfLocale('ko')).add('\n');
    if (chance(0.35)) doc.add('법인카드: ').entity('CREDIT_CARD', card()).add('\n');
    if (chance(0.3)) {
      const [licenceCue, licenceNo] = licence('ko');
      doc.add(`(현지 차량 대여용) ${licenceCue}`).entity('DRIVER_LICENSE', licenceNo).add('\n');
    }
  },
  /** 재직증명서 발급 신청: 주소, 주민번호, 받을 곳. */
  재직증명서발급(doc, p) {
    doc.add(`[재직증명서 발급 신청]\n${koNoise()}\n\n성명: ${p.name}\n`);
    if (chance(0.7)) {
      const [cue, id, type] = heldId('ko', p);
      doc.add(cue).entity(type, id).add('\n');
    } else doc.add(birthCue('ko')).entity('DATE_OF_BIRTH', dateOfBirth('ko')).add('\n');
    row(doc, '주소: ', 'ADDRESS', address('ko', chance(0.3)));
    const byMail = chance(0.6);
    doc.add(`용도: ${pick(['은행 제출', '비자 신청', '전세자금 대출', '어린이집 제출'])}\n수령 방법: ${byMail ? '이메일 ' : '팩스 '}`);
    if (byMail) doc.entity('EMAIL', p.email);
    else doc.entity('PHONE', phoneOfLocale('ko', true));
    doc.add('\n문의: 인사팀 ').entity('PHONE', phoneOfLocale('ko', true)).add('\n');
  },
  /** 육아휴직 신청: 자녀의 생년월일, 휴직 중 연락처와 주소, 급여 계좌. */
  육아휴직신청(doc, p) {
    const child = someone('ko');
    doc.add(`${pick(['육아휴직 신청서', '육아휴직 및 급여 신청'])}\n${koNoise()}\n\n신청인: ${p.name}\n자녀: ${child.name} (`).entity('DATE_OF_BIRTH', dateOfBirth('ko', 2018, 2026)).add(' 출생)\n');
    if (chance(0.5)) doc.entity('KR_RRN', krWritten(registration('KR_RRN', chance(0.5) ? 'post2020' : 'pre2020'))).add(' (자녀 주민등록번호)\n');
    row(doc, '휴직 중 연락처: ', 'PHONE', phoneOfLocale('ko'));
    row(doc, '휴직 중 주소: ', 'ADDRESS', address('ko', chance(0.3)));
    const [lead, value, trail] = domesticAccount('ko');
    doc.add(`급여 입금 계좌: ${lead}`).entity('BANK_ACCOUNT', value).add(`${trail}\n`);
  },
  /** 사내 메신저 대화 복사: 인사담당자와의 대화 (이름과 시각이 한 줄, 내용이 다음 줄). */
  사내메신저대화(doc, p) {
    const hr = someone('ko');
    let minute = int(9 * 60, 11 * 60);
    const stamp = (who) => {
      minute += int(1, 50);
      const h = Math.floor(minute / 60);
      return `${who}${pick(['  ', ' · '])}${h < 12 ? '오전' : '오후'} ${h > 12 ? h - 12 : h}:${pad(minute % 60, 2)}\n`;
    };
    doc.add(`${stamp(hr.name)}${pick(['입사 서류 관련해서 몇 가지만 여쭤볼게요', '급여 등록 때문에 정보 부탁드립니다'])}\n`);
    const lines = shuffle([
      () => doc.add(`${stamp(p.name)}${pick(['주소는 ', '집 주소 '])}`).entity('ADDRESS', address('ko')).add(' 입니다\n'),
      () => {
        const [cue, id, type] = heldId('ko', p);
        doc.add(`${stamp(p.name)}${cue}`).entity(type, id).add('\n');
      },
      () => {
        const [lead, value, trail] = domesticAccount('ko');
        doc.add(`${stamp(p.name)}${lead}`).entity('BANK_ACCOUNT', value).add(`${trail} 으로 부탁드려요\n`);
      },
      () => doc.add(`${stamp(p.name)}메일은 `).entity('EMAIL', p.email).add('\n'),
      () => doc.add(`${stamp(p.name)}생일 `).entity('DATE_OF_BIRTH', dateOfBirth('ko')).add(' 이에요\n'),
      () => doc.add(`${stamp(hr.name)}${koNoise()} 참고하세요\n`),
    ]).slice(0, int(3, 6));
    for (const line of lines) line();
    doc.add(`${stamp(hr.name)}${pick(['급한 일은 ', '제 번호 '])}`).entity('PHONE', phoneOfLocale('ko', chance(0.5))).add(pick([' 로 연락주세요\n', '\n']));
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
  if (!korean && chance(0.1)) doc.add(`\n${pick(['Tracking no. ', 'Serial ', 'Order # ', 'Lot '])}`).decoy(krWritten(impossibleRegistration())).add('\n');
  cases.push(doc.asCase(`w20-${pad(cases.length, 4)}`, `${kind}/${locale}`));
}

// ---------------------------------------------------------------- Korean number vectors
// writeKoreanNumberVectors writes the fourteen categories; the surroundings are this set's own: a tenancy
// contract's party line, a health-insurance dependants form, a company-messenger line, a hospital reception
// slip, a car-sharing sign-up, a hotel check-in card, a gym sign-up, an insurance claim, corner brackets.
const AROUND = [['', ''], ['[사내메신저] ', ''], ['임대차계약서 임차인 ', ''], ['병원 접수증: ', ''], ['', ' (보험금 청구서 기재)'], ['차량공유 회원가입 ', ''], ['호텔 체크인 카드 — ', ''], ['', ' 로 회원 가입했습니다'], ['「', '」']];
const FRAMES = {
  KR_RRN: [...AROUND, ['건강보험 피부양자 주민등록번호 ', ''], ['임대인 주민등록번호: ', ''], ['[사내메신저] 주민번호 ', ' 맞으시죠?'], ['헬스장 회원가입서 주민등록번호 ', '']],
  KR_FRN: [...AROUND, ['외국인등록번호 ', ' (F-6)'], ['임차인(외국인) 등록번호 ', ''], ['Foreigner reg. no. ', ''], ['병원 접수증 외국인등록번호: ', '']],
  decoy: [...AROUND, ['주민등록번호 ', ''], ['외국인등록번호 ', ''], ['임대차계약서 주민번호 ', ' (확인 요망)']],
  PASSPORT: [['여권번호 ', ''], ['호텔 체크인 카드 — 여권 ', ''], ['[사내메신저] 여권번호 ', ' 보내드립니다'], ['Passport no. ', '']],
  DRIVER_LICENSE: [['운전면허번호 ', ''], ['차량공유 회원가입 면허번호 ', ''], ['「면허번호 ', '」'], ['Driver licence ', '']],
  BANK_ACCOUNT: [['환급계좌 ', ''], ['보험금 수령 계좌 ', ''], ['[사내메신저] 계좌 ', ' 입니다'], ['보증금 반환 계좌: ', '']],
  business: [['사업자등록번호 ', ''], ['임대인(사업자) 등록번호 ', ''], ['「사업자번호 ', '」'], ['Business reg. no. ', '']],
  military: [['군번 ', ''], ['학번: ', ''], ['수험번호 ', ' (1교시)'], ['회원번호 ', '']],
};

// ---------------------------------------------------------------- write and freeze
const makers = { written: krWritten, bornBetween, registration, impossibleRegistration, businessRegistrationNumber, passport: () => passport('ko')[1], driverLicence: () => licence('ko')[1], bankAccount: () => domesticAccount('ko')[1] };
finishHeldBackSet({ wave: 20, dir: DIR, seed: SEED, frozenOn: FROZEN_ON, cases, frames: FRAMES, stream, makers });
