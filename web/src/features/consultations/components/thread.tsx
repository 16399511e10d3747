// The thread of a sent consultation: messages oldest first, and a reply box. The practitioner's messages are
// checked for names of the case by the server (refused with the words named); the supervisor's are not needed.
import { useState } from 'react';
import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormError } from '../../../components/form-error';
import { errorMessage } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import type { Message } from '../api/consultations';

export function Thread({ messages, closed, send, invalidate, hint }: { messages: Message[]; closed: boolean; send: (body: string) => Promise<unknown>; invalidate: readonly (readonly unknown[])[]; hint: string }) {
  const qc = useQueryClient();
  const [body, setBody] = useState('');
  const m = useMutation({
    mutationFn: () => send(body),
    onSuccess: async () => {
      setBody('');
      for (const k of invalidate) await qc.invalidateQueries({ queryKey: k });
    },
  });
  return (
    <section aria-labelledby="thread-heading">
      <Title order={2} size="h3" id="thread-heading" mb="sm">
        Thread
      </Title>
      <Stack gap="sm">
        {messages.length === 0 ? <Text c="dimmed">No messages yet.</Text> : null}
        {messages.map((msg) => (
          <Paper key={msg.id} withBorder p="md" radius="md" data-testid="thread-message" bg={msg.from === 'supervisor' ? 'var(--mantine-color-blue-0)' : undefined}>
            <Text size="sm" fw={600}>
              {msg.authorName} ({msg.from === 'supervisor' ? 'supervisor' : 'practitioner'}) · {formatDateTime(msg.createdAt)}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{msg.body}</Text>
          </Paper>
        ))}
        {closed ? (
          <Text c="dimmed">This consultation is closed.</Text>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (body.trim()) m.mutate();
            }}
          >
            <Stack gap="xs">
              <Textarea label="Your message" description={hint} autosize minRows={3} maxLength={8000} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
              <FormError message={m.isError ? errorMessage(m.error) : null} title="Not sent" />
              <div>
                <Button type="submit" loading={m.isPending} disabled={!body.trim()}>
                  Send message
                </Button>
              </div>
            </Stack>
          </form>
        )}
      </Stack>
    </section>
  );
}
