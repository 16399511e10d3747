// Concerns on the client page (issue 7): the list (newest first) and, for the assigned practitioner, the way to
// raise one. A lead holding a break-glass sees the list too; the record's other sections are unaffected.
import { Anchor, Badge, Button, Group, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import { STATUS_LABELS, URGENCY_COLOR, URGENCY_LABELS, VERDICT_LABELS, useConcerns } from '../api/concerns';

export function ConcernsPanel({ clientId, assigned }: { clientId: string; assigned: boolean }) {
  const query = useConcerns(clientId);
  const base = `/clients/${encodeURIComponent(clientId)}/concerns`;
  return (
    <section aria-labelledby="concerns-heading">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h3" id="concerns-heading">
          Concerns
        </Title>
        {assigned ? (
          <Button component={Link} to={`${base}/new`} variant="light" color="red" size="sm">
            Raise a concern
          </Button>
        ) : null}
      </Group>
      <QueryState query={query} label="concerns">
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">No concerns raised. If something the client says may mean confidentiality has to be broken, raise a concern: the policy guides you, and you decide.</Text>
          ) : (
            <div className="table-wrap">
              <Table verticalSpacing="xs" striped aria-labelledby="concerns-heading">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Raised</Table.Th>
                    <Table.Th scope="col">Kind</Table.Th>
                    <Table.Th scope="col">Verdict</Table.Th>
                    <Table.Th scope="col">Choice</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`${base}/${encodeURIComponent(c.id)}`}>
                          {formatDateTime(c.createdAt)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{c.kind === 'colleague' ? 'About a colleague' : 'General'}</Table.Td>
                      <Table.Td>{VERDICT_LABELS[c.verdict] ?? c.verdict}</Table.Td>
                      <Table.Td>{c.choice === 'accepted' ? 'Accepted' : c.choice === 'overridden' ? 'Chose otherwise' : 'Not yet'}</Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Text size="sm">{STATUS_LABELS[c.status] ?? c.status}</Text>
                          {c.urgency ? (
                            <Badge size="sm" color={URGENCY_COLOR[c.urgency] ?? 'gray'} variant="light">
                              {URGENCY_LABELS[c.urgency] ?? c.urgency}
                            </Badge>
                          ) : null}
                        </Group>
                      </Table.Td>
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
