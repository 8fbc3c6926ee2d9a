import { Slot } from 'radix-ui';
import {
  forwardRef,
  type ButtonHTMLAttributes,
  type HTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { cn } from '../../lib/cn';
import { Tooltip } from '../tooltip';
import { useSidebar } from './sidebar-context';

export function SidebarHeader({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  const { collapsed } = useSidebar();
  return (
    <div
      className={cn(
        'flex h-14 shrink-0 items-center gap-2',
        collapsed ? 'justify-center px-0' : 'px-3',
        className,
      )}
      {...props}
    />
  );
}

/** The scrolling middle of the sidebar. */
export function SidebarBody({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  const { collapsed } = useSidebar();
  return (
    <div
      className={cn(
        'flex min-h-0 flex-1 flex-col gap-1 overflow-x-hidden overflow-y-auto py-2',
        collapsed ? 'items-center px-0' : 'px-2',
        className,
      )}
      {...props}
    />
  );
}

export function SidebarFooter({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  const { collapsed } = useSidebar();
  return (
    <div
      className={cn(
        'flex shrink-0 flex-col gap-1 border-t border-line py-2',
        collapsed ? 'items-center px-0' : 'px-2',
        className,
      )}
      {...props}
    />
  );
}

export interface SidebarSectionProps extends HTMLAttributes<HTMLDivElement> {
  /** A small heading; hidden (but still announced) when the sidebar is collapsed. */
  title?: string;
}

export function SidebarSection({ title, className, children, ...props }: SidebarSectionProps) {
  const { collapsed } = useSidebar();
  return (
    <div
      role={title ? 'group' : undefined}
      aria-label={title}
      className={cn('flex w-full flex-col gap-0.5', className)}
      {...props}
    >
      {title && !collapsed ? (
        <p aria-hidden="true" className="px-2.5 pt-3 pb-1 text-xs font-medium text-fg-subtle">
          {title}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export interface SidebarItemProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  icon: ReactNode;
  /** Visible text, or the accessible name and tooltip when collapsed. */
  label: string;
  /** Render the child (e.g. a router NavLink, no className) as the item. */
  asChild?: boolean;
  /** Marks the current item; NavLink's aria-current="page" works too. */
  active?: boolean;
  /** Something at the end of the row, hidden when collapsed. */
  trailing?: ReactNode;
  /** `strong` for the row that starts something (e.g. "New chat"). */
  emphasis?: 'default' | 'strong';
}

/** A row in the sidebar: a button, or a link through `asChild`. Closes the phone drawer. */
export const SidebarItem = forwardRef<HTMLButtonElement, SidebarItemProps>(function SidebarItem(
  {
    icon,
    label,
    asChild = false,
    active,
    trailing,
    emphasis = 'default',
    className,
    children,
    onClick,
    type,
    ...props
  },
  ref,
) {
  const { collapsed, isMobile, setMobileOpen } = useSidebar();
  const Comp = asChild ? Slot.Root : 'button';
  const item = (
    <Comp
      ref={ref}
      type={asChild ? undefined : (type ?? 'button')}
      data-active={active || undefined}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        onClick?.(event);
        if (isMobile && !event.defaultPrevented) setMobileOpen(false);
      }}
      className={cn(
        'flex shrink-0 items-center gap-2.5 rounded-md text-sm font-medium',
        emphasis === 'strong' ? 'text-fg' : 'text-fg-muted',
        'transition-colors duration-150 hover:bg-white/6 hover:text-fg',
        'aria-[current=page]:bg-white/8 aria-[current=page]:text-fg data-active:bg-white/8 data-active:text-fg',
        '[&_svg]:size-[18px] [&_svg]:shrink-0',
        collapsed ? 'size-10 justify-center' : cn('w-full px-2.5', isMobile ? 'h-11' : 'h-9'),
        className,
      )}
      {...props}
    >
      {icon}
      {asChild ? <Slot.Slottable>{children}</Slot.Slottable> : null}
      <span className={collapsed ? 'sr-only' : 'min-w-0 flex-1 truncate text-left'}>{label}</span>
      {!collapsed && trailing ? trailing : null}
    </Comp>
  );
  return (
    <Tooltip content={label} side="right" disabled={!collapsed}>
      {item}
    </Tooltip>
  );
});
