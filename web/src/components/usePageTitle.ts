import { useEffect } from 'react';

/** Each page names itself in the tab title, so screen-reader users hear where a link took them. */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    if (title) document.title = `${title} · Pilar`;
  }, [title]);
}
