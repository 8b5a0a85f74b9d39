"""English signal patterns for the crisis screen, with the context words that temper them."""

# Written for how people type on a phone: contractions without apostrophes ("dont", "im"),
# txt-speak ("kms", "wana"), euphemisms ("unalive", "not wake up"). Text and patterns are folded
# alike (see normalising.py), so a pattern is written in plain spelling and never relies on a
# doubled letter.
#
# Tiers: a plain statement of the writer's own danger is crisis; indirect distress ("I can't do
# this anymore", "what's the point", "I'm not safe") is check. Context then tempers a match: a
# denial lowers it one tier, a death word used lightly ("I'll die if he leaves me lol") is at most
# a check, a signal told of someone else becomes other_person, abuse told as history becomes
# past_abuse, and an age is only a minor's when the writer is that age now.

from __future__ import annotations

from bot.practice.screen.lexicon import Category, Lexicon, check, crisis

MACROS = {
    # Marks a pattern with a slot that may hold a negation ("I'm not 14"), like the subject patterns.
    "<NEGATABLE>": "",
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
_KILL_MYSELF = (
    r"\b(?:kill|killed|killing|kills|murder|murdering|hang|hanging|hanged|offing|poison|poisoning|"
    r"poisoned|gas|gassing|suffocate|suffocating|strangle|strangling) <ME>",
    r"\bkms\b",
)

_DEATH_WORDS = (
    # "I want to die" and its kin, first person only; hyperbole like "die of embarrassment" is excluded.
    r"\b(?:i (?:(?:just|really|honestly|kind of|kinda|sometimes|still|actually|think i) )?"
    r"(?:want|wana|wanted|need|deserve|hope|wish|plan|should|will|might|may)"
    r"|<IM> (?:(?:just|really|honestly|actually) )?(?:going|gona|about|ready|planning|trying)"
    r"|il|i will|wana|want to|wanting to|wish i could|ready to|deserve to|hope i|hoping i|should just|"
    r"just want to|might as well)(?: to)? (?:just )?die\b"
    r"(?! (?:of (?:embarrassment|shame|laughter|boredom|cringe|old age|happiness)|laughing|inside|"
    r"a little|happy|old|in (?:his|her|their|your) arms|with (?:him|her|them)|for (?:him|her|them|you)|"
    r"on this hill)\b)",
    r"\b(?:want|wana|rather|would rather|should|might as well|id rather|deserve to) (?:to )?(?:just )?be dead\b",
)

_SUICIDE_CHECK = (
    r"\b<CANT> (?:take|do|cope with|handle|deal with|bear) (?:it|this|life|anything|much more)"
    r"(?: any ?more| much longer)\b",
    r"\b<CANT> (?:take|cope|handle|bear) (?:it )?any ?more\b",
    r"\bnothing matters any ?more\b",
    r"\bgiv(?:e|ing) up on (?:life|living|everything)\b",
    r"\b(?:want|wana|need|wish)(?: for)? (?:it all|everything|my life|the pain|all of this|all of it) "
    r"to (?:end|stop|be over)\b",
    r"\b(?:life|living) (?:is|s|isnt|feels|seems) (?:so )?(?:pointless|meaningless|not worth (?:it|living))\b",
)

_SUICIDE = (
    # "shoot myself in the foot" and "drown myself in work" are idioms.
    r"\b(?:shoot|shooting|shot|drown|drowning|drowned) <ME>(?! in\b)",
    r"\bunalive\w*",
    r"\bun alive (?:my ?self|me)\b",
    r"\bsewer ?slide\w*",
    r"\bself ?delet\w*",
    r"\bsu[iy]?[cs]{1,2}[iy]?d(?:e|es|al|aly|ality|ing|ed)?\b(?! (?:prevention|awareness|squad|rates?|statistics|"
    r"research|risk|hotline|line|helpline|forest|doors?|mission|bombers?|pact|note (?:in|from) the (?:film|book|movie)))",
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
    r"\b(?:life|it) (?:isnt|is not|s not|aint) worth living\b",
    r"\bnot worth living\b",
    r"\b(?:want to|wana|wish i could|going to|i|me|could|just|to) (?:just )?(?:disappear|vanish)\w* "
    r"(?:forever|for good|permanently|from (?:this|the) (?:world|earth|planet)|off the face of the earth|"
    r"and never come back)",
    r"\b<CANT> (?:go on|keep going|carry on|live like this|keep living|be here any ?more)\b"
    r"(?! (?:a|an|the|with|holiday|vacation|dates?|trips?|about|and on|social|line|tv)\b)",
    r"\b(?:sleep|slept|fall asleep|go to sleep|close my eyes)(?: forever)? and (?:never|not) wake(?: up)?\b",
    r"\b(?:want|wana|wish i could|i just want|hope i|hoping i|pray i|praying i) (?:to )?(?:just )?"
    r"(?:not|never|dont|wont) wake up\b",
    r"\b(?:want|wana|wish i could|i just want) (?:to )?(?:go to )?sleep forever\b",
    r"\b(?:im|i am) (?:so |just )?done (?:with )?(?:life|living|everything|it all|existing|this world|being alive)\b",
    r"\b(?:tired|sick|exhausted|weary) of (?:living|life|being alive|existing|waking up)\b",
    r"\b(?:no ?one|nobody|no body) (?:would|will|d|wd)(?: even)? miss me\b",
    r"\b(?:no ?one|nobody|no body) (?:would|will|d|wd)(?: even)? (?:care|notice|mind) (?:if|when) i "
    r"(?:died|die|was gone|were gone|was dead|wasnt here|wasnt around|disappeared|killed|am gone|m gone)",
    r"\b(?:dont|do not|wouldnt) care (?:if|whether) i (?:die|died|live|lived|wake up|woke up)\b",
    r"\b(?:wish|wished|wishing) i (?:was|were|could be) (?:dead|gone|never born)\b",
    r"\b(?:wish|wished|wishing) i (?:wasnt|werent|was not|were not|hadnt been|had never been|was never|"
    r"were never|never was) (?:alive|born|here|around)\b",
    r"\b(?:wish|wished|wishing) i (?:didnt|did not|could stop|could just stop|would stop) "
    r"(?:exist|existing|wake up|breathing|being alive|living)\b",
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
    r"i swear i)(?: to)? (?:really |just |seriously |fucking |actually )?"
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
    r"strangles|strangling|shove|shoved|shoves|shoving|bit|bite|bites|biting|abuse|"
    r"abused|abuses|abusing|attack|attacked|attacks|attacking|assault|assaulted|assaults|assaulting|"
    r"smack|smacked|smacks|whack|whacked|threaten|threatened|threatens|threatening|burn|burned|burns|"
    r"terrify|terrified|terrifies|terrorise|"
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
    r"\b<FEAR> (?:to|of) (?:go|going) home\b(?! to (?:an|my|the) empty)",
    r"\b<FEAR> (?:to|of) (?:leave|leaving) (?:him|her|them|my <PARTNER>)\b",
    r"\b(?:abusive|abuser|domestic (?:violence|abuse)|coercive\w* control\w*|intimate partner violence)\b",
    r"\b(?:im|i am|being|been|getting) (?:physically |emotionally |verbally |financially )?abused\b",
    r"\b(?:restraining|protection|protective|non molestation) order\b",
    r"\b(?:womens|domestic violence|dv) shelter\b",
    r"\bescape (?:from )?(?:him|her|them|my <PARTNER>)\b",
)

_SEXUAL_VIOLENCE = (
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

_MINOR = (
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
    r"\b(?:need|call|get) (?:an )?ambulance\b",
    r"\b(?:going to|gona|want to|wana|plan to|planning to|planning on|thinking about|thinking of|"
    r"thought about|about to|ready to|trying to|tempted to|will|il|decided to) (?:take an |do an )?"
    r"(?:overdose|overdosing|od|oding)\b",
)


_BODY_CHECK = (
    r"\b<CANT> (?:breathe|breath|brethe|catch my breath|get (?:enough )?air)\b",
    r"\b(?:struggling|hard|difficult|trouble|difficulty) (?:to )?(?:breathe|breathing)\b",
    r"\bbarely breath\w*",
    r"\bchest (?:pain|pains|hurts|is hurting|feels tight|tightness|pressure)\b",
    r"\bpain in my chest\b",
    r"\b(?:going to|gona|about to) pass out\b",
)

# Said since the first lexicon was measured: feelings and plans put indirectly.
_SUICIDE_MORE = (
    r"\b(?:i )?(?:feel|felt|feeling) like (?:dying|death|im dying|i want to die|ending it|killing <ME>|"
    r"disappearing forever|not existing)\b(?! (?:of|from|laughing|inside)\b)",
    r"\b(?:part|parts|a part|some part|half) of me (?:wants?|wanted|is ready|wishes) (?:to )?(?:just )?"
    r"(?:die|be dead|end it|stop existing|not exist|not wake up|disappear|give up)\b",
    r"\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected) (?:up )?(?:my |all my |some )?"
    r"(?:pills|tablets|meds|medication|sleeping pills|painkillers)\b",
    r"\b(?:decided|made (?:up )?my mind|ready|made the decision|have a plan|got a plan|made a plan|planned) "
    r"(?:to )?(?:how (?:to|i will|ill) )?(?:end|ending) (?:it|things|everything|my life|it all)\b"
    r"(?! (?:with|between|for (?:good|now) with)\b)",
    r"\b(?:end|ending) (?:things|everything)\b(?! (?:with|between|off|for (?:the day|today|now))\b)",
    r"\b(?:i )?(?:dont|do not|dont really|didnt) want to wake up\b",
    r"\b(?:hope|hoping|wish|wishing|pray|praying) i (?:dont|do not|never|wont) wake up\b",
    r"\b(?:wont|will not|not going to|am not going to) be (?:around|here) (?:much longer|for long|anymore|"
    r"tomorrow|after tonight|next week)\b",
    r"\b(?:this is|this will be|consider this) my (?:last|final) (?:message|check ?in|goodbye|note|time)\b",
    r"\b(?:wrote|written|writing|left) (?:a |my )?(?:letters?|notes?) (?:to|for) (?:everyone|everybody|my family|"
    r"my kids|my parents|my mum|my mom|them all)\b",
    r"\b(?:giving|gave|give) away (?:all )?(?:my|all my) (?:stuff|things|belongings|possessions)\b",
    r"\beveryone (?:would|will|d) be (?:better|happier|fine) (?:off )?without me\b",
    r"\b(?:life|it)(?: s| is)? not worth it\b(?! (?:to|for)\b)",
    r"\b(?:dont|do not|no longer|dont really) (?:see|have) (?:a|any) (?:point|reason|future) (?:in|to|for) "
    r"(?:living|life|going on|being here|staying|me)\b",
    r"\bwant (?:to|it) (?:all )?to be over\b",
    r"\b(?:searched|googled|looking up|looked up|researching|researched) (?:how|ways|the best way|methods) "
    r"(?:to|of) (?:die|kill <ME>|end (?:it|my life)|overdose)\b",
    r"\b(?:how many|how much) (?:pills|tablets|paracetamol|tylenol) (?:would it take|does it take|to die|is lethal|"
    r"would kill)\b",
    r"\b(?:tried|attempted|try|attempt|tried again) to (?:kill <ME>|end (?:it|my life|things)|take my (?:own )?life|"
    r"overdose)\b",
    r"\bsuicide (?:attempt|note|plan)\b",
)

_SELF_HARM_MORE = (
    r"\b(?:i )?(?:feel|felt|feeling) like (?:cutting|burning|hurting <ME>|harming <ME>|self harming)\b",
    r"\b(?:urge|urges|craving|cravings|itch|want|wanting) to (?:cut|self harm|sh|burn <ME>|hurt <ME>)\b"
    r"(?! (?:ties|contact|him|her|them|off|back|down|out|things|people|corners|loose|others|someone)\b)",
    r"\bi (?:cut|cuted|burned|burnt|scratched)(?: myself| my \w+)? (?:again|last night|tonight|today|deeper|too deep)\b",
    r"\b(?:relapsed|relapse|relapsing|slipped)\b(?: (?:on|into|with|in))? (?:self harm|sh|cutting)\b",
    r"\b(?:carved|carving|carve) (?:\w+ ){0,3}(?:into|in|on) my (?:skin|arm|arms|thigh|thighs|leg|legs|wrist|wrists|"
    r"stomach|hip|hips)\b",
    r"\b(?:clean|free) (?:from|of) (?:self harm|sh|cutting) (?:for )?\w* (?:days|weeks|months) (?:and|but) "
    r"(?:i )?(?:relapsed|cut|slipped)\b",
    r"\bi (?:keep|kept) (?:hurting|cutting|burning|hitting|punching|scratching) <ME>\b",
    r"\b(?:cutting|cuting|cuttin)\b(?= (?:again|tonight|myself|my|is the only|helps|is all))",
    r"\b(?:hide|hiding|cover|covering) (?:the|my) (?:cuts|scars|marks|burns)\b",
    r"\bfresh (?:cuts|scars|wounds)\b",
)

_PARTNER_MORE = (
    r"\b<SUBJ> <ADV>(?:going|gona|gonna) (?:to )?(?:kill|hurt|hit|beat|strangle|choke) me\b",
    r"\b<SUBJ> <ADV>(?:said|says|told me|threatened|threatens|swore|swears)(?: that)? (?:he|she|they|hel|shel|hed|"
    r"shed|theyl|theyd)(?: will| would| is going to| s going to)? (?:kill|hurt|hit|beat|find|ruin|destroy) me\b",
    r"\b(?:will|would|is going to|gona|going to) kill me if i (?:ever )?(?:leave|left|tell|told|go|try)\b",
    r"\b(?:afraid|scared|terrified|frightened) (?:for my life|hes going to|shes going to|of what (?:he|she) might)\b",
    r"\b(?:afraid|scared|terrified|frightened) (?:to|of) (?:go|going|come|coming) (?:back )?home\b(?! to (?:an|my|the) empty)",
    r"\b(?:hiding|hid|locked myself) (?:from (?:him|her|them)|in the (?:bathroom|bedroom|car)|in my room)\b",
    r"\b(?:bruises?|black eye|split lip|marks) (?:from|he gave me|she gave me|on my (?:neck|arms|face))\b",
    r"\b<SUBJ> <ADV>(?:follows|followed|following|stalks|stalking|tracks|tracking|watches) me\b",
    r"\b(?:shows up|showed up|turns up|turned up|waits|waited) (?:at|outside) my (?:work|house|flat|apartment|place|"
    r"door|job|office)\b",
)

_PARTNER_CHECK = (
    r"\b<SUBJ> <ADV>(?:hurt|hurts|hurting|scares|scared|scaring|frightens|frightened|hit|hits) me\b"
    r"(?! (?:by|when|with (?:his|her|their) words|so much|emotionally|feelings|up|back)\b)",
    r"\bwalk(?:ing)? on (?:egg ?shells|eggs)\b",
    r"\b<SUBJ> <ADV>(?:(?:can be|gets|get|has become|becomes|became|getting) )?"
    r"(?:(?:so|very|really|super|extremely|quite|pretty|too|increasingly) )?"
    r"(?:controlling|violent|abusive|possessive|aggressive|dangerous|scary|threatening)\b",
    r"\b(?:im|i am|i feel|i dont feel) (?:not )?safe (?:at home|with (?:him|her|them|my <PARTNER>)|around (?:him|her|them))\b",
    r"\b(?:im|i am) (?:scared|afraid|terrified) of (?:him|her|them|my <PARTNER>)\b",
)

_SAFETY_CHECK = (
    r"\b(?:im|i am|i feel|i dont feel|i do not feel) (?:not |un)?safe\b(?! (?:to|with (?:you|this)|here with)\b)",
    r"\b(?:i )?(?:need|want) (?:some )?help\b(?! (?:with (?:my|the|this|a|an|choosing|picking|writing|deciding)|"
    r"to (?:choose|pick|write|decide|understand|figure)|you)\b)",
    r"\bplease help(?: me)?\b",
    r"\bwhats the point\b",
    r"\b(?:what|whats) (?:even )?(?:is )?the point (?:any ?more|of (?:anything|trying|it all|me))\b",
    r"\b<CANT> (?:do|take|handle|cope with|deal with) (?:this|it|life|anything|any of this) any ?more\b",
    r"\b<CANT> (?:go on|keep going|carry on) like this\b",
    r"\b(?:i )?(?:just )?want (?:it all|everything|this|the pain|the noise|my brain|my head) to (?:stop|end|go away)\b",
    r"\b(?:no way out|trapped with no way out|there is no way out|see no way out)\b",
    r"\b(?:im|i am|i feel) (?:so |completely |totally )?(?:hopeless|worthless|empty inside)\b",
    r"\b(?:i )?(?:give|giving) up\b(?! (?:on (?:him|her|them|the|this|that|my (?:diet|plan|job))|smoking|sugar|"
    r"caffeine|coffee|drinking|alcohol|meat|social media|the (?:idea|plan|hope))\b)",
    r"\b(?:want|wana|wish i could|just want to|i could) (?:just )?(?:disappear|vanish|not exist)\b",
    r"\b(?:im|i am) a burden\b",
    r"\b(?:im|i am) (?:so )?(?:tired|exhausted|done) of (?:everything|it all|being me|fighting|trying)\b",
)

_OTHER_PERSON = (
    r"\b(?:my|our|a|her|his) (?:<RELATIVE>) (?:is|s|was|seems|sounds|might be|has been|said (?:she|he|they) (?:was|is|were|are)) "
    r"(?:really |very |so |being |feeling |actively )?(?:suicidal|self harming|cutting|in danger|going to (?:kill|hurt) "
    r"(?:him|her|them)self)\b",
    r"\b(?:<THIRD>) <ADV>(?:wants?|wanted|is going|s going|going|is planning|planning|plans|tried|trying|tries|threatened|"
    r"threatens|talks about|talked about|talking about|keeps saying|said|says|told me) (?:to |(?:he|she|they) (?:wants|wanted|will|would|is going) to )?"
    r"(?:die|kill (?:him|her|them) ?sel(?:f|ves)|end (?:his|her|their) (?:own )?life|end it|commitsuicide|take (?:his|her|their) "
    r"(?:own )?life|overdose|od|hurt (?:him|her|them) ?sel(?:f|ves)|harm (?:him|her|them) ?sel(?:f|ves)|not (?:be|being) "
    r"here|cut (?:him|her|them) ?sel(?:f|ves))\b",
    r"\b(?:kill|killed|killing|hurt|hurting|harm|harming|cut|cutting|cuts|starve|starving|hang|hanged) (?:him|her|them) ?sel(?:f|ves)\b",
    r"\b(?:<THIRD>) <ADV>(?:overdosed|oded|took (?:too many|a bunch of|all (?:her|his|their)) (?:pills|tablets|meds))\b",
    r"\b(?:sent|texted|wrote|posted) (?:me |us )?(?:a |his |her |their )?(?:goodbye|farewell|suicide) "
    r"(?:message|text|note|letter|post)\b",
    r"\b(?:<THIRD>) <ADV>(?:beats|beat|hits|hit|abuses|abused|hurts|strangles|choked|chokes|rapes|raped|assaulted) "
    r"(?:her|him|them)\b(?! up\b)",
    r"\b(?:my|our) (?:<RELATIVE>)s? (?:boyfriend|girlfriend|husband|wife|partner|bf|gf|dad|father|mum|mom|stepdad) "
    r"<ADV>(?:beats|beat|hits|hit|abuses|abused|hurts|rapes|raped|threatens|threatened|controls)\b",
    r"\b(?:worried|scared|afraid|terrified|frightened) (?:about|for) (?:my|our) (?:<RELATIVE>)\b(?= .{0,40}"
    r"(?:suicid|kill|die|hurt|harm|safe|cut|overdos))",
)

_COERCION = (
    r"\b(?:<THIRD>) <ADV>(?:says|said|threatens|threatened|threatening|swears|swore|told me|keeps saying|will|would) "
    r"(?:to |that )?(?:(?:he|she|they|hel|shel|hed|shed|theyl|theyd)(?: will| would| is going to| s going to)? )?"
    r"(?:kill|hurt|harm|cut|end) (?:him|her|them) ?sel(?:f|ves)(?: \w+){0,2} (?:if|unless|when) i\b",
    r"\b(?:threatens?|threatened|threatening) (?:to )?(?:kill|hurt|harm|cut) (?:him|her|them) ?sel(?:f|ves)\b",
    r"\b(?:threatens?|threatened|threatening) suicide\b",
    r"\b(?:kill|hurt|harm) (?:him|her|them) ?sel(?:f|ves) if i (?:leave|left|go|break up|end it|stop|dont|do not|"
    r"wont|dont answer|block)\b",
)

_HARM_TO_OTHERS_MORE = (
    r"\b(?:im|i am) (?:going|gona|gonna) (?:to )?(?:really )?(?:kill|hurt|stab|hit|beat|strangle) (?:him|her|them)\b"
    r"(?= ?(?:$|[.!]|when|tonight|tomorrow|i swear|for real|seriously|this time))",
)

_MINOR_MORE = (
    r"\b<AGE_BARE> ?(?:f|m|yo|y o)\b(?= .{0,80}(?:touch|abus|hit|beat|rape|forc|hurt|scared|afraid|kill|die))",
)

# Plans, preparations and goodbyes: the indirect way many people say it.
_PLANS = (
    r"\b(?:i )?(?:have|got|made|making|theres|ive got) (?:a|my) (?:plan|date)\b(?! (?:for|with|to (?:go|see|meet|visit|travel)|"
    r"tonight with|on (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday))\b)",
    r"\b(?:tonights|tonight is|todays|today is|this is) the (?:night|day)\b(?! (?:we|of|i (?:tell|ask|meet|see)|for)\b)",
    r"\b(?:made|making) (?:my )?peace with (?:it|dying|leaving|going)\b",
    r"\b(?:sorted|everythings sorted|arranged|organised|organized|ready) for (?:after|when im gone|when im gone)\b",
    r"\b(?:when|after|once) im (?:gone|dead|not here)\b",
    r"\b(?:how to do it|how id do it|how i would do it|how il do it|how i can do it|ways to do it|best way to do it)\b",
    r"\b(?:researching|research|looking up|looked up|googling|googled|searching|searched) (?:\w+ ){0,2}(?:methods|ways to die|"
    r"how to die|lethal|overdose|how many \w+ it takes|how much \w+ it takes)\b",
    r"\bhow (?:many|much) \w+ (?:it )?(?:takes|would take|does it take)\b",
    r"\b(?:is it|would it be|will it be|its) painless\b",
    r"\b(?:which|what) bridge\b",
    r"\b(?:standing|stood|sitting|sat) (?:on|at|by|near|on the edge of) (?:the|a|my) (?:bridge|roof|ledge|edge|cliff|tracks|"
    r"platform edge|railway|train tracks)\b",
    r"\b(?:rope|noose|belt|cord) (?:in|ready|tied|hanging|over)\b",
    r"\blook(?:ing)? at (?:it|the rope|the pills|the tablets|the bottle|the knife|the blade|the bridge)\b(?= .{0,40}"
    r"(?:again|every|keep|tonight|hour))",
    r"\b(?:pills|tablets|meds|razor|blade|rope) (?:are |is )?(?:lined up|ready|in front of me|on the table|next to me|"
    r"counted out)\b",
    r"\b(?:got|bought|have|collected|sorted) the (?:stuff|pills|tablets|rope|things i need|means)\b(?= .{0,40}"
    r"(?:today|tonight|ready|end|it|kill|die|do it))",
    r"\b(?:sat|sitting) with the (?:pills|tablets|knife|blade|rope)\b",
    r"\b(?:i )?(?:still )?(?:have|keep|got) (?:a|my) (?:stash|stockpile|supply)\b",
    r"\bthe pills in the (?:bathroom|cabinet|drawer|cupboard)\b",
    r"\b(?:take|swallow|down) (?:all|them all|all of them|the lot|the whole (?:bottle|box|pack))(?: at once)?\b",
    r"\b(?:engine running|car running) in (?:the|a) (?:garage|closed)\b",
    r"\b(?:drive|driving|crash|crashing|steer|steering) (?:my car )?(?:into|off) (?:the|a) (?:river|wall|tree|bridge|cliff|"
    r"lorry|truck|oncoming)\b",
    r"\b(?:step|stepping|jump|jumping|throw myself) (?:out )?in front of (?:one|a train|the train|a car|a bus|a lorry|a truck|traffic)\b",
    r"\b(?:my|the) (?:last|final) (?:entry|message|check ?in|night|day|goodbye|words)\b(?! (?:of the|before (?:the|my) "
    r"(?:holiday|trip|break|exam)|for (?:now|a while|this week|today)|at work|of term)\b)",
    r"\b(?:writing|wrote|written|finished) (?:my|the|a) (?:note|letter|goodbye)s?\b(?! (?:to (?:my|him|her) (?:future|younger)|"
    r"for (?:work|school|class|the (?:teacher|landlord|council))|of (?:thanks|complaint|resignation))\b)",
    r"\b(?:i )?(?:wont|will not|dont think il|might not|may not) (?:make it|be (?:here|around|alive)|survive) "
    r"(?:through|past|until|till|by|to|much longer|next)\b",
    r"\bnot sure il (?:make it|be (?:here|alive|around)|survive)\b",
    r"\b(?:gave|giving) (?:away )?(?:my|his|her) (?:cat|dog|pet|watch|stuff|things|playstation|guitar)(?: away)? to\b(?= .{0,60}"
    r"(?:sorted|wont need|after|gone|goodbye|last))",
    r"\bwont need (?:it|them|this|my \w+) (?:anymore|any more|where im going|after)\b",
    r"\b(?:goodbye|bye) (?:everyone|all|world|forever)\b",
    r"\b(?:goodbye|farewell)\. (?:thanks|thank you|sorry|love you)\b",
    r"\b(?:thanks|thank you) for (?:everything|trying|all you did)\b(?= .{0,40}(?:goodbye|bye|sorry|last|forever|gone))",
    r"\b(?:il|i will|im going to|going to|gonna) (?:make|turn) (?:myself|me) (?:nothing|disappear)\b",
    r"\b(?:ready|want|going) to (?:go )?be with (?:her|him|them|my (?:nan|gran|mum|mom|dad|grandma|grandad|grandpa))\b"
    r"(?= .{0,60}(?:passed|died|dead|gone|heaven))",
    r"\bpassed (?:away )?(?:last|this|a) \w+\b.{0,40}\bready to (?:go|join|be with)\b",
    r"\b(?:finish|finishing|end|ending) my (?:own )?life\b",
    r"\bthe (?:voice|voices) (?:in my head )?(?:keep|keeps|are|is) (?:saying|telling me) (?:to )?(?:jump|die|do it|kill)\b",
    r"\b(?:toaster bath|sewerslide|unalive|unaliving|kys myself|self delete|ctrl alt delete myself)\b",
    r"\b(?:want|going|planning|plan|ready|about) to (?:go under|not come up|stay under|take them all)\b",
    r"\bgo under and stay\b",
    r"\bwork(?:ing)? up the courage\b(?= .{0,60}(?:go|do it|end|jump|under|take))",
    r"\b(?:counting down|countdown)\b(?= .{0,40}(?:date|days|until|till))",
    r"\bset (?:myself )?a date\b",
    r"\b(?:make sure|making sure) (?:nobody|no one|noone) finds me\b",
    r"\b(?:dont|do not|no) (?:plan|intend|expect) (?:on )?(?:waking|to wake|being here|being alive)\b",
    r"\bmade sure i (?:wont|will not|dont) wake up\b",
    r"\b(?:help|helping) (?:that|it) along\b",
    r"\bjust need to stop being (?:a |such a )?coward\b",
    r"\b(?:make it|making it) look like an accident\b",
    r"\bive (?:just )?decided\b(?= .{0,40}(?:peaceful|calm|ready|relief|at peace))",
    r"\b(?:already gone|finishing the paperwork|sorted the will|wrote down the passwords)\b",
    r"\b(?:took|taken|swallowed|had) (?:all|the rest of|a load of|a handful of|the whole (?:pack|box|bottle) of) my \w+\b",
    r"\b(?:stop|stopped) feeling\b.{0,30}\bpermanent\w*",
    r"\b(?:want|wanted) it to be the last time\b",
    r"\bthinking about (?:killing|unaliving|ending|hurting) (?:myself|it)\b",
    r"\b(?:thought|thinking|think) about (?:killing myself|suicide|ending it|ending my life) (?:every|all|each)\b",
    r"\bwant to (?:finish|end) (?:my|this) life\b",
)

_PLANS_MORE = (
    r"\b(?:planning|plan|planned|planing) (?:my|the) (?:exit|death|suicide|way out|goodbye|last day|final day)\b",
    r"\b(?:ive|i have|i) (?:just )?decided\b.{0,40}\b(?:peaceful|calm|ready|relief|at peace)\b",
)

_EATING_MORE = (
    r"\b(?:only|dont|do not|wont) (?:let|allow) (?:myself|me) (?:to )?eat (?:if|when|after|once|until|unless)\b",
    r"\b(?:earn|earned|deserve) (?:my )?(?:food|meals?|dinner|lunch|to eat)\b(?= .{0,30}(?:if|when|after|only|until|by))",
)

_EATING_CHECK = (
    r"\b(?:deserve|deserving) (?:to eat|food|a meal|meals)\b",
    r"\bskip\w* (?:all )?(?:my )?(?:meals?|breakfast|lunch|dinner|eating)\b(?= .{0,30}(?:since|because|deserve|punish))",
)

_MINOR_DANGER_MORE = (
    r"\b(?:post|share|leak|send|show) (?:mine|my (?:pics|nudes|photos|pictures|videos))\b.{0,30}\bif i (?:dont|do not|wont)\b",
    r"\b(?:sending|sends|sent) me (?:pics|nudes|naked (?:pics|photos)|photos of (?:him|himself|his))\b",
    r"\b(?:uncle|stepdad|step dad|dad|father|brother|stepbrother|cousin|grandad|grandpa|grandfather|teacher|coach|"
    r"mums boyfriend|moms boyfriend|neighbou?r) (?:\w+ ){0,8}(?:touch|touches|touched|touching) me\b",
    r"\b(?:comes|came|come|keeps coming|sneaks) into my (?:room|bed|bedroom) at night\b",
)

_OTHER_EXTRA = (
    r"\b(?:tonight|today) (?:is|will be) (?:her|his|their) last\b",
    r"\b(?:shes|hes|theyre|she is|he is|they are) (?:fainted|fainting|unconscious|not breathing|turning blue)\b",
    r"\b(?:shes|hes|theyre) (?:stopped|not) eating\b.{0,80}\b(?:fainted|deserve|purg|starv)",
)

# Distress said plainly but without a word of danger: one gentle question, never the crisis flow.
_DISTRESS_CHECK = (
    r"\b(?:scared|afraid|frightened) (?:to be|of being) (?:alone|by myself|on my own)\b",
    r"\b(?:someone|somebody|please|pls) (?:just )?make (?:it|this|everything) (?:all )?stop\b",
    r"\bdark (?:in|inside) my (?:head|mind)\b",
    r"\b(?:im|i am|i m) (?:really |so |honestly |just )?not (?:ok|okay|alright|doing (?:ok|well|great|good))\b",
    r"\b(?:im|i am) (?:at|past) my (?:limit|breaking point|wits end)\b",
    r"\b(?:im|i am|i feel) (?:like im |like i am )?(?:(?:honestly|really|so|just|completely|literally|kind of|kinda|totally) )?"
    r"(?:drowning|breaking|falling apart|crumbling|spiralling|spiraling|"
    r"going under|sinking|losing it|losing my mind)\b",
    r"\b(?:i )?(?:dont|do not) know (?:how much longer|how long) i can\b",
    r"\b(?:i )?(?:dont|do not) know (?:what|how) (?:il|i will|im going to|to) (?:do|keep going|go on|cope|get through)\b",
    r"\b(?:dont|do not) know (?:if|whether) i can (?:get through|make it|keep going|cope|survive)\b",
    r"\b(?:dark|bad|scary|intrusive) thoughts?\b",
    r"\b(?:dark|bad|scary|horrible) (?:place|time|headspace|space)\b",
    r"\bnot a good place\b",
    r"\b(?:dont|do not) (?:really )?care (?:what happens to me|if i live|about anything|about myself|anymore)\b",
    r"\bwhy (?:do i|i) (?:even )?(?:bother|keep going|exist|wake up|try)\b",
    r"\bwhy am i (?:even )?(?:still )?(?:here|alive|breathing)\b",
    r"\b(?:im|i am) (?:not )?(?:going to|gonna) do (?:anything|something) (?:stupid|dumb|silly)\b",
    r"\b(?:scared|afraid|frightened) (?:of|about) (?:what i might do|myself|being alone)\b",
    r"\b(?:dont|do not) trust myself\b",
    r"\b(?:easier|better) if i (?:just )?(?:wasnt|was not|werent|were not) (?:around|here|alive)\b",
    r"\b(?:if|what if) i (?:just )?(?:wasnt|was not|werent|were not) (?:here|around|alive)\b",
    r"\b(?:exhausted|tired|sick|done) (?:with|of) (?:life|living|everything|it all|being me|being alive|existing)\b",
    r"\b(?:life|lifes|its|it|everything|everythings) (?:is )?(?:just )?(?:too much|too hard|unbearable)\b",
    r"\b(?:i )?(?:hate|loathe|despise) myself\b",
    r"\b(?:im|i am|i feel) (?:so )?(?:empty|numb|broken|lost|alone|worthless|hopeless|useless)\b(?! (?:without my (?:phone|coffee)|"
    r"at (?:cooking|maths|math|sport)))",
    r"\b(?:i )?(?:need|want) (?:someone|somebody|anyone|a real person|to talk to someone|to talk to a real person)\b",
    r"\b(?:please|pls|plz) (?:just )?(?:someone|somebody|anyone) (?:talk|help|listen)\b",
    r"\b(?:dont|do not) know who (?:else )?to (?:talk|tell|turn)\b",
    r"\b(?:i have|ive got|ive got|got) no ?one\b",
    r"\b(?:pls|plz|please) (?:hlp|help)\b",
    r"\b(?:no|cant see a|dont see a|dont see any|cant see any) way (?:forward|out|through)\b",
    r"\b(?:dont|do not|cant|can not) see how (?:things|it|life) (?:gets?|will get|could get) better\b",
    r"\b(?:it|things) (?:never|wont) get(?:s)? better\b",
    r"\b(?:everyone|people|they) (?:says|say) it gets better\b",
    r"\b(?:wish|wished) (?:id|i had|i would have|i was|i were|i) never (?:been )?born\b",
    r"\bi (?:might|may) not be (?:here|around)\b",
    r"\b(?:disappear|vanish|go away) for (?:a while|good|a bit)\b",
    r"\b(?:imagine|imagining|think about|thinking about) my (?:own )?funeral\b",
    r"\b(?:sleep|sleeping) for (?:a very long time|a long time|ever|days and never)\b(?! (?:tonight|this weekend|tomorrow))",
    r"\b(?:old|dark|bad) thoughts (?:are )?(?:back|creeping|coming back)\b",
    r"\b(?:rock bottom|lowest point|at my lowest)\b",
    r"\b(?:world|everyone|they|people) (?:would|will) (?:keep going|be fine|carry on|move on) without me\b",
    r"\bwhat if\b(?= .{0,40}(?:stopped|wasnt here|jumped|didnt wake|ended|gone|platform|train|bridge))",
    r"\b(?:just )?(?:stop|stopped|stopping) (?:everything|trying to swim|existing)\b",
    r"\bleave first\b.{0,20}\beverything\b",
    r"\b(?:wouldnt|would not|wont) mind (?:if i (?:died|didnt wake|got hit)|dying)\b",
    r"\bif i got hit by a (?:bus|car|truck|train)\b",
    r"\b(?:driving|drive) (?:really |so )?fast and not caring\b",
    r"\bnot (?:a )?life without (?:him|her|them)\b|\bwithout (?:him|her|them) (?:isnt|is not|s not) (?:a )?life\b",
    r"\b(?:cant|can not|cannot|cant) (?:see a|imagine a) (?:way forward|future) without (?:him|her|them)\b",
    r"\b(?:if|when) (?:he|she|they) leaves? i (?:dont|do not) know what i (?:ll|will|d|would|might) do\b",
    r"\b<CANT> (?:take|handle|do) (?:much )?(?:more|any more|anymore)\b",
    r"\b<CANT> any ?more\b",
    r"\b(?:dont|do not) know (?:if|whether) i (?:want|wanna) (?:to )?be (?:here|alive|around)\b",
    r"\bget through (?:tonight|the night|this night)\b(?= .{0,20})",
    r"\b(?:so )?done (?:with|w) (?:life|living|everything)\b",
    r"\bim done\. like (?:properly|actually|really) done\b|\b(?:properly|actually|really|completely) done\b",
    r"\b(?:feeling|feel|im) (?:so |very |really |v )?low\b",
    r"\bnot (?:in danger|suicidal|going to do anything)\b",
    r"\bdrink (?:until|till) i (?:black out|pass out)\b",
    r"\bsick of being me\b",
    r"\b(?:underwater|under water)\b.{0,40}\b(?:stopped|stop|give up|not trying)\b",
    r"\btoo broken\b",
    r"\b(?:no|any) point (?:in )?(?:carrying on|going on|trying|living)\b",
    r"\b(?:i )?(?:need|have) to get out of here\b",
    r"\bcant get up\b",
    r"\bnot (?:eating|sleeping) (?:much|properly)\b.{0,80}\b(?:not (?:sure|fine|ok)|grey|gray|empty)\b",
    r"\bdont feel real\b",
    r"\bthings are (?:really )?bad at home\b",
    r"\b(?:^|\s)help$",
)

_PARTNER_CHECK_MORE = (
    r"\b(?:he|she|they|my <PARTNER>) (?:\w+ )?(?:grabbed|grabs|shoved|shoves|pushed|pushes|squeezed|twisted|yanked|pinned) "
    r"(?:my (?:arm|arms|wrist|wrists|neck|hair|face|shoulders?)|me)\b",
    r"\b(?:he|she|they|my <PARTNER>) (?:\w+ ){0,2}(?:controls|decides|dictates) (?:a lot of |everything |all of |most of )?"
    r"(?:what i|who i|where i|how i)\b",
    r"\b(?:feel|feeling|felt) (?:\w+ )?(?:unsafe|not safe) (?:at home|with (?:him|her|them)|around (?:him|her|them))\b",
    r"\b(?:jealous and possessive|possessive and jealous|(?:so|really|very|super|too) (?:possessive|jealous and))\b",
    r"\b(?:still )?(?:has|have|got) (?:a )?(?:key|keys) (?:to my|and)\b.{0,60}\b(?:coming in|let (?:himself|herself) in|been in)\b",
)

_OTHER_CHECK = (
    r"\b(?:worried|worrying|scared|concerned) (?:about|for) (?:my|a|our) (?:<RELATIVE>)\b",
    r"\b(?:saying|says|said|posting|posts) (?:\w+ )?dark (?:stuff|things|thoughts)\b",
)

_HARM_CHECK = (
    r"\b(?:thoughts|urges|images|pictures) (?:of|about) (?:hurting|harming|killing|drowning|dropping) (?:my|the|a|him|her|them|someone)\b",
)

_SELF_HARM_ACTS = (
    r"\bi (?:used to|would|use to) (?:cut|self harm|burn myself|hurt myself|scratch myself)\b",
    # Texting drops the "I": "Cut again tonight.", "burned again".
    r"<CLAUSE_START>(?:cut|cuted|burned|burnt|scratched|sh|self harmed|relapsed)(?: again| tonight| last night| today)\b",
    r"\b(?:self harm|sh|cutting|cut|burning)(?: again)?\. (?:same place|deeper|its getting infected|worse)\b",
    r"\bself harm again\b",
    r"\b(?:scratched|scratching|scratch|bit|biting|bite|hit|hitting|punched|punching|bang|banged|banging|pull|pulling|pulled) "
    r"(?:my (?:own )?)?(?:arms?|legs?|skin|head|wrists?|thighs?|the wall|walls|hair out)\b.{0,60}\b(?:until|till|til|to feel|"
    r"on purpose|bled|bleed|bruise|split|raw|deserve|shuts)\b",
    r"\b(?:deserve|need|want) (?:the|to feel) pain\b",
    r"\bgive it to myself\b",
    r"\b(?:getting|got|get|grabbing|grabbed) (?:the|my|a) (?:razor|blade|compass|knife|lighter|sharpener)\b(?= .{0,40}"
    r"(?:out|dont|pain|feel|again|stop|cut|need))",
    r"\b(?:relapsed|relapse)\b.{0,20}\b(?:\d+|to|two|three|a few|some|more) cuts?\b",
    r"\b(?:hide|hiding|cover|covering) (?:my |the )?(?:cuts|scars|marks)\b",
    r"\b(?:not|without) (?:self harming|cutting|sh)\b.{0,30}\b(?:break|give in|relapse|about to)\b",
    r"\bcut(?:ting)? (?:deeper|too deep)\b",
    r"\b(?:i cut|cutting) (?:again|myself again)\b",
)

_MEDICAL_MORE = (
    r"\b(?:mixed|mixing) (?:a lot of |loads of |some )?(?:vodka|alcohol|wine|booze|drink) (?:with|and) (?:my )?(?:pills|sleeping pills|"
    r"meds|tablets|xanax|benzos)\b",
    r"\b(?:took|taken|had|injected) (?:double|triple|twice|too much of) (?:my )?(?:insulin|dose|meds|medication|tablets)\b",
    r"\bchest pain\b.{0,40}\b(?:arm|jaw|numb|sweating|half an hour|hour)\b",
    r"\b(?:arm|jaw) (?:s |is |has )?(?:gone )?numb\b",
    r"\bcant (?:feel|move) my (?:hands|legs|arm|face)\b",
    r"\b(?:drowsy|slurring|wont wake|cant wake)\b",
)

_PARTNER_ACTS = (
    r"\b(?:he|she|they|<PARTNER>|my <PARTNER>) (?:\w+ ){0,2}(?:slapped|punched|kicked|hit|choked|strangled|shoved|pushed|headbutted) me\b(?! (?:up|back)\b)",
    r"\b(?:threw|throws|thrown) (?:a |the |his |her )?(?:plate|glass|bottle|chair|phone|mug|cup|shoe|remote|something) "
    r"(?:at|to) (?:me|my (?:head|face))\b",
    r"\b(?:if i (?:ever )?(?:leave|left|go|tell|see (?:her|him|them) again))\b.{0,30}\b(?:find me|kill|hurt|break|regret|pay)\b",
    r"\b(?:hell|shel|hel|theyl|he will|she will|he would|she would|hed|shed) (?:find me|break my|hurt my (?:dog|cat|kids?|"
    r"children|family|mum)|kill my)\b",
    r"\b(?:covered in|full of|got) bruises\b",
    r"\btold me to say i (?:fell|walked into|tripped)\b",
    r"\b(?:knows|tracks|sees) where i am (?:at )?all (?:the )?times?\b",
    r"\b(?:standing|waiting|hiding) in my (?:back ?garden|garden|driveway|hallway|stairwell)\b",
    r"\b(?:turning|turns|turned|showing|shows|showed) up (?:outside|at) my (?:work|house|flat|door|place|job|office)\b",
    r"\bslashed my (?:tyres|tires)\b",
    r"\b(?:he s|hes|shes|shes|theyre|he is|she is) (?:outside|at) (?:the|my) door\b",
    r"\b(?:held|holds|pinned|pins) my (?:hand|arm|wrist|head|neck|throat) (?:flat |down )?(?:on|against|to)\b",
    r"\bcut above my eye\b|\b(?:black eye|split lip|broken (?:nose|rib|wrist))\b",
    r"\b(?:hurt|kill|poison) my (?:dog|cat|pet|kids?|children|baby)\b",
    r"\bmake me regret\b",
)

_SEXUAL_MORE = (
    r"\b(?:got|was|been|being) (?:sexually )?(?:assaulted|attacked|graped|molested|raped|groped)\b",
    r"\bforced (?:himself|herself|themselves) on me\b",
    r"\b(?:put|slipped|spiked) (?:something|a drug|drugs) (?:in|into) my drink\b",
    r"\bwoke up (?:in|with) (?:his|her|their|a strangers|someones) (?:bed|flat|room)\b.{0,40}\b(?:no memory|dont remember|cant remember)\b",
    r"\btoo (?:drunk|high|out of it) to (?:say (?:yes|no)|consent|stop (?:him|her|them))\b",
    r"\b(?:did it|kept going|carried on) anyway\b",
    r"\b(?:grabbed|touched|groped) (?:me )?(?:between my legs|my (?:breasts?|crotch|bum|butt|privates|chest))\b",
    r"\b(?:cornered|trapped) me in\b",
    r"\b(?:didnt|did not|wouldnt|would not) stop when i (?:said|told)\b",
    r"\b(?:does|did|doing) (?:stuff|things) to me (?:i|that i) (?:dont|didnt|do not|did not) (?:like|want)\b",
    r"\b(?:stepdad|step dad|dad|father|uncle|brother|stepbrother|cousin|grandad|grandpa|grandfather|teacher|coach|mums "
    r"boyfriend|moms boyfriend) (?:keeps |has been |is |was )?(?:touching|touches|touched) me\b",
    r"\bcan(?:t| not|not) talk about what happened\b",
)

_HARM_TO_OTHERS_PLAN = (
    r"\b(?:knife|gun|weapon|bat) in my (?:bag|car|pocket|coat)\b.{0,60}\b(?:pay|kill|hurt|when (?:she|he|they))\b",
    r"\b(?:make (?:her|him|them) pay|get whats coming|get whats coming)\b",
    r"\bburn (?:his|her|their) (?:car|house|flat)\b",
    r"\b(?:been )?watching (?:her|his|their) (?:house|flat|place)\b",
)

_COERCION_MORE = (
    r"\b(?:shel|hel|theyl|shed|hed|theyd|(?:she|he|they) (?:will|would|is going to|says|said|texts|threatens)|"
    r"(?:shes|hes|theyre) going to) (?:that )?(?:(?:shel|hel|theyl|shes|hes|theyre|(?:she|he|they) (?:will|is)) "
    r"(?:going to )?)?(?:take all (?:her|his|their) pills|crash (?:her|his|their) car|drink (?:him|her|them)self to death|"
    r"jump|do something stupid|end it|not be here)\b.{0,40}\b(?:if i|unless i|because i|when i)\b",
    r"\b(?:if i|unless i)\b.{0,60}\b(?:kill|hurt|harm) (?:him|her|them) ?sel(?:f|ves)\b",
    r"\b(?:blood|death) (?:is|will be) on my hands\b",
    r"\b(?:sent|sends) me a (?:pic|picture|photo) of (?:a )?(?:razor|blade|knife|pills|rope)\b",
    r"\b(?:if|unless) i (?:dont|do not|dont|leave|go|break up)\b.{0,60}\b(?:crash|jump|overdose|take all)\b",
)

_OTHER_MORE = (
    r"\b(?:she|he|they) (?:isnt|is not|s not|wont|hasnt|has not) (?:answering|responding|replying|picking up)\b.{0,60}"
    r"(?:low|goodbye|sorry for everything|suicid|worried|scared)",
    r"\b(?:sorry for everything|i love you all)\b.{0,60}\b(?:not answering|isnt answering|wont answer|no answer)\b",
    r"\b(?:my|a|her|his|our) (?:<RELATIVE>|girl|boy|guy|man|woman|mate|friend) (?:in my class |at work |online )?"
    r"(?:said|says|posted|texted|told me|keeps saying) (?:\w+ ){0,4}(?:that )?(?:(?:shel|hel|theyl|shes|hes|theyre|shed|hed|theyd|"
    r"(?:she|he|they) (?:will|is|would|doesnt|wishes)) )?"
    r"(?:be gone|not be here|doesnt see the point|wishes (?:she|he|they)d never been born|never been born|tonight is|wont need|"
    r"wont need|last night)",
    r"\b(?:he|she|they) (?:doesnt|does not) see the point of (?:living|life|going on)\b",
    r"\b(?:daughter|son|kid|child|sister|brother|friend|teen|student) (?:has been|is|s been|keeps) (?:cutting|self harming|"
    r"starving|purging|hurting (?:herself|himself|themselves))\b",
    r"\b(?:found|saw) (?:the )?(?:blades|razors|cuts|pills|a note|a noose|scars) (?:in|on) (?:her|his|their)\b",
    r"\b(?:took|swallowed|had) (?:a load of|a bunch of|loads of|lots of|all) (?:her|his|their|her mums|his mums) "
    r"(?:tablets|pills|meds)\b",
    r"\b(?:shes|hes|theyre|she is|he is|they are) (?:\w+ )?on (?:the|a|her|his|their) (?:roof|bridge|ledge|edge|balcony)\b",
    r"\b(?:told me|says|said) (?:her|his|their) (?:stepdad|dad|father|uncle|brother|boyfriend|husband) (?:is |keeps |has been )?"
    r"(?:touching|hitting|beating|hurting|abusing) (?:her|him|them)\b",
    r"\b(?:controls|checks) (?:everything|her (?:money|phone)|his (?:money|phone))\b.{0,60}\b(?:black eye|bruise|hits|scared)\b",
    r"\b(?:mate|friend|sister|brother|neighbour|neighbor) s (?:boyfriend|girlfriend|husband|wife|partner)\b.{0,60}"
    r"\b(?:controls|hits|beats|black eye|bruises|screaming|smash|threatens)\b",
    r"\b(?:screaming|shouting)\b.{0,40}\b(?:smash|crash|crying|scream)\b.{0,60}\b(?:call someone|police|should i)\b",
    r"\b(?:gave|gives|giving) (?:me|away) (?:his|her|their) (?:watch|playstation|things|stuff|guitar)\b.{0,60}"
    r"\b(?:wont need|wont need|anymore|goodbye|not answering)\b",
    r"\bgone by (?:morning|tomorrow|tonight)\b",
    r"\b(?:how do i|how can i|how to) help (?:my|a|her|him)\b.{0,80}\b(?:point|suicid|kill|die|hurt|harm|cut)",
    r"\b(?:wishes|wished) (?:hed|shed|theyd|he had|she had|they had|he was|she was|they were) never (?:been )?born\b",
)

# Abuse told as history: acknowledged with support lines, nothing paused, partner practices untouched.
_PAST_ABUSE = (
    r"\b(?:used to|would|kept|always) (?:\w+ ){0,1}(?:beat|hit|hurt|abuse|touch|molest|rape|choke|strangle|slap|punch|kick|"
    r"lock) (?:me|us)\b",
    r"\b(?:i was|i got|we were|id been|i had been|been) (?:\w+ ){0,1}(?:groomed|molested|abused|raped|beaten|assaulted|"
    r"touched) (?:by|as a|when|at|from|growing)\b(?! (?:a|the) (?:car|bus|ball|van|bike|truck|door)\b)",
    r"\b(?:violent|abusive) (?:marriage|relationship|childhood|home|household|father|dad|mother|mum|mom|ex|stepdad|stepfather|"
    r"family|upbringing)\b",
    r"\b(?:getting|got) (?:beaten|hit|belted|smacked)\b",
    r"\b(?:come|came|would come) into my (?:room|bed) at night\b",
    r"\b(?:growing up|as a (?:kid|child|teen|little girl|little boy)|when i was (?:little|young|a kid|a child|\d{1,2}))\b.{0,80}"
    r"\b(?:touched me|abused me|hit me|beat me|molested|hurt me|raped me|beaten)\b",
    r"\b(?:touched|abused|molested|hit|beat|raped) me\b.{0,40}\b(?:nobody believed|no one believed|when i was|as a kid|"
    r"growing up|years ago)\b",
    r"\b(?:survivor of|survived) (?:abuse|rape|domestic (?:violence|abuse)|sexual abuse|childhood abuse)\b",
    r"\b(?:childhood|past) (?:abuse|trauma|sexual abuse)\b",
)

LEXICON = Lexicon(
    code="en",
    macros={
        **MACROS,
        "<RELATIVE>": (
            r"sister|brother|friend|best friend|bestie|bff|mum|mom|mother|dad|father|son|daughter|kid|child|cousin|"
            r"partner|boyfriend|girlfriend|husband|wife|bf|gf|roommate|flatmate|colleague|coworker|niece|nephew|aunt|"
            r"uncle|grandma|grandad|grandpa|grandmother|grandfather|ex|student|client|teenager|teen|neighbou?r|"
            r"sibling|fiance|fiancee|stepdad|stepmom|stepson|stepdaughter|little sister|little brother|mate"
        ),
        "<THIRD>": r"he|she|they|hes|shes|theyre|hel|shel|hed|shed|theyl|theyd|(?:my|our|a|her|his) (?:<RELATIVE>)",
    },
    rules=(
        *crisis(Category.SUICIDE, *_DEATH_WORDS, hyperbole=True),
        *crisis(Category.SUICIDE, *_KILL_MYSELF, joking=True),
        *crisis(Category.PAST_ABUSE, *_PAST_ABUSE),
        *crisis(Category.SUICIDE, *_SUICIDE, *_SUICIDE_MORE),
        *check(Category.SUICIDE, *_SUICIDE_CHECK, *_SAFETY_CHECK, *_DISTRESS_CHECK),
        *crisis(Category.SUICIDE, *_PLANS, *_PLANS_MORE),
        *crisis(Category.EATING_DISORDER, *_EATING_MORE),
        *check(Category.EATING_DISORDER, *_EATING_CHECK),
        *crisis(Category.SELF_HARM, *_SELF_HARM, *_SELF_HARM_MORE, *_SELF_HARM_ACTS),
        *crisis(Category.HARM_TO_OTHERS, *_HARM_TO_OTHERS, *_HARM_TO_OTHERS_MORE, hyperbole=True),
        *crisis(Category.HARM_TO_OTHERS, *_HARM_TO_OTHERS_PLAN),
        *crisis(Category.PARTNER_VIOLENCE, *_PARTNER_VIOLENCE, *_PARTNER_MORE, *_PARTNER_ACTS),
        *check(Category.PARTNER_VIOLENCE, *_PARTNER_CHECK, *_PARTNER_CHECK_MORE),
        *check(Category.OTHER_PERSON, *_OTHER_CHECK),
        *check(Category.HARM_TO_OTHERS, *_HARM_CHECK),
        *crisis(Category.SEXUAL_VIOLENCE, *_SEXUAL_VIOLENCE, *_SEXUAL_MORE, *_MINOR_DANGER_MORE),
        # An age alone is a check (this bot is for adults); with danger beside it, a crisis (see _summarise).
        *check(Category.MINOR, *_MINOR, *_MINOR_MORE),
        *crisis(Category.EATING_DISORDER, *_EATING_DISORDER),
        *crisis(Category.MEDICAL_EMERGENCY, *_MEDICAL_EMERGENCY, *_MEDICAL_MORE, hyperbole=True),
        *check(Category.MEDICAL_EMERGENCY, *_BODY_CHECK),
        *crisis(Category.OTHER_PERSON, *_OTHER_PERSON, *_OTHER_MORE, *_OTHER_EXTRA),
        *crisis(Category.COERCION, *_COERCION, *_COERCION_MORE),
    ),
    typo_targets=(
        "harm",
        "hurt",
        "suicide",
        "suicidal",
        "myself",
        "kill",
        "killing",
        "want",
        "wanna",
        "die",
        "dying",
        "dead",
        "overdose",
        "overdosed",
        "pills",
        "tablets",
        "cutting",
        "unalive",
        "anymore",
        "alive",
        "living",
        "goodbye",
        "strangled",
        "choked",
        "abused",
        "abusive",
        "threatened",
        "threatens",
        "forced",
        "assaulted",
        "afraid",
        "terrified",
        "paracetamol",
        "hopeless",
        "worthless",
        "burden",
        "disappear",
        "forever",
        "existing",
        "deserve",
        "nobody",
        "everyone",
        "better",
        "without",
        "tonight",
        "tomorrow",
        "hurting",
        "harming",
        "self",
        "cuts",
    ),
    topic=(
        r"\b(?:documentary|documentaries|film|movie|book|novel|podcast|lecture|course|training|article|news|series|"
        r"episode|tv show|the show|a show|essay|class|module|seminar|webinar|prevention|awareness|research|study|"
        r"studying|case study|first aid|cpr|patient|nurse|ward|shift|true crime|crime drama|video game|character|chapter|"
        r"squad|telly|tv|netflix|cinema|trailer|anime|series finale|season finale|album|lyrics)\b"
    ),
    shorthand={
        "2": "to",
        "u": "you",
        "ur": "your",
        "r": "are",
        "b": "be",
        "wud": "would",
        "wd": "would",
        "cud": "could",
        "w o": "without",
        "wo": "without",
        "evry1": "everyone",
        "every1": "everyone",
        "evryone": "everyone",
        "some1": "someone",
        "no1": "no one",
        "ppl": "people",
        "wanna": "want to",
        "wana": "want to",
        "gonna": "going to",
        "gona": "going to",
        "wnt": "want",
        "wnna": "want to",
        "dnt": "dont",
        "cnt": "cant",
        "cant even": "cant",
        "rn": "right now",
        "idk": "i dont know",
        "idek": "i dont even know",
        "tbh": "to be honest",
        "ngl": "not going to lie",
        "fr": "for real",
        "pls": "please",
        "plz": "please",
        "hlp": "help",
        "tmrw": "tomorrow",
        "2moro": "tomorrow",
        "2day": "today",
        "2nite": "tonight",
        "tonite": "tonight",
        "coz": "because",
        "cuz": "because",
        "bc": "because",
        "sh": "self harm",
        "s h": "self harm",
        "bf": "boyfriend",
        "gf": "girlfriend",
        "lyf": "life",
        "myslf": "myself",
        "mysef": "myself",
        "meself": "myself",
        "kil": "kill",
    },
    negation=(
        r"\b(?:(?<!or )not(?! only\b)|never|no(?! ?one\b| body\b|body\b| longer\b| reason\b| point\b| way\b)|dont|doesnt|"
        r"didnt|wont|wouldnt|shouldnt|isnt|arent|wasnt|werent|havent|hasnt|hadnt|aint|nor|neither|will not|would not|"
        r"do not|does not|did not)\b"
    ),
    hedge=(
        r"\b(?:sure|know\w*|knew|think\w*|thought|certain|care|ok|okay|fine|well|alright|good|coping|"
        r"able|if|whether|why|what|how|when|lie|lying|kidding|joking|matter|idea|tell|told|say|said|safe|"
        r"admit|anyone|anybody|realise\w*|realize\w*|mean|remember|stop|help|believe|understand|wait|want anyone)\b"
    ),
    clause=(
        r"\b(?:but|and|although|though|however|yet|so|because|cause|cos|except|then|still|whereas|while|ngl|tbh|"
        r"honestly)\b"
    ),
    past=(
        r"\b(?:when i was (?:a |an |only |just )?(?:kid|child|little|young|younger|small|teen|teenager|girl|boy|baby|"
        r"toddler|\d{1,2}|in (?:school|high school|middle school|primary school|college|uni))|as a (?:kid|child|teen|"
        r"teenager|little girl|little boy|young girl|young boy)|growing up|(?:years|months|decades|a long time|ages) ago|"
        r"used to|back (?:then|in (?:the day|school|high school|college|uni|(?:19|20)\d\d))|in my (?:childhood|teens|"
        r"twenties|last relationship|previous relationship|first marriage|old relationship)|my (?:childhood|past)|"
        r"(?:my|an) ex (?:used to|would)|when i was with (?:my ex|him|her)|in (?:19|20)\d\d|(?:previous|old|former|"
        r"first|last) (?:relationship|marriage)|(?:former|first|old) (?:partner|husband|wife|boyfriend|girlfriend)|"
        r"(?:my )?(?:ex husband|ex wife|ex boyfriend|ex girlfriend)|as a child|in the past|at (?:age|the age of) \d{1,2}|"
        r"(?:all|everything|its|it) (?:is |s )?(?:ok|okay|fine|good) (?:again|now)?|it passed|(?:im|i am) (?:ok|okay|fine|safe) now)\b"
    ),
    present=(
        r"\b(?:again|now|still|today|tonight|lately|these days|right now|this week|currently|anymore|any more|"
        r"keeps|keep|is starting|started again|coming back|back again)\b"
    ),
    third_person=r"\b(?:he|she|they|hes|shes|theyre|hel|shel|hed|shed|theyl|theyd|(?:my|our|a|her|his) (?:<RELATIVE>))\b",
    first_person=r"\b(?:i|im|ive|id|il|i am|me|my ?self)\b",
    light=(
        r"(?:\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|jking|xd|ded)\b|(?<!not )(?<!not even )\b(?:kidding|joking)\b|😂|🤣|💀|😅|🙄|"
        r"\bthis (?:meeting|traffic|exam|test|class|lecture|weather|heat|song|show|episode|game|movie|commute|queue|"
        r"line|homework|assignment|presentation|hangover|cold|flu|headache|workout|diet|week|monday|day)\b|"
        r"\b(?:of|from) (?:embarrassment|boredom|cringe|shame|laughter|heat|hunger|laughing|cuteness|excitement)\b|"
        r"\bso (?:embarrassing|boring|cringe|awkward|cringey|funny|cute)\b|\b(?:my|the) (?:boss|teacher|exam|test|"
        r"homework|deadline|meeting|inbox|commute|hangover|landlord)\b)"
    ),
    condition=(
        r"\b(?:if (?:he|she|they|my <PARTNER>) (?:ever )?(?:leaves|left|goes|doesnt|dont|does not|wont|never|ignores|"
        r"breaks up|dumps|cheats|stops|moves on|finds someone)|without (?:him|her|them)|if (?:i|we) (?:lose|lost|break up|"
        r"split)|(?:till|until) (?:he|she|they) (?:texts|calls|answers|replies|writes))"
    ),
    not_now_age=(
        r"\b(?:feel|felt|feels|feeling|act|acting|acted|like|as if|as though|again|was|were|when|since|back|at age|"
        r"at the age of|aged|turned|kids?|son|daughter|sister|brother|niece|nephew|child|children|she|he|they|my "
        r"\w+ is)\b"
    ),
)
