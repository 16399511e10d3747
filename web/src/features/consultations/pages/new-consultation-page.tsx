// Consult a supervisor (U1), step 1: choose the supervisor, write a summary, pick notes. Private process notes
// are never offered. The next page shows the de-identified packet for review before anything is sent. A concern
// id may come in the query (?concern=…): it is an opaque id, never client content.
import { useState } from 'react';
import { Anchor, Button, Checkbox, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { FormError } from '../../../components/form-error';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { RequireRole } from '../../../components/require-role';
import { ApiError, errorMessage } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { createConsultation, keys, useNoteChoices, useSupervisors } from '../api/consultations';

export default function NewConsultationPage() {
  return (
    <RequireRole roles={['practitioner']}>
      <NewConsultation />
    </RequireRole>
  );
}

function NewConsultation() {
  const { clientId = '' } = useParams();
  const [params] = useSearchParams();
  const concernId = params.get('concern');
  const navigate = useNavigate();
  const qc = useQueryClient();
  const supervisors = useSupervisors();
  const notes = useNoteChoices(clientId);
  const [supervisorId, setSupervisorId] = useState<string | null>(null);
  const [summary, setSummary] = useState('');
  const [noteIds, setNoteIds] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: () => createConsultation(clientId, { supervisorId: supervisorId ?? '', summary, noteIds, ...(concernId ? { concernId } : {}) }),
    onSuccess: async (c) => {
      qc.setQueryData(keys.one(c.id), c);
      await qc.invalidateQueries({ queryKey: keys.client(clientId) });
      void navigate(`/consultations/${encodeURIComponent(c.id)}`);
    },
  });
  const fe = create.error instanceof ApiError ? create.error.fieldErrors : {};
  return (
    <Page title="Consult a supervisor" intro="Ask for a view without names: what you write and the notes you choose are de-identified, and you check the result before it is sent.">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Stack gap="lg" maw={860}>
          {concernId ? <Text>This consultation is about a concern you raised.</Text> : null}
          <QueryState query={supervisors} label="supervisors">
            {(list) =>
              list.length ? (
                <Select label="Supervisor" placeholder="Choose a supervisor" data={list.map((s) => ({ value: s.id, label: s.displayName }))} value={supervisorId} onChange={setSupervisorId} required error={fe.supervisorId} />
              ) : (
                <Text>No supervisor is set up in your organisation yet. Ask an administrator to give someone the supervisor role.</Text>
              )
            }
          </QueryState>
          <Textarea
            label="What you would like a view on"
            description="Write as you would think it through. Names and identifying details are taken out before anything is sent, and you will see exactly what was taken out."
            autosize
            minRows={5}
            maxLength={20000}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            error={fe.summary}
          />
          <section aria-labelledby="pick-notes-heading">
            <Title order={2} size="h4" id="pick-notes-heading" mb={4}>
              Session notes to include
            </Title>
            <Text c="dimmed" size="sm" mb="sm">
              Private process notes are never shared, not even de-identified; put what you need from them into the text above.
            </Text>
            <QueryState query={notes} label="notes">
              {(list) =>
                list.length === 0 ? (
                  <Text c="dimmed">This client has no session notes yet.</Text>
                ) : (
                  <Checkbox.Group value={noteIds} onChange={setNoteIds} aria-labelledby="pick-notes-heading" error={fe.noteIds}>
                    <Stack gap="xs">
                      {list.map((n) => (
                        <Paper key={n.id} withBorder p="sm" radius="md">
                          <Checkbox
                            value={n.id}
                            disabled={n.private}
                            label={`${n.sessionDate ? formatDate(n.sessionDate) : formatDate(n.createdAt)}${n.private ? ' — private process note (never shared)' : ''}`}
                            description={n.private ? undefined : n.text.length > 220 ? `${n.text.slice(0, 217)}…` : n.text}
                          />
                        </Paper>
                      ))}
                    </Stack>
                  </Checkbox.Group>
                )
              }
            </QueryState>
          </section>
          <FormError message={create.isError && !Object.keys(fe).length ? errorMessage(create.error) : null} title="Not prepared" />
          <div>
            <Button type="submit" loading={create.isPending} disabled={!supervisorId}>
              Prepare the de-identified packet
            </Button>
          </div>
          <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}`}>
            Back to the client record
          </Anchor>
        </Stack>
      </form>
    </Page>
  );
}
