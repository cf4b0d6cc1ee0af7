"""The physical floor of a start-up: an empty PySide6 main window, timed like the program.

Prints the same KUHINA_SHOWN line as the program's KUHINA_EXIT_AFTER_SHOWN hook at the first
paint of the window, then quits. build_empty_bundle() in _startup.py freezes this file too.
"""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    seen = False

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print(f"KUHINA_SHOWN {time.time():.6f} {watched.objectName()} "
                  f"cpu={time.process_time():.6f}", flush=True)
            if os.environ.get("KUHINA_EXIT_AFTER_SHOWN") == "now":
                os._exit(0)  # as the program's probe: an instruction count stops here
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setObjectName("MainWindow")
    window.resize(1280, 720)
    probe = FirstPaint(window)
    window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
