import { describe, expect, it } from 'vitest';
import { matchSkills } from '../../../src/kernel/skills/index.js';
import { skillsTaxonomy, type TrieNode } from '../../../src/kernel/skills/skills-taxonomy.js';

// Issue #18: the alias trie lives as long as the process. Leaves carry no (empty) map of children:
// ~160 000 empty Maps held tens of megabytes after the first analysis or job search.

describe('skills taxonomy trie', () => {
  it('has no empty child maps, and still finds multi-word and one-word aliases', () => {
    let nodes = 0;
    let empty = 0;
    const walk = (node: TrieNode): void => {
      nodes++;
      if (node.next && node.next.size === 0) empty++;
      for (const child of node.next?.values() ?? []) walk(child);
    };
    walk(skillsTaxonomy().trie);
    expect(nodes).toBeGreaterThan(10_000);
    expect(empty).toBe(0);
    const found = matchSkills('Built services in TypeScript on Amazon Web Services with PostgreSQL.').map((m) => m.text);
    expect(found).toEqual(expect.arrayContaining(['TypeScript', 'Amazon Web Services', 'PostgreSQL']));
  });
});
