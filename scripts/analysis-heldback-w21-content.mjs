// The content of the wave 21 held-back analysis set (test/fixtures/analysis/heldback-w21/, issue #12):
// sixteen fictional people, twelve written in English and four in Korean, each of an occupation that no
// earlier analysis set or résumé corpus has (public corpus, fresh, holdout 1–16, the Korean corpus,
// heldback-w7 … heldback-w20): lightning protection supervisor, housing officer (once a council contact centre
// adviser), drainage engineer, diabetic eye screener/grader (once a pharmacy dispenser), medical gas pipeline
// engineer, equine dental technician (once a racing yard groom), seed analyst, aircraft dispatcher (once a ramp
// agent), motor carrier enforcement officer (once a diesel technician), rural fencing contractor, feed mill
// supervisor, accredited livestock export stockperson; 가축인공수정사, 해상교통관제사 (VTS, once a 항해사), 작업환경측정
// 담당 (산업위생관리기사), 친환경농산물 인증심사원 (once a 농산물 검수 담당).
// Fields are spread on purpose, all far from software, and most of the postings ask first for credentials,
// licences and procedures (health, trades, transport, public service, agriculture): a lightning protection
// contractor, a housing association, a drainage contractor, an NHS diabetic eye screening programme, a
// medical gas contractor to NHS Scotland, an equine dental practice, a seed testing laboratory, a regional
// airline, a state motor carrier enforcement division, a fencing business, a feed mill, livestock export
// voyages, a 한우 인공수정소, a 해양경찰 VTS centre, a 작업환경측정기관, a 친환경 인증기관.
// Seniorities run from a housing officer of two years to a fencing contractor of nineteen; leads (the lightning
// protection supervisor, the lead seed analyst, the feed mill supervisor, the fencing contractor who employs a
// crew, the 인공수정소 대표) and individual contributors; six career changers (the housing officer, the screener/
// grader, the equine dental technician, the aircraft dispatcher, the enforcement officer, the 인증심사원) and one
// return to work (the seed analyst, back after two years caring for a parent).
// Written in full on 2026-12-02 by an engineer who does not tune the analysis, before anything was rendered
// or scored; the set is frozen by hash (manifest.json) and never tuned on. Names and employers are invented
// by hand (schools, certifying bodies, regulators and products are real); phone numbers use fictional ranges
// (US 555-01xx, Ofcom drama 0113 496 0xxx, 0118 496 0xxx, 0116 496 0xxx, 0141 496 0xxx, 01632 960xxx,
// 0161 496 0xxx, NZ 021 0xx, Canada 555-01xx, Australia 0491 570 xxx; the Korean ones are made up); e-mail at
// example.com / example.kr. The English text keeps to characters pdflatex typesets (no degree signs, no
// mathematical symbols, no ampersands or per cent signs). The English renderer prints no certificates section,
// so each English person names their credentials among their skills too.

/** English résumés: rendered by scripts/build-resume-corpus.mjs (`style`: dateStyle, headerStyle, linkScheme, bulletGlyph). */
export const ENGLISH_PEOPLE = [
  {
    id: '01-lightningprotection-darrenpryce',
    style: { dateStyle: 'monthName', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Darren Pryce',
        label: 'Lightning Protection Supervisor',
        email: 'darren.pryce.lp@example.com',
        phone: '0113 496 0742',
        summary: 'Lightning protection and earthing engineer for fourteen years, supervisor for six. I run two to three crews installing and testing lightning protection systems on churches, schools, hospitals and high-rise blocks across Yorkshire, mostly working at height from MEWPs, scaffold and rope.',
        location: { city: 'Leeds', region: 'West Yorkshire' },
      },
      work: [
        {
          name: 'Pennine Earthing and Lightning Protection Ltd', position: 'Site Supervisor', location: 'Leeds', startDate: '2020-02',
          highlights: [
            'Supervise crews of two to six on installations and upgrades to BS EN 62305, from air terminations and down conductors to earth electrodes and bonding.',
            'Carry out annual inspection and testing of existing systems, including fall-of-potential earth resistance tests, and write up test sheets and remedial quotes.',
            'Fit and check surge protection devices with the electrical contractor on new-build schools and plant rooms.',
            'Write RAMS, brief toolbox talks and run permits for roof access and work near live plant on hospital sites.',
          ],
        },
        {
          name: 'Pennine Earthing and Lightning Protection Ltd', position: 'Lightning Protection Engineer', location: 'Leeds', startDate: '2013-05', endDate: '2020-01',
          highlights: ['Installed copper and aluminium tape systems, drove earth rods and tested to BS 7430; spire and chimney work from rope and scaffold.'],
        },
        {
          name: 'Calder Steeplejacks', position: 'Labourer, then Trainee', location: 'Halifax', startDate: '2011-03', endDate: '2013-04',
          highlights: ['Ladder and scaffold work on mill chimneys and church towers; fixing, pointing and lightning conductor repairs.'],
        },
      ],
      education: [{ institution: 'Leeds College of Building', studyType: 'Level 2 Diploma', area: 'Electrical Installations', startDate: '2009-09', endDate: '2011-06' }],
      skills: [
        { name: 'Lightning Protection', keywords: ['BS EN 62305', 'BS 7430 Earthing', 'Earth Resistance Testing', 'Surge Protection Devices', 'Air Terminations and Down Conductors', 'Exothermic Welding'] },
        { name: 'Site', keywords: ['RAMS', 'Toolbox Talks', 'Permit to Work', 'Working at Height', 'Crew Supervision'] },
        { name: 'Cards and Tickets', keywords: ['ATLAS Lightning Protection Operative Card', 'CSCS Gold Card', 'IPAF 3a and 3b', 'PASMA', 'IRATA Level 2', 'SSSTS', 'Emergency First Aid at Work'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '02-housingofficer-amaraokafor',
    style: { dateStyle: 'slashMonth', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Amara Okafor',
        label: 'Housing Officer',
        email: 'amara.okafor.housing@example.com',
        phone: '0161 496 0528',
        summary: 'Housing officer for two years with a housing association in north Manchester, managing a patch of about 380 general needs homes, after four years answering the council contact centre housing line. I do sign-ups, tenancy visits, rent arrears and antisocial behaviour cases, and I am working towards my CIH Level 4 Certificate.',
        location: { city: 'Manchester', region: 'Greater Manchester' },
      },
      work: [
        {
          name: 'Irkside Homes', position: 'Housing Officer (Tenancy Management)', location: 'Manchester', startDate: '2024-09',
          highlights: [
            'Manage a patch of around 380 homes: viewings and sign-ups, introductory tenancy reviews, tenancy audits and home visits.',
            'Work rent arrears cases from first contact to Notice of Seeking Possession, set up Universal Credit managed payments and refer tenants to money advice.',
            'Investigate antisocial behaviour reports, take witness statements, agree acceptable behaviour contracts and prepare case files for court with our solicitors.',
            'Raise safeguarding concerns for adults and children and join multi-agency meetings with social care and the police.',
          ],
        },
        {
          name: 'Manchester City Council', position: 'Customer Service Adviser, Housing Line', location: 'Manchester', startDate: '2020-06', endDate: '2024-08',
          highlights: ['Took repairs, homelessness and housing register calls; booked appointments and logged cases in Northgate.'],
        },
      ],
      education: [{ institution: 'Chartered Institute of Housing', studyType: 'Level 3 Certificate', area: 'Housing Practice', startDate: '2023-01', endDate: '2023-12' }],
      skills: [
        { name: 'Tenancy Management', keywords: ['Sign-Ups and Viewings', 'Introductory Tenancies', 'Tenancy Audits', 'Rent Arrears', 'Notice of Seeking Possession', 'Universal Credit'] },
        { name: 'Cases', keywords: ['Antisocial Behaviour Case Management', 'Acceptable Behaviour Contracts', 'Witness Statements', 'Safeguarding', 'Multi-Agency Working'] },
        { name: 'Qualifications and Systems', keywords: ['CIH Level 3 Certificate in Housing Practice', 'Northgate', 'Microsoft Office'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Igbo', fluency: 'Conversational' }],
    },
  },
  {
    id: '03-drainage-liambrennan',
    style: { dateStyle: 'year', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Liam Brennan',
        label: 'Drainage Engineer (CCTV and Jetting)',
        email: 'liam.brennan.drains@example.com',
        phone: '0118 496 0385',
        summary: 'Drainage engineer for nine years on domestic and commercial drains and sewers around Reading and the Thames Valley. I unblock, jet and survey drains, code CCTV surveys to MSCC5, and carry out patch repairs, lining and small excavations.',
        location: { city: 'Reading', region: 'Berkshire' },
      },
      work: [
        {
          name: 'Kennet Drain Services', position: 'Senior Drainage Engineer', location: 'Reading', startDate: '2020-01',
          highlights: [
            'Clear blockages with rods and high-pressure jetting units, cut out roots and scale, and descale cast iron stacks.',
            'Carry out CCTV drain surveys with WinCan, code defects to MSCC5 and write reports for homebuyers, insurers and build-over applications.',
            'Install patch liners and full-length CIPP liners, and excavate and replace collapsed sections with a mini digger.',
            'Enter manholes and chambers under confined space procedures with gas monitoring and a top man.',
          ],
        },
        {
          name: 'Kennet Drain Services', position: 'Drainage Engineer', location: 'Reading', startDate: '2017-03', endDate: '2019-12',
          highlights: ['Reactive call-outs on blocked drains; tanker support and emptying of septic tanks and interceptors.'],
        },
      ],
      education: [{ institution: 'Reading College', studyType: 'NVQ Level 2', area: 'Drainage Operations', startDate: '2017-09', endDate: '2018-07' }],
      skills: [
        { name: 'Drainage', keywords: ['High-Pressure Jetting', 'CCTV Drain Surveys', 'MSCC5 Coding', 'WinCan', 'Patch Lining', 'CIPP Lining', 'Excavation and Repairs'] },
        { name: 'Safety', keywords: ['Confined Space Entry', 'Gas Monitoring', 'Street Works Signing Lighting and Guarding'] },
        { name: 'Tickets', keywords: ['City and Guilds 6150 Confined Spaces (Medium Risk)', 'NRSWA Operative', 'WJA Drain Cleaning Certificate', 'CSCS Blue Card', 'CPCS 360 Excavator below 10 tonnes'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '04-retinalscreening-helenwatts',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleThenEmployer', linkScheme: false, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Helen Watts',
        label: 'Diabetic Eye Screener/Grader',
        email: 'helen.watts.des@example.com',
        phone: '0116 496 0931',
        summary: 'Screener/grader in an NHS diabetic eye screening programme for four years, after eight years as a dispenser in a community pharmacy. I run community screening clinics, check visual acuity, instil dilating drops, take retinal photographs and grade them for diabetic retinopathy and maculopathy.',
        location: { city: 'Leicester', region: 'Leicestershire' },
      },
      work: [
        {
          name: 'Leicestershire Diabetic Eye Screening Programme', position: 'Screener/Grader (Band 4)', location: 'Leicester and county clinics', startDate: '2022-10',
          highlights: [
            'Run clinics of up to 30 patients in GP surgeries and the mobile unit: history, visual acuity with a LogMAR chart and pinhole, and consent.',
            'Instil tropicamide under a Patient Group Direction and take two-field retinal photographs on Topcon and Canon cameras.',
            'Primary grade images in OptoMize to national grading definitions (R0 to R3, M0 and M1) and refer urgent cases the same day.',
            'Complete the monthly Test and Training set and take part in internal quality assurance and failsafe checks.',
          ],
        },
        {
          name: 'Belgrave Road Pharmacy', position: 'Pharmacy Dispenser', location: 'Leicester', startDate: '2014-08', endDate: '2022-09',
          highlights: ['Dispensing, checking prescriptions, repeat prescription requests and counter advice; NVQ Level 2 in Pharmacy Service Skills.'],
        },
      ],
      education: [{ institution: 'City and Guilds', studyType: 'Level 3 Diploma', area: 'Diabetic Retinopathy Screening', startDate: '2022-10', endDate: '2024-03' }],
      skills: [
        { name: 'Screening', keywords: ['Retinal Photography', 'Visual Acuity Testing', 'Pupil Dilation under PGD', 'Diabetic Retinopathy Grading', 'Maculopathy Grading', 'Test and Training'] },
        { name: 'Systems and Equipment', keywords: ['OptoMize', 'Topcon Fundus Camera', 'Canon CR-2', 'SystmOne'] },
        { name: 'Qualifications', keywords: ['City and Guilds Level 3 Diploma in Diabetic Retinopathy Screening', 'NVQ Level 2 Pharmacy Service Skills'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Punjabi', fluency: 'Conversational' }],
    },
  },
  {
    id: '05-medicalgas-stuartlennox',
    style: { dateStyle: 'isoMonth', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Stuart Lennox',
        label: 'Medical Gas Pipeline Engineer',
        email: 'stuart.lennox.mgps@example.com',
        phone: '0141 496 0614',
        summary: 'Medical gas pipeline engineer for eleven years, a plumber for five before that. I install, test and maintain medical gas pipeline systems in hospitals across the west of Scotland, and I am a Competent Person (MGPS) working under the hospitals\' Authorised Persons.',
        location: { city: 'Glasgow', region: 'Scotland' },
      },
      work: [
        {
          name: 'Clyde Medical Gas Services', position: 'MGPS Engineer', location: 'Glasgow (hospital sites)', startDate: '2015-04',
          highlights: [
            'Install copper medical gas pipework for oxygen, medical air, nitrous oxide, Entonox and vacuum, brazed under nitrogen purge to BS EN 13134.',
            'Carry out pressure, leak, cross-connection, flow and purity tests on new and modified systems to SHTM 02-01 before handover to the Quality Controller.',
            'Service manifolds, compressor and vacuum plant, AVSUs, terminal units and alarm panels on planned maintenance contracts.',
            'Work under permits issued by the Authorised Person, plan shutdowns with ward staff and keep isolations safe for patients.',
          ],
        },
        {
          name: 'J and R Haddow Plumbing', position: 'Plumber', location: 'Paisley', startDate: '2010-06', endDate: '2015-03',
          highlights: ['Domestic and commercial plumbing and heating; copper, press-fit and soldered joints.'],
        },
      ],
      education: [{ institution: 'Glasgow Clyde College', studyType: 'SVQ Level 3', area: 'Plumbing', startDate: '2006-08', endDate: '2010-05' }],
      skills: [
        { name: 'Medical Gases', keywords: ['Medical Gas Pipeline Systems', 'Brazing under Nitrogen Purge', 'Pressure and Leak Testing', 'Cross-Connection Testing', 'Manifolds and Plant', 'AVSUs and Alarms'] },
        { name: 'Standards', keywords: ['SHTM 02-01', 'HTM 02-01', 'BS EN ISO 7396-1', 'Permit to Work'] },
        { name: 'Qualifications', keywords: ['Competent Person (MGPS)', 'SVQ Level 3 Plumbing', 'SSSTS', 'IPAF 3a'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '06-equinedentistry-clairemorrow',
    style: { dateStyle: 'monthName', headerStyle: 'oneLineComma', linkScheme: true, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Claire Morrow',
        label: 'Equine Dental Technician (BAEDT)',
        email: 'claire.morrow.edt@example.com',
        phone: '01632 960 274',
        summary: 'Qualified equine dental technician for nine years, my own practice around Newmarket, after six years as a groom in racing yards. I carry out routine dental examinations and rasping for racehorses, eventers and leisure horses, and work alongside vets on sedated and Category 2 procedures.',
        location: { city: 'Newmarket', region: 'Suffolk' },
      },
      work: [
        {
          name: 'Morrow Equine Dentistry', position: 'Equine Dental Technician', location: 'Newmarket and East Anglia', startDate: '2017-04',
          highlights: [
            'Examine and chart mouths, remove sharp enamel points and hooks, and balance arcades with hand rasps and motorised instruments.',
            'Remove wolf teeth and retained caps under the Veterinary Surgeons Act exemption order, with the vet sedating.',
            'Visit about 1,400 horses a year for twenty racing yards, studs and private owners; keep dental charts and recall dates.',
            'Advise owners and trainers on bitting, feeding and weight loss linked to dental problems and refer to vets where needed.',
          ],
        },
        {
          name: 'Hamilton Road Stables', position: 'Groom (Racing Yard)', location: 'Newmarket', startDate: '2011-03', endDate: '2017-03',
          highlights: ['Mucking out, feeding, riding out second lot, travelling horses to the races and checking legs and feet.'],
        },
      ],
      education: [{ institution: 'West Anglia College', studyType: 'Level 3 Extended Diploma', area: 'Horse Management', startDate: '2009-09', endDate: '2011-06' }],
      skills: [
        { name: 'Equine Dentistry', keywords: ['Dental Examination and Charting', 'Hand Rasping', 'Motorised Dental Instruments', 'Wolf Tooth Removal', 'Cap Removal', 'Working with Sedated Horses'] },
        { name: 'Horses', keywords: ['Racehorse Handling', 'Young Stock', 'Owner Advice', 'Record Keeping'] },
        { name: 'Qualifications', keywords: ['BEVA/BVDA Equine Dental Technician Examination', 'BAEDT Member', 'B+E Driving Licence'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '07-seedtesting-karenlindqvist',
    style: { dateStyle: 'year', headerStyle: 'titleThenEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Karen Lindqvist',
        label: 'Lead Seed Analyst, Registered Seed Technologist',
        email: 'karen.lindqvist.rst@example.com',
        phone: '515-555-0163',
        summary: 'Registered Seed Technologist with ten years in seed testing, lead analyst for four, back in the lab in 2025 after two years caring for my father. I run germination, vigor and purity testing on corn, soybean and small grains to AOSA Rules, and train and check the work of junior analysts.',
        location: { city: 'Ames', region: 'IA' },
      },
      work: [
        {
          name: 'Skunk River Seed Laboratory', position: 'Lead Seed Analyst', location: 'Ames, IA', startDate: '2025-03',
          highlights: [
            'Run standard germination, cold tests and accelerated aging on corn and soybean lots for seed companies and farmers.',
            'Carry out purity analyses and noxious weed seed examinations to AOSA Rules and the Iowa seed law, and sign analysis reports.',
            'Do tetrazolium (TZ) tests for quick viability results at harvest, and referee tests with other labs.',
            'Train two analysts, review their worksheets and keep the lab ready for proficiency samples and audits.',
          ],
        },
        {
          name: 'Skunk River Seed Laboratory', position: 'Seed Analyst, then Lead Seed Analyst', location: 'Ames, IA', startDate: '2014-06', endDate: '2023-02',
          highlights: ['Germination and purity on corn, soybean, oats and forage grasses; lead analyst from 2019; data entry in the lab LIMS.'],
        },
      ],
      education: [{ institution: 'Iowa State University', studyType: 'B.S.', area: 'Agronomy', startDate: '2010-08', endDate: '2014-05' }],
      skills: [
        { name: 'Seed Testing', keywords: ['Germination Testing', 'Cold Test', 'Accelerated Aging', 'Purity Analysis', 'Noxious Weed Seed Examination', 'Tetrazolium Testing'] },
        { name: 'Quality', keywords: ['AOSA Rules for Testing Seeds', 'Proficiency Testing', 'LIMS', 'Training Analysts'] },
        { name: 'Credentials', keywords: ['SCST Registered Seed Technologist (Germination and Purity)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Swedish', fluency: 'Basic' }],
    },
  },
  {
    id: '08-flightdispatch-marcusbell',
    style: { dateStyle: 'fullMonthName', headerStyle: 'employerThenTitle', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Marcus Bell',
        label: 'Aircraft Dispatcher (FAA Certificated)',
        email: 'marcus.bell.dispatch@example.com',
        phone: '612-555-0148',
        summary: 'FAA-certificated aircraft dispatcher for six years at a Part 121 regional airline, after three years as a ramp agent. I share operational control of up to fourteen CRJ900 and E175 flights a shift with the captains: flight plans, fuel, weight and balance, weather and NOTAMs, and irregular operations.',
        location: { city: 'Minneapolis', region: 'MN' },
      },
      work: [
        {
          name: 'Northstar Regional Airlines', position: 'Aircraft Dispatcher', location: 'Minneapolis, MN', startDate: '2020-08',
          highlights: [
            'Plan and release up to fourteen flights a shift: routes, alternates, fuel, weight and balance and MEL/CDL items, and sign the dispatch release with the captain.',
            'Follow flights through ACARS and the flight following display; reroute around convective weather and turbulence and re-release after diversions.',
            'Brief crews on METARs, TAFs, SIGMETs, NOTAMs and de-icing holdover times; coordinate ground delay programs with the ATC System Command Center.',
            'Complete recurrent training and annual operating familiarization flights in the jump seat.',
          ],
        },
        {
          name: 'Twin Cities Ground Services', position: 'Ramp Agent', location: 'Minneapolis-St. Paul Airport', startDate: '2017-05', endDate: '2020-07',
          highlights: ['Loading, marshalling and pushback; load sheets and bag counts for regional jets.'],
        },
      ],
      education: [{ institution: 'Sheffield School of Aeronautics', studyType: 'Certificate', area: 'Aircraft Dispatcher Course', startDate: '2020-01', endDate: '2020-03' }],
      skills: [
        { name: 'Dispatch', keywords: ['Flight Planning', 'Weight and Balance', 'MEL/CDL', 'Flight Following', 'Irregular Operations', 'Aviation Weather', 'NOTAMs'] },
        { name: 'Regulations and Systems', keywords: ['14 CFR Part 121', 'Operational Control', 'ACARS', 'Jeppesen JetPlanner'] },
        { name: 'Certificates', keywords: ['FAA Aircraft Dispatcher Certificate', 'SIDA Badge'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '09-motorcarrierenforcement-rubenortega',
    style: { dateStyle: 'slashMonth', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Ruben Ortega',
        label: 'Motor Carrier Enforcement Officer',
        email: 'ruben.ortega.mce@example.com',
        phone: '541-555-0127',
        summary: 'Motor carrier enforcement officer for four years with the state transportation department, after ten years as a diesel technician at a truck dealership. I run North American Standard inspections on trucks, buses and hazardous materials loads at ports of entry and at roadside, weigh vehicles and place out-of-service orders.',
        location: { city: 'Klamath Falls', region: 'OR' },
      },
      work: [
        {
          name: 'Oregon Department of Transportation, Commerce and Compliance Division', position: 'Motor Carrier Enforcement Officer', location: 'Klamath Falls port of entry and roadside', startDate: '2022-05',
          highlights: [
            'Carry out CVSA Level I, II and III inspections of trucks, motorcoaches and drivers to the FMCSRs and the out-of-service criteria.',
            'Inspect hazardous materials loads, cargo tanks and placarding under the Hazardous Materials Regulations.',
            'Weigh trucks on static and portable scales, check oversize permits and weight-mile tax accounts, and issue citations.',
            'Record inspections in Aspen and testify at hearings when carriers contest citations.',
          ],
        },
        {
          name: 'Cascade Peterbilt', position: 'Diesel Technician', location: 'Medford, OR', startDate: '2012-03', endDate: '2022-04',
          highlights: ['Brakes, steering, suspension and engine diagnostics on heavy trucks; annual DOT inspections.'],
        },
      ],
      education: [{ institution: 'Rogue Community College', studyType: 'Associate of Applied Science', area: 'Diesel Technology', startDate: '2010-09', endDate: '2012-06' }],
      skills: [
        { name: 'Enforcement', keywords: ['North American Standard Inspections', 'Out-of-Service Criteria', 'Hazardous Materials Inspection', 'Cargo Tank Inspection', 'Size and Weight Enforcement', 'Citations'] },
        { name: 'Regulations and Systems', keywords: ['FMCSRs', 'Hazardous Materials Regulations', 'Hours of Service', 'Aspen'] },
        { name: 'Certificates', keywords: ['CVSA Level I Certified', 'CVSA HM/DG Certified', 'Cargo Tank Certified', 'ASE Medium/Heavy Truck Certified', 'Class A CDL'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Spanish', fluency: 'Fluent' }],
    },
  },
  {
    id: '10-fencing-hemiwalker',
    style: { dateStyle: 'year', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Hemi Walker',
        label: 'Rural Fencing Contractor',
        email: 'hemi.walker.fencing@example.com',
        phone: '021 055 4817',
        summary: 'Fencing contractor for nineteen years, my own business for twelve, with a crew of three. We build post and batten, deer and electric fences, yards and gates for dairy, sheep and beef farms in the Waikato and King Country.',
        location: { city: 'Te Awamutu', region: 'Waikato' },
      },
      work: [
        {
          name: 'Walker Rural Fencing', position: 'Owner and Fencing Contractor', location: 'Te Awamutu', startDate: '2014-07',
          highlights: [
            'Build boundary and subdivision fences in post and batten, post and wire, netting and deer fence, and electric fences with Gallagher energisers.',
            'Run a tractor-mounted post driver and a 5 tonne digger; strainers, stays and footings set to the job.',
            'Price jobs, walk lines with farmers, plan the materials and keep the crew safe on steep country.',
            'Build stock yards, races and loading ramps, and hang gates.',
          ],
        },
        {
          name: 'Kaipaki Fencing', position: 'Fencer', location: 'Cambridge', startDate: '2007-01', endDate: '2014-06',
          highlights: ['Fencing hand then lead fencer; post and batten, electric and deer fences.'],
        },
      ],
      education: [{ institution: 'Primary ITO', studyType: 'National Certificate', area: 'Fencing (Level 3)', startDate: '2008-02', endDate: '2009-11' }],
      skills: [
        { name: 'Fencing', keywords: ['Post and Batten', 'Deer Fencing', 'Electric Fencing', 'Strainers and Stays', 'Stock Yards', 'Gates'] },
        { name: 'Machinery', keywords: ['Tractor-Mounted Post Driver', '5 Tonne Digger', 'Quad Bike'] },
        { name: 'Business and Tickets', keywords: ['Quoting', 'Health and Safety at Work Act', 'Site Safe Passport', 'Class 2 Licence with W Endorsement', 'FCANZ Member'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Te Reo Maori', fluency: 'Conversational' }],
    },
  },
  {
    id: '11-feedmill-jasonfriesen',
    style: { dateStyle: 'monthName', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Jason Friesen',
        label: 'Feed Mill Production Supervisor',
        email: 'jason.friesen.feed@example.com',
        phone: '204-555-0119',
        summary: 'Feed mill production supervisor for five years, in feed milling for thirteen. I run the night shift of a 40 tonne per hour hog and poultry mill: batching, medicated feeds, pelleting and load-out, with the steam boiler and the FeedAssure HACCP program.',
        location: { city: 'Steinbach', region: 'MB' },
      },
      work: [
        {
          name: 'Prairie Hog Feeds', position: 'Production Supervisor (Nights)', location: 'Steinbach, MB', startDate: '2021-01',
          highlights: [
            'Supervise five mill operators on nights; schedule batches, changeovers and load-out to farm delivery times.',
            'Make medicated feeds to veterinary prescriptions and the CMIB, with flushing and sequencing to prevent carryover.',
            'Keep FeedAssure HACCP records, mixer uniformity tests and scale checks, and run the sanitation and pest control schedule.',
            'Operate the steam boiler for the pellet mills as a 4th Class Power Engineer; lockout and confined space permits for bin entry.',
          ],
        },
        {
          name: 'Prairie Hog Feeds', position: 'Mill Operator', location: 'Steinbach, MB', startDate: '2012-06', endDate: '2020-12',
          highlights: ['Batching on the Repete system, pellet mill and cooler operation, receiving grain and loading trucks.'],
        },
      ],
      education: [{ institution: 'Red River College', studyType: 'Certificate', area: 'Power Engineering (4th Class)', startDate: '2016-09', endDate: '2017-04' }],
      skills: [
        { name: 'Feed Manufacturing', keywords: ['Batching', 'Pelleting', 'Medicated Feeds', 'Flushing and Sequencing', 'Mixer Uniformity Testing', 'Grain Receiving'] },
        { name: 'Safety and Quality', keywords: ['FeedAssure HACCP', 'Feeds Regulations', 'Lockout/Tagout', 'Confined Space Entry', 'Combustible Dust', 'WHMIS'] },
        { name: 'Certificates', keywords: ['4th Class Power Engineer', 'Forklift Operator', 'Standard First Aid'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Plautdietsch', fluency: 'Conversational' }],
    },
  },
  {
    id: '12-livestockexport-kateobrien',
    style: { dateStyle: 'isoMonth', headerStyle: 'pipeOneLine', linkScheme: true, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Kate O\'Brien',
        label: 'Accredited Stockperson, Livestock Export',
        email: 'kate.obrien.stock@example.com',
        phone: '0491 570 316',
        summary: 'LiveCorp accredited stockperson for seven years on cattle and sheep export voyages from Fremantle and Darwin, after four years as a station hand in the Kimberley. I look after the animals at sea, work with the accredited veterinarian and keep the daily voyage reports.',
        location: { city: 'Fremantle', region: 'WA' },
      },
      work: [
        {
          name: 'Indian Ocean Livestock Services', position: 'Accredited Stockperson', location: 'Fremantle and Darwin (voyages)', startDate: '2019-03',
          highlights: [
            'Sail on voyages of 10 to 24 days with up to 18,000 cattle or 60,000 sheep to Southeast Asia and the Middle East.',
            'Feed, water and check every pen twice a day, move and treat sick or injured animals and keep mortality and treatment records.',
            'Watch for heat stress with the wet bulb readings, adjust ventilation and stocking with the crew and the AAV, and write daily reports to the exporter and the department.',
            'Supervise loading and discharge to ASEL and the exporter approved arrangement, and handle animals in line with ESCAS.',
          ],
        },
        {
          name: 'Fitzroy River Station', position: 'Station Hand', location: 'Kimberley, WA', startDate: '2015-03', endDate: '2019-02',
          highlights: ['Mustering on horseback and by motorbike, yard work, branding and drafting, bore runs and fencing.'],
        },
      ],
      education: [{ institution: 'Kimberley TAFE', studyType: 'Certificate III', area: 'Agriculture (Beef Production)', startDate: '2015-03', endDate: '2016-11' }],
      skills: [
        { name: 'Livestock at Sea', keywords: ['Pen Checks', 'Sick Animal Treatment', 'Heat Stress Management', 'Mortality Records', 'Daily Voyage Reports', 'Loading and Discharge'] },
        { name: 'Standards', keywords: ['ASEL', 'ESCAS', 'Animal Welfare', 'Low-Stress Stock Handling'] },
        { name: 'Accreditation', keywords: ['LiveCorp Accredited Stockperson', 'STCW Basic Safety Training', 'Certificate III in Agriculture', 'HR Licence'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
];

/** Korean résumés: rendered by scripts/build-korean-resume-corpus.mjs (`style`: locationText, dateStyle, ongoingWord, nameStyle, headerStyle). */
export const KOREAN_PEOPLE = [
  {
    id: '13-artificialinsemination-parkjunho',
    style: { locationText: '경상북도 상주시 외서면', dateStyle: 'dot', ongoingWord: '현재', nameStyle: 'plain', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '박준호',
        label: '가축인공수정사 (한우 인공수정소 대표)',
        email: 'junho.park.ai@example.kr',
        phone: '010-4418-2093',
        summary: '가축인공수정사 면허를 받고 10년째 한우 인공수정을 하고 있습니다. 축협 인공수정사로 6년 일한 뒤 4년 전부터 인공수정소를 운영하며 상주, 문경 지역 한우 농가 140여 곳의 번식우를 맡고 있습니다. 발정 확인, 인공수정, 임신 감정과 번식 기록 관리를 합니다.',
        location: { city: '상주시', region: '경상북도' },
      },
      work: [
        {
          name: '상주한우 인공수정소', position: '대표 (가축인공수정사)', location: '경북 상주', startDate: '2022-03',
          highlights: [
            '농가 연락을 받아 발정 상태를 확인하고 한우 보증씨수소 정액으로 인공수정을 합니다 (연 2,500두 내외).',
            '직장검사로 임신 감정을 하고, 재발정과 번식 장애 소가 있으면 수의사에게 진료를 의뢰합니다.',
            '액체질소 탱크에 정액을 보관하고 정액 구입과 사용 대장, 수정증명서를 관리합니다.',
            '농가별 번식 기록과 분만 간격을 정리해 교배 계획과 씨수소 선택을 상담합니다.',
          ],
        },
        {
          name: '상주축산업협동조합', position: '인공수정사', location: '경북 상주', startDate: '2016-02', endDate: '2022-02',
          highlights: ['조합원 농가 순회 인공수정, 임신 감정, 송아지 등록과 혈통 등록 업무를 지원했습니다.'],
        },
      ],
      education: [{ institution: '경북대학교 상주캠퍼스', studyType: '학사', area: '축산학과', startDate: '2010-03', endDate: '2016-02' }],
      skills: [
        { name: '번식 관리', keywords: ['한우 인공수정', '발정 관찰', '직장검사 임신 감정', '정액 보관 관리', '번식 기록 관리', '교배 계획 상담'] },
        { name: '기타', keywords: ['송아지 등록', '혈통 등록', '농가 상담', '엑셀'] },
      ],
      certificates: [
        { name: '가축인공수정사 면허', issuer: '농림축산식품부', date: '2016-01' },
        { name: '축산기사', issuer: '한국산업인력공단', date: '2015-11' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2010-08' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '14-vesseltraffic-kimdohyun',
    style: { locationText: '경기도 평택시 포승읍', dateStyle: 'korean', ongoingWord: '재직중', nameStyle: 'withLatin', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '김도현',
        label: '해상교통관제사 (VTS)',
        email: 'dohyun.kim@example.kr',
        phone: '010-7263-0518',
        summary: '해양경찰청 평택 VTS센터에서 7년째 해상교통관제사로 일하고 있습니다. 그 전에는 컨테이너선과 벌크선에서 3등, 2등 항해사로 5년 승선했습니다. 레이더와 AIS로 관제구역 선박을 감시하고 VHF로 교통정보와 항행 안전 정보를 제공하며, 해양사고 발생 시 초동 조치와 상황 보고를 합니다.',
        location: { city: '평택시', region: '경기도' },
      },
      work: [
        {
          name: '평택해양경찰서 평택VTS센터', position: '해상교통관제사 (해양경위)', location: '경기 평택', startDate: '2019-09',
          highlights: [
            '레이더, AIS, CCTV로 평택·당진항 관제구역의 입출항 선박을 감시하고 교통 흐름을 조정합니다.',
            'VHF 무선으로 표준해사통신영어(SMCP)를 써서 교통정보, 항행 안전 정보, 주의 환기와 권고를 제공합니다.',
            '충돌, 좌초 위험 선박에 경고하고, 해양사고가 나면 상황실과 구조세력에 전파하고 초동 조치를 지원합니다.',
            '4조 2교대로 근무하며 관제 일지를 쓰고 선박 입출항 신고 내용을 확인합니다.',
          ],
        },
        {
          name: '해진상선', position: '2등 항해사', location: '원양 컨테이너선, 벌크선', startDate: '2014-03', endDate: '2019-02',
          highlights: ['항해 당직, 해도 개정, 항해 계획 수립, GMDSS 무선 설비 관리를 했습니다.'],
        },
      ],
      education: [{ institution: '한국해양대학교', studyType: '학사', area: '항해학부', startDate: '2010-03', endDate: '2014-02' }],
      skills: [
        { name: '관제', keywords: ['레이더 관제', 'AIS 감시', 'VHF 무선 통신', '표준해사통신영어', '교통정보 제공', '해양사고 초동 대응'] },
        { name: '항해', keywords: ['항해 당직', '항해 계획', '해도 작업', 'ECDIS'] },
      ],
      certificates: [
        { name: '2급 항해사 면허', issuer: '해양수산부', date: '2016-07' },
        { name: '일반무선통신사', issuer: '한국방송통신전파진흥원', date: '2014-01' },
        { name: 'VTS 관제사 교육 수료 (IALA V-103/1 과정)', issuer: '해양경찰교육원', date: '2019-08' },
        { name: 'TOEIC 870', issuer: 'ETS', date: '2024-05' },
      ],
      languages: [{ language: '영어', fluency: '업무 가능 (VHF 교신)' }],
    },
  },
  {
    id: '15-industrialhygiene-leesoyeon',
    style: { locationText: '경기도 안산시 단원구 고잔동', dateStyle: 'dash', ongoingWord: '재직 중', nameStyle: 'spaced', headerStyle: 'pipeOneLine' },
    resume: {
      basics: {
        name: '이소연',
        label: '작업환경측정 담당 (산업위생관리기사)',
        email: 'soyeon.lee@example.kr',
        phone: '010-2280-6741',
        summary: '작업환경측정기관에서 6년째 작업환경측정을 하고 있습니다. 반월·시화 산업단지의 도금, 도장, 금속가공 사업장을 맡아 예비조사, 소음과 분진, 유기화합물, 금속 시료 채취를 하고 측정 결과 보고서를 씁니다. 국소배기장치 점검과 개선 권고도 합니다.',
        location: { city: '안산시', region: '경기도' },
      },
      work: [
        {
          name: '경기산업보건센터 작업환경측정팀', position: '측정 담당 (대리)', location: '경기 안산', startDate: '2020-07',
          highlights: [
            '사업장 예비조사로 공정과 유해인자, 근로자 수를 확인하고 측정 계획을 세웁니다.',
            '개인 시료 채취 펌프로 분진, 유기화합물(활성탄관), 금속(여과지) 시료를 채취하고 누적소음노출량계로 소음을 측정합니다.',
            '분석실 결과로 노출기준 초과 여부를 판단해 측정 결과 보고서를 쓰고, 노동부 전산에 결과를 보고합니다.',
            '국소배기장치 제어풍속을 재고 후드 개선과 보호구 착용을 권고합니다.',
          ],
        },
        {
          name: '시화환경분석', position: '분석 보조', location: '경기 시흥', startDate: '2019-01', endDate: '2020-06',
          highlights: ['수질, 대기 시료 전처리와 기기 분석 보조를 했습니다.'],
        },
      ],
      education: [{ institution: '을지대학교', studyType: '학사', area: '보건환경안전학과', startDate: '2014-03', endDate: '2018-02' }],
      skills: [
        { name: '작업환경측정', keywords: ['예비조사', '소음 측정', '분진 시료 채취', '유기화합물 시료 채취', '금속 시료 채취', '측정 결과 보고서'] },
        { name: '환기·보호구', keywords: ['국소배기장치 점검', '제어풍속 측정', '보호구 지도'] },
        { name: '기타', keywords: ['산업안전보건법', 'MSDS', '엑셀'] },
      ],
      certificates: [
        { name: '산업위생관리기사', issuer: '한국산업인력공단', date: '2018-05' },
        { name: '대기환경산업기사', issuer: '한국산업인력공단', date: '2019-11' },
        { name: '2종 보통 운전면허', issuer: '경찰청', date: '2015-02' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '16-organiccertification-choieunji',
    style: { locationText: '충청남도 공주시 신관동', dateStyle: 'dotSpaced', ongoingWord: '재직중', nameStyle: 'withLatin', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '최은지',
        label: '친환경농산물 인증심사원',
        email: 'eunji.choi@example.kr',
        phone: '010-9051-3386',
        summary: '친환경 인증기관에서 3년째 인증심사원으로 일하고 있습니다. 그 전에는 농협 농산물산지유통센터에서 4년 동안 농산물 입고 검수와 선별을 맡았습니다. 충남 지역 유기농, 무농약 농가의 신규·갱신 인증 심사와 현장 심사, 잔류농약 시료 채취, 영농 기록 확인을 합니다.',
        location: { city: '공주시', region: '충청남도' },
      },
      work: [
        {
          name: '한결친환경인증원', position: '인증심사원', location: '충남 공주', startDate: '2023-04',
          highlights: [
            '유기농산물, 무농약농산물 신규·갱신 인증 신청서를 검토하고 농가 현장 심사를 합니다 (연 150여 농가).',
            '토양과 농산물 시료를 채취해 잔류농약 검사를 의뢰하고, 영농 일지와 농자재 구입 기록을 확인합니다.',
            '심사 결과 보고서를 쓰고, 인증 기준에 맞지 않으면 시정 조치를 요구합니다.',
            '친환경농어업법과 인증 기준 개정 내용을 농가에 안내합니다.',
          ],
        },
        {
          name: '공주농협 농산물산지유통센터', position: '입고 검수 담당', location: '충남 공주', startDate: '2019-03', endDate: '2023-03',
          highlights: ['밤, 딸기, 오이 입고 검수, 등급 선별과 출하 기록 관리를 했습니다.'],
        },
      ],
      education: [{ institution: '공주대학교', studyType: '학사', area: '원예학과', startDate: '2015-03', endDate: '2019-02' }],
      skills: [
        { name: '인증 심사', keywords: ['유기농산물 인증 심사', '무농약농산물 인증 심사', '현장 심사', '시료 채취', '영농 기록 확인', '심사 보고서 작성'] },
        { name: '농산물', keywords: ['입고 검수', '등급 선별', '원예작물 재배 지식'] },
      ],
      certificates: [
        { name: '친환경 인증심사원 (농산물)', issuer: '국립농산물품질관리원', date: '2023-03' },
        { name: '유기농업기사', issuer: '한국산업인력공단', date: '2021-05' },
        { name: '2종 보통 운전면허', issuer: '경찰청', date: '2016-08' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
];
