"""The event store: one deduplicated, citable record per event, kept safely in a GeoPackage.

Public API::

    store = EventStore("data/events.gpkg")          # created when missing
    summary = store.ingest_reports(reports)          # new / merged / unchanged
    gdf = store.events()                             # GeoDataFrame (schema + ranges)

See ``docs/store.md`` for the file layout, the deduplication rules and the safety model.
"""

from __future__ import annotations

from geoevents.store.core import (
    DEFAULT_STORE as DEFAULT_STORE,
)
from geoevents.store.core import (
    EventStore as EventStore,
)
from geoevents.store.core import (
    IngestSummary as IngestSummary,
)
from geoevents.store.core import (
    default_store_path as default_store_path,
)
from geoevents.store.core import (
    source_for_report as source_for_report,
)
from geoevents.store.gpkg import (
    RANGE_COLUMNS as RANGE_COLUMNS,
)
from geoevents.store.gpkg import (
    SCHEMA_VERSION as SCHEMA_VERSION,
)
from geoevents.store.gpkg import (
    STORE_COLUMNS as STORE_COLUMNS,
)
from geoevents.store.gpkg import (
    STORE_EXTRA_COLUMNS as STORE_EXTRA_COLUMNS,
)
from geoevents.store.merge import (
    Contribution as Contribution,
)
from geoevents.store.merge import (
    Source as Source,
)
from geoevents.store.merge import (
    authority_of as authority_of,
)
from geoevents.store.merge import (
    content_hash as content_hash,
)
from geoevents.store.merge import (
    merge_event as merge_event,
)

__all__ = [
    "DEFAULT_STORE",
    "RANGE_COLUMNS",
    "SCHEMA_VERSION",
    "STORE_COLUMNS",
    "STORE_EXTRA_COLUMNS",
    "Contribution",
    "EventStore",
    "IngestSummary",
    "Source",
    "authority_of",
    "content_hash",
    "default_store_path",
    "merge_event",
    "source_for_report",
]
