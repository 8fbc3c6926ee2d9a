import { useLayoutEffect, type RefObject } from 'react';

/** Grows a textarea with its text, up to `maxVh` of the viewport, then scrolls inside. */
export function useAutosize(ref: RefObject<HTMLTextAreaElement | null>, value: string, maxVh = 40) {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.style.height = 'auto';
    const max = (window.innerHeight * maxVh) / 100;
    element.style.height = `${Math.min(element.scrollHeight, max)}px`;
    element.style.overflowY = element.scrollHeight > max ? 'auto' : 'hidden';
  }, [ref, value, maxVh]);
}
