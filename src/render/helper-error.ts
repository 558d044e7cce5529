/** A helper's complaint about its arguments, with the template line Handlebars gave the helper. */
export class HelperError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line: number | undefined) {
    super(message);
    this.name = 'HelperError';
    this.line = line;
  }
}
