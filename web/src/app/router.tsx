// Routes, each page its own lazily loaded chunk, behind one gate that sends people to the step they
// are at: first-run set-up, sign-in, second factor, authenticator enrolment, or their home page.
import { lazy, Suspense, type ReactNode } from 'react';
import { Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { homePath } from '../features/auth/api/auth';
import { Layout } from './layout';
import { RouteErrorBoundary } from './route-error-boundary';
import { useSession } from './session';
import { SessionDialogs } from './session-dialogs';

const SetupPage = lazy(() => import('../features/auth/pages/setup-page'));
const SignInPage = lazy(() => import('../features/auth/pages/sign-in-page'));
const EnrolPage = lazy(() => import('../features/auth/pages/enrol-page'));
const CaseloadPage = lazy(() => import('../features/caseload/pages/caseload-page'));
const ClientPage = lazy(() => import('../features/caseload/pages/client-page'));
const SupervisionHome = lazy(() => import('../features/homes/pages/supervision-home'));
const SafeguardingHome = lazy(() => import('../features/homes/pages/safeguarding-home'));
const AdminHome = lazy(() => import('../features/admin/pages/admin-home'));
const UsersPage = lazy(() => import('../features/admin/pages/users-page'));
const AssignmentsPage = lazy(() => import('../features/admin/pages/assignments-page'));
const OrganisationPage = lazy(() => import('../features/admin/pages/organisation-page'));
const AuditPage = lazy(() => import('../features/audit/pages/audit-page'));
const ProfilePage = lazy(() => import('../features/profile/pages/profile-page'));
const NotFoundPage = lazy(() => import('./not-found-page'));

function Busy({ label }: { label: string }) {
  return (
    <Center mih="50vh" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text>{label}</Text>
      </Group>
    </Center>
  );
}

function Offline() {
  return (
    <Center mih="60vh" component="main" id="main">
      <Stack align="center" gap="sm" role="alert">
        <Text fz="xl" fw={650} component="h1">
          Cannot reach Confidant
        </Text>
        <Text>The connection to the server was lost. Retrying automatically…</Text>
        <Button variant="default" onClick={() => window.location.reload()}>
          Retry now
        </Button>
      </Stack>
    </Center>
  );
}

function Lazy({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <RouteErrorBoundary resetKey={location.pathname}>
      <Suspense fallback={<Busy label="Loading…" />}>{children}</Suspense>
    </RouteErrorBoundary>
  );
}

interface FromState {
  from?: string;
}

export function AppRoutes() {
  const { state } = useSession();
  const location = useLocation();
  const path = location.pathname;

  if (state.status === 'loading') return <Busy label="Opening Confidant…" />;
  if (state.status === 'offline') return <Offline />;

  if (state.status === 'anonymous') {
    if (state.needsSetup) {
      if (path !== '/setup') return <Navigate to="/setup" replace />;
      return (
        <Lazy>
          <SetupPage />
        </Lazy>
      );
    }
    if (path !== '/sign-in') {
      // Remember where they were (a path of ids only) in history state, never in the URL.
      const from = path === '/setup' || path === '/enrol' || path === '/' ? undefined : path;
      return <Navigate to="/sign-in" replace state={{ from } satisfies FromState} />;
    }
    return (
      <Lazy>
        <SignInPage />
      </Lazy>
    );
  }

  const { session } = state;
  if (session.stage === 'mfa') {
    if (path !== '/sign-in') return <Navigate to="/sign-in" replace state={location.state as FromState} />;
    return (
      <Lazy>
        <SignInPage />
      </Lazy>
    );
  }
  if (session.stage === 'enrol') {
    if (path !== '/enrol') return <Navigate to="/enrol" replace state={location.state as FromState} />;
    return (
      <Lazy>
        <EnrolPage />
      </Lazy>
    );
  }
  if (session.user.mustChangePassword && path !== '/profile') return <Navigate to="/profile" replace />;
  if (path === '/sign-in' || path === '/setup' || path === '/enrol' || path === '/') {
    const from = (location.state as FromState | null)?.from;
    return <Navigate to={from ?? homePath(session.user.roles)} replace />;
  }

  return (
    <>
      <SessionDialogs />
      <Layout>
        <Lazy>
          <Routes>
            <Route path="/caseload" element={<CaseloadPage />} />
            <Route path="/clients/:clientId" element={<ClientPage />} />
            <Route path="/supervision" element={<SupervisionHome />} />
            <Route path="/safeguarding" element={<SafeguardingHome />} />
            <Route path="/admin" element={<AdminHome />} />
            <Route path="/admin/users" element={<UsersPage />} />
            <Route path="/admin/assignments" element={<AssignmentsPage />} />
            <Route path="/admin/organisation" element={<OrganisationPage />} />
            <Route path="/audit" element={<AuditPage />} />
            <Route path="/profile" element={<ProfilePage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Lazy>
      </Layout>
    </>
  );
}
