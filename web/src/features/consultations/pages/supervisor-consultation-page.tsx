// The supervisor's view of one consultation: the de-identified packet and the thread, nothing else. The answer
// it reads (GET /api/v1/supervision/consultations/:id) carries no client id, reference or name by construction.
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { NotAvailable } from '../../../components/not-available';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { RequireRole } from '../../../components/require-role';
import { ApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { keys, supervisorReply, usePacket } from '../api/consultations';
import { Thread } from '../components/thread';

export default function SupervisorConsultationPage() {
  return (
    <RequireRole roles={['supervisor']}>
      <Packet />
    </RequireRole>
  );
}

function Packet() {
  const { consultationId = '' } = useParams();
  const query = usePacket(consultationId);
  if (query.error instanceof ApiError && [400, 403, 404].includes(query.error.status)) return <NotAvailable title="Consultation" />;
  return (
    <Page title="Consultation" heading={query.data ? `Consultation from ${query.data.practitionerName}` : 'Consultation'} intro="Shared without names or identifying details. Tags such as [CLIENT] stand for people and places.">
      <QueryState query={query} label="the consultation">
        {(c) => (
          <Stack gap="xl">
            <section aria-labelledby="packet-heading">
              <Title order={2} size="h3" id="packet-heading" mb={4}>
                What the practitioner shared
              </Title>
              <Text c="dimmed" mb="sm">
                Sent {formatDateTime(c.sentAt)}.
              </Text>
              <Paper withBorder p="md" radius="md">
                <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="packet-text">
                  {c.packetText}
                </Text>
              </Paper>
            </section>
            <Thread messages={c.messages} closed={c.status === 'closed'} send={(body) => supervisorReply(c.id, body)} invalidate={[keys.packet(c.id), keys.inbox]} hint="Your reply goes to the practitioner who asked." />
            <Anchor component={Link} to="/supervision">
              Back to supervision
            </Anchor>
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}
