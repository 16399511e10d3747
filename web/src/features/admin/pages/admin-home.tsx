// An administrator's home: what needs doing first — people without two-step sign-in, deactivated
// accounts, clients to assign. Counts and references only; never case content.
import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { RequireRole } from '../../../components/require-role';
import { useAssignments, useOrganisation, useUsers } from '../api/admin';

export default function AdminHome() {
  return (
    <RequireRole roles={['admin']}>
      <Overview />
    </RequireRole>
  );
}

function Stat({ label, value, to, linkText }: { label: string; value: number | string; to: string; linkText: string }) {
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <Text fz={32} fw={700} lh={1.1}>
          {value}
        </Text>
        <Anchor component={Link} to={to} size="sm">
          {linkText}
        </Anchor>
      </Stack>
    </Card>
  );
}

function Overview() {
  const users = useUsers();
  const assignments = useAssignments();
  const org = useOrganisation();
  return (
    <Page title="Administration" heading="Administration" intro={org.data ? `Running ${org.data.name}. You manage people and settings; clients' records are not visible to administrators.` : undefined}>
      <QueryState query={users} label="people">
        {(list) => {
          const active = list.filter((u) => u.active);
          const noTotp = active.filter((u) => !u.totpEnabled);
          return (
            <Stack gap="lg">
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
                <Stat label="Active people" value={active.length} to="/admin/users" linkText="Manage people" />
                <Stat label="Without two-step sign-in" value={noTotp.length} to="/admin/users" linkText="See who" />
                <Stat label="Client records" value={assignments.data ? assignments.data.length : '…'} to="/admin/assignments" linkText="See assignments" />
              </SimpleGrid>
              <section aria-labelledby="first-heading">
                <Title order={2} size="h3" id="first-heading" mb="sm">
                  Needs attention
                </Title>
                {noTotp.length === 0 ? (
                  <Text c="dimmed">Nothing needs your attention.</Text>
                ) : (
                  <Stack gap={4}>
                    {noTotp.map((u) => (
                      <Group key={u.id} gap="xs">
                        <Text fw={600}>{u.displayName}</Text>
                        <Text c="dimmed">has not set up two-step sign-in yet.</Text>
                      </Group>
                    ))}
                  </Stack>
                )}
              </section>
            </Stack>
          );
        }}
      </QueryState>
    </Page>
  );
}
