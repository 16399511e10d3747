// First run: creates the organisation and its first administrator, who then sets up two-step
// sign-in (admins must have it) and is signed in.
import { useState } from 'react';
import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useSession } from '../../../app/session';
import { FormError } from '../../../components/form-error';
import { applyServerErrors } from '../../../lib/form-errors';
import { email, newPassword, required } from '../../../lib/validate';
import { authApi } from '../api/auth';
import { AuthFrame } from '../components/auth-frame';

export default function SetupPage() {
  const { accept } = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { organisation: '', displayName: '', email: '', password: '', confirm: '' },
    validateInputOnChange: true,
    validate: {
      organisation: required("your organisation's name"),
      displayName: required('your name'),
      email,
      password: newPassword,
      confirm: (v, values) => (v !== values.password ? 'The two passwords do not match' : null),
    },
  });
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      const r = await authApi.setup({ organisation: v.organisation.trim(), displayName: v.displayName.trim(), email: v.email.trim(), password: v.password });
      await accept(r);
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <AuthFrame
      title="Set up Confidant"
      heading="Set up Confidant"
      intro="Welcome. Create your organisation and the first administrator account. Administrators manage people and settings; they never see clients' records."
      width={520}
    >
      <form onSubmit={submit} noValidate aria-label="Set up your organisation">
        <Stack gap="md">
          <FormError message={problem} />
          <TextInput label="Organisation name" autoComplete="organization" required {...form.getInputProps('organisation')} />
          <TextInput label="Your name" autoComplete="name" required {...form.getInputProps('displayName')} />
          <TextInput label="Your work email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput label="Password" description="At least 12 characters. A few unrelated words work well." autoComplete="new-password" required {...form.getInputProps('password')} />
          <PasswordInput label="Password again" autoComplete="new-password" required {...form.getInputProps('confirm')} />
          <Button type="submit" loading={form.submitting}>
            Create organisation
          </Button>
          <Text size="sm" c="dimmed">
            Next you will set up two-step sign-in with an authenticator app.
          </Text>
        </Stack>
      </form>
    </AuthFrame>
  );
}
