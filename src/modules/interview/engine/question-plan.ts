import { extractSkills, jobRequirements, skillsForRole, type Skill } from '../../../kernel/skills/index.js';
import type { InterviewPlanInput, PlannedQuestion } from './interview-types.js';
import { bankRoleFor, QUESTION_BANK, type BankQuestion } from './question-bank.js';
import { seededRandom, shuffled } from './seeded-random.js';

export const MIN_QUESTIONS = 1;
export const MAX_QUESTIONS = 10;

// Tools nearly every job lists: a question about them says nothing about the role.
const GENERIC_TOOLS = /^(?:Microsoft (?:Office|Word|Excel|PowerPoint|Outlook|Windows|Project|SharePoint|Access|Teams)|Google (?:Docs|Sheets|Drive|Workspace)|Adobe Acrobat|Email|Internet|Facebook|Slack|Zoom|Jira|Confluence|XML)$/i;
// Questions about code and bugs make no sense to a nurse or a teacher.
const TECH_ONLY_QUESTION = /\b(?:bugs?|technical|coding|code|programming|architecture|technologies|internship|have you built)\b/i;
const TECH_ROLE = /\b(?:engineer\w*|develop\w*|programm\w*|software|data|devops|sre|it|tech\w*|architect|scientist|analyst|qa|tester|security|cloud|web|mobile)\b/i;
// ESCO skills are phrased as abilities ("perform classroom management") or as knowledge ("tax legislation").
const ABILITY_VERB = /^(?:manage|perform|apply|prepare|adapt|analy[sz]e|use|carry|keep|identify|guarantee|answer|prospect|approve|adjust|demonstrate|tutor|observe|advise|develop|design|create|maintain|monitor|conduct|coordinate|ensure|provide|write|plan|organi[sz]e|communicate|negotiate|supervise|train|evaluate|assess|implement|interpret|operate|handle|administer|build|test|sell|teach|support|lead|liaise|report|review|resolve|schedule)\b/;

// ESCO labels are lower-case phrases; product names ("eClinicalWorks EHR", "MEDITECH") are not.
const ESCO_PHRASE = /^[a-z][a-z' -]*$/;

/** The target role as it reads inside a sentence: "Registered nurse" → "registered nurse", "UX designer" kept. */
function roleInSentence(role: string): string {
  const words = role.trim().replace(/\s+/g, ' ').split(' ').filter(Boolean);
  return words.map((w) => (/^[A-Z][a-z]/.test(w) ? w.toLowerCase() : w)).join(' ');
}

function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9+#]+/g, '-').replace(/^-|-$/g, '');
}

type SkillOrigin = 'job_and_resume' | 'job_only' | 'resume' | 'role';

/** A technical question about one skill, worded by where the skill came from. */
function skillQuestion(name: string, origin: SkillOrigin): PlannedQuestion {
  const storyAsk = 'what was the problem, what did you do, and what changed?';
  let text: string;
  if (origin === 'job_and_resume') text = `Your resume mentions ${name}, and this role asks for it. Walk me through the most demanding piece of work you did with ${name} — ${storyAsk}`;
  else if (origin === 'job_only') text = `The role asks for ${name}. Walk me through a time you used it — ${storyAsk} If you have not used it yet, tell me about the closest thing you have done.`;
  else if (origin === 'resume') text = `Your resume mentions ${name}. Walk me through a piece of work where you used it — ${storyAsk}`;
  else if (ESCO_PHRASE.test(name) && ABILITY_VERB.test(name)) text = `This kind of role involves the ability to ${name}. Tell me about a time you had to do that — what was the situation, what did you do, and what was the outcome?`;
  else if (ESCO_PHRASE.test(name)) text = `How have you applied your knowledge of ${name} in your work? Give me a concrete example.`;
  else text = `How have you used ${name} in your work? Walk me through a specific task — what was the goal, what did you do, and how did you check the result?`;
  return { id: `skill:${slug(name)}`, text, kind: 'technical', topic: name };
}

/** A behavioral question about a soft skill the job asks for ("Communication"). */
function softSkillQuestion(name: string): PlannedQuestion {
  return {
    id: `soft-skill:${slug(name)}`,
    text: `The role asks for ${name.toLowerCase()}. Tell me about a time it made the difference in your work — what was the situation, what did you do, and how did it turn out?`,
    kind: 'behavioral',
    topic: name,
  };
}

/** Craft questions for any role, used when the bank and the skills run out. */
function roleQuestions(role: string): PlannedQuestion[] {
  const r = role.trim() ? roleInSentence(role) : '';
  const asRole = r ? `as ${withArticle(r)}` : 'in your field';
  const inRoleWork = r ? `in ${r} work` : 'in your field';
  const items: Array<[string, string]> = [
    ['approach', `Walk me through how you approach a typical piece of work ${asRole}, from the first step to checking the result.`],
    ['tools', `What tools or methods do you rely on most ${asRole}, and why those?`],
    ['hardest-problem', `Tell me about the hardest technical problem you have solved ${asRole}: what was wrong, how did you find the cause, and what did you change?`],
    ['quality', `How do you check the quality of your own work ${asRole} before anyone else relies on it?`],
    ['mistakes', `What is a common mistake people make ${inRoleWork}, and how do you avoid it?`],
    ['learning-fast', 'Tell me about a time you had to learn a new tool or method quickly for your work. How did you go about it, and how did it go?'],
    ['staying-current', `How do you keep your knowledge ${asRole} up to date? Give a recent example of something you learned and used.`],
    ['process', 'Describe a process at work you improved. What was slow or error-prone, what did you change, and how did you know it worked?'],
    ['judgement', `If you joined ${asRole} and found a task being done in a way you thought was wrong, how would you handle it?`],
    ['explaining', 'Explain a concept from your field that people outside it often misunderstand, the way you would to a new colleague.'],
  ];
  return items.map(([id, text]) => ({ id: `role:${id}`, text, kind: 'technical', topic: r || 'your field' }));
}

/** Shuffled, then taken round-robin over topics so five questions are not all about motivation. */
function spreadByTopic<T extends PlannedQuestion>(questions: readonly T[], random: () => number): T[] {
  const groups = new Map<string, T[]>();
  for (const q of shuffled(questions, random)) {
    const group = groups.get(q.topic);
    if (group) group.push(q);
    else groups.set(q.topic, [q]);
  }
  const out: T[] = [];
  const lists = [...groups.values()];
  for (let round = 0; out.length < questions.length; round++) for (const list of lists) if (list[round]) out.push(list[round]!);
  return out;
}

function toPlanned(q: BankQuestion): PlannedQuestion {
  return { id: q.id, text: q.text, kind: q.kind, topic: q.topic };
}

function hardSkills(skills: readonly Skill[]): string[] {
  return skills.filter((s) => s.kind === 'hard' && !GENERIC_TOOLS.test(s.name)).map((s) => s.name);
}

/** Technical questions grounded in the job and the resume, most relevant first. */
function groundedSkillQuestions(input: InterviewPlanInput): PlannedQuestion[] {
  const resumeSkills = new Set(input.resumeText ? hardSkills(extractSkills(input.resumeText)) : []);
  const out: PlannedQuestion[] = [];
  if (input.jobText) {
    const job = jobRequirements(input.jobText);
    for (const name of [...hardSkills(job.required), ...hardSkills(job.preferred)]) out.push(skillQuestion(name, resumeSkills.has(name) ? 'job_and_resume' : 'job_only'));
  } else if (resumeSkills.size > 0) {
    // Without a job, the resume's skills that matter for the target role come first.
    const roleSkills = new Set(skillsForRole(input.role).skills.slice(0, 60).map((s) => s.name));
    const ranked = [...resumeSkills].sort((a, b) => Number(roleSkills.has(b)) - Number(roleSkills.has(a)));
    for (const name of ranked) out.push(skillQuestion(name, 'resume'));
  }
  return out;
}

/** For a role the bank does not cover, with nothing else to go on: the role's own top skills. */
function roleSkillQuestions(role: string): PlannedQuestion[] {
  return skillsForRole(role)
    .skills.filter((s) => s.kind === 'hard' && !GENERIC_TOOLS.test(s.name))
    .slice(0, 4)
    .map((s) => skillQuestion(s.name, 'role'));
}

function softSkillQuestions(jobText: string | undefined): PlannedQuestion[] {
  if (!jobText) return [];
  return jobRequirements(jobText).required.filter((s) => s.kind === 'soft').slice(0, 1).map((s) => softSkillQuestion(s.name));
}

/**
 * The questions of one practice interview, in order. Behavioral questions come from the general bank
 * plus the role's own; technical ones from the role's bank set, with questions about the skills the
 * job asks for (and the resume shows or lacks) mixed in, or generated entirely from skills and craft
 * questions for roles the bank does not cover. Mixed interviews alternate, starting with a behavioral
 * warm-up. The same seed gives the same plan; no question appears twice.
 */
export function planInterview(input: InterviewPlanInput): PlannedQuestion[] {
  const length = Math.min(MAX_QUESTIONS, Math.max(MIN_QUESTIONS, Math.round(Number.isFinite(input.length) ? input.length : 5)));
  const random = seededRandom(input.seed);
  const bankRole = bankRoleFor(input.role);
  const techRole = bankRole !== undefined || TECH_ROLE.test(input.role);

  const slots: Array<'behavioral' | 'technical'> = Array.from({ length }, (_, i) =>
    input.kind === 'mixed' ? (i % 2 === 0 ? 'behavioral' : 'technical') : input.kind,
  );
  const behavioralCount = slots.filter((s) => s === 'behavioral').length;
  const technicalCount = length - behavioralCount;

  // Behavioral: the bank, spread over topics, with one question on a soft skill the job asks for.
  const behavioralBank = QUESTION_BANK.filter((q) => q.kind === 'behavioral' && (q.role === 'any' || q.role === bankRole) && (techRole || !TECH_ONLY_QUESTION.test(q.text)));
  const behavioral: PlannedQuestion[] = spreadByTopic(behavioralBank, random).map(toPlanned);
  const soft = softSkillQuestions(input.jobText);
  if (soft.length > 0 && behavioralCount >= 2) behavioral.splice(1, 0, ...soft);

  // Technical: grounded skill questions take every third slot when the bank covers the role, all
  // slots they can otherwise; the role's bank set, then craft questions, fill the rest.
  const grounded = groundedSkillQuestions(input);
  const technicalBank = bankRole ? spreadByTopic(QUESTION_BANK.filter((q) => q.kind === 'technical' && q.role === bankRole), random).map(toPlanned) : [];
  const fallback = bankRole ? [] : [...(grounded.length === 0 ? roleSkillQuestions(input.role) : []), ...roleQuestions(input.role)];
  const technical: PlannedQuestion[] = [];
  const groundedShare = bankRole ? Math.ceil(technicalCount / 3) : technicalCount;
  let g = 0;
  let b = 0;
  while (technical.length < technicalCount + 10 && (g < grounded.length || b < technicalBank.length)) {
    const groundedTurn = g < grounded.length && (!bankRole || b >= technicalBank.length || (g < groundedShare && technical.length % 3 === 0));
    technical.push(groundedTurn ? grounded[g++]! : technicalBank[b++]!);
  }
  technical.push(...fallback);

  const used = new Set<string>();
  const take = (list: PlannedQuestion[]): PlannedQuestion | undefined => {
    for (const q of list) {
      const key = q.text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
      if (used.has(q.id) || used.has(key)) continue;
      used.add(q.id);
      used.add(key);
      return q;
    }
    return undefined;
  };
  const plan: PlannedQuestion[] = [];
  for (const slot of slots) {
    const q = slot === 'behavioral' ? (take(behavioral) ?? take(technical)) : (take(technical) ?? take(behavioral));
    if (q) plan.push(q);
  }
  return plan;
}
