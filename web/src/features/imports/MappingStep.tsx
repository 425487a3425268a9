import { Alert, Button, Group, Select, Text } from '@mantine/core';
import type { Import } from '../../../../shared/contracts/imports.ts';
import {
  useCancelImport,
  useChooseSheet,
  useImportPreview,
  useMapColumns,
  useValidateImport,
} from '../../api/imports.ts';
import { ErrorState, errorMessage, LoadingState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ColumnList } from './ColumnList.tsx';
import { StepSection } from './StepLine.tsx';

function ActionError({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {errorMessage(error, t)}
    </Alert>
  );
}

function SheetPicker({ imp }: { imp: Import }) {
  const { t } = useI18n();
  const choose = useChooseSheet(imp.id);
  if (imp.sheets.length < 2) return null;
  const label = (s: Import['sheets'][number]) =>
    [s.name, s.hidden ? t('imports.sheetHidden') : '', s.hasData ? '' : t('imports.sheetNoList')]
      .filter(Boolean)
      .join(' ');
  const others = imp.sheets.filter((s) => s.hasData && s.index !== imp.sheetIndex);
  return (
    <>
      <Select
        label={t('imports.sheet')}
        description={t('imports.sheetHelp')}
        data={imp.sheets.map((s) => ({ value: String(s.index), label: label(s) }))}
        value={String(imp.sheetIndex)}
        onChange={(v) => v !== null && choose.mutate(Number(v))}
        allowDeselect={false}
        disabled={choose.isPending}
        maw={420}
      />
      {others.length > 0 && (
        <Alert color="blue" variant="light">
          {t('imports.otherSheets', { names: others.map((s) => `"${s.name}"`).join(', ') })}
        </Alert>
      )}
      <ActionError error={choose.error} />
    </>
  );
}

/** Step 2: which sheet, and which registry field each column fills; then the dry run. */
export function MappingStep({ imp, onBack }: { imp: Import; onBack?: () => void }) {
  const { t } = useI18n();
  const preview = useImportPreview(imp.id, imp.sheetIndex);
  const map = useMapColumns(imp.id);
  const validate = useValidateImport(imp.id);
  const cancel = useCancelImport(imp.id);
  const busy = map.isPending || validate.isPending || cancel.isPending;

  return (
    <StepSection step="mapping" title={t('imports.mappingTitle')}>
      <Text fz="sm">
        {imp.headerRow
          ? t('imports.headerFound', { header: imp.headerRow, first: imp.firstDataRow ?? '–' })
          : t('imports.headerMissing')}{' '}
        {t('imports.mappingHelp')}
      </Text>
      <SheetPicker imp={imp} />
      {preview.isPending && <LoadingState />}
      {preview.isError && <ErrorState error={preview.error} onRetry={() => preview.refetch()} />}
      <ColumnList
        mapping={imp.mapping}
        rows={preview.data?.rows ?? []}
        onChange={(column, field, dateOrder) =>
          map.mutate([{ column, field, ...(dateOrder ? { dateOrder } : {}) }])
        }
        disabled={validate.isPending || cancel.isPending}
      />
      <ActionError error={map.error} />
      <Text fz="sm">{t('imports.requiredColumns')}</Text>
      <ActionError error={validate.error ?? cancel.error} />
      <Group gap="sm">
        <Button onClick={() => validate.mutate(undefined)} loading={validate.isPending} disabled={busy}>
          {t('imports.validate')}
        </Button>
        <Button
          variant="default"
          onClick={() => cancel.mutate(undefined)}
          loading={cancel.isPending}
          disabled={busy}
        >
          {t('imports.cancel')}
        </Button>
        {onBack && (
          <Button variant="subtle" onClick={onBack}>
            {t('imports.backToResult')}
          </Button>
        )}
      </Group>
    </StepSection>
  );
}
