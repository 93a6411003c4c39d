// The content of the seventeenth held-back résumé test set (test/fixtures/resume-corpus-holdout17/, issue #10
// §2): 30 fictional people, each written out by hand one by one (no generator, no faker): 22 who write in
// English, two each from eleven countries and territories no earlier set has (Greenland, San Marino, the Åland
// Islands, Bonaire, Taiwan, Macao, Panama, Israel, Morocco, Suriname, the Dominican Republic), and 8 Koreans
// who write in Korean. Thirty occupations none of the earlier sets uses. Every person's dates, degree lines and
// school years are written as that person writes them (`shown` strings), next to the truth the scoring reads.
// A date the person gives as a year alone is a year in the truth; a school given by its last year alone has
// no start date.
//
// Written on 2026-12-02 by an engineer who does not tune the parser and never reads its output on this set.
// Nothing here was adjusted after seeing a parse.
//
// A person: `job(title, employer, place, start, end, shown, bullets)` — `end` null for a job that goes on,
// `shown` the dates as the person writes them; `school(institution, studyType, area, start, end, shownDegree,
// shownYears)`; skills as [[group, [...]]] (or `flat: true` when the person writes one list); languages as
// [[language, fluency]]; certificates as [[name, issuer, date]].

import { handWrittenEntry, writtenJob as job, writtenSchool as school } from './lib/resume-corpus-build.mjs';

/** The people, in the order of their ids. */
const PEOPLE = [
  // ---------------------------------------------------------------- Greenland
  {
    id: '01-dogsledguide-malik-heilmann', lang: 'en', countryCode: 'GL',
    name: 'Malik Heilmann', label: 'Dog Sled Guide & Kennel Manager', email: 'malik.heilmann@example.com', phone: '+299 55 21 43',
    city: 'Sisimiut', home: 'B-1432, Sisimiut',
    summary: 'I run a kennel of 46 sled dogs and take guests out on day trips and five-day tours on the sea ice and the inland trail towards Kangerlussuaq. Before that I fished halibut with my father.',
    work: [
      job('Dog Sled Guide & Kennel Manager', 'Sisimiut Qimussertartut ApS', 'Sisimiut backcountry', '2018-02', null, 'since Feb 2018', [
        'Four teams of 11–12 dogs; feeding, breeding plan, harness fitting and the vet book.',
        'About 600 guests a season, no guest injury since I took over the kennel.',
      ]),
      job('Halibut Fisherman', 'Qeqqata Aalisartut', 'Maniitsoq', '2012', '2018-01', '2012 – Jan 2018', [
        'Longlines from a dinghy and through the ice in winter.',
      ]),
    ],
    education: [
      school('Piareersarfik Sisimiut', 'Certificate', 'Arctic Tourism Guiding', '2016', '2017', 'Certificate, Arctic Tourism Guiding (evening course)', '2016/17'),
      school('GUX Sisimiut', 'Upper Secondary Exam', null, '2008', '2011', 'GUX (upper secondary exam)', '2008 – 2011'),
    ],
    skills: [['Guiding', ['Dog Team Handling', 'Sea Ice Route Finding', 'Guest Safety Briefings', 'Winter Camping']], ['Equipment', ['Snowmobile', 'VHF Radio', 'Iridium Phone']]],
    languages: [['Greenlandic', 'Native'], ['Danish', 'Fluent'], ['English', 'Good']],
    certificates: [['Wilderness First Aid', 'Red Cross Greenland', '2019']],
  },
  {
    id: '02-shrimpprocessing-nivi-olsen', lang: 'en', countryCode: 'GL',
    name: 'Nivi Olsen', label: 'Shift Manager, Shrimp Processing', email: 'nivi.olsen@example.org', phone: '+299 55 87 16',
    city: 'Nuuk', home: 'Qinngorput, Nuuk',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/nivi-olsen-nuuk']],
    summary: 'Shift manager in a cold-water shrimp factory: peeling and cooking lines, freezing, packing and the HACCP records for the EU and Japanese markets.',
    flat: true,
    work: [
      job('Shift Manager', 'Nuuk Rejefabrik A/S', 'Nuuk', '2020-08', null, '08.2020 – d.d.', [
        'Night shift of 28 people on two peeling lines, about 45 tonnes of raw shrimp a shift.',
        'Cut yield loss on the cookers from 3.1 % to 2.2 % by re-setting the steam profiles.',
      ]),
      job('Quality Controller', 'Nuuk Rejefabrik A/S', 'Nuuk', '2017-03', '2020-07', '03.2017 – 07.2020', []),
      job('Production Worker', 'Disko Bay Seafood ApS', 'Ilulissat', '2014-06', '2017-02', '06.2014 – 02.2017', []),
    ],
    education: [
      school('Erhvervsakademi Aarhus', 'AP Degree', 'Production Technology', '2018', '2020', 'AP Degree in Production Technology (distance learning)', '2018 - 2020'),
      school('Niuernermik Ilinniarfik Nuuk', 'HHX', null, '2011', '2014', 'HHX – Higher Commercial Examination', '2011-14'),
    ],
    skills: [['All', ['HACCP', 'Shrimp Peeling Lines', 'Blast Freezing', 'Yield Control', 'Shift Planning', 'Food Safety Audits']]],
    languages: [['Greenlandic', 'Mother tongue'], ['Danish', 'Mother tongue'], ['English', 'Fluent']],
  },
  // ---------------------------------------------------------------- San Marino
  {
    id: '03-motorsportmechanics-davide-guidi', lang: 'en', countryCode: 'SM',
    name: 'Davide Guidi', label: 'Race Car Mechanic', email: 'davide.guidi@example.net', phone: '+378 66 55 5123',
    city: 'Serravalle', home: 'Dogana, Serravalle (RSM)',
    profiles: [['Instagram', 'https://www.instagram.com/davide.guidi.racing']],
    summary: 'Chief mechanic on GT4 and Formula 4 cars. I build the cars up between rounds, run the set-up sheets at the track and keep the pit stops clean.',
    employerFirst: true,
    work: [
      job('Chief Mechanic', 'Titano Corse S.r.l.', 'Misano Adriatico (RN), Italy', '2019-03', null, "Mar. '19 – present", [
        'Two GT4 cars in the Italian championship; 3 class wins in 2025.',
        'Rebuilt the gearbox service plan: no gearbox failure in the last 22 races.',
      ]),
      job('Mechanic', 'Officina Rossini Motorsport', 'Rimini (IT)', '2013-09', '2019-02', "Sept. '13 – Feb. '19", []),
    ],
    education: [
      school('Centro di Formazione Professionale San Marino', 'Vocational Diploma', 'Motor Vehicle Mechanics', '2010', '2013', 'Diploma di qualifica – Operatore meccanico (auto)', '2010-2013'),
    ],
    skills: [['Race Engineering', ['Race Car Set-up', 'Data Logging (MoTeC)', 'Gearbox Rebuilds', 'Pit Stops']], ['Workshop', ['TIG Welding', 'Torque Procedures']]],
    languages: [['Italian', 'Native'], ['English', 'Good (B2)']],
  },
  {
    id: '04-mintproduction-elena-ceccoli', lang: 'en', countryCode: 'SM',
    name: 'Elena Ceccoli', label: 'Coin and Medal Production Technician', email: 'elena.ceccoli@example.com', phone: '+378 0549 555 212',
    city: 'San Marino', home: 'Murata, Città di San Marino',
    summary: 'Engraver and die technician for collector coins and medals. I polish and finish the dies, strike the proofs and check every piece that leaves the press room.',
    educationFirst: true,
    work: [
      job('Coin Production Technician', 'Officina Numismatica Sammarinese', 'Dogana', '2016', null, '2016 – to date', [
        'Proof and brilliant-uncirculated strikes for about 30 issues a year.',
        'Brought in a frosting and mirror-polish routine that halved rejected proofs.',
      ]),
      job('Engraving Assistant', 'Incisioni Bertoldi', 'Urbino, Italy', '2011', '2015', '2011 – 2015', []),
    ],
    education: [
      school('Accademia di Belle Arti di Urbino', 'Academic Diploma (First Level)', 'Sculpture', '2008', '2011', 'Diploma accademico di I livello in Scultura', '2008–2011'),
    ],
    skills: [['Die Work', ['Die Polishing', 'Proof Coin Striking', 'Medal Engraving', 'Quality Inspection']], ['Software', ['ArtCAM', 'ZBrush']]],
    languages: [['Italian', 'Mother tongue'], ['English', 'Fluent'], ['French', 'Basic']],
    certificates: [['Medal Engraving Masterclass', "Scuola dell'Arte della Medaglia", '2014']],
  },
  // ---------------------------------------------------------------- Åland Islands
  {
    id: '05-ferrypurser-jonna-sundblom', lang: 'en', countryCode: 'AX',
    name: 'Jonna Sundblom', label: 'Chief Purser', email: 'jonna.sundblom@example.org', phone: '+358 40 555 1283',
    city: 'Jomala', home: 'Gottby, Jomala',
    summary: 'Chief purser on a passenger ferry between Mariehamn and Stockholm: 1,600 passengers, a hotel department of 70 and every cash, safety and customs routine on board.',
    work: [
      job('Chief Purser', 'Ålandsfärjan Ab', 'Mariehamn–Stockholm route', '2018-05', null, '1.5.2018–', [
        'Hotel department of 70 in two watches; on-board sales up 12 % in 2024.',
        'Crowd management lead in the ship\'s safety organisation.',
      ]),
      job('Purser', 'Ålandsfärjan Ab', 'Mariehamn–Stockholm route', '2013-03', '2018-04', '1.3.2013–30.4.2018', []),
      job('Café Assistant', 'Sjökvarteret Café', 'Mariehamn', '2010-06', '2012-08', 'summers 6/2010–8/2012', []),
    ],
    education: [
      school('Högskolan på Åland', 'Bachelor', 'Hospitality Management', '2014', '2018', 'Bachelor of Hospitality Management (part-time studies)', '2014–2018'),
      school('Ålands yrkesgymnasium', 'Vocational Qualification', 'Hotel and Restaurant Services', '2009', '2012', 'Vocational qualification, hotel and restaurant services', '2009–2012'),
    ],
    skills: [['On board', ['Cash Office', 'Duty-free Sales', 'Customs Routines', 'Crowd Management']], ['Systems', ['Opera PMS', 'Excel']]],
    languages: [['Swedish', 'Native'], ['Finnish', 'Fluent'], ['English', 'Fluent'], ['German', 'Good']],
    certificates: [['STCW Crowd and Crisis Management', 'Ålands sjösäkerhetscentrum', '2019']],
  },
  {
    id: '06-orchardmanagement-anton-karlsson-lind', lang: 'en', countryCode: 'AX',
    name: 'Anton Karlsson Lind', label: 'Orchard Manager', email: 'anton.lind@example.net', phone: '+358 45 555 7730',
    city: 'Saltvik', home: 'Haraldsby, Saltvik',
    summary: 'I manage 38 hectares of apple orchards on Åland: planting, pruning, pest forecasting, the harvest crew and the cold store. Trained in Sweden, back home since 2015.',
    work: [
      job('Orchard Manager', 'Äppelgården Ödkarby Ab', 'Saltvik', '2015-08', null, 'Aug 2015–', [
        'Replanted 12 ha with scab-resistant varieties on M9 rootstock.',
        'Harvest crew of up to 25 pickers every September.',
      ]),
      job('Research Assistant, Fruit Growing', 'Balsgård Fruit Research Station', 'Kristianstad, Sweden', '2013-01', '2015-07', 'Jan 2013–Jul 2015', [
        'Field trials of apple rootstocks and pest forecasting models.',
      ]),
    ],
    education: [
      school('Swedish University of Agricultural Sciences (SLU)', 'Master of Science', 'Horticulture', '2010', '2012', 'MSc in Horticultural Science', '2010-2012'),
      school('Swedish University of Agricultural Sciences (SLU)', 'Bachelor of Science', 'Horticulture', '2007', '2010', 'BSc, Horticulture', '2007-2010'),
    ],
    skills: [['Growing', ['Apple Pruning', 'Integrated Pest Management', 'Scab Forecasting', 'Frost Protection']], ['Operations', ['Harvest Planning', 'Cold Storage', 'GlobalG.A.P.']]],
    languages: [['Swedish', 'Native'], ['Finnish', 'Good'], ['English', 'Fluent']],
  },
  // ---------------------------------------------------------------- Bonaire
  {
    id: '07-animalsanctuary-sharlon-frans', lang: 'en', countryCode: 'BQ',
    name: 'Sharlon Frans', label: 'Animal Care Coordinator', email: 'sharlon.frans@example.com', phone: '+599 701 5558',
    city: 'Kralendijk', home: 'Kaya Gob. N. Debrot, Kralendijk',
    summary: 'Coordinator of animal care at a donkey sanctuary with more than 500 animals, and before that a veterinary assistant. I plan the feeding, the hoof care and the vet rounds, and train our volunteers.',
    work: [
      job('Animal Care Coordinator', 'Bonaire Burro Haven Foundation', 'Lac road, Bonaire', '2019-11', null, 'Nov 2019 – Current', [
        'Daily care plan for 520 donkeys; hoof trimming every 10 weeks for each animal.',
        'Volunteer programme of 40 people a month, with a safety induction I wrote.',
      ]),
      job('Veterinary Assistant', 'Dierenkliniek Kralendijk', 'Kralendijk', '2015-01', '2019-10', 'Jan 2015 – Oct 2019', []),
    ],
    education: [
      school('ROC Mondriaan', 'MBO Level 3', 'Animal Care', '2011', '2014', 'MBO-3 Dierverzorging (Animal Care)', '2011 – 2014'),
    ],
    skills: [['Animal Care', ['Hoof Trimming', 'Wound Care', 'Feeding Plans', 'Animal Handling']], ['Team', ['Volunteer Training', 'Shift Rosters']]],
    languages: [['Papiamentu', 'Native'], ['Dutch', 'Fluent'], ['English', 'Fluent'], ['Spanish', 'Good']],
  },
  {
    id: '08-vacationrentals-nicole-pietersz', lang: 'en', countryCode: 'BQ',
    name: 'Nicole Pietersz', label: 'Vacation Rental Manager', email: 'nicole@pieterszrentals.example.net', phone: '+599 786 5531',
    city: 'Rincon', home: 'Kaya Para Mira, Rincon',
    url: 'https://pieterszrentals.example.net',
    summary: 'I manage 34 holiday villas and apartments for overseas owners: bookings, guests, cleaning teams, maintenance and the monthly owner statements.',
    flat: true,
    work: [
      job('Vacation Rental Manager', 'Sabana Villas & Apartments', 'Belnem, Bonaire', '2018-07', null, 'since 07-2018', [
        'Occupancy 81 % across 34 units in 2025; reviews average 4.8 out of 5.',
        'Moved all listings to one channel manager and cut double bookings to zero.',
      ]),
      job('Front Office Supervisor', 'Hotel Kaya Beach', 'Kralendijk', '2013', '2018', '2013-2018', []),
      job('Reservations Agent', 'Hotel Het Wapen van Utrecht', 'Utrecht, NL', '2010', '2013', '2010-2013', []),
    ],
    education: [
      school('Hotelschool The Hague', 'Bachelor', 'Hotel Management', '2006', '2010', 'Bachelor Hotel Management (BBA)', '2006 - 2010'),
    ],
    skills: [['All', ['Channel Management', 'Guesty', 'Owner Reporting', 'Housekeeping Planning', 'Revenue Pricing', 'Guest Relations']]],
    languages: [['Dutch', 'Native'], ['Papiamentu', 'Good'], ['English', 'Fluent'], ['Spanish', 'Basic']],
  },
  // ---------------------------------------------------------------- Taiwan
  {
    id: '09-orchidgrowing-ya-ting-lin', lang: 'en', countryCode: 'TW',
    name: 'Ya-Ting Lin', label: 'Orchid Nursery Production Manager', email: 'yating.lin@example.com', phone: '+886 912 555 318',
    city: 'Tainan', home: 'Houbi Dist., Tainan City',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/yating-lin-orchids']],
    summary: 'Production manager in a Phalaenopsis nursery exporting young plants to Japan, the US and the Netherlands. From flask to spike: tissue culture, greenhouse climate and export inspection.',
    work: [
      job('Production Manager', 'Houbi Phalaenopsis Co., Ltd.', 'Houbi Dist., Tainan', '2019-03', null, '2019/03 – present', [
        '1.2 million plants a year in 4.5 ha of greenhouses; spike rate up from 88 % to 95 %.',
        'Set up the export inspection routine with the quarantine office for bare-root shipments.',
      ]),
      job('Tissue Culture Technician', 'Jiali Biotech Nursery', 'Jiali Dist., Tainan', '2014-07', '2019-02', '2014/07 – 2019/02', []),
    ],
    education: [
      school('National Chung Hsing University', 'Master of Science', 'Horticulture', '2012', '2014', 'M.S., Department of Horticulture', '2012 – 2014'),
      school('National Pingtung University of Science and Technology', 'Bachelor of Science', 'Plant Industry', '2008', '2012', 'B.S. in Plant Industry', '2008 – 2012'),
    ],
    skills: [['Growing', ['Phalaenopsis Production', 'Tissue Culture', 'Greenhouse Climate Control', 'Spike Induction']], ['Export', ['Phytosanitary Inspection', 'Cold Chain Packing']]],
    languages: [['Mandarin', 'Native'], ['Taiwanese Hokkien', 'Native'], ['English', 'Intermediate (TOEIC 760)'], ['Japanese', 'Basic']],
    certificates: [['Export Phytosanitary Inspection Training', 'BAPHIQ', '2020']],
  },
  {
    id: '10-bicycleengineering-chen-kuan-yu', lang: 'en', countryCode: 'TW',
    name: 'CHEN Kuan-Yu', label: 'Bicycle Product Engineer (Frames)', email: 'kuanyu.chen@example.org', phone: '0928-555-604',
    city: 'Taichung', home: 'Daya Dist., Taichung City',
    summary: 'Frame engineer for road and e-bikes. I take a frame from geometry and carbon layup to test rig and mass production with our suppliers.',
    employerFirst: true,
    work: [
      job('Senior Product Engineer', 'Dadu Cycle Works Co., Ltd.', 'Taichung Industrial Park', '2017-07', null, 'Jul. 2017 ~ Present', [
        'Led 9 frame projects from drawing to production, including two e-MTB frames.',
        'Cut prototype rounds from four to two with FEA before layup.',
      ]),
      job('Frame Test Engineer', 'Formosa Frame Lab', 'Changhua County', '2013-08', '2017-06', 'Aug. 2013 ~ Jun. 2017', [
        'Fatigue and impact tests to ISO 4210 for 30 brands.',
      ]),
    ],
    education: [
      school('National Chin-Yi University of Technology', 'Bachelor of Engineering', 'Mechanical Engineering', '2009-09', '2013-06', 'B.Eng., Mechanical Engineering', 'Sep. 2009 ~ Jun. 2013'),
    ],
    skills: [['Engineering', ['Frame Geometry', 'Carbon Layup', 'ISO 4210 Testing', 'FEA']], ['Tools', ['SolidWorks', 'ANSYS']]],
    languages: [['Mandarin', 'Native'], ['English', 'Professional working']],
  },
  // ---------------------------------------------------------------- Macao
  {
    id: '11-lightrailcontrol-carmen-ho', lang: 'en', countryCode: 'MO',
    name: 'Carmen Ho Ka Man', label: 'Light Rail Control Centre Operator', email: 'carmen.ho@example.com', phone: '+853 6555 1287',
    city: 'Taipa', home: 'Rua de Seng Tou, Taipa',
    summary: 'Operator in a light rail operations control centre: train regulation, passenger information and incident handling on a driverless line.',
    work: [
      job('Control Centre Operator', 'Macau Light Transit Operations Ltd.', 'Taipa depot', '2019-12', null, 'Dec 2019 – now', [
        'Regulate 14 driverless trains from the control desk; handle about 20 incidents a month.',
        'Wrote the typhoon signal 8 checklist the control room now uses.',
      ]),
      job('Station Assistant', 'Macau Light Transit Operations Ltd.', 'Cotai', '2018-12', '2019-11', 'Dec 2018 – Nov 2019', []),
      job('Customer Service Officer', 'Pearl River Ferry Services', 'Taipa Ferry Terminal', '2015', '2018', '2015 – 2018', []),
    ],
    education: [
      school('University of Saint Joseph', 'Bachelor of Science', 'Business Administration', '2011', '2015', 'BSc Business Administration (Logistics)', '2011–2015'),
    ],
    skills: [['Operations', ['Train Regulation', 'SCADA Monitoring', 'Incident Handling', 'Passenger Information']], ['Other', ['Radio Procedures', 'Shift Handover']]],
    languages: [['Cantonese', 'Native'], ['Mandarin', 'Fluent'], ['English', 'Good'], ['Portuguese', 'Basic']],
  },
  {
    id: '12-fraudanalysis-joao-leong', lang: 'en', countryCode: 'MO',
    name: 'João Leong da Silva', label: 'Fraud Analyst', email: 'joao.leong@example.net', phone: '+853 6655 5402',
    city: 'Macau', home: 'NAPE, Macau',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/joaoleongdasilva']],
    summary: 'Card and payments fraud analyst. I tune the bank\'s fraud rules, work the alert queue with my team and write the cases up for the police and the regulator.',
    work: [
      job('Senior Fraud Analyst', 'Delta Pearl Bank, S.A.', 'Macau', '2020-04', null, 'Apr. 2020 – present', [
        'Rule changes that cut false positives by 30 % while fraud losses fell.',
        'Lead the weekly review of mule accounts with the AML team.',
      ]),
      job('Card Disputes Officer', 'Lusitano Card Services Lda.', 'Macau', '2016-01', '2020-03', 'Jan. 2016 – Mar. 2020', []),
    ],
    education: [
      school('Macao Polytechnic University', 'Bachelor of Commerce', 'Accounting', '2011', '2015', 'Bachelor of Commerce in Accounting', '2011-2015'),
    ],
    skills: [['Fraud', ['Card Fraud Rules', 'Alert Investigation', 'Chargebacks', 'Mule Account Detection']], ['Data', ['SQL', 'SAS', 'Excel']]],
    languages: [['Cantonese', 'Native'], ['Portuguese', 'Fluent'], ['English', 'Fluent'], ['Mandarin', 'Good']],
    certificates: [['Certified Fraud Examiner (CFE)', 'ACFE', '2021']],
  },
  // ---------------------------------------------------------------- Panama
  {
    id: '13-lockoperations-ricardo-mendieta', lang: 'en', countryCode: 'PA',
    name: 'Ricardo Mendieta', label: 'Lock Operations Supervisor', email: 'ricardo.mendieta@example.org', phone: '+507 6555-1843',
    city: 'La Chorrera', home: 'Barrio Colón, La Chorrera, Panamá Oeste',
    summary: 'Supervisor of a lock operations shift on the canal: ship lockages, the control house, the towing locomotives and the linehandlers.',
    work: [
      job('Lock Operations Supervisor', 'Panama Canal Authority', 'Cocolí Locks', '2019-01', null, 'ene. 2019 – a la fecha', [
        'About 12 Neopanamax lockages a day on my shift, with tug and linehandling crews.',
        'Trained 18 new control-house operators since 2021.',
      ]),
      job('Towing Locomotive Operator', 'Panama Canal Authority', 'Miraflores Locks', '2012-03', '2018-12', 'mar. 2012 – dic. 2018', []),
    ],
    education: [
      school('Universidad Tecnológica de Panamá', 'Licenciatura', 'Port and Maritime Engineering', '2006', '2011', 'Licenciatura en Ingeniería Marítima Portuaria', '2006 – 2011'),
    ],
    skills: [['Canal Operations', ['Lockage Planning', 'Control House Operation', 'Towing Locomotives', 'Linehandling']], ['Safety', ['Incident Reporting', 'Radio Procedures']]],
    languages: [['Spanish', 'Native'], ['English', 'Advanced']],
  },
  {
    id: '14-shipchandling-yolanda-chen-herrera', lang: 'en', countryCode: 'PA',
    name: 'Yolanda Chen de Herrera', label: 'Ship Chandler – Operations Manager', email: 'yolanda.herrera@example.com', phone: '+507 6555-0372',
    city: 'Colón', home: 'Calle 9 y Avenida Meléndez, Colón',
    summary: 'Operations manager at a ship chandler on the Atlantic side of the canal: provisions, bonded stores and spare parts delivered to ships in transit, often within a six-hour window.',
    employerFirst: true,
    work: [
      job('Operations Manager', 'Atlántico Ship Supply S.A.', 'Cristóbal, Colón', '2016-06', null, 'Jun 2016 - to date', [
        'About 1,400 ship deliveries a year by launch and truck at both canal entrances.',
        'Set up a bonded store for cigarettes and spirits under customs control.',
      ]),
      job('Purchasing Agent', 'Zona Libre Provisions Corp.', 'Colón Free Zone', '2011-02', '2016-05', 'Feb 2011 - May 2016', []),
    ],
    education: [
      school('Universidad de Panamá', 'Licenciatura', 'International Trade', '2006', '2010', 'Licenciatura en Comercio Internacional', '2006-2010'),
    ],
    skills: [['Supply', ['Ship Provisions', 'Bonded Stores', 'Customs Clearance', 'Launch Deliveries']], ['Systems', ['SAP Business One', 'ShipServ']]],
    languages: [['Spanish', 'Native'], ['English', 'Fluent'], ['Cantonese', 'Conversational']],
    certificates: [['Ship Supply Course', 'International Ship Suppliers & Services Association', '2018']],
  },
  // ---------------------------------------------------------------- Israel
  {
    id: '15-irrigationdesign-noa-ben-david', lang: 'en', countryCode: 'IL',
    name: 'Noa Ben-David', label: 'Irrigation Systems Designer', email: 'noa.bendavid@example.net', phone: '+972 52-555-4417',
    city: "Be'er Sheva", home: "Neve Noy, Be'er Sheva",
    summary: 'Designer of drip and micro-irrigation systems for orchards, greenhouses and open fields, in Israel and for export projects in Africa and Central Asia.',
    work: [
      job('Irrigation Design Engineer', 'Negev Drip Systems Ltd.', 'Kibbutz Hatzerim', '2018-11', null, '11/2018 - present', [
        'Designed systems for 14,000 ha, including a 2,300 ha pecan project in Uzbekistan.',
        'Built the hydraulic design templates the whole team now uses.',
      ]),
      job('Field Agronomist', 'Arava Growers Cooperative', 'Arava region', '2014-09', '2018-10', '09/2014 - 10/2018', []),
    ],
    education: [
      school('The Hebrew University of Jerusalem', 'Bachelor of Science', 'Soil and Water Sciences', '2010', '2014', 'B.Sc. in Soil and Water Sciences (Faculty of Agriculture, Rehovot)', '2010-2014'),
    ],
    skills: [['Design', ['Drip Irrigation Design', 'Hydraulic Calculations', 'Fertigation', 'Pump Selection']], ['Software', ['AutoCAD', 'IrriCAD', 'QGIS']]],
    languages: [['Hebrew', 'Native'], ['English', 'Fluent'], ['Spanish', 'Intermediate']],
  },
  {
    id: '16-dronepilot-amir-haddad', lang: 'en', countryCode: 'IL',
    name: 'Amir Haddad', label: 'UAV Operations Pilot', email: 'amir.haddad@example.com', phone: '+972 54-555-2086',
    city: 'Haifa', home: 'Wadi Nisnas, Haifa',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/amir-haddad-uav']],
    summary: 'Drone pilot and operations lead for crop spraying and multispectral mapping. I plan the flights, get the airspace approvals and keep the fleet flying.',
    work: [
      job('UAV Pilot & Operations Lead', 'SkyScan Agritech Ltd.', 'Yokneam Illit', '2021-03', null, 'since March 2021', [
        'Fleet of 11 spraying and mapping drones; about 1,900 flight hours a year.',
        'Wrote the operations manual behind our specific-category approval.',
      ]),
      job('Drone Pilot', 'Carmel Aerial Mapping', 'Haifa', '2017-10', '2021-02', 'October 2017 – February 2021', []),
    ],
    education: [
      school('ORT Braude College of Engineering', 'Practical Engineering Diploma', 'Electronics', '2014', '2016', 'Practical Engineer (Handasai) Diploma – Electronics', '2014–2016'),
    ],
    skills: [['Flight Operations', ['Flight Planning', 'Airspace Approvals', 'Crop Spraying', 'Multispectral Mapping']], ['Technical', ['Drone Maintenance', 'Pix4D', 'DJI Terra']]],
    languages: [['Arabic', 'Native'], ['Hebrew', 'Native'], ['English', 'Fluent']],
    certificates: [['Remote Pilot Licence (UAS)', 'Civil Aviation Authority of Israel', '2017']],
  },
  // ---------------------------------------------------------------- Morocco
  {
    id: '17-arganoil-fatima-zahra-ait-brahim', lang: 'en', countryCode: 'MA',
    name: 'Fatima-Zahra Aït Brahim', label: 'Argan Oil Cooperative Manager', email: 'fz.aitbrahim@example.org', phone: '+212 6 61 55 52 18',
    city: 'Tamanar', home: 'Hay Al Massira, Tamanar',
    summary: 'Manager of a women\'s argan oil cooperative of 64 members: production, quality, organic and fair-trade certification, and sales to cosmetics buyers in Europe.',
    work: [
      job('Manager', "Coopérative Tifawin pour l'Huile d'Argane", 'Tamanar (Essaouira province)', '2017-09', null, 'Depuis sept. 2017', [
        'Output up from 9 to 21 tonnes of oil a year; organic and fair-trade certified since 2020.',
        'Signed direct contracts with three cosmetics buyers in France and Germany.',
      ]),
      job('Quality Assistant', 'Souss Cosmétiques SARL', 'Agadir', '2013-04', '2017-08', 'avr. 2013 – août 2017', []),
    ],
    education: [
      school('Université Ibn Zohr', 'Licence professionnelle', 'Food Quality and Safety', '2010', '2013', 'Licence professionnelle – Qualité et sécurité des aliments', '2010–2013'),
    ],
    skills: [['Production', ['Cold-pressed Argan Oil', 'Quality Control', 'Organic Certification', 'Fair Trade']], ['Management', ['Export Sales', 'Cooperative Accounts']]],
    languages: [['Tamazight', 'Native'], ['Arabic', 'Native'], ['French', 'Fluent'], ['English', 'Intermediate']],
  },
  {
    id: '18-aerostructures-youssef-el-amrani', lang: 'en', countryCode: 'MA',
    name: 'Youssef El Amrani', label: 'Aerostructures Assembly Team Leader', email: 'youssef.elamrani@example.com', phone: '+212 6 70 55 53 91',
    city: 'Nouaceur', home: 'Hay Salam, Nouaceur',
    summary: 'Team leader in fuselage panel assembly for commercial aircraft: drilling, riveting, sealing and first-article inspection, with a team of 15 technicians.',
    work: [
      job('Team Leader, Fuselage Assembly', 'Atlas Aerostructures SA', 'Midparc, Nouaceur', '2019-01', null, 'since Jan. 2019', [
        'Team of 15 on two shifts; on-time delivery of panels 98 % in 2025.',
        'Led the move to automated drilling on the frame line.',
      ]),
      job('Assembly Technician', 'Atlas Aerostructures SA', 'Midparc, Nouaceur', '2014-09', '2018-12', 'Sept. 2014 – Dec. 2018', []),
    ],
    education: [
      school("Institut des Métiers de l'Aéronautique", 'Technician Diploma', 'Aircraft Structures Assembly', '2012', '2014', 'Technician diploma – Aircraft structures assembly (IMA)', '2012 – 2014'),
      school('Lycée Technique Mohammedia', 'Baccalauréat', null, undefined, '2012', 'Baccalauréat, Sciences et Technologies Mécaniques', '2012'),
    ],
    skills: [['Assembly', ['Riveting', 'Sealing', 'Drilling and Countersinking', 'First Article Inspection']], ['Quality', ['AS9100', 'Lean Manufacturing']]],
    languages: [['Arabic', 'Native'], ['French', 'Fluent'], ['English', 'Good']],
  },
  // ---------------------------------------------------------------- Suriname
  {
    id: '19-goldassaying-rishi-ramdin', lang: 'en', countryCode: 'SR',
    name: 'Rishi Ramdin', label: 'Gold Assayer / Laboratory Supervisor', email: 'rishi.ramdin@example.net', phone: '+597 855-5213',
    city: 'Lelydorp', home: 'Lelydorp, Wanica',
    summary: 'Laboratory supervisor at a gold assay laboratory: fire assay, bullion purity and the chain of custody for small-scale miners\' gold.',
    work: [
      job('Laboratory Supervisor', 'Saramacca Gold Assay Lab N.V.', 'Paramaribo-Noord', '2018-10', null, 'okt 2018 – heden', [
        'About 9,000 fire assays a year with a team of six.',
        'Brought the lab through its first ISO 17025 accreditation in 2022.',
      ]),
      job('Assayer', 'Brokopondo Mining Services', 'Brokopondo', '2013-01', '2018-09', 'jan 2013 – sep 2018', []),
    ],
    education: [
      school('Anton de Kom Universiteit van Suriname', 'Bachelor of Science', 'Mineral Geosciences', '2008', '2012', 'BSc Minerale Geowetenschappen', '2008 – 2012'),
    ],
    skills: [['Laboratory', ['Fire Assay', 'XRF Analysis', 'Bullion Purity', 'Chain of Custody']], ['Quality', ['ISO 17025', 'Lab Audits']]],
    languages: [['Dutch', 'Native'], ['Sranan Tongo', 'Fluent'], ['Sarnami', 'Fluent'], ['English', 'Good']],
  },
  {
    id: '20-bailiff-georgette-pinas', lang: 'en', countryCode: 'SR',
    name: 'Georgette Pinas', label: 'Court Bailiff', email: 'g.pinas@example.org', phone: '+597 875-5506',
    city: 'Paramaribo', home: 'Latour, Paramaribo',
    summary: 'Bailiff serving writs and summonses and carrying out judgments. I keep a calm and correct manner at the door and a clean file for the court.',
    educationFirst: true,
    work: [
      job('Bailiff', 'Deurwaarderskantoor Kross', 'Paramaribo', '2017-03', null, '01-03-2017 tot heden', [
        'About 1,200 writs served a year; evictions and seizures carried out without incident.',
      ]),
      job('Candidate Bailiff', 'Kantongerecht in het Eerste Kanton', 'Paramaribo', '2012-01', '2017-02', '15-01-2012 t/m 28-02-2017', [
        'Served summonses and prepared seizure reports under supervision.',
      ]),
    ],
    education: [
      school('Anton de Kom Universiteit van Suriname', 'Bachelor', 'Law', '2007', '2011', 'Bachelor in de Rechten', '2007-2011'),
    ],
    skills: [['Legal', ['Service of Process', 'Seizures', 'Evictions', 'Court Reports']], ['Office', ['Case Files', 'Word', 'Excel']]],
    languages: [['Dutch', 'Native'], ['Sranan Tongo', 'Native'], ['English', 'Good']],
  },
  // ---------------------------------------------------------------- Dominican Republic
  {
    id: '21-cigarmaking-wilkin-almonte', lang: 'en', countryCode: 'DO',
    name: 'Wilkin Almonte', label: 'Master Cigar Roller / Production Supervisor', email: 'wilkin.almonte@example.com', phone: '+1 809 555 0147',
    city: 'Tamboril', home: 'Canabacoa, Tamboril',
    summary: 'Cigar roller since 2009 and production supervisor of 40 rolling pairs. I check every vitola for draw, weight and wrapper, and teach new rollers the trade.',
    work: [
      job('Production Supervisor', 'Tabacalera Valle del Cibao', 'Zona Franca de Tamboril', '2018-02', null, 'Feb/18 – Present', [
        '40 rolling pairs, about 32,000 cigars a week across 14 vitolas.',
        'Draw-test rejects down from 4 % to 1.5 %.',
      ]),
      job('Cigar Roller (Torcedor)', 'Tabacalera Valle del Cibao', 'Zona Franca de Tamboril', '2009-04', '2018-01', 'Apr/09 – Jan/18', []),
    ],
    education: [
      school('INFOTEP', 'Certificate', 'Cigar Rolling', undefined, '2009', 'Curso de Torcido de Cigarros (certificate)', '2009'),
      school('Liceo Ulises Francisco Espaillat', 'Bachiller', null, undefined, '2008', 'Bachiller en Ciencias y Letras', '2008'),
    ],
    skills: [['Cigar Making', ['Bunching', 'Wrapper Rolling', 'Draw Testing', 'Vitola Sizes']], ['Supervision', ['Training Rollers', 'Production Counts']]],
    languages: [['Spanish', 'Native'], ['English', 'Basic']],
  },
  {
    id: '22-baseballscouting-yohanny-de-los-santos', lang: 'en', countryCode: 'DO',
    name: 'Yohanny De los Santos', label: 'International Baseball Scout', email: 'yohanny.delossantos@example.net', phone: '(829) 555-0193',
    city: 'San Pedro de Macorís', home: 'Villa Magdalena, San Pedro de Macorís',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/yohanny-delossantos']],
    summary: 'Area scout for the eastern Dominican Republic. I follow players from 13 to 16, write the reports, and sign them with the club when they turn 16.',
    flat: true,
    work: [
      job('Area Scout, Eastern D.R.', 'Harbor City Pelicans Baseball Club', 'San Pedro de Macorís / La Romana', '2016-11', null, "Nov '16 – present", [
        'Signed 23 players in nine classes; four have reached Double-A.',
        'Run the showcase days with the local trainers.',
      ]),
      job('Trainer', 'Academia de Béisbol Los Ingenios', 'Consuelo', '2011-03', '2016-10', "Mar '11 – Oct '16", []),
    ],
    education: [
      school('Universidad Central del Este', 'Licenciatura', 'Physical Education', '2006', '2010', 'Licenciatura en Educación Física', '2006/2010'),
    ],
    skills: [['All', ['Player Evaluation', 'Scouting Reports', 'TrackMan', 'Showcase Organisation', 'Video Scouting', 'Contract Rules']]],
    languages: [['Spanish', 'Native'], ['English', 'Fluent']],
  },
  // ---------------------------------------------------------------- Koreans, in Korean
  {
    id: '23-taekwondo-junseo-choi', lang: 'ko', countryCode: 'KR',
    name: '최준서', label: '태권도 사범', email: 'junseo.choi@example.kr', phone: '010-5552-3871',
    city: '부천시', region: '중동', home: '경기 부천시 중동',
    summary: '태권도 4단, 사범 경력 9년입니다. 유소년 수련생 지도와 승급 심사, 차량 운행과 학부모 상담까지 도장 운영 전반을 맡고 있습니다.',
    work: [
      job('수석 사범', '부천 한빛태권도장', '부천시 중동', '2020-03', null, '2020. 3. ~ 현재', [
        '수련생 140명 지도, 품새 대회 입상자 12명 배출',
        '방학 캠프·줄넘기 특강 기획',
      ]),
      job('사범', '인천 청룡태권도', '인천 부평구', '2016-02', '2020-02', '2016. 2. ~ 2020. 2.', []),
    ],
    education: [
      school('용인대학교', '학사', '태권도학과', '2011-03', '2016-02', '학사 (군 복무 후 복학)', '2011. 3. ~ 2016. 2.'),
    ],
    skills: [['지도', ['품새', '겨루기', '유소년 체육', '승급 심사']], ['운영', ['학부모 상담', '차량 운행']]],
    languages: [['영어', '기초']],
    certificates: [['태권도 4단', '국기원', '2019-11'], ['생활스포츠지도사 2급 (태권도)', '국민체육진흥공단', '2016-12']],
  },
  {
    id: '24-dogtraining-soyul-han', lang: 'ko', countryCode: 'KR',
    name: '한소율', label: '반려견 훈련사', email: 'soyul.han@example.co.kr', phone: '010-5556-1428',
    city: '양평군', region: '양평읍', home: '경기 양평군 양평읍',
    url: 'https://hansoyul-dog.example.kr',
    summary: '반려견 행동 교정과 기본 훈련을 하는 훈련사입니다. 위탁 훈련과 방문 교육, 보호자 상담을 7년째 하고 있습니다.',
    educationFirst: true,
    work: [
      job('팀장 훈련사', '양평 숲속반려견학교', '양평군 옥천면', '2021-07', null, '21.07 - 재직 중', [
        '위탁 훈련견 월 25두, 문제 행동 교정 상담 연 300건',
        '보호자 교육 프로그램 4주 과정 개발',
      ]),
      job('훈련사', '펫앤스쿨 반려견훈련소', '남양주시 화도읍', '2019-02', '2021-06', '19.02 - 21.06', []),
    ],
    education: [
      school('서정대학교', '전문학사', '반려동물과', '2017-03', '2019-02', '전문학사', '2017.03 입학 ~ 2019.02 졸업'),
    ],
    skills: [['훈련', ['기본 복종 훈련', '문제 행동 교정', '사회화 교육']], ['상담', ['보호자 상담', '방문 교육']]],
    languages: [['영어', '중급']],
    certificates: [['반려견 훈련사 2급', '한국애견연맹', '2019-05'], ['반려동물관리사', '한국반려동물관리협회', '2018-08']],
  },
  {
    id: '25-pilates-seoa-yoon', lang: 'ko', countryCode: 'KR',
    name: '윤서아', label: '필라테스 강사', email: 'seoa.yoon@example.kr', phone: '010-5558-2049',
    city: '안양시', region: '평촌동', home: '경기 안양시 동안구 평촌동',
    profiles: [['Instagram', 'https://www.instagram.com/seoa.pilates']],
    summary: '기구 필라테스 6년차 강사입니다. 체형 교정과 재활 필라테스 그룹·개인 수업을 하고, 신입 강사 교육도 맡고 있습니다.',
    work: [
      job('수석 강사', '바른몸 필라테스 평촌점', '안양시 동안구', '2022-04', null, '2022년 4월부터', [
        '주 28회 그룹·개인 수업, 재등록률 78%',
        '신입 강사 실습 교육 과정 운영',
      ]),
      job('강사', '코어라인 필라테스', '군포시 산본동', '2020-01', '2022-03', '2020년 1월 ~ 2022년 3월', []),
    ],
    education: [
      school('동덕여자대학교', '학사', '체육학과', '2014', '2018', '학사', '2014년 입학, 2018년 졸업'),
    ],
    skills: [['수업', ['기구 필라테스', '매트 필라테스', '체형 분석', '재활 운동']], ['기타', ['회원 관리', 'SNS 홍보']]],
    languages: [['영어', '일상 회화']],
    certificates: [['필라테스 지도자 자격 (PMA 인증 과정)', '한국필라테스협회', '2019-12']],
  },
  {
    id: '26-mushroomfarming-taesik-lim', lang: 'ko', countryCode: 'KR',
    name: '임태식', label: '버섯 재배 농장 대표', email: 'taesik.lim@example.co.kr', phone: '010-5553-7716',
    city: '부여군', region: '규암면', home: '충남 부여군 규암면',
    summary: '표고·느타리 버섯 농장을 10년째 운영하고 있습니다. 배지 제조부터 재배사 환경 관리, 로컬푸드와 온라인 직판까지 직접 합니다.',
    work: [
      job('대표', '규암 참버섯농장', '부여군 규암면', '2016-05', null, '2016.05 ~', [
        '재배사 6동, 연 생산 42톤 (표고·느타리)',
        '온라인 직판 비중 35%까지 확대',
      ]),
      job('생산 관리', '(주)청양버섯영농조합', '청양군 비봉면', '2011-03', '2016-04', '2011.03 ~ 2016.04', [
        '배지 제조·접종 라인 관리',
      ]),
    ],
    education: [
      school('충남도립대학교', '전문학사', '원예학과', '2008', '2011', '전문학사', '2008 ~ 2011'),
    ],
    skills: [['재배', ['표고 재배', '느타리 재배', '배지 제조', '재배사 환경 관리']], ['판매', ['온라인 직판', '로컬푸드 납품']]],
    certificates: [['버섯종균기능사', '한국산업인력공단', '2010-08'], ['GAP 인증', '국립농산물품질관리원', '2018-06']],
  },
  {
    id: '27-carwash-doyun-kang', lang: 'ko', countryCode: 'KR',
    name: '강도윤', label: '세차장 운영·디테일링', email: 'doyun.kang@example.kr', phone: '010-5557-9302',
    city: '김제시', region: '요촌동', home: '전북 김제시 요촌동',
    summary: '손세차장과 디테일링 샵을 운영하고 있습니다. 광택·유리막 코팅·실내 크리닝을 직접 시공하고 직원 2명과 함께 일합니다.',
    work: [
      job('대표', '김제 클린카 손세차', '김제시 요촌동', '2020-10', null, '20년 10월 ~ 현재', [
        '월 평균 600대 세차, 코팅 시공 월 25대',
        '법인 차량 정기 세차 계약 8곳',
      ]),
      job('디테일링 기사', '전주 광택나라', '전주시 덕진구', '2016-04', '2020-09', '16년 4월 ~ 20년 9월', []),
    ],
    education: [
      school('김제자영고등학교', '고등학교 졸업', null, undefined, '2012-02', '졸업', '2012년 2월 졸업'),
    ],
    skills: [['시공', ['광택', '유리막 코팅', '실내 크리닝', '썬팅']], ['운영', ['매출 관리', '법인 거래처 관리']]],
    languages: [['영어', '기초']],
    certificates: [['자동차정비기능사', '한국산업인력공단', '2015-07']],
  },
  {
    id: '28-wastecollection-jeongsu-bae', lang: 'ko', countryCode: 'KR',
    name: '배정수', label: '환경미화원', email: 'jeongsu.bae@example.kr', phone: '010-5554-0865',
    city: '동두천시', region: '생연동', home: '경기 동두천시 생연동',
    summary: '생활폐기물 수거 12년차 환경미화원입니다. 수거 차량 운전과 노선 관리, 신입 직원 안전 교육을 맡고 있습니다.',
    work: [
      job('환경미화원 (반장)', '동두천시 생활폐기물 수거 대행 (주)푸른환경', '동두천시 전역', '2014-01', null, '2014.1.~', [
        '압착 수거차 운전, 하루 평균 14톤 수거',
        '야간 수거 노선 재편으로 작업 시간 1시간 단축',
      ]),
      job('물류센터 상하차', '(주)한길로지스 양주센터', '양주시 광적면', '2010-05', '2013-12', '2010.5.~2013.12.', []),
    ],
    education: [
      school('동두천고등학교', '고등학교 졸업', null, '2005-03', '2008-02', '졸업', '2005.3.~2008.2.'),
    ],
    skills: [['수거', ['생활폐기물 수거', '재활용 선별', '노선 관리']], ['운전', ['압착 수거차 운전', '차량 일상 점검']]],
    languages: [['영어', '기초']],
    certificates: [['1종 대형 운전면허', '경찰청', '2009-06'], ['폐기물처리기능사', '한국산업인력공단', '2015-11']],
  },
  {
    id: '29-carsales-haneul-shin', lang: 'ko', countryCode: 'KR',
    name: '신하늘', label: '자동차 영업 컨설턴트', email: 'haneul.shin@example.co.kr', phone: '010-5559-4413',
    city: '계룡시', region: '엄사면', home: '충남 계룡시 엄사면',
    summary: '국산·수입차 영업 8년차입니다. 군 간부 고객이 많은 지역에서 신차 상담과 할부·리스 설계, 출고 후 관리까지 책임지고 있습니다.',
    flat: true,
    work: [
      job('영업 팀장', '계룡 모터스 대리점', '계룡시 엄사면', '2021-02', null, '2021/02 ~ 현재', [
        '연간 신차 판매 142대 (2025), 지점 1위',
        '군 간부 대상 단체 시승 행사 기획',
      ]),
      job('영업 사원', '대전 한빛자동차 판매', '대전 유성구', '2018-01', '2021-01', '2018/01 ~ 2021/01', []),
    ],
    education: [
      school('한남대학교', '학사', '경영학과', '2011-03', '2017-02', '경영학사', '2011/03 ~ 2017/02'),
    ],
    skills: [['전체', ['신차 상담', '할부·리스 설계', '고객 관리', '시승 행사 기획', '중고차 매입 연계']]],
    languages: [['영어', 'TOEIC 820']],
  },
  {
    id: '30-studycafe-jiwoo-moon', lang: 'ko', countryCode: 'KR',
    name: '문지우', label: '스터디카페 매니저', email: 'jiwoo.moon@example.kr', phone: '010-5551-2276',
    city: '구리시', region: '인창동', home: '경기 구리시 인창동',
    summary: '스터디카페 두 곳을 관리하는 매니저입니다. 키오스크·출입 관리, 좌석 운영, 청소 일정과 회원 응대를 맡고 있습니다.',
    work: [
      job('매니저 (2개 지점)', '온집중 스터디카페 인창점·교문점', '구리시 인창동', '2022-11', null, '2022.11 ~ 현재', [
        '좌석 180석 운영, 정기권 회원 월 260명',
        '무인 키오스크 도입 후 야간 인력 비용 40% 절감',
      ]),
      job('총무 아르바이트', '서울 독서실 하늘관', '서울 중랑구', '2019-03', '2022-10', '2019.03 ~ 2022.10', []),
    ],
    education: [
      school('삼육대학교', '학사', '경영정보학과', '2017', '2023', '학사 (재학 중 근무)', '2017 ~ 2023'),
    ],
    skills: [['운영', ['키오스크 관리', '좌석 배정 시스템', '회원 관리']], ['기타', ['엑셀', '네이버 플레이스 관리']]],
    languages: [['영어', '중급']],
  },
];

/** The first `count` people of the set, as { id, resume, presentation }. */
export function buildHoldout17Content(count = PEOPLE.length) {
  return PEOPLE.slice(0, count).map(handWrittenEntry);
}
