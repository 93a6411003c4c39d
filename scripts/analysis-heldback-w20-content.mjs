// The content of the wave 20 held-back analysis set (test/fixtures/analysis/heldback-w20/, issue #12):
// sixteen fictional people, twelve written in English and four in Korean, each of an occupation that no
// earlier analysis set or résumé corpus has (public corpus, fresh, holdout 1–15, the Korean corpus,
// heldback-w7 … heldback-w19): anatomical pathology technologist, occupational health technician (once a
// healthcare assistant), master thatcher, high-voltage cable jointer, civil enforcement officer (once a hotel
// night porter), trading standards officer (back after a career break), public benefits eligibility worker
// (once a credit union teller), pilot/escort vehicle operator (once an over-the-road truck driver), aircraft
// line service technician, orchard manager, ground-rig crop spraying contractor, instrumentation and control
// technician; 산란계 농장장, 축산물 등급판정사, 치과기공사, 단청 기능자 (once an 인테리어 도장공).
// Fields are spread on purpose, all far from software, and most of the postings ask first for credentials,
// licences and procedures (health, trades, transport, public service, agriculture): a hospital mortuary, an
// occupational health provider, a thatching business, an electricity distribution network, a council parking
// service, a county trading standards service, a county social services agency, an oversize load escort
// company, an airport FBO, a fruit company's orchards, a spraying contractor, a gas plant's maintenance crew,
// a layer farm, the livestock grading institute, a dental laboratory, a heritage repair workshop.
// Seniorities run from a civil enforcement officer of two years to a thatcher of twenty-four; leads (the senior
// APT, the cable jointing team leader, the orchard manager, the instrumentation lead hand, the 농장장, the 기공소
// 실장) and individual contributors; five career changers (the occupational health technician, the civil
// enforcement officer, the eligibility worker, the pilot car operator, the 단청 기능자) and one return to work
// (the trading standards officer, back after three years caring for her children).
// Written in full on 2026-12-02 by an engineer who does not tune the analysis, before anything was rendered
// or scored; the set is frozen by hash (manifest.json) and never tuned on. Names and employers are invented
// by hand (schools, certifying bodies, unions and products are real); phone numbers use fictional ranges
// (US and Canada 555-01xx, Ofcom drama 0114 496 0xxx, 0117 496 0xxx, 01632 960xxx, 020 7946 0xxx, 0121 496 0xxx,
// Australia 0491 570 xxx; the Korean ones are made up); e-mail at example.com / example.kr. The English text keeps
// to characters pdflatex typesets (no degree signs, no mathematical symbols, no ampersands or per cent signs).
// The English renderer prints no certificates section, so each English person names their credentials among
// their skills too.

/** English résumés: rendered by scripts/build-resume-corpus.mjs (`style`: dateStyle, headerStyle, linkScheme, bulletGlyph). */
export const ENGLISH_PEOPLE = [
  {
    id: '01-mortuary-joannekershaw',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleThenEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Joanne Kershaw',
        label: 'Senior Anatomical Pathology Technologist',
        email: 'joanne.kershaw.apt@example.com',
        phone: '0114 496 0583',
        summary: 'Anatomical pathology technologist for twelve years, senior APT for five in a teaching hospital mortuary that also serves the coroner. I assist pathologists at routine, high-risk and forensic post-mortems, reconstruct, look after the deceased and their paperwork, and support families at viewings.',
        location: { city: 'Sheffield', region: 'South Yorkshire' },
      },
      work: [
        {
          name: 'Sheffield Northern General Mortuary, Don Valley Teaching Hospitals NHS Trust', position: 'Senior Anatomical Pathology Technologist', location: 'Sheffield', startDate: '2021-04',
          highlights: [
            'Eviscerate and reconstruct at about 900 coronial and hospital post-mortems a year, including high-risk (hazard group 3) cases in the isolation suite.',
            'Assist Home Office pathologists at forensic post-mortems: continuity of evidence, sampling and photography with the police.',
            'Run the rota for seven APTs and trainees; keep the body store, release and identification procedures to the Human Tissue Authority licence.',
            'Arrange viewings and identifications for bereaved families and liaise with coroner\'s officers and funeral directors.',
          ],
        },
        {
          name: 'Chesterfield Royal Infirmary', position: 'Anatomical Pathology Technologist', location: 'Chesterfield', startDate: '2014-09', endDate: '2021-03',
          highlights: ['Trainee APT, then qualified APT; admissions, releases, post-mortem assistance and tissue retention paperwork.'],
        },
      ],
      education: [{ institution: 'Royal Society for Public Health', studyType: 'Level 4 Diploma', area: 'Anatomical Pathology Technology', startDate: '2016-09', endDate: '2018-07' }],
      skills: [
        { name: 'Mortuary Practice', keywords: ['Evisceration', 'Reconstruction', 'High-Risk Post-Mortems', 'Forensic Post-Mortems', 'Body Store Management', 'Viewings and Identification', 'Tissue Retention'] },
        { name: 'Governance', keywords: ['Human Tissue Authority Standards', 'Chain of Custody', 'COSHH', 'Rota Management'] },
        { name: 'Qualifications', keywords: ['RSPH Level 3 Diploma in Anatomical Pathology Technology', 'RSPH Level 4 Diploma in Anatomical Pathology Technology', 'AAPT Registered'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '02-occhealth-priyamistry',
    style: { dateStyle: 'slashMonth', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Priya Mistry',
        label: 'Occupational Health Technician',
        email: 'priya.mistry.oh@example.com',
        phone: '0121 496 0217',
        summary: 'Occupational health technician for three years, doing health surveillance on client sites, after six years as a healthcare assistant on a hospital medical ward. I run hearing, lung function, vision and skin checks, take drug and alcohol samples under chain of custody and refer results to the OH nurse.',
        location: { city: 'Wolverhampton', region: 'West Midlands' },
      },
      work: [
        {
          name: 'Midland Workplace Health', position: 'Occupational Health Technician', location: 'Wolverhampton (site based)', startDate: '2023-05',
          highlights: [
            'Carry out audiometry, spirometry, vision screening, skin checks and HAVS questionnaires at factories, foundries and depots.',
            'Collect urine and breath samples for drug and alcohol testing under chain of custody, including post-incident and for-cause tests.',
            'Do pre-placement medicals and fitness checks for forklift drivers and confined space teams; refer outliers to the OH nurse.',
            'Keep the mobile unit stocked and the audiometer and spirometer calibrated; enter results into Cority.',
          ],
        },
        {
          name: 'Royal Wolverhampton Hospitals', position: 'Healthcare Assistant, Ward C21', location: 'Wolverhampton', startDate: '2017-02', endDate: '2023-04',
          highlights: ['Personal care, observations, ECGs and blood glucose on a 28-bed acute medical ward.'],
        },
      ],
      education: [{ institution: 'City of Wolverhampton College', studyType: 'Level 3 Diploma', area: 'Health and Social Care', startDate: '2015-09', endDate: '2017-06' }],
      skills: [
        { name: 'Health Surveillance', keywords: ['Audiometry', 'Spirometry', 'Vision Screening', 'Skin Surveillance', 'HAVS Tier 1 and 2', 'Pre-Placement Medicals'] },
        { name: 'Testing', keywords: ['Drug and Alcohol Testing', 'Chain of Custody', 'Breath Alcohol Testing'] },
        { name: 'Certificates', keywords: ['BSA Certificate in Audiometry', 'ARTP Spirometry Certificate (Foundation)', 'Care Certificate'] },
        { name: 'Systems', keywords: ['Cority', 'Microsoft Excel'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Gujarati', fluency: 'Fluent' }],
    },
  },
  {
    id: '03-thatching-robertaldous',
    style: { dateStyle: 'year', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Robert Aldous',
        label: 'Master Thatcher',
        email: 'rob.aldous.thatch@example.com',
        phone: '01632 960 418',
        summary: 'Thatcher for twenty-four years, my own business for sixteen. I rethatch and ridge in Norfolk water reed and long straw, mostly listed cottages and barns, work with conservation officers on listed building consent, and train an apprentice.',
        location: { city: 'Aylsham', region: 'Norfolk' },
      },
      work: [
        {
          name: 'Aldous Thatching', position: 'Master Thatcher and Owner', location: 'Aylsham, Norfolk', startDate: '2010-03',
          highlights: [
            'Full rethatches, ridging and patching in water reed, long straw and combed wheat reed, about fourteen roofs a year.',
            'Survey roofs, price work and agree specifications with owners, insurers and conservation officers for listed buildings.',
            'Fit fire barrier boards and wire netting, set spars and liggers, and keep scaffolding and ladders to the Work at Height Regulations.',
            'Take on and train apprentices through the thatching apprenticeship; one now runs his own firm.',
          ],
        },
        {
          name: 'Wensum Valley Thatchers', position: 'Apprentice, then Thatcher', location: 'Fakenham, Norfolk', startDate: '2002-09', endDate: '2010-02',
          highlights: ['Learned the trade on reed and straw roofs across north Norfolk; preparing yealms, fixing coats and cutting ridges.'],
        },
      ],
      education: [{ institution: 'Easton College', studyType: 'NVQ Level 3', area: 'Heritage Skills (Thatching)', startDate: '2003-09', endDate: '2006-06' }],
      skills: [
        { name: 'Thatching', keywords: ['Water Reed', 'Long Straw', 'Combed Wheat Reed', 'Block Cut Ridges', 'Spar Making', 'Patching and Repairs'] },
        { name: 'Business', keywords: ['Roof Surveys', 'Quoting', 'Listed Building Consent', 'Apprentice Training'] },
        { name: 'Cards', keywords: ['CSCS Gold Card (Skilled Worker)', 'PASMA', 'Member, National Society of Master Thatchers'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '04-cablejointing-kierancollins',
    style: { dateStyle: 'monthName', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Kieran Collins',
        label: 'Cable Jointing Team Leader (HV)',
        email: 'kieran.collins.jointer@example.com',
        phone: '0117 496 0391',
        summary: 'Cable jointer for thirteen years on an electricity distribution network, team leader for four. I joint and terminate LV and 11kV cable, lead a jointer and two mates on faults and new connections, and hold the network safety authorisations to issue and receive permits.',
        location: { city: 'Bristol', region: 'England' },
      },
      work: [
        {
          name: 'Severn Vale Electricity Networks', position: 'Cable Jointing Team Leader', location: 'Bristol', startDate: '2022-06',
          highlights: [
            'Lead a team of three on LV and 11kV faults, diversions and new connections; plan the day with the control room and the excavation gang.',
            'Make straight joints, transition joints and terminations on XLPE and PILC cable, including live LV mains and service joints.',
            'Issue and receive sanctions for test under the Distribution Safety Rules; spike, identify and prove cables dead before cutting.',
            'Sign off street works signing, lighting and guarding to the Red Book and check the excavation against the safe digging procedure.',
          ],
        },
        {
          name: 'Severn Vale Electricity Networks', position: 'Cable Jointer', location: 'Bristol', startDate: '2016-03', endDate: '2022-05',
          highlights: ['LV mains and service jointing, cut-outs and meter position work; 11kV jointing from 2019.'],
        },
        {
          name: 'Avon Utility Services', position: 'Jointer\'s Mate', location: 'Bristol', startDate: '2013-04', endDate: '2016-02',
          highlights: ['Excavation support, cable pulling and reinstatement.'],
        },
      ],
      education: [{ institution: 'City of Bristol College', studyType: 'NVQ Level 3', area: 'Power Network Craftsperson (Underground Cables)', startDate: '2014-09', endDate: '2016-06' }],
      skills: [
        { name: 'Jointing', keywords: ['LV Live Jointing', '11kV Jointing', 'XLPE and PILC Cable', 'Cable Terminations', 'Cable Spiking and Identification', 'Fault Location Support'] },
        { name: 'Safety', keywords: ['Distribution Safety Rules Authorised Person', 'Sanction for Test', 'Safe Digging Practice (HSG47)', 'Confined Spaces (Medium Risk)'] },
        { name: 'Cards', keywords: ['NRSWA Operative and Supervisor', 'EUSR SHEA Power', 'ECS Gold Card', 'Full UK Driving Licence'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '05-parkingenforcement-tomaszwojcik',
    style: { dateStyle: 'isoMonth', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Tomasz Wojcik',
        label: 'Civil Enforcement Officer',
        email: 'tomasz.wojcik.ceo@example.com',
        phone: '01632 960 277',
        summary: 'Civil enforcement officer for two years with a city council parking service, after seven years as a hotel night porter. I patrol on foot and by moped, issue penalty charge notices correctly and with evidence, help the public, and keep calm when people are not.',
        location: { city: 'Brighton', region: 'East Sussex' },
      },
      work: [
        {
          name: 'Brighton and Hove City Council, Parking Services', position: 'Civil Enforcement Officer', location: 'Brighton', startDate: '2024-10',
          highlights: [
            'Enforce on-street and car park restrictions on foot and moped beats: yellow lines, resident permit bays, pay and display and bus lanes.',
            'Issue penalty charge notices on a handheld with photographs and notes that stand up at appeal; observe and record waiting times.',
            'Report abandoned vehicles, defective signs and lines, and street problems through the council reporting system.',
            'Wear a body camera and follow the lone working and conflict management procedures; most shifts end without a complaint.',
          ],
        },
        {
          name: 'The Regency Seafront Hotel', position: 'Night Porter', location: 'Brighton', startDate: '2017-05', endDate: '2024-09',
          highlights: ['Night reception, security rounds, cash up and late check-ins for a 96-room hotel.'],
        },
      ],
      education: [{ institution: 'City College Brighton and Hove', studyType: 'Certificate', area: 'English for Speakers of Other Languages (Level 2)', startDate: '2015-09', endDate: '2016-06' }],
      skills: [
        { name: 'Enforcement', keywords: ['Penalty Charge Notices', 'Traffic Management Act 2004', 'Traffic Regulation Orders', 'Evidence Photography', 'Body Worn Video', 'Handheld Ticket Devices'] },
        { name: 'People', keywords: ['Conflict Management', 'Customer Service', 'Lone Working'] },
        { name: 'Qualifications', keywords: ['Level 2 Award for Civil Enforcement Officers', 'CBT Moped Certificate', 'Full UK Driving Licence'] },
      ],
      languages: [{ language: 'Polish', fluency: 'Native' }, { language: 'English', fluency: 'Fluent' }],
    },
  },
  {
    id: '06-tradingstandards-fionamacleod',
    style: { dateStyle: 'fullMonthName', headerStyle: 'oneLineComma', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Fiona MacLeod',
        label: 'Trading Standards Officer (DCATS)',
        email: 'fiona.macleod.ts@example.com',
        phone: '01632 960 734',
        summary: 'Qualified trading standards officer returning to work after three years at home with my two children. Before that, seven years with a county service investigating rogue traders, doorstep crime and unsafe goods, from the first complaint to the court file. I kept my CTSI membership and CPD going during the break.',
        location: { city: 'Maidstone', region: 'Kent' },
      },
      work: [
        {
          name: 'Career break', position: 'Full-time parent', location: 'Maidstone', startDate: '2023-09',
          highlights: ['Kept up CTSI membership and CPD: Consumer Protection Act updates, and the Digital Markets, Competition and Consumers Act 2024.'],
        },
        {
          name: 'Kent County Trading Standards', position: 'Trading Standards Officer', location: 'Maidstone', startDate: '2018-04', endDate: '2023-08',
          highlights: [
            'Investigated doorstep crime, rogue builders and online traders; took witness statements and interviewed suspects under caution (PACE).',
            'Prepared prosecution files and gave evidence at magistrates and crown court; used the Proceeds of Crime Act with the financial investigator.',
            'Inspected premises for underage sales, product safety and weights and measures; test purchases with volunteers.',
            'Ran rapid response to doorstep crime with the police and supported vulnerable victims through the No Cold Calling scheme.',
          ],
        },
        {
          name: 'Kent County Trading Standards', position: 'Trainee Trading Standards Officer', location: 'Maidstone', startDate: '2016-09', endDate: '2018-03',
          highlights: ['Trained through the CTSI qualification framework while handling consumer complaints and business advice.'],
        },
      ],
      education: [
        { institution: 'Chartered Trading Standards Institute', studyType: 'Diploma', area: 'Consumer Affairs and Trading Standards (DCATS)', startDate: '2016-09', endDate: '2018-03' },
        { institution: 'University of Kent', studyType: 'BA', area: 'Law and Criminology', startDate: '2012-09', endDate: '2015-06' },
      ],
      skills: [
        { name: 'Investigation', keywords: ['PACE Interviews', 'Witness Statements', 'Prosecution Files', 'Proceeds of Crime Act', 'Doorstep Crime', 'Test Purchasing'] },
        { name: 'Law', keywords: ['Consumer Protection from Unfair Trading Regulations', 'Consumer Rights Act 2015', 'General Product Safety Regulations', 'Weights and Measures Act 1985'] },
        { name: 'Qualifications', keywords: ['DCATS', 'Member, Chartered Trading Standards Institute', 'Full UK Driving Licence'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Scottish Gaelic', fluency: 'Basic' }],
    },
  },
  {
    id: '07-benefitseligibility-rosaurasandoval',
    style: { dateStyle: 'slashMonth', headerStyle: 'titleAtEmployer', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Rosaura Sandoval',
        label: 'Eligibility Worker II',
        email: 'rosaura.sandoval@example.com',
        phone: '(559) 555-0163',
        summary: 'Eligibility worker for four years with a county social services agency, after five years as a credit union teller. I interview applicants in English and Spanish, verify income and household, and determine CalFresh, Medi-Cal and CalWORKs eligibility within the deadlines.',
        location: { city: 'Fresno', region: 'CA' },
        profiles: [{ network: 'LinkedIn', username: 'rosaura-sandoval', url: 'https://linkedin.com/in/rosaura-sandoval' }],
      },
      work: [
        {
          name: 'Fresno Valley County Department of Social Services', position: 'Eligibility Worker II', location: 'Fresno, CA', startDate: '2022-11',
          highlights: [
            'Carry a caseload of about 420 CalFresh and Medi-Cal households: intake interviews, annual renewals and semi-annual reports.',
            'Verify income, residency, immigration status and household composition; compute budgets in CalSAWS and issue notices of action.',
            'Meet the 30-day and expedited 3-day processing deadlines; refer suspected overpayments and fraud to the special investigations unit.',
            'Interview in Spanish and help clients with Covered California and the general assistance program.',
          ],
        },
        {
          name: 'Central Sierra Credit Union', position: 'Member Services Teller', location: 'Clovis, CA', startDate: '2017-08', endDate: '2022-10',
          highlights: ['Cash handling, deposits and loan payments; balanced a drawer daily and opened new accounts.'],
        },
      ],
      education: [{ institution: 'Fresno City College', studyType: 'Associate of Arts', area: 'Social and Behavioral Sciences', startDate: '2014-08', endDate: '2017-05' }],
      skills: [
        { name: 'Eligibility', keywords: ['CalFresh', 'Medi-Cal', 'CalWORKs', 'CalSAWS', 'Income Verification', 'Budget Computation', 'Notices of Action', 'Case Management'] },
        { name: 'Communication', keywords: ['Bilingual Spanish (county certified)', 'Client Interviewing', 'Confidentiality (HIPAA)'] },
        { name: 'Office', keywords: ['Microsoft Word', 'Microsoft Excel', 'Typing 45 wpm'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Spanish', fluency: 'Native' }],
    },
  },
  {
    id: '08-pilotcar-dwaynehatcher',
    style: { dateStyle: 'monthName', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Dwayne Hatcher',
        label: 'Certified Pilot/Escort Vehicle Operator',
        email: 'dwayne.hatcher.escort@example.com',
        phone: '(405) 555-0129',
        summary: 'Pilot car driver for five years escorting oversize loads, after twenty years driving over-the-road. I run lead and chase with a high pole on wind blades, transformers and mobile homes across Oklahoma, Texas and Kansas, and I know the permits, routes and rules each state puts on a load.',
        location: { city: 'Elk City', region: 'OK' },
      },
      work: [
        {
          name: 'Red River Pilot Cars', position: 'Pilot/Escort Vehicle Operator', location: 'Elk City, OK', startDate: '2021-03',
          highlights: [
            'Escort oversize and overweight loads as lead, chase and high pole car: wind turbine blades, transformers, modular homes and oilfield equipment.',
            'Check the routes on the state permits before the move, measure overhead clearances with the height pole and call out hazards by CB radio.',
            'Stop traffic at intersections and narrow bridges as the state allows; keep flags, signs and lights to each state\'s escort rules.',
            'Keep trip logs, receipts and invoices; about 70,000 miles a year with no incidents.',
          ],
        },
        {
          name: 'Prairie Line Freight', position: 'OTR Truck Driver', location: 'Oklahoma City, OK', startDate: '2001-01', endDate: '2021-02',
          highlights: ['Dry van and flatbed over the road in 48 states; two million safe miles.'],
        },
      ],
      education: [{ institution: 'Western Oklahoma State College', studyType: 'Certificate', area: 'Commercial Truck Driving', startDate: '2000-08', endDate: '2000-12' }],
      skills: [
        { name: 'Escort Work', keywords: ['Lead and Chase Escort', 'High Pole Escort', 'Route Surveys', 'Oversize Load Permits', 'Traffic Control at Intersections', 'CB Radio'] },
        { name: 'Certifications', keywords: ['Oklahoma Pilot/Escort Certification', 'Texas Escort Flagger', 'Washington State Pilot/Escort Vehicle Operator Certification', 'Utah P/EVO Certification', 'Flagger Certification (ATSSA)', 'Defensive Driving'] },
        { name: 'Licences', keywords: ['Class A CDL', 'Clean MVR'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '09-aircraftfueling-jessicabrandt',
    style: { dateStyle: 'year', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Jessica Brandt',
        label: 'Line Service Technician',
        email: 'jess.brandt.line@example.com',
        phone: '(970) 555-0186',
        summary: 'Line service technician for six years at a mountain airport FBO. I fuel business jets and piston aircraft with Jet A and 100LL, marshal and tow aircraft on the ramp, do the daily fuel quality checks and sign for them, and deice in the winter.',
        location: { city: 'Gypsum', region: 'CO' },
      },
      work: [
        {
          name: 'Eagle Peak Aviation Services', position: 'Line Service Technician (Lead Fueler)', location: 'Gypsum, CO', startDate: '2020-05',
          highlights: [
            'Fuel jets and turboprops from 5,000 gallon Jet A refuelers and piston aircraft from the 100LL truck, over-wing and single point, with prist when asked.',
            'Do the daily quality control: sumps, filter differential pressure, clear and bright tests, and fuel farm inspections to ATA 103.',
            'Marshal, tow and park aircraft up to a Gulfstream G650 with a tug and towbar; chock, cone and ground them.',
            'Deice with Type I and Type IV fluid on the deice truck; run GPU and lav service; train new line techs on fueling.',
          ],
        },
        {
          name: 'Vail Valley Outfitters', position: 'Rental Shop Associate', location: 'Vail, CO', startDate: '2017-11', endDate: '2020-04',
          highlights: ['Fitted ski rentals and ran the register in winter; river shuttle driver in summer.'],
        },
      ],
      education: [{ institution: 'Battle Mountain High School', studyType: 'High School Diploma', startDate: '2013-08', endDate: '2017-05' }],
      skills: [
        { name: 'Line Service', keywords: ['Into-Plane Fueling', 'Jet A and 100LL', 'Single Point Fueling', 'Fuel Quality Control', 'Aircraft Marshalling', 'Aircraft Towing', 'Aircraft Deicing'] },
        { name: 'Standards', keywords: ['ATA 103', 'NFPA 407', 'FAA Part 139 Fuel Training', 'Airside Driving'] },
        { name: 'Certifications', keywords: ['NATA Safety 1st PLST', 'NATA Safety 1st Supervisor', 'Colorado Driver License'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '10-orchard-miguelescobar',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Miguel Escobar',
        label: 'Orchard Manager',
        email: 'miguel.escobar.orchards@example.com',
        phone: '(509) 555-0144',
        summary: 'Orchard manager for eight years and in tree fruit for eighteen. I run 640 acres of apples and pears, a crew of 45 year-round and 180 at harvest, the spray program under my own applicator licence, irrigation and frost protection, and the food safety audits.',
        location: { city: 'Wenatchee', region: 'WA' },
      },
      work: [
        {
          name: 'Columbia Bench Fruit Company', position: 'Orchard Manager', location: 'Wenatchee, WA', startDate: '2018-01',
          highlights: [
            'Manage 640 acres of apples (Honeycrisp, Gala, Cosmic Crisp) and Bartlett pears: pruning, thinning, training systems and replant blocks.',
            'Write and run the spray and fertilizer program with our crop consultant; keep pesticide records and worker protection standard postings.',
            'Hire, train and schedule up to 180 workers including H-2A crews; keep housing, payroll and piece-rate records with the office.',
            'Run drip and sprinkler irrigation, wind machines and frost alarms; host the GlobalG.A.P. and PrimusGFS audits each year.',
          ],
        },
        {
          name: 'Columbia Bench Fruit Company', position: 'Crew Supervisor', location: 'Wenatchee, WA', startDate: '2012-03', endDate: '2017-12',
          highlights: ['Led pruning, thinning and picking crews of 30; drove the spray rig and platforms.'],
        },
        {
          name: 'Stemilt Ridge Orchards', position: 'Orchard Worker', location: 'Wenatchee, WA', startDate: '2008-03', endDate: '2012-02',
          highlights: ['Pruning, thinning, picking and irrigation.'],
        },
      ],
      education: [{ institution: 'Wenatchee Valley College', studyType: 'Associate of Applied Science', area: 'Tree Fruit Production', startDate: '2009-09', endDate: '2011-06' }],
      skills: [
        { name: 'Orchard', keywords: ['Pruning and Training Systems', 'Crop Load Management', 'Integrated Pest Management', 'Spray Programs', 'Frost Protection', 'Drip Irrigation', 'Harvest Planning'] },
        { name: 'Compliance', keywords: ['Worker Protection Standard', 'H-2A Program', 'GlobalG.A.P.', 'PrimusGFS', 'Pesticide Recordkeeping'] },
        { name: 'Licences', keywords: ['WSDA Private Applicator License', 'Washington Driver License', 'Bilingual Spanish'] },
      ],
      languages: [{ language: 'Spanish', fluency: 'Native' }, { language: 'English', fluency: 'Fluent' }],
    },
  },
  {
    id: '11-cropspraying-bradleyosborne',
    style: { dateStyle: 'isoMonth', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Bradley Osborne',
        label: 'Spray Rig Operator',
        email: 'brad.osborne.spraying@example.com',
        phone: '0491 570 213',
        summary: 'Ground rig spray operator for seven years with a contract spraying business on the Liverpool Plains, and before that a farmhand on the family mixed farm. I run a 36 metre self-propelled boom on winter and summer crops and fallow, calibrate, keep the records and watch the weather.',
        location: { city: 'Gunnedah', region: 'NSW' },
      },
      work: [
        {
          name: 'Namoi Contract Spraying', position: 'Spray Rig Operator', location: 'Gunnedah, NSW', startDate: '2019-02',
          highlights: [
            'Operate a self-propelled sprayer with a 36 m boom and auto steer: knockdowns, pre-emergents, fungicides and in-crop herbicides over 40,000 ha a year.',
            'Calibrate nozzles and rates, mix and load from bulk shuttles, and triple rinse and return drums through drumMUSTER.',
            'Watch Delta T, wind and inversions on the weather station; stop and record when conditions are outside the label.',
            'Keep spray records, notify neighbours and check the sensitive areas map before every job.',
          ],
        },
        {
          name: 'Osborne Pastoral Co', position: 'Farmhand', location: 'Mullaley, NSW', startDate: '2012-01', endDate: '2019-01',
          highlights: ['Cropping, sheep work, fencing and header driving on a 2,000 ha family mixed farm.'],
        },
      ],
      education: [{ institution: 'TAFE NSW', studyType: 'Certificate III', area: 'Agriculture', startDate: '2012-02', endDate: '2013-11' }],
      skills: [
        { name: 'Spraying', keywords: ['Self-Propelled Boom Sprayer', 'Sprayer Calibration', 'Nozzle Selection', 'Drift Management', 'Delta T and Inversions', 'Chemical Mixing and Loading', 'Spray Records'] },
        { name: 'Machinery', keywords: ['John Deere Auto Steer', 'Header Driving', 'Tractor Operation'] },
        { name: 'Tickets', keywords: ['ChemCert AQF3', 'Pesticide Rating Licence (NSW EPA)', 'HR Truck Licence', 'Apply First Aid'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '12-instrumentation-gurpreetsidhu',
    style: { dateStyle: 'monthName', headerStyle: 'titleThenEmployer', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Gurpreet Sidhu',
        label: 'Instrument Technician, Red Seal (Lead Hand)',
        email: 'gurpreet.sidhu.inst@example.com',
        phone: '(780) 555-0157',
        summary: 'Instrumentation and control technician for ten years, lead hand for three, at a sour gas processing plant. I calibrate and troubleshoot transmitters, control valves and analyzers, work on the DCS and safety systems with the control room, and lead the instrument crew on turnarounds.',
        location: { city: 'Grande Prairie', region: 'AB' },
        profiles: [{ network: 'LinkedIn', username: 'gurpreet-sidhu', url: 'https://linkedin.com/in/gurpreet-sidhu' }],
      },
      work: [
        {
          name: 'Smoky River Gas Plant (Peace Basin Midstream)', position: 'Instrument Technician, Lead Hand', location: 'Grande Prairie, AB', startDate: '2023-04',
          highlights: [
            'Lead four instrument techs on preventive maintenance, calibrations and breakdowns across inlet, amine, sulphur recovery and compression.',
            'Calibrate and troubleshoot pressure, level, flow and temperature transmitters, control valves and positioners with HART communicators.',
            'Test shutdown valves and safety instrumented functions to the plant procedures; keep the bypass log and loop folders current.',
            'Maintain H2S detectors and gas chromatographs; write work orders and scopes in SAP for the turnaround.',
          ],
        },
        {
          name: 'Smoky River Gas Plant (Peace Basin Midstream)', position: 'Instrument Technician', location: 'Grande Prairie, AB', startDate: '2016-05', endDate: '2023-03',
          highlights: ['Journeyman from 2018: loop checks, calibrations and turnaround work; apprentice before that.'],
        },
      ],
      education: [{ institution: 'Northern Alberta Institute of Technology (NAIT)', studyType: 'Apprenticeship', area: 'Instrumentation and Control Technician', startDate: '2014-09', endDate: '2018-04' }],
      skills: [
        { name: 'Instrumentation', keywords: ['Transmitter Calibration', 'Control Valves and Positioners', 'HART Communicators', 'Loop Checks', 'Gas Chromatographs', 'Gas Detection', 'DeltaV DCS', 'Safety Instrumented Systems'] },
        { name: 'Safety', keywords: ['H2S Alive', 'Standard First Aid', 'Confined Space Entry', 'CSTS-2020', 'Arc Flash (CSA Z462)', 'Ground Disturbance Level II'] },
        { name: 'Certifications', keywords: ['Journeyperson Instrumentation and Control Technician, Red Seal', 'SAP PM'] },
      ],
      languages: [{ language: 'English', fluency: 'Fluent' }, { language: 'Punjabi', fluency: 'Native' }],
    },
  },
];

/** Korean résumés: rendered by scripts/build-korean-resume-corpus.mjs (`style`: locationText, dateStyle, ongoingWord, nameStyle, headerStyle). */
export const KOREAN_PEOPLE = [
  {
    id: '13-layerfarm-choiyoungho',
    style: { locationText: '경기도 포천시 영중면', dateStyle: 'dotSpaced', ongoingWord: '현재', nameStyle: 'plain', headerStyle: 'pipeOneLine' },
    resume: {
      basics: {
        name: '최영호',
        label: '산란계 농장장',
        email: 'youngho.choi@example.kr',
        phone: '010-3917-5524',
        summary: '산란계 농장에서 12년, 20만 수 규모 무창계사 농장의 농장장으로 5년째 일하고 있습니다. 입추부터 산란, 도태까지 계군 관리와 집란, 선별, 출하를 맡고 직원 6명을 관리합니다. 고병원성 조류인플루엔자(AI) 특별방역 기간의 차단방역과 난각 표시, 식용란 선별포장 기준을 지킵니다.',
        location: { city: '포천시', region: '경기도' },
      },
      work: [
        {
          name: '한울농장', position: '농장장', location: '경기 포천', startDate: '2021-03',
          highlights: [
            '산란계 20만 수(케이지 4개동)의 입추, 점등 관리, 사료 급여, 산란율과 폐사율 관리를 합니다.',
            '자동 집란 라인과 선별기 운영, 난각 표시(산란일자, 농장 고유번호, 사육환경번호)와 식용란 출하를 관리합니다.',
            'AI 특별방역 기간 소독, 출입 통제, 야생조류 차단망 점검과 방역 일지, 정밀검사 시료 채취에 협조합니다.',
            '직원 6명(외국인 근로자 3명) 근무표와 안전 교육, 계사 환기와 온도 설비 점검을 맡습니다.',
          ],
        },
        {
          name: '연천양계', position: '계사 관리 직원', location: '경기 연천', startDate: '2014-02', endDate: '2021-02',
          highlights: ['육추사와 산란계사 관리, 백신 접종(음수, 분무), 집란과 계분 처리를 했습니다.'],
        },
      ],
      education: [{ institution: '대구대학교', studyType: '학사', area: '동물자원학과', startDate: '2008-03', endDate: '2014-02' }],
      skills: [
        { name: '사양 관리', keywords: ['산란계 사양 관리', '점등 관리', '산란율 관리', '백신 접종', '계사 환기 관리', '집란 및 선별'] },
        { name: '방역·위생', keywords: ['AI 차단방역', '방역 일지', '난각 표시', '식용란 선별포장', '직원 관리'] },
      ],
      certificates: [
        { name: '축산기사', issuer: '한국산업인력공단', date: '2013-08' },
        { name: '농장 HACCP 내부검증원 교육 수료', issuer: '한국식품안전관리인증원', date: '2019-06' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2008-11' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '14-carcassgrading-hanseojin',
    style: { locationText: '전라북도 익산시 부송동', dateStyle: 'korean', ongoingWord: '재직중', nameStyle: 'withLatin', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '한서진',
        label: '축산물 등급판정사',
        email: 'seojin.han@example.kr',
        phone: '010-6628-1407',
        summary: '축산물 등급판정사로 6년째 일하고 있습니다. 도축장에 상주하며 소와 돼지 도체의 육질등급과 육량등급을 판정하고, 등급판정 결과를 전산에 입력하고 확인서를 발급합니다. 이의 신청과 재판정 절차, 축산물이력제 확인을 맡습니다.',
        location: { city: '익산시', region: '전라북도' },
      },
      work: [
        {
          name: '축산물등급평가원 호남지원', position: '등급판정사', location: '전북 익산 (도축장 상주)', startDate: '2020-07',
          highlights: [
            '소 도체의 등심 단면에서 근내지방도, 육색, 지방색, 조직감, 성숙도를 보고 육질등급을 판정합니다.',
            '등지방 두께와 배최장근 단면적을 재어 육량등급을 매기고, 돼지 도체는 도체중과 등지방 두께로 등급을 판정합니다.',
            '등급판정 결과를 전산에 입력하고 등급판정확인서를 발급하며, 이력번호와 도체 표시를 대조합니다.',
            '도축장 작업 일정에 맞춰 새벽 근무를 하고, 재판정 신청이 들어오면 절차에 따라 처리합니다.',
          ],
        },
        {
          name: '전북축산업협동조합 식육센터', position: '식육 가공 품질관리', location: '전북 전주', startDate: '2017-03', endDate: '2020-06',
          highlights: ['부분육 가공 공정의 위생 점검, 온도 기록과 HACCP 일지 관리를 했습니다.'],
        },
      ],
      education: [{ institution: '전북대학교', studyType: '학사', area: '동물생명공학과', startDate: '2012-03', endDate: '2016-02' }],
      skills: [
        { name: '등급판정', keywords: ['소 도체 등급판정', '돼지 도체 등급판정', '육질등급', '육량등급', '등급판정확인서 발급', '축산물이력제'] },
        { name: '품질·위생', keywords: ['HACCP 일지 관리', '식육 위생 점검', '전산 입력'] },
      ],
      certificates: [
        { name: '축산물등급판정사', issuer: '축산물등급평가원', date: '2020-05' },
        { name: '식육처리기능사', issuer: '한국산업인력공단', date: '2016-11' },
        { name: '2종 보통 운전면허', issuer: '경찰청', date: '2012-01' },
      ],
      languages: [{ language: '영어', fluency: '중급' }],
    },
  },
  {
    id: '15-dentallab-yoonsangmin',
    style: { locationText: '서울특별시 성동구 성수동2가', dateStyle: 'dot', ongoingWord: '현재', nameStyle: 'spaced', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '윤상민',
        label: '치과기공사 (기공소 실장)',
        email: 'sangmin.yoon@example.kr',
        phone: '010-5570-2938',
        summary: '치과기공사 면허를 받고 11년째 일하고 있으며, 3년 전부터 기공소 실장을 맡고 있습니다. 지르코니아 크라운과 브릿지, 임플란트 보철을 주로 만들고, 구강 스캔 데이터로 CAD 디자인과 밀링까지 합니다. 거래 치과 20여 곳의 의뢰서와 납기를 관리합니다.',
        location: { city: '성동구', region: '서울특별시' },
      },
      work: [
        {
          name: '스마일라인 치과기공소', position: '실장', location: '서울 성동구', startDate: '2023-02',
          highlights: [
            '거래 치과 20여 곳의 치과기공물 의뢰서를 받아 작업을 배분하고 납기와 재제작을 관리합니다.',
            '지르코니아, e.max 크라운과 브릿지, 임플란트 상부 보철(커스텀 어버트먼트)을 디자인하고 제작합니다.',
            '구강 스캐너 데이터로 exocad 디자인 후 밀링기와 소결로를 운영하고, 포세린 축성과 스테인으로 색을 맞춥니다.',
            '기공사 4명의 작업 품질을 검수하고 치과와 색조, 교합 문제를 조율합니다.',
          ],
        },
        {
          name: '한빛 치과기공소', position: '치과기공사', location: '서울 광진구', startDate: '2015-03', endDate: '2023-01',
          highlights: ['모형 제작, 왁스업, 주조, 메탈 세라믹 크라운과 포세린 축성을 했습니다.'],
        },
      ],
      education: [{ institution: '신구대학교', studyType: '전문학사', area: '치기공과', startDate: '2012-03', endDate: '2015-02' }],
      skills: [
        { name: '보철 제작', keywords: ['지르코니아 크라운', '임플란트 보철', '포세린 축성', '메탈 세라믹', '모형 제작', '왁스업'] },
        { name: '디지털', keywords: ['exocad', '3Shape Dental System', '밀링기 운영', '구강 스캔 데이터', '3D 프린터'] },
      ],
      certificates: [
        { name: '치과기공사 면허', issuer: '보건복지부', date: '2015-01' },
        { name: '2종 보통 운전면허', issuer: '경찰청', date: '2014-07' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '16-dancheong-songmira',
    style: { locationText: '경상북도 경주시 황남동', dateStyle: 'dash', ongoingWord: '재직 중', nameStyle: 'withLatin', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '송미라',
        label: '단청 기능자 (문화재수리기능자 화공)',
        email: 'mira.song@example.kr',
        phone: '010-8842-3175',
        summary: '인테리어 도장공으로 7년 일한 뒤 단청에 입문해 8년째 문화재 수리 현장에서 단청을 하고 있습니다. 문화재수리기능자(화공) 자격을 갖고, 사찰과 한옥 건축물의 단청 보수와 신규 단청, 고색 단청을 합니다. 초 뜨기, 바탕칠, 채화와 금단청 문양 작업을 합니다.',
        location: { city: '경주시', region: '경상북도' },
      },
      work: [
        {
          name: '서라벌 단청공방', position: '화공', location: '경북 경주', startDate: '2018-04',
          highlights: [
            '사찰 대웅전과 누각의 단청 보수 공사에서 기존 문양을 조사하고 초를 떠서 같은 문양으로 복원합니다.',
            '가칠, 뇌록 바탕칠, 채색과 먹기화, 금단청과 모로단청 문양 작업을 합니다.',
            '전통 안료와 아교 배합, 동유 칠을 하고 작업 전후 사진과 작업 일지를 남깁니다.',
            '비계 위 작업 안전 수칙을 지키고 문화재 수리 감리자의 검측에 대응합니다.',
          ],
        },
        {
          name: '대구 라인인테리어', position: '도장공', location: '대구 수성구', startDate: '2011-03', endDate: '2018-02',
          highlights: ['주택과 상가 실내 도장, 퍼티 작업과 수성 페인트, 에폭시 바닥 도장을 했습니다.'],
        },
      ],
      education: [{ institution: '한국전통문화대학교 전통문화교육원', studyType: '수료', area: '단청 전문과정', startDate: '2017-03', endDate: '2018-02' }],
      skills: [
        { name: '단청', keywords: ['초 뜨기', '가칠', '채화', '금단청', '모로단청', '고색 단청', '전통 안료 배합'] },
        { name: '현장', keywords: ['문화재 수리 현장', '실내 도장', '비계 작업', '작업 일지 작성'] },
      ],
      certificates: [
        { name: '문화재수리기능자 (화공)', issuer: '문화재청', date: '2021-09' },
        { name: '도장기능사', issuer: '한국산업인력공단', date: '2012-05' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
];
