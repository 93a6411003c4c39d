import { describe, expect, it } from 'vitest';
import { AliasTrie, NO_NODE, TRIE_ROOT } from '../../../src/kernel/skills/alias-trie.js';
import { matchSkills } from '../../../src/kernel/skills/index.js';
import { skillsTaxonomy } from '../../../src/kernel/skills/skills-taxonomy.js';

// Issue #18: the alias trie lives as long as the process. As objects (a node, a Map of children and a
// hit object per alias) it held about 47 MB of heap; it is now a few typed arrays.

describe('skills taxonomy trie', () => {
  it('walks token by token, keeps the aliases’ order at a node and the exact wording of ambiguous ones', () => {
    const trie = AliasTrie.build([
      { keys: ['amazon', 'web', 'service'], skill: 1 },
      { keys: ['amazon'], skill: 2 },
      { keys: ['go'], skill: 3, exactText: 'Go' },
      { keys: ['go'], skill: 4 },
      { keys: [], skill: 5 },
      { keys: ['web'], skill: 6 },
    ]);
    const amazon = trie.child(TRIE_ROOT, 'amazon');
    const web = trie.child(amazon, 'web');
    expect(trie.firstHit(amazon, () => true)).toBe(2);
    expect(trie.hasHits(web)).toBe(false);
    expect(trie.firstHit(trie.child(web, 'service'), () => true)).toBe(1);
    expect(trie.child(web, 'amazon')).toBe(NO_NODE);
    expect(trie.child(TRIE_ROOT, 'service')).toBe(NO_NODE);
    expect(trie.child(NO_NODE, 'amazon')).toBe(NO_NODE);
    expect(trie.hasHits(NO_NODE)).toBe(false);
    expect(trie.firstHit(trie.child(TRIE_ROOT, 'web'), () => true)).toBe(6);
    const go = trie.child(TRIE_ROOT, 'go');
    expect(trie.firstHit(go, (exact) => exact === 'Go')).toBe(3);
    expect(trie.firstHit(go, () => false)).toBe(4);
    expect(trie.nodeCount).toBe(6);
  });

  it('indexes every alias of the taxonomy as one edge per node, and still finds multi-word and one-word aliases', () => {
    const { trie } = skillsTaxonomy();
    const children = new Set<number>();
    for (const { parent, key, child } of trie.edges()) {
      expect(trie.child(parent, key)).toBe(child);
      children.add(child);
    }
    expect(trie.nodeCount).toBeGreaterThan(10_000);
    // Every node but the root is reached by exactly one edge.
    expect(children.size).toBe(trie.nodeCount - 1);
    const found = matchSkills('Built services in TypeScript on Amazon Web Services with PostgreSQL.').map((m) => m.text);
    expect(found).toEqual(expect.arrayContaining(['TypeScript', 'Amazon Web Services', 'PostgreSQL']));
  });
});
