import {
  Combobox,
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  InputWrapper,
  type MantineColorsTuple,
} from '@mantine/core';

/**
 * Light-variant badges and alerts draw shade 9 on shade 1; these palettes need a darker 9 for 4.5:1. A filled
 * button of shade 9 turns shade 8 under the pointer, so `shade8` keeps white text readable there too.
 */
function darkest(
  name: 'teal' | 'yellow' | 'green' | 'orange',
  shade9: string,
  shade8?: string,
): MantineColorsTuple {
  const c = [...DEFAULT_THEME.colors[name]];
  c[9] = shade9;
  if (shade8) c[8] = shade8;
  return c as unknown as MantineColorsTuple;
}

/**
 * Shade 8 of blue for filled buttons and links (5:1 on white); Mantine's default shade 6 is 3.5:1 and fails
 * WCAG AA. Dimmed, error and placeholder colours are darkened for the same reason.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  colors: {
    teal: darkest('teal', '#066a4f', '#087556'),
    yellow: darkest('yellow', '#8a5200'),
    green: darkest('green', '#1f6e30'),
    orange: darkest('orange', '#a33a0b'),
  },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    // Closed dropdowns leave the DOM, so getByLabel('Kelurahan') finds the input alone, not a hidden listbox.
    Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
    // The required mark is drawn by CSS (styles.css), so a label's text stays exactly "Nama usaha".
    InputWrapper: InputWrapper.extend({ defaultProps: { withAsterisk: false } }),
  },
  headings: {
    sizes: { h1: { fontSize: '1.75rem' }, h2: { fontSize: '1.35rem' }, h3: { fontSize: '1.125rem' } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': '#6b7280',
    '--mantine-color-anchor': 'var(--mantine-color-blue-9)',
  },
  dark: {},
});
