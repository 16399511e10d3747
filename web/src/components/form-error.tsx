import { Alert } from '@mantine/core';

/** A form-level message (an error that names no field), announced to screen readers. */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" role="alert" title="Not done">
      {message}
    </Alert>
  );
}
