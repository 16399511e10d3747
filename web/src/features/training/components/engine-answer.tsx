// The decision engine's answer, with its rationale, steps and citations: the same engine and policy
// packs as practice, so what is taught here is what Confidant advises for a real case.
import { Badge, List, Paper, Stack, Text, Title } from '@mantine/core';
import { label, VERDICT_LABELS, type EngineAnswer } from '../api/training';

export function EngineAnswerPanel({ engine, headingId, heading = "The decision engine's answer" }: { engine: EngineAnswer; headingId: string; heading?: string }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {heading}
        </Title>
        <Text fw={650} data-testid="engine-verdict">
          {VERDICT_LABELS[engine.verdict]}
        </Text>
        <Text size="sm">Tell the client first: {engine.informClientFirst ? 'yes' : 'no, telling them could raise the risk'}</Text>
        <Text size="sm">Approval needed before acting: {engine.approvalRequired ? 'yes' : 'no'}</Text>
        <Text size="sm">Urgency: {engine.urgency}</Text>
        <Text size="sm">Who is told: {engine.recipients.length ? engine.recipients.map(label).join(', ') : 'nobody'}</Text>
        {engine.minimumNecessary.length ? (
          <>
            <Text size="sm" fw={600}>
              The minimum to share
            </Text>
            <List size="sm">
              {engine.minimumNecessary.map((m) => (
                <List.Item key={m}>{label(m)}</List.Item>
              ))}
            </List>
          </>
        ) : null}
        <Text size="sm" fw={600}>
          Why
        </Text>
        <Text size="sm" data-testid="engine-rationale">
          {engine.rationale}
        </Text>
        {engine.steps.length ? (
          <>
            <Text size="sm" fw={600}>
              Steps
            </Text>
            <List size="sm" type="ordered">
              {engine.steps.map((s) => (
                <List.Item key={s.id}>{s.text}</List.Item>
              ))}
            </List>
          </>
        ) : null}
        <Text size="sm" fw={600}>
          Citations
        </Text>
        <List size="sm" data-testid="engine-citations">
          {engine.citations.map((c) => (
            <List.Item key={`${c.source}${c.note}`}>
              <Text span fw={600} size="sm">
                {c.source}
              </Text>
              {c.note ? ` — ${c.note}` : ''}
            </List.Item>
          ))}
        </List>
        <Badge variant="light" color="gray">
          Policy {engine.policy.id} {engine.policy.version}
        </Badge>
      </Stack>
    </Paper>
  );
}
