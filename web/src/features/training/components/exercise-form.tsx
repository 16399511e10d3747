// Writing an organisation "Ethical or unethical?" exercise: a situation and the adviser's actions, each
// with the right mark and why (modelled on the IAG source's exercise).
import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, Radio, Select, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { FormError } from '../../../components/form-error';
import { ApiError, api, errorMessage } from '../../../lib/api';
import { CONCERNS, DIFFICULTIES, label, PROFESSIONS, PROFESSION_LABELS } from '../api/training';

interface Action { text: string; mark: string; why: string }
const blank = (): Action => ({ text: '', mark: '', why: '' });

export function ExerciseForm() {
  const qc = useQueryClient();
  const [title, setTitle] = useState('');
  const [situation, setSituation] = useState('');
  const [actions, setActions] = useState<Action[]>([blank(), blank(), blank()]);
  const [profession, setProfession] = useState<string | null>('iag');
  const [concern, setConcern] = useState<string | null>(null);
  const [jurisdiction, setJurisdiction] = useState('GB-ENG');
  const [difficulty, setDifficulty] = useState<string | null>('foundation');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (i: number, patch: Partial<Action>) => setActions((xs) => xs.map((x, j) => (j === i ? { ...x, ...patch } : x)));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    setFormError(null);
    const missing: Record<string, string> = {};
    if (title.trim().length < 3) missing.title = 'Give a title of at least 3 characters.';
    if (situation.trim().length < 40) missing.situation = 'Describe the situation in at least 40 characters.';
    if (!concern) missing['tags.concern'] = 'Choose the concern.';
    actions.forEach((a, i) => {
      if (a.text.trim().length < 5) missing[`actions.${i}.text`] = 'Describe the action.';
      if (!a.mark) missing[`actions.${i}.mark`] = 'Mark it ethical or unethical.';
      if (a.why.trim().length < 10) missing[`actions.${i}.why`] = 'Say why, in at least 10 characters.';
    });
    setErrors(missing);
    if (Object.keys(missing).length) return;
    setBusy(true);
    try {
      const r = await api.post<{ title: string }>('/api/v1/training/exercises', { title, situation, actions, tags: { profession, concern, jurisdiction, difficulty } });
      setSaved(`Saved "${r.title}". It is now in the library.`);
      setTitle('');
      setSituation('');
      setActions([blank(), blank(), blank()]);
      void qc.invalidateQueries({ queryKey: ['training'] });
    } catch (err) {
      if (err instanceof ApiError) setErrors(err.fieldErrors);
      setFormError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="exercise-form-heading">
      <Title order={2} size="h3" id="exercise-form-heading" mb="sm">
        Write an "Ethical or unethical?" exercise
      </Title>
      {saved ? (
        <Alert color="green" variant="light" role="status" title="Saved" mb="sm">
          {saved}
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate aria-labelledby="exercise-form-heading">
        <Stack gap="sm" maw={900}>
          <FormError message={formError} />
          <TextInput label="Exercise title" withAsterisk value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} maxLength={160} />
          <Textarea label="Situation" description="Invented people only." withAsterisk value={situation} onChange={(e) => setSituation(e.currentTarget.value)} error={errors.situation} autosize minRows={3} maxLength={4000} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select label="Exercise profession" withAsterisk value={profession} onChange={setProfession} data={PROFESSIONS.map((p) => ({ value: p, label: PROFESSION_LABELS[p] ?? p }))} />
            <Select label="Exercise concern" withAsterisk value={concern} onChange={setConcern} data={CONCERNS.map((c) => ({ value: c, label: label(c) }))} error={errors['tags.concern']} />
            <TextInput label="Exercise jurisdiction" withAsterisk value={jurisdiction} onChange={(e) => setJurisdiction(e.currentTarget.value)} error={errors['tags.jurisdiction']} />
            <Select label="Exercise difficulty" withAsterisk value={difficulty} onChange={setDifficulty} data={DIFFICULTIES.map((d) => ({ value: d, label: label(d) }))} />
          </SimpleGrid>
          {errors.actions ? <Alert color="red" variant="light" role="alert">{errors.actions}</Alert> : null}
          {actions.map((a, i) => (
            <Paper key={i} withBorder p="sm" radius="md" component="fieldset">
              <legend>Action {i + 1}</legend>
              <Stack gap="xs">
                <TextInput label={`Action ${i + 1}: what the adviser does`} withAsterisk value={a.text} onChange={(e) => set(i, { text: e.currentTarget.value })} error={errors[`actions.${i}.text`]} maxLength={600} />
                <Radio.Group label={`Action ${i + 1}: the right mark`} withAsterisk value={a.mark} onChange={(v) => set(i, { mark: v })} error={errors[`actions.${i}.mark`]}>
                  <Group gap="lg" mt={4}>
                    <Radio value="ethical" label="Ethical" />
                    <Radio value="unethical" label="Unethical" />
                  </Group>
                </Radio.Group>
                <TextInput label={`Action ${i + 1}: why`} withAsterisk value={a.why} onChange={(e) => set(i, { why: e.currentTarget.value })} error={errors[`actions.${i}.why`]} maxLength={1200} />
              </Stack>
            </Paper>
          ))}
          <Group>
            <Button variant="default" onClick={() => setActions((xs) => [...xs, blank()])} disabled={actions.length >= 12}>
              Add an action
            </Button>
            {actions.length > 3 ? (
              <Button variant="default" onClick={() => setActions((xs) => xs.slice(0, -1))}>
                Remove the last action
              </Button>
            ) : null}
            <Button type="submit" loading={busy}>
              Save the exercise
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
