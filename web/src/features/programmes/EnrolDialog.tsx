import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { EnrolFilter, EnrolResult } from '../../../../shared/contracts/programmes.ts';
import { useEnrol, useEnrolPreview } from '../../api/programmes.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { BusinessFilters } from '../businesses/BusinessFilters.tsx';
import { BUSINESS_FILTER_KEYS, type BusinessFilters as Filters } from '../businesses/filters.ts';

const EMPTY = Object.fromEntries(BUSINESS_FILTER_KEYS.map((k) => [k, ''])) as Filters;

/** The list's filters as the enrolment body: empty values left out. */
const toFilter = (f: Filters) =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v !== '')) as unknown as EnrolFilter;

/** Enrol from a filter: the same filters as the businesses list, a count and a preview, then enrol. */
export function EnrolDialog({
  sessionId,
  opened,
  onClose,
  onEnrolled,
}: {
  sessionId: number;
  opened: boolean;
  onClose: () => void;
  onEnrolled: (r: EnrolResult) => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<Filters>(EMPTY);
  const preview = useEnrolPreview(sessionId);
  const enrol = useEnrol(sessionId);
  const update = (patch: Partial<Filters>) => {
    setValues((v) => ({ ...v, ...patch }));
    preview.reset();
  };
  const count = preview.data?.count ?? 0;
  const [one, setOne] = useState<string | null>(null);

  return (
    <Dialog opened={opened} onClose={onClose} title={t('enrol.title')} size="xl">
      <Stack gap="sm">
        <Text fz="sm">{t('enrol.intro')}</Text>
        <BusinessFilters values={values} update={update} reset={() => update(EMPTY)} />
        <Group>
          <Button
            variant="default"
            onClick={() => preview.mutate({ filter: toFilter(values) })}
            loading={preview.isPending}
          >
            {t('enrol.count')}
          </Button>
        </Group>
        {preview.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(preview.error, t)}
          </Alert>
        )}
        {preview.data && (
          <Stack gap={4} role="status" aria-live="polite">
            <Text fw={600}>
              {t('enrol.found', {
                n: preview.data.count,
                seats: preview.data.freeSeats,
                already: preview.data.alreadyIn,
              })}
            </Text>
            {preview.data.preview.length > 0 && (
              <List size="sm">
                {preview.data.preview.map((b) => (
                  <List.Item key={b.id}>
                    <Group gap="xs" wrap="nowrap">
                      <span>
                        {b.name} ({b.kelurahanName})
                      </span>
                      <Button
                        size="compact-sm"
                        variant="light"
                        aria-label={`${t('enrol.one')} ${b.name}`}
                        onClick={async () => {
                          const r = await enrol.mutateAsync({ businessIds: [b.id] });
                          setOne(t(r.enrolled ? 'enrol.oneDone' : 'enrol.oneWaiting', { name: b.name }));
                          preview.mutate({ filter: toFilter(values) });
                        }}
                      >
                        {t('enrol.one')}
                      </Button>
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
            {preview.data.count > preview.data.preview.length && (
              <Text fz="sm" c="dimmed">
                {t('enrol.more', { n: preview.data.count - preview.data.preview.length })}
              </Text>
            )}
          </Stack>
        )}
        {one && (
          <Text fz="sm" role="status">
            {one}
          </Text>
        )}
        {enrol.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(enrol.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button
            disabled={!preview.data || count === 0}
            loading={enrol.isPending}
            onClick={async () => {
              const r = await enrol.mutateAsync({ filter: toFilter(values) });
              preview.reset();
              onEnrolled(r);
            }}
          >
            {t('enrol.submit', { n: count })}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
