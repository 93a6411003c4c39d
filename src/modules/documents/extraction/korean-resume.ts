// What the résumé parser needs to read Korean résumés (issue #11): names, job-title and company
// vocabulary, degrees, schools, addresses and the key–value cells of the 이력서 table form.
// Korean words take no spaces before particles and `\b` does not work on Hangul (it is not a
// regex "word" character), so these patterns match inside words or test whole words one by one.
// Every pattern here runs in linear time (no nested quantifiers; eslint-plugin-regexp checks).

import { detectSectionHeading, HANGUL } from '../../../kernel/resume/resume-sections.js';

const HANGUL_WORD = /^[\uAC00-\uD7A3]+$/;

export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

// ---------------------------------------------------------------------------------------------
// Names: 2–4 syllables starting with a common surname (두 글자 성 included), written "김민준",
// "김 민 준" (form cells space them out), "성명: 김민준" or "김민준 (Minjun Kim)".

const SURNAMES = new Set([
  ...'김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄변채원천방공현함염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부',
]);
const DOUBLE_SURNAMES = new Set(['남궁', '황보', '제갈', '선우', '독고', '사공', '서문', '동방']);
/** Words at the top of a Korean résumé that are not names: the document's own title and form labels. */
const NOT_NAMES = new Set(['이력서', '경력기술서', '자기소개서', '입사지원서', '지원서', '성명', '이름', '인적사항', '연락처', '이메일', '주소', '포트폴리오']);
const NAME_LABEL = /^(?:성명|이름|성\s?명)\s*[:：]?\s*/;
const LATIN_GLOSS = /[(（][A-Za-z][A-Za-z .'-]{0,40}[)）]$/;

/** The Korean name a segment holds ("김민준", from "김 민 준", "성명: 김민준", "김민준 (Minjun Kim)"), or undefined. */
export function koreanNameOf(segment: string): string | undefined {
  let text = segment.trim().replace(NAME_LABEL, '').replace(LATIN_GLOSS, '').trim();
  const pieces = text.split(/\s+/);
  if (pieces.length >= 2 && pieces.every((piece) => piece.length === 1)) text = pieces.join('');
  if (!HANGUL_WORD.test(text) || text.length < 2 || text.length > 5 || NOT_NAMES.has(text) || detectSectionHeading(text) !== undefined) return undefined;
  const double = DOUBLE_SURNAMES.has(text.slice(0, 2));
  if (double ? text.length < 3 : !SURNAMES.has(text[0]!) || text.length > 4) return undefined;
  return text;
}

// ---------------------------------------------------------------------------------------------
// Job titles and employers: counted as substrings (Korean compounds them: "책임간호사", "마케팅팀 대리").

const KOREAN_TITLE_WORDS =
  /개발자|엔지니어|디자이너|마케터|매니저|분석가|사이언티스트|연구원|간호사|회계사|세무사|변호사|노무사|약사|의사|교사|강사|교수|컨설턴트|기획자|담당자|담당|대리|과장|차장|부장|사원|주임|선임|책임|수석|팀장|실장|본부장|센터장|파트장|이사|상무|전무|대표|인턴|리드|아키텍트|프로그래머|퍼블리셔|에디터|작가|상담사|영양사|물리치료사|보육교사|비서/g;
const KOREAN_COMPANY_WORDS =
  /\(주\)|㈜|주식회사|\(유\)|유한회사|\(의\)|\(재\)|\(사\)|재단법인|사단법인|회계법인|법무법인|의료법인|병원|의원|은행|증권|보험|전자|건설|제약|물산|그룹|컴퍼니|코리아|스튜디오|랩스|소프트|테크|솔루션|진흥원|공사|공단|연구소|협회|재단|상사|산업|홀딩스|로지스|커머스/g;
/** Legal forms written as a word of their own before or after the name: "주식회사 누리페이", "모아데이터 주식회사". */
const LEGAL_FORM_WORDS = new Set(['주식회사', '(주)', '㈜', '유한회사', '(유)', '재단법인', '사단법인', '의료법인']);

export function koreanTitleScore(text: string): number {
  return text.match(KOREAN_TITLE_WORDS)?.length ?? 0;
}

export function koreanCompanyScore(text: string): number {
  return text.match(KOREAN_COMPANY_WORDS)?.length ?? 0;
}

/**
 * "(주)클라우드브릿지 백엔드 엔지니어" → ["(주)클라우드브릿지", "백엔드 엔지니어"]: a Korean company
 * name is one word, with its legal form as a word before or after it; what follows is the title
 * when it names one. The employer must look like a company unless `onlyCandidate` (nothing else in
 * the entry's header could be the employer). Undefined when the fragment is not of that shape.
 */
export function splitKoreanEmployerAndTitle(fragment: string, onlyCandidate: boolean): [string, string] | undefined {
  if (!HANGUL.test(fragment)) return undefined;
  const words = fragment.trim().split(/\s+/);
  if (words.length < 2) return undefined;
  let companyWords = 1;
  if (LEGAL_FORM_WORDS.has(words[0]!)) companyWords = 2;
  if (LEGAL_FORM_WORDS.has(words[companyWords] ?? '')) companyWords++;
  if (companyWords >= words.length) return undefined;
  const employer = words.slice(0, companyWords).join(' ');
  const title = words.slice(companyWords).join(' ');
  if (koreanTitleScore(title) === 0 || koreanTitleScore(employer) > 0) return undefined;
  if (!onlyCandidate && koreanCompanyScore(employer) === 0) return undefined;
  return [employer, title];
}

// ---------------------------------------------------------------------------------------------
// Education

const KOREAN_INSTITUTION = /(?:대학교|대학원|대학|고등학교|중학교|학교|과학기술원|사이버대학|폴리텍|아카데미)$/;

export function isKoreanInstitution(fragment: string): boolean {
  return fragment.trim().split(/\s+/).some((word) => KOREAN_INSTITUTION.test(word));
}

const KOREAN_DEGREES = new Set(['학사', '석사', '박사', '전문학사', '석박사통합', '석·박사 통합', '공학사', '이학사', '문학사', '경영학사', '공학석사', '이학석사', '경영학석사', '공학박사', '이학박사']);
const STUDY_STATUS = new Set(['졸업', '재학', '재학중', '수료', '휴학', '중퇴', '졸업예정', '편입', '(졸업)', '(재학)', '(수료)', '(졸업예정)']);

/** "간호학사", "공학석사": a degree named with its field is of the level its last two syllables name. */
const FIELD_NAMED_DEGREE = /^[\uAC00-\uD7A3]{1,6}(?:학사|석사|박사)$/;
/** A school's campus or branch after its name: "광주캠퍼스", "ERICA". */
const CAMPUS_WORD = /캠퍼스$|^[A-Z]{2,8}$/;

function koreanDegreeLevel(word: string): string | undefined {
  if (word === '전문학사' || word === '석박사통합') return word;
  return KOREAN_DEGREES.has(word) || FIELD_NAMED_DEGREE.test(word) ? word.slice(-2) : undefined;
}

/**
 * "소프트웨어학과 학사" → { studyType: 학사, area: 소프트웨어학과 }; "학사" alone; "석사 (경영학)".
 * A bracketed or slashed note beside a field is no part of it ("유아교육과 전문학사 (3년제)",
 * "조선해양공학과 / 학사 (군복무 포함)"); a school named before the field is returned apart
 * ("전북대학교 전기공학과 학사").
 */
export function parseKoreanDegree(fragment: string): { studyType: string; area?: string; institution?: string } | undefined {
  // "건축인테리어과 1년 과정 수료": a course completed without a degree; the department before it is the field.
  const course = fragment.trim().split(/\s+/);
  if (course.length >= 2 && course.at(-1) === '수료' && course.at(-2) === '과정') {
    const area = course.slice(0, -2).filter((word) => !/^\d+년(?:제)?$/.test(word)).join(' ');
    return { studyType: '수료', ...(area ? { area } : {}) };
  }
  const outside = fragment.replace(/[(（][^()（）]*[)）]/g, ' ');
  const split = (text: string): string[] => text.trim().replace(/[()（）/]/g, ' ').split(/\s+/).filter((word) => word !== '' && !STUDY_STATUS.has(word));
  // "컴퓨터공학과 (학사)": a degree named only inside brackets is read with them.
  const words = split(outside).some((word) => koreanDegreeLevel(word) !== undefined) ? split(outside) : split(fragment);
  const index = words.findIndex((word) => koreanDegreeLevel(word) !== undefined);
  if (index < 0) return undefined;
  let others = words.filter((_word, position) => position !== index);
  // "석사 (경영학)": with no field outside the brackets, the bracketed words are the field.
  if (others.length === 0) others = split(fragment).filter((word) => word !== words[index]);
  const lastSchool = others.findLastIndex((word) => KOREAN_INSTITUTION.test(word));
  let schoolEnd = lastSchool + 1;
  while (lastSchool >= 0 && schoolEnd < others.length - 1 && CAMPUS_WORD.test(others[schoolEnd]!)) schoolEnd++;
  const institution = others.slice(0, schoolEnd).join(' ');
  const area = others.slice(schoolEnd).join(' ');
  return { studyType: koreanDegreeLevel(words[index]!)!, ...(area ? { area } : {}), ...(institution ? { institution } : {}) };
}

/** "졸업", "(졸업)", "재학 중": the state of a course of study, never a school or a field. */
export function isStudyStatus(fragment: string): boolean {
  const text = fragment.trim().replace(/\s+/g, '');
  return STUDY_STATUS.has(text) || text === '재학중' || text === '(재학중)';
}

// ---------------------------------------------------------------------------------------------
// Where someone lives: "서울특별시 강남구", "경기도 성남시 분당구", "부산 해운대구".

const METROPOLIS = /^(?:서울|부산|대구|인천|광주|대전|울산)(?:특별시|광역시|시)?$|^세종(?:특별자치시|시)?$/;
const PROVINCE = /^(?:경기|강원|충청북|충청남|전라북|전라남|경상북|경상남|충북|충남|전북|전남|경북|경남)도?$|^(?:강원|전북|제주)특별자치도$|^제주도?$/;
const DISTRICT = /^[\uAC00-\uD7A3]{1,8}(?:시|군|구|읍|면|동)$/;
const ADDRESS_LABEL = /^(?:주소|거주지|현주소|소재지)\s*[:：]?\s*/;

/** "경기 하남시 망월동 (미사강변도시)": the address without the new town's name in brackets after it. */
function withoutClosingNote(address: string): string {
  const open = address.lastIndexOf('(');
  return open > 0 && address.endsWith(')') ? address.slice(0, open).trimEnd() : address;
}

/** City and region of a Korean address line, or undefined when the segment is not one. */
export function parseKoreanLocation(segment: string): { city: string; region?: string } | undefined {
  const words = withoutClosingNote(segment.trim().replace(ADDRESS_LABEL, '')).split(/\s+/);
  if (words.length === 0 || words.length > 4) return undefined;
  const [first, ...rest] = words as [string, ...string[]];
  if (!rest.every((word) => DISTRICT.test(word))) return undefined;
  if (PROVINCE.test(first)) {
    // "경기도 성남시 분당구": the city is the 시 inside the province.
    const city = rest.find((word) => word.endsWith('시'));
    return city ? { city, region: first } : { city: first, ...(rest.length > 0 ? { region: rest.join(' ') } : {}) };
  }
  if (!METROPOLIS.test(first)) return undefined;
  return { city: first, ...(rest.length > 0 ? { region: rest.join(' ') } : {}) };
}

/**
 * Korea's cities (the 시 of every province, the metropolitan cities) as people name a workplace: "여수", "평택".
 * A fixed list (administrative divisions change rarely), so a town is known without a 시 after it.
 */
const KOREAN_CITIES = new Set([
  '서울', '부산', '대구', '인천', '광주', '대전', '울산', '세종', '제주', '서귀포',
  '수원', '성남', '고양', '용인', '부천', '안산', '안양', '남양주', '화성', '평택', '의정부', '시흥', '파주', '김포', '광명', '군포',
  '하남', '오산', '이천', '안성', '의왕', '양주', '구리', '포천', '동두천', '과천', '여주',
  '춘천', '원주', '강릉', '동해', '태백', '속초', '삼척', '청주', '충주', '제천',
  '천안', '공주', '보령', '아산', '서산', '논산', '계룡', '당진', '전주', '군산', '익산', '정읍', '남원', '김제',
  '목포', '여수', '순천', '나주', '광양', '포항', '경주', '김천', '안동', '구미', '영주', '영천', '상주', '문경', '경산',
  '창원', '진주', '통영', '사천', '김해', '밀양', '거제', '양산',
]);
/** A site of an employer named after its town: "1공장", "물류센터", "R&D센터", "연구소", "폐수처리장", "산업단지". */
const KOREAN_SITE = /^[\p{Script=Hangul}\dA-Za-z&]*(?:공장|센터|연구소|연구원|사업장|사업소|처리장|지점|지사|본사|본부|캠퍼스|단지|공단|출장소|영업소|발전소|제철소|조선소)$/u;

/**
 * Where a job was, as a Korean résumé writes it beside the title: a city ("여수", "평택시"), or a city and
 * the employer's site there ("여수 1공장", "목포 고객센터", "군산 산업단지 폐수처리장"), or a city and its district
 * ("이천시 부발읍", "사천시 벌리동").
 */
export function isKoreanWorkSite(fragment: string): boolean {
  const [city, ...site] = fragment.trim().split(/\s+/) as [string, ...string[]];
  return KOREAN_CITIES.has(city.replace(/시$/, '')) && site.length <= 3 && site.every((word) => KOREAN_SITE.test(word) || DISTRICT.test(word));
}

// ---------------------------------------------------------------------------------------------
// The 이력서 table form: key cells followed by their value ("성명 | 김민준 | 희망직무 | 백엔드 개발자").

export type ContactKey = 'name' | 'label' | 'phone' | 'email' | 'location';

const CONTACT_KEYS = new Map<string, ContactKey>([
  ['성명', 'name'], ['이름', 'name'], ['희망직무', 'label'], ['지원분야', 'label'], ['지원직무', 'label'], ['희망 직무', 'label'],
  ['지원 분야', 'label'], ['연락처', 'phone'], ['휴대폰', 'phone'], ['휴대전화', 'phone'], ['전화번호', 'phone'], ['핸드폰', 'phone'],
  ['이메일', 'email'], ['e-mail', 'email'], ['email', 'email'], ['주소', 'location'], ['거주지', 'location'], ['현주소', 'location'],
  // The same form in English (a bio-data or CV form's personal-data table).
  ['name', 'name'], ['full name', 'name'], ['position', 'label'], ['position applied for', 'label'], ['desired position', 'label'],
  ['position sought', 'label'],
]);

/**
 * The cells of a form line: its tab-separated cells, or a "Label : value" line (an outline's
 * "가. 성명: 서태양", "Name : Orla Vantreece") split at its first colon.
 */
export function keyValueCells(line: string): string[] {
  // A padded label's gap read as a cell break: "Name⇥: Priya Nair".
  if (line.includes('\t')) return line.split('\t').map((cell) => cell.replace(/^\s*[:：]\s*/, ''));
  const colon = line.search(/[:：]/);
  return colon > 0 ? [line.slice(0, colon).trim(), line.slice(colon + 1).trim()] : [line];
}

/** Values of a key–value line's cells: `성명\t김민준\t희망직무\t백엔드 개발자` → name, label. */
export function koreanKeyValues(cells: readonly string[]): Map<ContactKey, string> {
  const found = new Map<ContactKey, string>();
  for (let index = 0; index + 1 < cells.length; index++) {
    const key = CONTACT_KEYS.get(cells[index]!.trim().replace(/[:：]$/, '').toLowerCase());
    const value = cells[index + 1]!.trim();
    if (key && value !== '' && !CONTACT_KEYS.has(value.toLowerCase()) && !found.has(key)) {
      found.set(key, value);
      index++;
    }
  }
  return found;
}

/** Table header cells of Korean 학력/경력 tables, named by the role the parser already knows. */
export const KOREAN_TABLE_HEADER_ROLES = new Map<string, string>([
  ['기간', 'dates'], ['근무기간', 'dates'], ['재직기간', 'dates'], ['재학기간', 'dates'], ['근무 기간', 'dates'], ['재학 기간', 'dates'],
  ['회사명', 'company'], ['회사', 'company'], ['근무처', 'company'], ['직장명', 'company'], ['기관명', 'organization'],
  ['직위', 'title'], ['직급', 'title'], ['직책', 'position'], ['직위/직책', 'title'], ['직무', 'role'], ['담당업무', 'duties'], ['담당 업무', 'duties'],
  ['직위/역할', 'title'], ['담당 직무', 'duties'], ['담당직무', 'duties'],
  ['학교명', 'school'], ['학교', 'school'], ['출신학교', 'school'], ['전공', 'field'], ['학과', 'field'], ['전공/학과', 'field'],
  ['학위', 'degree'],
  // One cell for both ("신소재공학과 학사"): read as a degree, which gives its field too.
  ['전공/학위', 'degree'], ['전공 / 학위', 'degree'], ['학과/학위', 'degree'], ['학과 / 학위', 'degree'],
  ['구분', 'kind'], ['졸업여부', 'status'], ['졸업 여부', 'status'], ['소재지', 'location'], ['지역', 'location'],
  ['근무지', 'location'], ['근무 지역', 'location'], ['근무지역', 'location'], ['위치', 'location'],
  ['자격증명', 'certificate'], ['자격명', 'certificate'], ['자격증', 'certificate'], ['발행처', 'issuer'], ['발급기관', 'issuer'],
  ['시행기관', 'issuer'], ['취득일', 'date'], ['취득일자', 'date'], ['등급', 'grade'], ['점수', 'score'],
]);
