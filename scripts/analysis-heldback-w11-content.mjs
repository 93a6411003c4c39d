// The content of the wave 11 held-back analysis set (test/fixtures/analysis/heldback-w11/, issue #12):
// sixteen fictional people, eleven written in English and five in Korean, each of an occupation that no
// earlier analysis set or résumé corpus has (public corpus, fresh, holdout 1–6, the Korean corpus,
// heldback-w7 … heldback-w10): locksmith, phlebotomist, bee farmer, mortgage loan officer, tower crane
// operator, hospital chaplain, farrier, guide dog mobility instructor, software QA engineer, database
// administrator, bioinformatics scientist; SAP FI/CO 컨설턴트, 객실승무원, 선체 구조 설계, 화장품 제형
// 연구원, 도배사.
// Fields are spread on purpose, most far from software (a trade, phlebotomy, farming, lending,
// construction, spiritual care, a craft with horses, working with guide dogs, aviation cabin service,
// shipbuilding, cosmetics science, interior finishing) and four near it (QA, databases, bioinformatics,
// SAP). Seniorities run from a phlebotomist fourteen months in, a cosmetics chemist and a QA engineer
// three years in, to a database administrator of fourteen years, a self-employed locksmith of eighteen,
// a bee farmer and a 도배 반장 of twenty, and a farrier of twenty-five; two career changers (the chaplain,
// once a secondary English teacher; the mortgage loan officer, once a bank teller).
// Every résumé is written out in full: its own employers, dates, bullets (phrased the way that person
// would write them), schools, skills and summary, and its own rendering style.
// Written in full on 2026-11-30 by an engineer who does not tune the analysis, before anything was
// rendered or scored; the set is frozen by hash (manifest.json) and never tuned on. Names and employers
// are invented by hand (schools and certifying bodies are real); phone numbers use fictional ranges
// (US/CA 555-01xx, Ofcom drama 01632 960xxx and 0131 496 0xxx, ACMA drama 0491 570 xxx; the Korean ones
// are made up); e-mail at example.com / example.kr. The English text keeps to characters pdflatex
// typesets (no degree signs, no mathematical symbols).

/** English résumés: rendered by scripts/build-resume-corpus.mjs (`style`: dateStyle, headerStyle, linkScheme, bulletGlyph). */
export const ENGLISH_PEOPLE = [
  {
    id: '01-locksmith-ramonfuentes',
    style: { dateStyle: 'year', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Ramón Fuentes',
        label: 'Master Locksmith (self-employed)',
        email: 'ramon@fuenteslock.example.com',
        phone: '602-555-0147',
        summary: 'Locksmith for eighteen years, my own shop for eleven. Homes, storefronts, apartment complexes and a couple of school districts. I show up when I say I will and I leave the door working.',
        location: { city: 'Phoenix', region: 'AZ' },
      },
      work: [
        {
          name: 'Fuentes Lock & Key LLC', position: 'Owner / Master Locksmith', location: 'Phoenix, AZ', startDate: '2015',
          highlights: [
            'Run a two-van shop with one apprentice: lockouts, rekeys, lock changes and safe openings, around 1,800 jobs a year.',
            'Design and keep master key systems for 14 apartment complexes and two school districts, with key control records for every bitting.',
            'Install and service commercial hardware: Grade 1 mortise locks, exit devices, door closers and interchangeable core cylinders (Best, Medeco).',
            'Program transponder and proximity keys for cars with the Autel IM608 and cut high-security keys on the Silca Futura.',
            'Quote, invoice and schedule myself in Jobber; keep a 4.9 rating on Google over 600 reviews.',
          ],
        },
        {
          name: 'Desert Safe & Lock', position: 'Locksmith', location: 'Mesa, AZ', startDate: '2008', endDate: '2015',
          highlights: [
            'Started as an apprentice and ran my own service van from year two.',
            'Opened and serviced safes and vaults for banks and jewelers; changed combinations and drilled when I had to.',
            'Rekeyed whole buildings after tenant turnover, from the key cutter to the last cylinder.',
          ],
        },
        {
          name: 'Home Depot', position: 'Hardware Associate', location: 'Tempe, AZ', startDate: '2006', endDate: '2008',
          highlights: ['Cut keys and sold locksets in the hardware aisle.'],
        },
      ],
      education: [{ institution: 'Clearview Locksmith School', studyType: 'Certificate', area: 'Locksmithing and Safe Technology', startDate: '2007', endDate: '2008' }],
      skills: [
        { name: 'Locks', keywords: ['Master Key Systems', 'Rekeying', 'Lock Picking', 'Safe Opening', 'Commercial Door Hardware', 'Exit Devices', 'Automotive Key Programming', 'Key Control'] },
        { name: 'Tools', keywords: ['Silca Futura', 'Autel IM608', 'Jobber', 'QuickBooks'] },
        { name: 'Credentials', keywords: ['Certified Master Locksmith (ALOA)', 'Certified Professional Safe Technician (SAVTA)', 'Arizona Contractor License'] },
      ],
      languages: [{ language: 'Spanish', fluency: 'Native' }, { language: 'English', fluency: 'Fluent' }],
    },
  },
  {
    id: '02-phlebotomy-jadaellison',
    style: { dateStyle: 'monthName', headerStyle: 'titleThenEmployer', linkScheme: true, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Jada Ellison',
        label: 'Certified Phlebotomy Technician',
        email: 'jada.ellison@example.com',
        phone: '(404) 555-0163',
        summary: 'Phlebotomist fourteen months out of my program, working an outpatient draw station. Good with nervous patients and kids, careful with labels.',
        location: { city: 'Atlanta', region: 'GA' },
        profiles: [{ network: 'LinkedIn', username: 'jadaellison', url: 'https://www.linkedin.com/in/jadaellison' }],
      },
      work: [
        {
          name: 'Peachtree Outpatient Lab', position: 'Phlebotomy Technician', location: 'Atlanta, GA', startDate: '2025-09',
          highlights: [
            'Draw 45 to 60 patients a shift by venipuncture and fingerstick, including pediatric and geriatric patients.',
            'Label, spin and aliquot specimens and get them to the courier on time; I have had no mislabeled tubes since I started.',
            'Follow order of draw and check two identifiers on every patient; enter orders and print labels in Epic Beaker.',
            'Collect urine drug screens under chain of custody for employer testing.',
          ],
        },
        {
          name: 'Kroger', position: 'Cashier and Pharmacy Clerk', location: 'Decatur, GA', startDate: '2022-06', endDate: '2025-08',
          highlights: [
            'Rang up prescriptions and answered the pharmacy phone during my program.',
            'Trained new cashiers on the register and the closing count.',
          ],
        },
      ],
      education: [
        { institution: 'Atlanta Technical College', studyType: 'Certificate', area: 'Phlebotomy Technician', startDate: '2025-01', endDate: '2025-07' },
        { institution: 'Southwest DeKalb High School', studyType: 'High School Diploma', startDate: '2018', endDate: '2022' },
      ],
      skills: [
        { name: 'Clinical', keywords: ['Venipuncture', 'Capillary Puncture', 'Order of Draw', 'Specimen Processing', 'Centrifuge', 'Chain of Custody', 'Infection Control'] },
        { name: 'Systems', keywords: ['Epic Beaker'] },
        { name: 'Certifications', keywords: ['CPT (NHA)', 'BLS (American Heart Association)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '03-beekeeping-aldousfairweather',
    style: { dateStyle: 'year', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Aldous Fairweather',
        label: 'Bee Farmer',
        email: 'aldous@fairweatherhoney.example.com',
        phone: '01632 960412',
        summary: 'Commercial bee farmer with 380 colonies in Herefordshire. Twenty years of honey, pollination contracts and queen rearing; I also teach for the county beekeepers’ association.',
        location: { city: 'Leominster', region: 'Herefordshire' },
      },
      work: [
        {
          name: 'Fairweather Honey', position: 'Owner, Bee Farmer', location: 'Leominster', startDate: '2011',
          highlights: [
            'Run 380 colonies across 22 out-apiaries with one seasonal worker; produce 9 to 12 tonnes of honey a year, heather honey included.',
            'Place 120 colonies each spring on orchard and soft-fruit pollination contracts with three growers.',
            'Rear my own queens by grafting, about 400 mated queens a season, and sell nucleus colonies to local beekeepers.',
            'Manage varroa with an integrated plan (monitoring, oxalic acid, brood breaks) and keep colony records in Apiary Book.',
            'Extract, bottle and label honey in a registered food premises; supply farm shops and two regional wholesalers.',
          ],
        },
        {
          name: 'Marches Bee Farm', position: 'Seasonal Beekeeper, then Apiary Manager', location: 'Ludlow', startDate: '2006', endDate: '2010',
          highlights: [
            'Inspected colonies every seven days in season, made up splits and moved bees to the heather at night.',
            'Ran the extraction room and the winter equipment repair.',
          ],
        },
      ],
      education: [{ institution: 'Harper Adams University', studyType: 'BSc (Hons)', area: 'Agriculture', startDate: '2002', endDate: '2005' }],
      skills: [
        { name: 'Beekeeping', keywords: ['Colony Management', 'Queen Rearing', 'Varroa Control', 'Swarm Control', 'Honey Extraction', 'Pollination Services', 'Bee Health'] },
        { name: 'Business', keywords: ['Wholesale Sales', 'Food Hygiene', 'Apiary Book', 'Xero'] },
        { name: 'Qualifications', keywords: ['BBKA Master Beekeeper', 'Level 2 Food Hygiene', 'Lantra Tractor Driving'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '04-mortgage-cheryltanaka',
    style: { dateStyle: 'slashMonth', headerStyle: 'titleAtEmployer', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Cheryl Tanaka',
        label: 'Mortgage Loan Officer (NMLS #2081445)',
        email: 'cheryl.tanaka@example.com',
        phone: '303-555-0178',
        summary: 'Licensed mortgage loan originator, six years in lending after four years as a teller. First-time buyers and VA loans are most of my book; I close on time because I collect everything up front.',
        location: { city: 'Denver', region: 'CO' },
        profiles: [{ network: 'LinkedIn', username: 'cheryltanaka-mlo', url: 'https://www.linkedin.com/in/cheryltanaka-mlo' }],
      },
      work: [
        {
          name: 'Front Range Home Lending', position: 'Senior Mortgage Loan Officer', location: 'Denver, CO', startDate: '2022-02',
          highlights: [
            'Closed 94 loans for $38.6M in 2025: conventional, FHA, VA and USDA purchase and refinance.',
            'Get 70% of my business from realtor referrals; run first-time homebuyer classes with two brokerages every quarter.',
            'Pre-qualify borrowers, pull credit, run Desktop Underwriter and take the application in Encompass.',
            'Walk borrowers through the Loan Estimate and Closing Disclosure and keep files TRID-compliant.',
          ],
        },
        {
          name: 'Colorado Summit Credit Union', position: 'Mortgage Loan Originator', location: 'Aurora, CO', startDate: '2019-08', endDate: '2022-01',
          highlights: [
            'Originated member mortgages and home equity lines of credit; 140 closed loans in two and a half years.',
            'Cross-sold HELOCs to members coming in for auto loans.',
          ],
        },
        {
          name: 'Colorado Summit Credit Union', position: 'Teller, then Member Service Representative', location: 'Aurora, CO', startDate: '2015-06', endDate: '2019-07',
          highlights: ['Balanced a cash drawer, opened accounts and referred members to the loan department.'],
        },
      ],
      education: [{ institution: 'Metropolitan State University of Denver', studyType: 'BS', area: 'Finance', startDate: '2011', endDate: '2015' }],
      skills: [
        { name: 'Lending', keywords: ['Loan Origination', 'FHA Loans', 'VA Loans', 'USDA Loans', 'Conventional Loans', 'HELOC', 'Credit Analysis', 'TRID Compliance'] },
        { name: 'Systems', keywords: ['Encompass', 'Desktop Underwriter', 'Salesforce', 'Microsoft Excel'] },
        { name: 'License', keywords: ['NMLS Licensed MLO (Colorado, Wyoming)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Japanese', fluency: 'Conversational' }],
    },
  },
  {
    id: '05-crane-liamoconnell',
    style: { dateStyle: 'fullMonthName', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Liam O’Connell',
        label: 'Tower Crane Operator',
        email: 'liam.oconnell.crane@example.com',
        phone: '01632 960873',
        summary: 'Tower crane operator, eleven years in the cab on high-rise and city-centre jobs across Greater Manchester. Started as a slinger/signaller. Clean record, tidy lifts.',
        location: { city: 'Salford', region: 'Greater Manchester' },
      },
      work: [
        {
          name: 'Northstar Crane Hire', position: 'Tower Crane Operator', location: 'Manchester', startDate: '2018-04',
          highlights: [
            'Operate flat-top and luffing jib tower cranes (Liebherr, Potain) up to 80 m on residential towers and a hospital extension.',
            'Lift steel, precast panels, rebar cages and concrete skips to the lift plan; work blind lifts on radio with the signaller.',
            'Carry out daily pre-use checks and weekly inspections and record them in the crane log; report defects to the appointed person.',
            'Stop work in high wind by the anemometer readings and the site wind policy.',
          ],
        },
        {
          name: 'Pennine Lifting Services', position: 'Tower Crane Operator (trainee, then operator)', location: 'Bolton', startDate: '2015-03', endDate: '2018-03',
          highlights: ['Ran hammerhead cranes on low-rise housing sites; trained on luffers under supervision.'],
        },
        {
          name: 'Keane Groundworks', position: 'Slinger / Signaller', location: 'Manchester', startDate: '2011-06', endDate: '2015-02',
          highlights: ['Slung loads, chose lifting accessories and directed crane and telehandler lifts by hand signals and radio.'],
        },
      ],
      education: [{ institution: 'Salford City College', studyType: 'Level 2 Diploma', area: 'Construction Operations', startDate: '2009', endDate: '2011' }],
      skills: [
        { name: 'Lifting', keywords: ['Tower Crane Operation', 'Luffing Jib Cranes', 'Blind Lifts', 'Lift Plans', 'Pre-use Inspections', 'Slinging and Signalling'] },
        { name: 'Cards', keywords: ['CPCS A04 Tower Crane (Blue Card)', 'CPCS A40 Slinger/Signaller', 'CSCS', 'IPAF 3a 3b', 'Working at Height'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '06-chaplaincy-ruthadebayo',
    style: { dateStyle: 'isoMonth', headerStyle: 'employerThenTitle', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Ruth Adebayo',
        label: 'Board Certified Chaplain',
        email: 'ruth.adebayo@example.com',
        phone: '(312) 555-0129',
        summary: 'Hospital chaplain (BCC) in a Level I trauma center. I came to chaplaincy after eight years teaching high school English; I sit with patients and families of every faith and of none.',
        location: { city: 'Chicago', region: 'IL' },
        profiles: [{ network: 'LinkedIn', username: 'ruthadebayo', url: 'https://www.linkedin.com/in/ruthadebayo' }],
      },
      work: [
        {
          name: 'Lakeshore University Medical Center', position: 'Staff Chaplain', location: 'Chicago, IL', startDate: '2019-08',
          highlights: [
            'Provide spiritual care to patients, families and staff in the trauma ICU, emergency department and oncology: about 90 visits a week.',
            'Respond to codes, traumas and deaths on a 24-hour on-call rotation; support families through withdrawal of care and organ donation conversations.',
            'Facilitate advance directive conversations and notarize health care power of attorney forms.',
            'Lead monthly grief debriefings for ICU nurses after difficult cases and a yearly memorial service.',
            'Chart every visit in Epic with a spiritual assessment; sit on the ethics committee.',
          ],
        },
        {
          name: 'Advocate Christ Medical Center', position: 'Chaplain Resident', location: 'Oak Lawn, IL', startDate: '2017-09', endDate: '2019-07',
          highlights: ['Completed four units of ACPE Clinical Pastoral Education on medical, pediatric and behavioral health units.'],
        },
        {
          name: 'Chicago Public Schools', position: 'English Teacher', location: 'Chicago, IL', startDate: '2007-08', endDate: '2015-06',
          highlights: ['Taught English 9 and 11 and coached debate; mentored first-year teachers.'],
        },
      ],
      education: [
        { institution: 'McCormick Theological Seminary', studyType: 'Master of Divinity', area: 'Divinity', startDate: '2015', endDate: '2018' },
        { institution: 'University of Illinois Chicago', studyType: 'BA', area: 'English', startDate: '2003', endDate: '2007' },
      ],
      skills: [
        { name: 'Spiritual care', keywords: ['Crisis Intervention', 'Grief Support', 'End-of-Life Care', 'Interfaith Ministry', 'Spiritual Assessment', 'Advance Directives', 'Staff Support'] },
        { name: 'Credentials', keywords: ['Board Certified Chaplain (APC)', '4 units ACPE CPE', 'Ordained, Presbyterian Church (USA)'] },
        { name: 'Systems', keywords: ['Epic'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Yoruba', fluency: 'Conversational' }],
    },
  },
  {
    id: '07-farrier-hamishgrant',
    style: { dateStyle: 'year', headerStyle: 'oneLineComma', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Hamish Grant',
        label: 'Farrier, AWCF',
        email: 'hamish.grant.farrier@example.com',
        phone: '0131 496 0752',
        summary: 'Registered farrier for twenty-five years, Associate of the Worshipful Company of Farriers. Sport horses, ponies, heavy horses and remedial work with the vets; I have trained six apprentices through to their diploma.',
        location: { city: 'Dalkeith', region: 'Midlothian' },
      },
      work: [
        {
          name: 'Grant Farriery', position: 'Farrier and Approved Training Farrier', location: 'Dalkeith', startDate: '2004',
          highlights: [
            'Shoe and trim about 40 horses a week on a round across the Lothians and the Borders, hot and cold shoeing from a mobile forge.',
            'Do remedial and therapeutic shoeing on referral from three equine veterinary practices: egg bar shoes, heart bars, glue-on shoes and hoof repair for laminitis and navicular cases.',
            'Make my own shoes for heavy horses and show horses; forge-welded and hand-made shoes for competitions.',
            'Approved Training Farrier: take apprentices through the four-year apprenticeship to the DipWCF.',
          ],
        },
        {
          name: 'Borders Equine Hospital', position: 'Hospital Farrier', location: 'Kelso', startDate: '1999', endDate: '2003',
          highlights: ['Shod surgical and lameness cases alongside the vets and read radiographs with them to plan the trim.'],
        },
      ],
      education: [{ institution: 'Myerscough College', studyType: 'Apprenticeship', area: 'Farriery (Diploma of the Worshipful Company of Farriers)', startDate: '1995', endDate: '1999' }],
      skills: [
        { name: 'Farriery', keywords: ['Hot Shoeing', 'Remedial Shoeing', 'Therapeutic Shoeing', 'Hoof Trimming', 'Forging', 'Glue-on Shoes', 'Lameness Assessment'] },
        { name: 'Qualifications', keywords: ['AWCF', 'DipWCF', 'Farriers Registration Council registered', 'Approved Training Farrier'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '08-guidedog-sophiebrennan',
    style: { dateStyle: 'monthName', headerStyle: 'employerThenTitle', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Sophie Brennan',
        label: 'Guide Dog Mobility Instructor',
        email: 'sophie.brennan@example.com',
        phone: '0491 570 226',
        summary: 'Qualified Guide Dog Mobility Instructor in Melbourne. I train dogs, match them with people who are blind or have low vision, and keep the partnership working long after the handover.',
        location: { city: 'Melbourne', region: 'VIC' },
        profiles: [{ network: 'LinkedIn', username: 'sophiebrennan-gdmi', url: 'https://www.linkedin.com/in/sophiebrennan-gdmi' }],
      },
      work: [
        {
          name: 'Southern Cross Guide Dogs', position: 'Guide Dog Mobility Instructor', location: 'Melbourne, VIC', startDate: '2022-07',
          highlights: [
            'Train a string of six to eight dogs at a time through guide work: kerbs, traffic, obstacles, trains and trams.',
            'Match dogs to clients and run two- to three-week residential and in-home training; 19 partnerships made so far.',
            'Do aftercare visits and annual re-assessments for 30 working teams across Melbourne’s east.',
            'Assess clients’ orientation and mobility needs and write their training plans in the client database.',
          ],
        },
        {
          name: 'Southern Cross Guide Dogs', position: 'Apprentice Guide Dog Mobility Instructor', location: 'Melbourne, VIC', startDate: '2019-02', endDate: '2022-06',
          highlights: ['Three-year apprenticeship: dog training, human orientation and mobility, and low vision awareness.'],
        },
        {
          name: 'Happy Paws Boarding', position: 'Kennel Hand', location: 'Geelong, VIC', startDate: '2016-11', endDate: '2019-01',
          highlights: ['Fed, exercised and groomed up to 40 dogs a day and ran puppy socialisation mornings.'],
        },
      ],
      education: [
        { institution: 'La Trobe University', studyType: 'Graduate Certificate', area: 'Orientation and Mobility', startDate: '2020', endDate: '2021' },
        { institution: 'Deakin University', studyType: 'Bachelor of Science', area: 'Zoology', startDate: '2013', endDate: '2016' },
      ],
      skills: [
        { name: 'Dogs', keywords: ['Guide Dog Training', 'Positive Reinforcement', 'Canine Behaviour', 'Dog Handling', 'Puppy Socialisation'] },
        { name: 'People', keywords: ['Orientation and Mobility', 'Client Assessment', 'Low Vision Awareness', 'Aftercare'] },
        { name: 'Checks and licences', keywords: ['Working with Children Check', 'Driver Licence (full)', 'First Aid'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Auslan', fluency: 'Basic' }],
    },
  },
  {
    id: '09-qa-nikhilrao',
    style: { dateStyle: 'isoMonth', headerStyle: 'titleThenEmployer', linkScheme: true, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Nikhil Rao',
        label: 'Software QA Engineer',
        email: 'nikhil.rao.qa@example.com',
        phone: '416-555-0154',
        summary: 'QA engineer three years in, moving from manual testing to automation. I write test cases people can follow, file bugs developers can reproduce, and I am building out our Cypress suite.',
        location: { city: 'Toronto', region: 'ON' },
        profiles: [{ network: 'GitHub', username: 'nikhilrao-qa', url: 'https://github.com/nikhilrao-qa' }],
      },
      work: [
        {
          name: 'Ledgerly', position: 'QA Engineer', location: 'Toronto, ON', startDate: '2024-03',
          highlights: [
            'Test a web invoicing app and its mobile companion every two-week sprint; write and keep about 600 test cases in TestRail.',
            'Wrote 140 end-to-end tests in Cypress with JavaScript for the checkout and billing flows; they run in GitHub Actions on every pull request.',
            'Check REST APIs with Postman collections and verify data with SQL queries against PostgreSQL.',
            'Log and triage defects in Jira with steps, screenshots and logs; run regression before each release.',
          ],
        },
        {
          name: 'Northwind Insurance Systems', position: 'Junior QA Tester', location: 'Mississauga, ON', startDate: '2023-01', endDate: '2024-02',
          highlights: ['Ran manual functional, regression and UAT support testing on a claims portal; wrote test plans from user stories.'],
        },
      ],
      education: [{ institution: 'Seneca Polytechnic', studyType: 'Advanced Diploma', area: 'Computer Programming and Analysis', startDate: '2019', endDate: '2022' }],
      skills: [
        { name: 'Testing', keywords: ['Manual Testing', 'Regression Testing', 'Test Case Design', 'API Testing', 'Cypress', 'Postman', 'TestRail'] },
        { name: 'Tools', keywords: ['JavaScript', 'SQL', 'Jira', 'Git', 'GitHub Actions', 'Agile/Scrum'] },
        { name: 'Certification', keywords: ['ISTQB Certified Tester Foundation Level'] },
      ],
      languages: [{ language: 'English', fluency: 'Fluent' }, { language: 'Telugu', fluency: 'Native' }, { language: 'Hindi', fluency: 'Fluent' }],
    },
  },
  {
    id: '10-dba-marekzielinski',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Marek Zielinski',
        label: 'Senior Database Administrator',
        email: 'marek.zielinski@example.com',
        phone: '412-555-0118',
        summary: 'DBA for fourteen years, Oracle first and PostgreSQL for the last six. I keep production databases up, fast and recoverable, and I have the restore tests to prove it.',
        location: { city: 'Pittsburgh', region: 'PA' },
      },
      work: [
        {
          name: 'Allegheny Health Partners', position: 'Senior Database Administrator', location: 'Pittsburgh, PA', startDate: '2019-05',
          highlights: [
            'Run 60 PostgreSQL and 25 Oracle 19c databases holding clinical and billing data, the largest 9 TB.',
            'Built streaming replication with Patroni for automatic failover; we have had no unplanned outage over 10 minutes since 2021.',
            'Own backup and recovery: pgBackRest and RMAN, with a quarterly restore test of every production database.',
            'Tune slow queries with execution plans and indexing; cut the nightly billing batch from 5 hours to 70 minutes.',
            'Moved 12 databases from Oracle to PostgreSQL and automated patching and user provisioning with Ansible.',
          ],
        },
        {
          name: 'Three Rivers Bank', position: 'Oracle DBA', location: 'Pittsburgh, PA', startDate: '2012-03', endDate: '2019-04',
          highlights: [
            'Administered Oracle 11g/12c RAC clusters and Data Guard standbys for core banking.',
            'Applied quarterly patches, managed tablespaces and wrote PL/SQL and shell scripts for maintenance.',
            'Supported SOX audits: database access reviews and audit trails.',
          ],
        },
      ],
      education: [{ institution: 'University of Pittsburgh', studyType: 'BS', area: 'Information Science', startDate: '2007', endDate: '2011' }],
      skills: [
        { name: 'Databases', keywords: ['PostgreSQL', 'Oracle Database', 'Oracle RAC', 'Data Guard', 'Patroni', 'pgBackRest', 'RMAN', 'Performance Tuning', 'Backup and Recovery', 'High Availability'] },
        { name: 'Scripting', keywords: ['SQL', 'PL/SQL', 'Bash', 'Ansible', 'Linux'] },
        { name: 'Certifications', keywords: ['Oracle Certified Professional (OCP) 19c'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Polish', fluency: 'Conversational' }],
    },
  },
  {
    id: '11-bioinformatics-helenakorhonen',
    style: { dateStyle: 'slashMonth', headerStyle: 'datesFirst', linkScheme: true, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Helena Korhonen',
        label: 'Senior Bioinformatics Scientist',
        email: 'helena.korhonen@example.com',
        phone: '(617) 555-0191',
        summary: 'Computational biologist with a PhD in genomics and six years of NGS analysis in academia and biotech. I build pipelines that other scientists can run and explain the results in their language.',
        location: { city: 'Cambridge', region: 'MA' },
        profiles: [{ network: 'GitHub', username: 'hkorhonen', url: 'https://github.com/hkorhonen' }],
      },
      work: [
        {
          name: 'Meridian Therapeutics', position: 'Senior Scientist, Bioinformatics', location: 'Cambridge, MA', startDate: '2023-01',
          highlights: [
            'Lead RNA-seq and single-cell RNA-seq analysis for two oncology target discovery programs.',
            'Built Nextflow pipelines for alignment, quantification and QC that run on AWS Batch; 3,000 samples processed last year.',
            'Do differential expression and pathway analysis in R (DESeq2, Seurat) and present findings to biology teams.',
            'Mentor two bioinformaticians and review their code on GitHub.',
          ],
        },
        {
          name: 'Broad-affiliated Genomics Lab, Harvard Medical School', position: 'Postdoctoral Fellow', location: 'Boston, MA', startDate: '2020-02', endDate: '2022-12',
          highlights: [
            'Called germline and somatic variants from whole-exome data with GATK; first author on two papers.',
            'Wrote Python tools for CRISPR screen analysis used by three labs.',
          ],
        },
      ],
      education: [
        { institution: 'University of Helsinki', studyType: 'PhD', area: 'Genetics and Genomics', startDate: '2015', endDate: '2019' },
        { institution: 'University of Helsinki', studyType: 'MSc', area: 'Biochemistry', startDate: '2013', endDate: '2015' },
      ],
      skills: [
        { name: 'Analysis', keywords: ['RNA-seq', 'Single-cell RNA-seq', 'Variant Calling', 'GATK', 'DESeq2', 'Seurat', 'Statistics'] },
        { name: 'Programming', keywords: ['Python', 'R', 'Bash', 'Nextflow', 'Git', 'Docker'] },
        { name: 'Infrastructure', keywords: ['AWS Batch', 'Linux', 'HPC (Slurm)'] },
      ],
      languages: [{ language: 'Finnish', fluency: 'Native' }, { language: 'English', fluency: 'Fluent' }, { language: 'Swedish', fluency: 'Intermediate' }],
    },
  },
];

/**
 * Korean résumés: rendered by scripts/build-korean-resume-corpus.mjs's renderers (`style`: locationText,
 * dateStyle dot|dotSpaced|korean|dash, ongoingWord, nameStyle plain|spaced|withLatin, headerStyle
 * employerThenTitle|pipeOneLine|titleLineBelow). Those renderers need a label, summary, certificates
 * and languages on every résumé, and year-month dates.
 */
export const KOREAN_PEOPLE = [
  {
    id: '12-erpconsult-jeonghyunwoo',
    style: { locationText: '서울특별시 영등포구 여의도동', dateStyle: 'dotSpaced', ongoingWord: '재직중', nameStyle: 'withLatin', headerStyle: 'pipeOneLine' },
    resume: {
      basics: {
        name: '정현우',
        label: 'SAP FI/CO 컨설턴트 (과장)',
        email: 'hyunwoo.jeong@example.kr',
        phone: '010-3392-7415',
        summary: '제조·유통 기업의 SAP 재무회계(FI)와 관리회계(CO) 구축·운영을 8년째 하고 있습니다. 회계팀 출신이라 현업의 결산 일정을 알고, 요구사항을 설정과 개발 사양서로 옮기는 일을 잘합니다.',
        location: { city: '영등포구', region: '서울특별시' },
      },
      work: [
        {
          name: '(주)한빛아이티컨설팅', position: 'SAP FI/CO 컨설턴트 · 과장', location: '서울 여의도', startDate: '2020-04',
          highlights: [
            '중견 식품 제조사 S/4HANA 신규 구축 프로젝트에서 FI 모듈 리드를 맡아 총계정원장, 채권·채무, 고정자산 설정과 데이터 이관을 진행했습니다.',
            '원가센터·손익센터 회계와 제품원가 계산(CO-PC) 설계로 월 결산을 7영업일에서 4영업일로 줄였습니다.',
            '전자세금계산서·법인카드 인터페이스의 기능 명세서를 쓰고 ABAP 개발자와 단위·통합 테스트를 했습니다.',
            '운영 유지보수(SM) 계약 3개사의 월 결산 이슈와 SR 요청 월 평균 60건을 처리합니다.',
          ],
        },
        {
          name: '(주)대성유통', position: '회계팀 대리', location: '서울 구로', startDate: '2016-01', endDate: '2020-03',
          highlights: [
            'SAP ECC 사용자로 월·분기 결산, 부가세 신고 자료와 연결 패키지를 작성했습니다.',
            'ERP 고도화 프로젝트에 현업 키유저로 참여해 요구사항 정의와 UAT를 맡았습니다.',
          ],
        },
      ],
      education: [{ institution: '중앙대학교', studyType: '학사', area: '경영학', startDate: '2009-03', endDate: '2015-08' }],
      skills: [
        { name: 'SAP', keywords: ['SAP FI', 'SAP CO', 'S/4HANA', 'SAP ECC', '제품원가(CO-PC)', '데이터 이관', '기능 명세서 작성'] },
        { name: '회계', keywords: ['월 결산', '채권·채무 관리', '고정자산', '부가세 신고'] },
      ],
      certificates: [
        { name: 'SAP Certified Application Associate - S/4HANA for Financial Accounting', issuer: 'SAP', date: '2021-06' },
        { name: '재경관리사', issuer: '삼일회계법인', date: '2017-11' },
      ],
      languages: [{ language: '영어', fluency: '비즈니스 회화 (OPIc IH)' }],
    },
  },
  {
    id: '13-cabincrew-choiseyeon',
    style: { locationText: '인천광역시 중구 운서동', dateStyle: 'dot', ongoingWord: '현재', nameStyle: 'plain', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '최세연',
        label: '객실승무원 (부사무장)',
        email: 'seyeon.choi@example.kr',
        phone: '010-6205-1843',
        summary: '국제선 객실승무원 6년차, 현재 부사무장으로 비즈니스석 서비스를 맡고 있습니다. 안전이 먼저이고, 그다음에 기억에 남는 서비스를 만듭니다.',
        location: { city: '중구', region: '인천광역시' },
      },
      work: [
        {
          name: '한결항공(주)', position: '객실승무원 · 부사무장', location: '인천국제공항', startDate: '2020-11',
          highlights: [
            'B777·A330 국제선 장거리 노선에서 비즈니스 클래스 서비스를 책임지고 승무원 4명의 구역 업무를 배정합니다.',
            '비행 전 객실 안전 점검과 비상장비 점검, 이착륙 시 탑승객 안전 안내를 합니다.',
            '기내 응급환자 발생 시 응급처치와 닥터콜로 대응해 연 3건의 회항 없이 처리했습니다.',
            '기내 면세품 판매 목표를 노선별로 110% 달성했습니다.',
            '일본어 특화 승무원으로 일본 노선 안내 방송을 맡고 있습니다.',
          ],
        },
        {
          name: '호텔 라온 인천', position: '프런트 데스크', location: '인천 영종도', startDate: '2019-03', endDate: '2020-10',
          highlights: [
            '체크인·체크아웃과 외국인 고객 응대, 객실 예약 변경을 처리했습니다.',
          ],
        },
      ],
      education: [{ institution: '인하공업전문대학', studyType: '전문학사', area: '항공운항과', startDate: '2016-03', endDate: '2019-02' }],
      skills: [
        { name: '객실', keywords: ['기내 안전 점검', '비상탈출 절차', '응급처치', '기내 서비스', '기내 면세품 판매', '기내 방송'] },
        { name: '고객', keywords: ['고객 응대', 'VOC 처리', '외국인 응대'] },
      ],
      certificates: [
        { name: 'CPR 및 AED 교육 이수', issuer: '대한적십자사', date: '2025-04' },
        { name: 'JLPT N2', issuer: '일본국제교류기금', date: '2018-12' },
        { name: 'TOEIC 890', issuer: 'ETS', date: '2019-01' },
      ],
      languages: [{ language: '영어', fluency: '업무 가능' }, { language: '일본어', fluency: '업무 가능' }],
    },
  },
  {
    id: '14-shipdesign-kimdonghyuk',
    style: { locationText: '경상남도 거제시 옥포동', dateStyle: 'korean', ongoingWord: '재직중', nameStyle: 'spaced', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '김동혁',
        label: '선체 구조 설계 책임 엔지니어',
        email: 'donghyuk.kim@example.kr',
        phone: '010-2847-9031',
        summary: '조선소 선체 설계 14년차 책임 엔지니어입니다. LNG 운반선과 컨테이너선의 기본·상세 구조 설계를 해 왔고, 선급 승인 도면을 일정 안에 내는 것을 가장 중요하게 생각합니다.',
        location: { city: '거제시', region: '경상남도' },
      },
      work: [
        {
          name: '남해중공업(주) 선박설계부', position: '책임 엔지니어 · 선체구조설계', location: '거제', startDate: '2017-01',
          highlights: [
            '174K LNG 운반선과 15,000TEU 컨테이너선의 선체 구조 상세 설계를 책임지고 설계원 6명을 이끌었습니다.',
            'DNV·ABS·KR 선급 규칙에 따라 구조 도면을 작성하고 선급 승인 코멘트를 처리했습니다.',
            'FEA(MSC Patran/Nastran)로 화물창 주변 구조 강도와 피로 해석을 수행했습니다.',
            'AVEVA Marine에서 3D 구조 모델링을 하고 생산 설계팀에 블록 분할 정보를 넘겼습니다.',
            '선주 감독관 회의에 참석해 설계 변경 요청을 검토하고 원가 영향을 정리했습니다.',
          ],
        },
        {
          name: '남해중공업(주) 선박설계부', position: '선임 엔지니어', location: '거제', startDate: '2012-01', endDate: '2016-12',
          highlights: [
            '벌크선·탱커 기본 설계 단계의 중앙단면 설계와 종강도 계산을 맡았습니다.',
            'AutoCAD로 구조 도면을 그리고 중량 추정을 했습니다.',
          ],
        },
      ],
      education: [{ institution: '부산대학교', studyType: '학사', area: '조선해양공학', startDate: '2005-03', endDate: '2011-02' }],
      skills: [
        { name: '설계', keywords: ['선체 구조 설계', '구조 강도 해석', '피로 해석', '선급 규칙', '종강도 계산', '중량 추정'] },
        { name: '도구', keywords: ['AVEVA Marine', 'MSC Patran/Nastran', 'AutoCAD', 'Excel VBA'] },
      ],
      certificates: [
        { name: '조선기사', issuer: '한국산업인력공단', date: '2011-08' },
        { name: '일반기계기사', issuer: '한국산업인력공단', date: '2013-05' },
      ],
      languages: [{ language: '영어', fluency: '업무 가능 (선급·선주 회의)' }],
    },
  },
  {
    id: '15-cosmeticsrnd-yoonchaewon',
    style: { locationText: '경기도 오산시 가장동', dateStyle: 'dash', ongoingWord: '재직 중', nameStyle: 'plain', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '윤채원',
        label: '화장품 제형 연구원',
        email: 'chaewon.yoon@example.kr',
        phone: '010-9471-2268',
        summary: '기초 스킨케어 제형을 3년째 개발하고 있는 연구원입니다. 에멀젼 안정도와 사용감을 함께 잡는 처방을 고민하고, 고객사 브랜드의 콘셉트를 처방으로 옮기는 일을 합니다.',
        location: { city: '오산시', region: '경기도' },
      },
      work: [
        {
          name: '(주)에이엠코스랩', position: '스킨케어 연구팀 연구원', location: '경기 오산', startDate: '2023-07',
          highlights: [
            'ODM 고객사 12곳의 크림·에센스·토너 처방을 개발해 28개 제품이 출시되었습니다.',
            '수중유형(O/W) 에멀젼 처방의 온도별 안정도 시험과 점도·pH 측정을 진행하고 결과를 보고서로 정리합니다.',
            '원료 규격서와 전성분 표기를 검토하고 사용 한도 원료를 화장품 안전기준에 맞춰 확인합니다.',
            '파일럿 스케일업 시 생산팀과 제조 공정을 맞추고 이행 테스트를 지원합니다.',
          ],
        },
        {
          name: '(주)에이엠코스랩', position: '연구 인턴', location: '경기 오산', startDate: '2023-01', endDate: '2023-06',
          highlights: ['안정도 샘플 관리와 원료 칭량, 실험 노트 정리를 했습니다.'],
        },
      ],
      education: [{ institution: '숙명여자대학교', studyType: '학사', area: '화학과', startDate: '2018-03', endDate: '2022-02' }],
      skills: [
        { name: '제형', keywords: ['에멀젼 처방', '스킨케어 제형 개발', '안정도 시험', '점도 측정', 'pH 측정', '스케일업'] },
        { name: '규제', keywords: ['전성분 표기', '원료 규격 관리', '화장품 안전기준'] },
      ],
      certificates: [
        { name: '맞춤형화장품조제관리사', issuer: '식품의약품안전처', date: '2022-09' },
      ],
      languages: [{ language: '영어', fluency: '문서 독해 가능' }],
    },
  },
  {
    id: '16-wallpaper-parkgwangsu',
    style: { locationText: '대구광역시 달서구 상인동', dateStyle: 'dot', ongoingWord: 'open', nameStyle: 'spaced', headerStyle: 'pipeOneLine' },
    resume: {
      basics: {
        name: '박광수',
        label: '도배 반장 (개인 사업)',
        email: 'gwangsu.park@example.kr',
        phone: '010-5530-8126',
        summary: '도배 20년, 팀을 꾸려 아파트 신축 현장과 인테리어 공사를 맡고 있습니다. 초배부터 마감까지 하자 없이, 공기에 맞춰 끝냅니다.',
        location: { city: '달서구', region: '대구광역시' },
      },
      work: [
        {
          name: '광수도배', position: '대표 · 도배 반장', location: '대구', startDate: '2012-03',
          highlights: [
            '도배사 5명 팀을 꾸려 아파트 신축 현장의 세대 도배를 연 평균 900세대 시공합니다.',
            '실크벽지·합지·방염벽지 시공과 초배·부직포 작업, 천장 도배를 합니다.',
            '인테리어 업체 협력 시공으로 구축 아파트 리모델링 도배와 하자 보수를 맡습니다.',
            '현장 물량 산출과 견적, 자재 발주, 팀원 일당 정산을 직접 합니다.',
          ],
        },
        {
          name: '우리인테리어', position: '도배 기능공', location: '대구', startDate: '2006-04', endDate: '2012-02',
          highlights: [
            '상가·주택 도배와 장판 시공 보조를 했습니다.',
            '풀 기계 운용과 재단을 맡았습니다.',
          ],
        },
      ],
      education: [{ institution: '대구직업전문학교', studyType: '수료', area: '도배 과정', startDate: '2005-09', endDate: '2006-02' }],
      skills: [
        { name: '시공', keywords: ['실크벽지 시공', '합지 시공', '초배 작업', '천장 도배', '하자 보수', '풀 기계'] },
        { name: '현장', keywords: ['물량 산출', '견적', '자재 발주', '팀 관리'] },
      ],
      certificates: [
        { name: '도배기능사', issuer: '한국산업인력공단', date: '2006-05' },
        { name: '건설업 기초안전보건교육 이수', issuer: '한국산업안전보건공단', date: '2013-03' },
      ],
      languages: [{ language: '한국어', fluency: '모국어' }],
    },
  },
];
