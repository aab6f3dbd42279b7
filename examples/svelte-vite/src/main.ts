// Register the tags before the app mounts, so `data` is set as a property of a defined element.
import 'belarus-widgets/define.js';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
