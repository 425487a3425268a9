import { Anchor, Card, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Person } from '../../../../shared/contracts/people.ts';
import { maskNik } from '../../../../shared/rules/nik.ts';
import { formatPhone } from '../../../../shared/rules/phone.ts';
import { DetailList } from '../../components/DetailList.tsx';
import { useI18n } from '../../i18n/index.tsx';

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
          { label: 'NIK', value: maskNik(owner.nik) },
          { label: t('field.krtpLong'), value: owner.krtp ? t('common.yes') : t('common.no') },
          { label: t('field.phone'), value: owner.phone ? formatPhone(owner.phone) : null },
        ]}
      />
    </Card>
  );
}
