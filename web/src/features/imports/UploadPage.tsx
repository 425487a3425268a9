import {
  Alert,
  Anchor,
  Autocomplete,
  Button,
  Card,
  FileInput,
  Group,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ImportUpload } from '../../../../shared/contracts/imports.ts';
import { useImportSources, useUploadImport } from '../../api/imports.ts';
import { errorMessage } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { StepLine } from './StepLine.tsx';

type Errors = { file?: string; source?: string };

/** The file and the office, each with its message; a message goes once its field is changed. */
function useUploadForm() {
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  return {
    file,
    source,
    errors,
    setErrors,
    chooseFile: (f: File | null) => {
      setFile(f);
      setErrors((e) => ({ ...e, file: undefined }));
    },
    typeSource: (v: string) => {
      setSource(v);
      setErrors((e) => ({ ...e, source: undefined }));
    },
  };
}

/** Step 1 as a form: the file (.xlsx, .ods, .csv) and the office it came from; offices seen before are offered. */
function UploadForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const sources = useImportSources();
  const upload = useUploadImport();
  const f = useUploadForm();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = ImportUpload.pick({ source: true }).safeParse({ source: f.source });
    f.setErrors({
      file: f.file ? undefined : t('imports.fileRequired'),
      source: checked.success ? undefined : checked.error.issues[0]?.message,
    });
    if (!f.file || !checked.success) return;
    const done = (id: number) => navigate(`/impor/${id}`, { replace: true });
    upload.mutate({ file: f.file, source: checked.data.source }, { onSuccess: (imp) => done(imp.id) });
  };

  return (
    <Card withBorder component="form" onSubmit={submit} noValidate aria-busy={upload.isPending} maw={720}>
      <Stack gap="sm">
        <Text fz="sm">{t('imports.uploadHelp')}</Text>
        <FileInput
          label={t('imports.file')}
          description={t('imports.fileHelp')}
          placeholder={t('imports.filePlaceholder')}
          accept=".xlsx,.ods,.csv"
          required
          withAsterisk
          clearable
          value={f.file}
          onChange={f.chooseFile}
          error={f.errors.file}
          clearButtonProps={{ 'aria-label': t('imports.fileClear') }}
        />
        <Autocomplete
          label={t('imports.source')}
          description={t('imports.sourceHelp')}
          required
          maxLength={120}
          data={(sources.data?.items ?? []).map((s) => s.name)}
          value={f.source}
          onChange={f.typeSource}
          error={f.errors.source}
        />
        {upload.isError && (
          <Alert color="red" variant="light" role="alert" title={t('imports.uploadFailed')}>
            {errorMessage(upload.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={upload.isPending}>
            {t('imports.uploadSubmit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** `impor/baru`: the wizard's first step; the upload leads on to `impor/:id`. */
export default function UploadPage() {
  const { t } = useI18n();
  usePageTitle(t('imports.upload'));
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/impor" fz="sm">
        ← {t('imports.backToList')}
      </Anchor>
      <div>
        <StepLine step="upload" />
        <Title order={1}>{t('imports.upload')}</Title>
      </div>
      <UploadForm />
    </Stack>
  );
}
