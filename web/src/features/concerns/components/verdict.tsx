// The engine's answer, shown plainly: the verdict, why, the steps to take and the sources it rests on.
import { Alert, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { VERDICT_LABELS, type EngineResult } from '../api/concerns';

export function VerdictCard({ result, policyVersion }: { result: EngineResult; policyVersion: string }) {
  return (
    <Card withBorder radius="md" p="lg" aria-labelledby="verdict-heading" component="section">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3" id="verdict-heading">
            What the policy says
          </Title>
          <Text size="sm" c="dimmed">
            Policy {policyVersion}
          </Text>
        </Group>
        <Group gap="xs" wrap="wrap">
          <Text fw={650} fz="lg" data-testid="verdict">
            {VERDICT_LABELS[result.verdict] ?? result.verdict}
          </Text>
          {result.mandatory ? <Badge color="red" variant="light">Required by law</Badge> : null}
          {result.approvalRequired ? <Badge color="orange" variant="light">Needs a second person’s approval</Badge> : null}
          {result.informClientFirst ? <Badge color="blue" variant="light">Talk to the client first</Badge> : null}
        </Group>
        <Text data-testid="rationale">{result.rationale}</Text>
        {result.steps.length ? (
          <>
            <Title order={3} size="h4">
              Steps
            </Title>
            <List type="ordered" spacing={4}>
              {result.steps.map((s) => (
                <List.Item key={s.id}>{s.text}</List.Item>
              ))}
            </List>
          </>
        ) : null}
        {result.citations.length ? (
          <>
            <Title order={3} size="h4">
              Sources
            </Title>
            <List spacing={4} size="sm">
              {result.citations.map((c, i) => (
                <List.Item key={`${c.source}-${i}`}>
                  <Text span fw={600} size="sm">
                    {c.source}
                  </Text>
                  {c.note ? ` — ${c.note}` : ''}
                </List.Item>
              ))}
            </List>
          </>
        ) : null}
        {result.warnings.map((w) => (
          <Alert key={w} color="yellow" variant="light">
            {w}
          </Alert>
        ))}
        <Text size="sm" c="dimmed">
          The engine advises; you decide. If you choose otherwise, say why — your reason is kept with the concern.
        </Text>
      </Stack>
    </Card>
  );
}
