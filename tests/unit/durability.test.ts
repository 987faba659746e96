// Where Cercle runs → what it advises: engine family from the user agent, install advice, storage advice, copy reminders.
import { describe, expect, it } from 'vitest';
import { copyAfterClose, copyDue, DAY_MS, daysSince, engineFamily, installAdvice, storageAdvice, type Situation } from '../../src/domain/durability';

const UA = {
  ipadSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  ipadOld: 'Mozilla/5.0 (iPad; CPU OS 12_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1 Mobile/15E148 Safari/604.1',
  iphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  ipadChrome: 'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  webkitGtk: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
  chromeLinux: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
  chromeAndroid: 'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0',
  firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
};

describe('engineFamily', () => {
  it.each([
    { ua: UA.ipadSafari, touch: 5, family: 'ios', why: 'iPadOS Safari says Macintosh, but has touch points' },
    { ua: UA.ipadOld, touch: 5, family: 'ios', why: 'older iPad says iPad' },
    { ua: UA.iphone, touch: 5, family: 'ios', why: 'iPhone' },
    { ua: UA.ipadChrome, touch: 5, family: 'ios', why: 'Chrome on iPad is WebKit too' },
    { ua: UA.macSafari, touch: 0, family: 'webkit', why: 'a Mac without touch is a Mac' },
    { ua: UA.macSafari, touch: 1, family: 'webkit', why: 'one touch point is not an iPad' },
    { ua: UA.webkitGtk, touch: 0, family: 'webkit', why: 'WebKitGTK' },
    { ua: UA.chromeLinux, touch: 0, family: 'chromium', why: 'Chrome desktop' },
    { ua: UA.chromeAndroid, touch: 5, family: 'chromium', why: 'Chrome on an Android tablet' },
    { ua: UA.edge, touch: 0, family: 'chromium', why: 'Edge' },
    { ua: UA.firefox, touch: 0, family: 'other', why: 'Firefox' },
    { ua: '', touch: 0, family: 'other', why: 'nothing said' },
  ])('$family: $why', ({ ua, touch, family }) => {
    expect(engineFamily(ua, touch)).toBe(family);
  });
});

const at = (s: Partial<Situation>): Situation => ({ installed: false, family: 'chromium', persisted: true, canPrompt: false, ...s });

describe('installAdvice and storageAdvice', () => {
  it.each([
    { s: at({ family: 'ios', persisted: null }), running: false, install: 'homeScreen', storage: 'homeScreen', why: 'iPad Safari tab, old Safari' },
    { s: at({ family: 'ios', persisted: true }), running: false, install: 'homeScreen', storage: 'homeScreen', why: 'iPad Safari tab: persistence does not lift the seven days' },
    { s: at({ family: 'ios', persisted: true }), running: true, install: null, storage: 'homeScreen', why: 'séance running: no banner' },
    { s: at({ family: 'ios', installed: true, persisted: true }), running: false, install: null, storage: 'safe', why: 'installed on iPad, persistent' },
    { s: at({ family: 'ios', installed: true, persisted: false }), running: false, install: null, storage: 'notPersistent', why: 'installed on iPad, persist() refused' },
    { s: at({ family: 'ios', installed: true, persisted: null }), running: false, install: null, storage: 'unknown', why: 'installed on an older iPad' },
    { s: at({ family: 'webkit', persisted: null }), running: false, install: null, storage: 'safariTab', why: 'WebKitGTK / Mac Safari tab' },
    { s: at({ family: 'webkit', installed: true, persisted: true }), running: false, install: null, storage: 'safe', why: 'Mac Safari web app in the Dock' },
    { s: at({ canPrompt: true, persisted: false }), running: false, install: 'prompt', storage: 'notPersistent', why: 'Chrome tab with a prompt, persist() refused' },
    { s: at({ canPrompt: true }), running: true, install: null, storage: 'safe', why: 'Chrome, séance running' },
    { s: at({ canPrompt: false }), running: false, install: null, storage: 'safe', why: 'Chrome without a prompt (already installed elsewhere)' },
    { s: at({ installed: true, canPrompt: true }), running: false, install: null, storage: 'safe', why: 'Chrome installed' },
    { s: at({ family: 'other', persisted: null }), running: false, install: null, storage: 'unknown', why: 'Firefox without storage API' },
  ] as const)('$why', ({ s, running, install, storage }) => {
    expect(installAdvice(s, running)).toBe(install);
    expect(storageAdvice(s)).toBe(storage);
  });
});

const NOW = Date.UTC(2026, 11, 1, 13, 5);
const daysAgo = (d: number, extra = 0) => NOW - d * DAY_MS - extra;

describe('copyDue', () => {
  it.each([
    { status: 'preparation', created: daysAgo(3), copy: null, changed: true, due: true, why: 'never copied, made three days ago' },
    { status: 'preparation', created: daysAgo(2, 60_000), copy: null, changed: true, due: false, why: 'never copied, made two days ago' },
    { status: 'terminee', created: daysAgo(10), copy: daysAgo(3), changed: true, due: true, why: 'changes, copy three days old' },
    { status: 'terminee', created: daysAgo(10), copy: daysAgo(2), changed: true, due: false, why: 'changes, copy two days old' },
    { status: 'terminee', created: daysAgo(10), copy: daysAgo(30), changed: false, due: false, why: 'no change since an old copy' },
    { status: 'en_cours', created: daysAgo(10), copy: null, changed: true, due: false, why: 'running: never in the room' },
    { status: 'en_cours', created: daysAgo(10), copy: daysAgo(9), changed: true, due: false, why: 'running, old copy' },
    { status: 'preparation', created: daysAgo(10), copy: NOW + DAY_MS, changed: true, due: false, why: 'a copy dated in the future (clock set back)' },
  ] as const)('$why', ({ status, created, copy, changed, due }) => {
    expect(copyDue({ status, createdAt: created, lastCopyAt: copy, changedSinceCopy: changed, now: NOW })).toBe(due);
  });
});

describe('copyAfterClose', () => {
  const closedAt = daysAgo(0, 3_600_000);
  it.each([
    { status: 'terminee', copy: null, offer: true, why: 'closed, never copied' },
    { status: 'terminee', copy: closedAt - 1, offer: true, why: 'copy made before the closing' },
    { status: 'terminee', copy: closedAt + 1, offer: false, why: 'copy made after the closing' },
    { status: 'en_cours', copy: null, offer: false, why: 'still running' },
    { status: 'preparation', copy: null, offer: false, why: 'reopened or not started' },
  ] as const)('$why', ({ status, copy, offer }) => {
    expect(copyAfterClose({ status, lastCopyAt: copy, closedAt })).toBe(offer);
  });
});

describe('daysSince', () => {
  it.each([
    { at: NOW, days: 0 },
    { at: daysAgo(1, -1), days: 0 },
    { at: daysAgo(1), days: 1 },
    { at: daysAgo(7, 5), days: 7 },
    { at: NOW + DAY_MS * 2, days: 0 },
  ])('$days', ({ at: when, days }) => {
    expect(daysSince(when, NOW)).toBe(days);
  });
});
