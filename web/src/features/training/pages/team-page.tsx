// The team summary: results by topic (concern and profession), counts and rates, weakest first. Never
// names a person: it shows where the team needs more practice, not who.
import { Alert, SimpleGrid, Stack } from '@mantine/core';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { RequireRole } from '../../../components/require-role';
import { useTeam } from '../api/training';
import { TopicTable } from '../components/topic-table';
import { Figure } from './progress-page';

export default function TeamPage() {
  return (
    <RequireRole roles={['admin', 'supervisor']}>
      <Team />
    </RequireRole>
  );
}

function Team() {
  const team = useTeam();
  return (
    <Page title="Team training summary" heading="Team training summary" intro="Where the team is weakest, by topic. No individual is named here.">
      <QueryState query={team} label="the team summary">
        {(t) => (
          <Stack gap="md">
            <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
              <Figure label="Learners" value={t.learners} />
              <Figure label="Assignments" value={t.assignments} />
              <Figure label="Completed" value={t.completed} />
              <Figure label="Overdue" value={t.overdue} />
              <Figure label="Answers" value={t.answered} />
              <Figure label="Average score" value={t.averageScore ?? '—'} />
            </SimpleGrid>
            {t.smallGroup && t.learners > 0 ? (
              <Alert color="gray" variant="light" title="A small group">
                Fewer than three learners: topic figures may point at a person. Discuss them with care.
              </Alert>
            ) : null}
            <TopicTable rows={t.byTopic} caption="Team results by topic, weakest first" testId="team-topics" />
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}
