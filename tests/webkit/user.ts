// What a person does in WebKit, found as they see it: by role and accessible name, by label, by text (French UI).
import { expect } from 'vitest';
import type { ElementRef, WebKit } from './webdriver';
import { isElement } from './webdriver';

type Role =
  | 'button' | 'link' | 'heading' | 'textbox' | 'radio' | 'checkbox' | 'tab' | 'dialog' | 'alertdialog'
  | 'list' | 'listitem' | 'article' | 'region' | 'status';

export interface Query {
  role?: Role;
  /** Exact accessible name (whitespace collapsed), or a pattern. */
  name?: string | RegExp;
  /** The form control labelled so (its `<label>`), like getByLabel(…, { exact: true }). */
  label?: string;
  /** An element whose own text is exactly this (or matches). */
  text?: string | RegExp;
  level?: number;
  pressed?: boolean;
  /** Elements matching this CSS selector (with `text`: whose text matches, e.g. a post-it `li[data-card]`). */
  css?: string;
  /** Only inside this element. */
  within?: ElementRef;
}

type Pattern = string | { source: string; flags: string };
interface Wire { role?: Role; name?: Pattern; label?: string; text?: Pattern; css?: string; level?: number; pressed?: boolean }

const wire = (p: string | RegExp | undefined): Pattern | undefined => (p instanceof RegExp ? { source: p.source, flags: p.flags } : p);

const label = (q: Query) =>
  [q.css ?? q.role ?? (q.label ? 'field' : 'text'), q.name ?? q.label ?? q.text, q.level ? `h${q.level}` : '', q.pressed !== undefined ? `pressed=${q.pressed}` : '']
    .filter(Boolean)
    .map(String)
    .join(' ');

/** Runs in the page: the first visible element matching the query, or null. Self-contained (it is sent as text). */
function findInPage(q: Wire, scope: Element | null): Element | null {
  const SELECTORS: Record<string, string> = {
    button: 'button, [role=button], input[type=button], input[type=submit]',
    link: 'a[href], [role=link]',
    heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
    textbox: 'input:not([type]), input[type=text], input[type=search], textarea, [role=textbox]',
    radio: 'input[type=radio], [role=radio]',
    checkbox: 'input[type=checkbox], [role=checkbox]',
    tab: '[role=tab]',
    dialog: 'dialog, [role=dialog]',
    alertdialog: '[role=alertdialog]',
    list: 'ul, ol, [role=list]',
    listitem: 'li, [role=listitem]',
    article: 'article, [role=article]',
    region: 'section, [role=region]',
    status: '[role=status], output',
  };
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  const matches = (value: string, p: Pattern) => (typeof p === 'string' ? squash(value) === p : new RegExp(p.source, p.flags).test(squash(value)));
  const text = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
    if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true' || (node as HTMLElement).hidden) return '';
    const inner = [...node.childNodes].map(text).join('');
    // Block boxes are separate words to a screen reader, as in the browsers' accessible names.
    return getComputedStyle(node).display.startsWith('inline') ? inner : ` ${inner} `;
  };
  const nameOf = (el: Element): string => {
    const by = el.getAttribute('aria-labelledby');
    // A referenced element names by its own aria-label first (accname step 2C), then by its text.
    if (by) return by.split(/\s+/).map((id) => { const t = document.getElementById(id); return t ? (t.getAttribute('aria-label') ?? text(t)) : ''; }).join(' ');
    const aria = el.getAttribute('aria-label');
    if (aria) return aria;
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return [...labels].map(text).join(' ');
    return text(el);
  };
  const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const root: ParentNode = scope ?? document;
  let candidates: Element[];
  if (q.css !== undefined) {
    candidates = [...root.querySelectorAll(q.css)].filter((el) => q.text === undefined || matches(text(el), q.text));
  } else if (q.label !== undefined) {
    candidates = [...root.querySelectorAll('label')].filter((l) => squash(text(l)) === q.label).map((l) => (l as HTMLLabelElement).control).filter((c): c is HTMLElement => c !== null);
  } else if (q.role) {
    const role = q.role;
    candidates = [...root.querySelectorAll(SELECTORS[role]!)].filter((el) => {
      const own = el.getAttribute('role');
      if (own && own !== role) return false;
      if (q.level !== undefined && el.tagName !== `H${q.level}` && el.getAttribute('aria-level') !== String(q.level)) return false;
      if (q.pressed !== undefined && (el.getAttribute('aria-pressed') === 'true') !== q.pressed) return false;
      return q.name === undefined || matches(nameOf(el), q.name);
    });
  } else {
    candidates = [...root.querySelectorAll('body *')].filter((el) => q.text !== undefined && matches(text(el), q.text) && ![...el.children].some((c) => matches(text(c), q.text!)));
  }
  return candidates.find(shown) ?? null;
}

export class User {
  constructor(readonly browser: WebKit, private readonly timeout = 15_000) {}

  /** The element as soon as it is shown; fails naming what was looked for. */
  async get(q: Query, timeout = this.timeout): Promise<ElementRef> {
    const { within, ...rest } = q;
    const query: Wire = { ...rest, name: wire(q.name), text: wire(q.text) };
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = await this.browser.exec(findInPage as (q: Wire, s: unknown) => Element | null, query, (within ?? null) as unknown);
      if (isElement(found)) return found;
      if (Date.now() > deadline) throw new Error(`webkit: no ${label(q)} shown within ${timeout} ms (at ${await this.browser.url()})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Whether it is shown right now (no waiting). */
  async isShown(q: Query): Promise<boolean> {
    return this.get(q, 0).then(() => true, () => false);
  }

  see = (q: Query) => this.get(q).then(() => undefined);

  async tap(q: Query): Promise<void> {
    await this.browser.click(await this.get(q));
  }

  /** Replace a field's text by typing it, key by key. */
  async fill(q: Query, value: string, press?: 'Enter' | 'Tab'): Promise<void> {
    const field = await this.get(q);
    await this.browser.clear(field);
    await this.browser.type(field, value, press);
  }

  /** The visible text of what the query finds. */
  async read(q: Query): Promise<string> {
    const el = await this.get(q);
    // Read as a reader does, once scrolled to it: report sections out of view are not rendered until then
    // (content-visibility), and innerText reads only what is rendered; the browser renders it at its next frame.
    const text = await this.browser.exec((e: unknown) => {
      const shown = e as HTMLElement;
      shown.scrollIntoView({ block: 'nearest' });
      return new Promise<string>((done) => {
        const read = () => done(shown.innerText);
        requestAnimationFrame(() => requestAnimationFrame(read));
        setTimeout(read, 200);
      });
    }, el as unknown);
    return text.replace(/\s+/g, ' ').trim();
  }

  /** What a field holds. */
  async value(q: Query | ElementRef): Promise<string> {
    const el = isElement(q) ? q : await this.get(q);
    return this.browser.exec((e: unknown) => (e as HTMLInputElement).value, el as unknown);
  }

  /** Poll until `read()` gives `expected` (or matches it), with the last value in the failure message. */
  async until<T>(read: () => Promise<T>, expected: T | RegExp, timeout = this.timeout): Promise<void> {
    if (expected instanceof RegExp) await expect.poll(read, { timeout }).toMatch(expected);
    else await expect.poll(read, { timeout }).toEqual(expected);
  }

  /** The page's h1 reads `title`. */
  heading = (title: string | RegExp) => this.see({ role: 'heading', level: 1, name: title });
}
