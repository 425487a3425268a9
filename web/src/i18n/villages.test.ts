import { describe, expect, it } from 'vitest';
import { desaWording, translate } from './index.tsx';

describe('village wording of the served region', () => {
  it('names villages desa/kelurahan when a regency is served', () => {
    expect(desaWording('Kelurahan')).toBe('Desa/kelurahan');
    expect(desaWording('Semua kelurahan')).toBe('Semua desa/kelurahan');
    expect(desaWording('Per kelurahan di kecamatan')).toBe('Per desa/kelurahan di kecamatan');
    expect(desaWording('melihat kelurahannya')).toBe('melihat desa/kelurahannya');
    // Only the word: a key that holds it is not rewritten.
    expect(desaWording('kelurahanCode')).toBe('kelurahanCode');
  });

  it("keeps a city's wording by default", () => {
    expect(translate('id', 'field.kelurahan')).toBe('Kelurahan');
    expect(translate('id', 'field.kelurahan', undefined, 'desa')).toBe('Desa/kelurahan');
    expect(translate('id', 'filter.allKelurahan', undefined, 'desa')).toBe('Semua desa/kelurahan');
  });
});
