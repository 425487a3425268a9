import { Alert, Anchor, Button, Card, Group, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { type Person, PersonPatch } from '../../../../shared/contracts/people.ts';
import { maskNik } from '../../../../shared/rules/nik.ts';
import { usePerson, useUpdatePerson } from '../../api/people.ts';
import { AddressFields } from '../../components/AddressFields.tsx';
import { AreaPicker } from '../../components/AreaPicker.tsx';
import { isVersionConflict, serverFieldErrors, zodFieldErrors } from '../../components/form-errors.ts';
import type { SavedState } from '../../components/SavedNotice.tsx';
import { ErrorState, errorMessage, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PersonFields } from './PersonFields.tsx';
import { displayMasked } from './PiiValue.tsx';
import { type PersonFormValues, personFromRecord, toPersonInput } from './person-form-values.ts';

/** A blank NIK or phone field means "unchanged": the stored values are only ever shown masked. */
function toPatch(v: PersonFormValues, version: number) {
  const { nik, phone, ...rest } = toPersonInput(v);
  return { ...rest, ...(nik ? { nik } : {}), ...(phone ? { phone } : {}), version };
}

function PersonEditForm({ person }: { person: Person }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const update = useUpdatePerson(person.id);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<PersonFormValues>({
    initialValues: personFromRecord(person),
    validateInputOnBlur: true,
    validate: (v) => {
      const r = PersonPatch.safeParse(toPatch(v, person.version));
      return r.success ? {} : zodFieldErrors(r.error);
    },
  });
  const submit = form.onSubmit(async (v) => {
    setMessage(null);
    try {
      const saved = await update.mutateAsync(toPatch(v, person.version));
      const state: SavedState = { saved: 'updated', warnings: saved.warnings };
      navigate(`/pelaku/${person.id}`, { state });
    } catch (err) {
      form.setErrors(serverFieldErrors(err));
      setMessage(isVersionConflict(err) ? t('error.conflict') : errorMessage(err, t));
    }
  });
  const b = {
    props: (f: keyof PersonFormValues, o?: { type: 'checkbox' }) => form.getInputProps(f, o),
    values: form.values,
    set: (f: keyof PersonFormValues, value: string) => form.setFieldValue(f, value as never),
    error: (f: keyof PersonFormValues) => form.errors[f],
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {message && (
          <Alert color="red" variant="light" role="alert">
            {message}
          </Alert>
        )}
        <Card withBorder component="section" aria-labelledby="pe-data">
          <Title order={2} id="pe-data" mb="sm">
            {t('person.data')}
          </Title>
          <PersonFields
            b={b}
            nameLabel={t('field.name')}
            nikPlaceholder={maskNik(person.nik) ?? undefined}
            nikDescription={person.nik ? t('person.nikKeep') : undefined}
            phonePlaceholder={person.phone ? displayMasked('phone', person.phone) : undefined}
            phoneDescription={person.phone ? t('person.phoneKeep') : undefined}
          />
        </Card>
        <Card withBorder component="section" aria-labelledby="pe-address">
          <Stack gap="sm">
            <Title order={2} id="pe-address">
              {t('field.address')}
            </Title>
            <AreaPicker
              mode="form"
              required={false}
              kecamatan={form.values.kecamatanCode || null}
              kelurahan={form.values.kelurahanCode || null}
              kelurahanError={form.errors.kelurahanCode}
              onChange={(kec, kel) => form.setValues({ kecamatanCode: kec ?? '', kelurahanCode: kel ?? '' })}
            />
            <AddressFields bind={(f) => form.getInputProps(f)} />
          </Stack>
        </Card>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => navigate(`/pelaku/${person.id}`)}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} disabled={update.isPending}>
            {t('action.saveChanges')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export default function PersonEditPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const q = usePerson(id);
  usePageTitle(q.data ? t('person.editNamed', { name: q.data.name }) : t('person.edit'));
  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorState page error={q.error} onRetry={() => q.refetch()} />;
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/pelaku/${id}`} fz="sm">
        ← {q.data.name}
      </Anchor>
      <Title order={1}>{t('person.editNamed', { name: q.data.name })}</Title>
      <PersonEditForm key={q.data.id} person={q.data} />
    </Stack>
  );
}
