// The scenario library: shipped scenarios and exercises plus the organisation's own, filtered by tags.
import { useState } from 'react';
import { Anchor, Badge, Group, Select, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useFullSession } from '../../../app/session';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { CONCERNS, DIFFICULTIES, label, PROFESSIONS, PROFESSION_LABELS, useLibrary } from '../api/training';
import { TagBadges } from '../components/tags';

export default function LibraryPage() {
  const { user } = useFullSession();
  const qc = useQueryClient();
  const [kind, setKind] = useState<string | null>(null);
  const [profession, setProfession] = useState<string | null>(null);
  const [concern, setConcern] = useState<string | null>(null);
  const [difficulty, setDifficulty] = useState<string | null>(null);
  const lib = useLibrary({ kind: kind ?? undefined, profession: profession ?? undefined, concern: concern ?? undefined, difficulty: difficulty ?? undefined });
  const author = user.roles.includes('admin') || user.roles.includes('supervisor');
  return (
    <Page
      title="Training library"
      heading="Training library"
      intro="Realistic confidentiality dilemmas, invented for teaching. Judge each one, then compare your answer with the decision engine Confidant uses in practice."
      actions={
        <Group gap="sm">
          <Anchor component={Link} to="/training/assignments">
            Your assignments
          </Anchor>
          <Anchor component={Link} to="/training/progress">
            Your progress
          </Anchor>
          {author ? (
            <Anchor component={Link} to="/training/write">
              Write a scenario
            </Anchor>
          ) : null}
        </Group>
      }
    >
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select label="Exercise kind" placeholder="Both kinds" clearable value={kind} onChange={setKind} data={[{ value: 'scenario', label: 'What would you do?' }, { value: 'exercise', label: 'Ethical or unethical?' }]} />
        <Select label="Profession" placeholder="All professions" clearable value={profession} onChange={setProfession} data={PROFESSIONS.map((p) => ({ value: p, label: PROFESSION_LABELS[p] ?? p }))} />
        <Select label="Concern" placeholder="All concerns" clearable value={concern} onChange={setConcern} data={CONCERNS.map((c) => ({ value: c, label: label(c) }))} />
        <Select label="Difficulty" placeholder="Any difficulty" clearable value={difficulty} onChange={setDifficulty} data={DIFFICULTIES.map((d) => ({ value: d, label: label(d) }))} />
      </Group>
      <QueryState query={lib} label="the library">
        {(items) =>
          items.length === 0 ? (
            <Text>Nothing matches these filters.</Text>
          ) : (
            <div className="table-wrap">
              <Table verticalSpacing="sm" striped data-testid="library-table">
                <Table.Caption>{items.length} items</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Title</Table.Th>
                    <Table.Th scope="col">Kind</Table.Th>
                    <Table.Th scope="col">Tags</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((i) => (
                    <Table.Tr key={`${i.kind}:${i.id}`}>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`/training/${i.kind === 'scenario' ? 'scenarios' : 'exercises'}/${encodeURIComponent(i.id)}`}
                          fw={600}
                          onClick={() => {
                            // The library already holds the narrative: the scenario page shows at once.
                            if (i.kind === 'scenario' && i.narrative) qc.setQueryData(['training', 'scenario', i.id], { id: i.id, title: i.title, narrative: i.narrative, tags: i.tags, source: i.source });
                          }}
                        >
                          {i.title}
                        </Anchor>
                        {i.source === 'organisation' ? (
                          <Badge ml="xs" size="sm" variant="outline">
                            Your organisation
                          </Badge>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{i.kind === 'scenario' ? 'What would you do?' : 'Ethical or unethical?'}</Table.Td>
                      <Table.Td>
                        <TagBadges tags={i.tags} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )
        }
      </QueryState>
    </Page>
  );
}
