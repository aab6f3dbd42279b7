// The widgets, for the build and check scripts (Node cannot import the TypeScript source). The
// same list as WIDGET_NAMES in src/embed/widgets.ts; test/embed/options.test.ts keeps them equal.
export const WIDGETS = ['indicators', 'timeline', 'quotes'];
export const TAGS = WIDGETS.map((widget) => `belarus-${widget}`);
