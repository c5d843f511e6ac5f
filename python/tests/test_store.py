"""dyad.Store against the CLI: a store written from Python holds what
`dyad code --db` stores, and the analyses give what the CLI prints."""
import json
import os
import subprocess
import uuid

import pytest

import dyad
from conftest import cli_events, cli_lines, run_cli

DATE = "2024-06-20"


def inputs(source_dir):
    data = os.path.join(source_dir, "tests", "e2e", "data")
    return [os.path.join(data, "red-lines.jsonl"), os.path.join(data, "treaty.jsonl"),
            os.path.join(source_dir, "data", "sample")]


@pytest.fixture(scope="module")
def stores(tmp_path_factory, engine, source_dir):
    """The same inputs stored by the CLI and from Python."""
    folder = tmp_path_factory.mktemp("stores")
    cli_db, py_db = str(folder / "cli.sqlite"), str(folder / "py.sqlite")
    run_cli("code", *inputs(source_dir), "--date", DATE, "--db", cli_db, "-q")
    with dyad.Store(py_db) as store:
        store.write(engine.code_files(inputs(source_dir), DATE))
    return cli_db, py_db


def test_a_python_store_exports_what_the_cli_stored(stores):
    cli_db, py_db = stores
    expected = cli_lines("export", "--db", cli_db)
    assert len(expected) > 20
    assert cli_lines("export", "--db", py_db) == expected


def test_query_returns_what_dyad_query_prints(stores):
    cli_db, py_db = stores
    with dyad.Store(py_db, read_only=True) as store:
        assert store.query() == cli_events("query", "--db", cli_db, "--format", "jsonl")
        assert any("story_id" in e for e in store.query())
        rus = store.query(source="RUS", date_from="2024-01-01", date_to="2024-12-31")
        assert rus and rus == cli_events("query", "--db", cli_db, "--format", "jsonl",
                                         "--source", "RUS", "--from", "2024", "--to", "2024")
        assert len(store.query(limit=3)) == 3


def test_counts_match_the_cli_store(stores):
    cli_db, py_db = stores
    with dyad.Store(py_db, read_only=True) as py, dyad.Store(cli_db, read_only=True) as cli:
        assert py.counts() == cli.counts()
        assert py.counts()["events"] == len(py.query())


def test_writing_a_document_again_replaces_it(engine, tmp_path, source_dir):
    batch = engine.code_files(inputs(source_dir), DATE)
    with dyad.Store(str(tmp_path / "twice.sqlite")) as store:
        store.write(batch)
        once = store.counts()
        store.write(batch, documents_per_transaction=7)
        assert store.counts() == once
        assert once["events"] == batch.event_count and once["documents"] == batch.documents


def test_write_codes_document_dicts_with_an_engine(engine, tmp_path):
    docs = [{"id": "d1", "date": DATE, "text": "Russia sent troops to Ukraine."}]
    with dyad.Store(str(tmp_path / "docs.sqlite")) as store:
        assert store.write(docs, engine=engine) == 1
        assert [e["doc_id"] for e in store.query()] == ["d1"]
        with pytest.raises(TypeError):
            store.write(docs)


ANALYSES = [
    (lambda s: s.stories(), ["stories", "--format", "jsonl"]),
    (lambda s: s.stories(source="RUS"), ["stories", "--format", "jsonl", "--source", "RUS"]),
    (lambda s: s.watch(), ["watch", "--format", "jsonl"]),
    (lambda s: s.watch(as_of="2024-06-05"), ["watch", "--format", "jsonl", "--as-of", "2024-06-05"]),
    (lambda s: s.series(source="RUS", by="month"),
     ["series", "--format", "jsonl", "--source", "RUS", "--by", "month"]),
    (lambda s: s.series(source="PRK", target="RUS", by="day", count="events", modality="all"),
     ["series", "--format", "jsonl", "--dyad", "PRK-RUS", "--by", "day", "--count", "events",
      "--modality", "all"]),
    (lambda s: s.trends(), ["trends", "--format", "jsonl"]),
]


@pytest.mark.parametrize("analyse,command", ANALYSES, ids=[" ".join(c[:1] + c[3:]) for _, c in ANALYSES])
def test_analyses_equal_the_cli(stores, analyse, command):
    cli_db, py_db = stores
    expected = cli_events(*command[:1], "--db", cli_db, *command[1:])
    with dyad.Store(py_db, read_only=True) as store:
        assert analyse(store) == expected


def test_the_analyses_find_something(stores):
    with dyad.Store(stores[1], read_only=True) as store:
        assert store.stories() and store.watch() and store.series(source="RUS")


def test_network_equals_the_cli(stores):
    cli_db, py_db = stores
    expected = json.loads(cli_lines("network", "--db", cli_db)[0])
    with dyad.Store(py_db, read_only=True) as store:
        network = store.network()
    assert network == expected and network["edges"]


def test_a_missing_store_raises_the_cli_message(tmp_path):
    missing = str(tmp_path / "missing.sqlite")
    with pytest.raises(dyad.NotFoundError) as raised:
        dyad.Store(missing, read_only=True)
    cli = run_cli("query", "--db", missing, check=False)
    assert cli.stderr.decode().strip() == f"dyad query: {raised.value}"


def test_bad_arguments_are_errors(stores):
    with dyad.Store(stores[1], read_only=True) as store:
        with pytest.raises(TypeError, match="unknown filter"):
            store.query(country="RUS")
        with pytest.raises(dyad.InvalidArgumentError, match="date_from must be YYYY-MM-DD"):
            store.query(date_from="June")
        with pytest.raises(dyad.InvalidArgumentError, match="a series needs a source, a target or both"):
            store.series()
        with pytest.raises(dyad.InvalidArgumentError, match="modality takes facts, all"):
            store.network(modality="sure")
        with pytest.raises(ValueError):  # InvalidArgumentError is a ValueError
            store.series(source="RUS", by="fortnight")


def test_a_closed_store_says_so(tmp_path):
    store = dyad.Store(str(tmp_path / "closed.sqlite"))
    store.close()
    with pytest.raises(dyad.Error, match="the store is closed"):
        store.counts()


def test_an_unreachable_server_is_unavailable():
    with pytest.raises(dyad.UnavailableError, match="cannot connect to PostgreSQL") as raised:
        dyad.Store("postgresql://postgres@127.0.0.1:1/postgres")
    assert isinstance(raised.value, ConnectionError)


@pytest.fixture
def postgres():
    url = os.environ.get("DYAD_TEST_PG")
    if not url:
        pytest.skip("no PostgreSQL server (run through scripts/pg-test-cluster)")
    return url


def test_a_postgres_store_holds_what_the_cli_stored(engine, stores, postgres, source_dir):
    # A database of its own, so that other tests on the same server do not interfere.
    database = "py_" + uuid.uuid4().hex[:12]
    subprocess.run(["psql", postgres, "-qc", f"CREATE DATABASE {database}"], check=True)
    url = postgres.rsplit("/", 1)[0] + "/" + database
    with dyad.Store(url) as store:
        store.write(engine.code_files(inputs(source_dir), DATE), documents_per_transaction=5)
        assert store.stories() == dyad.Store(stores[0], read_only=True).stories()
    assert cli_lines("export", "--db", url) == cli_lines("export", "--db", stores[0])
