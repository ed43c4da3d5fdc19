#!/usr/bin/env python3
"""A real SPARQL client against `silkgraph serve`: rdflib's SPARQLStore (which speaks the
SPARQL 1.1 Protocol) runs a query and prints its rows as CSV, sorted, so the Rust test can
compare them with `silkgraph query --format csv`.

usage: tests/sparql_client.py ENDPOINT QUERYFILE
"""
import csv
import sys

from rdflib.plugins.stores.sparqlstore import SPARQLStore

PREFIXES = {
    "sg": "https://w3id.org/silkgraph/ontology#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "org": "http://www.w3.org/ns/org#",
}


def main():
    endpoint, path = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    # the endpoint predefines the project's prefixes; a standard client declares them
    header = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    store = SPARQLStore(endpoint, returnFormat="json")
    result = store.query(header + text)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow([str(v) for v in result.vars])
    rows = sorted([["" if x is None else str(x) for x in row] for row in result])
    out.writerows(rows)


if __name__ == "__main__":
    main()
