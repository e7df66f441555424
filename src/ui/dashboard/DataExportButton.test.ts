// @vitest-environment jsdom
import { act, createElement as h } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SimClient } from '../../protocol/client';
import { createTownStore } from '../../store/store';
import { TownStoreContext } from '../hooks/useTown';
import { $, mount, type Mounted } from '../testing/dom';
import { DataExportButton, dataZipName } from './DataExportButton';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** The button over a store whose worker answers `exportData` with `answer`. */
function show(answer: () => Promise<unknown>) {
  const request = vi.fn(async (kind: string): Promise<unknown> =>
    kind === 'exportData' ? answer() : null,
  );
  const client: SimClient = {
    start: () => {},
    control: () => {},
    request: request as unknown as SimClient['request'],
    dispose: () => {},
  };
  const store = createTownStore(client);
  store.setState({
    town: { townId: 't1', name: 'Över the Hill!', mode: 'replay', lock: 'none' },
  });
  mounted = mount(h(TownStoreContext.Provider, { value: store }, h(DataExportButton)));
  return request;
}

describe('the ⬇ Data button', () => {
  it('names the zip after the town and the day', () => {
    expect(dataZipName('Över the Hill!', 3)).toBe('over-the-hill-day3-data.zip');
    expect(dataZipName(undefined, 1)).toBe('town-day1-data.zip');
  });

  it('asks the worker for the zip and downloads it under the town’s name', async () => {
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const request = show(async () => ({ bytes: new Uint8Array(2048), day: 2, files: 23 }));
    await act(async () => $('[data-testid="data-export"]').click());
    expect(request).toHaveBeenCalledWith('exportData', { townName: 'Över the Hill!' });
    expect(clicks).toEqual(['over-the-hill-day2-data.zip']);
    expect($('[data-testid="data-export-done"]').textContent).toBe('✓ 23 files · 2 KB');
  });

  it('shows why the export failed', async () => {
    show(async () => {
      throw new Error('the town is not ready');
    });
    await act(async () => $('[data-testid="data-export"]').click());
    expect($('[data-testid="data-export-error"]').textContent).toContain('the town is not ready');
    expect(($('[data-testid="data-export"]') as HTMLButtonElement).disabled).toBe(false);
  });
});
