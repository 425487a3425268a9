import { Alert, List } from '@mantine/core';
import { useLocation, useNavigate } from 'react-router';
import type { FieldIssue } from '../../../shared/contracts/common.ts';
import { useI18n } from '../i18n/index.tsx';

export type SavedState = { saved?: 'created' | 'updated'; warnings?: FieldIssue[] };

/** After a save the form navigates here with its warnings; they are shown once and never block saving. */
export function SavedNotice() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const state = (location.state ?? {}) as SavedState;
  if (!state.saved) return null;
  const warnings = state.warnings ?? [];
  const dismiss = () => navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  return (
    <Alert
      color={warnings.length ? 'yellow' : 'green'}
      variant="light"
      role="status"
      title={state.saved === 'created' ? t('saved.created') : t('saved.updated')}
      withCloseButton
      closeButtonLabel={t('action.close')}
      onClose={dismiss}
    >
      {warnings.length > 0 && (
        <>
          {t('saved.warnings')}
          <List size="sm" mt={4}>
            {warnings.map((w) => (
              <List.Item key={`${w.path}-${w.code}`}>{w.message}</List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
