import { Badge, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import type { Export } from '../../../../shared/contracts/exports.ts';
import { formatNumberId } from '../../../../shared/rules/format.ts';
import { exportFileUrl, useExports } from '../../api/exports.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';

const COLOR: Record<Export['state'], string> = {
  queued: 'gray',
  running: 'blue',
  done: 'green',
  failed: 'red',
  expired: 'gray',
};

const megabytes = (n: number) =>
  `${(n / 1_048_576).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;

function ExportCard({ e }: { e: Export }) {
  const { t, locale } = useI18n();
  const { done, total } = e.progress;
  const pct = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  const label = t('exports.progressOf', { name: e.fileName });
  return (
    <Card withBorder padding="sm" component="li">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {e.fileName}
          </Text>
          <Badge color={COLOR[e.state]} variant="light" tt="none" style={{ flexShrink: 0 }}>
            {t(`exports.state.${e.state}`)}
          </Badge>
        </Group>
        {(e.state === 'queued' || e.state === 'running') && (
          <>
            <Progress value={pct} size="lg" aria-label={label} />
            <Text fz="sm" role="status">
              {total > 0
                ? t('exports.progress', { done: formatNumberId(done), total: formatNumberId(total) })
                : t('exports.waiting')}
            </Text>
          </>
        )}
        {e.state === 'done' && (
          <Group justify="space-between" gap="xs">
            <Text fz="sm">
              {t('exports.rows', { n: formatNumberId(e.rowCount ?? 0) })}
              {e.size !== null && ` · ${megabytes(e.size)}`}
            </Text>
            <Button component="a" href={exportFileUrl(e.id)} download={e.fileName} size="sm">
              {t('exports.download')}
            </Button>
          </Group>
        )}
        {e.state === 'failed' && (
          <Text fz="sm" c="red.8">
            {e.error}
          </Text>
        )}
        {e.personalData && (
          <Text fz="sm">
            {t('exports.withPersonal')}: {e.purpose}
          </Text>
        )}
        <Text fz="sm" c="dimmed">
          {formatDateTime(locale, e.createdAt)}
          {e.state !== 'expired' && ` · ${t('exports.expires', { at: formatDateTime(locale, e.expiresAt) })}`}
        </Text>
      </Stack>
    </Card>
  );
}

/** "Ekspor": the files I asked for, with their progress, ready to download until they are deleted. */
export default function ExportsPage() {
  const { t } = useI18n();
  usePageTitle(t('nav.exports'));
  const q = useExports();
  const items = q.data?.items ?? [];
  return (
    <Stack gap="md">
      <Title order={1}>{t('nav.exports')}</Title>
      <Text>{t('exports.intro')}</Text>
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.isSuccess && items.length === 0 && <EmptyState title={t('exports.none')} />}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((e) => (
          <ExportCard key={e.id} e={e} />
        ))}
      </Stack>
    </Stack>
  );
}
