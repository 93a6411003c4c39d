// The skills section in the shapes résumés really give it, as the text layer hands it over:
// - "Group: a, b, c" / "Group⇥a, b, c" (a label cell), and a group's name on the line above its list;
// - a group's name above its list items ("Tools" / "• Figma" / "• Miro"), one chip or bullet per line;
// - group names side by side above two columns of bullets that arrive interleaved row by row
//   ("Clinical⇥Systems" / "▪ Vaccination⇥▪ ProScript" / …);
// - an upper-case group name opening its row ("• CLINICAL Vaccination / Minor Ailments");
// - a table, tab-separated or as Markdown pipes, with or without a header row ("Area⇥Skills");
// - items separated by commas, semicolons, " / ", "·", "•" or "|", with a level or rating after a
//   skill ("Python (Expert)", "SQL – Advanced", "Excel ●●●●○", "Go 4/5"), kept apart from the name.
import type { JsonResumeSkill } from '../../../kernel/resume/json-resume.js';
import { isBullet, splitList, stripBullet, wordCount } from './resume-lines.js';

/** Words a skills table's header row is made of ("Area⇥Skills", "Category | Tools"): never a skill. */
const TABLE_HEADER_WORDS = new Set([
  'area', 'areas', 'category', 'categories', 'group', 'type', 'skill', 'skills', 'skill set', 'name', 'level', 'proficiency',
  'years', 'experience', 'keywords', 'details', 'domain', 'field', 'competency', 'competencies', 'tools', 'technologies',
  'rating', 'expertise', 'description', 'skill area', 'skill group',
]);

/** How well someone masters a skill, as written after it: "Expert", "5 years", "4/5". */
const LEVEL = /^(?:expert|advanced|proficient|intermediate|upper[- ]intermediate|beginner|basic|novice|familiar|fluent|native|strong|good|excellent|competent|skilled|elementary|working knowledge|\d{1,2}\+? ?(?:years?|yrs?)(?: of experience)?|\d(?:\.\d)? ?\/ ?(?:5|10))$/i;
/** Rating glyphs drawn after a skill: filled and empty dots, stars, squares. */
const RATING_GLYPHS = new Set([...'●○◉◯⬤★☆■□▪▫◆◇✦✧']);

function isLevel(text: string): boolean {
  return LEVEL.test(text.trim());
}

/** "Python (Expert)" → Python, Expert; "SQL – Advanced", "Excel ●●●●○", "Go 4/5": the skill and the level written after it. */
export function splitSkillLevel(item: string): { name: string; level?: string } {
  let name = item.trim();
  let end = name.length;
  while (end > 0 && (RATING_GLYPHS.has(name[end - 1]!) || name[end - 1] === ' ')) end--;
  if (end < name.length && end > 0) return { name: name.slice(0, end).trim(), level: name.slice(end).trim() };
  if (name.endsWith(')')) {
    const open = name.lastIndexOf('(');
    const inside = open > 0 ? name.slice(open + 1, -1) : '';
    if (open > 0 && isLevel(inside)) return { name: name.slice(0, open).trim(), level: inside.trim() };
  }
  for (const separator of [' – ', ' — ', ' - ', ': ']) {
    const at = name.lastIndexOf(separator);
    if (at > 0 && isLevel(name.slice(at + separator.length))) return { name: name.slice(0, at).trim(), level: name.slice(at + separator.length).trim() };
  }
  const lastSpace = name.lastIndexOf(' ');
  // "Go 4/5", "Kotlin 3 years": a number-shaped level needs no separator.
  if (lastSpace > 0 && /\d/.test(name.slice(lastSpace)) && isLevel(name.slice(lastSpace))) {
    const level = name.slice(lastSpace).trim();
    name = name.slice(0, lastSpace).trim();
    return { name, level };
  }
  const years = /^(.*\S) (\d{1,2}\+? ?(?:years?|yrs?))$/i.exec(name);
  return years ? { name: years[1]!, level: years[2]! } : { name };
}

function skillNames(text: string): string[] {
  return splitList(text)
    .map((item) => splitSkillLevel(stripBullet(item)).name)
    .filter((item) => item !== '');
}

/** "CLINICAL" → "Clinical"; a short name ("QA", "IT") stays as written: it is likely an abbreviation. */
function groupName(text: string): string {
  const name = text.trim();
  if (name.length <= 3 || name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s/-])(\p{L})/gu, (_match, boundary: string, letter: string) => boundary + letter.toUpperCase());
}

/** Tab cells of a line; a Markdown pipe row ("| Tools | Figma, Miro |") gives its cells the same way. */
function normalizeRow(line: string): string {
  const text = line.trim();
  // "|---|:---:|": the rule under a Markdown table's header row.
  if (text.includes('|') && text.includes('---') && /^[|:\s-]+$/.test(text)) return '';
  if (text.length > 2 && text.startsWith('|') && text.endsWith('|')) return text.slice(1, -1).split('|').map((cell) => cell.trim()).join('\t');
  return text;
}

function cellsOf(line: string): string[] {
  return line.split('\t').map((cell) => cell.trim()).filter(Boolean);
}

/** A group's name as a line or cell: a few words, no list punctuation, not a sentence. */
function isGroupNameText(text: string): boolean {
  return text !== '' && wordCount(text) <= 4 && !/[,;:|·•/]/.test(text) && !text.endsWith('.') && !isLevel(text);
}

function nextNonBlank(lines: readonly string[], index: number): string | undefined {
  for (let next = index + 1; next < lines.length; next++) if (lines[next] !== '') return lines[next];
  return undefined;
}

function isTableHeaderRow(cells: readonly string[]): boolean {
  return cells.length >= 2 && cells.every((cell) => TABLE_HEADER_WORDS.has(cell.toLowerCase()));
}

/** "Motor Controls SAFETY Lockout/Tagout": an upper-case group name that two rows joined into one item. */
const isUpperWord = (word: string): boolean => /^\p{Lu}[\p{Lu}&'-]*$/u.test(word);
const hasLowerCase = (word: string): boolean => /\p{Ll}/u.test(word);

/** "CLINICAL Vaccination / Minor Ailments": the upper-case words opening the row name its group. */
function upperCaseLead(line: string): { name: string; rest: string } | undefined {
  const words = line.split(' ').filter(Boolean);
  let count = 0;
  while (count < words.length && (isUpperWord(words[count]!) || (count > 0 && words[count] === '&'))) count++;
  if (count === 0 || count >= words.length || words[0]!.replace(/[^\p{L}]/gu, '').length < 3 || !hasLowerCase(words.slice(count).join(' '))) return undefined;
  // "INFRASTRUCTURE AWS / Ansible", "PRODUCT A/B Testing": when the first item is itself in
  // capitals, only the first word names the group.
  if (!hasLowerCase(words[count]!)) count = 1;
  const name = words.slice(0, count).join(' ');
  // "ANSYS · AutoCAD · Creo": an item of its own in capitals opens a plain list, it names no group.
  if (!(splitList(line)[0] ?? '').startsWith(`${name} `)) return undefined;
  return { name, rest: words.slice(count).join(' ') };
}

/**
 * Rows that open with an upper-case group name. The form is taken only where it is the section's
 * form: two such rows, or one whose name is a word rather than an acronym ("AWS Lambda, S3" is a
 * list of skills; "DATA GraphPad Prism / Python" a group).
 */
function readsAsUpperCaseGroups(lines: readonly string[]): boolean {
  const leads = lines.map((line) => upperCaseLead(stripBullet(line))).filter((lead) => lead !== undefined);
  if (leads.length >= 2) return true;
  if (leads.length === 0 || leads[0]!.name.length < 4) return false;
  // "ASCA National Model" among "Crisis Intervention", "Naviance", … one skill a line: a lone
  // upper-case lead holding a single item, in a list of single items, is an acronym opening a skill.
  const singleItems = lines.filter((line) => line.trim() !== '' && splitList(stripBullet(line)).length === 1).length;
  return !(splitList(leads[0]!.rest).length === 1 && singleItems >= 3 && singleItems === lines.filter((line) => line.trim() !== '').length);
}

function addUpperCaseGroupRow(groups: JsonResumeSkill[], line: string): void {
  const lead = upperCaseLead(line)!;
  let group: JsonResumeSkill = { name: groupName(lead.name), keywords: [] };
  groups.push(group);
  for (const item of skillNames(lead.rest)) {
    const words = item.split(' ');
    const switchAt = words.findIndex((word, index) => index > 0 && index < words.length - 1 && isUpperWord(word) && word.length >= 4 && hasLowerCase(words[index - 1]!));
    if (switchAt < 0) {
      group.keywords!.push(item);
      continue;
    }
    group.keywords!.push(words.slice(0, switchAt).join(' '));
    group = { name: groupName(words[switchAt]!), keywords: [words.slice(switchAt + 1).join(' ')] };
    groups.push(group);
  }
}

export function parseSkills(rawLines: readonly string[]): JsonResumeSkill[] {
  const lines = rawLines.map(normalizeRow);
  const groups: JsonResumeSkill[] = [];
  const loose: JsonResumeSkill[] = [];
  const upperCaseGroups = readsAsUpperCaseGroups(lines.filter((line) => line !== ''));
  for (let index = 0; index < lines.length; index++) {
    const rawLine = lines[index]!;
    if (rawLine === '') continue;
    const line = stripBullet(rawLine);
    const cells = cellsOf(line);
    const next = nextNonBlank(lines, index) ?? '';
    if (!isBullet(rawLine) && isTableHeaderRow(cells) && !isBullet(next)) continue;

    // Group names side by side, each above its column of bullets; the text layer reads the columns
    // row by row, so the n-th cell of each following row belongs to the n-th group. A row with fewer
    // cells (one column ran out) is read from the first group on.
    if (!isBullet(rawLine) && cells.length >= 2 && cells.every((cell) => isGroupNameText(cell) && !isBullet(cell)) && isBullet(next)) {
      const columns = cells.map((cell) => ({ name: groupName(cell), keywords: [] as string[] }));
      for (const column of columns) groups.push(column);
      while (index + 1 < lines.length && isBullet(lines[index + 1]!)) {
        index++;
        cellsOf(lines[index]!).forEach((cell, cellIndex) => {
          const column = columns[Math.min(cellIndex, columns.length - 1)]!;
          column.keywords = column.keywords.concat(skillNames(stripBullet(cell)));
        });
      }
      continue;
    }
    // A group's name on a line of its own above its bullets, one skill (or a short list) each.
    if (!isBullet(rawLine) && cells.length === 1 && isGroupNameText(line) && isBullet(next) && !/[:\t]/.test(stripBullet(next))) {
      const group = { name: groupName(line), keywords: [] as string[] };
      groups.push(group);
      while (index + 1 < lines.length && isBullet(lines[index + 1]!) && !/[:\t]/.test(stripBullet(lines[index + 1]!))) {
        index++;
        group.keywords = group.keywords.concat(skillNames(stripBullet(lines[index]!)));
      }
      continue;
    }
    // A group's name on a line of its own above its list ("Tools" / "Figma, Miro, Notion"): a table
    // whose label cell sits a little higher than its list.
    const following = lines[index + 1] ?? '';
    if (wordCount(line) <= 3 && !/[,;:\t]/.test(line) && !isBullet(following) && !/[:\t]/.test(following) && splitList(following).length >= 2) {
      groups.push({ name: line, keywords: skillNames(following) });
      index++;
      continue;
    }
    const labelled = /^([^:\t]{2,40}?)[^\S\t]*[:\t]\s*(\S.*)$/.exec(line);
    if (labelled && wordCount(labelled[1]!) <= 4 && !isLevel(labelled[2]!)) {
      const keywords = skillNames(labelled[2]!);
      if (keywords.length > 0) {
        groups.push({ name: labelled[1]!.trim(), keywords });
        continue;
      }
    }
    if (upperCaseGroups && upperCaseLead(line)) {
      addUpperCaseGroupRow(groups, line);
      continue;
    }
    // A level on the line under its skill ("Python" / "Advanced"), as chips with a caption are read.
    const last = loose.at(-1);
    if (last && last.level === undefined && isLevel(line)) {
      last.level = line;
      continue;
    }
    for (const item of splitList(line)) {
      const { name, level } = splitSkillLevel(item);
      if (name !== '') loose.push({ name, ...(level ? { level } : {}) });
    }
  }
  const seen = new Set(groups.flatMap((group) => group.keywords ?? []).map((keyword) => keyword.toLowerCase()));
  for (const skill of loose) {
    const key = skill.name!.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push(skill);
  }
  return groups.filter((group) => group.keywords === undefined || group.keywords.length > 0);
}

/** Labels a sidebar's contact block sets above each value ("PHONE" / "(412) 555-0189"): never a skill group. */
const CONTACT_LABELS = new Set([
  'phone', 'mobile', 'mob', 'cell', 'tel', 'telephone', 'email', 'e-mail', 'mail', 'location', 'address', 'city', 'home', 'based in',
  'linkedin', 'github', 'gitlab', 'website', 'web', 'site', 'portfolio', 'homepage', 'blog', 'twitter', 'x', 'url', 'links', 'skype',
  'whatsapp', 'nationality', 'citizenship', 'date of birth', 'birthday', 'born', 'driving licence', 'driving license', 'licence',
  'license', 'visa', 'work permit', 'availability', 'pronouns', 'muck rack', 'behance', 'dribbble', 'orcid', 'social', 'online',
]);

/** "CLINICAL", "SOFT SKILLS": a sidebar's group name, set in capitals on a line of its own. */
function isUpperCaseHeading(line: string): boolean {
  return (
    !line.includes('\t') &&
    /^\p{Lu}[\p{Lu} &'-]*$/u.test(line) &&
    line.replace(/[^\p{L}]/gu, '').length >= 3 &&
    wordCount(line) <= 3 &&
    !CONTACT_LABELS.has(line.toLowerCase().replace(/\s+/g, ' '))
  );
}

/**
 * Words in capitals that the text also uses inside ordinary lines ("Moved the dispensary to EMIS"):
 * acronyms, which a list of chips may hold ("EMIS", "HACCP") and which name no group.
 */
export function acronymsUsedInProse(text: string): Set<string> {
  const acronyms = new Set<string>();
  for (const line of text.split('\n')) {
    if (!/\p{Ll}/u.test(line)) continue;
    for (const word of line.split(/[^\p{L}\p{N}]+/u)) if (word.length >= 2 && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word)) acronyms.add(word);
  }
  return acronyms;
}

/**
 * A sidebar that lists skills under their groups' own names, with no "Skills" heading, inside the
 * contact block the text layer read it with: "CONTACT" / "PHONE" / "(412) 555-0189" / … /
 * "CLINICAL" / "Vaccination" / "Minor Ailments" / "SYSTEMS" / "ProScript⇥EMIS". Each upper-case
 * name followed by short lines that are no contact detail is a group of chips. Returns the contact
 * lines without those groups, and the groups as skills-section lines ("Clinical" / "• Vaccination").
 */
export function sidebarSkillGroups(
  lines: readonly string[],
  isContactDetail: (line: string) => boolean,
  acronyms: ReadonlySet<string>,
): { contact: string[]; skills: string[] } {
  const contact: string[] = [];
  const skills: string[] = [];
  // Inside a group, a line in capitals the résumé also uses as an acronym in its sentences ("EMIS")
  // is a chip, not the next group's name.
  const isChipInCapitals = (line: string): boolean => acronyms.has(line);
  const isChipLine = (line: string): boolean => line !== '' && !isContactDetail(line) && cellsOf(line).every((cell) => wordCount(cell) <= 5 && !cell.endsWith('.'));
  const continuesGroup = (line: string): boolean => isChipLine(line) && (!isUpperCaseHeading(line) || isChipInCapitals(line));
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    // LaTeX sets a little space under the name ("DESIGN" / "" / "Eurocodes"): blank lines may come first.
    let first = index + 1;
    while (first < lines.length && lines[first]!.trim() === '') first++;
    if (!isUpperCaseHeading(line) || !isChipLine(lines[first]?.trim() ?? '') || isUpperCaseHeading(lines[first]!.trim())) {
      contact.push(lines[index]!);
      continue;
    }
    skills.push(groupName(line));
    index = first - 1;
    while (index + 1 < lines.length && continuesGroup(lines[index + 1]!.trim())) {
      index++;
      for (const cell of cellsOf(lines[index]!)) skills.push(`• ${cell}`);
    }
    skills.push('');
  }
  return { contact, skills };
}
