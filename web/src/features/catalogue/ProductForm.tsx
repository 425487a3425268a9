import { Alert, Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { type Product, ProductInput } from '../../../../shared/contracts/catalogue.ts';
import { PRODUCT_CATEGORIES, type ProductCategory } from '../../../../shared/rules/catalogue.ts';
import { useAddProduct, useUpdateProduct } from '../../api/catalogue.ts';
import { isVersionConflict, serverFieldErrors, zodFieldErrors } from '../../components/form-errors.ts';
import { RupiahInput } from '../../components/NumberField.tsx';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';

type Values = {
  name: string;
  description: string;
  category: string;
  priceMin: number | string;
  priceMax: number | string;
};
const num = (v: number | string) => (v === '' || v === null ? null : Number(v));
const toInput = (v: Values) => ({
  name: v.name,
  description: v.description.trim() || null,
  category: v.category as ProductCategory,
  priceMin: num(v.priceMin),
  priceMax: num(v.priceMax),
});

/** Add or edit one product of the catalogue; checked with the shared contract as the user types. */
export function ProductForm(p: { businessId: number; product?: Product; onDone: () => void }) {
  const { t } = useI18n();
  const add = useAddProduct(p.businessId);
  const update = useUpdateProduct(p.businessId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      name: p.product?.name ?? '',
      description: p.product?.description ?? '',
      category: p.product?.category ?? '',
      priceMin: p.product?.priceMin ?? '',
      priceMax: p.product?.priceMax ?? '',
    },
    validateInputOnBlur: true,
    validate: (v) => {
      const r = ProductInput.safeParse(toInput(v));
      return r.success ? {} : zodFieldErrors(r.error);
    },
  });
  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    try {
      if (p.product) {
        await update.mutateAsync({ id: p.product.id, patch: { ...toInput(v), version: p.product.version } });
      } else await add.mutateAsync(toInput(v));
      p.onDone();
    } catch (err) {
      form.setErrors(serverFieldErrors(err));
      setFormError(isVersionConflict(err) ? t('error.conflict') : errorMessage(err, t));
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
        <TextInput label={t('catalogue.name')} required {...form.getInputProps('name')} />
        <Select
          label={t('catalogue.category')}
          required
          data={Object.entries(PRODUCT_CATEGORIES).map(([value, label]) => ({ value, label }))}
          {...form.getInputProps('category')}
          value={form.values.category || null}
          onChange={(v) => form.setFieldValue('category', v ?? '')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <RupiahInput label={t('catalogue.priceMin')} {...form.getInputProps('priceMin')} />
          <RupiahInput label={t('catalogue.priceMax')} {...form.getInputProps('priceMax')} />
        </SimpleGrid>
        <Textarea
          label={t('catalogue.description')}
          autosize
          minRows={2}
          {...form.getInputProps('description')}
        />
        <Group>
          <Button type="submit" loading={add.isPending || update.isPending}>
            {t('action.save')}
          </Button>
          <Button variant="default" onClick={p.onDone}>
            {t('action.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
