// Loading and error states for a query: never a blank area, and a way to try again.
import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { errorMessage, NetworkError } from '../lib/api';

export function QueryState<T>({ query, label, children }: { query: UseQueryResult<T>; label: string; children: (data: T) => ReactNode }) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) {
    const err = query.error;
    return (
      <Alert color={err instanceof NetworkError ? 'yellow' : 'red'} variant="light" role="alert" title={`Could not load ${label}`}>
        <Group justify="space-between" wrap="wrap">
          <Text>{errorMessage(err)}</Text>
          <Button variant="default" onClick={() => void query.refetch()}>
            Try again
          </Button>
        </Group>
      </Alert>
    );
  }
  return (
    <Group gap="sm" role="status" aria-live="polite">
      <Loader size="sm" aria-hidden />
      <Text>Loading {label}…</Text>
    </Group>
  );
}
