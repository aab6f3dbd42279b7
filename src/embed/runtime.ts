/**
 * What every classic script on a page shares, evaluated once per version (scripts/build-scripts.mjs
 * wraps it): hydration support first (it must precede LitElement), then the library without the
 * widgets, which becomes the global `BelarusWidgets`. Each widget's part of a classic script adds
 * its class and tag to it, so the page has one Lit and one Trusted Types policy however many of
 * the scripts it loads.
 */
import './hydrate.js';

export * from '../api.js';
