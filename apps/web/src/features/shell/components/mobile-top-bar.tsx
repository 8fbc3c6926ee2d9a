import { IconButton, Logo, SidebarMobileTrigger, useSidebar } from '@enox/ui';
import { SquarePen } from 'lucide-react';
import { useNavigate } from 'react-router';

/** Phones only: opens the drawer and starts a new chat. */
export function MobileTopBar() {
  const { isMobile } = useSidebar();
  const navigate = useNavigate();
  if (!isMobile) return null;
  return (
    <header className="flex h-14 shrink-0 items-center justify-between gap-2 border-b border-line px-1.5 pt-[env(safe-area-inset-top)]">
      <SidebarMobileTrigger />
      <Logo />
      <IconButton
        label="New chat"
        icon={<SquarePen />}
        tooltip={false}
        onClick={() => void navigate('/')}
      />
    </header>
  );
}
