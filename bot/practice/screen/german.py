"""German signal patterns for the crisis screen, with the context words that temper them."""

# Written for how people type on a phone in Germany, Austria and Switzerland: no umlauts or
# with "ue/oe/ae" ("moechte", "muede"), dropped subjects ("will nur noch sterben"), dialect
# and chat forms ("i", "ned", "nimmer", "bring mi um"). Text and patterns are folded alike (see
# normalising.py): umlauts lose their dots, "ß" becomes "s", runs of a letter squeeze to one, so
# every umlaut spelled "ue/oe/ae" is allowed explicitly in the patterns.
#
# Idioms of death stay clear: "ich sterbe vor Lachen", "todmüde", "ich könnte ihn umbringen"
# (a modal of wish, never a plan), "Schluss machen" alone (breaking up).

from __future__ import annotations

from bot.practice.screen.lexicon import Category, Lexicon, check, crisis

MACROS = {
    "<NEGATABLE>": "",
    # Words that may sit between a verb and its object or infinitive ("will einfach nur noch sterben").
    "<ADV>": (
        r"(?:(?:einfach|nur|noch|nur noch|echt|wirklich|so|eigentlich|manchmal|oft|heute|jetzt|gerade|grad|"
        r"endlich|lieber|am liebsten|ehrlich|ernsthaft|langsam|bald|schon|auch|dann|halt|eh|mal|wieder|"
        r"schon wieder|immer|immer noch|ständig|staendig|dauernd|total|richtig|gerne?) ){0,3}"
    ),
    "<WANT>": (
        r"(?:will|wil|wü|wui|möchte|moechte|mochte|wollte|wollt|würde gerne?|wuerde gerne?|wurde gerne?|werde|werd|"
        r"muss|mus|sollte|mag|kann|könnte|koennte|konnte|wünsche mir|wuensche mir|wunsche mir)"
    ),
    "<KILLSELF>": (
        r"(?:umbringen|umzubringen|töten|toeten|toten|zu töten|zu toeten|zu toten|umbringe|das leben nehmen|"
        r"das leben zu nehmen|erhängen|erhaengen|erhangen|aufhängen|aufhaengen|aufhangen|zu erhängen|zu erhaengen|"
        r"zu erhangen|erschießen|erschiessen|erschiesen|zu erschießen|zu erschiessen|vergiften|zu vergiften|"
        r"die kugel geben|vor den zug werfen|vor einen zug werfen|vor den zug schmeißen|vor den zug schmeissen|"
        r"ertränken|ertraenken|ertranken|etwas antun|was antun|etwas anzutun|was anzutun|"
        r"vor (?:den|einen|nen|die|eine|ne) (?:zug|bahn|u bahn|s bahn|bus|lkw|laster|auto|tram|strasenbahn) "
        r"(?:zu )?(?:werfen|schmeisen|schmeißen|legen|stellen|springen)|(?:von|vom) (?:der |dem |einer |einem )?<HIGH> "
        r"(?:stürzen|stuerzen|sturzen|werfen|springen|fallen lassen)|in die tiefe (?:stürzen|stuerzen|sturzen|fallen lassen))"
    ),
    "<PARTNER>": (
        r"(?:freund|mann|ehemann|partner|partnerin|freundin|frau|ehefrau|verlobter|verlobte|ex|exfreund|ex freund|"
        r"exmann|ex mann|vater|papa|stiefvater|stiefpapa|mutter|mama|stiefmutter|bruder|onkel|opa|typ|lebensgefährte|"
        r"lebensgefaehrte|lebensgefahrte)"
    ),
    "<RELATIVE>": (
        r"(?:freund|freundin|beste freundin|bester freund|schwester|bruder|mutter|mama|mami|vater|papa|sohn|tochter|"
        r"kind|mann|frau|partner|partnerin|kollege|kollegin|cousine|cousin|oma|opa|tante|onkel|nachbar|nachbarin|"
        r"mitbewohner|mitbewohnerin|ex|bff|klassenkamerad|klassenkameradin|schüler|schuler|schueler|schülerin|"
        r"schulerin|schuelerin|nichte|neffe|stiefvater|stiefmutter|freundinnen|freunde)"
    ),
    # A subject other than the writer, before a verb.
    "<SUBJ>": (r"(?:er|sie|(?:mein|meine|meiner|meinem|der|die) <PARTNER>|der typ|der kerl)"),
    "<HITV>": (
        r"(?:schlägt|schlaegt|schlagt|haut|prügelt|pruegelt|prugelt|verprügelt|verpruegelt|verprugelt|würgt|wuergt|"
        r"wurgt|tritt|schubst|stößt|stoesst|stost|bedroht|erpresst|erprest|vergewaltigt|misshandelt|mishandelt|"
        r"missbraucht|misbraucht|ohrfeigt|verfolgt|stalkt|begrapscht|betatscht|fesselt|sperrt|kontrolliert|"
        r"terrorisiert|quält|quaelt|qualt|beißt|beisst|beist|zwingt)"
    ),
    "<HITP>": (
        r"(?:geschlagen|gehauen|verprügelt|verpruegelt|verprugelt|gewürgt|gewuergt|gewurgt|getreten|geschubst|"
        r"gestoßen|gestoßen|gestossen|gestosen|bedroht|erpresst|erprest|vergewaltigt|misshandelt|mishandelt|"
        r"missbraucht|misbraucht|geohrfeigt|gefesselt|eingesperrt|eingeschlossen|gebissen|gezwungen|angegriffen|"
        r"an den haaren gezogen|gegen die wand gedrückt|gegen die wand gedrueckt|gegen die wand gedruckt)"
    ),
    "<FEAR>": r"(?:angst|panik|schiss)",
    "<AGE>": (
        r"(?:[5-9]|1[0-7]|fünf|fuenf|funf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf|zwolf|dreizehn|vierzehn|"
        r"fünfzehn|fuenfzehn|funfzehn|sechzehn|siebzehn)"
    ),
    "<NOT_A_QUANTITY>": (
        r"(?![:/.,]\d)(?! ?(?:%|prozent|minuten|min\b|stunden|std\b|h\b|tage|tagen|wochen|monate|monaten|kilo|kg\b|"
        r"euro|€|uhr|km\b|mal\b|punkte|sekunden|sek\b|meter|m\b|cm\b|jahren|jahre (?!alt\b|und\b|jung\b)))"
    ),
    "<CLAUSE_START>": r"(?:^|(?<=[.,;:!?(])|(?<=[.,;:!?(] )|(?<=\bund )|(?<=\baber )|(?<=\bich )|(?<=\bdann ))",
    "<PILLS>": (
        r"(?:(?:schlaf|schmerz|beruhigungs)?tablette\w*|tabl|tabs|pillen|pille|medikament\w*|medis|meds|"
        r"(?:schlaf|schmerz|beruhigungs)mittel|paracetamol|ibuprofen|ibus?|ibuflam|aspirin|novalgin|antidepressiva|"
        r"benzos|tavor|diazepam|valium|lorazepam|zopiclon|citalopram|sertralin|quetiapin|seroquel|insulin)"
    ),
    # Places people go to jump from.
    "<HIGH>": (
        r"(?:br(?:ü|ue|u)cke|dach|hochhaus|balkon|fensterbrett|fenster|gel(?:ä|ae|a)nder|klippe|bahnsteig|gleis\w*|"
        r"parkhaus|turm|aussichtsturm|abgrund|rand)"
    ),
}

_DEATH_WORDS = (
    # "ich will sterben", "will nur noch sterben", "ich möchte tot sein"; not "vor Lachen", "für dich".
    r"\b(?:ich )?(?:<WANT>) (?:<ADV>)(?:sterben|tot sein|krepieren|verrecken)\b"
    r"(?! (?:vor|für|fuer|fur|wenn|ohne|an altersschwäche|an altersschwaeche|an altersschwache)\b)",
    # Subordinate order: "weil ich sterben will", "dass ich tot sein möchte".
    r"\bich (?:<ADV>)(?:sterben|tot sein) (?:will|möchte|moechte|mochte|wollte|würde|wuerde|wurde)\b",
)

# "Bring mich um" / "tötet mich": a plea, also said lightly; at most a check.
_DEATH_CHECK = (
    r"(?:^|(?<=[.,;:!?(])|(?<=[.,;:!?(] )|(?<=\bund )|(?<=\baber )|(?<=\bbitte )|(?<=\bjemand )|(?<=\bgott )|(?<=\bbitte ))"
    r"(?:bringt|bring|tötet|toetet|totet|töte|toete|tote) mich(?: doch| bitte| einfach)?(?: endlich)?(?: um\b)?"
    r"(?= ?(?:$|[.!?,]|bitte\b))",
)

_SUICIDE = (
    r"(?<!über )(?<!ueber )(?<!uber )\b(?:suizid|suizd|suzid|sucid|suicid)\w*(?!\w*(?:prävention|praevention|pravention|rate|statistik|forschung))",
    r"(?<!über )(?<!ueber )(?<!uber )\bselbstmord(?!attent|anschlag|kommando|rate|statistik|prävention|praevention|pravention)\w*",
    r"\b(?:selbsttötung|selbsttoetung|selbsttotung|freitod)\w*",
    # "ich bring mich um", "bring mi um" (dialect), "ich werde mich umbringen".
    r"\b(?:ich )?(?:<ADV>)(?:bring|bringe|brings) (?:ich )?(?:mich|mi) (?:<ADV>)um\b(?! (?:vor|den schlaf)\b)",
    r"<CLAUSE_START>(?:(?:<WANT>|habe|hab|hatte|will ich|werde ich|möchte ich|moechte ich) )?(?:<ADV>)"
    r"(?:(?:versucht|vor|daran gedacht|überlegt|ueberlegt|uberlegt|den plan),? )?(?:mich|mi) (?:<ADV>)<KILLSELF>\b"
    r"(?! (?:wird|will|könnte|koennte|konnte|würde|wuerde|wurde)\b)",
    r"\b(?:gedanken|gedanke|plan|pläne|plaene|plane|drang|lust),? (?:mich|mi) (?:<ADV>)<KILLSELF>",
    r"\bich (?:<ADV>)(?:töte|toete|tote|erhänge|erhaenge|erhange|erschieße|erschiesse|erschiese|vergifte) mich\b",
    # "Schluss machen" is a break-up; only "mit allem / mit dem Leben / mit mir" is a death.
    r"\bschlu(?:ss|s) (?:machen|mache|mach|macht|zu machen) mit (?:allem|dem leben|meinem leben|mir|allem hier)\b",
    r"\bmit (?:allem|dem leben|meinem leben) schlu(?:ss|s) (?:machen|mache|zu machen)\b",
    r"\b(?:mach|mache|machen|zu machen) (?:ich )?(?:<ADV>)schlu(?:ss|s) mit (?:allem|dem leben|meinem leben|mir)\b",
    r"\b(?:am liebsten|lieber) w(?:ä|ae|a)re? ich (?:einfach |schon )?tot\b",
    r"\b(?:denke|denk|dachte|nachdenken|gedanken|gedacht) (?:\w+ ){0,2}(?:an|über|ueber|uber) (?:selbstmord|suizid|"
    r"mich umzubringen|mich zu töten|mich zu toeten|mich zu toten)\w*",
    r"\b(?:meinem leben|allem) ein ende (?:setzen|machen|bereiten|zu setzen|zu machen|setze|mache)\b",
    r"\bmein leben (?:<ADV>)(?:beenden|zu beenden|beende)\b",
    r"\b(?:<WANT>|ich) (?:<ADV>)(?:nicht|nich|net|ned|nimmer|nit) (?:mehr )?(?:leben|weiterleben|weiter leben|da sein|"
    r"existieren|aufwachen|auf dieser welt sein|am leben sein|hier sein|lebn|lebe)\b(?! (?:in|bei|auf|mit|ohne|so)\b)",
    r"\b(?:keine|kein|keinen) (?:lust|bock|kraft|grund|sinn|willen|wille) mehr (?:zu |zum |am |im )?(?:leben|weiterleben|"
    r"weiter zu leben|weiterzuleben|existieren|aufzuwachen|aufwachen)\b",
    r"\b(?:das )?leben (?:hat|macht) (?:für mich |fuer mich |fur mich )?(?:keinen|null) sinn mehr\b",
    r"\bwozu (?:noch )?(?:leben|weiterleben|weitermachen)\b",
    # "Ich bin müde" alone is tiredness; only weariness of life counts.
    r"\blebensm(?:ü|ue|u)de\w*|\b(?:m(?:ü|ue|u)de|satt) (?:vom|zu) leben\b|\bdas leben (?:so )?satt\b",
    r"\b(?:ich )?(?:hab|habe) (?:<ADV>)(?:keine lust|kein bock) mehr auf (?:das leben|mein leben|leben|alles)\b",
    r"\b(?:ich )?w(?:ä|ae|a)re? (?:ich )?(?:viel |so )?(?:lieber|gerne?|am liebsten|einfach|endlich|besser) (?:\w+ )?tot\b",
    r"\bw(?:ü|ue|u)nsch(?:e|te)?,? (?:mir,? )?(?:dass )?(?:ich )?(?:w(?:ä|ae|a)re?|sei) (?:einfach |schon )?tot\b",
    r"\bw(?:ü|ue|u)nsch(?:e|te)?,? (?:mir,? )?(?:dass )?ich w(?:ä|ae|a)re? (?:nie|nicht) geboren\b",
    r"\b(?:nie|nicht|nie wieder|nicht mehr) (?:mehr )?(?:aufwachen|aufzuwachen|aufwache)\b",
    r"\beinschlafen und (?:nie|nicht) (?:mehr |wieder )?aufwachen\b",
    r"\bein teil von mir (?:will|möchte|moechte|mochte) (?:sterben|tot sein|nicht mehr leben)\b",
    r"\b(?:alle|jeder|allen|meine familie|die welt|ihr) (?:w(?:ä|ae|a)ren?|w(?:ä|ae|a)r|ist|sind|g(?:i|ie)ngen?) "
    r"(?:\w+ ){0,2}(?:besser|glücklicher|gluecklicher|glucklicher) (?:dran )?ohne mich\b",
    r"\bohne mich (?:w(?:ä|ae|a)ren?|w(?:ä|ae|a)r|ging es|ginge es|geht es|gehts|ist|sind) (?:\w+ ){0,2}"
    r"(?:besser|glücklicher|gluecklicher|glucklicher|leichter)\b",
    r"\b(?:ich )?(?:sammle|sammel|sammelt|horte|hort|bunkere|bunker|hamstere|hamster|spare|habe gesammelt|hab gesammelt|"
    r"hab gehortet|habe gehortet|hab gebunkert|habe gebunkert) (?:\w+ ){0,3}<PILLS>",
    r"\b<PILLS> (?:\w+ ){0,2}(?:gesammelt|gehortet|gebunkert|zur seite gelegt|zusammengespart)\b",
    # The means laid out: "die Tabletten liegen schon bereit", "hab den Strick schon hier".
    r"\b(?:<PILLS>|strick|schlinge) (?:\w+ ){0,2}(?:liegen |liegt |sind |ist )?(?:schon |alle )?(?:hier|bereit|bereitgelegt|"
    r"vor mir|neben mir|parat)\b(?! (?:für|fuer|fur) (?:die|den|meine|meinen) (?:reise|urlaub|oma|mama|kind))",
    # The article is part of the match: "nen" is a French denial in the shared context words.
    r"\b(?:(?:einen|nen|n|ein|den|meinen|nen kleinen) )?(?:abschiedsbrie|abschieds ?(?:nachricht|video|zettel|text|mail|"
    r"post|sprachnachricht))\w*",
    r"\b(?:ich )?(?:bin|werde|werd) (?:bald|morgen|ab morgen|dann|vielleicht) nicht mehr (?:da|hier|am leben)\b(?: sein)?"
    r"(?! (?:in|bei|auf|im)\b)"
    r"(?!,? (?:bin|ich bin|zieh\w*|fahr\w*|flieg\w*|geh\w* (?:nach|ins|in)|umzug|urlaub|reise)\b)",
    r"\bnicht mehr lange (?:da|hier|am leben|leben)\b(?! (?:in|bei|auf|im)\b)",
    r"\b(?:puls)?adern (?:\w+ )?(?:aufschneiden|aufzuschneiden|aufgeschnitten|aufschlitzen)\b|\bpulsadern\b",
    r"\b(?:springe|spring|springen|zu springen|werfe mich|werf mich|mich werfen) (?:von (?:der|einer|dem|einem) "
    r"(?:brücke|bruecke|brucke|dach|hochhaus|balkon)|vor (?:den|einen) (?:zug|bus|lkw|lastwagen|auto))\b",
    r"\bvom (?:dach|balkon|hochhaus) (?:springen|zu springen|springe|spring)\b",
    r"\b(?:(?:einen|ein|den|das|eine|die) )?(?:strick|seil|schlinge) (?:um (?:meinen|den) hals|gekauft|besorgt|vorbereitet)\b",
)

_TAKE_THEM_ALL = (
    # "die Tabletten ... heute Nacht nehm ich sie alle": all of one's pills at once, not as prescribed.
    r"\b(?:tabletten|pillen|schlaftabletten|medikamente|tabs)\b.{0,60}\b(?:alle auf einmal|auf einmal|sie alle|alle zusammen|"
    r"die ganze packung|alle)\b(?!.{0,30}\b(?:wie verschrieben|wie vom arzt|morgens|abends|jeden tag|täglich)\b)"
    r"(?=.{0,60}\b(?:nehm\w*|schluck\w*|einwerf\w*|heute|nacht|gleich)\b|)",
)

_SUICIDE_CHECK = (
    r"\b(?:ich )?(?:halte|halt|ertrage|ertrag|schaffe|schaff|packe|pack) (?:das alles|das hier|das|es|dies|alles|mein leben) "
    r"(?:<ADV>)(?:nicht|nich|net|ned|nimmer) (?:mehr )?(?:aus|durch)?\b",
    r"\b(?:was ist|was is|wo ist|wo is) (?:der|denn der|überhaupt der|ueberhaupt der) sinn\b",
    r"\b(?:was soll|wozu) (?:das )?(?:alles|das alles|das ganze) (?:noch)?\b",
    r"\b(?:hat|macht) (?:alles |eh alles |doch alles )?(?:keinen|null) sinn mehr\b",
    r"\bich (?:bin|fühle mich|fuehle mich|fuhle mich|fühl mich|fuehl mich|fuhl mich) (?:hier |zu hause |zuhause )?"
    r"(?:nicht|nich) (?:mehr )?(?:sicher|in sicherheit)\b(?! ob\b)",
    r"\b(?:ich )?brauche? (?:dringend |wirklich |echt )?hilfe\b(?! (?:bei|mit|für|fuer|fur|beim|in|zum|zur|von|im)\b)",
    r"\b(?:ich )?(?:will|möchte|moechte|mochte),? (?:dass|das) (?:alles|es|das alles) (?:endlich )?(?:aufhört|aufhoert|"
    r"aufhort|vorbei ist|endet)\b",
    r"\b(?:ich )?(?:will|möchte|moechte|mochte) (?:<ADV>)(?:verschwinden|weg sein|nicht mehr existieren)\b",
    r"\b(?:ich )?(?:will|möchte|moechte|mochte) (?:<ADV>)(?:alles|es) beenden\b",
    r"\bich bin (?:nur |doch nur )?(?:eine )?(?:last|belastung|bürde|buerde|burde) (?:für|fuer|fur) (?:alle|jeden|meine familie)\b",
    r"\b(?:ich bin|bin|ich fühle mich|ich fuehle mich|ich fuhle mich|fühl mich|fuehl mich|fuhl mich|fühle mich|fuehle mich|"
    r"fuhle mich) (?:so |total |völlig |voellig |vollig |einfach )?(?:hoffnungslos|wertlos|nutzlos|nichts wert)\b",
    r"\b(?:alles ist|es ist alles|ist alles) (?:so )?(?:hoffnungslos|sinnlos)\b",
)

_SUICIDE_CHECK_LIGHT = (
    r"\b(?:ich )?(?:hab|habe) (?:<ADV>)(?:keine|null) kraft mehr\b(?! (?:für|fuer|fur|zum|zu|im|beim|in)\b)",
    # "Ich kann nicht mehr" is exhaustion and also laughing ("ich kann nicht mehr 😂").
    r"\b(?:ich )?kann (?:einfach |echt |wirklich |so |bald )?(?:(?:nicht|nich|net|ned|nit) mehr|nimmer)\b"
    r"(?! (?:vor|warten|schlafen|essen|lachen|\w+en)\b)",
    r"\b(?:ich )?(?:will|mag) (?:einfach )?(?:nicht|nich|net|ned|nimmer) mehr\b(?= ?(?:$|[.!?,]))",
)

_SELF_HARM = (
    # Not the bare noun "Ritzen" (cracks) or "the Ritz".
    r"\b(?:ich )?(?:ritze|ritzte|geritzt)\b(?! (?:in|ins|auf|den namen|meinen namen|herzen)\b)",
    r"\b(?:ich ritz|ritz mich|ritz mi|(?:mich|mi|zu|wieder|am|vom|das|mit dem) ritzen)\b(?! (?:in|ins|auf)\b)",
    r"\b(?:selbstverletz|selbst verletz|svv)\w*",
    r"\b(?:ich )?(?:schneide|schneid|verletze|verletz|verbrenne|verbrenn|kratze|kratz|schlage|schlag|bestrafe|bestraf) "
    r"(?:mich|mi) (?:selbst|selber)?\b(?! (?:durch|beim|ins|in den|in die|am|an der|an einem|mit dem messer beim|"
    r"aus versehen|versehentlich|zum|zur|raus)\b)",
    r"\b(?:mich|mi) (?:selbst |selber )(?:verletzen|verletze|verletzt|schneiden|schneide|verbrennen|bestrafen|"
    r"weh tun|wehtun|wehgetan|weh getan)\b",
    r"\b(?:ich )?(?:tue|tu) mir (?:selbst |selber )?(?:weh|was an|etwas an)\b",
    r"\b(?:schneide|schneid|geschnitten|ritze|aufgeritzt|zerschnitten|zerkratzt|verbrannt) (?:mir )?(?:die|den|meine|meinen) "
    r"(?:arme|arm|handgelenke|handgelenk|beine|oberschenkel|bauch|haut)\b(?! (?:beim|mit dem messer beim)\b)",
    r"\b(?:mir|mich) (?:\w+ ){0,3}(?:aufgeritzt|geritzt)\b",
    r"\b(?:arme|arm|handgelenke|handgelenk|beine|oberschenkel) (?:\w+ )?(?:aufgeschnitten|aufgeritzt|geritzt|zerschnitten)\b",
    r"\b(?:rückfall|rueckfall|ruckfall)\b.{0,30}\b(?:ritz|schneid|selbstverletz|klinge)\w*",
    r"\b(?:wieder|schon wieder) (?:angefangen (?:zu ritzen|mich zu ritzen|mich zu schneiden)|geritzt)\b",
    r"\b(?:druck|drang|lust|bedürfnis|beduerfnis|bedurfnis),? (?:mich )?(?:zu ritzen|zu schneiden|zu verletzen)\b",
    r"\b(?:klinge|rasierklinge|klingen|scherbe)\w* (?:an|auf|über|ueber|uber) (?:meinen|meine|den|die) "
    r"(?:arm|arme|handgelenk|handgelenke|haut|beine|oberschenkel)\b",
)

_PARTNER_VIOLENCE = (
    r"<NEGATABLE>\b<SUBJ> (?:<ADV>)(?:<HITV>) (?:mich|mi)\b"
    r"(?!(?: \w+){0,2} (?:beim|im (?:schach|spiel|tennis|fu(?:ß|ss|s)ball)|bei (?:schach|mario|fifa|\w+spielen)|"
    r"in (?:schach|tennis|fifa|mario|sport)|vor|zur wahl|um)\b)",
    r"<NEGATABLE>\b(?:<HITV>) (?:er|sie|mein <PARTNER>|meine <PARTNER>) (?:mich|mi)\b(?!(?: \w+){0,2} (?:beim|im (?:schach|spiel|tennis)|vor|um)\b)",
    r"<NEGATABLE>\b(?:hat|hatte|hab|haben) (?:er|sie|mein <PARTNER>|meine <PARTNER>)? ?(?:mich|mi) "
    r"(?:(?!im |beim |bei |in |auf )\w+ ){0,3}(?:<HITP>)\b(?! (?:im|beim|bei|in)\b)",
    r"<NEGATABLE>\b(?:ich )?(?:werde|werd|wurde|bin) (?:\w+ ){0,3}(?:von (?:ihm|ihr|meinem <PARTNER>|meiner <PARTNER>) )"
    r"(?:\w+ ){0,2}(?:<HITP>)\b",
    r"\b<SUBJ> (?:<ADV>)(?:droht|drohte|hat gedroht|hat mir gedroht|droht mir),? (?:mir )?(?:mich|mi) (?:<ADV>)"
    r"(?:umzubringen|zu töten|zu toeten|zu toten|zu schlagen|abzustechen|fertigzumachen|wehzutun|weh zu tun)\b",
    r"\bhände? (?:um|an) meinen? (?:hals|kehle)\b|\bhaende? (?:um|an) meinen? (?:hals|kehle)\b",
    r"\b(?:schlägt|schlaegt|schlagt|haut|prügelt|pruegelt|prugelt) (?:mich|mi) (?:grün und blau|gruen und blau|grun und blau|"
    r"jeden tag|ständig|staendig|standig|immer wieder|wieder)\b",
    # Control and surveillance.
    r"\b<SUBJ> (?:<ADV>)(?:kontrolliert|checkt|liest|durchsucht|überwacht|ueberwacht|uberwacht|ortet|trackt) "
    r"(?:<ADV>)(?:mein|meine|meinen) (?:handy|nachrichten|chats|whatsapp|mails|emails|konto|geld|standort|telefon)\b",
    r"\b<SUBJ> (?:<ADV>)(?:lässt|laesst|lasst|läst|last) (?:mich|mi) (?:<ADV>)(?:nicht|nich|nie|kaum) "
    r"(?:mehr )?(?:\w+ ){0,3}(?:treffen|sehen|raus|rausgehen|ausgehen|arbeiten|telefonieren|gehen|weg|allein)\b",
    r"\b<SUBJ> (?:<ADV>)(?:verbietet|verbot|hat verboten) mir,? (?:\w+ ){0,3}(?:zu treffen|zu sehen|zu sprechen|"
    r"rauszugehen|auszugehen|zu arbeiten|zu telefonieren|kontakt)\b",
    r"\b(?:ich )?(?:darf|durfte) (?:<ADV>)(?:nicht|nich|keine|keinen) (?:mehr )?(?:\w+ ){0,2}(?:meine freunde|meine freundinnen|"
    r"meine familie|meine eltern|freunde|freundinnen|alleine|allein raus|raus)\b",
    r"\b(?:darf|durfte) (?:<ADV>)(?:meine|meinen) (?:freunde|freundinnen|familie|eltern|mutter|mama|schwester|freundin) "
    r"(?:<ADV>)(?:nicht|nich|nie|kaum) (?:mehr )?(?:sehen|treffen|besuchen|anrufen)\b",
    r"\b(?:ich )?(?:habe|hab|hatte) (?:<ADV>)(?:<FEAR>) (?:vor (?:ihm|meinem <PARTNER>|meiner <PARTNER>)|"
    r"(?:nach hause|heim) zu gehen|nach hause zu kommen|(?:dass|das) (?:er|sie) (?:mich|mi) (?:\w+ )?(?:umbringt|schlägt|"
    r"schlaegt|schlagt|tötet|toetet|totet|findet))\b",
    r"\b(?:<FEAR>|angst) vor (?:ihm|meinem (?:freund|mann|ehemann|partner|ex|exmann|vater|stiefvater))\b",
    r"\b(?:häusliche|haeusliche|hausliche) gewalt\b",
    r"\b(?:frauenhaus|kontaktverbot|annäherungsverbot|annaeherungsverbot|annaherungsverbot|gewaltschutz)\w*",
)

# "He'll kill me" is also said of a parent's anger ("Mama bringt mich um, wenn sie das sieht"):
# partners only, and lowered by a light cue.
# Passive, no one named: "ich werde zuhause geschlagen" (not "im Schach geschlagen").
_PARTNER_PASSIVE = (
    r"\b(?:mich|mi) (?:\w+ ){0,3}(?:runtergestoßen|runtergestossen|runtergestosen|runtergeschubst|hinuntergestoßen|"
    r"hinuntergestossen|hinuntergestosen|hinuntergeschubst)\b",
    r"\b(?:ich )?(?:werde|werd|wurde|wurd|bin) (?:(?!im |beim |in |bei |auf |vom |knapp |deutlich )\w+ ){0,3}(?:geschlagen|"
    r"verprügelt|verpruegelt|verprugelt|gewürgt|gewuergt|gewurgt|getreten|misshandelt|mishandelt|eingesperrt|bedroht)"
    r"(?: worden)?\b(?! (?:im|beim|in|bei|auf)\b)",
)

_PARTNER_KILL = (
    # Inverted after a condition or a report: "wenn ich ihn verlasse, bringt er mich um", "sagt, er bringt mich um".
    r"\b(?:bringt|wird|will|würde|wuerde|wurde|werde) (?:er|(?:mein|meinem) (?:freund|mann|ehemann|partner|ex|exfreund|"
    r"exmann|stiefvater)|der typ) (?:<ADV>)(?:mich|mi) (?:<ADV>)(?:um|umbringen|töten|toeten|toten|abstechen|kaltmachen|"
    r"kalt machen|erwürgen|erwuergen|erwurgen|erschießen|erschiessen)\b",
    r"\b(?:er|(?:mein|meinem) (?:freund|mann|ehemann|partner|ex|exfreund|exmann|stiefvater)|der typ) (?:<ADV>)(?:hat )?"
    r"(?:gesagt|gedroht|geschrieben|sagt|droht|schreibt|meint|schwört|schwort|schwoert),? (?:dass |das )?(?:er )?"
    r"(?:mich|mi) (?:<ADV>)(?:umbringt|umbringen|umbringen wird|tötet|toetet|totet|absticht|kaltmacht|erwürgt|erwuergt|"
    r"erwurgt|fertigmacht|abknallt)\b",
    r"\b(?:er|(?:mein|meinem) (?:freund|mann|ehemann|partner|ex|exfreund|exmann|stiefvater)|der typ) (?:<ADV>)"
    r"(?:bringt|wird|will|würde|wuerde|wurde|werde) (?:mich|mi) (?:<ADV>)(?:um|umbringen|töten|toeten|toten|abstechen)\b",
)

_PARTNER_THREAT = (
    # "er droht mir, dass er mich umbringt", "sie droht mich umzubringen": a threat to kill, in any order.
    r"\b(?:er|sie|mein \w+|meine \w+) (?:\w+ ){0,2}(?:droht|drohte|hat gedroht|hat mir gedroht)\b.{0,50}"
    r"\b(?:umbring\w*|umzubringen|umgebracht|abstechen|abzustechen|kaltmachen|tot\w*)\b",
)

_PARTNER_CHECK = (
    r"\b<SUBJ> (?:<ADV>)(?:tut|tat) mir (?:<ADV>)weh\b",
    r"\b<SUBJ> (?:ist|war) (?:<ADV>)(?:sehr |total |extrem |so )?(?:kontrollierend|kontrollsüchtig|kontrollsuechtig|"
    r"kontrollsuchtig|besitzergreifend|gewalttätig|gewalttaetig|gewalttatig|aggressiv)\b",
    r"\b<SUBJ> (?:<ADV>)(?:kontrolliert|bestimmt|überwacht|ueberwacht|uberwacht) (?:<ADV>)alles\b",
    r"\b<SUBJ> (?:<ADV>)(?:schreit|brüllt|bruellt|brullt) (?:mich )?(?:<ADV>)(?:an|rum)\b.{0,30}\b(?:angst|schlägt|schlaegt|wirft)\w*",
)

_SEXUAL_VIOLENCE = (
    r"\b(?:vergewaltig|vergewalt|vergwaltig)\w*",
    r"\bsexuell\w* (?:missbrauch|misbrauch|belästig|belaestig|belastig|genötigt|genoetigt|genotigt|übergriff|uebergriff|"
    r"ubergriff|angegriffen|gewalt)\w*",
    r"\b(?:sexueller? |sexuelle )?(?:übergriff|uebergriff|ubergriff)\w*",
    r"\b(?:missbraucht|misbraucht)\b",
    r"\b(?:mich|mi) (?:\w+ ){0,2}zu[mr]? (?:sex|geschlechtsverkehr|oralsex|blowjob) (?:\w+ )?(?:gezwungen|genötigt|genoetigt|"
    r"genotigt|gedrängt|gedraengt|gedrangt|überredet|ueberredet|uberredet)\b",
    r"\b(?:hat|hatte) (?:mich|mi) (?:\w+ ){0,2}(?:gezwungen|genötigt|genoetigt|genotigt|gedrängt|gedraengt|gedrangt),? "
    r"(?:\w+ ){0,3}(?:sex|zu schlafen|mit ihm zu schlafen|mich auszuziehen|ihn anzufassen|nacktbilder|nacktfotos)\w*",
    r"\b(?:ich (?:habe|hab) |hab |habe )?nein gesagt,? (?:aber|und) (?:er|sie) (?:hat )?(?:nicht aufgehört|nicht aufgehoert|"
    r"nicht aufgehort|weitergemacht|trotzdem|hörte nicht auf|hoerte nicht auf|horte nicht auf|machte weiter)\b",
    r"\b(?:angefasst|begrapscht|betatscht|berührt|beruehrt|beruhrt|ausgezogen)\b.{0,30}\b(?:als|während|waehrend|wahrend|"
    r"obwohl) ich (?:geschlafen|schlief|betrunken|bewusstlos|weggetreten|nein)\b",
    r"\b(?:als|während|waehrend|wahrend) ich (?:geschlafen habe|schlief|betrunken war|bewusstlos war),? (?:hat )?(?:er|sie) "
    r"(?:mich )?(?:angefasst|begrapscht|betatscht|berührt|beruehrt|beruhrt|ausgezogen)\b",
    r"\b(?:k\.? ?o\.?|ko) ?tropfen\b|\bwas (?:ins|in mein) getränk\w*|\bwas (?:ins|in mein) getraenk\w*",
    r"\bgegen meinen willen\b.{0,30}\b(?:sex|angefasst|geschlafen|berührt|beruehrt|beruhrt)\w*",
    r"\b(?:nacktbilder|nacktfotos|nudes) (?:\w+ ){0,3}(?:veröffentlich|veroeffentlich|veroffentlich|verschick|posten|teilen)\w*",
)

_MINOR = (
    r"<NEGATABLE>\b(?:ich bin|bin|ich bin erst|i bin) (?:(?:erst|gerade|grad|noch|jetzt|auch|nur|fast|bald|schon) ){0,2}"
    r"<AGE>(?: ?(?:jahre alt|jahre|j\b|jährig|jaehrig|jahrig))?\b<NOT_A_QUANTITY>",
    r"<CLAUSE_START>(?:(?:hi|hallo|hey) )?<AGE> ?(?:jahre alt|jahre|j)\b(?! (?:ehe|zusammen|lang|her|später|spaeter)\b)",
    r"\b(?:ich bin|bin) (?:noch |erst )?(?:minderjährig|minderjaehrig|minderjahrig|unter 18|unter achtzehn|ein kind|"
    r"ein teenager|teenie|ein teenie)\b(?! (?:im herzen|gewesen)\b)",
    r"\b(?:ich )?(?:gehe|geh|bin) (?:in die|in der) (?:[5-9]|1[0-2]|fünfte|fuenfte|funfte|sechste|siebte|achte|neunte|"
    r"zehnte|elfte)\.? ?(?:klasse|kl\b)",
    r"\bich werde (?:bald |nächsten monat |naechsten monat |nachsten monat )?(?:1[0-7]|zwölf|zwoelf|zwolf|dreizehn|vierzehn|"
    r"fünfzehn|fuenfzehn|funfzehn|sechzehn|siebzehn)\b<NOT_A_QUANTITY>",
)

_EATING_DISORDER = (
    r"\b(?:ich )?(?:esse|ess) (?:seit|schon) (?:\w+ ){0,2}(?:tagen|wochen|\d+ tagen) (?:nichts|nix|kaum (?:was|etwas)?)"
    r"(?: mehr)?\b.{0,40}\b(?:verdien\w*|strafe|abnehmen|dünn|duenn|dunn|zu fett|zu dick)\w*",
    r"\b(?:ich )?(?:kotze|kotz|erbreche|übergebe mich|uebergebe mich|ubergebe mich) (?:\w+ ){0,2}(?:absichtlich|nach dem essen|"
    r"nach jedem essen|nach jeder mahlzeit|alles wieder aus|extra)\b",
    r"\bfinger in den hals\b",
    r"\b(?:ich )?(?:hungere|hunger) (?:mich )?(?:\w+ ){0,2}(?:aus|zur strafe|als strafe)\b",
    r"\b(?:zur|als) strafe (?:\w+ ){0,3}(?:nichts (?:essen|gegessen|esse)|hungern|hungere|nix essen|nix gegessen)\b",
    r"\b(?:ich )?(?:verdiene|verdien) (?:es )?(?:nicht|kein) (?:zu essen|essen)\b",
    r"\b(?:seit|schon) (?:\d+|drei|vier|fünf|fuenf|funf|mehreren|einigen) tagen (?:\w+ )?(?:nichts|nix) (?:mehr )?gegessen\b",
    r"\b(?:bulimie|magersucht|anorexie|magersüchtig|magersuechtig|magersuchtig|bulimisch|essstörung|essstoerung|essstorung)\b",
    r"\b(?:abführmittel|abfuehrmittel|abfuhrmittel)\b.{0,30}\b(?:abnehmen|packung|viele|nach dem essen)\b",
)

_MEDICAL = (
    r"\b(?:die|eine) ganze (?:packung|schachtel|dose|flasche|blisterpackung) (?:<ADV>)(?:geschluckt|genommen|eingenommen|"
    r"eingeworfen)\b",
    r"\b(?:eine )?(?:überdosis|ueberdosis|uberdosis)\b(?! (?:kaffee|koffein|zucker|liebe|drama|sonne|netflix|kitsch)\b)",
    r"\b(?:zu viele|alle|eine ganze packung|die ganze packung|eine packung|ne packung|nen haufen|ne handvoll|eine handvoll|"
    r"(?:1\d|[2-9]\d)) (?:(?:meiner|meine|die|von meinen|von den|von) )?(?:<PILLS>) "
    r"(?:\w+ )?(?:genommen|geschluckt|eingenommen|gefressen)\b",
    r"\b(?:hab|habe) (?:\w+ ){0,2}(?:<PILLS>) (?:mit (?:alkohol|wodka|wein) )?(?:geschluckt|genommen)\b.{0,30}\b(?:alle|viele|zu viele|ganze)\b",
    r"\b(?:bewusstlos|bewustlos|ohnmächtig|ohnmaechtig|ohnmachtig)\b(?! (?:vor|geworden vor)\b)",
    r"\b(?:atmet|atme) (?:nicht|nich|kaum) (?:mehr)?\b",
    r"\b(?:blute|blutet) (?:sehr |so |extrem |total )?(?:stark|viel|doll)\b|\bhört nicht auf zu bluten\b|"
    r"\bhoert nicht auf zu bluten\b|\bhort nicht auf zu bluten\b|\bviel blut verloren\b",
)

_OTHER_PERSON = (
    r"\b(?:reagiert|reagierte) (?:<ADV>)(?:nicht|nich|kaum)(?: mehr)?\b(?! (?:auf|mehr auf|mit|so)\b)|"
    r"\b(?:ist|war) (?:<ADV>)(?:nicht|nich) (?:mehr )?ansprechbar\b|\b(?:wacht|wird) (?:<ADV>)(?:nicht|nich) (?:mehr )?(?:auf|wach)\b|"
    r"\b(?:krieg|kriege|bekomme) (?:sie|ihn) nicht (?:mehr )?wach\b",
    r"\b(?:macht|machst) (?:<ADV>)schlu(?:ss|s) mit (?:allem|dem leben|seinem leben|ihrem leben)\b",
    r"\b(?:will|möchte|moechte|mochte|wollte|hat versucht|versucht|droht|plant) (?:<ADV>),? ?sich (?:<ADV>)(?:umbringen|umzubringen|"
    r"das leben (?:zu )?nehmen|zu töten|zu toeten|zu toten|töten|toeten|toten|erhängen|erhaengen|erhangen|was anzutun|etwas anzutun)\b",
    r"\bbringt sich (?:<ADV>)um\b",
    r"\b(?:er|sie|(?:mein|meine) <RELATIVE>) (?:<ADV>)(?:ritzt|schneidet|verletzt) sich\b(?! (?:beim|am|an|in)\b)",
    r"\b(?:ihr|sein) (?:freund|mann|partner|ex|typ|vater|stiefvater) (?:<ADV>)(?:schlägt|schlaegt|schlagt|prügelt|pruegelt|"
    r"prugelt|verprügelt|verpruegelt|verprugelt|bedroht|würgt|wuergt|wurgt|misshandelt|mishandelt) (?:sie|ihn)\b",
    r"\b(?:freund|mann|partner|ex|typ) (?:meiner|meines|von meiner|von meinem) \w+ (?:<ADV>)(?:schlägt|schlaegt|schlagt|"
    r"prügelt|pruegelt|prugelt|verprügelt|verpruegelt|verprugelt|bedroht|würgt|wuergt|wurgt|misshandelt|mishandelt) (?:sie|ihn)\b",
)

_COERCION = (
    r"\b(?:droht|drohte|sagt|sagte|meint|schreibt|hat gesagt|hat gedroht)\b.{0,40}\bsich (?:\w+ )?(?:umbringen|umzubringen|"
    r"umbringt|was antun|etwas antun|was anzutun|etwas anzutun|das leben nehmen|töten|toeten|toten)\b.{0,40}"
    r"\b(?:wenn|falls|sobald) ich\b",
    r"\b(?:wenn|falls|sobald) ich (?:ihn|sie|ihm|ihr) (?:\w+ ){0,2}(?:verlasse|verlass|schlussmache|schluss mache|gehe|trenne)\b"
    r".{0,40}\b(?:bringt|würde|wuerde|wurde|wird) (?:er|sie) sich (?:\w+ )?(?:um|umbringen|was antun|etwas antun)\b",
    r"\b(?:droht|drohte|sagt|sagte|meint|schreibt|hat gesagt|hat gedroht)\b.{0,40}\b(?:bringt|bringe|würde|wuerde|wurde|"
    r"wird) (?:er |sie )?sich (?:\w+ )?(?:um|umbringen|was antun|etwas antun)\b.{0,40}\b(?:wenn|falls|sobald) ich\b",
    r"\b(?:wenn|falls|sobald) ich (?:\w+ ){0,3}(?:verlasse|verlass|schlussmache|schluss mache|gehe|geh|trenne|ausziehe|"
    r"weggehe|abhaue),? (?:\w+ ){0,2}(?:bringt|würde|wuerde|wurde|wird|will|droht) (?:er|sie) (?:<ADV>)sich (?:\w+ )?"
    r"(?:um|umbringen|umzubringen|was antun|etwas antun|was anzutun|etwas anzutun|das leben nehmen|das leben zu nehmen|"
    r"töten|toeten|toten|ritzen|verletzen)\b",
)

_HARM_TO_OTHERS = (
    # Never "ich könnte ihn umbringen": a modal of wish is hyperbole.
    r"\bich (?:<ADV>)(?:werde|werd|will|bring|bringe) (?:ihn|sie|ihm|den|die|meinen \w+|meine \w+|dich) "
    r"(?:<ADV>)(?:um|umbringen|töten|toeten|toten|abstechen|erstechen|erschießen|erschiessen|erschiesen|kaltmachen)\b",
    r"\bich (?:<ADV>)(?:steche|stech|erschieße|erschiesse|erschiese) (?:ihn|sie|den|die|dich) (?:<ADV>)(?:ab|nieder|tot)?\b"
    r"(?! (?:an|beim)\b)",
)

# Families added after the corpus review: word orders, dialect, infinitives with "zu".
_SUICIDE_MORE = (
    # "mach ich meinem Leben ein Ende", "meinem Leben ein Ende setzen" in any order.
    r"\bmeinem leben (?:\w+ ){0,2}ein ende\b|\b(?:allem|dem ganzen hier) (?:jetzt |endlich |heute )?ein ende "
    r"(?:setzen|machen|bereiten|setze|mache|zu setzen|zu machen)\b",
    r"\b(?:mach|mache|setz|setze|bereite) (?:ich )?(?:<ADV>)(?:dem|meinem) leben (?:<ADV>)ein ende\b",
    r"\b(?:mir|mi) (?:<ADV>)(?:selbst |selber )?das leben (?:<ADV>)(?:nehmen|zu nehmen|nehme|genommen)\b",
    r"\b(?:es )?w(?:ä|ae|a)re? (?:<ADV>)(?:besser|leichter|einfacher|für alle besser|fuer alle besser|fur alle besser),? "
    r"(?:wenn|wen) ich (?:<ADV>)(?:tot|nicht mehr da|weg|nicht mehr am leben|nicht mehr hier|nie geboren) (?:w(?:ä|ae|a)re?|bin|sei)\b",
    r"\bwie (?:bringe|bring|töte|toete|tote|erhänge|erhaenge|erhange|vergifte) ich mich (?:<ADV>)(?:am besten |schnell |"
    r"schmerzlos |sicher )?(?:um|selbst)?\b",
    # "bald bin ich eh nicht mehr da", "morgen bin ich nicht mehr am Leben".
    r"\b(?:bald|demnächst|demnaechst|demnachst|heute nacht|nicht mehr lange) (?:bin|sei|ist) "
    r"(?:ich )?(?:<ADV>)nicht mehr (?:da|hier|am leben|auf der welt)\b(?! (?:in|bei|auf|im|online|erreichbar)\b)"
    r"(?!,? (?:bin|ich bin|zieh\w*|fahr\w*|flieg\w*|geh\w* (?:nach|ins|in)|umzug|urlaub|reise)\b)",
    # "mich umzubringen", "mich vor den Zug zu werfen", "denk dran mich ... zu erhängen": a self-directed infinitive.
    r"\b(?:mich|mi) (?:<ADV>)(?:umzubringen|zu töten|zu toeten|zu toten|das leben zu nehmen|zu erhängen|zu erhaengen|"
    r"zu erhangen|aufzuhängen|aufzuhaengen|aufzuhangen|zu erschießen|zu erschiessen|zu vergiften|zu ertränken|"
    r"zu ertraenken|zu ertranken|vor (?:den|einen|nen|die|eine|ne) (?:zug|bahn|u bahn|s bahn|bus|lkw|laster|auto|tram) "
    r"zu (?:werfen|schmeisen|schmeißen|legen|stellen)|(?:von|vom) (?:der|einer|dem|einem)? ?<HIGH> zu (?:stürzen|"
    r"stuerzen|sturzen|werfen|springen)|runterzustürzen|runterzusturzen|runterzustuerzen)\b",
    r"\b(?:denke|denk|dachte|überlege|ueberlege|uberlege|überleg|ueberleg|uberleg|plane|plan) (?:\w+ ){0,2}(?:dran|daran|"
    r"drüber|drueber|druber|darüber|darueber|daruber),? (?:mich|mi) (?:<ADV>)(?:umzubringen|zu töten|zu toeten|zu toten|"
    r"<KILLSELF>|runterzuspringen|zu springen|fallen zu lassen)\b",
    # Standing somewhere high and thinking of jumping.
    r"\b(?:stehe|steh|sitze|sitz|bin)\b (?:\w+ ){0,3}(?:auf|an) (?:der|dem|einer|einem|nem|ner)? ?<HIGH>\b.{0,50}"
    r"\b(?:springen|spring|springe|runterspringen|zu springen|runterzuspringen|fallen lassen|loslassen|stürzen|"
    r"stuerzen|sturzen)\b",
    r"\b(?:<WANT>|überlege|ueberlege|uberlege|denke dran|denk dran) (?:<ADV>)(?:von (?:der|dem|einer|einem) <HIGH> |"
    r"vom <HIGH> )?(?:runter ?springen|runterzuspringen|in die tiefe springen|mich fallen lassen|mich runterst(?:ü|ue|u)rzen)\b",
    # Dialect "kei bock meh zum lebe", "koa lust mehr zum leben".
    r"\b(?:keine|kein|keinen|kei|koa|ka|null) (?:lust|bock|kraft|grund|sinn|wille|willen) (?:mehr|meh|mer|mea|mehr,) "
    r"(?:zu |zum |zu[mn]? |am |aufs )?(?:leben|lebe|weiterleben|weiterlebe|läbe|labe|laebe|existieren)\b",
    # "wie ich mich umbringen kann", "wie man sich am besten umbringt" (a search for a method).
    r"\bwie (?:ich|man) (?:mich|sich) (?:<ADV>)(?:am besten |schnell |schmerzlos |sicher )?(?:umbring\w*|töte\w*|toete\w*|"
    r"tote\w*|erhäng\w*|erhaeng\w*|erhang\w*|das leben nimmt|das leben nehmen)\b",
)

# A joked death wish is still asked about once ("will sterben haha nee spaß"): check, whatever the laugh.
_DEATH_WISH_CHECK = (
    r"\b(?:ich )?(?:will|wil|möchte|moechte|mochte) (?:<ADV>)(?:sterben|tot sein|nicht mehr leben)\b"
    r"(?! (?:vor|für|fuer|fur|wenn|ohne|an altersschwäche|an altersschwaeche|an altersschwache)\b)",
)

# "Ich sterbe, wenn er mich verlässt": a worry about the relationship, asked about once.
_RELATIONSHIP_DEATH = (
    r"\b(?:ich )?(?:sterbe|sterb|werde sterben|werd sterben|geh kaputt|gehe kaputt|geh ein|gehe ein|überlebe das nicht|"
    r"ueberlebe das nicht|uberlebe das nicht|überleb das nicht|ueberleb das nicht|uberleb das nicht),? "
    r"(?:(?:wenn|falls|sollte) (?:er|sie|mein <PARTNER>|meine <PARTNER>|du) (?:mich )?(?:\w+ ){0,2}(?:verlässt|verlaesst|"
    r"verlasst|verlässt|schlussmacht|schluss macht|geht|trennt|fremdgeht|nicht zurückkommt|nicht zurueckkommt|"
    r"nicht zuruckkommt)|ohne (?:ihn|sie|dich))\b",
)

_SUICIDE_CHECK_MORE = (
    r"\b(?:ich )?(?:esse|ess) (?:seit|schon) (?:\w+ ){0,2}(?:tagen|wochen|\d+ tagen) (?:nichts|nix|kaum (?:was|etwas)?)"
    r"(?: mehr)?\b",
    r"\b(?:weis|weiss|wei) (?:<ADV>)(?:nicht|nich|net|ned|nimmer) (?:mehr )?(?:weiter|ein noch aus|wohin mit mir)\b",
    r"\b(?:ich (?:bin|fühle mich|fuehle mich|fuhle mich|fühl mich|fuehl mich|fuhl mich)|bin|fühl mich|fuehl mich|fuhl mich|"
    r"fühle mich|fuehle mich|fuhle mich) (?:\w+ ){0,4}(?:hoffnungslos|wertlos|nutzlos|nichts wert|so leer|innerlich tot|"
    r"völlig leer|voellig leer|vollig leer|total leer)\b",
    r"\bohne (?:ihn|sie|dich) (?:sterbe ich|sterb ich|gehe ich kaputt|geh ich kaputt|gehe ich ein|geh ich ein|"
    r"überlebe ich (?:das )?nicht|ueberlebe ich (?:das )?nicht|uberlebe ich (?:das )?nicht|will ich nicht (?:mehr )?leben|"
    r"kann ich nicht (?:mehr )?leben)\b",
    r"\bwenn ich (?:<ADV>)(?:tot|nicht mehr da|nicht mehr am leben|nie geboren) w(?:ä|ae|a)re?\b",
    # "ich wär gern einfach mal weg", "will einfach nur weg".
    r"\b(?:ich )?w(?:ä|ae|a)re? (?:ich )?(?:<ADV>)(?:gern|gerne|lieber|am liebsten) (?:<ADV>)(?:weg|nicht mehr da|"
    r"nicht mehr hier|verschwunden|unsichtbar|nicht da|nie geboren)\b(?! (?:von|aus|in|im|auf|nach|zu)\b)",
    r"\b(?:ich )?(?:will|möchte|moechte|mochte) (?:<ADV>)(?:nur )?weg\b(?= ?(?:$|[.!?,]|von allem|von hier|hier)\b)",
    # "i pack's nimma", "ich schaff's nicht mehr", "halt's nicht aus".
    r"\b(?:ich |i )?(?:packs|schaffs|halts|ertrags|packe es|schaffe es|halte es) (?:<ADV>)(?:nicht|nich|net|ned|nit) "
    r"(?:mehr )?(?:aus|durch)?\b",
    r"\b(?:mir )?(?:wird|ist|wächst|waechst|wachst) (?:mir )?(?:das )?(?:alles|das alles) (?:<ADV>)(?:zu viel|zuviel|"
    r"über den kopf|ueber den kopf|uber den kopf)\b",
    # "weiß nicht, wie lange ich das noch aushalte" (the denial is part of the match, never read as one).
    r"\b(?:(?:ich )?(?:weis|weiss) (?:nicht|nich|net|ned),? )?wie lang(?:e)? (?:ich )?(?:das|es|dies|alles|das alles) "
    r"(?:<ADV>)(?:noch )?(?:aushalte|aushalten|aushalt|ertrage|ertragen|durchhalte|durchhalten|schaffe|packe)\b",
    r"\b(?:ich )?(?:bin|fühle mich|fuehle mich|fuhle mich|fühl mich|fuehl mich|fuhl mich) (?:<ADV>)(?:völlig |voellig |"
    r"vollig |total |komplett |so |echt )?(?:am ende|am limit|mit den nerven am ende)\b"
    r"(?! (?:der|des|meiner|vom|von|mit meinem latein|angekommen|mit (?:dem|der|meiner) (?:arbeit|buch|serie|prüfung|"
    r"pruefung|prufung))\b)",
    r"\b(?:m(?:ü|ue|u)de|erschöpft|erschoepft|erschopft|satt) (?:von|vom) (?:allem|alles|dem ganzen|leben|allen)\b",
    r"\b(?:hab|habe|hab ich|habe ich) (?:<ADV>)(?:alles|das alles|das leben) (?:<ADV>)satt\b",
    r"\b(?:nichts|nix) (?:hat|macht|ergibt) (?:<ADV>)(?:mehr )?(?:einen |nen |n )?sinn\b|"
    r"\balles (?:hat|macht|ergibt) (?:<ADV>)(?:keinen|null) sinn\b",
)

LEXICON = Lexicon(
    code="de",
    macros=MACROS,
    rules=(
        *crisis(Category.SUICIDE, *_DEATH_WORDS, hyperbole=True),
        *crisis(Category.SUICIDE, *_TAKE_THEM_ALL),
        *crisis(Category.PARTNER_VIOLENCE, *_PARTNER_THREAT),
        *check(Category.SUICIDE, *_DEATH_CHECK, hyperbole=True),
        *crisis(Category.SUICIDE, *_SUICIDE),
        *crisis(Category.SUICIDE, *_SUICIDE_MORE),
        *check(Category.SUICIDE, *_DEATH_WISH_CHECK),
        *check(Category.SUICIDE, *_RELATIONSHIP_DEATH),
        *check(Category.SUICIDE, *_SUICIDE_CHECK),
        *check(Category.SUICIDE, *_SUICIDE_CHECK_MORE),
        *check(Category.SUICIDE, *_SUICIDE_CHECK_LIGHT, hyperbole=True),
        *crisis(Category.SELF_HARM, *_SELF_HARM),
        *crisis(Category.PARTNER_VIOLENCE, *_PARTNER_VIOLENCE),
        *crisis(Category.PARTNER_VIOLENCE, *_PARTNER_PASSIVE),
        *crisis(Category.PARTNER_VIOLENCE, *_PARTNER_KILL, hyperbole=True),
        *check(Category.PARTNER_VIOLENCE, *_PARTNER_CHECK),
        *crisis(Category.SEXUAL_VIOLENCE, *_SEXUAL_VIOLENCE),
        *check(Category.MINOR, *_MINOR),
        *crisis(Category.EATING_DISORDER, *_EATING_DISORDER),
        *crisis(Category.MEDICAL_EMERGENCY, *_MEDICAL),
        *crisis(Category.OTHER_PERSON, *_OTHER_PERSON),
        *crisis(Category.COERCION, *_COERCION),
        *crisis(Category.HARM_TO_OTHERS, *_HARM_TO_OTHERS, hyperbole=True),
    ),
    typo_targets=("selbstmord", "suizidal"),
    topic=(
        r"\b(?:doku|dokumentation|serie|buch|podcast|vorlesung|seminar|artikel|nachrichten|tagesschau|folge|"
        r"referat|hausarbeit|studie|prävention|praevention|pravention|krimi|tatort|figur|kapitel|patientin|"
        r"auf station)\b"
    ),
    shorthand={
        "isch": "ich",
        # "nen", "ne" (einen, eine) are French denials in the shared context words; read them as articles.
        "nen": "einen",
        "ne": "eine",
        "nem": "einem",
        "ner": "einer",
        "nich": "nicht",
        "ned": "nicht",
        "net": "nicht",
        "nit": "nicht",
        "nimma": "nicht mehr",
        "nimmer": "nicht mehr",
        "nix": "nichts",
        "grad": "gerade",
        "grade": "gerade",
        "vllt": "vielleicht",
        "iwie": "irgendwie",
        "kb": "keinen bock",
        "wg": "wegen",
        "svv": "selbstverletzung",
    },
    negation=r"\b(?:nicht|nie|niemals|kein|keine|keinen|keiner|keinem|keines|weder|noch nie|nimmer)\b",
    hedge=(
        r"\b(?:weis|weiss|warum|wieso|weshalb|ob|sicher|lüge|luege|luge|scherz|spas|verstehe|versteh|erinnere|"
        r"sagen|gesagt|sage|mehr|kraft|sinn|lust|bock|bin sicher|hilfe)\b"
    ),
    clause=(
        r"\b(?:aber|und|oder|doch|sondern|weil|denn|obwohl|trotzdem|also|dann|jedoch|während|waehrend|wahrend|außerdem|"
        r"ausserdem)\b"
    ),
    past=(
        r"\b(?:als ich (?:noch )?(?:klein|ein kind|kind|jung|jünger|juenger|junger|teenager|jugendlich\w*|\d{1,2}|in der schule|"
        r"schüler\w*|schueler\w*|schuler\w*|zur schule)|als kind|als jugendliche\w*|als teenager|in meiner (?:kindheit|jugend|"
        r"schulzeit|letzten beziehung|alten beziehung|ersten ehe|ehe)|vor (?:\d+ |vielen |ein paar |einigen |mehreren |langer |"
        r"zwei |drei )?(?:jahren|monaten|jahrzehnten|zeit)|früher|frueher|fruher|damals|in der vergangenheit|mein exmann|"
        r"meinem exmann|mein exfreund|meinem exfreund|mit \d{1,2} jahren|in (?:19|20)\d\d)\b"
    ),
    present=(
        r"\b(?:wieder|jetzt|immer noch|noch immer|heute|heute nacht|heut|gerade|grad|gestern|momentan|zurzeit|derzeit|aktuell|"
        r"seit tagen|seit wochen|seit gestern|schon wieder|mittlerweile|inzwischen|diese woche|ständig|staendig|standig|"
        r"dauernd|immer noch|noch)\b"
    ),
    third_person=r"\b(?:er|(?:mein|meine|meiner|meinem|meinen|unser|unsere|ihr|ihre|sein|seine|eine|ein) <RELATIVE>)\b",
    first_person=r"\b(?:ich|mich|mir|bin|hab|habe)\b",
    light=(
        r"(?:\b(?:haha\w*|hehe\w*|hihi\w*|lol|lel|lul|xd+|rofl|lmao|scherz|spas|witz|jk)\b|😂|🤣|💀|😅|🙄|😆|:d\b|"
        r"\bvor (?:lachen|lache|langeweile|scham|hunger|hitze|durst|müdigkeit|muedigkeit|mudigkeit|neid|peinlichkeit|"
        r"aufregung|kälte|kaelte|kalte|freude)\b|"
        r"\b(?:diese|dieser|dieses|diesen|meine|mein|wegen der|wegen dem|wegen dieser|wegen diesem) (?:prüfung|pruefung|"
        r"prufung|klausur|hitze|hausaufgaben|hausaufgabe|meeting|besprechung|montag|woche|stau|mathe|chef|chefin|lehrer|"
        r"lehrerin|serie|folge|film|kater|erkältung|erkaeltung|erkaltung|deadline|abgabe|vorlesung|bahn|schwiegermutter)\b|"
        r"\bso (?:peinlich|langweilig|lustig|süß|suess|sus|cringe)\b|\bwenn (?:sie|er|mama|papa) (?:das )?(?:erfährt|erfaehrt|"
        r"erfahrt|sieht|rausfindet|merkt)\b)"
    ),
    condition=(
        r"\b(?:(?:wenn|falls|sollte) (?:er|sie|mein <PARTNER>|meine <PARTNER>) (?:mich )?(?:\w+ ){0,2}(?:verlässt|verlaesst|"
        r"verlasst|schlussmacht|schluss macht|geht|trennt|fremdgeht|geht fremd|nicht (?:zurückschreibt|zurueckschreibt|"
        r"zuruckschreibt|antwortet|schreibt|anruft))|ohne (?:ihn|dich)\b|bis er (?:antwortet|schreibt|anruft))"
    ),
    not_now_age=(
        r"\b(?:wie (?:ein|eine|einer)|als ich|als wäre|als waere|als ware|als ob|damals|früher|frueher|fruher|seit ich|"
        r"fühle mich|fuehle mich|fuhle mich|fühl mich|fuehl mich|fuhl mich|benehme mich|benehm mich|war ich|mit \d+ war|"
        r"\d+ ?(?:jährig|jaehrig|jahrig)\w*|tochter|sohn|schwester|bruder|kind ist)\b"
    ),
)
