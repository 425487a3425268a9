import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatNumberId } from '../../../../shared/rules/format.ts';
import { useBusinessCount, useBusinessList } from '../../api/businesses.ts';
import { PagedResults } from '../../components/PagedResults.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useCan } from '../auth/session.ts';
import { ExportButton } from '../exports/ExportDialog.tsx';
import { BusinessFilters } from './BusinessFilters.tsx';
import { BusinessResults } from './BusinessResults.tsx';
import { BUSINESS_FILTER_KEYS, toBusinessQuery } from './filters.ts';

export default function BusinessListPage() {
  const { t } = useI18n();
  const can = useCan();
  usePageTitle(t('nav.businesses'));
  const { values, update, reset } = useUrlState(BUSINESS_FILTER_KEYS);
  const q = useBusinessList(toBusinessQuery(values));
  const total = useBusinessCount(toBusinessQuery(values));
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('nav.businesses')}</Title>
        <Group gap="xs">
          <ExportButton filters={values} />
          {can('registry.write') && (
            <Button component={Link} to="/usaha/baru">
              {t('business.add')}
            </Button>
          )}
        </Group>
      </Group>
      <BusinessFilters values={values} update={update} reset={reset} />
      {total.data && (
        <div aria-live="polite">
          <Text fz="sm" fw={600} data-testid="list-total">
            {t('list.total', { n: formatNumberId(total.data.total) })}
          </Text>
          {total.data.hidden > 0 && (
            <Text fz="sm" data-testid="list-hidden">
              {t('list.hidden', { n: formatNumberId(total.data.hidden) })}
            </Text>
          )}
        </div>
      )}
      <PagedResults q={q} count={items.length} empty={<Text fz="sm">{t('business.emptyHelp')}</Text>}>
        <BusinessResults items={items} />
      </PagedResults>
    </Stack>
  );
}
