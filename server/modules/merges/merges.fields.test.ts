import { describe, expect, it } from 'vitest';
import { mergedValues } from './merges.fields.ts';

const thresholds = {
  mikro: { capital: 1e9, sales: 2e9 },
  kecil: { capital: 5e9, sales: 15e9 },
  menengah: { capital: 10e9, sales: 50e9 },
};
const base = { name: 'Keripik Bu Siti', products: 'keripik', street: 'Jl. Sanan', rt: '03', rw: '05' };

describe('merged values', () => {
  it('takes an address whole, never a street from one record and RT/RW from the other', () => {
    const out = mergedValues(
      'business',
      { ...base, rt: null, rw: null },
      { ...base, street: 'Jl. Candi', rt: '01', rw: '02' },
      { rt: 'merged' },
      thresholds,
    );
    expect(out).toMatchObject({ street: 'Jl. Candi', rt: '01', rw: '02' });
  });

  it('keeps the IR level of the more recent assessment, whichever record it is on', () => {
    const older = { ...base, ir_level: 1, ir_level_since: '2025-03-01' };
    const newer = { ...base, ir_level: 2, ir_level_since: '2026-08-15' };
    expect(mergedValues('business', older, newer, {}, thresholds)).toMatchObject({
      ir_level: 2,
      ir_level_since: '2026-08-15',
    });
    expect(mergedValues('business', newer, older, {}, thresholds)).not.toHaveProperty('ir_level');
    expect(mergedValues('business', { ...base, ir_level: null }, older, {}, thresholds)).toMatchObject({
      ir_level: 1,
    });
  });
});
