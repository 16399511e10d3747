import { Button, Group } from '@mantine/core';
import { useSession } from '../../../app/session';
import { AuthFrame } from '../components/auth-frame';
import { TotpEnrol } from '../components/totp-enrol';

export default function EnrolPage() {
  const { refresh, signOut } = useSession();
  return (
    <AuthFrame
      title="Set up two-step sign-in"
      heading="Set up two-step sign-in"
      intro="Your role needs a second step when you sign in: a code from an authenticator app on your phone. This keeps clients' records safe even if your password is guessed."
      width={620}
    >
      <TotpEnrol onDone={() => void refresh()} doneLabel="Continue to Confidant" />
      <Group>
        <Button variant="subtle" onClick={() => void signOut()}>
          Sign out and do this later
        </Button>
      </Group>
    </AuthFrame>
  );
}
