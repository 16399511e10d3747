// The DPO's client-rights page (issue 6 §7): find a record by its reference, produce a subject-access export
// (JSON download or readable PDF; it says what was withheld and why), place or release a legal hold, erase
// (crypto-shredding); retention schedules per service and the records past retention, listed for review.
import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useFullSession } from '../../../app/session';
import { FormError } from '../../../components/form-error';
import { NotAvailable } from '../../../components/not-available';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { errorMessage } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { applyServerErrors } from '../../../lib/form-errors';
import { caseApi, caseKeys, notFuture, today } from '../api/case-record';

type Found = Awaited<ReturnType<typeof caseApi.lookup>>;

export default function ClientRightsPage() {
  const { user } = useFullSession();
  if (!user.roles.includes('dpo')) return <NotAvailable title="Client rights" />;
  return (
    <Page title="Client rights" intro="Subject-access exports, legal hold, erasure and retention. Records are found by their reference; names are not shown here.">
      <Stack gap="xl">
        <Record />
        <Retention />
      </Stack>
    </Page>
  );
}

function Record() {
  const [found, setFound] = useState<Found | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { reference: '' },
    validateInputOnChange: true,
    validate: { reference: (v) => (/^[Cc]-[A-Za-z0-9]{4,12}$/.test(v.trim()) ? null : 'A reference looks like C-7KQ2M9.') },
  });
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    setFound(null);
    try {
      setFound(await caseApi.lookup(v.reference.trim()));
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <section aria-labelledby="record-heading">
      <Title order={2} size="h3" id="record-heading" mb="sm">
        A client’s record
      </Title>
      <form onSubmit={submit} noValidate aria-label="Find a record">
        <Group align="flex-end">
          <TextInput label="Client reference" required autoComplete="off" {...form.getInputProps('reference')} />
          <Button type="submit" loading={form.submitting}>
            Find
          </Button>
        </Group>
      </form>
      <FormError message={problem} />
      {found ? <RecordActions found={found} onChange={setFound} /> : null}
    </section>
  );
}

function RecordActions({ found, onChange }: { found: Found; onChange: (f: Found) => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [withheld, setWithheld] = useState<{ what: string; count: number; why: string }[] | null>(null);
  const sar = useForm({ mode: 'controlled', initialValues: { requestReceivedAt: today() }, validateInputOnChange: true, validate: { requestReceivedAt: notFuture('the request was received') } });
  const erase = useForm({ mode: 'controlled', initialValues: { confirm: '' }, validateInputOnChange: true, validate: { confirm: (v) => (v.trim().toUpperCase() === found.reference ? null : `Type ${found.reference} to confirm.`) } });
  const erased = found.status === 'erased';
  return (
    <Card withBorder radius="md" padding="md" mt="md" data-testid="record-card">
      <Group gap="xs" mb="sm">
        <Text fw={650}>{found.reference}</Text>
        <Badge variant="light">{found.status}</Badge>
        {found.legalHold ? <Badge color="orange">Legal hold</Badge> : null}
      </Group>
      <FormError message={problem} />
      {message ? (
        <Alert color="green" variant="light" role="status" mb="sm">
          {message}
        </Alert>
      ) : null}
      {erased ? (
        <Text>This record was erased. Only non-identifying facts remain in the audit log.</Text>
      ) : (
        <Stack gap="lg">
          <form
            noValidate
            aria-label="Subject-access export"
            onSubmit={sar.onSubmit(async (v) => {
              setProblem(null);
              try {
                const x = await caseApi.subjectAccess(found.clientId, v.requestReceivedAt);
                setWithheld((x.withheld as { what: string; count: number; why: string }[]) ?? []);
                const url = URL.createObjectURL(new Blob([JSON.stringify(x, null, 2)], { type: 'application/json' }));
                const a = document.createElement('a');
                a.href = url;
                a.download = `subject-access-${found.reference}.json`;
                a.click();
                setTimeout(() => URL.revokeObjectURL(url), 10_000);
                setMessage('The export was produced (JSON download).');
              } catch (err) {
                setProblem(applyServerErrors(sar, err));
              }
            })}
          >
            <Stack gap="xs">
              <Title order={3} size="h4">
                Subject-access export
              </Title>
              <Group align="flex-end">
                <TextInput label="Request received on" type="date" required {...sar.getInputProps('requestReceivedAt')} />
                <Button type="submit" loading={sar.submitting}>
                  Produce export (JSON)
                </Button>
                {notFuture('the request was received')(sar.values.requestReceivedAt) === null ? (
                  <Anchor href={caseApi.subjectAccessPdfUrl(found.clientId, sar.values.requestReceivedAt)} target="_blank" rel="noopener">
                    Readable PDF
                  </Anchor>
                ) : null}
              </Group>
              {withheld ? (
                <Stack gap={4} data-testid="withheld">
                  <Text fw={600}>What was withheld, and why</Text>
                  {withheld.length === 0 ? <Text>Nothing was withheld.</Text> : null}
                  {withheld.map((w) => (
                    <Text key={w.what} size="sm">
                      {w.what} ({w.count}): {w.why}
                    </Text>
                  ))}
                </Stack>
              ) : null}
            </Stack>
          </form>
          <Group>
            <Button
              variant="default"
              onClick={async () => {
                setProblem(null);
                try {
                  const r = await caseApi.legalHold(found.clientId, !found.legalHold);
                  onChange({ ...found, legalHold: r.legalHold });
                  setMessage(r.legalHold ? 'Legal hold placed: the record cannot be erased.' : 'Legal hold released.');
                } catch (err) {
                  setProblem(errorMessage(err));
                }
              }}
            >
              {found.legalHold ? 'Release legal hold' : 'Place legal hold'}
            </Button>
          </Group>
          <form
            noValidate
            aria-label="Erase the record"
            onSubmit={erase.onSubmit(async (v) => {
              setProblem(null);
              try {
                await caseApi.erase(found.clientId, v.confirm);
                onChange({ ...found, status: 'erased' });
                setMessage('The record was erased (its key destroyed).');
              } catch (err) {
                setProblem(applyServerErrors(erase, err, { confirmReference: 'confirm' }));
              }
            })}
          >
            <Stack gap="xs">
              <Title order={3} size="h4">
                Erase
              </Title>
              <Text size="sm">Erasure destroys the record’s key: its content can never be read again, even from backups. A legal hold blocks it.</Text>
              <Group align="flex-end">
                <TextInput label="Type the reference to confirm" autoComplete="off" {...erase.getInputProps('confirm')} />
                <Button type="submit" color="red.9" loading={erase.submitting}>
                  Erase record
                </Button>
              </Group>
            </Stack>
          </form>
        </Stack>
      )}
    </Card>
  );
}

function Retention() {
  const qc = useQueryClient();
  const schedules = useQuery({ queryKey: caseKeys.retention, queryFn: caseApi.retention });
  const due = useQuery({ queryKey: caseKeys.retentionDue, queryFn: caseApi.retentionDue });
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { service: '', months: 72 as number | string },
    validateInputOnChange: true,
    validate: { service: (v) => (/^[a-z0-9][a-z0-9-]{1,59}$/.test(v) ? null : 'A service key such as careers-guidance.'), months: (v) => (Number(v) >= 1 ? null : 'At least one month.') },
  });
  return (
    <section aria-labelledby="retention-heading">
      <Title order={2} size="h3" id="retention-heading" mb="sm">
        Retention
      </Title>
      <QueryState query={schedules} label="retention schedules">
        {(list) => (
          <Table mb="md" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Service</Table.Th>
                <Table.Th scope="col">Keep for (after the last engagement ends)</Table.Th>
                <Table.Th scope="col">Engagements</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((s) => (
                <Table.Tr key={s.service}>
                  <Table.Td>{s.service}</Table.Td>
                  <Table.Td>{s.months === null ? 'No schedule (never listed)' : `${s.months} months`}</Table.Td>
                  <Table.Td>{s.engagements}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      <form
        noValidate
        aria-label="Set a retention schedule"
        onSubmit={form.onSubmit(async (v) => {
          setProblem(null);
          try {
            await caseApi.setRetention(v.service, Number(v.months));
            await qc.invalidateQueries({ queryKey: caseKeys.retention });
          } catch (err) {
            setProblem(applyServerErrors(form, err));
          }
        })}
      >
        <FormError message={problem} />
        <Group align="flex-end">
          <TextInput label="Service" required {...form.getInputProps('service')} />
          <NumberInput label="Months" min={1} max={1200} {...form.getInputProps('months')} />
          <Button type="submit" loading={form.submitting}>
            Save schedule
          </Button>
        </Group>
      </form>
      <Title order={3} size="h4" mt="lg" mb="xs">
        Past retention: for review
      </Title>
      <QueryState query={due} label="records past retention">
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">No records are past their retention period.</Text>
          ) : (
            <Stack gap={4}>
              {list.map((d) => (
                <Text key={d.clientId}>
                  {d.reference} · {d.services.join(', ')} · ended {formatDate(d.lastClosedAt)} · due {formatDate(d.dueAt)}
                  {d.legalHold ? ' · legal hold' : ''}
                </Text>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </section>
  );
}
