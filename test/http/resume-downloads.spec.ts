import { beforeAll, describe, expect, it } from 'vitest';
import { extractResume } from '../../src/modules/documents/extraction/extract-text.js';
import { analysedText } from '../../src/modules/analysis/scoring/analysed-text.js';
import { analyzeResume } from '../../src/modules/analysis/scoring/analyze-resume.js';
import { uploadDocument } from '../helpers/analysis.js';
import { SAMPLE_RESUME, sampleText } from '../helpers/resume-formats.js';
import { binary, signIn, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

const ctx = useTestApp();
let owner: Agent;
let documentId: string;
let profile: { work: Array<{ highlights?: string[] }>; skills: Array<{ name?: string; keywords?: string[] }> };

const skillNames = (resume: { skills: Array<{ name?: string; keywords?: string[] }> }): string[] => resume.skills.flatMap((s) => [s.name ?? '', ...(s.keywords ?? [])]).filter(Boolean).sort();
const contentScore = (text: string) => analyzeResume({ text }).breakdown.find((b) => b.id === 'content')!.score;

beforeAll(async () => {
  owner = await signIn(ctx.t.origin, { name: 'Jordan Lee', email: 'jordan@example.com' });
  documentId = await uploadDocument(owner, 'jordan-lee.txt', Buffer.from(sampleText(SAMPLE_RESUME)));
  profile = JSON.parse((await owner.get(`/documents/${documentId}/profile.json`).expect(200)).text) as typeof profile;
});

describe('a better résumé to download: ATS-safe PDF and DOCX from the profile (#12 item 3)', () => {
  for (const kind of ['pdf', 'docx'] as const) {
    it(`${kind}: read back, the sections, achievements and skills survive and the content score is the profile's`, async () => {
      const res = await owner.get(`/documents/${documentId}/profile.${kind}`).buffer(true).parse(binary).expect(200);
      expect(res.headers['content-disposition']).toContain(`jordan-lee.${kind}`);
      const { document, resume } = await extractResume(res.body as Buffer, { filename: `download.${kind}` });
      expect(document.layout.columns).toBe(1);
      expect(document.layout.tables).toBe(0);
      for (const heading of ['SUMMARY', 'EXPERIENCE', 'EDUCATION', 'SKILLS']) expect(document.text.toUpperCase()).toContain(heading);
      expect(resume.work).toHaveLength(profile.work.length);
      expect(skillNames(resume)).toEqual(skillNames(profile));
      // Every achievement's words come back, in order.
      const words = (r: { work: Array<{ highlights?: string[] }> }) => r.work.flatMap((w) => w.highlights ?? []).join(' ').split(/\s+/);
      expect(words(resume)).toEqual(words(profile));
      if (kind === 'docx') {
        // Word keeps each achievement one list item, so the report is the profile's.
        expect(resume.work.map((w) => w.highlights)).toEqual(profile.work.map((w) => w.highlights));
        expect(contentScore(analysedText(document.text, resume, false))).toBe(contentScore(analysedText('', profile as never, true)));
      }
    });
  }

  it('offers the PDF in English and, for Korean headings, the Word file instead, saying why', async () => {
    const english = await owner.get(`/documents/${documentId}/profile`).expect(200);
    expect(english.text).toContain(`href="/documents/${documentId}/profile.pdf"`);
    const korean = await owner.get(`/documents/${documentId}/profile?lang=ko`).expect(200);
    expect(korean.text).not.toContain(`href="/documents/${documentId}/profile.pdf"`);
    expect(korean.text).toContain('한국어 이력서는 Word 파일로 드려요');
    const pdf = await owner.get(`/documents/${documentId}/profile.pdf`).set('Cookie', 'candor_lang=ko').redirects(0);
    expect([303, 200]).toContain(pdf.status);
  });

  it('the Word file has the section headings in the reader\'s language (#11)', async () => {
    const res = await owner.get(`/documents/${documentId}/profile.docx?lang=ko`).buffer(true).parse(binary).expect(200);
    const { document } = await extractResume(res.body as Buffer, { filename: 'download.docx' });
    for (const heading of ['요약', '경력', '학력', '기술']) expect(document.text).toContain(heading);
    expect(document.text).toContain('Northwind Logistics');
  });

  it('only the owner can download (D2)', async () => {
    const intruder = await signIn(ctx.t.origin, { name: 'Mallory', email: 'mallory@example.com' });
    await intruder.get(`/documents/${documentId}/profile.pdf`).set('Accept', 'text/html').expect(404);
    await intruder.get(`/documents/${documentId}/profile.docx`).set('Accept', 'text/html').expect(404);
  });
});
