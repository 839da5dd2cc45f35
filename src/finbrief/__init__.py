"""finbrief: cited, number-verified briefs from earnings calls and financial news."""

__version__ = "0.1.0"
