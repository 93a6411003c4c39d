// The content of the wave 12 held-back analysis set (test/fixtures/analysis/heldback-w12/, issue #12):
// sixteen fictional people, eleven written in English and five in Korean, each of an occupation that no
// earlier analysis set or résumé corpus has (public corpus, fresh, holdout 1–7, the Korean corpus,
// heldback-w7 … heldback-w11): sterile processing technician, heritage stonemason, air traffic
// controller, fish hatchery technician, casino shift manager, primary headteacher, tattoo artist,
// wastewater treatment operator, clinical informatics analyst (once a nurse), RPA developer (once an
// accounts payable clerk), hotel night auditor turned property manager; SI 프로젝트 관리자, 산후관리사,
// 한의사, 설비보전 반장, 코딩 강사.
// Fields are spread on purpose, most far from software (hospital decontamination, masonry, air
// navigation, fish farming, gaming floors, school leadership, tattooing, water treatment, residential
// property, postnatal care, Korean medicine, plant maintenance) and four near it (clinical informatics,
// RPA, an SI project manager, a coding instructor). Seniorities run from a sterile processing technician
// five months in and a coding instructor four months in, through two career changers three years into a
// new field (the informatics analyst, the RPA developer) and one two years in (the 산후관리사, back at work
// after raising children), to a stonemason of twenty-four years, a headteacher of twenty-two, an SI
// 부장 of twenty and a plant maintenance 반장 of twenty-two; managers (casino shift manager, headteacher,
// property manager, SI PM, 설비보전 반장) and individual contributors.
// Every résumé is written out in full: its own employers, dates, bullets (phrased the way that person
// would write them), schools, skills and summary, and its own rendering style.
// Written in full on 2026-12-01 by an engineer who does not tune the analysis, before anything was
// rendered or scored; the set is frozen by hash (manifest.json) and never tuned on. Names and employers
// are invented by hand (schools and certifying bodies are real); phone numbers use fictional ranges
// (US/CA 555-01xx, Ofcom drama 01632 960xxx and 0131 496 0xxx; the Korean ones are made up); e-mail at
// example.com / example.kr. The English text keeps to characters pdflatex typesets (no degree signs, no
// mathematical symbols).

/** English résumés: rendered by scripts/build-resume-corpus.mjs (`style`: dateStyle, headerStyle, linkScheme, bulletGlyph). */
export const ENGLISH_PEOPLE = [
  {
    id: '01-sterileproc-marisolvega',
    style: { dateStyle: 'monthName', headerStyle: 'titleThenEmployer', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Marisol Vega',
        label: 'Sterile Processing Technician',
        email: 'marisol.vega.spd@example.com',
        phone: '(915) 555-0126',
        summary: 'Sterile processing tech five months into my first hospital job, on evening shift in the main SPD. Certified in 2026. I like knowing every tray that leaves my table is right. Want to grow into a lead and then run a department one day.',
        location: { city: 'El Paso', region: 'TX' },
        profiles: [{ network: 'LinkedIn', username: 'marisolvega-crcst', url: 'https://www.linkedin.com/in/marisolvega-crcst' }],
      },
      work: [
        {
          name: 'Franklin Mountain Medical Center', position: 'Sterile Processing Technician I', location: 'El Paso, TX', startDate: '2026-07',
          highlights: [
            'Decontaminate, inspect and assemble surgical instrument trays for 14 ORs, about 120 trays a shift, using count sheets in SPM.',
            'Run and load steam sterilizers and the STERRAD low-temperature unit; read biological and chemical indicators and log every load.',
            'Test instruments for sharpness and insulation breaks and pull damaged ones for repair.',
            'Prep loaner trays from vendors for the next day and check them in against the vendor sheet.',
          ],
        },
        {
          name: 'Walgreens', position: 'Photo and Cosmetics Associate', location: 'El Paso, TX', startDate: '2023-05', endDate: '2026-06',
          highlights: [
            'Worked the register and stocked the floor while in school; closed the store two nights a week as key holder.',
          ],
        },
      ],
      education: [
        { institution: 'El Paso Community College', studyType: 'Certificate of Completion', area: 'Central Sterile Processing Technician', startDate: '2025-08', endDate: '2026-05' },
        { institution: 'Socorro High School', studyType: 'High School Diploma', startDate: '2019', endDate: '2023' },
      ],
      skills: [
        { name: 'Sterile Processing', keywords: ['Decontamination', 'Instrument Assembly', 'Steam Sterilization', 'Low-Temperature Sterilization', 'Biological Indicators', 'Instrument Inspection', 'Loaner Trays'] },
        { name: 'Systems', keywords: ['SPM Instrument Tracking', 'Microsoft Word'] },
        { name: 'Certifications', keywords: ['CRCST (HSPA)', 'BLS (American Heart Association)'] },
      ],
      languages: [{ language: 'Spanish', fluency: 'Native' }, { language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '02-stonemason-callummacrae',
    style: { dateStyle: 'year', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Callum MacRae',
        label: 'Heritage Stonemason (Banker and Fixer Mason)',
        email: 'callum.macrae.mason@example.com',
        phone: '0131 496 0582',
        summary: 'Stonemason of twenty-four years, most of it on listed buildings in Edinburgh and the Borders. I cut in the banker shop and fix on the scaffold, and I have trained nine apprentices.',
        location: { city: 'Edinburgh', region: 'Scotland' },
      },
      work: [
        {
          name: 'Lothian Stone Conservation Ltd', position: 'Senior Mason (Banker and Fixer)', location: 'Edinburgh', startDate: '2011',
          highlights: [
            'Cut and dress replacement sandstone for Category A and B listed buildings from templates and the architect\'s drawings: cornices, mullions, balusters and carved finials.',
            'Fix indents and new stones on the scaffold and repoint in lime mortar mixed to the conservation specification.',
            'Survey decayed stonework with the conservation architect and mark up each elevation for replacement, indent or leave.',
            'Look after two apprentices at a time through their SVQ and the Historic Environment Scotland site checks.',
          ],
        },
        {
          name: 'Borders Masonry', position: 'Mason', location: 'Galashiels', startDate: '2006', endDate: '2011',
          highlights: [
            'Built and repaired rubble walls, lintels and chimneys on farmhouses and churches.',
            'Ran the saw and the splitter in the yard in winter.',
          ],
        },
        {
          name: 'Borders Masonry', position: 'Apprentice Stonemason', location: 'Galashiels', startDate: '2002', endDate: '2006',
          highlights: ['Learned letter cutting, mouldings and setting out from the master mason.'],
        },
      ],
      education: [{ institution: 'Edinburgh College', studyType: 'SVQ Level 3', area: 'Stonemasonry (Banker and Fixer)', startDate: '2002', endDate: '2006' }],
      skills: [
        { name: 'Masonry', keywords: ['Banker Masonry', 'Fixer Masonry', 'Lime Mortar', 'Repointing', 'Stone Indenting', 'Carving', 'Letter Cutting', 'Template Making'] },
        { name: 'Heritage', keywords: ['Listed Building Repair', 'Condition Surveys', 'Traditional Building Skills'] },
        { name: 'Cards', keywords: ['CSCS Gold Card', 'PASMA', 'SSSTS'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '03-airtraffic-priyanadeau',
    style: { dateStyle: 'fullMonthName', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Priya Nadeau',
        label: 'Air Traffic Controller (IFR, Area Control)',
        email: 'priya.nadeau@example.com',
        phone: '514-555-0189',
        summary: 'Area controller for twelve years, eight of them in the Montreal centre. Qualified on three high-level sectors and an on-the-job instructor. Calm on the frequency, careful with handovers.',
        location: { city: 'Montreal', region: 'QC' },
      },
      work: [
        {
          name: 'Laurentian Air Navigation Services', position: 'IFR Area Controller and On-the-Job Instructor', location: 'Montreal, QC', startDate: '2018-03',
          highlights: [
            'Separate IFR traffic on three high-level en route sectors, up to 28 aircraft at a time in the evening transatlantic push.',
            'Coordinate handoffs with Toronto, Moncton and Boston centres and with the terminal unit; issue reroutes and flow restrictions during weather.',
            'Train new controllers on the sector as an on-the-job instructor; six trainees checked out since 2021.',
            'Sit on the unit\'s safety review panel and write up occurrence reports.',
          ],
        },
        {
          name: 'Laurentian Air Navigation Services', position: 'Airport Controller (Tower)', location: 'Quebec City, QC', startDate: '2014-06', endDate: '2018-02',
          highlights: [
            'Worked ground, tower and clearance delivery positions at a mid-size airport with a mix of airline, medevac and flight school traffic.',
            'Handled runway changes and snow clearing coordination with the airport operator.',
          ],
        },
      ],
      education: [
        { institution: 'Laurentian Air Navigation Training Institute', studyType: 'Diploma', area: 'Air Traffic Control (Airport and IFR)', startDate: '2013-01', endDate: '2014-05' },
        { institution: 'Concordia University', studyType: 'BA', area: 'Geography', startDate: '2008', endDate: '2012' },
      ],
      skills: [
        { name: 'Control', keywords: ['IFR Separation', 'En Route Control', 'Tower Control', 'Radar Vectoring', 'Flow Management', 'Coordination', 'Occurrence Reporting'] },
        { name: 'Instruction', keywords: ['On-the-Job Instruction', 'Trainee Assessment'] },
        { name: 'Licences', keywords: ['Air Traffic Controller Licence (Transport Canada)', 'Category 1 Medical', 'ICAO English Level 6'] },
      ],
      languages: [{ language: 'French', fluency: 'Native' }, { language: 'English', fluency: 'Fluent' }],
    },
  },
  {
    id: '04-aquaculture-ethanbrightwater',
    style: { dateStyle: 'slashMonth', headerStyle: 'titleAtEmployer', linkScheme: true, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Ethan Brightwater',
        label: 'Fish Hatchery Technician',
        email: 'ethan.brightwater@example.com',
        phone: '250-555-0114',
        summary: 'Hatchery technician at a salmon enhancement hatchery for four years. I look after broodstock, eggs and fry from spawning to release, and I keep the water and the records right.',
        location: { city: 'Campbell River', region: 'BC' },
        profiles: [{ network: 'LinkedIn', username: 'ethanbrightwater', url: 'https://www.linkedin.com/in/ethanbrightwater' }],
      },
      work: [
        {
          name: 'Quinsam River Enhancement Society', position: 'Hatchery Technician', location: 'Campbell River, BC', startDate: '2022-09',
          highlights: [
            'Spawn coho and chinook broodstock each fall, fertilize and incubate about 2.5 million eggs in Heath trays.',
            'Feed and grade fry and smolts, count mortalities daily and calculate feed rates from sample weights.',
            'Test dissolved oxygen, temperature, pH and ammonia on the recirculating and flow-through systems; clean screens and fix pumps after hours on call.',
            'Give formalin egg treatments and help the fish health veterinarian with necropsies and sampling.',
            'Coded-wire tag and adipose-clip 180,000 smolts a year with the marking crew.',
          ],
        },
        {
          name: 'Island Seafarms', position: 'Farm Technician (net pens)', location: 'Port Hardy, BC', startDate: '2021-04', endDate: '2022-08',
          highlights: [
            'Fed Atlantic salmon from the barge, ran sea lice counts and net inspections, and drove the workboat.',
          ],
        },
      ],
      education: [{ institution: 'Vancouver Island University', studyType: 'Diploma', area: 'Fisheries and Aquaculture', startDate: '2019-09', endDate: '2021-04' }],
      skills: [
        { name: 'Fish Culture', keywords: ['Broodstock Spawning', 'Egg Incubation', 'Fry Rearing', 'Feeding and Grading', 'Fish Health', 'Coded-Wire Tagging'] },
        { name: 'Water', keywords: ['Water Quality Testing', 'Recirculating Aquaculture Systems', 'Pump Maintenance'] },
        { name: 'Tickets', keywords: ['Small Vessel Operator Proficiency', 'Occupational First Aid Level 1', 'WHMIS', 'Pleasure Craft Operator Card'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '05-casino-dwaynerichter',
    style: { dateStyle: 'isoMonth', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Dwayne Richter',
        label: 'Casino Shift Manager, Table Games',
        email: 'dwayne.richter@example.com',
        phone: '702-555-0152',
        summary: 'Table games shift manager on the Strip. Sixteen years from dealer to pit boss to shift manager. I run a clean, fast floor, I know my regulations and I protect the game.',
        location: { city: 'Las Vegas', region: 'NV' },
      },
      work: [
        {
          name: 'The Meridian Resort and Casino', position: 'Shift Manager, Table Games', location: 'Las Vegas, NV', startDate: '2020-05',
          highlights: [
            'Run the swing shift for 86 tables and about 240 dealers, floor supervisors and pit bosses.',
            'Approve credit markers and comps for rated players and sign off on fills, credits and the drop.',
            'Work with surveillance on suspected advantage play and cheating; write the incident reports for the Gaming Control Board.',
            'Hit a table games hold within plan in 2024 and 2025 while cutting dealer overtime by 18%.',
            'Keep the floor compliant with Title 31 and the AML program; review MTLs and CTRs each shift.',
          ],
        },
        {
          name: 'The Meridian Resort and Casino', position: 'Pit Boss, then Floor Supervisor', location: 'Las Vegas, NV', startDate: '2014-02', endDate: '2020-04',
          highlights: [
            'Supervised blackjack, craps, roulette and baccarat pits; rated players in the player tracking system.',
            'Resolved payout disputes and trained new floor supervisors.',
          ],
        },
        {
          name: 'Silver Sage Casino', position: 'Dealer', location: 'Reno, NV', startDate: '2010-03', endDate: '2014-01',
          highlights: ['Dealt blackjack, craps, roulette and three card poker.'],
        },
      ],
      education: [{ institution: 'Truckee Meadows Community College', studyType: 'AAS', area: 'Business Management', startDate: '2007', endDate: '2009' }],
      skills: [
        { name: 'Gaming', keywords: ['Table Games Operations', 'Game Protection', 'Player Rating', 'Credit and Markers', 'Fills and Credits', 'Title 31 Compliance', 'Anti-Money Laundering'] },
        { name: 'Management', keywords: ['Labor Scheduling', 'Team Leadership', 'Guest Service', 'Incident Reports'] },
        { name: 'Systems', keywords: ['IGT Table Manager', 'Microsoft Excel'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '06-headteacher-fionaashworth',
    style: { dateStyle: 'monthName', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Fiona Ashworth',
        label: 'Headteacher',
        email: 'fiona.ashworth@example.com',
        phone: '01632 960355',
        summary: 'Headteacher of a two-form-entry primary school, in post for seven years after fifteen years as a class teacher and deputy. Led the school from Requires Improvement to Good. I still teach a Year 6 maths group every week.',
        location: { city: 'Sheffield', region: 'South Yorkshire' },
      },
      work: [
        {
          name: 'Ridgeway Park Primary School', position: 'Headteacher', location: 'Sheffield', startDate: '2019-09',
          highlights: [
            'Lead a school of 420 pupils and 58 staff; report to the governing body and the trust\'s CEO.',
            'Moved the school from Requires Improvement to Good at the 2023 Ofsted inspection.',
            'Set and manage a budget of 2.6 million pounds; balanced it for six years running.',
            'Rewrote the reading curriculum around systematic synthetic phonics; Year 1 phonics check pass rate rose from 71% to 89%.',
            'Designated safeguarding lead; chair the school\'s attendance panel and work with social care and the local authority.',
          ],
        },
        {
          name: 'Ridgeway Park Primary School', position: 'Deputy Headteacher', location: 'Sheffield', startDate: '2014-09', endDate: '2019-08',
          highlights: ['Led assessment and the Key Stage 2 team; line managed eight teachers and ran performance reviews.'],
        },
        {
          name: 'Hillsborough Junior School', position: 'Class Teacher, then Maths Lead', location: 'Sheffield', startDate: '2004-09', endDate: '2014-08',
          highlights: ['Taught Years 4 to 6 and led maths across the school.'],
        },
      ],
      education: [
        { institution: 'National College for Teaching and Leadership', studyType: 'NPQH', area: 'Headship', startDate: '2017-09', endDate: '2018-07' },
        { institution: 'University of Leeds', studyType: 'BA (Hons) with QTS', area: 'Primary Education', startDate: '2001-09', endDate: '2004-07' },
      ],
      skills: [
        { name: 'Leadership', keywords: ['School Improvement', 'Curriculum Design', 'Safeguarding', 'Budget Management', 'Performance Management', 'Staff Recruitment'] },
        { name: 'Teaching', keywords: ['Phonics', 'Primary Mathematics', 'Assessment', 'SEND Provision'] },
        { name: 'Qualifications', keywords: ['NPQH', 'Qualified Teacher Status', 'Designated Safeguarding Lead Training'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '07-tattoo-nikodrazic',
    style: { dateStyle: 'year', headerStyle: 'titleLineBelow', linkScheme: true, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Niko Drazic',
        label: 'Tattoo Artist (fine line and blackwork)',
        email: 'niko@ironfernstudio.example.com',
        phone: '503-555-0171',
        summary: 'Tattoo artist for eleven years, co-owner of a four-chair private studio. Fine line, blackwork and botanical pieces, custom only. Booked four months out.',
        location: { city: 'Portland', region: 'OR' },
        profiles: [{ network: 'Instagram', username: 'niko.drazic.tattoo', url: 'https://www.instagram.com/niko.drazic.tattoo' }],
      },
      work: [
        {
          name: 'Iron Fern Tattoo Studio', position: 'Co-owner and Tattoo Artist', location: 'Portland, OR', startDate: '2019',
          highlights: [
            'Draw and tattoo custom pieces, around 350 sessions a year, from small fine line work to full back pieces.',
            'Run bookings, deposits and consultations through the studio\'s booking app; keep a waitlist of about 200 clients.',
            'Keep the studio to Oregon licensing rules: single-use needles, autoclave spore testing, cross-contamination control and client records.',
            'Mentor the studio\'s apprentice through the 360-hour Oregon apprenticeship.',
          ],
        },
        {
          name: 'Burnside Electric Tattoo', position: 'Tattoo Artist', location: 'Portland, OR', startDate: '2015', endDate: '2019',
          highlights: ['Worked walk-ins and flash, built a custom clientele and guest spotted in Seattle and Vancouver.'],
        },
        {
          name: 'Burnside Electric Tattoo', position: 'Apprentice', location: 'Portland, OR', startDate: '2014', endDate: '2015',
          highlights: ['Set up stations, made stencils and learned machine tuning and lining.'],
        },
      ],
      education: [{ institution: 'Pacific Northwest College of Art', studyType: 'BFA', area: 'Illustration', startDate: '2009', endDate: '2013' }],
      skills: [
        { name: 'Tattooing', keywords: ['Fine Line', 'Blackwork', 'Custom Design', 'Stencil Making', 'Cover-ups', 'Rotary Machines'] },
        { name: 'Studio', keywords: ['Bloodborne Pathogens', 'Aseptic Technique', 'Client Consultation', 'Procreate', 'Instagram Marketing'] },
        { name: 'License', keywords: ['Oregon Tattoo Artist License'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Croatian', fluency: 'Conversational' }],
    },
  },
  {
    id: '08-wastewater-gloriaokafor',
    style: { dateStyle: 'slashMonth', headerStyle: 'oneLineComma', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Gloria Okafor',
        label: 'Wastewater Treatment Plant Operator, Grade IV',
        email: 'gloria.okafor@example.com',
        phone: '614-555-0138',
        summary: 'Wastewater operator for fifteen years, Class IV licensed, now lead operator on nights at a 90 MGD activated sludge plant. I keep the effluent in permit and the plant running when something breaks at 3 a.m.',
        location: { city: 'Columbus', region: 'OH' },
      },
      work: [
        {
          name: 'Scioto Valley Water Reclamation Facility', position: 'Lead Operator (Night Shift)', location: 'Columbus, OH', startDate: '2017-10',
          highlights: [
            'Run the plant on nights from the SCADA screens: headworks, primary clarifiers, aeration basins, final clarifiers and UV disinfection.',
            'Adjust return and waste activated sludge rates from settleometer, MLSS and dissolved oxygen readings to hold ammonia and TSS in NPDES limits.',
            'Run the anaerobic digesters and the belt filter presses; check volatile acids and alkalinity.',
            'Collect and log compliance samples, fill in the daily operating report and call in permit excursions.',
            'Lead two operators and write lockout/tagout and confined space permits for maintenance crews.',
          ],
        },
        {
          name: 'City of Delaware Wastewater Plant', position: 'Operator II', location: 'Delaware, OH', startDate: '2011-03', endDate: '2017-09',
          highlights: [
            'Ran a 10 MGD plant on rotating shifts; did lab tests for BOD, TSS, pH and fecal coliform.',
            'Did rounds on lift stations and cleared pump clogs.',
          ],
        },
      ],
      education: [{ institution: 'Columbus State Community College', studyType: 'Associate of Applied Science', area: 'Environmental Science', startDate: '2008-09', endDate: '2010-06' }],
      skills: [
        { name: 'Treatment', keywords: ['Activated Sludge Process', 'Anaerobic Digestion', 'Clarifier Operation', 'UV Disinfection', 'Biosolids Dewatering', 'Process Control'] },
        { name: 'Compliance', keywords: ['NPDES Permits', 'Compliance Sampling', 'Lab Testing (BOD, TSS)', 'Lockout/Tagout', 'Confined Space Entry'] },
        { name: 'Systems', keywords: ['SCADA (Wonderware)', 'Hach WIMS'] },
        { name: 'License', keywords: ['Ohio EPA Class IV Wastewater Operator'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Igbo', fluency: 'Conversational' }],
    },
  },
  {
    id: '09-clininformatics-hannahbergstrom',
    style: { dateStyle: 'isoMonth', headerStyle: 'titleAtEmployer', linkScheme: true, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Hannah Bergstrom',
        label: 'Clinical Informatics Analyst, RN',
        email: 'hannah.bergstrom.rn@example.com',
        phone: '612-555-0194',
        summary: 'Nurse for nine years on a med-surg floor, now three years in clinical informatics building Epic workflows. I speak both languages: what the nurse needs at 2 a.m. and what the build team needs in the ticket.',
        location: { city: 'Minneapolis', region: 'MN' },
        profiles: [{ network: 'LinkedIn', username: 'hannahbergstrom-rn', url: 'https://www.linkedin.com/in/hannahbergstrom-rn' }],
      },
      work: [
        {
          name: 'North Star Health System', position: 'Clinical Informatics Analyst', location: 'Minneapolis, MN', startDate: '2023-10',
          highlights: [
            'Build and maintain nursing flowsheets, order sets and best practice advisories in Epic ClinDoc and Orders for six hospitals.',
            'Take requests from nursing councils, write the specs and test the build; around 140 tickets closed in ServiceNow a year.',
            'Led the nursing side of the barcode medication administration upgrade: workflow mapping, super-user training and go-live support.',
            'Pull documentation compliance reports in Epic Reporting Workbench and share them with unit managers.',
          ],
        },
        {
          name: 'North Star Health System', position: 'Registered Nurse, Medical-Surgical', location: 'Minneapolis, MN', startDate: '2014-08', endDate: '2023-09',
          highlights: [
            'Cared for five to six adult med-surg patients a shift; charge nurse two shifts a week.',
            'Unit super-user for the Epic conversion in 2017 and preceptor for new graduate nurses.',
          ],
        },
      ],
      education: [
        { institution: 'University of Minnesota', studyType: 'Graduate Certificate', area: 'Nursing Informatics', startDate: '2022-01', endDate: '2023-05' },
        { institution: 'St. Catherine University', studyType: 'BSN', area: 'Nursing', startDate: '2010-09', endDate: '2014-05' },
      ],
      skills: [
        { name: 'Informatics', keywords: ['Epic ClinDoc', 'Epic Orders', 'Flowsheet Build', 'Clinical Decision Support', 'Workflow Analysis', 'Go-Live Support', 'Reporting Workbench', 'ServiceNow'] },
        { name: 'Clinical', keywords: ['Medical-Surgical Nursing', 'Medication Administration', 'Precepting'] },
        { name: 'Licenses', keywords: ['RN (Minnesota)', 'Epic ClinDoc Inpatient Certification'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '10-rpa-tomaszwieczorek',
    style: { dateStyle: 'fullMonthName', headerStyle: 'employerThenTitle', linkScheme: true, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Tomasz Wieczorek',
        label: 'RPA Developer',
        email: 'tomasz.wieczorek@example.com',
        phone: '312-555-0167',
        summary: 'RPA developer, three years in, after five years in accounts payable where I was the person automating my own work with Excel macros. I build UiPath bots for finance and HR and I know what the process owner actually does.',
        location: { city: 'Chicago', region: 'IL' },
        profiles: [{ network: 'GitHub', username: 'twieczorek', url: 'https://github.com/twieczorek' }],
      },
      work: [
        {
          name: 'Lakeshore Logistics Group', position: 'RPA Developer', location: 'Chicago, IL', startDate: '2023-11',
          highlights: [
            'Built 17 UiPath unattended bots in production, from invoice matching to new-hire account setup; they save about 9,000 hours a year.',
            'Use REFramework, Orchestrator queues and Document Understanding to read invoices from 300 vendors.',
            'Write process design documents with finance and HR, and run UAT before each release.',
            'Write small VB.NET and Python helpers and SQL queries against the ERP reporting database.',
          ],
        },
        {
          name: 'Lakeshore Logistics Group', position: 'Accounts Payable Specialist', location: 'Chicago, IL', startDate: '2018-09', endDate: '2023-10',
          highlights: [
            'Processed about 2,500 invoices a month in Oracle EBS; ran the weekly check and ACH payment runs.',
            'Wrote Excel VBA macros for the vendor statement reconciliation that the team still uses.',
          ],
        },
      ],
      education: [{ institution: 'DePaul University', studyType: 'BS', area: 'Accounting', startDate: '2014', endDate: '2018' }],
      skills: [
        { name: 'Automation', keywords: ['UiPath Studio', 'UiPath Orchestrator', 'REFramework', 'Document Understanding', 'Process Design Documents', 'VBA'] },
        { name: 'Programming', keywords: ['VB.NET', 'Python', 'SQL'] },
        { name: 'Finance', keywords: ['Accounts Payable', 'Oracle EBS', 'Reconciliation'] },
        { name: 'Certifications', keywords: ['UiPath Certified Professional Automation Developer Associate'] },
      ],
      languages: [{ language: 'Polish', fluency: 'Native' }, { language: 'English', fluency: 'Fluent' }],
    },
  },
  {
    id: '11-propertymgmt-keishamorrow',
    style: { dateStyle: 'monthName', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Keisha Morrow',
        label: 'Property Manager (Multifamily)',
        email: 'keisha.morrow@example.com',
        phone: '404-555-0120',
        summary: 'Property manager of a 312-unit apartment community, four years in property management after five years at a hotel front desk and night audit. I keep occupancy up, delinquency down and residents staying.',
        location: { city: 'Atlanta', region: 'GA' },
      },
      work: [
        {
          name: 'Brookhaven Residential Partners', position: 'Property Manager', location: 'Atlanta, GA', startDate: '2024-01',
          highlights: [
            'Run a 312-unit Class B community with a leasing consultant, an assistant manager and three maintenance techs.',
            'Raised occupancy from 89% to 96% in 14 months and cut delinquency from 7% to 2.5%.',
            'Set rents in Yardi RENTmaximizer, approve renewals and handle evictions with the company\'s attorney.',
            'Manage a 1.9 million dollar operating budget and monthly variance reports for the owner.',
            'Schedule make-readies and vendor bids for turns, roofs and parking lot repairs.',
          ],
        },
        {
          name: 'Brookhaven Residential Partners', position: 'Assistant Property Manager', location: 'Atlanta, GA', startDate: '2022-03', endDate: '2023-12',
          highlights: ['Collected rent, posted charges in Yardi Voyager and handled resident complaints and lease violations.'],
        },
        {
          name: 'Peachtree Suites Hotel', position: 'Front Desk Agent, then Night Auditor', location: 'Atlanta, GA', startDate: '2017-02', endDate: '2022-02',
          highlights: ['Checked guests in and out and closed the day in the property management system.'],
        },
      ],
      education: [{ institution: 'Georgia State University', studyType: 'BBA', area: 'Hospitality Administration', startDate: '2012-08', endDate: '2016-05' }],
      skills: [
        { name: 'Property', keywords: ['Leasing', 'Rent Collection', 'Evictions', 'Fair Housing', 'Make-Ready Turns', 'Vendor Management', 'Budgeting'] },
        { name: 'Systems', keywords: ['Yardi Voyager', 'Yardi RENTmaximizer', 'RentCafe', 'Microsoft Excel'] },
        { name: 'Credentials', keywords: ['Certified Apartment Manager (CAM)', 'Georgia Community Association Manager License'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
];

/** Korean résumés: rendered by scripts/build-korean-resume-corpus.mjs (`style`: locationText, dateStyle, ongoingWord, nameStyle, headerStyle). */
export const KOREAN_PEOPLE = [
  {
    id: '12-itpm-kimdongwook',
    style: { locationText: '경기도 성남시 분당구 정자동', dateStyle: 'dot', ongoingWord: '재직중', nameStyle: 'withLatin', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '김동욱',
        label: 'SI 프로젝트 관리자 (PM, 부장)',
        email: 'dongwook.kim@example.kr',
        phone: '010-4821-6630',
        summary: '공공·금융 SI 프로젝트를 20년째 하고 있고, 최근 9년은 PM으로 40억~120억 원 규모 사업을 맡았습니다. 개발자로 시작해서 현장의 일정과 사람을 압니다. 제안부터 검수까지 끝까지 책임집니다.',
        location: { city: '성남시', region: '경기도' },
      },
      work: [
        {
          name: '(주)누리정보시스템', position: 'PM · 부장', location: '서울 구로', startDate: '2017-01',
          highlights: [
            '시·도 행정정보시스템 고도화 사업(95억 원, 투입 인력 60명)의 PM으로 착수부터 검수까지 일정·범위·품질을 관리했습니다.',
            '제2금융권 차세대 계정계 구축 사업의 PMO를 맡아 주간 진척 보고와 이슈·위험 관리를 했습니다.',
            '공공 입찰 제안서의 사업 이해·수행 방안을 쓰고 제안 발표를 해서 최근 3년 수주율 42%를 냈습니다.',
            '감리 대응과 산출물 관리로 단계별 감리에서 시정조치 없이 통과했습니다.',
            '협력사 계약과 투입 공수 관리로 프로젝트 원가율을 계획 대비 4%p 낮췄습니다.',
          ],
        },
        {
          name: '(주)누리정보시스템', position: '개발팀 과장·차장', location: '서울 구로', startDate: '2010-03', endDate: '2016-12',
          highlights: [
            'Java·Spring 기반 전자정부 표준프레임워크로 민원 시스템을 설계·개발하고 개발 리더를 맡았습니다.',
            'Oracle DB 설계와 SQL 튜닝을 했습니다.',
          ],
        },
        {
          name: '대한소프트(주)', position: '개발자', location: '서울 서초', startDate: '2006-02', endDate: '2010-02',
          highlights: ['금융권 단말 프로그램과 배치 프로그램을 개발했습니다.'],
        },
      ],
      education: [{ institution: '숭실대학교', studyType: '학사', area: '컴퓨터학부', startDate: '1999-03', endDate: '2006-02' }],
      skills: [
        { name: '관리', keywords: ['프로젝트 관리', '일정 관리', '위험 관리', '제안서 작성', '감리 대응', '협력사 관리', 'WBS'] },
        { name: '기술', keywords: ['Java', 'Spring', '전자정부 표준프레임워크', 'Oracle', 'SQL'] },
      ],
      certificates: [
        { name: 'PMP', issuer: 'PMI', date: '2016-09' },
        { name: '정보처리기사', issuer: '한국산업인력공단', date: '2005-11' },
      ],
      languages: [{ language: '영어', fluency: '업무상 문서 독해 (TOEIC 820)' }],
    },
  },
  {
    id: '13-postnatalcare-parkmiyoung',
    style: { locationText: '대전광역시 유성구 봉명동', dateStyle: 'korean', ongoingWord: '현재', nameStyle: 'plain', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '박미영',
        label: '산후관리사 (산모·신생아 건강관리사)',
        email: 'miyoung.park@example.kr',
        phone: '010-7734-2058',
        summary: '두 아이를 키우고 12년 만에 다시 일을 시작해 산후관리사로 2년째 일하고 있습니다. 산모님 댁에 방문해 산모와 아기를 돌보고, 가족이 혼자서도 잘 해낼 수 있게 알려 드리는 일을 합니다.',
        location: { city: '유성구', region: '대전광역시' },
      },
      work: [
        {
          name: '(주)맘편한돌봄 대전지점', position: '산모·신생아 건강관리사', location: '대전', startDate: '2024-10',
          highlights: [
            '정부 지원 산모·신생아 건강관리 서비스로 산모 가정에 방문해 지금까지 산모 31명을 돌봤습니다.',
            '신생아 목욕, 수유 보조와 모유수유 자세 교육, 제대 관리, 황달·체온 관찰을 합니다.',
            '산모 좌욕·산후 체조 안내, 산모 식사 준비와 아기 용품 세탁·소독을 합니다.',
            '서비스 일지를 매일 쓰고 이상 증상이 보이면 산모에게 병원 방문을 권하고 지점에 보고합니다.',
          ],
        },
        {
          name: '(주)한솔전자', position: '경리 사원', location: '대전', startDate: '2008-03', endDate: '2012-06',
          highlights: ['거래처 입출금 관리와 전표 입력을 했습니다.'],
        },
      ],
      education: [
        { institution: '대전여성인력개발센터', studyType: '수료', area: '산모·신생아 건강관리사 양성과정', startDate: '2024-06', endDate: '2024-08' },
        { institution: '대전보건대학교', studyType: '전문학사', area: '세무회계과', startDate: '2006-03', endDate: '2008-02' },
      ],
      skills: [
        { name: '돌봄', keywords: ['신생아 목욕', '모유수유 지도', '제대 관리', '산모 영양식 조리', '젖병 소독', '산후 체조 안내'] },
        { name: '기타', keywords: ['서비스 일지 작성', '운전 가능'] },
      ],
      certificates: [
        { name: '산모·신생아 건강관리사 교육 이수증', issuer: '대전광역시', date: '2024-08' },
        { name: '보육교사 2급', issuer: '보건복지부', date: '2023-12' },
        { name: '심폐소생술(CPR) 교육 이수', issuer: '대한심폐소생협회', date: '2025-05' },
      ],
      languages: [{ language: '한국어', fluency: '모국어' }],
    },
  },
  {
    id: '14-koreanmedicine-leejaehoon',
    style: { locationText: '서울특별시 강남구 역삼동', dateStyle: 'dash', ongoingWord: 'open', nameStyle: 'spaced', headerStyle: 'pipeOneLine' },
    resume: {
      basics: {
        name: '이재훈',
        label: '한의사 (한방재활의학과 전문의)',
        email: 'jaehoon.lee.kmd@example.kr',
        phone: '010-5128-9473',
        summary: '한방재활의학과 전문의로 12년째 진료하고 있습니다. 교통사고 후유증과 근골격계 통증 환자를 주로 보고, 침·약침·추나와 운동 처방을 함께 씁니다. 현재 한방병원 진료부원장입니다.',
        location: { city: '강남구', region: '서울특별시' },
      },
      work: [
        {
          name: '바른숲한방병원', position: '진료부원장 · 한방재활의학과장', location: '서울 강남', startDate: '2019-03',
          highlights: [
            '입원 40병상 한방병원에서 하루 외래 35명과 입원 환자를 진료합니다.',
            '교통사고 환자 진료와 자동차보험 진료비 청구 기준을 원내에 교육하고 심사 삭감률을 낮췄습니다.',
            '추나요법·약침 프로토콜을 정리해 진료과 한의사 6명이 같은 기준으로 진료하게 했습니다.',
            '전공의 수련 지도와 원내 증례 발표를 맡고 있습니다.',
          ],
        },
        {
          name: '동서한의대학교 부속 한방병원', position: '전공의 (인턴·레지던트)', location: '서울 동대문', startDate: '2014-03', endDate: '2019-02',
          highlights: [
            '한방재활의학과 수련, 척추 질환 환자 입원 진료와 협진을 했습니다.',
            '요통 환자 추나요법 관련 임상 논문 1편을 제1저자로 게재했습니다.',
          ],
        },
      ],
      education: [{ institution: '경희대학교', studyType: '학사', area: '한의학과', startDate: '2008-03', endDate: '2014-02' }],
      skills: [
        { name: '진료', keywords: ['침 치료', '약침', '추나요법', '한약 처방', '근골격계 질환', '교통사고 후유증'] },
        { name: '행정', keywords: ['자동차보험 청구', '전공의 교육', '진료 프로토콜 작성'] },
      ],
      certificates: [
        { name: '한의사 면허', issuer: '보건복지부', date: '2014-02' },
        { name: '한방재활의학과 전문의', issuer: '보건복지부', date: '2019-02' },
      ],
      languages: [{ language: '영어', fluency: '논문 독해' }],
    },
  },
  {
    id: '15-plantmaintenance-choisangcheol',
    style: { locationText: '울산광역시 남구 여천동', dateStyle: 'dotSpaced', ongoingWord: '재직 중', nameStyle: 'plain', headerStyle: 'pipeOneLine' },
    resume: {
      basics: {
        name: '최상철',
        label: '설비보전 반장 (기계 정비)',
        email: 'sangcheol.choi@example.kr',
        phone: '010-2649-5817',
        summary: '석유화학 공장 회전기계 정비를 22년 했고 지금은 보전 반장으로 정비원 9명을 이끕니다. 고장이 나기 전에 잡는 정비, 다친 사람 없는 현장이 목표입니다.',
        location: { city: '남구', region: '울산광역시' },
      },
      work: [
        {
          name: '태화석유화학(주) 울산공장', position: '설비보전팀 반장', location: '울산', startDate: '2015-01',
          highlights: [
            '펌프·압축기·블로어 등 회전기계 1,200여 대의 예방정비와 돌발 고장 수리를 정비원 9명과 맡고 있습니다.',
            '진동 측정과 베어링·메커니컬 씰 교체 주기 관리로 돌발 고장을 3년간 35% 줄였습니다.',
            '정기보수(T/A) 기간 협력업체 120명 작업의 일정과 작업허가, 안전 점검을 관리합니다.',
            'SAP PM으로 작업 오더와 정비 이력, 예비품 재고를 관리합니다.',
          ],
        },
        {
          name: '태화석유화학(주) 울산공장', position: '기계 정비원', location: '울산', startDate: '2004-03', endDate: '2014-12',
          highlights: [
            '원심펌프 분해·조립과 축 정렬(레이저 얼라인먼트), 용접·가공 보조를 했습니다.',
            '윤활 관리와 일상 점검을 했습니다.',
          ],
        },
      ],
      education: [{ institution: '울산과학대학교', studyType: '전문학사', area: '기계공학과', startDate: '2001-03', endDate: '2004-02' }],
      skills: [
        { name: '정비', keywords: ['회전기계 정비', '예방정비', '진동 분석', '축 정렬', '메커니컬 씰', '윤활 관리'] },
        { name: '관리', keywords: ['SAP PM', '정기보수 관리', '작업허가', '협력업체 관리'] },
      ],
      certificates: [
        { name: '기계정비산업기사', issuer: '한국산업인력공단', date: '2006-08' },
        { name: '설비보전기사', issuer: '한국산업인력공단', date: '2012-11' },
        { name: '진동분석 Category II (ISO 18436)', issuer: 'Mobius Institute', date: '2018-06' },
      ],
      languages: [{ language: '한국어', fluency: '모국어' }],
    },
  },
  {
    id: '16-codinginstructor-hanseoyeon',
    style: { locationText: '부산광역시 해운대구 우동', dateStyle: 'dot', ongoingWord: 'open', nameStyle: 'withLatin', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '한서연',
        label: '초·중등 코딩 강사',
        email: 'seoyeon.han@example.kr',
        phone: '010-9015-3372',
        summary: '수학교육을 전공하고 부트캠프에서 웹 개발을 배운 뒤, 올해 8월부터 코딩 학원에서 초등·중학생에게 스크래치와 파이썬을 가르치고 있습니다. 아이들이 스스로 만든 게임을 친구에게 보여 줄 때가 제일 좋습니다.',
        location: { city: '해운대구', region: '부산광역시' },
        profiles: [{ network: 'GitHub', username: 'seoyeon-han', url: 'https://github.com/seoyeon-han' }],
      },
      work: [
        {
          name: '코드나무 코딩학원 해운대점', position: '코딩 강사', location: '부산 해운대', startDate: '2026-08',
          highlights: [
            '초등 3~6학년 스크래치·엔트리 반 4개와 중등 파이썬 반 2개, 주 18시간 수업을 합니다.',
            '정보올림피아드 대비반 교재 일부를 만들고 학생 과제를 채점합니다.',
            '학부모 상담과 월간 학습 리포트를 씁니다.',
          ],
        },
        {
          name: '멋쟁이코딩 부트캠프', position: '웹 개발 과정 수강생', location: '온라인', startDate: '2026-01', endDate: '2026-06',
          highlights: [
            'HTML, CSS, JavaScript와 React로 팀 프로젝트 2개를 만들었습니다.',
            'Git으로 협업하고 코드 리뷰를 주고받았습니다.',
          ],
        },
        {
          name: '해운대 수학교습소', position: '수학 보조 강사 (아르바이트)', location: '부산 해운대', startDate: '2023-03', endDate: '2025-12',
          highlights: ['중학생 수학 질의응답과 채점을 했습니다.'],
        },
      ],
      education: [{ institution: '부산대학교', studyType: '학사', area: '수학교육과', startDate: '2021-03', endDate: '2025-02' }],
      skills: [
        { name: '교육', keywords: ['스크래치', '엔트리', '파이썬 교육', '교재 제작', '학부모 상담'] },
        { name: '개발', keywords: ['Python', 'JavaScript', 'HTML', 'CSS', 'React', 'Git'] },
      ],
      certificates: [
        { name: '중등학교 정교사 2급 (수학)', issuer: '교육부', date: '2025-02' },
        { name: '컴퓨터활용능력 1급', issuer: '대한상공회의소', date: '2022-08' },
      ],
      languages: [{ language: '영어', fluency: '일상 회화' }],
    },
  },
];
