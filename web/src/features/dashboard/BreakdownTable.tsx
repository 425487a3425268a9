import { Table } from '@mantine/core';
import { Link } from 'react-router';
import { formatNumberId } from '../../../../shared/rules/format.ts';

export type BreakdownColumn = { header: string; values: (number | null)[] };
export type BreakdownRow = { key: string; label: string; href?: string };

/**
 * A caption, one label column and right-aligned counts; fits 360 px with short headers. A label or a
 * count with a link opens the list behind it (`hrefs[row][column]`).
 */
export function BreakdownTable(props: {
  caption: string;
  labelHeader: string;
  rows: BreakdownRow[];
  columns: BreakdownColumn[];
  hrefs?: (string | undefined)[][];
}) {
  return (
    // Wider than a phone with many columns: the scrolling box takes keyboard focus so it can be scrolled.
    <Table.ScrollContainer minWidth={300} type="native" tabIndex={0} role="region" aria-label={props.caption}>
      <Table striped highlightOnHover fz="sm" verticalSpacing={6} horizontalSpacing={6}>
        <Table.Caption>{props.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{props.labelHeader}</Table.Th>
            {props.columns.map((c) => (
              <Table.Th key={c.header} scope="col" ta="right">
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((r, i) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row" fw={500}>
                {r.href ? (
                  <Link to={r.href} className="row-link">
                    {r.label}
                  </Link>
                ) : (
                  r.label
                )}
              </Table.Th>
              {props.columns.map((c, j) => {
                const text = c.values[i] == null ? '–' : formatNumberId(c.values[i] as number);
                const href = props.hrefs?.[i]?.[j];
                return (
                  <Table.Td key={c.header} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {href ? (
                      <Link to={href} className="row-link" aria-label={`${r.label}, ${c.header}: ${text}`}>
                        {text}
                      </Link>
                    ) : (
                      text
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
