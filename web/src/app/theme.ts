// A calm, high-contrast theme: a deep sea-green primary, generous spacing, and text colours that
// meet WCAG 2.2 AA (4.5:1) on white — Mantine's default "dimmed" grey and error red do not.
import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

const sea: MantineColorsTuple = ['#e8f3f5', '#d3e6ea', '#a6ccd5', '#77b1bf', '#4f98aa', '#37899d', '#2a7689', '#1f6375', '#174f5e', '#0e3b47'];

export const theme = createTheme({
  primaryColor: 'sea',
  primaryShade: 7,
  colors: { sea },
  autoContrast: true,
  luminanceThreshold: 0.35,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { size: 'md' } },
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
    Select: { defaultProps: { size: 'md' } },
    CloseButton: { defaultProps: { 'aria-label': 'Close' } },
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss message' } } },
    Modal: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Close' }, radius: 'md', padding: 'lg' },
      styles: { title: { fontWeight: 650, fontSize: '1.25rem' } },
    },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#495057',
    '--mantine-color-error': '#b02525',
    '--mantine-color-placeholder': '#5c636a',
    '--mantine-color-anchor': '#1f6375',
    // "light" variants (alerts, badges) use shade 6 for text by default: too pale on a tinted background.
    '--mantine-color-red-light-color': '#a11d1d',
    '--mantine-color-red-text': '#a11d1d',
    '--mantine-color-yellow-light-color': '#6b4800',
    '--mantine-color-yellow-text': '#6b4800',
    '--mantine-color-orange-light-color': '#8a3a00',
    '--mantine-color-orange-text': '#8a3a00',
    '--mantine-color-green-light-color': '#1b5e20',
    '--mantine-color-green-text': '#1b5e20',
    '--mantine-color-gray-light-color': '#343a40',
    '--mantine-color-gray-text': '#343a40',
    '--mantine-color-blue-light-color': '#134a8a',
    '--mantine-color-sea-light-color': '#174f5e',
    '--mantine-color-sea-text': '#174f5e',
  },
  dark: {},
});
