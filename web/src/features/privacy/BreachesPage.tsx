import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Breach } from '../../../../shared/contracts/privacy.ts';
import { formatNumberId } from '../../../../shared/rules/format.ts';
import { useBreaches } from '../../api/privacy.ts';
import { DetailList } from '../../components/DetailList.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { Notice } from '../../components/Notice.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/States.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { type Translate, useI18n } from '../../i18n/index.tsx';
import { BreachNoticeForm, CreateBreachForm } from './BreachForms.tsx';
import { countdown } from './time.ts';

/** The clock moves while the page is open; once a minute is enough for a deadline counted in hours. */
function useNow(ms = 60_000) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

function durationText(t: Translate, c: ReturnType<typeof countdown>) {
  return c.days
    ? t('breaches.daysHours', { d: c.days, h: c.hours })
    : t('breaches.hoursMinutes', { h: c.hours, m: c.minutes });
}

/** "Sisa 2 hari 14 jam", "Terlambat 8 jam 0 menit", or "Sudah diberitahukan" once both were told. */
function Clock({ b, now }: { b: Breach; now: number }) {
  const { t } = useI18n();
  if (b.notifiedSubjectsAt && b.notifiedAuthorityAt) {
    return (
      <Badge color="teal" variant="light" tt="none" size="lg">
        {t('breaches.done')}
      </Badge>
    );
  }
  const c = countdown(b.notifyBy, now);
  const text = durationText(t, c);
  return (
    <Badge
      color={c.late ? 'red' : c.days ? 'yellow' : 'orange'}
      variant="light"
      tt="none"
      size="lg"
      data-testid="breach-clock"
    >
      {c.late ? t('breaches.late', { time: text }) : t('breaches.left', { time: text })}
    </Badge>
  );
}

function BreachCard({ b, now, onNotice }: { b: Breach; now: number; onNotice: () => void }) {
  const { t, locale } = useI18n();
  const when = (iso: string | null) => (iso ? formatDateTime(locale, iso) : t('breaches.notYet'));
  return (
    <Card withBorder padding="sm" component="li" data-testid="breach-item">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Clock b={b} now={now} />
          <Button
            size="xs"
            variant="default"
            onClick={onNotice}
            aria-label={t('breaches.recordNamed', { time: formatDateTime(locale, b.discoveredAt) })}
          >
            {t('breaches.record')}
          </Button>
        </Group>
        <Text style={{ overflowWrap: 'anywhere' }}>{b.description}</Text>
        <DetailList
          items={[
            { label: t('breaches.discoveredAt'), value: formatDateTime(locale, b.discoveredAt) },
            { label: t('breaches.notifyBy'), value: formatDateTime(locale, b.notifyBy) },
            { label: t('breaches.notifiedSubjects'), value: when(b.notifiedSubjectsAt) },
            { label: t('breaches.notifiedAuthority'), value: when(b.notifiedAuthorityAt) },
            {
              label: t('breaches.categories'),
              value: b.dataCategories.map((c) => t(`breaches.cat.${c}`)).join(', '),
            },
            {
              label: t('breaches.peopleAffected'),
              value: b.peopleAffected === null ? null : formatNumberId(b.peopleAffected),
            },
            { label: t('field.status'), value: t(`breaches.status.${b.status}`) },
            { label: t('breaches.recordedBy'), value: b.recordedByName },
          ]}
        />
      </Stack>
    </Card>
  );
}

type Open = { mode: 'create' } | { mode: 'notice'; breach: Breach } | null;

/** "Pelanggaran data": the breach register with the 3×24-hour notification clock (UU PDP Pasal 46). */
export default function BreachesPage() {
  const { t } = useI18n();
  usePageTitle(t('breaches.title'));
  const isPhone = useIsPhone();
  const now = useNow();
  const q = useBreaches();
  const [dialog, setDialog] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const close = () => setDialog(null);
  const done = (text: string) => () => {
    setNotice(text);
    close();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('breaches.title')}</Title>
          <Text c="dimmed" fz="sm">
            {t('breaches.intro')}
          </Text>
        </div>
        <Button onClick={() => setDialog({ mode: 'create' })}>{t('breaches.add')}</Button>
      </Group>
      <Notice message={notice} onClose={() => setNotice(null)} />
      <section aria-labelledby="breach-list">
        <Title order={2} id="breach-list" className="visually-hidden">
          {t('state.results')}
        </Title>
        {q.isPending && <LoadingState />}
        {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
        {q.isSuccess && q.data.items.length === 0 && <EmptyState title={t('breaches.empty')} />}
        {q.isSuccess && q.data.items.length > 0 && (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {q.data.items.map((b) => (
              <BreachCard
                key={b.id}
                b={b}
                now={now}
                onNotice={() => setDialog({ mode: 'notice', breach: b })}
              />
            ))}
          </Stack>
        )}
      </section>
      <Dialog
        opened={dialog !== null}
        onClose={close}
        fullScreen={isPhone}
        size="lg"
        title={dialog?.mode === 'notice' ? t('breaches.record') : t('breaches.add')}
      >
        {dialog?.mode === 'create' && (
          <CreateBreachForm onDone={done(t('breaches.created'))} onCancel={close} />
        )}
        {dialog?.mode === 'notice' && (
          <BreachNoticeForm breach={dialog.breach} onDone={done(t('breaches.saved'))} onCancel={close} />
        )}
      </Dialog>
    </Stack>
  );
}
