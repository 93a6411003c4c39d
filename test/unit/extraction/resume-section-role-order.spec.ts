import { describe, expect, it } from 'vitest';
import { parseResume } from '../../../src/modules/documents/extraction/resume-parser.js';

// Invented: a Google Docs-like layout, the employer beside the dates over "Title, Town".
const RESUME = [
  'Tomasz Wrona',
  'Falconer',
  'tomasz.wrona@example.org | +48 600 555 019',
  '',
  'EXPERIENCE',
  'Skyward Raptor Displays\tMay 2019 — present',
  'Falconer & Handler, Olsztyn',
  '• Fly six birds at 40 shows a season.',
  'Mazury Falconry Ltd\tApril 2014 — April 2019',
  'Junior Handler, Giżycko',
  '• Fed and weathered twenty birds.',
].join('\n');

describe('a job whose names tell nothing of which is which', () => {
  it('is read in the order the résumé\'s other jobs show: employer first here', () => {
    expect(parseResume(RESUME).work.map((job) => [job.name, job.position])).toEqual([
      ['Skyward Raptor Displays', 'Falconer & Handler'],
      ['Mazury Falconry Ltd', 'Junior Handler'],
    ]);
  });
});
