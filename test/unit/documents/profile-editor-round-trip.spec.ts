import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../../src/kernel/resume/json-resume.js';
import { applyAction, readAction, readProfileForm, resumeFromFormState } from '../../../src/modules/documents/dto/profile-editor.form.js';
import { formEntries, generatedProfiles, jsonResumeSample, parseFormBody, parsedFixtureProfiles, renderEditorForm, renderEditorFormState, trickyProfile, urlencode } from '../../helpers/profile-editor.js';

const SAVE = { name: 'action', value: 'save' };

/** Render the editor, submit it unchanged as a browser would, read it with the controller's parser. */
async function saveUnchanged(resume: JsonResume): Promise<{ resume: JsonResume; errors: Record<string, string> }> {
  const body = await parseFormBody(urlencode(formEntries(renderEditorForm(resume), 'profile-editor', SAVE)));
  return resumeFromFormState(readProfileForm(body));
}

describe('profile editor: loading and saving without changes gives the identical JSON', () => {
  it('the JSON Resume sample, with every section and properties the editor does not show', async () => {
    const sample = jsonResumeSample();
    expect(sample.publications).toHaveLength(1);
    expect((sample as Record<string, unknown>).meta).toBeTruthy();
    const saved = await saveUnchanged(sample);
    expect(saved.errors).toEqual({});
    expect(saved.resume).toEqual(sample);
    expect(JSON.stringify(saved.resume)).toBe(JSON.stringify(sample));
  });

  it('values plain text cannot show: line breaks in list items and short fields, CRLF, a leading line break, [""], {}', async () => {
    const tricky = trickyProfile();
    const saved = await saveUnchanged(tricky);
    expect(saved.errors).toEqual({});
    expect(saved.resume).toEqual(tricky);
  });

  it('the profiles the parser reads from every fixture résumé', async () => {
    const profiles = await parsedFixtureProfiles();
    expect(profiles.length).toBeGreaterThanOrEqual(8);
    for (const [file, profile] of profiles) {
      const saved = await saveUnchanged(profile);
      expect(saved.errors, file).toEqual({});
      expect(saved.resume, file).toEqual(profile);
    }
  });

  it('200 generated profiles: empty vs missing, Korean, spaces, line breaks, many entries', { timeout: 30_000 }, async () => {
    const profiles = generatedProfiles(200);
    // The generator really covers what the encoding must survive.
    const all = JSON.stringify(profiles);
    expect(all).toMatch(/[\uac00-\ud7a3]/);
    expect(all).toContain('"summary":""');
    expect(all).toContain('"highlights":[]');
    expect(all).toMatch(/"[a-z]+":" [^"]+ {2}"/);
    expect(profiles.some((p) => p.publications === undefined) && profiles.some((p) => p.publications?.length === 0)).toBe(true);
    expect(Math.max(...profiles.map((p) => p.skills.length))).toBeGreaterThan(20);
    for (const [i, profile] of profiles.entries()) {
      const saved = await saveUnchanged(profile);
      expect(saved.errors, `profile ${i}`).toEqual({});
      expect(saved.resume, `profile ${i}`).toEqual(profile);
    }
  });
});

describe('profile editor buttons act on what is on screen', () => {
  it('“Remove” on any job of a generated profile takes out exactly that job; everything else stays identical', async () => {
    const profiles = generatedProfiles(60, 4242).filter((p) => p.work.length > 0);
    expect(profiles.length).toBeGreaterThan(20);
    for (const [i, profile] of profiles.entries()) {
      const index = i % profile.work.length;
      const body = await parseFormBody(urlencode(formEntries(renderEditorForm(profile), 'profile-editor', { name: 'action', value: `remove-job-${index}` })));
      const action = readAction(body);
      expect(action).toMatchObject({ kind: 'remove', index });
      // The re-rendered form, saved, is the profile without that job.
      const html = renderEditorFormState(applyAction(readProfileForm(body), action));
      const saved = resumeFromFormState(readProfileForm(await parseFormBody(urlencode(formEntries(html, 'profile-editor', SAVE)))));
      expect(saved.errors).toEqual({});
      expect(saved.resume, `profile ${i}`).toEqual({ ...profile, work: profile.work.filter((_, k) => k !== index) });
    }
  });
});
