// What the held-back résumé sets' content modules (scripts/resume-corpus-holdout4-content.mjs,
// -holdout5-content.mjs) share: a whole person (drawPerson) — name, career stage, writing habits, work
// history, education, skills, languages, contact — drawn from a seeded faker and the set's own catalogue
// (locales, occupations with title ladders, bullets and degrees, where career changers came from,
// schools per locale, grade lines, employers, how a place is written). The draws happen in a fixed
// order, so a set's content depends only on its seeds and its catalogue; moving this code here from
// the fourth set's module left that set's content identical (compared as JSON).
import { base, en, Faker } from '@faker-js/faker';

const isVocational = (studyType) => /Certificate|Diploma|Inspector/.test(studyType) && !/Engineer Diploma|Professional Diploma/.test(studyType);
const isPostgraduate = (studyType) => /^(M|Ph|Doctor)/.test(studyType) && !/^Master Craftsman/.test(studyType);

/** Lists a résumé leaves out when empty (work and education are always written). */
const OPTIONAL_LISTS = new Set(['profiles', 'certificates', 'skills', 'languages']);
/** Drops the keys a person leaves out (undefined, or an empty optional list), keeping the order of the rest. */
const withoutEmpty = (record) => Object.fromEntries(Object.entries(record).filter(([key, value]) => value !== undefined && !(OPTIONAL_LISTS.has(key) && value.length === 0)));

const monthDate = (monthIndex, yearsOnly) => (yearsOnly ? String(Math.floor(monthIndex / 12)) : `${Math.floor(monthIndex / 12)}-${String((monthIndex % 12) + 1).padStart(2, '0')}`);

const JOB_COUNTS = { student: [1, 1], early: [1, 2], mid: [2, 4], senior: [5, 6], changer: [3, 4], gap: [2, 4], returner: [2, 3], contractor: [3, 5] };

function workHistory({ occupations, changedFrom, employer, locationText }, faker, stage, occupationName, home, cities, localeName, presentation, last) {
  const yearsOnly = presentation.dateStyle === 'yearsOnly';
  const [fewest, most] = JOB_COUNTS[stage];
  const jobCount = faker.number.int({ min: fewest, max: most });
  // A career changer's older jobs are in their earlier occupation.
  const earlierJobs = stage === 'changer' ? faker.number.int({ min: 1, max: 2 }) : 0;
  const current = occupations[occupationName];
  const earlier = occupations[changedFrom[occupationName]];
  const currentJobs = jobCount - earlierJobs;
  const ladderLength = current.titles.length;
  const firstTitle = stage === 'student' ? ladderLength - 1
    : stage === 'changer' ? ladderLength - 1 - currentJobs
      : stage === 'senior' ? 0 : faker.number.int({ min: 0, max: Math.max(0, ladderLength - 1 - currentJobs) });
  const pools = { current: faker.helpers.shuffle([...current.bullets]), earlier: faker.helpers.shuffle([...earlier.bullets]) };
  const ongoing = stage === 'returner' || stage === 'student' ? true : faker.datatype.boolean(0.7);
  let end = 2026 * 12 + faker.number.int({ min: 0, max: 9 });
  const work = [];
  for (let job = 0; job < jobCount; job++) {
    const fromEarlier = job >= currentJobs;
    const occupation = fromEarlier ? earlier : current;
    const ladderIndex = fromEarlier ? Math.min(earlier.titles.length - 1, 2 + (job - currentJobs)) : Math.min(ladderLength - 1, firstTitle + job);
    // A contractor's latest jobs are short engagements for several clients (the oldest is the permanent job they left).
    const contracted = stage === 'contractor' && job < jobCount - 1;
    const lasting = stage === 'student' ? faker.number.int({ min: 5, max: 14 }) : contracted ? faker.number.int({ min: 3, max: 9 }) : faker.number.int({ min: 10, max: 52 });
    const start = end - lasting;
    const place = job === 0 || faker.datatype.boolean(0.6) ? home : faker.helpers.arrayElement(cities);
    const location = faker.datatype.boolean(0.15) ? undefined : locationText(place, localeName, presentation.locationStyle);
    const bulletCount = stage === 'senior' && job > 2
      ? faker.helpers.weightedArrayElement([{ value: 0, weight: 2 }, { value: 1, weight: 2 }])
      : faker.helpers.weightedArrayElement([{ value: 0, weight: 1 }, { value: 1, weight: 2 }, { value: 2, weight: 4 }, { value: 3, weight: 4 }, { value: 4, weight: 2 }]);
    const description = faker.datatype.boolean(0.25) ? faker.helpers.arrayElement(occupation.descriptions) : undefined;
    const pool = fromEarlier ? pools.earlier : pools.current;
    work.push({
      name: employer(faker, occupation.employers, place, last),
      position: contracted ? occupation.contract : occupation.titles[ladderIndex],
      ...(location ? { location } : {}),
      startDate: monthDate(start, yearsOnly),
      ...(job === 0 && ongoing ? {} : { endDate: monthDate(end, yearsOnly) }),
      ...(description ? { summary: description } : {}),
      highlights: pool.splice(0, Math.min(bulletCount, pool.length)),
    });
    // A break: between the first two jobs for `gap`, before the latest job for `returner` (back after caring or illness).
    const breakMonths = (stage === 'gap' && job === 0) || (stage === 'returner' && job === 0) ? faker.number.int({ min: 14, max: 40 }) : faker.number.int({ min: 0, max: 5 });
    end = start - breakMonths;
  }
  return { work, earliest: Math.floor(end / 12) };
}

function educationHistory({ occupations, changedFrom, schools, scores }, faker, stage, occupationName, localeName, presentation, lastWorkYear) {
  const degreesOf = (name) => occupations[name].degrees;
  const chosen = [];
  if (stage === 'changer') {
    // A recent retraining course for the new field and the degree of the old one.
    const vocational = degreesOf(occupationName).filter(([studyType]) => isVocational(studyType));
    chosen.push(faker.helpers.arrayElement(vocational.length > 0 ? vocational : degreesOf(occupationName)), faker.helpers.arrayElement(degreesOf(changedFrom[occupationName])));
  } else {
    const count = stage === 'senior' ? faker.helpers.weightedArrayElement([{ value: 1, weight: 2 }, { value: 2, weight: 2 }, { value: 3, weight: 1 }]) : faker.helpers.weightedArrayElement([{ value: 1, weight: 3 }, { value: 2, weight: 2 }]);
    chosen.push(...faker.helpers.shuffle(degreesOf(occupationName)).slice(0, stage === 'student' ? 1 : count));
    chosen.sort((a, b) => Number(isPostgraduate(b[0])) - Number(isPostgraduate(a[0])));
  }
  const endOnly = presentation.schoolDateStyle === 'endOnly' || presentation.schoolDateStyle === 'classOf';
  // A student is still studying (the degree ends next year); a changer retrained two years ago.
  let graduation = stage === 'student' ? 2027 : stage === 'changer' ? 2024 : lastWorkYear - faker.number.int({ min: 0, max: 1 });
  const education = [];
  const degreePhrases = [];
  for (const [n, [studyType, area, joiner]] of chosen.entries()) {
    const length = /^(PhD|Doctor)/.test(studyType) ? faker.number.int({ min: 3, max: 5 }) : isPostgraduate(studyType) ? faker.number.int({ min: 1, max: 2 }) : isVocational(studyType) ? faker.number.int({ min: 1, max: 3 }) : faker.number.int({ min: 3, max: 4 });
    const pool = schools[localeName];
    const score = faker.datatype.boolean(0.3) ? faker.helpers.arrayElement(scores) : undefined;
    education.push({
      institution: faker.helpers.arrayElement(isVocational(studyType) ? pool.vocational : pool.university),
      ...(area ? { area } : {}),
      studyType,
      ...(endOnly ? {} : { startDate: String(graduation - length) }),
      endDate: String(graduation),
      ...(score ? { score } : {}),
    });
    degreePhrases.push(area ? `${studyType}${joiner}${area}` : studyType);
    graduation -= length + faker.number.int({ min: 0, max: 2 });
    // The changer's old degree came before their earlier career.
    if (stage === 'changer' && n === 0) graduation = Math.min(graduation, lastWorkYear - 1);
  }
  return { education, degreePhrases };
}

/**
 * One person of a set: `set` holds the set's catalogue (see workHistory/educationHistory), its
 * locales, occupations and rotations, how it writes phones, names and ids, and `linksOf` (the
 * occupation-specific profiles and the personal site, drawn after the LinkedIn profile).
 */
export function drawPerson(set, index) {
  const localeName = set.localeOrder[(index * 7) % set.localeOrder.length];
  const locale = set.locales[localeName];
  const faker = new Faker({ locale: [...locale.faker, en, base] });
  faker.seed(set.seedFor(localeName, index));
  // Two people per occupation: index and index + 15.
  const occupationName = set.occupationOrder[index % set.occupationOrder.length];
  const occupation = set.occupations[occupationName];
  const stage = set.stages[(index * 3 + Math.floor(index / 10)) % set.stages.length];

  const sex = faker.helpers.arrayElement(['female', 'male']);
  const first = faker.person.firstName(sex);
  const last = faker.person.lastName(sex);
  // Vietnamese people write the family name first, in English too.
  const name = set.nameOf(first, last, localeName);
  const cities = set.cities[localeName];
  const home = faker.helpers.arrayElement(cities);
  const dateStyle = set.dateStyles[(index * 3 + 2) % set.dateStyles.length];
  const presentation = {
    locale: localeName,
    stage,
    dateStyle,
    presentWord: faker.helpers.arrayElement(set.presentWords[dateStyle]),
    schoolDateStyle: set.schoolDateStyles[(index * 5 + 1) % set.schoolDateStyles.length],
    locationStyle: set.locationStyles[(index + Math.floor(index / 10)) % set.locationStyles.length],
    country: locale.country,
    /** Employer before title (else title before employer), in the renderers that let a person choose. */
    employerFirst: faker.datatype.boolean(0.4),
    /** One flat list of skills instead of named groups. */
    flatSkills: faker.datatype.boolean(0.45),
  };

  const lastAscii = set.ascii(last.split(/[ -]/)[0]);
  const employerSurname = faker.person.lastName();
  const { work, earliest } = workHistory(set, faker, stage, occupationName, home, cities, localeName, presentation, employerSurname);
  const { education, degreePhrases } = educationHistory(set, faker, stage, occupationName, localeName, presentation, earliest);

  const certificates = stage !== 'student' && faker.datatype.boolean(0.45)
    ? faker.helpers.arrayElements(occupation.certificates, { min: 1, max: occupation.certificates.length }).map(([certificate, issuer]) => ({ name: certificate, issuer, date: String(faker.number.int({ min: 2015, max: 2025 })) }))
    : [];
  // Skills: most people list them; about one in six does not.
  const skills = faker.datatype.boolean(0.83)
    ? occupation.skills.map(([group, keywords]) => ({ name: group, keywords: faker.helpers.arrayElements(keywords, { min: Math.min(2, keywords.length), max: keywords.length }) }))
    : [];

  // Languages: 0–4, the locale's own first.
  const languageCount = faker.helpers.weightedArrayElement([{ value: 0, weight: 2 }, { value: 1, weight: 1 }, { value: 2, weight: 3 }, { value: 3, weight: 3 }, { value: 4, weight: 1 }]);
  const languages = [];
  if (languageCount > 0) languages.push({ language: locale.native, fluency: faker.helpers.arrayElement(set.nativeWords) });
  const others = [...faker.helpers.shuffle(locale.second), ...faker.helpers.shuffle(set.otherLanguages)].filter((language, i, all) => language !== locale.native && all.indexOf(language) === i);
  for (const other of others.slice(0, Math.max(0, languageCount - 1))) languages.push({ language: other, fluency: faker.helpers.arrayElement(set.fluencies) });

  // Contact and links: example.com/.org/.net mailboxes only.
  const f = set.ascii(first.split(' ')[0]);
  const l = lastAscii;
  const email = faker.helpers.arrayElement([`${f}.${l}@example.com`, `${f}${l}@example.org`, `${l}.${f}${faker.number.int({ min: 1, max: 9 })}@example.net`, `${f[0]}.${l}@example.com`, `hello@${f}${l}.example.org`]);
  const profiles = [];
  if (faker.datatype.boolean(0.55)) {
    const username = `${f}${l}${faker.number.int({ min: 1, max: 99 })}`;
    profiles.push({ network: 'LinkedIn', username, url: `https://www.linkedin.com/in/${username}` });
  }
  const { extraProfiles, url } = set.linksOf(faker, { occupationName, stage, first, last, f, l });
  profiles.push(...extraProfiles);

  const years = Math.max(1, 2026 - Number(work.at(-1).startDate.slice(0, 4)));
  const summaryChance = { student: 0.5, changer: 0.9, returner: 0.9 }[stage] ?? 0.65;
  const summary = faker.datatype.boolean(summaryChance) ? faker.helpers.arrayElement(occupation.summaries).replace('{years}', String(years)) : undefined;
  const label = faker.datatype.boolean(stage === 'student' ? 0.3 : 0.7) ? faker.helpers.arrayElement(occupation.labels) : undefined;

  const resume = withoutEmpty({
    basics: withoutEmpty({
      name, label, email, phone: set.phone(faker, localeName), url, summary,
      location: { city: home[0], region: home[1], countryCode: locale.countryCode },
      profiles,
    }),
    work,
    education,
    skills,
    languages,
    certificates,
  });
  const id = `${String(index + 1).padStart(2, '0')}-${occupationName}-${set.localeTag(localeName)}-${f}${l}`;
  return { id, resume, presentation: { ...presentation, degreePhrases } };
}
