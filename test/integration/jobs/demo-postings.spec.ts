import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { DemoPostingsService } from '../../../src/modules/jobs/index.js';
import { loadConfig } from '../../../src/config/app-config.js';
import { useTestApp } from '../../helpers/test-app.js';

const ctx = useTestApp();

describe('demo job postings', () => {
  it('loads demo companies and published postings once, Korean ones findable in Korean', async () => {
    const demo = ctx.t.app.get(DemoPostingsService);
    const first = await demo.seed();
    expect(first.companies).toBe(2);
    expect(first.postings).toBeGreaterThan(50);
    expect(await demo.seed()).toEqual({ companies: 0, postings: 0 });
    const [{ n }] = (await ctx.db.query<{ n: number }>(`select count(*)::int n from job_postings where status = 'published' and cardinality(required_skills) > 0`)) as [{ n: number }];
    expect(n).toBeGreaterThan(40);
    const page = await request(ctx.t.origin).get('/jobs').query({ q: '백엔드' }).expect(200);
    expect(page.text).toContain('백엔드 개발자 (결제 플랫폼)');
  });

  it('loads on start in development only, never in production', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).jobs.demoSeedOnStart).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', JOBS_DEMO_SEED: 'off' }).jobs.demoSeedOnStart).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).jobs.demoSeedOnStart).toBe(false);
  });
});
