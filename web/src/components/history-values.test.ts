import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/index.tsx';
import { historyFieldLabel, historyValue } from './history-values.ts';

const ctx = {
  t: (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) => translate('id', k, v),
  locale: 'id' as const,
  areaName: (code: string) => (code === '35.73.01.1001' ? 'Purwantoro' : undefined),
};

describe('history values', () => {
  it('labels API field names in Bahasa Indonesia and leaves unknown ones as they are', () => {
    expect(historyFieldLabel('monthlyTurnover', ctx.t)).toBe('Omzet per bulan');
    expect(historyFieldLabel('somethingNew', ctx.t)).toBe('somethingNew');
  });

  it('formats Rupiah, dates, booleans, areas and NIKs for reading', () => {
    expect(historyValue('monthlyTurnover', 1500000, ctx)).toBe('Rp 1.500.000');
    expect(historyValue('expiresOn', '2018-04-18', ctx)).toBe('18 April 2018');
    expect(historyValue('krtp', true, ctx)).toBe('Ya');
    expect(historyValue('kelurahanCode', '35.73.01.1001', ctx)).toBe('Purwantoro (35.73.01.1001)');
    expect(historyValue('nik', '3573014505900001', ctx)).toBe('3573********0001');
    expect(historyValue('yearStarted', 2015, ctx)).toBe('2015');
    expect(historyValue('sentra', null, ctx)).toBe('–');
    expect(historyFieldLabel('irLevel', ctx.t)).toBe('Level IR');
    expect(historyValue('irLevel', 2, ctx)).toBe('IR 2 Berkembang');
  });

  it('names an IR level in the interface language', () => {
    expect(historyValue('irLevel', 3, { ...ctx, locale: 'en' as const })).toBe('IR 3 Advanced');
  });
});
