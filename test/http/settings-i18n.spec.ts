import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { csrfFrom, signIn } from '../helpers/sign-in.js';
import { useTestApp } from '../helpers/test-app.js';

/** Settings, the account-deletion confirmation, error pages and the deletion email, in Korean and English. */
const ctx = useTestApp({ SIGN_IN_RATE_LIMIT: '5' });

const htmlLang = (html: string): string | undefined => /<html lang="([^"]+)"/.exec(html)?.[1];

/** Share of visible words written in Latin script: names and product terms only on a Korean page. */
function latinShare(html: string): { share: number; latin: string } {
  const body = html.replace(/<(script|style|head)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ');
  const words = body.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const latin = words.filter((w) => /^[\p{Script=Latin}\d\W]+$/u.test(w) && /\p{Script=Latin}/u.test(w));
  return { share: latin.length / words.length, latin: latin.join(' ') };
}

describe('settings and the account-deletion confirmation', () => {
  it('are in Korean for a Korean reader, dialog and confirmation page alike', async () => {
    const person = await signIn(ctx.t.origin, { name: '김민지', email: 'minji.settings@example.com' }, '/dashboard', { 'Accept-Language': 'ko' });
    const settings = await person.get('/settings').expect(200);
    expect(htmlLang(settings.text)).toBe('ko');
    expect(settings.text).toContain('<h1>설정</h1>');
    expect(settings.text).toContain('내 데이터 내려받기 (ZIP)');
    expect(settings.text).toContain('지금까지 내 데이터는 나만 열어 봤어요.');
    // The dialog the page opens with JavaScript says what the confirmation page says.
    expect(settings.text).toContain('<h2 id="confirm-delete-heading">계정을 삭제할까요?</h2>');
    expect(settings.text).toContain('data-close-dialog>취소</a>');
    const { share, latin } = latinShare(settings.text);
    expect(share, latin).toBeLessThan(0.12);

    const confirmation = await person.get('/settings/delete').expect(200);
    expect(htmlLang(confirmation.text)).toBe('ko');
    expect(confirmation.text).toContain('<h1 id="confirm-delete-heading">계정을 삭제할까요?</h1>');
    expect(confirmation.text).toContain('다음 항목이 영구히 삭제돼요.');
    expect(confirmation.text).toContain('<strong>삭제하면 되돌릴 수 없어요.</strong>');
    expect(confirmation.text).toContain('확인을 위해 이메일 주소를 입력해 주세요: <strong>minji.settings@example.com</strong>');
    expect(confirmation.text).toContain('>계정 영구 삭제</button>');
    expect(latinShare(confirmation.text).share, latinShare(confirmation.text).latin).toBeLessThan(0.12);

    const refused = await person.post('/settings/delete').type('form').send({ _csrf: csrfFrom(confirmation.text), confirmEmail: 'someone@example.com' }).expect(422);
    expect(refused.text).toContain('화면에 표시된 이메일 주소를 똑같이 입력해 주세요.');
  });

  it('stay in English for an English reader', async () => {
    const person = await signIn(ctx.t.origin, { name: 'Ada', email: 'ada.settings@example.com' }, '/dashboard', { 'Accept-Language': 'en' });
    const settings = await person.get('/settings').expect(200);
    expect(htmlLang(settings.text)).toBe('en');
    expect(settings.text).toContain('<h1>Settings</h1>');
    expect(settings.text).toContain('<h2 id="confirm-delete-heading">Delete your account?</h2>');
    const confirmation = await person.get('/settings/delete').expect(200);
    expect(confirmation.text).toContain('<p>This permanently deletes:</p>');
    expect(confirmation.text).toContain('You may want to\n  <a href="/settings/export" download hx-boost="false">download your data</a> first.');
    expect(confirmation.text).toContain('data-close-dialog>Cancel</a>');
  });
});

describe('the deletion confirmation email', () => {
  it('is written in the account’s saved language, whatever the page the person deleted from', async () => {
    const person = await signIn(ctx.t.origin, { name: '박서준', email: 'seojun.leaving@example.com' }, '/dashboard', { 'Accept-Language': 'ko' });
    const [saved] = await ctx.db.query<{ locale: string | null }>('select locale from users where email = $1', ['seojun.leaving@example.com']);
    expect(saved?.locale).toBe('ko');
    const page = await person.get('/settings/delete?lang=en').expect(200);
    expect(htmlLang(page.text)).toBe('en');
    const deleted = await person.post('/settings/delete?lang=en').type('form').send({ _csrf: csrfFrom(page.text), confirmEmail: 'seojun.leaving@example.com' }).expect(303);
    expect(deleted.headers.location).toBe('/');

    const [mail] = await ctx.db.query<{ locale: string; subject: string; text_body: string }>(
      `select locale, subject, text_body from mail_outbox where template = 'account-deleted' order by created_at desc limit 1`,
    );
    expect(mail).toMatchObject({ locale: 'ko', subject: 'Candor 계정이 삭제되었습니다' });
    expect(mail!.text_body).toContain('6개월간 보관한 뒤 파기합니다');
  });
});

describe('error pages in Korean', () => {
  it('404', async () => {
    const missing = await request(ctx.t.origin).get('/no-such-page').set('Accept-Language', 'ko').set('Accept', 'text/html').expect(404);
    expect(htmlLang(missing.text)).toBe('ko');
    expect(missing.text).toContain('페이지를 찾을 수 없어요');
  });

  it('429 says in Korean to wait', async () => {
    // Sign-ins earlier in this file count against the same per-address budget (SIGN_IN_RATE_LIMIT).
    let limited = await request(ctx.t.origin).get('/auth/start').set('Accept-Language', 'ko').set('Accept', 'text/html');
    for (let i = 0; i < 5 && limited.status !== 429; i++) {
      limited = await request(ctx.t.origin).get('/auth/start').set('Accept-Language', 'ko').set('Accept', 'text/html');
    }
    expect(limited.status).toBe(429);
    expect(htmlLang(limited.text)).toBe('ko');
    expect(limited.text).toContain('시도가 너무 많아요');
    expect(limited.text).toContain('짧은 시간에 너무 여러 번 시도했어요.');
  });

  it('an expired form (CSRF) says in Korean what to do', async () => {
    const res = await request(ctx.t.origin).post('/locale').set('Accept-Language', 'ko').set('Accept', 'text/html').type('form').send({ locale: 'ko', returnTo: '/' }).expect(403);
    expect(htmlLang(res.text)).toBe('ko');
    expect(res.text).toContain('양식의 유효 시간이 지났어요. 이전 페이지로 돌아가 새로고침한 뒤 다시 시도해 주세요.');
    const en = await request(ctx.t.origin).post('/locale').set('Accept-Language', 'en').set('Accept', 'text/html').type('form').send({ locale: 'ko', returnTo: '/' }).expect(403);
    expect(en.text).toContain('This form has expired. Go back, reload the page and try again.');
  });
});
