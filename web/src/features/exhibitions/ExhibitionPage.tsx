import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  EXHIBITION_STATUS_LABELS,
  EXHIBITION_TRANSITIONS,
  type ExhibitionDetail,
  type ExhibitionStatus,
  type InviteResult,
} from '../../../../shared/contracts/exhibitions.ts';
import { exhibitionReportUrl, useExhibition, useExhibitionStatus } from '../../api/exhibitions.ts';
import { DetailList } from '../../components/DetailList.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorState, errorMessage, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useCan } from '../auth/session.ts';
import { AttendanceCard, SalesCard } from './DayCards.tsx';
import { ExhibitionForm } from './ExhibitionForm.tsx';
import { InviteDialog } from './InviteDialog.tsx';
import { dateRange, dayLabel, STATUS_COLORS } from './labels.ts';
import { ParticipantItem } from './ParticipantItem.tsx';

const listStyle = { listStyle: 'none', padding: 0, margin: 0 } as const;

/** Start, close or cancel: each asks before it acts (closing writes the results to the roadmaps). */
function StatusActions({ d }: { d: ExhibitionDetail }) {
  const { t } = useI18n();
  const change = useExhibitionStatus(d.exhibition.id);
  const [asking, setAsking] = useState<ExhibitionStatus | null>(null);
  const next = EXHIBITION_TRANSITIONS[d.exhibition.status];
  const label = (s: ExhibitionStatus) =>
    s === 'berlangsung' ? t('exh.start') : s === 'selesai' ? t('exh.close') : t('exh.cancelEvent');
  return (
    <>
      {next.map((s) => (
        <Button
          key={s}
          variant={s === 'batal' ? 'outline' : 'filled'}
          color={s === 'batal' ? 'red.9' : undefined}
          onClick={() => (s === 'berlangsung' ? change.mutate(s) : setAsking(s))}
          loading={change.isPending && change.variables === s}
        >
          {label(s)}
        </Button>
      ))}
      {change.data && change.data.exhibition.status === 'selesai' && (
        <Text fz="sm" role="status" w="100%">
          {t('exh.closed', { n: change.data.results, m: change.data.interventions })}
        </Text>
      )}
      {change.isError && (
        <Text c="red.8" fz="sm" role="alert" w="100%">
          {errorMessage(change.error, t)}
        </Text>
      )}
      <Dialog opened={!!asking} onClose={() => setAsking(null)} title={asking ? label(asking) : ''}>
        <Stack gap="sm">
          <Text>{asking === 'selesai' ? t('exh.closeConfirm') : t('exh.cancelConfirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(null)}>
              {t('action.cancel')}
            </Button>
            <Button
              color={asking === 'batal' ? 'red.9' : undefined}
              onClick={() => {
                if (asking) change.mutate(asking);
                setAsking(null);
              }}
            >
              {asking ? label(asking) : ''}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </>
  );
}

export default function ExhibitionPage() {
  const { t, locale } = useI18n();
  const can = useCan();
  const id = Number(useParams().id);
  const q = useExhibition(id);
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState(false);
  const [invited, setInvited] = useState<InviteResult | null>(null);
  const [day, setDay] = useState<string | null>(null);
  usePageTitle(q.data ? q.data.exhibition.name : t('nav.exhibitions'));

  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorState page error={q.error} onRetry={() => q.refetch()} />;
  const e = q.data.exhibition;
  const ended = e.status === 'selesai' || e.status === 'batal';
  const editable = can('exhibitions.manage') && !ended;
  const confirmed = q.data.participants.filter((p) => p.invitation === 'dikonfirmasi');
  const today = new Date().toISOString().slice(0, 10);
  const current = day ?? (e.days.includes(today) ? today : (e.days[0] as string));
  const present = confirmed.filter((p) => p.days.find((d) => d.day === current)?.present).length;
  const dayPicker = (
    <NativeSelect
      label={t('exh.day')}
      value={current}
      onChange={(ev) => setDay(ev.currentTarget.value)}
      data={e.days.map((d) => ({ value: d, label: dayLabel(locale, d) }))}
      maw={260}
    />
  );

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/pameran" fz="sm">
        ← {t('exh.back')}
      </Anchor>
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        {e.name}
      </Title>
      <Card withBorder>
        <DetailList
          items={[
            {
              label: t('exh.status'),
              value: (
                <Badge variant="light" color={STATUS_COLORS[e.status]}>
                  {EXHIBITION_STATUS_LABELS[e.status]}
                </Badge>
              ),
            },
            { label: t('exh.dates'), value: dateRange(locale, e.startDate, e.endDate) },
            { label: t('exh.venue'), value: e.venue },
            { label: t('exh.organiser'), value: e.organiser },
            {
              label: t('exh.quota'),
              value: t('exh.confirmedOf', { confirmed: e.confirmed, quota: e.quota }),
            },
            { label: t('exh.criteria'), value: e.criteria ?? '–' },
          ]}
        />
      </Card>
      <Group gap="sm">
        <Button component="a" href={exhibitionReportUrl(e.id)} target="_blank" variant="light">
          {t('exh.report')}
        </Button>
        {editable && (
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('exh.edit')}
          </Button>
        )}
        {can('exhibitions.manage') && <StatusActions d={q.data} />}
      </Group>
      {ended && (
        <Alert variant="light" color="gray">
          {t('exh.readOnly', { status: EXHIBITION_STATUS_LABELS[e.status].toLowerCase() })}
        </Alert>
      )}
      {invited && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          withCloseButton
          onClose={() => setInvited(null)}
          closeButtonLabel={t('action.close')}
        >
          {t('exh.invited', { n: invited.invited })}
          {invited.skippedRestricted > 0 && ` ${t('exh.restricted', { n: invited.skippedRestricted })}`}
        </Alert>
      )}

      <Tabs defaultValue="peserta" keepMounted={false}>
        <Tabs.List grow>
          <Tabs.Tab value="peserta">{t('exh.tabParticipants')}</Tabs.Tab>
          <Tabs.Tab value="hadir">{t('exh.tabAttendance')}</Tabs.Tab>
          <Tabs.Tab value="jual">{t('exh.tabSales')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="peserta" pt="sm">
          <Stack gap="sm">
            {editable && (
              <Group>
                <Button onClick={() => setInviting(true)}>{t('exh.invite')}</Button>
              </Group>
            )}
            {q.data.participants.length === 0 && <Text>{t('exh.noParticipants')}</Text>}
            <Stack gap="xs" component="ul" style={listStyle}>
              {q.data.participants.map((p) => (
                <ParticipantItem key={`${p.id}-${p.boothCode}`} p={p} editable={editable} />
              ))}
            </Stack>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="hadir" pt="sm">
          <Stack gap="sm">
            {dayPicker}
            <Text fz="sm">{t('exh.presentSummary', { present, confirmed: confirmed.length })}</Text>
            {confirmed.length === 0 && <Text>{t('exh.noConfirmed')}</Text>}
            <Stack gap="xs" component="ul" style={listStyle}>
              {confirmed.map((p) => (
                <AttendanceCard key={p.id} p={p} day={current} editable={editable} />
              ))}
            </Stack>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="jual" pt="sm">
          <Stack gap="sm">
            {dayPicker}
            {confirmed.length === 0 && <Text>{t('exh.noConfirmed')}</Text>}
            <Stack gap="xs" component="ul" style={listStyle}>
              {confirmed.map((p) => (
                <SalesCard key={`${p.id}-${current}`} p={p} day={current} editable={editable} />
              ))}
            </Stack>
          </Stack>
        </Tabs.Panel>
      </Tabs>
      <Dialog opened={editing} onClose={() => setEditing(false)} title={t('exh.edit')} size="lg">
        <ExhibitionForm exhibition={e} onCancel={() => setEditing(false)} onDone={() => setEditing(false)} />
      </Dialog>
      <InviteDialog
        exhibitionId={e.id}
        criteria={e.criteriaFilter}
        opened={inviting}
        onClose={() => setInviting(false)}
        onInvited={(r) => {
          setInvited(r);
          setInviting(false);
        }}
      />
    </Stack>
  );
}
