// Builds test/fixtures/pii/heldback-w23/: the wave 23 held-back labelled set for the sensitive-data
// detector, written by someone who never tunes the detector (issue #10 §3).
//
//   npx node scripts/build-pii-heldback-w23.mjs           (writes documents.json, korean-numbers.json, manifest.json)
//   npx node scripts/build-pii-heldback-w23.mjs --check   (writes nothing; fails unless the files are what this builds)
//
// The wave 22 set (heldback-w22/) had its figures published and is tuning data in wave 23; this set
// measures that tuning on text nobody has seen. Its own seed, ten locales no earlier set used (every
// faker locale pairing a language with a country is used by now, so these are language_COUNTRY pairs of
// ten countries new to the sets: es_HN, es_SV, ar_OM, rw_RW, tn_BW, am_ET, tg_TJ, fr_BF, cnr_ME, en_FJ)
// and Korean again, and document kinds no earlier set used: an overseas-placement bio-data sheet, a power
// of attorney to collect final pay, a seafarer's crew sign-on form, a page of job-seeking classified ads,
// a work-site induction card, a training bursary application, a request for a police clearance
// certificate, a household (domestic worker) employment agreement, a mentoring programme sign-up and a
// correction to a submitted application; in Korean 위임장, 구직 게시글, 건설 현장 근로자 등록, 범죄경력
// 조회 동의서, 지원서 정정 요청 and 멘토링 신청서. Labelling rules are those of heldback-w10/README.md
// to heldback-w22/README.md.
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

const SEED = 0x5eed_0d23;
const DOCUMENTS_PER_LOCALE = 100;
const KOREAN_DOCUMENTS = 250;
const FROZEN_ON = '2026-12-02';
const DIR = new URL('../test/fixtures/pii/heldback-w23/', import.meta.url);

const stream = heldBackStream(SEED);
const { int, pick, chance, digits, letter, nz, shuffle, krWritten } = stream;
const { card, sin, aadhaar, pan, codiceFiscale, registration, bornBetween, impossibleRegistration, businessRegistrationNumber } = stream;
const { ssn, nino, steuerId, nir, dni, bsn, chineseId, myNumber } = stream;
for (const faker of [fakerES, fakerFR]) faker.seed(int(1, 2 ** 30));

const LOCALES = ['es_HN', 'es_SV', 'ar_OM', 'rw_RW', 'tn_BW', 'am_ET', 'tg_TJ', 'fr_BF', 'cnr_ME', 'en_FJ'];
const arabicDigits = digitsOfScript(0x0660);
const oneOf = (...choices) => pick(choices)();

// ---------------------------------------------------------------- month names this set needs beyond pii-dates
const MONTHS = {
  rw: ['Mutarama', 'Gashyantare', 'Werurwe', 'Mata', 'Gicurasi', 'Kamena', 'Nyakanga', 'Kanama', 'Nzeri', 'Ukwakira', 'Ugushyingo', 'Ukuboza'],
  tn: ['Ferikgong', 'Tlhakole', 'Mopitlo', 'Moranang', 'Motsheganang', 'Seetebosigo', 'Phukwi', 'Phatwe', 'Lwetse', 'Diphalane', 'Ngwanatsele', 'Sedimonthole'],
  /** Tajik month names with the izofa of a written date ("12 марти 1990"). */
  tg: ['январи', 'феврали', 'марти', 'апрели', 'майи', 'июни', 'июли', 'августи', 'сентябри', 'октябри', 'ноябри', 'декабри'],
  /** Montenegrin (Latin), genitive as after a day ("12. marta 1990."). */
  cnr: ['januara', 'februara', 'marta', 'aprila', 'maja', 'juna', 'jula', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
  /** The thirteen months of the Ethiopian calendar, in Amharic. */
  amEthiopian: ['መስከረም', 'ጥቅምት', 'ኅዳር', 'ታኅሣሥ', 'ጥር', 'የካቲት', 'መጋቢት', 'ሚያዝያ', 'ግንቦት', 'ሰኔ', 'ሐምሌ', 'ነሐሴ', 'ጳጉሜ'],
  esShortUpper: ['ENE', 'FEB', 'MAR', 'ABR', 'MAY', 'JUN', 'JUL', 'AGO', 'SEP', 'OCT', 'NOV', 'DIC'],
};

/** The Ethiopian-calendar date of a Gregorian one (through the Julian day number; epoch 1 Meskerem 1 = JDN 1724221). */
function ethiopianDate(y, m, d) {
  const a = Math.floor((14 - m) / 12);
  const [y2, m2] = [y + 4800 - a, m + 12 * a - 3];
  const jdn = d + Math.floor((153 * m2 + 2) / 5) + 365 * y2 + Math.floor(y2 / 4) - Math.floor(y2 / 100) + Math.floor(y2 / 400) - 32045;
  const start = (year) => 1724221 + 365 * (year - 1) + Math.floor(year / 4);
  const year = Math.floor((4 * (jdn - 1724220) + 1463) / 1461);
  const into = jdn - start(year);
  return { y: year, m: Math.floor(into / 30) + 1, d: (into % 30) + 1 };
}
{
  const [e, f] = [ethiopianDate(2023, 9, 12), ethiopianDate(1990, 3, 12)];
  if (`${e.y}-${e.m}-${e.d} ${f.y}-${f.m}-${f.d}` !== '2016-1-1 1982-7-3') throw new Error(`Ethiopian calendar: ${JSON.stringify([e, f])}`);
}

// ---------------------------------------------------------------- labels, by the writer's language
// Every labelled value takes its cue from here: the locale's language two times in three, English (an
// international agency's, ship manager's or employer's form) otherwise.
const LABELS = {
  en: {
    name: ['Name in full', 'Applicant', 'Surname / Given names'], dob: ['Date of birth', 'D.O.B.', 'Birth date'], address: ['Permanent address', 'Home address', 'Postal address', 'Residence'],
    phone: ['Mobile no.', 'Phone', 'Contact no.', 'Cell phone', 'Tel'], email: ['E-mail', 'Email ID', 'Email'], passport: ['Passport no.', 'Passport number', 'Travel document no.'],
    licence: ['Driving licence no.', "Driver's licence no.", 'Licence no.'], account: ['Bank account no.', 'A/C no.', 'Account number'], kin: ['Next of kin', 'Emergency contact', 'Person to notify'],
  },
  es: {
    name: ['Nombre completo', 'Nombres y apellidos', 'Solicitante'], dob: ['Fecha de nacimiento', 'Fecha de nac.', 'F. nacimiento'], address: ['Dirección', 'Dirección de domicilio', 'Domicilio actual', 'Residencia'],
    phone: ['Celular', 'Teléfono', 'Tel.', 'Número de celular', 'WhatsApp'], email: ['Correo electrónico', 'Correo', 'E-mail'], passport: ['Pasaporte No.', 'Número de pasaporte', 'Pasaporte'],
    licence: ['Licencia de conducir No.', 'Licencia No.', 'Licencia'], account: ['Cuenta de ahorro No.', 'No. de cuenta', 'Cuenta bancaria'], kin: ['En caso de emergencia avisar a', 'Contacto de emergencia', 'Familiar responsable'],
  },
  ar: {
    name: ['الاسم الكامل', 'اسم المتقدم'], dob: ['تاريخ الميلاد', 'تاريخ الولادة'], address: ['العنوان', 'عنوان الإقامة', 'العنوان الدائم'],
    phone: ['رقم الهاتف', 'الهاتف النقال', 'النقال', 'هاتف'], email: ['البريد الإلكتروني', 'بريد إلكتروني'], passport: ['رقم جواز السفر', 'جواز سفر رقم'],
    licence: ['رقم رخصة السياقة', 'رخصة القيادة رقم'], account: ['رقم الحساب المصرفي', 'رقم الحساب'], kin: ['أقرب الأقارب', 'في حالة الطوارئ يرجى الاتصال بـ'],
  },
  rw: {
    name: ['Amazina yose', 'Amazina', 'Izina ry’umusaba'], dob: ['Itariki y’amavuko', 'Yavutse ku wa', 'Itariki yavukiyeho'], address: ['Aderesi', 'Aho utuye', 'Aderesi y’aho atuye'],
    phone: ['Telefoni', 'Nomero ya telefoni', 'Tel.', 'Mobayili'], email: ['Imeyili', 'E-mail'], passport: ['Nomero ya pasiporo', 'Pasiporo No.'],
    licence: ['Uruhushya rwo gutwara No.', 'Perimi No.'], account: ['Nomero ya konti', 'Konti ya banki'], kin: ['Uwo kumenyesha mu gihe cy’ibyago', 'Umuntu wa hafi'],
  },
  tn: {
    name: ['Leina ka botlalo', 'Maina', 'Leina'], dob: ['Letlha la matsalo', 'Letsatsi la matsalo', 'Matsalo'], address: ['Aterese', 'Aterese ya bonno', 'Kwa o nnang teng'],
    phone: ['Mogala', 'Nomoro ya mogala', 'Sele', 'Tel'], email: ['Imeile', 'E-mail'], passport: ['Nomoro ya phasepoto', 'Phasepoto'],
    licence: ['Laesense ya go kgweetsa', 'Nomoro ya laesense'], account: ['Nomoro ya akhaonto', 'Akhaonto ya banka'], kin: ['Wa losika wa gaufi', 'Motho yo o ka ikgolaganyang nae'],
  },
  am: {
    name: ['ሙሉ ስም', 'ስም', 'የአመልካች ስም'], dob: ['የትውልድ ቀን', 'የተወለዱበት ቀን', 'ትውልድ ቀን'], address: ['አድራሻ', 'የመኖሪያ አድራሻ', 'ቋሚ አድራሻ'],
    phone: ['ስልክ', 'ሞባይል', 'ስልክ ቁጥር', 'ተንቀሳቃሽ ስልክ'], email: ['ኢሜይል', 'ኢ-ሜይል'], passport: ['የፓስፖርት ቁጥር', 'ፓስፖርት ቁ.'],
    licence: ['የመንጃ ፈቃድ ቁጥር', 'መንጃ ፈቃድ ቁ.'], account: ['የባንክ ሂሳብ ቁጥር', 'ሂሳብ ቁጥር'], kin: ['በአደጋ ጊዜ የሚጠራ ሰው', 'የቅርብ ዘመድ'],
  },
  tg: {
    name: ['Насаб, ном, номи падар', 'Ному насаб'], dob: ['Санаи таваллуд', 'Соли таваллуд', 'Таърихи таваллуд'], address: ['Суроға', 'Суроғаи истиқомат', 'Ҷои зист'],
    phone: ['Телефон', 'Тел.', 'Телефони мобилӣ', 'Рақами телефон'], email: ['Почтаи электронӣ', 'E-mail'], passport: ['Шиносномаи хориҷӣ №', 'Раками шиноснома'],
    licence: ['Шаҳодатномаи ронандагӣ №', 'Ҳуқуқи ронандагӣ'], account: ['Суратҳисоб №', 'Рақами суратҳисоб'], kin: ['Дар ҳолати фавқулода', 'Хешовандони наздик'],
  },
  ru: {
    name: ['Ф.И.О.', 'Фамилия Имя Отчество'], dob: ['Дата рождения', 'Год и дата рождения', 'Родился'], address: ['Адрес регистрации', 'Место жительства', 'Адрес'],
    phone: ['Тел. моб.', 'Телефон', 'Сотовый', 'Конт. тел.'], email: ['E-mail', 'Электронная почта'], passport: ['Загранпаспорт серия/№', 'Паспорт (заграничный)'],
    licence: ['Вод. удостоверение №', 'Права №'], account: ['Расчётный счёт', 'Р/с', 'Номер лицевого счёта'], kin: ['Близкие родственники', 'Кого известить'],
  },
  fr: {
    name: ['Nom et prénom(s)', 'NOM et Prénoms', 'Demandeur'], dob: ['Date de naissance', 'Né(e) le', 'Naissance'], address: ['Adresse complète', 'Domicile', 'Adresse postale', 'Résidence'],
    phone: ['Tél.', 'Cellulaire', 'Contact', 'N° de téléphone', 'Tél. mobile'], email: ['E-mail', 'Adresse électronique', 'Courriel'], passport: ['N° passeport', 'Passeport n°'],
    licence: ['Permis de conduire n°', 'N° du permis'], account: ['Compte bancaire', 'RIB', 'N° de compte'], kin: ['Personne à contacter en cas d’urgence', 'Parent à prévenir'],
  },
  cnr: {
    name: ['Ime i prezime', 'Prezime i ime', 'Podnosilac'], dob: ['Datum rođenja', 'Rođen/a', 'Datum i mjesto rođenja'], address: ['Adresa', 'Adresa stanovanja', 'Prebivalište'],
    phone: ['Mob.', 'Telefon', 'Kontakt telefon', 'Tel.'], email: ['E-mail', 'Elektronska pošta', 'Imejl'], passport: ['Broj pasoša', 'Pasoš br.'],
    licence: ['Broj vozačke dozvole', 'Vozačka dozvola br.'], account: ['Broj žiro računa', 'Tekući račun', 'Račun br.'], kin: ['Osoba za kontakt u hitnim slučajevima', 'Najbliži srodnik'],
  },
};

// ---------------------------------------------------------------- names
const HN_SURNAMES = ['Zelaya', 'Maradiaga', 'Ordóñez', 'Cálix', 'Funes', 'Membreño', 'Rivera', 'Bonilla', 'Mejía', 'Amaya', 'Padilla', 'Zúniga', 'Lagos', 'Banegas'];
const SV_SURNAMES = ['Hernández', 'Portillo', 'Alvarenga', 'Menjívar', 'Quintanilla', 'Chicas', 'Ayala', 'Rosales', 'Guardado', 'Argueta', 'Cornejo', 'Orellana', 'Villatoro', 'Escobar'];
const OM_GIVEN = [['سالم', 'Salim'], ['فاطمة', 'Fatma'], ['خالد', 'Khalid'], ['زوينة', 'Zuwaina'], ['سعيد', 'Said'], ['أسماء', 'Asma'], ['يوسف', 'Yousuf'], ['موزة', 'Moza'], ['هلال', 'Hilal'], ['بثينة', 'Buthaina']];
/** Fathers' names for the `بن` (son or daughter of) part of an Omani name. */
const OM_FATHERS = ['سالم', 'خالد', 'سعيد', 'يوسف', 'هلال', 'حمد', 'ناصر', 'سيف'];
const OM_FAMILIES = [['البلوشي', 'Al Balushi'], ['الحارثي', 'Al Harthy'], ['الرواحي', 'Al Rawahi'], ['الهنائي', 'Al Hinai'], ['العامري', 'Al Amri'], ['الكندي', 'Al Kindi'], ['البوسعيدي', 'Al Busaidi'], ['المعمري', 'Al Maamari']];
const OM_EXPATS = [['Suresh', 'Pillai'], ['Fathima', 'Rahman'], ['Imran', 'Qureshi'], ['Anil', 'Thomas'], ['Nasreen', 'Begum'], ['Rohan', 'Desai']];
const RW_GIVEN = ['Jean Claude', 'Aline', 'Eric', 'Diane', 'Patrick', 'Claudine', 'Emmanuel', 'Solange', 'Olivier', 'Grace', 'Innocent', 'Josiane'];
const RW_SURNAMES = ['Uwimana', 'Niyonzima', 'Mukamana', 'Habimana', 'Uwase', 'Nshimiyimana', 'Ingabire', 'Mugisha', 'Iradukunda', 'Hakizimana', 'Mutesi', 'Nkurunziza'];
const BW_GIVEN = ['Kagiso', 'Boitumelo', 'Tebogo', 'Neo', 'Mpho', 'Onalenna', 'Thato', 'Lesego', 'Kabelo', 'Gaone', 'Tshepo', 'Masego'];
const BW_SURNAMES = ['Molefe', 'Kgosi', 'Seretse', 'Mogae', 'Tshekedi', 'Motsumi', 'Ramotswa', 'Dintwa', 'Gabaake', 'Modise', 'Sebego', 'Kebonang'];
const ET_NAMES = [['አበበ', 'Abebe'], ['ሰላማዊት', 'Selamawit'], ['ዳዊት', 'Dawit'], ['ሕይወት', 'Hiwot'], ['ዮናስ', 'Yonas'], ['መቅደስ', 'Meron'], ['ብርሃኑ', 'Birhanu'], ['ትዕግስት', 'Tigist'], ['ሳሙኤል', 'Samuel'], ['ቤተልሔም', 'Bethlehem']];
const ET_FATHERS = [['ከበደ', 'Kebede'], ['ተስፋዬ', 'Tesfaye'], ['ገብረ', 'Gebre'], ['አለሙ', 'Alemu'], ['ወልደ', 'Wolde'], ['በቀለ', 'Bekele'], ['ሃይሉ', 'Hailu'], ['ታደሰ', 'Tadesse']];
/** Tajik given names with whether the family name takes the feminine ending (-ова/-ева). */
const TJ_NAMES = [['Фирӯз', 'Firuz', false], ['Мадина', 'Madina', true], ['Шерзод', 'Sherzod', false], ['Нигора', 'Nigora', true], ['Фаррух', 'Farrukh', false], ['Зарина', 'Zarina', true], ['Далер', 'Daler', false], ['Манижа', 'Manizha', true], ['Беҳрӯз', 'Behruz', false], ['Тахмина', 'Takhmina', true]];
const TJ_FAMILIES = [['Раҳимов', 'Rahimov'], ['Назаров', 'Nazarov'], ['Сафаров', 'Safarov'], ['Каримов', 'Karimov'], ['Шарипов', 'Sharipov'], ['Давлатов', 'Davlatov'], ['Қодиров', 'Qodirov'], ['Ҷӯраев', 'Juraev']];
const BF_GIVEN = ['Issouf', 'Aminata', 'Souleymane', 'Salimata', 'Boukary', 'Rasmata', 'Wendkouni', 'Adama', 'Fatimata', 'Hamidou', 'Pélagie', 'Noaga'];
const BF_SURNAMES = ['Ouédraogo', 'Sawadogo', 'Compaoré', 'Kaboré', 'Zongo', 'Traoré', 'Ilboudo', 'Sanou', 'Kiemdé', 'Nikiéma', 'Yaméogo', 'Bationo', 'Somé', 'Diallo'];
const ME_GIVEN = ['Marko', 'Jelena', 'Nikola', 'Milica', 'Vuk', 'Ivana', 'Stefan', 'Tijana', 'Luka', 'Anđela', 'Dragan', 'Sanja'];
const ME_SURNAMES = ['Vujović', 'Radulović', 'Đukanović', 'Popović', 'Bulatović', 'Vukčević', 'Kažić', 'Nikčević', 'Šćekić', 'Lakić', 'Rakočević', 'Perović'];
const FJ_PEOPLE = [['Josefa', 'Ratu'], ['Mere', 'Naivalu'], ['Seru', 'Tuisawau'], ['Litia', 'Vakacegu'], ['Viliame', 'Rokotuiloma'], ['Ana', 'Tamani'], ['Ravinesh', 'Kumar'], ['Shalini', 'Devi'], ['Mohammed', 'Azim'], ['Priya', 'Lata'], ['Sakiusa', 'Bulicokocoko'], ['Salote', 'Koroi']];
const KO_FAMILY = [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi'], ['장', 'jang'], ['임', 'lim'], ['조', 'cho'], ['송', 'song'], ['권', 'kwon'], ['황', 'hwang']];
const KO_GIVEN = [['지훈', 'jihoon'], ['소연', 'soyeon'], ['태윤', 'taeyoon'], ['다인', 'dain'], ['준서', 'junseo'], ['채원', 'chaewon'], ['시우', 'siwoo'], ['은서', 'eunseo'], ['건우', 'geonwoo'], ['하린', 'harin']];

/** `name` as the writer writes it, `latin` for e-mail addresses and English forms. */
const person = (name, latinName, first, last) => ({ name, latinName, first, last });
const latinPerson = (first, last) => person(`${first} ${last}`, `${first} ${last}`, first, last);
const PEOPLE = {
  es_HN: () => latinPerson(fakerES.person.firstName(), shuffle(HN_SURNAMES).slice(0, 2).join(' ')),
  es_SV: () => latinPerson(fakerES.person.firstName(), shuffle(SV_SURNAMES).slice(0, 2).join(' ')),
  ar_OM: () => {
    if (chance(0.3)) return { ...latinPerson(...pick(OM_EXPATS)), expat: true };
    const [[ga, gl], [fa, fl]] = [pick(OM_GIVEN), pick(OM_FAMILIES)];
    return person(`${ga} ${pick(['بن', 'بنت'])} ${pick(OM_FATHERS)} ${fa}`, `${gl} ${fl}`, gl, fl.replace('Al ', ''));
  },
  rw_RW: () => {
    const [given, family] = [pick(RW_GIVEN), pick(RW_SURNAMES)];
    return person(chance(0.5) ? `${family.toUpperCase()} ${given}` : `${given} ${family}`, `${given} ${family}`, given.split(' ')[0], family);
  },
  tn_BW: () => latinPerson(pick(BW_GIVEN), pick(BW_SURNAMES)),
  am_ET: () => {
    const [[ga, gl], [fa, fl]] = [pick(ET_NAMES), pick(ET_FATHERS)];
    return person(`${ga} ${fa}`, `${gl} ${fl}`, gl, fl);
  },
  tg_TJ: () => {
    const [[gc, gl, feminine], [fc, fl]] = [pick(TJ_NAMES), pick(TJ_FAMILIES)];
    const [family, familyLatin] = feminine ? [`${fc}а`, `${fl}a`] : [fc, fl];
    return person(`${family} ${gc}`, `${gl} ${familyLatin}`, gl, familyLatin);
  },
  fr_BF: () => {
    const [given, family] = [chance(0.4) ? fakerFR.person.firstName() : pick(BF_GIVEN), pick(BF_SURNAMES)];
    return person(`${family.toUpperCase()} ${given}`, `${given} ${family}`, given, family);
  },
  cnr_ME: () => latinPerson(pick(ME_GIVEN), pick(ME_SURNAMES)),
  en_FJ: () => latinPerson(...pick(FJ_PEOPLE)),
  ko: () => {
    const [[fk, fl], [gk, gl]] = [pick(KO_FAMILY), pick(KO_GIVEN)];
    return person(`${fk}${gk}`, `${gl[0].toUpperCase()}${gl.slice(1)} ${fl[0].toUpperCase()}${fl.slice(1)}`, gl, fl);
  },
};
const MAIL_DOMAINS = {
  es_HN: ['gmail.com', 'yahoo.com', 'hotmail.com', 'hondutel.hn'], es_SV: ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.com'], ar_OM: ['gmail.com', 'omantel.net.om', 'hotmail.com'],
  rw_RW: ['gmail.com', 'yahoo.fr', 'outlook.com'], tn_BW: ['gmail.com', 'yahoo.com', 'botsnet.bw', 'mascom.bw'], am_ET: ['gmail.com', 'yahoo.com', 'ethionet.et'],
  tg_TJ: ['mail.ru', 'gmail.com', 'list.ru', 'tojikiston.tj'], fr_BF: ['gmail.com', 'yahoo.fr', 'fasonet.bf'], cnr_ME: ['gmail.com', 't-com.me', 'yahoo.com', 'hotmail.com'],
  en_FJ: ['gmail.com', 'yahoo.com', 'connect.com.fj', 'usp.ac.fj'], ko: ['naver.com', 'daum.net', 'gmail.com', 'nate.com', 'kakao.com'],
};
function emailOf(locale, p) {
  // ascii() drops a letter it cannot decompose; Montenegrins write đ as "dj" in their addresses.
  const [f, l] = [p.first, p.last].map((s) => ascii(s.replace(/đ/gu, 'dj').replace(/Đ/gu, 'Dj')).toLowerCase());
  const local = pick([`${f}.${l}`, `${l}${f}${int(1, 99)}`, `${f}${l[0]}${int(80, 2006)}`, `${f}-${l}`, `${l}.${f[0]}`, `${f}${l}`]);
  return `${local}@${pick(MAIL_DOMAINS[locale])}`;
}

// ---------------------------------------------------------------- the ten countries
// One table: how each country's people write phones, addresses, birth dates, accounts, passports and
// licences, the ids they hold from countries they worked in (only ids the detector claims), and numbers on
// their forms that are never sensitive (hard negatives).
const COUNTRIES = {
  es_HN: {
    country: 'HN', langs: ['es'], companies: ['Maquila Textil del Valle', 'Hotel Honduras Maya', 'Cooperativa Cafetalera de Marcala', 'Naviera Puerto Cortés'], domains: ['textilvalle.hn', 'hondurasmaya.com', 'navieracortes.hn'],
    phone: (office) => {
      const n = office ? `2${pick(['2', '5', '6'])}${digits(6)}` : `${pick(['9', '9', '3', '8'])}${digits(7)}`;
      return pick([groups(n, [4, 4], '-'), groups(n, [4, 4], '-'), `+504 ${groups(n, [4, 4], '-')}`, `(504) ${groups(n, [4, 4])}`, n, `+504${n}`, groups(n, [4, 4])]);
    },
    address: () => {
      const city = pick(['Tegucigalpa, M.D.C.', 'San Pedro Sula, Cortés', 'La Ceiba, Atlántida', 'Choloma, Cortés', 'Comayagua']);
      return oneOf(
        () => [`Colonia ${pick(['Kennedy', 'Hato de Enmedio', 'Las Colinas', 'Villa Olímpica'])}, Bloque ${int(1, 40)}, Casa ${int(100, 3999)}`, city],
        () => [`Barrio ${pick(['Guamilito', 'El Centro', 'La Guadalupe', 'Río de Piedras'])}, ${int(1, 12)} calle, ${int(1, 9)} y ${int(10, 14)} avenida ${pick(['N.O.', 'S.O.', 'N.E.'])}, casa #${int(1, 90)}`, city],
        () => [`Col. ${pick(['Rivera Hernández', 'Palmira', 'San Ángel', 'Los Robles'])}, de la pulpería ${pick(['La Bendición', 'El Carmen', 'Doña Tere'])} ${int(1, 3)} cuadras al ${pick(['sur', 'norte', 'este'])}`, city],
        () => [`Residencial ${pick(['Plaza', 'Honduras', 'Altos de Loarque', 'Las Uvas'])}, Calle ${pick(['Los Álamos', 'Principal', 'Las Flores'])}, casa ${int(1, 60)}-${letter('ABCD')}`, city],
      );
    },
    dob: (b) => [`${b.dd}/${b.mm}/${b.y}`, `${b.dd}/${b.mm}/${b.y}`, `${b.d} de ${MONTH_NAMES.es[b.m - 1]} de ${b.y}`, `${b.dd}-${MONTHS.esShortUpper[b.m - 1]}-${b.y}`, `${b.dd}.${b.mm}.${b.y}`],
    account: () => pick([['BANK_ACCOUNT', `7${digits(8)}`], ['BANK_ACCOUNT', `${pick(['200', '110', '010'])}${digits(9)}`], ['BANK_ACCOUNT', `${digits(2)}-${digits(3)}-${digits(6)}-${int(0, 9)}`]]),
    passport: () => `${letter('EFGH')}${digits(7)}`,
    licence: () => `${pick(['0801', '0501', '0101', '0301'])}-${int(1965, 2006)}-${digits(5)}`,
    foreign: [['Social Security No. (USA)', 'US_SSN', ssn], ['NIE (España)', 'ES_DNI', dni], ['SIN (Canadá)', 'CA_SIN', sin]],
    negatives: () => pick([`RTN ${pick(['0801', '0501'])}${int(1990, 2020)}${digits(6)}`, `No. de afiliación IHSS patronal ${nz(7)}`, `Expediente ${int(2025, 2026)}-${digits(5)}`, `Factura No. 000-001-01-${digits(8)}`]),
    money: (n) => `L ${n.toLocaleString('en-US')}.00`,
  },
  es_SV: {
    country: 'SV', langs: ['es'], companies: ['Textiles San Bartolo', 'Café Las Nubes', 'Centro Logístico Acajutla', 'Hotel Sheraton Presidente San Salvador'], domains: ['textilessb.com.sv', 'cafelasnubes.sv', 'logacajutla.com'],
    phone: (office) => {
      const n = office ? `2${int(1, 5)}${digits(6)}` : `${pick(['7', '7', '6'])}${digits(7)}`;
      return pick([groups(n, [4, 4], '-'), groups(n, [4, 4], '-'), `+503 ${groups(n, [4, 4], '-')}`, `+503 ${groups(n, [4, 4])}`, `(503) ${groups(n, [4, 4], '-')}`, n, `503-${n}`]);
    },
    address: () => {
      const city = pick(['San Salvador', 'Santa Tecla, La Libertad', 'Soyapango', 'Santa Ana', 'San Miguel', 'Antiguo Cuscatlán, La Libertad']);
      return oneOf(
        () => [`Colonia ${pick(['Escalón', 'Miramonte', 'San Benito', 'Flor Blanca'])}, Calle ${pick(['La Mascota', 'Los Castaños', 'El Mirador', 'Las Rosas'])} #${int(100, 999)}`, city],
        () => [`Residencial ${pick(['Altavista', 'Jardines de la Sabana', 'Santa Teresa'])}, Polígono ${int(1, 40)}, Pasaje ${int(1, 12)}, casa #${int(1, 90)}`, `${pick(['Ilopango', 'Tonacatepeque', 'Ciudad Merliot'])}, San Salvador`],
        () => [`Final ${int(60, 99)} Avenida Norte y Pasaje ${pick(['Las Palmas', 'Istmania', 'Los Pinos'])}, #${int(1, 40)}`, `Colonia Escalón, ${city}`],
        () => [`${int(1, 9)}a Calle Poniente #${int(1, 60)}, Barrio ${pick(['El Centro', 'San Francisco', 'La Merced'])}`, `${city}${chance(0.4) ? `, CP ${pick(['1101', '1501', '2201', '3301'])}` : ''}`],
      );
    },
    dob: (b) => [`${b.dd}/${b.mm}/${b.y}`, `${b.dd}/${b.mm}/${b.y}`, `${b.d} de ${MONTH_NAMES.es[b.m - 1]} de ${b.y}`, `${b.dd}-${b.mm}-${b.y}`, `${b.d}/${b.m}/${b.y}`],
    account: () => pick([['IBAN', ibanOf('SV', `${pick(['CENR', 'BAGR', 'BCIE', 'HSBC'])}${digits(20)}`)], ['BANK_ACCOUNT', `${digits(3)}-${digits(6)}-${int(0, 9)}`], ['BANK_ACCOUNT', nz(11)]]),
    passport: () => `${letter('AB')}${digits(8)}`,
    licence: () => `${pick(['0614', '0210', '1217', '0511'])}-${digits(6)}-${digits(3)}-${int(0, 9)}`,
    foreign: [['SSN (Estados Unidos)', 'US_SSN', ssn], ['SIN (Canadá)', 'CA_SIN', sin], ['DNI/NIE', 'ES_DNI', dni]],
    negatives: () => pick([`NRC ${nz(6)}-${int(0, 9)}`, `ISSS patronal ${nz(9)}`, `Correlativo ${int(2025, 2026)}-${digits(4)}`, `Crédito Fiscal No. ${nz(6)}`]),
    money: (n) => `$${n.toLocaleString('en-US')}.00`,
  },
  ar_OM: {
    country: 'OM', langs: ['ar'], companies: ['Oman Logistics Services', 'Muscat Hills Resort', 'Sohar Aluminium Contracting', 'Al Batinah Facilities'], domains: ['omanlogistics.om', 'muscathills.com', 'batinahfm.com'],
    phone: (office) => {
      const n = office ? `2${pick(['4', '4', '6', '5'])}${digits(6)}` : `${pick(['9', '9', '7'])}${int(1, 9)}${digits(6)}`;
      return pick([groups(n, [4, 4]), groups(n, [4, 4]), n, `+968 ${groups(n, [4, 4])}`, `+968 ${n}`, `00968 ${n}`, `968-${n}`, `(+968) ${groups(n, [2, 3, 3])}`]);
    },
    address: (arabic) => {
      const [area, areaAr, city, cityAr] = pick([['Al Khuwair', 'الخوير', 'Muscat', 'مسقط'], ['Qurum', 'القرم', 'Muscat', 'مسقط'], ['Al Ghubrah North', 'الغبرة الشمالية', 'Muscat', 'مسقط'], ['Ruwi', 'روي', 'Muscat', 'مسقط'], ['Al Mawaleh South', 'الموالح الجنوبية', 'Seeb', 'السيب'], ['Falaj Al Qabail', 'فلج القبائل', 'Sohar', 'صحار'], ['Firq', 'فرق', 'Nizwa', 'نزوى']]);
      const [way, house, block, pc] = [int(1001, 9999), int(1, 2999), int(200, 299), pick(['112', '113', '130', '133', '311', '611'])];
      if (arabic) {
        const a = oneOf(() => [`سكة ${way}، منزل ${house}`, `${areaAr}، ${cityAr}`], () => [`ص.ب ${int(100, 3999)}، الرمز البريدي ${pc}`, areaAr, 'سلطنة عمان'], () => [`مجمع ${block}، سكة ${way}، مبنى ${house}`, `${areaAr}، ${cityAr}`]);
        return chance(0.35) ? a.map(arabicDigits) : a;
      }
      return oneOf(
        () => [`Way ${way}, House ${house}`, `${area}, ${city}`],
        () => [`Building ${house}, Way ${way}, Block ${block}`, area, `${city} ${pc}`],
        () => [`P.O. Box ${int(100, 3999)}, PC ${pc}`, `${area}, Sultanate of Oman`],
        () => [`Flat ${int(1, 40)}, ${pick(['Al Noor', 'Al Sahwa', 'Jawharat Al Shatti'])} Building, Way ${way}`, `${area}, ${city}`],
      );
    },
    dob: (b, lang) => [`${b.dd}/${b.mm}/${b.y}`, `${b.dd}/${b.mm}/${b.y}`, `${b.d} ${MONTH_NAMES.ar[b.m - 1]} ${b.y}`, lang === 'ar' ? arabicDigits(`${b.dd}/${b.mm}/${b.y}`) : `${b.dd}-${MONTH_NAMES.enShort[b.m - 1]}-${b.y}`, `${b.y}/${b.mm}/${b.dd}`],
    account: () => pick([['IBAN', ibanOf('OM', `${pick(['018', '027', '009', '036'])}${digits(16)}`)], ['BANK_ACCOUNT', `0${digits(3)}${digits(11)}`], ['BANK_ACCOUNT', `${digits(4)}-${digits(7)}-${digits(3)}`]]),
    passport: () => `${letter('ABCP')}${digits(7)}`,
    licence: () => nz(8),
    foreign: [['Aadhaar (India)', 'IN_AADHAAR', aadhaar], ['PAN (India)', 'IN_PAN', null], ['UK NI number', 'UK_NINO', nino]],
    negatives: () => pick([`CR No. ${nz(7)}`, `Tax Card No. ${nz(6)}`, `Labour clearance ${int(2025, 2026)}/${digits(6)}`, `Work permit app. ${nz(8)}`]),
    money: (n) => `OMR ${n.toLocaleString('en-US')}.000`,
  },
  rw_RW: {
    country: 'RW', langs: ['rw', 'rw', 'fr'], companies: ['Inyange Industries', 'Kigali Heights Hotel', 'Rwanda Coffee Cooperative', 'Akagera Logistics'], domains: ['inyange.rw', 'kigaliheights.rw', 'akageralogistics.co.rw'],
    phone: (office) => {
      const n = office ? `252${pick(['5', '6'])}${digits(5)}` : `7${pick(['8', '8', '9', '2', '3'])}${digits(7)}`;
      return pick([`0${groups(n, [3, 3, 3])}`, `0${groups(n, [3, 3, 3])}`, `0${n}`, `+250 ${groups(n, [3, 3, 3])}`, `+250${n}`, `(+250) ${groups(n, [3, 6])}`, `250 ${n}`, `0${groups(n, [2, 4, 3])}`]);
    },
    address: () => {
      const [sector, district] = pick([['Kacyiru', 'Gasabo'], ['Kimironko', 'Gasabo'], ['Remera', 'Gasabo'], ['Nyamirambo', 'Nyarugenge'], ['Kicukiro', 'Kicukiro'], ['Gikondo', 'Kicukiro'], ['Ngoma', 'Huye']]);
      return oneOf(
        () => [`${pick(['KG', 'KN', 'KK'])} ${int(1, 700)} ${pick(['St', 'Ave', 'Rd'])}, No. ${int(1, 120)}`, `${sector}, ${district}`, 'Kigali'],
        () => [`Umudugudu wa ${pick(['Rebero', 'Urugwiro', 'Amahoro', 'Ubumwe'])}, Akagari ka ${pick(['Nyabisindu', 'Kibagabaga', 'Rukiri'])}`, `Umurenge wa ${sector}, Akarere ka ${district}`, 'Umujyi wa Kigali'],
        () => [`B.P. ${int(100, 6999)}`, pick(['Kigali', 'Huye', 'Musanze', 'Rubavu'])],
        () => [`House ${int(1, 99)}, ${pick(['KG', 'KN', 'KK'])} ${int(1, 700)} St`, `${sector}, Kigali, Rwanda`],
      );
    },
    dob: (b, lang) => [`${b.dd}/${b.mm}/${b.y}`, `${b.dd}/${b.mm}/${b.y}`, lang === 'fr' ? `${b.d} ${MONTH_NAMES.fr[b.m - 1]} ${b.y}` : `${b.d} ${MONTHS.rw[b.m - 1]} ${b.y}`, `${b.dd}-${b.mm}-${b.y}`, `${b.d} ${MONTH_NAMES.en[b.m - 1]} ${b.y}`],
    account: () => pick([['BANK_ACCOUNT', `100${digits(9)}`], ['BANK_ACCOUNT', `4002${digits(9)}`], ['BANK_ACCOUNT', `${digits(5)}-${digits(8)}-${digits(2)}`]]),
    passport: () => `PC${digits(6)}`,
    licence: () => `${pick(['RW', 'DL'])}${digits(6)}${letter('BCD')}`,
    foreign: [['BSN (Pays-Bas)', 'NL_BSN', bsn], ['N° de sécurité sociale (France)', 'FR_NIR', nir], ['SIN (Canada)', 'CA_SIN', sin]],
    negatives: () => pick([`TIN ${pick(['1', '10'])}${digits(8)}`, `RSSB employer no. ${nz(8)}`, `RDB certificate ${nz(9)}`, `Ref. ${int(100, 999)}/HR/${int(2025, 2026)}`]),
    money: (n) => `${n.toLocaleString('en-US')} RWF`,
  },
  tn_BW: {
    country: 'BW', langs: ['tn', 'en'], companies: ['Debswana Services', 'Choppies Distribution', 'Chobe Safari Lodge', 'Botswana Meat Commission'], domains: ['debswanaservices.bw', 'choppies.co.bw', 'chobesafari.com'],
    phone: (office) => {
      if (office) {
        const n = `${pick(['39', '31', '24', '29'])}${digits(5)}`;
        return pick([groups(n, [3, 4]), `+267 ${groups(n, [3, 4])}`, `(+267) ${n}`, n]);
      }
      const n = `7${int(1, 7)}${digits(6)}`;
      return pick([groups(n, [2, 3, 3]), groups(n, [2, 3, 3]), `+267 ${groups(n, [2, 3, 3])}`, `+267 ${groups(n, [4, 4])}`, n, `+267${n}`, groups(n, [4, 4])]);
    },
    address: () => {
      const [area, town] = pick([['Block 8', 'Gaborone'], ['Extension 9', 'Gaborone'], ['Phase 2', 'Gaborone'], ['Tati Siding', 'Francistown'], ['Mogoditshane', 'Kweneng District'], ['Tlokweng', 'South-East District'], ['Maun', 'North-West District']]);
      return oneOf(
        () => [`Plot ${int(100, 59999)}, ${area}`, town],
        () => [`P.O. Box ${int(100, 49999)}`, town],
        () => [`Private Bag ${pad(int(1, 999), 5)}`, `${town}, Botswana`],
        () => [`House ${int(1, 400)}, ${pick(['Ward 3', 'Lesetlhana Ward', 'Mokolodi Ward'])}`, `${area}, ${town}`],
      );
    },
    dob: (b, lang) => [`${b.dd}/${b.mm}/${b.y}`, `${b.dd}/${b.mm}/${b.y}`, lang === 'tn' ? `${b.d} ${MONTHS.tn[b.m - 1]} ${b.y}` : `${b.d} ${MONTH_NAMES.en[b.m - 1]} ${b.y}`, `${b.dd} ${MONTH_NAMES.enShort[b.m - 1]} ${b.y}`, `${b.y}-${b.mm}-${b.dd}`],
    account: () => pick([['BANK_ACCOUNT', `62${digits(9)}`], ['BANK_ACCOUNT', `9060${digits(9)}`], ['BANK_ACCOUNT', `${digits(4)} ${digits(3)} ${digits(4)}`]]),
    passport: () => `BN${digits(7)}`,
    licence: () => `BW${digits(8)}`,
    foreign: [['UK NI number', 'UK_NINO', nino], ['PRC resident ID', 'CN_RESIDENT_ID', chineseId], ['SIN (Canada)', 'CA_SIN', sin]],
    negatives: () => pick([`TIN C${digits(8)}`, `Company reg. BW${pad(int(1, 99999), 11)}`, `Job card ${nz(6)}`, `Ref: BMC/HR/${int(2025, 2026)}/${digits(3)}`]),
    money: (n) => `P${n.toLocaleString('en-US')}.00`,
  },
  am_ET: {
    country: 'ET', langs: ['am'], companies: ['Ethiopian Airlines Catering', 'Hawassa Industrial Park Textiles', 'Awash Wine Share Co.', 'Kuriftu Resort'], domains: ['ethcatering.et', 'hawassatextiles.com', 'kuriftu.et'],
    phone: (office) => {
      const n = office ? `11${pick(['5', '6', '4'])}${digits(6)}` : `9${int(1, 4)}${digits(7)}`;
      return pick([`0${groups(n, [3, 3, 3])}`, `0${groups(n, [3, 3, 3])}`, `0${n}`, `+251 ${groups(n, [3, 3, 3])}`, `+251-${groups(n, [2, 3, 4], '-')}`, `251${n}`, `0${groups(n, [3, 6], '-')}`, `+251 ${groups(n, [2, 3, 4])}`]);
    },
    address: (amharic) => {
      const [sub, subAm] = pick([['Bole', 'ቦሌ'], ['Kirkos', 'ቂርቆስ'], ['Yeka', 'የካ'], ['Arada', 'አራዳ'], ['Kolfe Keranio', 'ኮልፌ ቀራኒዮ'], ['Lideta', 'ልደታ']]);
      const [woreda, house] = [pad(int(1, 14), 2), int(100, 2999)];
      if (amharic) {
        return oneOf(
          () => [`${subAm} ክፍለ ከተማ፣ ወረዳ ${woreda}`, `የቤት ቁጥር ${house}፣ አዲስ አበባ`],
          () => [`ፖ.ሣ.ቁ. ${int(1000, 99999)}`, 'አዲስ አበባ፣ ኢትዮጵያ'],
          () => [`${pick(['ሀዋሳ', 'ባሕር ዳር', 'መቀሌ', 'አዳማ'])}፣ ቀበሌ ${pad(int(1, 20), 2)}፣ የቤት ቁጥር ${house}`],
        );
      }
      return oneOf(
        () => [`${sub} Sub-City, Woreda ${woreda}`, `House No. ${house}`, 'Addis Ababa'],
        () => [`${sub} Kifle Ketema, Kebele ${pad(int(1, 20), 2)}/${pad(int(1, 20), 2)}, H.No. ${house}`, 'Addis Ababa, Ethiopia'],
        () => [`P.O. Box ${int(1000, 99999)}`, 'Addis Ababa'],
        () => [`${pick(['CMC, behind Michael Church', 'Bole, near Edna Mall', 'Megenagna, behind Zefmesh Grand Mall', 'Sarbet, opposite Canada Embassy'])}`, `${sub} Sub-City, Woreda ${woreda}, Addis Ababa`],
        () => [`${pick(['Hawassa', 'Bahir Dar', 'Adama', 'Dire Dawa'])}, Kebele ${pad(int(1, 20), 2)}, House No. ${house}`],
      );
    },
    dob: (b, lang) => {
      const e = ethiopianDate(b.y, b.m, b.d);
      const ethiopian = [`${pad(e.d, 2)}/${pad(e.m, 2)}/${e.y} ዓ.ም.`, `${MONTHS.amEthiopian[e.m - 1]} ${e.d} ቀን ${e.y} ዓ.ም.`, `${pad(e.d, 2)}/${pad(e.m, 2)}/${e.y} E.C.`];
      return lang === 'am' ? [...ethiopian, `${b.dd}/${b.mm}/${b.y}`, `${b.dd}/${b.mm}/${b.y} እ.ኤ.አ.`] : [`${b.dd}/${b.mm}/${b.y}`, `${MONTH_NAMES.en[b.m - 1]} ${b.d}, ${b.y}`, `${b.d} ${MONTH_NAMES.enShort[b.m - 1]} ${b.y}`, ethiopian[2]];
    },
    account: () => pick([['BANK_ACCOUNT', `1000${digits(9)}`], ['BANK_ACCOUNT', `0132${digits(10)}`], ['BANK_ACCOUNT', `${digits(4)} ${digits(4)} ${digits(5)}`]]),
    passport: () => `EP${digits(7)}`,
    licence: () => `${pick(['AA', 'OR', 'AM', 'SD'])} ${digits(6)}`,
    foreign: [['Steuer-ID (Germany)', 'DE_TAX_ID', steuerId], ['Codice fiscale (Italy)', 'IT_FISCAL_CODE', null], ['US SSN', 'US_SSN', ssn]],
    negatives: () => pick([`TIN ${pad(int(1, 9999999999), 10)}`, `Trade licence AA/${int(10, 20)}/${int(100, 999)}/${digits(5)}/${int(2014, 2018)}`, `Ref. No. HR/${int(100, 999)}/${int(2016, 2018)}`, `Invoice ${nz(7)}`]),
    money: (n) => `ETB ${n.toLocaleString('en-US')}`,
  },
  tg_TJ: {
    country: 'TJ', langs: ['tg', 'ru'], companies: ['Талко Сервис', 'Меҳмонхонаи Душанбе Серена', 'Тоҷик Логистика', 'Зарафшон Геология'], domains: ['talcoservice.tj', 'tojiklogistics.tj', 'zarafshon.tj'],
    phone: (office) => {
      const n = office ? `372${int(2, 3)}${digits(5)}` : `${pick(['90', '91', '92', '93', '98', '88', '55', '50', '77'])}${digits(7)}`;
      return pick([`+992 ${groups(n, [2, 3, 2, 2])}`, `+992 ${groups(n, [2, 3, 2, 2])}`, `(${n.slice(0, 2)}) ${n.slice(2, 5)}-${n.slice(5, 7)}-${n.slice(7)}`, `+992 (${n.slice(0, 2)}) ${n.slice(2, 5)}-${n.slice(5, 7)}-${n.slice(7)}`, n, `992${n}`, `+992${n}`, `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`]);
    },
    address: (form) => {
      const [street, streetTg, streetLat] = pick([['ул. Айни', 'кӯчаи Айнӣ', 'Ayni str.'], ['пр. Рудаки', 'хиёбони Рӯдакӣ', 'Rudaki ave.'], ['ул. Бохтар', 'кӯчаи Бохтар', 'Bokhtar str.'], ['ул. Шотемура', 'кӯчаи Шотемур', 'Shotemur str.'], ['ул. Сомони', 'кӯчаи Сомонӣ', 'Somoni str.']]);
      const [house, flat, post] = [int(1, 180), int(1, 120), pick(['734025', '734003', '734042', '735700', '734013'])];
      if (form === 'tg') {
        return oneOf(
          () => [`ш. Душанбе, ${streetTg}, хонаи ${house}, ҳуҷраи ${flat}`],
          () => [`${post}, ш. Душанбе`, `${streetTg} ${house}/${int(1, 4)}, ҳуҷраи ${flat}`],
          () => [`ноҳияи ${pick(['Рӯдакӣ', 'Ваҳдат', 'Ҳисор'])}, деҳаи ${pick(['Чорбоғ', 'Сомониён', 'Шарора'])}`, `кӯчаи ${pick(['Истиқлол', 'Ватан', 'Дӯстӣ'])} ${int(1, 90)}`],
        );
      }
      if (form === 'en') return [`${streetLat} ${house}, apt. ${flat}`, `Dushanbe ${post}, Tajikistan`];
      return oneOf(
        () => [`г. Душанбе, ${street}, д. ${house}, кв. ${flat}`],
        () => [`${post}, г. Душанбе`, `${street}, ${house}/${int(1, 4)}, кв. ${flat}`],
        () => [`г. Худжанд, ${int(1, 34)} мкр., д. ${int(1, 60)}, кв. ${flat}`],
      );
    },
    dob: (b, lang) => [`${b.dd}.${b.mm}.${b.y}`, `${b.dd}.${b.mm}.${b.y}`, lang === 'tg' ? `${b.d} ${MONTHS.tg[b.m - 1]} ${b.y}` : `${b.d} ${MONTH_NAMES.ru[b.m - 1]} ${b.y} г.`, lang === 'tg' ? `${b.dd}.${b.mm}.${b.y} с.` : `${b.dd}.${b.mm}.${b.y} г.`, `${b.d} ${MONTH_NAMES.en[b.m - 1]} ${b.y}`],
    account: () => pick([['BANK_ACCOUNT', `20202972${digits(12)}`], ['BANK_ACCOUNT', `2020${digits(16)}`], ['BANK_ACCOUNT', `${digits(5)} ${digits(3)} ${digits(1)} ${digits(11)}`]]),
    passport: () => `${pick(['400', '401', '402'])}${digits(6)}`,
    licence: () => `${pick(['TJ', 'РТ'])} ${digits(7)}`,
    foreign: [['Steuer-ID (Германия)', 'DE_TAX_ID', steuerId], ['My Number (Япония)', 'JP_MY_NUMBER', myNumber], ['PRC ID (Хитой)', 'CN_RESIDENT_ID', chineseId]],
    negatives: () => pick([`РМА ${nz(9)}`, `ИНН организации ${nz(9)}`, `Шартнома № ${int(1, 99)}/${int(2025, 2026)}`, `Патент ${letter('АБВ')}${nz(7)}`]),
    money: (n) => `${n.toLocaleString('ru-RU')} сомонӣ`,
  },
  fr_BF: {
    country: 'BF', langs: ['fr'], companies: ['SOFITEX Services', 'Brakina Distribution', 'Hôtel Laico Ouaga 2000', 'Mine d’Essakane Sous-traitance'], domains: ['sofitex-services.bf', 'brakina.bf', 'essakane-st.com'],
    phone: (office) => {
      const n = office ? `25${digits(6)}` : `${pick(['70', '71', '72', '74', '75', '76', '77', '78', '79', '60', '61', '65', '66', '56'])}${digits(6)}`;
      return pick([groups(n, [2, 2, 2, 2]), groups(n, [2, 2, 2, 2]), `+226 ${groups(n, [2, 2, 2, 2])}`, `(+226) ${groups(n, [2, 2, 2, 2])}`, `00226 ${n}`, n, groups(n, [2, 2, 2, 2], '.'), groups(n, [2, 2, 2, 2], '-')]);
    },
    address: () => {
      const city = pick(['Ouagadougou', 'Bobo-Dioulasso', 'Koudougou', 'Ouahigouya']);
      return oneOf(
        () => {
          const office = pick(['01', '06', '09', '11']);
          return [`Secteur ${int(1, 55)}, ${pick(['Ouaga 2000', 'Gounghin', 'Dassasgho', 'Pissy', 'Tampouy'])}`, `${office} BP ${int(100, 9999)} Ouagadougou ${office}`];
        },
        () => [`Rue ${int(1, 55)}.${int(1, 99)}, porte ${int(1, 200)}`, `Secteur ${int(1, 55)}, ${city}`],
        () => [`Parcelle ${int(1, 60)}, lot ${int(1, 120)}, section ${letter()}${letter()}`, `Quartier ${pick(['Cissin', 'Wemtenga', 'Accart-Ville', 'Koulouba'])}, ${city}`],
        () => [`${pick(['Avenue Kwame N’Krumah', 'Boulevard Charles de Gaulle', 'Avenue de la Nation'])}, immeuble ${pick(['Pharmacie du Progrès', 'BICIA-B', 'SONAR'])}, ${int(1, 5)}e étage`, city],
      );
    },
    dob: (b) => [`${b.dd}/${b.mm}/${b.y}`, `${b.dd}/${b.mm}/${b.y}`, `${b.d} ${MONTH_NAMES.fr[b.m - 1]} ${b.y}`, `${b.dd}-${b.mm}-${b.y}`, `${b.dd}.${b.mm}.${b.y}`],
    account: () => pick([['BANK_ACCOUNT', `BF${pad(int(1, 200), 3)} ${pad(int(1, 99999), 5)} ${digits(12)} ${digits(2)}`], ['BANK_ACCOUNT', `${digits(12)}-${digits(2)}`], ['BANK_ACCOUNT', nz(11)]]),
    passport: () => `${letter('ABC')}${digits(7)}`,
    licence: () => `${pick(['B', 'C', 'D'])}-${digits(2)}-${digits(6)}`,
    foreign: [['NIR (France)', 'FR_NIR', nir], ['Codice fiscale (Italie)', 'IT_FISCAL_CODE', null], ['NIE (Espagne)', 'ES_DNI', dni]],
    negatives: () => pick([`IFU ${nz(8)}${letter()}`, `RCCM BF OUA ${int(2012, 2024)} B ${int(1000, 9999)}`, `CNSS employeur ${nz(7)}`, `Bordereau n° ${nz(6)}`]),
    money: (n) => `${(n * 10).toLocaleString('fr-FR').replace(/\u202f/gu, ' ')} FCFA`,
  },
  cnr_ME: {
    country: 'ME', langs: ['cnr'], companies: ['Luka Bar Usluge', 'Hotel Splendid Bečići', 'Porto Montenegro Servis', 'Plantaže Podgorica'], domains: ['lukabar-usluge.me', 'splendid.co.me', 'plantaze.me'],
    phone: (office) => {
      const n = office ? `${pick(['20', '33', '32', '40', '31'])}${digits(6)}` : `6${pick(['7', '8', '9', '9', '3'])}${digits(6)}`;
      return pick([`0${groups(n, [2, 3, 3])}`, `0${groups(n, [2, 3, 3])}`, `0${n.slice(0, 2)}/${n.slice(2, 5)}-${n.slice(5)}`, `+382 ${groups(n, [2, 3, 3])}`, `+382 ${n.slice(0, 2)} ${n.slice(2)}`, `00382 ${groups(n, [2, 3, 3])}`, `0${n}`, `+382${n}`]);
    },
    address: () => {
      const [city, post] = pick([['Podgorica', '81000'], ['Nikšić', '81400'], ['Kotor', '85330'], ['Budva', '85310'], ['Bar', '85000'], ['Herceg Novi', '85340'], ['Cetinje', '81250']]);
      return oneOf(
        () => [`${pick(['Bulevar Svetog Petra Cetinjskog', 'Bulevar Džordža Vašingtona', 'Ulica Slobode', 'Njegoševa'])} ${int(1, 150)}${chance(0.3) ? `/${int(1, 12)}` : ''}`, `${post} ${city}`],
        () => [`Ul. ${pick(['Hercegovačka', 'Vaka Đurovića', 'Moskovska', 'Jovana Tomaševića'])} br. ${int(1, 90)}, stan ${int(1, 40)}`, `${post} ${city}, Crna Gora`],
        () => [`${pick(['Stari grad', 'Dobrota', 'Prčanj', 'Rozino'])} ${int(1, 400)}`, `${city} ${post}`],
        () => [`Zgrada ${int(1, 20)}, ulaz ${letter('ABCD')}, stan ${int(1, 60)}`, `Blok ${int(1, 9)}, ${pick(['Zagorič', 'Preko Morače', 'Stari aerodrom'])}, Podgorica`],
        () => [`${pick(['Njegoševa', 'Ulica Jadranska', 'Put Crnogorskih Serdara'])} bb`, `${post} ${city}`],
      );
    },
    dob: (b) => [`${b.dd}.${b.mm}.${b.y}.`, `${b.dd}.${b.mm}.${b.y}.`, `${b.d}. ${MONTHS.cnr[b.m - 1]} ${b.y}.`, `${b.d}.${b.m}.${b.y}.`, `${b.dd}.${b.mm}.${b.y}`],
    account: () => pick([['IBAN', ibanOf('ME', `${pick(['510', '530', '535', '520'])}${digits(13)}${digits(2)}`)], ['BANK_ACCOUNT', `${pick(['510', '530', '535', '520'])}-${digits(13)}-${digits(2)}`], ['BANK_ACCOUNT', `${pick(['510', '530'])}-${int(1000, 999999)}-${digits(2)}`]]),
    passport: () => `${digits(9)}`,
    licence: () => `${letter()}${digits(7)}`,
    foreign: [['Steuer-ID (Njemačka)', 'DE_TAX_ID', steuerId], ['Codice fiscale (Italija)', 'IT_FISCAL_CODE', null], ['BSN (Holandija)', 'NL_BSN', bsn]],
    negatives: () => pick([`PIB ${pad(int(2000000, 3999999), 8)}`, `Ugovor br. ${int(1, 999)}/${int(2025, 2026)}`, `Reg. br. CRPS ${int(4, 5)}-${nz(7)}`, `Faktura ${int(1, 9999)}/${int(2025, 2026)}`]),
    money: (n) => `${n.toLocaleString('de-DE')},00 €`,
  },
  en_FJ: {
    country: 'FJ', langs: ['en'], companies: ['Fiji Water Bottling', 'Outrigger Fiji Beach Resort', 'Pacific Fishing Company', 'Vinod Patel Hardware'], domains: ['fijiwaterbottling.com.fj', 'outriggerfiji.com', 'pafco.com.fj'],
    phone: (office) => {
      const n = office ? `${pick(['33', '32', '66', '67'])}${digits(5)}` : `${pick(['7', '8', '9', '9', '2'])}${digits(6)}`;
      return pick([groups(n, [3, 4]), groups(n, [3, 4]), n, `+679 ${groups(n, [3, 4])}`, `+679 ${n}`, `(679) ${n}`, `679-${groups(n, [3, 4], '-')}`]);
    },
    address: () => {
      const [area, town] = pick([['Nasese', 'Suva'], ['Samabula', 'Suva'], ['Tamavua', 'Suva'], ['Namaka', 'Nadi'], ['Martintar', 'Nadi'], ['Drasa', 'Lautoka'], ['Nakasi', 'Nausori'], ['Savusavu', 'Vanua Levu']]);
      return oneOf(
        () => [`Lot ${int(1, 99)}, ${pick(['Ratu Sukuna Road', 'Waimanu Road', 'Queens Road', 'Kings Road', 'Princes Road'])}`, `${area}, ${town}`],
        () => [`P.O. Box ${int(100, 19999)}`, town],
        () => [`Lot ${int(1, 60)} Stage ${int(1, 4)}, ${pick(['Koronivia Road', 'Matavolivoli Road', 'Namosi Road'])}`, `${area}, ${town}, Fiji`],
        () => [`${pick(['Nadonumai', 'Namosi', 'Naboro', 'Lokia'])} Village`, `${pick(['Tailevu', 'Rewa', 'Namosi', 'Serua'])} Province`],
        () => [`Flat ${int(1, 12)}, ${int(1, 120)} ${pick(['Amy Street', 'Gordon Street', 'Rewa Street'])}`, `${area}, ${town}`],
      );
    },
    dob: (b) => [`${b.dd}/${b.mm}/${b.y}`, `${b.dd}/${b.mm}/${b.y}`, `${ordinal(b.d)} ${MONTH_NAMES.en[b.m - 1]} ${b.y}`, `${b.d} ${MONTH_NAMES.enShort[b.m - 1]} ${b.y}`, `${b.dd}-${b.mm}-${b.y}`],
    account: () => pick([['BANK_ACCOUNT', `98${digits(7)}`], ['BANK_ACCOUNT', nz(9)], ['BANK_ACCOUNT', `${digits(4)} ${digits(5)}`]]),
    passport: () => `${pick(['FA', 'FB', 'FC'])}${digits(6)}`,
    licence: () => nz(7),
    foreign: [['UK NI number (HM Forces)', 'UK_NINO', nino], ['My Number (Japan, rugby contract)', 'JP_MY_NUMBER', myNumber], ['Canadian SIN', 'CA_SIN', sin]],
    negatives: () => pick([`TIN ${digits(2)}-${digits(5)}-${int(0, 9)}-${int(0, 9)}`, `FNPF employer no. ${nz(6)}`, `Job ref. FJ-${int(2025, 2026)}-${digits(4)}`, `Receipt No. ${nz(7)}`]),
    money: (n) => `FJ$${n.toLocaleString('en-US')}.00`,
  },
};

// ---------------------------------------------------------------- value writers
/** The writer of one document: its locale, the language of its labels (the locale's two times in three), and a cue. */
function writer(locale) {
  const C = COUNTRIES[locale];
  const lang = chance(2 / 3) ? pick(C.langs) : 'en';
  const labels = LABELS[lang === 'tg' && chance(0.3) ? 'ru' : lang];
  return { C, locale, lang, cue: (key) => pick(labels[key]) };
}
const EXTENSION = { es: ['ext. ', 'Ext. '], ar: ['تحويلة ', 'ext. '], rw: ['ext. '], tn: ['ext. '], am: ['ext. ', 'ውስጥ መስመር '], tg: ['доб. ', 'дох. '], ru: ['доб. '], fr: ['poste '], cnr: ['lokal ', 'int. '], en: ['ext. ', 'Ext '] };
/** A valid phone of the locale's country; an office line sometimes with its extension (inside the span). */
function phone(w, office = false) {
  let n = phoneOf(w.C.country, () => w.C.phone(office));
  if (w.C.country === 'OM' && w.lang === 'ar' && chance(0.25)) n = arabicDigits(n);
  return office && chance(0.25) ? `${n} ${pick(EXTENSION[w.lang])}${int(10, 499)}` : n;
}
/** An address of the locale, one line or a block of lines (one span across its line breaks). */
function address(w, block = false) {
  const form = w.C.country === 'TJ' ? (w.lang === 'en' ? 'en' : w.lang === 'tg' && chance(0.6) ? 'tg' : 'ru') : w.C.country === 'OM' ? w.lang === 'ar' && chance(0.6) : w.C.country === 'ET' ? w.lang === 'am' && chance(0.6) : undefined;
  const parts = w.C.address(form);
  const ethiopic = /[\u1200-\u137f]/u.test(parts[0]);
  return parts.join(block ? '\n' : /[\u0600-\u06ff]/u.test(parts[0]) ? '، ' : ethiopic ? '፣ ' : ', ');
}
const dob = (w, from = 1960, to = 2006) => pick(w.C.dob(birthDay(int, from, to), w.lang));
/** An id the person holds from a country they worked in: [cue, type, value]. */
function foreignId(w, p) {
  const [cue, type, make] = pick(w.C.foreign);
  return [cue, type, type === 'IT_FISCAL_CODE' ? codiceFiscale(p.first, p.last) : type === 'IN_PAN' ? pan(p.last) : make()];
}
const colon = () => pick([': ', ': ', ': ', ' : ', ' - ', '\t', ' ']);
/** `cue: value` on its own line. */
function field(doc, cue, type, value) {
  doc.add(`${cue}${colon()}`).entity(type, value).add('\n');
}
function accountField(doc, w, p) {
  const [type, value] = w.C.account();
  const shown = type === 'IBAN' && chance(0.5) ? value.replace(/(.{4})(?!$)/gu, '$1 ') : value;
  doc.add(`${type === 'IBAN' ? pick(['IBAN', 'IBAN No.']) : w.cue('account')}${colon()}`).entity(type, shown);
  doc.add(chance(0.35) ? ` — ${pick(['holder', 'titular', 'in the name of'])} ${p.latinName}\n` : '\n');
}
const company = (w) => pick(w.C.companies);
const officeMail = (w) => `${pick(['hr', 'recruit', 'office', 'crewing', 'info', 'payroll'])}@${pick(w.C.domains)}`;
const money = (w) => w.C.money(int(2, 80) * 100);
const dated = () => `${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/${pick([2026, 2027])}`;
const someone = (w) => PEOPLE[w.locale]();
const RELATION = ['parent', 'spouse', 'sibling', 'cousin', 'relative', 'in-law'];

// ---------------------------------------------------------------- what each kind says in the writer's language
const TITLE = {
  bioData: { en: 'BIO-DATA', es: 'HOJA DE DATOS PERSONALES', ar: 'السيرة الذاتية (بيانات شخصية)', rw: 'UMWIRONDORO', tn: 'DINTLHA TSA MOTHO', am: 'የግል መረጃ ቅጽ', tg: 'МАЪЛУМОТИ ШАХСӢ', ru: 'АНКЕТА', fr: 'FICHE DE RENSEIGNEMENTS', cnr: 'LIČNI PODACI' },
  attorney: { en: 'AUTHORITY TO COLLECT', es: 'CARTA PODER', ar: 'تفويض', rw: 'URUPAPURO RW’UBUHARARIRE', tn: 'TETLA YA GO EMELA', am: 'የውክልና ደብዳቤ', tg: 'ВАКОЛАТНОМА', ru: 'ДОВЕРЕННОСТЬ', fr: 'PROCURATION', cnr: 'OVLAŠĆENJE' },
  crew: { en: 'CREW SIGN-ON FORM', es: 'FORMULARIO DE EMBARQUE DE TRIPULANTE', ar: 'نموذج التحاق بحار', rw: 'IFISHI Y’ABAKOZI B’UBWATO', tn: 'FOMO YA BADIRI BA SEKEPE', am: 'የመርከብ ሠራተኛ ምዝገባ ቅጽ', tg: 'АНКЕТАИ МАТРОС', ru: 'АНКЕТА МОРЯКА', fr: 'FICHE D’EMBARQUEMENT', cnr: 'PRIJAVA ZA UKRCAJ POSADE' },
  ads: { en: 'SITUATIONS WANTED', es: 'BUSCO EMPLEO', ar: 'أبحث عن عمل', rw: 'NDASHAKA AKAZI', tn: 'KE BATLA TIRO', am: 'ሥራ እፈልጋለሁ', tg: 'КОР МЕҶӮЯМ', ru: 'ИЩУ РАБОТУ', fr: 'DEMANDES D’EMPLOI', cnr: 'TRAŽIM POSAO' },
  induction: { en: 'SITE INDUCTION CARD', es: 'FICHA DE INDUCCIÓN DE OBRA', ar: 'بطاقة التعريف بالموقع', rw: 'IFISHI YO KWINJIRA KU KAZI', tn: 'KARATA YA GO TSENA MO SAETENG', am: 'የሳይት መግቢያ ካርድ', tg: 'КОРТИ ДАСТУРАМАЛИ БЕХАТАРӢ', ru: 'КАРТОЧКА ВВОДНОГО ИНСТРУКТАЖА', fr: 'FICHE D’ACCUEIL CHANTIER', cnr: 'KARTON UVODNE OBUKE NA GRADILIŠTU' },
  bursary: { en: 'TRAINING BURSARY APPLICATION', es: 'SOLICITUD DE BECA DE FORMACIÓN TÉCNICA', ar: 'طلب منحة تدريبية', rw: 'GUSABA BURUSE Y’AMAHUGURWA', tn: 'KOPO YA THUSO YA THUTO', am: 'የስልጠና ድጋፍ ማመልከቻ', tg: 'АРИЗА БАРОИ СТИПЕНДИЯИ ОМӮЗИШӢ', ru: 'ЗАЯВЛЕНИЕ НА ОБРАЗОВАТЕЛЬНЫЙ ГРАНТ', fr: 'DEMANDE DE BOURSE DE FORMATION', cnr: 'ZAHTJEV ZA STIPENDIJU ZA OBUKU' },
  clearance: { en: 'Request for a police clearance certificate', es: 'Solicitud de constancia de antecedentes policiales', ar: 'طلب شهادة حسن سيرة وسلوك', rw: 'Gusaba icyemezo cy’uko utakatiwe n’inkiko', tn: 'Kopo ya lekwalo la mapodise', am: 'የወንጀል ሪከርድ የሌለበት ማስረጃ ጥያቄ', tg: 'Ариза барои маълумотнома дар бораи доғи судӣ надоштан', ru: 'Заявление о выдаче справки о несудимости', fr: 'Demande d’extrait de casier judiciaire', cnr: 'Zahtjev za uvjerenje o nekažnjavanju' },
  household: { en: 'HOUSEHOLD EMPLOYMENT AGREEMENT', es: 'CONTRATO DE TRABAJO DOMÉSTICO', ar: 'عقد عمل منزلي', rw: 'AMASEZERANO Y’AKAZI KO MU RUGO', tn: 'KONTERAKE YA TIRO YA MO LWAPENG', am: 'የቤት ሠራተኛ የሥራ ውል', tg: 'ШАРТНОМАИ МЕҲНАТӢ (КОРИ ХОНАГӢ)', ru: 'ТРУДОВОЙ ДОГОВОР (ДОМАШНИЙ ПЕРСОНАЛ)', fr: 'CONTRAT DE TRAVAIL DOMESTIQUE', cnr: 'UGOVOR O RADU U DOMAĆINSTVU' },
  mentoring: { en: 'Mentoring programme sign-up', es: 'Inscripción al programa de mentoría', ar: 'التسجيل في برنامج الإرشاد المهني', rw: 'Kwiyandikisha muri gahunda yo gutoza', tn: 'Go ikwadisa mo lenaneong la kaelo', am: 'የአማካሪነት ፕሮግራም ምዝገባ', tg: 'Бақайдгирӣ ба барномаи устодӣ', ru: 'Регистрация в программе наставничества', fr: 'Inscription au programme de mentorat', cnr: 'Prijava na mentorski program' },
  correction: { en: 'Correction to my application', es: 'Corrección de datos de mi solicitud', ar: 'تصحيح بيانات طلبي', rw: 'Gukosora amakuru yo mu busabe bwanjye', tn: 'Phoso mo kopong ya me', am: 'በማመልከቻዬ ላይ የመረጃ እርማት', tg: 'Ислоҳи маълумот дар аризаи ман', ru: 'Исправление данных в моей анкете', fr: 'Rectification de ma candidature', cnr: 'Ispravka podataka u mojoj prijavi' },
};
const title = (w, key) => TITLE[key][w.lang];
/** A birth date in a sentence, with no label. */
const BORN = { en: ['born on ', ''], es: ['nacido/a el ', ''], ar: ['المولود/ة بتاريخ ', ''], rw: ['wavutse ku wa ', ''], tn: ['yo o tsetsweng ka ', ''], am: ['የተወለደበት ቀን ', ''], tg: ['соли таваллудаш ', ''], ru: ['', ' г.р.'], fr: ['né(e) le ', ''], cnr: ['rođen/a ', ''] };
const bornLang = (w) => (BORN[w.lang] ? w.lang : 'en');
function bornInline(doc, w) {
  const [before, after] = BORN[bornLang(w)];
  let value = dob(w);
  // "г.р." already says the year: drop a trailing "г." the Russian date would repeat.
  if (after === ' г.р.') value = value.replace(/ г\.$/u, '');
  doc.add(before).entity('DATE_OF_BIRTH', value).add(after);
}

const KINDS = {
  /** An overseas-placement agency's bio-data sheet: father's name, birth date, passport, licence, home address, contacts. */
  bioDataSheet(doc, w, p) {
    doc.add(`${title(w, 'bioData')}\n${pick(['Position applied for', 'Post', 'Category'])}: ${pick(['Housekeeping attendant', 'Heavy-duty driver', 'Welder 6G', 'Waiter', 'Security guard', 'Deck cadet'])}\nAgency ref. ${letter()}${letter()}-${nz(5)}\n\n`);
    doc.add(`${w.cue('name')}: ${p.name}\n${pick(['Parent / guardian', "Parent's name"])}: ${someone(w).name}\n`);
    field(doc, w.cue('dob'), 'DATE_OF_BIRTH', dob(w, 1975, 2005));
    doc.add(`Height ${int(150, 190)} cm · Weight ${int(48, 95)} kg · Religion: ${pick(['Christian', 'Muslim', 'Orthodox'])} · Marital status: ${pick(['single', 'married', 'widowed'])}\n`);
    field(doc, w.cue('passport'), 'PASSPORT', w.C.passport());
    doc.add(`Date of issue ${dated()} · Date of expiry ${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/${int(2029, 2036)}\n`);
    if (chance(0.45)) field(doc, w.cue('licence'), 'DRIVER_LICENSE', w.C.licence());
    doc.add(`${w.cue('address')}:\n`).entity('ADDRESS', address(w, true)).add('\n');
    field(doc, w.cue('phone'), 'PHONE', phone(w));
    if (chance(0.7)) field(doc, w.cue('email'), 'EMAIL', emailOf(w.locale, p));
    if (chance(0.35)) {
      const [cue, type, value] = foreignId(w, p);
      doc.add(`Previous employment abroad — ${cue}: `).entity(type, value).add('\n');
    }
    doc.add(`${w.cue('kin')}: ${someone(w).name} (${pick(RELATION)}) `).entity('PHONE', phone(w)).add('\n');
    doc.add(`${w.C.negatives()}\n`);
  },
  /** A power of attorney: the worker authorises a relative to collect the final pay and documents. */
  powerOfAttorney(doc, w, p) {
    const agent = someone(w);
    doc.add(`${title(w, 'attorney')}\n\nI, ${p.name}, `);
    bornInline(doc, w);
    doc.add(', residing at ').entity('ADDRESS', address(w)).add(', ');
    const [cue, type, value] = chance(0.6) ? [w.cue('passport'), 'PASSPORT', w.C.passport()] : foreignId(w, p);
    doc.add(`holder of ${cue} `).entity(type, value).add(`,\nhereby authorise ${agent.name}, my ${pick(RELATION)}, `);
    if (chance(0.5)) {
      doc.add('holder of passport ').entity('PASSPORT', w.C.passport()).add(', ');
    }
    doc.add(`to collect on my behalf my final salary, service certificate and any documents from ${company(w)}.\n`);
    if (chance(0.6)) {
      doc.add(`${pick(['Alternatively the amount may be transferred to', 'Payment may also be made to'])} `);
      const [t, v] = w.C.account();
      doc.entity(t, t === 'IBAN' && chance(0.5) ? v.replace(/(.{4})(?!$)/gu, '$1 ') : v).add('.\n');
    }
    doc.add(`${agent.first} can be reached on `).entity('PHONE', phone(w));
    if (chance(0.5)) doc.add(' or ').entity('EMAIL', emailOf(w.locale, agent));
    doc.add(`.\nSigned at ${pick(['the employer’s office', 'the notary', 'the embassy'])} on ${dated()}. ${w.C.negatives()}\n`);
    doc.add(`${p.latinName}\n`).entity('PHONE', phone(w)).add('\n');
  },
  /** A ship manager's crew sign-on form: seafarer's book (negative), passport, birth date, next of kin, allotment account. */
  crewSignOn(doc, w, p) {
    doc.add(`${title(w, 'crew')}\nVessel: MV ${pick(['Pacific Star', 'Adriatic Pearl', 'Gulf Trader', 'Cape Horizon', 'Lake Kivu Queen'])} · IMO ${nz(7)} · Rank: ${pick(['AB', 'OS', 'Cook', 'Motorman', 'Oiler', '3rd Officer', 'Steward'])}\n\n`);
    doc.add(`${w.cue('name')}: ${p.name}\n`);
    field(doc, w.cue('dob'), 'DATE_OF_BIRTH', dob(w, 1970, 2005));
    doc.add(`Place of birth: ${pick(['as passport', 'home town', 'see passport'])}\nSeaman’s book no. ${letter()}${letter()}${nz(6)} · CoC ${nz(5)}/${int(2020, 2026)}\n`);
    field(doc, w.cue('passport'), 'PASSPORT', w.C.passport());
    doc.add(`${w.cue('address')}: `).entity('ADDRESS', address(w, chance(0.4))).add('\n');
    field(doc, w.cue('phone'), 'PHONE', phone(w));
    if (chance(0.6)) field(doc, w.cue('email'), 'EMAIL', emailOf(w.locale, p));
    const kin = someone(w);
    doc.add(`${w.cue('kin')}: ${kin.name}, ${pick(RELATION)}\n  `).entity('PHONE', phone(w));
    if (chance(0.4)) doc.add('\n  ').entity('ADDRESS', address(w));
    doc.add('\n');
    doc.add(`Allotment (${int(50, 90)}% of basic) to `);
    const [t, v] = w.C.account();
    doc.entity(t, v).add(` ${pick(['in the name of', 'holder'])} ${kin.latinName}\n`);
    if (chance(0.15)) doc.add('Medical fee paid with card ').entity('CREDIT_CARD', card()).add('\n');
    doc.add(`Crewing office: `).entity('EMAIL', officeMail(w)).add(' / ').entity('PHONE', phone(w, true)).add('\n');
  },
  /** A page of job-seeking classified ads: short ads with a phone, sometimes a mail, an area, a birth year or date. */
  classifiedAds(doc, w) {
    doc.add(`${title(w, 'ads')} — ${pick(['Weekend edition', 'Online classifieds', 'Community board', 'Page 14'])}\n\n`);
    const n = int(2, 4);
    for (let i = 0; i < n; i++) {
      const p = someone(w);
      doc.add(`★ ${pick(['Experienced driver', 'Housekeeper/nanny', 'Electrician', 'Cook with certificate', 'Security guard', 'Accountant (part-time)', 'Tailor', 'Mason'])} ${pick(['seeks work', 'available immediately', 'looking for a job', 'ready to start'])}. `);
      if (chance(0.35)) {
        doc.add(`${pick(['DOB', 'Born'])}: `);
        doc.entity('DATE_OF_BIRTH', dob(w, 1970, 2004)).add('. ');
      }
      doc.add(`${pick(['Call', 'Contact', 'WhatsApp', 'Tel'])} ${p.first} `).entity('PHONE', phone(w));
      if (chance(0.3)) doc.add(pick([' or ', ' / ', ', '])).entity('PHONE', phone(w));
      if (chance(0.35)) doc.add(`, ${pick(['mail', 'e-mail', 'CV to'])} `).entity('EMAIL', emailOf(w.locale, p));
      if (chance(0.3)) doc.add('. Lives at ').entity('ADDRESS', address(w));
      doc.add(`. ${pick(['Ref', 'Ad no.', 'Box'])} ${nz(5)}\n`);
    }
  },
  /** A work-site induction card: worker, licence for machinery, next of kin, PPE sizes and blood group (not sensitive here). */
  siteInduction(doc, w, p) {
    doc.add(`${title(w, 'induction')}\n${company(w)} — ${pick(['Plant extension', 'Mine site', 'Port terminal', 'Hotel refurbishment'])} · Card ${nz(6)} · ${dated()}\n\n`);
    doc.add(`${w.cue('name')}: ${p.name}\nEmployee no. ${int(1000, 99999)} · Trade: ${pick(['rigger', 'scaffolder', 'forklift operator', 'excavator operator', 'electrician', 'labourer'])}\n`);
    if (chance(0.7)) field(doc, w.cue('dob'), 'DATE_OF_BIRTH', dob(w, 1965, 2006));
    if (chance(0.6)) field(doc, w.cue('licence'), 'DRIVER_LICENSE', w.C.licence());
    if (chance(0.3)) field(doc, w.cue('passport'), 'PASSPORT', w.C.passport());
    field(doc, w.cue('phone'), 'PHONE', phone(w));
    doc.add(`${w.cue('address')}: `).entity('ADDRESS', address(w)).add('\n');
    doc.add(`Boots ${int(38, 46)} · Overall ${pick(['M', 'L', 'XL', 'XXL'])} · Blood group ${pick(['A+', 'O+', 'B+', 'AB-', 'O-'])} · Permit to work ${letter()}${nz(5)}\n`);
    const kin = someone(w);
    doc.add(`${w.cue('kin')}: ${kin.name} — `).entity('PHONE', phone(w)).add('\n');
    doc.add(`Induction by: ${someone(w).latinName}, HSE, `).entity('PHONE', phone(w, true)).add(`\n${w.C.negatives()}\n`);
  },
  /** A training bursary application: the applicant, a parent or guardian, the home address block, the stipend account. */
  bursaryApplication(doc, w, p) {
    doc.add(`${title(w, 'bursary')}\n${pick(['Hospitality certificate', 'Welding and fabrication', 'Solar installation', 'Nursing assistant', 'ICT support'])} · Intake ${pick(['January', 'September'])} ${int(2027, 2028)}\n\n`);
    doc.add(`1. ${w.cue('name')}: ${p.name}\n2. `);
    doc.add(`${w.cue('dob')}${colon()}`).entity('DATE_OF_BIRTH', dob(w, 1995, 2009)).add('\n3. ');
    doc.add(`${w.cue('address')}:\n`).entity('ADDRESS', address(w, true)).add('\n4. ');
    field(doc, w.cue('phone'), 'PHONE', phone(w));
    if (chance(0.7)) {
      doc.add('5. ');
      field(doc, w.cue('email'), 'EMAIL', emailOf(w.locale, p));
    }
    const parent = someone(w);
    doc.add(`6. ${pick(['Parent/guardian', 'Guardian', 'Sponsor'])}: ${parent.name}, ${pick(['farmer', 'teacher', 'trader', 'nurse', 'driver'])}, `).entity('PHONE', phone(w));
    if (chance(0.3)) doc.add(', ').entity('EMAIL', emailOf(w.locale, parent));
    doc.add(`\n7. Household income per month: ${money(w)} · Siblings in school: ${int(0, 5)}\n`);
    if (chance(0.7)) {
      doc.add('8. Stipend to be paid into: ');
      accountField(doc, w, p);
    }
    if (chance(0.2)) {
      const [cue, type, value] = foreignId(w, p);
      doc.add(`9. Held abroad — ${cue}: `).entity(type, value).add('\n');
    }
    doc.add(`School leaving certificate no. ${nz(6)} · Index no. ${digits(3)}/${digits(4)}\n`);
  },
  /** A letter asking the police for a clearance certificate needed by an employer abroad. */
  policeClearanceRequest(doc, w, p) {
    doc.add(`${title(w, 'clearance')}\n\n${pick(['Dear Sir/Madam,', 'To the Officer in Charge,', 'Sir,'])}\n\nI, ${p.name}, `);
    bornInline(doc, w);
    doc.add(`, request a police clearance certificate for employment with ${company(w)} abroad.\n`);
    doc.add(`${w.cue('passport')}: `).entity('PASSPORT', w.C.passport()).add('\n');
    doc.add(`${pick(['Current address', w.cue('address')])}:\n`).entity('ADDRESS', address(w, true)).add('\n');
    if (chance(0.6)) doc.add(`${pick(['Previous address (2019–2023)', 'Lived before at'])}: `).entity('ADDRESS', address(w)).add('\n');
    if (chance(0.3)) {
      const [cue, type, value] = foreignId(w, p);
      doc.add(`While working abroad I held ${cue} `).entity(type, value).add('.\n');
    }
    doc.add('Please contact me on ').entity('PHONE', phone(w));
    if (chance(0.6)) doc.add(' or at ').entity('EMAIL', emailOf(w.locale, p));
    doc.add(`.\nFee receipt no. ${nz(7)}, fingerprints taken on ${dated()}.\n\n${pick(['Yours faithfully', 'Respectfully', 'Thank you'])},\n${p.latinName}\n`);
  },
  /** A household employment agreement: the employer household, the worker's particulars, wages account, both phones. */
  householdEmployment(doc, w, p) {
    const employer = someone(w);
    doc.add(`${title(w, 'household')}\n\nBetween ${employer.name} (the Employer), of `).entity('ADDRESS', address(w)).add(', ').entity('PHONE', phone(w)).add(',\n');
    doc.add(`and ${p.name} (the Worker), `);
    bornInline(doc, w);
    doc.add(`, ${pick(['passport', 'travel document'])} `).entity('PASSPORT', w.C.passport()).add('.\n\n');
    doc.add(`Duties: ${pick(['cooking and cleaning', 'care of two children', 'care of an elderly parent', 'gardening and driving'])}. Hours: ${int(6, 8)}:00–${int(15, 18)}:00, ${int(5, 6)} days. Wage ${money(w)} per month.\n`);
    if (chance(0.4)) doc.add("Driving duties — worker's licence ").entity('DRIVER_LICENSE', w.C.licence()).add('\n');
    doc.add(`${pick(["Worker's home address", 'Worker’s family address'])}:\n`).entity('ADDRESS', address(w, true)).add('\n');
    field(doc, `Worker ${w.cue('phone').toLowerCase()}`, 'PHONE', phone(w));
    if (chance(0.7)) {
      doc.add('Wages paid to: ');
      accountField(doc, w, p);
    }
    if (chance(0.5)) field(doc, 'Employer e-mail', 'EMAIL', emailOf(w.locale, employer));
    doc.add(`${w.cue('kin')}: ${someone(w).name} `).entity('PHONE', phone(w)).add(`\n${w.C.negatives()}\n`);
  },
  /** A mentoring programme sign-up: mentee and mentor contacts, a birth date for the age band, a profile URL (negative). */
  mentoringSignup(doc, w, p) {
    doc.add(`${title(w, 'mentoring')} — ${pick(['Women in Logistics', 'Young Professionals', 'Returning Migrants', 'First Job'])} ${int(2027, 2028)}\n\n`);
    doc.add(`Mentee: ${p.name}\n`);
    field(doc, w.cue('email'), 'EMAIL', emailOf(w.locale, p));
    field(doc, w.cue('phone'), 'PHONE', phone(w));
    if (chance(0.6)) field(doc, `${w.cue('dob')} (age band only)`, 'DATE_OF_BIRTH', dob(w, 1988, 2008));
    if (chance(0.4)) doc.add(`${w.cue('address')}: `).entity('ADDRESS', address(w)).add('\n');
    doc.add(`Profile: linkedin.com/in/${ascii(p.first).toLowerCase()}-${ascii(p.last).toLowerCase()}-${digits(4)}\nGoals: ${pick(['move into supervision', 'prepare for interviews', 'start a small business', 'get a job abroad'])}\n\n`);
    const mentor = someone(w);
    doc.add(`Preferred mentor: ${mentor.name}, ${company(w)}\n  `).entity('EMAIL', emailOf(w.locale, mentor)).add(' · ').entity('PHONE', phone(w, chance(0.5))).add('\n');
    doc.add(`Programme office: `).entity('EMAIL', officeMail(w)).add(`\nCohort ${int(1, 9)}, group ${letter()}${int(10, 99)}\n`);
  },
  /** A correction to a submitted application: the wrong and the right value (both labelled), and a wrong registration-shaped number (decoy). */
  applicationCorrection(doc, w, p) {
    doc.add(`${title(w, 'correction')}\nTo: `).entity('EMAIL', officeMail(w)).add(`\nApplication no. ${int(2026, 2027)}-${nz(5)}\n\n`);
    doc.add(`Hello,\n\nI made mistakes in the form I sent on ${dated()}, ${p.latinName}.\n`);
    const what = shuffle(['phone', 'dob', 'address', 'email', 'account', 'passport']).slice(0, int(2, 3));
    for (const key of what) {
      if (key === 'phone') doc.add('- Phone: I wrote ').entity('PHONE', phone(w)).add(', the right number is ').entity('PHONE', phone(w)).add('\n');
      if (key === 'dob') doc.add(`- ${w.cue('dob')}: not `).entity('DATE_OF_BIRTH', dob(w)).add(' but ').entity('DATE_OF_BIRTH', dob(w)).add('\n');
      if (key === 'address') doc.add('- New address:\n').entity('ADDRESS', address(w, true)).add('\n');
      if (key === 'email') doc.add('- E-mail should be ').entity('EMAIL', emailOf(w.locale, p)).add(' (typo)\n');
      if (key === 'passport') doc.add('- My passport was renewed, new number ').entity('PASSPORT', w.C.passport()).add('\n');
      if (key === 'account') {
        doc.add('- ');
        accountField(doc, w, p);
      }
    }
    doc.add(`\nThank you,\n${p.name}\n`);
  },
};

// ---------------------------------------------------------------- Korean documents
const KO = {
  phone(office = false) {
    return phoneOf('KR', () => {
      if (office) {
        const area = pick(['02', '031', '032', '051', '053', '062', '042', '064']);
        const mid = area === '02' ? `${int(2, 9)}${digits(int(2, 3))}` : `${int(2, 9)}${digits(int(2, 3))}`;
        const last = digits(4);
        return pick([`${area}-${mid}-${last}`, `${area}-${mid}-${last}`, `(${area}) ${mid}-${last}`, `${area} ${mid} ${last}`, `${area}.${mid}.${last}`, `${pick(['1588', '1577', '1600', '1899'])}-${digits(4)}`]);
      }
      const [a, b] = [`${int(2, 9)}${digits(3)}`, digits(4)];
      return pick([`010-${a}-${b}`, `010-${a}-${b}`, `010-${a}-${b}`, `010 ${a} ${b}`, `010${a}${b}`, `+82 10-${a}-${b}`, `+82 10 ${a} ${b}`, `010 - ${a} - ${b}`, `+82-10-${a}${b}`]);
    });
  },
  address(block = false) {
    const [si, gu, road, dong] = pick([
      ['서울특별시', '마포구', '월드컵북로', '상암동'], ['서울특별시', '송파구', '올림픽로', '잠실동'], ['서울특별시', '관악구', '관악로', '봉천동'], ['경기도', '수원시 영통구', '광교중앙로', '하동'],
      ['경기도', '고양시 일산동구', '중앙로', '장항동'], ['인천광역시', '남동구', '구월로', '구월동'], ['부산광역시', '해운대구', '센텀중앙로', '우동'], ['대전광역시', '유성구', '대학로', '궁동'],
      ['광주광역시', '북구', '첨단과기로', '오룡동'], ['울산광역시', '남구', '삼산로', '삼산동'], ['충청북도', '청주시 흥덕구', '직지대로', '복대동'], ['경상남도', '창원시 성산구', '중앙대로', '중앙동'],
    ]);
    const post = pad(int(1000, 63999), 5);
    const unit = pick([`, ${int(101, 120)}동 ${int(1, 25)}0${int(1, 4)}호`, `, ${int(2, 15)}층`, ` ${pick(['푸르지오', '자이', '힐스테이트', '더샵'])} ${int(101, 115)}동 ${int(1, 20)}0${int(1, 6)}호`, '', `, ${letter('AB')}동 ${int(101, 909)}호`]);
    const parts = oneOf(
      () => [`${si} ${gu} ${road} ${int(1, 400)}${unit}`, `(${dong})`],
      () => [`${si} ${gu} ${dong} ${int(1, 1500)}-${int(1, 60)}${unit}`],
      () => [`${si.replace(/특별시|광역시/u, '')} ${gu} ${road}${int(1, 80)}번길 ${int(1, 99)}${unit}`],
    );
    const withPost = oneOf(() => parts, () => [`우) ${post}`, ...parts], () => [...parts, `우편번호 ${post}`], () => [`(${post}) ${parts[0]}`, ...parts.slice(1)]);
    return withPost.join(block ? '\n' : ' ');
  },
  dob(from = 1958, to = 2007) {
    const b = birthDay(int, from, to);
    return pick([`${b.y}년 ${b.m}월 ${b.d}일`, `${b.y}.${b.mm}.${b.dd}`, `${b.y}. ${b.mm}. ${b.dd}`, `${b.yy}.${b.mm}.${b.dd}`, `${b.y}-${b.mm}-${b.dd}`, `${b.y}.${b.m}.${b.d}`, `${b.yy}년 ${b.mm}월 ${b.dd}일`]);
  },
  account: () => pick([`110-${digits(3)}-${digits(6)}`, `1002-${digits(3)}-${digits(6)}`, `${digits(6)}-${digits(2)}-${digits(6)}`, `352-${digits(4)}-${digits(4)}-${digits(2)}`, `3333-${digits(2)}-${digits(7)}`, `${digits(3)}-${digits(6)}-${digits(5)}`, nz(14)]),
  bank: () => pick(['신한은행', '우리은행', 'KB국민은행', 'NH농협', '카카오뱅크', '하나은행', '새마을금고', '우체국']),
  licence: () => pick([`${pick(['11', '13', '16', '24', '26'])}-${digits(2)}-${digits(6)}-${digits(2)}`, `${pick(['서울', '경기남부', '대구', '광주'])} ${digits(2)}-${digits(6)}-${digits(2)}`, `${pick(['12', '14', '25'])}${digits(10)}`]),
  passport: () => pick([`M${digits(8)}`, `M${digits(3)}${letter('ABCDEFGHJK')}${digits(4)}`, `${letter('MS')}${digits(8)}`]),
};
/** 주민등록번호 or 외국인등록번호 on its own line, with the label people write. */
function koRegistration(doc, foreigner = chance(0.2)) {
  const type = foreigner ? 'KR_FRN' : 'KR_RRN';
  doc.add(foreigner ? pick(['외국인등록번호 : ', '외국인 등록번호 ', 'ARC No. ']) : pick(['주민등록번호 : ', '주민번호: ', '주민등록번호 ', '주 민 번 호 : '])).entity(type, krWritten(bornBetween(type, [1950, 1], [2007, 12]))).add('\n');
}
/** Sometimes a number the writer withdraws (an impossible registration number: a decoy, never labelled). */
function koWithdrawn(doc) {
  if (!chance(0.18)) return;
  const [before, after] = pick([['(처음에 적은 ', ' 는 잘못된 번호입니다)\n'], ['※ 착오 기재 ', ' — 무효\n'], ['지난번 번호 ', ' 말고 위 번호로 해주세요\n']]);
  doc.add(before).decoy(krWritten(impossibleRegistration())).add(after);
}
const KO_KINDS = {
  /** 위임장: 위임인과 수임인의 인적사항, 퇴직금·서류 수령. */
  위임장(doc, p) {
    const agent = PEOPLE.ko();
    doc.add(`${pick(['위 임 장', '위임장', '위임장 (퇴직 서류 수령)'])}\n\n[위임인]\n성명: ${p.name}\n`);
    if (chance(0.6)) koRegistration(doc);
    else doc.add('생년월일: ').entity('DATE_OF_BIRTH', KO.dob()).add('\n');
    doc.add('주소: ').entity('ADDRESS', KO.address()).add('\n연락처: ').entity('PHONE', KO.phone()).add('\n\n[수임인]\n');
    doc.add(`성명: ${agent.name} (관계: ${pick(['배우자', '모', '부', '형', '누나', '동생'])})\n`);
    if (chance(0.5)) koRegistration(doc, false);
    doc.add('연락처: ').entity('PHONE', KO.phone()).add('\n');
    doc.add(`\n위 사람에게 ${pick(['퇴직금 및 경력증명서 수령', '원천징수영수증 발급 및 수령', '사물함 개인 물품 인수'])}에 관한 일체의 권한을 위임합니다.\n`);
    if (chance(0.5)) doc.add(`퇴직금 입금 계좌: ${KO.bank()} `).entity('BANK_ACCOUNT', KO.account()).add(` (예금주 ${p.name})\n`);
    doc.add(`${int(2026, 2027)}년 ${int(1, 12)}월 ${int(1, 28)}일  위임인 ${p.name} (인)\n`);
    koWithdrawn(doc);
  },
  /** 구직 게시글: 지역 커뮤니티·알바 앱의 "구직합니다" 글. */
  구직게시글(doc, p) {
    doc.add(`[구직] ${pick(['주말 물류 상하차 가능합니다', '경력 5년 지게차 기사 구직', '요양보호사 자격증 있습니다', '카페·베이커리 오전 근무 희망', '야간 경비 구합니다(본인)'])}\n작성자 ${p.name.slice(0, 1)}**  조회 ${int(10, 900)}  ${int(2026, 2027)}.${pad(int(1, 12), 2)}.${pad(int(1, 28), 2)}\n\n`);
    doc.add(`${pick(['안녕하세요.', '성실하게 일하겠습니다.', '바로 출근 가능합니다.'])} `);
    if (chance(0.5)) doc.add(`${pick(['나이는', '생년월일'])} `).entity('DATE_OF_BIRTH', KO.dob(1965, 2006)).add(pick([' 입니다. ', '생이고요 ', '. ']));
    if (chance(0.4)) doc.add('거주지는 ').entity('ADDRESS', KO.address()).add(' 이고 ');
    doc.add(`${pick(['연락 주세요', '문자 먼저 부탁드려요', '전화 환영'])} `).entity('PHONE', KO.phone()).add(pick(['', ' 입니다', '로 연락주세요']));
    if (chance(0.4)) doc.add(' / 이력서 요청은 ').entity('EMAIL', emailOf('ko', p));
    doc.add(`\n\n댓글 ${int(0, 5)}\n`);
    if (chance(0.5)) doc.add(`└ ${PEOPLE.ko().name.slice(0, 1)}** 사장님: 면접 가능하시면 `).entity('PHONE', KO.phone(chance(0.5))).add(' 로 연락 주세요\n');
  },
  /** 건설 현장 근로자 등록: 일용직 출역 등록, 기초안전교육 이수번호(음성), 면허, 계좌. */
  현장근로자등록(doc, p) {
    doc.add(`${pick(['현장 근로자 등록카드', '일용근로자 출역 등록', '신규 근로자 등록 (안전관리)'])}\n현장명: ${pick(['○○지구 공동주택 신축공사', '물류센터 증축공사', '지하철 연장 제3공구'])}  등록번호 ${nz(6)}\n\n성명: ${p.name}\n`);
    koRegistration(doc, chance(0.3));
    doc.add('휴대폰: ').entity('PHONE', KO.phone()).add('\n주소: ').entity('ADDRESS', KO.address()).add('\n');
    doc.add(`기초안전보건교육 이수번호 ${int(2019, 2026)}-${digits(6)}  혈액형 ${pick(['A', 'B', 'O', 'AB'])}형  직종: ${pick(['형틀목공', '철근공', '신호수', '타워크레인'])}\n`);
    if (chance(0.5)) doc.add('운전면허: ').entity('DRIVER_LICENSE', KO.licence()).add('\n');
    doc.add(`노임 입금: ${KO.bank()} `).entity('BANK_ACCOUNT', KO.account()).add('\n');
    doc.add(`비상연락: ${PEOPLE.ko().name} `).entity('PHONE', KO.phone()).add('\n안전관리자 ').entity('PHONE', KO.phone(true)).add('\n');
    koWithdrawn(doc);
  },
  /** 범죄경력 조회 동의서: 학원·어린이집·요양 시설 채용 시. */
  범죄경력조회동의(doc, p) {
    doc.add(`${pick(['성범죄 경력 조회 동의서', '범죄경력 조회 동의서', '아동학대 관련 범죄전력 조회 동의서'])}\n\n본인은 ${pick(['○○어학원', '○○어린이집', '○○요양원', '○○체육관'])} 채용과 관련하여 관계 법령에 따른 범죄경력 조회에 동의합니다.\n\n성명: ${p.name}\n`);
    if (chance(0.7)) koRegistration(doc);
    else doc.add('생년월일: ').entity('DATE_OF_BIRTH', KO.dob(1965, 2005)).add('\n');
    doc.add('주소:\n').entity('ADDRESS', KO.address(chance(0.5))).add('\n전화: ').entity('PHONE', KO.phone()).add('\n');
    if (chance(0.4)) doc.add('이메일: ').entity('EMAIL', emailOf('ko', p)).add('\n');
    doc.add(`\n조회 요청 기관: ${pick(['관할 경찰서', '교육지원청'])}  담당 `).entity('PHONE', KO.phone(true)).add(`\n${int(2026, 2027)}. ${int(1, 12)}. ${int(1, 28)}.  동의인 ${p.name} (서명)\n`);
    koWithdrawn(doc);
  },
  /** 지원서 정정 요청: 잘못 적은 번호와 바른 번호, 철회한 주민번호(디코이). */
  지원서정정(doc, p) {
    doc.add(`제목: ${pick(['[정정 요청] 입사지원서 연락처 수정', '지원서 기재 오류 정정 부탁드립니다', '지원번호 ' + nz(6) + ' 정보 수정 요청'])}\n받는 사람: `).entity('EMAIL', `${pick(['recruit', 'hr', 'saram', 'insa'])}@${pick(['hanbit-logis.co.kr', 'daeil-food.com', 'sejong-med.or.kr'])}`).add('\n\n');
    doc.add(`안녕하세요, ${pick(['생산직', '사무보조', '간호조무사', '물류관리'])} 지원자 ${p.name}입니다.\n`);
    if (chance(0.7)) doc.add('휴대폰 번호를 ').entity('PHONE', KO.phone()).add(' 로 잘못 적었습니다. 맞는 번호는 ').entity('PHONE', KO.phone()).add(' 입니다.\n');
    if (chance(0.5)) doc.add('생년월일도 ').entity('DATE_OF_BIRTH', KO.dob()).add(' 가 아니라 ').entity('DATE_OF_BIRTH', KO.dob()).add(' 입니다.\n');
    if (chance(0.5)) doc.add('주소가 바뀌었습니다:\n').entity('ADDRESS', KO.address(true)).add('\n');
    if (chance(0.4)) doc.add(`급여 계좌는 ${KO.bank()} `).entity('BANK_ACCOUNT', KO.account()).add(' 로 해주세요.\n');
    if (chance(0.5)) {
      doc.add('주민등록번호를 ');
      doc.decoy(krWritten(impossibleRegistration())).add(' 로 적었는데 오타이고, ');
      doc.entity('KR_RRN', krWritten(bornBetween('KR_RRN', [1960, 1], [2006, 12]))).add(' 가 맞습니다.\n');
    }
    doc.add(`감사합니다.\n${p.name} 드림 `).entity('PHONE', KO.phone()).add('\n');
  },
  /** 멘토링 신청서: 멘티 정보, 희망 멘토, 프로필 링크(음성). */
  멘토링신청(doc, p) {
    doc.add(`${pick(['청년 직무 멘토링 신청서', '경력단절 여성 멘토링 참가 신청', '외국인 유학생 취업 멘토링 신청'])}\n\n이름: ${p.name} (${p.latinName})\n`);
    if (chance(0.6)) doc.add('생년월일: ').entity('DATE_OF_BIRTH', KO.dob(1985, 2007)).add('\n');
    else koRegistration(doc, chance(0.5));
    doc.add('연락처: ').entity('PHONE', KO.phone()).add('\n이메일: ').entity('EMAIL', emailOf('ko', p)).add('\n');
    if (chance(0.4)) doc.add('거주지: ').entity('ADDRESS', KO.address()).add('\n');
    if (chance(0.25)) doc.add('여권번호(외국인 참가자 확인용): ').entity('PASSPORT', KO.passport()).add('\n');
    doc.add(`포트폴리오: github.com/${ascii(p.first).toLowerCase()}${digits(2)}  희망 분야: ${pick(['데이터 분석', 'UX 디자인', '품질관리', '해외영업'])}\n`);
    const mentor = PEOPLE.ko();
    doc.add(`희망 멘토: ${mentor.name} ${pick(['팀장', '책임', '수석'])} `).entity('EMAIL', emailOf('ko', mentor)).add('\n');
    doc.add(`운영사무국 `).entity('PHONE', KO.phone(true)).add(` / 신청번호 M-${int(2026, 2027)}-${digits(4)}\n`);
  },
};

// ---------------------------------------------------------------- the set
// 100 rounds over the ten locales, then 250 Korean documents; each document's kind is drawn.
const decoyCues = ['Locker code ', 'Crew list ref. ', 'Ticket no. ', 'Batch '];
const cases = labelledDocuments({ wave: 23, pick, chance, locales: LOCALES, perLocale: DOCUMENTS_PER_LOCALE, koreanCount: KOREAN_DOCUMENTS, kinds: KINDS, koreanKinds: KO_KINDS, writer, people: PEOPLE, decoyCues, decoy: () => krWritten(impossibleRegistration()) });

// ---------------------------------------------------------------- Korean number vectors
// writeKoreanNumberVectors writes the fourteen categories; the surroundings are this set's own: a power
// of attorney, a job-seeking post, a construction site's worker registration, a criminal-record check
// consent, a correction request, a mentoring sign-up, a phone-plan sign-up, a rental-car contract, a
// hospital reception slip and 〔…〕 brackets.
const AROUND = [['', ''], ['위임장 — ', ''], ['[구직] ', ' 연락주세요'], ['현장 출역 등록 ', ''], ['범죄경력 조회 동의 ', ''], ['정정 요청: ', ''], ['', ' (멘토링 신청)'], ['휴대폰 개통 신청 ', ''], ['렌터카 계약서 ', ''], ['〔', '〕'], ['병원 접수증 ', '']];
const FRAMES = {
  KR_RRN: [...AROUND, ['위임인 주민등록번호 ', ''], ['수임인 주민번호: ', ''], ['일용근로자 주민번호 ', ' (출역)'], ['렌터카 운전자 주민번호 ', '']],
  KR_FRN: [...AROUND, ['외국인 근로자 등록번호 ', ' (E-9, 현장)'], ['멘티 외국인등록번호 ', ''], ['Residence card (ARC) ', ' — Korea'], ['개통 외국인 고객 ', ' 확인']],
  decoy: [...AROUND, ['오기재 번호 ', ' (정정 전)'], ['[구직] 주민번호 ', ' 이거 맞나요'], ['렌터카 조회 불가 번호 ', '']],
  PASSPORT: [['멘토링 외국인 참가 여권 ', ''], ['위임장 첨부 여권 ', ''], ['〔여권 ', '〕'], ['Mentee passport ', ' (ROK)']],
  DRIVER_LICENSE: [['렌터카 운전면허 ', ''], ['현장 장비 기사 면허 ', ''], ['〔면허 ', '〕'], ['Korean licence no. ', '']],
  BANK_ACCOUNT: [['퇴직금 수령 계좌 ', ''], ['노임 입금 계좌 ', ''], ['[구직] 계좌 ', ' 로 보내주세요'], ['렌터카 보증금 환불 받을 계좌 ', '']],
  business: [['렌터카 업체 사업자번호 ', ''], ['현장 시공사 사업자 ', ''], ['〔사업자 ', '〕'], ['Business reg. ', ' (Korea)']],
  military: [['예비군 군번 ', ''], ['병원 환자번호 ', ''], ['멘토링 수강번호 ', ''], ['학번 ', ' (졸업)']],
};

// ---------------------------------------------------------------- write and freeze
const makers = { written: krWritten, bornBetween, registration, impossibleRegistration, businessRegistrationNumber, passport: KO.passport, driverLicence: KO.licence, bankAccount: KO.account };
finishHeldBackSet({ wave: 23, dir: DIR, seed: SEED, frozenOn: FROZEN_ON, cases, frames: FRAMES, stream, makers });
