import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../../src/kernel/resume/json-resume.js';
import { type CorpusDocument, degreeName, scoreResume } from '../../../bench/resume-corpus-scoring.js';

// The corpus scorer compares degrees by name, not spelling: the sets' truths write one degree both
// ways ("BSc" in one, "Bachelor of Science" for the same "BSc" in another), so equal spelling would
// score a parser on which truth it happened to agree with.
const document: CorpusDocument = { corpusDir: '', file: 'x.txt', resume: 'x', renderer: 'text', half: 'tuning' };

function resumeWithDegree(studyType: string): JsonResume {
  return { basics: { name: 'A B' }, work: [], education: [{ institution: 'University of Somewhere', studyType }] } as unknown as JsonResume;
}

const degreeHit = (parsed: string, truth: string): number => scoreResume(document, resumeWithDegree(parsed), resumeWithDegree(truth)).tally['edu.degree'].hits;

describe('degree names in the corpus scorer', () => {
  it('treats spellings of one degree as the same degree', () => {
    expect(degreeName('B.Sc.')).toBe('bachelor of science');
    expect(degreeName('BSc (Hons)')).toBe('bachelor of science');
    expect(degreeName('Bachelor of Science (Honours)')).toBe('bachelor of science');
    expect(degreeHit('BEng (Hons)', 'Bachelor of Engineering')).toBe(1);
    expect(degreeHit('Bachelor of Engineering', 'B.Eng.')).toBe(1);
    expect(degreeHit('PgDip', 'Postgraduate Diploma')).toBe(1);
    expect(degreeHit('B.Com', 'Bachelor of Commerce')).toBe(1);
  });

  it('keeps different degrees apart', () => {
    expect(degreeHit('BA', 'Bachelor')).toBe(0);
    expect(degreeHit('BSc', 'Master of Science')).toBe(0);
    expect(degreeHit('Bachelor of Science', 'Bachelor of Arts')).toBe(0);
    expect(degreeHit('Diploma', 'Postgraduate Diploma')).toBe(0);
  });
});
