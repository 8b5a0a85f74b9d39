"""French signal patterns for the crisis screen, with the context words that temper them."""

# French as typed on a phone: apostrophes dropped or lost in folding ("j'en peux plus" ->
# "jen peux plus", "m'a frappée" -> "ma frape"), "ne" often left out ("je veux plus vivre"),
# txt-speak ("jveux", "chui", "pk", "jsp"). Text and patterns are folded alike (see
# normalising.py), so patterns are written in plain spelling without apostrophes.
#
# Idioms of death ("mort de rire", "ça me tue", "mourir de honte", "crevé" for tired) are
# excluded; "il" is only a person when it is not impersonal ("il faut", "il y a").

from __future__ import annotations

from bot.practice.screen.lexicon import Category, Lexicon, check, crisis

MACROS = {
    "<ADV>": (
        r"(?:(?:juste|vraiment|seulement|simplement|parfois|aussi|encore|toujours|tellement|sincerement|serieux|"
        r"franchement|carrement|limite|presque|genre) ){0,2}"
    ),
    "<IWANT>": (
        r"(?:je (?:ne )?(?:veux|voudrais|voulais|vais|compte|souhaite|prefere|prefererais|dois|devrais|pense|pensais|"
        r"songe|vais finir par|suis pret a|suis prete a|suis sur le point de|ai envie de|ai besoin de|ai decide de|"
        r"ai essaye de|ai tente de|ai voulu|meriterais de|merite de)|jai (?:envie|besoin|decide|essaye|tente|voulu|pense a|"
        r"peur de)(?: de| d)?|jaimerais|envie de|besoin de|je pense a|je songe a)"
    ),
    "<KILLME>": (
        r"(?:me (?:tuer|suicider|pendre|flinguer|foutre en lair|buter|supprimer|tailler les veines|ouvrir les veines|"
        r"couper les veines|jeter (?:du|dun|de la|sous|par|dans le vide)|balancer (?:du|dun|sous|par)|tirer une balle|"
        r"empoisonner|defenestrer|noyer)|mettre fin a mes jours|mettre fin a ma vie|en finir avec (?:la vie|ma vie|tout)|"
        r"sauter (?:du|dun|dune|de la|par la) (?:pont|toit|immeuble|balcon|fenetre|falaise))"
    ),
    "<PARTNER>": (
        r"(?:copain|copine|mec|meuf|mari|femme|compagnon|compagne|conjoint|conjointe|ex|fiance|fiancee|pere|mere|daron|"
        r"daronne|beau pere|belle mere|frere|soeur|oncle|tante|grand pere|cousin|cousine|fils|fille|chef|patron|coloc)"
    ),
    "<RELATIVE>": (
        r"(?:soeur|frere|petite soeur|petit frere|amie|ami|meilleure amie|meilleur ami|pote|copine|copain|mere|pere|"
        r"maman|papa|fils|fille|cousine|cousin|mec|meuf|femme|mari|compagne|compagnon|collegue|voisine|voisin|tante|"
        r"oncle|niece|neveu|grand mere|grand pere|eleve|belle soeur|beau frere|ex|patiente|patient|coloc|bff)"
    ),
    # "il" is a person unless impersonal: "il faut", "il y a", "il fait".
    "<IL>": (
        r"(?:il(?! (?:y a|ya|faut|fait|est (?:temps|tard|clair|vrai|possible|difficile|dur|normal)|semble|parait|reste|"
        r"suffit|arrive|me faut|mest arrive|me reste|vaut mieux|pleut|sagit))|elle|ils|elles)"
    ),
    "<THIRD>": r"(?:<IL>|(?:ma|mon|mes|notre|une|un|sa|son|la|le) <RELATIVE>s?|quelquun)",
    "<HE>": r"(?:il|elle|mon <PARTNER>|ma <PARTNER>)",
    "<AGE>": r"(?:[5-9]|1[0-7]|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix sept)",
    "<PILLS>": (
        r"(?:medicaments|medocs|cachets|comprimes|pilules|gelules|somniferes|anxiolytiques|antidepresseurs|calmants|"
        r"doliprane|paracetamol|dafalgan|efferalgan|xanax|lexomil|tramadol|codeine|insuline|lithium|benzos)"
    ),
    # Leaving or telling: what an abuser's threat is made against ("si je le quitte il me tue").
    "<LEAVE>": (
        r"(?:(?:je|j) ?(?:le |la |l )?(?:quitte|quittais|largue|larguais|denonce|denoncais)|je pars|je partais|je men vais|"
        r"je men allais|je porte plainte|je portais plainte|je parle|je parlais|je le dis|je dis quoi que ce soit|"
        r"jappelle la police|je divorce|je demande le divorce|je le quitte|je la quitte|jle quitte)"
    ),
    "<KILLHIM>": (
        r"(?:(?:je (?:vais|veux|voudrais|compte|vai)|jvais|jveux|jai envie de|je jure que je vais) (?:le|la|les) (?:tuer|buter|"
        r"poignarder|egorger|empoisonner|flinguer|planter|crever|descendre|fumer|defoncer)|(?:je|jle|je le|je la) "
        r"(?:le |la )?(?:tue|bute|plante|descends|creve)(?= ))"
    ),
    "<PLAN>": (
        r"(?:je sais (?:ou|a quelle heure) (?:il|elle) (?:habite|vit|bosse|travaille|est|dort|sort|passe)|jsais ou (?:il|elle) "
        r"(?:habite|vit|bosse|travaille)|jai (?:deja )?(?:achete |trouve |pris )?(?:le|un|une|mon|ma) (?:couteau|flingue|arme|"
        r"pistolet|fusil|lame|calibre|gun|machette)|(?:jai )?tout (?:prevu|planifie))"
    ),
    "<LIMB>": r"(?:les veines|les poignets|le poignet|les bras|le bras|les cuisses|la cuisse|les jambes|le ventre|la peau)",
}

_DEATH_WORDS = (
    r"\b(?:je (?:ne )?(?:veux|voudrais|voulais|vais|prefere|prefererais|merite de|dois|devrais|souhaite)|jai (?:envie|besoin) de|"
    r"jaimerais|jai juste envie de|envie de|je veux juste) <ADV>(?:mourir|crever|etre mort|etre morte|disparaitre pour "
    r"toujours)\b"
    r"(?! (?:de (?:rire|honte|faim|fatigue|chaud|froid|ennui|soif|peur|jalousie|curiosite|plaisir|bonheur|joie)|dennui|"
    r"dans tes bras|avec toi|heureu\w*|vieux|vieille|de vieillesse|pour toi)\b)",
    r"\b(?:tuez moi|achevez moi|que quelquun me tue|quon me tue)\b",
    r"\b(?:je prefererais|je prefere|jaimerais|mieux vaut) (?:etre )?mort[e]?\b",
    r"\bje me tue\b(?= ?(?:$|[.!?,]|ce soir|cette nuit|demain|je te jure|jte jure|serieux|pour de vrai))",
)

_SUICIDE = (
    r"\b<ADV><IWANT> <ADV><KILLME>\b",
    r"\bje (?:vais|veux|voulais|vai) me (?:tuer|suicider|pendre|flinguer|foutre en lair|buter)\b"
    r"(?! (?:au (?:travail|boulot|sport)|a (?:la tache|force))\b)",
    r"\bje me (?:suicide|pends|flingue|fous en lair)\b",
    # "Se suicider" is someone else's act (other_person, coercion), read by their own patterns.
    r"\b(?<!se )su[iy]?[cs]{1,2}[iy]?d(?:e|es|er|aire|aires|erai|ais|ait)\b",
    r"\b(?:pensees|idees|tentative|tentatives|envies|pulsions) (?:de )?(?:suicid\w+|mort|me tuer|mourir|en finir)\b",
    r"\b(?<!pour )(?:en|den) finir\b(?! (?:avec (?:ce|cette|ces|le|la|les|mon|ma|mes|ton|ta|lui|elle|eux|ca|cet|son|sa)|"
    r"rapidement avec)\b)",
    r"\bmettre (?:un terme|fin) a (?:mes jours|ma vie|tout|mon existence|ma souffrance)\b",
    r"\bje (?:ne )?(?:veux|peux|souhaite) plus (?:vivre|exister|etre en vie|etre la|continuer a vivre|rester en vie)\b"
    r"(?! (?:avec|ici|la bas|sans|chez|a (?:paris|lyon)|en (?:france|ville)|dans (?:cette|ce) (?:ville|appart))\b)",
    r"\b(?:jai|je nai|jai pu) plus (?:envie|la force|le courage|de raison|aucune raison) (?:de |d )?(?:vivre|exister|continuer)\b",
    r"\b(?:aucune|plus aucune|pas de|plus de) raisons? de (?:vivre|continuer|me lever|rester en vie)\b",
    r"\b(?:la vie|ma vie|vivre) (?:ne )?(?:vaut|a) (?:plus|pas|aucun) (?:la peine|de sens|sens)\b",
    r"\b(?:marre|ras le bol|fatigue|fatiguee|epuise|epuisee|lasse|las) de (?:vivre|la vie|exister|etre en vie|me reveiller)\b",
    r"\b(?:tout le monde|tous|ma famille|mes enfants|les autres|ils|elles) (?:serait|seraient|irait|iraient|vivrait|vivraient) "
    r"(?:mieux|plus heureu\w+|bien) sans moi\b",
    r"\bmieux sans moi\b",
    r"\bpersonne (?:ne )?(?:me regretterait|me manquerait|regretterait|remarquerait|verrait la difference|sen rendrait compte)"
    r"(?: si je (?:mourais|disparaissais|me tuais|etais plus la|netais plus la))?\b",
    r"\b(?:jaimerais|je voudrais|jaurais aime|jaurais prefere) (?:ne )?(?:jamais etre nee?|pas etre nee?|pas exister|plus exister|"
    r"ne jamais etre nee?|ne pas exister|ne plus exister|disparaitre pour toujours|ne jamais etre ne)\b",
    r"\b(?:mendormir|dormir|fermer les yeux|men aller dans mon sommeil) (?:pour toujours )?et (?:ne )?(?:jamais|plus|pas|"
    r"jamais plus|plus jamais) (?:me )?(?:reveiller|rouvrir les yeux)\b",
    r"\b(?:jaimerais|je voudrais|je veux|jespere|envie de) (?:ne )?(?:pas|plus|jamais) (?:me )?reveiller\b",
    r"\b(?:une partie de moi|une part de moi) (?:veut|voudrait|a envie de) (?:mourir|en finir|disparaitre|me tuer)\b",
    r"\b(?:je )?(?:mets de cote|stocke|accumule|garde|cache|collectionne|jai mis de cote|jai stocke|jai garde) (?:\w+ )?<PILLS>\b",
    r"\b(?:je )?(?:mets|met|garde|stocke|cache|accumule|jai mis|jai garde|jai stocke|jai cache) (?:des |mes |les |plein de )?"
    r"<PILLS> (?:de cote|en reserve|au cas ou)\b",
    r"\b(?:lettres?|mots?|messages?) (?:dadieu|d adieu|de suicide)\b",
    r"\b(?:jai ecrit|jai laisse|jecris) (?:une |des |mes )?(?:lettres?|mots?) (?:pour|a) (?:tout le monde|ma famille|mes enfants|"
    r"mes parents|ma mere)\b",
    r"\b(?:cest|ceci est) mon (?:dernier message|adieu)\b",
    r"\bje (?:ne )?serai (?:plus|pas) (?:la|ici) (?:longtemps|pour longtemps|demain|bientot|la semaine prochaine)\b",
    # "Soon I won't be here": a farewell, not a schedule ("demain je serai pas là, je bosse" stays clear).
    r"\b(?:bientot|tres bientot|dici peu|sous peu|dans pas longtemps|dans peu de temps|dici quelques jours) (?:je (?:ne )?"
    r"serai|jserai|je (?:ne )?vais|jvais) (?:plus|pas|pu) (?:la|ici|de ce monde|etre la|en vie|vivante?|exister)\b"
    r"(?= ?(?:$|[.!?,;]|et\b|mais\b|personne\b|de toute facon|alors\b|donc\b|pour (?:longtemps|personne|vous embeter|"
    r"tembeter)))",
    r"\bje (?:ne )?serai (?:bientot )?(?:plus|pu) (?:de ce monde|parmi vous|en vie)\b",
    r"\bje (?:ne )?serai bientot (?:plus|pu) (?:la|ici)\b(?= ?(?:$|[.!?,;]|et\b|mais\b|personne\b|de toute facon))",
    r"\b(?:je veux|je voudrais|jaimerais|envie de|je vais) (?:quitter|partir de) ce monde\b",
    # "J'en finis ce soir": ending it, said in the present.
    r"\b(?:jen|je vais en|jvais en|je veux en) (?:finis|finirai|finir une bonne fois|finis ce soir)\b"
    r"(?! (?:avec (?:ce|cette|ces|le|la|les|mon|ma|mes|ton|ta|lui|elle|eux|ca|cet|son|sa)|rapidement avec)\b)",
    r"\b(?:je donne|jai donne|je distribue) (?:toutes )?mes affaires\b",
    r"\b(?:jai cherche|je cherche|recherche) (?:comment|des moyens de|la meilleure facon de) (?:mourir|me tuer|me suicider|"
    r"en finir)\b",
    r"\bjai (?:deja )?(?:mes|les|des|assez de) <PILLS> (?:pretes|prets|de cote|comptes|comptees|caches|pour (?:ce soir|"
    r"cette nuit|demain|en finir))\b",
    r"\bcombien de <PILLS> (?:pour mourir|faut il|il faut|sont mortels|pour en finir)\b",
    r"\b(?:me jeter|sauter|me balancer) sous (?:un|le) (?:train|metro|rer|tram|camion|voiture|bus)\b",
    r"\b(?:corde|noeud coulant) (?:autour de mon|pour me pendre)\b",
)

_SUICIDE_CHECK = (
    r"\bje (?:n )?en peux plus\b",
    r"\b(?:jen|je nen|jenpeux) peu[xt]? (?:plus|pu|pus)\b",
    r"\bje (?:ne )?(?:tiens|supporte|tolere) (?:plus|pu|pus)\b(?! (?:le froid|le chaud|lalcool|le lactose|le gluten)\b)",
    # Québec "chu pu capable": no longer able to go on.
    r"\bje (?:ne )?suis (?:plus|pu|pus) capable\b(?= ?(?:$|[.!?,;]|de (?:rien|continuer|vivre|tenir|supporter|me lever|"
    r"avancer|faire face|endurer)|dendurer|et\b|mais\b|pis\b))",
    r"\b(?:a quoi bon|a quoi ca sert|ca sert a rien) (?:de )?(?:vivre|continuer|essayer|tout ca|me battre|exister)\b",
    r"\ba quoi bon\b",
    r"\bplus rien (?:na|n a) de sens\b",
    r"\bje (?:ne )?(?:suis|me sens) pas en securite\b",
    r"\bje suis en danger\b",
    r"\bjai besoin daide\b(?! (?:pour (?:choisir|ecrire|comprendre|mes devoirs|un|une|le|la)|avec)\b)",
    r"\b(?:aidez moi|aide moi|au secours|svp aidez moi)\b(?! (?:a (?:choisir|ecrire|comprendre|faire)|pour)\b)",
    r"\bje veux que (?:tout|ca|la douleur) (?:sarrete|cesse|finisse|se termine)\b",
    r"\b(?:je veux|je voudrais|jaimerais|envie de) (?:juste )?disparaitre\b",
    r"\bje (?:suis|me sens) (?:juste )?un (?:fardeau|poids)(?: pour tout le monde)?\b",
    r"\bje (?:suis|me sens) (?:sans espoir|desespere\w*|vide a linterieur|au bout du rouleau)\b",
    r"\bje (?:ne )?(?:vaux|sers) (?:rien|a rien)\b",
    r"\b(?:jabandonne|jai tout abandonne|je lache tout)\b",
    r"\b(?:je vois pas|je ne vois pas|il ny a pas|ya pas) (?:dautre )?(?:issue|dissue|de sortie)\b",
    r"\bje suis (?:epuise\w*|fatigue\w*) de (?:tout|me battre|lutter|essayer)\b",
    r"\bidees noires\b",
    # Dying over a partner leaving: a worry about the bond, worth one question.
    r"\bje (?:meurs|mourrai|mourrais|vais mourir|creve|creverai|creverais) (?:(?:si (?:il|elle|tu|mon <PARTNER>|ma <PARTNER>)|"
    r"sil|si l) (?:me )?(?:quitte|quittait|part|partait|largue|larguait|trompe|abandonne|repond pas|ne repond pas|"
    r"revient pas|ne revient pas)|si je (?:le|la|te) perds|sans (?:lui|elle|toi))\b",
    # How long the writer can hold on.
    r"\bje (?:ne )?sais (?:pas|plus) (?:combien de temps|jusqua quand|jusquou|pour combien de temps|encore combien de temps) "
    r"(?:encore )?(?:je vais|jvais|je peux|je pourrai|je vais pouvoir|je pourrais|jvais pouvoir) (?:encore )?(?:tenir|"
    r"supporter|resister|tenir le coup|continuer comme ca|endurer)\b",
    r"\bje (?:ne )?(?:vais|pourrai) (?:pas|plus|pu) tenir (?:encore )?(?:longtemps|le coup|tres longtemps)\b",
    r"\bje (?:ne )?sais (?:plus|pas|pu) (?:quoi|ce que je vais) (?:faire|fais) (?:de moi|de ma vie|avec moi)\b",
    r"\b(?:rien|plus rien) (?:ne )?(?:vaut|vaudrait|en vaut|valait) (?:plus |vraiment )?la peine\b(?! (?:de |d )?(?:senerver|"
    r"sinquieter|stresser|paniquer|sen faire|se prendre la tete|tinquieter|tenerver|sen vouloir)\b)",
    r"\bje sais (?:pas|plus) si (?:ca|la vie) (?:vaut|en vaut) (?:encore )?la peine\b(?= ?(?:$|[.!?,;]|de vivre|de continuer))",
    r"\b(?:je touche|jai touche|toucher|je suis au|je touche vraiment) (?:le )?fond\b(?! (?:de|du|des|avec)\b)",
    r"\bau fond du (?:trou|gouffre)\b",
    r"\b(?:je vais|ca va|je me sens) (?:vraiment |tellement |tres |trop |super )?(?:mal|pas bien du tout)\b"
    r"(?= ?(?:$|[.!?,;]|et\b|mais\b|pis\b|dans ma tete|moralement|en ce moment))",
    r"\bje (?:ne )?(?:vois|trouve) (?:plus|pas|pu) (?:de |le |aucun )?sens (?:a|dans) (?:rien|la vie|ma vie|vivre|continuer)\b",
    r"\bje (?:ne )?veux (?:plus|pu) continuer\b(?= ?(?:$|[.!?,;]|comme ca|a vivre|et\b|mais\b))",
    r"\bje me sens (?:tellement |tres |si |completement |trop )?vide\b",
    r"\b(?:jai|je nai) (?:plus )?personne\b(?= ?(?:$|[.!?,;]|au monde|sur qui|et\b|mais\b))",
    r"\b(?:je pense|jpense|je pensais|penser|je songe) (?:souvent |tout le temps |beaucoup |sans arret |trop |de plus en "
    r"plus )?(?:a la mort|a mourir|au suicide|a me tuer)\b",
    r"\b(?:je me deteste|je me hais|je deteste ma vie)\b(?= ?(?:$|[.!?,;]|tellement|trop|et\b|mais\b))",
    # A death wish taken back in the same breath ("j'ai envie de crever mdr non") still earns a question.
    r"\b(?:envie de (?:mourir|crever)|je veux mourir|je vais me tuer|je veux me tuer|je veux crever)\b"
    r"(?=.{0,40}\b(?:je rigole|jrigole|je plaisante|jplaisante|cest une blague|blague|non mais|jdeconne|je deconne))",
)

_SELF_HARM = (
    r"\b(?!.{0,60}(?:cuisin|rasoir pour|papier|par accident|sans faire expres|four|fer a repasser|doigt))"
    r"<ADV>(?:<IWANT>|envie de|besoin de|pulsion de|jai recommence a|recommencer a) (?:me )?(?:couper|scarifier|blesser|"
    r"bruler|mutiler|faire du mal|faire mal|griffer|frapper|taper)\b(?! (?:les|la|le) (?:cheveux|ongles|frange|barbe|pointes)\b)",
    r"\b(?!.{0,60}(?:cuisin|papier|par accident|sans faire expres|four|doigt))je me (?:coupe|suis coupee?|suis recoupee?|brule|"
    r"suis brulee?|blesse|scarifie|suis scarifiee?|mutile|fais du mal|suis fait du mal|suis faite du mal) "
    r"(?:<LIMB>|encore|a nouveau|de nouveau|expres|avec (?:une |un )?(?:lame|rasoir|cutter|cigarette|compas)|quand|pour (?:sentir|"
    r"ne plus sentir|me punir|me calmer)|tous les)\b",
    r"\bje me (?:scarifie|mutile|fais du mal)\b",
    # With no object ("le doigt", "les cheveux") and only a time after it, a cut is to the self.
    r"\b(?!.{0,60}(?:cuisin|papier|par accident|sans faire expres|four|doigt|cheveux|frange|ongles|rasant))"
    r"je me (?:suis (?:coupee?|brulee?|blessee?)|coupe|brule) (?:encore |a nouveau |de nouveau )?(?:hier soir|hier|"
    r"cette nuit|ce soir|aujourdhui|ce matin|cet apres midi)(?= ?(?:$|[.!?,;]|et\b|mais\b|encore|a nouveau))",
    r"\b(?:scarif\w*|automutil\w*|auto mutil\w*|auto agression)\b",
    r"\bjai (?:rechute|recommence) (?:dans la |la )?(?:scarification|automutilation|a me couper|a me scarifier)\b",
    r"\b(?:cacher|je cache|couvrir) (?:mes|les) (?:coupures|cicatrices|marques|plaies|scarifs)\b",
    r"\b(?:lame|lames|rasoir|cutter) (?:sur|contre) (?:mon|mes|ma) (?:poignet|poignets|bras|cuisses|jambes|peau)\b",
)

_PARTNER_VIOLENCE = (
    r"\b<HE> (?:(?:ne |n )?(?:ma|m|me|nous) )(?:(?:encore|deja|souvent|toujours|parfois|jamais|pas|plus) )?"
    r"(?:frappe|frappee?|frapper|frappait|battait|cognait|tabassait|etranglait|menacait|tapait|giflait|bat|battu|battue|cogne|cognee?|tabasse|tabassee?|gifle|giflee?|etrangle|etranglee?|"
    r"etrangler|menace|menacee?|pousse|poussee?|bouscule|bousculee?|enferme|enfermee?|viole|violee?|tape|tapee?|"
    r"donne des coups|a donne des coups|mis des coups|met des coups|attrape par (?:le cou|la gorge|les cheveux)|"
    r"tire les cheveux|crache dessus|agresse|agressee?|maltraite|maltraitee?|terrorise|terrorisee?)\b"
    r"(?! (?:sur les nerfs|sur le systeme|dans loeil|a la porte|dessus (?:de rire))\b)",
    r"\b(?:il|elle) (?:ma|me) (?:frappee|battue|cognee|tabassee|giflee|etranglee|poussee|violee)\b",
    r"\b(?:me|ma) (?:donne|donne des|mis|met|mis des|a mis) (?:une|des) (?:gifles?|claques?|coups|baffes?|patates|tartes|"
    r"coups de poing|coups de pied)\b(?! (?:de (?:main|pouce|fil|soleil|blues))\b)",
    r"\b(?:mains?|serre|serrer) (?:autour de |sur )?(?:mon|ma) (?:cou|gorge)\b",
    r"\b(?:il|elle) (?:me )?(?:lance|jette|balance|a lance|a jete|a balance) (?:des objets|des trucs|des assiettes|son telephone) "
    r"(?:sur moi|dessus|a la figure|a la tete)\b",
    r"\b(?:fouille|regarde|controle|verifie|lit|espionne|check|a fouille|a regarde|a lu) (?:tout )?(?:dans )?(?:mon|mes) "
    r"(?:telephone|portable|tel|messages|conversations|mails|reseaux|mots de passe|localisation|compte|argent)\b",
    r"\b(?:il|elle) (?:ma|me) (?:pris|prend|casse|confisque|cache) (?:mon|mes) (?:telephone|portable|argent|papiers|passeport|"
    r"cles|carte bancaire)\b",
    r"\b(?:exige|veut|demande) (?:tous )?mes mots de passe\b",
    r"\b(?:ne )?me (?:laisse|laissait|permet) (?:pas|jamais|plus) (?:sortir|voir|parler|travailler|utiliser|avoir|aller|"
    r"appeler|partir|mhabiller|rencontrer)\b(?! (?:la tele|tard)\b)",
    r"\bmempeche (?:de|d) ?(?:sortir|voir|parler|travailler|utiliser|avoir|aller|appeler|partir|mhabiller|etudier)\b",
    r"\bminterdit (?:de|d) ?(?:sortir|voir|parler|travailler|utiliser|avoir|aller|appeler|partir|mhabiller)\b",
    r"\bmisole (?:de|des) (?:mes amis|mes amies|ma famille|tout le monde)\b",
    r"\bjai (?:tres |tellement |super )?peur (?:de lui|delle|de mon <PARTNER>|de ma <PARTNER>|quil me (?:tue|frappe|fasse du "
    r"mal|retrouve)|quelle me (?:tue|frappe))\b",
    r"\b(?:peur|terrifiee?) de (?:rentrer|retourner|aller) (?:chez moi|a la maison|a la maison ce soir)\b",
    r"\bje crains pour ma vie\b",
    r"\b(?:il|elle) (?:va|vas) me tuer si (?:je|jle) (?:le|la)? ?(?:quitte|pars|porte plainte|parle|dis)\b",
    r"\b(?:bleus|hematomes|oeil au beurre noir|marques) (?:quil ma fait|quelle ma fait|sur le cou|au cou|sur le visage)\b",
    r"\b(?:violences? conjugales?|violences? domestiques?|femme battue|homme battu|relation toxique et violente|"
    r"ordonnance de protection|ordonnance deloignement|bracelet anti rapprochement|le 3919)\b",
    r"\bme (?:suit|harcele|attend devant) (?:partout|au travail|devant chez moi|en bas de chez moi)\b",
)

# "If I leave him he'll kill me": a threat, never the writer's own worry; only a joke cue tempers it.
_THREAT_IF = (
    r"\bsi <LEAVE>,? (?:(?:il|elle|mon <PARTNER>|ma <PARTNER>) )?(?:me (?:tue|tuera|tuerait|bute|butera|buterait|"
    r"frappe|defonce|massacre)|va me tuer|vas me tuer|allait me tuer|tue les enfants)\b",
    r"\b(?:me (?:tue|tuera|tuerait|bute|butera)|va me tuer|vas me tuer|allait me tuer) si <LEAVE>\b",
)

_THREAT = (
    r"\b(?:il|elle|mon <PARTNER>|ma <PARTNER>)? ?(?:me )?menace de (?:me tuer|me frapper|me faire du mal|me retirer les enfants|"
    r"menlever les enfants)\b",
    r"\b(?:il|elle)? ?(?:ma dit|dit|jure|a jure|ma ecrit|mecrit) (?:quil|quelle) (?:va|allait|vas) me (?:tuer|frapper|"
    r"faire du mal|retrouver|buter)\b",
)

_PARTNER_CHECK = (
    r"\b<HE> (?:\w+ )?(?:me fait|ma fait|me faisait) (?:du mal|peur|mal)\b(?! (?:au coeur|avec ses mots)\b)",
    r"\b<HE> (?:\w+ )?(?:minsulte|mhumilie|me crie dessus|me rabaisse)\b",
    r"\b<HE> (?:est|devient|peut etre) (?:tres |trop |super |tellement )?(?:controlant\w*|violent\w*|agressi[fv]\w*|"
    r"possessi[fv]\w*|dangereu\w*|jaloux maladif|jalouse maladive|manipulat\w*)\b",
    r"\b<HE> (?:va|vas) me tuer\b(?! (?:de rire)\b)",
    r"\bje (?:ne )?me sens pas en securite (?:chez moi|a la maison|avec lui|avec elle)\b",
    r"\bje marche sur des oeufs\b",
)

_SEXUAL_VIOLENCE = (
    r"\b(?:il|elle|ils|on) (?:ma|mont|m a) (?:violee?|agressee? sexuellement|abusee?|forcee?|droguee?)\b",
    r"\b(?:jai ete|je me suis fait|je me suis faite|jetais|etre|je me fais|je me faisais|me faire) (?:violee?|"
    r"agressee? sexuellement|abusee?|violer|agresser sexuellement|abuser|tripoter|peloter|droguer|attoucher)\b",
    r"\bviol\b(?! (?:de (?:domicile|donnees|la loi|droits)|des (?:droits|regles))\b)",
    r"\b(?:agressions?|abus|violences?|harcelement) sexuel(?:le|les|s)?\b",
    r"\b(?:a|ont) abuse de moi\b",
    r"\b(?:ma|mont|me) (?:force|forcee|forcait|oblige|obligee|obligeait) a (?:coucher|faire lamour|avoir des rapports|le sucer|"
    r"faire une fellation|envoyer des nudes|envoyer des photos|me deshabiller|regarder du porno)\b",
    r"\b(?:ma|me) (?:touchee?|touche|touchait|tripote|tripotee?|tripotait|peloter|pelote|pelotee?) (?:\w+ ){0,2}(?:pendant que "
    r"je dormais|quand je dormais|sans mon (?:accord|consentement)|alors que (?:je dormais|jetais bourree?|jetais inconsciente?)|"
    r"(?:mes|les) parties intimes|la bas|sous mes vetements)\b",
    r"\b(?:attouchements?|tripotee?|pelotee?)\b",
    # Touching by a named person ("mon oncle me touchait"), never "ça me touche" (moves me).
    r"\b(?:mon|son|le|ma|sa) (?:oncle|beau pere|pere|papa|cousin|frere|demi frere|grand pere|papi|voisin|prof|professeur|"
    r"entraineur|coach|moniteur|patron|chef|copain|mec|ex|parrain|pretre|cure|medecin|docteur|baby sitter|tante|"
    r"belle mere|mere|cousine|copain de ma mere|mec de ma mere) (?:\w+ )?(?:me|ma) (?:touchait|touche|touchee?|"
    r"tripotait|tripote|tripotee?|pelotait|pelote|caressait|caresse)\b(?! (?:beaucoup|profondement|enormement|"
    r"vraiment|le coeur|au coeur|lepaule|lepaule|la main|le bras|la tete|les cheveux|dans|par)\b)",
    r"\bsans mon (?:consentement|accord)\b",
    r"\bjai dit non et (?:il|elle) (?:a continue|sest pas arrete|ne sest pas arrete|la fait quand meme)\b",
    r"\b(?:ma droguee?|mont droguee?|ma mis un truc dans mon verre|mont mis quelque chose dans mon verre|soumission chimique)\b",
    r"\b(?:a diffuse|a publie|menace de (?:publier|diffuser|envoyer)) (?:mes )?(?:nudes|photos intimes|videos intimes|photos nue?s)\b",
)

_MINOR = (
    r"\b(?:jai|moi jai) (?:que |seulement |juste |bientot |presque )?<AGE> ans\b(?! (?:de|dexperience|danciennete|"
    r"de plus|que|quand|depuis)\b)",
    r"\b(?:je viens davoir|jai eu) <AGE> ans\b(?! (?:de|que|quand)\b)",
    r"\bje suis (?:encore )?(?:mineure?|une ado|un ado|adolescente?|une gamine|un gamin|collegienne?|lyceenne?)\b"
    r"(?! (?:dans (?:ma|mon) tete|au fond)\b)",
    r"\bje suis en (?:6e|5e|4e|3e|6eme|5eme|4eme|3eme|sixieme|cinquieme|quatrieme|troisieme|seconde|premiere|terminale|2nde|1ere)\b"
    r"(?! (?:annee (?:de|a la) (?:fac|licence|master|medecine|droit)|annee de fac)\b)",
    r"\bje suis au (?:college|lycee)\b",
)

_EATING_DISORDER = (
    r"\b(?:je vomis|jai vomi|vomir|je me fais vomir|je me force a vomir|je recrache) (?:tout )?(?:apres (?:avoir mange|les repas|"
    r"chaque repas|manger)|ce que je mange|la nourriture|chaque fois que je mange|a chaque repas)\b",
    r"\bje me (?:fais|force a|suis fait|suis faite) vomir\b",
    r"\b(?:les )?doigts dans la gorge\b",
    r"\b(?:je mange plus|je ne mange plus|jarrete de manger|jai arrete de manger|je jeune) (?:\w+ ){0,2}pour (?:me punir|"
    r"punition|maigrir vite)\b",
    r"\bje (?:ne )?merite pas de manger\b",
    r"\b(?:jai pas|je nai pas|jai rien) mange depuis (?:deux|trois|quatre|plusieurs|des) jours\b",
    r"\b(?:laxatifs|diuretiques|coupe faim)\b",
    r"\b(?:anorexi\w*|boulimi\w*|pro ana|pro mia|troubles? alimentaires?|tca)\b",
    r"\b(?:crise de boulimie|hyperphagie) (?:et|puis) (?:je vomis|vomir|je me fais vomir)\b",
)

_MEDICAL_EMERGENCY = (
    r"\b(?:overdose|surdose|surdosage)\b",
    r"\b(?:jai|il a|elle a) (?:pris|avale|gobe) (?:\w+ )?(?:tous mes|tous les|toutes mes|toutes les|trop de|plein de|une boite de|"
    r"une plaquette de|un flacon de|\d{2,}) <PILLS>\b",
    r"\b(?:jai|il a|elle a) (?:pris|avale|gobe|bouffe) (?:\w+ )?(?:toute la|toutes les|une|la|tout le|tout un|un|le|une "
    r"demi) (?:boite|plaquette|flacon|tablette|tube|boite entiere|plaquette entiere)(?: entiere| entier)? (?:de |du |des |"
    r"dune |dun |d )?(?:mes )?<PILLS>\b",
    r"\bjai (?:pris|avale|gobe) (?:toute la (?:boite|plaquette)|tout le (?:flacon|tube)|(?:une|la) (?:boite|plaquette) "
    r"entiere|tous mes (?:medocs|medicaments|cachets|comprimes))\b(?! (?:de|du|des|dun|dune) (?:biscuit|chocolat|"
    r"bonbon|cereale|glace|pate|lait|pizza|chips|gateau|vin|biere)\w*)",
    r"\bjai (?:bu|avale|pris) (?:de la javel|du poison|de lantigel|de la mort aux rats|du destop)\b",
    r"\b(?:melange|jai melange) (?:mes |des )?<PILLS> (?:avec|et) (?:de lalcool|lalcool|du vin|de la vodka|de la biere)\b",
    r"\b(?:ne respire plus|respire plus|a arrete de respirer|est inconsciente?|a perdu connaissance|jai perdu connaissance|"
    r"levres bleues|ne reagit plus|reagit plus)\b",
    r"\b(?:je saigne (?:beaucoup|enormement|trop)|ca saigne (?:beaucoup|enormement|trop)|arrete pas de saigner|"
    r"sarrete pas de saigner|beaucoup de sang|coupure (?:tres )?profonde|coupe trop profond)\b",
    r"\b(?:appelez|appeler|jappelle) (?:le samu|une ambulance|le 15|le 112|les pompiers)\b",
    r"\bje (?:fais|suis en train de faire) un (?:infarctus|avc|arret cardiaque)\b",
)

_BODY_CHECK = (
    r"\bje (?:narrive|arrive) (?:pas|plus) a respirer\b",
    r"\b(?:douleur (?:a|dans) la poitrine|mal a la poitrine|oppression (?:dans la|a la) poitrine)\b",
    r"\bje vais (?:mevanouir|tomber dans les pommes)\b",
)

_OTHER_PERSON = (
    # One person hurting another the writer names ("mon pere frappe ma mere").
    r"\b(?:frappe|frappait|a frappe|bat|battait|a battu|cogne|cognait|tabasse|tabassait|viole|violait|a viole|menace|"
    r"maltraite|maltraitait|etrangle|etranglait) (?:ma|mon|sa|son|notre) <RELATIVE>\b",
    r"\b(?:abuse|abusait|a abuse) (?:sexuellement )?de (?:ma|mon|sa|son) <RELATIVE>\b",
    r"\b(?:veut|voulait|voudrait|va|a essaye de|a tente de|essaie de|menace de|pense a|parle de|dit quelle veut|dit quil veut) "
    r"(?:se (?:tuer|suicider|pendre|scarifier|couper|foutre en lair|jeter|faire du mal)|en finir|mettre fin a ses jours)\b"
    r"(?! (?:les|la|le) (?:cheveux|ongles|frange|barbe)\b)(?! (?:au (?:travail|boulot)|en voiture)\b)",
    r"\b(?:<THIRD>) (?:\w+ ){0,2}(?:veut|voulait|dit quelle veut|dit quil veut|a envie de) mourir\b",
    r"\b(?:sest suicide\w*|sest tue\w*|sest pendu\w*|se scarifie|se mutile|se fait du mal|se coupe (?:<LIMB>|encore|a nouveau))\b",
    r"\b(?:<THIRD>) (?:est|semble|a lair) (?:tres )?(?:suicidaire|en danger)\b",
    r"\b(?:<THIRD>) (?:\w+ ){0,2}a (?:pris|avale) (?:tous ses|toutes ses|trop de|plein de) <PILLS>\b",
    r"\b(?:son|le) (?:copain|mec|mari|compagnon|pere|beau pere|ex)(?: (?:de|dune|dun) (?:ma |mon )?\w+)? (?:\w+ ){0,2}"
    r"(?:la|le|l) ?(?:frappe|bat|battait|frappait|cogne|tabasse|viole|a violee|menace|maltraite|a frappee|etrangle)\b",
    r"\b(?:ma envoye|ma ecrit|a poste|a laisse) (?:un |une )?(?:message|lettre|mot) (?:dadieu|d adieu|de suicide)\b",
    r"\b(?:inquiete?|peur|angoisse) pour (?:ma|mon) <RELATIVE>\b(?= .{0,40}(?:suicid|tuer|mourir|coupe|scarif|danger))",
)

_COERCION = (
    r"\b(?:dit|a dit|menace|jure|ma dit)(?: quil| quelle| de)? (?:va se tuer|se tuerait|se suicide|va se suicider|se tuer|"
    r"se suicider|se faire du mal|va se faire du mal)(?: \w+){0,2} si (?:je|jle)\b",
    r"\b(?:se tuer|se suicider|se tue|se suicide) si (?:je le|je la|je) (?:quitte|pars|bloque)\b",
    r"\b(?:menace|menacait|a menace|menacant|me fait du chantage en disant) de (?:se tuer|se suicider|se faire du mal|"
    r"mettre fin a ses jours|se couper|se scarifier|se jeter|se pendre|se foutre en lair|en finir|avaler ses medocs)\b",
    r"\b(?:se (?:tuer|tue|tuerait|suicide|suicider|suiciderait|coupe|couper|jette|jeter|pend|pendre|fait du mal|ferait du "
    r"mal|foutre en lair|fout en lair)|en finir)(?: \w+){0,4},? si (?:<LEAVE>|je (?:le |la )?(?:bloque|sors|vois|parle a|"
    r"reponds pas|reviens pas))\b",
)

_HARM_TO_OTHERS_PLANNED = (
    r"\b<KILLHIM>\b(?=.{0,100}\b<PLAN>)",
    r"\b<PLAN>\b.{0,100}\b<KILLHIM>\b",
)

# "Je vais le tuer" is mostly anger ("il a encore oublié le lait"); without a plan it earns one question.
_HARM_TO_OTHERS_CHECK = (
    r"\b(?:je (?:vais|veux|voudrais|compte|vai)|jvais|jveux|jai envie de) (?:le|la|les) (?:tuer|buter|poignarder|egorger|"
    r"empoisonner|flinguer|planter|descendre)\b(?! (?:de (?:bisous|rire|chatouilles|calins))\b)",
)

_HARM_TO_OTHERS = (
    r"\b(?:tirer sur|tuer) tout le monde (?:a|au|dans) (?:lecole|le lycee|le college|le bureau|la fac)\b",
)

LEXICON = Lexicon(
    code="fr",
    macros=MACROS,
    rules=(
        *crisis(Category.SUICIDE, *_DEATH_WORDS, hyperbole=True),
        # Plain "I'll kill myself" is also said lightly ("... kkkk"); light cues temper it.
        *crisis(Category.SUICIDE, *_SUICIDE[:3], hyperbole=True),
        *crisis(Category.SUICIDE, *_SUICIDE[3:]),
        *check(Category.SUICIDE, *_SUICIDE_CHECK),
        *crisis(Category.SELF_HARM, *_SELF_HARM),
        *crisis(Category.PARTNER_VIOLENCE, *_PARTNER_VIOLENCE),
        *crisis(Category.PARTNER_VIOLENCE, *_THREAT, hyperbole=True),
        *crisis(Category.PARTNER_VIOLENCE, *_THREAT_IF, joking=True),
        *check(Category.PARTNER_VIOLENCE, *_PARTNER_CHECK, hyperbole=True),
        *crisis(Category.SEXUAL_VIOLENCE, *_SEXUAL_VIOLENCE),
        *crisis(Category.MINOR, *_MINOR),
        *crisis(Category.EATING_DISORDER, *_EATING_DISORDER),
        *crisis(Category.MEDICAL_EMERGENCY, *_MEDICAL_EMERGENCY),
        *check(Category.MEDICAL_EMERGENCY, *_BODY_CHECK),
        *crisis(Category.OTHER_PERSON, *_OTHER_PERSON),
        *crisis(Category.COERCION, *_COERCION),
        *crisis(Category.HARM_TO_OTHERS, *_HARM_TO_OTHERS, hyperbole=True),
        *crisis(Category.HARM_TO_OTHERS, *_HARM_TO_OTHERS_PLANNED),
        *check(Category.HARM_TO_OTHERS, *_HARM_TO_OTHERS_CHECK, hyperbole=True),
    ),
    shorthand={
        "jsuis": "je suis",
        "chui": "je suis",
        "chuis": "je suis",
        "chu": "je suis",
        "jsus": "je suis",
        "jsui": "je suis",
        "jveux": "je veux",
        "jveu": "je veux",
        "jvais": "je vais",
        "jvai": "je vais",
        "jme": "je me",
        "jpeux": "je peux",
        "jpeu": "je peux",
        "jsp": "je sais pas",
        "jsais": "je sais",
        "jcrois": "je crois",
        "jpense": "je pense",
        "jtm": "je taime",
        "g": "jai",
        "pk": "pourquoi",
        "pq": "pourquoi",
        "pcq": "parce que",
        "pck": "parce que",
        "psk": "parce que",
        "prcq": "parce que",
        "bcp": "beaucoup",
        "qd": "quand",
        "ms": "mais",
        "pr": "pour",
        "ds": "dans",
        "vs": "vous",
        "mtn": "maintenant",
        "auj": "aujourdhui",
        "ajd": "aujourdhui",
        "tjr": "toujours",
        "tjrs": "toujours",
        "c": "cest",
        "ct": "cetait",
        "ptet": "peut etre",
        "mwa": "moi",
        "moa": "moi",
        "koi": "quoi",
        "ke": "que",
        "k": "que",
        "kan": "quand",
        "dla": "de la",
    },
    negation=r"\b(?:pas|jamais|ne|nai|nest|nen|nes|aucun|aucune|ni)\b",
    hedge=(
        r"\b(?:sais|sait|savais|comprends|comprend|crois|pense|pourquoi|importe|arrive|peux|supporte|comment|quand|ou|si|"
        r"sure?|mens|blague|rigole|souviens|dit|dis|ya|y a|ai|veux que|arrete|arreter|signifie|veut dire|cache|suis)\b"
    ),
    clause=r"\b(?:mais|et|bien que|alors|donc|parce que|car|pourtant|sauf que|puis|quand meme|meme si|genre|enfin)\b",
    past=(
        r"\b(?:quand (?:je|j)? ?(?:etais|avais|jetais|javais|vivais avec|etais avec) (?:\w+ ){0,2}|quand jetais (?:\w+ ){0,2}|"
        r"quand javais (?:\w+ ){0,2}|(?:petite?|enfant|ado|gamine?) (?:il|elle|mon|ma)|il y a (?:des|plusieurs|quelques|\d+) "
        r"(?:ans|annees|mois)|ya \d+ ans|(?:des|\d+) ans (?:plus tot|auparavant)|autrefois|dans mon enfance|pendant mon "
        r"enfance|mon enfance|dans le passe|par le passe|(?:mon|mes) ex(?: mari| copain| compagnon)? (?:\w+ ){0,2}\w+ait\b|"
        r"a \d{1,2} ans|en (?:19|20)\d\d|(?:me|m)? ?(?:frappait|battait|violait|abusait|touchait|tapait|cognait|tripotait)|"
        r"avait lhabitude)\b"
    ),
    present=(
        r"\b(?:encore|maintenant|toujours|aujourdhui|ce soir|cette nuit|en ce moment|actuellement|recommence|a nouveau|"
        r"de nouveau|ces jours ci|cette semaine)\b"
    ),
    third_person=r"\b(?:<THIRD>)\b",
    first_person=r"\b(?:je|jai|jen|jme|moi|me|jsuis|jveux|jvais)\b",
    light=(
        r"(?:\b(?:mdr\w*|ptdr\w*|lol|xd|haha\w*|ahah\w*|hihi\w*|hehe\w*|jplaisante|je plaisante|je rigole|jrigole|blague|"
        r"de (?:rire|honte|fatigue|faim|chaud|froid)|dennui|(?:ce|cet) (?:partiel|exam|examen|controle|boulot|trafic|bouchon|"
        r"lundi|prof|cours|film|match)|cette (?:reunion|chaleur|semaine|serie|file|journee|interro)|mon (?:boss|chef|patron|"
        r"prof)|ma (?:mere|daronne|prof|cheffe)|trop drole|la honte|la gene|genant)\b|😂|🤣|💀|😅|🙄|😆)"
    ),
    condition=(
        r"\b(?:si (?:il|elle|mon <PARTNER>|ma <PARTNER>) (?:me )?(?:quitte|part|largue|trompe|repond pas|ne repond pas|"
        r"mecrit pas|revient pas)|sans (?:lui|elle|toi)|si je (?:le|la|te) perds)"
    ),
    not_now_age=(
        r"\b(?:comme|quand (?:je|j)? ?(?:etais|avais|jetais|javais|aurai|serai)|javais|avais|depuis|a \d|il y a|ya|(?:mon|ma) (?:fils|fille|petit frere|petite soeur|frere|soeur|"
        r"neveu|niece|eleve)|fils|fille|(?:je me )?sens|me sentais|jetais|etait|etais|comme si|on dirait|enfants?)\b"
    ),
)
