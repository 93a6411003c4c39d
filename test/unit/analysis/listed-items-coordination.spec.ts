import { describe, expect, it } from 'vitest';
import { listedItems } from '../../../src/kernel/skills/job-requirements.js';

// What a job's list names (#12, wave 18): a list of modifiers sharing one noun, a list opened by "including",
// and a verb with its fixed word are no things of their own. Seen on an imaging posting; these sentences are
// invented in other trades.
const names = (sentence: string): string[] => listedItems(sentence).map((item) => item.text);

describe('listedItems', () => {
  it('does not cut "Perform abdominal" out of modifiers that share the last item\'s noun', () => {
    expect(names('Perform abdominal, pelvic, thyroid and small-parts ultrasound for outpatients')).toEqual(['small-parts ultrasound']);
    expect(names('Install residential and commercial heat pumps')).toEqual(['commercial heat pumps']);
    // A noun before the comma keeps its item: "fuel terminal" is a thing.
    expect(names('Operate the fuel terminal, loading arms and meters')).toEqual(expect.arrayContaining(['Operate the fuel terminal', 'loading arms']));
  });

  it('drops the word that opens an example list ("including DVT scans" names DVT scans)', () => {
    expect(names('Perform arterial Doppler studies, including DVT scans of the lower limbs')).toContain('DVT scans');
    expect(names('Handle hazardous goods, such as lithium batteries')).toContain('lithium batteries');
  });

  it('leaves out a verb with its fixed word ("take part in audits")', () => {
    expect(names('Mentor new apprentices and take part in safety audits')).not.toContain('take part');
  });
});
