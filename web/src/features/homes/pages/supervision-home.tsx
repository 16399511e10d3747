import { Title } from '@mantine/core';
import { Page } from '../../../components/page';
import { RequireRole } from '../../../components/require-role';
import { NotificationList } from '../../notifications/components/notification-list';
import { SupervisionInbox } from '../../consultations/components/inbox';

export default function SupervisionHome() {
  return (
    <RequireRole roles={['supervisor']}>
      <Page title="Supervision" heading="Supervision" intro="Consultations practitioners have shared with you. They arrive without names or identifying details.">
        <section aria-labelledby="consultations-heading">
          <Title order={2} size="h3" id="consultations-heading" mb="sm">
            Consultations sent to you
          </Title>
          <SupervisionInbox />
        </section>
        <NotificationList />
      </Page>
    </RequireRole>
  );
}
