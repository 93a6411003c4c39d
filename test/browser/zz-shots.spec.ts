import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { chromiumAvailable, signInInBrowser, useBrowserApp } from '../helpers/browser.js';

const run = chromiumAvailable();
const ctx = useBrowserApp(run);
const OUT = '/tmp/shots';
const job = readFileSync('test/fixtures/analysis/backend-engineer.job.txt', 'utf8');

const RESUME_HTML = `<!doctype html><html><head><meta charset="utf-8"><style>
body{font-family:'DejaVu Sans',sans-serif;margin:0;font-size:10.5pt;color:#222}
.wrap{display:grid;grid-template-columns:190px 1fr;min-height:100vh}
aside{background:#eef2f6;padding:28px 18px;font-size:9.5pt}
main{padding:28px 30px}
h1{margin:0;font-size:22pt}.role{color:#3a6;font-size:12pt;margin:4px 0 18px}
h2{font-size:10pt;letter-spacing:.12em;text-transform:uppercase;border-bottom:1px solid #aaa;padding-bottom:3px;margin-top:18px}
.entry{margin-top:10px}.head{display:flex;justify-content:space-between}.head b{font-size:11pt}
.meta{color:#555;font-style:italic}ul{margin:4px 0 0 16px;padding:0}
</style></head><body><div class="wrap"><aside>
<h2>Contact</h2><p>Seoul, South Korea<br>+82 10-4821-7730<br>jiwoo.seo@example.net<br>github.com/jiwooseo</p>
<h2>Skills</h2><p>Go, Kotlin, PostgreSQL, Kafka, Kubernetes, Terraform, gRPC, Prometheus, AWS</p>
<h2>Languages</h2><p>Korean — native<br>English — professional working</p>
</aside><main>
<h1>Jiwoo Seo</h1><div class="role">Senior Backend Engineer</div>
<h2>Profile</h2><p>Backend engineer with nine years building payment and logistics platforms. Enjoys making slow systems fast and on-call quiet.</p>
<h2>Experience</h2>
<div class="entry"><div class="head"><b>Staff Backend Engineer</b><span>Mar 2021 – Present</span></div>
<div class="meta">Coupang Fulfillment Services · Seoul</div><ul>
<li>Led the redesign of the order routing service in Go, cutting p99 latency from 820 ms to 140 ms across 40 million daily requests.</li>
<li>Introduced event-driven settlement with Kafka and outbox tables, removing nightly batch jobs and a class of double-payment incidents.</li>
<li>Mentored six engineers; two were promoted to senior within eighteen months.</li></ul></div>
<div class="entry"><div class="head"><b>Backend Engineer</b><span>Jul 2017 – Feb 2021</span></div>
<div class="meta">Viva Republica (Toss) · Seoul</div><ul>
<li>Built the transfer limits service in Kotlin and PostgreSQL handling 3,000 transactions per second at peak.</li>
<li>Moved 25 services to Kubernetes with Terraform-managed infrastructure, halving deployment time.</li></ul></div>
<h2>Education</h2>
<div class="entry"><div class="head"><b>B.S. in Computer Science</b><span>2013 – 2017</span></div><div class="meta">Korea University · Seoul</div></div>
</main></div></body></html>`;

async function shoot(page: Page, name: string): Promise<void> {
  for (const [label, width] of [['desktop', 1280], ['phone', 390]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${OUT}/${name}-${label}.png`, fullPage: true });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const step = width > 500 ? 1200 : 1500;
    for (let y = 0, i = 0; y < height && i < 4; y += step, i++) {
      await page.screenshot({ path: `${OUT}/${name}-${label}-part${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(step, height - y) } });
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) console.log(`OVERFLOW ${name} ${label} ${overflow}px`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe.runIf(run)('screenshots', () => {
  for (const js of [true, false]) {
    it(`pages, JS ${js ? 'on' : 'off'}`, async () => {
      mkdirSync(OUT, { recursive: true });
      const maker = await ctx.browser.newPage();
      await maker.setContent(RESUME_HTML);
      const pdf = await maker.pdf({ format: 'A4', printBackground: true });
      await maker.close();
      const context = await ctx.browser.newContext({ javaScriptEnabled: js });
      const page = await context.newPage();
      const tag = js ? 'js' : 'nojs';
      await signInInBrowser(page, ctx.t.origin, { name: 'Jiwoo Seo', email: `jiwoo-${tag}@example.net` }, '/documents');
      await page.getByLabel('File').setInputFiles({ name: 'Jiwoo_Seo_CV.pdf', mimeType: 'application/pdf', buffer: pdf });
      await page.getByRole('button', { name: 'Upload' }).click();
      await page.waitForURL(/\/documents\/[0-9a-f-]{36}\/profile$/, { timeout: 30_000 });
      await shoot(page, `profile-${tag}`);
      const documentUrl = page.url().replace(/\/profile$/, '');
      await page.goto(documentUrl);
      await page.getByLabel('Job description (optional)').fill(job);
      await page.getByRole('button', { name: 'Analyse' }).click();
      await page.waitForURL(/\/analyses\/[0-9a-f-]{36}$/);
      const heading = page.getByRole('heading', { name: 'Overall score' });
      for (let i = 0; i < 80 && !(await heading.isVisible()); i++) {
        await page.waitForTimeout(400);
        if (!js) await page.reload();
      }
      await shoot(page, `report-${tag}`);
      const reportUrl = page.url();
      for (const [name, path] of [['dashboard', '/dashboard'], ['documents', '/documents'], ['analyses', '/analyses'], ['interviews', '/interviews'], ['jobs', '/jobs?q=engineer']] as const) {
        await page.goto(`${ctx.t.origin}${path}`);
        await shoot(page, `${name}-${tag}`);
      }
      await context.setExtraHTTPHeaders({ 'Accept-Language': 'ko' });
      await page.goto(`${ctx.t.origin}/settings`);
      const korean = page.getByRole('button', { name: '한국어' });
      await korean.first().click();
      await page.goto(reportUrl);
      await shoot(page, `report-ko-${tag}`);
      await page.goto(`${ctx.t.origin}/dashboard`);
      await shoot(page, `dashboard-ko-${tag}`);
      await context.close();
    }, 240_000);
  }
});
