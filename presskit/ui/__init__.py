"""The Qt window: a thin layer over the domain package (all PySide6 imports live here)."""
