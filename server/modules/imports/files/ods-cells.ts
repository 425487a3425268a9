import type { Cell } from '../imports.types.ts';

/** The attributes of a table:table-cell that decide its value. */
export type OdsCellAttributes = Record<string, string | undefined>;

const ODS_DATE = /^(-?\d{4,})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?)?/;

/** office:date-value as a Date with the wall-clock time in UTC fields, as the .xlsx reader gives dates. */
function odsDate(value: string): Date | null {
  const m = ODS_DATE.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac] = m.map((part) => part ?? '0');
  const ms = Math.round(Number(`0${frac}`) * 1000);
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms));
  // Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(Number(y));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The value of a cell from its office:value-type and the text of its paragraphs. */
export function odsCellValue(attributes: OdsCellAttributes, text: string): Cell {
  const shown: Cell = text === '' ? null : text;
  switch (attributes['office:value-type']) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const number = Number(attributes['office:value']);
      return attributes['office:value'] === undefined || Number.isNaN(number) ? shown : number;
    }
    case 'date':
      return odsDate(attributes['office:date-value'] ?? '') ?? shown;
    case 'boolean':
      return attributes['office:boolean-value'] === 'true';
    case 'string':
      return attributes['office:string-value'] || shown;
    default:
      return shown;
  }
}
