// Question-plan fit: over 200 generated plans (12 occupation families × 3 kinds × 2 languages, varied
// seeds and lengths), the share of questions whose kind matches the slot and whose occupation family
// matches the role; behavioral questions must ask about a past situation.
import { FAMILIES, OCCUPATION_FAMILIES, mentionsFamilyVocabulary } from '../src/modules/interview/engine/occupation-families.js';
import { asksAboutPastSituation, KOREAN_BEHAVIORAL_CORE, planInterview } from '../src/modules/interview/engine/question-plan.js';

const ROLES: Record<(typeof OCCUPATION_FAMILIES)[number], string[]> = {
  nursing_care: ['Registered nurse', '간호사'],
  sales: ['Account executive', '영업 담당자'],
  customer_support: ['Customer support agent', '고객 상담원'],
  finance_accounting: ['Accountant', '재무 회계 담당'],
  teaching: ['High school teacher', '초등학교 교사'],
  design: ['UX designer', 'UI 디자이너'],
  marketing: ['Marketing manager', '퍼포먼스 마케터'],
  operations_logistics: ['Logistics coordinator', '물류 관리자'],
  hr: ['HR generalist', '인사 담당자'],
  data: ['Data scientist', '데이터 분석가'],
  software: ['Backend engineer', '백엔드 개발자'],
  product: ['Product manager', '서비스 기획자'],
};
const koreanIds = new Set(KOREAN_BEHAVIORAL_CORE.map((q) => q.id));

export default function (): Promise<void> {
  let plans = 0;
  let questions = 0;
  let kindFit = 0;
  let familyFit = 0;
  let technical = 0;
  let vocabularyFit = 0;
  let familyQuestions = 0;
  let behavioralFit = 0;
  let behavioral = 0;
  for (const family of OCCUPATION_FAMILIES) {
    for (const role of ROLES[family]) {
      for (const kind of ['behavioral', 'technical', 'mixed'] as const) {
        for (const locale of ['en', 'ko'] as const) {
          for (const seed of ['1', '2', '3']) {
            const plan = planInterview({ role, kind, length: 4 + Number(seed) * 2, seed: `${role}-${seed}`, locale });
            plans++;
            plan.forEach((q, i) => {
              questions++;
              const expected = kind === 'mixed' ? (i % 2 === 0 ? 'behavioral' : 'technical') : kind;
              if (q.kind === expected) kindFit++;
              if (q.kind === 'technical') {
                technical++;
                if (q.family === family) familyFit++;
                if (q.id.startsWith('family:')) {
                  familyQuestions++;
                  if (mentionsFamilyVocabulary(family, q.text)) vocabularyFit++;
                }
              } else {
                behavioral++;
                if (locale === 'ko' ? koreanIds.has(q.id) : asksAboutPastSituation(q.text)) behavioralFit++;
              }
            });
          }
        }
      }
    }
  }
  const pct = (a: number, b: number): string => `${a}/${b} (${((100 * a) / Math.max(1, b)).toFixed(1)}%)`;
  console.log(`plans: ${plans}, questions: ${questions}, families: ${OCCUPATION_FAMILIES.length} (${OCCUPATION_FAMILIES.map((f) => FAMILIES[f].questions.length).reduce((a, b) => a + b, 0)} family questions in English and Korean)`);
  console.log(`kind matches the slot: ${pct(kindFit, questions)}`);
  console.log(`behavioral questions about a past situation: ${pct(behavioralFit, behavioral)}`);
  console.log(`technical questions in the role's occupation family: ${pct(familyFit, technical)}; family questions using the family's vocabulary: ${pct(vocabularyFit, familyQuestions)}`);
  return Promise.resolve();
}
