import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useFullSession } from '../../../app/session';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { RequireRole } from '../../../components/require-role';
import { formatDateTime } from '../../../lib/format';
import { roleLabels } from '../../auth/api/auth';
import { useUsers } from '../api/admin';
import { InviteUser } from '../components/invite-user';
import { UserActions } from '../components/user-actions';

export default function UsersPage() {
  return (
    <RequireRole roles={['admin']}>
      <Users />
    </RequireRole>
  );
}

function Users() {
  const users = useUsers();
  const me = useFullSession().user;
  return (
    <Page title="People" heading="People" intro="Everyone who can sign in to your organisation's Confidant." actions={<InviteUser />}>
      <QueryState query={users} label="people">
        {(list) => (
          <div className="table-wrap">
            <Table verticalSpacing="sm" striped data-testid="users-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Person</Table.Th>
                  <Table.Th scope="col">Roles</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Last sign-in</Table.Th>
                  <Table.Th scope="col">
                    <Text span size="sm" fw={700}>
                      Actions
                    </Text>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((u) => (
                  <Table.Tr key={u.id} data-testid={`user-row-${u.email}`}>
                    <Table.Td>
                      <Stack gap={0}>
                        <Text fw={600}>{u.displayName}</Text>
                        <Text size="sm" c="dimmed">
                          {u.email}
                        </Text>
                      </Stack>
                    </Table.Td>
                    <Table.Td>{u.roles.map((r) => roleLabels[r]).join(', ')}</Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        {u.active ? (
                          <Badge color="sea.8" variant="outline" tt="none">
                            Active
                          </Badge>
                        ) : (
                          <Badge color="gray.8" variant="outline" tt="none">
                            Deactivated
                          </Badge>
                        )}
                        {u.totpEnabled ? (
                          <Badge color="sea.8" variant="outline" tt="none">
                            Two-step on
                          </Badge>
                        ) : (
                          <Badge color="#8a3a00" variant="outline" tt="none">
                            No two-step
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt) : 'Never'}</Table.Td>
                    <Table.Td>
                      <UserActions user={u} isSelf={u.id === me.id} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </QueryState>
    </Page>
  );
}
