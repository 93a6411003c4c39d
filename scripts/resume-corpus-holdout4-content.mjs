// The content of the fourth held-back résumé test set (test/fixtures/resume-corpus-holdout4/, issue #10
// §2): 30 fictional people written as JSON Resume. Names come from a seeded @faker-js/faker in ten
// locales no earlier set uses (pt_PT, ro, hu, tr, vi, id_ID, hr, es_MX, lv, sl_SI); places are real
// cities with the region people write; everything else (fifteen occupations none of the earlier sets
// uses, employers, bullets, degrees, career stages — students, career changers, people back from a
// break, seniors with six jobs — date styles, certificates, links, fictional phone numbers) was written
// here, up front, before anything was rendered.
//
// Written on 2026-11-30 by an engineer who does not tune the parser and never reads its output on this
// set. Nothing here was adjusted after seeing a parse. The JSON Resume each person gets is the truth;
// `presentation` holds the person's own writing habits (date style, the word for "now", title before
// or after employer, skills grouped or flat, how a degree, a school's years and a place are written),
// which every renderer keeps, as one person's CV would.
import { createHash } from 'node:crypto';
import { es_MX, hr, hu, id_ID, lv, pt_PT, ro, sl_SI, tr, vi } from '@faker-js/faker';
import { drawPerson } from './lib/resume-corpus-people.mjs';

/** One seed per person: the first 32 bits of SHA-256 of `candor/holdout4/<locale>/<n>`. */
function seedFor(locale, index) {
  return createHash('sha256').update(`candor/holdout4/${locale}/${index + 1}`).digest().readUInt32BE(0);
}

const LOCALES = {
  pt_PT: { faker: [pt_PT], country: 'Portugal', countryCode: 'PT', native: 'Portuguese', second: ['English', 'Spanish', 'French'] },
  ro: { faker: [ro], country: 'Romania', countryCode: 'RO', native: 'Romanian', second: ['English', 'French', 'Hungarian'] },
  hu: { faker: [hu], country: 'Hungary', countryCode: 'HU', native: 'Hungarian', second: ['English', 'German'] },
  tr: { faker: [tr], country: 'Türkiye', countryCode: 'TR', native: 'Turkish', second: ['English', 'German', 'Arabic'] },
  vi: { faker: [vi], country: 'Vietnam', countryCode: 'VN', native: 'Vietnamese', second: ['English', 'Japanese', 'Korean'] },
  id_ID: { faker: [id_ID], country: 'Indonesia', countryCode: 'ID', native: 'Indonesian', second: ['English', 'Javanese', 'Malay'] },
  hr: { faker: [hr], country: 'Croatia', countryCode: 'HR', native: 'Croatian', second: ['English', 'Italian', 'German'] },
  es_MX: { faker: [es_MX], country: 'Mexico', countryCode: 'MX', native: 'Spanish', second: ['English', 'Portuguese'] },
  lv: { faker: [lv], country: 'Latvia', countryCode: 'LV', native: 'Latvian', second: ['English', 'Russian', 'Lithuanian'] },
  sl_SI: { faker: [sl_SI], country: 'Slovenia', countryCode: 'SI', native: 'Slovenian', second: ['English', 'Croatian', 'Italian'] },
};
const LOCALE_ORDER = Object.keys(LOCALES);

const CITIES = {
  pt_PT: [['Viseu', 'Centro'], ['Coimbra', 'Centro'], ['Aveiro', 'Centro'], ['Faro', 'Algarve'], ['Setúbal', 'Setúbal'], ['Guimarães', 'Minho'], ['Évora', 'Alentejo'], ['Funchal', 'Madeira']],
  ro: [['Cluj-Napoca', 'Cluj'], ['Timișoara', 'Timiș'], ['Iași', 'Iași'], ['Brașov', 'Brașov'], ['Constanța', 'Constanța'], ['Sibiu', 'Sibiu'], ['Oradea', 'Bihor'], ['Craiova', 'Dolj']],
  hu: [['Debrecen', 'Hajdú-Bihar'], ['Szeged', 'Csongrád-Csanád'], ['Pécs', 'Baranya'], ['Győr', 'Győr-Moson-Sopron'], ['Miskolc', 'Borsod-Abaúj-Zemplén'], ['Kecskemét', 'Bács-Kiskun'], ['Székesfehérvár', 'Fejér'], ['Eger', 'Heves']],
  tr: [['İzmir', 'İzmir'], ['Bursa', 'Bursa'], ['Antalya', 'Antalya'], ['Eskişehir', 'Eskişehir'], ['Gaziantep', 'Gaziantep'], ['Kayseri', 'Kayseri'], ['Trabzon', 'Trabzon'], ['Mersin', 'Mersin']],
  vi: [['Đà Nẵng', 'Đà Nẵng'], ['Hải Phòng', 'Hải Phòng'], ['Cần Thơ', 'Cần Thơ'], ['Huế', 'Thừa Thiên Huế'], ['Nha Trang', 'Khánh Hòa'], ['Biên Hòa', 'Đồng Nai'], ['Vũng Tàu', 'Bà Rịa–Vũng Tàu'], ['Hạ Long', 'Quảng Ninh']],
  id_ID: [['Surabaya', 'East Java'], ['Bandung', 'West Java'], ['Yogyakarta', 'DI Yogyakarta'], ['Semarang', 'Central Java'], ['Medan', 'North Sumatra'], ['Makassar', 'South Sulawesi'], ['Denpasar', 'Bali'], ['Balikpapan', 'East Kalimantan']],
  hr: [['Split', 'Splitsko-dalmatinska'], ['Rijeka', 'Primorsko-goranska'], ['Osijek', 'Osječko-baranjska'], ['Zadar', 'Zadarska'], ['Pula', 'Istarska'], ['Varaždin', 'Varaždinska'], ['Dubrovnik', 'Dubrovačko-neretvanska'], ['Karlovac', 'Karlovačka']],
  es_MX: [['Guadalajara', 'Jalisco'], ['Monterrey', 'Nuevo León'], ['Puebla', 'Puebla'], ['Querétaro', 'Querétaro'], ['Mérida', 'Yucatán'], ['Morelia', 'Michoacán'], ['Tijuana', 'Baja California'], ['Oaxaca', 'Oaxaca']],
  lv: [['Riga', 'Rīga'], ['Daugavpils', 'Latgale'], ['Liepāja', 'Kurzeme'], ['Jelgava', 'Zemgale'], ['Ventspils', 'Kurzeme'], ['Valmiera', 'Vidzeme'], ['Jūrmala', 'Rīga'], ['Rēzekne', 'Latgale']],
  sl_SI: [['Ljubljana', 'Osrednjeslovenska'], ['Maribor', 'Podravska'], ['Celje', 'Savinjska'], ['Kranj', 'Gorenjska'], ['Koper', 'Obalno-kraška'], ['Novo Mesto', 'Jugovzhodna Slovenija'], ['Velenje', 'Savinjska'], ['Nova Gorica', 'Goriška']],
};

// ------------------------------------------------------------------------------------------------
// Occupations: a title ladder (most senior first), labels, employer kind, job descriptions, bullets,
// skill groups, degrees ([studyType, area, joiner]: the page says `${studyType}${joiner}${area}`),
// certificates, summaries. None of these fifteen is among the earlier sets' occupations.

const OCCUPATIONS = {
  dietetics: {
    titles: ['Head of Nutrition and Dietetics', 'Senior Dietitian', 'Clinical Dietitian', 'Dietitian', 'Diet Technician', 'Dietetics Intern'],
    labels: ['Registered Dietitian', 'Clinical Dietitian', 'Sports Nutritionist'],
    employers: 'nutrition',
    descriptions: ['Hospital nutrition team covering surgery, oncology and intensive care.', 'Outpatient diabetes and weight management clinic.'],
    bullets: [
      'Assessed and planned nutrition support for 15 inpatients a day, including tube and parenteral feeding.',
      'Ran group education for 400 people with type 2 diabetes a year.',
      'Cut hospital malnutrition screening misses by half with ward training.',
      'Wrote the texture-modified diet menus with the catering team.',
      'Counselled patients with kidney disease on potassium and fluid limits.',
      'Set up a virtual clinic that halved missed appointments.',
      'Supervised three dietetics students on placement each year.',
      'Advised a professional football club on match-day nutrition.',
    ],
    skills: [['Clinical', ['Enteral Nutrition', 'Parenteral Nutrition', 'Diabetes Education', 'Renal Nutrition', 'Malnutrition Screening']], ['Tools', ['Nutritics', 'MUST', 'Cronometer']]],
    degrees: [['BSc', 'Nutrition and Dietetics', ' in '], ['MSc', 'Clinical Nutrition', ' in '], ['Bachelor', 'Food Science and Nutrition', ' of '], ['Postgraduate Diploma', 'Dietetics', ' in ']],
    certificates: [['Certified Diabetes Educator', 'Diabetes Association'], ['Registered Dietitian', 'Chamber of Dietitians']],
    summaries: ['Dietitian with {years} years in hospital and outpatient care who turns guidelines into meals people will actually eat.', 'Clinical dietitian who likes evidence, good food and patients who come back feeling better.'],
  },
  agronomy: {
    titles: ['Head Agronomist', 'Senior Agronomist', 'Agronomist', 'Field Technician', 'Farm Assistant', 'Agronomy Intern'],
    labels: ['Agronomist', 'Crop Advisor', 'Soil Scientist'],
    employers: 'farm',
    descriptions: ['Agricultural cooperative with 600 member farms.', 'Seed and crop protection company.'],
    bullets: [
      'Advised 80 growers on fertiliser, irrigation and crop protection plans each season.',
      'Ran 40 field trials of maize and sunflower varieties and published the results to members.',
      'Introduced soil sampling on a 2-hectare grid, cutting nitrogen use by 15%.',
      'Set up drip irrigation on 120 hectares of orchards with the local water authority.',
      'Scouted for pests weekly and wrote spray recommendations within legal limits.',
      'Trained farm staff in safe pesticide handling and record keeping.',
      'Built yield maps from combine data for 3,500 hectares.',
      'Helped six farms move to certified organic production.',
    ],
    skills: [['Agronomy', ['Soil Analysis', 'Crop Protection', 'Irrigation Planning', 'Field Trials', 'Precision Agriculture']], ['Tools', ['QGIS', 'John Deere Operations Center', 'Climate FieldView']]],
    degrees: [['BSc', 'Agronomy', ' in '], ['MSc', 'Crop Science', ' in '], ['Engineer Diploma', 'Agriculture', ' in '], ['Bachelor of Agricultural Science', undefined, '']],
    certificates: [['Certified Crop Adviser', 'American Society of Agronomy'], ['Plant Protection Products Advisor', 'Ministry of Agriculture']],
    summaries: ['Agronomist with {years} years in the field who trusts soil tests more than habits.', 'Practical crop advisor who speaks the language of farmers and of data.'],
  },
  psychology: {
    titles: ['Lead Clinical Psychologist', 'Clinical Psychologist', 'Counselling Psychologist', 'Psychologist', 'Assistant Psychologist', 'Psychology Trainee'],
    labels: ['Clinical Psychologist', 'Counselling Psychologist', 'Child Psychologist'],
    employers: 'clinic',
    descriptions: ['Community mental health centre for adults.', 'Child and adolescent mental health service.'],
    bullets: [
      'Carried a caseload of 25 adults with anxiety, depression and trauma, using CBT and EMDR.',
      'Assessed children for autism and ADHD with the multidisciplinary team.',
      'Ran an eight-week group programme for panic disorder four times a year.',
      'Supervised three assistant psychologists and two trainees.',
      'Cut the assessment waiting list from 14 weeks to six with a triage clinic.',
      'Wrote psychological reports for courts and schools.',
      'Delivered suicide prevention training to 200 GPs and nurses.',
      'Collected outcome measures for every client and presented them to commissioners.',
    ],
    skills: [['Therapies', ['Cognitive Behavioural Therapy', 'EMDR', 'Acceptance and Commitment Therapy', 'Family Therapy']], ['Assessment', ['ADOS-2', 'WISC-V', 'Risk Assessment', 'Neuropsychological Testing']]],
    degrees: [['PhD', 'Clinical Psychology', ' in '], ['MSc', 'Psychology', ' in '], ['BA', 'Psychology', ' in '], ['Master of Arts', 'Counselling Psychology', ' in ']],
    certificates: [['EMDR Practitioner', 'EMDR Europe'], ['Licensed Psychologist', 'Chamber of Psychologists']],
    summaries: ['Clinical psychologist with {years} years in public mental health services, warm with clients and rigorous with evidence.', 'Psychologist who believes good therapy starts with a good formulation and a good laugh.'],
  },
  firefighting: {
    titles: ['Station Commander', 'Watch Commander', 'Crew Commander', 'Firefighter', 'Retained Firefighter', 'Fire Cadet'],
    labels: ['Firefighter', 'Fire Officer', 'Rescue Specialist'],
    employers: 'fire',
    descriptions: ['Fire and rescue station covering the city and its port.', 'Airport rescue and firefighting service.'],
    bullets: [
      'Answered about 700 calls a year: house fires, road traffic collisions and flooding.',
      'Led a crew of five at rescues from height and confined spaces.',
      'Carried out 150 home fire safety visits a year for older residents.',
      'Ran hydrant and hose inspections across the station area.',
      'Trained new recruits in breathing apparatus and casualty care.',
      'Wrote pre-incident plans for the refinery and the hospital.',
      'Took part in the national flood response team during the 2023 floods.',
      'Kept the station’s vehicles and equipment ready for inspection.',
    ],
    skills: [['Operational', ['Breathing Apparatus', 'Road Traffic Collision Rescue', 'Water Rescue', 'Hazardous Materials', 'Incident Command']], ['Community', ['Fire Safety Inspections', 'Public Education']]],
    degrees: [['BSc', 'Fire Safety Engineering', ' in '], ['Diploma', 'Fire and Rescue Services', ' in '], ['Vocational Certificate', 'Firefighting', ' in '], ['MSc', 'Emergency Management', ' in ']],
    certificates: [['Emergency Response Driver', 'Fire Service College'], ['First Responder', 'Red Cross']],
    summaries: ['Firefighter with {years} years on watch who stays level-headed and looks after the crew.', 'Fire officer who cares as much about prevention as about response.'],
  },
  retail: {
    titles: ['Area Manager', 'Store Manager', 'Assistant Store Manager', 'Department Supervisor', 'Sales Associate', 'Cashier'],
    labels: ['Store Manager', 'Retail Manager', 'Visual Merchandiser'],
    employers: 'retail',
    descriptions: ['Fashion retailer with 35 stores.', 'Hypermarket with 180 staff.'],
    bullets: [
      'Ran a store of 40 staff with annual sales of 6 million EUR.',
      'Grew like-for-like sales by 9% with a new layout and weekend events.',
      'Cut shrinkage from 2.1% to 1.2% with better stock checks and staff training.',
      'Hired and trained 25 sales associates a year.',
      'Planned rotas for three shifts within the wage budget.',
      'Handled customer complaints and kept review scores above 4.6.',
      'Set up click-and-collect in the store in six weeks.',
      'Won the region’s best store award two years running.',
    ],
    skills: [['Retail', ['Visual Merchandising', 'Stock Management', 'Loss Prevention', 'Staff Scheduling', 'Customer Service']], ['Systems', ['SAP Retail', 'Lightspeed', 'Shopify POS']]],
    degrees: [['Bachelor', 'Business Administration', ' of '], ['Diploma', 'Retail Management', ' in '], ['BA', 'Marketing and Retail', ' in '], ['High School Diploma', undefined, '']],
    certificates: [['Retail Management Certificate', 'Chamber of Commerce']],
    summaries: ['Store manager with {years} years in fashion and grocery retail who likes busy Saturdays and happy teams.', 'Retail leader who knows the shop floor and the numbers behind it.'],
  },
  carpentry: {
    titles: ['Site Foreman', 'Master Carpenter', 'Carpenter and Joiner', 'Carpenter', 'Apprentice Carpenter'],
    labels: ['Carpenter', 'Joiner', 'Cabinet Maker'],
    employers: 'builder',
    descriptions: ['Builder of timber-frame family houses.', 'Joinery workshop making kitchens and shopfittings.'],
    bullets: [
      'Built roofs, floors and stud walls for 12 timber-frame houses a year.',
      'Made and fitted custom kitchens and wardrobes from drawings.',
      'Restored the windows and doors of a listed 18th-century town house.',
      'Read architectural drawings and set out walls and openings on site.',
      'Ran a CNC router and kept the workshop’s tools sharp and safe.',
      'Supervised a crew of six carpenters and two apprentices.',
      'Priced small jobs and ordered timber and fixings.',
      'Kept a clean safety record over 2,000 days on site.',
    ],
    skills: [['Craft', ['Timber Framing', 'Joinery', 'Cabinet Making', 'Roofing', 'Finish Carpentry']], ['Tools', ['CNC Router', 'SketchUp', 'Laser Levels']]],
    degrees: [['Vocational Certificate', 'Carpentry', ' in '], ['Master Craftsman Certificate', 'Carpentry', ' in '], ['Technical Diploma', 'Wood Technology', ' in ']],
    certificates: [['Working at Height', 'Occupational Safety Institute'], ['Scaffold Inspection', 'Construction Training Board']],
    summaries: ['Carpenter with {years} years of framing and fine joinery who measures twice and leaves sites clean.', 'Joiner who enjoys hard details, good timber and teaching apprentices.'],
  },
  geology: {
    titles: ['Chief Geologist', 'Senior Geologist', 'Exploration Geologist', 'Geologist', 'Junior Geologist', 'Geology Intern'],
    labels: ['Exploration Geologist', 'Hydrogeologist', 'Mine Geologist'],
    employers: 'mining',
    descriptions: ['Copper and gold exploration in the northern belt.', 'Groundwater consultancy for municipalities.'],
    bullets: [
      'Logged 14,000 metres of drill core and supervised two drilling contractors.',
      'Built 3D geological models in Leapfrog for resource estimates.',
      'Mapped 60 km² of outcrop and collected 900 soil samples.',
      'Managed QA/QC of assay data to JORC standards.',
      'Ran pumping tests and modelled aquifers for three town water supplies.',
      'Wrote environmental baseline reports for permit applications.',
      'Led field camps of 12 people in remote areas without incident.',
      'Presented drill results to investors and the board.',
    ],
    skills: [['Geoscience', ['Core Logging', 'Geological Mapping', 'Resource Estimation', 'Hydrogeology', 'Geochemistry']], ['Software', ['Leapfrog Geo', 'ArcGIS', 'Micromine', 'MODFLOW']]],
    degrees: [['BSc', 'Geology', ' in '], ['MSc', 'Economic Geology', ' in '], ['MSc', 'Hydrogeology', ' in '], ['Bachelor of Engineering', 'Mining Geology', ' in ']],
    certificates: [['European Geologist', 'European Federation of Geologists']],
    summaries: ['Geologist with {years} years of exploration and groundwater work, happiest with a hammer and a good core shed.', 'Field geologist who turns rocks and drill holes into models people can trust.'],
  },
  fitness: {
    titles: ['Fitness Manager', 'Head Coach', 'Strength and Conditioning Coach', 'Personal Trainer', 'Fitness Instructor', 'Gym Receptionist'],
    labels: ['Personal Trainer', 'Strength Coach', 'Fitness Coach'],
    employers: 'gym',
    descriptions: ['Gym chain with 12 clubs.', 'Professional handball club.'],
    bullets: [
      'Coached 30 private clients a week on strength, mobility and weight loss.',
      'Taught 10 group classes a week, from spinning to kettlebells.',
      'Wrote season-long strength programmes for a first-division handball team.',
      'Cut soft-tissue injuries in the squad by a third with load monitoring.',
      'Grew personal training revenue at the club by 40% in a year.',
      'Ran rehab sessions with the physiotherapist after injuries.',
      'Trained and mentored five new instructors.',
      'Organised the club’s charity 24-hour rowing challenge.',
    ],
    skills: [['Coaching', ['Strength Training', 'Nutrition Coaching', 'Group Fitness', 'Injury Prevention', 'Mobility']], ['Tools', ['TrainHeroic', 'Catapult', 'Trainerize']]],
    degrees: [['BSc', 'Sport Science', ' in '], ['Bachelor', 'Physical Education', ' of '], ['MSc', 'Strength and Conditioning', ' in '], ['Diploma', 'Personal Training', ' in ']],
    certificates: [['Certified Strength and Conditioning Specialist', 'NSCA'], ['Personal Trainer Level 3', 'EuropeActive']],
    summaries: ['Coach with {years} years on the gym floor who makes training simple and keeps people coming back.', 'Strength coach who loves good technique, honest progress and early mornings.'],
  },
  photography: {
    titles: ['Photo Director', 'Senior Photographer', 'Staff Photographer', 'Photographer', 'Photo Assistant'],
    labels: ['Photographer', 'Commercial Photographer', 'Photojournalist'],
    employers: 'studio',
    descriptions: ['Commercial studio shooting food, products and interiors.', 'Regional news agency.'],
    bullets: [
      'Shot 40 product and food campaigns a year for retail and hotel clients.',
      'Covered news, sport and politics for a regional agency on daily deadlines.',
      'Ran the studio’s lighting and colour workflow from capture to print.',
      'Photographed 60 weddings with a second shooter and album design.',
      'Edited and archived 200,000 images with consistent metadata.',
      'Directed models, stylists and assistants on location shoots.',
      'Sold prints at two solo exhibitions.',
      'Taught evening courses in digital photography.',
    ],
    skills: [['Photography', ['Studio Lighting', 'Photojournalism', 'Product Photography', 'Colour Grading', 'Drone Photography']], ['Software', ['Adobe Lightroom', 'Capture One', 'Adobe Photoshop']]],
    degrees: [['BA', 'Photography', ' in '], ['Bachelor of Fine Arts', 'Visual Communication', ' in '], ['Diploma', 'Photographic Technology', ' in '], ['MA', 'Documentary Photography', ' in ']],
    certificates: [['Drone Pilot Certificate A2', 'Civil Aviation Agency']],
    summaries: ['Photographer with {years} years of commercial and news work who delivers on time and in focus.', 'Visual storyteller at home in the studio and on the street.'],
  },
  procurement: {
    titles: ['Procurement Director', 'Procurement Manager', 'Senior Buyer', 'Buyer', 'Purchasing Assistant', 'Procurement Intern'],
    labels: ['Procurement Manager', 'Strategic Buyer', 'Category Manager'],
    employers: 'manufacturer',
    descriptions: ['Automotive parts supplier with three plants.', 'Public hospital network purchasing office.'],
    bullets: [
      'Managed annual spend of 45 million EUR across metals, plastics and packaging.',
      'Ran 20 tenders a year under public procurement law.',
      'Cut packaging costs by 11% by consolidating suppliers.',
      'Qualified new suppliers in Asia with on-site audits.',
      'Negotiated three-year frame contracts with index-linked prices.',
      'Built a supplier risk dashboard after the 2021 chip shortage.',
      'Kept on-time delivery above 97% with weekly supplier reviews.',
      'Moved purchase orders to SAP Ariba for 300 suppliers.',
    ],
    skills: [['Procurement', ['Strategic Sourcing', 'Contract Negotiation', 'Supplier Audits', 'Public Tenders', 'Category Management']], ['Systems', ['SAP Ariba', 'Coupa', 'SAP MM']]],
    degrees: [['BA', 'Economics', ' in '], ['MSc', 'Purchasing and Supply Management', ' in '], ['Bachelor of Engineering', 'Industrial Management', ' in '], ['MBA', undefined, '']],
    certificates: [['MCIPS', 'Chartered Institute of Procurement & Supply']],
    summaries: ['Buyer with {years} years in manufacturing and public procurement who gets good prices and keeps good suppliers.', 'Procurement lead who likes a tough negotiation and a clean audit.'],
  },
  speechtherapy: {
    titles: ['Lead Speech and Language Therapist', 'Senior Speech Therapist', 'Speech and Language Therapist', 'Speech Therapist', 'Communication Support Worker'],
    labels: ['Speech and Language Therapist', 'Speech-Language Pathologist', 'Paediatric Speech Therapist'],
    employers: 'clinic',
    descriptions: ['Hospital stroke unit and outpatient clinic.', 'Early intervention service for children under five.'],
    bullets: [
      'Assessed and treated 20 children a week for speech sound and language delays.',
      'Ran swallowing assessments on the stroke unit, including videofluoroscopy.',
      'Set up a parent coaching programme for late talkers.',
      'Fitted and trained clients on communication aids.',
      'Worked with teachers to write support plans for 45 pupils.',
      'Ran aphasia groups for adults after stroke.',
      'Supervised final-year students on clinical placement.',
      'Cut waiting times for first appointments from 20 weeks to eight.',
    ],
    skills: [['Clinical', ['Dysphagia Management', 'Aphasia Therapy', 'Augmentative Communication', 'Stuttering Therapy', 'Language Assessment']], ['Approaches', ['Hanen', 'PROMPT', 'Lidcombe Program']]],
    degrees: [['BSc', 'Speech and Language Therapy', ' in '], ['MSc', 'Speech-Language Pathology', ' in '], ['Bachelor', 'Logopedics', ' of '], ['MA', 'Clinical Linguistics', ' in ']],
    certificates: [['Hanen It Takes Two to Talk', 'The Hanen Centre']],
    summaries: ['Speech and language therapist with {years} years of paediatric and adult work who makes therapy fun and practical.', 'Therapist who helps people of every age find their words again.'],
  },
  midwifery: {
    titles: ['Head of Midwifery', 'Senior Midwife', 'Community Midwife', 'Midwife', 'Maternity Care Assistant', 'Student Midwife'],
    labels: ['Registered Midwife', 'Community Midwife', 'Labour Ward Coordinator'],
    employers: 'maternity',
    descriptions: ['Maternity unit with 3,000 births a year.', 'Midwife-led birth centre.'],
    bullets: [
      'Supported about 150 births a year on the labour ward and in the birth centre.',
      'Ran antenatal clinics and home visits for 80 women at a time.',
      'Coordinated the labour ward on night shifts with 12 staff.',
      'Taught antenatal classes in two languages.',
      'Led the unit’s breastfeeding initiative to Baby Friendly accreditation.',
      'Trained staff in obstetric emergencies with monthly drills.',
      'Mentored eight student midwives.',
      'Audited postpartum haemorrhage cases and updated the guideline.',
    ],
    skills: [['Clinical', ['Antenatal Care', 'Intrapartum Care', 'Neonatal Resuscitation', 'Breastfeeding Support', 'Water Birth']], ['Systems', ['BadgerNet', 'Cerner']]],
    degrees: [['BSc', 'Midwifery', ' in '], ['Bachelor of Midwifery', undefined, ''], ['MSc', 'Advanced Midwifery Practice', ' in '], ['Diploma', 'Nursing and Midwifery', ' in ']],
    certificates: [['Neonatal Life Support', 'European Resuscitation Council'], ['PROMPT Obstetric Emergencies', 'PROMPT Maternity Foundation']],
    summaries: ['Midwife with {years} years on labour wards and in the community, calm in a crisis and kind always.', 'Midwife who believes every birth deserves respect and good evidence.'],
  },
  welding: {
    titles: ['Welding Supervisor', 'Welding Inspector', 'Senior Welder', 'Welder-Fabricator', 'Welder', 'Welding Apprentice'],
    labels: ['Certified Welder', 'Pipe Welder', 'Welding Inspector'],
    employers: 'fabrication',
    descriptions: ['Shipyard building ferries and tugs.', 'Steel fabrication shop for bridges and industrial buildings.'],
    bullets: [
      'Welded pressure pipe in carbon and stainless steel with TIG and MMA to ISO 9606.',
      'Fabricated steel frames for bridges from shop drawings.',
      'Passed 100% of radiographic tests on hull seams over two years.',
      'Inspected welds visually and with dye penetrant before client sign-off.',
      'Wrote welding procedure specifications with the welding engineer.',
      'Trained four apprentices in MIG and flux-cored welding.',
      'Worked on offshore shutdowns in 12-hour shifts.',
      'Kept the welding bay’s gas, fume extraction and equipment checks up to date.',
    ],
    skills: [['Welding', ['TIG Welding', 'MIG Welding', 'Stick Welding', 'Pipe Welding', 'Blueprint Reading']], ['Quality', ['Visual Inspection', 'Dye Penetrant Testing', 'ISO 3834']]],
    degrees: [['Vocational Certificate', 'Welding', ' in '], ['Technical Diploma', 'Metal Fabrication', ' in '], ['International Welding Inspector', undefined, '']],
    certificates: [['ISO 9606-1 Welder Qualification', 'TÜV'], ['CSWIP 3.1 Welding Inspector', 'TWI']],
    summaries: ['Welder with {years} years in shipyards and steel shops whose seams pass the X-ray.', 'Fabricator who reads drawings well and keeps a tidy, safe bay.'],
  },
  maritime: {
    titles: ['Master Mariner', 'Chief Mate', 'Second Mate', 'Third Mate', 'Deck Cadet'],
    labels: ['Deck Officer', 'Chief Officer', 'Navigation Officer'],
    employers: 'shipping',
    descriptions: ['Container feeder line in the Mediterranean and Black Sea.', 'Ro-ro passenger ferries on a daily route.'],
    bullets: [
      'Kept the navigational watch on 9,000 TEU container ships on Asia–Europe routes.',
      'Planned passages and corrected charts and publications.',
      'Supervised cargo operations and stability for ro-ro ferries.',
      'Ran safety drills and kept lifesaving equipment ready for inspection.',
      'Led a deck crew of 12 through dry-dock maintenance.',
      'Passed three port state control inspections without deficiencies.',
      'Handled ballast water records and environmental reporting.',
      'Trained deck cadets on ECDIS and bridge procedures.',
    ],
    skills: [['Navigation', ['Passage Planning', 'ECDIS', 'Radar Navigation', 'Cargo Operations', 'Ship Stability']], ['Safety', ['ISM Code', 'Firefighting at Sea', 'Survival Craft']]],
    degrees: [['BSc', 'Nautical Science', ' in '], ['Bachelor', 'Maritime Transport', ' of '], ['Diploma', 'Navigation', ' in '], ['MSc', 'Maritime Affairs', ' in ']],
    certificates: [['STCW Certificate of Competency II/2', 'Maritime Administration'], ['GMDSS General Operator', 'Maritime Administration']],
    summaries: ['Deck officer with {years} years at sea on container ships and ferries, safety first and calm on the bridge.', 'Mariner who likes a good passage plan and a happy crew.'],
  },
  radiography: {
    titles: ['Radiology Services Manager', 'Lead Radiographer', 'Senior Radiographer', 'Diagnostic Radiographer', 'Radiology Assistant'],
    labels: ['Diagnostic Radiographer', 'MRI Radiographer', 'CT Radiographer'],
    employers: 'hospital',
    descriptions: ['Imaging department of a 700-bed teaching hospital.', 'Private diagnostic imaging centre.'],
    bullets: [
      'Performed 50 X-ray, CT and fluoroscopy examinations a shift.',
      'Scanned MRI lists including cardiac and paediatric patients.',
      'Cut repeat X-rays by a quarter with a positioning audit.',
      'Worked on-call for trauma CT at the regional major trauma centre.',
      'Trained new radiographers on the department’s dose protocols.',
      'Helped install and commission a new 3T MRI scanner.',
      'Kept radiation protection records for the department.',
      'Cannulated patients for contrast studies under a group protocol.',
    ],
    skills: [['Imaging', ['Computed Tomography', 'MRI', 'Fluoroscopy', 'Mammography', 'Radiation Protection']], ['Systems', ['Siemens syngo', 'GE Centricity PACS', 'Sectra']]],
    degrees: [['BSc', 'Diagnostic Radiography', ' in '], ['BSc', 'Medical Imaging', ' in '], ['MSc', 'Medical Imaging', ' in '], ['Diploma', 'Radiologic Technology', ' in ']],
    certificates: [['MRI Safety Officer', 'MR Safety Society'], ['Immediate Life Support', 'European Resuscitation Council']],
    summaries: ['Radiographer with {years} years in busy hospital imaging who is gentle with patients and sharp with protocols.', 'Imaging professional who moved from X-ray to MRI and loves the physics.'],
  },
};
const OCCUPATION_ORDER = Object.keys(OCCUPATIONS);

/** Where a career changer came from: an earlier occupation (from this set) per new one. */
const CHANGED_FROM = {
  dietetics: 'retail', agronomy: 'geology', psychology: 'retail', firefighting: 'carpentry', retail: 'photography', carpentry: 'fitness', geology: 'agronomy',
  fitness: 'firefighting', photography: 'procurement', procurement: 'retail', speechtherapy: 'psychology', midwifery: 'radiography', welding: 'maritime',
  maritime: 'welding', radiography: 'fitness',
};

/** Levels people write next to a language. */
const NATIVE_WORDS = ['Native', 'Mother tongue', 'Native language', 'Bilingual'];
const FLUENCIES = ['Fluent', 'C1', 'B2', 'Advanced', 'Intermediate', 'Basic', 'Full professional proficiency', 'Limited working proficiency', 'A2'];
const OTHER_LANGUAGES = ['French', 'German', 'Spanish', 'Italian', 'Russian', 'Dutch', 'Japanese'];

/** Honours or grade lines some people write under a degree (JSON Resume `score`, not scored). */
const SCORES = ['GPA 3.8/4.0', 'Summa cum laude', 'Grade 18/20', 'Average 9.2/10', 'Honours', 'Thesis grade: excellent', 'IPK 3.71 / 4.00', 'Magna cum laude'];

/**
 * Date styles, one per person (truth dates are YYYY-MM unless the style writes years only):
 * `monShort` Mar 2019 – Present · `fullMonth` March 2019 – June 2021 · `slash` 03/2019 – 06/2021 ·
 * `yearDotMonth` 2019.03 – 2021.06 · `yearsOnly` 2019 – 2021 · `monDot` Mar. 2019 – Jun. 2021 ·
 * `monShortHyphen` Mar 2019 - Jun 2021 (plain hyphen)
 */
export const DATE_STYLES = ['monShort', 'fullMonth', 'slash', 'yearDotMonth', 'yearsOnly', 'monDot', 'monShortHyphen'];
/** Words for an ongoing job, per date style. */
const PRESENT_WORDS = {
  monShort: ['Present', 'Current'], fullMonth: ['Present', 'to date'], slash: ['present', 'Present'], yearDotMonth: ['present', 'ongoing'],
  yearsOnly: ['Present', 'today'], monDot: ['Present', 'Now'], monShortHyphen: ['Present', 'Current'],
};
/** How a school's years are written: `range` 2012 – 2016 · `slashRange` 2012/2016 · `endOnly` 2016 alone · `classOf` Class of 2016 · `hyphen` 2012-2016. */
const SCHOOL_DATE_STYLES = ['range', 'slashRange', 'endOnly', 'range', 'classOf', 'hyphen'];
/** How a place is written: `cityRegion` Braga, Minho · `cityCountry` Braga, Portugal · `city` · `cityCode` Braga, PT. */
const LOCATION_STYLES = ['cityCountry', 'cityRegion', 'city', 'cityCode', 'cityCountry'];

/**
 * Career stages, one per person, in a fixed rotation: how many jobs, whether the first (latest) is the
 * most junior title, a break between jobs, an earlier career in another occupation.
 */
const STAGES = ['student', 'mid', 'senior', 'changer', 'early', 'gap', 'mid', 'senior', 'returner', 'mid'];

const ascii = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').replace(/ı/g, 'i').replace(/[^A-Za-z]/g, '').toLowerCase();

export function locationText([city, region], localeName, style) {
  const { country, countryCode } = LOCALES[localeName];
  switch (style) {
    case 'cityRegion': return city === region ? `${city}, ${country}` : `${city}, ${region}`;
    case 'cityCountry': return `${city}, ${country}`;
    case 'cityCode': return `${city}, ${countryCode}`;
    default: return city;
  }
}

/** Employers by kind: real-sounding local names, written by hand (faker's local company names read oddly). */
function employer(faker, kind, [city], last) {
  const pick = (options) => faker.helpers.arrayElement(options);
  switch (kind) {
    case 'nutrition': return pick([`${city} University Hospital`, `${city} Diabetes Centre`, `${last} Nutrition Clinic`, `NutriVita ${city}`]);
    case 'farm': return pick([`${city} Agricultural Cooperative`, `${last} Farms`, 'Corteva Agriscience', `AgroPlus ${city}`, `${last} Seeds`]);
    case 'clinic': return pick([`${city} Community Mental Health Centre`, `${city} University Hospital`, `${last} Therapy Practice`, `${city} Children’s Clinic`, `Mind & Speech Centre ${city}`]);
    case 'fire': return pick([`${city} Fire and Rescue Service`, `${city} Airport Fire Service`, `${city} Volunteer Fire Brigade`]);
    case 'retail': return pick(['Zara', 'Decathlon', 'Lidl', `${last} Department Store`, 'IKEA', `${city} Mall Stores`, 'H&M']);
    case 'builder': return pick([`${last} Timber Homes`, `${last} Joinery`, `${city} Restoration Works`, `${last} & Sons Builders`, `Nordwood ${city}`]);
    case 'mining': return pick([`${last} Exploration`, 'Rio Tinto', `${city} Groundwater Consultants`, `Aurora Copper ${city}`, `${last} Geoservices`]);
    case 'gym': return pick([`${city} Fitness Club`, 'Fitness Park', `${last} Strength Studio`, `${city} Handball Club`, 'Anytime Fitness']);
    case 'studio': return pick([`${last} Studio`, `${city} Press Agency`, `Studio Lumen ${city}`, 'Freelance', `${last} Photography`]);
    case 'manufacturer': return pick([`${last} Automotive Parts`, `${city} Hospital Procurement Office`, 'Schaeffler', `${last} Packaging`, 'Continental']);
    case 'maternity': return pick([`${city} Maternity Hospital`, `${city} General Hospital`, `${last} Birth Centre`, `${city} Women’s Clinic`]);
    case 'fabrication': return pick([`${city} Shipyard`, `${last} Steel Structures`, `${last} Metalworks`, 'Bureau Veritas', `${city} Offshore Services`]);
    case 'shipping': return pick(['MSC Mediterranean Shipping Company', 'Maersk Line', 'CMA CGM', `${city} Ferries`, `${last} Shipping`]);
    case 'hospital': return pick([`${city} University Hospital`, `${city} Clinical Centre`, `${last} Diagnostic Imaging`, `${city} Regional Hospital`]);
    default: return `${last} Group`;
  }
}

const SCHOOLS = {
  pt_PT: { vocational: ['Escola Profissional de Aveiro', 'IEFP Training Centre'], university: ['University of Coimbra', 'University of Lisbon', 'University of Minho', 'University of Aveiro', 'NOVA University Lisbon'] },
  ro: { vocational: ['Colegiul Tehnic Cluj', 'Liceul Tehnologic Timișoara'], university: ['Babeș-Bolyai University', 'West University of Timișoara', 'Alexandru Ioan Cuza University', 'Transilvania University of Brașov', 'University of Bucharest'] },
  hu: { vocational: ['Debreceni Szakképzési Centrum', 'Győri Műszaki Szakképzési Centrum'], university: ['University of Debrecen', 'University of Szeged', 'University of Pécs', 'Eötvös Loránd University', 'Budapest University of Technology and Economics'] },
  tr: { vocational: ['İzmir Vocational School', 'Bursa Technical Vocational High School'], university: ['Ege University', 'Middle East Technical University', 'Boğaziçi University', 'Anadolu University', 'Dokuz Eylül University'] },
  vi: { vocational: ['Da Nang Vocational College', 'Hai Phong College of Technology'], university: ['Vietnam National University, Hanoi', 'University of Da Nang', 'Hue University', 'Can Tho University', 'Ho Chi Minh City University of Technology'] },
  id_ID: { vocational: ['Politeknik Negeri Bandung', 'SMK Negeri 1 Surabaya'], university: ['Universitas Gadjah Mada', 'Institut Teknologi Bandung', 'Universitas Airlangga', 'Universitas Indonesia', 'Universitas Diponegoro'] },
  hr: { vocational: ['Tehnička škola Rijeka', 'Obrtnička škola Split'], university: ['University of Zagreb', 'University of Split', 'University of Rijeka', 'Josip Juraj Strossmayer University of Osijek', 'University of Zadar'] },
  es_MX: { vocational: ['CONALEP Jalisco', 'CECATI 12'], university: ['Universidad de Guadalajara', 'Tecnológico de Monterrey', 'UNAM', 'Universidad Autónoma de Yucatán', 'BUAP'] },
  lv: { vocational: ['Riga State Technical School', 'Liepāja State Technical School'], university: ['University of Latvia', 'Riga Technical University', 'Latvia University of Life Sciences and Technologies', 'Rīga Stradiņš University', 'Daugavpils University'] },
  sl_SI: { vocational: ['Šolski center Celje', 'Srednja tehniška šola Koper'], university: ['University of Ljubljana', 'University of Maribor', 'University of Primorska', 'University of Nova Gorica'] },
};

/**
 * Fictional telephone numbers. None of these ten countries' regulators publishes a range for drama,
 * so every number takes its country's national shape with a made-up `555` middle; they were not
 * checked against live allocations.
 */
function phone(faker, localeName) {
  const d = (count) => faker.string.numeric({ length: count, allowLeadingZeros: true });
  const shapes = {
    pt_PT: () => [`+351 912 555 0${d(2)}`, `912 555 0${d(2)}`, `(+351) 935 550 1${d(2)}`],
    ro: () => [`+40 722 555 0${d(2)}`, `0722 555 0${d(2)}`, `+40 (0)744 555 0${d(2)}`],
    hu: () => [`+36 30 555 01${d(2)}`, `06 30 555 01${d(2)}`, `+36-20-555-01${d(2)}`],
    tr: () => [`+90 532 555 01 ${d(2)}`, `0532 555 01 ${d(2)}`, `+90 (532) 555 01${d(2)}`],
    vi: () => [`+84 90 555 01${d(2)}`, `090 555 01${d(2)}`, `(+84) 912 555 0${d(2)}`],
    id_ID: () => [`+62 812-5550-01${d(2)}`, `0812 5550 01${d(2)}`, `+62 811 555 01${d(2)}`],
    hr: () => [`+385 91 555 01${d(2)}`, `091 555 01${d(2)}`, `+385 (0)98 555 0${d(3)}`],
    es_MX: () => [`+52 33 5550 01${d(2)}`, `(81) 5550 01${d(2)}`, `+52 1 222 555 01${d(2)}`],
    lv: () => [`+371 2555 01${d(2)}`, `2555 01${d(2)}`, `+371 25 550 1${d(2)}`],
    sl_SI: () => [`+386 41 555 0${d(2)}`, `041 555 0${d(2)}`, `+386 (0)31 555 0${d(2)}`],
  };
  return faker.helpers.arrayElement(shapes[localeName]());
}

/** What this set draws its people from (scripts/lib/resume-corpus-people.mjs). */
const SET = {
  occupations: OCCUPATIONS, changedFrom: CHANGED_FROM, schools: SCHOOLS, scores: SCORES, employer, locationText,
  locales: LOCALES, localeOrder: LOCALE_ORDER, cities: CITIES, occupationOrder: OCCUPATION_ORDER, stages: STAGES, dateStyles: DATE_STYLES, presentWords: PRESENT_WORDS,
  schoolDateStyles: SCHOOL_DATE_STYLES, locationStyles: LOCATION_STYLES, nativeWords: NATIVE_WORDS, fluencies: FLUENCIES, otherLanguages: OTHER_LANGUAGES,
  seedFor, phone, ascii,
  // Vietnamese people write the family name first, in English too.
  nameOf: (first, last, localeName) => (localeName === 'vi' ? `${last} ${first}` : `${first} ${last}`),
  linksOf(faker, { occupationName, first, last, f, l }) {
    const extraProfiles = [];
    if (occupationName === 'photography') extraProfiles.push({ network: 'Instagram', username: `${f}.${l}.photo`, url: `https://www.instagram.com/${f}.${l}.photo` });
    if (occupationName === 'geology' && faker.datatype.boolean()) extraProfiles.push({ network: 'ResearchGate', username: `${first.split(' ')[0]}-${last.split(' ')[0]}`.replace(/\s/g, ''), url: `https://www.researchgate.net/profile/${ascii(first.split(' ')[0])}-${l}` });
    const url = occupationName === 'photography' || faker.datatype.boolean(0.15) ? `https://${f}${l}.example.com` : undefined;
    return { extraProfiles, url };
  },
  localeTag: (localeName) => localeName.replace('_', '').toLowerCase(),
};

/** The 30 people of the fourth held-back set, in a fixed order. */
export function buildHoldout4Content(count = 30) {
  return Array.from({ length: count }, (_, index) => drawPerson(SET, index));
}
