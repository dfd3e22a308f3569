"""Customers' names in Chinese characters or Korean Hangul, signed where a Latin message ends.

"Vielen Dank für die schnelle Lieferung! 陈伟", "Thanks for rebooking my flight! 张伟": a
message in German or English that ends, after a sentence's end, a comma, a dash or a line
break, in one or two runs of two to four such characters (emoji may follow) is signed with
a name. ``redact_script_names`` leaves these scripts out, as they do not separate words by
spaces; a signature is the one place where the run's edges are clear. The name becomes its
first character and a dot, as a Latin one becomes its initials ("陈."). Words of these scripts
inside a sentence stay ("über 淘宝 bestellt"), and so does a text without Latin words, and a
thanks word there ("谢谢", "감사합니다").
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_script_names import LATIN_RE, SIGN_BEFORE, SP

__all__ = ["find_cjk_names"]

# CJK unified ideographs (with extension A) and Hangul syllables
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_ANY_RE = re.compile(f"[{_CJK}]")
_END_RE = re.compile(rf"{SIGN_BEFORE}(?P<run>[{_CJK}]{{2,4}}(?:{SP}[{_CJK}]{{1,4}})?)[^\w\n]*\Z")
# thanks and greetings of these languages: a customer thanking in their language names no one
_KEPT_WORDS = """
    谢谢 謝謝 多谢 多謝 感谢 感謝 非常感谢 谢谢你 谢谢您 你好 您好 再见 加油 辛苦了
    감사합니다 고맙습니다 감사해요 고마워요 안녕하세요 수고하세요
    """
_KEPT = frozenset(_KEPT_WORDS.split())


def find_cjk_names(text: str) -> list[Candidate]:
    """The name in Chinese or Korean characters that signs ``text`` (see the module docstring)."""
    if text.isascii() or _ANY_RE.search(text) is None or LATIN_RE.search(text) is None:
        return []
    m = _END_RE.search(text, max(0, len(text) - 40))
    if m is None:
        return []
    run = m.group("run")
    if any(word in _KEPT for word in run.split()):
        return []
    initials = " ".join(word[0] + "." for word in run.split())
    return [Candidate(m.start("run"), m.end("run"), RedactionKind.NAME, initials, Priority.NAME)]
