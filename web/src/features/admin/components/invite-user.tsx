// Invite a colleague: name, email, roles. The server answers with a temporary password that the
// admin passes on; it is shown once. This form holds no client content, so its text is kept as a
// draft across a sign-in (sessionStorage; cleared on sign-out).
import { useState } from 'react';
import { Alert, Button, Checkbox, Code, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { FormError } from '../../../components/form-error';
import { dropDraft, readDraft, useDraft } from '../../../lib/drafts';
import { applyServerErrors } from '../../../lib/form-errors';
import { email, required } from '../../../lib/validate';
import { allRoles, roleLabels, type Role } from '../../auth/api/auth';
import { adminApi, adminKeys } from '../api/admin';

const DRAFT = 'invite-user';
interface InviteValues {
  displayName: string;
  email: string;
  roles: Role[];
}

export const roleHelp: Record<Role, string> = {
  practitioner: 'Works with their own clients',
  supervisor: 'Sees consultations shared with them, without names',
  'safeguarding-lead': 'Handles concerns and emergency access (needs two-step sign-in)',
  admin: 'Manages people and settings; never sees case content (needs two-step sign-in)',
  dpo: 'Audit log, access and erasure requests',
};

export function InviteUser() {
  const [opened, setOpened] = useState(false);
  const [invited, setInvited] = useState<{ name: string; password: string } | null>(null);
  return (
    <>
      <Button onClick={() => setOpened(true)}>Invite someone</Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Invite someone" size="lg">
        {opened ? (
          <InviteForm
            onInvited={(name, password) => {
              setOpened(false);
              setInvited({ name, password });
            }}
            onCancel={() => setOpened(false)}
          />
        ) : null}
      </Modal>
      <Modal opened={invited !== null} onClose={() => setInvited(null)} title="Invitation ready">
        {invited ? (
          <Stack gap="md">
            <Text>
              Give {invited.name} this temporary password in person or by phone — not by email. They choose their own password when they first sign in.
            </Text>
            <Group gap="sm">
              <Code className="secret" fz="lg" data-testid="temporary-password">
                {invited.password}
              </Code>
              <CopyButton value={invited.password}>{({ copied, copy }) => <Button variant="default" size="xs" onClick={copy}>{copied ? 'Copied' : 'Copy'}</Button>}</CopyButton>
            </Group>
            <Alert color="gray" variant="light">
              This password is shown only now.
            </Alert>
            <Group justify="flex-end">
              <Button onClick={() => setInvited(null)}>Done</Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}

function InviteForm({ onInvited, onCancel }: { onInvited: (name: string, password: string) => void; onCancel: () => void }) {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const draft = readDraft<InviteValues>(DRAFT);
  const form = useForm<InviteValues>({
    mode: 'controlled',
    initialValues: { displayName: draft?.displayName ?? '', email: draft?.email ?? '', roles: draft?.roles ?? ['practitioner'] },
    validateInputOnChange: true,
    validate: {
      displayName: required('their name'),
      email,
      roles: (v) => (v.length ? null : 'Choose at least one role'),
    },
  });
  useDraft(DRAFT, form.values as unknown as Record<string, unknown>, { contentFree: true });
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      const r = await adminApi.invite({ displayName: v.displayName.trim(), email: v.email.trim(), roles: v.roles });
      dropDraft(DRAFT);
      await queryClient.invalidateQueries({ queryKey: adminKeys.users });
      onInvited(r.user.displayName, r.temporaryPassword);
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Invite someone">
      <Stack gap="md">
        <FormError message={problem} />
        <TextInput label="Name" required data-autofocus autoComplete="off" {...form.getInputProps('displayName')} />
        <TextInput label="Work email" type="email" required autoComplete="off" {...form.getInputProps('email')} />
        <RolePicker value={form.values.roles} onChange={(r) => form.setFieldValue('roles', r)} error={form.errors.roles} />
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              dropDraft(DRAFT);
              onCancel();
            }}
          >
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Invite
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function RolePicker({ value, onChange, error }: { value: Role[]; onChange: (r: Role[]) => void; error?: React.ReactNode }) {
  return (
    <Checkbox.Group label="Roles" description="A person may hold several roles." value={value} onChange={(v) => onChange(v as Role[])} error={error} withAsterisk>
      <Stack gap="xs" mt="xs">
        {allRoles.map((r) => (
          <Checkbox key={r} value={r} label={roleLabels[r]} description={roleHelp[r]} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
