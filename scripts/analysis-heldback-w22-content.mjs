// The content of the wave 22 held-back analysis set (test/fixtures/analysis/heldback-w22/, issue #12):
// sixteen fictional people, twelve written in English and four in Korean, each of an occupation that no
// earlier analysis set or résumé corpus has (public corpus, fresh, holdout 1–17, the Korean corpus,
// heldback-w7 … heldback-w21): EEG technologist (once a medical assistant), licensed asbestos removal
// supervisor, dangerous goods safety adviser (once an ADR tanker driver), coroner's officer (once a police
// constable), education welfare officer, headkeeper, poultry hatchery manager, dairy hoof trimmer, piling rig
// operator, nursery propagation supervisor (back after a career break), child support enforcement specialist
// (once a bank collections agent), railway car technician; 수산질병관리사, 항공보안검색요원 (once a 물류센터 직원),
// 산림치유지도사 (once a 간호사), 전기안전관리자 (once a 전기공사 기능공).
// Fields are spread on purpose, all far from software, and most of the postings ask first for credentials,
// licences and procedures (health, trades, transport, public service, agriculture): a hospital neurodiagnostic
// lab, a licensed asbestos contractor, a chemical distributor, a coroner's service, a Welsh council, a
// Highland sporting estate, a broiler integrator, a hoof care business, a piling contractor, a wholesale
// production nursery, a state child support division, a Canadian railway car shop, a 수산질병관리원, an 인천공항
// 보안검색 회사, a 치유의 숲, a 공장 전기안전관리.
// Seniorities run from a child support specialist of four years to a headkeeper of fifteen; leads (the
// asbestos removal supervisor, the headkeeper, the hatchery manager, the propagation supervisor, the
// 수산질병관리원 원장) and individual contributors; five career changers (the EEG technologist, the dangerous
// goods safety adviser, the coroner's officer, the child support specialist, the 산림치유지도사) and one return to
// work (the propagation supervisor, back after three years at home with her children).
// Written in full on 2026-12-02 by an engineer who does not tune the analysis, before anything was rendered
// or scored; the set is frozen by hash (manifest.json) and never tuned on. Names and employers are invented
// by hand (schools, certifying bodies, regulators and products are real); phone numbers use fictional ranges
// (US 555-01xx, Ofcom drama 0121 496 0xxx, 01632 960xxx, 0117 496 0xxx, 029 2018 0xxx, 0161 496 0xxx,
// Canada 555-01xx, Australia 0491 570 xxx; the Korean ones are made up); e-mail at example.com /
// example.kr. The English text keeps to characters pdflatex typesets (no degree signs, no mathematical symbols,
// no ampersands or per cent signs). The English renderer prints no certificates section, so each English
// person names their credentials among their skills too.

/** English résumés: rendered by scripts/build-resume-corpus.mjs (`style`: dateStyle, headerStyle, linkScheme, bulletGlyph). */
export const ENGLISH_PEOPLE = [
  {
    id: '01-neurophysiology-tanyabrooks',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleThenEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Tanya Brooks',
        label: 'EEG Technologist, R. EEG T.',
        email: 'tanya.brooks.eeg@example.com',
        phone: '614-555-0172',
        summary: 'Registered EEG technologist with seven years in a hospital neurodiagnostic lab, after three years as a medical assistant in a neurology clinic. I run routine and sleep-deprived EEGs, hook up and watch long-term video EEG in the epilepsy monitoring unit, and do portable studies in the ICU and the emergency department.',
        location: { city: 'Columbus', region: 'OH' },
      },
      work: [
        {
          name: 'Scioto Valley Medical Center', position: 'EEG Technologist II', location: 'Columbus, OH', startDate: '2019-10',
          highlights: [
            'Perform routine, sleep-deprived and portable EEGs on adults and children, measuring and applying electrodes to the International 10-20 System.',
            'Hook up and maintain patients in the eight-bed epilepsy monitoring unit, check impedances every shift and mark events for the epileptologist.',
            'Run continuous EEG in the neuro ICU on Natus and Nihon Kohden systems and call the reading neurologist with critical findings.',
            'Take call one weekend in four for stat EEGs; clean and disinfect electrodes and caps between patients.',
          ],
        },
        {
          name: 'Olentangy Neurology Associates', position: 'Medical Assistant', location: 'Worthington, OH', startDate: '2016-08', endDate: '2019-09',
          highlights: ['Roomed patients, took vitals and histories, scheduled EEG and nerve conduction studies and handled prior authorizations in Epic.'],
        },
      ],
      education: [
        { institution: 'Columbus State Community College', studyType: 'Certificate', area: 'Medical Assisting', startDate: '2015-08', endDate: '2016-05' },
      ],
      skills: [
        { name: 'Neurodiagnostics', keywords: ['Routine EEG', 'Long-Term Video EEG Monitoring', 'Continuous ICU EEG', '10-20 Electrode Placement', 'Artifact Recognition', 'Natus NeuroWorks', 'Nihon Kohden'] },
        { name: 'Patient Care', keywords: ['Pediatric Patients', 'Seizure Precautions', 'Infection Control', 'Epic'] },
        { name: 'Credentials', keywords: ['R. EEG T. (ABRET)', 'BLS (American Heart Association)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '02-asbestosremoval-gavinholt',
    style: { dateStyle: 'slashMonth', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Gavin Holt',
        label: 'Licensed Asbestos Removal Supervisor',
        email: 'gavin.holt.removal@example.com',
        phone: '0121 496 0817',
        summary: 'Asbestos removal supervisor for seven years with a licensed contractor in the West Midlands, after five years as an operative. I run licensed removal jobs in schools, hospitals and factories from set-up to four-stage clearance, with crews of four to ten.',
        location: { city: 'Birmingham', region: 'West Midlands' },
      },
      work: [
        {
          name: 'Tame Valley Environmental Ltd', position: 'Supervisor (Licensed Asbestos Removal)', location: 'Birmingham', startDate: '2019-06',
          highlights: [
            'Run licensed removals of AIB, lagging and sprayed coating: build enclosures, set up negative pressure units and decontamination units, and carry out smoke tests.',
            'Work to the plan of work and the ASB5 notification, keep site records, daily checks of NPUs and DCU, and manage waste to the consignment note.',
            'Brief and supervise crews, check RPE face fits and decontamination procedures, and hand over for four-stage clearance with the UKAS analyst.',
            'Deal with clients, school business managers and hospital estates teams on phasing and access.',
          ],
        },
        {
          name: 'Tame Valley Environmental Ltd', position: 'Asbestos Removal Operative', location: 'Birmingham', startDate: '2014-03', endDate: '2019-05',
          highlights: ['Stripped lagging and AIB under controlled wet methods, bagged and double-wrapped waste, and built and dismantled enclosures.'],
        },
      ],
      education: [{ institution: 'Sandwell College', studyType: 'NVQ Level 2', area: 'Asbestos Removal', startDate: '2015-01', endDate: '2015-11' }],
      skills: [
        { name: 'Asbestos Removal', keywords: ['Enclosure Construction', 'Negative Pressure Units', 'Decontamination Units', 'Controlled Wet Stripping', 'Glovebag Removal', 'Four-Stage Clearance', 'Hazardous Waste Consignment'] },
        { name: 'Supervision', keywords: ['Plan of Work', 'ASB5 Notifications', 'Crew Supervision', 'Site Records'] },
        { name: 'Cards and Training', keywords: ['UKATA Licensed Asbestos Removal Supervisor', 'HSE Asbestos Medical', 'Face Fit Tested (Full Face)', 'CSCS Asbestos Removal Supervisor Card', 'IPAF 3a', 'Emergency First Aid at Work'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '03-dangerousgoods-nadiasaleem',
    style: { dateStyle: 'monthName', headerStyle: 'titleAtEmployer', linkScheme: true, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Nadia Saleem',
        label: 'Dangerous Goods Safety Adviser (Road)',
        email: 'nadia.saleem.dgsa@example.com',
        phone: '01632 960 518',
        summary: 'Dangerous goods safety adviser for five years at a chemical distributor in Cheshire, after eight years driving ADR tankers. I advise our sites and hauliers on the carriage of dangerous goods by road, write the annual DGSA report, audit loading, and investigate incidents.',
        location: { city: 'Runcorn', region: 'Cheshire' },
      },
      work: [
        {
          name: 'Mersey Chemical Distribution', position: 'Dangerous Goods Safety Adviser', location: 'Runcorn', startDate: '2021-04',
          highlights: [
            'Act as appointed DGSA for three depots: monitor compliance with ADR, write the annual report and advise on new products and packaging.',
            'Check classification, UN numbers, packing groups, labels and transport documents, and keep instructions in writing and orange plates right for each load.',
            'Audit loading and unloading of tankers and IBCs, and train loaders, drivers and warehouse staff on their ADR duties.',
            'Investigate spills and near misses and write the accident reports ADR requires.',
          ],
        },
        {
          name: 'Weaver Bulk Haulage', position: 'HGV Tanker Driver (ADR)', location: 'Northwich', startDate: '2013-02', endDate: '2021-03',
          highlights: ['Delivered bulk acids, caustic and solvents to industrial sites; loading and discharge, pre-trip checks and tachograph records.'],
        },
      ],
      education: [{ institution: 'Riverside College Halton', studyType: 'BTEC National Diploma', area: 'Applied Science', startDate: '2007-09', endDate: '2009-06' }],
      skills: [
        { name: 'Dangerous Goods', keywords: ['ADR', 'Carriage of Dangerous Goods Regulations', 'Classification and Packing Groups', 'Transport Documents', 'Loading Audits', 'DGSA Annual Report', 'Incident Investigation'] },
        { name: 'Qualifications', keywords: ['DGSA Certificate (Road, SQA)', 'ADR Driver Training Certificate (Tanks)', 'IOSH Managing Safely', 'Category C+E Licence'] },
        { name: 'Systems', keywords: ['Microsoft Excel', 'SAP'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Urdu', fluency: 'Conversational' }],
    },
  },
  {
    id: '04-coronersofficer-paulhendry',
    style: { dateStyle: 'year', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Paul Hendry',
        label: "Coroner's Officer",
        email: 'paul.hendry.coroners@example.com',
        phone: '0117 496 0264',
        summary: "Coroner's officer for three years in Bristol, after ten years as a police constable. I take reports of deaths, gather the evidence the coroner needs to decide whether to hold a post-mortem or an inquest, and keep the bereaved families informed from the first call to the inquest.",
        location: { city: 'Bristol', region: 'Avon' },
      },
      work: [
        {
          name: 'Avon Coroner\'s Service', position: "Coroner's Officer", location: 'Bristol', startDate: '2023-05',
          highlights: [
            'Take reports of deaths from doctors, police, hospitals and care homes, and decide with the coroner what enquiries are needed.',
            'Obtain medical records, witness statements and police reports, and request post-mortem examinations from the pathologist.',
            'Prepare inquest files and witness lists, warn witnesses and jurors, and support families at hearings.',
            'Work with the medical examiner office on deaths that do not need the coroner, and issue the paperwork families need for funerals.',
          ],
        },
        {
          name: 'Avon and Somerset Constabulary', position: 'Police Constable', location: 'Bristol', startDate: '2013-03', endDate: '2023-04',
          highlights: ['Response and neighbourhood policing; attended sudden deaths, took statements, and prepared case files for the CPS.'],
        },
      ],
      education: [{ institution: 'University of the West of England', studyType: 'BSc', area: 'Criminology', startDate: '2009-09', endDate: '2012-06' }],
      skills: [
        { name: 'Investigation', keywords: ['Sudden Death Enquiries', 'Statement Taking', 'Evidence Gathering', 'Case File Preparation', 'Inquest Preparation'] },
        { name: 'People', keywords: ['Bereaved Families', 'Witness Care', 'Multi-Agency Liaison'] },
        { name: 'Knowledge and Systems', keywords: ['Coroners and Justice Act 2009', 'Medical Terminology', 'Microsoft Office', 'Full UK Driving Licence'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '05-educationwelfare-rhiannonevans',
    style: { dateStyle: 'isoMonth', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Rhiannon Evans',
        label: 'Education Welfare Officer',
        email: 'rhiannon.evans.ewo@example.com',
        phone: '029 2018 0447',
        summary: 'Education welfare officer for six years with a Welsh council, working with eleven primary and two secondary schools in Cardiff. I carry a caseload of pupils with persistent absence, work with their families at home, and take the legal steps when support has not worked.',
        location: { city: 'Cardiff', region: 'Wales' },
      },
      work: [
        {
          name: 'Cardiff Council Education Welfare Service', position: 'Education Welfare Officer', location: 'Cardiff', startDate: '2020-09',
          highlights: [
            'Hold a caseload of around 45 pupils with persistent absence: home visits, attendance plans with families, and reviews with schools.',
            'Run attendance panels, issue Fixed Penalty Notices and prepare prosecution files under section 444 of the Education Act 1996.',
            'Track children missing education and elective home education, and refer safeguarding concerns to children\'s services.',
            'Check register practice with school attendance leads and present termly attendance data to head teachers.',
          ],
        },
        {
          name: 'Ysgol Gynradd Glan Ely', position: 'Learning Support Assistant', location: 'Cardiff', startDate: '2017-09', endDate: '2020-07',
          highlights: ['Supported pupils with additional learning needs and ran a breakfast club for pupils with poor punctuality.'],
        },
      ],
      education: [{ institution: 'Cardiff Metropolitan University', studyType: 'BA (Hons)', area: 'Education Studies', startDate: '2014-09', endDate: '2017-06' }],
      skills: [
        { name: 'Attendance', keywords: ['Persistent Absence Casework', 'Home Visits', 'Attendance Panels', 'Fixed Penalty Notices', 'Section 444 Prosecutions', 'Children Missing Education'] },
        { name: 'Safeguarding', keywords: ['Safeguarding Referrals', 'Multi-Agency Meetings', 'Team Around the Family'] },
        { name: 'Other', keywords: ['Education Act 1996', 'Enhanced DBS', 'Full Driving Licence', 'Microsoft Office'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Welsh', fluency: 'Basic' }],
    },
  },
  {
    id: '06-gamekeeping-fraserdunbar',
    style: { dateStyle: 'monthName', headerStyle: 'oneLineComma', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Fraser Dunbar',
        label: 'Headkeeper',
        email: 'fraser.dunbar.keeper@example.com',
        phone: '01632 960 903',
        summary: 'Gamekeeper for fifteen years, headkeeper for the last eight on a Perthshire estate with grouse moor, low-ground pheasant and partridge and a red deer cull. I run a team of three keepers, the shoot days and the beating line, and the moor and woodland management behind them.',
        location: { city: 'Pitlochry', region: 'Perthshire' },
      },
      work: [
        {
          name: 'Glen Fincastle Estate', position: 'Headkeeper', location: 'Pitlochry', startDate: '2018-08',
          highlights: [
            'Lead three beatkeepers across 9,000 acres: keepering plans, rearing pens, feeding and predator control with legal traps and snares.',
            'Plan and run about 40 driven days a season: drives, beaters, pickers-up and guns, with the estate factor and the shoot manager.',
            'Carry out muirburn within the season and the Muirburn Code, and keep burning and trapping records for inspection.',
            'Manage the red and roe deer cull with the deer management group, and gralloch and deliver carcasses to the game dealer.',
          ],
        },
        {
          name: 'Balnacraig Estate', position: 'Beatkeeper', location: 'Aberfeldy', startDate: '2011-04', endDate: '2018-07',
          highlights: ['Pheasant and partridge rearing, release pens, vermin control and beating on grouse days.'],
        },
      ],
      education: [{ institution: 'North Highland College UHI', studyType: 'National Certificate', area: 'Gamekeeping and Wildlife Management', startDate: '2009-08', endDate: '2011-06' }],
      skills: [
        { name: 'Keepering', keywords: ['Grouse Moor Management', 'Pheasant and Partridge Rearing', 'Predator Control', 'Muirburn', 'Deer Management', 'Shoot Day Organisation'] },
        { name: 'Team', keywords: ['Beatkeeper Supervision', 'Beaters and Pickers-Up'] },
        { name: 'Certificates', keywords: ['Firearm Certificate', 'Shotgun Certificate', 'DSC Level 1', 'DSC Level 2', 'Trap Operator Registration', 'ATV (Lantra)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '07-hatchery-luiscarrillo',
    style: { dateStyle: 'slashMonth', headerStyle: 'titleLineBelow', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Luis Carrillo',
        label: 'Hatchery Manager, Broiler Breeders',
        email: 'luis.carrillo.hatchery@example.com',
        phone: '770-555-0139',
        summary: 'Hatchery manager for four years at a broiler hatchery setting 1.4 million eggs a week, and eleven years in hatcheries in all. I lead a crew of 38 across egg receiving, setting, transfer, hatch and chick processing, and answer for hatchability, chick quality and sanitation.',
        location: { city: 'Gainesville', region: 'GA' },
      },
      work: [
        {
          name: 'Blue Ridge Poultry', position: 'Hatchery Manager', location: 'Gainesville, GA', startDate: '2022-11',
          highlights: [
            'Run single-stage incubation in Petersime setters and hatchers: set schedules, incubation profiles and machine maintenance with the maintenance tech.',
            'Oversee transfer and in-ovo vaccination with Inovoject, chick pull, grading, spray vaccination and counting for the broiler farms.',
            'Track fertility, hatchability and hatch residue breakouts and review them with the breeder flock service team.',
            'Keep sanitation, swab testing and NPIP records, and train and schedule a crew of 38.',
          ],
        },
        {
          name: 'Blue Ridge Poultry', position: 'Hatchery Supervisor', location: 'Gainesville, GA', startDate: '2019-05', endDate: '2022-10',
          highlights: ['Supervised the chick room and the transfer crew, and started candling audits on every set.'],
        },
        {
          name: 'Chestatee Hatchery', position: 'Hatchery Technician', location: 'Cumming, GA', startDate: '2015-06', endDate: '2019-04',
          highlights: ['Egg receiving, setting and chick processing; vaccine mixing and machine checks.'],
        },
      ],
      education: [{ institution: 'University of Georgia', studyType: 'Bachelor of Science', area: 'Poultry Science', startDate: '2011-08', endDate: '2015-05' }],
      skills: [
        { name: 'Hatchery', keywords: ['Single-Stage Incubation', 'Petersime', 'In-Ovo Vaccination', 'Inovoject', 'Chick Grading', 'Hatch Residue Breakouts', 'Candling'] },
        { name: 'Management', keywords: ['Crew Scheduling', 'Hatchability Reporting', 'Sanitation Programs', 'NPIP Records'] },
        { name: 'Other', keywords: ['Microsoft Excel', 'Forklift Certified'] },
      ],
      languages: [{ language: 'English', fluency: 'Fluent' }, { language: 'Spanish', fluency: 'Native' }],
    },
  },
  {
    id: '08-hooftrimming-jakevandenberg',
    style: { dateStyle: 'year', headerStyle: 'titleThenEmployer', linkScheme: false, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Jake Vandenberg',
        label: 'Dairy Hoof Trimmer',
        email: 'jake.vandenberg.hoofcare@example.com',
        phone: '920-555-0186',
        summary: 'Hoof trimmer for eight years, on my own for the last five, trimming for about sixty dairy herds in northeast Wisconsin, after four years as a herdsman. I trim, treat and record lameness on a hydraulic tilt table and help herds cut lameness with footbath and housing changes.',
        location: { city: 'Kaukauna', region: 'WI' },
      },
      work: [
        {
          name: 'Vandenberg Hoof Care LLC', position: 'Owner and Hoof Trimmer', location: 'Kaukauna, WI', startDate: '2021-03',
          highlights: [
            'Trim 60 to 90 cows a day on herd visits every four to eight weeks using the Dutch five-step method on a hydraulic tilt table.',
            'Treat sole ulcers, white line disease and digital dermatitis, apply blocks and wraps, and record every lesion in Hoof Supervisor.',
            'Review lesion reports and footbath protocols with herd owners and their vets.',
            'Run the truck and chute trailer, keep grinders and blades up, and book and invoice herds.',
          ],
        },
        {
          name: 'Lakeshore Hoof Trimming', position: 'Hoof Trimmer', location: 'Chilton, WI', startDate: '2018-04', endDate: '2021-02',
          highlights: ['Trimmed on a walk-in chute alongside the owner and covered his herds during the fall rush.'],
        },
        {
          name: 'Hilltop Acres Dairy', position: 'Herdsman', location: 'Brillion, WI', startDate: '2014-05', endDate: '2018-03',
          highlights: ['Fresh cow checks, breeding records and treatments for a 700-cow freestall herd.'],
        },
      ],
      education: [{ institution: 'Fox Valley Technical College', studyType: 'Technical Diploma', area: 'Dairy Herd Management', startDate: '2012-08', endDate: '2014-05' }],
      skills: [
        { name: 'Hoof Care', keywords: ['Functional Hoof Trimming', 'Dutch Five-Step Method', 'Tilt Table', 'Lesion Treatment', 'Hoof Blocks', 'Hoof Supervisor', 'Footbath Protocols'] },
        { name: 'Dairy', keywords: ['Fresh Cow Care', 'Herd Records', 'Cow Handling'] },
        { name: 'Training and Licenses', keywords: ['Dairyland Hoof Care Institute Course', 'Class B CDL'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '09-piling-kierandoyle',
    style: { dateStyle: 'fullMonthName', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Kieran Doyle',
        label: 'Piling Rig Operator (CFA and Rotary)',
        email: 'kieran.doyle.piling@example.com',
        phone: '0161 496 0395',
        summary: 'Piling rig operator for nine years, on CFA and rotary bored rigs across the North West, after two years as a piling labourer. I set up, check and operate the rig, work with the banksman, pump operator and engineer, and keep the pile records.',
        location: { city: 'Warrington', region: 'Cheshire' },
      },
      work: [
        {
          name: 'Northern Foundations Ltd', position: 'Piling Rig Operator', location: 'Warrington', startDate: '2017-09',
          highlights: [
            'Operate Soilmec and Bauer rigs for CFA and rotary bored piles up to 900 mm on housing, warehouse and highway jobs.',
            'Check the working platform certificate before tracking on, carry out daily rig inspections and record defects.',
            'Drill to depth, concrete with the pump operator and plunge reinforcement cages with the attendant crane, logging every pile in the rig computer.',
            'Track the rig between piles with a banksman and set up for delivery and demobilisation on low loaders.',
          ],
        },
        {
          name: 'Northern Foundations Ltd', position: 'Piling Operative', location: 'Warrington', startDate: '2015-06', endDate: '2017-08',
          highlights: ['Augers cleaning, cage fixing, concrete and spoil handling; banksman for rig moves.'],
        },
      ],
      education: [{ institution: 'Warrington and Vale Royal College', studyType: 'NVQ Level 2', area: 'Plant Operations (Piling)', startDate: '2016-09', endDate: '2017-07' }],
      skills: [
        { name: 'Piling', keywords: ['CFA Piling', 'Rotary Bored Piling', 'Soilmec', 'Bauer', 'Daily Rig Inspections', 'Pile Records'] },
        { name: 'Site', keywords: ['Working Platforms', 'Banksman Signals', 'Cage Installation'] },
        { name: 'Cards', keywords: ['CPCS Blue Card A35', 'FPS Piling Operative', 'CSCS', 'SSSTS'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '10-nurserypropagation-bronwynclarke',
    style: { dateStyle: 'isoMonth', headerStyle: 'employerThenTitle', linkScheme: true, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Bronwyn Clarke',
        label: 'Propagation Supervisor',
        email: 'bronwyn.clarke.nursery@example.com',
        phone: '0491 570 223',
        summary: 'Production nursery propagator for ten years on the Sunshine Coast, supervisor for four, returning after three years at home with my children. I ran the propagation houses of a wholesale nursery: cuttings, seed and tissue culture deflasking, fogging and misting, and the hygiene records for accreditation.',
        location: { city: 'Nambour', region: 'QLD' },
      },
      work: [
        {
          name: 'Blackall Range Wholesale Nursery', position: 'Propagation Supervisor', location: 'Nambour, QLD', startDate: '2019-07', endDate: '2023-06',
          highlights: [
            'Ran propagation for about 1.2 million tubes a year of natives, hedging and tropicals with a team of six.',
            'Took and set cuttings, sowed seed and deflasked tissue culture plantlets; set up fog, mist and bottom heat programs.',
            'Scouted pests and diseases, applied chemicals under the IPM plan and kept spray records.',
            'Kept the hygiene, water treatment and potting media records for our NIASA audits.',
          ],
        },
        {
          name: 'Blackall Range Wholesale Nursery', position: 'Propagator', location: 'Nambour, QLD', startDate: '2013-08', endDate: '2019-06',
          highlights: ['Cuttings, potting up, spacing and dispatch; ran the propagation misting benches.'],
        },
      ],
      education: [{ institution: 'TAFE Queensland', studyType: 'Certificate III', area: 'Production Horticulture', startDate: '2014-02', endDate: '2015-11' }],
      skills: [
        { name: 'Propagation', keywords: ['Cuttings', 'Seed Raising', 'Tissue Culture Deflasking', 'Fog and Mist Systems', 'Potting Media'] },
        { name: 'Plant Health', keywords: ['Integrated Pest Management', 'Spray Records', 'NIASA Hygiene Records'] },
        { name: 'Tickets', keywords: ['ChemCert (AQF3)', 'Forklift Licence (LF)', 'Provide First Aid', 'Open Driver Licence'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '11-childsupport-denisehalvorsen',
    style: { dateStyle: 'monthName', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Denise Halvorsen',
        label: 'Child Support Enforcement Specialist',
        email: 'denise.halvorsen.cs@example.com',
        phone: '602-555-0154',
        summary: 'Child support enforcement specialist for four years with a state child support division in Phoenix, after six years in bank collections. I carry a caseload of about 700 cases from locate and paternity through orders and enforcement, and prepare cases for the attorneys who take them to court.',
        location: { city: 'Phoenix', region: 'AZ' },
      },
      work: [
        {
          name: 'Arizona Division of Child Support Services', position: 'Child Support Enforcement Specialist II', location: 'Phoenix, AZ', startDate: '2022-07',
          highlights: [
            'Locate noncustodial parents through employer, motor vehicle and new hire records, and schedule genetic testing to establish paternity.',
            'Calculate support under the state guidelines, prepare petitions and income withholding orders, and review orders for modification.',
            'Enforce arrears through license suspension, tax refund intercepts, liens and credit reporting, and work interstate cases under UIFSA.',
            'Prepare case summaries and exhibits for the assistant attorneys general, and answer calls from both parents.',
          ],
        },
        {
          name: 'Desert Sky Bank', position: 'Collections Specialist', location: 'Tempe, AZ', startDate: '2016-03', endDate: '2022-06',
          highlights: ['Worked a queue of delinquent auto and card accounts: payment plans, skip tracing and charge-off recommendations.'],
        },
      ],
      education: [{ institution: 'Arizona State University', studyType: 'Bachelor of Arts', area: 'Organizational Studies', startDate: '2011-08', endDate: '2015-05' }],
      skills: [
        { name: 'Casework', keywords: ['Locate', 'Paternity Establishment', 'Support Guidelines', 'Income Withholding Orders', 'Enforcement Remedies', 'UIFSA Interstate Cases'] },
        { name: 'Other', keywords: ['Skip Tracing', 'Collections', 'Microsoft Office', 'Level One Fingerprint Clearance Card'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '12-railcar-marcgauthier',
    style: { dateStyle: 'slashMonth', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Marc Gauthier',
        label: 'Railway Car Technician (Journeyperson)',
        email: 'marc.gauthier.carman@example.com',
        phone: '780-555-0163',
        summary: 'Journeyperson railway car technician for nine years in a freight car repair shop in Edmonton. I inspect and repair tank, hopper and boxcars to the Transport Canada freight car rules and the AAR interchange rules: brakes, wheelsets, couplers and draft gear, and welding repairs.',
        location: { city: 'Edmonton', region: 'AB' },
      },
      work: [
        {
          name: 'Prairie Railcar Services', position: 'Railway Car Technician', location: 'Edmonton, AB', startDate: '2017-05',
          highlights: [
            'Inspect freight cars to the Railway Freight Car Inspection and Safety Rules and tag bad orders for repair.',
            'Run single car air brake tests, change brake valves, cylinders and brake shoes, and adjust slack adjusters.',
            'Change wheelsets, couplers, knuckles and draft gear, and carry out welding and cutting repairs on car bodies.',
            'Record repairs for AAR billing and work under blue flag protection on the repair tracks.',
          ],
        },
        {
          name: 'Prairie Railcar Services', position: 'Apprentice Railway Car Technician', location: 'Edmonton, AB', startDate: '2013-09', endDate: '2017-04',
          highlights: ['Four-year apprenticeship: car inspection, brake work, wheel changes and welding.'],
        },
      ],
      education: [{ institution: 'NAIT', studyType: 'Apprenticeship', area: 'Railway Car Technician', startDate: '2013-09', endDate: '2017-04' }],
      skills: [
        { name: 'Car Repair', keywords: ['Freight Car Inspection', 'Single Car Air Brake Test', 'Wheelset Changes', 'Couplers and Draft Gear', 'MIG and Stick Welding', 'AAR Billing'] },
        { name: 'Safety', keywords: ['Blue Flag Protection', 'Lockout', 'Fall Protection'] },
        { name: 'Certificates', keywords: ['Journeyperson Certificate (Alberta)', 'Red Seal', 'CWB Flat and Horizontal', 'Forklift'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'French', fluency: 'Fluent' }],
    },
  },
];

/** Korean résumés: rendered by scripts/build-korean-resume-corpus.mjs (`style`: locationText, dateStyle, ongoingWord, nameStyle, headerStyle). */
export const KOREAN_PEOPLE = [
  {
    id: '13-fishhealth-jeongminsu',
    style: { locationText: '전라남도 완도군 완도읍', dateStyle: 'korean', ongoingWord: '현재', nameStyle: 'withLatin', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '정민수',
        label: '수산질병관리사 (수산질병관리원 원장)',
        email: 'minsu.jeong@example.kr',
        phone: '010-3374-8120',
        summary: '수산질병관리사 면허를 받고 8년째 넙치, 전복 양식장의 질병 진단과 처방을 하고 있습니다. 수산질병관리원에서 3년 근무한 뒤 5년 전 완도에 수산질병관리원을 개설해 양식장 60여 곳을 맡고 있습니다. 현장 진료, 병성 감정, 처방전 발급과 방역 지도를 합니다.',
        location: { city: '완도군', region: '전라남도' },
      },
      work: [
        {
          name: '완도바다수산질병관리원', position: '원장 (수산질병관리사)', location: '전남 완도', startDate: '2021-03',
          highlights: [
            '넙치, 전복 양식장을 순회하며 폐사 원인을 진단합니다 (해부, 기생충 검경, 세균 분리 배양).',
            '항생제 감수성 검사 결과로 수산용 의약품 처방전을 발급하고 투약 방법과 휴약 기간을 지도합니다.',
            '백신 접종 계획을 세우고 양식장 직원의 주사 접종을 지도합니다.',
            '수산생물 전염병 의심 시 지자체에 신고하고 진료부와 처방 기록을 관리합니다.',
          ],
        },
        {
          name: '해남수산질병관리원', position: '수산질병관리사', location: '전남 해남', startDate: '2018-02', endDate: '2021-02',
          highlights: ['양식장 정기 검진, 시료 채취와 세균 검사를 맡았습니다.'],
        },
      ],
      education: [{ institution: '부경대학교', studyType: '학사', area: '수산생명의학과', startDate: '2013-03', endDate: '2018-02' }],
      skills: [
        { name: '질병 진단', keywords: ['해부 검사', '기생충 검경', '세균 분리 배양', '항생제 감수성 검사', '병성 감정'] },
        { name: '처방·방역', keywords: ['수산용 의약품 처방', '백신 접종 지도', '양식장 방역 지도', '진료 기록 관리'] },
      ],
      certificates: [
        { name: '수산질병관리사 면허', issuer: '해양수산부', date: '2018-01' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2014-07' },
        { name: '동력수상레저기구 조종면허 1급', issuer: '해양경찰청', date: '2019-05' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '14-aviationsecurity-hanyujin',
    style: { locationText: '인천광역시 중구 운서동', dateStyle: 'dot', ongoingWord: '재직중', nameStyle: 'plain', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '한유진',
        label: '항공보안검색요원',
        email: 'yujin.han.avsec@example.kr',
        phone: '010-6627-1945',
        summary: '인천공항 출국장에서 5년째 보안검색을 하고 있습니다. 그 전에는 물류센터에서 2년 동안 입출고 관리를 했습니다. 엑스레이 영상 판독, 휴대물품 개봉 검색, 문형 금속탐지기와 원형 검색장비 운영을 하며, 위해물품을 찾아 항공보안법에 따라 처리합니다.',
        location: { city: '인천광역시', region: '인천' },
      },
      work: [
        {
          name: '인천공항보안검색', position: '보안검색요원 (주임)', location: '인천국제공항 제1여객터미널', startDate: '2021-08',
          highlights: [
            '출국장 보안검색대에서 엑스레이 영상을 판독하고, 의심 물품은 개봉 검색과 폭발물흔적탐지기(ETD) 검사를 합니다.',
            '문형 금속탐지기와 원형 검색장비로 승객을 검색하고, 필요하면 촉수 검색을 합니다.',
            '액체류, 위해물품, 반입 금지 물품을 적발해 회수하거나 경찰, 공항공사에 인계하고 보고서를 씁니다.',
            '3조 2교대로 근무하며 신입 검색요원의 영상 판독 실습을 돕습니다.',
          ],
        },
        {
          name: '영종물류', position: '물류 사원', location: '인천 중구', startDate: '2019-03', endDate: '2021-07',
          highlights: ['항공화물 입출고와 재고 관리, 지게차 운전을 했습니다.'],
        },
      ],
      education: [{ institution: '인하공업전문대학', studyType: '전문학사', area: '항공경영과', startDate: '2016-03', endDate: '2019-02' }],
      skills: [
        { name: '보안검색', keywords: ['엑스레이 영상 판독', '개봉 검색', '폭발물흔적탐지기', '문형 금속탐지기', '원형 검색장비', '위해물품 적발'] },
        { name: '기타', keywords: ['항공보안법', '승객 응대', '지게차 운전'] },
      ],
      certificates: [
        { name: '보안검색요원 초기교육 수료', issuer: '국토교통부 지정 항공보안교육기관', date: '2021-07' },
        { name: '특수경비원 신임교육 이수', issuer: '경비협회', date: '2021-07' },
        { name: '지게차운전기능사', issuer: '한국산업인력공단', date: '2019-05' },
        { name: 'TOEIC 780', issuer: 'ETS', date: '2025-03' },
      ],
      languages: [{ language: '영어', fluency: '일상 회화' }, { language: '중국어', fluency: '기초' }],
    },
  },
  {
    id: '15-foresttherapy-songhyejin',
    style: { locationText: '강원특별자치도 횡성군 우천면', dateStyle: 'dotSpaced', ongoingWord: '현재', nameStyle: 'spaced', headerStyle: 'pipeOneLine' },
    resume: {
      basics: {
        name: '송혜진',
        label: '산림치유지도사 2급',
        email: 'hyejin.song@example.kr',
        phone: '010-4091-7358',
        summary: '치유의 숲에서 4년째 산림치유지도사로 일하고 있습니다. 그 전에는 종합병원 내과 병동 간호사로 6년 일했습니다. 직장인, 청소년, 암 경험자를 위한 산림치유 프로그램을 운영하고, 프로그램 전후 혈압과 스트레스 측정, 이용객 안전 관리를 합니다.',
        location: { city: '횡성군', region: '강원특별자치도' },
      },
      work: [
        {
          name: '횡성 치유의 숲', position: '산림치유지도사', location: '강원 횡성', startDate: '2022-04',
          highlights: [
            '숲길 걷기, 명상, 호흡, 족욕, 오감 체험 같은 산림치유 프로그램을 운영합니다 (연 250회 내외).',
            '대상별로 직장인 스트레스 완화, 청소년 정서 안정, 암 경험자 회복 프로그램을 기획합니다.',
            '프로그램 전후로 혈압, 맥박, 스트레스 지수(HRV)를 측정하고 만족도 조사를 정리합니다.',
            '숲길 안전 점검과 응급 상황 대응을 맡고, 운영 일지와 실적 보고서를 씁니다.',
          ],
        },
        {
          name: '원주중앙병원', position: '간호사 (내과 병동)', location: '강원 원주', startDate: '2015-03', endDate: '2021-02',
          highlights: ['내과 병동 환자 간호, 투약, 활력 징후 측정과 환자 교육을 했습니다.'],
        },
      ],
      education: [{ institution: '상지대학교', studyType: '학사', area: '간호학과', startDate: '2011-03', endDate: '2015-02' }],
      skills: [
        { name: '산림치유', keywords: ['산림치유 프로그램 운영', '프로그램 기획', '명상 지도', '스트레스 측정', '만족도 조사'] },
        { name: '안전·건강', keywords: ['응급처치', '활력 징후 측정', '숲길 안전 점검'] },
        { name: '기타', keywords: ['한글', '엑셀'] },
      ],
      certificates: [
        { name: '산림치유지도사 2급', issuer: '산림청', date: '2022-02' },
        { name: '간호사 면허', issuer: '보건복지부', date: '2015-02' },
        { name: '2종 보통 운전면허', issuer: '경찰청', date: '2012-01' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '16-electricalsafety-ohjaewon',
    style: { locationText: '경기도 화성시 향남읍', dateStyle: 'dash', ongoingWord: '재직 중', nameStyle: 'withLatin', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '오재원',
        label: '전기안전관리자 (전기기사)',
        email: 'jaewon.oh@example.kr',
        phone: '010-8215-3067',
        summary: '화성의 자동차 부품 공장에서 6년째 전기안전관리자로 선임되어 일하고 있습니다. 그 전에는 전기공사 업체에서 5년 동안 공장과 상가 전기공사를 했습니다. 22.9kV 수변전설비 점검, 정전 작업 계획, 전력 사용량 관리와 정기검사 대응을 합니다.',
        location: { city: '화성시', region: '경기도' },
      },
      work: [
        {
          name: '한빛오토텍 화성공장', position: '전기안전관리자 (설비팀 대리)', location: '경기 화성', startDate: '2020-09',
          highlights: [
            '22.9kV 수변전설비(2,000kVA)의 일상, 월차, 연차 점검을 하고 점검 기록표를 작성합니다.',
            '절연저항과 접지저항을 측정하고, 열화상 카메라로 배전반과 접속부를 점검합니다.',
            '연차 정전 작업 계획을 세워 협력업체와 차단, 검전, 접지 순서로 작업하고 복전합니다.',
            '한국전기안전공사 정기검사에 대응하고, 역률과 최대 수요 전력을 관리합니다.',
          ],
        },
        {
          name: '동남전기공사', position: '전기공', location: '경기 수원', startDate: '2015-03', endDate: '2020-08',
          highlights: ['공장, 상가 신축 전기공사: 배관, 입선, 분전반 설치와 결선을 했습니다.'],
        },
      ],
      education: [{ institution: '경기과학기술대학교', studyType: '전문학사', area: '전기과', startDate: '2012-03', endDate: '2015-02' }],
      skills: [
        { name: '전기안전관리', keywords: ['수변전설비 점검', '절연저항 측정', '접지저항 측정', '열화상 점검', '정전 작업', '정기검사 대응'] },
        { name: '전력 관리', keywords: ['역률 관리', '최대 수요 전력 관리', '비상발전기 점검'] },
        { name: '기타', keywords: ['한국전기설비규정(KEC)', '오토캐드', '엑셀'] },
      ],
      certificates: [
        { name: '전기기사', issuer: '한국산업인력공단', date: '2019-06' },
        { name: '전기기능사', issuer: '한국산업인력공단', date: '2014-08' },
        { name: '2종 보통 운전면허', issuer: '경찰청', date: '2013-03' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
];
