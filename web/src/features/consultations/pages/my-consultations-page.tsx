// The practitioner's consultations across their clients, newest first, with who replied last.
import { Text } from '@mantine/core';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { RequireRole } from '../../../components/require-role';
import { useMyConsultations } from '../api/consultations';
import { ConsultationsTable } from '../components/consultations-table';

export default function MyConsultationsPage() {
  return (
    <RequireRole roles={['practitioner']}>
      <Mine />
    </RequireRole>
  );
}

function Mine() {
  const query = useMyConsultations();
  return (
    <Page title="Your consultations" intro="Consultations you asked of a supervisor, without names. Open one to read replies.">
      <QueryState query={query} label="your consultations">
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">You have not consulted a supervisor yet. Start from a client’s record: “Consult a supervisor”.</Text>
          ) : (
            <ConsultationsTable list={list} label={{ text: 'Your consultations' }} />
          )
        }
      </QueryState>
    </Page>
  );
}
