// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installI18n } from '../setup/i18n';
import { WalkthroughCatalog } from '@/components/walkthroughs';
import { SOURCES } from '@/lib/taxonomy/sources';
import { WALKTHROUGHS } from '@/lib/walkthroughs/index';
import { walkthroughSnapshot } from './walkthrough-snapshot';

const send = vi.hoisted(() => vi.fn(async (..._args: unknown[]): Promise<unknown> => null));
vi.mock('@/lib/protocol/client', () => ({ send }));

const item = (id: string) => document.querySelector<HTMLElement>(`[data-walkthrough="${id}"]`)!;
const toggle = (id: string) => within(item(id)).getAllByRole('button')[0]!;

beforeEach(() => {
  fakeBrowser.reset();
  send.mockReset();
  send.mockResolvedValue(null);
});
afterEach(cleanup);

describe('WalkthroughCatalog', () => {
  it('lists every walkthrough in three groups, with status badges', () => {
    render(
      <WalkthroughCatalog snapshot={walkthroughSnapshot({ 'last-seen': 'done', 'read-receipts': 'loosened', about: 'in-progress' })} />,
    );
    const groups = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual(['Guided on WhatsApp Web', 'On your phone', 'Background']);
    expect(document.querySelectorAll('[data-walkthrough]')).toHaveLength(WALKTHROUGHS.length);
    expect(item('last-seen').dataset.status).toBe('done');
    expect(within(item('last-seen')).getByText('Done')).toBeTruthy();
    expect(within(item('read-receipts')).getByText('You changed this back')).toBeTruthy();
    expect(within(item('about')).getByText('Started')).toBeTruthy();
    expect(item('two-step-verification').dataset.status).toBe('not-started');
    expect(item('european-region').hasAttribute('data-status')).toBe(false);
  });

  it('expands a walkthrough with a real disclosure button', () => {
    render(<WalkthroughCatalog snapshot={walkthroughSnapshot()} />);
    const button = toggle('last-seen');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    const text = panel.textContent!;
    expect(text).toContain('Why it matters');
    expect(text).toContain('Under Who can see my last seen, click Nobody.');
    expect(text).toContain('On Android');
    expect(text).toContain('On iPhone');
    expect(text).toContain('Nobody. While your last seen is hidden');
    const source = within(panel).getByRole('link', { name: SOURCES['faq-web-phone-number'].title });
    expect(source.getAttribute('href')).toBe('https://faq.whatsapp.com/3307102709559968');
    expect(source.getAttribute('target')).toBe('_blank');
  });

  it('links every walkthrough to its public sources and never shows the research notes', () => {
    render(<WalkthroughCatalog snapshot={walkthroughSnapshot()} />);
    for (const w of WALKTHROUGHS) {
      const links = within(item(w.id)).getAllByRole('link', { hidden: true });
      expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual(
        w.source.links.map((id) => [SOURCES[id].title, SOURCES[id].url]),
      );
      expect(item(w.id).textContent).not.toContain(w.source.research);
      expect(item(w.id).textContent).not.toMatch(/\.md\b|§/);
    }
  });

  it('shows region notes and explanations for background items', () => {
    render(<WalkthroughCatalog snapshot={walkthroughSnapshot()} focus="share-account-info-2016" />);
    const text = item('share-account-info-2016').textContent!;
    expect(text).toContain('Settings › Account › Share my account info');
    expect(text).toContain('In the European Region');
    expect(within(item('share-account-info-2016')).queryByRole('button', { name: /Guide me|Mark as done/ })).toBeNull();
  });

  it('opens and focuses the walkthrough named in the address', () => {
    render(<WalkthroughCatalog snapshot={walkthroughSnapshot()} focus="encrypted-backup" />);
    expect(toggle('encrypted-backup').getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(toggle('encrypted-backup'));
    expect(toggle('last-seen').getAttribute('aria-expanded')).toBe('false');
  });

  it('"Guide me" starts the Web guide', async () => {
    render(<WalkthroughCatalog snapshot={walkthroughSnapshot()} focus="groups" />);
    fireEvent.click(screen.getByRole('button', { name: 'Guide me: Choose who can add you to groups' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('openWhatsApp', { walkthroughId: 'groups' }));
  });

  it('"Mark as done" stores a phone-only walkthrough as done, and can be undone', async () => {
    render(<WalkthroughCatalog snapshot={walkthroughSnapshot()} focus="linked-devices" />);
    fireEvent.click(screen.getByRole('button', { name: 'Mark as done: Review your linked devices' }));
    await waitFor(() => expect(item('linked-devices').dataset.status).toBe('done'));
    expect(send).toHaveBeenCalledWith('setWalkthroughStatus', { walkthroughId: 'linked-devices', status: 'done' });

    fireEvent.click(screen.getByRole('button', { name: 'Mark as not done: Review your linked devices' }));
    await waitFor(() => expect(item('linked-devices').dataset.status).toBe('not-started'));
    expect(send).toHaveBeenLastCalledWith('setWalkthroughStatus', { walkthroughId: 'linked-devices', status: 'not-started' });
  });

  it('keeps the status and shows an error when saving fails', async () => {
    send.mockRejectedValue(new Error('internal'));
    render(<WalkthroughCatalog snapshot={walkthroughSnapshot()} focus="linked-devices" />);
    fireEvent.click(screen.getByRole('button', { name: 'Mark as done: Review your linked devices' }));
    expect((await screen.findByRole('alert')).textContent).toBe("We couldn't save this. Please try again.");
    expect(item('linked-devices').dataset.status).toBe('not-started');
  });

  it('renders right to left for RTL languages', () => {
    installI18n('rtl');
    const { container } = render(<WalkthroughCatalog snapshot={walkthroughSnapshot()} />);
    expect(container.firstElementChild?.getAttribute('dir')).toBe('rtl');
  });
});
