import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Intervention, Roadmap } from '../../../../shared/contracts/roadmaps.ts';
import { needsOutcome, PILLARS } from '../../../../shared/rules/mentoring.ts';
import { useBusinessRoadmap } from '../../api/roadmaps.ts';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { useCan } from '../auth/session.ts';
import { OverdueBadge, StatusBadge } from './badges.tsx';
import { InterventionDialog } from './InterventionForm.tsx';
import { ApplyTemplateDialog, CreateRoadmapForm, EditRoadmapDialog } from './RoadmapForms.tsx';
import { SatisfactionDialog } from './SatisfactionForms.tsx';
import { StatusButtons } from './StatusButtons.tsx';

/** "Rencana pendampingan" on a business profile: target, interventions per pillar, status in one tap. */
export function RoadmapSection({ businessId, sector }: { businessId: number; sector: string | null }) {
  const { t } = useI18n();
  const can = useCan();
  const q = useBusinessRoadmap(businessId);
  return (
    <Card withBorder component="section" aria-labelledby="roadmap-title">
      <Title order={2} id="roadmap-title" mb="sm">
        {t('roadmap.title')}
      </Title>
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.isSuccess && !q.data.roadmap && (
        <Stack gap="sm">
          <Text>{t('roadmap.none')}</Text>
          {can('roadmap.write') && <CreateRoadmapForm businessId={businessId} />}
        </Stack>
      )}
      {q.data?.roadmap && (
        <RoadmapView roadmap={q.data.roadmap} sector={sector} canWrite={can('roadmap.write')} />
      )}
    </Card>
  );
}

function RoadmapView({
  roadmap,
  sector,
  canWrite,
}: {
  roadmap: Roadmap;
  sector: string | null;
  canWrite: boolean;
}) {
  const { t, locale } = useI18n();
  const names = useLabels();
  const [dialog, setDialog] = useState<'add' | 'template' | 'edit' | null>(null);
  const level = names.irLevel[roadmap.targetLevel];
  const groups = PILLARS.map((p) => ({
    pillar: p,
    items: roadmap.interventions.filter((i) => i.pillar === p),
  })).filter((g) => g.items.length);
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Text fw={600}>
          {roadmap.targetDate
            ? t('roadmap.target', { level, date: formatDate(locale, roadmap.targetDate) })
            : t('roadmap.targetNoDate', { level })}
        </Text>
        <Text fz="sm">
          {t('roadmap.responsible')}: {roadmap.responsibleName ?? t('roadmap.noResponsible')}
        </Text>
        {roadmap.notes && <Text fz="sm">{roadmap.notes}</Text>}
      </Stack>
      {canWrite && (
        <Group gap="sm">
          <Button onClick={() => setDialog('add')}>{t('roadmap.addIntervention')}</Button>
          <Button variant="light" onClick={() => setDialog('template')}>
            {t('roadmap.applyTemplate')}
          </Button>
          <Button variant="default" onClick={() => setDialog('edit')}>
            {t('roadmap.edit')}
          </Button>
        </Group>
      )}
      {!groups.length && <Text>{t('roadmap.noInterventions')}</Text>}
      {groups.map((g) => (
        <Stack key={g.pillar} gap="xs" component="section" aria-labelledby={`pillar-${g.pillar}`}>
          <Title order={3} id={`pillar-${g.pillar}`} fz="md">
            {names.pillar[g.pillar]}
          </Title>
          {g.items.map((i) => (
            <InterventionCard key={i.id} item={i} canWrite={canWrite} roadmapId={roadmap.id} />
          ))}
        </Stack>
      ))}
      {dialog === 'add' && <InterventionDialog roadmapId={roadmap.id} onClose={() => setDialog(null)} />}
      {dialog === 'edit' && <EditRoadmapDialog roadmap={roadmap} onClose={() => setDialog(null)} />}
      {dialog === 'template' && (
        <ApplyTemplateDialog roadmapId={roadmap.id} sector={sector} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}

function InterventionCard({
  item,
  canWrite,
  roadmapId,
}: {
  item: Intervention;
  canWrite: boolean;
  roadmapId: number;
}) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState<'satisfaction' | 'edit' | null>(null);
  return (
    <Card withBorder padding="sm" data-testid="intervention">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {item.title}
          </Text>
          <Group gap={4}>
            <StatusBadge status={item.status} />
            <OverdueBadge overdue={item.overdue} />
          </Group>
        </Group>
        <Text fz="sm">
          {item.dueDate ? t('roadmap.due', { date: formatDate(locale, item.dueDate) }) : t('roadmap.noDue')}
          {item.partnerOffice ? ` · ${t('roadmap.referredTo', { office: item.partnerOffice })}` : ''}
          {item.responsibleName ? ` · ${t('roadmap.by', { name: item.responsibleName })}` : ''}
        </Text>
        {item.outcome && (
          <Text fz="sm">
            {t('roadmap.outcome')}: {item.outcome}
          </Text>
        )}
        {item.satisfaction && (
          <Text fz="sm">
            {t('roadmap.satisfaction', { score: item.satisfaction.score })}
            {item.satisfaction.comment ? ` — “${item.satisfaction.comment}”` : ''}
          </Text>
        )}
        {canWrite && <StatusButtons item={item} via="interventions" />}
        {canWrite && (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => setOpen('edit')}>
              {t('action.edit')}
            </Button>
            {needsOutcome(item.status) && (
              <Button size="xs" variant="default" onClick={() => setOpen('satisfaction')}>
                {t('roadmap.recordSatisfaction')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      {open === 'satisfaction' && <SatisfactionDialog id={item.id} onClose={() => setOpen(null)} />}
      {open === 'edit' && (
        <InterventionDialog roadmapId={roadmapId} item={item} onClose={() => setOpen(null)} />
      )}
    </Card>
  );
}
