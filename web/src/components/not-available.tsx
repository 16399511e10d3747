import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { Page } from './page';

/** The one answer for anything the user may not see or that does not exist — the same either way. */
export function NotAvailable({ title = 'Not available' }: { title?: string }) {
  return (
    <Page title={title} heading="This page is not available">
      <Alert color="gray" variant="light" title="Not available" role="status">
        <Stack gap="xs">
          <Text>This page is not available to you. It may not exist, or your role does not include it.</Text>
          <Anchor component={Link} to="/">
            Go to your home page
          </Anchor>
        </Stack>
      </Alert>
    </Page>
  );
}
