import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { EnrolResult } from '../../../../shared/contracts/programmes.ts';
import { useSession } from '../../api/programmes.ts';
import { DetailList } from '../../components/DetailList.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useCan, useSession as useMe } from '../auth/session.ts';
import { EnrolDialog } from './EnrolDialog.tsx';
import { ParticipantCard } from './ParticipantCard.tsx';
import { SessionForm } from './SessionForm.tsx';
import { WithdrawnList } from './WithdrawnList.tsx';

export default function SessionPage() {
  const { t, locale } = useI18n();
  const can = useCan();
  const me = useMe();
  const id = Number(useParams().id);
  const q = useSession(id);
  const [enrolling, setEnrolling] = useState(false);
  const [editing, setEditing] = useState(false);
  const [result, setResult] = useState<EnrolResult | null>(null);
  usePageTitle(q.data ? `${q.data.title} – ${q.data.programmeName}` : t('nav.programmes'));

  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorState page error={q.error} onRetry={() => q.refetch()} />;
  const s = q.data;
  const seated = s.participants.filter((p) => p.status === 'enrolled');
  const waiting = s.participants.filter((p) => p.status === 'waitlisted');
  const withdrawn = s.participants.filter((p) => p.status === 'withdrawn');
  const present = seated.filter((p) => p.attended).length;

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/program/${s.programmeId}`} fz="sm">
        ← {s.programmeName}
      </Anchor>
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        {s.title}
      </Title>
      <Card withBorder>
        <DetailList
          items={[
            {
              label: t('session.when'),
              value: `${formatDateTime(locale, s.startsAt)} – ${formatDateTime(locale, s.endsAt)}`,
            },
            { label: t('session.place'), value: s.place },
            { label: t('session.trainer'), value: s.trainer ?? '–' },
            { label: t('session.scope'), value: s.scopeName },
            { label: t('prog.organiser'), value: s.organiser },
            {
              label: t('session.quota'),
              value: t('session.seats', { enrolled: s.enrolled, quota: s.quota, waiting: s.waitlisted }),
            },
          ]}
        />
      </Card>
      {can('programmes.manage') && (
        <Group>
          <Button onClick={() => setEnrolling(true)}>{t('enrol.open')}</Button>
          {(s.scopeCode === me.scopeCode || s.scopeCode.startsWith(`${me.scopeCode}.`)) && (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('session.edit')}
            </Button>
          )}
        </Group>
      )}
      {result && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          withCloseButton
          onClose={() => setResult(null)}
          closeButtonLabel={t('action.close')}
        >
          {t('enrol.done', { enrolled: result.enrolled, waiting: result.waitlisted })}
          {result.skippedRestricted > 0 && ` ${t('enrol.restricted', { n: result.skippedRestricted })}`}
        </Alert>
      )}

      <section aria-labelledby="participants-title">
        <Title order={2} id="participants-title" mb={4}>
          {t('participant.title')}
        </Title>
        <Text fz="sm" mb="sm">
          {t('participant.summary', { present, seated: seated.length })}
        </Text>
        {seated.length === 0 && <Text>{t('participant.none')}</Text>}
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {seated.map((p) => (
            <ParticipantCard key={p.id} p={p} sessionId={s.id} />
          ))}
        </Stack>
      </section>

      {waiting.length > 0 && (
        <section aria-labelledby="waiting-title">
          <Title order={2} id="waiting-title" mb="sm">
            {t('participant.waitlist')}
          </Title>
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {waiting.map((p) => (
              <ParticipantCard key={p.id} p={p} sessionId={s.id} />
            ))}
          </Stack>
        </section>
      )}
      <WithdrawnList items={withdrawn} />
      <Dialog opened={editing} onClose={() => setEditing(false)} title={t('session.edit')} size="lg">
        <SessionForm
          programmeId={s.programmeId}
          session={s}
          onCancel={() => setEditing(false)}
          onDone={() => setEditing(false)}
        />
      </Dialog>
      <EnrolDialog
        sessionId={s.id}
        opened={enrolling}
        onClose={() => setEnrolling(false)}
        onEnrolled={(r) => {
          setResult(r);
          setEnrolling(false);
        }}
      />
    </Stack>
  );
}
