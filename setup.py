"""Build hook: the wheel carries the top-level resources/ folder as presskit/resources (fonts,
templates, icons, schema), so an installed Presskit finds them where the package is."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithResources(build_py):
    """Copy resources/ into the built package."""

    def run(self) -> None:
        super().run()
        source = Path(__file__).parent / "resources"
        target = Path(self.build_lib) / "presskit" / "resources"
        if source.is_dir() and not self.editable_mode:
            shutil.copytree(source, target, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithResources})
