import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useFullSession } from '../../../app/session';
import { Page } from '../../../components/page';
import { roleLabels } from '../../auth/api/auth';
import { ChangePassword } from '../components/change-password';
import { SecondFactor } from '../components/second-factor';
import { Sessions, SignIns } from '../components/sessions';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

export default function ProfilePage() {
  const { user } = useFullSession();
  return (
    <Page title="Your profile" heading="Your profile" intro={`${user.displayName} · ${user.email} · ${user.roles.map((r) => roleLabels[r]).join(', ')}`}>
      {user.mustChangePassword ? (
        <Alert color="yellow" variant="light" title="Choose your own password" role="alert">
          You signed in with a temporary password. Choose your own before you continue.
        </Alert>
      ) : null}
      <Section id="password-heading" title="Password">
        <ChangePassword />
      </Section>
      <Section id="mfa-heading" title="Two-step sign-in">
        <SecondFactor />
      </Section>
      <Section id="sessions-heading" title="Where you are signed in">
        <Sessions />
      </Section>
      <Section id="signins-heading" title="Recent sign-ins">
        <Text size="sm" c="dimmed">
          If you see a sign-in you do not recognise, change your password and sign out everywhere.
        </Text>
        <SignIns />
      </Section>
    </Page>
  );
}
