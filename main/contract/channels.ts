/**
 * IPC channel names, shared by preload and the main process. Kept apart from the
 * schemas so the sandboxed preload bundle does not carry zod.
 */
export const ipcChannels = { call: 'motcua:call', upload: 'motcua:upload', event: 'motcua:event' } as const;
