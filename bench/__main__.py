"""`python -m bench [--quick]`: run every benchmark and print a table plus one JSON line per figure."""

from __future__ import annotations

import argparse
import sys
import time

from bench.figures import FIGURES, table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="small sizes: a smoke run that checks the harness works"
    )
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    from bench.extraction import bench_extraction
    from bench.pipeline import bench_first_and_rerun, bench_new_meeting, bench_scaling
    from bench.warehouse import bench_warehouse

    if args.quick:
        bench_extraction(documents=4, repeat=1, long_minutes=20)
        bench_warehouse(meetings=2_000, per_meeting=30)
        # the full-refresh and rerun-after-a-new-meeting figures are in the full bench only
        bench_first_and_rerun(meetings_per_committee=1, rate=20.0, with_full=False)
    else:
        bench_extraction(documents=24, repeat=2, long_minutes=500)
        bench_warehouse(meetings=100_000, per_meeting=30)
        bench_first_and_rerun(meetings_per_committee=3, rate=1.0)  # the default politeness, as a nightly run
        bench_new_meeting(documents=300)
        bench_scaling([10, 100, 1000], rate=100.0)
    print()
    print(table())
    print(f"\ntotal bench time: {time.perf_counter() - t0:.1f}s")
    return 0 if FIGURES else 1


if __name__ == "__main__":
    sys.exit(main())
