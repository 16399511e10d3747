// Request a disclosure (B1, B3, B5): the ground (one of the verdict's citations, or written), the recipient
// (directory or named), the information chosen field by field — what is beyond the verdict's minimum necessary
// is marked and needs a written justification — and whether the client is told before, after, or not (why).
// Opened from the client page, or from a concern (?concern=<id>: ids only in the URL).
import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Checkbox, Group, Paper, Radio, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { FormError } from '../../../components/form-error';
import { ApiError } from '../../../lib/api';
import { useDirectory } from '../../case-record/api/case-record';
import { VERDICT_LABELS, useConcerns } from '../../concerns/api/concerns';
import { formatDateTime } from '../../../lib/format';
import { categoryLabel, disclosureApi, disclosureKeys, useOptions, type Options } from '../api/disclosures';

export default function NewDisclosurePage() {
  const { clientId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const concernId = params.get('concern');
  const options = useOptions(clientId, concernId);
  const concerns = useConcerns(clientId);
  return (
    <Page title="Request a disclosure" intro="Share only what is necessary, with someone able to act, on a ground you can name. A safeguarding lead approves it when the policy says so.">
      <Select
        label="The concern this disclosure follows (optional)"
        description="The concern’s verdict gives the grounds to cite, the minimum necessary and whether a lead must approve."
        placeholder="No concern"
        data={(concerns.data ?? []).map((c) => ({ value: c.id, label: `${formatDateTime(c.createdAt)}: ${VERDICT_LABELS[c.verdict] ?? c.verdict}` }))}
        value={concernId}
        onChange={(v) => setParams(v ? { concern: v } : {}, { replace: true })}
        clearable
        maw={560}
      />
      <QueryState query={options} label="the disclosure form">
        {(o) => <DisclosureForm key={concernId ?? ''} clientId={clientId} concernId={concernId} o={o} />}
      </QueryState>
    </Page>
  );
}

interface Written { category: string; text: string }

function DisclosureForm({ clientId, concernId, o }: { clientId: string; concernId: string | null; o: Options }) {
  const navigate = useNavigate();
  const qc = useQueryClient();
  const directory = useDirectory();
  const citations = o.concern?.citations ?? [];
  const minimum = o.concern?.minimumNecessary ?? [];
  const [groundChoice, setGroundChoice] = useState<string>(citations.length ? '0' : 'written');
  const [groundText, setGroundText] = useState('');
  const [recipientKind, setRecipientKind] = useState<'directory' | 'named'>('directory');
  const [directoryId, setDirectoryId] = useState<string | null>(null);
  const [recipientName, setRecipientName] = useState('');
  const [keys, setKeys] = useState<string[]>([]);
  const [noteIds, setNoteIds] = useState<string[]>([]);
  const [written, setWritten] = useState<Written[]>([{ category: minimum.find((m) => o.writtenCategories.includes(m)) ?? 'risk-summary', text: '' }]);
  const [justification, setJustification] = useState('');
  const [clientTold, setClientTold] = useState<string>('');
  const [toldReason, setToldReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const categories = useMemo(() => {
    const s = new Set<string>();
    for (const k of keys) {
      const f = o.clientFields.find((x) => x.key === k);
      if (f) s.add(f.category);
    }
    for (const w of written) if (w.text.trim()) s.add(w.category);
    if (noteIds.length) s.add('session-notes');
    return [...s];
  }, [keys, written, noteIds, o.clientFields]);
  const beyond = categories.filter((c) => !minimum.includes(c));

  async function submit() {
    setBusy(true);
    setErrors({});
    setFormError(null);
    const ground = groundChoice === 'written' ? { kind: 'written', text: groundText } : { kind: 'citation', source: citations[Number(groundChoice)]?.source ?? '' };
    const body = {
      concernId: concernId ?? null,
      ground,
      recipient: recipientKind === 'directory' ? (directoryId ? { kind: 'directory', directoryId } : null) : { kind: 'named', name: recipientName },
      fields: [...keys.map((key) => ({ key })), ...written.filter((w) => w.text.trim()).map((w) => ({ key: 'written', category: w.category, text: w.text })), ...noteIds.map((noteId) => ({ key: 'note', noteId }))],
      justification: justification.trim() ? justification : null,
      clientTold: clientTold || null,
      clientToldReason: toldReason.trim() ? toldReason : null,
    };
    try {
      const r = await disclosureApi.request(clientId, body);
      await qc.invalidateQueries({ queryKey: disclosureKeys.list(clientId) });
      navigate(`/disclosures/${encodeURIComponent(r.disclosure.id)}`);
    } catch (e) {
      if (e instanceof ApiError) {
        setErrors(e.fieldErrors);
        setFormError(Object.keys(e.fieldErrors).length ? 'Some answers need attention (see below).' : (e.detail ?? e.title));
      } else setFormError('The request could not be sent. Try again.');
    } finally {
      setBusy(false);
    }
  }

  const err = (p: string) => errors[p];
  const fieldErr = Object.entries(errors).filter(([k]) => k.startsWith('fields')).map(([, v]) => v)[0];
  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
    <Stack gap="lg">
      {o.concern ? (
        <Alert variant="light" color="blue" title="From a concern">
          The engine’s verdict was <strong>{o.concern.verdict}</strong>. It suggests sharing no more than: {minimum.map(categoryLabel).join(', ') || 'nothing'}.{' '}
          {o.concern.approvalRequired ? 'A safeguarding lead must approve this disclosure before it is made.' : 'The policy does not require a second person’s approval.'}
        </Alert>
      ) : (
        <Alert variant="light" color="yellow" title="No concern verdict">
          Without a concern there is no verdict to go by: every item needs a written justification and a safeguarding lead must approve the disclosure.
        </Alert>
      )}
      <FormError message={formError} />

      <Paper withBorder p="md" radius="md">
        <Radio.Group label="Ground: why confidentiality may be broken" value={groundChoice} onChange={setGroundChoice} error={err('ground') ?? err('ground.source')} withAsterisk>
          <Stack gap="xs" mt="xs">
            {citations.map((c, i) => (
              <Radio key={c.source} value={String(i)} label={c.source} description={c.note} />
            ))}
            <Radio value="written" label="Write the ground" />
          </Stack>
        </Radio.Group>
        {groundChoice === 'written' ? <Textarea mt="sm" label="The ground in your words" description="The law or professional basis, and why it applies here." autosize minRows={2} value={groundText} onChange={(e) => setGroundText(e.currentTarget.value)} error={err('ground.text') ?? err('ground')} /> : null}
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Radio.Group label="Recipient" value={recipientKind} onChange={(v) => setRecipientKind(v as 'directory' | 'named')} withAsterisk>
          <Group mt="xs">
            <Radio value="directory" label="From the directory" />
            <Radio value="named" label="Someone else (name them)" />
          </Group>
        </Radio.Group>
        {recipientKind === 'directory' ? (
          <Select mt="sm" label="Service" placeholder="Choose a service" data={(directory.data ?? []).map((e) => ({ value: e.id, label: e.name }))} value={directoryId} onChange={setDirectoryId} error={err('recipient') ?? err('recipient.directoryId')} searchable />
        ) : (
          <TextInput mt="sm" label="Name of the person or service" value={recipientName} onChange={(e) => setRecipientName(e.currentTarget.value)} error={err('recipient') ?? err('recipient.name')} />
        )}
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb={4}>
          What to disclose
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Choose field by field. Items outside the minimum necessary are marked.
        </Text>
        {fieldErr || err('fields') ? (
          <Text c="red.8" size="sm" role="alert" mb="xs">
            {err('fields') ?? fieldErr}
          </Text>
        ) : null}
        <Checkbox.Group label="From the client’s record" value={keys} onChange={setKeys}>
          <Stack gap={6} mt="xs">
            {o.clientFields.filter((f) => f.value).map((f) => (
              <Checkbox key={f.key} value={f.key} label={<Group gap={6}><span>{f.label}: {f.value}</span>{!minimum.includes(f.category) ? <Badge size="xs" color="orange" variant="light">beyond minimum</Badge> : null}</Group>} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Stack gap="xs" mt="md">
          {written.map((w, i) => (
            <Group key={i} align="flex-start" grow wrap="wrap">
              <Select label={`Written item ${i + 1}: category`} data={o.writtenCategories.map((c) => ({ value: c, label: categoryLabel(c) + (minimum.includes(c) ? '' : ' (beyond minimum)') }))} value={w.category} onChange={(v) => setWritten(written.map((x, j) => (j === i ? { ...x, category: v ?? x.category } : x)))} allowDeselect={false} />
              <Textarea label={`Written item ${i + 1}: what you will share`} autosize minRows={2} value={w.text} onChange={(e) => { const v = e.currentTarget.value; setWritten(written.map((x, j) => (j === i ? { ...x, text: v } : x))); }} error={err(`fields.${keys.length + i}.text`)} />
            </Group>
          ))}
          <Button variant="subtle" size="xs" onClick={() => setWritten([...written, { category: 'other', text: '' }])} style={{ alignSelf: 'flex-start' }}>
            Add another written item
          </Button>
        </Stack>
        {o.notes.length ? (
          <Checkbox.Group label="Session notes (never private process notes)" value={noteIds} onChange={setNoteIds} mt="md">
            <Stack gap={6} mt="xs">
              {o.notes.map((n) => (
                <Checkbox key={n.id} value={n.id} label={<span>{n.sessionDate ?? n.createdAt.slice(0, 10)}: {n.preview}{minimum.includes('session-notes') ? '' : ' (beyond minimum)'}</span>} />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : null}
        {beyond.length || err('justification') ? (
          <Textarea mt="md" label="Why more than the minimum necessary?" description={`Beyond the minimum: ${beyond.map(categoryLabel).join(', ')}`} autosize minRows={2} value={justification} onChange={(e) => setJustification(e.currentTarget.value)} error={err('justification')} withAsterisk />
        ) : null}
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Radio.Group label="Is the client told?" value={clientTold} onChange={setClientTold} error={err('clientTold')} withAsterisk>
          <Stack gap={6} mt="xs">
            <Radio value="before" label="Yes, before the disclosure" />
            <Radio value="after" label="Yes, after the disclosure (when it is safe)" />
            <Radio value="not" label="No" />
          </Stack>
        </Radio.Group>
        {clientTold === 'not' ? <Textarea mt="sm" label="Why is the client not told?" autosize minRows={2} value={toldReason} onChange={(e) => setToldReason(e.currentTarget.value)} error={err('clientToldReason')} withAsterisk /> : null}
      </Paper>

      <Group>
        <Button type="submit" loading={busy}>
          Send the request
        </Button>
        <Button component={Link} to={`/clients/${encodeURIComponent(clientId)}`} variant="default">
          Cancel
        </Button>
      </Group>
    </Stack>
    </form>
  );
}
