import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { exportProgress } from '../src/progressFile/exportProgress.js';
import { escapes, setup } from './toolbarHarness.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('export and import', () => {
  test('export downloads a JSON file of the progress through an object URL', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:progress';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { user } = setup({ initial: { knives: 'done', 'gone-topic': 'skipped' } });
    await user.click(screen.getByRole('button', { name: 'Export progress' }));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('cooking-progress.json');
    expect(clicked[0]?.getAttribute('href')).toBe('blob:progress');
    expect(clicked[0]?.isConnected).toBe(false);
    expect(blobs[0]?.type).toBe('application/json');
    expect(JSON.parse(await blobs[0]!.text())).toEqual({ roadmap: 'cooking', version: 1, progress: { 'gone-topic': 'skipped', knives: 'done' } });
    await vi.waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:progress'));
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  test('import asks before replacing progress, saying how many topics would change, then says what it did', async () => {
    const { user } = setup({ initial: { roux: 'done', knives: 'in-progress' } });
    const text = JSON.stringify({ roadmap: 'cooking', version: 1, progress: { knives: 'done', choux: 'done', sauces: 'mastered' } });
    await user.upload(screen.getByLabelText('Progress file to import'), new File([text], 'mine.json', { type: 'application/json' }));
    // roux cleared, knives changed, choux added: three topics.
    const group = await screen.findByRole('group', { name: 'Confirm import' });
    expect(within(group).getByText("Replace your progress with the file's? 3 topics would change.")).toBeTruthy();
    expect(document.activeElement).toBe(within(group).getByRole('button', { name: 'Cancel' }));
    expect(JSON.parse(screen.getByTestId('stored').textContent!)).toEqual({ roux: 'done', knives: 'in-progress' });
    await user.click(within(group).getByRole('button', { name: 'Replace' }));
    expect(await screen.findByText('Imported progress for 2 topics. 1 entry with an unknown state was ignored.')).toBeTruthy();
    expect(screen.getByText('2 of 5 done')).toBeTruthy();
    expect(JSON.parse(screen.getByTestId('stored').textContent!)).toEqual({ knives: 'done', choux: 'done' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Import progress' }));
  });

  test('Cancel (or Esc) keeps progress as it was', async () => {
    const { user } = setup({ initial: { roux: 'done' } });
    const text = exportProgress('cooking', { knives: 'done' });
    for (const answer of ['cancel', 'escape'] as const) {
      await user.upload(screen.getByLabelText('Progress file to import'), new File([text], 'old.json', { type: 'application/json' }));
      const group = await screen.findByRole('group', { name: 'Confirm import' });
      expect(within(group).getByText("Replace your progress with the file's? 2 topics would change.")).toBeTruthy();
      if (answer === 'cancel') await user.click(within(group).getByRole('button', { name: 'Cancel' }));
      else await user.keyboard('{Escape}');
      expect(screen.queryByRole('group', { name: 'Confirm import' })).toBeNull();
      expect(JSON.parse(screen.getByTestId('stored').textContent!)).toEqual({ roux: 'done' });
    }
    expect(escapes).not.toHaveBeenCalled();
  });

  test('an empty export, or one with the progress already there, changes nothing and says so', async () => {
    const { user } = setup({ initial: { roux: 'done', knives: 'done' } });
    const upload = (progress: Record<string, unknown>) =>
      user.upload(screen.getByLabelText('Progress file to import'), new File([JSON.stringify({ roadmap: 'cooking', version: 1, progress })], 'export.json', { type: 'application/json' }));
    await upload({});
    expect((await screen.findByRole('alert')).textContent).toBe('Nothing was imported: export.json holds no progress. Your progress is unchanged.');
    await upload({ roux: 'mastered' });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nothing was imported: export.json holds no progress (1 entry with an unknown state ignored). Your progress is unchanged.',
    );
    await upload({ knives: 'done', roux: 'done' });
    expect(await screen.findByText('export.json holds the progress you already have: nothing changed.')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Confirm import' })).toBeNull();
    expect(JSON.parse(screen.getByTestId('stored').textContent!)).toEqual({ roux: 'done', knives: 'done' });
  });

  test('a round trip through export and import gives the same progress', async () => {
    const { user } = setup();
    const text = exportProgress('cooking', { sauces: 'in-progress', 'creme-brulee': 'done' });
    await user.upload(screen.getByLabelText('Progress file to import'), new File([text], 'cooking-progress.json', { type: 'application/json' }));
    await screen.findByText('Imported progress for 2 topics.');
    expect(JSON.parse(screen.getByTestId('stored').textContent!)).toEqual({ 'creme-brulee': 'done', sauces: 'in-progress' });
  });

  test.each([
    ['junk', 'not json at all', 'Could not import bad.json: This is not a progress file: it is not valid JSON.'],
    [
      'another roadmap',
      JSON.stringify({ roadmap: 'python-backend', version: 1, progress: { flask: 'done' } }),
      'Could not import bad.json: This progress is for the roadmap "python-backend", not for "cooking".',
    ],
  ])('a %s file shows an alert and keeps progress', async (_name, text, message) => {
    const { user } = setup({ initial: { knives: 'done' } });
    await user.upload(screen.getByLabelText('Progress file to import'), new File([text], 'bad.json', { type: 'application/json' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(screen.getByText('1 of 5 done')).toBeTruthy();
    expect(JSON.parse(screen.getByTestId('stored').textContent!)).toEqual({ knives: 'done' });
  });

  test('the Import button opens the file picker', async () => {
    const { user } = setup();
    const input = screen.getByLabelText('Progress file to import') as HTMLInputElement;
    const click = vi.spyOn(input, 'click');
    await user.click(screen.getByRole('button', { name: 'Import progress' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(input.type).toBe('file');
    // Out of the tab order and the accessibility tree: the Import button stands for it.
    expect(input.hidden).toBe(true);
    expect(screen.queryAllByRole('button', { name: /import/i }).map((button) => button.textContent)).toEqual(['Import progress']);
  });
});
