// The content of the wave 13 held-back analysis set (test/fixtures/analysis/heldback-w13/, issue #12):
// sixteen fictional people, twelve written in English and four in Korean, each of an occupation that no
// earlier analysis set or résumé corpus has (public corpus, fresh, holdout 1–8, the Korean corpus,
// heldback-w7 … heldback-w12): solar PV installer, cardiovascular perfusionist, genetic counselor,
// histotechnician, retail butcher, florist (a career changer eight months in), bicycle mechanic, building
// inspector (once a carpenter), polysomnographic technologist, county emergency management coordinator
// (once a firefighter), licensed private investigator (once a police detective), network engineer;
// 드론 조종사, 홈쇼핑 쇼호스트, 감정평가사, 타일 기능공 (once a café manager).
// Fields are spread on purpose, most far from software (renewable energy, the operating room, clinical
// genetics, the pathology lab, the meat counter, a flower shop, a bike shop, building codes, a sleep lab,
// disaster planning, investigations, aerial spraying and surveying, television shopping, property
// valuation, tiling) and one in it (network engineering). Seniorities run from a florist eight months in
// and a tile setter two years in, through a genetic counselor two years out of her master's, to a butcher
// of twenty-two years, a perfusionist of fourteen and an appraiser of twelve who leads a team; managers
// (butcher shop manager, emergency management coordinator, 감정평가 팀장) and individual contributors;
// three career changers.
// Every résumé is written out in full: its own employers, dates, bullets (phrased the way that person
// would write them), schools, skills and summary, and its own rendering style.
// Written in full on 2026-12-01 by an engineer who does not tune the analysis, before anything was
// rendered or scored; the set is frozen by hash (manifest.json) and never tuned on. Names and employers
// are invented by hand (schools and certifying bodies are real); phone numbers use fictional ranges
// (US/CA 555-01xx, Ofcom drama 0161 496 0xxx and 020 7946 0xxx; the Korean ones are made up); e-mail at
// example.com / example.kr. The English text keeps to characters pdflatex typesets (no degree signs, no
// mathematical symbols).

/** English résumés: rendered by scripts/build-resume-corpus.mjs (`style`: dateStyle, headerStyle, linkScheme, bulletGlyph). */
export const ENGLISH_PEOPLE = [
  {
    id: '01-solarpv-tobiasreyes',
    style: { dateStyle: 'isoMonth', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Tobias Reyes',
        label: 'Solar PV Installer (Lead Installer)',
        email: 'tobias.reyes.solar@example.com',
        phone: '(480) 555-0147',
        summary: 'Lead installer on residential rooftop solar crews for three years, installer for two before that. Around 400 systems on comp shingle, tile and flat roofs. I run the roof, keep the crew tied off and leave the job ready for inspection.',
        location: { city: 'Mesa', region: 'AZ' },
      },
      work: [
        {
          name: 'Sonoran Sun Energy', position: 'Lead Installer', location: 'Phoenix, AZ', startDate: '2023-04',
          highlights: [
            'Lead a three to four person crew installing residential PV systems of 5 to 14 kW, usually one house a day.',
            'Lay out arrays from the plan set, flash and mount racking (IronRidge, Unirac) on shingle and tile roofs, set modules and run wire management.',
            'Install Enphase microinverters and SolarEdge optimizers, commission systems with the Enlighten and SetApp apps and walk homeowners through monitoring.',
            'Run conduit from the array to the main panel; the electrician lands the final connections and I prepare the job for the city inspector.',
            'Hold the crew to fall protection on every roof: anchors, harnesses and ladder tie-off checked each morning.',
          ],
        },
        {
          name: 'Sonoran Sun Energy', position: 'Solar Installer', location: 'Phoenix, AZ', startDate: '2021-03', endDate: '2023-03',
          highlights: [
            'Carried panels, mounted rails and ran homeruns on a residential crew; trained on tile roof hooks and critter guard.',
          ],
        },
        {
          name: 'Desert Roofing Co.', position: 'Roofer Helper', location: 'Mesa, AZ', startDate: '2019-05', endDate: '2021-02',
          highlights: ['Tore off and re-laid shingle and tile roofs in the summer heat.'],
        },
      ],
      education: [
        { institution: 'Mesa Community College', studyType: 'Certificate', area: 'Solar Energy Technology', startDate: '2020-08', endDate: '2021-05' },
        { institution: 'Westwood High School', studyType: 'High School Diploma', startDate: '2015', endDate: '2019' },
      ],
      skills: [
        { name: 'Installation', keywords: ['Residential PV', 'Racking and Flashing', 'Microinverters', 'Power Optimizers', 'Conduit Runs', 'System Commissioning'] },
        { name: 'Safety', keywords: ['Fall Protection', 'OSHA 10', 'Ladder Safety'] },
        { name: 'Credentials', keywords: ['NABCEP PV Associate', 'Valid Arizona Driver License'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Spanish', fluency: 'Conversational' }],
    },
  },
  {
    id: '02-perfusion-helenokafor',
    style: { dateStyle: 'monthName', headerStyle: 'employerThenTitle', linkScheme: true, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Helen Okafor',
        label: 'Certified Clinical Perfusionist',
        email: 'helen.okafor.ccp@example.com',
        phone: '(614) 555-0172',
        summary: 'Perfusionist for fourteen years in adult cardiac surgery, ten of them at a Level I heart program. More than 2,100 pump runs, ECMO on call, and I teach perfusion students on their clinical rotation.',
        location: { city: 'Columbus', region: 'OH' },
        profiles: [{ network: 'LinkedIn', username: 'helenokafor-ccp', url: 'https://www.linkedin.com/in/helenokafor-ccp' }],
      },
      work: [
        {
          name: 'Scioto Valley Heart Institute', position: 'Senior Staff Perfusionist', location: 'Columbus, OH', startDate: '2016-02',
          highlights: [
            'Run cardiopulmonary bypass for CABG, valve, aortic and redo cases, about 180 pumps a year on Terumo System 1 and LivaNova S5 heart-lung machines.',
            'Manage anticoagulation with ACT and heparin dose response, blood gas and electrolyte management, and myocardial protection with del Nido and blood cardioplegia.',
            'Set up and manage VA and VV ECMO in the cardiac ICU and on transport; take ECMO call one week in four.',
            'Run cell salvage and platelet-rich plasma for the OR and the intra-aortic balloon pump service.',
            'Clinical instructor for students from the Ohio State perfusion program; wrote the department\'s pump checklist used on every case.',
          ],
        },
        {
          name: 'Lakeshore General Hospital', position: 'Staff Perfusionist', location: 'Cleveland, OH', startDate: '2012-07', endDate: '2016-01',
          highlights: [
            'Covered adult cardiac and vascular cases and autotransfusion in a three-perfusionist group.',
          ],
        },
      ],
      education: [
        { institution: 'The Ohio State University', studyType: 'BS', area: 'Health Sciences, Circulation Technology (Perfusion)', startDate: '2008-09', endDate: '2012-05' },
      ],
      skills: [
        { name: 'Perfusion', keywords: ['Cardiopulmonary Bypass', 'ECMO', 'Myocardial Protection', 'Anticoagulation Management', 'Cell Salvage', 'Intra-Aortic Balloon Pump'] },
        { name: 'Equipment', keywords: ['Terumo System 1', 'LivaNova S5', 'Cardiohelp'] },
        { name: 'Certifications', keywords: ['Certified Clinical Perfusionist (ABCP)', 'Ohio Perfusion License', 'BLS', 'ACLS'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '03-geneticcounsel-annaleeds',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleThenEmployer', linkScheme: true, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Anna Leeds',
        label: 'Genetic Counselor (Cancer Genetics)',
        email: 'anna.leeds.gc@example.com',
        phone: '(303) 555-0119',
        summary: 'Board-certified genetic counselor two years out of my master\'s, seeing hereditary cancer patients in an outpatient clinic. I like translating a variant report into a plan a family can act on.',
        location: { city: 'Denver', region: 'CO' },
        profiles: [{ network: 'LinkedIn', username: 'annaleeds-gc', url: 'https://www.linkedin.com/in/annaleeds-gc' }],
      },
      work: [
        {
          name: 'Front Range Cancer Center', position: 'Genetic Counselor', location: 'Denver, CO', startDate: '2024-08',
          highlights: [
            'See 8 to 10 patients a week for hereditary cancer risk assessment, in clinic and by telehealth: three-generation pedigrees, risk models and informed consent for testing.',
            'Order multigene panel tests from Invitae and Ambry, work through insurance pre-authorization and disclose results, including variants of uncertain significance.',
            'Write consult letters and result letters for patients and referring oncologists in Epic.',
            'Run the monthly high-risk breast clinic huddle and keep the BRCA cascade testing log.',
          ],
        },
        {
          name: 'Children\'s Hospital (clinical rotation)', position: 'Genetic Counseling Student', location: 'Aurora, CO', startDate: '2023-05', endDate: '2023-08',
          highlights: ['Counseled families in pediatric and prenatal genetics clinics under supervision.'],
        },
        {
          name: 'Mile High Labs', position: 'Laboratory Assistant', location: 'Denver, CO', startDate: '2020-06', endDate: '2022-07',
          highlights: ['Extracted DNA and prepared samples for sequencing before graduate school.'],
        },
      ],
      education: [
        { institution: 'University of Colorado', studyType: 'MS', area: 'Genetic Counseling', startDate: '2022-08', endDate: '2024-05' },
        { institution: 'Colorado State University', studyType: 'BS', area: 'Biology', startDate: '2016-08', endDate: '2020-05' },
      ],
      skills: [
        { name: 'Counseling', keywords: ['Hereditary Cancer Risk Assessment', 'Pedigree Analysis', 'Result Disclosure', 'Informed Consent', 'Telehealth'] },
        { name: 'Genetics', keywords: ['Variant Interpretation', 'Multigene Panels', 'Cascade Testing', 'Risk Models (Tyrer-Cuzick)'] },
        { name: 'Tools', keywords: ['Epic', 'Progeny'] },
        { name: 'Certification', keywords: ['Certified Genetic Counselor (ABGC)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '04-histotech-marcusbell',
    style: { dateStyle: 'slashMonth', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Marcus Bell',
        label: 'Histotechnician HT(ASCP)',
        email: 'marcus.bell.ht@example.com',
        phone: '(615) 555-0163',
        summary: 'Histotech for six years in a hospital anatomic pathology lab. Fast, clean sections, a steady hand on the frozen section bench and an eye for a bad stain before it reaches the pathologist.',
        location: { city: 'Nashville', region: 'TN' },
      },
      work: [
        {
          name: 'Cumberland Regional Medical Center', position: 'Histotechnician', location: 'Nashville, TN', startDate: '2020-01',
          highlights: [
            'Gross-in, process, embed and cut paraffin blocks, about 250 blocks a shift, on Leica microtomes and Sakura Tissue-Tek processors.',
            'Run H&E on the automated stainer and special stains by hand (PAS, trichrome, GMS, AFB, iron).',
            'Cut frozen sections on the cryostat for intraoperative consults with a 20 minute turnaround.',
            'Run daily QC, maintain the processors and log reagent lots for CAP inspections; two inspections with no histology deficiencies.',
          ],
        },
        {
          name: 'Cumberland Regional Medical Center', position: 'Histology Aide', location: 'Nashville, TN', startDate: '2018-06', endDate: '2019-12',
          highlights: ['Accessioned specimens, filed slides and blocks and changed reagents while training under the lead histotech.'],
        },
      ],
      education: [
        { institution: 'Volunteer State Community College', studyType: 'Certificate', area: 'Histotechnology', startDate: '2018-08', endDate: '2019-08' },
        { institution: 'Middle Tennessee State University', studyType: 'BS', area: 'Biology', startDate: '2013-08', endDate: '2017-05' },
      ],
      skills: [
        { name: 'Histology', keywords: ['Microtomy', 'Embedding', 'Tissue Processing', 'Frozen Sections', 'H&E Staining', 'Special Stains', 'Cryostat'] },
        { name: 'Quality', keywords: ['CAP Compliance', 'Quality Control', 'Reagent Management'] },
        { name: 'Systems', keywords: ['Cerner CoPath', 'Leica Autostainer'] },
        { name: 'Certification', keywords: ['HT(ASCP)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '05-butchery-garethholloway',
    style: { dateStyle: 'year', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Gareth Holloway',
        label: 'Master Butcher and Shop Manager',
        email: 'gareth.holloway@example.com',
        phone: '0161 496 0731',
        summary: 'Butcher for twenty-two years, the last nine running a high street butcher\'s shop with six staff. Whole carcass breaking, dry ageing, sausages and pies made on the premises, and a counter customers queue for.',
        location: { city: 'Stockport', region: 'England' },
      },
      work: [
        {
          name: 'Holloway & Daughters Family Butchers', position: 'Shop Manager', location: 'Stockport', startDate: '2017',
          highlights: [
            'Run the shop day to day: buying from two local farms and the abattoir, pricing, rotas for six staff and a weekly takings of about 18,000 pounds.',
            'Break down beef sides, lamb and pork carcasses and dry age beef in our own Himalayan salt chamber.',
            'Make sausages, burgers, pies and cured bacon to our own recipes; Great Taste two stars for the pork and leek sausage.',
            'Keep the HACCP plan, allergen labelling and temperature records for the council\'s inspections; food hygiene rating 5 every visit.',
            'Trained three apprentices through their Level 2 butchery apprenticeship.',
          ],
        },
        {
          name: 'Northern Meats Ltd', position: 'Butcher', location: 'Manchester', startDate: '2008', endDate: '2017',
          highlights: [
            'Boned and trimmed on the cutting line at a wholesale meat supplier to restaurants, and cut to chefs\' specifications.',
          ],
        },
        {
          name: 'Dawson\'s Butchers', position: 'Apprentice Butcher', location: 'Stockport', startDate: '2003', endDate: '2008',
          highlights: ['Served on the counter and learned boning, rolling and sausage making.'],
        },
      ],
      education: [{ institution: 'Stockport College', studyType: 'NVQ Level 3', area: 'Butchery', startDate: '2003', endDate: '2006' }],
      skills: [
        { name: 'Butchery', keywords: ['Carcass Breakdown', 'Boning and Trimming', 'Dry Ageing', 'Sausage Making', 'Curing', 'Counter Service'] },
        { name: 'Management', keywords: ['Staff Rotas', 'Buying and Pricing', 'Stock Control', 'Apprentice Training'] },
        { name: 'Food Safety', keywords: ['HACCP', 'Level 3 Food Hygiene', 'Allergen Labelling'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '06-floristry-priyashah',
    style: { dateStyle: 'monthName', headerStyle: 'datesFirst', linkScheme: true, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Priya Shah',
        label: 'Junior Florist',
        email: 'priya.shah.flowers@example.com',
        phone: '020 7946 0418',
        summary: 'Florist eight months into my first shop job after six years in office admin. I did my Level 2 in floristry in the evenings and now make up the daily orders, hand-tied bouquets and wedding buttonholes.',
        location: { city: 'London', region: 'England' },
        profiles: [{ network: 'Instagram', username: 'priyashahflowers', url: 'https://www.instagram.com/priyashahflowers' }],
      },
      work: [
        {
          name: 'Petal & Stem', position: 'Junior Florist', location: 'Islington, London', startDate: '2026-04',
          highlights: [
            'Make up hand-tied bouquets, vase arrangements and gift boxes from the day\'s web orders, 20 to 40 a day.',
            'Condition stock when the market delivery comes in: strip, cut, hydrate and rotate flowers in the cold room.',
            'Prepare buttonholes, corsages and table arrangements for weddings alongside the senior florist.',
            'Take phone and counter orders and answer customer messages on the shop\'s Instagram.',
          ],
        },
        {
          name: 'Harcourt Lettings', position: 'Office Administrator', location: 'London', startDate: '2020-02', endDate: '2026-03',
          highlights: [
            'Ran the diary and inbox for four lettings agents, kept tenancy files and booked repairs.',
          ],
        },
      ],
      education: [
        { institution: 'Capel Manor College', studyType: 'Level 2 Diploma', area: 'Floristry', startDate: '2024-09', endDate: '2025-07' },
        { institution: 'University of Kent', studyType: 'BA', area: 'English Literature', startDate: '2016-09', endDate: '2019-06' },
      ],
      skills: [
        { name: 'Floristry', keywords: ['Hand-Tied Bouquets', 'Vase Arrangements', 'Buttonholes', 'Flower Conditioning', 'Colour and Design'] },
        { name: 'Shop', keywords: ['Customer Service', 'Order Taking', 'Instagram', 'Microsoft Office'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Gujarati', fluency: 'Conversational' }],
    },
  },
  {
    id: '07-bikemechanic-liammorin',
    style: { dateStyle: 'isoMonth', headerStyle: 'pipeOneLine', linkScheme: true, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Liam Morin',
        label: 'Bicycle Mechanic',
        email: 'liam.morin.bikes@example.com',
        phone: '613-555-0135',
        summary: 'Bike mechanic for five years in a busy independent shop. Road, gravel, mountain and e-bikes: I build wheels, bleed brakes, set up suspension and get commuters back on the road the same day.',
        location: { city: 'Ottawa', region: 'ON' },
        profiles: [{ network: 'GitHub', username: 'liammorin', url: 'https://github.com/liammorin' }],
      },
      work: [
        {
          name: 'Rideau Cycle Works', position: 'Senior Mechanic', location: 'Ottawa, ON', startDate: '2023-03',
          highlights: [
            'Service 25 to 40 bikes a week in season: tune-ups, overhauls, hydraulic brake bleeds and internal cable routing.',
            'Build and true wheels by hand and service Fox and RockShox forks and shocks.',
            'Diagnose and update Bosch and Shimano Steps e-bike systems and pair Di2 and AXS electronic shifting.',
            'Write up repair tickets in Lightspeed, quote customers and order parts from our distributors.',
          ],
        },
        {
          name: 'Rideau Cycle Works', position: 'Mechanic', location: 'Ottawa, ON', startDate: '2021-04', endDate: '2023-02',
          highlights: ['Assembled new bikes out of the box and did flat fixes and basic tune-ups at the service counter.'],
        },
      ],
      education: [
        { institution: 'United Bicycle Institute', studyType: 'Certificate', area: 'Professional Repair and Shop Operation', startDate: '2021-01', endDate: '2021-02' },
        { institution: 'Algonquin College', studyType: 'Diploma (incomplete)', area: 'Mechanical Techniques', startDate: '2018-09', endDate: '2020-04' },
      ],
      skills: [
        { name: 'Repair', keywords: ['Wheel Building', 'Hydraulic Brakes', 'Suspension Service', 'Drivetrain Overhaul', 'E-Bike Diagnostics', 'Electronic Shifting'] },
        { name: 'Shop', keywords: ['Lightspeed POS', 'Customer Quotes', 'Parts Ordering'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'French', fluency: 'Fluent' }],
    },
  },
  {
    id: '08-buildinginspect-raymondkowalski',
    style: { dateStyle: 'year', headerStyle: 'titleThenEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Raymond Kowalski',
        label: 'Building Inspector',
        email: 'ray.kowalski@example.com',
        phone: '(414) 555-0128',
        summary: 'Residential and commercial building inspector for a city of 70,000, seven years in, after fourteen years as a union carpenter. I know how a building goes together, so I catch what the drawings miss.',
        location: { city: 'Waukesha', region: 'WI' },
      },
      work: [
        {
          name: 'City of Brookfield Falls', position: 'Building Inspector II', location: 'Brookfield Falls, WI', startDate: '2019',
          highlights: [
            'Inspect footings, framing, insulation and final for new homes, additions and light commercial work, 10 to 14 inspections a day.',
            'Review residential plans against the Wisconsin Uniform Dwelling Code and the IRC and write correction notices.',
            'Investigate complaints and unpermitted work and issue stop work orders when needed.',
            'Enter inspections and permits in Accela from a tablet in the field.',
          ],
        },
        {
          name: 'Lakeside Builders', position: 'Journeyman Carpenter', location: 'Milwaukee, WI', startDate: '2005', endDate: '2019',
          highlights: [
            'Framed houses and apartment buildings, set trusses and hung doors and windows; foreman on framing crews from 2013.',
          ],
        },
      ],
      education: [
        { institution: 'Carpenters Training Institute', studyType: 'Apprenticeship', area: 'Carpentry', startDate: '2001', endDate: '2005' },
        { institution: 'Waukesha County Technical College', studyType: 'Courses', area: 'Construction Codes and Blueprint Reading', startDate: '2017', endDate: '2018' },
      ],
      skills: [
        { name: 'Inspection', keywords: ['Residential Inspection', 'Framing Inspection', 'Plan Review', 'Code Enforcement', 'Correction Notices'] },
        { name: 'Codes', keywords: ['International Residential Code', 'Uniform Dwelling Code', 'Accela'] },
        { name: 'Certifications', keywords: ['ICC Residential Building Inspector (B1)', 'Wisconsin UDC Construction Inspector'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Polish', fluency: 'Conversational' }],
    },
  },
  {
    id: '09-sleeptech-jasminecarter',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Jasmine Carter',
        label: 'Registered Polysomnographic Technologist (RPSGT)',
        email: 'jasmine.carter.rpsgt@example.com',
        phone: '(919) 555-0184',
        summary: 'Night shift sleep technologist for four years in a hospital sleep center. I hook up, watch and titrate two patients a night and score studies for the physicians the next morning.',
        location: { city: 'Raleigh', region: 'NC' },
      },
      work: [
        {
          name: 'Triangle Sleep Disorders Center', position: 'Polysomnographic Technologist', location: 'Raleigh, NC', startDate: '2022-10',
          highlights: [
            'Run in-lab diagnostic polysomnograms, split-night studies and CPAP and BiPAP titrations on two patients a night.',
            'Apply EEG, EOG, EMG and respiratory sensors by the 10-20 system and troubleshoot signals through the night.',
            'Score sleep stages, arousals, respiratory events and limb movements by AASM rules in Compumedics Profusion.',
            'Fit masks and educate new CPAP patients; set up home sleep apnea test devices for pick-up.',
          ],
        },
        {
          name: 'Wake Respiratory Care', position: 'Sleep Technician Trainee', location: 'Cary, NC', startDate: '2021-08', endDate: '2022-09',
          highlights: ['Did hook-ups and watched studies under an RPSGT while studying for the board exam.'],
        },
      ],
      education: [
        { institution: 'Wake Technical Community College', studyType: 'AAS', area: 'Polysomnography', startDate: '2019-08', endDate: '2021-05' },
      ],
      skills: [
        { name: 'Sleep', keywords: ['Polysomnography', 'CPAP Titration', 'Sleep Scoring', 'Home Sleep Apnea Testing', 'Mask Fitting', 'AASM Scoring Rules'] },
        { name: 'Systems', keywords: ['Compumedics Profusion', 'Epic'] },
        { name: 'Certifications', keywords: ['RPSGT (BRPT)', 'BLS'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '10-emergencymgmt-danielortiz',
    style: { dateStyle: 'slashMonth', headerStyle: 'employerThenTitle', linkScheme: true, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Daniel Ortiz',
        label: 'Emergency Management Coordinator',
        email: 'daniel.ortiz.em@example.com',
        phone: '(505) 555-0152',
        summary: 'County emergency management coordinator for six years, firefighter and EMT for twelve before that. I write the plans, run the exercises and staff the EOC when the wildfire or the flood comes.',
        location: { city: 'Santa Fe', region: 'NM' },
        profiles: [{ network: 'LinkedIn', username: 'danielortiz-em', url: 'https://www.linkedin.com/in/danielortiz-em' }],
      },
      work: [
        {
          name: 'Sangre Valley County Office of Emergency Management', position: 'Emergency Management Coordinator', location: 'Santa Fe, NM', startDate: '2020-06',
          highlights: [
            'Maintain the county Emergency Operations Plan and the hazard mitigation plan; updated both after the 2022 wildfire season.',
            'Activated and managed the county EOC for two wildfires and a flash flood, coordinating evacuations, shelters and mutual aid.',
            'Design and run HSEEP tabletop and functional exercises with fire, police, schools and the hospital, four a year.',
            'Manage EMPG and Homeland Security grant budgets and reporting, about 650,000 dollars a year.',
            'Teach CERT classes and run the county\'s emergency alert system.',
          ],
        },
        {
          name: 'Santa Fe Fire Department', position: 'Firefighter / EMT-Basic', location: 'Santa Fe, NM', startDate: '2008-03', endDate: '2020-05',
          highlights: ['Engine company firefighter and EMT; wildland deployments and incident command on structure fires as acting captain.'],
        },
      ],
      education: [
        { institution: 'New Mexico State University', studyType: 'BS', area: 'Emergency Management (online)', startDate: '2015-08', endDate: '2019-12' },
      ],
      skills: [
        { name: 'Emergency Management', keywords: ['Emergency Operations Plans', 'EOC Management', 'Hazard Mitigation', 'HSEEP Exercises', 'Grant Management', 'Mass Care and Sheltering'] },
        { name: 'Incident Command', keywords: ['ICS-300', 'ICS-400', 'NIMS', 'WebEOC'] },
        { name: 'Certifications', keywords: ['FEMA Professional Development Series', 'EMT-Basic'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Spanish', fluency: 'Fluent' }],
    },
  },
  {
    id: '11-investigator-sandrafitzgerald',
    style: { dateStyle: 'monthName', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Sandra Fitzgerald',
        label: 'Licensed Private Investigator',
        email: 'sandra.fitzgerald.pi@example.com',
        phone: '(602) 555-0193',
        summary: 'Private investigator for ten years after eleven with the police, six of them as a property crimes detective. Surveillance, interviews, background and asset searches, and reports that stand up in court.',
        location: { city: 'Tempe', region: 'AZ' },
      },
      work: [
        {
          name: 'Copper State Investigations', position: 'Senior Investigator', location: 'Phoenix, AZ', startDate: '2016-09',
          highlights: [
            'Work workers\' compensation and disability claim investigations for insurers and self-insured employers: surveillance, activity checks and recorded statements.',
            'Run background and asset searches in TLOxp and court records for law firms, and locate witnesses for civil cases.',
            'Shoot surveillance video and write reports the same day; testified in deposition and at trial.',
            'Interview witnesses and claimants and take signed statements.',
          ],
        },
        {
          name: 'Tempe Police Department', position: 'Detective, Property Crimes', location: 'Tempe, AZ', startDate: '2005-07', endDate: '2016-08',
          highlights: ['Investigated burglary and fraud cases from report to charging; patrol officer for five years before that.'],
        },
      ],
      education: [
        { institution: 'Arizona State University', studyType: 'BS', area: 'Criminal Justice', startDate: '2000-08', endDate: '2004-05' },
      ],
      skills: [
        { name: 'Investigation', keywords: ['Surveillance', 'Covert Video', 'Witness Interviews', 'Background Checks', 'Asset Searches', 'Report Writing', 'Court Testimony'] },
        { name: 'Databases', keywords: ['TLOxp', 'PACER', 'Accurint'] },
        { name: 'Licenses', keywords: ['Arizona Private Investigator License', 'Arizona Armed Guard Card'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '12-networkeng-oliverstrand',
    style: { dateStyle: 'isoMonth', headerStyle: 'datesFirst', linkScheme: true, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Oliver Strand',
        label: 'Network Engineer',
        email: 'oliver.strand.net@example.com',
        phone: '(612) 555-0177',
        summary: 'Network engineer for seven years in enterprise and campus networks. I design and run the routing, switching, wireless and firewalls for a 40-site company, and I automate the boring parts.',
        location: { city: 'Minneapolis', region: 'MN' },
        profiles: [{ network: 'GitHub', username: 'oliverstrand', url: 'https://github.com/oliverstrand' }],
      },
      work: [
        {
          name: 'Northstar Grain Cooperative', position: 'Network Engineer II', location: 'Minneapolis, MN', startDate: '2021-05',
          highlights: [
            'Run the routed and switched network for 40 sites and two data centers on Cisco Catalyst and Nexus with OSPF and BGP.',
            'Moved the branch WAN from MPLS to Cisco SD-WAN, cutting circuit cost by 35 percent.',
            'Manage Palo Alto firewalls and GlobalProtect VPN, and the Meraki wireless at the branches.',
            'Wrote Python and Ansible scripts for config backups and switch port audits.',
          ],
        },
        {
          name: 'TwinCities Managed IT', position: 'Network Technician', location: 'St. Paul, MN', startDate: '2019-01', endDate: '2021-04',
          highlights: ['Installed and troubleshot switches, firewalls and wireless for small business clients.'],
        },
      ],
      education: [
        { institution: 'Dakota County Technical College', studyType: 'AAS', area: 'Network Administration', startDate: '2016-08', endDate: '2018-05' },
      ],
      skills: [
        { name: 'Networking', keywords: ['Routing and Switching', 'OSPF', 'BGP', 'SD-WAN', 'VLANs', 'Wireless'] },
        { name: 'Security', keywords: ['Palo Alto Firewalls', 'VPN'] },
        { name: 'Automation', keywords: ['Python', 'Ansible'] },
        { name: 'Certifications', keywords: ['CCNP Enterprise', 'PCNSA'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
];

/** Korean résumés: rendered by scripts/build-korean-resume-corpus.mjs. */
export const KOREAN_PEOPLE = [
  {
    id: '13-drone-choijunho',
    style: { locationText: '전라남도 나주시 빛가람동', dateStyle: 'dot', ongoingWord: '현재', nameStyle: 'plain', headerStyle: 'pipeOneLine' },
    resume: {
      basics: {
        name: '최준호',
        label: '드론 조종사 (방제·측량)',
        email: 'junho.choi@example.kr',
        phone: '010-3318-7425',
        summary: '농업용 드론 방제와 공간정보 측량 촬영을 4년째 하고 있습니다. 한 시즌에 논 3,000ha 이상을 방제했고, 무사고로 비행하고 있습니다.',
        location: { city: '나주시', region: '전라남도' },
      },
      work: [
        {
          name: '(주)하늘들녘드론', position: '드론 조종사 (팀원)', location: '전남 나주', startDate: '2022-03',
          highlights: [
            '농업용 방제 드론(DJI Agras T40)으로 벼·콩 병해충 방제를 하며 시즌마다 3,000ha 이상을 방제합니다.',
            '비행 전 기체 점검과 배터리 관리, 약제 희석 비율 확인을 하고 방제 일지를 씁니다.',
            '측량용 드론(Phantom 4 RTK)으로 경지 정리 현장을 촬영하고 Pix4D로 정사영상을 만듭니다.',
            '비행 승인·촬영 허가 신청을 드론원스톱으로 처리합니다.',
          ],
        },
        {
          name: '나주농협', position: '농기계 임대사업소 계약직', location: '전남 나주', startDate: '2019-02', endDate: '2022-02',
          highlights: ['농기계 임대·반납 점검과 간단한 정비를 했습니다.'],
        },
      ],
      education: [{ institution: '한국농수산대학', studyType: '전문학사', area: '농기계학과', startDate: '2016-03', endDate: '2019-02' }],
      skills: [
        { name: '비행', keywords: ['방제 비행', '측량 촬영', '기체 점검', '배터리 관리'] },
        { name: '소프트웨어', keywords: ['Pix4D', 'DJI Terra'] },
      ],
      certificates: [
        { name: '초경량비행장치 조종자 1종 (무인멀티콥터)', issuer: '한국교통안전공단', date: '2021-11' },
        { name: '농기계운전기능사', issuer: '한국산업인력공단', date: '2018-07' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2016-05' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '14-showhost-leesoyeon',
    style: { locationText: '서울특별시 마포구 상암동', dateStyle: 'dash', ongoingWord: '재직중', nameStyle: 'withLatin', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '이소연',
        label: '쇼호스트 (TV 홈쇼핑·라이브커머스)',
        email: 'soyeon.lee@example.kr',
        phone: '010-9052-1164',
        summary: 'TV 홈쇼핑 쇼호스트로 8년째 방송하고 있습니다. 뷰티·패션을 주로 맡아 왔고, 최근 2년은 라이브커머스 방송도 진행합니다. 상품을 먼저 써 보고 제 말로 설명합니다.',
        location: { city: '마포구', region: '서울특별시' },
      },
      work: [
        {
          name: '(주)한빛홈쇼핑', position: '전속 쇼호스트', location: '서울 영등포', startDate: '2018-07',
          highlights: [
            '뷰티·패션 상품 생방송을 월 25회 안팎 진행하며 연간 방송 매출 약 600억 원을 냈습니다.',
            'MD·PD와 방송 구성안과 상품 소구점을 함께 잡고 시연 순서를 짭니다.',
            '표시광고법과 방송심의 규정에 맞게 멘트를 준비해 심의 제재 없이 방송했습니다.',
            '2024년부터 자사 모바일 라이브커머스 방송을 주 2회 진행하며 채팅 응대를 합니다.',
          ],
        },
        {
          name: 'OBC 지역방송', position: '리포터', location: '부산', startDate: '2015-03', endDate: '2018-06',
          highlights: ['생활 정보 프로그램 리포터로 현장 취재와 생방송 연결을 했습니다.'],
        },
      ],
      education: [{ institution: '부경대학교', studyType: '학사', area: '신문방송학과', startDate: '2010-03', endDate: '2014-02' }],
      skills: [
        { name: '방송', keywords: ['생방송 진행', '상품 시연', '방송 구성', '라이브커머스', '방송심의'] },
        { name: '상품', keywords: ['뷰티', '패션', '이너웨어'] },
      ],
      certificates: [{ name: '한국어능력시험 1급', issuer: 'KBS', date: '2017-05' }],
      languages: [{ language: '영어', fluency: '일상 회화' }],
    },
  },
  {
    id: '15-appraisal-jeongsunghoon',
    style: { locationText: '서울특별시 송파구 잠실동', dateStyle: 'dotSpaced', ongoingWord: '재직 중', nameStyle: 'spaced', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '정성훈',
        label: '감정평가사 (팀장)',
        email: 'sunghoon.jeong@example.kr',
        phone: '010-2279-4863',
        summary: '감정평가사로 12년째 일하고 있고, 최근 5년은 평가 2팀 팀장으로 감정평가사 6명과 함께 담보·경매·보상 평가를 합니다. 근거가 분명한 평가서를 씁니다.',
        location: { city: '송파구', region: '서울특별시' },
      },
      work: [
        {
          name: '(주)한결감정평가법인', position: '평가2팀 팀장', location: '서울 서초', startDate: '2021-01',
          highlights: [
            '시중은행 담보평가와 법원 경매평가를 맡아 연 400건 안팎의 평가서를 검토·서명합니다.',
            '공공사업 토지 보상평가(도로·택지 개발) 현장 조사와 보상액 산정을 책임집니다.',
            '팀원 6명의 평가서 심사와 업무 배분, 신입 감정평가사 수습 교육을 합니다.',
            '감정평가 실무기준과 부동산 가격공시법 개정 내용을 팀에 정리해 공유합니다.',
          ],
        },
        {
          name: '(주)한결감정평가법인', position: '감정평가사', location: '서울 서초', startDate: '2014-01', endDate: '2020-12',
          highlights: ['아파트·상가·공장 담보평가와 표준지 공시지가 조사·평가를 했습니다.'],
        },
      ],
      education: [{ institution: '건국대학교', studyType: '학사', area: '부동산학과', startDate: '2006-03', endDate: '2012-02' }],
      skills: [
        { name: '평가', keywords: ['담보평가', '경매평가', '보상평가', '공시지가 평가', '시장가치 분석'] },
        { name: '관리', keywords: ['평가서 심사', '팀 관리', '수습 교육'] },
        { name: '도구', keywords: ['Excel', '부동산 공시가격 알리미', '씨:리얼'] },
      ],
      certificates: [{ name: '감정평가사', issuer: '국토교통부', date: '2013-11' }],
      languages: [{ language: '영어', fluency: '업무상 문서 독해 (TOEIC 780)' }],
    },
  },
  {
    id: '16-tiling-hanjieun',
    style: { locationText: '경기도 수원시 영통구', dateStyle: 'korean', ongoingWord: 'open', nameStyle: 'plain', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '한지은',
        label: '타일 기능공',
        email: 'jieun.han@example.kr',
        phone: '010-6640-3197',
        summary: '카페 매니저로 7년 일하다가 타일 일을 배워 2년째 현장에서 일하고 있습니다. 아파트 욕실·주방 리모델링 타일을 주로 붙이고, 줄눈과 방수까지 깔끔하게 마무리합니다.',
        location: { city: '수원시', region: '경기도' },
      },
      work: [
        {
          name: '반듯타일 시공팀', position: '타일 기능공 (조공에서 기공으로)', location: '경기 수원', startDate: '2024-11',
          highlights: [
            '아파트 욕실·주방 리모델링 현장에서 벽·바닥 타일(600각 포세린 포함)을 붙입니다.',
            '바닥 구배와 레벨을 잡고, 떠붙임·압착 시공을 현장에 맞게 합니다.',
            '욕실 바닥 액체 방수와 줄눈(에폭시) 마감을 맡습니다.',
            '2025년 가을부터 팀장님이 맡긴 작은 욕실은 혼자 시공합니다.',
          ],
        },
        {
          name: '카페 온도', position: '매니저', location: '경기 수원', startDate: '2017-04', endDate: '2024-06',
          highlights: ['매장 운영과 직원 6명 근무표, 재고·발주를 맡았습니다.'],
        },
      ],
      education: [
        { institution: '경기폴리텍 직업훈련원', studyType: '수료', area: '건축 타일 시공 과정', startDate: '2024-07', endDate: '2024-10' },
        { institution: '수원여자대학교', studyType: '전문학사', area: '호텔외식조리과', startDate: '2014-03', endDate: '2016-02' },
      ],
      skills: [
        { name: '시공', keywords: ['벽타일', '바닥타일', '압착 시공', '떠붙임', '줄눈 시공', '욕실 방수'] },
      ],
      certificates: [
        { name: '타일기능사', issuer: '한국산업인력공단', date: '2025-06' },
        { name: '건설업 기초안전보건교육 이수', issuer: '한국산업안전보건공단', date: '2024-10' },
      ],
      languages: [{ language: '영어', fluency: '기초 회화' }],
    },
  },
];
