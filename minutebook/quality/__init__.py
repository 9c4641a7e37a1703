"""Quality: Great Expectations suites on every warehouse build, and the publication gate."""

from minutebook.quality.gate import EXPECTATIONS_DIR, ExpectationOutcome, QualityResult, run_quality

__all__ = ["EXPECTATIONS_DIR", "ExpectationOutcome", "QualityResult", "run_quality"]
