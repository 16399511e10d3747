// Which practitioner holds which client record — by reference only. Admins never see names or content.
import { useState } from 'react';
import { Button, Group, Select, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { RequireRole } from '../../../components/require-role';
import { errorMessage } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { adminApi, adminKeys, useAssignments, usePractitioners, type Assignment } from '../api/admin';

export default function AssignmentsPage() {
  return (
    <RequireRole roles={['admin']}>
      <Assignments />
    </RequireRole>
  );
}

function Assignments() {
  const assignments = useAssignments();
  const practitioners = usePractitioners();
  const names = new Map((practitioners.data ?? []).map((p) => [p.id, p.displayName]));
  return (
    <Page title="Client assignments" heading="Client assignments" intro="Each client record by its reference and the practitioner it is assigned to. Names and case content are never shown to administrators.">
      <QueryState query={assignments} label="assignments">
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">There are no client records yet.</Text>
          ) : (
            <div className="table-wrap">
              <Table verticalSpacing="sm" striped data-testid="assignments-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Reference</Table.Th>
                    <Table.Th scope="col">Practitioner</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                    <Table.Th scope="col">Opened</Table.Th>
                    <Table.Th scope="col">Reassign</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>{a.reference}</Table.Td>
                      <Table.Td>{names.get(a.practitionerId) ?? 'Not an active practitioner'}</Table.Td>
                      <Table.Td>{a.status}</Table.Td>
                      <Table.Td>{formatDate(a.createdAt)}</Table.Td>
                      <Table.Td>
                        <Reassign assignment={a} options={(practitioners.data ?? []).map((p) => ({ value: p.id, label: p.displayName }))} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )
        }
      </QueryState>
    </Page>
  );
}

function Reassign({ assignment, options }: { assignment: Assignment; options: { value: string; label: string }[] }) {
  const queryClient = useQueryClient();
  const [to, setTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Group gap="xs" wrap="nowrap">
      <Select
        aria-label={`New practitioner for ${assignment.reference}`}
        placeholder="Choose"
        size="sm"
        data={options.filter((o) => o.value !== assignment.practitionerId)}
        value={to}
        onChange={setTo}
        w={180}
      />
      <Button
        size="sm"
        variant="default"
        disabled={!to}
        loading={busy}
        onClick={async () => {
          if (!to) return;
          setBusy(true);
          try {
            await adminApi.assign(assignment.id, to);
            await queryClient.invalidateQueries({ queryKey: adminKeys.assignments });
            notifications.show({ message: `${assignment.reference} reassigned.`, color: 'sea' });
            setTo(null);
          } catch (err) {
            notifications.show({ message: errorMessage(err), color: 'red' });
          } finally {
            setBusy(false);
          }
        }}
      >
        Reassign
      </Button>
    </Group>
  );
}
