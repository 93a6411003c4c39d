import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { uploadDocument } from '../helpers/analysis.js';
import { binary, signIn, type Agent } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

/**
 * File names are personal data and come in every script: they survive upload, listing, download and
 * export exactly (NFC), and the database holds only their ciphertext.
 */
const ctx = useTestApp();
let owner: Agent;

const NAMES = ['Zoë_Café_CV.txt', '이력서_김민준.txt'];
const ids: Record<string, string> = {};

/** Decodes RFC 5987 `filename*=UTF-8''…` from a Content-Disposition header. */
function filenameStar(header: string): string {
  const match = /filename\*=UTF-8''([^;]+)/.exec(header);
  if (!match) throw new Error(`No filename* in ${header}`);
  return decodeURIComponent(match[1]!);
}

beforeAll(async () => {
  owner = await signIn(ctx.t.origin, { name: 'Zoë Kim', email: 'zoe@example.com' });
  for (const name of NAMES) ids[name] = await uploadDocument(owner, name, Buffer.from(`Curriculum vitae of ${name}\nExperience: teaching\n`), 'cover_letter');
  // The same name typed on macOS arrives decomposed (NFD): it is stored as the one NFC name.
  ids.nfd = await uploadDocument(owner, 'Zoë_Café_CV.txt'.normalize('NFD'), Buffer.from('Another copy\n'), 'cover_letter');
});

describe('non-ASCII file names', () => {
  it('are listed and shown intact', async () => {
    const list = (await owner.get('/documents').expect(200)).text;
    for (const name of NAMES) expect(list).toContain(name);
    expect(list).not.toContain('Ã');
    const page = (await owner.get(`/documents/${ids['이력서_김민준.txt']}`).expect(200)).text;
    expect(page).toContain('<h1>이력서_김민준.txt</h1>');
  });

  it('are normalised to NFC', async () => {
    const res = await owner.get(`/documents/${ids.nfd}/download`).expect(200);
    expect(filenameStar(res.headers['content-disposition'] as string)).toBe('Zoë_Café_CV.txt'.normalize('NFC'));
  });

  it('come back on download with an RFC 5987 filename* and an ASCII fallback', async () => {
    for (const name of NAMES) {
      const res = await owner.get(`/documents/${ids[name]}/download`).buffer(true).parse(binary).expect(200);
      const disposition = res.headers['content-disposition'] as string;
      expect(filenameStar(disposition)).toBe(name);
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
      expect((res.body as Buffer).toString('utf8')).toContain(`Curriculum vitae of ${name}`);
    }
  });

  it('are kept in the data export', async () => {
    const res = await owner.get('/settings/export').buffer(true).parse(binary).expect(200);
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    for (const name of NAMES) expect(files[`documents/${ids[name]}/${name}`]).toBeDefined();
    const index = JSON.parse(strFromU8(files['documents/documents.json']!)) as Array<{ fileName: string }>;
    expect(index.map((d) => d.fileName)).toEqual(expect.arrayContaining(NAMES));
  });

  it('lose path parts, control and bidi characters, never their letters', async () => {
    const tricky = await uploadDocument(owner, '../../etc/Jürgen\u202Eevil.txt', Buffer.from('Notes\n'), 'portfolio');
    const res = await owner.get(`/documents/${tricky}/download`).expect(200);
    expect(filenameStar(res.headers['content-disposition'] as string)).toBe('Jürgenevil.txt');
  });

  it('are stored only encrypted: no table holds a plaintext name', async () => {
    const tables = await ctx.db.query<{ table_name: string }>(`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
    const needles = NAMES.flatMap((name) => {
      const stem = name.replace(/\.txt$/, '');
      // As text, and as the hex PostgreSQL prints for bytea, in UTF-8 and in the old Latin-1 misreading.
      return [stem, Buffer.from(stem, 'utf8').toString('hex'), Buffer.from(stem, 'utf8').toString('latin1')];
    });
    const columns = await ctx.db.query<{ column_name: string }>(`select column_name from information_schema.columns where table_name = 'documents'`);
    expect(columns.map((c) => c.column_name)).not.toContain('file_name');
    for (const { table_name } of tables) {
      const rows = await ctx.db.query<{ row: string }>(`select t::text as row from "${table_name}" t`);
      for (const { row } of rows) for (const needle of needles) expect(row, `${table_name} holds a file name`).not.toContain(needle);
    }
  });
});
