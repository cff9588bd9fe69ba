"""packdesk: a pick, pack and ship station for e-commerce warehouses."""

__version__ = "0.1.0"
