// Checks the audit log's hash chain on the server and says plainly whether it is intact, and if
// not, which record is the first bad one.
import { useState } from 'react';
import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { errorMessage } from '../../../lib/api';
import { auditApi, type VerifyResult } from '../api/audit';

export function VerifyChain() {
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setProblem(null);
    setResult(null);
    try {
      setResult(await auditApi.verify());
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="verify-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="verify-heading">
          Check the audit chain
        </Title>
        <Text>Every record is linked to the one before it. Checking recomputes each link, so any record altered or removed shows up.</Text>
        <Button onClick={() => void run()} loading={busy}>
          Check the chain now
        </Button>
        <div aria-live="polite" style={{ width: '100%' }} data-testid="verify-result">
          {result?.ok ? (
            <Alert color="green" variant="light" title="The audit chain is intact">
              {result.records} records and {result.checkpoints} checkpoints checked. Nothing has been altered or removed.
            </Alert>
          ) : null}
          {result && !result.ok ? (
            <Alert color="red" variant="light" title="The audit chain is broken">
              {result.firstBad ? `The first bad record is number ${result.firstBad.seq}: ${result.firstBad.problem}.` : 'A problem was found.'} {result.records} records checked. Keep a copy of
              the export and tell your security lead.
            </Alert>
          ) : null}
          {problem ? (
            <Alert color="red" variant="light" title="Could not check the chain" role="alert">
              {problem}
            </Alert>
          ) : null}
        </div>
      </Stack>
    </Paper>
  );
}
