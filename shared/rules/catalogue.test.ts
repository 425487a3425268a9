import { describe, expect, it } from 'vitest';
import { formatPriceRange, slugify, waLink, waNumber } from './catalogue.ts';

describe('catalogue rules', () => {
  it('formats a price range the Indonesian way', () => {
    expect(formatPriceRange(15000, 25000)).toBe('Rp 15.000 – Rp 25.000');
    expect(formatPriceRange(15000, 15000)).toBe('Rp 15.000');
    expect(formatPriceRange(null, 7500)).toBe('Rp 7.500');
    expect(formatPriceRange(null, null)).toBeNull();
  });

  it('turns stored and typed phone numbers into WhatsApp numbers', () => {
    expect(waNumber('+6281234567890')).toBe('6281234567890');
    expect(waNumber('0812-3456-7890')).toBe('6281234567890');
    expect(waNumber('812 3456 7890')).toBe('6281234567890');
    expect(waNumber('12345')).toBeNull();
    expect(waNumber(null)).toBeNull();
  });

  it('builds a wa.me link with the message encoded', () => {
    expect(waLink('0812-3456-7890', 'Halo "Keripik" & teman')).toBe(
      'https://wa.me/6281234567890?text=Halo%20%22Keripik%22%20%26%20teman',
    );
    expect(waLink(null, 'x')).toBeNull();
  });

  it('makes ASCII slugs', () => {
    expect(slugify('Keripik Tempe "Sanan" Jaya!')).toBe('keripik-tempe-sanan-jaya');
    expect(slugify('Kué Lapis Légit')).toBe('kue-lapis-legit');
    expect(slugify('???')).toBe('produk');
  });
});
