// Admins keep the organisation's statements of the limits of confidentiality (versioned per service, with a
// reading-level hint) and the directory of services used for referral and signposting. No client content.
import { useState } from 'react';
import { Badge, Button, Card, Group, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useFullSession } from '../../../app/session';
import { FormError } from '../../../components/form-error';
import { NotAvailable } from '../../../components/not-available';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { applyServerErrors } from '../../../lib/form-errors';
import { caseApi, caseKeys, useDirectory, useStatements } from '../api/case-record';

const DEFAULT_QUESTIONS = ['When would I have to break confidentiality?', 'What would it look like if I had to report something?', 'Who else might see what we talk about, and when?'];

/** The same Flesch reading-ease hint as the server, shown while typing. */
function readingEase(text: string): { score: number; label: string } {
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
  const words = text.match(/[A-Za-zÀ-ÿ']+/g) ?? [];
  const syllables = words.reduce((n, w) => n + Math.max(1, (w.toLowerCase().replace(/e$/, '').match(/[aeiouy]+/g) ?? []).length), 0);
  const wc = Math.max(1, words.length);
  const score = Math.round(206.835 - 1.015 * (wc / sentences) - 84.6 * (syllables / wc));
  return { score, label: score >= 70 ? 'easy to read' : score >= 60 ? 'plain English' : score >= 50 ? 'fairly difficult' : 'difficult: try shorter sentences and everyday words' };
}

export default function PracticeSettingsPage() {
  const { user } = useFullSession();
  if (!user.roles.includes('admin')) return <NotAvailable title="Confidentiality and directory" />;
  return (
    <Page title="Confidentiality and directory" intro="Statements of the limits of confidentiality per service, and the directory of services for referral and signposting.">
      <Stack gap="xl">
        <Statements />
        <Directory />
      </Stack>
    </Page>
  );
}

function Statements() {
  const query = useStatements();
  const qc = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { service: '', title: '', body: '', questions: DEFAULT_QUESTIONS.join('\n') },
    validateInputOnChange: true,
    validate: {
      service: (v) => (/^[a-z0-9][a-z0-9-]{1,59}$/.test(v) ? null : 'A short key in lower case, such as careers-guidance.'),
      title: (v) => (v.trim().length >= 3 ? null : 'Give the statement a title.'),
      body: (v) => (v.trim().length >= 40 ? null : 'Write the statement in plain language (at least a few sentences).'),
      questions: (v) => (v.split('\n').filter((x) => x.trim().length >= 5).length ? null : 'Give at least one comprehension question (P4).'),
    },
  });
  const ease = form.values.body.trim() ? readingEase(form.values.body) : null;
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      await caseApi.saveStatement({ service: v.service, title: v.title, body: v.body, questions: v.questions.split('\n').map((x) => x.trim()).filter((x) => x.length >= 5) });
      form.reset();
      await qc.invalidateQueries({ queryKey: caseKeys.statements });
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <section aria-labelledby="statements-heading">
      <Title order={2} size="h3" id="statements-heading" mb="sm">
        Limits of confidentiality
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Saving a statement for a service that already has one makes a new version; agreements keep the version they were explained with.
      </Text>
      <QueryState query={query} label="statements">
        {(list) => (
          <Stack gap="xs" mb="md">
            {list.length === 0 ? <Text c="dimmed">No statements yet.</Text> : null}
            {list.map((s) => (
              <Card key={s.id} withBorder padding="sm" radius="md">
                <Group gap="xs">
                  <Text fw={600}>{s.title}</Text>
                  <Badge variant="light">{s.service}</Badge>
                  <Badge variant="light" color={s.latest ? 'green' : 'gray'}>
                    version {s.version}
                    {s.latest ? ' (current)' : ''}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  Reading level: {s.readingEase.label} ({s.readingEase.score}) · {s.questions.length} comprehension questions · review every {s.reviewMonths} months
                </Text>
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
      <form onSubmit={submit} noValidate aria-label="Save a statement">
        <Stack gap="sm">
          <FormError message={problem} />
          <Group grow align="flex-start">
            <TextInput label="Service" required description="e.g. careers-guidance, counselling, mentoring" {...form.getInputProps('service')} />
            <TextInput label="Title" required {...form.getInputProps('title')} />
          </Group>
          <Textarea label="Statement (plain language)" required autosize minRows={4} description={ease ? `Reading level: ${ease.label} (score ${ease.score})` : 'Aim for short sentences and everyday words.'} {...form.getInputProps('body')} />
          <Textarea label="Comprehension questions (one per line)" required autosize minRows={3} {...form.getInputProps('questions')} />
          <Group>
            <Button type="submit" loading={form.submitting}>
              Save statement
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}

function Directory() {
  const query = useDirectory();
  const qc = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { kind: 'mental-health', name: '', contact: '' },
    validateInputOnChange: true,
    validate: { name: (v) => (v.trim().length >= 2 ? null : 'Name the service.') },
  });
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      await caseApi.addEntry({ kind: v.kind, name: v.name, contact: v.contact || null });
      form.reset();
      await qc.invalidateQueries({ queryKey: caseKeys.directory });
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <section aria-labelledby="directory-heading">
      <Title order={2} size="h3" id="directory-heading" mb="sm">
        Directory of services
      </Title>
      <QueryState query={query} label="the directory">
        {(list) => (
          <Stack gap="xs" mb="md">
            {list.length === 0 ? <Text c="dimmed">No services yet.</Text> : null}
            {list.map((d) => (
              <Card key={d.id} withBorder padding="sm" radius="md">
                <Group justify="space-between">
                  <Stack gap={0}>
                    <Text fw={600}>{d.name}</Text>
                    <Text size="sm" c="dimmed">
                      {d.kind}
                      {d.contact ? ` · ${d.contact}` : ''}
                    </Text>
                  </Stack>
                  <Button
                    variant="default"
                    size="xs"
                    aria-label={`Remove ${d.name}`}
                    onClick={async () => {
                      await caseApi.removeEntry(d.id);
                      await qc.invalidateQueries({ queryKey: caseKeys.directory });
                    }}
                  >
                    Remove
                  </Button>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
      <form onSubmit={submit} noValidate aria-label="Add a service">
        <Stack gap="sm">
          <FormError message={problem} />
          <Group grow align="flex-start">
            <Select label="Kind" data={[{ value: 'provider', label: 'Other provider' }, { value: 'specialist', label: 'Specialist' }, { value: 'mental-health', label: 'Mental health service' }, { value: 'helpline', label: 'Helpline' }, { value: 'employer', label: 'Employer' }, { value: 'other', label: 'Other' }]} {...form.getInputProps('kind')} />
            <TextInput label="Name" required {...form.getInputProps('name')} />
            <TextInput label="Contact (optional)" {...form.getInputProps('contact')} />
          </Group>
          <Group>
            <Button type="submit" loading={form.submitting}>
              Add service
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
