import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('config', () => {
  it('needs nothing for a first start', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 8080, region: '35.73', databaseUrl: undefined, demo: 'auto' });
    expect(c.sizeThresholds.mikro).toEqual({ capital: 1_000_000_000, sales: 2_000_000_000 });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(8080);
  });

  it('lists every problem at once, in Bahasa Indonesia', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'delapan', PILAR_REGION: 'Malang', DATABASE_URL: 'not a url' });
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      message = (e as Error).message;
    }
    expect(message).toMatch(/^Konfigurasi tidak valid/);
    expect(message).toContain('PORT');
    expect(message).toContain('PILAR_REGION harus berupa kode kabupaten/kota');
    expect(message).toContain('DATABASE_URL');
  });

  it('reads the linkage zones as "link,review" and refuses them the wrong way round', () => {
    expect(loadConfig({}).linkage).toEqual({
      person: { link: 17.5, review: 12 },
      business: { link: 15.5, review: 10 },
    });
    expect(loadConfig({ PILAR_LINK_PERSON: '22, 14' }).linkage.person).toEqual({ link: 22, review: 14 });
    expect(() => loadConfig({ PILAR_LINK_PERSON: '12,20' })).toThrow(/PILAR_LINK_PERSON: tulis dua angka/);
    expect(() => loadConfig({ PILAR_LINK_BUSINESS: 'tinggi' })).toThrow(/PILAR_LINK_BUSINESS/);
  });

  it('takes a letterhead logo only from a file that exists, as an absolute path', () => {
    expect(() => loadConfig({ PILAR_LETTERHEAD_LOGO: 'tidak-ada/logo.png' })).toThrow(
      /PILAR_LETTERHEAD_LOGO: Berkas logo kop surat tidak ditemukan/,
    );
    expect(loadConfig({ PILAR_LETTERHEAD_LOGO: 'package.json' }).letterhead.logo).toBe(
      path.resolve('package.json'),
    );
    expect(loadConfig({}).letterhead.logo).toBeUndefined();
  });
});
