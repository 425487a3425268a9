import { Anchor, Card, Checkbox, Group, Radio, Stack, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { Link } from 'react-router';
import { AddressFields } from '../../components/AddressFields.tsx';
import { AreaPicker } from '../../components/AreaPicker.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { type PersonBinder, PersonFields } from '../people/PersonFields.tsx';
import type { PersonFormValues } from '../people/person-form-values.ts';
import type { BusinessFormValues } from './business-form-values.ts';
import { OwnerPicker } from './OwnerPicker.tsx';

type Form = UseFormReturnType<BusinessFormValues>;
type OwnerPath = `owner.${keyof PersonFormValues}`;

function ownerBinder(form: Form): PersonBinder {
  const path = (f: keyof PersonFormValues) => `owner.${f}` as OwnerPath;
  return {
    props: (f, opts) => form.getInputProps(path(f), opts),
    values: form.values.owner,
    set: (f, value) => form.setFieldValue(path(f), value as never),
    error: (f) => form.errors[path(f)],
  };
}

/** A new owner typed inline, or one already registered picked by name. */
export function OwnerSection({ form, mode }: { form: Form; mode: 'create' | 'edit' }) {
  const { t } = useI18n();
  const v = form.values;
  const addressBind = (f: 'street' | 'rt' | 'rw') => form.getInputProps(`owner.${f}`);

  return (
    <Card withBorder component="section" aria-labelledby="owner-form-title">
      <Title order={2} id="owner-form-title" mb="sm">
        {t('field.owner')}
      </Title>
      <Stack gap="sm">
        <Radio.Group
          label={t('owner.mode')}
          value={v.ownerMode}
          onChange={(m) => form.setFieldValue('ownerMode', m as BusinessFormValues['ownerMode'])}
        >
          <Group gap="md" mt={6}>
            <Radio value="new" label={t('owner.new')} />
            <Radio value="existing" label={t('owner.existing')} />
          </Group>
        </Radio.Group>
        {v.ownerMode === 'existing' ? (
          <>
            <OwnerPicker
              value={v.ownerId}
              selectedLabel={v.ownerLabel}
              onChange={(id, label) => form.setValues({ ownerId: id, ownerLabel: label })}
              error={form.errors.ownerId}
            />
            {mode === 'edit' && v.ownerId && (
              <Text fz="sm">
                <Anchor component={Link} to={`/pelaku/${v.ownerId}/ubah`}>
                  {t('owner.editLink')}
                </Anchor>
              </Text>
            )}
          </>
        ) : (
          <>
            <PersonFields b={ownerBinder(form)} nameLabel={t('field.ownerName')} />
            <Checkbox
              label={t('owner.sameAddress')}
              {...form.getInputProps('ownerSameAddress', { type: 'checkbox' })}
            />
            {!v.ownerSameAddress && (
              <Stack gap="sm">
                <AreaPicker
                  mode="form"
                  required={false}
                  kecamatanLabel={t('owner.kecamatan')}
                  kelurahanLabel={t('owner.kelurahan')}
                  kecamatan={v.owner.kecamatanCode || null}
                  kelurahan={v.owner.kelurahanCode || null}
                  kelurahanError={form.errors['owner.kelurahanCode']}
                  onChange={(kec, kel) =>
                    form.setFieldValue('owner', {
                      ...form.values.owner,
                      kecamatanCode: kec ?? '',
                      kelurahanCode: kel ?? '',
                    })
                  }
                />
                <AddressFields bind={addressBind} />
              </Stack>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
