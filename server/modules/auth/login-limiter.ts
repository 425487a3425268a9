import { AppError } from '../../http/errors.ts';

/**
 * At most `max` failed sign-ins per address in a sliding window (an office behind one NAT address
 * signs in many people each morning, so successes do not count). In memory, per server process.
 */
export function loginLimiter(max: number, windowMs: number) {
  const failures = new Map<string, number[]>();
  const recent = (key: string) => (failures.get(key) ?? []).filter((t) => Date.now() - t < windowMs);
  return {
    check(key: string) {
      if (recent(key).length >= max) {
        throw new AppError(
          'TOO_MANY_ATTEMPTS',
          'Terlalu banyak percobaan masuk yang gagal dari alamat ini. Tunggu satu menit, lalu coba lagi.',
        );
      }
    },
    fail(key: string) {
      if (failures.size > 10_000) failures.clear();
      failures.set(key, [...recent(key), Date.now()]);
    },
  };
}
