// Builds the interview question bank shipped with the interviewer engine
// (src/modules/interview/engine/data/question-bank.json) from the shared, normalised question set.
// Re-runnable: `node scripts/build-question-bank.mjs [input-file]`
// (default ../shared/data/interview-questions/interview_questions.json). The app never reads ../shared.
//
// Sources and licences (attribution also in NOTICE and in the generated file's `sources` field):
//   - yangshun/tech-interview-handbook — MIT (general behavioral questions)
//   - h5bp/Front-end-Developer-Interview-Questions — MIT (front-end questions)
//   - alexeygrigorev/data-science-interviews — CC BY 4.0 (data-science theory questions)
//   - espetey/pminterviewquestion — MIT (product-manager questions)
//
// Modifications: questions to ask the interviewer and the closing courtesy questions are dropped;
// company-specific questions ("Why Airbnb?") are rewritten to "this company" when they generalise and
// dropped otherwise; template placeholders (__companyName__, X company, <role>) become "this company",
// "our product", "this role", and questions with placeholders we cannot fill (__country__) are dropped;
// rows that are not questions on their own (they referred to code that followed, "How did you solve it?")
// are dropped; typos are fixed; near-duplicates are merged. The community answers of the data-science
// set are not shipped: only up to 12 key terms of each answer are kept, for the rubric's relevance check.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(process.argv[2] ?? join(root, '../shared/data/interview-questions/interview_questions.json'));
const outFile = join(root, 'src/modules/interview/engine/data/question-bank.json');

/** Questions that cannot stand alone, are not interview questions, or would embarrass the product. */
const DROP = new Set(
  [
    'How did you solve it?', // refers to the previous question
    'What are your salary expectations?', // not something to practise scoring on
    'If you were a gerbil, which gerbil would you be?',
    'If you had an unlimited budget and you could buy one gift for one person, what would you buy and who would you buy it for?',
    'If you had an unlimited budget and you could go somewhere, where would you go?',
    'Share one of your trips with us.',
    'What is the best gift you have ever given or received?',
    'Describe what Human Resources means to you.',
    'Who inspires you in the front-end community?',
    'What does "belong anywhere" mean to you?', // a company slogan
    'Precision-recall trade-off', // not a question; the set has "What are precision, recall, and F1-score?"
    'Is there anything we haven\'t asked you that we should have?',
    'Do you have any questions for us?',
  ].map((q) => q.toLowerCase()),
);

const TYPOS = [
  [/\bphyiscal\b/g, 'physical'],
  [/\bindiciates\b/g, 'indicates'],
  [/\bWhats\b/g, "What's"],
  [/\bI$/, ''],
];

const COMPANIES = ['Airbnb', 'Amazon', 'ByteDance', 'Dropbox', 'Hired', 'Lyft', 'Palantir', 'Slack', 'Stack Overflow', 'Stripe', 'Twitter'];

/** Rewrites placeholders to neutral wording; returns undefined when the question cannot be kept. */
function generalise(row) {
  let q = row.question.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim();
  for (const [from, to] of TYPOS) q = q.replace(from, to);
  q = q
    .replace(/\bX company\b/g, 'this company')
    .replace(/_your job position_/g, 'this position')
    .replace(/<role>/g, 'this role')
    .replace(/the __companyName__ leadership/g, 'our leadership')
    .replace(/__companyName__ traffic/g, "this company's traffic")
    .replace(/__companyName__'s __companyProduct__ product/g, 'our product')
    .replace(/__companyName__'s __companyProduct__/g, 'our product')
    .replace(/the new __companyName__ __companyProduct__/g, 'our new product')
    .replace(/__companyProduct__/g, 'our product')
    .replace(/__companyName__'s/g, "this company's")
    .replace(/__companyName__/g, 'this company');
  if (/__\w+__/.test(q)) return undefined; // __country__, __landmark__…: nothing neutral to put there
  q = q.charAt(0).toUpperCase() + q.slice(1); // "__companyProduct__ metrics are down" began a sentence
  if (row.company) {
    const name = COMPANIES.find((c) => q.includes(c));
    if (name) {
      // "Why do you want to work for Amazon?" generalises; "Describe Palantir to your grandmother" does not.
      const general = new RegExp(`\\b(work (?:for|at)|join|like|apply to|picking projects for|about) ${name}\\b`);
      if (!general.test(q) || /Airbnb experience|Amazon's website/.test(q)) return undefined;
      q = q.replace(general, '$1 this company').replace(/ and what made you apply to this company/, ' and what made you apply here');
    }
  }
  return q;
}

const QUESTION_START = /^(what|why|how|when|where|which|who|whose|is|are|do|does|did|can|could|would|will|should|have|has|if|in|imagine|tell|talk|describe|explain|name|give|share|discuss|take|pick|suggest|teach|demonstrate|state|design|apart|there|we|you|users|one|your|time|consider|feature)\b/i;

/** A question a candidate can answer out loud without seeing anything else. */
function isStandaloneQuestion(q) {
  if (q.length < 12 || q.length > 320) return false;
  if (/:$/.test(q)) return false; // "Make this work:" — the code it referred to is not in the set
  if (/^(write|create) /i.test(q)) return false; // coding exercises need an editor, not a conversation
  return /\?$/.test(q) || QUESTION_START.test(q);
}

/** Frontend "general" rows mix craft questions with personal ones: split them by what they ask. */
const FRONTEND_TECHNICAL = /\b(performance|SEO|security|stylesheets|progressive enhancement|graceful degradation|optimi[sz]e|browser|page load|slideshow|standards|FOUC|ARIA|accessible|animations|CORS|URL|SSR|CSR|version control|workflow|web page|technical challenge|maintainability|development environment)\b/i;

function kindOf(row, q) {
  if (row.type === 'behavioral') return 'behavioral';
  if (row.type === 'technical' || row.type === 'product') return 'technical';
  // general / fun
  return FRONTEND_TECHNICAL.test(q) ? 'technical' : 'behavioral';
}

/** What a behavioral question probes, for the report and the relevance check. */
const BEHAVIORAL_TOPICS = [
  ['conflict', /\b(conflict|disagree\w*|difference of opinion|getting along|difficult (co-?workers?|employees)|different viewpoint)\b/i],
  ['failure', /\b(fail\w*|mistake|misstep|went wrong|done something differently)\b/i],
  ['feedback', /\b(feedback|critici[sz]\w*|review)\b/i],
  ['deadlines', /\b(deadline|time[- ]management|overwhelm\w*|prioriti[sz]\w*|schedule)\b/i],
  ['leadership', /\b(lead\w*|led|motivate|influence|persuade|inspire|stakeholders?|unpopular decision|say no)\b/i],
  ['problem solving', /\b(challeng\w*|problem|bug|difficult|analytical|persever\w*|push for|technical)\b/i],
  ['projects', /\b(project|built|launched|achievement|accomplishment|innovation|idea)\b/i],
  ['motivation', /\b(why|excite\w*|looking for|passionate|five years|5 years|next role|fit|motivat\w*|thrive|frustrat\w*|interest\w*)\b/i],
  ['self-awareness', /\b(strengths?|weakness\w*|describe you|say about you|would .* say|rate you|misperceptions|growth|criticized)\b/i],
];

function topicOf(row, q, kind) {
  if (row.role === 'data_scientist') return row.category;
  if (row.role === 'frontend_engineer' && kind === 'technical') {
    const labels = { html: 'HTML', css: 'CSS', javascript: 'JavaScript', testing: 'testing', performance: 'web performance', network: 'networking', general: 'web development', fun: 'web development' };
    return labels[row.category] ?? 'web development';
  }
  if (row.role === 'product_manager' && kind === 'technical') {
    const category = row.category.split('/')[1] ?? row.category;
    return { design: 'product design', strategy: 'product strategy', general: 'product metrics', analysis: 'estimation', engineering: 'technical product management' }[category] ?? 'product management';
  }
  for (const [topic, pattern] of BEHAVIORAL_TOPICS) if (pattern.test(q)) return topic;
  return 'background';
}

const STOP = new Set(
  'the a an and or of to in on for with is are be it this that we you they can as by at from which what when how why not but if our your its their there these those so do does more than also into use used using one two will would may might such other each then them very most some any only just like e.g i.e has have had was were been being about over same both between all same well value values model models data because perform adjusted already appropriate based basically allow allowing called case simple reach need want make good usually example'.split(
    ' ',
  ),
);

/** Up to 12 distinctive words of a reference answer (the answer itself is not shipped). */
function keyTerms(answer, question) {
  if (!answer) return undefined;
  const inQuestion = new Set(question.toLowerCase().match(/[a-z][a-z0-9-]+/g) ?? []);
  const counts = new Map();
  for (const word of answer.toLowerCase().replace(/`[^`]*`|\$[^$]*\$|https?:\S+/g, ' ').match(/[a-z][a-z0-9-]{3,}/g) ?? []) {
    if (STOP.has(word) || inQuestion.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const terms = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0])).slice(0, 12).map(([w]) => w);
  return terms.length >= 3 ? terms : undefined;
}

/** Same words in any order and case: "Where do you see yourself in 5 years?" = "… in five years?". */
function dedupeKey(q) {
  const words = q
    .toLowerCase()
    .replace(/\b5\b/g, 'five')
    .replace(/\b(work for|work at)\b/g, 'work')
    .replace(/\b(us|me)\b/g, 'me')
    .match(/[a-z0-9]+/g) ?? [];
  return [...new Set(words)].sort().join(' ');
}

const rows = JSON.parse(readFileSync(input, 'utf8'));
const sources = [];
const sourceIndex = new Map();
const seen = new Set();
const questions = [];
const dropped = { askInterviewer: 0, notStandalone: 0, placeholder: 0, listed: 0, duplicate: 0 };
for (const row of rows) {
  if (row.type === 'questions_to_ask_interviewer') {
    dropped.askInterviewer++;
    continue;
  }
  if (DROP.has(row.question.trim().toLowerCase())) {
    dropped.listed++;
    continue;
  }
  const q = generalise(row);
  if (q === undefined) {
    dropped.placeholder++;
    continue;
  }
  if (!isStandaloneQuestion(q)) {
    dropped.notStandalone++;
    continue;
  }
  const key = dedupeKey(q);
  if (seen.has(key)) {
    dropped.duplicate++;
    continue;
  }
  seen.add(key);
  const sourceKey = `${row.source_repo}@${row.source_commit}`;
  if (!sourceIndex.has(sourceKey)) {
    sourceIndex.set(sourceKey, sources.length);
    sources.push({ repo: row.source_repo, commit: row.source_commit, license: row.license });
  }
  const kind = kindOf(row, q);
  const entry = {
    // A hash of the wording: stable across rebuilds, so a stored interview plan keeps pointing at its question.
    id: `bank:${createHash('sha256').update(q).digest('hex').slice(0, 10)}`,
    role: row.role,
    kind,
    topic: topicOf(row, q, kind),
    text: q,
    source: sourceIndex.get(sourceKey),
  };
  const terms = keyTerms(row.answer, q);
  if (terms) entry.terms = terms;
  if (row.difficulty) entry.difficulty = row.difficulty;
  questions.push(entry);
}

mkdirSync(dirname(outFile), { recursive: true });
const lines = [
  '{',
  `  "note": "Built by scripts/build-question-bank.mjs; modified from the sources below (see NOTICE).",`,
  `  "sources": ${JSON.stringify(sources)},`,
  '  "questions": [',
  questions.map((q) => `    ${JSON.stringify(q)}`).join(',\n'),
  '  ]',
  '}',
  '',
];
writeFileSync(outFile, lines.join('\n'));
const byRole = {};
for (const q of questions) byRole[`${q.role}/${q.kind}`] = (byRole[`${q.role}/${q.kind}`] ?? 0) + 1;
console.log(`Wrote ${questions.length} questions to ${outFile}`, byRole, 'dropped', dropped);
