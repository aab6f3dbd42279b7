import { css } from 'lit';

/**
 * Design tokens as `--belarus-*` custom properties with defaults. Colours use `light-dark()`, so
 * a widget follows the `color-scheme` in effect: its `theme` attribute (light, dark, auto) or,
 * without one, whatever the host page declares on an ancestor, so a host's dark-mode toggle
 * that sets `color-scheme` is followed too. Sizes are in `em`, never `rem`, because CMS resets
 * often change the root font size.
 */
export const tokens = css`
  :host {
    --_text: var(--belarus-color-text, light-dark(#1a1a1a, #ececec));
    --_muted: var(--belarus-color-muted, light-dark(#555, #b4b4b4));
    --_background: var(--belarus-color-background, light-dark(#fff, #161616));
    --_surface: var(--belarus-color-surface, light-dark(#f4f4f2, #242424));
    --_border: var(--belarus-color-border, light-dark(#d6d6d2, #444));
    --_accent: var(--belarus-color-accent, light-dark(#b3261e, #ff8a80));
    --_accent-text: var(--belarus-color-accent-text, light-dark(#fff, #161616));
    --_link: var(--belarus-color-link, light-dark(#0b57a4, #8ab4f8));
    --_focus: var(--belarus-color-focus, light-dark(#0b57a4, #8ab4f8));
    --_error: var(--belarus-color-error, light-dark(#a50e0e, #ffb4ab));
    --_warning-surface: var(--belarus-color-warning-surface, light-dark(#fff4e0, #3a2e12));
    --_font: var(--belarus-font-family, inherit);
    --_font-headline: var(--belarus-font-family-headline, var(--_font));
    --_radius: var(--belarus-radius, 0.25em);
    --_space: var(--belarus-space, 1em);
    --_duration: var(--belarus-motion-duration, 250ms);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
  }
`;
