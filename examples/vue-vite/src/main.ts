// Register the tags before Vue mounts, so `:data` is set as a property of a defined element.
import 'belarus-widgets/define.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
