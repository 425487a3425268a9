import {
  Button,
  Card,
  Checkbox,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { AddressFields } from '../../components/AddressFields.tsx';
import { AreaPicker } from '../../components/AreaPicker.tsx';
import { CountInput, RupiahInput } from '../../components/NumberField.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { BusinessFormValues } from './business-form-values.ts';
import { KbliPicker } from './KbliPicker.tsx';

type Form = UseFormReturnType<BusinessFormValues>;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} id={id} mb="sm">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Card>
  );
}

export function BusinessSection({ form, mode }: { form: Form; mode: 'create' | 'edit' }) {
  const { t } = useI18n();
  const kbli = form.getInputProps('kbliCode');
  return (
    <Section id="sec-business" title={t('business.sectionData')}>
      <TextInput label={t('field.businessName')} required maxLength={200} {...form.getInputProps('name')} />
      <Textarea
        label={t('field.products')}
        description={t('form.productsHelp')}
        autosize
        minRows={2}
        maxLength={500}
        {...form.getInputProps('products')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <KbliPicker
          value={form.values.kbliCode}
          onChange={(v) => form.setFieldValue('kbliCode', v)}
          onBlur={kbli.onBlur}
          error={kbli.error}
        />
        <TextInput label={t('field.sentra')} maxLength={100} {...form.getInputProps('sentra')} />
        <NumberInput
          label={t('field.yearStarted')}
          allowDecimal={false}
          allowNegative={false}
          hideControls
          min={1900}
          max={2100}
          {...form.getInputProps('yearStarted')}
        />
      </SimpleGrid>
      <Checkbox
        label={t('field.homeIndustry')}
        description={t('form.homeIndustryHelp')}
        {...form.getInputProps('homeIndustry', { type: 'checkbox' })}
      />
      {mode === 'edit' && (
        <Select
          label={t('field.status')}
          data={[
            { value: 'active', label: t('status.active') },
            { value: 'closed', label: t('status.closed') },
          ]}
          allowDeselect={false}
          {...form.getInputProps('status')}
        />
      )}
    </Section>
  );
}

export function LocationSection({ form }: { form: Form }) {
  const { t } = useI18n();
  const [locating, setLocating] = useState<'idle' | 'busy' | 'failed'>('idle');
  const locate = () => {
    if (!('geolocation' in navigator)) return setLocating('failed');
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        form.setValues({
          latitude: Number(pos.coords.latitude.toFixed(6)),
          longitude: Number(pos.coords.longitude.toFixed(6)),
        });
        setLocating('idle');
      },
      () => setLocating('failed'),
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };
  const coord = {
    decimalScale: 7,
    hideControls: true,
    decimalSeparator: '.',
    allowedDecimalSeparators: ['.', ','],
  };
  return (
    <Section id="sec-location" title={t('business.location')}>
      <AreaPicker
        mode="form"
        kecamatan={form.values.kecamatanCode || null}
        kelurahan={form.values.kelurahanCode || null}
        kelurahanError={form.errors.kelurahanCode}
        onChange={(kec, kel) => {
          form.setValues({ kecamatanCode: kec ?? '', kelurahanCode: kel ?? '' });
          if (kel) form.clearFieldError('kelurahanCode');
        }}
      />
      <AddressFields bind={(f) => form.getInputProps(f)} />
      <SimpleGrid cols={{ base: 2 }} spacing="sm">
        <NumberInput
          label={t('field.latitude')}
          min={-90}
          max={90}
          {...coord}
          {...form.getInputProps('latitude')}
        />
        <NumberInput
          label={t('field.longitude')}
          min={-180}
          max={180}
          {...coord}
          {...form.getInputProps('longitude')}
        />
      </SimpleGrid>
      <div>
        <Button variant="default" size="sm" onClick={locate} loading={locating === 'busy'}>
          {t('form.useMyLocation')}
        </Button>
        {locating === 'failed' && (
          <Text fz="sm" c="red.9" role="status" mt={4}>
            {t('form.locationFailed')}
          </Text>
        )}
      </div>
    </Section>
  );
}

export function WorkSection({ form }: { form: Form }) {
  const { t } = useI18n();
  return (
    <Section id="sec-work" title={t('business.sectionWork')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <CountInput label={t('field.workersTotal')} {...form.getInputProps('workersTotal')} />
        <CountInput label={t('field.workersWomen')} {...form.getInputProps('workersWomen')} />
        <CountInput label={t('field.workersFamilyUnpaid')} {...form.getInputProps('workersFamilyUnpaid')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <RupiahInput
          label={t('field.monthlyTurnover')}
          description={t('form.turnoverHelp')}
          {...form.getInputProps('monthlyTurnover')}
        />
        <RupiahInput
          label={t('field.capital')}
          description={t('form.capitalHelp')}
          {...form.getInputProps('capital')}
        />
      </SimpleGrid>
    </Section>
  );
}
