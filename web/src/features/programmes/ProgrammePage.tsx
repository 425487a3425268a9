import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { SECTORS } from '../../../../shared/rules/kbli.ts';
import { IR_LEVEL_LABELS, type IrLevel, PILLAR_LABELS } from '../../../../shared/rules/mentoring.ts';
import { useProgramme } from '../../api/programmes.ts';
import { DetailList } from '../../components/DetailList.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useCan } from '../auth/session.ts';
import { PrintButton } from '../reports/PrintButton.tsx';
import { ProgrammeForm } from './ProgrammeForm.tsx';
import { ProgrammeReportCard } from './ProgrammeReportCard.tsx';
import { SessionForm } from './SessionForm.tsx';

export default function ProgrammePage() {
  const { t, locale } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const q = useProgramme(id);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  usePageTitle(q.data?.name ?? t('nav.programmes'));

  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorState page error={q.error} onRetry={() => q.refetch()} />;
  const p = q.data;
  const sectorLabel = (c: string) => SECTORS.find((s) => s.code === c)?.label ?? c;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/program" fz="sm">
        ← {t('prog.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {p.name}
          </Title>
          <Group gap={6} mt={4}>
            <Badge variant="light">{PILLAR_LABELS[p.pillar]}</Badge>
            {!p.active && (
              <Badge variant="light" color="gray">
                {t('prog.inactive')}
              </Badge>
            )}
          </Group>
        </div>
        <Group gap="xs">
          {can('dashboard.read') && (
            <PrintButton href={`/api/v1/programmes/${p.id}/report.pdf`} label={t('print.programme')} />
          )}
          {can('programmes.manage') && (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('prog.edit')}
            </Button>
          )}
        </Group>
      </Group>
      <Card withBorder>
        <DetailList
          items={[
            { label: t('prog.organiser'), value: p.organiser },
            {
              label: t('prog.levels'),
              value:
                p.targetLevels.map((l) => IR_LEVEL_LABELS[l as IrLevel]).join(', ') || t('prog.allLevels'),
            },
            {
              label: t('prog.sectors'),
              value: p.targetSectors.map(sectorLabel).join(', ') || t('prog.allSectors'),
            },
            { label: t('prog.description'), value: p.description ?? '–' },
          ]}
        />
      </Card>

      <Card withBorder component="section" aria-labelledby="sessions-title">
        <Group justify="space-between" mb="sm">
          <Title order={2} id="sessions-title">
            {t('session.list')}
          </Title>
          {can('programmes.manage') && p.active && (
            <Button onClick={() => setAdding(true)}>{t('session.new')}</Button>
          )}
        </Group>
        {p.sessions.length === 0 && <Text>{t('session.none')}</Text>}
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {p.sessions.map((s) => (
            <Card withBorder component="li" key={s.id} padding="sm">
              <Anchor component={Link} to={`/sesi/${s.id}`} fw={600}>
                {s.title}
              </Anchor>
              <Text fz="sm">
                {formatDateTime(locale, s.startsAt)} · {s.place} · {s.scopeName}
              </Text>
              <Text fz="sm">
                {t('session.seats', { enrolled: s.enrolled, quota: s.quota, waiting: s.waitlisted })}
              </Text>
            </Card>
          ))}
        </Stack>
      </Card>

      {can('dashboard.read') && <ProgrammeReportCard programmeId={p.id} />}

      <Dialog opened={editing} onClose={() => setEditing(false)} title={t('prog.edit')} size="lg">
        <ProgrammeForm programme={p} onCancel={() => setEditing(false)} onDone={() => setEditing(false)} />
      </Dialog>
      <Dialog opened={adding} onClose={() => setAdding(false)} title={t('session.new')} size="lg">
        <SessionForm
          programmeId={p.id}
          onCancel={() => setAdding(false)}
          onDone={(sid) => navigate(`/sesi/${sid}`)}
        />
      </Dialog>
    </Stack>
  );
}
