"""JSON Lines bytes from the C++ library to Python objects."""
import json
from typing import Any, Dict, List


def parse_lines(data: bytes) -> List[Dict[str, Any]]:
    """One dict per line of ``data`` (UTF-8 JSON Lines, each line an object)."""
    return [json.loads(line) for line in data.splitlines() if line]
