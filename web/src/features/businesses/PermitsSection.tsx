import { Alert, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Permit } from '../../../../shared/contracts/permits.ts';
import { useDeletePermit } from '../../api/permits.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { permitLabel } from '../../components/labels.ts';
import { EmptyState, errorMessage } from '../../components/States.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PermitForm } from './PermitForm.tsx';

type Editing = { mode: 'add' } | { mode: 'edit'; permit: Permit } | null;

type RowProps = { p: Permit; onEdit?: () => void; onDelete?: () => void };

function PermitRow({ p, onEdit, onDelete }: RowProps) {
  const { t, locale } = useI18n();
  const name = permitLabel(p.type);
  return (
    <Card withBorder padding="sm" component="li">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={700}>{name}</Text>
            <Badge variant="light" color={p.valid ? 'teal' : 'red'}>
              {p.valid ? t('permit.valid') : t('permit.expired')}
            </Badge>
          </Group>
          <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('permit.number')}: {p.number}
          </Text>
          <Text fz="sm">
            {t('permit.issuedOn')}: {formatDate(locale, p.issuedOn)} · {t('permit.expiresOn')}:{' '}
            {p.expiresOn ? formatDate(locale, p.expiresOn) : t('permit.noExpiry')}
          </Text>
        </Stack>
        {onEdit && onDelete && (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={onEdit} aria-label={t('permit.editNamed', { name })}>
              {t('action.edit')}
            </Button>
            <Button
              size="xs"
              variant="outline"
              color="red"
              onClick={onDelete}
              aria-label={t('permit.deleteNamed', { name })}
            >
              {t('action.delete')}
            </Button>
          </Group>
        )}
      </Group>
    </Card>
  );
}

type Props = { businessId: number; permits: Permit[]; canEdit: boolean };

/** Permits of a business; adding, editing and deleting need `registry.write`. */
export function PermitsSection({ businessId, permits, canEdit }: Props) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Permit | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const del = useDeletePermit();

  const confirmDelete = async () => {
    if (!deleting) return;
    await del.mutateAsync(deleting.id).then(
      () => setDeleting(null),
      () => undefined,
    );
  };

  return (
    <Card withBorder component="section" aria-labelledby="permits-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="permits-title">
          {t('permit.title')}
        </Title>
        {canEdit && (
          <Button size="sm" onClick={() => setEditing({ mode: 'add' })}>
            {t('permit.add')}
          </Button>
        )}
      </Group>
      {warnings.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          mb="sm"
          role="status"
          withCloseButton
          closeButtonLabel={t('action.close')}
          onClose={() => setWarnings([])}
        >
          {t('saved.warnings')}
          <List size="sm">
            {warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {permits.length === 0 ? (
        <EmptyState title={t('permit.none')} />
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {permits.map((p) => (
            <PermitRow
              key={p.id}
              p={p}
              onEdit={canEdit ? () => setEditing({ mode: 'edit', permit: p }) : undefined}
              onDelete={
                canEdit
                  ? () => {
                      del.reset();
                      setDeleting(p);
                    }
                  : undefined
              }
            />
          ))}
        </Stack>
      )}
      <Dialog
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? t('permit.edit') : t('permit.add')}
      >
        {editing && (
          <PermitForm
            businessId={businessId}
            permit={editing.mode === 'edit' ? editing.permit : undefined}
            onCancel={() => setEditing(null)}
            onDone={(w) => {
              setWarnings(w);
              setEditing(null);
            }}
          />
        )}
      </Dialog>
      <Dialog opened={deleting !== null} onClose={() => setDeleting(null)} title={t('permit.deleteTitle')}>
        <Stack>
          <Text>
            {deleting &&
              t('permit.deleteConfirm', { name: permitLabel(deleting.type), number: deleting.number })}
          </Text>
          {del.isError && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(del.error, t)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t('action.cancel')}
            </Button>
            <Button color="red" onClick={confirmDelete} loading={del.isPending}>
              {t('action.delete')}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </Card>
  );
}
