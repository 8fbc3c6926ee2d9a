import type { ChatSummary } from '@enox/contracts';
import {
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@enox/ui';
import { useMatch, useNavigate } from 'react-router';
import { useDeleteChat } from '../api/use-chat-mutations';

/** Asks before deleting a chat; leaves the chat's page if it is the open one. */
export function DeleteChatDialog({
  chat,
  onClose,
}: {
  chat: ChatSummary | null;
  onClose: () => void;
}) {
  const remove = useDeleteChat();
  const navigate = useNavigate();
  const open = useMatch('/c/:chatId');
  const confirm = () => {
    if (!chat) return;
    remove.mutate({ chatId: chat.id });
    if (open?.params.chatId === chat.id) void navigate('/', { replace: true });
    onClose();
  };
  return (
    <Dialog open={chat !== null} onOpenChange={(isOpen) => !isOpen && onClose()}>
      <DialogContent role="alertdialog">
        <DialogHeader>
          <DialogTitle>Delete chat?</DialogTitle>
          <DialogDescription>
            “{chat?.title}” and its messages will be deleted. This cannot be undone.
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="danger" onClick={confirm}>
            Delete
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
