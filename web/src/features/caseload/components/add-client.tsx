// A practitioner adds a client to their own caseload. Case content: kept in memory only, never a draft.
import { useState } from 'react';
import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useUnsavedClientText } from '../../../app/session';
import { FormError } from '../../../components/form-error';
import { applyServerErrors } from '../../../lib/form-errors';
import { required } from '../../../lib/validate';
import { clientKeys, clientsApi } from '../api/clients';

export function AddClient() {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)}>Add a client</Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Add a client" size="lg">
        {opened ? <AddClientForm onDone={() => setOpened(false)} /> : null}
      </Modal>
    </>
  );
}

function AddClientForm({ onDone }: { onDone: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', preferredName: '', dateOfBirth: '', email: '', phone: '', language: '', jurisdiction: '' },
    validateInputOnChange: true,
    validate: {
      name: required('the client’s name'),
      email: (v) => (v && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? 'Enter an email address like name@example.org, or leave it empty' : null),
      dateOfBirth: (v) => (v && Date.parse(v) > Date.now() ? 'The date of birth cannot be in the future' : null),
      jurisdiction: (v) => (v && !/^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/.test(v.trim()) ? 'Use a code such as GB-ENG or US-CA: the law of where the client lives shapes the limits of confidentiality' : null),
    },
  });
  useUnsavedClientText(form.isDirty());
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    try {
      const body = Object.fromEntries(Object.entries(v).filter(([, x]) => x.trim() !== '').map(([k, x]) => [k, x.trim()])) as { name: string };
      const { client } = await clientsApi.create(body);
      form.reset();
      await queryClient.invalidateQueries({ queryKey: clientKeys.caseload });
      onDone();
      navigate(`/clients/${encodeURIComponent(client.id)}`);
    } catch (err) {
      setProblem(applyServerErrors(form, err));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Add a client">
      <Stack gap="md">
        <FormError message={problem} />
        <TextInput label="Full name" required autoComplete="off" data-autofocus {...form.getInputProps('name')} />
        {/* Two optional fields a row from tablet width up, so the whole form fits on screen without scrolling. */}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <TextInput label="Preferred name (optional)" autoComplete="off" {...form.getInputProps('preferredName')} />
          <TextInput label="Date of birth (optional)" type="date" {...form.getInputProps('dateOfBirth')} />
          <TextInput label="Email (optional)" type="email" autoComplete="off" {...form.getInputProps('email')} />
          <TextInput label="Phone (optional)" type="tel" autoComplete="off" {...form.getInputProps('phone')} />
          <TextInput label="Language (optional)" autoComplete="off" {...form.getInputProps('language')} />
          <TextInput label="Where they live (optional)" description="A region code such as GB-ENG or US-CA" autoComplete="off" {...form.getInputProps('jurisdiction')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Add client
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
