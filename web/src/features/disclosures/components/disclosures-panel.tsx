// The accounting of disclosures on the client page (D2): every disclosure about the client — date, recipient,
// ground, categories, by whom, whether the client was told — and, for the assigned practitioner, the way to
// request one. Links to the chronology.
import { Anchor, Badge, Button, Group, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { formatDate } from '../../../lib/format';
import { STATUS_LABELS, TOLD_LABELS, categoryLabel, useDisclosures } from '../api/disclosures';

const STATUS_COLOR: Record<string, string> = { pending: 'orange', ready: 'blue', refused: 'gray', disclosed: 'green' };

export function DisclosuresPanel({ clientId, assigned }: { clientId: string; assigned: boolean }) {
  const query = useDisclosures(clientId);
  const base = `/clients/${encodeURIComponent(clientId)}`;
  return (
    <section aria-labelledby="disclosures-heading">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h3" id="disclosures-heading">
          Disclosures
        </Title>
        <Group gap="xs">
          <Button component={Link} to={`${base}/chronology`} variant="default" size="sm">
            Chronology
          </Button>
          {assigned ? (
            <Button component={Link} to={`${base}/disclosures/new`} variant="light" size="sm">
              Request a disclosure
            </Button>
          ) : null}
        </Group>
      </Group>
      <QueryState query={query} label="disclosures">
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">Nothing has been disclosed about this client without their consent.</Text>
          ) : (
            <div className="table-wrap">
              <Table verticalSpacing="xs" striped aria-labelledby="disclosures-heading" data-testid="accounting">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Date</Table.Th>
                    <Table.Th scope="col">To</Table.Th>
                    <Table.Th scope="col">What</Table.Th>
                    <Table.Th scope="col">Ground</Table.Th>
                    <Table.Th scope="col">By</Table.Th>
                    <Table.Th scope="col">Client</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/disclosures/${encodeURIComponent(e.id)}`} style={{ whiteSpace: 'nowrap' }}>
                          {formatDate(e.disclosedAt ?? e.requestedAt)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{e.recipient}</Table.Td>
                      <Table.Td>{e.categories.map(categoryLabel).join(', ')}</Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={2}>
                          {e.ground}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {e.requestedBy}
                        {e.approvedBy ? `; approved by ${e.approvedBy}` : ''}
                      </Table.Td>
                      <Table.Td>{TOLD_LABELS[e.clientTold] ?? e.clientTold}</Table.Td>
                      <Table.Td>
                        <Badge size="sm" variant="light" color={STATUS_COLOR[e.status] ?? 'gray'} styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible', textOverflow: 'clip' } }}>
                          {STATUS_LABELS[e.status] ?? e.status}
                        </Badge>
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
