import { Box, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export type Detail = { label: string; value: ReactNode };

/** Label/value pairs as a description list, two columns on wide screens. */
export function DetailList({ items, cols = 2 }: { items: Detail[]; cols?: number }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: cols }} spacing="sm" verticalSpacing="xs" m={0}>
      {items.map((d) => (
        <Box key={d.label}>
          <Text component="dt" fz="sm" fw={600} c="dimmed">
            {d.label}
          </Text>
          <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
            {d.value === null || d.value === undefined || d.value === '' ? '–' : d.value}
          </Text>
        </Box>
      ))}
    </SimpleGrid>
  );
}
