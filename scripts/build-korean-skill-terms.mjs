// Builds src/kernel/skills/data/skills-ko.json: common Korean skill terms, each mapped to the
// taxonomy skill an English reader would name (데이터 분석 → "Data analysis"). The list below is
// curated by hand (terms seen on Korean résumés and job posts: 잡코리아/사람인 skill tags, NCS
// job-competency names); every English target is resolved against the taxonomy built by
// scripts/build-skills-taxonomy.mjs (a skill name or one of its aliases, case-insensitive), and the
// build fails on a target the taxonomy does not hold, so the data never names a missing skill.
// Re-run after the taxonomy changes: `npx node scripts/build-korean-skill-terms.mjs`; with --check it fails
// when src/kernel/skills/data/skills-ko.json is not what the list builds (run by generated-data-check.spec.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeOrCheck } from './lib/korean-labels-output.mjs';

const DATA = join(process.cwd(), 'src/kernel/skills/data');

/**
 * [Korean term(s), English taxonomy name or alias]. Several spellings of one term share a row.
 * Left out on purpose: Latin abbreviations that mean something else in English text (PM, CS).
 */
const TERMS = [
  // data and software
  [['데이터 분석', '데이터분석'], 'data analysis'],
  [['데이터 시각화', '데이터시각화'], 'data visualization'],
  [['데이터 마이닝'], 'data mining'],
  [['데이터 파이프라인', '데이터 엔지니어링'], 'data pipelines'],
  [['빅데이터 분석', '빅데이터'], 'analyse big data'],
  [['통계 분석', '통계분석'], 'statistical analysis'],
  [['머신러닝', '머신 러닝', '기계학습', '기계 학습'], 'machine learning'],
  [['딥러닝', '딥 러닝', '심층학습'], 'deep learning'],
  [['인공지능'], 'machine learning'],
  [['자연어 처리', '자연어처리'], 'natural language processing'],
  [['컴퓨터 비전', '컴퓨터비전'], 'computer vision'],
  [['비즈니스 인텔리전스'], 'business intelligence'],
  [['데이터베이스 설계', 'DB 설계', 'DB설계'], 'database design'],
  [['웹 개발', '웹개발'], 'web development'],
  [['모바일 앱 개발', '앱 개발', '모바일 개발'], 'mobile development'],
  [['소프트웨어 개발'], 'software development'],
  [['백엔드 개발', '백엔드', '서버 개발'], 'backend development'],
  [['프론트엔드 개발', '프론트엔드', '프런트엔드'], 'frontend development'],
  [['마이크로서비스', 'MSA'], 'microservices'],
  [['클라우드 아키텍처'], 'cloud architecture'],
  [['클라우드 인프라', '클라우드 컴퓨팅'], 'cloud computing'],
  [['정보보안', '정보 보안', '사이버 보안', '보안'], 'cybersecurity'],
  [['컴퓨터 네트워크', '네트워크 구축'], 'computer networking'],
  [['임베디드 시스템', '임베디드'], 'embedded systems'],
  [['사물인터넷'], 'iot'],
  [['단위 테스트', '유닛 테스트'], 'unit testing'],
  [['테스트 자동화'], 'test automation'],
  [['알고리즘'], 'algorithms'],
  [['데브옵스'], 'devops'],
  [['애자일', '스크럼'], 'agile'],
  [['리눅스'], 'linux'],
  [['자바'], 'java'],
  [['파이썬'], 'python'],
  [['자바스크립트'], 'javascript'],
  [['타입스크립트'], 'typescript'],
  [['리액트'], 'react'],
  [['스프링 부트', '스프링부트'], 'spring boot'],
  [['쿠버네티스'], 'kubernetes'],
  [['도커'], 'docker'],
  [['엑셀', 'MS 엑셀'], 'microsoft excel'],
  [['파워포인트', 'PPT'], 'microsoft powerpoint'],
  [['포토샵'], 'adobe photoshop'],
  [['일러스트레이터'], 'adobe illustrator'],
  [['피그마'], 'figma'],
  [['구글 애널리틱스', 'GA4'], 'google analytics'],
  [['태블로'], 'tableau'],
  // design
  [['UI 디자인', 'UI디자인', '사용자 인터페이스 디자인'], 'user interface design'],
  [['그래픽 디자인', '그래픽디자인'], 'graphic design'],
  [['프로토타이핑', '프로토타입 제작'], 'rapid prototyping'],
  [['영상 편집', '영상편집'], 'video editing'],
  [['사진 촬영'], 'photography'],
  // business
  [['프로젝트 관리', '프로젝트 매니지먼트'], 'project management'],
  [['제품 관리', '프로덕트 매니지먼트'], 'product management'],
  [['디지털 마케팅', '디지털마케팅', '온라인 마케팅'], 'digital marketing'],
  [['검색엔진 최적화', '검색 엔진 최적화'], 'seo'],
  [['소셜 미디어', 'SNS 운영', 'SNS 마케팅'], 'social media'],
  [['시장 조사', '시장조사'], 'market research'],
  [['경영 전략', '사업 전략'], 'strategic planning'],
  [['비즈니스 분석', '업무 분석'], 'business analysis'],
  [['재무 분석', '재무분석'], 'financial analysis'],
  [['재무 보고', '재무보고'], 'financial reporting'],
  [['재무제표', '재무 제표'], 'financial statements'],
  [['재무회계', '재무 회계'], 'financial accounting'],
  [['원가회계', '원가 회계', '원가 관리'], 'cost accounting'],
  [['매출채권 관리', '채권 관리'], 'accounts receivable'],
  [['내부감사', '내부 감사'], 'internal auditing'],
  [['예산 관리', '예산관리'], 'manage budgets'],
  [['급여 관리', '급여관리'], 'manage payroll'],
  [['인사 관리', '인사관리', '인적자원관리'], 'personnel management'],
  [['리스크 관리', '위험 관리'], 'risk management'],
  [['공급망 관리', 'SCM'], 'supply chain management'],
  [['재고 관리', '재고관리'], 'inventory management'],
  [['물류 관리'], 'logistics management'],
  [['행사 기획', '이벤트 기획'], 'carry out event management'],
  [['고객 관계 관리', '고객관계관리'], 'customer relationship management'],
  [['고객 서비스', '고객 응대', '고객응대'], 'customer service'],
  [['B2B 영업', '기업 영업'], 'b2b sales'],
  [['협상', '협상력'], 'negotiation'],
  [['이해관계자 관리'], 'stakeholder management'],
  [['프로세스 개선', '업무 프로세스 개선', '공정 개선'], 'process improvement'],
  [['품질 관리', '품질관리'], 'quality management'],
  [['전사적 자원 관리'], 'erp'],
  [['발표 자료 작성'], 'prepare presentation material'],
  // health and teaching
  [['환자 관리', '환자관리'], 'patient management'],
  [['감염 관리', '감염관리'], 'infection control'],
  [['투약 관리', '투약'], 'administer prescribed medication'],
  [['상처 관리', '드레싱'], 'carry out wound care'],
  // Named by the skill itself: 'perform cardiopulmonary resuscitation' now resolves to another ESCO skill (provide first aid).
  [['응급처치', '응급 처치', '심폐소생술'], 'apply first response'],
  // 의무기록 is the medical record (EMR; the skill's Korean label is 전자의무기록(EMR)); 전자건강기록 is the EHR.
  [['전자의무기록', 'EMR'], 'electronic medical record'],
  [['전자건강기록', 'EHR'], 'electronic health record'],
  [['학급 운영', '학급 경영'], 'perform classroom management'],
  [['수업 설계', '수업 준비'], 'prepare lesson content'],
  [['교육과정 개발', '커리큘럼 개발'], 'advise on curriculum development'],
  // people skills
  [['커뮤니케이션', '의사소통', '소통 능력'], 'communication'],
  [['리더십', '리더쉽'], 'leadership'],
  [['팀워크', '팀웍'], 'teamwork'],
  [['협업', '협업 능력'], 'collaboration'],
  [['문제 해결', '문제해결', '문제 해결 능력', '문제해결능력'], 'problem solving'],
  [['비판적 사고'], 'critical thinking'],
  [['시간 관리', '시간관리'], 'time management'],
  [['발표', '프레젠테이션', '대중 연설'], 'public speaking'],
  [['멘토링', '코칭'], 'mentoring'],
  [['적응력'], 'adaptability'],
  [['꼼꼼함', '세심함'], 'attention to detail'],
  [['번역'], 'employ translation techniques'],
  // trades a Korean CV names by their work (wave 24: 의류 수선사's 다림질 and 얼룩 제거 chose no occupation)
  [['다림질'], 'iron textiles'],
  [['얼룩 제거', '얼룩제거'], 'eliminate stains'],
  [['재봉', '재봉질'], 'sew pieces of fabric'],
];

const taxonomy = JSON.parse(readFileSync(join(DATA, 'skills.json'), 'utf8'));
const byName = new Map(taxonomy.skills.map(([name], id) => [name.toLowerCase(), id]));
const byAlias = new Map();
for (const [text, id] of taxonomy.aliases) if (!byAlias.has(text.toLowerCase())) byAlias.set(text.toLowerCase(), id);

const missing = [];
const seen = new Map();
const terms = [];
for (const [spellings, target] of TERMS) {
  const id = byName.get(target.toLowerCase()) ?? byAlias.get(target.toLowerCase());
  if (id === undefined) {
    missing.push(target);
    continue;
  }
  const skill = taxonomy.skills[id][0];
  for (const term of spellings) {
    const key = term.normalize('NFC');
    if (seen.has(key) && seen.get(key) !== skill) throw new Error(`"${key}" maps to both ${seen.get(key)} and ${skill}`);
    if (seen.has(key)) continue;
    seen.set(key, skill);
    terms.push([key, skill]);
  }
}
if (missing.length > 0) throw new Error(`Not in the taxonomy: ${missing.join(', ')}`);
terms.sort(([a], [b]) => a.localeCompare(b, 'ko'));
const skillCount = new Set(terms.map(([, skill]) => skill)).size;
writeOrCheck({
  root: process.cwd(),
  out: join(DATA, 'skills-ko.json'),
  json: `${JSON.stringify({ generatedBy: 'scripts/build-korean-skill-terms.mjs', note: 'Korean term → taxonomy skill name (skills.json)', terms })}\n`,
  source: 'the TERMS list',
  generatedBy: 'scripts/build-korean-skill-terms.mjs',
  checked: `${terms.length} Korean terms for ${skillCount} skills`,
  written: `${terms.length} Korean terms for ${skillCount} skills`,
});
