"""Attributed statements: speaker + reporting verb or formula + content (EXTRACTION.md §2).

Everything is matched on the article's Shadow (``akhbar.shadow``) and mapped back to body_text.
One regex built from ``lexicons/reporting_verbs.tsv`` and ``lexicons/attribution_formulas.tsv``
finds the triggers; each trigger is then read locally:

* verb + subject + marker + content (VSO): ``أكد وزير الدفاع أن ...``, ``وأضاف بيان الخارجية: "..."``;
  verb + subject + object: ``أعلنت وزارة الخارجية العراقية، اليوم الخميس، تأجيل ...``;
* subject before the verb (SVO): ``لكن المسؤول الأميركي أكد أن ...``;
* no subject (implicit): ``وأضافت أن ...`` -> the latest earlier speaker of the same gender;
* continuation participles: ``، مشيرة إلى أن ...`` -> the speaker of the clause before;
* relayed: ``ونقلت وكالة “رويترز” عن مسؤول أميركي كبير، قوله إن ...`` (via = the outlet);
* nominal formulas: ``ووفق الوكالة، فإن ...``, ``وبحسب المعلومات، ...``, ``... على حد قوله``.

Not statements: headlines and short non-prose lines, negated verbs (``لم يحدد``), verbs in
relative clauses (``التي أعلن عنها``), subjunctives (``أن يعلن``) and writer's asides
(``يذكر أن``، ``يشار إلى أن``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import islice

from akhbar.actors import (
    actor_key,
    canonical_speaker,
    has_person_name,
    key_tokens,
    noun_gender,
    read_lexicon,
    speaker_kind,
    strip_article,
    to_shadow,
)
from akhbar.patterns import finditer_near, trie_alternation
from akhbar.records import Sentence, Statement
from akhbar.shadow import fold, shadow_of
from akhbar.sources import canonical_source, lookup_source


@dataclass(frozen=True, slots=True)
class _Form:
    lemma: str  # folded
    gender: str  # "m" | "f": the subject the form agrees with
    imperfect: bool
    participle: bool
    object_ok: bool  # may take a direct object instead of أن
    prep: str | None  # folded preposition that may introduce the content (إلى, عن, على, من)
    formula: str | None  # lead | lam | trailing for nominal formulas, else None


@dataclass(frozen=True, slots=True)
class _Lexicon:
    forms: dict[str, _Form]
    trigger: re.Pattern[str]


@cache
def _duals(past: str) -> list[tuple[str, str]]:
    """Dual past forms of a sound past verb (أكد -> أكدا, أكدتا); weak verbs list theirs in the lexicon."""
    if past[-1] in "اويء":
        return []
    return [(past + "ا", "m"), (past + "تا", "f")]


@cache
def _lexicon() -> _Lexicon:
    """The verb and formula forms and the trigger regex, built once per process.

    Building the prefix-trie alternation of ~2,000 forms costs several milliseconds, more
    than reading a whole article; the result is immutable and shared by every article.
    """
    forms: dict[str, _Form] = {}
    for lemma, masc, fem, part_m, part_f, obj, prep in read_lexicon("reporting_verbs.tsv"):
        lem = fold(lemma)
        columns = (("m", masc, False), ("f", fem, False), ("m", part_m, True), ("f", part_f, True))
        for gender, cell, participle in columns:
            if cell == "-":
                continue
            for word in cell.split():
                form = fold(word)
                imperfect = not participle and form[0] in "يت" and not form.startswith(lem)
                preposition = None if prep == "-" else fold(prep)
                entry = _Form(lem, gender, imperfect, participle, obj == "yes", preposition, None)
                forms.setdefault(form, entry)
                if not participle and gender == "m" and form == lem:
                    for dual, dual_gender in _duals(form):  # "أكدا", "أكدتا": two speakers
                        forms.setdefault(dual, _Form(lem, dual_gender, False, False, entry.object_ok, entry.prep, None))
    for formula, kind in read_lexicon("attribution_formulas.tsv"):
        form = " ".join(fold(formula).split())
        forms.setdefault(form, _Form(form, "f" if form.endswith("ها") else "m", False, False, False, None, kind))
    alternation = trie_alternation(forms)
    # وأضافت / فقال / مشيرة / ووفق / بحسب / على حد قوله — one clitic و/ف/ل, then a whole word.
    # ل only before an imperfect: "، ليضيف أن ...", "وعادت الوزارة لتؤكد أن ...".
    trigger = re.compile(r"(?<!\w)(?P<cl>[وفل]?)(?P<form>" + alternation + r")(?!\w)")
    return _Lexicon(forms, trigger)


# Content markers after a verb: "قال إن", "أفاد بأن", "أشار إلى أن", "أضاف:".
_MARKER_RE = re.compile(
    r"(?P<colon>:)|(?<!\w)(?P<prep>الي|علي|عن|من)(?!\w)|(?<!\w)(?P<an>ب?ان(?:ه|ها|هم|هما|نا|ني)?)(?!\w)"
)
_AN_AFTER_PREP_RE = re.compile(r"\s*(?P<an>ب?ان(?:ه|ها|هم|هما|نا|ني)?)(?!\w)")
# Words before أن that make it not a content marker: "منذ أن", "من دون أن", "بعد أن".
_NOT_MARKER_BEFORE = frozenset(
    fold(w) for w in ["منذ", "بعد", "قبل", "دون", "رغم", "بمجرد", "لو", "إلى", "على", "عن", "من"]
)
# Where the subject after a verb stops: a comma, "في بيان", "لـ"النهار"", "للوكالة", an adverb.
_CUT_RE = re.compile(
    r"[,;:(]|\s(?:في\s+(?:بيان|تصريح|تدوين|تغريد|حديث|مءتمر|كلم|رسال|مقابل|لقاء|اتصال|منشور|وقت|اعقاب|ختام"
    r"|سياق|ظل|ضوء|حين|تقرير|اجتماع)\w*|عبر|خلال|يوم|اليوم|امس|مءخرا|اخيرا|ايضا|كذلك|بدوره|بدورها|صباح|مساء"
    r"|بشكل|بصوره|لل(?:وكاله|صحيفه|جريده|قناه|موقع|اذاعه|تلفزيون|شبكه|مجله|صحفيين|صحافيين|صحافه|اعلاميين|اعلام"
    r"|مراسلين|حضور|مشاركين)|نظير(?:ه|ها|هم|يه)|ل(?:ه|ها|هم|هما|نا|ي|كم)|فيه|فيها|حسب|بحسب|وفق|قبل|بعد|امام|اثناء)(?!\w)|\sل(?:\"|\s)"
)
# The subject noun phrase of "أعلنت اللجنة العسكرية العليا في العراق إكمال ...": a word, then
# definite words, "وال..." conjuncts and one "في <place>".
_NP_RE = re.compile(
    r"\s*(?P<np>\"?\w+\"?(?:\s+(?:ال|لل|وال)\w+|\s+في\s+(?!(?:بيان|تصريح|تدوين|تغريد|حديث|مءتمر|كلم|رسال|مقابل"
    r"|لقاء|اتصال|منشور|وقت|اعقاب|ختام|سياق|ظل|ضوء|حين|تقرير|اجتماع|هذا|هذه|ذلك))\w+)*)"
)
# The verb's preposition heading an object after adverbials: "، اليوم السبت، عن إطلاق".
_PREP_RE = re.compile(r"(الي|علي|عن|من)\s+")
# Between a leading quote and its verb: "«...»، قال" / "\"...\"، هكذا أكد".
_QUOTE_TO_VERB_RE = re.compile(r"\s*,?\s*(?:هكذا\s+|و)?")
_GENITIVE_RE = re.compile(r"\s+ل(?!ل)\w+(?:\s+(?:ال|لل|وال)\w+)+")
# Adverbials between the subject and an object: "، اليوم الخميس، تأجيل ...".
_ADVERBIAL_RE = re.compile(r"(?:[\s,]*(?:اليوم|امس|في|خلال|عبر|صباح|مساء|مءخرا|اخيرا|ايضا)(?!\w)[^,.\n]{0,60},)*[\s,]*")
# Clause boundaries before a verb: the subject of "لكن المسؤول الأميركي أكد" starts after لكن.
_BOUNDARY_RE = re.compile(
    r"[,;:.!?]|\s[-–—]+\s|(?<!\w)(?:و?لكن(?:ه|ها|هم)?|بينما|فيما|في حين|كما|ثم|حيث|اذ|حين|وكانت|وكان|كانت|كان"
    r"|ان|انه|انها)(?!\w)"
)
_WEAK_BOUNDARIES = frozenset({"ان", "انه", "انها"})
# A listener as an attached pronoun right after the verb: "أكدت له", "قال لنا".
_OBJECT_PRONOUN_RE = re.compile(r"\s*ل(?:ه|ها|هم|هما|نا|ي|كم)(?!\w)")
# Words that open a subject chunk without being part of it: أما, and auxiliaries (عاد/راح).
_CHUNK_LEAD_RE = re.compile(r"\s*(?:و?اما|[وف]?عاد(?:ت|وا)?|[وف]?راح(?:ت|وا)?)\s+")
# Asides between a subject and its verb: "، من جانبه،", "، بدورها،", "، هو الآخر،".
_ASIDE_RE = re.compile(
    r"(?:من\s+(?:جانب|جهت)(?:ه|ها|هم)|بدور(?:ه|ها|هم)|هو\s+الاخر|هي\s+الاخري|هم\s+ايضا|ايضا|كذلك|بدوره)"
)
_TRAILING_QAD_RE = re.compile(r"\s*(?<!\w)(?:[وف]?قد|لقد)\s*$")
_PREV_WORD_RE = re.compile(r"(\w+)\s*$")
_NEGATIONS = frozenset(fold(w) for w in ["لم", "لن", "لا", "ما", "ليس", "عدم", "دون"])
_RELATIVES = frozenset(fold(w) for w in ["التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "مما", "عما"])
_SUBJUNCTIVE = frozenset(fold(w) for w in ["أن", "لن", "كي", "لكي", "سوف"])
_ASIDE_LEMMAS = frozenset({fold("ذكر")})  # "يذكر أن ..." with no subject is the writer's aside
_RELAY_LEMMA = fold("نقل")
_ISSUE_LEMMA = fold("أصدر")
_RELAY_FORMULA = fold("نقلا عن")
_TITLED_KINDS = frozenset({"official_named", "parliament_member"})
_NAME_PREFIXES = frozenset(fold(w) for w in ["عبد", "أبو", "ابو", "بن", "ابن"])
# Verbs whose subject-less use is impersonal ("ويتوقع أن ..." = "it is expected"), never an anaphor.
_NO_IMPLICIT = frozenset({fold("توقع")})
_STATEMENT_WORD_RE = re.compile(r"(?<!\w)بيان(?:ا|ات)?(?!\w)")
_RELAY_FROM_RE = re.compile(r"(?<!\w)عن(?!\w)")
_RELAY_END_RE = re.compile(
    r"[,:]|(?<!\w)(?:قول(?:ه|ها|هم)|تاكيد(?:ه|ها|هم)|تصريح(?:ه|ها|هم)|اشارت(?:ه|ها)|تحذير(?:ه|ها)"
    r"|ب?ان(?:ه|ها|هم|هما)?)(?!\w)"
)
_MEDIUM_RE = re.compile(r"\s+(?:ال)?(?:منصه|موقع|حساب|صفح|قناه|شاشه|هامش|لسان)")
_INNER_VERB_RE = re.compile(r"[\s,]*\w+\s+(?:فيه|فيها)(?!\w)")
_FA_INNA_RE = re.compile(r"\s*(?<!\w)[فب]?ان(?:ه|ها|هم)?(?!\w)")
_GLUED_RE = re.compile(r"ال\w{2,}يه(\w{1,2})$")  # "الأميركيةظن": a token glued on by the scraper
_WORD_RE = re.compile(r"\w+")
_WORD_AFTER_QUOTE_RE = re.compile(r" ?\w")
_PROSE_END = set('.!?؟:"”»)…')
_ANAPHOR_DROP = frozenset({fold("بيان")})
_SAME_WORDS = frozenset(key_tokens("ذاته ذاتها نفسه نفسها"))
# The rest of a noun phrase after its head: definite words and ل-genitives ("السامية للأمم المتحدة لشؤون").
_NP_TAIL_RE = re.compile(r"(?:\s+(?:ال|لل|وال)\w+|\s+ل(?!ل)\w+(?=\s+ال))*")
# "وزارة الدفاع الأميركية (البنتاغون)": another name of the speaker, in parentheses after it.
_APPOSITION_RE = re.compile(r"\s*\(\s*\"?(\w+(?:\s\w+){0,2})\"?\s*\)")
# "الوكالة" / "الصحيفة" / "القناة" refer back to a relaying outlet of that kind.
_GENERIC_BY_KIND = {"news_agency": "وكاله", "newspaper": "صحيفه", "tv": "قناه", "website": "موقع"}
_NOT_SOURCES = frozenset(
    key_tokens("خطة جدول القانون الدستور اتفاق اتفاقية موعد توقيت توجيهات تعليمات قرار برنامج نظام آلية شروط معايير")
)
_THINK_TANK_REPORT = frozenset(key_tokens("تقرير دراسة"))  # a report speaks for its institute
# An institute named earlier: "معهد “نيو لاين انستيتيوت”", "مركز كارنيغي للشرق الأوسط", "المعهد الملكي ...".
_INSTITUTE_RE = re.compile(
    r"(?<!\w)[وبل]?(?P<name>(?:ال)?(?:معهد|مركز)(?:\s+\"[^\"\n]{2,60}\""
    r"|(?:\s+\w+(?=\s+(?:ال|لل)\w+))?(?:\s+(?:ال|لل)\w+)*))"
)
_INSTITUTE_WORDS = ("معهد", "مركز")  # in every match of _INSTITUTE_RE (akhbar.patterns.finditer_near)


@dataclass(slots=True)
class _Speaker:
    canonical: str
    kind: str
    gender: str
    tokens: frozenset[str]
    # the outlet that relays this speaker's account: later sentences of the account keep it
    via: tuple[int, int] | None = None
    via_key: str | None = None


@dataclass(slots=True)
class _Draft:
    """A statement in shadow coordinates, finalised into a Statement at the end."""

    sentence_index: int
    start: int
    verb: tuple[int, int]
    speaker: tuple[int, int] | None
    speaker_canonical: str | None
    speaker_kind: str
    content: tuple[int, int]
    quoted: bool
    end: int
    via: tuple[int, int] | None = None
    via_key: str | None = None


def extract_statements(body_text: str, sentences: list[Sentence]) -> list[Statement]:
    """Statements in the article's body sentences (titles and bylines are never statements)."""
    if not body_text:
        return []
    return _Article(body_text).run(sentences)


class _Article:
    def __init__(self, text: str) -> None:
        self.text = text
        self.shadow = shadow_of(text)
        self.sh = self.shadow.text
        self.lex = _lexicon()
        self.speakers: list[_Speaker] = []
        self.drafts: list[_Draft] = []
        self.claimed = 0  # shadow position up to which text belongs to an earlier quote

    # -- driver ---------------------------------------------------------------------------------

    def run(self, sentences: list[Sentence]) -> list[Statement]:
        for sentence in sorted(sentences, key=lambda s: s.char_start):
            if sentence.kind != "body" or not _is_prose(sentence.text):
                continue
            ss = to_shadow(self.shadow, sentence.char_start)
            se = to_shadow(self.shadow, sentence.char_end)
            in_sentence: list[_Draft] = []
            for m in self.lex.trigger.finditer(self.sh, ss, se):
                if m.start() < self.claimed or any(m.start() < d.content[0] for d in in_sentence):
                    continue
                if in_sentence and in_sentence[-1].quoted and m.start() < in_sentence[-1].end:
                    continue
                draft = self._read(m, sentence.sentence_index, ss, se, in_sentence)
                if draft is None:
                    continue
                in_sentence.append(draft)
                self.drafts.append(draft)
                if draft.quoted:
                    self.claimed = max(self.claimed, draft.end)
        return [s for s in (self._finish(d) for d in self.drafts) if s is not None]

    # -- one trigger ------------------------------------------------------------------------------

    def _read(self, m: re.Match[str], index: int, ss: int, se: int, before: list[_Draft]) -> _Draft | None:
        form = self.lex.forms[" ".join(m.group("form").split())]
        fs = m.start("form")
        clitic = bool(m.group("cl"))
        prev = _PREV_WORD_RE.search(self.sh, max(ss, fs - 24), m.start())
        prev_word = prev.group(1) if prev is not None else ""
        if prev_word in _NEGATIONS or prev_word in _RELATIVES:
            return None
        if m.group("cl") == "ل":
            if not form.imperfect or form.formula is not None:
                return None  # "لكشف" is "for uncovering", not a verb
            if _back_to_comma(self.sh, ss, m.start()) < m.start():
                return self._read_participle(m, form, index, ss, se, before)  # "، ليضيف أن ..."
            clitic = False  # "وعادت الوزارة لتؤكد": the subject is before, after عادت
        if form.formula is not None:
            return self._read_formula(m, form, index, ss, se, before)
        if form.imperfect and (prev_word in _SUBJUNCTIVE or self._passive(fs)):
            return None
        if form.participle:
            return self._read_participle(m, form, index, ss, se, before)
        if form.lemma == _RELAY_LEMMA:
            return self._read_relay(m, form, index, ss, se, before)
        return self._read_verb(m, form, index, ss, se, before, clitic)

    def _read_verb(
        self, m: re.Match[str], form: _Form, index: int, ss: int, se: int, before: list[_Draft], clitic: bool
    ) -> _Draft | None:
        sh = self.sh
        fs, ve = m.start("form"), m.end("form")
        window = min(se, ve + 200)
        if form.lemma == _ISSUE_LEMMA:
            return self._read_issue(m, form, index, ss, se, before, clitic)
        marker = self._find_marker(form, ve, window)
        subject: tuple[int, int] | None = None
        quoted = False
        if marker is None:
            first = self._read_quote_first(m, form, index, ss, se, before)
            if first is not None:
                return first
        if marker is not None:
            m_start, c_start = marker
            subject = self._cut_subject(self._after_saying_participle(ve), m_start)
            content_start = c_start
        else:
            if not form.object_ok:
                return None
            np = _NP_RE.match(sh, ve, window)
            if np is not None and np.group("np") and self._looks_like_subject(np.group("np")):
                # "المركز الإعلامي لمجلس الوزراء": a genitive with ل continues a definite subject
                genitive = _GENITIVE_RE.match(sh, np.end("np"), window) if " " in np.group("np").strip() else None
                np_end = genitive.end() if genitive else np.end("np")
                if speaker_kind(np.group("np")) in _TITLED_KINDS and not has_person_name(np.group("np")):
                    np_end = _name_end(sh, np_end, window)  # "كرر وزير الخارجية فؤاد حسين مخاوفه"
                subject = self._cut_subject(ve, np_end)
                after = subject[1] if subject else ve
            else:
                after = ve
            adv = _ADVERBIAL_RE.match(sh, after, window)
            content_start = adv.end() if adv else after
            prep = _PREP_RE.match(sh, content_start, window)
            if prep is not None and prep.group(1) == form.prep:
                content_start = prep.end()  # "أعلنت الوزارة، اليوم السبت، عن إطلاق ..."
        if subject is not None:
            subject = self._unglue(subject)
        # Who speaks when nothing follows the verb: SVO subject, or the implicit current speaker.
        boundary = m.start()
        svo: tuple[int, int] | None = None
        nested = bool(before) and before[-1].content[0] <= m.start()
        if not clitic:
            b_pos, b_strong, chunk = self._lookback(ss, m.start())
            if chunk is not None and chunk[1] > chunk[0]:
                if subject is None and self._svo_ok(chunk):
                    svo = chunk
                elif not self._fi_hi(ve):
                    return None
            elif subject is None:
                aside = self._before_aside(ss, b_pos, m.start())
                if aside is not None and self._svo_ok(aside):
                    svo = aside
            if nested and not b_strong:
                return None
            boundary = b_pos
        if form.lemma in _ASIDE_LEMMAS and subject is None and svo is None and form.gender == "m":
            return None  # "ويذكر أن ..." / "وذكر أن ..." without a subject: the writer's aside
        content_start, content_end, quoted, end = self._content(content_start, se, marker is not None)
        if content_end - content_start < 2:
            return None
        self._cut_previous(before, boundary)
        speaker = subject or svo
        if speaker is not None:
            who = self._resolve(speaker, form.gender)
            self._remember(who)
        else:
            found = self._implicit(form.gender) if form.lemma not in _NO_IMPLICIT else None
            if found is None:
                return None
            who = found
        start = min(fs, speaker[0]) if speaker else fs
        return _draft(index, start, (fs, ve), speaker, who, (content_start, content_end), quoted, end)

    def _read_quote_first(
        self, m: re.Match[str], form: _Form, index: int, ss: int, se: int, before: list[_Draft]
    ) -> _Draft | None:
        """ "«...»، قال الوزير في كلمته." / "\"...\"، هكذا أكد رئيس الوزراء": the quote comes first."""
        sh = self.sh
        i = ss
        while i < m.start() and sh[i] == " ":
            i += 1
        if i >= m.start() or sh[i] != '"' or before:
            return None
        close = self._quote_end(i, m.start())
        if close is None or not _QUOTE_TO_VERB_RE.fullmatch(sh, close + 1, m.start()):
            return None
        content = _strip_span(sh, i + 1, close)
        if content is None or content[1] - content[0] < 2:
            return None
        fs, ve = m.start("form"), m.end("form")
        np = _NP_RE.match(sh, ve, se)
        subject = self._cut_subject(ve, np.end("np")) if np is not None and np.group("np").strip() else None
        if subject is not None:
            who = self._resolve(subject, form.gender)
            self._remember(who)
        else:
            found = self._implicit(form.gender)
            if found is None:
                return None
            who = found
        end = max(ve, subject[1] if subject else ve)
        return _draft(index, i, (fs, ve), subject, who, content, True, end)

    def _after_saying_participle(self, ve: int) -> int:
        """ "وتابع قائلا: ..." — the subject slot starts after the participle, if one follows the verb."""
        inner = self.lex.trigger.match(self.sh, ve + 1) if self.sh[ve : ve + 1] == " " else None
        return inner.end() if inner is not None and self._says_participle(inner, ve) else ve

    def _read_issue(
        self, m: re.Match[str], form: _Form, index: int, ss: int, se: int, before: list[_Draft], clitic: bool
    ) -> _Draft | None:
        """ "أصدرت وزارة الدفاع العراقية بياناً أكدت فيه ..." -> speaker + content after بيانا."""
        fs, ve = m.start("form"), m.end("form")
        word = _STATEMENT_WORD_RE.search(self.sh, ve, min(se, ve + 80))
        if word is None:
            return None
        subject = self._cut_subject(ve, word.start())
        if subject is None:
            return None
        after = word.end()
        inner = _INNER_VERB_RE.match(self.sh, after)
        if inner is not None:
            after = inner.end()
        an = _AN_AFTER_PREP_RE.match(self.sh, after)
        if an is not None:
            after = an.end()
        content_start, content_end, quoted, end = self._content(after, se, True)
        if content_end - content_start < 2:
            return None
        if not clitic:
            b_pos = self._lookback(ss, m.start())[0]
            self._cut_previous(before, b_pos)
        else:
            self._cut_previous(before, m.start())
        who = self._resolve(subject, form.gender)
        self._remember(who)
        # The inner "أكدت فيه" is part of this statement, not another one.
        self.claimed = max(self.claimed, content_start)
        return _draft(index, fs, (fs, ve), subject, who, (content_start, content_end), quoted, end)

    def _read_participle(
        self, m: re.Match[str], form: _Form, index: int, ss: int, se: int, before: list[_Draft]
    ) -> _Draft | None:
        """ "، مشيرة إلى أن ..." continues the statement before it with the same speaker."""
        sh = self.sh
        i = m.start() - 1
        while i >= ss and sh[i] == " ":
            i -= 1
        if i < ss or sh[i] != ",":
            return None
        fs, ve = m.start("form"), m.end("form")
        marker = self._find_marker(form, ve, min(se, ve + 120), participle=True)
        if marker is not None:
            content_start = marker[1]
        elif form.object_ok:
            adv = _ADVERBIAL_RE.match(sh, ve, se)
            content_start = adv.end() if adv else ve
        else:
            return None
        if before:
            last = before[-1]
            who = _Speaker(last.speaker_canonical or "", last.speaker_kind, "m", frozenset(), last.via, last.via_key)
        else:
            found = self.speakers[-1] if self.speakers else None
            if found is None:
                return None
            who = found
        content_start, content_end, quoted, end = self._content(content_start, se, marker is not None)
        if content_end - content_start < 2:
            return None
        self._cut_previous(before, i)
        return _draft(index, fs, (fs, ve), None, who, (content_start, content_end), quoted, end)

    def _read_relay(
        self, m: re.Match[str], form: _Form, index: int, ss: int, se: int, before: list[_Draft]
    ) -> _Draft | None:
        """ "ونقلت وكالة “رويترز” عن مسؤول أميركي كبير، قوله إن ..." (via + speaker + content)."""
        sh = self.sh
        fs, ve = m.start("form"), m.end("form")
        frm = _RELAY_FROM_RE.search(sh, ve, min(se, ve + 90))
        if frm is None:
            return None
        via = _strip_span(sh, ve, frm.start())
        end_sp = _RELAY_END_RE.search(sh, frm.end(), min(se, frm.end() + 90))
        if end_sp is None:
            return None
        speaker = _strip_span(sh, frm.end(), end_sp.start())
        if speaker is None:
            return None
        # Content marker after the speaker: "، قوله إن", "، أن", "تأكيدها أن", ":".
        marker = None
        for mk in _MARKER_RE.finditer(sh, end_sp.start(), min(se, end_sp.start() + 80)):
            if mk.group("colon"):
                marker = mk.end()
                break
            if mk.group("an"):
                marker = mk.end()
                break
        if marker is None:
            return None
        if not m.group("cl"):
            b_pos, _, chunk = self._lookback(ss, m.start())
            if chunk is not None and chunk[1] > chunk[0]:
                return None
        else:
            b_pos = m.start()
        content_start, content_end, quoted, end = self._content(marker, se, True)
        if content_end - content_start < 2:
            return None
        self._cut_previous(before, b_pos)
        via_key = self._relay_outlet(via) if via is not None else None
        who = self._resolve(speaker)
        who.via, who.via_key = via, via_key
        self._remember(who)
        return _draft(index, fs, (fs, ve), speaker, who, (content_start, content_end), quoted, end)

    def _relay_outlet(self, via: tuple[int, int]) -> str | None:
        """Remember the relaying outlet (a later "الوكالة" is it) and return its source key."""
        via_text = self.text[slice(*self.shadow.to_original(*via))]
        info = canonical_source(via_text)
        name = info.name_ar if info and info.name_ar else canonical_speaker(via_text)
        generic = _GENERIC_BY_KIND.get(info.kind, "") if info else ""
        tokens = frozenset([*key_tokens(name), *key_tokens(via_text), generic])
        self._remember(_Speaker(name, "news_outlet", "f", tokens))
        return info.key if info else None

    def _relaying_subject(self, ss: int, b_pos: int) -> tuple[int, int] | None:
        """ "وذكرت قناة «القاهرة الإخبارية»، نقلا عن مصدر ...": the outlet is the subject of the verb before."""
        last = None
        for t in self.lex.trigger.finditer(self.sh, ss, b_pos):
            last = t
        if last is None:
            return None
        form = self.lex.forms[" ".join(last.group("form").split())]
        if form.formula is not None or form.participle:
            return None
        via = _strip_span(self.sh, last.end("form"), b_pos)
        if via is None or len(_WORD_RE.findall(self.sh, via[0], via[1])) > 6:
            return None
        return via

    def _read_formula(
        self, m: re.Match[str], form: _Form, index: int, ss: int, se: int, before: list[_Draft]
    ) -> _Draft | None:
        sh = self.sh
        fs, ve = m.start("form"), m.end("form")
        if form.formula == "trailing":
            # "... على حد قوله": the content is the clause before, the speaker the current one.
            found = self._implicit(form.gender)
            if found is None:
                return None
            b_pos = self._lookback(ss, _back_to_comma(sh, ss, m.start()))[0]
            start = b_pos + 1 if b_pos > ss or sh[b_pos] in ",;:" else ss
            content = _strip_span(sh, start, m.start())
            if content is None:
                return None
            return _draft(index, content[0], (fs, ve), None, found, content, False, ve)
        b_pos, _, chunk = self._lookback(ss, m.start())
        at_clause_start = chunk is None or chunk[1] <= chunk[0]
        np_start = ve
        if form.formula == "lam":
            j = ve
            while j < se and sh[j] == " ":
                j += 1
            if j >= se or sh[j] != "ل":
                return None
            np_start = j + 2 if sh.startswith("لل", j) else j + 1
        comma = _CUT_RE.search(sh, np_start, min(se, np_start + 70))
        if comma is not None and sh[comma.start()] == "," and at_clause_start:
            speaker = _strip_span(sh, np_start, comma.start())
            if speaker is None or len(_WORD_RE.findall(sh, speaker[0], speaker[1])) > 6:
                return None
            start = comma.end()
            fa = _FA_INNA_RE.match(sh, start)
            if fa is not None:
                start = fa.end()
            content_start, content_end, quoted, end = self._content(start, se, True)
            self._cut_previous(before, b_pos)
        elif at_clause_start and ss < b_pos and sh[b_pos] == "," and b_pos == _back_to_comma(sh, ss, m.start()):
            # Trailing: "...، بحسب الوكالة." — the content is the clause before the comma.
            speaker = _strip_span(sh, np_start, se)
            if speaker is None or len(_WORD_RE.findall(sh, speaker[0], speaker[1])) > 5:
                return None
            content = _strip_span(sh, ss, b_pos)
            if content is None:
                return None
            content_start, content_end, quoted, end = content[0], content[1], False, speaker[1]
        else:
            return None
        if content_end - content_start < 2 or not self._source_like(speaker):
            return None
        via = self._relaying_subject(ss, b_pos) if form.lemma == _RELAY_FORMULA and b_pos > ss else None
        via_key = self._relay_outlet(via) if via is not None else None
        who = self._resolve(speaker)
        if via is not None:
            who.via, who.via_key = via, via_key
        self._remember(who)
        start = min(fs, content_start)
        return _draft(index, start, (fs, ve), speaker, who, (content_start, content_end), quoted, end)

    # -- pieces -------------------------------------------------------------------------------------

    def _find_marker(self, form: _Form, ve: int, window: int, participle: bool = False) -> tuple[int, int] | None:
        """(marker start, content start) of the first content marker after the verb, or None."""
        sh = self.sh
        stripped = ve
        while stripped < window and sh[stripped] == " ":
            stripped += 1
        if stripped < window and sh[stripped] == '"':
            return ve, stripped  # قال "..." : a quote right after the verb
        for mk in _MARKER_RE.finditer(sh, ve, window):
            inner = self.lex.trigger.search(sh, ve, mk.start())
            if inner is not None and not self._says_participle(inner, ve):
                return None  # "يؤكد الوزير قلقه، يعلن الرئيس أن ...": the marker is the next verb's
            middle = sh[ve : mk.start()]
            n_words = len(_WORD_RE.findall(middle))
            if mk.group("colon"):
                if n_words > 12:
                    return None
                return mk.start(), mk.end()
            if mk.group("an"):
                prev = _PREV_WORD_RE.search(sh, max(ve, mk.start() - 12), mk.start())
                if prev is not None and prev.group(1) in _NOT_MARKER_BEFORE and prev.group(1) not in (form.prep,):
                    continue
                if n_words > 18:
                    return None
                return mk.start(), mk.end()
            if mk.group("prep") and mk.group("prep") == form.prep:
                an = _AN_AFTER_PREP_RE.match(sh, mk.end())
                if an is not None and n_words <= 12:
                    return mk.start(), an.end()  # "حذرت النائبة سناء البحيري من أن ...": surely the marker
                if _MEDIUM_RE.match(sh, mk.end()):
                    continue  # "مؤكدة في تدوينة على منصة إكس أنها ...": على belongs to the adverbial
                if n_words > 12 or ("," in middle and not participle):
                    continue
                if form.object_ok and not participle and middle.strip():
                    # "أكدت السفارة أهمية الاستمرار في ... على": the prep is inside the object, unless
                    # what follows the subject is a name ("الرئيس التونسي قيس سعيد إلى") or an adverbial.
                    np = _NP_RE.match(sh, ve, mk.start())
                    rest = sh[np.end() : mk.start()] if np is not None else middle
                    rest_words = _WORD_RE.findall(rest)
                    is_name = len(rest_words) <= 3 and not any(w.startswith("ال") for w in rest_words)
                    if not is_name and not _CUT_RE.search(" " + rest):
                        continue
                an = _AN_AFTER_PREP_RE.match(sh, mk.end())
                return mk.start(), (an.end() if an else mk.end())
        return None

    def _passive(self, fs: int) -> bool:
        """ "ويُتوقع أن ..." / "يُذكر أن": an imperfect voweled as a passive has no speaker."""
        at = self.shadow.to_original(fs, fs + 1)[0]
        return self.text[at + 1 : at + 2] == "\u064f"

    def _says_participle(self, inner: re.Match[str], ve: int) -> bool:
        """ "وتابع قائلا: ..." — a participle of saying right after the verb belongs to it."""
        form = self.lex.forms.get(" ".join(inner.group("form").split()))
        adjacent = not self.sh[ve : inner.start()].strip()
        return form is not None and form.participle and not inner.group("cl") and adjacent

    def _cut_subject(self, start: int, end: int) -> tuple[int, int] | None:
        lead = _OBJECT_PRONOUN_RE.match(self.sh, start, end)
        if lead is not None:
            start = lead.end()  # "وأكدت له الوزارة أن ...": the listener comes before the subject
        middle = " " + self.sh[start:end]
        cut = _CUT_RE.search(middle)
        stop = start + (cut.start() - 1 if cut else end - start)
        span = _strip_span(self.sh, start, max(start, stop))
        if span is None or len(_WORD_RE.findall(self.sh, span[0], span[1])) > 10:
            return None
        return span

    def _unglue(self, span: tuple[int, int]) -> tuple[int, int]:
        glued = _GLUED_RE.search(self.sh, span[0], span[1])
        if glued is not None and glued.end() == span[1] and glued.group(1) not in ("ا", "ن", "م", "ما", "ها", "هم"):
            return span[0], glued.start(1)
        return span

    def _looks_like_subject(self, np: str) -> bool:
        first = _WORD_RE.search(np)
        if first is None:
            return False
        word = first.group()
        if word.startswith("ال"):
            return True
        if speaker_kind(word) != "other":
            return True
        core = strip_article(word)
        return any(core in s.tokens for s in self.speakers)

    def _lookback(self, ss: int, pos: int) -> tuple[int, bool, tuple[int, int] | None]:
        """(boundary position, strong?, span of the words between the boundary and ``pos``)."""
        last = None
        for b in _BOUNDARY_RE.finditer(self.sh, max(ss, pos - 120), pos):
            last = b
        if last is None:
            b_pos, strong, after = ss, True, ss
            if pos - ss > 120:
                return pos, False, (ss, pos)
        else:
            b_pos, strong, after = last.start(), last.group() not in _WEAK_BOUNDARIES, last.end()
        chunk_text = self.sh[after:pos]
        qad = _TRAILING_QAD_RE.search(chunk_text)
        end = after + (qad.start() if qad else len(chunk_text))
        lead = _CHUNK_LEAD_RE.match(self.sh, after, end)
        if lead is not None:
            after = lead.end()  # "أما وزير المالية فقد أكد", "وعادت الوزارة لتؤكد"
        chunk = _strip_span(self.sh, after, end)
        if chunk is None:
            return b_pos, strong, None
        return b_pos, strong, chunk

    def _before_aside(self, ss: int, b_pos: int, pos: int) -> tuple[int, int] | None:
        """ "وزير الطاقة، رامي خليل، أوضح" / "الوزارة، من جانبها، أوضحت": the subject before the aside."""
        sh = self.sh
        if sh[b_pos] != "," or sh[b_pos + 1 : pos].strip():
            return None
        prev_comma = sh.rfind(",", ss, b_pos)
        if prev_comma < 0:
            return None
        aside = sh[prev_comma + 1 : b_pos].strip()
        words = aside.split()
        is_aside = _ASIDE_RE.fullmatch(aside) is not None
        is_name = 0 < len(words) <= 3 and not any(w.startswith("ال") for w in words)
        if not (is_aside or is_name):
            return None
        start = ss
        for b in _BOUNDARY_RE.finditer(sh, max(ss, prev_comma - 120), prev_comma):
            start = b.end()
        lead = _CHUNK_LEAD_RE.match(sh, start, prev_comma)
        return _strip_span(sh, lead.end() if lead else start, prev_comma)

    def _svo_ok(self, chunk: tuple[int, int]) -> bool:
        # At most 7 words are read: a long chunk must not cost its length on every trigger.
        words = [w.group() for w in islice(_WORD_RE.finditer(self.sh, chunk[0], chunk[1]), 7)]
        if not words or len(words) > 6 or self.sh.find(",", chunk[0], chunk[1]) >= 0:
            return False
        head = words[0]
        if head in ("في", "من", "علي", "الي", "عن", "مع", "هذا", "هذه", "ذلك", "تلك"):
            return False
        if speaker_kind(head) != "other":
            return True
        core = strip_article(head)
        return any(core in s.tokens for s in self.speakers)

    def _source_like(self, span: tuple[int, int]) -> bool:
        """ "بحسب الشرطة" / "وفق مصادر" name a source; "وفق جدول زمني" / "وفقا للقانون" do not."""
        first = _WORD_RE.search(self.sh, span[0], span[1])
        if first is None:
            return False
        word = first.group()
        if strip_article(word) in _NOT_SOURCES:
            return False
        return word.startswith("ال") or speaker_kind(word) != "other" or lookup_source(word) is not None

    def _fi_hi(self, ve: int) -> bool:
        """ "أشارت فيه إلى ..." — a verb in a statement's own relative clause has an implicit subject."""
        return re.match(r"\s*(?:فيه|فيها)(?!\w)", self.sh[ve : ve + 8]) is not None

    def _content(self, start: int, se: int, may_quote: bool) -> tuple[int, int, bool, int]:
        """(content start, content end, is direct quote, statement end) from ``start``.

        What follows a colon is a direct quote even without quote marks ("وقال المحافظ: لن نسمح ...").
        """
        sh = self.sh
        j = start - 1
        while j >= 0 and sh[j] in " \t":
            j -= 1
        after_colon = j >= 0 and sh[j] == ":"
        i = start
        while i < se and sh[i] in " \t:":
            after_colon = after_colon or sh[i] == ":"
            i += 1
        start = i
        if may_quote and i < se and sh[i] == '"':
            para_end = sh.find("\n", i)
            if para_end < 0:
                para_end = len(sh)
            close = self._quote_end(i, para_end)
            if close is not None and _WORD_AFTER_QUOTE_RE.match(sh, close + 1, se):
                close = None  # "إن “داعش” لم يعد ...": a quoted name, not a quotation
                span = _strip_span(sh, start, se) or (start, start)
                return span[0], span[1], False, span[1]
            if close is not None:
                span = _strip_span(sh, i + 1, close) or (i + 1, i + 1)
                return span[0], span[1], True, close + 1
            span = _strip_span(sh, i + 1, para_end) or (i + 1, i + 1)
            return span[0], span[1], True, span[1]
        span = _strip_span(sh, start, se) or (start, start)
        return span[0], span[1], may_quote and after_colon, span[1]

    def _quote_end(self, open_pos: int, limit: int) -> int | None:
        """Position of the quote mark closing the one at ``open_pos`` in the same paragraph."""
        sh, text, to_orig = self.sh, self.text, self.shadow.to_original
        opener = text[to_orig(open_pos, open_pos + 1)[0]]
        closer = {"“": "”", "«": "»", "”": "“", "»": "«"}.get(opener)
        depth = 1
        i = sh.find('"', open_pos + 1, limit)
        while i >= 0:
            ch = text[to_orig(i, i + 1)[0]]
            if closer is not None:
                if ch == opener:
                    depth += 1
                elif ch == closer:
                    depth -= 1
            else:
                before = sh[i - 1] if i > 0 else " "
                after = sh[i + 1] if i + 1 < len(sh) else " "
                if (before.isspace() or before in "(ل") and not after.isspace() and after not in ".,;:":
                    depth += 1
                else:
                    depth -= 1
            if depth == 0:
                return i
            i = sh.find('"', i + 1, limit)
        return None

    def _cut_previous(self, before: list[_Draft], boundary: int) -> None:
        """A new statement in the same sentence ends the (unquoted) content of the one before."""
        if not before:
            return
        prev = before[-1]
        if prev.quoted or not (prev.content[0] < boundary < prev.content[1]):
            return
        span = _strip_span(self.sh, prev.content[0], boundary)
        if span is not None:
            prev.content = span
            prev.end = span[1]

    def _resolve(self, span: tuple[int, int], gender: str | None = None) -> _Speaker:
        """An explicit speaker, new or earlier: definite anaphors ("المسؤول") resolve to earlier ones.

        ``gender`` is the verb's agreement; without a verb it comes from the noun. A parenthesised
        other name right after the speaker ("وزارة الدفاع الأميركية (البنتاغون)") is remembered
        with it, so a later "البنتاغون" is the same speaker.
        """
        original = self.text[slice(*self.shadow.to_original(*span))]
        canonical = canonical_speaker(original)
        found, earlier = self._identify(span, canonical)
        if earlier:
            return _Speaker(found.canonical, found.kind, gender or found.gender, found.tokens, found.via, found.via_key)
        canonical, kind = found.canonical, found.kind
        aka = _APPOSITION_RE.match(self.sh, span[1])
        extra = key_tokens(aka.group(1)) if aka is not None else []
        tokens = frozenset(key_tokens(canonical) + extra)
        return _Speaker(canonical, kind, gender or noun_gender(canonical), tokens)

    def _identify(self, span: tuple[int, int], canonical: str) -> tuple[_Speaker, bool]:
        """(speaker, is an earlier one): the earlier speaker ``canonical`` refers back to, else a new
        one with only name and kind set."""
        info = lookup_source(canonical)
        if info is not None and info.kind != "government_body":
            kind = "think_tank" if info.kind == "think_tank" else "news_outlet"
            return _Speaker(info.name_ar or canonical, kind, "f", frozenset()), False
        words = fold(canonical).split()
        tokens = key_tokens(canonical)
        if len(tokens) >= 2 and tokens[-1] in _SAME_WORDS and self.speakers:
            return self.speakers[-1], True  # "المصدر نفسه", "المتحدث ذاته": the speaker just quoted
        if tokens and tokens[0] in _ANAPHOR_DROP:
            tokens = tokens[1:]
            definite = True
        else:
            definite = bool(words) and words[0].startswith("ال")
        if len(tokens) == 1 and not definite and speaker_kind(canonical) == "other":
            definite = True  # a bare surname ("ويقول عواد") refers back to the full name
        if definite and tokens and len(tokens) <= 3:
            wanted = set(tokens)
            for entry in reversed(self.speakers):
                if wanted <= entry.tokens and entry.canonical != canonical:
                    return entry, True
            if len(tokens) == 1 and tokens[0] in _THINK_TANK_REPORT:
                publisher = self._report_publisher(span, tokens[0])
                if publisher is not None:
                    return publisher, False
            if len(tokens) <= 2:
                named = self._named_earlier(span, tokens)
                if named is not None:
                    return named, False
        return _Speaker(canonical, speaker_kind(canonical), "m", frozenset()), False

    def _report_publisher(self, span: tuple[int, int], report_word: str) -> _Speaker | None:
        """ "وحذر التقرير" after "أصدر معهد “نيو لاين” ... توصية": the report speaks for its institute."""
        last = None
        for hit in finditer_near(_INSTITUTE_RE, self.sh, _INSTITUTE_WORDS, 3, 0, span[0]):  # [وبل]? + ال
            last = hit
        if last is None:
            return None
        original = self.text[slice(*self.shadow.to_original(last.start("name"), last.end("name")))]
        canonical = canonical_speaker(original)
        tokens = frozenset([*key_tokens(canonical), report_word])
        return _Speaker(canonical, "think_tank", "m", tokens)

    def _named_earlier(self, span: tuple[int, int], tokens: list[str]) -> _Speaker | None:
        """ "وقالت المفوضية" after "المفوضية السامية للأمم المتحدة لشؤون اللاجئين" (not a speaker yet):
        the latest earlier noun phrase headed by the same word and longer than the anaphor."""
        head = re.compile(r"(?<!\w)[وفبل]?(?P<np>(?:ال|لل)?" + re.escape(tokens[0]) + r")(?!\w)")
        best: tuple[int, int] | None = None
        for hit in finditer_near(head, self.sh, tokens[:1], 3, 0, span[0]):  # [وفبل]? + ال / لل
            tail = _NP_TAIL_RE.match(self.sh, hit.end())
            if not tail.group().strip():
                continue
            np_tokens = key_tokens(self.sh[hit.start("np") : tail.end()])
            if len(np_tokens) > len(tokens) and set(tokens) <= set(np_tokens):
                best = (hit.start("np"), tail.end())
        if best is None:
            return None
        original = self.text[slice(*self.shadow.to_original(*best))]
        if original.startswith("لل"):
            original = "ال" + original[2:]
        canonical = canonical_speaker(original)
        return _Speaker(canonical, speaker_kind(canonical), noun_gender(canonical), frozenset(key_tokens(canonical)))

    def _remember(self, who: _Speaker) -> None:
        self.speakers.append(who)

    def _implicit(self, gender: str) -> _Speaker | None:
        for entry in reversed(self.speakers):
            if entry.gender == gender:
                return entry
        return self.speakers[-1] if self.speakers else None

    # -- records ---------------------------------------------------------------------------------------

    def _finish(self, d: _Draft) -> Statement | None:
        text, to_orig = self.text, self.shadow.to_original
        start, end = to_orig(d.start, max(d.start, d.end))
        c_start, c_end = to_orig(*d.content)
        v_start, v_end = to_orig(*d.verb)
        if c_end <= c_start:
            return None
        sp_start = sp_end = None
        speaker_text = None
        if d.speaker is not None:
            sp_start, sp_end = to_orig(*d.speaker)
            speaker_text = text[sp_start:sp_end]
            start = min(start, sp_start)
            end = max(end, sp_end)
        start = min(start, v_start, c_start)
        end = max(end, c_end)
        via_text = None
        if d.via is not None:
            via_text = text[slice(*to_orig(*d.via))]
        return Statement(
            sentence_index=d.sentence_index,
            char_start=start,
            char_end=end,
            surface_text=text[start:end],
            speaker_text=speaker_text,
            speaker_canonical=d.speaker_canonical,
            speaker_kind=d.speaker_kind,
            verb_text=text[v_start:v_end],
            content_text=text[c_start:c_end],
            content_start=c_start,
            content_end=c_end,
            is_direct_quote=d.quoted,
            speaker_start=sp_start,
            speaker_end=sp_end,
            via_text=via_text,
            via_source_key=d.via_key,
            actor_key=actor_key(d.speaker_canonical, d.speaker_kind) if d.speaker_canonical else None,
        )


def _draft(
    index: int,
    start: int,
    verb: tuple[int, int],
    speaker: tuple[int, int] | None,
    who: _Speaker,
    content: tuple[int, int],
    quoted: bool,
    end: int,
) -> _Draft:
    """A draft statement of ``who``; it keeps the outlet that relays ``who``'s account, if any."""
    return _Draft(index, start, verb, speaker, who.canonical, who.kind, content, quoted, end, who.via, who.via_key)


def _name_end(sh: str, pos: int, window: int) -> int:
    """End of a personal name after a title at ``pos``, or ``pos`` when no given name starts there.

    The first word is a known given name (``lexicons/given_names.txt``; "عبد/أبو" take the next word
    with them), then one more word, then only a definite surname: "فؤاد حسين", "نجلاء المنقوش",
    "محمد شياع السوداني", "عبد اللطيف رشيد". A word ending in ه/ها/هم (an attached pronoun or ة:
    "مخاوفه") ends the name.
    """
    words = list(islice(_WORD_RE.finditer(sh, pos, window), 4))
    if not words or sh[pos : words[0].start()].strip() or words[0].group() not in _given_names():
        return pos
    end = words[0].end()
    given = 2 if words[0].group() in _NAME_PREFIXES else 1  # "عبد اللطيف" is one given name
    for i, word in enumerate(words[1:], start=1):
        w = word.group()
        definite = w.startswith("ال")
        if sh[end : word.start()].strip() or w.endswith(("ه", "ها", "هم")) or (i > given and not definite):
            break
        end = word.end()
        if definite and i >= given:
            break  # a definite surname ends the name
        if i == given and i + 1 < len(words) and not words[i + 1].group().startswith("ال"):
            break  # "فؤاد حسين رفض": after given name and one more word, only a definite surname
    return end


@cache
def _given_names() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in read_lexicon("given_names.txt"))


def _is_prose(text: str) -> bool:
    """Body prose, not a headline or a menu line: ends like a sentence, or is long."""
    n_words = text.count(" ") + 1
    if n_words < 3:
        return False
    ends_like_prose = text.rstrip()[-1:] in _PROSE_END
    return (ends_like_prose and n_words >= 4) or (ends_like_prose and ":" in text) or n_words >= 20


def _strip_span(sh: str, start: int, end: int) -> tuple[int, int] | None:
    """Span without surrounding blanks/punctuation and without an unmatched trailing quote."""
    while start < end and sh[start] in " \t\n,;:.":
        start += 1
    while end > start and sh[end - 1] in " \t\n,;:.!?":
        end -= 1
    if end > start and sh[end - 1] == '"' and sh.count('"', start, end) % 2 == 1:
        end -= 1
        while end > start and sh[end - 1] in " \t\n,;:.!?":
            end -= 1
    if end > start and sh[start] == '"' and sh.count('"', start, end) % 2 == 1:
        start += 1
    return (start, end) if end > start else None


def _back_to_comma(sh: str, ss: int, pos: int) -> int:
    """Position of the comma just before ``pos`` (blanks allowed between), else ``pos``."""
    i = pos - 1
    while i >= ss and sh[i] == " ":
        i -= 1
    return i if i >= ss and sh[i] == "," else pos
