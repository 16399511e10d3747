// Per-person actions: change roles, reset two-step sign-in, deactivate (their sessions end at once)
// or reactivate. Each asks for confirmation in plain words.
import { useState } from 'react';
import { Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { FormError } from '../../../components/form-error';
import { errorMessage } from '../../../lib/api';
import { applyServerErrors } from '../../../lib/form-errors';
import type { Role } from '../../auth/api/auth';
import { adminApi, adminKeys, type UserRow } from '../api/admin';
import { RolePicker } from './invite-user';

type Dialog = 'roles' | 'reset' | 'deactivate' | 'reactivate' | null;

export function UserActions({ user, isSelf }: { user: UserRow; isSelf: boolean }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" size="xs" aria-label={`Actions for ${user.displayName}`}>
            Actions
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setDialog('roles')}>Change roles</Menu.Item>
          <Menu.Item onClick={() => setDialog('reset')} disabled={!user.totpEnabled}>
            Reset two-step sign-in
          </Menu.Item>
          {user.active ? (
            <Menu.Item color="red.8" onClick={() => setDialog('deactivate')} disabled={isSelf}>
              Deactivate
            </Menu.Item>
          ) : (
            <Menu.Item onClick={() => setDialog('reactivate')}>Reactivate</Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <Modal opened={dialog === 'roles'} onClose={close} title={`Roles for ${user.displayName}`} size="lg">
        {dialog === 'roles' ? <RolesForm user={user} onDone={close} /> : null}
      </Modal>
      <Confirm
        opened={dialog === 'reset'}
        onClose={close}
        title="Reset two-step sign-in?"
        body={`${user.displayName}'s authenticator and recovery codes stop working. They set up a new authenticator the next time they sign in.`}
        confirm="Reset two-step sign-in"
        run={() => adminApi.resetMfa(user.id)}
        done={`Two-step sign-in reset for ${user.displayName}.`}
      />
      <Confirm
        opened={dialog === 'reactivate'}
        onClose={close}
        title="Reactivate this account?"
        body={`${user.displayName} will be able to sign in again.`}
        confirm="Reactivate"
        run={() => adminApi.reactivate(user.id)}
        done={`${user.displayName} can sign in again.`}
      />
      <Modal opened={dialog === 'deactivate'} onClose={close} title="Deactivate this account?">
        {dialog === 'deactivate' ? <DeactivateForm user={user} onDone={close} /> : null}
      </Modal>
    </>
  );
}

function Confirm({ opened, onClose, title, body, confirm, run, done }: { opened: boolean; onClose: () => void; title: string; body: string; confirm: string; run: () => Promise<unknown>; done: string }) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack gap="md">
        <FormError message={problem} />
        <Text>{body}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            loading={busy}
            onClick={async () => {
              setBusy(true);
              setProblem(null);
              try {
                await run();
                await queryClient.invalidateQueries({ queryKey: adminKeys.users });
                notifications.show({ message: done, color: 'sea' });
                onClose();
              } catch (err) {
                setProblem(errorMessage(err));
              } finally {
                setBusy(false);
              }
            }}
          >
            {confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function DeactivateForm({ user, onDone }: { user: UserRow; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({ mode: 'controlled', initialValues: { reason: '' } });
  const submit = form.onSubmit(async ({ reason }) => {
    setProblem(null);
    try {
      await adminApi.deactivate(user.id, reason.trim() || undefined);
      await queryClient.invalidateQueries({ queryKey: adminKeys.users });
      notifications.show({ message: `${user.displayName} is deactivated and signed out everywhere.`, color: 'sea' });
      onDone();
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Deactivate account">
      <Stack gap="md">
        <FormError message={problem} />
        <Text>{user.displayName} will be signed out at once on every device and will not be able to sign in. Their records stay; you can reactivate them later.</Text>
        <TextInput label="Reason (optional, kept in the audit log)" autoComplete="off" {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" color="red.8" loading={form.submitting}>
            Deactivate
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RolesForm({ user, onDone }: { user: UserRow; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<{ roles: Role[] }>({
    mode: 'controlled',
    initialValues: { roles: user.roles },
    validateInputOnChange: true,
    validate: { roles: (v) => (v.length ? null : 'Choose at least one role') },
  });
  const submit = form.onSubmit(async ({ roles }) => {
    setProblem(null);
    try {
      await adminApi.update(user.id, { roles });
      await queryClient.invalidateQueries({ queryKey: adminKeys.users });
      notifications.show({ message: `Roles updated for ${user.displayName}.`, color: 'sea' });
      onDone();
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Change roles">
      <Stack gap="md">
        <FormError message={problem} />
        <RolePicker value={form.values.roles} onChange={(r) => form.setFieldValue('roles', r)} error={form.errors.roles} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Save roles
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
