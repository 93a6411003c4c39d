// The content of the fourteenth held-back résumé test set (test/fixtures/resume-corpus-holdout14/, issue #10
// §2): 30 fictional people, each written out by hand one by one (no generator, no faker): 22 who write in
// English, two each from eleven countries and territories no earlier set has (Gibraltar, the Isle of Man,
// Jersey, the Turks and Caicos Islands, the British Virgin Islands, Guam, the Cook Islands, Tuvalu, the
// Falkland Islands, Myanmar, Kazakhstan), and 8 Koreans who write in Korean. Thirty occupations none of the
// earlier sets uses. Every person's dates, degree lines and school years are written as that person writes
// them (`shown` strings), next to the truth the scoring reads. A date the person gives as a year or a season
// alone is a year in the truth.
//
// Written on 2026-12-01 by an engineer who does not tune the parser and never reads its output on this set.
// Nothing here was adjusted after seeing a parse.
//
// A person: `job(title, employer, place, start, end, shown, bullets)` — `end` null for a job that goes on,
// `shown` the dates as the person writes them; `school(institution, studyType, area, start, end, shownDegree,
// shownYears)`; skills as [[group, [...]]] (or `flat: true` when the person writes one list); languages as
// [[language, fluency]]; certificates as [[name, issuer, date]]; volunteer and seasonal work is a job like
// any other. `subject` (the e-mail subject line the person wrote when sending the résumé, printed only by the
// mail-print layout, not scored) is the person's too.

import { handWrittenEntry } from './lib/resume-corpus-build.mjs';

const job = (position, name, location, startDate, endDate, shown, highlights) => ({ position, name, location, startDate, endDate, shown, highlights });
const school = (institution, studyType, area, startDate, endDate, degreeText, shown) => ({ institution, studyType, area, startDate, endDate, degreeText, shown });

/** The people, in the order of their ids. */
const PEOPLE = [
  // ---------------------------------------------------------------- Gibraltar
  {
    id: '01-bunkering-kieran-bossino', lang: 'en', countryCode: 'GI',
    name: 'Kieran Bossino', label: 'Bunkering Operations Supervisor', email: 'kieran.bossino@example.com', phone: '+350 5555 0412',
    city: 'Gibraltar', home: 'South District, Gibraltar', subject: 'CV – Bunkering Operations Supervisor vacancy',
    summary: 'Fourteen years on bunker barges in the Bay of Gibraltar, the last eight running the night shift. I plan deliveries to up to thirty ships a day at anchor and alongside, and I have never had a reportable spill.',
    work: [
      job('Operations Supervisor', 'Gibraltar Bunker Services Ltd', 'Western Anchorage', '2018-03', null, 'Mar 2018 – present', [
        'Schedule 25–30 barge deliveries a day for three barges and the night crews.',
        'Wrote the mass-flow-meter delivery checklist now used on every barge.',
      ]),
      job('Barge Mate', 'Gibraltar Bunker Services Ltd', null, '2012-06', '2018-02', 'Jun 2012 – Feb 2018', [
        'Hose connections, sampling and soundings for ship-to-ship transfers of VLSFO and MGO.',
      ]),
      job('Deckhand', 'Seagull Towage (Gibraltar)', 'North Mole', '2009', '2012', '2009 – 2012', []),
    ],
    education: [
      school('Gibraltar College', 'BTEC National Diploma', 'Engineering', '2007', '2009', 'BTEC National Diploma in Engineering', '2007–09'),
    ],
    skills: [['Operations', ['Bunker Delivery Notes', 'Mass Flow Meters', 'Ship-to-Ship Transfer', 'Oil Spill Response']], ['Tools', ['Excel', 'Marine VHF', 'MARPOL Annex VI']]],
    languages: [['English', 'Native'], ['Spanish', 'Fluent']],
    certificates: [['STCW Advanced Fire Fighting', 'Gibraltar Maritime Administration', '2016']],
  },
  {
    id: '02-gamingcompliance-marisa-linares', lang: 'en', countryCode: 'GI',
    name: 'Marisa Linares-Netto', label: 'AML and Safer Gambling Manager', email: 'marisa.linaresnetto@example.org', phone: '+350 5555 8127',
    city: 'Gibraltar', home: 'Westside, Gibraltar', subject: 'Application: Head of Compliance (ref. GC-114)',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/marisa-linares-netto']],
    summary: 'Compliance manager at a licensed online gaming operator. I own the AML risk assessment, the safer-gambling interaction rules and our reporting to the Gambling Division.',
    employerFirst: true,
    work: [
      job('Compliance Manager (AML & Safer Gambling)', 'Rock Digital Gaming Ltd', 'Europort', '2021-04', null, 'April 2021 – present', [
        'Lead a team of six analysts reviewing 1,800 source-of-funds cases a month.',
        'Rebuilt the affordability triggers; interactions with at-risk players up 40 %.',
      ]),
      job('Compliance Analyst', 'Rock Digital Gaming Ltd', 'Europort', '2017-09', '2021-03', 'September 2017 – March 2021', []),
      job('Customer Support Agent', 'Straits Interactive Ltd', 'Ocean Village', '2015-01', '2017-08', 'January 2015 – August 2017', []),
    ],
    education: [
      school('University of Kent', 'Bachelor of Laws', 'Law', '2011', '2014', 'LLB (Hons) Law, 2:1', '2011 – 2014'),
    ],
    skills: [['Compliance', ['AML Risk Assessment', 'Source of Funds', 'Safer Gambling', 'Suspicious Activity Reports']], ['Systems', ['Salesforce', 'Power BI']]],
    languages: [['English', 'Native'], ['Spanish', 'Native'], ['Italian', 'Basic']],
    certificates: [['International Diploma in Governance, Risk and Compliance', 'International Compliance Association', '2019']],
  },
  // ---------------------------------------------------------------- Isle of Man
  {
    id: '03-smokehouse-ewan-quayle', lang: 'en', countryCode: 'IM',
    name: 'Ewan Quayle', label: 'Smokehouse Manager', email: 'e.quayle@example.net', phone: '+44 7624 555318',
    city: 'Peel', home: 'Mill Road, Peel', subject: 'Smokehouse manager — my CV',
    summary: 'I cure and smoke Manx kippers and queenies the old way, over oak chips in brick kilns, and run a smokehouse of nine people.',
    flat: true,
    work: [
      job('Smokehouse Manager', 'Peel Kipper Curers Ltd', 'Peel', '2016', null, '2016 - present', [
        'Up to 4 tonnes of herring a week through the kilns in the summer season.',
        'Took the smokehouse through its first BRCGS audit (grade A, 2022).',
      ]),
      job('Fish Processor', 'Peel Kipper Curers Ltd', 'Peel', '2009', '2016', '2009 - 2016', []),
      job('Deckhand', 'Manx Queenie Fishing Co.', 'Port St Mary', '2005', '2009', '2005 - 2009', []),
    ],
    education: [
      school('Queen Elizabeth II High School', 'GCSEs', null, '2000', '2005', 'GCSEs (8)', '2000 - 2005'),
    ],
    skills: [['All', ['Cold Smoking', 'Kipper Splitting', 'HACCP', 'BRCGS', 'Kiln Maintenance', 'Forklift']]],
    languages: [['English', 'Native'], ['Manx Gaelic', 'Basic']],
  },
  {
    id: '04-shipregistry-catriona-kermode', lang: 'en', countryCode: 'IM',
    name: 'Catriona Kermode', label: 'Senior Registry Officer, Ship and Yacht Registration', email: 'catriona.kermode@example.com', phone: '+44 7624 555906',
    city: 'Onchan', home: 'Governor\'s Hill, Onchan', subject: 'Registry Manager application – Catriona Kermode',
    summary: 'Twelve years at a flag State registry: registering ships and superyachts, recording mortgages and checking crew certificates against STCW.',
    work: [
      job('Senior Registry Officer', 'Isle of Man Ship Registry', 'Douglas', '2019-01', null, '01/2019 – present', [
        'Register around 60 ships and yachts a year and record their mortgages.',
        'Trained four new officers on the registry\'s case system.',
      ]),
      job('Registry Officer', 'Isle of Man Ship Registry', 'Douglas', '2014-06', '2018-12', '06/2014 – 12/2018', []),
      job('Administrative Assistant', 'Isle of Man Steam Packet Company', 'Douglas Sea Terminal', '2010-09', '2014-05', '09/2010 – 05/2014', []),
    ],
    education: [
      school('Liverpool John Moores University', 'Bachelor of Arts', 'Maritime Business and Management', '2007', '2010', 'BA (Hons) Maritime Business & Management', '2007 – 2010'),
    ],
    skills: [['Registry', ['Ship Registration', 'Mortgage Recording', 'STCW Endorsements', 'MLC 2006']], ['Office', ['Dynamics 365', 'Excel']]],
    languages: [['English', 'Native'], ['French', 'Intermediate']],
    certificates: [['Certificate in Shipping Law', 'Lloyd\'s Maritime Academy', '2017']],
  },
  // ---------------------------------------------------------------- Jersey
  {
    id: '05-dairyherd-tom-lecornu', lang: 'en', countryCode: 'JE',
    name: 'Tom Le Cornu', label: 'Dairy Herd Manager', email: 'tom.lecornu@example.net', phone: '+44 7797 555241',
    city: 'St Ouen', home: 'Les Landes, St Ouen', subject: 'Herd manager post',
    summary: 'Herd manager for 180 pedigree Jersey cows. Breeding, calving, milking routine and grass, with a robot parlour since 2021.',
    work: [
      job('Herd Manager', 'La Hougue Farm', 'St Ouen', '2017-09', null, 'Sep 2017 - Present', [
        'Calving interval down from 410 to 385 days with sexed semen and heat collars.',
        'Commissioned two milking robots in 2021 and moved the herd onto them in six weeks.',
      ]),
      job('Relief Milker', 'Jersey Dairy', 'Howard Davis Farm, Trinity', '2012-04', '2017-08', 'Apr 2012 - Aug 2017', []),
    ],
    education: [
      school('Harper Adams University', 'Foundation Degree (FdSc)', 'Agriculture with Livestock', '2009', '2012', 'FdSc Agriculture (Livestock)', '2009-12'),
    ],
    skills: [['Herd', ['Breeding Programmes', 'Calving', 'Robotic Milking', 'Grassland Management']], ['Other', ['Uniform-Agri', 'Tractor Driving']]],
    languages: [['English', 'Native'], ['Jèrriais', 'Basic']],
  },
  {
    id: '06-potatofarming-sofia-rodrigues', lang: 'en', countryCode: 'JE',
    name: 'Sofia Rodrigues', label: 'Farm Operations Manager – Jersey Royals', email: 'sofia.rodrigues@example.com', phone: '+44 7700 555873',
    city: 'Grouville', home: 'Gorey Village, Grouville', subject: 'Farm operations manager',
    summary: 'From picking côtils to running them: I plan planting, harvest and packing of Jersey Royal potatoes on 300 vergées and look after 45 seasonal workers, most of them from Madeira like me.',
    educationFirst: true,
    work: [
      job('Farm Operations Manager', 'Le Maistre Royals Ltd', 'Grouville and St Clement', '2020-03', null, 'March 2020 – present', [
        'Plan planting from January and harvest on 300 vergées, about 2,400 tonnes a season.',
        'Housing, rotas and right-to-work checks for 45 seasonal workers.',
      ]),
      job('Packhouse Supervisor', 'Le Maistre Royals Ltd', 'Grouville', '2014', '2019', 'Seasons 2014 – 2019', []),
      job('Field Worker', 'Vinchelez Farms', 'St Ouen', '2011', '2013', 'Spring 2011 – Summer 2013', []),
    ],
    education: [
      school('Highlands College', 'Level 3 Extended Diploma', 'Agriculture', '2016', '2018', 'Level 3 Extended Diploma in Agriculture (part-time)', '2016 – 2018'),
      school('Escola Secundária Francisco Franco', 'Secondary School Certificate', null, '2005', '2008', 'Ensino Secundário (12.º ano)', '2005 – 2008'),
    ],
    skills: [['Farming', ['Crop Planning', 'Harvest Logistics', 'Grading Lines', 'Red Tractor']], ['People', ['Seasonal Recruitment', 'Rota Planning']]],
    languages: [['Portuguese', 'Native'], ['English', 'Fluent'], ['French', 'Basic']],
  },
  // ---------------------------------------------------------------- Turks and Caicos Islands
  {
    id: '07-villaconcierge-dahlia-forbes', lang: 'en', countryCode: 'TC',
    name: 'Dahlia Forbes', label: 'Villa Concierge Manager', email: 'dahlia.forbes@example.org', phone: '+1 649 555 0146',
    city: 'Providenciales', home: 'Leeward, Providenciales', subject: 'Guest Experience Manager – Dahlia Forbes CV',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/dahliaforbes-tci']],
    summary: 'I look after guests in 38 luxury villas from the airport pickup to the last boat trip: chefs, yachts, spa and every request in between.',
    work: [
      job('Concierge Manager', 'Grace Bay Villa Collection', 'Providenciales', '2019-11', null, 'Nov. 2019 – present', [
        'Run a desk of five concierges for 38 villas; 4.9 average guest review.',
        'Built the preferred-vendor list of 60 chefs, captains and therapists.',
      ]),
      job('Guest Services Agent', 'Beaches Turks & Caicos', 'Grace Bay', '2014-06', '2019-10', 'Jun. 2014 – Oct. 2019', []),
    ],
    education: [
      school('Turks and Caicos Islands Community College', 'Associate Degree', 'Hospitality and Tourism Management', '2011', '2013', 'A.A.S. Hospitality & Tourism Mgmt.', '2011–2013'),
    ],
    skills: [['Guest service', ['Concierge', 'VIP Arrivals', 'Complaint Handling', 'Vendor Management']], ['Systems', ['Guesty', 'Opera PMS']]],
    languages: [['English', 'Native'], ['Haitian Creole', 'Conversational']],
  },
  {
    id: '08-kitesurfing-jerome-gardiner', lang: 'en', countryCode: 'TC',
    name: 'Jerome Gardiner', label: 'Senior Kitesurf Instructor', email: 'jerome.gardiner@example.com', phone: '+1 649 555 0187',
    city: 'Cockburn Town', home: 'Back Salina, Cockburn Town, Grand Turk', subject: 'Kite instructor CV',
    profiles: [['Instagram', 'https://www.instagram.com/jerome_kites_tci']],
    summary: 'IKO Level 2 instructor with eight seasons teaching beginners to riders on Long Bay\'s flat shallow water.',
    flat: true,
    work: [
      job('Senior Instructor', 'Long Bay Kite School', 'Long Bay Beach, Providenciales', '2021', null, '2021 – now', [
        'Teach 300+ students a season; train and assess new instructors.',
      ]),
      job('Instructor', 'Long Bay Kite School', 'Long Bay Beach, Providenciales', '2017', '2020', '2017 – 2020', []),
      job('Dive Shop Assistant', 'Grand Turk Divers', 'Cockburn Town', '2014', '2016', '2014 – 2016', []),
    ],
    education: [
      school('H. J. Robinson High School', 'High School Diploma', null, '2009', '2014', 'High School Diploma', '2009 – 2014'),
    ],
    skills: [['All', ['Kitesurf Instruction', 'Rescue Boat Handling', 'Equipment Repair', 'Weather Reading', 'First Aid']]],
    languages: [['English', 'Native']],
    certificates: [['IKO Instructor Level 2', 'International Kiteboarding Organization', '2021'], ['Emergency First Response', 'EFR', '2022']],
  },
  // ---------------------------------------------------------------- British Virgin Islands
  {
    id: '09-yachtchef-annalise-penn', lang: 'en', countryCode: 'VG',
    name: 'Annalise Penn', label: 'Charter Yacht Chef', email: 'annalise.penn@example.net', phone: '+1 284 555 0163',
    city: 'Road Town', home: 'Sea Cows Bay, Road Town, Tortola', subject: 'Chef for the 2027 season',
    profiles: [['Instagram', 'https://www.instagram.com/chef_annalise_bvi']],
    summary: 'Chef and first mate on crewed catamarans: three meals a day for up to ten guests from a galley two metres long, provisioned in Road Town.',
    work: [
      job('Chef / First Mate', 'The Moorings', 'Road Town base', '2018-11', null, 'Nov 2018 – Present (charter seasons)', [
        'Cook for 20 week-long charters a season; menus for vegan, kosher and allergy guests.',
        'Tender driving, anchoring and snorkel briefings as first mate.',
      ]),
      job('Line Cook', 'Peter Island Resort', 'Peter Island', '2015-02', '2018-10', 'Feb 2015 – Oct 2018', []),
    ],
    education: [
      school('H. Lavity Stoutt Community College', 'Associate Degree', 'Culinary Arts', '2012', '2014', 'Associate in Applied Science – Culinary Arts', '2012-2014'),
    ],
    skills: [['Kitchen', ['Menu Planning', 'Provisioning', 'Caribbean Cuisine', 'Pastry']], ['On board', ['Tender Driving', 'Anchoring']]],
    languages: [['English', 'Native'], ['Spanish', 'Basic']],
    certificates: [['STCW Basic Safety Training', 'BVI Shipping Registry', '2018'], ['Food Safety Level 2', 'Highfield', '2017']],
  },
  {
    id: '10-companyformation-desmond-malone', lang: 'en', countryCode: 'VG',
    name: 'Desmond Malone', label: 'Senior Corporate Services Officer', email: 'desmond.malone@example.com', phone: '+1 284 555 0129',
    city: 'East End', home: 'Long Look, East End, Tortola', subject: 'Corporate Services – Desmond Malone',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/desmond-malone-bvi']],
    summary: 'Corporate services officer at a licensed registered agent. I incorporate and maintain BVI business companies, run annual economic-substance filings and know the Registry of Corporate Affairs inside out.',
    work: [
      job('Senior Corporate Services Officer', 'Tortola Corporate Agents Ltd.', 'Road Town', '2020-01', null, '01.2020 – present', [
        'Portfolio of 650 BVI companies: incorporations, changes, strike-offs and restorations.',
        'Economic-substance and beneficial-ownership filings, 100 % on time since 2021.',
      ]),
      job('Corporate Services Officer', 'Tortola Corporate Agents Ltd.', 'Road Town', '2016-03', '2019-12', '03.2016 – 12.2019', []),
      job('Bank Teller', 'First Caribbean Savings Bank', 'Road Town', '2012-07', '2016-02', '07.2012 – 02.2016', []),
    ],
    education: [
      school('University of the Virgin Islands', 'Bachelor of Business Administration', 'Accounting', '2008', '2012', 'BBA, Accounting', '2008 – 2012'),
    ],
    skills: [['Corporate services', ['Company Incorporation', 'VIRRGIN Filings', 'Economic Substance', 'KYC Reviews']], ['Office', ['ViewPoint', 'Excel']]],
    languages: [['English', 'Native']],
    certificates: [['ICA Certificate in Anti Money Laundering', 'International Compliance Association', '2019']],
  },
  // ---------------------------------------------------------------- Guam
  {
    id: '11-respiratorytherapy-lourdes-quinata', lang: 'en', countryCode: 'GU',
    name: 'Lourdes Quinata', label: 'Registered Respiratory Therapist', email: 'lourdes.quinata@example.org', phone: '+1 671 555 0114',
    city: 'Mangilao', home: 'Pagat, Mangilao', subject: 'RRT position – application',
    summary: 'Respiratory therapist for ten years in adult and neonatal intensive care. Ventilator management, ABGs and pulmonary rehab; I precept new graduates.',
    work: [
      job('Registered Respiratory Therapist', 'Guam Memorial Hospital Authority', 'Tamuning', '2019-08', null, 'Aug 2019 - now', [
        'Manage up to 12 ventilated patients a shift in the ICU and NICU.',
        'Lead the ventilator-associated pneumonia bundle audit (rate down a third).',
      ]),
      job('Respiratory Therapy Technician', 'Guam Regional Medical City', 'Dededo', '2016-01', '2019-07', 'Jan 2016 - Jul 2019', []),
    ],
    education: [
      school('Weber State University', 'Bachelor of Science', 'Respiratory Therapy', '2012', '2015', 'B.S. in Respiratory Therapy', '2012–2015'),
    ],
    skills: [['Clinical', ['Mechanical Ventilation', 'Arterial Blood Gases', 'Neonatal Resuscitation', 'Pulmonary Rehabilitation']], ['Systems', ['Cerner', 'Hamilton C6']]],
    languages: [['English', 'Native'], ['Chamorro', 'Conversational']],
    certificates: [['Registered Respiratory Therapist (RRT)', 'NBRC', '2016'], ['Neonatal Resuscitation Program', 'American Academy of Pediatrics', '2023']],
  },
  {
    id: '12-nightaudit-ryan-delossantos', lang: 'en', countryCode: 'GU',
    name: 'Ryan delos Santos', label: 'Night Audit Supervisor', email: 'ryan.delossantos@example.com', phone: '+1 671 555 0172',
    city: 'Tamuning', home: 'Tumon, Tamuning', subject: 'Night Auditor / Night Manager',
    summary: 'Hotel night auditor turned supervisor. I close the day for a 420-room resort, balance every outlet and keep the front desk safe after midnight.',
    work: [
      job('Night Audit Supervisor', 'Tumon Bay Grand Hotel', 'Tumon', '2020-07', null, 'July 2020 – Present', [
        'Close the business day for 420 rooms and six outlets; variance under $50 a month.',
      ]),
      job('Night Auditor', 'Tumon Bay Grand Hotel', 'Tumon', '2018-03', '2020-06', 'March 2018 – June 2020', []),
      job('Front Desk Agent', 'Pacific Star Inn', 'Tamuning', '2015-06', '2018-02', 'June 2015 – February 2018', []),
    ],
    education: [
      school('University of Guam', 'Bachelor of Business Administration', 'Accounting', '2011', '2015', 'BBA – Accounting', '2011 - 2015'),
    ],
    skills: [['Hotel', ['Night Audit', 'Opera PMS', 'Cash Reconciliation', 'Credit Limits']], ['Other', ['Excel', 'Guest Relations']]],
    languages: [['English', 'Native'], ['Tagalog', 'Fluent'], ['Japanese', 'Basic']],
  },
  // ---------------------------------------------------------------- Cook Islands
  {
    id: '13-pearlfarming-teina-marsters', lang: 'en', countryCode: 'CK',
    name: 'Teina Marsters', label: 'Pearl Farm Manager', email: 'teina.marsters@example.net', phone: '+682 55 517',
    city: 'Tauhunu', home: 'Tauhunu, Manihiki', subject: 'Pearl farm manager (Teina Marsters)',
    summary: 'I have farmed black pearls in Manihiki lagoon since I left school: spat collecting, lines, cleaning and harvest, and for ten years running a farm of 12,000 shells.',
    work: [
      job('Farm Manager', 'Manihiki Pearls Ltd', 'Manihiki lagoon', '2015', null, '2015 – present', [
        'Run 12,000 oysters on 40 lines with a crew of four.',
        'Grading and sale of about 3,000 pearls a year to Rarotonga buyers.',
      ]),
      job('Farm Hand', 'Ministry of Marine Resources', 'Manihiki', '2009', '2014', '2009 – 2014', []),
    ],
    education: [
      school('Tereora College', 'NCEA Level 2', null, '2003', '2007', 'NCEA Level 2', '2003-2007'),
    ],
    skills: [['Pearl farming', ['Spat Collection', 'Oyster Seeding Support', 'Line Maintenance', 'Pearl Grading']], ['Sea', ['Free Diving', 'Outboard Boats']]],
    languages: [['Cook Islands Māori', 'Native'], ['English', 'Fluent']],
  },
  {
    id: '14-radioannouncing-ngaire-tupa', lang: 'en', countryCode: 'CK',
    name: 'Ngaire Tupa', label: 'Radio Announcer and Producer', email: 'ngaire.tupa@example.org', phone: '+682 55 832',
    city: 'Avarua', home: 'Tupapa, Avarua, Rarotonga', subject: 'Presenter role – showreel and CV',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/ngairetupa']],
    summary: 'Breakfast host, newsreader and producer in English and Māori. I keep the islands informed in cyclones and entertained the rest of the year.',
    work: [
      job('Breakfast Show Host', 'Radio Cook Islands', 'Avarua', '2019-02', null, 'Feb. 2019 – present', [
        'Host the weekday breakfast show, 6–9 am, in English and Cook Islands Māori.',
        'Ran the station\'s live cyclone coverage during Cyclone Josie.',
      ]),
      job('Producer', 'Radio Cook Islands', 'Avarua', '2016-05', '2019-01', 'May 2016 – Jan. 2019', []),
      job('Reporter', 'Cook Islands News', 'Avarua', '2013', '2016', '2013 – 2016', []),
    ],
    education: [
      school('Unitec Institute of Technology', 'Bachelor of Communication', 'Radio', '2010', '2012', 'Bachelor of Communication (Radio)', '2010 – 2012'),
    ],
    skills: [['Broadcast', ['Live Presenting', 'Newsreading', 'Interviewing', 'Audio Editing']], ['Tools', ['Adobe Audition', 'Zetta', 'Social Media']]],
    languages: [['English', 'Native'], ['Cook Islands Māori', 'Native']],
  },
  // ---------------------------------------------------------------- Tuvalu
  {
    id: '15-satellitetelecom-simeona-paeniu', lang: 'en', countryCode: 'TV',
    name: 'Simeona Paeniu', label: 'Satellite Ground Station Technician', email: 'simeona.paeniu@example.com', phone: '+688 90 5551',
    city: 'Funafuti', home: 'Vaiaku, Funafuti', subject: 'Technician vacancy — Simeona Paeniu',
    summary: 'Technician at the national earth station. I keep the VSAT links to the outer islands and the international capacity running, often with spare parts two ships away.',
    work: [
      job('Senior Technician', 'Tuvalu Telecommunications Corporation', 'Funafuti earth station', '2017', null, '2017 – Present', [
        'Maintain the 7.3 m earth station and nine outer-island VSAT terminals.',
        'Moved the outer islands to the new LEO service in 2024 with the vendor\'s engineers.',
      ]),
      job('Technician', 'Tuvalu Telecommunications Corporation', 'Funafuti', '2011', '2016', '2011 – 2016', []),
    ],
    education: [
      school('Fiji Institute of Technology', 'Diploma', 'Electronics Engineering', '2008', '2010', 'Diploma in Electronics Engineering (Telecomms)', '2008 – 2010'),
      school('Motufoua Secondary School', 'Form 7 Certificate', null, '2003', '2007', 'Form 7 Certificate', '2003 – 2007'),
    ],
    skills: [['Telecoms', ['VSAT', 'RF Measurements', 'Earth Station Maintenance', 'Fibre Splicing']], ['Other', ['Solar Power Systems', 'Generator Maintenance']]],
    languages: [['Tuvaluan', 'Native'], ['English', 'Fluent']],
  },
  {
    id: '16-outboardmechanic-tavita-falani', lang: 'en', countryCode: 'TV',
    name: 'Tavita Falani', label: 'Outboard Motor Mechanic', email: 'tavita.falani@example.net', phone: '+688 90 5583',
    city: 'Vaitupu', home: 'Asau village, Vaitupu', subject: 'Mechanic',
    summary: 'Marine mechanic for the island council. I service and rebuild the outboards the fishermen, the council boats and the school depend on.',
    educationFirst: true, flat: true,
    work: [
      job('Marine Mechanic', 'Vaitupu Kaupule', 'Vaitupu workshop', '2018-06', null, 'June 2018 – ongoing', [
        'Service about 70 outboards a year, 15 to 60 hp.',
        'Keep a parts store so a boat is back on the water in days, not months.',
      ]),
      job('Mechanic', 'Funafuti Marine Engines', 'Funafuti', '2013-01', '2018-05', 'Jan 2013 – May 2018', []),
    ],
    education: [
      school('Tuvalu Maritime Training Institute', 'Certificate', 'Marine Engine Maintenance', '2010', '2011', 'Certificate in Marine Engine Maintenance', '2010 – 11'),
    ],
    skills: [['All', ['Outboard Servicing', 'Two-Stroke Rebuilds', 'Yamaha Outboards', 'Welding', 'Parts Ordering']]],
    languages: [['Tuvaluan', 'Native'], ['English', 'Good']],
  },
  // ---------------------------------------------------------------- Falkland Islands
  {
    id: '17-sheepshearing-callum-short', lang: 'en', countryCode: 'FK',
    name: 'Callum Short', label: 'Shearing Contractor and Farm Hand', email: 'callum.short@example.com', phone: '+500 55 512',
    city: 'Goose Green', home: 'Goose Green, East Falkland', subject: 'Farm manager job',
    summary: 'Shearer since I was 17 and shepherd on a 90,000-acre camp farm. I run my own gang in the season and do fencing, gathering and lambing the rest of the year.',
    work: [
      job('Shearing Contractor (self-employed)', 'Short Shearing', 'Camp farms, East and West Falkland', '2016-10', null, 'Oct 2016 – present (Oct – Mar seasons)', [
        'Gang of five shearing about 30,000 sheep a season for eleven farms.',
      ]),
      job('Shepherd', 'Falkland Landholdings', 'Goose Green', '2010-04', '2016-09', 'Apr 2010 – Sep 2016', [
        'Gathering on horseback and motorbike, lambing, fencing and dipping.',
      ]),
      job('Shed Hand', 'Waitaki Shearing Gang', 'Otago, New Zealand', '2008', '2010', 'Summers 2008 – 2010', []),
    ],
    education: [
      school('Falkland Islands Community School', 'GCSEs', null, '2003', '2008', 'GCSEs', '2003 – 2008'),
    ],
    skills: [['Farm', ['Machine Shearing', 'Wool Handling', 'Lambing', 'Fencing', 'Dog Handling']], ['Machinery', ['Quad Bikes', 'Tractors']]],
    languages: [['English', 'Native']],
  },
  {
    id: '18-plantoperator-leanne-mcphee', lang: 'en', countryCode: 'FK',
    name: 'Leanne McPhee', label: 'Heavy Plant Operator', email: 'leanne.mcphee@example.org', phone: '+500 55 781',
    city: 'Stanley', home: 'Ross Road West, Stanley', subject: 'Plant operator / CV attached',
    summary: 'Excavator and dumper operator on the islands\' road and quarry works. Safe, tidy and happy to be sent out to camp for weeks.',
    work: [
      job('Plant Operator', 'Falkland Islands Government Public Works Department', 'Mount Pleasant road and Stanley quarry', '2015-03', null, 'Mar. 2015 – present', [
        'Excavator and articulated dumper on the Darwin road upgrade, 2019–2023.',
        'Quarry loading and crusher feed at Stanley quarry.',
      ]),
      job('Fuel Tanker Driver', 'Stanley Fuel Services', 'Stanley', '2011-09', '2015-02', 'Sept. 2011 – Feb. 2015', []),
    ],
    education: [
      school('Peter Symonds College', 'A Levels', null, '2009', '2011', 'A Levels: Geography, Maths, Design & Technology', '2009-2011'),
    ],
    skills: [['Plant', ['360 Excavator', 'Articulated Dumper', 'Wheel Loader', 'Crusher Feed']], ['Safety', ['Banksman', 'Pre-use Checks']]],
    languages: [['English', 'Native'], ['Spanish', 'Basic']],
    certificates: [['CPCS A59 360 Excavator', 'CITB', '2016'], ['CPCS A56 Dumper', 'CITB', '2015']],
  },
  // ---------------------------------------------------------------- Myanmar
  {
    id: '19-timbergrading-kyaw-zinhtet', lang: 'en', countryCode: 'MM',
    name: 'Kyaw Zin Htet', label: 'Senior Teak Log Grader', email: 'kyawzinhtet@example.com', phone: '+95 9 555 214 367',
    city: 'Taungoo', home: 'Ward 6, Taungoo', subject: 'Application for Timber Grader',
    summary: 'Forester and log grader for fourteen years. I grade teak and hardwood logs for export and domestic sale and train the depot\'s junior graders.',
    work: [
      job('Senior Log Grader', 'Myanma Timber Enterprise', 'Taungoo Timber Depot', '2016-11', null, '11/2016 - present', [
        'Grade 6,000 teak logs a year by girth, length and defects.',
        'Trained 14 junior graders on the revised grading rules.',
      ]),
      job('Log Grader', 'Myanma Timber Enterprise', 'Ahlone Log Yard, Yangon', '2011-06', '2016-10', '06/2011 - 10/2016', []),
    ],
    education: [
      school('University of Forestry and Environmental Science, Yezin', 'Bachelor of Science', 'Forestry', '2006', '2011', 'B.Sc. (Forestry)', '2006-2011'),
    ],
    skills: [['Timber', ['Teak Grading', 'Log Measurement', 'Defect Assessment', 'Chain of Custody']], ['Office', ['Excel', 'Report Writing']]],
    languages: [['Burmese', 'Native'], ['English', 'Intermediate']],
  },
  {
    id: '20-airticketing-hnin-waiphyo', lang: 'en', countryCode: 'MM',
    name: 'Hnin Wai Phyo', label: 'Air Ticketing and Reservations Supervisor', email: 'hninwaiphyo@example.net', phone: '+95 9 555 830 172',
    city: 'Mandalay', home: 'Chanayethazan Township, Mandalay', subject: 'Ticketing Supervisor – Hnin Wai Phyo',
    summary: 'Ticketing supervisor with ten years in airline reservations and travel agencies. Fast on Amadeus, careful with fares and refunds.',
    employerFirst: true,
    work: [
      job('Ticketing Supervisor', 'Golden Swan Travels & Tours', 'Mandalay', '2020-01', null, 'Jan 2020 – Present', [
        'Supervise four ticketing agents; 9,000 tickets a year, domestic and regional.',
        'Handle group bookings and refunds for pilgrim tours to Bodh Gaya.',
      ]),
      job('Reservations Agent', 'Air KBZ', 'Mandalay International Airport', '2016-09', '2019-12', 'Sept 2016 – Dec 2019', []),
    ],
    education: [
      school('Mandalay University of Foreign Languages', 'Bachelor of Arts', 'English', '2011', '2015', 'B.A. (English)', '2011 – 2015'),
    ],
    skills: [['Ticketing', ['Amadeus', 'Sabre', 'Fare Calculation', 'Refunds and Reissues']], ['Other', ['Customer Service', 'Microsoft Office']]],
    languages: [['Burmese', 'Native'], ['English', 'Fluent'], ['Chinese', 'Basic']],
    certificates: [['IATA Foundation in Travel and Tourism', 'IATA', '2016']],
  },
  // ---------------------------------------------------------------- Kazakhstan
  {
    id: '21-grainelevator-serik-nurmagambetov', lang: 'en', countryCode: 'KZ',
    name: 'Serik Nurmagambetov', label: 'Grain Elevator Manager', email: 'serik.nurmagambetov@example.com', phone: '+7 701 555 2318',
    city: 'Kostanay', home: 'Kostanay', subject: 'Grain terminal manager – CV',
    summary: 'I manage a 90,000-tonne grain elevator: intake, drying, storage and loading of wheat and barley onto rail for export.',
    work: [
      job('Elevator Manager', 'Kostanay Grain Terminal LLP', 'Kostanay', '2019', null, 'since 2019', [
        'Intake of 120,000 tonnes in a harvest; loading 40 hopper wagons a day.',
        'Cut drying gas use by 15 % with new moisture sensors.',
      ]),
      job('Shift Supervisor, Grain Intake', 'Food Contract Corporation', 'Rudny', '2012', '2018', '2012 – 2018', []),
    ],
    education: [
      school('Kostanay State University', 'Bachelor', 'Technology of Grain Storage and Processing', '2007', '2011', 'Bachelor of Engineering and Technology, Grain Storage and Processing', '2007–2011'),
    ],
    skills: [['Elevator', ['Grain Drying', 'Storage Hygiene', 'Rail Loading', 'Quality Sampling']], ['Systems', ['1C', 'Excel']]],
    languages: [['Kazakh', 'Native'], ['Russian', 'Native'], ['English', 'Intermediate']],
  },
  {
    id: '22-skatingcoach-alina-zhaksylykova', lang: 'en', countryCode: 'KZ',
    name: 'Alina Zhaksylykova', label: 'Figure Skating Coach', email: 'alina.zhaksylykova@example.org', phone: '+7 707 555 6409',
    city: 'Almaty', home: 'Medeu District, Almaty', subject: 'Head coach position',
    profiles: [['Instagram', 'https://www.instagram.com/alina_skatecoach']],
    summary: 'Former show skater, coach since 2014. I coach a junior group of 24 from first steps to national championships.',
    work: [
      job('Head Coach, Junior Group', 'Almaty Ice Skating Academy', 'Almaty', '2018-09', null, 'Sep 2018 – present', [
        'Three skaters placed at the Kazakhstan junior championships in 2025.',
        'Plan on-ice, off-ice and choreography for a group of 24.',
      ]),
      job('Coach', 'Halyk Arena', 'Almaty', '2014-09', '2018-08', 'Sep 2014 – Aug 2018', []),
      job('Show Skater', 'Holiday on Ice', 'European tours', '2011', '2014', '2011 – 2014', []),
    ],
    education: [
      school('Kazakh Academy of Sport and Tourism', 'Bachelor', 'Physical Culture and Sport', '2007', '2011', 'Bachelor in Physical Culture and Sport (Coaching)', '2007 - 2011'),
    ],
    skills: [['Coaching', ['Jump Technique', 'Choreography', 'Off-Ice Training', 'ISU Judging System']], ['Other', ['Video Analysis']]],
    languages: [['Kazakh', 'Native'], ['Russian', 'Native'], ['English', 'Good']],
  },
  // ---------------------------------------------------------------- Koreans
  {
    id: '23-parceldelivery-dohyun-kim', lang: 'ko', countryCode: 'KR',
    name: '김도현', label: '택배 배송기사', email: 'dohyun.kim@example.kr', phone: '010-5552-7741',
    city: '광주시', region: '오포읍', home: '경기 광주시 오포읍', subject: '택배 배송기사 지원합니다 (김도현)',
    summary: '택배 배송 7년차입니다. 하루 250~300개를 사고 없이 배송하고, 고객 문의에는 당일 안에 답합니다.',
    work: [
      job('배송기사 (개인사업자)', '한빛택배 오포대리점', '오포읍·신현리', '2019-04', null, '2019.04 - 현재', [
        '일 평균 280개 배송, 배송 완료율 99.6%',
        '아파트 단지 야간 배송 동선 개선으로 배송 시간 1시간 단축',
      ]),
      job('상하차', '(주)경기물류', '이천 물류센터', '2016-03', '2019-02', '2016.03 - 2019.02', []),
    ],
    education: [
      school('오포고등학교', '고등학교 졸업', null, '2010-03', '2013-02', '졸업', '2010.03 - 2013.02'),
    ],
    skills: [['배송', ['배송 동선 계획', '1톤 탑차 운전', '배송 앱 사용']], ['기타', ['고객 응대', '분류 작업']]],
    languages: [['영어', '기초']],
    certificates: [['1종 보통 운전면허', '경찰청', '2013-08'], ['화물운송종사자격', '한국교통안전공단', '2019-03']],
  },
  {
    id: '24-forklift-sungmin-park', lang: 'ko', countryCode: 'KR',
    name: '박성민', label: '지게차 운전원', email: 'sungmin.park@example.com', phone: '010-5554-1963',
    city: '칠곡군', region: '왜관읍', home: '경북 칠곡군 왜관읍', subject: '지게차 운전원 지원 - 박성민',
    summary: '물류센터 지게차 운전 6년, 무사고입니다. 상차·하차, 랙 적재, 재고 실사를 맡고 있습니다.',
    work: [
      job('지게차 운전원', '(주)왜관물류', '왜관 산업단지', '2020-07', null, '2020년 7월 ~ 현재', [
        '하루 40~50대 화물차 상하차, 6년 무사고',
        '랙 위치 재배치 제안으로 피킹 동선 20% 단축',
      ]),
      job('생산직 사원', '(주)구미전자부품', '구미 3공단', '2015-03', '2020-06', '2015년 3월 ~ 2020년 6월', []),
    ],
    education: [
      school('경북과학대학교', '전문학사', '자동차과', '2011-03', '2015-02', '전문학사', '2011년 3월 ~ 2015년 2월 (군 복무 포함)'),
    ],
    skills: [['운전', ['지게차 운전', '랙 적재', '상하차']], ['기타', ['WMS 사용', '재고 실사']]],
    languages: [['영어', '기초']],
    certificates: [['지게차운전기능사', '한국산업인력공단', '2015-05']],
  },
  {
    id: '25-wallpapering-misook-jung', lang: 'ko', countryCode: 'KR',
    name: '정미숙', label: '도배사 (팀장)', email: 'misook.jung@example.net', phone: '010-5558-3306',
    city: '정읍시', region: '수성동', home: '전북 정읍시 수성동', subject: '도배 팀장 지원서',
    summary: '사무직으로 일하다 마흔에 도배를 배웠습니다. 지금은 4명 팀을 이끌며 아파트 입주 도배와 리모델링 현장을 맡고 있습니다. 2009년부터 2013년까지는 육아로 쉬었습니다.',
    work: [
      job('팀장', '미숙인테리어 도배팀', '정읍·익산 아파트 현장', '2017-09', null, "'17.09 ~ 현재", [
        '연 150세대 신축 아파트 입주 도배 (실크·합지)',
        '하자 접수율 2% 미만 유지',
      ]),
      job('도배 보조', '(주)한솔도배', '전주', '2014-03', '2017-08', "'14.03 ~ '17.08", []),
      job('사무원', '정읍농협', '정읍', '2001-03', '2008-12', "'01.03 ~ '08.12", []),
    ],
    education: [
      school('원광보건대학교', '전문학사', '사무행정과', '1999-03', '2001-02', '전문학사', "'99.03 ~ '01.02"),
    ],
    skills: [['도배', ['실크 벽지 시공', '합지 시공', '초배 작업', '하자 보수']], ['기타', ['견적 작성', '자재 발주']]],
    languages: [['영어', '기초']],
    certificates: [['도배기능사', '한국산업인력공단', '2014-06']],
  },
  {
    id: '26-hanbok-jisoo-han', lang: 'ko', countryCode: 'KR',
    name: '한지수', label: '한복 디자이너', email: 'jisoo.han@example.co.kr', phone: '010-5556-5528',
    city: '완주군', region: '삼례읍', home: '전북 완주군 삼례읍', subject: '한복 디자이너 한지수 포트폴리오와 이력서',
    profiles: [['Instagram', 'https://www.instagram.com/jisoo_hanbok']],
    summary: '맞춤 한복과 생활한복을 디자인합니다. 서울 한복집에서 5년 일한 뒤 전주 한옥마을에 제 가게를 열었습니다.',
    work: [
      job('대표 · 디자이너', '지수한복', '전주 한옥마을', '2021-05', null, '2021.05 ~ 현재', [
        '맞춤 혼례 한복 연 80벌 제작',
        '생활한복 라인 출시 (2023), 온라인 판매 월 120벌',
      ]),
      job('한복 디자이너', '(주)예단한복', '서울 종로구', '2016-03', '2021-04', '2016.03 ~ 2021.04', []),
    ],
    education: [
      school('배화여자대학교', '전문학사', '전통의상과', '2012-03', '2014-02', '전문학사', '2012.03 ~ 2014.02'),
    ],
    skills: [['디자인', ['맞춤 한복 디자인', '패턴 제작', '원단 선택']], ['운영', ['스마트스토어 운영', '인스타그램 홍보']]],
    languages: [['영어', '일상 회화'], ['일본어', 'JLPT N2']],
  },
  {
    id: '27-hospitalcoordinator-seyoung-oh', lang: 'ko', countryCode: 'KR',
    name: '오세영', label: '병원 코디네이터 · 상담실장', email: 'seyoung.oh@example.com', phone: '010-5553-9142',
    city: '진천군', region: '진천읍', home: '충북 진천군 진천읍 (혁신도시 근처)', subject: '상담실장 지원합니다',
    summary: '안과·척추병원에서 9년째 환자 상담과 수술 예약을 맡고 있습니다. 상담 후 수술 결정률을 꾸준히 높여 왔습니다.',
    work: [
      job('상담실장', '맑은눈안과의원', '청주 복대동', '2021-03', null, "'21.03 ~ 현재", [
        '시력교정술 상담 월 150건, 수술 결정률 38% → 51%',
        '상담 매뉴얼과 신규 코디 교육 담당',
      ]),
      job('병원 코디네이터', '바른척추병원', '청주 상당구', '2017-02', '2021-02', "'17.02 ~ '21.02", []),
    ],
    education: [
      school('충북보건과학대학교', '전문학사', '병원행정과', '2014-03', '2017-02', '전문학사', '2014.3 ~ 2017.2'),
    ],
    skills: [['상담', ['수술 상담', '예약 관리', '보험 청구 안내']], ['전산', ['EMR', 'Excel']]],
    languages: [['영어', 'TOEIC 690']],
    certificates: [['병원코디네이터', '한국병원경영연구원', '2017-01'], ['병원행정사', '한국보건행정협회', '2016-12']],
  },
  {
    id: '28-strawberryfarming-junho-lee', lang: 'ko', countryCode: 'KR',
    name: '이준호', label: '딸기 스마트팜 대표', email: 'junho.lee@example.kr', phone: '010-5557-2280',
    city: '산청군', region: '단성면', home: '경남 산청군 단성면', subject: '이준호 이력서 (스마트팜 운영)',
    summary: '비료 회사 영업사원으로 일하다 고향에 내려와 딸기 스마트팜을 운영한 지 9년입니다. 고설 재배 하우스 6동을 직접 관리합니다.',
    educationFirst: true,
    work: [
      job('대표', '준호네딸기농장', '산청 단성면', '2018', null, '2018 ~ 현재', [
        '고설 재배 하우스 6동, 연 생산 24톤',
        '체험농장 운영으로 연 3,000명 방문',
      ]),
      job('영업사원', '(주)농우비료', '진주', '2012', '2017', '2012 ~ 2017', []),
    ],
    education: [
      school('경남과학기술대학교', '학사', '원예학과', '2005-03', '2012-02', '학사', '2005.03 ~ 2012.02 (군 복무 포함)'),
    ],
    skills: [['재배', ['딸기 고설 재배', '양액 관리', '스마트팜 환경 제어']], ['판매', ['직거래', '체험농장 운영']]],
    languages: [['영어', '기초']],
    certificates: [['유기농업기능사', '한국산업인력공단', '2017-11']],
  },
  {
    id: '29-taxfiling-eunjung-shin', lang: 'ko', countryCode: 'KR',
    name: '신은정', label: '세무사무소 사무장', email: 'eunjung.shin@example.net', phone: '010-5551-4497',
    city: '홍천군', region: '홍천읍', home: '강원 홍천군 홍천읍', subject: '[지원] 세무 사무장 신은정',
    summary: '세무사무소에서 13년간 기장과 신고 업무를 해 왔습니다. 지금은 사무장으로 직원 5명과 거래처 180곳을 관리합니다.',
    work: [
      job('사무장', '홍천세무회계사무소', '홍천읍', '2019-03', null, '2019년 3월 ~ 현재', [
        '거래처 180곳 기장·부가세·종합소득세 신고 총괄',
        '신고 누락 0건 (2020~2025)',
      ]),
      job('세무 사원', '강원세무법인', '춘천', '2013-02', '2019-02', '2013년 2월 ~ 2019년 2월', []),
    ],
    education: [
      school('상지대학교', '학사', '경영학과', '2009-03', '2013-02', '학사', '2009년 3월 ~ 2013년 2월'),
    ],
    skills: [['세무', ['기장', '부가가치세 신고', '종합소득세 신고', '원천세']], ['전산', ['더존 Smart A', '홈택스', 'Excel']]],
    languages: [['영어', 'TOEIC 715']],
    certificates: [['전산세무 1급', '한국세무사회', '2014-08'], ['세무회계 2급', '한국세무사회', '2012-12']],
  },
  {
    id: '30-bookediting-taehyun-moon', lang: 'ko', countryCode: 'KR',
    name: '문태현', label: '단행본 편집자', email: 'taehyun.moon@example.co.kr', phone: '010-5559-6614',
    city: '양주시', region: '옥정동', home: '경기 양주시 옥정동 (옥정신도시)', subject: '편집팀장 지원 - 문태현',
    summary: '인문·교양서 편집 12년차입니다. 기획부터 교정, 제작, 마케팅 협업까지 70권을 만들었고 그중 세 권이 중쇄 10쇄를 넘었습니다.',
    work: [
      job('편집팀장', '(주)들녘책방', '파주출판도시', '2020-01', null, '2020.1 ~ 현재', [
        '연 12권 기획·편집, 편집자 3명 관리',
        '《느린 마을의 역사》 10쇄, 5만 부',
      ]),
      job('편집자', '도서출판 새벽강', '서울 마포구', '2014-07', '2019-12', '2014.7 ~ 2019.12', []),
    ],
    education: [
      school('한국외국어대학교', '학사', '국어국문학과', '2007-03', '2014-02', '학사', '2007.3 ~ 2014.2 (군 복무 포함)'),
    ],
    skills: [['편집', ['기획', '교정·교열', '제작 관리']], ['도구', ['InDesign', '한글', 'Excel']]],
    languages: [['영어', 'TOEIC 880'], ['중국어', '기초']],
  },
];

/** The first `count` people of the set, as { id, resume, presentation } (with the details only some layouts print). */
export function buildHoldout14Content(count = PEOPLE.length) {
  return PEOPLE.slice(0, count).map((person) => {
    const entry = handWrittenEntry(person);
    return { ...entry, presentation: { ...entry.presentation, subject: person.subject } };
  });
}
