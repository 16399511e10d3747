import { Paper, Text, Title } from '@mantine/core';
import { Page } from '../../../components/page';
import { RequireRole } from '../../../components/require-role';
import { NotificationList } from '../../notifications/components/notification-list';

export default function SupervisionHome() {
  return (
    <RequireRole roles={['supervisor']}>
      <Page title="Supervision" heading="Supervision" intro="Consultations practitioners have shared with you. They arrive without names or identifying details.">
        <section aria-labelledby="consultations-heading">
          <Title order={2} size="h3" id="consultations-heading" mb="sm">
            Consultations waiting for you
          </Title>
          <Paper withBorder p="lg" radius="md">
            <Text>No consultations are waiting. When a practitioner asks for your view, it appears here.</Text>
          </Paper>
        </section>
        <NotificationList />
      </Page>
    </RequireRole>
  );
}
