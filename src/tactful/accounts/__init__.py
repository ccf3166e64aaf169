"""Accounts for hosted mode: users and roles, sessions, one-time links, sharing with a coach,
and `Hosted`, the multi-user server's view of the database (see docs/hosting.md)."""

from tactful.accounts.hosted import Hosted, hosted_settings, multi_user_requested
from tactful.accounts.sessions import Account, Logins, TooManyAttempts
from tactful.accounts.sharing import Sharing
from tactful.accounts.users import ROLES, Link, User, Users

__all__ = [
    "ROLES",
    "Account",
    "Hosted",
    "Link",
    "Logins",
    "Sharing",
    "TooManyAttempts",
    "User",
    "Users",
    "hosted_settings",
    "multi_user_requested",
]
