// Writing an organisation scenario: narrative, facts, the expected outcome and teaching notes. The engine
// checks it on save; if it disagrees, the author sees both answers and must fix or confirm.
import { useRef, useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { RequireRole } from '../../../components/require-role';
import { FormError } from '../../../components/form-error';
import { ApiError, errorMessage } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import {
  checkScenario, CONCERNS, CONSENTS, createScenario, DIFFICULTIES, IMMINENCES, label, PROFESSIONS, PROFESSION_LABELS, REQUESTERS, SEVERITIES, useAuthored, VERDICT_LABELS, VERDICTS,
  type EngineAnswer, type Verdict,
} from '../api/training';
import { EngineAnswerPanel } from '../components/engine-answer';
import { ExerciseForm } from '../components/exercise-form';

export default function AuthorPage() {
  return (
    <RequireRole roles={['admin', 'supervisor']}>
      <Author />
    </RequireRole>
  );
}

const FLAGS = [
  ['clientIsChild', 'The client is a child'],
  ['adultAtRisk', 'The client is an adult at risk'],
  ['identifiableVictim', 'Someone identifiable is at risk'],
  ['conflictOfInterest', 'There is a conflict of interest'],
] as const;

function Author() {
  const qc = useQueryClient();
  const [title, setTitle] = useState('');
  const [narrative, setNarrative] = useState('');
  const [notes, setNotes] = useState('');
  const [difficulty, setDifficulty] = useState<string | null>('foundation');
  const [facts, setFacts] = useState<Record<string, string | null>>({ jurisdiction: 'GB-ENG', profession: 'iag', concern: null, imminence: null, severity: null, clientConsent: null, requester: null });
  const [flags, setFlags] = useState<string[]>([]);
  const [limits, setLimits] = useState(true);
  const [outsideCompetence, setOutsideCompetence] = useState(false);
  const [verdict, setVerdict] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [disagreement, setDisagreement] = useState<{ engine: EngineAnswer; messages: string[] } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const verdictRef = useRef<HTMLInputElement>(null);

  function body(confirm: boolean) {
    const f: Record<string, unknown> = { limitsExplained: limits };
    for (const [k, v] of Object.entries(facts)) if (v) f[k] = v;
    for (const k of flags) f[k] = true;
    if (outsideCompetence) f.withinCompetence = false;
    return { title, narrative, facts: f, expected: { verdict }, notes, difficulty, ...(confirm ? { confirmDisagreement: true } : {}) };
  }

  async function save(confirm: boolean) {
    setBusy(true);
    setFormError(null);
    setErrors({});
    try {
      const r = await createScenario(body(confirm));
      setSaved(r.disagrees ? `Saved "${r.title}", with the disagreement confirmed for review.` : `Saved "${r.title}": the engine agrees.`);
      setDisagreement(null);
      setTitle('');
      setNarrative('');
      setNotes('');
      setVerdict(null);
      void qc.invalidateQueries({ queryKey: ['training'] });
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        const check = await checkScenario(body(false)).catch(() => null);
        if (check) setDisagreement({ engine: check.engine, messages: Object.values(err.fieldErrors) });
        else setFormError(errorMessage(err));
      } else if (err instanceof ApiError && Object.keys(err.fieldErrors).length) {
        setErrors(err.fieldErrors);
        setFormError(err.detail ?? 'Some fields need attention.');
      } else setFormError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const missing: Record<string, string> = {};
    if (title.trim().length < 3) missing.title = 'Give a title of at least 3 characters.';
    if (narrative.trim().length < 40) missing.narrative = 'Write a narrative of at least 40 characters.';
    if (notes.trim().length < 20) missing.notes = 'Write teaching notes of at least 20 characters.';
    if (!verdict) missing['expected.verdict'] = 'Choose the outcome you expect.';
    if (Object.keys(missing).length) {
      setErrors(missing);
      return;
    }
    void save(false);
  }

  const sel = (k: string, lbl: string, values: readonly string[], required = true) => (
    <Select
      label={lbl}
      withAsterisk={required}
      clearable={!required}
      value={facts[k] ?? null}
      onChange={(v) => {
        setFacts((f) => ({ ...f, [k]: v }));
        setDisagreement(null);
      }}
      data={values.map((v) => ({ value: v, label: k === 'profession' ? (PROFESSION_LABELS[v] ?? v) : label(v) }))}
      error={errors[`facts.${k}`]}
    />
  );

  return (
    <Page title="Write a scenario" heading="Write a scenario" intro="Write a teaching case from practice, or an &quot;Ethical or unethical?&quot; exercise further down. Use invented people only. The decision engine checks a scenario's expected outcome when you save.">
      {saved ? (
        <Alert color="green" variant="light" role="status" title="Saved">
          {saved}
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate aria-label="Write a scenario">
        <Stack gap="md" maw={900}>
          <FormError message={formError} />
          <TextInput label="Title" withAsterisk value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} maxLength={160} />
          <Textarea label="Narrative" description="What the learner reads. Invented people only." withAsterisk value={narrative} onChange={(e) => setNarrative(e.currentTarget.value)} error={errors.narrative} autosize minRows={3} maxLength={4000} />
          <Title order={2} size="h4">
            The facts
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label="Jurisdiction" description="ISO 3166, e.g. GB-ENG, US-CA, AU-NSW" withAsterisk value={facts.jurisdiction ?? ''} onChange={(e) => setFacts((f) => ({ ...f, jurisdiction: e.currentTarget.value }))} error={errors['facts.jurisdiction']} />
            {sel('profession', 'Profession', PROFESSIONS)}
            {sel('concern', 'Concern', CONCERNS)}
            {sel('imminence', 'How close is the harm?', IMMINENCES)}
            {sel('severity', 'How serious is the harm?', SEVERITIES)}
            {sel('clientConsent', "The client's consent", CONSENTS)}
            {sel('requester', 'Who is asking (if anyone)', REQUESTERS, false)}
          </SimpleGrid>
          <Checkbox label="The limits of confidentiality were explained at the start" checked={limits} onChange={(e) => setLimits(e.currentTarget.checked)} />
          <Checkbox.Group label="Other facts" value={flags} onChange={setFlags}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6} spacing={6}>
              {FLAGS.map(([k, l]) => (
                <Checkbox key={k} value={k} label={l} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Checkbox label="This is outside the practitioner's competence" checked={outsideCompetence} onChange={(e) => setOutsideCompetence(e.currentTarget.checked)} />
          {errors.facts ? <Text c="red">{errors.facts}</Text> : null}
          <Title order={2} size="h4">
            Expected outcome and teaching
          </Title>
          <Select
            ref={verdictRef}
            label="The expected response"
            withAsterisk
            value={verdict}
            onChange={(v) => {
              setVerdict(v);
              setDisagreement(null);
            }}
            data={VERDICTS.map((v) => ({ value: v, label: VERDICT_LABELS[v] }))}
            error={errors['expected.verdict']}
          />
          <Select label="Difficulty" withAsterisk value={difficulty} onChange={setDifficulty} data={DIFFICULTIES.map((d) => ({ value: d, label: label(d) }))} />
          <Textarea label="Teaching notes" description="Shown to learners after they answer." withAsterisk value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.notes} autosize minRows={3} maxLength={4000} />
          {!disagreement ? (
            <Group>
              <Button type="submit" loading={busy}>
                Check and save
              </Button>
            </Group>
          ) : null}
        </Stack>
      </form>
      {disagreement ? (
        <Stack gap="md" data-testid="disagreement">
          <Alert color="orange" variant="light" role="alert" title="The decision engine disagrees with your expected outcome">
            <Stack gap={4}>
              {disagreement.messages.map((m) => (
                <Text key={m}>{m}</Text>
              ))}
              <Text>Review both answers. Fix the scenario (facts or expected outcome), or confirm the disagreement: it is then saved and listed for review.</Text>
            </Stack>
          </Alert>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="author-expected-heading">
              <Title order={2} size="h4" id="author-expected-heading" mb="xs">
                Your expected outcome
              </Title>
              <Text fw={650}>{verdict ? VERDICT_LABELS[verdict as Verdict] : '—'}</Text>
            </Paper>
            <EngineAnswerPanel engine={disagreement.engine} headingId="author-engine-heading" />
          </SimpleGrid>
          <Group>
            <Button onClick={() => void save(true)} loading={busy}>
              Confirm the disagreement and save
            </Button>
            <Button
              variant="default"
              onClick={() => {
                setDisagreement(null);
                setTimeout(() => verdictRef.current?.focus(), 0);
              }}
            >
              Fix the scenario
            </Button>
          </Group>
        </Stack>
      ) : null}
      <Authored />
      <ExerciseForm />
    </Page>
  );
}

function Authored() {
  const list = useAuthored();
  return (
    <section aria-labelledby="authored-heading">
      <Title order={2} size="h3" id="authored-heading" mb="sm">
        Your organisation's scenarios
      </Title>
      <QueryState query={list} label="your scenarios">
        {(rows) =>
          rows.length === 0 ? (
            <Text>None yet.</Text>
          ) : (
            <div className="table-wrap">
              <Table striped verticalSpacing="xs" data-testid="authored-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Title</Table.Th>
                    <Table.Th scope="col">Expected</Table.Th>
                    <Table.Th scope="col">Engine</Table.Th>
                    <Table.Th scope="col">Saved</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        {r.title}{' '}
                        {r.disagrees ? (
                          <Badge color="orange" variant="light">
                            Disagreement to review
                          </Badge>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{VERDICT_LABELS[r.expected.verdict]}</Table.Td>
                      <Table.Td>{VERDICT_LABELS[r.engine.verdict]}</Table.Td>
                      <Table.Td>{formatDate(r.createdAt)}</Table.Td>
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
