// The way from a saved note's risk prompt to the "Raise a concern" form. The note and the prompt's concern type
// travel in router state, never in the URL.
import { Button } from '@mantine/core';
import { Link } from 'react-router';

export function RaiseConcernLink({ clientId, noteId, concern, engagementId }: { clientId: string; noteId?: string | null; concern?: string; engagementId?: string | null }) {
  return (
    <Button component={Link} to={`/clients/${encodeURIComponent(clientId)}/concerns/new`} state={{ noteId: noteId ?? undefined, concern, engagementId: engagementId ?? undefined }} color="red" variant="light" size="xs" mt="xs">
      Raise a concern
    </Button>
  );
}
