// Routes, each page its own lazily loaded chunk, behind one gate that sends people to the step they
// are at: first-run set-up, sign-in, second factor, authenticator enrolment, or their home page.
import { Suspense, useEffect, type ReactNode } from 'react';
import { Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { homePath, type Role } from '../features/auth/api/auth';
import { lazyPage } from './lazy-page';
// The first page most people see is part of the entry chunk (it is tiny; its form is shared with the
// session-ended dialog anyway), so it renders without waiting for another fetch.
import SignInPage from '../features/auth/pages/sign-in-page';
import { Layout } from './layout';
import { RouteErrorBoundary } from './route-error-boundary';
import { useSession } from './session';
import { SessionDialogs } from './session-dialogs';

const SetupPage = lazyPage(() => import('../features/auth/pages/setup-page'));
const EnrolPage = lazyPage(() => import('../features/auth/pages/enrol-page'));
const CaseloadPage = lazyPage(() => import('../features/caseload/pages/caseload-page'));
const ClientPage = lazyPage(() => import('../features/caseload/pages/client-page'));
const SupervisionHome = lazyPage(() => import('../features/homes/pages/supervision-home'));
const SafeguardingHome = lazyPage(() => import('../features/homes/pages/safeguarding-home'));
const AdminHome = lazyPage(() => import('../features/admin/pages/admin-home'));
const UsersPage = lazyPage(() => import('../features/admin/pages/users-page'));
const AssignmentsPage = lazyPage(() => import('../features/admin/pages/assignments-page'));
const OrganisationPage = lazyPage(() => import('../features/admin/pages/organisation-page'));
const AuditPage = lazyPage(() => import('../features/audit/pages/audit-page'));
const ProfilePage = lazyPage(() => import('../features/profile/pages/profile-page'));
const TrainingLibrary = lazyPage(() => import('../features/training/pages/library-page'));
const TrainingScenario = lazyPage(() => import('../features/training/pages/scenario-page'));
const TrainingExercise = lazyPage(() => import('../features/training/pages/exercise-page'));
const TrainingAuthor = lazyPage(() => import('../features/training/pages/author-page'));
const TrainingAssignments = lazyPage(() => import('../features/training/pages/assignments-page'));
const TrainingAssignment = lazyPage(() => import('../features/training/pages/assignment-page'));
const TrainingProgress = lazyPage(() => import('../features/training/pages/progress-page'));
const TrainingTeam = lazyPage(() => import('../features/training/pages/team-page'));
const PracticeSettingsPage = lazyPage(() => import('../features/case-record/pages/practice-settings-page'));
const ClientRightsPage = lazyPage(() => import('../features/case-record/pages/client-rights-page'));
const NewConsultationPage = lazyPage(() => import('../features/consultations/pages/new-consultation-page'));
const ConsultationPage = lazyPage(() => import('../features/consultations/pages/consultation-page'));
const MyConsultationsPage = lazyPage(() => import('../features/consultations/pages/my-consultations-page'));
const SupervisorConsultationPage = lazyPage(() => import('../features/consultations/pages/supervisor-consultation-page'));
const RaiseConcernPage = lazyPage(() => import('../features/concerns/pages/raise-concern-page'));
const ConcernPage = lazyPage(() => import('../features/concerns/pages/concern-page'));
const EscalationLinkPage = lazyPage(() => import('../features/concerns/pages/escalation-link-page'));
const NewDisclosurePage = lazyPage(() => import('../features/disclosures/pages/new-disclosure-page'));
const DisclosurePage = lazyPage(() => import('../features/disclosures/pages/disclosure-page'));
const ChronologyPage = lazyPage(() => import('../features/disclosures/pages/chronology-page'));
const NotFoundPage = lazyPage(() => import('./not-found-page'));

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

/** The pages each role is likely to open next, fetched in the background once signed in. */
function preloadFor(roles: readonly Role[]) {
  const pages = [ProfilePage, NotFoundPage];
  if (roles.includes('practitioner')) pages.push(CaseloadPage, ClientPage);
  if (roles.includes('safeguarding-lead')) pages.push(SafeguardingHome, ClientPage);
  if (roles.includes('supervisor')) pages.push(SupervisionHome);
  if (roles.includes('dpo')) pages.push(AuditPage);
  if (roles.includes('admin')) pages.push(AdminHome, UsersPage, AssignmentsPage, OrganisationPage);
  for (const p of pages) p.preload();
}

function Preload({ roles }: { roles: readonly Role[] }) {
  useEffect(() => {
    const t = setTimeout(() => preloadFor(roles), 300);
    return () => clearTimeout(t);
  }, [roles]);
  return null;
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
      const from = !state.keepPlace || path === '/setup' || path === '/enrol' || path === '/' ? undefined : path;
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
      <Preload roles={session.user.roles} />
      <Layout>
        <Lazy>
          <Routes>
            <Route path="/caseload" element={<CaseloadPage />} />
            <Route path="/clients/:clientId" element={<ClientPage />} />
            <Route path="/clients/:clientId/concerns/new" element={<RaiseConcernPage />} />
            <Route path="/clients/:clientId/concerns/:concernId" element={<ConcernPage />} />
            <Route path="/escalations/:concernId" element={<EscalationLinkPage />} />
            <Route path="/supervision" element={<SupervisionHome />} />
            <Route path="/clients/:clientId/consult" element={<NewConsultationPage />} />
            <Route path="/consultations" element={<MyConsultationsPage />} />
            <Route path="/consultations/:consultationId" element={<ConsultationPage />} />
            <Route path="/supervision/consultations/:consultationId" element={<SupervisorConsultationPage />} />
            <Route path="/safeguarding" element={<SafeguardingHome />} />
            <Route path="/admin" element={<AdminHome />} />
            <Route path="/admin/users" element={<UsersPage />} />
            <Route path="/admin/assignments" element={<AssignmentsPage />} />
            <Route path="/admin/organisation" element={<OrganisationPage />} />
            <Route path="/audit" element={<AuditPage />} />
            <Route path="/admin/confidentiality" element={<PracticeSettingsPage />} />
            <Route path="/client-rights" element={<ClientRightsPage />} />
            <Route path="/profile" element={<ProfilePage />} />
            <Route path="/training" element={<TrainingLibrary />} />
            <Route path="/training/scenarios/:id" element={<TrainingScenario />} />
            <Route path="/training/exercises/:id" element={<TrainingExercise />} />
            <Route path="/training/write" element={<TrainingAuthor />} />
            <Route path="/training/assignments" element={<TrainingAssignments />} />
            <Route path="/training/assignments/:id" element={<TrainingAssignment />} />
            <Route path="/training/progress" element={<TrainingProgress />} />
            <Route path="/training/team" element={<TrainingTeam />} />
            <Route path="/clients/:clientId/disclosures/new" element={<NewDisclosurePage />} />
            <Route path="/disclosures/:disclosureId" element={<DisclosurePage />} />
            <Route path="/clients/:clientId/chronology" element={<ChronologyPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Lazy>
      </Layout>
    </>
  );
}
