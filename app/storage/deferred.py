"""The window's start-up declares the ORM's models only once its first screen has
painted (issue 16): importing ``sqlalchemy.orm`` and declaring the forty-odd mapped
classes is about a fifth of the start-up, and the first screen reads plain rows
(app.storage.first_screen). ``defer_models`` puts a lazy module in place of
``app.storage.models``: ``from app.storage import models as m`` binds it without
running it, and the first use of any name in it (``m.SwotItemRow``) declares them
all. ``load_models`` does that at a moment of the window's choosing. The command
line and the tests never defer: there the models are imported as usual."""

from __future__ import annotations

import importlib.util
import sys
import types

MODELS = "app.storage.models"


def defer_models() -> bool:
    """Put a lazy ``app.storage.models`` in place; False when it is already imported.
    Call before anything imports the services, from the one thread that starts up
    (Python 3.11's lazy modules are not safe to load from two threads at once: the
    window loads them on the GUI thread before its pool threads may need them)."""
    if MODELS in sys.modules:
        return False
    spec = importlib.util.find_spec(MODELS)
    if spec is None or spec.loader is None:  # pragma: no cover - the package is ours
        return False
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[MODELS] = module
    loader.exec_module(module)
    import app.storage

    setattr(app.storage, "models", module)  # noqa: B010 - as an import would bind it
    return True


def models_loaded() -> bool:
    """Whether the models have been declared (False while the lazy module waits)."""
    module = sys.modules.get(MODELS)
    return module is not None and type(module) is types.ModuleType


def load_models() -> None:
    """Declare the models now (a no-op once they are)."""
    module = sys.modules.get(MODELS)
    if module is None:
        importlib.import_module(MODELS)
    elif type(module) is not types.ModuleType:
        getattr(module, "Base")  # noqa: B009 - the first use runs the module
