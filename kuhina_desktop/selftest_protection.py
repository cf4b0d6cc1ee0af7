"""Self-test step of password protection: the encryption libraries work in this build."""

from __future__ import annotations

from pathlib import Path


def check_password_protection(folder: Path) -> str:
    """Protect a demo file, refuse a wrong password, open it with the right one."""
    from kuhina_desktop.demo import build_demo
    from kuhina_desktop.services import Services
    from kuhina_desktop.storage import protection
    from kuhina_desktop.storage.database import open_data_file

    path = folder / "selftest-protected.kuhina"
    services = build_demo(path)
    try:
        first = services.employees.list_rows()[0].id
        code = services.employees.reveal_hetu(first)
        services.protection.enable("selftest-password", "selftest-password")
    finally:
        services.close()
    if code.encode() in path.read_bytes():
        raise AssertionError("an identity code is readable in the protected file")
    services = Services(open_data_file(path, backup_dir=folder / "selftest-protected-backups"))
    try:
        try:
            services.protection.unlock("wrong-password")
        except protection.WrongPassword:
            pass
        else:
            raise AssertionError("a wrong password was accepted")
        services.protection.unlock("selftest-password")
        if services.employees.reveal_hetu(first) != code:
            raise AssertionError("the identity code did not decrypt")
    finally:
        services.close()
    return "encrypted, wrong password refused, decrypted"
