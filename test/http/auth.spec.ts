import jwt from 'jsonwebtoken';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/test-app.js';
import { csrfFrom, signIn, tokenFor } from '../helpers/sign-in.js';

const ctx = useTestApp();

const sessionCookie = (setCookie: string[] | string | undefined): string | undefined =>
  ([] as string[]).concat(setCookie ?? []).find((c) => c.startsWith('candor_session='));

describe('health', () => {
  it('answers liveness and readiness', async () => {
    await request(ctx.t.origin).get('/healthz').expect(200, { status: 'ok' });
    await request(ctx.t.origin).get('/readyz').expect(200, { status: 'ok' });
  });
});

describe('security headers', () => {
  it('sends a CSP without inline scripts and forbids the camera on every response (V1)', async () => {
    for (const path of ['/', '/healthz', '/no-such-page', '/static/css/app.css', '/auth/sign-in']) {
      const res = await request(ctx.t.origin).get(path);
      const csp = res.headers['content-security-policy'] as string;
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'));
      expect(scriptSrc, path).toBe("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers['permissions-policy'], path).toMatch(/(^|, )camera=\(\)/);
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('serves htmx from our own origin', async () => {
    const page = await request(ctx.t.origin).get('/').expect(200);
    expect(page.text).toContain('<script src="/static/vendor/htmx.min.js" defer></script>');
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    const htmx = await request(ctx.t.origin).get('/static/vendor/htmx.min.js').expect(200);
    expect(htmx.headers['content-type']).toMatch(/javascript/);
    expect(htmx.text.length).toBeGreaterThan(10_000);
  });

  it('varies cacheable pages on HX-Request', async () => {
    const res = await request(ctx.t.origin).get('/');
    expect(res.headers.vary).toMatch(/HX-Request/);
  });

  it('renders a 404 page that leaks nothing', async () => {
    const res = await request(ctx.t.origin).get('/definitely/not/here').set('Accept', 'text/html').expect(404);
    expect(res.text).toContain('Page not found');
    expect(res.text).not.toMatch(/at \w+ \(|node_modules|Error:/);
  });
});

describe('sign-in (A1)', () => {
  it('sends anonymous visitors of private pages to sign in and back', async () => {
    const res = await request(ctx.t.origin).get('/dashboard').set('Accept', 'text/html').expect(303);
    expect(res.headers.location).toBe('/auth/sign-in?next=%2Fdashboard');
    const api = await request(ctx.t.origin).get('/profile').set('Accept', 'application/json').expect(401);
    expect(api.body.statusCode).toBe(401);
  });

  it('runs the authorization-code flow with PKCE, state and nonce', async () => {
    const agent = request.agent(ctx.t.origin);
    const start = await agent.get('/auth/start?next=/profile').expect(303);
    const url = new URL(start.headers.location as string);
    expect(url.pathname).toBe('/dev-oidc/auth');
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toBeTruthy();
    expect(url.searchParams.get('nonce')).toBeTruthy();
    const handshake = ([] as string[]).concat(start.headers['set-cookie'] ?? []).find((c) => c.startsWith('candor_sign_in='));
    expect(handshake).toMatch(/HttpOnly/i);
    expect(handshake).toMatch(/Path=\/auth/);
  });

  it('signs a person in, keeping only subject, email, name and photo', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Grace Hopper', email: 'grace@example.com' });
    const dashboard = await agent.get('/dashboard').expect(200);
    expect(dashboard.text).toContain('Welcome, Grace');
    const columns = await ctx.db.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name = 'users' order by 1`,
    );
    const names = columns.map((c) => c.column_name);
    expect(names.some((n) => /pass|secret|hash|token/i.test(n))).toBe(false);
    const [row] = await ctx.db.query<{ email: string; display_name: string; provider: string }>(`select * from users where email = $1`, [
      'grace@example.com',
    ]);
    expect(row).toMatchObject({ email: 'grace@example.com', display_name: 'Grace Hopper', provider: 'dev' });
  });

  it('signs the same email in to the same account', async () => {
    await signIn(ctx.t.origin, { name: 'Same Person', email: 'same@example.com' });
    await signIn(ctx.t.origin, { name: 'Same Person', email: 'same@example.com' });
    const rows = await ctx.db.query(`select id from users where email = 'same@example.com'`);
    expect(rows).toHaveLength(1);
  });

  it('rejects a callback without the handshake it started with', async () => {
    const res = await request(ctx.t.origin).get('/auth/callback?code=stolen&state=forged').expect(303);
    expect(res.headers.location).toBe('/auth/sign-in');
  });

  it('re-renders the development login form with errors (422)', async () => {
    const agent = request.agent(ctx.t.origin);
    const start = await agent.get('/auth/start').expect(303);
    const authorize = await agent.get(new URL(start.headers.location as string).pathname + new URL(start.headers.location as string).search);
    const interaction = new URL(authorize.headers.location as string, ctx.t.origin).pathname;
    const page = await agent.get(interaction).expect(200);
    const res = await agent.post(interaction).type('form').send({ _csrf: csrfFrom(page.text), name: '', email: 'nope', action: 'sign-in' }).expect(422);
    expect(res.text).toContain('Enter your name');
    expect(res.text).toContain('Enter a valid email address');
  });

  it('lets a person correct a rejected email and sign in with the re-rendered form (#19)', async () => {
    const agent = request.agent(ctx.t.origin);
    const start = await agent.get('/auth/start?next=%2Fdashboard').expect(303);
    const authorize = await agent.get(new URL(start.headers.location as string).pathname + new URL(start.headers.location as string).search);
    const interaction = new URL(authorize.headers.location as string, ctx.t.origin).pathname;
    const page = await agent.get(interaction).expect(200);
    const rejected = await agent.post(interaction).type('form').send({ _csrf: csrfFrom(page.text), name: 'Jordan Lee', email: 'jordan@example', action: 'sign-in' }).expect(422);
    expect(rejected.text).toContain('Enter a valid email address');
    // The corrected form is submitted with the token the re-rendered page carries, as a browser would.
    const corrected = await agent.post(interaction).type('form').send({ _csrf: csrfFrom(rejected.text), name: 'Jordan Lee', email: 'jordan@example.com', action: 'sign-in' }).expect(303);
    const resume = await agent.get(new URL(corrected.headers.location as string, ctx.t.origin).pathname).expect(303);
    const callback = await agent.get(new URL(resume.headers.location as string, ctx.t.origin).pathname + new URL(resume.headers.location as string, ctx.t.origin).search).expect(303);
    expect(callback.headers.location).toBe('/dashboard');
    expect((await agent.get('/dashboard').expect(200)).text).toContain('Jordan');
  });

  it('tells visitors what they can do, not how the server is configured (#19)', async () => {
    const page = await request(ctx.t.origin).get('/auth/sign-in').expect(200);
    expect(page.text).toContain('Development sign-in: any name and email, no password');
    expect(page.text).not.toMatch(/GOOGLE_CLIENT|CLIENT_SECRET|OIDC_|environment variable/i);
  });
});

describe('sessions (A2)', () => {
  it('uses an httpOnly, SameSite=Lax cookie holding an HS256 token', async () => {
    const agent = request.agent(ctx.t.origin);
    const start = await agent.get('/auth/start').expect(303);
    expect(start.status).toBe(303);
    const signedIn = await signIn(ctx.t.origin, { name: 'Cookie Check', email: 'cookie@example.com' });
    const res = await signedIn.get('/dashboard').expect(200);
    expect(res.status).toBe(200);
    // Read the cookie as the browser received it at sign-in.
    const jar = (signedIn as unknown as { jar: { getCookie(name: string, opts: unknown): { value: string } | undefined } }).jar;
    const token = jar.getCookie('candor_session', { domain: 'localhost', path: '/', secure: false, script: false })?.value;
    expect(token).toBeTruthy();
    const header = JSON.parse(Buffer.from(token!.split('.')[0]!, 'base64url').toString());
    expect(header.alg).toBe('HS256');
  });

  it('marks the session cookie httpOnly and SameSite=Lax', async () => {
    const agent = request.agent(ctx.t.origin);
    const start = await agent.get('/auth/start').expect(303);
    const authorize = await agent.get(pathAndQuery(start.headers.location as string)).expect(303);
    const interaction = pathAndQuery(authorize.headers.location as string);
    const page = await agent.get(interaction).expect(200);
    const submitted = await agent.post(interaction).type('form').send({ _csrf: csrfFrom(page.text), name: 'A', email: 'attrs@example.com', action: 'sign-in' });
    const resume = await agent.get(pathAndQuery(submitted.headers.location as string)).expect(303);
    const callback = await agent.get(pathAndQuery(resume.headers.location as string)).expect(303);
    const cookie = sessionCookie(callback.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
  });

  it('rejects tokens signed with another key or algorithm', async () => {
    const [user] = await ctx.db.query<{ id: string }>(`select id from users limit 1`);
    const [session] = await ctx.db.query<{ id: string }>(`select id from sessions where user_id = $1 limit 1`, [user!.id]);
    const claims = { sub: user!.id, jti: session!.id, iss: 'candor', aud: 'candor-session' };
    const forged = jwt.sign(claims, 'not-the-secret-not-the-secret-not-the-secret', { algorithm: 'HS256' });
    const unsigned = jwt.sign(claims, '', { algorithm: 'none' } as jwt.SignOptions);
    for (const token of [forged, unsigned]) {
      await request(ctx.t.origin).get('/dashboard').set('Cookie', `candor_session=${token}`).set('Accept', 'text/html').expect(303);
    }
  });

  it('signing out revokes the session on the server, not just in the browser', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Leaving Soon', email: 'leaving@example.com' });
    const jar = (agent as unknown as { jar: { getCookie(name: string, opts: unknown): { value: string } | undefined } }).jar;
    const stolen = jar.getCookie('candor_session', { domain: 'localhost', path: '/', secure: false, script: false })!.value;
    const token = await tokenFor(agent, '/dashboard');
    await agent.post('/auth/sign-out').type('form').send({ _csrf: token }).expect(303);
    const [row] = await ctx.db.query<{ revoked_at: Date | null }>(
      `select s.revoked_at from sessions s join users u on u.id = s.user_id where u.email = 'leaving@example.com'`,
    );
    expect(row?.revoked_at).toBeInstanceOf(Date);
    // A copy of the old cookie is now worthless.
    await request(ctx.t.origin).get('/dashboard').set('Cookie', `candor_session=${stolen}`).set('Accept', 'text/html').expect(303);
  });

  it('renews the token once half its lifetime has passed (sliding)', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Slide', email: 'slide@example.com' });
    const jar = (agent as unknown as { jar: { getCookie(name: string, opts: unknown): { value: string } | undefined } }).jar;
    const token = jar.getCookie('candor_session', { domain: 'localhost', path: '/', secure: false, script: false })!.value;
    const claims = jwt.decode(token) as { sub: string; jti: string };
    const old = jwt.sign({}, ctx.t.config.secrets.sessionSecret, {
      algorithm: 'HS256',
      issuer: 'candor',
      audience: 'candor-session',
      subject: claims.sub,
      jwtid: claims.jti,
      expiresIn: 60,
    });
    const aged = jwt.sign({ ...(jwt.decode(old) as object), iat: Math.floor(Date.now() / 1000) - ctx.t.config.session.ttlSeconds * 0.6 }, ctx.t.config.secrets.sessionSecret, {
      algorithm: 'HS256',
    });
    const [before] = await ctx.db.query<{ last_seen_at: Date }>(`select last_seen_at from sessions where id = $1`, [claims.jti]);
    const res = await request(ctx.t.origin).get('/dashboard').set('Cookie', `candor_session=${aged}`).expect(200);
    const renewed = sessionCookie(res.headers['set-cookie']);
    expect(renewed).toBeTruthy();
    // The renewal is recorded on the session row, and the new token names the same session.
    const [after] = await ctx.db.query<{ last_seen_at: Date }>(`select last_seen_at from sessions where id = $1`, [claims.jti]);
    expect(after!.last_seen_at.getTime()).toBeGreaterThan(before!.last_seen_at.getTime());
    const renewedToken = /^candor_session=([^;]+)/.exec(renewed!)![1]!;
    expect(jwt.decode(renewedToken)).toMatchObject({ sub: claims.sub, jti: claims.jti });
    await request(ctx.t.origin).get('/dashboard').set('Cookie', `candor_session=${renewedToken}`).expect(200);
    const fresh = await request(ctx.t.origin).get('/dashboard').set('Cookie', `candor_session=${token}`).expect(200);
    expect(sessionCookie(fresh.headers['set-cookie'])).toBeUndefined();
  });

  it('treats a signed token whose ids are not ids as no session, not as an error', async () => {
    const forged = jwt.sign({}, ctx.t.config.secrets.sessionSecret, { algorithm: 'HS256', issuer: 'candor', audience: 'candor-session', subject: 'not-a-uuid', jwtid: "x' or '1'='1", expiresIn: 60 });
    await request(ctx.t.origin).get('/dashboard').set('Cookie', `candor_session=${forged}`).set('Accept', 'text/html').expect(303);
    await request(ctx.t.origin).get('/').set('Cookie', `candor_session=${forged}`).expect(200);
  });
});

describe('forms', () => {
  it('refuses a state-changing request without a CSRF token', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Csrf Check', email: 'csrf@example.com' });
    const res = await agent.post('/profile').type('form').send({ displayName: 'Hacked', workMode: 'any', seniority: 'mid' }).set('Accept', 'text/html').expect(403);
    expect(res.text).toContain('This form has expired');
    const [row] = await ctx.db.query<{ display_name: string }>(`select display_name from users where email = 'csrf@example.com'`);
    expect(row?.display_name).toBe('Csrf Check');
  });

  it('sends the CSRF cookie when its token is new, not again on every page, and the form still posts', async () => {
    const csrfCookie = (setCookie: string[] | string | undefined): string | undefined =>
      ([] as string[]).concat(setCookie ?? []).find((c) => c.startsWith('candor_csrf='));
    const visitor = request.agent(ctx.t.origin);
    const first = await visitor.get('/').set('Accept', 'text/html').expect(200);
    expect(csrfCookie(first.headers['set-cookie'])).toMatch(/HttpOnly/i);
    const again = await visitor.get('/').set('Accept', 'text/html').expect(200);
    expect(csrfCookie(again.headers['set-cookie'])).toBeUndefined();
    // Signing in binds tokens to the new session: the old cookie's token is replaced.
    const agent = await signIn(ctx.t.origin, { name: 'Csrf Cookie', email: 'csrf-cookie@example.com' });
    const page = await agent.get('/profile').expect(200);
    const next = await agent.get('/profile').expect(200);
    expect(csrfCookie(next.headers['set-cookie'])).toBeUndefined();
    expect(csrfFrom(next.text)).toBe(csrfFrom(page.text));
    await agent
      .post('/profile')
      .type('form')
      .send({ _csrf: csrfFrom(next.text), displayName: 'Csrf Cookie', targetRoles: '', locations: '', workMode: 'any', seniority: 'mid' })
      .expect(303);
  });

  it('accepts the token as the X-CSRF-Token header (htmx)', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Htmx User', email: 'htmx@example.com' });
    const page = await agent.get('/profile').expect(200);
    const header = /hx-headers:inherited='\{"X-CSRF-Token": "([^"]+)"\}'/.exec(page.text)?.[1];
    expect(header).toBeTruthy();
    await agent
      .post('/profile')
      .set('HX-Request', 'true')
      .set('X-CSRF-Token', header!)
      .type('form')
      .send({ displayName: 'Htmx User', targetRoles: 'Engineer', locations: '', workMode: 'remote', seniority: 'mid' })
      .expect(303);
  });

  it('answers htmx form posts with just the form fragment, and boosted navigation with the page', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Fragment Fan', email: 'fragment@example.com' });
    const token = await tokenFor(agent, '/profile');
    const invalid = await agent
      .post('/profile')
      .set('HX-Request', 'true')
      .set('X-CSRF-Token', token)
      .type('form')
      .send({ displayName: '', workMode: 'any', seniority: 'mid' })
      .expect(422);
    expect(invalid.text.trimStart()).toMatch(/^(\{#[^]*?#\}\s*)?<form id="profile-form"/);
    expect(invalid.text).not.toContain('<html');
    expect(invalid.text).toContain('Enter the name you want to be shown');
    const boosted = await agent.get('/profile').set('HX-Request', 'true').set('HX-Boosted', 'true').expect(200);
    expect(boosted.text).toContain('<html');
  });

  it('saves the profile and job preferences, and re-renders invalid input with 422', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Profile Person', email: 'profile@example.com' });
    const token = await tokenFor(agent, '/profile');
    const bad = await agent
      .post('/profile')
      .type('form')
      .send({ _csrf: token, displayName: '   ', targetRoles: 'x'.repeat(121), workMode: 'underwater', seniority: 'mid' })
      .expect(422);
    expect(bad.text).toContain('Enter the name you want to be shown');
    expect(bad.text).toContain('at most 120 characters');
    expect(bad.text).toContain('Choose how you want to work');

    const ok = await agent
      .post('/profile')
      .type('form')
      .send({ _csrf: token, displayName: 'Pat Doe', targetRoles: 'Backend engineer\nData engineer, SRE\nFarmers, Ranchers, and Other Agricultural Managers\nSales Representatives, Wholesale and Manufacturing, Technical and Scientific Products\nGrinding, Lapping, Polishing, and Buffing Machine Tool Setters, Operators, and Tenders, Metal and Plastic', locations: 'Seoul\nRemote EU', workMode: 'hybrid', seniority: 'senior' })
      .expect(303);
    expect(ok.headers.location).toBe('/profile');
    const page = await agent.get('/profile').expect(200);
    expect(page.text).toContain('Your profile is saved.');
    expect(page.text).toContain('value="Pat Doe"');
    const [row] = await ctx.db.query<{ target_roles: string[]; locations: string[]; work_mode: string; seniority: string }>(
      `select target_roles, locations, work_mode, seniority from users where email = 'profile@example.com'`,
    );
    expect(row).toEqual({
      target_roles: [
        'Backend engineer', 'Data engineer', 'SRE', 'Farmers, Ranchers, and Other Agricultural Managers', 'Sales Representatives, Wholesale and Manufacturing, Technical and Scientific Products',
        'Grinding, Lapping, Polishing, and Buffing Machine Tool Setters, Operators, and Tenders, Metal and Plastic',
      ],
      locations: ['Seoul', 'Remote EU'], work_mode: 'hybrid', seniority: 'senior' });
  });

  it('rejects oversized bodies with 413', async () => {
    const agent = await signIn(ctx.t.origin, { name: 'Big Body', email: 'big@example.com' });
    const token = await tokenFor(agent, '/profile');
    await agent.post('/profile').type('form').send({ _csrf: token, displayName: 'x'.repeat(200_000) }).expect(413);
  });
});

describe('logs', () => {
  it('hold no email addresses, tokens or query strings', async () => {
    await signIn(ctx.t.origin, { name: 'Log Check', email: 'log-check@example.com' });
    expect(ctx.t.logs.text).not.toContain('log-check@example.com');
    expect(ctx.t.logs.text).not.toMatch(/code=|state=|candor_session=/);
  });
});

function pathAndQuery(location: string): string {
  const u = new URL(location, 'http://x');
  return u.pathname + u.search;
}
