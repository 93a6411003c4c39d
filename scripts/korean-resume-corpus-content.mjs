// The content of the Korean résumé corpus (test/fixtures/resume-corpus-ko/): fictional people
// written as JSON Resume. Names, companies, bullets, schools and skills are hand-written per
// profession in the way Korean résumés word them (nouns ending a bullet, "(주)"/"주식회사" company
// forms, 학사/석사 degrees, 정보처리기사-style certificates); a seeded generator picks and combines
// them, so the corpus is reproducible. Phone numbers are 010-XXXX-XXXX look-alikes, e-mails use
// example domains.

/** mulberry32: a tiny seeded PRNG, so the corpus does not depend on a library's generator. */
function generator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const sample = (items, count) => {
    const pool = [...items];
    const out = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    return out;
  };
  return { next, int, pick, sample };
}

const SURNAMES = [
  ['김', 'Kim'], ['이', 'Lee'], ['박', 'Park'], ['최', 'Choi'], ['정', 'Jung'], ['강', 'Kang'], ['조', 'Cho'], ['윤', 'Yoon'],
  ['장', 'Jang'], ['임', 'Lim'], ['한', 'Han'], ['오', 'Oh'], ['서', 'Seo'], ['신', 'Shin'], ['권', 'Kwon'], ['황', 'Hwang'],
  ['안', 'Ahn'], ['송', 'Song'], ['홍', 'Hong'], ['문', 'Moon'], ['배', 'Bae'], ['남궁', 'Namgung'],
];
const GIVEN_NAMES = [
  ['민준', 'minjun'], ['서연', 'seoyeon'], ['도윤', 'doyoon'], ['지우', 'jiwoo'], ['하은', 'haeun'], ['예준', 'yejun'],
  ['수아', 'sua'], ['시우', 'siwoo'], ['지민', 'jimin'], ['현우', 'hyunwoo'], ['유진', 'yujin'], ['은서', 'eunseo'],
  ['태윤', 'taeyoon'], ['다은', 'daeun'], ['준혁', 'junhyuk'], ['소희', 'sohee'], ['성민', 'sungmin'], ['혜린', 'hyerin'],
  ['건', 'geon'], ['윤', 'yoon'],
];
const EMAIL_DOMAINS = ['example.com', 'example.kr', 'mail.example.net'];
const LOCATIONS = [
  { written: '서울특별시 강남구', city: '서울특별시', region: '강남구' },
  { written: '서울 마포구', city: '서울', region: '마포구' },
  { written: '경기도 성남시 분당구', city: '성남시', region: '경기도' },
  { written: '부산광역시 해운대구', city: '부산광역시', region: '해운대구' },
  { written: '대전광역시 유성구', city: '대전광역시', region: '유성구' },
  { written: '경기도 수원시 영통구', city: '수원시', region: '경기도' },
  { written: '인천광역시 연수구', city: '인천광역시', region: '연수구' },
];

const UNIVERSITIES = [
  '서울대학교', '연세대학교', '고려대학교', '한양대학교', '성균관대학교', '부산대학교', '경북대학교', '이화여자대학교',
  '중앙대학교', '경희대학교', '서울과학기술대학교', '충남대학교', '한국과학기술원', '인하대학교', '숙명여자대학교',
];
const HIGH_SCHOOLS = ['서울고등학교', '부산국제고등학교', '대전과학고등학교', '수원외국어고등학교', '인천여자고등학교'];

const PROFESSIONS = {
  backend: {
    labels: ['백엔드 개발자', '서버 개발자', '백엔드 엔지니어'],
    jobs: [
      { name: '(주)한빛소프트웨어', position: '선임 연구원' },
      { name: '주식회사 누리페이', position: '백엔드 개발자' },
      { name: '㈜다온커머스', position: '서버 개발자' },
      { name: '모아데이터 주식회사', position: '소프트웨어 엔지니어' },
      { name: '(주)클라우드브릿지', position: '백엔드 엔지니어' },
    ],
    bullets: [
      '결제 시스템을 MSA로 전환하여 장애 시 영향 범위를 한 서비스로 축소',
      'Spring Boot와 Kafka 기반 정산 파이프라인 설계 및 구축 (일 200만 건 처리)',
      'Redis 캐시 도입으로 주문 조회 API 응답 시간 45% 단축',
      'Kubernetes 전환을 주도하여 배포 시간을 30분에서 5분으로 단축',
      '신입 개발자 4명 멘토링 및 코드 리뷰 문화 정착',
      'PostgreSQL 쿼리 튜닝으로 월간 DB 비용 30% 절감',
      '장애 대응 매뉴얼 작성 및 온콜 체계 수립',
    ],
    majors: [['컴퓨터공학과', '학사'], ['소프트웨어학과', '학사'], ['전산학과', '석사']],
    skills: [
      { name: '언어', keywords: ['Java', 'Kotlin', 'Python', 'SQL'] },
      { name: '인프라', keywords: ['AWS', 'Kubernetes', 'Docker', 'Kafka'] },
      { name: '역량', keywords: ['프로젝트 관리', '협업', '문제 해결'] },
    ],
    certificates: [['정보처리기사', '한국산업인력공단'], ['AWS Certified Solutions Architect – Associate', 'Amazon Web Services']],
    summary: '대규모 트래픽을 처리하는 결제·정산 시스템을 7년간 개발해 왔습니다. 안정적이고 관찰 가능한 시스템을 만드는 일과 함께 일하는 동료의 성장을 중요하게 생각합니다.',
  },
  frontend: {
    labels: ['프론트엔드 개발자', '웹 프론트엔드 엔지니어'],
    jobs: [
      { name: '주식회사 라인업스튜디오', position: '프론트엔드 개발자' },
      { name: '(주)하늘소프트', position: '웹 개발자' },
      { name: '㈜모두의여행', position: '프론트엔드 엔지니어' },
      { name: '비바트랩 주식회사', position: '주임 연구원' },
    ],
    bullets: [
      'React와 TypeScript로 예약 웹앱 전면 개편, 전환율 18% 향상',
      '디자인 시스템 구축 및 컴포넌트 60여 종 문서화',
      '웹 접근성 개선으로 웹 접근성 인증마크 획득',
      'Next.js 서버 사이드 렌더링 도입으로 첫 화면 로딩 시간 40% 단축',
      'E2E 테스트 자동화로 배포 후 회귀 버그 절반 감소',
      '디자이너와 협업하여 모바일 웹 UI 개선',
    ],
    majors: [['컴퓨터공학과', '학사'], ['정보통신공학과', '학사'], ['시각디자인학과', '학사']],
    skills: [
      { name: '프론트엔드', keywords: ['JavaScript', 'TypeScript', 'React', 'Next.js', 'HTML', 'CSS'] },
      { name: '협업 도구', keywords: ['Git', 'Figma', 'Jira'] },
      { name: '역량', keywords: ['커뮤니케이션', '웹 개발'] },
    ],
    certificates: [['정보처리기사', '한국산업인력공단'], ['웹디자인기능사', '한국산업인력공단']],
    summary: '사용자가 매일 쓰는 웹 서비스를 빠르고 편하게 만드는 프론트엔드 개발자입니다. 디자이너·기획자와 긴밀하게 협업하며 제품의 완성도를 높여 왔습니다.',
  },
  data: {
    labels: ['데이터 분석가', '데이터 사이언티스트'],
    jobs: [
      { name: '(주)인사이트랩', position: '데이터 분석가' },
      { name: '주식회사 그로스마켓', position: '데이터 사이언티스트' },
      { name: '㈜스마트리테일', position: '데이터 분석 대리' },
      { name: '한국데이터진흥원', position: '연구원' },
    ],
    bullets: [
      '고객 이탈 예측 모델 개발로 이탈률 12% 감소',
      'SQL과 Python 기반 주간 지표 대시보드 구축 및 자동화',
      'A/B 테스트 설계와 분석으로 추천 영역 클릭률 9% 향상',
      '마케팅 채널별 기여도 분석 모델 설계',
      'Tableau 대시보드로 경영진 보고 시간 주 6시간 절감',
      '데이터 품질 점검 프로세스 수립',
    ],
    majors: [['통계학과', '학사'], ['산업공학과', '석사'], ['경영학과', '학사']],
    skills: [
      { name: '분석', keywords: ['Python', 'SQL', 'R', 'Tableau'] },
      { name: '방법론', keywords: ['데이터 분석', '머신러닝', '통계 분석', '데이터 시각화'] },
    ],
    certificates: [['ADsP (데이터분석 준전문가)', '한국데이터산업진흥원'], ['빅데이터분석기사', '한국데이터산업진흥원']],
    summary: '데이터로 의사결정을 돕는 분석가입니다. 문제 정의부터 모델링, 대시보드까지 직접 만들고, 분석 결과가 실제 행동으로 이어지도록 설명하는 일을 즐깁니다.',
  },
  marketing: {
    labels: ['퍼포먼스 마케터', '디지털 마케팅 매니저'],
    jobs: [
      { name: '(주)브랜드웨이브', position: '퍼포먼스 마케터' },
      { name: '주식회사 오늘의식탁', position: '마케팅 매니저' },
      { name: '㈜뷰티플래닛', position: '마케팅팀 대리' },
      { name: '솔트앤페퍼 주식회사', position: '콘텐츠 마케터' },
    ],
    bullets: [
      '검색·디스플레이 광고 월 3억 원 예산 운영, ROAS 320% 달성',
      '신규 브랜드 런칭 캠페인 기획으로 첫 분기 매출 15억 원 달성',
      'SNS 채널 운영으로 팔로워 8만 명 확보',
      'GA4와 앱 분석 도구로 유입 경로 분석 체계 구축',
      '인플루언서 협업 캠페인 40건 기획 및 집행',
      '고객 세그먼트별 CRM 메시지 개선으로 재구매율 20% 향상',
    ],
    majors: [['경영학과', '학사'], ['광고홍보학과', '학사'], ['미디어커뮤니케이션학과', '학사']],
    skills: [
      { name: '마케팅', keywords: ['디지털 마케팅', '시장 조사', '검색엔진 최적화', '소셜 미디어'] },
      { name: '도구', keywords: ['Google Analytics', 'Excel', 'Photoshop'] },
    ],
    certificates: [['검색광고마케터 1급', '한국정보통신진흥협회'], ['구글 애널리틱스 자격증', 'Google']],
    summary: '숫자로 말하는 퍼포먼스 마케터입니다. 광고 운영과 데이터 분석을 바탕으로 성장 전략을 세우고, 브랜드 런칭부터 재구매까지 고객 여정 전체를 설계해 왔습니다.',
  },
  design: {
    labels: ['UX/UI 디자이너', '프로덕트 디자이너'],
    jobs: [
      { name: '(주)픽셀앤코', position: 'UX/UI 디자이너' },
      { name: '주식회사 마음챙김', position: '프로덕트 디자이너' },
      { name: '㈜스튜디오온', position: '선임 디자이너' },
      { name: '그린핀테크 주식회사', position: 'UI 디자이너' },
    ],
    bullets: [
      '모바일 뱅킹 앱 리디자인으로 앱 평점 3.8점에서 4.6점으로 상승',
      '사용자 인터뷰 30회 진행 및 페르소나 정의',
      'Figma 기반 디자인 시스템 구축 및 운영',
      '온보딩 흐름 개선으로 가입 완료율 25% 향상',
      '개발팀과 디자인 QA 프로세스 정립',
      '브랜드 아이덴티티 리뉴얼 프로젝트 참여',
    ],
    majors: [['시각디자인학과', '학사'], ['산업디자인학과', '학사'], ['인터랙션디자인학과', '석사']],
    skills: [
      { name: '디자인', keywords: ['UI 디자인', '프로토타이핑', '그래픽 디자인'] },
      { name: '도구', keywords: ['Figma', 'Photoshop', 'Illustrator', 'Protopie'] },
    ],
    certificates: [['컴퓨터그래픽스운용기능사', '한국산업인력공단'], ['시각디자인산업기사', '한국산업인력공단']],
    summary: '사용자의 문제에서 출발해 쓰기 쉬운 화면을 만드는 프로덕트 디자이너입니다. 리서치와 데이터로 가설을 세우고 빠르게 검증하는 방식으로 일합니다.',
  },
  nursing: {
    labels: ['간호사', '중환자실 책임간호사'],
    jobs: [
      { name: '서울중앙병원', position: '책임간호사' },
      { name: '한빛대학교병원', position: '간호사' },
      { name: '(의)푸른요양병원', position: '수간호사' },
      { name: '새봄여성병원', position: '간호사' },
    ],
    bullets: [
      '중환자실 24병상 간호 업무 조정 및 근무조별 간호사 6명 관리',
      '중심정맥관 감염 관리 체크리스트 도입으로 감염률 30% 감소',
      '신규 간호사 15명 프리셉터로 교육',
      '인공호흡기 환자 투약 관리 및 상태 모니터링',
      '낙상 예방 위원회 활동으로 낙상 발생 22% 감소',
      '퇴원 환자 및 보호자 대상 상처 관리 교육',
    ],
    majors: [['간호학과', '학사'], ['간호학과', '석사']],
    skills: [
      { name: '임상', keywords: ['환자 관리', '감염 관리', '투약 관리', '응급처치'] },
      { name: '시스템', keywords: ['EMR', 'Excel'] },
    ],
    certificates: [['간호사 면허', '보건복지부'], ['BLS Provider', '대한심폐소생협회']],
    summary: '중환자실에서 8년간 근무한 간호사입니다. 위급한 상황에서도 침착하게 판단하며, 정확한 기록과 후배 간호사 교육을 중요하게 생각합니다.',
  },
  accounting: {
    labels: ['회계 담당자', '재무회계 매니저'],
    jobs: [
      { name: '(주)대한물산', position: '회계팀 과장' },
      { name: '주식회사 한결제약', position: '재무회계 대리' },
      { name: '㈜미래건설', position: '회계 담당' },
      { name: '삼정회계법인', position: '회계사' },
    ],
    bullets: [
      '월·분기·연간 결산 및 재무제표 작성',
      '연결 재무제표 작성 프로세스 개선으로 결산 기간 5일 단축',
      '외부 감사 대응 및 내부 감사 자료 준비',
      'ERP 시스템 도입 프로젝트에서 회계 모듈 담당',
      '원가 관리 체계 정비로 제품별 원가 분석 정확도 향상',
      '부가가치세·법인세 신고 실무',
    ],
    majors: [['경영학과', '학사'], ['회계학과', '학사'], ['세무학과', '석사']],
    skills: [
      { name: '회계', keywords: ['재무회계', '원가회계', '재무 분석', '예산 관리'] },
      { name: '도구', keywords: ['SAP', 'Excel', 'ERP'] },
    ],
    certificates: [['공인회계사', '금융위원회'], ['전산회계 1급', '한국세무사회']],
    summary: '제조·제약 기업에서 결산과 재무제표 작성을 맡아 온 회계 담당자입니다. 숫자의 정확성을 지키면서 업무 프로세스를 단순하게 만드는 데 강점이 있습니다.',
  },
  sales: {
    labels: ['B2B 영업 매니저', '기업 영업 담당'],
    jobs: [
      { name: '(주)에이스솔루션', position: '영업팀 과장' },
      { name: '주식회사 코리아로지스', position: '영업 대리' },
      { name: '㈜바른오피스', position: '기업영업 매니저' },
      { name: '한솔테크 주식회사', position: '영업 사원' },
    ],
    bullets: [
      '2023년 신규 계약 매출 24억 원 달성 (목표 대비 138%)',
      '금융권 고객사 40곳 대상 영업 파이프라인 구축',
      '최대 고객사와 3년 재계약 체결, 계약 규모 60% 확대',
      '신입 영업 사원 6명 교육 및 영업 매뉴얼 작성',
      '전시회·세미나 기획으로 분기당 잠재 고객 300건 확보',
      'CRM 도입으로 고객 이력 관리 체계화',
    ],
    majors: [['경영학과', '학사'], ['무역학과', '학사'], ['경제학과', '학사']],
    skills: [
      { name: '영업', keywords: ['B2B 영업', '협상', '고객 관계 관리'] },
      { name: '도구', keywords: ['Salesforce', 'Excel', 'PowerPoint'] },
    ],
    certificates: [['유통관리사 2급', '대한상공회의소'], ['무역영어 1급', '대한상공회의소']],
    summary: 'IT 솔루션 B2B 영업을 9년간 해 온 영업 매니저입니다. 고객의 문제를 먼저 이해하고 장기적인 관계를 만드는 방식으로 꾸준히 목표를 넘겨 왔습니다.',
  },
};

const LANGUAGE_LINES = [
  { language: '영어', fluency: '비즈니스 회화 가능 (TOEIC 905)' },
  { language: '영어', fluency: '업무상 이메일 작성 가능 (OPIc IH)' },
  { language: '일본어', fluency: '일상 회화 (JLPT N2)' },
  { language: '중국어', fluency: '기초 회화 (HSK 4급)' },
];

/** A date a few years before `before` (YYYY-MM), in a month résumés favour. */
function month(rng, year) {
  return `${year}-${String(rng.pick([1, 2, 3, 3, 4, 6, 7, 9, 10, 11, 12])).padStart(2, '0')}`;
}

function romanizedEmail(rng, surname, given) {
  const local = rng.pick([`${given}.${surname}`, `${given}${surname}`, `${surname}.${given}${rng.int(1, 99)}`]).toLowerCase();
  return `${local}@${rng.pick(EMAIL_DOMAINS)}`;
}

function person(rng, used) {
  for (;;) {
    const [surname, surnameLatin] = rng.pick(SURNAMES);
    const [given, givenLatin] = rng.pick(GIVEN_NAMES);
    const name = surname + given;
    if (used.has(name)) continue;
    used.add(name);
    return { name, email: romanizedEmail(rng, surnameLatin, givenLatin), latin: `${givenLatin}-${surnameLatin}`.toLowerCase() };
  }
}

export function buildKoreanCorpusContent(count, seed = 20261129) {
  const rng = generator(seed);
  const used = new Set();
  const professions = Object.keys(PROFESSIONS);
  const corpus = [];
  for (let index = 0; index < count; index++) {
    const key = professions[index % professions.length];
    const profession = PROFESSIONS[key];
    const who = person(rng, used);
    const location = rng.pick(LOCATIONS);
    const jobCount = rng.int(2, 3);
    let end = 2026;
    const ongoing = rng.next() < 0.6;
    const work = rng.sample(profession.jobs, jobCount).map((job, jobIndex) => {
      const endYear = end;
      const startYear = endYear - rng.int(1, 4);
      end = startYear;
      const isCurrent = jobIndex === 0 && ongoing;
      return {
        name: job.name,
        position: job.position,
        startDate: month(rng, startYear),
        ...(isCurrent ? {} : { endDate: month(rng, endYear) }),
        highlights: rng.sample(profession.bullets, rng.int(2, 3)),
      };
    });
    const [major, degree] = rng.pick(profession.majors);
    const graduated = end - rng.int(0, 1);
    const education = [
      {
        institution: rng.pick(UNIVERSITIES),
        area: major,
        studyType: degree,
        startDate: `${graduated - (degree === '석사' ? 2 : 4)}-03`,
        endDate: `${graduated}-02`,
      },
    ];
    if (rng.next() < 0.35) {
      const before = Number(education[0].startDate.slice(0, 4));
      education.push({ institution: rng.pick(HIGH_SCHOOLS), startDate: `${before - 3}-03`, endDate: `${before}-02` });
    }
    const phone = `010-${rng.int(2000, 9899)}-${String(rng.int(0, 9999)).padStart(4, '0')}`;
    const profiles = key === 'backend' || key === 'frontend' || key === 'data'
      ? [{ network: 'GitHub', username: who.latin, url: `https://github.com/${who.latin}` }]
      : [];
    const certificate = rng.pick(profession.certificates);
    corpus.push({
      id: `${String(index + 1).padStart(2, '0')}-${key}-${who.latin}`,
      resume: {
        basics: {
          name: who.name,
          label: rng.pick(profession.labels),
          email: who.email,
          phone,
          summary: profession.summary,
          location: { city: location.city, region: location.region },
          ...(profiles.length > 0 ? { profiles } : {}),
        },
        work,
        education,
        skills: profession.skills,
        certificates: [{ name: certificate[0], issuer: certificate[1], date: month(rng, rng.int(2016, 2024)) }],
        languages: [rng.pick(LANGUAGE_LINES)],
      },
      /** How this résumé is written, varied by the generator (all renderers follow it). */
      style: {
        locationText: location.written,
        dateStyle: rng.pick(['dot', 'dotSpaced', 'korean', 'dot', 'dash']),
        ongoingWord: rng.pick(['현재', '재직중', '재직 중', 'open']),
        nameStyle: rng.pick(['plain', 'plain', 'spaced', 'withLatin']),
        headerStyle: rng.pick(['employerThenTitle', 'pipeOneLine', 'titleLineBelow']),
      },
    });
  }
  return corpus;
}
