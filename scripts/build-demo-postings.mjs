// Builds src/modules/jobs/demo/demo-postings.json, the postings `seed-demo` loads, from:
//  - microsoft/SkillsExtractorCognitiveSearch @ 50006cd23e6fe974da522abfb612419297f767a1,
//    deployment/microsoft_careers_sample.json (MIT, Copyright (c) Microsoft Corporation): real
//    engineering postings. Modified: the employer's name is replaced by the fictional "Contoso",
//    section headings and bullets are put on their own lines, descriptions are cut at 3,000 characters.
//  - A few Korean postings written for Candor (no third-party text).
// Usage: node scripts/build-demo-postings.mjs <path to microsoft_careers_sample.json>
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const source = process.argv[2] ?? '/work/shared/data/jobs/ms-careers-jobs/microsoft_careers_sample.json';
const raw = JSON.parse(readFileSync(source, 'utf8'));

const LEVELS = [
  [60, 'junior'],
  [62, 'mid'],
  [64, 'senior'],
  [99, 'lead'],
];
const seniorityOf = (level) => LEVELS.find(([max]) => Number(level) <= max)?.[1] ?? 'mid';
const HEADINGS = /\s*(Responsibilities|Basic Qualifications|Preferred Qualifications|Required Qualifications|Qualifications|Minimum Qualifications|Key Responsibilities)\s*:?\s*/g;

function tidy(text) {
  return text
    .replace(/Microsoft/g, 'Contoso')
    .replace(HEADINGS, (_, heading) => `\n\n${heading}:\n`)
    .replace(/\s*[•·]\s*/g, '\n- ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function cut(text, max) {
  if (text.length <= max) return text;
  const end = text.lastIndexOf('\n', max);
  return text.slice(0, end > max / 2 ? end : max).trim();
}

const seen = new Set();
const english = [];
for (const posting of raw) {
  const title = posting.title.trim().replace(/\b([A-Z]{2,})\b/g, (w) => w[0] + w.slice(1).toLowerCase());
  const description = cut(tidy(posting.description), 3000);
  const key = `${title}|${description.slice(0, 200)}`;
  if (seen.has(key) || description.length < 400) continue;
  seen.add(key);
  english.push({
    title,
    description,
    language: 'en',
    seniority: seniorityOf(posting.targetLevel),
    locations: [posting.state === 'California' ? 'Mountain View, CA' : 'Redmond, WA'],
    workplace: english.length % 3 === 0 ? 'remote' : english.length % 3 === 1 ? 'hybrid' : 'on_site',
    employmentType: 'full_time',
  });
  if (english.length === 60) break;
}

const korean = [
  {
    title: '백엔드 개발자 (결제 플랫폼)',
    seniority: 'mid',
    locations: ['서울 성수동'],
    workplace: 'hybrid',
    salary: [60_000_000, 85_000_000],
    description: `소상공인을 위한 결제 플랫폼을 함께 만들 백엔드 개발자를 찾습니다.

주요 업무:
- 결제 승인·정산 API 설계와 개발
- 대용량 트랜잭션 처리와 장애 대응
- 데이터베이스 성능 개선

자격 요건:
- TypeScript 또는 Java로 3년 이상 서버를 개발한 경험
- PostgreSQL 등 관계형 데이터베이스 설계 경험
- REST API 설계 경험

우대 사항:
- Kafka 같은 메시지 큐 운영 경험
- AWS 환경에서 서비스를 운영해 본 경험`,
  },
  {
    title: '프론트엔드 개발자',
    seniority: 'junior',
    locations: ['서울 강남구'],
    workplace: 'on_site',
    salary: [45_000_000, 60_000_000],
    description: `가맹점 관리자 화면과 고객용 웹을 만드는 프론트엔드 개발자를 모십니다.

주요 업무:
- React 기반 웹 서비스 개발
- 디자이너와 함께 접근성 높은 UI 구현

자격 요건:
- React와 TypeScript 실무 경험 1년 이상
- HTML, CSS에 대한 깊은 이해

우대 사항:
- 웹 접근성 개선 경험
- 테스트 코드 작성 경험`,
  },
  {
    title: '데이터 분석가',
    seniority: 'mid',
    locations: ['서울 성수동'],
    workplace: 'hybrid',
    salary: null,
    description: `결제 데이터를 바탕으로 가맹점 성장을 돕는 데이터 분석가를 찾습니다.

주요 업무:
- 거래 데이터 분석과 대시보드 구축
- 실험 설계와 결과 해석

자격 요건:
- SQL과 Python을 활용한 데이터 분석 경험 2년 이상
- 통계 지식

우대 사항:
- Tableau 같은 BI 도구 사용 경험`,
  },
  {
    title: 'DevOps 엔지니어',
    seniority: 'senior',
    locations: ['부산 해운대구'],
    workplace: 'remote',
    salary: [70_000_000, 100_000_000],
    description: `안정적인 결제 인프라를 책임질 DevOps 엔지니어를 찾습니다. 원격 근무가 기본이에요.

주요 업무:
- Kubernetes 클러스터 운영과 배포 자동화
- 모니터링과 장애 대응 체계 개선

자격 요건:
- Kubernetes, Docker 운영 경험 5년 이상
- Terraform 등 코드형 인프라 경험
- Linux 시스템에 대한 이해

우대 사항:
- 금융권 보안 규정 대응 경험`,
  },
  {
    title: '모바일 앱 개발자 (iOS)',
    seniority: 'mid',
    locations: ['서울 강남구'],
    workplace: 'hybrid',
    salary: [55_000_000, 75_000_000],
    description: `사장님용 모바일 앱을 함께 만들 iOS 개발자를 찾습니다.

주요 업무:
- Swift 기반 iOS 앱 개발과 출시

자격 요건:
- Swift로 iOS 앱을 개발한 경험 3년 이상
- 앱 스토어 출시 경험

우대 사항:
- SwiftUI 사용 경험`,
  },
  {
    title: 'QA 엔지니어 인턴',
    seniority: 'entry',
    locations: ['서울 성수동'],
    workplace: 'on_site',
    salary: null,
    employmentType: 'internship',
    description: `6개월 동안 결제 서비스의 품질을 함께 지킬 QA 인턴을 모집합니다.

주요 업무:
- 테스트 케이스 작성과 실행
- 버그 리포트 작성

자격 요건:
- 소프트웨어 테스트에 대한 관심
- 꼼꼼한 문서 작성 능력

우대 사항:
- Selenium 같은 테스트 자동화 도구 경험`,
  },
].map(({ salary, ...p }) => ({ employmentType: 'full_time', ...p, language: 'ko', salary: salary ? { min: salary[0], max: salary[1], currency: 'KRW' } : null }));

mkdirSync('src/modules/jobs/demo', { recursive: true });
writeFileSync(
  'src/modules/jobs/demo/demo-postings.json',
  `${JSON.stringify({ companies: [{ name: 'Contoso (demo)', website: 'https://example.com', size: '1001+', locations: ['Redmond, WA'], description: 'A demo company: its postings are real engineering job postings (MIT licence) with the employer renamed.', postings: english }, { name: '한빛페이 (데모)', website: 'https://example.org', size: '51-200', locations: ['서울'], description: '데모용 회사예요. 공고는 Candor가 직접 쓴 예시예요.', postings: korean }] }, null, 1)}\n`,
);
console.log(`${english.length} English and ${korean.length} Korean postings written`);
