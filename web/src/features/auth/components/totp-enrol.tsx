// Sets up an authenticator app: QR code and the secret written out, confirm with a code, then the
// ten recovery codes — shown once, with a checkbox so nobody skips past them by accident.
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Checkbox, Code, Group, List, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ApiError } from '../../../lib/api';
import { applyServerErrors } from '../../../lib/form-errors';
import { totpCode } from '../../../lib/validate';
import { FormError } from '../../../components/form-error';
import { authApi, type Enrolment } from '../api/auth';

export function TotpEnrol({ onDone, doneLabel = 'Continue' }: { onDone: () => void; doneLabel?: string }) {
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const started = useRef(false);

  const start = async () => {
    setLoadError(null);
    try {
      setEnrolment(await authApi.enrol());
    } catch (err) {
      setLoadError(err instanceof ApiError ? err.title : 'Could not reach the server. Try again.');
    }
  };
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void start();
  }, []);

  const form = useForm({ mode: 'controlled', initialValues: { code: '' }, validateInputOnChange: true, validate: { code: totpCode } });
  const submit = form.onSubmit(async ({ code }) => {
    setProblem(null);
    try {
      const r = await authApi.confirm(code.replace(/\s/g, ''));
      setCodes(r.recoveryCodes);
    } catch (err) {
      if (err instanceof ApiError && (err.status === 400 || err.status === 401 || err.status === 422) && !Object.keys(err.fieldErrors).length)
        form.setFieldError('code', 'That code did not work. Check the time on your device and enter the code showing now.');
      else setProblem(applyServerErrors(form, err));
    }
  });

  if (codes) {
    return (
      <Stack gap="md">
        <Title order={2} size="h3">
          Save your recovery codes
        </Title>
        <Text>If you lose your phone, each of these codes lets you sign in once. Store them somewhere safe and private, such as a password manager. They are shown only now.</Text>
        <List spacing={4} listStyleType="none" aria-label="Recovery codes" data-testid="recovery-codes">
          {codes.map((c) => (
            <List.Item key={c}>
              <Code className="secret" fz="md">
                {c}
              </Code>
            </List.Item>
          ))}
        </List>
        <Checkbox label="I have stored these recovery codes somewhere safe" checked={saved} onChange={(e) => setSaved(e.currentTarget.checked)} />
        <Group>
          <Button onClick={onDone} disabled={!saved}>
            {doneLabel}
          </Button>
        </Group>
      </Stack>
    );
  }
  if (loadError) {
    return (
      <Alert color="red" variant="light" role="alert" title="Could not start set-up">
        <Stack gap="xs">
          <Text>{loadError}</Text>
          <Group>
            <Button variant="default" onClick={() => void start()}>
              Try again
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
  if (!enrolment) {
    return (
      <Group role="status" gap="sm">
        <Loader size="sm" aria-hidden />
        <Text>Preparing your set-up code…</Text>
      </Group>
    );
  }
  const qrSrc = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`;
  return (
    <Stack gap="md">
      <List type="ordered" spacing="sm">
        <List.Item>Open an authenticator app on your phone (for example one from your organisation, or any app that supports TOTP).</List.Item>
        <List.Item>Scan this code, or type in the key below.</List.Item>
        <List.Item>Enter the 6-digit code the app shows.</List.Item>
      </List>
      <Group align="flex-start" gap="xl" wrap="wrap">
        <img className="qr" src={qrSrc} alt="QR code for your authenticator app. If you cannot scan it, type the set-up key instead." />
        <Stack gap={4} maw={360}>
          <Text fw={600} id="totp-secret-label">
            Set-up key
          </Text>
          <Code className="secret" fz="lg" aria-labelledby="totp-secret-label" data-testid="totp-secret">
            {enrolment.secret}
          </Code>
          <Text size="sm" c="dimmed">
            Time-based, 6 digits, every 30 seconds.
          </Text>
        </Stack>
      </Group>
      <form onSubmit={submit} noValidate aria-label="Confirm your authenticator">
        <Stack gap="md" maw={360}>
          <FormError message={problem} />
          <TextInput label="Code from your app" inputMode="numeric" autoComplete="one-time-code" maxLength={7} required {...form.getInputProps('code')} />
          <Group>
            <Button type="submit" loading={form.submitting}>
              Turn on two-step sign-in
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
