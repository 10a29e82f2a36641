import { BASE } from './router.js';
import { Link } from './ui.js';

/** The two screens under Channels: the product feeds going out, the marketplace orders coming in. */
export function ChannelsNav({ current }: { current: 'feeds' | 'orders' }) {
  return (
    <nav aria-label="Channels" className="inline">
      <Link to={`${BASE}/channels`} current={current === 'feeds'}>
        Product feeds
      </Link>
      <Link to={`${BASE}/channels/orders`} current={current === 'orders'}>
        Marketplace orders
      </Link>
    </nav>
  );
}
