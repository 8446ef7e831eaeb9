"""Where a store file sits: on a network share (where SQLite's WAL does not work across hosts), in a folder or on
a medium that cannot be written, or on this computer's own writable disk.

Each platform's probe (``statfs`` on Linux and macOS, ``GetDriveTypeW`` on Windows) feeds a small classifier;
the classifiers take plain values so they can be checked without mounting a share.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path

# Linux statfs(2) f_type magic numbers of file systems that reach another host (or may: FUSE hosts sshfs).
LINUX_NETWORK_MAGIC = {
    0x6969: "nfs",
    0x517B: "smb",
    0xFF534D42: "cifs",
    0xFE534D42: "smb2",
    0x65735546: "fuse",
    0x01021997: "9p",
    0x5346414F: "afs",
    0x00C36400: "ceph",
    0x73757245: "coda",
    0x0000564C: "ncp",
    0x0BD00BD0: "lustre",
}
# macOS statfs f_fstypename of network file systems.
MAC_NETWORK_TYPES = {"smbfs", "nfs", "afpfs", "webdav", "cifs", "ftp", "macfuse", "osxfuse"}
WINDOWS_DRIVE_REMOTE = 4  # GetDriveTypeW
LINUX_ST_RDONLY = 1  # statvfs f_flag


@dataclass(frozen=True)
class Place:
    """What the store's location allows. ``network`` names the file system of a network share, else None."""

    network: str | None = None
    read_only_medium: bool = False
    folder_writable: bool = True

    @property
    def writable(self) -> bool:
        return self.network is None and not self.read_only_medium and self.folder_writable


# --- classifiers: plain values in, a file system name (or None for a local disk) out ------------------------


def linux_network_fs(f_type: int) -> str | None:
    return LINUX_NETWORK_MAGIC.get(f_type & 0xFFFFFFFF)


def mac_network_fs(fstypename: str) -> str | None:
    name = fstypename.strip("\x00").lower()
    return name if name in MAC_NETWORK_TYPES else None


def windows_network_fs(path: str, drive_type: int | None) -> str | None:
    """A UNC path (``\\\\server\\share``) or a drive Windows reports as remote (a mapped network drive)."""
    if path.startswith(("\\\\", "//")) and not path.startswith(("\\\\?\\", "\\\\.\\", "//?/", "//./")):
        return "unc"
    if path.startswith(("\\\\?\\UNC\\", "//?/UNC/")):
        return "unc"
    return "network drive" if drive_type == WINDOWS_DRIVE_REMOTE else None


# --- probes ----------------------------------------------------------------------------------------------


def _libc():
    return ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)


def _linux_f_type(folder: Path) -> int | None:
    buf = ctypes.create_string_buffer(256)  # struct statfs: f_type is the first field, a native long
    if _libc().statfs(os.fsencode(folder), buf) != 0:
        return None
    return ctypes.c_long.from_buffer(buf).value


def _mac_fstypename(folder: Path) -> str | None:
    libc = _libc()
    statfs = getattr(libc, "statfs$INODE64", None) or libc.statfs
    buf = ctypes.create_string_buffer(4096)  # struct statfs (64-bit inodes): f_fstypename[16] at offset 72
    if statfs(os.fsencode(folder), buf) != 0:
        return None
    return buf.raw[72:88].split(b"\x00")[0].decode("ascii", "replace")


def _windows_drive_type(path: Path) -> int | None:
    drive = path.drive
    if not drive or drive.startswith("\\\\"):
        return None
    return ctypes.windll.kernel32.GetDriveTypeW(f"{drive}\\")  # type: ignore[attr-defined]


def network_fs(folder: Path) -> str | None:
    """The network file system ``folder`` is on, or None for a local disk (or when the probe cannot tell)."""
    try:
        if sys.platform.startswith("linux"):
            f_type = _linux_f_type(folder)
            return None if f_type is None else linux_network_fs(f_type)
        if sys.platform == "darwin":
            name = _mac_fstypename(folder)
            return None if name is None else mac_network_fs(name)
        if sys.platform == "win32":
            return windows_network_fs(str(folder), _windows_drive_type(folder))
    except (OSError, AttributeError, ValueError):
        return None
    return None


def _read_only_medium(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & LINUX_ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows: os.access below covers it
        return False


def _folder_writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)


def examine(path: Path) -> Place:
    """Examine the folder of the store file ``path`` (which need not exist yet)."""
    folder = path.resolve().parent
    return Place(network=network_fs(folder), read_only_medium=_read_only_medium(folder),
                 folder_writable=_folder_writable(folder))
