"""Shapes several readers of a page look for: a printed date, a time of day, a weekday, an e-mail
address. One definition each, so the line classifier, the byline grammar and the run-on cutter agree."""

DATE = r"(?:19|20)\d{2}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*일?\.?"
TIME = r"(?:(?:오전|오후|AM|PM|am|pm)\s*)?\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?"
WEEKDAY = r"\(?\s*[월화수목금토일](?:요일)?\s*\)?"
# bounded parts and a word boundary before it: no backtracking on a long line of word characters
EMAIL = r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"
