// The author's review of a draft packet: each part with the de-identifier's spans highlighted on the original
// words (and the tag each becomes), a button to show a wrongly hidden word as written ("unmark"; the server
// refuses it for a known identifier of the case), a form to hide more words ("mark"), and the key of tags
// (shown only to the author: it is recomputed from the sealed draft and never stored or sent).
import { Fragment, useState, type ReactNode } from 'react';
import { Alert, Badge, Button, CloseButton, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormError } from '../../../components/form-error';
import { ApiError, errorMessage } from '../../../lib/api';
import { keys, MARK_LABELS, updateConsultation, type Consultation, type MarkKind, type Part } from '../api/consultations';

function Highlighted({ part, onToggle, busy }: { part: Part; onToggle: (words: string, keep: boolean) => void; busy: boolean }) {
  const out: ReactNode[] = [];
  let pos = 0;
  part.spans.forEach((s, i) => {
    if (s.start > pos) out.push(<Fragment key={`t${i}`}>{part.original.slice(pos, s.start)}</Fragment>);
    const fixed = !s.unmarkable;
    out.push(
      <span key={`s${i}`} className={s.kept ? 'deid-kept' : 'deid-span'} data-testid={s.kept ? 'kept-span' : 'hidden-span'}>
        <mark style={{ background: s.kept ? 'var(--mantine-color-yellow-1)' : 'var(--mantine-color-blue-1)', color: 'inherit', padding: '0 2px', borderRadius: 3 }}>{s.text}</mark>
        {s.kept ? (
          <Text span size="xs" c="dimmed">
            {' '}
            (shown as written)
          </Text>
        ) : (
          <Text span size="xs" fw={600} c="blue.9">
            {' '}
            → {s.replacement}
          </Text>
        )}
        {fixed ? null : (
          <Button variant="subtle" size="compact-xs" ml={4} disabled={busy} onClick={() => onToggle(s.text, !s.kept)} aria-label={s.kept ? `Hide again: “${s.text}”` : `Unmark “${s.text}” (show as written)`}>
            {s.kept ? 'Hide again' : 'Unmark'}
          </Button>
        )}
      </span>,
    );
    pos = s.end;
  });
  if (pos < part.original.length) out.push(<Fragment key="end">{part.original.slice(pos)}</Fragment>);
  return <Text style={{ whiteSpace: 'pre-wrap', lineHeight: 1.9 }}>{out}</Text>;
}

export function PacketReview({ c }: { c: Consultation }) {
  const qc = useQueryClient();
  const [words, setWords] = useState('');
  const [kind, setKind] = useState<MarkKind>('person');
  const update = useMutation({
    mutationFn: (body: Parameters<typeof updateConsultation>[1]) => updateConsultation(c.id, body),
    onSuccess: (next) => {
      qc.setQueryData(keys.one(c.id), next);
      setWords('');
    },
  });
  const toggle = (w: string, keep: boolean) => update.mutate({ unmarks: keep ? [...c.unmarks, w] : c.unmarks.filter((u) => u.toLowerCase() !== w.toLowerCase()) });
  const err = update.error instanceof ApiError ? (Object.values(update.error.fieldErrors)[0] ?? errorMessage(update.error)) : update.isError ? errorMessage(update.error) : null;
  return (
    <Stack gap="lg">
      <section aria-labelledby="review-heading">
        <Title order={2} size="h3" id="review-heading" mb={4}>
          Check what is hidden
        </Title>
        <Text c="dimmed" mb="sm">
          Highlighted words are replaced by the tag after the arrow. Names and details the record knows always stay hidden. If a word was hidden that identifies no one, unmark it;
          if something still identifies someone, hide it below.
        </Text>
        <FormError message={err} title="Not changed" />
        <Stack gap="md">
          {c.review.parts.map((p, i) => (
            <Paper key={`${p.label}-${i}`} withBorder p="md" radius="md">
              <Title order={3} size="h5" mb="xs">
                {p.label}
              </Title>
              <Highlighted part={p} onToggle={toggle} busy={update.isPending} />
            </Paper>
          ))}
        </Stack>
      </section>
      <section aria-labelledby="mark-heading">
        <Title order={2} size="h3" id="mark-heading" mb="sm">
          Hide more words
        </Title>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (words.trim()) update.mutate({ marks: [...c.marks, { text: words.trim(), as: kind }] });
          }}
        >
          <Group align="flex-end" wrap="wrap">
            <TextInput label="Words to hide everywhere in the packet" value={words} onChange={(e) => setWords(e.currentTarget.value)} maxLength={200} w={320} />
            <Select label="What is it?" data={Object.entries(MARK_LABELS).map(([value, label]) => ({ value, label }))} value={kind} onChange={(v) => setKind((v as MarkKind) ?? 'person')} allowDeselect={false} w={300} />
            <Button type="submit" variant="light" loading={update.isPending} disabled={!words.trim()}>
              Hide these words
            </Button>
          </Group>
        </form>
        {c.marks.length ? (
          <Group gap="xs" mt="sm">
            {c.marks.map((m) => (
              <Badge key={`${m.as}:${m.text}`} variant="light" rightSection={<CloseButton size="xs" aria-label={`Stop hiding “${m.text}”`} onClick={() => update.mutate({ marks: c.marks.filter((x) => x !== m) })} />}>
                {m.text}
              </Badge>
            ))}
          </Group>
        ) : null}
      </section>
      {c.review.problems.length ? (
        <Alert color="red" variant="light" role="alert" title="Still identifying">
          These words still identify someone in the case: {c.review.problems.join(', ')}. Hide them before sending.
        </Alert>
      ) : null}
      <section aria-labelledby="legend-heading">
        <Title order={2} size="h3" id="legend-heading" mb={4}>
          Key to the tags (only you see this)
        </Title>
        <Text c="dimmed" mb="sm">
          The key is worked out again each time you open the draft; it is never stored with the packet or sent to the supervisor.
        </Text>
        <div className="table-wrap">
          <Table verticalSpacing="xs" striped aria-labelledby="legend-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Tag</Table.Th>
                <Table.Th scope="col">Stands for</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.review.legend.map((l) => (
                <Table.Tr key={l.tag}>
                  <Table.Td>{l.tag}</Table.Td>
                  <Table.Td>{l.words.join(', ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </section>
    </Stack>
  );
}
