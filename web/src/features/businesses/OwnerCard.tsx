import { Anchor, Card, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Person } from '../../../../shared/contracts/people.ts';
import { DetailList } from '../../components/DetailList.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { PiiValue } from '../people/PiiValue.tsx';

/** The owner as far as the business profile needs her; the full record is on her Pelaku page. */
export function OwnerCard({ owner }: { owner: Person }) {
  const { t } = useI18n();
  return (
    <Card withBorder component="section" aria-labelledby="owner-title">
      <Title order={2} id="owner-title" mb="sm">
        {t('field.owner')}
      </Title>
      <DetailList
        cols={1}
        items={[
          {
            label: t('field.ownerName'),
            value: (
              <Anchor component={Link} to={`/pelaku/${owner.id}`} fw={600}>
                {owner.name}
              </Anchor>
            ),
          },
          {
            label: 'NIK',
            value: owner.nik && <PiiValue personId={owner.id} field="nik" masked={owner.nik} label="NIK" />,
          },
          { label: t('field.krtpLong'), value: owner.krtp ? t('common.yes') : t('common.no') },
          {
            label: t('field.phone'),
            value: owner.phone && (
              <PiiValue personId={owner.id} field="phone" masked={owner.phone} label={t('field.phone')} />
            ),
          },
        ]}
      />
    </Card>
  );
}
