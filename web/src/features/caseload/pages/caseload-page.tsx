// A practitioner's home: their own clients, searchable as they type (in memory: the term never
// leaves this component), with those needing attention first.
import { memo, useMemo, useState } from 'react';
import { Anchor, Button, Card, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { RequireRole } from '../../../components/require-role';
import { matchesSearch, useCaseload, type ClientSummary } from '../api/clients';
import { AddClient } from '../components/add-client';
import { FlagBadges } from '../components/flag-badges';

export default function CaseloadPage() {
  return (
    <RequireRole roles={['practitioner']}>
      <Caseload />
    </RequireRole>
  );
}

function displayName(c: ClientSummary) {
  return c.preferredName && c.preferredName !== c.name ? `${c.name} (${c.preferredName})` : c.name;
}

function Caseload() {
  const query = useCaseload();
  const [term, setTerm] = useState('');
  return (
    <Page title="Caseload" heading="Your caseload" intro="The clients assigned to you. Only you (and, in an emergency, a safeguarding lead) can open these records." actions={<AddClient />}>
      <QueryState query={query} label="your caseload">
        {(clients) => <CaseloadBody clients={clients} term={term} setTerm={setTerm} />}
      </QueryState>
    </Page>
  );
}

/** Rows rendered at first (and added per "Show more"): a long caseload is searched, not scrolled, and a table of
 * hundreds of rows made every keystroke and leaving the page slow. The search always covers every client. */
const ROWS = 100;

function CaseloadBody({ clients, term, setTerm }: { clients: ClientSummary[]; term: string; setTerm: (t: string) => void }) {
  const shown = useMemo(() => clients.filter((c) => matchesSearch(c, term)), [clients, term]);
  const [rows, setRows] = useState(ROWS);
  const visible = shown.length > rows ? shown.slice(0, rows) : shown;
  const attention = shown.filter((c) => c.flags.length > 0);
  if (clients.length === 0) {
    return (
      <Paper withBorder p="xl" radius="md">
        <Text>No clients are assigned to you yet. Use “Add a client” to open a record, or ask your administrator to assign one.</Text>
      </Paper>
    );
  }
  return (
    <Stack gap="xl">
      <Stack gap={6} maw={480}>
        <TextInput
          type="search"
          label="Search your caseload"
          description="By name or reference. Results update as you type."
          value={term}
          onChange={(e) => setTerm(e.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="caseload-count">
          {term.trim() ? `${shown.length} of ${clients.length} clients match` : `${clients.length} ${clients.length === 1 ? 'client' : 'clients'}`}
        </Text>
      </Stack>

      <section aria-labelledby="attention-heading">
        <Title order={2} size="h3" id="attention-heading" mb="sm">
          Needs attention
        </Title>
        {attention.length === 0 ? (
          <Text c="dimmed">Nothing needs your attention{term.trim() ? ' among these results' : ''}.</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {attention.map((c) => (
              <Card key={c.id} withBorder radius="md" padding="md">
                <Stack gap={6}>
                  <Anchor component={Link} to={`/clients/${encodeURIComponent(c.id)}`} fw={650}>
                    {displayName(c)}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {c.reference}
                  </Text>
                  <FlagBadges flags={c.flags} />
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </section>

      <section aria-labelledby="all-heading">
        <Title order={2} size="h3" id="all-heading" mb="sm">
          All your clients
        </Title>
        {shown.length === 0 ? (
          <Text>No clients match “{term}”.</Text>
        ) : (
          <div className="table-wrap">
            <Table striped highlightOnHover verticalSpacing="sm" data-testid="caseload-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Reference</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Needs attention</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {visible.map((c) => (
                  <CaseloadRow key={c.id} client={c} />
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
        {shown.length > visible.length ? (
          <Group mt="sm" gap="sm">
            <Button variant="default" onClick={() => setRows((r) => r + ROWS)}>
              Show {Math.min(ROWS, shown.length - visible.length)} more
            </Button>
            <Text size="sm" c="dimmed" data-testid="caseload-rows">
              {visible.length} of {shown.length} shown. Type a name or reference to find a client quickly.
            </Text>
          </Group>
        ) : null}
      </section>
    </Stack>
  );
}

// Memoised: as the search narrows or widens, rows already shown are kept as they are (only rows that appear or
// disappear cost anything), so typing stays quick with hundreds of clients.
const CaseloadRow = memo(function CaseloadRow({ client: c }: { client: ClientSummary }) {
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/clients/${encodeURIComponent(c.id)}`}>
          {displayName(c)}
        </Anchor>
      </Table.Td>
      <Table.Td>{c.reference}</Table.Td>
      <Table.Td>{c.status}</Table.Td>
      <Table.Td>{c.flags.length ? <FlagBadges flags={c.flags} /> : <Text size="sm">—</Text>}</Table.Td>
    </Table.Tr>
  );
});
