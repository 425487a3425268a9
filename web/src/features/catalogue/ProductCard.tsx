import { Alert, Button, Card, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Product } from '../../../../shared/contracts/catalogue.ts';
import {
  formatPriceRange,
  MAX_PRODUCT_PHOTOS,
  PRODUCT_CATEGORIES,
} from '../../../../shared/rules/catalogue.ts';
import {
  productPhotoUrl,
  useAddProductPhoto,
  useDeleteProduct,
  useDeleteProductPhoto,
} from '../../api/catalogue.ts';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ProductForm } from './ProductForm.tsx';

/** One product on the profile: its facts, photos (add, delete), edit and delete. */
export function ProductCard({ product: p, canManage }: { product: Product; canManage: boolean }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const addPhoto = useAddProductPhoto(p.businessId);
  const delPhoto = useDeleteProductPhoto(p.businessId);
  const del = useDeleteProduct(p.businessId);
  const error = addPhoto.error ?? delPhoto.error ?? del.error;
  if (editing) {
    return (
      <Card withBorder padding="sm" component="li">
        <ProductForm businessId={p.businessId} product={p} onDone={() => setEditing(false)} />
      </Card>
    );
  }
  const price = formatPriceRange(p.priceMin, p.priceMax);
  return (
    <Card withBorder padding="sm" component="li">
      <Stack gap={4}>
        <Text fw={600}>{p.name}</Text>
        <Text fz="sm">
          {PRODUCT_CATEGORIES[p.category as keyof typeof PRODUCT_CATEGORIES] ?? p.category}
          {price ? ` · ${price}` : ''}
        </Text>
        {p.description && (
          <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
            {p.description}
          </Text>
        )}
        {error && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(error, t)}
          </Alert>
        )}
        {p.photos.length > 0 && (
          <Group gap="xs">
            {p.photos.map((n) => (
              <Stack key={n} gap={2} align="center">
                <Image
                  src={productPhotoUrl(p.id, n)}
                  alt={t('catalogue.photoAlt', { n, name: p.name })}
                  w={88}
                  h={88}
                  fit="cover"
                  radius="sm"
                  loading="lazy"
                />
                {canManage && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    aria-label={t('catalogue.deletePhoto', { n, name: p.name })}
                    onClick={() => delPhoto.mutate({ id: p.id, n })}
                  >
                    {t('action.delete')}
                  </Button>
                )}
              </Stack>
            ))}
          </Group>
        )}
        {canManage && (
          <Group gap="xs" mt={4}>
            {p.photos.length < MAX_PRODUCT_PHOTOS && (
              <FileButton
                accept="image/jpeg,image/png,image/webp"
                onChange={(file) => file && addPhoto.mutate({ id: p.id, file })}
              >
                {(props) => (
                  <Button {...props} variant="light" size="xs" loading={addPhoto.isPending}>
                    {t('catalogue.addPhoto', { name: p.name })}
                  </Button>
                )}
              </FileButton>
            )}
            <Button
              variant="default"
              size="xs"
              onClick={() => setEditing(true)}
              aria-label={t('catalogue.editProduct', { name: p.name })}
            >
              {t('action.edit')}
            </Button>
            <Button
              variant="subtle"
              color="red"
              size="xs"
              loading={del.isPending}
              aria-label={t('catalogue.deleteProduct', { name: p.name })}
              onClick={() => del.mutate(p.id)}
            >
              {t('action.delete')}
            </Button>
          </Group>
        )}
        {canManage && p.photos.length === 0 && <Text fz="xs">{t('catalogue.photoHelp')}</Text>}
      </Stack>
    </Card>
  );
}
