import { Box, SimpleGrid, Text } from '@mantine/core';
import { formatNumberId } from '../../../../shared/rules/format.ts';

type Item = { key: string; label: string; n: number };

/** Counts as a description list of big numbers: two columns on a phone, one row on a wide screen. */
export function CountGrid({ items }: { items: Item[] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: items.length }} spacing="xs" m={0}>
      {items.map((c) => (
        <Box key={c.key} p="xs" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
          <Text component="dt" fz="sm" fw={600}>
            {c.label}
          </Text>
          <Text component="dd" m={0} fz="xl" fw={700} data-count={c.key}>
            {formatNumberId(c.n)}
          </Text>
        </Box>
      ))}
    </SimpleGrid>
  );
}
