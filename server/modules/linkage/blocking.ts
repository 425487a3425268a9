function fnv(h: number, text: string): number {
  let out = h;
  for (let i = 0; i < text.length; i++) out = Math.imul(out ^ text.charCodeAt(i), 0x01000193);
  // A separator, so that ("ab", "c") and ("a", "bc") differ.
  return Math.imul(out ^ 0x7c, 0x01000193);
}

/**
 * A blocking key as a 30-bit FNV-1a hash of its parts, built without joining strings: a rare collision
 * only adds a candidate, which scoring then rejects.
 */
export function blockKey(tag: string, a: string, b = '', c = ''): number {
  return fnv(fnv(fnv(fnv(0x811c9dc5, tag), a), b), c) & 0x3fffffff;
}

const EMPTY = -1;

const grown = (a: Int32Array, size: number): Int32Array<ArrayBuffer> => {
  const out = new Int32Array(size);
  out.set(a);
  return out;
};

/**
 * Inverted index from blocking keys to record slots, in typed arrays: an open-addressing table of keys,
 * each holding a linked list of slots in the order they were added. 100k records make about a million
 * entries; as Maps of arrays they would cost hundreds of MB and keep the garbage collector busy.
 * A block larger than `cap` is skipped at query time: a key shared by that many records (a common name
 * in a big kelurahan) cannot tell them apart anyway.
 */
export class BlockIndex {
  private keys = new Int32Array(1 << 12).fill(EMPTY);
  private heads = new Int32Array(1 << 12);
  private tails = new Int32Array(1 << 12);
  private sizes = new Int32Array(1 << 12);
  private used = 0;
  private slotOf = new Int32Array(1 << 12);
  private nextOf = new Int32Array(1 << 12);
  private entries = 0;
  private stamps = new Int32Array(1 << 12);
  private stamp = 0;

  /**
   * `base`: when only part of the registry is loaded (a small import), how many registry records hold each
   * key; their slots are then added uncounted, and every key asked for must be in `base`.
   */
  constructor(
    private readonly cap: number,
    private readonly base: Map<number, number> | null = null,
  ) {}

  /** `counted` false: a registry record already in `base`. */
  add(slot: number, keys: readonly number[], counted = true): void {
    const step = counted ? 1 : 0;
    for (const key of keys) {
      if (this.used * 2 >= this.keys.length) this.rehash();
      const at = this.position(key);
      if (this.keys[at] === EMPTY) {
        this.keys[at] = key;
        this.used++;
        this.heads[at] = this.entry(slot);
        this.tails[at] = this.heads[at] as number;
        this.sizes[at] = step;
      } else if (this.slotOf[this.tails[at] as number] !== slot) {
        const e = this.entry(slot);
        this.nextOf[this.tails[at] as number] = e;
        this.tails[at] = e;
        this.sizes[at] = (this.sizes[at] as number) + step;
      }
    }
  }

  /** Records holding the key: those added and counted, plus the registry's own when only part is loaded. */
  private size(at: number, key: number): number {
    const own = this.keys[at] === EMPTY ? 0 : (this.sizes[at] as number);
    if (!this.base) return own;
    const base = this.base.get(key);
    if (base === undefined) throw new Error('linkage: blocking key not loaded');
    return base + own;
  }

  /**
   * Registry records holding the key when only part of the registry is loaded (0 when all of it is; null
   * when its count was not read).
   */
  registered(key: number): number | null {
    return this.base ? (this.base.get(key) ?? null) : 0;
  }

  /** The slots added under the key (when part of the registry is loaded: only the loaded ones). */
  slots(key: number): number[] {
    const out: number[] = [];
    const at = this.position(key);
    if (this.keys[at] === EMPTY) return out;
    for (let e = this.heads[at] as number; e !== EMPTY; e = this.nextOf[e] as number)
      out.push(this.slotOf[e] as number);
    return out;
  }

  /**
   * Distinct slots below `below` sharing at least one usable key, each visited once. Blocks hold slots in
   * the order they were added, so a full re-linkage can stop at the record being compared.
   */
  candidates(keys: readonly number[], visit: (slot: number) => void, below = Number.POSITIVE_INFINITY): void {
    this.stamp++;
    for (const key of keys) {
      const at = this.position(key);
      if (this.size(at, key) > this.cap || this.keys[at] === EMPTY) continue;
      for (let e = this.heads[at] as number; e !== EMPTY; e = this.nextOf[e] as number) {
        const slot = this.slotOf[e] as number;
        if (slot >= below) break;
        if (slot >= this.stamps.length)
          this.stamps = grown(this.stamps, Math.max(slot + 1, this.stamps.length * 2));
        if (this.stamps[slot] === this.stamp) continue;
        this.stamps[slot] = this.stamp;
        visit(slot);
      }
    }
  }

  // Linear probing from the key's own bits; the table is kept at most half full.
  private position(key: number): number {
    const mask = this.keys.length - 1;
    let at = key & mask;
    while (this.keys[at] !== EMPTY && this.keys[at] !== key) at = (at + 1) & mask;
    return at;
  }

  private entry(slot: number): number {
    if (this.entries === this.slotOf.length) {
      this.slotOf = grown(this.slotOf, this.entries * 2);
      this.nextOf = grown(this.nextOf, this.entries * 2);
    }
    this.slotOf[this.entries] = slot;
    this.nextOf[this.entries] = EMPTY;
    return this.entries++;
  }

  private rehash(): void {
    const [keys, heads, tails, sizes] = [this.keys, this.heads, this.tails, this.sizes];
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY);
    this.heads = new Int32Array(keys.length * 2);
    this.tails = new Int32Array(keys.length * 2);
    this.sizes = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      if (key === EMPTY) continue;
      const at = this.position(key);
      this.keys[at] = key;
      this.heads[at] = heads[i] as number;
      this.tails[at] = tails[i] as number;
      this.sizes[at] = sizes[i] as number;
    }
  }
}
