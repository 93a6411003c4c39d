import { beforeAll, describe, expect, it } from 'vitest';
import skillsFile from '../../../src/kernel/skills/data/skills.json' with { type: 'json' };
import { extractSkills } from '../../../src/kernel/skills/index.js';

// An alias names its skill, never another field: ESCO lists "urban planning" and "city planning" among the
// labels of "civil engineering", and the taxonomy build used to merge that ESCO skill into Tanova's Urban
// Planning, so "civil engineering" and eight "civil engineering …" phrases became its aliases and a degree in
// civil engineering showed the skill "urban planning" (scripts/build-skills-taxonomy.mjs, `namesAnotherThing`).

const file = skillsFile as unknown as { skills: Array<[string, string]>; aliases: Array<[string, number, number]> };
const key = (text: string): string => text.toLowerCase().replace(/[^a-z0-9+#.]+/g, ' ').trim();

beforeAll(() => void extractSkills('warm-up'), 120_000);

describe('skills taxonomy aliases', () => {
  it('a degree line naming civil engineering yields civil engineering, not urban planning', () => {
    const names = extractSkills('BSc in Hydrogeology, Geology or Civil Engineering, University of Nairobi, 2011').map((s) => s.name);
    expect(names).not.toContain('urban planning');
    expect(names).toContain('civil engineering');
    // The field whose label it shared keeps its own words.
    expect(extractSkills('Drafted the city planning and land use planning reports').map((s) => s.name)).toContain('urban planning');
  });

  it('no alias is another skill’s canonical name, and no alias of one skill names a field split from it', () => {
    const canonical = new Map(file.skills.map(([name], id) => [key(name), id]));
    const other = file.aliases.filter(([text, id]) => (canonical.get(key(text)) ?? id) !== id).map(([text, id]) => `${text} → ${file.skills[id]![0]}`);
    expect(other).toEqual([]);
    const aliasesOf = (name: string): string[] => file.aliases.filter(([, id]) => id === canonical.get(name)).map(([text]) => text);
    expect(aliasesOf('urban planning').filter((a) => a.includes('engineering'))).toEqual([]);
    // Another the same rule keeps apart: the types of semiconductors are no integrated circuit.
    expect(aliasesOf('integrated circuits')).not.toContain('types of semiconductors');
  });
});
