// The link in the escalation e-mail (/escalations/:concernId): it carries no client id, so the lead's queue
// says which client the concern belongs to; then on to the concern.
import { Navigate, useParams } from 'react-router';
import { NotAvailable } from '../../../components/not-available';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { RequireRole } from '../../../components/require-role';
import { useQueue } from '../api/concerns';

export default function EscalationLinkPage() {
  return (
    <RequireRole roles={['safeguarding-lead']}>
      <Find />
    </RequireRole>
  );
}

function Find() {
  const { concernId = '' } = useParams();
  const queue = useQueue();
  if (queue.data) {
    const item = queue.data.find((i) => i.id === concernId);
    return item ? <Navigate replace to={`/clients/${encodeURIComponent(item.clientId)}/concerns/${encodeURIComponent(item.id)}`} /> : <NotAvailable title="Escalated concern" />;
  }
  return (
    <Page title="Escalated concern">
      <QueryState query={queue} label="escalated concerns">
        {() => null}
      </QueryState>
    </Page>
  );
}
