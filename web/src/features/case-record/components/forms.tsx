// The case-record forms (issue 6): open an engagement, the confidentiality agreement with its comprehension
// check, the yearly review, a session note, ending an engagement, consent, referral, third party. Each
// validates as you type and says what is needed and why; server problems land next to their fields.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Checkbox, Group, Modal, MultiSelect, NumberInput, Paper, Radio, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useUnsavedClientText } from '../../../app/session';
import { FormError } from '../../../components/form-error';
import { ApiError } from '../../../lib/api';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatDate, formatDateTime } from '../../../lib/format';
import { diffSummary, diffWords, type DiffPart } from '../lib/diff';
import { RaiseConcernLink } from '../../concerns/components/raise-link';
import { caseApi, CATEGORY_LABELS, CLOSE_REASONS, notFuture, today, useDirectory, useStatements, type Consent, type Engagement, type NoteVersion, type Referral, type RiskPrompt, type SessionNote, type ThirdParty } from '../api/case-record';

/** A button that opens a form in a dialog; the form unmounts on close (nothing kept). */
export function FormButton({ label, title, variant = 'light', children }: { label: string; title: string; variant?: string; children: (done: () => void) => ReactNode }) {
  const [opened, setOpened] = useState(false);
  // The dialog is mounted on first use only (a client page has dozens of these buttons; mounting a closed
  // Modal for each slowed the first render), then kept so it closes with its transition and returns focus.
  const [used, setUsed] = useState(false);
  return (
    <>
      <Button
        variant={variant}
        size="sm"
        onClick={() => {
          setUsed(true);
          setOpened(true);
        }}
      >
        {label}
      </Button>
      {used ? (
        <Modal opened={opened} onClose={() => setOpened(false)} title={title} size="lg">
          {opened ? children(() => setOpened(false)) : null}
        </Modal>
      ) : null}
    </>
  );
}

function Actions({ onCancel, submitting, label }: { onCancel: () => void; submitting: boolean; label: string }) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={submitting}>
        {label}
      </Button>
    </Group>
  );
}

function useRefresh(clientId: string) {
  const qc = useQueryClient();
  return async () => {
    await qc.invalidateQueries({ queryKey: ['clients', clientId] });
    await qc.invalidateQueries({ queryKey: ['clients', 'caseload'] });
  };
}

// --- Engagement.
export function OpenEngagementForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const refresh = useRefresh(clientId);
  const statements = useStatements();
  const services = [...new Set((statements.data ?? []).map((s) => s.service))];
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { service: '', openedAt: today(), commissioned: false, organisation: '', toldAboutRole: '' },
    validateInputOnChange: true,
    validate: {
      service: (v) => (/^[a-z0-9][a-z0-9-]{1,59}$/.test(v) ? null : 'Choose the service (a short key such as careers-guidance).'),
      openedAt: notFuture('the engagement opened'),
      organisation: (v, all) => (all.commissioned && !v.trim() ? 'Name the organisation that commissioned the work.' : null),
      toldAboutRole: (v, all) => (all.commissioned && v.trim().length < 10 ? 'Record what they were told about your role and its boundaries (P6): both parties must know.' : null),
    },
  });
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      await caseApi.openEngagement(clientId, { service: v.service, openedAt: v.openedAt, ...(v.commissioned ? { commissioning: { organisation: v.organisation, toldAboutRole: v.toldAboutRole } } : {}) });
      await refresh();
      onDone();
    } catch (err) {
      setProblem(applyServerErrors(form, err, { 'commissioning.organisation': 'organisation', 'commissioning.toldAboutRole': 'toldAboutRole' }));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Open an engagement">
      <Stack gap="md">
        <FormError message={problem} />
        <Select label="Service" required description="The service this work is for; its statement of the limits of confidentiality will be explained." data={services} searchable {...form.getInputProps('service')} />
        <TextInput label="Opened on" type="date" required {...form.getInputProps('openedAt')} />
        <Checkbox label="An organisation commissioned this work (for example an employer paying for mentoring)" {...form.getInputProps('commissioned', { type: 'checkbox' })} />
        {form.values.commissioned ? (
          <>
            <TextInput label="Commissioning organisation" required {...form.getInputProps('organisation')} />
            <Textarea label="What the organisation was told about your role and boundaries" description="For example: sessions are confidential; they will hear attendance only, with the client’s consent." required autosize minRows={2} {...form.getInputProps('toldAboutRole')} />
          </>
        ) : null}
        <Actions onCancel={onDone} submitting={form.submitting} label="Open engagement" />
      </Stack>
    </form>
  );
}

export function CloseEngagementForm({ clientId, engagement, onDone }: { clientId: string; engagement: Engagement; onDone: () => void }) {
  const refresh = useRefresh(clientId);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '', summary: '', closedAt: today(), confidentialityNotBroken: false },
    validateInputOnChange: true,
    validate: {
      reason: (v) => (v ? null : 'Choose why the work is ending.'),
      summary: (v) => (v.trim().length >= 10 ? null : 'Write a short closing summary: what was worked on and where things were left.'),
      closedAt: notFuture('the engagement ended'),
      confidentialityNotBroken: (v, all) => (all.reason === 'code-of-conduct' && !v ? 'Confirm that confidentiality was not broken (K1).' : null),
    },
  });
  useUnsavedClientText(form.values.summary.trim() !== '');
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      await caseApi.closeEngagement(clientId, engagement.id, { reason: v.reason, summary: v.summary, closedAt: v.closedAt, ...(v.reason === 'code-of-conduct' ? { confidentialityNotBroken: v.confidentialityNotBroken } : {}) });
      await refresh();
      onDone();
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="End the engagement">
      <Stack gap="md">
        <FormError message={problem} />
        <Select label="Reason for ending" required data={CLOSE_REASONS} {...form.getInputProps('reason')} />
        {form.values.reason === 'code-of-conduct' ? (
          <Alert color="blue" variant="light" title="Ending for a code-of-conduct concern">
            You can end the relationship without breaking confidentiality (K1). Record that you did not disclose what the client told you.
          </Alert>
        ) : null}
        {form.values.reason === 'code-of-conduct' ? <Checkbox label="Confidentiality was not broken" {...form.getInputProps('confidentialityNotBroken', { type: 'checkbox' })} /> : null}
        <TextInput label="Ended on" type="date" required {...form.getInputProps('closedAt')} />
        <Textarea label="Closing summary" required autosize minRows={3} {...form.getInputProps('summary')} />
        <Actions onCancel={onDone} submitting={form.submitting} label="End engagement" />
      </Stack>
    </form>
  );
}

// --- Agreement and comprehension check.
function SignaturePad({ onChange, error }: { onChange: (dataUrl: string) => void; error?: ReactNode }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (ctx) {
      ctx.lineWidth = 2;
      ctx.lineCap = 'round';
      ctx.strokeStyle = '#111';
    }
  }, []);
  const pos = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top] as const;
  };
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="signature-label">
        Client’s signature (drawn on screen)
      </Text>
      <canvas
        ref={ref}
        width={420}
        height={120}
        role="img"
        aria-labelledby="signature-label"
        style={{ border: '1px solid #868e96', borderRadius: 6, touchAction: 'none', maxWidth: '100%', background: '#fff' }}
        onPointerDown={(e) => {
          drawing.current = true;
          const [x, y] = pos(e);
          const ctx = e.currentTarget.getContext('2d')!;
          ctx.beginPath();
          ctx.moveTo(x, y);
        }}
        onPointerMove={(e) => {
          if (!drawing.current) return;
          const [x, y] = pos(e);
          const ctx = e.currentTarget.getContext('2d')!;
          ctx.lineTo(x, y);
          ctx.stroke();
        }}
        onPointerUp={(e) => {
          drawing.current = false;
          onChange(e.currentTarget.toDataURL('image/png'));
        }}
      />
      {error ? <Text size="sm" c="red.8">{error}</Text> : null}
    </Stack>
  );
}

export function AgreementForm({ clientId, engagement, onDone }: { clientId: string; engagement: Engagement; onDone: () => void }) {
  const refresh = useRefresh(clientId);
  const statements = useStatements();
  const choices = (statements.data ?? []).filter((s) => s.service === engagement.service);
  const latest = choices.find((s) => s.latest);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      statementId: latest?.id ?? '',
      explainedAt: today(),
      method: 'in-person',
      notReady: false,
      notReadyReason: '',
      ackKind: 'typed-name',
      ackName: '',
      ackNote: '',
      ackSignature: '',
      comprehension: (latest?.questions ?? []).map((q) => ({ question: q, answer: '', understood: false })),
      clientQuestions: '',
    },
    validateInputOnChange: true,
    validate: {
      statementId: (v) => (v ? null : 'Choose the statement you explained.'),
      explainedAt: notFuture('the limits were explained'),
      notReadyReason: (v, all) => (all.notReady && v.trim().length < 5 ? 'Say briefly why the client was not ready (P4).' : null),
      ackName: (v, all) => (!all.notReady && all.ackKind === 'typed-name' && v.trim().length < 2 ? 'The client types their name to acknowledge the limits.' : null),
      ackNote: (v, all) => (!all.notReady && all.ackKind === 'verbal' && v.trim().length < 3 ? 'Note how the client acknowledged verbally.' : null),
      ackSignature: (v, all) => (!all.notReady && all.ackKind === 'signature' && !v ? 'Ask the client to sign in the box.' : null),
    },
  });
  useEffect(() => {
    if (latest && !form.values.statementId) {
      form.setFieldValue('statementId', latest.id);
      form.setFieldValue('comprehension', latest.questions.map((q) => ({ question: q, answer: '', understood: false })));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [latest?.id]);
  useUnsavedClientText(form.isDirty());
  const v = form.values;
  const understood = v.comprehension.length > 0 && v.comprehension.every((c) => c.understood);
  const submit = form.onSubmit(async (x) => {
    setProblem(null);
    try {
      const acknowledgement = x.notReady ? null : x.ackKind === 'typed-name' ? { kind: 'typed-name', name: x.ackName } : x.ackKind === 'verbal' ? { kind: 'verbal', note: x.ackNote } : { kind: 'signature', imageDataUrl: x.ackSignature };
      const r = await caseApi.recordAgreement(clientId, engagement.id, {
        statementId: x.statementId,
        explainedAt: x.explainedAt,
        method: x.method,
        acknowledgement,
        comprehension: x.comprehension,
        clientQuestions: x.clientQuestions || null,
        notReady: x.notReady ? { reason: x.notReadyReason } : null,
      });
      await refresh();
      setSaved(r.agreement.state);
      onDone();
    } catch (err) {
      setProblem(applyServerErrors(form, err, { 'notReady.reason': 'notReadyReason', 'acknowledgement.name': 'ackName', 'acknowledgement.note': 'ackNote', 'acknowledgement.imageDataUrl': 'ackSignature', acknowledgement: 'ackName' }));
    }
  });
  const st = choices.find((s) => s.id === v.statementId);
  return (
    <form onSubmit={submit} noValidate aria-label="Confidentiality agreement">
      <Stack gap="md">
        <FormError message={problem} />
        {saved ? <Text role="status">Saved.</Text> : null}
        {choices.length === 0 ? (
          <Alert color="orange" variant="light" title="No statement for this service">
            An administrator needs to add the statement of the limits of confidentiality for “{engagement.service}” first.
          </Alert>
        ) : null}
        <Select label="Statement explained" required data={choices.map((s) => ({ value: s.id, label: `${s.title} (version ${s.version})` }))} {...form.getInputProps('statementId')} />
        {st ? (
          <Paper withBorder p="sm" radius="sm">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {st.body}
            </Text>
            <Text size="xs" c="dimmed" mt={4}>
              Reading level: {st.readingEase.label} (score {st.readingEase.score})
            </Text>
          </Paper>
        ) : null}
        <Group grow align="flex-start">
          <TextInput label="Explained on" type="date" required {...form.getInputProps('explainedAt')} />
          <Select label="How" required data={[{ value: 'in-person', label: 'In person' }, { value: 'phone', label: 'Phone' }, { value: 'video', label: 'Video' }, { value: 'written', label: 'Written' }]} {...form.getInputProps('method')} />
        </Group>
        <Checkbox label="The client was not ready to agree today" description="The note can still be saved, but the agreement shows as incomplete everywhere until it is completed." {...form.getInputProps('notReady', { type: 'checkbox' })} />
        {v.notReady ? (
          <Textarea label="Why the client was not ready" required autosize minRows={2} {...form.getInputProps('notReadyReason')} />
        ) : (
          <>
            <Radio.Group label="How the client acknowledged the limits" {...form.getInputProps('ackKind')}>
              <Group mt={4}>
                <Radio value="typed-name" label="Typed their name" />
                <Radio value="signature" label="Signed on screen" />
                <Radio value="verbal" label="Verbally (noted)" />
              </Group>
            </Radio.Group>
            {v.ackKind === 'typed-name' ? <TextInput label="Client’s typed name" required autoComplete="off" {...form.getInputProps('ackName')} /> : null}
            {v.ackKind === 'verbal' ? <TextInput label="How they acknowledged" required {...form.getInputProps('ackNote')} /> : null}
            {v.ackKind === 'signature' ? <SignaturePad onChange={(d) => form.setFieldValue('ackSignature', d)} error={form.errors.ackSignature} /> : null}
          </>
        )}
        <Stack gap="xs" component="fieldset" style={{ border: '1px solid #dee2e6', borderRadius: 8, padding: 12 }}>
          <Text component="legend" fw={600} size="sm">
            Comprehension check (P4): ask, note the answer in brief, and whether understanding was shown
          </Text>
          {v.comprehension.map((c, i) => (
            <Stack key={c.question} gap={4}>
              <Text size="sm" fw={500}>
                {c.question}
              </Text>
              <TextInput label={`Client’s answer to question ${i + 1}`} {...form.getInputProps(`comprehension.${i}.answer`)} />
              <Checkbox label="Understanding shown" {...form.getInputProps(`comprehension.${i}.understood`, { type: 'checkbox' })} />
            </Stack>
          ))}
          {!v.notReady && !understood ? (
            <Text size="sm" c="orange.9">
              Until every answer shows understanding, the agreement is saved as incomplete.
            </Text>
          ) : null}
        </Stack>
        <Textarea label="The client’s own questions (optional)" autosize minRows={2} {...form.getInputProps('clientQuestions')} />
        <Actions onCancel={onDone} submitting={form.submitting} label="Save agreement" />
      </Stack>
    </form>
  );
}

export function ReviewForm({ clientId, engagement, onDone }: { clientId: string; engagement: Engagement; onDone: () => void }) {
  const refresh = useRefresh(clientId);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { reviewedAt: today(), changes: '', mandatoryReportingRevisited: false },
    validateInputOnChange: true,
    validate: {
      reviewedAt: notFuture('of the review'),
      changes: (v) => (v.trim() ? null : 'Say what changed, or “nothing”.'),
      mandatoryReportingRevisited: (v) => (v ? null : 'A review reminds the client of mandatory reporting (P5).'),
    },
  });
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      await caseApi.review(clientId, engagement.id, v);
      await refresh();
      onDone();
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Review the agreement">
      <Stack gap="md">
        <FormError message={problem} />
        <TextInput label="Reviewed on" type="date" required {...form.getInputProps('reviewedAt')} />
        <Textarea label="What changed" required autosize minRows={2} {...form.getInputProps('changes')} />
        <Checkbox label="We revisited when I would have to report something (mandatory reporting)" {...form.getInputProps('mandatoryReportingRevisited', { type: 'checkbox' })} />
        <Actions onCancel={onDone} submitting={form.submitting} label="Save review" />
      </Stack>
    </form>
  );
}

// --- Session note.
export function SessionNoteForm({ clientId, engagement, thirdParties, onDone }: { clientId: string; engagement: Engagement; thirdParties: ThirdParty[]; onDone: () => void }) {
  const refresh = useRefresh(clientId);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<{ warning: string | null; prompts: RiskPrompt[]; noteId?: string } | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { text: '', sessionDate: today(), durationMinutes: 50 as number | string, mode: 'in-person', private: false, goals: '', actions: '', thirdPartyIds: [] as string[] },
    validateInputOnChange: true,
    validate: {
      text: (v) => (v.trim() ? null : 'Write the note before saving.'),
      sessionDate: notFuture('of the session'),
      durationMinutes: (v) => (v === '' || (Number(v) >= 1 && Number(v) <= 600) ? null : 'Give the length in minutes (1 to 600).'),
    },
  });
  useUnsavedClientText(form.values.text.trim() !== '');
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      const lines = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean);
      const r = await caseApi.addNote(clientId, engagement.id, {
        text: v.text,
        sessionDate: v.sessionDate,
        durationMinutes: v.durationMinutes === '' ? null : Number(v.durationMinutes),
        mode: v.mode,
        private: v.private,
        structure: lines(v.goals).length || lines(v.actions).length ? { goals: lines(v.goals), actions: lines(v.actions) } : null,
        thirdPartyIds: v.thirdPartyIds,
      });
      form.reset();
      await refresh();
      if (r.warning || r.riskPrompts.length) setResult({ warning: r.warning, prompts: r.riskPrompts, noteId: r.note.id });
      else onDone();
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  if (result) {
    return (
      <Stack gap="md">
        <Text role="status">The note was saved.</Text>
        {result.warning ? (
          <Alert color="orange" variant="light" title="Agreement incomplete">
            {result.warning}
          </Alert>
        ) : null}
        {result.prompts.map((p) => (
          <Alert key={p.concern} color="red" variant="light" title="Raise a concern?">
            {p.prompt} The decision is yours; nothing has been reported.
            <div>
              <RaiseConcernLink clientId={clientId} noteId={result.noteId ?? null} concern={p.concern} engagementId={engagement.id} />
            </div>
          </Alert>
        ))}
        <Group justify="flex-end">
          <Button onClick={onDone}>Done</Button>
        </Group>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Session note">
      <Stack gap="md">
        <FormError message={problem} />
        {engagement.agreement.state === 'missing' ? (
          <Alert color="red" variant="light" title="Explain the limits of confidentiality first">
            Before the first session note, record that the limits were explained (or that the client was not ready, and why). P3.
          </Alert>
        ) : engagement.agreement.state === 'incomplete' ? (
          <Alert color="orange" variant="light" title="Agreement incomplete">
            You can save the note; the agreement will show as incomplete until the client has shown they understand the limits.
          </Alert>
        ) : null}
        <Group grow align="flex-start">
          <TextInput label="Session date" type="date" required {...form.getInputProps('sessionDate')} />
          <NumberInput label="Length (minutes)" min={1} max={600} {...form.getInputProps('durationMinutes')} />
          <Select label="Mode" data={[{ value: 'in-person', label: 'In person' }, { value: 'phone', label: 'Phone' }, { value: 'video', label: 'Video' }, { value: 'chat', label: 'Chat' }, { value: 'email', label: 'Email' }, { value: 'other', label: 'Other' }]} {...form.getInputProps('mode')} />
        </Group>
        <Textarea label="Session note" required autosize minRows={4} maxRows={14} {...form.getInputProps('text')} />
        <Group grow align="flex-start">
          <Textarea label="Goals (one per line, optional)" autosize minRows={2} {...form.getInputProps('goals')} />
          <Textarea label="Actions (one per line, optional)" autosize minRows={2} {...form.getInputProps('actions')} />
        </Group>
        {thirdParties.length ? (
          <MultiSelect label="People mentioned (third parties)" description="Their names are redacted wherever a note leaves your own view." data={thirdParties.map((t) => ({ value: t.id, label: `${t.name} (${t.relationship})` }))} {...form.getInputProps('thirdPartyIds')} />
        ) : null}
        <Checkbox label="Private process note" description="Your own reflections: never included in exports to third parties or shared views." {...form.getInputProps('private', { type: 'checkbox' })} />
        <Actions onCancel={onDone} submitting={form.submitting} label="Save session note" />
      </Stack>
    </form>
  );
}

// --- Third party.
export function ThirdPartyForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const refresh = useRefresh(clientId);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', relationship: 'colleague' },
    validateInputOnChange: true,
    validate: { name: (v) => (v.trim().length >= 2 ? null : 'Give the name as the client uses it (stored encrypted, shown only to you).') },
  });
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      await caseApi.addThirdParty(clientId, v);
      await refresh();
      onDone();
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Add a third party">
      <Stack gap="md">
        <FormError message={problem} />
        <TextInput label="Name" required autoComplete="off" {...form.getInputProps('name')} />
        <Select label="Relationship to the client" data={[{ value: 'colleague', label: 'Colleague' }, { value: 'family', label: 'Family' }, { value: 'friend', label: 'Friend' }, { value: 'other', label: 'Other' }]} {...form.getInputProps('relationship')} />
        <Actions onCancel={onDone} submitting={form.submitting} label="Add person" />
      </Stack>
    </form>
  );
}

// --- Consent.
export function ConsentForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const refresh = useRefresh(clientId);
  const directory = useDirectory();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { categories: [] as string[], recipientKind: 'directory', directoryId: '', name: '', purpose: '', method: 'written', givenAt: today(), expiresAt: '', risksExplained: false },
    validateInputOnChange: true,
    validate: {
      categories: (v) => (v.length ? null : 'Choose what information the client agrees to share.'),
      directoryId: (v, all) => (all.recipientKind === 'directory' && !v ? 'Choose who it may be shared with.' : null),
      name: (v, all) => (all.recipientKind === 'named' && v.trim().length < 2 ? 'Name the person or organisation.' : null),
      purpose: (v) => (v.trim().length >= 5 ? null : 'Say what the information will be used for (C1).'),
      givenAt: notFuture('consent was given'),
      expiresAt: (v, all) => (v && v <= all.givenAt ? 'Consent must expire after it was given.' : null),
      risksExplained: (v) => (v ? null : 'Consent is informed only when the client was told the risks and benefits of sharing (C1).'),
    },
  });
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      await caseApi.giveConsent(clientId, {
        categories: v.categories,
        recipient: v.recipientKind === 'directory' ? { kind: 'directory', directoryId: v.directoryId } : { kind: 'named', name: v.name },
        purpose: v.purpose,
        method: v.method,
        givenAt: v.givenAt,
        ...(v.expiresAt ? { expiresAt: v.expiresAt } : {}),
        risksExplained: v.risksExplained,
      });
      await refresh();
      onDone();
    } catch (err) {
      setProblem(applyServerErrors(form, err, { 'recipient.directoryId': 'directoryId', 'recipient.name': 'name' }));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Record consent">
      <Stack gap="md">
        <FormError message={problem} />
        <MultiSelect label="Information the client agrees to share" required data={Object.entries(CATEGORY_LABELS).map(([value, label]) => ({ value, label }))} {...form.getInputProps('categories')} />
        <Radio.Group label="Shared with" {...form.getInputProps('recipientKind')}>
          <Group mt={4}>
            <Radio value="directory" label="A service in the directory" />
            <Radio value="named" label="A named person or organisation" />
          </Group>
        </Radio.Group>
        {form.values.recipientKind === 'directory' ? (
          <Select label="Service" required searchable data={(directory.data ?? []).map((d) => ({ value: d.id, label: d.name }))} {...form.getInputProps('directoryId')} />
        ) : (
          <TextInput label="Person or organisation" required {...form.getInputProps('name')} />
        )}
        <Textarea label="Purpose" required autosize minRows={2} {...form.getInputProps('purpose')} />
        <Group grow align="flex-start">
          <Select label="How consent was given" data={[{ value: 'written', label: 'Written' }, { value: 'verbal', label: 'Verbal' }, { value: 'electronic', label: 'Electronic' }]} {...form.getInputProps('method')} />
          <TextInput label="Given on" type="date" required {...form.getInputProps('givenAt')} />
          <TextInput label="Expires on (recommended)" type="date" {...form.getInputProps('expiresAt')} />
        </Group>
        <Checkbox label="The client was told the risks and benefits of sharing" {...form.getInputProps('risksExplained', { type: 'checkbox' })} />
        <Actions onCancel={onDone} submitting={form.submitting} label="Record consent" />
      </Stack>
    </form>
  );
}

export function WithdrawConsentForm({ clientId, consent, onDone }: { clientId: string; consent: Consent; onDone: () => void }) {
  const refresh = useRefresh(clientId);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({ mode: 'controlled', initialValues: { withdrawnAt: today(), note: '' }, validateInputOnChange: true, validate: { withdrawnAt: notFuture('consent was withdrawn') } });
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      await caseApi.withdrawConsent(clientId, consent.id, { withdrawnAt: v.withdrawnAt === today() ? undefined : v.withdrawnAt, note: v.note || null });
      await refresh();
      onDone();
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Withdraw consent">
      <Stack gap="md">
        <FormError message={problem} />
        <Text>From now on this consent authorises nothing. Its history is kept.</Text>
        <TextInput label="Withdrawn on" type="date" required {...form.getInputProps('withdrawnAt')} />
        <Textarea label="Note (optional)" autosize minRows={2} {...form.getInputProps('note')} />
        <Actions onCancel={onDone} submitting={form.submitting} label="Withdraw consent" />
      </Stack>
    </form>
  );
}

// --- Referral.
export function ReferralForm({ clientId, engagements, consents, onDone }: { clientId: string; engagements: Engagement[]; consents: Consent[]; onDone: () => void }) {
  const refresh = useRefresh(clientId);
  const directory = useDirectory();
  const active = consents.filter((c) => c.status === 'active');
  const open = engagements.filter((e) => e.status === 'open');
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { kind: 'referral', directoryId: '', reason: '', consentId: '', organisationInterest: false, alternativesOffered: '', outcome: '', engagementId: open[0]?.id ?? '' },
    validateInputOnChange: true,
    validate: {
      directoryId: (v) => (v ? null : 'Choose the service from the directory.'),
      reason: (v) => (v.trim().length >= 5 ? null : 'Say why you are referring or signposting the client.'),
      consentId: (v, all) => (all.kind === 'referral' && !v ? 'A referral passes information on: choose the consent that covers it (C1).' : null),
      alternativesOffered: (v, all) => (all.organisationInterest && v.trim().length < 5 ? 'Record the alternatives the client was offered (I1).' : null),
    },
  });
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      await caseApi.refer(clientId, {
        kind: v.kind,
        directoryId: v.directoryId,
        reason: v.reason,
        consentId: v.consentId || null,
        engagementId: v.engagementId || null,
        organisationInterest: v.organisationInterest,
        alternativesOffered: v.alternativesOffered || null,
        outcome: v.outcome || null,
      });
      await refresh();
      onDone();
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Refer or signpost">
      <Stack gap="md">
        <FormError message={problem} />
        <Radio.Group label="Kind" {...form.getInputProps('kind')}>
          <Group mt={4}>
            <Radio value="referral" label="Referral (information passed on)" />
            <Radio value="signposting" label="Signposting (client contacts them)" />
          </Group>
        </Radio.Group>
        <Select label="To" required searchable data={(directory.data ?? []).map((d) => ({ value: d.id, label: d.name }))} {...form.getInputProps('directoryId')} />
        <Textarea label="Why" required autosize minRows={2} {...form.getInputProps('reason')} />
        {form.values.kind === 'referral' ? (
          <Select label="Consent that covers it" required data={active.map((c) => ({ value: c.id, label: `${c.recipient.name}: ${c.categories.map((x) => CATEGORY_LABELS[x] ?? x).join(', ')}` }))} nothingFoundMessage="No active consent: record consent first" {...form.getInputProps('consentId')} />
        ) : null}
        <Checkbox
          label="Our organisation has an interest in this service (for example, our own training course)"
          description="Impartiality (I1): the client should choose freely, so you record the alternatives you offered."
          {...form.getInputProps('organisationInterest', { type: 'checkbox' })}
        />
        {form.values.organisationInterest ? <Textarea label="Alternatives offered to the client" required autosize minRows={2} {...form.getInputProps('alternativesOffered')} /> : null}
        <TextInput label="Outcome (optional)" description="Often not known yet: you can record outcomes later from the referral." {...form.getInputProps('outcome')} />
        <Actions onCancel={onDone} submitting={form.submitting} label="Save referral" />
      </Stack>
    </form>
  );
}

// --- Editing a note: starts from the version shown; if someone saved in between, the server answers 409. The text
// typed here stays in the editor, the newer version is shown beside it with what differs, and the practitioner
// chooses: save their text on top of the newer version (both stay in the history) or cancel. Nothing is lost.
export function EditNoteForm({ clientId, note, onDone }: { clientId: string; note: SessionNote; onDone: () => void }) {
  const refresh = useRefresh(clientId);
  const [problem, setProblem] = useState<string | null>(null);
  const [base, setBase] = useState(note.version);
  const [newer, setNewer] = useState<NoteVersion | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { text: note.text },
    validateInputOnChange: true,
    validate: { text: (v) => (v.trim() ? null : 'Write the note before saving.') },
  });
  useUnsavedClientText(form.isDirty());
  const save = async (text: string, version: number) => {
    setProblem(null);
    try {
      await caseApi.editNote(clientId, note.id, { text, version });
      await refresh();
      onDone();
    } catch (err) {
      setProblem(applyServerErrors(form, err));
      if (err instanceof ApiError && err.status === 409) {
        // Show what the other person saved (the newest version), if it is newer than the one edited here.
        const latest = await caseApi.noteVersions(clientId, note.id).then((vs) => vs[0] ?? null).catch(() => null);
        if (latest && latest.version > version) {
          setNewer(latest);
          setProblem(`${latest.authorName ?? 'Someone'} saved version ${latest.version} while you were editing. Your changes were not saved and nothing was overwritten: your text is still here. Compare it with their version below, then save yours on top of it or cancel.`);
        }
      }
    }
  };
  const submit = form.onSubmit((v) => save(v.text, base));
  const differences = useMemo(() => (newer ? diffWords(newer.text, form.values.text) : []), [newer, form.values.text]);
  return (
    <form onSubmit={submit} noValidate aria-label="Edit the note">
      <Stack gap="md">
        <FormError message={problem} title="Not saved" />
        <Text size="sm" c="dimmed">
          Editing version {base}. Every saved version is kept.
        </Text>
        <Textarea label="Note text" required autosize minRows={4} maxRows={14} {...form.getInputProps('text')} />
        {newer ? (
          <Paper withBorder p="sm" radius="sm" data-testid="newer-version" aria-labelledby="newer-heading">
            <Text fw={600} size="sm" id="newer-heading">
              The newer version {newer.version}, saved by {newer.authorName ?? 'someone'} at {formatDateTime(newer.createdAt)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mt={4}>
              {newer.text}
            </Text>
            <Text size="sm" fw={500} mt="sm">
              Your text compared with it ({diffSummary(differences)}):
            </Text>
            <DiffText parts={differences} />
            <Group mt="sm" gap="xs">
              <Button
                variant="light"
                onClick={() => {
                  setBase(newer.version);
                  setNewer(null);
                  void save(form.values.text, newer.version);
                }}
              >
                Save my text as version {newer.version + 1}
              </Button>
              <Text size="xs" c="dimmed">
                Version {newer.version} stays in the note’s history.
              </Text>
            </Group>
          </Paper>
        ) : null}
        <Actions onCancel={onDone} submitting={form.submitting} label="Save changes" />
      </Stack>
    </form>
  );
}

/** A diff shown inline: removed words struck through, added words underlined (with words for screen readers). */
export function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} component="div" data-testid="diff">
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'added' ? (
          <ins key={i} style={{ background: '#d3f9d8', color: '#0b3d16', textDecoration: 'underline' }}>
            <span style={hidden}>[added: </span>
            {p.text}
            <span style={hidden}>]</span>
          </ins>
        ) : (
          <del key={i} style={{ background: '#ffe3e3', color: '#6b0f0f' }}>
            <span style={hidden}>[removed: </span>
            {p.text}
            <span style={hidden}>]</span>
          </del>
        ),
      )}
    </Text>
  );
}
const hidden: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

// --- Conflict of interest (I3).
export function ConflictForm({ clientId, engagements, onDone }: { clientId: string; engagements: Engagement[]; onDone: () => void }) {
  const refresh = useRefresh(clientId);
  const [problem, setProblem] = useState<string | null>(null);
  const open = engagements.filter((e) => e.status === 'open');
  const form = useForm({
    mode: 'controlled',
    initialValues: { engagementId: open[0]?.id ?? 'none', description: '', action: '', declaredAt: today() },
    validateInputOnChange: true,
    validate: {
      description: (v) => (v.trim().length >= 5 ? null : 'Describe the conflict of interest (for example: the client’s manager is a friend of mine).'),
      action: (v) => (v.trim().length >= 5 ? null : 'Say what was done about it (for example: told the client, offered another practitioner).'),
      declaredAt: notFuture('the conflict was declared'),
    },
  });
  useUnsavedClientText(form.values.description.trim() !== '' || form.values.action.trim() !== '');
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      await caseApi.declareConflict(clientId, { engagementId: v.engagementId === 'none' ? null : v.engagementId, description: v.description, action: v.action, declaredAt: v.declaredAt === today() ? undefined : v.declaredAt });
      await refresh();
      onDone();
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Declare a conflict of interest">
      <Stack gap="md">
        <FormError message={problem} />
        <Text size="sm">
          Declare anything that could affect, or look as if it affects, your impartiality with this client (I3). The client should know, and be offered another practitioner where it matters.
        </Text>
        <Select
          label="Engagement"
          data={[{ value: 'none', label: 'Not tied to one engagement' }, ...engagements.map((e) => ({ value: e.id, label: `${e.service} (opened ${formatDate(e.openedAt)}${e.status === 'open' ? '' : ', ended'})` }))]}
          allowDeselect={false}
          {...form.getInputProps('engagementId')}
        />
        <Textarea label="The conflict of interest" required autosize minRows={2} {...form.getInputProps('description')} />
        <Textarea label="What was done about it" required autosize minRows={2} {...form.getInputProps('action')} />
        <TextInput label="Declared on" type="date" required {...form.getInputProps('declaredAt')} />
        <Actions onCancel={onDone} submitting={form.submitting} label="Declare" />
      </Stack>
    </form>
  );
}

// --- A later outcome of a referral: added to its history, the earlier outcomes are kept.
export function OutcomeForm({ clientId, referral, onDone }: { clientId: string; referral: Referral; onDone: () => void }) {
  const refresh = useRefresh(clientId);
  const [problem, setProblem] = useState<string | null>(null);
  const made = referral.createdAt.slice(0, 10);
  const form = useForm({
    mode: 'controlled',
    initialValues: { outcome: '', at: today() },
    validateInputOnChange: true,
    validate: {
      outcome: (v) => (v.trim().length >= 3 ? null : 'Say what happened (for example: accepted onto the waiting list).'),
      at: (v) => notFuture('of the outcome')(v) ?? (v < made ? 'The outcome cannot be dated before the referral was made.' : null),
    },
  });
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      await caseApi.recordOutcome(clientId, referral.id, { outcome: v.outcome, ...(v.at === today() ? {} : { at: v.at }) });
      await refresh();
      onDone();
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Record an outcome">
      <Stack gap="md">
        <FormError message={problem} />
        <Text size="sm">
          {referral.kind === 'referral' ? 'Referral' : 'Signposting'} to {referral.recipientName}, made {formatDate(referral.createdAt)}.
          {referral.outcome ? ` Latest outcome: ${referral.outcome}. ` : ' '}
          The new outcome is added to its history; earlier outcomes are kept.
        </Text>
        <Textarea label="Outcome" required autosize minRows={2} {...form.getInputProps('outcome')} />
        <TextInput label="Date of the outcome" type="date" required {...form.getInputProps('at')} />
        <Actions onCancel={onDone} submitting={form.submitting} label="Save outcome" />
      </Stack>
    </form>
  );
}
