import type { ChatSummary } from '@enox/contracts';

export interface ChatGroup {
  label: string;
  chats: ChatSummary[];
}

const DAY = 24 * 60 * 60 * 1000;

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** Today / Yesterday / Previous 7 days / Previous 30 days / Older, by last activity (local time). */
export function groupChatsByDate(chats: readonly ChatSummary[], now: Date): ChatGroup[] {
  const today = startOfDay(now);
  const labels = ['Today', 'Yesterday', 'Previous 7 days', 'Previous 30 days', 'Older'];
  const buckets = new Map<string, ChatSummary[]>(labels.map((label) => [label, []]));
  for (const chat of chats) {
    const day = startOfDay(new Date(chat.updatedAt));
    const label =
      day >= today
        ? 'Today'
        : day >= today - DAY
          ? 'Yesterday'
          : day >= today - 7 * DAY
            ? 'Previous 7 days'
            : day >= today - 30 * DAY
              ? 'Previous 30 days'
              : 'Older';
    buckets.get(label)?.push(chat);
  }
  return labels
    .map((label) => ({ label, chats: buckets.get(label) ?? [] }))
    .filter((group) => group.chats.length > 0);
}
