"""summarizer: grounded cross-source news briefings from a local open-weight model."""

from .api import brief, extract, extractor
from .errors import SummarizerError
from .types import Briefing, Extraction

__all__ = ["Briefing", "Extraction", "SummarizerError", "brief", "extract", "extractor"]
