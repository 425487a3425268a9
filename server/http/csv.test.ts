import { describe, expect, it } from 'vitest';
import { csvResponse, safeCell } from './csv.ts';

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+62812', '-5', '@SUM(A1)', '\tx', '\rx', 'Siti', 0, null].map(safeCell)).toEqual([
      "'=1+1",
      "'+62812",
      "'-5",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      'Siti',
      '0',
      '',
    ]);
  });

  it('streams every batch after a header, with a BOM', async () => {
    async function* batches() {
      yield [
        ['a', '=cmd'],
        ['b', 'x,y'],
      ];
      yield [['c', 'baris "kutip"']];
    }
    const bytes = Buffer.from(await csvResponse('x.csv', ['kolom1', 'kolom2'], batches()).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      'kolom1,kolom2\r\na,\'=cmd\r\nb,"x,y"\r\nc,"baris ""kutip"""\r\n',
    );
  });
});
