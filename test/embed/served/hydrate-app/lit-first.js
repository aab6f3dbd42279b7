// An app with Lit components of its own, whose bundle evaluates Lit before belarus-widgets.
import { LitElement } from 'lit';
import 'belarus-widgets/hydrate.js';
import 'belarus-widgets/define.js';

customElements.define('app-shell', class extends LitElement {});
