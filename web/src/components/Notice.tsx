import { Alert } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';

/** A success message in a live region, so screen readers announce it; closable. */
export function Notice({ message, onClose }: { message: string | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <div role="status">
      {message && (
        <Alert
          color="green"
          variant="light"
          withCloseButton
          closeButtonLabel={t('action.close')}
          onClose={onClose}
        >
          {message}
        </Alert>
      )}
    </div>
  );
}
