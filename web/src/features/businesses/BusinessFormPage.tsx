import { Anchor, Stack, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useBusiness, useCreateBusiness, useUpdateBusiness } from '../../api/businesses.ts';
import { usePerson } from '../../api/people.ts';
import { isVersionConflict, serverFieldErrors } from '../../components/form-errors.ts';
import type { SavedState } from '../../components/SavedNotice.tsx';
import { ErrorState, errorMessage, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { type Translate, useI18n } from '../../i18n/index.tsx';
import { type Duplicates, DuplicateWarning, findDuplicates } from '../reviews/DuplicateWarning.tsx';
import { BusinessForm, type SubmitResult } from './BusinessForm.tsx';
import {
  type BusinessFormValues,
  emptyBusiness,
  fromDetail,
  ownerInput,
  toBusinessInput,
  toBusinessPatch,
  toDuplicateProbe,
} from './business-form-values.ts';

function failure(err: unknown, t: Translate, prefix = ''): SubmitResult {
  const message = isVersionConflict(err) ? t('error.conflict') : errorMessage(err, t);
  return { fields: serverFieldErrors(err, prefix), message };
}

export function BusinessCreatePage() {
  const { t } = useI18n();
  usePageTitle(t('business.add'));
  const navigate = useNavigate();
  const create = useCreateBusiness();
  // "Tambah usaha" from a Pelaku profile passes ?pemilik=<id>: the form starts with her as owner.
  const ownerParam = Number(useSearchParams()[0].get('pemilik'));
  const owner = usePerson(ownerParam);

  // The first "Simpan" looks for records this one may duplicate; "Tetap simpan" confirms the next submit.
  const [duplicates, setDuplicates] = useState<Duplicates | null>(null);
  const confirmed = useRef(false);

  const onSubmit = async (v: BusinessFormValues): Promise<SubmitResult> => {
    const check = !confirmed.current;
    confirmed.current = false;
    const found = check ? await findDuplicates(toDuplicateProbe(v)) : null;
    setDuplicates(found);
    if (found) return undefined;
    try {
      const saved = await create.mutateAsync(toBusinessInput(v));
      const state: SavedState = { saved: 'created', warnings: saved.warnings };
      navigate(`/usaha/${saved.business.id}`, { state });
      return undefined;
    } catch (err) {
      return failure(err, t);
    }
  };

  if (ownerParam > 0 && owner.isPending) return <LoadingState />;
  const initial = emptyBusiness();
  if (owner.data)
    Object.assign(initial, {
      ownerMode: 'existing',
      ownerId: String(owner.data.id),
      ownerLabel: owner.data.name,
    });

  return (
    <Stack gap="md">
      <Title order={1}>{t('business.add')}</Title>
      <BusinessForm
        mode="create"
        initial={initial}
        onSubmit={onSubmit}
        onCancel={() => navigate(-1)}
        notice={
          duplicates && (
            <DuplicateWarning
              found={duplicates}
              onSaveAnyway={() => {
                confirmed.current = true;
              }}
            />
          )
        }
      />
    </Stack>
  );
}

export function BusinessEditPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const q = useBusiness(id);
  const update = useUpdateBusiness(id);
  usePageTitle(q.data ? t('business.editNamed', { name: q.data.name }) : t('business.edit'));

  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorState page error={q.error} onRetry={() => q.refetch()} />;
  const b = q.data;

  const onSubmit = async (v: BusinessFormValues): Promise<SubmitResult> => {
    // A new owner travels in the same PATCH: the server creates her and moves the business in one transaction.
    const owner = v.ownerMode === 'new' ? { owner: ownerInput(v) } : {};
    const ownerId =
      v.ownerMode === 'existing' && Number(v.ownerId) !== b.ownerId ? Number(v.ownerId) : undefined;
    try {
      const saved = await update.mutateAsync({ ...toBusinessPatch(v, b.version, ownerId), ...owner });
      const state: SavedState = { saved: 'updated', warnings: saved.warnings };
      navigate(`/usaha/${id}`, { state });
      return undefined;
    } catch (err) {
      return failure(err, t);
    }
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/usaha/${id}`} fz="sm">
        ← {b.name}
      </Anchor>
      <Title order={1}>{t('business.editNamed', { name: b.name })}</Title>
      <BusinessForm
        key={b.id}
        mode="edit"
        initial={fromDetail(b)}
        onSubmit={onSubmit}
        onCancel={() => navigate(`/usaha/${id}`)}
      />
    </Stack>
  );
}
