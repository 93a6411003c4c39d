import { describe, expect, it } from 'vitest';
import { findDateRange } from '../../../src/modules/documents/extraction/resume-dates.js';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Issue #10 §2, wave 23: a job's place and dates judged by what they name, whatever the layout. Every example is
// written for this spec; people and employers are invented, the towns real (the gazetteer knows them).

const jobs = (experience: string): ReturnType<typeof parseResume>['work'] =>
  parseResume(`Ana Ferreira\nana.ferreira@example.org\n\nExperience\n${experience}`).work;

describe('a place the gazetteer knows, spelled any way', () => {
  it('reads a hyphenated town after the employer as where the job was', () => {
    expect(jobs('Croupier\nGrand Casino · Monte-Carlo\nMar 2014 – Feb 2019\n• Ran two tables a shift.')[0]).toMatchObject({
      position: 'Croupier',
      name: 'Grand Casino',
      location: 'Monte-Carlo',
    });
  });

  it('splits a town off the employer after its comma', () => {
    expect(jobs('Shepherd\nfamily farm, Kyzyl-Suu\n2012 – 2016')[0]).toMatchObject({ name: 'family farm', location: 'Kyzyl-Suu' });
    expect(jobs('Ticket Agent\nHarbour Ferries, St Peter Port\n2015 – 2018')[0]).toMatchObject({ name: 'Harbour Ferries', location: 'St Peter Port' });
  });

  it('reads a Korean city with its district as the place', () => {
    expect(jobs('조리보조\n(주)한빛푸드, 이천시 부발읍\n2016.03 ~ 2019.02')[0]).toMatchObject({ name: '(주)한빛푸드', location: '이천시 부발읍' });
  });

  it('keeps an employer that names a town and a company word whole', () => {
    expect(jobs('Counter Clerk\nMonte-Carlo Rentals Ltd\n2010 – 2012')[0]).toMatchObject({ name: 'Monte-Carlo Rentals Ltd' });
    expect(jobs('Counter Clerk\nMonte-Carlo Rentals Ltd\n2010 – 2012')[0]?.location).toBeUndefined();
  });
});

describe('dates written as seasons or with two-digit Korean years', () => {
  it('reads seasons over the new year from the first season to the last', () => {
    expect(findDateRange('Winters 2015/16 – 2019/20')).toMatchObject({ startDate: '2015', endDate: '2020' });
    expect(findDateRange('Summers since 2019/20 – Tromsø')).toMatchObject({ startDate: '2019', isCurrent: true });
    expect(findDateRange('2020/03 – 2021/11')).toMatchObject({ startDate: '2020-03', endDate: '2021-11' });
  });

  it('reads a Korean span with two-digit years and one-digit months', () => {
    expect(findDateRange("'22.5 ~ 현재")).toMatchObject({ startDate: '2022-05', isCurrent: true });
    expect(findDateRange("'20.9 ~ '22.4")).toMatchObject({ startDate: '2020-09', endDate: '2022-04' });
    expect(findDateRange('15년 6월 ~ 19년 3월')).toMatchObject({ startDate: '2015-06', endDate: '2019-03' });
  });
});
