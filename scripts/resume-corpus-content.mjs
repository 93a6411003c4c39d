// The content of the résumé corpus (test/fixtures/resume-corpus/): fictional people written as
// JSON Resume. Names come from a seeded faker so the corpus is reproducible; jobs, bullets, schools
// and skills are hand-written per profession so they read like real résumés (long bullets wrap).
// Phone numbers use fictional ranges (US 555-01xx, UK Ofcom drama numbers, KR/DE look-alikes).
import { faker } from '@faker-js/faker';

const PROFESSIONS = {
  software: {
    github: true,
    labels: ['Senior Software Engineer', 'Backend Engineer', 'Staff Platform Engineer'],
    jobs: [
      { position: 'Senior Software Engineer', name: 'Toss Commerce', location: 'Seoul' },
      { position: 'Backend Engineer', name: 'Brightwave Payments Inc.', location: 'Austin, TX' },
      { position: 'Software Engineer', name: 'Northwind Analytics', location: 'Remote' },
      { position: 'Junior Developer', name: 'Kestrel Labs', location: 'Denver, CO' },
      { position: 'Staff Platform Engineer', name: 'Harbor Cloud Systems', location: 'Toronto, ON' },
    ],
    bullets: [
      'Designed a Kafka-based ledger that processes 2 million payments a day with 99.99% availability across three regions',
      'Cut checkout latency at the 99th percentile by 45% by moving session lookups from PostgreSQL to a write-through Redis cache.',
      'Led the migration of 40 services from a hand-rolled deploy script to Kubernetes and Argo CD.',
      'Mentored four junior engineers, two of whom were promoted within a year.',
      'Introduced contract tests between the mobile apps and the public API, which halved the number of release rollbacks.',
      'Built an internal feature-flag service used by 12 teams to ship behind toggles and roll back without a deploy.',
      'Rewrote the search indexer in Go, reducing nightly rebuild time from six hours to 35 minutes.',
      'On-call lead for the payments platform; wrote the incident review template now used company-wide.',
    ],
    schools: [
      { institution: 'Korea Advanced Institute of Science and Technology', studyType: 'B.S.', area: 'Computer Science' },
      { institution: 'University of Texas at Austin', studyType: 'Master of Science', area: 'Computer Science' },
      { institution: 'University of Waterloo', studyType: 'Bachelor of Applied Science', area: 'Software Engineering' },
    ],
    skills: [
      { name: 'Languages', keywords: ['Go', 'TypeScript', 'Java', 'SQL'] },
      { name: 'Infrastructure', keywords: ['Kubernetes', 'Kafka', 'PostgreSQL', 'Redis', 'AWS'] },
    ],
    summary: 'Backend engineer with a decade of experience building payment and data platforms. I care about boring, observable systems and about growing the engineers around me.',
  },
  nursing: {
    labels: ['Registered Nurse', 'Charge Nurse, Intensive Care'],
    jobs: [
      { position: 'Charge Nurse', name: 'St. Mary’s Regional Hospital', location: 'Chicago, IL' },
      { position: 'Registered Nurse', name: 'Northwestern Memorial Hospital', location: 'Chicago, IL' },
      { position: 'Staff Nurse', name: 'Riverside Community Clinic', location: 'Evanston, IL' },
      { position: 'Nursing Assistant', name: 'Lakeview Care Center', location: 'Oak Park, IL' },
    ],
    bullets: [
      'Coordinated care for a 24-bed medical intensive care unit, assigning nurses by acuity and supervising six staff per shift.',
      'Reduced central-line infections on the unit by 30% by introducing a daily bundle checklist and bedside audits.',
      'Precepted 15 new graduate nurses through a twelve-week orientation program with a 100% retention rate at one year.',
      'Administered medications and titrated vasoactive drips for ventilated patients following evidence-based protocols.',
      'Served on the hospital falls committee; the new hourly rounding schedule lowered falls by 22%.',
      'Educated patients and families on discharge plans, wound care and medication schedules in English and Spanish.',
    ],
    schools: [
      { institution: 'Loyola University Chicago', studyType: 'Bachelor of Science', area: 'Nursing' },
      { institution: 'Rush University', studyType: 'Master of Science', area: 'Nursing Leadership' },
    ],
    skills: [
      { name: 'Clinical', keywords: ['Critical Care', 'Ventilator Management', 'IV Therapy', 'Wound Care'] },
      { name: 'Certifications', keywords: ['BLS', 'ACLS', 'CCRN'] },
      { name: 'Systems', keywords: ['Epic', 'Cerner'] },
    ],
    summary: 'Registered nurse with eight years in critical care. Calm under pressure, precise with documentation, and committed to teaching the next generation of nurses.',
  },
  sales: {
    labels: ['Enterprise Account Executive', 'Regional Sales Manager'],
    jobs: [
      { position: 'Enterprise Account Executive', name: 'Salesforce', location: 'London, UK' },
      { position: 'Account Executive', name: 'Pipedrive', location: 'London, UK' },
      { position: 'Sales Development Representative', name: 'Hubspot Ltd', location: 'Dublin, Ireland' },
      { position: 'Regional Sales Manager', name: 'Alder Medical Supplies', location: 'Manchester, UK' },
    ],
    bullets: [
      'Closed £2.4M in new annual recurring revenue in FY2023, finishing at 138% of quota and first of 22 account executives.',
      'Built a pipeline of 40 enterprise prospects in financial services through targeted outbound campaigns and events.',
      'Negotiated a three-year renewal with the largest account in the region, expanding the contract by 60%.',
      'Trained six new sales development representatives on discovery calls and qualification.',
      'Grew territory revenue from £800K to £1.9M in two years by opening 35 new hospital accounts.',
      'Partnered with marketing to launch a webinar series that generated 300 qualified leads per quarter.',
    ],
    schools: [
      { institution: 'University of Manchester', studyType: 'BA', area: 'Business Management' },
      { institution: 'Trinity College Dublin', studyType: 'Bachelor of Arts', area: 'Economics' },
    ],
    skills: [
      { name: 'Sales', keywords: ['Enterprise Sales', 'Negotiation', 'Pipeline Management', 'MEDDIC'] },
      { name: 'Tools', keywords: ['Salesforce CRM', 'Gong', 'LinkedIn Sales Navigator'] },
    ],
    summary: 'Quota-crushing account executive who builds long relationships with enterprise buyers.',
  },
  finance: {
    labels: ['Financial Analyst', 'Senior Accountant, CPA'],
    jobs: [
      { position: 'Senior Financial Analyst', name: 'Goldline Capital Partners', location: 'New York, NY' },
      { position: 'Financial Analyst', name: 'Meridian Bank', location: 'Charlotte, NC' },
      { position: 'Senior Accountant', name: 'Deloitte', location: 'Boston, MA' },
      { position: 'Staff Accountant', name: 'Pine Street Holdings', location: 'Boston, MA' },
    ],
    bullets: [
      'Built the three-statement operating model used by the CFO for a $120M budget and quarterly board reporting.',
      'Automated the monthly variance analysis with Python and SQL, saving the team roughly 30 hours each close.',
      'Led due diligence on two acquisitions worth a combined $45M, modelling synergies and integration costs.',
      'Prepared consolidated financial statements for eight subsidiaries under US GAAP.',
      'Reduced the month-end close from ten to six business days by redesigning reconciliations.',
      'Partnered with auditors during the annual audit with zero material findings for three consecutive years.',
    ],
    schools: [
      { institution: 'New York University', studyType: 'MBA', area: 'Finance' },
      { institution: 'Boston College', studyType: 'Bachelor of Science', area: 'Accounting' },
    ],
    skills: [
      { name: 'Finance', keywords: ['Financial Modeling', 'Forecasting', 'US GAAP', 'Valuation'] },
      { name: 'Tools', keywords: ['Excel', 'Python', 'SQL', 'NetSuite', 'Tableau'] },
    ],
    summary: 'Analyst who turns messy ledgers into decisions: modelling, forecasting and clear reporting for leadership.',
  },
  design: {
    labels: ['Product Designer', 'Senior UX Designer'],
    jobs: [
      { position: 'Lead Product Designer', name: 'Meridian Health Ltd', location: 'Berlin, Germany' },
      { position: 'Senior UX Designer', name: 'Zalando SE', location: 'Berlin, Germany' },
      { position: 'Product Designer', name: 'Civic Forms Studio', location: 'Hamburg, Germany' },
      { position: 'Visual Designer', name: 'Fjord Agency', location: 'Remote' },
    ],
    bullets: [
      'Ran discovery interviews with 60 clinicians and shaped the patient booking roadmap for the following two years.',
      'Built the design system now used by five product teams, cutting design-to-build time for new screens by half.',
      'Redesigned a benefits application form, raising completion from 61% to 83% and cutting support calls by 25%.',
      'Facilitated weekly usability testing sessions and shared findings with engineering and product leadership.',
      'Created the accessibility guidelines that brought the checkout flow to WCAG 2.1 AA.',
    ],
    schools: [
      { institution: 'Berlin University of the Arts', studyType: 'Master of Arts', area: 'Interaction Design' },
      { institution: 'Goldsmiths, University of London', studyType: 'BA', area: 'Design' },
    ],
    skills: [
      { name: 'Design', keywords: ['User Research', 'Prototyping', 'Design Systems', 'Accessibility'] },
      { name: 'Tools', keywords: ['Figma', 'Framer', 'Miro'] },
    ],
    summary: 'Product designer focused on accessible, research-led interfaces for healthcare and public services.',
  },
  teaching: {
    labels: ['High School Mathematics Teacher', 'Elementary School Teacher'],
    jobs: [
      { position: 'Mathematics Teacher', name: 'Lincoln High School', location: 'Portland, OR' },
      { position: 'Head of Mathematics Department', name: 'Westview Academy', location: 'Portland, OR' },
      { position: 'Elementary School Teacher', name: 'Maple Grove Elementary', location: 'Salem, OR' },
      { position: 'Teaching Assistant', name: 'Oregon State University', location: 'Corvallis, OR' },
    ],
    bullets: [
      'Taught algebra, geometry and AP Calculus to five classes of 30 students, with 92% of AP students scoring 3 or higher.',
      'Designed a project-based statistics unit in which students analysed local air-quality data and presented to the city council.',
      'Led a department of eight teachers and rebuilt the curriculum map to align with state standards.',
      'Introduced weekly parent newsletters and raised conference attendance from 40% to 75%.',
      'Coached the school robotics team to the state finals two years in a row.',
    ],
    schools: [
      { institution: 'Oregon State University', studyType: 'Master of Arts', area: 'Mathematics Education' },
      { institution: 'University of Oregon', studyType: 'Bachelor of Science', area: 'Mathematics' },
    ],
    skills: [
      { name: 'Teaching', keywords: ['Curriculum Design', 'Differentiated Instruction', 'Classroom Management'] },
      { name: 'Technology', keywords: ['Google Classroom', 'Desmos', 'Canvas'] },
    ],
    summary: 'Teacher who makes mathematics concrete and builds classrooms where every student asks questions.',
  },
  operations: {
    labels: ['Operations Manager', 'Supply Chain Coordinator'],
    jobs: [
      { position: 'Operations Manager', name: 'Coupang Fulfillment Services', location: 'Busan, South Korea' },
      { position: 'Logistics Coordinator', name: 'CJ Logistics', location: 'Incheon, South Korea' },
      { position: 'Warehouse Supervisor', name: 'Hanjin Transportation', location: 'Busan, South Korea' },
      { position: 'Supply Chain Analyst', name: 'Samsung SDS', location: 'Seoul, South Korea' },
    ],
    bullets: [
      'Managed a fulfillment center of 180 staff shipping 45,000 orders a day across two shifts with 99.6% on-time dispatch.',
      'Redesigned pick paths and slotting, increasing units picked per hour by 18% within one quarter.',
      'Negotiated carrier contracts that lowered outbound freight costs by 12% year over year.',
      'Rolled out a new warehouse management system to three sites with no missed customer deliveries.',
      'Built weekly demand forecasts with the planning team and cut stock-outs by a third.',
    ],
    schools: [
      { institution: 'Pusan National University', studyType: 'Bachelor of Business Administration', area: 'Logistics' },
      { institution: 'Seoul National University', studyType: 'Master of Science', area: 'Industrial Engineering' },
    ],
    skills: [
      { name: 'Operations', keywords: ['Lean', 'Six Sigma', 'Inventory Planning', 'Vendor Management'] },
      { name: 'Tools', keywords: ['SAP', 'Excel', 'Power BI'] },
    ],
    summary: 'Operations leader who runs large warehouses safely and keeps the numbers moving in the right direction.',
  },
  data: {
    github: true,
    labels: ['Data Scientist', 'Machine Learning Engineer'],
    jobs: [
      { position: 'Senior Data Scientist', name: 'Spotify', location: 'Stockholm, Sweden' },
      { position: 'Machine Learning Engineer', name: 'Klarna Bank AB', location: 'Stockholm, Sweden' },
      { position: 'Data Analyst', name: 'Ericsson', location: 'Gothenburg, Sweden' },
      { position: 'Research Intern', name: 'Max Planck Institute for Informatics', location: 'Saarbrücken, Germany' },
    ],
    bullets: [
      'Built a churn model on 30 million listener histories that drove retention offers worth an estimated €4M a year.',
      'Designed and analysed more than 50 A/B tests, and wrote the team guide on sequential testing and guardrail metrics.',
      'Moved model training from notebooks to a reproducible pipeline with dbt, Airflow and MLflow.',
      'Reduced fraud losses by 20% with a gradient-boosted model serving 3,000 requests per second.',
      'Presented quarterly insight reviews to the product leadership team.',
    ],
    schools: [
      { institution: 'KTH Royal Institute of Technology', studyType: 'Master of Science', area: 'Machine Learning' },
      { institution: 'Uppsala University', studyType: 'Bachelor of Science', area: 'Statistics' },
    ],
    skills: [
      { name: 'Methods', keywords: ['Machine Learning', 'Causal Inference', 'A/B Testing', 'Time Series'] },
      { name: 'Stack', keywords: ['Python', 'SQL', 'PyTorch', 'Spark', 'dbt'] },
    ],
    summary: 'Data scientist who ships models to production and explains them to the people who use them.',
  },
  marketing: {
    labels: ['Growth Marketing Manager', 'Content Marketing Lead'],
    jobs: [
      { position: 'Growth Marketing Manager', name: 'Canva', location: 'Sydney, NSW' },
      { position: 'Content Marketing Lead', name: 'Atlassian', location: 'Sydney, NSW' },
      { position: 'Marketing Coordinator', name: 'Blue Harbour Media', location: 'Melbourne, VIC' },
    ],
    bullets: [
      'Owned paid acquisition across search and social with a monthly budget of A$600K, lowering cost per signup by 35%.',
      'Launched a lifecycle email program that lifted trial-to-paid conversion from 4.1% to 6.3% in six months.',
      'Grew organic blog traffic from 80K to 450K monthly visits with a topic-cluster content strategy.',
      'Managed a team of three writers and a freelance network of fifteen contributors.',
      'Ran the rebrand launch campaign across five markets in partnership with the brand studio.',
    ],
    schools: [{ institution: 'University of Sydney', studyType: 'Bachelor of Commerce', area: 'Marketing' }],
    skills: [
      { name: 'Marketing', keywords: ['SEO', 'Paid Social', 'Lifecycle Email', 'Content Strategy'] },
      { name: 'Tools', keywords: ['Google Analytics', 'Braze', 'Amplitude', 'HubSpot'] },
    ],
    summary: 'Growth marketer who mixes creative campaigns with careful measurement.',
  },
  hr: {
    labels: ['People Partner', 'Talent Acquisition Specialist'],
    jobs: [
      { position: 'Senior People Partner', name: 'Shopify', location: 'Ottawa, ON' },
      { position: 'Talent Acquisition Specialist', name: 'Ottawa Hospital', location: 'Ottawa, ON' },
      { position: 'HR Generalist', name: 'Maple Leaf Foods', location: 'Toronto, ON' },
    ],
    bullets: [
      'Advised leaders of a 400-person engineering organisation on performance, compensation and organisational design.',
      'Hired 120 nurses and allied health professionals in one year, reducing time to fill from 62 to 38 days.',
      'Designed a structured interview program with scorecards that improved offer acceptance to 91%.',
      'Ran the annual engagement survey and turned the results into action plans with each director.',
      'Handled employee relations cases and workplace investigations in line with provincial labour law.',
    ],
    schools: [{ institution: 'University of Ottawa', studyType: 'Bachelor of Commerce', area: 'Human Resources Management' }],
    skills: [
      { name: 'People', keywords: ['Employee Relations', 'Talent Acquisition', 'Compensation', 'Coaching'] },
      { name: 'Systems', keywords: ['Workday', 'Greenhouse', 'Lattice'] },
    ],
    summary: 'HR partner who helps managers build fair, high-trust teams.',
  },
};

const PLACES = {
  software: [{ city: 'Seoul', region: 'South Korea', phone: 'kr' }, { city: 'Austin', region: 'TX', phone: 'us' }],
  nursing: [{ city: 'Chicago', region: 'IL', phone: 'us' }, { city: 'Evanston', region: 'IL', phone: 'us' }],
  sales: [{ city: 'London', region: 'UK', phone: 'uk' }, { city: 'Manchester', region: 'United Kingdom', phone: 'uk' }],
  finance: [{ city: 'New York', region: 'NY', phone: 'us' }, { city: 'Boston', region: 'MA', phone: 'us' }],
  design: [{ city: 'Berlin', region: 'Germany', phone: 'de' }, { city: 'Hamburg', region: 'Germany', phone: 'de' }],
  teaching: [{ city: 'Portland', region: 'OR', phone: 'us' }, { city: 'Salem', region: 'OR', phone: 'us' }],
  operations: [{ city: 'Busan', region: 'South Korea', phone: 'kr' }, { city: 'Incheon', region: 'South Korea', phone: 'kr' }],
  data: [{ city: 'Stockholm', region: 'Sweden', phone: 'se' }, { city: 'Gothenburg', region: 'Sweden', phone: 'se' }],
  marketing: [{ city: 'Sydney', region: 'NSW', phone: 'au' }, { city: 'Melbourne', region: 'Australia', phone: 'au' }],
  hr: [{ city: 'Ottawa', region: 'ON', phone: 'ca' }, { city: 'Toronto', region: 'Canada', phone: 'ca' }],
};

/** Written forms of fictional numbers, several per country. */
const PHONES = {
  us: ['(312) 555-0147', '+1 512-555-0188', '312.555.0123', '+1 (646) 555-0199'],
  ca: ['(613) 555-0162', '+1 416 555 0175'],
  kr: ['+82 10-2345-6789', '010-3456-7890', '+82 (0)10 4567 8901'],
  uk: ['+44 20 7946 0958', '07700 900123', '020 7946 0321'],
  de: ['+49 30 12345678', '+49 151 23456789'],
  se: ['+46 70 123 45 67', '070-123 45 67'],
  au: ['+61 2 9876 5432', '0412 345 678'],
};

const LANGUAGE_SETS = [
  [{ language: 'English', fluency: 'Native' }, { language: 'Spanish', fluency: 'Professional working proficiency' }],
  [{ language: 'Korean', fluency: 'Native' }, { language: 'English', fluency: 'Fluent' }],
  [{ language: 'German', fluency: 'Native' }, { language: 'English', fluency: 'Fluent' }, { language: 'French', fluency: 'Basic' }],
  [{ language: 'Swedish', fluency: 'Native' }, { language: 'English', fluency: 'Fluent' }],
];

/** Date styles people really write; `year` writes years only, so the truth holds years only. */
export const DATE_STYLES = ['monthName', 'isoMonth', 'slashMonth', 'year', 'fullMonthName'];
/** How a job's title, employer, location and dates are laid out (see renderers). */
export const HEADER_STYLES = ['titleThenEmployer', 'employerThenTitle', 'oneLineComma', 'titleAtEmployer', 'pipeOneLine', 'datesFirst'];

function monthSeries(seed, count, yearsOnly) {
  // Walk back from a recent date: each job 1–4 years, small gaps.
  faker.seed(seed);
  let endYear = 2024;
  let endMonth = faker.number.int({ min: 1, max: 12 });
  const ranges = [];
  for (let index = 0; index < count; index++) {
    const length = faker.number.int({ min: 14, max: 48 });
    const endTotal = endYear * 12 + endMonth - 1;
    const startTotal = endTotal - length;
    const start = { year: Math.floor(startTotal / 12), month: (startTotal % 12) + 1 };
    const end = index === 0 ? undefined : { year: endYear, month: endMonth };
    ranges.push({ start, end });
    const gap = faker.number.int({ min: 1, max: 3 });
    const nextEnd = startTotal - gap;
    endYear = Math.floor(nextEnd / 12);
    endMonth = (nextEnd % 12) + 1;
  }
  const toJson = (date) => (yearsOnly ? String(date.year) : `${date.year}-${String(date.month).padStart(2, '0')}`);
  return ranges.map(({ start, end }) => ({ startDate: toJson(start), ...(end ? { endDate: toJson(end) } : {}) }));
}

function username(name) {
  return name.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(/ /g, '');
}

/**
 * Writes `count` résumés from a catalogue of professions (each with its JSON Resume truth and the
 * style its renderings use). Which profession, date style, job-header style, number of jobs and
 * bullets, and optional parts a résumé gets follow from its index, shifted by `styleOffset`; names
 * and dates come from faker seeded with `seed + index` and `seed + 1000 + index`.
 */
export function buildResumes({ professions: catalogue, places, phones: phoneBook, languageSets, count, seed, styleOffset = 0, firstNumber = 1 }) {
  const professions = Object.keys(catalogue);
  const resumes = [];
  for (let position = 0; position < count; position++) {
    const index = position + styleOffset;
    const professionKey = professions[position % professions.length];
    const variant = Math.floor(position / professions.length);
    const profession = catalogue[professionKey];
    faker.seed(seed + position);
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const name = `${firstName} ${lastName}`;
    const handle = username(name);
    const place = places[professionKey][variant % places[professionKey].length];
    const phones = phoneBook[place.phone];
    const dateStyle = DATE_STYLES[index % DATE_STYLES.length];
    const headerStyle = HEADER_STYLES[(index * 5 + variant) % HEADER_STYLES.length];
    const jobCount = 1 + ((index * 3 + variant) % Math.min(5, profession.jobs.length));
    const dates = monthSeries(seed + 1000 + position, jobCount, dateStyle === 'year');
    const jobStart = (index + variant) % profession.jobs.length;
    const work = dates.map((range, jobIndex) => {
      const job = profession.jobs[(jobStart + jobIndex) % profession.jobs.length];
      const bulletCount = 1 + ((index + jobIndex) % 3);
      const highlights = Array.from({ length: bulletCount }, (_unused, bulletIndex) => profession.bullets[(index * 2 + jobIndex * 3 + bulletIndex) % profession.bullets.length]);
      return { name: job.name, position: job.position, location: job.location, ...range, highlights };
    });
    const firstStart = Number(dates.at(-1).startDate.slice(0, 4));
    const education = profession.schools.slice(0, 1 + ((index + 1) % profession.schools.length)).map((school, schoolIndex) => {
      const endYear = firstStart - 1 - schoolIndex * 4;
      return { ...school, startDate: String(endYear - (school.studyType.startsWith('M') ? 2 : 4)), endDate: String(endYear) };
    });
    const hasSummary = index % 3 !== 2;
    const hasLabel = index % 4 !== 3;
    const profiles = [];
    if (index % 2 === 0) profiles.push({ network: 'LinkedIn', username: handle, url: `https://www.linkedin.com/in/${handle}` });
    if (profession.github) profiles.push({ network: 'GitHub', username: handle, url: `https://github.com/${handle}` });
    const basics = {
      name,
      ...(hasLabel ? { label: profession.labels[variant % profession.labels.length] } : {}),
      email: `${handle}@example.com`,
      phone: phones[index % phones.length],
      ...(index % 5 === 1 ? { url: `https://${handle}.dev` } : {}),
      ...(hasSummary ? { summary: profession.summary } : {}),
      location: { city: place.city, region: place.region },
      ...(profiles.length > 0 ? { profiles } : {}),
    };
    const languages = index % 3 === 0 ? [] : languageSets[index % languageSets.length];
    resumes.push({
      id: `${String(position + firstNumber).padStart(2, '0')}-${professionKey}-${handle}`,
      style: { dateStyle, headerStyle, linkScheme: index % 2 === 0, bulletGlyph: ['•', '–', '▪', '-'][index % 4] },
      resume: { basics, work, education, skills: profession.skills, languages },
    });
  }
  return resumes;
}

/** Builds the corpus: `count` résumés, each with its JSON Resume truth and the style its renderings use. */
export function buildCorpusContent(count = 20) {
  return buildResumes({ professions: PROFESSIONS, places: PLACES, phones: PHONES, languageSets: LANGUAGE_SETS, count, seed: 1000 });
}
