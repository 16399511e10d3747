// A practitioner's consultations as a table (on the client page and on "Your consultations"): when started, with
// whom, where it stands, and the last message and who wrote it.
import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { STATUS_LABELS, type ConsultationSummary } from '../api/consultations';

export function ConsultationsTable({ list, label }: { list: ConsultationSummary[]; label: { labelledBy: string } | { text: string } }) {
  return (
    <div className="table-wrap">
      <Table verticalSpacing="xs" striped {...('labelledBy' in label ? { 'aria-labelledby': label.labelledBy } : { 'aria-label': label.text })}>
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
              <Table.Td>
                {c.messageCount && c.lastMessageAt
                  ? `${c.messageCount}, last ${formatDateTime(c.lastMessageAt)} (${c.lastFrom === 'supervisor' ? 'supervisor replied' : 'you'})`
                  : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
