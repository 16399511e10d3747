import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export interface Notification {
  id: string;
  kind: string;
  message: string;
  clientId: string | null;
  createdAt: string;
  readAt: string | null;
}

export const useNotifications = () => useQuery({ queryKey: ['notifications'], queryFn: () => api.get<Notification[]>('/api/v1/notifications') });
export const markRead = (id: string) => api.post<void>(`/api/v1/notifications/${encodeURIComponent(id)}/read`);
