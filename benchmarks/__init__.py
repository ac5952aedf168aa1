"""The benchmarks, importable as `benchmarks.<name>` from the repository root.

A regular package, not a namespace one: pyarrow 17 (the `parquet` extra's floor) installs
a top-level `benchmarks` package of its own, which would otherwise shadow this folder.
"""
