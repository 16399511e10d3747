// The two session dialogs: a warning two minutes before the idle deadline (with "Stay signed in"),
// and a sign-in dialog over the current page once the session has ended.
import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { SignInForm } from '../features/auth/components/sign-in-form';
import { minutesText } from '../lib/format';
import { useSession } from './session';

const WARN_MS = 2 * 60_000;

export function SessionDialogs() {
  const session = useSession();
  const { state, expired, remainingMs, refresh, signOut, accept, unsavedClientText } = session;
  const [staying, setStaying] = useState(false);
  if (state.status !== 'signed-in' || state.session.stage !== 'full') return null;

  if (expired) {
    return (
      <Modal opened onClose={() => undefined} withCloseButton={false} closeOnClickOutside={false} closeOnEscape={false} title="Your session has ended" centered size="md" data-testid="session-ended">
        <Stack gap="md">
          <Text>For safety you were signed out. Sign in again to carry on where you were.</Text>
          {unsavedClientText ? <Text fw={600}>The text you had not saved is still on this page, behind this box. It has not been stored on this device.</Text> : null}
          <SignInForm initialEmail={state.session.user.email} onSignedIn={accept} onCancel={() => void signOut()} />
        </Stack>
      </Modal>
    );
  }

  if (remainingMs !== null && remainingMs > 0 && remainingMs <= WARN_MS) {
    const atLimit = session.absoluteRemainingMs !== null && session.absoluteRemainingMs <= WARN_MS + 1000;
    return (
      <Modal opened onClose={() => undefined} withCloseButton={false} title="You will be signed out soon" centered data-testid="expiry-warning">
        <Stack gap="md">
          <Text>
            {atLimit
              ? `Your session reaches its time limit in about ${minutesText(remainingMs)}. After that you will need to sign in again.`
              : `Because nothing has happened for a while, you will be signed out in about ${minutesText(remainingMs)}.`}
          </Text>
          {unsavedClientText ? (
            <Alert color="yellow" variant="light" title="You have unsaved text">
              Text about a client is never kept on this device. Save it now, or stay signed in.
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void signOut()}>
              Sign out now
            </Button>
            {!atLimit ? (
              <Button
                data-autofocus
                loading={staying}
                onClick={async () => {
                  setStaying(true);
                  try {
                    await refresh();
                  } finally {
                    setStaying(false);
                  }
                }}
              >
                Stay signed in
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Modal>
    );
  }
  return null;
}
