"""Structure stage: document kind, roster, speaker turns, sections and Q&A pairs of a Document."""

from finbrief.structure.pipeline import run, structure

__all__ = ["run", "structure"]
