import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Person } from '../../../../shared/contracts/people.ts';
import { subjectDataUrl, useErasePerson } from '../../api/privacy.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { Notice } from '../../components/Notice.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ReasonForm } from './BasisForms.tsx';

const CONFIRM_WORD = 'HAPUS';

/**
 * The data subject's rights on her profile, for the privacy officer: her full copy (PDF, JSON; audited),
 * a request to track, and erasure with a reason and a typed confirmation.
 */
export function SubjectRightsSection({ person }: { person: Person }) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const erase = useErasePerson(person.id);
  const [asking, setAsking] = useState(false);
  const close = () => setAsking(false);

  return (
    <Card withBorder component="section" aria-labelledby="person-rights">
      <Title order={2} id="person-rights" mb="sm">
        {t('privacy.rightsTitle')}
      </Title>
      <Stack gap="sm">
        <Text fz="sm">{t('privacy.rightsHelp')}</Text>
        <Notice message={erase.isSuccess ? t('privacy.erasedNotice') : null} />
        <Group gap="xs">
          <Button component="a" href={subjectDataUrl(person.id, 'pdf')} download variant="default">
            {t('privacy.downloadPdf')}
          </Button>
          <Button component="a" href={subjectDataUrl(person.id, 'json')} download variant="default">
            {t('privacy.downloadJson')}
          </Button>
          <Button component={Link} to={`/permintaan-data?pelaku=${person.id}`} variant="default">
            {t('requests.add')}
          </Button>
          {!person.erasedAt && (
            <Button variant="outline" color="red" onClick={() => setAsking(true)}>
              {t('privacy.erase')}
            </Button>
          )}
        </Group>
      </Stack>
      <Dialog
        opened={asking}
        onClose={close}
        fullScreen={isPhone}
        title={t('privacy.eraseTitle', { name: person.name })}
      >
        {asking && (
          <Stack gap="sm">
            <Alert color="red" variant="light">
              {t('privacy.eraseBody')}
            </Alert>
            <ReasonForm
              submitLabel={t('privacy.eraseButton')}
              confirmWord={CONFIRM_WORD}
              pending={erase.isPending}
              error={erase.error}
              onSubmit={(reason, onError) => erase.mutate(reason, { onSuccess: close, onError })}
              onDone={close}
              onCancel={close}
            />
          </Stack>
        )}
      </Dialog>
    </Card>
  );
}
