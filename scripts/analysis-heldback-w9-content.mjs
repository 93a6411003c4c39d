// The content of the wave 9 held-back analysis set (test/fixtures/analysis/heldback-w9/, issue #12):
// fifteen fictional people, eleven written in English and four in Korean, each of an occupation that no
// earlier analysis set or résumé corpus has (public corpus, fresh, holdout 1–4, the Korean corpus,
// heldback-w7, heldback-w8): data protection officer, sales development representative, school
// counselor, elevator mechanic, wind turbine technician, medical coder, clinical research coordinator,
// arborist, quantity surveyor, head brewer, court reporter; 건설 안전관리자, 이차전지 셀 개발 연구원,
// 웹툰 PD, 요양보호사.
// Seniorities are spread on purpose, unlike wave 8 (mostly mid-career): a first-job SDR with eighteen
// months, a graduate quantity surveyor, a wind technician two years out of trade school, journeymen,
// a head of data protection, a career changer (the 요양보호사, who ran a shop for fifteen years).
// Every résumé is written out in full: its own employers, dates, bullets (phrased the way that person
// would write them), schools, skills and summary, and its own rendering style.
// Written in full on 2026-11-30 by an engineer who does not tune the analysis, before anything was
// rendered or scored; the set is frozen by hash (manifest.json) and never tuned on. Names are invented
// by hand; phone numbers use fictional ranges (US/CA 555-01xx, Ofcom drama 07700 900xxx and
// 0141 496 0xxx, Irish 01 555 01xx-style made-up numbers, ACMA drama 0491 570 xxx); e-mail at
// example.com / example.kr.

/** English résumés: rendered by scripts/build-resume-corpus.mjs (`style`: dateStyle, headerStyle, linkScheme, bulletGlyph). */
export const ENGLISH_PEOPLE = [
  {
    id: '01-dataprotection-aoifebrennan',
    style: { dateStyle: 'monthName', headerStyle: 'employerThenTitle', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Aoife Brennan',
        label: 'Head of Data Protection (DPO)',
        email: 'aoife.brennan@example.com',
        phone: '+353 1 555 0147',
        summary: 'Data Protection Officer for a regulated fintech and before that a hospital group. Twelve years of turning the GDPR into decisions a product team can make on a Tuesday afternoon, and of being the person the Data Protection Commission calls.',
        location: { city: 'Dublin', region: 'Ireland' },
        profiles: [{ network: 'LinkedIn', username: 'aoifebrennan-dpo', url: 'https://www.linkedin.com/in/aoifebrennan-dpo' }],
      },
      work: [
        {
          name: 'Lirra Payments Ltd', position: 'Head of Data Protection & DPO', location: 'Dublin', startDate: '2021-02',
          highlights: [
            'Designated DPO for the Irish entity and its EU branches; report quarterly to the board risk committee.',
            'Lead a team of four privacy analysts handling about 1,100 data subject access requests a year, 98% answered within the one-month deadline.',
            'Signed off 70+ DPIAs, including the fraud-scoring model and the move of card data processing to a US cloud provider under the EU–US Data Privacy Framework.',
            'Rebuilt the record of processing activities in OneTrust and tied it to the vendor register, so transfer impact assessments are triggered automatically.',
            'Ran the response to two personal data breaches; notified the DPC within 72 hours both times and closed both inquiries without a finding.',
          ],
        },
        {
          name: 'Saint Columba Hospital Group', position: 'Data Protection Manager', location: 'Dublin', startDate: '2016-09', endDate: '2021-01',
          highlights: [
            'Wrote the group’s data protection policies and retention schedule for patient records across three hospitals.',
            'Trained 2,000 clinical and admin staff a year on confidentiality and the GDPR, in person and through the e-learning system.',
            'Negotiated data processing agreements with 40 suppliers, from the PACS vendor to the shredding company.',
          ],
        },
        {
          name: 'Hartigan Solicitors', position: 'Trainee Solicitor', location: 'Cork', startDate: '2014-09', endDate: '2016-08',
          highlights: ['Seats in commercial, employment and data protection; drafted privacy notices and advised clients on the Data Protection Acts 1988–2003.'],
        },
      ],
      education: [
        { institution: 'Trinity College Dublin', studyType: 'LLM', area: 'Law and Technology', startDate: '2013', endDate: '2014' },
        { institution: 'University College Cork', studyType: 'BCL', area: 'Law', startDate: '2009', endDate: '2013' },
      ],
      skills: [
        { name: 'Privacy', keywords: ['GDPR', 'ePrivacy', 'DPIA', 'Records of Processing', 'Data Subject Requests', 'International Transfers', 'Breach Management'] },
        { name: 'Frameworks and tools', keywords: ['ISO/IEC 27701', 'ISO/IEC 27001', 'OneTrust', 'Microsoft Purview'] },
        { name: 'Credentials', keywords: ['CIPP/E', 'CIPM', 'Solicitor (Law Society of Ireland)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Irish', fluency: 'Fluent' }, { language: 'French', fluency: 'Professional' }],
    },
  },
  {
    id: '02-salesdev-marcusoyelaran',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Marcus Oyelaran',
        label: 'Sales Development Representative',
        email: 'marcus.oyelaran@example.com',
        phone: '(720) 555-0163',
        summary: 'SDR in my first sales job, 18 months in and at 127% of my meetings quota. Before that I sold running shoes and coached high-school track, so talking to strangers is the fun part.',
        location: { city: 'Denver', region: 'CO' },
        profiles: [{ network: 'LinkedIn', username: 'marcusoyelaran', url: 'https://www.linkedin.com/in/marcusoyelaran' }],
      },
      work: [
        {
          name: 'Fieldnote Software', position: 'Sales Development Representative', location: 'Denver, CO', startDate: '2025-05',
          highlights: [
            'Prospect into operations leaders at mid-market construction firms: 60–80 cold calls and 120 personalised emails a day through Outreach sequences.',
            'Booked 41 qualified meetings for two account executives last quarter (quota 32); $610K of pipeline sourced since I started.',
            'Research accounts in ZoomInfo and LinkedIn Sales Navigator and log every touch and disqualification reason in Salesforce.',
            'Wrote the objection-handling sheet for “we already use spreadsheets” that the SDR team now opens every call with.',
          ],
        },
        {
          name: 'Mile High Running Co.', position: 'Footwear Sales Associate', location: 'Denver, CO', startDate: '2022-06', endDate: '2025-04',
          highlights: [
            'Fitted customers after a gait analysis and sold add-ons; top seller in the store for five months of 2024.',
            'Ran the Thursday group run and the store’s Instagram event posts.',
          ],
        },
      ],
      education: [{ institution: 'University of Northern Colorado', studyType: 'Bachelor of Arts', area: 'Communication Studies', startDate: '2018', endDate: '2022' }],
      skills: [
        { name: 'Sales', keywords: ['Cold Calling', 'Outbound Prospecting', 'Lead Qualification (BANT)', 'Email Sequencing', 'Objection Handling'] },
        { name: 'Tools', keywords: ['Salesforce', 'Outreach', 'ZoomInfo', 'LinkedIn Sales Navigator', 'Gong', 'Slack'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Yoruba', fluency: 'Conversational' }],
    },
  },
  {
    id: '03-schoolcounsel-tamikarowe',
    style: { dateStyle: 'slashMonth', headerStyle: 'titleThenEmployer', linkScheme: true, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Tamika Rowe',
        label: 'Professional School Counselor, M.Ed.',
        email: 'tamika.rowe@example.com',
        phone: '(901) 555-0128',
        summary: 'High-school counselor with a caseload of 380 and a door that is open. Nine years of scheduling, college and career planning, crisis response and the small conversations that keep a student in school.',
        location: { city: 'Memphis', region: 'TN' },
      },
      work: [
        {
          name: 'Germantown High School', position: 'School Counselor (Grades 11–12)', location: 'Germantown, TN', startDate: '2020-07',
          highlights: [
            'Counsel a caseload of about 380 juniors and seniors on course selection, graduation requirements and post-secondary plans.',
            'Grew FAFSA completion from 58% to 81% in two years with evening family workshops and a senior-seminar checklist.',
            'Write counselor recommendations and school profiles; coordinate 35 college visits a year in Naviance.',
            'First responder on the school crisis team: suicide risk screenings, safety plans and parent contact the same day.',
            'Sit on 504 and IEP meetings and the MTSS tier-2 team for attendance and behaviour.',
          ],
        },
        {
          name: 'Whitehaven Middle School', position: 'School Counselor', location: 'Memphis, TN', startDate: '2017-08', endDate: '2020-06',
          highlights: [
            'Delivered classroom lessons on bullying, study skills and conflict resolution built on the ASCA National Model.',
            'Ran small groups for grief and for anxiety, eight weeks each, with pre/post surveys for the data review.',
          ],
        },
      ],
      education: [
        { institution: 'University of Memphis', studyType: 'M.Ed.', area: 'School Counseling', startDate: '2015', endDate: '2017' },
        { institution: 'Rhodes College', studyType: 'B.A.', area: 'Psychology', startDate: '2011', endDate: '2015' },
      ],
      skills: [
        { name: 'Counseling', keywords: ['ASCA National Model', 'College and Career Readiness', 'Crisis Intervention', 'Suicide Risk Assessment', 'Social-Emotional Learning', 'Small Group Counseling'] },
        { name: 'Systems', keywords: ['Naviance', 'PowerSchool', 'Google Workspace'] },
        { name: 'Licensure', keywords: ['Tennessee School Counselor License (PreK-12)', 'Youth Mental Health First Aid'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '04-elevator-brendankowalczyk',
    style: { dateStyle: 'year', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Brendan Kowalczyk',
        label: 'Elevator Constructor Mechanic, IUEC Local 2',
        email: 'b.kowalczyk@example.com',
        phone: '773-555-0154',
        location: { city: 'Chicago', region: 'IL' },
      },
      work: [
        {
          name: 'Lakeshore Vertical Transportation', position: 'Service Mechanic', location: 'Chicago, IL', startDate: '2019',
          highlights: [
            'Run a service route of 95 units downtown: geared and gearless traction, hydraulic and MRL elevators plus four escalators.',
            'Troubleshoot microprocessor controllers (Motion Control, Thyssen TAC32, Otis Elevonic) down to the board with meter and schematics.',
            'Answer trapped-passenger and after-hours callbacks on rotation; average response under 40 minutes.',
            'Do the category 1 and 5-year tests with the city inspector and keep the logs to ASME A17.1.',
          ],
        },
        {
          name: 'Midwest Elevator Constructors', position: 'Mechanic, Modernization Crew', location: 'Chicago, IL', startDate: '2014', endDate: '2019',
          highlights: [
            'Modernized 30 hydraulic and traction cars: new controllers, door operators, fixtures and roping.',
            'Set rails, hung cars and wired hoistways on new construction high-rises as an apprentice and then mechanic.',
          ],
        },
        {
          name: 'U.S. Navy', position: 'Electrician’s Mate Third Class', location: 'Norfolk, VA', startDate: '2009', endDate: '2013',
          highlights: ['Maintained shipboard motors, switchboards and lighting; qualified on lockout/tagout and electrical safety.'],
        },
      ],
      education: [{ institution: 'National Elevator Industry Educational Program (NEIEP)', studyType: 'Apprenticeship', area: 'Elevator Constructor', startDate: '2014', endDate: '2018' }],
      skills: [
        { name: 'Trade', keywords: ['Traction Elevators', 'Hydraulic Elevators', 'Escalators', 'Controller Troubleshooting', 'Door Operators', 'Modernization', 'Wire Roping'] },
        { name: 'Codes and safety', keywords: ['ASME A17.1', 'Lockout/Tagout', 'NFPA 70E', 'OSHA 30'] },
        { name: 'Licenses', keywords: ['Illinois Elevator Mechanic License', 'CET (NAESA)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Polish', fluency: 'Conversational' }],
    },
  },
  {
    id: '05-windtech-jessieharlan',
    style: { dateStyle: 'isoMonth', headerStyle: 'oneLineComma', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Jessie Harlan',
        label: 'Wind Turbine Technician II',
        email: 'jessie.harlan@example.com',
        phone: '+1 515 555 0117',
        summary: 'Wind tech two years out of school, climbing Vestas and GE turbines across central Iowa. Comfortable at 80 metres, careful with torque values, and the one who writes up the work order properly.',
        location: { city: 'Ames', region: 'IA' },
      },
      work: [
        {
          name: 'Prairie Gust Energy Services', position: 'Wind Turbine Technician II', location: 'Story County, IA', startDate: '2024-09',
          highlights: [
            'Climb and service 2 MW Vestas V110 and GE 2.x turbines: scheduled maintenance, bolt torque and tension checks, yaw and pitch systems.',
            'Changed out gearbox oil and filters on 22 turbines in one season with a three-person crew and no spills.',
            'Read SCADA fault history with the site lead before climbing, and close every job in SAP PM with photos and readings.',
            'Trained in GWO rescue; act as the second person on tower rescue drills each quarter.',
          ],
        },
        {
          name: 'Hawkeye Farm Equipment', position: 'Service Technician (seasonal)', location: 'Nevada, IA', startDate: '2022-04', endDate: '2023-08',
          highlights: ['Diagnosed hydraulic and electrical faults on tractors and combines during planting and harvest.'],
        },
      ],
      education: [{ institution: 'Iowa Lakes Community College', studyType: 'AAS', area: 'Wind Energy and Turbine Technology', startDate: '2022', endDate: '2024' }],
      skills: [
        { name: 'Turbine work', keywords: ['Preventive Maintenance', 'Torque and Tension', 'Hydraulics', 'Gearbox Oil Changes', 'Pitch and Yaw Systems', 'Troubleshooting'] },
        { name: 'Systems', keywords: ['SCADA', 'SAP PM', 'Multimeter', 'Megger'] },
        { name: 'Safety training', keywords: ['GWO BST (Working at Heights, First Aid, Manual Handling, Fire Awareness)', 'GWO Advanced Rescue', 'NFPA 70E', 'OSHA 10'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '06-medicalcoding-lorrainewhitaker',
    style: { dateStyle: 'monthName', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Lorraine Whitaker',
        label: 'Certified Professional Coder (CPC, CRC)',
        email: 'lorraine.whitaker@example.com',
        phone: '(502) 555-0190',
        summary: 'Outpatient and pro-fee coder with eleven years in multi-specialty groups. Accuracy over 97% on every external audit, and I like a denial I can overturn.',
        location: { city: 'Louisville', region: 'KY' },
      },
      work: [
        {
          name: 'Bluegrass Physician Partners', position: 'Senior Coding Specialist', location: 'Louisville, KY (remote)', startDate: '2019-11',
          highlights: [
            'Code E/M, procedures and injections for orthopaedics, cardiology and pain management from Epic notes: about 110 encounters a day.',
            'Assign ICD-10-CM, CPT and HCPCS Level II codes with modifiers 25, 59 and the X{EPSU} set; 97.8% accuracy on the last two external audits.',
            'Worked the denial queue with the billing team and overturned $380K of medical-necessity denials in 2024 with appeal letters.',
            'Teach providers the 2021 E/M guidelines (MDM and time) in 20-minute lunch sessions, one specialty at a time.',
          ],
        },
        {
          name: 'Norton Commons Family Medicine', position: 'Coder / Charge Entry', location: 'Louisville, KY', startDate: '2015-03', endDate: '2019-10',
          highlights: [
            'Abstracted and coded primary-care visits, charge-entered in athenaCollector and cleared claim edits before submission.',
            'Reviewed HCC risk-adjustment coding for Medicare Advantage patients ahead of the annual wellness visits.',
          ],
        },
      ],
      education: [{ institution: 'Jefferson Community and Technical College', studyType: 'Certificate', area: 'Medical Coding and Billing', startDate: '2013', endDate: '2014' }],
      skills: [
        { name: 'Coding', keywords: ['ICD-10-CM', 'CPT', 'HCPCS', 'E/M Coding', 'Modifiers', 'HCC Risk Adjustment', 'NCCI Edits', 'Denials Management'] },
        { name: 'Systems', keywords: ['Epic', 'athenaCollector', '3M Encoder', 'Microsoft Excel'] },
        { name: 'Certifications', keywords: ['CPC (AAPC)', 'CRC (AAPC)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '07-clinicaltrials-nadiahaddad',
    style: { dateStyle: 'fullMonthName', headerStyle: 'employerThenTitle', linkScheme: true, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Nadia Haddad',
        label: 'Senior Clinical Research Coordinator',
        email: 'nadia.haddad@example.com',
        phone: '416-555-0138',
        summary: 'Clinical research coordinator in oncology trials for seven years, Phase I to III, industry and investigator-initiated. I keep the participants informed, the source clean and the monitor’s visit boring.',
        location: { city: 'Toronto', region: 'ON' },
        profiles: [{ network: 'LinkedIn', username: 'nadiahaddad-crc', url: 'https://www.linkedin.com/in/nadiahaddad-crc' }],
      },
      work: [
        {
          name: 'Lakeview Cancer Centre', position: 'Senior Clinical Research Coordinator', location: 'Toronto, ON', startDate: '2022-01',
          highlights: [
            'Coordinate six industry-sponsored Phase II/III breast and lung cancer trials with about 90 participants on study.',
            'Screen and consent participants, schedule study visits and collect, process and ship PK samples under IATA rules.',
            'Enter data into Medidata Rave and Veeva within three days of a visit and answer monitor queries the same week.',
            'Prepared the site for a sponsor audit and a Health Canada inspection; no critical findings on either.',
            'Mentor three new coordinators through their first year and the site’s SOP training.',
          ],
        },
        {
          name: 'University Health Research Institute', position: 'Clinical Research Coordinator', location: 'Toronto, ON', startDate: '2019-06', endDate: '2021-12',
          highlights: [
            'Wrote REB submissions, amendments and annual renewals for four investigator-initiated studies.',
            'Tracked adverse events and reported SAEs to the sponsor within 24 hours; kept the regulatory binder and delegation log current.',
          ],
        },
        {
          name: 'Sunnybrook Phlebotomy Services', position: 'Phlebotomist', location: 'Toronto, ON', startDate: '2017-09', endDate: '2019-05',
          highlights: ['Drew about 60 patients a shift in outpatient labs and processed specimens for the research freezer.'],
        },
      ],
      education: [{ institution: 'McMaster University', studyType: 'BHSc', area: 'Health Sciences', startDate: '2013', endDate: '2017' }],
      skills: [
        { name: 'Clinical research', keywords: ['ICH-GCP', 'Informed Consent', 'Source Documentation', 'Adverse Event Reporting', 'REB Submissions', 'Study Start-Up', 'IATA Dangerous Goods Shipping'] },
        { name: 'Systems', keywords: ['Medidata Rave', 'Veeva Vault', 'REDCap', 'OnCore CTMS'] },
        { name: 'Certifications', keywords: ['CCRP (SOCRA)', 'TCPS 2: CORE', 'Phlebotomy'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Arabic', fluency: 'Fluent' }, { language: 'French', fluency: 'Intermediate' }],
    },
  },
  {
    id: '08-arborist-owentremblay',
    style: { dateStyle: 'year', headerStyle: 'titleThenEmployer', linkScheme: false, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Owen Tremblay',
        label: 'ISA Certified Arborist & Climbing Crew Leader',
        email: 'owen.tremblay@example.com',
        phone: '503-555-0171',
        summary: 'Climbing arborist for twelve years, crew leader for five. Removals over houses, structural pruning on heritage oaks, and a clean jobsite at the end of the day.',
        location: { city: 'Portland', region: 'OR' },
      },
      work: [
        {
          name: 'Columbia Canopy Tree Care', position: 'Crew Leader / Climber', location: 'Portland, OR', startDate: '2021',
          highlights: [
            'Lead a four-person crew on residential and commercial removals and pruning, about 300 jobs a year.',
            'Plan rigging for technical removals over roofs and power lines with a Port-a-Wrap and speed line; no property damage claims since 2021.',
            'Write tree risk assessments (TRAQ) and pruning specs to ANSI A300 for the city permit applications.',
            'Run the 75 ft bucket truck and the crane picks with the operator; hold a CDL Class B.',
          ],
        },
        {
          name: 'Willamette Tree Service', position: 'Climber', location: 'Salem, OR', startDate: '2016', endDate: '2020',
          highlights: [
            'Climbed on SRT and MRS systems for pruning, cabling and bracing; chipper and stump grinder operator between climbs.',
            'Applied plant health care treatments as a licensed pesticide applicator.',
          ],
        },
        {
          name: 'Oregon Parks and Recreation Department', position: 'Seasonal Trail Crew', location: 'Silver Falls, OR', startDate: '2013', endDate: '2015',
          highlights: ['Felled hazard trees along trails and cleared blowdown with a chainsaw after winter storms.'],
        },
      ],
      education: [{ institution: 'Clackamas Community College', studyType: 'Certificate', area: 'Horticulture', startDate: '2013', endDate: '2014' }],
      skills: [
        { name: 'Tree work', keywords: ['Tree Climbing (SRT/MRS)', 'Rigging', 'Tree Removal', 'Structural Pruning', 'Cabling and Bracing', 'Plant Health Care', 'Chainsaw Operation'] },
        { name: 'Equipment', keywords: ['Bucket Truck', 'Wood Chipper', 'Stump Grinder', 'Crane Operations'] },
        { name: 'Credentials', keywords: ['ISA Certified Arborist', 'ISA TRAQ', 'CDL Class B', 'Oregon Pesticide Applicator License', 'First Aid/CPR'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'French', fluency: 'Conversational' }],
    },
  },
  {
    id: '09-quantitysurvey-callumreid',
    style: { dateStyle: 'monthName', headerStyle: 'titleAtEmployer', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Callum Reid',
        label: 'Assistant Quantity Surveyor',
        email: 'callum.reid@example.com',
        phone: '0141 496 0218',
        summary: 'Graduate quantity surveyor, two years into the RICS APC, working on schools and healthcare projects for a main contractor. I measure carefully and I chase variations until they are agreed.',
        location: { city: 'Glasgow', region: 'Scotland' },
        profiles: [{ network: 'LinkedIn', username: 'callumreid-qs', url: 'https://www.linkedin.com/in/callumreid-qs' }],
      },
      work: [
        {
          name: 'McIntyre Construction Ltd', position: 'Assistant Quantity Surveyor', location: 'Glasgow', startDate: '2024-08',
          highlights: [
            'Prepare monthly valuations and applications for payment on a £22M primary school and community hub under an NEC4 ECC Option A contract.',
            'Measure packages from drawings in CostX and build the bills for subcontract tenders to NRM2.',
            'Track compensation events and early warnings with the project QS; 31 of 34 CEs agreed within the contract timescales last year.',
            'Compare subcontractor tenders and write the recommendation reports for the commercial manager.',
          ],
        },
        {
          name: 'McIntyre Construction Ltd', position: 'Graduate Quantity Surveyor', location: 'Glasgow', startDate: '2023-07', endDate: '2024-07',
          highlights: ['Rotated through estimating and a health centre site; kept the cost value reconciliation (CVR) spreadsheets each month.'],
        },
        {
          name: 'Hallam Cost Consultants', position: 'Placement Student', location: 'Edinburgh', startDate: '2021-06', endDate: '2022-08',
          highlights: ['Helped prepare elemental cost plans and took off quantities for a housing association’s refurbishments.'],
        },
      ],
      education: [{ institution: 'Glasgow Caledonian University', studyType: 'BSc (Hons)', area: 'Quantity Surveying (RICS accredited)', startDate: '2019', endDate: '2023' }],
      skills: [
        { name: 'Commercial', keywords: ['Measurement (NRM1, NRM2)', 'Cost Planning', 'Valuations', 'Change Control', 'Subcontract Procurement', 'Cost Value Reconciliation'] },
        { name: 'Contracts', keywords: ['NEC4', 'JCT 2016'] },
        { name: 'Software', keywords: ['CostX', 'Microsoft Excel', 'Bluebeam Revu'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '10-brewing-gretahollis',
    style: { dateStyle: 'slashMonth', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Greta Hollis',
        label: 'Head Brewer',
        email: 'greta.hollis@example.com',
        phone: '0491 570 226',
        summary: 'Head brewer at an independent brewery in Melbourne’s west. Ten years from cellar hand to running a 30 hL brewhouse: consistent core range, careful sours, and numbers behind every batch.',
        location: { city: 'Footscray', region: 'VIC' },
        profiles: [{ network: 'Instagram', username: 'greta.brews', url: 'https://www.instagram.com/greta.brews' }],
      },
      work: [
        {
          name: 'Maribyrnong Brewing Co.', position: 'Head Brewer', location: 'Footscray, VIC', startDate: '2021-10',
          highlights: [
            'Run a 30 hL three-vessel brewhouse and 12 fermenters, about 6,500 hL a year, with a team of three brewers and two cellar hands.',
            'Developed 14 new recipes, two of them now core range; the hazy pale won gold at the Australian International Beer Awards.',
            'Set up the QA lab: daily gravity, pH and dissolved oxygen checks, forcing tests, and a sensory panel that meets every Friday.',
            'Brought dissolved oxygen in packaged beer under 50 ppb after re-tuning the canning line with the supplier.',
            'Plan the brew schedule and raw material orders against the sales forecast; cut malt write-offs by half.',
          ],
        },
        {
          name: 'Yarraville Craft Beer', position: 'Brewer', location: 'Yarraville, VIC', startDate: '2017-02', endDate: '2021-09',
          highlights: [
            'Brewed, dry-hopped and transferred on a 15 hL system; yeast harvesting and pitching-rate counts under the microscope.',
            'Ran CIP on tanks and lines and kept the HACCP records for the food safety audit.',
          ],
        },
        {
          name: 'Yarraville Craft Beer', position: 'Cellar Hand', location: 'Yarraville, VIC', startDate: '2015-06', endDate: '2017-01',
          highlights: ['Kegging, filtration, cleaning and forklift work; learned brewing on the night shift.'],
        },
      ],
      education: [{ institution: 'Federation University Australia', studyType: 'Graduate Certificate', area: 'Brewing', startDate: '2018', endDate: '2019' }],
      skills: [
        { name: 'Brewing', keywords: ['Recipe Development', 'Fermentation Management', 'Yeast Management', 'Dry Hopping', 'Barrel Ageing', 'Sensory Evaluation'] },
        { name: 'Quality and operations', keywords: ['Quality Assurance', 'CIP', 'HACCP', 'Canning Line Operation', 'Production Planning'] },
        { name: 'Tickets', keywords: ['Forklift Licence (LF)', 'RSA'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'German', fluency: 'Intermediate' }],
    },
  },
  {
    id: '11-courtreport-denisehalvorsen',
    style: { dateStyle: 'isoMonth', headerStyle: 'titleThenEmployer', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Denise Halvorsen',
        label: 'Registered Merit Reporter & CART Captioner',
        email: 'denise.halvorsen@example.com',
        phone: '612-555-0145',
        summary: 'Court reporter for nineteen years, freelance and official. Realtime at 260 words a minute on machine shorthand; I deliver clean, certified transcripts on the day promised.',
        location: { city: 'Minneapolis', region: 'MN' },
      },
      work: [
        {
          name: 'Hennepin County District Court', position: 'Official Court Reporter', location: 'Minneapolis, MN', startDate: '2016-01',
          highlights: [
            'Take the verbatim record of criminal and civil jury trials in one courtroom, with realtime feeds to the judge and counsel.',
            'Produce certified transcripts for appeals, including daily copy on a six-week murder trial.',
            'Maintain a 40,000-entry job dictionary in Case CATalyst; translation rate above 99%.',
            'Read back testimony to the jury on request and keep the exhibit log.',
          ],
        },
        {
          name: 'North Star Reporting', position: 'Freelance Court Reporter', location: 'St. Paul, MN', startDate: '2007-06', endDate: '2015-12',
          highlights: [
            'Reported depositions, arbitrations and public hearings for law firms, often medical and patent testimony.',
            'Provided CART captioning for a deaf graduate student’s classes at the University of Minnesota for three semesters.',
          ],
        },
      ],
      education: [{ institution: 'Anoka Technical College', studyType: 'AAS', area: 'Court Reporting', startDate: '2004', endDate: '2007' }],
      skills: [
        { name: 'Reporting', keywords: ['Machine Shorthand (Stenography)', 'Realtime Reporting', 'CART Captioning', 'Transcript Production', 'Legal and Medical Terminology'] },
        { name: 'Software', keywords: ['Case CATalyst', 'Eclipse CAT', 'Microsoft Word'] },
        { name: 'Certifications', keywords: ['RMR (NCRA)', 'CRR (NCRA)', 'Minnesota Official Court Reporter'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Norwegian', fluency: 'Basic' }],
    },
  },
];

/**
 * Korean résumés: rendered by scripts/build-korean-resume-corpus.mjs's renderers (`style`: locationText,
 * dateStyle dot|dotSpaced|korean|dash, ongoingWord, nameStyle plain|spaced|withLatin, headerStyle
 * employerThenTitle|pipeOneLine|titleLineBelow). Those renderers need a label, summary, certificates
 * and languages on every résumé.
 */
export const KOREAN_PEOPLE = [
  {
    id: '12-sitesafety-choiyoungho',
    style: { locationText: '인천광역시 연수구 송도동', dateStyle: 'korean', ongoingWord: '재직중', nameStyle: 'plain', headerStyle: 'pipeOneLine' },
    resume: {
      basics: {
        name: '최영호',
        label: '건설 현장 안전관리자 (산업안전기사)',
        email: 'youngho.choi@example.kr',
        phone: '010-3918-2275',
        summary: '아파트·물류센터 건설 현장에서 11년간 안전관리자로 일했습니다. 서류보다 현장을 먼저 보고, 작업자가 스스로 멈출 수 있는 현장을 만드는 것을 목표로 합니다.',
        location: { city: '연수구', region: '인천광역시' },
      },
      work: [
        {
          name: '대양건설(주)', position: '안전관리자 (과장)', location: '인천 송도', startDate: '2020-05',
          highlights: [
            '공사금액 1,800억 원 규모 물류센터 신축 현장의 안전관리 총괄, 협력업체 14개사 안전 담당자를 관리합니다.',
            '공종별 위험성평가를 매월 갱신하고 TBM과 작업허가서(고소·화기·밀폐공간) 운영을 현장에 정착시켰습니다.',
            '중대재해처벌법 시행에 맞춰 안전보건관리체계 이행 점검표를 만들고 본사 반기 점검에서 우수 현장으로 선정되었습니다.',
            '타워크레인 설치·해체와 고소작업대 작업 전 점검을 직접 입회해 3년간 중대재해 0건을 유지했습니다.',
          ],
        },
        {
          name: '한솔종합건설', position: '안전관리자 (대리)', location: '경기 화성', startDate: '2015-03', endDate: '2020-04',
          highlights: [
            '공동주택 1,200세대 현장의 정기 안전보건교육과 특별교육을 진행하고 교육 일지를 관리했습니다.',
            '유해위험방지계획서 작성과 산업안전보건공단 확인 점검에 대응했습니다.',
            '추락 방지 안전난간과 개구부 덮개 기준을 정비해 추락 아차사고 보고를 절반으로 줄였습니다.',
          ],
        },
      ],
      education: [{ institution: '인하공업전문대학', studyType: '전문학사', area: '산업안전과', startDate: '2011-03', endDate: '2014-02' }],
      skills: [
        { name: '안전관리', keywords: ['위험성평가', '안전보건교육', '작업허가서', 'TBM', '중대재해처벌법', '유해위험방지계획서', 'KOSHA-MS'] },
        { name: '도구', keywords: ['한글', 'MS 엑셀', 'AutoCAD (도면 검토)'] },
      ],
      certificates: [
        { name: '산업안전기사', issuer: '한국산업인력공단', date: '2014-08' },
        { name: '건설안전기사', issuer: '한국산업인력공단', date: '2017-05' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '13-batterycell-kangharin',
    style: { locationText: '대전광역시 유성구 문지동', dateStyle: 'dot', ongoingWord: '현재', nameStyle: 'withLatin', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '강하린',
        label: '이차전지 셀 개발 연구원',
        email: 'harin.kang@example.kr',
        phone: '010-6652-0931',
        summary: '리튬이온 전지 셀 설계와 전기화학 평가를 5년간 해 온 연구원입니다. 하이니켈 양극 파우치셀의 수명과 안전성을 데이터로 설명하는 일을 좋아합니다.',
        location: { city: '유성구', region: '대전광역시' },
        profiles: [{ network: 'LinkedIn', username: 'harin-kang', url: 'https://www.linkedin.com/in/harin-kang' }],
      },
      work: [
        {
          name: '누리에너지솔루션 배터리연구소', position: '셀 개발 선임연구원', location: '대전', startDate: '2022-02',
          highlights: [
            'NCM811 양극과 실리콘-흑연 복합 음극을 적용한 60Ah 파우치셀의 설계와 시제품 제작을 맡고 있습니다.',
            '전해액 첨가제 조합을 바꿔 45℃ 고온 수명을 500사이클에서 800사이클로 늘렸습니다.',
            'EIS와 dQ/dV 분석으로 열화 원인을 분리하고, 해체 분석(SEM, XRD) 결과와 함께 주간 보고서로 정리합니다.',
            '못 관통과 과충전 안전성 시험 조건을 설계하고 UN 38.3 인증 시험을 외부 기관과 진행했습니다.',
          ],
        },
        {
          name: '한국에너지기술연구원', position: '연구원 (위촉)', location: '대전', startDate: '2020-03', endDate: '2022-01',
          highlights: [
            '코인셀 제작과 충방전 평가로 신규 양극재 후보 30종을 선별했습니다.',
            'Python으로 충방전기 데이터를 자동 정리하는 스크립트를 만들어 분석 시간을 주 6시간 줄였습니다.',
          ],
        },
      ],
      education: [
        { institution: 'KAIST', studyType: '석사', area: '생명화학공학', startDate: '2018-03', endDate: '2020-02' },
        { institution: '부산대학교', studyType: '학사', area: '화학공학', startDate: '2014-03', endDate: '2018-02' },
      ],
      skills: [
        { name: '전지', keywords: ['셀 설계', '파우치셀 제작', '코인셀', '충방전 평가', 'EIS', '열화 분석', '안전성 평가'] },
        { name: '분석·도구', keywords: ['SEM', 'XRD', 'Python', 'Origin', 'JMP'] },
      ],
      certificates: [{ name: '화공기사', issuer: '한국산업인력공단', date: '2018-11' }],
      languages: [{ language: '영어', fluency: 'TOEIC 915' }],
    },
  },
  {
    id: '14-webtoonpd-yoonseoah',
    style: { locationText: '경기도 성남시 분당구 정자동', dateStyle: 'dash', ongoingWord: '재직 중', nameStyle: 'spaced', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '윤서아',
        label: '웹툰 PD',
        email: 'seoah.yoon@example.kr',
        phone: '010-2290-7718',
        summary: '웹툰 플랫폼에서 6년간 작가 발굴부터 연재, IP 사업까지 함께해 온 PD입니다. 작가가 마감보다 이야기에 집중할 수 있게 일정과 피드백을 설계합니다.',
        location: { city: '성남시', region: '경기도' },
      },
      work: [
        {
          name: '(주)툰플랫', position: '웹툰 PD (책임)', location: '판교', startDate: '2021-04',
          highlights: [
            '로맨스판타지·무협 장르 연재작 9편을 담당하며 시놉시스와 콘티 단계부터 회차별 피드백을 드립니다.',
            '공모전과 아마추어 게시판에서 신인 작가 12명을 발굴해 정식 연재 계약까지 이끌었습니다.',
            '회차별 조회수, 결제 전환율, 이탈 구간 지표를 보고 휴재·시즌 운영 일정을 작가와 조율합니다.',
            '담당작 2편의 드라마·게임 IP 계약을 사업팀과 진행하고 해외 번역 연재(영어·일본어) 일정을 관리했습니다.',
          ],
        },
        {
          name: '그린북스', position: '만화 편집자', location: '서울 마포', startDate: '2018-07', endDate: '2021-03',
          highlights: [
            '출판 만화 단행본 20권의 편집과 교정, 인쇄 감리를 맡았습니다.',
            '저작권 계약서와 정산 자료를 정리하고 작가 인세 정산을 분기마다 처리했습니다.',
          ],
        },
      ],
      education: [{ institution: '세종대학교', studyType: '학사', area: '만화애니메이션텍', startDate: '2014-03', endDate: '2018-02' }],
      skills: [
        { name: '기획·편집', keywords: ['작가 발굴', '연재 관리', '콘티 피드백', 'IP 사업', '저작권 계약', '교정·교열'] },
        { name: '도구', keywords: ['Clip Studio Paint', 'Photoshop', 'Notion', 'Google Analytics', 'Excel'] },
      ],
      certificates: [{ name: '컴퓨터활용능력 1급', issuer: '대한상공회의소', date: '2017-06' }],
      languages: [{ language: '일본어', fluency: 'JLPT N1' }, { language: '영어', fluency: '비즈니스 이메일 가능' }],
    },
  },
  {
    id: '15-eldercare-baekmisook',
    style: { locationText: '광주광역시 북구 운암동', dateStyle: 'dotSpaced', ongoingWord: 'open', nameStyle: 'plain', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '백미숙',
        label: '요양보호사',
        email: 'misook.baek@example.kr',
        phone: '010-5127-4460',
        summary: '15년간 작은 가게를 운영하다 부모님을 모신 경험으로 요양보호사가 되었습니다. 어르신 한 분 한 분의 습관을 기억하고, 가족에게 하루를 전하는 일을 소중히 여깁니다.',
        location: { city: '북구', region: '광주광역시' },
      },
      work: [
        {
          name: '햇살가득 요양원', position: '요양보호사', location: '광주 북구', startDate: '2023-03',
          highlights: [
            '치매 어르신이 많은 2층 생활실에서 어르신 9분의 식사·배설·목욕·이동을 돕습니다.',
            '2시간마다 체위를 바꾸고 피부 상태를 기록해 담당 생활실에서 욕창 신규 발생 0건을 유지했습니다.',
            '야간 근무 때 낙상 위험 어르신을 순회 관찰하고 이상 징후는 간호사에게 바로 보고합니다.',
            '장기요양 급여 제공 기록지를 매일 작성하고 보호자 면회 때 어르신 근황을 전해 드립니다.',
          ],
        },
        {
          name: '사랑나눔 재가복지센터', position: '방문요양보호사', location: '광주 서구', startDate: '2021-09', endDate: '2023-02',
          highlights: [
            '장기요양 3~4등급 어르신 댁을 방문해 가사 지원, 병원 동행, 투약 확인을 했습니다.',
            '인지활동형 프로그램(색칠, 회상 대화)을 주 3회 진행했습니다.',
          ],
        },
        {
          name: '미숙이네 반찬가게', position: '대표', location: '광주 북구', startDate: '2006-04', endDate: '2021-06',
          highlights: ['반찬 가게를 직접 운영하며 매일 40가지 반찬을 만들고 단골 어르신 댁에 배달했습니다.'],
        },
      ],
      education: [{ institution: '광주요양보호사교육원', studyType: '수료', area: '요양보호사 표준교육과정 240시간', startDate: '2021-03', endDate: '2021-07' }],
      skills: [
        { name: '돌봄', keywords: ['신체활동 지원', '치매 어르신 돌봄', '욕창 예방', '낙상 예방', '인지활동 프로그램', '급여 제공 기록'] },
        { name: '기타', keywords: ['한식조리', '운전 가능'] },
      ],
      certificates: [
        { name: '요양보호사 1급', issuer: '광주광역시', date: '2021-08' },
        { name: '한식조리기능사', issuer: '한국산업인력공단', date: '2009-05' },
        { name: '치매전문교육 수료', issuer: '국민건강보험공단', date: '2024-10' },
      ],
      languages: [{ language: '한국어', fluency: '모국어' }],
    },
  },
];
