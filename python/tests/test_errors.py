"""Status kinds become exception classes that are also the built-in ones."""
import pytest

import dyad


@pytest.mark.parametrize("error,builtin", [
    (dyad.InvalidArgumentError, ValueError), (dyad.NotFoundError, FileNotFoundError),
    (dyad.DataError, ValueError), (dyad.DocumentError, dyad.DataError), (dyad.IoError, OSError),
    (dyad.UnavailableError, ConnectionError)])
def test_each_kind_is_a_dyad_error_and_a_builtin_one(error, builtin):
    assert issubclass(error, dyad.Error) and issubclass(error, builtin)
    assert str(error("the message")) == "the message"


def test_a_broken_codebook_is_a_data_error_with_the_cli_message(tmp_path):
    from conftest import run_cli
    folder = tmp_path / "dict"
    (folder / "cameo").mkdir(parents=True)
    (folder / "cameo" / "codes.tsv").write_text("code\tname\tgoldstein\tquad\n01\tonly two\n")
    with pytest.raises(dyad.DataError) as raised:
        dyad.Engine(dict=str(folder))
    assert str(raised.value) == f"cannot load dictionaries: {folder}/cameo/codes.tsv:2: want 4 tab-separated fields"
    cli = run_cli("code", "--dict", str(folder), "-", check=False)
    assert cli.stderr.decode().strip() == f"dyad: {raised.value}"


def test_an_unreadable_folder_is_an_io_error():
    with pytest.raises(dyad.IoError, match="cannot read folder"):
        dyad._core.folder_input_files("/nonexistent/folder")
