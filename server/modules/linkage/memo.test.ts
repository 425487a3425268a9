import { describe, expect, it } from 'vitest';
import { memo } from './memo.ts';

describe('memo', () => {
  it('computes each key once and starts over when full', () => {
    let calls = 0;
    const f = memo((s: string) => {
      calls++;
      return s.toUpperCase();
    }, 2);
    expect([f('a'), f('a'), f('b')]).toEqual(['A', 'A', 'B']);
    expect(calls).toBe(2);
    f('c');
    f('a');
    expect(calls).toBe(4);
  });
});
