import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { setActor, useActor } from '../api/actor.ts';
import { useI18n } from '../i18n/index.tsx';

/** "Nama petugas": written into the change history of every save until accounts exist. */
export function ActorSetting() {
  const { t } = useI18n();
  const actor = useActor();
  const [opened, { open, close }] = useDisclosure(false);
  const [draft, setDraft] = useState(actor);

  const openDialog = () => {
    setDraft(actor === 'anonim' ? '' : actor);
    open();
  };
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    setActor(draft);
    close();
  };

  return (
    <>
      <Button variant="default" size="xs" onClick={openDialog} maw={170} title={t('actor.button')}>
        <Text span fz="xs" truncate="end">
          {t('actor.short', { name: actor })}
        </Text>
      </Button>
      <Modal opened={opened} onClose={close} title={t('actor.title')}>
        <form onSubmit={save}>
          <Stack>
            <TextInput
              label={t('actor.label')}
              description={t('actor.help')}
              value={draft}
              onChange={(e) => setDraft(e.currentTarget.value)}
              maxLength={100}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('action.cancel')}
              </Button>
              <Button type="submit">{t('action.save')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
