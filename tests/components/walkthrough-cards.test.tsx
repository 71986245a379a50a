// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installI18n } from '../setup/i18n';
import { WalkthroughCards } from '@/components/walkthroughs';
import { isActionable, WALKTHROUGHS } from '@/lib/walkthroughs/index';
import { walkthroughSnapshot } from './walkthrough-snapshot';

const send = vi.hoisted(() => vi.fn(async (..._args: unknown[]): Promise<unknown> => null));
vi.mock('@/lib/protocol/client', () => ({ send }));

const snapshot = walkthroughSnapshot;

const cards = () => [...document.querySelectorAll<HTMLElement>('[data-walkthrough]')];

beforeEach(() => {
  fakeBrowser.reset();
  send.mockReset();
  send.mockResolvedValue(null);
});
afterEach(cleanup);

describe('WalkthroughCards', () => {
  it('shows the most valuable walkthroughs not done yet, with progress', () => {
    render(<WalkthroughCards snapshot={snapshot({ 'last-seen': 'done', 'profile-photo': 'loosened' })} limit={3} />);
    expect(cards().map((c) => c.dataset.walkthrough)).toEqual(['profile-photo', 'accounts-center', 'online']);
    expect(cards().map((c) => c.dataset.status)).toEqual(['loosened', 'not-started', 'not-started']);
    expect(screen.getByText('You changed this back')).toBeTruthy();
    const total = WALKTHROUGHS.filter(isActionable).length;
    expect(screen.getByText(`Done: 1 of ${total} opt-outs.`)).toBeTruthy();
  });

  it('puts the walkthrough for what went to AI first: Meta AI chat, then chats where Meta AI reads', async () => {
    const ai = { metaAiMessages: 2, openChatMessages: 1, businesses: { meta: 0, thirdParty: 0 } };
    render(<WalkthroughCards snapshot={{ ...snapshot(), ai }} limit={3} />);
    expect(cards().map((c) => c.dataset.walkthrough)).toEqual(['meta-ai-data', 'advanced-chat-privacy', 'last-seen']);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    fireEvent.click(screen.getByRole('button', { name: 'Show steps: Limit what Meta keeps from your AI chats' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0]![0].url).toMatch(/\/dashboard\.html#walkthrough=meta-ai-data$/);
    create.mockRestore();
    cleanup();

    // Done stays done: the next card is the most valuable one left.
    render(<WalkthroughCards snapshot={{ ...snapshot({ 'meta-ai-data': 'done' }), ai }} limit={2} />);
    expect(cards().map((c) => c.dataset.walkthrough)).toEqual(['advanced-chat-privacy', 'last-seen']);
  });

  it('"Guide me" asks the background to open WhatsApp with the walkthrough', async () => {
    render(<WalkthroughCards snapshot={snapshot()} limit={1} />);
    fireEvent.click(screen.getByRole('button', { name: 'Guide me: Hide your last seen' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('openWhatsApp', { walkthroughId: 'last-seen' }));
  });

  it('"Show steps" opens the dashboard at a phone-only walkthrough', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<WalkthroughCards snapshot={snapshot({ 'last-seen': 'done', 'profile-photo': 'done' })} limit={1} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show steps: Keep WhatsApp out of Meta Accounts Center' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0]![0].url).toMatch(/\/dashboard\.html#walkthrough=accounts-center$/);
    expect(send).not.toHaveBeenCalled();
  });

  it('says so when WhatsApp could not be opened', async () => {
    send.mockRejectedValue(new Error('no receiver'));
    render(<WalkthroughCards snapshot={snapshot()} limit={1} />);
    fireEvent.click(screen.getByRole('button', { name: /^Guide me/ }));
    expect((await screen.findByRole('alert')).textContent).toBe("We couldn't open WhatsApp Web. Try again, or follow the written steps.");
  });

  it('has a finished state when everything is done', () => {
    const all = Object.fromEntries(WALKTHROUGHS.filter(isActionable).map((w) => [w.id, 'done' as const]));
    render(<WalkthroughCards snapshot={snapshot(all)} limit={3} />);
    expect(cards()).toHaveLength(0);
    expect(screen.getByText(/You've done every opt-out we know of/)).toBeTruthy();
  });

  it('renders right to left for RTL languages', () => {
    installI18n('rtl');
    const { container } = render(<WalkthroughCards snapshot={snapshot()} limit={3} />);
    expect(container.querySelector('section')?.getAttribute('dir')).toBe('rtl');
  });
});
