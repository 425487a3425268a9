import type { RuleIssue } from '../../../../shared/rules/issue.ts';
import type { Cell, ColumnMapping, DateOrder, ImportField, RowIssue, SheetRow } from '../imports.types.ts';
import { isEmptyCell } from './cell.ts';
import { FIELD_LABELS } from './labels.ts';
import type { Parsed } from './types.ts';

/** The cell a field reads in one row, with its column and header; column is undefined when unmapped. */
export type Source = {
  field: ImportField;
  cell: Cell;
  column: number | undefined;
  header: string;
  /** The column's date order, when it is not day first. */
  dateOrder?: DateOrder;
};
export type Read = (field: ImportField) => Source;

/** Reads fields of one row; when several columns feed a field, the first non-empty one is used. */
export function readerFor(row: SheetRow, mapping: readonly ColumnMapping[]): Read {
  return (field) => {
    const columns = mapping.filter((m) => m.field === field);
    const hit = columns.find((m) => !isEmptyCell(row.cells[m.column])) ?? columns[0];
    if (!hit) return { field, cell: null, column: undefined, header: '' };
    const source = { field, cell: row.cells[hit.column] ?? null, column: hit.column, header: hit.header };
    return hit.dateOrder ? { ...source, dateOrder: hit.dateOrder } : source;
  };
}

/** Collects a row's issues, each pointing at its field and column. */
export class Issues {
  readonly list: RowIssue[] = [];

  add(severity: RowIssue['severity'], src: Pick<Source, 'field' | 'column'>, code: string, message: string) {
    const issue: RowIssue = { severity, code, message, field: src.field };
    this.list.push(src.column === undefined ? issue : { ...issue, column: src.column });
  }

  error(src: Pick<Source, 'field' | 'column'>, code: string, message: string) {
    this.add('error', src, code, message);
  }

  warn(src: Pick<Source, 'field' | 'column'>, code: string, message: string) {
    this.add('warning', src, code, message);
  }

  /** A rule finding, prefixed with the field's name (unless it starts with it) so it stands alone in a report. */
  rule(
    severity: RowIssue['severity'],
    src: Pick<Source, 'field' | 'column'>,
    issue: RuleIssue,
    prefix?: string,
  ) {
    const label = prefix ?? FIELD_LABELS[src.field];
    const named = issue.message.toLowerCase().startsWith(label.toLowerCase());
    this.add(severity, src, issue.code, named ? issue.message : `${label}: ${issue.message}`);
  }

  /** The value of a reader's result; a value it could not read is reported with `unreadable` severity. */
  take<T>(src: Source, parsed: Parsed<T>, unreadable: RowIssue['severity'] = 'warning'): T | null {
    if (parsed.issue) this.rule(parsed.value === null ? unreadable : 'warning', src, parsed.issue);
    return parsed.value;
  }
}
