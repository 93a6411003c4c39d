// The content of the wave 19 held-back analysis set (test/fixtures/analysis/heldback-w19/, issue #12):
// sixteen fictional people, twelve written in English and four in Korean, each of an occupation that no
// earlier analysis set or résumé corpus has (public corpus, fresh, holdout 1–14, the Korean corpus,
// heldback-w7 … heldback-w18): surgical technologist, ambulance care assistant (once a shop supervisor),
// traffic signal technician, boilermaker, generator service technician, licensed London taxi driver,
// animal control officer (once a veterinary receptionist), registration officer, refuse collection driver
// (back after a shoulder injury), ski instructor, floor layer, wheelwright; 양돈장 농장장, 장애인활동지원사
// (once a 마트 계산원), 소방안전관리자, 나전칠기 기능공.
// Fields are spread on purpose, all far from software, and most of the postings ask first for credentials,
// licences and procedures (health, trades, transport, public service): an operating theatre, a patient
// transport service, a city traffic department, an industrial construction crew, a generator dealer's
// service fleet, a London cab, a county animal shelter, a register office, a council refuse depot, a ski
// school, a flooring contractor, a living history museum's wheel shop, a pig farm, a disability support
// agency, a shopping mall's fire control room, a lacquerware workshop. Seniorities run from an ambulance
// care assistant of three years to a wheelwright of twenty-one; leads (the traffic signal lead technician,
// the boilermaker foreman, the ski school supervisor, the 양돈장 농장장, the 소방안전관리자) and individual
// contributors; three career changers (the ambulance care assistant, once a shop supervisor; the animal
// control officer, once a veterinary receptionist; the 장애인활동지원사, once a 마트 계산원) and one return
// to work (the refuse collection driver, back after a shoulder operation).
// Written in full on 2026-12-02 by an engineer who does not tune the analysis, before anything was rendered
// or scored; the set is frozen by hash (manifest.json) and never tuned on. Names and employers are invented
// by hand (schools, certifying bodies, unions and products are real); phone numbers use fictional ranges
// (US and Canada 555-01xx, Ofcom drama 01632 960xxx, 0113 496 0xxx and 020 7946 0xxx, Australia 0491 570 xxx;
// the Korean ones are made up); e-mail at example.com / example.kr. The English text keeps to characters
// pdflatex typesets (no degree signs, no mathematical symbols, no ampersands or per cent signs). The English
// renderer prints no certificates section, so each English person names their credentials among their skills too.

/** English résumés: rendered by scripts/build-resume-corpus.mjs (`style`: dateStyle, headerStyle, linkScheme, bulletGlyph). */
export const ENGLISH_PEOPLE = [
  {
    id: '01-surgicaltech-danielleokafor',
    style: { dateStyle: 'monthName', headerStyle: 'titleThenEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Danielle Okafor',
        label: 'Certified Surgical Technologist (CST)',
        email: 'danielle.okafor.cst@example.com',
        phone: '(614) 555-0142',
        summary: 'Surgical technologist for seven years in a Level I trauma center. I scrub general, orthopedic and trauma cases, set up and keep the sterile field, and count with the circulator on every case. Float to cardiac and neuro on call.',
        location: { city: 'Columbus', region: 'OH' },
      },
      work: [
        {
          name: 'Scioto Valley University Hospital', position: 'Certified Surgical Technologist', location: 'Columbus, OH', startDate: '2019-08',
          highlights: [
            'Scrub in on general, orthopedic, trauma and vascular cases; pass instruments and anticipate the surgeon\'s next step.',
            'Open and set up back tables and Mayo stands, check indicator strips and keep the sterile field intact.',
            'Perform surgical counts of sponges, sharps and instruments with the circulating nurse; handle specimens to policy.',
            'Take trauma call nights and weekends; orient new technologists and students from the CST program.',
          ],
        },
        {
          name: 'Franklin Surgery Center', position: 'Surgical Technologist', location: 'Westerville, OH', startDate: '2017-07', endDate: '2019-07',
          highlights: ['Scrubbed ENT, GYN and hand cases at an outpatient surgery center; turned over rooms and restocked case carts.'],
        },
      ],
      education: [{ institution: 'Columbus State Community College', studyType: 'Associate of Applied Science', area: 'Surgical Technology', startDate: '2015-08', endDate: '2017-05' }],
      skills: [
        { name: 'Operating Room', keywords: ['Sterile Technique', 'Instrument Passing', 'Surgical Counts', 'Back Table Setup', 'Specimen Handling', 'Laparoscopic Cases', 'Orthopedic Power Equipment'] },
        { name: 'Certifications', keywords: ['CST (NBSTSA)', 'BLS (American Heart Association)'] },
        { name: 'Other', keywords: ['Epic OpTime', 'Precepting Students'] },
      ],
      certificates: [{ name: 'Certified Surgical Technologist', issuer: 'NBSTSA', date: '2017-06' }, { name: 'BLS Provider', issuer: 'American Heart Association', date: '2025-03' }],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Igbo', fluency: 'Conversational' }],
    },
  },
  {
    id: '02-patienttransport-shaunmcbride',
    style: { dateStyle: 'slashMonth', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Shaun McBride',
        label: 'Ambulance Care Assistant',
        email: 'shaun.mcbride.aca@example.com',
        phone: '0113 496 0732',
        summary: 'Ambulance care assistant for three years on a non-emergency patient transport service, after eleven years in supermarket retail, the last four as a shift supervisor. I take patients to dialysis, outpatients and discharge, move them safely with chairs, stretchers and carry chairs, and keep the vehicle clean and checked.',
        location: { city: 'Leeds', region: 'West Yorkshire' },
      },
      work: [
        {
          name: 'Aire Valley Patient Transport', position: 'Ambulance Care Assistant', location: 'Leeds', startDate: '2023-09',
          highlights: [
            'Drive a crewed ambulance and a single-crew car to take patients to renal, oncology and outpatient appointments and home on discharge.',
            'Move and handle patients with carry chairs, wheelchairs, stretchers and slide sheets; secure wheelchairs with the tracking system.',
            'Give basic first aid and observations, report changes in a patient\'s condition to control and complete journey records on the PDA.',
            'Carry out vehicle daily inspections, infection control cleaning and oxygen cylinder checks.',
          ],
        },
        {
          name: 'Holbeck Fresh Foods', position: 'Shift Supervisor', location: 'Leeds', startDate: '2012-06', endDate: '2023-08',
          highlights: ['Ran evening shifts of 20 staff, cash office and deliveries; shift supervisor from 2019.'],
        },
      ],
      education: [{ institution: 'Leeds City College', studyType: 'BTEC Level 2', area: 'Retail Operations', startDate: '2010-09', endDate: '2012-06' }],
      skills: [
        { name: 'Patient Care', keywords: ['Moving and Handling', 'Carry Chair', 'Stretcher Use', 'Basic Observations', 'Infection Control', 'Dementia Awareness', 'Safeguarding Adults'] },
        { name: 'Driving', keywords: ['Category C1 Licence', 'Blue Light Awareness (non-emergency)', 'Vehicle Daily Checks'] },
        { name: 'Qualifications', keywords: ['First Response Emergency Care Level 3 (FREC 3)', 'Enhanced DBS'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '03-trafficsignals-ramonvaldez',
    style: { dateStyle: 'isoMonth', headerStyle: 'pipeOneLine', linkScheme: true, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Ramon Valdez',
        label: 'Lead Traffic Signal Technician, IMSA Level III',
        email: 'ramon.valdez.signals@example.com',
        phone: '(520) 555-0118',
        summary: 'Traffic signal technician for eleven years with a city transportation department, lead technician for four. My crew of three keeps 410 signalized intersections running: cabinet troubleshooting, detection, conflict monitors and the 2 a.m. knockdown calls.',
        location: { city: 'Tucson', region: 'AZ' },
      },
      work: [
        {
          name: 'City of Tucson Department of Transportation and Mobility', position: 'Lead Traffic Signal Technician', location: 'Tucson, AZ', startDate: '2022-02',
          highlights: [
            'Lead a crew of three on preventive maintenance and repair of signal cabinets, controllers and conflict monitors (MMU).',
            'Troubleshoot and replace loop detectors, video detection cameras and pedestrian push buttons; test and certify conflict monitors yearly.',
            'Respond to after-hours knockdowns and flashing intersections; set up work zone traffic control to the MUTCD.',
            'Load timing plans sent by the signal engineer and check coordination in the field; keep the cabinet logs.',
          ],
        },
        {
          name: 'City of Tucson Department of Transportation and Mobility', position: 'Traffic Signal Technician II', location: 'Tucson, AZ', startDate: '2015-06', endDate: '2022-01',
          highlights: ['Installed and wired new signals and mast arms with contractors; ran bucket truck and pulled cable.'],
        },
        {
          name: 'Sonoran Electric', position: 'Electrician Helper', location: 'Tucson, AZ', startDate: '2012-03', endDate: '2015-05',
          highlights: ['Conduit, wire pulls and panel work on commercial jobs.'],
        },
      ],
      education: [{ institution: 'Pima Community College', studyType: 'Certificate', area: 'Electrical Technology', startDate: '2011-08', endDate: '2013-05' }],
      skills: [
        { name: 'Signals', keywords: ['Signal Cabinet Troubleshooting', 'NEMA TS2 Controllers', 'Conflict Monitor Testing', 'Loop Detection', 'Video Detection', 'Signal Timing Plans', 'MUTCD Work Zones'] },
        { name: 'Equipment', keywords: ['Bucket Truck', 'Multimeter', 'Fiber Optic Basics'] },
        { name: 'Certifications', keywords: ['IMSA Traffic Signal Technician Level III', 'IMSA Work Zone Safety', 'CDL Class B'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Spanish', fluency: 'Native' }],
    },
  },
  {
    id: '04-boilermaker-curtisboychuk',
    style: { dateStyle: 'year', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Curtis Boychuk',
        label: 'Red Seal Boilermaker, Foreman',
        email: 'curtis.boychuk@example.com',
        phone: '(780) 555-0164',
        summary: 'Journeyman boilermaker for fourteen years, the last five as a foreman on turnarounds and new construction in the oil sands and refineries. I lay out, fit and rig pressure vessels, heat exchangers and boiler tubes, and I run crews of up to twelve.',
        location: { city: 'Fort Saskatchewan', region: 'AB' },
      },
      work: [
        {
          name: 'Northern Lights Industrial Constructors', position: 'Boilermaker Foreman', location: 'Alberta Industrial Heartland', startDate: '2021-03',
          highlights: [
            'Run crews of eight to twelve boilermakers on refinery turnarounds: exchanger pulls, tray replacement in towers and vessel repairs.',
            'Plan lifts and rigging with the crane crew, fill in critical lift plans and hold the daily hazard assessments.',
            'Read isometrics and fabrication drawings; lay out nozzles and fit up plate for the welders.',
            'Track timesheets, materials and the punch list; close out permits with operations.',
          ],
        },
        {
          name: 'Boilermakers Lodge 146 dispatch', position: 'Journeyman Boilermaker', location: 'Alberta', startDate: '2012-05', endDate: '2021-02',
          highlights: ['Tubing, vessel and stack work on shutdowns; rigging and torching; SMAW and FCAW tacking.'],
        },
      ],
      education: [{ institution: 'NAIT', studyType: 'Apprenticeship', area: 'Boilermaker', startDate: '2008-09', endDate: '2012-04' }],
      skills: [
        { name: 'Trade', keywords: ['Layout and Fitting', 'Rigging', 'Pressure Vessels', 'Heat Exchanger Pulls', 'Boiler Tube Replacement', 'Oxy-fuel Cutting', 'Blueprint Reading'] },
        { name: 'Supervision', keywords: ['Crew Supervision', 'Field Level Hazard Assessment', 'Timesheets'] },
        { name: 'Tickets', keywords: ['Red Seal Boilermaker', 'Fall Protection', 'Confined Space Entry', 'H2S Alive', 'Standard First Aid', 'Aerial Work Platform'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Ukrainian', fluency: 'Basic' }],
    },
  },
  {
    id: '05-generatorservice-marcusbell',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Marcus Bell',
        label: 'Generator Field Service Technician',
        email: 'marcus.bell.gensets@example.com',
        phone: '(404) 555-0187',
        summary: 'Field service technician for six years on standby diesel and natural gas generators, 20 kW to 2 MW, for hospitals, data rooms and water plants. I do the annual and quarterly service, load bank tests, transfer switch repairs and the emergency calls when the power goes out.',
        location: { city: 'Marietta', region: 'GA' },
      },
      work: [
        {
          name: 'Peachtree Power Systems', position: 'Field Service Technician', location: 'Atlanta metro, GA', startDate: '2020-05',
          highlights: [
            'Service standby generator sets on a route of 300 sites: oil, filters, coolant, belts, batteries and block heaters.',
            'Run resistive load bank tests and write the reports hospitals need for their Joint Commission and NFPA 110 records.',
            'Troubleshoot controllers, voltage regulators and automatic transfer switches; read wiring diagrams and fault codes.',
            'Take the on-call phone one week in four for outages and storms.',
          ],
        },
        {
          name: 'Cobb Diesel and Equipment', position: 'Diesel Mechanic', location: 'Marietta, GA', startDate: '2017-01', endDate: '2020-04',
          highlights: ['Repaired skid steers, compressors and small diesel engines in the shop.'],
        },
      ],
      education: [{ institution: 'Chattahoochee Technical College', studyType: 'Diploma', area: 'Diesel Equipment Technology', startDate: '2015-08', endDate: '2016-12' }],
      skills: [
        { name: 'Generators', keywords: ['Generator Preventive Maintenance', 'Load Bank Testing', 'Automatic Transfer Switches', 'Generator Controllers', 'Voltage Regulators', 'Diesel Engines', 'Natural Gas Engines'] },
        { name: 'Tools', keywords: ['Multimeter', 'Laptop Diagnostics', 'Service Reports'] },
        { name: 'Certifications', keywords: ['EGSA Certified Generator Technician', 'OSHA 10', 'NFPA 70E Training'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '06-taxidriving-garyosullivan',
    style: { dateStyle: 'year', headerStyle: 'oneLineComma', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Gary O\'Sullivan',
        label: 'Licensed London Taxi Driver (All London Green Badge)',
        email: 'gary.osullivan.cab@example.com',
        phone: '020 7946 0381',
        summary: 'Licensed taxi driver for nine years. I passed the Knowledge of London in 2017 after three and a half years on a moped, and I drive my own electric cab six days a week: ranks, hails and account work. Before that, fifteen years as a Royal Mail postman in Islington.',
        location: { city: 'Walthamstow', region: 'London' },
      },
      work: [
        {
          name: 'Self-employed', position: 'Licensed Taxi Driver (All London)', location: 'London', startDate: '2017-06',
          highlights: [
            'Drive a wheelchair accessible LEVC TX cab; take fares from ranks, street hails and app bookings across all of London.',
            'Plan routes without satnav from the Knowledge; keep to the meter and the TfL conditions of fitness.',
            'Help wheelchair users and passengers with luggage; deploy the ramp and secure the chair.',
            'Keep the cab clean and licensed, MOT and insurance in date, and my own accounts for self-assessment.',
          ],
        },
        {
          name: 'Royal Mail', position: 'Postman', location: 'Islington', startDate: '2002-03', endDate: '2017-05',
          highlights: ['Walked and drove delivery rounds; learned the Knowledge in the afternoons.'],
        },
      ],
      education: [{ institution: 'Highbury Grove School', studyType: 'GCSEs', area: 'Nine subjects', startDate: '1996-09', endDate: '2001-06' }],
      skills: [
        { name: 'Driving', keywords: ['Knowledge of London', 'Route Planning', 'Wheelchair Accessible Vehicle', 'Defensive Driving', 'Customer Service'] },
        { name: 'Licences', keywords: ['TfL Taxi Driver Licence (All London)', 'Full UK Driving Licence', 'Enhanced DBS'] },
        { name: 'Business', keywords: ['Self-Assessment Bookkeeping', 'Account Work'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Irish', fluency: 'Basic' }],
    },
  },
  {
    id: '07-animalcontrol-brittanyhaynes',
    style: { dateStyle: 'slashMonth', headerStyle: 'titleAtEmployer', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Brittany Haynes',
        label: 'Animal Control Officer II',
        email: 'brittany.haynes.aco@example.com',
        phone: '(336) 555-0129',
        summary: 'Animal control officer for five years with a county animal services department, after four years at the front desk of a veterinary hospital. I answer calls for loose, injured and dangerous animals, investigate cruelty and bite cases, and write the citations and reports that hold up in court.',
        location: { city: 'Asheboro', region: 'NC' },
      },
      work: [
        {
          name: 'Randolph County Animal Services', position: 'Animal Control Officer II', location: 'Asheboro, NC', startDate: '2021-04',
          highlights: [
            'Respond to calls for stray, injured, aggressive and wild animals; capture with catch poles, traps and nets and transport to the shelter.',
            'Investigate animal cruelty and neglect complaints, document with photographs and write sworn statements and search warrant affidavits.',
            'Quarantine bite animals for rabies observation and work with the county health department on exposures.',
            'Enforce the county animal ordinance: warnings, citations and court testimony; educate owners on tethering and vaccines.',
          ],
        },
        {
          name: 'Uwharrie Veterinary Hospital', position: 'Veterinary Receptionist', location: 'Asheboro, NC', startDate: '2017-02', endDate: '2021-03',
          highlights: ['Booked appointments, checked in patients, restrained pets for the technicians when asked.'],
        },
      ],
      education: [{ institution: 'Randolph Community College', studyType: 'Associate of Applied Science', area: 'Criminal Justice Technology', startDate: '2014-08', endDate: '2016-05' }],
      skills: [
        { name: 'Field Work', keywords: ['Animal Capture and Restraint', 'Catch Pole', 'Humane Traps', 'Chemical Capture (dart)', 'Cruelty Investigation', 'Bite Quarantine', 'Report Writing'] },
        { name: 'Enforcement', keywords: ['Citations', 'Court Testimony', 'County Animal Ordinance'] },
        { name: 'Certifications', keywords: ['NACA Animal Control Officer Level I and II', 'NC Certified Animal Euthanasia Technician', 'Pre-exposure Rabies Vaccination', 'Class C Driver License'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '08-civilregistration-helenforsyth',
    style: { dateStyle: 'monthName', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Helen Forsyth',
        label: 'Registration Officer and Deputy Superintendent Registrar',
        email: 'helen.forsyth.registrar@example.com',
        phone: '01632 960734',
        summary: 'Registration officer for ten years at a county register office. I register births and deaths, take notices of marriage and civil partnership, conduct ceremonies, and check identity and immigration documents against the General Register Office rules. Deputy superintendent registrar since 2022.',
        location: { city: 'Kendal', region: 'Cumbria' },
      },
      work: [
        {
          name: 'Westmorland Register Office', position: 'Registration Officer and Deputy Superintendent Registrar', location: 'Kendal', startDate: '2016-10',
          highlights: [
            'Register births, stillbirths and deaths in the Registration Online system; interview informants and read the medical certificate of cause of death.',
            'Refer deaths to the coroner where the rules require it and issue the green form for burial or cremation.',
            'Take notices of marriage and civil partnership, check evidence of identity, nationality and immigration status, and refer cases to the Home Office.',
            'Conduct marriage, civil partnership and citizenship ceremonies at the office and approved venues; issue certified copies.',
          ],
        },
        {
          name: 'Kendal Town Council', position: 'Customer Services Assistant', location: 'Kendal', startDate: '2011-04', endDate: '2016-09',
          highlights: ['Front desk, phone and e-mail enquiries; council tax and parking permit applications.'],
        },
      ],
      education: [{ institution: 'Lancaster University', studyType: 'BA', area: 'History', startDate: '2007-10', endDate: '2010-06' }],
      skills: [
        { name: 'Registration', keywords: ['Birth and Death Registration', 'Registration Online (RON)', 'Notices of Marriage', 'Ceremony Conducting', 'Identity Document Checks', 'Certified Copies', 'Coroner Referrals'] },
        { name: 'Office', keywords: ['Microsoft Office', 'Cash Handling', 'Confidential Records'] },
        { name: 'Qualifications', keywords: ['LSA Registration Services Certificate', 'Deputy Superintendent Registrar'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'French', fluency: 'Intermediate' }],
    },
  },
  {
    id: '09-refusecollection-deanwhitaker',
    style: { dateStyle: 'year', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Dean Whitaker',
        label: 'Refuse Collection Driver (HGV Class 2)',
        email: 'dean.whitaker.hgv@example.com',
        phone: '01632 960297',
        summary: 'Refuse collection crew for nine years with a borough council, seven of them as the driver. I drive a 26-tonne refuse collection vehicle on domestic, trade and recycling rounds and lead the loaders. Off work for a shoulder operation and rehab from 2024; fit and back driving from October 2026.',
        location: { city: 'Rotherham', region: 'South Yorkshire' },
      },
      work: [
        {
          name: 'Valley Freight', position: 'Relief HGV Driver', location: 'Sheffield', startDate: '2026-10',
          highlights: ['Back on the road after recovery: agency shifts on rigid multi-drop work while I look for a council round again.'],
        },
        {
          name: 'Rotherham and Dearne Borough Council', position: 'Refuse Collection Driver (HGV Class 2)', location: 'Rotherham', startDate: '2017-05', endDate: '2024-03',
          highlights: [
            'Drove a Dennis Eagle refuse collection vehicle on domestic, recycling and trade waste rounds of 1,400 bins a day.',
            'Did the daily walk-round checks, kept the tachograph and defect sheets and reported missed bins on the in-cab tablet.',
            'Reversed only with a banksman and ran the bin lifts safely; led a crew of three loaders.',
            'Covered bulky waste, clinical waste and street cleansing rounds when short.',
          ],
        },
        {
          name: 'Rotherham and Dearne Borough Council', position: 'Refuse Loader', location: 'Rotherham', startDate: '2015-02', endDate: '2017-04',
          highlights: ['Loaded bins and sacks on domestic rounds; passed my Class 2 through the council scheme.'],
        },
      ],
      education: [{ institution: 'Wath Academy', studyType: 'GCSEs', area: 'General', startDate: '2005-09', endDate: '2010-06' }],
      skills: [
        { name: 'Driving', keywords: ['Refuse Collection Vehicle', 'Walk-round Checks', 'Digital Tachograph', 'Reversing with a Banksman', 'Bin Lift Operation', 'In-cab Technology'] },
        { name: 'Licences', keywords: ['Category C (Class 2) Licence', 'Driver CPC', 'Digital Tachograph Card', 'CPC Periodic Training Up to Date'] },
        { name: 'Waste', keywords: ['Domestic and Trade Waste', 'Recycling Rounds', 'Crew Leading'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '10-skiinstruction-chloedesrosiers',
    style: { dateStyle: 'isoMonth', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Chloe Desrosiers',
        label: 'Ski Instructor CSIA Level 3, Ski School Supervisor',
        email: 'chloe.desrosiers.ski@example.com',
        phone: '(604) 555-0151',
        summary: 'Ski instructor for twelve winters, supervisor for three at a large mountain ski school. I teach adults and kids from first day to steeps and bumps, run the morning line-up and private lesson desk, and train new instructors toward their Level 1 and 2. Summers I work as a whitewater raft guide.',
        location: { city: 'Whistler', region: 'BC' },
      },
      work: [
        {
          name: 'Coast Peaks Snow School', position: 'Ski School Supervisor', location: 'Whistler, BC', startDate: '2023-11',
          highlights: [
            'Run the morning line-up for 60 instructors, assign groups and privates and handle guest complaints and refunds.',
            'Teach private and group lessons of all levels; specialise in adult progression, bumps and off-piste.',
            'Shadow and train new instructors before their CSIA Level 1 and 2 exams; run in-house clinics.',
            'Handle lost children and injured guests with ski patrol; write incident reports.',
          ],
        },
        {
          name: 'Coast Peaks Snow School', position: 'Ski Instructor', location: 'Whistler, BC', startDate: '2014-12', endDate: '2023-04',
          highlights: ['Taught kids camps, adult groups and privates in English and French.'],
        },
        {
          name: 'Elaho River Adventures', position: 'Raft Guide (summers)', location: 'Squamish, BC', startDate: '2016-06', endDate: '2025-09',
          highlights: ['Guided class III and IV raft trips; swiftwater rescue.'],
        },
      ],
      education: [{ institution: 'Capilano University', studyType: 'Diploma', area: 'Outdoor Recreation Management', startDate: '2012-09', endDate: '2014-04' }],
      skills: [
        { name: 'Teaching', keywords: ['Ski Instruction', 'Lesson Planning', 'Movement Analysis', 'Children\'s Lessons', 'Instructor Training', 'Off-piste and Bumps'] },
        { name: 'Operations', keywords: ['Line-up and Scheduling', 'Guest Service', 'Incident Reports'] },
        { name: 'Certifications', keywords: ['CSIA Level 3', 'CSIA Level 2 Trainer', 'Occupational First Aid Level 1', 'Swiftwater Rescue Technician'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'French', fluency: 'Native' }],
    },
  },
  {
    id: '11-floorlaying-nathanpereira',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleThenEmployer', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Nathan Pereira',
        label: 'Floor Finisher (Resilient and Carpet)',
        email: 'nathan.pereira.floors@example.com',
        phone: '0491 570 613',
        summary: 'Floor layer for fifteen years, qualified with a Certificate III in Flooring Technology. I prepare subfloors, lay vinyl, sheet and carpet in homes, schools and aged care, and weld sheet vinyl for wet areas and hospitals. I now run my own small business with one apprentice.',
        location: { city: 'Ipswich', region: 'QLD, Australia' },
      },
      work: [
        {
          name: 'Pereira Floor Covering', position: 'Owner and Floor Layer', location: 'Ipswich, QLD', startDate: '2019-07',
          highlights: [
            'Measure and quote jobs; grind, patch and level concrete and timber subfloors and test slab moisture.',
            'Lay sheet vinyl, luxury vinyl plank and tiles, carpet tiles and broadloom carpet with stretchers and kickers.',
            'Heat weld and cove sheet vinyl in bathrooms, kitchens and aged care rooms.',
            'Train my apprentice through TAFE and keep the business books, BAS and insurance.',
          ],
        },
        {
          name: 'Brisbane Commercial Flooring', position: 'Floor Layer', location: 'Brisbane', startDate: '2011-01', endDate: '2019-06',
          highlights: ['Commercial vinyl and carpet tile jobs in schools and offices after my apprenticeship.'],
        },
      ],
      education: [{ institution: 'TAFE Queensland', studyType: 'Certificate III', area: 'Flooring Technology', startDate: '2007-02', endDate: '2010-12' }],
      skills: [
        { name: 'Flooring', keywords: ['Subfloor Preparation', 'Floor Levelling', 'Sheet Vinyl', 'Vinyl Welding', 'Coving', 'Luxury Vinyl Plank', 'Carpet Laying', 'Moisture Testing'] },
        { name: 'Business', keywords: ['Measuring and Quoting', 'BAS', 'Apprentice Training'] },
        { name: 'Licences', keywords: ['QBCC Licence (Floor Finishing and Coverings)', 'White Card', 'C Class Driver Licence'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Portuguese', fluency: 'Conversational' }],
    },
  },
  {
    id: '12-wheelwright-samuelyoder',
    style: { dateStyle: 'monthName', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Samuel Yoder',
        label: 'Master Wheelwright',
        email: 'samuel.yoder.wheels@example.com',
        phone: '(717) 555-0136',
        summary: 'Wheelwright for twenty-one years. I make and repair wooden wheels for wagons, carriages and cannon carriages by hand, shrink iron tires on them, and demonstrate the trade to museum visitors at a living history village.',
        location: { city: 'Strasburg', region: 'PA' },
      },
      work: [
        {
          name: 'Conestoga Crossing Living History Village', position: 'Master Wheelwright', location: 'Lancaster County, PA', startDate: '2013-04',
          highlights: [
            'Make wheels from turned elm hubs, riven oak spokes and sawn ash felloes; mortise hubs and tenon spokes by hand.',
            'Heat, shrink and set iron tires with the blacksmith; box hubs and fit axles.',
            'Restore wheels and running gear of museum wagons and carriages to conservation standards, with treatment records.',
            'Demonstrate the trade and talk with visitors and school groups; teach a two-year apprentice.',
          ],
        },
        {
          name: 'Yoder Carriage Shop', position: 'Wheelwright and Carriage Builder', location: 'Gordonville, PA', startDate: '2005-03', endDate: '2013-03',
          highlights: ['Built and repaired buggy wheels, shafts and bodies for the Plain community and collectors.'],
        },
      ],
      education: [{ institution: 'Pequea Valley High School', studyType: 'High School Diploma', area: 'General', startDate: '1999-09', endDate: '2003-06' }],
      skills: [
        { name: 'Wheelwrighting', keywords: ['Wheel Making', 'Hub Mortising', 'Spoke Tenoning', 'Felloe Sawing', 'Tire Setting', 'Hand Tools', 'Green Woodworking'] },
        { name: 'Museum', keywords: ['Historic Vehicle Restoration', 'Treatment Records', 'Interpretation and Demonstration'] },
        { name: 'Shop', keywords: ['Bandsaw', 'Lathe', 'Forge Work'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Pennsylvania German', fluency: 'Native' }],
    },
  },
];

/** Korean résumés: rendered by scripts/build-korean-resume-corpus.mjs (`style`: locationText, dateStyle, ongoingWord, nameStyle, headerStyle). */
export const KOREAN_PEOPLE = [
  {
    id: '13-swinefarm-kimdongsu',
    style: { locationText: '충청남도 홍성군 은하면', dateStyle: 'dot', ongoingWord: '현재', nameStyle: 'plain', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '김동수',
        label: '양돈장 농장장 (축산산업기사)',
        email: 'dongsu.kim@example.kr',
        phone: '010-4472-1836',
        summary: '양돈장에서 15년, 모돈 600두 일관사육 농장의 농장장으로 7년째 일하고 있습니다. 교배, 분만, 이유, 비육까지 전 과정을 관리하고 직원 7명(외국인 근로자 4명)을 이끕니다. 방역과 차단방역 기준을 지키고 생산성 지표(MSY)를 매달 봅니다.',
        location: { city: '홍성군', region: '충청남도' },
      },
      work: [
        {
          name: '은하농장', position: '농장장', location: '충남 홍성', startDate: '2020-01',
          highlights: [
            '모돈 600두 일관사육 농장의 교배, 임신, 분만, 자돈, 비육 전 과정을 관리합니다.',
            '인공수정과 임신 진단, 분만 관리, 자돈 거세와 백신 접종 일정을 짜고 직접 합니다.',
            '아프리카돼지열병(ASF) 차단방역, 출입 차량 소독, 방역 일지와 축산물이력제 신고를 맡습니다.',
            '직원 7명 근무 관리와 외국인 근로자 교육, 사료 발주와 출하 일정을 관리합니다.',
          ],
        },
        {
          name: '청양 한돈 영농조합', position: '분만사 관리 직원', location: '충남 청양', startDate: '2011-03', endDate: '2019-12',
          highlights: ['분만사와 자돈사 관리, 포유 자돈 관리와 이유를 했습니다.'],
        },
      ],
      education: [{ institution: '한국농수산대학', studyType: '전문학사', area: '양돈학과', startDate: '2008-03', endDate: '2011-02' }],
      skills: [
        { name: '사육', keywords: ['교배 및 인공수정', '임신 진단', '분만 관리', '자돈 관리', '백신 접종', '비육 관리', '사료 관리'] },
        { name: '방역·관리', keywords: ['차단방역', '방역 일지', '축산물이력제', '생산성 관리(MSY)', '직원 관리'] },
      ],
      certificates: [
        { name: '축산산업기사', issuer: '한국산업인력공단', date: '2013-11' },
        { name: '가축인공수정사', issuer: '농림축산식품부', date: '2012-08' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2009-05' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '14-disabilitysupport-jungeunji',
    style: { locationText: '부산광역시 해운대구 반여동', dateStyle: 'korean', ongoingWord: '재직중', nameStyle: 'withLatin', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '정은지',
        label: '장애인활동지원사',
        email: 'eunji.jung@example.kr',
        phone: '010-2284-6059',
        summary: '대형마트 계산원으로 10년 일한 뒤, 장애인활동지원사 교육을 받고 4년째 활동지원 일을 하고 있습니다. 중증 지체장애인과 발달장애 청소년의 신변 처리, 식사, 이동, 외출과 학교 생활을 돕습니다. 휠체어 이동과 체위 변경에 자신 있습니다.',
        location: { city: '해운대구', region: '부산광역시' },
      },
      work: [
        {
          name: '해운대장애인자립생활센터', position: '장애인활동지원사', location: '부산 해운대', startDate: '2022-09',
          highlights: [
            '중증 지체장애인(사지마비) 이용자의 세면, 목욕, 배변, 식사와 체위 변경을 돕습니다.',
            '발달장애 청소년의 등하교 동행과 방과후 활동, 외출과 병원 동행을 지원합니다.',
            '휠체어와 리프트 차량 이동을 돕고 낙상과 욕창을 예방합니다.',
            '활동지원 급여 제공 기록을 앱으로 남기고 보호자와 코디네이터에게 변화를 알립니다.',
          ],
        },
        {
          name: '홈마트 반여점', position: '계산원', location: '부산 해운대', startDate: '2011-04', endDate: '2021-06',
          highlights: ['계산과 고객 응대, 환불 처리, 신입 계산원 교육을 했습니다.'],
        },
      ],
      education: [{ institution: '부산여자상업고등학교', studyType: '졸업', area: '상업과', startDate: '2005-03', endDate: '2008-02' }],
      skills: [
        { name: '활동지원', keywords: ['신변 처리 지원', '식사 보조', '체위 변경', '휠체어 이동', '외출 동행', '발달장애인 의사소통'] },
        { name: '기타', keywords: ['급여 제공 기록', '고객 응대'] },
      ],
      certificates: [
        { name: '장애인활동지원사 교육 수료', issuer: '부산광역시 활동지원기관', date: '2022-08' },
        { name: '요양보호사 1급', issuer: '부산광역시', date: '2023-05' },
        { name: '2종 보통 운전면허', issuer: '경찰청', date: '2010-09' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '15-firesafety-leejaehyuk',
    style: { locationText: '대구광역시 북구 칠성동', dateStyle: 'dash', ongoingWord: '현재', nameStyle: 'spaced', headerStyle: 'pipeOneLine' },
    resume: {
      basics: {
        name: '이재혁',
        label: '소방안전관리자 1급 / 방재센터 팀장',
        email: 'jaehyuk.lee@example.kr',
        phone: '010-8815-3307',
        summary: '대형 쇼핑몰 방재센터에서 8년, 선임 소방안전관리자로 5년째 근무하고 있습니다. 소방계획서 작성, 자체점검, 소방훈련과 교육, 수신기 감시와 화재 대응을 맡고 방재 요원 6명과 교대 근무를 운영합니다.',
        location: { city: '북구', region: '대구광역시' },
      },
      work: [
        {
          name: '칠성 스퀘어몰 (시설관리: 대경FM)', position: '방재센터 팀장 / 선임 소방안전관리자', location: '대구 북구', startDate: '2022-01',
          highlights: [
            '연면적 12만㎡ 쇼핑몰의 소방계획서를 작성하고 소방안전관리 업무를 총괄합니다.',
            '작동점검과 종합점검을 외부 업체와 함께 하고 지적 사항을 보수하며 결과를 소방서에 보고합니다.',
            '자위소방대를 편성하고 입점 매장 직원 대상 소방훈련과 교육을 연 2회 실시합니다.',
            '화재 수신기, 스프링클러, 제연설비, 비상방송을 감시하고 오작동과 화재 신호에 대응합니다.',
          ],
        },
        {
          name: '칠성 스퀘어몰 (시설관리: 대경FM)', position: '방재 요원', location: '대구 북구', startDate: '2018-03', endDate: '2021-12',
          highlights: ['3조 2교대로 방재실 감시, 순찰, 소방시설 일상점검을 했습니다.'],
        },
      ],
      education: [{ institution: '경북전문대학교', studyType: '전문학사', area: '소방안전관리과', startDate: '2015-03', endDate: '2018-02' }],
      skills: [
        { name: '소방', keywords: ['소방계획서 작성', '작동점검', '종합점검', '소방훈련', '자위소방대 운영', '수신기 감시', '스프링클러 설비', '제연설비'] },
        { name: '관리', keywords: ['교대 근무 관리', '협력업체 관리', '한글(HWP)', '엑셀'] },
      ],
      certificates: [
        { name: '소방안전관리자 1급', issuer: '한국소방안전원', date: '2019-07' },
        { name: '소방설비산업기사(전기)', issuer: '한국산업인력공단', date: '2018-11' },
        { name: '위험물기능사', issuer: '한국산업인력공단', date: '2017-06' },
      ],
      languages: [{ language: '영어', fluency: '초급' }],
    },
  },
  {
    id: '16-lacquerware-parksoyeon',
    style: { locationText: '경상남도 통영시 봉평동', dateStyle: 'dotSpaced', ongoingWord: '재직 중', nameStyle: 'withLatin', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '박소연',
        label: '나전칠기 기능공',
        email: 'soyeon.park@example.kr',
        phone: '010-5093-2741',
        summary: '통영에서 나전칠기를 배우고 만든 지 14년 된 기능공입니다. 자개 켜기와 끊음질, 줄음질로 문양을 놓고 옻칠을 올려 함, 소반, 장신구를 만듭니다. 공방 체험 수업과 전통공예 박람회 출품도 맡고 있습니다.',
        location: { city: '통영시', region: '경상남도' },
      },
      work: [
        {
          name: '봉평나전공방', position: '나전칠기 기능공', location: '경남 통영', startDate: '2016-03',
          highlights: [
            '전복 자개를 켜고 실톱으로 오려 끊음질과 줄음질로 문양을 붙입니다.',
            '생칠과 정제칠로 바탕칠, 중칠, 상칠을 올리고 사포질과 광내기로 마감합니다.',
            '함, 소반, 거울, 장신구를 만들고 주문 제작과 수리를 합니다.',
            '관광객 대상 자개 체험 수업을 진행하고 공예 박람회 출품작을 준비합니다.',
          ],
        },
        {
          name: '통영 전통공예 전수관', position: '전수생', location: '경남 통영', startDate: '2012-03', endDate: '2016-02',
          highlights: ['보유자 선생님께 자개 켜기, 끊음질, 옻칠을 배웠습니다.'],
        },
      ],
      education: [{ institution: '경상국립대학교', studyType: '학사', area: '목공예학과', startDate: '2008-03', endDate: '2012-02' }],
      skills: [
        { name: '나전칠기', keywords: ['자개 켜기', '끊음질', '줄음질', '옻칠', '바탕칠', '광내기', '문양 도안'] },
        { name: '기타', keywords: ['체험 수업', '주문 제작', '포토샵'] },
      ],
      certificates: [
        { name: '나전칠기기능사', issuer: '한국산업인력공단', date: '2014-06' },
        { name: '경상남도 공예품대전 입선', issuer: '경상남도', date: '2021-09' },
      ],
      languages: [{ language: '영어', fluency: '기초' }, { language: '중국어', fluency: '기초' }],
    },
  },
];
