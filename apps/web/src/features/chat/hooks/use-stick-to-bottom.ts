import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

const NEAR_BOTTOM_PX = 80;

/**
 * Follows the end of a growing conversation unless the person scrolled up.
 * Scrolling happens in a ResizeObserver callback (after layout, before paint),
 * so streamed text never makes the page jump.
 */
export function useStickToBottom(
  scrollRef: RefObject<HTMLElement | null>,
  contentRef: RefObject<HTMLElement | null>,
) {
  const stuck = useRef(true);
  const [atBottom, setAtBottom] = useState(true);

  const scrollToBottom = useCallback(
    (behavior: ScrollBehavior = 'auto') => {
      const element = scrollRef.current;
      stuck.current = true;
      setAtBottom(true);
      element?.scrollTo({ top: element.scrollHeight, behavior });
    },
    [scrollRef],
  );

  useEffect(() => {
    const element = scrollRef.current;
    const content = contentRef.current;
    if (!element || !content) return;
    let lastTop = element.scrollTop;
    const onScroll = () => {
      const distance = element.scrollHeight - element.scrollTop - element.clientHeight;
      const near = distance <= NEAR_BOTTOM_PX;
      // Moving up means the person wants to read: stop following until they come back.
      if (element.scrollTop < lastTop - 2 && !near) stuck.current = false;
      if (near) stuck.current = true;
      lastTop = element.scrollTop;
      setAtBottom(near);
    };
    const observer = new ResizeObserver(() => {
      if (stuck.current) {
        element.scrollTop = element.scrollHeight;
        lastTop = element.scrollTop;
      }
    });
    observer.observe(content);
    element.addEventListener('scroll', onScroll, { passive: true });
    element.scrollTop = element.scrollHeight;
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', onScroll);
    };
  }, [scrollRef, contentRef]);

  return { atBottom, scrollToBottom };
}
