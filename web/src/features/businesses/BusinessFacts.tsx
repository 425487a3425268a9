import { Card, Title } from '@mantine/core';
import type { BusinessDetail } from '../../../../shared/contracts/businesses.ts';
import { formatNumberId, formatRupiah } from '../../../../shared/rules/format.ts';
import { DetailList } from '../../components/DetailList.tsx';
import { orDash, sectorLabel, sizeLabel } from '../../components/labels.ts';
import { useI18n } from '../../i18n/index.tsx';

const num = (n: number | null) => (n == null ? null : formatNumberId(n));
const rp = (n: number | null) => (n == null ? null : formatRupiah(n));

export function BusinessFacts({ b, kbliName }: { b: BusinessDetail; kbliName: string | undefined }) {
  const { t } = useI18n();
  const workers =
    b.workersTotal == null
      ? null
      : t('business.workersDetail', {
          total: formatNumberId(b.workersTotal),
          women: orDash(num(b.workersWomen)),
          family: orDash(num(b.workersFamilyUnpaid)),
        });
  return (
    <Card withBorder component="section" aria-labelledby="facts-title">
      <Title order={2} id="facts-title" mb="sm">
        {t('business.facts')}
      </Title>
      <DetailList
        items={[
          { label: t('field.products'), value: b.products },
          { label: 'KBLI', value: b.kbliCode ? `${b.kbliCode}${kbliName ? ` · ${kbliName}` : ''}` : null },
          { label: t('field.sector'), value: sectorLabel(b.sector) },
          { label: t('field.yearStarted'), value: b.yearStarted },
          { label: t('field.workers'), value: workers },
          { label: t('field.monthlyTurnover'), value: rp(b.monthlyTurnover) },
          { label: t('field.capital'), value: rp(b.capital) },
          { label: t('field.sizeClass'), value: sizeLabel(b.sizeClass) },
          { label: t('field.sentra'), value: b.sentra },
        ]}
      />
    </Card>
  );
}
