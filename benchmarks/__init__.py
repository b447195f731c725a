"""Benchmarks run by hand (never in the test suite): ``python -m benchmarks.run`` and
``python -m benchmarks.soak``. See README "Speed and scale"."""
