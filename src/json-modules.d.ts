// Data files are imported as untyped values: they are validated at run time like any other source.
declare module '*.json' {
  const value: unknown;
  export default value;
}
