// Consultations on the client page (U1): the list for this client and, for the assigned practitioner, the way to
// consult a supervisor without names.
import { Button, Group, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { useClientConsultations } from '../api/consultations';
import { ConsultationsTable } from './consultations-table';

export function ConsultationsPanel({ clientId, assigned }: { clientId: string; assigned: boolean }) {
  if (!assigned) return null;
  return <Panel clientId={clientId} />;
}

function Panel({ clientId }: { clientId: string }) {
  const query = useClientConsultations(clientId);
  return (
    <section aria-labelledby="consultations-heading">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h3" id="consultations-heading">
          Consultations
        </Title>
        <Button component={Link} to={`/clients/${encodeURIComponent(clientId)}/consult`} variant="light" size="sm">
          Consult a supervisor
        </Button>
      </Group>
      <QueryState query={query} label="consultations">
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">No consultations yet. Unsure what to do? Ask a supervisor: the packet you send carries no names or identifying details.</Text>
          ) : (
            <ConsultationsTable list={list} label={{ labelledBy: 'consultations-heading' }} />
          )
        }
      </QueryState>
    </section>
  );
}
