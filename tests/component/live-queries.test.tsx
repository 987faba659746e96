// Live queries hand the screens frozen records, not deep copies: 5,000 verbatims are not cloned when a report opens.
import { renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useReportInput } from '../../src/db/reportReads';
import { seedSession } from './render';

describe('live queries', () => {
  it('give frozen records and lists: a screen that sorted or changed one in place would throw here, not corrupt the next read', async () => {
    const id = await seedSession();
    const { result } = renderHook(() => useReportInput(id, false));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const input = result.current.status === 'ready' ? result.current.value : undefined;
    expect(input?.phases.length).toBe(5);
    expect(Object.isFrozen(input?.phases)).toBe(true);
    expect(input?.phases.every((p) => Object.isFrozen(p))).toBe(true);
    expect(() => (input?.phases as unknown[]).sort()).toThrow(TypeError);
  });
});
