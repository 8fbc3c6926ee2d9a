import type { ChatSummary } from '@enox/contracts';
import { renameChatInput } from '@enox/contracts';
import {
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  Field,
  Input,
} from '@enox/ui';
import { useState, type FormEvent } from 'react';
import { useRenameChat } from '../api/use-chat-mutations';

/** Renames a chat; the list shows the new title at once. */
export function RenameChatDialog({
  chat,
  onClose,
}: {
  chat: ChatSummary | null;
  onClose: () => void;
}) {
  return (
    <Dialog open={chat !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent>{chat ? <RenameForm chat={chat} onClose={onClose} /> : null}</DialogContent>
    </Dialog>
  );
}

function RenameForm({ chat, onClose }: { chat: ChatSummary; onClose: () => void }) {
  const [title, setTitle] = useState(chat.title);
  const [error, setError] = useState<string | null>(null);
  const rename = useRenameChat();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = renameChatInput.safeParse({ chatId: chat.id, title });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Enter a title.');
      return;
    }
    rename.mutate(parsed.data);
    onClose();
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      <DialogHeader>
        <DialogTitle>Rename chat</DialogTitle>
        <DialogDescription>Give this conversation a name you will recognise.</DialogDescription>
      </DialogHeader>
      <Field label="Title" error={error}>
        <Input
          autoFocus
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
            setError(null);
          }}
          onFocus={(event) => event.target.select()}
        />
      </Field>
      <DialogFooter>
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit">Save</Button>
      </DialogFooter>
    </form>
  );
}
