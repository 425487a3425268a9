import { Card, SimpleGrid, Text } from '@mantine/core';
import type { NaikKelasFigure } from '../../../../shared/contracts/assessments.ts';
import { formatNumberId } from '../../../../shared/rules/format.ts';
import { useI18n } from '../../i18n/index.tsx';

/** The dashboard's naik-kelas figure (last 12 months) and the current level mix of the area. */
export function NaikKelasCards({ figure: f }: { figure: NaikKelasFigure }) {
  const { t } = useI18n();
  const n = formatNumberId;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Card withBorder padding="md" data-testid="kpi-naik">
        <Text fw={600} fz="sm">
          {t('kpi.naik')}
        </Text>
        <Text fz={32} fw={800} lh={1.2} c="teal.9" data-testid="kpi-naik-value">
          {n(f.naikKelas12Months)}
        </Text>
        <Text fz="xs" c="dimmed">
          {t('kpi.naikHelp', { turun: n(f.turunKelas12Months) })}
        </Text>
      </Card>
      <Card withBorder padding="md" data-testid="kpi-levels">
        <Text fw={600} fz="sm">
          {t('kpi.levels')}
        </Text>
        <Text fz={20} fw={800} lh={1.4} c="blue.9" data-testid="kpi-levels-value">
          {t('kpi.levelsValue', { ir1: n(f.ir1), ir2: n(f.ir2), ir3: n(f.ir3) })}
        </Text>
        <Text fz="xs" c="dimmed">
          {t('kpi.levelsHelp', { n: n(f.unassessed) })}
        </Text>
      </Card>
    </SimpleGrid>
  );
}
