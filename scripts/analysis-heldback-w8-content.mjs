// The content of the wave 8 held-back analysis set (test/fixtures/analysis/heldback-w8/, issue #12):
// fourteen fictional people, ten written in English and four in Korean, each of an occupation that no
// earlier analysis set or résumé corpus has (public corpus, fresh, holdout 1–3, the Korean corpus,
// heldback-w7): diagnostic sonographer, pipe welder, GIS analyst, technical writer, freight forwarder,
// insurance claims adjuster, speech-language pathologist, embedded firmware engineer, fundraiser,
// mortgage underwriter; 반도체 공정 엔지니어, 영양사, 보육교사, 게임 기획자.
// Unlike the wave 7 content (a catalogue per occupation and a fixed bullet rotation), every résumé is
// written out in full: its own employers, dates, bullets (phrased the way that person would write them),
// schools, skills and summary, and its own rendering style (date style, job-header style, bullet glyph;
// the Korean ones their date style, "present" word, name style and header style).
// Written in full on 2026-11-30 by an engineer who does not tune the analysis, before anything was
// rendered or scored; the set is frozen by hash (manifest.json) and never tuned on. Names are invented
// by hand; phone numbers use fictional ranges (US/CA 555-01xx, Ofcom drama 07700 900xxx and
// 0161 496 0xxx, ACMA drama 0491 570 xxx); e-mail at example.com / example.kr.

/** English résumés: rendered by scripts/build-resume-corpus.mjs (`style`: dateStyle, headerStyle, linkScheme, bulletGlyph). */
export const ENGLISH_PEOPLE = [
  {
    id: '01-sonography-marisolokafor',
    style: { dateStyle: 'monthName', headerStyle: 'titleThenEmployer', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Marisol Okafor',
        label: 'Registered Diagnostic Medical Sonographer (RDMS, RVT)',
        email: 'marisol.okafor@example.com',
        phone: '(614) 555-0139',
        summary: 'Sonographer with ten years in hospital and outpatient imaging: abdomen, OB/GYN and vascular. Fast on a portable in the ICU, gentle with a nervous first-trimester patient.',
        location: { city: 'Columbus', region: 'OH' },
        profiles: [{ network: 'LinkedIn', username: 'marisolokafor', url: 'https://www.linkedin.com/in/marisolokafor' }],
      },
      work: [
        {
          name: 'Riverside Methodist Hospital', position: 'Lead Sonographer', location: 'Columbus, OH', startDate: '2021-04',
          highlights: [
            'Scan 14–18 patients a shift across abdominal, pelvic, obstetric and venous duplex exams on GE LOGIQ E10 and Philips EPIQ systems.',
            'Run the on-call rota for six sonographers and cover the emergency department and ICU with portable exams overnight.',
            'Rewrote the DVT lower-extremity protocol with the vascular surgeons; repeat scans for incomplete studies dropped from 9% to 3%.',
            'Precept students from the Columbus State sonography program, two at a time, through their clinical rotations.',
          ],
        },
        {
          name: 'OhioHealth Women’s Imaging', position: 'Staff Sonographer (OB/GYN)', location: 'Dublin, OH', startDate: '2018-02', endDate: '2021-03',
          highlights: [
            'Performed first-trimester dating, nuchal translucency and 20-week anatomy scans, about 3,000 a year.',
            'Took part in the ACR accreditation renewal: image QA, protocol books and the annual phantom checks.',
          ],
        },
        {
          name: 'Mid-Ohio Vascular Associates', position: 'Vascular Sonographer', location: 'Westerville, OH', startDate: '2016-06', endDate: '2018-01',
          highlights: [
            'Carotid, renal artery and arterial Doppler studies with ABIs for a four-surgeon outpatient practice.',
            'Wrote preliminary reports in the PACS for the reading surgeon and called critical findings through within 30 minutes.',
          ],
        },
      ],
      education: [{ institution: 'Columbus State Community College', studyType: 'Associate of Applied Science', area: 'Diagnostic Medical Sonography', startDate: '2014', endDate: '2016' }],
      skills: [
        { name: 'Exams', keywords: ['Abdominal Ultrasound', 'OB/GYN Ultrasound', 'Vascular Ultrasound', 'Doppler', 'Nuchal Translucency'] },
        { name: 'Equipment and systems', keywords: ['GE LOGIQ', 'Philips EPIQ', 'PACS', 'Epic Radiant'] },
        { name: 'Credentials', keywords: ['RDMS (AB, OB/GYN)', 'RVT', 'BLS'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Spanish', fluency: 'Conversational' }],
    },
  },
  {
    id: '02-welding-dalejthibodeaux',
    style: { dateStyle: 'year', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Dale J. Thibodeaux',
        label: 'Journeyman Pipe Welder',
        email: 'dale.thibodeaux@example.com',
        phone: '+1 337 555 0172',
        location: { city: 'Lake Charles', region: 'LA' },
      },
      work: [
        {
          name: 'Gulf Coast Mechanical Contractors', position: 'Pipe Welder (Journeyman)', location: 'Sulphur, LA', startDate: '2019',
          highlights: [
            'TIG root and hot pass, stick fill and cap on carbon steel and chrome process piping, 2" to 24", at LNG and refinery turnarounds.',
            'Held a 6G X-ray repair rate under 2% across three turnarounds (about 900 welds shot).',
            'Read isometrics and fit up my own spools when the fitter crew fell behind on night shift.',
            'Work under hot-work permits and confined-space entry with a fire watch; no recordables in five years.',
          ],
        },
        {
          name: 'Bayou Fabrication LLC', position: 'Combo Welder', location: 'Lafayette, LA', startDate: '2015', endDate: '2019',
          highlights: [
            'Welded structural steel and skid frames with flux-core and MIG in the shop, then moved to pipe after passing the company’s 6G test.',
            'Ran a plasma table and did the shop’s stainless sanitary welds for a food-plant customer.',
          ],
        },
        {
          name: 'Acadiana Ironworks', position: 'Welder Helper', location: 'Crowley, LA', startDate: '2013', endDate: '2015',
          highlights: ['Ground bevels, set up machines and fire-watched for the welders while I worked my way through night school.'],
        },
      ],
      education: [{ institution: 'SOWELA Technical Community College', studyType: 'Technical Diploma', area: 'Welding', startDate: '2013', endDate: '2015' }],
      skills: [
        { name: 'Processes', keywords: ['GTAW (TIG)', 'SMAW (Stick)', 'FCAW', 'GMAW (MIG)', 'Plasma Cutting'] },
        { name: 'Work', keywords: ['Blueprint Reading', 'Pipe Fitting', 'Carbon Steel', 'Chrome-Moly', 'Stainless Steel'] },
        { name: 'Certifications', keywords: ['ASME Section IX 6G', 'NCCER Pipe Welder', 'TWIC Card', 'OSHA 10'] },
      ],
      languages: [],
    },
  },
  {
    id: '03-gis-rhiannonpryce',
    style: { dateStyle: 'slashMonth', headerStyle: 'employerThenTitle', linkScheme: true, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Rhiannon Pryce',
        label: 'GIS Analyst',
        email: 'rhiannon.pryce@example.com',
        phone: '07700 900462',
        url: 'https://rhiannonpryce.example.com',
        summary: 'GIS analyst who turns survey data, council records and open data into maps and models planners can act on. Happiest in PostGIS with a good Python notebook open.',
        location: { city: 'Cardiff', region: 'Wales' },
        profiles: [{ network: 'GitHub', username: 'rpryce-maps', url: 'https://github.com/rpryce-maps' }],
      },
      work: [
        {
          name: 'Natural Resources Wales', position: 'Senior GIS Analyst', location: 'Cardiff', startDate: '2022-09',
          highlights: [
            'Built the flood-risk layer used in 1,200 planning consultations a year from LiDAR terrain models and river gauge records.',
            'Moved the team’s spatial data from shapefiles on a shared drive into PostgreSQL/PostGIS with versioned edits.',
            'Automate monthly habitat-change reports in Python (GeoPandas, rasterio) that used to take two analysts a week.',
          ],
        },
        {
          name: 'Vale of Glamorgan Council', position: 'GIS Officer', location: 'Barry', startDate: '2019-01', endDate: '2022-08',
          highlights: [
            'Maintained the Local Land and Property Gazetteer and the council’s web maps in ArcGIS Online.',
            'Georeferenced 600 historic estate plans so the highways team could settle boundary disputes without a site visit.',
            'Trained 40 staff on QGIS when the council cut its ArcGIS Desktop licences.',
          ],
        },
        {
          name: 'Terra Cymru Surveys', position: 'Graduate Mapping Technician', location: 'Swansea', startDate: '2017-07', endDate: '2018-12',
          highlights: ['Processed GNSS and total-station survey data into CAD and GIS deliverables for utility route surveys.'],
        },
      ],
      education: [
        { institution: 'University of Leeds', studyType: 'MSc', area: 'Geographical Information Systems', startDate: '2016', endDate: '2017' },
        { institution: 'Aberystwyth University', studyType: 'BSc', area: 'Physical Geography', startDate: '2013', endDate: '2016' },
      ],
      skills: [
        { name: 'GIS', keywords: ['ArcGIS Pro', 'QGIS', 'ArcGIS Online', 'Spatial Analysis', 'Georeferencing', 'LiDAR'] },
        { name: 'Data and code', keywords: ['Python', 'GeoPandas', 'PostGIS', 'SQL', 'FME'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Welsh', fluency: 'Fluent' }],
    },
  },
  {
    id: '04-techwriting-priyanandakumar',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Priya Nandakumar',
        label: 'Senior Technical Writer',
        email: 'priya.n@example.com',
        phone: '512-555-0186',
        url: 'https://priyawrites.example.com',
        summary: 'Technical writer for developer platforms. I write API references, tutorials and release notes that engineers trust, and I build the docs pipeline that ships them.',
        location: { city: 'Austin', region: 'TX' },
        profiles: [{ network: 'GitHub', username: 'priyan-docs', url: 'https://github.com/priyan-docs' }],
      },
      work: [
        {
          name: 'Lonestar Payments', position: 'Senior Technical Writer', location: 'Austin, TX', startDate: '2021-08',
          highlights: [
            'Own the public REST API reference (OpenAPI 3.1, about 240 endpoints) and the quick-start guides for the card-issuing product.',
            'Set up docs-as-code: Markdown in Git, reviews in pull requests, builds with Docusaurus and link checks in GitHub Actions.',
            'Cut “how do I…” support tickets from integrators by 35% after rewriting the authentication and webhooks guides.',
          ],
        },
        {
          name: 'Cedar Park Networks', position: 'Technical Writer', location: 'Cedar Park, TX', startDate: '2018-03', endDate: '2021-07',
          highlights: [
            'Wrote installation and configuration guides for enterprise routers in DITA XML, published to PDF and HTML from Oxygen.',
            'Interviewed engineers every sprint and kept release notes in step with three hardware product lines.',
          ],
        },
        {
          name: 'Hill Country Medical Software', position: 'Documentation Specialist', location: 'San Marcos, TX', startDate: '2016-05', endDate: '2018-02',
          highlights: ['Maintained user manuals and in-app help for a clinic scheduling system under FDA-style document control.'],
        },
      ],
      education: [{ institution: 'Texas State University', studyType: 'Bachelor of Arts', area: 'Technical Communication', startDate: '2012', endDate: '2016' }],
      skills: [
        { name: 'Writing', keywords: ['API Documentation', 'Release Notes', 'Information Architecture', 'Style Guides', 'Editing'] },
        { name: 'Tools', keywords: ['Markdown', 'Git', 'Docusaurus', 'OpenAPI', 'DITA XML', 'Oxygen XML Editor', 'Jira', 'Confluence'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Tamil', fluency: 'Native' }],
    },
  },
  {
    id: '05-freight-tomaszwierzbicki',
    style: { dateStyle: 'isoMonth', headerStyle: 'oneLineComma', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Tomasz Wierzbicki',
        label: 'Ocean Freight Forwarding Supervisor',
        email: 'tomasz.wierzbicki@example.com',
        phone: '+44 7700 900318',
        summary: 'Freight forwarder with eight years on the import desk and the export desk at Felixstowe. I keep containers moving and customers told before they have to ask.',
        location: { city: 'Ipswich', region: 'Suffolk' },
        profiles: [{ network: 'LinkedIn', username: 'tomaszwierzbicki', url: 'https://www.linkedin.com/in/tomaszwierzbicki' }],
      },
      work: [
        {
          name: 'Orwell Global Logistics', position: 'Ocean Freight Supervisor', location: 'Felixstowe', startDate: '2022-01',
          highlights: [
            'Supervise a desk of five handling about 4,500 TEU a year of FCL and LCL imports from the Far East.',
            'Negotiate rates and allocations with carriers each quarter and price customer quotes on CargoWise.',
            'Brought in a daily exceptions report that cut demurrage and detention charges passed to customers by £140K in a year.',
          ],
        },
        {
          name: 'Harwich Forwarding Ltd', position: 'Export Coordinator', location: 'Harwich', startDate: '2018-05', endDate: '2021-12',
          highlights: [
            'Booked export shipments, issued bills of lading and prepared commercial invoices, packing lists and certificates of origin.',
            'Handled dangerous goods bookings under the IMDG Code for a chemicals customer, about 300 containers a year.',
            'Submitted export declarations on CHIEF and then CDS after the 2022 changeover.',
          ],
        },
        {
          name: 'Anglia Haulage', position: 'Transport Planner', location: 'Ipswich', startDate: '2016-09', endDate: '2018-04',
          highlights: ['Planned container haulage for 30 trucks between the port and inland depots and kept drivers’ hours legal.'],
        },
      ],
      education: [{ institution: 'University of Suffolk', studyType: 'BA (Hons)', area: 'Business Management', startDate: '2013', endDate: '2016' }],
      skills: [
        { name: 'Freight', keywords: ['Ocean Freight', 'FCL/LCL', 'Incoterms 2020', 'Customs Declarations', 'Dangerous Goods (IMDG)', 'Carrier Negotiation'] },
        { name: 'Systems', keywords: ['CargoWise One', 'CDS', 'Microsoft Excel'] },
        { name: 'Qualifications', keywords: ['BIFA Certificate in International Freight Forwarding'] },
      ],
      languages: [{ language: 'Polish', fluency: 'Native' }, { language: 'English', fluency: 'Fluent' }],
    },
  },
  {
    id: '06-claims-janelleokonkwo',
    style: { dateStyle: 'monthName', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Janelle Okonkwo-Reyes',
        label: 'Senior Property Claims Adjuster',
        email: 'janelle.okonkwo.reyes@example.com',
        phone: '(515) 555-0104',
        summary: 'Property claims adjuster licensed in six states, with catastrophe deployments after three hurricanes and a derecho. Fair settlements, fast, and files that survive an audit.',
        location: { city: 'Des Moines', region: 'IA' },
      },
      work: [
        {
          name: 'Heartland Mutual Insurance', position: 'Senior Property Claims Adjuster', location: 'Des Moines, IA', startDate: '2020-10',
          highlights: [
            'Carry a caseload of 120–150 homeowners and small commercial property claims, with settlement authority up to $150,000.',
            'Inspect wind, hail and water losses on site, write estimates in Xactimate and reconcile contractor bids.',
            'Referred 14 claims to the special investigations unit in 2023; six were withdrawn after investigation.',
            'Coach four new adjusters through their first year and review their reserves weekly.',
          ],
        },
        {
          name: 'Pinnacle Catastrophe Services', position: 'Independent CAT Adjuster', location: 'Deployed: FL, LA, TX, IA', startDate: '2017-08', endDate: '2020-09',
          highlights: [
            'Closed about 400 storm claims per deployment after Hurricanes Harvey, Michael and Laura and the 2020 Iowa derecho.',
            'Wrote scope and estimates for roof, siding and interior damage and explained coverage to policyholders on the driveway.',
          ],
        },
        {
          name: 'Prairie State Insurance Agency', position: 'Customer Service Representative', location: 'Ames, IA', startDate: '2015-06', endDate: '2017-07',
          highlights: ['Took first notice of loss calls and endorsements for personal auto and home policies.'],
        },
      ],
      education: [{ institution: 'Iowa State University', studyType: 'Bachelor of Business Administration', area: 'Risk Management and Insurance', startDate: '2011', endDate: '2015' }],
      skills: [
        { name: 'Claims', keywords: ['Property Claims', 'Catastrophe Claims', 'Coverage Analysis', 'Loss Estimating', 'Reserving', 'Subrogation'] },
        { name: 'Tools', keywords: ['Xactimate', 'Guidewire ClaimCenter', 'Symbility'] },
        { name: 'Licences', keywords: ['Adjuster licence: IA, TX, FL, LA, GA, SC', 'AIC designation'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Spanish', fluency: 'Fluent' }],
    },
  },
  {
    id: '07-speechpath-ellacartwright',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleThenEmployer', linkScheme: true, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Ella Cartwright',
        label: 'Speech Pathologist',
        email: 'ella.cartwright@example.com',
        phone: '0491 570 227',
        summary: 'Certified Practising Speech Pathologist working with children and adults: early language, stuttering, and swallowing after stroke. I write therapy goals families can actually practise at home.',
        location: { city: 'Adelaide', region: 'SA' },
      },
      work: [
        {
          name: 'Little Voices Paediatric Therapy', position: 'Senior Speech Pathologist', location: 'Norwood, SA', startDate: '2021-02',
          highlights: [
            'Assess and treat a caseload of 35 children aged 2 to 12 with language delay, speech sound disorders and autism, many funded under the NDIS.',
            'Run the Lidcombe Program for preschool stuttering; 11 of 14 children reached stage 2 within a year.',
            'Write NDIS progress reports and plan-review letters that got two families’ funding restored on appeal.',
          ],
        },
        {
          name: 'Flinders Medical Centre', position: 'Speech Pathologist (Acute and Rehabilitation)', location: 'Bedford Park, SA', startDate: '2017-01', endDate: '2021-01',
          highlights: [
            'Did bedside swallowing assessments and joined videofluoroscopic swallow studies on the stroke unit, about 10 patients a day.',
            'Prescribed texture-modified diets using IDDSI levels and trained ward nurses on safe feeding.',
            'Introduced AAC communication boards for patients with aphasia in the rehab ward.',
          ],
        },
      ],
      education: [{ institution: 'Flinders University', studyType: 'Master of Speech Pathology', area: 'Speech Pathology', startDate: '2014', endDate: '2016' }],
      skills: [
        { name: 'Clinical', keywords: ['Dysphagia Management', 'Paediatric Language Assessment', 'Stuttering (Lidcombe Program)', 'AAC', 'Aphasia Therapy', 'CELF-5'] },
        { name: 'Registration', keywords: ['Certified Practising Speech Pathologist (CPSP)', 'NDIS Worker Screening Check'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Auslan', fluency: 'Intermediate' }],
    },
  },
  {
    id: '08-firmware-lukasbergstrom',
    style: { dateStyle: 'isoMonth', headerStyle: 'titleAtEmployer', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Lukas Bergström',
        label: 'Embedded Firmware Engineer',
        email: 'lukas.bergstrom@example.com',
        phone: '+1 613 555 0158',
        summary: 'Firmware engineer for battery-powered devices: bare-metal and RTOS C on ARM Cortex-M, BLE, and the debugging that needs a logic analyser and patience.',
        location: { city: 'Ottawa', region: 'ON' },
        profiles: [{ network: 'GitHub', username: 'lbergstrom', url: 'https://github.com/lbergstrom' }],
      },
      work: [
        {
          name: 'Rideau Sensing Inc.', position: 'Senior Firmware Engineer', location: 'Kanata, ON', startDate: '2020-06',
          highlights: [
            'Lead firmware for a wireless vibration sensor on an nRF52840: Zephyr RTOS, BLE mesh and a 5-year battery budget.',
            'Brought average current from 38 µA to 11 µA by reworking sleep states and batching radio transmissions.',
            'Wrote the secure bootloader and signed over-the-air updates now running on 60,000 devices in the field.',
            'Set up unit tests with Unity/Ceedling and hardware-in-the-loop runs in GitLab CI.',
          ],
        },
        {
          name: 'Bytown Medical Devices', position: 'Firmware Developer', location: 'Ottawa, ON', startDate: '2017-01', endDate: '2020-05',
          highlights: [
            'Wrote drivers for SPI, I2C and UART peripherals on STM32 for an infusion-pump controller under IEC 62304.',
            'Tracked down a watchdog reset that only happened at -10 °C, using a Saleae logic analyser and JTAG tracing.',
          ],
        },
      ],
      education: [{ institution: 'Carleton University', studyType: 'Bachelor of Engineering', area: 'Computer Systems Engineering', startDate: '2012', endDate: '2016' }],
      skills: [
        { name: 'Languages', keywords: ['C', 'C++', 'Python', 'ARM Assembly'] },
        { name: 'Embedded', keywords: ['ARM Cortex-M', 'Zephyr RTOS', 'FreeRTOS', 'Bluetooth Low Energy', 'SPI', 'I2C', 'UART', 'Bootloaders', 'Low-Power Design'] },
        { name: 'Tools', keywords: ['GDB', 'JTAG/SWD', 'Oscilloscope', 'Logic Analyzer', 'Git', 'GitLab CI'] },
      ],
      languages: [{ language: 'English', fluency: 'Fluent' }, { language: 'Swedish', fluency: 'Native' }, { language: 'French', fluency: 'Intermediate' }],
    },
  },
  {
    id: '09-fundraising-siobhanmcardle',
    style: { dateStyle: 'monthName', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Siobhan McArdle',
        label: 'Major Gifts Manager',
        email: 'siobhan.mcardle@example.com',
        phone: '0161 496 0733',
        summary: 'Fundraiser who has spent nine years asking people for money for causes I believe in: hospices, a children’s charity, a university. Relationships first, numbers close behind.',
        location: { city: 'Manchester', region: 'UK' },
        profiles: [{ network: 'LinkedIn', username: 'siobhanmcardle', url: 'https://www.linkedin.com/in/siobhanmcardle' }],
      },
      work: [
        {
          name: 'St Ann’s Hospice', position: 'Major Gifts Manager', location: 'Manchester', startDate: '2021-05',
          highlights: [
            'Manage a portfolio of 85 major donors and prospects giving £5,000 and above; raised £1.3M in 2023–24 against a £1M target.',
            'Led the £2.4M capital appeal for the new inpatient unit with the trustees and a volunteer campaign board.',
            'Cleaned and segmented the Raiser’s Edge NXT database with the data officer before the appeal launch.',
          ],
        },
        {
          name: 'Together for Children North West', position: 'Trusts and Foundations Officer', location: 'Salford', startDate: '2018-02', endDate: '2021-04',
          highlights: [
            'Wrote about 60 grant applications a year to trusts and the National Lottery Community Fund, winning £640K.',
            'Reported on restricted grants to funders on time and kept Gift Aid claims up to date.',
          ],
        },
        {
          name: 'University of Salford', position: 'Telephone Campaign Supervisor', location: 'Salford', startDate: '2015-09', endDate: '2018-01',
          highlights: ['Hired and coached 25 student callers for the alumni regular-giving campaign each term.'],
        },
      ],
      education: [{ institution: 'Lancaster University', studyType: 'BA (Hons)', area: 'English Literature', startDate: '2012', endDate: '2015' }],
      skills: [
        { name: 'Fundraising', keywords: ['Major Gifts', 'Capital Campaigns', 'Grant Writing', 'Donor Stewardship', 'Prospect Research', 'Gift Aid'] },
        { name: 'Systems', keywords: ['Raiser’s Edge NXT', 'Beacon CRM', 'Microsoft Excel'] },
        { name: 'Memberships', keywords: ['Chartered Institute of Fundraising (MCIoF)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Irish', fluency: 'Basic' }],
    },
  },
  {
    id: '10-underwriting-kwabenamensah',
    style: { dateStyle: 'slashMonth', headerStyle: 'pipeOneLine', linkScheme: true, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Kwabena Mensah',
        label: 'Senior Mortgage Underwriter',
        email: 'kwabena.mensah@example.com',
        phone: '+1 470 555 0191',
        summary: 'Mortgage underwriter with DE and direct-endorsement authority for conventional, FHA and VA loans. I look for the reason to say yes, and I document why.',
        location: { city: 'Atlanta', region: 'GA' },
        profiles: [{ network: 'LinkedIn', username: 'kwabenamensah', url: 'https://www.linkedin.com/in/kwabenamensah' }],
      },
      work: [
        {
          name: 'Peachtree Home Lending', position: 'Senior Mortgage Underwriter', location: 'Atlanta, GA', startDate: '2020-03',
          highlights: [
            'Underwrite 6–8 residential loan files a day: conventional, FHA, VA and jumbo, purchase and refinance.',
            'Analyse tax returns of self-employed borrowers (Schedule C, K-1, 1120S) and calculate qualifying income by hand when DU findings fall short.',
            'Hold HUD Direct Endorsement and VA SAR authority; post-closing QC defects on my files stayed under 1.5%.',
            'Wrote the condition-clearing checklist the processors now use, cutting turn time from 4 days to 2.',
          ],
        },
        {
          name: 'Magnolia Federal Credit Union', position: 'Loan Processor', location: 'Marietta, GA', startDate: '2017-08', endDate: '2020-02',
          highlights: [
            'Ordered appraisals, title and flood certificates, verified employment and assets, and prepared files for underwriting in Encompass.',
            'Kept TRID disclosure timelines on 40 files at a time.',
          ],
        },
      ],
      education: [{ institution: 'Georgia State University', studyType: 'Bachelor of Business Administration', area: 'Finance', startDate: '2013', endDate: '2017' }],
      skills: [
        { name: 'Underwriting', keywords: ['Conventional Loans', 'FHA', 'VA', 'Jumbo Loans', 'Income Analysis', 'Credit Analysis', 'Appraisal Review'] },
        { name: 'Systems and rules', keywords: ['Desktop Underwriter (DU)', 'Loan Product Advisor (LPA)', 'Encompass', 'TRID', 'Fannie Mae Selling Guide'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Twi', fluency: 'Native' }, { language: 'French', fluency: 'Basic' }],
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
    id: '11-semiconductor-hanjiwoo',
    style: { locationText: '경기도 평택시 고덕동', dateStyle: 'dot', ongoingWord: '재직중', nameStyle: 'withLatin', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '한지우',
        label: '반도체 공정 엔지니어 (식각)',
        email: 'jiwoo.han@example.kr',
        phone: '010-4821-3307',
        summary: '메모리 반도체 식각(Etch) 공정에서 7년간 수율 개선과 설비 안정화를 맡아 왔습니다. 데이터로 원인을 좁히고, 현장에서 직접 확인한 뒤 바꾸는 엔지니어입니다.',
        location: { city: '평택시', region: '경기도' },
        profiles: [{ network: 'LinkedIn', username: 'jiwoo-han', url: 'https://www.linkedin.com/in/jiwoo-han' }],
      },
      work: [
        {
          name: '한빛반도체', position: '식각 공정 엔지니어 (책임)', location: '평택', startDate: '2021-03',
          highlights: [
            'DRAM 1b급 건식 식각 공정 담당, 주요 레시피 12종의 CD 산포를 관리하고 SPC 관리도로 이상 징후를 조기에 잡았습니다.',
            '패턴 붕괴 불량의 원인을 챔버 시즈닝 조건으로 좁혀 레시피를 바꾸었고, 해당 층 수율을 2.1%p 올렸습니다.',
            'JMP로 DOE를 설계해 식각 선택비를 개선했고, 결과를 양산 이관 보고서로 정리했습니다.',
            '설비 PM 주기를 고장 데이터 기준으로 다시 잡아 비가동 시간을 월 30시간 줄였습니다.',
          ],
        },
        {
          name: '세진테크', position: '공정 엔지니어', location: '이천', startDate: '2018-01', endDate: '2021-02',
          highlights: [
            '낸드 플래시 습식 세정·식각 공정을 맡아 파티클 불량을 분석하고 8D 보고서로 협력사와 재발 방지를 진행했습니다.',
            'Python으로 MES 데이터를 정리하는 스크립트를 만들어 일일 수율 보고 시간을 2시간에서 20분으로 줄였습니다.',
          ],
        },
      ],
      education: [
        { institution: '한양대학교', studyType: '석사', area: '신소재공학', startDate: '2016-03', endDate: '2018-02' },
        { institution: '아주대학교', studyType: '학사', area: '화학공학', startDate: '2012-03', endDate: '2016-02' },
      ],
      skills: [
        { name: '공정', keywords: ['건식 식각', '습식 세정', '수율 개선', 'SPC', 'DOE', 'FMEA', '8D'] },
        { name: '도구', keywords: ['JMP', 'Python', 'MES', 'SEM', 'Spotfire'] },
      ],
      certificates: [{ name: '반도체설계산업기사', issuer: '한국산업인력공단', date: '2017-08' }],
      languages: [{ language: '영어', fluency: 'OPIc IH' }],
    },
  },
  {
    id: '12-dietitian-songminji',
    style: { locationText: '서울특별시 노원구 상계동', dateStyle: 'korean', ongoingWord: '현재', nameStyle: 'plain', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '송민지',
        label: '임상영양사',
        email: 'minji.song@example.kr',
        phone: '010-7734-1902',
        summary: '종합병원 임상영양과와 단체급식 현장에서 9년간 일했습니다. 환자 한 사람의 식단과 하루 1,800식의 위생을 같은 꼼꼼함으로 챙깁니다.',
        location: { city: '노원구', region: '서울특별시' },
      },
      work: [
        {
          name: '상계백병원 영양팀', position: '임상영양사', location: '서울', startDate: '2020-04',
          highlights: [
            '입원 환자 영양 검색과 영양 평가를 하고 당뇨·신장질환·암 환자의 치료식 처방을 의료진과 협의합니다.',
            '영양집중지원팀(NST) 일원으로 경장·정맥영양 환자를 주 40명가량 모니터링합니다.',
            '당뇨 교실과 개별 영양 상담을 월 60건 진행하고 상담 자료를 새로 만들었습니다.',
          ],
        },
        {
          name: '(주)푸른식탁', position: '영양사 (위탁급식)', location: '의정부', startDate: '2017-03', endDate: '2020-03',
          highlights: [
            '하루 1,800식 규모 산업체 급식의 식단 작성, 식재료 발주, 원가 관리를 맡았습니다.',
            'HACCP 인증 심사를 준비해 무결점으로 통과했고, 조리원 12명의 위생 교육을 매월 진행했습니다.',
            '잔반을 메뉴별로 기록해 식단을 바꾸고 음식물 쓰레기를 18% 줄였습니다.',
          ],
        },
        {
          name: '해오름초등학교', position: '영양사 (계약직)', location: '남양주', startDate: '2015-03', endDate: '2017-02',
          highlights: ['학교 급식 식단 작성과 알레르기 유발 식품 표시, 학부모 대상 식생활 교육을 담당했습니다.'],
        },
      ],
      education: [{ institution: '서울여자대학교', studyType: '학사', area: '식품영양학', startDate: '2011-03', endDate: '2015-02' }],
      skills: [
        { name: '임상', keywords: ['영양 평가', '치료식 관리', '영양 상담', '경장영양', 'NST'] },
        { name: '급식', keywords: ['식단 작성', 'HACCP', '식재료 발주', '원가 관리', '위생 교육'] },
      ],
      certificates: [
        { name: '영양사 면허', issuer: '보건복지부', date: '2015-01' },
        { name: '임상영양사', issuer: '보건복지부', date: '2019-12' },
      ],
      languages: [{ language: '영어', fluency: 'TOEIC 835' }],
    },
  },
  {
    id: '13-childcare-parkseoyeon',
    style: { locationText: '대전광역시 유성구 봉명동', dateStyle: 'dotSpaced', ongoingWord: 'open', nameStyle: 'spaced', headerStyle: 'pipeOneLine' },
    resume: {
      basics: {
        name: '박서연',
        label: '보육교사 (1급)',
        email: 'seoyeon.park@example.kr',
        phone: '010-2265-8841',
        summary: '만 0세부터 5세까지 여러 연령을 맡아 온 8년 차 보육교사입니다. 아이의 하루를 기록하고 부모님과 나누는 일을 가장 중요하게 생각합니다.',
        location: { city: '유성구', region: '대전광역시' },
      },
      work: [
        {
          name: '유성구립 해솔어린이집', position: '담임교사 (만 3세반)', location: '대전', startDate: '2022-03',
          highlights: [
            '누리과정에 따라 놀이 중심 보육계획안을 세우고 관찰 기록과 발달 평가를 학기마다 작성합니다.',
            '평가제 준비 위원으로 보육 일지와 안전 점검 서류를 정비해 A등급을 받았습니다.',
            '키즈노트로 매일 알림장을 쓰고, 연 2회 부모 상담에서 발달 상황을 함께 살폈습니다.',
          ],
        },
        {
          name: '도담도담 가정어린이집', position: '영아반 교사', location: '대전', startDate: '2018-03', endDate: '2022-02',
          highlights: [
            '만 0~1세 영아 5명의 수유, 낮잠, 배변 등 기본 생활을 돌보고 영아 발달 체크리스트를 관리했습니다.',
            '적응 기간 프로그램을 새로 만들어 신입 영아의 등원 거부를 줄였습니다.',
          ],
        },
        {
          name: '새싹지역아동센터', position: '생활복지사', location: '세종', startDate: '2016-09', endDate: '2018-02',
          highlights: ['초등학생 방과 후 학습 지도와 급식 지원, 지역 연계 체험 활동을 담당했습니다.'],
        },
      ],
      education: [{ institution: '대전과학기술대학교', studyType: '전문학사', area: '유아교육과', startDate: '2014-03', endDate: '2016-02' }],
      skills: [
        { name: '보육', keywords: ['누리과정', '표준보육과정', '관찰 기록', '발달 평가', '부모 상담', '안전 교육'] },
        { name: '도구', keywords: ['키즈노트', '보육통합정보시스템', '한글', 'MS 오피스'] },
      ],
      certificates: [
        { name: '보육교사 1급', issuer: '보건복지부', date: '2019-06' },
        { name: '응급처치 교육 이수', issuer: '대한적십자사', date: '2023-04' },
      ],
      languages: [{ language: '영어', fluency: '기초 회화' }],
    },
  },
  {
    id: '14-gameplanner-leedohyun',
    style: { locationText: '경기도 성남시 분당구 삼평동', dateStyle: 'dash', ongoingWord: '재직 중', nameStyle: 'plain', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '이도현',
        label: '게임 시스템 기획자',
        email: 'dohyun.lee@example.kr',
        phone: '010-9150-4426',
        summary: '모바일 RPG와 수집형 게임에서 6년간 전투·성장 시스템과 밸런스를 기획했습니다. 엑셀 시트와 지표를 보고, 직접 플레이하며 재미를 검증합니다.',
        location: { city: '성남시', region: '경기도' },
        profiles: [{ network: 'Portfolio', username: 'dohyun-lee', url: 'https://dohyunlee.example.kr' }],
      },
      work: [
        {
          name: '스튜디오 바람개비', position: '시스템 기획자 (선임)', location: '판교', startDate: '2021-07',
          highlights: [
            '수집형 RPG의 전투 공식과 캐릭터 성장 곡선을 설계하고 밸런스 테이블을 엑셀로 관리합니다.',
            '신규 길드 레이드 콘텐츠를 기획부터 라이브 업데이트까지 맡아 출시 후 주간 활성 이용자를 12% 늘렸습니다.',
            'Unity 클라이언트 개발자와 협업해 기획서를 Confluence에 정리하고, Jira로 구현 범위를 관리합니다.',
            'Tableau 대시보드로 재화 흐름과 이탈 구간을 분석해 밸런스 패치를 분기마다 제안했습니다.',
          ],
        },
        {
          name: '넥스트플레이', position: '콘텐츠 기획자', location: '서울', startDate: '2018-09', endDate: '2021-06',
          highlights: [
            '모바일 MMORPG의 퀘스트와 이벤트 콘텐츠를 월 2회 기획하고 데이터 테이블을 작성했습니다.',
            '유저 설문과 커뮤니티 반응을 정리해 튜토리얼을 개선했고, 첫날 잔존율이 6%p 올랐습니다.',
          ],
        },
      ],
      education: [{ institution: '홍익대학교', studyType: '학사', area: '게임소프트웨어전공', startDate: '2012-03', endDate: '2018-02' }],
      skills: [
        { name: '기획', keywords: ['시스템 기획', '밸런스 설계', '콘텐츠 기획', '레벨 디자인', '게임 경제 설계'] },
        { name: '도구', keywords: ['Excel', 'Unity', 'Confluence', 'Jira', 'Tableau', 'SQL'] },
      ],
      certificates: [{ name: '게임기획전문가', issuer: '한국콘텐츠진흥원', date: '2018-05' }],
      languages: [{ language: '영어', fluency: 'TOEIC Speaking IM3' }, { language: '일본어', fluency: 'JLPT N2' }],
    },
  },
];
