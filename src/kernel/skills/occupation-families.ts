import { skillsForRole } from './skills-for-role.js';

/**
 * Occupation families: the twelve groups of work the product treats alike (interview questions,
 * role skill gaps). They follow the O*NET job families / ESCO major groups the skills taxonomy is
 * built from (data/occupations.json). A role is placed by its title (English or Korean words), then
 * by the occupations the taxonomy matches for it.
 */
export const OCCUPATION_FAMILIES = [
  'nursing_care',
  'sales',
  'customer_support',
  'finance_accounting',
  'teaching',
  'design',
  'marketing',
  'operations_logistics',
  'hr',
  'data',
  'software',
  'product',
] as const;
export type OccupationFamily = (typeof OCCUPATION_FAMILIES)[number];
/** `general`: no family recognised. */
export type FamilyOrGeneral = OccupationFamily | 'general';

/** Title words, matched on word boundaries (English) or as substrings (Korean). */
export const FAMILY_TITLES: Record<OccupationFamily, { titles: RegExp; titlesKo: RegExp }> = {
  nursing_care: {
    titles: /\b(?:nurs\w*|rn|lpn|midwi\w*|caregiver|care (?:assistant|worker|aide)|carer|paramedic|clinical|patient|healthcare assistant|physician assistant|medical assistant|therapist|pharmac\w*)\b/i,
    titlesKo: /간호|요양|간병|조산|의료|임상|약사|물리치료|응급구조/,
  },
  sales: {
    titles: /\b(?:sales\w*|account (?:executive|manager)|business development|bdr|sdr|salesperson|sales rep\w*|retail associate|inside sales|key account)\b/i,
    titlesKo: /영업|세일즈|판매|기술영업|어카운트/,
  },
  customer_support: {
    titles: /\b(?:customer (?:support|service|success|care|experience)|support (?:agent|specialist|representative|engineer|analyst)|help ?desk|service desk|call cent\w*|contact cent\w*|cs (?:agent|manager))\b/i,
    titlesKo: /고객\s*(?:지원|상담|서비스|성공)|상담원|콜센터|CS|헬프데스크|고객센터/,
  },
  finance_accounting: {
    titles: /\b(?:account(?:ant|ing)|bookkeep\w*|auditor|audit|financ\w*|controller|treasur\w*|tax|payroll|accounts (?:payable|receivable)|fp&a|cpa|actuar\w*|credit analyst|investment)\b/i,
    titlesKo: /회계|재무|세무|경리|감사|자금|원가|재경|투자|결산/,
  },
  teaching: {
    titles: /\b(?:teach\w*|tutor|lecturer|instructor|professor|educat\w*|teaching assistant|trainer|coach|school|kindergarten|curriculum)\b/i,
    titlesKo: /교사|강사|교수|선생|교육|튜터|유치원|학원|보육/,
  },
  design: {
    titles: /\b(?:design\w*|ux|ui|illustrat\w*|art director|creative director|visual|graphic|interaction|user research\w*)\b/i,
    titlesKo: /디자인|디자이너|UX|UI|일러스트|아트\s*디렉터|사용자\s*경험/,
  },
  marketing: {
    titles: /\b(?:marketing|marketer|brand|seo|sem|growth|content (?:manager|strategist|writer|marketer)|copywriter|social media|communications|pr (?:manager|specialist)|public relations|campaign|performance marketing|crm manager)\b/i,
    titlesKo: /마케팅|마케터|브랜드|홍보|광고|그로스|콘텐츠|카피라이터|퍼포먼스/,
  },
  operations_logistics: {
    titles: /\b(?:operations?|logistics|supply chain|warehouse|procurement|purchasing|buyer|inventory|fulfil\w*|fulfill\w*|dispatch\w*|planner|scheduler|fleet|shipping|distribution|store manager|production (?:manager|supervisor)|plant manager)\b/i,
    titlesKo: /운영|물류|공급망|구매|재고|창고|생산\s*관리|SCM|배송|유통|품질\s*관리/,
  },
  hr: {
    titles: /\b(?:hr|human resources?|recruit\w*|talent (?:acquisition|partner|manager)|people (?:partner|operations|manager)|hrbp|compensation|benefits (?:specialist|manager)|learning and development|l&d)\b/i,
    titlesKo: /인사|채용|HR|HRD|HRM|리크루터|노무|보상|조직문화|인재/,
  },
  data: {
    titles: /\b(?:data|analytics|bi|business intelligence|machine learning|ml|ai engineer|deep learning|statistic\w*|quantitative|scientist)\b/i,
    titlesKo: /데이터|분석가|머신\s*러닝|인공지능|AI|통계|애널리스트/,
  },
  software: {
    titles: /\b(?:software|developer|programmer|engineer\w*|devops|sre|backend|back-end|frontend|front-end|full[\s-]?stack|web|mobile|ios|android|qa|tester|security|cloud|architect|it)\b/i,
    titlesKo: /개발|엔지니어|프로그래머|백엔드|프론트엔드|풀스택|소프트웨어|인프라|보안|QA/,
  },
  product: {
    titles: /\b(?:product (?:manager|owner|lead|management|director)|pm|po|cpo)\b/i,
    titlesKo: /기획자|서비스\s*기획|PM|PO|프로덕트|상품\s*기획/,
  },};

/**
 * The occupation family of a free-text target role ("Registered nurse" → nursing_care, "간호사" →
 * nursing_care). Order matters where titles share words: product managers before software,
 * data roles before software ("data engineer"), support before sales ("customer success").
 * Unknown titles fall back to the occupations the skills taxonomy matches for them.
 */
export function occupationFamilyFor(role: string): FamilyOrGeneral {
  const direct = familyByTitle(role);
  if (direct) return direct;
  for (const occupation of skillsForRole(role).occupations) {
    const family = familyByTitle(occupation.title);
    if (family) return family;
  }
  return 'general';
}

const TITLE_ORDER: readonly OccupationFamily[] = [
  'nursing_care',
  'customer_support',
  'product',
  'data',
  'teaching',
  'hr',
  'finance_accounting',
  'marketing',
  'sales',
  'design',
  'operations_logistics',
  'software',
];

// Builders of software whose titles also carry a design or marketing word ("UI developer", "growth engineer").
const SOFTWARE_BUILDER = /\b(?:developer|programmer|software|devops|front[\s-]?end|back[\s-]?end|full[\s-]?stack)\b|개발자|프로그래머/i;

/** The family a title's own words name, or undefined. */
export function familyByTitle(title: string): OccupationFamily | undefined {
  const t = title.trim();
  if (!t) return undefined;
  const matches = (f: OccupationFamily): boolean => FAMILY_TITLES[f].titles.test(t) || FAMILY_TITLES[f].titlesKo.test(t);
  for (const family of TITLE_ORDER) {
    if (family === 'teaching' && SOFTWARE_BUILDER.test(t) && !matches('data')) return 'software';
    if (matches(family)) return family;
  }
  return undefined;
}
