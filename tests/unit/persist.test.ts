import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '../../utils/db/persist';

describe('persistent storage', () => {
  it('asks the browser to keep our data when it is not kept yet', async () => {
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(storage.persist).toHaveBeenCalledOnce();
  });

  it('does not ask again once granted, and survives a browser that refuses or lacks the API', async () => {
    const granted = { persisted: vi.fn(async () => true), persist: vi.fn(async () => true) };
    expect(await requestPersistentStorage(granted)).toBe(true);
    expect(granted.persist).not.toHaveBeenCalled();
    const failing = { persisted: vi.fn(async () => false), persist: vi.fn(async () => { throw new Error('denied'); }) };
    expect(await requestPersistentStorage(failing)).toBe(false);
    expect(await requestPersistentStorage(undefined)).toBe(false);
  });
});
