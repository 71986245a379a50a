// One small page API over Playwright's and Puppeteer's pages, so every e2e test is written once and
// runs in both browsers. `raw` is the underlying page for the rare browser-specific need.

/**
 * @typedef {object} TestPage
 * @property {(selector: string) => Promise<void>} click
 * @property {(text: string) => Promise<void>} type        types into the focused element
 * @property {(key: string) => Promise<void>} press        e.g. 'Enter', 'Escape', 'Tab'
 * @property {(fn: Function, arg?: unknown) => Promise<any>} evaluate
 * @property {(fn: Function, arg?: unknown, options?: {timeout?: number}) => Promise<void>} waitFor
 * @property {(selector: string, options?: {timeout?: number, state?: 'attached'|'visible'}) => Promise<void>} waitForSelector
 * @property {(path: string, options?: {fullPage?: boolean}) => Promise<void>} screenshot
 * @property {() => string} url
 * @property {() => Promise<void>} close
 * @property {() => Promise<void>} reload
 * @property {(listener: (text: string) => void) => void} onConsole
 * @property {unknown} raw
 */

const DEFAULT_TIMEOUT = 10_000;

/** @returns {TestPage} */
export function wrapPlaywrightPage(page) {
  return {
    raw: page,
    click: (selector) => page.click(selector, { timeout: DEFAULT_TIMEOUT }),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    waitFor: async (fn, arg, { timeout = DEFAULT_TIMEOUT } = {}) => {
      await page.waitForFunction(fn, arg, { timeout, polling: 100 });
    },
    waitForSelector: async (selector, { timeout = DEFAULT_TIMEOUT, state = 'attached' } = {}) => {
      await page.waitForSelector(selector, { timeout, state });
    },
    screenshot: (path, options = {}) => page.screenshot({ path, ...options }),
    url: () => page.url(),
    close: () => page.close(),
    reload: () => page.reload().then(() => undefined),
    onConsole: (listener) => page.on('console', (m) => listener(m.text())),
  };
}

/** @returns {TestPage} */
export function wrapPuppeteerPage(page) {
  return {
    raw: page,
    click: async (selector) => {
      // As a person would: only the front tab takes clicks and keys. A background tab gets no frames, and
      // puppeteer's visibility check waits for frames.
      await page.bringToFront();
      await page.waitForSelector(selector, { timeout: DEFAULT_TIMEOUT, visible: true });
      await page.click(selector);
    },
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    waitFor: async (fn, arg, { timeout = DEFAULT_TIMEOUT } = {}) => {
      await page.waitForFunction(fn, { timeout, polling: 100 }, arg);
    },
    waitForSelector: async (selector, { timeout = DEFAULT_TIMEOUT, state = 'attached' } = {}) => {
      await page.waitForSelector(selector, { timeout, visible: state === 'visible' });
    },
    screenshot: (path, options = {}) => page.screenshot({ path, ...options }),
    url: () => page.url(),
    close: () => page.close(),
    reload: () => page.reload().then(() => undefined),
    onConsole: (listener) => page.on('console', (m) => listener(m.text())),
  };
}
