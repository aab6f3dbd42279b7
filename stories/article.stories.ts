import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import { pageSource } from './embed-source.js';

/**
 * The three widgets inside an article page, placed the way a CMS editor places embeds between
 * paragraphs. The page's own styles (a serif body, a narrow column) stay outside the widgets.
 */
const meta: Meta = {
  title: 'Pages/In an article',
  parameters: { layout: 'fullscreen', docs: { source: { transform: pageSource } } },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['en', 'ru', 'be', 'uk', 'pl', 'lt'] },
  },
  args: { theme: 'light', lang: 'en' },
  render: ({ theme, lang }) => html`
    <article
      style="max-width: 42rem; margin: 0 auto; padding: 1rem; font: 17px/1.6 Georgia, serif; color-scheme: ${theme === 'dark' ? 'dark' : 'light'}; background: ${theme === 'dark' ? '#121212' : '#fdfdfb'}; color: ${theme === 'dark' ? '#eee' : '#1b1b1b'}"
    >
      <h1 style="line-height: 1.15">Why Is the U.S. Suddenly Courting Belarus’s Autocratic Regime?</h1>
      <p>
        In a move that has left foreign policy experts scratching their heads, the Trump administration has initiated a
        surprising diplomatic thaw with Belarus—a country long labeled as Europe’s last dictatorship and a staunch ally of
        Russia.
      </p>
      <p>
        For decades, Belarus has functioned as a strategic satellite of Moscow. Sanctions from the U.S. and EU have been in
        place since the fraudulent 2020 election and the violent suppression of protests that followed.
      </p>
      <belarus-timeline theme=${theme} lang=${lang}></belarus-timeline>
      <belarus-quotes theme=${theme} lang=${lang}></belarus-quotes>
      <p>
        Others speculate the move could be tied to broader geopolitical maneuvering—perhaps an attempt to complicate
        Russia’s western flank ahead of potential peace talks over Ukraine.
      </p>
      <belarus-indicators theme=${theme} lang=${lang}></belarus-indicators>
    </article>
  `,
};
export default meta;

export const InAnArticle: StoryObj = {};
export const DarkPage: StoryObj = { args: { theme: 'dark' } };
