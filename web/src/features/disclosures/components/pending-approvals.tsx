// "Disclosures awaiting approval" on the safeguarding lead's home: oldest first, by client reference and
// categories only (no client content until the lead opens one). A lead's own requests are marked: another lead
// must approve them.
import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import { categoryLabel, usePending } from '../api/disclosures';

export function PendingApprovals() {
  const query = usePending();
  return (
    <section aria-labelledby="pending-disclosures-heading">
      <Title order={2} size="h3" id="pending-disclosures-heading" mb="sm">
        Disclosures awaiting approval
      </Title>
      <QueryState query={query} label="disclosures awaiting approval">
        {(list) =>
          list.length === 0 ? (
            <Paper withBorder p="lg" radius="md">
              <Text>No disclosures are waiting for your approval.</Text>
            </Paper>
          ) : (
            <div className="table-wrap">
              <Table verticalSpacing="sm" striped aria-labelledby="pending-disclosures-heading" data-testid="pending-disclosures">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Client</Table.Th>
                    <Table.Th scope="col">Requested</Table.Th>
                    <Table.Th scope="col">What</Table.Th>
                    <Table.Th scope="col">By</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((i) => (
                    <Table.Tr key={i.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/disclosures/${encodeURIComponent(i.id)}`} style={{ whiteSpace: 'nowrap' }}>
                          {i.clientReference}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{formatDateTime(i.requestedAt)}</Table.Td>
                      <Table.Td>{i.categories.map(categoryLabel).join(', ')}</Table.Td>
                      <Table.Td>{i.ownRequest ? `${i.requestedByName} (you: another lead must approve)` : i.requestedByName}</Table.Td>
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
