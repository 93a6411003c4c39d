// Builds test/fixtures/pii/heldback-w24/: the wave 24 held-back labelled set for the sensitive-data
// detector, written by someone who never tunes the detector (issue #10 §3).
//
//   npx node scripts/build-pii-heldback-w24.mjs           (writes documents.json, korean-numbers.json, manifest.json)
//   npx node scripts/build-pii-heldback-w24.mjs --check   (writes nothing; fails unless the files are what this builds)
//
// The wave 23 set (heldback-w23/) had its figures published and is tuning data in wave 24; this set
// measures that tuning on text nobody has seen. Its own seed, ten locales no earlier set used (faker has
// no unused locale pairing a language with a country, so these are language_COUNTRY pairs of ten
// countries new to the sets: es_NI, es_VE, ar_BH, fr_DZ, fr_ML, en_ZW, ny_MW, lo_LA, tk_TM, my_MM) and
// Korean again, and document kinds no earlier set used: a visa invitation letter, a salary confirmation
// for a bank loan, a medical-aid dependants enrolment, a money-transfer receipt, a background-screening
// authorisation with an address history, a chat about renting a room, the tail of a CV (education,
// personal details, referees), a courier waybill, a business-travel request and the OCR text of a bank's
// account-opening form; in Korean 초청장, 재직확인서(대출용), 피부양자 등록, 해외송금 영수증, 방 구함
// 채팅 and 택배 운송장. Labelling rules are those of heldback-w10/README.md to heldback-w23/README.md.
//
// Gold spans are recorded as the values are inserted (by rule, never by running the detector). Check
// digits are computed in scripts/lib/, independently of src/. Phones are drawn from each country's
// numbering plan and kept only when libphonenumber-js (max metadata) calls them valid numbers of that
// country.
//
// The whole set is held back: nobody tunes on it, reads its documents while tuning, or prints its
// misses. `npm run bench -- sensitive held-back` prints aggregates only.
import { fakerES, fakerFR } from '@faker-js/faker';
import { finishHeldBackSet, labelledDocuments } from './lib/held-back-set.mjs';
import { heldBackStream } from './lib/held-back-stream.mjs';
import { digitsOfScript, groups } from './lib/held-back-text.mjs';
import { birthDay, MONTH_NAMES, ordinal } from './lib/pii-dates.mjs';
import { ascii, ibanOf, pad, phoneOf } from './lib/pii-values.mjs';

const SEED = 0x5eed_0d24;
const DOCUMENTS_PER_LOCALE = 100;
const KOREAN_DOCUMENTS = 250;
const FROZEN_ON = '2026-12-02';
const DIR = new URL('../test/fixtures/pii/heldback-w24/', import.meta.url);

const stream = heldBackStream(SEED);
const { int, pick, chance, digits, letter, nz, shuffle, krWritten } = stream;
const { card, sin, aadhaar, pan, codiceFiscale, registration, bornBetween, impossibleRegistration, businessRegistrationNumber } = stream;
const { ssn, nino, steuerId, nir, dni, bsn, chineseId, myNumber } = stream;
for (const faker of [fakerES, fakerFR]) faker.seed(int(1, 2 ** 30));

const LOCALES = ['es_NI', 'es_VE', 'ar_BH', 'fr_DZ', 'fr_ML', 'en_ZW', 'ny_MW', 'lo_LA', 'tk_TM', 'my_MM'];
const myanmarDigits = digitsOfScript(0x1040);
const oneOf = (...choices) => pick(choices)();

// ---------------------------------------------------------------- month names this set needs beyond pii-dates
const MONTHS = {
  /** Algerian (Maghreb) Arabic month names. */
  arDZ: ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  ny: ['Januwale', 'Febuluwale', 'Malichi', 'Epulo', 'Meyi', 'Juni', 'Julayi', 'Ogasiti', 'Seputembala', 'Okutobala', 'Novembala', 'Disembala'],
  lo: ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ'],
  tk: ['ýanwar', 'fewral', 'mart', 'aprel', 'maý', 'iýun', 'iýul', 'awgust', 'sentýabr', 'oktýabr', 'noýabr', 'dekabr'],
  my: ['ဇန်နဝါရီ', 'ဖေဖော်ဝါရီ', 'မတ်', 'ဧပြီ', 'မေ', 'ဇွန်', 'ဇူလိုင်', 'ဩဂုတ်', 'စက်တင်ဘာ', 'အောက်တိုဘာ', 'နိုဝင်ဘာ', 'ဒီဇင်ဘာ'],
};

// ---------------------------------------------------------------- labels, by the writer's language
// Every labelled value takes its cue from here: the locale's language two times in three, English (an
// international company's, bank's or courier's form) otherwise.
const LABELS = {
  en: {
    name: ['Full name', 'Name', 'Surname, first names'], dob: ['Date of birth', 'DOB', 'Birth date'], address: ['Residential address', 'Home address', 'Physical address', 'Address'],
    phone: ['Cell', 'Mobile', 'Phone', 'Contact number', 'Tel.'], email: ['Email', 'E-mail address', 'Email'], passport: ['Passport no.', 'Passport number'],
    licence: ["Driver's licence no.", 'Driving licence', 'Licence no.'], account: ['Account no.', 'Bank account', 'Account number'],
  },
  es: {
    name: ['Nombre completo', 'Nombres y apellidos', 'Nombre'], dob: ['Fecha de nacimiento', 'F. de nac.', 'Nacimiento'], address: ['Dirección', 'Domicilio', 'Dirección de habitación', 'Dirección exacta'],
    phone: ['Celular', 'Teléfono', 'Tlf.', 'Móvil', 'Teléfono de contacto'], email: ['Correo', 'Correo electrónico', 'Email'], passport: ['Pasaporte', 'N° de pasaporte', 'Pasaporte No.'],
    licence: ['Licencia de conducir', 'Licencia N°', 'Licencia para conducir'], account: ['Cuenta N°', 'Número de cuenta', 'Cuenta de ahorros'],
  },
  ar: {
    name: ['الاسم الكامل', 'الاسم'], dob: ['تاريخ الميلاد', 'تاريخ الولادة'], address: ['العنوان', 'عنوان السكن'],
    phone: ['رقم الهاتف', 'النقال', 'الجوال', 'هاتف'], email: ['البريد الإلكتروني', 'الإيميل'], passport: ['رقم جواز السفر', 'جواز السفر'],
    licence: ['رقم رخصة القيادة', 'رخصة السياقة'], account: ['رقم الحساب', 'الحساب البنكي'],
  },
  fr: {
    name: ['Nom et prénom', 'Nom & Prénoms', 'Nom'], dob: ['Date de naissance', 'Né(e) le', 'Date de naiss.'], address: ['Adresse', 'Adresse de résidence', 'Domicile', 'Adresse personnelle'],
    phone: ['Tél.', 'Mobile', 'Téléphone', 'Portable', 'N° de tél.'], email: ['E-mail', 'Courriel', 'Adresse mail'], passport: ['N° de passeport', 'Passeport n°'],
    licence: ['Permis de conduire n°', 'N° permis'], account: ['N° de compte', 'RIB', 'Compte n°'],
  },
  ny: {
    name: ['Dzina lonse', 'Dzina'], dob: ['Tsiku lobadwa', 'Tsiku lobadwira'], address: ['Adilesi', 'Kumene mumakhala', 'Adilesi ya kunyumba'],
    phone: ['Nambala ya foni', 'Foni', 'Lamya'], email: ['Imelo', 'Email'], passport: ['Nambala ya pasipoti', 'Pasipoti'],
    licence: ['Layisensi yoyendetsera galimoto', 'Nambala ya layisensi'], account: ['Nambala ya akaunti', 'Akaunti ya ku banki'],
  },
  lo: {
    name: ['ຊື່ ແລະ ນາມສະກຸນ', 'ຊື່ ນາມສະກຸນ'], dob: ['ວັນເດືອນປີເກີດ', 'ເກີດວັນທີ'], address: ['ທີ່ຢູ່', 'ທີ່ຢູ່ປັດຈຸບັນ', 'ທີ່ຢູ່ອາໄສ'],
    phone: ['ເບີໂທ', 'ໂທລະສັບ', 'ເບີໂທລະສັບ', 'ມືຖື'], email: ['ອີເມວ', 'Email'], passport: ['ເລກໜັງສືຜ່ານແດນ', 'ໜັງສືຜ່ານແດນເລກທີ'],
    licence: ['ໃບຂັບຂີ່ເລກທີ', 'ເລກໃບຂັບຂີ່'], account: ['ເລກບັນຊີ', 'ບັນຊີທະນາຄານ'],
  },
  tk: {
    name: ['Familiýasy, ady', 'Ady we familiýasy'], dob: ['Doglan senesi', 'Doglan güni', 'Doglan ýyly'], address: ['Salgysy', 'Ýaşaýan ýeri', 'Öý salgysy'],
    phone: ['Telefon', 'Öý telefony', 'Mobil telefon', 'Tel.'], email: ['E-poçta', 'Email'], passport: ['Daşary ýurt pasporty №', 'Pasport belgisi'],
    licence: ['Sürüjilik şahadatnamasy №', 'Sürüji şahadatnamasy'], account: ['Hasap belgisi', 'Bank hasaby'],
  },
  ru: {
    name: ['Ф.И.О.', 'Фамилия, имя'], dob: ['Дата рождения', 'Дата рожд.'], address: ['Адрес проживания', 'Адрес', 'Прописка'],
    phone: ['Моб. тел.', 'Телефон', 'Тел.'], email: ['Эл. почта', 'E-mail'], passport: ['Загранпаспорт №', 'Паспорт №'],
    licence: ['Водительское удостоверение №', 'В/у №'], account: ['Лицевой счёт', 'Счёт №'],
  },
  my: {
    name: ['အမည်', 'အမည်အပြည့်အစုံ'], dob: ['မွေးသက္ကရာဇ်', 'မွေးနေ့'], address: ['နေရပ်လိပ်စာ', 'လိပ်စာ', 'အမြဲတမ်းနေရပ်'],
    phone: ['ဖုန်း', 'ဖုန်းနံပါတ်', 'မိုဘိုင်း'], email: ['အီးမေးလ်', 'Email'], passport: ['နိုင်ငံကူးလက်မှတ်အမှတ်', 'Passport No.'],
    licence: ['ယာဉ်မောင်းလိုင်စင်အမှတ်', 'လိုင်စင်အမှတ်'], account: ['ဘဏ်စာရင်းအမှတ်', 'အကောင့်နံပါတ်'],
  },
};

// ---------------------------------------------------------------- names
const NI_SURNAMES = ['Chamorro', 'Lacayo', 'Urbina', 'Espinoza', 'Largaespada', 'Obando', 'Téllez', 'Sequeira', 'Zeledón', 'Rugama', 'Cuadra', 'Mairena', 'Blandón', 'Arróliga'];
const VE_SURNAMES = ['Quintero', 'Villegas', 'Briceño', 'Carrillo', 'Colmenares', 'Uzcátegui', 'Rondón', 'Añez', 'Salazar', 'Guevara', 'Marcano', 'Peraza', 'Bracho', 'Sifontes'];
const BH_GIVEN = [['علي', 'Ali'], ['مريم', 'Maryam'], ['حسين', 'Hussain'], ['زهراء', 'Zahra'], ['عبدالله', 'Abdulla'], ['نوف', 'Noof'], ['أحمد', 'Ahmed'], ['فاطمة', 'Fatema'], ['جاسم', 'Jasim'], ['شيخة', 'Shaikha']];
/** Fathers' names, the middle part of a Bahraini name. */
const BH_FATHERS = ['علي', 'حسين', 'عبدالله', 'أحمد', 'جاسم', 'محمد', 'إبراهيم'];
const BH_FAMILIES = [['المناعي', 'Al Mannai'], ['الدوسري', 'Al Dosari'], ['البنعلي', 'Albinali'], ['الجلاهمة', 'Al Jalahma'], ['العلوي', 'Alawi'], ['الموسوي', 'Al Mosawi'], ['كانو', 'Kanoo'], ['فخرو', 'Fakhro']];
const BH_EXPATS = [['Maricel', 'Dela Cruz'], ['Joseph', 'Mathew'], ['Sunita', 'Nair'], ['Rizwan', 'Ahmed'], ['Ramesh', 'Gurung'], ['Jocelyn', 'Santos']];
const DZ_GIVEN = ['Yacine', 'Amina', 'Karim', 'Nesrine', 'Sofiane', 'Meriem', 'Rachid', 'Lynda', 'Mourad', 'Samira', 'Walid', 'Imène', 'Lotfi', 'Kahina'];
const DZ_SURNAMES = ['Benali', 'Boukhalfa', 'Haddad', 'Mebarki', 'Cherif', 'Belkacem', 'Zerrouki', 'Bensalah', 'Kaci', 'Aït Ahmed', 'Hamidi', 'Boudiaf', 'Ould Ali', 'Benmansour'];
const ML_GIVEN = ['Moussa', 'Aïssata', 'Bakary', 'Kadiatou', 'Seydou', 'Oumou', 'Mamadou', 'Fatoumata', 'Boubacar', 'Mariam', 'Sidiki', 'Hawa'];
const ML_SURNAMES = ['Keïta', 'Coulibaly', 'Diarra', 'Konaté', 'Sangaré', 'Touré', 'Dembélé', 'Maïga', 'Cissé', 'Sidibé', 'Doumbia', 'Samaké'];
const ZW_GIVEN = ['Tendai', 'Rutendo', 'Tatenda', 'Nyasha', 'Farai', 'Chiedza', 'Tinashe', 'Vimbai', 'Blessing', 'Tafadzwa', 'Kudakwashe', 'Sibusiso'];
const ZW_SURNAMES = ['Moyo', 'Ncube', 'Chikwanha', 'Mutasa', 'Sibanda', 'Dube', 'Mapfumo', 'Chigumba', 'Ndlovu', 'Makoni', 'Zvobgo', 'Gumbo'];
const MW_GIVEN = ['Chikondi', 'Tiyamike', 'Madalitso', 'Thokozani', 'Limbani', 'Chisomo', 'Kondwani', 'Takondwa', 'Yamikani', 'Mphatso', 'Dalitso', 'Tamanda'];
const MW_SURNAMES = ['Banda', 'Phiri', 'Mwale', 'Chirwa', 'Nyirenda', 'Gondwe', 'Mhango', 'Kumwenda', 'Chisale', 'Mkandawire', 'Msiska', 'Kachale'];
const LA_GIVEN = [['ສົມສັກ', 'Somsack'], ['ບຸນມີ', 'Bounmy'], ['ແສງດາວ', 'Sengdao'], ['ພອນສະຫວັນ', 'Phonesavanh'], ['ວັນນະ', 'Vanna'], ['ມະນີວັນ', 'Manivanh'], ['ຄຳພອນ', 'Khamphone'], ['ນ້ອຍ', 'Noy']];
const LA_FAMILIES = [['ສີສຸວັນ', 'Sisouvanh'], ['ພົມມະຈັນ', 'Phommachanh'], ['ວົງສະຫວັນ', 'Vongsavanh'], ['ແກ້ວມະນີ', 'Keomany'], ['ສຸລິຍະວົງ', 'Souliyavong'], ['ຈັນທະລາ', 'Chanthala']];
/** Turkmen given names with whether the family name takes the feminine ending (-owa/-ewa). */
const TM_GIVEN = [['Merdan', false], ['Aýna', true], ['Serdar', false], ['Maýsa', true], ['Döwlet', false], ['Jeren', true], ['Batyr', false], ['Gülälek', true], ['Rustam', false], ['Ogulgerek', true]];
const TM_FAMILIES = ['Annaýew', 'Orazow', 'Berdiýew', 'Hojamyradow', 'Nurmuhammedow', 'Saparow', 'Gurbanow', 'Ataýew'];
/** Burmese names have no family name: the whole name, its romanisation, and whether it is a woman's. */
const MM_NAMES = [['ကျော်ဇင်ထက်', 'Kyaw Zin Htet', false], ['နှင်းဝေ', 'Hnin Wai', true], ['အောင်ကိုကို', 'Aung Ko Ko', false], ['စုမြတ်နိုး', 'Su Myat Noe', true], ['ဇော်မင်းထွန်း', 'Zaw Min Tun', false], ['ခင်သီတာ', 'Khin Thida', true], ['မျိုးမင်းဦး', 'Myo Min Oo', false], ['သက်ထားဝေ', 'Thet Htar Wai', true]];
const KO_FAMILY = [['정', 'jung'], ['강', 'kang'], ['윤', 'yoon'], ['한', 'han'], ['오', 'oh'], ['서', 'seo'], ['신', 'shin'], ['문', 'moon'], ['배', 'bae'], ['유', 'yoo']];
const KO_GIVEN = [['민재', 'minjae'], ['서윤', 'seoyun'], ['도현', 'dohyun'], ['지아', 'jia'], ['현우', 'hyunwoo'], ['수아', 'sua'], ['예준', 'yejun'], ['하은', 'haeun'], ['우진', 'woojin'], ['나연', 'nayeon']];

/** `name` as the writer writes it, `latinName` for e-mail addresses and English forms. */
const person = (name, latinName, first, last) => ({ name, latinName, first, last });
const latinPerson = (first, last) => person(`${first} ${last}`, `${first} ${last}`, first, last);
const PEOPLE = {
  es_NI: () => latinPerson(fakerES.person.firstName(), shuffle(NI_SURNAMES).slice(0, 2).join(' ')),
  es_VE: () => {
    const given = chance(0.5) ? `${fakerES.person.firstName()} ${fakerES.person.firstName()}` : fakerES.person.firstName();
    const p = latinPerson(given, shuffle(VE_SURNAMES).slice(0, 2).join(' '));
    return { ...p, first: given.split(' ')[0] };
  },
  ar_BH: () => {
    if (chance(0.3)) return latinPerson(...pick(BH_EXPATS));
    const [[ga, gl], [fa, fl]] = [pick(BH_GIVEN), pick(BH_FAMILIES)];
    return person(`${ga} ${pick(BH_FATHERS)} ${fa}`, `${gl} ${fl}`, gl, fl.replace('Al ', ''));
  },
  fr_DZ: () => {
    const [given, family] = [chance(0.2) ? fakerFR.person.firstName() : pick(DZ_GIVEN), pick(DZ_SURNAMES)];
    return person(chance(0.5) ? `${family.toUpperCase()} ${given}` : `${given} ${family}`, `${given} ${family}`, given, family);
  },
  fr_ML: () => {
    const [given, family] = [pick(ML_GIVEN), pick(ML_SURNAMES)];
    return person(chance(0.6) ? `${family.toUpperCase()} ${given}` : `${given} ${family}`, `${given} ${family}`, given, family);
  },
  en_ZW: () => latinPerson(pick(ZW_GIVEN), pick(ZW_SURNAMES)),
  ny_MW: () => latinPerson(pick(MW_GIVEN), pick(MW_SURNAMES)),
  lo_LA: () => {
    const [[ga, gl], [fa, fl]] = [pick(LA_GIVEN), pick(LA_FAMILIES)];
    return person(`${ga} ${fa}`, `${gl} ${fl}`, gl, fl);
  },
  tk_TM: () => {
    const [[given, feminine], family] = [pick(TM_GIVEN), pick(TM_FAMILIES)];
    return latinPerson(given, feminine ? `${family}a` : family);
  },
  my_MM: () => {
    const [name, latin, woman] = pick(MM_NAMES);
    const honorific = pick(woman ? [['ဒေါ်', 'Daw'], ['မ', 'Ma']] : [['ဦး', 'U'], ['ကို', 'Ko']]);
    const parts = latin.split(' ');
    return person(chance(0.5) ? `${honorific[0]}${name}` : name, chance(0.5) ? `${honorific[1]} ${latin}` : latin, parts[0], parts.slice(1).join(''));
  },
  ko: () => {
    const [[fk, fl], [gk, gl]] = [pick(KO_FAMILY), pick(KO_GIVEN)];
    return person(`${fk}${gk}`, `${gl[0].toUpperCase()}${gl.slice(1)} ${fl[0].toUpperCase()}${fl.slice(1)}`, gl, fl);
  },
};
const MAIL_DOMAINS = {
  es_NI: ['gmail.com', 'yahoo.com', 'hotmail.com', 'claro.com.ni'], es_VE: ['gmail.com', 'hotmail.com', 'cantv.net', 'yahoo.es'], ar_BH: ['gmail.com', 'batelco.com.bh', 'hotmail.com', 'outlook.com'],
  fr_DZ: ['gmail.com', 'yahoo.fr', 'hotmail.fr', 'outlook.fr'], fr_ML: ['gmail.com', 'yahoo.fr', 'orangemali.ml'], en_ZW: ['gmail.com', 'yahoo.com', 'zol.co.zw', 'outlook.com'],
  ny_MW: ['gmail.com', 'yahoo.com', 'malawi.net', 'unima.ac.mw'], lo_LA: ['gmail.com', 'yahoo.com', 'laotel.com', 'hotmail.com'], tk_TM: ['gmail.com', 'mail.ru', 'online.tm', 'yandex.ru'],
  my_MM: ['gmail.com', 'yahoo.com', 'myanmar.com.mm', 'outlook.com'], ko: ['naver.com', 'daum.net', 'gmail.com', 'hanmail.net', 'kakao.com'],
};
function emailOf(locale, p) {
  const [f, l] = [p.first, p.last].map((s) => ascii(s).toLowerCase() || 'user');
  const local = pick([`${f}.${l}`, `${f}${l}${int(1, 99)}`, `${l}.${f}${int(70, 2006)}`, `${f}_${l}`, `${f[0]}${l}`, `${l}${f}`]);
  return `${local}@${pick(MAIL_DOMAINS[locale])}`;
}

// ---------------------------------------------------------------- the ten countries
// One table: how each country's people write phones, addresses, birth dates, accounts, passports and
// licences, the ids they hold from countries they worked in (only ids the detector claims), and numbers on
// their papers that are never sensitive (hard negatives).
const COUNTRIES = {
  es_NI: {
    country: 'NI', nationality: 'Nicaraguan', langs: ['es'], companies: ['Zona Franca Las Mercedes', 'Hotel Crowne Plaza Managua', 'Cooperativa Cafetalera de Jinotega', 'Distribuidora del Pacífico'], domains: ['zflasmercedes.com.ni', 'cpmanagua.com', 'dispacifico.ni'],
    phone: (office) => {
      const n = office ? `2${pick(['2', '3', '5', '7'])}${digits(6)}` : `${pick(['8', '8', '7', '5'])}${digits(7)}`;
      return pick([groups(n, [4, 4], '-'), groups(n, [4, 4], '-'), `+505 ${groups(n, [4, 4])}`, `(505) ${groups(n, [4, 4], '-')}`, n, `505-${n}`, groups(n, [4, 4]), `+505${n}`]);
    },
    address: () => {
      const city = pick(['Managua', 'León', 'Granada', 'Masaya', 'Estelí', 'Chinandega', 'Matagalpa']);
      return oneOf(
        () => [`De donde fue el ${pick(['Cine González', 'Arbolito', 'Chaplin', 'Hospital El Retiro'])} ${int(1, 4)} c. al lago, ${pick(['1/2', '1', '2'])} c. ${pick(['arriba', 'abajo'])}`, 'Managua'],
        () => [`Reparto ${pick(['Schick', 'San Juan', 'Bolonia', 'Los Robles', 'Altamira'])}, casa #${int(1, 900)}`, city],
        () => [`Barrio ${pick(['Sutiava', 'El Calvario', 'San Felipe', 'Monimbó'])}, del ${pick(['Colegio La Salle', 'Parque Central', 'mercado', 'Puente El Tamarindo'])} ${pick([75, 50, 100, 150])} vrs. al ${pick(['sur', 'norte', 'este', 'oeste'])}`, city],
        () => [`Km ${int(4, 15)}½ Carretera a ${pick(['Masaya', 'Sur', 'León'])}, Residencial ${pick(['Las Colinas', 'Villa Fontana', 'Santo Domingo'])}, casa ${letter('ABCDG')}-${int(1, 60)}`, 'Managua'],
      );
    },
    dob: (b) => [`${b.dd}/${b.mm}/${b.y}`, `${b.dd}/${b.mm}/${b.y}`, `${b.d} de ${MONTH_NAMES.es[b.m - 1]} de ${b.y}`, `${b.dd}-${b.mm}-${b.y}`, `${b.d}/${b.m}/${b.y}`],
    account: () => pick([['BANK_ACCOUNT', `10${digits(8)}`], ['BANK_ACCOUNT', `${pick(['301', '302', '351'])}-${digits(6)}-${int(0, 9)}`], ['BANK_ACCOUNT', nz(9)]]),
    passport: () => `C0${digits(7)}`,
    licence: () => `${letter('ABCEHLN')}${digits(8)}`,
    foreign: [['SSN (Estados Unidos)', 'US_SSN', ssn], ['NIE (España)', 'ES_DNI', dni], ['SIN (Canadá)', 'CA_SIN', sin]],
    negatives: () => pick([`RUC J${nz(13)}`, `No. INSS patronal ${nz(8)}`, `Recibo oficial de caja No. ${nz(7)}`, `Factura serie A No. ${pad(int(1, 99999), 6)}`]),
    money: (n) => `C$ ${n.toLocaleString('en-US')}.00`,
  },
  es_VE: {
    country: 'VE', nationality: 'Venezuelan', langs: ['es'], companies: ['Alimentos Polar Comercial', 'Farmatodo Centro', 'Hotel Eurobuilding Caracas', 'Constructora Ávila'], domains: ['polarcomercial.com.ve', 'farmatodo.com.ve', 'cavila.com.ve'],
    phone: (office) => {
      const [code, rest] = office ? [pick(['212', '241', '261', '251']), `${int(2, 9)}${digits(6)}`] : [pick(['414', '424', '412', '416', '426']), `${int(1, 9)}${digits(6)}`];
      return pick([`0${code}-${rest}`, `0${code}-${rest.slice(0, 3)}.${rest.slice(3, 5)}.${rest.slice(5)}`, `0${code} ${rest}`, `(0${code}) ${rest.slice(0, 3)}-${rest.slice(3)}`, `+58 ${code} ${rest}`, `+58-${code}-${rest}`, `58${code}${rest}`, `0${code}${rest}`]);
    },
    address: () =>
      oneOf(
        () => [`Av. Francisco de Miranda, Edif. ${pick(['Parque Cristal', 'Centro Lido', 'Torre Europa'])}, Piso ${int(1, 18)}, Apto ${int(1, 18)}-${letter('ABCD')}`, `${pick(['Los Palos Grandes', 'Chacao', 'El Rosal'])}, Caracas ${pick(['1060', '1050', '1062'])}`],
        () => [`Urb. ${pick(['El Paraíso', 'La Trigaleña', 'Prebo', 'Santa Mónica'])}, Calle ${pick(['Los Mangos', 'Principal', `${int(1, 12)}`])}, Qta. "${pick(['Mi Ranchito', 'Villa María', 'La Esperanza', 'Doña Carmen'])}"`, `${pick(['Valencia, Edo. Carabobo 2001', 'Caracas 1040', 'Mérida, Edo. Mérida 5101'])}`],
        () => [`Sector ${pick(['Tierra Negra', 'Bella Vista', 'La Lago'])}, Calle ${int(60, 90)} con Av. ${int(2, 20)}, Casa N° ${int(1, 200)}-${int(10, 99)}`, 'Maracaibo, Zulia'],
        () => [`Res. ${pick(['Los Samanes', 'Terrazas del Este', 'Parque Los Cardones'])}, Torre ${letter('ABC')}, Apto ${int(1, 16)}-${int(1, 8)}`, `Barquisimeto, Lara ${pick(['3001', '3002'])}`],
      ),
    dob: (b) => [`${b.dd}/${b.mm}/${b.y}`, `${b.dd}/${b.mm}/${b.y}`, `${b.d} de ${MONTH_NAMES.es[b.m - 1]} de ${b.y}`, `${b.dd}-${b.mm}-${b.y}`, `${b.dd}.${b.mm}.${b.y}`],
    account: () => {
      const bank = pick(['0102', '0134', '0105', '0108', '0191']);
      const n = `${bank}${digits(16)}`;
      return pick([['BANK_ACCOUNT', n], ['BANK_ACCOUNT', groups(n, [4, 4, 2, 10], '-')], ['BANK_ACCOUNT', groups(n, [4, 4, 4, 4, 4])]]);
    },
    passport: () => `1${digits(8)}`,
    licence: () => `${pick(['V', 'E'])}-${int(5, 30)}.${digits(3)}.${digits(3)}`,
    foreign: [['DNI/NIE (España)', 'ES_DNI', dni], ['Codice fiscale (Italia)', 'IT_FISCAL_CODE', null], ['SSN (EE.UU.)', 'US_SSN', ssn]],
    negatives: () => pick([`RIF J-${nz(8)}-${int(0, 9)}`, `Nro. de control 00-${nz(6)}`, `Planilla SAIME ${nz(10)}`, `Orden de compra OC-${int(2025, 2026)}-${digits(4)}`]),
    money: (n) => `Bs. ${(n * 36).toLocaleString('de-DE')},00`,
  },
  ar_BH: {
    country: 'BH', nationality: 'Bahraini', langs: ['ar', 'en'], companies: ['Gulf Aluminium Rolling Mill Services', 'Seef Mall Facilities', 'Bahrain Bay Hospitality', 'Sitra Logistics W.L.L.'], domains: ['garmcoservices.bh', 'bahrainbayhotel.com', 'sitralogistics.com.bh'],
    phone: (office) => {
      const n = office ? `17${digits(6)}` : `3${pick(['3', '4', '5', '6', '7', '8', '9'])}${digits(6)}`;
      return pick([groups(n, [4, 4]), groups(n, [4, 4]), n, `+973 ${groups(n, [4, 4])}`, `+973 ${n}`, `00973 ${n}`, `973-${n}`, `(+973) ${groups(n, [4, 4])}`]);
    },
    address: (arabic) => {
      const [area, areaAr] = pick([['Juffair', 'الجفير'], ['Seef', 'السيف'], ['Adliya', 'العدلية'], ['Riffa', 'الرفاع'], ['Isa Town', 'مدينة عيسى'], ['Hamad Town', 'مدينة حمد'], ['Muharraq', 'المحرق'], ['Budaiya', 'البديع'], ['Saar', 'سار']]);
      const [flat, bldg, road, block] = [int(1, 60), int(1, 3999), int(1, 5999), int(101, 1208)];
      if (arabic) {
        return oneOf(() => [`شقة ${flat}، مبنى ${bldg}، طريق ${road}، مجمع ${block}`, `${areaAr}، مملكة البحرين`], () => [`منزل ${bldg}، طريق ${road}، مجمع ${block}`, areaAr], () => [`ص.ب ${int(100, 39999)}`, 'المنامة، مملكة البحرين']);
      }
      return oneOf(
        () => [`Flat ${flat}, Building ${bldg}, Road ${road}, Block ${block}`, `${area}, Kingdom of Bahrain`],
        () => [`Villa ${bldg}, Road ${road}`, `Block ${block}, ${area}`],
        () => [`Bldg ${bldg}, Rd ${road}, Blk ${block}, ${area}`],
        () => [`P.O. Box ${int(100, 39999)}`, 'Manama, Bahrain'],
      );
    },
    dob: (b, lang) => [`${b.dd}/${b.mm}/${b.y}`, `${b.dd}/${b.mm}/${b.y}`, lang === 'ar' ? `${b.d} ${MONTH_NAMES.ar[b.m - 1]} ${b.y}` : `${b.d} ${MONTH_NAMES.enShort[b.m - 1]} ${b.y}`, `${b.dd}-${MONTH_NAMES.enShort[b.m - 1]}-${b.y}`, `${b.y}/${b.mm}/${b.dd}`],
    account: () => pick([['IBAN', ibanOf('BH', `${pick(['NBOB', 'BBKU', 'AUBB', 'KFHB'])}${digits(14)}`)], ['BANK_ACCOUNT', `${digits(2)}-${digits(6)}-${digits(3)}`], ['BANK_ACCOUNT', `0${digits(11)}`]]),
    passport: () => `${letter('ABC')}${digits(7)}`,
    licence: () => nz(9),
    foreign: [['Aadhaar (India)', 'IN_AADHAAR', aadhaar], ['PAN (India)', 'IN_PAN', null], ['UK NI number', 'UK_NINO', nino]],
    negatives: () => pick([`CR No. ${int(10000, 160000)}-${int(1, 9)}`, `LMRA permit ${nz(9)}`, `VAT account ${nz(9)}00002`, `EWA account ${nz(10)}`]),
    money: (n) => `BD ${n.toLocaleString('en-US')}.000`,
  },
  fr_DZ: {
    country: 'DZ', nationality: 'Algerian', langs: ['fr', 'fr', 'ar'], companies: ['Cevital Agro-industrie', 'Sonelgaz Distribution Centre', 'Hôtel El Aurassi', 'Condor Electronics'], domains: ['cevital-agro.dz', 'elaurassi.dz', 'condor.dz'],
    phone: (office) => {
      if (office) {
        const n = `${pick(['21', '23', '41', '31', '26'])}${digits(6)}`;
        return pick([`0${groups(n, [2, 2, 2, 2])}`, `+213 ${groups(n, [2, 2, 2, 2])}`, `0${n}`, `(0${n.slice(0, 2)}) ${groups(n.slice(2), [2, 2, 2])}`]);
      }
      const n = `${pick(['5', '6', '7'])}${pick(['5', '6', '7', '9'])}${digits(7)}`;
      return pick([`0${groups(n, [3, 2, 2, 2])}`, `0${groups(n, [3, 2, 2, 2])}`, `0${groups(n, [1, 2, 2, 2, 2])}`, `+213 ${groups(n, [3, 2, 2, 2])}`, `+213 (0) ${n}`, `00213 ${n}`, `0${n}`, `+213${n}`]);
    },
    address: (arabic) => {
      if (arabic) return oneOf(() => [`حي ${pick(['1200', '600', '500'])} مسكن، عمارة ${int(1, 80)}، رقم ${int(1, 40)}`, `${pick(['باب الزوار', 'الشراقة', 'بئر الجير'])}، ${pick(['الجزائر', 'وهران'])}`], () => [`${int(1, 120)} شارع ${pick(['العربي بن مهيدي', 'ديدوش مراد', 'حسيبة بن بوعلي'])}`, `${pick(['16000 الجزائر', '31000 وهران', '25000 قسنطينة'])}`]);
      return oneOf(
        () => [`Cité ${pick(['1200', '600', '800'])} Logements, Bt ${int(1, 80)}, N° ${int(1, 40)}`, `${pick(['Bab Ezzouar', 'Chéraga', 'Birkhadem'])}, Alger`],
        () => [`${int(1, 120)}, rue ${pick(['Didouche Mourad', 'Larbi Ben M’hidi', 'Hassiba Ben Bouali', 'Émir Abdelkader'])}`, `${pick(['16000 Alger', '31000 Oran', '25000 Constantine', '23000 Annaba'])}`],
        () => [`Lotissement ${pick(['Ennakhil', 'El Bahia', 'Les Oliviers'])}, lot n° ${int(1, 300)}`, `${pick(['Bir El Djir', 'Es Senia'])}, Oran ${pick(['31000', '31130'])}`],
        () => [`Cité AADL ${pick(['Sidi Abdellah', 'Aïn Malha', 'Ouled Fayet'])}, Bt ${int(1, 90)} ${letter('ABCD')}, porte ${int(1, 40)}`, 'Alger'],
        () => [`Village ${pick(['Ath Yenni', 'Tizi Hibel', 'Agouni Gueghrane'])}, commune de ${pick(['Beni Yenni', 'Aït Mahmoud'])}`, 'Wilaya de Tizi Ouzou'],
      );
    },
    dob: (b, lang) => [`${b.dd}/${b.mm}/${b.y}`, `${b.dd}/${b.mm}/${b.y}`, lang === 'ar' ? `${b.d} ${MONTHS.arDZ[b.m - 1]} ${b.y}` : `${b.d} ${MONTH_NAMES.fr[b.m - 1]} ${b.y}`, `${b.dd}.${b.mm}.${b.y}`, `${b.dd}-${b.mm}-${b.y}`],
    account: () => pick([['BANK_ACCOUNT', `${pick(['002', '003', '007', '010'])} ${pad(int(1, 99999), 5)} ${digits(10)} ${digits(2)}`], ['BANK_ACCOUNT', `${int(100000, 9999999)} clé ${digits(2)}`], ['BANK_ACCOUNT', `00799999${digits(12)}`]]),
    passport: () => digits(9),
    licence: () => `${pad(int(1, 58), 2)}/${digits(6)}`,
    foreign: [['NIR (France)', 'FR_NIR', nir], ['NIE (Espagne)', 'ES_DNI', dni], ['Steuer-ID (Allemagne)', 'DE_TAX_ID', steuerId]],
    negatives: () => pick([`NIF ${nz(15)}`, `RC n° ${pad(int(1, 48), 2)}/00-${nz(7)}B${int(10, 24)}`, `N° CNAS employeur ${nz(8)}`, `Bon de commande BC/${int(2025, 2026)}/${digits(4)}`]),
    money: (n) => `${(n * 50).toLocaleString('fr-FR').replace(/\u202f/gu, ' ')} DA`,
  },
  fr_ML: {
    country: 'ML', nationality: 'Malian', langs: ['fr'], companies: ['Société des Mines de Sadiola', 'Hôtel Radisson Blu Bamako', 'Compagnie Malienne de Textiles', 'Transport Diarra & Frères'], domains: ['sadiola-mines.ml', 'cmdt.ml', 'diarratransport.com'],
    phone: (office) => {
      const n = office ? `20${pick(['2', '7'])}${digits(5)}` : `${pick(['7', '7', '6', '9', '8'])}${int(0, 9)}${digits(6)}`;
      return pick([groups(n, [2, 2, 2, 2]), groups(n, [2, 2, 2, 2]), `+223 ${groups(n, [2, 2, 2, 2])}`, `(+223) ${groups(n, [2, 2, 2, 2])}`, `00223 ${n}`, n, groups(n, [2, 2, 2, 2], '-'), `+223${n}`]);
    },
    address: () =>
      oneOf(
        () => [`${pick(['Hamdallaye ACI 2000', 'Badalabougou', 'Baco-Djicoroni ACI', 'Sotuba'])}, Rue ${int(100, 600)}, Porte ${int(1, 400)}`, 'Bamako'],
        () => [`BP E ${int(1000, 5999)}`, 'Bamako, Mali'],
        () => [`Quartier ${pick(['Sogoniko', 'Kalaban Coura', 'Faladié', 'Magnambougou'])}, près de la mosquée ${pick(['du vendredi', 'Sabalibougou', 'du marché'])}`, `Commune ${pick(['VI', 'V', 'IV'])}, Bamako`],
        () => [`${pick(['Sikasso', 'Ségou', 'Kayes', 'Mopti'])}, Quartier ${pick(['Wayerma II', 'Pélengana', 'Liberté', 'Médine'])}, Rue ${int(1, 90)}, porte ${int(1, 200)}`],
      ),
    dob: (b) => [`${b.dd}/${b.mm}/${b.y}`, `${b.dd}/${b.mm}/${b.y}`, `${b.d} ${MONTH_NAMES.fr[b.m - 1]} ${b.y}`, `${b.dd}-${b.mm}-${b.y}`, `${b.dd}.${b.mm}.${b.y}`],
    account: () => pick([['BANK_ACCOUNT', `ML${pad(int(1, 200), 3)} ${pad(int(1, 99999), 5)} ${digits(12)} ${digits(2)}`], ['BANK_ACCOUNT', `${digits(3)}-${digits(9)}-${digits(2)}`], ['BANK_ACCOUNT', nz(12)]]),
    passport: () => `${letter('AB')}${digits(7)}`,
    licence: () => `${digits(2)}/${digits(5)}/${letter('ABCD')}`,
    foreign: [['NIR (France)', 'FR_NIR', nir], ['Codice fiscale (Italie)', 'IT_FISCAL_CODE', null], ['NIE (Espagne)', 'ES_DNI', dni]],
    negatives: () => pick([`NIF ${nz(9)}${letter()}`, `RCCM MA.BKO.${int(2012, 2025)}.B.${int(1000, 9999)}`, `INPS employeur n° ${nz(7)}`, `Reçu n° ${nz(6)}`]),
    money: (n) => `${(n * 10).toLocaleString('fr-FR').replace(/\u202f/gu, ' ')} FCFA`,
  },
  en_ZW: {
    country: 'ZW', nationality: 'Zimbabwean', langs: ['en'], companies: ['Delta Beverages', 'Zimplats Services', 'Meikles Hotel', 'Econet Wireless Dealers'], domains: ['deltabev.co.zw', 'meikles.co.zw', 'zimplats-services.com'],
    phone: (office) => {
      if (office) {
        const n = `242${digits(6)}`;
        return pick([`(0242) ${n.slice(3)}`, `+263 242 ${n.slice(3)}`, `0242 ${groups(n.slice(3), [3, 3])}`, `+263 (0)242 ${n.slice(3)}`]);
      }
      const n = `7${pick(['1', '3', '7', '8'])}${digits(7)}`;
      return pick([`0${groups(n, [2, 3, 4])}`, `0${groups(n, [3, 3, 3])}`, `+263 ${groups(n, [2, 3, 4])}`, `+263 ${groups(n, [3, 3, 3])}`, `263${n}`, `0${n}`, `+263${n}`, `+263 (0)${n}`]);
    },
    address: () =>
      oneOf(
        () => [`${int(1, 400)} ${pick(['Samora Machel Avenue', 'Herbert Chitepo Street', 'Josiah Tongogara Avenue', 'Fife Avenue'])}`, `${pick(['Avondale', 'Belgravia', 'Milton Park', 'Eastlea'])}, Harare`],
        () => [`Stand ${int(1000, 9999)}, ${pick(['Budiriro 5', 'Glen View 3', 'Kuwadzana Extension', 'Mabvuku'])}`, 'Harare'],
        () => [`House No. ${int(1, 9999)}, ${pick(['Nketa 9', 'Pumula South', 'Luveve', 'Cowdray Park'])}`, 'Bulawayo'],
        () => [`P.O. Box ${pick(['CY', 'MP', 'BE'])} ${int(100, 9999)}`, `${pick(['Causeway', 'Mount Pleasant', 'Belvedere'])}, Harare`],
        () => [`${pick(['Chinamhora', 'Nyamashato', 'Mhondoro'])} Village, Ward ${int(1, 30)}`, `${pick(['Goromonzi', 'Murehwa', 'Chegutu'])} District, Mashonaland ${pick(['East', 'West', 'Central'])}`],
      ),
    dob: (b) => [`${b.dd}/${b.mm}/${b.y}`, `${b.dd}/${b.mm}/${b.y}`, `${b.d} ${MONTH_NAMES.en[b.m - 1]} ${b.y}`, `${ordinal(b.d)} of ${MONTH_NAMES.en[b.m - 1]} ${b.y}`, `${b.y}-${b.mm}-${b.dd}`],
    account: () => pick([['BANK_ACCOUNT', `${pick(['100', '410', '260'])}${digits(10)}`], ['BANK_ACCOUNT', `${digits(4)}-${digits(6)}-${digits(3)}`], ['BANK_ACCOUNT', `0${digits(11)}`]]),
    passport: () => `${letter('BCDEFGJKLMN')}${letter()}${digits(6)}`,
    licence: () => `${digits(6)}${letter()}${letter()}`,
    foreign: [['UK NI number', 'UK_NINO', nino], ['Canadian SIN', 'CA_SIN', sin], ['US SSN', 'US_SSN', ssn]],
    negatives: () => pick([`BP No. ${nz(9)}`, `NSSA employer no. ${nz(7)}`, `ZIMRA TIN ${nz(10)}`, `Quote Q-${int(2025, 2026)}-${digits(4)}`]),
    money: (n) => `US$${n.toLocaleString('en-US')}.00`,
  },
  ny_MW: {
    country: 'MW', nationality: 'Malawian', langs: ['ny', 'en'], companies: ['Illovo Sugar Nchalo', 'Press Cane', 'Sunbird Capital Hotel', 'Malawi Tea Estates Services'], domains: ['illovo-nchalo.mw', 'sunbirdmalawi.com', 'teaestates.mw'],
    phone: (office) => {
      if (office) {
        const n = `1${pick(['7', '8'])}${digits(5)}`;
        return pick([`0${groups(n, [1, 3, 3])}`, `+265 ${groups(n, [1, 3, 3])}`, `(01) ${n.slice(1)}`, `+265 (0)1 ${n.slice(1)}`]);
      }
      const n = `${pick(['88', '99', '98', '89'])}${int(1, 9)}${digits(6)}`;
      return pick([`0${groups(n, [3, 3, 3])}`, `0${groups(n, [3, 3, 3])}`, `0${n}`, `+265 ${groups(n, [3, 3, 3])}`, `+265 (0) ${n}`, `265 ${n}`, `+265${n}`, `0${groups(n, [3, 6])}`]);
    },
    address: (chichewa) => {
      if (chichewa) return [`Mudzi wa ${pick(['Mkanda', 'Chimbalanga', 'Kauma', 'Mtsiliza'])}, T/A ${pick(['Kabudula', 'Chadza', 'Kalumbu', 'Malili'])}`, `Boma la ${pick(['Lilongwe', 'Dedza', 'Dowa', 'Ntcheu'])}`];
      return oneOf(
        () => [`Area ${int(1, 49)}, Sector ${int(1, 9)}, Plot No. ${int(1, 49)}/${int(1, 9)}/${int(1, 400)}`, 'Lilongwe'],
        () => [`P.O. Box ${int(100, 39999)}`, `Lilongwe ${int(1, 3)}`],
        () => [`c/o ${pick(['Chichiri Secondary School', 'Queen Elizabeth Central Hospital', 'St Michael’s Parish'])}, Private Bag ${int(1, 399)}`, 'Blantyre'],
        () => [`${pick(['Chilomoni', 'Ndirande', 'Zingwangwa', 'Bangwe'])} Township, near ${pick(['the CCAP church', 'Total filling station', 'the market'])}`, 'Blantyre'],
        () => [`House No. ${int(1, 999)}, ${pick(['Katoto', 'Chibavi', 'Luwinga'])}`, 'Mzuzu, Malawi'],
      );
    },
    dob: (b, lang) => [`${b.dd}/${b.mm}/${b.y}`, `${b.dd}/${b.mm}/${b.y}`, lang === 'ny' ? `${b.d} ${MONTHS.ny[b.m - 1]} ${b.y}` : `${b.d} ${MONTH_NAMES.en[b.m - 1]} ${b.y}`, `${b.dd}-${b.mm}-${b.y}`, `${ordinal(b.d)} ${MONTH_NAMES.en[b.m - 1]}, ${b.y}`],
    account: () => pick([['BANK_ACCOUNT', `${pick(['100', '105', '130'])}${digits(7)}`], ['BANK_ACCOUNT', `${digits(4)}-${digits(4)}-${digits(4)}`], ['BANK_ACCOUNT', nz(11)]]),
    passport: () => `MA${digits(6)}`,
    licence: () => `${letter('ABL')}${digits(6)}`,
    foreign: [['UK NI number', 'UK_NINO', nino], ['US SSN', 'US_SSN', ssn], ['PRC resident ID', 'CN_RESIDENT_ID', chineseId]],
    negatives: () => pick([`TPIN ${nz(8)}`, `MRA ref. ${nz(10)}`, `Business reg. no. ${letter()}${letter()}${nz(6)}`, `Receipt No. ${nz(6)}`]),
    money: (n) => `MK ${(n * 1700).toLocaleString('en-US')}`,
  },
  lo_LA: {
    country: 'LA', nationality: 'Lao', langs: ['lo'], companies: ['Lao Brewery Sales', 'Crowne Plaza Vientiane', 'Phu Bia Mining Services', 'Savan Logistics'], domains: ['laobrewery.com.la', 'savanlogistics.la', 'phubia-services.la'],
    phone: (office) => {
      if (office) {
        const n = `21${int(2, 4)}${digits(5)}`;
        return pick([`0${groups(n, [2, 3, 3])}`, `+856 ${groups(n, [2, 6])}`, `(021) ${n.slice(2)}`, `+856-21-${n.slice(2)}`]);
      }
      const n = `20${pick(['55', '56', '58', '59', '22', '23', '28', '77', '95', '96', '97', '98', '99'])}${digits(6)}`;
      return pick([`0${groups(n, [2, 4, 4])}`, `0${groups(n, [2, 4, 4])}`, `0${groups(n, [2, 2, 3, 3])}`, `+856 ${groups(n, [2, 4, 4])}`, `+856 ${groups(n, [2, 8])}`, `856${n}`, `0${n}`, `(+856-20) ${n.slice(2)}`]);
    },
    address: (lao) => {
      const [[village, villageLo], [district, districtLo]] = [
        pick([['Phonxay', 'ໂພນໄຊ'], ['Sisavath', 'ສີສະຫວາດ'], ['Nongbone', 'ໜອງບອນ'], ['Dongpalane', 'ດົງປ່າລານ'], ['Thongkhankham', 'ທົ່ງຂັນຄຳ'], ['Phonphanao', 'ໂພນພະເນົາ']]),
        pick([['Saysettha', 'ໄຊເສດຖາ'], ['Chanthabouly', 'ຈັນທະບູລີ'], ['Sisattanak', 'ສີສັດຕະນາກ'], ['Xaythany', 'ໄຊທານີ']]),
      ];
      const [house, unit] = [int(1, 400), pad(int(1, 30), 2)];
      if (lao) return oneOf(() => [`ເຮືອນເລກທີ ${house} ໜ່ວຍ ${unit} ບ້ານ${villageLo}`, `ເມືອງ${districtLo} ນະຄອນຫຼວງວຽງຈັນ`], () => [`ບ້ານ${villageLo} ເມືອງ${districtLo}`, 'ນະຄອນຫຼວງວຽງຈັນ']);
      return oneOf(
        () => [`House No. ${house}, Unit ${unit}, Ban ${village}`, `${district} District, Vientiane Capital`],
        () => [`Ban ${village}, ${district} District`, 'Vientiane, Lao PDR'],
        () => [`P.O. Box ${int(100, 9999)}`, 'Vientiane, Lao PDR'],
        () => [`Ban ${pick(['Xiengmouane', 'Phonxay', 'Naxay'])}, ${pick(['Kaysone Phomvihane District, Savannakhet', 'Luang Prabang District, Luang Prabang', 'Pakse District, Champasak'])}`],
      );
    },
    dob: (b, lang) => [`${b.dd}/${b.mm}/${b.y}`, `${b.dd}/${b.mm}/${b.y}`, lang === 'lo' ? `${b.d} ${MONTHS.lo[b.m - 1]} ${b.y}` : `${b.d} ${MONTH_NAMES.en[b.m - 1]} ${b.y}`, `${b.dd}-${b.mm}-${b.y}`, `${b.d}/${b.m}/${b.y}`],
    account: () => pick([['BANK_ACCOUNT', `${pad(int(1, 160), 3)}-${digits(2)}-${digits(2)}-${digits(8)}-${digits(3)}`], ['BANK_ACCOUNT', `${pad(int(1, 160), 3)}${digits(15)}`], ['BANK_ACCOUNT', nz(13)]]),
    passport: () => `P${digits(7)}`,
    licence: () => `${digits(2)}-${digits(6)}`,
    foreign: [['PRC resident ID', 'CN_RESIDENT_ID', chineseId], ['My Number (Japan)', 'JP_MY_NUMBER', myNumber], ['Steuer-ID (Germany)', 'DE_TAX_ID', steuerId]],
    negatives: () => pick([`Enterprise reg. ${nz(9)}`, `TIN ${nz(12)}`, `Ref. ${int(100, 999)}/HR.${int(2025, 2026)}`, `Invoice No. ${nz(7)}`]),
    money: (n) => `${(n * 2200).toLocaleString('en-US')} LAK`,
  },
  tk_TM: {
    country: 'TM', nationality: 'Turkmen', langs: ['tk', 'ru'], companies: ['Türkmennebit Hyzmatlary', 'Ak Altyn Myhmanhanasy', 'Awaza Logistika', 'Türkmen Dokma Toplumy'], domains: ['tmnebit-service.tm', 'awazalogistika.tm', 'dokma.com.tm'],
    phone: (office) => {
      const n = office ? `12${digits(6)}` : `6${int(1, 5)}${digits(6)}`;
      return pick([`+993 ${groups(n, [2, 6])}`, `+993 ${groups(n, [2, 6])}`, `+993 (${n.slice(0, 2)}) ${n.slice(2, 4)}-${n.slice(4, 6)}-${n.slice(6)}`, `8 ${groups(n, [2, 6])}`, `8 (${n.slice(0, 2)}) ${n.slice(2, 4)}-${n.slice(4, 6)}-${n.slice(6)}`, `+993${n}`, `993${n}`, `8${n}`]);
    },
    address: (form) => {
      const [street, streetRu] = pick([['Görogly köçesi', 'ул. Гёроглы'], ['Magtymguly şaýoly', 'пр. Махтумкули'], ['Atatürk köçesi', 'ул. Ататюрка'], ['Oguzhan köçesi', 'ул. Огузхана'], ['Andalyp köçesi', 'ул. Андалиба']]);
      const [house, flat] = [int(1, 120), int(1, 90)];
      if (form === 'ru') return oneOf(() => [`г. Ашхабад, ${streetRu}, д. ${house}, кв. ${flat}`], () => [`744000, г. Ашхабад`, `${streetRu}, д. ${house}, кв. ${flat}`], () => [`г. ${pick(['Мары', 'Туркменабат', 'Дашогуз'])}, мкр. ${int(1, 11)}, д. ${int(1, 60)}, кв. ${flat}`]);
      return oneOf(
        () => [`Aşgabat ş., ${street}, jaý ${house}, öý ${flat}`],
        () => [`${pick(['744000', '744036', '744013'])}, Aşgabat şäheri`, `${street} ${house}, ${flat}-nji öý`],
        () => [`${pick(['Mary', 'Türkmenabat', 'Daşoguz', 'Balkanabat'])} ş., ${int(1, 11)}-nji kiçi etrap, jaý ${int(1, 60)}, öý ${flat}`],
        () => [`${pick(['Ak bugdaý', 'Gökdepe', 'Babadaýhan'])} etraby, ${pick(['Bereket', 'Täze ýol', 'Garaşsyzlyk'])} geňeşligi`, `${pick(['Parahat', 'Ýaşlyk'])} köçesi ${int(1, 90)}`],
      );
    },
    dob: (b, lang) => [`${b.dd}.${b.mm}.${b.y}`, `${b.dd}.${b.mm}.${b.y}`, lang === 'ru' ? `${b.d} ${MONTH_NAMES.ru[b.m - 1]} ${b.y} г.` : `${b.d} ${MONTHS.tk[b.m - 1]} ${b.y} ý.`, lang === 'ru' ? `${b.dd}.${b.mm}.${b.y} г.` : `${b.dd}.${b.mm}.${b.y} ý.`, `${b.d} ${MONTH_NAMES.en[b.m - 1]} ${b.y}`],
    account: () => pick([['BANK_ACCOUNT', `2320${digits(16)}`], ['BANK_ACCOUNT', `${digits(5)} ${digits(3)} ${digits(1)} ${digits(11)}`], ['BANK_ACCOUNT', `${pick(['2020', '2320'])}${digits(12)}`]]),
    passport: () => `${letter('AB')}${digits(7)}`,
    licence: () => `${pick(['AG', 'AŞ', 'MR'])} ${digits(6)}`,
    foreign: [['Steuer-ID (Germaniýa)', 'DE_TAX_ID', steuerId], ['BSN (Niderlandlar)', 'NL_BSN', bsn], ['US SSN', 'US_SSN', ssn]],
    negatives: () => pick([`Salgyt belgisi ${nz(12)}`, `Şertnama № ${int(1, 99)}/${int(2025, 2026)}`, `Hasap-faktura № ${nz(6)}`, `Rugsatnama ${letter('ABW')}-${nz(6)}`]),
    money: (n) => `${(n * 3.5).toLocaleString('ru-RU').replace(/\u00a0/gu, ' ')} manat`,
  },
  my_MM: {
    country: 'MM', nationality: 'Myanmar', langs: ['my', 'en'], companies: ['Myanmar Brewery Distribution', 'Sule Shangri-La Yangon', 'Thilawa SEZ Services', 'Shwe Taung Construction'], domains: ['mbl-distribution.com.mm', 'thilawaservices.com', 'shwetaung.com.mm'],
    phone: (office) => {
      if (office) {
        const n = `1${int(2, 6)}${digits(5)}`;
        return pick([`0${groups(n, [1, 6])}`, `+95 ${groups(n, [1, 3, 3])}`, `(01) ${n.slice(1)}`, `+95-1-${n.slice(1)}`]);
      }
      const n = `9${pick(['7', '6', '4', '2'])}${digits(8)}`;
      return pick([`0${groups(n, [1, 3, 3, 3])}`, `0${groups(n, [1, 3, 3, 3])}`, `0${n.slice(0, 1)}-${n.slice(1)}`, `+95 ${groups(n, [1, 3, 3, 3])}`, `+95 ${n}`, `95${n}`, `0${n}`, `+95-${n.slice(0, 1)}-${n.slice(1)}`]);
    },
    address: (burmese) => {
      const [township, townshipMy] = pick([['Pabedan', 'ပန်းဘဲတန်း'], ['Kamaryut', 'ကမာရွတ်'], ['Sanchaung', 'စမ်းချောင်း'], ['Hlaing', 'လှိုင်'], ['Yankin', 'ရန်ကင်း'], ['Thingangyun', 'သင်္ဃန်းကျွန်း']]);
      const [no, room] = [int(1, 400), int(1, 12)];
      if (burmese) {
        const a = oneOf(() => [`အမှတ် ${no}၊ ${pick(['ဗိုလ်ချုပ်အောင်ဆန်းလမ်း', 'အနော်ရထာလမ်း', 'ပြည်လမ်း', 'ကမ္ဘာအေးဘုရားလမ်း'])}`, `${townshipMy}မြို့နယ်၊ ရန်ကုန်မြို့`], () => [`တိုက် ${int(1, 60)}၊ အခန်း ${room}၊ ${int(10, 99)} လမ်း`, `${townshipMy}မြို့နယ်၊ ရန်ကုန်`]);
        return chance(0.6) ? a.map(myanmarDigits) : a;
      }
      return oneOf(
        () => [`No. ${no}, ${pick(['Bogyoke Aung San Road', 'Anawrahta Road', 'Pyay Road', 'Kabar Aye Pagoda Road'])}`, `${township} Township, Yangon`],
        () => [`Room ${room}${letter('ABC')}, ${int(1, 9)}th Floor, Building ${int(1, 60)}, ${int(10, 99)}th Street`, `${township} Township, Yangon ${pick(['11131', '11041', '11111'])}`],
        () => [`${int(26, 90)}th Street, between ${int(26, 40)}th and ${int(41, 60)}th Streets`, `${pick(['Chanayethazan', 'Mahaaungmyay', 'Aungmyethazan'])} Township, Mandalay`],
        () => [`${pick(['Ward 5', 'Ward 12', 'Ward 3'])}, ${pick(['Hlaingthaya', 'Shwepyitha', 'South Dagon'])} Township`, 'Yangon Region, Myanmar'],
      );
    },
    dob: (b, lang) => {
      const en = [`${b.dd}-${b.mm}-${b.y}`, `${b.d}/${b.m}/${b.y}`, `${b.d} ${MONTH_NAMES.en[b.m - 1]} ${b.y}`, `${b.dd}.${b.mm}.${b.y}`];
      return lang === 'my' ? [myanmarDigits(`${b.d}-${b.m}-${b.y}`), myanmarDigits(`${b.y} ခုနှစ်၊ ${MONTHS.my[b.m - 1]}လ ${b.d} ရက်`), `${b.dd}-${b.mm}-${b.y}`, `${b.d} ${MONTHS.my[b.m - 1]} ${b.y}`] : en;
    },
    account: () => pick([['BANK_ACCOUNT', `${pick(['027', '999', '012'])}${digits(14)}`], ['BANK_ACCOUNT', `${digits(4)} ${digits(4)} ${digits(4)} ${digits(5)}`], ['BANK_ACCOUNT', `${digits(4)}-${digits(3)}-${digits(6)}`]]),
    passport: () => `M${letter('ABCDE')}${digits(6)}`,
    licence: () => `${letter('ABEC')}/${digits(5)}/${int(15, 24)}`,
    foreign: [['PRC resident ID', 'CN_RESIDENT_ID', chineseId], ['My Number (Japan)', 'JP_MY_NUMBER', myNumber], ['PAN (India)', 'IN_PAN', null]],
    negatives: () => pick([`Company reg. ${nz(9)}`, `DICA permit ${int(100, 999)}/${int(2025, 2026)}`, `Overseas Worker ID card (OWIC) ${letter()}${nz(8)}`, `Voucher ${nz(6)}`]),
    money: (n) => `${(n * 2100).toLocaleString('en-US')} Ks`,
  },
};

// ---------------------------------------------------------------- value writers
/** The writer of one document: its locale, the language of its labels (the locale's two times in three), and a cue. */
function writer(locale) {
  const C = COUNTRIES[locale];
  const lang = chance(2 / 3) ? pick(C.langs) : 'en';
  return { C, locale, lang, cue: (key) => pick(LABELS[lang][key]) };
}
const EXTENSION = { es: ['ext. ', 'Ext. '], ar: ['تحويلة ', 'ext. '], fr: ['poste ', 'p. '], en: ['ext. ', 'x'], ny: ['ext. '], lo: ['ext. ', 'ຕໍ່ '], tk: ['içki ', 'доб. '], ru: ['доб. '], my: ['ext. '] };
/** A valid phone of the locale's country; an office line sometimes with its extension (inside the span). */
function phone(w, office = false) {
  let n = phoneOf(w.C.country, () => w.C.phone(office));
  if (w.C.country === 'MM' && w.lang === 'my' && chance(0.4)) n = myanmarDigits(n);
  return office && chance(0.25) ? `${n} ${pick(EXTENSION[w.lang])}${int(10, 499)}` : n;
}
/** An address of the locale, one line or a block of lines (one span across its line breaks). */
function address(w, block = false) {
  const native = { BH: 'ar', DZ: 'ar', MW: 'ny', LA: 'lo', MM: 'my' }[w.C.country];
  const form = w.C.country === 'TM' ? (w.lang === 'ru' ? 'ru' : 'tk') : native !== undefined && w.lang === native && chance(0.6);
  const parts = w.C.address(form);
  const joiner = /[\u0600-\u06ff]/u.test(parts[0]) ? '، ' : /[\u1000-\u109f]/u.test(parts[0]) ? '၊ ' : /[\u0e80-\u0eff]/u.test(parts[0]) ? ' ' : ', ';
  return parts.join(block ? '\n' : joiner);
}
const dob = (w, from = 1960, to = 2006) => pick(w.C.dob(birthDay(int, from, to), w.lang));
/** An id the person holds from a country they worked in: [cue, type, value]. */
function foreignId(w, p) {
  const [cue, type, make] = pick(w.C.foreign);
  return [cue, type, type === 'IT_FISCAL_CODE' ? codiceFiscale(p.first, p.last) : type === 'IN_PAN' ? pan(p.last) : make()];
}
const colon = () => pick([': ', ': ', ': ', ' : ', ' - ', '\t', ' ', ':']);
/** `cue: value` on its own line. */
function field(doc, cue, type, value) {
  doc.add(`${cue}${colon()}`).entity(type, value).add('\n');
}
/** An account as its holder writes it: [type, text] (an IBAN grouped by four half the time). */
function accountValue(w) {
  const [type, value] = w.C.account();
  return [type, type === 'IBAN' && chance(0.5) ? value.replace(/(.{4})(?!$)/gu, '$1 ') : value];
}
const company = (w) => pick(w.C.companies);
const officeMail = (w) => `${pick(['hr', 'careers', 'admin', 'travel', 'benefits', 'loans', 'cs'])}@${pick(w.C.domains)}`;
const money = (w) => w.C.money(int(2, 90) * 100);
const dated = () => `${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/${pick([2026, 2027])}`;
const clock = () => `${pad(int(6, 22), 2)}:${pad(int(0, 59), 2)}`;
const someone = (w) => PEOPLE[w.locale]();
const title = (w, key) => TITLE[key][w.lang] ?? TITLE[key].en;

// ---------------------------------------------------------------- what each kind says in the writer's language
const TITLE = {
  invitation: { en: 'LETTER OF INVITATION', es: 'CARTA DE INVITACIÓN', ar: 'رسالة دعوة', fr: 'LETTRE D’INVITATION', ny: 'KALATA YOITANIRA', lo: 'ໜັງສືເຊີນ', tk: 'ÇAGYRYŞ HATY', ru: 'ПРИГЛАСИТЕЛЬНОЕ ПИСЬМО', my: 'ဖိတ်ကြားစာ' },
  salary: { en: 'SALARY CONFIRMATION (FOR LOAN PURPOSES)', es: 'CONSTANCIA DE SALARIO PARA TRÁMITE DE PRÉSTAMO', ar: 'شهادة راتب لغرض القرض', fr: 'ATTESTATION DE SALAIRE (DOSSIER DE PRÊT)', ny: 'UMBONI WA MALIPIRO (NGONGOLE)', lo: 'ໃບຢັ້ງຢືນເງິນເດືອນ (ເພື່ອກູ້ຢືມ)', tk: 'AÝLYK HAKY BARADA KEPILNAMA', ru: 'СПРАВКА О ЗАРАБОТНОЙ ПЛАТЕ (ДЛЯ БАНКА)', my: 'လစာအထောက်အထား (ချေးငွေအတွက်)' },
  dependants: { en: 'MEDICAL AID — DEPENDANTS ENROLMENT', es: 'SEGURO MÉDICO — INCLUSIÓN DE BENEFICIARIOS', ar: 'التأمين الصحي — تسجيل المعالين', fr: 'MUTUELLE — AFFILIATION DES AYANTS DROIT', ny: 'INSHUWALANSI YA ZAUMOYO — KULEMBETSA ODALIRA', lo: 'ປະກັນສຸຂະພາບ — ລົງທະບຽນຜູ້ຢູ່ໃນອຸປະການ', tk: 'SAGLYK ÄTIÝAÇLANDYRYŞY — MAŞGALA AGZALARY', ru: 'ДМС — ВКЛЮЧЕНИЕ ЧЛЕНОВ СЕМЬИ', my: 'ကျန်းမာရေးအာမခံ — မှီခိုသူစာရင်းသွင်းခြင်း' },
  screening: { en: 'BACKGROUND SCREENING AUTHORISATION', es: 'AUTORIZACIÓN PARA VERIFICACIÓN DE ANTECEDENTES', ar: 'تفويض بالتحقق من الخلفية', fr: 'AUTORISATION DE VÉRIFICATION DES ANTÉCÉDENTS', ny: 'CHILOLEZO CHOFUFUZA MBIRI', lo: 'ໜັງສືອະນຸຍາດກວດສອບປະຫວັດ', tk: 'TERJIMEHALY BARLAMAGA RUGSAT', ru: 'СОГЛАСИЕ НА ПРОВЕРКУ БИОГРАФИИ', my: 'နောက်ခံစစ်ဆေးခွင့်ပြုချက်' },
  waybill: { en: 'AIR WAYBILL / CONSIGNMENT NOTE', es: 'GUÍA DE ENVÍO', ar: 'بوليصة شحن', fr: 'LETTRE DE TRANSPORT', ny: 'CHIKALATA CHOTUMIZIRA KATUNDU', lo: 'ໃບສົ່ງເຄື່ອງ', tk: 'ÝÜK ÝAZGYSY', ru: 'НАКЛАДНАЯ', my: 'ပါဆယ်ပို့လွှာ' },
  travel: { en: 'BUSINESS TRAVEL REQUEST', es: 'SOLICITUD DE VIAJE DE TRABAJO', ar: 'طلب سفر عمل', fr: 'DEMANDE DE DÉPLACEMENT PROFESSIONNEL', ny: 'PEMPHO LA ULENDO WA NTCHITO', lo: 'ຄຳຮ້ອງຂໍເດີນທາງໄປວຽກ', tk: 'IŞ SAPARY BARADA ARZA', ru: 'ЗАЯВКА НА КОМАНДИРОВКУ', my: 'လုပ်ငန်းခရီးစဉ်တောင်းခံလွှာ' },
  account: { en: 'ACCOUNT OPENING FORM — INDIVIDUAL', es: 'SOLICITUD DE APERTURA DE CUENTA — PERSONA NATURAL', ar: 'استمارة فتح حساب — أفراد', fr: 'DEMANDE D’OUVERTURE DE COMPTE — PARTICULIER', ny: 'FOMU YOTSEGULIRA AKAUNTI', lo: 'ແບບຟອມເປີດບັນຊີ — ບຸກຄົນ', tk: 'HASAP AÇMAK ÜÇIN ARZA', ru: 'ЗАЯВЛЕНИЕ НА ОТКРЫТИЕ СЧЁТА', my: 'ဘဏ်စာရင်းဖွင့်လှစ်ရန်လျှောက်လွှာ' },
};
/** A birth date in a sentence, with no label. */
const BORN = { en: ['born on ', ''], es: ['nacido/a el ', ''], ar: ['المولود/ة في ', ''], fr: ['né(e) le ', ''], ny: ['wobadwa pa ', ''], lo: ['ເກີດວັນທີ ', ''], tk: ['', ' doglan'], ru: ['', ' г.р.'], my: ['မွေးနေ့ ', ''] };
function bornInline(doc, w) {
  const [before, after] = BORN[w.lang];
  let value = dob(w);
  // "г.р." already says the year: drop a trailing "г." the Russian date would repeat.
  if (after === ' г.р.') value = value.replace(/ г\.$/u, '');
  doc.add(before).entity('DATE_OF_BIRTH', value).add(after);
}

const RELATION = ['spouse', 'son', 'daughter', 'husband', 'wife', 'child'];
const KINDS = {
  /** An employer's invitation letter to an embassy for a work or business visa: the invitee's particulars, the company's letterhead. */
  visaInvitation(doc, w, p) {
    const host = someone(w);
    doc.add(`${company(w)}\n`).entity('ADDRESS', address(w, chance(0.5))).add('\nTel ').entity('PHONE', phone(w, true)).add(` · ${w.C.negatives()}\n\n`);
    doc.add(`${title(w, 'invitation')}\nTo: The Consular Section, Embassy of ${pick(['Germany', 'the United Arab Emirates', 'South Africa', 'Malaysia', 'Türkiye', 'the Republic of Korea'])}\nOur ref. INV/${int(2026, 2027)}/${digits(4)} · ${dated()}\n\n`);
    doc.add(`We invite ${p.name}, `);
    bornInline(doc, w);
    doc.add(`, holder of passport `).entity('PASSPORT', w.C.passport()).add(`, to visit our ${pick(['head office', 'plant', 'regional office'])} from ${dated()} for ${int(3, 30)} days for ${pick(['technical training', 'contract negotiations', 'an onboarding programme', 'a site acceptance test'])}.\n`);
    if (chance(0.7)) doc.add(`${pick(['The invitee lives at', 'Home address of the invitee:'])} `).entity('ADDRESS', address(w)).add('.\n');
    doc.add(`All costs (flights, hotel, per diem of ${money(w)}) are borne by the company. Flight ${letter()}${letter()} ${int(100, 999)}, hotel booking ${nz(8)}.\n`);
    doc.add(`For questions please contact ${host.latinName}, HR, at `).entity('EMAIL', officeMail(w));
    if (chance(0.6)) doc.add(' or ').entity('PHONE', phone(w, true));
    doc.add('.\n');
    if (chance(0.4)) doc.add("Invitee's mobile: ").entity('PHONE', phone(w)).add('\n');
    doc.add(`\nYours faithfully,\n${host.name}\n`);
  },
  /** HR's salary confirmation for an employee's bank loan: birth date, address, salary account, figures. */
  salaryConfirmation(doc, w, p) {
    doc.add(`${title(w, 'salary')}\n${pick(['Loan application no.', 'Dossier n°', 'Application ref.'])} ${nz(8)} · ${pick(['Personal loan', 'Home improvement loan', 'Car loan'])}\n\n`);
    doc.add(`${w.cue('name')}: ${p.name}\n`);
    field(doc, w.cue('dob'), 'DATE_OF_BIRTH', dob(w, 1965, 2002));
    doc.add(`${w.cue('address')}:\n`).entity('ADDRESS', address(w, true)).add('\n');
    field(doc, w.cue('phone'), 'PHONE', phone(w));
    doc.add(`Employer: ${company(w)} · Employee no. ${int(1000, 99999)} · Engaged on ${dated().replace(/202[67]$/u, String(int(2008, 2024)))}\n`);
    doc.add(`Basic salary ${money(w)} · Allowances ${money(w)} · Net pay ${money(w)} per month\n`);
    doc.add('Salary is paid into ');
    const [type, value] = accountValue(w);
    doc.entity(type, value).add(` at ${pick(['our branch', 'the applicant’s bank', 'the lending bank'])}\n`);
    if (chance(0.3)) field(doc, w.cue('email'), 'EMAIL', emailOf(w.locale, p));
    doc.add(`\nConfirmed by ${someone(w).latinName}, Payroll — `).entity('PHONE', phone(w, true)).add(' · ').entity('EMAIL', officeMail(w)).add(`\nStamp and signature · Page 1 of 1 · ${w.C.negatives()}\n`);
  },
  /** A medical-aid enrolment of dependants: the principal member, the spouse and children with their birth dates. */
  dependantsEnrolment(doc, w, p) {
    doc.add(`${title(w, 'dependants')}\nScheme: ${pick(['Comprehensive', 'Standard Plus', 'Essential'])} · Member no. ${letter()}${nz(7)} · Group ${nz(5)}\n\n`);
    doc.add(`Principal member: ${p.name}\n`);
    field(doc, w.cue('dob'), 'DATE_OF_BIRTH', dob(w, 1965, 1998));
    field(doc, w.cue('phone'), 'PHONE', phone(w));
    if (chance(0.7)) field(doc, w.cue('email'), 'EMAIL', emailOf(w.locale, p));
    doc.add(`${w.cue('address')}: `).entity('ADDRESS', address(w, chance(0.3))).add('\n\nDependants:\n');
    const n = int(1, 4);
    for (let i = 0; i < n; i++) {
      const partner = i === 0 && chance(0.6);
      const relation = partner ? pick(['spouse', 'wife', 'husband']) : pick(['son', 'daughter', 'child']);
      doc.add(`${i + 1}. ${someone(w).first} — ${relation} — `).entity('DATE_OF_BIRTH', partner ? dob(w, 1965, 2000) : dob(w, 2008, 2025)).add(` — ${pick(['M', 'F'])}\n`);
    }
    doc.add(`Monthly contribution ${money(w)} per dependant, deducted from salary from ${dated()}.\n`);
    if (chance(0.4)) {
      doc.add('Top-up premium debited from ');
      const [type, value] = accountValue(w);
      doc.entity(type, value).add('\n');
    }
    doc.add(`Benefits office: `).entity('PHONE', phone(w, true)).add(`\n`);
  },
  /** A money-transfer receipt: the sender (a worker sending wages home), the receiver's phone, reference and amounts. */
  remittanceReceipt(doc, w, p) {
    const receiver = someone(w);
    doc.add(`${pick(['MONEY TRANSFER RECEIPT', 'SEND MONEY — CUSTOMER COPY', 'REMITTANCE ADVICE'])}\n${pick(['Agent', 'Branch'])}: ${company(w)} counter ${int(1, 12)} · ${dated()} ${clock()}\n`);
    doc.add(`Tracking no. (MTCN) ${digits(3)}-${digits(3)}-${digits(4)} · Transaction ID ${nz(12)}\n\n`);
    doc.add(`SENDER\n${p.name}\n`).entity('ADDRESS', address(w, true)).add('\n');
    doc.add(`${w.cue('phone')}: `).entity('PHONE', phone(w)).add('\n');
    if (chance(0.6)) doc.add('ID presented: passport ').entity('PASSPORT', w.C.passport()).add(` exp. ${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/${int(2028, 2036)}\n`);
    if (chance(0.3)) doc.add(`${w.cue('dob')}: `).entity('DATE_OF_BIRTH', dob(w)).add('\n');
    doc.add(`\nRECEIVER\n${receiver.name} — ${pick(['family support', 'school fees', 'savings', 'medical bills'])}\n`);
    doc.add(`${pick(['Mobile wallet', 'Receiver phone', 'Pay-out to phone'])}: `).entity('PHONE', phone(w)).add('\n');
    doc.add(`Amount sent ${money(w)} · Fee ${w.C.money(int(1, 20) * 10)} · Rate 1 USD = ${int(2, 3000)}.${digits(2)} · Total ${money(w)}\n`);
    if (chance(0.2)) doc.add('Paid by card ').entity('CREDIT_CARD', card()).add('\n');
    doc.add(`Customer service ${pick(['24/7', '08:00–20:00'])}: `).entity('PHONE', phone(w, true)).add(`\nKeep this receipt. Ref. ${letter()}${letter()}${nz(9)}\n`);
  },
  /** A background-screening authorisation: birth date, the addresses of the last years with their dates, ids. */
  backgroundScreening(doc, w, p) {
    doc.add(`${title(w, 'screening')}\nScreening provider case no. ${int(2026, 2027)}-${nz(7)} · Requested by ${company(w)}\n\n`);
    doc.add(`I, ${p.name}, authorise the verification of my identity, education and employment history.\n\n`);
    field(doc, w.cue('dob'), 'DATE_OF_BIRTH', dob(w, 1968, 2005));
    doc.add(`Current ${w.cue('address').toLowerCase()} (since ${int(2019, 2025)}):\n`).entity('ADDRESS', address(w, true)).add('\n');
    const n = int(1, 2);
    for (let i = 0; i < n; i++) {
      const to = int(2012, 2024);
      doc.add(`Previous address ${i + 1} (${to - int(1, 6)}–${to}): `).entity('ADDRESS', address(w)).add('\n');
    }
    if (chance(0.5)) field(doc, w.cue('licence'), 'DRIVER_LICENSE', w.C.licence());
    if (chance(0.6)) field(doc, w.cue('passport'), 'PASSPORT', w.C.passport());
    if (chance(0.35)) {
      const [cue, type, value] = foreignId(w, p);
      doc.add(`Also lived abroad — ${cue}: `).entity(type, value).add('\n');
    }
    field(doc, w.cue('phone'), 'PHONE', phone(w));
    field(doc, w.cue('email'), 'EMAIL', emailOf(w.locale, p));
    doc.add(`Signed ${dated()} · Consent form version ${int(1, 9)}.${int(0, 9)} · Fee paid ${money(w)}\n`);
  },
  /** A chat about renting a room near a new job: the room's address, phones, a deposit account, time stamps (negatives). */
  roomRentalChat(doc, w, p) {
    const landlord = someone(w);
    // Burmese names share their first syllable often: the whole name then tells the two apart.
    const [me, them] = p.first === landlord.first ? [p.latinName, landlord.latinName] : [p.first, landlord.first];
    doc.add(`${pick(['Chat with', 'Conversation:', 'Messages —'])} ${landlord.latinName}\n`);
    doc.add(`[${clock()}] ${me}: Hello, is the room from the ad still free? I start work at ${company(w)} next month.\n`);
    doc.add(`[${clock()}] ${them}: Yes. ${money(w)} a month, ${int(1, 3)} months deposit. It is at `).entity('ADDRESS', address(w)).add('\n');
    doc.add(`[${clock()}] ${me}: Can I see it on ${pick(['Saturday', 'Sunday', 'Friday'])} at ${int(9, 18)}:00?\n`);
    doc.add(`[${clock()}] ${them}: OK. Call me when you arrive `).entity('PHONE', phone(w)).add('\n');
    if (chance(0.6)) {
      doc.add(`[${clock()}] ${them}: For the contract I need your date of birth and passport number\n[${clock()}] ${me}: `).entity('DATE_OF_BIRTH', dob(w, 1980, 2006)).add(', ').entity('PASSPORT', w.C.passport()).add('\n');
    }
    if (chance(0.5)) doc.add(`[${clock()}] ${me}: my number is `).entity('PHONE', phone(w)).add(pick([' (WhatsApp too)', '', ' — call after 5pm']) + '\n');
    if (chance(0.6)) {
      doc.add(`[${clock()}] ${them}: Deposit to `);
      const [type, value] = accountValue(w);
      doc.entity(type, value).add(` ${pick(['please', 'and send me the slip', ''])}\n`);
    }
    if (chance(0.3)) doc.add(`[${clock()}] ${them}: or mail me the scan at `).entity('EMAIL', emailOf(w.locale, landlord)).add('\n');
    doc.add(`[${clock()}] ${me}: 👍 see you. Room ${int(1, 6)}, ${ordinal(int(1, 4))} floor?\n[${clock()}] ${them}: yes\n`);
  },
  /** The last page of a CV: education with years and grades, personal details, referees with their contacts. */
  cvTail(doc, w, p) {
    doc.add(`EDUCATION\n${int(2005, 2016)}–${int(2017, 2022)}  ${pick(['BSc Accounting', 'Diploma in Electrical Engineering', 'BA Business Administration', 'Certificate in Hospitality'])}, ${pick(['University', 'Polytechnic', 'Technical College'])} — GPA ${int(2, 3)}.${digits(2)}/4.00, student no. ${nz(8)}\n`);
    doc.add(`${int(2000, 2012)}  School certificate, ${int(5, 9)} passes (index ${digits(4)}/${digits(3)})\n\nPERSONAL DETAILS\n`);
    const rows = shuffle(['dob', 'licence', 'address', 'nationality', 'languages']).slice(0, int(3, 5));
    for (const row of rows) {
      if (row === 'dob') field(doc, w.cue('dob'), 'DATE_OF_BIRTH', dob(w, 1972, 2004));
      if (row === 'licence') field(doc, w.cue('licence'), 'DRIVER_LICENSE', w.C.licence());
      if (row === 'address') doc.add(`${w.cue('address')}${colon()}`).entity('ADDRESS', address(w)).add('\n');
      if (row === 'nationality') doc.add(`Nationality: ${w.C.nationality} · Marital status: ${pick(['single', 'married'])}\n`);
      if (row === 'languages') doc.add(`Languages: ${pick(['English (fluent), French (basic)', 'Spanish (native), English (B2)', 'Arabic, English', 'Russian, Turkmen, English'])}\n`);
    }
    doc.add('\nREFEREES\n');
    const n = int(2, 3);
    for (let i = 0; i < n; i++) {
      const r = someone(w);
      doc.add(`${r.latinName}, ${pick(['Operations Manager', 'Head of Department', 'Lecturer', 'Site Supervisor', 'Chief Accountant'])}, ${company(w)}\n`);
      doc.add(`${pick(['Cell', 'Tel', 'Mobile', 'Phone'])}: `).entity('PHONE', phone(w, chance(0.3)));
      if (chance(0.7)) doc.add(pick([' | ', '\n', ' · Email: '])).entity('EMAIL', emailOf(w.locale, r));
      doc.add('\n');
    }
    doc.add(`\n${p.latinName} · CV updated ${pad(int(1, 12), 2)}/${int(2025, 2026)} · page ${int(2, 3)}/${int(3, 4)}\n`);
  },
  /** A courier's waybill for documents sent to a new employer: both address blocks and phones; tracking, weight, value (negatives). */
  courierWaybill(doc, w, p) {
    const recipient = someone(w);
    doc.add(`${title(w, 'waybill')}\n${pick(['DHL Express', 'Aramex', 'EMS', 'FedEx', 'a local courier'])} · Waybill ${nz(10)} · ${dated()} ${clock()}\n\n`);
    doc.add(`FROM (SHIPPER)\n${p.name}\n`).entity('ADDRESS', address(w, true)).add('\n');
    doc.add(`${w.cue('phone')}: `).entity('PHONE', phone(w)).add('\n');
    if (chance(0.5)) doc.add(`${w.cue('email')}: `).entity('EMAIL', emailOf(w.locale, p)).add('\n');
    doc.add(`\nTO (CONSIGNEE)\n${recipient.latinName}, HR — ${company(w)}\n`).entity('ADDRESS', address(w, true)).add('\n');
    doc.add('Contact: ').entity('PHONE', phone(w, true)).add('\n\n');
    doc.add(`Contents: ${pick(['signed contract and certificates', 'documents (no commercial value)', 'passport photos and forms'])} · Pieces ${int(1, 3)} · Weight ${int(0, 4)}.${int(1, 9)} kg · Dim. ${int(20, 40)}×${int(15, 30)}×${int(1, 9)} cm\n`);
    doc.add(`Declared value ${money(w)} · Account ${nz(9)} · Route ${letter()}${letter()}${letter()}-${letter()}${letter()}${letter()} · Picked up ${clock()}\n`);
    if (chance(0.3)) doc.add('Shipper ').entity('PASSPORT', w.C.passport()).add(' (customs)\n');
  },
  /** An HR travel-desk request: the traveller's passport and birth date as printed in it, flights and bookings (negatives). */
  travelRequest(doc, w, p) {
    doc.add(`${title(w, 'travel')}\nRequest TR-${int(2026, 2027)}-${digits(5)} · Cost centre ${int(1000, 9999)} · Project ${letter()}${letter()}${nz(4)}\n\n`);
    doc.add(`Traveller (as in passport): ${p.latinName}\n`);
    field(doc, w.cue('passport'), 'PASSPORT', w.C.passport());
    doc.add(`Passport expiry ${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/${int(2028, 2036)} · Nationality ${w.C.nationality}\n`);
    field(doc, w.cue('dob'), 'DATE_OF_BIRTH', dob(w, 1965, 2003));
    field(doc, w.cue('phone'), 'PHONE', phone(w));
    field(doc, w.cue('email'), 'EMAIL', emailOf(w.locale, p));
    doc.add(`Frequent flyer ${letter()}${letter()} ${nz(9)} · Meal ${pick(['HNML', 'MOML', 'VGML', 'none'])} · Seat ${pick(['aisle', 'window'])}\n\n`);
    doc.add(`Outbound ${letter()}${letter()}${int(100, 999)} ${dated()} dep. ${clock()} arr. ${clock()}\nReturn ${letter()}${letter()}${int(100, 999)} ${dated()} dep. ${clock()}\nPNR ${letter()}${letter()}${int(1, 9)}${letter()}${letter()}${int(1, 9)} · Hotel confirmation ${nz(9)} · Est. cost ${money(w)}\n`);
    if (chance(0.5)) doc.add('Emergency contact: ').entity('PHONE', phone(w)).add(` (${pick(RELATION)})\n`);
    if (chance(0.3)) doc.add('Per diem to ').entity(...accountValue(w)).add('\n');
    doc.add('Approved by line manager · Travel desk ').entity('EMAIL', officeMail(w)).add('\n');
  },
  /** The OCR text of a bank's account-opening form: box rules, ticks, blanks; the new account number at the bottom. */
  accountOpeningOcr(doc, w, p) {
    const box = () => pick(['|', '│', '[ ]', '[x]', '☐', '☒']);
    doc.add(`${title(w, 'account')}\n${{ es: 'Sucursal', fr: 'Agence' }[w.lang] ?? 'Branch'} code ${digits(3)} ${box()} Salary account ${box()} Savings ${box()}\n`);
    doc.add(`1. ${w.cue('name')} ${box()} ${p.name.toUpperCase()}\n2. ${w.cue('dob')} ${box()} `).entity('DATE_OF_BIRTH', dob(w, 1965, 2006)).add(` ${box()} Sex ${pick(['M', 'F'])}\n`);
    doc.add(`3. ${w.cue('address')} ${box()}\n`).entity('ADDRESS', address(w, true)).add('\n');
    doc.add(`4. ${w.cue('phone')} ${box()} `).entity('PHONE', phone(w)).add(` ${box()} ${pick(['Home', 'Other'])} ${box()} ________\n`);
    if (chance(0.7)) doc.add(`5. ${w.cue('email')} ${box()} `).entity('EMAIL', emailOf(w.locale, p)).add('\n');
    doc.add(`6. ${{ es: 'Documento', fr: 'Pièce d’identité' }[w.lang] ?? 'ID document'} ${box()} passport ${box()} `).entity('PASSPORT', w.C.passport()).add(`\n7. Employer ${box()} ${company(w)} ${box()} `).entity('PHONE', phone(w, true)).add('\n');
    doc.add(`8. Monthly income ${box()} ${money(w)} ${box()} Source of funds: salary\n`);
    if (chance(0.3)) {
      const [cue, type, value] = foreignId(w, p);
      doc.add(`9. Tax residence abroad ${box()} ${cue} `).entity(type, value).add('\n');
    }
    doc.add(`— FOR BANK USE ONLY —\nCIF ${nz(8)} ${box()} Account no. `).entity(...accountValue(w)).add(` ${box()} Opened ${dated()} ${box()} Officer ${int(100, 999)}\n`);
  },
};

// ---------------------------------------------------------------- Korean documents
const KO = {
  phone(office = false) {
    return phoneOf('KR', () => {
      if (office) {
        const area = pick(['02', '044', '033', '041', '043', '054', '055', '061', '063', '070']);
        const [mid, last] = [`${int(2, 9)}${digits(area === '02' ? int(2, 3) : 2)}`, digits(4)];
        return pick([`${area}-${mid}-${last}`, `${area}-${mid}-${last}`, `${area})${mid}-${last}`, `(${area})${mid}-${last}`, `${area} ${mid}-${last}`, `${pick(['1544', '1661', '1670', '1811'])}-${digits(4)}`]);
      }
      const [a, b] = [`${int(2, 9)}${digits(3)}`, digits(4)];
      return pick([`010-${a}-${b}`, `010-${a}-${b}`, `010.${a}.${b}`, `010)${a}-${b}`, `010-${a}${b}`, `+82 (0)10-${a}-${b}`, `82-10-${a}-${b}`, `010 ${a}-${b}`, `010${a}${b}`]);
    });
  },
  address(block = false) {
    const [si, gu, road] = pick([
      ['세종특별자치시', '', '한누리대로'], ['제주특별자치도', '제주시', '연삼로'], ['강원특별자치도', '춘천시', '중앙로'], ['전북특별자치도', '전주시 완산구', '효자로'], ['충청남도', '천안시 서북구', '불당대로'],
      ['경상북도', '포항시 남구', '포스코대로'], ['서울특별시', '성동구', '왕십리로'], ['서울특별시', '강서구', '마곡중앙로'], ['경기도', '화성시', '동탄대로'], ['경기도', '평택시', '평택로'], ['대구광역시', '수성구', '달구벌대로'], ['전라남도', '여수시', '시청로'],
    ]);
    const place = `${si}${gu ? ` ${gu}` : ''}`;
    const post = pad(int(1000, 63999), 5);
    const unit = pick([` ${int(101, 130)}동 ${int(1, 30)}0${int(1, 8)}호`, ` ${int(1, 9)}층 ${int(1, 9)}0${int(1, 9)}호`, ` (${pick(['반지하', '옥탑'])})`, '', ` ${pick(['e편한세상', '아이파크', '래미안', '센트레빌'])} ${int(101, 120)}-${int(1, 25)}0${int(1, 4)}`]);
    const line = oneOf(() => `${place} ${road} ${int(1, 600)}${unit}`, () => `${place} ${road} ${int(1, 300)}-${int(1, 20)}${unit}`, () => `${place.replace(/특별자치시|특별자치도|특별시|광역시/u, '')} ${road} ${int(1, 600)}${unit}`);
    const parts = oneOf(() => [line], () => [`[${post}]`, line], () => [line, `(우편번호: ${post})`], () => [`${post} ${line}`]);
    return parts.join(block ? '\n' : ' ');
  },
  dob(from = 1958, to = 2007) {
    const b = birthDay(int, from, to);
    return pick([`${b.y}년 ${b.mm}월 ${b.dd}일`, `${b.y}.${b.mm}.${b.dd}.`, `${b.y}/${b.mm}/${b.dd}`, `${b.yy}${b.mm}${b.dd}`, `'${b.yy}.${b.m}.${b.d}`, `${b.y}년${b.m}월${b.d}일`, `${b.y}. ${b.m}. ${b.d}.`]);
  },
  account: () => pick([`${digits(3)}-${digits(2)}-${digits(6)}-${int(0, 9)}`, `${digits(4)}-${digits(4)}-${digits(4)}`, `${digits(3)}-${digits(4)}-${digits(4)}-${digits(2)}`, `79${digits(2)}-${digits(2)}-${digits(7)}`, `${digits(3)}-${digits(6)}-${digits(3)}`, nz(12)]),
  bank: () => pick(['IBK기업은행', '토스뱅크', '케이뱅크', 'SC제일은행', '수협은행', '부산은행', '광주은행', '신협']),
  licence: () => pick([`${pick(['12', '15', '20', '21', '28'])}-${digits(2)}-${digits(6)}-${digits(2)}`, `${pick(['강원', '충북', '전남', '제주'])}-${digits(2)}-${digits(6)}-${digits(2)}`, `${pick(['11', '23'])} ${digits(2)} ${digits(6)} ${digits(2)}`]),
  passport: () => pick([`M${digits(3)}${letter('ABCDEFGHJK')}${digits(4)}`, `M${digits(8)}`, `R${digits(8)}`]),
};
/** 주민등록번호 or 외국인등록번호 with the label people write, in a line or a table cell. */
function koRegistration(doc, foreigner = chance(0.25), label) {
  const type = foreigner ? 'KR_FRN' : 'KR_RRN';
  const cue = label ?? (foreigner ? pick(['외국인등록번호: ', '등록번호(외국인) ', 'Alien Registration No. ']) : pick(['주민등록번호: ', '주민번호 ', '주민등록번호 | ', '생년월일/주민번호: ']));
  doc.add(cue).entity(type, krWritten(bornBetween(type, [1952, 1], [2008, 12]))).add('\n');
}
/** Sometimes an impossible registration number the writer strikes out (a decoy, never labelled). */
function koStruck(doc) {
  if (!chance(0.2)) return;
  const [before, after] = pick([['(삭제: ', ' — 잘못 입력)\n'], ['※ 이전 서류의 ', ' 은(는) 오기이므로 폐기\n'], ['번호 ', ' 는 조회가 안 된다고 하네요\n']]);
  doc.add(before).decoy(krWritten(impossibleRegistration())).add(after);
}
const koDate = () => `${int(2026, 2027)}년 ${int(1, 12)}월 ${int(1, 28)}일`;
const KO_KINDS = {
  /** 초청장: a Korean company invites a foreign engineer or trainee (the company's address and line; the invitee's passport and birth date). */
  초청장(doc, p) {
    const guest = PEOPLE[pick(LOCALES)]();
    doc.add(`${pick(['초 청 장', '초청장 (Letter of Invitation)', '사증발급 초청장'])}\n\n초청회사: ${pick(['(주)한빛정밀', '대성오토텍(주)', '세진바이오 주식회사'])}\n주소: `).entity('ADDRESS', KO.address()).add('\n대표전화: ').entity('PHONE', KO.phone(true)).add(`\n사업자등록번호 ${businessRegistrationNumber()}\n\n`);
    doc.add(`피초청인 성명: ${guest.latinName}\n생년월일: `).entity('DATE_OF_BIRTH', KO.dob(1970, 2004)).add('\n여권번호: ').entity('PASSPORT', `${letter()}${letter()}${digits(7)}`).add('\n');
    doc.add(`방문 목적: ${pick(['기술 연수', '설비 시운전', '상용 방문(계약 협의)'])}  체류 기간: ${koDate()} ~ ${int(30, 90)}일\n`);
    if (chance(0.5)) {
      doc.add(`국내 보증인(담당자): ${p.name} ${pick(['과장', '차장', '부장'])}\n`);
      if (chance(0.5)) koRegistration(doc, false, '보증인 주민등록번호: ');
      doc.add('휴대전화 ').entity('PHONE', KO.phone()).add(' / ').entity('EMAIL', emailOf('ko', p)).add('\n');
    }
    doc.add(`\n${koDate()}\n대표이사 (직인)\n`);
    koStruck(doc);
  },
  /** 재직확인서(대출용): HR confirms employment for a bank; 주민번호, 주소, 급여계좌, 인사 담당 연락처. */
  재직확인서(doc, p) {
    doc.add(`${pick(['재직확인서 (대출 제출용)', '재 직 증 명 서', '재직 및 급여 확인서'])}\n\n성 명: ${p.name}\n`);
    if (chance(0.75)) koRegistration(doc, chance(0.15));
    else doc.add('생년월일: ').entity('DATE_OF_BIRTH', KO.dob(1965, 2003)).add('\n');
    doc.add('주 소: ').entity('ADDRESS', KO.address(chance(0.3))).add('\n');
    doc.add(`소 속: ${pick(['생산관리팀', '영업2팀', '품질보증팀', '물류센터'])}  직 위: ${pick(['사원', '대리', '과장'])}  입사일: ${int(2010, 2024)}.${pad(int(1, 12), 2)}.${pad(int(1, 28), 2)}\n`);
    doc.add(`연봉: ${int(28, 75)},${digits(3)},000원  월 급여: ${int(2, 6)},${digits(3)},${digits(3)}원 (세전)\n급여 지급 계좌: ${KO.bank()} `).entity('BANK_ACCOUNT', KO.account()).add('\n');
    doc.add(`용도: ${pick(['전세자금대출', '신용대출', '주택담보대출'])} 제출용  발급번호 제${int(2026, 2027)}-${digits(4)}호\n\n인사담당: ${PEOPLE.ko().name} `).entity('PHONE', KO.phone(true)).add(' ').entity('EMAIL', `${pick(['insa', 'hr', 'people'])}@${pick(['hanbitpm.co.kr', 'daesung-auto.com', 'sejinbio.kr'])}`).add('\n');
    koStruck(doc);
  },
  /** 피부양자 등록: 건강보험 피부양자 자격취득 신고 (배우자·자녀의 주민번호나 생년월일). */
  피부양자등록(doc, p) {
    doc.add(`${pick(['피부양자 자격(취득) 신고서', '건강보험 피부양자 등록 신청', '피부양자 추가 요청 (인사팀)'])}\n\n직장가입자: ${p.name}\n`);
    koRegistration(doc, chance(0.15));
    doc.add('연락처: ').entity('PHONE', KO.phone()).add('\n주소: ').entity('ADDRESS', KO.address()).add('\n\n피부양자\n');
    const n = int(1, 3);
    for (let i = 0; i < n; i++) {
      const relation = i === 0 ? pick(['배우자', '부', '모']) : pick(['자녀', '자', '녀']);
      doc.add(`${i + 1}) ${PEOPLE.ko().name} (${relation}) `);
      if (chance(0.6)) {
        const type = chance(0.1) ? 'KR_FRN' : 'KR_RRN';
        const [from, to] = relation === '배우자' ? [[1960, 1], [2004, 12]] : relation === '부' || relation === '모' ? [[1940, 1], [1975, 12]] : [[2008, 1], [2026, 9]];
        doc.entity(type, krWritten(bornBetween(type, from, to))).add('\n');
      } else doc.add('생년월일 ').entity('DATE_OF_BIRTH', relation === '배우자' ? KO.dob(1962, 2003) : relation === '부' || relation === '모' ? KO.dob(1940, 1975) : KO.dob(2008, 2025)).add('\n');
    }
    doc.add(`\n사업장관리번호 ${digits(11)}-${int(0, 9)}  접수일 ${koDate()}\n`);
    koStruck(doc);
  },
  /** 해외송금 영수증: a foreign worker sends wages home (외국인등록번호, the receiver's phone abroad, reference numbers). */
  해외송금영수증(doc) {
    const [country, make] = pick([
      ['VN', () => `+84 ${pick(['9', '3', '7'])}${digits(1)} ${digits(3)} ${digits(4)}`],
      ['PH', () => `+63 9${digits(2)} ${digits(3)} ${digits(4)}`],
      ['NP', () => `+977 98${digits(1)} ${digits(7)}`],
      ['UZ', () => `+998 ${pick(['90', '91', '93', '97'])} ${digits(3)} ${digits(2)} ${digits(2)}`],
    ]);
    const sender = PEOPLE[pick(LOCALES)]();
    doc.add(`${pick(['해외송금 거래확인증', '해외송금 영수증 (고객용)', 'Overseas Remittance Receipt'])}\n거래일시 ${int(2026, 2027)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)} ${clock()}  거래번호 ${nz(14)}\n\n보내는 분: ${sender.latinName}\n`);
    koRegistration(doc, true);
    doc.add('휴대폰: ').entity('PHONE', KO.phone()).add('\n');
    if (chance(0.5)) doc.add('주소: ').entity('ADDRESS', KO.address()).add('\n');
    doc.add(`받는 분: ${PEOPLE[pick(LOCALES)]().latinName}  수취국가 ${country}\n받는 분 전화: `).entity('PHONE', phoneOf(country, make)).add('\n');
    doc.add(`송금액 USD ${int(200, 2500)}.00  환율 ${int(1300, 1500)}.${digits(2)}  수수료 ${int(3, 9)},000원  출금 계좌 ${KO.bank()} `).entity('BANK_ACCOUNT', KO.account()).add('\n');
    doc.add(`고객센터 `).entity('PHONE', KO.phone(true)).add('\n');
    koStruck(doc);
  },
  /** 방 구함 채팅: a used-goods app style chat about a room near the new job (times as negatives). */
  방구함채팅(doc, p) {
    const host = PEOPLE.ko();
    doc.add(`${pick(['[동네생활] 원룸 문의', '[방 구해요] 채팅', '부동산 직거래 채팅'])}\n`);
    doc.add(`${p.name} ${clock()}\n다음 달부터 근처 회사로 출근해서 방 구하고 있어요. 아직 있나요?\n`);
    doc.add(`${host.name} ${clock()}\n네 있어요. 보증금 ${int(3, 20)}00만원 / 월세 ${int(35, 80)}만원, 관리비 ${int(5, 15)}만원이에요. 위치는 `).entity('ADDRESS', KO.address()).add(' 입니다\n');
    doc.add(`${p.name} ${clock()}\n토요일 ${int(10, 17)}시에 보러 가도 될까요? 제 번호 `).entity('PHONE', KO.phone()).add('\n');
    if (chance(0.5)) {
      doc.add(`${host.name} ${clock()}\n계약서 쓰려면 생년월일이랑 주민번호 앞자리 알려주세요\n${p.name} ${clock()}\n`).entity('DATE_OF_BIRTH', KO.dob(1975, 2006)).add(' 이에요\n');
    }
    if (chance(0.5)) doc.add(`${host.name} ${clock()}\n가계약금은 ${KO.bank()} `).entity('BANK_ACCOUNT', KO.account()).add(` (${host.name}) 으로 보내주세요\n`);
    doc.add(`${host.name} ${clock()}\n도착하시면 `).entity('PHONE', KO.phone()).add(` 로 전화 주세요. ${int(1, 5)}층 ${int(1, 5)}0${int(1, 5)}호예요\n`);
  },
  /** 택배 운송장: sender and receiver blocks, waybill and order numbers (negatives). */
  택배운송장(doc, p) {
    const to = PEOPLE.ko();
    doc.add(`${pick(['CJ대한통운', '한진택배', '롯데택배', '우체국택배'])}  운송장번호 ${digits(4)}-${digits(4)}-${digits(4)}\n접수 ${int(2026, 2027)}.${pad(int(1, 12), 2)}.${pad(int(1, 28), 2)} ${clock()}  주문번호 ${nz(16)}\n\n`);
    doc.add(`받는 분: ${to.name}\n`).entity('PHONE', KO.phone()).add('\n').entity('ADDRESS', KO.address(chance(0.5))).add('\n');
    doc.add(`\n보내는 분: ${p.name}\n`).entity('PHONE', KO.phone(chance(0.3))).add('\n').entity('ADDRESS', KO.address()).add('\n');
    doc.add(`\n품명: ${pick(['서류(근로계약서)', '노트북 반납', '유니폼', '건강검진 서류'])}  수량 ${int(1, 3)}  운임 ${int(3, 6)},${pick(['000', '500'])}원 (신용)  ${pick(['경비실 보관', '문 앞', '부재 시 연락'])}\n`);
    if (chance(0.3)) doc.add('문의: ').entity('EMAIL', emailOf('ko', p)).add('\n');
  },
};

// ---------------------------------------------------------------- the set
// 100 rounds over the ten locales, then 250 Korean documents; each document's kind is drawn.
const decoyCues = ['Voucher no. ', 'Docket ', 'Consignment ', 'Token '];
const cases = labelledDocuments({ wave: 24, pick, chance, locales: LOCALES, perLocale: DOCUMENTS_PER_LOCALE, koreanCount: KOREAN_DOCUMENTS, kinds: KINDS, koreanKinds: KO_KINDS, writer, people: PEOPLE, decoyCues, decoy: () => krWritten(impossibleRegistration()) });

// ---------------------------------------------------------------- Korean number vectors
// writeKoreanNumberVectors writes the fourteen categories; the surroundings are this set's own: an
// invitation letter, a salary confirmation for a loan, a dependants registration, an overseas
// remittance, a room-rental chat, a parcel waybill, a background check, an airline ticket, a salary
// transfer form and 【…】 brackets.
const AROUND = [['', ''], ['초청장 보증인 ', ''], ['재직확인서(대출용) ', ''], ['피부양자 신고 — ', ''], ['해외송금 ', ' (송금인)'], ['[방 구함] ', ' 입니다'], ['운송장 메모: ', ''], ['신원조회 요청 ', ''], ['항공권 발권 ', ''], ['【', '】'], ['급여이체 신청서 ', '']];
const FRAMES = {
  KR_RRN: [...AROUND, ['피부양자(자녀) 주민번호 ', ''], ['대출 신청인 주민등록번호: ', ''], ['[방 구함] 계약자 주민번호 ', ' 요'], ['초청 보증인 주민번호 ', ' (확인)']],
  KR_FRN: [...AROUND, ['송금인 외국인등록번호 ', ' (E-9)'], ['피부양자(외국인 배우자) ', ''], ['ARC (Korea) ', ' — remittance'], ['발권 승객 외국인등록번호: ', '']],
  decoy: [...AROUND, ['폐기된 번호 ', ' (오기)'], ['[방 구함] 이 번호 ', ' 로 조회가 안 돼요'], ['송금 조회 불가 ', '']],
  PASSPORT: [['항공권 발권 여권 ', ''], ['초청 대상 여권 ', ''], ['【여권 ', '】'], ['Ticketing passport ', ' (KOR)']],
  DRIVER_LICENSE: [['신원조회 운전면허 ', ''], ['택배 기사 면허 ', ''], ['【면허 ', '】'], ['Licence (Korea) ', ' — check']],
  BANK_ACCOUNT: [['대출금 입금 계좌 ', ''], ['급여이체 계좌 ', ''], ['[방 구함] 가계약금 계좌 ', ' 예요'], ['송금 출금 계좌: ', '']],
  business: [['초청회사 사업자등록번호 ', ''], ['택배 발송처 사업자 ', ''], ['【사업자 ', '】'], ['Company reg. (Korea) ', '']],
  military: [['군번 ', ' (해군)'], ['사번 ', ''], ['도서관 회원번호 ', ''], ['수험번호 ', ' (오후)']],
};
const makers = { written: krWritten, bornBetween, registration, impossibleRegistration, businessRegistrationNumber, passport: KO.passport, driverLicence: KO.licence, bankAccount: KO.account };
finishHeldBackSet({ wave: 24, dir: DIR, seed: SEED, frozenOn: FROZEN_ON, cases, frames: FRAMES, stream, makers });
