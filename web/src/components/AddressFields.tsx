import { SimpleGrid, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useI18n } from '../i18n/index.tsx';

export type InputBinder<K extends string> = (field: K) => GetInputPropsReturnType;

/** Street plus RT/RW (free text inside an address, as offices write them). */
export function AddressFields({ bind }: { bind: InputBinder<'street' | 'rt' | 'rw'> }) {
  const { t } = useI18n();
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      <TextInput
        label={t('field.street')}
        style={{ gridColumn: 'span 2' }}
        maxLength={300}
        {...bind('street')}
      />
      <TextInput label="RT" maxLength={10} inputMode="numeric" {...bind('rt')} />
      <TextInput label="RW" maxLength={10} inputMode="numeric" {...bind('rw')} />
    </SimpleGrid>
  );
}
