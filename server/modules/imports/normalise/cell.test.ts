import { describe, expect, it } from 'vitest';
import { calendarDayOf, cellText, cleanText, isEmptyCell, textValue } from './cell.ts';

describe('cleanText', () => {
  it('trims, collapses spaces and turns line breaks and tabs into one space', () => {
    expect(cleanText('  Siti \n\n Aminah\t ')).toBe('Siti Aminah');
    expect(cleanText('Nama\r\nPemilik')).toBe('Nama Pemilik');
  });

  it('drops control and zero-width characters and turns non-breaking spaces into spaces', () => {
    expect(cleanText('Si\u0007ti\u200B Ami\uFEFFnah')).toBe('Siti Aminah');
    expect(cleanText('Jl.\u00A0Mawar')).toBe('Jl. Mawar');
  });

  it('keeps markup as text: escaping is the job of whoever shows it', () => {
    expect(cleanText(' <script>alert(1)</script> ')).toBe('<script>alert(1)</script>');
  });

  it('composes decomposed letters (NFC)', () => {
    expect(cleanText('Caf\u0065\u0301')).toBe('Caf\u00e9');
  });
});

describe('cellText and textValue', () => {
  it('reads every cell type as text', () => {
    expect(cellText(2500000)).toBe('2500000');
    expect(cellText(true)).toBe('Ya');
    expect(cellText(new Date('1980-05-12T00:00:00Z'))).toBe('1980-05-12');
    expect(cellText('   ')).toBeNull();
    expect(cellText(null)).toBeNull();
    expect(cellText(Number.NaN)).toBeNull();
  });

  it('treats "none" placeholders and Excel error values as empty', () => {
    for (const none of [
      '-',
      '—',
      '.',
      'N/A',
      'Tidak ada',
      'nihil',
      '#N/A',
      '#REF!',
      'Tidak tahu',
      '(belum ada)',
      '( - )',
      'tdk ada',
      'kosong',
    ]) {
      expect(textValue(none), none).toBeNull();
      expect(isEmptyCell(none), none).toBe(true);
    }
    expect(textValue(' Keripik Tempe ')).toBe('Keripik Tempe');
  });
});

describe('calendarDayOf', () => {
  it('gives the day a date or date-time cell shows, however late in the day', () => {
    expect(calendarDayOf(new Date('1980-05-12T00:00:00Z'))).toBe('1980-05-12');
    expect(calendarDayOf(new Date('1980-05-12T12:00:00Z'))).toBe('1980-05-12');
    expect(calendarDayOf(new Date('1976-08-18T23:59:00Z'))).toBe('1976-08-18');
    expect(calendarDayOf(new Date('1850-03-01T18:30:00Z'))).toBe('1850-03-01');
    // A serial a formula left a hair below its day.
    expect(calendarDayOf(new Date((29_723.999_999_999 - 25_569) * 86_400_000))).toBe('1981-05-18');
    expect(calendarDayOf(new Date('invalid'))).toBeNull();
  });
});
