"""The wheel carries the top-level checklists/ and resources/ folders inside the package, as exportaudit/_data/.

The repository keeps them at the top, where checklist authors and translators find them; an installed wheel
has no repository around it, so they travel as package data and exportaudit/paths.py reads them with
importlib.resources. A source checkout or an editable install has no _data and reads the top-level folders.
Everything else about the build, including which files of these folders go in, is in pyproject.toml, which
alone cannot add folders mapped from elsewhere to an automatic package search.
"""

from setuptools import find_namespace_packages, find_packages, setup


def data_packages(package: str, folder: str) -> dict[str, str]:
    """``package`` and one sub-package per sub-folder, each mapped to its folder in the repository."""
    subfolders = find_namespace_packages(where=folder)
    return {package: folder, **{f"{package}.{sub}": f"{folder}/{sub.replace('.', '/')}" for sub in subfolders}}


DATA = {**data_packages("exportaudit._data.checklists", "checklists"),
        **data_packages("exportaudit._data.resources", "resources")}

setup(packages=[*find_packages(include=["exportaudit", "exportaudit.*"]), *DATA], package_dir=DATA)
