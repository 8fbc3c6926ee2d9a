// Enox design system: tokens live in styles.css, components here. Source-only package.
export { cn } from './lib/cn';
export { getInitials } from './lib/get-initials';

export { useMediaQuery, DESKTOP_QUERY } from './hooks/use-media-query';
export { useControllableState } from './hooks/use-controllable-state';

export {
  buttonVariants,
  iconButtonVariants,
  type ButtonVariant,
  type ButtonSize,
  type IconButtonSize,
} from './components/button-variants';
export { Button, type ButtonProps } from './components/button';
export { IconButton, type IconButtonProps } from './components/icon-button';
export { Input, type InputProps } from './components/input';
export { Textarea, type TextareaProps } from './components/textarea';
export { Label, type LabelProps } from './components/label';
export { Switch } from './components/switch';
export { NativeSelect, type NativeSelectProps } from './components/native-select';
export { Field, type FieldProps } from './components/field';
export { useFieldControl, type FieldControlProps } from './components/field-context';
export {
  Card,
  CardHeader,
  CardTitle,
  CardDescription,
  CardContent,
  CardFooter,
} from './components/card';
export { Badge, type BadgeProps, type BadgeVariant } from './components/badge';
export { Alert, type AlertProps, type AlertVariant } from './components/alert';
export { Spinner, type SpinnerProps } from './components/spinner';
export { Avatar, type AvatarProps } from './components/avatar';
export { Skeleton } from './components/skeleton';
export { EmptyState, type EmptyStateProps } from './components/empty-state';
export { PageHeader, type PageHeaderProps } from './components/page-header';
export { Logo, LogoMark, type LogoProps } from './components/logo';
export {
  Dialog,
  DialogTrigger,
  DialogClose,
  DialogContent,
  DialogHeader,
  DialogFooter,
  DialogTitle,
  DialogDescription,
  type DialogContentProps,
} from './components/dialog';
export {
  Sheet,
  SheetTrigger,
  SheetClose,
  SheetContent,
  SheetHeader,
  SheetFooter,
  SheetTitle,
  SheetDescription,
  type SheetContentProps,
  type SheetSide,
} from './components/sheet';
export {
  DropdownMenu,
  DropdownMenuTrigger,
  DropdownMenuGroup,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  type DropdownMenuItemProps,
} from './components/dropdown-menu';
export { Tooltip, type TooltipProps } from './components/tooltip';
export {
  Popover,
  PopoverTrigger,
  PopoverAnchor,
  PopoverClose,
  PopoverContent,
} from './components/popover';
export { Toaster, type ToasterProps } from './components/toast/toaster';
export {
  toast,
  toastStore,
  createToastStore,
  type Toast,
  type ToastInput,
  type ToastStore,
  type ToastVariant,
} from './components/toast/toast-store';
export { AppShell, type AppShellProps } from './components/app-shell/app-shell';
export {
  SidebarHeader,
  SidebarBody,
  SidebarFooter,
  SidebarSection,
  SidebarItem,
  type SidebarItemProps,
  type SidebarSectionProps,
} from './components/app-shell/sidebar-parts';
export {
  SidebarCollapseButton,
  SidebarMobileTrigger,
} from './components/app-shell/sidebar-buttons';
export { useSidebar, type SidebarState } from './components/app-shell/sidebar-context';
