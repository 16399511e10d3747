import { useState } from 'react';
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useSession } from '../../../app/session';
import { FormError } from '../../../components/form-error';
import { ApiError } from '../../../lib/api';
import { applyServerErrors } from '../../../lib/form-errors';
import { newPassword, required } from '../../../lib/validate';
import { authApi } from '../../auth/api/auth';

export function ChangePassword() {
  const { refresh } = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validateInputOnChange: true,
    validate: {
      currentPassword: required('your current password'),
      newPassword: (v, values) => newPassword(v) ?? (v === values.currentPassword ? 'Choose a password different from the current one' : null),
      confirm: (v, values) => (v !== values.newPassword ? 'The two new passwords do not match' : null),
    },
  });
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      await authApi.changePassword({ currentPassword: v.currentPassword, newPassword: v.newPassword });
      form.reset();
      notifications.show({ message: 'Password changed. You have been signed out on your other devices.', color: 'sea' });
      await refresh();
    } catch (err) {
      if (err instanceof ApiError && !Object.keys(err.fieldErrors).length && (err.status === 400 || err.status === 401 || err.status === 403) && err.code !== 'locked')
        form.setFieldError('currentPassword', 'That is not your current password');
      else setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Change your password">
      <Stack gap="md" maw={420}>
        <FormError message={problem} />
        <PasswordInput label="Current password" autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
        <PasswordInput label="New password" description="At least 12 characters. A few unrelated words work well." autoComplete="new-password" required {...form.getInputProps('newPassword')} />
        <PasswordInput label="New password again" autoComplete="new-password" required {...form.getInputProps('confirm')} />
        <Group>
          <Button type="submit" loading={form.submitting}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
