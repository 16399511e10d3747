// The signed-in frame: skip link, header with the person's name and sign-out, navigation that
// depends on their roles, and the main landmark. Collapses to a menu button below 768 px.
import type { ReactNode } from 'react';
import { AppShell, Burger, Button, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, useLocation } from 'react-router';
import { roleLabels, type Role } from '../features/auth/api/auth';
import { Brand } from '../features/auth/components/auth-frame';
import { useFullSession, useSession } from './session';

interface NavItem {
  to: string;
  label: string;
}

function navFor(roles: readonly Role[]): { heading: string; items: NavItem[] }[] {
  const groups: { heading: string; items: NavItem[] }[] = [];
  if (roles.includes('practitioner')) groups.push({ heading: 'Practice', items: [{ to: '/caseload', label: 'Your caseload' }, { to: '/consultations', label: 'Your consultations' }] });
  if (roles.includes('safeguarding-lead')) groups.push({ heading: 'Safeguarding', items: [{ to: '/safeguarding', label: 'Safeguarding' }] });
  if (roles.includes('supervisor')) groups.push({ heading: 'Supervision', items: [{ to: '/supervision', label: 'Supervision' }] });
  if (roles.includes('dpo')) groups.push({ heading: 'Data protection', items: [{ to: '/audit', label: 'Audit log' }, { to: '/client-rights', label: 'Client rights' }] });
  if (roles.includes('admin'))
    groups.push({
      heading: 'Administration',
      items: [
        { to: '/admin', label: 'Overview' },
        { to: '/admin/users', label: 'People' },
        { to: '/admin/assignments', label: 'Client assignments' },
        { to: '/admin/organisation', label: 'Organisation' },
        { to: '/admin/confidentiality', label: 'Confidentiality and directory' },
      ],
    });
  const training: NavItem[] = [{ to: '/training', label: 'Training library' }, { to: '/training/assignments', label: 'Training assignments' }, { to: '/training/progress', label: 'Training progress' }];
  if (roles.includes('admin') || roles.includes('supervisor')) training.push({ to: '/training/team', label: 'Team training summary' }, { to: '/training/write', label: 'Write a scenario' });
  groups.push({ heading: 'Training', items: training });
  groups.push({ heading: 'You', items: [{ to: '/profile', label: 'Your profile' }] });
  return groups;
}

export function Layout({ children }: { children: ReactNode }) {
  const session = useFullSession();
  const { signOut } = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const groups = navFor(session.user.roles);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to main content
      </a>
      <AppShell header={{ height: 64 }} navbar={{ width: 250, breakpoint: 'md', collapsed: { mobile: !opened } }} padding={{ base: 'md', sm: 'xl' }}>
        <AppShell.Header component="header">
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={opened ? 'Close menu' : 'Open menu'} aria-expanded={opened} aria-controls="main-nav" />
              <Link to="/" aria-label="Confidant, your home page" style={{ textDecoration: 'none' }}>
                <Brand />
              </Link>
            </Group>
            <Group gap="md" wrap="nowrap">
              <Stack gap={0} visibleFrom="xs" align="flex-end">
                <Text fw={600} size="sm" data-testid="signed-in-as">
                  {session.user.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {session.user.roles.map((r) => roleLabels[r]).join(', ')}
                </Text>
              </Stack>
              <Button variant="default" onClick={() => void signOut()}>
                Sign out
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" component="nav" id="main-nav" aria-label="Main">
          <AppShell.Section grow component={ScrollArea}>
            <Stack gap="md">
              {groups.map((g) => (
                <div key={g.heading}>
                  <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" mb={4} component="h2">
                    {g.heading}
                  </Text>
                  {g.items.map((item) => {
                    const active = location.pathname === item.to;
                    return (
                      <NavLink
                        key={item.to}
                        component={Link}
                        to={item.to}
                        label={item.label}
                        active={active}
                        aria-current={active ? 'page' : undefined}
                        className="nav-link"
                        onClick={close}
                        variant="light"
                      />
                    );
                  })}
                </div>
              ))}
            </Stack>
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
          <div style={{ maxWidth: 1100 }}>{children}</div>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
