import { useState } from 'react';
import { Alert, Button, Code, Group, List, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useFullSession, useSession } from '../../../app/session';
import { FormError } from '../../../components/form-error';
import { ApiError } from '../../../lib/api';
import { applyServerErrors } from '../../../lib/form-errors';
import { required } from '../../../lib/validate';
import { authApi } from '../../auth/api/auth';
import { TotpEnrol } from '../../auth/components/totp-enrol';

export function SecondFactor() {
  const { user } = useFullSession();
  const { refresh } = useSession();
  const [mode, setMode] = useState<'idle' | 'enrol' | 'codes'>('idle');
  if (mode === 'enrol') {
    return (
      <Stack gap="md">
        <TotpEnrol
          onDone={() => {
            setMode('idle');
            void refresh();
          }}
          doneLabel="Done"
        />
        <Group>
          <Button variant="subtle" onClick={() => setMode('idle')}>
            Cancel
          </Button>
        </Group>
      </Stack>
    );
  }
  if (mode === 'codes') return <NewRecoveryCodes onDone={() => setMode('idle')} />;
  return (
    <Stack gap="sm" align="flex-start">
      <Text>
        {user.totpEnabled
          ? 'Two-step sign-in is on: you enter a code from your authenticator app when you sign in.'
          : 'Two-step sign-in is off. Turning it on protects your clients’ records if your password is ever guessed or stolen.'}
      </Text>
      {user.totpEnabled ? (
        <Text size="sm" c="dimmed">
          Moving to a new phone? Ask your administrator to reset two-step sign-in; you set it up again when you next sign in.
        </Text>
      ) : null}
      <Group>
        {user.totpEnabled ? (
          <Button variant="default" onClick={() => setMode('codes')}>
            Get new recovery codes
          </Button>
        ) : (
          <Button onClick={() => setMode('enrol')}>Turn on two-step sign-in</Button>
        )}
      </Group>
    </Stack>
  );
}

function NewRecoveryCodes({ onDone }: { onDone: () => void }) {
  const [codes, setCodes] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({ mode: 'controlled', initialValues: { password: '' }, validateInputOnChange: true, validate: { password: required('your password') } });
  const submit = form.onSubmit(async ({ password }) => {
    setProblem(null);
    try {
      setCodes((await authApi.newRecoveryCodes(password)).recoveryCodes);
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 403) && !Object.keys(err.fieldErrors).length) form.setFieldError('password', 'That is not your password');
      else setProblem(applyServerErrors(form, err));
    }
  });
  if (codes) {
    return (
      <Stack gap="sm" align="flex-start">
        <Alert color="gray" variant="light" title="Your new recovery codes">
          Your old codes no longer work. Store these somewhere safe; they are shown only now.
        </Alert>
        <List listStyleType="none" spacing={4} aria-label="Recovery codes">
          {codes.map((c) => (
            <List.Item key={c}>
              <Code className="secret" fz="md">
                {c}
              </Code>
            </List.Item>
          ))}
        </List>
        <Button onClick={onDone}>Done</Button>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Get new recovery codes">
      <Stack gap="sm" maw={420}>
        <Text>New codes replace all your old ones. Confirm with your password.</Text>
        <FormError message={problem} />
        <PasswordInput label="Password" autoComplete="current-password" required {...form.getInputProps('password')} />
        <Group>
          <Button type="submit" loading={form.submitting}>
            Get new codes
          </Button>
          <Button variant="subtle" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
