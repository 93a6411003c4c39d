import { extractSkills, type Skill } from '../../../kernel/skills/extract-skills.js';
import { jobRequirements } from '../../../kernel/skills/job-requirements.js';
import { type RoleGap, roleGaps } from '../../../kernel/skills/role-gaps.js';
import { skillsTaxonomy } from '../../../kernel/skills/skills-taxonomy.js';
import { stem } from '../../../kernel/skills/stem.js';
import { messageKey } from '../../../platform/contracts/domain-error.js';
import type { AnalysisReport, AnalyzeResumeInput, Check, ReportSkill, SkillGap, SubScore, SubScoreId, Suggestion } from './analysis-report.js';
import { bulletSuggestions } from './bullet-rewrites.js';
import { hasMeasurableRequirements, jobMatch, matchScore } from './job-match.js';
import { atsFindings, atsText, contentChecks, SECTION_NAMES, structureChecks } from './resume-checks.js';
import { ACTION_VERBS } from './verbs.js';
import { canonicalSection, employerSpan, experienceYears, outlineResume, sectionAt, type ResumeOutline } from './resume-outline.js';
import { meanOfChecks, SCORING_FORMULA, weightsFor } from './scoring-formula.js';

export { SCORING_FORMULA } from './scoring-formula.js';
export type * from './analysis-report.js';

const MAX_SUGGESTIONS = 12;
const MAX_ROLE_GAPS = 15;
const MAX_SUGGESTED_SKILLS = 8;

/** Where `key` first stands as whole words in `lower` ("ge" of "GE Voluson", not of "imaging"), or -1. Linear: indexOf steps. */
function wholeWordAt(lower: string, key: string): number {
  const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let at = lower.indexOf(key); at !== -1; at = lower.indexOf(key, at + 1)) {
    if (!isWordChar(lower[at - 1]) && !isWordChar(lower[at + key.length])) return at;
  }
  return -1;
}

/**
 * The job's phrases (the tagger's words the taxonomy does not name) that the résumé holds as written, each once,
 * where it stands in the résumé; none inside a skill already found ("Python" of "Python scripting").
 */
function phrasesShown(match: NonNullable<AnalysisReport['match']>, text: string, skills: readonly ReportSkill[], outline: ResumeOutline): ReportSkill[] {
  const lower = text.toLowerCase();
  const named = new Set(skills.map((s) => s.name.toLowerCase()));
  const out: ReportSkill[] = [];
  for (const { phrase, verdict } of match.phrases ?? []) {
    const key = phrase.toLowerCase();
    if (verdict !== 'matched' || named.has(key)) continue;
    const start = wholeWordAt(lower, key);
    if (start === -1) continue;
    if (skills.some((s) => s.mentions.some((m) => m.start <= start && m.end >= start + key.length))) continue;
    // A language the résumé lists under Languages ("English" asked for by the job) is no hard skill.
    const section = sectionAt(outline, start);
    if (section === 'languages') continue;
    named.add(key);
    const written = text.slice(start, start + key.length);
    out.push({ name: written, kind: 'hard', mentions: [{ start, end: start + key.length, text: written, section }] });
  }
  return out;
}

/**
 * The deterministic, offline analysis: same input, same report. No I/O besides the shipped
 * taxonomy (loaded once per process).
 */
export function analyzeResume(input: AnalyzeResumeInput): AnalysisReport {
  const text = input.text.replace(/\r\n?/g, '\n');
  // File-format findings are about the file: its own text and layout, not the profile written out.
  const fileText = input.fileText?.replace(/\r\n?/g, '\n');
  const profileWrittenOut = input.resume !== undefined && fileText !== undefined && fileText !== text;
  const outline = outlineResume(text, input.resume, { standardHeadingsOnly: profileWrittenOut });
  const fileOutline = profileWrittenOut ? outlineResume(fileText) : undefined;
  const found = withoutEmployerNames(extractSkills(text), text, outline);
  const skills: ReportSkill[] = found.map((s) => ({
    name: s.name,
    kind: s.kind,
    mentions: s.mentions.map((m) => ({ ...m, section: sectionAt(outline, m.start) })),
  }));

  const content = contentChecks(outline);
  const structure = structureChecks(text, outline, input.resume, input.layout?.pages, fileText, input.edited ? undefined : fileOutline);
  const ats = fileText !== undefined && fileText !== text ? atsFindings({ ...input, text: fileText }, fileOutline ?? outlineResume(fileText)) : atsFindings({ ...input, text }, outline);
  const match = input.job?.trim() ? jobMatch(input.job, text, found, experienceYears(outline, input.asOf ?? new Date())) : undefined;

  // A job text with nothing to match (no skills, phrases or keywords) leaves the match part out of the
  // score, as if no job were given; the report still shows the job and says why.
  const matchMeasured = match !== undefined && hasMeasurableRequirements(match);
  const weights = weightsFor(matchMeasured);
  const subScores: Record<SubScoreId, number> = {
    match: match && matchMeasured ? matchScore(match) : 0,
    content: meanOfChecks(content),
    structure: meanOfChecks(structure),
    ats: meanOfChecks(ats),
  };
  const breakdown: SubScore[] = (['match', 'content', 'structure', 'ats'] as const)
    .filter((id) => weights[id] > 0)
    .map((id) => ({
      id,
      label: SCORING_FORMULA.subScores[id].label,
      score: subScores[id],
      weight: Math.round(weights[id] * 1000) / 1000,
      explanation: SCORING_FORMULA.subScores[id].explanation,
    }));
  const score = Math.round(breakdown.reduce((sum, s) => sum + s.score * weights[s.id], 0));

  // What the job match found in the résumé in the job's own words (a trade's, a lab's or a field's: "rotary
  // drilling", "pumping tests") is shown among the skills found too, where the taxonomy named none of it.
  if (match) skills.push(...phrasesShown(match, text, skills, outline));
  const gaps = skillGaps(input, text, found.map((s) => s.name), match);
  const suggestions = prioritise([...bulletSuggestions(outline), ...sectionSuggestions([...structure, ...ats], text), ...keywordSuggestions(match, text, outline)]);
  return { score, breakdown, skills, ...(match ? { match } : {}), checks: [...content, ...structure], ats: { findings: ats, text: atsText(fileText ?? text) }, suggestions, gaps };
}

/**
 * Working at a company is not using its product: "Sales Representative — Hubspot Ltd" says nothing
 * of HubSpot the CRM, "Engineer — Salesforce" nothing of Salesforce. A mention in the employer part
 * of a dated role line is dropped; the same name in a skills line or a bullet still counts.
 */
function withoutEmployerNames(skills: Skill[], text: string, outline: ResumeOutline): Skill[] {
  const employers = outline.roles.flatMap((role) => {
    const at = text.indexOf(role.line, role.start);
    const employer = employerSpan(role.line);
    return at === -1 || !employer ? [] : [{ start: at + employer.start, end: at + employer.end }];
  });
  if (employers.length === 0) return skills;
  return skills
    .map((skill) => ({ ...skill, mentions: skill.mentions.filter((m) => !employers.some((e) => m.start >= e.start && m.end <= e.end)) }))
    .filter((skill) => skill.mentions.length > 0);
}

function prioritise(suggestions: Suggestion[]): Suggestion[] {
  return suggestions
    .map((s, order) => ({ s, order }))
    .sort((a, b) => a.s.priority - b.s.priority || a.order - b.order)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ s }) => s);
}

function sectionSuggestions(checks: readonly Check[], text: string): Suggestion[] {
  const out: Suggestion[] = [];
  const firstLines = text.split('\n').filter((l) => l.trim()).slice(0, 3).join('\n');
  for (const c of checks) {
    if (c.status === 'pass') continue;
    if (c.id === 'sections' && c.evidence?.length) {
      const missing = c.evidence.filter((e): e is string => typeof e === 'string');
      out.push({
        id: 'add-sections',
        priority: c.status === 'fail' ? 1 : 2,
        title: messageKey('analysis:engine.suggestions.addSections.title', { count: missing.length, sections: missing.map((id) => SECTION_NAMES[id]!) }),
        why: messageKey('analysis:engine.suggestions.addSections.why'),
        before: firstLines,
        after: `${firstLines}\n\n${missing.map((m) => `${m.toUpperCase()}\n[…]`).join('\n\n')}`,
      });
    }
    if ((c.id === 'contact' || c.id === 'contact-in-body') && c.status !== 'warn') {
      out.push({
        id: c.id,
        priority: 1,
        title: messageKey('analysis:engine.suggestions.contactInBody.title'),
        why: c.detail,
        before: firstLines,
        after: `${firstLines}\n[email] · [phone] · [city, country] · [linkedin.com/in/…]`,
      });
    }
  }
  return out;
}

function keywordSuggestions(match: AnalysisReport['match'], text: string, outline: ResumeOutline): Suggestion[] {
  if (!match) return [];
  const lines = text.split('\n');
  // Job titles, employers, schools, credentials and dates are facts, never reworded: only achievements and skills lines are.
  const factLines = new Set(outline.datedLines);
  // Lines before the first heading are the name, headline and contact details.
  const headerLines = text.slice(0, outline.sections[0]?.start ?? 0).split('\n').length - 1;
  const rewritableLines = lines.filter((line, index) => index >= headerLines && !factLines.has(line.trim()));
  const heading = lines.findIndex((l) => /^\s*(?:#+\s*)?(?:technical |core |key )?(?:skills|technologies|tech stack)\s*(?::\s*)?$/i.test(l));
  const skillsLine = heading >= 0 ? technicalSkillsLine(lines, heading) : undefined;
  const out: Suggestion[] = [];
  // "Mentored" for "Mentor" is only a tense: rewording a past role into the job's tense would be wrong.
  const stems = (t: string): string => t.toLowerCase().split(/\s+/).map(stem).join(' ');
  // Evidence ("event-driven microservices" for Event-Driven Architecture) is the user's own true
  // wording: the report shows it, and no line is rewritten into the job's term.
  // The job's words found with others between them ("외래 150명 채혈" for "외래 채혈", "show’s costume bible" for
  // "show bible"): swapping the span for the job's words would delete the user's own ("150명"), so no line is
  // rewritten; the report's "worded differently" table still names the job's wording.
  const wordCount = (t: string): number => t.trim().split(/\s+/).length;
  for (const v of match.variants.filter((x) => x.reason !== 'evidence' && stems(x.found) !== stems(x.atsWants)).slice(0, 3)) {
    const line = rewritableLines.find((l) => l.includes(v.found));
    if (!line || wordCount(v.found) > wordCount(v.atsWants)) continue;
    out.push({
      id: `variant-${v.term}`,
      priority: 2,
      title: messageKey('analysis:engine.suggestions.variant.title', { wording: v.atsWants }),
      why: messageKey('analysis:engine.suggestions.variant.why', { found: v.found, term: v.term, wording: v.atsWants }),
      before: line.trim(),
      after: line.trim().replace(v.found, v.atsWants),
    });
  }
  // Only hard skills belong on a skills line; soft skills are shown in bullets, not listed. So is a competence the
  // taxonomy names as something done ("lead a team", "manage budgets"): appended to "Systems: Opera PMS, Excel" it reads
  // as a tool; it is shown by what the person did, in a bullet.
  const { byName } = skillsTaxonomy();
  const hard = match.missing
    .map((name, i) => ({ name, display: match.missingDisplay[i] ?? name }))
    .filter((m) => byName.get(m.name.toLowerCase())?.kind !== 'soft' && !namesADeed(m.name));
  const hardMissing = hard.map((m) => m.display);
  if (hardMissing.length > 0 && skillsLine) {
    // On the résumé, the job's own wording is what a keyword-matching ATS looks for.
    const shown = hard.slice(0, MAX_SUGGESTED_SKILLS).map((m) => (m.display === m.name ? m.name : m.display.slice(0, m.display.length - m.name.length - 3)));
    const line = skillsLine.line.trim().replace(/(?<![,;\s])[,;\s]+$/, '');
    out.push({
      id: 'missing-required',
      priority: 2,
      title: messageKey('analysis:engine.suggestions.missingRequired.title'),
      why: messageKey('analysis:engine.suggestions.missingRequired.why', { skills: hardMissing.join(', ') }),
      before: skillsLine.line.trim(),
      after: skillsLine.append ? `${line}\nSkills: ${shown.join(', ')}` : `${line}${/:$/.test(line) ? ' ' : ', '}${shown.join(', ')}`,
    });
  }
  return out;
}

/** "lead a team", "carry out inspections": a skill of two words or more named by what is done, its first word a verb. */
function namesADeed(skill: string): boolean {
  const [first, ...rest] = skill.toLowerCase().split(/\s+/);
  return rest.length > 0 && first !== undefined && ACTION_VERBS.has(first);
}

// Lines under the skills heading that list spoken languages, interests or soft skills are not where tools go.
const NON_TECHNICAL_LABEL = /^\s*(?:[-*•]\s*)?(?:(?:spoken|human|foreign)\s+languages?|interests|hobbies|soft skills|personal skills|interpersonal skills|certifications?|awards)\s*[:\-–—]/i;
const TECHNICAL_LABEL = /^\s*(?:[-*•]\s*)?(?:technical|technologies|tech|tools?|frameworks?|libraries|platforms?|programming(?: languages)?|software|cloud|databases?|devops|infrastructure|stack|skills|hard skills|core skills|key skills)\b[^:]{0,30}:/i;
const SPOKEN_LANGUAGE = /\b(?:english|korean|spanish|french|german|mandarin|chinese|japanese|hindi|arabic|portuguese|italian|russian|tamil|czech|polish|dutch|turkish|vietnamese|cantonese|swedish|norwegian|danish|finnish|greek|hebrew|thai|urdu|bengali|punjabi|indonesian|malay|ukrainian|romanian|hungarian)\b/i;

/**
 * The line under the skills heading that lists technical skills; when there is none (only
 * "Languages: English, Korean"), the last line of the section with `append` so a new "Skills:" line is added.
 */
function technicalSkillsLine(lines: readonly string[], heading: number): { line: string; append: boolean } | undefined {
  const section: string[] = [];
  for (const l of lines.slice(heading + 1)) {
    if (!l.trim()) {
      if (section.length > 0) break;
      continue;
    }
    if (sectionHeading(l)) break;
    section.push(l);
  }
  if (section.length === 0) return undefined;
  const technical = section.filter((l) => !NON_TECHNICAL_LABEL.test(l) && !isSpokenLanguageList(l));
  const labelled = technical.find((l) => TECHNICAL_LABEL.test(l));
  const chosen = labelled ?? technical[0];
  return chosen !== undefined ? { line: chosen, append: false } : { line: section[section.length - 1]!, append: true };
}

function sectionHeading(line: string): boolean {
  const t = line.trim().replace(/^#+\s*/, '').replace(/:$/, '').trim();
  if (!t || t.length > 40) return false;
  return canonicalSection(t) !== undefined || /^#{1,3}\s/.test(line.trim()) || (t === t.toUpperCase() && /[A-Z]{3}/.test(t) && t.split(/\s+/).length <= 4 && !/[@\d,]/.test(t));
}

/** "English (fluent), Korean" with no label: every item is a spoken language. */
function isSpokenLanguageList(line: string): boolean {
  const items = line.replace(/^[^:]*:/, '').split(/[,;/|·•]/).map((i) => i.trim()).filter(Boolean);
  return items.length > 0 && items.every((i) => SPOKEN_LANGUAGE.test(i));
}

/** Why a role gap is one: where its need is recorded (role-gaps.ts). */
function gapReason(source: RoleGap['source'], role: string): ReturnType<typeof messageKey> {
  if (source === 'onet') return messageKey('analysis:engine.gaps.inDemand', { role });
  if (source === 'seniority') return messageKey('analysis:engine.gaps.senior', { role });
  if (source === 'management') return messageKey('analysis:engine.gaps.management', { role });
  return messageKey('analysis:engine.gaps.essential', { role });
}

function skillGaps(input: AnalyzeResumeInput, text: string, have: readonly string[], match: AnalysisReport['match']): AnalysisReport['gaps'] {
  const job: SkillGap[] = [];
  if (match && input.job) {
    const requirements = jobRequirements(input.job);
    const missing = new Set(match.missing);
    const preferredMissing = new Set(match.preferred.missing);
    const order = (list: typeof requirements.required) =>
      [...list].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'hard' ? -1 : 1) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    for (const s of order(requirements.required)) if (missing.has(s.name)) job.push({ name: s.name, kind: s.kind, reason: messageKey('analysis:engine.gaps.required', { count: s.mentions.length }) });
    for (const s of order(requirements.preferred)) if (preferredMissing.has(s.name)) job.push({ name: s.name, kind: s.kind, reason: messageKey('analysis:engine.gaps.preferred') });
  }
  const roles = (input.targetRoles ?? []).map((role) => {
    // Ranked by importance for the role's occupation family, made the person's (role-gaps.ts).
    const result = roleGaps(role, { has: have, text, ...(input.seniority ? { seniority: input.seniority } : {}) }, MAX_ROLE_GAPS);
    const missing = result.gaps.map((s): SkillGap => ({ name: s.name, kind: s.kind, reason: gapReason(s.source, role) }));
    // A role no occupation's title holds word for word is compared with the nearest, or, with no occupation
    // near, with its field's work in general (the family its title's words name): the report says so. A title some
    // occupation holds word for word is exact even beside ESCO's nearest names for it ("Earth Drillers, Except Oil
    // and Gas" beside "driller").
    const exact = result.occupations.some((o) => !o.approximate && o.similarity === 1);
    const approximate = (!exact && result.occupations.some((o) => o.approximate)) || (result.occupations.length === 0 && missing.length > 0);
    return { role, occupations: result.occupations.map((o) => `${o.title} (${o.source === 'onet' ? 'O*NET' : 'ESCO'})`), ...(approximate ? { approximate } : {}), missing };
  });
  // Learn first: what the job requires, then what the job prefers, then skills several target roles share.
  const counts = new Map<string, number>();
  for (const r of roles) for (const m of r.missing) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const roleOrder = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([n]) => n);
  const learnFirst = [...new Set([...job.map((g) => g.name), ...roleOrder])].slice(0, 10);
  return { job, roles, learnFirst };
}
