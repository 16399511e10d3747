// Messages for this person (e.g. "a safeguarding lead opened one of your records"), newest first.
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useFullSession } from '../../../app/session';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import { mayOpenClients } from '../../auth/api/auth';
import { markRead, useNotifications } from '../api/notifications';

export function NotificationList({ heading = 'Messages for you' }: { heading?: string }) {
  const query = useNotifications();
  const queryClient = useQueryClient();
  const { user } = useFullSession();
  return (
    <section aria-labelledby="notifications-heading">
      <Title order={2} size="h3" id="notifications-heading" mb="sm">
        {heading}
      </Title>
      <QueryState query={query} label="messages">
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">No messages.</Text>
          ) : (
            <Stack gap="sm">
              {list.map((n) => (
                <Card key={n.id} withBorder radius="md" padding="md">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Stack gap={2}>
                      <Group gap="xs">
                        {!n.readAt ? (
                          <Badge color="sea.8" variant="outline" tt="none">
                            New
                          </Badge>
                        ) : null}
                        <Text fw={n.readAt ? 400 : 600}>{n.message}</Text>
                      </Group>
                      <Text size="sm" c="dimmed">
                        {formatDateTime(n.createdAt)}
                      </Text>
                    </Stack>
                    <Group gap="xs">
                      {n.clientId && mayOpenClients(user.roles) ? (
                        <Anchor component={Link} to={`/clients/${encodeURIComponent(n.clientId)}`}>
                          Open record
                        </Anchor>
                      ) : null}
                      {!n.readAt ? (
                        <Button size="xs" variant="default" onClick={async () => { await markRead(n.id); await queryClient.invalidateQueries({ queryKey: ['notifications'] }); }}>
                          Mark as read
                        </Button>
                      ) : null}
                    </Group>
                  </Group>
                </Card>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </section>
  );
}
