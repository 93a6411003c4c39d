// The content of the wave 10 held-back analysis set (test/fixtures/analysis/heldback-w10/, issue #12):
// seventeen fictional people, twelve written in English and five in Korean, each of an occupation that no
// earlier analysis set or résumé corpus has (public corpus, fresh, holdout 1–5, the Korean corpus,
// heldback-w7, heldback-w8, heldback-w9): head sommelier, journeyman lineworker, 911 communications
// supervisor, food microbiologist, treasury analyst, costume supervisor, locomotive engineer, probation
// officer, respiratory therapist, digital accessibility specialist, robotics software engineer, piano
// technician; 바리스타, 지방행정 주무관 (복지), 세무사, 풀필먼트센터 운영 파트장, iOS 개발자.
// Fields are spread on purpose, most far from software (hospitality, trades, public safety, science,
// finance, theatre, rail, justice, care, a craft, the public sector, logistics) and three near it
// (accessibility, robotics, iOS); seniorities from a respiratory therapist one year out of college, a
// barista two years in and a graduate-scheme treasury analyst to a 911 supervisor of fifteen years, a
// tax adviser who is a firm's director and a self-employed piano technician of twenty-three years; two
// career changers (the probation officer, once a youth worker; the locomotive engineer, once an Army
// truck driver).
// Every résumé is written out in full: its own employers, dates, bullets (phrased the way that person
// would write them), schools, skills and summary, and its own rendering style.
// Written in full on 2026-11-30 by an engineer who does not tune the analysis, before anything was
// rendered or scored; the set is frozen by hash (manifest.json) and never tuned on. Names and employers
// are invented by hand (schools are real); phone numbers use fictional ranges (US/CA 555-01xx, Ofcom drama
// 029 2018 0xxx and 020 7946 0xxx, ACMA drama 0491 570 xxx; the Korean ones are made up); e-mail at
// example.com / example.kr. The English text keeps to characters pdflatex typesets (no degree signs,
// no mathematical symbols).

/** English résumés: rendered by scripts/build-resume-corpus.mjs (`style`: dateStyle, headerStyle, linkScheme, bulletGlyph). */
export const ENGLISH_PEOPLE = [
  {
    id: '01-sommelier-inesmarchetti',
    style: { dateStyle: 'fullMonthName', headerStyle: 'employerThenTitle', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Inès Marchetti',
        label: 'Head Sommelier & Beverage Director',
        email: 'ines.marchetti@example.com',
        phone: '604-555-0182',
        summary: 'Head sommelier for a tasting-menu restaurant in Vancouver; fifteen years on restaurant floors in Montréal and Vancouver. I build lists people actually drink from, keep the cellar honest and teach servers to talk about wine without reciting.',
        location: { city: 'Vancouver', region: 'BC' },
        profiles: [{ network: 'Instagram', username: 'ines.pours', url: 'https://www.instagram.com/ines.pours' }],
      },
      work: [
        {
          name: 'Alder & Salt', position: 'Head Sommelier / Beverage Director', location: 'Vancouver, BC', startDate: '2020-03',
          highlights: [
            'Built and run a 900-label wine list and a cellar worth about $420K; the list has held a Wine Spectator Best of Award of Excellence three years running.',
            'Hire, train and schedule a floor team of four sommeliers and two bartenders, and run the Tuesday blind tasting for all front-of-house staff.',
            'Hold beverage cost at 27% with monthly inventory counts in BinWise and allocations renegotiated with BC importers.',
            'Design the pairings for the nine-course tasting menu with the chef every season, including a non-alcoholic pairing that now sells to one table in five.',
            'Work the floor five nights a week: tableside service, decanting, and a Coravin by-the-glass programme of 30 wines.',
          ],
        },
        {
          name: 'The Hawthorne Hotel', position: 'Assistant Sommelier', location: 'Vancouver, BC', startDate: '2016-05', endDate: '2020-02',
          highlights: [
            'Ran wine service for banquets and weddings of up to 400 guests.',
            'Received, rotated and recorded cellar stock; changed the by-the-glass list every week.',
            'Taught in-house WSET Level 2 classes to 45 servers and bartenders.',
          ],
        },
        {
          name: 'Le Petit Jardin', position: 'Server, then Wine Captain', location: 'Montréal, QC', startDate: '2011-09', endDate: '2016-04',
          highlights: ['Took wine from 22% to 31% of the average cheque by recommending by the glass; served in French and English.'],
        },
      ],
      education: [{ institution: 'Institut de tourisme et d’hôtellerie du Québec', studyType: 'Diploma', area: 'Restaurant Service and Sommellerie', startDate: '2009', endDate: '2011' }],
      skills: [
        { name: 'Wine', keywords: ['Wine List Development', 'Cellar Management', 'Food and Wine Pairing', 'Blind Tasting', 'Beverage Costing', 'Sake and Spirits'] },
        { name: 'Systems', keywords: ['BinWise', 'Toast POS', 'SevenRooms', 'Microsoft Excel'] },
        { name: 'Credentials', keywords: ['Advanced Sommelier (Court of Master Sommeliers)', 'WSET Level 3 Award in Wines', 'Serving It Right (BC)'] },
      ],
      languages: [{ language: 'French', fluency: 'Native' }, { language: 'English', fluency: 'Fluent' }, { language: 'Italian', fluency: 'Conversational' }],
    },
  },
  {
    id: '02-lineworker-dwaynecastellanos',
    style: { dateStyle: 'year', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Dwayne Castellanos',
        label: 'Journeyman Lineman',
        email: 'dcastellanos.line@example.com',
        phone: '918-555-0139',
        location: { city: 'Tulsa', region: 'OK' },
      },
      work: [
        {
          name: 'Green Country Electric Cooperative', position: 'Journeyman Lineman', location: 'Tulsa, OK', startDate: '2017',
          highlights: [
            'Build, maintain and repair overhead distribution lines up to 25 kV, hot and dead, on a four-man crew.',
            'Storm restoration after ice storms and tornadoes, plus mutual-aid trips to Louisiana and Florida working 16-hour shifts.',
            'Run digger derricks and 55 ft bucket trucks. Set poles, frame crossarms, hang transformers and pull in conductor.',
            'Hot-stick and rubber-glove work on energized lines; carry out switching orders with the system operator.',
            'Put in underground primary and URD cable for new subdivisions, including terminations and splices.',
          ],
        },
        {
          name: 'Sooner Line Constructors', position: 'Apprentice Lineman', location: 'Oklahoma City, OK', startDate: '2013', endDate: '2017',
          highlights: [
            'Four-year, 7,000-hour apprenticeship on distribution construction crews.',
            'Climbed wood poles on hooks, grounded and bonded, set anchors and guys, ran the groundman work.',
          ],
        },
        {
          name: 'Walmart Distribution Center', position: 'Order Filler', location: 'Sand Springs, OK', startDate: '2011', endDate: '2013',
          highlights: ['Loaded trailers and ran a reach truck on the night shift.'],
        },
      ],
      education: [{ institution: 'Oklahoma State University Institute of Technology', studyType: 'Certificate', area: 'Lineman Program', startDate: '2012', endDate: '2013' }],
      skills: [
        { name: 'Line work', keywords: ['Overhead Distribution', 'Underground Distribution (URD)', 'Hot Stick Work', 'Rubber Glove Work', 'Pole Climbing', 'Transformer Installation', 'Storm Restoration', 'Switching and Tagging'] },
        { name: 'Equipment', keywords: ['Bucket Truck', 'Digger Derrick', 'Reach Truck'] },
        { name: 'Cards and licenses', keywords: ['Journeyman Lineman Card (DOL)', 'CDL Class A', 'OSHA 10', 'First Aid/CPR', 'Pole-Top Rescue'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Spanish', fluency: 'Conversational' }],
    },
  },
  {
    id: '03-emergencydispatch-harrietlindqvist',
    style: { dateStyle: 'slashMonth', headerStyle: 'titleThenEmployer', linkScheme: true, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Harriet Lindqvist',
        label: '911 Communications Supervisor',
        email: 'harriet.lindqvist@example.com',
        phone: '(608) 555-0124',
        summary: 'Fifteen years in a 911 center, the last seven running a shift. Calm on the floor, exact on the radio, and the supervisor new telecommunicators ask to be trained by.',
        location: { city: 'Madison', region: 'WI' },
        profiles: [{ network: 'LinkedIn', username: 'harrietlindqvist', url: 'https://www.linkedin.com/in/harrietlindqvist' }],
      },
      work: [
        {
          name: 'Dane County Public Safety Communications', position: 'Communications Supervisor', location: 'Madison, WI', startDate: '2019-04',
          highlights: [
            'Supervise a shift of 12 telecommunicators answering about 900 calls a day for 25 police, fire and EMS agencies.',
            'Run the floor during major incidents: staff the call-taking and radio positions, notify command staff and keep the incident timeline.',
            'Review 30 calls a month against the EMD protocol and coach to IAED compliance standards; the center was re-accredited as an IAED Accredited Center of Excellence in 2024.',
            'Build the shift schedule to minimum staffing under the union contract and approve overtime.',
            'Led supervisor-console testing for the Hexagon CAD upgrade and wrote the quick-reference cards.',
          ],
        },
        {
          name: 'Dane County Public Safety Communications', position: 'Telecommunicator II', location: 'Madison, WI', startDate: '2011-06', endDate: '2019-03',
          highlights: [
            'Answered 911 and non-emergency lines; dispatched fire and EMS units by radio and ran TIME/NCIC queries for officers.',
            'Gave pre-arrival instructions, including telephone CPR that was credited in four saves.',
            'Trained 14 new hires as a Communications Training Officer.',
          ],
        },
        {
          name: 'Lakeside Veterinary Hospital', position: 'Receptionist', location: 'Madison, WI', startDate: '2009-01', endDate: '2011-05',
          highlights: ['Triaged phone calls and walk-ins, booked appointments and handled end-of-day payments.'],
        },
      ],
      education: [{ institution: 'Madison Area Technical College', studyType: 'Associate of Applied Science', area: 'Criminal Justice', startDate: '2007', endDate: '2009' }],
      skills: [
        { name: 'Dispatch', keywords: ['Emergency Medical Dispatch', 'Call Taking', 'Radio Dispatch', 'CAD', 'TIME/NCIC', 'Incident Command System (ICS)', 'Call Quality Assurance'] },
        { name: 'Certifications', keywords: ['EMD (IAED)', 'EFD (IAED)', 'APCO Communications Training Officer', 'CPR'] },
        { name: 'Systems', keywords: ['Hexagon CAD', 'Motorola MCC 7500', 'Vesta 911'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '04-microbiology-priyankasandhu',
    style: { dateStyle: 'monthName', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Priyanka Sandhu',
        label: 'Food Microbiologist, QC Team Leader',
        email: 'priyanka.sandhu@example.com',
        phone: '0491 570 318',
        summary: 'Microbiologist with eight years in public health and dairy labs. I lead a QC micro lab that releases product on time and finds the source of a positive before it becomes a recall.',
        location: { city: 'Brisbane', region: 'QLD' },
      },
      work: [
        {
          name: 'Coastal Dairy Foods', position: 'QC Microbiology Team Leader', location: 'Brisbane, QLD', startDate: '2022-03',
          highlights: [
            'Lead a lab of five technicians testing raw milk, in-process and finished yoghurt and cheese: about 1,400 samples a week.',
            'Run Listeria and Salmonella testing by PCR (BAX) and by culture methods to AS 5013 and ISO 11290.',
            'Write and review the environmental monitoring plans for each hygiene zone; trend the results and lead the root-cause work on every positive.',
            'Keep the lab’s NATA accreditation to ISO/IEC 17025: method validation, proficiency testing, internal audits.',
          ],
        },
        {
          name: 'Queensland Forensic and Scientific Services', position: 'Microbiologist', location: 'Brisbane, QLD', startDate: '2018-01', endDate: '2022-02',
          highlights: [
            'Tested food and water samples during public health outbreak investigations.',
            'Enumerated E. coli, Bacillus cereus and coagulase-positive staphylococci; entered and signed off results in the LIMS.',
          ],
        },
        {
          name: 'University of Queensland', position: 'Research Assistant', location: 'Brisbane, QLD', startDate: '2016-07', endDate: '2017-12',
          highlights: ['Cultured and sequenced lactic acid bacteria; wrote the methods section of a published paper.'],
        },
      ],
      education: [{ institution: 'University of Queensland', studyType: 'Bachelor of Science (Honours)', area: 'Microbiology', startDate: '2012', endDate: '2016' }],
      skills: [
        { name: 'Microbiology', keywords: ['Pathogen Detection', 'PCR', 'Aseptic Technique', 'Environmental Monitoring', 'Method Validation', 'Culture Media Preparation', 'Root Cause Analysis'] },
        { name: 'Quality', keywords: ['ISO/IEC 17025', 'HACCP', 'SQF', 'GMP'] },
        { name: 'Systems', keywords: ['LabWare LIMS', 'Microsoft Excel', 'Minitab'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Punjabi', fluency: 'Fluent' }],
    },
  },
  {
    id: '05-treasury-farahsiddiqui',
    style: { dateStyle: 'isoMonth', headerStyle: 'titleAtEmployer', linkScheme: true, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Farah Siddiqui',
        label: 'Treasury Analyst',
        email: 'farah.siddiqui@example.com',
        phone: '020 7946 0612',
        summary: 'Treasury analyst two years into the job after a finance graduate scheme. Daily cash, forecasting and FX for a listed group with operations in six currencies; studying for the ACT’s AMCT.',
        location: { city: 'London', region: 'UK' },
        profiles: [{ network: 'LinkedIn', username: 'farahsiddiqui-treasury', url: 'https://www.linkedin.com/in/farahsiddiqui-treasury' }],
      },
      work: [
        {
          name: 'Harbourline Group plc', position: 'Treasury Analyst', location: 'London', startDate: '2024-01',
          highlights: [
            'Prepare the daily cash position across 38 bank accounts in six currencies and sweep surpluses into the group’s notional pool.',
            'Build the 13-week cash flow forecast from the business units’ submissions; forecast variance fell from 9% to 4% in a year.',
            'Execute FX spot and forward trades on 360T to hedge euro and dollar exposures within the hedging policy.',
            'Report covenant compliance on the revolving credit facility to the Group Treasurer every quarter.',
            'Helped implement Kyriba: mapped the banks’ MT940 statements and tested the payment approval workflows.',
          ],
        },
        {
          name: 'Harbourline Group plc', position: 'Finance Graduate (rotational scheme)', location: 'London', startDate: '2022-09', endDate: '2023-12',
          highlights: [
            'Rotations in accounts payable, group reporting (month-end consolidation) and FP&A.',
            'Built a bank-fees analysis that saved £85K a year once the group closed 20 dormant accounts.',
          ],
        },
      ],
      education: [{ institution: 'University of Warwick', studyType: 'BSc', area: 'Accounting and Finance', startDate: '2019', endDate: '2022' }],
      skills: [
        { name: 'Treasury', keywords: ['Cash Management', 'Cash Flow Forecasting', 'FX Hedging', 'Bank Relationship Management', 'Covenant Reporting', 'Payments'] },
        { name: 'Systems', keywords: ['Kyriba', '360T', 'Bloomberg', 'SAP S/4HANA', 'Microsoft Excel (Power Query)', 'Power BI'] },
        { name: 'Qualifications', keywords: ['ACT Certificate in Treasury (CertT)', 'AMCT (in progress)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Urdu', fluency: 'Fluent' }],
    },
  },
  {
    id: '06-costume-maudpennington',
    style: { dateStyle: 'year', headerStyle: 'oneLineComma', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Maud Pennington',
        label: 'Costume Supervisor',
        email: 'maud.pennington@example.com',
        phone: '07700 900 418',
        summary: 'Costume supervisor for theatre, opera and television, twenty-two years in wardrobe. I turn a designer’s drawings into costumes that fit, survive eight shows a week and come in on budget.',
        location: { city: 'Manchester', region: 'UK' },
        url: 'https://www.maudpennington-costume.example.com',
      },
      work: [
        {
          name: 'Freelance', position: 'Costume Supervisor', location: 'Manchester and on tour', startDate: '2015',
          highlights: [
            'Supervise costume for touring and regional productions for Northgate Playhouse, Pennine Opera and others.',
            'Source, buy and hire costumes within budgets from £8K to £60K; track every spend and return in the show’s costume bible.',
            'Run fittings with the actors and designer, book makers and dyers, and hand over a show to the wardrobe team ready for the tech.',
            'Supervised costume on a 26-episode period drama for television: continuity photographs and daily breakdowns for 40 principals.',
          ],
        },
        {
          name: 'Northgate Playhouse', position: 'Wardrobe Supervisor', location: 'Manchester', startDate: '2008', endDate: '2015',
          highlights: [
            'Ran the wardrobe department (three staff) for eight shows a season: maintenance, laundry, quick changes.',
            'Pattern-cut and made 18th- and 19th-century costumes, including corsetry and tailoring.',
          ],
        },
        {
          name: 'Pennine Opera', position: 'Dresser and Wardrobe Assistant', location: 'Leeds', startDate: '2004', endDate: '2008',
          highlights: ['Dressed principals and chorus in the house and on tour; repairs between shows.'],
        },
      ],
      education: [{ institution: 'Wimbledon College of Arts', studyType: 'BA (Hons)', area: 'Costume Interpretation', startDate: '2001', endDate: '2004' }],
      skills: [
        { name: 'Costume', keywords: ['Pattern Cutting', 'Costume Construction', 'Corsetry', 'Tailoring', 'Fittings', 'Breakdown and Dyeing', 'Costume Budgets', 'Continuity'] },
        { name: 'Tools', keywords: ['Industrial Sewing Machines', 'Overlocker', 'Google Sheets', 'Microsoft Excel'] },
        { name: 'Other', keywords: ['First Aid at Work'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '07-rail-terrenceboudreaux',
    style: { dateStyle: 'monthName', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Terrence Boudreaux',
        label: 'Locomotive Engineer (FRA certified)',
        email: 'terrence.boudreaux@example.com',
        phone: '913-555-0176',
        summary: 'Freight locomotive engineer, conductor for five years before that, and an Army truck driver before the railroad. Clean record, every efficiency test passed.',
        location: { city: 'Kansas City', region: 'KS' },
      },
      work: [
        {
          name: 'Heartland Pacific Railway', position: 'Locomotive Engineer', location: 'Kansas City, KS', startDate: '2024-02',
          highlights: [
            'Operate freight trains up to 12,000 tons and two miles long on the Emporia and Marceline subdivisions.',
            'Run with distributed power and Positive Train Control; manage in-train forces with dynamic braking.',
            'No FRA reportable incidents; passed every efficiency test (about 40 a year) since certification.',
          ],
        },
        {
          name: 'Heartland Pacific Railway', position: 'Conductor', location: 'Kansas City, KS', startDate: '2019-03', endDate: '2024-01',
          highlights: [
            'In charge of train makeup, hazmat paperwork (consist and emergency response information) and the train’s safety on the road.',
            'Switched cars in Argentine Yard and at industries; certified remote control operator (RCO).',
            'Performed air brake tests and car inspections; set out bad-order cars.',
          ],
        },
        {
          name: 'U.S. Army', position: 'Motor Transport Operator (88M)', location: 'Fort Riley, KS', startDate: '2014-06', endDate: '2018-12',
          highlights: ['Drove M1083 trucks in convoys; hazmat placarding; team leader for four soldiers.'],
        },
      ],
      education: [{ institution: 'Kansas City Kansas Community College', studyType: 'Associate of Applied Science', area: 'Railroad Operations', startDate: '2018', endDate: '2019' }],
      skills: [
        { name: 'Railroad', keywords: ['Train Handling', 'Air Brake Testing', 'Switching', 'Hazmat Documentation', 'GCOR', 'Positive Train Control', 'Distributed Power', 'Remote Control Operations'] },
        { name: 'Certifications', keywords: ['FRA Locomotive Engineer Certification (49 CFR 240)', 'FRA Conductor Certification (49 CFR 242)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '08-probation-garethpryor',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleThenEmployer', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Gareth Pryor',
        label: 'Probation Officer',
        email: 'gareth.pryor@example.com',
        phone: '029 2018 0457',
        summary: 'Probation officer, qualified through PQiP after eight years as a youth worker in Cardiff. I manage high-risk cases with firm boundaries and I write reports the court can act on.',
        location: { city: 'Cardiff', region: 'Wales' },
      },
      work: [
        {
          name: 'HM Prison and Probation Service', position: 'Probation Officer', location: 'Cardiff', startDate: '2021-10',
          highlights: [
            'Manage a caseload of 38 people on licence and community orders, most assessed as high risk of serious harm.',
            'Write risk assessments and sentence plans in OASys, and pre-sentence reports for the Crown Court, usually within 15 working days.',
            'Chair MAPPA level 1 reviews and attend level 2 meetings with the police and housing.',
            'Use motivational interviewing and the SEEDS approach in supervision sessions.',
            'Recall people to custody when risk escalates and write the recall reports.',
          ],
        },
        {
          name: 'HM Prison and Probation Service', position: 'Trainee Probation Officer (PQiP)', location: 'Newport', startDate: '2019-09', endDate: '2021-09',
          highlights: ['Completed the Level 5 Diploma in Probation Practice while holding a protected caseload.'],
        },
        {
          name: 'Cardiff Council Youth Service', position: 'Youth Worker', location: 'Cardiff', startDate: '2011-05', endDate: '2019-08',
          highlights: [
            'Detached youth work in Ely and Caerau; ran a Saturday boxing club for 30 young people.',
            'Worked with the Youth Offending Team on referral orders and reparation projects.',
          ],
        },
      ],
      education: [
        { institution: 'University of Portsmouth', studyType: 'Graduate Diploma', area: 'Community Justice', startDate: '2019', endDate: '2021' },
        { institution: 'University of South Wales', studyType: 'BA (Hons)', area: 'Youth and Community Work', startDate: '2008', endDate: '2011' },
      ],
      skills: [
        { name: 'Practice', keywords: ['Risk Assessment (OASys)', 'Pre-Sentence Reports', 'Sentence Planning', 'MAPPA', 'Safeguarding', 'Motivational Interviewing', 'Offender Management', 'Court Work'] },
        { name: 'Systems', keywords: ['nDelius', 'OASys', 'Microsoft Office'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Welsh', fluency: 'Intermediate' }],
    },
  },
  {
    id: '09-respiratory-kianabegay',
    style: { dateStyle: 'slashMonth', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Kiana Begay',
        label: 'Registered Respiratory Therapist (RRT)',
        email: 'kiana.begay@example.com',
        phone: '(602) 555-0193',
        summary: 'New RRT, sixteen months on adult ICU and ED nights after my clinicals at the same hospital. I like vents, ABGs and the moment a patient comes off BiPAP.',
        location: { city: 'Phoenix', region: 'AZ' },
      },
      work: [
        {
          name: 'Desert Valley Medical Center', position: 'Respiratory Therapist I', location: 'Phoenix, AZ', startDate: '2025-07',
          highlights: [
            'Float between the adult ICU, step-down and the emergency department on 12-hour nights, 8 to 12 patients a shift.',
            'Set up and manage invasive and non-invasive ventilation (Hamilton C6, BiPAP) with the intensivist; wean by protocol.',
            'Draw and run arterial blood gases and adjust settings from the results.',
            'Give nebulized treatments, airway clearance and oxygen therapy; respond to rapid responses and codes.',
          ],
        },
        {
          name: 'Desert Valley Medical Center', position: 'Student Respiratory Therapist (clinical rotations)', location: 'Phoenix, AZ', startDate: '2024-08', endDate: '2025-05',
          highlights: ['Completed 800 clinical hours across adult critical care, the NICU and the pulmonary function lab.'],
        },
        {
          name: 'Sprouts Farmers Market', position: 'Cashier, then Shift Lead', location: 'Tempe, AZ', startDate: '2020-06', endDate: '2024-07',
          highlights: ['Led six cashiers on evening shifts while in school.'],
        },
      ],
      education: [{ institution: 'GateWay Community College', studyType: 'AAS', area: 'Respiratory Care', startDate: '2023', endDate: '2025' }],
      skills: [
        { name: 'Clinical', keywords: ['Mechanical Ventilation', 'Non-Invasive Ventilation (BiPAP/CPAP)', 'Arterial Blood Gas Sampling', 'Airway Management', 'Oxygen Therapy', 'Aerosol Therapy', 'Pulmonary Function Testing'] },
        { name: 'Credentials', keywords: ['RRT (NBRC)', 'Arizona Respiratory Care Practitioner License', 'BLS', 'ACLS'] },
        { name: 'Systems', keywords: ['Cerner PowerChart'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Navajo', fluency: 'Conversational' }],
    },
  },
  {
    id: '10-accessibility-devorahklein',
    style: { dateStyle: 'isoMonth', headerStyle: 'employerThenTitle', linkScheme: true, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Devorah Klein',
        label: 'Senior Digital Accessibility Specialist, CPACC, WAS',
        email: 'devorah.klein@example.com',
        phone: '416-555-0107',
        summary: 'Accessibility specialist for ten years, developer before that. I audit, test with screen readers every day, and make accessibility something the teams do themselves rather than something I sign off at the end.',
        location: { city: 'Toronto', region: 'ON' },
        profiles: [{ network: 'GitHub', username: 'dklein-a11y', url: 'https://github.com/dklein-a11y' }],
      },
      work: [
        {
          name: 'Maplestone Financial', position: 'Senior Digital Accessibility Specialist', location: 'Toronto, ON', startDate: '2021-05',
          highlights: [
            'Own accessibility for the online banking site and mobile apps: audits against WCAG 2.2 AA, remediation tickets, and sign-off before each release.',
            'Test with JAWS, NVDA, VoiceOver and TalkBack and by keyboard alone; write defects the React and Swift teams can reproduce.',
            'Built the design system’s accessibility annotations with the designers in Figma: 60 components annotated for focus order, roles and names.',
            'Added axe-core checks to the CI pipeline and to Storybook; new critical violations fell by 70% in a year.',
            'Train about 200 developers, designers and testers a year, and lead the AODA and Accessible Canada Act compliance reporting.',
          ],
        },
        {
          name: 'Clearpath Digital', position: 'Front-End Developer and Accessibility Lead', location: 'Toronto, ON', startDate: '2016-03', endDate: '2021-04',
          highlights: [
            'Built accessible sites in HTML, CSS and JavaScript for public-sector and non-profit clients.',
            'Wrote VPATs and Accessibility Conformance Reports for the agency’s two SaaS products.',
          ],
        },
        {
          name: 'Tri-City Public Library', position: 'Web Assistant', location: 'Kitchener, ON', startDate: '2014-06', endDate: '2016-02',
          highlights: ['Maintained the library’s Drupal site, wrote alt text for the digital collections and fixed its forms.'],
        },
      ],
      education: [
        { institution: 'OCAD University', studyType: 'Master of Design', area: 'Inclusive Design', startDate: '2012', endDate: '2014' },
        { institution: 'University of Waterloo', studyType: 'BA', area: 'English', startDate: '2008', endDate: '2012' },
      ],
      skills: [
        { name: 'Accessibility', keywords: ['WCAG 2.2', 'WAI-ARIA', 'Screen Reader Testing', 'Keyboard Accessibility', 'Accessibility Audits', 'VPAT / ACR', 'AODA', 'Inclusive Design'] },
        { name: 'Technology', keywords: ['HTML', 'CSS', 'JavaScript', 'React', 'axe-core', 'Storybook', 'Figma', 'Jira'] },
        { name: 'Certifications', keywords: ['CPACC (IAAP)', 'WAS (IAAP)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'French', fluency: 'Intermediate' }, { language: 'ASL', fluency: 'Basic' }],
    },
  },
  {
    id: '11-robotics-tomasecheverria',
    style: { dateStyle: 'monthName', headerStyle: 'titleAtEmployer', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Tomás Echeverria',
        label: 'Robotics Software Engineer',
        email: 'tomas.echeverria@example.com',
        phone: '412-555-0150',
        summary: 'Robotics software engineer on autonomous mobile robots for warehouses, after a PhD in manipulation planning. I write C++ that runs on real robots at customer sites, and the simulation tests that keep it working there.',
        location: { city: 'Pittsburgh', region: 'PA' },
        profiles: [{ network: 'GitHub', username: 'techeverria', url: 'https://github.com/techeverria' }],
      },
      work: [
        {
          name: 'Ironbridge Robotics', position: 'Robotics Software Engineer II', location: 'Pittsburgh, PA', startDate: '2022-08',
          highlights: [
            'Write motion planning and control software in C++17 for autonomous mobile robots on ROS 2 Humble.',
            'Built the costmap layer that fuses 3D lidar and depth cameras; unplanned stops in aisles fell by 35%.',
            'Own the simulation regression suite in Gazebo: 400 scenarios run on every merge in GitLab CI.',
            'Tune localization (AMCL, later a factor-graph back end) and hand over to field engineers at customer sites.',
          ],
        },
        {
          name: 'Carnegie Mellon University, Robotics Institute', position: 'Graduate Research Assistant', location: 'Pittsburgh, PA', startDate: '2017-08', endDate: '2022-07',
          highlights: [
            'Research on manipulation planning under uncertainty; three papers at ICRA and IROS.',
            'Built a pick-and-place demonstrator on a UR5 arm with MoveIt.',
          ],
        },
        {
          name: 'Brightline Automation', position: 'Controls Intern', location: 'Cleveland, OH', startDate: '2016-05', endDate: '2016-08',
          highlights: ['Wrote PLC ladder logic for a conveyor cell and commissioned it with the integrator.'],
        },
      ],
      education: [
        { institution: 'Carnegie Mellon University', studyType: 'PhD', area: 'Robotics', startDate: '2017', endDate: '2022' },
        { institution: 'Universidad de los Andes', studyType: 'BSc', area: 'Mechanical Engineering', startDate: '2012', endDate: '2016' },
      ],
      skills: [
        { name: 'Robotics', keywords: ['ROS 2', 'Motion Planning', 'SLAM', 'Localization', 'Sensor Fusion', 'Control Systems', 'Kinematics', 'MoveIt'] },
        { name: 'Software', keywords: ['C++', 'Python', 'Linux', 'Docker', 'Git', 'GitLab CI'] },
        { name: 'Simulation', keywords: ['Gazebo'] },
      ],
      languages: [{ language: 'Spanish', fluency: 'Native' }, { language: 'English', fluency: 'Fluent' }],
    },
  },
  {
    id: '12-pianotech-ezrawhitcombe',
    style: { dateStyle: 'year', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Ezra Whitcombe',
        label: 'Registered Piano Technician (RPT)',
        email: 'ezra@whitcombepiano.example.com',
        phone: '802-555-0161',
        summary: 'Piano technician for twenty-eight years, my own business for twenty-three. Tuning by ear, concert preparation, regulation and voicing, and rebuilding in my own shop.',
        location: { city: 'Burlington', region: 'VT' },
        url: 'https://whitcombepiano.example.com',
      },
      work: [
        {
          name: 'Whitcombe Piano Service', position: 'Owner and Registered Piano Technician', location: 'Burlington, VT', startDate: '2003',
          highlights: [
            'Tune, regulate and voice about 900 pianos a year for homes, schools, churches and three concert halls.',
            'Concert tuning for the Lake Champlain Symphony and visiting artists, with touch-ups at intermission.',
            'Rebuild actions: new hammers, shanks and flanges, key bushing, damper work; restrung and repinned two Steinway grands.',
            'Appraise pianos for buyers, insurers and estates, with written reports.',
            'Care for the University of Vermont music department’s 60 pianos on contract, including their Dampp-Chaser climate control systems.',
          ],
        },
        {
          name: 'Green Mountain Piano Rebuilders', position: 'Shop Technician', location: 'Montpelier, VT', startDate: '1998', endDate: '2003',
          highlights: ['Soundboard repair, restringing and refinishing of uprights and grands.'],
        },
        {
          name: 'Hollister Millwork', position: 'Cabinetmaker’s Helper', location: 'Barre, VT', startDate: '1994', endDate: '1996',
          highlights: ['Milled, glued up and finished hardwood cabinetry.'],
        },
      ],
      education: [{ institution: 'North Bennet Street School', studyType: 'Certificate', area: 'Piano Technology', startDate: '1996', endDate: '1998' }],
      skills: [
        { name: 'Piano work', keywords: ['Aural Tuning', 'Concert Preparation', 'Regulation', 'Voicing', 'Action Rebuilding', 'Restringing', 'Soundboard Repair', 'Appraisals'] },
        { name: 'Business', keywords: ['Scheduling', 'QuickBooks', 'Customer Relations'] },
        { name: 'Credentials', keywords: ['RPT (Piano Technicians Guild)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
];

/**
 * Korean résumés: rendered by scripts/build-korean-resume-corpus.mjs's renderers (`style`: locationText,
 * dateStyle dot|dotSpaced|korean|dash, ongoingWord, nameStyle plain|spaced|withLatin, headerStyle
 * employerThenTitle|pipeOneLine|titleLineBelow). Those renderers need a label, summary, certificates
 * and languages on every résumé, and year-month dates.
 */
export const KOREAN_PEOPLE = [
  {
    id: '13-barista-moonharam',
    style: { locationText: '서울특별시 마포구 연남동', dateStyle: 'dot', ongoingWord: '현재', nameStyle: 'plain', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '문하람',
        label: '바리스타',
        email: 'haram.moon@example.kr',
        phone: '010-4821-3306',
        summary: '스페셜티 카페에서 2년째 에스프레소 바를 맡고 있는 바리스타입니다. 아침마다 추출 레시피를 맞추고, 손님이 다시 찾아오는 한 잔을 고민합니다.',
        location: { city: '마포구', region: '서울특별시' },
      },
      work: [
        {
          name: '(주)오르빗커피 연남점', position: '바리스타', location: '서울 마포', startDate: '2024-09',
          highlights: [
            '하루 평균 350잔을 내는 매장에서 에스프레소 바와 브루잉 바를 번갈아 맡고 있습니다.',
            '오픈 전 그라인더 분쇄도와 추출 시간을 맞추고 TDS를 측정해 그날의 추출 레시피를 기록합니다.',
            '하트·로제타·튤립 라떼아트를 안정적으로 내고, 신입 바리스타 3명의 교육을 도왔습니다.',
            '시즌 음료 2종(유자 크림 라떼, 흑임자 아인슈페너) 개발에 참여해 정식 메뉴로 나갔습니다.',
            '주 1회 재고 조사와 원두·우유 발주를 돕고 위생 점검표를 관리합니다.',
          ],
        },
        {
          name: '카페 봄날', position: '아르바이트', location: '서울 서대문', startDate: '2023-03', endDate: '2024-08',
          highlights: [
            '주말 카운터와 음료 제조, POS 마감 정산을 했습니다.',
            '디저트 진열과 매장 청소 등 마감 업무를 맡았습니다.',
          ],
        },
      ],
      education: [{ institution: '커피앤바리스타 교육원', studyType: '수료', area: '바리스타 전문가 과정', startDate: '2023-01', endDate: '2023-02' }],
      skills: [
        { name: '커피', keywords: ['에스프레소 추출', '핸드드립', '라떼아트', '추출 레시피 관리', '음료 메뉴 개발', '원두 발주'] },
        { name: '매장', keywords: ['POS 정산', '위생 관리', '고객 응대'] },
      ],
      certificates: [
        { name: '바리스타 2급', issuer: '한국커피협회', date: '2023-02' },
        { name: 'SCA Barista Skills Intermediate', issuer: 'Specialty Coffee Association', date: '2025-05' },
      ],
      languages: [{ language: '영어', fluency: '일상 회화' }],
    },
  },
  {
    id: '14-civilservice-ohjungmin',
    style: { locationText: '경기도 수원시 팔달구 인계동', dateStyle: 'korean', ongoingWord: '재직중', nameStyle: 'spaced', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '오정민',
        label: '지방행정 7급 주무관 (복지행정)',
        email: 'jungmin.oh@example.kr',
        phone: '010-7314-5580',
        summary: '수원시에서 9년째 일하고 있는 지방행정 공무원입니다. 동 주민센터 민원 창구에서 시작해 구청 사회복지과에서 기초생활보장과 위기가구 지원을 맡고 있습니다. 제도를 현장의 언어로 설명하는 일을 잘합니다.',
        location: { city: '수원시', region: '경기도' },
      },
      work: [
        {
          name: '수원시 팔달구청 사회복지과', position: '지방행정주사보 (7급) · 기초생활보장 담당', location: '수원', startDate: '2021-01',
          highlights: [
            '기초생활보장 수급 1,400가구의 신규 책정과 확인조사를 맡고, 사회보장정보시스템(행복e음)으로 급여를 관리합니다.',
            '복지 사각지대 발굴 사업을 기획해 위기가구 230가구를 새로 찾아 긴급복지 지원으로 연결했습니다.',
            '연간 45억 원 규모 사업 예산의 편성과 집행, 보조금 정산을 처리하고 e호조로 회계 처리를 합니다.',
            '시의회 행정사무감사 자료와 국민신문고 민원 답변 초안을 작성합니다.',
          ],
        },
        {
          name: '수원시 인계동 행정복지센터', position: '지방행정서기 (8급)', location: '수원', startDate: '2017-03', endDate: '2020-12',
          highlights: [
            '주민등록·인감 민원 창구에서 하루 평균 80건의 민원을 처리했습니다.',
            '통장 회의와 주민자치회 운영을 지원하고 동 축제 예산을 집행했습니다.',
          ],
        },
      ],
      education: [{ institution: '아주대학교', studyType: '학사', area: '행정학', startDate: '2011-03', endDate: '2016-02' }],
      skills: [
        { name: '행정', keywords: ['기초생활보장', '긴급복지지원', '사회보장정보시스템(행복e음)', '예산 편성·집행', '보조금 정산', '민원 처리', '공문서 작성'] },
        { name: '도구', keywords: ['한글(HWP)', '온나라 시스템', 'e호조', 'MS 엑셀'] },
      ],
      certificates: [
        { name: '사회복지사 2급', issuer: '보건복지부', date: '2016-02' },
        { name: '컴퓨터활용능력 2급', issuer: '대한상공회의소', date: '2015-08' },
        { name: '한국사능력검정시험 1급', issuer: '국사편찬위원회', date: '2016-05' },
      ],
      languages: [{ language: '영어', fluency: 'TOEIC 780' }],
    },
  },
  {
    id: '15-taxadvisor-hanjiseok',
    style: { locationText: '서울특별시 강남구 역삼동', dateStyle: 'dotSpaced', ongoingWord: '현재', nameStyle: 'withLatin', headerStyle: 'pipeOneLine' },
    resume: {
      basics: {
        name: '한지석',
        label: '세무사 (법인 세무·세무조사 대응)',
        email: 'jiseok.han@example.kr',
        phone: '010-2209-6174',
        summary: '법인 세무와 세무조사 대응을 14년째 하고 있는 세무사입니다. 회사 회계팀에서 결산을 해 본 경험이 있어 고객사 실무자의 사정을 알고 자료를 요청합니다.',
        location: { city: '강남구', region: '서울특별시' },
        profiles: [{ network: 'LinkedIn', username: 'jiseok-han', url: 'https://www.linkedin.com/in/jiseok-han' }],
      },
      work: [
        {
          name: '세무법인 청람', position: '세무사 · 이사', location: '서울 역삼', startDate: '2017-03',
          highlights: [
            '중견·중소 법인 60여 곳의 법인세·부가가치세 신고와 세무조정을 총괄합니다.',
            '정기 세무조사 12건을 대리해 추징 예상액을 평균 40% 줄였고, 조세심판원 심판청구 3건을 인용받았습니다.',
            '가업승계 컨설팅과 상속·증여세 신고, 비상장주식 평가를 맡고 있습니다.',
            '세무사 4명과 직원 6명의 신고서를 검토하고 실무 교육을 합니다.',
          ],
        },
        {
          name: '한결회계법인 세무본부', position: '세무사 (시니어)', location: '서울 여의도', startDate: '2013-01', endDate: '2017-02',
          highlights: [
            '외국계 법인의 이전가격 보고서 작성과 국제조세 신고를 지원했습니다.',
            '법인세 세무조정계산서를 작성하고 연결납세 검토를 했습니다.',
          ],
        },
        {
          name: '(주)대명전자 회계팀', position: '사원', location: '경기 성남', startDate: '2009-07', endDate: '2012-12',
          highlights: ['월 결산과 부가세 신고 자료 준비, 원천세 신고를 맡았습니다.'],
        },
      ],
      education: [
        { institution: '서울시립대학교 세무전문대학원', studyType: '석사', area: '세무학', startDate: '2014-03', endDate: '2016-02' },
        { institution: '고려대학교', studyType: '학사', area: '경영학', startDate: '2005-03', endDate: '2009-02' },
      ],
      skills: [
        { name: '세무', keywords: ['법인세 세무조정', '부가가치세', '세무조사 대응', '상속·증여세', '조세불복', '이전가격', '비상장주식 평가'] },
        { name: '도구', keywords: ['더존 Smart A', '홈택스', 'MS 엑셀', 'SAP'] },
      ],
      certificates: [
        { name: '세무사', issuer: '기획재정부', date: '2012-12' },
        { name: '전산세무 1급', issuer: '한국세무사회', date: '2010-06' },
      ],
      languages: [{ language: '영어', fluency: '비즈니스 회화 (OPIc IH)' }],
    },
  },
  {
    id: '16-fulfillment-limtaegyun',
    style: { locationText: '경기도 이천시 마장면', dateStyle: 'dash', ongoingWord: '재직 중', nameStyle: 'plain', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '임태균',
        label: '물류센터 운영 관리 (출고 파트장)',
        email: 'taegyun.lim@example.kr',
        phone: '010-9052-1187',
        summary: '풀필먼트센터 출고 운영을 맡고 있는 8년 차 물류인입니다. 숫자로 현장을 보고, 성수기에도 사람이 다치지 않는 운영을 목표로 합니다.',
        location: { city: '이천시', region: '경기도' },
      },
      work: [
        {
          name: '(주)한빛로지스 이천 풀필먼트센터', position: '운영팀 출고 파트장 (대리)', location: '경기 이천', startDate: '2021-06',
          highlights: [
            '연면적 3만 평 센터의 출고 파트를 맡아 하루 평균 4만 건 출고와 일용직 인력 120명 배치를 관리합니다.',
            'WMS 로케이션 재배치와 웨이브 피킹 도입으로 시간당 피킹 생산성(UPH)을 18% 올렸습니다.',
            '재고 실사 정확도 99.7%를 유지하고 오출고율을 0.05% 이하로 관리합니다.',
            '설·추석 성수기 물량 2.5배에 맞춰 인력·차량 계획을 세우고 택배사 집하 시간을 조율합니다.',
            '지게차·전동 파렛트 작업 안전교육과 정기 안전점검을 진행합니다.',
          ],
        },
        {
          name: '동서물류(주) 평택센터', position: '입고 담당 (사원)', location: '경기 평택', startDate: '2018-01', endDate: '2021-05',
          highlights: [
            '수입 컨테이너 하역과 입고 검수, ERP 입고 처리를 했습니다.',
            '반품 처리 절차를 정리해 반품 처리 기간을 5일에서 2일로 줄였습니다.',
          ],
        },
      ],
      education: [{ institution: '한국교통대학교', studyType: '학사', area: '물류시스템공학', startDate: '2011-03', endDate: '2017-02' }],
      skills: [
        { name: '물류 운영', keywords: ['WMS', '재고 관리', '입출고 관리', '피킹·패킹 생산성 관리', '인력 운영', '성수기 물량 계획', '반품 관리'] },
        { name: '도구', keywords: ['MS 엑셀 (피벗, VLOOKUP)', 'SAP', 'Power BI'] },
      ],
      certificates: [
        { name: '물류관리사', issuer: '한국산업인력공단', date: '2017-11' },
        { name: '지게차운전기능사', issuer: '한국산업인력공단', date: '2018-04' },
      ],
      languages: [{ language: '영어', fluency: 'TOEIC 720' }],
    },
  },
  {
    id: '17-ios-seoyuna',
    style: { locationText: '서울특별시 성동구 성수동', dateStyle: 'dot', ongoingWord: 'open', nameStyle: 'withLatin', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '서유나',
        label: 'iOS 개발자',
        email: 'yuna.seo@example.kr',
        phone: '010-3367-9024',
        summary: 'Swift로 3년째 헬스케어 앱을 만들고 있는 iOS 개발자입니다. UIKit 화면을 SwiftUI로 옮기면서 크래시를 줄이는 일과 배포를 자동화하는 일을 좋아합니다.',
        location: { city: '성동구', region: '서울특별시' },
        profiles: [{ network: 'GitHub', username: 'yuna-seo', url: 'https://github.com/yuna-seo' }],
      },
      work: [
        {
          name: '(주)포근헬스', position: 'iOS 개발자', location: '서울 성수', startDate: '2023-07',
          highlights: [
            '건강검진 예약 앱(MAU 30만)의 iOS 앱을 Swift와 SwiftUI로 개발하고 있습니다.',
            'UIKit 기반 예약 화면을 SwiftUI와 Combine으로 옮기면서 크래시율을 0.8%에서 0.2%로 낮췄습니다.',
            'HealthKit 연동으로 걸음 수와 심박수를 가져오는 기능을 만들었습니다.',
            'Fastlane과 GitHub Actions로 TestFlight 배포를 자동화했습니다.',
            'XCTest로 단위 테스트를 작성하고 코드 리뷰에 참여합니다.',
          ],
        },
        {
          name: '(주)모바일랩', position: 'iOS 개발 인턴', location: '서울 강남', startDate: '2022-12', endDate: '2023-06',
          highlights: ['UIKit 화면 개발과 Alamofire 네트워크 모듈 유지보수를 했습니다.'],
        },
      ],
      education: [{ institution: '숭실대학교', studyType: '학사', area: '컴퓨터학부', startDate: '2018-03', endDate: '2023-02' }],
      skills: [
        { name: '개발', keywords: ['Swift', 'SwiftUI', 'UIKit', 'Combine', 'HealthKit', 'Core Data', 'XCTest'] },
        { name: '도구', keywords: ['Xcode', 'Git', 'Fastlane', 'GitHub Actions', 'Firebase Crashlytics'] },
      ],
      certificates: [{ name: '정보처리기사', issuer: '한국산업인력공단', date: '2022-11' }],
      languages: [{ language: '영어', fluency: 'OPIc IM2' }],
    },
  },
];
