import { validateNik } from '../../../shared/rules/nik.ts';
import { blockKey } from './blocking.ts';

export type NikLevel = 'same' | 'near' | 'different';
export type NikFacts = { gender: 'L' | 'P'; birthDate: string };

// Read once: the century of a two-digit birth year depends on today's date.
const TODAY = new Date();

/** Gender and birth date written into a NIK; null when the NIK is not a valid one. */
export function nikFacts(nik: string | null): NikFacts | null {
  if (nik === null) return null;
  const info = validateNik(nik, {}, { today: TODAY }).info;
  return info ? { gender: info.gender, birthDate: info.birthDate } : null;
}

function oneSlip(a: string, b: string): boolean {
  let first = -1;
  let diffs = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (++diffs > 2) return false;
    if (first < 0) first = i;
  }
  if (diffs === 1) return true;
  // Two neighbouring digits typed in the wrong order.
  return diffs === 2 && a[first] === b[first + 1] && a[first + 1] === b[first];
}

/** Same NIK, one digit mistyped or two adjacent digits swapped, or another NIK. */
export function compareNik(a: string, b: string): NikLevel {
  if (a === b) return 'same';
  return a.length === b.length && oneSlip(a, b) ? 'near' : 'different';
}

/**
 * Blocking keys: the NIK, and three keys that each leave out one of its parts (region, birth date,
 * serial), so a NIK with one mistyped digit or two swapped inside a part still meets the right record.
 */
export function nikKeys(nik: string): number[] {
  const [region, born, serial] = [nik.slice(0, 6), nik.slice(6, 12), nik.slice(12)];
  return [
    blockKey('n', nik),
    blockKey('nr', born, serial),
    blockKey('nb', region, serial),
    blockKey('ns', region, born),
  ];
}
