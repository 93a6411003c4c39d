import { OCCUPATION_FAMILIES, occupationFamilyFor, type FamilyOrGeneral, type OccupationFamily } from '../../../kernel/skills/occupation-families.js';
import type { BankRole } from './question-bank.js';

/**
 * Each occupation family's own-domain ("technical") questions. The families and how a role is placed
 * in one are shared with the analysis (`kernel/skills/occupation-families.ts`); re-exported here for
 * the question plan.
 *
 * The domain questions below are written by the Candor project (no third-party text), each in
 * English and Korean, as an interviewer in that field would ask them: about the work itself, told
 * as a past situation where that fits.
 */
export { OCCUPATION_FAMILIES, occupationFamilyFor, type FamilyOrGeneral, type OccupationFamily };

export interface FamilyQuestion {
  /** Stable id within the family, e.g. `handover`. */
  id: string;
  /** What it probes, in English (the report's topic and the relevance vocabulary key). */
  topic: string;
  en: string;
  ko: string;
}

interface FamilyDefinition {
  /** The question bank's own technical set, when the bank has one. */
  bankRole?: BankRole;
  /** Words a question of this family is about (the plan-fit check of the bench and tests). */
  vocabulary: readonly string[];
  questions: readonly FamilyQuestion[];
}

export const FAMILIES: Record<OccupationFamily, FamilyDefinition> = {
  nursing_care: {
    vocabulary: ['patient', 'care', 'clinical', 'handover', 'medication', 'shift', 'family', 'safety', 'symptom', 'ward', '환자', '간호', '인수인계', '투약', '근무', '보호자', '안전'],
    questions: [
      { id: 'deterioration', topic: 'clinical judgement', en: 'Tell me about a time a patient’s condition changed during your shift. What did you notice first, what did you do, and how did it turn out?', ko: '근무 중에 환자 상태가 갑자기 나빠졌던 경험을 말씀해 주세요. 무엇을 먼저 알아차렸고, 어떻게 대처했으며, 결과는 어땠나요?' },
      { id: 'handover', topic: 'handover', en: 'Walk me through a shift handover you gave that prevented a problem. What did you pass on, and why did it matter?', ko: '인수인계를 꼼꼼히 해서 문제를 막았던 경험이 있나요? 무엇을 전달했고, 그게 왜 중요했는지 말씀해 주세요.' },
      { id: 'medication-safety', topic: 'medication safety', en: 'Describe a time you caught or prevented a medication error. What happened, and what did you change afterwards?', ko: '투약 오류를 발견하거나 미리 막았던 경험을 말씀해 주세요. 어떤 상황이었고, 그 뒤로 무엇을 바꾸었나요?' },
      { id: 'difficult-family', topic: 'patient and family communication', en: 'Tell me about a time you cared for a patient or family member who was anxious or upset. How did you handle it, and what was the result?', ko: '불안해하거나 화가 난 환자나 보호자를 돌봤던 경험을 말씀해 주세요. 어떻게 응대했고, 결과는 어땠나요?' },
      { id: 'prioritising-care', topic: 'prioritising care', en: 'Describe a shift when several patients needed you at once. How did you decide who to see first, and how did it go?', ko: '여러 환자가 동시에 도움이 필요했던 근무를 떠올려 주세요. 누구를 먼저 돌볼지 어떻게 판단했고, 어떻게 마무리되었나요?' },
      { id: 'escalation', topic: 'escalation', en: 'Tell me about a time you had to escalate a concern about a patient to a doctor who was reluctant to come. What did you say, and what happened?', ko: '환자에 대한 우려를 의사에게 보고했는데 바로 오지 않으려 했던 경험이 있나요? 어떻게 전달했고, 어떻게 되었나요?' },
    ],
  },
  sales: {
    vocabulary: ['pipeline', 'deal', 'account', 'client', 'customer', 'objection', 'quota', 'prospect', 'negotiat', 'revenue', 'close', '고객', '영업', '계약', '매출', '협상', '파이프라인', '거래'],
    questions: [
      { id: 'pipeline', topic: 'pipeline', en: 'Walk me through how you built and kept your pipeline healthy in your last sales role. Give me a quarter where it worked — what did you do, and what were the numbers?', ko: '지난 영업 업무에서 파이프라인을 어떻게 만들고 관리했는지 말씀해 주세요. 잘 됐던 분기를 예로 들어, 무엇을 했고 수치는 어땠나요?' },
      { id: 'objection', topic: 'objections', en: 'Tell me about a deal where the customer raised a serious objection. What was it, how did you respond, and how did the deal end?', ko: '고객이 강하게 반대 의견을 냈던 거래를 말씀해 주세요. 어떤 반대였고, 어떻게 대응했으며, 거래는 어떻게 끝났나요?' },
      { id: 'lost-deal', topic: 'lost deals', en: 'Describe a deal you lost that you expected to win. What happened, and what do you do differently now?', ko: '당연히 성사될 거라 생각했는데 놓친 거래가 있나요? 무슨 일이 있었고, 지금은 무엇을 다르게 하나요?' },
      { id: 'negotiation', topic: 'negotiation', en: 'Tell me about a negotiation where the customer pushed hard on price. How did you protect the value of the deal, and what was the outcome?', ko: '고객이 가격을 강하게 깎으려 했던 협상 경험을 말씀해 주세요. 거래의 가치를 어떻게 지켰고, 결과는 어땠나요?' },
      { id: 'prospecting', topic: 'prospecting', en: 'Describe how you opened a new account from a cold start. Who did you approach first, what did you say, and what came of it?', ko: '거래가 전혀 없던 곳에서 신규 고객을 만든 경험을 말씀해 주세요. 누구에게 먼저 연락했고, 무엇을 제안했으며, 어떤 성과가 있었나요?' },
    ],
  },
  customer_support: {
    vocabulary: ['customer', 'ticket', 'queue', 'complaint', 'resolve', 'escalat', 'satisfaction', 'churn', 'refund', 'issue', '고객', '문의', '불만', '해결', '상담', '만족'],
    questions: [
      { id: 'angry-customer', topic: 'difficult customers', en: 'Tell me about the most upset customer you have helped. What was the problem, what did you do, and how did they feel at the end?', ko: '응대했던 고객 중 가장 화가 많이 났던 분의 사례를 말씀해 주세요. 무엇이 문제였고, 어떻게 도왔으며, 마지막에 고객 반응은 어땠나요?' },
      { id: 'escalation', topic: 'escalation', en: 'Describe a ticket you could not solve yourself. How did you escalate it, what did you tell the customer meanwhile, and how was it resolved?', ko: '혼자서는 해결할 수 없었던 문의를 말씀해 주세요. 어떻게 상위로 넘겼고, 그동안 고객에게 무엇을 안내했으며, 어떻게 해결되었나요?' },
      { id: 'recurring-issue', topic: 'root causes', en: 'Tell me about a problem many customers kept reporting. How did you find out why, and what changed because of you?', ko: '여러 고객이 같은 문제를 반복해서 문의했던 경험이 있나요? 원인을 어떻게 찾았고, 덕분에 무엇이 달라졌나요?' },
      { id: 'saying-no', topic: 'saying no', en: 'Describe a time you had to tell a customer no — a refund or request you could not grant. How did you say it, and what happened next?', ko: '고객에게 환불이나 요청을 들어줄 수 없다고 말해야 했던 경험을 말씀해 주세요. 어떻게 전달했고, 이후 어떻게 되었나요?' },
      { id: 'queue', topic: 'workload', en: 'Tell me about a day when the queue was far longer than usual. How did you decide what to handle first, and how did the day end?', ko: '평소보다 문의가 훨씬 많이 밀렸던 날을 떠올려 주세요. 무엇부터 처리할지 어떻게 정했고, 그날은 어떻게 마무리되었나요?' },
    ],
  },
  finance_accounting: {
    vocabulary: ['account', 'reconcil', 'audit', 'close', 'budget', 'forecast', 'ledger', 'tax', 'variance', 'report', 'financ', '회계', '결산', '감사', '예산', '세무', '재무', '보고', '계정', '대사'],
    questions: [
      { id: 'reconciliation', topic: 'reconciliation', en: 'Tell me about a reconciliation that would not balance. How did you track down the difference, and what did you find?', ko: '계정 대사가 맞지 않았던 경험을 말씀해 주세요. 차이를 어떻게 추적했고, 원인은 무엇이었나요?' },
      { id: 'month-end', topic: 'month-end close', en: 'Walk me through a month-end or year-end close you were responsible for. What did you own, what went wrong, and how did you still close on time?', ko: '직접 맡았던 월말 또는 연말 결산을 설명해 주세요. 어떤 부분을 책임졌고, 무엇이 어긋났으며, 어떻게 기한 안에 마감했나요?' },
      { id: 'audit', topic: 'audit', en: 'Describe an audit finding that concerned your area. What was found, how did you respond, and what control did you put in place?', ko: '담당 업무에서 감사 지적을 받았던 경험을 말씀해 주세요. 무엇이 지적됐고, 어떻게 대응했으며, 어떤 통제를 새로 마련했나요?' },
      { id: 'variance', topic: 'budget variance', en: 'Tell me about a large variance against budget or forecast that you had to explain. How did you analyse it, and what did you recommend?', ko: '예산이나 전망과 크게 차이 나는 실적을 설명해야 했던 경험이 있나요? 어떻게 분석했고, 무엇을 제안했나요?' },
      { id: 'process-fix', topic: 'finance process', en: 'Describe a finance process you made faster or less error-prone. What was wrong with it, what did you change, and what did it save?', ko: '재무·회계 업무 절차를 더 빠르거나 정확하게 바꾼 경험을 말씀해 주세요. 무엇이 문제였고, 무엇을 바꿨으며, 얼마나 절약됐나요?' },
    ],
  },
  teaching: {
    vocabulary: ['student', 'class', 'lesson', 'learn', 'parent', 'teach', 'curriculum', 'assess', 'classroom', '학생', '수업', '학부모', '교육', '학습', '평가'],
    questions: [
      { id: 'struggling-student', topic: 'struggling students', en: 'Tell me about a student who was falling behind. How did you notice, what did you change for them, and how did they do afterwards?', ko: '수업을 따라오지 못하던 학생을 도왔던 경험을 말씀해 주세요. 어떻게 알아차렸고, 무엇을 바꿨으며, 이후 학생은 어땠나요?' },
      { id: 'classroom-management', topic: 'classroom management', en: 'Describe a lesson that was getting out of hand. What did you do in the moment, and what did you change for the next lesson?', ko: '수업 분위기가 흐트러졌던 경험을 말씀해 주세요. 그 자리에서 어떻게 했고, 다음 수업에서는 무엇을 바꿨나요?' },
      { id: 'lesson-redesign', topic: 'lesson design', en: 'Tell me about a lesson or unit you redesigned because it was not working. How did you know, what did you change, and what happened to results?', ko: '효과가 없어서 다시 설계한 수업이나 단원이 있나요? 어떻게 알았고, 무엇을 바꿨으며, 결과는 어떻게 달라졌나요?' },
      { id: 'parent', topic: 'parents', en: 'Describe a difficult conversation with a parent. What was the concern, how did you handle it, and how did it end?', ko: '학부모와 어려운 대화를 나눴던 경험을 말씀해 주세요. 어떤 걱정이었고, 어떻게 대화했으며, 어떻게 마무리되었나요?' },
      { id: 'assessment', topic: 'assessment', en: 'Tell me about a time assessment data changed how you taught. What did the data show, and what did you do with it?', ko: '평가 결과를 보고 가르치는 방식을 바꿨던 경험이 있나요? 결과에서 무엇이 보였고, 그걸 어떻게 활용했나요?' },
    ],
  },
  design: {
    vocabulary: ['design', 'user', 'research', 'prototype', 'usability', 'feedback', 'visual', 'interface', 'test', '디자인', '사용자', '프로토타입', '사용성', '리서치', '시안', '접근성', '서비스', 'accessib', 'product'],
    questions: [
      { id: 'research-changed', topic: 'user research', en: 'Tell me about a design that user research proved wrong. What did you learn from users, and what did you change?', ko: '사용자 조사 결과 디자인이 틀렸다는 걸 알게 된 경험을 말씀해 주세요. 사용자에게서 무엇을 배웠고, 무엇을 바꿨나요?' },
      { id: 'critique', topic: 'design critique', en: 'Describe a time a stakeholder strongly disliked your design. How did you respond, and what was the final decision?', ko: '이해관계자가 디자인을 강하게 반대했던 경험을 말씀해 주세요. 어떻게 대응했고, 최종적으로 어떻게 결정되었나요?' },
      { id: 'constraints', topic: 'design constraints', en: 'Walk me through a project where time or technical limits forced you to simplify a design. What did you keep, what did you cut, and why?', ko: '일정이나 기술적 제약 때문에 디자인을 단순하게 바꿔야 했던 프로젝트를 설명해 주세요. 무엇을 남기고 무엇을 뺐는지, 그 이유는 무엇이었나요?' },
      { id: 'measuring', topic: 'design outcomes', en: 'Tell me about a design you shipped whose effect you measured. What did you expect, and what did the numbers show?', ko: '출시한 디자인의 효과를 측정해 본 경험을 말씀해 주세요. 무엇을 기대했고, 수치는 어떻게 나왔나요?' },
      { id: 'accessibility', topic: 'accessibility', en: 'Describe a time you made a product more accessible. Who was left out before, what did you change, and how did you check it worked?', ko: '서비스를 더 많은 사람이 쓸 수 있도록 접근성을 개선한 경험을 말씀해 주세요. 누가 불편을 겪었고, 무엇을 바꿨으며, 효과를 어떻게 확인했나요?' },
    ],
  },
  marketing: {
    vocabulary: ['campaign', 'audience', 'brand', 'channel', 'conversion', 'budget', 'content', 'launch', 'customer', 'market', '캠페인', '고객', '브랜드', '채널', '전환', '콘텐츠', '광고', '마케팅', '실험', 'experiment', 'hypothes'],
    questions: [
      { id: 'campaign', topic: 'campaigns', en: 'Walk me through a campaign you ran from brief to results. Who was it for, which channels did you choose, and what did it achieve?', ko: '기획부터 결과까지 직접 맡았던 캠페인을 설명해 주세요. 누구를 대상으로 했고, 어떤 채널을 골랐으며, 어떤 성과를 냈나요?' },
      { id: 'underperforming', topic: 'optimisation', en: 'Tell me about a campaign that underperformed. How did you find out why, and what did you change?', ko: '기대보다 성과가 낮았던 캠페인 경험을 말씀해 주세요. 원인을 어떻게 찾았고, 무엇을 바꿨나요?' },
      { id: 'budget', topic: 'marketing budget', en: 'Describe a time you had to decide where to spend a limited marketing budget. How did you decide, and how did it pay off?', ko: '한정된 마케팅 예산을 어디에 쓸지 정해야 했던 경험을 말씀해 주세요. 어떻게 결정했고, 결과는 어땠나요?' },
      { id: 'audience', topic: 'audience insight', en: 'Tell me about an insight about your audience that changed your messaging. Where did it come from, and what happened when you acted on it?', ko: '고객에 대한 새로운 발견 덕분에 메시지를 바꿨던 경험이 있나요? 그 발견은 어디서 나왔고, 반영한 뒤 어떻게 되었나요?' },
      { id: 'experiment', topic: 'marketing experiments', en: 'Describe an A/B test or experiment you ran. What was the hypothesis, how did you set it up, and what did you decide from the result?', ko: '직접 진행한 A/B 테스트나 실험을 말씀해 주세요. 가설은 무엇이었고, 어떻게 설계했으며, 결과를 보고 무엇을 결정했나요?' },
    ],
  },
  operations_logistics: {
    vocabulary: ['inventory', 'supplier', 'shipment', 'warehouse', 'process', 'delivery', 'stock', 'schedule', 'cost', 'order', '재고', '공급', '배송', '물류', '납기', '발주', '공정', '운영', '프로세스', '물량', '성수기', 'operational', 'peak', 'capacity'],
    questions: [
      { id: 'disruption', topic: 'supply disruption', en: 'Tell me about a supply or delivery disruption you had to manage. What broke, what did you do first, and how did you limit the damage?', ko: '공급이나 배송에 차질이 생겼던 경험을 말씀해 주세요. 무엇이 문제였고, 가장 먼저 무엇을 했으며, 피해를 어떻게 줄였나요?' },
      { id: 'process-improvement', topic: 'process improvement', en: 'Describe an operational process you improved. How did you measure it before, what did you change, and what were the numbers after?', ko: '운영 프로세스를 개선한 경험을 말씀해 주세요. 개선 전에는 어떻게 측정했고, 무엇을 바꿨으며, 이후 수치는 어땠나요?' },
      { id: 'inventory', topic: 'inventory', en: 'Tell me about a time stock levels were wrong — too much or too little. How did you find out, and what did you change so it would not happen again?', ko: '재고가 너무 많거나 부족했던 경험이 있나요? 어떻게 알게 되었고, 다시 일어나지 않도록 무엇을 바꿨나요?' },
      { id: 'supplier', topic: 'suppliers', en: 'Describe a difficult situation with a supplier or carrier. What was at stake, how did you handle it, and what was agreed?', ko: '공급업체나 운송사와 어려운 상황을 겪었던 경험을 말씀해 주세요. 무엇이 걸려 있었고, 어떻게 풀었으며, 어떻게 합의했나요?' },
      { id: 'peak', topic: 'capacity planning', en: 'Tell me about a peak period you planned for. How did you estimate what was needed, and how close were you?', ko: '성수기나 물량이 몰리는 시기를 대비했던 경험을 말씀해 주세요. 필요한 인력과 물량을 어떻게 예측했고, 실제와 얼마나 맞았나요?' },
    ],
  },
  hr: {
    vocabulary: ['employee', 'hire', 'candidate', 'recruit', 'policy', 'manager', 'performance', 'onboard', 'retention', 'grievance', '직원', '채용', '지원자', '인사', '평가', '면담', '제도', '퇴사', 'people', 'leaving'],
    questions: [
      { id: 'hard-hire', topic: 'recruiting', en: 'Tell me about a role that was hard to fill. What did you change in how you searched or assessed, and who did you hire in the end?', ko: '채용이 유난히 어려웠던 포지션을 말씀해 주세요. 찾는 방법이나 평가 방식을 무엇을 바꿨고, 결국 어떤 분을 채용했나요?' },
      { id: 'employee-relations', topic: 'employee relations', en: 'Describe an employee complaint or conflict you investigated. How did you stay fair to both sides, and what was the outcome?', ko: '직원 간 갈등이나 고충을 조사했던 경험을 말씀해 주세요. 양쪽에 공정하도록 어떻게 진행했고, 결과는 어땠나요?' },
      { id: 'manager-coaching', topic: 'manager coaching', en: 'Tell me about a time you coached a manager through a difficult performance conversation. What did you advise, and how did it go?', ko: '관리자가 어려운 성과 면담을 하도록 도왔던 경험을 말씀해 주세요. 어떤 조언을 했고, 면담은 어떻게 진행되었나요?' },
      { id: 'retention', topic: 'retention', en: 'Describe a time you noticed people leaving a team or company faster than usual. How did you find the cause, and what did you change?', ko: '특정 팀이나 회사에서 퇴사가 평소보다 많아진 걸 알아차렸던 경험이 있나요? 원인을 어떻게 찾았고, 무엇을 바꿨나요?' },
      { id: 'policy', topic: 'HR policy', en: 'Tell me about an HR policy or process you introduced or rewrote. Why was it needed, how did you roll it out, and how was it received?', ko: '새로 도입하거나 고친 인사 제도나 절차를 말씀해 주세요. 왜 필요했고, 어떻게 적용했으며, 반응은 어땠나요?' },
    ],
  },
  data: {
    bankRole: 'data_scientist',
    vocabulary: ['data', 'model', 'experiment', 'analysis', 'metric', 'feature', 'statistic', 'dataset', 'test', 'predict', '데이터', '모델', '실험', '분석', '지표'],
    questions: [
      { id: 'model-to-production', topic: 'modelling', en: 'Walk me through a model you built that people actually used. What was the problem, how did you choose and validate the model, and what changed because of it?', ko: '직접 만든 모델이 실제로 쓰였던 경험을 말씀해 주세요. 어떤 문제였고, 모델을 어떻게 고르고 검증했으며, 그 덕분에 무엇이 달라졌나요?' },
      { id: 'experiment', topic: 'experiments', en: 'Tell me about an experiment or A/B test you designed. How did you pick the metric and sample size, and what did the result lead to?', ko: '직접 설계한 실험이나 A/B 테스트를 말씀해 주세요. 지표와 표본 크기는 어떻게 정했고, 결과는 어떤 결정으로 이어졌나요?' },
      { id: 'bad-data', topic: 'data quality', en: 'Describe a time the data turned out to be wrong or biased. How did you notice, and what did you do about it?', ko: '데이터가 잘못됐거나 편향되어 있다는 걸 알게 된 경험을 말씀해 주세요. 어떻게 알아차렸고, 어떻게 대처했나요?' },
      { id: 'explaining', topic: 'communicating analysis', en: 'Tell me about an analysis whose result a stakeholder did not want to hear. How did you present it, and what was decided?', ko: '이해관계자가 듣고 싶어 하지 않은 분석 결과를 전달했던 경험이 있나요? 어떻게 설명했고, 어떤 결정이 내려졌나요?' },
    ],
  },
  software: {
    bankRole: 'frontend_engineer',
    vocabulary: ['code', 'system', 'bug', 'deploy', 'test', 'design', 'performance', 'api', 'service', 'database', 'release', '코드', '시스템', '배포', '장애', '테스트', '성능', '서비스', '기술', '설계', 'incident', 'production', 'technical', 'faster'],
    questions: [
      { id: 'incident', topic: 'incidents', en: 'Tell me about a production incident you worked on. How did you find the cause, what did you change, and what did you do so it would not happen again?', ko: '직접 대응했던 서비스 장애를 말씀해 주세요. 원인을 어떻게 찾았고, 무엇을 고쳤으며, 재발을 막기 위해 무엇을 했나요?' },
      { id: 'design-decision', topic: 'system design', en: 'Walk me through a technical design decision you made. Which options did you weigh, why did you choose the one you did, and how did it hold up?', ko: '직접 내렸던 기술 설계 결정을 설명해 주세요. 어떤 선택지를 비교했고, 왜 그걸 골랐으며, 이후 어떻게 되었나요?' },
      { id: 'performance', topic: 'performance', en: 'Describe a time you made something measurably faster or cheaper to run. How did you measure it, what did you change, and by how much did it improve?', ko: '시스템을 눈에 띄게 빠르게 하거나 비용을 줄인 경험을 말씀해 주세요. 어떻게 측정했고, 무엇을 바꿨으며, 얼마나 개선되었나요?' },
      { id: 'legacy', topic: 'legacy code', en: 'Tell me about a time you had to change code you did not understand at first. How did you get to know it, and how did you make the change safely?', ko: '처음엔 이해하기 어려웠던 코드를 수정해야 했던 경험을 말씀해 주세요. 어떻게 파악했고, 어떻게 안전하게 바꿨나요?' },
      { id: 'testing', topic: 'testing', en: 'Describe a bug that reached users even though there were tests. Why did the tests miss it, and what did you change in how you test?', ko: '테스트가 있었는데도 사용자에게 버그가 나갔던 경험이 있나요? 테스트가 왜 놓쳤고, 이후 테스트 방식을 어떻게 바꿨나요?' },
    ],
  },
  product: {
    bankRole: 'product_manager',
    vocabulary: ['product', 'user', 'feature', 'roadmap', 'priorit', 'metric', 'launch', 'customer', 'stakeholder', 'research', '사용자', '기능', '로드맵', '우선순위', '지표', '출시', '고객', '이해관계자'],
    questions: [
      { id: 'prioritisation', topic: 'prioritisation', en: 'Tell me about a time you had to cut features from a release. How did you decide what stayed, and how did stakeholders react?', ko: '출시를 앞두고 기능을 덜어내야 했던 경험을 말씀해 주세요. 무엇을 남길지 어떻게 정했고, 이해관계자들의 반응은 어땠나요?' },
      { id: 'launch-metrics', topic: 'product metrics', en: 'Walk me through a launch and how you judged whether it worked. Which metric did you pick beforehand, and what did it show?', ko: '출시했던 기능 하나를 골라, 성공 여부를 어떻게 판단했는지 설명해 주세요. 미리 어떤 지표를 정했고, 결과는 어땠나요?' },
      { id: 'user-insight', topic: 'discovery', en: 'Describe a time talking to users changed what you built. What did you hear, and what did you do differently?', ko: '사용자와 이야기하고 나서 만들던 것을 바꿨던 경험을 말씀해 주세요. 무엇을 들었고, 무엇을 다르게 했나요?' },
      { id: 'saying-no', topic: 'stakeholders', en: 'Tell me about a request from a senior stakeholder that you turned down. How did you explain it, and what happened?', ko: '윗선이나 주요 이해관계자의 요청을 거절했던 경험이 있나요? 어떻게 설명했고, 어떻게 되었나요?' },
    ],
  },
};

/** Whether a question text is about the family's own work (its vocabulary, by word start). */
export function mentionsFamilyVocabulary(family: OccupationFamily, text: string): boolean {
  const lower = text.toLowerCase();
  return FAMILIES[family].vocabulary.some((w) => (/^[a-z]/.test(w) ? new RegExp(`\\b${w}`).test(lower) : lower.includes(w)));
}
