// Notes on the client page (issue 6 §4, §8): one list, newest first. The client page's case record carries the
// latest page (20, the only notes opened for it); older notes are fetched a page at a time on "Show older
// notes". Each note can be edited (versions kept; a second editor gets the conflict with the newer version
// shown) and its history opened (who saved each version, when, and what changed).
import { memo, useState } from 'react';
import { Badge, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useUnsavedClientText } from '../../../app/session';
import { FormError } from '../../../components/form-error';
import { QueryState } from '../../../components/query-state';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatDate, formatDateTime } from '../../../lib/format';
import { diffSummary, diffWords } from '../lib/diff';
import { caseApi, useNoteVersions, useOlderNotes, type CaseRecord, type SessionNote } from '../api/case-record';
import { DiffText, EditNoteForm, FormButton } from './forms';

export function NotesSection({ clientId, assigned, record }: { clientId: string; assigned: boolean; record: CaseRecord }) {
  const [older, setOlder] = useState(false);
  const last = record.notes[record.notes.length - 1]?.id;
  const olderQuery = useOlderNotes(clientId, last, older);
  const olderNotes = olderQuery.data?.pages.flat() ?? [];
  const shown = record.notes.length + olderNotes.length;
  const remaining = Math.max(0, record.noteCount - shown);
  const editable = (n: SessionNote) => assigned && (!n.engagementId || record.engagements.find((e) => e.id === n.engagementId)?.status === 'open');
  return (
    <Stack gap="sm">
      {assigned ? <QuickNote clientId={clientId} /> : null}
      {record.noteCount === 0 ? (
        <Text c="dimmed">No notes yet.</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" data-testid="notes-shown">
            Showing the latest {shown} of {record.noteCount}.
          </Text>
          <Stack gap="xs" data-testid="notes">
            {[...record.notes, ...olderNotes].map((n) => (
              <NoteCard key={n.id} clientId={clientId} note={n} editable={Boolean(editable(n))} />
            ))}
          </Stack>
          {olderQuery.error ? <FormError message="The older notes could not be loaded. Try again." /> : null}
          {remaining > 0 ? (
            <Group>
              <Button variant="default" loading={olderQuery.isFetching} onClick={() => (older ? void olderQuery.fetchNextPage() : setOlder(true))}>
                Show older notes ({remaining} more)
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </Stack>
  );
}

// Memoised: loading older notes or refetching the record re-renders only the cards that changed.
const NoteCard = memo(function NoteCard({ clientId, note: n, editable }: { clientId: string; note: SessionNote; editable: boolean }) {
  return (
    <Card withBorder padding="sm" radius="md" component="article">
      <Group gap="xs" mb={4}>
        <Text size="sm" c="dimmed">
          {n.sessionDate ? formatDate(n.sessionDate) : formatDateTime(n.createdAt)}
          {n.mode ? ` · ${n.mode}` : ''}
          {n.durationMinutes ? ` · ${n.durationMinutes} min` : ''}
          {n.version > 1 ? ` · version ${n.version}, edited ${formatDateTime(n.updatedAt)}` : ''}
        </Text>
        {n.private ? (
          <Badge size="sm" color="grape" variant="light">
            Private process note
          </Badge>
        ) : null}
        {editable ? (
          <FormButton label="Edit" title="Edit the note" variant="subtle">
            {(done) => <EditNoteForm clientId={clientId} note={n} onDone={done} />}
          </FormButton>
        ) : null}
        {n.version > 1 ? (
          <FormButton label="History" title="Note history" variant="subtle">
            {() => <NoteHistory clientId={clientId} noteId={n.id} />}
          </FormButton>
        ) : null}
      </Group>
      <Text style={{ whiteSpace: 'pre-wrap' }} lineClamp={6}>
        {n.text}
      </Text>
    </Card>
  );
});

/** Every saved version, newest first: who saved it, when, and what changed from the version before. */
export function NoteHistory({ clientId, noteId }: { clientId: string; noteId: string }) {
  const query = useNoteVersions(clientId, noteId);
  return (
    <QueryState query={query} label="the note's history">
      {(versions) => (
        <Stack gap="sm" data-testid="note-history">
          <Text size="sm" c="dimmed">
            {versions.length} saved version{versions.length === 1 ? '' : 's'}, newest first. Removed words are struck through, added words are underlined.
          </Text>
          {versions.map((v, i) => {
            const prev = versions[i + 1];
            const parts = prev ? diffWords(prev.text, v.text) : [];
            return (
              <Card key={v.version} withBorder padding="sm" radius="md" component="article" aria-label={`Version ${v.version}`}>
                <Text fw={600} size="sm">
                  Version {v.version} · {v.authorName ?? 'a former member'} · {formatDateTime(v.createdAt)}
                </Text>
                {prev ? (
                  <>
                    <Text size="xs" c="dimmed" mb={4}>
                      Changes from version {prev.version}: {diffSummary(parts)}
                    </Text>
                    <DiffText parts={parts} />
                  </>
                ) : (
                  <>
                    <Text size="xs" c="dimmed" mb={4}>
                      First version
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {v.text}
                    </Text>
                  </>
                )}
              </Card>
            );
          })}
        </Stack>
      )}
    </QueryState>
  );
}

/** A quick note (no session details). Before the first note of an engagement, the server refuses it until the
 * limits of confidentiality were explained (P3); the typed text stays here. */
function QuickNote({ clientId }: { clientId: string }) {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { text: '' },
    validateInputOnChange: true,
    validate: { text: (v) => (v.trim() ? null : 'Write the note before saving') },
  });
  // Note text is case content: never kept on the device; the expiry warning says so.
  useUnsavedClientText(form.values.text.trim() !== '');
  const submit = form.onSubmit(async ({ text }) => {
    setProblem(null);
    try {
      await caseApi.quickNote(clientId, text);
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['clients', clientId] });
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Add a note">
      <Stack gap="sm">
        <FormError message={problem} />
        <Textarea
          label="New note"
          rows={3}
          resize="vertical"
          {...form.getInputProps('text')}
          onChange={(e) => {
            // A refusal (e.g. the agreement gate) is about the text as it was: editing clears it.
            setProblem(null);
            form.getInputProps('text').onChange(e);
          }}
        />
        <Group>
          <Button type="submit" loading={form.submitting}>
            Save note
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
