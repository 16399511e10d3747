// The calm, centred frame for pages shown before someone is fully signed in.
import type { ReactNode } from 'react';
import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '../../../components/page';

export function Brand() {
  return (
    <Group gap="xs" wrap="nowrap">
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <Text fw={700} fz="lg" c="sea.9">
        Confidant
      </Text>
    </Group>
  );
}

export function AuthFrame({ title, heading, intro, width = 440, children }: { title: string; heading: string; intro?: ReactNode; width?: number; children: ReactNode }) {
  usePageTitle(title);
  return (
    <Box component="main" id="main" tabIndex={-1} py={{ base: 'lg', sm: 48 }} px="md" mih="100vh">
      <Center>
        <Stack w="100%" maw={width} gap="lg">
          <Brand />
          <Paper withBorder shadow="xs" p={{ base: 'lg', sm: 'xl' }} radius="lg">
            <Stack gap="md">
              <Title order={1} fz={26}>
                {heading}
              </Title>
              {intro ? <Text>{intro}</Text> : null}
              {children}
            </Stack>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
