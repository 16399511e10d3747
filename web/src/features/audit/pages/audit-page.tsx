// The DPO's home: the audit log with filters (person, client, action, dates), chain verification
// and export. Filters live in component state, never in the URL.
import { useState } from 'react';
import { Anchor, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useFullSession } from '../../../app/session';
import { Page } from '../../../components/page';
import { RequireRole } from '../../../components/require-role';
import { errorMessage } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { auditApi, useAuditLog, type AuditFilters, type AuditRecord } from '../api/audit';
import { VerifyChain } from '../components/verify-chain';

export default function AuditPage() {
  return (
    <RequireRole roles={['dpo']}>
      <Audit />
    </RequireRole>
  );
}

const empty: AuditFilters = { actor: '', client: '', action: '', from: '', to: '' };

function Audit() {
  const [filters, setFilters] = useState<AuditFilters>(empty);
  const form = useForm<AuditFilters>({
    mode: 'controlled',
    initialValues: empty,
    validateInputOnChange: true,
    validate: {
      from: (v, values) => (v && values.to && values.to < v ? 'The start date is after the end date' : null),
      to: (v, values) => (v && values.from && v < values.from ? 'The end date is before the start date' : null),
    },
  });
  return (
    <Page title="Audit log" heading="Audit log" intro="Every read and change of client records, who did it and when.">
      <VerifyChain />
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="filter-heading">
        <form onSubmit={form.onSubmit((v) => setFilters(v))} noValidate aria-label="Filter the audit log">
          <Stack gap="md">
            <Title order={2} size="h3" id="filter-heading">
              Find records
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
              <TextInput label="Person" description="User id (or pick one in the list below)" autoComplete="off" {...form.getInputProps('actor')} />
              <TextInput label="Client" description="Client id" autoComplete="off" {...form.getInputProps('client')} />
              <TextInput label="Action" description="For example client.read" autoComplete="off" {...form.getInputProps('action')} />
              <TextInput label="From" type="date" {...form.getInputProps('from')} />
              <TextInput label="To" type="date" {...form.getInputProps('to')} />
            </SimpleGrid>
            <Group>
              <Button type="submit">Show records</Button>
              <Button
                variant="default"
                onClick={() => {
                  form.setValues(empty);
                  setFilters(empty);
                }}
              >
                Clear filters
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Records
        filters={filters}
        filterBy={(key, value) => {
          const next = { ...form.values, [key]: value };
          form.setValues(next);
          setFilters(next);
        }}
      />
      <Export from={form.values.from} to={form.values.to} />
    </Page>
  );
}

function IdButton({ id, label, text, onClick }: { id: string; label: string; text?: string | null; onClick: () => void }) {
  // Shows the person's name or the client's reference when known, else the first 8 characters of the id;
  // a click filters by the whole id.
  const shown = text ?? id.slice(0, 8);
  return (
    <Anchor component="button" type="button" onClick={onClick} aria-label={`Show only records for ${label} ${shown}`} title={id} ff={text ? undefined : 'monospace'} fz="sm">
      {shown}
    </Anchor>
  );
}

function Records({ filters, filterBy }: { filters: AuditFilters; filterBy: (key: 'actor' | 'client', value: string) => void }) {
  const log = useAuditLog(filters);
  const me = useFullSession().user.id;
  const records = log.data?.pages.flatMap((p) => p.records) ?? [];
  return (
    <section aria-labelledby="records-heading">
      <Title order={2} size="h3" id="records-heading" mb="sm">
        Records
      </Title>
      <div aria-live="polite">
        {log.isPending ? <Text>Loading records…</Text> : null}
        {log.isError ? (
          <Group gap="sm">
            <Text c="red.9">{errorMessage(log.error)}</Text>
            <Button size="xs" variant="default" onClick={() => void log.refetch()}>
              Try again
            </Button>
          </Group>
        ) : null}
        {log.isSuccess && records.length === 0 ? <Text c="dimmed">No records match these filters.</Text> : null}
      </div>
      {records.length > 0 ? (
        <Stack gap="sm">
          <div className="table-wrap">
            <Table verticalSpacing="xs" striped data-testid="audit-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">No.</Table.Th>
                  <Table.Th scope="col">When</Table.Th>
                  <Table.Th scope="col">Who</Table.Th>
                  <Table.Th scope="col">Action</Table.Th>
                  <Table.Th scope="col">Client</Table.Th>
                  <Table.Th scope="col">Outcome</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {records.map((r) => (
                  <Table.Tr key={r.seq}>
                    <Table.Td>{r.seq}</Table.Td>
                    <Table.Td>{formatDateTime(r.at ?? r.createdAt)}</Table.Td>
                    <Table.Td>
                      {r.actorId ? (
                        r.actorId === me ? (
                          'You'
                        ) : (
                          <IdButton id={r.actorId} label="person" text={r.actorName} onClick={() => filterBy('actor', r.actorId!)} />
                        )
                      ) : (
                        'System'
                      )}
                    </Table.Td>
                    <Table.Td>
                      <code>{r.action}</code>
                    </Table.Td>
                    <Table.Td>
                      {r.clientId ? <IdButton id={r.clientId} label="client" text={r.clientReference} onClick={() => filterBy('client', r.clientId!)} /> : '—'}
                    </Table.Td>
                    <Table.Td>{r.outcome ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
          {log.hasNextPage ? (
            <Group>
              <Button variant="default" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
                Show older records
              </Button>
            </Group>
          ) : null}
        </Stack>
      ) : null}
    </section>
  );
}

function Export({ from, to }: { from: string; to: string }) {
  const [format, setFormat] = useState<'jsonl' | 'fhir'>('jsonl');
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="export-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="export-heading">
          Export
        </Title>
        <Text>Download the records {from || to ? 'between the dates chosen above' : 'for all dates'} for an auditor or regulator.</Text>
        <SegmentedControl
          aria-label="Export format"
          value={format}
          onChange={(v) => setFormat(v as 'jsonl' | 'fhir')}
          data={[
            { value: 'jsonl', label: 'JSON lines' },
            { value: 'fhir', label: 'FHIR AuditEvent' },
          ]}
        />
        <Button component="a" href={auditApi.exportUrl(format, { from, to })} download variant="default">
          Download export
        </Button>
      </Stack>
    </Paper>
  );
}
