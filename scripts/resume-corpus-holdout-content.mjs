// The content of the held-back résumé test set (test/fixtures/resume-corpus-holdout/, issue #10 §2):
// 24 fictional people written as JSON Resume, with names, cities, employers and schools from a seeded
// @faker-js/faker in six locales (en_US, en_GB, en_IN, de, fr, en_AU) and the phrasing below chosen
// up front, before any rendering: job ladders of twelve occupations, degree phrasings, six date
// styles, locations with and without a country, 0–3 languages, skills and links.
//
// Written on 2026-11-30 by an engineer who does not tune the parser and never ran it on this set.
// Nothing here was adjusted after seeing a parse. The JSON Resume each function returns is the truth;
// `presentation` holds the person's own writing habits (date style, how they name the present, how
// they write a degree and a location), which every renderer keeps, as one person's CV would.
import { base, de, en, en_AU, en_GB, en_IN, en_US, Faker, fr } from '@faker-js/faker';

/** One seed per person: the set is rebuilt byte for byte from these. */
const SEED_BASE = 1_010_2026;

const LOCALES = {
  en_US: { faker: en_US, country: 'USA', countryCode: 'US' },
  en_GB: { faker: en_GB, country: 'UK', countryCode: 'GB' },
  en_IN: { faker: en_IN, country: 'India', countryCode: 'IN' },
  de: { faker: de, country: 'Germany', countryCode: 'DE' },
  fr: { faker: fr, country: 'France', countryCode: 'FR' },
  en_AU: { faker: en_AU, country: 'Australia', countryCode: 'AU' },
};
const LOCALE_ORDER = ['en_US', 'en_GB', 'en_IN', 'de', 'fr', 'en_AU'];

// faker's en_GB and en_AU fall back to US city names and its US city names carry no state; these are
// real cities with the region people write.
const US_CITIES = [['Denver', 'CO'], ['Austin', 'TX'], ['Columbus', 'OH'], ['Raleigh', 'NC'], ['Portland', 'OR'], ['Madison', 'WI'], ['Tucson', 'AZ'], ['Albany', 'NY'], ['Sacramento', 'CA'], ['Nashville', 'TN'], ['Boise', 'ID'], ['Richmond', 'VA']];
const GB_CITIES = [['Leeds', 'West Yorkshire'], ['Bristol', 'Bristol'], ['Manchester', 'Greater Manchester'], ['Glasgow', 'Scotland'], ['Cardiff', 'Wales'], ['Nottingham', 'Nottinghamshire'], ['Brighton', 'East Sussex'], ['Sheffield', 'South Yorkshire'], ['Belfast', 'Northern Ireland'], ['Reading', 'Berkshire'], ['Norwich', 'Norfolk'], ['York', 'North Yorkshire']];
const AU_CITIES = [['Brisbane', 'QLD'], ['Perth', 'WA'], ['Adelaide', 'SA'], ['Geelong', 'VIC'], ['Hobart', 'TAS'], ['Newcastle', 'NSW'], ['Canberra', 'ACT'], ['Townsville', 'QLD'], ['Wollongong', 'NSW'], ['Darwin', 'NT'], ['Ballarat', 'VIC'], ['Cairns', 'QLD']];
const IN_STATES = { Pune: 'Maharashtra', Mumbai: 'Maharashtra', Bengaluru: 'Karnataka', Chennai: 'Tamil Nadu', Hyderabad: 'Telangana', Kolkata: 'West Bengal', Jaipur: 'Rajasthan', Ahmedabad: 'Gujarat', Kochi: 'Kerala', Lucknow: 'Uttar Pradesh', Indore: 'Madhya Pradesh', Chandigarh: 'Punjab' };
const DE_CITIES = [['München', 'Bayern'], ['Hamburg', 'Hamburg'], ['Köln', 'Nordrhein-Westfalen'], ['Leipzig', 'Sachsen'], ['Stuttgart', 'Baden-Württemberg'], ['Düsseldorf', 'Nordrhein-Westfalen'], ['Dresden', 'Sachsen'], ['Nürnberg', 'Bayern'], ['Hannover', 'Niedersachsen'], ['Bremen', 'Bremen'], ['Freiburg', 'Baden-Württemberg'], ['Mainz', 'Rheinland-Pfalz']];
const FR_CITIES = [['Lyon', 'Auvergne-Rhône-Alpes'], ['Toulouse', 'Occitanie'], ['Nantes', 'Pays de la Loire'], ['Bordeaux', 'Nouvelle-Aquitaine'], ['Lille', 'Hauts-de-France'], ['Rennes', 'Bretagne'], ['Strasbourg', 'Grand Est'], ['Montpellier', 'Occitanie'], ['Grenoble', 'Auvergne-Rhône-Alpes'], ['Nice', 'Provence-Alpes-Côte d’Azur'], ['Marseille', 'Provence-Alpes-Côte d’Azur'], ['Dijon', 'Bourgogne-Franche-Comté']];

// ------------------------------------------------------------------------------------------------
// Occupations: a title ladder (most senior first), employer kinds, bullets, skills, degrees, summaries.
// Degrees are [studyType, area, joiner]: the page says `${studyType}${joiner}${area}`; no area → studyType alone.

const OCCUPATIONS = {
  nursing: {
    titles: ['Nurse Manager', 'Charge Nurse', 'Registered Nurse', 'Staff Nurse', 'Student Nurse'],
    labels: ['Registered Nurse (RN)', 'Critical Care Nurse', 'Charge Nurse, Emergency Department'],
    employers: 'hospital',
    bullets: [
      'Cared for up to six patients per shift on a 32-bed medical-surgical unit, including post-operative and telemetry patients.',
      'Precepted 11 new graduate nurses and wrote the unit’s orientation checklist.',
      'Cut central-line infections to zero for 14 consecutive months by auditing dressing changes weekly.',
      'Triaged walk-in and ambulance arrivals in a department seeing roughly 180 patients a day.',
      'Led the unit’s switch to electronic medication administration records with no missed doses during go-live.',
      'Coordinated discharge planning with social workers and families, reducing 30-day readmissions by 12%.',
      'Responsible for rostering 40 nursing staff across day and night shifts.',
      'Administered IV therapy, blood transfusions and chemotherapy under protocol.',
    ],
    skills: [['Clinical', ['Patient Assessment', 'IV Therapy', 'Wound Care', 'Triage', 'Telemetry Monitoring']], ['Certifications', ['BLS', 'ACLS', 'PALS']], ['Systems', ['Epic', 'Cerner']]],
    degrees: [['B.S.', 'Nursing', ' in '], ['BSc (Hons)', 'Adult Nursing', ' '], ['Associate of Science', 'Nursing', ' in '], ['Master of Science', 'Nursing', ' in '], ['Diploma', 'General Nursing and Midwifery', ' in ']],
    summaries: ['Registered nurse with {years} years on busy acute wards, calm under pressure and meticulous with medication safety.', 'Emergency nurse who likes a fast pace, teaches new staff and keeps patients and families informed.'],
  },
  accounting: {
    titles: ['Finance Manager', 'Senior Accountant', 'Staff Accountant', 'Accounts Assistant', 'Audit Associate'],
    labels: ['Chartered Accountant', 'Senior Accountant, CPA', 'Financial Controller'],
    employers: 'company',
    bullets: [
      'Closed the monthly books in four working days instead of nine by automating accruals and bank reconciliations.',
      'Prepared statutory accounts and tax computations for 35 limited companies.',
      'Managed the year-end audit with the external auditors; no adjusting entries for two years running.',
      'Built the 3-year budget model in Excel used by the board to approve a €12M capital programme.',
      'Reconciled intercompany balances across six entities and four currencies.',
      'Reduced overdue receivables by 38% through weekly credit-control calls and revised payment terms.',
      'Implemented Xero for a group of retail stores and trained the store managers on expense coding.',
      'Responsible for VAT returns, payroll journals and fixed-asset registers.',
    ],
    skills: [['Accounting', ['Financial Reporting', 'IFRS', 'US GAAP', 'Budgeting', 'Month-End Close']], ['Software', ['SAP', 'Xero', 'QuickBooks', 'Microsoft Excel']]],
    degrees: [['B.Com.', 'Accounting', ' in '], ['BSc', 'Accounting and Finance', ' '], ['Bachelor of Business Administration', 'Accounting', ' in '], ['MBA', undefined, ''], ['Master of Accountancy', undefined, '']],
    summaries: ['Qualified accountant with {years} years in audit and industry; I like clean ledgers and fast closes.', 'Hands-on finance professional who turns messy spreadsheets into reliable monthly reporting.'],
  },
  teaching: {
    titles: ['Head of Department', 'Senior Teacher', 'Classroom Teacher', 'Teaching Assistant', 'Student Teacher'],
    labels: ['Secondary School Teacher', 'Mathematics Teacher', 'Primary Teacher'],
    employers: 'school',
    bullets: [
      'Taught mathematics to classes of 28–32 students aged 11 to 16 and raised pass rates from 61% to 78%.',
      'Designed a project-based science curriculum for Year 8 that the whole department adopted.',
      'Ran the after-school coding club and took two teams to the regional robotics final.',
      'Mentored four trainee teachers through their placements.',
      'Introduced weekly low-stakes quizzes and tracked progress in a shared spreadsheet for every class.',
      'Organised parent evenings and wrote termly reports for around 150 pupils.',
      'Supported students with special educational needs through differentiated lesson plans.',
      'Led the school’s move to Google Classroom during the 2020 closures.',
    ],
    skills: [['Teaching', ['Curriculum Design', 'Classroom Management', 'Differentiated Instruction', 'Assessment']], ['Tools', ['Google Classroom', 'SMART Board', 'Moodle']]],
    degrees: [['Bachelor of Arts', 'English Literature', ' in '], ['B.Ed.', 'Primary Education', ' '], ['PGCE', 'Secondary Mathematics', ' '], ['Master of Education', 'Educational Leadership', ' in '], ['B.Sc.', 'Mathematics', ' in ']],
    summaries: ['Teacher with {years} years in state schools who makes hard subjects approachable.', 'Enthusiastic educator focused on clear explanations, fair assessment and calm classrooms.'],
  },
  sales: {
    titles: ['Regional Sales Manager', 'Key Account Manager', 'Account Executive', 'Sales Representative', 'Business Development Representative'],
    labels: ['Enterprise Account Executive', 'B2B Sales Manager', 'Key Account Manager'],
    employers: 'company',
    bullets: [
      'Closed $2.4M in new annual recurring revenue in 2022, 131% of quota.',
      'Opened 19 new distributor accounts across the region in my first year.',
      'Managed a portfolio of 40 key accounts with combined yearly revenue of €8M.',
      'Shortened the average sales cycle from 94 to 61 days by introducing paid pilots.',
      'Hired and coached a team of six account executives; four were promoted within two years.',
      'Negotiated framework agreements with three national retail chains.',
      'Presented at 12 trade shows and turned booth conversations into a qualified pipeline of 300 leads.',
      'Kept CRM data clean and forecast accuracy within 5% every quarter.',
    ],
    skills: [['Sales', ['Consultative Selling', 'Negotiation', 'Pipeline Management', 'Account Planning', 'Cold Calling']], ['Tools', ['Salesforce', 'HubSpot', 'LinkedIn Sales Navigator']]],
    degrees: [['Bachelor of Business Administration', undefined, ''], ['BA', 'Marketing', ' in '], ['B.A.', 'Economics', ', '], ['Diploma', 'Sales and Marketing', ' in '], ['MBA', 'International Business', ', ']],
    summaries: ['Quota-carrying sales professional with {years} years in B2B, from cold outreach to multi-year contracts.', 'Relationship-driven account manager who grows existing customers and opens new markets.'],
  },
  design: {
    titles: ['Design Lead', 'Senior Product Designer', 'UX Designer', 'Graphic Designer', 'Design Intern'],
    labels: ['Senior Product Designer', 'UX/UI Designer', 'Graphic & Brand Designer'],
    employers: 'company',
    bullets: [
      'Redesigned the checkout flow; conversion rose by 17% in an A/B test with 200k sessions.',
      'Built and documented the company design system in Figma, used by 30 designers and engineers.',
      'Ran 60+ usability interviews and turned the findings into a prioritised research backlog.',
      'Created packaging and point-of-sale material for a range launched in 400 stores.',
      'Led the rebrand: logo, typography, colour palette and a 40-page brand book.',
      'Worked with engineers on accessible components that pass WCAG 2.1 AA.',
      'Art-directed photo shoots and managed freelance illustrators.',
      'Designed onboarding screens for the mobile app (iOS and Android).',
    ],
    skills: [['Design', ['User Research', 'Interaction Design', 'Prototyping', 'Typography', 'Brand Identity']], ['Tools', ['Figma', 'Adobe Illustrator', 'Adobe InDesign', 'Sketch']]],
    degrees: [['Bachelor of Fine Arts', 'Graphic Design', ' in '], ['BA (Hons)', 'Illustration', ' '], ['Bachelor of Design', 'Visual Communication', ' in '], ['M.Des.', 'Interaction Design', ' '], ['Diploma', 'Graphic Design', ' of ']],
    summaries: ['Product designer with {years} years of shipping web and mobile apps people enjoy using.', 'Designer who moves between brand work and product UX, always starting from research.'],
  },
  data: {
    titles: ['Lead Data Scientist', 'Senior Data Analyst', 'Data Scientist', 'Data Analyst', 'Junior Data Analyst'],
    labels: ['Data Scientist', 'Senior Data Analyst', 'Analytics Engineer'],
    employers: 'company',
    bullets: [
      'Built a churn model (gradient boosting) that flagged 70% of cancellations a month ahead.',
      'Replaced 40 hand-made Excel reports with a self-service Tableau dashboard used by 200 staff.',
      'Designed and analysed A/B tests for the pricing team; one test added 4% to average order value.',
      'Wrote dbt models and data-quality tests for the warehouse, cutting broken dashboards by 80%.',
      'Forecast weekly demand for 1,500 products with a mean absolute percentage error under 9%.',
      'Presented findings to the leadership team every month in plain language.',
      'Cleaned and joined survey data from 12 countries for the annual customer report.',
      'Automated data extraction from the ERP with Python and Airflow.',
    ],
    skills: [['Languages', ['Python', 'SQL', 'R']], ['Analytics', ['Machine Learning', 'A/B Testing', 'Forecasting', 'Statistics']], ['Tools', ['Tableau', 'Power BI', 'dbt', 'Airflow', 'Snowflake']]],
    degrees: [['M.Sc.', 'Data Science', ' in '], ['B.Tech', 'Computer Science and Engineering', ' in '], ['Ph.D.', 'Statistics', ' in '], ['Bachelor of Science', 'Mathematics', ' in '], ['MSc', 'Business Analytics', ' ']],
    summaries: ['Data scientist with {years} years of turning business questions into models and dashboards people trust.', 'Analyst who writes solid SQL, explains results simply and automates the boring parts.'],
  },
  engineering: {
    titles: ['Principal Engineer', 'Senior Mechanical Engineer', 'Mechanical Engineer', 'Design Engineer', 'Graduate Engineer'],
    labels: ['Mechanical Engineer', 'Senior Design Engineer', 'Manufacturing Engineer'],
    employers: 'company',
    bullets: [
      'Designed injection-moulded housings for a handheld medical device from concept to production.',
      'Reduced part count of the pump assembly from 42 to 27, saving €18 per unit.',
      'Ran FEA on brackets and enclosures and validated the results with strain-gauge testing.',
      'Wrote design FMEAs and test plans for CE and UL certification.',
      'Supported the factory in Shenzhen during ramp-up and resolved 30 supplier quality issues.',
      'Introduced GD&T training for the design team.',
      'Maintained the bill of materials and engineering change orders in the PLM system.',
      'Built test rigs for thermal cycling and vibration testing.',
    ],
    skills: [['CAD/CAE', ['SolidWorks', 'Creo', 'ANSYS', 'AutoCAD']], ['Engineering', ['GD&T', 'DFMEA', 'Design for Manufacturing', 'Tolerance Analysis']]],
    degrees: [['M.Eng.', 'Mechanical Engineering', ' '], ['B.E.', 'Mechanical Engineering', ' in '], ['Bachelor of Engineering (Hons)', 'Mechanical Engineering', ', '], ['Dipl.-Ing.', 'Maschinenbau', ' '], ['BEng', 'Aerospace Engineering', ' ']],
    summaries: ['Mechanical engineer with {years} years in product development, from sketches to mass production.', 'Design engineer who likes hard tolerances, good test data and working closely with the factory.'],
  },
  operations: {
    titles: ['Operations Manager', 'Logistics Coordinator', 'Warehouse Supervisor', 'Supply Chain Analyst', 'Operations Assistant'],
    labels: ['Operations Manager', 'Supply Chain & Logistics Lead', 'Warehouse Operations Supervisor'],
    employers: 'company',
    bullets: [
      'Ran a 24/7 distribution centre with 85 staff shipping 12,000 orders a day.',
      'Raised pick accuracy to 99.7% by redesigning slotting and introducing scan-to-confirm.',
      'Negotiated new carrier contracts that cut outbound freight cost by 14%.',
      'Led the move to a new 20,000 m² warehouse without a single day of lost shipping.',
      'Implemented weekly S&OP meetings between sales, purchasing and the warehouse.',
      'Tracked KPIs (OTIF, dock-to-stock time, cost per order) on a daily dashboard.',
      'Cut lost-time injuries by half through a new safety walk and near-miss reporting.',
      'Managed inventory of 6,000 SKUs with quarterly cycle counts.',
    ],
    skills: [['Operations', ['Lean Six Sigma', 'Inventory Management', 'S&OP', 'Warehouse Management', 'Vendor Management']], ['Systems', ['SAP EWM', 'Oracle NetSuite', 'Microsoft Excel']]],
    degrees: [['Bachelor of Science', 'Supply Chain Management', ' in '], ['BBA', 'Operations Management', ', '], ['Associate of Applied Science', 'Logistics', ' in '], ['MBA', undefined, ''], ['Diploma', 'Logistics and Supply Chain', ' in ']],
    summaries: ['Operations manager with {years} years in warehousing and distribution; safe, fast and accurate.', 'Practical supply-chain lead who fixes processes on the floor, not only in slides.'],
  },
  marketing: {
    titles: ['Head of Marketing', 'Marketing Manager', 'Digital Marketing Specialist', 'Marketing Coordinator', 'Marketing Intern'],
    labels: ['Digital Marketing Manager', 'Growth Marketer', 'Content & Brand Marketing Lead'],
    employers: 'company',
    bullets: [
      'Grew organic traffic from 40k to 210k monthly visits in 18 months through SEO and content.',
      'Managed a paid-media budget of £1.5M across Google Ads, Meta and LinkedIn at a 4.2× ROAS.',
      'Launched the email lifecycle programme; onboarding emails lifted activation by 23%.',
      'Planned and ran the product launch event for 600 guests and 40 journalists.',
      'Wrote the brand messaging guide and trained sales on the new positioning.',
      'Coordinated a team of three writers and two freelance designers.',
      'Set up marketing attribution in GA4 and HubSpot.',
      'Ran social channels with a combined audience of 90k followers.',
    ],
    skills: [['Marketing', ['SEO', 'Content Marketing', 'Paid Social', 'Email Marketing', 'Marketing Analytics']], ['Tools', ['Google Analytics', 'HubSpot', 'Google Ads', 'Canva']]],
    degrees: [['Bachelor of Arts', 'Communications', ' in '], ['BA (Hons)', 'Marketing', ' '], ['B.B.A.', 'Marketing', ', '], ['Master of Science', 'Marketing', ' in '], ['Postgraduate Diploma', 'Digital Marketing', ' in ']],
    summaries: ['Marketer with {years} years of building brands and demand for B2B and consumer products.', 'Data-minded growth marketer who writes well and ships campaigns quickly.'],
  },
  law: {
    titles: ['Senior Associate', 'Associate', 'Legal Counsel', 'Trainee Solicitor', 'Paralegal'],
    labels: ['Commercial Lawyer', 'In-house Legal Counsel', 'Employment Lawyer'],
    employers: 'lawfirm',
    bullets: [
      'Advised technology clients on SaaS agreements, licensing and data-protection terms.',
      'Ran due diligence on 15 acquisitions and drafted the disclosure letters.',
      'Represented employers before the employment tribunal in unfair-dismissal and discrimination claims.',
      'Drafted the company’s standard terms and a playbook that halved contract review time.',
      'Handled a caseload of 60 commercial disputes from pre-action letters to settlement.',
      'Trained managers on whistle-blowing, GDPR and anti-bribery policies.',
      'Negotiated supplier contracts worth more than $30M a year.',
      'Supported partners on cross-border financing transactions.',
    ],
    skills: [['Practice Areas', ['Commercial Contracts', 'Employment Law', 'Data Protection', 'Litigation', 'Corporate Governance']], ['Research', ['Westlaw', 'LexisNexis', 'Practical Law']]],
    degrees: [['LL.B.', 'Law', ' in '], ['Juris Doctor', undefined, ''], ['LL.M.', 'International Commercial Law', ' in '], ['Bachelor of Laws', undefined, ''], ['Master 2', 'Droit des affaires', ' ']],
    summaries: ['Commercial lawyer with {years} years of advising companies on contracts, disputes and employment.', 'Practical in-house counsel who gives clear answers and keeps deals moving.'],
  },
  hr: {
    titles: ['HR Business Partner', 'Talent Acquisition Manager', 'HR Generalist', 'Recruiter', 'HR Assistant'],
    labels: ['HR Business Partner', 'Talent Acquisition Lead', 'People Operations Manager'],
    employers: 'company',
    bullets: [
      'Hired 120 engineers and sales staff in a year while cutting time-to-hire from 52 to 31 days.',
      'Rolled out a new performance review process to 900 employees in five countries.',
      'Advised managers on disciplinary cases, restructures and consultations.',
      'Built the onboarding programme; first-year attrition fell from 24% to 13%.',
      'Ran the annual engagement survey and worked with leaders on action plans.',
      'Managed payroll inputs and benefits renewals with the outsourced provider.',
      'Introduced structured interviews and scorecards for every open role.',
      'Organised graduate recruitment at 14 universities.',
    ],
    skills: [['HR', ['Talent Acquisition', 'Employee Relations', 'Performance Management', 'Onboarding', 'HR Policy']], ['Systems', ['Workday', 'BambooHR', 'Greenhouse', 'Personio']]],
    degrees: [['Bachelor of Arts', 'Psychology', ' in '], ['MA', 'Human Resource Management', ' in '], ['BSc (Hons)', 'Business Management', ' '], ['MBA', 'Human Resources', ', '], ['Associate Degree', 'Business Administration', ' in ']],
    summaries: ['HR partner with {years} years of hiring, developing and looking after people in growing companies.', 'Recruiter turned HR generalist who cares about fair processes and fast hiring.'],
  },
  software: {
    titles: ['Engineering Manager', 'Senior Software Engineer', 'Software Engineer', 'Software Developer', 'Junior Developer'],
    labels: ['Senior Backend Engineer', 'Full-Stack Developer', 'Site Reliability Engineer'],
    employers: 'company',
    bullets: [
      'Split a monolith into eight services on Kubernetes; deploys went from weekly to 30 a day.',
      'Wrote the payments integration (Stripe and Adyen) handling €40M a year.',
      'Cut p95 API latency from 900 ms to 180 ms by fixing N+1 queries and adding caching.',
      'Set up on-call, runbooks and SLOs for the platform team.',
      'Mentored five junior developers and ran the weekly code-review clinic.',
      'Built the React admin app used by customer support every day.',
      'Migrated CI from Jenkins to GitHub Actions, halving build times.',
      'Wrote the public REST API and its OpenAPI documentation.',
    ],
    skills: [['Languages', ['TypeScript', 'Go', 'Java', 'Python']], ['Platforms', ['Kubernetes', 'AWS', 'PostgreSQL', 'Kafka', 'Terraform']]],
    degrees: [['B.S.', 'Computer Science', ' in '], ['B.Tech', 'Information Technology', ' '], ['M.Sc.', 'Informatik', ' '], ['Bachelor of Science (Hons)', 'Software Engineering', ' in '], ['Diplôme d’ingénieur', 'Informatique', ', ']],
    summaries: ['Backend engineer with {years} years of building reliable services and the teams around them.', 'Full-stack developer who ships small, well-tested changes often.'],
  },
};
const OCCUPATION_ORDER = Object.keys(OCCUPATIONS);

const LANGUAGE_NAMES = { en_US: 'English', en_GB: 'English', en_IN: 'Hindi', de: 'German', fr: 'French', en_AU: 'English' };
const OTHER_LANGUAGES = ['English', 'Spanish', 'French', 'German', 'Italian', 'Mandarin', 'Portuguese', 'Arabic', 'Tamil', 'Japanese', 'Dutch', 'Polish'];
const FLUENCIES = ['Native', 'Fluent', 'Professional working proficiency', 'Conversational', 'Basic', 'C1', 'B2', 'Intermediate'];

/**
 * Date styles (truth dates are YYYY-MM unless the style shows years only):
 * `short` Jan 2020 – Present · `slash` 01/2020 – 03/2022 · `year` 2019–2021 · `longTo` March 2018 to June 2020
 * · `dotted` 09.2019 – 08.2021 · `shortHyphen` Sep 2019 - Aug 2021
 */
export const DATE_STYLES = ['short', 'slash', 'year', 'longTo', 'dotted', 'shortHyphen'];
const PRESENT_WORDS = ['Present', 'present', 'Current', 'Now', 'Today'];
/** How the person writes a place: `cityRegion` Leeds, West Yorkshire · `cityCountry` Lyon, France · `city` Pune · `cityRegionCountry`. */
const LOCATION_STYLES = ['cityRegion', 'cityCountry', 'city', 'cityRegionCountry'];

const ascii = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/[^A-Za-z]/g, '').toLowerCase();

function place(faker, locale) {
  switch (locale) {
    case 'en_GB': return faker.helpers.arrayElement(GB_CITIES);
    case 'en_AU': return faker.helpers.arrayElement(AU_CITIES);
    case 'de': return faker.helpers.arrayElement(DE_CITIES);
    case 'fr': return faker.helpers.arrayElement(FR_CITIES);
    case 'en_IN': return faker.helpers.arrayElement(Object.entries(IN_STATES));
    default: return faker.helpers.arrayElement(US_CITIES);
  }
}

function locationText([city, region], country, style) {
  if (city === region) return style === 'city' ? city : `${city}, ${country}`;
  switch (style) {
    case 'cityRegion': return `${city}, ${region}`;
    case 'cityCountry': return `${city}, ${country}`;
    case 'city': return city;
    default: return `${city}, ${region}, ${country}`;
  }
}

function companyName(faker) {
  for (;;) {
    const name = faker.company.name();
    // A comma or a spaced hyphen inside a firm's name ("Kihn, Sporer and Ryan", "Kihn - Sporer") reads as two
    // fields even to a person; real firm names of that shape are rare enough to leave out.
    if (!/,| - /.test(name)) return name;
  }
}

function employer(faker, kind, [city], locale) {
  const last = faker.person.lastName();
  switch (kind) {
    case 'hospital':
      return faker.helpers.arrayElement(
        locale === 'de' ? [`Klinikum ${city}`, `Universitätsklinikum ${city}`, `St. ${last} Krankenhaus`]
          : locale === 'fr' ? [`CHU de ${city}`, `Clinique ${last}`, `Hôpital Saint-${faker.person.firstName('male')}`]
            : [`${city} General Hospital`, `St ${last}’s Hospital`, `${last} Memorial Medical Center`, `${city} Community Health`],
      );
    case 'school':
      return faker.helpers.arrayElement(
        locale === 'de' ? [`${last}-Gymnasium`, `Gesamtschule ${city}`, `Internationale Schule ${city}`]
          : locale === 'fr' ? [`Lycée ${last}`, `Collège Jean-${last}`, `École internationale de ${city}`]
            : [`${city} High School`, `${last} Academy`, `St ${last}’s Primary School`, `${city} Grammar School`],
      );
    case 'lawfirm':
      return faker.helpers.arrayElement([`${last} & ${faker.person.lastName()} LLP`, `${last} Legal`, `${last} ${faker.person.lastName()} Solicitors`, companyName(faker)]);
    default:
      return companyName(faker);
  }
}

function school(faker, locale, [city], degree) {
  const last = faker.person.lastName();
  const [studyType] = degree;
  const vocational = /Associate|Diploma/.test(studyType);
  const options = {
    en_US: vocational ? [`${city} Community College`, `${city} Technical College`] : [`University of ${faker.location.state()}`, `${city} State University`, `${last} College`],
    en_GB: vocational ? [`${city} College`] : [`University of ${city}`, `${city} Metropolitan University`, `${city} Trent University`],
    en_IN: [`${city} Institute of Technology`, `University of ${city}`, `${last} College of Commerce`, `${city} Government College`],
    de: [`Technische Universität ${city}`, `Universität ${city}`, `Hochschule ${city}`],
    fr: [`Université de ${city}`, `École Supérieure de Commerce de ${city}`, `Institut ${last}`],
    en_AU: vocational ? [`TAFE ${city}`] : [`University of ${city}`, `${city} University`, `${last} Institute of Technology`],
  }[locale];
  return faker.helpers.arrayElement(options);
}

function phone(faker, locale) {
  const digits = (count) => faker.string.numeric({ length: count, allowLeadingZeros: true });
  switch (locale) {
    case 'en_US': {
      const area = faker.helpers.arrayElement(['212', '312', '415', '512', '617', '720', '206', '303']);
      const line = `01${digits(2)}`;
      return faker.helpers.arrayElement([`(${area}) 555-${line}`, `${area}-555-${line}`, `+1 ${area} 555 ${line}`, `${area}.555.${line}`]);
    }
    case 'en_GB': {
      const tail = digits(3);
      return faker.helpers.arrayElement([`07700 900${tail}`, `+44 7700 900${tail}`, `+44 (0)20 7946 0${tail}`]);
    }
    case 'en_IN': return faker.helpers.arrayElement([`+91 98${digits(3)} ${digits(5)}`, `+91-9${digits(4)}-${digits(5)}`, `098${digits(3)} ${digits(5)}`]);
    case 'de': {
      const tail = digits(3);
      return faker.helpers.arrayElement([`+49 30 23125 ${tail}`, `030 23125${tail}`, `+49 (0)30 23125-${tail}`]);
    }
    case 'fr': {
      const [a, b] = [digits(2), digits(2)];
      return faker.helpers.arrayElement([`+33 1 99 00 ${a} ${b}`, `06 39 98 ${a} ${b}`, `+33 6 39 98 ${a} ${b}`]);
    }
    default: {
      const tail = String(faker.number.int({ min: 6, max: 159 })).padStart(3, '0');
      return faker.helpers.arrayElement([`0491 570 ${tail}`, `+61 491 570 ${tail}`]);
    }
  }
}

/** Months (1–12) as YYYY-MM, or YYYY when the person writes years only. */
const partialDate = (year, month, yearsOnly) => (yearsOnly ? String(year) : `${year}-${String(month).padStart(2, '0')}`);

function buildPerson(index) {
  const localeName = LOCALE_ORDER[index % LOCALE_ORDER.length];
  const locale = LOCALES[localeName];
  const faker = new Faker({ locale: [locale.faker, en, base] });
  faker.seed(SEED_BASE + index);
  // Shifted in the second dozen so the two people of one occupation come from different locales.
  const occupationName = OCCUPATION_ORDER[(index + Math.floor(index / OCCUPATION_ORDER.length)) % OCCUPATION_ORDER.length];
  const occupation = OCCUPATIONS[occupationName];

  const sex = faker.helpers.arrayElement(['female', 'male']);
  const first = faker.person.firstName(sex);
  const last = faker.person.lastName(sex);
  const name = `${first} ${last}`;
  const home = place(faker, localeName);
  const presentation = {
    locale: localeName,
    dateStyle: DATE_STYLES[(index * 5 + 1) % DATE_STYLES.length],
    presentWord: faker.helpers.arrayElement(PRESENT_WORDS),
    locationStyle: LOCATION_STYLES[(index * 3) % LOCATION_STYLES.length],
    country: locale.country,
  };
  const yearsOnly = presentation.dateStyle === 'year';

  // Work, newest first, ending in the present for most people.
  // Two to five jobs, so that the longer CVs run to a second page in the roomier layouts.
  const jobCount = faker.number.int({ min: 2, max: 5 });
  const titleStart = faker.number.int({ min: 0, max: Math.max(0, occupation.titles.length - jobCount) });
  let endYear = 2026;
  let endMonth = faker.number.int({ min: 1, max: 11 });
  const current = faker.datatype.boolean(0.75);
  const bulletPool = faker.helpers.shuffle([...occupation.bullets]);
  const work = [];
  for (let job = 0; job < jobCount; job++) {
    const months = faker.number.int({ min: 10, max: 46 });
    const endIndex = endYear * 12 + (endMonth - 1);
    const startIndex = endIndex - months;
    const [startYear, startMonth] = [Math.floor(startIndex / 12), (startIndex % 12) + 1];
    const abroad = job > 0 && faker.datatype.boolean(0.15);
    const jobPlace = job === 0 || !faker.datatype.boolean(0.5) ? home : place(faker, localeName);
    const remote = occupationName === 'software' || occupationName === 'data' ? faker.datatype.boolean(0.2) : false;
    let location;
    if (remote) location = 'Remote';
    else if (!faker.datatype.boolean(0.1)) location = abroad ? `${place(faker, 'en_GB')[0]}, UK` : locationText(jobPlace, locale.country, presentation.locationStyle);
    const bulletCount = faker.helpers.weightedArrayElement([{ value: 0, weight: 1 }, { value: 1, weight: 2 }, { value: 2, weight: 4 }, { value: 3, weight: 4 }, { value: 4, weight: 2 }, { value: 5, weight: 1 }]);
    const highlights = bulletPool.splice(0, Math.min(bulletCount, bulletPool.length));
    work.push({
      name: employer(faker, occupation.employers, jobPlace, localeName),
      position: occupation.titles[titleStart + job],
      ...(location ? { location } : {}),
      startDate: partialDate(startYear, startMonth, yearsOnly),
      ...(job === 0 && current ? {} : { endDate: partialDate(endYear, endMonth, yearsOnly) }),
      highlights,
    });
    const gap = faker.number.int({ min: 0, max: 5 });
    const previousEnd = startIndex - gap;
    [endYear, endMonth] = [Math.floor(previousEnd / 12), (previousEnd % 12) + 1];
  }

  // Education: 1–2 degrees; some give only the graduation year.
  const degreeChoices = faker.helpers.shuffle([...occupation.degrees]).slice(0, faker.number.int({ min: 1, max: 2 }));
  let graduation = endYear - faker.number.int({ min: 0, max: 1 });
  const education = [];
  const degreePhrases = [];
  for (const degree of degreeChoices.sort((a, b) => Number(/^(M|Ph|LL\.M|Master|PGCE|Post)/.test(b[0])) - Number(/^(M|Ph|LL\.M|Master|PGCE|Post)/.test(a[0])))) {
    const [studyType, area, joiner] = degree;
    const length = /Ph\.D/.test(studyType) ? 4 : /^(M|LL\.M|PGCE|Post)/.test(studyType) ? faker.number.int({ min: 1, max: 2 }) : /Associate|Diploma/.test(studyType) ? 2 : faker.number.int({ min: 3, max: 4 });
    const endOnly = faker.datatype.boolean(0.25);
    education.push({
      institution: school(faker, localeName, faker.datatype.boolean(0.7) ? home : place(faker, localeName), degree),
      ...(area ? { area } : {}),
      studyType,
      ...(endOnly ? {} : { startDate: String(graduation - length) }),
      endDate: String(graduation),
    });
    degreePhrases.push(area ? `${studyType}${joiner}${area}` : studyType);
    graduation = graduation - length - faker.number.int({ min: 0, max: 2 });
  }

  // Skills: the groups as written, trimmed to 5–12 keywords.
  const skills = occupation.skills
    .map(([group, keywords]) => ({ name: group, keywords: faker.helpers.arrayElements(keywords, { min: Math.min(2, keywords.length), max: keywords.length }) }))
    .filter((group) => group.keywords.length > 0);

  // Languages: 0–3.
  const languageCount = faker.helpers.weightedArrayElement([{ value: 0, weight: 2 }, { value: 1, weight: 2 }, { value: 2, weight: 3 }, { value: 3, weight: 2 }]);
  const languages = [];
  const native = LANGUAGE_NAMES[localeName];
  if (languageCount > 0) languages.push({ language: native, fluency: faker.helpers.arrayElement(['Native', 'Native speaker', 'Mother tongue']) });
  for (const other of faker.helpers.arrayElements(OTHER_LANGUAGES.filter((language) => language !== native), Math.max(0, languageCount - 1))) {
    languages.push({ language: other, fluency: faker.helpers.arrayElement(FLUENCIES.slice(1)) });
  }

  // Contact and links.
  const mailbox = faker.helpers.arrayElement([`${ascii(first)}.${ascii(last)}`, `${ascii(first)[0]}${ascii(last)}`, `${ascii(last)}.${ascii(first)}${faker.number.int({ min: 10, max: 99 })}`]);
  const email = `${mailbox}@${faker.helpers.arrayElement(['example.com', 'example.org', 'example.net'])}`;
  const slug = `${ascii(first)}-${ascii(last)}`;
  const profiles = [];
  if (faker.datatype.boolean(0.7)) profiles.push({ network: 'LinkedIn', username: slug, url: `https://www.linkedin.com/in/${slug}` });
  if ((occupationName === 'software' || occupationName === 'data') && faker.datatype.boolean(0.8)) profiles.push({ network: 'GitHub', username: `${ascii(first)}${ascii(last)}`, url: `https://github.com/${ascii(first)}${ascii(last)}` });
  if (occupationName === 'design') profiles.push({ network: 'Behance', username: `${ascii(first)}${ascii(last)}`, url: `https://www.behance.net/${ascii(first)}${ascii(last)}` });
  const url = faker.datatype.boolean(0.3) ? `https://${ascii(first)}${ascii(last)}.example.com` : undefined;

  const years = 2026 - Number(work.at(-1).startDate.slice(0, 4));
  const summary = faker.datatype.boolean(0.75) ? faker.helpers.arrayElement(occupation.summaries).replace('{years}', String(years)) : undefined;
  const label = faker.datatype.boolean(0.85) ? faker.helpers.arrayElement(occupation.labels) : undefined;

  const resume = {
    basics: {
      name,
      ...(label ? { label } : {}),
      email,
      phone: phone(faker, localeName),
      ...(url ? { url } : {}),
      ...(summary ? { summary } : {}),
      location: { city: home[0], region: home[1], countryCode: locale.countryCode },
      ...(profiles.length > 0 ? { profiles } : {}),
    },
    work,
    education,
    skills,
    languages,
  };
  const id = `${String(index + 1).padStart(2, '0')}-${occupationName}-${localeName.replace('_', '').toLowerCase()}-${ascii(first)}${ascii(last)}`;
  return { id, resume, presentation: { ...presentation, degreePhrases } };
}

/** The 24 people of the held-back set, in a fixed order. */
export function buildHoldoutContent(count = 24) {
  return Array.from({ length: count }, (_, index) => buildPerson(index));
}
