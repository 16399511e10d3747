// Consultations on the client page (U1): the list for this client and, for the assigned practitioner, the way to
// consult a supervisor without names.
import { Anchor, Button, Group, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import { STATUS_LABELS, useClientConsultations } from '../api/consultations';

export function ConsultationsPanel({ clientId, assigned }: { clientId: string; assigned: boolean }) {
  if (!assigned) return null;
  return <Panel clientId={clientId} />;
}

function Panel({ clientId }: { clientId: string }) {
  const query = useClientConsultations(clientId);
  return (
    <section aria-labelledby="consultations-heading">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h3" id="consultations-heading">
          Consultations
        </Title>
        <Button component={Link} to={`/clients/${encodeURIComponent(clientId)}/consult`} variant="light" size="sm">
          Consult a supervisor
        </Button>
      </Group>
      <QueryState query={query} label="consultations">
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">No consultations yet. Unsure what to do? Ask a supervisor: the packet you send carries no names or identifying details.</Text>
          ) : (
            <div className="table-wrap">
              <Table verticalSpacing="xs" striped aria-labelledby="consultations-heading">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Started</Table.Th>
                    <Table.Th scope="col">Supervisor</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                    <Table.Th scope="col">Messages</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/consultations/${encodeURIComponent(c.id)}`}>
                          {formatDateTime(c.createdAt)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{c.supervisorName}</Table.Td>
                      <Table.Td>{STATUS_LABELS[c.status] ?? c.status}</Table.Td>
                      <Table.Td>{c.messageCount ? `${c.messageCount}${c.lastFrom === 'supervisor' ? ' (supervisor replied)' : ''}` : '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}
