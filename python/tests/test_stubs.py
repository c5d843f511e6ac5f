"""The type stubs (dyad/__init__.pyi) describe the package as it is."""
import ast
import inspect
import os

import dyad

STUB = os.path.join(os.path.dirname(dyad.__file__), "__init__.pyi")


def stub_tree():
    with open(STUB, encoding="utf-8") as f:
        return ast.parse(f.read())


def parameters(function: ast.FunctionDef):
    a = function.args
    return [p.arg for p in a.posonlyargs + a.args + a.kwonlyargs]


def test_every_public_name_has_a_stub():
    tree = stub_tree()
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.ImportFrom):
            names.update(alias.asname or alias.name for alias in node.names)
    assert set(dyad.__all__) <= names


def test_methods_and_parameters_match_the_code():
    for node in stub_tree().body:
        if not isinstance(node, ast.ClassDef):
            continue
        cls = getattr(dyad, node.name)
        stubbed = {f.name: f for f in node.body if isinstance(f, ast.FunctionDef)}
        public = {name for name, _ in inspect.getmembers(cls) if not name.startswith("_")}
        assert public <= set(stubbed), (node.name, public - set(stubbed))
        for name, function in stubbed.items():
            member = inspect.getattr_static(cls, name)
            if isinstance(member, property):
                continue
            code = [p for p in inspect.signature(member).parameters.values()
                    if p.kind != p.VAR_KEYWORD and p.kind != p.VAR_POSITIONAL]
            stub = parameters(function)
            if name in ("query", "stories", "watch", "series", "network"):
                stub = stub[:len(code)]  # the filters are **kwargs in the code
            assert [p.name for p in code] == stub, (node.name, name)


def test_to_dataframe_signature():
    function = next(n for n in stub_tree().body
                    if isinstance(n, ast.FunctionDef) and n.name == "to_dataframe")
    assert parameters(function) == list(inspect.signature(dyad.to_dataframe).parameters)
