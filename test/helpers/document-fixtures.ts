import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_DIR = join(process.cwd(), 'test/fixtures/documents');

export interface FixtureLabels {
  kind: 'pdf' | 'docx' | 'txt' | 'md';
  layout: string;
  name: string;
  email: string;
  phone: string;
  titles: string[];
  employers: string[];
  dates: Array<{ startDate: string | null; endDate: string | null }>;
  schools: string[];
  skills: string[];
}

export function loadLabels(): Record<string, FixtureLabels> {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, 'labels.json'), 'utf8')) as Record<string, FixtureLabels>;
}

export function readFixture(file: string): Buffer {
  return readFileSync(join(FIXTURE_DIR, 'resumes', file));
}
