// Sanity check of a held-back résumé set (test/fixtures/resume-corpus-holdout/ by default, or the folder
// given, e.g. test/fixtures/resume-corpus-holdout2) that never runs the
// parser: every rendering opens (unpdf for PDF, mammoth for DOCX) and its text layer contains every
// name, e-mail, phone number, employer, title, bullet, school, skill and language of its truth
// (compared with all whitespace removed, ’ read as ', Markdown escapes undone). Prints counts per renderer only.
// `npx node scripts/check-resume-corpus-holdout.mjs [folder]`; exits non-zero when a string is missing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import mammoth from 'mammoth';
const dir = process.argv[2] ?? 'test/fixtures/resume-corpus-holdout';
const docs = JSON.parse(readFileSync(join(dir, 'documents.json'), 'utf8'));
const squash = (t) => t.normalize('NFC').replace(/\s+/g, '').replace(/’/g, "'").toLowerCase();
const byRenderer = {};
for (const d of docs) {
  const bytes = readFileSync(join(dir, 'rendered', d.file));
  let text;
  let pages = 1;
  if (d.file.endsWith('.pdf')) { const pdf = await getDocumentProxy(new Uint8Array(bytes)); pages = pdf.numPages; text = (await extractText(pdf, { mergePages: true })).text; }
  else if (d.file.endsWith('.docx')) text = (await mammoth.extractRawText({ buffer: bytes })).value;
  else text = bytes.toString('utf8');
  const truth = JSON.parse(readFileSync(join(dir, 'truth', `${d.resume}.json`), 'utf8'));
  const wanted = [truth.basics.email, truth.basics.name, truth.basics.phone, ...truth.work.map((j) => j.name), ...truth.work.map((j) => j.position), ...truth.work.flatMap((j) => j.highlights), ...truth.education.map((e) => e.institution), ...(truth.skills ?? []).flatMap((g) => g.keywords), ...(truth.languages ?? []).map((l) => l.language)];
  const s = squash(text.replace(/\\([*_`[\]#|\\])/g, '$1'));
  const absent = wanted.filter((w) => !s.includes(squash(w)));
  const r = (byRenderer[d.renderer] ??= { docs: 0, minChars: Infinity, twoPagesOrMore: 0, absent: 0 });
  r.docs++; r.minChars = Math.min(r.minChars, text.length); if (pages > 1) r.twoPagesOrMore++; r.absent += absent.length;
  if (absent.length) console.log('ABSENT', d.file, absent.map((a) => a.slice(0, 30)));
}
console.log(byRenderer);
if (Object.values(byRenderer).some((tally) => tally.absent > 0)) process.exitCode = 1;
