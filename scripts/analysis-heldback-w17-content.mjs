// The content of the wave 17 held-back analysis set (test/fixtures/analysis/heldback-w17/, issue #12):
// sixteen fictional people, twelve written in English and four in Korean, each of an occupation that no
// earlier analysis set or résumé corpus has (public corpus, fresh, holdout 1–12, the Korean corpus,
// heldback-w7 … heldback-w16): shoe repairer, sheep shearer, clinical embryologist, nuclear medicine
// technologist, hyperbaric technologist (once an EMT), wheelchair service technician, asphalt paving foreman,
// tow truck operator (once a warehouse worker), picture framer, bricklayer, certificated enforcement agent
// (once a debt collector on the phone), taxidermist; 세탁 기술자 (세탁소 운영), 버섯 재배사, 재활용 선별장 반장
// (택배 배송 뒤 전직), 자동차 검사원.
// Fields are spread on purpose, all far from software (a high-street cobbler and key cutter, shearing gangs,
// an IVF laboratory, a nuclear medicine department, a wound-care hyperbaric unit, an NHS wheelchair service,
// road paving crews, roadside recovery, a framing workshop, house building, high court enforcement, a
// natural-history taxidermy studio, a neighbourhood dry cleaner, a mushroom farm, a recycling sorting plant, a
// vehicle inspection station). Seniorities run from a tow operator four years in to a cobbler of eighteen
// years and a 세탁소 owner of twenty-two; leads (the paving foreman, the bricklaying gang's charge hand, the
// senior embryologist, the 선별장 반장) and individual contributors; three career changers (hyperbaric
// technologist, tow operator, 선별장 반장) and one back after bringing up children (the picture framer).
// Written in full on 2026-12-01 by an engineer who does not tune the analysis, before anything was rendered
// or scored; the set is frozen by hash (manifest.json) and never tuned on. Names and employers are invented
// by hand (schools, certifying bodies, unions and products are real); phone numbers use fictional ranges
// (US 555-01xx, Ofcom drama 01632 960xxx, 0113 496 0xxx and 020 7946 0xxx, Australia 0491 570 xxx; the
// Korean ones are made up); e-mail at example.com / example.kr. The English text keeps to characters
// pdflatex typesets (no degree signs, no mathematical symbols).

/** English résumés: rendered by scripts/build-resume-corpus.mjs (`style`: dateStyle, headerStyle, linkScheme, bulletGlyph). */
export const ENGLISH_PEOPLE = [
  {
    id: '01-shoerepair-martinokafor',
    style: { dateStyle: 'year', headerStyle: 'titleThenEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Martin Okafor',
        label: 'Shoe Repairer and Key Cutter',
        email: 'martin.okafor.repairs@example.com',
        phone: '0113 496 0731',
        summary: 'Cobbler for eighteen years, the last nine running the counter and the machines at a busy high street repair shop in Leeds. Heels, soles, stitching, key cutting and watch batteries: I do the lot and I train the new starters.',
        location: { city: 'Leeds', region: 'West Yorkshire' },
      },
      work: [
        {
          name: 'Briggate Shoe and Key', position: 'Senior Shoe Repairer (shop manager)', location: 'Leeds', startDate: '2016-02',
          highlights: [
            'Resole and reheel leather and rubber-soled shoes and boots, Goodyear welted and Blake stitched, on the finishing machine and the Landis stitcher.',
            'Cut mortice, cylinder and car transponder keys; engrave trophies and dog tags; fit watch batteries and straps.',
            'Stretch, re-dye and patch shoes, handbags and leather jackets; replace zips on boots and bags.',
            'Cash up, order stock from the wholesaler and run the shop on my own two days a week; trained four apprentices.',
          ],
        },
        {
          name: 'Headrow Heel Bar', position: 'Shoe Repairer', location: 'Leeds', startDate: '2008-06', endDate: '2016-01',
          highlights: ['Heels while you wait, sole patching and key cutting at a shopping-centre kiosk.'],
        },
      ],
      education: [{ institution: 'Leeds City College', studyType: 'Level 2 Certificate', area: 'Leather Work', startDate: '2006-09', endDate: '2007-06' }],
      skills: [
        { name: 'Repairs', keywords: ['Shoe Repair', 'Resoling', 'Heeling', 'Leather Stitching', 'Shoe Stretching', 'Leather Dyeing', 'Zip Replacement'] },
        { name: 'Keys and engraving', keywords: ['Key Cutting', 'Transponder Keys', 'Engraving', 'Watch Batteries'] },
        { name: 'Shop', keywords: ['Customer Service', 'Cash Handling', 'Stock Ordering', 'Training Apprentices'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Igbo', fluency: 'Conversational' }],
    },
  },
  {
    id: '02-sheepshearing-jacktaiaroa',
    style: { dateStyle: 'monthName', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Jack Taiaroa',
        label: 'Sheep Shearer',
        email: 'jack.taiaroa.shears@example.com',
        phone: '0491 570 156',
        summary: 'Open-class shearer, twelve seasons. I shear 280 to 320 merino and crossbred a day, run a stand for the contractor and follow the work: New Zealand in our summer, Western Australia and the UK in between.',
        location: { city: 'Gore', region: 'Southland, New Zealand' },
      },
      work: [
        {
          name: 'Murihiku Shearing Ltd', position: 'Shearer (open class)', location: 'Southland, NZ', startDate: '2014-11',
          highlights: [
            'Shear full wool, second shear and lambs in gangs of four to eight stands; personal best 412 lambs in nine hours.',
            'Crutch and dag ewes before lambing and wig rams; handle sheep with care for the farmer and the wool.',
            'Look after my own handpiece, combs and cutters; grind on the shed grinder every night.',
            'Help the wool handlers skirt and roll fleeces when the gang is short.',
          ],
        },
        {
          name: 'Great Southern Shearing', position: 'Shearer', location: 'Katanning, Western Australia', startDate: '2018-03', endDate: '2019-10',
          highlights: ['Two seasons on merino wethers and ewes on the wide combs, up to 190 a day.'],
        },
      ],
      education: [{ institution: 'Tectra Shearing Training', studyType: 'Elite Shearing Course', area: 'Machine Shearing', startDate: '2014-02', endDate: '2014-03' }],
      skills: [
        { name: 'Shearing', keywords: ['Machine Shearing', 'Lamb Shearing', 'Crutching', 'Dagging', 'Fleece Skirting', 'Handpiece Maintenance', 'Comb and Cutter Grinding'] },
        { name: 'Stock', keywords: ['Sheep Handling', 'Animal Welfare', 'Wool Handling'] },
        { name: 'Other', keywords: ['Full NZ Driver Licence', 'First Aid'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Maori', fluency: 'Conversational' }],
    },
  },
  {
    id: '03-embryology-priyanairmehta',
    style: { dateStyle: 'slashMonth', headerStyle: 'titleAtEmployer', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Priya Nair-Mehta',
        label: 'Senior Clinical Embryologist, ELD (ABB)',
        email: 'priya.nairmehta@example.com',
        phone: '(312) 555-0148',
        summary: 'Clinical embryologist with nine years in a high-volume IVF laboratory (about 1,400 retrievals a year). Board certified as an Embryology Laboratory Director; I run the lab day to day, train new embryologists and keep us inspection-ready.',
        location: { city: 'Evanston', region: 'IL' },
      },
      work: [
        {
          name: 'Lakeshore Fertility Partners', position: 'Senior Embryologist', location: 'Chicago, IL', startDate: '2020-07',
          highlights: [
            'Perform oocyte retrievals, ICSI, conventional insemination, embryo culture to blastocyst and trophectoderm biopsy for PGT-A.',
            'Vitrify and warm oocytes and embryos; manage 9,000 cryopreserved specimens and the LN2 tanks with their alarms.',
            'Run the laboratory QC program (incubator gas and pH, culture media lots, mouse embryo assays) and the CAP and CLIA inspections.',
            'Train and sign off new embryologists on ICSI and biopsy; write and update SOPs.',
          ],
        },
        {
          name: 'Prairie Reproductive Medicine', position: 'Embryologist I / Andrology Technologist', location: 'Naperville, IL', startDate: '2016-06', endDate: '2020-06',
          highlights: ['Semen analysis, sperm washing for IUI, sperm freezing; then ICSI and embryo grading from 2018.'],
        },
      ],
      education: [
        { institution: 'Northwestern University', studyType: 'MS', area: 'Reproductive Science and Medicine', startDate: '2014-09', endDate: '2016-06' },
        { institution: 'University of Illinois Chicago', studyType: 'BS', area: 'Biological Sciences', startDate: '2010-08', endDate: '2014-05' },
      ],
      skills: [
        { name: 'Embryology', keywords: ['ICSI', 'IVF', 'Embryo Culture', 'Trophectoderm Biopsy', 'PGT-A', 'Vitrification', 'Embryo Grading', 'Time-lapse Imaging (EmbryoScope)'] },
        { name: 'Andrology', keywords: ['Semen Analysis', 'Sperm Preparation for IUI', 'Sperm Cryopreservation'] },
        { name: 'Quality', keywords: ['CAP/CLIA Inspections', 'Laboratory QC', 'SOP Writing', 'Artisan EMR'] },
      ],
      certificates: [{ name: 'Embryology Laboratory Director (ELD)', issuer: 'American Board of Bioanalysis', date: '2022-04' }],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Hindi', fluency: 'Fluent' }],
    },
  },
  {
    id: '04-nuclearmedicine-denisehart',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleLineBelow', linkScheme: false, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Denise Hart',
        label: 'Nuclear Medicine Technologist, CNMT',
        email: 'denise.hart.cnmt@example.com',
        phone: '(614) 555-0121',
        summary: 'Nuclear medicine technologist for eleven years at a community hospital: cardiac stress imaging, bone, renal and thyroid studies, and I-131 therapies. I look after patients first and the camera second.',
        location: { city: 'Columbus', region: 'OH' },
      },
      work: [
        {
          name: 'Scioto Valley Medical Center', position: 'Nuclear Medicine Technologist', location: 'Columbus, OH', startDate: '2015-08',
          highlights: [
            'Perform SPECT myocardial perfusion imaging with treadmill and Lexiscan stress, bone scans, HIDA, gastric emptying, renal and thyroid uptake studies.',
            'Elute the Tc-99m generator, prepare and QC kits, and dose patients under the RSO\'s rules; keep the hot lab logs.',
            'Run daily camera QC (floods, center of rotation) on two Siemens Symbia SPECT cameras.',
            'Assist the physician with I-131 thyroid therapies and patient release instructions.',
          ],
        },
        {
          name: 'Buckeye Imaging Associates', position: 'Nuclear Medicine Technologist (per diem)', location: 'Dublin, OH', startDate: '2014-06', endDate: '2015-07',
          highlights: ['Outpatient cardiac and bone imaging; ran the department on Saturdays.'],
        },
      ],
      education: [{ institution: 'Columbus State Community College', studyType: 'Associate of Applied Science', area: 'Nuclear Medicine Technology', startDate: '2012-08', endDate: '2014-05' }],
      skills: [
        { name: 'Imaging', keywords: ['SPECT', 'Myocardial Perfusion Imaging', 'Bone Scans', 'HIDA Scans', 'Thyroid Uptake', 'Renal Scans'] },
        { name: 'Radiopharmacy', keywords: ['Tc-99m Generator Elution', 'Kit Preparation', 'Dose Calibrator QC', 'Radiation Safety'] },
        { name: 'Patient care', keywords: ['Stress Testing', 'IV Access', 'BLS', 'ACLS'] },
      ],
      certificates: [
        { name: 'CNMT', issuer: 'Nuclear Medicine Technology Certification Board', date: '2014-07' },
        { name: 'BLS and ACLS', issuer: 'American Heart Association', date: '2025-03' },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '05-hyperbaric-tomasreyes',
    style: { dateStyle: 'isoMonth', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Tomas Reyes',
        label: 'Certified Hyperbaric Technologist (CHT)',
        email: 'tomas.reyes.cht@example.com',
        phone: '(210) 555-0187',
        summary: 'Hyperbaric technologist at an outpatient wound care center since 2021, after six years as an EMT on a county ambulance. I run monoplace chambers, watch my patients closely and know what to do when something goes wrong.',
        location: { city: 'San Antonio', region: 'TX' },
      },
      work: [
        {
          name: 'Alamo Wound and Hyperbaric Center', position: 'Hyperbaric Technologist', location: 'San Antonio, TX', startDate: '2021-04',
          highlights: [
            'Operate three Sechrist monoplace chambers: about 20 dives a day at 2.0 to 2.4 ATA on the physician\'s orders.',
            'Screen patients before every treatment: vitals, blood glucose for diabetics, ear checks and fire safety (no prohibited items).',
            'Watch patients through the dive and handle claustrophobia, ear squeeze and the rare oxygen seizure.',
            'Do the daily chamber checks and the weekly maintenance, and document in the wound care EMR.',
          ],
        },
        {
          name: 'Bexar County EMS', position: 'EMT-Basic', location: 'San Antonio, TX', startDate: '2015-02', endDate: '2021-03',
          highlights: ['911 response on a BLS ambulance: assessment, oxygen, splinting, CPR and safe transport.'],
        },
      ],
      education: [{ institution: 'Northwest Vista College', studyType: 'Certificate', area: 'Emergency Medical Technician', startDate: '2014-08', endDate: '2014-12' }],
      skills: [
        { name: 'Hyperbaric', keywords: ['Monoplace Chamber Operation', 'Patient Screening', 'Chamber Safety', 'Hyperbaric Oxygen Therapy'] },
        { name: 'Clinical', keywords: ['Vital Signs', 'Blood Glucose Testing', 'Patient Assessment', 'BLS', 'Medical Documentation'] },
      ],
      certificates: [
        { name: 'Certified Hyperbaric Technologist (CHT)', issuer: 'NBDHMT', date: '2022-06' },
        { name: 'EMT-Basic', issuer: 'NREMT', date: '2014-12' },
        { name: 'BLS', issuer: 'American Heart Association', date: '2025-01' },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Spanish', fluency: 'Native' }],
    },
  },
  {
    id: '06-wheelchairservice-aoifebrennan',
    style: { dateStyle: 'monthName', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Aoife Brennan',
        label: 'Wheelchair Service Technician',
        email: 'aoife.brennan.wheels@example.com',
        phone: '020 7946 0384',
        summary: 'Seven years building, adjusting and repairing manual and powered wheelchairs for an NHS wheelchair service, most of it out on home visits. I work with the therapists on seating and I like solving a fiddly fault on a powerchair.',
        location: { city: 'Croydon', region: 'London' },
      },
      work: [
        {
          name: 'South London Wheelchair Service (contracted to the NHS)', position: 'Rehabilitation Engineering Technician', location: 'Croydon', startDate: '2019-01',
          highlights: [
            'Assemble and hand over new manual and powered wheelchairs to the prescription, and set them up with the therapist at the clinic.',
            'Home visit repairs: puncture repairs, brakes, castors, batteries, motors and controller faults on Invacare, Quickie and Permobil chairs.',
            'Fit and adjust seating: pressure cushions, back supports, lateral supports and headrests.',
            'Planned maintenance and decontamination of returned chairs for reissue; keep the job records on the service database.',
          ],
        },
        {
          name: 'Kwik Cycles', position: 'Bike Shop Mechanic', location: 'Sutton', startDate: '2016-05', endDate: '2018-12',
          highlights: ['Servicing and repairs; built wheels; served customers at the counter.'],
        },
      ],
      education: [{ institution: 'Croydon College', studyType: 'BTEC Level 3 Extended Diploma', area: 'Engineering', startDate: '2014-09', endDate: '2016-06' }],
      skills: [
        { name: 'Wheelchairs', keywords: ['Wheelchair Assembly', 'Powered Wheelchair Repair', 'Controller Programming (R-net)', 'Seating Adjustment', 'Pressure Cushions', 'Decontamination'] },
        { name: 'Workshop', keywords: ['Mechanical Repair', 'Battery Testing', 'Hand and Power Tools'] },
        { name: 'Other', keywords: ['Full UK Driving Licence', 'Enhanced DBS'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Irish', fluency: 'Basic' }],
    },
  },
  {
    id: '07-asphaltpaving-raymondkowalski',
    style: { dateStyle: 'slashMonth', headerStyle: 'oneLineComma', linkScheme: false, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Raymond Kowalski',
        label: 'Asphalt Paving Foreman',
        email: 'ray.kowalski.paving@example.com',
        phone: '(414) 555-0139',
        summary: 'Paving foreman with nineteen years on asphalt crews, the last eight running a crew of nine on state highway mill-and-fill, county roads and commercial lots. I get the mat down smooth, dense and on spec.',
        location: { city: 'Waukesha', region: 'WI' },
      },
      work: [
        {
          name: 'Kettle Moraine Paving Co.', position: 'Paving Foreman', location: 'Waukesha, WI', startDate: '2018-04',
          highlights: [
            'Run a paving crew of nine: paver, screed, rollers and trucks; plan the day with the superintendent and the plant.',
            'Set screed and grade with Topcon sonic and slope control; hit the WisDOT density and smoothness specs on most jobs.',
            'Coordinate trucks with the plant and the milling crew, keep the tonnage tickets and daily reports.',
            'Hold toolbox talks and set up work zone traffic control with the flaggers.',
          ],
        },
        {
          name: 'Lakeland Asphalt', position: 'Screed Operator / Laborer', location: 'Milwaukee, WI', startDate: '2007-05', endDate: '2018-03',
          highlights: ['Raker and laborer, then screed operator on a Cat paver from 2011; ran the roller when needed.'],
        },
      ],
      education: [{ institution: 'Waukesha North High School', studyType: 'High School Diploma', area: 'Construction Trades', startDate: '2002-09', endDate: '2006-06' }],
      skills: [
        { name: 'Paving', keywords: ['Asphalt Paving', 'Screed Operation', 'Grade and Slope Control', 'Mill and Fill', 'Compaction', 'Tack Coat'] },
        { name: 'Crew', keywords: ['Crew Leadership', 'Daily Reports', 'Traffic Control', 'Toolbox Talks'] },
        { name: 'Licences', keywords: ['CDL Class A', 'OSHA 30', 'Flagger Certification'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Polish', fluency: 'Conversational' }],
    },
  },
  {
    id: '08-towing-dariuswebb',
    style: { dateStyle: 'year', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Darius Webb',
        label: 'Tow Truck Operator',
        email: 'darius.webb.tow@example.com',
        phone: '(919) 555-0172',
        summary: 'Tow operator for four years after six years in a warehouse. Flatbed and wheel-lift, police rotation calls, accident scenes and roadside service, nights and weekends included.',
        location: { city: 'Raleigh', region: 'NC' },
      },
      work: [
        {
          name: 'Capital City Towing and Recovery', position: 'Tow Operator', location: 'Raleigh, NC', startDate: '2022-03',
          highlights: [
            'Run a rollback flatbed and a wheel-lift wrecker: breakdowns, impounds, dealer transports and police rotation tows.',
            'Clear accident scenes with the highway patrol: secure the vehicle, sweep debris, set cones and flares.',
            'Roadside service: jump starts, lockouts, tire changes and fuel delivery.',
            'Fill in tow tickets on the Omadi app and take payments from customers.',
          ],
        },
        {
          name: 'Triangle Distribution Center', position: 'Warehouse Associate', location: 'Garner, NC', startDate: '2016-01', endDate: '2022-02',
          highlights: ['Picked, packed and loaded trailers; drove a forklift and a pallet jack.'],
        },
      ],
      education: [{ institution: 'Garner Magnet High School', studyType: 'High School Diploma', area: 'Business Education', startDate: '2011-08', endDate: '2015-06' }],
      skills: [
        { name: 'Towing', keywords: ['Flatbed Towing', 'Wheel-lift Towing', 'Vehicle Securement', 'Accident Scene Clearance', 'Roadside Assistance', 'Lockouts'] },
        { name: 'Licences', keywords: ['CDL Class B', 'WreckMaster 4/5', 'TIM Training (Traffic Incident Management)'] },
        { name: 'Other', keywords: ['Forklift', 'Customer Service', 'Cash Handling'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '09-pictureframing-helenmarsh',
    style: { dateStyle: 'fullMonthName', headerStyle: 'employerThenTitle', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Helen Marsh',
        label: 'Picture Framer, GCF Advanced',
        email: 'helen.marsh.framing@example.com',
        phone: '01632 960587',
        summary: 'Picture framer and Guild Commended Framer. Eight years at the bench before my children came, back since 2021 at an independent gallery. I frame to conservation standard and help customers choose mounts and mouldings.',
        location: { city: 'Bath', region: 'Somerset' },
      },
      work: [
        {
          name: 'Walcot Street Gallery and Framing', position: 'Senior Framer', location: 'Bath', startDate: '2021-09',
          highlights: [
            'Cut mounts on the Valiani computerised mount cutter: multi-aperture, V-grooves and float mounts.',
            'Join mouldings with the underpinner, fit glass and UV-filtering acrylic, and hinge artwork with Japanese tissue and wheat starch paste.',
            'Frame oils on canvas, textiles, medals and football shirts in box frames.',
            'Price framing at the counter and help customers pick mounts and mouldings.',
          ],
        },
        {
          name: 'Frome Framing Company', position: 'Framer', location: 'Frome', startDate: '2005-03', endDate: '2013-07',
          highlights: ['Trade and retail framing; chopped and joined mouldings and cut glass; ran the workshop on Saturdays.'],
        },
      ],
      education: [{ institution: 'Bath Spa University', studyType: 'BA (Hons)', area: 'Fine Art', startDate: '2001-09', endDate: '2004-06' }],
      skills: [
        { name: 'Framing', keywords: ['Picture Framing', 'Mount Cutting', 'Conservation Framing', 'Hinging', 'Box Frames', 'Glass Cutting', 'Valiani CMC'] },
        { name: 'Shop', keywords: ['Pricing', 'Customer Advice', 'Stock Ordering'] },
      ],
      certificates: [{ name: 'Guild Commended Framer (GCF) and GCF Advanced', issuer: 'Fine Art Trade Guild', date: '2011-05' }],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'French', fluency: 'Basic' }],
    },
  },
  {
    id: '10-bricklaying-deanfletcher',
    style: { dateStyle: 'isoMonth', headerStyle: 'titleThenEmployer', linkScheme: false, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Dean Fletcher',
        label: 'Bricklayer (charge hand)',
        email: 'dean.fletcher.brick@example.com',
        phone: '0113 496 0914',
        summary: 'Bricklayer for fifteen years, charge hand on a gang of six for the last four. New-build housing mostly, some extensions and chimney rebuilds. Good setting out, clean gauge lines, no callbacks.',
        location: { city: 'Wakefield', region: 'West Yorkshire' },
      },
      work: [
        {
          name: 'Calder Brickwork Contractors', position: 'Charge Hand Bricklayer', location: 'West Yorkshire sites', startDate: '2021-03',
          highlights: [
            'Run a gang of six bricklayers and two labourers on new-build housing sites; about 1,000 bricks a day laid myself.',
            'Set out footings, cavity walls, corners and openings from the drawings and check them with the site engineer.',
            'Build facing brick and block cavity walls with insulation, cavity trays, lintels and wall ties to the NHBC standards.',
            'Sign off my gang\'s work with the site manager and keep the daywork sheets.',
          ],
        },
        {
          name: 'J. Fletcher and Son Builders', position: 'Bricklayer', location: 'Wakefield', startDate: '2011-09', endDate: '2021-02',
          highlights: ['House extensions, garden walls, chimney rebuilds and repointing in lime mortar.'],
        },
      ],
      education: [{ institution: 'Wakefield College', studyType: 'NVQ Level 3 Diploma', area: 'Trowel Occupations', startDate: '2009-09', endDate: '2011-07' }],
      skills: [
        { name: 'Brickwork', keywords: ['Bricklaying', 'Blockwork', 'Setting Out', 'Cavity Walls', 'Repointing', 'Lime Mortar', 'Reading Drawings'] },
        { name: 'Site', keywords: ['CSCS Gold Card (Skilled Worker)', 'Leading a Gang', 'Daywork Sheets'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '11-enforcementagent-sarahquinn',
    style: { dateStyle: 'monthName', headerStyle: 'titleLineBelow', linkScheme: false, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Sarah Quinn',
        label: 'Certificated Enforcement Agent',
        email: 'sarah.quinn.enforcement@example.com',
        phone: '020 7946 0629',
        summary: 'Certificated enforcement agent for five years, collecting council tax and parking debts on the doorstep, after four years collecting debts by phone. Calm, firm and fair; I spot vulnerable people and refer them.',
        location: { city: 'Ilford', region: 'Essex' },
      },
      work: [
        {
          name: 'Eastway Enforcement Services', position: 'Enforcement Agent', location: 'East London and Essex', startDate: '2021-06',
          highlights: [
            'Visit debtors for council tax, business rates and penalty charge notices under the Taking Control of Goods regulations.',
            'Agree payment arrangements on the doorstep, take control of goods and vehicles where needed, and clamp for removal.',
            'Wear and run body-worn video on every visit; write up each visit on the handheld.',
            'Identify vulnerable customers and refer them to the welfare team; about 15 visits a day.',
          ],
        },
        {
          name: 'Redbridge Credit Management', position: 'Collections Agent', location: 'Ilford', startDate: '2017-03', endDate: '2021-05',
          highlights: ['Phone collections for utility and telecoms debts; income and expenditure checks and payment plans.'],
        },
      ],
      education: [{ institution: 'Valentines High School', studyType: 'GCSEs', area: 'Nine subjects including English and Maths', startDate: '2008-09', endDate: '2013-06' }],
      skills: [
        { name: 'Enforcement', keywords: ['Taking Control of Goods', 'Council Tax Enforcement', 'Vehicle Clamping', 'Body-worn Video', 'Vulnerability Assessment'] },
        { name: 'Collections', keywords: ['Payment Arrangements', 'Income and Expenditure', 'Negotiation', 'Conflict Resolution'] },
        { name: 'Other', keywords: ['Enforcement Agent Certificate (County Court)', 'CIVEA Level 2 Certificate', 'Full UK Driving Licence'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Punjabi', fluency: 'Conversational' }],
    },
  },
  {
    id: '12-taxidermy-ewanmcleod',
    style: { dateStyle: 'slashMonth', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Ewan McLeod',
        label: 'Taxidermist',
        email: 'ewan.mcleod.taxidermy@example.com',
        phone: '0113 496 0367',
        summary: 'Taxidermist of fourteen years. Birds and small mammals for museums, schools and private clients, all legally sourced and documented. Guild of Taxidermists member, and I teach a short course twice a year.',
        location: { city: 'Perth', region: 'Scotland' },
      },
      work: [
        {
          name: 'McLeod Natural History Studio', position: 'Taxidermist (self-employed)', location: 'Perth', startDate: '2016-05',
          highlights: [
            'Skin, flesh and mount birds and small mammals: wire armatures, wrapped and carved bodies, glass eyes and habitat bases.',
            'Tan skins and prepare study skins and skeletons for two museum collections.',
            'Keep the records of origin and the Article 10 certificates for protected species; refuse anything not legally sourced.',
            'Run the studio: freezers, pest control for specimens, pricing, invoicing and two weekend courses a year.',
          ],
        },
        {
          name: 'Tay Valley Taxidermy', position: 'Assistant Taxidermist', location: 'Dundee', startDate: '2012-02', endDate: '2016-04',
          highlights: ['Skinning, fleshing and mounting under the owner; deer heads and fish in the second half.'],
        },
      ],
      education: [{ institution: 'University of Stirling', studyType: 'BSc', area: 'Ecology', startDate: '2007-09', endDate: '2011-06' }],
      skills: [
        { name: 'Taxidermy', keywords: ['Bird Taxidermy', 'Mammal Taxidermy', 'Skinning and Fleshing', 'Tanning', 'Study Skins', 'Skeleton Preparation', 'Habitat Bases'] },
        { name: 'Compliance', keywords: ['CITES Article 10 Records', 'Specimen Documentation'] },
        { name: 'Business', keywords: ['Teaching Short Courses', 'Pricing', 'Invoicing'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Scottish Gaelic', fluency: 'Basic' }],
    },
  },
];

/** Korean résumés: rendered by scripts/build-korean-resume-corpus.mjs (`style`: locationText, dateStyle, ongoingWord, nameStyle, headerStyle). */
export const KOREAN_PEOPLE = [
  {
    id: '13-drycleaning-choiyoungsook',
    style: { locationText: '서울특별시 마포구 망원동', dateStyle: 'dot', ongoingWord: '현재', nameStyle: 'plain', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '최영숙',
        label: '세탁 기술자 (세탁기능사)',
        email: 'youngsook.choi@example.kr',
        phone: '010-4417-2086',
        summary: '세탁 일 22년, 동네 세탁소를 14년째 운영하고 있습니다. 드라이클리닝과 물세탁, 얼룩 제거, 다림질, 간단한 수선까지 직접 합니다. 명품 가죽·모피 의류도 맡겨 주시는 단골이 많습니다.',
        location: { city: '마포구', region: '서울특별시' },
      },
      work: [
        {
          name: '망원크린세탁', position: '대표 (세탁 기술자)', location: '서울 마포', startDate: '2012-03',
          highlights: [
            '석유계 드라이클리닝 기계와 대형 세탁기로 양복, 코트, 니트, 이불을 세탁합니다.',
            '와인·기름·잉크 얼룩을 약품으로 빼고, 다림질과 프레스 마감을 합니다.',
            '가죽·모피·패딩 의류는 전문 공장에 외주를 맡기고 검수합니다.',
            '접수, 택 부착, 계산, 배달 일정 관리를 직접 하고 직원 1명과 일합니다.',
          ],
        },
        {
          name: '한강세탁 공장', position: '세탁원', location: '경기 고양', startDate: '2004-05', endDate: '2012-02',
          highlights: ['호텔·병원 리넨 세탁과 드라이클리닝 보조, 다림질을 했습니다.'],
        },
      ],
      education: [{ institution: '서울여자상업고등학교', studyType: '졸업', area: '상업과', startDate: '1997-03', endDate: '2000-02' }],
      skills: [
        { name: '세탁', keywords: ['드라이클리닝', '물세탁', '얼룩 제거', '다림질', '프레스 마감', '단추 달기·기장 수선'] },
        { name: '운영', keywords: ['고객 응대', '접수·검수', '매장 운영'] },
      ],
      certificates: [
        { name: '세탁기능사', issuer: '한국산업인력공단', date: '2006-11' },
        { name: '2종 보통 운전면허', issuer: '경찰청', date: '2010-06' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '14-mushroomfarming-kangdongwook',
    style: { locationText: '충청북도 청주시 청원구 오창읍', dateStyle: 'korean', ongoingWord: '재직중', nameStyle: 'withLatin', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '강동욱',
        label: '버섯 재배사 (버섯종균기능사)',
        email: 'dongwook.kang@example.kr',
        phone: '010-2764-5318',
        summary: '새송이·느타리 버섯 농장에서 9년째 재배를 맡고 있습니다. 배지 제조부터 접종, 배양, 생육, 수확까지 전 과정을 해봤고, 재배사 온습도와 CO2 관리로 수확량을 올렸습니다.',
        location: { city: '청주시', region: '충청북도' },
      },
      work: [
        {
          name: '오창버섯영농조합법인', position: '재배 팀장', location: '충북 청주', startDate: '2019-02',
          highlights: [
            '하루 병 2만 개 규모 새송이 병재배 라인에서 배지 혼합, 입병, 살균, 접종을 관리합니다.',
            '배양실과 생육실 온도·습도·CO2를 환경제어 프로그램으로 조절하고 오염병을 골라냅니다.',
            '수확·선별·포장 인원 6명의 작업을 배분합니다.',
            'GAP 인증 서류와 생산 일지를 작성합니다.',
          ],
        },
        {
          name: '청원느타리농장', position: '재배 관리원', location: '충북 청주', startDate: '2016-03', endDate: '2019-01',
          highlights: ['균상재배 느타리 농장에서 볏짚 배지 살균, 종균 접종, 수확을 했습니다.'],
        },
      ],
      education: [{ institution: '한국농수산대학', studyType: '전문학사', area: '특용작물학과', startDate: '2013-03', endDate: '2016-02' }],
      skills: [
        { name: '재배', keywords: ['버섯 병재배', '균상재배', '배지 제조', '종균 접종', '배양 관리', '생육실 환경제어', '오염 관리'] },
        { name: '관리', keywords: ['수확·선별', 'GAP 인증', '생산 일지'] },
      ],
      certificates: [
        { name: '버섯종균기능사', issuer: '한국산업인력공단', date: '2015-09' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2013-08' },
        { name: '지게차운전기능사', issuer: '한국산업인력공단', date: '2018-05' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '15-recyclingsorting-ohseungmin',
    style: { locationText: '경기도 김포시 양촌읍', dateStyle: 'dash', ongoingWord: 'open', nameStyle: 'spaced', headerStyle: 'pipeOneLine' },
    resume: {
      basics: {
        name: '오승민',
        label: '재활용 선별장 반장',
        email: 'seungmin.oh@example.kr',
        phone: '010-8831-0457',
        summary: '택배 배송 5년 뒤 재활용 선별장에 들어와 5년째 일하고 있고, 2년 전부터 반장으로 선별원 12명을 맡고 있습니다. 선별 라인 설비를 잘 알고, 안전사고 없이 라인을 돌립니다.',
        location: { city: '김포시', region: '경기도' },
      },
      work: [
        {
          name: '(주)푸른자원순환', position: '선별장 반장', location: '경기 김포', startDate: '2020-09',
          highlights: [
            '하루 40톤의 생활계 재활용품(플라스틱, 캔, 유리병, 종이)을 선별하는 라인의 반장입니다.',
            '선별원 12명의 배치와 근태를 관리하고, 신규 인원에게 선별 기준과 안전 수칙을 교육합니다.',
            '컨베이어, 파봉기, 압축기, 광학선별기를 매일 점검하고 고장 시 정비업체를 부릅니다.',
            '반입량·반출량 계량 기록과 올바로시스템 입력을 합니다.',
          ],
        },
        {
          name: '한길택배 김포대리점', position: '택배 배송기사', location: '경기 김포', startDate: '2015-06', endDate: '2020-08',
          highlights: ['1톤 탑차로 하루 250개 배송, 반품 회수와 고객 응대를 했습니다.'],
        },
      ],
      education: [{ institution: '김포고등학교', studyType: '졸업', area: '인문계', startDate: '2008-03', endDate: '2011-02' }],
      skills: [
        { name: '선별', keywords: ['재활용품 선별', '선별 라인 운영', '압축기 운전', '설비 일상점검', '계량 기록'] },
        { name: '관리', keywords: ['인원 관리', '안전 교육', '올바로시스템'] },
      ],
      certificates: [
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2012-04' },
        { name: '지게차운전기능사', issuer: '한국산업인력공단', date: '2021-03' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '16-vehicleinspection-jangeunji',
    style: { locationText: '부산광역시 사상구 괘법동', dateStyle: 'dotSpaced', ongoingWord: '재직중', nameStyle: 'plain', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '장은지',
        label: '자동차 검사원 (자동차정비산업기사)',
        email: 'eunji.jang@example.kr',
        phone: '010-6605-9142',
        summary: '민간 자동차 검사소에서 7년째 정기검사와 종합검사를 하고 있습니다. 그 전 3년은 정비공장에서 일했습니다. 배출가스와 제동력 검사 장비를 다루고, 부적합 사유를 고객에게 알기 쉽게 설명합니다.',
        location: { city: '부산', region: '부산광역시' },
      },
      work: [
        {
          name: '사상종합자동차검사소', position: '자동차 검사원', location: '부산 사상', startDate: '2019-04',
          highlights: [
            '승용·승합·소형 화물차의 정기검사와 종합검사를 하루 25대 정도 합니다.',
            '제동력·속도계·전조등 시험기와 배출가스 측정기(부하검사)로 검사하고 결과를 전산에 입력합니다.',
            '불법 튜닝과 등화장치, 타이어, 하체 누유를 육안으로 확인하고 부적합 사유를 설명합니다.',
            '검사 장비 일상점검과 정도검사 준비를 합니다.',
          ],
        },
        {
          name: '동해자동차공업사', position: '정비사', location: '부산 북구', startDate: '2016-03', endDate: '2019-03',
          highlights: ['엔진오일·브레이크·하체 정비와 고장 진단기(스캐너) 점검을 했습니다.'],
        },
      ],
      education: [{ institution: '동의과학대학교', studyType: '전문학사', area: '자동차과', startDate: '2014-03', endDate: '2016-02' }],
      skills: [
        { name: '검사', keywords: ['자동차 정기검사', '종합검사', '배출가스 검사', '제동력 검사', '전조등 검사'] },
        { name: '정비', keywords: ['하체 점검', '고장 진단', '브레이크 정비'] },
      ],
      certificates: [
        { name: '자동차정비산업기사', issuer: '한국산업인력공단', date: '2017-08' },
        { name: '자동차검사기능사', issuer: '한국산업인력공단', date: '2018-11' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2014-05' },
      ],
      languages: [{ language: '영어', fluency: '중급' }],
    },
  },
];
