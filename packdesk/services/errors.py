"""Storage trouble, told apart from bugs and refused rules by the services layer.

The window shows "not recorded, try again" when the database went away or stayed locked;
this is where that is decided, so the UI needs neither SQLAlchemy nor the persistence layer.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from packdesk.persistence.db import DatabaseUnavailable
from packdesk.services.uow import DatabaseBusy


def is_database_trouble(error: BaseException) -> bool:
    """The database went away or stayed locked (not a bug, not a rule): retry later."""
    if isinstance(error, DatabaseBusy | DatabaseUnavailable | OperationalError | InterfaceError):
        return True
    return isinstance(error, DBAPIError) and bool(error.connection_invalidated)
