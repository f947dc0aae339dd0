/** The top bar: the app's name, the main navigation, and Import. */
import { TeamMenu } from '../team/TeamMenu';
import { Button } from '../ui/Button';
import { shortcutLabel } from './keys';
import { routeHash, type Route } from './route';
import { useMay } from '../team/may';

export interface TopBarProps {
  route: Route;
  onNavigate(route: Route): void;
  onImport(): void;
  /** Importing right now (the button says so). */
  importing: boolean;
}

/** Header with "Copydesk", Library / Claims / Settings navigation and the Import button. */
export function TopBar({ route, onNavigate, onImport, importing }: TopBarProps) {
  const mayImport = useMay('documents:import').allowed;
  const items: Array<{ route: Route; label: string; current: boolean }> = [
    { route: { name: 'library' }, label: 'Library', current: route.name === 'library' },
    { route: { name: 'claims' }, label: 'Claims', current: route.name === 'claims' },
    { route: { name: 'settings' }, label: 'Settings', current: route.name === 'settings' },
  ];
  return (
    <header className="topbar">
      <a
        className="brand"
        href="#/"
        onClick={(e) => {
          e.preventDefault();
          onNavigate({ name: 'library' });
        }}
      >
        <span className="brand-mark" aria-hidden="true">
          ¶
        </span>
        Copydesk
      </a>
      <nav aria-label="Main">
        <ul className="nav">
          {items.map((item) => (
            <li key={item.label}>
              <a
                href={routeHash(item.route)}
                className="nav-link"
                aria-current={item.current ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  onNavigate(item.route);
                }}
              >
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="topbar-spacer" />
      {(route.name !== 'library' || importing) && mayImport && (
        <Button small onClick={onImport} title={`Import files (${shortcutLabel('o')})`}>
          {importing ? 'Importing…' : 'Import…'}
        </Button>
      )}
      <TeamMenu />
    </header>
  );
}
