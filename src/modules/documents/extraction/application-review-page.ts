// A careers portal's application "Review" page printed to PDF (Workday, Greenhouse, Korean ATSs' 지원서
// 미리보기): every value stands UNDER its field label ("First Name *" over "Kieran"; "Job Title *" over
// "Operations Supervisor"), two or three labels share a row over a row of their values ("From *⇥To *" over
// "06/2012⇥02/2018"), each job and school is a numbered group ("Work Experience 2", "학력 1"), and the
// answer to an application question closes the page. Read as written, every label is a line of text and
// the values lose their roles. Such a page is rewritten as the résumé it holds: the name, headline and
// contact lines first, then each section with its entries as the labelled rows the form readers know
// ("Employer⇥…", "School⇥…", "Dates⇥…"), the duties as items, languages as "Language⇥level" rows.
// Every pattern here runs in linear time (no nested quantifiers; eslint-plugin-regexp checks).

import { hasHangul } from './korean-resume.js';

type Field =
  | 'first' | 'last' | 'fullName' | 'headline' | 'address' | 'city' | 'region' | 'email' | 'phone' | 'link'
  | 'title' | 'employer' | 'location' | 'from' | 'to' | 'current' | 'period' | 'duties'
  | 'school' | 'degree' | 'area'
  | 'language' | 'level'
  | 'certificate' | 'issuer' | 'issued'
  | 'ignored';

type Group = 'information' | 'work' | 'education' | 'languages' | 'certificates' | 'skills' | 'links' | 'questions' | 'file';

/** A field label as the portal writes it (without its "*"), and what the value under it is. */
const FIELD_LABELS: ReadonlyArray<readonly [RegExp, Field]> = [
  [/^(?:first name|given names?|first name \(legal\)|이름\s*\(名\)|名)$/i, 'first'],
  [/^(?:last name|family name|surname|last name \(legal\)|성)$/i, 'last'],
  [/^(?:name|full name|이름|성명)$/i, 'fullName'],
  [/^(?:professional headline|headline|desired (?:job title|position)|희망\s?직무|지원\s?분야)$/i, 'headline'],
  [/^(?:address line 1|street address|address|home address|주소|거주지)$/i, 'address'],
  [/^(?:city|town|city\/town)$/i, 'city'],
  [/^(?:state|province|state\/province|region|county)$/i, 'region'],
  [/^(?:e-?mail address|e-?mail|이메일)$/i, 'email'],
  [/^(?:phone number|phone|mobile(?: number)?|연락처|휴대폰|휴대전화)$/i, 'phone'],
  [/^(?:url|website|linkedin(?: profile)?|portfolio|[\w ]{2,20} 링크|링크)$/i, 'link'],
  [/^(?:job title|position|title|직무\/직책|직무|직책|직위)$/i, 'title'],
  [/^(?:company|employer|company name|회사명|회사)$/i, 'employer'],
  [/^(?:location|근무지|근무 지역)$/i, 'location'],
  [/^(?:from|start date)$/i, 'from'],
  [/^(?:to|end date|to \(actual or expected\))$/i, 'to'],
  [/^(?:i currently work here|current(?:ly)? (?:job|employed)|재직\s?중)$/i, 'current'],
  [/^(?:재직\s?기간|근무\s?기간|재학\s?기간)$/, 'period'],
  [/^(?:role description|description|responsibilities|담당\s?업무|주요\s?업무)$/i, 'duties'],
  [/^(?:school or university|school|university|institution|학교명|학교)$/i, 'school'],
  [/^(?:degree|qualification|학위)$/i, 'degree'],
  [/^(?:field of study|major|전공|학과)$/i, 'area'],
  [/^(?:language|언어)$/i, 'language'],
  [/^(?:overall|proficiency|level|수준(?: \/ 시험)?|수준\/시험)$/i, 'level'],
  [/^(?:certification|certificate|license|자격증명|자격명)$/i, 'certificate'],
  [/^(?:issuing organi[sz]ation|issuer|발행처|발급기관)$/i, 'issuer'],
  [/^(?:issued date|issue date|date issued|취득일)$/i, 'issued'],
  [
    /^(?:phone device type|phone extension|country phone code|country|postal code|zip(?: code)?|address line 2|i am fluent in this language|reading|writing|speaking|overall result \(gpa\)|gpa|졸업\s?상태|졸업\s?여부|expiration date)$/i,
    'ignored',
  ],
];

/** A group's heading: the numbered ones open an entry ("Work Experience 2", "경력 1"). */
const GROUP_HEADINGS: ReadonlyArray<readonly [RegExp, Group]> = [
  [/^(?:my information|basic information|personal information|contact information|기본\s?정보|인적\s?사항)$/i, 'information'],
  [/^(?:my experience|work experience(?: \d{1,2})?|experience(?: \d{1,2})?|경력(?: \d{1,2})?|경력\s?사항)$/i, 'work'],
  [/^(?:education(?: \d{1,2})?|학력(?: \d{1,2})?|학력\s?사항)$/i, 'education'],
  [/^(?:languages?(?: \d{1,2})?|어학(?: \d{1,2})?|외국어)$/i, 'languages'],
  [/^(?:certifications?(?: \d{1,2})?|licen[cs]es?|자격증(?: \d{1,2})?|자격\s?사항)$/i, 'certificates'],
  [/^(?:skills|스킬|보유\s?기술|기술)$/i, 'skills'],
  [/^(?:websites?|links|social network urls|링크)$/i, 'links'],
  [/^(?:application questions|questions|자기소개(?:서)?|지원\s?질문)$/i, 'questions'],
  [/^(?:resume\/cv|resume|cv|이력서\s?파일|첨부\s?파일)$/i, 'file'],
];

/** The "*" a portal marks a required field with, and a colon some write after a label. */
const LABEL_END = new Set([' ', '\t', '*', ':', '：']);

/** "First Name *" → "First Name". */
function withoutRequiredMark(cell: string): string {
  let end = cell.length;
  while (end > 0 && LABEL_END.has(cell[end - 1]!)) end--;
  return cell.slice(0, end).trim();
}
/** The steps bar ("My Information › My Experience › … › Review"). */
const STEPS_BAR = /\s›\s/;
/** "Review", "지원서 미리보기 — 택배 배송기사": the page's title; the Korean one names the posting applied for. */
const PAGE_TITLE = /^(?:review|application review|지원서 미리보기|지원서 확인)(?:\s+[—–-]\s+(\S.*))?$/i;
/** An application question: it asks ("…?", "Tell us …", "…해 주세요.") or ends in the required mark. */
const QUESTION = /(?:\?|\s\*|주세요\.?|십시오\.?)$|^(?:tell us|describe|please|why|what|how)\b/i;
const BULLET = /^[•▪◦·*-]\s*/u;

function fieldOf(cell: string): Field | undefined {
  const label = withoutRequiredMark(cell);
  return FIELD_LABELS.find(([pattern]) => pattern.test(label))?.[1];
}

function groupOf(line: string): Group | undefined {
  const text = line.trim();
  return GROUP_HEADINGS.find(([pattern]) => pattern.test(text))?.[1];
}

/** The cells of a row of field labels, or undefined when one cell is no label. */
function labelRow(line: string): Field[] | undefined {
  const cells = line.trim().split('\t');
  const fields = cells.map(fieldOf);
  return line.trim() !== '' && fields.every((field) => field !== undefined) ? (fields as Field[]) : undefined;
}

/**
 * A review page: at least six rows of field labels over values, two of them with the required mark —
 * a résumé that writes "Languages" or "Skills" over its lists has neither.
 */
export function isApplicationReviewPage(lines: readonly string[]): boolean {
  let labels = 0;
  let required = 0;
  for (const line of lines) {
    if (labelRow(line) === undefined) continue;
    labels++;
    if (line.split('\t').some((cell) => /\S\s\*$/.test(cell.trim()))) required++;
  }
  return labels >= 6 && required >= 2;
}

type Entry = Map<Field, string[]>;

interface ReviewPage {
  readonly information: Entry;
  readonly work: Entry[];
  readonly education: Entry[];
  readonly languages: Entry[];
  readonly certificates: Entry[];
  readonly skills: string[];
  readonly links: string[];
  readonly answers: string[];
  posting?: string;
}

function add(entry: Entry, field: Field, value: string): void {
  if (field === 'ignored' || value.trim() === '') return;
  entry.set(field, [...(entry.get(field) ?? []), value.trim()]);
}

/** The entry a value goes into: each numbered group ("Education 2") and each repeated label opens a new one. */
function entryFor(page: ReviewPage, group: Group, fields: readonly Field[], opened: boolean): Entry {
  const list = group === 'work' ? page.work : group === 'education' ? page.education : group === 'languages' ? page.languages : group === 'certificates' ? page.certificates : undefined;
  if (list === undefined) return page.information;
  const last = list.at(-1);
  if (last === undefined || opened || fields.some((field) => field !== 'ignored' && last.has(field))) list.push(new Map());
  return list.at(-1)!;
}

function readPage(lines: readonly string[]): ReviewPage {
  const page: ReviewPage = { information: new Map(), work: [], education: [], languages: [], certificates: [], skills: [], links: [], answers: [] };
  let group: Group = 'information';
  let opened = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '' || STEPS_BAR.test(line)) continue;
    const title = PAGE_TITLE.exec(line);
    if (title) {
      if (title[1] !== undefined) page.posting = title[1].trim();
      continue;
    }
    const heading = groupOf(line);
    const fields = labelRow(line);
    if (heading !== undefined && fields === undefined) {
      group = heading;
      opened = true;
      continue;
    }
    if (fields !== undefined) {
      // The values: the next row that is no label (a blank line may stand between), and for a single
      // label every line after it up to the next label, group or blank line (a job's duties).
      let next = index + 1;
      while (next < lines.length && lines[next]!.trim() === '') next++;
      if (next >= lines.length || labelRow(lines[next]!) !== undefined || groupOf(lines[next]!) !== undefined) continue;
      const entry = entryFor(page, group, fields, opened);
      opened = false;
      if (fields.length > 1) {
        const values = lines[next]!.trim().split('\t');
        fields.forEach((field, cell) => add(entry, field, values[cell] ?? ''));
        index = next;
        continue;
      }
      let last = next;
      while (last < lines.length && lines[last]!.trim() !== '' && labelRow(lines[last]!) === undefined && groupOf(lines[last]!) === undefined) {
        add(entry, fields[0]!, lines[last]!);
        last++;
      }
      index = last - 1;
      continue;
    }
    if (group === 'skills') page.skills.push(...line.split('\t').map((skill) => skill.trim()).filter(Boolean));
    else if (group === 'links') page.links.push(line);
    else if (group === 'questions') {
      const text = line.replace(BULLET, '');
      if (!QUESTION.test(text)) page.answers.push(text);
    }
  }
  return page;
}

function first(entry: Entry, field: Field): string | undefined {
  return entry.get(field)?.[0];
}

/** "Kieran" and "Bossino" → "Kieran Bossino"; "김" and "도현" → "김도현" (a Korean name is written without a space). */
function personName(information: Entry): string | undefined {
  const given = first(information, 'first');
  const family = first(information, 'last');
  if (given === undefined || family === undefined) return first(information, 'fullName') ?? given ?? family;
  return hasHangul(given) && hasHangul(family) ? `${family}${given}` : `${given} ${family}`;
}

function workRows(entry: Entry, present: string): string[] {
  const current = /^(?:yes|y|예|네|true)$/i.test(first(entry, 'current') ?? '');
  const from = first(entry, 'from');
  const to = first(entry, 'to') ?? (current ? present : undefined);
  const period = first(entry, 'period') ?? (from === undefined && to === undefined ? undefined : [from, to].filter(Boolean).join(' – '));
  const rows = [
    ['Job title', first(entry, 'title')],
    ['Employer', first(entry, 'employer')],
    ['Location', first(entry, 'location')],
    ['Dates', period],
  ].flatMap(([label, value]) => (value === undefined ? [] : [`${label}\t${value}`]));
  return ['', ...rows, ...(entry.get('duties') ?? []).map((duty) => `• ${duty.replace(BULLET, '')}`)];
}

function educationRows(entry: Entry): string[] {
  const from = first(entry, 'from');
  const to = first(entry, 'to');
  const period = first(entry, 'period') ?? (from === undefined && to === undefined ? undefined : [from, to].filter(Boolean).join(' – '));
  return [
    '',
    ...[
      ['School', first(entry, 'school')],
      ['Degree', first(entry, 'degree')],
      ['Field of study', first(entry, 'area')],
      ['Dates', period],
    ].flatMap(([label, value]) => (value === undefined ? [] : [`${label}\t${value}`])),
  ];
}

/**
 * The lines of an application review page rewritten as the résumé it holds; any other text is returned as
 * it is.
 */
export function withApplicationReviewPageRead(lines: readonly string[]): string[] {
  if (!isApplicationReviewPage(lines)) return [...lines];
  const page = readPage(lines);
  const korean = hasHangul(lines.join('\n'));
  const headings = korean
    ? { summary: '자기소개', work: '경력', education: '학력', skills: '스킬', languages: '어학', certificates: '자격증', present: '재직 중' }
    : { summary: 'Summary', work: 'Experience', education: 'Education', skills: 'Skills', languages: 'Languages', certificates: 'Certificates', present: 'Present' };
  const { information } = page;
  // The town: the City field when there is one, else the address line.
  const place = first(information, 'city') === undefined ? first(information, 'address') : [first(information, 'city'), first(information, 'region')].filter(Boolean).join(', ');
  const contact = [place, first(information, 'phone'), first(information, 'email')].filter((value): value is string => value !== undefined);
  const out: string[] = [
    ...[personName(information), first(information, 'headline') ?? page.posting].filter((value): value is string => value !== undefined),
    ...(contact.length > 0 ? [contact.join(' | ')] : []),
    ...(information.get('link') ?? []),
    ...page.links,
  ];
  const section = (heading: string, body: readonly string[]): void => {
    if (body.some((line) => line.trim() !== '')) out.push('', heading, ...body);
  };
  section(headings.summary, page.answers.length > 0 ? [page.answers.join(' ')] : []);
  section(headings.work, page.work.flatMap((entry) => workRows(entry, headings.present)));
  section(headings.education, page.education.flatMap(educationRows));
  section(headings.skills, page.skills.length > 0 ? [page.skills.join(', ')] : []);
  section(
    headings.languages,
    page.languages.flatMap((entry) => {
      const language = first(entry, 'language');
      const level = first(entry, 'level');
      return language === undefined ? [] : [level === undefined ? language : `${language}\t${level}`];
    }),
  );
  section(
    headings.certificates,
    page.certificates.flatMap((entry) => {
      const parts = [first(entry, 'certificate'), first(entry, 'issuer'), first(entry, 'issued')].filter(Boolean);
      return parts.length > 0 ? [parts.join(', ')] : [];
    }),
  );
  return out;
}
