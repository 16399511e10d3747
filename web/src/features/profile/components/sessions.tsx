// Where this person is signed in, with a way to end any one session or all of them.
import { useState } from 'react';
import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../../app/session';
import { FormError } from '../../../components/form-error';
import { QueryState } from '../../../components/query-state';
import { errorMessage } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { authApi } from '../../auth/api/auth';
import { describeAgent, endSession, profileKeys, useMySessions, useMySignIns } from '../api/profile';

export function Sessions() {
  const sessions = useMySessions();
  const queryClient = useQueryClient();
  const { afterSignOutElsewhere } = useSession();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Stack gap="md">
      <QueryState query={sessions} label="your sessions">
        {(list) => (
          <div className="table-wrap">
            <Table verticalSpacing="sm" striped data-testid="sessions-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Device</Table.Th>
                  <Table.Th scope="col">Address</Table.Th>
                  <Table.Th scope="col">Signed in</Table.Th>
                  <Table.Th scope="col">Last active</Table.Th>
                  <Table.Th scope="col">
                    <Text span size="sm" fw={700}>
                      End
                    </Text>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Group gap="xs">
                        <Text>{describeAgent(s.userAgent)}</Text>
                        {s.current ? (
                          <Badge color="sea.8" variant="outline" tt="none">
                            This device
                          </Badge>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>{s.ip ?? '—'}</Table.Td>
                    <Table.Td>{formatDateTime(s.createdAt)}</Table.Td>
                    <Table.Td>{formatDateTime(s.lastSeenAt)}</Table.Td>
                    <Table.Td>
                      {s.current ? (
                        <Text size="sm" c="dimmed">
                          Current
                        </Text>
                      ) : (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={`End the session on ${describeAgent(s.userAgent)} started ${formatDateTime(s.createdAt)}`}
                          onClick={async () => {
                            try {
                              await endSession(s.id);
                              await queryClient.invalidateQueries({ queryKey: profileKeys.sessions });
                              notifications.show({ message: 'That session has ended.', color: 'sea' });
                            } catch (err) {
                              notifications.show({ message: errorMessage(err), color: 'red' });
                            }
                          }}
                        >
                          End
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </QueryState>
      <Group>
        <Button color="red.8" variant="outline" onClick={() => setConfirming(true)}>
          Sign out everywhere
        </Button>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Sign out everywhere?">
        <Stack gap="md">
          <FormError message={problem} />
          <Text>Every session of yours ends, on every device, including this one. Use this if you think someone else may be using your account.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button
              color="red.8"
              loading={busy}
              onClick={async () => {
                setBusy(true);
                setProblem(null);
                try {
                  await authApi.logoutAll();
                  afterSignOutElsewhere();
                } catch (err) {
                  setProblem(errorMessage(err));
                  setBusy(false);
                }
              }}
            >
              Sign out everywhere
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

export function SignIns() {
  const signIns = useMySignIns();
  return (
    <QueryState query={signIns} label="recent sign-ins">
      {(list) =>
        list.length === 0 ? (
          <Text c="dimmed">No sign-ins recorded yet.</Text>
        ) : (
          <div className="table-wrap">
            <Table verticalSpacing="xs" striped data-testid="sign-ins-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">When</Table.Th>
                  <Table.Th scope="col">Result</Table.Th>
                  <Table.Th scope="col">Address</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.slice(0, 20).map((s, i) => (
                  <Table.Tr key={`${s.at}-${i}`}>
                    <Table.Td>{formatDateTime(s.at)}</Table.Td>
                    <Table.Td>{outcomeText(s.outcome)}</Table.Td>
                    <Table.Td>{s.ip ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )
      }
    </QueryState>
  );
}

function outcomeText(o: string): string {
  const map: Record<string, string> = {
    success: 'Signed in',
    ok: 'Signed in',
    'bad-password': 'Wrong password',
    'invalid-credentials': 'Wrong password',
    'bad-code': 'Wrong code',
    'invalid-code': 'Wrong code',
    locked: 'Paused after too many attempts',
    failure: 'Not signed in (wrong password or code)',
    failed: 'Not signed in (wrong password or code)',
    denied: 'Refused: signing in was paused',
  };
  return map[o] ?? o.replace(/[-_]/g, ' ');
}
