// The practitioner's choice on the verdict, the escalation, the question thread and the lead's decision.
// Forms validate as you type and say what is needed.
import { useState } from 'react';
import { Button, Group, Paper, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { FormError } from '../../../components/form-error';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { concernApi, concernKeys, options, OUTCOME_LABELS, URGENCY_LABELS, VERDICT_LABELS, type Concern } from '../api/concerns';

function useConcernRefresh(concern: Concern) {
  const qc = useQueryClient();
  return async (next: Concern) => {
    qc.setQueryData(concernKeys.one(concern.clientId, concern.id), next);
    await qc.invalidateQueries({ queryKey: concernKeys.list(concern.clientId) });
    await qc.invalidateQueries({ queryKey: concernKeys.queue });
  };
}

export function ChoiceForm({ concern, onDone }: { concern: Concern; onDone?: (c: Concern) => void }) {
  const refresh = useConcernRefresh(concern);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { choice: '', reason: '' },
    validateInputOnChange: true,
    validate: {
      choice: (v) => (v ? null : 'Accept the verdict, or choose otherwise.'),
      reason: (v, all) => (all.choice === 'overridden' && v.trim().length < 10 ? 'You are choosing otherwise: write your reason (at least a sentence).' : null),
    },
  });
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      const r = await concernApi.choose(concern.clientId, concern.id, { choice: v.choice, ...(v.choice === 'overridden' ? { reason: v.reason } : {}) });
      await refresh(r.concern);
      onDone?.(r.concern);
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Your choice">
      <Stack gap="md">
        <FormError message={problem} />
        <Radio.Group label="Your choice" description={`The verdict: ${VERDICT_LABELS[concern.verdict] ?? concern.verdict}.`} required {...form.getInputProps('choice')}>
          <Stack gap="xs" mt="xs">
            <Radio value="accepted" label="I accept the verdict" />
            <Radio value="overridden" label="I choose otherwise (give your reason)" />
          </Stack>
        </Radio.Group>
        {form.values.choice === 'overridden' ? <Textarea label="Why you are choosing otherwise" required autosize minRows={3} {...form.getInputProps('reason')} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            Record my choice
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function EscalateForm({ concern }: { concern: Concern }) {
  const refresh = useConcernRefresh(concern);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { urgency: concern.suggestedUrgency || 'routine', note: '' },
    validateInputOnChange: true,
    validate: { urgency: (v) => (v ? null : 'Choose how urgent it is.') },
  });
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      const r = await concernApi.escalate(concern.clientId, concern.id, { urgency: v.urgency, note: v.note.trim() || null });
      await refresh(r.concern);
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Escalate to the safeguarding lead">
      <Stack gap="md">
        <FormError message={problem} />
        <Select label="How urgent is it?" description="Suggested from the policy’s urgency; change it if you know better." data={options(URGENCY_LABELS)} allowDeselect={false} required {...form.getInputProps('urgency')} />
        <Textarea label="A note for the lead (optional)" description="What you need from them. They see this concern only, not the rest of the record." autosize minRows={2} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            Escalate to the safeguarding lead
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function Thread({ concern, canWrite, asLead }: { concern: Concern; canWrite: boolean; asLead: boolean }) {
  const refresh = useConcernRefresh(concern);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({ mode: 'controlled', initialValues: { body: '' }, validateInputOnChange: true, validate: { body: (v) => (v.trim().length >= 2 ? null : asLead ? 'Write your question.' : 'Write your answer.') } });
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      const r = await concernApi.message(concern.id, { body: v.body });
      form.reset();
      await refresh(r.concern);
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <Stack gap="sm">
      {concern.messages.length === 0 ? <Text c="dimmed">No questions yet.</Text> : null}
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Questions and answers">
        {concern.messages.map((m) => (
          <Paper key={m.id} component="li" withBorder p="sm" radius="md" bg={m.authorRole === 'lead' ? 'var(--mantine-color-blue-0)' : undefined}>
            <Text size="sm" c="dimmed">
              {m.authorRole === 'lead' ? 'Safeguarding lead' : 'Practitioner'} {m.authorName} · {formatDateTime(m.createdAt)}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{m.body}</Text>
          </Paper>
        ))}
      </Stack>
      {canWrite ? (
        <form onSubmit={submit} noValidate aria-label={asLead ? 'Ask the practitioner' : 'Answer the lead'}>
          <Stack gap="xs">
            <FormError message={problem} />
            <Textarea label={asLead ? 'Ask the practitioner a question' : 'Your answer'} autosize minRows={2} {...form.getInputProps('body')} />
            <Group justify="flex-end">
              <Button type="submit" variant="light" loading={form.submitting}>
                {asLead ? 'Send question' : 'Send answer'}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}

export function DecisionForm({ concern }: { concern: Concern }) {
  const refresh = useConcernRefresh(concern);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { outcome: '', reason: '' },
    validateInputOnChange: true,
    validate: {
      outcome: (v) => (v ? null : 'Choose the outcome.'),
      reason: (v) => (v.trim().length >= 10 ? null : 'Give the reason for your decision (at least a sentence).'),
    },
  });
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      const r = await concernApi.decide(concern.id, v);
      await refresh(r.concern);
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Your decision">
      <Stack gap="md">
        <FormError message={problem} />
        <Select label="Outcome" data={options(OUTCOME_LABELS)} required allowDeselect={false} {...form.getInputProps('outcome')} />
        <Textarea label="Reason" description="Kept with the concern; the practitioner sees it." required autosize minRows={3} {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            Record the decision
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
