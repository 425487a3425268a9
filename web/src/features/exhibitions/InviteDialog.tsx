import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { InviteResult } from '../../../../shared/contracts/exhibitions.ts';
import type { EnrolFilter } from '../../../../shared/contracts/programmes.ts';
import { useInvite, useInvitePreview } from '../../api/exhibitions.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { BusinessFilters } from '../businesses/BusinessFilters.tsx';
import { BUSINESS_FILTER_KEYS, type BusinessFilters as Filters } from '../businesses/filters.ts';

const EMPTY = Object.fromEntries(BUSINESS_FILTER_KEYS.map((k) => [k, ''])) as Filters;

/** The list's filters as the invitation body: empty values left out. */
const toFilter = (f: Filters) =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v !== '')) as unknown as EnrolFilter;

/** Invite from a filter: the same filters as the businesses list, a count and a preview, then invite. */
export function InviteDialog({
  exhibitionId,
  criteria,
  opened,
  onClose,
  onInvited,
}: {
  exhibitionId: number;
  /** The event's registry filter (the one last used to invite): the dialog starts from it. */
  criteria: EnrolFilter | null;
  opened: boolean;
  onClose: () => void;
  onInvited: (r: InviteResult) => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<Filters>(() => ({ ...EMPTY, ...(criteria as Partial<Filters>) }));
  const preview = useInvitePreview(exhibitionId);
  const invite = useInvite(exhibitionId);
  const [one, setOne] = useState<string | null>(null);
  const update = (patch: Partial<Filters>) => {
    setValues((v) => ({ ...v, ...patch }));
    preview.reset();
  };
  const count = preview.data?.count ?? 0;

  return (
    <Dialog opened={opened} onClose={onClose} title={t('exh.inviteTitle')} size="xl">
      <Stack gap="sm">
        <Text fz="sm">{t('exh.inviteIntro')}</Text>
        <BusinessFilters values={values} update={update} reset={() => update(EMPTY)} />
        <Group>
          <Button
            variant="default"
            onClick={() => preview.mutate({ filter: toFilter(values) })}
            loading={preview.isPending}
          >
            {t('exh.inviteCount')}
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
              {t('exh.inviteFound', { n: preview.data.count, already: preview.data.alreadyIn })}
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
                        aria-label={`${t('exh.inviteOne')} ${b.name}`}
                        onClick={async () => {
                          await invite.mutateAsync({ businessIds: [b.id] });
                          setOne(t('exh.inviteOneDone', { name: b.name }));
                          preview.mutate({ filter: toFilter(values) });
                        }}
                      >
                        {t('exh.inviteOne')}
                      </Button>
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
            {preview.data.count > preview.data.preview.length && (
              <Text fz="sm" c="dimmed">
                {t('exh.inviteMore', { n: preview.data.count - preview.data.preview.length })}
              </Text>
            )}
          </Stack>
        )}
        {one && (
          <Text fz="sm" role="status">
            {one}
          </Text>
        )}
        {invite.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(invite.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button
            disabled={!preview.data || count === 0}
            loading={invite.isPending}
            onClick={async () => {
              const r = await invite.mutateAsync({ filter: toFilter(values) });
              preview.reset();
              onInvited(r);
            }}
          >
            {t('exh.inviteSubmit', { n: count })}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
