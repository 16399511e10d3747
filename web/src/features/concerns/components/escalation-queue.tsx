// The safeguarding lead's queue: open escalations of the organisation, most urgent first, then oldest. Shows
// the client's reference (not identifying) and who raised it — no client content until the lead opens one.
import { Anchor, Badge, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import { URGENCY_COLOR, VERDICT_LABELS, useQueue } from '../api/concerns';

const SHORT: Record<string, string> = { immediate: 'Immediate', urgent: 'Urgent', soon: 'Soon', routine: 'Routine' };

function age(iso: string): string {
  const mins = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 60_000));
  if (mins < 60) return `${mins} min`;
  const h = Math.round(mins / 60);
  return h < 48 ? `${h} h` : `${Math.round(h / 24)} days`;
}

export function EscalationQueue() {
  const query = useQueue();
  return (
    <section aria-labelledby="queue-heading">
      <Title order={2} size="h3" id="queue-heading" mb="sm">
        Escalated concerns
      </Title>
      <QueryState query={query} label="escalated concerns">
        {(list) =>
          list.length === 0 ? (
            <Paper withBorder p="lg" radius="md">
              <Text>No escalated concerns are waiting.</Text>
            </Paper>
          ) : (
            <div className="table-wrap">
              <Table verticalSpacing="sm" striped aria-labelledby="queue-heading" data-testid="escalation-queue">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Urgency</Table.Th>
                    <Table.Th scope="col">Client</Table.Th>
                    <Table.Th scope="col">Escalated</Table.Th>
                    <Table.Th scope="col">Verdict</Table.Th>
                    <Table.Th scope="col">Raised by</Table.Th>
                    <Table.Th scope="col">Waiting on</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((i) => (
                    <Table.Tr key={i.id}>
                      <Table.Td>
                        <Badge color={URGENCY_COLOR[i.urgency] ?? 'gray'} variant="light" styles={{ root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible', textOverflow: 'clip' } }}>
                          {SHORT[i.urgency] ?? i.urgency}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/clients/${encodeURIComponent(i.clientId)}/concerns/${encodeURIComponent(i.id)}`} style={{ whiteSpace: 'nowrap' }}>
                          {i.clientReference}
                          {i.kind === 'colleague' ? ' (colleague concern)' : ''}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        {formatDateTime(i.escalatedAt)} <Text span size="sm" c="dimmed">({age(i.escalatedAt)} ago)</Text>
                      </Table.Td>
                      <Table.Td>{VERDICT_LABELS[i.verdict] ?? i.verdict}</Table.Td>
                      <Table.Td>{i.raisedByName}</Table.Td>
                      <Table.Td>{i.waitingOn === 'practitioner' ? `The practitioner (${i.messages} messages)` : 'You'}</Table.Td>
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
