import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Import } from '../../../../shared/contracts/imports.ts';
import { formatNumberId } from '../../../../shared/rules/format.ts';
import { useImports } from '../../api/imports.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { countItems, STATE_COLOR } from './import-values.ts';

export function StateBadge({ imp }: { imp: Import }) {
  const { t } = useI18n();
  return (
    <Badge color={STATE_COLOR[imp.state]} variant="light" tt="none" style={{ flexShrink: 0 }}>
      {t(`imports.state.${imp.state}`)}
    </Badge>
  );
}

function ImportCard({ imp }: { imp: Import }) {
  const { t, locale } = useI18n();
  const counts = countItems(imp, t).filter((c) => c.n > 0);
  return (
    <Card withBorder padding="sm" component="li">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Link to={`/impor/${imp.id}`} className="row-link" style={{ overflowWrap: 'anywhere' }}>
          {imp.fileName}
        </Link>
        <StateBadge imp={imp} />
      </Group>
      <Text fz="sm">
        {t('imports.number', { id: imp.id })} · {imp.source}
      </Text>
      {counts.length > 0 && (
        <Text fz="sm">{counts.map((c) => `${c.label}: ${formatNumberId(c.n)}`).join(' · ')}</Text>
      )}
      <Text fz="sm" c="dimmed">
        {imp.createdBy} · {formatDateTime(locale, imp.createdAt)}
      </Text>
    </Card>
  );
}

/** "Impor": spreadsheets offices sent, newest first, and the way to upload the next one. */
export default function ImportsPage() {
  const { t } = useI18n();
  usePageTitle(t('nav.imports'));
  const q = useImports();
  const items = q.data?.items ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('imports.title')}</Title>
        <Button component={Link} to="/impor/baru">
          {t('imports.upload')}
        </Button>
      </Group>
      <Text>{t('imports.intro')}</Text>
      <section aria-labelledby="imports-recent">
        <Title order={2} id="imports-recent" mb="sm">
          {t('imports.recent')}
        </Title>
        {q.isPending && <LoadingState />}
        {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
        {q.isSuccess && items.length === 0 && <EmptyState title={t('imports.none')} />}
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((imp) => (
            <ImportCard key={imp.id} imp={imp} />
          ))}
        </Stack>
      </section>
    </Stack>
  );
}
