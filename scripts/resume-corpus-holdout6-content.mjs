// The content of the sixth held-back résumé test set (test/fixtures/resume-corpus-holdout6/, issue #10
// §2): 30 fictional people written as JSON Resume. Names come from a seeded @faker-js/faker in ten
// locales no earlier set uses (de_AT, fr_CH, af_ZA, ro_MD, ku_kmr_latin, ru, uk, mk, ka_GE, hy); the
// Cyrillic, Georgian and Armenian names are romanised the way their passports write them (tables
// below), since these people write their CV in English. Places are real cities with the region people
// write; everything else (fifteen occupations none of the earlier sets uses, employers, bullets, degrees,
// career stages, date styles, certificates, links, fictional phone numbers) was written here, up front,
// before anything was rendered.
//
// Written on 2026-11-30 by an engineer who does not tune the parser and never reads its output on this
// set. Nothing here was adjusted after seeing a parse. The JSON Resume each person gets is the truth;
// `presentation` holds the person's own writing habits (date style, the word for "now", title before
// or after employer, skills grouped or flat, education before experience, how a degree, a school's
// years and a place are written), which every renderer keeps, as one person's CV would.
import { createHash } from 'node:crypto';
import { af_ZA, de_AT, fr_CH, hy, ka_GE, ku_kmr_latin, mk, ro_MD, ru, uk } from '@faker-js/faker';
import { drawPerson } from './lib/resume-corpus-people.mjs';

/** One seed per person: the first 32 bits of SHA-256 of `candor/holdout6/<locale>/<n>`. */
function seedFor(locale, index) {
  return createHash('sha256').update(`candor/holdout6/${locale}/${index + 1}`).digest().readUInt32BE(0);
}

// ------------------------------------------------------------------------------------------------
// Romanisation of faker's Cyrillic, Georgian and Armenian name lists, as passports write them:
// Russian (ICAO 9303 as in Russian passports since 2013, ц ts, ю yu), Ukrainian (the 2010 national
// table, word-initial є ї й ю я as ye yi y yu ya), Macedonian (the official table), Georgian (the 2002
// national system without the ejective apostrophes, as in passports), Armenian (as in passports).

const RU = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia' };
const UK = { а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', '’': '', "'": '' };
const UK_INITIAL = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const MK = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ѓ: 'gj', е: 'e', ж: 'zh', з: 'z', ѕ: 'dz', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ќ: 'kj', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch', џ: 'dzh', ш: 'sh' };
const KA = { ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm', ნ: 'n', ო: 'o', პ: 'p', ჟ: 'zh', რ: 'r', ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q', შ: 'sh', ჩ: 'ch', ც: 'ts', ძ: 'dz', წ: 'ts', ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h' };
const HY = { ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh', ի: 'i', լ: 'l', խ: 'kh', ծ: 'ts', կ: 'k', հ: 'h', ձ: 'dz', ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', ո: 'o', չ: 'ch', պ: 'p', ջ: 'j', ռ: 'r', ս: 's', վ: 'v', տ: 't', ր: 'r', ց: 'ts', փ: 'p', ք: 'k', օ: 'o', ֆ: 'f', և: 'ev' };
const HY_INITIAL = { ե: 'ye', ո: 'vo' };

/** Georgian has no capitals: a romanised Georgian name is capitalised as Georgians write it in Latin letters. */
function romaniser(table, initial = {}, capitalise = false) {
  return (text) => text.replace(/\p{L}+/gu, (word) => {
    // Armenian ու is one sound, u.
    const letters = [...word.replace(/ու/g, 'ւ').replace(/ՈՒ|Ու/g, 'Ւ')];
    return letters.map((letter, i) => {
      const lower = letter.toLowerCase();
      const latin = lower === 'ւ' ? 'u' : (i === 0 ? initial[lower] : undefined) ?? table[lower] ?? lower;
      return (letter !== lower || (capitalise && i === 0)) && latin ? latin[0].toUpperCase() + latin.slice(1) : latin;
    }).join('');
  });
}

/** A faker locale whose first and last names are romanised (the rest of its data is not used here). */
function romanisedLocale(definition, romanise) {
  const convert = (value) => (typeof value === 'string' ? romanise(value) : Array.isArray(value) ? value.map(convert) : Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, convert(inner)])));
  return { ...definition, person: { ...definition.person, first_name: convert(definition.person.first_name), last_name: convert(definition.person.last_name) } };
}

const LOCALES = {
  de_AT: { faker: [de_AT], country: 'Austria', countryCode: 'AT', native: 'German', second: ['English', 'Italian', 'Slovenian'] },
  fr_CH: { faker: [fr_CH], country: 'Switzerland', countryCode: 'CH', native: 'French', second: ['German', 'English', 'Italian'] },
  af_ZA: { faker: [af_ZA], country: 'South Africa', countryCode: 'ZA', native: 'Afrikaans', second: ['English', 'isiXhosa', 'Setswana'] },
  ro_MD: { faker: [ro_MD], country: 'Moldova', countryCode: 'MD', native: 'Romanian', second: ['Russian', 'English', 'Ukrainian'] },
  ku_kmr_latin: { faker: [ku_kmr_latin], country: 'Iraq', countryCode: 'IQ', native: 'Kurdish', second: ['Arabic', 'English', 'Turkish'] },
  ru: { faker: [romanisedLocale(ru, romaniser(RU))], country: 'Russia', countryCode: 'RU', native: 'Russian', second: ['English', 'Tatar', 'German'] },
  uk: { faker: [romanisedLocale(uk, romaniser(UK, UK_INITIAL))], country: 'Ukraine', countryCode: 'UA', native: 'Ukrainian', second: ['English', 'Polish', 'Russian'] },
  mk: { faker: [romanisedLocale(mk, romaniser(MK))], country: 'North Macedonia', countryCode: 'MK', native: 'Macedonian', second: ['Albanian', 'English', 'Serbian'] },
  ka_GE: { faker: [romanisedLocale(ka_GE, romaniser(KA, {}, true))], country: 'Georgia', countryCode: 'GE', native: 'Georgian', second: ['English', 'Russian', 'Turkish'] },
  hy: { faker: [romanisedLocale(hy, romaniser(HY, HY_INITIAL))], country: 'Armenia', countryCode: 'AM', native: 'Armenian', second: ['Russian', 'English', 'French'] },
};
const LOCALE_ORDER = Object.keys(LOCALES);

const CITIES = {
  de_AT: [['Graz', 'Styria'], ['Linz', 'Upper Austria'], ['Salzburg', 'Salzburg'], ['Innsbruck', 'Tyrol'], ['Klagenfurt', 'Carinthia'], ['Villach', 'Carinthia'], ['Wels', 'Upper Austria'], ['St. Pölten', 'Lower Austria']],
  fr_CH: [['Lausanne', 'Vaud'], ['Neuchâtel', 'Neuchâtel'], ['Fribourg', 'Fribourg'], ['Sion', 'Valais'], ['Yverdon-les-Bains', 'Vaud'], ['La Chaux-de-Fonds', 'Neuchâtel'], ['Montreux', 'Vaud'], ['Delémont', 'Jura']],
  af_ZA: [['Stellenbosch', 'Western Cape'], ['Paarl', 'Western Cape'], ['George', 'Western Cape'], ['Oudtshoorn', 'Western Cape'], ['Potchefstroom', 'North West'], ['Upington', 'Northern Cape'], ['Kimberley', 'Northern Cape'], ['Worcester', 'Western Cape']],
  ro_MD: [['Chișinău', 'Chișinău'], ['Bălți', 'Bălți'], ['Cahul', 'Cahul District'], ['Orhei', 'Orhei District'], ['Ungheni', 'Ungheni District'], ['Soroca', 'Soroca District'], ['Comrat', 'Gagauzia'], ['Edineț', 'Edineț District']],
  ku_kmr_latin: [['Duhok', 'Kurdistan Region'], ['Zakho', 'Kurdistan Region'], ['Erbil', 'Kurdistan Region'], ['Akre', 'Kurdistan Region'], ['Amedi', 'Kurdistan Region'], ['Soran', 'Kurdistan Region'], ['Semel', 'Kurdistan Region'], ['Shaqlawa', 'Kurdistan Region']],
  ru: [['Kazan', 'Tatarstan'], ['Yekaterinburg', 'Sverdlovsk Oblast'], ['Novosibirsk', 'Novosibirsk Oblast'], ['Samara', 'Samara Oblast'], ['Nizhny Novgorod', 'Nizhny Novgorod Oblast'], ['Perm', 'Perm Krai'], ['Tomsk', 'Tomsk Oblast'], ['Krasnodar', 'Krasnodar Krai']],
  uk: [['Lviv', 'Lviv Oblast'], ['Vinnytsia', 'Vinnytsia Oblast'], ['Kharkiv', 'Kharkiv Oblast'], ['Odesa', 'Odesa Oblast'], ['Dnipro', 'Dnipropetrovsk Oblast'], ['Chernivtsi', 'Chernivtsi Oblast'], ['Ivano-Frankivsk', 'Ivano-Frankivsk Oblast'], ['Poltava', 'Poltava Oblast']],
  mk: [['Bitola', 'Pelagonia'], ['Ohrid', 'Southwestern'], ['Tetovo', 'Polog'], ['Štip', 'Eastern'], ['Kumanovo', 'Northeastern'], ['Prilep', 'Pelagonia'], ['Strumica', 'Southeastern'], ['Veles', 'Vardar']],
  ka_GE: [['Kutaisi', 'Imereti'], ['Batumi', 'Adjara'], ['Rustavi', 'Kvemo Kartli'], ['Zugdidi', 'Samegrelo-Zemo Svaneti'], ['Gori', 'Shida Kartli'], ['Telavi', 'Kakheti'], ['Poti', 'Samegrelo-Zemo Svaneti'], ['Borjomi', 'Samtskhe-Javakheti']],
  hy: [['Gyumri', 'Shirak'], ['Vanadzor', 'Lori'], ['Vagharshapat', 'Armavir'], ['Abovyan', 'Kotayk'], ['Kapan', 'Syunik'], ['Hrazdan', 'Kotayk'], ['Dilijan', 'Tavush'], ['Goris', 'Syunik']],
};

// ------------------------------------------------------------------------------------------------
// Occupations: a title ladder (most senior first), labels, employer kind, job descriptions, bullets,
// skill groups, degrees ([studyType, area, joiner]: the page says `${studyType}${joiner}${area}`),
// certificates, summaries, and the title a contractor writes. None of these fifteen is among the
// earlier sets' occupations.

const OCCUPATIONS = {
  audiology: {
    titles: ['Head of Audiology', 'Senior Audiologist', 'Audiologist', 'Hearing Aid Acoustician', 'Audiology Assistant', 'Audiology Trainee'],
    contract: 'Locum Audiologist',
    labels: ['Audiologist', 'Hearing Care Professional', 'Paediatric Audiologist'],
    employers: 'hearing',
    descriptions: ['Hearing care chain with 40 centres.', 'Hospital ENT department with a cochlear implant programme.'],
    bullets: [
      'Tested the hearing of 14 adults a day with pure-tone and speech audiometry.',
      'Fitted and fine-tuned 350 hearing aids a year with real-ear measurements.',
      'Screened newborns with otoacoustic emissions on the maternity ward.',
      'Programmed cochlear implants for 60 children and adults.',
      'Ran a tinnitus clinic with sound therapy and counselling.',
      'Cut the waiting list for first appointments from nine weeks to three.',
      'Visited care homes to check and clean residents’ hearing aids.',
      'Taught lip-reading tips to families of newly fitted patients.',
    ],
    skills: [['Clinical', ['Pure-Tone Audiometry', 'Tympanometry', 'Real-Ear Measurement', 'Tinnitus Management', 'Newborn Hearing Screening']], ['Software', ['Noah', 'Phonak Target', 'Oticon Genie']]],
    degrees: [['BSc', 'Audiology', ' in '], ['MSc', 'Audiological Science', ' in '], ['Diploma', 'Hearing Aid Acoustics', ' in '], ['Bachelor', 'Speech and Hearing Sciences', ' of ']],
    certificates: [['Cochlear Implant Programming', 'MED-EL Academy'], ['Tinnitus Retraining Therapy', 'Tinnitus Practitioners Association']],
    summaries: ['Audiologist with {years} years in clinics and hospitals who helps people hear their families again.', 'Patient hearing care professional who likes a hard fitting and a clear explanation.'],
  },
  winemaking: {
    titles: ['Head Winemaker', 'Winemaker', 'Assistant Winemaker', 'Cellar Master', 'Cellar Hand', 'Vintage Intern'],
    contract: 'Harvest Winemaker',
    labels: ['Winemaker', 'Oenologist', 'Cellar Master'],
    employers: 'winery',
    descriptions: ['Family estate making 300,000 bottles a year.', 'Cooperative cellar for 120 grape growers.'],
    bullets: [
      'Made 18 wines a vintage from grape intake to bottling.',
      'Ran the lab: sugar, acidity, free SO2 and malolactic checks every day of harvest.',
      'Planned blends with the owner and the export buyers.',
      'Won two gold medals at Decanter World Wine Awards.',
      'Cut water use in the cellar by a third with new cleaning routines.',
      'Managed 40 barrels of oak trials for the reserve range.',
      'Trained seasonal cellar staff on pumps, presses and hygiene.',
      'Walked the vineyard with growers to decide picking dates.',
    ],
    skills: [['Winemaking', ['Fermentation Management', 'Blending', 'Barrel Ageing', 'Sensory Evaluation', 'Wine Analysis']], ['Cellar', ['Pneumatic Press', 'Cross-Flow Filtration', 'Bottling Line']]],
    degrees: [['BSc', 'Viticulture and Oenology', ' in '], ['MSc', 'Oenology', ' in '], ['Diploma', 'Winemaking', ' in '], ['Vocational Certificate', 'Cellar Technology', ' in ']],
    certificates: [['WSET Level 3 Award in Wines', 'Wine & Spirit Education Trust'], ['Sensory Panel Training', 'Wine Institute']],
    summaries: ['Winemaker with {years} vintages behind me who lets the vineyard speak.', 'Cellar professional who loves harvest nights, clean tanks and honest wine.'],
  },
  baking: {
    titles: ['Head Baker', 'Bakery Manager', 'Pastry Chef', 'Baker', 'Commis Baker', 'Baking Apprentice'],
    contract: 'Relief Baker',
    labels: ['Baker', 'Pastry Chef', 'Artisan Baker'],
    employers: 'bakery',
    descriptions: ['Artisan bakery with two shops and a café.', 'Industrial bakery supplying 200 supermarkets.'],
    bullets: [
      'Baked 1,500 loaves and 3,000 pastries a night on a 2 a.m. start.',
      'Kept a sourdough culture going for six years.',
      'Created a seasonal range of cakes that lifted sales by 25%.',
      'Ran the laminating line for croissants and Danish pastries.',
      'Costed recipes and cut flour waste by 12%.',
      'Kept HACCP records and passed every food safety inspection.',
      'Trained three apprentices in dough making and shaping.',
      'Made wedding cakes to order for 40 couples a year.',
    ],
    skills: [['Baking', ['Sourdough', 'Viennoiserie', 'Lamination', 'Cake Decorating', 'Chocolate Tempering']], ['Kitchen', ['HACCP', 'Recipe Costing', 'Deck Ovens']]],
    degrees: [['Vocational Certificate', 'Baking', ' in '], ['Master Baker Diploma', undefined, ''], ['Diploma', 'Pastry Arts', ' in '], ['BA', 'Culinary Arts', ' in ']],
    certificates: [['Food Hygiene Level 3', 'Food Safety Authority'], ['Artisan Bread Course', 'San Francisco Baking Institute']],
    summaries: ['Baker with {years} years of night shifts who is proud of every crust.', 'Pastry chef who loves butter, precision and early mornings.'],
  },
  railway: {
    titles: ['Chief Driver Instructor', 'Driver Team Leader', 'Train Driver', 'Trainee Train Driver', 'Conductor', 'Station Assistant'],
    contract: 'Contract Train Driver',
    labels: ['Train Driver', 'Locomotive Engineer', 'Rail Traffic Controller'],
    employers: 'rail',
    descriptions: ['National railway, passenger and freight.', 'Regional commuter network with 90 stations.'],
    bullets: [
      'Drove passenger trains on 600 km of main line, on time for 97% of journeys.',
      'Drove freight trains of up to 2,000 tonnes on mountain routes.',
      'Handled signal failures and emergencies by the rulebook.',
      'Mentored five trainee drivers through their route knowledge.',
      'Inspected locomotives before departure and logged defects.',
      'Checked tickets and assisted passengers with reduced mobility.',
      'Kept a clean safety record over 1.2 million km.',
      'Took part in the roll-out of ETCS Level 2 on the new line.',
    ],
    skills: [['Operations', ['Route Knowledge', 'Train Protection Systems', 'Emergency Procedures', 'Defect Reporting', 'Energy-Efficient Driving']], ['Rolling Stock', ['Electric Locomotives', 'Diesel Multiple Units', 'ETCS']]],
    degrees: [['Vocational Certificate', 'Railway Operations', ' in '], ['Diploma', 'Rail Transport', ' in '], ['BSc', 'Transport Engineering', ' in '], ['Secondary School Certificate', undefined, '']],
    certificates: [['European Train Driving Licence', 'National Safety Authority'], ['First Aid at Work', 'Red Cross']],
    summaries: ['Train driver with {years} years on passenger and freight lines who puts safety first.', 'Calm, punctual driver who knows his routes in the dark and in the snow.'],
  },
  tourism: {
    titles: ['Head of Tours', 'Tour Operations Manager', 'Senior Tour Guide', 'Tour Guide', 'Travel Consultant', 'Tourism Intern'],
    contract: 'Freelance Tour Guide',
    labels: ['Tour Guide', 'Tour Leader', 'Travel Consultant'],
    employers: 'travel',
    descriptions: ['Tour operator for groups from Europe and Asia.', 'City tourist office.'],
    bullets: [
      'Led 120 walking and coach tours a year in three languages.',
      'Planned two-week itineraries with hotels, transport and guides.',
      'Kept a 4.9 out of 5 rating from 2,000 guest reviews.',
      'Handled lost passports, missed flights and a hospital visit calmly.',
      'Sold 900 packages a year at the travel desk.',
      'Wrote the script for the old town audio tour.',
      'Trained eight new guides in storytelling and group safety.',
      'Negotiated group rates with 30 hotels and restaurants.',
    ],
    skills: [['Guiding', ['Tour Leading', 'Storytelling', 'Itinerary Planning', 'Group Safety', 'Cultural Heritage']], ['Systems', ['Amadeus', 'Rezdy', 'TourCMS']]],
    degrees: [['BA', 'Tourism Management', ' in '], ['Diploma', 'Tourist Guiding', ' in '], ['MA', 'Cultural Tourism', ' in '], ['Bachelor', 'Hospitality and Tourism', ' of ']],
    certificates: [['Licensed Tourist Guide', 'Ministry of Tourism'], ['Wilderness First Aid', 'Red Cross']],
    summaries: ['Tour guide with {years} years on the road who turns a group of strangers into friends.', 'Travel professional who knows every back street and a good story for each.'],
  },
  tailoring: {
    titles: ['Head of Atelier', 'Master Tailor', 'Tailor', 'Garment Technologist', 'Alterations Tailor', 'Sewing Apprentice'],
    contract: 'Freelance Tailor',
    labels: ['Tailor', 'Dressmaker', 'Garment Technologist'],
    employers: 'atelier',
    descriptions: ['Bespoke tailoring house for suits and coats.', 'Clothing manufacturer making for European brands.'],
    bullets: [
      'Made 60 bespoke suits a year from first measure to final fitting.',
      'Drafted patterns by hand and in Lectra Modaris.',
      'Did alterations for 25 customers a day in peak season.',
      'Graded patterns for sizes XS to 3XL for a fashion brand.',
      'Cut sampling time from three weeks to ten days.',
      'Made costumes for two opera productions.',
      'Checked fabric quality and fit samples with the buyers.',
      'Trained two apprentices in hand stitching and pressing.',
    ],
    skills: [['Tailoring', ['Pattern Drafting', 'Bespoke Fitting', 'Hand Finishing', 'Pattern Grading', 'Alterations']], ['Software', ['Lectra Modaris', 'Gerber AccuMark', 'CLO 3D']]],
    degrees: [['Vocational Certificate', 'Tailoring', ' in '], ['BA', 'Fashion Design', ' in '], ['Diploma', 'Garment Technology', ' in '], ['Master Tailor Diploma', undefined, '']],
    certificates: [['Pattern Cutting Masterclass', 'London College of Fashion']],
    summaries: ['Tailor with {years} years at the cutting table who makes clothes that fit like they should.', 'Garment maker who loves good cloth, sharp shears and a perfect shoulder.'],
  },
  jewellery: {
    titles: ['Workshop Manager', 'Master Goldsmith', 'Goldsmith', 'Jeweller', 'Stone Setter', 'Jewellery Apprentice'],
    contract: 'Freelance Goldsmith',
    labels: ['Goldsmith', 'Jeweller', 'Stone Setter'],
    employers: 'jeweller',
    descriptions: ['Family jewellers with a workshop and two shops.', 'Jewellery brand workshop making for 300 stores.'],
    bullets: [
      'Made engagement rings and wedding bands to order, 150 a year.',
      'Set diamonds and coloured stones in claw, bezel and pavé settings.',
      'Repaired 40 pieces a week: resizing, re-tipping and chains.',
      'Modelled new pieces in Rhino and checked the 3D prints before casting.',
      'Cut casting losses by 15% with better sprue design.',
      'Valued jewellery for insurance with the gemmologist.',
      'Engraved by hand and by laser.',
      'Ran the workshop’s precious metal stock and hallmarking.',
    ],
    skills: [['Bench Work', ['Stone Setting', 'Lost-Wax Casting', 'Soldering', 'Hand Engraving', 'Polishing']], ['Design', ['Rhino', 'MatrixGold', 'Hand Sketching']]],
    degrees: [['Vocational Certificate', 'Goldsmithing', ' in '], ['BA', 'Jewellery Design', ' in '], ['Diploma', 'Gemmology', ' in '], ['Master Goldsmith Diploma', undefined, '']],
    certificates: [['Graduate Gemologist', 'GIA'], ['Diamond Grading', 'HRD Antwerp']],
    summaries: ['Goldsmith with {years} years at the bench who makes pieces people keep for life.', 'Jeweller with steady hands who loves a difficult setting.'],
  },
  funeral: {
    titles: ['Funeral Home Director', 'Funeral Director', 'Funeral Arranger', 'Embalmer', 'Funeral Service Assistant', 'Funeral Trainee'],
    contract: 'Relief Funeral Director',
    labels: ['Funeral Director', 'Funeral Celebrant', 'Embalmer'],
    employers: 'funeral',
    descriptions: ['Family funeral home serving the city since 1921.', 'Crematorium and cemetery.'],
    bullets: [
      'Arranged 200 funerals a year with families, clergy and celebrants.',
      'Led funeral processions and ceremonies with dignity.',
      'Prepared and embalmed the deceased for viewing.',
      'Handled repatriations abroad with consulates and airlines.',
      'Kept the records required by the civil registry.',
      'Introduced pre-paid funeral plans that 300 clients took up.',
      'Supported bereaved families with follow-up visits.',
      'Trained new staff in respectful care of the deceased.',
    ],
    skills: [['Funeral Service', ['Funeral Arranging', 'Embalming', 'Repatriation', 'Ceremony Planning', 'Bereavement Support']], ['Administration', ['Civil Registration', 'Funeral Director Software']]],
    degrees: [['Diploma', 'Funeral Directing', ' in '], ['Vocational Certificate', 'Embalming', ' in '], ['BA', 'Theology', ' in '], ['Bachelor', 'Social Work', ' of ']],
    certificates: [['Certificate in Embalming', 'British Institute of Embalmers']],
    summaries: ['Funeral director with {years} years of service who gives families calm, clear help on their worst days.', 'Quiet, careful professional who believes every goodbye matters.'],
  },
  dispatch: {
    titles: ['Control Room Manager', 'Shift Supervisor', 'Senior Emergency Dispatcher', 'Emergency Dispatcher', 'Emergency Call Handler', 'Call Centre Agent'],
    contract: 'Agency Call Handler',
    labels: ['Emergency Dispatcher', '112 Call Handler', 'Control Room Operator'],
    employers: 'control',
    descriptions: ['Regional 112 emergency control room.', 'Ambulance dispatch centre for 1.5 million people.'],
    bullets: [
      'Answered 120 emergency calls a shift and sent the right help.',
      'Talked callers through CPR until the ambulance arrived.',
      'Dispatched fire, police and ambulance crews with CAD and radio.',
      'Coordinated the response to a 40-car motorway pile-up.',
      'Kept average call answering time under 8 seconds.',
      'Ran the night shift of 12 dispatchers.',
      'Trained call handlers on the medical priority protocol.',
      'Logged every call and radio message for audit.',
    ],
    skills: [['Dispatch', ['Call Triage', 'Radio Communication', 'Telephone CPR', 'Incident Coordination', 'Crisis Communication']], ['Systems', ['CAD', 'TETRA', 'ProQA']]],
    degrees: [['Vocational Certificate', 'Emergency Call Handling', ' in '], ['BSc', 'Emergency Management', ' in '], ['Diploma', 'Public Safety Communications', ' in '], ['BA', 'Psychology', ' in ']],
    certificates: [['Emergency Medical Dispatcher', 'IAED'], ['Basic Life Support Instructor', 'European Resuscitation Council']],
    summaries: ['Emergency dispatcher with {years} years in the control room who stays calm when callers cannot.', 'Call handler who listens fast and sends help faster.'],
  },
  meteorology: {
    titles: ['Chief Forecaster', 'Senior Meteorologist', 'Meteorologist', 'Weather Observer', 'Research Assistant', 'Meteorology Intern'],
    contract: 'Consulting Meteorologist',
    labels: ['Meteorologist', 'Weather Forecaster', 'Climate Scientist'],
    employers: 'weather',
    descriptions: ['National weather service, public and aviation forecasts.', 'Private weather company for energy traders.'],
    bullets: [
      'Wrote public and aviation forecasts on 12-hour shifts.',
      'Issued severe weather warnings for storms, floods and heat.',
      'Briefed airports and pilots on fog, icing and wind shear.',
      'Built a wind power forecast that cut errors by 18%.',
      'Ran and checked numerical weather model output every day.',
      'Presented the weather on regional television.',
      'Kept the weather station network calibrated.',
      'Analysed 60 years of records for a climate report.',
    ],
    skills: [['Forecasting', ['Synoptic Analysis', 'Nowcasting', 'Aviation Meteorology', 'Severe Weather Warnings', 'Climate Analysis']], ['Tools', ['Python', 'WRF Model', 'ECMWF Data']]],
    degrees: [['BSc', 'Meteorology', ' in '], ['MSc', 'Atmospheric Science', ' in '], ['PhD', 'Climate Physics', ' in '], ['BSc', 'Physics', ' in ']],
    certificates: [['WMO Aeronautical Meteorological Forecaster', 'World Meteorological Organization']],
    summaries: ['Meteorologist with {years} years of forecasting who gets the warning out before the storm.', 'Forecaster who loves a weather chart, good data and clear words.'],
  },
  pestcontrol: {
    titles: ['Branch Manager', 'Service Supervisor', 'Senior Pest Control Technician', 'Pest Control Technician', 'Trainee Technician', 'Field Assistant'],
    contract: 'Self-Employed Pest Controller',
    labels: ['Pest Control Technician', 'Pest Management Specialist', 'Fumigation Technician'],
    employers: 'pest',
    descriptions: ['Pest control for restaurants, hotels and food factories.', 'Agricultural fumigation and grain stores.'],
    bullets: [
      'Inspected and treated 12 commercial sites a day.',
      'Ran rodent programmes for 80 food businesses with audit-ready reports.',
      'Fumigated containers and grain silos under licence.',
      'Removed wasp and hornet nests, 300 a summer.',
      'Cut repeat callouts by a third with proofing work.',
      'Advised hotels on bed bug prevention and heat treatment.',
      'Kept pesticide records and safety data sheets up to date.',
      'Trained new technicians in safe use of biocides.',
    ],
    skills: [['Pest Management', ['Integrated Pest Management', 'Rodent Control', 'Fumigation', 'Bird Proofing', 'Bed Bug Heat Treatment']], ['Compliance', ['BRC Audits', 'COSHH', 'PestScan']]],
    degrees: [['Vocational Certificate', 'Pest Management', ' in '], ['Diploma', 'Environmental Health', ' in '], ['BSc', 'Biology', ' in '], ['Secondary School Certificate', undefined, '']],
    certificates: [['Fumigation Licence', 'Plant Protection Service'], ['RSPH Level 2 Award in Pest Management', 'Royal Society for Public Health']],
    summaries: ['Pest control technician with {years} years in the field who solves the problem and keeps it solved.', 'Practical, discreet technician who likes a tricky infestation.'],
  },
  mining: {
    titles: ['Mine Manager', 'Mining Engineer', 'Shift Supervisor', 'Mine Surveyor', 'Underground Operator', 'Graduate Trainee'],
    contract: 'Contract Mining Engineer',
    labels: ['Mining Engineer', 'Mine Planner', 'Blasting Supervisor'],
    employers: 'mine',
    descriptions: ['Underground gold mine, 1,200 m deep.', 'Open-pit copper and molybdenum mine.'],
    bullets: [
      'Planned drilling and blasting for 8,000 tonnes of ore a day.',
      'Supervised a crew of 45 underground on rotating shifts.',
      'Designed ventilation changes that cut heat stress incidents.',
      'Ran the mine schedule in Deswik for the next five years.',
      'Reached 1,000 days without a lost-time injury.',
      'Surveyed stopes with a laser scanner and updated the 3D model.',
      'Cut diesel use of the haul fleet by 9%.',
      'Wrote the emergency rescue procedures with the mine rescue team.',
    ],
    skills: [['Mining', ['Mine Planning', 'Drill and Blast', 'Ventilation', 'Ground Control', 'Mine Surveying']], ['Software', ['Deswik', 'Surpac', 'Vulcan']]],
    degrees: [['BSc', 'Mining Engineering', ' in '], ['MSc', 'Mineral Resource Management', ' in '], ['Diploma', 'Mine Surveying', ' in '], ['BSc', 'Geology', ' in ']],
    certificates: [['Blasting Certificate', 'Mine Health and Safety Inspectorate'], ['Mine Rescue Brigadesman', 'Mines Rescue Services']],
    summaries: ['Mining engineer with {years} years underground and in the pit who plans safe, steady production.', 'Miner who respects the rock and the crew.'],
  },
  roofing: {
    titles: ['Roofing Contractor', 'Roofing Foreman', 'Roofer', 'Slater and Tiler', 'Roofing Labourer', 'Roofing Apprentice'],
    contract: 'Subcontract Roofer',
    labels: ['Roofer', 'Flat Roofing Specialist', 'Slater'],
    employers: 'roofing',
    descriptions: ['Roofing firm for houses and churches.', 'Commercial flat roofing and cladding.'],
    bullets: [
      'Stripped and re-roofed 40 houses a year in tile and slate.',
      'Laid bitumen and EPDM flat roofs on schools and warehouses.',
      'Fitted 300 roof windows and the flashings around them.',
      'Restored the copper roof of a 17th-century chapel.',
      'Installed solar panels on 60 roofs with the electricians.',
      'Put up scaffolding and edge protection by the rules.',
      'Priced jobs and ordered materials for the crew.',
      'Trained two apprentices to their final exam.',
    ],
    skills: [['Roofing', ['Slating', 'Tiling', 'Flat Roofing', 'Lead Work', 'Roof Windows']], ['Site', ['Working at Height', 'Scaffolding', 'Estimating']]],
    degrees: [['Vocational Certificate', 'Roofing', ' in '], ['Master Roofer Diploma', undefined, ''], ['Diploma', 'Building Construction', ' in ']],
    certificates: [['Working at Height', 'Construction Skills Board'], ['Solar PV Installer', 'Solar Energy Association']],
    summaries: ['Roofer with {years} years on houses, churches and warehouses who leaves roofs dry and sites tidy.', 'Craftsman who is happy on a steep roof in any weather.'],
  },
  beauty: {
    titles: ['Spa Manager', 'Senior Beauty Therapist', 'Beauty Therapist', 'Nail Technician', 'Beauty Receptionist', 'Beauty Apprentice'],
    contract: 'Mobile Beauty Therapist',
    labels: ['Beauty Therapist', 'Aesthetician', 'Nail Technician'],
    employers: 'spa',
    descriptions: ['Hotel spa with eight treatment rooms.', 'Beauty salon in the old town.'],
    bullets: [
      'Gave 25 facials, massages and waxing treatments a week.',
      'Ran the nail bar: gel, acrylic and nail art.',
      'Grew product sales by 40% with skin consultations.',
      'Did bridal make-up for 50 weddings a year.',
      'Kept the treatment rooms and tools to hygiene rules.',
      'Managed bookings and stock for the spa.',
      'Trained four new therapists in the spa’s signature massage.',
      'Won the regional nail art competition.',
    ],
    skills: [['Treatments', ['Facials', 'Massage', 'Waxing', 'Gel Nails', 'Bridal Make-up']], ['Business', ['Skin Consultation', 'Treatwell', 'Retail Sales']]],
    degrees: [['Vocational Certificate', 'Beauty Therapy', ' in '], ['Diploma', 'Aesthetics', ' in '], ['Diploma', 'Spa Therapy', ' in ']],
    certificates: [['CIDESCO Diploma', 'CIDESCO'], ['Lash Extensions Certificate', 'Beauty Academy']],
    summaries: ['Beauty therapist with {years} years in salons and spas whose clients leave calmer than they came.', 'Friendly aesthetician who loves skin care and tidy nails.'],
  },
  windenergy: {
    titles: ['Site Manager', 'Lead Wind Turbine Technician', 'Wind Turbine Technician', 'Electrical Technician', 'Blade Repair Technician', 'Apprentice Technician'],
    contract: 'Contract Wind Technician',
    labels: ['Wind Turbine Technician', 'Service Technician', 'Blade Technician'],
    employers: 'wind',
    descriptions: ['Onshore wind farm of 48 turbines.', 'Turbine maker’s service team, on- and offshore.'],
    bullets: [
      'Serviced 3 MW turbines: gearboxes, yaw systems and hydraulics.',
      'Climbed 90 m towers daily in rope access and rescue teams of two.',
      'Found and fixed converter faults, bringing availability to 98%.',
      'Repaired blade leading edges with rope access.',
      'Commissioned 20 new turbines with the manufacturer.',
      'Kept the torque and tension records for every bolt.',
      'Wrote work permits and lock-out procedures.',
      'Trained three new technicians in safe climbing.',
    ],
    skills: [['Technical', ['Turbine Maintenance', 'Fault Finding', 'Hydraulics', 'Blade Repair', 'High Voltage Switching']], ['Safety', ['GWO Working at Heights', 'Rope Access', 'Lock-Out Tag-Out']]],
    degrees: [['Vocational Certificate', 'Electrical Installation', ' in '], ['Diploma', 'Renewable Energy Technology', ' in '], ['BSc', 'Electrical Engineering', ' in '], ['Technical Diploma', 'Mechatronics', ' in ']],
    certificates: [['GWO Basic Safety Training', 'Global Wind Organisation'], ['IRATA Level 1', 'IRATA']],
    summaries: ['Wind turbine technician with {years} years up towers who keeps the blades turning.', 'Hands-on technician who likes heights, wiring diagrams and a fault found fast.'],
  },
};
const OCCUPATION_ORDER = Object.keys(OCCUPATIONS);

/** Where a career changer came from: an earlier occupation (from this set) per new one. */
const CHANGED_FROM = {
  audiology: 'beauty', winemaking: 'tourism', baking: 'tailoring', railway: 'mining', tourism: 'railway', tailoring: 'beauty', jewellery: 'tailoring',
  funeral: 'dispatch', dispatch: 'tourism', meteorology: 'windenergy', pestcontrol: 'roofing', mining: 'roofing', roofing: 'baking', beauty: 'tourism', windenergy: 'roofing',
};

/** Employers by kind: real-sounding local names, written by hand, and real firms. */
function employer(faker, kind, [city], last) {
  const pick = (options) => faker.helpers.arrayElement(options);
  switch (kind) {
    case 'hearing': return pick(['Amplifon', 'Widex', 'Neuroth', `${city} Hearing Centre`, `${last} Audiology`, `${city} University Hospital`]);
    case 'winery': return pick([`${last} Wine Estate`, `Domaine ${last}`, `${city} Wine Cooperative`, `${last} Cellars`, 'Distell']);
    case 'bakery': return pick([`${last} Bakery`, `${city} Artisan Bakery`, `Boulangerie ${last}`, `${city} Bread Factory`, 'Ankerbrot']);
    case 'rail': return pick([`${city} Regional Railway`, `${last} Rail Freight`, 'ÖBB', 'Transnet Freight Rail', `${city} Commuter Trains`]);
    case 'travel': return pick([`${city} Tourist Office`, `${last} Travel`, 'TUI', `Discover ${city} Tours`, `${city} Walking Tours`]);
    case 'atelier': return pick([`${last} Tailors`, `Atelier ${last}`, `${city} Garment Factory`, `${city} Opera Costume Workshop`, `${last} & Sons Bespoke`]);
    case 'jeweller': return pick([`${last} Jewellers`, `${city} Goldsmiths`, 'Pandora', `Atelier ${last} Joaillerie`, `${city} Jewellery Workshop`]);
    case 'funeral': return pick([`${last} Funeral Home`, `${city} Crematorium`, `${city} Municipal Cemeteries`, `${last} & Daughters Funeral Directors`]);
    case 'control': return pick([`${city} 112 Emergency Centre`, `${city} Ambulance Dispatch`, `${city} Fire Brigade Control Room`, `${city} Police Control Room`]);
    case 'weather': return pick([`${city} Weather Office`, `${city} Airport Met Office`, `${last} Weather Services`, `${city} Climate Institute`]);
    case 'pest': return pick(['Rentokil', 'Anticimex', `${last} Pest Control`, `${city} Pest Solutions`, `${city} Fumigation Services`]);
    case 'mine': return pick(['Harmony Gold', 'Sibanye-Stillwater', `${city} Mining Company`, `${last} Quarries`, `${city} Copper Mine`]);
    case 'roofing': return pick([`${last} Roofing`, `${city} Roof & Slate`, `${last} Dachdeckerei`, `${city} Flat Roofs`, `TopRoof ${city}`]);
    case 'spa': return pick([`${city} Grand Hotel Spa`, `${last} Beauty Studio`, `Salon Belle ${city}`, `${city} Day Spa`, `${last} Nails & Beauty`]);
    case 'wind': return pick(['Vestas', 'Siemens Gamesa', 'Nordex', `${city} Wind Farm`, `${last} Wind Services`]);
    default: return `${last} Group`;
  }
}

const SCHOOLS = {
  de_AT: { vocational: ['HTL Mödling', 'Berufsschule Graz-St. Peter'], university: ['University of Graz', 'Graz University of Technology', 'University of Innsbruck', 'Johannes Kepler University Linz', 'FH Joanneum'] },
  fr_CH: { vocational: ['CPNV Yverdon', 'CPLN Neuchâtel'], university: ['University of Lausanne', 'University of Neuchâtel', 'University of Fribourg', 'HES-SO Valais-Wallis', 'EPFL'] },
  af_ZA: { vocational: ['Boland TVET College', 'Northlink TVET College'], university: ['Central University of Technology', 'North-West University', 'University of the Free State', 'Nelson Mandela University', 'Cape Peninsula University of Technology'] },
  ro_MD: { vocational: ['Chișinău Polytechnic College', 'Bălți Technical College'], university: ['Moldova State University', 'Technical University of Moldova', 'Alecu Russo Bălți State University', 'Comrat State University', 'Academy of Economic Studies of Moldova'] },
  ku_kmr_latin: { vocational: ['Duhok Technical Institute', 'Zakho Technical Institute'], university: ['University of Duhok', 'University of Zakho', 'Salahaddin University-Erbil', 'American University of Kurdistan', 'Nawroz University'] },
  ru: { vocational: ['Kazan Technical College', 'Ural College of Technology'], university: ['Kazan Federal University', 'Ural Federal University', 'Novosibirsk State University', 'Tomsk Polytechnic University', 'Samara University'] },
  uk: { vocational: ['Lviv Vocational Lyceum', 'Vinnytsia Technical College'], university: ['Lviv Polytechnic National University', 'Ivan Franko National University of Lviv', 'V. N. Karazin Kharkiv National University', 'Odesa Polytechnic National University', 'Vinnytsia National Technical University'] },
  mk: { vocational: ['SUGS Mihajlo Pupin', 'SOU Kuzman Šapkarev'], university: ['Ss. Cyril and Methodius University', 'St. Kliment Ohridski University', 'Goce Delčev University', 'South East European University'] },
  ka_GE: { vocational: ['Kutaisi Vocational College Iberia', 'Batumi Vocational College'], university: ['Tbilisi State University', 'Georgian Technical University', 'Ilia State University', 'Akaki Tsereteli State University', 'Batumi Shota Rustaveli State University'] },
  hy: { vocational: ['Gyumri State Vocational College', 'Yerevan State College of Services'], university: ['Yerevan State University', 'National Polytechnic University of Armenia', 'American University of Armenia', 'Armenian State University of Economics', 'Shirak State University'] },
};

/**
 * Fictional telephone numbers: every number takes its country's national shape with a made-up `555`
 * middle; they were not checked against live allocations.
 */
function phone(faker, localeName) {
  const d = (count) => faker.string.numeric({ length: count, allowLeadingZeros: true });
  const shapes = {
    de_AT: () => [`+43 664 555 01${d(2)}`, `0664 / 555 01 ${d(2)}`, `+43 (0)676 555 0${d(3)}`],
    fr_CH: () => [`+41 76 555 02 ${d(2)}`, `076 555 02 ${d(2)}`, `+41 (0)77 555 0${d(1)} ${d(2)}`],
    af_ZA: () => [`+27 83 555 02${d(2)}`, `083 555 02${d(2)}`, `+27 (0)72 555 0${d(3)}`],
    ro_MD: () => [`+373 69 555 0${d(2)}`, `069 555 0${d(2)}`, `+373 (79) 555-0${d(2)}`],
    ku_kmr_latin: () => [`+964 750 555 0${d(3)}`, `0750 555 0${d(3)}`, `+964 (0)751 555 0${d(3)}`],
    ru: () => [`+7 916 555-01-${d(2)}`, `8 (912) 555-01-${d(2)}`, `+7 (903) 555 01 ${d(2)}`],
    uk: () => [`+380 67 555 01 ${d(2)}`, `067 555 01${d(2)}`, `+380 (50) 555-01-${d(2)}`],
    mk: () => [`+389 70 555 0${d(2)}`, `070/555-0${d(2)}`, `+389 (0)71 555 0${d(2)}`],
    ka_GE: () => [`+995 599 55 50 ${d(2)}`, `599 55 50 ${d(2)}`, `+995 (577) 55-50-${d(2)}`],
    hy: () => [`+374 91 555 0${d(2)}`, `091 555 0${d(2)}`, `+374 (77) 555-0${d(2)}`],
  };
  return faker.helpers.arrayElement(shapes[localeName]());
}

/** Levels people write next to a language. */
const NATIVE_WORDS = ['Native speaker', 'First language', 'Mother tongue', 'Native'];
const FLUENCIES = ['Proficient', 'C2', 'B1', 'Upper-intermediate', 'Conversational', 'Elementary', 'Professional working proficiency', 'Good', 'Very good'];
const OTHER_LANGUAGES = ['German', 'French', 'Spanish', 'Italian', 'Polish', 'Chinese', 'Portuguese'];

/** Honours or grade lines some people write under a degree (JSON Resume `score`, not scored). */
const SCORES = ['GPA 3.9/4.0', 'Magna cum laude', 'Mark 1.4 (very good)', 'Red diploma (with honours)', 'Average 8.7/10', 'With distinction', 'Upper second class', 'Final mark 5.6/6'];

/**
 * Date styles, one per person (truth dates are YYYY-MM unless the style writes years only):
 * `upperMon` MAR 2019 — PRESENT · `monApos` Mar ’19 – Jun ’21 · `slashShortYear` 03/19 – 06/21 ·
 * `yearMonthDot` 2019.03 – 2021.06 · `romanMonth` III.2019 – VI.2021 · `fromTo` from 03/2019 to
 * 06/2021, since 03/2019 · `yearsOnly` 2019 – 2021.
 */
export const DATE_STYLES = ['upperMon', 'monApos', 'slashShortYear', 'yearMonthDot', 'yearsOnly', 'romanMonth', 'fromTo'];
/** Words for an ongoing job, per date style (`fromTo` writes "since …" whatever the word). */
const PRESENT_WORDS = {
  upperMon: ['PRESENT', 'NOW'], monApos: ['Present', 'today'], slashShortYear: ['Present', 'now'], yearMonthDot: ['present', 'ongoing'],
  yearsOnly: ['Present', 'ongoing'], romanMonth: ['present', 'now'], fromTo: ['since'],
};
/**
 * How a school's years are written: `range` 2012 – 2016 · `toRange` 2012 to 2016 · `endOnly` Graduated
 * 2016 (Expected 2027) · `emRange` 2012—2016 · `classOf` the year alone.
 */
const SCHOOL_DATE_STYLES = ['range', 'toRange', 'endOnly', 'range', 'classOf', 'emRange'];
/** How a place is written: `cityCountry` Graz, Austria · `cityRegionCountry` Graz, Styria, Austria · `city` · `cityParen` Graz (Austria). */
const LOCATION_STYLES = ['cityCountry', 'cityRegionCountry', 'city', 'cityParen', 'cityCountry'];

/**
 * Career stages, one per person, in a fixed rotation: how many jobs, whether the first (latest) is the
 * most junior title, a break between jobs, an earlier career in another occupation.
 */
const STAGES = ['senior', 'student', 'changer', 'contractor', 'mid', 'gap', 'early', 'returner', 'senior', 'mid'];

const ascii = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z]/g, '').toLowerCase();

export function locationText([city, region], localeName, style) {
  const { country } = LOCALES[localeName];
  switch (style) {
    case 'cityRegionCountry': return city === region ? `${city}, ${country}` : `${city}, ${region}, ${country}`;
    case 'cityCountry': return `${city}, ${country}`;
    case 'cityParen': return `${city} (${country})`;
    default: return city;
  }
}

/** What this set draws its people from (scripts/lib/resume-corpus-people.mjs). */
const SET = {
  occupations: OCCUPATIONS, changedFrom: CHANGED_FROM, schools: SCHOOLS, scores: SCORES, employer, locationText,
  locales: LOCALES, localeOrder: LOCALE_ORDER, cities: CITIES, occupationOrder: OCCUPATION_ORDER, stages: STAGES, dateStyles: DATE_STYLES, presentWords: PRESENT_WORDS,
  schoolDateStyles: SCHOOL_DATE_STYLES, locationStyles: LOCATION_STYLES, nativeWords: NATIVE_WORDS, fluencies: FLUENCIES, otherLanguages: OTHER_LANGUAGES,
  seedFor, phone, ascii,
  nameOf: (first, last) => `${first} ${last}`,
  linksOf(faker, { occupationName, stage, f, l }) {
    const extraProfiles = [];
    if (occupationName === 'beauty' || occupationName === 'baking' || occupationName === 'jewellery') extraProfiles.push({ network: 'Instagram', username: `${f}.${l}.studio`, url: `https://www.instagram.com/${f}.${l}.studio` });
    if (occupationName === 'tailoring' && faker.datatype.boolean()) extraProfiles.push({ network: 'Behance', username: `${f}${l}`, url: `https://www.behance.net/${f}${l}` });
    if (occupationName === 'meteorology' && faker.datatype.boolean()) extraProfiles.push({ network: 'GitHub', username: `${f}-${l}`, url: `https://github.com/${f}-${l}` });
    // Jewellers and contractors sell their own work: they all have a site.
    const url = occupationName === 'jewellery' || stage === 'contractor' || faker.datatype.boolean(0.15) ? `https://${f}${l}.example.net` : undefined;
    return { extraProfiles, url };
  },
  localeTag: (localeName) => localeName.split('_').slice(0, 2).join('').toLowerCase(),
};

/**
 * The 30 people of the sixth held-back set, in a fixed order. Students and early-career people write
 * their education before their experience, as graduates do.
 */
export function buildHoldout6Content(count = 30) {
  return Array.from({ length: count }, (_, index) => {
    const person = drawPerson(SET, index);
    return { ...person, presentation: { ...person.presentation, educationFirst: person.presentation.stage === 'student' || (person.presentation.stage === 'early' && index % 2 === 0) } };
  });
}
