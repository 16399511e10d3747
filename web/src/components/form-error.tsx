import { Alert } from '@mantine/core';

/** A form-level message (an error that names no field), announced to screen readers. */
export function FormError({ message, title = 'That did not work' }: { message: string | null | undefined; title?: string }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      {message}
    </Alert>
  );
}
