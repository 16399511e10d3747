import { Badge, Group } from '@mantine/core';
import { flagLabel } from '../api/clients';

export function FlagBadges({ flags }: { flags: string[] }) {
  if (!flags.length) return null;
  return (
    <Group gap={6}>
      {flags.map((f) => (
        <Badge key={f} color="#8a3a00" variant="outline" radius="sm" tt="none" fw={600}>
          {flagLabel(f)}
        </Badge>
      ))}
    </Group>
  );
}
