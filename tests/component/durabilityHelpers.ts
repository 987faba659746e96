// Helpers for the durability component tests: another browser pretended, the card of a séance, French no-break spaces.
import { screen } from '@testing-library/preact';
import { vi } from 'vitest';
import { redetect } from '../../src/platform/environment';

export const IPAD = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
export const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
export const WEBKITGTK = 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';
export const TITLE = "Comité d'écoute du 23 novembre 2026";
/** T0 is 23 November 2026 at 10:15, local time. */
export const SAVED_AT_T0 = 'Copie enregistrée le 23 novembre à 10 h 15';

/** Pretend to be another browser: the user agent, touch points, installed or not, and `navigator.storage` or none. */
export function runIn(ua: string, { touch = 0, installed = false, storage }: { touch?: number; installed?: boolean; storage?: unknown } = {}) {
  vi.stubGlobal('navigator', { ...navigator, userAgent: ua, maxTouchPoints: touch, storage, standalone: installed });
  redetect();
}

export const card = async (title = TITLE) => (await screen.findByRole('heading', { level: 2, name: title })).closest('article') as HTMLElement;
export const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
/** Accessible names keep the catalogue's no-break spaces (French typography). */
export const nb = (text: string) => text.replace(/ ([:;!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
