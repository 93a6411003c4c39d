// The content of the wave 16 held-back analysis set (test/fixtures/analysis/heldback-w16/, issue #12):
// sixteen fictional people, twelve written in English and four in Korean, each of an occupation that no
// earlier analysis set or résumé corpus has (public corpus, fresh, holdout 1–11, the Korean corpus,
// heldback-w7 … heldback-w15): chimney sweep, commercial pool technician, rope access technician, dairy
// herd manager, driving instructor (once a retail manager), recreation therapist, cardiovascular invasive
// specialist (once a radiographer), demolition supervisor, mechanical insulator, concrete finisher, ski
// patroller, hand bookbinder; 방수 시공 팀장, 지게차 운전원 (once a parcel-hub loader), 도시가스 안전점검원
// (back to work after a career break), 농기계 정비기사.
// Fields are spread on purpose, all far from software (flues and stoves, hotel and community pools, offshore
// fabric maintenance, a freestall dairy, learner drivers, a psychiatric hospital and long-term care, the
// cath lab, demolition sites, pipe and duct insulation, slabs and tilt-wall, a ski area, a fine bindery,
// roofs and car parks, a logistics centre, home gas safety, tractors and combines). Seniorities run from a
// ski patroller five seasons in and a forklift driver six years in, to a bookbinder of twenty-one years, a
// demolition supervisor of seventeen and a 방수 팀장 of fourteen; leads and managers (the sweep's own
// business, the herd manager's milkers, the demolition supervisor, the finishing foreman, the 방수 팀장)
// and individual contributors; three career changers (driving instructor, forklift driver, 점검원).
// Every résumé is written out in full: its own employers, dates, bullets (phrased the way that person would
// write them), schools, skills and summary, and its own rendering style.
// Written in full on 2026-12-01 by an engineer who does not tune the analysis, before anything was rendered
// or scored; the set is frozen by hash (manifest.json) and never tuned on. Names and employers are invented
// by hand (schools, certifying bodies, unions and products are real); phone numbers use fictional ranges
// (US 555-01xx, Ofcom drama 01632 960xxx and 0113 496 0xxx; the Korean ones are made up); e-mail at
// example.com / example.kr. The English text keeps to characters pdflatex typesets (no degree signs, no
// mathematical symbols).

/** English résumés: rendered by scripts/build-resume-corpus.mjs (`style`: dateStyle, headerStyle, linkScheme, bulletGlyph). */
export const ENGLISH_PEOPLE = [
  {
    id: '01-chimneysweep-gemmaholloway',
    style: { dateStyle: 'monthName', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Gemma Holloway',
        label: 'Master Chimney Sweep',
        email: 'gemma.holloway.sweep@example.com',
        phone: '01632 960412',
        summary: 'Chimney sweep for eleven years and running my own sweeping business since 2017. I sweep open fires, wood burners and multi-fuel stoves across Harrogate and the Dales, survey flues with a camera and tell people straight when a chimney is not safe to use.',
        location: { city: 'Harrogate', region: 'North Yorkshire' },
      },
      work: [
        {
          name: 'Holloway Chimney Services', position: 'Owner and Chimney Sweep', location: 'Harrogate', startDate: '2017-04',
          highlights: [
            'Sweep about 900 chimneys a year: open fires, wood-burning and multi-fuel stoves, by hand rods and rotary power sweeping.',
            'Issue a certificate of sweeping after every job for the customer and their insurer, with notes on anything that needs repair.',
            'Camera survey flues and liners, and do smoke draw tests before and after sweeping.',
            'Fit cowls, bird guards and spark arrestors, and clear nests and blockages (jackdaws mostly).',
            'Run the diary, quotes and invoices myself; one part-time assistant in the autumn rush.',
          ],
        },
        {
          name: 'Dales Stove and Flue', position: 'Chimney Sweep', location: 'Skipton', startDate: '2015-03', endDate: '2017-03',
          highlights: ['Swept chimneys and helped the installers with stove fittings and liner drops; learned the trade here.'],
        },
      ],
      education: [{ institution: 'Harrogate College', studyType: 'BTEC National Diploma', area: 'Business', startDate: '2009-09', endDate: '2011-06' }],
      skills: [
        { name: 'Sweeping', keywords: ['Chimney Sweeping', 'Rotary Power Sweeping', 'Camera Flue Surveys', 'Smoke Draw Testing', 'Nest Removal', 'Cowl and Bird Guard Fitting'] },
        { name: 'Memberships', keywords: ['Guild of Master Chimney Sweeps (member)', 'HETAS Approved Chimney Sweep', 'Full UK Driving Licence'] },
        { name: 'Business', keywords: ['Quoting', 'Invoicing', 'Customer Bookings'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '02-pooltech-carlosmendez',
    style: { dateStyle: 'slashMonth', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Carlos Mendez',
        label: 'Pool Service Technician, CPO',
        email: 'carlos.mendez.pools@example.com',
        phone: '(480) 555-0163',
        summary: 'Pool tech for six years, the last three on commercial pools: hotels, HOAs and a city aquatic center. I keep the water safe and legal, fix the equipment, and keep the logs the county inspector asks for.',
        location: { city: 'Mesa', region: 'AZ' },
      },
      work: [
        {
          name: 'Desert Blue Aquatics', position: 'Commercial Pool Technician', location: 'Phoenix, AZ', startDate: '2023-02',
          highlights: [
            'Run a route of 22 commercial pools and spas: test and balance chlorine, pH, alkalinity, calcium hardness and cyanuric acid.',
            'Service BECSys and Chemtrol controllers, chlorine feeders and CO2 systems; calibrate probes monthly.',
            'Backwash sand filters, clean cartridge filters and rebuild pumps and motors on Pentair and Hayward equipment.',
            'Keep the daily chemical logs and fix what the Maricopa County inspector writes up.',
          ],
        },
        {
          name: 'Sun Valley Pool Care', position: 'Residential Pool Technician', location: 'Mesa, AZ', startDate: '2020-09', endDate: '2023-01',
          highlights: ['Weekly route of 70 residential pools; salt chlorine generators, Pentair IntelliCenter and Hayward OmniLogic automation.'],
        },
      ],
      education: [{ institution: 'Mesa High School', studyType: 'High School Diploma', startDate: '2014-08', endDate: '2018-05' }],
      skills: [
        { name: 'Water', keywords: ['Water Chemistry', 'Chlorine and pH Control', 'Salt Chlorine Generators', 'CO2 pH Control'] },
        { name: 'Equipment', keywords: ['Pump and Motor Repair', 'Sand and Cartridge Filters', 'BECSys Controllers', 'Pentair', 'Hayward'] },
        { name: 'Credentials', keywords: ['Certified Pool Operator (CPO), PHTA', 'Arizona Driver License'] },
      ],
      languages: [{ language: 'Spanish', fluency: 'Native' }, { language: 'English', fluency: 'Fluent' }],
    },
  },
  {
    id: '03-ropeaccess-liamfraser',
    style: { dateStyle: 'isoMonth', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Liam Fraser',
        label: 'IRATA Level 2 Rope Access Technician',
        email: 'liam.fraser.ra@example.com',
        phone: '0113 496 0528',
        summary: 'Rope access tech for seven years, mostly offshore on North Sea platforms doing fabric maintenance. Blasting, painting, rigging and rescue cover; 5,200 logged hours.',
        location: { city: 'Aberdeen', region: 'Scotland' },
      },
      work: [
        {
          name: 'Granite Access Services', position: 'Rope Access Technician (IRATA L2)', location: 'Aberdeen / North Sea', startDate: '2021-05',
          highlights: [
            'Fabric maintenance on rope: surface prep by grit blasting and power tools, then coating to the NORSOK M-501 spec.',
            'Rig and derig rope systems, write the rope access plan with the L3 and stand rescue cover for the team.',
            'Inspect and photograph corrosion, replace bolts and small-bore clamps, and report defects through the work pack.',
            'Three weeks on, three off; permit to work and toolbox talks every shift.',
          ],
        },
        {
          name: 'Caledonian Building Access', position: 'Rope Access Technician (IRATA L1)', location: 'Glasgow', startDate: '2019-06', endDate: '2021-04',
          highlights: ['Facade inspections, sealant replacement and bird netting on city-centre buildings.'],
        },
      ],
      education: [{ institution: 'North East Scotland College', studyType: 'NC', area: 'Engineering', startDate: '2016-08', endDate: '2017-06' }],
      skills: [
        { name: 'Rope Access', keywords: ['IRATA Level 2', 'Rope Rescue', 'Rigging', 'Working at Height'] },
        { name: 'Fabric Maintenance', keywords: ['Grit Blasting', 'Coating Application', 'Corrosion Inspection', 'Bolt Replacement'] },
        { name: 'Offshore', keywords: ['OPITO BOSIET', 'OGUK Offshore Medical', 'Permit to Work'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '04-dairyherd-hannahwilkins',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleThenEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Hannah Wilkins',
        label: 'Dairy Herd Manager',
        email: 'hannah.wilkins.dairy@example.com',
        phone: '(920) 555-0119',
        summary: 'Herd manager on a 900-cow freestall dairy, ten years on dairies after a degree in Dairy Science. I run breeding, fresh cows and calves, keep the records straight and lead a crew of eight milkers and feeders.',
        location: { city: 'Fond du Lac', region: 'WI' },
      },
      work: [
        {
          name: 'Ledge View Dairy', position: 'Herd Manager', location: 'Fond du Lac, WI', startDate: '2019-03',
          highlights: [
            'Manage the breeding program for 900 milking cows: AI, Ovsynch and heat detection with activity collars; pregnancy rate up from 21 to 27 percent.',
            'Run fresh cow checks, treatments and the calf barn, following protocols written with our herd veterinarian.',
            'Keep herd records in DairyComp 305 and report to the owners every week.',
            'Hire, train and schedule eight milkers and feeders on a double-12 parallel parlor; train in Spanish and English.',
            'Work with the nutritionist on rations and the vet on herd health visits; passed our FARM animal care evaluation.',
          ],
        },
        {
          name: 'Maple Row Farms', position: 'Assistant Herdsman', location: 'Kiel, WI', startDate: '2016-06', endDate: '2019-02',
          highlights: ['Calf feeding, hoof trimming chute, treatments and records for a 400-cow tie-stall and freestall herd.'],
        },
      ],
      education: [{ institution: 'University of Wisconsin-Madison', studyType: 'Bachelor of Science', area: 'Dairy Science', startDate: '2012-09', endDate: '2016-05' }],
      skills: [
        { name: 'Herd', keywords: ['Artificial Insemination', 'Reproductive Synchronization', 'Fresh Cow Management', 'Calf Rearing', 'Herd Health Protocols'] },
        { name: 'Records', keywords: ['DairyComp 305', 'Activity Monitoring Collars'] },
        { name: 'People', keywords: ['Crew Supervision', 'Milker Training', 'Scheduling'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Spanish', fluency: 'Conversational' }],
    },
  },
  {
    id: '05-drivinginstructor-rajeshpatel',
    style: { dateStyle: 'year', headerStyle: 'oneLineComma', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Rajesh Patel',
        label: 'Approved Driving Instructor (ADI)',
        email: 'rajesh.patel.adi@example.com',
        phone: '0113 496 0177',
        summary: 'Fully qualified driving instructor for nine years, after twelve years in retail management. Patient, calm, and proud of a first-time pass rate well above the national average.',
        location: { city: 'Leicester', region: 'Leicestershire' },
      },
      work: [
        {
          name: 'Patel School of Motoring', position: 'Driving Instructor (self-employed)', location: 'Leicester', startDate: '2017-09',
          highlights: [
            'Teach learner drivers in a dual-controlled manual car, from first lesson to the DVSA practical test; about 45 pupils passing a year.',
            'Run one-week intensive courses and motorway lessons once pupils pass, and Pass Plus for new drivers.',
            'Refresher lessons for older drivers and people who have not driven for years.',
            'Graded A at my last DVSA standards check.',
          ],
        },
        {
          name: 'Fosse Home Stores', position: 'Store Manager', location: 'Leicester', startDate: '2005-03', endDate: '2017-08',
          highlights: ['Ran a 40-staff homeware store; trained new supervisors and handled the rota, stock and takings.'],
        },
      ],
      education: [{ institution: 'De Montfort University', studyType: 'BA', area: 'Business Studies', startDate: '2001-09', endDate: '2004-06' }],
      skills: [
        { name: 'Instruction', keywords: ['Learner Driver Training', 'Intensive Courses', 'Motorway Lessons', 'Pass Plus', 'Refresher Lessons'] },
        { name: 'Qualifications', keywords: ['DVSA Approved Driving Instructor (Grade A)', 'Enhanced DBS Check', 'Full UK Driving Licence (since 1999)'] },
      ],
      languages: [{ language: 'English', fluency: 'Fluent' }, { language: 'Gujarati', fluency: 'Native' }, { language: 'Hindi', fluency: 'Fluent' }],
    },
  },
  {
    id: '06-rectherapy-daniellemorris',
    style: { dateStyle: 'monthName', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Danielle Morris',
        label: 'Certified Therapeutic Recreation Specialist (CTRS)',
        email: 'danielle.morris.ctrs@example.com',
        phone: '(410) 555-0138',
        summary: 'Recreation therapist for seven years, in long-term care and now on adult inpatient psychiatric units. I assess, set goals with patients and run groups that build coping, social and leisure skills.',
        location: { city: 'Towson', region: 'MD' },
      },
      work: [
        {
          name: 'Chesapeake Behavioral Health Hospital', position: 'Recreation Therapist', location: 'Towson, MD', startDate: '2022-04',
          highlights: [
            'Assess every new patient on two adult units and write recreation therapy goals into the treatment plan.',
            'Lead six groups a day: coping skills, leisure education, expressive art, mindfulness and movement.',
            'Chart assessments and group notes in Epic and speak to progress at treatment team.',
            'Supervise two CTRS interns a year from Towson University.',
          ],
        },
        {
          name: 'Greenspring Senior Living', position: 'Recreation Therapist', location: 'Baltimore, MD', startDate: '2019-06', endDate: '2022-03',
          highlights: ['Ran recreation programs and MDS activity assessments for 120 long-term care residents, including a memory care unit.'],
        },
      ],
      education: [{ institution: 'Towson University', studyType: 'Bachelor of Science', area: 'Therapeutic Recreation', startDate: '2015-08', endDate: '2019-05' }],
      skills: [
        { name: 'Therapy', keywords: ['Recreation Therapy Assessment', 'Treatment Planning', 'Leisure Education', 'Group Facilitation', 'Coping Skills'] },
        { name: 'Settings', keywords: ['Inpatient Psychiatry', 'Long-Term Care', 'Memory Care'] },
        { name: 'Credentials', keywords: ['CTRS (NCTRC)', 'BLS', 'Epic', "Maryland Driver's License"] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '07-cathlab-jeromeadeyemi',
    style: { dateStyle: 'isoMonth', headerStyle: 'titleAtEmployer', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Jerome Adeyemi',
        label: 'Cardiovascular Invasive Specialist, RCIS, RT(R)',
        email: 'jerome.adeyemi.rcis@example.com',
        phone: '(713) 555-0184',
        summary: 'Cath lab tech for eight years after four as a radiographer. I scrub, circulate and monitor on diagnostic and interventional coronary cases and take call for STEMIs.',
        location: { city: 'Houston', region: 'TX' },
      },
      work: [
        {
          name: 'Bayou Heart Hospital', position: 'Cardiovascular Invasive Specialist', location: 'Houston, TX', startDate: '2018-11',
          highlights: [
            'Scrub, circulate and monitor on diagnostic caths and PCI: balloons, stents, atherectomy, IVUS and FFR.',
            'Record hemodynamics on GE Mac-Lab; set up and manage IABP and Impella for high-risk PCI and cardiogenic shock.',
            'Run the Siemens Artis zee and GE Innova fluoroscopy systems with dose kept as low as reasonable.',
            'Take STEMI call one week in four; door-to-balloon under 60 minutes on most of my calls.',
          ],
        },
        {
          name: 'Gulf Coast Imaging', position: 'Radiologic Technologist', location: 'Pasadena, TX', startDate: '2014-07', endDate: '2018-10',
          highlights: ['General X-ray, portables and OR C-arm; covered the vascular room on weekends.'],
        },
      ],
      education: [{ institution: 'San Jacinto College', studyType: 'Associate of Applied Science', area: 'Radiography', startDate: '2012-08', endDate: '2014-05' }],
      skills: [
        { name: 'Cath Lab', keywords: ['Cardiac Catheterization', 'PCI', 'Hemodynamic Monitoring', 'IVUS', 'FFR', 'IABP', 'Impella', 'Coronary Angiography'] },
        { name: 'Systems', keywords: ['GE Mac-Lab', 'Siemens Artis zee', 'GE Innova'] },
        { name: 'Credentials', keywords: ['RCIS (CCI)', 'ARRT RT(R)', 'ACLS', 'BLS'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Yoruba', fluency: 'Conversational' }],
    },
  },
  {
    id: '08-demolition-darrenkelly',
    style: { dateStyle: 'slashMonth', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Darren Kelly',
        label: 'Demolition Supervisor',
        email: 'darren.kelly.demo@example.com',
        phone: '0113 496 0843',
        summary: 'Seventeen years in demolition, from labourer to supervisor. I run sites from soft strip to slab, keep the plant and the lads safe and the waste out of landfill.',
        location: { city: 'Leeds', region: 'West Yorkshire' },
      },
      work: [
        {
          name: 'Aire Valley Demolition Ltd', position: 'Demolition Supervisor', location: 'Leeds', startDate: '2016-02',
          highlights: [
            'Supervise soft strip and structural demolition of offices, mills and car parks, up to 25 operatives and six machines.',
            'Plan high-reach and top-down sequences with the contracts manager and brief the RAMS to every operative.',
            'Coordinate the licensed asbestos contractor, services disconnections and exclusion zones before anything comes down.',
            'Run waste segregation on site: 96 percent recycled on the Kirkstall mill job; crushing and screening of hardcore.',
            'Daily plant checks, permits to work and site diary; duties under CDM 2015.',
          ],
        },
        {
          name: 'Northern Clearance Group', position: 'Demolition Operative / Plant Operator', location: 'Bradford', startDate: '2009-05', endDate: '2016-01',
          highlights: ['Soft strip, hand demolition and 360 excavator work with breakers and shears.'],
        },
      ],
      education: [{ institution: 'Leeds College of Building', studyType: 'NVQ Level 2', area: 'Demolition', startDate: '2010-09', endDate: '2011-06' }],
      skills: [
        { name: 'Demolition', keywords: ['Soft Strip', 'Structural Demolition', 'High-Reach Demolition', 'Top-Down Demolition', 'Waste Segregation'] },
        { name: 'Safety', keywords: ['RAMS', 'Permit to Work', 'CDM 2015', 'Exclusion Zones'] },
        { name: 'Cards', keywords: ['CCDO Gold Card (Supervisor)', 'SMSTS', 'First Aid at Work', 'CPCS 360 Excavator'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '09-insulation-traviskowalski',
    style: { dateStyle: 'monthName', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Travis Kowalski',
        label: 'Journeyman Heat and Frost Insulator',
        email: 'travis.kowalski.insulator@example.com',
        phone: '(773) 555-0156',
        summary: 'Journeyman insulator, Local 17, ten years in the trade. Hospitals, high-rises and a refinery turnaround: piping, duct and equipment, with clean jacketing and tight seams.',
        location: { city: 'Chicago', region: 'IL' },
      },
      work: [
        {
          name: 'Lakeshore Mechanical Insulation', position: 'Journeyman Insulator', location: 'Chicago, IL', startDate: '2019-04',
          highlights: [
            'Insulate hot and chilled water, steam and condensate piping with fiberglass, mineral wool and calcium silicate.',
            'Wrap supply and return duct with duct wrap and liner, and seal the vapor barrier on chilled lines.',
            'Fabricate and install aluminum and stainless steel jacketing and fitting covers in the shop and in the field.',
            'Make removable insulation blankets for valves and strainers; read the spec and the mechanical drawings for each job.',
          ],
        },
        {
          name: 'Midway Insulation Co.', position: 'Apprentice Insulator', location: 'Whiting, IN', startDate: '2015-06', endDate: '2019-03',
          highlights: ['Refinery and power plant work; asbestos abatement on two shutdowns.'],
        },
      ],
      education: [{ institution: 'Heat and Frost Insulators Local 17 JATC', studyType: 'Apprenticeship', area: 'Mechanical Insulation', startDate: '2015-06', endDate: '2019-03' }],
      skills: [
        { name: 'Insulation', keywords: ['Pipe Insulation', 'Duct Insulation', 'Equipment Insulation', 'Calcium Silicate', 'Mineral Wool', 'Metal Jacketing', 'Removable Blankets'] },
        { name: 'Site', keywords: ['Blueprint Reading', 'Scaffold User', 'Aerial Lifts'] },
        { name: 'Credentials', keywords: ['OSHA 30', 'Illinois Asbestos Abatement Worker License'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Polish', fluency: 'Conversational' }],
    },
  },
  {
    id: '10-concretefinishing-miguelortega',
    style: { dateStyle: 'year', headerStyle: 'titleThenEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Miguel Ortega',
        label: 'Concrete Finishing Foreman',
        email: 'miguel.ortega.finisher@example.com',
        phone: '(214) 555-0192',
        summary: 'Cement mason for twelve years, finishing foreman for the last five. Warehouses and distribution centers: big slabs on grade, tilt-wall panels and tight flatness numbers.',
        location: { city: 'Garland', region: 'TX' },
      },
      work: [
        {
          name: 'Lone Star Concrete Contractors', position: 'Finishing Foreman', location: 'Dallas, TX', startDate: '2021-01',
          highlights: [
            'Run a crew of ten finishers on slab on grade pours up to 40,000 square feet a day for distribution centers.',
            'Screed with the Somero S-22E laser screed and finish with ride-on and walk-behind power trowels.',
            'Hit FF 50 / FL 35 and better on most pours; check with the F-meter and fix the low spots before the next pour.',
            'Cure, saw-cut joints with the Soff-Cut early-entry saw and pour tilt-wall panels and footings.',
          ],
        },
        {
          name: 'Trinity Flatwork', position: 'Concrete Finisher', location: 'Mesquite, TX', startDate: '2014-03', endDate: '2020-12',
          highlights: ['Sidewalks, driveways, curbs and commercial slabs; broom and hard trowel finishes.'],
        },
      ],
      education: [{ institution: 'South Garland High School', studyType: 'High School Diploma', area: 'Building Trades', startDate: '2009-08', endDate: '2013-05' }],
      skills: [
        { name: 'Concrete', keywords: ['Slab on Grade', 'Laser Screed', 'Power Trowel', 'Tilt-Wall', 'Saw Cutting', 'Curing', 'Floor Flatness'] },
        { name: 'Crew', keywords: ['Crew Leadership', 'Pour Planning'] },
        { name: 'Credentials', keywords: ['ACI Concrete Flatwork Finisher', 'OSHA 10'] },
      ],
      languages: [{ language: 'Spanish', fluency: 'Native' }, { language: 'English', fluency: 'Fluent' }],
    },
  },
  {
    id: '11-skipatrol-katebrennan',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Kate Brennan',
        label: 'Ski Patroller',
        email: 'kate.brennan.patrol@example.com',
        phone: '(970) 555-0125',
        summary: 'Five winters on patrol at a big Colorado mountain, summers on a trail crew. First on scene, calm with hurt guests, and happiest on a control route at 6 a.m.',
        location: { city: 'Leadville', region: 'CO' },
      },
      work: [
        {
          name: 'Copper Ridge Ski Area', position: 'Ski Patroller', location: 'Summit County, CO', startDate: '2021-11',
          highlights: [
            'Respond to injured guests, give OEC-level care and bring them down in a toboggan to the first aid room.',
            'Work avalanche mitigation routes with the blasters: ski cutting, hand charges as a helper and stability tests.',
            'Open and close terrain, set rope lines, signs and bamboo, and sweep the mountain at day end.',
            'Trained in chairlift evacuation and run the lift evac drill with new patrollers each December.',
          ],
        },
        {
          name: 'Colorado Trail Crews', position: 'Trail Crew Member (summer)', location: 'Leadville, CO', startDate: '2022-06', endDate: '2025-09',
          highlights: ['Trail building, chainsaw work and backcountry camping for weeks at a time.'],
        },
      ],
      education: [{ institution: 'Colorado Mountain College', studyType: 'Associate of Applied Science', area: 'Ski Area Operations', startDate: '2019-08', endDate: '2021-05' }],
      skills: [
        { name: 'Patrol', keywords: ['Toboggan Handling', 'Avalanche Mitigation', 'Ski Cutting', 'Lift Evacuation', 'Rope Lines and Signage'] },
        { name: 'Medical', keywords: ['NSP Outdoor Emergency Care (OEC) Technician', 'CPR for the Professional Rescuer'] },
        { name: 'Avalanche', keywords: ['AIARE Pro 1', 'Beacon Search'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '12-bookbinding-eleanorwhitcombe',
    style: { dateStyle: 'year', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Eleanor Whitcombe',
        label: 'Bookbinder',
        email: 'eleanor.whitcombe.bindery@example.com',
        phone: '01632 960781',
        summary: 'Hand bookbinder for twenty-one years, the last nine as senior binder at a fine bindery in Oxford. Leather and cloth bindings, gold finishing, repairs to old books and boxes to keep them in.',
        location: { city: 'Oxford', region: 'Oxfordshire' },
      },
      work: [
        {
          name: 'Radcliffe Fine Bindery', position: 'Senior Bookbinder', location: 'Oxford', startDate: '2017-01',
          highlights: [
            'Bind commissions by hand: sewing on tapes and cords, full and quarter leather, cloth cases and limp vellum.',
            'Pare leather with a Scharf-Fix and by knife; finish in gold by hand tooling and on the Kensol blocking press.',
            'Repair and rebind college library and private books: rebacking, new endbands, consolidated corners.',
            'Make clamshell and drop-back boxes; train the two junior binders and price the jobs.',
          ],
        },
        {
          name: 'Cotswold Bindery', position: 'Bookbinder', location: 'Cheltenham', startDate: '2005-09', endDate: '2016-12',
          highlights: ['Thesis binding, edition binding of short runs and repairs; ran the board chopper and guillotine.'],
        },
      ],
      education: [{ institution: 'Camberwell College of Arts', studyType: 'BA (Hons)', area: 'Book Arts and Crafts', startDate: '2002-09', endDate: '2005-06' }],
      skills: [
        { name: 'Binding', keywords: ['Hand Sewing', 'Leather Binding', 'Case Binding', 'Gold Tooling', 'Foil Blocking', 'Leather Paring', 'Book Repair', 'Box Making'] },
        { name: 'Tools', keywords: ['Kensol Blocking Press', 'Scharf-Fix', 'Board Chopper', 'Guillotine'] },
        { name: 'Memberships', keywords: ['Society of Bookbinders', 'Designer Bookbinders (Licentiate)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'French', fluency: 'Basic' }],
    },
  },
];

/** Korean résumés: rendered by scripts/build-korean-resume-corpus.mjs (`style`: locationText, dateStyle, ongoingWord, nameStyle, headerStyle). */
export const KOREAN_PEOPLE = [
  {
    id: '13-waterproofing-parksangcheol',
    style: { locationText: '경기도 부천시 원미구 중동', dateStyle: 'dotSpaced', ongoingWord: '재직중', nameStyle: 'plain', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '박상철',
        label: '방수 시공 팀장 (방수기능사)',
        email: 'sangcheol.park@example.kr',
        phone: '010-3391-7725',
        summary: '방수 일 14년, 팀장 6년입니다. 아파트 옥상과 지하주차장 우레탄·시트 방수를 주로 하고, 누수 하자 원인을 찾아 보수하는 일을 잘합니다. 팀원 5명과 함께 움직입니다.',
        location: { city: '부천시', region: '경기도' },
      },
      work: [
        {
          name: '(주)한결방수', position: '방수 팀장', location: '경기 부천', startDate: '2020-04',
          highlights: [
            '아파트 옥상 우레탄 도막방수, 지하주차장 상부 시트방수와 바닥 에폭시 라이닝을 시공합니다.',
            '팀원 5명의 작업 배분과 자재 발주, 공정 일정을 맡고 있습니다.',
            '누수 하자 현장에 나가 살수 시험으로 원인을 찾고 보수 범위를 정합니다.',
            '외벽 균열 보수와 창호 주변 실링 작업을 합니다.',
          ],
        },
        {
          name: '대성건업', position: '방수공', location: '서울·인천', startDate: '2012-03', endDate: '2020-03',
          highlights: ['상가·빌라 옥상 방수, 화장실 액체방수, 지하 외벽 시트방수를 했습니다.'],
        },
      ],
      education: [{ institution: '부천공업고등학교', studyType: '졸업', area: '건축과', startDate: '2005-03', endDate: '2008-02' }],
      skills: [
        { name: '시공', keywords: ['우레탄 도막방수', '시트방수', '액체방수', '에폭시 라이닝', '실링', '균열 보수'] },
        { name: '관리', keywords: ['누수 원인 조사', '팀원 관리', '자재 발주'] },
      ],
      certificates: [
        { name: '방수기능사', issuer: '한국산업인력공단', date: '2013-09' },
        { name: '건설업 기초안전보건교육 이수', issuer: '한국산업안전보건공단', date: '2012-02' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2007-11' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '14-forklift-yoonjaeho',
    style: { locationText: '경기도 이천시 마장면', dateStyle: 'dash', ongoingWord: '현재', nameStyle: 'withLatin', headerStyle: 'pipeOneLine' },
    resume: {
      basics: {
        name: '윤재호',
        label: '지게차 운전원 (지게차운전기능사)',
        email: 'jaeho.yoon@example.kr',
        phone: '010-5802-4419',
        summary: '택배 허브에서 상하차 2년을 하다가 지게차 자격을 따서 6년째 물류센터에서 지게차를 몰고 있습니다. 좌식·입식 지게차와 리치트럭 모두 다루고, 무사고로 일했습니다.',
        location: { city: '이천시', region: '경기도' },
      },
      work: [
        {
          name: '(주)한솔로지스 이천센터', position: '지게차 운전원', location: '경기 이천', startDate: '2020-05',
          highlights: [
            '상온 물류센터 입고 하차, 랙 적재, 출고 상차를 합니다. 하루 평균 팔레트 250개 처리합니다.',
            '리치트럭으로 5단 랙 상단 보관과 피킹을 합니다.',
            'PDA로 WMS 입출고 스캔과 로케이션 이동을 처리합니다.',
            '매일 작업 전 장비 점검표를 쓰고, 월말 재고 실사에 참여합니다.',
          ],
        },
        {
          name: '한길택배 곤지암 허브 (협력사)', position: '상하차 작업원', location: '경기 광주', startDate: '2018-03', endDate: '2020-04',
          highlights: ['택배 간선 차량 상하차와 분류 작업을 했습니다.'],
        },
      ],
      education: [{ institution: '이천제일고등학교', studyType: '졸업', area: '인문계', startDate: '2012-03', endDate: '2015-02' }],
      skills: [
        { name: '장비', keywords: ['좌식 지게차', '입식 지게차', '리치트럭', '장비 일상 점검'] },
        { name: '업무', keywords: ['입출고 작업', '랙 적재', 'WMS 스캔', '재고 실사'] },
      ],
      certificates: [
        { name: '지게차운전기능사', issuer: '한국산업인력공단', date: '2020-02' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2016-05' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '15-gasinspection-ohenjeong',
    style: { locationText: '대전광역시 서구 둔산동', dateStyle: 'korean', ongoingWord: 'open', nameStyle: 'spaced', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '오은정',
        label: '도시가스 안전점검원',
        email: 'eunjeong.oh@example.kr',
        phone: '010-2276-8390',
        summary: '학습지 교사로 6년 일하고 아이를 키우느라 7년 쉬었다가, 2021년부터 도시가스 고객센터에서 안전점검원으로 일하고 있습니다. 어르신 댁에서도 차근차근 설명드리는 것이 제 강점입니다.',
        location: { city: '대전', region: '서구' },
      },
      work: [
        {
          name: '한밭도시가스 서부고객센터', position: '안전점검원', location: '대전 서구', startDate: '2021-06',
          highlights: [
            '담당 구역 약 3,000세대를 연 2회 방문해 정기 안전점검을 합니다.',
            '가스누출 검지기로 배관과 연결부를 검사하고, 가스레인지·보일러 배기통 상태를 확인합니다.',
            '부적합 시설은 고객에게 개선을 안내하고 점검 결과를 태블릿으로 입력합니다.',
            '부재 세대 재방문 일정을 잡고 전화·문자로 안내합니다.',
          ],
        },
        {
          name: '한빛학습 대전지국', position: '학습지 교사', location: '대전 유성구', startDate: '2008-03', endDate: '2014-02',
          highlights: ['초등 회원 80명 가정 방문 수업과 학부모 상담을 했습니다.'],
        },
      ],
      education: [{ institution: '한남대학교', studyType: '학사', area: '국어국문학과', startDate: '2003-03', endDate: '2007-02' }],
      skills: [
        { name: '점검', keywords: ['가정 방문 안전점검', '가스누출 검사', '배기통 점검', '점검 결과 입력'] },
        { name: '고객', keywords: ['고객 응대', '방문 일정 관리'] },
      ],
      certificates: [
        { name: '가스기능사', issuer: '한국산업인력공단', date: '2021-03' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2004-08' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '16-farmmachinery-seodongmin',
    style: { locationText: '전라북도 김제시 요촌동', dateStyle: 'dot', ongoingWord: '현재', nameStyle: 'plain', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '서동민',
        label: '농기계 정비기사 (농기계정비기능사)',
        email: 'dongmin.seo@example.kr',
        phone: '010-7143-5268',
        summary: '농기계 대리점에서 10년째 트랙터, 콤바인, 이앙기를 고치고 있습니다. 농번기에는 논밭으로 출장 수리를 다니고, 농한기에는 엔진과 미션을 내려 정비합니다.',
        location: { city: '김제시', region: '전라북도' },
      },
      work: [
        {
          name: '김제농기계상사 (대동 대리점)', position: '정비기사', location: '전북 김제', startDate: '2016-02',
          highlights: [
            '대동·LS엠트론 트랙터, 콤바인, 이앙기 정비와 농번기 현장 출장 수리를 합니다.',
            '엔진 오버홀, 유압 계통과 미션 수리, 로터리·작업기 정비를 합니다.',
            '신차 출고 전 점검을 하고 농가에 사용법과 일상 점검 방법을 안내합니다.',
            '부품 재고를 챙기고 수리 내역을 대리점 전산에 입력합니다.',
          ],
        },
      ],
      education: [{ institution: '한국농수산대학', studyType: '전문학사', area: '농기계학과', startDate: '2013-03', endDate: '2016-02' }],
      skills: [
        { name: '정비', keywords: ['트랙터 정비', '콤바인 정비', '이앙기 정비', '엔진 오버홀', '유압 수리', '출장 수리'] },
        { name: '기타', keywords: ['농가 사용법 안내', '부품 관리'] },
      ],
      certificates: [
        { name: '농기계정비기능사', issuer: '한국산업인력공단', date: '2015-08' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2013-01' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
];
