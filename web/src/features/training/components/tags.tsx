import { Badge, Group } from '@mantine/core';
import { label, PROFESSION_LABELS, type Tags } from '../api/training';

export function TagBadges({ tags }: { tags: Tags }) {
  return (
    <Group gap={6}>
      <Badge variant="light">{PROFESSION_LABELS[tags.profession] ?? tags.profession}</Badge>
      <Badge variant="outline" color="dark">
        {label(tags.concern)}
      </Badge>
      <Badge variant="light" color="gray">
        {tags.jurisdiction}
      </Badge>
      <Badge variant="outline" color="dark">
        {tags.difficulty}
      </Badge>
    </Group>
  );
}
