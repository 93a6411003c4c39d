// The content of the wave 14 held-back analysis set (test/fixtures/analysis/heldback-w14/, issue #12):
// sixteen fictional people, twelve written in English and four in Korean, each of an occupation that no
// earlier analysis set or résumé corpus has (public corpus, fresh, holdout 1–8, the Korean corpus,
// heldback-w7 … heldback-w13): hemodialysis technician, golf course superintendent, sheetfed offset press
// operator, water well driller, music therapist (eighteen months in), podiatrist, correctional sergeant,
// foundry melt supervisor, executive assistant, advanced scaffolder, licensed nuclear reactor operator (once
// a Navy nuclear technician), head cheesemaker (once a line cook); 청과 경매사, 우체국 집배원 (once a
// convenience-store manager), 굴착기 기사 (once a factory worker), 생활도자 도예가.
// Fields are spread on purpose, all far from software (the dialysis clinic, turfgrass, the pressroom, water
// wells, the children's hospital, foot and ankle surgery, a state prison, an iron foundry, the chief
// executive's office, scaffolding, a nuclear control room, a farmstead creamery, a wholesale produce market,
// mail delivery, earthworks, pottery). Seniorities run from a music therapist eighteen months in, a mail
// carrier three years in and an excavator operator two years in, to a superintendent of sixteen years in
// turf, a melt supervisor of fourteen and an auctioneer of fifteen; managers (golf course superintendent,
// correctional sergeant, melt supervisor, 경매 팀장) and individual contributors; four career changers
// (reactor operator, cheesemaker, 집배원, 굴착기 기사).
// Every résumé is written out in full: its own employers, dates, bullets (phrased the way that person would
// write them), schools, skills and summary, and its own rendering style.
// Written in full on 2026-12-01 by an engineer who does not tune the analysis, before anything was rendered
// or scored; the set is frozen by hash (manifest.json) and never tuned on. Names and employers are invented
// by hand (schools, certifying bodies and products are real); phone numbers use fictional ranges (US/CA
// 555-01xx, Ofcom drama 0161 496 0xxx and 0117 496 0xxx; the Korean ones are made up); e-mail at
// example.com / example.kr. The English text keeps to characters pdflatex typesets (no degree signs, no
// mathematical symbols).

/** English résumés: rendered by scripts/build-resume-corpus.mjs (`style`: dateStyle, headerStyle, linkScheme, bulletGlyph). */
export const ENGLISH_PEOPLE = [
  {
    id: '01-dialysis-marisolvega',
    style: { dateStyle: 'monthName', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Marisol Vega',
        label: 'Certified Hemodialysis Technician (CCHT)',
        email: 'marisol.vega.ccht@example.com',
        phone: '(915) 555-0138',
        summary: 'Hemodialysis patient care technician for four years in a 24-chair outpatient clinic, CNA for two years before that. I cannulate fistulas and grafts, run the machines and the water room checks, and I know my patients by name.',
        location: { city: 'El Paso', region: 'TX' },
      },
      work: [
        {
          name: 'Franklin Mountain Kidney Center', position: 'Patient Care Technician, Hemodialysis', location: 'El Paso, TX', startDate: '2022-09',
          highlights: [
            'Put 12 to 14 patients a shift on and off in-center hemodialysis on Fresenius 2008T machines: set-up, priming, pre and post weights and vitals.',
            'Cannulate AV fistulas and grafts, including buttonhole sites, and assess access for thrill and bruit before every treatment.',
            'Watch patients during treatment, chart vitals every 30 minutes and report cramping, hypotension or alarms to the charge nurse.',
            'Run total chlorine checks before every shift and log the water treatment system readings for the biomed technician.',
            'Draw monthly labs from the lines and spin and package specimens for the reference lab.',
          ],
        },
        {
          name: 'Sun City Rehabilitation and Nursing', position: 'Certified Nursing Assistant', location: 'El Paso, TX', startDate: '2020-06', endDate: '2022-08',
          highlights: ['Bathing, feeding, transfers and vitals for 12 residents a shift on a long-term care floor.'],
        },
      ],
      education: [
        { institution: 'El Paso Community College', studyType: 'Certificate', area: 'Nurse Aide', startDate: '2020-01', endDate: '2020-05' },
        { institution: 'Bel Air High School', studyType: 'High School Diploma', startDate: '2015', endDate: '2019' },
      ],
      skills: [
        { name: 'Dialysis', keywords: ['In-Center Hemodialysis', 'AV Fistula and Graft Cannulation', 'Buttonhole Cannulation', 'Fresenius 2008T', 'Water Treatment Checks', 'Vascular Access Assessment'] },
        { name: 'Patient Care', keywords: ['Vital Signs', 'Patient Monitoring', 'Specimen Collection', 'Infection Control'] },
        { name: 'Certifications', keywords: ['CCHT (Nephrology Nursing Certification Commission)', 'BLS (American Heart Association)', 'Texas CNA'] },
      ],
      languages: [{ language: 'English', fluency: 'Fluent' }, { language: 'Spanish', fluency: 'Native' }],
    },
  },
  {
    id: '02-golfcourse-danielmcbride',
    style: { dateStyle: 'year', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Daniel McBride',
        label: 'Golf Course Superintendent, GCSAA Class A',
        email: 'dan.mcbride.turf@example.com',
        phone: '(610) 555-0186',
        summary: 'Sixteen years in golf course maintenance, the last eight as superintendent of a private 18-hole club. Bentgrass greens that roll fast in August, a crew that stays, and a budget the board trusts.',
        location: { city: 'West Chester', region: 'PA' },
      },
      work: [
        {
          name: 'Brandywine Heron Club', position: 'Golf Course Superintendent', location: 'West Chester, PA', startDate: '2018-01',
          highlights: [
            'Run all agronomy and maintenance for a 140-acre private club with 24,000 rounds a year: bentgrass/Poa greens, bentgrass fairways and bluegrass rough.',
            'Lead a crew of 14 full-time and seasonal staff and two assistants; hire, train and schedule year round.',
            'Plan and hold a 1.4 million dollar operating budget and the capital equipment plan; report monthly to the green committee.',
            'Write the integrated pest management and nutrient plans and keep pesticide records for the state; cut fungicide spend 18 percent with spoon feeding and moisture meters.',
            'Run the Toro Lynx central irrigation control and rebuilt 30 fairway heads per season with our own crew.',
          ],
        },
        {
          name: 'Chadds Ford Golf Club', position: 'First Assistant Superintendent', location: 'Chadds Ford, PA', startDate: '2013-01', endDate: '2017-12',
          highlights: ['Ran daily setup, spray program and equipment for the crew; led the bunker sand replacement on 62 bunkers.'],
        },
        {
          name: 'Chadds Ford Golf Club', position: 'Crew Member and Spray Technician', location: 'Chadds Ford, PA', startDate: '2010-04', endDate: '2012-12',
          highlights: ['Mowed greens and fairways and sprayed under the assistant.'],
        },
      ],
      education: [
        { institution: 'The Pennsylvania State University', studyType: 'BS', area: 'Turfgrass Science', startDate: '2006', endDate: '2010' },
      ],
      skills: [
        { name: 'Agronomy', keywords: ['Bentgrass Greens', 'Integrated Pest Management', 'Nutrient Management', 'Soil Testing', 'Irrigation Management'] },
        { name: 'Management', keywords: ['Crew Leadership', 'Budgeting', 'Capital Planning', 'Green Committee Reporting'] },
        { name: 'Systems', keywords: ['Toro Lynx', 'Excel'] },
        { name: 'Credentials', keywords: ['GCSAA Class A', 'Pennsylvania Commercial Pesticide Applicator (Category 03 Turf)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '03-printing-kevinosei',
    style: { dateStyle: 'slashMonth', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Kevin Osei',
        label: 'Sheetfed Offset Press Operator',
        email: 'kevin.osei.press@example.com',
        phone: '(905) 555-0121',
        summary: 'Lead pressman on a six-colour Heidelberg for nine years at a commercial printer. Short makereadies, colour the client signs off at the press, and a clean press at the end of every shift.',
        location: { city: 'Mississauga', region: 'ON' },
      },
      work: [
        {
          name: 'Credit Valley Printing Ltd.', position: 'Lead Press Operator', location: 'Mississauga, ON', startDate: '2019-03',
          highlights: [
            'Run a Heidelberg Speedmaster XL 106 six-colour with coater: catalogues, folding cartons, annual reports and point-of-purchase work.',
            'Bring jobs up to colour to G7 targets with the X-Rite spectrophotometer and Prinect Image Control; handle client press checks.',
            'Cut average makeready from 22 to 14 minutes with CIP3 ink presets and plate changes staged off press.',
            'Train and direct the second pressman and the feeder; run weekly maintenance on rollers, blankets and the dampening system.',
          ],
        },
        {
          name: 'Credit Valley Printing Ltd.', position: 'Second Press Operator', location: 'Mississauga, ON', startDate: '2016-05', endDate: '2019-02',
          highlights: ['Ran the feeder and delivery, washed up and changed blankets on a four-colour Speedmaster SM 74.'],
        },
      ],
      education: [
        { institution: 'Humber College', studyType: 'Certificate', area: 'Print Production', startDate: '2015-09', endDate: '2016-04' },
      ],
      skills: [
        { name: 'Press', keywords: ['Sheetfed Offset Printing', 'Heidelberg Speedmaster', 'Makeready', 'Colour Management', 'G7', 'Aqueous Coating'] },
        { name: 'Quality', keywords: ['Spectrophotometer', 'Densitometry', 'Press Checks'] },
        { name: 'Other', keywords: ['Press Maintenance', 'WHMIS', 'Forklift Certified'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Twi', fluency: 'Conversational' }],
    },
  },
  {
    id: '04-welldrilling-garrettlindqvist',
    style: { dateStyle: 'year', headerStyle: 'oneLineComma', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Garrett Lindqvist',
        label: 'Licensed Water Well Driller',
        email: 'garrett.lindqvist@example.com',
        phone: '(218) 555-0164',
        summary: 'Water well driller for eleven years in northern Minnesota, lead driller on my own rig for seven. Domestic, farm and small municipal wells, and the pumps that go in them.',
        location: { city: 'Brainerd', region: 'MN' },
      },
      work: [
        {
          name: 'Lindqvist and Sons Well Drilling', position: 'Lead Driller', location: 'Brainerd, MN', startDate: '2019-01',
          highlights: [
            'Drill about 90 domestic and irrigation wells a year with a mud rotary top-head rig, 4 to 8 inch casing, to 400 feet.',
            'Log cuttings and formations, set screens, grout the casing and file well records with the Minnesota Department of Health.',
            'Install submersible pumps, pitless adapters, pressure tanks and controls, and troubleshoot no-water calls.',
            'Disinfect new wells and take bacteria and nitrate samples for the county.',
            'Train and direct a driller helper; keep the rig, the water truck and the pipe trailer on the road.',
          ],
        },
        {
          name: 'Lindqvist and Sons Well Drilling', position: 'Driller Helper', location: 'Brainerd, MN', startDate: '2015-01', endDate: '2018-12',
          highlights: ['Handled pipe, mixed mud and ran the water truck; learned air rotary in bedrock.'],
        },
      ],
      education: [
        { institution: 'Central Lakes College', studyType: 'Diploma', area: 'Diesel Technology', startDate: '2013', endDate: '2015' },
      ],
      skills: [
        { name: 'Drilling', keywords: ['Mud Rotary Drilling', 'Air Rotary Drilling', 'Well Construction', 'Grouting', 'Formation Logging'] },
        { name: 'Pumps', keywords: ['Submersible Pumps', 'Pitless Adapters', 'Pressure Tanks', 'Well Disinfection'] },
        { name: 'Licences', keywords: ['Minnesota Licensed Well Contractor', 'CDL Class A', 'DOT Medical Card'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '05-musictherapy-priyanair',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleThenEmployer', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Priya Nair',
        label: 'Music Therapist, MT-BC',
        email: 'priya.nair.mtbc@example.com',
        phone: '(850) 555-0109',
        summary: 'Board-certified music therapist eighteen months into my first job, on the pediatric floors of a children\'s hospital. Guitar, piano and voice; I write songs with kids and use music to get them through procedures.',
        location: { city: 'Tallahassee', region: 'FL' },
        profiles: [{ network: 'LinkedIn', username: 'priyanair-mtbc', url: 'https://www.linkedin.com/in/priyanair-mtbc' }],
      },
      work: [
        {
          name: 'Apalachee Children\'s Hospital', position: 'Music Therapist', location: 'Tallahassee, FL', startDate: '2025-06',
          highlights: [
            'See about 25 children and teens a week on the hematology-oncology, surgical and rehab units, one to one and in groups.',
            'Support kids through IV starts and dressing changes with live music and breathing cues, on referral from nurses and child life.',
            'Run songwriting and legacy projects with patients and families, including recordings for families at end of life.',
            'Assess, plan and chart every session in Epic, and track goals for pain, anxiety and coping.',
          ],
        },
        {
          name: 'Big Bend Hospice', position: 'Music Therapy Intern', location: 'Tallahassee, FL', startDate: '2024-08', endDate: '2025-02',
          highlights: ['Completed a six-month, 1,040-hour clinical internship with hospice and inpatient psychiatric patients.'],
        },
      ],
      education: [
        { institution: 'Florida State University', studyType: 'Bachelor of Music', area: 'Music Therapy', startDate: '2020-08', endDate: '2024-05' },
      ],
      skills: [
        { name: 'Clinical', keywords: ['Procedural Support', 'Songwriting', 'Legacy Projects', 'Pain Management', 'Clinical Documentation'] },
        { name: 'Instruments', keywords: ['Guitar', 'Piano', 'Voice', 'Hand Percussion'] },
        { name: 'Systems', keywords: ['Epic'] },
        { name: 'Credentials', keywords: ['MT-BC (Certification Board for Music Therapists)', 'BLS'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Malayalam', fluency: 'Conversational' }],
    },
  },
  {
    id: '06-podiatry-samuelgreer',
    style: { dateStyle: 'monthName', headerStyle: 'datesFirst', linkScheme: true, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Samuel Greer, DPM',
        label: 'Podiatric Physician and Surgeon',
        email: 'samuel.greer.dpm@example.com',
        phone: '(503) 555-0152',
        summary: 'Foot and ankle surgeon in practice for six years after a three-year surgical residency. Diabetic limb salvage, reconstructive rearfoot surgery and a busy general podiatry clinic.',
        location: { city: 'Portland', region: 'OR' },
        profiles: [{ network: 'LinkedIn', username: 'samuelgreer-dpm', url: 'https://www.linkedin.com/in/samuelgreer-dpm' }],
      },
      work: [
        {
          name: 'Willamette Foot and Ankle Associates', position: 'Partner Podiatrist', location: 'Portland, OR', startDate: '2023-01',
          highlights: [
            'See about 90 patients a week in clinic: diabetic foot exams, heel pain, ingrown nails, sports injuries and custom orthotics.',
            'Operate two days a week at two hospitals and an ambulatory surgery center: bunion and hammertoe correction, ankle fractures, Charcot reconstruction.',
            'Run the practice\'s diabetic wound clinic with sharp debridement, offloading and skin substitutes; amputation rate in our diabetic ulcer patients under 4 percent.',
            'Take call for two hospitals and supervise third-year residents on rotation.',
          ],
        },
        {
          name: 'Willamette Foot and Ankle Associates', position: 'Associate Podiatrist', location: 'Portland, OR', startDate: '2020-08', endDate: '2022-12',
          highlights: ['Built a clinic panel from zero to 60 patients a week and took general call.'],
        },
        {
          name: 'Kaiser Permanente (residency)', position: 'Podiatric Medicine and Surgery Resident (PMSR/RRA)', location: 'Oakland, CA', startDate: '2017-07', endDate: '2020-06',
          highlights: ['Three-year PMSR with the reconstructive rearfoot and ankle credential.'],
        },
      ],
      education: [
        { institution: 'Temple University School of Podiatric Medicine', studyType: 'DPM', area: 'Podiatric Medicine', startDate: '2013-08', endDate: '2017-05' },
        { institution: 'University of Oregon', studyType: 'BS', area: 'Human Physiology', startDate: '2009-09', endDate: '2013-06' },
      ],
      skills: [
        { name: 'Surgery', keywords: ['Forefoot Surgery', 'Rearfoot and Ankle Reconstruction', 'Ankle Fracture Fixation', 'Charcot Reconstruction'] },
        { name: 'Clinic', keywords: ['Diabetic Foot Care', 'Wound Care', 'Limb Salvage', 'Custom Orthotics', 'Sports Medicine'] },
        { name: 'Credentials', keywords: ['Board Certified, American Board of Foot and Ankle Surgery (ABFAS)', 'Oregon Podiatric License', 'DEA Registration'] },
        { name: 'Systems', keywords: ['Epic', 'Modmed'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '07-corrections-tashawilliams',
    style: { dateStyle: 'isoMonth', headerStyle: 'titleLineBelow', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Tasha Williams',
        label: 'Correctional Sergeant',
        email: 'tasha.williams.corr@example.com',
        phone: '(478) 555-0190',
        summary: 'Twelve years in a state prison, five as a shift sergeant over a medium-security compound. I run a safe, by-the-book shift, write reports that hold up, and talk people down before force is needed.',
        location: { city: 'Macon', region: 'GA' },
      },
      work: [
        {
          name: 'Georgia Department of Corrections, Ocmulgee River State Prison', position: 'Correctional Sergeant', location: 'Hawkinsville, GA', startDate: '2021-04',
          highlights: [
            'Supervise 10 to 12 officers a shift over 1,100 men: post assignments, counts, movement and shift briefings.',
            'Review and sign use-of-force, incident and disciplinary reports; testified at four disciplinary hearings and one civil deposition.',
            'Lead cell and area searches; our shift took the most contraband of any shift in 2024, including 60 phones.',
            'Keep the compound PREA compliant: rounds, cross-gender announcements and first-responder duties; trained all new officers on it.',
            'Member of the crisis intervention team; talk down mental health crises and coordinate with medical and mental health staff.',
          ],
        },
        {
          name: 'Georgia Department of Corrections, Ocmulgee River State Prison', position: 'Correctional Officer', location: 'Hawkinsville, GA', startDate: '2014-06', endDate: '2021-03',
          highlights: ['Worked housing units, the control room and the perimeter; field training officer for new hires from 2018.'],
        },
      ],
      education: [
        { institution: 'Central Georgia Technical College', studyType: 'AAS', area: 'Criminal Justice', startDate: '2012-08', endDate: '2014-05' },
      ],
      skills: [
        { name: 'Security', keywords: ['Inmate Supervision', 'Counts and Movement', 'Searches and Contraband', 'Use of Force', 'Emergency Response'] },
        { name: 'Leadership', keywords: ['Shift Supervision', 'Field Training Officer', 'Report Review'] },
        { name: 'Credentials', keywords: ['Georgia POST Certified Correctional Officer', 'Crisis Intervention Team (CIT)', 'PREA Training', 'CPR/First Aid'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '08-foundry-rafaelcosta',
    style: { dateStyle: 'monthName', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Rafael Costa',
        label: 'Melt Department Supervisor, Iron Foundry',
        email: 'rafael.costa.melt@example.com',
        phone: '(920) 555-0117',
        summary: 'Fourteen years in gray and ductile iron, the last six supervising the melt deck of a 60,000-ton-a-year automotive and municipal castings foundry. Iron on chemistry, on time, and everyone home with both hands.',
        location: { city: 'Appleton', region: 'WI' },
      },
      work: [
        {
          name: 'Fox River Castings', position: 'Melt Supervisor (2nd shift)', location: 'Neenah, WI', startDate: '2020-03',
          highlights: [
            'Supervise 9 melters, pourers and ladle men on four 12-ton Inductotherm induction furnaces feeding two molding lines.',
            'Own iron chemistry: charge calculations, spectrometer checks, magnesium treatment and inoculation for ductile grades; scrap from metal chemistry down from 2.1 to 0.8 percent.',
            'Run thermal analysis and wedge tests and sign off every heat before the pour.',
            'Lead toolbox talks, furnace refractory relines and molten metal PPE audits; two years without a recordable on the melt deck.',
          ],
        },
        {
          name: 'Fox River Castings', position: 'Furnace Operator', location: 'Neenah, WI', startDate: '2015-06', endDate: '2020-02',
          highlights: ['Charged and melted, took samples and tapped to the ladles.'],
        },
        {
          name: 'Fox River Castings', position: 'Pourer', location: 'Neenah, WI', startDate: '2012-04', endDate: '2015-05',
          highlights: ['Poured green sand molds on the automatic line.'],
        },
      ],
      education: [
        { institution: 'Fox Valley Technical College', studyType: 'Technical Diploma', area: 'Industrial Maintenance', startDate: '2010-08', endDate: '2012-05' },
      ],
      skills: [
        { name: 'Metallurgy', keywords: ['Gray Iron', 'Ductile Iron', 'Induction Melting', 'Charge Calculation', 'Spectrometer Analysis', 'Thermal Analysis', 'Inoculation'] },
        { name: 'Leadership', keywords: ['Shift Supervision', 'Safety Audits', 'Training'] },
        { name: 'Safety', keywords: ['OSHA 30', 'Molten Metal Safety', 'Overhead Crane Operation'] },
      ],
      languages: [{ language: 'English', fluency: 'Fluent' }, { language: 'Portuguese', fluency: 'Native' }],
    },
  },
  {
    id: '09-execassistant-claireashdown',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Claire Ashdown',
        label: 'Executive Assistant to the Chief Executive',
        email: 'claire.ashdown.ea@example.com',
        phone: '0117 496 0582',
        summary: 'Executive assistant for ten years, the last five to the chief executive of a 900-person housing association. I run a diary nobody else could, prepare the board, and keep confidences.',
        location: { city: 'Bristol', region: 'England' },
      },
      work: [
        {
          name: 'Avonside Homes', position: 'Executive Assistant to the Chief Executive', location: 'Bristol', startDate: '2021-02',
          highlights: [
            'Manage the chief executive\'s diary, inbox and travel in Outlook, juggling board, regulator, council and tenant meetings.',
            'Coordinate six board and committee meetings a year: agendas, board packs, minutes and the action log.',
            'Organise the annual leadership away-day and tenant conference for 250 people, from venue to budget.',
            'Process expenses in SAP Concur and look after purchase orders for the executive office.',
            'First point of contact for the executive team; handle confidential HR and legal correspondence.',
          ],
        },
        {
          name: 'Cabot Law LLP', position: 'Personal Assistant to Two Partners', location: 'Bristol', startDate: '2016-09', endDate: '2021-01',
          highlights: ['Diaries, client billing queries, document formatting and meeting rooms for two corporate partners.'],
        },
      ],
      education: [
        { institution: 'University of the West of England', studyType: 'BA (Hons)', area: 'English Language', startDate: '2013-09', endDate: '2016-06' },
      ],
      skills: [
        { name: 'Support', keywords: ['Diary Management', 'Board Papers', 'Minute Taking', 'Travel Booking', 'Event Planning', 'Expenses'] },
        { name: 'Software', keywords: ['Microsoft 365', 'Outlook', 'Teams', 'SAP Concur', 'Zoom'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'French', fluency: 'Intermediate' }],
    },
  },
  {
    id: '10-scaffolding-liamdoherty',
    style: { dateStyle: 'year', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Liam Doherty',
        label: 'Advanced Scaffolder (CISRS)',
        email: 'liam.doherty.scaff@example.com',
        phone: '0161 496 0731',
        summary: 'Scaffolder for eight years, CISRS Advanced for three and chargehand of a gang of four. Tube and fitting, system scaffold, temporary roofs and loading bays, built to the drawing and to TG20.',
        location: { city: 'Manchester', region: 'England' },
      },
      work: [
        {
          name: 'Irwell Access Ltd', position: 'Advanced Scaffolder / Chargehand', location: 'Manchester', startDate: '2022',
          highlights: [
            'Chargehand of a gang of four on commercial, residential and hospital jobs across Greater Manchester.',
            'Erect and dismantle tube and fitting and Layher Allround system scaffolds, cantilevers, bridges, loading bays and temporary roofs to design drawings.',
            'Inspect and tag scaffolds, fill in the inspection register and hand over to site managers.',
            'Keep the gang to SG4 fall prevention and safe lifting on every lift; no reportable accidents on my jobs.',
          ],
        },
        {
          name: 'Irwell Access Ltd', position: 'Scaffolder', location: 'Manchester', startDate: '2018', endDate: '2021',
          highlights: ['Built independent and birdcage scaffolds and hoist runs on housing and commercial sites.'],
        },
        {
          name: 'Northfield Scaffolding', position: 'Trainee Scaffolder', location: 'Salford', startDate: '2016', endDate: '2018',
          highlights: ['Labouring and learning the trade; CISRS Part 1 and 2.'],
        },
      ],
      education: [
        { institution: 'CITB National Construction College', studyType: 'CISRS Advanced Scaffolder', area: 'Scaffolding', startDate: '2022', endDate: '2022' },
      ],
      skills: [
        { name: 'Scaffolding', keywords: ['Tube and Fitting', 'Layher Allround', 'Cantilevers and Bridges', 'Temporary Roofs', 'Loading Bays', 'Scaffold Inspection', 'Working at Height'] },
        { name: 'Standards', keywords: ['TG20', 'SG4', 'Reading Scaffold Drawings'] },
        { name: 'Cards', keywords: ['CISRS Advanced Scaffolder Card', 'PASMA', 'Full UK Driving Licence'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '11-reactorops-jamalbrooks',
    style: { dateStyle: 'isoMonth', headerStyle: 'titleThenEmployer', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Jamal Brooks',
        label: 'Licensed Reactor Operator (NRC)',
        email: 'jamal.brooks.ro@example.com',
        phone: '(803) 555-0148',
        summary: 'NRC-licensed reactor operator at a two-unit pressurized water reactor station for five years, after six years as a Navy nuclear electronics technician on a fast-attack submarine. Procedure use, three-way communication and a questioning attitude are how I work.',
        location: { city: 'Aiken', region: 'SC' },
        profiles: [{ network: 'LinkedIn', username: 'jamalbrooks-ro', url: 'https://www.linkedin.com/in/jamalbrooks-ro' }],
      },
      work: [
        {
          name: 'Savannah Bend Nuclear Station', position: 'Reactor Operator', location: 'Jenkinsville, SC', startDate: '2021-08',
          highlights: [
            'Operate the reactor and primary plant of a Westinghouse four-loop PWR at the controls: power changes, surveillances and shift turnover.',
            'Took part in three refueling outages and two plant startups from cold shutdown.',
            'Work through abnormal and emergency operating procedures with the crew in quarterly simulator training; passed every requalification exam.',
            'Write and review clearance orders for equipment tagging and enter condition reports in the corrective action program.',
          ],
        },
        {
          name: 'Savannah Bend Nuclear Station', position: 'Non-Licensed Operator', location: 'Jenkinsville, SC', startDate: '2019-09', endDate: '2021-07',
          highlights: ['Field operator rounds in the auxiliary and turbine buildings while in the licensed operator class.'],
        },
        {
          name: 'United States Navy', position: 'Electronics Technician (Nuclear), Reactor Operator', location: 'Groton, CT', startDate: '2013-06', endDate: '2019-08',
          highlights: ['Stood reactor operator and shutdown reactor operator watches on a Los Angeles class submarine; qualified Engineering Watch Supervisor.'],
        },
      ],
      education: [
        { institution: 'Naval Nuclear Power Training Command', studyType: 'Nuclear Power School and Prototype', area: 'Electronics Technician (Nuclear)', startDate: '2013-08', endDate: '2015-02' },
        { institution: 'Excelsior University', studyType: 'AS', area: 'Nuclear Technology', startDate: '2016-01', endDate: '2019-05' },
      ],
      skills: [
        { name: 'Operations', keywords: ['Reactor Operations', 'PWR Plant Systems', 'Emergency Operating Procedures', 'Technical Specifications', 'Clearance and Tagging', 'Plant Startup and Shutdown'] },
        { name: 'Human Performance', keywords: ['Procedure Use and Adherence', 'Three-Way Communication', 'Peer Checking'] },
        { name: 'Credentials', keywords: ['NRC Reactor Operator License', 'Navy Nuclear Qualified'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '12-cheesemaking-annikafrost',
    style: { dateStyle: 'slashMonth', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Annika Frost',
        label: 'Head Cheesemaker',
        email: 'annika.frost.cheese@example.com',
        phone: '(802) 555-0173',
        summary: 'Head cheesemaker at a farmstead creamery, six years in cheese after five on restaurant lines. Raw-milk alpine wheels and bloomy rinds from our own cows, made by hand and aged in our own cave.',
        location: { city: 'Middlebury', region: 'VT' },
      },
      work: [
        {
          name: 'Otter Creek Farmstead Creamery', position: 'Head Cheesemaker', location: 'Weybridge, VT', startDate: '2022-05',
          highlights: [
            'Make cheese five days a week from 1,200 gallons of our Jersey herd\'s milk: a raw-milk alpine tomme, a washed rind and two pasteurized bloomy rinds.',
            'Run the vat pasteurizer and the make from culturing to pressing; keep make sheets, pH and acidity logs for every batch.',
            'Manage the aging cave: turning, brushing and washing about 3,000 wheels and deciding when each batch is ready.',
            'Wrote the food safety plan as the creamery\'s PCQI and run environmental Listeria swabbing; passed two state inspections and one FDA inspection.',
            'Train and schedule two cheesemakers and a packer; clean-in-place and sanitation of the make room daily.',
          ],
        },
        {
          name: 'Otter Creek Farmstead Creamery', position: 'Cheesemaker', location: 'Weybridge, VT', startDate: '2020-06', endDate: '2022-04',
          highlights: ['Made and packed cheese, turned wheels in the cave and ran the milk truck to the farm store.'],
        },
        {
          name: 'Juniper Table', position: 'Line Cook', location: 'Burlington, VT', startDate: '2015-04', endDate: '2020-05',
          highlights: ['Grill and garde manger stations in a 90-seat farm-to-table restaurant.'],
        },
      ],
      education: [
        { institution: 'University of Vermont', studyType: 'Certificate', area: 'Artisan Cheesemaking', startDate: '2021-01', endDate: '2021-06' },
        { institution: 'New England Culinary Institute', studyType: 'AOS', area: 'Culinary Arts', startDate: '2013-09', endDate: '2015-03' },
      ],
      skills: [
        { name: 'Cheesemaking', keywords: ['Raw Milk Cheese', 'Alpine and Bloomy Rind Styles', 'Vat Pasteurization', 'Affinage', 'Cave Management', 'pH and Acidity Testing'] },
        { name: 'Food Safety', keywords: ['PCQI (FSPCA)', 'HACCP', 'Environmental Monitoring', 'Clean-in-Place (CIP)', 'Sanitation'] },
        { name: 'Credentials', keywords: ['ACS Certified Cheese Professional', 'ServSafe Manager'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
];

/** Korean résumés: rendered by scripts/build-korean-resume-corpus.mjs (`style`: locationText, dateStyle, ongoingWord, nameStyle, headerStyle). */
export const KOREAN_PEOPLE = [
  {
    id: '13-produceauction-parkmincheol',
    style: { locationText: '서울특별시 송파구 가락동', dateStyle: 'dot', ongoingWord: '현재', nameStyle: 'withLatin', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '박민철',
        label: '청과 경매사 (경매 2팀장)',
        email: 'mincheol.park@example.kr',
        phone: '010-4172-8830',
        summary: '공영도매시장 청과 경매사로 15년 일했고, 경매사로 10년, 최근 3년은 과일 경매 2팀장을 맡고 있습니다. 사과·배·감귤을 주로 경매하며 산지 출하자와 중도매인 모두가 믿는 가격을 만드는 것을 원칙으로 합니다.',
        location: { city: '송파구', region: '서울특별시' },
      },
      work: [
        {
          name: '(주)한길청과', position: '과일 경매 2팀장 (경매사)', location: '서울 가락시장', startDate: '2023-01',
          highlights: [
            '사과·배·감귤 경매를 진행하며 하루 평균 400톤 안팎의 물량을 전자경매로 낙찰합니다.',
            '경매사 4명과 기록원 2명의 경매 배정과 출하 물량 조정을 맡고 있습니다.',
            '산지 출하자(농협·작목반 60여 곳)를 관리하고 출하 시기와 선별 기준을 협의합니다.',
            '하역 전 품위 검사로 등급과 결점을 확인하고, 이의 제기는 당일 처리합니다.',
          ],
        },
        {
          name: '(주)한길청과', position: '경매사', location: '서울 가락시장', startDate: '2016-03', endDate: '2022-12',
          highlights: ['과일류 경매 진행과 정가·수의매매, 산지 출장 품위 평가를 했습니다.'],
        },
        {
          name: '(주)한길청과', position: '영업부 사원', location: '서울 가락시장', startDate: '2011-07', endDate: '2016-02',
          highlights: ['출하 물량 접수와 경매 기록, 정산 업무를 했습니다.'],
        },
      ],
      education: [{ institution: '충북대학교', studyType: '학사', area: '농업경제학과', startDate: '2005-03', endDate: '2011-02' }],
      skills: [
        { name: '경매', keywords: ['전자경매', '정가·수의매매', '품위 검사', '가격 동향 분석'] },
        { name: '영업', keywords: ['출하자 관리', '산지 출장', '중도매인 응대'] },
        { name: '도구', keywords: ['Excel', '농산물 유통정보(KAMIS)'] },
      ],
      certificates: [
        { name: '경매사', issuer: '한국농수산식품유통공사', date: '2015-10' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2008-04' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '14-postal-kimdahye',
    style: { locationText: '경기도 수원시 권선구 세류동', dateStyle: 'korean', ongoingWord: '재직중', nameStyle: 'plain', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '김다혜',
        label: '집배원 (상시계약집배원)',
        email: 'dahye.kim@example.kr',
        phone: '010-7725-3361',
        summary: '편의점 점장으로 4년 일하다가 우체국 집배원이 되어 3년째 오토바이로 배달하고 있습니다. 맡은 구역의 길과 주민을 잘 알고, 등기 한 통도 빠뜨리지 않습니다.',
        location: { city: '수원시', region: '경기도' },
      },
      work: [
        {
          name: '수원서부우체국', position: '상시계약집배원', location: '경기 수원', startDate: '2023-10',
          highlights: [
            '이륜차로 아파트·상가 구역 하루 1,200통 안팎의 통상우편과 등기, 소포를 배달합니다.',
            '아침에 우편물을 순로대로 구분하고 PDA로 등기·소포 배달 결과를 입력합니다.',
            '부재중 등기는 안내서를 남기고 재배달과 보관 처리를 합니다.',
            '명절 특별소통기간에는 하루 소포 150개 이상을 배달했습니다.',
          ],
        },
        {
          name: 'GS25 수원세류점', position: '점장', location: '경기 수원', startDate: '2019-05', endDate: '2023-08',
          highlights: ['직원 7명 근무표와 발주·재고, 택배 접수 업무를 맡았습니다.'],
        },
      ],
      education: [{ institution: '수원여자고등학교', studyType: '졸업', area: '인문계', startDate: '2012-03', endDate: '2015-02' }],
      skills: [
        { name: '배달', keywords: ['이륜차 배달', '우편물 구분', '순로 관리', '등기 배달', '소포 배달', 'PDA 입력'] },
        { name: '고객', keywords: ['민원 응대', '재배달 안내'] },
      ],
      certificates: [
        { name: '2종 소형 운전면허', issuer: '경찰청', date: '2023-07' },
        { name: '2종 보통 운전면허', issuer: '경찰청', date: '2016-01' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '15-excavator-songjaewon',
    style: { locationText: '충청남도 천안시 서북구 불당동', dateStyle: 'dash', ongoingWord: '현재', nameStyle: 'spaced', headerStyle: 'pipeOneLine' },
    resume: {
      basics: {
        name: '송재원',
        label: '굴착기 기사 (06W·03W)',
        email: 'jaewon.song@example.kr',
        phone: '010-5584-2917',
        summary: '자동차 부품 공장에서 6년 일하고 굴착기운전기능사를 따서 2년째 토목 현장에서 굴착기를 운전하고 있습니다. 관로 터파기와 되메우기를 주로 하며, 장비 점검을 빠뜨리지 않습니다.',
        location: { city: '천안시', region: '충청남도' },
      },
      work: [
        {
          name: '(주)대원중기', position: '굴착기 기사', location: '충남 천안', startDate: '2024-09',
          highlights: [
            '06W 타이어식 굴착기로 상하수도 관로 공사 터파기, 관 부설 보조, 되메우기를 합니다.',
            '03W로 도심 골목 현장의 소형 굴착과 보도블록 철거를 합니다.',
            '작업 전 장비 일상점검(엔진오일·유압·그리스)과 운행일지를 기록합니다.',
            '신호수와 수신호로 협업하며 지장물(가스관·통신선) 주변은 손굴착 구간을 지킵니다.',
          ],
        },
        {
          name: '(주)한영오토텍', position: '생산직 사원', location: '충남 아산', startDate: '2017-03', endDate: '2023-05',
          highlights: ['자동차 도어 부품 프레스 라인 작업자로 일했고, 라인 반장 보조를 했습니다.'],
        },
      ],
      education: [
        { institution: '한국건설기계교육원', studyType: '수료', area: '굴착기 운전 과정', startDate: '2023-06', endDate: '2023-08' },
        { institution: '천안공업고등학교', studyType: '졸업', area: '기계과', startDate: '2013-03', endDate: '2016-02' },
      ],
      skills: [
        { name: '장비', keywords: ['굴착기 운전', '터파기', '되메우기', '관로 공사', '장비 일상점검'] },
      ],
      certificates: [
        { name: '굴착기운전기능사', issuer: '한국산업인력공단', date: '2023-09' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2016-03' },
        { name: '건설업 기초안전보건교육 이수', issuer: '한국산업안전보건공단', date: '2024-08' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '16-ceramics-yoonseoyeon',
    style: { locationText: '경기도 이천시 신둔면', dateStyle: 'dotSpaced', ongoingWord: 'open', nameStyle: 'withLatin', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '윤서연',
        label: '도예가 (생활도자 공방 운영)',
        email: 'seoyeon.yoon@example.kr',
        phone: '010-3049-6628',
        summary: '도예를 전공하고 생활도자를 9년째 만들고 있습니다. 이천에서 작업실 겸 공방을 5년째 운영하며 물레로 식기를 만들고, 유약을 직접 조합해 가스가마로 굽습니다.',
        location: { city: '이천시', region: '경기도' },
      },
      work: [
        {
          name: '서연도방', position: '대표 (도예가)', location: '경기 이천', startDate: '2021-04',
          highlights: [
            '물레 성형으로 식기·찻잔을 한 달 300점 안팎 만들어 온라인 스마트스토어와 편집숍에 판매합니다.',
            '장석·규석·석회석으로 유약을 직접 조합하고 테스트 타일로 색과 발색을 맞춥니다.',
            '가스가마 환원 소성과 전기가마 초벌 소성을 관리합니다.',
            '원데이 클래스와 주말 정규반(수강생 20명 안팎)을 운영합니다.',
          ],
        },
        {
          name: '(주)이천요', position: '성형·시유 담당', location: '경기 이천', startDate: '2017-03', endDate: '2021-02',
          highlights: ['생활자기 브랜드의 물레 성형, 정형과 시유를 맡았습니다.'],
        },
      ],
      education: [{ institution: '서울과학기술대학교', studyType: '학사', area: '도예학과', startDate: '2013-03', endDate: '2017-02' }],
      skills: [
        { name: '제작', keywords: ['물레 성형', '정형', '시유', '유약 조합', '가스가마 소성', '전기가마 소성'] },
        { name: '운영', keywords: ['원데이 클래스', '스마트스토어 운영', '제품 촬영'] },
      ],
      certificates: [{ name: '경기도 공예품대전 입선', issuer: '경기도', date: '2022-09' }],
      languages: [{ language: '영어', fluency: '일상 회화' }],
    },
  },
];
