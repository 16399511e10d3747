// Your own progress: assignments, answers, scores by topic, certificates.
import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { certificateUrl, useMyAssignments, useProgress } from '../api/training';
import { TopicTable } from '../components/topic-table';

export function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

export default function ProgressPage() {
  const progress = useProgress();
  const mine = useMyAssignments();
  return (
    <Page title="Your training progress" heading="Your training progress" intro="Only you see this page.">
      <QueryState query={progress} label="your progress">
        {(p) => (
          <Stack gap="md">
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              <Figure label="Assignments" value={p.assignments} />
              <Figure label="Completed" value={p.completed} />
              <Figure label="Answers" value={p.answered} />
              <Figure label="Average score" value={p.averageScore ?? '—'} />
            </SimpleGrid>
            <TopicTable rows={p.byTopic} caption="Your results by topic, weakest first" testId="my-topics" />
          </Stack>
        )}
      </QueryState>
      <section aria-labelledby="certs-heading">
        <Title order={2} size="h3" id="certs-heading" mb="sm">
          Certificates
        </Title>
        <QueryState query={mine} label="your certificates">
          {(rows) => {
            const done = rows.filter((r) => r.certificate);
            return done.length === 0 ? (
              <Text>Complete an assignment to receive a certificate.</Text>
            ) : (
              <Group gap="md">
                {done.map((r) => (
                  <Anchor key={r.id} href={certificateUrl(r.id)} download>
                    Certificate: {r.title} (PDF)
                  </Anchor>
                ))}
              </Group>
            );
          }}
        </QueryState>
      </section>
      <Anchor component={Link} to="/training">
        Back to the library
      </Anchor>
    </Page>
  );
}
