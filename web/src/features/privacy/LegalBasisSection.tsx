import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Person } from '../../../../shared/contracts/people.ts';
import type { LegalBasis } from '../../../../shared/contracts/privacy.ts';
import { useLegalBasis, useWithdrawConsent } from '../../api/privacy.ts';
import { DetailList } from '../../components/DetailList.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorState, LoadingState } from '../../components/States.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useCan } from '../auth/session.ts';
import { ConsentForm, PublicTaskForm, ReasonForm } from './BasisForms.tsx';

/** "Pemrosesan dibatasi" or "Data pribadi dihapus": why this person is missing from the lists. */
export function ProcessingState({ person }: { person: Pick<Person, 'processingRestrictedAt' | 'erasedAt'> }) {
  const { t, locale } = useI18n();
  if (person.erasedAt) {
    return (
      <Alert color="gray" variant="light" title={t('privacy.erased')} data-testid="processing-state">
        {t('privacy.erasedHelp', { time: formatDateTime(locale, person.erasedAt) })}
      </Alert>
    );
  }
  if (!person.processingRestrictedAt) return null;
  return (
    <Alert color="orange" variant="light" title={t('privacy.restricted')} data-testid="processing-state">
      {t('privacy.restrictedHelp', { time: formatDateTime(locale, person.processingRestrictedAt) })}
    </Alert>
  );
}

function BasisDetails({ b }: { b: LegalBasis }) {
  const { t, locale } = useI18n();
  const consent = b.basis === 'consent';
  return (
    <DetailList
      items={[
        { label: t('privacy.current'), value: t(`privacy.basis.${b.basis}`) },
        { label: t('privacy.givenAt'), value: formatDateTime(locale, b.givenAt) },
        ...(consent
          ? [
              { label: t('privacy.textVersion'), value: b.consentTextVersion },
              { label: t('privacy.channel'), value: b.channel ? t(`privacy.channel.${b.channel}`) : null },
              {
                label: t('privacy.purposes'),
                value: b.purposes.map((p) => t(`privacy.purpose.${p}`)).join(', '),
              },
            ]
          : [{ label: t('privacy.publicTaskNote'), value: b.note }]),
        { label: t('privacy.officer'), value: b.officerName },
        ...(b.withdrawnAt
          ? [
              {
                label: t('privacy.withdrawnAt'),
                value: t('privacy.withdrawnBy', {
                  time: formatDateTime(locale, b.withdrawnAt),
                  name: b.withdrawalOfficerName ?? '–',
                  reason: b.withdrawnReason ?? '',
                }),
              },
            ]
          : []),
      ]}
    />
  );
}

type Open = 'consent' | 'publicTask' | 'withdraw' | null;

/** "Dasar hukum & persetujuan" on the owner's profile: the current basis, its history and what to record. */
export function LegalBasisSection({ person }: { person: Person }) {
  const { t, locale } = useI18n();
  const can = useCan();
  const isPhone = useIsPhone();
  const q = useLegalBasis(person.id);
  const withdraw = useWithdrawConsent(person.id);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const current = q.data?.current ?? null;
  const active = current?.basis === 'consent' && !current.withdrawnAt;
  const living = !person.erasedAt;
  const titles: Record<Exclude<Open, null>, string> = {
    consent: t('privacy.recordConsent'),
    publicTask: t('privacy.recordPublicTask'),
    withdraw: t('privacy.withdrawTitle', { name: person.name }),
  };

  return (
    <Card withBorder component="section" aria-labelledby="person-basis">
      <Title order={2} id="person-basis" mb="sm">
        {t('privacy.basisTitle')}
      </Title>
      <Stack gap="sm">
        {q.isPending && <LoadingState />}
        {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
        {q.isSuccess && (current ? <BasisDetails b={current} /> : <Text>{t('privacy.noBasis')}</Text>)}
        {living && (
          <Group gap="xs">
            {can('registry.write') && (
              <Button variant={current ? 'default' : 'filled'} onClick={() => setOpen('consent')}>
                {t('privacy.recordConsent')}
              </Button>
            )}
            {can('privacy.manage') && (
              <Button variant="default" onClick={() => setOpen('publicTask')}>
                {t('privacy.recordPublicTask')}
              </Button>
            )}
            {can('registry.write') && active && (
              <Button variant="outline" color="red" onClick={() => setOpen('withdraw')}>
                {t('privacy.withdraw')}
              </Button>
            )}
          </Group>
        )}
        {(q.data?.items.length ?? 0) > 1 && (
          <details>
            <summary>{t('privacy.history', { n: q.data?.items.length ?? 0 })}</summary>
            <List mt="xs" spacing={4} fz="sm">
              {q.data?.items.slice(1).map((b) => (
                <List.Item key={b.id}>
                  {t(`privacy.basis.${b.basis}`)} · {formatDateTime(locale, b.givenAt)} · {b.officerName}
                  {b.withdrawnAt
                    ? ` · ${t('privacy.withdrawnAt')} ${formatDateTime(locale, b.withdrawnAt)}`
                    : ''}
                </List.Item>
              ))}
            </List>
          </details>
        )}
      </Stack>
      <Dialog opened={open !== null} onClose={close} fullScreen={isPhone} title={open ? titles[open] : ''}>
        {open === 'consent' && <ConsentForm personId={person.id} onDone={close} onCancel={close} />}
        {open === 'publicTask' && <PublicTaskForm personId={person.id} onDone={close} onCancel={close} />}
        {open === 'withdraw' && (
          <Stack gap="sm">
            <Text fz="sm">{t('privacy.withdrawBody')}</Text>
            <ReasonForm
              submitLabel={t('privacy.withdrawConfirm')}
              pending={withdraw.isPending}
              error={withdraw.error}
              onSubmit={(reason, onError) => withdraw.mutate({ reason }, { onSuccess: close, onError })}
              onDone={close}
              onCancel={close}
            />
          </Stack>
        )}
      </Dialog>
    </Card>
  );
}
