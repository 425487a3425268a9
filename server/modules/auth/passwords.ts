import { hash, verify } from '@node-rs/argon2';
import { passwordStrength } from '../../../shared/rules/password.ts';
import { AppError } from '../../http/errors.ts';

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (pw: string) => hash(pw, OPTIONS);

export async function verifyPassword(stored: string, pw: string): Promise<boolean> {
  try {
    return await verify(stored, pw);
  } catch {
    return false;
  }
}

/** Refuses a weak password with the strength checker's Indonesian messages on the given field. */
export function assertStrong(pw: string, context: string[], path: string) {
  const r = passwordStrength(pw, context);
  if (r.score >= 3) return;
  throw new AppError(
    'VALIDATION_FAILED',
    r.issues[0]?.message ?? 'Kata sandi terlalu lemah.',
    r.issues.map((i) => ({ path, ...i })),
  );
}
