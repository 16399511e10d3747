// One of your assignments: its items, which are answered, and the certificate once complete.
import { Anchor, Badge, Button, List, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { formatDate } from '../../../lib/format';
import { certificateUrl, useAssignment, type AssignmentDetail } from '../api/training';

export default function AssignmentPage() {
  const { id = '' } = useParams();
  const a = useAssignment(id);
  return (
    <QueryState query={a} label="the assignment">
      {(d) => <Assignment d={d} />}
    </QueryState>
  );
}

function Assignment({ d }: { d: AssignmentDetail }) {
  return (
    <Page title="Training assignment" heading={d.title} intro={`Due ${formatDate(d.dueAt)}. ${d.answered} of ${d.total} answered. Each item can be answered once.`}>
      <List spacing="sm" data-testid="assignment-items">
        {d.items.map((it) => (
          <List.Item key={`${it.kind}:${it.id}`}>
            <Stack gap={2}>
              {it.answered ? (
                <Text fw={600}>
                  {it.title} <Badge color="green">Answered, score {it.score}</Badge>
                </Text>
              ) : (
                <Anchor component={Link} to={`/training/${it.kind === 'scenario' ? 'scenarios' : 'exercises'}/${encodeURIComponent(it.id)}?assignment=${encodeURIComponent(d.id)}`} fw={600}>
                  {it.title}
                </Anchor>
              )}
              <Text size="sm" c="dimmed">
                {it.kind === 'scenario' ? 'What would you do?' : 'Ethical or unethical?'}
              </Text>
            </Stack>
          </List.Item>
        ))}
      </List>
      {d.certificate ? (
        <Button component="a" href={certificateUrl(d.id)} download w="fit-content">
          Download your certificate (PDF)
        </Button>
      ) : null}
    </Page>
  );
}
