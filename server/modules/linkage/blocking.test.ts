import { describe, expect, it } from 'vitest';
import { BlockIndex, blockKey } from './blocking.ts';

const visited = (index: BlockIndex, keys: number[], below?: number) => {
  const out: number[] = [];
  index.candidates(keys, (s) => out.push(s), below);
  return out;
};

describe('blockKey', () => {
  it('separates parts, so shifted text makes another key', () => {
    expect(blockKey('w', 'ab', 'c')).not.toBe(blockKey('w', 'a', 'bc'));
    expect(blockKey('w', 'ab', 'c')).toBe(blockKey('w', 'ab', 'c'));
  });
});

describe('BlockIndex', () => {
  it('visits each candidate once across keys', () => {
    const index = new BlockIndex(10);
    const [k1, k2] = [blockKey('a', '1'), blockKey('a', '2')];
    index.add(0, [k1, k2]);
    index.add(1, [k2]);
    expect(visited(index, [k1, k2])).toEqual([0, 1]);
  });

  it('skips a block larger than its cap', () => {
    const index = new BlockIndex(2);
    const [big, small] = [blockKey('w', 'siti'), blockKey('n', '1')];
    for (let s = 0; s < 3; s++) index.add(s, [big]);
    index.add(3, [small]);
    expect(visited(index, [big, small])).toEqual([3]);
  });

  it('stops at `below` for a full re-linkage', () => {
    const index = new BlockIndex(10);
    const k = blockKey('p', '+62812');
    for (let s = 0; s < 5; s++) index.add(s, [k]);
    expect(visited(index, [k], 3)).toEqual([0, 1, 2]);
  });
});
