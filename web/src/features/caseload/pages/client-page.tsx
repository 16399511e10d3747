// One client's record. Only practitioners and safeguarding leads ever request it; everyone else
// (admins, DPOs, supervisors) is shown "not available" without a request being made. The browser
// title stays generic: a name never goes into the title, the URL or storage.
import { Alert, Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useFullSession } from '../../../app/session';
import { NotAvailable } from '../../../components/not-available';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { ApiError } from '../../../lib/api';
import { formatDate, formatDateTime } from '../../../lib/format';
import { mayOpenClients } from '../../auth/api/auth';
import { useClient, type ClientDetail } from '../api/clients';
import { CaseRecordPanel } from '../../case-record/components/case-record-panel';
import { ConsultationsPanel } from '../../consultations/components/consultations-panel';
import { ConcernsPanel } from '../../concerns/components/concerns-panel';
import { DisclosuresPanel } from '../../disclosures/components/disclosures-panel';
import { useCaseRecord } from '../../case-record/api/case-record';

export default function ClientPage() {
  const { user } = useFullSession();
  const { clientId = '' } = useParams();
  if (!mayOpenClients(user.roles)) return <NotAvailable title="Client record" />;
  return <ClientRecord id={clientId} />;
}

function ClientRecord({ id }: { id: string }) {
  const query = useClient(id);
  // Fetched alongside the client (not after it), so the case record does not wait for a second round trip.
  useCaseRecord(id);
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 403 || query.error.status === 400)) return <NotAvailable title="Client record" />;
  return (
    <Page title="Client record" heading={query.data ? query.data.name : 'Client record'} intro={query.data ? `Reference ${query.data.reference}` : undefined}>
      <QueryState query={query} label="this record">
        {(client) => <ClientBody client={client} />}
      </QueryState>
    </Page>
  );
}

function Field({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {value || '—'}
      </Text>
    </Stack>
  );
}

function ClientBody({ client }: { client: ClientDetail }) {
  const { user } = useFullSession();
  const assigned = client.practitionerId === user.id;
  return (
    <Stack gap="xl">
      {client.breakGlass ? (
        <Alert color="orange" variant="light" title="Emergency access" role="status">
          You opened this record under emergency (break-glass) access until {formatDateTime(client.breakGlass.expiresAt)}. Every view is recorded and the assigned practitioner
          has been told.
        </Alert>
      ) : null}
      <section aria-labelledby="details-heading">
        <Title order={2} size="h3" id="details-heading" mb="sm">
          Details
        </Title>
        <Paper withBorder p="lg" radius="md">
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" m={0}>
            <Field label="Preferred name" value={client.preferredName} />
            <Field label="Date of birth" value={client.dateOfBirth ? formatDate(client.dateOfBirth) : null} />
            <Field label="Status" value={client.status} />
            <Field label="Email" value={client.email} />
            <Field label="Phone" value={client.phone} />
            <Field label="Language" value={client.language} />
          </SimpleGrid>
        </Paper>
      </section>
      <ConcernsPanel clientId={client.id} assigned={assigned} />
      <DisclosuresPanel clientId={client.id} assigned={assigned} />
      <ConsultationsPanel clientId={client.id} assigned={assigned} />
      <CaseRecordPanel clientId={client.id} assigned={assigned} />
      <Anchor component={Link} to="/caseload">
        Back to your caseload
      </Anchor>
    </Stack>
  );
}
