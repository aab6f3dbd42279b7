// The project's code style: single quotes, long lines (tables of options and test expectations
// read best on one line), trailing commas.
export default {
  singleQuote: true,
  printWidth: 160,
  trailingComma: 'all',
};
