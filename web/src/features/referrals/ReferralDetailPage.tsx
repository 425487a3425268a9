import { Alert, Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useReferral } from '../../api/roadmaps.ts';
import { DetailList } from '../../components/DetailList.tsx';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { OverdueBadge, StatusBadge } from '../roadmap/badges.tsx';
import { StatusButtons } from '../roadmap/StatusButtons.tsx';

/** One referral with only what the office needs (UU PDP), and its status buttons. */
export default function ReferralDetailPage() {
  const { t, locale } = useI18n();
  const names = useLabels();
  const id = Number(useParams().id);
  const q = useReferral(id);
  usePageTitle(q.data?.title ?? t('referrals.title'));
  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorState page error={q.error} onRetry={() => q.refetch()} />;
  const r = q.data;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/rujukan" fz="sm">
        ← {t('referrals.back')}
      </Anchor>
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        {r.title}
      </Title>
      <Group gap={6}>
        <StatusBadge status={r.status} />
        <OverdueBadge overdue={r.overdue} />
        <Text fz="sm">
          {r.dueDate ? t('roadmap.due', { date: formatDate(locale, r.dueDate) }) : t('roadmap.noDue')}
        </Text>
      </Group>
      {r.description && <Text>{r.description}</Text>}
      <Card withBorder component="section" aria-labelledby="ref-status">
        <Title order={2} id="ref-status" mb="sm">
          {t('roadmap.changeStatus')}
        </Title>
        <Stack gap="sm">
          {r.outcome && (
            <Text>
              {t('roadmap.outcome')}: {r.outcome}
            </Text>
          )}
          <StatusButtons item={r} via="referrals" />
        </Stack>
      </Card>
      <Card withBorder component="section" aria-labelledby="ref-business">
        <Title order={2} id="ref-business" mb="sm">
          {t('referrals.business')}
        </Title>
        <DetailList
          cols={1}
          items={[
            { label: t('referrals.business'), value: r.businessName },
            { label: t('referrals.products'), value: r.products },
            { label: t('referrals.area'), value: `${r.kelurahanName}, ${r.kecamatanName}` },
            { label: t('referrals.owner'), value: r.ownerFirstName },
            { label: t('referrals.phone'), value: r.ownerPhone },
          ]}
        />
        <Alert variant="light" mt="sm">
          {t('referrals.privacy')}
        </Alert>
      </Card>
      <Card withBorder component="section" aria-labelledby="ref-log">
        <Title order={2} id="ref-log" mb="sm">
          {t('roadmap.log')}
        </Title>
        <Stack gap={4} component="ol" style={{ paddingLeft: 20, margin: 0 }}>
          {r.log.map((l) => (
            <li key={`${l.at}-${l.to}`}>
              <Text fz="sm">
                {formatDateTime(locale, l.at)} · {names.status[l.to]} · {l.actor}
                {l.note ? ` — ${l.note}` : ''}
              </Text>
            </li>
          ))}
        </Stack>
      </Card>
    </Stack>
  );
}
