"""Errors raised when a domain rule is broken.

Every message is written for the person at the bench or the admin: it says what was
wrong and, where it helps, what was expected.
"""

from __future__ import annotations


class DomainError(Exception):
    """A business rule refused an operation."""


class InvalidBarcode(DomainError):
    pass


class InvalidBinCode(DomainError):
    pass


class IllegalTransition(DomainError):
    pass


class DuplicateOrder(DomainError):
    pass


class InvalidOrder(DomainError):
    pass


class PermissionDenied(DomainError):
    pass
