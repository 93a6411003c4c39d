// The content of the wave 23 held-back analysis set (test/fixtures/analysis/heldback-w23/, issue #12):
// sixteen fictional people, twelve written in English and four in Korean, each of an occupation that no
// earlier analysis set or résumé corpus has (public corpus, fresh, holdout 1–18, the Korean corpus,
// heldback-w7 … heldback-w22): certified specialist in poison information (once an emergency nurse), public
// health inspector, county veterans service officer (once an Army soldier), rail revenue protection inspector,
// tunnel boring machine operator, underground utility locator, soil conservation technician, deer farm
// manager, stock and station agent, water hygiene (Legionella control) technician, sawfiler, victim witness
// advocate (once a 911 call taker); 곤충사육사, 항로표지관리원, 금연상담사 (once a 간호사), 발파 기술자 (화약류관리).
// Fields are spread on purpose, all far from software, and most of the postings ask first for credentials,
// licences and procedures (health, trades, transport, public service, agriculture): a regional poison centre,
// an Ontario public health unit, a county veterans office, a train operating company, a tunnelling joint
// venture, a locating contractor, a USDA field office, a Southland deer farm, a New South Wales agency, a water
// hygiene contractor, a British Columbia sawmill, a county prosecutor's office, a 곤충 농장, a 지방해양수산청,
// a 보건소 금연클리닉, a 터널 공사 발파 전문 업체.
// Seniorities run from a locator of three years to a sawfiler of eighteen; leads (the deer farm manager, the
// head sawfiler, the 발파 현장 책임자, the 곤충 농장장) and individual contributors; four career changers (the
// poison specialist, the veterans service officer, the victim advocate, the 금연상담사) and one return to work
// (the stock agent, back after two years caring for her father).
// Written in full on 2026-12-02 by an engineer who does not tune the analysis, before anything was rendered
// or scored; the set is frozen by hash (manifest.json) and never tuned on. Names and employers are invented
// by hand (schools, certifying bodies, regulators and products are real); phone numbers use fictional ranges
// (US 555-01xx, Ofcom drama 0161 496 0xxx, 020 7946 0xxx, 0113 496 0xxx, Canada 555-01xx, Australia
// 0491 570 xxx, New Zealand 021 555 0xxx made up; the Korean ones are made up); e-mail at example.com /
// example.kr. The English text keeps to characters pdflatex typesets (no degree signs, no mathematical
// symbols, no ampersands or per cent signs). The English renderer prints no certificates section, so each
// English person names their credentials among their skills too.

/** English résumés: rendered by scripts/build-resume-corpus.mjs (`style`: dateStyle, headerStyle, linkScheme, bulletGlyph). */
export const ENGLISH_PEOPLE = [
  {
    id: '01-poisoncontrol-meganrourke',
    style: { dateStyle: 'monthName', headerStyle: 'titleThenEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Megan Rourke',
        label: 'Certified Specialist in Poison Information (RN, CSPI)',
        email: 'megan.rourke.rn@example.com',
        phone: '412-555-0143',
        summary: 'Registered nurse and certified specialist in poison information. Four years answering the poison help line at a regional poison center, after six years as an emergency department nurse. I take calls from the public, nurses and physicians, assess exposures, give first-aid and treatment advice with the toxicologist on call, and follow cases to the end.',
        location: { city: 'Pittsburgh', region: 'PA' },
      },
      work: [
        {
          name: 'Three Rivers Regional Poison Center', position: 'Specialist in Poison Information', location: 'Pittsburgh, PA', startDate: '2022-01',
          highlights: [
            'Answer poison help line calls around the clock on 12-hour shifts: take the history, judge whether the caller can stay home and give home management advice.',
            'Advise emergency physicians and nurses on decontamination, antidotes and lab monitoring for overdoses, bites and stings, consulting the medical toxicologist on call.',
            'Make follow-up calls on open cases and code every call in ToxSentry for the national poison data system.',
            'Give talks on medicine safety to parent groups and senior centers.',
          ],
        },
        {
          name: 'Allegheny Heights Hospital', position: 'Staff Nurse, Emergency Department', location: 'Pittsburgh, PA', startDate: '2015-09', endDate: '2021-12',
          highlights: ['Triaged and cared for adult and pediatric patients in a level II trauma center; charge nurse on nights for the last two years.'],
        },
      ],
      education: [{ institution: 'Duquesne University', studyType: 'Bachelor of Science in Nursing', area: 'Nursing', startDate: '2011-08', endDate: '2015-05' }],
      skills: [
        { name: 'Toxicology', keywords: ['Exposure Assessment', 'Home Management Advice', 'Antidotes', 'Decontamination', 'Poisindex', 'ToxSentry', 'Case Follow-Up'] },
        { name: 'Nursing', keywords: ['Emergency Nursing', 'Triage', 'Pediatric Patients', 'Charge Nurse'] },
        { name: 'Licences and Certifications', keywords: ['RN, Pennsylvania', 'CSPI (AAPCC)', 'BLS', 'ACLS', 'PALS'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '02-healthinspection-arjunmehta',
    style: { dateStyle: 'isoMonth', headerStyle: 'employerThenTitle', linkScheme: true, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Arjun Mehta',
        label: 'Public Health Inspector, CPHI(C)',
        email: 'arjun.mehta.phi@example.com',
        phone: '905-555-0126',
        summary: 'Certified public health inspector with eight years at a regional public health unit in Ontario. I inspect food premises, personal service settings, recreational water and small drinking water systems, follow up complaints and enforce the Health Protection and Promotion Act.',
        location: { city: 'Hamilton', region: 'ON' },
      },
      work: [
        {
          name: 'Niagara Escarpment Public Health', position: 'Public Health Inspector', location: 'Hamilton, ON', startDate: '2017-06',
          highlights: [
            'Carry a caseload of about 240 food premises: routine and re-inspections, risk categorization and disclosure of results on the public website.',
            'Inspect tattoo, esthetics and nail salons for infection prevention, and public pools and spas for water chemistry and safety.',
            'Investigate complaints, enteric outbreaks in long-term care homes and suspected food poisoning, and take food and water samples.',
            'Issue orders and Provincial Offences Act tickets, and close premises when a health hazard is found.',
            'Take after-hours on-call duty one week in six.',
          ],
        },
        {
          name: 'Niagara Escarpment Public Health', position: 'Public Health Inspector (Practicum Student)', location: 'Hamilton, ON', startDate: '2016-05', endDate: '2016-12',
          highlights: ['Completed the 12-week field practicum toward the CPHI(C) certificate, shadowing food, water and rabies investigations.'],
        },
      ],
      education: [{ institution: 'Toronto Metropolitan University', studyType: 'Bachelor of Applied Science', area: 'Environmental and Occupational Health', startDate: '2012-09', endDate: '2016-04' }],
      skills: [
        { name: 'Inspection', keywords: ['Food Premises Inspection', 'Personal Service Settings', 'Recreational Water', 'Small Drinking Water Systems', 'Outbreak Investigation', 'Sampling'] },
        { name: 'Law and Enforcement', keywords: ['Health Protection and Promotion Act', 'Ontario Food Premises Regulation', 'Provincial Offences Act', 'Orders and Closures'] },
        { name: 'Certifications', keywords: ['CPHI(C)', 'Food Handler Certification Trainer'] },
        { name: 'Tools', keywords: ['Hedgehog', 'Microsoft Office'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Hindi', fluency: 'Fluent' }, { language: 'Punjabi', fluency: 'Conversational' }],
    },
  },
  {
    id: '03-veteransservice-darnellwhitaker',
    style: { dateStyle: 'slashMonth', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Darnell Whitaker',
        label: 'County Veterans Service Officer',
        email: 'darnell.whitaker.cvso@example.com',
        phone: '919-555-0187',
        summary: 'Veterans service officer for five years with a county veterans office in North Carolina, after twelve years in the US Army as a human resources sergeant. I help veterans, their families and survivors file VA claims for disability compensation, pension and burial benefits, and represent them through reviews and appeals.',
        location: { city: 'Fayetteville', region: 'NC' },
      },
      work: [
        {
          name: 'Sandhills County Veterans Services', position: 'Veterans Service Officer', location: 'Fayetteville, NC', startDate: '2020-07',
          highlights: [
            'Meet veterans and survivors, gather service records, medical evidence and buddy statements, and file claims in VBMS and the VA intent to file process.',
            'Prepare supplemental claims and higher-level reviews, and help clients before the Board of Veterans Appeals hearings.',
            'Explain health care enrollment, education benefits and state property tax exclusions; refer to housing and crisis services.',
            'Hold outreach clinics at the library and VFW posts twice a month.',
          ],
        },
        {
          name: 'US Army', position: 'Human Resources Sergeant', location: 'Fort Liberty, NC', startDate: '2008-06', endDate: '2020-06',
          highlights: ['Ran personnel actions, evaluations and awards for a battalion of 600 soldiers; two deployments.'],
        },
      ],
      education: [{ institution: 'Fayetteville Technical Community College', studyType: 'Associate in Applied Science', area: 'Human Resources Management', startDate: '2014-01', endDate: '2017-12' }],
      skills: [
        { name: 'Claims', keywords: ['Disability Compensation Claims', 'Pension Claims', 'Survivor Benefits', 'Supplemental Claims', 'Higher-Level Review', 'VBMS'] },
        { name: 'Client Service', keywords: ['Case Management', 'Outreach', 'Crisis Referral'] },
        { name: 'Accreditation', keywords: ['VA Accredited (Veterans Service Organization)', 'NACVSO Certified', 'Secret Clearance (inactive)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '04-revenueprotection-shaunbrierley',
    style: { dateStyle: 'fullMonthName', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Shaun Brierley',
        label: 'Revenue Protection Inspector',
        email: 'shaun.brierley.rpi@example.com',
        phone: '0161 496 0734',
        summary: 'Revenue protection inspector for six years on a northern train operating company, after four years as a conductor. I check tickets on trains and at barrier lines, issue penalty fares and unpaid fare notices, interview fare evaders under caution and prepare prosecution files.',
        location: { city: 'Manchester', region: 'Greater Manchester' },
      },
      work: [
        {
          name: 'Pennine Northern Rail', position: 'Revenue Protection Inspector', location: 'Manchester Piccadilly', startDate: '2019-04',
          highlights: [
            'Check tickets and railcards on trains and at gatelines, and issue penalty fares and unpaid fare notices.',
            'Interview suspected fare evaders under caution to PACE and write witness statements and case files for prosecution under the Regulation of Railways Act.',
            'Work with British Transport Police on joint operations and deal with conflict and abusive passengers.',
            'Use the handheld ticket machine and body-worn video, and report trends in fraud and railcard misuse.',
          ],
        },
        {
          name: 'Pennine Northern Rail', position: 'Conductor', location: 'Manchester', startDate: '2015-02', endDate: '2019-03',
          highlights: ['Responsible for safe door operation, dispatch and passenger safety on local and regional services; sold and checked tickets.'],
        },
      ],
      education: [{ institution: 'Stockport College', studyType: 'BTEC Level 3', area: 'Public Services', startDate: '2010-09', endDate: '2012-06' }],
      skills: [
        { name: 'Revenue Protection', keywords: ['Penalty Fares', 'Unpaid Fare Notices', 'Interview Under Caution', 'Witness Statements', 'Prosecution Files', 'Railcard Checks'] },
        { name: 'Safety', keywords: ['Conflict Management', 'Body-Worn Video', 'Door Operation', 'Rule Book'] },
        { name: 'Qualifications', keywords: ['Level 3 Certificate in Revenue Protection', 'PACE Trained', 'Conductor Competence (lapsed)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '05-tunnelling-declanmurphy',
    style: { dateStyle: 'year', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Declan Murphy',
        label: 'TBM Operator',
        email: 'declan.murphy.tbm@example.com',
        phone: '020 7946 0583',
        summary: 'Tunnel boring machine operator for eight years on London infrastructure projects, after four years as a tunnel operative and ring builder. I drive earth pressure balance and slurry TBMs, control face pressure and advance, and log every ring.',
        location: { city: 'London', region: 'Greater London' },
      },
      work: [
        {
          name: 'Thames Deep Tunnelling JV', position: 'TBM Operator', location: 'London', startDate: '2020-03',
          highlights: [
            'Drive an 8.8 m EPB TBM from the operator cabin: control face pressure, thrust, cutterhead speed and screw conveyor, and steer to the guidance system.',
            'Keep the ring build log and shift reports, and watch grout volumes and settlement readings from the monitoring team.',
            'Work with the ring build gang and the fitters on cutter changes under compressed air interventions.',
            'Attend daily briefings, permits to work and emergency drills in the tunnel.',
          ],
        },
        {
          name: 'Lea Valley Civils', position: 'TBM Operator', location: 'London', startDate: '2017-01', endDate: '2020-02',
          highlights: ['Drove a slurry TBM on a 4.5 km sewer tunnel; ran the separation plant on nights.'],
        },
        {
          name: 'Lea Valley Civils', position: 'Tunnel Operative and Ring Builder', location: 'London', startDate: '2013-01', endDate: '2016-12',
          highlights: ['Built segmental rings, laid track and ran loco loads in the tunnel.'],
        },
      ],
      education: [{ institution: 'Tunnelling and Underground Construction Academy', studyType: 'NVQ Level 2', area: 'Tunnelling Operations', startDate: '2013-03', endDate: '2014-02' }],
      skills: [
        { name: 'Tunnelling', keywords: ['EPB TBM', 'Slurry TBM', 'Face Pressure Control', 'TBM Guidance', 'Ring Build Log', 'Segment Erection', 'Compressed Air Interventions'] },
        { name: 'Cards and Tickets', keywords: ['CSCS Blue Card', 'Tunnel Safety Card', 'Compressed Air Medical', 'Confined Space (Medium Risk)', 'CCNSG'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Irish', fluency: 'Basic' }],
    },
  },
  {
    id: '06-utilitylocating-coreylindqvist',
    style: { dateStyle: 'monthName', headerStyle: 'oneLineComma', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Corey Lindqvist',
        label: 'Underground Utility Locator',
        email: 'corey.lindqvist@example.com',
        phone: '651-555-0119',
        summary: 'Utility locator for three years with a locating contractor in the Twin Cities. I work Gopher State One Call tickets: locate and mark gas, electric, telecom and water lines before digging, and document every locate.',
        location: { city: 'Saint Paul', region: 'MN' },
      },
      work: [
        {
          name: 'North Star Locating Services', position: 'Utility Locator II', location: 'Saint Paul, MN', startDate: '2023-02',
          highlights: [
            'Work 25 to 40 one call tickets a day: read the ticket and facility maps, locate with inductive and conductive methods, and mark with paint and flags to APWA colors.',
            'Locate natural gas mains and services, power and fiber for three utility owners, including emergency tickets after hours.',
            'Photograph and close every ticket in the handheld, and call contractors when a locate cannot be finished on time.',
            'Report damages and near misses and take part in root cause reviews.',
          ],
        },
        {
          name: 'Cedar Lake Landscaping', position: 'Crew Member', location: 'Roseville, MN', startDate: '2020-04', endDate: '2023-01',
          highlights: ['Installed irrigation and pavers; drove the company truck and trailer.'],
        },
      ],
      education: [{ institution: 'Saint Paul College', studyType: 'Certificate', area: 'Landscape Horticulture', startDate: '2018-09', endDate: '2019-05' }],
      skills: [
        { name: 'Locating', keywords: ['Radiodetection RD8100', 'Inductive and Conductive Locating', 'Facility Maps', 'APWA Color Code', 'One Call Tickets', 'Damage Reporting'] },
        { name: 'Qualifications', keywords: ['Operator Qualification (Gas Locating)', 'NULCA Certified Locator', 'OSHA 10', 'Class D Driver License'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '07-soilconservation-amandasorensen',
    style: { dateStyle: 'slashMonth', headerStyle: 'titleLineBelow', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Amanda Sorensen',
        label: 'Soil Conservation Technician',
        email: 'amanda.sorensen.soils@example.com',
        phone: '515-555-0168',
        summary: 'Soil conservation technician for seven years in a USDA service center in central Iowa. I help farmers plan and build conservation practices: terraces, grassed waterways, buffers and cover crops, and check that practices meet the standard before payments are made.',
        location: { city: 'Ames', region: 'IA' },
      },
      work: [
        {
          name: 'Story County USDA Service Center', position: 'Soil Conservation Technician', location: 'Nevada, IA', startDate: '2018-05',
          highlights: [
            'Survey and design terraces, grassed waterways and water and sediment control basins with RTK GPS and AutoCAD Civil 3D.',
            'Stake out practices, inspect construction and certify completed practices to the Field Office Technical Guide.',
            'Help landowners with EQIP and CSP applications, and write conservation plans with the district conservationist.',
            'Do spot checks of highly erodible land and wetland compliance.',
          ],
        },
        {
          name: 'Prairie Soil and Water Conservation District', position: 'Conservation Assistant', location: 'Ames, IA', startDate: '2016-06', endDate: '2018-04',
          highlights: ['Ran the cost-share paperwork, took soil samples and helped with the county no-till drill rental.'],
        },
      ],
      education: [{ institution: 'Iowa State University', studyType: 'Bachelor of Science', area: 'Agronomy', startDate: '2012-08', endDate: '2016-05' }],
      skills: [
        { name: 'Conservation Practices', keywords: ['Terraces', 'Grassed Waterways', 'WASCOBs', 'Cover Crops', 'Field Office Technical Guide', 'Conservation Planning'] },
        { name: 'Survey and Design', keywords: ['RTK GPS', 'AutoCAD Civil 3D', 'ArcGIS Pro', 'Construction Inspection'] },
        { name: 'Programs', keywords: ['EQIP', 'CSP', 'Highly Erodible Land Compliance'] },
        { name: 'Certifications', keywords: ['Job Approval Authority (Terraces, Waterways)', 'Iowa Driver License'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '08-deerfarming-hamishtaylor',
    style: { dateStyle: 'year', headerStyle: 'titleThenEmployer', linkScheme: false, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Hamish Taylor',
        label: 'Deer Farm Manager',
        email: 'hamish.taylor.deer@example.com',
        phone: '021 555 0342',
        summary: 'Deer farm manager for nine years on a 1,400-hectare breeding and velvet property in Southland, with two staff, after six years on sheep and beef farms. I run the hinds, stags and weaners through the year: fawning, weaning, velvet removal, animal health and feed budgets.',
        location: { city: 'Gore', region: 'Southland' },
      },
      work: [
        {
          name: 'Waimea Plains Deer Company', position: 'Farm Manager', location: 'Gore, Southland', startDate: '2016',
          highlights: [
            'Manage 2,800 red deer: hinds, replacement stock, velvet stags and weaners, with two farm staff.',
            'Plan the velvetting season with the vet and remove velvet under the National Velvet Standards Body programme.',
            'Run weaning, tagging and NAIT recording, drafting and sending venison stock to the processor.',
            'Keep feed budgets, winter crop and pasture plans, and the farm environment plan.',
          ],
        },
        {
          name: 'Hokonui Station', position: 'Shepherd', location: 'Southland', startDate: '2010', endDate: '2015',
          highlights: ['Mustering, lambing beats, drenching and docking on a sheep and beef station; trained my own dogs.'],
        },
      ],
      education: [{ institution: 'Telford (Lincoln University)', studyType: 'Certificate', area: 'Agriculture', startDate: '2008', endDate: '2009' }],
      skills: [
        { name: 'Deer Farming', keywords: ['Velvet Removal', 'Deer Handling', 'Fawning', 'Weaning', 'NAIT Recording', 'Venison Supply'] },
        { name: 'Farm Management', keywords: ['Feed Budgeting', 'Pasture Management', 'Farm Environment Plan', 'Staff Management'] },
        { name: 'Certificates', keywords: ['NVSB Velvet Certificate', 'Growsafe Standard', 'Chainsaw Certificate', 'Full Driver Licence (Class 1)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '09-stockagent-kirstymacleod',
    style: { dateStyle: 'isoMonth', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Kirsty MacLeod',
        label: 'Livestock Agent',
        email: 'kirsty.macleod.stock@example.com',
        phone: '0491 570 226',
        summary: 'Livestock agent with seven years at a stock and station agency in the New England region, returning after two years at home caring for my father. I sell cattle and sheep at the saleyards and on AuctionsPlus, run private sales to feedlots and processors, and look after about 120 clients.',
        location: { city: 'Armidale', region: 'NSW' },
      },
      work: [
        {
          name: 'Tablelands Stock and Station Agents', position: 'Livestock Agent', location: 'Armidale, NSW', startDate: '2016-02', endDate: '2023-03',
          highlights: [
            'Drafted, penned and sold cattle and sheep at the weekly Armidale sale and the monthly store sales; assessed stock on farm for AuctionsPlus listings.',
            'Arranged private sales to feedlots and processors and booked trucks; checked NVDs, NLIS transfers and PIC numbers on every consignment.',
            'Ran clearing sales and helped clients with stock budgets and market reports.',
          ],
        },
        {
          name: 'Tablelands Stock and Station Agents', position: 'Trainee Agent', location: 'Armidale, NSW', startDate: '2014-01', endDate: '2016-01',
          highlights: ['Yard work, weighing and penning at sales; office work on account sales.'],
        },
      ],
      education: [{ institution: 'University of New England', studyType: 'Bachelor of Agriculture', area: 'Livestock Production', startDate: '2010-02', endDate: '2013-11' }],
      skills: [
        { name: 'Livestock Selling', keywords: ['Saleyard Auctions', 'AuctionsPlus Assessment', 'Private Treaty Sales', 'Clearing Sales', 'Stock Drafting'] },
        { name: 'Compliance', keywords: ['NLIS', 'NVDs', 'PIC Records', 'LPA Accredited'] },
        { name: 'Licences', keywords: ['Stock and Station Agent Licence (NSW)', 'Auctioneer Accreditation', 'Class MR Licence'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '10-legionellacontrol-priyachauhan',
    style: { dateStyle: 'fullMonthName', headerStyle: 'employerThenTitle', linkScheme: true, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Priya Chauhan',
        label: 'Water Hygiene Technician',
        email: 'priya.chauhan.water@example.com',
        phone: '0113 496 0271',
        summary: 'Water hygiene technician for five years with a water treatment contractor in Leeds. I carry out Legionella control on hot and cold water systems in hospitals, care homes and offices: monthly temperature checks, sampling, tank inspections and disinfection.',
        location: { city: 'Leeds', region: 'West Yorkshire' },
      },
      work: [
        {
          name: 'Aire Water Hygiene Ltd', position: 'Water Hygiene Technician', location: 'Leeds', startDate: '2020-09',
          highlights: [
            'Carry out monthly sentinel outlet temperature checks, quarterly shower descale and disinfection and annual cold water tank inspections to ACOP L8 and HSG274.',
            'Take Legionella and TVC samples to BS 7592 and send them to the UKAS lab, and log results in the client logbook.',
            'Chlorinate new and altered systems to BS EN 806 and BS 8558 and issue certificates.',
            'Service thermostatic mixing valves and flush little-used outlets in NHS wards.',
          ],
        },
        {
          name: 'Kirkstall Facilities Services', position: 'Maintenance Assistant', location: 'Leeds', startDate: '2018-03', endDate: '2020-08',
          highlights: ['Planned maintenance rounds in office buildings; fixed taps, lights and doors.'],
        },
      ],
      education: [{ institution: 'Leeds City College', studyType: 'Level 2 Diploma', area: 'Plumbing Studies', startDate: '2016-09', endDate: '2018-06' }],
      skills: [
        { name: 'Water Hygiene', keywords: ['Legionella Control', 'Temperature Monitoring', 'Water Sampling', 'Tank Inspections', 'System Disinfection', 'TMV Servicing'] },
        { name: 'Standards', keywords: ['ACOP L8', 'HSG274', 'BS 7592', 'BS 8558'] },
        { name: 'Qualifications', keywords: ['City and Guilds Legionella Control', 'WRAS Approved Plumber', 'CSCS Card', 'Full UK Driving Licence'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Gujarati', fluency: 'Conversational' }],
    },
  },
  {
    id: '11-sawfiling-garethlund',
    style: { dateStyle: 'monthName', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Gareth Lund',
        label: 'Head Sawfiler, Red Seal',
        email: 'gareth.lund.saws@example.com',
        phone: '250-555-0154',
        summary: 'Head sawfiler with eighteen years in British Columbia sawmills, journeyperson since 2011. I run the filing room of a dimension lumber mill with three filers: bandsaws, circular saws and chipper knives, and I work with the sawyers on saw performance.',
        location: { city: 'Prince George', region: 'BC' },
      },
      work: [
        {
          name: 'Fraser Plateau Lumber', position: 'Head Sawfiler', location: 'Prince George, BC', startDate: '2016-05',
          highlights: [
            'Lead a crew of three filers on two shifts and plan saw changes with the sawmill supervisor.',
            'Level, tension and bench bandsaws, tip and grind carbide circular saws, and set up the Vollmer and Iseli grinders.',
            'Track saw running time and deviation, and work with the sawyers to fix washboarding and snaking.',
            'Keep lockout and safe work procedures for the filing room and train apprentices.',
          ],
        },
        {
          name: 'Nechako Forest Products', position: 'Sawfiler (Apprentice to Journeyperson)', location: 'Vanderhoof, BC', startDate: '2007-03', endDate: '2016-04',
          highlights: ['Filed bandsaws and gang saws, welded cracks and changed chipper knives; apprenticeship through the College of New Caledonia.'],
        },
      ],
      education: [{ institution: 'College of New Caledonia', studyType: 'Apprenticeship Technical Training', area: 'Sawfiler', startDate: '2007-09', endDate: '2011-04' }],
      skills: [
        { name: 'Filing', keywords: ['Bandsaw Levelling and Tensioning', 'Carbide Tipping', 'Circular Saws', 'Chipper Knives', 'Vollmer Grinders', 'Iseli Grinders'] },
        { name: 'Mill', keywords: ['Saw Performance Troubleshooting', 'Lockout', 'Apprentice Training'] },
        { name: 'Certifications', keywords: ['Sawfiler Red Seal', 'BC Journeyperson Sawfiler', 'Occupational First Aid Level 1'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '12-victimadvocacy-rosaliealvarado',
    style: { dateStyle: 'slashMonth', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Rosalie Alvarado',
        label: 'Victim Witness Advocate',
        email: 'rosalie.alvarado.vwa@example.com',
        phone: '505-555-0131',
        summary: 'Victim witness advocate for three years in a district attorney office, after five years as a 911 call taker. I support victims of violent crime through the court process: notifications, court accompaniment, safety planning and crime victims reparation claims.',
        location: { city: 'Albuquerque', region: 'NM' },
      },
      work: [
        {
          name: 'Second Judicial District Attorney', position: 'Victim Witness Advocate', location: 'Albuquerque, NM', startDate: '2022-08',
          highlights: [
            'Carry a caseload of about 90 felony cases: contact victims, explain the court process and their rights under the Victims of Crime Act.',
            'Notify victims of hearings, pleas and sentencing, and go with them to court and to interviews with the prosecutor.',
            'Help with victim impact statements, restitution requests and Crime Victims Reparation Commission claims.',
            'Do safety planning and refer to shelters and counseling.',
          ],
        },
        {
          name: 'Bernalillo Metro Emergency Communications', position: '911 Call Taker', location: 'Albuquerque, NM', startDate: '2017-06', endDate: '2022-07',
          highlights: ['Answered emergency and non-emergency calls, took reports in CAD and gave pre-arrival instructions.'],
        },
      ],
      education: [{ institution: 'Central New Mexico Community College', studyType: 'Associate of Arts', area: 'Criminal Justice', startDate: '2014-08', endDate: '2016-05' }],
      skills: [
        { name: 'Advocacy', keywords: ['Court Accompaniment', 'Victim Notification', 'Safety Planning', 'Victim Impact Statements', 'Restitution Requests', 'Crisis Intervention'] },
        { name: 'Systems', keywords: ['CAD', 'Odyssey Case Management', 'Microsoft Office'] },
        { name: 'Training', keywords: ['NACP Credential (Basic)', 'Crisis Intervention Training', 'Trauma-Informed Care'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Spanish', fluency: 'Fluent' }],
    },
  },
];

/** Korean résumés: rendered by scripts/build-korean-resume-corpus.mjs (`style`: locationText, dateStyle, ongoingWord, nameStyle, headerStyle). */
export const KOREAN_PEOPLE = [
  {
    id: '13-insectfarming-parkjihoon',
    style: { locationText: '충청북도 괴산군 청천면', dateStyle: 'dot', ongoingWord: '현재', nameStyle: 'withLatin', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '박지훈',
        label: '곤충사육사 (농장장)',
        email: 'jihoon.park.insect@example.kr',
        phone: '010-5183-2740',
        summary: '곤충 농장에서 6년째 흰점박이꽃무지와 동애등에를 사육하고 있고, 3년 전부터 농장장으로 직원 4명과 함께 일합니다. 사육 환경 관리, 먹이(발효 톱밥) 관리, 선별과 출하, 곤충 가공 원료 납품을 맡고 있습니다.',
        location: { city: '괴산군', region: '충청북도' },
      },
      work: [
        {
          name: '괴산바이오곤충영농조합', position: '농장장', location: '충북 괴산', startDate: '2022-03',
          highlights: [
            '흰점박이꽃무지 유충 사육동 6개 동과 동애등에 사육실을 관리합니다 (온도, 습도, 환기).',
            '발효 톱밥 먹이를 만들고 사육 상자별 먹이 교체와 밀도 관리를 합니다.',
            '유충 선별, 절식, 세척 후 출하하고, 식용 곤충 가공 업체에 원료를 납품합니다.',
            '사육 일지와 출하 기록을 관리하고 직원 4명의 작업을 배치합니다.',
          ],
        },
        {
          name: '괴산바이오곤충영농조합', position: '사육 담당', location: '충북 괴산', startDate: '2019-03', endDate: '2022-02',
          highlights: ['성충 산란 관리, 유충 사육과 먹이 교체를 했습니다.'],
        },
      ],
      education: [{ institution: '한국농수산대학', studyType: '전문학사', area: '특용작물학과', startDate: '2016-03', endDate: '2019-02' }],
      skills: [
        { name: '곤충 사육', keywords: ['흰점박이꽃무지 사육', '동애등에 사육', '발효 톱밥 관리', '사육 환경 관리', '유충 선별', '출하 관리'] },
        { name: '농장 운영', keywords: ['사육 일지', '직원 작업 배치', '납품 관리'] },
      ],
      certificates: [
        { name: '곤충사육사', issuer: '농림축산식품부', date: '2020-09' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2016-08' },
        { name: '지게차운전기능사', issuer: '한국산업인력공단', date: '2021-05' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '14-lighthouse-kimdohyun',
    style: { locationText: '전라남도 목포시 해안로', dateStyle: 'korean', ongoingWord: '재직 중', nameStyle: 'plain', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '김도현',
        label: '항로표지관리원',
        email: 'dohyun.kim.aton@example.kr',
        phone: '010-2947-6613',
        summary: '지방해양수산청 항로표지과에서 7년째 등대와 등부표를 관리하고 있습니다. 그 전에는 선박 전기 업체에서 3년 동안 선박 전기 정비를 했습니다. 유인등대 근무, 등명기와 태양광 전원 장치 점검, 등부표 정비와 항로표지 원격감시 시스템 운영을 합니다.',
        location: { city: '목포시', region: '전라남도' },
      },
      work: [
        {
          name: '목포지방해양수산청 항로표지과', position: '항로표지관리원 (공무직)', location: '전남 목포', startDate: '2018-07',
          highlights: [
            '유인등대에서 교대 근무하며 등명기, 무신호기, 태양광 전원 장치를 점검하고 정비합니다.',
            '등부표 순회 점검선에 승선해 등부표 등명기와 배터리를 교체하고 위치를 확인합니다.',
            '항로표지 원격감시 시스템(AIS 항로표지)으로 소등, 위치 이탈을 감시하고 장애 시 복구합니다.',
            '항로표지 관리 일지와 장애 보고서를 작성합니다.',
          ],
        },
        {
          name: '서해마린전기', position: '선박 전기 정비원', location: '전남 목포', startDate: '2015-03', endDate: '2018-06',
          highlights: ['어선과 여객선의 발전기, 배전반, 항해 장비 배선을 정비했습니다.'],
        },
      ],
      education: [{ institution: '목포해양대학교', studyType: '학사', area: '해양전자통신공학부', startDate: '2011-03', endDate: '2015-02' }],
      skills: [
        { name: '항로표지', keywords: ['등명기 점검', '등부표 정비', '태양광 전원 장치', '무신호기', '항로표지 원격감시', 'AIS 항로표지'] },
        { name: '전기', keywords: ['선박 전기 정비', '배터리 교체', '배전반 점검'] },
      ],
      certificates: [
        { name: '항로표지기능사', issuer: '한국산업인력공단', date: '2018-05' },
        { name: '전기기능사', issuer: '한국산업인력공단', date: '2014-11' },
        { name: '무선설비기능사', issuer: '한국방송통신전파진흥원', date: '2016-08' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2012-02' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '15-smokingcessation-leesoyeon',
    style: { locationText: '대구광역시 수성구 범어동', dateStyle: 'dash', ongoingWord: '재직중', nameStyle: 'spaced', headerStyle: 'pipeOneLine' },
    resume: {
      basics: {
        name: '이소연',
        label: '금연상담사 (간호사)',
        email: 'soyeon.lee.quit@example.kr',
        phone: '010-7302-5581',
        summary: '보건소 금연클리닉에서 4년째 금연상담사로 일하고 있습니다. 그 전에는 종합병원 호흡기내과 병동에서 간호사로 5년 일했습니다. 금연 등록자 상담과 니코틴 보조제 제공, 일산화탄소 측정, 6개월 추적 관리와 찾아가는 금연 교육을 합니다.',
        location: { city: '대구광역시', region: '대구' },
      },
      work: [
        {
          name: '대구 수성구보건소 금연클리닉', position: '금연상담사 (기간제)', location: '대구 수성구', startDate: '2022-01',
          highlights: [
            '금연 등록자를 상담하고 니코틴 의존도 평가, 일산화탄소(CO) 측정, 소변 코티닌 검사를 합니다.',
            '니코틴 패치, 껌 같은 금연 보조제를 제공하고 6개월 동안 대면, 전화 상담으로 추적 관리합니다.',
            '사업장, 학교로 찾아가는 금연 교육과 금연 캠페인을 진행합니다.',
            '지역보건의료정보시스템에 상담 기록을 입력하고 월별 실적을 보고합니다.',
          ],
        },
        {
          name: '대구가톨릭병원', position: '간호사 (호흡기내과 병동)', location: '대구 남구', startDate: '2016-03', endDate: '2021-02',
          highlights: ['호흡기내과 환자 간호, 흡입기 사용 교육과 퇴원 교육을 했습니다.'],
        },
      ],
      education: [{ institution: '계명대학교', studyType: '학사', area: '간호학과', startDate: '2012-03', endDate: '2016-02' }],
      skills: [
        { name: '금연 상담', keywords: ['금연 상담', '니코틴 의존도 평가', '일산화탄소 측정', '코티닌 검사', '금연 보조제 제공', '추적 관리'] },
        { name: '보건 교육', keywords: ['찾아가는 금연 교육', '금연 캠페인', '지역보건의료정보시스템'] },
        { name: '기타', keywords: ['한글', '엑셀', '파워포인트'] },
      ],
      certificates: [
        { name: '간호사 면허', issuer: '보건복지부', date: '2016-02' },
        { name: '금연상담사 양성교육 수료', issuer: '한국건강증진개발원', date: '2021-11' },
        { name: '2종 보통 운전면허', issuer: '경찰청', date: '2013-07' },
      ],
      languages: [{ language: '영어', fluency: '일상 회화' }],
    },
  },
  {
    id: '16-blasting-choiseungwoo',
    style: { locationText: '강원특별자치도 원주시 단구동', dateStyle: 'dotSpaced', ongoingWord: '현재', nameStyle: 'withLatin', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '최승우',
        label: '발파 기술자 (화약류관리기사)',
        email: 'seungwoo.choi@example.kr',
        phone: '010-9461-2058',
        summary: '터널과 도로 공사 현장에서 12년째 발파를 하고 있고, 5년 전부터 발파 전문 업체의 현장 책임자로 일합니다. 발파 설계와 시험발파, 화약류 저장소와 사용 관리, 진동·소음 계측과 민원 대응을 합니다.',
        location: { city: '원주시', region: '강원특별자치도' },
      },
      work: [
        {
          name: '태백발파산업', position: '현장 책임자 (화약류관리보안책임자)', location: '강원 원주', startDate: '2020-04',
          highlights: [
            '터널 발파 패턴을 설계하고 시험발파로 장약량과 지발 간격을 정합니다.',
            '화약류 사용 허가, 양수 허가 서류를 준비하고 화약류 저장소와 출납부를 관리합니다.',
            '발파 진동과 소음을 계측하고, 인근 주민 민원과 가축 피해 민원에 대응합니다.',
            '발파 작업자 4명의 천공, 장약, 결선 작업을 지휘하고 경계원 배치와 대피를 확인합니다.',
          ],
        },
        {
          name: '영동건설', position: '발파 작업자', location: '강원 강릉', startDate: '2013-03', endDate: '2020-03',
          highlights: ['도로 절토 구간과 터널에서 천공, 장약, 결선 작업을 했습니다.'],
        },
      ],
      education: [{ institution: '강원대학교 삼척캠퍼스', studyType: '학사', area: '에너지자원공학과', startDate: '2009-03', endDate: '2013-02' }],
      skills: [
        { name: '발파', keywords: ['터널 발파 설계', '시험발파', '장약 설계', '발파 진동 계측', '소음 계측', '비전기식 뇌관'] },
        { name: '화약류 관리', keywords: ['화약류 저장소 관리', '화약류 출납부', '사용 허가 서류', '민원 대응'] },
      ],
      certificates: [
        { name: '화약류관리기사', issuer: '한국산업인력공단', date: '2016-06' },
        { name: '화약류관리보안책임자 1급 면허', issuer: '경찰청', date: '2017-03' },
        { name: '1종 대형 운전면허', issuer: '경찰청', date: '2011-05' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
];
