import { describe, expect, it } from 'vitest';
import { rewriteBulletWithRules } from '../../../src/platform/ai/bullet-rewrite.js';

describe('embedded bullet rewrite (golden cases)', () => {
  it.each([
    ['Responsible for managing the support team of 8', 'Managed the support team of 8'],
    ['• responsible for the payroll system', 'Managed the payroll system'],
    ['I was responsible for building the data pipeline.', 'Built the data pipeline.'],
    ['Worked on the billing system', 'Contributed to the billing system'],
    ['helped with onboarding 40 new hires', 'Supported onboarding 40 new hires'],
    ['Worked on improving search latency by 40%', 'Contributed to improving search latency by 40%'],
    ['Responsible for hiring 4 engineers', 'Hired 4 engineers'],
    ['In charge of the management of vendor contracts worth $2M', 'Managed vendor contracts worth $2M'],
    ['Developing REST APIs for 3 mobile apps', 'Developed REST APIs for 3 mobile apps'],
    ['plan quarterly roadmaps', 'Planned quarterly roadmaps'],
    ['Reduced cloud costs by 30%', 'Reduced cloud costs by 30%'],
    ['Led a team of 5 engineers', 'Led a team of 5 engineers'],
    ['Customer support for enterprise clients', 'Delivered customer support for enterprise clients'],
    ['AWS migration for 12 services', 'Delivered AWS migration for 12 services'],
    ['Laid natural stone walls for the estate', 'Laid natural stone walls for the estate'],
    ['  -  ', ''],
  ])('%j → %j', (input, expected) => {
    expect(rewriteBulletWithRules(input)).toBe(expected);
  });

  it('adds no template to fill to a bullet without a number, hands-on and care work included', () => {
    for (const bullet of ['Responsible for the payroll system', 'Laid natural stone walls for the estate', 'Cared for residents with dementia on the night shift', 'Wired new builds for a local developer']) {
      const rewrite = rewriteBulletWithRules(bullet);
      expect(rewrite).not.toMatch(/\[|improving/);
    }
    expect(rewriteBulletWithRules('Cared for residents with dementia on the night shift')).toBe('Cared for residents with dementia on the night shift');
  });

  it('never writes something shaped like a privacy placeholder, so restoring cannot touch it', () => {
    expect(rewriteBulletWithRules('responsible for the team')).not.toMatch(/\[[A-Z_]+_\d+\]/);
  });
});
