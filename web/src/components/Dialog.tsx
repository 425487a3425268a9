import { Modal, type ModalProps } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';

/** Mantine's Modal with its close (×) button named in the reader's language; unnamed, axe flags it. */
export function Dialog({ closeButtonProps, ...props }: ModalProps) {
  const { t } = useI18n();
  return <Modal closeButtonProps={{ 'aria-label': t('action.close'), ...closeButtonProps }} {...props} />;
}
