// The content of the eleventh held-back résumé test set (test/fixtures/resume-corpus-holdout11/, issue #10
// §2): 30 fictional people, each written out by hand one by one (no generator, no faker): 22 who write
// in English, two each from eleven countries no earlier set has (Eswatini, The Gambia, Liberia, The
// Bahamas, Saint Lucia, Vanuatu, Solomon Islands, Tonga, Maldives, Oman, Seychelles), and 8 Koreans who
// write in Korean. Thirty occupations none of the earlier sets uses. Every person's dates, places, degree
// lines and school years are written as that person writes them (`shown` strings), next to the truth the
// scoring reads. A date the person gives as a year, a season or a quarter alone is a year in the truth.
//
// Written on 2026-12-01 by an engineer who does not tune the parser and never reads its output on this
// set. Nothing here was adjusted after seeing a parse.
//
// A person: `job(title, employer, place, start, end, shown, bullets)` — `end` null for a job that goes
// on, `shown` the dates as the person writes them; `school(institution, studyType, area, start, end,
// shownDegree, shownYears, score?)`; skills as [[group, [...]]] (or `flat: true` when the person writes
// one list); languages as [[language, fluency]]; certificates as [[name, issuer, date]]; volunteer work
// is a job like any other (it is printed among the jobs).

import { handWrittenEntry } from './lib/resume-corpus-build.mjs';

const job = (position, name, location, startDate, endDate, shown, highlights) => ({ position, name, location, startDate, endDate, shown, highlights });
const school = (institution, studyType, area, startDate, endDate, degreeText, shown, score) => ({ institution, studyType, area, startDate, endDate, degreeText, shown, score });

/** The people, in the order of their ids. */
const PEOPLE = [
  // ---------------------------------------------------------------- Eswatini
  {
    id: '01-handicraftexport-nokuthula-dlamini', lang: 'en', country: 'Eswatini', countryCode: 'SZ',
    name: 'Nokuthula Dlamini', label: 'Export Coordinator – Handmade Homeware', email: 'nokuthula.dlamini@example.com', phone: '+268 7655 5218',
    city: 'Manzini', region: 'Manzini Region', home: 'Ngwane Park, Manzini',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/nokuthula-dlamini-exports']],
    summary: 'Export coordinator for handmade candles, baskets and glassware. I book sea and air freight to 30 countries, prepare the SACU and AGOA papers and keep 140 rural weavers paid on time.',
    work: [
      job('Export Coordinator', 'Swazi Candles', 'Malkerns', '2020-02', null, 'Feb. 2020 – Present', [
        'Ship about 38 containers and 400 air parcels a year to retailers in Europe, the US and Japan.',
        'Cut export document errors to zero in 2024 with a shared checklist for the warehouse and the freight agent.',
      ]),
      job('Sales and Orders Clerk', 'Gone Rural', 'Lobamba', '2016-06', '2020-01', 'Jun. 2016 – Jan. 2020', [
        'Kept the order book for 780 basket weavers organised in 13 rural groups.',
      ]),
    ],
    education: [
      school('University of Eswatini', 'Bachelor of Commerce', 'Marketing', '2012', '2016', 'B.Com (Marketing)', '2012 – 2016'),
    ],
    skills: [['Trade', ['Export Documentation', 'Incoterms', 'Freight Booking', 'AGOA Rules of Origin']], ['Office', ['Excel', 'Sage Pastel', 'Shopify']]],
    languages: [['siSwati', 'Mother tongue'], ['English', 'Fluent'], ['Afrikaans', 'Basic']],
  },
  {
    id: '02-medicalstores-sibusiso-mamba', lang: 'en', country: 'Eswatini', countryCode: 'SZ',
    name: 'Sibusiso Mamba', label: 'Medical Stores Supply Officer', email: 'sibusiso.mamba@example.org', phone: '+268 7855 5061',
    city: 'Mbabane', region: 'Hhohho Region', home: 'Sidwashini, Mbabane',
    summary: 'Pharmaceutical supply officer at the national Central Medical Stores. Quantification, warehouse stock control and last-mile delivery to 290 clinics. Took a break from work in 2017 to finish my diploma full time.',
    employerFirst: true,
    educationFirst: true,
    work: [
      job('Supply Officer', 'Central Medical Stores', 'Matsapha', '2018-01', null, 'January 2018 – to date', [
        'Quantify and order ARVs, TB drugs and vaccines for 290 health facilities.',
        'Brought stock-outs of tracer medicines from 14% to 4% of facility reports.',
      ]),
      job('Stores Assistant', 'Mbabane Government Hospital', 'Mbabane', '2012-04', '2016-12', 'April 2012 – December 2016', [
        'Issued ward stock and ran the monthly stock count.',
      ]),
      job('Volunteer Tutor', 'Junior Achievement Eswatini', 'Mbabane', '2019', null, '2019 – ongoing (weekends)', []),
    ],
    education: [
      school('Southern Africa Nazarene University', 'Diploma', 'Pharmacy', '2016', '2018', 'Diploma in Pharmacy', '2016 – 2018'),
      school('Waterford Kamhlaba United World College', 'International Baccalaureate Diploma', null, '2009', '2011', 'International Baccalaureate Diploma', '2009 – 2011'),
    ],
    skills: [['Supply chain', ['Quantification', 'Stock Control', 'Cold Chain', 'Distribution Planning']], ['Systems', ['Sage X3', 'DHIS2', 'Excel']]],
    languages: [['siSwati', 'Native'], ['English', 'Fluent'], ['isiZulu', 'Good']],
    certificates: [['Certificate in Supply Chain Management for Health', 'USAID Global Health eLearning', '2021']],
  },
  // ---------------------------------------------------------------- The Gambia
  {
    id: '03-groundnutquality-fatou-ceesay', lang: 'en', country: 'The Gambia', countryCode: 'GM',
    name: 'Fatou Ceesay', label: 'Quality Controller, Groundnut Exports', email: 'fatou.ceesay@example.net', phone: '+220 755 5314',
    city: 'Serekunda', region: 'Kanifing', home: 'Bakau New Town, Kanifing',
    summary: 'Quality controller for groundnut buying and export. I sample, grade and test for aflatoxin at the buying points and the port, and train the seasonal graders before each trade season.',
    work: [
      job('Quality Controller', 'Gambia Groundnut Corporation', 'Denton Bridge, Banjul', '2019-11', null, 'Nov 2019 – now', [
        'Test about 1,100 lots a season for aflatoxin and moisture before shipment.',
        'Train 45 seasonal graders at the start of every trade season.',
      ]),
      job('Laboratory Technician', 'National Agricultural Research Institute', 'Brikama', '2015-03', '2019-10', 'Mar 2015 – Oct 2019', [
        'Ran seed germination and oil content tests for the groundnut breeding programme.',
      ]),
      job('Seasonal Grader', 'Gambia Groundnut Corporation', 'Kaur', '2013', '2014', 'Trade seasons 2013 and 2014', []),
    ],
    education: [
      school('University of The Gambia', 'Bachelor of Science', 'Agriculture', '2010', '2014', 'BSc Agriculture', '2010 - 2014'),
    ],
    skills: [['Quality', ['Aflatoxin Testing', 'Moisture Analysis', 'Sampling Plans', 'Grading']], ['Lab', ['HPLC', 'ELISA Kits', 'Excel']]],
    languages: [['Mandinka', 'Native'], ['Wolof', 'Fluent'], ['English', 'Fluent'], ['French', 'Basic']],
  },
  {
    id: '04-harbourpilot-ebrima-jallow', lang: 'en', country: 'The Gambia', countryCode: 'GM',
    name: 'Ebrima Jallow', label: 'Marine Pilot', email: 'ebrima.jallow@example.com', phone: '+220 997 5552',
    city: 'Banjul', region: 'Banjul', home: 'Half Die, Banjul',
    summary: 'Marine pilot for the port of Banjul and the river channel. Before pilotage I sailed eleven years as officer and master on coastal tankers and river ferries.',
    work: [
      job('Senior Marine Pilot', 'Gambia Ports Authority', 'Port of Banjul', '2020-09', null, 'September 2020 – present', [
        'Pilot about 320 ship movements a year through the Banjul bar and anchorage.',
        'Wrote the pilot boarding procedure for night arrivals in the harmattan season.',
      ]),
      job('Marine Pilot', 'Gambia Ports Authority', 'Port of Banjul', '2017-02', '2020-08', 'February 2017 – August 2020', []),
      job('Master', 'Gambia Ferry Services', 'Banjul–Barra crossing', '2011-05', '2017-01', 'May 2011 – January 2017', [
        'Commanded the Banjul–Barra ferry with 1,200 passengers a day.',
      ]),
      job('Second Officer', 'Compagnie Sénégalaise de Navigation Côtière', 'Dakar', '2006', '2011', '2006 – 2011', []),
    ],
    education: [
      school('Regional Maritime University', 'Bachelor of Science', 'Nautical Science', '2002', '2006', 'BSc Nautical Science', '2002 – 2006'),
    ],
    skills: [['Navigation', ['Ship Handling', 'ECDIS', 'Radar Plotting', 'Tidal Windows']], ['Safety', ['Bridge Resource Management', 'Port State Control']]],
    languages: [['Wolof', 'Native'], ['English', 'Fluent'], ['French', 'Working knowledge']],
    certificates: [['Certificate of Competency – Master Unlimited', 'Maritime Administration of The Gambia', '2012']],
  },
  // ---------------------------------------------------------------- Liberia
  {
    id: '05-rubberplantation-james-kollie', lang: 'en', country: 'Liberia', countryCode: 'LR',
    name: 'James K. Kollie', label: 'Plantation Division Superintendent', email: 'james.kollie@example.org', phone: '+231 77 555 2940',
    city: 'Kakata', region: 'Margibi County', home: 'Kakata, Margibi County',
    summary: 'Rubber plantation superintendent responsible for 2,600 hectares, 700 tappers and the latex collection stations. Nineteen years on the plantation, from field clerk to division head.',
    employerFirst: true,
    work: [
      job('Division Superintendent', 'Firestone Liberia', 'Division 27, Harbel', '2019-01', null, 'Jan 2019 – Present', [
        'Run tapping, collection and replanting for 2,600 ha.',
        'Lifted dry rubber yield per tapper by 11% with a new tapping panel schedule.',
      ]),
      job('Assistant Superintendent', 'Firestone Liberia', 'Division 14, Harbel', '2012-07', '2018-12', 'Jul 2012 – Dec 2018', []),
      job('Field Clerk', 'Firestone Liberia', 'Harbel', '2007-03', '2012-06', 'Mar 2007 – Jun 2012', [
        'Kept the daily tapping and latex weight records for three divisions.',
      ]),
    ],
    education: [
      school('Cuttington University', 'Bachelor of Science', 'Agronomy', '2002', '2006', 'B.Sc. in General Agriculture (Agronomy)', '2002 – 2006'),
    ],
    skills: [['Plantation', ['Tapping Systems', 'Latex Collection', 'Replanting', 'Labour Scheduling']], ['Admin', ['Payroll Records', 'Excel']]],
    languages: [['English', 'Native'], ['Kpelle', 'Fluent']],
  },
  {
    id: '06-electionadministration-comfort-tarr', lang: 'en', country: 'Liberia', countryCode: 'LR',
    name: 'Comfort Y. Tarr', label: 'Elections Magistrate', email: 'comfort.tarr@example.net', phone: '+231 88 555 7312',
    city: 'Gbarnga', region: 'Bong County', home: 'Gbarnga, Bong County',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/comfort-tarr']],
    summary: 'Election administrator who has run voter registration, polling and tally in Bong County through three general elections. I recruit and train polling staff and handle complaints at the magistrate level.',
    flat: true,
    work: [
      job('Elections Magistrate', 'National Elections Commission', 'Bong County Magistrate Office', '2021-03', null, 'March 2021 – present', [
        'Ran the 2023 general election in 498 polling places with 2,300 temporary staff.',
        'Heard and decided 41 complaints at the magistrate level.',
      ]),
      job('Assistant Magistrate', 'National Elections Commission', 'Gbarnga', '2016-08', '2021-02', 'August 2016 – February 2021', [
        'Led voter registration teams for the 2017 elections.',
      ]),
      job('Civic Educator', 'Liberia Crusaders for Peace', 'Bong County', '2013-04', '2016-07', 'April 2013 – July 2016', []),
    ],
    education: [
      school('University of Liberia', 'Bachelor of Arts', 'Public Administration', '2008', '2013', 'BA Public Administration', '2008 – 2013'),
      school('Ghana Institute of Management and Public Administration', 'Postgraduate Certificate', 'Electoral Management', '2019', '2019', 'Postgraduate Certificate in Electoral Management', '2019'),
    ],
    skills: [['Skills', ['Voter Registration', 'Polling Logistics', 'Staff Training', 'Complaints Handling', 'Results Tally']]],
    languages: [['English', 'Native'], ['Kpelle', 'Fluent'], ['Bassa', 'Basic']],
  },
  // ---------------------------------------------------------------- The Bahamas
  {
    id: '07-yachtbrokerage-kendra-rolle', lang: 'en', country: 'The Bahamas', countryCode: 'BS',
    name: 'Kendra Rolle', label: 'Yacht Charter Broker', email: 'kendra.rolle@example.com', phone: '+1 242 555 0167',
    city: 'Nassau', region: 'New Providence', home: 'Cable Beach, Nassau',
    url: 'https://kendrarolle-charters.example.com',
    profiles: [['Instagram', 'https://www.instagram.com/kendra.charters']],
    summary: 'Charter broker placing crewed catamarans and motor yachts in the Exumas and Abacos. I match guests to boats and crews, handle contracts and APA, and brief captains before each trip.',
    work: [
      job('Charter Broker', 'Blue Lagoon Yacht Charters', 'Nassau Yacht Haven', '2021-05', null, 'May 2021 – present', [
        'Placed 96 week-long charters in 2025, worth about US$2.9 million.',
        'Built the crew profile library the sales team now sends with every proposal.',
      ]),
      job('Guest Services Lead', 'Atlantis Paradise Island', 'Paradise Island', '2016-10', '2021-04', 'Oct. 2016 – Apr. 2021', [
        'Ran the marina concierge desk for visiting yachts.',
      ]),
      job('Stewardess (seasonal)', 'MY Serenity Now', 'Exuma Cays', '2015', '2016', 'Winter seasons 2015 – 2016', []),
    ],
    education: [
      school('University of The Bahamas', 'Associate of Arts', 'Tourism Studies', '2012', '2014', 'A.A. Tourism Studies', '2012 – 2014'),
    ],
    skills: [['Charter', ['Charter Contracts', 'MYBA Terms', 'Itinerary Planning', 'Crew Matching']], ['Tools', ['Yachtfolio', 'HubSpot', 'Canva']]],
    languages: [['English', 'Native'], ['Spanish', 'Conversational']],
    certificates: [['STCW Basic Safety Training', 'Bahamas Maritime Authority', '2015']],
  },
  {
    id: '08-trustadministration-dwayne-ferguson', lang: 'en', country: 'The Bahamas', countryCode: 'BS',
    name: 'Dwayne A. Ferguson', label: 'Senior Trust Officer', email: 'dwayne.ferguson@example.org', phone: '+1 242 555 0931',
    city: 'Freeport', region: 'Grand Bahama', home: 'Lucaya, Freeport',
    summary: 'Trust officer with thirteen years in private wealth. I administer discretionary trusts and foundations for families in Latin America and keep them compliant with Bahamian and CRS rules.',
    employerFirst: true,
    work: [
      job('Senior Trust Officer', 'Butterfield Bank (Bahamas) Limited', 'Nassau', '2022-01', null, '01/2022 – present', [
        'Administer a book of 85 trusts and 12 private foundations.',
        'Lead the annual CRS and FATCA reporting for the trust unit.',
      ]),
      job('Trust Officer', 'Ansbacher (Bahamas) Limited', 'Nassau', '2017-04', '2021-12', '04/2017 – 12/2021', []),
      job('Trust Administrator', 'Ansbacher (Bahamas) Limited', 'Nassau', '2013-09', '2017-03', '09/2013 – 03/2017', [
        'Prepared distributions, minutes and trustee resolutions.',
      ]),
    ],
    education: [
      school('University of the West Indies, Cave Hill', 'Bachelor of Science', 'Banking and Finance', '2009', '2012', 'B.Sc. Banking and Finance', '2009 – 2012'),
    ],
    skills: [['Trusts', ['Trust Administration', 'Private Foundations', 'CRS Reporting', 'KYC Reviews']], ['Systems', ['Navigator', 'Excel']]],
    languages: [['English', 'Native'], ['Spanish', 'Professional working proficiency'], ['Portuguese', 'Elementary']],
    certificates: [['TEP (Trust and Estate Practitioner)', 'STEP', '2019']],
  },
  // ---------------------------------------------------------------- Saint Lucia
  {
    id: '09-cocoafermentation-marcia-joseph', lang: 'en', country: 'Saint Lucia', countryCode: 'LC',
    name: 'Marcia Joseph', label: 'Cocoa Post-Harvest Supervisor', email: 'marcia.joseph@example.net', phone: '+1 758 555 0142',
    city: 'Soufrière', region: 'Soufrière Quarter', home: 'Fond St Jacques, Soufrière',
    summary: 'Supervisor of cocoa fermentation and drying for a tree-to-bar estate. I buy wet beans from 60 small farmers, run the sweat boxes and solar dryers and taste every batch.',
    flat: true,
    work: [
      job('Post-Harvest Supervisor', 'Rabot Estate', 'Soufrière', '2019-08', null, 'Since August 2019', [
        'Ferment and dry about 40 tonnes of wet beans a year.',
        'Raised the share of fully brown beans in the cut test from 62% to 81%.',
      ]),
      job('Extension Officer', 'Ministry of Agriculture, Saint Lucia', 'Babonneau', '2014-01', '2019-07', 'January 2014 – July 2019', [
        'Advised cocoa and banana farmers on pruning and disease control.',
      ]),
    ],
    education: [
      school('Sir Arthur Lewis Community College', 'Associate Degree', 'General Agriculture', '2011', '2013', 'Associate Degree in General Agriculture', '2011 – 2013'),
      school('Cocoa Research Centre, University of the West Indies', 'Certificate', 'Cocoa Quality Assessment', '2020', '2020', 'Certificate in Cocoa Quality Assessment', '2020'),
    ],
    skills: [['Skills', ['Cocoa Fermentation', 'Solar Drying', 'Cut Tests', 'Farmer Training', 'Sensory Evaluation']]],
    languages: [['English', 'Native'], ['Kwéyòl', 'Native'], ['French', 'Intermediate']],
  },
  {
    id: '10-disasterpreparedness-kervin-charles', lang: 'en', country: 'Saint Lucia', countryCode: 'LC',
    name: 'Kervin Charles', label: 'District Disaster Coordinator', email: 'kervin.charles@example.com', phone: '+1 758 555 0286',
    city: 'Vieux Fort', region: 'Vieux Fort Quarter', home: 'Beanfield, Vieux Fort',
    summary: 'Disaster preparedness coordinator for the south of the island. Hurricane shelters, community emergency teams and the flood warning network. Firefighter before that.',
    work: [
      job('District Disaster Coordinator', 'National Emergency Management Organisation', 'Vieux Fort South', '2018-06', null, 'June 2018 – present', [
        'Inspect and stock 22 hurricane shelters before every season.',
        'Set up nine community emergency response teams with 180 trained volunteers.',
      ]),
      job('Firefighter', 'Saint Lucia Fire Service', 'Vieux Fort', '2009-02', '2018-05', 'February 2009 – May 2018', [
        'Member of the airport crash and rescue crew at Hewanorra.',
      ]),
      job('Volunteer, Emergency Shelter Team', 'Saint Lucia Red Cross', 'Vieux Fort', '2010', null, '2010 – date', []),
    ],
    education: [
      school('University of the West Indies Open Campus', 'Certificate', 'Disaster Risk Management', '2016', '2017', 'Certificate in Disaster Risk Management', '2016/2017'),
    ],
    skills: [['Emergency management', ['Shelter Management', 'Community Response Teams', 'Early Warning', 'Damage Assessment']], ['Tools', ['QGIS', 'WhatsApp alert groups', 'Excel']]],
    languages: [['English', 'Native'], ['Kwéyòl', 'Native']],
    certificates: [['Incident Command System 300', 'CDEMA', '2019']],
  },
  // ---------------------------------------------------------------- Vanuatu
  {
    id: '11-kavaexport-jimmy-tari', lang: 'en', country: 'Vanuatu', countryCode: 'VU',
    name: 'Jimmy Tari', label: 'Kava Quality and Export Officer', email: 'jimmy.tari@example.org', phone: '+678 555 4821',
    city: 'Luganville', region: 'Sanma Province', home: 'Pepsi area, Luganville',
    summary: 'Kava quality officer checking noble varieties, moisture and chemotype before export to Fiji, New Caledonia and the US. I also visit growers on Santo and Pentecost to collect samples.',
    work: [
      job('Quality and Export Officer', 'Vanuatu Kava Store', 'Luganville', '2020-04', null, 'Apr 2020 – Present', [
        'Test every export lot for moisture and chemotype, about 160 lots a year.',
        'Prepare export permits and phytosanitary papers with the Biosecurity office.',
      ]),
      job('Farm Assistant', 'Vanuatu Agricultural Research and Technical Centre', 'Espiritu Santo', '2015-09', '2020-03', 'Sep 2015 – Mar 2020', [
        'Looked after the kava variety collection of 80 cultivars.',
      ]),
    ],
    education: [
      school('Vanuatu Institute of Technology', 'Certificate IV', 'Agriculture', '2013', '2015', 'Certificate IV in Agriculture', '2013 – 2015'),
    ],
    skills: [['Quality', ['Chemotype Testing', 'Moisture Testing', 'Noble Kava Standards']], ['Export', ['Export Permits', 'Phytosanitary Certificates']]],
    languages: [['Bislama', 'Native'], ['English', 'Fluent'], ['French', 'Good']],
  },
  {
    id: '12-shippingagency-marie-kalsakau', lang: 'en', country: 'Vanuatu', countryCode: 'VU',
    name: 'Marie-Louise Kalsakau', label: 'Shipping Agent', email: 'marie.kalsakau@example.net', phone: '+678 775 5290',
    city: 'Port Vila', region: 'Shefa Province', home: 'Tassiriki, Port Vila',
    summary: 'Shipping agent for cargo and cruise calls at Port Vila. I clear vessels in and out, book berths and stevedores, and look after crew changes and husbandry.',
    employerFirst: true,
    work: [
      job('Senior Shipping Agent', 'Ports & Marine Agencies Vanuatu', 'Port Vila', '2022-02', null, 'February 2022 – current', [
        'Handle about 140 cargo and 60 cruise ship calls a year.',
        'Cut the paperwork for a cruise call from two days to half a day with pre-arrival forms.',
      ]),
      job('Shipping Clerk', 'Ports & Marine Agencies Vanuatu', 'Port Vila', '2018-07', '2022-01', 'July 2018 – January 2022', []),
      job('Customer Service Officer', 'Air Vanuatu', 'Bauerfield Airport', '2014', '2018', '2014 – mid 2018', [
        'Check-in and ticketing for domestic and regional flights.',
      ]),
    ],
    education: [
      school('University of the South Pacific, Emalus Campus', 'Diploma', 'Business Studies', '2011', '2013', 'Diploma in Business Studies', '2011 – 2013'),
    ],
    skills: [['Agency', ['Vessel Clearance', 'Berth Booking', 'Crew Changes', 'Cargo Manifests']], ['Systems', ['ASYCUDA World', 'Excel', 'Outlook']]],
    languages: [['Bislama', 'Native'], ['French', 'Fluent'], ['English', 'Fluent']],
  },
  // ---------------------------------------------------------------- Solomon Islands
  {
    id: '13-canneryoperations-peter-kuper', lang: 'en', country: 'Solomon Islands', countryCode: 'SB',
    name: 'Peter Kuper', label: 'Cannery Production Supervisor', email: 'peter.kuper@example.com', phone: '+677 745 5318',
    city: 'Gizo', region: 'Western Province', home: 'New Manda, Gizo',
    summary: 'Production supervisor at a tuna cannery. Thawing, precooking, cleaning and the seaming line for 75 tonnes of skipjack a day, with 400 workers over two shifts.',
    work: [
      job('Production Supervisor', 'SolTuna Limited', 'Noro', '2019-10', null, 'October 2019 to present', [
        'Supervise 400 workers on the cleaning and canning lines.',
        'Raised loin yield from 47.5% to 49.2% with retraining on the cleaning tables.',
      ]),
      job('Line Leader', 'SolTuna Limited', 'Noro', '2014-05', '2019-09', 'May 2014 to September 2019', [
        'Led the seaming line and its daily can integrity checks.',
      ]),
      job('Deckhand', 'National Fisheries Developments', 'Noro', '2011', '2014', '2011 to 2014', []),
    ],
    education: [
      school('Solomon Islands National University', 'Certificate', 'Fisheries Studies', '2009', '2010', 'Certificate in Fisheries Studies', '2009 – 2010'),
    ],
    skills: [['Production', ['Tuna Canning', 'Yield Control', 'HACCP', 'Shift Planning']], ['Quality', ['Seam Inspection', 'Histamine Testing']]],
    languages: [['Pijin', 'Native'], ['Roviana', 'Native'], ['English', 'Good']],
  },
  {
    id: '14-malariacontrol-grace-sade', lang: 'en', country: 'Solomon Islands', countryCode: 'SB',
    name: 'Grace Sade', label: 'Vector Control Officer', email: 'grace.sade@example.org', phone: '+677 755 5406',
    city: 'Honiara', region: 'Guadalcanal', home: 'Kukum, Honiara',
    profiles: [['ResearchGate', 'https://www.researchgate.net/profile/Grace-Sade']],
    summary: 'Vector control officer in the national malaria programme. Bed net campaigns, indoor spraying and mosquito surveillance in Honiara and Guadalcanal.',
    educationFirst: true,
    work: [
      job('Vector Control Officer', 'Ministry of Health and Medical Services', 'National Vector Borne Disease Control Programme, Honiara', '2020-01', null, 'Jan 2020 – present', [
        'Plan the indoor residual spraying rounds for 18,000 houses.',
        'Run weekly larval surveys at 40 breeding sites.',
      ]),
      job('Field Entomology Assistant', 'Ministry of Health and Medical Services', 'Guadalcanal Province', '2016-06', '2019-12', 'Jun 2016 – Dec 2019', [
        'Collected and identified Anopheles farauti in human landing catches.',
      ]),
    ],
    education: [
      school('Solomon Islands National University', 'Bachelor of Environmental Health', null, '2012', '2015', 'Bachelor of Environmental Health', '2012 – 2015'),
    ],
    skills: [['Vector control', ['Indoor Residual Spraying', 'Larval Surveys', 'Mosquito Identification', 'Net Distribution']], ['Data', ['DHIS2', 'Excel', 'QGIS']]],
    languages: [['Pijin', 'Native'], ['English', 'Fluent']],
  },
  // ---------------------------------------------------------------- Tonga
  {
    id: '15-whalewatching-sione-fifita', lang: 'en', country: 'Tonga', countryCode: 'TO',
    name: 'Sione Fifita', label: 'Whale Swim Skipper and Guide', email: 'sione.fifita@example.net', phone: '+676 775 5129',
    city: 'Neiafu', region: "Vava'u", home: "Neiafu, Vava'u",
    summary: 'Licensed skipper and guide for humpback whale swims in Vava\'u. Twelve seasons on the water, safe in-water briefings and the whale watching code of conduct.',
    flat: true,
    work: [
      job('Skipper and Lead Guide', "Vava'u Ocean Encounters", 'Neiafu Harbour', '2019', null, '2019 season – present (July to October)', [
        'Skipper a 9 m whale swim boat with up to ten guests a day.',
        'Trained five young guides from the outer islands.',
      ]),
      job('Deckhand and Guide', 'Whale Discoveries Tonga', "Vava'u", '2014', '2018', '2014 – 2018 seasons', []),
      job('Fisherman', 'Fifita family fishing boat', "Vava'u", '2010', '2014', '2010 – 2014', []),
    ],
    education: [
      school('Tonga Maritime Polytechnical Institute', 'Certificate', 'Small Boat Master', '2013', '2013', 'Certificate – Small Boat Master Class 5', '2013'),
    ],
    skills: [['Skills', ['Boat Handling', 'Whale Behaviour', 'In-Water Briefings', 'First Aid', 'Snorkel Guiding']]],
    languages: [['Tongan', 'Native'], ['English', 'Fluent']],
    certificates: [['PADI Rescue Diver', 'PADI', '2016']],
  },
  {
    id: '16-postalservices-mele-tupou', lang: 'en', country: 'Tonga', countryCode: 'TO',
    name: 'Mele Tupou', label: 'Postmaster', email: 'mele.tupou@example.com', phone: '+676 845 5270',
    city: "Nuku'alofa", region: 'Tongatapu', home: "Kolofo'ou, Nuku'alofa",
    summary: 'Postmaster of the main post office. Counter services, remittances, philatelic sales and the mail exchange with Fiji, New Zealand and Australia.',
    work: [
      job('Postmaster', 'Tonga Post', "Nuku'alofa Post Office", '2021-08', null, 'August 2021 – Present', [
        'Manage 23 staff at the counter, sorting and philatelic bureau.',
        'Brought the inbound parcel backlog from eleven days to two.',
      ]),
      job('Counter Supervisor', 'Tonga Post', "Nuku'alofa", '2016-03', '2021-07', 'March 2016 – July 2021', []),
      job('Teller', 'Tonga Development Bank', "Nuku'alofa", '2012-01', '2016-02', 'January 2012 – February 2016', [
        'Cashier for loans and savings deposits.',
      ]),
    ],
    education: [
      school('University of the South Pacific, Tonga Campus', 'Diploma', 'Management', '2013', '2015', 'Diploma in Management (part-time)', '2013 – 2015'),
      school('Tupou College', 'Pacific Senior Secondary Certificate', null, '2005', '2010', 'Pacific Senior Secondary Certificate', '2005 – 2010'),
    ],
    skills: [['Operations', ['Counter Services', 'Remittances', 'Mail Exchange', 'Staff Rostering']], ['Tools', ['IPS Postal System', 'Excel']]],
    languages: [['Tongan', 'Native'], ['English', 'Fluent']],
  },
  // ---------------------------------------------------------------- Maldives
  {
    id: '17-resortengineering-ahmed-rasheed', lang: 'en', country: 'Maldives', countryCode: 'MV',
    name: 'Ahmed Rasheed', label: 'Chief Engineer, Island Resort', email: 'ahmed.rasheed@example.org', phone: '+960 795 5312',
    city: 'Addu City', region: 'Hithadhoo', home: 'Hithadhoo, Addu City',
    summary: 'Resort chief engineer in charge of the powerhouse, desalination, sewage plant and 120 villas. Sixteen years on resort islands, the last six as head of department.',
    employerFirst: true,
    work: [
      job('Chief Engineer', 'Shangri-La Villingili Resort', 'Addu Atoll', '2020-11', null, 'Nov. 2020 – present', [
        'Run a 4.2 MW diesel and solar powerhouse and two reverse osmosis plants.',
        'Cut diesel use by 19% after adding 900 kW of rooftop solar.',
      ]),
      job('Chief Engineer', 'Canareef Resort', 'Herethere, Addu', '2017-03', '2020-10', 'Mar. 2017 – Oct. 2020', []),
      job('Assistant Chief Engineer', 'Kuramathi Maldives', 'Rasdhoo Atoll', '2010-06', '2017-02', 'Jun. 2010 – Feb. 2017', [
        'Planned the preventive maintenance for 360 villas.',
      ]),
    ],
    education: [
      school('Maldives Polytechnic', 'Advanced Certificate', 'Electrical Engineering', '2007', '2009', 'Advanced Certificate in Electrical Engineering', '2007 – 2009'),
    ],
    skills: [['Engineering', ['Powerhouse Operation', 'Reverse Osmosis', 'Sewage Treatment', 'Preventive Maintenance']], ['Systems', ['HotSOS', 'AutoCAD']]],
    languages: [['Dhivehi', 'Native'], ['English', 'Fluent'], ['Hindi', 'Conversational']],
  },
  {
    id: '18-footballcoaching-aishath-shifa', lang: 'en', country: 'Maldives', countryCode: 'MV',
    name: 'Aishath Shifa', label: 'Youth Football Coach (UEFA B equivalent)', email: 'aishath.shifa@example.net', phone: '+960 977 5584',
    city: 'Malé', region: 'Kaafu Atoll', home: 'Henveiru, Malé',
    profiles: [['Instagram', 'https://www.instagram.com/coach.shifa']],
    summary: 'Former national team midfielder, now coaching girls\' and boys\' youth teams. AFC B licence. I plan the season, run the academy sessions and scout players on the outer atolls.',
    work: [
      job('Head Coach, Girls U17', 'Football Association of Maldives', 'National Football Stadium, Malé', '2022-01', null, "Jan '22 – present", [
        'Took the U17 girls to their first SAFF semi-final in 2024.',
        'Run talent days on 14 islands each year.',
      ]),
      job('Academy Coach', 'Club Eagles', 'Malé', '2018-03', '2021-12', "Mar '18 – Dec '21", [
        'Coached the U12 and U14 boys\' teams three evenings a week.',
      ]),
      job('Player (midfielder)', 'Maldives women\'s national football team', 'Malé', '2012', '2019', "2012 – '19", []),
    ],
    education: [
      school('Maldives National University', 'Bachelor of Science', 'Sports Science', '2014', '2018', 'B.Sc. Sports Science', '2014 – 2018'),
    ],
    skills: [['Coaching', ['Session Planning', 'Talent Identification', 'Match Analysis', 'Strength and Conditioning']], ['Tools', ['Hudl', 'Excel']]],
    languages: [['Dhivehi', 'Native'], ['English', 'Fluent']],
    certificates: [['AFC B Coaching Licence', 'Asian Football Confederation', '2021']],
  },
  // ---------------------------------------------------------------- Oman
  {
    id: '19-dateprocessing-salim-alhinai', lang: 'en', country: 'Oman', countryCode: 'OM',
    name: 'Salim Al Hinai', label: 'Date Processing Plant Supervisor', email: 'salim.alhinai@example.com', phone: '+968 9555 1427',
    city: 'Nizwa', region: 'Ad Dakhiliyah', home: 'Firq, Nizwa',
    summary: 'Supervisor of a date processing plant: receiving, fumigation, sorting, paste and packing lines. 9,000 tonnes of dates a season, mostly Khalas and Fardh.',
    work: [
      job('Plant Supervisor', 'Oman Date Factory', 'Nizwa Industrial Estate', '2018-09', null, 'Sept 2018 – Present', [
        'Run four lines and 85 workers in the harvest season.',
        'Set up the date paste line that now takes 30% of the intake.',
      ]),
      job('Quality Inspector', 'Oman Date Factory', 'Nizwa', '2015-02', '2018-08', 'Feb 2015 – Aug 2018', [
        'Graded incoming dates and kept the fumigation records.',
      ]),
      job('Trainee', 'Ministry of Agriculture, Fisheries and Water Resources', 'Nizwa', '2014', '2014', 'Summer 2014', []),
    ],
    education: [
      school('Sultan Qaboos University', 'Bachelor of Science', 'Food Science and Nutrition', '2010', '2014', 'B.Sc. Food Science and Nutrition', '2010 – 2014'),
    ],
    skills: [['Processing', ['Date Grading', 'Fumigation', 'Paste Production', 'Packing Line Setup']], ['Quality', ['HACCP', 'ISO 22000']]],
    languages: [['Arabic', 'Native'], ['English', 'Very good']],
  },
  {
    id: '20-lngterminal-maryam-albalushi', lang: 'en', country: 'Oman', countryCode: 'OM',
    name: 'Maryam Al Balushi', label: 'Senior Control Room Operator – LNG', email: 'maryam.albalushi@example.org', phone: '+968 9955 5083',
    city: 'Sur', region: 'Ash Sharqiyah South', home: 'Al Ayjah, Sur',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/maryam-al-balushi-lng']],
    summary: 'Control room operator on an LNG train and the loading jetty. DCS operation, start-ups and shutdowns, and cargo loading for about 110 ships a year.',
    work: [
      job('Senior Control Room Operator', 'Oman LNG', 'Qalhat LNG Plant, Sur', '2021-06', null, 'June 2021 – present', [
        'Operate train 2 from the DCS and lead the shift during planned start-ups.',
        'Wrote eight operating procedures for the new boil-off gas compressor.',
      ]),
      job('Control Room Operator', 'Oman LNG', 'Sur', '2016-01', '2021-05', 'January 2016 – May 2021', []),
      job('Field Operator', 'Oman LNG', 'Sur', '2012-09', '2015-12', 'September 2012 – December 2015', [
        'Field rounds on the liquefaction train and the storage tanks.',
      ]),
    ],
    education: [
      school('University of Technology and Applied Sciences, Sur', 'Higher Diploma', 'Process Engineering', '2009', '2012', 'Higher Diploma in Process Engineering', '2009 – 2012'),
    ],
    skills: [['Operations', ['DCS Operation', 'LNG Liquefaction', 'Cargo Loading', 'Permit to Work']], ['Systems', ['Honeywell Experion', 'SAP PM']]],
    languages: [['Arabic', 'Native'], ['English', 'Fluent'], ['Balochi', 'Spoken']],
  },
  // ---------------------------------------------------------------- Seychelles
  {
    id: '21-immigrationcontrol-brenda-hoareau', lang: 'en', country: 'Seychelles', countryCode: 'SC',
    name: 'Brenda Hoareau', label: 'Senior Immigration Officer', email: 'brenda.hoareau@example.net', phone: '+248 2 555 184',
    city: 'Anse Royale', region: 'Mahé', home: 'Anse Royale, Mahé',
    summary: 'Immigration officer at the international airport and the port. Border control, visitor permits and gainful occupation permits; I lead a shift of twelve officers.',
    work: [
      job('Senior Immigration Officer', 'Immigration and Civil Status Division', 'Seychelles International Airport', '2020-07', null, 'July 2020 – present', [
        'Lead a shift of twelve officers clearing up to 2,000 passengers a day.',
        'Trained all officers on the e-gates introduced in 2023.',
      ]),
      job('Immigration Officer', 'Immigration and Civil Status Division', 'Port Victoria', '2014-10', '2020-06', 'October 2014 – June 2020', []),
      job('Receptionist', 'Kempinski Seychelles Resort', 'Baie Lazare', '2011', '2014', '2011 – 2014', [
        'Front desk for a 150-room resort.',
      ]),
    ],
    education: [
      school('University of Seychelles', 'Bachelor of Arts', 'Public Administration', '2015', '2019', 'BA Public Administration (part-time)', '2015 – 2019'),
    ],
    skills: [['Border control', ['Document Examination', 'Visitor Permits', 'Passenger Profiling']], ['Systems', ['PISCES', 'Excel']]],
    languages: [['Seychellois Creole', 'Native'], ['English', 'Fluent'], ['French', 'Fluent'], ['Italian', 'Basic']],
  },
  {
    id: '22-biosecurity-ryan-esparon', lang: 'en', country: 'Seychelles', countryCode: 'SC',
    name: 'Ryan Esparon', label: 'Biosecurity Inspector', email: 'ryan.esparon@example.com', phone: '+248 2 555 760',
    city: 'Baie Sainte Anne', region: 'Praslin', home: 'Baie Sainte Anne, Praslin',
    summary: 'Biosecurity inspector on Praslin and La Digue. I inspect cargo, yachts and passengers for pests and plant disease and run the rat and invasive plant surveillance at the jetties.',
    educationFirst: true,
    work: [
      job('Biosecurity Inspector', 'Seychelles Agricultural Agency', 'Praslin', '2019-03', null, 'March 2019 – date', [
        'Inspect about 2,500 cargo consignments and 300 yachts a year.',
        'Found and destroyed two coconut rhinoceros beetle incursions at the jetty.',
      ]),
      job('Field Assistant', 'Seychelles Islands Foundation', 'Vallée de Mai, Praslin', '2015-05', '2019-02', 'May 2015 – February 2019', [
        'Monitored the black parrot and coco de mer in the reserve.',
      ]),
    ],
    education: [
      school('Seychelles Institute of Agriculture and Horticulture', 'Advanced Diploma', 'Agriculture', '2012', '2015', 'Advanced Diploma in Agriculture', '2012 – 2015'),
    ],
    skills: [['Inspection', ['Cargo Inspection', 'Pest Identification', 'Quarantine Procedures']], ['Field', ['Rodent Surveillance', 'GPS Mapping']]],
    languages: [['Seychellois Creole', 'Native'], ['English', 'Fluent'], ['French', 'Good']],
  },
  // ---------------------------------------------------------------- Korea
  {
    id: '23-fishauction-sangcheol-ha', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '하상철', label: '수산물 경매사', email: 'sangcheol.ha@example.kr', phone: '010-5554-2861',
    city: '통영시', region: '무전동', home: '경남 통영시 무전동',
    summary: '통영 수산물 위판장에서 15년 동안 활어·선어 경매를 진행했습니다. 하루 평균 120톤의 수산물 경매와 품질 판정을 맡고 있습니다.',
    work: [
      job('경매사 (과장)', '통영수산업협동조합', '통영 위판장', '2016-04', null, '16.04 ~ 현재', [
        '멸치·굴·활어 경매 진행, 하루 평균 120톤',
        '전자 경매 시스템 도입 시 현장 교육 담당',
      ]),
      job('중도매인 보조', '(주)한려수산', '통영', '2011-03', '2016-03', '11.03 ~ 16.03', [
        '선어 입찰 및 출하 관리',
      ]),
    ],
    education: [
      school('부경대학교', '학사', '식품공학과', '2005-03', '2011-02', '학사', '2005.03 ~ 2011.02 (군 복무 포함)'),
    ],
    skills: [['경매', ['수산물 경매', '품질 판정', '위판 정산']], ['도구', ['전자경매시스템', '엑셀']]],
    languages: [['일본어', 'JLPT N2'], ['영어', '기초']],
    certificates: [['수산물 경매사', '한국농수산식품유통공사', '2015-11']],
  },
  {
    id: '24-seaweedfarming-eunji-baek', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '백은지', label: '김 양식장 운영 · 수출 담당', email: 'eunji.baek@example.com', phone: '010-5553-7719',
    city: '완도군', region: '완도읍', home: '전남 완도군 완도읍 군내리',
    profiles: [['Instagram', 'https://www.instagram.com/wando_gim_farm']],
    summary: '가업인 김 양식장을 이어받아 운영하고 있습니다. 채묘부터 채취, 마른김 가공, 일본·미국 수출까지 직접 챙깁니다. 양식 전에는 무역회사에서 4년 일했습니다.',
    work: [
      job('대표', '은지네김양식장', '완도 군외면 해상', '2021-09', null, '21.09 ~ 현재', [
        '김 양식 시설 320책 운영',
        '마른김 일본 수출 연 18만 속',
      ]),
      job('해외영업 사원', '(주)대양무역', '서울 중구', '2017-01', '2020-12', '17.01 ~ 20.12', [
        '수산 가공품 대일 수출 영업',
      ]),
      job('어촌 체험 해설 (자원봉사)', '완도군 어촌체험마을', '완도', '2022', null, '2022 ~ 현재 (주말)', []),
    ],
    education: [
      school('전남대학교', '학사', '일어일문학과', '2012-03', '2016-02', '학사', '2012.03 ~ 2016.02'),
    ],
    skills: [['양식', ['김 양식', '채묘 관리', '마른김 가공']], ['무역', ['수출 서류 작성', '일본어 상담']]],
    languages: [['일본어', 'JPT 820'], ['영어', 'TOEIC 690']],
    certificates: [['수산양식기사', '한국산업인력공단', '2022-06']],
  },
  {
    id: '25-ceramics-jihoon-seol', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '설지훈', label: '도자기 성형 · 가마 소성 담당', email: 'jihoon.seol@example.net', phone: '010-5557-3048',
    city: '이천시', region: '신둔면', home: '경기 이천시 신둔면 수광리',
    url: 'https://seol-ceramics.example.net',
    summary: '이천 도자기 공방과 생활자기 공장에서 10년 동안 물레 성형과 가마 소성을 해 왔습니다. 장작가마와 가스가마를 모두 다룹니다.',
    educationFirst: true,
    work: [
      job('성형 · 소성 팀장', '(주)이천도예', '이천 신둔 도예촌', '2020-03', null, '2020년 3월 ~ 재직중', [
        '생활자기 월 6,000점 성형 및 가스가마 소성 관리',
        '소성 불량률 9%에서 4%로 감소',
      ]),
      job('도예 공방 조수', '해강도예연구소', '이천', '2015-07', '2020-02', '2015년 7월 ~ 2020년 2월', [
        '장작가마 소성 및 유약 조합',
      ]),
    ],
    education: [
      school('단국대학교', '학사', '도예과', '2012-03', '2015-02', '학사', '2012. 3 ~ 2015. 2 (조기졸업)'),
      school('한국도자기고등학교', '고등학교 졸업', null, '2009-03', '2012-02', '졸업', '2009. 3 ~ 2012. 2'),
    ],
    skills: [['도예', ['물레 성형', '유약 조합', '장작가마 소성', '가스가마 소성']]],
    flat: true,
    languages: [['영어', '일상 회화']],
    certificates: [['도자기공예기능사', '한국산업인력공단', '2013-08']],
  },
  {
    id: '26-citybus-youngsoo-cha', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '차영수', label: '시내버스 운전원', email: 'youngsoo.cha@example.co.kr', phone: '010-5556-1407',
    city: '강릉시', region: '교동', home: '강원 강릉시 교동',
    summary: '시내버스와 관광버스를 합쳐 18년 무사고로 운전했습니다. 지금은 신입 운전원 동승 교육도 맡고 있습니다.',
    work: [
      job('시내버스 운전원', '강릉여객(주)', '강릉 시내 노선', '2014-06', null, '2014.06 ~ 현재', [
        '202번 · 300번 노선 운행, 18년 무사고',
        '신입 운전원 동승 교육 (연 10명 내외)',
      ]),
      job('관광버스 기사', '(주)동해관광', '강릉', '2008-03', '2014-05', '2008.03 ~ 2014.05', []),
      job('화물차 운전', '개인 화물 (지입)', '강원 일대', '2005', '2008', '2005 ~ 2008', []),
    ],
    education: [
      school('강릉명륜고등학교', '고등학교 졸업', null, '1995-03', '1998-02', '졸업', '1995.03 ~ 1998.02'),
    ],
    skills: [['운전', ['대형 버스 운전', '친절 응대', '안전 운행', '차량 일상 점검']]],
    languages: [['영어', '기초']],
    certificates: [['1종 대형 운전면허', '강원지방경찰청', '2004-09'], ['버스운전자격', '한국교통안전공단', '2008-02']],
  },
  {
    id: '27-apartmentmanagement-misook-jang', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '장미숙', label: '공동주택 관리사무소장', email: 'misook.jang@example.kr', phone: '010-5552-8836',
    city: '파주시', region: '운정동', home: '경기 파주시 와동동 (운정신도시)',
    summary: '주택관리사로 1,000세대 이상 아파트 단지의 관리사무소장을 9년째 맡고 있습니다. 관리비 회계, 장기수선계획, 입주자대표회의 운영을 합니다.',
    work: [
      job('관리사무소장', '(주)우리관리', '파주 운정 한빛마을 아파트 (1,420세대)', '2021-01', null, '2021. 1. ~ 현재', [
        '관리비 연 38억 원 집행 및 외부 회계감사 대응',
        '장기수선계획 재수립 및 승강기 교체 공사 관리',
      ]),
      job('관리사무소장', '(주)우리관리', '고양 일산 후곡마을 아파트 (1,050세대)', '2017-04', '2020-12', '2017. 4. ~ 2020. 12.', []),
      job('관리과장', '대한주택관리(주)', '고양', '2012-09', '2017-03', '2012. 9. ~ 2017. 3.', [
        '관리비 부과 및 회계 업무',
      ]),
    ],
    education: [
      school('한국방송통신대학교', '학사', '행정학과', '2008-03', '2012-02', '학사', '2008. 3. ~ 2012. 2.'),
    ],
    skills: [['관리', ['관리비 회계', '장기수선계획', '입주자대표회의 운영', '시설 공사 관리']], ['도구', ['K-apt', 'XpERP', '엑셀']]],
    languages: [['영어', '독해 가능']],
    certificates: [['주택관리사', '국토교통부', '2012-05'], ['전산회계 1급', '한국세무사회', '2010-11']],
  },
  {
    id: '28-postnatalcare-haeun-ok', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '옥하은', label: '산후조리원 신생아실 수간호사', email: 'haeun.ok@example.com', phone: '010-5558-2293',
    city: '의정부시', region: '민락동', home: '경기 의정부시 민락동',
    summary: '산부인과 병동 간호사를 거쳐 산후조리원 신생아실에서 일하고 있습니다. 신생아 감염 관리와 모유 수유 교육을 맡고 있습니다. 2019년부터 1년간 육아휴직 후 복직했습니다.',
    work: [
      job('신생아실 수간호사', '맘스힐산후조리원 의정부점', '의정부 민락', '2020-10', null, '2020년 10월 ~ 현재', [
        '신생아실 간호사 · 간호조무사 14명 근무표 및 감염 관리',
        '모유 수유 교육 프로그램 월 4회 운영',
      ]),
      job('간호사', '의정부성모병원', '산부인과 병동', '2014-02', '2019-04', '2014년 2월 ~ 2019년 4월', [
        '분만 후 산모 간호 및 신생아 초기 관리',
      ]),
    ],
    education: [
      school('을지대학교', '학사', '간호학과', '2010-03', '2014-02', '간호학사', '2010.3 ~ 2014.2'),
    ],
    skills: [['간호', ['신생아 간호', '감염 관리', '모유 수유 교육']], ['도구', ['EMR', '엑셀']]],
    languages: [['영어', 'OPIc IM2']],
    certificates: [['간호사 면허', '보건복지부', '2014-02'], ['국제모유수유전문가 (IBCLC)', 'IBLCE', '2022-10']],
  },
  {
    id: '29-ginseng-dongho-gil', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '길동호', label: '인삼 가공 생산관리', email: 'dongho.gil@example.net', phone: '010-5559-6602',
    city: '금산군', region: '금산읍', home: '충남 금산군 금산읍 중도리',
    summary: '금산 인삼 가공 공장에서 홍삼 · 흑삼 제조 공정과 생산 계획을 관리합니다. HACCP 팀장을 겸하고 있습니다.',
    employerFirst: true,
    work: [
      job('생산관리 차장', '(주)금산인삼가공', '금산 인삼약초 농공단지', '2019-07', null, '2019. 07 ~ 재직 중', [
        '홍삼 농축액 · 절편 생산 계획 수립 (연 매출 120억 원 규모)',
        'HACCP 연장 심사 3회 무결점 통과',
      ]),
      job('생산관리 대리', '(주)금산인삼가공', '금산', '2015-01', '2019-06', '2015. 01 ~ 2019. 06', []),
      job('품질관리 사원', '(주)한삼인', '금산', '2012-02', '2014-12', '2012. 02 ~ 2014. 12', [
        '원료삼 입고 검사 및 진세노사이드 함량 분석 의뢰',
      ]),
    ],
    education: [
      school('중부대학교', '학사', '한방건강관리학과', '2006-03', '2012-02', '학사', '2006. 03 ~ 2012. 02'),
    ],
    skills: [['생산', ['홍삼 제조', '생산 계획', '공정 관리']], ['품질', ['HACCP', 'GMP 문서']]],
    languages: [['중국어', 'HSK 3급'], ['영어', 'TOEIC 620']],
    certificates: [['식품기사', '한국산업인력공단', '2013-08']],
  },
  {
    id: '30-scriptwriting-soyeon-pyo', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '표소연', label: '라디오 방송작가', email: 'soyeon.pyo@example.kr', phone: '010-5551-9074',
    city: '속초시', region: '조양동', home: '강원 속초시 조양동',
    summary: '지역 라디오에서 12년 동안 음악 · 시사 프로그램 원고를 써 왔습니다. 섭외, 청취자 사연 정리, 생방송 큐시트까지 맡습니다.',
    work: [
      job('메인 작가 (프리랜서)', '강원영동 라디오', '속초', '2019', null, '2019년 봄 개편 ~ 현재', [
        '매일 2시간 음악 프로그램 원고 및 큐시트 작성',
        '지역 인물 인터뷰 코너 섭외 (연 90명)',
      ]),
      job('서브 작가', 'MBC강원영동', '강릉', '2014', '2019-02', '2014년 가을 ~ 2019년 2월', [
        '아침 시사 프로그램 자료 조사 및 원고 작성',
      ]),
      job('막내 작가', '춘천 지역 케이블 방송', '춘천', '2013', '2014', '2013 ~ 2014', []),
    ],
    education: [
      school('강원대학교', '학사', '국어국문학과', '2008-03', '2013-02', '학사', '2008.03 ~ 2013.02 (휴학 1년)'),
    ],
    skills: [['작가', ['원고 작성', '큐시트 작성', '출연자 섭외', '자료 조사']], ['도구', ['한글', '오디션 편집기', '구글 문서']]],
    languages: [['영어', 'TOEIC 745']],
  },
];

/** The first `count` people of the set, as { id, resume, presentation }. */
export function buildHoldout11Content(count = PEOPLE.length) {
  return PEOPLE.slice(0, count).map((person) => handWrittenEntry(person));
}
