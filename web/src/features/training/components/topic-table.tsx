// Results by topic: counts and rates, weakest first. Never a person's name.
import { Table, Text } from '@mantine/core';
import { label, PROFESSION_LABELS, type TopicRow } from '../api/training';

export function TopicTable({ rows, caption, testId }: { rows: TopicRow[]; caption: string; testId: string }) {
  if (!rows.length) return <Text>No answers yet.</Text>;
  return (
    <div className="table-wrap">
      <Table verticalSpacing="xs" striped data-testid={testId}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Topic</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col">Answers</Table.Th>
            <Table.Th scope="col">Right</Table.Th>
            <Table.Th scope="col">Rate</Table.Th>
            <Table.Th scope="col">Average score</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={`${r.kind}:${r.topic}`}>
              <Table.Th scope="row">{r.kind === 'profession' ? (PROFESSION_LABELS[r.topic] ?? label(r.topic)) : label(r.topic)}</Table.Th>
              <Table.Td>{r.kind === 'profession' ? 'Profession' : 'Concern'}</Table.Td>
              <Table.Td>{r.attempts}</Table.Td>
              <Table.Td>{r.correct}</Table.Td>
              <Table.Td>{r.rate}%</Table.Td>
              <Table.Td>{r.averageScore}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
