import { MantineProvider, type MantineColorSchemeManager } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { NetworkError } from '../lib/api';
import { backoffMs } from '../lib/connection';
import { ConnectionBanner } from './connection-banner';
import { AppRoutes } from './router';
import { SessionProvider } from './session';
import { cssVariablesResolver, theme } from './theme';

// Light scheme only, and nothing written to localStorage (Mantine's default manager would).
const noStorage: MantineColorSchemeManager = {
  get: () => 'light',
  set: () => undefined,
  subscribe: () => undefined,
  unsubscribe: () => undefined,
  clear: () => undefined,
};

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Lost connections are retried with backoff for as long as it takes; other errors are shown at once.
      retry: (count, err) => err instanceof NetworkError && count < 50,
      retryDelay: (attempt) => backoffMs(attempt),
      staleTime: 15_000,
      refetchOnWindowFocus: true,
      networkMode: 'always',
    },
    mutations: { retry: false, networkMode: 'always' },
  },
});

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} colorSchemeManager={noStorage} forceColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <SessionProvider>
            <ConnectionBanner />
            <AppRoutes />
          </SessionProvider>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
