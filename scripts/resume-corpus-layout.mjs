// Text pieces shared by every renderer of the résumé corpora (scripts/build-resume-corpus.mjs):
// how dates, job and school headers, contact lines, section headings, skills and languages are
// written. The JSON Resume stays the truth; these only decide what the rendered page says.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(date, style) {
  const [year, month] = date.split('-');
  if (!month) return year;
  const monthIndex = Number(month) - 1;
  switch (style) {
    case 'monthName': return `${MONTHS[monthIndex]} ${year}`;
    case 'fullMonthName': return `${FULL_MONTHS[monthIndex]} ${year}`;
    case 'isoMonth': return `${year}-${month}`;
    case 'slashMonth': return `${month}/${year}`;
    default: return year;
  }
}

export function formatRange({ startDate, endDate }, style) {
  const separator = style === 'slashMonth' ? ' - ' : style === 'year' ? '–' : ' – ';
  const end = endDate ? formatDate(endDate, style) : style === 'isoMonth' ? 'present' : 'Present';
  return `${formatDate(startDate, style)}${separator}${end}`;
}

/** A job's header as rows of { left, right }; HTML themes may right-align `right`, others put it inline. */
export function jobRows(job, style) {
  const dates = formatRange(job, style.dateStyle);
  switch (style.headerStyle) {
    case 'titleThenEmployer':
      return [{ left: job.position, right: dates, strong: true }, { left: job.name, right: job.location, italic: true }];
    case 'employerThenTitle':
      return [{ left: job.name, right: job.location, strong: true }, { left: job.position, right: dates, italic: true }];
    case 'oneLineComma':
      return [{ left: `${job.position}, ${job.name}, ${job.location}`, right: dates, strong: true }];
    case 'titleAtEmployer':
      return [{ left: `${job.position} at ${job.name}`, right: dates, strong: true }, { left: job.location, italic: true }];
    case 'pipeOneLine':
      return [{ left: `${job.name} | ${job.position} | ${job.location}`, right: dates, strong: true }];
    default: // datesFirst
      return [{ left: dates }, { left: `${job.position} — ${job.name}`, right: job.location, strong: true }];
  }
}

export function degreeText(school) {
  return school.area ? `${school.studyType} in ${school.area}` : school.studyType;
}

export function educationRows(school, style, index) {
  const dates = formatRange(school, style.dateStyle === 'year' || !school.startDate.includes('-') ? 'year' : style.dateStyle);
  if (index % 3 === 0) return [{ left: school.institution, right: dates, strong: true }, { left: degreeText(school), italic: true }];
  if (index % 3 === 1) return [{ left: `${degreeText(school)}, ${school.institution}`, right: dates, strong: true }];
  return [{ left: `${school.studyType}, ${school.area}`, right: dates, strong: true }, { left: school.institution }];
}

export function inline(row, separator) {
  return row.right ? `${row.left}${separator}${row.right}` : row.left;
}

export function contactParts(basics, style) {
  const url = (value) => (style.linkScheme ? value : value.replace(/^https?:\/\/(?:www\.)?/, ''));
  return [
    `${basics.location.city}, ${basics.location.region}`,
    basics.phone,
    basics.email,
    ...(basics.url ? [url(basics.url)] : []),
    ...(basics.profiles ?? []).map((profile) => url(profile.url)),
  ];
}

export const HEADINGS = [
  { summary: 'Summary', work: 'Experience', education: 'Education', skills: 'Skills', languages: 'Languages' },
  { summary: 'Profile', work: 'Work Experience', education: 'Education', skills: 'Technical Skills', languages: 'Languages' },
  { summary: 'Professional Summary', work: 'Professional Experience', education: 'Education', skills: 'Core Competencies', languages: 'Language Skills' },
  { summary: 'About Me', work: 'Employment History', education: 'Academic Background', skills: 'Skills & Tools', languages: 'Languages' },
];

export function skillLines(skills) {
  return skills.map((group) => `${group.name}: ${group.keywords.join(', ')}`);
}

export function languageLine(languages) {
  return languages.map((entry) => `${entry.language} (${entry.fluency})`).join(', ');
}
