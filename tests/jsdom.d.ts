// The part of jsdom the unit tests use (an XML parser in Node); jsdom ships no types of its own and @types/jsdom is not a dependency.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { DOMParser: typeof DOMParser };
  }
}
