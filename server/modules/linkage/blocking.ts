function fnv(h: number, text: string): number {
  let out = h;
  for (let i = 0; i < text.length; i++) out = Math.imul(out ^ text.charCodeAt(i), 0x01000193);
  // A separator, so that ("ab", "c") and ("a", "bc") differ.
  return Math.imul(out ^ 0x7c, 0x01000193);
}

/**
 * A blocking key as a 30-bit FNV-1a hash of its parts, built without joining strings: small-integer map
 * keys cost far less memory and time than strings, and a rare collision only adds a candidate.
 */
export function blockKey(tag: string, a: string, b = '', c = ''): number {
  return fnv(fnv(fnv(fnv(0x811c9dc5, tag), a), b), c) & 0x3fffffff;
}

/**
 * Inverted index from blocking keys to record slots. A block larger than `cap` is skipped at query time:
 * a key shared by that many records (a common name in a big kelurahan) cannot tell them apart anyway.
 */
export class BlockIndex {
  // Most keys (a NIK, a house) hold one slot: stored as the number itself, an array only from the second.
  private readonly blocks = new Map<number, number | number[]>();
  private stamps = new Int32Array(1024);
  private stamp = 0;

  constructor(private readonly cap: number) {}

  add(slot: number, keys: readonly number[]): void {
    for (const h of keys) {
      const block = this.blocks.get(h);
      if (block === undefined) this.blocks.set(h, slot);
      else if (typeof block === 'number') {
        if (block !== slot) this.blocks.set(h, [block, slot]);
      } else if (block[block.length - 1] !== slot) block.push(slot);
    }
  }

  block(key: number): readonly number[] {
    const block = this.blocks.get(key);
    return block === undefined ? [] : typeof block === 'number' ? [block] : block;
  }

  /**
   * Distinct slots below `below` sharing at least one usable key, each visited once. Blocks hold slots in
   * the order they were added, so a full re-linkage can stop at the record being compared.
   */
  candidates(keys: readonly number[], visit: (slot: number) => void, below = Number.POSITIVE_INFINITY): void {
    this.stamp++;
    for (const key of keys) {
      const block = this.blocks.get(key);
      if (block === undefined) continue;
      if (typeof block === 'number') {
        if (block < below) this.once(block, visit);
      } else if (block.length <= this.cap) {
        for (const slot of block) {
          if (slot >= below) break;
          this.once(slot, visit);
        }
      }
    }
  }

  private once(slot: number, visit: (slot: number) => void): void {
    if (slot >= this.stamps.length) this.grow(slot);
    if (this.stamps[slot] === this.stamp) return;
    this.stamps[slot] = this.stamp;
    visit(slot);
  }

  private grow(slot: number): void {
    const next = new Int32Array(Math.max(slot + 1, this.stamps.length * 2));
    next.set(this.stamps);
    this.stamps = next;
  }
}
