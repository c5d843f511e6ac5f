"""Builds and installs the dyad package: the extension dyad._core comes from
the project's own CMake build (target dyad_python), the Python modules from
python/dyad/, and the dictionaries (data/) are bundled, so an installed dyad
needs neither the source tree nor the build tree.

    pip install ./python --no-build-isolation      # offline, Debian's setuptools

DYAD_CMAKE_BUILD_DIR=build reuses a configured build tree (only the module is
built there); otherwise a fresh CMake build runs in a temporary folder.
"""
import atexit
import glob
import os
import shutil
import subprocess
import sys
import tempfile

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCRATCH = tempfile.mkdtemp(prefix="dyad-python-build-")
atexit.register(shutil.rmtree, SCRATCH, True)


def version() -> str:
    with open(os.path.join(ROOT, "include", "dyad", "version.h"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#define DYAD_VERSION"):
                return line.split('"')[1]
    raise RuntimeError("no DYAD_VERSION in include/dyad/version.h")


def cached_python_dir(build_dir: str) -> str:
    """Where a configured build tree puts the package (DYAD_PYTHON_DIR)."""
    with open(os.path.join(build_dir, "CMakeCache.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("DYAD_PYTHON_DIR:"):
                return line.split("=", 1)[1].strip()
    return os.path.join(build_dir, "python")


class CMakeBuild(build_ext):
    """Builds dyad._core with CMake and copies it where setuptools wants it."""

    def build_extension(self, ext: Extension) -> None:
        build_dir = os.environ.get("DYAD_CMAKE_BUILD_DIR", "")
        if build_dir:
            python_dir = cached_python_dir(os.path.abspath(build_dir))
        else:
            build_dir, python_dir = os.path.join(SCRATCH, "cmake"), os.path.join(SCRATCH, "package")
            subprocess.check_call([
                "cmake", "-S", ROOT, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release",
                f"-DPython3_EXECUTABLE={sys.executable}", f"-DDYAD_PYTHON_DIR={python_dir}",
                "-DBUILD_TESTING=OFF", "-DDYAD_BUILD_BENCH=OFF"])
        subprocess.check_call(["cmake", "--build", build_dir, "--target", "dyad_python",
                               "-j", str(os.cpu_count() or 1)])
        built = glob.glob(os.path.join(python_dir, "dyad", "_core.*.so"))
        if len(built) != 1:
            raise RuntimeError(f"expected one dyad/_core.*.so in {python_dir}, found {built}")
        target = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(built[0], target)


class BuildPackage(build_py):
    """The modules, plus the bundled data and the interpreter the build is for."""

    def run(self) -> None:
        super().run()
        package = os.path.join(self.build_lib, "dyad")
        shutil.copytree(os.path.join(ROOT, "data"), os.path.join(package, "data"),
                        dirs_exist_ok=True, ignore=shutil.ignore_patterns("sample"))
        with open(os.path.join(package, "_build.py"), "w", encoding="utf-8") as f:
            f.write(f"# Written by setup.py.\nPYTHON = {sys.executable!r}\n")


setup(
    name="dyad",
    version=version(),
    description="Event data for international relations: who did what to whom, when",
    packages=["dyad", "dyad.dask"],
    package_data={"dyad": ["*.pyi", "py.typed"]},
    ext_modules=[Extension("dyad._core", sources=[])],
    cmdclass={"build_ext": CMakeBuild, "build_py": BuildPackage},
    python_requires=">=3.9",
    zip_safe=False,
    options={"build": {"build_base": os.path.join(SCRATCH, "setuptools")},
             "egg_info": {"egg_base": SCRATCH}},
)
