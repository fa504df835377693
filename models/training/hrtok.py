"""Python twin of the TypeScript tokenizer and feature encoder of the skill tagger.

`tokenize_words` reproduces `tokenizeWords` in server/src/engine/text/normalize.ts exactly
(same regex, UTF-16 offsets); `encode` reproduces server/src/engine/models/tokenizer.ts.
Both sides are checked against models/tokenizer-vectors.json (written by
`python3 hrtok.py --vectors`).
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass

# Same pattern as WORD_RE in normalize.ts. Its classes hold only BMP characters, so
# matching on code points (Python) equals matching on UTF-16 code units (JavaScript);
# only the offsets differ, which `_utf16_offsets` converts.
WORD_RE = re.compile(
    "[A-Za-z0-9\u00C0-\u024F]+(?:[.'\u2019][A-Za-z0-9\u00C0-\u024F]+)*(?:\\+\\+|#)?"
    "|\\.[A-Za-z][A-Za-z0-9]*|[+#]"
)


@dataclass
class WordToken:
    text: str
    start: int  # UTF-16 offset
    end: int


def _utf16_offsets(text: str) -> list[int]:
    """offsets[i] = UTF-16 index of code point i (one extra entry for len(text))."""
    offsets = [0] * (len(text) + 1)
    pos = 0
    for i, ch in enumerate(text):
        offsets[i] = pos
        pos += 2 if ord(ch) > 0xFFFF else 1
    offsets[len(text)] = pos
    return offsets


# Same as RUN_ON_SENTENCES in normalize.ts: "vacuuming.Facilitated" (a PDF copy) is two words.
RUN_ON_SENTENCES = re.compile("([a-z]{2,})\\.[A-Z][a-z]{2,}")


def tokenize_words(text: str) -> list[WordToken]:
    offsets = None
    tokens: list[WordToken] = []
    for m in WORD_RE.finditer(text):
        if m.group(0) in ("+", "#"):
            continue
        if offsets is None:
            offsets = _utf16_offsets(text)
        run_on = RUN_ON_SENTENCES.match(m.group(0))
        if run_on and run_on.group(1) != "www":
            cut = m.start() + len(run_on.group(1))
            tokens.append(WordToken(run_on.group(1), offsets[m.start()], offsets[cut]))
            tokens.append(WordToken(text[cut + 1:m.end()], offsets[cut + 1], offsets[m.end()]))
        else:
            tokens.append(WordToken(m.group(0), offsets[m.start()], offsets[m.end()]))
    return tokens


def utf16_slice(text: str, start: int, end: int) -> str:
    """text[start:end] with UTF-16 offsets."""
    units = text.encode("utf-16-le", errors="surrogatepass")
    return units[start * 2:end * 2].decode("utf-16-le", errors="surrogatepass")


# ---------------------------------------------------------------------------------------
# Feature encoding. Keep in sync with tokenizer.ts (the shared vectors test both).

PAD_ID = 0
OOV_ID = 1
MAX_WORD_CHARS = 20  # longer words keep their first 10 and last 10 characters

# Every character tokenize_words can emit; a character's id is its index + 2 (0 pad, 1 unknown).
CHAR_ALPHABET = (
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.'\u2019+#"
    + "".join(chr(c) for c in range(0xC0, 0x250))
)
CHAR_IDS = {ch: i + 2 for i, ch in enumerate(CHAR_ALPHABET)}

# Word shape classes (casing embedding); index = id.
SHAPES = ["pad", "lower", "upper", "title", "mixed", "numeric", "alnum", "other"]

# The tokenizer drops punctuation, but commas, colons and parentheses mark where a
# skill list item starts and ends, so each token also sees flags for the text between it
# and its neighbours ("gap before" / "gap after").
GAP_FLAGS = [
    "boundary",   # start or end of the text
    "comma",
    "semicolon",
    "colon",
    "stop",       # . ! ?
    "open",       # ( [ {
    "close",      # ) ] }
    "slash",      # / \ |
    "dash",       # - – —
    "amp",        # &
    "plus",       # +
    "bullet",     # newline, •, *, ·
    "quote",      # " “ ” ' ‘ ’
    "other",      # any other non-space character
    "nospace",    # no whitespace at all in the gap (e.g. CI/CD, Full-time)
]
N_GAP = len(GAP_FLAGS)
N_FEATS = 2 * N_GAP

_GAP_CHARS = {
    ",": "comma", ";": "semicolon", ":": "colon", ".": "stop", "!": "stop", "?": "stop",
    "(": "open", "[": "open", "{": "open", ")": "close", "]": "close", "}": "close",
    "/": "slash", "\\": "slash", "|": "slash", "-": "dash", "\u2013": "dash", "\u2014": "dash",
    "&": "amp", "+": "plus", "\n": "bullet", "\u2022": "bullet", "*": "bullet", "\u00B7": "bullet",
    '"': "quote", "\u201C": "quote", "\u201D": "quote", "'": "quote", "\u2018": "quote", "\u2019": "quote",
}
_GAP_INDEX = {name: i for i, name in enumerate(GAP_FLAGS)}
# what counts as whitespace in a gap: an explicit list, so Python and JavaScript agree
SPACE_CHARS = set(" \t\n\r\f\v\u00A0\u1680\u2028\u2029\u202F\u205F\u3000\uFEFF") | {
    chr(c) for c in range(0x2000, 0x200B)
}


def gap_flags(gap: str | None) -> list[int]:
    """Flags of the text between two tokens; None means the start/end of the text."""
    flags = [0] * N_GAP
    if gap is None:
        flags[_GAP_INDEX["boundary"]] = 1
        return flags
    has_space = False
    for ch in gap:
        if ch in _GAP_CHARS:
            flags[_GAP_INDEX[_GAP_CHARS[ch]]] = 1
            if ch == "\n":
                has_space = True
        elif ch in SPACE_CHARS:
            has_space = True
        else:
            flags[_GAP_INDEX["other"]] = 1
    if not has_space:
        flags[_GAP_INDEX["nospace"]] = 1
    return flags


def _is_upper(ch: str) -> bool:
    # by case mapping rather than str.isupper, so JavaScript's toLowerCase() agrees
    return ch.lower() != ch


def _is_lower(ch: str) -> bool:
    return ch.upper() != ch


def word_shape(word: str) -> int:
    has_upper = any(_is_upper(c) for c in word)
    has_lower = any(_is_lower(c) for c in word)
    has_digit = any("0" <= c <= "9" for c in word)
    if has_digit and not has_upper and not has_lower:
        return SHAPES.index("numeric")
    if has_digit:
        return SHAPES.index("alnum")
    if has_lower and not has_upper:
        return SHAPES.index("lower")
    if has_upper and not has_lower:
        return SHAPES.index("upper")
    if has_upper and has_lower:
        if _is_upper(word[0]) and not any(_is_upper(c) for c in word[1:]):
            return SHAPES.index("title")
        return SHAPES.index("mixed")
    return SHAPES.index("other")


def word_key(word: str) -> str:
    """Vocabulary key: lowercase, curly apostrophe as straight."""
    return word.lower().replace("\u2019", "'")


_DIGITS = re.compile("[0-9]")


def word_id(word: str, vocab: dict[str, int]) -> int:
    key = word_key(word)
    found = vocab.get(key)
    if found is not None:
        return found
    # "2021", "5g": numbers seldom matter by value; try them with every digit as 0.
    if _DIGITS.search(key):
        found = vocab.get(_DIGITS.sub("0", key))
        if found is not None:
            return found
    return OOV_ID


def char_ids(word: str) -> list[int]:
    chars = word if len(word) <= MAX_WORD_CHARS else word[:10] + word[-10:]
    return [CHAR_IDS.get(ch, 1) for ch in chars]


@dataclass
class Encoded:
    tokens: list[WordToken]
    word_ids: list[int]
    shape_ids: list[int]
    char_ids: list[list[int]]
    feats: list[list[int]]  # N_FEATS flags per token

    def piece(self, start: int, end: int) -> "Encoded":
        """Tokens [start, end) with their ids and flags (a window of a long text)."""
        return Encoded(self.tokens[start:end], self.word_ids[start:end], self.shape_ids[start:end],
                       self.char_ids[start:end], self.feats[start:end])


def encode(text: str, vocab: dict[str, int], tokens: list[WordToken] | None = None) -> Encoded:
    if tokens is None:
        tokens = tokenize_words(text)
    # gaps are read with UTF-16 offsets to stay identical to the TS side
    units = text.encode("utf-16-le", errors="surrogatepass")

    def gap(a: int, b: int) -> str:
        return units[a * 2:b * 2].decode("utf-16-le", errors="surrogatepass")

    feats = []
    for i, t in enumerate(tokens):
        before = None if i == 0 else gap(tokens[i - 1].end, t.start)
        after = None if i == len(tokens) - 1 else gap(t.end, tokens[i + 1].start)
        feats.append(gap_flags(before) + gap_flags(after))
    return Encoded(
        tokens=tokens,
        word_ids=[word_id(t.text, vocab) for t in tokens],
        shape_ids=[word_shape(t.text) for t in tokens],
        char_ids=[char_ids(t.text) for t in tokens],
        feats=feats,
    )


# Long texts run in windows of at most WINDOW_TOKENS tokens; a window ends, where it can, after
# a token followed by a sentence break, in its second half. The TS tagger does the same.
WINDOW_TOKENS = 128
_BREAK_FLAGS = [N_GAP + GAP_FLAGS.index(f) for f in ("stop", "semicolon", "bullet")]


def windows(feats: list[list[int]], max_len: int = WINDOW_TOKENS) -> list[tuple[int, int]]:
    n = len(feats)
    out = []
    start = 0
    while n - start > max_len:
        cut = start + max_len
        for end in range(start + max_len, start + max_len // 2, -1):
            if any(feats[end - 1][k] for k in _BREAK_FLAGS):
                cut = end
                break
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


# ---------------------------------------------------------------------------------------
# Shared test vectors

VECTOR_STRINGS = [
    "",
    "   ",
    "C++",
    "C#",
    ".NET",
    "ASP.NET Core",
    "Node.js and React.js",
    "CI/CD pipelines",
    "5+ years of experience",
    "10+ yrs with F# and C++17",
    "Python, Java, and C++",
    "Skills: SQL; Excel (advanced); Power BI",
    "José Álvarez Müller",
    "Zoë's résumé",
    "ŁÓDŹ łódź",
    "İstanbul DİKKAT",
    "year's experience",
    "year\u2019s experience with Node\u2019s APIs",
    "rock'n'roll",
    "don't",
    "I love 🐍 Python 🚀 and ☕ Java",
    "👩‍💻 engineer",
    "数据分析 and 机器学习 (machine learning)",
    "東京 Tokyo",
    "Full-time, part-time",
    "e-mail: a.b@example.com",
    "https://github.com/user/repo.git",
    "v1.2.3 release",
    "3.14 and .5",
    "U.S. citizens only",
    "Ph.D. in CS",
    "a+b+c",
    "+ # ++ ##",
    "C++/C# developer",
    "Objective-C and Obj-C",
    "TCP/IP, LAN/WAN",
    "R&D and AT&T",
    "GPT-4",
    "MS-Word/Excel",
    "• Managed teams\n• Built APIs",
    "1. Analysis: ability to analyze\n2. Networking",
    "Led a team of 12 (2019 – 2023)",
    "\u00A0non\u00A0breaking\u00A0spaces",
    "tab\tseparated\twords",
    "ÀÉÎÕÜ àéîõü ßø",
    "ǅungla ǈ",
    "ɏ and ɐ boundary",
    "SUPERCALIFRAGILISTICEXPIALIDOCIOUS-long-word-here",
    "Pneumonoultramicroscopicsilicovolcanoconiosis",
    "word.",
    "...leading dots",
    "trailing dot.NET.",
    "“quoted” ‘single’",
    "Kubernetes (K8s), Docker & Terraform",
    "2021-04-22",
    "laundry and vacuuming.Facilitated games; ADLs.Exhibited care",
    "🐍 policies.Trained staff, www.Example.com, Node.Js, i.e.The",
]


def write_vectors(path: str, vocab_path: str) -> None:
    with open(vocab_path, encoding="utf-8") as f:
        meta = json.load(f)
    vocab = {w: i for i, w in enumerate(meta["vocab"])}
    cases = []
    for s in VECTOR_STRINGS:
        enc = encode(s, vocab)
        cases.append({
            "text": s,
            "tokens": [[t.text, t.start, t.end] for t in enc.tokens],
            "wordIds": enc.word_ids,
            "shapeIds": enc.shape_ids,
            "charIds": enc.char_ids,
            "feats": ["".join(str(x) for x in f) for f in enc.feats],
        })
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"vocabFile": "skill-tagger.json", "cases": cases}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "--vectors":
        write_vectors(sys.argv[2], sys.argv[3])
    else:
        for line in sys.stdin:
            print([(t.text, t.start, t.end) for t in tokenize_words(line.rstrip("\n"))])
