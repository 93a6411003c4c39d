// The content of the twelfth held-back résumé test set (test/fixtures/resume-corpus-holdout12/, issue #10
// §2): 30 fictional people, each written out by hand one by one (no generator, no faker): 22 who write
// in English, two each from eleven countries no earlier set has (Cameroon, South Sudan, Grenada, Antigua
// and Barbuda, Dominica, Kiribati, Palau, Qatar, Kuwait, Mongolia, Cambodia), and 8 Koreans who write in
// Korean. Thirty occupations none of the earlier sets uses. Every person's dates, places, degree lines and
// school years are written as that person writes them (`shown` strings), next to the truth the scoring
// reads. A date the person gives as a year or a season alone is a year in the truth.
//
// Written on 2026-12-01 by an engineer who does not tune the parser and never reads its output on this
// set. Nothing here was adjusted after seeing a parse.
//
// A person: `job(title, employer, place, start, end, shown, bullets)` — `end` null for a job that goes
// on, `shown` the dates as the person writes them; `school(institution, studyType, area, start, end,
// shownDegree, shownYears, score?)`; skills as [[group, [...]]] (or `flat: true` when the person writes
// one list); languages as [[language, fluency]]; certificates as [[name, issuer, date]]; volunteer work
// is a job like any other. `born` and `nationality` (printed only by the personal-details layout, not
// scored) and `referees` (printed by that layout, never part of the truth) are the person's too.

import { handWrittenEntry } from './lib/resume-corpus-build.mjs';

const job = (position, name, location, startDate, endDate, shown, highlights) => ({ position, name, location, startDate, endDate, shown, highlights });
const school = (institution, studyType, area, startDate, endDate, degreeText, shown, score) => ({ institution, studyType, area, startDate, endDate, degreeText, shown, score });

/** The people, in the order of their ids. */
const PEOPLE = [
  // ---------------------------------------------------------------- Cameroon
  {
    id: '01-palmoilmill-ebenezer-ndive', lang: 'en', country: 'Cameroon', countryCode: 'CM',
    name: 'Ebenezer Mbua Ndive', label: 'Palm Oil Mill Supervisor', email: 'ebenezer.ndive@example.com', phone: '+237 677 555 213',
    city: 'Buea', region: 'South West Region', home: 'Molyko, Buea',
    born: '14 March 1985', nationality: 'Cameroonian',
    summary: 'Mill supervisor with eleven years in crude palm oil and kernel processing. I run a 30-tonne-an-hour mill on three shifts and have cut oil losses in the press fibre two years running.',
    work: [
      job('Mill Supervisor', 'Cameroon Development Corporation', 'Idenau Oil Mill', '2019-03', null, 'March 2019 – present', [
        'Run sterilisation, threshing, pressing and clarification for 150,000 tonnes of fresh fruit bunches a year.',
        'Brought oil loss in press fibre down from 5.8% to 4.9% by resetting screw press cone pressure every shift.',
      ]),
      job('Shift Supervisor', 'Cameroon Development Corporation', 'Mondoni Oil Mill', '2014-10', '2019-02', 'October 2014 – February 2019', [
        'Led a shift of 22 operators and kept the boiler logbook.',
      ]),
      job('Laboratory Assistant', 'Pamol Plantations Plc', 'Lobe Estate, Ndian', '2011-06', '2014-09', 'June 2011 – September 2014', [
        'Tested free fatty acid and moisture of every oil dispatch.',
      ]),
    ],
    education: [
      school('University of Buea', 'Bachelor of Science', 'Chemistry', '2007', '2010', 'B.Sc. Chemistry', '2007 – 2010'),
      school('Government Bilingual High School Molyko', 'GCE Advanced Level', null, '2005', '2007', 'GCE Advanced Level (4 papers)', '2005 – 2007'),
    ],
    skills: [['Processing', ['Sterilisation', 'Screw Press Operation', 'Clarification', 'Kernel Recovery']], ['Management', ['Shift Planning', 'Boiler Logbooks', 'HACCP']]],
    languages: [['English', 'Native'], ['French', 'Good, DELF B1'], ['Bakweri', 'Native']],
    referees: [['Dr. Peter Elonge', 'Agricultural Director (retired), Cameroon Development Corporation', '+237 699 555 480']],
  },
  {
    id: '02-schoolinspection-grace-ambe', lang: 'en', country: 'Cameroon', countryCode: 'CM',
    name: 'Grace Nchang Ambe', label: 'Pedagogic Inspector for English Language', email: 'grace.ambe@example.org', phone: '+237 650 555 872',
    city: 'Bamenda', region: 'North West Region', home: 'Nkwen, Bamenda',
    born: '2 November 1981', nationality: 'Cameroonian',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/grace-ambe-inspector']],
    summary: 'Teacher for nine years, pedagogic inspector since 2017. I visit 41 secondary schools of Mezam Division, train English teachers and mark the GCE Ordinary Level English paper every June.',
    educationFirst: true,
    work: [
      job('Pedagogic Inspector for English', 'Divisional Delegation of Secondary Education, Mezam', 'Bamenda', '2017-09', null, 'Sept. 2017 – date', [
        'Inspect about 120 lessons a year and write the follow-up plan with each teacher.',
        'Organised online teacher seminars in 2019 and 2020 when the schools of the division were closed.',
      ]),
      job('Teacher of English Language and Literature', 'Government Bilingual High School Bamenda', 'Bamenda', '2008-09', '2017-08', 'Sept. 2008 – Aug. 2017', [
        'Taught Forms 4 to Upper Sixth; head of the English department from 2013.',
      ]),
      job('GCE Examiner (English Language)', 'Cameroon GCE Board', 'Buea', '2012', null, '2012 – date (June sessions)', []),
    ],
    education: [
      school('Higher Teacher Training College Yaoundé', 'DIPES II', 'English Modern Letters', '2006', '2008', 'DIPES II, English Modern Letters', '2006 – 2008'),
      school('University of Yaoundé I', 'Bachelor of Arts', 'English', '2002', '2005', 'B.A. English', '2002 – 2005'),
    ],
    skills: [['Teaching', ['Lesson Observation', 'Teacher Training', 'Curriculum Design', 'Exam Marking']], ['Tools', ['Google Classroom', 'Microsoft Word', 'Excel']]],
    languages: [['English', 'Mother tongue'], ['French', 'Fluent'], ['Pidgin English', 'Fluent']],
  },
  // ---------------------------------------------------------------- South Sudan
  {
    id: '03-demining-deng-akol', lang: 'en', country: 'South Sudan', countryCode: 'SS',
    name: 'Deng Garang Akol', label: 'Mine Action Team Leader (EOD Level 3)', email: 'deng.akol@example.net', phone: '+211 921 555 407',
    city: 'Juba', region: 'Central Equatoria', home: 'Gudele Block 9, Juba',
    born: '1988', nationality: 'South Sudanese',
    summary: 'Team leader in humanitarian mine action. I lead a ten-person clearance team, hand cleared land back to villages and teach risk education in schools along the Yei road.',
    employerFirst: true,
    work: [
      job('Team Leader, Multi-Task Team', 'Mines Advisory Group', 'Yei and Morobo counties', '2021-01', null, 'Jan 2021 – present', [
        'Cleared and handed over 1.4 million square metres of farmland to 17 villages.',
        'Destroyed 2,300 items of unexploded ordnance without an accident in the team.',
      ]),
      job('Deminer', 'Mines Advisory Group', 'Torit', '2017-04', '2020-12', 'Apr 2017 – Dec 2020', [
        'Manual clearance and battle area clearance in Eastern Equatoria.',
      ]),
      job('Community Liaison Assistant', 'South Sudan National Mine Action Authority', 'Juba', '2014', '2016', '2014 – 2016', []),
    ],
    education: [
      school('University of Juba', 'Diploma', 'Community Development', '2011', '2013', 'Diploma in Community Development', '2011 – 2013'),
    ],
    skills: [['Mine action', ['Battle Area Clearance', 'EOD Level 3', 'Non-Technical Survey', 'Explosive Ordnance Risk Education']], ['Other', ['First Aid', 'GPS', 'IMSMA reporting']]],
    languages: [['Dinka', 'Mother tongue'], ['English', 'Fluent'], ['Juba Arabic', 'Fluent']],
    certificates: [['IMAS EOD Level 3', 'Mines Advisory Group', '2020-11']],
  },
  {
    id: '04-boreholedrilling-rebecca-bol', lang: 'en', country: 'South Sudan', countryCode: 'SS',
    name: 'Rebecca Nyandeng Bol', label: 'Drilling Supervisor – Water Boreholes', email: 'rebecca.bol@example.com', phone: '+211 912 555 618',
    city: 'Wau', region: 'Western Bahr el Ghazal', home: 'Jebel Kheir, Wau',
    born: '21/06/1990', nationality: 'South Sudanese',
    summary: 'Geologist who drills and rehabilitates hand-pump boreholes for villages and health centres. I log every hole, test the yield and train the water committees that keep the pumps running.',
    work: [
      job('Drilling Supervisor', 'Bahr el Ghazal Drilling Company Ltd', 'Wau', '2020-07', null, 'July 2020 – now', [
        'Supervised 64 new boreholes and 110 rehabilitations for UNICEF and county water offices.',
        'Cut dry holes from one in five to one in twelve by siting with resistivity surveys.',
      ]),
      job('Assistant Hydrogeologist', 'Ministry of Water Resources and Irrigation', 'Juba', '2016-02', '2020-06', 'Feb. 2016 – June 2020', [
        'Kept the national borehole database for three states.',
      ]),
      job('Volunteer, WASH team', 'South Sudan Red Cross, Wau branch', 'Wau', '2021', null, '2021 – ongoing', []),
    ],
    education: [
      school('University of Bahr el Ghazal', 'Bachelor of Science', 'Geology', '2010', '2015', 'BSc (Hons) Geology', '2010 – 2015'),
    ],
    skills: [['Drilling', ['Rotary Drilling', 'Borehole Logging', 'Pumping Tests', 'Resistivity Surveys']], ['Software', ['QGIS', 'AquiferTest', 'Excel']]],
    languages: [['English', 'Fluent'], ['Arabic', 'Fluent'], ['Dinka', 'Native']],
    referees: [['Eng. Samuel Lual', 'Director of Rural Water Supply, Ministry of Water Resources and Irrigation', '+211 926 555 011'], ['Ms. Achol Mabior', 'WASH Officer, UNICEF Wau', '+211 917 555 302']],
  },
  // ---------------------------------------------------------------- Grenada
  {
    id: '05-nutmegprocessing-kerwin-charles', lang: 'en', country: 'Grenada', countryCode: 'GD',
    name: 'Kerwin A. Charles', label: 'Nutmeg Processing Station Manager', email: 'kerwin.charles@example.org', phone: '+1 473 555 0188',
    city: 'Grenville', region: 'Saint Andrew', home: 'Telescope, Grenville',
    born: '9 August 1979', nationality: 'Grenadian',
    summary: 'Station manager at the largest nutmeg and mace receiving station in Grenada. Grading, drying, sorting and shipping, and the farmers\' payments every Friday.',
    work: [
      job('Station Manager', 'Grenada Co-operative Nutmeg Association', 'Grenville Receiving Station', '2018-02', null, 'Feb 2018 - Present', [
        'Receive and grade about 600,000 lb of green nutmeg a year from 1,900 farmers.',
        'Rebuilt the drying lofts after the 2018 fire and got the station running again in five weeks.',
      ]),
      job('Quality Grader', 'Grenada Co-operative Nutmeg Association', 'Gouyave Processing Station', '2011-05', '2018-01', 'May 2011 - Jan 2018', [
        'Graded nutmeg into sound, defective and shells for export to the EU.',
      ]),
      job('Agricultural Extension Aide', 'Ministry of Agriculture, Grenada', 'St. Andrew', '2005', '2011', '2005 - 2011', []),
    ],
    education: [
      school('T. A. Marryshow Community College', 'Associate Degree', 'General Agriculture', '2002', '2004', 'Associate Degree in General Agriculture', '2002 - 2004'),
    ],
    skills: [['Processing', ['Nutmeg Grading', 'Mace Drying', 'Moisture Testing', 'Export Packing']], ['Office', ['QuickBooks', 'Excel']]],
    languages: [['English', 'Native'], ['Grenadian Creole', 'Native']],
  },
  {
    id: '06-sailmaking-alicia-frederick', lang: 'en', country: 'Grenada', countryCode: 'GD',
    name: 'Alicia Frederick', label: 'Sailmaker and Canvas Fabricator', email: 'alicia.sails@example.com', phone: '+1 473 555 0142',
    city: "St. George's", region: 'Saint George', home: "Grand Anse, St. George's",
    url: 'https://alicia-sails.example.com',
    profiles: [['Instagram', 'https://www.instagram.com/aliciasails_gnd']],
    born: '1992', nationality: 'Grenadian',
    summary: 'Sailmaker. I repair and build sails, biminis and dodgers for cruising yachts that lay up in Grenada for hurricane season, and I run my own loft since 2021.',
    flat: true,
    work: [
      job('Owner / Sailmaker', 'Frederick Sail & Canvas', 'Lower Woburn', '2021-11', null, 'November 2021 – present', [
        'Built 14 new mainsails and about 90 canvas jobs a year for cruisers and charter boats.',
      ]),
      job('Sail Loft Technician', 'Turbulence Sails', 'True Blue, St. George', '2015', '2021', 'Sailing seasons 2015 – 2021', [
        'Repaired sails and rigging covers; measured boats for new canvas.',
        'Ran the loft alone during the 2020 lockdown, mostly masks and hatch covers.',
      ]),
      job('Deckhand', 'Grenada Sailing Festival', "St. George's", '2012', '2014', 'Winters 2012 to 2014', []),
    ],
    education: [
      school("St. Joseph's Convent, St. George's", 'CSEC', null, '2004', '2009', 'CSEC – 7 subjects', '2004 - 2009'),
      school('Grenada National Training Agency', 'Caribbean Vocational Qualification Level 2', 'Upholstery and Soft Furnishings', '2013', '2014', 'CVQ Level 2, Upholstery and Soft Furnishings', '2013 - 2014'),
    ],
    skills: [['All', ['Sail Repair', 'Canvas Fabrication', 'Sailrite Sewing Machines', 'Sail Measurement', 'Rigging', 'Customer Invoicing']]],
    languages: [['English', 'Native'], ['French', 'Basic']],
  },
  // ---------------------------------------------------------------- Antigua and Barbuda
  {
    id: '07-cricketgrounds-devon-joseph', lang: 'en', country: 'Antigua and Barbuda', countryCode: 'AG',
    name: 'Devon Joseph', label: 'Head Groundsman / Pitch Curator', email: 'devon.joseph@example.net', phone: '+1 268 555 0126',
    city: "St. John's", region: 'Saint John', home: "Villa, St. John's",
    born: '30 January 1976', nationality: 'Antiguan',
    summary: 'Pitch curator for international cricket. Twenty years preparing pitches and outfields, from club grounds to Test matches and the T20 World Cup.',
    work: [
      job('Head Groundsman', 'Sir Vivian Richards Stadium', 'North Sound', '2019-04', null, 'Apr 2019 - Present', [
        'Prepared pitches for 11 One-Day Internationals, 2 Tests and 8 T20 World Cup 2024 matches.',
        'Re-laid the square with Bermuda grass in 2022 and cut irrigation water by a third.',
      ]),
      job('Assistant Groundsman', 'Antigua Recreation Ground', "St. John's", '2006-01', '2019-03', 'Jan 2006 - Mar 2019', [
        'Rolled, cut and covered the pitch for club, regional and touring matches.',
      ]),
      job('Grounds Staff', 'Jolly Harbour Golf Club', 'Jolly Harbour', '2001', '2005', '2001 - 2005', []),
    ],
    education: [
      school('Antigua State College', 'Certificate', 'Agricultural Science', '1994', '1996', 'Certificate in Agricultural Science', '1994 - 1996'),
    ],
    skills: [['Turf', ['Pitch Preparation', 'Turf Management', 'Irrigation', 'Soil Testing']], ['Machinery', ['Roller Maintenance', 'Reel Mowers']]],
    languages: [['English', 'Native']],
    certificates: [['ICC Pitch and Outfield Monitoring Workshop', 'International Cricket Council', '2023-05']],
  },
  {
    id: '08-propertyvaluation-keisha-samuel', lang: 'en', country: 'Antigua and Barbuda', countryCode: 'AG',
    name: 'Keisha M. Samuel', label: 'Property Valuer', email: 'keisha.samuel@example.com', phone: '+1 268 555 0173',
    city: 'All Saints', region: 'Saint Peter', home: 'Sea View Farm Village, All Saints',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/keisha-samuel-valuer']],
    born: '5 May 1987', nationality: 'Antiguan and Barbudan',
    summary: 'Chartered valuer (MRICS). Residential, hotel and land valuations for banks, the courts and the Citizenship by Investment Unit. Back at work since 2019 after two years at home with my children.',
    work: [
      job('Senior Valuer', 'Caribbean Property Valuers Ltd', "St. John's", '2019-09', null, 'September 2019 – to date', [
        'Value about 160 properties a year for mortgage lending and estate cases.',
        'Wrote the firm\'s hotel valuation template used for CIP real-estate projects.',
      ]),
      job('Valuation Officer', 'Inland Revenue Department, Property Tax Division', "St. John's", '2011-02', '2017-06', 'February 2011 – June 2017', [
        'Assessed rateable values for the 2014 revaluation of Antigua.',
      ]),
    ],
    education: [
      school('University of Reading', 'Master of Science', 'Real Estate', '2009', '2010', 'MSc Real Estate', '2009 – 2010'),
      school('University of the West Indies, Five Islands Campus', 'Bachelor of Science', 'Economics', '2005', '2008', 'BSc Economics', '2005 – 2008'),
    ],
    skills: [['Valuation', ['Residential Valuation', 'Hotel Valuation', 'Rental Analysis', 'RICS Red Book']], ['Software', ['ARGUS Enterprise', 'ArcGIS', 'Excel']]],
    languages: [['English', 'Native'], ['Spanish', 'Intermediate']],
    certificates: [['Member of the Royal Institution of Chartered Surveyors (MRICS)', 'RICS', '2013-10']],
  },
  // ---------------------------------------------------------------- Dominica
  {
    id: '09-geothermal-marvin-laurent', lang: 'en', country: 'Dominica', countryCode: 'DM',
    name: 'Marvin Laurent', label: 'Geothermal Plant Technician', email: 'marvin.laurent@example.org', phone: '+1 767 555 0159',
    city: 'Roseau', region: 'Saint George', home: 'Goodwill, Roseau',
    born: '12 December 1990', nationality: 'Dominican',
    summary: 'Electrical technician moving into geothermal power. Six years on the grid with the utility, now commissioning and running the 10 MW Laudat plant.',
    work: [
      job('Plant Technician', 'Dominica Geothermal Development Company', 'Laudat', '2022-10', null, 'October 2022 – present', [
        'Commissioned the turbine lube oil, cooling water and brine reinjection systems.',
        'Write the daily well-head pressure and steam flow report.',
      ]),
      job('Electrical Technician', 'Dominica Electricity Services Ltd', 'Fond Cole', '2016-08', '2022-09', 'August 2016 – September 2022', [
        'Restored feeders across the west coast after Hurricane Maria in 2017.',
        'Tested and maintained 11 kV switchgear at the Fond Cole power station.',
      ]),
      job('Apprentice Electrician', 'Dominica Electricity Services Ltd', 'Roseau', '2014-09', '2016-07', 'Sept 2014 – July 2016', []),
    ],
    education: [
      school('Dominica State College', 'Associate Degree', 'Electrical Engineering Technology', '2012', '2014', 'Associate Degree, Electrical Engineering Technology', '2012 – 2014'),
    ],
    skills: [['Electrical', ['Switchgear Maintenance', 'PLC Troubleshooting', 'Protection Relays']], ['Geothermal', ['Steam Field Monitoring', 'Brine Reinjection', 'Turbine Lube Oil Systems']]],
    languages: [['English', 'Native'], ['Kwéyòl', 'Native'], ['French', 'Conversational']],
  },
  {
    id: '10-riverguiding-martin-carbon', lang: 'en', country: 'Dominica', countryCode: 'DM',
    name: 'Martin "Cobra" Carbon', label: 'Licensed River Guide, Indian River', email: 'cobra.tours@example.com', phone: '+1 767 555 0115',
    city: 'Portsmouth', region: 'Saint John', home: 'Lagon, Portsmouth',
    url: 'https://cobratours.example.com',
    born: '1974', nationality: 'Dominican',
    summary: 'River guide and boat owner. I row visitors up the Indian River, show them the birds, crabs and the swamp bloodwood trees, and book shore excursions for the yachts in Prince Rupert Bay.',
    employerFirst: true,
    work: [
      job('Owner and Guide', 'Cobra Tours', 'Indian River, Portsmouth', '2010', null, 'Since 2010', [
        'Guide about 2,500 visitors a year in three rowing boats with two hired guides.',
        'Yacht services for 300 visiting boats a season: moorings, fuel, laundry and tours.',
      ]),
      job('Chairman', 'Portsmouth Indian River Tour Guides Association', 'Portsmouth', '2016', '2022', '2016 to 2022 (voluntary)', [
        'Agreed the no-engine rule on the river with the Ministry of Tourism.',
      ]),
      job('Barman', 'Purple Turtle Beach Club', 'Portsmouth', '1996', '2009', '1996 to 2009', []),
    ],
    education: [
      school('Portsmouth Secondary School', 'CXC', null, '1987', '1991', 'CXC O Levels', '1987 - 1991'),
    ],
    skills: [['Guiding', ['Bird Identification', 'Rowing', 'Boat Maintenance']], ['Business', ['Mooring Bookings', 'Cash Handling', 'WhatsApp Business']]],
    languages: [['English', 'Native'], ['Kwéyòl', 'Native'], ['French', 'Good'], ['German', 'A few words']],
    certificates: [['Tour Guide Licence', 'Discover Dominica Authority', '2024-01']],
  },
  // ---------------------------------------------------------------- Kiribati
  {
    id: '11-seafarertraining-ioane-tekeraoi', lang: 'en', country: 'Kiribati', countryCode: 'KI',
    name: 'Ioane Tekeraoi', label: 'Seamanship Instructor', email: 'ioane.tekeraoi@example.net', phone: '+686 7355 5120',
    city: 'Betio', region: 'South Tarawa', home: 'Temakin, Betio',
    born: '03/04/1983', nationality: 'I-Kiribati',
    summary: 'Able seaman for nine years on German container ships, now teaching young I-Kiribati ratings before their first contract. Gap 2017 to 2018 at home while my father was ill.',
    work: [
      job('Seamanship Instructor', 'Marine Training Centre', 'Betio', '2018-11', null, '11/2018 – present', [
        'Teach deck seamanship, mooring and survival at sea to 120 cadets a year.',
        'Wrote the new lifeboat drill checklist now used on the school ship.',
      ]),
      job('Able Seaman', 'South Pacific Marine Services', 'Container ships, worldwide', '2008-03', '2016-12', '03/2008 – 12/2016 (contracts at sea)', [
        'Nine-month contracts on feeder and Panamax container ships.',
      ]),
    ],
    education: [
      school('Marine Training Centre', 'Certificate', 'Deck Rating', '2006', '2007', 'Deck Rating Certificate', '2006 – 2007'),
      school('King George V and Elaine Bernacchi School', 'Form 7 Certificate', null, '2000', '2002', 'Form 7 Certificate', '2000 – 2002'),
    ],
    skills: [['Seamanship', ['Mooring Operations', 'Lifeboat Drills', 'Cargo Lashing', 'Watchkeeping']], ['Teaching', ['Lesson Plans', 'Practical Assessment']]],
    languages: [['Kiribati', 'Native'], ['English', 'Good']],
    certificates: [['STCW Able Seafarer Deck', 'Kiribati Marine Division', '2012-02']],
  },
  {
    id: '12-policeprosecution-rereati-baraniko', lang: 'en', country: 'Kiribati', countryCode: 'KI',
    name: 'Rereati Baraniko', label: 'Police Prosecutor (Sergeant)', email: 'rereati.baraniko@example.com', phone: '+686 7255 5391',
    city: 'South Tarawa', region: 'Gilbert Islands', home: 'Bikenibeu, South Tarawa',
    born: '17 July 1986', nationality: 'I-Kiribati',
    summary: 'Police sergeant in the prosecution unit. I prepare files and prosecute criminal cases in the Magistrates\' Courts and train constables to write better statements.',
    work: [
      job('Police Prosecutor', 'Kiribati Police Service', 'Prosecution Unit, Betio', '2020-01', null, 'Jan. 2020 – present', [
        'Prosecute about 300 cases a year, from traffic offences to assault.',
        'Trained 45 constables in statement writing in 2023.',
      ]),
      job('Constable, then Corporal', 'Kiribati Police Service', 'Bairiki Police Station', '2008-06', '2019-12', 'Jun. 2008 – Dec. 2019', [
        'General duties, then domestic violence response.',
      ]),
      job('Youth Volunteer', 'Kiribati Red Cross Society', 'South Tarawa', '2015', null, '2015 – ongoing (weekends)', []),
    ],
    education: [
      school('University of the South Pacific, Kiribati Campus', 'Certificate', 'Law', '2016', '2018', 'Certificate in Law', '2016 – 2018'),
      school('Kiribati Police Academy', 'Recruit Training', null, '2008', '2008', 'Recruit Training', '2008'),
    ],
    skills: [['Legal', ['Criminal Prosecution', 'Case File Preparation', 'Evidence Handling']], ['Policing', ['Statement Taking', 'Domestic Violence Response']]],
    languages: [['Kiribati', 'Mother tongue'], ['English', 'Fluent']],
  },
  // ---------------------------------------------------------------- Palau
  {
    id: '13-housekeeping-maria-ngiraingas', lang: 'en', country: 'Palau', countryCode: 'PW',
    name: 'Maria Ngiraingas', label: 'Executive Housekeeper', email: 'maria.ngiraingas@example.org', phone: '+680 775 5236',
    city: 'Koror', region: 'Koror State', home: 'Meyuns, Koror',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/maria-ngiraingas']],
    born: '25 September 1984', nationality: 'Palauan',
    summary: 'Executive housekeeper of a 160-room beach resort. I lead 48 room attendants, laundry and public areas, and I train new staff in the standards the resort is rated on.',
    work: [
      job('Executive Housekeeper', 'Palau Pacific Resort', 'Koror', '2020-05', null, 'May 2020 – Present', [
        'Kept room inspections above 95% through the reopening in 2022.',
        'Moved the laundry to ozone washing and cut hot water use by 30%.',
      ]),
      job('Floor Supervisor', 'Palasia Hotel Palau', 'Koror', '2013-03', '2020-04', 'March 2013 – April 2020', [
        'Supervised 12 room attendants on three floors.',
      ]),
      job('Room Attendant', 'Palasia Hotel Palau', 'Koror', '2009-08', '2013-02', 'August 2009 – February 2013', []),
    ],
    education: [
      school('Palau Community College', 'Associate of Science', 'Tourism and Hospitality', '2007', '2009', 'A.S. Tourism and Hospitality', '2007 – 2009'),
    ],
    skills: [['Housekeeping', ['Room Inspection', 'Laundry Operations', 'Staff Scheduling', 'Inventory Control']], ['Systems', ['Opera PMS', 'Excel']]],
    languages: [['Palauan', 'Native'], ['English', 'Fluent'], ['Japanese', 'Basic']],
  },
  {
    id: '14-linework-jerome-tellei', lang: 'en', country: 'Palau', countryCode: 'PW',
    name: 'Jerome Tellei', label: 'Line Crew Foreman', email: 'jerome.tellei@example.com', phone: '+680 488 5510',
    city: 'Airai', region: 'Airai State', home: 'Ngerusar, Airai',
    born: '1980', nationality: 'Palauan',
    summary: 'Lineman for 20 years with the national utility. I lead a crew of six on 13.8 kV lines, poles and transformers across Babeldaob and Koror.',
    work: [
      job('Line Crew Foreman', 'Palau Public Utilities Corporation', 'Aimeliik Power Plant', '2016-04', null, 'April 2016 to present', [
        'Lead the crew that replaced 410 wooden poles with concrete along the Compact Road.',
        'No lost-time accident in the crew since 2017.',
      ]),
      job('Journeyman Lineman', 'Palau Public Utilities Corporation', 'Koror', '2009', '2016-03', '2009 to March 2016', [
        'Storm restoration after Typhoon Bopha (2012) and Typhoon Haiyan (2013).',
      ]),
      job('Apprentice Lineman', 'Palau Public Utilities Corporation', 'Koror', '2005', '2009', '2005 to 2009', []),
    ],
    education: [
      school('Palau High School', 'High School Diploma', null, '1995', '1999', 'High School Diploma', 'Class of 1999'),
      school('Palau Community College', 'Certificate of Achievement', 'Electrical Technology', '2003', '2004', 'Certificate of Achievement, Electrical Technology', '2003 – 2004'),
    ],
    skills: [['Line work', ['Pole Setting', 'Transformer Installation', 'Hot Stick Work', 'Storm Restoration']], ['Safety', ['Pole-Top Rescue', 'Lockout/Tagout']]],
    languages: [['Palauan', 'Native'], ['English', 'Fluent']],
  },
  // ---------------------------------------------------------------- Qatar
  {
    id: '15-venueoperations-khalid-almohannadi', lang: 'en', country: 'Qatar', countryCode: 'QA',
    name: 'Khalid Al-Mohannadi', label: 'Venue Operations Manager', email: 'khalid.almohannadi@example.net', phone: '+974 5555 2817',
    city: 'Doha', region: 'Ad Dawhah', home: 'Al Sadd, Doha',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/khalid-almohannadi-venues']],
    born: '1989', nationality: 'Qatari',
    summary: 'Venue operations manager for stadiums and sports halls. I ran a FIFA World Cup 2022 stadium on match days and now run the halls of a sports park that hosts 200 events a year.',
    work: [
      job('Venue Operations Manager', 'Aspire Zone Foundation', 'Aspire Park, Al Rayyan', '2023-03', null, 'Mar 2023 – Present', [
        'Plan staffing, cleaning and maintenance for 11 halls and 200 events a year.',
        'Set up the event handover checklist now used by every hall.',
      ]),
      job('Venue Manager, Khalifa International Stadium', 'Supreme Committee for Delivery & Legacy', 'Al Rayyan', '2019-01', '2023-02', 'Jan 2019 – Feb 2023', [
        'Ran the stadium on 8 match days of the World Cup 2022 with 3,500 workforce.',
      ]),
      job('Facilities Engineer', 'Qatar Foundation', 'Education City, Doha', '2012-09', '2018-12', 'Sep 2012 – Dec 2018', [
        'Chilled water and HVAC maintenance for 14 buildings.',
      ]),
    ],
    education: [
      school('Qatar University', 'Bachelor of Science', 'Mechanical Engineering', '2007', '2012', 'B.Sc. in Mechanical Engineering', '2007 – 2012'),
    ],
    skills: [['Operations', ['Venue Management', 'Event Overlay', 'Crowd Management', 'Facilities Maintenance']], ['Tools', ['Maximo', 'MS Project', 'Power BI']]],
    languages: [['Arabic', 'Native'], ['English', 'Fluent']],
    certificates: [['Certified Facility Manager (CFM)', 'IFMA', '2018-04']],
  },
  {
    id: '16-inflightcatering-priya-menon', lang: 'en', country: 'Qatar', countryCode: 'QA',
    name: 'Priya Menon', label: 'Food Safety and Hygiene Manager – Flight Catering', email: 'priya.menon@example.com', phone: '+974 3355 5904',
    city: 'Al Wakrah', region: 'Al Wakrah', home: 'Al Wukair, Al Wakrah',
    born: '11 April 1986', nationality: 'Indian',
    summary: 'Food safety manager in airline catering. I run HACCP for a kitchen that loads 90,000 meals a day and audit our suppliers; before Qatar I planned production in Mumbai.',
    work: [
      job('Food Safety and Hygiene Manager', 'Qatar Aircraft Catering Company', 'Hamad International Airport', '2018-07', null, 'July 2018 – present', [
        'Lead a team of 14 hygiene officers over three shifts.',
        'Passed every airline and municipality audit since 2019 with no major finding.',
      ]),
      job('Hygiene Officer', 'Qatar Aircraft Catering Company', 'Hamad International Airport', '2015-01', '2018-06', 'January 2015 – June 2018', [
        'Swabbing, temperature checks and allergen controls in the cold kitchen.',
      ]),
      job('Production Planner', 'TajSATS Air Catering', 'Mumbai, India', '2009-06', '2014-11', 'June 2009 – November 2014', []),
    ],
    education: [
      school('Institute of Hotel Management, Catering Technology and Applied Nutrition, Mumbai', 'Bachelor of Science', 'Hospitality and Hotel Administration', '2006', '2009', 'B.Sc. Hospitality and Hotel Administration', '2006 – 2009'),
    ],
    skills: [['Food safety', ['HACCP', 'ISO 22000', 'Supplier Audits', 'Allergen Management']], ['Systems', ['SAP', 'Excel']]],
    languages: [['Malayalam', 'Native'], ['English', 'Fluent'], ['Hindi', 'Fluent'], ['Arabic', 'Basic']],
    certificates: [['Level 4 Award in Food Safety Management', 'Highfield', '2017-03']],
  },
  // ---------------------------------------------------------------- Kuwait
  {
    id: '17-welltesting-abdullah-alajmi', lang: 'en', country: 'Kuwait', countryCode: 'KW',
    name: 'Abdullah Al-Ajmi', label: 'Well Testing Supervisor', email: 'abdullah.alajmi@example.org', phone: '+965 6555 3108',
    city: 'Al Ahmadi', region: 'Al Ahmadi Governorate', home: 'Fahaheel, Al Ahmadi',
    born: '1987', nationality: 'Kuwaiti',
    summary: 'Well testing supervisor for onshore oil wells. I plan and witness flow tests, keep the test separators calibrated and report rates to the reservoir engineers.',
    employerFirst: true,
    work: [
      job('Well Testing Supervisor', 'Kuwait Oil Company', 'Burgan Field', '2019-06', null, 'June 2019 – date', [
        'Plan about 240 well tests a year on 3 portable test units.',
        'Cut test time per well from 36 to 24 hours with a new stabilisation rule.',
      ]),
      job('Well Testing Operator', 'Expro Group', 'Kuwait (North and West fields)', '2011-10', '2019-05', 'Oct 2011 – May 2019', [
        'Rigged up and ran separators, surge tanks and data headers.',
      ]),
    ],
    education: [
      school('Australian College of Kuwait', 'Diploma', 'Petroleum Engineering', '2008', '2011', 'Diploma in Petroleum Engineering', '2008 – 2011'),
    ],
    skills: [['Testing', ['Well Testing', 'Test Separators', 'Multiphase Flow Meters', 'H2S Safety']], ['Software', ['PIPESIM', 'Excel']]],
    languages: [['Arabic', 'Native'], ['English', 'Very good']],
    certificates: [['IWCF Well Intervention Pressure Control Level 3', 'IWCF', '2021-09']],
  },
  {
    id: '18-protocol-reem-alshatti', lang: 'en', country: 'Kuwait', countryCode: 'KW',
    name: 'Reem Al-Shatti', label: 'Protocol and Events Coordinator', email: 'reem.alshatti@example.com', phone: '+965 9555 7241',
    city: 'Salmiya', region: 'Hawalli Governorate', home: 'Block 10, Salmiya',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/reem-alshatti']],
    born: '8 February 1993', nationality: 'Kuwaiti',
    summary: 'Protocol coordinator for official visits and cultural events. Seating plans, VIP arrivals, flags and gifts, in Arabic and English.',
    work: [
      job('Protocol and Events Coordinator', 'Sheikh Jaber Al-Ahmad Cultural Centre', 'Kuwait City', '2020-10', null, 'Oct. 2020 – present', [
        'Coordinated VIP protocol for 70 performances and three state visits.',
        'Wrote the centre\'s protocol handbook in Arabic and English.',
      ]),
      job('Guest Relations Officer', 'Jumeirah Messilah Beach Hotel', 'Messilah', '2016-01', '2020-09', 'Jan. 2016 – Sept. 2020', [
        'Looked after VIP and diplomatic guests; arranged airport meet and assist.',
      ]),
      job('Volunteer Usher', 'Kuwait Book Fair', 'Mishref', '2014', '2015', '2014, 2015 (November)', []),
    ],
    education: [
      school('Gulf University for Science and Technology', 'Bachelor of Arts', 'English', '2011', '2015', 'BA in English', '2011 – 2015'),
    ],
    skills: [['Protocol', ['Order of Precedence', 'Seating Plans', 'VIP Arrivals', 'Diplomatic Correspondence']], ['Events', ['Event Planning', 'Vendor Management']]],
    languages: [['Arabic', 'Native'], ['English', 'Fluent'], ['French', 'A2']],
  },
  // ---------------------------------------------------------------- Mongolia
  {
    id: '19-cashmere-bolormaa-tsendsuren', lang: 'en', country: 'Mongolia', countryCode: 'MN',
    name: 'Bolormaa Tsendsuren', label: 'Raw Cashmere Quality Manager', email: 'bolormaa.ts@example.net', phone: '+976 8855 5127',
    city: 'Ulaanbaatar', region: 'Ulaanbaatar', home: 'Khan-Uul district, Ulaanbaatar',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/bolormaa-tsendsuren']],
    born: '1985', nationality: 'Mongolian',
    summary: 'Fibre quality manager for a cashmere maker. I buy and grade raw cashmere from herders, run the dehairing line tests and trace fibre back to the herder cooperatives for the sustainable cashmere label.',
    work: [
      job('Raw Material Quality Manager', 'Gobi Corporation', 'Ulaanbaatar', '2017-04', null, 'April 2017 – present', [
        'Grade about 800 tonnes of raw cashmere a year for fineness, length and colour.',
        'Set up traceability for 60 herder cooperatives under the Sustainable Fibre Alliance standard.',
      ]),
      job('Laboratory Technician', 'Goyo Cashmere', 'Ulaanbaatar', '2010-09', '2017-03', 'September 2010 – March 2017', [
        'Measured fibre diameter with OFDA and kept the laboratory records.',
      ]),
    ],
    education: [
      school('Mongolian University of Science and Technology', 'Bachelor of Engineering', 'Textile Technology', '2003', '2007', 'B.Eng., Textile Technology', '2003 – 2007'),
    ],
    skills: [['Fibre', ['Cashmere Grading', 'Dehairing', 'OFDA Fibre Testing', 'Traceability']], ['Office', ['Excel', '1C Accounting']]],
    languages: [['Mongolian', 'Native'], ['English', 'IELTS 6.5'], ['Russian', 'Intermediate'], ['Chinese', 'Basic']],
  },
  {
    id: '20-districtheating-ganbold-dorj', lang: 'en', country: 'Mongolia', countryCode: 'MN',
    name: 'Ganbold Dorj', label: 'Heat Network Shift Engineer', email: 'ganbold.dorj@example.com', phone: '+976 9955 5604',
    city: 'Darkhan', region: 'Darkhan-Uul', home: '4th khoroo, Darkhan',
    born: '6 October 1982', nationality: 'Mongolian',
    summary: 'Shift engineer for the city heat network. Winters at minus 35: I balance supply temperatures, find and isolate pipe leaks, and plan the summer repair season.',
    educationFirst: true,
    work: [
      job('Shift Engineer', 'Darkhan Heat Network State Owned Company', 'Darkhan', '2015-09', null, 'Sep 2015 – now', [
        'Keep 62 km of trunk and district pipes at design temperature through the heating season.',
        'Planned the summer 2023 replacement of 4.8 km of pipe, finished on time.',
      ]),
      job('Boiler Operator', 'Darkhan Thermal Power Plant', 'Darkhan', '2006-10', '2015-08', 'Oct 2006 – Aug 2015', [
        'Ran coal-fired boilers No. 3 and No. 4 on rotating shifts.',
      ]),
    ],
    education: [
      school('Mongolian University of Science and Technology, Power Engineering School', 'Bachelor of Engineering', 'Heat Power Engineering', '2001', '2006', 'Bachelor of Engineering in Heat Power Engineering', '2001 – 2006'),
    ],
    skills: [['Engineering', ['District Heating', 'Hydraulic Balancing', 'Leak Detection', 'Boiler Operation']], ['Software', ['AutoCAD', 'Excel']]],
    languages: [['Mongolian', 'Native'], ['Russian', 'Good'], ['English', 'Intermediate']],
  },
  // ---------------------------------------------------------------- Cambodia
  {
    id: '21-silkweaving-sreymom-chea', lang: 'en', country: 'Cambodia', countryCode: 'KH',
    name: 'Chea Sreymom', label: 'Silk Workshop Manager', email: 'sreymom.chea@example.org', phone: '+855 12 555 384',
    city: 'Siem Reap', region: 'Siem Reap Province', home: 'Sala Kamreuk, Siem Reap',
    born: '1991', nationality: 'Cambodian',
    summary: 'Manager of a silk workshop, from silkworm farm to the loom. I started as a weaver and now plan production for 85 weavers, dyers and reelers.',
    work: [
      job('Silk Workshop Manager', 'Artisans Angkor', 'Angkor Silk Farm, Puok', '2021-02', null, 'February 2021 – present', [
        'Plan weekly production of scarves and ikat fabric for five shops.',
        'Brought natural-dye rejects down from 9% to 3% with a new mordant routine.',
      ]),
      job('Weaving Supervisor', 'Artisans Angkor', 'Angkor Silk Farm, Puok', '2016-06', '2021-01', 'June 2016 – January 2021', [
        'Trained 30 new weavers on ikat (hol) patterns.',
      ]),
      job('Weaver', 'Institute for Khmer Traditional Textiles', 'Takeo', '2009', '2013', '2009 – 2013', []),
    ],
    education: [
      school('Build Bright University, Siem Reap Campus', 'Bachelor of Business Administration', 'Management', '2012', '2016', 'Bachelor of Business Administration (Management)', '2012 – 2016'),
    ],
    skills: [['Textiles', ['Ikat Weaving', 'Natural Dyeing', 'Silk Reeling', 'Quality Inspection']], ['Management', ['Production Planning', 'Staff Training']]],
    languages: [['Khmer', 'Native'], ['English', 'Good'], ['French', 'Basic']],
  },
  {
    id: '22-socialauditing-sokha-phan', lang: 'en', country: 'Cambodia', countryCode: 'KH',
    name: 'Phan Sokha', label: 'Enterprise Advisor – Labour Compliance', email: 'sokha.phan@example.com', phone: '+855 17 555 921',
    city: 'Phnom Penh', region: 'Phnom Penh', home: 'Toul Kork, Phnom Penh',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/phan-sokha']],
    born: '19 January 1988', nationality: 'Cambodian',
    summary: 'Labour compliance auditor in the garment and footwear sector. I assess factories against Cambodian labour law and buyer codes, and advise worker-management committees on fixing what we find.',
    work: [
      job('Enterprise Advisor', 'Better Factories Cambodia', 'Phnom Penh', '2019-08', null, 'Aug 2019 – Present', [
        'Assess 45 factories a year for wages, hours, safety and freedom of association.',
        'Led the 2023 training on heat stress for 60 factory safety committees.',
      ]),
      job('Social Compliance Auditor', 'SGS Cambodia', 'Phnom Penh', '2013-03', '2019-07', 'Mar 2013 – Jul 2019', [
        'Ran BSCI, SMETA and WRAP audits in garment, footwear and travel goods factories.',
      ]),
    ],
    education: [
      school('Royal University of Law and Economics', 'Bachelor of Law', null, '2006', '2010', 'Bachelor of Law', '2006 – 2010'),
    ],
    skills: [['Auditing', ['Social Compliance Audits', 'BSCI', 'SMETA', 'Cambodian Labour Law']], ['Advisory', ['Root Cause Analysis', 'Training Delivery']]],
    languages: [['Khmer', 'Native'], ['English', 'Fluent'], ['Chinese (Mandarin)', 'HSK 3']],
  },
  // ---------------------------------------------------------------- Korea
  {
    id: '23-elevatormaintenance-taemin-oh', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '오태민', label: '승강기 유지보수 기술자', email: 'taemin.oh@example.kr', phone: '010-5553-4172',
    city: '김포시', region: '장기동', home: '경기 김포시 장기동 (한강신도시)',
    born: '1990.06.03',
    summary: '승강기 유지보수 9년차입니다. 아파트·상가 승강기 140대를 맡아 월 정기점검과 고장 출동을 하고 있으며, 정기검사 불합격 0건을 3년째 유지하고 있습니다.',
    work: [
      job('반장', '(주)한강엘리베이터', '김포·인천 서구', '2021-03', null, '21.03 ~ 현재', [
        '승강기 140대 월 정기점검 및 고장 출동 (야간 당번 포함)',
        '정기검사 불합격 0건 (2022~2024)',
      ]),
      job('기술직 주임', '(주)한강엘리베이터', '김포', '2017-09', '2021-02', '17.09 ~ 21.02', [
        '로프 교체, 도어 장치 조정',
      ]),
      job('설치 보조', '(주)서해승강기', '인천', '2015-01', '2017-06', '15.01 ~ 17.06', []),
    ],
    education: [
      school('한국폴리텍대학 인천캠퍼스', '전문학사', '전기과', '2010-03', '2014-02', '전문학사', '2010.03 ~ 2014.02 (군 복무 포함)'),
      school('김포제일공업고등학교', '고등학교 졸업', null, '2006-03', '2009-02', '졸업', '2006.03 ~ 2009.02'),
    ],
    skills: [['승강기', ['정기점검', '고장 진단', '로프 교체', '도어 조정']], ['전기', ['제어반 점검', 'PLC 기초']]],
    languages: [['영어', '기초']],
    certificates: [['승강기기능사', '한국산업인력공단', '2015-08'], ['전기기능사', '한국산업인력공단', '2013-11']],
  },
  {
    id: '24-autobody-jaehyuk-moon', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '문재혁', label: '자동차 판금·도장 팀장', email: 'jaehyuk.moon@example.com', phone: '010-5557-2083',
    city: '울산광역시', region: '남구', home: '울산 남구 삼산동',
    born: '1984. 11. 20.',
    summary: '판금·도장 16년. 사고차 복원부터 수입차 도장까지 직접 하며, 보험사 견적 협의와 팀원 4명 관리를 맡고 있습니다.',
    work: [
      job('도장팀장', '(주)태화모터스', '블루핸즈 울산남구점', '2016-05', null, '2016년 5월 ~ 재직 중', [
        '월 평균 60대 판금·도장 작업, 재작업률 2% 이하',
        '수성 도료 전환 (2019) 및 조색 교육',
      ]),
      job('판금공', '울산자동차공업사', '울산 북구', '2008-02', '2016-04', '2008년 2월 ~ 2016년 4월', [
        '사고차 판금·용접, 프레임 수정기 작업',
      ]),
    ],
    education: [
      school('울산공업고등학교', '고등학교 졸업', null, '2000-03', '2003-02', '졸업', '2000. 3 ~ 2003. 2'),
    ],
    skills: [['판금·도장', ['판금', '조색', '수성 도장', '프레임 수정']], ['기타', ['보험 견적 (AOS)', '팀 관리']]],
    languages: [['영어', '기초']],
    certificates: [['자동차보수도장기능사', '한국산업인력공단', '2007-05'], ['자동차차체수리기능사', '한국산업인력공단', '2009-09']],
  },
  {
    id: '25-hagwon-chaewon-yoo', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '유채원', label: '중·고등 수학 강사 (원장)', email: 'chaewon.yoo@example.co.kr', phone: '010-5550-8816',
    city: '하남시', region: '망월동', home: '경기 하남시 망월동 (미사강변도시)',
    url: 'https://blog.example.kr/misa-math',
    born: '1988.02.14',
    summary: '중·고등 수학을 12년째 가르치고 있습니다. 2022년부터 미사에서 소규모 학원을 운영하며, 내신 대비 자료를 직접 만들어 씁니다. 2019년 한 해는 육아로 쉬었습니다.',
    work: [
      job('원장 겸 강사', '미사수학교습소', '하남 미사', '2022-03', null, '2022.03 ~ 현재', [
        '중2~고2 원생 45명, 학년별 내신 대비 교재 자체 제작',
      ]),
      job('고등부 수학 강사', '(주)대치에듀 하남캠퍼스', '하남', '2020-01', '2022-02', '2020.01 ~ 2022.02', [
        '고1·고2 수학 정규반 4개 담당',
        '모의고사 수학 평균 1등급 상승 (담당반 기준)',
      ]),
      job('중등부 수학 강사', '강동탑클래스학원', '서울 강동구', '2014-03', '2018-12', '2014.03 ~ 2018.12', []),
    ],
    education: [
      school('서울시립대학교', '학사', '수학과', '2007-03', '2011-02', '이학사', '2007. 3 ~ 2011. 2'),
    ],
    skills: [['수업', ['내신 대비', '수능 수학', '교재 제작']], ['도구', ['한글', '매쓰플랫', '구글 클래스룸']]],
    languages: [['영어', 'TOEIC 805']],
    certificates: [['중등학교 정교사 2급 (수학)', '교육부', '2011-02']],
  },
  {
    id: '26-drivinginstruction-sungmin-bae', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '배성민', label: '자동차 운전 강사', email: 'sungmin.bae@example.kr', phone: '010-5556-3390',
    city: '경산시', region: '중방동', home: '경북 경산시 중방동',
    born: '1983.09.27',
    summary: '운전학원 기능·도로주행 강사 7년차입니다. 택배 배송 3년 경력으로 길과 차를 잘 압니다. 합격률과 친절 평가 모두 학원 상위권입니다.',
    employerFirst: true,
    work: [
      job('기능·도로주행 강사', '경산자동차운전전문학원', '경산 하양읍', '2018-04', null, '2018. 04 ~ 재직중', [
        '연 350명 도로주행 교육, 합격률 91%',
        '1종 대형 기능 교육 담당 (2021~)',
      ]),
      job('택배 배송 기사', 'CJ대한통운 경산대리점', '경산', '2014-06', '2017-08', '2014. 06 ~ 2017. 08', [
        '하루 250개 배송, 무사고 3년',
      ]),
    ],
    education: [
      school('경일대학교', '학사', '기계자동차학과', '2002-03', '2009-02', '공학사', '2002. 3. ~ 2009. 2. (군 복무 포함)'),
    ],
    skills: [['교육', ['도로주행 교육', '기능 교육', '1종 대형']], ['기타', ['차량 정비 기초']]],
    languages: [['영어', '기초']],
    certificates: [['자동차운전기능강사', '도로교통공단', '2018-02'], ['1종 대형 운전면허', '경찰청', '2012-05']],
  },
  {
    id: '27-treesurgery-eunbyul-noh', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '노은별', label: '나무의사', email: 'eunbyul.noh@example.com', phone: '010-5552-6641',
    city: '순천시', region: '조례동', home: '전남 순천시 조례동',
    profiles: [['Instagram', 'https://www.instagram.com/tree_doctor_noh']],
    born: '1991.05.08',
    summary: '나무의사입니다. 아파트 단지, 학교, 보호수의 병해충 진단과 처방을 합니다. 시청 산림과 기간제로 일하며 현장을 익혔고, 2020년 나무의사 자격을 땄습니다.',
    work: [
      job('나무의사 (팀장)', '(주)푸른숲나무병원', '순천·광양·여수', '2020-11', null, '2020년 11월 ~ 현재', [
        '연 400건 수목 진단서·처방전 작성',
        '보호수 28주 외과 수술 및 영양 관리',
      ]),
      job('산림병해충 예찰 (기간제)', '순천시청 산림과', '순천', '2016-03', '2019-12', '2016년 3월 ~ 2019년 12월', [
        '소나무재선충병 예찰 및 방제 현장 관리',
      ]),
    ],
    education: [
      school('전북대학교 대학원', '석사', '산림환경과학과', '2014-03', '2016-02', '농학석사', '2014.03 ~ 2016.02'),
      school('국립순천대학교', '학사', '산림자원학과', '2010-03', '2014-02', '농학사', '2010.03 ~ 2014.02'),
    ],
    skills: [['수목 진료', ['수목 진단', '병해충 방제', '외과 수술', '토양 분석']], ['도구', ['QGIS', '엑셀']]],
    languages: [['영어', 'TOEIC 780'], ['일본어', '일상 회화']],
    certificates: [['나무의사', '산림청', '2020-10'], ['산림기사', '한국산업인력공단', '2015-06']],
  },
  {
    id: '28-scaffolding-jungwoo-tak', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '탁정우', label: '선박 비계 반장', email: 'jungwoo.tak@example.kr', phone: '010-5558-0927',
    city: '거제시', region: '옥포동', home: '경남 거제시 옥포동',
    born: '1979. 03. 15',
    summary: '조선소 비계 14년. LNG선·컨테이너선 블록과 도크 비계를 설치·해체하며, 반원 12명의 안전과 작업 배정을 책임집니다.',
    work: [
      job('비계 반장', '(주)동진기업', '한화오션 옥포조선소', '2018-07', null, "'18.07 ~ 현재", [
        'LNG운반선 화물창 비계 설치·해체, 반원 12명',
        '비계 추락 사고 0건 (2019~현재)',
      ]),
      job('비계공', '(주)대성산업개발', '거제 고현', '2012-03', '2018-06', "'12.03 ~ '18.06", [
        '도크 내 블록 비계 설치',
      ]),
      job('택시 운전', '거제개인택시', '거제', '2009', '2011', "'09 ~ '11", []),
    ],
    education: [
      school('거제공업고등학교', '고등학교 졸업', null, '1995-03', '1998-02', '졸업', '1995.03 ~ 1998.02'),
    ],
    skills: [['비계', ['시스템 비계', '강관 비계', '달비계', '작업 배정']], ['안전', ['TBM 진행', '추락 방지']]],
    languages: [['영어', '기초']],
    certificates: [['비계기능사', '한국산업인력공단', '2013-09']],
  },
  {
    id: '29-franchisesupervision-subin-namgung', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '남궁수빈', label: '편의점 영업관리 (SC)', email: 'subin.namgung@example.com', phone: '010-5551-7735',
    city: '남양주시', region: '다산동', home: '경기 남양주시 다산동',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/subin-namgung']],
    born: '1994.10.30',
    summary: '편의점 가맹점 22곳을 담당하는 영업관리 5년차입니다. 점주 상담, 발주·재고 컨설팅, 신규 점포 오픈을 맡고 있습니다.',
    educationFirst: true,
    work: [
      job('영업관리 SC (대리)', '(주)BGF리테일', '남양주·구리 지역', '2023-01', null, '2023. 1. ~ 현재', [
        '가맹점 22곳 매출·손익 관리, 담당 지역 매출 전년 대비 8% 증가',
        '신규 점포 6곳 오픈 지원',
      ]),
      job('영업관리 SC (사원)', '(주)BGF리테일', '서울 노원구', '2020-01', '2022-12', '2020. 1. ~ 2022. 12.', [
        '폐기·재고 관리 컨설팅',
      ]),
      job('점장 (아르바이트)', 'CU 구리인창점', '구리', '2017-06', '2019-08', '2017. 6. ~ 2019. 8.', []),
    ],
    education: [
      school('한국외국어대학교 글로벌캠퍼스', '학사', '경영학부', '2013-03', '2019-02', '경영학사', '2013.03 ~ 2019.02 (휴학 2년)'),
    ],
    skills: [['영업관리', ['가맹점 상담', '발주 컨설팅', '손익 분석', '점포 개발']], ['도구', ['엑셀', '파워포인트', 'SAP']]],
    languages: [['영어', 'OPIc IH'], ['중국어', 'HSK 4급']],
  },
  {
    id: '30-tteok-sukhee-jin', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '진숙희', label: '떡 제조 · 방앗간 운영', email: 'sukhee.jin@example.kr', phone: '010-5559-2418',
    city: '당진시', region: '읍내동', home: '충남 당진시 읍내동',
    url: 'https://smartstore.example.kr/sukhee-tteok',
    born: '1972.12.01',
    summary: '당진에서 방앗간과 떡집을 10년째 운영하고 있습니다. 쌀과 콩은 당진 농가에서 직접 받고, 온라인 스토어로 전국에 답례떡을 보냅니다.',
    flat: true,
    work: [
      job('대표', '숙희네방앗간', '당진 읍내동', '2015', null, '2015년 ~ 현재', [
        '백설기·절편·답례떡 하루 평균 400개 생산',
        '온라인 스토어 개설 (2021), 월 주문 300건',
      ]),
      job('판매 사원', '당진농협 하나로마트', '당진', '2008-04', '2014-10', '2008년 4월 ~ 2014년 10월', [
        '농산물 코너 진열·발주',
      ]),
    ],
    education: [
      school('당진정보고등학교', '고등학교 졸업', null, '1988-03', '1991-02', '졸업', '1988. 3 ~ 1991. 2'),
    ],
    skills: [['전체', ['떡 제조', '제분', 'HACCP 위생 관리', '온라인 스토어 운영', '농가 직거래']]],
    languages: [['영어', '기초']],
    certificates: [['떡제조기능사', '한국산업인력공단', '2019-07']],
  },
];

/** The first `count` people of the set, as { id, resume, presentation } (with the details only some layouts print). */
export function buildHoldout12Content(count = PEOPLE.length) {
  return PEOPLE.slice(0, count).map((person) => {
    const entry = handWrittenEntry(person);
    return { ...entry, presentation: { ...entry.presentation, born: person.born, nationality: person.nationality, referees: person.referees ?? [] } };
  });
}
