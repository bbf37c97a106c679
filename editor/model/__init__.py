"""Pure-Python article model: no Qt may be imported below this package."""
