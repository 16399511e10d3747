// The supervisor's inbox: consultations sent to them, newest first, with a short de-identified preview.
import { Anchor, Paper, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import { useInbox } from '../api/consultations';

export function SupervisionInbox() {
  const query = useInbox();
  return (
    <QueryState query={query} label="consultations">
      {(list) =>
        list.length === 0 ? (
          <Paper withBorder p="lg" radius="md">
            <Text>No consultations are waiting. When a practitioner asks for your view, it appears here.</Text>
          </Paper>
        ) : (
          <div className="table-wrap">
            <Table verticalSpacing="xs" striped aria-labelledby="consultations-heading" data-testid="inbox">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Sent</Table.Th>
                  <Table.Th scope="col">From</Table.Th>
                  <Table.Th scope="col">Beginning</Table.Th>
                  <Table.Th scope="col">Thread</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/supervision/consultations/${encodeURIComponent(c.id)}`}>
                        {formatDateTime(c.sentAt)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{c.practitionerName}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{c.preview}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        {c.status === 'closed' ? (
                          <Text size="sm">Closed</Text>
                        ) : c.lastFrom === 'supervisor' ? (
                          <Text size="sm">You replied</Text>
                        ) : (
                          <Text size="sm" fw={700} c="blue.9" style={{ whiteSpace: 'nowrap' }}>
                            Waiting for you
                          </Text>
                        )}
                        <Text size="xs" c="dimmed">
                          {c.messageCount} message{c.messageCount === 1 ? '' : 's'}
                        </Text>
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )
      }
    </QueryState>
  );
}
