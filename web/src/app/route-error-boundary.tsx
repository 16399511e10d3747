// Catches a failed page (usually a code chunk that could not load while offline) and offers a retry,
// so there is never a blank page.
import { Component, type ReactNode } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';

export class RouteErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidUpdate(prev: { resetKey: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Alert color="red" variant="light" role="alert" title="This page could not be shown">
        <Stack gap="sm" align="flex-start">
          <Text>Something went wrong while loading this page — often a lost connection. Your session is still open.</Text>
          <Button variant="default" onClick={() => window.location.reload()}>
            Reload the page
          </Button>
        </Stack>
      </Alert>
    );
  }
}
