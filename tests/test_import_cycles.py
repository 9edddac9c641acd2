"""No import circles in app/: a module never needs, directly or through others, a
module that needs it. Lazy imports inside functions and imports for type checking
count too: a circle hidden that way still ties the modules into one knot.

The layers between packages are import-linter contracts (pyproject.toml); this test
also catches circles between modules of one package."""

from __future__ import annotations

import grimp


def circles(graph: grimp.ImportGraph, package: str) -> list[list[str]]:
    """The groups of modules under ``package`` that import each other in a circle
    (strongly connected components of more than one module, or a module importing
    itself), each sorted, found with Tarjan's algorithm (iterative: no recursion limit)."""
    modules = sorted(m for m in graph.modules if m == package or m.startswith(package + "."))
    inside = set(modules)
    edges = {
        m: sorted(i for i in graph.find_modules_directly_imported_by(m) if i in inside)
        for m in modules
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in modules:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            if child < len(edges[node]):
                work.append((node, child + 1))
                target = edges[node][child]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1 or node in edges[node]:
                    found.append(sorted(group))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return sorted(found)


def test_app_has_no_import_circles():
    graph = grimp.build_graph("app", exclude_type_checking_imports=False)
    assert circles(graph, "app") == []


def test_a_circle_is_found():
    graph = grimp.ImportGraph()
    for name in ("pkg", "pkg.a", "pkg.b", "pkg.c", "pkg.d"):
        graph.add_module(name)
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.c")
    graph.add_import(importer="pkg.c", imported="pkg.a")  # a -> b -> c -> a
    graph.add_import(importer="pkg.d", imported="pkg.a")  # d only leans on the circle
    assert circles(graph, "pkg") == [["pkg.a", "pkg.b", "pkg.c"]]


def test_no_circle_in_a_chain():
    graph = grimp.ImportGraph()
    for name in ("pkg", "pkg.a", "pkg.b", "pkg.c"):
        graph.add_module(name)
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.c")
    graph.add_import(importer="pkg.a", imported="pkg.c")
    assert circles(graph, "pkg") == []
