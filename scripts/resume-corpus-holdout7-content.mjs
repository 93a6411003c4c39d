// The content of the seventh held-back résumé test set (test/fixtures/resume-corpus-holdout7/, issue #10
// §2): 30 fictional people, each written out by hand one by one (no generator, no faker): 22 who write
// in English, from eleven countries no earlier set has (Kenya, the Philippines, Japan, Chile, Argentina,
// Greece, Estonia, Lithuania, Bulgaria, Malaysia, Iceland), and 8 Koreans who write in Korean. Thirty
// occupations none of the earlier sets uses. Every person's dates, places, degree lines and school
// years are written as that person writes them (`shown` strings), next to the truth the scoring reads.
//
// Written on 2026-11-30 by an engineer who does not tune the parser and never reads its output on this
// set. Nothing here was adjusted after seeing a parse.
//
// A person: `job(title, employer, place, start, end, shown, bullets, description?)` — `end` null for a
// job that goes on, `shown` the dates as the person writes them; `school(institution, studyType, area,
// start, end, shownDegree, shownYears, score?)`; skills as [[group, [...]]] (or `flat: true` when the
// person writes one list); languages as [[language, fluency]]; certificates as [[name, issuer, date]].

import { handWrittenEntry } from './lib/resume-corpus-build.mjs';

const job = (position, name, location, startDate, endDate, shown, highlights, summary) => ({ position, name, location, startDate, endDate, shown, highlights, summary });
const school = (institution, studyType, area, startDate, endDate, degreeText, shown, score) => ({ institution, studyType, area, startDate, endDate, degreeText, shown, score });

/** The people, in the order of their ids. */
const PEOPLE = [
  // ---------------------------------------------------------------- Kenya
  {
    id: '01-apiculture-wanjiru-kamau', lang: 'en', country: 'Kenya', countryCode: 'KE',
    name: 'Wanjiru Njeri Kamau', label: 'Apiculture Extension Officer', email: 'wanjiru.kamau@example.com', phone: '+254 712 555 031',
    city: 'Nakuru', region: 'Nakuru County', home: 'Nakuru, Kenya',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/wanjiru-kamau-bees']],
    summary: 'Beekeeper and trainer with eleven years of helping smallholder farmers turn a few hives into a second income. I have built up one honey cooperative from the first hive to export.',
    employerFirst: true,
    work: [
      job('Senior Apiculture Extension Officer', 'Rift Valley Honey Cooperative Society Ltd', 'Nakuru', '2021-07', null, 'July 2021 – Present', [
        'Lead a team of six field officers serving 1,400 member beekeepers in three counties.',
        'Set up a honey collection centre that cut moisture rejections from 18% to 4%.',
        'Negotiated the first export contract for 12 tonnes of certified organic honey.',
      ]),
      job('Apiculture Extension Officer', 'Rift Valley Honey Cooperative Society Ltd', 'Nakuru', '2017-02', '2021-06', 'February 2017 – June 2021', [
        'Trained 600 farmers in Langstroth hive management and swarm control.',
        'Ran monthly hive inspections and kept colony health records.',
      ]),
      job('Field Assistant', 'Baraka Bee Products Ltd', 'Baringo', '2015-01', '2017-01', 'January 2015 – January 2017', [
        'Harvested and processed honey and beeswax from 300 company hives.',
      ]),
    ],
    education: [
      school('Egerton University', 'BSc', 'Animal Science', '2010', '2014', 'BSc Animal Science', '2010 – 2014', 'Second Class Honours (Upper Division)'),
    ],
    skills: [['Beekeeping', ['Langstroth Hives', 'Queen Rearing', 'Swarm Control', 'Honey Grading']], ['Outreach', ['Farmer Training', 'Cooperative Management', 'Swahili Facilitation']]],
    languages: [['English', 'Fluent'], ['Kiswahili', 'Fluent'], ['Kikuyu', 'Native']],
    certificates: [['Organic Inspector Training', 'Kenya Organic Agriculture Network', '2019']],
  },
  {
    id: '02-locksmithing-brian-otieno', lang: 'en', country: 'Kenya', countryCode: 'KE',
    name: 'Brian Otieno Ouma', label: 'Locksmith & Access Control Installer', email: 'brian@otienolocks.example.net', phone: '+254 722 555 418',
    city: 'Mombasa', region: 'Mombasa County', home: 'Nyali, Mombasa',
    url: 'https://otienolocks.example.net',
    summary: 'Self-employed locksmith since 2020. Before that six years with a security firm fitting locks, safes and card readers in hotels and banks.',
    employerFirst: false,
    work: [
      job('Locksmith (self-employed)', 'Otieno Locks & Keys', 'Mombasa', '2020-03', null, "Mar '20 – now", [
        'Open about 40 lock-outs a month for homes, cars and shops across Mombasa.',
        'Rekey and master-key apartment blocks for three property agents.',
        'Install and service digital safes for beach hotels in Nyali and Diani.',
      ]),
      job('Access Control Technician', 'Coast Guard Security Systems Ltd', 'Mombasa', '2016-05', '2020-02', "May '16 – Feb '20", [
        'Installed card readers, magnetic locks and door controllers in 25 buildings.',
        'Maintained safes and vault doors for two bank branches.',
      ]),
      job('Apprentice Locksmith', 'Kilindini Key Centre', 'Mombasa', '2014-01', '2016-04', "Jan '14 – Apr '16", [
        'Cut keys, repaired padlocks and learnt lock picking on the shop bench.',
      ]),
    ],
    education: [
      school('Mombasa Technical Training Institute', 'Certificate', 'Electrical Installation', '2012', '2013', 'Certificate in Electrical Installation', '2012–2013'),
    ],
    skills: [['Skills', ['Lock Picking', 'Master Keying', 'Safe Servicing', 'Access Control Wiring', 'Automotive Keys']]], flat: true,
    languages: [['Kiswahili', 'Native'], ['English', 'Good'], ['Dholuo', 'Native']],
  },
  // ---------------------------------------------------------------- Philippines
  {
    id: '03-stenography-cristina-delacruz', lang: 'en', country: 'Philippines', countryCode: 'PH',
    name: 'Ma. Cristina Dela Cruz', label: 'Court Stenographer III', email: 'macristina.delacruz@example.org', phone: '+63 917 555 0213',
    city: 'Cebu City', region: 'Cebu', home: 'Lahug, Cebu City, Philippines',
    summary: 'Court stenographer for twenty-six years in the Regional Trial Court and the Municipal Trial Court in Cities. Accurate transcripts, on time, in English, Filipino and Cebuano proceedings.',
    employerFirst: true,
    work: [
      job('Court Stenographer III', 'Regional Trial Court, Branch 12', 'Cebu City', '2009-06', null, 'June 2009 to present', [
        'Take verbatim notes of criminal and civil hearings at 220 words a minute.',
        'Transcribe and certify 1,200 pages of transcripts of stenographic notes a year.',
        'Trained four newly hired stenographers on machine shorthand and court forms.',
      ]),
      job('Court Stenographer II', 'Municipal Trial Court in Cities, Branch 3', 'Mandaue City', '2000-01', '2009-05', 'January 2000 to May 2009', [
        'Recorded arraignments, pre-trials and small claims hearings.',
      ]),
      job('Stenographer', 'Visayan Legal Services Co.', 'Cebu City', '1996-07', '1999-12', 'July 1996 to December 1999', [
        'Took down depositions and typed pleadings for a law office of nine lawyers.',
      ]),
      job('Clerk Typist', 'Cebu Provincial Capitol', 'Cebu City', '1994-04', '1996-06', 'April 1994 to June 1996', []),
    ],
    education: [
      school('University of San Jose–Recoletos', 'Bachelor of Science', 'Commerce', '1990', '1994', 'Bachelor of Science in Commerce, major in Secretarial Administration', '1990 – 1994'),
    ],
    skills: [['Stenography', ['Machine Shorthand', 'Gregg Shorthand', 'Transcript Certification', 'Legal Terminology']], ['Office', ['Microsoft Word', 'Case Management System']]],
    languages: [['Cebuano', 'Native'], ['Filipino', 'Fluent'], ['English', 'Fluent']],
    certificates: [['Career Service Professional Eligibility', 'Civil Service Commission', '1995']],
  },
  {
    id: '04-animation-jm-santos', lang: 'en', country: 'Philippines', countryCode: 'PH',
    name: 'Jose Miguel Santos', label: '2D Animator', email: 'jm.santos.anim@example.com', phone: '+63 928 555 7741',
    city: 'Quezon City', region: 'Metro Manila', home: 'Quezon City, Metro Manila',
    url: 'https://jmsantos.example.com', profiles: [['Instagram', 'https://www.instagram.com/jmsantos.draws']],
    summary: '2D animator who works on TV series for studios abroad and takes freelance commercials on the side.',
    employerFirst: false,
    work: [
      job('Key Animator', 'Toon City Animation, Inc.', 'Pasig City', '2022-01', null, 'Jan 2022 - Present', [
        'Animate 12 to 15 seconds of key poses a week on a preschool TV series in Toon Boom Harmony.',
        'Review in-betweens of a team of five before they go to compositing.',
      ]),
      job('Freelance Animator', 'Self-employed', '', '2020-09', null, 'Sep 2020 - Present', [
        'Animated explainer videos and social media ads for 14 clients in Manila and Singapore.',
        'Designed characters and storyboards for a local snack brand’s commercial.',
      ]),
      job('In-between Artist', 'Top Draw Animation, Inc.', 'Pasig City', '2019-06', '2021-12', 'Jun 2019 - Dec 2021', [
        'Drew in-betweens and clean-ups for three Canadian and Australian series.',
      ]),
    ],
    education: [
      school('University of the Philippines Diliman', 'Bachelor of Fine Arts', 'Visual Communication', '2015', '2019', 'Bachelor of Fine Arts, Visual Communication', '2015 - 2019'),
    ],
    skills: [['Software', ['Toon Boom Harmony', 'Adobe Animate', 'After Effects', 'Clip Studio Paint']], ['Art', ['Character Design', 'Storyboarding', 'Lip Sync']]],
    languages: [['Filipino', 'Native'], ['English', 'Fluent']],
  },
  // ---------------------------------------------------------------- Japan
  {
    id: '05-watchmaking-kenji-watanabe', lang: 'en', country: 'Japan', countryCode: 'JP',
    name: 'Kenji Watanabe', label: 'Watchmaker', email: 'k.watanabe@mail.example.jp', phone: '+81 90 5550 2184',
    city: 'Shiojiri', region: 'Nagano', home: 'Shiojiri, Nagano Prefecture, Japan',
    summary: 'Watchmaker with 19 years at one maker, from assembling movements to leading the repair workshop for high-end mechanical watches.',
    employerFirst: true,
    work: [
      job('Chief Watchmaker, Repair Workshop', 'Shinshu Seimitsu Co., Ltd.', 'Shiojiri', '2018-04', null, 'Apr. 2018 – present', [
        'Lead nine watchmakers repairing about 3,000 mechanical watches a year.',
        'Brought average repair time down from 42 to 30 days.',
        'Train new staff for the national watch repair technician exam.',
      ]),
      job('Watchmaker, Mechanical Movements', 'Shinshu Seimitsu Co., Ltd.', 'Shiojiri', '2011-04', '2018-03', 'Apr. 2011 – Mar. 2018', [
        'Assembled and regulated calibres for the limited edition line.',
        'Adjusted chronometers to within −2/+4 seconds a day.',
      ]),
      job('Assembly Technician', 'Shinshu Seimitsu Co., Ltd.', 'Suwa', '2007-04', '2011-03', 'Apr. 2007 – Mar. 2011', [
        'Assembled quartz movements on the production line.',
      ]),
    ],
    education: [
      school('Hiko Mizuno College of Jewelry', 'Diploma', 'Watchmaking', '2005', '2007', 'Diploma, Watchmaking Course', 'Mar. 2007'),
    ],
    skills: [['Watchmaking', ['Movement Assembly', 'Regulation', 'Chronograph Repair', 'Case Polishing', 'Water Resistance Testing']]],
    languages: [['Japanese', 'Native'], ['English', 'Business (TOEIC 785)']],
    certificates: [['Certified Watch Repair Technician, Grade 1', 'Japan Watch Repair Association', '2013']],
  },
  {
    id: '06-bioinformatics-aoi-nakamura', lang: 'en', country: 'Japan', countryCode: 'JP',
    name: 'Aoi Nakamura', label: 'Bioinformatics Graduate Student', email: 'aoi.nakamura@grad.example.ac.jp', phone: '+81 80 5551 0937',
    city: 'Sendai', region: 'Miyagi', home: 'Aoba-ku, Sendai, Miyagi',
    url: 'https://aoinakamura.example.org', profiles: [['GitHub', 'https://github.com/aoi-nkmr']],
    summary: 'Master’s student in genome science looking for a bioinformatics role from April 2027. I write pipelines for single-cell RNA-seq data and enjoy making them reproducible.',
    employerFirst: false, educationFirst: true,
    work: [
      job('Research Assistant', 'Tohoku University Graduate School of Life Sciences', 'Sendai', '2025-04', null, 'April 2025–', [
        'Built a Snakemake pipeline for 40 single-cell RNA-seq samples of zebrafish fin regeneration.',
        'Cut the lab’s alignment time from two days to five hours on the university cluster.',
      ]),
      job('Data Analysis Intern', 'Genomix Japan K.K.', 'Tokyo', '2024-08', '2024-09', 'Aug–Sep 2024', [
        'Compared three variant callers on public exome data and wrote the report in English.',
      ]),
    ],
    education: [
      school('Tohoku University', 'MSc', 'Life Sciences', '2025', '2027', 'M.Sc. in Life Sciences (Genome Science), expected March 2027', '2025–2027'),
      school('Tohoku University', 'BSc', 'Biology', '2021', '2025', 'B.Sc. in Biology', '2021–2025', 'GPA 3.6/4.0'),
    ],
    skills: [['Programming', ['Python', 'R', 'Bash', 'Snakemake']], ['Methods', ['Single-cell RNA-seq', 'Variant Calling', 'Seurat', 'Scanpy']]],
    languages: [['Japanese', 'Native'], ['English', 'Advanced (TOEFL iBT 98)']],
  },
  // ---------------------------------------------------------------- Chile
  {
    id: '07-oceanography-catalina-fuentes', lang: 'en', country: 'Chile', countryCode: 'CL',
    name: 'Catalina Fuentes Rojas', label: 'Physical Oceanographer', email: 'cfuentes@example.cl', phone: '+56 9 5550 1822',
    city: 'Valparaíso', region: 'Valparaíso Region', home: 'Valparaíso, Chile',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/catalinafuentesr']],
    summary: 'Physical oceanographer back at work after two years caring for my father. Field seasons on research vessels, coastal upwelling and ocean data quality control.',
    employerFirst: false,
    work: [
      job('Oceanographer', 'Instituto de Fomento Pesquero', 'Valparaíso', '2024-05', null, '05.2024 – today', [
        'Plan CTD and current meter surveys for the coastal monitoring programme.',
        'Quality-control ten years of mooring data for the national data centre.',
      ]),
      job('Research Oceanographer', 'Centro de Investigación Oceanográfica COPAS', 'Concepción', '2016-03', '2022-04', '03.2016 – 04.2022', [
        'Led four cruises of 20 days on the R/V Kay Kay II off central Chile.',
        'Co-authored six papers on coastal upwelling and oxygen minimum zones.',
        'Maintained the glider fleet and its mission planning.',
      ]),
      job('Marine Technician', 'Armada de Chile, SHOA', 'Valparaíso', '2013-01', '2016-02', '01.2013 – 02.2016', [
        'Ran tide gauges and processed bathymetric surveys for nautical charts.',
      ]),
    ],
    education: [
      school('Universidad de Concepción', 'MSc', 'Oceanography', '2014', '2016', 'MSc in Oceanography', '2014 – 2016'),
      school('Pontificia Universidad Católica de Valparaíso', 'Bachelor', 'Marine Sciences', '2008', '2012', 'Bachelor of Marine Sciences', '2008 – 2012'),
    ],
    skills: [['Fieldwork', ['CTD Profiling', 'ADCP', 'Ocean Gliders', 'Mooring Deployment']], ['Data', ['MATLAB', 'Python', 'Ocean Data View']]],
    languages: [['Spanish', 'Native'], ['English', 'C1']],
  },
  {
    id: '08-sommellerie-matias-contreras', lang: 'en', country: 'Chile', countryCode: 'CL',
    name: 'Matías Contreras Soto', label: 'Sommelier', email: 'matias.contreras.soto@example.com', phone: '+56 9 5552 6407',
    city: 'Santa Cruz', region: "O'Higgins", home: "Santa Cruz, Colchagua Valley, O'Higgins",
    profiles: [['Instagram', 'https://www.instagram.com/matias.sommelier']],
    summary: 'Accountant turned sommelier. After eight years auditing wineries I moved to the other side of the glass and now run the wine list of a hotel in the Colchagua Valley.',
    employerFirst: true,
    work: [
      job('Head Sommelier', 'Hotel Viña Las Garzas S.A.', 'Santa Cruz', '2023-10', null, 'Oct 2023 – present', [
        'Built a list of 420 labels with 70% from Colchagua and Cachapoal producers.',
        'Raised wine sales per cover by 28% in the first season.',
        'Host weekly tastings for hotel guests in Spanish and English.',
      ]),
      job('Sommelier', 'Restaurante Borde Río Ltda.', 'Santiago', '2021-03', '2023-09', 'Mar 2021 – Sep 2023', [
        'Paired wines for a 9-course tasting menu that changed every month.',
      ]),
      job('Senior Auditor', 'Aguirre & Valdés Auditores Consultores SpA', 'Santiago', '2013-01', '2020-12', 'Jan 2013 – Dec 2020', [
        'Audited the accounts of eleven wineries and two cooperatives.',
      ]),
    ],
    education: [
      school('Escuela de Sommeliers de Chile', 'Diploma', 'Sommellerie', '2019', '2020', 'Professional Sommelier Diploma', '2019 – 2020'),
      school('Universidad de Santiago de Chile', 'Bachelor', 'Accounting', '2007', '2012', 'Contador Público y Auditor (Public Accountant and Auditor)', '2007 – 2012'),
    ],
    skills: [['Wine', ['Wine List Management', 'Food Pairing', 'Blind Tasting', 'Cellar Management']], ['Business', ['Inventory Costing', 'Supplier Negotiation']]],
    languages: [['Spanish', 'Native'], ['English', 'Advanced'], ['Portuguese', 'Basic']],
    certificates: [['WSET Level 3 Award in Wines', 'Wine & Spirit Education Trust', '2021']],
  },
  // ---------------------------------------------------------------- Argentina
  {
    id: '09-luthiery-facundo-gomez', lang: 'en', country: 'Argentina', countryCode: 'AR',
    name: 'Facundo Gómez', label: 'Luthier — Classical and Folk Guitars', email: 'facundo@gomezluthier.example.com', phone: '+54 9 351 555-0147',
    city: 'Córdoba', region: 'Córdoba Province', home: 'Córdoba, Argentina',
    url: 'https://gomezluthier.example.com', profiles: [['Instagram', 'https://www.instagram.com/gomez.luthier']],
    summary: 'I build classical guitars and charangos to order and repair instruments for musicians across Córdoba.',
    employerFirst: false,
    work: [
      job('Luthier and Owner', 'Gómez Luthería', 'Córdoba', '2017', null, '2017 – ', [
        'Build 14 classical guitars a year to order, with cedar or spruce tops.',
        'Repair and set up about 250 instruments a year for teachers and touring players.',
        'Teach a weekend course in guitar making to six students a term.',
      ]),
      job('Workshop Assistant', 'Casa Núñez S.R.L.', 'Buenos Aires', '2012', '2016', '2012 – 2016', [
        'Fretted, bound and finished guitars in a workshop of eight luthiers.',
        'Sprayed nitrocellulose and French-polished shellac finishes.',
      ]),
    ],
    education: [
      school('Escuela de Luthería de la Universidad Nacional de Tres de Febrero', 'Diploma', 'Luthiery', '2009', '2012', 'Technical Diploma in Luthiery', '2009 – 2012'),
    ],
    skills: [['Skills', ['Guitar Building', 'French Polishing', 'Fretwork', 'Instrument Setup', 'Charango Building']]], flat: true,
    languages: [['Spanish', 'Native'], ['English', 'Intermediate']],
  },
  {
    id: '10-stagemanagement-valentina-ferreyra', lang: 'en', country: 'Argentina', countryCode: 'AR',
    name: 'Valentina Ferreyra', label: 'Stage Manager', email: 'vferreyra.escena@example.com', phone: '+54 9 341 555-2290',
    city: 'Rosario', region: 'Santa Fe', home: 'Rosario, Santa Fe',
    summary: 'Stage manager who calls the show for opera, dance and touring theatre, often two productions at once.',
    employerFirst: true,
    work: [
      job('Production Stage Manager', 'Teatro El Círculo', 'Rosario', '2020-02', null, 'February 2020 – present', [
        'Call cues for 90 performances a season of opera, ballet and concerts.',
        'Run rehearsal schedules for casts of up to 120 with the orchestra and crew.',
      ]),
      job('Tour Stage Manager', 'Compañía Nacional de Danza Contemporánea', 'Buenos Aires', '2022-06', '2024-11', 'June 2022 – November 2024', [
        'Toured 14 cities with a company of 22 dancers and 6 technicians.',
        'Adapted the lighting and cue sheets to every venue in one get-in day.',
      ]),
      job('Assistant Stage Manager', 'Teatro Colón', 'Buenos Aires', '2015-03', '2019-12', 'March 2015 – December 2019', [
        'Kept the prompt book and ran the props table for 30 opera productions.',
      ]),
    ],
    education: [
      school('Universidad Nacional de las Artes', 'Bachelor', 'Stage Design', '2010', '2014', 'Licenciatura en Escenografía (Bachelor in Stage Design)', '2010 – 2014'),
    ],
    skills: [['Stage', ['Show Calling', 'Prompt Book', 'Rehearsal Scheduling', 'Touring Logistics']], ['Tools', ['QLab', 'ETC Eos', 'Google Sheets']]],
    languages: [['Spanish', 'Native'], ['English', 'Fluent'], ['Italian', 'Working knowledge']],
  },
  // ---------------------------------------------------------------- Greece
  {
    id: '11-archaeology-eleni-papadaki', lang: 'en', country: 'Greece', countryCode: 'GR',
    name: 'Eleni Papadaki', label: 'Field Archaeologist', email: 'eleni.papadaki@example.gr', phone: '+30 697 555 1043',
    city: 'Thessaloniki', region: 'Central Macedonia', home: 'Thessaloniki, Greece',
    profiles: [['Academia.edu', 'https://auth.academia.edu/EleniPapadaki']],
    summary: 'Field archaeologist on fixed-term excavation contracts for the Ephorates of Antiquities and for rescue digs on new infrastructure.',
    employerFirst: false,
    work: [
      job('Contract Archaeologist', 'Ephorate of Antiquities of Thessaloniki City', 'Thessaloniki', '2025-03', '2025-10', 'Spring–Autumn 2025', [
        'Supervised a trench team of eight on the metro extension rescue excavation.',
        'Recorded 300 contexts in the single-context system and the site database.',
      ]),
      job('Contract Archaeologist', 'Ephorate of Antiquities of Pella', 'Pella', '2023-05', '2024-09', 'May 2023 – Sept 2024', [
        'Excavated and documented Hellenistic houses ahead of a road upgrade.',
        'Made photogrammetric models of every floor level with Agisoft Metashape.',
      ]),
      job('Site Assistant', 'Aristotle University Excavation at Vergina', 'Vergina', '2019-06', '2022-08', 'Summers 2019 – 2022', [
        'Washed, sorted and catalogued pottery from the palace area.',
      ]),
    ],
    education: [
      school('Aristotle University of Thessaloniki', 'MA', 'Classical Archaeology', '2020', '2022', 'MA in Classical Archaeology', '2020–2022'),
      school('University of Ioannina', 'BA', 'History and Archaeology', '2016', '2020', 'BA in History and Archaeology', '2016–2020', 'Grade 8.1/10'),
    ],
    skills: [['Field', ['Stratigraphic Excavation', 'Pottery Recording', 'Photogrammetry', 'Total Station Survey']], ['Software', ['QGIS', 'Agisoft Metashape', 'AutoCAD']]],
    languages: [['Greek', 'Native'], ['English', 'C2 (Proficiency)'], ['German', 'B1']],
  },
  {
    id: '12-glazing-nikos-karagiannis', lang: 'en', country: 'Greece', countryCode: 'GR',
    name: 'Nikos Karagiannis', label: 'Glazier / Aluminium Frame Installer', email: 'nkaragiannis@example.net', phone: '+30 694 555 7720',
    city: 'Patras', region: 'Western Greece', home: 'Patras, Achaia',
    summary: 'Glazier with 27 years on shop fronts, windows and glass balustrades. I can read drawings, measure on site and run an installation crew.',
    employerFirst: true,
    work: [
      job('Installation Foreman', 'Achaia Aluminium S.A.', 'Patras', '2012', null, 'since 2012', [
        'Run two crews installing aluminium windows and curtain walls on 30 sites a year.',
        'Measure on site and check shop drawings before fabrication.',
      ]),
      job('Glazier', 'Kostopoulos Glass & Mirrors O.E.', 'Patras', '2001', '2011', '2001–2011', [
        'Cut, fitted and sealed double glazing, mirrors and shower screens.',
        'Installed frameless glass balustrades for hotels on the coast.',
      ]),
      job('Glazier’s Mate', 'Kostopoulos Glass & Mirrors O.E.', 'Patras', '1998', '2000', '1998–2000', []),
      job('Apprentice', 'Yalourgia Petrou', 'Aigio', '1996', '1998', '1996–1998', []),
    ],
    education: [
      school('1st Vocational High School of Patras', 'Vocational Diploma', 'Metal Construction', '1993', '1996', 'Vocational Diploma, Metal Construction', '1996'),
    ],
    skills: [['Skills', ['Curtain Walls', 'Double Glazing', 'Glass Balustrades', 'Site Measuring', 'Silicone Sealing', 'Working at Height']]], flat: true,
    languages: [['Greek', 'Native'], ['English', 'Basic']],
  },
  // ---------------------------------------------------------------- Estonia
  {
    id: '13-cartography-kadri-tamm', lang: 'en', country: 'Estonia', countryCode: 'EE',
    name: 'Kadri Tamm', label: 'Cartographer', email: 'kadri.tamm@example.ee', phone: '+372 5555 1093',
    city: 'Tartu', region: 'Tartu County', home: 'Tartu, Estonia',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/kadritamm']],
    summary: 'Cartographer at the national mapping agency who designs topographic maps and keeps the place-name register in order.',
    employerFirst: false,
    work: [
      job('Lead Cartographer', 'Estonian Land and Spatial Development Board', 'Tartu', '2021-01', null, '01.2021 – …', [
        'Lead the design of the 1:50 000 topographic map series.',
        'Moved the map production from manual editing to generalisation rules in QGIS.',
      ]),
      job('Cartographer', 'Estonian Land Board', 'Tallinn', '2014-09', '2020-12', '09.2014 – 12.2020', [
        'Edited 120 map sheets of the base map and checked place names with the register.',
        'Made the thematic maps of the national atlas of soils.',
      ]),
      job('GIS Specialist', 'Regio AS', 'Tartu', '2011-06', '2014-08', '06.2011 – 08.2014', [
        'Digitised road networks for navigation maps of the Baltic states.',
      ]),
    ],
    education: [
      school('University of Tartu', 'MSc', 'Geoinformatics', '2009', '2011', 'MSc Geoinformatics for Urbanised Society', '2009–2011'),
      school('University of Tartu', 'BSc', 'Geography', '2006', '2009', 'BSc Geography', '2006–2009'),
    ],
    skills: [['Cartography', ['Map Design', 'Generalisation', 'Place Names', 'Typography']], ['GIS', ['QGIS', 'ArcGIS Pro', 'PostGIS', 'FME']]],
    languages: [['Estonian', 'Native'], ['English', 'C1'], ['Finnish', 'B2'], ['Russian', 'A2']],
  },
  {
    id: '14-esports-rasmus-kask', lang: 'en', country: 'Estonia', countryCode: 'EE',
    name: 'Rasmus Kask', label: 'Esports Coach and Analyst', email: 'rasmus.kask@example.com', phone: '+372 5555 8816',
    city: 'Pärnu', region: 'Pärnu County', home: 'Pärnu',
    url: 'https://rasmuskask.example.com', profiles: [['Twitch', 'https://www.twitch.tv/raskask']],
    summary: 'Former physical education teacher, now coaching a professional Counter-Strike team. I bring the routines of sports coaching into esports.',
    employerFirst: true,
    work: [
      job('Head Coach', 'Baltic Wolves Esports OÜ', 'Tallinn (remote)', '2023-08', null, "Aug '23 – now", [
        'Coach a roster of five players and two substitutes in the European second division.',
        'Built the team’s demo review routine and set-piece playbook.',
        'Took the team from 41st to 12th in the regional ranking in one year.',
      ]),
      job('Analyst (part-time)', 'Baltic Wolves Esports OÜ', 'remote', '2022-01', '2023-07', "Jan '22 – Jul '23", [
        'Reviewed opponents’ demos and wrote scouting reports for every match.',
      ]),
      job('Physical Education Teacher', 'Pärnu Koidula Gymnasium', 'Pärnu', '2015-08', '2023-06', "Aug '15 – Jun '23", [
        'Taught PE to grades 7 to 12 and coached the school volleyball team.',
      ]),
    ],
    education: [
      school('Tallinn University', 'MA', 'Physical Education', '2013', '2015', 'MA Physical Education Teacher', '2013 – 2015'),
      school('University of Tartu', 'BSc', 'Sports Science', '2010', '2013', 'BSc Sports Science', '2010 – 2013'),
    ],
    skills: [['Coaching', ['Demo Review', 'Team Tactics', 'Player Development', 'Performance Psychology']], ['Tools', ['CS2 Demo Viewer', 'Leetify', 'Notion']]],
    languages: [['Estonian', 'Native'], ['English', 'Fluent']],
  },
  // ---------------------------------------------------------------- Lithuania
  {
    id: '15-prosthetics-gintare-petrauskiene', lang: 'en', country: 'Lithuania', countryCode: 'LT',
    name: 'Gintarė Petrauskienė', label: 'Prosthetist-Orthotist', email: 'gintare.petrauskiene@example.lt', phone: '+370 612 55510',
    city: 'Kaunas', region: 'Kaunas County', home: 'Kaunas, Lithuania',
    summary: 'Certified prosthetist-orthotist with fourteen years of fitting lower-limb prostheses and orthoses for adults and children.',
    employerFirst: false,
    work: [
      job('Senior Prosthetist-Orthotist', 'Ortopedijos Technika UAB', 'Kaunas', '2016-05', null, '2016 05 – dabar (present)', [
        'Assess and fit about 180 lower-limb prostheses a year, including microprocessor knees.',
        'Run the children’s orthosis clinic with the paediatric rehabilitation team.',
        'Introduced 3D scanning for socket design, cutting re-fits by a third.',
      ]),
      job('Prosthetist-Orthotist', 'Vilnius Prosthetic and Orthopaedic Centre', 'Vilnius', '2012-09', '2016-04', '2012 09 – 2016 04', [
        'Made plaster casts, check sockets and definitive sockets for trans-tibial amputees.',
      ]),
    ],
    education: [
      school('Kauno kolegija', 'Professional Bachelor', 'Prosthetics and Orthotics', '2008', '2012', 'Professional Bachelor of Health Sciences (Prosthetics and Orthotics)', '2008–2012'),
    ],
    skills: [['Clinical', ['Lower-Limb Prosthetics', 'Spinal Orthoses', 'Gait Analysis', 'Paediatric Orthotics']], ['Technology', ['3D Scanning', 'CAD/CAM Sockets', 'Microprocessor Knees']]],
    languages: [['Lithuanian', 'Native'], ['English', 'B2'], ['Russian', 'B1']],
    certificates: [['ISPO Category I Prosthetist/Orthotist', 'International Society for Prosthetics and Orthotics', '2014']],
  },
  {
    id: '16-epidemiology-tomas-kazlauskas', lang: 'en', country: 'Lithuania', countryCode: 'LT',
    name: 'Tomas Kazlauskas', label: 'Epidemiologist, PhD', email: 't.kazlauskas@example.org', phone: '+370 686 55523',
    city: 'Klaipėda', region: 'Klaipėda County', home: 'Klaipėda',
    url: 'https://tkazlauskas.example.org', profiles: [['ORCID', 'https://orcid.org/0000-0002-5555-0178']],
    summary: 'Infectious disease epidemiologist who runs surveillance, outbreak investigations and vaccine coverage studies.',
    employerFirst: true, educationFirst: true,
    work: [
      job('Senior Epidemiologist', 'National Public Health Centre under the Ministry of Health', 'Klaipėda Department', '2021-02', null, 'Feb 2021 – present', [
        'Lead outbreak investigations of measles, legionella and food-borne illness in western Lithuania.',
        'Built the weekly influenza and COVID-19 dashboard in R Shiny used by 10 municipalities.',
      ]),
      job('Postdoctoral Researcher', 'Lithuanian University of Health Sciences', 'Kaunas', '2018-10', '2021-01', 'Oct 2018 – Jan 2021', [
        'Ran a cohort study of 2,400 children on pertussis vaccine coverage.',
        'Published five papers and supervised two master’s theses.',
      ]),
    ],
    education: [
      school('Lithuanian University of Health Sciences', 'PhD', 'Public Health', '2014', '2018', 'PhD in Public Health (Epidemiology)', '2014–2018'),
      school('Vilnius University', 'MSc', 'Public Health', '2012', '2014', 'MSc in Public Health', '2012–2014'),
    ],
    skills: [['Methods', ['Outbreak Investigation', 'Cohort Studies', 'Surveillance', 'Survival Analysis']], ['Software', ['R', 'Stata', 'R Shiny', 'SQL']]],
    languages: [['Lithuanian', 'Native'], ['English', 'Fluent'], ['Polish', 'Intermediate']],
    certificates: [['EPIET Fellowship', 'European Centre for Disease Prevention and Control', '2020']],
  },
  // ---------------------------------------------------------------- Bulgaria
  {
    id: '17-upholstery-petar-dimitrov', lang: 'en', country: 'Bulgaria', countryCode: 'BG',
    name: 'Petar Dimitrov', label: 'Upholsterer', email: 'petar.dimitrov.tapicer@example.com', phone: '+359 88 555 1462',
    city: 'Plovdiv', region: 'Plovdiv Province', home: 'Plovdiv, Bulgaria',
    summary: 'Upholsterer for furniture, cars and boats. Back in the trade after three years working abroad in a warehouse.',
    employerFirst: false,
    work: [
      job('Upholsterer', 'Mebeli Trakia EOOD', 'Plovdiv', '2024-01', null, '01/2024 – present', [
        'Re-upholster 15 sofas and armchairs a week with foam, webbing and springs.',
        'Cut and sew covers from customer fabric and leather.',
      ]),
      job('Warehouse Operative', 'Nordlager GmbH', 'Bremen, Germany', '2020-09', '2023-08', '09/2020 – 08/2023', [
        'Picked and packed orders with a scanner and drove a reach truck.',
      ]),
      job('Car Upholsterer', 'Auto Tapitseria Marinov OOD', 'Plovdiv', '2013-04', '2020-06', '04/2013 – 06/2020', [
        'Re-trimmed seats, headliners and door cards of classic cars and yachts.',
        'Made 200 custom leather interiors for a car dealer.',
      ]),
    ],
    education: [
      school('Professional High School of Furniture Production, Plovdiv', 'Vocational Diploma', 'Furniture Upholstery', '2008', '2012', 'Vocational Diploma – Upholsterer', '2008 – 2012'),
    ],
    skills: [['Skills', ['Furniture Upholstery', 'Automotive Trim', 'Leatherwork', 'Industrial Sewing Machines', 'Pattern Cutting']]], flat: true,
    languages: [['Bulgarian', 'Native'], ['German', 'A2'], ['English', 'A2']],
  },
  {
    id: '18-patentattorney-desislava-ivanova', lang: 'en', country: 'Bulgaria', countryCode: 'BG',
    name: 'Desislava Ivanova', label: 'Industrial Property Representative', email: 'divanova@patents.example.bg', phone: '+359 2 555 0381',
    city: 'Sofia', region: 'Sofia City Province', home: 'Sofia 1000, Bulgaria',
    profiles: [['LinkedIn', 'https://www.linkedin.com/in/desislava-ivanova-ip']],
    summary: 'Chemist by training and patent attorney for 12 years. I draft and prosecute pharmaceutical and chemical patents before the Bulgarian Patent Office and the EPO.',
    employerFirst: true,
    work: [
      job('Partner, Patent Attorney', 'Ivanova, Petkova & Partners Law Firm', 'Sofia', '2019-01', null, 'Jan. 2019 – present', [
        'Manage a portfolio of 350 patent families for pharmaceutical clients.',
        'Represent clients in 20 EPO oppositions and appeals.',
      ]),
      job('Patent Attorney', 'Intelis Patent Bureau Ltd', 'Sofia', '2014-03', '2018-12', 'Mar. 2014 – Dec. 2018', [
        'Drafted 60 patent applications in chemistry and biotechnology.',
        'Ran freedom-to-operate searches for generic drug makers.',
      ]),
      job('Patent Examiner', 'Patent Office of the Republic of Bulgaria', 'Sofia', '2010-09', '2014-02', 'Sept. 2010 – Feb. 2014', [
        'Examined 400 national applications in organic chemistry.',
      ]),
    ],
    education: [
      school('Sofia University St. Kliment Ohridski', 'MSc', 'Organic Chemistry', '2008', '2010', 'Master of Science in Organic Chemistry', '2008 – 2010'),
      school('CEIPI, University of Strasbourg', 'Diploma', 'European Patent Law', '2015', '2016', 'Diploma in European Patent Law', '2015 – 2016'),
    ],
    skills: [['Patent Practice', ['Patent Drafting', 'EPO Oppositions', 'Freedom-to-Operate', 'Prior Art Searching']], ['Tools', ['Espacenet', 'PATSTAT', 'Orbit Intelligence']]],
    languages: [['Bulgarian', 'Native'], ['English', 'C2'], ['French', 'B2']],
    certificates: [['European Patent Attorney (EQE)', 'European Patent Office', '2017']],
  },
  // ---------------------------------------------------------------- Malaysia
  {
    id: '19-aquatics-nurul-aisyah', lang: 'en', country: 'Malaysia', countryCode: 'MY',
    name: 'Nurul Aisyah binti Hassan', label: 'Aquatics Supervisor', email: 'nurulaisyah.hassan@example.com.my', phone: '+60 12-555 4017',
    city: 'Johor Bahru', region: 'Johor', home: 'Johor Bahru, Johor, Malaysia',
    summary: 'Lifeguard turned aquatics supervisor at a resort water park. I keep 4,000 guests a day safe and train the lifeguard team.',
    employerFirst: false,
    work: [
      job('Aquatics Supervisor', 'Desaru Waterworld Sdn. Bhd.', 'Kota Tinggi, Johor', '2022-03', null, 'Mar 2022 – Current', [
        'Schedule and supervise 35 lifeguards over wave pool, slides and lazy river.',
        'Run monthly drills for spinal injury, missing child and lightning.',
        'Cut rescues per month by 40% with new zone rotations.',
      ]),
      job('Senior Lifeguard', 'Desaru Waterworld Sdn. Bhd.', 'Kota Tinggi, Johor', '2019-06', '2022-02', 'Jun 2019 – Feb 2022', [
        'Led the slide tower team and kept the daily water quality logs.',
      ]),
      job('Swimming Instructor (part-time)', 'Kelab Renang Bandaraya JB', 'Johor Bahru', '2017-01', '2020-12', 'Jan 2017 – Dec 2020', [
        'Taught learn-to-swim classes for children aged 5 to 12 on weekends.',
      ]),
    ],
    education: [
      school('Universiti Teknologi MARA', 'Diploma', 'Sports Management', '2014', '2017', 'Diploma in Sports Management', '2014 – 2017', 'CGPA 3.41'),
    ],
    skills: [['Aquatics', ['Lifeguard Supervision', 'Water Rescue', 'Pool Water Testing', 'Swim Instruction']], ['First Aid', ['CPR', 'AED', 'Oxygen Administration']]],
    languages: [['Malay', 'Native'], ['English', 'Good'], ['Mandarin', 'Basic']],
    certificates: [['National Pool Lifeguard Qualification', 'Royal Life Saving Society Malaysia', '2018'], ['Pool Lifeguard Trainer', 'Royal Life Saving Society Malaysia', '2023']],
  },
  {
    id: '20-pianotechnician-lim-weijie', lang: 'en', country: 'Malaysia', countryCode: 'MY',
    name: 'Lim Wei Jie', label: 'Piano Technician & Tuner', email: 'weijie.pianotech@example.com', phone: '+60 16-555 8830',
    city: 'George Town', region: 'Penang', home: 'George Town, Penang',
    url: 'https://limpianoservice.example.com',
    summary: 'Freelance piano tuner and technician for homes, schools and concert halls in northern Malaysia. Fifteen years of tuning, regulation and restoration.',
    employerFirst: true,
    work: [
      job('Piano Technician (Freelance)', 'Lim Piano Service', 'Penang & Kedah', '2016-08', null, 'Aug 2016 – Present', [
        'Tune around 700 pianos a year for homes, music schools and churches.',
        'Care for the concert grands of the Penang Performing Arts Centre.',
        'Restored 12 old uprights, including new hammers and strings.',
      ]),
      job('Piano Technician', 'Yamaha Music (Malaysia) Sdn. Bhd.', 'Kuala Lumpur', '2011-01', '2016-07', 'Jan 2011 – Jul 2016', [
        'Prepared new pianos for delivery and handled warranty repairs.',
        'Regulated actions on grands for piano competitions.',
      ]),
    ],
    education: [
      school('Yamaha Piano Technical Academy', 'Certificate', 'Piano Technology', '2009', '2010', 'Piano Technician Course (1 year)', '2009 – 2010'),
      school('SMJK Chung Ling', 'SPM', undefined, '2004', '2008', 'Sijil Pelajaran Malaysia (SPM)', '2008'),
    ],
    skills: [['Piano Work', ['Aural Tuning', 'Action Regulation', 'Voicing', 'Restringing', 'Hammer Replacement']]],
    languages: [['Mandarin', 'Native'], ['Hokkien', 'Native'], ['English', 'Fluent'], ['Malay', 'Fluent']],
  },
  // ---------------------------------------------------------------- Iceland
  {
    id: '21-farriery-jon-gunnarsson', lang: 'en', country: 'Iceland', countryCode: 'IS',
    name: 'Jón Gunnarsson', label: 'Farrier', email: 'jon.gunnarsson@example.is', phone: '+354 855 5021',
    city: 'Hella', region: 'South Iceland', home: 'Hella, South Iceland',
    summary: 'Farrier for Icelandic horses since 2004, shoeing for breeders, riding schools and competition riders.',
    employerFirst: false,
    work: [
      job('Farrier (self-employed)', 'Járningar Jóns ehf.', 'South Iceland', '2009-05', null, 'May 2009 –', [
        'Shoe about 1,100 horses a year for farms between Selfoss and Vík.',
        'Shoe competition horses for Landsmót and the national championships.',
      ]),
      job('Farrier', 'Hólar Riding Centre', 'Hjaltadalur', '2004-06', '2009-04', 'June 2004 – April 2009', [
        'Shod and trimmed the school’s 80 horses and taught shoeing to students.',
      ]),
    ],
    education: [
      school('Hólar University', 'Diploma', 'Equine Science', '2001', '2004', 'Diploma in Equine Science and Riding Instruction', '2001–2004'),
    ],
    skills: [['Skills', ['Hot Shoeing', 'Corrective Shoeing', 'Hoof Trimming', 'Forge Work']]], flat: true,
    languages: [['Icelandic', 'Native'], ['English', 'Good'], ['German', 'Conversational']],
  },
  {
    id: '22-textileconservation-sigridur-jonsdottir', lang: 'en', country: 'Iceland', countryCode: 'IS',
    name: 'Sigríður Jónsdóttir', label: 'Textile Conservator', email: 'sigridur.jonsdottir@example.is', phone: '+354 699 5588',
    city: 'Akureyri', region: 'Northeast Iceland', home: 'Akureyri',
    summary: 'Textile conservator who cares for national costume, church textiles and archaeological wool. Part-time lecturer in preventive conservation.',
    employerFirst: true,
    work: [
      job('Textile Conservator', 'Akureyri Museum', 'Akureyri', '2015-09', null, 'Sept. 2015 – present', [
        'Conserved 140 textiles, including 19th-century national costumes and altar cloths.',
        'Wrote the museum’s storage and display guidelines for light, humidity and pests.',
      ]),
      job('Part-time Lecturer', 'University of Akureyri', 'Akureyri', '2019-01', null, 'Jan. 2019 – present', [
        'Teach a 6 ECTS course in preventive conservation to museum studies students.',
      ]),
      job('Conservation Intern', 'National Museum of Iceland', 'Reykjavík', '2014-01', '2014-12', '2014', [
        'Cleaned and stabilised archaeological wool from a Viking-age grave.',
      ]),
    ],
    education: [
      school('University of Southampton', 'MA', 'Textile Conservation', '2012', '2014', 'MA Textile Conservation', '2012 – 2014'),
      school('University of Iceland', 'BA', 'Art History', '2008', '2011', 'BA Art History', '2008 – 2011'),
    ],
    skills: [['Conservation', ['Wet Cleaning', 'Stitched Support', 'Preventive Conservation', 'Condition Reporting']], ['Collections', ['Sarpur', 'Environmental Monitoring']]],
    languages: [['Icelandic', 'Native'], ['English', 'Fluent'], ['Danish', 'Good']],
  },
  // ---------------------------------------------------------------- Korea (written in Korean)
  {
    id: '23-semiconductor-junhyuk-park', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '박준혁', label: '반도체 공정 엔지니어', email: 'junhyuk.park@example.co.kr', phone: '010-5550-3172',
    city: '용인시', region: '기흥구', home: '경기도 용인시 기흥구',
    summary: '메모리 반도체 식각 공정 엔지니어로 9년간 근무했습니다. 수율 개선과 설비 안정화에 강점이 있으며, 데이터로 원인을 찾는 일을 좋아합니다.',
    work: [
      job('책임', '에스케이하이닉스 주식회사', '이천', '2021-01', null, '2021.01 ~ 현재', [
        'DRAM 식각 공정 수율 2.3%p 개선 (불량 원인 분석 및 레시피 최적화)',
        '신규 설비 12대 셋업 및 양산 이관',
        '공정 데이터 자동 분석 스크립트(Python) 개발로 보고서 작성 시간 60% 단축',
      ]),
      job('선임', '(주)원익아이피에스', '평택', '2017-02', '2020-12', '2017.02 ~ 2020.12', [
        '식각 장비 고객사 현장 기술 지원 및 트러블슈팅',
        '장비 PM 주기 표준화',
      ]),
    ],
    education: [
      school('포항공과대학교', '석사', '신소재공학과', '2015-03', '2017-02', '석사', '2015.03 ~ 2017.02'),
      school('아주대학교', '학사', '재료공학과', '2011-03', '2015-02', '학사', '2011.03 ~ 2015.02', '3.9 / 4.5'),
    ],
    skills: [['공정', ['건식 식각', '수율 분석', 'SPC', 'FDC']], ['도구', ['Python', 'JMP', 'Spotfire']]],
    languages: [['영어', 'OPIc IH']],
    certificates: [['반도체설계산업기사', '한국산업인력공단', '2014-11']],
  },
  {
    id: '24-webtoon-seoyun-choi', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '최서윤', label: '웹툰 작가 · 어시스턴트', email: 'seoyun.draws@example.com', phone: '010-5551-2094',
    city: '고양시', region: '일산동구', home: '경기 고양시 일산동구',
    url: 'https://seoyunchoi.example.com', profiles: [['Instagram', 'https://www.instagram.com/seoyun.toon']],
    summary: '주간 연재 웹툰의 채색과 배경을 맡아 온 프리랜서 작가입니다. 마감을 지키는 것을 가장 중요하게 생각합니다.',
    work: [
      job('프리랜서 채색 어시스턴트', '스튜디오 하늘빛', '재택', '2022-05', null, '2022년 5월 – 현재', [
        '주간 연재작 2편 채색 및 명암 작업 (회차당 60컷)',
        '3D 배경 소스(SketchUp) 제작 및 정리',
      ]),
      job('배경 어시스턴트', '(주)와이랩', '서울 마포구', '2020-03', '2022-04', '2020년 3월 – 2022년 4월', [
        '연재작 배경 작화 및 소스 관리',
        '신규 어시스턴트 3명 작업 가이드 작성',
      ]),
    ],
    education: [
      school('청강문화산업대학교', '전문학사', '만화콘텐츠스쿨', '2017-03', '2020-02', '전문학사', '2017.03 – 2020.02 졸업'),
    ],
    skills: [['툴', ['Clip Studio Paint', 'Photoshop', 'SketchUp']], ['작업', ['채색', '배경 작화', '콘티']]],
    languages: [['일본어', '일상 회화']],
  },
  {
    id: '25-gamedesign-doyun-jung', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '정도윤', label: '게임 시스템 기획자', email: 'doyun.jung@example.net', phone: '010-5552-7713',
    city: '광명시', region: '철산동', home: '경기도 광명시 철산동',
    summary: '모바일 RPG 전투·성장 시스템 기획 7년차입니다. 한 회사에서 주니어부터 파트장까지 성장했습니다.',
    work: [
      job('시스템 기획 파트장', '(주)넥스트플레이', '판교', '2023-01', null, '2023.01 ~ 재직중', [
        '기획자 5명 파트 운영 및 업데이트 일정 관리',
        '신규 길드전 콘텐츠 기획, 출시 후 주간 활성 이용자 18% 증가',
      ]),
      job('시스템 기획자', '(주)넥스트플레이', '판교', '2020-07', '2022-12', '2020.07 ~ 2022.12', [
        '캐릭터 성장 곡선 및 재화 밸런스 설계',
        '전투 공식 개편 및 테이블 데이터 관리',
      ]),
      job('QA 테스터', '(주)게임온테스트', '서울 구로구', '2019-03', '2020-06', '2019.03 ~ 2020.06', [
        '모바일 게임 3종 기능·회귀 테스트 및 버그 리포트 작성',
      ]),
    ],
    education: [
      school('한국산업기술대학교', '학사', '게임공학과', '2013-03', '2019-02', '학사', '2013.03 ~ 2019.02'),
    ],
    skills: [['기획', ['시스템 기획', '밸런스 설계', '콘텐츠 기획']], ['도구', ['Excel', 'Jira', 'Confluence', 'SQL']]],
    languages: [['영어', 'TOEIC 820']],
  },
  {
    id: '26-cosmeticsrnd-haeun-yoon', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '윤하은', label: '화장품 연구원 (스킨케어 제형)', email: 'haeun.yoon@example.com', phone: '010-5553-4428',
    city: '청주시', region: '흥덕구', home: '충북 청주시 흥덕구',
    summary: '스킨케어 제형 연구 6년 경력 후 2년간 육아로 경력이 단절되었으며, 다시 연구 현장으로 돌아가고자 합니다.',
    work: [
      job('연구원', '코스맥스 주식회사', '화성', '2018-01', '2022-06', '2018년 1월 – 2022년 6월', [
        '크림·에센스 제형 40여 건 개발 및 고객사 이관',
        '안정성 시험 및 처방 스케일업',
      ]),
      job('연구원', '(주)한국콜마', '세종', '2016-03', '2017-12', '2016년 3월 – 2017년 12월', [
        '선크림 제형 개발 보조 및 원료 시험',
      ]),
    ],
    education: [
      school('충북대학교', '학사', '화학과', '2012-03', '2016-02', '학사', '2012.03 – 2016.02'),
    ],
    skills: [['연구', ['제형 개발', '안정성 시험', '원료 분석', '스케일업']]],
    languages: [['영어', '중급 (TOEIC 760)']],
    certificates: [['맞춤형화장품조제관리사', '식품의약품안전처', '2021-06']],
  },
  {
    id: '27-shipbuilding-minseok-kang', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '강민석', label: '선체 구조 설계 (경력 25년)', email: 'minseok.kang@example.kr', phone: '010-5554-9031',
    city: '창원시', region: '성산구', home: '경남 창원시 성산구',
    summary: 'LNG선과 컨테이너선 선체 구조 설계 25년 경력입니다. 설계 팀장으로 선급 승인과 후배 양성을 맡아 왔습니다.',
    work: [
      job('부장 / 구조설계팀장', '한화오션 주식회사', '거제', '2014-03', null, '2014.03 ~ 현재', [
        '17만4천㎥급 LNG선 18척 선체 구조 설계 총괄',
        '선급(DNV, ABS, KR) 도면 승인 대응',
        '설계 인력 14명 관리 및 신입 교육 프로그램 운영',
      ]),
      job('과장', '삼성중공업 주식회사', '거제', '2005-01', '2014-02', '2005.01 ~ 2014.02', [
        '컨테이너선 구조 해석 및 상세 설계',
      ]),
      job('사원 → 대리', '(주)대선조선', '부산 영도구', '2001-02', '2004-12', '2001.02 ~ 2004.12', [
        '중소형 유조선 구조 도면 작성',
      ]),
    ],
    education: [
      school('울산대학교', '학사', '조선해양공학과', '1994-03', '2001-02', '학사 (군복무 포함)', '1994.03 ~ 2001.02'),
    ],
    skills: [['설계', ['선체 구조 설계', '구조 해석', '선급 승인']], ['도구', ['AVEVA Marine', 'NASTRAN', 'AutoCAD']]],
    languages: [['영어', '비즈니스 회화']],
    certificates: [['조선기술사', '한국산업인력공단', '2010-05']],
  },
  {
    id: '28-logistics-jiho-lim', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '임지호', label: '물류 관리 (SCM)', email: 'jiho.lim@example.org', phone: '010-5555-6205',
    city: '광주광역시', region: '광산구', home: '광주광역시 광산구',
    summary: '호텔 서비스 5년 후 물류로 직무를 전환했습니다. 물류관리사를 취득하고 물류센터 재고 관리를 맡고 있습니다.',
    work: [
      job('물류센터 재고관리 담당', '(주)씨제이대한통운', '광주 광산구', '2023-04', null, '2023년 4월 ~ 재직 중', [
        '일 출고 3만 건 센터 재고 실사 및 오차율 0.8%→0.2% 개선',
        'WMS 로케이션 재배치로 피킹 동선 15% 단축',
      ]),
      job('프런트 데스크 주임', '라마다 광주 호텔', '광주 서구', '2017-08', '2022-09', '2017년 8월 ~ 2022년 9월', [
        '객실 예약 및 체크인·체크아웃 응대',
      ]),
    ],
    education: [
      school('한국폴리텍대학 광주캠퍼스', '수료', '스마트물류과 (직업훈련 6개월)', '2022-10', '2023-03', '수료', '2022.10 ~ 2023.03'),
      school('조선대학교', '학사', '호텔경영학과', '2011-03', '2017-02', '학사', '2011.03 ~ 2017.02'),
    ],
    skills: [['물류', ['재고 관리', 'WMS', '입출고 관리']], ['사무', ['Excel', 'SAP']]],
    languages: [['영어', '일상 회화'], ['중국어', '기초']],
    certificates: [['물류관리사', '한국산업인력공단', '2022-12'], ['지게차운전기능사', '한국산업인력공단', '2023-02']],
  },
  {
    id: '29-broadcastproduction-yerin-han', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '한예린', label: '방송 조연출 · 영상 편집', email: 'yerin.han@example.com', phone: '010-5556-0147',
    city: '대구광역시', region: '수성구', home: '대구 수성구',
    profiles: [['YouTube', 'https://www.youtube.com/@yerinhan_edit']],
    summary: '지역 방송국 조연출로 일하면서 유튜브 채널 영상 편집을 병행하고 있습니다.',
    work: [
      job('조연출 (계약직)', '대구문화방송(주)', '대구 수성구', '2022-09', null, '2022.9 ~ 현재', [
        '주간 교양 프로그램 섭외, 촬영 구성안 작성 및 종합편집 참여',
        '지역 축제 생중계 2회 현장 진행',
      ]),
      job('영상 편집 (프리랜서)', '채널 달구벌산책', '재택', '2021-03', null, '2021.3 ~ 현재', [
        '구독자 12만 채널 주 2회 영상 편집 및 썸네일 제작',
      ]),
      job('인턴', '(주)티비씨', '대구 동구', '2021-07', '2021-12', '2021.7 ~ 2021.12', []),
    ],
    education: [
      school('경북대학교', '학사', '신문방송학과', '2017-03', '2021-08', '학사', '2017.3 ~ 2021.8 (8월 졸업)'),
    ],
    skills: [['편집', ['Premiere Pro', 'After Effects', 'DaVinci Resolve']], ['제작', ['구성안 작성', '섭외', '현장 진행']]],
    languages: [['영어', '중급']],
  },
  {
    id: '30-infosec-seungmin-oh', lang: 'ko', country: '대한민국', countryCode: 'KR',
    name: '오승민', label: '정보보안 신입 (보안관제 지원)', email: 'seungmin.oh@student.example.ac.kr', phone: '010-5557-8820',
    city: '천안시', region: '동남구', home: '충남 천안시 동남구',
    profiles: [['GitHub', 'https://github.com/seungmin-oh-sec']],
    summary: '정보보호학과 졸업 예정자로, 보안관제 인턴과 CTF 대회 경험을 바탕으로 관제·침해대응 업무에 지원합니다.',
    educationFirst: true,
    work: [
      job('보안관제 인턴', '(주)이글루코퍼레이션', '서울 송파구', '2026-01', '2026-02', '2026.01 ~ 2026.02 (2개월)', [
        'SIEM 이벤트 1차 분석 및 오탐 정리 보고서 작성',
        '웹 공격 탐지 룰 20건 검토',
      ]),
    ],
    education: [
      school('순천향대학교', '학사', '정보보호학과', '2021-03', '2027-02', '학사 (졸업예정)', '2021.03 ~ 2027.02 졸업예정'),
    ],
    skills: [['보안', ['침해사고 분석', '웹 해킹', '네트워크 보안']], ['기술', ['Linux', 'Python', 'Wireshark', 'Splunk']]],
    languages: [['영어', 'TOEIC 790']],
    certificates: [['정보보안기사', '한국인터넷진흥원', '2025-12']],
  },
];

/** The first `count` people of the set, as { id, resume, presentation }. */
export function buildHoldout7Content(count = PEOPLE.length) {
  return PEOPLE.slice(0, count).map(handWrittenEntry);
}
