// "Ethical or unethical?": a situation and an adviser's actions; mark each, then see why.
import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Group, List, Paper, Radio, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { FormError } from '../../../components/form-error';
import { errorMessage } from '../../../lib/api';
import { submitAnswer, useExercise, type AnswerResult, type ExerciseView } from '../api/training';
import { TagBadges } from '../components/tags';

export default function ExercisePage() {
  const { id = '' } = useParams();
  const ex = useExercise(id);
  return (
    <QueryState query={ex} label="the exercise">
      {(e) => <Exercise e={e} />}
    </QueryState>
  );
}

function Exercise({ e }: { e: ExerciseView }) {
  const [params] = useSearchParams();
  const assignmentId = params.get('assignment') ?? undefined;
  const qc = useQueryClient();
  const [marks, setMarks] = useState<string[]>(() => e.actions.map(() => ''));
  const [missing, setMissing] = useState<boolean>(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Extract<AnswerResult, { kind: 'exercise' }> | null>(null);

  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    if (marks.some((m) => !m)) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setFormError(null);
    try {
      const r = await submitAnswer({ kind: 'exercise', id: e.id, assignmentId, answer: { marks } });
      if (r.kind === 'exercise') setResult(r);
      void qc.invalidateQueries({ queryKey: ['training'] });
    } catch (err) {
      setFormError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title="Ethical or unethical?" heading={e.title} intro="Ethical or unethical? Mark each of the adviser's actions, then see why.">
      <TagBadges tags={e.tags} />
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="situation-heading">
        <Title order={2} size="h4" id="situation-heading" mb="xs">
          The situation
        </Title>
        <Text>{e.situation}</Text>
      </Paper>
      {!result ? (
        <form onSubmit={onSubmit} noValidate aria-labelledby="marks-heading">
          <Stack gap="md" maw={820}>
            <Title order={2} size="h4" id="marks-heading">
              The adviser's actions
            </Title>
            <FormError message={formError} />
            {e.actions.map((a, i) => (
              <Radio.Group
                key={a}
                label={`${i + 1}. ${a}`}
                value={marks[i]}
                onChange={(v) => setMarks((m) => m.map((x, j) => (j === i ? v : x)))}
                error={missing && !marks[i] ? 'Mark this action.' : undefined}
                withAsterisk
              >
                <Group gap="lg" mt={6}>
                  <Radio value="ethical" label="Ethical" />
                  <Radio value="unethical" label="Unethical" />
                </Group>
              </Radio.Group>
            ))}
            <Group>
              <Button type="submit" loading={busy}>
                Submit my marks
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack gap="md">
          <Alert color={result.correct ? 'green' : 'orange'} variant="light" role="status" title={`You marked ${result.items.filter((i) => i.right).length} of ${result.items.length} correctly`} data-testid="exercise-score">
            Score {result.score} out of 100. {result.recorded ? 'Recorded in your assignment.' : 'Practice: not recorded.'}
            {result.assignmentCompleted ? ' You have completed the assignment: your certificate is ready on your progress page.' : ''}
          </Alert>
          <List spacing="sm" listStyleType="none" data-testid="exercise-feedback">
            {result.items.map((it, i) => (
              <List.Item
                key={it.text}
                icon={
                  <ThemeIcon color={it.right ? 'green' : 'orange'} size={22} radius="xl" aria-hidden>
                    {it.right ? '✓' : '✗'}
                  </ThemeIcon>
                }
              >
                <Text fw={600}>
                  {i + 1}. {it.text}
                </Text>
                <Text size="sm">
                  You said {it.mark}; it is {it.expected}. {it.why}
                </Text>
              </List.Item>
            ))}
          </List>
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
      )}
    </Page>
  );
}
