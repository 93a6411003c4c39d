import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

const roleOf = (header: string) => {
  const work = parseResume(`Jane Doe\njane@example.com\n\nEXPERIENCE\n${header}\n- Built the ledger service in Go\n`).work;
  return work.map((w) => ({ position: w.position, name: w.name, location: w.location }))[0];
};

// #12: " - " inside a job title is part of the title, not the start of the employer.
describe('a hyphen inside a job title', () => {
  it('stays in the title when a dash or a bar separates the employer', () => {
    expect(roleOf('Engineer - Payments Platform — Acme Ltd | Jan 2020 – Present')).toMatchObject({ position: 'Engineer - Payments Platform', name: 'Acme Ltd' });
    expect(roleOf('Northwind Ltd — Senior Engineer - Payments | 2020 – 2022')).toMatchObject({ position: 'Senior Engineer - Payments', name: 'Northwind Ltd' });
  });

  it('keeps an employment type with the title', () => {
    expect(roleOf('Full-Stack Developer - Contract — Northwind, Berlin | Jan 2020 – Present')).toMatchObject({ position: 'Full-Stack Developer - Contract', name: 'Northwind', location: 'Berlin' });
  });

  it('still separates title and employer when a hyphen is the only separator', () => {
    expect(roleOf('Software Engineer - Acme Ltd | Jan 2020 – Present')).toMatchObject({ position: 'Software Engineer', name: 'Acme Ltd' });
    expect(roleOf('Acme Ltd - Berlin — Senior Engineer | 2020 – 2022')).toMatchObject({ position: 'Senior Engineer', name: 'Acme Ltd' });
  });
});
