import { describe, expect, it } from 'vitest';
import { retryOnDeadlock } from './transaction.ts';

const deadlock = Object.assign(new Error('deadlock detected'), { code: '40P01' });

describe('retryOnDeadlock', () => {
  it('runs a transaction again after a deadlock, and only then', async () => {
    let runs = 0;
    let retries = 0;
    const result = await retryOnDeadlock(
      async () => {
        if (++runs < 3) throw deadlock;
        return 'ok';
      },
      () => retries++,
    );
    expect({ result, runs, retries }).toEqual({ result: 'ok', runs: 3, retries: 2 });

    const other = Object.assign(new Error('unique violation'), { code: '23505' });
    let once = 0;
    await expect(
      retryOnDeadlock(
        async () => {
          once++;
          throw other;
        },
        () => {},
      ),
    ).rejects.toBe(other);
    expect(once).toBe(1);
  });

  it('gives up after the last attempt with the deadlock itself', async () => {
    let runs = 0;
    await expect(
      retryOnDeadlock(
        async () => {
          runs++;
          throw deadlock;
        },
        () => {},
        2,
      ),
    ).rejects.toBe(deadlock);
    expect(runs).toBe(2);
  });
});
