"""The crisis-signal screen: a deterministic lexicon-and-regex check that every piece of typed text passes through first."""

# Design notes (content brief §4.4):
# - Fail closed. When a phrase could be a crisis or could be ordinary talk, it is flagged;
#   the bot then asks one direct question ("I'm safe" / "I'm not safe" / "Show me help lines"),
#   which costs far less than missing a real disclosure.
# - Negation never silences. "I'm not going to hurt myself" is still flagged, only marked
#   `negated` so the bot can use the gentle check instead of the full crisis flow.
# - Text and patterns go through the same squeeze (runs of a letter become one letter), so
#   "diiiie", "kil" and "kill" all meet the pattern written as "kill". Patterns below are
#   therefore written in ordinary spelling; never rely on a doubled letter to tell words apart.
#
# Known over-flags we accept (fail closed; each gets, at most, the one-question check):
# - any mention of suicide, overdose, self-harm, rape or an eating disorder, even in a news or
#   film context ("the movie was about suicide prevention");
# - accidental injury: "I cut myself shaving", "I burned myself cooking", "hurt myself at the gym";
# - hyperbole about people: "I could kill him" (but not "I could kill for a coffee");
# - emotional hurt or fright: "he hurt me", "he scared me", "he's so controlling", "walking on eggshells",
#   "he'd be better off without me", "I'll die if he leaves", "so embarrassed I wanted to die"
#   ("die of embarrassment" itself stays clear);
# - "I don't want to hurt him" (flagged as negated, so only the gentle check);
# - distress idioms: "I can't take it anymore", "I can't do this anymore", "I can't breathe",
#   "chest feels tight", "I want it all to stop";
# - "end it" / "ending it" unless followed by "with", "between", "there" and the like
#   (so "I'm ending it with him" stays clear);
# - illness or medicine: "I threw up after dinner", laxatives, "took all my pills";
# - "rapped" (the squeeze turns it into "raped"); "he threw me a party" is excluded but
#   "they hit me with questions" is not;
# - family violence ("my dad hits me") routes to partner_violence: domestic-abuse lines cover family.
#
# Known under-flags (documented choices; the ordinary-language ones have a test that they stay clear):
# - "I want to disappear" without "forever / for good / permanently" (a common shame image here);
# - "I'm done" on its own; "I'll make him pay"; "I'll hurt him" (usually emotional; "I'll kill him"
#   and "I'm going to hurt him" are flagged); "kill me now", "I'd rather die than text first";
#   "sh" / "kys" (too ambiguous as tokens);
# - ages said of other people or in the past: "my kids aged 12 and 14", "she's 14", "when I was 12";
# - "I'm 5" ... "I'm 10" without "years old" (check-in ratings look the same);
# - "he pushes me away", "it hit me that...", "he hit me up" (texted), "I'm ending it with him";
# - letters hidden behind symbols ("k-i-l-l" and "k.i.l.l" are caught, "k*ll" is not),
#   and text in languages other than English.
# Apostrophes of every shape are dropped rather than unified, so "don't", "don’t" and "dont" read alike.

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class Category(StrEnum):
    """A kind of crisis signal; each routes to its own resources in the crisis flow."""

    SUICIDE = "suicide"
    SELF_HARM = "self_harm"
    HARM_TO_OTHERS = "harm_to_others"
    PARTNER_VIOLENCE = "partner_violence"
    SEXUAL_ASSAULT = "sexual_assault"
    MINOR_ABUSE = "minor_abuse"
    EATING_DISORDER = "eating_disorder"
    MEDICAL_EMERGENCY = "medical_emergency"


@dataclass(frozen=True)
class ScreenResult:
    """What the screen found: the signal categories, and whether every match was negated."""

    categories: frozenset[Category]
    negated: bool

    @property
    def flagged(self) -> bool:
        """True when any category matched, negated or not."""
        return bool(self.categories)


HELP_WORDS = frozenset({"help", "crisis", "emergency", "sos"})

# ---------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------

_APOSTROPHES = str.maketrans({ch: None for ch in "'’‘´`ʼʹ′‛＇"})
# Cyrillic and Greek letters that look Latin; swapping one in is an easy way past a word list.
_HOMOGLYPHS = str.maketrans(
    {
        "а": "a",
        "е": "e",
        "ё": "e",
        "о": "o",
        "р": "p",
        "с": "c",
        "х": "x",
        "у": "y",
        "і": "i",
        "ј": "j",
        "ѕ": "s",
        "к": "k",
        "һ": "h",
        "ԁ": "d",
        "ӏ": "l",
        "α": "a",
        "ε": "e",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
    }
)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"})
_Y_SLASH_O = re.compile(r"\by ?/ ?o\b")
# Hyphens, dashes and underscores join words ("self-harm", "kill_myself"); make them spaces.
_JOINERS = re.compile(r"[\-‐‑‒–—―_~+=*#]+")
_BANG_IN_WORD = re.compile(r"(?<=[a-z])[!|](?=[a-z])")
_AT_SIGN = re.compile(r"@(?=[a-z])")
_DOLLAR = re.compile(r"\$(?=[a-z])")
_MIXED_TOKEN = re.compile(r"\b(?=[a-z0-9]*[a-z])(?=[a-z0-9]*[013457])[a-z0-9]+\b")
# "15yo", "14years", "10am": a number with a word stuck on is a quantity, never leetspeak.
_NUMBER_THEN_WORD = re.compile(r"\d+[a-z]+")
_SPACED_LETTERS = re.compile(r"\b(?:[a-z][ .]){3,}[a-z]\b")
_SQUEEZE = re.compile(r"([a-z])\1+")
_SPACES = re.compile(r"\s+")


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _drop_format_characters(text: str) -> str:
    # Zero-width spaces, soft hyphens and bidi marks are invisible and split words apart.
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def _leet_token(match: re.Match[str]) -> str:
    token = match.group(0)
    if _NUMBER_THEN_WORD.fullmatch(token):
        return token
    return token.translate(_LEET)


def _finish(text: str) -> str:
    text = _SPACED_LETTERS.sub(lambda m: re.sub(r"[ .]", "", m.group(0)), text)
    text = _SQUEEZE.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()


def _normalise(text: str) -> tuple[str, str]:
    """The text as the patterns see it: once as typed (for ages) and once with leetspeak undone."""
    # Plain ASCII has no format characters or accents; skipping the per-character passes keeps
    # long notes fast.
    if not text.isascii():
        # Before NFKC, which would turn an acute-accent apostrophe into a space and a combining mark.
        text = _drop_format_characters(text).translate(_APOSTROPHES)
    text = unicodedata.normalize("NFKC", text).casefold()
    if not text.isascii():
        text = _strip_accents(text.translate(_HOMOGLYPHS))
    text = text.translate(_APOSTROPHES)
    text = _Y_SLASH_O.sub("yo", text)
    text = _JOINERS.sub(" ", text)
    text = _BANG_IN_WORD.sub("i", text)
    text = _AT_SIGN.sub("a", text)
    text = _DOLLAR.sub("s", text)
    plain = _finish(text)
    if not _MIXED_TOKEN.search(text):
        return plain, plain
    return plain, _finish(_MIXED_TOKEN.sub(_leet_token, text))


# ---------------------------------------------------------------------------
# Pattern building blocks (written in plain spelling; squeezed at compile time)
# ---------------------------------------------------------------------------

_MACROS = {
    "<ME>": r"(?:my ?self|my ?slef|my ?sef|myslf|meself|my ?sel)\b",
    "<IM>": r"(?:i am|im|i m|iam)",
    "<CANT>": r"(?:cant|cannot|can not|cnt|cant even)",
    "<FEAR>": r"(?:afraid|scared|terrified|frightened|frightend|fearful|petrified|scard)",
    "<PARTNER>": (
        r"(?:partner|husband|hubby|wife|wifey|boyfriend|girlfriend|bf|gf|ex|ex husband|ex wife|"
        r"ex boyfriend|ex girlfriend|ex partner|fiance|fiancee|spouse|other half|so|man|lover|date|"
        r"dad|father|mum|mom|mother|stepdad|step dad|stepfather|stepmom|stepmum|stepmother|parents?|"
        r"brother|sister|uncle|aunt|grandpa|grandad|grandfather|cousin|son|daughter|roommate|flatmate)"
    ),
    "<OTHERS>": (
        r"(?:partner|husband|hubby|wife|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee|spouse|"
        r"dad|father|mum|mom|mother|stepdad|stepmom|stepmum|parents?|brother|sister|son|daughter|"
        r"kids?|children|child|baby|neighbou?r|neighbou?rs|coworker|co worker|colleague|teacher|boss|"
        r"family|roommate|flatmate|new (?:boyfriend|girlfriend|partner|wife|husband)|affair partner)"
    ),
    # Third-person subjects; "hel"/"shel" are "he'll"/"she'll" after apostrophes go and letters squeeze.
    "<SUBJ>": r"(?:he|she|they|hes|shes|theyre|hel|shel|theyl|hed|shed|theyd|my <PARTNER>)",
    # Words that can sit between a subject and a verb, negations included so "he never hit me"
    # is still found (and then marked negated) rather than slipping past.
    "<ADV>": (
        r"(?:(?:has|have|had|been|is|s|was|were|are|keeps|kept|keep|always|often|sometimes|just|"
        r"really|even|again|also|then|once|used to|would|will|started|starts|start|tried to|tries to|"
        r"still|never|didnt|doesnt|dont|did not|does not|do not|wont|wouldnt|not|ever|actually|"
        r"literally|physically|basically|almost|nearly|constantly|repeatedly|regularly|gets|got|"
        r"finally|already|occasionally|like|totally|apparently|allegedly) )*"
    ),
    "<OBJ>": (
        r"(?:him|her|them|you|u|someone|somebody|everyone|everybody|people|my <OTHERS>|his <OTHERS>|"
        r"her <OTHERS>|their <OTHERS>|the <OTHERS>|that (?:guy|girl|woman|man|bitch|bastard|asshole|prick)|"
        r"this (?:guy|girl|woman|man))"
    ),
    # Lookbehinds, not consumed text, so every pattern starts at a word (the scan only tries word starts).
    "<CLAUSE_START>": r"(?:^|(?<=[.,;:!?(])|(?<=[.,;:!?(] ))",
    "<AGE_BARE>": r"(?:1[1-7]|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)",
    "<AGE_ANY>": (
        r"(?:[5-9]|1[0-7]|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
        r"sixteen|seventeen)"
    ),
    "<AGE_SUFFIX>": r" ?(?:(?:years?|yrs?|yr) ?old|(?:years?|yrs?) of age|yo|y o)\b",
    # A bare number after "I'm" is only an age when no unit, rating or time follows it.
    "<NOT_A_QUANTITY>": (
        r"(?![:/.,]\d)(?! ?(?:%|percent|pc\b|minutes?|mins?\b|hours?|hrs?\b|h\b|days?|weeks?|wks?\b|"
        r"months?|mos?\b|seconds?|secs?\b|stone|st\b|lbs?\b|pounds?|kgs?\b|kilos?|ft\b|feet|foot|"
        r"inches|cm\b|miles?|km\b|k\b|steps|pages|times|points|pts\b|dollars|euros|quid|bucks|"
        r"sessions|episodes|calls|texts|messages|people|out of|of\b|x\b|th\b|st\b|nd\b|rd\b|"
        r"am\b|pm\b|o ?clock|and a half|ish\b|hundred|thousand|grand|years? (?!old)))"
    ),
}

# One entry per signal. Several patterns sit in two categories on purpose (an overdose is
# both a medical emergency and, with intent, a suicide signal).
_SUICIDE = (
    r"\b(?:kill|killed|killing|kills|murder|murdering|hang|hanging|hanged|offing|poison|poisoning|"
    r"poisoned|gas|gassing|suffocate|suffocating|strangle|strangling) <ME>",
    # "shoot myself in the foot" and "drown myself in work" are idioms.
    r"\b(?:shoot|shooting|shot|drown|drowning|drowned) <ME>(?! in\b)",
    r"\bkms\b",
    r"\bunalive\w*",
    r"\bun alive (?:my ?self|me)\b",
    r"\bsewer ?slide\w*",
    r"\bself ?delet\w*",
    r"\bsu[iy]?[cs]{1,2}[iy]?d(?:e|es|al|aly|ality|ing|ed)?\b",
    r"\b(?:end|ending|ended) it all\b",
    r"\b(?:end|ending) it\b(?! (?:with|between|off|on|there|here|early|at|for (?:the day|today|now)|now (?:with|between)))",
    r"\b(?:end|ending|take|taking) (?:my|my own|this) (?:life|existence)\b(?! back)",
    r"\bend (?:the|this|my) (?:pain|suffering)\b",
    r"\bbetter off dead\b",
    r"\b(?:better|happier|easier)(?: off)? (?:without me|if i (?:was|were) (?:dead|gone)|"
    r"if i (?:wasnt|werent|was not|were not) (?:here|around|alive|born)|if i (?:died|disappeared|killed))\b",
    r"\b(?:dont|do not|didnt|never|no longer|not|dont even|dont really) (?:really |even )?"
    r"(?:want|wana|wanted|wish|feel like)(?: to)? (?:be here|be alive|live|living|exist|existing|be around|"
    r"go on|keep going|keep living|carry on|be on this earth|be in this world)\b"
    r"(?! (?:a|an|the|with|without|in|at|near|together|there|alone|by|holiday|vacation|dates?|trips?|"
    r"that|his|her|their|our|my|here|next|close|so|far|until)\b)",
    r"\b(?:want|wana|wish i could|i could|need) (?:to )?(?:just )?(?:stop|quit) (?:existing|living|being alive|breathing)\b",
    r"\b(?:no|dont have a|dont have any|do not have a|have no|lost (?:my|the|all)|lost all) "
    r"(?:reason|reasons|will|point|purpose) (?:to|in|for)(?: me to)? (?:live|living|go on|going on|be alive|"
    r"being alive|be here|being here|exist|existing|keep going|carry on|carrying on|life|wake up|waking up)\b",
    r"\bnothing (?:left )?to live for\b",
    r"\bwhats the point (?:of|in) (?:living|life|going on|being alive|existing|anything any ?more|it all)\b",
    r"\b(?:life|living) (?:is|s|isnt|feels|seems) (?:so )?(?:pointless|meaningless|not worth (?:it|living))\b",
    r"\b(?:life|it) (?:isnt|is not|s not|aint) worth living\b",
    r"\bnot worth living\b",
    r"\b(?:want to|wana|wish i could|going to|i|me|could|just|to) (?:just )?(?:disappear|vanish)\w* "
    r"(?:forever|for good|permanently|from (?:this|the) (?:world|earth|planet)|off the face of the earth|"
    r"and never come back)",
    r"\b<CANT> (?:go on|keep going|carry on|live like this|keep living|be here any ?more)\b"
    r"(?! (?:a|an|the|with|holiday|vacation|dates?|trips?|about|and on|social|line|tv)\b)",
    r"\b<CANT> (?:take|do|cope with|handle|deal with|bear) (?:it|this|life|anything|much more)"
    r"(?: any ?more| much longer)\b",
    r"\b<CANT> (?:take|cope|handle|bear) (?:it )?any ?more\b",
    r"\b(?:sleep|slept|fall asleep|go to sleep|close my eyes)(?: forever)? and (?:never|not) wake(?: up)?\b",
    r"\b(?:want|wana|wish i could|i just want|hope i|hoping i|pray i|praying i) (?:to )?(?:just )?"
    r"(?:not|never|dont|wont) wake up\b",
    r"\b(?:want|wana|wish i could|i just want) (?:to )?(?:go to )?sleep forever\b",
    r"\bnothing matters any ?more\b",
    r"\b(?:im|i am) (?:so |just )?done (?:with )?(?:life|living|everything|it all|existing|this world|being alive)\b",
    r"\b(?:tired|sick|exhausted|weary) of (?:living|life|being alive|existing|waking up)\b",
    r"\bgiv(?:e|ing) up on (?:life|living|everything)\b",
    r"\b(?:no ?one|nobody|no body) (?:would|will|d|wd)(?: even)? miss me\b",
    r"\b(?:no ?one|nobody|no body) (?:would|will|d|wd)(?: even)? (?:care|notice|mind) (?:if|when) i "
    r"(?:died|die|was gone|were gone|was dead|wasnt here|wasnt around|disappeared|killed|am gone|m gone)",
    r"\b(?:dont|do not|wouldnt) care (?:if|whether) i (?:die|died|live|lived|wake up|woke up)\b",
    # "I want to die" and its kin, first person only; hyperbole like "die of embarrassment" is excluded.
    r"\b(?:i (?:(?:just|really|honestly|kind of|kinda|sometimes|still|actually|think i) )?"
    r"(?:want|wana|wanted|need|deserve|hope|wish|plan|should|will|might|may)"
    r"|<IM> (?:(?:just|really|honestly|actually) )?(?:going|gona|about|ready|planning|trying)"
    r"|il|i will|wana|want to|wanting to|wish i could|ready to|deserve to|hope i|hoping i|should just|"
    r"just want to|might as well)(?: to)? (?:just )?die\b"
    r"(?! (?:of (?:embarrassment|shame|laughter|boredom|cringe|old age|happiness)|laughing|inside|"
    r"a little|happy|old|in (?:his|her|their|your) arms|with (?:him|her|them)|for (?:him|her|them|you)|"
    r"on this hill)\b)",
    r"\b(?:wish|wished|wishing) i (?:was|were|could be) (?:dead|gone|never born)\b",
    r"\b(?:wish|wished|wishing) i (?:wasnt|werent|was not|were not|hadnt been|had never been|was never|"
    r"were never|never was) (?:alive|born|here|around)\b",
    r"\b(?:wish|wished|wishing) i (?:didnt|did not|could stop|could just stop|would stop) "
    r"(?:exist|existing|wake up|breathing|being alive|living)\b",
    r"\b(?:want|wana|rather|would rather|should|might as well|id rather|deserve to) (?:to )?(?:just )?be dead\b",
    r"\b(?:im|i am|i feel like|feel like|feel|i feel) (?:such |just |only )?a burden (?:to|on) "
    r"(?:everyone|everybody|my family|the world|all of them|people|every one)\b",
    r"\b(?:final|last) goodbye\b",
    r"\b(?:goodbye|farewell) (?:note|letter)s?\b",
    r"\b(?:wont|will not|not going to) be (?:here|around|alive) (?:much longer|for (?:much )?longer|for long|"
    r"by (?:tomorrow|the morning|morning|next week))\b",
    r"\b(?:wont|will not) be alive\b",
    r"\bjump(?:ing|ed)? (?:off|from|in front of) (?:a|the|my|this) (?:bridge|roof|building|cliff|balcony|"
    r"window|train|car|bus|truck|lorry|tower|ledge)\b",
    r"\b(?:step|stepping|walk|walking|run|running|throw myself) (?:in front of|into) (?:a |the )?"
    r"(?:train|traffic|car|bus|truck|lorry)\b",
    r"\bslit (?:my|both) (?:wrists?|throat)\b",
    r"\b(?:noose|rope) (?:for|around) my\b",
    r"\b(?:want|wana|wanted|want to|need) (?:to )?(?:be )?(?:gone|dead) forever\b",
    r"\b(?:want|wana|need|wish)(?: for)? (?:it all|everything|my life|the pain|all of this|all of it) "
    r"to (?:end|stop|be over)\b",
    r"\b(?:going to|gona|want to|wana|plan to|planning to|planning on|thinking about|thinking of|"
    r"thought about|about to|ready to|trying to|tempted to|will|il|decided to) (?:take an |do an )?"
    r"(?:overdose|overdosing|od|oding)\b",
    r"\bdr[ai]nk (?:bleach|antifreeze|poison|drain cleaner)\b",
    r"\bhomicid\w* and suicid\w*",
)

_SELF_HARM = (
    r"\b(?:hurt|hurting|hurts|harm|harming|harmed|cut|cuts|cutting|burn|burns|burned|burnt|burning|"
    r"hit|hits|hitting|punch|punched|punching|stab|stabbed|stabbing|injure|injured|injuring|mutilate|"
    r"mutilated|mutilating|bruise|bruised|bruising|slap|slapped|slapping|scratch|scratched|scratching) "
    r"<ME>(?! (?:off|out|short|some slack|loose|free|a break)\b)",
    r"\bself ?(?:harm\w*|injur\w*|mutilat\w*|hurt\w*)",
    r"\bcutting again\b",
    r"\b(?:relapsed|relapse|relapsing)(?: (?:on|into|with|in))? (?:cutting|sh|burning)\b",
    r"\b(?:cut|cutting|cuts|slice|sliced|slicing|carve|carved|carving|burn|burned|burning) "
    r"(?:my|both my|on my|into my) (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|belly|ankles?)\b",
    r"\burges? to (?:cut|burn|self harm|harm|hurt)\b"
    r"(?! (?:ties|contact|him|her|them|off|back|down|out|things|people|corners|loose|others|someone)\b)",
    r"\b(?:razor|blade)s? (?:on|to|across|into) my (?:arms?|wrists?|legs?|thighs?|skin)\b",
)

_HARM_TO_OTHERS = (
    r"\b(?:kill|killed|killing|murder|murdered|murdering|stab|stabbing|stabbed|shoot|shooting|shot|"
    r"strangle|strangling|strangled|poison|poisoning|poisoned|unalive) <OBJ>\b"
    # "shoot him a text", "killing them with kindness" are ordinary.
    r"(?! (?:a|an|the|some|my|me|back|over|off|with kindness|up|down|this|that|another|one|quick|"
    r"in the|a text|an email|at|on)\b)",
    # Physical harm, with any word of intent, including "I'll" and "I could".
    r"\b(?:want|wana|wanted|going|gona|about|ready|planning|plan|tempted|thinking about|thought about|"
    r"urge|urges|fantasi[sz]e about|fantasi[sz]ing about|decided|need|will|il|ill|im gona|ima|"
    r"i could|i might|i swear i)(?: to)? (?:really |just |seriously |fucking |actually )?"
    r"(?:harm|beat|beat up|punch|hit(?! <OBJ> up\b)|attack|choke|strangle|slap|kick|smash|run over|"
    r"burn|torture) <OBJ>\b"
    # "hit her up", "beat him at chess", "harm him by leaving" are not threats.
    r"(?!s? (?:feelings|by|if|when|with words|emotionally|any ?more|again|like|the way|as|at|in|to)\b)",
    # "Hurt" is so often emotional ("I'm afraid I'll hurt him") that it needs a plain statement
    # of intent: "I want to hurt him", "I'm going to hurt her".
    r"\b(?:want|wana|wanted|going|gona|about|ready|planning|plan|tempted|thinking about|thought about|"
    r"urge|urges|fantasi[sz]e about|fantasi[sz]ing about|decided|im gona|ima)(?: to)? "
    r"(?:really |just |seriously |fucking |actually )?hurt <OBJ>\b"
    r"(?!s? (?:feelings|by|if|when|with words|emotionally|any ?more|again|like|the way|as|at|in|to)\b)",
    r"\b(?:shoot|shot|bomb|blow up|attack|stab) (?:up )?(?:the|my|a|this|our) (?:school|office|workplace|"
    r"church|mosque|synagogue|temple|mall|class|classroom|party|clinic)\b",
    r"\bhomicid\w*",
    r"\bmass (?:shooting|murder|killing)\b",
)

_PARTNER_VIOLENCE = (
    r"\b<SUBJ> <ADV>(?:slap|slapped|slaps|slapping|punch|punched|punches|punching|"
    r"kick|kicked|kicks|kicking|choke|choked|chokes|choking|strangle|strangled|"
    r"strangles|strangling|shove|shoved|shoves|shoving|bit|bite|bites|biting|hurt|hurts|hurting|abuse|"
    r"abused|abuses|abusing|attack|attacked|attacks|attacking|assault|assaulted|assaults|assaulting|"
    r"smack|smacked|smacks|whack|whacked|threaten|threatened|threatens|threatening|burn|burned|burns|"
    r"scare|scared|scares|scaring|frighten|frightened|frightens|terrify|terrified|terrifies|terrorise|"
    r"terrorize|terrorises|terrorizes|terrorised|terrorized|intimidate|intimidates|intimidated|stalk|"
    r"stalked|stalks|stalking|rape|raped|rapes|raping|force|forced|forces|forcing|coerce|coerced|"
    r"coerces|trap|trapped|traps|isolate|isolated|isolates|isolating|control|controls|controlled|"
    r"controlling|throttle|throttled|restrain|restrained) me\b",
    # "he hit me up" is a text; "beat me at chess" a game; "grabbed me a coffee" a kindness.
    r"\b<SUBJ> <ADV>(?:hit|hits|hitting) me\b(?! up\b)",
    r"\b<SUBJ> <ADV>(?:beat|beats|beaten|beating) me\b(?! (?:at|in|to it|to the punch|by)\b)",
    r"\b<SUBJ> <ADV>(?:grab|grabbed|grabs|grabbing|drag|dragged|drags|dragging) me\b"
    r"(?! (?:a|an|some|along|to (?:a|the|this|that|his|her|their) (?:party|dinner|gym|game|movie|shop|"
    r"store|mall|concert|wedding|event|meeting|church|show|cinema))\b)",
    r"\b<SUBJ> <ADV>(?:spit|spat|spits) (?:on|at) me\b",
    r"\b<SUBJ> <ADV>(?:threaten|threatened|threatens|threatening) (?:to|me|my)\b",
    r"\b<SUBJ> <ADV>(?:pin|pinned|pins|hold|held|holds|holding) me (?:down|against|by the|up against|there|"
    r"hostage|captive)\b",
    r"\b<SUBJ> <ADV>(?:lock|locks|locked|locking|tie|tied|ties) me (?:in|out|inside|up|down)\b",
    r"\b<SUBJ> <ADV>(?:push|pushed|pushes|pushing|throw|threw|throws|throwing) me (?:down|over|against|off|onto|"
    r"into (?:a|the) (?:wall|door|table|floor|ground|car)|to the (?:ground|floor)|down the stairs|out)\b",
    r"\b(?:choked|chokes|choking|strangled|strangles|strangling|throttled) me\b(?! up\b)",
    r"\bhands? (?:around|round|on) my (?:throat|neck)\b",
    r"\b(?:threw|throws|throwing|thrown) (?:things|stuff|a \w+|his \w+|her \w+|something|objects|plates|"
    r"a plate|a glass|his phone|my phone) at me\b",
    # Monitoring: third-person verb forms only, so "I checked my phone" stays clear.
    r"\b(?:checks|goes through|looks through|monitors|tracks|spies on|hacks|hacked into|logs into|"
    r"reads) (?:all |all of )?my (?:phone|messages|texts|texting|emails?|location|whereabouts|accounts?|"
    r"social media|socials|instagram|facebook|dms|chats?|bank|bank account|money|finances|spending|"
    r"browser|browsing|history|laptop|computer|calls|call log|mail|passwords?|every move|movements)\b",
    r"\b<SUBJ> <ADV>(?:checked|checking|went through|going through|read|reading|looked through|monitored|"
    r"monitoring|tracked|tracking|spied on|spying on|hacked|hacking|logged into|controls|controlled|"
    r"controlling|watches|watched|watching) (?:all |all of )?my (?:phone|messages|texts|emails?|location|"
    r"whereabouts|accounts?|social media|socials|dms|chats?|bank|bank account|money|finances|spending|"
    r"browser|browsing|history|laptop|computer|calls|call log|mail|passwords?|every move|movements)\b",
    r"\b(?:tracker|tracking app|spyware|stalkerware|gps tracker|airtag|air tag) (?:on|in|to) my\b",
    r"\b(?:makes|made|forces|forced|wants|demands|demanded) me (?:to )?(?:share my location|give "
    r"(?:him|her|them) (?:my|all my) (?:passwords?|money|paycheck|phone|wages)|hand over my (?:phone|money)|"
    r"show (?:him|her|them) my (?:phone|messages|texts)|quit my job|stop seeing (?:my )?(?:friends|family)|"
    r"cut off (?:my )?(?:friends|family))\b",
    r"\b<SUBJ> <ADV>(?:demands|wants|takes|took|has|knows|demanded) (?:all )?my passwords?\b",
    r"\b<SUBJ> <ADV>(?:takes|took|taking|hides|hid|hiding|keeps|kept|smashed|smashes|broke|breaks|destroyed) "
    r"my (?:phone|keys|car keys|passport|money|wallet|cards?|bank cards?|id|documents|paycheck|wages)\b",
    r"\b(?:wont|will not|doesnt|does not|didnt|did not|never|dont|do not|refuses to|wouldnt) (?:let|allow) "
    r"me (?:to )?(?:leave|go|see|talk|speak|have|use|work|out|sleep|eat|call|text|spend|keep|drive|visit|"
    r"contact|get a job|wear|access|be alone|be with|meet|hang out|go out|go home)\b",
    r"\b<SUBJ> <ADV>(?:stops|stopped|stopping|keeps|kept|prevents|prevented|forbids|forbade|bans|banned) me "
    r"(?:from )?(?:seeing|talking|going|leaving|working|calling|texting|visiting|having|meeting|spending|"
    r"using|contacting|driving)\b",
    r"\b(?:im|i am|i m) not allowed to (?:see|talk|go out|go|have|leave|use|work|wear|spend|contact|meet|"
    r"call|text|drive)\b",
    r"\b(?:cut|cuts|cutting|isolated|isolates|isolating|keeps|kept) me (?:off |away )?from (?:my )?"
    r"(?:friends|family|everyone|people|support)\b",
    r"\b<FEAR> of (?:my <PARTNER>|him|them)\b(?! \w+ing\b)",
    r"\b<FEAR> of her(?= ?(?:$|[.,;:!?)]|(?:and|but|because|cause|when|so|now|sometimes|a lot|too|all|"
    r"every|at|honestly|tbh|lately|these days|though|any ?more|more|since|whenever|if)\b))",
    r"\b<FEAR> of (?:his|her|their|my <PARTNER>s) (?:temper|anger|rage|violence|outbursts|fists|hands|moods)\b",
    r"\b<FEAR> of (?:him|her|them|my <PARTNER>) (?:hurting|hitting|attacking|killing|finding|beating) me\b",
    r"\b<FEAR> (?:that )?(?:he|she|they|hel|shel|theyl|hed|shed|theyd|my <PARTNER>)"
    r"(?: (?:will|might|would|could|is going to|s going to|is gona|s gona|may))? (?:hurt|hit|kill|beat|"
    r"attack|strangle|choke)\b",
    r"\b<FEAR> of what (?:he|she|they|hel|shel|theyl|hed|shed|theyd|my <PARTNER>)"
    r"(?: (?:will|might|would|could|is going to|s going to|is gona|s gona|may))? (?:do|might do)\b",
    r"\b<FEAR> (?:to|of) (?:go|going) home\b",
    r"\b<FEAR> (?:to|of) (?:leave|leaving) (?:him|her|them|my <PARTNER>)\b",
    r"\bwalk(?:ing)? on (?:egg ?shells|eggs)\b",
    r"\b(?:abusive|abuser|domestic (?:violence|abuse)|coercive\w* control\w*|intimate partner violence)\b",
    r"\b(?:im|i am|being|been|getting) (?:physically |emotionally |verbally |financially )?abused\b",
    r"\b<SUBJ> <ADV>(?:(?:can be|gets|get|has become|becomes|became|getting) )?"
    r"(?:(?:so|very|really|super|extremely|quite|pretty|too|increasingly) )?"
    r"(?:controlling|violent|abusive|possessive|aggressive|dangerous|scary|threatening)\b",
    r"\b(?:restraining|protection|protective|non molestation) order\b",
    r"\b(?:womens|domestic violence|dv) shelter\b",
    r"\bescape (?:from )?(?:him|her|them|my <PARTNER>)\b",
)

_SEXUAL_ASSAULT = (
    r"\brap(?:e|ed|es|ing|ist|ists)\b",
    r"\bsexual(?:ly|y)? (?:assault\w*|abuse\w*|abusing|harass\w*|violence|coercion|exploit\w*|touching)",
    r"\b(?:molest|grope|groped|groping|gropes|fondle|fondled|fondles|fondling)\w*",
    r"\b(?:forc\w*|pressur\w*|coerc\w*|guilt\w*|blackmail\w*|manipulat\w*) (?:me |us )?(?:in)?to "
    r"(?:have |having |do |doing |perform |performing |give |giving )?(?:sex\b|sexual|sleep with|oral|"
    r"blow ?jobs?|watch porn|send (?:him |her |them )?(?:nudes|pics|naked)|nudes|get naked|strip)",
    r"\b(?:made|makes|make|making) me (?:to )?(?:have |do |perform |give |watch |send )?(?:sex\b|sexual|"
    r"oral|blow ?jobs?|porn|nudes|naked|sleep with|touch (?:him|her|them|his|it))",
    r"\b(?:sex|sexual|slept with me|touched me|touching me|had sex with me) (?:\w+ )?(?:when|while|even though|"
    r"after|although|though) i (?:said no|was asleep|was sleeping|was drunk|was passed out|was unconscious|"
    r"didnt want|did not want|dont want|do not want|told (?:him|her|them) (?:no|to stop)|was crying|was high)",
    r"\b(?:without (?:my )?consent|didnt consent|did not consent|never consented|non ?consensual|"
    r"couldnt consent)\b",
    r"\bi said no (?:but|and) (?:he|she|they) (?:did it anyway|kept going|didnt stop|wouldnt stop|still)\b",
    r"\b(?:wouldnt|didnt|wont|did not|would not) stop when i (?:said|told (?:him|her|them)) (?:no|stop|to stop)\b",
    r"\b(?:touch|touched|touches|touching) (?:me|my (?:private|body|breasts?|chest|crotch|genitals|privates|"
    r"vagina|penis|butt|bum|bottom)) (?:inappropriately|without|down there|there|when i (?:was|didnt)|"
    r"while i|at night|in my sleep|sexually)\b",
    r"\btouched my (?:privates|private parts|genitals)\b",
    r"\b(?:drugged me|spiked my drink|roofied)\b",
    r"\b(?:revenge porn|sextortion|(?:leaked|shared|posted|sent) my nudes|threatens? to (?:share|post|send|"
    r"leak) my (?:nudes|photos|pics|pictures|videos))\b",
    r"\btook advantage of me\b(?! (?:financially|with money)\b)",
)

_MINOR_ABUSE = (
    # "I'm 14", "im only 15", "I'm a 14 year old", "I just turned 13".
    r"<NEGATABLE>\b(?:<IM>|i just turned|just turned|i turn|<IM> turning) ?(?:(?:only|just|barely|still|now|"
    r"currently|like|almost|nearly|a|an|not) )*<AGE_ANY><AGE_SUFFIX>",
    r"<NEGATABLE>\b(?:<IM>|i just turned|just turned|i turn|<IM> turning) ?(?:(?:only|just|barely|still|now|"
    r"currently|like|almost|nearly|a|an|not) )*<AGE_BARE>\b<NOT_A_QUANTITY>",
    r"\b<IM> ?<AGE_BARE> ?(?:f|m|ftm|mtf|nb)\b",
    # Subjectless "15 yo here": only at the start of a clause, so "my 15 yo son" stays clear.
    r"<CLAUSE_START>(?:(?:and|but|hi|hey|hello) )?<AGE_ANY><AGE_SUFFIX>",
    r"<CLAUSE_START>(?:(?:im|i am) )?(?:age|aged) ?:? ?<AGE_ANY>\b",
    r"\bmy age is <AGE_ANY>\b",
    r"\b<IM> (?:only |just |still )?(?:a |an )?(?:minor|teen|teenager|underage|under age|under 18|"
    r"under eighteen|kid|child|young teen|schoolgirl|schoolboy|school girl|school boy)\b"
    r"(?! (?:at heart|of|in a|inside|again|mom|mum|dad|parent)\b)",
    r"\b<IM> (?:still )?in (?:middle school|high school|junior high|secondary school|primary school|"
    r"elementary school|sixth form|year (?:[7-9]|1[0-3]|seven|eight|nine|ten|eleven|twelve)|"
    r"grade (?:[5-9]|1[0-2])|(?:[5-9]|1[0-2])th grade|(?:fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth) grade)\b",
    r"\bi go to (?:middle|high|junior high|secondary|primary|elementary) school\b",
)

_EATING_DISORDER = (
    r"\b(?:throw|throwing|threw|thrown|puke|puking|puked|vomit|vomiting|vomited|purge|purging|purged)"
    r"(?: up)? (?:after|once i|as soon as i|every time i|when i|whenever i|right after i) "
    r"(?:eat|eating|ate|meals?|dinner|lunch|breakfast|food|every meal|binge|binging|bingeing|supper|tea|i eat)\b",
    r"\b(?:throw|throwing|threw|puke|puking|vomit|vomiting) up (?:my |all my )?(?:food|meals?|dinner|lunch|"
    r"breakfast|supper)\b",
    r"\b(?:make|made|making|makes|force|forced|forcing) <ME> (?:to )?(?:be )?(?:sick|throw up|vomit|puke|"
    r"purge|gag)\b(?! (?:with|over|about|worrying|thinking|from (?:worry|stress|anxiety))\b)",
    r"\bpurg(?:e|es|ed|ing)\b(?! (?:my|the|our|old|all|his|her|their|clothes|closet|wardrobe|files|emails|"
    r"photos|pictures|stuff|things|contacts|inbox|social|it|them|him|camera|phone|texts|messages|chats?|of|"
    r"through)\b)",
    r"\bstarv(?:e|ed|es|ing) (?:<ME>|my body)",
    r"\b(?:havent|have not|hasnt|didnt|did not|not) (?:eaten|ate|eat) (?:in|for) (?:days|\d+ days|a few days|"
    r"two days|three days|several days|a week|weeks|over a day)\b",
    r"\b(?:not eating|stopped eating|stop eating|refuse to eat|refusing to eat|wont eat|not allowed to eat) "
    r"(?:on purpose|to punish|as punishment|as a punishment|so i|to lose|to get thin|until)\b",
    r"\b(?:dont|do not|wont|will not) (?:let|allow) <ME> (?:to )?eat\b",
    r"\b(?:dont|do not) deserve (?:to eat|food|a meal|meals)\b",
    r"\bskip\w* (?:all )?(?:my )?(?:meals?|breakfast|lunch|dinner|eating|food)(?: again)? (?:to|so|as|on|"
    r"until|because|cause)(?: i can| i| that i)? (?:punish|lose|get thin|be thin|stay thin|drop|burn|make up|"
    r"compensate|control|purpose|deserve|feel thin)",
    r"\bpunish <ME> (?:by|with) (?:not eating|starving|food|skipping|fasting)",
    r"\b(?:laxatives?|diuretics|diet pills)\b",
    r"\b(?:anorexi\w*|bulimi\w*|pro ?ana|pro ?mia|thinspo\w*|meanspo|bonespo|eating disorder\w*)\b",
    r"\b(?:relapsed?|relapsing) (?:on|into|with) (?:my )?(?:ed|eating)\b",
    r"\bbinge (?:and|then) (?:purge|throw up|vomit)\b",
    r"\b(?:eat|eating|ate) (?:less than|under|only) \d{2,3} (?:calories|cals|kcal)\b",
    r"\b(?:only|just) (?:eat|eating|ate|allow myself) \d{2,3} (?:calories|cals|kcal)\b",
    r"\bfingers? down my throat\b",
)

_MEDICAL_EMERGENCY = (
    r"\b(?:overdos\w*|over dos\w*)",
    r"\b(?:i|ive|i have|i think i|i might have|i may have) (?:just )?(?:od|oded)\b",
    r"\b(?:took|taken|take|taking|swallowed|swallow|ate|eaten|had|popped|downed) (?:way |far |like )?"
    r"(?:too many|too much|a lot of|loads of|lots of|a bunch of|a (?:whole )?(?:bottle|box|pack|packet|"
    r"handful|strip|sheet) of|all (?:of )?(?:my|the)|\d{2,}) ?(?:of )?(?:my |the |his |her )?(?:pills|tablets|"
    r"meds|medication|medications|medicine|painkillers|pain killers|sleeping pills|sleeping tablets|"
    r"paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|advil|xanax|benzos|valium|opioids|oxy|oxycodone|"
    r"codeine|antidepressants|anti depressants|insulin|lithium|capsules|edibles|heroin|fentanyl|sleep aids)\b",
    r"\bswallowed (?:a |the |an )?(?:whole )?(?:bottle|box|pack|packet|handful|strip|load) of\b",
    r"\b<CANT> (?:breathe|breath|brethe|catch my breath|get (?:enough )?air)\b",
    r"\b(?:struggling|hard|difficult|trouble|difficulty) (?:to )?(?:breathe|breathing)\b",
    r"\bbarely breath\w*",
    r"\bchest (?:pain|pains|hurts|is hurting|feels tight|tightness|pressure)\b",
    r"\bpain in my chest\b",
    r"\b(?:having|i think im having|think im having|i am having|im having) (?:a )?(?:heart attack|stroke|seizure)\b",
    r"\b(?:fainted|not breathing|isnt breathing|stopped breathing|unresponsive|turning blue|lips are blue)\b",
    r"\b(?:is|was|went|knocked (?:me |him |her )?|am|im) unconscious\b",
    r"\b(?:bleeding|bled) (?:a lot|heavily|badly|everywhere|wont stop|and it wont stop|so much)\b",
    r"\b(?:<CANT> stop (?:the )?bleeding|(?:wont|will not) stop bleeding|lots of blood|cut too deep)\b",
    r"\bdr[ai]nk (?:bleach|antifreeze|poison|drain cleaner)\b",
    r"\bpoison(?:ed|ing)? <ME>",
    r"\b(?:mixed|mixing|mix) (?:my )?(?:pills|meds|medication|xanax|benzos|sleeping pills|painkillers) "
    r"(?:with|and) (?:alcohol|booze|wine|vodka|drink|drinks|beer)\b",
    r"\bthink i(?:m| am) dying\b(?! (?:of|to|for|laughing|inside|from)\b)",
    r"\b(?:going to|gona|about to) pass out\b",
    r"\b(?:need|call|get) (?:an )?ambulance\b",
    r"\b(?:going to|gona|want to|wana|plan to|planning to|planning on|thinking about|thinking of|"
    r"thought about|about to|ready to|trying to|tempted to|will|il|decided to) (?:take an |do an )?"
    r"(?:overdose|overdosing|od|oding)\b",
)

_LEXICON: dict[Category, tuple[str, ...]] = {
    Category.SUICIDE: _SUICIDE,
    Category.SELF_HARM: _SELF_HARM,
    Category.HARM_TO_OTHERS: _HARM_TO_OTHERS,
    Category.PARTNER_VIOLENCE: _PARTNER_VIOLENCE,
    Category.SEXUAL_ASSAULT: _SEXUAL_ASSAULT,
    Category.MINOR_ABUSE: _MINOR_ABUSE,
    Category.EATING_DISORDER: _EATING_DISORDER,
    Category.MEDICAL_EMERGENCY: _MEDICAL_EMERGENCY,
}

# A literal letter followed by the same letter, not part of an escape like \b.
_SOURCE_DOUBLE = re.compile(r"(?<!\\)([a-z])\1+")


def _expand(source: str) -> str:
    # Macros can hold macros (<SUBJ> holds <PARTNER>), so expand until nothing changes.
    previous = None
    while previous != source:
        previous = source
        for name, body in _MACROS.items():
            source = source.replace(name, body)
    return _SOURCE_DOUBLE.sub(r"\1", source)


_SUBJECT_PREFIX = r"\b<SUBJ> <ADV>"
# Marks a pattern with a slot that may hold a negation ("I'm not 14"), like the subject patterns.
_NEGATABLE = "<NEGATABLE>"
_SUBJECT_GROUP, _NEGATABLE_GROUP = "subject", "negatable"


def _compile_category(sources: tuple[str, ...]) -> re.Pattern[str]:
    # One alternation per category is one scan of the text instead of one per pattern.
    # Patterns that open with a subject ("he", "my partner") share that opening, so it is tried
    # once per word rather than once per verb list. Those and the marked patterns sit in named
    # branches because their own words may hold the negation ("he never hit me"), which the
    # negation check needs to know.
    branches, subject, negatable = [], [], []
    for source in sources:
        if source.startswith(_SUBJECT_PREFIX):
            subject.append(_expand(source[len(_SUBJECT_PREFIX) :]))
        elif source.startswith(_NEGATABLE):
            negatable.append(_expand(source[len(_NEGATABLE) :]))
        else:
            branches.append(_expand(source))
    if subject:
        branches.append(f"(?P<{_SUBJECT_GROUP}>{_expand(_SUBJECT_PREFIX)}(?:{'|'.join(subject)}))")
    if negatable:
        branches.append(f"(?P<{_NEGATABLE_GROUP}>{'|'.join(negatable)})")
    # Every match begins at the start of a word; saying so up front lets the engine leave the
    # other positions after one cheap test instead of trying every branch there.
    return re.compile(r"(?<![a-z0-9])(?=[a-z0-9])(?:" + "|".join(branches) + ")")


_PATTERNS = tuple((category, _compile_category(sources)) for category, sources in _LEXICON.items())


# ---------------------------------------------------------------------------
# Negation
# ---------------------------------------------------------------------------

# A negation only reaches across a few words and never past a clause break, so in
# "I'm not suicidal but everyone would be better off without me" the second part stands.
_CLAUSE_BREAK = re.compile(
    _expand(
        r"[.!?;:,()]|\b(?:but|and|although|though|however|yet|so|because|cause|cos|except|then|still|"
        r"whereas|while|ngl|tbh|honestly)\b"
    )
)
# "can't" is left out: "I can't stop thinking about killing myself" is not a denial.
_NEGATION_CUE = re.compile(
    _expand(
        r"\b(?:(?<!or )not(?! only\b)|never|no(?! ?one\b| body\b|body\b)|dont|doesnt|didnt|wont|wouldnt|"
        r"shouldnt|isnt|arent|wasnt|werent|havent|hasnt|hadnt|aint|nor|neither|will not|would not|"
        r"do not|does not|did not)\b"
    )
)
# Words after a cue that show it negates something else ("I don't know why I want to die").
_HEDGE = re.compile(
    _expand(
        r"\b(?:sure|know\w*|knew|think\w*|thought|certain|care|safe|ok|okay|fine|well|alright|good|coping|"
        r"able|if|whether|why|what|how|when|lie|lying|kidding|joking|matter|idea|tell|told|say|said|"
        r"admit|anyone|anybody|realise\w*|realize\w*|mean|remember|stop|help|believe|understand|wait)\b"
    )
)
_NEGATION_REACH_WORDS = 4
_NEGATION_LOOKBACK_CHARS = 80


def _is_negated(text: str, match: re.Match[str]) -> bool:
    start = match.start()
    before = text[max(0, start - _NEGATION_LOOKBACK_CHARS) : start]
    cut = 0
    for brk in _CLAUSE_BREAK.finditer(before):
        cut = brk.end()
    before = before[cut:]
    if match.lastgroup in (_SUBJECT_GROUP, _NEGATABLE_GROUP) and _NEGATION_CUE.search(match.group(0)):
        return True
    cues = list(_NEGATION_CUE.finditer(before))
    if not cues:
        return False
    gap = before[cues[-1].end() :]
    return len(gap.split()) <= _NEGATION_REACH_WORDS and not _HEDGE.search(gap)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def screen_text(text: str) -> ScreenResult:
    """Screen one piece of typed text for crisis signals; any doubt counts as a signal."""
    plain, leet = _normalise(text)
    found: set[Category] = set()
    any_unnegated = False
    for category, pattern in _PATTERNS:
        # Undoing leetspeak can garble a stuck-together age ("im14" -> "imia"), so ages are
        # also read from the text as typed.
        forms = (leet, plain) if category is Category.MINOR_ABUSE and plain != leet else (leet,)
        for form in forms:
            for match in pattern.finditer(form):
                found.add(category)
                if not _is_negated(form, match):
                    any_unnegated = True
    return ScreenResult(categories=frozenset(found), negated=bool(found) and not any_unnegated)


_NOT_WORD = re.compile(r"[^a-z0-9 ]+")


def asks_for_help(text: str) -> bool:
    """True when the whole message is one help word ("help", "SOS!", "/help"), which the bot treats as /sos."""
    cleaned = _NOT_WORD.sub(" ", _normalise(text)[0])
    return " ".join(cleaned.split()) in HELP_WORDS
