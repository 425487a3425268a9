import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Need, NeedInput } from '../../../../shared/contracts/assessments.ts';
import { useAddNeed, useNeeds, usePatchNeed } from '../../api/assessments.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { EmptyState, ErrorState, errorMessage, LoadingState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { PRIORITY_COLORS } from './levels.ts';
import { NeedForm } from './NeedForm.tsx';

type Editing = { mode: 'add' } | { mode: 'edit'; need: Need } | null;

function NeedRow({ n, canEdit, onEdit }: { n: Need; canEdit: boolean; onEdit: () => void }) {
  const { t } = useI18n();
  const names = useLabels();
  const patch = usePatchNeed();
  const move = (status: Need['status']) => patch.mutate({ id: n.id, patch: { version: n.version, status } });
  const open = n.status === 'open';
  return (
    <Card withBorder padding="sm" component="li" data-testid="need">
      <Stack gap={4}>
        <Group gap={6}>
          <Badge variant="light">{names.pillar[n.pillar]}</Badge>
          <Badge variant="light" color={PRIORITY_COLORS[n.priority]}>
            {names.priority[n.priority]}
          </Badge>
          {!open && (
            <Badge variant="outline" color="gray">
              {names.needStatus[n.status]}
            </Badge>
          )}
        </Group>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {n.title}
        </Text>
        <Text fz="xs" c="dimmed">
          {n.source === 'assessment' ? t('needs.fromAssessment') : t('needs.manual')}
          {n.note ? ` · ${n.note}` : ''}
        </Text>
        {patch.isError && (
          <Text fz="sm" c="red.8" role="alert">
            {errorMessage(patch.error, t)}
          </Text>
        )}
        {canEdit && (
          <Group gap="xs">
            {open ? (
              <>
                <Button
                  size="xs"
                  onClick={() => move('met')}
                  aria-label={t('needs.metNamed', { name: n.title })}
                >
                  {t('needs.met')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={onEdit}
                  aria-label={t('needs.editNamed', { name: n.title })}
                >
                  {t('action.edit')}
                </Button>
                <Button
                  size="xs"
                  variant="outline"
                  color="red"
                  onClick={() => move('dropped')}
                  aria-label={t('needs.dropNamed', { name: n.title })}
                >
                  {t('needs.drop')}
                </Button>
              </>
            ) : (
              <Button
                size="xs"
                variant="default"
                onClick={() => move('open')}
                aria-label={t('needs.reopenNamed', { name: n.title })}
              >
                {t('needs.reopen')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** Needs per pillar of a business: suggested by assessments or added by hand; met or dropped when done. */
export function NeedsSection({ businessId, canEdit }: { businessId: number; canEdit: boolean }) {
  const { t } = useI18n();
  const q = useNeeds(businessId);
  const add = useAddNeed(businessId);
  const patch = usePatchNeed();
  const [editing, setEditing] = useState<Editing>(null);
  const [showClosed, setShowClosed] = useState(false);

  const save = (values: NeedInput) => {
    const done = { onSuccess: () => setEditing(null) };
    if (editing?.mode === 'edit') {
      const { dimension: _d, ...rest } = values;
      patch.mutate({ id: editing.need.id, patch: { version: editing.need.version, ...rest } }, done);
    } else add.mutate(values, done);
  };
  const list = (items: Need[]) => (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((n) => (
        <NeedRow key={n.id} n={n} canEdit={canEdit} onEdit={() => setEditing({ mode: 'edit', need: n })} />
      ))}
    </Stack>
  );

  return (
    <Stack gap="xs" component="section" aria-labelledby="needs-title">
      <Group justify="space-between">
        <Title order={3} id="needs-title">
          {t('needs.title')}
        </Title>
        {canEdit && (
          <Button size="xs" variant="default" onClick={() => setEditing({ mode: 'add' })}>
            {t('needs.add')}
          </Button>
        )}
      </Group>
      {q.isPending && <LoadingState />}
      {q.isError && <ErrorState error={q.error} onRetry={() => q.refetch()} />}
      {q.isSuccess && (
        <>
          {q.data.items.filter((n) => n.status === 'open').length === 0 && (
            <EmptyState title={t('needs.none')} />
          )}
          {list(q.data.items.filter((n) => n.status === 'open'))}
          {q.data.items.some((n) => n.status !== 'open') && (
            <Button
              variant="default"
              size="xs"
              onClick={() => setShowClosed((v) => !v)}
              aria-expanded={showClosed}
              w="fit-content"
            >
              {t('needs.closed', { n: q.data.items.filter((n) => n.status !== 'open').length })}
            </Button>
          )}
          {showClosed && list(q.data.items.filter((n) => n.status !== 'open'))}
        </>
      )}
      <Dialog
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? t('needs.edit') : t('needs.add')}
      >
        {editing && (
          <NeedForm
            need={editing.mode === 'edit' ? editing.need : undefined}
            pending={add.isPending || patch.isPending}
            error={editing.mode === 'edit' ? patch.error : add.error}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        )}
      </Dialog>
    </Stack>
  );
}
