import { NotAvailable } from '../components/not-available';

export default function NotFoundPage() {
  return <NotAvailable />;
}
