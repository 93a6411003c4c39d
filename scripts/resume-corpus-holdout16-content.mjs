// The content of the sixteenth held-back résumé test set (test/fixtures/resume-corpus-holdout16/, issue #10
// §2): 30 fictional people, each written out by hand one by one (no generator, no faker): 22 who write in
// English, two each from eleven countries and territories no earlier set has (the Faroe Islands,
// Liechtenstein, Monaco, Aruba, Curaçao, Puerto Rico, Montserrat, American Samoa, Uruguay, Costa Rica,
// Andorra), and 8 Koreans who write in Korean. Thirty occupations none of the earlier sets uses. Every
// person's dates, degree lines and school years are written as that person writes them (`shown` strings),
// next to the truth the scoring reads. A date the person gives as a year or a season alone is a year in the
// truth.
//
// Written on 2026-12-02 by an engineer who does not tune the parser and never reads its output on this set.
// Nothing here was adjusted after seeing a parse.
//
// A person: `job(title, employer, place, start, end, shown, bullets)` — `end` null for a job that goes on,
// `shown` the dates as the person writes them; `school(institution, studyType, area, start, end, shownDegree,
// shownYears)`; skills as [[group, [...]]] (or `flat: true` when the person writes one list); languages as
// [[language, fluency]]; certificates as [[name, issuer, date]].

import { handWrittenEntry } from './lib/resume-corpus-build.mjs';

const job = (position, name, location, startDate, endDate, shown, highlights) => ({ position, name, location, startDate, endDate, shown, highlights });
const school = (institution, studyType, area, startDate, endDate, degreeText, shown) => ({ institution, studyType, area, startDate, endDate, degreeText, shown });

/** The people, in the order of their ids. */
const PEOPLE = [
  // ---------------------------------------------------------------- Faroe Islands
  {
    id: '01-salmonhusbandry-jogvan-joensen', lang: 'en', countryCode: 'FO',
    name: 'Jógvan Joensen', label: 'Salmon Farm Site Manager', email: 'jogvan.joensen@example.com', phone: '+298 55 2817',
    city: 'Klaksvík', home: 'Biskupsstøðgøta, Klaksvík',
    summary: 'Site manager on a sea farm with twelve pens and 1.9 million fish. Fifteen years on the water, from feeding barge to running the site, with fish welfare and lice counts as the daily work.',
    work: [
      job('Site Manager', 'Norðoya Laksur P/F', 'Árnafjørður', '2019-04', null, 'April 2019 – present', [
        'Twelve pens, a feed barge and a crew of seven; survival 94 % in the last generation.',
        'Brought in lice skirts and cleaner fish, cutting treatments from six a year to two.',
      ]),
      job('Feeding Technician', 'Norðoya Laksur P/F', 'Árnafjørður', '2014-06', '2019-03', 'June 2014 – March 2019', []),
      job('Deckhand', 'Sjóborgin Sp/f', 'Klaksvík', '2010-05', '2014-05', 'May 2010 – May 2014', [
        'Pen maintenance, net changes and well-boat loading.',
      ]),
    ],
    education: [
      school('Fiskivinnuskúlin í Vestmanna', 'Certificate', 'Aquaculture', '2012', '2013', 'Certificate in Aquaculture (1 yr)', '2012–2013'),
    ],
    skills: [['Farming', ['Fish Welfare', 'Sea Lice Counting', 'Feed Camera Systems', 'Net Pen Moorings']], ['Boats', ['Workboat Handling', 'Crane Operation']]],
    languages: [['Faroese', 'Mother tongue'], ['Danish', 'Fluent'], ['English', 'Good'], ['Norwegian', 'Good']],
    certificates: [['Fish Welfare at Harvest', 'Havstovan', '2020']],
  },
  {
    id: '02-knitweardesign-sunneva-dahl', lang: 'en', countryCode: 'FO',
    name: 'Sunneva á Ryggi Dahl', label: 'Knitwear Designer', email: 'hello@sunnevadahl.example.net', phone: '+298 21 5546',
    city: 'Tórshavn', home: 'Hoyvík, Tórshavn',
    url: 'https://sunnevadahl.example.net',
    profiles: [['Instagram', 'https://www.instagram.com/sunneva.knits']],
    summary: 'Designer of hand-frame and machine knitwear from Faroese wool. I take a jumper from a sketch and a swatch to a graded pattern and a production run of a few hundred.',
    educationFirst: true,
    work: [
      job('Knitwear Designer', 'Seyðaull Knitwear', 'Tórshavn', '2018-08', null, 'Aug. 2018 → now', [
        'Designed 41 styles in eight seasons; the Nólsoy cardigan is our best seller.',
        'Moved grading from paper to Stoll M1plus, halving sampling time.',
      ]),
      job('Design Assistant', 'Kalsoy Garn', 'Hvalba', '2016-01', '2018-07', 'Jan. 2016 → July 2018', []),
    ],
    education: [
      school('Design School Kolding', 'Master of Arts', 'Fashion Design', '2013', '2015', 'MA in Design (Fashion)', '2013 / 2015'),
      school('Glasgow School of Art', 'Bachelor of Arts (Honours)', 'Fashion Design', '2009', '2013', 'BA (Hons) Fashion Design — Knit', '2009 / 2013'),
    ],
    skills: [['Design', ['Hand-Frame Knitting', 'Knit Grading', 'Colourwork', 'Swatching']], ['Software', ['Stoll M1plus', 'Adobe Illustrator']]],
    languages: [['Faroese', 'Native'], ['Danish', 'Fluent'], ['English', 'Fluent']],
  },
  // ---------------------------------------------------------------- Liechtenstein
  {
    id: '03-privatebanking-matthias-buechel', lang: 'en', countryCode: 'LI',
    name: 'Matthias Büchel', label: 'Relationship Manager, Private Banking', email: 'm.buechel@example.org', phone: '+423 791 55 84',
    city: 'Vaduz', home: 'Aeulestrasse, Vaduz',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/matthias-buechel-li']],
    summary: 'Relationship manager for private clients from the DACH region and Eastern Europe. I look after CHF 420 m of assets and the families behind them, and I know the onboarding and tax rules that go with them.',
    work: [
      job('Relationship Manager', 'Rheintal Privatbank AG', 'Vaduz', '2017-01', null, '01/2017 – present', [
        'Book of 65 families, CHF 420 m assets under management, net new money CHF 38 m in 2025.',
        'Led the bank\'s move to a single client-risk file for every new account.',
      ]),
      job('Assistant Relationship Manager', 'Gutenberg Treuhand und Bank AG', 'Balzers', '2012-09', '2016-12', '09/2012 – 12/2016', []),
    ],
    education: [
      school('Universität Liechtenstein', 'Master of Science', 'Finance', '2010', '2012', 'M.Sc. in Finance', '2010 – 12'),
      school('Universität St. Gallen', 'Bachelor of Arts', 'Economics', '2007', '2010', 'B.A. HSG in Economics', '2007 – 10'),
    ],
    skills: [['Advisory', ['Wealth Planning', 'Portfolio Reviews', 'Client Onboarding', 'KYC']], ['Regulation', ['FATCA', 'CRS', 'MiFID II']]],
    languages: [['German', 'Mother tongue'], ['English', 'Fluent'], ['Russian', 'Intermediate']],
    certificates: [['Certified Wealth Management Advisor (CWMA)', 'SAQ', '2019']],
  },
  {
    id: '04-skiinstruction-lea-frommelt', lang: 'en', countryCode: 'LI',
    name: 'Lea Frommelt', label: 'Ski Instructor & Children\'s Ski School Coordinator', email: 'lea.frommelt@example.com', phone: '+423 783 55 19',
    city: 'Triesenberg', home: 'Rotenboden, Triesenberg',
    summary: 'Ski instructor for eleven winters and coordinator of a children\'s ski school. In summer I work as a mountain bike guide.',
    work: [
      job('Ski School Coordinator', 'Skischule Malbun', 'Malbun', '2020', null, 'Winters since 2020/21', [
        'Plan classes for up to 180 children a day over the holiday weeks.',
        'Train the new instructors before their first season.',
      ]),
      job('Ski Instructor', 'Skischule Malbun', 'Malbun', '2015', '2020', 'Winters 2015/16 – 2019/20', []),
      job('Mountain Bike Guide', 'Alpenbike Steg', 'Steg', '2016-06', null, 'Summers, since June 2016', []),
    ],
    education: [
      school('Liechtensteinisches Gymnasium', 'Matura', null, undefined, '2014', 'Matura (Economics and Law)', '2014'),
    ],
    skills: [['Teaching', ['Children\'s Ski Teaching', 'Carving', 'Class Planning']], ['Safety', ['Avalanche Awareness', 'First Aid']]],
    languages: [['German', 'Native'], ['English', 'Very good'], ['Italian', 'Basic']],
    certificates: [['Swiss Snowsports Instructor', 'Swiss Snowsports', '2017'], ['First Aid Level 2', 'Samariterverein Liechtenstein', '2022']],
  },
  // ---------------------------------------------------------------- Monaco
  {
    id: '05-croupier-julien-gastaud', lang: 'en', countryCode: 'MC',
    name: 'Julien Gastaud', label: 'Senior Croupier / Inspector', email: 'julien.gastaud@example.net', phone: '+377 6 40 55 21 87',
    city: 'Monaco', home: 'La Condamine, Monaco',
    summary: 'Croupier since 2009 on roulette, blackjack and punto banco, and table inspector in the high-limit room since 2021.',
    employerFirst: true,
    work: [
      job('Senior Croupier / Inspector', 'Casino du Rocher', 'Monte-Carlo', '2014-03', null, 'mars 2014 – aujourd\'hui', [
        'Inspect four high-limit tables a shift and settle disputes at the table.',
      ]),
      job('Croupier', 'Grand Casino de Menton', 'Menton (France)', '2009-07', '2014-02', 'juil. 2009 – févr. 2014', [
        'English and French roulette, blackjack, punto banco.',
      ]),
    ],
    education: [
      school('École des Jeux de la Riviera', 'Certificate', 'Casino Dealing', '2008', '2009', 'Certificat de croupier', '2008 – 2009'),
      school('Lycée Albert Ier', 'Baccalauréat', null, '2005', '2008', 'Baccalauréat ES', '2005 – 2008'),
    ],
    skills: [['Games', ['French Roulette', 'Blackjack', 'Punto Banco', 'Chip Handling']], ['Floor', ['Table Inspection', 'Anti-Money Laundering Procedures']]],
    languages: [['French', 'Mother tongue'], ['Italian', 'Fluent'], ['English', 'Fluent'], ['Monégasque', 'Good']],
  },
  {
    id: '06-floristry-chiara-rinaldi', lang: 'en', countryCode: 'MC',
    name: 'Chiara Rinaldi', label: 'Event Florist', email: 'chiara.rinaldi@example.com', phone: '+377 6 78 55 03 49',
    city: 'Monaco', home: 'Fontvieille, Monaco',
    profiles: [['Instagram', 'https://www.instagram.com/chiara.fiori.mc']],
    summary: 'Florist for galas, weddings and yachts. I plan, source and install large floral work on tight timings and run the workshop team on event days.',
    flat: true,
    work: [
      job('Head Florist', 'Atelier Floral Sainte-Dévote', 'Monaco', '2019-09', null, 'Sept 2019 to present', [
        'Installed the flowers for the Red Cross gala two years running.',
        'Team of four florists and up to ten freelancers in the season.',
      ]),
      job('Florist', 'Fiori di Bordighera', 'Sanremo, Italy', '2014-03', '2019-08', 'Mar 2014 to Aug 2019', []),
    ],
    education: [
      school('Istituto Professionale per l\'Agricoltura "Domenico Aicardi"', 'Diploma', 'Agriculture and Floristry', '2009', '2014', 'Diploma di maturità – floricoltura', '2009 to 2014'),
    ],
    skills: [['All', ['Event Floristry', 'Large Installations', 'Flower Sourcing', 'Yacht Décor', 'Bridal Work', 'Team Leading']]],
    languages: [['Italian', 'Native'], ['French', 'Fluent'], ['English', 'Good']],
  },
  // ---------------------------------------------------------------- Aruba
  {
    id: '07-aloeprocessing-ramon-croes', lang: 'en', countryCode: 'AW',
    name: 'Ramon Croes', label: 'Production Supervisor – Aloe Processing', email: 'ramon.croes@example.org', phone: '+297 555 4172',
    city: 'Paradera', home: 'Piedra Plat, Paradera',
    summary: 'Production supervisor in an aloe vera plant: from the leaf coming in from the field to gel, juice and skin-care filling. Good with people, machines and GMP paperwork.',
    work: [
      job('Production Supervisor', 'Hooiberg Aloe Company', 'Hato', '2018-02', null, 'Feb. 2018 to now', [
        'Two filling lines and the filleting room, 16 operators on two shifts.',
        'Cut leaf-to-gel time from 6 to 3 hours, so the gel keeps its colour.',
      ]),
      job('Line Operator', 'Hooiberg Aloe Company', 'Hato', '2012-06', '2018-01', 'June 2012 to Jan. 2018', []),
    ],
    education: [
      school('EPI – Enseñansa Profesional Intermedio', 'MBO Level 4', 'Process Technology', '2008', '2012', 'MBO-4 Procestechniek', '2008–12'),
    ],
    skills: [['Production', ['GMP', 'Line Changeovers', 'Batch Records', 'Filling Lines']], ['People', ['Shift Planning', 'Operator Training']]],
    languages: [['Papiamento', 'Native'], ['Dutch', 'Fluent'], ['English', 'Fluent'], ['Spanish', 'Fluent']],
  },
  {
    id: '08-dentalhygiene-giselle-tromp', lang: 'en', countryCode: 'AW',
    name: 'Giselle Tromp', label: 'Registered Dental Hygienist', email: 'g.tromp@example.com', phone: '+297 555 8390',
    city: 'San Nicolas', home: 'Zeppenfeldstraat, San Nicolas',
    summary: 'Dental hygienist for nine years, the last five in a family practice with many children and elderly patients. Calm with anxious patients.',
    work: [
      job('Dental Hygienist', 'Tandartspraktijk Seroe Colorado', 'San Nicolas', '2021-01', null, '2021 – present', [
        'About 2,000 patient visits a year; periodontal care and prevention plans.',
      ]),
      job('Dental Hygienist', 'Mondzorg Noordwest B.V.', 'Alkmaar, Netherlands', '2017-09', '2020-12', '2017 – 2020', [
        'School prevention days for 14 primary schools.',
      ]),
    ],
    education: [
      school('Hogeschool Inholland', 'Bachelor', 'Oral Health', '2013', '2017', 'Bachelor Mondzorgkunde (BSc Oral Health)', '2013 – 2017'),
    ],
    skills: [['Clinical', ['Periodontal Charting', 'Scaling and Root Planing', 'Dental X-rays', 'Local Anaesthesia']], ['Patients', ['Anxious Patients', 'Oral Health Education']]],
    languages: [['Papiamento', 'Native'], ['Dutch', 'Native'], ['English', 'Fluent'], ['Spanish', 'Conversational']],
    certificates: [['BIG registration – Dental Hygienist', 'CIBG', '2017']],
  },
  // ---------------------------------------------------------------- Curaçao
  {
    id: '09-stevedoring-gilbert-martina', lang: 'en', countryCode: 'CW',
    name: 'Gilbert Martina', label: 'Stevedore Foreman', email: 'gilbert.martina@example.net', phone: '+599 9 555 6214',
    city: 'Willemstad', home: 'Otrobanda, Willemstad',
    summary: 'Foreman of a stevedoring gang on general cargo, reefers and cruise provisions. Twenty years on the quay; I know the cranes, the lashings and the men.',
    work: [
      job('Foreman', 'Annabaai Stevedoring N.V.', 'Willemstad harbour', '2016-05', null, 'May 2016 - Present', [
        'Gang of 14; load and discharge about 60 vessels a year without a lost-time injury since 2019.',
        'Wrote the lashing checklist now used on every breakbulk call.',
      ]),
      job('Stevedore / Crane Signaller', 'Annabaai Stevedoring N.V.', 'Willemstad harbour', '2006-02', '2016-04', 'Feb 2006 - Apr 2016', []),
    ],
    education: [
      school('Maritime Academy Curaçao', 'Certificate', 'Port Operations', '2011', '2012', 'Port Operations certificate (part-time)', '2011 - 2012'),
      school('Radulphus College', 'VMBO diploma', null, '2000', '2004', 'VMBO diploma', '2000 - 2004'),
    ],
    skills: [['Cargo', ['Breakbulk', 'Reefer Containers', 'Lashing and Securing', 'Crane Signalling']], ['Safety', ['Toolbox Talks', 'Incident Reporting']]],
    languages: [['Papiamentu', 'Native'], ['Dutch', 'Good'], ['English', 'Good'], ['Spanish', 'Good']],
    certificates: [['Rigging and Signalling', 'Curaçao Ports Authority', '2015']],
  },
  {
    id: '10-radiotherapy-shanti-rosaria', lang: 'en', countryCode: 'CW',
    name: 'Shanti Rosaria', label: 'Radiation Therapist', email: 'shanti.rosaria@example.org', phone: '+599 9 555 2730',
    city: 'Willemstad', home: 'Julianadorp, Willemstad',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/shantirosaria']],
    summary: 'Radiation therapist (MBB\'er) with eight years on linear accelerators, CT simulation and patient set-up. Now the department\'s lead for image-guided treatment.',
    work: [
      job('Radiation Therapist, IGRT lead', 'Curaçao Radiotherapie Centrum', 'Willemstad', '2020-03', null, 'March 2020 – today', [
        'Lead for cone-beam CT image guidance; wrote the matching protocol for head-and-neck patients.',
        'Treat 35–40 patients a day on two linacs.',
      ]),
      job('Radiation Therapist', 'Radiotherapiegroep Oost-Nederland', 'Deventer, NL', '2017-09', '2020-02', 'September 2017 – February 2020', []),
    ],
    education: [
      school('Fontys Paramedische Hogeschool', 'Bachelor', 'Medical Imaging and Radiation Therapy', '2013', '2017', 'Bachelor of Medical Imaging & Radiotherapy', '2013 – 2017'),
    ],
    skills: [['Treatment', ['Linac Operation', 'CBCT Matching', 'Patient Set-up', 'Mould Room']], ['Planning', ['CT Simulation', 'Eclipse']]],
    languages: [['Papiamentu', 'Native'], ['Dutch', 'Native'], ['English', 'Fluent']],
  },
  // ---------------------------------------------------------------- Puerto Rico
  {
    id: '11-validationengineering-yaritza-colon', lang: 'en', countryCode: 'PR',
    name: 'Yaritza Colón Rivera', label: 'Validation Engineer (CQV)', email: 'yaritza.colon@example.com', phone: '+1 787 555 0164',
    city: 'Manatí', home: 'Bo. Coto Norte, Manatí',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/yaritzacolonrivera']],
    summary: 'Commissioning, qualification and validation engineer for sterile and oral-solid plants. I write and run IQ/OQ/PQ protocols and close the deviations that come with them.',
    work: [
      job('Senior Validation Engineer', 'Atlántico Bioprocess LLC', 'Barceloneta, PR', '2019-10', null, 'Oct/2019 – Present', [
        'Qualified two isolator filling lines and their VHP cycles; no FDA 483 observation at the 2023 inspection.',
        'Mentor three junior engineers.',
      ]),
      job('Validation Engineer', 'Norte Pharma Services Corp.', 'Manatí, PR', '2015-06', '2019-09', 'Jun/2015 – Sep/2019', [
        'Cleaning validation for a 40-product oral-solid plant.',
      ]),
    ],
    education: [
      school('University of Puerto Rico at Mayagüez', 'Bachelor of Science', 'Chemical Engineering', '2010', '2015', 'B.S. Chemical Engineering', 'Aug 2010 – May 2015'),
    ],
    skills: [['Validation', ['IQ/OQ/PQ', 'Cleaning Validation', 'VHP Cycles', 'Risk Assessment']], ['Quality', ['21 CFR Part 11', 'Deviations and CAPA', 'Kneat']]],
    languages: [['Spanish', 'Native'], ['English', 'Fluent']],
  },
  {
    id: '12-coffeeroasting-hector-vazquez', lang: 'en', countryCode: 'PR',
    name: 'Héctor Vázquez', label: 'Head Roaster', email: 'hector@vazquezroasters.example.net', phone: '+1 939 555 0128',
    city: 'Jayuya', home: 'Barrio Mameyes, Jayuya',
    url: 'https://vazquezroasters.example.net',
    summary: 'Coffee roaster from a coffee-farming family in the central mountains. I buy green coffee from local farms, develop the roast profiles and run a 15-kilo roaster five days a week.',
    work: [
      job('Head Roaster & Co-owner', 'Tostadores de la Cordillera', 'Jayuya', '2017', null, '2017 – now', [
        'Roast 32,000 lb a year for 40 cafés and the online shop.',
        'Buy from 18 farms in Jayuya, Adjuntas and Utuado after Hurricane María left many without buyers.',
      ]),
      job('Barista / Assistant Roaster', 'Café Tres Picachos', 'San Juan', '2013', '2016', '2013 – 2016', []),
    ],
    education: [
      school('Universidad Interamericana de Puerto Rico, Recinto de Barranquitas', 'Associate Degree', 'Business Administration', '2010', '2012', 'Associate degree in Business Administration', '2010 – 2012'),
    ],
    skills: [['Roasting', ['Roast Profiling', 'Cupping', 'Green Coffee Buying', 'Cropster']], ['Business', ['Wholesale Accounts', 'Shopify']]],
    languages: [['Spanish', 'Native'], ['English', 'Good']],
    certificates: [['Q Arabica Grader', 'Coffee Quality Institute', '2021']],
  },
  // ---------------------------------------------------------------- Montserrat
  {
    id: '13-volcanomonitoring-keisha-greenaway', lang: 'en', countryCode: 'MS',
    name: 'Keisha Greenaway', label: 'Volcano Monitoring Technician', email: 'keisha.greenaway@example.org', phone: '+1 664 555 3418',
    city: 'Brades', home: 'Davy Hill, Brades',
    summary: 'Technician at a volcano observatory: seismic and GPS stations, gas measurements and the daily data checks that go into the hazard reports.',
    work: [
      job('Monitoring Technician', 'Soufrière Hills Observatory Trust', 'Flemmings', '2016-09', null, 'Sep. 2016 – Present', [
        'Look after 11 seismic and 9 GPS stations, including helicopter service visits in the exclusion zone.',
        'Run the weekly SO2 traverses with the DOAS spectrometer.',
      ]),
      job('Laboratory Assistant', 'Montserrat Secondary School', 'Salem', '2012-09', '2016-08', 'Sep. 2012 – Aug. 2016', []),
    ],
    education: [
      school('University of the West Indies, St. Augustine', 'Bachelor of Science', 'Geology', '2008', '2012', 'BSc Geology (Upper Second)', '2008 – 2012'),
    ],
    skills: [['Monitoring', ['Seismic Stations', 'GNSS', 'Gas Measurements', 'DOAS']], ['Data', ['Python', 'Earthworm', 'QGIS']]],
    languages: [['English', 'Native']],
  },
  {
    id: '14-quarrying-clifton-daley', lang: 'en', countryCode: 'MS',
    name: 'Clifton Daley', label: 'Quarry Supervisor', email: 'cdaley@example.com', phone: '+1 664 555 2295',
    city: 'Olveston', home: 'Old Towne, Olveston',
    summary: 'Quarry supervisor on a sand and aggregate operation that ships by barge to neighbouring islands. Plant, people and blasting permits.',
    work: [
      job('Quarry Supervisor', 'Belham River Aggregates Ltd', 'Belham Valley', '2018-03', null, '3/2018 – present', [
        'About 400,000 tonnes of sand a year onto barges for Antigua and St. Kitts.',
        'Crew of 12, two excavators, a screening plant and three dump trucks.',
      ]),
      job('Plant Operator', 'Belham River Aggregates Ltd', 'Belham Valley', '2011-07', '2018-02', '7/2011 – 2/2018', []),
      job('Heavy Equipment Operator', 'Public Works Department', 'Brades', '2006-01', '2011-06', '1/2006 – 6/2011', []),
    ],
    education: [
      school('Montserrat Community College', 'Certificate', 'Heavy Equipment Operation', undefined, '2005', 'Certificate – Heavy Equipment Operation', '2005'),
    ],
    skills: [['Operations', ['Excavator', 'Screening Plant', 'Barge Loading', 'Haul Roads']], ['Supervision', ['Crew Scheduling', 'Safety Briefings']]],
    languages: [['English', 'Native']],
  },
  // ---------------------------------------------------------------- American Samoa
  {
    id: '15-autoparts-faleolo-tuiasosopo', lang: 'en', countryCode: 'AS',
    name: 'Faleolo Tuiasosopo', label: 'Parts Counter Manager', email: 'faleolo.t@example.net', phone: '+1 684 555 7312',
    city: 'Tafuna', home: 'Iliili Road, Tafuna',
    summary: 'Parts counter manager for a vehicle and marine parts store. I keep 9,000 part numbers in stock across an ocean from the suppliers.',
    employerFirst: true,
    work: [
      job('Parts Counter Manager', 'Tutuila Motor & Marine Supply', 'Nu\'uuli', '2017-05', null, 'May 2017 - now', [
        'Stock turns up from 2.1 to 3.4 by ordering on the container schedule.',
        'Counter team of five; trade accounts for 60 garages and boat owners.',
      ]),
      job('Parts Clerk', 'Pago Auto Parts Inc.', 'Fagatogo', '2012-02', '2017-04', 'Feb 2012 - Apr 2017', []),
    ],
    education: [
      school('American Samoa Community College', 'Associate of Science', 'Business Management', '2009', '2011', 'A.S. in Business Mgmt', '2009-2011'),
      school('Tafuna High School', 'High School Diploma', null, '2005', '2009', 'High School Diploma', '2005-2009'),
    ],
    skills: [['Parts', ['Parts Cataloguing', 'Outboard Parts', 'Inventory Control', 'Supplier Orders']], ['Systems', ['Epicor', 'QuickBooks']]],
    languages: [['Samoan', 'Native'], ['English', 'Native']],
  },
  {
    id: '16-publicaudit-luana-faumuina', lang: 'en', countryCode: 'AS',
    name: 'Luana Faumuina', label: 'Senior Auditor', email: 'luana.faumuina@example.org', phone: '+1 684 555 2066',
    city: 'Leone', home: 'Leone village, Tutuila',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/luana-faumuina-cpa']],
    summary: 'Government auditor who plans and leads financial and compliance audits of territorial departments and federal grants.',
    work: [
      job('Senior Auditor', 'Office of the Territorial Audit', 'Utulei', '2019-01', null, 'January 2019 – present', [
        'Lead the Single Audit fieldwork for grants worth about USD 190 m a year.',
        'Reports to the Legislature on procurement and payroll controls.',
      ]),
      job('Staff Accountant', 'Pacific Isles CPA Group', 'Honolulu, HI', '2014-08', '2018-12', 'August 2014 – December 2018', []),
    ],
    education: [
      school('Brigham Young University–Hawaii', 'Bachelor of Science', 'Accounting', undefined, '2014', 'BS, Accounting', 'Class of 2014'),
    ],
    skills: [['Audit', ['Single Audit', 'Internal Controls', 'Grant Compliance', 'Government Auditing Standards']], ['Tools', ['IDEA', 'Excel']]],
    languages: [['Samoan', 'Native'], ['English', 'Native']],
    certificates: [['Certified Public Accountant', 'Hawaii Board of Public Accountancy', '2017']],
  },
  // ---------------------------------------------------------------- Uruguay
  {
    id: '17-cattleranching-santiago-olivera', lang: 'en', countryCode: 'UY',
    name: 'Santiago Olivera', label: 'Ranch Manager (Beef Cattle)', email: 'santiago.olivera@example.com', phone: '+598 99 555 318',
    city: 'Tacuarembó', home: 'Barrio López, Tacuarembó',
    summary: 'Manager of a 4,200-hectare beef ranch with 3,100 head on natural grassland. Breeding, pasture, the workers and the books.',
    work: [
      job('Ranch Manager', 'Estancia La Aurora', 'Paso de los Toros', '2015-07', null, 'julio 2015 – actualidad', [
        'Weaning rate up from 68 % to 81 % with a short mating season and early pregnancy scanning.',
        'Full traceability (SNIG) for every animal sold for export.',
      ]),
      job('Assistant Manager', 'Sociedad Ganadera El Ombú', 'Tambores', '2010-03', '2015-06', 'marzo 2010 – junio 2015', []),
    ],
    education: [
      school('Universidad de la República', 'Ingeniero Agrónomo', 'Agronomy', '2004', '2010', 'Ingeniero Agrónomo (Agronomy Engineer, 5-yr degree)', '2004 – 2010'),
    ],
    skills: [['Livestock', ['Herd Management', 'Pregnancy Scanning', 'Grazing Planning', 'Traceability (SNIG)']], ['Management', ['Ranch Budgets', 'Staff Management']]],
    languages: [['Spanish', 'Native'], ['English', 'Intermediate'], ['Portuguese', 'Good']],
  },
  {
    id: '18-contactcentre-valentina-techera', lang: 'en', countryCode: 'UY',
    name: 'Valentina Techera', label: 'Bilingual Contact Centre Team Lead', email: 'valentina.techera@example.net', phone: '+598 94 555 702',
    city: 'Montevideo', home: 'Pocitos, Montevideo',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/valentinatechera']],
    summary: 'Team lead in an English-Spanish contact centre for travel and software clients. I coach agents, read the numbers and keep customers happy at three in the morning.',
    work: [
      job('Team Lead', 'Rambla Contact Solutions', 'Zonamerica, Montevideo', '2021-02', null, 'Feb 21 – present', [
        'Team of 16 agents; CSAT 92 % and first-contact resolution 78 % in 2025.',
        'Built the onboarding plan that cut new-agent ramp-up from six weeks to four.',
      ]),
      job('Customer Support Agent (English)', 'Rambla Contact Solutions', 'Zonamerica, Montevideo', '2018-05', '2021-01', 'May 18 – Jan 21', []),
      job('Sales Assistant', 'Librería del Cordón', 'Montevideo', '2016-03', '2018-04', 'Mar 16 – Apr 18', []),
    ],
    education: [
      school('Universidad ORT Uruguay', 'Licenciatura', 'International Studies', '2014', '2019', 'Licenciatura en Estudios Internacionales (unfinished, 3 of 4 years)', '2014 – 2019'),
    ],
    skills: [['Operations', ['Coaching', 'Quality Monitoring', 'Workforce Scheduling', 'CSAT Analysis']], ['Tools', ['Zendesk', 'Five9', 'Google Sheets']]],
    languages: [['Spanish', 'Native'], ['English', 'C2 (Cambridge Proficiency)'], ['Portuguese', 'B1']],
  },
  // ---------------------------------------------------------------- Costa Rica
  {
    id: '19-canopytours-esteban-quesada', lang: 'en', countryCode: 'CR',
    name: 'Esteban Quesada', label: 'Canopy Tour Operations Lead', email: 'esteban.quesada@example.org', phone: '+506 8555 4127',
    city: 'Santa Elena', home: 'Cerro Plano, Santa Elena, Puntarenas',
    summary: 'Zip-line and canopy guide since 2012 and operations lead since 2019: guides, rescue drills, cable inspections and 300 guests on a busy day.',
    work: [
      job('Operations Lead', 'Monteverde Sky Canopy S.A.', 'Santa Elena', '2019-06', null, 'Jun 2019 – present', [
        'Lead 24 guides on 13 cables and a Tarzan swing; zero serious incidents in six years.',
        'Monthly rescue drills and the daily cable and brake log.',
      ]),
      job('Canopy Guide', 'Monteverde Sky Canopy S.A.', 'Santa Elena', '2012-11', '2019-05', 'Nov 2012 – May 2019', []),
    ],
    education: [
      school('Instituto Nacional de Aprendizaje (INA)', 'Técnico', 'Tourism Guiding', '2011', '2012', 'Técnico en Guía de Turismo', '2011 – 2012'),
      school('Liceo de Monteverde', 'Bachillerato', null, undefined, '2010', 'Bachillerato en Educación Media', '2010'),
    ],
    skills: [['Operations', ['Rope Rescue', 'Cable Inspection', 'Guide Scheduling', 'Guest Briefings']], ['Guiding', ['Birding', 'Night Walks']]],
    languages: [['Spanish', 'Native'], ['English', 'Fluent'], ['German', 'Basic']],
    certificates: [['Technical Rope Rescue Level 1', 'Rescue 3 International', '2018'], ['Wilderness First Responder', 'NOLS', '2022']],
  },
  {
    id: '20-sterileprocessing-maria-jose-arias', lang: 'en', countryCode: 'CR',
    name: 'María José Arias', label: 'Sterilization Process Technician', email: 'mariajose.arias@example.com', phone: '+506 7055 5839',
    city: 'Heredia', home: 'San Francisco de Heredia',
    summary: 'Technician for ethylene-oxide and steam sterilization in a medical device plant: load patterns, cycle records, biological indicators and releases.',
    flat: true,
    work: [
      job('Sterilization Technician II', 'Coyol Medical Devices S.R.L.', 'Zona Franca Coyol, Alajuela', '2020-01', null, '01-2020 / present', [
        'Release about 140 EtO loads a month against the validated cycle.',
        'Cut BI incubation paperwork errors to zero with a new batch record.',
      ]),
      job('Production Operator', 'Belén Catheter Works S.A.', 'La Ribera de Belén', '2016-08', '2019-12', '08-2016 / 12-2019', []),
    ],
    education: [
      school('Colegio Universitario de Cartago', 'Diploma', 'Industrial Quality Control', '2014', '2016', 'Diplomado en Control de Calidad Industrial', '2014 / 2016'),
    ],
    skills: [['All', ['EtO Sterilization', 'Steam Sterilization', 'Biological Indicators', 'Batch Records', 'ISO 11135', 'Cleanroom Practices']]],
    languages: [['Spanish', 'Native'], ['English', 'B2']],
  },
  // ---------------------------------------------------------------- Andorra
  {
    id: '21-ropewaymaintenance-jordi-cerqueda', lang: 'en', countryCode: 'AD',
    name: 'Jordi Cerqueda', label: 'Ropeway Maintenance Technician', email: 'jordi.cerqueda@example.net', phone: '+376 355 218',
    city: 'Canillo', home: 'El Tarter, Canillo',
    summary: 'Electromechanical technician on chairlifts, gondolas and a cable car. Summer overhauls, winter breakdowns, and every daily and annual inspection the law asks for.',
    work: [
      job('Ropeway Technician (Team Leader)', 'Telecabines Soldeu-Tarter S.A.', 'Soldeu – El Tarter', '2017-10', null, '10.2017 – present', [
        'Team of six on 14 lifts; unplanned stops down 35 % after we rebuilt the grip maintenance plan.',
        'Lead the annual magnetic rope tests with the inspection body.',
      ]),
      job('Electromechanic', 'Remuntadors de la Massana S.A.', 'Arinsal', '2012-06', '2017-09', '06.2012 – 09.2017', []),
    ],
    education: [
      school('Institut de Formació Professional de Sant Julià de Lòria', 'Técnico Superior', 'Mechatronics', '2010', '2012', 'CFGS Mecatrònica Industrial', '2010 – 2012'),
    ],
    skills: [['Maintenance', ['Detachable Grips', 'Rope Splicing', 'PLC Fault Finding', 'Hydraulics']], ['Safety', ['Lockout/Tagout', 'Work at Height']]],
    languages: [['Catalan', 'Native'], ['Spanish', 'Native'], ['French', 'Fluent'], ['English', 'Intermediate']],
    certificates: [['Rope Splicer', 'Doppelmayr Academy', '2019']],
  },
  {
    id: '22-snowgrooming-ines-pereira', lang: 'en', countryCode: 'AD',
    name: 'Inês Pereira', label: 'Snowcat Operator / Grooming Shift Lead', email: 'ines.pereira@example.org', phone: '+376 688 555',
    city: 'Encamp', home: 'Vila, Encamp',
    summary: 'Snowcat operator on night shift for eight winters, shift lead since 2022. Winch-cat grooming on steep runs and snow-making in the early season. In summer I drive a shuttle bus.',
    work: [
      job('Grooming Shift Lead', 'Pas de la Casa Neu S.A.', 'Pas de la Casa', '2022-12', null, 'Dec 2022 – ', [
        'Night shift of five snowcats over 40 km of runs.',
      ]),
      job('Snowcat Operator', 'Pas de la Casa Neu S.A.', 'Pas de la Casa', '2018-12', '2022-04', 'Dec 2018 – Apr 2022 (winter seasons)', [
        'Winch-cat on the black runs.',
      ]),
      job('Shuttle Bus Driver', 'Autocars Valira S.L.', 'Encamp', '2019', null, 'Summers since 2019', []),
    ],
    education: [
      school('Escola Andorrana de Batxillerat', 'Batxillerat', null, '2011', '2013', 'Batxillerat (science track)', '2011 – 2013'),
    ],
    skills: [['Grooming', ['PistenBully 600', 'Winch Grooming', 'Snow-making', 'Night Shift Planning']], ['Driving', ['D Licence', 'Mountain Roads']]],
    languages: [['Portuguese', 'Native'], ['Catalan', 'Fluent'], ['Spanish', 'Fluent'], ['French', 'Good']],
    certificates: [['Driving licence D (bus)', 'Govern d\'Andorra', '2019']],
  },
  // ---------------------------------------------------------------- Koreans, in Korean
  {
    id: '23-deliveryriding-jaehyuk-song', lang: 'ko', countryCode: 'KR',
    name: '송재혁', label: '배달 라이더', email: 'jaehyuk.song@example.kr', phone: '010-5553-4418',
    city: '오산시', region: '원동', home: '경기 오산시 원동',
    summary: '배달 대행 5년차 라이더입니다. 하루 평균 45건, 무사고로 운행하고 있으며 신규 라이더 교육도 맡고 있습니다.',
    work: [
      job('배달 라이더 (지점 팀장)', '오산바로배달 원동지점', '오산·동탄 일대', '2021-03', null, '2021.03 ~ 재직중', [
        '하루 평균 45건 배달, 4년 무사고',
        '신규 라이더 20여 명 동선·안전 교육',
      ]),
      job('주방 보조', '동탄 옛날통닭 본점', '화성시 반송동', '2018-06', '2021-02', '2018.06 ~ 2021.02', []),
    ],
    education: [
      school('오산정보고등학교', '고등학교 졸업', null, '2015-03', '2018-02', '졸업', '2015.03 ~ 2018.02'),
    ],
    skills: [['배달', ['배달앱 다중 운영', '최적 동선', '이륜차 정비 기초']], ['기타', ['고객 응대', '안전 교육']]],
    languages: [['영어', '기초']],
    certificates: [['2종 소형 운전면허', '경찰청', '2018-09']],
  },
  {
    id: '24-apartmentguard-youngho-park', lang: 'ko', countryCode: 'KR',
    name: '박영호', label: '아파트 경비원', email: 'youngho.park@example.co.kr', phone: '010-5556-2093',
    city: '포천시', region: '소흘읍', home: '경기 포천시 소흘읍',
    summary: '아파트 경비 9년, 그 전에는 중소 제조업체에서 생산관리를 20년 넘게 했습니다. 성실하게 단지 순찰과 주민 안내를 합니다.',
    work: [
      job('경비원 (조장)', '포천송우 푸른마을아파트 관리사무소', '포천시 소흘읍', '2017-04', null, '2017년 4월 ~ 현재', [
        '850세대 단지 순찰, 택배·분리수거 관리',
        '야간 화재 경보 초기 대응으로 관리사무소 표창 (2023)',
      ]),
      job('생산관리 과장', '(주)대진정밀', '양주시 남면', '1994-03', '2016-12', '1994년 3월 ~ 2016년 12월', [
        '프레스 라인 생산 일정·품질 관리',
      ]),
    ],
    education: [
      school('경민대학', '전문학사', '기계과', '1989-03', '1991-02', '전문학사', '1989년 3월 ~ 1991년 2월'),
      school('포천일고등학교', '고등학교 졸업', null, '1985-03', '1988-02', '졸업', '1985년 3월 ~ 1988년 2월'),
    ],
    skills: [['경비', ['단지 순찰', 'CCTV 관제', '소방 설비 점검']], ['기타', ['주민 응대', '엑셀 기초']]],
    certificates: [['신임 경비원 교육 이수', '한국경비협회', '2017-03'], ['소방안전관리자 2급', '한국소방안전원', '2019-10']],
  },
  {
    id: '25-pcbang-minseo-jeon', lang: 'ko', countryCode: 'KR',
    name: '전민서', label: 'PC방 매니저', email: 'minseo.jeon@example.kr', phone: '010-5552-7741',
    city: '보령시', region: '대천동', home: '충남 보령시 대천동',
    summary: 'PC방 매니저 4년차입니다. 좌석 120석 매장의 야간 운영, 먹거리 주문, 장비 점검과 알바생 스케줄을 맡고 있습니다.',
    educationFirst: true,
    work: [
      job('매니저', '레벨업PC 대천역점', '보령시 대천동', '2022-05', null, "'22.5 ~ 현재", [
        '먹거리 매출 비중 28% → 41%',
        '그래픽카드·주변기기 교체 주기표 도입',
      ]),
      job('야간 아르바이트', '레벨업PC 대천역점', '보령시 대천동', '2020-09', '2022-04', "'20.9 ~ '22.4", []),
    ],
    education: [
      school('청운대학교', '학사', '컴퓨터공학과', '2017-03', '2023-02', '학사 (야간 수업으로 졸업)', "'17.3 ~ '23.2"),
    ],
    skills: [['매장', ['PC 하드웨어 점검', '좌석 관리 프로그램', '먹거리 주문 관리']], ['기타', ['포토샵', '인스타그램 홍보']]],
    languages: [['영어', 'TOEIC 705']],
  },
  {
    id: '26-gasstation-kyungsoo-ha', lang: 'ko', countryCode: 'KR',
    name: '하경수', label: '주유소 소장', email: 'kyungsoo.ha@example.kr', phone: '010-5558-6620',
    city: '태백시', region: '황지동', home: '강원 태백시 황지동',
    summary: '주유소 근무 14년, 소장 7년입니다. 유류 입고와 재고, 세차기 운영, 직원 관리와 안전 점검을 책임지고 있습니다.',
    work: [
      job('소장', '황지셀프주유소', '태백시 황지동', '2019-01', null, '2019.1 - 현재', [
        '월 판매량 45만 리터, 유류 손실률 0.1% 이하 유지',
        '셀프 전환 후 인건비 30% 절감',
      ]),
      job('주유원 → 대리', '철암중앙주유소', '태백시 철암동', '2012-03', '2018-12', '2012.3 - 2018.12', []),
    ],
    education: [
      school('태백기계공업고등학교', '고등학교 졸업', null, undefined, '2009-02', '졸업', '2009.2 졸업'),
    ],
    skills: [['운영', ['유류 입고·재고 관리', '세차기 운영', '매출 정산']], ['안전', ['위험물 안전관리', '소화 설비 점검']]],
    languages: [['영어', '기초']],
    certificates: [['위험물기능사', '한국산업인력공단', '2013-06']],
  },
  {
    id: '27-signmaking-donghyun-yoo', lang: 'ko', countryCode: 'KR',
    name: '유동현', label: '간판 제작·시공 기사', email: 'donghyun.yoo@example.co.kr', phone: '010-5557-1185',
    city: '영천시', region: '완산동', home: '경북 영천시 완산동',
    summary: '간판 제작과 시공 12년차입니다. 채널 간판, LED 전광판, 실사 출력까지 직접 하며 고소작업차 운전도 합니다.',
    work: [
      job('실장', '영천애드컴', '영천·경산 일대', '2018-07', null, '2018년 07월 ~ 현재', [
        '연 120여 건 간판 제작·시공, 견적부터 설치까지 담당',
      ]),
      job('시공 기사', '대구광고기획', '대구 서구', '2014-02', '2018-06', '2014년 02월 ~ 2018년 06월', [
        '채널 간판·돌출 간판 시공',
      ]),
    ],
    education: [
      school('영남이공대학교', '전문학사', '시각디자인과', '2010-03', '2012-02', '전문학사', '2010년 03월 ~ 2012년 02월'),
    ],
    skills: [['제작', ['채널 간판', 'LED 모듈 배선', '실사 출력', '일러스트레이터']], ['시공', ['고소작업차 운전', '용접']]],
    languages: [['영어', '기초']],
    certificates: [['옥외광고사 2급', '한국산업인력공단', '2016-11'], ['고소작업대 운전 교육 이수', '대한산업안전협회', '2018-04']],
  },
  {
    id: '28-webnovel-hayoung-nam', lang: 'ko', countryCode: 'KR',
    name: '남하영', label: '웹소설 작가', email: 'hayoung.nam@example.kr', phone: '010-5554-3307',
    city: '문경시', region: '점촌동', home: '경북 문경시 점촌동',
    url: 'https://namhayoung.example.kr',
    summary: '로맨스 판타지 웹소설 작가입니다. 장편 세 편을 완결했고, 그중 한 편은 웹툰으로 각색되었습니다. 지금은 출판사 기획 작가로도 일합니다.',
    work: [
      job('기획 작가 (프리랜서)', '(주)은하수스토리', '원격 근무', '2022-09', null, '2022. 09 ~ 현재', [
        '연재 원고 주 5회, 회당 5,500자',
        '《북부 공작가의 정원사》 웹툰 각색 (2024)',
      ]),
      job('웹소설 작가 (개인 연재)', '카카오페이지·네이버 시리즈 연재', '원격 근무', '2019-03', '2022-08', '2019. 03 ~ 2022. 08', []),
    ],
    education: [
      school('국립안동대학교', '학사', '국어국문학과', '2014-03', '2018-02', '문학사', '2014. 03 ~ 2018. 02'),
    ],
    skills: [['집필', ['장편 연재', '캐릭터 설정', '플롯 구성']], ['도구', ['한글', '스크리브너', '노션']]],
    languages: [['영어', '중급'], ['일본어', 'JLPT N2']],
  },
  {
    id: '29-nursingassistant-sunhee-oh', lang: 'ko', countryCode: 'KR',
    name: '오순희', label: '간호조무사', email: 'sunhee.oh@example.kr', phone: '010-5559-8254',
    city: '홍성군', region: '홍성읍', home: '충남 홍성군 홍성읍',
    summary: '간호조무사 11년차입니다. 정형외과 외래와 병동, 지금은 내과 의원에서 채혈·주사와 검진 안내를 맡고 있습니다.',
    work: [
      job('간호조무사 (수간호조무사)', '홍성바른내과의원', '홍성군 홍성읍', '2019-08', null, '2019.08.~ 현재', [
        '하루 외래 150명 채혈·주사·검진 안내',
        '국가건강검진 예약 시스템 정비',
      ]),
      job('간호조무사', '내포정형외과병원', '홍성군 홍북읍', '2015-03', '2019-07', '2015.03.~2019.07.', []),
    ],
    education: [
      school('충남간호조무사학원', '수료', '간호조무사 과정', '2014-03', '2015-02', '1년 과정 수료', '2014.03.~2015.02.'),
      school('홍성여자고등학교', '고등학교 졸업', null, '1996-03', '1999-02', '졸업', '1996.03.~1999.02.'),
    ],
    skills: [['임상', ['채혈', '정맥 주사', '활력징후 측정', '검진 안내']], ['행정', ['전자의무기록', '보험 청구 보조']]],
    languages: [['영어', '기초']],
    certificates: [['간호조무사 자격', '보건복지부', '2015-01'], ['BLS Provider', '대한심폐소생협회', '2023-05']],
  },
  {
    id: '30-bunsik-eunji-cho', lang: 'ko', countryCode: 'KR',
    name: '조은지', label: '분식집 운영 (대표)', email: 'eunji.cho@example.co.kr', phone: '010-5551-9063',
    city: '거창군', region: '거창읍', home: '경남 거창군 거창읍',
    summary: '거창 시장 앞에서 7년째 분식집을 운영하고 있습니다. 떡볶이·김밥을 직접 만들고, 배달과 단체 주문까지 혼자 챙깁니다.',
    work: [
      job('대표', '은지네 분식', '거창읍 중앙로', '2019-04', null, '19년 4월 ~ 현재', [
        '하루 김밥 250줄, 월 매출 2,100만 원',
        '학교·관공서 단체 도시락 주문 월 30건',
      ]),
      job('매장 직원', '(주)바른김밥 진주혁신점', '진주시 충무공동', '2015-06', '2019-03', '15년 6월 ~ 19년 3월', []),
    ],
    education: [
      school('거창대학', '전문학사', '호텔조리제빵과', '2012-03', '2014-02', '전문학사', '12년 3월 ~ 14년 2월'),
    ],
    skills: [['조리', ['분식 조리', '김밥 대량 생산', '소스 개발']], ['운영', ['배달앱 운영', '원가 관리']]],
    languages: [['영어', '기초']],
    certificates: [['한식조리기능사', '한국산업인력공단', '2013-08']],
  },
];

/** The first `count` people of the set, as { id, resume, presentation }. */
export function buildHoldout16Content(count = PEOPLE.length) {
  return PEOPLE.slice(0, count).map(handWrittenEntry);
}
