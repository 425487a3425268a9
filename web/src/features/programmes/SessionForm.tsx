import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type Session, SessionInput, SessionPatch } from '../../../../shared/contracts/programmes.ts';
import { useAddSession, useUpdateSession } from '../../api/programmes.ts';
import { AreaPicker } from '../../components/AreaPicker.tsx';
import {
  isVersionConflict,
  serverFieldErrors,
  unplacedErrors,
  zodFieldErrors,
} from '../../components/form-errors.ts';
import { CountInput } from '../../components/NumberField.tsx';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSession as useMe } from '../auth/session.ts';

type Values = {
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  quota: number | string;
  trainer: string;
  kecamatan: string | null;
  kelurahan: string | null;
};

/** `2026-12-03T09:00` typed in Malang → an ISO time with the WIB offset. */
const wib = (local: string) => (local ? `${local.length === 16 ? `${local}:00` : local}+07:00` : '');

const toInput = (v: Values, scope: string) => ({
  title: v.title,
  startsAt: wib(v.startsAt),
  endsAt: wib(v.endsAt),
  place: v.place,
  quota: typeof v.quota === 'number' ? v.quota : Number.NaN,
  trainer: v.trainer.trim() || null,
  scopeCode: v.kelurahan ?? v.kecamatan ?? scope,
});

/** An ISO time → `2026-12-03T09:00` as the clock in Malang shows it (WIB, UTC+7). */
const toLocal = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 16);

const toPatch = (v: Values, version: number) => {
  const { scopeCode: _, ...rest } = toInput(v, '');
  return { ...rest, version };
};

/**
 * A new session of a programme, in the user's area (or a kecamatan/kelurahan inside it); or, given a
 * session, its changes (a larger quota seats the waiting list at once).
 */
export function SessionForm({
  programmeId,
  session,
  onDone,
  onCancel,
}: {
  programmeId: number;
  session?: Session;
  onDone: (id: number) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  const add = useAddSession(programmeId);
  const update = useUpdateSession(session?.id ?? 0);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      title: session?.title ?? '',
      startsAt: session ? toLocal(session.startsAt) : '',
      endsAt: session ? toLocal(session.endsAt) : '',
      place: session?.place ?? '',
      quota: session?.quota ?? 20,
      trainer: session?.trainer ?? '',
      kecamatan: null,
      kelurahan: null,
    },
    validate: (v) => {
      const r = session
        ? SessionPatch.safeParse(toPatch(v, session.version))
        : SessionInput.safeParse(toInput(v, me.scopeCode));
      return r.success ? {} : zodFieldErrors(r.error);
    },
  });
  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    try {
      const saved = session
        ? await update.mutateAsync(toPatch(v, session.version))
        : await add.mutateAsync(toInput(v, me.scopeCode));
      onDone(saved.id);
    } catch (err) {
      const fields = serverFieldErrors(err);
      form.setErrors(fields);
      const message = isVersionConflict(err) ? t('error.conflict') : errorMessage(err, t);
      setFormError([message, ...unplacedErrors(fields, Object.keys(v))].join(' '));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" variant="light" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label={t('session.title')} required {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="datetime-local"
            label={t('session.startsAt')}
            required
            {...form.getInputProps('startsAt')}
          />
          <TextInput
            type="datetime-local"
            label={t('session.endsAt')}
            required
            {...form.getInputProps('endsAt')}
          />
        </SimpleGrid>
        <TextInput label={t('session.place')} required {...form.getInputProps('place')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <CountInput label={t('session.quota')} required {...form.getInputProps('quota')} />
          <TextInput label={t('session.trainer')} {...form.getInputProps('trainer')} />
        </SimpleGrid>
        {!session && (
          <AreaPicker
            mode="filter"
            kecamatanLabel={t('session.scopeKecamatan')}
            kelurahanLabel={t('session.scopeKelurahan')}
            kecamatan={form.values.kecamatan}
            kelurahan={form.values.kelurahan}
            onChange={(kec, kel) => form.setValues({ kecamatan: kec, kelurahan: kel })}
          />
        )}
        {form.errors.scopeCode && (
          <Alert color="red" variant="light">
            {form.errors.scopeCode}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending || update.isPending}>
            {t('action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
