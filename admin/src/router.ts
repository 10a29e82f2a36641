import { useEffect, useState } from 'react';

/** Paths under /admin, with the History API: /admin/products, /admin/orders/LF-100016, /admin/orders?status=paid. */
export const BASE = '/admin';

function useLocationPart(read: () => string): string {
  const [value, setValue] = useState(read);
  useEffect(() => {
    const onPop = () => setValue(read());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  return value;
}

export function usePath(): string {
  return useLocationPart(() => location.pathname);
}

/** The query string of the current address, parsed; it changes with navigate() and Back. */
export function useQuery(): URLSearchParams {
  return new URLSearchParams(useLocationPart(() => location.search));
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  dispatchEvent(new PopStateEvent('popstate'));
}
