"""The team-mode tests' cluster is the suite's (tests/pg_cluster.py)."""

from tests.pg_cluster import Cluster

__all__ = ["Cluster"]
