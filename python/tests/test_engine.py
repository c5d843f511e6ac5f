"""dyad.Engine against the CLI: the same events, field for field."""
import datetime
import json
import os
import threading
import time

import pytest

import dyad
from conftest import cli_events, cli_lines, run_cli

EVENT_FIELDS = {"doc_id", "sentence", "span", "text", "date", "date_source", "source", "target",
                "code", "root", "quad_class", "goldstein", "modality", "verb", "confidence"}
OPTIONAL_FIELDS = {"date_precision", "condition"}
ACTOR_FIELDS = {"text", "code", "country", "org", "role"}

NEWS = ("Russia sent troops to Ukraine on Tuesday. North Korea and Russia signed a defence pact. "
        "Japan should provide air defence systems to Ukraine. China denied it sent drones to Russia.")


def write(path, text: str) -> str:
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return str(path)


def test_the_issue_example_codes_one_event(engine):
    events = engine.code("Russia sent troops to Ukraine.", "2024-01-02")
    assert [(e["source"]["country"], e["target"]["country"], e["date"]) for e in events] == [
        ("RUS", "UKR", "2024-01-02")]


def test_events_equal_the_cli_field_for_field(engine, tmp_path):
    path = write(tmp_path / "news.txt", NEWS)
    expected = cli_events("code", path, "--date", "2024-06-19")
    assert len(expected) >= 3
    assert engine.code(NEWS, "2024-06-19", doc_id="news") == expected


def test_events_have_exactly_the_events_md_fields(engine):
    events = engine.code(NEWS, "2024-06-19")
    for event in events:
        assert EVENT_FIELDS <= set(event) <= EVENT_FIELDS | OPTIONAL_FIELDS
        assert set(event["source"]) == ACTOR_FIELDS == set(event["target"])
        assert "condition" not in event


def test_condition_only_on_the_consequence_of_a_red_line(engine):
    text = "If Russia transfers missile technology to North Korea, Seoul would arm Ukraine."
    events = engine.code(text, "2024-06-20")
    with_condition = [e for e in events if "condition" in e]
    assert with_condition, events
    assert with_condition[0]["condition"]["source"]["country"] == "RUS"
    assert all(set(e["condition"]) == {"source", "target", "code", "root", "verb", "sentence"}
               for e in with_condition)


def test_html_is_cleaned_as_the_cli_cleans_it(engine, tmp_path):
    page = ("<html><head><meta property='article:published_time' content='2024-03-05T08:00:00Z'>"
            "<title>Talks</title></head><body><nav>Home | World</nav><article><p>"
            "Russia sent troops to Ukraine.</p><p>China urged Russia to talk.</p></article>"
            "<footer>Subscribe to our newsletter</footer></body></html>")
    path = write(tmp_path / "page.html", page)
    expected = cli_events("code", path)
    assert expected and expected[0]["date"] == "2024-03-05"
    assert engine.code(page, html=True, doc_id="page") == expected


def test_a_date_object_is_the_same_date(engine):
    assert engine.code(NEWS, datetime.date(2024, 6, 19)) == engine.code(NEWS, "2024-06-19")


def test_no_date_leaves_the_events_undated_unless_the_text_dates_them(engine):
    events = engine.code("Russia sent troops to Ukraine.")
    assert events and all(e["date"] is None and e["date_source"] == "none" for e in events)


def test_a_bad_date_is_an_invalid_argument(engine):
    with pytest.raises(dyad.InvalidArgumentError, match=r'bad date "2024-13-45" \(want YYYY-MM-DD\)'):
        engine.code(NEWS, "2024-13-45")


def test_an_empty_document_fails_as_the_cli_lists_it(engine, tmp_path):
    with pytest.raises(dyad.DocumentError) as raised:
        engine.code("   \n ", doc_id="blank")
    assert str(raised.value) == "empty document (document blank)"
    failed = tmp_path / "failed.jsonl"
    run_cli("code", write(tmp_path / "blank.txt", "   \n "), "--failed", str(failed))
    assert json.loads(failed.read_text())["error"] == "empty document"


def test_missing_dictionaries_raise_the_cli_message():
    with pytest.raises(dyad.NotFoundError) as raised:
        dyad.Engine(dict="/nonexistent/dictionaries")
    cli = run_cli("code", "--dict", "/nonexistent/dictionaries", "-", check=False)
    assert cli.returncode == 1
    assert "dyad: " + str(raised.value) == cli.stderr.decode().strip()
    assert isinstance(raised.value, FileNotFoundError)


def docs_of(path):
    """The documents of a JSON Lines file, broken lines left out."""
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            try:
                docs.append(json.loads(line))
            except ValueError:
                pass
    return docs


def test_code_many_equals_coding_each_document(engine, source_dir):
    docs = docs_of(os.path.join(source_dir, "tests", "e2e", "data", "red-lines.jsonl"))
    one_by_one = [e for d in docs for e in engine.code(d["text"], d.get("date"), d["id"],
                                                        source=d.get("source"))]
    assert engine.code_many(docs) == one_by_one
    assert engine.code_many(docs, threads=2) == one_by_one


def test_code_many_lists_or_raises_failed_documents(engine):
    docs = [{"id": "a", "text": NEWS, "date": "2024-06-19"}, {"id": "b", "text": ""},
            {"id": "c", "date": "2024-06-19"}, {"text": NEWS, "date": "June 19, 2024"}]
    failed = []
    events = engine.code_many(docs, failed=failed)
    assert [(f["doc_id"], f["error"]) for f in failed] == [
        ("b", "empty document"), ("c", 'no "text" or "html" string field')]
    assert {e["doc_id"] for e in events} == {"a", "text:4"}
    with pytest.raises(dyad.DocumentError, match=r"empty document \(document b\)"):
        engine.code_many(docs)


def test_code_files_reads_folders_as_the_cli_does(engine, source_dir):
    folder = os.path.join(source_dir, "data", "sample")
    expected = cli_lines("code", folder, "--date", "2024-06-20")
    batch = engine.code_files([folder], "2024-06-20")
    assert batch.events_jsonl().splitlines() == expected
    assert batch.event_count == len(expected) and batch.failed == 0


def test_pieces_of_a_jsonl_file_add_up_to_the_whole(engine, small_corpus, tmp_path):
    failed = tmp_path / "failed.jsonl"
    expected = cli_lines("code", small_corpus, "--failed", str(failed))
    offsets = [0]
    with open(small_corpus, "rb") as f:
        for line in f:
            offsets.append(offsets[-1] + len(line))
    lines, step = len(offsets) - 1, 137
    events, failures = [], []
    for first in range(1, lines + 1, step):
        batch = engine.code_jsonl_lines(small_corpus, offsets[first - 1], first,
                                        min(step, lines - first + 1))
        events += batch.events_jsonl().splitlines()
        failures += batch.failures()
    assert events == expected
    assert failures == [json.loads(line) for line in failed.read_text().splitlines()]
    assert len(failures) == 1 and failures[0]["line"] == 501


def test_code_many_releases_the_gil_while_coding(engine, small_corpus):
    docs = docs_of(small_corpus) * 8  # about a second of coding
    finished = threading.Event()
    coding_started = time.perf_counter()
    worker = threading.Thread(target=lambda: (engine.code_many(docs, failed=[]), finished.set()))
    worker.start()
    gaps, last = [], time.perf_counter()
    while not finished.is_set():  # this thread runs only while the coder does not hold the GIL
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
        time.sleep(0.001)
    worker.join()
    coding = time.perf_counter() - coding_started
    assert coding > 0.5, "too little work to tell"
    assert max(gaps) < coding / 2, (max(gaps), coding)


def test_lexicon_stats(engine):
    stats = engine.stats
    assert stats["actor_entries"] > 100 and stats["cameo_codes"] > 100 and stats["load_seconds"] > 0
