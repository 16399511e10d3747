// Password, then second factor (authenticator code or a recovery code). Messages never say whether
// an account exists: a wrong email and a wrong password read the same; lock-out reads the same too.
import { useState } from 'react';
import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ApiError, NetworkError, errorMessage } from '../../../lib/api';
import { FormError } from '../../../components/form-error';
import { email as emailRule, required, totpCode } from '../../../lib/validate';
import { authApi, type StageResponse } from '../api/auth';
import { minutesText } from '../../../lib/format';

function signInProblem(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 429) {
      const wait = err.retryAfterSeconds ? ` Try again in ${minutesText(err.retryAfterSeconds * 1000)}.` : ' Try again later.';
      return `Signing in is paused after too many attempts.${wait} If you need help now, contact your administrator.`;
    }
    if (err.status === 401 || err.status === 400 || err.status === 403) return 'That email and password combination was not recognised. Check both and try again.';
  }
  if (err instanceof NetworkError) return errorMessage(err);
  return errorMessage(err);
}

export function SignInForm({ initialEmail = '', mfaPending = false, onSignedIn, onCancel }: {
  initialEmail?: string;
  /** The session is already at the second-factor stage (e.g. after a reload). */
  mfaPending?: boolean;
  onSignedIn: (r: StageResponse) => Promise<void> | void;
  onCancel?: () => void;
}) {
  const [step, setStep] = useState<'password' | 'code'>(mfaPending ? 'code' : 'password');
  const [useRecovery, setUseRecovery] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const pw = useForm({
    mode: 'controlled',
    initialValues: { email: initialEmail, password: '' },
    validateInputOnChange: true,
    validate: { email: emailRule, password: required('your password') },
  });
  const code = useForm({
    mode: 'controlled',
    initialValues: { code: '', recoveryCode: '' },
    validateInputOnChange: true,
    validate: {
      code: (v) => (useRecovery ? null : totpCode(v)),
      recoveryCode: (v) => (useRecovery && !v.trim() ? 'Enter one of your recovery codes' : null),
    },
  });

  const submitPassword = pw.onSubmit(async (values) => {
    setProblem(null);
    setBusy(true);
    try {
      const r = await authApi.login({ email: values.email.trim(), password: values.password });
      pw.setFieldValue('password', '');
      if (r.stage === 'mfa') setStep('code');
      else await onSignedIn(r);
    } catch (err) {
      setProblem(signInProblem(err));
    } finally {
      setBusy(false);
    }
  });

  const submitCode = code.onSubmit(async (values) => {
    setProblem(null);
    setBusy(true);
    try {
      const body = useRecovery ? { recoveryCode: values.recoveryCode.trim() } : { code: values.code.replace(/\s/g, '') };
      const r = await authApi.mfa(body);
      await onSignedIn(r);
    } catch (err) {
      if (err instanceof ApiError && err.status === 429) setProblem(signInProblem(err));
      else if (err instanceof ApiError && (err.status === 400 || err.status === 401 || err.status === 422)) {
        if (err.code && /session|unauth|stage/.test(err.code)) {
          setStep('password');
          setProblem('That took too long, so you need to enter your password again.');
        } else if (useRecovery) code.setFieldError('recoveryCode', 'That recovery code did not work. Each code works once; try another.');
        else code.setFieldError('code', 'That code did not work. Codes change every 30 seconds: enter the one showing now.');
      } else setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  });

  if (step === 'password') {
    return (
      <form onSubmit={submitPassword} noValidate aria-label="Sign in">
        <Stack gap="md">
          <FormError message={problem} title="Could not sign you in" />
          <TextInput label="Email" type="email" autoComplete="username" required {...pw.getInputProps('email')} />
          <PasswordInput label="Password" autoComplete="current-password" required data-autofocus={initialEmail ? true : undefined} {...pw.getInputProps('password')} />
          <Button type="submit" loading={busy} fullWidth>
            Sign in
          </Button>
          {onCancel ? (
            <Button variant="subtle" onClick={onCancel}>
              Sign out instead
            </Button>
          ) : null}
        </Stack>
      </form>
    );
  }
  return (
    <form onSubmit={submitCode} noValidate aria-label="Second step of signing in">
      <Stack gap="md">
        <FormError message={problem} title="Could not sign you in" />
        {useRecovery ? (
          <>
            <Text>Enter one of the recovery codes you saved when you set up two-step sign-in. Each code works once.</Text>
            <TextInput label="Recovery code" autoComplete="off" autoCapitalize="off" spellCheck={false} required data-autofocus {...code.getInputProps('recoveryCode')} />
          </>
        ) : (
          <>
            <Text>Open your authenticator app and enter the 6-digit code for Confidant.</Text>
            <TextInput
              label="Authentication code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              required
              data-autofocus
              {...code.getInputProps('code')}
            />
          </>
        )}
        <Button type="submit" loading={busy} fullWidth>
          Continue
        </Button>
        <Anchor
          component="button"
          type="button"
          onClick={() => {
            setUseRecovery((r) => !r);
            code.clearErrors();
            setProblem(null);
          }}
        >
          {useRecovery ? 'Use a code from your authenticator app' : 'I cannot use my authenticator app — use a recovery code'}
        </Anchor>
      </Stack>
    </form>
  );
}
