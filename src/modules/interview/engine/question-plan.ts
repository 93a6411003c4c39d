import { extractSkills, jobRequirements, koreanSkillLabel, skillsForRole, type Skill } from '../../../kernel/skills/index.js';
import koreanCore from './data/behavioral-core.ko.json' with { type: 'json' };
import type { InterviewLocale, InterviewPlanInput, PlannedQuestion } from './interview-types.js';
import { FAMILIES, occupationFamilyFor, type FamilyOrGeneral } from './occupation-families.js';
import { bankRoleFor, QUESTION_BANK, type BankQuestion } from './question-bank.js';
import { seededRandom, shuffled } from './seeded-random.js';

export const MIN_QUESTIONS = 1;
export const MAX_QUESTIONS = 10;

// Tools nearly every job lists: a question about them says nothing about the role.
const GENERIC_TOOLS = /^(?:Microsoft (?:Office|Word|Excel|PowerPoint|Outlook|Windows|Project|SharePoint|Access|Teams)|Google (?:Docs|Sheets|Drive|Workspace)|Adobe Acrobat|Email|Internet|Facebook|Slack|Zoom|Jira|Confluence|XML)$/i;
// Questions about code and bugs make no sense to a nurse or a teacher.
const TECH_ONLY_QUESTION = /\b(?:bugs?|technical|coding|code|programming|architecture|technologies|internship|have you built)\b/i;
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

/**
 * Behavioral questions that ask about a past situation (a STAR-shaped prompt). "Why do you want to
 * work here?" or "What is your favorite feature?" are opinions, not behavioral questions.
 */
const PAST_SITUATION = /\b(?:tell (?:me|us) about (?:a|an|the|one) (?:time|situation|occasion|challenge|problem|recent failure|disagreement|conflict|mistake)|tell (?:me|us) (?:a|an) (?:time|situation|story)|describe (?:a|an|one) (?:time|situation|occasion|moment)|give (?:me |us )?(?:an |one )?example of (?:a time|when|a situation)|(?:a|one) time (?:when|that|you)|situation where|how did you (?:handle|deal|win|overcome|resolve|tackle)|what (?:is|was) the most (?:difficult|constructive|challenging)[^?]*(?:you (?:fixed|received|faced|made|had))|have you ever (?:had|worked|been|made|faced|disagreed))\b/i;
const OPINION = /\b(?:good host|predicted something|impressed by|why (?:do|are|would) you|where do you see|what (?:excites|frustrates)|favou?rite|would you (?:do|solve)|if you were|what do you know)\b/i;

export function asksAboutPastSituation(text: string): boolean {
  return PAST_SITUATION.test(text) && !OPINION.test(text);
}

interface KoreanCoreQuestion {
  id: string;
  topic: string;
  text: string;
}
/** The behavioral core in Korean, written for Candor (see the file's `source`). */
export const KOREAN_BEHAVIORAL_CORE: readonly KoreanCoreQuestion[] = (koreanCore as { questions: KoreanCoreQuestion[] }).questions;

/** A technical question about one skill in Korean. ESCO's English ability phrases are not used in Korean sessions. */
function skillQuestionKo(topic: string, origin: 'job_and_resume' | 'job_only' | 'resume'): PlannedQuestion {
  // The question names the skill as a Korean recruiter would (데이터 분석); the topic keeps the taxonomy's name.
  const name = koreanSkillLabel(topic) ?? topic;
  const storyAsk = '어떤 문제였고, 무엇을 했으며, 무엇이 달라졌나요?';
  const text =
    origin === 'job_and_resume'
      ? `이력서에도 ${name} 경험이 있고, 이 직무에서도 필요해요. ${name}(으)로 했던 작업 중 가장 어려웠던 일을 설명해 주세요. ${storyAsk}`
      : origin === 'job_only'
        ? `이 직무에서는 ${name} 역량이 필요해요. 실제로 써 본 경험을 말씀해 주세요. ${storyAsk} 아직 써 보지 않았다면 가장 비슷한 경험을 들려주세요.`
        : `이력서에 적힌 ${name} 경험 중 하나를 골라 설명해 주세요. ${storyAsk}`;
  return { id: `skill:${slug(topic)}`, text, kind: 'technical', topic, locale: 'ko' };
}

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

/** Craft questions in Korean for any role, used when the family questions and the skills run out. */
function roleQuestionsKo(role: string, family: FamilyOrGeneral): PlannedQuestion[] {
  const r = role.trim();
  const work = r ? `${r} 업무` : '지금 하시는 일';
  const items: Array<[string, string]> = [
    ['approach', `${work}를 처음 시작할 때부터 결과를 확인할 때까지 어떻게 진행하는지, 최근에 했던 일을 예로 들어 설명해 주세요.`],
    ['tools', `${work}에서 가장 많이 쓰는 도구나 방법은 무엇인가요? 실제로 써서 도움이 됐던 사례와 함께 말씀해 주세요.`],
    ['hardest-problem', `${work}에서 해결했던 가장 어려운 문제를 말씀해 주세요. 무엇이 잘못됐고, 원인을 어떻게 찾았으며, 무엇을 바꿨나요?`],
    ['quality', '다른 사람이 쓰기 전에 본인 결과물의 품질을 어떻게 확인하나요? 확인 덕분에 문제를 막았던 사례로 말씀해 주세요.'],
    ['mistakes', `${work}에서 흔히 하는 실수를 본인이 미리 막았던 경험을 말씀해 주세요. 어떤 실수였고, 어떻게 막았나요?`],
    ['learning-fast', '업무에 필요한 새로운 도구나 방법을 짧은 시간 안에 익혀야 했던 경험을 말씀해 주세요. 어떻게 배웠고, 결과는 어땠나요?'],
    ['process', '업무 절차를 개선했던 경험을 말씀해 주세요. 무엇이 느리거나 실수가 잦았고, 무엇을 바꿨으며, 효과는 어떻게 확인했나요?'],
  ];
  return items.map(([id, text]) => ({ id: `role:${id}`, text, kind: 'technical', topic: r || 'your field', family, locale: 'ko' }));
}

/** The family's own domain questions in the session's language. */
function familyQuestions(family: FamilyOrGeneral, locale: InterviewLocale): PlannedQuestion[] {
  if (family === 'general') return [];
  return FAMILIES[family].questions.map((q) => ({
    id: `family:${family}:${q.id}`,
    text: locale === 'ko' ? q.ko : q.en,
    kind: 'technical',
    topic: q.topic,
    family,
    ...(locale === 'ko' ? { locale } : {}),
  }));
}

/** Craft questions for any role, used when the bank and the skills run out. */
function roleQuestions(role: string, family: FamilyOrGeneral): PlannedQuestion[] {
  const r = role.trim() ? roleInSentence(role) : '';
  const asRole = r ? `as ${withArticle(r)}` : 'in your field';
  const inRoleWork = r ? `in ${r} work` : 'in your field';
  const items: Array<[string, string]> = [
    ['approach', `Walk me through how you approach a typical piece of work ${asRole}, from the first step to checking the result.`],
    ['tools', `What tools or methods do you rely on most ${asRole}, and why those?`],
    ['hardest-problem', `Tell me about the hardest problem you have solved ${asRole}: what was wrong, how did you find the cause, and what did you change?`],
    ['quality', `How do you check the quality of your own work ${asRole} before anyone else relies on it?`],
    ['mistakes', `What is a common mistake people make ${inRoleWork}, and how do you avoid it?`],
    ['learning-fast', 'Tell me about a time you had to learn a new tool or method quickly for your work. How did you go about it, and how did it go?'],
    ['staying-current', `How do you keep your knowledge ${asRole} up to date? Give a recent example of something you learned and used.`],
    ['process', 'Describe a process at work you improved. What was slow or error-prone, what did you change, and how did you know it worked?'],
    ['judgement', `If you joined ${asRole} and found a task being done in a way you thought was wrong, how would you handle it?`],
    ['explaining', 'Explain a concept from your field that people outside it often misunderstand, the way you would to a new colleague.'],
  ];
  return items.map(([id, text]) => ({ id: `role:${id}`, text, kind: 'technical', topic: r || 'your field', family }));
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

function toPlanned(q: BankQuestion, family?: FamilyOrGeneral): PlannedQuestion {
  return { id: q.id, text: q.text, kind: q.kind, topic: q.topic, ...(q.kind === 'technical' && family ? { family } : {}) };
}

function hardSkills(skills: readonly Skill[]): string[] {
  return skills.filter((s) => s.kind === 'hard' && !GENERIC_TOOLS.test(s.name)).map((s) => s.name);
}

/**
 * Whether a skill named in the job or the résumé is a fair technical question for this family. For
 * software, data and unknown roles any hard skill is; for the others only skills the role's own
 * occupations list (a nurse whose job advert mentions Kubernetes is not asked about Kubernetes).
 */
function skillFitsRole(family: FamilyOrGeneral, roleSkills: ReadonlySet<string>): (name: string) => boolean {
  if (family === 'software' || family === 'data' || family === 'general' || family === 'product') return () => true;
  return (name) => roleSkills.has(name.toLowerCase());
}

/** Technical questions grounded in the job and the resume, most relevant first. */
function groundedSkillQuestions(input: InterviewPlanInput, family: FamilyOrGeneral, locale: InterviewLocale): PlannedQuestion[] {
  const roleSkillList = skillsForRole(input.role).skills;
  const fits = skillFitsRole(family, new Set(roleSkillList.slice(0, 200).map((s) => s.name.toLowerCase())));
  const resumeSkills = new Set(input.resumeText ? hardSkills(extractSkills(input.resumeText)).filter(fits) : []);
  const ask = (name: string, origin: 'job_and_resume' | 'job_only' | 'resume'): PlannedQuestion => ({
    ...(locale === 'ko' ? skillQuestionKo(name, origin) : skillQuestion(name, origin)),
    family,
  });
  const out: PlannedQuestion[] = [];
  if (input.jobText) {
    const job = jobRequirements(input.jobText);
    for (const name of [...hardSkills(job.required), ...hardSkills(job.preferred)].filter(fits)) out.push(ask(name, resumeSkills.has(name) ? 'job_and_resume' : 'job_only'));
  } else if (resumeSkills.size > 0) {
    // Without a job, the resume's skills that matter for the target role come first.
    const roleSkills = new Set(roleSkillList.slice(0, 60).map((s) => s.name));
    const ranked = [...resumeSkills].sort((a, b) => Number(roleSkills.has(b)) - Number(roleSkills.has(a)));
    for (const name of ranked) out.push(ask(name, 'resume'));
  }
  return out;
}

/** For a role the bank does not cover, with nothing else to go on: the role's own top skills (English only). */
function roleSkillQuestions(role: string, family: FamilyOrGeneral): PlannedQuestion[] {
  return skillsForRole(role)
    .skills.filter((s) => s.kind === 'hard' && !GENERIC_TOOLS.test(s.name))
    .slice(0, 4)
    .map((s) => ({ ...skillQuestion(s.name, 'role'), family }));
}

function softSkillQuestions(jobText: string | undefined): PlannedQuestion[] {
  if (!jobText) return [];
  return jobRequirements(jobText).required.filter((s) => s.kind === 'soft').slice(0, 1).map((s) => softSkillQuestion(s.name));
}

/** The share of behavioral questions in a mixed interview, stated on the start page: every other one. */
export const MIXED_BEHAVIORAL_SHARE = 0.5;

/** Behavioral (past situations) questions in the session's language, spread over topics. */
function behavioralQuestions(input: InterviewPlanInput, family: FamilyOrGeneral, locale: InterviewLocale, random: () => number, behavioralCount: number): PlannedQuestion[] {
  if (locale === 'ko') return spreadByTopic(KOREAN_BEHAVIORAL_CORE.map((q) => ({ id: q.id, text: q.text, kind: 'behavioral' as const, topic: q.topic, locale })), random);
  const techRole = family === 'software' || family === 'data' || family === 'product';
  const bankRole = bankRoleFor(input.role);
  const bank = QUESTION_BANK.filter(
    (q) => q.kind === 'behavioral' && (q.role === 'any' || q.role === bankRole) && asksAboutPastSituation(q.text) && (techRole || !TECH_ONLY_QUESTION.test(q.text)),
  );
  const behavioral: PlannedQuestion[] = spreadByTopic(bank, random).map((q) => toPlanned(q));
  // One question on a soft skill the job asks for.
  const soft = softSkillQuestions(input.jobText);
  if (soft.length > 0 && behavioralCount >= 2) behavioral.splice(1, 0, ...soft);
  return behavioral;
}

/**
 * Technical (the role's own domain) questions in the session's language. Grounded skill questions
 * take every third slot; the family's own questions (and, in English, the bank's set for the role)
 * fill the rest; craft questions about the role come last.
 */
function technicalQuestions(input: InterviewPlanInput, family: FamilyOrGeneral, locale: InterviewLocale, random: () => number, technicalCount: number): PlannedQuestion[] {
  const grounded = groundedSkillQuestions(input, family, locale);
  const bankRole = locale === 'en' ? bankRoleFor(input.role) : undefined;
  const bankFits = bankRole !== undefined && family !== 'general' && FAMILIES[family].bankRole === bankRole;
  const own = [
    ...(bankFits ? spreadByTopic(QUESTION_BANK.filter((q) => q.kind === 'technical' && q.role === bankRole), random).map((q) => toPlanned(q, family)) : []),
    ...shuffled(familyQuestions(family, locale), random),
  ];
  if (bankFits) {
    // The bank's set is large; its own family questions are interleaved so both kinds appear.
    const fam = own.filter((q) => q.id.startsWith('family:'));
    const bank = own.filter((q) => !q.id.startsWith('family:'));
    own.length = 0;
    for (let i = 0; i < Math.max(fam.length, bank.length); i++) {
      if (bank[i]) own.push(bank[i]!);
      if (fam[i]) own.push(fam[i]!);
    }
  }
  const fallback =
        // Craft questions are about the role itself, so they fit its family by construction.
    locale === 'ko' ? roleQuestionsKo(input.role, family) : [...(grounded.length === 0 && family === 'general' ? roleSkillQuestions(input.role, family) : []), ...roleQuestions(input.role, family)];
  const technical: PlannedQuestion[] = [];
  const groundedShare = own.length > 0 ? Math.ceil(technicalCount / 3) : technicalCount;
  let g = 0;
  let o = 0;
  while (technical.length < technicalCount + 10 && (g < grounded.length || o < own.length)) {
    const groundedTurn = g < grounded.length && (o >= own.length || (g < groundedShare && technical.length % 3 === 0));
    technical.push(groundedTurn ? grounded[g++]! : own[o++]!);
  }
  technical.push(...fallback);
  return technical;
}

/**
 * The questions of one practice interview, in order. Behavioral interviews ask only about past
 * situations (STAR-shaped prompts); technical ones only about the role's own domain, by its
 * occupation family (the family's questions, the bank's set for software / data / product roles,
 * and the job's and résumé's skills that fit the role); mixed interviews alternate, starting with a
 * behavioral warm-up (MIXED_BEHAVIORAL_SHARE). Korean sessions ask only questions written in Korean.
 * The same seed gives the same plan; no question appears twice.
 */
export function planInterview(input: InterviewPlanInput): PlannedQuestion[] {
  const length = Math.min(MAX_QUESTIONS, Math.max(MIN_QUESTIONS, Math.round(Number.isFinite(input.length) ? input.length : 5)));
  const locale: InterviewLocale = input.locale ?? 'en';
  const random = seededRandom(input.seed);
  const family = occupationFamilyFor(input.role);

  const slots: Array<'behavioral' | 'technical'> = Array.from({ length }, (_, i) =>
    input.kind === 'mixed' ? (i % 2 === 0 ? 'behavioral' : 'technical') : input.kind,
  );
  const behavioralCount = slots.filter((s) => s === 'behavioral').length;
  const technicalCount = length - behavioralCount;
  const behavioral = behavioralCount > 0 ? behavioralQuestions(input, family, locale, random, behavioralCount) : [];
  const technical = technicalCount > 0 ? technicalQuestions(input, family, locale, random, technicalCount) : [];

  const used = new Set<string>();
  const take = (list: PlannedQuestion[]): PlannedQuestion | undefined => {
    for (const q of list) {
      const key = q.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      if (used.has(q.id) || used.has(key)) continue;
      used.add(q.id);
      used.add(key);
      return q;
    }
    return undefined;
  };
  // A kind is never filled with the other kind's questions: a shorter plan is better than a wrong one
  // (the craft questions make that practically impossible for technical slots; the behavioral sets hold 40+).
  const plan: PlannedQuestion[] = [];
  for (const slot of slots) {
    const q = slot === 'behavioral' ? take(behavioral) : take(technical);
    if (q) plan.push(q);
  }
  return plan;
}
