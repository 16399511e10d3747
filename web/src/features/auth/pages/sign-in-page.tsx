import { Text } from '@mantine/core';
import { useSession } from '../../../app/session';
import { AuthFrame } from '../components/auth-frame';
import { SignInForm } from '../components/sign-in-form';

export default function SignInPage() {
  const { state, accept, signOut } = useSession();
  const mfaPending = state.status === 'signed-in' && state.session.stage === 'mfa';
  return (
    <AuthFrame title="Sign in" heading="Sign in to Confidant">
      <SignInForm
        mfaPending={mfaPending}
        initialEmail={state.status === 'signed-in' ? state.session.user.email : ''}
        onSignedIn={accept}
        onCancel={mfaPending ? () => void signOut() : undefined}
      />
      <Text size="sm" c="dimmed">
        Forgotten your password or lost your phone? Your organisation&apos;s administrator can reset your access.
      </Text>
    </AuthFrame>
  );
}
