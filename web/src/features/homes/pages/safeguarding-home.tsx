// The safeguarding lead's home: escalated concerns (most urgent, then oldest) first, then messages, then the records they currently hold emergency
// (break-glass) access to. The list comes from /api/v1/clients, which for this role returns only those.
import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { RequireRole } from '../../../components/require-role';
import { useCaseload } from '../../caseload/api/clients';
import { NotificationList } from '../../notifications/components/notification-list';
import { EscalationQueue } from '../../concerns/components/escalation-queue';
import { PendingApprovals } from '../../disclosures/components/pending-approvals';

export default function SafeguardingHome() {
  return (
    <RequireRole roles={['safeguarding-lead']}>
      <Safeguarding />
    </RequireRole>
  );
}

function Safeguarding() {
  const open = useCaseload();
  return (
    <Page title="Safeguarding" heading="Safeguarding" intro="Concerns raised with you, and records you have opened in an emergency.">
      <EscalationQueue />
      <PendingApprovals />
      <NotificationList heading="Needs attention" />
      <section aria-labelledby="open-heading">
        <Title order={2} size="h3" id="open-heading" mb="sm">
          Records open under emergency access
        </Title>
        <QueryState query={open} label="emergency access">
          {(list) =>
            list.length === 0 ? (
              <Paper withBorder p="lg" radius="md">
                <Text>You have no records open under emergency access.</Text>
              </Paper>
            ) : (
              <div className="table-wrap">
                <Table verticalSpacing="sm" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Client</Table.Th>
                      <Table.Th scope="col">Reference</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.map((c) => (
                      <Table.Tr key={c.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/clients/${encodeURIComponent(c.id)}`}>
                            {c.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{c.reference}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </div>
            )
          }
        </QueryState>
      </section>
    </Page>
  );
}
