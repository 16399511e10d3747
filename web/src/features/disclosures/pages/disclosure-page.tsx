// One disclosure: what is asked (or was disclosed), on what ground, to whom, who asked and who approved.
// A safeguarding lead who did not ask approves exactly this version (its request hash) or refuses with a
// reason; the requester records it as disclosed once approved; a recorded disclosure takes annotations only.
import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useFullSession } from '../../../app/session';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { FormError } from '../../../components/form-error';
import { ApiError } from '../../../lib/api';
import { formatDateTime, formatDayOrDateTime } from '../../../lib/format';
import { STATUS_LABELS, TOLD_LABELS, categoryLabel, disclosureApi, disclosureKeys, packUrl, useDisclosure, type Disclosure } from '../api/disclosures';

export default function DisclosurePage() {
  const { disclosureId = '' } = useParams();
  const query = useDisclosure(disclosureId);
  return (
    <Page title="Disclosure" intro="A disclosure of confidential information: what, to whom, on what ground, approved by whom.">
      <QueryState query={query} label="the disclosure">
        {(d) => <DisclosureView d={d} />}
      </QueryState>
    </Page>
  );
}

function DisclosureView({ d }: { d: Disclosure }) {
  const { user } = useFullSession();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [toldAt, setToldAt] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const isLead = user.roles.includes('safeguarding-lead');
  const own = d.requestedBy === user.id;

  async function act(name: string, fn: () => Promise<{ disclosure: Disclosure }>) {
    setBusy(name);
    setError(null);
    setFieldErrors({});
    try {
      const r = await fn();
      qc.setQueryData(disclosureKeys.one(d.id), r.disclosure);
      await qc.invalidateQueries({ queryKey: disclosureKeys.list(d.clientId) });
      await qc.invalidateQueries({ queryKey: disclosureKeys.pending });
      setReason('');
      setNote('');
    } catch (e) {
      if (e instanceof ApiError) {
        setFieldErrors(e.fieldErrors);
        setError(e.detail ?? e.title);
        if (e.status === 409) await qc.invalidateQueries({ queryKey: disclosureKeys.one(d.id) });
      } else setError('That did not work. Try again.');
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack gap="lg">
      <Group gap="sm">
        <Badge size="lg" variant="light" color={d.status === 'disclosed' ? 'green' : d.status === 'pending' ? 'orange' : d.status === 'refused' ? 'gray' : 'blue'} styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible', textOverflow: 'clip' } }}>
          {STATUS_LABELS[d.status] ?? d.status}
        </Badge>
        <Text size="sm" c="dimmed">
          Request version {d.requestVersion} · {d.requestHash.slice(0, 12)}…
        </Text>
      </Group>
      <FormError message={error} />
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <div>
            <Title order={2} size="h4">To</Title>
            <Text>{d.recipient.name}{d.recipient.contact ? ` (${d.recipient.contact})` : ''}</Text>
          </div>
          <div>
            <Title order={2} size="h4">Ground</Title>
            <Text>{d.ground.source ? <><strong>{d.ground.source}</strong>: </> : null}{d.ground.text}</Text>
          </div>
          <div>
            <Title order={2} size="h4">Information</Title>
            <div className="table-wrap">
              <Table verticalSpacing="xs" data-testid="disclosed-fields">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Item</Table.Th>
                    <Table.Th scope="col">Category</Table.Th>
                    <Table.Th scope="col">Content</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.fields.map((f) => (
                    <Table.Tr key={f.key}>
                      <Table.Td>{f.label}</Table.Td>
                      <Table.Td>{categoryLabel(f.category)}{d.minimumNecessary.includes(f.category) ? '' : ' (beyond minimum)'}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{f.value}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          </div>
          {d.justification ? (
            <div>
              <Title order={2} size="h4">Why more than the minimum</Title>
              <Text>{d.justification}</Text>
            </div>
          ) : null}
          <List size="sm" spacing={4}>
            <List.Item>Requested by {d.requestedByName} on {formatDateTime(d.createdAt)}</List.Item>
            <List.Item>{d.approvalRequired ? (d.approvalValid ? `Approved by ${d.approvedByName} on ${formatDateTime(d.approvedAt)}` : 'Needs a safeguarding lead’s approval') : 'No approval required by the policy'}</List.Item>
            <List.Item>
              {TOLD_LABELS[d.clientTold] ?? d.clientTold}
              {d.clientToldReason ? `: ${d.clientToldReason}` : ''}
              {d.clientToldAt ? ` (${formatDayOrDateTime(d.clientToldAt)})` : ''}
            </List.Item>
            {d.disclosedAt ? <List.Item>Disclosed on {formatDateTime(d.disclosedAt)}</List.Item> : null}
            {d.refusedAt ? <List.Item>Refused on {formatDateTime(d.refusedAt)}: {d.refusalReason}</List.Item> : null}
          </List>
          {(d.status === 'ready' || d.status === 'disclosed') && (!d.approvalRequired || d.approvalValid) ? (
            <Anchor href={packUrl(d.id)} target="_blank" rel="noopener">
              Open the disclosure pack (PDF)
            </Anchor>
          ) : null}
        </Stack>
      </Paper>

      {isLead && d.status === 'pending' ? (
        own ? (
          <Alert color="yellow" variant="light" title="Your own request">
            You asked for this disclosure: another safeguarding lead must approve or refuse it.
          </Alert>
        ) : (
          <Paper withBorder p="md" radius="md">
            <Title order={2} size="h4" mb="xs">Your decision</Title>
            <Text size="sm" mb="sm">You approve exactly what is shown above. If the request changes, it needs approving again.</Text>
            <Group align="flex-end" wrap="wrap">
              <Button loading={busy === 'approve'} onClick={() => void act('approve', () => disclosureApi.approve(d.id, d.requestHash))}>
                Approve this disclosure
              </Button>
            </Group>
            <Textarea mt="md" label="Or refuse, saying why" autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={fieldErrors.reason} />
            <Button mt="xs" variant="default" loading={busy === 'refuse'} onClick={() => void act('refuse', () => disclosureApi.refuse(d.id, reason))}>
              Refuse
            </Button>
          </Paper>
        )
      ) : null}

      {own && d.status === 'ready' ? (
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="xs">Record the disclosure</Title>
          <Text size="sm" mb="sm">Once recorded it cannot be changed; you can add annotations.</Text>
          {d.clientTold !== 'not' ? <TextInput label="When the client was told (optional, YYYY-MM-DD)" value={toldAt} onChange={(e) => setToldAt(e.currentTarget.value)} error={fieldErrors.clientToldAt} maw={320} mb="sm" /> : null}
          <Button loading={busy === 'record'} onClick={() => void act('record', () => disclosureApi.record(d.id, toldAt.trim() ? { clientToldAt: toldAt.trim() } : {}))}>
            Record as disclosed now
          </Button>
        </Paper>
      ) : null}

      <section aria-labelledby="annotations-heading">
        <Title order={2} size="h4" id="annotations-heading" mb="xs">
          Annotations
        </Title>
        {d.annotations.length === 0 ? <Text c="dimmed" size="sm">None.</Text> : null}
        <Stack gap="xs">
          {d.annotations.map((a) => (
            <Paper key={a.id} withBorder p="sm" radius="md">
              <Text size="sm" c="dimmed">{a.authorName} · {formatDateTime(a.createdAt)}</Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{a.text}</Text>
            </Paper>
          ))}
        </Stack>
        <Textarea mt="sm" label="Add an annotation" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldErrors.text} />
        <Button mt="xs" variant="default" loading={busy === 'annotate'} onClick={() => void act('annotate', () => disclosureApi.annotate(d.id, note))}>
          Add annotation
        </Button>
      </section>
      <Anchor component={Link} to={`/clients/${encodeURIComponent(d.clientId)}`}>
        Back to the client
      </Anchor>
    </Stack>
  );
}
