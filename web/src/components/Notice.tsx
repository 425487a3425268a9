import { Alert } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';

/**
 * A success message in a live region, so screen readers announce it; the region stays in the page while
 * empty so the message is announced when it appears. Closable when `onClose` is given.
 */
export function Notice({
  message,
  onClose,
  mb,
}: {
  message: string | null;
  onClose?: () => void;
  mb?: 'xs';
}) {
  const { t } = useI18n();
  return (
    <div role="status">
      {message && (
        <Alert
          color="green"
          variant="light"
          mb={mb}
          withCloseButton={onClose !== undefined}
          closeButtonLabel={t('action.close')}
          onClose={onClose}
        >
          {message}
        </Alert>
      )}
    </div>
  );
}
