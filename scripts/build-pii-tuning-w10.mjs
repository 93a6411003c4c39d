// Builds test/fixtures/pii/tuning-w10/cases.json: a TUNING set (in-sample by design) for the wave 10
// work on the sensitive-data detector, written from general knowledge of how people in Australia,
// Canada, India, Ireland, New Zealand, Italy, Brazil, Poland, Sweden, Denmark and Korea write phone
// numbers and street addresses, plus hard negatives (numbers named as order/membership/part/
// tracking/invoice/licence numbers, version strings, years, salaries, licence classes) and Korean
// registration numbers that cannot exist (birth date in the future, impossible date, 7th digit 0/9).
//
//   node scripts/build-pii-tuning-w10.mjs
//
// Gold spans are known by construction: every document is assembled from pieces, and a labelled
// piece records its own offsets. Span conventions follow src/platform/privacy/evaluation.ts: a phone
// includes its extension, a multi-line address is one span, cue words ("Tel:", "Address:") are
// outside spans. Every value is invented (random digits, common street and town names).
import { mkdirSync, writeFileSync } from 'node:fs';
import { seededRandom } from './lib/seeded-random.mjs';

const SEED = 0x77_10_2026;
const DOCUMENTS = 330;

const { int, pick, chance, digits } = seededRandom(SEED);
const nz = (n) => String(int(1, 9)) + digits(n - 1);
const pad = (n, w) => String(n).padStart(w, '0');

// ---------------------------------------------------------------- phones, per country

const ext = (words) => (chance(0.15) ? ` ${pick(words)} ${int(2, 4999)}` : '');
const PHONES = {
  en_AU: () =>
    pick([
      () => `04${digits(2)} ${digits(3)} ${digits(3)}`,
      () => `+61 4${digits(2)} ${digits(3)} ${digits(3)}`,
      () => `(0${pick(['2', '3', '7', '8'])}) ${nz(4)} ${digits(4)}`,
      () => `0${pick(['2', '3', '7', '8'])} ${nz(4)} ${digits(4)}`,
      () => `+61 ${pick(['2', '3', '7', '8'])} ${nz(4)} ${digits(4)}`,
      () => `04${digits(8)}`,
    ])() + ext(['ext.', 'ext', 'x']),
  en_CA: () =>
    pick([
      () => `(${pick(['416', '514', '604', '613', '403', '902'])}) ${nz(3)}-${digits(4)}`,
      () => `${pick(['416', '514', '604', '613', '780', '204'])}-${nz(3)}-${digits(4)}`,
      () => `+1 ${pick(['416', '438', '604', '587'])} ${nz(3)} ${digits(4)}`,
      () => `1-${pick(['800', '888', '877'])}-${nz(3)}-${digits(4)}`,
      () => `${pick(['613', '819', '905'])}.${nz(3)}.${digits(4)}`,
    ])() + ext(['ext.', 'ext', 'x', 'poste']),
  en_IN: () =>
    pick([
      () => `+91 ${int(6, 9)}${digits(4)} ${digits(5)}`,
      () => `+91-${int(6, 9)}${digits(9)}`,
      () => `0${int(6, 9)}${digits(4)} ${digits(5)}`,
      () => `${int(6, 9)}${digits(4)}-${digits(5)}`,
      () => `0${pick(['80', '22', '11', '44', '40'])}-${nz(4)} ${digits(4)}`,
      () => `+91 ${pick(['80', '22', '11', '44'])} ${nz(4)} ${digits(4)}`,
    ])() + ext(['ext.', 'Extn.', 'x']),
  en_IE: () =>
    pick([
      () => `08${pick(['3', '5', '6', '7', '9'])} ${digits(3)} ${digits(4)}`,
      () => `+353 8${pick(['3', '5', '6', '7', '9'])} ${digits(3)} ${digits(4)}`,
      () => `(01) ${nz(3)} ${digits(4)}`,
      () => `0${pick(['21', '61', '91'])} ${nz(3)} ${digits(4)}`,
      () => `+353 (0)${pick(['1', '21', '87'])} ${nz(3)} ${digits(4)}`,
    ])() + ext(['ext.', 'ext']),
  en_NZ: () =>
    pick([
      () => `02${pick(['1', '2', '7'])} ${digits(3)} ${digits(4)}`,
      () => `+64 2${pick(['1', '2', '7'])} ${digits(3)} ${digits(4)}`,
      () => `(0${pick(['3', '4', '6', '7', '9'])}) ${nz(3)} ${digits(4)}`,
      () => `0${pick(['3', '4', '9'])}-${nz(3)} ${digits(4)}`,
      () => `+64 ${pick(['3', '4', '9'])} ${nz(3)} ${digits(4)}`,
    ])() + ext(['ext.', 'ext', 'x']),
  it: () =>
    pick([
      () => `3${pick(['33', '47', '28', '93', '40'])} ${digits(3)} ${digits(4)}`,
      () => `+39 3${pick(['33', '47', '28', '93'])} ${digits(7)}`,
      () => `+39 3${pick(['33', '47', '28'])} ${digits(3)} ${digits(4)}`,
      () => `0${pick(['2', '6'])} ${nz(4)} ${digits(4)}`,
      () => `0${pick(['2', '6', '11', '55'])}-${nz(7)}`,
      () => `+39 0${pick(['2', '6'])} ${nz(4)} ${digits(4)}`,
    ])() + ext(['int.', 'interno']),
  pt_BR: () =>
    pick([
      () => `(${pick(['11', '21', '31', '41', '51', '61'])}) 9${digits(4)}-${digits(4)}`,
      () => `(${pick(['11', '21', '31', '41'])}) ${int(2, 5)}${digits(3)}-${digits(4)}`,
      () => `+55 ${pick(['11', '21', '31', '41'])} 9${digits(4)}-${digits(4)}`,
      () => `+55 (${pick(['11', '21', '71'])}) 9${digits(4)}-${digits(4)}`,
      () => `${pick(['11', '21', '31'])} 9${digits(4)}-${digits(4)}`,
    ])() + ext(['ramal']),
  pl: () =>
    pick([
      () => `${pick(['5', '6', '7', '8'])}${digits(2)} ${digits(3)} ${digits(3)}`,
      () => `+48 ${pick(['5', '6', '7', '8'])}${digits(2)} ${digits(3)} ${digits(3)}`,
      () => `${pick(['5', '6', '7'])}${digits(2)}-${digits(3)}-${digits(3)}`,
      () => `${pick(['22', '12', '61', '71', '58'])} ${nz(3)} ${digits(2)} ${digits(2)}`,
      () => `+48 ${pick(['22', '12', '61'])} ${nz(3)} ${digits(2)} ${digits(2)}`,
    ])() + ext(['wew.']),
  sv: () =>
    pick([
      () => `07${pick(['0', '2', '3', '6'])}-${digits(3)} ${digits(2)} ${digits(2)}`,
      () => `+46 7${pick(['0', '2', '3'])} ${digits(3)} ${digits(2)} ${digits(2)}`,
      () => `08-${nz(3)} ${digits(3)} ${digits(2)}`,
      () => `0${pick(['31', '40', '18'])}-${nz(2)} ${digits(2)} ${digits(2)}`,
      () => `+46 8 ${nz(3)} ${digits(3)} ${digits(2)}`,
      () => `07${pick(['0', '2', '3'])} ${digits(3)} ${digits(2)} ${digits(2)}`,
    ])(),
  da: () =>
    pick([
      () => `${pick(['2', '3', '4', '5', '6', '7', '8'])}${digits(1)} ${digits(2)} ${digits(2)} ${digits(2)}`,
      () => `+45 ${pick(['2', '3', '4', '5'])}${digits(1)} ${digits(2)} ${digits(2)} ${digits(2)}`,
      () => `${pick(['2', '3', '4'])}${digits(3)} ${digits(4)}`,
      () => `+45 ${pick(['2', '3', '4'])}${digits(7)}`,
    ])(),
  ko: () =>
    pick([
      () => `010-${digits(4)}-${digits(4)}`,
      () => `010 ${digits(4)} ${digits(4)}`,
      () => `02-${nz(3)}-${digits(4)}`,
      () => `0${pick(['31', '32', '51', '53'])}-${nz(3)}-${digits(4)}`,
      () => `+82 10-${digits(4)}-${digits(4)}`,
      () => `+82 2 ${nz(3)} ${digits(4)}`,
    ])() + (chance(0.1) ? ` 내선 ${int(100, 999)}` : ''),
};

// ---------------------------------------------------------------- addresses, per country

const AU_STREETS = ['Smith St', 'George Street', 'Bridge Rd', 'Chapel Street', 'Beach Road', 'King William St', 'Queen Street', 'Glenferrie Road', 'Oxford St', 'Hay Street'];
const AU_SUBURBS = [['Fitzroy', 'VIC', '3065'], ['Surry Hills', 'NSW', '2010'], ['Fortitude Valley', 'QLD', '4006'], ['Subiaco', 'WA', '6008'], ['Norwood', 'SA', '5067'], ['Braddon', 'ACT', '2612'], ['Sandy Bay', 'TAS', '7005'], ['Parramatta', 'NSW', '2150']];
const CA_STREETS = ['Rue Sainte-Catherine O', 'Rue Saint-Denis', 'Yonge Street', 'Queen St W', 'Bank Street', 'Jasper Avenue', 'Granville St', 'Boulevard René-Lévesque E', 'Portage Ave', 'Spring Garden Road'];
const CA_CITIES = [['Montréal', 'QC', 'H3B 1K9'], ['Toronto', 'ON', 'M5V 2T6'], ['Ottawa', 'ON', 'K1P 5G3'], ['Edmonton', 'AB', 'T5J 0N3'], ['Vancouver', 'BC', 'V6Z 1L2'], ['Winnipeg', 'MB', 'R3C 0V8'], ['Halifax', 'NS', 'B3J 3R7'], ['Québec', 'QC', 'G1R 4P5']];
const IN_BUILDINGS = ['Sai Residency', 'Prestige Shantiniketan', 'Green Park Apartments', 'Lake View Towers', 'Shanti Niwas', 'Sunshine Enclave'];
const IN_AREAS = [['14th Cross, Indiranagar', 'Bengaluru', '560038', 'Karnataka'], ['Linking Road, Bandra West', 'Mumbai', '400050', 'Maharashtra'], ['Sector 62', 'Noida', '201309', 'Uttar Pradesh'], ['Anna Nagar East', 'Chennai', '600102', 'Tamil Nadu'], ['Banjara Hills, Road No. 12', 'Hyderabad', '500034', 'Telangana'], ['Salt Lake, Sector V', 'Kolkata', '700091', 'West Bengal'], ['Koregaon Park', 'Pune', '411001', 'Maharashtra']];
const IE_PLACES = [['Dublin 2', 'D02 XY45'], ['Dublin 8', 'D08 K7F2'], ['Cork', 'T12 W8CC'], ['Galway', 'H91 E2K3'], ['Limerick', 'V94 T9PX'], ['Kilkenny', 'R95 A6F3']];
const IE_STREETS = ['Baggot Street Upper', 'Main Street', 'Patrick Street', 'Shop Street', "O'Connell Street", 'Harcourt Road', 'Clontarf Road'];
const NZ_STREETS = ['Queen Street', 'Cuba Street', 'Ponsonby Road', 'Colombo Street', 'Lambton Quay', 'Dominion Road', 'George Street'];
const NZ_PLACES = [['Auckland Central', 'Auckland', '1010'], ['Te Aro', 'Wellington', '6011'], ['Riccarton', 'Christchurch', '8011'], ['Grey Lynn', 'Auckland', '1021'], ['North Dunedin', 'Dunedin', '9016'], ['Hamilton East', 'Hamilton', '3216']];
const IT_STREETS = ['Via Roma', 'Via Garibaldi', 'Corso Buenos Aires', 'Viale Monza', 'Piazza della Repubblica', 'Via dei Mille', 'Via Giuseppe Verdi', 'Largo Augusto', 'Via del Corso'];
const IT_CITIES = [['20121', 'Milano', 'MI'], ['00186', 'Roma', 'RM'], ['10121', 'Torino', 'TO'], ['40121', 'Bologna', 'BO'], ['50123', 'Firenze', 'FI'], ['80133', 'Napoli', 'NA']];
const BR_STREETS = ['Rua das Flores', 'Avenida Paulista', 'Rua Augusta', 'Av. Brasil', 'Rua XV de Novembro', 'Avenida Atlântica', 'Rua da Consolação', 'Travessa do Comércio'];
const BR_PLACES = [['Centro', 'São Paulo', 'SP', '01001-000'], ['Bela Vista', 'São Paulo', 'SP', '01310-100'], ['Copacabana', 'Rio de Janeiro', 'RJ', '22070-011'], ['Savassi', 'Belo Horizonte', 'MG', '30140-071'], ['Batel', 'Curitiba', 'PR', '80420-090'], ['Moinhos de Vento', 'Porto Alegre', 'RS', '90570-020']];
const PL_STREETS = ['ul. Marszałkowska', 'ul. Piotrkowska', 'al. Jerozolimskie', 'ul. Długa', 'ul. Floriańska', 'ul. Świętojańska', 'os. Tysiąclecia', 'ul. Grunwaldzka'];
const PL_PLACES = [['00-590', 'Warszawa'], ['90-001', 'Łódź'], ['31-019', 'Kraków'], ['80-834', 'Gdańsk'], ['50-077', 'Wrocław'], ['61-712', 'Poznań']];
const SV_STREETS = ['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Sveavägen', 'Vasagatan', 'Linnégatan', 'Götgatan', 'Järntorget'];
const SV_PLACES = [['114 55', 'Stockholm'], ['411 38', 'Göteborg'], ['211 22', 'Malmö'], ['753 20', 'Uppsala'], ['582 24', 'Linköping'], ['903 26', 'Umeå']];
const DA_STREETS = ['Nørregade', 'Vesterbrogade', 'Østerbrogade', 'Jægersborggade', 'Søndergade', 'Algade', 'Strandvejen', 'Frederiksberg Allé', 'H.C. Andersens Boulevard'];
const DA_PLACES = [['1165', 'København K'], ['1620', 'København V'], ['2100', 'København Ø'], ['8000', 'Aarhus C'], ['5000', 'Odense C'], ['9000', 'Aalborg'], ['1820', 'Frederiksberg C']];
const KO_ROADS = [['서울특별시', '마포구', '월드컵북로'], ['서울', '강남구', '테헤란로'], ['경기도 성남시', '분당구', '판교역로'], ['부산광역시', '해운대구', '센텀중앙로'], ['대전광역시', '유성구', '대학로'], ['인천광역시', '연수구', '컨벤시아대로'], ['서울특별시', '송파구', '올림픽로']];
const KO_LOTS = [['서울특별시', '관악구', '신림동'], ['경기도 수원시', '영통구', '매탄동'], ['대구광역시', '수성구', '범어동'], ['서울', '성북구', '안암동5가']];

const sep = () => (chance(0.3) ? '\n' : ', ');
const ADDRESSES = {
  en_AU: () => {
    const [sub, st, pc] = pick(AU_SUBURBS);
    const street = `${int(1, 250)} ${pick(AU_STREETS)}`;
    const head = pick([() => `Unit ${int(1, 30)}, ${street}`, () => `${int(1, 30)}/${street}`, () => street, () => `Level ${int(2, 20)}, ${street}`])();
    return `${head}${sep()}${sub} ${st} ${pc}`;
  },
  en_CA: () => {
    const [city, prov, pc] = pick(CA_CITIES);
    const head = pick([() => `${int(10, 2500)} ${pick(CA_STREETS)}`, () => `${pick(['Suite', 'Apt', 'Unit'])} ${int(100, 2200)}, ${int(10, 2500)} ${pick(CA_STREETS)}`, () => `${int(100, 2200)}-${int(10, 2500)} ${pick(CA_STREETS)}`])();
    return `${head}${sep()}${city} ${prov}${chance(0.5) ? '  ' : ' '}${pc}`.replace('  ', ' ');
  },
  en_IN: () => {
    const [area, city, pin, state_] = pick(IN_AREAS);
    const head = pick([() => `Flat ${int(101, 1204)}, ${pick(IN_BUILDINGS)}`, () => `#${int(1, 999)}, ${pick(IN_BUILDINGS)}`, () => `House No. ${int(1, 400)}`, () => `${int(1, 99)}/${int(1, 20)}, ${pick(IN_BUILDINGS)}`])();
    return `${head}, ${area}${sep()}${city}${chance(0.5) ? ` - ${pin}` : ` ${pin}`}${chance(0.4) ? `, ${state_}` : ''}`;
  },
  en_IE: () => {
    const [town, eir] = pick(IE_PLACES);
    const head = pick([() => `${int(1, 120)} ${pick(IE_STREETS)}`, () => `Apartment ${int(1, 60)}, ${pick(['The Maltings', 'Grand Canal Dock', 'Riverside House'])}, ${int(1, 120)} ${pick(IE_STREETS)}`])();
    return `${head}${sep()}${town}${sep()}${eir}`;
  },
  en_NZ: () => {
    const [sub, city, pc] = pick(NZ_PLACES);
    const head = pick([() => `${int(1, 300)} ${pick(NZ_STREETS)}`, () => `Flat ${int(1, 12)}, ${int(1, 300)} ${pick(NZ_STREETS)}`, () => `${int(1, 12)}/${int(1, 300)} ${pick(NZ_STREETS)}`])();
    return `${head}${sep()}${sub}${sep()}${city} ${pc}`;
  },
  it: () => {
    const [cap, city, prov] = pick(IT_CITIES);
    return `${pick(IT_STREETS)}${chance(0.5) ? ',' : ''} ${int(1, 180)}${chance(0.2) ? '/B' : ''}${sep()}${cap} ${city}${chance(0.6) ? ` ${chance(0.5) ? prov : `(${prov})`}` : ''}`;
  },
  pt_BR: () => {
    const [bairro, city, uf, cep] = pick(BR_PLACES);
    const street = `${pick(BR_STREETS)}, ${int(10, 3000)}`;
    const unit = chance(0.5) ? ` - ${pick(['Apto', 'Ap.', 'Sala', 'Conj.'])} ${int(11, 1802)}` : '';
    return pick([
      () => `${street}${unit} - ${bairro}, ${city} - ${uf}, ${cep}`,
      () => `${street}${unit}, ${bairro}${sep()}${city}/${uf}${chance(0.5) ? ` - CEP ${cep}` : `, ${cep}`}`,
      () => `${street}${unit}\nCEP ${cep} - ${city} - ${uf}`,
    ])();
  },
  pl: () => {
    const [pc, city] = pick(PL_PLACES);
    const num = pick([() => `${int(1, 150)}`, () => `${int(1, 150)}/${int(1, 90)}`, () => `${int(1, 150)} m. ${int(1, 90)}`, () => `${int(1, 60)}/${int(1, 20)} m. ${int(1, 40)}`])();
    return `${pick(PL_STREETS)} ${num}${sep()}${pc} ${city}`;
  },
  sv: () => {
    const [pc, city] = pick(SV_PLACES);
    return `${pick(SV_STREETS)} ${int(1, 120)}${chance(0.25) ? pick(['A', 'B']) : ''}${chance(0.2) ? `, lgh ${int(1001, 1504)}` : ''}${sep()}${pc} ${city}`;
  },
  da: () => {
    const [pc, city] = pick(DA_PLACES);
    const floor = chance(0.5) ? `, ${int(1, 5)}. ${pick(['th.', 'tv.', 'mf.', 'sal'])}` : '';
    return `${pick(DA_STREETS)} ${int(1, 200)}${chance(0.15) ? 'B' : ''}${floor}${sep()}${pc} ${city}`;
  },
  ko: () =>
    pick([
      () => {
        const [r, g, road] = pick(KO_ROADS);
        return `${r} ${g} ${road} ${int(1, 400)}${chance(0.5) ? `, ${int(101, 120)}동 ${int(101, 2304)}호` : ''}`;
      },
      () => {
        const [r, g, road] = pick(KO_ROADS);
        return `(${pad(int(1000, 63999), 5)}) ${r} ${g} ${road} ${int(1, 400)}`;
      },
      () => {
        const [r, g, dong] = pick(KO_LOTS);
        return `${r} ${g} ${dong} ${int(1, 999)}-${int(1, 99)}${chance(0.4) ? ` ${int(101, 1204)}호` : ''}`;
      },
    ])(),
};

// ---------------------------------------------------------------- cue words and prose per locale

const CUES = {
  en: { phone: ['Phone: ', 'Mobile: ', 'Tel ', 'M: ', 'Ph: ', 'Call me on ', 'Mob. '], address: ['Address: ', 'Home address: ', '', '', 'Postal address:\n'] },
  it: { phone: ['Tel. ', 'Cellulare: ', 'Cell. ', 'Telefono: ', ''], address: ['Indirizzo: ', 'Residenza: ', ''] },
  pt_BR: { phone: ['Telefone: ', 'Celular: ', 'WhatsApp: ', 'Tel.: ', ''], address: ['Endereço: ', ''] },
  pl: { phone: ['Tel.: ', 'Telefon: ', 'Kom.: ', 'tel. kom. ', ''], address: ['Adres: ', 'Adres zamieszkania: ', ''] },
  sv: { phone: ['Tel: ', 'Mobil: ', 'Telefon: ', ''], address: ['Adress: ', 'Bostadsadress: ', ''] },
  da: { phone: ['Tlf.: ', 'Mobil: ', 'Telefon: ', ''], address: ['Adresse: ', ''] },
  ko: { phone: ['연락처: ', '휴대폰: ', '전화번호 ', 'H.P ', ''], address: ['주소: ', '거주지: ', ''] },
};
const cuesFor = (locale) => CUES[locale] ?? CUES.en;

const PROSE = {
  en: [
    'I am writing to apply for the Senior Data Analyst role advertised on your careers page.',
    'Thank you for taking the time to speak with me on Tuesday about the warehouse supervisor position.',
    'In my last role I led a team of 6 and cut onboarding time by 30% over 18 months.',
    'Happy to chat any time this week — evenings are best for me.',
    'Please find attached my CV and two references who have agreed to be contacted.',
    'Available to start from 3 March; notice period is four weeks.',
  ],
  it: ['Gentile Responsabile, invio la mia candidatura per la posizione di sviluppatore backend.', 'Ho maturato 7 anni di esperienza nel settore logistico.', 'Resto a disposizione per un colloquio conoscitivo.'],
  pt_BR: ['Prezados, venho por meio desta apresentar minha candidatura à vaga de analista financeiro.', 'Tenho 5 anos de experiência em atendimento ao cliente.', 'Fico à disposição para uma entrevista.'],
  pl: ['Szanowni Państwo, w odpowiedzi na ogłoszenie przesyłam swoje CV.', 'Posiadam 6 lat doświadczenia na stanowisku kierownika zmiany.', 'Chętnie spotkam się na rozmowie kwalifikacyjnej.'],
  sv: ['Hej! Jag söker tjänsten som projektledare som ni annonserade på LinkedIn.', 'Jag har arbetat inom vården i 9 år.', 'Jag ser fram emot att höra från er.'],
  da: ['Kære rekrutteringsansvarlige, jeg søger hermed stillingen som økonomimedarbejder.', 'Jeg har 4 års erfaring fra detailhandlen.', 'Jeg ser frem til at høre fra jer.'],
  ko: ['안녕하십니까, 귀사의 백엔드 개발자 모집 공고를 보고 지원하게 되었습니다.', '저는 5년간 물류 시스템을 개발해 왔습니다.', '면접 기회를 주시면 감사하겠습니다.'],
};
const proseFor = (locale) => PROSE[locale] ?? PROSE.en;

const NAMES = {
  en_AU: ['Olivia Nguyen', 'Jack Thompson'], en_CA: ['Émilie Tremblay', 'Liam MacDonald'], en_IN: ['Priya Raghavan', 'Arjun Mehta'],
  en_IE: ['Siobhán Murphy', 'Cian O’Brien'], en_NZ: ['Aroha Walker', 'Tom Wilson'], it: ['Giulia Bianchi', 'Marco Rossi'],
  pt_BR: ['Ana Souza', 'Rafael Oliveira'], pl: ['Katarzyna Nowak', 'Piotr Wiśniewski'], sv: ['Elin Lindqvist', 'Erik Johansson'],
  da: ['Mette Jørgensen', 'Rasmus Nielsen'], ko: ['김지은', '박민수'],
};

// ---------------------------------------------------------------- hard negatives (never labelled)

const NEGATIVE_CUES = {
  en: ['Membership no. ', 'Member number: ', 'Order number ', 'Order no. ', 'Part no. ', 'Part number ', 'Invoice no. ', 'Invoice ', 'Reference: ', 'Ref. ', 'Tracking number: ', 'Tracking # ', 'Customer no. ', 'Account ref ', 'Booking reference ', 'Policy number ', 'Case number '],
  it: ['Ordine n. ', 'Numero ordine: ', 'Codice articolo ', 'Fattura n. ', 'Tessera n. '],
  pt_BR: ['Pedido nº ', 'Número do pedido: ', 'Protocolo ', 'Nota fiscal nº ', 'Código de rastreio: '],
  pl: ['Nr zamówienia: ', 'Numer faktury ', 'Nr przesyłki: ', 'Nr członkowski '],
  sv: ['Ordernummer: ', 'Medlemsnummer ', 'Fakturanummer: ', 'Artikelnummer '],
  da: ['Ordrenummer: ', 'Medlemsnummer ', 'Fakturanummer: ', 'Varenummer '],
  ko: ['주문번호 ', '송장번호: ', '회원번호 ', '접수번호 '],
};
const negativeNumber = () =>
  pick([
    () => `${nz(3)}-${nz(3)}-${digits(4)}`,
    () => `${nz(3)} ${digits(3)} ${digits(4)}`,
    () => `0${digits(3)} ${digits(3)} ${digits(3)}`,
    () => `${nz(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
    () => `${nz(4)}-${digits(6)}`,
    () => `${nz(3)}-${digits(3)}-${digits(3)}`,
    () => `0${digits(9)}`,
    () => `${nz(10)}`,
  ])();
const OTHER_NEGATIVES = [
  () => `Licence class ${pick(['B', 'C1', 'HR', 'MR', 'LR', 'C'])} since ${int(1995, 2022)}.`,
  () => `Driver licence: full, class ${pick(['1', '2', 'B', 'C'])}, held since ${int(1998, 2021)}.`,
  () => `Full clean driving licence (category ${pick(['B', 'B+E', 'C1'])}) since ${int(2001, 2020)}.`,
  () => `Prawo jazdy kat. B od ${int(2001, 2020)} r.`,
  () => `Körkort: B sedan ${int(1999, 2021)}.`,
  () => `Patente B dal ${int(2000, 2020)}.`,
  () => `CNH categoria ${pick(['AB', 'B'])} desde ${int(2000, 2021)}.`,
  () => `운전면허 1종 보통 (${int(2005, 2020)}년 취득).`,
  () => `Software licence renewed in ${int(2018, 2025)}; ${int(120, 900)} seats on version ${int(2, 14)}.${int(0, 9)}.${int(0, 20)}.`,
  () => `Salary expectation: ${pick(['A$', 'CA$', '€', 'R$', '₹', 'kr '])}${int(45, 180)},000 per year (${int(2019, 2025)} figures).`,
  () => `Worked at the ${int(2011, 2019)}–${int(2020, 2025)} World Congress; ${int(1200, 9000)} attendees.`,
  () => `Grade ${int(60, 99)}.${int(0, 9)}% in ${int(2012, 2022)}, ranked ${int(1, 40)} of ${int(100, 900)}.`,
  () => `Release ${int(1, 9)}.${int(0, 20)}.${int(0, 30)} shipped on ${pad(int(1, 28), 2)}.${pad(int(1, 12), 2)}.${int(2019, 2025)}.`,
  () => `ISBN 978-${int(0, 9)}-${digits(3)}-${digits(5)}-${int(0, 9)}`,
  () => `Held ${int(3, 12)} licences, none suspended; licence renewal due ${pad(int(1, 12), 2)}/${int(2026, 2030)}.`,
];

// ---------------------------------------------------------------- Korean registration numbers

const RRN_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
function rrn(born, genderDigit) {
  const yy = pad(born.getUTCFullYear() % 100, 2);
  const body = `${yy}${pad(born.getUTCMonth() + 1, 2)}${pad(born.getUTCDate(), 2)}${genderDigit}${digits(5)}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * RRN_WEIGHTS[i], 0);
  const frn = genderDigit >= 5;
  return `${body}${((frn ? 13 : 11) - (sum % 11)) % 10}`;
}
const validResident = () => {
  const born = new Date(Date.UTC(int(1960, 2003), int(0, 11), int(1, 28)));
  const gender = born.getUTCFullYear() >= 2000 ? pick([3, 4]) : pick([1, 2]);
  const n = rrn(born, chance(0.25) ? gender + 4 : gender);
  return `${n.slice(0, 6)}-${n.slice(6)}`;
};
/** Born after today (2026-11-30): no such person exists yet. */
const futureResident = () => {
  const born = new Date(Date.UTC(int(2027, 2029), int(0, 11), int(1, 28)));
  const n = rrn(born, pick([3, 4, 7, 8]));
  return `${n.slice(0, 6)}-${n.slice(6)}`;
};
const impossibleResident = () =>
  pick([
    () => `${pad(int(70, 99), 2)}${pad(int(13, 19), 2)}${pad(int(1, 28), 2)}-${pick([1, 2])}${digits(6)}`,
    () => `${pad(int(70, 99), 2)}0231-${pick([1, 2])}${digits(6)}`,
    () => `${pad(int(70, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}-${pick([0, 9])}${digits(6)}`,
  ])();

// ---------------------------------------------------------------- assembling documents

const LOCALES = ['en_AU', 'en_CA', 'en_IN', 'en_IE', 'en_NZ', 'it', 'pt_BR', 'pl', 'sv', 'da', 'ko'];
const KINDS = ['cover letter', 'message to employer', 'interview answer', 'resume header', 'reference list', 'email signature', 'chat note', 'form'];
const lang = (locale) => (locale.startsWith('en_') ? 'en' : locale);

function document(index) {
  const locale = LOCALES[index % LOCALES.length];
  const kind = KINDS[Math.floor(index / LOCALES.length) % KINDS.length];
  const l = lang(locale);
  const parts = []; // [text, type | null, impossible?]
  const put = (text, type = null, impossible = false) => parts.push([text, type, impossible]);
  const lineBreak = kind === 'resume header' || kind === 'email signature' || kind === 'form' || kind === 'reference list' ? '\n' : ' ';
  const phone = () => {
    put(pick(cuesFor(l).phone));
    put(PHONES[locale](), 'PHONE');
  };
  const address = () => {
    put(pick(cuesFor(l).address));
    put(ADDRESSES[locale](), 'ADDRESS');
  };
  const negative = () => {
    if (chance(0.6)) {
      put(pick(NEGATIVE_CUES[l] ?? NEGATIVE_CUES.en));
      put(negativeNumber());
    } else put(pick(OTHER_NEGATIVES)());
  };
  if (kind === 'resume header' || kind === 'email signature') put(pick(NAMES[locale]) + '\n');
  if (kind !== 'resume header' && kind !== 'email signature') put(pick(proseFor(l)) + lineBreak);
  const order = [phone, address, negative];
  if (chance(0.5)) order.push(phone);
  if (chance(0.3)) order.push(address);
  if (chance(0.5)) order.push(negative);
  if (kind === 'reference list') order.push(phone, phone);
  if (locale === 'ko' && chance(0.5)) order.push(() => {
    put(pick(['주민등록번호: ', '주민번호 ', '']));
    put(validResident(), 'KR_RRN');
  });
  if (locale === 'ko' || chance(0.08)) order.push(() => {
    put(pick(['주민등록번호: ', '등록번호 ', 'ID ', '']));
    put(chance(0.6) ? futureResident() : impossibleResident(), null, true);
  });
  for (let i = order.length - 1; i > 0; i--) {
    const j = int(0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  order.forEach((add, i) => {
    add();
    if (i < order.length - 1) put(lineBreak === '\n' ? '\n' : pick([' ', '. ', ' · ', ' | ']));
  });
  if (chance(0.5)) put(lineBreak + pick(proseFor(l)));

  let text = '';
  const entities = [];
  const impossibleResidentNumbers = [];
  for (const [piece, type, impossible] of parts) {
    const start = text.length;
    text += piece;
    // KR_RRN and KR_FRN differ by the 7th digit only; the label follows the number.
    if (type === 'KR_RRN') entities.push({ type: Number(piece[7]) >= 5 ? 'KR_FRN' : 'KR_RRN', start, end: text.length });
    else if (type) entities.push({ type, start, end: text.length });
    if (impossible) impossibleResidentNumbers.push({ start, end: text.length });
  }
  return { id: `w10-${pad(index, 4)}`, source: `tuning-w10 ${locale} ${kind}`, text, entities, impossibleResidentNumbers };
}

const cases = Array.from({ length: DOCUMENTS }, (_, i) => document(i));
mkdirSync('test/fixtures/pii/tuning-w10', { recursive: true });
writeFileSync(
  'test/fixtures/pii/tuning-w10/cases.json',
  JSON.stringify({ description: 'Wave 10 TUNING set (in-sample): scripts/build-pii-tuning-w10.mjs, seed 0x77102026.', cases }, null, 1) + '\n',
);
console.log(`${cases.length} documents, ${cases.reduce((n, c) => n + c.entities.length, 0)} entities`);
