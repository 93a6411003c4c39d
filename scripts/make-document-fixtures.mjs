// Generates the labelled résumé fixtures under test/fixtures/documents/ (PDF via pdf-lib, DOCX via
// docx, plus TXT/MD) and labels.json with the key fields each one must yield. The files are small
// and committed; re-run with `node scripts/make-document-fixtures.mjs` after changing a résumé here.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, BorderStyle, Document, Header, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TabStopType, TextRun, WidthType } from 'docx';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

const OUT = join(process.cwd(), 'test/fixtures/documents');
const RESUMES = join(OUT, 'resumes');
const FIXED_DATE = new Date('2024-01-01T00:00:00Z');

// ------------------------------------------------------------------------------------------------
// The people (all fictional; example.com addresses, 555-01xx / drama-range phone numbers).

const resumes = [
  {
    file: 'alex-morgan.single-column.pdf',
    render: 'pdfSingle',
    name: 'Alex Morgan',
    label: 'Senior Backend Engineer',
    email: 'alex.morgan@example.com',
    phone: '+1 (415) 555-0132',
    location: 'San Francisco, CA',
    links: ['linkedin.com/in/alexmorgan', 'github.com/alexmorgan'],
    headings: { summary: 'SUMMARY', experience: 'EXPERIENCE', education: 'EDUCATION', skills: 'SKILLS' },
    summary: 'Backend engineer with nine years of experience building payment and data platforms in Go and TypeScript.',
    experience: [
      { title: 'Senior Backend Engineer', company: 'Brightwave Payments Inc.', location: 'San Francisco, CA', dates: 'Mar 2020 – Present', startDate: '2020-03', bullets: ['Led the migration of the ledger service to Go, cutting p99 latency by 40%.', 'Designed an idempotent payouts API used by 3,000 merchants.'] },
      { title: 'Software Engineer', company: 'Northwind Analytics', location: 'Oakland, CA', dates: 'Jun 2016 – Feb 2020', startDate: '2016-06', endDate: '2020-02', bullets: ['Built the event ingestion pipeline on Kafka and PostgreSQL.', 'Mentored four junior engineers.'] },
    ],
    education: [{ school: 'University of California, Davis', degree: 'B.S. in Computer Science', dates: '2012 – 2016', startDate: '2012', endDate: '2016' }],
    skills: [{ category: 'Languages', items: ['Go', 'TypeScript', 'SQL'] }, { category: 'Infrastructure', items: ['Kubernetes', 'Kafka', 'PostgreSQL'] }],
  },
  {
    file: 'priya-raman.two-column.pdf',
    render: 'pdfTwoColumn',
    sidebar: 'left',
    name: 'Priya Raman',
    label: 'Product Designer',
    email: 'priya.raman@example.com',
    phone: '+44 20 7946 0958',
    location: 'London, UK',
    links: ['dribbble.com/priyaraman'],
    headings: { summary: 'Profile', experience: 'Work Experience', education: 'Education', skills: 'Skills', contact: 'Contact', languages: 'Languages' },
    summary: 'Product designer focused on accessible, research-led interfaces for healthcare and public services. Comfortable owning work from discovery interviews to shipped design systems.',
    experience: [
      { title: 'Lead Product Designer', company: 'Meridian Health Ltd', dates: 'Jan 2021 – Present', startDate: '2021-01', bullets: ['Ran discovery with 60 clinicians and shaped the patient booking roadmap.', 'Built the design system now used by five product teams.'] },
      { title: 'Product Designer', company: 'Civic Forms Studio', dates: 'Sep 2017 – Dec 2020', startDate: '2017-09', endDate: '2020-12', bullets: ['Redesigned a benefits application, raising completion from 61% to 83%.'] },
    ],
    education: [{ school: 'Goldsmiths, University of London', degree: 'BA Design', dates: '2014 – 2017', startDate: '2014', endDate: '2017' }],
    skills: [{ items: ['Figma'] }, { items: ['User Research'] }, { items: ['Prototyping'] }, { items: ['Accessibility'] }, { items: ['Design Systems'] }],
    languages: ['English (Native)', 'Tamil (Fluent)'],
  },
  {
    file: 'tomas-novak.table.pdf',
    render: 'pdfTable',
    name: 'Tomáš Novák',
    label: 'Data Engineer',
    email: 'tomas.novak@example.com',
    phone: '+49 30 901820',
    location: 'Berlin, Germany',
    links: ['github.com/tnovak'],
    headings: { summary: 'Summary', experience: 'Employment History', education: 'Education', skills: 'Technical Skills', certificates: 'Certifications' },
    summary: 'Data engineer who builds reliable batch and streaming pipelines.',
    experience: [
      { title: 'Senior Data Engineer', company: 'Spreefluss Logistics GmbH', dates: '04/2021 – Present', startDate: '2021-04' },
      { title: 'Data Engineer', company: 'Vltava Analytics', dates: '09/2018 – 03/2021', startDate: '2018-09', endDate: '2021-03' },
      { title: 'Junior Developer', company: 'Moravia Software', dates: '07/2016 – 08/2018', startDate: '2016-07', endDate: '2018-08' },
    ],
    education: [{ school: 'Czech Technical University in Prague', degree: 'M.Sc. Computer Engineering', dates: '2014 – 2016', startDate: '2014', endDate: '2016' }],
    skills: [{ category: 'Data', items: ['Spark', 'Airflow', 'dbt'] }, { category: 'Languages', items: ['Python', 'Scala'] }],
    certificates: ['Google Professional Data Engineer, Google Cloud, 2022'],
  },
  {
    file: 'hannah-schmidt.two-page.pdf',
    render: 'pdfSingle',
    pages: 2,
    name: 'Hannah Schmidt',
    label: 'Registered Nurse',
    email: 'hannah.schmidt@example.com',
    phone: '(212) 555-0187',
    location: 'Brooklyn, NY',
    links: [],
    headings: { summary: 'PROFESSIONAL SUMMARY', experience: 'WORK HISTORY', education: 'ACADEMIC BACKGROUND', skills: 'CORE COMPETENCIES', certificates: 'LICENSES & CERTIFICATIONS' },
    summary: 'Registered nurse with critical-care and emergency experience in busy urban hospitals.',
    experience: [
      { title: 'Charge Nurse', company: 'Mercy General Hospital', location: 'Brooklyn, NY', dates: '05/2019 – Present', startDate: '2019-05', bullets: ['Coordinate a team of 12 nurses across day shifts in the emergency department.', 'Introduced a triage checklist that reduced handover errors.'] },
      { title: 'Staff Nurse', company: 'Lakeside Medical Center', location: 'Albany, NY', dates: '08/2015 – 04/2019', startDate: '2015-08', endDate: '2019-04', bullets: ['Cared for up to six ICU patients per shift.', 'Precepted new graduate nurses.', 'Served on the infection control committee.'] },
      { title: 'Nursing Assistant', company: 'Hudson Valley Clinic', location: 'Kingston, NY', dates: '06/2013 – 07/2015', startDate: '2013-06', endDate: '2015-07', bullets: ['Supported patients with daily care and mobility.'] },
    ],
    education: [{ school: 'State University of New York at Albany', degree: 'Bachelor of Science in Nursing', dates: '2011 – 2015', startDate: '2011', endDate: '2015' }],
    skills: [{ items: ['Critical Care', 'Triage', 'Patient Education', 'Electronic Health Records'] }],
    certificates: ['Registered Nurse (RN), New York State, 2015', 'Advanced Cardiac Life Support (ACLS), American Heart Association, 2021'],
  },
  {
    file: 'emma-dubois.right-sidebar.pdf',
    render: 'pdfTwoColumn',
    sidebar: 'right',
    name: 'Emma Dubois',
    label: 'Marketing Manager',
    email: 'emma.dubois@example.com',
    phone: '+33 1 42 68 53 00',
    location: 'Lyon, France',
    links: ['linkedin.com/in/emmadubois'],
    headings: { summary: 'About Me', experience: 'Experience', education: 'Education', skills: 'Expertise', contact: 'Contact Details' },
    summary: 'Marketing manager who grows B2B brands with content, events and careful measurement. Fluent in French and English.',
    experience: [
      { title: 'Marketing Manager', company: 'Rhône Robotics SA', dates: 'February 2020 – Present', startDate: '2020-02', bullets: ['Grew inbound pipeline by 70% through a technical content programme.', 'Manage a budget of EUR 1.2M and a team of four.'] },
      { title: 'Marketing Specialist', company: 'Atelier Numérique', dates: 'March 2016 – January 2020', startDate: '2016-03', endDate: '2020-01', bullets: ['Launched the company newsletter, now at 40,000 subscribers.'] },
    ],
    education: [{ school: 'EM Lyon Business School', degree: 'Master of Science in Marketing', dates: '2014 – 2016', startDate: '2014', endDate: '2016' }],
    skills: [{ items: ['Content Strategy'] }, { items: ['SEO'] }, { items: ['HubSpot'] }, { items: ['Event Marketing'] }, { items: ['Analytics'] }],
  },
  {
    file: 'mei-lin.standard.docx',
    render: 'docxStandard',
    name: 'Mei Lin',
    label: 'Machine Learning Engineer',
    email: 'mei.lin@example.com',
    phone: '+1 415 555 0176',
    location: 'Seattle, WA',
    links: ['github.com/meilin', 'meilin.dev'],
    headings: { summary: 'Summary', experience: 'Professional Experience', education: 'Education', skills: 'Skills', projects: 'Projects' },
    summary: 'Machine learning engineer who ships ranking and recommendation models to production.',
    experience: [
      { title: 'Machine Learning Engineer', company: 'Cascade Commerce', dates: 'Aug 2021 – Present', startDate: '2021-08', bullets: ['Shipped a two-tower retrieval model serving 20M users.', 'Cut feature pipeline cost by 35%.'] },
      { title: 'Data Scientist', company: 'Pike Street Labs', dates: 'Jul 2018 – Jul 2021', startDate: '2018-07', endDate: '2021-07', bullets: ['Built demand forecasting models for 400 stores.'] },
    ],
    education: [{ school: 'University of Washington', degree: 'M.S. in Statistics', dates: '2016 – 2018', startDate: '2016', endDate: '2018' }, { school: 'Tsinghua University', degree: 'B.Eng. in Automation', dates: '2012 – 2016', startDate: '2012', endDate: '2016' }],
    skills: [{ category: 'ML', items: ['PyTorch', 'XGBoost', 'Ranking'] }, { category: 'Engineering', items: ['Python', 'Spark', 'Kubernetes'] }],
    projects: [{ name: 'tinyrank', description: 'An open-source learning-to-rank library.', bullets: ['1,200 GitHub stars'] }],
  },
  {
    file: 'daniel-okafor.table.docx',
    render: 'docxTable',
    name: 'Daniel Okafor',
    label: 'Financial Analyst',
    email: 'daniel.okafor@example.com',
    phone: '+44 20 7946 0321',
    location: 'Manchester, UK',
    links: ['linkedin.com/in/danielokafor'],
    headings: { summary: 'Profile', experience: 'Career History', education: 'Qualifications', skills: 'Key Skills', certificates: 'Certifications' },
    summary: 'Financial analyst with a background in FP&A and investment appraisal.',
    experience: [
      { title: 'Senior Financial Analyst', company: 'Pennine Capital Partners', dates: 'Jan 2022 – Present', startDate: '2022-01' },
      { title: 'Financial Analyst', company: 'Irwell Bank plc', dates: 'Sep 2018 – Dec 2021', startDate: '2018-09', endDate: '2021-12' },
    ],
    education: [{ school: 'University of Manchester', degree: 'BSc Economics', dates: '2015 – 2018', startDate: '2015', endDate: '2018' }],
    skills: [{ items: ['Financial Modelling', 'Excel', 'Power BI', 'Forecasting'] }],
    certificates: ['CFA Level II, CFA Institute, 2021'],
  },
  {
    file: 'sofia-garcia.plain.txt',
    render: 'txt',
    name: 'Sofia Garcia',
    label: 'Frontend Developer',
    email: 'sofia.garcia@example.com',
    phone: '+34 912 345 678',
    location: 'Madrid, Spain',
    links: ['github.com/sofiagarcia'],
    headings: { summary: 'ABOUT', experience: 'WORK EXPERIENCE', education: 'EDUCATION', skills: 'SKILLS' },
    summary: 'Frontend developer specialising in accessible React applications.',
    experience: [
      { title: 'Frontend Developer', company: 'Tranvía Digital', dates: '2019 - 2023', startDate: '2019', endDate: '2023', bullets: ['Rebuilt the checkout in React and TypeScript.', 'Raised Lighthouse accessibility scores to 100.'] },
      { title: 'Junior Web Developer', company: 'Puerta del Sol Media', dates: '2017 - 2019', startDate: '2017', endDate: '2019', bullets: ['Maintained WordPress sites for 30 clients.'] },
    ],
    education: [{ school: 'Universidad Politécnica de Madrid', degree: 'Bachelor of Engineering in Software', dates: '2013 - 2017', startDate: '2013', endDate: '2017' }],
    skills: [{ items: ['React', 'TypeScript', 'CSS', 'Accessibility', 'Jest'] }],
  },
  {
    file: 'liam-walsh.resume.md',
    render: 'md',
    name: 'Liam Walsh',
    label: 'DevOps Engineer',
    email: 'liam.walsh@example.com',
    phone: '+353 1 555 0142',
    location: 'Dublin, Ireland',
    links: ['github.com/liamwalsh', 'linkedin.com/in/liamwalsh'],
    headings: { summary: 'Summary', experience: 'Experience', education: 'Education', skills: 'Skills', certificates: 'Certifications' },
    summary: 'DevOps engineer who automates everything between a merge and production.',
    experience: [
      { title: 'DevOps Engineer', company: 'Liffey Cloud Services', dates: 'May 2020 – Present', startDate: '2020-05', bullets: ['Moved 120 services to Terraform-managed AWS accounts.', 'Reduced deploy time from 40 to 8 minutes.'] },
      { title: 'Systems Administrator', company: 'Emerald Hosting Ltd', dates: 'Jan 2016 – Apr 2020', startDate: '2016-01', endDate: '2020-04', bullets: ['Ran 300 Linux servers across two data centres.'] },
    ],
    education: [{ school: 'Trinity College Dublin', degree: 'BA in Computer Science', dates: '2012 – 2016', startDate: '2012', endDate: '2016' }],
    skills: [{ category: 'Cloud', items: ['AWS', 'Terraform'] }, { category: 'Tooling', items: ['Docker', 'GitHub Actions', 'Prometheus'] }],
    certificates: ['AWS Certified Solutions Architect — Amazon Web Services (2021)'],
  },
  {
    file: 'noah-kim.header-contact.docx',
    render: 'docxStandard',
    contactInHeader: true,
    name: 'Noah Kim',
    label: 'Mechanical Engineer',
    email: 'noah.kim@example.com',
    phone: '+61 2 5550 1234',
    location: 'Sydney, Australia',
    links: [],
    headings: { summary: 'Objective', experience: 'Employment', education: 'Academic Qualifications', skills: 'Technical Proficiencies' },
    summary: 'Mechanical engineer seeking a role in renewable energy hardware.',
    experience: [
      { title: 'Mechanical Engineer', company: 'Harbour Turbines Pty Ltd', dates: 'Feb 2019 – Present', startDate: '2019-02', bullets: ['Designed gearbox housings for 3 MW wind turbines.'] },
      { title: 'Graduate Engineer', company: 'Southern Cross Manufacturing', dates: 'Jan 2017 – Jan 2019', startDate: '2017-01', endDate: '2019-01', bullets: ['Ran FEA on pressure vessels.', 'Wrote test procedures for ISO 9001 audits.'] },
    ],
    education: [{ school: 'University of New South Wales', degree: 'Bachelor of Engineering (Hons) in Mechanical Engineering', dates: '2012 – 2016', startDate: '2012', endDate: '2016' }],
    skills: [{ items: ['SolidWorks', 'ANSYS', 'MATLAB', 'GD&T'] }],
  },
];

// ------------------------------------------------------------------------------------------------
// PDF rendering helpers (pdf-lib, standard Helvetica: every string is one text item, as in real exports).

function wrap(font, text, size, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

async function newPdf() {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  pdf.setProducer('candor fixtures');
  pdf.setCreator('candor fixtures');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  return { pdf, regular, bold };
}

/** A cursor that writes lines top-down and can start a new page. */
function flow(pdf, { x, width, top = 800, bottom = 50 }) {
  let page = pdf.getPages().at(-1) ?? pdf.addPage([595, 842]);
  let y = top;
  return {
    get y() { return y; },
    text(str, font, size, { leading = size * 1.35, dx = 0, right } = {}) {
      if (y < bottom) { page = pdf.addPage([595, 842]); y = top; }
      page.drawText(str, { x: x + dx, y, size, font });
      if (right) page.drawText(right.text, { x: x + width - right.font.widthOfTextAtSize(right.text, size), y, size, font: right.font });
      y -= leading;
    },
    paragraph(str, font, size, opts = {}) {
      for (const line of wrap(font, str, size, width - (opts.dx ?? 0))) this.text(line, font, size, opts);
    },
    bullet(str, font, size) {
      wrap(font, str, size, width - 12).forEach((line, i) => this.text(i === 0 ? `• ${line}` : line, font, size, { dx: i === 0 ? 0 : 9 }));
    },
    gap(points) { y -= points; },
    newPage() { page = pdf.addPage([595, 842]); y = top; },
    page: () => page,
  };
}

async function renderPdfSingle(r) {
  const { pdf, regular, bold } = await newPdf();
  const f = flow(pdf, { x: 50, width: 495 });
  f.text(r.name, bold, 22, { leading: 26 });
  f.text(r.label, regular, 12, { leading: 16 });
  f.text([r.email, r.phone, r.location, ...r.links].join('  |  '), regular, 9.5, { leading: 24 });
  const heading = (text) => { f.gap(4); f.text(text, bold, 12, { leading: 17 }); };
  heading(r.headings.summary);
  f.paragraph(r.summary, regular, 10);
  heading(r.headings.experience);
  r.experience.forEach((job, index) => {
    if (r.pages === 2 && index === 2) f.newPage();
    f.text(job.title, bold, 10.5, { right: { text: job.dates, font: regular } });
    f.text([job.company, job.location].filter(Boolean).join(', '), regular, 10);
    for (const b of job.bullets ?? []) f.bullet(b, regular, 10);
    f.gap(6);
  });
  heading(r.headings.education);
  for (const ed of r.education) {
    f.text(ed.school, bold, 10.5, { right: { text: ed.dates, font: regular } });
    f.text(ed.degree, regular, 10);
    f.gap(6);
  }
  heading(r.headings.skills);
  for (const group of r.skills) f.paragraph(group.category ? `${group.category}: ${group.items.join(', ')}` : group.items.join(', '), regular, 10);
  if (r.certificates) {
    heading(r.headings.certificates);
    for (const c of r.certificates) f.text(c, regular, 10);
  }
  return pdf.save({ useObjectStreams: false });
}

async function renderPdfTwoColumn(r) {
  const { pdf, regular, bold } = await newPdf();
  // Full-width banner, then a 150pt sidebar and a main column with a different size and leading,
  // so the two flows do not share baselines (as in real designed templates).
  const banner = flow(pdf, { x: 40, width: 515 });
  banner.text(r.name.toUpperCase(), bold, 24, { leading: 28 });
  banner.text(`${r.label} — ${r.location}`, regular, 12, { leading: 30 });
  const sidebarX = r.sidebar === 'left' ? 40 : 405;
  const mainX = r.sidebar === 'left' ? 215 : 40;
  const side = flow(pdf, { x: sidebarX, width: 150, top: banner.y });
  const main = flow(pdf, { x: mainX, width: 340, top: banner.y - 3 });

  side.text(r.headings.contact ?? 'Contact', bold, 11, { leading: 16 });
  for (const item of [r.email, r.phone, ...r.links]) side.text(item, regular, 8.5, { leading: 12 });
  side.gap(10);
  side.text(r.headings.skills, bold, 11, { leading: 16 });
  for (const group of r.skills) for (const item of group.items) side.text(item, regular, 8.5, { leading: 12 });
  side.gap(10);
  side.text(r.headings.education, bold, 11, { leading: 16 });
  for (const ed of r.education) {
    for (const line of wrap(bold, ed.school, 8.5, 150)) side.text(line, bold, 8.5, { leading: 12 });
    side.text(ed.degree, regular, 8.5, { leading: 12 });
    side.text(ed.dates, regular, 8.5, { leading: 12 });
  }
  if (r.languages) {
    side.gap(10);
    side.text(r.headings.languages, bold, 11, { leading: 16 });
    for (const l of r.languages) side.text(l, regular, 8.5, { leading: 12 });
  }

  main.text(r.headings.summary, bold, 13, { leading: 19 });
  main.paragraph(r.summary, regular, 10.5, { leading: 15 });
  main.gap(8);
  main.text(r.headings.experience, bold, 13, { leading: 19 });
  for (const job of r.experience) {
    main.text(`${job.title}, ${job.company}`, bold, 10.5, { leading: 15 });
    main.text(job.dates, regular, 9.5, { leading: 15 });
    for (const b of job.bullets ?? []) {
      wrap(regular, b, 10.5, 328).forEach((line, i) => main.text(i === 0 ? `• ${line}` : line, regular, 10.5, { leading: 15, dx: i === 0 ? 0 : 9 }));
    }
    main.gap(6);
  }
  return pdf.save({ useObjectStreams: false });
}

async function renderPdfTable(r) {
  const { pdf, regular, bold } = await newPdf();
  const f = flow(pdf, { x: 50, width: 495 });
  f.text(r.name, bold, 22, { leading: 26 });
  f.text(r.label, regular, 12, { leading: 16 });
  f.text([r.email, r.phone, r.location, ...r.links].join('  |  '), regular, 9.5, { leading: 24 });
  f.text(r.headings.summary, bold, 12, { leading: 17 });
  f.paragraph(r.summary, regular, 10);
  f.gap(6);
  const table = (heading, columns, rows) => {
    f.text(heading, bold, 12, { leading: 20 });
    const xs = [50, 265, 430];
    const drawRow = (cells, font) => {
      const page = f.page();
      const y = f.y;
      cells.forEach((cell, i) => page.drawText(cell, { x: xs[i] + 4, y, size: 10, font }));
      page.drawLine({ start: { x: 50, y: y - 5 }, end: { x: 545, y: y - 5 }, thickness: 0.5, color: rgb(0.6, 0.6, 0.6) });
      f.gap(18);
    };
    drawRow(columns, bold);
    for (const row of rows) drawRow(row, regular);
    f.gap(8);
  };
  table(r.headings.experience, ['Employer', 'Title', 'Dates'], r.experience.map((j) => [j.company, j.title, j.dates]));
  table(r.headings.education, ['Institution', 'Degree', 'Years'], r.education.map((e) => [e.school, e.degree, e.dates]));
  f.text(r.headings.skills, bold, 12, { leading: 17 });
  for (const group of r.skills) f.text(`${group.category}: ${group.items.join(', ')}`, regular, 10);
  f.gap(6);
  f.text(r.headings.certificates, bold, 12, { leading: 17 });
  for (const c of r.certificates) f.text(c, regular, 10);
  return pdf.save({ useObjectStreams: false });
}

// ------------------------------------------------------------------------------------------------
// DOCX rendering (docx): real Word headings, bullet lists and tables.

const heading = (text) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
const bullet = (text) => new Paragraph({ text, bullet: { level: 0 } });
const plain = (text) => new Paragraph({ text });
const rightTab = (left, right, boldLeft = true) =>
  new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9000 }], children: [new TextRun({ text: left, bold: boldLeft }), new TextRun({ text: `\t${right}` })] });

function cellTable(headerCells, rows) {
  const cell = (text, bold = false) => new TableCell({ width: { size: 3000, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  return new Table({
    width: { size: 9000, type: WidthType.DXA },
    rows: [new TableRow({ children: headerCells.map((c) => cell(c, true)) }), ...rows.map((row) => new TableRow({ children: row.map((c) => cell(c)) }))],
  });
}

async function renderDocx(r, variant) {
  const contact = [r.email, r.phone, r.location, ...r.links].join(' | ');
  const top = r.contactInHeader ? [] : [new Paragraph({ heading: HeadingLevel.TITLE, text: r.name }), plain(r.label), plain(contact)];
  const body = [...top, heading(r.headings.summary), plain(r.summary), heading(r.headings.experience)];
  if (variant === 'table') {
    body.push(cellTable(['Company', 'Position', 'Dates'], r.experience.map((j) => [j.company, j.title, j.dates])));
  } else {
    for (const job of r.experience) {
      body.push(rightTab(`${job.title} at ${job.company}`, job.dates));
      for (const b of job.bullets ?? []) body.push(bullet(b));
    }
  }
  body.push(heading(r.headings.education));
  if (variant === 'table') {
    body.push(cellTable(['Institution', 'Degree', 'Dates'], r.education.map((e) => [e.school, e.degree, e.dates])));
  } else {
    for (const ed of r.education) body.push(rightTab(ed.school, ed.dates), plain(ed.degree));
  }
  body.push(heading(r.headings.skills));
  for (const group of r.skills) body.push(group.category ? plain(`${group.category}: ${group.items.join(', ')}`) : plain(group.items.join(', ')));
  if (r.projects) {
    body.push(heading(r.headings.projects));
    for (const p of r.projects) {
      body.push(new Paragraph({ children: [new TextRun({ text: p.name, bold: true })] }), plain(p.description));
      for (const b of p.bullets) body.push(bullet(b));
    }
  }
  if (r.certificates) {
    body.push(heading(r.headings.certificates));
    for (const c of r.certificates) body.push(bullet(c));
  }
  const headers = r.contactInHeader
    ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: r.name, bold: true, size: 32 })] }), plain(r.label), plain(contact)] }) }
    : undefined;
  const doc = new Document({
    creator: 'candor fixtures',
    sections: [{ ...(headers ? { headers } : {}), children: body }],
    styles: { paragraphStyles: [] },
  });
  void BorderStyle;
  return Packer.toBuffer(doc);
}

// ------------------------------------------------------------------------------------------------
// Text and Markdown

function renderTxt(r) {
  const lines = [r.name, r.label, `${r.email} · ${r.phone} · ${r.location}`, ...r.links, '', r.headings.summary, r.summary, '', r.headings.experience];
  for (const job of r.experience) {
    lines.push(`${job.company} — ${job.title} (${job.dates})`);
    for (const b of job.bullets ?? []) lines.push(`- ${b}`);
    lines.push('');
  }
  lines.push(r.headings.education);
  for (const ed of r.education) lines.push(`${ed.degree}, ${ed.school}, ${ed.dates}`);
  lines.push('', r.headings.skills, r.skills.flatMap((g) => g.items).join(', '), '');
  return lines.join('\n');
}

function renderMd(r) {
  const lines = [`# ${r.name}`, '', `**${r.label}**`, '', `${r.email} | ${r.phone} | ${r.location}`, '', ...r.links.map((l) => `- [${l}](https://${l})`), '', `## ${r.headings.summary}`, '', r.summary, '', `## ${r.headings.experience}`, ''];
  for (const job of r.experience) {
    lines.push(`### ${job.title} | ${job.company}`, '', `*${job.dates}*`, '');
    for (const b of job.bullets ?? []) lines.push(`- ${b}`);
    lines.push('');
  }
  lines.push(`## ${r.headings.education}`, '');
  for (const ed of r.education) lines.push(`**${ed.school}** — ${ed.degree}, ${ed.dates}`, '');
  lines.push(`## ${r.headings.skills}`, '');
  for (const g of r.skills) lines.push(`- **${g.category}:** ${g.items.join(', ')}`);
  lines.push('', `## ${r.headings.certificates}`, '');
  for (const c of r.certificates) lines.push(`- ${c}`);
  return `${lines.join('\n')}\n`;
}

// ------------------------------------------------------------------------------------------------

const renderers = {
  pdfSingle: renderPdfSingle,
  pdfTwoColumn: renderPdfTwoColumn,
  pdfTable: renderPdfTable,
  docxStandard: (r) => renderDocx(r, 'standard'),
  docxTable: (r) => renderDocx(r, 'table'),
  txt: renderTxt,
  md: renderMd,
};

mkdirSync(RESUMES, { recursive: true });
const labels = {};
for (const r of resumes) {
  const output = await renderers[r.render](r);
  writeFileSync(join(RESUMES, r.file), typeof output === 'string' ? output : Buffer.from(output));
  labels[r.file] = {
    kind: r.file.split('.').pop(),
    layout: r.render,
    name: r.name,
    email: r.email,
    phone: r.phone,
    titles: r.experience.map((j) => j.title),
    employers: r.experience.map((j) => j.company),
    dates: r.experience.map((j) => ({ startDate: j.startDate ?? null, endDate: j.endDate ?? null })),
    schools: r.education.map((e) => e.school),
    skills: r.skills.flatMap((g) => g.items),
  };
}
writeFileSync(join(OUT, 'labels.json'), `${JSON.stringify(labels, null, 2)}\n`);
console.log(`wrote ${resumes.length} résumés and labels.json to ${OUT}`);
