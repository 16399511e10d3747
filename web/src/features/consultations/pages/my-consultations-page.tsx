// The practitioner's consultations across their clients, newest first, with who replied last.
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { RequireRole } from '../../../components/require-role';
import { formatDateTime } from '../../../lib/format';
import { STATUS_LABELS, useMyConsultations } from '../api/consultations';

export default function MyConsultationsPage() {
  return (
    <RequireRole roles={['practitioner']}>
      <Mine />
    </RequireRole>
  );
}

function Mine() {
  const query = useMyConsultations();
  return (
    <Page title="Your consultations" intro="Consultations you asked of a supervisor, without names. Open one to read replies.">
      <QueryState query={query} label="your consultations">
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">You have not consulted a supervisor yet. Start from a client’s record: “Consult a supervisor”.</Text>
          ) : (
            <div className="table-wrap">
              <Table verticalSpacing="xs" striped aria-label="Your consultations">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Started</Table.Th>
                    <Table.Th scope="col">Supervisor</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                    <Table.Th scope="col">Last message</Table.Th>
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
                      <Table.Td>{c.lastMessageAt ? `${formatDateTime(c.lastMessageAt)} (${c.lastFrom === 'supervisor' ? 'supervisor' : 'you'})` : '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )
        }
      </QueryState>
    </Page>
  );
}
