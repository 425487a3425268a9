import { Anchor, Badge, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { type ExhibitionParticipant, INVITATION_LABELS } from '../../../../shared/contracts/exhibitions.ts';
import { useUpdateExhibitionParticipant } from '../../api/exhibitions.ts';
import { errorMessage } from '../../components/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useCan } from '../auth/session.ts';
import { INVITATION_COLORS } from './labels.ts';

/** The business name (a link for those who read the registry) and where she is. */
export function ParticipantName({ p }: { p: ExhibitionParticipant }) {
  const can = useCan();
  return (
    <div>
      {can('registry.read') ? (
        <Anchor component={Link} to={`/usaha/${p.businessId}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {p.businessName}
        </Anchor>
      ) : (
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {p.businessName}
        </Text>
      )}
      <Text fz="sm">
        {p.kelurahanName}, {p.kecamatanName}
        {p.boothCode ? ` · ${p.boothCode}` : ''}
      </Text>
    </div>
  );
}

/** One invited business: its answer (confirm or decline) and its booth. */
export function ParticipantItem({ p, editable }: { p: ExhibitionParticipant; editable: boolean }) {
  const { t } = useI18n();
  const save = useUpdateExhibitionParticipant();
  const [booth, setBooth] = useState(p.boothCode ?? '');
  const answer = (invitation: ExhibitionParticipant['invitation']) =>
    save.mutate({ id: p.id, patch: { invitation } });

  return (
    <Card withBorder component="li" padding="sm" aria-label={p.businessName}>
      <Stack gap={6}>
        <ParticipantName p={p} />
        <Group gap={6}>
          <Badge variant="light" color={INVITATION_COLORS[p.invitation]}>
            {INVITATION_LABELS[p.invitation]}
          </Badge>
          {p.resultWritten && (
            <Badge variant="light" color="gray">
              {t('exh.resultWritten')}
            </Badge>
          )}
        </Group>
        {editable && (
          <Group gap="sm">
            {p.invitation !== 'dikonfirmasi' && (
              <Button size="sm" onClick={() => answer('dikonfirmasi')} loading={save.isPending}>
                {t('exh.confirm')}
              </Button>
            )}
            {p.invitation !== 'menolak' && (
              <Button size="sm" variant="outline" color="red.9" onClick={() => answer('menolak')}>
                {t('exh.decline')}
              </Button>
            )}
            {p.invitation === 'menolak' && (
              <Button size="sm" variant="default" onClick={() => answer('diundang')}>
                {t('exh.reinvite')}
              </Button>
            )}
          </Group>
        )}
        {editable && p.invitation === 'dikonfirmasi' && (
          <Group gap="sm" align="flex-end" wrap="nowrap">
            <TextInput
              label={t('exh.boothOf', { name: p.businessName })}
              value={booth}
              maxLength={10}
              onChange={(e) => setBooth(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 0 }}
            />
            <Button
              variant="default"
              onClick={() =>
                save.mutate({ id: p.id, patch: { boothCode: booth.trim() === '' ? null : booth.trim() } })
              }
            >
              {t('exh.boothSave')}
            </Button>
          </Group>
        )}
        {save.isError && (
          <Text c="red.8" fz="sm" role="alert">
            {errorMessage(save.error, t)}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
