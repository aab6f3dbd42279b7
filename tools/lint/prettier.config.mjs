// The project's code style: single quotes, long lines (tables of options and test expectations
// read best on one line), trailing commas. Template literals are left as written: whitespace in
// html`` and css`` is what the widgets render (and the build minifies it on its own terms).
export default {
  singleQuote: true,
  printWidth: 160,
  trailingComma: 'all',
  embeddedLanguageFormatting: 'off',
};
