// A client's chronology: significant events in date order, filterable by kind and date range, printable
// (the browser's print, with the app's chrome hidden, or the PDF).
import { useState } from 'react';
import { Anchor, Button, Checkbox, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import { KIND_LABELS, chronologyPdfUrl, chronologyQuery, useChronology } from '../api/disclosures';

const KINDS = Object.keys(KIND_LABELS);

export default function ChronologyPage() {
  const { clientId = '' } = useParams();
  const [kinds, setKinds] = useState<string[]>([]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const valid = (s: string) => s === '' || /^\d{4}-\d{2}-\d{2}$/.test(s);
  const q = chronologyQuery({ kind: kinds.join(','), from: valid(from) ? from : undefined, to: valid(to) ? to : undefined });
  const query = useChronology(clientId, q);
  return (
    <Page
      title="Chronology"
      intro="Significant events in this client’s record, oldest first."
      actions={
        <Group gap="xs" className="no-print">
          <Button variant="default" onClick={() => window.print()}>
            Print
          </Button>
          <Button component="a" href={chronologyPdfUrl(clientId, q)} target="_blank" rel="noopener" variant="default">
            PDF
          </Button>
        </Group>
      }
    >
      <style>{'@media print { header, nav, .no-print { display: none !important; } }'}</style>
      <Paper withBorder p="md" radius="md" className="no-print">
        <Stack gap="sm">
          <Checkbox.Group label="Show only" value={kinds} onChange={setKinds}>
            <Group gap="md" mt={6}>
              {KINDS.map((k) => (
                <Checkbox key={k} value={k} label={KIND_LABELS[k]} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group gap="md">
            <TextInput label="From (YYYY-MM-DD)" value={from} onChange={(e) => setFrom(e.currentTarget.value)} error={valid(from) ? undefined : 'Use YYYY-MM-DD'} maw={200} />
            <TextInput label="To (YYYY-MM-DD)" value={to} onChange={(e) => setTo(e.currentTarget.value)} error={valid(to) ? undefined : 'Use YYYY-MM-DD'} maw={200} />
          </Group>
        </Stack>
      </Paper>
      <QueryState query={query} label="the chronology">
        {(c) => (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              Client reference {c.reference} · {c.events.length} events
            </Text>
            {c.events.length === 0 ? (
              <Text>No events match.</Text>
            ) : (
              <div className="table-wrap">
                <Table verticalSpacing="xs" striped data-testid="chronology">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">When</Table.Th>
                      <Table.Th scope="col">Kind</Table.Th>
                      <Table.Th scope="col">Event</Table.Th>
                      <Table.Th scope="col">By</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {c.events.map((e, i) => (
                      <Table.Tr key={`${e.ref.id}-${i}`}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                        <Table.Td>{KIND_LABELS[e.kind] ?? e.kind}</Table.Td>
                        <Table.Td>
                          {e.ref.type === 'disclosure' ? <Anchor component={Link} to={`/disclosures/${encodeURIComponent(e.ref.id)}`}>{e.title}</Anchor> : e.title}
                          {e.detail ? <Text size="sm" c="dimmed">{e.detail}</Text> : null}
                        </Table.Td>
                        <Table.Td>{e.by ?? ''}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </div>
            )}
          </Stack>
        )}
      </QueryState>
      <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}`} className="no-print">
        Back to the client
      </Anchor>
    </Page>
  );
}
