// @vitest-environment happy-dom
// The dashboard's "AI" part and the business row's AI facts: what went to AI, what happens to it, where to limit it;
// and the audit's account-wide lines for Strict Account Settings and advanced chat privacy.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AiPart } from '@/components/dashboard/AiPart';
import { Businesses } from '@/components/dashboard/Businesses';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { PrivacyAudit } from '@/components/dashboard/PrivacyAudit';
import type { Region } from '@/lib/model/ids';
import type { Snapshot } from '@/lib/model/snapshot';
import { SnapshotStore } from '@/lib/view/store';
import { aiSnapshot, audit, business, NOW, noAi, snapshot, typicalSnapshot } from './fixtures';
import { answer } from './mock-send';

vi.mock('@/lib/protocol/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/protocol/client')>()),
  send: vi.fn(),
}));
vi.mock('@/components/walkthroughs', () => ({ WalkthroughCards: () => null, WalkthroughCatalog: () => null }));

beforeEach(() => {
  fakeBrowser.reset();
  location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

function inRegion(snap: Snapshot, region: Region): Snapshot {
  return { ...snap, settings: { ...snap.settings, region, regionChosen: true } };
}

const aiRows = (container: ParentNode) =>
  [...container.querySelectorAll<HTMLElement>('tbody tr[data-ai]')].map((tr) => [tr.dataset.ai, Number(tr.dataset.count)]);

describe('AI part', () => {
  it('lists the Meta AI chat, chats Meta AI reads and businesses with AI, with their counts', () => {
    const { container } = render(<AiPart snapshot={aiSnapshot()} />);
    expect(aiRows(container)).toEqual([
      ['meta-ai-chat', 14],
      ['open-ai-chats', 7],
      ['business-ai', 2],
    ]);
    const table = screen.getByRole('table', { name: 'Where AI read what you sent in the last 7 days' });
    const chat = within(table).getByRole('rowheader', { name: 'Your chat with Meta AI' }).closest('tr')!;
    expect(within(chat).getByText('14 messages')).toBeTruthy();
    const biz = container.querySelector<HTMLElement>('[data-ai="business-ai"]')!;
    expect(within(biz).getByText('AI from Meta: 1. Third-party AI: 1.')).toBeTruthy();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Where', 'How much', 'What happens to it', 'How to limit it']);
  });

  it('says what happens to the data, region-aware for ads, and links each row to its walkthrough', () => {
    const elsewhere = render(<AiPart snapshot={inRegion(aiSnapshot(), 'elsewhere')} />);
    const chat = elsewhere.container.querySelector<HTMLElement>('[data-ai="meta-ai-chat"]')!;
    expect(chat.textContent).toMatch(/Since 16 December 2025 it also uses it to choose your ads/);
    expect(
      within(chat).getByRole('link', { name: 'How to limit this: Limit what Meta keeps from your AI chats' }).getAttribute('href'),
    ).toBe('#walkthrough=meta-ai-data');
    const open = elsewhere.container.querySelector<HTMLElement>('[data-ai="open-ai-chats"]')!;
    expect(open.textContent).toMatch(/Meta can read every new message/);
    expect(within(open).getByRole('link').getAttribute('href')).toBe('#walkthrough=advanced-chat-privacy');
    expect(within(elsewhere.container.querySelector<HTMLElement>('[data-ai="business-ai"]')!).getByRole('link').getAttribute('href')).toBe(
      '#walkthrough=meta-ai-data',
    );
    elsewhere.unmount();

    const { container } = render(<AiPart snapshot={inRegion(aiSnapshot(), 'european-region')} />);
    const euChat = container.querySelector<HTMLElement>('[data-ai="meta-ai-chat"]')!;
    expect(euChat.textContent).toMatch(/left the EU and the UK out when it began using AI chats for ads/);
    expect(euChat.textContent).not.toMatch(/16 December 2025/);
  });

  it('shows every row with "None" when nothing went to AI, and never counts Private Processing', () => {
    const { container } = render(<AiPart snapshot={snapshot({ ai: noAi() })} />);
    expect(aiRows(container).map(([, n]) => n)).toEqual([0, 0, 0]);
    expect(screen.getAllByText('None')).toHaveLength(3);
    expect(screen.getByText(/Private Processing aren't counted/)).toBeTruthy();
  });

  it('is a dashboard section with a heading and a nav link', async () => {
    answer(aiSnapshot());
    const { container } = render(<Dashboard />);
    const heading = await screen.findByRole('heading', { name: 'What went to AI' });
    const section = container.querySelector<HTMLElement>('[data-section="ai"]')!;
    expect(section.contains(heading)).toBe(true);
    expect(screen.getByRole('navigation', { name: 'Sections' }).querySelector('a[href="#ai"]')!.textContent).toBe('What went to AI');
    expect(aiRows(section)).toHaveLength(3);
    // The matrix has the AI category like any other, cells by audience.
    const matrixRow = container.querySelector<HTMLElement>('[data-section="matrix"] tr[data-category="ai-conversations"]')!;
    expect(matrixRow.dataset.count).toBe('14');
    expect(matrixRow.querySelector<HTMLElement>('td[data-audience="meta"]')!.dataset.count).toBe('14');
  });
});

describe('business row', () => {
  const store = () => new SnapshotStore(7);
  const row = (container: ParentNode, ordinal: number) =>
    container.querySelector<HTMLElement>(`[data-business-key="${business(ordinal).key}"]`)!;

  it('says whose AI answers, advanced chat privacy where known, and data sharing in an ad-started chat', () => {
    const { container } = render(<Businesses snapshot={aiSnapshot()} store={store()} />);
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(expect.arrayContaining(['AI', 'Advanced chat privacy']));

    const meta = row(container, 1);
    expect(meta.dataset.ai).toBe('meta');
    expect(within(meta).getByText('Uses AI from Meta')).toBeTruthy();
    expect(meta.dataset.acp).toBe('off');
    expect(within(meta).getByText('Off')).toBeTruthy();

    const third = row(container, 2);
    expect(third.dataset.ai).toBe('third-party');
    expect(within(third).getByText('Uses a third-party AI')).toBeTruthy();
    expect(within(third).getByText('On')).toBeTruthy();

    const plain = row(container, 3);
    expect(plain.dataset.ai).toBe('none');
    expect(within(plain).getByText('None seen')).toBeTruthy();
    expect(plain.dataset.acp).toBe('unknown');
    expect(within(plain).getByText('Not seen')).toBeTruthy();
    expect(within(plain).getByText('Yes; data sharing with the advertiser is on')).toBeTruthy();
  });

  it('the Businesses section carries the number of businesses it shows', async () => {
    answer(typicalSnapshot());
    const { container } = render(<Dashboard />);
    await screen.findByRole('heading', { name: 'Businesses' });
    const section = container.querySelector<HTMLElement>('[data-section="businesses"]')!;
    expect(section.dataset.count).toBe('12');
    expect(section.querySelectorAll('[data-business-key]')).toHaveLength(12);
  });
});

describe('audit: strict account settings and advanced chat privacy', () => {
  it('marks the controls Strict Account Settings lock, and says they were on', () => {
    const locked = snapshot({
      strictAccount: { on: true, observedAt: NOW },
      audit: audit([{ control: 'last-seen', value: 'contacts', observedAt: NOW, mostPrivate: false, lockedByStrict: true }]),
    });
    const { container } = render(<PrivacyAudit snapshot={locked} />);
    const lastSeen = container.querySelector<HTMLElement>('[data-control="last-seen"]')!;
    expect(lastSeen.dataset.locked).toBe('true');
    expect(within(lastSeen).getByText(/locked by Strict Account Settings/)).toBeTruthy();
    expect(container.querySelector('[data-control="about"]')!.hasAttribute('data-locked')).toBe(false);
    const strict = container.querySelector<HTMLElement>('[data-strict-account]')!;
    expect(strict.dataset.strictAccount).toBe('on');
    expect(strict.textContent).toMatch(/^Strict Account Settings were on when last seen/);
    expect(within(strict).getByRole('link').getAttribute('href')).toBe('#walkthrough=strict-account-settings');
  });

  it('counts advanced chat privacy over the business chats where it was seen', () => {
    const { container } = render(<PrivacyAudit snapshot={aiSnapshot()} />);
    const acp = container.querySelector<HTMLElement>('[data-acp-seen]')!;
    expect([acp.dataset.acpOn, acp.dataset.acpSeen]).toEqual(['1', '2']);
    expect(acp.textContent).toMatch(/on in 1 of the 2 business chats where it was seen/);
    expect(within(acp).getByRole('link').getAttribute('href')).toBe('#walkthrough=advanced-chat-privacy');
    cleanup();

    const { container: none } = render(<PrivacyAudit snapshot={typicalSnapshot()} />);
    expect(none.querySelector<HTMLElement>('[data-acp-seen]')!.textContent).toMatch(/wasn't seen in any business chat/);
    expect(none.querySelector<HTMLElement>('[data-strict-account]')!.dataset.strictAccount).toBe('unknown');
  });
});
