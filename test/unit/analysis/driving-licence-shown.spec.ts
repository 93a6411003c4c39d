import { describe, expect, it } from 'vitest';
import { match, missingOf, warmJobMatch } from '../../helpers/job-match-missing.js';

// An ordinary driving licence asked for by any of its names ("driver's license", "Class C license", "category B")
// is held by a résumé that names a driving licence in other words or a commercial one (#12, wave 19). Invented postings.
warmJobMatch();

describe('a driving licence the résumé names in other words', () => {
  it('meets "valid driver\'s license" with a state "Driver License", and a "Class C license" with a CDL Class B', () => {
    const job = 'Pool Service Technician\nRequirements:\n- Valid driver\'s license and a clean driving record\n- Class C license or higher\n';
    const resume = 'Pool Service Technician\nServiced 60 residential pools a week.\nLICENCES\nNevada Driver License\nCDL Class B with Air Brake Endorsement\n';
    expect(missingOf(match(job, resume)).join(' | ')).not.toMatch(/driver's license|Class C/i);
  });

  it('meets a UK "category B" with a full UK driving licence', () => {
    const job = 'Mobility Engineer\nRequirements:\n- Full UK driving licence (category B); able to drive a service van\n';
    const resume = 'Mobility Engineer\nRepaired 12 powered wheelchairs a week.\nSKILLS\nFull UK Driving Licence, Powerchair Diagnostics\n';
    expect(missingOf(match(job, resume)).join(' | ')).not.toMatch(/category B/i);
  });

  it('still names the licence when the résumé names none, and never meets a CDL with a car licence', () => {
    const job = 'Delivery Driver\nRequirements:\n- Valid driver\'s license\n- Class B CDL with air brake endorsement\n';
    expect(missingOf(match(job, 'Courier\nDelivered 120 parcels a day by bicycle.\n')).join(' | ')).toMatch(/driver's license/i);
    expect(missingOf(match(job, 'Courier\nDelivered 120 parcels a day.\nLICENCES\nDriver License, Ohio\n')).join(' | ')).toMatch(/Class B|CDL/);
  });
});
