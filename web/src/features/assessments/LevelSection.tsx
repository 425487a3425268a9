import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Assessment, LevelEvent } from '../../../../shared/contracts/assessments.ts';
import { useBusinessLevel } from '../../api/assessments.ts';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { LEVEL_COLORS, useLevelLabel } from './levels.ts';
import { NeedsSection } from './NeedsSection.tsx';

function LatestAssessment({ a }: { a: Assessment }) {
  const levelLabel = useLevelLabel();
  const { t, locale } = useI18n();
  return (
    <Stack gap={2} data-testid="latest-assessment">
      <Title order={3}>{t('level.latest')}</Title>
      <Text fz="sm">
        {t('level.score', { total: a.total, max: a.maxScore })} ·{' '}
        {t('level.suggested', { level: levelLabel(a.suggestedLevel) })} ·{' '}
        {t('level.confirmed', { level: levelLabel(a.level) })}
      </Text>
      {a.overrideReason && <Text fz="sm">{t('level.overrideReason', { reason: a.overrideReason })}</Text>}
      {a.notes && (
        <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
          {a.notes}
        </Text>
      )}
      <Text fz="xs" c="dimmed">
        {t('level.by', {
          name: a.assessorName,
          date: formatDate(locale, a.assessedOn),
          version: a.rubricVersion,
        })}
      </Text>
    </Stack>
  );
}

/** Earlier assessments, collapsed: date, score, suggestion and the level set. */
function EarlierAssessments({ items }: { items: Assessment[] }) {
  const levelLabel = useLevelLabel();
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  if (!items.length) return null;
  return (
    <Stack gap={4}>
      <Button
        variant="default"
        size="xs"
        onClick={() => setOpen((v) => !v)}
        aria-expanded={open}
        w="fit-content"
      >
        {t('level.allAssessments', { n: items.length })}
      </Button>
      {open && (
        <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((a) => (
            <Text component="li" key={a.id} fz="sm">
              {formatDate(locale, a.assessedOn)} — {t('level.score', { total: a.total, max: a.maxScore })} ·{' '}
              {t('level.confirmed', { level: levelLabel(a.level) })} · {a.assessorName}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function EventList({ events }: { events: LevelEvent[] }) {
  const levelLabel = useLevelLabel();
  const { t, locale } = useI18n();
  if (!events.length) return <Text fz="sm">{t('level.noHistory')}</Text>;
  return (
    <Stack component="ol" gap={4} p={0} m={0} style={{ listStyle: 'none' }} data-testid="level-events">
      {events.map((e) => (
        <Text component="li" key={e.id} fz="sm">
          {formatDate(locale, e.occurredOn)} —{' '}
          {t(`level.event.${e.direction}`, { from: levelLabel(e.fromLevel), to: levelLabel(e.toLevel) })}
        </Text>
      ))}
    </Stack>
  );
}

/** The business's current IR level with its date, the latest assessment, the level history and the needs. */
export function LevelSection({ businessId, canAssess }: { businessId: number; canAssess: boolean }) {
  const levelLabel = useLevelLabel();
  const { t, locale } = useI18n();
  const q = useBusinessLevel(businessId);
  return (
    <Card withBorder component="section" aria-labelledby="level-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="level-title">
          {t('level.title')}
        </Title>
        {canAssess && (
          <Button component={Link} to={`/usaha/${businessId}/nilai`}>
            {t('level.assess')}
          </Button>
        )}
      </Group>
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.isSuccess && (
        <Stack gap="md">
          <Group gap="xs" data-testid="current-level">
            <Text fw={600}>{t('level.current')}:</Text>
            {q.data.level ? (
              <>
                <Badge size="lg" variant="light" color={LEVEL_COLORS[q.data.level]}>
                  {levelLabel(q.data.level)}
                </Badge>
                {q.data.since && (
                  <Text fz="sm">{t('level.since', { date: formatDate(locale, q.data.since) })}</Text>
                )}
              </>
            ) : (
              <Text>{t('level.none')}</Text>
            )}
          </Group>
          {q.data.assessments[0] && <LatestAssessment a={q.data.assessments[0]} />}
          <EarlierAssessments items={q.data.assessments.slice(1)} />
          <Stack gap={4}>
            <Title order={3}>{t('level.history')}</Title>
            <EventList events={q.data.events} />
          </Stack>
          <NeedsSection businessId={businessId} canEdit={canAssess} />
        </Stack>
      )}
    </Card>
  );
}
