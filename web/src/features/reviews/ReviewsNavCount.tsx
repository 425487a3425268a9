import { Badge } from '@mantine/core';
import { useOpenReviewCount } from '../../api/reviews.ts';
import { useI18n } from '../../i18n/index.tsx';

/** The open pairs beside "Tinjauan duplikat" in the menu, read as "3 terbuka"; nothing when none wait. */
export function ReviewsNavCount() {
  const { t } = useI18n();
  const q = useOpenReviewCount();
  const n = (q.data?.person ?? 0) + (q.data?.business ?? 0);
  if (n === 0) return null;
  return (
    <Badge size="sm" variant="filled" ml={6} component="span">
      {n}
      <span className="visually-hidden"> {t('reviews.openSuffix')}</span>
    </Badge>
  );
}
