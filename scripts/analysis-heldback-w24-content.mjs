// The content of the wave 24 held-back analysis set (test/fixtures/analysis/heldback-w24/, issue #12):
// sixteen fictional people, twelve written in English and four in Korean, each of an occupation that no
// earlier analysis set or résumé corpus has (public corpus, fresh, holdout 1–19, the Korean corpus,
// heldback-w7 … heldback-w23): EDI analyst (once an order desk representative), BIM coordinator, licensed
// conveyancer (back after two years of parental leave), auto glass technician, protective coatings applicator,
// certified peer specialist (once a warehouse worker), transport manager (once an HGV driver), pawnshop manager,
// hotel butler, passport examiner (once a bank customer adviser), hospital porter, lactation consultant (IBCLC,
// once a labor and delivery nurse); 면세점 화장품 판매, 교육행정 (학교 행정실), AI 학습데이터 라벨링 검수
// (그 전 콜센터 상담), 인터넷·IPTV 개통 기사.
// Unlike waves 19 to 23, whose fields were all far from software, this set mixes office and technical work (EDI,
// BIM, conveyancing, passport examining, a school's finance office, data labelling) with the trades (auto glass,
// coatings, broadband installation), care (peer support, portering, lactation), logistics (a transport manager),
// retail (a pawnshop, a duty-free counter) and hospitality (a butler). Their postings ask for credentials, licences,
// shifts and procedures as well as tools (ANSI X12, ISO 19650, PEXA, AGSC, SSPC-SP 10, the Pennsylvania CPS, the
// Transport Manager CPC, the Texas pawn employee licence, WSET, BPSS, IBCLC; 나이스, K-에듀파인, CVAT, 정보통신기능사).
// Seniorities run from a peer specialist of three years to a coatings lead hand of eleven; leads (the coatings lead
// hand, the pawnshop manager, the transport manager, the porters' team leader, the labelling 검수 팀장) and individual
// contributors; four career changers (the EDI analyst, the peer specialist, the passport examiner, the 라벨링 검수자)
// and one return to work (the conveyancer).
// Written in full on 2026-12-02 by an engineer who does not tune the analysis, before anything was rendered
// or scored; the set is frozen by hash (manifest.json) and never tuned on. Names and employers are invented
// by hand (schools, certifying bodies, regulators and products are real); phone numbers use fictional ranges
// (US 555-01xx, Ofcom drama 0117 496 0xxx, 01327 496 0xx, 020 7946 0xxx, 028 9649 6xxx, 0141 496 0xxx, Canada
// 555-01xx, Australia 0491 570 xxx; the Korean ones are made up); e-mail at example.com / example.kr. The English
// text keeps to characters pdflatex typesets (no degree signs, no mathematical symbols, no ampersands or per cent
// signs). The English renderer prints no certificates section, so each English person names their credentials
// among their skills too.

/** English résumés: rendered by scripts/build-resume-corpus.mjs (`style`: dateStyle, headerStyle, linkScheme, bulletGlyph). */
export const ENGLISH_PEOPLE = [
  {
    id: '01-edianalysis-tamikahollis',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleThenEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Tamika Hollis',
        label: 'EDI Analyst',
        email: 'tamika.hollis.edi@example.com',
        phone: '614-555-0172',
        summary: 'EDI analyst at a food service distributor for five years, after three years on its order desk. I onboard trading partners, build and test X12 maps, watch the daily document flow and fix failed transactions before they turn into late orders or chargebacks.',
        location: { city: 'Columbus', region: 'OH' },
      },
      work: [
        {
          name: 'Buckeye Foodservice Supply', position: 'EDI Analyst', location: 'Columbus, OH', startDate: '2021-08',
          highlights: [
            'Onboard new customers and suppliers: exchange implementation guides, set up AS2 and SFTP connections, and run test cycles for 850, 855, 856, 810 and 997 documents.',
            'Build and change maps in IBM Sterling B2B Integrator and keep 140 trading partners running.',
            'Monitor the morning and afternoon document runs, reprocess failed transactions and work with customers on rejected invoices.',
            'Load EDI orders into SAP SD and trace mismatches between purchase orders, ASNs and invoices with SQL queries.',
            'Cut retailer compliance chargebacks by fixing ASN and label timing with the warehouse.',
          ],
        },
        {
          name: 'Buckeye Foodservice Supply', position: 'Order Desk Representative', location: 'Columbus, OH', startDate: '2018-06', endDate: '2021-07',
          highlights: ['Entered phone, fax and EDI orders for restaurants and schools, and chased short shipments and credits.'],
        },
      ],
      education: [{ institution: 'Columbus State Community College', studyType: 'Associate of Applied Science', area: 'Supply Chain Management', startDate: '2015-08', endDate: '2018-05' }],
      skills: [
        { name: 'EDI', keywords: ['ANSI X12', '850, 855, 856, 810, 997', 'Trading Partner Onboarding', 'Mapping', 'AS2', 'SFTP', 'IBM Sterling B2B Integrator'] },
        { name: 'Systems', keywords: ['SAP SD', 'SQL', 'Excel', 'ServiceNow'] },
        { name: 'Supply Chain', keywords: ['Order Management', 'Retail Compliance', 'Chargeback Reduction'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '02-bimcoordination-oliverpemberton',
    style: { dateStyle: 'slashMonth', headerStyle: 'employerThenTitle', linkScheme: true, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Oliver Pemberton',
        label: 'BIM Coordinator',
        email: 'oliver.pemberton.bim@example.com',
        phone: '0117 496 0583',
        summary: 'BIM coordinator with six years at a main contractor in the South West, after three years as an architectural technologist. I run federated models, clash detection and model audits on hospital, school and residential schemes, and keep the common data environment and information exchange to ISO 19650.',
        location: { city: 'Bristol', region: 'England' },
      },
      work: [
        {
          name: 'Severnside Construction', position: 'BIM Coordinator', location: 'Bristol', startDate: '2020-03',
          highlights: [
            'Write and keep the BIM Execution Plan and the Master Information Delivery Plan with the design team.',
            'Federate architectural, structural and MEP models in Navisworks and run weekly clash detection meetings; lead two junior modellers.',
            'Audit consultant models in Solibri against the Employer Information Requirements and naming conventions.',
            'Manage the common data environment in Autodesk Construction Cloud and check COBie data at handover.',
          ],
        },
        {
          name: 'Harbourside Architects', position: 'Architectural Technologist', location: 'Bristol', startDate: '2017-01', endDate: '2020-02',
          highlights: ['Produced planning and technical drawings in Revit for housing schemes and coordinated details with structural engineers.'],
        },
      ],
      education: [{ institution: 'University of the West of England', studyType: 'BSc (Hons)', area: 'Architectural Technology', startDate: '2013-09', endDate: '2016-06' }],
      skills: [
        { name: 'BIM', keywords: ['ISO 19650', 'BIM Execution Plan', 'Clash Detection', 'Model Federation', 'COBie', 'Model Audit'] },
        { name: 'Software', keywords: ['Revit', 'Navisworks', 'Solibri', 'Autodesk Construction Cloud', 'Dynamo', 'AutoCAD'] },
        { name: 'Cards and Memberships', keywords: ['CSCS Card (Academically Qualified Person)', 'Chartered Architectural Technologist (MCIAT)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '03-conveyancing-leannekowalczyk',
    style: { dateStyle: 'monthName', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Leanne Kowalczyk',
        label: 'Licensed Conveyancer (NSW)',
        email: 'leanne.kowalczyk@example.com',
        phone: '0491 570 318',
        summary: 'Licensed conveyancer with ten years of residential and rural conveyancing in the Hunter, back at work since 2024 after two years at home with my children. I act for buyers and sellers from contract to settlement, run searches and certificates, and settle on PEXA.',
        location: { city: 'Newcastle', region: 'NSW' },
      },
      work: [
        {
          name: 'Hunter Coast Conveyancing', position: 'Licensed Conveyancer', location: 'Newcastle, NSW', startDate: '2024-02',
          highlights: [
            'Run a file load of about 45 matters: prepare contracts for sale, order section 10.7 planning certificates and title searches, and review vendor disclosure.',
            'Advise buyers on special conditions, cooling-off periods and first home buyer concessions, and lodge duty with Revenue NSW.',
            'Prepare settlement figures and settle electronically on PEXA, then notify councils and water authorities.',
          ],
        },
        {
          name: 'Maitland Property Law', position: 'Conveyancer', location: 'Maitland, NSW', startDate: '2015-03', endDate: '2022-01',
          highlights: ['Acted on residential sales, subdivisions and rural property with water licences; trained two conveyancing clerks.'],
        },
      ],
      education: [{ institution: 'TAFE NSW', studyType: 'Diploma', area: 'Conveyancing (CPP51122)', startDate: '2013-02', endDate: '2014-11' }],
      skills: [
        { name: 'Conveyancing', keywords: ['Contracts for Sale', 'Searches and Certificates', 'Settlement Adjustments', 'Stamp Duty', 'Off-the-Plan Sales', 'Rural Property'] },
        { name: 'Systems', keywords: ['PEXA', 'LEAP', 'InfoTrack', 'NSW LRS'] },
        { name: 'Licences', keywords: ['Conveyancer Licence (NSW Fair Trading)', 'Member, Australian Institute of Conveyancers'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Polish', fluency: 'Conversational' }],
    },
  },
  {
    id: '04-autoglass-rafaelortega',
    style: { dateStyle: 'year', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Rafael Ortega',
        label: 'Auto Glass Technician, AGSC Certified',
        email: 'rafael.ortega.glass@example.com',
        phone: '602-555-0119',
        summary: 'Auto glass technician for four years, in the shop and on the road. I replace windshields, door glass and back glass on cars, trucks and fleet vehicles, repair chips, and calibrate ADAS cameras after replacement.',
        location: { city: 'Phoenix', region: 'AZ' },
      },
      work: [
        {
          name: 'Desert Clear Auto Glass', position: 'Mobile Auto Glass Technician', location: 'Phoenix, AZ', startDate: '2022-04',
          highlights: [
            'Replace 6 to 8 windshields a day at customer homes and fleet yards, following AGRSS adhesive and safe drive-away times.',
            'Run static and dynamic ADAS camera calibrations with Autel and Hunter targets and print the calibration report for the customer.',
            'Repair chips and short cracks, and replace door glass, regulators and back glass.',
            'Take insurance claim information and photos in the dispatch app.',
          ],
        },
        {
          name: 'Valley Collision Center', position: 'Detail and Shop Helper', location: 'Mesa, AZ', startDate: '2020-06', endDate: '2022-03',
          highlights: ['Prepped cars for paint, removed and refitted trim and helped the glass tech on installs.'],
        },
      ],
      education: [{ institution: 'Carl Hayden High School', studyType: 'High School Diploma', startDate: '2016-08', endDate: '2020-05' }],
      skills: [
        { name: 'Glass', keywords: ['Windshield Replacement', 'Urethane Adhesives', 'Chip Repair', 'Door Glass and Regulators', 'Back Glass'] },
        { name: 'ADAS', keywords: ['Static Calibration', 'Dynamic Calibration', 'Autel', 'Hunter'] },
        { name: 'Certifications', keywords: ['AGSC Certified Auto Glass Technician', 'AGRSS Standard', 'Arizona Driver License'] },
      ],
      languages: [{ language: 'English', fluency: 'Fluent' }, { language: 'Spanish', fluency: 'Native' }],
    },
  },
  {
    id: '05-protectivecoatings-dustinfairweather',
    style: { dateStyle: 'isoMonth', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Dustin Fairweather',
        label: 'Protective Coatings Applicator, Lead Hand',
        email: 'dustin.fairweather@example.com',
        phone: '780-555-0164',
        summary: 'Industrial blaster and coatings applicator for eleven years, lead hand for the last four. I blast and coat steel tanks, pipe spools and bridge girders in the shop and in the field, and I am responsible for surface prep, film build and the quality records of a crew of three.',
        location: { city: 'Edmonton', region: 'AB' },
      },
      work: [
        {
          name: 'Northline Industrial Coatings', position: 'Lead Hand, Blast and Paint', location: 'Edmonton, AB', startDate: '2022-09',
          highlights: [
            'Lead a crew of three on abrasive blasting to SSPC-SP 10 and SP 5 and on airless spray of epoxy, zinc-rich and polyurethane systems.',
            'Check ambient conditions, dew point and surface profile before coating and record wet and dry film thickness with Elcometer gauges.',
            'Run holiday testing on tank linings and fill in daily coating reports for the client inspector.',
            'Set up containment, confined space entry and fall protection on field jobs at refineries and water tanks.',
          ],
        },
        {
          name: 'Northline Industrial Coatings', position: 'Blaster and Painter', location: 'Edmonton, AB', startDate: '2015-05', endDate: '2022-08',
          highlights: ['Blasted and painted pipe spools, pressure vessels and structural steel in the shop and on turnarounds.'],
        },
      ],
      education: [{ institution: 'Victoria School of the Arts', studyType: 'High School Diploma', startDate: '2008-09', endDate: '2011-06' }],
      skills: [
        { name: 'Surface Preparation', keywords: ['Abrasive Blasting', 'SSPC-SP 10', 'SSPC-SP 5', 'Surface Profile', 'Power Tool Cleaning'] },
        { name: 'Application', keywords: ['Airless Spray', 'Plural Component Spray', 'Epoxy Linings', 'Zinc-Rich Primers', 'Dry Film Thickness', 'Holiday Testing'] },
        { name: 'Safety and Certifications', keywords: ['AMPP Certified Coating Applicator Specialist', 'Confined Space Entry', 'Fall Protection', 'H2S Alive', 'Respirator Fit Test', 'Standard First Aid'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '06-peersupport-marcusbell',
    style: { dateStyle: 'monthName', headerStyle: 'oneLineComma', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Marcus Bell',
        label: 'Certified Peer Specialist',
        email: 'marcus.bell.cps@example.com',
        phone: '215-555-0138',
        summary: 'Certified peer specialist for three years with a community mental health provider, after eight years in warehouse work. I use my own recovery to support adults with serious mental illness and co-occurring substance use: one-to-one peer support, WRAP groups and help with housing, benefits and appointments.',
        location: { city: 'Philadelphia', region: 'PA' },
      },
      work: [
        {
          name: 'Schuylkill Recovery Partners', position: 'Certified Peer Specialist', location: 'Philadelphia, PA', startDate: '2023-05',
          highlights: [
            'Meet a caseload of 14 adults in the community and at home, set recovery goals with them and write progress notes the same day.',
            'Co-facilitate weekly WRAP and Hearing Voices groups.',
            'Go with people to court, benefits and doctor appointments and connect them to housing programs and food pantries.',
            'Take part in treatment team meetings and speak up for what the people I support want.',
          ],
        },
        {
          name: 'Tri-State Distribution Center', position: 'Warehouse Associate', location: 'Bristol, PA', startDate: '2014-03', endDate: '2022-10',
          highlights: ['Picked, packed and loaded orders on night shift; trained new hires on the floor.'],
        },
      ],
      education: [{ institution: 'Community College of Philadelphia', studyType: 'Certificate', area: 'Peer Specialist Training', startDate: '2022-09', endDate: '2023-03' }],
      skills: [
        { name: 'Peer Support', keywords: ['Lived Experience', 'Recovery Planning', 'WRAP Facilitation', 'Motivational Interviewing', 'Trauma-Informed Care', 'Progress Notes'] },
        { name: 'Certifications', keywords: ['Pennsylvania Certified Peer Specialist (CPS)', 'Mental Health First Aid', 'Naloxone Training'] },
        { name: 'Other', keywords: ['Housing Navigation', 'Benefits Applications', 'Pennsylvania Driver License'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '07-transportmanagement-leeashworth',
    style: { dateStyle: 'year', headerStyle: 'titleThenEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Lee Ashworth',
        label: 'Transport Manager (CPC)',
        email: 'lee.ashworth.transport@example.com',
        phone: '01327 496 057',
        summary: 'Nominated transport manager on a standard international operator licence for seven years, after five years driving Class 1. I run a fleet of 42 HGVs and 60 drivers from a distribution centre in the Midlands: drivers hours and tachographs, maintenance, DVSA compliance and the daily plan.',
        location: { city: 'Daventry', region: 'England' },
      },
      work: [
        {
          name: 'Watling Street Logistics', position: 'Transport Manager', location: 'Daventry', startDate: '2019-04',
          highlights: [
            'Hold continuous and effective control of the operator licence: safety inspections every six weeks, defect reporting and MOT planning.',
            'Download and analyse tachograph data in Tachomaster, brief drivers on infringements and keep working time records.',
            'Keep the fleet in the DVSA Earned Recognition scheme and FORS Silver, and prepare for audits and roadside checks.',
            'Manage two transport planners and the night shift traffic office, and handle driver discipline and licence checks.',
          ],
        },
        {
          name: 'Watling Street Logistics', position: 'HGV Class 1 Driver', location: 'Daventry', startDate: '2014-02', endDate: '2019-03',
          highlights: ['Trunked and delivered chilled and ambient loads to retail stores on nights.'],
        },
      ],
      education: [{ institution: 'Daventry School', studyType: 'GCSEs', startDate: '2004-09', endDate: '2009-06' }],
      skills: [
        { name: 'Compliance', keywords: ['Transport Manager CPC (National and International)', 'Operator Licence', 'Drivers Hours Rules', 'Working Time Directive', 'DVSA Earned Recognition', 'FORS'] },
        { name: 'Fleet', keywords: ['Tachograph Analysis', 'Tachomaster', 'Maintenance Planning', 'Defect Reporting', 'Licence Checks'] },
        { name: 'Licences', keywords: ['Category C+E Licence', 'Driver CPC'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '08-pawnbroking-yolandabriseno',
    style: { dateStyle: 'fullMonthName', headerStyle: 'employerThenTitle', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Yolanda Briseno',
        label: 'Pawnshop Store Manager',
        email: 'yolanda.briseno@example.com',
        phone: '210-555-0191',
        summary: 'Pawnshop manager with ten years in the trade, the last four running a store of five. I make pawn loans and buys on gold, diamonds, tools, electronics and firearms, keep the store within Texas pawn law and the ATF rules, and own the store numbers.',
        location: { city: 'San Antonio', region: 'TX' },
      },
      work: [
        {
          name: 'Alamo Heights Pawn', position: 'Store Manager', location: 'San Antonio, TX', startDate: '2022-09',
          highlights: [
            'Lead five employees, set the schedule and train them on loan making, gold testing and firearm transfers.',
            'Test and value gold and silver with acid, electronic testers and the XRF analyzer; grade diamonds for loans and buys.',
            'Keep pawn tickets, holding periods and daily police reporting in LeadsOnline compliant with the Texas Pawnshop Act.',
            'Run firearm sales and pawns under our FFL: Form 4473, NICS checks and the bound book.',
            'Raised loan balance 18 percent in two years and keep aged inventory under 10 percent.',
          ],
        },
        {
          name: 'Alamo Heights Pawn', position: 'Pawnbroker, then Assistant Manager', location: 'San Antonio, TX', startDate: '2016-05', endDate: '2022-08',
          highlights: ['Made loans and buys at the counter, priced and posted items online, and closed the store.'],
        },
      ],
      education: [{ institution: 'San Antonio College', studyType: 'Coursework', area: 'Business Management', startDate: '2014-08', endDate: '2016-05' }],
      skills: [
        { name: 'Pawn', keywords: ['Pawn Loans', 'Gold Testing', 'XRF Analyzer', 'Diamond Grading', 'Jewelry Valuation', 'Retail Pricing'] },
        { name: 'Compliance', keywords: ['Texas Pawnshop Act', 'Texas Pawnshop Employee License', 'ATF Form 4473', 'NICS', 'LeadsOnline'] },
        { name: 'Systems and Training', keywords: ['Bravo POS', 'GIA Diamond Essentials', 'Inventory Control'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Spanish', fluency: 'Fluent' }],
    },
  },
  {
    id: '09-butlering-tomaszwojcik',
    style: { dateStyle: 'isoMonth', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Tomasz Wojcik',
        label: 'Hotel Butler',
        email: 'tomasz.wojcik.butler@example.com',
        phone: '020 7946 0827',
        summary: 'Butler for five years at a five-star hotel in Mayfair, after three years in its housekeeping team. I look after the guests of the suites from arrival to departure: unpacking and packing, wardrobe and shoe care, in-suite dining and drinks service, and the requests nobody wrote down.',
        location: { city: 'London', region: 'England' },
      },
      work: [
        {
          name: 'The Grosvenor Lane Hotel', position: 'Suite Butler', location: 'London', startDate: '2021-09',
          highlights: [
            'Greet suite guests, unpack and pack luggage, press clothes and polish shoes on request.',
            'Serve in-suite breakfasts and dinners, decant wine and run the suite bar and afternoon tea.',
            'Keep guest preference notes in Opera and prepare suites for returning guests.',
            'Work 12-hour day and night shifts on a four on, four off rota.',
          ],
        },
        {
          name: 'The Grosvenor Lane Hotel', position: 'Room Attendant, then Housekeeping Supervisor', location: 'London', startDate: '2018-06', endDate: '2021-08',
          highlights: ['Cleaned and later inspected rooms and suites on the VIP floors.'],
        },
      ],
      education: [{ institution: 'Zespol Szkol Gastronomicznych, Krakow', studyType: 'Technical Diploma', area: 'Hotel Services', startDate: '2012-09', endDate: '2016-06' }],
      skills: [
        { name: 'Butler Service', keywords: ['Unpacking and Packing', 'Wardrobe Care', 'Shoe Shining', 'In-Suite Dining', 'Afternoon Tea Service', 'Guest Preferences'] },
        { name: 'Wine and Drinks', keywords: ['WSET Level 2 Award in Wines', 'Decanting', 'Cocktail Service'] },
        { name: 'Systems and Training', keywords: ['Opera PMS', 'Butler Training, International Butler Academy', 'Food Safety Level 2'] },
      ],
      languages: [{ language: 'English', fluency: 'Fluent' }, { language: 'Polish', fluency: 'Native' }, { language: 'Russian', fluency: 'Conversational' }],
    },
  },
  {
    id: '10-passportexamining-aislingdoherty',
    style: { dateStyle: 'slashMonth', headerStyle: 'titleLineBelow', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Aisling Doherty',
        label: 'Passport Examiner',
        email: 'aisling.doherty@example.com',
        phone: '028 9649 6214',
        summary: 'Passport examiner for four years in a government passport office, after three years as a bank customer adviser. I decide first-time, renewal and replacement applications against the rules, check identity and supporting documents, and refer suspected fraud.',
        location: { city: 'Belfast', region: 'Northern Ireland' },
      },
      work: [
        {
          name: 'Passport Office, Belfast', position: 'Examiner (Administrative Officer)', location: 'Belfast', startDate: '2022-06',
          highlights: [
            'Examine 60 to 80 applications a day: check identity, nationality, countersignatures and photographs against the guidance.',
            'Interview-refer and fraud-refer applications, write clear case notes and ask customers for missing documents.',
            'Handle urgent and compassionate cases for the customer contact team.',
            'Meet daily quality and output targets and coach two new examiners.',
          ],
        },
        {
          name: 'Lagan Valley Bank', position: 'Customer Adviser', location: 'Lisburn', startDate: '2019-02', endDate: '2022-05',
          highlights: ['Opened accounts, checked ID documents for anti-money laundering rules and handled counter transactions.'],
        },
      ],
      education: [{ institution: 'Ulster University', studyType: 'BA (Hons)', area: 'Politics', startDate: '2015-09', endDate: '2018-06' }],
      skills: [
        { name: 'Examining', keywords: ['Identity Verification', 'Document Examination', 'Nationality Rules', 'Fraud Referral', 'Case Notes', 'Quality Targets'] },
        { name: 'Clearances and Training', keywords: ['Baseline Personnel Security Standard (BPSS)', 'Counter Terrorist Check (CTC)', 'Forgery Detection Training'] },
        { name: 'Systems', keywords: ['Microsoft Office', 'Case Management Systems'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Irish', fluency: 'Conversational' }],
    },
  },
  {
    id: '11-portering-craigmunro',
    style: { dateStyle: 'monthName', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Craig Munro',
        label: 'Hospital Porter Team Leader',
        email: 'craig.munro.porter@example.com',
        phone: '0141 496 0372',
        summary: 'Hospital porter for six years at a large acute hospital in Glasgow, team leader for the last two. I move patients, specimens, blood, medical gases and equipment around the site, lead a shift of eleven porters and answer the porters helpdesk.',
        location: { city: 'Glasgow', region: 'Scotland' },
      },
      work: [
        {
          name: 'Clydebank General Hospital, NHS', position: 'Portering Team Leader', location: 'Glasgow', startDate: '2024-11',
          highlights: [
            'Lead a shift of 11 porters on a rotating day, back and night shift pattern and allocate tasks from the helpdesk system.',
            'Take emergency calls: cardiac arrest team trolleys, urgent bloods to the lab and transfers from A and E to theatres.',
            'Train new porters in safe patient moving and handling, medical gas cylinder handling and infection control.',
          ],
        },
        {
          name: 'Clydebank General Hospital, NHS', position: 'Hospital Porter', location: 'Glasgow', startDate: '2020-03', endDate: '2024-10',
          highlights: ['Moved patients by bed, trolley and wheelchair, delivered specimens and cylinders, and transferred the deceased to the mortuary with dignity.'],
        },
      ],
      education: [{ institution: 'Drumchapel High School', studyType: 'National 5 Qualifications', startDate: '2010-08', endDate: '2014-06' }],
      skills: [
        { name: 'Portering', keywords: ['Patient Moving and Handling', 'Specimen Delivery', 'Medical Gas Cylinders', 'Mortuary Transfers', 'Waste Uplift'] },
        { name: 'Leadership', keywords: ['Shift Allocation', 'Helpdesk System', 'Induction Training'] },
        { name: 'Training', keywords: ['SVQ Level 2 in Health and Social Care', 'Basic Life Support', 'Infection Prevention and Control', 'Full UK Driving Licence'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '12-lactation-hannahlindgren',
    style: { dateStyle: 'fullMonthName', headerStyle: 'datesFirst', linkScheme: true, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Hannah Lindgren',
        label: 'RN, IBCLC',
        email: 'hannah.lindgren.ibclc@example.com',
        phone: '303-555-0156',
        summary: 'Registered nurse and international board certified lactation consultant. Five years as an inpatient lactation consultant at a community hospital with a level III NICU, after seven years as a labor and delivery nurse. I help families feed their babies in the first days and after discharge.',
        location: { city: 'Denver', region: 'CO' },
      },
      work: [
        {
          name: 'Front Range Community Hospital', position: 'Lactation Consultant', location: 'Denver, CO', startDate: '2021-04',
          highlights: [
            'See 12 to 15 mother-baby couplets a day: feeding assessments, latch and positioning, and feeding plans for late preterm and jaundiced babies.',
            'Support NICU mothers with pumping plans and donor milk, and teach the hospital-grade pump.',
            'Run the outpatient lactation clinic two days a week and the prenatal breastfeeding class.',
            'Teach nurses the Baby-Friendly skills training and chart in Epic.',
          ],
        },
        {
          name: 'Front Range Community Hospital', position: 'Staff Nurse, Labor and Delivery', location: 'Denver, CO', startDate: '2014-06', endDate: '2021-03',
          highlights: ['Cared for laboring patients, ran fetal monitoring and helped with skin-to-skin and first feeds.'],
        },
      ],
      education: [{ institution: 'University of Colorado', studyType: 'Bachelor of Science in Nursing', area: 'Nursing', startDate: '2010-08', endDate: '2014-05' }],
      skills: [
        { name: 'Lactation', keywords: ['Feeding Assessment', 'Latch and Positioning', 'Pumping Plans', 'Donor Milk', 'Outpatient Lactation Clinic', 'Prenatal Classes'] },
        { name: 'Nursing', keywords: ['Labor and Delivery', 'Fetal Monitoring', 'Neonatal Resuscitation (NRP)', 'Epic'] },
        { name: 'Licences and Certifications', keywords: ['RN, Colorado', 'IBCLC', 'BLS', 'Baby-Friendly Trainer'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
];

/** Korean résumés: rendered by scripts/build-korean-resume-corpus.mjs (`style` as in scripts/korean-resume-corpus-content.mjs). */
export const KOREAN_PEOPLE = [
  {
    id: '13-dutyfree-junghaeun',
    style: { locationText: '서울특별시 중구 장충동', dateStyle: 'dot', ongoingWord: '재직중', nameStyle: 'withLatin', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '정하은',
        label: '면세점 화장품 판매 (뷰티 어드바이저)',
        email: 'haeun.jung.beauty@example.kr',
        phone: '010-4827-1936',
        summary: '면세점 화장품 매장에서 8년 넘게 일하고 있고, 지금은 시내 면세점 브랜드 매장의 선임 뷰티 어드바이저입니다. 중국어와 일본어로 외국인 고객을 응대하고, 피부 상담과 제품 시연, 면세 판매 절차(여권·출국 정보 확인, 구매 한도 안내)와 매장 재고 관리를 합니다.',
        location: { city: '중구', region: '서울특별시' },
      },
      work: [
        {
          name: '신라듀티프리 서울점 (브랜드 파견: 라온코스메틱)', position: '뷰티 어드바이저 (선임)', location: '서울 중구', startDate: '2020-03',
          highlights: [
            '중국인, 일본인 개별 관광객과 단체 고객에게 피부 상담과 스킨케어·메이크업 제품 시연을 합니다.',
            '여권과 출국 항공편 정보를 확인하고 면세 구매 한도, 인도장 수령 방법을 안내합니다.',
            'POS로 판매를 등록하고 일 마감 정산, 매장 재고 실사와 입고 검수를 합니다.',
            '월 매출 목표를 관리하고 신입 어드바이저 3명에게 제품 교육과 응대 교육을 합니다.',
          ],
        },
        {
          name: '롯데면세점 코엑스점 (브랜드 파견: 모아뷰티)', position: '판매 사원', location: '서울 강남구', startDate: '2018-07', endDate: '2020-02',
          highlights: ['중국 단체 관광객 응대와 판매, 진열 관리를 했습니다.'],
        },
      ],
      education: [{ institution: '동덕여자대학교', studyType: '학사', area: '중어중국학과', startDate: '2014-03', endDate: '2018-02' }],
      skills: [
        { name: '판매', keywords: ['면세 판매 절차', '피부 상담', '제품 시연', '외국인 고객 응대', '매출 관리', 'POS'] },
        { name: '매장 관리', keywords: ['재고 실사', '입고 검수', '진열 관리', '신입 교육'] },
      ],
      certificates: [
        { name: 'HSK 5급', issuer: '중국 국가한반', date: '2017-06' },
        { name: 'JLPT N2', issuer: '일본국제교육지원협회', date: '2019-12' },
        { name: '미용사(메이크업)', issuer: '한국산업인력공단', date: '2021-08' },
      ],
      languages: [{ language: '중국어', fluency: '비즈니스 회화' }, { language: '일본어', fluency: '일상 회화' }, { language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '14-schooladministration-yoonjaeseok',
    style: { locationText: '경기도 수원시 영통구 매탄동', dateStyle: 'korean', ongoingWord: '현재', nameStyle: 'plain', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '윤재석',
        label: '교육행정직 지방공무원 (교육행정주사보)',
        email: 'jaeseok.yoon@example.kr',
        phone: '010-6219-4305',
        summary: '경기도교육청 교육행정직 공무원으로 8년째 근무하고 있습니다. 중학교와 고등학교 행정실에서 학교회계 예산 편성과 집행, 계약, 급여, 시설 관리 업무를 했고, 지금은 중학교 행정실 차석으로 지출과 계약을 맡고 있습니다.',
        location: { city: '수원시', region: '경기도' },
      },
      work: [
        {
          name: '수원 매탄중학교 행정실', position: '교육행정주사보 (행정실 차석)', location: '경기 수원', startDate: '2022-03',
          highlights: [
            'K-에듀파인으로 학교회계 지출 품의, 원인행위, 지출 결의를 처리하고 월별 자금 집행 계획을 세웁니다.',
            '2천만 원 이하 수의계약과 나라장터(국가종합전자조달) 입찰 공고, 학교장터 견적 계약을 진행합니다.',
            '나이스(NEIS)로 교직원 급여, 4대 보험, 연말정산을 처리합니다.',
            '학교 시설물 안전 점검과 소방, 전기, 승강기 위탁 업체를 관리합니다.',
          ],
        },
        {
          name: '화성 봉담고등학교 행정실', position: '교육행정서기', location: '경기 화성', startDate: '2019-01', endDate: '2022-02',
          highlights: ['방과후학교 수익자 부담 경비와 급식비 수납, 물품 관리와 재물 조사를 했습니다.'],
        },
      ],
      education: [{ institution: '아주대학교', studyType: '학사', area: '경영학과', startDate: '2011-03', endDate: '2016-02' }],
      skills: [
        { name: '학교 회계', keywords: ['학교회계 예산 편성', '지출 품의', '세입 세출 결산', '계약 업무', '물품 관리'] },
        { name: '시스템', keywords: ['K-에듀파인', '나이스(NEIS)', '나라장터', '학교장터', '한글', '엑셀'] },
        { name: '인사 급여', keywords: ['교직원 급여', '4대 보험', '연말정산'] },
      ],
      certificates: [
        { name: '전산회계 1급', issuer: '한국세무사회', date: '2015-08' },
        { name: '컴퓨터활용능력 2급', issuer: '대한상공회의소', date: '2014-11' },
        { name: '2종 보통 운전면허', issuer: '경찰청', date: '2012-01' },
      ],
      languages: [{ language: '영어', fluency: '일상 회화' }],
    },
  },
  {
    id: '15-datalabeling-hansumin',
    style: { locationText: '경기도 성남시 분당구 삼평동', dateStyle: 'dash', ongoingWord: '재직 중', nameStyle: 'spaced', headerStyle: 'pipeOneLine' },
    resume: {
      basics: {
        name: '한수민',
        label: 'AI 학습데이터 검수 팀장',
        email: 'sumin.han.data@example.kr',
        phone: '010-3548-7720',
        summary: 'AI 학습데이터 구축 회사에서 4년째 라벨링과 검수를 하고 있고, 2년 전부터 검수 팀장으로 검수자 6명과 외부 작업자 120명을 관리합니다. 그 전에는 통신사 콜센터에서 3년 동안 상담을 했습니다. 이미지·영상 바운딩 박스, 폴리곤, 텍스트 분류 과제의 가이드라인을 쓰고 품질을 관리합니다.',
        location: { city: '성남시', region: '경기도' },
      },
      work: [
        {
          name: '데이터브릿지 (AI 학습데이터 구축)', position: '검수 팀장', location: '경기 성남 판교', startDate: '2025-01',
          highlights: [
            '자율주행 영상 바운딩 박스, 의료 영상 폴리곤, 상담 텍스트 의도 분류 과제의 작업 가이드라인을 작성하고 개정합니다.',
            '검수자 6명의 검수 물량을 배분하고 작업자 120명에게 온보딩 교육과 반려 사유 피드백을 합니다.',
            'CVAT과 Label Studio에서 샘플링 검수를 하고, 엑셀로 작업자별 정확도와 반려율을 집계합니다.',
            '한국지능정보사회진흥원(NIA) 데이터 구축 사업의 품질 점검 대응 자료를 준비합니다.',
          ],
        },
        {
          name: '데이터브릿지 (AI 학습데이터 구축)', position: '라벨러, 검수자', location: '경기 성남 판교', startDate: '2023-01', endDate: '2024-12',
          highlights: ['이미지 바운딩 박스, 세그멘테이션 라벨링과 교차 검수를 했습니다.'],
        },
        {
          name: '한빛텔레서비스', position: '고객 상담원', location: '서울 구로구', startDate: '2020-01', endDate: '2022-12',
          highlights: ['인터넷, 모바일 요금과 해지 상담을 했고 상담 품질 평가에서 우수 상담원으로 두 번 뽑혔습니다.'],
        },
      ],
      education: [{ institution: '경기대학교', studyType: '학사', area: '문헌정보학과', startDate: '2014-03', endDate: '2018-08' }],
      skills: [
        { name: '데이터 라벨링', keywords: ['바운딩 박스', '폴리곤', '세그멘테이션', '텍스트 분류', '작업 가이드라인 작성', '샘플링 검수'] },
        { name: '도구', keywords: ['CVAT', 'Label Studio', '엑셀', '구글 스프레드시트', 'Jira'] },
        { name: '관리', keywords: ['작업자 교육', '품질 지표 관리', '반려 피드백'] },
      ],
      certificates: [
        { name: '컴퓨터활용능력 1급', issuer: '대한상공회의소', date: '2021-07' },
        { name: '데이터분석 준전문가(ADsP)', issuer: '한국데이터산업진흥원', date: '2023-05' },
      ],
      languages: [{ language: '영어', fluency: '읽기 가능' }],
    },
  },
  {
    id: '16-broadbandinstall-ohminhyuk',
    style: { locationText: '광주광역시 북구 용봉동', dateStyle: 'dotSpaced', ongoingWord: '현재', nameStyle: 'withLatin', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '오민혁',
        label: '인터넷·IPTV 개통 기사',
        email: 'minhyuk.oh.net@example.kr',
        phone: '010-8832-5047',
        summary: '통신사 협력업체에서 5년째 인터넷, IPTV, 인터넷 전화 개통과 AS를 하고 있습니다. 아파트와 주택, 소상공인 매장에 광랜·FTTH 회선을 연결하고 모뎀, 공유기, 셋톱박스를 설치하며, 장애 접수가 오면 선로와 장비를 점검해 복구합니다.',
        location: { city: '광주광역시', region: '광주' },
      },
      work: [
        {
          name: '빛고을통신 (통신사 개통·AS 협력점)', position: '개통·AS 기사', location: '광주 북구', startDate: '2022-01',
          highlights: [
            '하루 6~8건 인터넷, IPTV, 인터넷 전화 개통을 하고 광 모뎀(ONT), 공유기, 셋톱박스를 설치합니다.',
            '단독주택 인입선 공사와 아파트 MDF실, 단자함 배선 작업을 하고 광 커넥터를 현장 조립합니다.',
            '광 파워미터로 수신 레벨을 측정하고 속도 측정 결과를 고객에게 안내합니다.',
            '장애 접수 건을 방문 처리하고 와이파이 설정, 셋톱박스 교체, 선로 재연결을 합니다.',
          ],
        },
        {
          name: '무등전기', position: '전기 보조', location: '광주 서구', startDate: '2020-01', endDate: '2021-12',
          highlights: ['상가 인테리어 현장 전기 배선과 조명 설치를 보조했습니다.'],
        },
      ],
      education: [{ institution: '광주전자공업고등학교', studyType: '고등학교 졸업', area: '전자통신과', startDate: '2016-03', endDate: '2019-02' }],
      skills: [
        { name: '개통 및 AS', keywords: ['인터넷 개통', 'IPTV 설치', '인터넷 전화', '공유기 설정', '와이파이 설정', '장애 처리'] },
        { name: '선로', keywords: ['인입선 공사', '단자함 배선', '광 커넥터 조립', '광 파워미터 측정', 'UTP 케이블 제작'] },
      ],
      certificates: [
        { name: '정보통신기능사', issuer: '한국방송통신전파진흥원', date: '2018-11' },
        { name: '전기기능사', issuer: '한국산업인력공단', date: '2020-06' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2019-04' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
];
