// The case record on the client page (issue 6 §8): at a glance the agreement state of each engagement,
// active consents, referrals (with their outcome history), conflicts of interest, third parties and the latest
// notes (older ones on demand); each action opens its form in a dialog.
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { QueryState } from '../../../components/query-state';
import { formatDate, formatDateTime } from '../../../lib/format';
import { caseApi, CATEGORY_LABELS, CLOSE_REASONS, stateColor, stateText, useCaseRecord, type CaseRecord, type Consent, type Engagement, type Referral } from '../api/case-record';
import { AgreementForm, CloseEngagementForm, ConflictForm, ConsentForm, FormButton, OpenEngagementForm, OutcomeForm, ReferralForm, ReviewForm, SessionNoteForm, ThirdPartyForm, WithdrawConsentForm } from './forms';
import { NotesSection } from './notes';

export function CaseRecordPanel({ clientId, assigned }: { clientId: string; assigned: boolean }) {
  const query = useCaseRecord(clientId);
  return (
    <QueryState query={query} label="the case record">
      {(r) => <Panel clientId={clientId} assigned={assigned} record={r} />}
    </QueryState>
  );
}

function Section({ id, title, actions, children }: { id: string; title: string; actions?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </section>
  );
}

function Panel({ clientId, assigned, record }: { clientId: string; assigned: boolean; record: CaseRecord }) {
  const open = record.engagements.filter((e) => e.status === 'open');
  return (
    <Stack gap="xl">
      <Section
        id="engagements-heading"
        title="Engagements and confidentiality"
        actions={assigned ? <FormButton label="Open an engagement" title="Open an engagement">{(done) => <OpenEngagementForm clientId={clientId} onDone={done} />}</FormButton> : null}
      >
        {record.engagements.length === 0 ? (
          <Text c="dimmed">No engagement yet. Open one to record the confidentiality agreement and session notes.</Text>
        ) : (
          <Stack gap="sm">
            {record.engagements.map((e) => (
              <EngagementCard key={e.id} clientId={clientId} engagement={e} assigned={assigned} record={record} />
            ))}
          </Stack>
        )}
      </Section>

      <Section id="consents-heading" title="Consents to share" actions={assigned ? <FormButton label="Record consent" title="Record consent to share">{(done) => <ConsentForm clientId={clientId} onDone={done} />}</FormButton> : null}>
        <ConsentList clientId={clientId} consents={record.consents} assigned={assigned} />
      </Section>

      <Section
        id="referrals-heading"
        title="Referrals and signposting"
        actions={assigned && open.length ? <FormButton label="Refer or signpost" title="Refer or signpost">{(done) => <ReferralForm clientId={clientId} engagements={record.engagements} consents={record.consents} onDone={done} />}</FormButton> : null}
      >
        <Text size="sm" c="dimmed" mb="xs">
          Where your organisation has an interest in a service (for example its own course), the alternatives offered to the client are recorded with it (I1).
        </Text>
        {record.referrals.length === 0 ? (
          <Text c="dimmed">None yet.</Text>
        ) : (
          <Stack gap="xs" data-testid="referrals">
            {record.referrals.map((r) => (
              <ReferralCard key={r.id} clientId={clientId} referral={r} assigned={assigned} />
            ))}
          </Stack>
        )}
      </Section>

      <Section
        id="conflicts-heading"
        title="Conflicts of interest"
        actions={assigned ? <FormButton label="Declare a conflict of interest" title="Declare a conflict of interest">{(done) => <ConflictForm clientId={clientId} engagements={record.engagements} onDone={done} />}</FormButton> : null}
      >
        {record.conflicts.length === 0 ? (
          <Text c="dimmed">None declared.</Text>
        ) : (
          <Stack gap="xs" data-testid="conflicts">
            {record.conflicts.map((x) => {
              const e = record.engagements.find((y) => y.id === x.engagementId);
              return (
                <Card key={x.id} withBorder padding="sm" radius="md">
                  <Text fw={600}>{x.description}</Text>
                  <Text size="sm">What was done: {x.action}</Text>
                  <Text size="sm" c="dimmed">
                    Declared {formatDate(x.declaredAt)}
                    {e ? ` · ${e.service}` : ''}
                  </Text>
                </Card>
              );
            })}
          </Stack>
        )}
      </Section>

      <Section id="people-heading" title="Other people mentioned (third parties)" actions={assigned ? <FormButton label="Add a person" title="Add a third party">{(done) => <ThirdPartyForm clientId={clientId} onDone={done} />}</FormButton> : null}>
        <Text size="sm" c="dimmed" mb="xs">
          Shown only in your own view: their names are never shown in shared or exported views, and are redacted when a note leaves your view (T1, T3).
        </Text>
        {record.thirdParties.length === 0 ? (
          <Text c="dimmed">None recorded.</Text>
        ) : (
          <Group gap="xs">
            {record.thirdParties.map((t) => (
              <Badge key={t.id} variant="light" color="gray" tt="none">
                {t.name} · {t.relationship}
              </Badge>
            ))}
          </Group>
        )}
      </Section>

      <Section id="session-notes-heading" title={`Notes (${record.noteCount})`}>
        <NotesSection clientId={clientId} assigned={assigned} record={record} />
      </Section>
    </Stack>
  );
}

function ReferralCard({ clientId, referral: r, assigned }: { clientId: string; referral: Referral; assigned: boolean }) {
  const history = r.outcomeHistory ?? (r.outcome ? [{ outcome: r.outcome, at: r.createdAt, recordedAt: r.createdAt }] : []);
  return (
    <Card withBorder padding="sm" radius="md" data-testid="referral">
      <Group justify="space-between" wrap="wrap" align="flex-start">
        <Stack gap={2}>
          <Text fw={600}>
            {r.kind === 'referral' ? 'Referral' : 'Signposting'} to {r.recipientName}
          </Text>
          <Text size="sm">{r.reason}</Text>
          {r.organisationInterest ? (
            <Text size="sm">
              <Badge size="sm" variant="light" color="yellow" c="#5c4400" mr={6}>
                Organisation has an interest
              </Badge>
              Alternatives offered: {r.alternativesOffered}
            </Text>
          ) : r.alternativesOffered ? (
            <Text size="sm">Alternatives offered: {r.alternativesOffered}</Text>
          ) : null}
          <Text size="sm" c="dimmed">
            Made {formatDate(r.createdAt)}
          </Text>
        </Stack>
        {assigned ? (
          <FormButton label="Record an outcome" title="Referral outcome" variant="default">
            {(done) => <OutcomeForm clientId={clientId} referral={r} onDone={done} />}
          </FormButton>
        ) : null}
      </Group>
      {history.length ? (
        <Stack gap={0} mt={6} data-testid="outcome-history">
          <Text size="sm" fw={600}>
            Outcome: {history[history.length - 1]!.outcome} ({formatDate(history[history.length - 1]!.at)})
          </Text>
          {history.length > 1 ? (
            <Text size="sm" c="dimmed" component="div">
              Earlier:
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {history
                  .slice(0, -1)
                  .reverse()
                  .map((o) => (
                    <li key={o.recordedAt + o.outcome}>
                      {formatDate(o.at)}: {o.outcome}
                    </li>
                  ))}
              </ul>
            </Text>
          ) : null}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed" mt={6}>
          No outcome recorded yet.
        </Text>
      )}
    </Card>
  );
}

function EngagementCard({ clientId, engagement: e, assigned, record }: { clientId: string; engagement: Engagement; assigned: boolean; record: CaseRecord }) {
  const a = e.agreement;
  const isOpen = e.status === 'open';
  return (
    <Card withBorder radius="md" padding="md" data-testid="engagement">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={650}>{e.service}</Text>
        <Group gap="xs">
          <Badge color={isOpen ? 'blue' : 'gray'} variant="light">
            {isOpen ? 'Open' : 'Ended'}
          </Badge>
          <Badge color={stateColor[a.state]} variant="filled" data-testid="agreement-state">
            {stateText[a.state]}
          </Badge>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4} mt="xs">
        <Text size="sm">Opened {formatDate(e.openedAt)}</Text>
        {a.explainedAt ? (
          <Text size="sm">
            Limits explained {formatDate(a.explainedAt)} (statement version {a.statementVersion})
          </Text>
        ) : null}
        {a.reviewDueAt ? <Text size="sm">Review due by {formatDate(a.reviewDueAt)}</Text> : null}
        {a.notReadyReason ? <Text size="sm">Not ready: {a.notReadyReason}</Text> : null}
        {e.commissioning ? (
          <Text size="sm">
            Commissioned by {e.commissioning.organisation}; told: {e.commissioning.toldAboutRole}
          </Text>
        ) : null}
        {e.closedAt ? (
          <Text size="sm">
            Ended {formatDate(e.closedAt)}: {CLOSE_REASONS.find((r) => r.value === e.closeReason)?.label ?? e.closeReason}
            {e.closing?.confidentialityNotBroken ? ' · confidentiality was not broken' : ''}
          </Text>
        ) : null}
      </SimpleGrid>
      {assigned && isOpen ? (
        <Group gap="xs" mt="sm">
          <FormButton label={a.state === 'missing' ? 'Record the agreement' : a.state === 'incomplete' ? 'Complete the agreement' : 'Update the agreement'} title="Confidentiality agreement" variant={a.state === 'missing' || a.state === 'incomplete' ? 'filled' : 'light'}>
            {(done) => <AgreementForm clientId={clientId} engagement={e} onDone={done} />}
          </FormButton>
          {a.state !== 'missing' && a.state !== 'incomplete' ? (
            <FormButton label="Record a review" title="Yearly review of the agreement">
              {(done) => <ReviewForm clientId={clientId} engagement={e} onDone={done} />}
            </FormButton>
          ) : null}
          <FormButton label="Add a session note" title="Session note">
            {(done) => <SessionNoteForm clientId={clientId} engagement={e} thirdParties={record.thirdParties} onDone={done} />}
          </FormButton>
          <FormButton label="End the engagement" title="End the engagement" variant="default">
            {(done) => <CloseEngagementForm clientId={clientId} engagement={e} onDone={done} />}
          </FormButton>
        </Group>
      ) : null}
      {a.state !== 'missing' ? (
        <Anchor href={caseApi.agreementPdfUrl(clientId, e.id)} target="_blank" rel="noopener" size="sm" mt="xs" display="inline-block">
          Printable copy of the agreement for the client (PDF)
        </Anchor>
      ) : null}
    </Card>
  );
}

function ConsentList({ clientId, consents, assigned }: { clientId: string; consents: Consent[]; assigned: boolean }) {
  if (!consents.length) return <Text c="dimmed">No consents recorded.</Text>;
  const groups: [string, Consent[]][] = [
    ['Active', consents.filter((c) => c.status === 'active')],
    ['Expired', consents.filter((c) => c.status === 'expired' || c.status === 'not-yet-valid')],
    ['Withdrawn', consents.filter((c) => c.status === 'withdrawn')],
  ];
  return (
    <Stack gap="sm" data-testid="consents">
      {groups.map(([label, list]) =>
        list.length ? (
          <Stack key={label} gap={4}>
            <Text fw={600} size="sm">
              {label} ({list.length})
            </Text>
            {list.map((c) => (
              <Card key={c.id} withBorder padding="sm" radius="md" data-testid={`consent-${c.status}`}>
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2}>
                    <Text fw={600}>{c.recipient.name}</Text>
                    <Text size="sm">
                      {c.categories.map((x) => CATEGORY_LABELS[x] ?? x).join(', ')} — {c.purpose}
                    </Text>
                    <Text size="sm" c="dimmed">
                      Given {formatDate(c.givenAt)} ({c.method})
                      {c.expiresAt ? ` · expires ${formatDate(c.expiresAt)}` : ''}
                      {c.withdrawnAt ? ` · withdrawn ${formatDate(c.withdrawnAt)}` : ''}
                    </Text>
                  </Stack>
                  {assigned && c.status === 'active' ? (
                    <FormButton label="Withdraw" title="Withdraw consent" variant="default">
                      {(done) => <WithdrawConsentForm clientId={clientId} consent={c} onDone={done} />}
                    </FormButton>
                  ) : null}
                </Group>
              </Card>
            ))}
          </Stack>
        ) : null,
      )}
    </Stack>
  );
}
