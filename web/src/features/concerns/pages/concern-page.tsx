// One concern: what was recorded (the answers, the verdict and the choice), its escalation, the question thread
// and the decision. The assigned practitioner chooses, escalates and answers; a safeguarding lead reaches it from
// the queue once it is escalated (that concern only, not the record), asks questions and decides.
import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useFullSession } from '../../../app/session';
import { NotAvailable } from '../../../components/not-available';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { ApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { mayOpenClients } from '../../auth/api/auth';
import {
  AT_RISK_LABELS, CONCERN_LABELS, CONSENT_LABELS, IMMINENCE_LABELS, NATURE_LABELS, OUTCOME_LABELS, SEVERITY_LABELS, STATUS_LABELS, URGENCY_COLOR, URGENCY_LABELS,
  useConcern, type Concern,
} from '../api/concerns';
import { ChoiceForm, DecisionForm, EscalateForm, Thread } from '../components/concern-forms';
import { VerdictCard } from '../components/verdict';
import { RequestDisclosureLink } from '../components/request-disclosure-link';
import { ColleagueOptions } from './raise-concern-page';

export default function ConcernPage() {
  const { user } = useFullSession();
  const { clientId = '', concernId = '' } = useParams();
  if (!mayOpenClients(user.roles)) return <NotAvailable title="Concern" />;
  return <ConcernDetail clientId={clientId} concernId={concernId} />;
}

function ConcernDetail({ clientId, concernId }: { clientId: string; concernId: string }) {
  const query = useConcern(clientId, concernId);
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 403 || query.error.status === 400)) return <NotAvailable title="Concern" />;
  return (
    <Page title="Concern" heading={query.data ? `Concern — client ${query.data.clientReference}` : 'Concern'} intro={query.data ? `Raised by ${query.data.raisedByName} on ${formatDateTime(query.data.createdAt)}` : undefined}>
      <QueryState query={query} label="the concern">
        {(c) => <Body concern={c} />}
      </QueryState>
    </Page>
  );
}

function Answer({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {value}
      </Text>
    </Stack>
  );
}

function Body({ concern }: { concern: Concern }) {
  const { user } = useFullSession();
  const isLead = user.roles.includes('safeguarding-lead') && concern.raisedBy !== user.id;
  const isPractitioner = !isLead && user.roles.includes('practitioner');
  const f = concern.facts;
  const about = concern.kind === 'colleague' ? `A colleague of the client — ${NATURE_LABELS[concern.colleagueNature ?? ''] ?? ''}` : (CONCERN_LABELS[String(f.concern)] ?? String(f.concern));
  return (
    <Stack gap="xl">
      <Group gap="xs">
        <Badge variant="light">{STATUS_LABELS[concern.status] ?? concern.status}</Badge>
        {concern.urgency ? <Badge variant="light" color={URGENCY_COLOR[concern.urgency] ?? 'gray'}>{URGENCY_LABELS[concern.urgency] ?? concern.urgency}</Badge> : null}
      </Group>
      <section aria-labelledby="answers-heading">
        <Title order={2} size="h3" id="answers-heading" mb="sm">
          What was recorded
        </Title>
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md">
            <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="concern-summary">
              {concern.summary}
            </Text>
            <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" m={0}>
              <Answer label="About" value={about} />
              <Answer label="Who may be at risk" value={AT_RISK_LABELS[concern.atRisk] ?? concern.atRisk} />
              <Answer label="How soon" value={IMMINENCE_LABELS[String(f.imminence)] ?? String(f.imminence)} />
              <Answer label="How serious" value={SEVERITY_LABELS[String(f.severity)] ?? String(f.severity)} />
              <Answer label="Client’s agreement to share" value={CONSENT_LABELS[String(f.clientConsent)] ?? String(f.clientConsent)} />
              <Answer label="Limits explained" value={`${f.limitsExplained ? 'Yes' : 'No'} — ${concern.limitsSource}`} />
            </SimpleGrid>
          </Stack>
        </Paper>
      </section>
      <VerdictCard result={concern.engineResult} policyVersion={concern.policyVersion} />
      {concern.colleagueOptions.length ? <ColleagueOptions concern={concern} /> : null}
      <section aria-labelledby="choice-heading">
        <Title order={2} size="h3" id="choice-heading" mb="sm">
          The practitioner’s choice
        </Title>
        <Paper withBorder p="lg" radius="md">
          {concern.choice ? (
            <Text data-testid="choice">
              {concern.choice === 'accepted' ? 'Accepted the verdict.' : `Chose otherwise: ${concern.choiceReason ?? ''}`}
            </Text>
          ) : isPractitioner ? (
            <ChoiceForm concern={concern} />
          ) : (
            <Text c="dimmed">Not yet recorded.</Text>
          )}
        </Paper>
      </section>
      <section aria-labelledby="escalation-heading">
        <Title order={2} size="h3" id="escalation-heading" mb="sm">
          Safeguarding lead
        </Title>
        <Paper withBorder p="lg" radius="md">
          {concern.status === 'open' ? (
            isPractitioner ? (
              <EscalateForm concern={concern} />
            ) : (
              <Text c="dimmed">Not escalated.</Text>
            )
          ) : (
            <Stack gap="md">
              <Text>
                Escalated {formatDateTime(concern.escalatedAt)} as {URGENCY_LABELS[concern.urgency ?? ''] ?? concern.urgency}.
                {concern.emailStatus === 'failed' ? ' The e-mail to the leads could not be sent; they were notified in the app.' : ''}
              </Text>
              {concern.escalationNote ? (
                <Text>
                  <Text span fw={600}>
                    Note for the lead:
                  </Text>{' '}
                  {concern.escalationNote}
                </Text>
              ) : null}
              <Title order={3} size="h4">
                Questions and answers
              </Title>
              <Thread concern={concern} canWrite={concern.status === 'escalated'} asLead={isLead} />
              <Title order={3} size="h4">
                Decision
              </Title>
              {concern.decision ? (
                <Alert color="green" variant="light" title={OUTCOME_LABELS[concern.decision.outcome] ?? concern.decision.outcome} data-testid="decision">
                  {concern.decision.reason}
                  <Text size="sm" c="dimmed" mt={4}>
                    Decided {formatDateTime(concern.decision.decidedAt)}
                  </Text>
                </Alert>
              ) : isLead ? (
                <DecisionForm concern={concern} />
              ) : (
                <Text c="dimmed">Waiting for the lead’s decision.</Text>
              )}
            </Stack>
          )}
        </Paper>
      </section>
      {isPractitioner ? <RequestDisclosureLink concern={concern} /> : null}
      {isPractitioner ? (
        <Text>
          Unsure what to do?{' '}
          <Anchor component={Link} underline="always" to={`/clients/${encodeURIComponent(concern.clientId)}/consult?concern=${encodeURIComponent(concern.id)}`} data-testid="consult-supervisor">
            Consult a supervisor
          </Anchor>{' '}
          without names: the packet is de-identified before anything is sent.
        </Text>
      ) : null}
      <Anchor component={Link} to={isLead ? '/safeguarding' : `/clients/${encodeURIComponent(concern.clientId)}`}>
        {isLead ? 'Back to the safeguarding queue' : 'Back to the client'}
      </Anchor>
    </Stack>
  );
}
