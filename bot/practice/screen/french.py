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
    r"\bsu[iy]?[cs]{1,2}[iy]?d(?:e|es|er|aire|aires|erai|ais|ait)\b",
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
    r"\b(?:mendormir|dormir|fermer les yeux) (?:pour toujours )?et (?:ne )?(?:jamais|plus|pas) (?:me )?reveiller\b",
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
    r"\b(?:je donne|jai donne|je distribue) (?:toutes )?mes affaires\b",
    r"\b(?:jai cherche|je cherche|recherche) (?:comment|des moyens de|la meilleure facon de) (?:mourir|me tuer|me suicider|"
    r"en finir)\b",
    r"\bcombien de <PILLS> (?:pour mourir|faut il|il faut|sont mortels|pour en finir)\b",
    r"\b(?:me jeter|sauter|me balancer) sous (?:un|le) (?:train|metro|rer|tram|camion|voiture|bus)\b",
    r"\b(?:corde|noeud coulant) (?:autour de mon|pour me pendre)\b",
)

_SUICIDE_CHECK = (
    r"\bje (?:n )?en peux plus\b",
    r"\b(?:jen|je nen) peu[xt]? plus\b",
    r"\bje (?:ne )?(?:tiens|supporte|tolere) plus\b(?! (?:le froid|le chaud|lalcool|le lactose|le gluten)\b)",
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
    r"\b(?:jai ete|je me suis fait|je me suis faite|jetais|etre) (?:violee?|agressee? sexuellement|abusee?)\b",
    r"\bviol\b(?! (?:de (?:domicile|donnees|la loi|droits)|des (?:droits|regles))\b)",
    r"\b(?:agressions?|abus|violences?|harcelement) sexuel(?:le|les|s)?\b",
    r"\b(?:a|ont) abuse de moi\b",
    r"\b(?:ma|mont|me) (?:force|forcee|forcait|oblige|obligee|obligeait) a (?:coucher|faire lamour|avoir des rapports|le sucer|"
    r"faire une fellation|envoyer des nudes|envoyer des photos|me deshabiller|regarder du porno)\b",
    r"\b(?:ma|me) (?:touchee?|touche|touchait|tripote|tripotee?|tripotait|peloter|pelote|pelotee?) (?:\w+ ){0,2}(?:pendant que "
    r"je dormais|quand je dormais|sans mon (?:accord|consentement)|alors que (?:je dormais|jetais bourree?|jetais inconsciente?)|"
    r"(?:mes|les) parties intimes|la bas|sous mes vetements)\b",
    r"\b(?:attouchements?|tripotee?|pelotee?)\b",
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
    r"\bmenace de (?:se tuer|se suicider|se faire du mal|mettre fin a ses jours)\b",
)

_HARM_TO_OTHERS = (
    r"\b(?:je (?:vais|veux|voudrais|compte)|jai envie de) (?:le|la|les) (?:tuer|buter|poignarder|egorger|empoisonner|flinguer)\b"
    r"(?! (?:de (?:bisous|rire|chatouilles))\b)",
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
        *check(Category.PARTNER_VIOLENCE, *_PARTNER_CHECK, hyperbole=True),
        *crisis(Category.SEXUAL_VIOLENCE, *_SEXUAL_VIOLENCE),
        *crisis(Category.MINOR, *_MINOR),
        *crisis(Category.EATING_DISORDER, *_EATING_DISORDER),
        *crisis(Category.MEDICAL_EMERGENCY, *_MEDICAL_EMERGENCY),
        *check(Category.MEDICAL_EMERGENCY, *_BODY_CHECK),
        *crisis(Category.OTHER_PERSON, *_OTHER_PERSON),
        *crisis(Category.COERCION, *_COERCION),
        *crisis(Category.HARM_TO_OTHERS, *_HARM_TO_OTHERS, hyperbole=True),
    ),
    shorthand={
        "jsuis": "je suis",
        "chui": "je suis",
        "chuis": "je suis",
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
        r"\b(?:comme|quand|javais|avais|depuis|a \d|il y a|ya|(?:mon|ma) (?:fils|fille|petit frere|petite soeur|frere|soeur|"
        r"neveu|niece|eleve)|fils|fille|(?:je me )?sens|me sentais|jetais|etait|etais|comme si|on dirait|enfants?)\b"
    ),
)
