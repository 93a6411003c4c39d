// Builds test/fixtures/pii/heldback-w22/: the wave 22 held-back labelled set for the sensitive-data
// detector, written by someone who never tunes the detector (issue #10 §3).
//
//   npx node scripts/build-pii-heldback-w22.mjs           (writes documents.json, korean-numbers.json, manifest.json)
//   npx node scripts/build-pii-heldback-w22.mjs --check   (writes nothing; fails unless the files are what this builds)
//
// The wave 21 set (heldback-w21/) had its figures published and is tuning data in wave 22; this set
// measures that tuning on text nobody has seen. Its own seed, ten locales no earlier set used (every
// faker locale that pairs a language with a country is used by now, so these are language_COUNTRY pairs
// of ten countries new to the sets: es_GT, es_DO, sq_AL, ar_QA, sw_TZ, en_ZM, ky_KG, es_PA, fr_TG,
// ms_BN) and Korean again, and document kinds no earlier set used: a request to sublet, a move-in
// inventory, a seasonal-work application, a courier platform's sign-up, a job club's Telegram chat
// export, a career-change cover letter, a consent to contact referees, a scanned salary mandate, a
// volunteer application and a bilingual CV header; in Korean 전대 동의 요청, 입주 점검표, 배달 라이더
// 등록, 단톡방 대화, 봉사활동 신청서 and 자동이체 신청서. Labelling rules are those of
// heldback-w10/README.md to heldback-w21/README.md.
//
// Gold spans are recorded as the values are inserted (by rule, never by running the detector).
// Check digits are computed in scripts/lib/, independently of src/. Phones are drawn from each
// country's numbering plan and kept only when libphonenumber-js (max metadata) calls them valid
// numbers of that country.
//
// The whole set is held back: nobody tunes on it, reads its documents while tuning, or prints its
// misses. `npm run bench -- sensitive held-back` prints aggregates only.
import { fakerEN, fakerES, fakerFR } from '@faker-js/faker';
import { finishHeldBackSet } from './lib/held-back-set.mjs';
import { heldBackStream } from './lib/held-back-stream.mjs';
import { digitsOfScript, groups } from './lib/held-back-text.mjs';
import { LabelledText } from './lib/labelled-text.mjs';
import { birthDay, MONTH_NAMES, ordinal } from './lib/pii-dates.mjs';
import { ascii, ibanOf, pad, phoneOf } from './lib/pii-values.mjs';

const SEED = 0x5eed_0d22;
const DOCUMENTS_PER_LOCALE = 100;
const KOREAN_DOCUMENTS = 250;
const FROZEN_ON = '2026-12-02';
const DIR = new URL('../test/fixtures/pii/heldback-w22/', import.meta.url);

const stream = heldBackStream(SEED);
const { int, pick, chance, digits, letter, nz, shuffle, krWritten } = stream;
const { card, sin, aadhaar, pan, codiceFiscale, registration, bornBetween, impossibleRegistration, businessRegistrationNumber } = stream;
const { ssn, nino, steuerId, nir, dni, bsn, chineseId, myNumber } = stream;
for (const faker of [fakerEN, fakerES, fakerFR]) faker.seed(int(1, 2 ** 30));

const LOCALES = ['es_GT', 'es_DO', 'sq_AL', 'ar_QA', 'sw_TZ', 'en_ZM', 'ky_KG', 'es_PA', 'fr_TG', 'ms_BN'];
const arabicDigits = digitsOfScript(0x0660);
const oneOf = (...choices) => pick(choices)();

// ---------------------------------------------------------------- labels, by the writer's language
// Every value a document labels gets its cue from here: the locale's language two times in three, English
// (an international employer's or agency's form) otherwise.
const LABELS = {
  en: {
    name: ['Full name', 'Name', 'Surname, first name'], dob: ['Date of birth', 'DOB', 'Date of Birth', 'Born'], address: ['Address', 'Home address', 'Residential address', 'Current address'],
    phone: ['Phone', 'Mobile', 'Cell', 'Tel.', 'Contact number'], email: ['E-mail', 'Email', 'Email address'], passport: ['Passport No.', 'Passport number', 'Passport'],
    licence: ['Driving licence no.', "Driver's licence", 'Licence number'], account: ['Account no.', 'Bank account', 'Account number'], emergency: ['Emergency contact', 'Next of kin', 'In case of emergency'],
    hello: ['Dear Sir/Madam', 'Good morning', 'Dear Sir or Madam', 'Hello'], bye: ['Kind regards', 'Yours faithfully', 'Best regards', 'Sincerely'], date: 'Date',
  },
  es: {
    name: ['Nombre completo', 'Nombre y apellidos', 'Nombres y apellidos'], dob: ['Fecha de nacimiento', 'F. de nacimiento', 'Fecha nac.', 'Nacimiento'], address: ['Dirección', 'Domicilio', 'Dirección de residencia', 'Residencia'],
    phone: ['Teléfono', 'Celular', 'Tel.', 'Móvil', 'Número de contacto'], email: ['Correo electrónico', 'Correo', 'E-mail'], passport: ['Pasaporte No.', 'N.º de pasaporte', 'Pasaporte'],
    licence: ['Licencia de conducir', 'No. de licencia', 'Licencia'], account: ['Cuenta No.', 'Número de cuenta', 'Cuenta de ahorros', 'Cuenta monetaria'], emergency: ['Contacto de emergencia', 'En caso de emergencia llamar a'],
    hello: ['Estimados señores', 'Buenos días', 'Estimado/a', 'Saludos cordiales'], bye: ['Atentamente', 'Saludos', 'Quedo atento/a', 'Cordialmente'], date: 'Fecha',
  },
  sq: {
    name: ['Emri dhe mbiemri', 'Emër Mbiemër', 'Emri i plotë'], dob: ['Datëlindja', 'Data e lindjes', 'D. lindjes'], address: ['Adresa', 'Vendbanimi', 'Adresa e banimit'],
    phone: ['Tel.', 'Celular', 'Nr. telefoni', 'Telefon'], email: ['E-mail', 'Email', 'Posta elektronike'], passport: ['Nr. pasaporte', 'Pasaporta nr.', 'Pasaporta'],
    licence: ['Leja e drejtimit nr.', 'Patenta nr.', 'Patenta'], account: ['Nr. llogarie', 'Llogaria bankare', 'Numri i llogarisë'], emergency: ['Kontakt urgjence', 'Në rast urgjence'],
    hello: ['I nderuar zotëri/zonjë', 'Përshëndetje', 'Të nderuar'], bye: ['Me respekt', 'Faleminderit', 'Përshëndetje të përzemërta'], date: 'Data',
  },
  ar: {
    name: ['الاسم الكامل', 'الاسم'], dob: ['تاريخ الميلاد', 'ت. الميلاد'], address: ['العنوان', 'عنوان السكن', 'العنوان الحالي'],
    phone: ['الهاتف', 'الجوال', 'رقم الهاتف', 'هاتف'], email: ['البريد الإلكتروني', 'الإيميل'], passport: ['رقم جواز السفر', 'جواز السفر'],
    licence: ['رقم رخصة القيادة', 'رخصة القيادة'], account: ['رقم الحساب', 'الحساب البنكي'], emergency: ['جهة الاتصال في حالات الطوارئ', 'للطوارئ'],
    hello: ['السادة المحترمون', 'تحية طيبة وبعد', 'السلام عليكم'], bye: ['وتفضلوا بقبول فائق الاحترام', 'مع خالص التحية', 'شكرًا لكم'], date: 'التاريخ',
  },
  sw: {
    name: ['Jina kamili', 'Majina', 'Jina'], dob: ['Tarehe ya kuzaliwa', 'T/Kuzaliwa', 'Tarehe ya Kuzaliwa'], address: ['Anwani', 'Makazi', 'Anwani ya makazi'],
    phone: ['Simu', 'Namba ya simu', 'Simu ya mkononi', 'Tel'], email: ['Barua pepe', 'Email'], passport: ['Namba ya pasipoti', 'Pasipoti Na.'],
    licence: ['Leseni ya udereva Na.', 'Namba ya leseni'], account: ['Namba ya akaunti', 'Akaunti Na.', 'Akaunti ya benki'], emergency: ['Mtu wa kuwasiliana naye dharura', 'Ndugu wa karibu'],
    hello: ['Ndugu', 'Habari', 'Mheshimiwa'], bye: ['Wako mtiifu', 'Asante', 'Kwa heshima'], date: 'Tarehe',
  },
  ky: {
    name: ['Аты-жөнү', 'Фамилиясы, аты'], dob: ['Туулган күнү', 'Туулган жылы, күнү', 'Туулган датасы'], address: ['Дареги', 'Жашаган жери', 'Турган жери'],
    phone: ['Телефон', 'Тел.', 'Уюлдук тел.', 'Байланыш телефону'], email: ['Электрондук почта', 'E-mail'], passport: ['Паспорт №', 'Чет элдик паспорт'],
    licence: ['Айдоочулук күбөлүк №', 'Айдоочулук күбөлүк'], account: ['Эсеп №', 'Банктык эсеп', 'Эсептин номери'], emergency: ['Шашылыш учурда байланыш', 'Жакын туугандары'],
    hello: ['Урматтуу жетекчи', 'Саламатсызбы', 'Урматтуу мырзалар'], bye: ['Урматым менен', 'Ыраазычылык менен', 'Рахмат'], date: 'Күнү',
  },
  ru: {
    name: ['ФИО', 'Фамилия, имя'], dob: ['Дата рождения', 'Д.р.', 'Дата и год рождения'], address: ['Адрес', 'Адрес проживания', 'Фактический адрес'],
    phone: ['Телефон', 'Тел.', 'Моб.', 'Контактный телефон'], email: ['Эл. почта', 'E-mail'], passport: ['Загранпаспорт №', 'Паспорт №'],
    licence: ['Водительское удостоверение №', 'Вод. удостоверение'], account: ['Лицевой счёт', 'Счёт №', 'Номер счёта'], emergency: ['Контакт на случай ЧП', 'Родственники'],
    hello: ['Здравствуйте', 'Уважаемые коллеги', 'Добрый день'], bye: ['С уважением', 'Спасибо', 'Всего доброго'], date: 'Дата',
  },
  fr: {
    name: ['Nom et prénoms', 'Nom, prénoms', 'NOM Prénoms'], dob: ['Date de naissance', 'Né(e) le', 'Date et lieu de naissance'], address: ['Adresse', 'Domicile', 'Adresse actuelle'],
    phone: ['Tél.', 'Téléphone', 'Cel.', 'Portable', 'Contact'], email: ['E-mail', 'Courriel', 'Adresse e-mail'], passport: ['Passeport n°', 'N° de passeport'],
    licence: ['Permis de conduire n°', 'Permis n°'], account: ['RIB', 'N° de compte', 'Compte bancaire'], emergency: ['Personne à prévenir', 'En cas d’urgence'],
    hello: ['Madame, Monsieur', 'Bonjour', 'Messieurs'], bye: ['Cordialement', 'Veuillez agréer mes salutations distinguées', 'Bien à vous'], date: 'Date',
  },
  ms: {
    name: ['Nama penuh', 'Nama'], dob: ['Tarikh lahir', 'T/Lahir', 'Tarikh Lahir'], address: ['Alamat', 'Alamat kediaman', 'Alamat rumah'],
    phone: ['No. telefon', 'Tel. bimbit', 'Telefon', 'H/P'], email: ['E-mel', 'Emel', 'Alamat e-mel'], passport: ['No. pasport', 'Pasport'],
    licence: ['No. lesen memandu', 'Lesen memandu'], account: ['No. akaun', 'Akaun bank', 'Nombor akaun'], emergency: ['Waris terdekat', 'Hubungi jika kecemasan'],
    hello: ['Tuan/Puan', 'Assalamualaikum dan salam sejahtera', 'Yang Berhormat Tuan/Puan'], bye: ['Sekian, terima kasih', 'Yang benar', 'Salam hormat'], date: 'Tarikh',
  },
};

// ---------------------------------------------------------------- the ten countries
// One table: how each country's people write their phones, addresses, birth dates, accounts and ids,
// the names they carry, and the numbers on their forms that are never sensitive (hard negatives).
const ZM_SURNAMES = ['Mwansa', 'Banda', 'Phiri', 'Mulenga', 'Chanda', 'Zulu', 'Tembo', 'Lungu', 'Mumba', 'Bwalya', 'Kabwe', 'Sakala', 'Mwale', 'Chileshe'];
const ZM_GIVEN = ['Chipo', 'Mutale', 'Natasha', 'Bupe', 'Mwila', 'Kondwani', 'Chilufya', 'Musonda', 'Lweendo', 'Thandiwe'];
const TG_GIVEN = ['Kossi', 'Komlan', 'Afi', 'Ama', 'Kodjo', 'Yawa', 'Kokou', 'Akossiwa', 'Edem', 'Sena', 'Mawuli', 'Dzifa'];
const TG_SURNAMES = ['Agbeko', 'Amavi', 'Mensah', 'Lawson', 'Akakpo', 'Dossou', 'Adjovi', 'Kpodar', 'Tchalla', 'Gnassingbé', 'Ayivi', 'Sossou', 'Amegah', 'Dzogbedo'];
const GT_SURNAMES = ['Ajú', 'Xol', 'Cux', 'Tzul', 'Pérez', 'Chacón', 'Quiroa', 'Monterroso', 'Barrios', 'Coyoy', 'Sicán', 'Girón', 'Estrada', 'Ixcoy'];
const DO_SURNAMES = ['Peña', 'Rosario', 'De la Cruz', 'Almonte', 'Batista', 'Féliz', 'Taveras', 'Ureña', 'Cuello', 'Mercedes', 'Polanco', 'Santana', 'Brito', 'Tejada'];
const PA_SURNAMES = ['Arosemena', 'Batista', 'Quintero', 'Castillo', 'De Gracia', 'Samudio', 'Jaén', 'Vergara', 'Pinzón', 'Saldaña', 'Espino', 'Barría', 'Ábrego', 'Him'];
const AL_GIVEN = ['Arben', 'Besnik', 'Drita', 'Elira', 'Flutura', 'Gentian', 'Ilir', 'Jonida', 'Klodian', 'Lindita', 'Mirela', 'Orges', 'Ardita', 'Erion', 'Blerina', 'Eriselda'];
const AL_SURNAMES = ['Hoxha', 'Shehu', 'Dervishi', 'Kola', 'Marku', 'Gjoka', 'Leka', 'Çela', 'Prifti', 'Zeneli', 'Muça', 'Bregu', 'Lika', 'Tafaj'];
const QA_NAMES = [['محمد', 'Mohammed'], ['عائشة', 'Aisha'], ['حمد', 'Hamad'], ['مريم', 'Maryam'], ['خليفة', 'Khalifa'], ['نورة', 'Noora'], ['جاسم', 'Jassim'], ['الجوهرة', 'Al Jawhara'], ['تميم', 'Tamim'], ['شيخة', 'Sheikha']];
const QA_FAMILIES = [['الكواري', 'Al-Kuwari'], ['المري', 'Al-Marri'], ['الهاجري', 'Al-Hajri'], ['النعيمي', 'Al-Naimi'], ['السليطي', 'Al-Sulaiti'], ['العطية', 'Al-Attiyah'], ['المهندي', 'Al-Mohannadi'], ['الخليفي', 'Al-Khulaifi']];
const QA_EXPATS = [['Rajesh', 'Nair'], ['Anitha', 'Menon'], ['Mohammed', 'Rafiq'], ['Joseph', 'Varghese'], ['Sreeja', 'Pillai'], ['Arjun', 'Krishnan']];
const TZ_GIVEN = ['Neema', 'Baraka', 'Rehema', 'Juma', 'Amani', 'Zawadi', 'Hamisi', 'Imani', 'Upendo', 'Faraji', 'Tumaini', 'Mwanaisha', 'Saidi', 'Halima'];
const TZ_SURNAMES = ['Mwakyusa', 'Kimaro', 'Massawe', 'Mushi', 'Mrema', 'Nyerere', 'Mollel', 'Lyimo', 'Shirima', 'Mbwambo', 'Kapinga', 'Temba', 'Swai', 'Mfinanga'];
const KG_NAMES = [['Айгүл', 'Aigul'], ['Бакыт', 'Bakyt'], ['Нурлан', 'Nurlan'], ['Жылдыз', 'Jyldyz'], ['Эрмек', 'Ermek'], ['Чолпон', 'Cholpon'], ['Азамат', 'Azamat'], ['Гүлнара', 'Gulnara'], ['Талант', 'Talant'], ['Мээрим', 'Meerim'], ['Улан', 'Ulan'], ['Айпери', 'Aiperi']];
const KG_FAMILIES = [['Абдыкадыров', 'Abdykadyrov'], ['Осмонова', 'Osmonova'], ['Токтогулов', 'Toktogulov'], ['Жумабаева', 'Jumabaeva'], ['Бообеков', 'Boobekov'], ['Мамытова', 'Mamytova'], ['Асанов', 'Asanov'], ['Сыдыкова', 'Sydykova'], ['Эсенбаев', 'Esenbaev'], ['Кадырова', 'Kadyrova']];
const BN_GIVEN = [['Muhammad Hafiz', 'bin'], ['Nurul Ain', 'binti'], ['Awang Ahmad', 'bin'], ['Dayang Siti Aminah', 'binti'], ['Mohd Firdaus', 'bin'], ['Hjh Norhayati', 'binti'], ['Pengiran Amir', 'bin'], ['Siti Nur Hazirah', 'binti']];
const BN_FATHERS = ['Haji Osman', 'Abdullah', 'Hj Md Yusof', 'Ismail', 'Pengiran Hj Kamaluddin', 'Haji Jaafar', 'Idris', 'Hj Abd Rahman'];
const KO_NAMES = [['김', 'Kim'], ['이', 'Lee'], ['박', 'Park'], ['최', 'Choi'], ['정', 'Jung'], ['강', 'Kang'], ['윤', 'Yoon'], ['한', 'Han'], ['오', 'Oh'], ['서', 'Seo']];
const KO_GIVEN = [['민준', 'minjun'], ['서연', 'seoyeon'], ['도윤', 'doyun'], ['하은', 'haeun'], ['지호', 'jiho'], ['수빈', 'subin'], ['예준', 'yejun'], ['지우', 'jiwoo'], ['현우', 'hyunwoo'], ['유나', 'yuna']];

/** A person of the locale: `name` as written in the writer's script, `latin` for e-mail addresses and English forms. */
const PEOPLE = {
  es_GT: () => latin(fakerES.person.firstName(), shuffle(GT_SURNAMES).slice(0, 2).join(' ')),
  es_DO: () => latin(fakerES.person.firstName(), shuffle(DO_SURNAMES).slice(0, int(1, 2)).join(' ')),
  es_PA: () => latin(fakerES.person.firstName(), shuffle(PA_SURNAMES).slice(0, int(1, 2)).join(' ')),
  sq_AL: () => latin(pick(AL_GIVEN), pick(AL_SURNAMES)),
  ar_QA: () => {
    if (chance(0.25)) {
      const [f, l] = pick(QA_EXPATS);
      return { ...latin(f, l), expat: true };
    }
    const [[fa, fl], [la, ll]] = [pick(QA_NAMES), pick(QA_FAMILIES)];
    return { name: `${fa} ${la}`, latinName: `${fl} ${ll}`, first: fl, last: ll.replace('Al-', '') };
  },
  sw_TZ: () => latin(pick(TZ_GIVEN), pick(TZ_SURNAMES)),
  en_ZM: () => latin(chance(0.5) ? fakerEN.person.firstName() : pick(ZM_GIVEN), pick(ZM_SURNAMES)),
  ky_KG: () => {
    const [[fc, fl], [lc, ll]] = [pick(KG_NAMES), pick(KG_FAMILIES)];
    return { name: `${lc} ${fc}`, latinName: `${fl} ${ll}`, first: fl, last: ll };
  },
  fr_TG: () => {
    const [first, last] = [chance(0.5) ? fakerFR.person.firstName() : pick(TG_GIVEN), pick(TG_SURNAMES)];
    return { name: `${last.toUpperCase()} ${first}`, latinName: `${first} ${last}`, first, last };
  },
  ms_BN: () => {
    const [given, link] = pick(BN_GIVEN);
    const father = pick(BN_FATHERS);
    return { name: `${given} ${link} ${father}`, latinName: `${given} ${link} ${father}`, first: given.split(' ').at(-1), last: father.split(' ').at(-1) };
  },
  ko: () => {
    const [[fk, fl], [gk, gl]] = [pick(KO_NAMES), pick(KO_GIVEN)];
    return { name: `${fk}${gk}`, latinName: `${fl} ${gl[0].toUpperCase()}${gl.slice(1)}`, first: gl, last: fl };
  },
};
function latin(first, last) {
  return { name: `${first} ${last}`, latinName: `${first} ${last}`, first, last };
}
const MAIL = {
  es_GT: ['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com'], es_DO: ['gmail.com', 'hotmail.com', 'claro.net.do'], es_PA: ['gmail.com', 'hotmail.com', 'cwpanama.net'],
  sq_AL: ['gmail.com', 'yahoo.com', 'abissnet.al', 'hotmail.com'], ar_QA: ['gmail.com', 'hotmail.com', 'qatar.net.qa'], sw_TZ: ['gmail.com', 'yahoo.com', 'yahoo.co.uk'],
  en_ZM: ['gmail.com', 'yahoo.com', 'zamnet.zm'], ky_KG: ['mail.ru', 'gmail.com', 'inbox.ru'], fr_TG: ['gmail.com', 'yahoo.fr', 'cafe.tg'], ms_BN: ['gmail.com', 'hotmail.com', 'brunet.bn', 'simpur.net.bn'],
  ko: ['naver.com', 'daum.net', 'gmail.com', 'kakao.com', 'hanmail.net'],
};
function emailOf(locale, p) {
  const [f, l] = [ascii(p.first).toLowerCase(), ascii(p.last).toLowerCase()];
  const local = pick([`${f}.${l}`, `${f}${l}${int(1, 99)}`, `${f[0]}${l}`, `${l}.${f}${int(70, 99)}`, `${f}_${l}`]);
  return `${local}@${pick(MAIL[locale])}`;
}
/** An employer's or agency's mailbox at one of the locale's company domains. */
const mailbox = (w) => `${pick(['hr', 'jobs', 'admin', 'info', 'recruitment', 'contact', 'careers'])}@${pick(w.L.domains)}`;

const LOCALE = {
  es_GT: {
    country: 'GT', nation: 'Guatemalan', langs: ['es'], domains: ['agroaltiplano.com.gt', 'posadaantigua.com', 'quetzaldist.com.gt'], companies: ['Agroexportadora del Altiplano', 'Hotel Posada Antigua', 'Distribuidora Quetzal', 'Café Los Volcanes'],
    phone: (office) => {
      const n = office ? `2${int(2, 4)}${digits(6)}` : `${pick(['3', '4', '5', '5'])}${digits(7)}`;
      return pick([groups(n, [4, 4], '-'), groups(n, [4, 4], '-'), groups(n, [4, 4]), n, `+502 ${groups(n, [4, 4])}`, `(502) ${groups(n, [4, 4], '-')}`, `+502 ${groups(n, [4, 4], '-')}`]);
    },
    address: () => {
      const [city, zone, post] = pick([['Ciudad de Guatemala', 'Zona 10', '01010'], ['Ciudad de Guatemala', 'Zona 1', '01001'], ['Mixco', 'Zona 4', '01057'], ['Villa Nueva', 'Zona 5', '01064'], ['Quetzaltenango', 'Zona 3', '09003'], ['Antigua Guatemala', '', '03001']]);
      return oneOf(
        () => [`${int(1, 14)}a. ${pick(['Avenida', 'Calle', 'Av.'])} ${int(1, 30)}-${pad(int(1, 99), 2)}`, zone, `${city}${chance(0.4) ? `, ${post}` : ''}`].filter(Boolean),
        () => [`Lote ${int(1, 40)}, Manzana ${letter('ABCDEFGH')}`, `Colonia ${pick(['El Maestro', 'Las Brisas', 'San Cristóbal', 'Primero de Julio'])}`, `${city}, Guatemala`],
        () => [`Km ${int(12, 28)}.5 Carretera a ${pick(['El Salvador', 'Antigua', 'San Lucas'])}`, `Condominio ${pick(['Las Luces', 'Vista Hermosa', 'Los Álamos'])}, casa ${int(1, 90)}`, pick(['Santa Catarina Pinula', 'Fraijanes', 'San Lucas Sacatepéquez'])],
        () => [`${pick(['Calle del Arco', 'Calle Ancha', '6a. Avenida Norte'])} No. ${int(1, 60)}`, 'Antigua Guatemala, Sacatepéquez'],
      );
    },
    dob: (b) => [`${b.dd}/${b.mm}/${b.y}`, `${b.dd}/${b.mm}/${b.y}`, `${b.d} de ${MONTH_NAMES.es[b.m - 1]} de ${b.y}`, `${b.dd}-${b.mm}-${b.y}`, `${b.d}/${b.m}/${b.y}`],
    account: () => pick([['IBAN', ibanOf('GT', `${pick(['BRRL', 'INDL', 'BAGU', 'AGRO'])}${digits(20)}`)], ['BANK_ACCOUNT', `${int(1, 9)}-${digits(3)}-${digits(5)}-${int(0, 9)}`], ['BANK_ACCOUNT', nz(10)]]),
    passport: () => `${letter('ABCDEFGHJ')}${digits(8)}`,
    licence: () => `${nz(4)} ${digits(5)} ${pick(['0101', '0108', '0901', '0301'])}`,
    foreign: [['Canadian SIN', 'CA_SIN', sin], ['Social Security No. (USA)', 'US_SSN', ssn], ['NIE (España)', 'ES_DNI', dni]],
    negatives: () => pick([`NIT ${nz(7)}-${int(0, 9)}`, `Afiliación IGSS patronal ${nz(6)}`, `Expediente ${int(2024, 2026)}-${digits(5)}`, `Boleta No. ${nz(8)}`]),
    money: (n) => `Q${n.toLocaleString('en-US')}.00`,
  },
  es_DO: {
    country: 'DO', nation: 'Dominican', langs: ['es'], domains: ['caribeturismo.com.do', 'zflasamericas.com', 'cibao.do'], companies: ['Grupo Caribe Turismo', 'Zona Franca Las Américas', 'Farmacia Los Hidalgos', 'Cervecería del Cibao'],
    phone: () => {
      const n = `${pick(['809', '829', '849'])}${int(2, 9)}${digits(6)}`;
      return pick([`(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, `1-${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, `+1 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, n, `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`]);
    },
    address: () => {
      const [sector, city] = pick([['Ensanche Ozama', 'Santo Domingo Este'], ['Piantini', 'Santo Domingo, D.N.'], ['Los Jardines', 'Santiago de los Caballeros'], ['Villa Mella', 'Santo Domingo Norte'], ['Gazcue', 'Santo Domingo, D.N.'], ['Bávaro', 'Higüey, La Altagracia']]);
      return oneOf(
        () => [`C/ ${pick(['Duarte', 'El Conde', 'Mella', 'Sánchez', 'Las Palmas'])} No. ${int(1, 150)}`, sector, city],
        () => [`Calle ${int(1, 30)} #${int(1, 99)}`, `Residencial ${pick(['Las Praderas', 'Los Prados', 'Don Pedro'])}`, `${sector}, ${city}`],
        () => [`Av. ${pick(['27 de Febrero', 'Winston Churchill', 'Abraham Lincoln', 'Independencia'])} esq. ${pick(['Máximo Gómez', 'Ortega y Gasset', 'Tiradentes'])}`, `Edif. ${pick(['Torre Caney', 'Plaza Central', 'Res. Carmen'])}, Apto. ${int(1, 12)}${letter('ABCD')}`, `${sector}, ${city}${chance(0.4) ? ` ${pick(['10127', '10114', '11504'])}` : ''}`],
      );
    },
    dob: (b) => [`${b.dd}/${b.mm}/${b.y}`, `${b.d} de ${MONTH_NAMES.es[b.m - 1]} del ${b.y}`, `${b.dd}-${b.mm}-${b.y}`, `${b.d}/${b.m}/${b.y}`],
    account: () => pick([['IBAN', ibanOf('DO', `${pick(['BRRD', 'BCBH', 'BPDO'])}${digits(20)}`)], ['BANK_ACCOUNT', nz(9)], ['BANK_ACCOUNT', nz(10)], ['BANK_ACCOUNT', `${digits(3)}-${digits(6)}-${int(0, 9)}`]]),
    passport: () => `${pick(['SC', 'RD', 'SD', 'RE'])}${digits(7)}`,
    licence: () => `${pick(['001', '402', '031', '223'])}-${digits(7)}-${int(0, 9)}`,
    foreign: [['SSN (EE.UU.)', 'US_SSN', ssn], ['NIE', 'ES_DNI', dni], ['Codice fiscale', 'IT_FISCAL_CODE', null]],
    negatives: () => pick([`RNC ${int(1, 4)}-${digits(2)}-${digits(5)}-${int(0, 9)}`, `NSS ${nz(9)}`, `Contrato ${int(2025, 2026)}-${digits(4)}`, `Recibo No. ${nz(7)}`]),
    money: (n) => `RD$${n.toLocaleString('en-US')}.00`,
  },
  es_PA: {
    country: 'PA', nation: 'Panamanian', langs: ['es'], domains: ['navieraistmo.com.pa', 'slcanal.com', 'cascoviejohotel.com'], companies: ['Naviera Istmo', 'Servicios Logísticos del Canal', 'Hotel Casco Viejo', 'Clínica San Fernando'],
    phone: (office) => {
      const n = office ? `${pick(['2', '3'])}${int(0, 9)}${digits(5)}` : `6${digits(7)}`;
      return n.length === 8
        ? pick([groups(n, [4, 4], '-'), groups(n, [4, 4], '-'), n, `+507 ${groups(n, [4, 4], '-')}`, `(507) ${groups(n, [4, 4])}`, `+507 ${n}`])
        : pick([groups(n, [3, 4], '-'), groups(n, [3, 4], '-'), `+507 ${groups(n, [3, 4], '-')}`, `(507) ${groups(n, [3, 4])}`]);
    },
    address: () => {
      const area = pick(['Obarrio', 'Bella Vista', 'El Cangrejo', 'San Francisco', 'Condado del Rey', 'Costa del Este']);
      return oneOf(
        () => [`Calle ${int(50, 76)} Este${chance(0.5) ? `, Edificio ${pick(['Torre Global', 'PH Plaza Real', 'Torres de las Américas'])}, piso ${int(2, 40)}` : ''}`, area, 'Ciudad de Panamá'],
        () => [`Vía ${pick(['España', 'Porras', 'Israel', 'Argentina'])}, PH ${pick(['Costa del Sol', 'Bay View', 'Sky Tower'])}, apto. ${int(1, 30)}${letter('ABCD')}`, `${area}, Panamá`],
        () => [`Casa ${int(1, 300)}, Calle ${int(1, 12)}ra`, `Urbanización ${pick(['Villa de las Fuentes', 'Brisas del Golf', 'Altos de Panamá'])}`, pick(['San Miguelito', 'Arraiján', 'La Chorrera', 'David, Chiriquí'])],
      );
    },
    dob: (b) => [`${b.dd}/${b.mm}/${b.y}`, `${b.d} de ${MONTH_NAMES.es[b.m - 1]} de ${b.y}`, `${b.dd}-${MONTH_NAMES.es[b.m - 1].slice(0, 3)}-${b.y}`, `${b.d}/${b.m}/${b.y}`],
    account: () => pick([['BANK_ACCOUNT', `${pad(int(1, 4), 2)}-${pad(int(1, 99), 2)}-${pad(int(1, 99), 2)}-${digits(6)}-${int(0, 9)}`], ['BANK_ACCOUNT', `0${digits(12)}`], ['BANK_ACCOUNT', nz(10)]]),
    passport: () => `PA${digits(7)}`,
    licence: () => `${pick(['8', '4', '6', '9', '3'])}-${int(100, 999)}-${int(100, 2500)}`,
    foreign: [['SSN', 'US_SSN', ssn], ['NIE', 'ES_DNI', dni]],
    negatives: () => pick([`RUC ${nz(9)}-${int(1, 2)}-${int(2009, 2020)} DV ${pad(int(1, 99), 2)}`, `Seguro Social patronal ${nz(8)}`, `Ficha No. ${nz(6)}`, `Orden ${int(2025, 2026)}-${digits(4)}`]),
    money: (n) => `B/.${n.toLocaleString('en-US')}.00`,
  },
  sq_AL: {
    country: 'AL', nation: 'Albanian', langs: ['sq'], domains: ['balfin.al', 'rogner.al', 'kantieri-durres.al'], companies: ['Albtelecom Shërbime', 'Hotel Rogner Tirana', 'Balfin Retail', 'Kantieri Detar Durrës'],
    phone: (office) => {
      if (!office) {
        const n = `6${pick(['7', '8', '9', '9'])}${digits(7)}`;
        return pick([`0${groups(n, [2, 3, 4])}`, `0${groups(n, [2, 3, 4])}`, `0${n}`, `+355 ${groups(n, [2, 3, 4])}`, `+355 ${n}`, `00355 ${groups(n, [2, 7])}`, `(+355) ${groups(n, [2, 3, 4])}`]);
      }
      const n = `4${int(2, 2)}${int(2, 4)}${digits(5)}`;
      return pick([`0${n.slice(0, 1)} ${groups(n.slice(1), [3, 4])}`, `+355 4 ${groups(n.slice(1), [3, 4])}`, `0${n}`]);
    },
    address: () => {
      const [city, post] = pick([['Tiranë', '1001'], ['Tiranë', '1019'], ['Durrës', '2001'], ['Shkodër', '4001'], ['Vlorë', '9401'], ['Elbasan', '3001'], ['Korçë', '7001']]);
      return oneOf(
        () => [`Rruga ${pick(['Myslym Shyri', 'e Durrësit', 'Ismail Qemali', 'Sami Frashëri', 'Abdyl Frashëri'])}, Pallati ${int(1, 120)}, Shkalla ${int(1, 4)}, Ap. ${int(1, 40)}`, `${city} ${post}`],
        () => [`Lagjja ${int(1, 18)}, Rruga ${pick(['Skënderbeu', 'Tregtare', 'Aleksandër Goga', 'Pavarësia'])}, Nr. ${int(1, 99)}`, `${city}${chance(0.5) ? `, ${post}` : ''}`],
        () => [`Rr. ${pick(['Kavajës', 'Dritan Hoxha', 'Him Kolli', 'Bardhyl'])}, Ndërtesa ${int(1, 60)}, Kati ${int(1, 12)}`, `Njësia Bashkiake nr. ${int(1, 11)}`, `${city}, Shqipëri`],
      );
    },
    dob: (b) => [`${b.dd}.${b.mm}.${b.y}`, `${b.dd}.${b.mm}.${b.y}`, `${b.d} ${MONTH_NAMES.sq[b.m - 1]} ${b.y}`, `${b.dd}/${b.mm}/${b.y}`],
    account: () => pick([['IBAN', ibanOf('AL', `${pick(['2021', '2081', '2051', '2141'])}${digits(4)}${digits(16)}`)], ['IBAN', ibanOf('AL', `${pick(['2021', '2081'])}${digits(4)}${digits(16)}`)], ['BANK_ACCOUNT', nz(10)]]),
    passport: () => `${pick(['BA', 'BB', 'BC', 'BD'])}${digits(7)}`,
    licence: () => `${letter()}${digits(7)}${letter()}`,
    foreign: [['Codice fiscale', 'IT_FISCAL_CODE', null], ['Steuer-ID', 'DE_TAX_ID', steuerId], ['NI number', 'UK_NINO', nino]],
    negatives: () => pick([`NIPT ${letter('JKLM')}${digits(8)}${letter()}`, `Nr. sigurimesh ${nz(8)}`, `Kontrata nr. ${int(100, 999)}/${int(1, 9)}`, `Fatura ${nz(6)}`]),
    money: (n) => `${n.toLocaleString('de-DE')} lekë`,
  },
  ar_QA: {
    country: 'QA', nation: 'Qatari', langs: ['ar'], domains: ['qfs.com.qa', 'dohahospitality.qa', 'lusail-logistics.com'], companies: ['Qatar Facility Services', 'Doha Hospitality Group', 'Al Rayyan Trading', 'Lusail Logistics'],
    phone: (office) => {
      const n = office ? `44${digits(6)}` : `${pick(['3', '5', '5', '6', '7'])}${int(0, 9)}${digits(6)}`;
      return pick([groups(n, [4, 4]), groups(n, [4, 4]), n, `+974 ${groups(n, [4, 4])}`, `+974-${n}`, `00974 ${n}`, `(+974) ${groups(n, [4, 4], '-')}`, `974-${n}`]);
    },
    address: (arabic) => {
      const [area, areaAr] = pick([['Al Dafna', 'الدفنة'], ['Bin Mahmoud', 'بن محمود'], ['Al Sadd', 'السد'], ['Al Waab', 'الوعب'], ['Al Wakrah', 'الوكرة'], ['Madinat Khalifa', 'مدينة خليفة'], ['The Pearl', 'اللؤلؤة']]);
      const [zone, street, building] = [int(13, 91), int(200, 990), int(1, 120)];
      if (arabic) {
        const a = [`مبنى ${building}، شارع ${street}، منطقة ${zone}`, `${areaAr}، الدوحة`];
        return chance(0.3) ? a.map(arabicDigits) : a;
      }
      return oneOf(
        () => [`Zone ${zone}, Street ${street}, Building ${building}`, `${area}, Doha`],
        () => [`Building ${building}, Street ${street}, Zone ${zone}`, area, 'Doha, Qatar'],
        () => [`Villa ${int(1, 40)}, ${pick(['Al Waab Street', 'Al Luqta Street', 'Onaiza Street'])}, Zone ${zone}`, area],
        () => [`Flat ${int(1, 30)}, Building ${building}, Street ${street}`, `Zone ${zone}, ${area}`],
      );
    },
    dob: (b) => [`${b.dd}/${b.mm}/${b.y}`, `${b.y}-${b.mm}-${b.dd}`, `${b.d} ${MONTH_NAMES.ar[b.m - 1]} ${b.y}`, `${b.dd}-${MONTH_NAMES.enShort[b.m - 1]}-${b.y}`],
    account: () => pick([['IBAN', ibanOf('QA', `${pick(['QNBA', 'CBQA', 'DOHB', 'QISB'])}${digits(21)}`)], ['IBAN', ibanOf('QA', `${pick(['QNBA', 'CBQA'])}${digits(21)}`)], ['BANK_ACCOUNT', `${digits(4)}-${digits(6)}-${digits(3)}`]]),
    passport: () => `${letter()}${digits(8)}`,
    licence: () => `2${digits(10)}`,
    foreign: [['NI number', 'UK_NINO', nino], ['Aadhaar', 'IN_AADHAAR', aadhaar], ['PAN', 'IN_PAN', null]],
    negatives: () => pick([`CR No. ${int(10000, 99999)}`, `Establishment ID ${nz(7)}`, `Contract ref. QFS/${int(2025, 2026)}/${digits(4)}`, `Visa No. ${nz(9)}`]),
    money: (n) => `QAR ${n.toLocaleString('en-US')}`,
  },
  sw_TZ: {
    country: 'TZ', nation: 'Tanzanian', langs: ['sw'], domains: ['kilisafari.co.tz', 'azamlogistics.co.tz', 'darcoastal.com'], companies: ['Kilimanjaro Safari Lodges', 'Azam Logistics', 'Mwanza Fisheries', 'Dar Coastal Hotels'],
    phone: (office) => {
      const n = office ? `22${int(2, 2)}${digits(6)}` : `${pick(['7', '7', '6'])}${pick(['1', '4', '5', '6', '8'])}${digits(7)}`;
      return pick([`0${groups(n, [3, 3, 3])}`, `0${groups(n, [3, 3, 3])}`, `0${n}`, `+255 ${groups(n, [3, 3, 3])}`, `+255${n}`, `(+255) ${groups(n, [3, 6])}`, `0${n.slice(0, 3)}-${n.slice(3)}`]);
    },
    address: () => {
      const [ward, district, region] = pick([['Mikocheni', 'Kinondoni', 'Dar es Salaam'], ['Kariakoo', 'Ilala', 'Dar es Salaam'], ['Sinza', 'Ubungo', 'Dar es Salaam'], ['Njiro', 'Arusha Mjini', 'Arusha'], ['Kiwanja cha Ndege', 'Dodoma Mjini', 'Dodoma'], ['Nyamagana', 'Nyamagana', 'Mwanza']]);
      return oneOf(
        () => [`Plot No. ${int(1, 900)}, Block ${letter('ABCDEFG')}`, ward, `${district}, ${region}`],
        () => [`Mtaa wa ${pick(['Uhuru', 'Msimbazi', 'Lumumba', 'Mkwepu'])}, Nyumba Na. ${int(1, 120)}`, `${ward}, ${district}`, region],
        () => [`S.L.P. ${int(100, 35000)}`, region],
        () => [`${ward} ${pick(['Block', 'Kitalu'])} ${letter('ABCD')}, ${pick(['Nyumba', 'House'])} ${int(1, 99)}`, `${region}, Tanzania`],
      );
    },
    dob: (b) => [`${b.dd}/${b.mm}/${b.y}`, `${b.dd}/${b.mm}/${b.y}`, `${b.d} ${MONTH_NAMES.sw[b.m - 1]} ${b.y}`, `${b.dd}-${b.mm}-${b.y}`, `${b.d} ${MONTH_NAMES.en[b.m - 1]}, ${b.y}`],
    account: () => pick([['BANK_ACCOUNT', `01${digits(11)}`], ['BANK_ACCOUNT', `4${digits(10)}`], ['BANK_ACCOUNT', `${digits(4)} ${digits(4)} ${digits(4)}`]]),
    passport: () => `${pick(['AB', 'TAE', 'AE'])}${digits(6)}`,
    licence: () => `4${digits(9)}`,
    foreign: [['NI number', 'UK_NINO', nino], ['BSN', 'NL_BSN', bsn]],
    negatives: () => pick([`TIN ${digits(3)}-${digits(3)}-${digits(3)}`, `NSSF Employer No. ${nz(7)}`, `BRELA Reg. ${nz(6)}`, `Kumb. Na. ${letter()}${letter()}/${int(100, 999)}/${int(1, 99)}`]),
    money: (n) => `TSh ${n.toLocaleString('en-US')}/=`,
  },
  en_ZM: {
    country: 'ZM', nation: 'Zambian', langs: ['en'], domains: ['cbminingservices.co.zm', 'lusakaagro.com', 'zambezilodges.com'], companies: ['Copperbelt Mining Services', 'Lusaka Agro Supplies', 'Zambezi Lodges', 'Kafue Milling'],
    phone: (office) => {
      if (office) {
        const n = `211${int(2, 2)}${digits(5)}`;
        return pick([`0${groups(n, [3, 6])}`, `+260 ${groups(n, [3, 6])}`, `(0211) ${n.slice(3)}`, `0${n}`]);
      }
      const n = `${pick(['95', '96', '97', '76', '77'])}${digits(7)}`;
      return pick([`0${groups(n, [3, 6])}`, `0${groups(n, [3, 6])}`, `0${n}`, `+260 ${groups(n, [2, 7])}`, `+260 ${groups(n, [3, 3, 3])}`, `+260${n}`, `0${groups(n, [3, 3, 3])}`]);
    },
    address: () => {
      const [area, town] = pick([['Kabulonga', 'Lusaka'], ['Chilenje South', 'Lusaka'], ['Woodlands', 'Lusaka'], ['Makeni', 'Lusaka'], ['Parklands', 'Kitwe'], ['Kansenshi', 'Ndola'], ['Riverside', 'Kitwe'], ['Dambwa North', 'Livingstone']]);
      return oneOf(
        () => [`Plot ${int(100, 9999)}, ${pick(['Kabulonga Road', 'Leopards Hill Road', 'Great East Road', 'Chindo Road'])}`, area, town],
        () => [`House No. ${int(1, 999)}, ${area}`, town],
        () => [`P.O. Box ${int(30000, 50999)}`, `${town}${chance(0.5) ? ` ${pick(['10101', '10100', '50100'])}` : ''}`],
        () => [`Stand ${int(1, 5000)}, ${area}`, `${town}, Zambia`],
        () => [`Farm ${int(1, 400)}${letter('ab')}, ${area}`, town],
      );
    },
    dob: (b) => [`${b.dd}/${b.mm}/${b.y}`, `${ordinal(b.d)} ${MONTH_NAMES.en[b.m - 1]} ${b.y}`, `${b.d} ${MONTH_NAMES.en[b.m - 1]} ${b.y}`, `${b.dd}-${MONTH_NAMES.enShort[b.m - 1]}-${b.y}`, `${b.dd}.${b.mm}.${b.y}`],
    account: () => pick([['BANK_ACCOUNT', nz(13)], ['BANK_ACCOUNT', nz(10)], ['BANK_ACCOUNT', `${digits(4)} ${digits(4)} ${digits(5)}`]]),
    passport: () => `ZN${digits(6)}`,
    licence: () => `${pick(['DL', 'LSK'])}${digits(7)}`,
    foreign: [['UK National Insurance No.', 'UK_NINO', nino], ['SIN (Canada)', 'CA_SIN', sin], ['Chinese ID', 'CN_RESIDENT_ID', chineseId]],
    negatives: () => pick([`TPIN ${nz(10)}`, `NAPSA Employer No. ${nz(9)}`, `PACRA Reg. No. ${int(120, 320)}${digits(7)}`, `Ref: HR/${int(2025, 2026)}/${digits(3)}`]),
    money: (n) => `K${n.toLocaleString('en-US')}`,
  },
  ky_KG: {
    country: 'KG', nation: 'Kyrgyz', langs: ['ky', 'ru'], domains: ['kumtor-service.kg', 'bishkekstroy.kg', 'nurlogistics.kg'], companies: ['Кумтөр Сервис', 'Бишкек Строй', 'Ак-Кеме Отель', 'Нур Логистика'],
    phone: (office) => {
      if (office) {
        const n = `312${int(3, 9)}${digits(5)}`;
        return pick([`0 (312) ${n.slice(3, 5)}-${n.slice(5, 7)}-${n.slice(7)}`, `+996 312 ${groups(n.slice(3), [2, 2, 2], '-')}`, `0312 ${groups(n.slice(3), [3, 3])}`]);
      }
      const n = `${pick(['555', '557', '700', '707', '770', '777', '999', '550', '220'])}${digits(6)}`;
      return pick([`0${groups(n, [3, 3, 3])}`, `0${groups(n, [3, 3, 3])}`, `+996 ${groups(n, [3, 3, 3])}`, `+996 ${n.slice(0, 3)} ${groups(n.slice(3), [2, 2, 2])}`, `0 (${n.slice(0, 3)}) ${groups(n.slice(3), [2, 2, 2], '-')}`, `+996${n}`, `0${n}`]);
    },
    address: (latinScript) => {
      const [city, post, cityLatin] = pick([['Бишкек', '720040', 'Bishkek'], ['Бишкек', '720001', 'Bishkek'], ['Ош', '723500', 'Osh'], ['Каракол', '722200', 'Karakol'], ['Жалал-Абад', '715600', 'Jalal-Abad']]);
      if (latinScript) return [`${pick(['Kievskaya', 'Toktogul', 'Manas', 'Chui'])} ${pick(['str.', 'Ave.'])} ${int(1, 250)}, apt. ${int(1, 120)}`, `${cityLatin} ${post}, Kyrgyzstan`];
      return oneOf(
        () => [`г. ${city}, ул. ${pick(['Киевская', 'Токтогула', 'Боконбаева', 'Исанова'])}, д. ${int(1, 250)}, кв. ${int(1, 120)}`],
        () => [`${post}, ${city}, мкр. ${pick(['Джал', 'Асанбай', 'Восток-5', '12'])}, ${int(1, 60)}-${int(1, 90)}`],
        () => [`${city} ш., ${pick(['Чүй проспектиси', 'Манас көчөсү', 'Ленин көчөсү'])}, ${int(1, 250)}-үй, ${int(1, 120)}-батир`],
        () => [`${pick(['Ысык-Көл облусу', 'Чүй облусу', 'Ош облусу'])}, ${pick(['Тоң району', 'Аламүдүн району', 'Кара-Суу району'])}`, `${pick(['Бөкөнбаев', 'Лебединовка', 'Кара-Суу'])} айылы, ${pick(['Жаңы', 'Ата-Мекен', 'Ленин'])} көч., ${int(1, 200)}`],
      );
    },
    dob: (b, lang) =>
      ({
        ru: [`${b.dd}.${b.mm}.${b.y}`, `${b.d} ${MONTH_NAMES.ru[b.m - 1]} ${b.y} г.`, `${b.dd}.${b.mm}.${b.y} г.`],
        ky: [`${b.dd}.${b.mm}.${b.y}`, `${b.y}-ж. ${b.d}-${MONTH_NAMES.ky[b.m - 1]}`, `${b.dd}.${b.mm}.${b.y}-ж.`],
        en: [`${b.dd}.${b.mm}.${b.y}`, `${b.d} ${MONTH_NAMES.en[b.m - 1]} ${b.y}`, `${b.dd}/${b.mm}/${b.y}`],
      })[lang],
    account: () => pick([['BANK_ACCOUNT', `1${digits(15)}`], ['BANK_ACCOUNT', `1${digits(15)}`], ['BANK_ACCOUNT', `${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)}`]]),
    passport: () => `${pick(['AC', 'AN', 'PE'])}${digits(7)}`,
    licence: () => `${pick(['KG', 'AB', 'BN'])} ${digits(6)}`,
    foreign: [['Alien Registration No. (Korea)', 'KR_FRN', () => krWritten(bornBetween('KR_FRN', [1970, 1], [2004, 12]))], ['マイナンバー', 'JP_MY_NUMBER', myNumber], ['Steuer-ID', 'DE_TAX_ID', steuerId]],
    negatives: () => pick([`ИНН предприятия 0${digits(13)}`, `ОКПО ${nz(8)}`, `Договор № ${int(1, 999)}/${int(2025, 2026)}`, `Социалдык фонд ${nz(6)}`]),
    money: (n) => `${n.toLocaleString('ru-RU')} сом`,
  },
  fr_TG: {
    country: 'TG', nation: 'Togolese', langs: ['fr'], domains: ['pal-services.tg', 'sarakawa.tg', 'togocel-distribution.tg'], companies: ['Port Autonome Services', 'Brasserie du Bénin Lomé', 'Hôtel Sarakawa', 'Togo Cellulaire Distribution'],
    phone: (office) => {
      const n = office ? `22${int(2, 6)}${digits(5)}` : `${pick(['90', '91', '92', '93', '96', '97', '98', '99', '70', '79'])}${digits(6)}`;
      return pick([groups(n, [2, 2, 2, 2]), groups(n, [2, 2, 2, 2]), n, `+228 ${groups(n, [2, 2, 2, 2])}`, `(+228) ${n}`, `00228 ${groups(n, [2, 2, 2, 2])}`, `+228${n}`, groups(n, [2, 2, 2, 2], '.')]);
    },
    address: () => {
      const quarter = pick(['Tokoin Hôpital', 'Bè Kpota', 'Agoè-Nyivé', 'Adidogomé', 'Nyékonakpoè', 'Hédzranawoé', 'Kégué']);
      return oneOf(
        () => [`BP ${int(100, 9999)}`, `Lomé${chance(0.5) ? ', Togo' : ''}`],
        () => [`Quartier ${quarter}, rue ${int(1, 400)}, maison ${int(1, 99)}`, 'Lomé'],
        () => [`${quarter}, ${pick(['derrière la pharmacie', 'à côté de l’église', 'en face du marché', 'non loin du CEG'])} ${pick(['Zanguéra', 'Saint-Joseph', 'Bè', 'Avédji'])}`, `Lomé${chance(0.5) ? ', Togo' : ''}`],
        () => [`Rue ${pick(['de l’OCAM', 'Kpalimé', 'des Hydrocarbures', 'Tokmake'])}, ${quarter}`, pick(['Lomé', 'Kpalimé', 'Sokodé', 'Kara'])],
      );
    },
    dob: (b) => [`${b.dd}/${b.mm}/${b.y}`, `${b.dd}/${b.mm}/${b.y}`, `${b.d === 1 ? '1er' : b.d} ${MONTH_NAMES.fr[b.m - 1]} ${b.y}`, `${b.dd}-${b.mm}-${b.y}`],
    account: () => pick([['BANK_ACCOUNT', `TG${pad(int(1, 199), 3)} ${digits(5)} ${digits(12)} ${digits(2)}`], ['BANK_ACCOUNT', `TG${pad(int(1, 199), 3)}${digits(5)}${digits(12)}${digits(2)}`], ['BANK_ACCOUNT', nz(11)]]),
    passport: () => `${pick(['B', 'C', 'D'])}${digits(7)}`,
    licence: () => `TG-${int(2005, 2024)}-${digits(6)}`,
    foreign: [['NIR (Sécurité sociale)', 'FR_NIR', nir], ['NAS (Canada)', 'CA_SIN', sin], ['Steuer-ID', 'DE_TAX_ID', steuerId]],
    negatives: () => pick([`NIF ${nz(10)}`, `RCCM TG-LOM ${int(2010, 2025)} B ${int(100, 9999)}`, `CNSS employeur ${nz(6)}`, `Réf. ${letter()}${letter()}/${int(2025, 2026)}/${digits(4)}`]),
    money: (n) => `${n.toLocaleString('fr-FR')} FCFA`,
  },
  ms_BN: {
    country: 'BN', nation: 'Bruneian', langs: ['ms'], domains: ['muarashipping.com.bn', 'empire.com.bn', 'gadongretail.com.bn'], companies: ['Syarikat Perkapalan Muara', 'Hotel Empire Jerudong', 'Gadong Retail Sdn Bhd', 'Tutong Agro'],
    phone: (office) => {
      const n = office ? `2${int(2, 4)}${digits(5)}` : `${pick(['7', '8', '8'])}${int(1, 9)}${digits(5)}`;
      return pick([groups(n, [3, 4]), groups(n, [3, 4]), n, `+673 ${groups(n, [3, 4])}`, `+673-${n}`, `(673) ${groups(n, [3, 4])}`, `${n.slice(0, 3)}-${n.slice(3)}`]);
    },
    address: () => {
      const [kampung, mukim, post, district] = pick([['Kg. Kiulap', 'Mukim Gadong B', 'BE1518', 'Bandar Seri Begawan'], ['Kg. Kiarong', 'Mukim Gadong B', 'BE1318', 'Bandar Seri Begawan'], ['Kg. Rimba', 'Mukim Gadong A', 'BE3119', 'Brunei-Muara'], ['Kg. Panchor', 'Mukim Seria', 'KB2933', 'Belait'], ['Kg. Lamunin', 'Mukim Lamunin', 'TC2145', 'Tutong']]);
      return oneOf(
        () => [`No. ${int(1, 60)}, Simpang ${int(10, 400)}`, `Jalan ${pick(['Gadong', 'Tutong', 'Muara', 'Jerudong'])}`, `${kampung}`, `${district} ${post}`],
        () => [`Unit ${int(1, 30)}, Blok ${letter('ABCDE')}, Bangunan ${pick(['Hj Tahir', 'Setia Kenangan', 'Kiarong Complex'])}`, `${kampung}, ${post}`],
        () => [`Lot ${int(1000, 9999)}, ${kampung}`, `${mukim}, ${post}`, 'Negara Brunei Darussalam'],
        () => [`No. ${int(1, 99)}, Spg ${int(10, 400)}, ${kampung}`, `${post} ${district}`],
      );
    },
    dob: (b) => [`${b.dd}/${b.mm}/${b.y}`, `${b.d} ${MONTH_NAMES.ms[b.m - 1]} ${b.y}`, `${b.dd}-${b.mm}-${b.y}`, `${b.dd}.${b.mm}.${b.y}`],
    account: () => pick([['BANK_ACCOUNT', `00${digits(12)}`], ['BANK_ACCOUNT', nz(10)], ['BANK_ACCOUNT', `${digits(2)}-${digits(3)}-${digits(6)}-${digits(1)}`]]),
    passport: () => `${pick(['P', 'B'])}${digits(8)}`,
    licence: () => `${letter('BT')}${digits(6)}`,
    foreign: [['NI number (UK)', 'UK_NINO', nino], ['My Number (Japan)', 'JP_MY_NUMBER', myNumber]],
    negatives: () => pick([`No. Pendaftaran Syarikat RC/${pad(int(1, 99999), 8)}`, `TAP No. ${nz(8)}`, `SCP ${nz(7)}`, `Ruj. Kami: ${letter()}${letter()}/${int(100, 999)}/${int(2025, 2026)}`]),
    money: (n) => `B$${n.toLocaleString('en-US')}`,
  },
};

// ---------------------------------------------------------------- value writers
/** The writer of one document: its locale, the language of its labels, and the cue of a label key. */
function writer(locale) {
  const L = LOCALE[locale];
  const lang = chance(2 / 3) ? pick(L.langs) : 'en';
  const cue = (key) => pick(LABELS[lang][key]);
  return { L, lang, cue, local: lang !== 'en' };
}
/** A valid phone of the locale's country; an office line sometimes with its extension (inside the span). */
function phone(w, office = false) {
  let n = phoneOf(w.L.country, () => w.L.phone(office));
  if (w.L.country === 'QA' && w.lang === 'ar' && chance(0.2)) n = arabicDigits(n);
  if (!office || !chance(0.25)) return n;
  const word = pick({ es: ['ext. ', 'extensión '], sq: ['brend. ', 'ext. '], ar: ['تحويلة ', 'ext. '], sw: ['ext. '], ky: ['кош. '], ru: ['доб. '], fr: ['poste '], ms: ['samb. ', 'ext. '], en: ['ext. ', 'x'] }[w.lang]);
  return `${n} ${word}${int(10, 899)}`;
}
/** An address of the locale as one line or a block of lines (one span across its line breaks). */
function address(w, block = false) {
  const parts = w.L.country === 'QA' ? w.L.address(w.lang === 'ar' && chance(0.7)) : w.L.country === 'KG' ? w.L.address(w.lang === 'en' && chance(0.5)) : w.L.address();
  return parts.join(block ? '\n' : /[\u0600-\u06ff]/u.test(parts[0]) ? '، ' : ', ');
}
function dob(w, from = 1962, to = 2006) {
  return pick(w.L.dob(birthDay(int, from, to), w.lang));
}
/** [cue, value, type] of an id the person holds: a passport, a licence, or an id from the country they work or worked in. */
function personalId(w, p) {
  const kind = pick(['passport', 'passport', 'licence', 'foreign', 'foreign']);
  if (kind === 'passport') return [w.cue('passport'), w.L.passport(), 'PASSPORT'];
  if (kind === 'licence') return [w.cue('licence'), w.L.licence(), 'DRIVER_LICENSE'];
  const [cue, type, make] = pick(w.L.foreign);
  if (type === 'IT_FISCAL_CODE') return [cue, codiceFiscale(p.first, p.last), type];
  if (type === 'IN_PAN') return [cue, pan(p.last), type];
  return [cue, make(), type];
}
const sep = () => pick([': ', ': ', ' : ', '\t', ' – ', ' ']);
/** `cue: value` on its own line. */
function row(doc, cue, type, value) {
  doc.add(`${cue}${sep()}`).entity(type, value).add('\n');
}
function accountRow(doc, w, p) {
  const [type, value] = w.L.account();
  const shown = type === 'IBAN' && chance(0.6) ? value.replace(/(.{4})(?!$)/gu, '$1 ') : value;
  doc.add(`${type === 'IBAN' ? 'IBAN' : w.cue('account')}${sep()}`).entity(type, shown).add(chance(0.4) ? ` (${p.latinName})\n` : '\n');
}
const company = (w) => pick(w.L.companies);
const money = (w) => w.L.money(int(3, 90) * 100);
const stamp = () => `${pad(int(1, 28), 2)}.${pad(int(1, 12), 2)}.${pick([2025, 2026])}`;

// ---------------------------------------------------------------- document kinds (non-Korean)
// Sentences in the writer's language are given per language where the kind needs them; the rest is English.
const SAY = {
  sublet: { en: 'I am writing to ask your consent to sublet the flat at', es: 'Por medio de la presente solicito su autorización para subarrendar el inmueble ubicado en', sq: 'Ju shkruaj për t’ju kërkuar lejen për ta nënqiradhënë apartamentin në', ar: 'أكتب إليكم لطلب موافقتكم على التأجير من الباطن للشقة الكائنة في', sw: 'Naandika kuomba ridhaa yako ya kupangisha kwa mtu mwingine nyumba iliyopo', ky: 'Төмөнкү даректеги батирди убактылуу башка адамга ижарага берүүгө уруксат сурайм:', ru: 'Прошу Вашего согласия на передачу в субаренду квартиры по адресу', fr: 'Je sollicite votre accord pour sous-louer le logement situé au', ms: 'Saya ingin memohon kebenaran tuan/puan untuk menyewakan semula rumah di' },
  inventory: { en: 'Check-in inventory', es: 'Acta de entrega e inventario', sq: 'Procesverbal i dorëzimit të banesës', ar: 'محضر استلام الوحدة السكنية', sw: 'Fomu ya ukaguzi wa nyumba', ky: 'Батирди кабыл алуу-өткөрүү акты', ru: 'Акт приёма-передачи квартиры', fr: 'État des lieux d’entrée', ms: 'Senarai semak masuk rumah sewa' },
  seasonal: { en: 'Seasonal work application', es: 'Solicitud de trabajo temporal', sq: 'Aplikim për punë sezonale', ar: 'طلب عمل موسمي', sw: 'Maombi ya kazi ya msimu', ky: 'Сезондук жумушка арыз', ru: 'Заявка на сезонную работу', fr: 'Candidature — emploi saisonnier', ms: 'Permohonan kerja bermusim' },
  courier: { en: 'Rider sign-up', es: 'Registro de repartidor', sq: 'Regjistrim korrieri', ar: 'تسجيل مندوب توصيل', sw: 'Usajili wa msafirishaji', ky: 'Курьер катары катталуу', ru: 'Регистрация курьера', fr: 'Inscription livreur', ms: 'Pendaftaran penghantar' },
  chat: { en: 'Job club', es: 'Bolsa de empleo', sq: 'Punë në Tiranë', ar: 'وظائف الدوحة', sw: 'Ajira Dar', ky: 'Жумуш Бишкек', ru: 'Работа Бишкек', fr: 'Emplois Lomé', ms: 'Kerja Kosong Brunei' },
  cover: { en: 'After eight years in another field I would like to move into', es: 'Después de ocho años en otro sector, deseo dar un giro a mi carrera hacia', sq: 'Pas tetë vitesh në një fushë tjetër, dëshiroj të kaloj në', ar: 'بعد ثماني سنوات في مجال آخر أرغب في الانتقال إلى مجال', sw: 'Baada ya miaka minane katika fani nyingine, ningependa kuhamia', ky: 'Башка тармакта сегиз жыл иштегенден кийин, мен төмөнкү тармакка өткүм келет:', ru: 'После восьми лет в другой сфере я хочу перейти в', fr: 'Après huit ans dans un autre secteur, je souhaite me reconvertir dans', ms: 'Selepas lapan tahun dalam bidang lain, saya ingin beralih ke bidang' },
  consent: { en: 'I consent to the employer contacting the referees below.', es: 'Autorizo a la empresa a contactar a las siguientes referencias.', sq: 'Pranoj që punëdhënësi të kontaktojë referencat e mëposhtme.', ar: 'أوافق على تواصل جهة العمل مع المعرّفين أدناه.', sw: 'Ninaridhia mwajiri kuwasiliana na wadhamini walioorodheshwa hapa chini.', ky: 'Иш берүүчүнүн төмөнкү адамдар менен байланышуусуна макулмун.', ru: 'Даю согласие на обращение работодателя к указанным ниже рекомендателям.', fr: 'J’autorise l’employeur à contacter les référents ci-dessous.', ms: 'Saya bersetuju majikan menghubungi perujuk di bawah.' },
  mandate: { en: 'SALARY PAYMENT MANDATE', es: 'AUTORIZACIÓN DE DEPÓSITO DE SALARIO', sq: 'AUTORIZIM PËR KALIMIN E PAGËS', ar: 'تفويض تحويل الراتب', sw: 'FOMU YA MALIPO YA MSHAHARA KWA BENKI', ky: 'АЙЛЫКТЫ КОТОРУУГА МАКУЛДУК', ru: 'ЗАЯВЛЕНИЕ О ПЕРЕЧИСЛЕНИИ ЗАРАБОТНОЙ ПЛАТЫ', fr: 'MANDAT DE VIREMENT DE SALAIRE', ms: 'BORANG KEBENARAN PEMBAYARAN GAJI' },
  volunteer: { en: 'Volunteer application', es: 'Solicitud de voluntariado', sq: 'Formular aplikimi për vullnetar', ar: 'طلب تطوع', sw: 'Fomu ya kujitolea', ky: 'Ыктыярчылыкка арыз', ru: 'Анкета волонтёра', fr: 'Fiche de candidature bénévole', ms: 'Borang permohonan sukarelawan' },
};
const say = (w, key) => SAY[key][w.lang];
/** The letter's opening or closing line with the comma of its script. */
const greet = (w, key) => `${pick(LABELS[w.lang][key])}${w.lang === 'ar' ? '،' : ','}`;
/** A birth date in a sentence, with no label: "Nací el …", "Мен … туулганмын". */
const BORN = { en: ['I was born on ', '.'], es: ['Nací el ', '.'], sq: ['Kam lindur më ', '.'], ar: ['ولدت بتاريخ ', '.'], sw: ['Nilizaliwa tarehe ', '.'], ky: ['Мен ', ' туулгам.'], ru: ['Родился(-ась) ', '.'], fr: ['Je suis né(e) le ', '.'], ms: ['Saya dilahirkan pada ', '.'] };
function bornOn(doc, w) {
  const [before, after] = BORN[w.lang];
  doc.add(before).entity('DATE_OF_BIRTH', dob(w)).add(`${after}\n`);
}

const KINDS = {
  /** A tenant asks the landlord to sublet: the let address, the subtenant's particulars and contacts. */
  subletRequest(doc, w, p) {
    const sub = PEOPLE[w.locale]();
    doc.add(`${greet(w, 'hello')}\n\n${say(w, 'sublet')} `).entity('ADDRESS', address(w)).add(` ${pick(['from 1 March until 31 August.', 'for six months while I work abroad.', 'during my contract in another city.'])}\n\n`);
    doc.add(`Subtenant / ${w.cue('name')}: ${sub.name}\n`);
    if (chance(0.7)) row(doc, w.cue('dob'), 'DATE_OF_BIRTH', dob(w));
    doc.add(`${w.cue('address')}:\n`).entity('ADDRESS', address(w, true)).add('\n');
    row(doc, w.cue('phone'), 'PHONE', phone(w));
    if (chance(0.6)) row(doc, w.cue('email'), 'EMAIL', emailOf(w.locale, sub));
    if (chance(0.6)) {
      const [cue, value, type] = personalId(w, sub);
      row(doc, cue, type, value);
    }
    if (chance(0.5)) doc.add(`Employer: ${company(w)}, `).entity('PHONE', phone(w, true)).add('\n');
    doc.add(`Rent ${money(w)} per month, deposit unchanged. ${w.L.negatives()}\n\n${greet(w, 'bye')}\n${p.name}\n`).entity('PHONE', phone(w));
    if (chance(0.7)) doc.add(pick([' | ', '\n', ' / '])).entity('EMAIL', emailOf(w.locale, p));
    doc.add('\n');
  },
  /** A move-in inventory: the property, meter readings and keys (negatives), the tenant's and agent's contacts. */
  inventoryCheckIn(doc, w, p) {
    doc.add(`${say(w, 'inventory')} — ${stamp()}\n${w.L.negatives()}\n\nProperty: `).entity('ADDRESS', address(w)).add('\n');
    doc.add(`Tenant: ${p.name}\n`);
    row(doc, w.cue('phone'), 'PHONE', phone(w));
    if (chance(0.5)) row(doc, w.cue('email'), 'EMAIL', emailOf(w.locale, p));
    if (chance(0.4)) row(doc, w.cue('dob'), 'DATE_OF_BIRTH', dob(w));
    doc.add(`Electricity meter ${digits(5)}.${int(0, 9)} kWh | Water meter ${digits(4)} m³ | Keys: ${int(2, 6)} (${int(1, 3)} fobs)\n`);
    doc.add(`Living room: ${pick(['walls clean, one nail hole', 'sofa stain left arm', 'curtains missing'])} | Kitchen: ${pick(['fridge works, door seal worn', 'two burners only', 'all in order'])}\n`);
    doc.add(`Deposit received: ${money(w)}\n`);
    if (chance(0.6)) {
      doc.add(`${pick(['Previous address of tenant', 'Forwarding/previous address'])}:\n`).entity('ADDRESS', address(w, true)).add('\n');
    }
    doc.add(`Agent: ${PEOPLE[w.locale]().name}, `).entity('PHONE', phone(w, true)).add('\n');
    if (chance(0.4)) doc.add(`Landlord — ${w.cue('account')} for rent: `).entity(...accountEntity(w)).add('\n');
  },
  /** A seasonal-work application: the passport and an id of the country of the job, home address, wages account. */
  seasonalWorkApplication(doc, w, p) {
    doc.add(`${say(w, 'seasonal')} — ${pick(['Harvest 2027', 'Summer season 2027', 'Winter season 2026/27'])}\n${company(w)} / ${pick(['Hotel & resort staff', 'Fruit picking', 'Fish processing', 'Kitchen staff'])}\n\n`);
    doc.add(`${w.cue('name')}: ${p.name}\n`);
    row(doc, w.cue('dob'), 'DATE_OF_BIRTH', dob(w, 1975, 2006));
    row(doc, w.cue('passport'), 'PASSPORT', w.L.passport());
    doc.add(`Passport expiry: ${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/${int(2028, 2036)}\n`);
    if (chance(0.6)) {
      const [cue, type, make] = pick(w.L.foreign);
      const value = type === 'IT_FISCAL_CODE' ? codiceFiscale(p.first, p.last) : type === 'IN_PAN' ? pan(p.last) : make();
      doc.add(`${pick(['Previous season', 'Worked there before'])} — ${cue}: `).entity(type, value).add('\n');
    }
    doc.add(`${w.cue('address')}:\n`).entity('ADDRESS', address(w, true)).add('\n');
    row(doc, w.cue('phone'), 'PHONE', phone(w));
    row(doc, w.cue('email'), 'EMAIL', emailOf(w.locale, p));
    if (chance(0.6)) accountRow(doc, w, p);
    if (chance(0.15)) doc.add('Visa fee paid by card ').entity('CREDIT_CARD', card()).add('\n');
    doc.add(`${w.cue('emergency')}: ${PEOPLE[w.locale]().name} (${pick(['parent', 'sibling', 'spouse', 'relative', 'cousin'])}) `).entity('PHONE', phone(w)).add('\n');
    doc.add(`Available from ${stamp()} for ${int(8, 26)} weeks; shifts 06:00–14:00.\n`);
  },
  /** A courier platform's sign-up: licence, phone, payout account, vehicle plate and rider id (negatives). */
  courierPlatformSignup(doc, w, p) {
    doc.add(`${say(w, 'courier')} · ${pick(['RapiEnvío', 'GoDeliver', 'Boda Express', 'QuickBite', 'Yandex Eats', 'Gozem'])}\nRider ID ${letter()}${nz(6)} · Step ${int(2, 4)} of 4\n\n`);
    doc.add(`${w.cue('name')}: ${p.name}\n`);
    row(doc, w.cue('phone'), 'PHONE', phone(w));
    row(doc, w.cue('email'), 'EMAIL', emailOf(w.locale, p));
    row(doc, w.cue('dob'), 'DATE_OF_BIRTH', dob(w, 1980, 2007));
    row(doc, w.cue('licence'), 'DRIVER_LICENSE', w.L.licence());
    doc.add(`Vehicle: ${pick(['motorbike', 'bicycle', 'scooter'])}, plate ${letter()}${letter()} ${int(100, 999)}${letter()}\n`);
    doc.add(`${w.cue('address')}: `).entity('ADDRESS', address(w)).add('\n');
    if (chance(0.7)) accountRow(doc, w, p);
    else doc.add(`${pick(['Mobile money', 'Wallet'])} payouts to `).entity('PHONE', phone(w)).add('\n');
    doc.add(`Bag deposit ${money(w)} · Zone ${int(1, 12)}\n`);
  },
  /** A job club's Telegram chat export: people share their numbers, mail and a birth date in messages. */
  telegramJobChat(doc, w, p) {
    doc.add(`${say(w, 'chat')} — Telegram export\n`);
    const others = [PEOPLE[w.locale](), PEOPLE[w.locale]()];
    const [day, month] = [int(1, 28), int(1, 12)];
    let minute = int(7, 12) * 60;
    const time = () => {
      minute += int(1, 50);
      return `[${pad(day, 2)}.${pad(month, 2)}.26 ${pad(Math.floor(minute / 60), 2)}:${pad(minute % 60, 2)}]`;
    };
    doc.add(`${time()} ${others[0].latinName}: ${pick(['Anyone looking for warehouse work?', 'Hotel needs 3 waiters, send CV', 'Need drivers with licence, good pay'])} `).entity('PHONE', phone(w, chance(0.3))).add('\n');
    doc.add(`${time()} ${p.latinName}: ${pick(['interested, my number', 'me! call', 'here is mine'])} `).entity('PHONE', phone(w)).add('\n');
    if (chance(0.6)) doc.add(`${time()} ${others[0].latinName}: send CV to `).entity('EMAIL', mailbox(w)).add('\n');
    if (chance(0.5)) doc.add(`${time()} ${p.latinName}: sent from `).entity('EMAIL', emailOf(w.locale, p)).add(' 👍\n');
    if (chance(0.5)) doc.add(`${time()} ${others[0].latinName}: they ask ${w.cue('dob').toLowerCase()} and address too\n${time()} ${p.latinName}: `).entity('DATE_OF_BIRTH', dob(w)).add(', ').entity('ADDRESS', address(w)).add('\n');
    if (chance(0.5)) doc.add(`${time()} ${others[1].latinName}: ${pick(['me too', 'add me pls', '+1'])} `).entity('PHONE', phone(w)).add('\n');
    doc.add(`${time()} ${others[1].latinName}: ${pick(['interview at 9:30?', 'salary 2500?', 'ok thanks'])}\n`);
  },
  /** A career-change cover letter: the sender's address block at the top, contacts at the end. */
  careerChangeCoverLetter(doc, w, p) {
    doc.add(`${p.name}\n`).entity('ADDRESS', address(w, true)).add('\n');
    if (chance(0.6)) doc.entity('PHONE', phone(w)).add(pick([' · ', '\n'])).entity('EMAIL', emailOf(w.locale, p)).add('\n');
    doc.add(`\n${LABELS[w.lang].date}: ${stamp()}\n${company(w)}\n\n${greet(w, 'hello')}\n\n${say(w, 'cover')} ${pick(['logistics', 'nursing', 'software testing', 'hospitality', 'accounting'])}. ${pick(['I completed an evening course last year.', 'My volunteer work taught me the basics.', 'I have already done a short internship.'])}\n\n`);
    const birth = int(0, 9);
    if (birth < 3) doc.add(`${pick(['Personal details', 'For your records'])} — ${w.cue('dob')}: `).entity('DATE_OF_BIRTH', dob(w)).add('.\n');
    else if (birth < 5) bornOn(doc, w);
    doc.add(`${pick(['You can reach me on', 'Please call me on', 'I am available on'])} `).entity('PHONE', phone(w)).add(pick(['.', ' any day after 4 pm.', ', or by e-mail.']));
    doc.add(`\n\n${greet(w, 'bye')}\n${p.name}\n`);
  },
  /** A consent to contact referees: the candidate's id and birth date, referees' office lines and mail. */
  referenceConsentForm(doc, w, p) {
    doc.add(`Reference check consent\n${say(w, 'consent')}\n\nCandidate: ${p.name}\n`);
    row(doc, w.cue('dob'), 'DATE_OF_BIRTH', dob(w));
    const [cue, value, type] = personalId(w, p);
    row(doc, cue, type, value);
    const referees = int(1, 3);
    for (let k = 1; k <= referees; k++) {
      const r = PEOPLE[w.locale]();
      const org = company(w);
      doc.add(`\nReferee ${k}: ${r.latinName}, ${pick(['Supervisor', 'Manager', 'Head teacher', 'Team lead'])}, ${org}\n`);
      row(doc, w.cue('phone'), 'PHONE', phone(w, chance(0.6)));
      if (chance(0.7)) row(doc, w.cue('email'), 'EMAIL', chance(0.5) ? emailOf(w.locale, r) : mailbox(w));
    }
    doc.add(`\n${LABELS[w.lang].date}: ${stamp()}   Signature: ____________\n`);
  },
  /** A salary mandate as OCR reads a scan: broken rules, boxes, stray bars. */
  scannedBankMandate(doc, w, p) {
    const bar = () => pick(['|', '¦', 'I', '']);
    doc.add(`${say(w, 'mandate')}\n${company(w)} ${bar()} ${w.L.negatives()}\n_______________________________\n`);
    doc.add(`${bar()} ${w.cue('name')} ${bar()} ${p.name.toUpperCase()}\n`);
    if (chance(0.6)) doc.add(`${bar()} ${w.cue('dob')} ${bar()} `).entity('DATE_OF_BIRTH', dob(w)).add('\n');
    doc.add(`${bar()} ${w.cue('address')} ${bar()} `).entity('ADDRESS', address(w)).add('\n');
    const [type, value] = w.L.account();
    doc.add(`${bar()} ${type === 'IBAN' ? 'IBAN' : w.cue('account')} ${bar()} `).entity(type, value).add(`\n${bar()} Bank ${bar()} ${pick([`Branch 0${digits(2)}`, 'Main branch', `Branch code ${digits(3)}`])}\n`);
    doc.add(`${bar()} ${w.cue('phone')} ${bar()} `).entity('PHONE', phone(w)).add('\n');
    if (chance(0.4)) doc.add(`${bar()} ${w.cue('email')} ${bar()} `).entity('EMAIL', emailOf(w.locale, p)).add('\n');
    doc.add(`_______________________________\nEmployee No. ${nz(5)}   Net pay ${money(w)}   Page 1/1\n`);
  },
  /** A volunteer application: contacts, emergency contact, passport for travel, licence for driving, a card for the fee. */
  volunteerApplication(doc, w, p) {
    doc.add(`${say(w, 'volunteer')} — ${pick(['Red Cross', 'Food bank', 'Beach clean-up', 'Youth football camp', 'Disaster relief'])}\n\n`);
    doc.add(`${w.cue('name')}: ${p.name}\n`);
    if (chance(0.8)) row(doc, w.cue('dob'), 'DATE_OF_BIRTH', dob(w, 1960, 2008));
    else bornOn(doc, w);
    if (chance(0.5)) doc.add(`${w.cue('address')}:\n`).entity('ADDRESS', address(w, true)).add('\n');
    else row(doc, w.cue('address'), 'ADDRESS', address(w));
    row(doc, w.cue('phone'), 'PHONE', phone(w));
    row(doc, w.cue('email'), 'EMAIL', emailOf(w.locale, p));
    if (chance(0.4)) row(doc, `${w.cue('passport')} (for travel)`, 'PASSPORT', w.L.passport());
    if (chance(0.4)) row(doc, `${w.cue('licence')} (drivers only)`, 'DRIVER_LICENSE', w.L.licence());
    doc.add(`${w.cue('emergency')}: ${PEOPLE[w.locale]().name}, `).entity('PHONE', phone(w)).add('\n');
    if (chance(0.15)) doc.add(`Programme fee ${money(w)} — card `).entity('CREDIT_CARD', card()).add(` exp. ${pad(int(1, 12), 2)}/${int(27, 31)}\n`);
    doc.add(`T-shirt size ${pick(['S', 'M', 'L', 'XL'])} · Hours per week ${int(2, 20)}\n`);
  },
  /** A CV header with each label in the local language and in English. */
  bilingualCvHeader(doc, w, p) {
    const en = LABELS.en;
    const both = (key) => (w.local ? `${w.cue(key)} / ${pick(en[key])}` : pick(en[key]));
    doc.add(`${p.name.toUpperCase()}\n${pick(['Curriculum Vitae', 'CV', 'Résumé'])}\n\n`);
    const rows = shuffle([
      () => row(doc, both('dob'), 'DATE_OF_BIRTH', dob(w)),
      () => row(doc, both('address'), 'ADDRESS', address(w)),
      () => row(doc, both('phone'), 'PHONE', phone(w)),
      () => row(doc, both('email'), 'EMAIL', emailOf(w.locale, p)),
      () => (chance(0.5) ? row(doc, both('passport'), 'PASSPORT', w.L.passport()) : doc.add(`${both('licence')}: ${pick(['B', 'A, B', 'B, C'])} category\n`)),
      () => doc.add(`Nationality: ${w.L.nation} · Languages: ${pick(['English, French', 'English, Spanish', 'English, Russian', 'English, Arabic'])}\n`),
    ]);
    for (const r of rows) r();
    if (chance(0.3)) doc.entity('PHONE', phone(w)).add(' | ').entity('EMAIL', emailOf(w.locale, p)).add(' | ').entity('ADDRESS', address(w)).add('\n');
    doc.add(`\nPROFILE\n${pick(['Reliable, fast learner.', 'Five years in customer service.', 'Bilingual team player.'])}\n`);
  },
};
/** [type, value] for an inline account (no cue), spaced IBANs as people paste them. */
function accountEntity(w) {
  const [type, value] = w.L.account();
  return [type, type === 'IBAN' && chance(0.5) ? value.replace(/(.{4})(?!$)/gu, '$1 ') : value];
}

// ---------------------------------------------------------------- Korean
const KO = {
  /** A valid Korean number as Koreans write it (kept only when libphonenumber-js calls it valid). */
  phone: (office = false) => phoneOf('KR', () => KO.dialled(office)),
  dialled(office) {
    const [mid, last] = [`${int(2, 9)}${digits(3)}`, digits(4)];
    if (!office && chance(0.8)) return pick([`010-${mid}-${last}`, `010-${mid}-${last}`, `010.${mid}.${last}`, `010 ${mid} ${last}`, `010-${mid}${last}`, `010 ${mid}-${last}`, `+82 10-${mid}-${last}`, `82-10-${mid}-${last}`, `010)${mid}-${last}`, `010${mid}${last}`]);
    const area = pick(['02', '031', '032', '051', '062', '064', '070', ...(office ? ['1544', '1661'] : [])]);
    if (area.length === 4) return `${area}-${last}`;
    const local = ['02', '070'].includes(area) ? mid : `${int(2, 9)}${digits(int(2, 3))}`;
    return pick([`${area}-${local}-${last}`, `${area}-${local}-${last}`, `${area}.${local}.${last}`, `(${area})${local}-${last}`, `${area} ${local} ${last}`]);
  },
  address(block = false) {
    const [sido, gu, road, dong] = pick([['서울특별시', '마포구', '월드컵북로', '서교동'], ['서울특별시', '송파구', '올림픽로', '잠실동'], ['경기도 성남시', '분당구', '판교역로', '백현동'], ['인천광역시', '연수구', '컨벤시아대로', '송도동'], ['부산광역시', '해운대구', '센텀중앙로', '우동'], ['광주광역시', '북구', '첨단과기로', '오룡동'], ['제주특별자치도 제주시', '', '연북로', '노형동']]);
    const post = `${int(1, 6)}${digits(4)}`;
    const head = `${sido}${gu ? ` ${gu}` : ''}`;
    const parts = oneOf(
      () => [`${head} ${road} ${int(1, 300)}`, `${int(101, 120)}동 ${int(1, 25)}${pad(int(1, 8), 2)}호 (${dong})`],
      () => [`${head} ${road}${int(1, 40)}길 ${int(1, 90)}`, `${int(2, 7)}층`],
      () => [`${head} ${dong} ${int(1, 1500)}-${int(1, 30)}`],
      () => [`${head} ${road} ${int(1, 300)}, ${pick(['래미안', '푸르지오', '자이', '힐스테이트'])} ${int(101, 115)}동 ${int(1, 25)}0${int(1, 4)}호`],
    );
    const withPost = oneOf(
      () => parts,
      () => [`(우편번호 ${post})`, ...parts],
      () => [`${post}`, ...parts],
      () => [...parts.slice(0, -1), `${parts.at(-1)} [${post}]`],
    );
    return withPost.join(block ? '\n' : ' ');
  },
  dob(from = 1958, to = 2006) {
    const b = birthDay(int, from, to);
    return pick([`${b.y}년 ${b.m}월 ${b.d}일`, `${b.y}.${b.mm}.${b.dd}`, `${b.y}. ${b.m}. ${b.d}.`, `${b.y}/${b.mm}/${b.dd}`, `${b.yy}${b.mm}${b.dd}`, `${b.yy}년 ${b.m}월 ${b.d}일`, `${b.y}-${b.mm}-${b.dd}`]);
  },
  account: () => pick([`${digits(3)}-${digits(6)}-${digits(2)}-${digits(3)}`, `${digits(3)}-${digits(2)}-${digits(6)}`, `${digits(4)}-${digits(3)}-${digits(6)}`, `${digits(6)}-${digits(2)}-${digits(6)}`, `3333-${digits(2)}-${digits(7)}`, nz(12)]),
  bank: () => pick(['국민은행', '신한은행', '우리은행', '하나은행', '농협', '카카오뱅크', '토스뱅크', 'IBK기업은행']),
  licence: () => pick([`${pick(['11', '12', '13', '21', '28'])}-${digits(2)}-${digits(6)}-${digits(2)}`, `${pick(['서울', '경기', '부산', '인천'])} ${digits(2)}-${digits(6)}-${digits(2)}`]),
  passport: () => `${pick(['M', 'M', 'S', 'R'])}${digits(8)}`,
};
const koId = (doc, foreigner = chance(0.15)) => {
  const type = foreigner ? 'KR_FRN' : 'KR_RRN';
  const number = bornBetween(type, [1955, 1], [2007, 12]);
  doc.add(foreigner ? pick(['외국인등록번호: ', '외국인등록번호 ', '등록번호(외국인) ']) : pick(['주민등록번호: ', '주민번호 ', '주민등록번호\t'])).entity(type, krWritten(number)).add('\n');
};
const koDecoy = (doc) => {
  if (chance(0.15)) doc.add(pick(['※ 이전에 기재한 ', '(오기재 번호 '])).decoy(krWritten(impossibleRegistration())).add(pick([' 은 오기재로 폐기합니다.\n', ' → 정정)\n']));
};
const KO_KINDS = {
  /** 전대 동의 요청: 임차 주택, 전차인의 인적사항. */
  전대동의요청(doc, p) {
    const sub = PEOPLE.ko();
    doc.add(`${pick(['전대 동의 요청서', '전대차 동의 요청드립니다', '임대인 전대 동의 요청'])}\n\n임차인 ${p.name} (연락처 `).entity('PHONE', KO.phone()).add(')\n임차 주택: ').entity('ADDRESS', KO.address()).add('\n');
    doc.add(`\n[전차인] 성명 ${sub.name}\n`);
    if (chance(0.6)) koId(doc);
    else doc.add('생년월일 ').entity('DATE_OF_BIRTH', KO.dob()).add('\n');
    doc.add('현 주소:\n').entity('ADDRESS', KO.address(true)).add('\n휴대전화 ').entity('PHONE', KO.phone()).add('\n');
    doc.add(`전대 기간: ${int(2026, 2027)}.${pad(int(1, 12), 2)}.01 ~ 6개월, 월 차임 ${int(40, 120)}만원\n`);
    koDecoy(doc);
  },
  /** 입주 점검표: 호실, 계량기 숫자, 입주자 연락처. */
  입주점검표(doc, p) {
    doc.add(`입주 점검표 (${int(2026, 2027)}.${pad(int(1, 12), 2)}.${pad(int(1, 28), 2)})\n\n주소: `).entity('ADDRESS', KO.address()).add(`\n입주자: ${p.name}  `).entity('PHONE', KO.phone()).add('\n');
    if (chance(0.4)) doc.add('이메일 ').entity('EMAIL', emailOf('ko', p)).add('\n');
    doc.add(`전기 계량기 ${digits(5)} kWh / 수도 ${digits(4)} ㎥ / 가스 ${digits(4)}\n현관 비밀번호 변경 완료, 카드키 ${int(1, 4)}개\n도배: ${pick(['양호', '거실 일부 얼룩', '작은방 찢어짐'])} / 싱크대: ${pick(['양호', '수전 누수'])}\n`);
    doc.add(`관리사무소 `).entity('PHONE', KO.phone(true)).add(`  공인중개사 ${PEOPLE.ko().name} `).entity('PHONE', KO.phone()).add('\n');
    if (chance(0.4)) doc.add(`보증금 반환 계좌: ${KO.bank()} `).entity('BANK_ACCOUNT', KO.account()).add('\n');
  },
  /** 배달 라이더 등록: 면허, 계좌, 외국인 라이더는 외국인등록번호. */
  배달라이더등록(doc, p) {
    doc.add(`${pick(['배달 라이더 등록', '라이더 가입 신청', '배달대행 기사 등록'])}\n라이더 코드 R${nz(6)}\n\n성명: ${p.name}\n`);
    doc.add('휴대폰: ').entity('PHONE', KO.phone()).add('\n');
    if (chance(0.5)) koId(doc, chance(0.35));
    else doc.add('생년월일: ').entity('DATE_OF_BIRTH', KO.dob(1975, 2007)).add('\n');
    doc.add(`운전면허번호: `).entity('DRIVER_LICENSE', KO.licence()).add(`\n차량: ${pick(['125cc 오토바이', '전기자전거', '스쿠터'])} ${pick(['서울', '경기', '인천'])} ${pick(['마포', '성남', '부평'])} ${pick(['가', '나', '다', '라'])} ${int(1000, 9999)}\n`);
    doc.add('주소: ').entity('ADDRESS', KO.address()).add(`\n정산 계좌: ${KO.bank()} `).entity('BANK_ACCOUNT', KO.account()).add(`\n보험 가입번호 ${nz(10)}\n`);
  },
  /** 단톡방 대화: 구직 단체방에서 번호와 메일을 주고받는다. */
  단톡방대화(doc, p) {
    const [a, b] = [PEOPLE.ko(), PEOPLE.ko()];
    let minute = int(9, 13) * 60;
    const t = () => {
      minute += int(1, 40);
      const h = Math.floor(minute / 60);
      return `${h < 12 ? '오전' : '오후'} ${h > 12 ? h - 12 : h}:${pad(minute % 60, 2)}`;
    };
    doc.add(`${pick(['[알바 구인구직방]', '[물류센터 단기 알바]', '[카페 채용 정보방]'])} 카카오톡 대화\n저장한 날짜 : ${int(2026, 2027)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}\n\n`);
    doc.add(`[${a.name}] [${t()}] ${pick(['주말 알바 구해요 연락주세요', '야간 상하차 3명 급구', '카페 오픈 알바 구합니다'])} `).entity('PHONE', KO.phone()).add('\n');
    doc.add(`[${p.name}] [${t()}] 저 지원할게요 제 번호 `).entity('PHONE', KO.phone()).add(pick([' 입니다', '', ' 문자주세요'])).add('\n');
    if (chance(0.5)) doc.add(`[${a.name}] [${t()}] 이력서는 `).entity('EMAIL', `${pick(['job', 'alba', 'recruit'])}${int(1, 99)}@${pick(MAIL.ko)}`).add(' 로 보내주세요\n');
    if (chance(0.5)) doc.add(`[${p.name}] [${t()}] 생년월일 `).entity('DATE_OF_BIRTH', KO.dob(1980, 2007)).add(' 이고 사는 곳은 ').entity('ADDRESS', KO.address()).add(' 입니다\n');
    if (chance(0.4)) doc.add(`[${b.name}] [${t()}] 저도요 `).entity('PHONE', KO.phone()).add('\n');
    doc.add(`[${b.name}] [${t()}] ${pick(['시급 얼마인가요?', '몇 시까지예요?', '감사합니다'])}\n`);
  },
  /** 봉사활동 신청서: 인적사항, 비상연락처, 해외봉사면 여권. */
  봉사활동신청(doc, p) {
    doc.add(`${pick(['봉사활동 신청서', '해외봉사단 지원서', '자원봉사자 등록 카드'])}\n\n성명: ${p.name} (${p.latinName})\n`);
    if (chance(0.4)) koId(doc);
    else doc.add('생년월일: ').entity('DATE_OF_BIRTH', KO.dob(1960, 2008)).add('\n');
    doc.add('연락처: ').entity('PHONE', KO.phone()).add('\n');
    doc.add('이메일: ').entity('EMAIL', emailOf('ko', p)).add('\n주소: ').entity('ADDRESS', KO.address(chance(0.3))).add('\n');
    if (chance(0.4)) doc.add('여권번호: ').entity('PASSPORT', KO.passport()).add(`  (만료 ${int(2028, 2036)}.${pad(int(1, 12), 2)})\n`);
    doc.add(`비상연락처: ${PEOPLE.ko().name} (${pick(['부', '모', '배우자', '형제'])}) `).entity('PHONE', KO.phone()).add('\n');
    doc.add(`봉사 희망 시간: 주 ${int(2, 12)}시간 / 1365 회원번호 ${nz(8)}\n`);
    koDecoy(doc);
  },
  /** 자동이체 신청서: 스캔본 OCR, 예금주 인적사항과 출금 계좌. */
  자동이체신청서(doc, p) {
    const bar = () => pick(['|', '│', '']);
    doc.add(`${pick(['CMS 자동이체 신청서', '급여 자동이체 약정서', '관리비 자동이체 신청서'])}\n${bar()} 고객번호 ${nz(9)} ${bar()} 계약번호 ${int(2026, 2027)}-${digits(6)}\n─────────────────\n`);
    doc.add(`${bar()} 예금주 ${bar()} ${p.name}\n${bar()} `);
    if (chance(0.6)) {
      doc.add('생년월일(6자리) ').entity('DATE_OF_BIRTH', (() => {
        const b = birthDay(int, 1958, 2004);
        return `${b.yy}${b.mm}${b.dd}`;
      })()).add('\n');
    } else koId(doc);
    doc.add(`${bar()} 은행 ${bar()} ${KO.bank()} ${bar()} 계좌번호 ${bar()} `).entity('BANK_ACCOUNT', KO.account()).add('\n');
    doc.add(`${bar()} 연락처 ${bar()} `).entity('PHONE', KO.phone()).add('\n');
    if (chance(0.5)) doc.add(`${bar()} 주소 ${bar()} `).entity('ADDRESS', KO.address()).add('\n');
    doc.add(`${bar()} 사업자등록번호 ${businessRegistrationNumber()} ${bar()} 이체일 매월 ${int(1, 28)}일\n`);
    koDecoy(doc);
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
  if (korean) KO_KINDS[kind](doc, PEOPLE.ko());
  else {
    const w = { ...writer(locale), locale };
    KINDS[kind](doc, w, PEOPLE[locale]());
    if (chance(0.1)) doc.add(`\n${pick(['Tracking no. ', 'Meter ID ', 'Booking code ', 'Serial no. '])}`).decoy(krWritten(impossibleRegistration())).add('\n');
  }
  cases.push(doc.asCase(`w22-${pad(cases.length, 4)}`, `${kind}/${locale}`));
}

// ---------------------------------------------------------------- Korean number vectors
// writeKoreanNumberVectors writes the fourteen categories; the surroundings are this set's own: a sublet
// request, a move-in checklist, a rider sign-up, a group chat, a volunteer card, a CMS direct-debit form,
// a used-goods safe payment, a gym membership and 《…》 brackets.
const AROUND = [['', ''], ['전대 동의서 ', ''], ['입주 점검표 — ', ''], ['라이더 등록: ', ''], ['[단톡방] ', ''], ['', ' (봉사자 등록카드)'], ['CMS 신청서 ', ''], ['중고거래 안전결제 ', ''], ['《', '》'], ['헬스장 회원가입 ', '']];
const FRAMES = {
  KR_RRN: [...AROUND, ['전차인 주민등록번호 ', ''], ['[단톡방] 주민번호 ', ' 맞나요'], ['자동이체 예금주 주민번호: ', ''], ['봉사자 주민등록번호 ', '']],
  KR_FRN: [...AROUND, ['라이더 외국인등록번호 ', ' (E-9)'], ['외국인 봉사자 등록번호 ', ''], ['Foreigner reg. no. ', ' (KR)'], ['헬스장 외국인 회원 등록번호: ', '']],
  decoy: [...AROUND, ['전대 동의서 주민번호란: ', ''], ['[단톡방] 외국인번호 ', ' 이거 맞아요?'], ['CMS 예금주 번호 ', ' (확인 불가)']],
  PASSPORT: [['해외봉사 여권번호 ', ''], ['[단톡방] 여권 ', ' 보냅니다'], ['《여권 ', '》'], ['Passport ', ' (Republic of Korea)']],
  DRIVER_LICENSE: [['라이더 면허번호 ', ''], ['봉사 차량 운전자 면허 ', ''], ['《면허 ', '》'], ['Korean driving licence ', '']],
  BANK_ACCOUNT: [['중고거래 입금 계좌 ', ''], ['CMS 출금계좌 ', ''], ['[단톡방] 계좌 ', ' 예요'], ['라이더 정산 계좌: ', '']],
  business: [['헬스장 사업자번호 ', ''], ['중고거래 판매자 사업자 ', ''], ['《사업자 ', '》'], ['Business no. ', ' (KR)']],
  military: [['군번 ', ' (공군)'], ['헬스장 회원번호 ', ''], ['봉사 1365 ID ', ''], ['학번 ', ' (야간)']],
};

// ---------------------------------------------------------------- write and freeze
const makers = { written: krWritten, bornBetween, registration, impossibleRegistration, businessRegistrationNumber, passport: KO.passport, driverLicence: KO.licence, bankAccount: KO.account };
finishHeldBackSet({ wave: 22, dir: DIR, seed: SEED, frozenOn: FROZEN_ON, cases, frames: FRAMES, stream, makers });
