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
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#495057',
    '--mantine-color-error': '#b02525',
    '--mantine-color-placeholder': '#5c636a',
    '--mantine-color-anchor': '#1f6375',
  },
  dark: {},
});
