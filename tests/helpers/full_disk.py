"""Test helper process: runs the command line with a full disk for every temporary output file (ENOSPC on
each write), as a disk that fills up while a workbook is written.

Usage: full_disk.py VERB ARGS...
"""

import errno
import io
import sys
import zipfile


class FullDisk(io.FileIO):
    def write(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")


_open = io.open


def open_on_a_full_disk(file, mode="r", *args, **kwargs):
    if str(file).endswith(".tmp") and "b" in mode and ("w" in mode or "+" in mode):
        return io.BufferedRandom(FullDisk(file, "w+"))
    return _open(file, mode, *args, **kwargs)


zipfile.io = type(sys)("io_on_a_full_disk")
zipfile.io.open = open_on_a_full_disk

from exportaudit.cli import main  # noqa: E402  after the disk is "full"

sys.exit(main(sys.argv[1:]))
