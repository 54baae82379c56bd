"""Tests of the Python binding (unittest; pytest-compatible)."""
