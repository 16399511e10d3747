// "What would you do?": read the narrative, choose the response, whether the client is told first, whether
// approval is needed, who is told and the minimum to share; then see the engine's answer beside your own.
import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Checkbox, Group, Paper, Radio, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { FormError } from '../../../components/form-error';
import { ApiError, errorMessage } from '../../../lib/api';
import { label, RECIPIENTS, submitAnswer, useScenario, VERDICT_LABELS, VERDICTS, type AnswerResult, type ScenarioView, type Verdict } from '../api/training';
import { EngineAnswerPanel } from '../components/engine-answer';
import { TagBadges } from '../components/tags';

export default function ScenarioPage() {
  const { id = '' } = useParams();
  const scenario = useScenario(id);
  return (
    <QueryState query={scenario} label="the scenario">
      {(s) => <Scenario s={s} />}
    </QueryState>
  );
}

function Scenario({ s }: { s: ScenarioView }) {
  const [params] = useSearchParams();
  const assignmentId = params.get('assignment') ?? undefined;
  const qc = useQueryClient();
  const [verdict, setVerdict] = useState<string>('');
  const [informFirst, setInformFirst] = useState<string>('');
  const [approval, setApproval] = useState<string>('');
  const [recipients, setRecipients] = useState<string[]>([]);
  const [minimum, setMinimum] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Extract<AnswerResult, { kind: 'scenario' }> | null>(null);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!verdict) missing.verdict = 'Choose what you would do.';
    if (!informFirst) missing.informClientFirst = 'Say whether you would tell the client first.';
    if (!approval) missing.approvalRequired = 'Say whether someone must approve.';
    setErrors(missing);
    if (Object.keys(missing).length) return;
    setBusy(true);
    setFormError(null);
    try {
      const r = await submitAnswer({ kind: 'scenario', id: s.id, assignmentId, answer: { verdict, informClientFirst: informFirst === 'yes', approvalRequired: approval === 'yes', recipients, minimumNecessary: minimum } });
      if (r.kind === 'scenario') setResult(r);
      void qc.invalidateQueries({ queryKey: ['training'] });
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors).length) setErrors(Object.fromEntries(Object.entries(err.fieldErrors).map(([k, v]) => [k.replace(/^answer\./, ''), v])));
      setFormError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title="What would you do?" heading={s.title} intro="What would you do? Read the situation, decide, then compare your answer with the decision engine's.">
      <TagBadges tags={s.tags} />
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="narrative-heading">
        <Title order={2} size="h4" id="narrative-heading" mb="xs">
          The situation
        </Title>
        <Text data-testid="narrative">{s.narrative}</Text>
      </Paper>
      {!result ? (
        <form onSubmit={onSubmit} noValidate aria-labelledby="answer-heading">
          <Stack gap="md" maw={760}>
            <Title order={2} size="h4" id="answer-heading">
              Your answer
            </Title>
            <FormError message={formError} />
            <Radio.Group label="What would you do?" value={verdict} onChange={setVerdict} error={errors.verdict} withAsterisk>
              <Stack gap={6} mt={6}>
                {VERDICTS.map((v) => (
                  <Radio key={v} value={v} label={VERDICT_LABELS[v]} />
                ))}
              </Stack>
            </Radio.Group>
            <Radio.Group label="Would you tell the client first?" value={informFirst} onChange={setInformFirst} error={errors.informClientFirst} withAsterisk>
              <Group gap="lg" mt={6}>
                <Radio value="yes" label="Yes, tell them first" />
                <Radio value="no" label="No, not first" />
              </Group>
            </Radio.Group>
            <Radio.Group label="Must someone approve before you act?" value={approval} onChange={setApproval} error={errors.approvalRequired} withAsterisk>
              <Group gap="lg" mt={6}>
                <Radio value="yes" label="Yes, approval is needed" />
                <Radio value="no" label="No approval needed" />
              </Group>
            </Radio.Group>
            <Checkbox.Group label="Who would you tell? (none, if you would tell nobody)" value={recipients} onChange={setRecipients}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6} spacing={6}>
                {RECIPIENTS.map((r) => (
                  <Checkbox key={r} value={r} label={label(r)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <Textarea label="What is the minimum you would share?" description="In general terms; this is a teaching case." value={minimum} onChange={(e) => setMinimum(e.currentTarget.value)} maxLength={1000} autosize minRows={2} />
            <Group>
              <Button type="submit" loading={busy}>
                Submit my answer
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <ScenarioResult result={result} assignmentId={assignmentId} />
      )}
    </Page>
  );
}

function ScenarioResult({ result, assignmentId }: { result: Extract<AnswerResult, { kind: 'scenario' }>; assignmentId?: string }) {
  const y = result.yours;
  return (
    <Stack gap="md">
      <Alert color={result.correct ? 'green' : 'orange'} variant="light" role="status" title={result.correct ? 'Your response matches the engine' : 'Your response differs from the engine'} data-testid="scenario-score">
        Score {result.score} out of 100. {result.recorded ? 'Recorded in your assignment.' : 'Practice: not recorded.'}
        {result.assignmentCompleted ? ' You have completed the assignment: your certificate is ready on your progress page.' : ''}
      </Alert>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="yours-heading">
          <Stack gap="xs">
            <Title order={2} size="h4" id="yours-heading">
              Your answer
            </Title>
            <Text fw={650}>{VERDICT_LABELS[y.verdict as Verdict]}</Text>
            <Text size="sm">Tell the client first: {y.informClientFirst ? 'yes' : 'no'} {result.parts.informClientFirst ? '(matches)' : '(differs)'}</Text>
            <Text size="sm">Approval needed: {y.approvalRequired ? 'yes' : 'no'} {result.parts.approvalRequired ? '(matches)' : '(differs)'}</Text>
            <Text size="sm">Who is told: {y.recipients.length ? y.recipients.map(label).join(', ') : 'nobody'}</Text>
            <Text size="sm">Minimum to share: {y.minimumNecessary || '—'}</Text>
          </Stack>
        </Paper>
        <EngineAnswerPanel engine={result.engine} headingId="engine-heading" />
      </SimpleGrid>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="notes-heading">
        <Title order={2} size="h4" id="notes-heading" mb="xs">
          Teaching notes
        </Title>
        <Text>{result.notes}</Text>
      </Paper>
      <Group>
        {assignmentId ? (
          <Anchor component={Link} to={`/training/assignments/${encodeURIComponent(assignmentId)}`}>
            Back to the assignment
          </Anchor>
        ) : null}
        <Anchor component={Link} to="/training">
          Back to the library
        </Anchor>
      </Group>
    </Stack>
  );
}
