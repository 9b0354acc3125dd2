/** A page that cannot be read as a whole: the file is rejected, naming this line. */
export class PageError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(reason);
    this.name = "PageError";
  }
}
