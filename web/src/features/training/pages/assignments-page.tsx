// Your assignments (every learner) and, for admins and supervisors, assigning a set with a due date and
// seeing what they assigned as counts only (no names in this shared view).
import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Badge, Button, Group, MultiSelect, Stack, Table, Text, TextInput, TextInput as DateInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useFullSession } from '../../../app/session';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { FormError } from '../../../components/form-error';
import { ApiError, errorMessage } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { createAssignments, useIssued, useLearners, useLibrary, useMyAssignments } from '../api/training';

export default function AssignmentsPage() {
  const { user } = useFullSession();
  const assigner = user.roles.includes('admin') || user.roles.includes('supervisor');
  const mine = useMyAssignments();
  return (
    <Page title="Training assignments" heading="Training assignments" intro="Sets of scenarios and exercises assigned to you, with due dates.">
      <section aria-labelledby="mine-heading">
        <Title order={2} size="h3" id="mine-heading" mb="sm">
          Assigned to you
        </Title>
        <QueryState query={mine} label="your assignments">
          {(rows) =>
            rows.length === 0 ? (
              <Text>Nothing is assigned to you. You can practise any item in the <Anchor component={Link} to="/training">library</Anchor>.</Text>
            ) : (
              <div className="table-wrap">
                <Table striped verticalSpacing="xs" data-testid="my-assignments">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Set</Table.Th>
                      <Table.Th scope="col">Due</Table.Th>
                      <Table.Th scope="col">Progress</Table.Th>
                      <Table.Th scope="col">Status</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((a) => (
                      <Table.Tr key={a.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/training/assignments/${encodeURIComponent(a.id)}`} fw={600}>
                            {a.title}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{formatDate(a.dueAt)}</Table.Td>
                        <Table.Td>
                          {a.answered} of {a.total} answered{a.averageScore !== null ? `, average ${a.averageScore}` : ''}
                        </Table.Td>
                        <Table.Td>
                          {a.completedAt ? <Badge color="green">Completed</Badge> : a.overdue ? <Badge color="orange">Overdue</Badge> : <Badge variant="light">Open</Badge>}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </div>
            )
          }
        </QueryState>
      </section>
      {assigner ? <Assign /> : null}
      {assigner ? <IssuedList /> : null}
    </Page>
  );
}

function Assign() {
  const qc = useQueryClient();
  const learners = useLearners();
  const lib = useLibrary({});
  const [title, setTitle] = useState('');
  const [items, setItems] = useState<string[]>([]);
  const [people, setPeople] = useState<string[]>([]);
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const missing: Record<string, string> = {};
    if (title.trim().length < 3) missing.title = 'Give a title of at least 3 characters.';
    if (!items.length) missing.items = 'Choose at least one item.';
    if (!people.length) missing.assigneeIds = 'Choose at least one person.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(due)) missing.dueAt = 'Give a due date as YYYY-MM-DD.';
    setErrors(missing);
    if (Object.keys(missing).length) return;
    setBusy(true);
    setFormError(null);
    try {
      const r = await createAssignments({ title, items: items.map((v) => ({ kind: v.split(':')[0], id: v.split(':')[1] })), assigneeIds: people, dueAt: due });
      setDone(`Assigned to ${r.ids.length} ${r.ids.length === 1 ? 'person' : 'people'}.`);
      setTitle('');
      setItems([]);
      setPeople([]);
      void qc.invalidateQueries({ queryKey: ['training'] });
    } catch (err) {
      if (err instanceof ApiError) {
        const fe: Record<string, string> = {};
        for (const [k, v] of Object.entries(err.fieldErrors)) fe[k.split('.')[0]!] = v;
        setErrors(fe);
      }
      setFormError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="assign-heading">
      <Title order={2} size="h3" id="assign-heading" mb="sm">
        Assign a set
      </Title>
      {done ? (
        <Alert color="green" variant="light" role="status" title="Assigned" mb="sm">
          {done}
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate aria-labelledby="assign-heading">
        <Stack gap="sm" maw={720}>
          <FormError message={formError} />
          <TextInput label="Title of the set" withAsterisk value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} maxLength={160} />
          <MultiSelect
            label="Scenarios and exercises"
            withAsterisk
            searchable
            value={items}
            onChange={setItems}
            data={(lib.data ?? []).map((i) => ({ value: `${i.kind}:${i.id}`, label: `${i.kind === 'scenario' ? 'What would you do?' : 'Ethical or unethical?'} — ${i.title}` }))}
            error={errors.items}
          />
          <MultiSelect label="People" withAsterisk searchable value={people} onChange={setPeople} data={(learners.data ?? []).map((l) => ({ value: l.id, label: l.displayName }))} error={errors.assigneeIds} />
          <DateInput label="Due date" description="YYYY-MM-DD" withAsterisk value={due} onChange={(e) => setDue(e.currentTarget.value)} error={errors.dueAt} type="date" />
          <Group>
            <Button type="submit" loading={busy}>
              Assign
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}

function IssuedList() {
  const issued = useIssued();
  return (
    <section aria-labelledby="issued-heading">
      <Title order={2} size="h3" id="issued-heading" mb="sm">
        Sets you assigned
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        Counts only. See the <Anchor component={Link} to="/training/team">team summary</Anchor> for where the team is weakest.
      </Text>
      <QueryState query={issued} label="the sets you assigned">
        {(rows) =>
          rows.length === 0 ? (
            <Text>None yet.</Text>
          ) : (
            <div className="table-wrap">
              <Table striped verticalSpacing="xs" data-testid="issued-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Set</Table.Th>
                    <Table.Th scope="col">Items</Table.Th>
                    <Table.Th scope="col">Due</Table.Th>
                    <Table.Th scope="col">Completed</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={`${r.createdAt}${r.title}`}>
                      <Table.Td>{r.title}</Table.Td>
                      <Table.Td>{r.items}</Table.Td>
                      <Table.Td>{formatDate(r.dueAt)}</Table.Td>
                      <Table.Td>
                        {r.completed} of {r.assignees}
                      </Table.Td>
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
