import { Button } from '@mantine/core';
import { useI18n } from '../../i18n/index.tsx';

/** A printed report (PDF) opened in a new tab, where the browser's viewer prints or saves it. */
export function PrintButton({ href, label }: { href: string; label: string }) {
  return (
    <Button component="a" href={href} target="_blank" rel="noopener" variant="default">
      {label}
    </Button>
  );
}

/** The one-page leader summary of the caller's area, or of one kecamatan in it. */
export function LeaderSummaryButton({ kecamatan }: { kecamatan?: string | null }) {
  const { t } = useI18n();
  const query = kecamatan ? `?kecamatan=${encodeURIComponent(kecamatan)}` : '';
  return <PrintButton href={`/api/v1/reports/summary.pdf${query}`} label={t('print.leaderSummary')} />;
}
