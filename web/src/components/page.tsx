// Every page: sets the browser title (never client content), renders one h1, and moves focus to it
// after an in-app navigation so screen-reader and keyboard users start at the top of the new page.
import { useEffect, useRef, type ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';

let firstPage = true;

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Confidant`;
  }, [title]);
}

export function Page({ title, heading, intro, actions, children }: { title: string; heading?: string; intro?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  usePageTitle(title);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus();
  }, []);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Title order={1} ref={ref} tabIndex={-1} className="page-heading" fz={{ base: 26, sm: 30 }}>
            {heading ?? title}
          </Title>
          {intro ? <Text c="dimmed">{intro}</Text> : null}
        </Stack>
        {actions}
      </Group>
      {children}
    </Stack>
  );
}
