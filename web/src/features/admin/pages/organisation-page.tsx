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
// Settings this page knows by name; any others the server holds are shown generically below them.
const DEFAULTS = { agreementReviewMonths: 12, defaultJurisdiction: '' };
const KNOWN: Record<string, true> = { agreementReviewMonths: true, defaultJurisdiction: true };

function OrganisationForm({ org }: { org: Organisation }) {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const draft = readDraft<{ name: string; settings: Record<string, unknown> }>(DRAFT);
  const other = (k: string) => !(k in KNOWN);
  const numeric = Object.entries(org.settings).filter(([k, v]) => other(k) && typeof v === 'number') as [string, number][];
  const texts = Object.entries(org.settings).filter(([k, v]) => other(k) && typeof v === 'string') as [string, string][];
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: draft?.name ?? org.name,
      settings: { ...DEFAULTS, ...org.settings, ...(draft?.settings ?? {}) } as Record<string, unknown>,
    },
    validateInputOnChange: true,
    validate: {
      name: required("the organisation's name"),
      settings: {
        agreementReviewMonths: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 12 ? null : 'Choose a whole number of months from 1 to 12 (at least yearly)'),
        defaultJurisdiction: (v) => (typeof v === 'string' && (v === '' || /^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/.test(v)) ? null : 'Use a code such as GB-ENG or US-CA'),
      },
    },
  });
  useDraft(DRAFT, form.values, { contentFree: true });
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      const settings = { ...v.settings };
      if (typeof settings.defaultJurisdiction === 'string') settings.defaultJurisdiction = settings.defaultJurisdiction.trim().toUpperCase();
      await adminApi.updateOrganisation({ name: v.name.trim(), settings });
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
          <NumberInput
            label="Review confidentiality agreements every (months)"
            description="Practitioners are reminded when a client's agreement is due for review. At least once a year."
            min={1}
            max={12}
            allowDecimal={false}
            {...form.getInputProps('settings.agreementReviewMonths')}
          />
          <TextInput
            label="Default jurisdiction for new clients"
            description="Decides which laws apply when a client's own location is not recorded, for example GB-ENG."
            autoComplete="off"
            {...form.getInputProps('settings.defaultJurisdiction')}
          />
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
