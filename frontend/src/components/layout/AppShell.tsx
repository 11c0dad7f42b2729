import { useState } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Header, Menu, MenuItem, MenuSection, MenuTrigger, Popover, Separator } from 'react-aria-components';
import { useAuth } from '../../auth/AuthContext';
import { useCoalitions } from '../../api/coalitions';
import { useMe } from '../../api/me';
import { useSelection } from '../../lib/selectionContext';
import { pickCurrent } from '../../lib/selection';
import { useMediaQuery } from '../../lib/useMediaQuery';
import { Brand, Footer, SkipLink } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { SelectInput } from '../ui/fields';
import { Loading } from '../ui/misc';

export function RequireAuth() {
  const { isAuthenticated } = useAuth();
  const location = useLocation();
  if (!isAuthenticated) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return <AppShell />;
}

function UserMenu({ name, email }: { name: string; email: string }) {
  const { t } = useTranslation();
  const { logout } = useAuth();
  const navigate = useNavigate();
  return (
    <MenuTrigger>
      <Button className="button button--quiet user-menu__button" aria-label={t('header.userMenu', { name })}>
        <span aria-hidden="true" className="user-menu__avatar">
          {name.trim().charAt(0).toUpperCase() || '?'}
        </span>
        <span className="user-menu__name">{name}</span>
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu
          className="menu"
          onAction={async (key) => {
            if (key === 'logout') {
              await logout();
              navigate('/login?loggedOut=1', { replace: true });
            } else if (key === 'new-organisation') {
              navigate('/organisations/new');
            }
          }}
        >
          <MenuSection>
            <Header className="menu__header">{t('header.signedInAs', { email })}</Header>
            <MenuItem id="new-organisation" className="menu__item">
              {t('header.newOrganisation')}
            </MenuItem>
          </MenuSection>
          <Separator className="menu__separator" />
          <MenuItem id="logout" className="menu__item">
            {t('header.logout')}
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

function Switchers() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const coalitions = useCoalitions();
  const selection = useSelection();
  const organisations = me.data?.organisations ?? [];
  const currentOrganisation = pickCurrent(organisations, selection.organisationId);
  const coalitionItems = coalitions.data?.items ?? [];
  const currentCoalition = coalitionItems.find((c) => c.id === selection.coalitionId) ?? null;
  // On a phone the switchers fold into one line, so the first screen shows the page, not menus.
  const phone = useMediaQuery('(max-width: 40rem)');
  const [open, setOpen] = useState(false);
  if (organisations.length === 0) return null;
  const fields = (
    <div id="context-fields" className="container context-bar__inner">
      <SelectInput
        name="current-organisation"
        className="context-bar__field"
        label={t('header.organisation')}
        options={organisations.map((o) => ({ id: o.id, label: o.name }))}
        selectedKey={currentOrganisation?.id ?? null}
        onSelectionChange={(id) => {
          selection.choose('organisation', id);
          setOpen(false);
          navigate(`/organisations/${id}`);
        }}
      />
      <SelectInput
        name="current-coalition"
        className="context-bar__field"
        label={t('header.coalition')}
        placeholder={coalitionItems.length > 0 ? t('header.chooseCoalition') : t('header.noCoalitions')}
        isDisabled={coalitionItems.length === 0}
        options={coalitionItems.map((c) => ({ id: c.id, label: c.name }))}
        selectedKey={currentCoalition?.id ?? null}
        onSelectionChange={(id) => {
          selection.choose('coalition', id);
          setOpen(false);
          navigate(`/coalitions/${id}`);
        }}
      />
    </div>
  );
  if (!phone) return <div className="context-bar">{fields}</div>;
  return (
    <div className="context-bar">
      <div className="container context-bar__summary">
        <Button
          className="button button--quiet button--small context-bar__toggle"
          aria-expanded={open}
          aria-controls={open ? 'context-fields' : undefined}
          onPress={() => setOpen(!open)}
        >
          {t('header.switch')}
          <span aria-hidden="true">{open ? ' ▴' : ' ▾'}</span>
        </Button>
      </div>
      {open ? fields : null}
    </div>
  );
}

export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const selection = useSelection();
  const currentOrganisation = pickCurrent(me.data?.organisations ?? [], selection.organisationId);
  return (
    <>
      <SkipLink />
      <header className="site-header">
        <div className="container site-header__bar">
          <Brand />
          <nav aria-label={t('nav.main')} className="main-nav">
            <ul>
              <li>
                <NavLink to="/coalitions" className="main-nav__link">
                  {t('nav.coalitions')}
                </NavLink>
              </li>
              {currentOrganisation ? (
                <>
                  <li>
                    <NavLink to={`/organisations/${currentOrganisation.id}`} end className="main-nav__link">
                      {t('nav.organisation')}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to={`/organisations/${currentOrganisation.id}/stakeholders`} className="main-nav__link">
                      {t('nav.stakeholders')}
                    </NavLink>
                  </li>
                </>
              ) : null}
            </ul>
          </nav>
          <div className="site-header__tools">
            <LanguageSwitch />
            {me.data ? <UserMenu name={me.data.name} email={me.data.email} /> : null}
          </div>
        </div>
        <Switchers />
      </header>
      <main id="main" tabIndex={-1} className="container main">
        {me.isPending ? <Loading /> : <Outlet />}
      </main>
      <Footer />
    </>
  );
}
