/** A one-line progress bar on stderr, only on a terminal; silent otherwise. */
export function progressBar(
  enabled: boolean,
  label: string,
  write: (s: string) => void,
): { update: (done: number, total: number) => void; end: () => void } {
  if (!enabled) return { update: () => undefined, end: () => undefined };
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      shown = true;
      const width = 30;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      write(`\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total}`);
    },
    end() {
      if (shown) write('\r\x1b[2K');
    },
  };
}
