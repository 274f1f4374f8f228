"""hoedong: an evidence-grounded knowledge graph of meetings and alliances from Korean news."""

__version__ = "0.1.0"
