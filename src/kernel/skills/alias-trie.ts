/** One alias to index: its tokens' keys, the skill it names, and its exact wording if it is ambiguous. */
export interface TrieAlias {
  keys: readonly string[];
  skill: number;
  /** Set for an ambiguous alias (Go, R, Excel): it counts only when written exactly so. */
  exactText?: string;
}

/** The node every walk starts from. */
export const TRIE_ROOT = 0;
/** What `child` answers when the token leads nowhere. */
export const NO_NODE = -1;

/**
 * The taxonomy's aliases as a token trie held in a few typed arrays (issue #18). The same trie as
 * objects — a node object, a Map of children and a hit object per alias, and every alias's token keys
 * as separate strings — held about 47 MB of heap for as long as the process ran (≈ 290 bytes for each
 * of its ~160 000 nodes), a third of an idle server's live heap. Here a token key is stored once (a
 * vocabulary of distinct keys), an edge is three integers in an open-addressing table keyed by
 * (parent, token), and a node's hits are a range of skill ids; only the few ambiguous aliases keep
 * their wording. Lookups stay O(1) per token, so matching is still linear in the text.
 */
export class AliasTrie {
  private constructor(
    private readonly vocabulary: ReadonlyMap<string, number>,
    private readonly mask: number,
    private readonly edgeParent: Int32Array,
    private readonly edgeToken: Int32Array,
    private readonly edgeChild: Int32Array,
    /** Node n's hits are hitSkill[hitStart[n] .. hitStart[n + 1]), in the order the aliases came. */
    private readonly hitStart: Int32Array,
    private readonly hitSkill: Int32Array,
    private readonly exactTexts: ReadonlyMap<number, string>,
  ) {}

  static build(aliases: readonly TrieAlias[]): AliasTrie {
    const vocabulary = new Map<string, number>();
    // Every node but the root is reached by one edge, so a node count bounds the edge count.
    const tokenCount = aliases.reduce((sum, alias) => sum + alias.keys.length, 0);
    let capacity = 1024;
    while (capacity < tokenCount * 1.5) capacity *= 2;
    const mask = capacity - 1;
    const edgeParent = new Int32Array(capacity).fill(NO_NODE);
    const edgeToken = new Int32Array(capacity);
    const edgeChild = new Int32Array(capacity);
    const hitNodes = new Int32Array(aliases.length).fill(NO_NODE);
    let nodes = 1;
    aliases.forEach((alias, index) => {
      if (alias.keys.length === 0) return;
      let node = TRIE_ROOT;
      for (const key of alias.keys) {
        let token = vocabulary.get(key);
        if (token === undefined) vocabulary.set(key, (token = vocabulary.size));
        let slot = edgeSlot(node, token, mask);
        while (edgeParent[slot] !== NO_NODE && (edgeParent[slot] !== node || edgeToken[slot] !== token)) slot = (slot + 1) & mask;
        if (edgeParent[slot] === NO_NODE) {
          edgeParent[slot] = node;
          edgeToken[slot] = token;
          edgeChild[slot] = nodes++;
        }
        node = edgeChild[slot]!;
      }
      hitNodes[index] = node;
    });
    // Counting sort of the hits by node, stable: a node's hits keep the aliases' order.
    const hitStart = new Int32Array(nodes + 1);
    for (const node of hitNodes) if (node !== NO_NODE) hitStart[node + 1]!++;
    for (let n = 0; n < nodes; n++) hitStart[n + 1]! += hitStart[n]!;
    const hitSkill = new Int32Array(hitStart[nodes]!);
    const filled = hitStart.slice(0, nodes);
    const exactTexts = new Map<number, string>();
    hitNodes.forEach((node, index) => {
      if (node === NO_NODE) return;
      const at = filled[node]!++;
      hitSkill[at] = aliases[index]!.skill;
      const exactText = aliases[index]!.exactText;
      if (exactText !== undefined) exactTexts.set(at, exactText);
    });
    return new AliasTrie(vocabulary, mask, edgeParent, edgeToken, edgeChild, hitStart, hitSkill, exactTexts);
  }

  /** How many nodes, the root included. */
  get nodeCount(): number {
    return this.hitStart.length - 1;
  }

  /** The node `key` leads to from `node`, or NO_NODE. */
  child(node: number, key: string): number {
    const token = this.vocabulary.get(key);
    if (token === undefined || node === NO_NODE) return NO_NODE;
    for (let slot = edgeSlot(node, token, this.mask); this.edgeParent[slot] !== NO_NODE; slot = (slot + 1) & this.mask) {
      if (this.edgeParent[slot] === node && this.edgeToken[slot] === token) return this.edgeChild[slot]!;
    }
    return NO_NODE;
  }

  /** Whether an alias ends at `node`. */
  hasHits(node: number): boolean {
    return node !== NO_NODE && this.hitStart[node + 1]! > this.hitStart[node]!;
  }

  /**
   * The skill of the first alias ending at `node` that counts here, or NO_NODE: a plain alias always
   * counts, an ambiguous one when `acceptExact` accepts its exact wording.
   */
  firstHit(node: number, acceptExact: (exactText: string) => boolean): number {
    for (let at = this.hitStart[node]!; at < this.hitStart[node + 1]!; at++) {
      const exactText = this.exactTexts.get(at);
      if (exactText === undefined || acceptExact(exactText)) return this.hitSkill[at]!;
    }
    return NO_NODE;
  }

  /** Every (parent, token key, child) edge, for tests that check the trie's shape. */
  *edges(): Generator<{ parent: number; key: string; child: number }> {
    const keys = [...this.vocabulary.keys()];
    for (let slot = 0; slot <= this.mask; slot++) {
      if (this.edgeParent[slot] !== NO_NODE) yield { parent: this.edgeParent[slot]!, key: keys[this.edgeToken[slot]!]!, child: this.edgeChild[slot]! };
    }
  }
}

function edgeSlot(node: number, token: number, mask: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(token + 1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) & mask;
}
