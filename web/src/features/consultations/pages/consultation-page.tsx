// The author's consultation page: a draft is reviewed (spans, mark/unmark, key) and its final wording can be
// smoothed before sending; the server checks the final text again and refuses names of the case. Once sent, the
// packet as the supervisor reads it and the thread.
import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { FormError } from '../../../components/form-error';
import { NotAvailable } from '../../../components/not-available';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { RequireRole } from '../../../components/require-role';
import { ApiError, errorMessage } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { closeConsultation, keys, practitionerMessage, sendConsultation, STATUS_LABELS, updateConsultation, useConsultation, type Consultation } from '../api/consultations';
import { PacketReview } from '../components/packet-review';
import { Thread } from '../components/thread';

export default function ConsultationPage() {
  return (
    <RequireRole roles={['practitioner']}>
      <Author />
    </RequireRole>
  );
}

function Author() {
  const { consultationId = '' } = useParams();
  const query = useConsultation(consultationId);
  if (query.error instanceof ApiError && [400, 403, 404].includes(query.error.status)) return <NotAvailable title="Consultation" />;
  return (
    <Page title="Consultation" heading={query.data ? `Consultation with ${query.data.supervisor.displayName}` : 'Consultation'} intro={query.data ? STATUS_LABELS[query.data.status] ?? query.data.status : undefined}>
      <QueryState query={query} label="the consultation">
        {(c) => (c.status === 'draft' ? <Draft c={c} /> : <Sent c={c} />)}
      </QueryState>
    </Page>
  );
}

function Draft({ c }: { c: Consultation }) {
  const qc = useQueryClient();
  const [summary, setSummary] = useState(c.summary);
  const [finalText, setFinalText] = useState(c.review.packetText);
  const [edited, setEdited] = useState(false);
  // A new review (after mark/unmark) replaces the final text unless the author has smoothed it by hand.
  useEffect(() => {
    if (!edited) setFinalText(c.review.packetText);
  }, [c.review.packetText, edited]);
  const save = useMutation({ mutationFn: () => updateConsultation(c.id, { summary }), onSuccess: (next) => qc.setQueryData(keys.one(c.id), next) });
  const send = useMutation({
    mutationFn: () => sendConsultation(c.id, edited ? finalText : undefined),
    onSuccess: async (next) => {
      qc.setQueryData(keys.one(c.id), next);
      await qc.invalidateQueries({ queryKey: keys.client(c.clientId) });
    },
  });
  return (
    <Stack gap="xl">
      <section aria-labelledby="summary-heading">
        <Title order={2} size="h3" id="summary-heading" mb="sm">
          Your summary
        </Title>
        <Stack gap="xs">
          <Textarea label="What you would like a view on" autosize minRows={3} maxLength={20000} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} />
          <FormError message={save.isError ? errorMessage(save.error) : null} title="Not saved" />
          <div>
            <Button variant="default" onClick={() => save.mutate()} loading={save.isPending} disabled={summary === c.summary}>
              Save and de-identify again
            </Button>
          </div>
        </Stack>
      </section>
      <PacketReview c={c} />
      <section aria-labelledby="final-heading">
        <Title order={2} size="h3" id="final-heading" mb={4}>
          What {c.supervisor.displayName} will read
        </Title>
        <Text c="dimmed" mb="sm">
          You may smooth the wording (for example “[CLIENT] ([CLIENT])”). The text is checked again when you send: a name or detail of the case is refused.
        </Text>
        <Stack gap="xs">
          <Textarea
            label="Final wording"
            autosize
            minRows={8}
            value={finalText}
            onChange={(e) => {
              setFinalText(e.currentTarget.value);
              setEdited(true);
            }}
            data-testid="final-text"
          />
          {edited ? (
            <div>
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => {
                  setEdited(false);
                  setFinalText(c.review.packetText);
                }}
              >
                Undo my wording changes
              </Button>
            </div>
          ) : null}
          <FormError message={send.isError ? errorMessage(send.error) : null} title="Not sent" />
          <Group>
            <Button onClick={() => send.mutate()} loading={send.isPending} disabled={!finalText.trim()}>
              Send to {c.supervisor.displayName}
            </Button>
          </Group>
        </Stack>
      </section>
      <Anchor component={Link} to={`/clients/${encodeURIComponent(c.clientId)}`}>
        Back to the client record
      </Anchor>
    </Stack>
  );
}

function Sent({ c }: { c: Consultation }) {
  const qc = useQueryClient();
  const close = useMutation({ mutationFn: () => closeConsultation(c.id), onSuccess: (next) => qc.setQueryData(keys.one(c.id), next) });
  return (
    <Stack gap="xl">
      {c.messages.some((m) => m.from === 'supervisor') ? (
        <Alert color="blue" variant="light" title="Your supervisor replied" role="status">
          Read the reply in the thread below.
        </Alert>
      ) : null}
      <section aria-labelledby="packet-heading">
        <Title order={2} size="h3" id="packet-heading" mb={4}>
          The packet as sent
        </Title>
        <Text c="dimmed" mb="sm">
          Sent {formatDateTime(c.sentAt)}. This is all {c.supervisor.displayName} can see: no names, no record.
        </Text>
        <Paper withBorder p="md" radius="md">
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="sent-packet">
            {c.sentPacket}
          </Text>
        </Paper>
      </section>
      <Thread
        messages={c.messages}
        closed={c.status === 'closed'}
        send={(body) => practitionerMessage(c.id, body)}
        invalidate={[keys.one(c.id)]}
        hint="Use the packet's tags (such as [CLIENT]) rather than names: a message with a name of the case is refused."
      />
      {c.status === 'sent' ? (
        <div>
          <FormError message={close.isError ? errorMessage(close.error) : null} title="Not closed" />
          <Button variant="default" onClick={() => close.mutate()} loading={close.isPending}>
            Close this consultation
          </Button>
        </div>
      ) : null}
      <Anchor component={Link} to={`/clients/${encodeURIComponent(c.clientId)}`}>
        Back to the client record
      </Anchor>
    </Stack>
  );
}
