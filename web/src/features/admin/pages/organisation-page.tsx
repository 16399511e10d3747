// Organisation settings: the name, and the settings the server knows about (shown as they come;
// later issues add typed settings such as review intervals). No client content: drafts are kept.
import { useState } from 'react';
import { Button, Group, NumberInput, Paper, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { FormError } from '../../../components/form-error';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { RequireRole } from '../../../components/require-role';
import { dropDraft, readDraft, useDraft } from '../../../lib/drafts';
import { applyServerErrors } from '../../../lib/form-errors';
import { required } from '../../../lib/validate';
import { adminApi, adminKeys, useOrganisation, type Organisation } from '../api/admin';

export default function OrganisationPage() {
  return (
    <RequireRole roles={['admin']}>
      <OrganisationSettings />
    </RequireRole>
  );
}

function OrganisationSettings() {
  const org = useOrganisation();
  return (
    <Page title="Organisation" heading="Organisation settings">
      <QueryState query={org} label="organisation settings">
        {(o) => <OrganisationForm org={o} />}
      </QueryState>
    </Page>
  );
}

const DRAFT = 'organisation';

function OrganisationForm({ org }: { org: Organisation }) {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const draft = readDraft<{ name: string; settings: Record<string, unknown> }>(DRAFT);
  const numeric = Object.entries(org.settings).filter(([, v]) => typeof v === 'number') as [string, number][];
  const texts = Object.entries(org.settings).filter(([, v]) => typeof v === 'string') as [string, string][];
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: draft?.name ?? org.name, settings: { ...org.settings, ...(draft?.settings ?? {}) } as Record<string, unknown> },
    validateInputOnChange: true,
    validate: { name: required("the organisation's name") },
  });
  useDraft(DRAFT, form.values, { contentFree: true });
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      await adminApi.updateOrganisation({ name: v.name.trim(), settings: v.settings });
      dropDraft(DRAFT);
      await queryClient.invalidateQueries({ queryKey: adminKeys.organisation });
      notifications.show({ message: 'Organisation settings saved.', color: 'sea' });
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  const label = (k: string) => k.replace(/([A-Z])/g, ' $1').replace(/[-_]/g, ' ').replace(/^./, (c) => c.toUpperCase());
  return (
    <Paper withBorder p="lg" radius="md" maw={640}>
      <form onSubmit={submit} noValidate aria-label="Organisation settings">
        <Stack gap="md">
          <FormError message={problem} />
          <TextInput label="Organisation name" required {...form.getInputProps('name')} />
          {numeric.map(([k]) => (
            <NumberInput key={k} label={label(k)} {...form.getInputProps(`settings.${k}`)} />
          ))}
          {texts.map(([k]) => (
            <TextInput key={k} label={label(k)} {...form.getInputProps(`settings.${k}`)} />
          ))}
          <Group>
            <Button type="submit" loading={form.submitting}>
              Save settings
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
