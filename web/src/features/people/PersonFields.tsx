import { Checkbox, Group, Radio, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { EDUCATION_LEVELS } from '../../../../shared/contracts/people.ts';
import { CountInput } from '../../components/NumberField.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { PersonFormValues } from './person-form-values.ts';

type Field = keyof PersonFormValues;

export type PersonBinder = {
  props: (field: Field, opts?: { type: 'checkbox' }) => GetInputPropsReturnType;
  values: PersonFormValues;
  set: (field: Field, value: string) => void;
  error: (field: Field) => ReactNode;
};

type Props = {
  b: PersonBinder;
  nameLabel: string;
  nikPlaceholder?: string;
  nikDescription?: string;
  phonePlaceholder?: string;
  phoneDescription?: string;
};

/** Identity fields of a person: used inline for a new owner and on the Pelaku edit page. */
export function PersonFields(props: Props) {
  const { b, nameLabel, nikPlaceholder, nikDescription } = props;
  const { t } = useI18n();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput label={nameLabel} required maxLength={200} autoComplete="off" {...b.props('name')} />
      <TextInput
        label="NIK"
        inputMode="numeric"
        autoComplete="off"
        maxLength={40}
        placeholder={nikPlaceholder}
        description={nikDescription ?? t('person.nikHelp')}
        {...b.props('nik')}
      />
      <Radio.Group label={t('field.gender')} {...b.props('gender')}>
        <Group gap="md" mt={6}>
          <Radio value="P" label={t('gender.P')} />
          <Radio value="L" label={t('gender.L')} />
        </Group>
      </Radio.Group>
      <TextInput type="date" label={t('field.birthDate')} max="2100-12-31" {...b.props('birthDate')} />
      <TextInput
        type="tel"
        label={t('field.phone')}
        autoComplete="off"
        maxLength={40}
        placeholder={props.phonePlaceholder}
        description={props.phoneDescription}
        {...b.props('phone')}
      />
      <Select
        label={t('field.education')}
        data={EDUCATION_LEVELS.map((e) => ({ value: e, label: t(`edu.${e}`) }))}
        value={b.values.education || null}
        onChange={(v) => b.set('education', v ?? '')}
        error={b.error('education')}
        clearable
        placeholder={t('form.choose')}
      />
      <CountInput label={t('field.householdSize')} max={30} {...b.props('householdSize')} />
      <Checkbox
        label={t('field.krtpLong')}
        description={t('person.krtpHelp')}
        mt={{ base: 0, sm: 'lg' }}
        {...b.props('krtp', { type: 'checkbox' })}
      />
    </SimpleGrid>
  );
}
