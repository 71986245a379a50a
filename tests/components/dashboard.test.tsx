// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { MessagingError } from '@/lib/protocol/client';
import { CATEGORY_IDS } from '@/lib/model/ids';
import { walkthroughsForControl } from '@/lib/walkthroughs/progress';
import { buildExport } from '@/lib/view/export';
import { installI18n } from '../setup/i18n';
import { business, emptySnapshot, largeSnapshot, NOW, typicalSnapshot } from './fixtures';
import { answer, sent } from './mock-send';

vi.mock('@/lib/protocol/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/protocol/client')>()),
  send: vi.fn(),
}));
// Exports are built in the page from IndexedDB (lib/view/export.ts, tested in tests/unit/ledger-export.test.ts).
vi.mock('@/lib/view/export', () => ({ buildExport: vi.fn() }));
// The walkthrough catalog belongs to another area: a stand-in records the focus the dashboard passes.
vi.mock('@/components/walkthroughs', () => ({
  WalkthroughCards: () => null,
  WalkthroughCatalog: (props: { focus?: string }) => <div data-testid="walkthrough-catalog" data-focus={props.focus ?? ''} />,
}));

beforeEach(() => {
  fakeBrowser.reset();
  location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
  vi.unstubAllGlobals();
});

const section = (container: ParentNode, id: string) => container.querySelector<HTMLElement>(`[data-section="${id}"]`)!;
const matrixRows = (container: ParentNode) =>
  [...section(container, 'matrix').querySelectorAll<HTMLElement>('tbody tr[data-category]')].map((tr) => [
    tr.dataset.category,
    Number(tr.dataset.count),
  ]);

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}

async function renderDashboard() {
  const view = render(<Dashboard />);
  await screen.findByRole('heading', { name: 'Who received what' });
  return view;
}

describe('Dashboard: views', () => {
  it('typical: matrix rows carry every category with its count; cells by audience', async () => {
    answer(typicalSnapshot());
    const { container } = await renderDashboard();
    expect(sent('getSnapshot')).toEqual([{ days: 30 }]);
    const rows = matrixRows(container);
    expect(rows.map(([c]) => c)).toEqual([...CATEGORY_IDS]);
    expect(Object.fromEntries(rows)).toMatchObject({ 'phone-number': 28, presence: 21, 'device-network': 7, location: 0 });
    const phone = section(container, 'matrix').querySelector<HTMLElement>('tr[data-category="phone-number"]')!;
    expect(phone.querySelector<HTMLElement>('td[data-audience="meta"]')!.dataset.count).toBe('7');
    expect(phone.querySelector('th')!.getAttribute('scope')).toBe('row');
    expect(section(container, 'matrix').querySelectorAll('thead th[scope="col"]')).toHaveLength(7);
  });

  it('every section has a heading and a nav link; the overview repeats the popup tally', async () => {
    answer(typicalSnapshot());
    const { container } = await renderDashboard();
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    for (const id of ['overview', 'matrix', 'timeline', 'businesses', 'audit', 'walkthroughs', 'data']) {
      expect(section(container, id).querySelector('h2')).toBeTruthy();
      expect(nav.querySelector(`a[href="#${id}"]`)).toBeTruthy();
    }
    expect(section(container, 'overview').querySelector('[data-category="phone-number"]')!.getAttribute('data-count')).toBe('28');
  });

  it('empty: first-run explanation, nothing in the tables, WhatsApp Web button', async () => {
    answer(emptySnapshot());
    const { container } = await renderDashboard();
    expect(screen.getByText(/Everything stays in this browser/)).toBeTruthy();
    expect(screen.getByText('No business chats in this period.')).toBeTruthy();
    expect(matrixRows(container).every(([, n]) => n === 0)).toBe(true);
    expect(screen.getByText(/0 of 12 privacy settings/)).toBeTruthy();
    fireEvent.click(within(section(container, 'first-run')).getByRole('button', { name: 'Open WhatsApp Web' }));
    await waitFor(() => expect(sent('openWhatsApp')).toEqual([{}]));
  });

  it('large: 3 years become monthly rows, 500 businesses are shown 50 at a time', async () => {
    answer(largeSnapshot());
    const { container } = await renderDashboard();
    expect(Object.fromEntries(matrixRows(container))).toMatchObject({ 'phone-number': 2190, profile: 2190 });
    const timelineRows = section(container, 'timeline').querySelectorAll<HTMLElement>('tbody tr');
    expect(timelineRows.length).toBeGreaterThanOrEqual(36);
    expect(timelineRows.length).toBeLessThanOrEqual(37);
    expect([...timelineRows].reduce((s, tr) => s + Number(tr.dataset.count), 0)).toBe(1095 * 5);
    expect(section(container, 'timeline').querySelectorAll('svg rect')).toHaveLength(timelineRows.length);

    const businesses = () => section(container, 'businesses').querySelectorAll('[data-business-key]');
    expect(businesses()).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more (of 450 not shown)' }));
    expect(businesses()).toHaveLength(100);
  });

  it('timeline: a chart described in words and a table with the same numbers', async () => {
    answer(typicalSnapshot());
    const { container } = await renderDashboard();
    const timeline = section(container, 'timeline');
    expect(timeline.querySelectorAll('svg rect')).toHaveLength(7);
    expect(within(timeline).getByRole('img').getAttribute('aria-labelledby')).toBe('timeline-chart-desc');
    expect([...timeline.querySelectorAll<HTMLElement>('tbody tr')].map((tr) => Number(tr.dataset.count))).toEqual([8, 8, 8, 8, 8, 8, 8]);
  });

  it('the period radio group re-reads the snapshot for that range', async () => {
    answer(typicalSnapshot());
    await renderDashboard();
    fireEvent.click(screen.getByRole('radio', { name: 'Last 90 days' }));
    await waitFor(() => expect(sent('getSnapshot')).toEqual([{ days: 30 }, { days: 90 }]));
    fireEvent.click(screen.getByRole('radio', { name: 'Last year' }));
    await waitFor(() => expect(sent('getSnapshot').at(-1)).toEqual({ days: 365 }));
  });
});

describe('Dashboard: evidence, businesses, audit', () => {
  it('"why?" fetches evidence for that category on demand and lists it', async () => {
    answer(typicalSnapshot(), {
      getEvidence: () => [
        {
          at: NOW,
          event: 'chat-opened',
          chat: 'business',
          businessOrdinal: 3,
          audiences: ['business', 'meta'],
          rule: 'business-sees-number-profile',
        },
      ],
    });
    const { container } = await renderDashboard();
    expect(sent('getEvidence')).toEqual([]);
    const why = within(container.querySelector<HTMLElement>('[data-evidence="phone-number"]')!).getByRole('button', { expanded: false });
    expect(why.textContent).toBe('Why? Show what exposed Phone number');
    fireEvent.click(why);
    await waitFor(() => expect(sent('getEvidence')).toEqual([{ category: 'phone-number', limit: 20 }]));
    const region = document.getElementById(why.getAttribute('aria-controls')!)!;
    expect(await within(region).findByText('Business 3')).toBeTruthy();
    expect(within(region).getByText('A chat was opened', { exact: false })).toBeTruthy();
    expect(why.getAttribute('aria-expanded')).toBe('true');
  });

  it('businesses: numbered without labels, "Don\'t log" and confirmed "Delete" send the right requests', async () => {
    const snapshot = typicalSnapshot();
    answer(snapshot);
    const { container } = await renderDashboard();
    const key = snapshot.businesses[0]!.key;
    const row = section(container, 'businesses').querySelector<HTMLElement>(`[data-business-key="${key}"]`)!;
    expect(within(row).getByText('Business 1')).toBeTruthy();

    fireEvent.click(within(row).getByRole('checkbox', { name: "Don't log Business 1" }));
    await waitFor(() => expect(sent('setBusinessIgnored')).toEqual([{ key, ignored: true }]));

    const freshRow = () => section(container, 'businesses').querySelector<HTMLElement>(`[data-business-key="${key}"]`)!;
    fireEvent.click(within(freshRow()).getByRole('button', { name: 'Delete' }));
    const confirm = within(freshRow()).getByRole('button', { name: 'Yes, delete' });
    expect(document.activeElement).toBe(confirm);
    expect(sent('forgetBusiness')).toEqual([]);
    fireEvent.click(confirm);
    await waitFor(() => expect(sent('forgetBusiness')).toEqual([{ key }]));
    expect(await screen.findByText('Deleted Business 1.')).toBeTruthy();
  });

  it('delete can be cancelled with Escape, focus returns to the button', async () => {
    answer(typicalSnapshot());
    const { container } = await renderDashboard();
    const row = section(container, 'businesses').querySelector<HTMLElement>('[data-business-key]')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    fireEvent.keyDown(within(row).getByRole('button', { name: 'Yes, delete' }), { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(within(row).getByRole('button', { name: 'Delete' })));
    expect(sent('forgetBusiness')).toEqual([]);
  });

  it('hostile business labels render as text', async () => {
    const hostile = '<b onmouseover=alert(1)>Shop</b><script>alert(2)</script>';
    answer(typicalSnapshot({ settings: { ...typicalSnapshot().settings, labels: true }, businesses: [business(1, { label: hostile })] }));
    const { container } = await renderDashboard();
    const row = section(container, 'businesses').querySelector<HTMLElement>('[data-business-key]')!;
    expect(row.querySelector('th')!.textContent).toBe(hostile);
    expect(container.querySelector('script, b')).toBeNull();
  });

  it('audit: score, "not checked yet" for unseen controls, walkthrough links', async () => {
    answer(typicalSnapshot());
    const { container } = await renderDashboard();
    const audit = section(container, 'audit');
    expect(within(audit).getByText(/2 of 12 privacy settings are at their most private\. Not checked yet: 9/)).toBeTruthy();
    const about = audit.querySelector<HTMLElement>('[data-control="about"]')!;
    expect(about.dataset.state).toBe('unknown');
    expect(within(about).getAllByText('Not checked yet').length).toBeGreaterThan(0);
    const receipts = audit.querySelector<HTMLElement>('[data-control="read-receipts"]')!;
    expect(receipts.dataset.state).toBe('could-be-stricter');
    const link = within(audit.querySelector<HTMLElement>('[data-control="last-seen"]')!).getByRole('link');
    expect(link.getAttribute('href')).toBe(`#walkthrough=${walkthroughsForControl('last-seen')[0]}`);
  });

  it('#walkthrough=<id> focuses that walkthrough in the catalog', async () => {
    location.hash = '#walkthrough=last-seen';
    answer(typicalSnapshot());
    await renderDashboard();
    expect(screen.getByTestId('walkthrough-catalog').dataset.focus).toBe('last-seen');
    location.hash = '#data';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(screen.getByTestId('walkthrough-catalog').dataset.focus).toBe(''));
    await waitFor(() => expect(document.activeElement?.id).toBe('data-title'));
  });
});

describe('Dashboard: your data', () => {
  it('export JSON builds the file in the page and downloads it', async () => {
    answer(typicalSnapshot());
    vi.mocked(buildExport).mockImplementation(async (format) => ({
      filename: `ledger.${format}`,
      blob: new Blob(['{"v":1}'], { type: 'application/json' }),
    }));
    const createObjectURL = vi.fn(() => 'blob:ledger');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicked: Array<{ href: string; download: string }> = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    await renderDashboard();
    fireEvent.click(screen.getByRole('button', { name: 'Export as JSON' }));
    await waitFor(() => expect(clicked).toEqual([{ href: 'blob:ledger', download: 'ledger.json' }]));
    expect(buildExport).toHaveBeenCalledWith('json');
    expect(sent('exportData')).toEqual([]);
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(await blob.text()).toBe('{"v":1}');
    expect(screen.getByText('Saved ledger.json.')).toBeTruthy();
    click.mockRestore();
  });

  it('export CSV builds csv', async () => {
    answer(typicalSnapshot());
    vi.mocked(buildExport).mockResolvedValue({ filename: 'ledger.csv', blob: new Blob(['a,b'], { type: 'text/csv' }) });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await renderDashboard();
    fireEvent.click(screen.getByRole('button', { name: 'Export as CSV' }));
    await waitFor(() => expect(buildExport).toHaveBeenCalledWith('csv'));
  });

  it("import reads the chosen file, sends its text, reports what it did, and only offers the file's settings", async () => {
    answer(typicalSnapshot(), {
      importData: () => ({
        events: 120,
        known: 3,
        totalsOnly: 40,
        tallies: 30,
        businesses: 2,
        audit: 5,
        walkthroughs: 1,
        offeredSettings: { retentionDays: 7, labels: true },
      }),
    });
    await renderDashboard();
    const input = screen.getByLabelText('Import a JSON export') as HTMLInputElement;
    const file = new File(['{"format":"metadata-ledger"}'], 'ledger.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() => expect(sent('importData')).toEqual([{ text: '{"format":"metadata-ledger"}' }]));
    expect(await screen.findByText(/^Imported\. Interactions added: 120 \(already there: 3; .*: 40\)\. Totals changed: 30\./)).toBeTruthy();
    await waitFor(() => expect(sent('getSnapshot')).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText(/^Imported\./)).toBeNull());
    // The file's settings are offered, not applied, until the user takes them.
    expect(screen.getByText('Keep detailed records for: 7 days')).toBeTruthy();
    expect(screen.getByText('Keep business names: on')).toBeTruthy();
    expect(sent('updateSettings')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: "Use the file's settings" }));
    await waitFor(() => expect(sent('updateSettings')).toEqual([{ retentionDays: 7, labels: true }]));
    await waitFor(() => expect(screen.queryByText('Keep business names: on')).toBeNull());
  });

  it("a rejected import shows the background's clear error", async () => {
    answer(typicalSnapshot(), {
      importData: () => {
        throw new MessagingError('import-invalid', 'This file is not a Metadata Ledger export.');
      },
    });
    await renderDashboard();
    const input = screen.getByLabelText('Import a JSON export') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['garbage'], 'x.json')] } });
    expect(await screen.findByText('Nothing was imported: This file is not a Metadata Ledger export.')).toBeTruthy();
  });

  it('says when the ledger was saved by a newer version, and offers to export it or start afresh', async () => {
    const snapshot = typicalSnapshot();
    let fresh = false;
    answer(
      () => ({ ...snapshot, health: { ...snapshot.health, ledger: { state: fresh ? 'ok' : 'newer', heldBack: 0, lastHeldBack: null } } }),
      {
        clearAll: () => {
          fresh = true;
          return null;
        },
      },
    );
    vi.mocked(buildExport).mockResolvedValue({ filename: 'ledger.json', blob: new Blob(['{}']) });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { container } = await renderDashboard();
    expect(within(section(container, 'data')).getByText(/saved by a newer version of Metadata Ledger/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export what can be read' }));
    await waitFor(() => expect(buildExport).toHaveBeenCalledWith('json'));
    fireEvent.click(screen.getByRole('button', { name: 'Start a fresh ledger' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, start a fresh ledger' }));
    await waitFor(() => expect(sent('clearAll')).toEqual([{}]));
    await waitFor(() => expect(screen.queryByText(/saved by a newer version of Metadata Ledger/)).toBeNull());
  });

  it('says when new businesses were held back from a tab', async () => {
    const snapshot = typicalSnapshot();
    answer({ ...snapshot, health: { ...snapshot.health, ledger: { state: 'ok', heldBack: 150, lastHeldBack: NOW } } });
    const { container } = await renderDashboard();
    expect(within(section(container, 'data')).getByText(/^150 new businesses were not logged/)).toBeTruthy();
  });

  it('clear all needs a confirmation, then empties the view', async () => {
    let cleared = false;
    answer(() => (cleared ? emptySnapshot() : typicalSnapshot()), {
      clearAll: () => {
        cleared = true;
        return null;
      },
    });
    const { container } = await renderDashboard();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all logged data' }));
    expect(sent('clearAll')).toEqual([]);
    const confirm = screen.getByRole('button', { name: 'Yes, delete everything' });
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(confirm);
    await waitFor(() => expect(sent('clearAll')).toEqual([{}]));
    expect(await screen.findByText('Everything was deleted.')).toBeTruthy();
    await waitFor(() => expect(container.querySelector('[data-section="first-run"]')).toBeTruthy());
  });

  it('settings controls send updateSettings', async () => {
    answer(typicalSnapshot());
    await renderDashboard();
    fireEvent.click(screen.getByRole('radio', { name: 'Until I delete them' }));
    fireEvent.click(screen.getByRole('radio', { name: 'European Region' }));
    fireEvent.click(screen.getByRole('switch', { name: 'Keep business names' }));
    fireEvent.click(screen.getByRole('switch', { name: 'Show a notice inside business chats' }));
    fireEvent.click(screen.getByRole('switch', { name: "Show today's count on the toolbar icon" }));
    await waitFor(() =>
      expect(sent('updateSettings')).toEqual([
        { retentionDays: 0 },
        { region: 'european-region', regionChosen: true },
        { labels: true },
        { inPageNotices: false },
        { badge: false },
      ]),
    );
  });

  it('copy summary writes share-safe text to the clipboard', async () => {
    const writeText = vi.fn(async () => {});
    stubClipboard(writeText);
    answer(
      typicalSnapshot({ settings: { ...typicalSnapshot().settings, labels: true }, businesses: [business(1, { label: 'Acme Pharmacy' })] }),
    );
    await renderDashboard();
    fireEvent.click(screen.getByRole('button', { name: 'Copy a summary to share' }));
    expect(await screen.findByText(/Summary copied/)).toBeTruthy();
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text).toContain('12 business chats took part.');
    expect(text).not.toContain('Acme');
  });

  it('when the clipboard refuses, the summary appears in a read-only box', async () => {
    stubClipboard(() => Promise.reject(new Error('denied')));
    answer(typicalSnapshot());
    await renderDashboard();
    fireEvent.click(screen.getByRole('button', { name: 'Copy a summary to share' }));
    const box = (await screen.findByLabelText('Summary')) as HTMLTextAreaElement;
    expect(box.readOnly).toBe(true);
    expect(box.value).toContain('12 business chats took part.');
  });

  it('a failed load offers a retry and keeps working afterwards', async () => {
    let fail = true;
    answer(() => {
      if (fail) throw new MessagingError('internal', 'database closed');
      return typicalSnapshot();
    });
    render(<Dashboard />);
    expect(await screen.findByText('database closed')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Who received what' })).toBeTruthy();
  });
});

describe('Dashboard: right to left', () => {
  it('renders with Arabic numbers and no physical-direction inline styles', async () => {
    installI18n('rtl');
    answer(typicalSnapshot());
    const { container } = await renderDashboard();
    const phone = section(container, 'matrix').querySelector<HTMLElement>('tr[data-category="phone-number"]')!;
    expect(phone.dataset.count).toBe('28');
    expect(phone.querySelector('td.num')!.textContent).toBe(new Intl.NumberFormat('ar').format(28));
    for (const el of container.querySelectorAll<HTMLElement>('[style]')) {
      expect(el.getAttribute('style')).not.toMatch(/\b(left|right|width|margin-left|margin-right)\b/);
    }
  });
});
