import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { preparePhoto } from '../../images/photo.ts';
import { categoryOf, demoPhotoPng, planDemoProducts } from './catalogue.gen.ts';

const businesses = [
  { id: 11, sector: 'pangan', kbli: '10794', products: 'keripik tempe, keripik tahu, peyek kacang, marning' },
  { id: 12, sector: 'kayu', kbli: '31001', products: 'kursi jati' },
];

describe('demo catalogue', () => {
  it('plans 1-3 products per business from its own product list, the same on every run', () => {
    const a = planDemoProducts(businesses);
    expect(a.map((p) => p.name)).toEqual(['Keripik Tempe', 'Keripik Tahu', 'Peyek Kacang', 'Kursi Jati']);
    expect(a).toEqual(planDemoProducts(businesses));
    for (const p of a) {
      expect(p.priceMin).toBeLessThanOrEqual(p.priceMax);
      expect(p.priceMin % 500).toBe(0);
    }
    expect(a[3]?.category).toBe('mebel');
  });

  it('maps drinks and cakes by KBLI before the sector', () => {
    expect(categoryOf('pangan', '11090')).toBe('minuman');
    expect(categoryOf('pangan', '10710')).toBe('kue');
    expect(categoryOf('sandang', '14120')).toBe('fesyen');
  });

  it('renders a demo photo as an 800 px JPEG with a thumbnail', async () => {
    const [p] = planDemoProducts(businesses);
    const out = await preparePhoto(await demoPhotoPng(p as never));
    expect([out.full.width, out.full.height, out.thumb.width]).toEqual([800, 800, 400]);
    expect((await sharp(out.full.bytes).metadata()).format).toBe('jpeg');
  });
});
