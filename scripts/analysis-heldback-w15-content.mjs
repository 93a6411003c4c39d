// The content of the wave 15 held-back analysis set (test/fixtures/analysis/heldback-w15/, issue #12):
// sixteen fictional people, twelve written in English and four in Korean, each of an occupation that no
// earlier analysis set or résumé corpus has (public corpus, fresh, holdout 1–10, the Korean corpus,
// heldback-w7 … heldback-w14): radiation therapist, certified anesthesiologist assistant (once a
// paramedic), athletic trainer, fibre optic splicer, NDT Level II technician, wildlife biologist, heritage
// plasterer, registered behavior technician (two years in, once a retail supervisor), fire sprinkler fitter,
// scientific glassblower, chiropractor, transit bus operator (once a warehouse shipping lead); 태권도 사범,
// 철근 반장, 정수기 방문관리 매니저 (back to work after a career break), 간판 제작·시공 기사.
// Fields are spread on purpose, all far from software (a radiation oncology department, the operating room,
// a high school's sports medicine room, fibre networks, pipeline and refinery inspection, big-game
// research, listed buildings, an autism centre, fire protection, a chemistry department's glass shop, a
// chiropractic clinic, a transit agency, a taekwondo school, apartment frame construction, home rental
// service, sign making). Seniorities run from a behavior technician two years in, a bus operator and an
// anesthesiologist assistant three years in and a 정수기 매니저 three years back at work, to a glassblower
// of twenty years, a plasterer of sixteen and a 철근 반장 of fifteen; leads and managers (the plasterer's own
// firm, the splicer's crew, the NDT crew lead, the glass shop, the 철근 반장, the 간판 팀장) and individual
// contributors; four career changers (anesthesiologist assistant, behavior technician, bus operator, 정수기
// 매니저).
// Every résumé is written out in full: its own employers, dates, bullets (phrased the way that person would
// write them), schools, skills and summary, and its own rendering style.
// Written in full on 2026-12-01 by an engineer who does not tune the analysis, before anything was rendered
// or scored; the set is frozen by hash (manifest.json) and never tuned on. Names and employers are invented
// by hand (schools, certifying bodies, unions and products are real); phone numbers use fictional ranges
// (US/CA 555-01xx, Ofcom drama 0113 496 0xxx; the Korean ones are made up); e-mail at example.com /
// example.kr. The English text keeps to characters pdflatex typesets (no degree signs, no mathematical
// symbols).

/** English résumés: rendered by scripts/build-resume-corpus.mjs (`style`: dateStyle, headerStyle, linkScheme, bulletGlyph). */
export const ENGLISH_PEOPLE = [
  {
    id: '01-radiationtherapy-noralindgren',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleThenEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Nora Lindgren',
        label: 'Radiation Therapist, R.T.(T)(ARRT)',
        email: 'nora.lindgren.rtt@example.com',
        phone: '(612) 555-0147',
        summary: 'Radiation therapist for eight years, six of them at a busy community cancer center. I treat 35 to 40 patients a day on TrueBeam and Halcyon, run CT simulation and make sure every patient knows what happens next.',
        location: { city: 'Minneapolis', region: 'MN' },
      },
      work: [
        {
          name: 'North Lakes Cancer Institute', position: 'Radiation Therapist', location: 'Minneapolis, MN', startDate: '2020-07',
          highlights: [
            'Deliver daily external beam treatments on Varian TrueBeam and Halcyon linacs: 3D conformal, IMRT and VMAT, 35 to 40 patients a day.',
            'Set up and image every patient with CBCT and kV/kV matching; SBRT and SRS treatments with AlignRT surface guidance and breath hold.',
            'Run CT simulation on the Siemens scanner: immobilization masks, Vac-Lok bags, tattoos and the setup notes the next therapist needs.',
            'Do the morning linac warm-up and daily QA with the physicist and check every chart in ARIA before first treatment.',
            'Watch for skin reactions and fatigue, flag changes to the nurse and physician, and give clinical instruction to students from two programs.',
          ],
        },
        {
          name: 'Riverbend Medical Center', position: 'Radiation Therapist', location: 'St. Cloud, MN', startDate: '2018-08', endDate: '2020-06',
          highlights: ['Treated on an Elekta Versa HD with MOSAIQ record and verify; covered simulation one week a month.'],
        },
      ],
      education: [
        { institution: 'Mayo Clinic School of Health Sciences', studyType: 'Certificate', area: 'Radiation Therapy', startDate: '2017-06', endDate: '2018-07' },
        { institution: 'University of Minnesota Duluth', studyType: 'Bachelor of Science', area: 'Biology', startDate: '2013-09', endDate: '2017-05' },
      ],
      skills: [
        { name: 'Treatment', keywords: ['IMRT', 'VMAT', 'SBRT', 'SRS', 'IGRT', 'CBCT', 'Surface Guided Radiation Therapy', 'Breath Hold'] },
        { name: 'Simulation', keywords: ['CT Simulation', 'Immobilization', 'Patient Positioning'] },
        { name: 'Systems', keywords: ['Varian TrueBeam', 'Varian Halcyon', 'ARIA', 'Elekta Versa HD', 'MOSAIQ', 'AlignRT'] },
        { name: 'Credentials', keywords: ['ARRT Radiation Therapy R.T.(T)', 'BLS (American Heart Association)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Swedish', fluency: 'Conversational' }],
    },
  },
  {
    id: '02-anesthesia-marcusokafor',
    style: { dateStyle: 'monthName', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Marcus Okafor',
        label: 'Certified Anesthesiologist Assistant (CAA)',
        email: 'marcus.okafor.caa@example.com',
        phone: '(404) 555-0172',
        summary: 'Anesthesiologist assistant three years out of Emory, paramedic for five years before that. I work in the anesthesia care team under a medically directing anesthesiologist, from the pre-op interview to handing over in PACU.',
        location: { city: 'Atlanta', region: 'GA' },
      },
      work: [
        {
          name: 'Peachtree Anesthesia Associates', position: 'Certified Anesthesiologist Assistant', location: 'Marietta, GA', startDate: '2023-08',
          highlights: [
            'Give general anesthesia, MAC and spinal anesthetics for general, orthopedic, GYN and labor and delivery cases, one of four rooms directed by one anesthesiologist.',
            'Do the pre-anesthetic interview and airway exam, write the plan with the anesthesiologist and consent the patient.',
            'Intubate with direct and video laryngoscopy (GlideScope, McGrath), place LMAs and do awake fiberoptic intubations with the attending.',
            'Place arterial lines and ultrasound-guided IVs; assist with ultrasound-guided peripheral nerve blocks and labor epidurals.',
            'Chart every case in Epic Anesthesia and run Drager Apollo and GE Aisys machines, including the daily machine checkout.',
          ],
        },
        {
          name: 'Cobb Metro EMS', position: 'Paramedic', location: 'Marietta, GA', startDate: '2016-03', endDate: '2021-06',
          highlights: ['911 paramedic on a busy ALS truck: rapid sequence airway, cardiac arrest, trauma and pediatric calls; field training officer for two years.'],
        },
      ],
      education: [
        { institution: 'Emory University School of Medicine', studyType: 'Master of Medical Science', area: 'Anesthesiology', startDate: '2021-08', endDate: '2023-07' },
        { institution: 'Georgia State University', studyType: 'Bachelor of Science', area: 'Biology', startDate: '2012-08', endDate: '2016-05' },
      ],
      skills: [
        { name: 'Anesthesia', keywords: ['General Anesthesia', 'Monitored Anesthesia Care', 'Spinal Anesthesia', 'Airway Management', 'Video Laryngoscopy', 'Fiberoptic Intubation', 'Arterial Line Placement', 'Ultrasound-Guided Vascular Access'] },
        { name: 'Systems', keywords: ['Epic Anesthesia', 'Drager Apollo', 'GE Aisys'] },
        { name: 'Credentials', keywords: ['NCCAA Certified', 'Georgia Composite Medical Board AA License', 'ACLS', 'PALS', 'BLS'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Igbo', fluency: 'Conversational' }],
    },
  },
  {
    id: '03-athletictraining-keishamonroe',
    style: { dateStyle: 'isoMonth', headerStyle: 'employerThenTitle', linkScheme: true, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Keisha Monroe',
        label: 'Athletic Trainer, ATC, LAT',
        email: 'keisha.monroe.atc@example.com',
        phone: '(614) 555-0119',
        summary: 'Athletic trainer for nine years, the last six as the only athletic trainer at a 1,900-student high school. I know every one of my athletes, I run the concussion program, and the coaches call me before they call the parents.',
        location: { city: 'Columbus', region: 'OH' },
        profiles: [{ network: 'LinkedIn', username: 'keisha-monroe-atc', url: 'https://www.linkedin.com/in/keisha-monroe-atc' }],
      },
      work: [
        {
          name: 'Scioto Valley Orthopedics (outreach to Northfield High School)', position: 'Head Athletic Trainer', location: 'Columbus, OH', startDate: '2020-08',
          highlights: [
            'Cover 24 varsity and JV sports and about 600 athletes: practices, home events and Friday nights.',
            'Run the concussion program: ImPACT baseline tests for every contact sport, return-to-learn and return-to-play steps with the team physician.',
            'Evaluate injuries on the field and in the athletic training room, refer to our orthopedists and run rehab and return-to-sport progressions.',
            'Wrote the venue emergency action plans and the heat policy with cold-water immersion tubs; rehearse them with coaches every August.',
            'Keep every injury and treatment in the ATS records system and manage an 8,000 dollar supply budget.',
          ],
        },
        {
          name: 'Allegheny Valley College Athletics', position: 'Assistant Athletic Trainer', location: 'Meadville, PA', startDate: '2017-07', endDate: '2020-06',
          highlights: ['Primary athletic trainer for football and women\'s soccer (NCAA Division III); taping, bracing and travel coverage.'],
        },
      ],
      education: [
        { institution: 'Ohio University', studyType: 'Master of Science', area: 'Athletic Training', startDate: '2015-08', endDate: '2017-05' },
        { institution: 'Ohio University', studyType: 'Bachelor of Science', area: 'Exercise Physiology', startDate: '2011-08', endDate: '2015-05' },
      ],
      skills: [
        { name: 'Clinical', keywords: ['Injury Evaluation', 'Rehabilitation', 'Concussion Management', 'ImPACT Testing', 'Emergency Action Planning', 'Taping and Bracing', 'Graston Technique'] },
        { name: 'Records', keywords: ['ATS (Athletic Trainer System)', 'Excel'] },
        { name: 'Credentials', keywords: ['BOC Certified Athletic Trainer (ATC)', 'Ohio Licensed Athletic Trainer (LAT)', 'CPR/AED for the Professional Rescuer'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '04-fibersplicing-tomasmoreau',
    style: { dateStyle: 'slashMonth', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Tomas Moreau',
        label: 'Fibre Optic Splicing Technician',
        email: 'tomas.moreau.splice@example.com',
        phone: '(613) 555-0128',
        summary: 'Fibre splicer for five years and a lineman helper for two before that. Aerial and underground, FTTH and backbone, single fusion and ribbon, and test results that pass the first time.',
        location: { city: 'Ottawa', region: 'ON' },
      },
      work: [
        {
          name: 'Rideau Fibre Networks', position: 'Lead Splicing Technician', location: 'Ottawa, ON', startDate: '2021-04',
          highlights: [
            'Splice FTTH distribution and backbone cables up to 432 fibres: single fusion and 12-fibre ribbon mass fusion on Fujikura 90S and 90R splicers.',
            'Prepare and close splice enclosures, fibre distribution hubs and terminals, from a bucket truck and in manholes and vaults.',
            'Test with EXFO OTDR and power meter, read the traces, find the bad splice or the macrobend and write the test report.',
            'Lead a two-person crew, keep the splice sheets and as-builts up to date for the engineering group.',
          ],
        },
        {
          name: 'Valley Line Communications', position: 'Lineman Helper', location: 'Pembroke, ON', startDate: '2019-03', endDate: '2021-03',
          highlights: ['Placed strand and lashed aerial cable, pulled underground cable through conduit and set up traffic control.'],
        },
      ],
      education: [
        { institution: 'Algonquin College', studyType: 'Ontario College Certificate', area: 'Network Cabling Specialist', startDate: '2018-01', endDate: '2018-12' },
      ],
      skills: [
        { name: 'Splicing', keywords: ['Fusion Splicing', 'Ribbon Splicing', 'Splice Enclosures', 'FTTH', 'Aerial and Underground Plant'] },
        { name: 'Testing', keywords: ['OTDR Testing', 'Optical Power Meter', 'Trace Analysis', 'EXFO MaxTester'] },
        { name: 'Tickets', keywords: ['FOA CFOT', 'Ontario Working at Heights', 'Confined Space Entry', 'Standard First Aid and CPR', 'Class G Licence'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'French', fluency: 'Basic' }],
    },
  },
  {
    id: '05-ndt-hectorramos',
    style: { dateStyle: 'monthName', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Hector Ramos',
        label: 'NDT Technician, ASNT Level II (UT, PAUT, MT, PT)',
        email: 'hector.ramos.ndt@example.com',
        phone: '(281) 555-0153',
        summary: 'Eleven years in nondestructive testing on pipelines, refineries and structural steel. Level II in UT, PAUT, MT and PT, started in radiography. I lead a two-man crew and write reports an inspector can sign.',
        location: { city: 'Pasadena', region: 'TX' },
      },
      work: [
        {
          name: 'Gulf Coast Inspection Services', position: 'NDT Technician Level II, Crew Lead', location: 'Pasadena, TX', startDate: '2018-02',
          highlights: [
            'Inspect pipeline girth welds with phased array (Olympus OmniScan) and conventional shear wave UT to API 1104 and the client procedure.',
            'Run UT thickness grids and corrosion mapping on refinery piping and vessels for the owner\'s inspection program.',
            'Do MT (yoke and prods) and PT on structural and pressure welds to AWS D1.1 and ASME Section V.',
            'Calibrate equipment, set up scan plans and write the reports; lead a two-person crew and train trainees for their hours.',
          ],
        },
        {
          name: 'Lone Star X-Ray', position: 'Radiography Assistant (RT Level I)', location: 'Baytown, TX', startDate: '2015-01', endDate: '2018-01',
          highlights: ['Shot and developed film on pipeline and plant welds with Ir-192 sources; kept the radiation survey logs and dosimetry.'],
        },
      ],
      education: [
        { institution: 'Houston Community College', studyType: 'Certificate', area: 'Nondestructive Testing', startDate: '2013-08', endDate: '2014-12' },
      ],
      skills: [
        { name: 'Methods', keywords: ['Ultrasonic Testing', 'Phased Array UT', 'Magnetic Particle Testing', 'Liquid Penetrant Testing', 'Radiographic Testing', 'Corrosion Mapping'] },
        { name: 'Codes', keywords: ['API 1104', 'ASME Section V', 'AWS D1.1', 'SNT-TC-1A'] },
        { name: 'Equipment', keywords: ['Olympus OmniScan', 'Olympus EPOCH 650', 'Magnetic Yoke'] },
        { name: 'Cards', keywords: ['ASNT Level II UT, MT, PT', 'PAUT Level II', 'TWIC', 'SafeLand', 'Texas Industrial Radiographer (expired)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Spanish', fluency: 'Native' }],
    },
  },
  {
    id: '06-wildlife-ruthcalloway',
    style: { dateStyle: 'year', headerStyle: 'titleThenEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Ruth Calloway',
        label: 'Wildlife Biologist',
        email: 'ruth.calloway.wildlife@example.com',
        phone: '(406) 555-0190',
        summary: 'Wildlife biologist with eight years of field and analytical work on elk, mule deer and raptors in the northern Rockies. I catch the animals, collar them, analyse the data and write it up for managers and journals.',
        location: { city: 'Missoula', region: 'MT' },
      },
      work: [
        {
          name: 'Northern Rockies Wildlife Institute', position: 'Wildlife Biologist', location: 'Missoula, MT', startDate: '2018-05',
          highlights: [
            'Lead an elk and mule deer survival study: helicopter net-gun captures and ground darting of 140 animals, GPS collars and vaginal implant transmitters.',
            'Fly aerial sightability surveys and run distance sampling on winter range for the state\'s herd estimates.',
            'Analyse survival, movement and occupancy in R (RMark, unmarked, amt) and map seasonal ranges in ArcGIS Pro.',
            'Hire and supervise four seasonal technicians each year and write reports, grant proposals and two peer-reviewed papers.',
          ],
        },
        {
          name: 'Bitterroot Raptor Center', position: 'Wildlife Technician', location: 'Hamilton, MT', startDate: '2016-04', endDate: '2018-04',
          highlights: ['Ran point counts and raptor migration counts, banded hawks and kept the field database.'],
        },
      ],
      education: [
        { institution: 'University of Montana', studyType: 'Master of Science', area: 'Wildlife Biology', startDate: '2014', endDate: '2016' },
        { institution: 'Colorado State University', studyType: 'Bachelor of Science', area: 'Fish, Wildlife and Conservation Biology', startDate: '2010', endDate: '2014' },
      ],
      skills: [
        { name: 'Field', keywords: ['Wildlife Capture and Handling', 'Chemical Immobilization', 'GPS Telemetry', 'Aerial Surveys', 'Distance Sampling', 'Raptor Banding'] },
        { name: 'Analysis', keywords: ['R', 'RMark', 'Occupancy Modeling', 'Survival Analysis', 'ArcGIS Pro'] },
        { name: 'Credentials', keywords: ['Associate Wildlife Biologist (The Wildlife Society)', 'Chemical Immobilization Certification', 'Wilderness First Aid', 'Interagency Aviation Safety Training'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '07-plastering-owenbrierley',
    style: { dateStyle: 'year', headerStyle: 'oneLineComma', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Owen Brierley',
        label: 'Plasterer, Lime and Heritage Work',
        email: 'owen.brierley.plastering@example.com',
        phone: '0113 496 0734',
        summary: 'Solid plasterer for sixteen years, the last eight running my own firm with a labourer and an improver. New builds taught me speed; old houses taught me lime. Listed buildings, lath and lime, and cornices run on site.',
        location: { city: 'Leeds', region: 'West Yorkshire' },
      },
      work: [
        {
          name: 'Brierley Plastering', position: 'Owner and Plasterer', location: 'Leeds', startDate: '2018-03',
          highlights: [
            'Lath and lime plaster, haired lime on riven oak lath and three-coat lime work for listed houses, chapels and mills across West Yorkshire.',
            'Run cornices in situ with a running mould and patch in missing lengths to match the old profile.',
            'Price jobs from a site visit, order materials and run a team of three; most of the work comes from conservation architects who ask again.',
            'Skimming, float and set and external lime render on modern jobs between heritage work.',
          ],
        },
        {
          name: 'Pennine Interiors Ltd', position: 'Plasterer', location: 'Bradford', startDate: '2012-06', endDate: '2018-02',
          highlights: ['Boarding and skimming new-build houses and flats, sand and cement render and silicone render systems on housing schemes.'],
        },
        {
          name: 'Pennine Interiors Ltd', position: 'Apprentice Plasterer', location: 'Bradford', startDate: '2010-09', endDate: '2012-05',
          highlights: ['Mixed, carried and learned to skim under a master plasterer.'],
        },
      ],
      education: [
        { institution: 'Leeds College of Building', studyType: 'NVQ Level 2 Diploma', area: 'Plastering', startDate: '2010', endDate: '2012' },
        { institution: 'SPAB (Society for the Protection of Ancient Buildings)', studyType: 'Short course', area: 'Lime Plastering and Repair', startDate: '2017', endDate: '2017' },
      ],
      skills: [
        { name: 'Plastering', keywords: ['Lime Plaster', 'Lath and Lime', 'Cornice Running', 'Skimming', 'Float and Set', 'External Render', 'Silicone Render', 'Plasterboarding'] },
        { name: 'Business', keywords: ['Pricing and Quoting', 'Material Ordering', 'Team Leadership'] },
        { name: 'Cards', keywords: ['CSCS Blue Skilled Worker Card', 'PASMA Towers for Users', 'Full UK Driving Licence'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '08-abatherapy-sofiamendes',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Sofia Mendes',
        label: 'Registered Behavior Technician (RBT)',
        email: 'sofia.mendes.rbt@example.com',
        phone: '(704) 555-0165',
        summary: 'Registered behavior technician for two years after four years as a retail store supervisor. I work one to one with children with autism in the clinic and at home, follow the BCBA\'s plan and take clean data every session.',
        location: { city: 'Charlotte', region: 'NC' },
      },
      work: [
        {
          name: 'Bright Steps Autism Center', position: 'Registered Behavior Technician', location: 'Charlotte, NC', startDate: '2024-10',
          highlights: [
            'Run one-to-one ABA sessions for five children aged 3 to 9, 30 hours a week, in the clinic and in family homes.',
            'Teach communication, play and daily living skills with discrete trial teaching and natural environment teaching.',
            'Follow behavior intervention plans, record ABC data, frequency and duration in Catalyst and tell my BCBA when something changes.',
            'Show parents how we run a program so they can keep it going at dinner and at bedtime.',
          ],
        },
        {
          name: 'Carolina Home Goods', position: 'Store Supervisor', location: 'Charlotte, NC', startDate: '2020-06', endDate: '2024-08',
          highlights: ['Opened and closed the store, scheduled 12 associates, handled returns and customer complaints and trained new cashiers.'],
        },
      ],
      education: [
        { institution: 'University of North Carolina at Charlotte', studyType: 'Bachelor of Arts', area: 'Psychology', startDate: '2016-08', endDate: '2020-05' },
      ],
      skills: [
        { name: 'ABA', keywords: ['Discrete Trial Teaching', 'Natural Environment Teaching', 'Behavior Intervention Plans', 'ABC Data Collection', 'Parent Training'] },
        { name: 'Tools', keywords: ['Catalyst', 'Microsoft Office'] },
        { name: 'Credentials', keywords: ['Registered Behavior Technician (BACB)', 'Safety-Care (QBS)', 'CPR and First Aid'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Portuguese', fluency: 'Fluent' }],
    },
  },
  {
    id: '09-sprinklerfitting-dwightkowalski',
    style: { dateStyle: 'isoMonth', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Dwight Kowalski',
        label: 'Journeyman Sprinkler Fitter, UA Local 669',
        email: 'dwight.kowalski669@example.com',
        phone: '(410) 555-0142',
        summary: 'Sprinkler fitter for twelve years, journeyman for seven. Hospitals, high-rises and warehouses: I run the pipe, test it and hand the inspector a clean system.',
        location: { city: 'Baltimore', region: 'MD' },
      },
      work: [
        {
          name: 'Chesapeake Fire Protection', position: 'Journeyman Sprinkler Fitter, Foreman', location: 'Baltimore, MD', startDate: '2019-04',
          highlights: [
            'Install wet, dry and preaction sprinkler systems in hospitals, high-rise offices and warehouses from approved shop drawings.',
            'Cut, thread and groove schedule 10 and 40 steel pipe; Victaulic grooved fittings, threaded joints and CPVC on residential NFPA 13R work.',
            'Hang mains and branch lines from scissor and boom lifts, set heads and install standpipes and fire department connections.',
            'Hydrostatic test every system at 200 psi for two hours and walk the fire marshal through the test.',
            'Foreman on a four-person crew for a 12-storey hospital tower: layout, material orders and daily reports.',
          ],
        },
        {
          name: 'Chesapeake Fire Protection', position: 'Apprentice Sprinkler Fitter', location: 'Baltimore, MD', startDate: '2014-06', endDate: '2019-03',
          highlights: ['Five-year UA Local 669 apprenticeship: pipe fabrication, hanging, heads and testing under a journeyman.'],
        },
      ],
      education: [
        { institution: 'UA Local 669 Joint Apprenticeship and Training Committee', studyType: 'Apprenticeship Certificate', area: 'Sprinkler Fitting', startDate: '2014-06', endDate: '2019-03' },
        { institution: 'Patterson High School', studyType: 'High School Diploma', startDate: '2009-09', endDate: '2013-06' },
      ],
      skills: [
        { name: 'Systems', keywords: ['Wet Pipe Systems', 'Dry Pipe Systems', 'Preaction Systems', 'Standpipes', 'Hydrostatic Testing', 'NFPA 13', 'NFPA 13R'] },
        { name: 'Pipe', keywords: ['Pipe Threading', 'Roll Grooving', 'Victaulic', 'CPVC', 'Blueprint Reading'] },
        { name: 'Cards', keywords: ['OSHA 30', 'Aerial Lift Certified', 'ASSE 5110 Backflow Tester', 'Maryland Driver\'s License'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Polish', fluency: 'Basic' }],
    },
  },
  {
    id: '10-glassblowing-ingridsolberg',
    style: { dateStyle: 'monthName', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Ingrid Solberg',
        label: 'Senior Scientific Glassblower',
        email: 'ingrid.solberg.glass@example.com',
        phone: '(608) 555-0111',
        summary: 'Scientific glassblower for twenty years, the last fourteen running the glass shop of a chemistry department. If a researcher can sketch it on a napkin, I can make it in borosilicate or quartz, and fix it when it breaks.',
        location: { city: 'Madison', region: 'WI' },
      },
      work: [
        {
          name: 'Lakeshore Research University, Department of Chemistry', position: 'Senior Scientific Glassblower', location: 'Madison, WI', startDate: '2012-01',
          highlights: [
            'Design, make and repair research glassware for 40 research groups: Schlenk lines, vacuum manifolds, jacketed reactors, columns and custom cells.',
            'Work borosilicate and fused quartz on the bench and on a Litton glass lathe; hydrogen/oxygen torch work on quartz and glass-to-metal seals with Kovar.',
            'Program the annealing oven, check every piece under the polariscope and leak-test vacuum ware.',
            'Sit with students and faculty to turn sketches into drawings and quotes; run the shop budget and recharge billing.',
            'Teach a glass safety session every semester and a short glassblowing course for graduate students.',
          ],
        },
        {
          name: 'Pemberton Laboratory Glass', position: 'Scientific Glassblower', location: 'Vineland, NJ', startDate: '2006-06', endDate: '2011-12',
          highlights: ['Production glassblowing of condensers, distillation columns and custom flasks on glass lathes.'],
        },
      ],
      education: [
        { institution: 'Salem Community College', studyType: 'Associate of Applied Science', area: 'Scientific Glass Technology', startDate: '2004-09', endDate: '2006-05' },
      ],
      skills: [
        { name: 'Glass', keywords: ['Borosilicate Glass', 'Fused Quartz', 'Glass Lathe', 'Glass-to-Metal Seals', 'Annealing', 'Vacuum Systems', 'Polariscope Inspection', 'Diamond Sawing and Grinding'] },
        { name: 'Shop', keywords: ['Technical Drawing', 'Quoting', 'Recharge Billing', 'Shop Safety'] },
        { name: 'Memberships', keywords: ['American Scientific Glassblowers Society (ASGS)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Norwegian', fluency: 'Basic' }],
    },
  },
  {
    id: '11-chiropractic-adityarao',
    style: { dateStyle: 'slashMonth', headerStyle: 'titleThenEmployer', linkScheme: true, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Aditya Rao',
        label: 'Doctor of Chiropractic',
        email: 'dr.aditya.rao@example.com',
        phone: '(602) 555-0186',
        summary: 'Chiropractor four years in practice as an associate in a busy sports and family clinic. Diversified, Gonstead and Activator, rehab that patients actually do at home, and notes that hold up for personal injury cases.',
        location: { city: 'Phoenix', region: 'AZ' },
        profiles: [{ network: 'LinkedIn', username: 'aditya-rao-dc', url: 'https://www.linkedin.com/in/aditya-rao-dc' }],
      },
      work: [
        {
          name: 'Desert Spine and Sport Chiropractic', position: 'Associate Chiropractor', location: 'Phoenix, AZ', startDate: '2022-09',
          highlights: [
            'See 120 to 140 patient visits a week: new patient exams, orthopedic and neurological tests, and a written care plan for each.',
            'Adjust with Diversified, Gonstead, Activator and Thompson drop table; soft tissue work and instrument-assisted soft tissue mobilization.',
            'Take and read spinal X-rays in the clinic and refer out for MRI when red flags show up.',
            'Build rehab exercise programs and progress them every visit; document personal injury cases for auto claims in ChiroTouch.',
          ],
        },
        {
          name: 'Palmer College of Chiropractic West Clinic', position: 'Chiropractic Intern', location: 'San Jose, CA', startDate: '2021-09', endDate: '2022-06',
          highlights: ['Managed a caseload of 30 patients under supervising doctors, including outreach at a community clinic.'],
        },
      ],
      education: [
        { institution: 'Palmer College of Chiropractic, West Campus', studyType: 'Doctor of Chiropractic', startDate: '2019-01', endDate: '2022-06' },
        { institution: 'Arizona State University', studyType: 'Bachelor of Science', area: 'Kinesiology', startDate: '2014-08', endDate: '2018-05' },
      ],
      skills: [
        { name: 'Techniques', keywords: ['Diversified', 'Gonstead', 'Activator Methods', 'Thompson Drop Table', 'Instrument-Assisted Soft Tissue Mobilization'] },
        { name: 'Clinical', keywords: ['Orthopedic and Neurological Exams', 'Spinal X-Ray', 'Rehab Exercise Programs', 'Personal Injury Documentation'] },
        { name: 'Systems', keywords: ['ChiroTouch'] },
        { name: 'Licensure', keywords: ['Arizona Board of Chiropractic Examiners License', 'NBCE Parts I-IV and Physiotherapy', 'CPR'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Hindi', fluency: 'Fluent' }, { language: 'Spanish', fluency: 'Conversational' }],
    },
  },
  {
    id: '12-busoperator-curtisbell',
    style: { dateStyle: 'isoMonth', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Curtis Bell',
        label: 'Transit Bus Operator',
        email: 'curtis.bell.transit@example.com',
        phone: '(503) 555-0177',
        summary: 'Bus operator for three and a half years on city routes, six years in a freight warehouse before that. No preventable accidents, on time as much as traffic lets me, and my regulars know my name.',
        location: { city: 'Portland', region: 'OR' },
      },
      work: [
        {
          name: 'Metro Cascade Transit', position: 'Bus Operator', location: 'Portland, OR', startDate: '2023-05',
          highlights: [
            'Drive 40-foot and 60-foot articulated buses (New Flyer Xcelsior, Gillig) on fixed routes downtown and on the east side, about 220 boardings a shift.',
            'Do the pre-trip and post-trip inspections and write up defects before the bus leaves the garage.',
            'Deploy the ramp, secure wheelchairs and mobility devices and call stops for riders who need them.',
            'Handle fare disputes and calm down upset riders; call dispatch and write incident reports when it goes past talking.',
            'No preventable accidents in 3.5 years and about 70,000 miles.',
          ],
        },
        {
          name: 'Columbia Freight Lines', position: 'Shipping Lead', location: 'Portland, OR', startDate: '2017-04', endDate: '2023-04',
          highlights: ['Ran the evening shipping dock: forklift, load plans and a crew of five.'],
        },
      ],
      education: [
        { institution: 'Metro Cascade Transit Operator Training', studyType: 'Certificate', area: 'Bus Operator Training (7 weeks)', startDate: '2023-03', endDate: '2023-04' },
        { institution: 'Grant High School', studyType: 'High School Diploma', startDate: '2012-09', endDate: '2016-06' },
      ],
      skills: [
        { name: 'Driving', keywords: ['Fixed Route Operation', 'Articulated Buses', 'Pre-Trip Inspection', 'Wheelchair Securement', 'Defensive Driving'] },
        { name: 'People', keywords: ['De-escalation', 'Customer Service', 'Incident Reports'] },
        { name: 'Licences', keywords: ['CDL Class B with Passenger and Air Brake Endorsements', 'DOT Medical Card', 'First Aid and CPR', 'Forklift (former)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
];

/** Korean résumés: rendered by scripts/build-korean-resume-corpus.mjs (`style`: locationText, dateStyle, ongoingWord, nameStyle, headerStyle). */
export const KOREAN_PEOPLE = [
  {
    id: '13-taekwondo-leejunho',
    style: { locationText: '서울특별시 노원구 상계동', dateStyle: 'dot', ongoingWord: '재직중', nameStyle: 'withLatin', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '이준호',
        label: '태권도 사범 (4단, 수석사범)',
        email: 'junho.lee@example.kr',
        phone: '010-4417-2086',
        summary: '태권도학과를 졸업하고 7년째 도장에서 아이들을 가르치고 있습니다. 유치부와 초등부 수련생 120명을 맡고 있고, 승품 심사 준비와 학부모 상담, 차량 운행까지 도장 일을 두루 합니다.',
        location: { city: '서울', region: '노원구' },
      },
      work: [
        {
          name: '한빛태권도장', position: '수석사범', location: '서울 노원구', startDate: '2021-03',
          highlights: [
            '유치부·초등부 수련생 120명의 품새, 발차기, 기본동작 수업을 하루 5타임 진행합니다.',
            '국기원 승품·승단 심사 준비반을 맡아 3년간 응시생 90여 명 전원 합격시켰습니다.',
            '어린이 통학차량(15인승)을 운행하고 하원 시 안전지도를 합니다.',
            '줄넘기 수업과 방학 특강 프로그램을 기획하고, 학부모 상담과 수련 일지를 관리합니다.',
          ],
        },
        {
          name: '용마태권도', position: '사범', location: '서울 중랑구', startDate: '2019-03', endDate: '2021-02',
          highlights: ['초등부 수업과 차량 운행, 도장 시범 공연 준비를 했습니다.'],
        },
      ],
      education: [{ institution: '용인대학교', studyType: '학사', area: '태권도학과', startDate: '2012-03', endDate: '2019-02' }],
      skills: [
        { name: '지도', keywords: ['품새 지도', '발차기 지도', '승품·승단 심사 준비', '줄넘기 지도', '유아 체육'] },
        { name: '운영', keywords: ['학부모 상담', '수련 일지 관리', '차량 운행'] },
      ],
      certificates: [
        { name: '태권도 4단', issuer: '국기원', date: '2018-11' },
        { name: '태권도 사범 2급', issuer: '국기원', date: '2019-01' },
        { name: '생활스포츠지도사 2급 (태권도)', issuer: '국민체육진흥공단', date: '2018-12' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2013-07' },
        { name: '어린이통학버스 안전교육 이수', issuer: '도로교통공단', date: '2025-03' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '14-rebar-choidongwook',
    style: { locationText: '경기도 화성시 봉담읍', dateStyle: 'dotSpaced', ongoingWord: '현재', nameStyle: 'spaced', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '최동욱',
        label: '철근 반장 (철근기능사)',
        email: 'dongwook.choi@example.kr',
        phone: '010-6628-1934',
        summary: '철근 일 15년, 반장 8년입니다. 아파트 골조 현장에서 기초부터 지붕 슬래브까지 배근하고, 반원 8명을 데리고 공정에 맞춰 일합니다. 배근도를 보고 물량을 뽑고 감리 검측에서 지적이 나오지 않게 합니다.',
        location: { city: '화성시', region: '경기도' },
      },
      work: [
        {
          name: '(주)동우철근', position: '철근 반장', location: '경기 화성', startDate: '2018-03',
          highlights: [
            '아파트 신축 현장(최대 20개 동) 기초 매트, 벽체, 기둥, 보, 슬래브 철근 가공과 조립을 맡고 있습니다.',
            '반원 8명의 작업 배분과 출역 관리를 하고, 층별 공정에 맞춰 배근 일정을 짭니다.',
            '구조도면과 배근도를 보고 철근 물량과 가공 목록을 뽑아 가공장에 넘깁니다.',
            '감리·공무와 배근 검측을 받고 지적 사항은 당일 고칩니다. 3년간 재해 없이 일했습니다.',
          ],
        },
        {
          name: '성진건설 협력업체(철근)', position: '철근공', location: '경기 수원·오산', startDate: '2011-04', endDate: '2018-02',
          highlights: ['상가·아파트 현장 철근 조립과 가공장 절단·벤딩 작업을 했습니다.'],
        },
      ],
      education: [{ institution: '오산정보고등학교', studyType: '졸업', area: '전기과', startDate: '2007-03', endDate: '2010-02' }],
      skills: [
        { name: '시공', keywords: ['철근 배근', '철근 가공', '배근도 해석', '물량 산출', '배근 검측 대응'] },
        { name: '관리', keywords: ['반원 관리', '출역 관리', '안전관리'] },
      ],
      certificates: [
        { name: '철근기능사', issuer: '한국산업인력공단', date: '2014-06' },
        { name: '건설업 기초안전보건교육 이수', issuer: '한국산업안전보건공단', date: '2011-03' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2009-12' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '15-waterpurifier-jungmisook',
    style: { locationText: '대구광역시 수성구 범어동', dateStyle: 'korean', ongoingWord: 'open', nameStyle: 'plain', headerStyle: 'pipeOneLine' },
    resume: {
      basics: {
        name: '정미숙',
        label: '정수기·비데 방문관리 매니저',
        email: 'misook.jung@example.kr',
        phone: '010-3352-7740',
        summary: '마트 계산원으로 4년 일하고 아이를 키운 뒤 3년째 정수기·비데 방문관리 매니저로 일하고 있습니다. 자차로 한 달 180곳 안팎의 고객을 찾아가 필터를 갈고, 재약정과 신규 상담까지 합니다.',
        location: { city: '대구', region: '수성구' },
      },
      work: [
        {
          name: '(주)청수라이프', position: '방문관리 매니저', location: '대구 수성구', startDate: '2023-04',
          highlights: [
            '정수기·비데·공기청정기 렌탈 고객 월 180곳 안팎을 정기 방문해 필터를 교체하고 살균·세척을 합니다.',
            '고장이나 누수 접수는 현장에서 확인해 AS 기사에게 연결하고 처리 결과를 고객에게 다시 안내합니다.',
            '만기 고객 재약정과 신규 렌탈 상담을 해 한 달 평균 5건을 계약합니다.',
            '업무용 태블릿 앱으로 방문 일정과 점검 결과, 고객 서명을 입력합니다.',
          ],
        },
        {
          name: '우리마트 범어점', position: '계산원', location: '대구 수성구', startDate: '2012-03', endDate: '2016-02',
          highlights: ['계산대 업무와 고객 응대, 마감 정산을 했습니다.'],
        },
      ],
      education: [{ institution: '경북여자상업고등학교', studyType: '졸업', area: '상업과', startDate: '2007-03', endDate: '2010-02' }],
      skills: [
        { name: '관리', keywords: ['필터 교체', '살균 세척', '정기 방문 점검', '방문 일정 관리'] },
        { name: '영업', keywords: ['렌탈 재약정', '신규 렌탈 상담', '고객 응대'] },
        { name: '도구', keywords: ['업무용 태블릿 앱', '자차 운행'] },
      ],
      certificates: [{ name: '2종 보통 운전면허', issuer: '경찰청', date: '2011-05' }],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '16-signage-hanseungwoo',
    style: { locationText: '인천광역시 서구 가좌동', dateStyle: 'dash', ongoingWord: '현재', nameStyle: 'plain', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '한승우',
        label: '간판 제작·시공 팀장',
        email: 'seungwoo.han@example.kr',
        phone: '010-9183-5502',
        summary: '산업디자인을 전공하고 간판 일을 9년째 하고 있습니다. 실측과 시안부터 채널 간판 제작, LED 배선, 스카이차 설치까지 한 팀으로 끝냅니다.',
        location: { city: '인천', region: '서구' },
      },
      work: [
        {
          name: '한울광고', position: '제작·시공 팀장', location: '인천 서구', startDate: '2020-05',
          highlights: [
            '채널 간판(갈바·아크릴), 돌출 간판, 입체 스카시 간판을 제작하고 시공합니다. 한 달 평균 25건입니다.',
            '현장 실측 후 일러스트레이터로 시안과 커팅 데이터를 만들고 CNC 라우터와 레이저 커팅기로 가공합니다.',
            'LED 모듈과 SMPS 배선, 타이머 설치까지 직접 하고 누전 점검을 합니다.',
            '스카이차를 직접 운전해 고소 설치 작업을 하고, 구청 옥외광고물 허가 서류 작성을 돕습니다.',
          ],
        },
        {
          name: '대명애드', position: '시공 기사', location: '인천 남동구', startDate: '2017-03', endDate: '2020-04',
          highlights: ['간판 설치·철거와 실사 현수막 시공을 했습니다.'],
        },
      ],
      education: [{ institution: '인하공업전문대학', studyType: '전문학사', area: '산업디자인과', startDate: '2012-03', endDate: '2016-02' }],
      skills: [
        { name: '제작', keywords: ['채널 간판', '돌출 간판', 'CNC 라우터', '레이저 커팅', 'LED 배선'] },
        { name: '시공', keywords: ['현장 실측', '스카이차 고소작업', '옥외광고물 허가'] },
        { name: '디자인', keywords: ['일러스트레이터', '시안 작업'] },
      ],
      certificates: [
        { name: '전기기능사', issuer: '한국산업인력공단', date: '2018-09' },
        { name: '컴퓨터그래픽스운용기능사', issuer: '한국산업인력공단', date: '2015-08' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2013-02' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
];
