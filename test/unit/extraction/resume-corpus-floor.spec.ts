import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../../src/kernel/resume/json-resume.js';
import { type CorpusDocument, scoreResume, summarize } from '../../../bench/resume-corpus-scoring.js';

// The floor printed beside edu.degree and edu.area: a truth written in English for a qualification the document
// names in its own language can be produced by no reading of the document, so the figures carry it.
const document: CorpusDocument = { corpusDir: '', file: 'x.txt', resume: 'x', renderer: 'text', half: 'tuning' };

function resumeWith(studyType: string, area: string): JsonResume {
  return { basics: { name: 'A B' }, work: [], education: [{ institution: 'Universidad de Panamá', studyType, area }] } as unknown as JsonResume;
}

const floorOf = (parsed: JsonResume, truth: JsonResume, text: string) => summarize([scoreResume(document, parsed, truth, text)], 'tuning').floor;

describe('the attainable floor of degree and field', () => {
  it('counts a truth translated from the document as out of reach', () => {
    const text = 'Education\nUniversidad de Panamá\nLicenciatura en Comercio Internacional\n2006 – 2010';
    const floor = floorOf(resumeWith('Licenciatura', 'Comercio Internacional'), resumeWith('Licenciatura', 'International Trade'), text);
    expect(floor['edu.degree']).toEqual({ attainableShare: 1, attainableAccuracy: 1 });
    expect(floor['edu.area']).toEqual({ attainableShare: 0, attainableAccuracy: 1 });
  });

  it('reaches a degree by its abbreviation or its words anywhere in the text', () => {
    const text = 'Education\nUniversidad de Panamá — B.Sc., 2010\nMajor: Trade, International';
    const floor = floorOf(resumeWith('Licenciatura', ''), resumeWith('Bachelor of Science', 'International Trade'), text);
    expect(floor['edu.degree']).toEqual({ attainableShare: 1, attainableAccuracy: 0 });
    expect(floor['edu.area']).toEqual({ attainableShare: 1, attainableAccuracy: 0 });
  });

  it('leaves the figures it sits beside as they were', () => {
    const score = scoreResume(document, resumeWith('Licenciatura', 'Comercio Internacional'), resumeWith('Licenciatura', 'International Trade'), 'Licenciatura en Comercio Internacional');
    expect(score.tally['edu.area']).toEqual({ hits: 0, total: 1 });
    expect(score.tally['edu.degree']).toEqual({ hits: 1, total: 1 });
  });
});
