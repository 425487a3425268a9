import { Button, Group, Select, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  REQUEST_KINDS,
  REQUEST_STATUSES,
  type SubjectRequest,
} from '../../../../shared/contracts/privacy.ts';
import { usePerson } from '../../api/people.ts';
import { useSubjectRequests } from '../../api/privacy.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PagedResults } from '../../components/PagedResults.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useUrlState } from '../../components/useUrlState.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { CloseRequestForm, CreateRequestForm } from './RequestForms.tsx';
import { RequestResults } from './RequestResults.tsx';

const KEYS = ['status', 'jenis', 'lewat', 'pelaku'] as const;
type Open = { mode: 'create' } | { mode: 'close'; request: SubjectRequest } | null;

/** "Permintaan subjek data": every request with its legal deadline; from a profile, one person's. */
export default function SubjectRequestsPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('requests.title'));
  const isPhone = useIsPhone();
  const { values, update } = useUrlState(KEYS);
  const personId = Number(values.pelaku) || 0;
  const person = usePerson(personId);
  const q = useSubjectRequests({
    status: values.status,
    kind: values.jenis,
    overdue: values.lewat ? 'true' : undefined,
    personId: personId || undefined,
  });
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  const [dialog, setDialog] = useState<Open>(() => (personId ? { mode: 'create' } : null));
  const [notice, setNotice] = useState<string | null>(null);
  const close = () => setDialog(null);
  const chosen = person.data ? { id: person.data.id, name: person.data.name } : null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('requests.title')}</Title>
          <Text c="dimmed" fz="sm">
            {t('requests.intro')}
          </Text>
        </div>
        <Button onClick={() => setDialog({ mode: 'create' })}>{t('requests.add')}</Button>
      </Group>
      <Notice message={notice} onClose={() => setNotice(null)} />
      {chosen && (
        <Group gap="xs">
          <Text fz="sm">{t('requests.onlyPerson', { name: chosen.name })}</Text>
          <Button size="compact-sm" variant="subtle" onClick={() => update({ pelaku: '' })}>
            {t('requests.allPeople')}
          </Button>
        </Group>
      )}
      <SimpleGrid component="section" aria-label={t('filter.label')} cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('field.status')}
          placeholder={t('requests.allStatuses')}
          data={REQUEST_STATUSES.map((s) => ({ value: s, label: t(`requests.status.${s}`) }))}
          value={values.status || null}
          onChange={(v) => update({ status: v ?? '' })}
          clearable
        />
        <Select
          label={t('requests.kind')}
          placeholder={t('requests.allKinds')}
          data={REQUEST_KINDS.map((k) => ({ value: k, label: t(`requests.kind.${k}`) }))}
          value={values.jenis || null}
          onChange={(v) => update({ jenis: v ?? '' })}
          clearable
        />
        <Switch
          label={t('requests.overdueOnly')}
          checked={values.lewat === '1'}
          onChange={(e) => update({ lewat: e.currentTarget.checked ? '1' : '' })}
          mt={isPhone ? 0 : 'xl'}
        />
      </SimpleGrid>
      <PagedResults q={q} count={items.length} empty={<Text fz="sm">{t('requests.emptyHelp')}</Text>}>
        <RequestResults items={items} onClose={(request) => setDialog({ mode: 'close', request })} />
      </PagedResults>
      <Dialog
        opened={dialog !== null}
        onClose={close}
        fullScreen={isPhone}
        size="lg"
        title={dialog?.mode === 'close' ? t('requests.closeTitle') : t('requests.add')}
      >
        {dialog?.mode === 'create' && (personId === 0 || !person.isPending) && (
          <CreateRequestForm
            person={chosen}
            onDone={(r) => {
              setNotice(t('requests.created', { due: formatDateTime(locale, r.dueAt) }));
              close();
            }}
            onCancel={close}
          />
        )}
        {dialog?.mode === 'close' && (
          <CloseRequestForm
            request={dialog.request}
            onDone={() => {
              setNotice(t('requests.closed'));
              close();
            }}
            onCancel={close}
          />
        )}
      </Dialog>
    </Stack>
  );
}
