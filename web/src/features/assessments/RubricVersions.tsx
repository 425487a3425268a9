import { Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { RubricList } from '../../../../shared/contracts/assessments.ts';
import { useRubric } from '../../api/assessments.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';

/** Every saved version, newest first; an older one opens read-only. */
export function RubricVersions({ versions }: { versions: RubricList['versions'] }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState<number | null>(null);
  return (
    <Card withBorder component="section" aria-labelledby="versions-title">
      <Title order={2} id="versions-title" mb="sm">
        {t('rubric.versions')}
      </Title>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {versions.map((v) => (
          <li key={v.version}>
            <Text fw={600}>
              {t('rubric.versionRow', {
                version: v.version,
                date: formatDate(locale, v.createdAt),
                by: v.createdBy,
              })}
            </Text>
            <Text fz="sm">
              {t('rubric.versionFacts', { dims: v.dimensions, max: v.maxScore, n: v.assessments })}
              {v.note ? ` · ${v.note}` : ''}
            </Text>
            <Button size="xs" variant="default" mt={4} onClick={() => setOpen(v.version)}>
              {t('rubric.view', { version: v.version })}
            </Button>
          </li>
        ))}
      </Stack>
      <Dialog
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={t('rubric.readOnly', { version: open ?? '' })}
        size="lg"
      >
        {open !== null && <VersionView version={open} />}
      </Dialog>
    </Card>
  );
}

function VersionView({ version }: { version: number }) {
  const { t } = useI18n();
  const q = useRubric(version);
  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const r = q.data;
  return (
    <Stack gap="sm">
      <Text fz="sm">
        {t('rubric.range', { min: r.minScore, max: r.maxScore, c1: r.cutPoints[0], c2: r.cutPoints[1] })}
      </Text>
      {r.dimensions.map((d) => (
        <div key={d.key}>
          <Text fw={600}>{d.label}</Text>
          <List size="sm">
            {d.options.map((o) => (
              <List.Item key={o.label}>
                {o.label} — {o.score}
              </List.Item>
            ))}
          </List>
        </div>
      ))}
    </Stack>
  );
}
