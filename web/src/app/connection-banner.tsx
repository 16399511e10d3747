// "Connection lost" is shown at the top of every page while the server cannot be reached; it probes
// /api/health with backoff and refetches everything once the server answers again.
import { useEffect, useState } from 'react';
import { Button, Group, Paper, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { backoffMs, connection } from '../lib/connection';

export function ConnectionBanner() {
  const [lost, setLost] = useState(connection.isLost());
  const queryClient = useQueryClient();
  useEffect(() => connection.subscribe(setLost), []);

  useEffect(() => {
    if (!lost) return;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout>;
    let stopped = false;
    const tick = async () => {
      const ok = await connection.probe();
      if (stopped) return;
      if (ok) void queryClient.invalidateQueries();
      else timer = setTimeout(tick, backoffMs(++attempt));
    };
    timer = setTimeout(tick, backoffMs(0));
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [lost, queryClient]);

  return (
    <div aria-live="assertive" aria-atomic="true">
      {lost ? (
        <Paper
          bg="yellow.1"
          c="dark.9"
          px="md"
          py="sm"
          radius="md"
          shadow="md"
          style={{ border: '2px solid #8a6d00', position: 'fixed', bottom: 16, left: 16, right: 16, maxWidth: 720, margin: '0 auto', zIndex: 400 }}
          data-testid="connection-lost"
        >
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text fw={600}>Connection lost. Retrying… Nothing you have typed on this page is lost.</Text>
            <Button size="xs" variant="default" onClick={() => void connection.probe().then((ok) => { if (ok) void queryClient.invalidateQueries(); })}>
              Retry now
            </Button>
          </Group>
        </Paper>
      ) : null}
    </div>
  );
}
