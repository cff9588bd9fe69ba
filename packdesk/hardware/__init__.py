"""Scanners, printers and the documents they print, behind small interfaces."""
