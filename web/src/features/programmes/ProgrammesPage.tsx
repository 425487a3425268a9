import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PILLAR_LABELS } from '../../../../shared/rules/mentoring.ts';
import { useProgrammes } from '../../api/programmes.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useCan } from '../auth/session.ts';
import { ProgrammeForm } from './ProgrammeForm.tsx';

/** The catalogue of programmes and trainings, with the next session in the reader's area. */
export default function ProgrammesPage() {
  const { t, locale } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const q = useProgrammes();
  const [creating, setCreating] = useState(false);
  usePageTitle(t('nav.programmes'));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('nav.programmes')}</Title>
        {can('programmes.manage') && <Button onClick={() => setCreating(true)}>{t('prog.new')}</Button>}
      </Group>
      <Text c="dimmed" fz="sm">
        {t('prog.intro')}
      </Text>
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.isSuccess && q.data.items.length === 0 && <Text>{t('prog.none')}</Text>}
      {q.isSuccess && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {q.data.items.map((p) => (
            <Card withBorder key={p.id} component="article" aria-labelledby={`prog-${p.id}`}>
              <Stack gap={6}>
                <Title order={2} fz="lg" id={`prog-${p.id}`}>
                  <Anchor component={Link} to={`/program/${p.id}`}>
                    {p.name}
                  </Anchor>
                </Title>
                <Group gap={6}>
                  <Badge variant="light">{PILLAR_LABELS[p.pillar]}</Badge>
                  {!p.active && (
                    <Badge variant="light" color="gray">
                      {t('prog.inactive')}
                    </Badge>
                  )}
                </Group>
                <Text fz="sm">{p.organiser}</Text>
                <Text fz="sm">
                  {p.nextSessionAt
                    ? t('prog.nextSession', { when: formatDateTime(locale, p.nextSessionAt) })
                    : t('prog.noUpcoming')}{' '}
                  · {t('prog.sessionCount', { n: p.sessionCount })}
                </Text>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      <Dialog opened={creating} onClose={() => setCreating(false)} title={t('prog.new')} size="lg">
        <ProgrammeForm onCancel={() => setCreating(false)} onDone={(id) => navigate(`/program/${id}`)} />
      </Dialog>
    </Stack>
  );
}
