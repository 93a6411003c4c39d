// The content of the thirteenth held-back résumé test set (test/fixtures/resume-corpus-holdout13/, issue #10
// §2): 30 fictional people, each written out by hand one by one (no generator, no faker): 22 who write in
// English, two each from eleven countries and territories no earlier set has (Saint Kitts and Nevis, Saint
// Vincent and the Grenadines, the Marshall Islands, the Federated States of Micronesia, Egypt, the United Arab
// Emirates, Lebanon, the Cayman Islands, Bermuda, Sudan, Eritrea), and 8 Koreans who write in Korean. Thirty
// occupations none of the earlier sets uses. Every person's dates, degree lines and school years are written
// as that person writes them (`shown` strings), next to the truth the scoring reads. A date the person gives
// as a year or a season alone is a year in the truth.
//
// Written on 2026-12-01 by an engineer who does not tune the parser and never reads its output on this set.
// Nothing here was adjusted after seeing a parse.
//
// A person: `job(title, employer, place, start, end, shown, bullets)` — `end` null for a job that goes on,
// `shown` the dates as the person writes them; `school(institution, studyType, area, start, end, shownDegree,
// shownYears)`; skills as [[group, [...]]] (or `flat: true` when the person writes one list); languages as
// [[language, fluency]]; certificates as [[name, issuer, date]]; volunteer work is a job like any other.
// `born` and `nationality` (printed only by the form layouts, not scored) and `struck` (a sentence the
// person's editor deleted with Word's track changes on, printed struck through by that layout only, never
// part of the truth) are the person's too.

import { handWrittenEntry } from './lib/resume-corpus-build.mjs';

const job = (position, name, location, startDate, endDate, shown, highlights) => ({ position, name, location, startDate, endDate, shown, highlights });
const school = (institution, studyType, area, startDate, endDate, degreeText, shown) => ({ institution, studyType, area, startDate, endDate, degreeText, shown });

/** The people, in the order of their ids. */
const PEOPLE = [
  // ---------------------------------------------------------------- Saint Kitts and Nevis
  {
    id: '01-cruisepier-shaquille-liburd', lang: 'en', countryCode: 'KN', nationality: 'Kittitian',
    name: 'Shaquille Liburd', label: 'Cruise Berth Operations Coordinator', email: 'shaq.liburd@example.com', phone: '+1 869 555 0173',
    city: 'Basseterre', region: 'Saint George Basseterre', home: 'McKnight, Basseterre', born: '17 May 1991',
    summary: 'I coordinate berthing, gangways and passenger flow for up to four cruise ships a day at Port Zante. Calm under pressure when two mega-ships arrive on the same tide.',
    struck: 'Seeking a challenging position in a progressive organisation.',
    work: [
      job('Berth Operations Coordinator', 'St. Christopher Air and Sea Ports Authority', 'Port Zante Cruise Terminal', '2019-10', null, 'October 2019 – Present', [
        'Plan berth allocation for 380 ship calls a season with the lines\' port agents.',
        'Cut the time from first line ashore to gangway open from 40 to 25 minutes.',
      ]),
      job('Passenger Services Agent', 'St. Christopher Air and Sea Ports Authority', 'Robert L. Bradshaw International Airport', '2015-06', '2019-09', 'June 2015 – September 2019', []),
      job('Volunteer Steward', 'St. Kitts Music Festival', 'Warner Park', '2013', '2018', 'Every June, 2013 – 2018', []),
    ],
    education: [
      school('Clarence Fitzroy Bryant College', 'Associate Degree', 'Business Administration', '2010', '2012', 'Associate of Applied Science, Business Administration', '2010 – 2012'),
    ],
    skills: [['Port operations', ['Berth Planning', 'Gangway Safety', 'ISPS Code', 'Crowd Management']], ['Systems', ['Port Community System', 'Excel', 'VHF Radio']]],
    languages: [['English', 'Native'], ['Spanish', 'Conversational']],
  },
  {
    id: '02-academicregistry-natalie-hanley', lang: 'en', countryCode: 'KN', nationality: 'Kittitian and Nevisian',
    name: 'Natalie Hanley-Browne', label: 'Assistant Registrar, Admissions and Records', email: 'n.hanleybrowne@example.org', phone: '+1 869 555 0241',
    city: 'Charlestown', region: 'Nevis', home: 'Ramsbury Site, Charlestown, Nevis', born: '3 February 1986',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/natalie-hanley-browne']],
    summary: 'Registry professional at an offshore medical university. I run admissions for three intakes a year, keep the student record system clean and certify transcripts for residency applications in the US and Canada.',
    work: [
      job('Assistant Registrar', 'University of Medicine and Health Sciences', 'Basseterre campus', '2020-01', null, 'Jan. 2020 to date', [
        'Processed 1,100 applications a year across the January, May and September intakes.',
        'Moved 14 years of paper files into the student information system in 2021.',
      ]),
      job('Records Officer', 'University of Medicine and Health Sciences', 'Basseterre campus', '2016-08', '2019-12', 'Aug. 2016 to Dec. 2019', [
        'Certified transcripts and Dean\'s letters for ERAS and CaRMS.',
      ]),
      job('Clerical Officer', 'Nevis Island Administration', 'Charlestown', '2008-03', '2016-07', 'March 2008 to July 2016', []),
    ],
    education: [
      school('University of the West Indies Global Campus', 'Bachelor of Science', 'Management Studies', '2011', '2015', 'B.Sc. Management Studies (part-time)', '2011 – 2015'),
      school('Charlestown Secondary School', 'CXC CSEC', null, '2000', '2005', 'CXC CSEC, 8 subjects', '2000 – 2005'),
    ],
    skills: [['Registry', ['Admissions', 'Transcript Certification', 'FERPA', 'Student Information Systems']], ['Office', ['PowerSchool', 'Excel', 'Minute Taking']]],
    languages: [['English', 'Native']],
    certificates: [['Certificate in Records Management', 'ARMA International', '2018-04']],
  },
  // ---------------------------------------------------------------- Saint Vincent and the Grenadines
  {
    id: '03-arrowrootprocessing-winston-cupid', lang: 'en', countryCode: 'VC', nationality: 'Vincentian',
    name: 'Winston "Bugs" Cupid', label: 'Arrowroot Factory Supervisor', email: 'winston.cupid@example.net', phone: '+1 784 555 0198',
    city: 'Georgetown', region: 'Charlotte', home: 'Dickson Village, Georgetown',
    born: '1974', struck: 'Hobbies: cricket, dominoes.',
    summary: 'Twenty years in arrowroot starch. I run the grating, washing and settling line in harvest season and keep the machines alive the rest of the year.',
    work: [
      job('Factory Supervisor', 'St. Vincent Arrowroot Industry Association', 'Owia Arrowroot Factory', '2012', null, '2012 – present (harvest: Sept – May)', [
        'Raised starch output from 180,000 lb to 260,000 lb a season after repairing the second settling tank.',
        'Trained 14 seasonal workers in food safety and machine guarding.',
      ]),
      job('Machine Operator', 'St. Vincent Arrowroot Industry Association', 'Owia Arrowroot Factory', '2003', '2011', '2003 – 2011', []),
      job('Farm Hand', 'Orange Hill Estates', 'Orange Hill', '1995', '2002', '1995 – 2002', []),
    ],
    education: [
      school('Georgetown Secondary School', 'Secondary School Leaving Certificate', null, '1987', '1991', 'School Leaving Certificate', '1987 – 1991'),
    ],
    skills: [['All', ['Starch Processing', 'Grater Maintenance', 'Food Safety', 'Welding', 'Crew Supervision']]],
    flat: true,
    languages: [['English', 'Native'], ['Vincentian Creole', 'Native']],
  },
  {
    id: '04-coastguard-kimone-bacchus', lang: 'en', countryCode: 'VC', nationality: 'Vincentian',
    name: 'Kimone Bacchus', label: 'Petty Officer, Coast Guard', email: 'kimone.bacchus@example.com', phone: '+1 784 555 0127',
    city: 'Kingstown', region: 'Saint George', home: 'Arnos Vale, Kingstown', born: '22 September 1993',
    summary: 'Coast guard petty officer and coxswain. Search and rescue, fisheries patrols and boarding in the Grenadines; first woman coxswain of the Calliaqua base.',
    employerFirst: true,
    work: [
      job('Petty Officer / Coxswain', 'Royal St. Vincent and the Grenadines Police Force – Coast Guard Service', 'Calliaqua Coast Guard Base', '2020-04', null, 'April 2020 – present', [
        'Commanded 63 search and rescue launches; 41 people brought home.',
        'Led boarding teams on fisheries and customs patrols south to Union Island.',
      ]),
      job('Leading Seaman', 'Royal St. Vincent and the Grenadines Police Force – Coast Guard Service', 'Calliaqua Coast Guard Base', '2014-09', '2020-03', 'September 2014 – March 2020', []),
    ],
    education: [
      school('Regional Security System Training Unit', 'Coxswain Course', null, '2018', '2018', 'Coxswain Course, Level 2', '2018'),
      school('St. Vincent Girls\' High School', 'CSEC', null, '2005', '2010', 'CSEC (9 subjects) and CAPE Unit 1', '2005 – 2010'),
    ],
    skills: [['Seamanship', ['Boat Handling', 'Search and Rescue', 'Radar Navigation', 'Boarding Procedures']], ['Safety', ['First Aid', 'Sea Survival', 'Firefighting']]],
    languages: [['English', 'Native'], ['Spanish', 'Basic']],
    certificates: [['STCW Basic Safety Training', 'Maritime Administration SVG', '2015-02']],
  },
  // ---------------------------------------------------------------- Marshall Islands
  {
    id: '05-copraprocessing-jiba-lokeijak', lang: 'en', countryCode: 'MH', nationality: 'Marshallese',
    name: 'Jiba Lokeijak', label: 'Copra Buying and Mill Operations Officer', email: 'jiba.lokeijak@example.org', phone: '+692 625 5513',
    city: 'Majuro', region: 'Majuro Atoll', home: 'Delap, Majuro', born: '8 December 1983',
    summary: 'I buy copra from 24 outer-island atolls and run the mill that presses it into oil. Field trips by ship, cash payments and quality checks on every bag.',
    work: [
      job('Mill Operations Officer', 'Tobolar Copra Processing Authority', 'Uliga, Majuro', '2018-07', null, 'July 2018 – Now', [
        'Pressed 4,800 tonnes of copra into coconut oil and meal in 2023.',
        'Kept the expeller running 92% of scheduled hours.',
      ]),
      job('Copra Buyer', 'Tobolar Copra Processing Authority', 'Field trip ships to the outer islands', '2011-02', '2018-06', 'Feb 2011 – June 2018', [
        'Graded and paid for copra on 30 field trips a year.',
      ]),
    ],
    education: [
      school('College of the Marshall Islands', 'Associate of Science', 'Agriculture', '2006', '2009', 'A.S. Agriculture', '2006 – 2009'),
      school('Marshall Islands High School', 'High School Diploma', null, '2002', '2006', 'High School Diploma', '2002 – 2006'),
    ],
    skills: [['Operations', ['Copra Grading', 'Expeller Operation', 'Moisture Testing', 'Cash Handling']], ['Computer', ['Excel', 'QuickBooks']]],
    languages: [['Marshallese', 'Native'], ['English', 'Fluent']],
  },
  {
    id: '06-dialysis-rosalyn-jeadrik', lang: 'en', countryCode: 'MH', nationality: 'Marshallese',
    name: 'Rosalyn Jeadrik', label: 'Dialysis Technician', email: 'r.jeadrik@example.com', phone: '+692 329 5542',
    city: 'Ebeye', region: 'Kwajalein Atoll', home: 'Lojjairok, Ebeye', born: '30 June 1995',
    summary: 'Certified haemodialysis technician. I set up and monitor treatments for 22 patients on three shifts and teach families about fluid limits and fistula care.',
    work: [
      job('Dialysis Technician', 'Leroj Kitlang Health Center', 'Ebeye', '2022-03', null, 'March 2022 - present', [
        'Run three treatment shifts six days a week on four machines.',
        'Started a monthly class for patients\' families in Marshallese.',
      ]),
      job('Dialysis Technician Trainee', 'Majuro Hospital Dialysis Unit', 'Majuro', '2020-09', '2022-02', 'Sept 2020 - Feb 2022', []),
      job('Teacher Aide', 'Ebeye Public Elementary School', 'Ebeye', '2015', '2019', '2015 - 2019', []),
    ],
    education: [
      school('Pacific Islands Dialysis Training Program', 'Certificate', 'Haemodialysis Technology', '2020', '2021', 'Certificate in Haemodialysis Technology', '2020 - 2021'),
      school('Kwajalein Atoll High School', 'High School Diploma', null, '2010', '2014', 'High School Diploma', '2010 - 2014'),
    ],
    skills: [['Clinical', ['Haemodialysis', 'Vascular Access Care', 'Water Treatment Checks', 'Infection Control']], ['Other', ['Patient Education', 'CPR']]],
    languages: [['Marshallese', 'Native'], ['English', 'Good']],
    certificates: [['Certified Clinical Hemodialysis Technician (CCHT)', 'Nephrology Nursing Certification Commission', '2021-11']],
  },
  // ---------------------------------------------------------------- Federated States of Micronesia
  {
    id: '07-statistics-kasio-ehsa', lang: 'en', countryCode: 'FM', nationality: 'Micronesian',
    name: 'Kasio Ehsa', label: 'Statistician – Household Surveys', email: 'kasio.ehsa@example.net', phone: '+691 320 5581',
    city: 'Kolonia', region: 'Pohnpei', home: 'Nett, Kolonia, Pohnpei', born: '11 April 1988',
    profiles: [['GitHub', 'https://github.com/kasio-ehsa']],
    summary: 'Government statistician. I designed the sampling for the 2023 Household Income and Expenditure Survey and publish the quarterly price index.',
    educationFirst: true,
    work: [
      job('Senior Statistician', 'FSM Statistics Office', 'Palikir', '2021-05', null, 'May 2021 – present', [
        'Led the 2023 HIES: 2,400 households on 4 states and 60 enumerators.',
        'Automated the consumer price index in R and cut release time from 6 weeks to 10 days.',
      ]),
      job('Statistics Officer', 'FSM Statistics Office', 'Palikir', '2014-01', '2021-04', 'January 2014 – April 2021', []),
    ],
    education: [
      school('University of Hawaii at Manoa', 'Master of Science', 'Statistics', '2018', '2020', 'MSc Statistics (distance)', '2018 – 2020'),
      school('University of Hawaii at Hilo', 'Bachelor of Science', 'Mathematics', '2008', '2012', 'BS Mathematics', '2008 – 2012'),
    ],
    skills: [['Methods', ['Survey Sampling', 'Price Indices', 'Weighting', 'Census Mapping']], ['Software', ['R', 'Stata', 'CSPro', 'Survey Solutions']]],
    languages: [['Pohnpeian', 'Native'], ['English', 'Fluent']],
  },
  {
    id: '08-fueldepot-marissa-nakamura', lang: 'en', countryCode: 'FM', nationality: 'Micronesian',
    name: 'Marissa Nakamura', label: 'Fuel Terminal Supervisor', email: 'marissa.nakamura@example.com', phone: '+691 330 5527',
    city: 'Weno', region: 'Chuuk', home: 'Mechitiw, Weno, Chuuk', born: '19 October 1987',
    summary: 'Terminal supervisor for a bulk fuel depot. Tanker discharges, airport refuelling and the safety of a crew of nine.',
    work: [
      job('Terminal Supervisor', 'Chuuk Fuel Corporation', 'Weno Bulk Fuel Terminal', '2017-11', null, '11/2017 – present', [
        'Received 26 tanker discharges without a spill; led the 2022 tank inspection.',
      ]),
      job('Into-plane Refueller', 'Chuuk Fuel Corporation', 'Chuuk International Airport', '2012-04', '2017-10', '04/2012 – 10/2017', [
        'Fuelled scheduled jets and coast guard aircraft; kept fuel quality records.',
      ]),
      job('Cashier', 'Truk Stop Hotel', 'Weno', '2009', '2012', '2009 – 2012', []),
    ],
    education: [
      school('College of Micronesia-FSM, Chuuk Campus', 'Certificate of Achievement', 'Electrical Technology', '2010', '2011', 'Certificate of Achievement, Electrical Technology', '2010 – 2011'),
    ],
    skills: [['Fuel', ['Tanker Discharge', 'Aviation Refuelling', 'JIG Standards', 'Tank Gauging']], ['Safety', ['Spill Response', 'Permit to Work']]],
    languages: [['Chuukese', 'Native'], ['English', 'Fluent'], ['Japanese', 'Basic']],
  },
  // ---------------------------------------------------------------- Egypt
  {
    id: '09-cottonclassing-hany-elsayed', lang: 'en', countryCode: 'EG', nationality: 'Egyptian',
    name: 'Hany Mohamed El-Sayed', label: 'Senior Cotton Classer', email: 'hany.elsayed@example.com', phone: '+20 100 555 4217',
    city: 'Alexandria', region: 'Alexandria Governorate', home: 'Smouha, Alexandria', born: '04/09/1980',
    summary: 'Cotton classer for Egyptian extra-long staple cotton. I grade Giza varieties by hand and HVI, settle quality claims with spinners abroad and train junior classers.',
    work: [
      job('Senior Classer', 'Alexandria Cotton Exporters\' Association', 'Minet El Bassal', '2016-02', null, 'Feb. 2016 – till now', [
        'Class about 40,000 samples a season for export contracts.',
        'Settled 35 arbitration cases with spinners in Italy, India and Pakistan.',
      ]),
      job('Cotton Classer', 'Cotton Arbitration and Testing General Organization', 'Alexandria', '2005-09', '2016-01', 'Sept. 2005 – Jan. 2016', [
        'Graded Giza 45, 86 and 94 for the official standards.',
      ]),
    ],
    education: [
      school('Alexandria University', 'Bachelor of Science', 'Agriculture (Textile Fibres)', '1998', '2002', 'B.Sc. Agriculture, Textile Fibres, grade Very Good', '1998 – 2002'),
    ],
    skills: [['Classing', ['Hand Classing', 'HVI Testing', 'Staple Length', 'Arbitration']], ['Computer', ['Excel', 'SAP']]],
    languages: [['Arabic', 'Mother tongue'], ['English', 'Very good'], ['Italian', 'Basic']],
  },
  {
    id: '10-ultrasonography-mariam-fawzy', lang: 'en', countryCode: 'EG', nationality: 'Egyptian',
    name: 'Mariam Fawzy', label: 'Diagnostic Medical Sonographer (RDMS)', email: 'mariam.fawzy@example.org', phone: '+20 122 555 9034',
    city: 'Cairo', region: 'Cairo Governorate', home: 'Nasr City, Cairo', born: '27 March 1992',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/mariam-fawzy-rdms']],
    summary: 'Sonographer with eight years in obstetric, abdominal and vascular ultrasound. Registered with ARDMS. Back at work since 2023 after two years at home with my twins.',
    work: [
      job('Senior Sonographer', 'Cleopatra Hospital', 'Heliopolis', '2023-02', null, 'Feb 2023 – Present', [
        'Perform about 25 scans a day, including fetal anomaly scans at 20 weeks.',
        'Wrote the department\'s protocol for DVT scans of the legs.',
      ]),
      job('Sonographer', 'Alfa Scan Radiology Centre', 'Nasr City', '2016-10', '2021-01', 'Oct 2016 – Jan 2021', [
        'Abdominal, pelvic and thyroid ultrasound for outpatients.',
      ]),
    ],
    education: [
      school('Cairo University', 'Bachelor of Science', 'Radiology and Medical Imaging Technology', '2010', '2014', 'Bachelor of Radiology and Medical Imaging Technology', '2010 – 2014'),
    ],
    skills: [['Ultrasound', ['Obstetric Ultrasound', 'Abdominal Ultrasound', 'Vascular Doppler', 'Fetal Echo Basics']], ['Systems', ['PACS', 'GE Voluson', 'Philips EPIQ']]],
    languages: [['Arabic', 'Native'], ['English', 'Fluent'], ['French', 'Intermediate (DELF B1)']],
    certificates: [['RDMS (Abdomen)', 'ARDMS', '2019-06']],
  },
  // ---------------------------------------------------------------- United Arab Emirates
  {
    id: '11-falconhospital-saeed-alketbi', lang: 'en', countryCode: 'AE', nationality: 'Emirati',
    name: 'Saeed Al Ketbi', label: 'Falcon Hospital Veterinary Technician', email: 'saeed.alketbi@example.com', phone: '+971 50 555 3186',
    city: 'Abu Dhabi', region: 'Abu Dhabi Emirate', home: 'Al Shamkha, Abu Dhabi', born: '12/11/1990',
    summary: 'Veterinary technician at a falcon hospital. I handle, weigh and anaesthetise falcons, imp broken feathers and run the moult ward in summer.',
    work: [
      job('Senior Veterinary Technician', 'Abu Dhabi Falcon Hospital', 'Sweihan Road', '2017-03', null, 'March 2017 – present', [
        'Handle about 11,000 falcon patients a year with a team of six.',
        'Set up the feather bank and imped 900 birds in the 2023 season.',
      ]),
      job('Veterinary Technician', 'Abu Dhabi Falcon Hospital', 'Sweihan Road', '2013-09', '2017-02', 'September 2013 – February 2017', []),
      job('Volunteer Falconer', 'Emirates Falconers\' Club', 'Al Ain', '2010', null, 'Since 2010 (hunting seasons)', []),
    ],
    education: [
      school('Higher Colleges of Technology', 'Diploma', 'Veterinary Science Technology', '2010', '2013', 'Higher Diploma in Veterinary Science Technology', '2010 – 2013'),
    ],
    skills: [['Clinical', ['Falcon Handling', 'Avian Anaesthesia', 'Radiography', 'Imping']], ['Other', ['Microchipping', 'CITES Passports']]],
    languages: [['Arabic', 'Native'], ['English', 'Good']],
  },
  {
    id: '12-ropeaccess-joseph-dsouza', lang: 'en', countryCode: 'AE', nationality: 'Indian',
    name: 'Joseph D\'Souza', label: 'IRATA Level 3 Rope Access Supervisor', email: 'joseph.dsouza@example.net', phone: '+971 55 555 7402',
    city: 'Dubai', region: 'Dubai', home: 'Al Barsha 1, Dubai', born: '1 January 1985',
    summary: 'Rope access supervisor for façade cleaning, glass replacement and inspection of high-rise towers. Fourteen years without a lost-time injury on my teams.',
    work: [
      job('Rope Access Supervisor', 'Skyline Façade Services LLC', 'Dubai Marina and Downtown', '2018-01', null, '01.2018 - present', [
        'Plan rigging and rescue for crews of 12 on towers up to 74 floors.',
        'Replaced 260 curtain-wall glass units without closing the street below.',
      ]),
      job('Rope Access Technician', 'Gulf Height Works LLC', 'Sharjah', '2012-05', '2017-12', '05.2012 - 12.2017', [
        'Façade cleaning and sealant repair; Level 1 to Level 2 in 2014.',
      ]),
      job('Painter', 'Mangalore Building Contractors', 'Mangaluru, India', '2006', '2012', '2006 - 2012', []),
    ],
    education: [
      school('Government ITI Mangaluru', 'National Trade Certificate', 'Painter (General)', '2003', '2005', 'NTC Painter (General)', '2003 - 2005'),
    ],
    skills: [['Rope access', ['Rigging', 'Rope Rescue', 'BMU Operation', 'Façade Inspection']], ['Trades', ['Glazing', 'Sealant Repair', 'Painting']]],
    languages: [['Konkani', 'Native'], ['English', 'Fluent'], ['Hindi', 'Fluent'], ['Arabic', 'Basic']],
    certificates: [['IRATA Level 3', 'Industrial Rope Access Trade Association', '2018-03']],
  },
  // ---------------------------------------------------------------- Lebanon
  {
    id: '13-olivemill-georges-khoury', lang: 'en', countryCode: 'LB', nationality: 'Lebanese',
    name: 'Georges Khoury', label: 'Olive Mill Manager', email: 'georges.khoury@example.com', phone: '+961 3 555 284',
    city: 'Amioun', region: 'Koura, North Lebanon', home: 'Amioun, Koura', born: '1979',
    url: 'https://khoury-olive.example.com',
    summary: 'I manage our family\'s two-phase olive mill in Koura: pressing for 600 farmers in October and November, then bottling, lab tests and export of extra virgin oil the rest of the year.',
    work: [
      job('Mill Manager', 'Khoury Olive Press', 'Amioun', '2011', null, '2011 – today', [
        'Installed a two-phase decanter in 2016; yield up 7% and no more black water.',
        'Won a silver medal at the 2022 NYIOOC for our Souri oil.',
      ]),
      job('Quality Assistant', 'Lebanese Agricultural Research Institute', 'Tal Amara', '2004-10', '2010-12', 'Oct. 2004 – Dec. 2010', [
        'Tested acidity and peroxides of olive oil samples from the north.',
      ]),
    ],
    education: [
      school('Lebanese University, Faculty of Agronomy', 'Diploma', 'Agricultural Engineering', '1997', '2002', 'Diplôme d\'ingénieur agronome', '1997 – 2002'),
    ],
    skills: [['Mill', ['Two-Phase Decanters', 'Malaxation', 'Acidity Testing', 'Bottling']], ['Business', ['Export Documents', 'Farmer Contracts']]],
    languages: [['Arabic', 'Native'], ['French', 'Fluent'], ['English', 'Very good']],
  },
  {
    id: '14-printproduction-rania-haddad', lang: 'en', countryCode: 'LB', nationality: 'Lebanese',
    name: 'Rania Haddad', label: 'Print Production Manager', email: 'rania.haddad@example.org', phone: '+961 71 555 903',
    city: 'Beirut', region: 'Beirut Governorate', home: 'Mar Mikhael, Beirut', born: '25 July 1986',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/raniahaddad-print'], ['Behance', 'https://www.behance.net/raniahaddad']],
    summary: 'Production manager in offset and digital print. I take a job from prepress to the delivery van: paper buying, colour proofs, press scheduling and binding. Rebuilt our workflow after the port explosion in 2020.',
    work: [
      job('Production Manager', 'Dar Al Kalima Printing Press', 'Mkalles', '2019-03', null, 'March 2019 – present', [
        'Schedule two Heidelberg offset presses and a digital line for 1,400 jobs a year.',
        'Got the press running again five weeks after the August 2020 blast.',
      ]),
      job('Prepress Supervisor', 'Dar Al Kalima Printing Press', 'Mkalles', '2014-06', '2019-02', 'June 2014 – February 2019', []),
      job('Graphic Designer', 'Studio Lawn', 'Gemmayzeh', '2009-09', '2014-05', 'September 2009 – May 2014', [
        'Book covers and packaging for publishers in Beirut and the Gulf.',
      ]),
    ],
    education: [
      school('Académie Libanaise des Beaux-Arts (ALBA)', 'Bachelor of Arts', 'Graphic Design', '2005', '2009', 'BA Graphic Design', '2005 – 2009'),
    ],
    skills: [['Print', ['Offset Printing', 'Prepress', 'Colour Management', 'Imposition', 'Binding']], ['Software', ['Adobe InDesign', 'Acrobat Preflight', 'Kodak Prinergy']]],
    languages: [['Arabic', 'Native'], ['French', 'Native'], ['English', 'Fluent']],
  },
  // ---------------------------------------------------------------- Cayman Islands
  {
    id: '15-dockmaster-tyrone-ebanks', lang: 'en', countryCode: 'KY', nationality: 'Caymanian',
    name: 'Tyrone Ebanks', label: 'Dockmaster', email: 'tyrone.ebanks@example.com', phone: '+1 345 555 0162',
    city: 'West Bay', region: 'Grand Cayman', home: 'Birch Tree Hill, West Bay', born: '9 June 1982',
    summary: 'Dockmaster of a 110-slip marina. Berthing superyachts, fuel dock, hurricane plans and a team of eight dockhands.',
    work: [
      job('Dockmaster', 'Barcadere Marina', 'George Town', '2018-05', null, 'May 2018 – present', [
        'Berthed yachts up to 180 ft and ran the fuel dock (1.2 million gallons a year).',
        'Wrote the marina\'s hurricane plan; all boats moved out before Ivan-class storm warnings in 2022.',
      ]),
      job('Assistant Dockmaster', 'Camana Bay Harbour', 'Grand Cayman', '2012', '2018', '2012 – 2018', []),
      job('Mate', 'Red Sail Sports', 'Seven Mile Beach', '2004', '2011', 'Seasons 2004 – 2011', [
        'Crewed snorkel and sunset catamarans.',
      ]),
    ],
    education: [
      school('University College of the Cayman Islands', 'Associate Degree', 'Marine Studies', '2000', '2002', 'Associate of Science, Marine Studies', '2000 – 2002'),
    ],
    skills: [['Marine', ['Boat Handling', 'Fuel Dock Operations', 'Hurricane Preparedness', 'Mooring Maintenance']], ['Licences', ['RYA Yachtmaster Offshore', 'VHF Radio']]],
    languages: [['English', 'Native']],
  },
  {
    id: '16-hyperbaric-leanne-bodden', lang: 'en', countryCode: 'KY', nationality: 'Caymanian',
    name: 'Leanne Bodden', label: 'Hyperbaric Chamber Technician (CHT)', email: 'leanne.bodden@example.net', phone: '+1 345 555 0119',
    city: 'Bodden Town', region: 'Grand Cayman', home: 'Savannah, Bodden Town', born: '14 February 1990',
    summary: 'Certified hyperbaric technician. I run treatments for divers with the bends and for wound-care patients, and I keep the chamber, air and fire systems inspection-ready.',
    educationFirst: true,
    work: [
      job('Chamber Technician', 'Health Services Authority', 'Cayman Islands Hospital, George Town', '2019-08', null, 'Aug 2019 - now', [
        'Operated 1,150 chamber treatments, 38 of them emergency dive cases.',
        'Passed every annual safety inspection since 2020.',
      ]),
      job('Dive Instructor', 'Ocean Frontiers', 'East End', '2013-01', '2019-07', 'Jan 2013 - Jul 2019', [
        'Taught 400 divers from Open Water to Rescue.',
      ]),
    ],
    education: [
      school('National Board of Diving and Hyperbaric Medical Technology', 'Certificate', 'Hyperbaric Technology', '2019', '2020', 'Certified Hyperbaric Technologist (CHT)', '2019 - 2020'),
      school('University College of the Cayman Islands', 'Associate Degree', 'Natural Sciences', '2008', '2010', 'Associate of Science, Natural Sciences', '2008 - 2010'),
    ],
    skills: [['Hyperbaric', ['Chamber Operation', 'Dive Medicine', 'Oxygen Safety', 'Wound Care Support']], ['Diving', ['PADI Instructor', 'Nitrox']]],
    languages: [['English', 'Native'], ['Spanish', 'Intermediate']],
  },
  // ---------------------------------------------------------------- Bermuda
  {
    id: '17-catmodelling-ashley-outerbridge', lang: 'en', countryCode: 'BM', nationality: 'Bermudian',
    name: 'Ashley Outerbridge', label: 'Catastrophe Risk Analyst', email: 'ashley.outerbridge@example.com', phone: '+1 441 555 0137',
    city: 'Southampton', region: 'Southampton Parish', home: 'Horseshoe Bay Road, Southampton', born: '6 August 1994',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/ashleyouterbridge']],
    summary: 'Cat modeller at a Bermuda reinsurer. I run hurricane and earthquake models on property treaties and explain the numbers to underwriters in plain words.',
    work: [
      job('Catastrophe Risk Analyst', 'Somers Isles Re Ltd.', 'Hamilton', '2021-09', null, 'September 2021 – Present', [
        'Model about 180 property treaties a year in RMS and Verisk.',
        'Built a Python tool that checks exposure data before modelling; rework down by half.',
      ]),
      job('Graduate Trainee', 'Somers Isles Re Ltd.', 'Hamilton', '2019-07', '2021-08', 'July 2019 – August 2021', []),
      job('Summer Intern', 'Bermuda Institute of Ocean Sciences', 'St. George\'s', '2017-06', '2017-08', 'Summer 2017', []),
    ],
    education: [
      school('University of Manitoba', 'Bachelor of Science', 'Actuarial Science', '2015', '2019', 'BSc Actuarial Science (Co-op)', '2015 – 2019'),
    ],
    skills: [['Modelling', ['RMS RiskLink', 'Verisk Touchstone', 'Exposure Data', 'Treaty Pricing']], ['Code', ['Python', 'SQL', 'Power BI']]],
    languages: [['English', 'Native'], ['Portuguese', 'Conversational']],
  },
  {
    id: '18-corrections-dwayne-simmons', lang: 'en', countryCode: 'BM', nationality: 'Bermudian',
    name: 'Dwayne Simmons', label: 'Senior Corrections Officer', email: 'dwayne.simmons@example.org', phone: '+1 441 555 0184',
    city: 'Sandys', region: 'Sandys Parish', home: 'Somerset Village, Sandys', born: '20 October 1978',
    summary: 'Corrections officer for twenty years; senior officer on the young offenders\' unit. I run the unit\'s education and work programme and mentor new officers.',
    employerFirst: true,
    work: [
      job('Senior Corrections Officer', 'Department of Corrections', 'Co-Educational Facility, Dockyard', '2015-04', null, 'Apr. 2015 – present', [
        'Run a unit of 18 young offenders and a team of 7 officers.',
        'Started a boat-building workshop with a local charity; 11 graduates in jobs.',
      ]),
      job('Corrections Officer', 'Department of Corrections', 'Westgate Correctional Facility', '2005-02', '2015-03', 'Feb. 2005 – Mar. 2015', []),
      job('Lifeguard', 'Bermuda Parks Department', 'Horseshoe Bay', '1998', '2004', 'Summers, 1998 – 2004', []),
    ],
    education: [
      school('Bermuda College', 'Associate Degree', 'Criminal Justice', '1997', '1999', 'Associate of Arts, Criminal Justice', '1997 – 1999'),
    ],
    skills: [['Corrections', ['Conflict De-escalation', 'Case Management', 'Search Procedures', 'Report Writing']], ['Training', ['Mentoring', 'First Aid Instructor']]],
    languages: [['English', 'Native']],
  },
  // ---------------------------------------------------------------- Sudan
  {
    id: '19-gumarabic-osman-babiker', lang: 'en', countryCode: 'SD', nationality: 'Sudanese',
    name: 'Osman Abdelrahim Babiker', label: 'Gum Arabic Quality and Export Manager', email: 'osman.babiker@example.com', phone: '+249 912 555 630',
    city: 'Port Sudan', region: 'Red Sea State', home: 'Deim Arab, Port Sudan', born: '1 July 1977',
    summary: 'Quality and export manager for hashab and talha gum. From the El Obeid auction to the container in Port Sudan: cleaning, grading, kibbling, lab tests and shipping papers.',
    work: [
      job('Quality and Export Manager', 'Kordofan Gum Company', 'Port Sudan warehouse', '2020-01', null, 'Jan 2020 – present', [
        'Shipped 9,000 tonnes of hashab gum to France, India and the US in 2022.',
        'Kept exports moving in 2023 by moving the grading line from Khartoum to Port Sudan.',
      ]),
      job('Quality Controller', 'Kordofan Gum Company', 'Khartoum North', '2009-03', '2019-12', 'Mar 2009 – Dec 2019', [
        'Graded and sampled gum for JECFA and FCC specifications.',
      ]),
      job('Buyer', 'Gum Arabic Company Ltd', 'El Obeid', '2002', '2009', '2002 – 2009', []),
    ],
    education: [
      school('University of Kordofan', 'Bachelor of Science', 'Forestry and Range Science', '1996', '2001', 'B.Sc. (Honours) Forestry and Range Science', '1996 – 2001'),
    ],
    skills: [['Quality', ['Gum Grading', 'Viscosity Testing', 'ISO 22000', 'Kibbling']], ['Trade', ['Letters of Credit', 'Phytosanitary Certificates']]],
    languages: [['Arabic', 'Native'], ['English', 'Fluent']],
  },
  {
    id: '20-anaesthesia-amna-elhassan', lang: 'en', countryCode: 'SD', nationality: 'Sudanese',
    name: 'Amna Elhassan', label: 'Nurse Anaesthetist', email: 'amna.elhassan@example.org', phone: '+249 123 555 817',
    city: 'Omdurman', region: 'Khartoum State', home: 'Al Mulazmin, Omdurman', born: '15/01/1989',
    summary: 'Nurse anaesthetist with nine years in theatre: general and spinal anaesthesia for obstetric, general and trauma surgery. Since 2023 with an emergency surgical team.',
    work: [
      job('Nurse Anaesthetist', 'Médecins Sans Frontières', 'Al Nao Hospital, Omdurman', '2023-06', null, 'June 2023 – ongoing', [
        'Anaesthesia for about 70 trauma and caesarean cases a month with one ventilator.',
        'Trained four nurses in spinal anaesthesia and the WHO surgical checklist.',
      ]),
      job('Anaesthesia Technician', 'Omdurman Maternity Hospital', 'Omdurman', '2015-01', '2023-04', 'January 2015 – April 2023', [
        'Spinal and general anaesthesia for caesarean sections.',
      ]),
    ],
    education: [
      school('University of Khartoum', 'Bachelor of Science', 'Anaesthesia Science', '2009', '2014', 'B.Sc. Anaesthesia Science', '2009 – 2014'),
    ],
    skills: [['Anaesthesia', ['Spinal Anaesthesia', 'General Anaesthesia', 'Airway Management', 'Ketamine Protocols']], ['Emergency', ['Triage', 'Mass Casualty Response']]],
    languages: [['Arabic', 'Native'], ['English', 'Very good']],
  },
  // ---------------------------------------------------------------- Eritrea
  {
    id: '21-cyclingmechanic-yonas-tesfay', lang: 'en', countryCode: 'ER', nationality: 'Eritrean',
    name: 'Yonas Tesfay', label: 'Team Bicycle Mechanic', email: 'yonas.tesfay@example.com', phone: '+291 7 555 214',
    city: 'Asmara', region: 'Maekel', home: 'Godaif, Asmara', born: '1992',
    summary: 'Bicycle mechanic for road racing teams. I build and maintain the team\'s bikes, wheels and spares and drive the service car in races across Africa.',
    flat: true,
    work: [
      job('Team Mechanic', 'Eritrean National Cycling Team', 'Asmara', '2019', null, '2019 – present', [
        'Looked after 12 riders\' bikes at 9 stage races; no mechanical DNF in 2023.',
      ]),
      job('Mechanic', 'Asmara Cycling Club', 'Asmara', '2013', '2019', '2013 – 2019', [
        'Built wheels and fixed frames for 60 club members.',
        'Taught bike repair to 30 young riders on Saturday mornings.',
      ]),
    ],
    education: [
      school('Asmara Technical School', 'Diploma', 'General Mechanics', '2008', '2011', 'Diploma in General Mechanics', '2008 – 2011'),
    ],
    skills: [['All', ['Wheel Building', 'Shimano Di2', 'Frame Alignment', 'Race Support Driving', 'Welding']]],
    languages: [['Tigrinya', 'Native'], ['English', 'Good'], ['Italian', 'Basic']],
  },
  {
    id: '22-saltworks-selam-ghebre', lang: 'en', countryCode: 'ER', nationality: 'Eritrean',
    name: 'Selam Ghebremedhin', label: 'Salt Works Production Supervisor', email: 'selam.ghebre@example.net', phone: '+291 1 555 562',
    city: 'Massawa', region: 'Northern Red Sea', home: 'Taulud, Massawa', born: '3 March 1987',
    summary: 'Chemist running production at a solar sea-salt works: evaporation ponds, harvest, washing and iodisation, and the lab that checks every lot.',
    work: [
      job('Production Supervisor', 'Massawa Salt Works', 'Massawa', '2018-09', null, 'Sept. 2018 – present', [
        'Harvested 42,000 tonnes of salt in 2023 from 60 evaporation ponds.',
        'Brought iodine content into range for 98% of lots (from 81%).',
      ]),
      job('Laboratory Chemist', 'Massawa Salt Works', 'Massawa', '2012-02', '2018-08', 'Feb. 2012 – Aug. 2018', []),
    ],
    education: [
      school('Eritrea Institute of Technology', 'Bachelor of Science', 'Chemistry', '2007', '2011', 'B.Sc. Chemistry', '2007 – 2011'),
    ],
    skills: [['Production', ['Solar Evaporation', 'Brine Density Control', 'Iodisation', 'Lab Titration']], ['Management', ['Shift Planning', 'Stock Records']]],
    languages: [['Tigrinya', 'Native'], ['Arabic', 'Good'], ['English', 'Good']],
  },
  // ---------------------------------------------------------------- Koreans
  {
    id: '23-kimchi-eunji-ha', lang: 'ko', countryCode: 'KR',
    name: '하은지', label: '김치 공장 생산관리', email: 'eunji.ha@example.kr', phone: '010-5552-3147',
    city: '나주시', region: '빛가람동', home: '전남 나주시 빛가람동 (혁신도시)', born: '1988.04.09',
    summary: '김치 공장 생산관리 8년차입니다. 하루 배추 40톤 절임부터 포장까지 라인을 관리하고, HACCP 연장 심사를 두 번 무사히 통과했습니다.',
    work: [
      job('생산관리 과장', '(주)남도김치', '나주 제2공장', '2021-03', null, '21.03 ~ 현재', [
        '절임·양념·포장 3개 라인, 생산직 45명 관리',
        '염도 편차를 ±0.3%로 줄여 반품률 1.2% → 0.4%',
      ]),
      job('품질관리 대리', '(주)남도김치', '나주 제1공장', '2017-01', '2021-02', '17.01 ~ 21.02', [
        'HACCP 기록 관리 및 연장 심사 대응',
      ]),
      job('연구원 (계약직)', '세계김치연구소', '광주', '2014-09', '2016-08', '14.09 ~ 16.08', []),
    ],
    education: [
      school('목포대학교', '학사', '식품공학과', '2007-03', '2013-02', '학사', '2007.03 ~ 2013.02 (휴학 2년)'),
    ],
    skills: [['생산', ['생산계획', '절임 공정', '라인 관리']], ['품질', ['HACCP', '염도·산도 측정', 'ISO 22000']]],
    languages: [['영어', 'TOEIC 760'], ['일본어', 'JLPT N3']],
    certificates: [['식품기사', '한국산업인력공단', '2014-05']],
  },
  {
    id: '24-nailart-sora-kang', lang: 'ko', countryCode: 'KR',
    name: '강소라', label: '네일아티스트 (원장)', email: 'sora.nail@example.com', phone: '010-5558-0921',
    city: '군포시', region: '산본동', home: '경기 군포시 산본동', born: '1994년 7월 2일',
    profiles: [['Instagram', 'https://www.instagram.com/sora_nail_sanbon']],
    summary: '네일 경력 9년, 샵 운영 4년차입니다. 젤 아트와 손톱 케어가 전문이고, 인스타그램으로 예약의 70%를 받고 있습니다.',
    flat: true,
    work: [
      job('원장', '소라네일', '산본 로데오거리', '2022-05', null, '2022년 5월 ~ 현재', [
        '월 고객 350명, 재방문율 65%',
      ]),
      job('실장', '(주)네일앤코 평촌점', '안양 평촌', '2018-03', '2022-03', '2018년 3월 ~ 2022년 3월', [
        '신입 디자이너 교육, 젤 아트 시술',
        '2019 코리아 네일 페스티벌 아트 부문 은상',
      ]),
      job('디자이너', '블링네일', '수원 인계동', '2015-07', '2018-02', '2015년 7월 ~ 2018년 2월', []),
    ],
    education: [
      school('수원여자대학교', '전문학사', '미용예술과', '2013-03', '2015-02', '전문학사', '2013. 3 ~ 2015. 2'),
    ],
    skills: [['전체', ['젤 네일', '네일 아트', '손톱 케어', '속눈썹 연장', '예약 관리', '인스타그램 마케팅']]],
    languages: [['영어', '일상 회화']],
    certificates: [['미용사(네일) 국가자격', '한국산업인력공단', '2015-09']],
  },
  {
    id: '25-cargosurvey-dongwook-seo', lang: 'ko', countryCode: 'KR',
    name: '서동욱', label: '검정·검량 검사원', email: 'dongwook.seo@example.co.kr', phone: '010-5554-7730',
    city: '동해시', region: '천곡동', home: '강원 동해시 천곡동', born: '1985. 2. 14.',
    summary: '동해항과 묵호항에서 석탄·시멘트·목재 펠릿 선박의 흘수 검정과 적재 검사를 12년째 하고 있습니다. 야간·주말 출동이 잦아 일정 관리에 자신 있습니다.',
    work: [
      job('검사팀장', '(주)한국해사검정', '동해지사', '2019-07', null, "'19.07 ~ 현재", [
        '연간 약 300척 흘수 검정 (draft survey), 오차 0.3% 이내',
        '신입 검사원 5명 현장 교육',
      ]),
      job('검사원', '(주)한국해사검정', '동해지사', '2012-03', '2019-06', "'12.03 ~ '19.06", [
        '시멘트·석탄 선적 검량, 해치 검사',
      ]),
      job('항해사 (3항사)', '(주)동해해운', '벌크선 승선', '2009-01', '2011-12', "'09.01 ~ '11.12", []),
    ],
    education: [
      school('한국해양대학교', '학사', '해사수송과학부', '2004-03', '2008-02', '학사', '2004.03 ~ 2008.02'),
    ],
    skills: [['검사', ['흘수 검정', '적재 검사', '해치 검사', '검량 보고서']], ['기타', ['영문 보고서 작성', 'Excel']]],
    languages: [['영어', 'TOEIC 825'], ['러시아어', '기초']],
    certificates: [['3급 항해사 면허', '해양수산부', '2008-12']],
  },
  {
    id: '26-gasinspection-miyoung-yoon', lang: 'ko', countryCode: 'KR',
    name: '윤미영', label: '도시가스 안전점검원', email: 'miyoung.yoon@example.net', phone: '010-5551-6684',
    city: '시흥시', region: '배곧동', home: '경기 시흥시 배곧동', born: '1978.09.30',
    summary: '도시가스 안전점검 10년차입니다. 하루 40~50세대를 방문해 배관·보일러 연결부 누설 점검을 하고, 독거 어르신 가구는 따로 챙겨 안부까지 확인합니다. 2006년부터 2013년까지는 아이들을 키우느라 쉬었습니다.',
    work: [
      job('안전점검원 (조장)', '(주)서해도시가스 고객센터', '시흥 배곧·정왕 지역', '2016-04', null, '2016.04 ~ 재직중', [
        '연 9,000세대 정기 안전점검, 누설 발견 시 즉시 차단 조치',
        '2022 사내 안전점검 우수 사원 표창',
      ]),
      job('검침원', '(주)서해도시가스 고객센터', '시흥', '2014-03', '2016-03', '2014.03 ~ 2016.03', []),
    ],
    education: [
      school('인천여자상업고등학교', '고등학교 졸업', null, '1994-03', '1997-02', '졸업', '1994.03 ~ 1997.02'),
    ],
    skills: [['점검', ['가스 누설 점검', '배관 점검', '보일러 연결부 점검']], ['기타', ['고객 응대', '태블릿 점검 앱']]],
    languages: [['영어', '기초']],
    certificates: [['가스기능사', '한국산업인력공단', '2015-11']],
  },
  {
    id: '27-papermaking-jinho-baek', lang: 'ko', countryCode: 'KR',
    name: '백진호', label: '제지 초지기 운전 (교대 반장)', email: 'jinho.baek@example.kr', phone: '010-5556-2419',
    city: '아산시', region: '배방읍', home: '충남 아산시 배방읍', born: '1982.01.17',
    summary: '골판지 원지 초지기 운전 17년. 교대 반장으로 7명을 이끌며 지절 (종이 끊김) 횟수를 줄이는 데 힘써 왔습니다.',
    educationFirst: true,
    work: [
      job('교대 반장', '(주)아산판지', '아산공장 PM3', '2018-01', null, '2018년 1월 ~ 현재', [
        '일 생산 420톤 초지기 교대 운전, 지절 월 12회 → 5회',
        '스팀 사용량 6% 절감 (드라이어 후드 개선)',
      ]),
      job('초지기 운전원', '(주)아산판지', '아산공장 PM2', '2009-05', '2017-12', '2009년 5월 ~ 2017년 12월', []),
      job('생산직', '(주)천안포장', '천안', '2006-02', '2009-03', '2006년 2월 ~ 2009년 3월', []),
    ],
    education: [
      school('공주대학교', '학사', '화학공학부', '2000-03', '2006-02', '학사', '2000. 3. ~ 2006. 2. (군 복무 포함)'),
    ],
    skills: [['운전', ['초지기 운전', '지절 대응', 'DCS 운전', '스팀 관리']], ['안전', ['잠금·표지 (LOTO)', '밀폐공간 작업']]],
    languages: [['영어', '기초']],
    certificates: [['펄프종이기능사', '한국산업인력공단', '2010-06']],
  },
  {
    id: '28-barista-haneul-jo', lang: 'ko', countryCode: 'KR',
    name: '조하늘', label: '바리스타 · 카페 매니저', email: 'haneul.jo@example.com', phone: '010-5559-4075',
    city: '공주시', region: '반죽동', home: '충남 공주시 반죽동 (제민천 근처)', born: '1997. 10. 5.',
    profiles: [['Instagram', 'https://www.instagram.com/haneul_brews']],
    summary: '스페셜티 카페에서 6년간 일했고, 지금은 매장 매니저로 로스팅과 직원 교육을 맡고 있습니다. 2023 지역 라떼아트 대회에서 준우승했습니다.',
    work: [
      job('매니저', '제민천커피로스터스', '공주 반죽동', '2022-09', null, '22.09 ~ 현재', [
        '주 60kg 로스팅 및 원두 납품 (카페 6곳)',
        '파트타이머 8명 교육, 매출 전년 대비 18% 증가',
      ]),
      job('바리스타', '스타벅스 대전둔산점', '대전 서구', '2019-03', '2022-08', '19.03 ~ 22.08', []),
      job('아르바이트', '동네카페 봄', '공주', '2017-06', '2019-02', '17.06 ~ 19.02 (주말)', []),
    ],
    education: [
      school('공주대학교', '학사', '외식상품학과', '2016-03', '2022-02', '학사', '2016.03 ~ 2022.02 (휴학 2년)'),
    ],
    skills: [['커피', ['에스프레소 추출', '라떼아트', '로스팅', '커핑']], ['운영', ['재고 관리', '직원 교육']]],
    languages: [['영어', 'OPIc IM2']],
    certificates: [['커피바리스타 1급', '한국커피협회', '2019-01']],
  },
  {
    id: '29-weddingplanning-yerin-choi', lang: 'ko', countryCode: 'KR',
    name: '최예린', label: '웨딩플래너', email: 'yerin.choi@example.co.kr', phone: '010-5553-8862',
    city: '김천시', region: '부곡동', home: '경북 김천시 부곡동', born: '1991.12.12',
    summary: '웨딩플래너 8년차입니다. 스드메 계약부터 본식 진행까지 연 120쌍을 맡았고, 소규모 야외 결혼식 상품을 직접 기획했습니다.',
    work: [
      job('팀장', '(주)봄날웨딩', '김천·구미 지점', '2020-02', null, '2020.02 ~ 현재', [
        '연 120쌍 상담·계약, 본식 진행',
        '야외 스몰웨딩 상품 기획 (2022), 첫해 40쌍 계약',
      ]),
      job('웨딩플래너', '(주)봄날웨딩', '대구 본점', '2016-09', '2020-01', '2016.09 ~ 2020.01', []),
      job('예식 도우미', '김천웨딩홀', '김천', '2012', '2016', '2012 ~ 2016 (주말)', []),
    ],
    education: [
      school('계명대학교', '학사', '관광경영학과', '2010-03', '2014-02', '학사', '2010.03 ~ 2014.02'),
    ],
    skills: [['웨딩', ['스드메 계약', '예식 진행', '하객 동선 기획']], ['기타', ['견적 관리', '인스타그램 홍보', 'Canva']]],
    languages: [['영어', 'TOEIC 705'], ['중국어', 'HSK 3급']],
  },
  {
    id: '30-cctvmonitoring-sangwoo-lim', lang: 'ko', countryCode: 'KR',
    name: '임상우', label: 'CCTV 통합관제 요원', email: 'sangwoo.lim@example.net', phone: '010-5557-1390',
    city: '밀양시', region: '내이동', home: '경남 밀양시 내이동', born: '1986.05.21',
    summary: '시 CCTV 통합관제센터에서 7년째 근무하고 있습니다. 4교대로 방범·어린이보호구역 CCTV 1,200대를 관제하며, 실종자 발견 등 경찰 연계 건이 연 40건입니다.',
    work: [
      job('관제요원 (조장)', '밀양시 CCTV 통합관제센터 (위탁: (주)세이프넷)', '밀양시청 별관', '2019-01', null, '2019.1 ~ 현재', [
        'CCTV 1,200대 관제, 경찰 연계 연 40건 (실종자 발견 6건 포함)',
        '신규 요원 교육 자료 작성',
      ]),
      job('관제요원', '밀양시 CCTV 통합관제센터 (위탁: (주)세이프넷)', '밀양시청 별관', '2017-07', '2018-12', '2017.7 ~ 2018.12', []),
      job('경비원', '(주)한빛시큐리티', '창원 산업단지', '2011-03', '2017-05', '2011.3 ~ 2017.5', []),
    ],
    education: [
      school('창원문성대학교', '전문학사', '경찰경호과', '2005-03', '2010-02', '전문학사', '2005.3 ~ 2010.2 (군 복무 포함)'),
    ],
    skills: [['관제', ['CCTV 관제', '영상 반출 절차', '112 연계']], ['기타', ['개인정보 보호 교육', 'Excel']]],
    languages: [['영어', '기초']],
    certificates: [['신변보호사', '한국경비협회', '2010-08'], ['개인정보관리사 (CPPG)', '한국CPO포럼', '2020-11']],
  },
];

/** The first `count` people of the set, as { id, resume, presentation } (with the details only some layouts print). */
export function buildHoldout13Content(count = PEOPLE.length) {
  return PEOPLE.slice(0, count).map((person) => {
    const entry = handWrittenEntry(person);
    return { ...entry, presentation: { ...entry.presentation, born: person.born, nationality: person.nationality ?? '대한민국', struck: person.struck ?? null } };
  });
}
