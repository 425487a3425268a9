import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { EnrolFilter } from '../../../../shared/contracts/programmes.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { BusinessFilters } from './BusinessFilters.tsx';
import { BUSINESS_FILTER_KEYS, type BusinessFilters as Filters } from './filters.ts';

const EMPTY = Object.fromEntries(BUSINESS_FILTER_KEYS.map((k) => [k, ''])) as Filters;

/** The list's filters as a request body: empty values left out. */
const toFilter = (f: Filters) =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v !== '')) as unknown as EnrolFilter;

type Pick = { filter: EnrolFilter } | { businessIds: number[] };
type Preview = { count: number; preview: { id: number; name: string; kelurahanName: string }[] };
/** What the dialog needs of a TanStack mutation (methods, so either endpoint's input type fits). */
type Mutation<T> = {
  data?: T;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  mutate(input: Pick): void;
  mutateAsync(input: Pick): Promise<T>;
  reset(): void;
};

/**
 * Businesses picked from the registry by the list's own filters (a session's participants, an exhibition's
 * invitations): a count and a preview first, one at a time from the preview, or every match at once.
 */
export function PickByFilterDialog<P extends Preview, R>({
  opened,
  onClose,
  onDone,
  initial,
  preview,
  action,
  texts,
}: {
  opened: boolean;
  onClose: () => void;
  onDone: (r: R) => void;
  /** The filter the dialog starts from (e.g. the one last used). */
  initial?: Partial<Filters> | null;
  preview: Mutation<P>;
  action: Mutation<R>;
  texts: {
    title: string;
    intro: string;
    count: string;
    one: string;
    found: (p: P) => string;
    oneDone: (r: R, name: string) => string;
    more: (n: number) => string;
    submit: (n: number) => string;
  };
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<Filters>(() => ({ ...EMPTY, ...initial }));
  const [one, setOne] = useState<string | null>(null);
  const update = (patch: Partial<Filters>) => {
    setValues((v) => ({ ...v, ...patch }));
    preview.reset();
  };
  const count = preview.data?.count ?? 0;

  return (
    <Dialog opened={opened} onClose={onClose} title={texts.title} size="xl">
      <Stack gap="sm">
        <Text fz="sm">{texts.intro}</Text>
        <BusinessFilters values={values} update={update} reset={() => update(EMPTY)} />
        <Group>
          <Button
            variant="default"
            onClick={() => preview.mutate({ filter: toFilter(values) })}
            loading={preview.isPending}
          >
            {texts.count}
          </Button>
        </Group>
        {preview.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(preview.error, t)}
          </Alert>
        )}
        {preview.data && (
          <Stack gap={4} role="status" aria-live="polite">
            <Text fw={600}>{texts.found(preview.data)}</Text>
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
                        aria-label={`${texts.one} ${b.name}`}
                        onClick={async () => {
                          const r = await action.mutateAsync({ businessIds: [b.id] });
                          setOne(texts.oneDone(r, b.name));
                          preview.mutate({ filter: toFilter(values) });
                        }}
                      >
                        {texts.one}
                      </Button>
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
            {preview.data.count > preview.data.preview.length && (
              <Text fz="sm" c="dimmed">
                {texts.more(preview.data.count - preview.data.preview.length)}
              </Text>
            )}
          </Stack>
        )}
        {one && (
          <Text fz="sm" role="status">
            {one}
          </Text>
        )}
        {action.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(action.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button
            disabled={!preview.data || count === 0}
            loading={action.isPending}
            onClick={async () => {
              const r = await action.mutateAsync({ filter: toFilter(values) });
              preview.reset();
              onDone(r);
            }}
          >
            {texts.submit(count)}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
