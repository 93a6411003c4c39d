import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { publishPosting, signInEmployer } from '../helpers/jobs.js';
import { binary, csrfFrom, type Agent } from '../helpers/sign-in.js';
import { jpegLogo, PLANTED_METADATA, pngLogo } from '../helpers/logo-images.js';
import { useTestApp } from '../helpers/test-app.js';
import { LOGO_MAX_BYTES } from '../../src/modules/jobs/logos/logo-image.js';

/** A company's logo: uploaded, shown on its page and postings, replaced, removed; anything else refused in plain words. */
const ctx = useTestApp();

async function uploadLogo(employer: Agent, bytes: Buffer, fileName: string, contentType = 'image/png', lang = 'en'): Promise<string> {
  const page = await employer.get(`/employer?lang=${lang}`).expect(200);
  await employer.post(`/employer/company/logo?lang=${lang}&_csrf=${encodeURIComponent(csrfFrom(page.text))}`).attach('logo', bytes, { filename: fileName, contentType }).expect(303);
  return (await employer.get(`/employer?lang=${lang}`).expect(200)).text;
}

const logoPath = (html: string): string | undefined => /src="(\/companies\/[0-9a-f-]{36}\/logo\?v=[0-9a-f-]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');

describe('company logos', () => {
  let employer: Agent;
  let companyId: string;
  let postingId: string;

  it('are uploaded by the employer, cleaned of metadata, and served to anyone with a long cache and their type', async () => {
    employer = await signInEmployer(ctx.t.origin, ctx.db, { name: 'Lena Logo', email: 'lena@logo.example' }, 'Logo Works');
    postingId = await publishPosting(employer, { title: 'Designer', description: 'We need Figma.' });
    [{ id: companyId }] = (await ctx.db.query<{ id: string }>(`select id from companies where name = 'Logo Works'`)) as [{ id: string }];
    // The header claims a PDF: the type comes from the bytes.
    const home = await uploadLogo(employer, pngLogo(), 'logo.pdf', 'application/pdf');
    expect(home).toContain('Logo saved.');
    const path = logoPath(home)!;
    expect(path).toContain(`/companies/${companyId}/logo?v=`);

    const served = await request(ctx.t.origin).get(path).buffer(true).parse(binary).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const bytes = served.body as Buffer;
    expect(bytes.subarray(0, 8)).toEqual(pngLogo().subarray(0, 8));
    expect(bytes.includes(PLANTED_METADATA)).toBe(false);

    // Shown on the public company page and on the company's postings, signed out.
    const company = await request(ctx.t.origin).get(`/companies/${companyId}`).expect(200);
    expect(logoPath(company.text)).toBe(path);
    const posting = await request(ctx.t.origin).get(`/jobs/${postingId}`).expect(200);
    expect(logoPath(posting.text)).toBe(path);
    const [row] = await ctx.db.query<{ logo_type: string }>('select logo_type from companies where id = $1', [companyId]);
    expect(row!.logo_type).toBe('image/png');
  });

  it('are replaced under a new address, the old one gone', async () => {
    const before = logoPath((await employer.get('/employer').expect(200)).text)!;
    const after = logoPath(await uploadLogo(employer, jpegLogo(), 'new.jpg', 'image/jpeg'))!;
    expect(after).not.toBe(before);
    const served = await request(ctx.t.origin).get(after).buffer(true).parse(binary).expect(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect((served.body as Buffer).includes(PLANTED_METADATA)).toBe(false);
    // One object left in the store: the new one.
    const [{ logo_key: key }] = (await ctx.db.query<{ logo_key: string }>('select logo_key from companies where id = $1', [companyId])) as [{ logo_key: string }];
    expect(key).toBe(`public/companies/${companyId}/logo-${after.split('v=')[1]}`);
    const storage = ctx.t.config.storage;
    if (storage.driver === 'local') expect(readdirSync(join(storage.directory, 'public', 'companies', companyId))).toEqual([key.split('/').at(-1)]);
  });

  it('refuse a file that is not an image, and one over the limit, in English and in Korean, keeping the current logo', async () => {
    const current = logoPath((await employer.get('/employer').expect(200)).text);
    const svg = await uploadLogo(employer, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'logo.png', 'image/png');
    expect(svg).toContain('That file is not a PNG, JPEG or WebP image. Choose an image file.');
    const korean = await uploadLogo(employer, Buffer.from('%PDF-1.7\n'), 'logo.png', 'image/png', 'ko');
    expect(korean).toContain('PNG, JPEG, WebP 이미지 파일이 아니에요. 이미지 파일을 선택해 주세요.');

    const oversized = Buffer.concat([pngLogo(), Buffer.alloc(LOGO_MAX_BYTES)]);
    expect(await uploadLogo(employer, oversized, 'big.png')).toContain(`That file is over ${LOGO_MAX_BYTES / 1024} KB. Choose a smaller image.`);
    expect(await uploadLogo(employer, oversized, 'big.png', 'image/png', 'ko')).toContain(`파일이 ${LOGO_MAX_BYTES / 1024}KB를 넘어요. 더 작은 이미지를 선택해 주세요.`);
    expect(logoPath((await employer.get('/employer').expect(200)).text)).toBe(current);
  });

  it('are removed by the employer: gone from the pages and the address', async () => {
    const path = logoPath((await employer.get('/employer').expect(200)).text)!;
    const page = await employer.get('/employer').expect(200);
    await employer.post('/employer/company/logo/remove').type('form').send({ _csrf: csrfFrom(page.text) }).expect(303);
    const home = await employer.get('/employer').expect(200);
    expect(home.text).toContain('Logo removed.');
    expect(logoPath(home.text)).toBeUndefined();
    await request(ctx.t.origin).get(path).expect(404);
    expect(logoPath((await request(ctx.t.origin).get(`/companies/${companyId}`).expect(200)).text)).toBeUndefined();
    const [row] = await ctx.db.query<{ logo_key: string | null }>('select logo_key from companies where id = $1', [companyId]);
    expect(row!.logo_key).toBeNull();
  });

  it('cannot be changed without the CSRF token or by someone who is not an employer', async () => {
    await employer.post('/employer/company/logo').attach('logo', pngLogo(), 'logo.png').expect(403);
    await request(ctx.t.origin).post('/employer/company/logo/remove').expect((res) => expect([302, 303, 401, 403]).toContain(res.status));
  });
});
