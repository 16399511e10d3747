// "Raise a concern" (issue 7 item 2, T1–T3): plain questions that make up the facts the decision engine needs,
// the limits-of-confidentiality answer prefilled from the agreement record (and where it came from), the
// engine's verdict with its rationale, steps and sources, then the practitioner's choice. A colleague concern
// separates conflict from harassment or misconduct, shows the options to explore, and never names the colleague
// in the concern (the name, if given, goes to the encrypted third-party record only).
import { useMemo, useState } from 'react';
import { Alert, Anchor, Button, Checkbox, Group, List, Paper, Radio, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useFullSession, useUnsavedClientText } from '../../../app/session';
import { FormError } from '../../../components/form-error';
import { NotAvailable } from '../../../components/not-available';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { applyServerErrors } from '../../../lib/form-errors';
import { useCaseRecord, type CaseRecord } from '../../case-record/api/case-record';
import {
  AT_RISK_LABELS, CONCERN_LABELS, CONSENT_LABELS, IMMINENCE_LABELS, NATURE_LABELS, PROFESSION_LABELS, REQUESTER_LABELS, SEVERITY_LABELS,
  concernApi, concernKeys, options, professionFor, usePrefill, type Concern, type Prefill,
} from '../api/concerns';
import { ChoiceForm } from '../components/concern-forms';
import { VerdictCard } from '../components/verdict';

/** Whether the text uses any part (3+ letters) of one of the names, as a whole word. The server checks too. */
function namesColleague(text: string, names: string[]): boolean {
  const words = new Set(text.toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean));
  return names.some((n) => n.toLowerCase().split(/\s+/).some((part) => part.length >= 3 && words.has(part)));
}

interface FromNote { noteId?: string; concern?: string; engagementId?: string }

export default function RaiseConcernPage() {
  const { user } = useFullSession();
  const { clientId = '' } = useParams();
  if (!user.roles.includes('practitioner')) return <NotAvailable title="Raise a concern" />;
  return <Raise clientId={clientId} />;
}

function Raise({ clientId }: { clientId: string }) {
  const from = (useLocation().state ?? {}) as FromNote;
  const record = useCaseRecord(clientId);
  const openEngagement = record.data?.engagements.find((e) => e.id === from.engagementId) ?? record.data?.engagements.find((e) => e.status === 'open') ?? null;
  const prefill = usePrefill(clientId, record.data ? (openEngagement?.id ?? null) : null);
  const [raised, setRaised] = useState<Concern | null>(null);
  return (
    <Page title="Raise a concern" heading="Raise a concern" intro="Answer in plain terms. The policy engine advises; you decide, and your choice is recorded.">
      {raised ? (
        <Raised concern={raised} />
      ) : (
        <QueryState query={record} label="the case record">
          {(r) => (
            <QueryState query={prefill} label="what the record already says">
              {(p) => <RaiseForm clientId={clientId} record={r} prefill={p} from={from} service={openEngagement?.service} onRaised={setRaised} />}
            </QueryState>
          )}
        </QueryState>
      )}
    </Page>
  );
}

function Raised({ concern }: { concern: Concern }) {
  const navigate = useNavigate();
  const detail = `/clients/${encodeURIComponent(concern.clientId)}/concerns/${encodeURIComponent(concern.id)}`;
  return (
    <Stack gap="lg">
      <Alert color="green" variant="light" role="status" title="Concern recorded">
        The facts, the policy version and the verdict are kept with the client’s record. Nothing has been shared with anyone.
      </Alert>
      <VerdictCard result={concern.engineResult} policyVersion={concern.policyVersion} />
      {concern.colleagueOptions.length ? <ColleagueOptions concern={concern} /> : null}
      <Paper withBorder p="lg" radius="md">
        <ChoiceForm concern={concern} onDone={() => navigate(detail, { replace: true })} />
      </Paper>
    </Stack>
  );
}

export function ColleagueOptions({ concern }: { concern: Concern }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="options-heading">
      <Title order={2} size="h3" id="options-heading" mb="xs">
        Options to explore with the client
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        It is the client’s choice. Do not contact the colleague yourself.
      </Text>
      <List spacing="xs">
        {concern.colleagueOptions.map((o) => (
          <List.Item key={o.id}>
            <Text span fw={600}>
              {o.title}:
            </Text>{' '}
            {o.text}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

function RaiseForm({ clientId, record, prefill, from, service, onRaised }: { clientId: string; record: CaseRecord; prefill: Prefill; from: FromNote; service: string | undefined; onRaised: (c: Concern) => void }) {
  const qc = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const colleagues = useMemo(() => record.thirdParties.filter((t) => t.relationship === 'colleague'), [record.thirdParties]);
  const fromConcern = from.concern && from.concern in CONCERN_LABELS ? from.concern : '';
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      kind: 'general',
      concern: fromConcern,
      colleagueNature: '',
      colleagueThirdPartyId: '',
      colleagueName: '',
      atRisk: fromConcern === 'risk-to-self' ? 'the-client' : '',
      imminence: '',
      severity: '',
      clientConsent: '',
      limitsExplained: prefill.limitsExplained === null ? '' : prefill.limitsExplained ? 'yes' : 'no',
      requester: '',
      identifiableVictim: false,
      clientIsChild: false,
      profession: professionFor(service),
      jurisdiction: prefill.jurisdiction ?? '',
      summary: '',
    },
    validateInputOnChange: true,
    validate: {
      concern: (v, a) => (a.kind === 'general' && !v ? 'Say what the concern is about.' : null),
      colleagueNature: (v, a) => (a.kind === 'colleague' && !v ? 'Is it a conflict, harassment, or misconduct? Choose the one that fits best.' : null),
      atRisk: (v) => (v ? null : 'Who may be at risk? Choose one (or “no one”).'),
      imminence: (v) => (v ? null : 'How soon could harm happen? Choose “I don’t know” if unsure.'),
      severity: (v) => (v ? null : 'How serious could it be? Choose “I don’t know” if unsure.'),
      clientConsent: (v) => (v ? null : 'Has the client agreed to information being shared?'),
      limitsExplained: (v) => (v ? null : 'Were the limits of confidentiality explained? Answer yes or no.'),
      jurisdiction: (v) => (/^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/.test(v.trim()) ? null : 'Where is the client? A code such as GB-ENG, US-CA or AU-NSW.'),
      summary: (v, a) => {
        if (v.trim().length < 10) return 'Say briefly what was said or happened (at least a sentence).';
        if (a.kind !== 'colleague') return null;
        const names = [a.colleagueThirdPartyId === 'new' ? a.colleagueName : '', ...colleagues.map((c) => c.name)];
        return namesColleague(v, names) ? 'The summary names the colleague: write “the colleague” instead. Their name is kept only in the encrypted third-party record.' : null;
      },
    },
  });
  useUnsavedClientText(form.values.summary.trim() !== '');
  const nature = prefill.colleagueNatures.find((n) => n.id === form.values.colleagueNature);
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      const colleague = v.kind === 'colleague';
      const r = await concernApi.raise(clientId, {
        kind: v.kind,
        engagementId: prefill.engagementId,
        noteId: from.noteId ?? null,
        profession: v.profession,
        concern: colleague ? null : v.concern,
        colleagueNature: colleague ? v.colleagueNature : null,
        colleagueThirdPartyId: colleague && v.colleagueThirdPartyId && v.colleagueThirdPartyId !== 'new' ? v.colleagueThirdPartyId : null,
        colleagueName: colleague && v.colleagueThirdPartyId === 'new' && v.colleagueName.trim() ? v.colleagueName.trim() : null,
        atRisk: v.atRisk,
        imminence: v.imminence,
        severity: v.severity,
        clientConsent: v.clientConsent,
        limitsExplained: v.limitsExplained === 'yes',
        requester: v.requester || null,
        identifiableVictim: v.atRisk === 'someone-else' ? v.identifiableVictim : null,
        clientIsChild: v.clientIsChild || null,
        jurisdiction: v.jurisdiction.trim().toUpperCase(),
        summary: v.summary,
      });
      form.resetDirty();
      form.setFieldValue('summary', '');
      qc.setQueryData(concernKeys.one(clientId, r.concern.id), r.concern);
      await qc.invalidateQueries({ queryKey: concernKeys.list(clientId) });
      onRaised(r.concern);
    } catch (err) {
      setProblem(applyServerErrors(form, err, { colleagueThirdPartyId: 'colleagueThirdPartyId' }));
    }
  });
  const limitsFromRecord = prefill.limitsExplained !== null && (form.values.limitsExplained === 'yes') === prefill.limitsExplained;
  return (
    <form onSubmit={submit} noValidate aria-label="Raise a concern">
      <Stack gap="lg">
        <FormError message={problem} />
        <Radio.Group label="What is the concern about?" required {...form.getInputProps('kind')}>
          <Stack gap="xs" mt="xs">
            <Radio value="general" label="The client or someone’s safety, a request for information, or something else" />
            <Radio value="colleague" label="Something the client describes about one of their colleagues at work" />
          </Stack>
        </Radio.Group>
        {form.values.kind === 'general' ? (
          <Select label="What is it about?" placeholder="Choose" data={options(CONCERN_LABELS).filter((o) => o.value !== 'none')} required searchable {...form.getInputProps('concern')} />
        ) : (
          <Stack gap="md">
            <Radio.Group label="Which describes it best?" description="A conflict is a clash between two people; harassment and misconduct are about how the colleague behaves." required {...form.getInputProps('colleagueNature')}>
              <Stack gap="xs" mt="xs">
                {prefill.colleagueNatures.map((n) => (
                  <Radio key={n.id} value={n.id} label={NATURE_LABELS[n.id] ?? n.id} description={n.help} />
                ))}
              </Stack>
            </Radio.Group>
            {nature ? (
              <Alert color="blue" variant="light" title="Options to explore with the client">
                <List size="sm" spacing={4}>
                  {nature.options.map((o) => (
                    <List.Item key={o.id}>
                      <Text span fw={600} size="sm">
                        {o.title}
                      </Text>
                      : {o.text}
                    </List.Item>
                  ))}
                </List>
                <Text size="sm" mt="xs">
                  Do not contact the colleague yourself. The concern never names them.
                </Text>
              </Alert>
            ) : null}
            <Select
              label="The colleague (optional)"
              description="Kept only in the encrypted third-party record, never in the concern."
              placeholder="Not recorded"
              clearable
              data={[...colleagues.map((c) => ({ value: c.id, label: c.name })), { value: 'new', label: 'Someone not yet recorded…' }]}
              {...form.getInputProps('colleagueThirdPartyId')}
            />
            {form.values.colleagueThirdPartyId === 'new' ? <TextInput label="Their name, as the client uses it" description="Stored encrypted as a third party of this client." {...form.getInputProps('colleagueName')} /> : null}
          </Stack>
        )}
        <Radio.Group label="Who may be at risk?" required {...form.getInputProps('atRisk')}>
          <Group gap="md" mt="xs">
            {options(AT_RISK_LABELS).map((o) => (
              <Radio key={o.value} value={o.value} label={o.label} />
            ))}
          </Group>
        </Radio.Group>
        {form.values.atRisk === 'someone-else' ? <Checkbox label="A specific, identifiable person is at risk" {...form.getInputProps('identifiableVictim', { type: 'checkbox' })} /> : null}
        <Group grow align="flex-start">
          <Select label="How soon could harm happen?" data={options(IMMINENCE_LABELS)} required allowDeselect={false} {...form.getInputProps('imminence')} />
          <Select label="How serious could it be?" data={options(SEVERITY_LABELS)} required allowDeselect={false} {...form.getInputProps('severity')} />
        </Group>
        <Select label="Has the client agreed to information being shared?" data={options(CONSENT_LABELS)} required allowDeselect={false} {...form.getInputProps('clientConsent')} />
        <Radio.Group
          label="Were the limits of confidentiality explained to the client at the start?"
          description={limitsFromRecord ? `Prefilled. ${prefill.limitsSource}` : prefill.limitsExplained === null ? prefill.limitsSource : `You changed the prefilled answer. ${prefill.limitsSource}`}
          required
          {...form.getInputProps('limitsExplained')}
        >
          <Group gap="md" mt="xs">
            <Radio value="yes" label="Yes" />
            <Radio value="no" label="No" />
          </Group>
        </Radio.Group>
        <Group grow align="flex-start">
          <Select label="Is someone asking for information?" data={options(REQUESTER_LABELS)} allowDeselect={false} {...form.getInputProps('requester')} />
          <Checkbox mt={30} label="The client is under 18" {...form.getInputProps('clientIsChild', { type: 'checkbox' })} />
        </Group>
        <Group grow align="flex-start">
          <Select label="Your profession" data={options(PROFESSION_LABELS)} allowDeselect={false} required {...form.getInputProps('profession')} />
          <TextInput label="Where the client is" description={prefill.jurisdictionSource} required {...form.getInputProps('jurisdiction')} />
        </Group>
        <Textarea
          label="What was said or happened, briefly"
          description={form.values.kind === 'colleague' ? 'Write “the colleague”: do not use their name here.' : 'In your words; kept encrypted with the client’s record.'}
          required
          autosize
          minRows={3}
          {...form.getInputProps('summary')}
        />
        <Group justify="space-between">
          <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}`}>
            Back to the client
          </Anchor>
          <Button type="submit" loading={form.submitting}>
            See what the policy says
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
