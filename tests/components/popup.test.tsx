// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import { MessagingError } from '@/lib/protocol/client';
import { installI18n } from '../setup/i18n';
import { aiSnapshot, business, emptySnapshot, largeSnapshot, typicalSnapshot } from './fixtures';
import { answer, sent } from './mock-send';

vi.mock('@/lib/protocol/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/protocol/client')>()),
  send: vi.fn(),
}));
// The walkthrough cards belong to another area: stand-ins record what the popup passes them.
vi.mock('@/components/walkthroughs', () => ({
  WalkthroughCards: (props: { limit: number }) => <div data-testid="walkthrough-cards" data-limit={props.limit} />,
  WalkthroughCatalog: () => null,
}));

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

const tallyRows = (container: ParentNode) =>
  [...container.querySelectorAll<HTMLElement>('[data-category]')].map((el) => [el.dataset.category, Number(el.dataset.count)]);

describe('Popup', () => {
  it('typical: headline, tally with counts and audience chips, three walkthrough cards', async () => {
    answer(typicalSnapshot());
    const { container } = render(<Popup close={() => {}} />);
    expect(await screen.findByText('In the last 7 days, WhatsApp Web exposed 3 kinds of metadata about you to 4 audiences.')).toBeTruthy();
    expect(screen.getByText('12 business chats took part.')).toBeTruthy();
    expect(tallyRows(container)).toEqual([
      ['phone-number', 28],
      ['presence', 21],
      ['device-network', 7],
    ]);
    const phone = container.querySelector<HTMLElement>('[data-category="phone-number"]')!;
    expect([...phone.querySelectorAll<HTMLElement>('[data-audience]')].map((c) => c.dataset.audience)).toEqual(['business', 'meta']);
    expect(within(phone).getByText('28')).toBeTruthy();
    expect(screen.getByTestId('walkthrough-cards').dataset.limit).toBe('3');
    expect(sent('getSnapshot')).toEqual([{ days: 7 }]);
  });

  it('shows what went to AI like any other category', async () => {
    answer(aiSnapshot());
    const { container } = render(<Popup close={() => {}} />);
    await screen.findByText('3 business chats took part.');
    expect(tallyRows(container)).toEqual([
      ['ai-conversations', 14],
      ['message-content', 7],
    ]);
    const ai = container.querySelector<HTMLElement>('[data-category="ai-conversations"]')!;
    expect([...ai.querySelectorAll<HTMLElement>('[data-audience]')].map((c) => c.dataset.audience)).toEqual(['meta']);
  });

  it('empty: explains what it does and never stores, and offers WhatsApp Web', async () => {
    answer(emptySnapshot());
    const { container } = render(<Popup close={() => {}} />);
    expect(await screen.findByText('It never stores message text, phone numbers or contact names.')).toBeTruthy();
    expect(container.querySelector('[data-section="first-run"]')).toBeTruthy();
    expect(container.querySelectorAll('[data-category]')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Open WhatsApp Web' }));
    await waitFor(() => expect(sent('openWhatsApp')).toEqual([{}]));
  });

  it('large: renders three years and 500 businesses as the same few tally rows', async () => {
    answer(largeSnapshot());
    const { container } = render(<Popup close={() => {}} />);
    await screen.findByText('500 business chats took part.');
    expect(tallyRows(container)).toEqual([
      ['phone-number', 2190],
      ['profile', 2190],
      ['device-network', 1095],
    ]);
  });

  it('says when detection is degraded, with the technical part collapsed', async () => {
    answer(typicalSnapshot({ health: { status: 'degraded', failed: ['chatHeader'], at: 1 } }));
    const { container } = render(<Popup close={() => {}} />);
    expect(await screen.findByText('WhatsApp changed its page; detection may be incomplete.')).toBeTruthy();
    const notice = container.querySelector('[data-health="degraded"]')!;
    expect(notice.querySelector('details')!.open).toBe(false);
    expect(within(notice as HTMLElement).getByText('chatHeader')).toBeTruthy();
  });

  it('pause switch sends updateSettings and re-reads the snapshot', async () => {
    answer(typicalSnapshot());
    render(<Popup close={() => {}} />);
    const pause = await screen.findByRole('switch', { name: 'Pause logging' });
    expect((pause as HTMLInputElement).checked).toBe(false);
    fireEvent.click(pause);
    await waitFor(() => expect(sent('updateSettings')).toEqual([{ paused: true }]));
    await waitFor(() => expect(sent('getSnapshot')).toHaveLength(2));
  });

  it('opens the dashboard in a tab and closes itself', async () => {
    answer(typicalSnapshot());
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const close = vi.fn();
    render(<Popup close={close} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open the full dashboard' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/dashboard.html') });
  });

  it('offers "Open WhatsApp Web" only when no WhatsApp tab is open', async () => {
    answer(typicalSnapshot());
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    const { unmount } = render(<Popup close={() => {}} />);
    expect(await screen.findByRole('button', { name: 'Open WhatsApp Web' })).toBeTruthy();
    expect(query).toHaveBeenCalledWith({ url: 'https://web.whatsapp.com/*' });
    unmount();

    query.mockResolvedValue([{ id: 1 } as never]);
    render(<Popup close={() => {}} />);
    await screen.findByText('12 business chats took part.');
    await waitFor(() => expect(query).toHaveBeenCalledTimes(2));
    expect(screen.queryByRole('button', { name: 'Open WhatsApp Web' })).toBeNull();
  });

  it('shows a clear error and retries when the background fails', async () => {
    let fail = true;
    answer(() => {
      if (fail) throw new MessagingError('no-receiver', 'no reply to getSnapshot');
      return typicalSnapshot();
    });
    render(<Popup close={() => {}} />);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByText(/The ledger could not be read/)).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('12 business chats took part.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('renders hostile text from the page as text', async () => {
    const hostile = '<img src=x onerror="alert(1)">';
    answer(typicalSnapshot({ health: { status: 'degraded', failed: [hostile], at: 1 }, businesses: [business(1, { label: hostile })] }));
    const { container } = render(<Popup close={() => {}} />);
    expect(await screen.findByText(hostile)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });

  it('lays out right to left in Arabic', async () => {
    installI18n('rtl');
    answer(typicalSnapshot());
    const { applyLocale } = await import('@/lib/view/document');
    applyLocale('extName');
    const { container } = render(<Popup close={() => {}} />);
    await screen.findByText('12 business chats took part.');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    // Numbers follow the UI language (Arabic digits), through Intl.
    expect(container.querySelector('[data-category="phone-number"] .tally-count')!.textContent).toBe(
      new Intl.NumberFormat('ar').format(28),
    );
  });
});
