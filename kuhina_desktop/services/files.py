"""Creating an association file as one step: the file exists only if everything in it was saved."""

from __future__ import annotations

import contextlib
from pathlib import Path

from kuhina_desktop.domain.association import Association, validate_association
from kuhina_desktop.services import Services
from kuhina_desktop.services.rates import seed_rates
from kuhina_desktop.storage.database import create_data_file


def create_association_file(path: Path, association: Association) -> Services:
    clean = validate_association(association)  # before the file exists: nothing to undo
    services = Services(create_data_file(path))
    try:
        services.association.save(clean)
        for seed in FILE_SEEDS:
            seed(services)
    except BaseException:
        services.close()
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return services


# Capabilities that need data in every new file (rate tables, certificate templates…) add a
# function here.
FILE_SEEDS: list = [seed_rates]
