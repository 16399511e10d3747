// "Request a disclosure" from a concern, shown to the practitioner when the engine's verdict or the lead's decision
// proposes one: it opens the disclosure form with this concern chosen (its verdict gives the grounds, the minimum
// necessary and whether a lead must approve).
import { Button } from '@mantine/core';
import { Link } from 'react-router';
import type { Concern } from '../api/concerns';

const PROPOSING_VERDICTS = new Set(['disclose', 'share-with-consent']);

export function proposesDisclosure(concern: Pick<Concern, 'verdict' | 'decision'>): boolean {
  return PROPOSING_VERDICTS.has(concern.verdict) || concern.decision?.outcome === 'disclose';
}

export function RequestDisclosureLink({ concern }: { concern: Concern }) {
  if (!proposesDisclosure(concern)) return null;
  return (
    <Button component={Link} to={`/clients/${encodeURIComponent(concern.clientId)}/disclosures/new?concern=${encodeURIComponent(concern.id)}`} variant="filled" w="fit-content">
      Request a disclosure
    </Button>
  );
}
