/// <reference types="svelte" />
/// <reference types="belarus-widgets/svelte" />
