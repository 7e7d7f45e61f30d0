// @jsonresume/schema ships no types; this is the part the tests use.
declare module '@jsonresume/schema' {
  type SchemaError = { property: string; message: string };
  export function validate(resume: unknown, callback: (errors: SchemaError[] | null, valid: boolean) => void): void;
}
