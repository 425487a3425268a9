import { describe, expect, it } from 'vitest';
import { sectorOfText } from './sector.ts';

describe('sectorOfText', () => {
  it.each([
    ['Makanan & Minuman', 'pangan'],
    ['pangan', 'pangan'],
    ['Kuliner', 'pangan'],
    ['Keripik tempe, kerupuk udang', 'pangan'],
    ['Sambel pecel', 'pangan'],
    ['Mebel kayu jati', 'kayu'],
    ['Anyaman bambu', 'kayu'],
    ['Konveksi kaos', 'sandang'],
    ['Batik tulis Malangan', 'sandang'],
    ['Kerajinan flanel', 'kerajinan'],
    ['Gerabah', 'kerajinan'],
    ['Kriya', 'kerajinan'],
    ['Herbal', 'kimia'],
    ['Obat tradisional', 'kimia'],
    ['Sabun cuci piring', 'kimia'],
    ['Salon', 'jasa'],
    ['Jasa', 'jasa'],
    ['Ningsih Bakery', 'pangan'],
    ['Cookies coklat', 'pangan'],
    ['Tape singkong', 'pangan'],
    ['Bakpia Keju', 'pangan'],
    ['Dimsum ayam, risoles', 'pangan'],
    ['Kacang Sihobuk', 'pangan'],
  ])('%s → %s', (text, sector) => {
    expect(sectorOfText(text)).toBe(sector);
  });

  it('does not guess on no hits or a tie', () => {
    expect(sectorOfText('Serba ada')).toBeNull();
    expect(sectorOfText('Warung kue')).toBeNull();
    expect(sectorOfText(null)).toBeNull();
  });
});
