"""Italian signal patterns for the crisis screen, with the context words that temper them."""

# Italian as typed on a phone: no accents ("piu", "perche"), txt-speak ("nn", "cmq", "xke",
# "ke"), clitics before or after the verb ("mi voglio ammazzare", "voglio ammazzarmi"). Text and
# patterns are folded alike (see normalising.py): doubled letters squeeze ("ammazzare" ->
# "amazare") and apostrophes go ("l'ho" -> "lho"), so patterns are written in plain spelling.
#
# The verb ending tells whose state it is: "voglio morire" is the writer, "vuole uccidersi" is
# someone else. Idioms ("muoio dal ridere", "da morire", "mi uccide questo caldo") are excluded.

from __future__ import annotations

from bot.practice.screen.lexicon import Category, Lexicon, check, crisis

MACROS = {
    "<ADV>": (
        r"(?:(?:io|solo|davvero|sul serio|veramente|a volte|anche|semplicemente|oggi|adesso|ora|ancora|di nuovo|"
        r"sempre|proprio|letteralmente|tanto|gia|quasi|non vedo lora di) ){0,2}"
    ),
    "<WANT>": (
        r"(?:voglio|vorrei|volevo|desidero|ho bisogno di|preferisco|preferirei|ho voglia di|mi viene voglia di|"
        r"voglia di|sto per|sto pensando di|penso di|ho deciso di|ho provato a|ho tentato di|provo a|devo|dovrei|"
        r"potrei|mi merito di|vado a|ho intenzione di|sto per|pensavo di|pensavo a|ho pensato di|ho pensato a|"
        r"stavo pensando di|sto pensando a|penso a|pensavo spesso di|avevo deciso di|volessi)"
    ),
    "<KILLME>": (
        r"(?:ammazzarmi|uccidermi|suicidarmi|togliermi la vita|impiccarmi|avvelenarmi|tagliarmi le vene|spararmi|"
        r"buttarmi (?:giu|dal|da|sotto|dalla|nel|nella)|lanciarmi (?:dal|da|sotto|dalla)|gettarmi (?:dal|da|sotto|dalla)|"
        r"farla finita|finirla|farmi fuori|ammazzarmi)"
    ),
    "<PARTNER>": (
        r"(?:ragazzo|ragazza|fidanzato|fidanzata|marito|moglie|compagno|compagna|ex|ex marito|ex ragazzo|padre|papa|"
        r"madre|mamma|patrigno|matrigna|fratello|sorella|zio|zia|nonno|cugino|cugina|suocero|suocera|cognato|figlio|"
        r"figlia|capo|convivente)"
    ),
    "<RELATIVE>": (
        r"(?:sorella|fratello|sorellina|fratellino|amica|amico|migliore amica|migliore amico|madre|mamma|padre|papa|"
        r"figlio|figlia|cugina|cugino|ragazza|ragazzo|fidanzata|fidanzato|moglie|marito|compagna|compagno|collega|"
        r"vicina|vicino|zia|zio|nipote|nonna|nonno|alunna|alunno|studentessa|studente|cognata|cognato|ex|paziente|"
        r"coinquilina|coinquilino|bff)"
    ),
    "<THIRD>": r"(?:lui|lei|loro|(?:mia|mio|la mia|il mio|una|un|nostra|nostro|sua|suo|la sua|il suo) <RELATIVE>)",
    "<AGE>": (
        r"(?:[5-9]|1[0-7]|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici|sedici|"
        r"diciassette)"
    ),
    "<PILLS>": (
        r"(?:pillole|pastiglie|pasticche|compresse|farmaci|medicine|medicinali|sonniferi|calmanti|antidolorifici|"
        r"tachipirina|paracetamolo|xanax|tavor|lexotan|antidepressivi|benzodiazepine|gocce|insulina|litio)"
    ),
    # Leaving or telling: what an abuser's threat is made against ("se lo lascio mi ammazza").
    "<LEAVE>": (
        r"(?:(?:lo |la )?(?:lascio|lasciassi|lasciavo|mollo|mollassi|denuncio|denunciassi|denunciavo)|me ne vado|me ne "
        r"andassi|vado via|andassi via|parlo|parlassi|lo dico a qualcuno|lo racconto|chiamo la polizia|chiedo la separazione)"
    ),
    "<KILLHIM>": (
        r"(?:(?:voglio|vorrei|sto per|ho deciso di|ho voglia di|giuro che vado a|vado a) (?:ammazzarlo|ammazzarla|ucciderlo|"
        r"ucciderla|ammazzarli|ucciderli|accoltellarlo|accoltellarla|sparargli|farlo fuori|farla fuori|ammazzare|uccidere)|"
        r"(?:lo|la|li) (?:ammazzo|uccido|ammazzero|uccidero|voglio ammazzare|voglio uccidere|faccio fuori|accoltello|"
        r"sgozzo))"
    ),
    "<PLAN>": (
        r"(?:so (?:dove|a che ora) (?:abita|vive|lavora|sta|dorme|esce|passa)|ho (?:gia )?(?:comprato |preso |trovato )?"
        r"(?:il|un|una|la|mio|mia) (?:coltello|pistola|arma|fucile|lama|coltellaccio|machete|mazza)|(?:ho )?(?:gia )?"
        r"(?:tutto pronto|pianificato tutto))"
    ),
    "<LIMB>": r"(?:le vene|i polsi|il polso|le braccia|il braccio|le gambe|le cosce|la coscia|la pancia|la pelle)",
}

_DEATH_WORDS = (
    r"\b<ADV>(?:voglio|vorrei|volevo|desidero|preferisco|preferirei|ho voglia di|voglia di|mi merito di|merito di|"
    r"dovrei|voglio solo|vorrei solo|vado a|sto per) morire\b"
    r"(?! (?:dal ridere|dalle risate|di (?:risate|vergogna|fame|sonno|caldo|freddo|noia|invidia|curiosita|gioia|"
    r"felicita|piacere|sete|stanchezza)|dalla (?:vergogna|fame|noia|stanchezza)|dal (?:ridere|sonno|caldo|freddo)|"
    r"tra le tue braccia|con te|felice|vecchi[oa]|di vecchiaia)\b)",
    r"\b(?:vorrei|voglio|preferirei|meglio) (?:essere )?mort[oa]\b",
    r"\b(?:ammazzatemi|uccidetemi|qualcuno mi ammazzi|qualcuno mi uccida|spero di morire)\b",
    r"\bmi (?:ammazzo|uccido|sparo)\b(?= ?(?:$|[.!?,]|giuro|stasera|stanotte|domani|oggi|davvero|sul serio|e basta))",
)

_SUICIDE = (
    r"\b<ADV>(?:<WANT>) (?:ormai )?<KILLME>\b",
    r"\b<ADV>mi (?:voglio|vado a|sto per|devo|dovrei|vorrei|volevo|sono quasi) (?:ammazzare|uccidere|suicidare|"
    r"impiccare|avvelenare|tagliare le vene|buttare (?:giu|dal|da|sotto|dalla)|lanciare (?:dal|da|sotto)|togliere la vita)\b",
    r"\bmi (?:suicido|impicco|butto (?:giu dal|dal|sotto|dalla)|lancio (?:dal|sotto|dalla))\b",
    r"\b(?:la faccio|la facio|lo faccio) finita\b",
    r"\b(?:farla|farlo) finita\b(?! (?:con (?:lui|lei|te|questa storia|questo lavoro|le|gli|il|la|i))\b)",
    r"\bsu[iy]?[cs]{1,2}[iy]?d(?:io|i|a|e|armi|arsi|ario)\b",
    r"\b(?:pensieri|idee|ideazione|tentativo|tentativi|impulsi) (?:di )?(?:suicid\w+|morte|uccidermi|ammazzarmi)\b",
    r"\b(?:porre fine|mettere fine|mettere la parola fine) (?:a|alla) (?:mia vita|tutto|mia esistenza|mia sofferenza)\b",
    r"\b(?:non|nn) (?:voglio|ho voglia di|ce la faccio a|riesco a) (?:piu )?(?:vivere|continuare a vivere|esistere|"
    r"stare al mondo|essere viv[oa]|andare avanti a vivere)(?: piu)?\b(?! (?:con|qui|senza|in (?:questa|questo)|a (?:milano|roma|casa))\b)",
    r"\b(?:non ho|senza|ho perso (?:ogni|la)) (?:piu )?(?:nessun |nessuna )?(?:motivo|motivi|ragione|ragioni|voglia) "
    r"(?:per|di) (?:vivere|andare avanti|alzarmi|svegliarmi)\b",
    r"\b(?:la vita|la mia vita|vivere) non (?:ha|vale) (?:piu )?(?:senso|la pena|nessun senso)\b",
    r"\bnon vale (?:piu )?la pena (?:vivere|di vivere|continuare)\b",
    r"\b(?:stanc[oa]|stuf[oa]) di (?:vivere|esistere|essere viv[oa]|svegliarmi|questa vita)\b",
    r"\b(?:tutti|la mia famiglia|i miei figli|gli altri) (?:starebbero|sarebbero|vivrebbero) (?:meglio|piu felici) senza (?:di )?me\b",
    r"\bmeglio senza (?:di )?me\b",
    r"\bnessuno (?:sentirebbe|sentira) la mia mancanza\b",
    r"\bnessuno (?:se ne accorgerebbe|noterebbe|si accorgerebbe) se (?:io )?(?:morissi|sparissi|mi ammazzassi|non ci fossi)\b",
    r"\b(?:vorrei|volevo|preferirei) (?:non )?(?:essere mai nat[oa]|non essere nat[oa]|non esistere|smettere di esistere|"
    r"sparire per sempre)\b",
    r"\b(?:addormentarmi|dormire|chiudere gli occhi) (?:per sempre )?e (?:non|mai piu|non piu) (?:svegliarmi|risvegliarmi)\b",
    r"\b(?:vorrei|voglio|spero di|volevo) non (?:svegliarmi|risvegliarmi|svegliarmi piu|svegliarmi domani)\b",
    r"\bnon (?:voglio|vorrei) (?:piu )?svegliarmi\b",
    r"\b(?:una parte di me|parte di me) (?:vuole|vorrebbe) (?:morire|uccidersi|farla finita|sparire)\b",
    r"\b(?:sto )?(?:mettendo da parte|accumulando|conservando|nascondendo|ho messo da parte|ho accumulato) (?:\w+ )?<PILLS>\b",
    r"\b(?:letter[ae]|bigliett[oi]|messagg(?:io|i)) (?:di |d |d)?(?:addio|suicidio)\b",
    r"\b(?:ho scritto|ho lasciato|sto scrivendo) (?:una |delle |le |un )?(?:letter[ae]|bigliett[oi]) (?:per|a|ai|alla|al) "
    r"(?:tutti|la mia famiglia|i miei figli|i miei|mia madre|miei|mia famiglia|mia madre|mio padre)\b",
    r"\b(?:questo e|e) il mio (?:ultimo messaggio|addio)\b",
    r"\bnon (?:ci saro|saro qui) (?:piu )?(?:ancora )?(?:per molto|a lungo|domani|la settimana prossima)\b",
    # "Soon I won't be here": a farewell, not a schedule ("domani non ci sono in ufficio" stays clear).
    r"\b(?:tra poco|fra poco|presto|prima o poi|a breve|tra non molto|fra non molto|tra qualche giorno|fra qualche giorno|"
    r"molto presto) (?:io )?non (?:ci )?(?:saro|saro qui|saro piu qui|esistero) (?:piu)?(?= ?(?:$|[.!?,;]|e\b|ma\b|"
    r"tanto\b|nessuno\b|a nessuno\b|per nessuno\b|qui\b))",
    r"\bnon (?:ci )?saro piu (?:in questo mondo|tra voi|su questa terra)\b",
    r"\b(?:voglio|vorrei|devo) (?:andarmene|andare via) (?:da questo mondo|per sempre)\b",
    r"\b(?:voglio|vorrei) lasciare questo mondo\b",
    r"\b(?:sto regalando|ho regalato) (?:tutte )?le mie cose\b",
    r"\b(?:ho cercato|sto cercando|cercato) (?:come|modi per|il modo di) (?:morire|uccidermi|ammazzarmi|suicidarmi|farla finita)\b",
    r"\bho (?:gia )?(?:le|delle|abbastanza) <PILLS> (?:pronte|preparate|da parte|contate|nascoste|per (?:stasera|stanotte|"
    r"domani|farla finita))\b",
    r"\bquante <PILLS> (?:servono|ci vogliono) (?:per morire)?\b",
    r"\b(?:buttarmi|lanciarmi|gettarmi) (?:sotto (?:un|il) (?:treno|tram|metro|camion|macchina)|dal (?:ponte|balcone|tetto|"
    r"palazzo)|dalla finestra)\b",
)

_SUICIDE_CHECK = (
    r"\b(?:non|nn) ce la faccio piu\b",
    r"\b(?:non|nn) (?:ne )?posso piu\b(?! di (?:aspettare|vederti)\b)",
    r"\b(?:non|nn) (?:reggo|sopporto|ce la faccio a sopportare) (?:piu|questa vita|tutto questo|questo dolore)\b",
    r"\b(?:che senso ha|a che serve|a cosa serve|qual e il senso di|a che pro) (?:vivere|andare avanti|continuare|tutto|"
    r"provarci|la vita|la mia vita|svegliarmi|alzarmi|lottare|esistere)\b",
    r"\b(?:che senso ha|a che pro)(?= ?(?:$|[.!?;]))",
    r"\bniente (?:ha (?:piu )?senso|ha senso)\b",
    r"\b(?:non|nn) (?:sono|mi sento) (?:al sicuro|sicur[oa] a casa|protett[oa])\b",
    r"\bsono in pericolo\b",
    r"\bho bisogno di aiuto\b(?! (?:con|per) (?:il|la|un|una|scegliere|scrivere|capire|i compiti)\b)",
    r"\b(?:aiutatemi|aiutami|aiuto per favore|vi prego aiutatemi)\b(?! (?:con|a (?:scegliere|scrivere|capire|fare))\b)",
    r"\bvoglio che (?:tutto|questo|il dolore) (?:finisca|smetta|si fermi)\b",
    r"\b(?:voglio|vorrei|volevo|ho voglia di|mi viene voglia di|avrei voglia di) (?:solo )?(?:sparire|scomparire)\b",
    r"\b(?:sono|mi sento) (?:solo )?un (?:peso|fardello)(?: per tutti)?\b",
    r"\b(?:sono|mi sento) (?:senza speranza|disperat[oa]|senza via duscita|vuot[oa] dentro)\b",
    r"\b(?:non|nn) (?:valgo|servo) (?:niente|nulla|a niente|a nulla)\b",
    r"\b(?:mi arrendo|ho mollato tutto|mollo tutto)\b",
    r"\bnon (?:ce|vedo) (?:nessuna )?via (?:duscita|d uscita|di uscita)\b",
    r"\bsono (?:stanc[oa]|stuf[oa]) di (?:tutto|lottare|provarci)\b",
    # Dying over a partner leaving: a worry about the bond, worth one question.
    r"\b(?:io )?(?:muoio|morirei|moriro|morro) (?:se (?:lui |lei |tu |il mio <PARTNER> |la mia <PARTNER> )?(?:mi |se ne )?"
    r"(?:lascia|lasciasse|lasci|molla|mollasse|tradisce|va via|andasse via|va|andasse|abbandona|non (?:risponde|torna|"
    r"mi scrive|mi chiama))|se (?:lo|la|ti) perdo|senza (?:di )?(?:lui|lei|te))\b",
    # How long the writer can hold on.
    r"\bnon so (?:per )?(?:quanto|quanto tempo|fino a quando|ancora per quanto|per quanto tempo) (?:ancora )?(?:io )?"
    r"(?:reggo|reggero|resisto|resistero|ce la faccio|ce la faro|posso andare avanti|andro avanti|posso reggere|"
    r"riesco a reggere|riusciro a reggere|sopporto|sopportero|duro|durero|posso resistere|riesco a resistere)\b",
    r"\bnon (?:reggero|resistero|ce la faro) (?:ancora )?(?:a lungo|per molto|molto)\b",
    r"\bnon so (?:piu )?(?:che|cosa|che cosa) (?:fare|farmene|ne sara) (?:di me|della mia vita|con me stess[oa])\b",
    r"\b(?:niente|nulla) (?:piu )?(?:vale|valga|varrebbe|valeva) (?:piu )?la pena\b",
    r"\bnon so se (?:ne )?(?:valga|vale) (?:ancora )?la pena\b(?= ?(?:$|[.!?,;]|vivere|andare avanti|continuare))",
    r"\b(?:ho toccato|sto toccando|tocco) il fondo\b|\bsono (?:arrivat[oa] )?al fondo\b",
    r"\b(?:sto|mi sento) (?:malissimo|davvero male|troppo male|cosi male|molto male|da schifo|uno schifo)\b"
    r"(?= ?(?:$|[.!?,;]|e\b|ma\b|non\b|dentro|con la testa))",
    r"\bnon (?:vedo|trovo) (?:piu )?(?:nessun )?senso (?:in|a|nella|nel|di) (?:niente|nulla|vita|mia vita|vivere|"
    r"andare avanti)\b",
    r"\bnon (?:voglio|ce la faccio a|riesco a) (?:piu )?andare avanti\b(?= ?(?:$|[.!?,;]|cosi|e\b|ma\b))",
    r"\bmi sento (?:cosi |molto |completamente |tanto |troppo )?vuot[oa]\b",
    r"\bnon ho (?:piu )?nessuno\b(?= ?(?:$|[.!?,;]|al mondo|che mi|e\b))",
    r"\b(?:penso|pensando|pensavo|pensare) (?:spesso |sempre |tanto |continuamente |di continuo |troppo )?(?:alla morte|"
    r"a morire|al suicidio|di morire)\b(?! (?:dal|dalle|di|della|dalla) (?:ridere|risate|vergogna|fame|sonno|caldo|freddo|"
    r"noia|curiosita)\b)",
    r"\b(?:mi odio|odio me stess[oa]|odio la mia vita)\b(?= ?(?:$|[.!?,;]|tanto|cosi|e\b|ma\b))",
    # A death wish taken back in the same breath ("voglio morire ahah scherzo") still earns a question.
    r"\b(?:voglio morire|vorrei morire|mi voglio ammazzare|voglio ammazzarmi|mi ammazzo|voglio uccidermi)\b"
    r"(?=.{0,40}\b(?:scherzo|scherzavo|sto scherzando|scherzando|non e vero|non e vero dai|dai no))",
)

_SELF_HARM = (
    r"\b(?!.{0,60}(?:cucin|barba|rasoio da barba|carta|per sbaglio|incidente|forno|ferro da stiro|dito))"
    r"<ADV>(?:<WANT>|voglia di|bisogno di|impulso di|ho ricominciato a|ricominciare a) (?:tagliarmi|ferirmi|bruciarmi|"
    r"farmi del male|farmi male|graffiarmi|picchiarmi|autolesionarmi|colpirmi)\b"
    r"(?! (?:i|le|la|il) (?:capelli|unghie|frangia|barba|punte)\b)",
    r"\b(?!.{0,60}(?:cucin|barba|carta|per sbaglio|incidente|forno|ferro da stiro|dito))<ADV>mi (?:taglio|sono tagliat[oa]|"
    r"brucio|sono bruciat[oa]|ferisco|sono ferit[oa]|faccio del male|sono fatt[oa] del male|graffio|autolesiono) "
    r"(?:<LIMB>|di nuovo|ancora|apposta|di proposito|con (?:la |una )?(?:lametta|lama|rasoio|taglierino|sigaretta)|"
    r"quando|per (?:sentire|non sentire|punirmi|calmarmi)|ogni)\b",
    r"\bmi taglio\b(?= ?(?:$|[.!?,]))",
    # With no object ("il dito", "i capelli") and only a time after it, a cut is to the self.
    r"\b(?!.{0,60}(?:cucin|barba|carta|per sbaglio|incidente|forno|ferro da stiro|dito|capelli|frangia|unghie))"
    r"mi (?:sono (?:tagliat[oa]|ferit[oa]|bruciat[oa])|taglio|brucio) (?:di nuovo |ancora )?(?:ieri sera|ieri notte|ieri|"
    r"stanotte|stasera|oggi|stamattina)(?= ?(?:$|[.!?,;]|e\b|ma\b|di nuovo|ancora))",
    r"\bmi faccio del male\b",
    # "Mi voglio tagliare" (the clitic before), never "mi voglio tagliare i capelli".
    r"\b<ADV>mi (?:voglio|vorrei|devo|sto per|vado a|viene voglia di) (?:tagliare|ferire|bruciare|fare del male|fare male|"
    r"graffiare)\b(?! (?!<LIMB>)(?:i|il|la|le|lo|gli|un|una|con il sole|al sole|da sol[oa])\b)",
    r"\bautolesion\w*",
    r"\b(?:ricaduta|ricaduto|ricaduta) (?:nel|nell|nei)? ?(?:tagli|tagliarmi|autolesionismo|cutting)\b",
    r"\b(?:nascondere|nascondo|coprire|copro) (?:i|le) (?:miei |mie )?(?:tagli|cicatrici|ferite|segni)\b",
    r"\b(?:lametta|lamette|lama) (?:sul|sui|sulle|sulla) (?:polso|polsi|braccio|braccia|gambe|cosce|pelle)\b",
)

_PARTNER_VIOLENCE = (
    r"\b(?<!si )(?:mi|ci) (?:(?:ha|ha di nuovo|ha ancora|aveva|continua a|ricomincia a|ha provato a|vuole) )?"
    r"(?:picchia|picchiato|picchiata|picchiava|mena|menato|menata|menava|prende a (?:schiaffi|pugni|calci|botte)|"
    r"pres[oa] a (?:schiaffi|pugni|calci|botte)|prendeva a (?:schiaffi|pugni|calci|botte)|"
    r"schiaffeggia|schiaffeggiato|schiaffeggiata|strangola|strangolato|strangolata|soffoca|soffocato|soffocata|"
    r"strozza|strozzato|strozzata|spinge|spinto|spinta contro|minaccia|minacciato|minacciata|chiude in casa|"
    r"chiuso in casa|chiusa in casa|rinchiude|rinchiuso|rinchiusa|tira i capelli|tirato i capelli|sputa|sputato|"
    r"aggredisce|aggredito|aggredita|malmena|malmenato|malmenata|prende a botte|preso a botte)\b"
    r"(?! (?:di (?:baci|coccole|complimenti)|a (?:fare|studiare)|con (?:la )?(?:gelosia|affetto|domande|messaggi)|di lasciarmi)\b)",
    r"\b(?:mi )?(?:ha dato|da|dava) (?:uno |un |degli |dei )?(?:schiaffo|schiaffi|pugno|pugni|calcio|calci|botte|sberla|sberle|"
    r"ceffone|ceffoni)\b",
    r"\b(?:mani|mano) (?:al|sul|intorno al) (?:mio )?collo\b",
    r"\b(?:mi )?(?:ha lanciato|lancia|tira) (?:addosso )?(?:oggetti|piatti|il telefono|cose) (?:addosso|contro di me)\b",
    r"\b(?:controlla|legge|guarda|ha controllato|ha letto|spia|fruga nel) (?:sempre )?(?:il mio|i miei|le mie|tutto il mio) "
    r"(?:telefono|cellulare|messaggi|chat|whatsapp|email|social|password|posizione|soldi|conto)\b",
    r"\b(?:mi )?(?:ha preso|prende|ha rotto|rompe|nasconde|ha nascosto|tiene) (?:il mio|i miei) (?:telefono|cellulare|soldi|"
    r"documenti|passaporto|chiavi|carte)\b",
    r"\b(?:vuole|pretende|esige) (?:tutte )?le mie password\b",
    r"\bnon mi (?:lascia|fa|faceva|permette di|lasciava) (?:uscire|vedere|parlare|lavorare|studiare|usare|avere|andare|"
    r"chiamare|incontrare|vestirmi|andarmene)\b(?! (?:la tv|la televisione|la partita|tardi|la sera da sol[oa])\b)",
    r"\bmi (?:proibisce|ha proibito|vieta|ha vietato) di (?:uscire|vedere|parlare|lavorare|studiare|usare|avere|andare)\b",
    r"\bmi (?:isola|ha isolat[oa]|allontana|ha allontanat[oa]) (?:dai miei amici|dalle mie amiche|dalla mia famiglia|da tutti)\b",
    r"\bho (?:tanta |molta |una gran )?paura (?:di lui|di lei|del mio <PARTNER>|della mia <PARTNER>|che mi (?:ammazzi|uccida|"
    r"picchi|faccia del male|trovi))\b",
    r"\b(?:paura|terrore) di (?:tornare|andare|rientrare) a casa\b",
    r"\btemo per la mia vita\b",
    r"\b(?:mi ammazza|mi uccide|mi ammazzera|mi uccidera) se (?:lo|la) (?:lascio|denuncio|mollo)\b",
    r"\b(?:mi ammazza|mi uccide|mi ammazzera|mi uccidera) se (?:me ne vado|parlo|lo dico|chiamo)\b",
    r"\b(?:lividi|ematomi|occhio nero|segni) (?:che mi ha fatto|sul collo|in faccia|delle botte)\b",
    r"\b(?:violenza domestica|violenza di genere|relazione violenta|relazione abusante|fidanzato violento|marito violento|"
    r"compagno violento|ordine restrittivo|divieto di avvicinamento|codice rosso|centro antiviolenza|casa rifugio)\b",
    r"\bmi (?:segue|perseguita|aspetta sotto casa|aspetta fuori) (?:ovunque|dappertutto|al lavoro|sotto casa|fuori dal lavoro)?\b"
    r"(?= ?(?:$|[.,!?]|ovunque|dappertutto|al lavoro|sotto casa|fuori))",
)

# "If I leave him he'll kill me": a threat, never the writer's own worry; only a joke cue tempers it.
_THREAT_IF = (
    r"\bse (?:io )?<LEAVE>,? (?:(?:lui|lei|il mio <PARTNER>|la mia <PARTNER>|mio <PARTNER>) )?mi (?:ammazza|uccide|ammazzera|"
    r"uccidera|ammazzerebbe|ucciderebbe|ammazzava|uccideva|massacra|fa del male|ammazza di botte)\b",
    r"\bmi (?:ammazza|uccide|ammazzera|uccidera|ammazzerebbe|ucciderebbe|ammazzava|uccideva) se (?:io )?<LEAVE>\b",
)

_THREAT = (
    r"\b(?:mi )?(?:minaccia|ha minacciato|minacciava) di (?:ammazzarmi|uccidermi|picchiarmi|farmi del male|portarmi via i figli)\b",
    r"\b(?:ha detto|dice|giura|ha giurato|mi ha scritto|scrive) che mi (?:ammazza|uccide|ammazzera|uccidera|picchia|"
    r"fa del male|trova)\b",
)

_PARTNER_CHECK = (
    r"\b(?:lui|lei|il mio <PARTNER>|la mia <PARTNER>|mio <PARTNER>|mia <PARTNER>) (?:\w+ ){0,2}mi (?:fa del male|ha fatto "
    r"del male|fa paura|spaventa|insulta|umilia|urla contro|tratta male|strattona)\b",
    r"\b(?:lui|lei|il mio <PARTNER>|la mia <PARTNER>|mio <PARTNER>|mia <PARTNER>) (?:e|sta diventando|diventa) (?:molto |"
    r"troppo |cosi |super )?(?:controllante|violent[oa]|aggressiv[oa]|possessiv[oa]|pericolos[oa]|manipolator[ea])\b",
    r"\b(?:lui|lei|il mio <PARTNER>|la mia <PARTNER>|mio <PARTNER>|mia <PARTNER>) (?:\w+ )?mi (?:ammazza|uccide|ammazzera|"
    r"uccidera)\b(?! (?:dal ridere|di (?:risate|baci))\b)",
    r"\bnon mi sento al sicuro (?:a casa|con lui|con lei)\b",
    r"\bcammino sulle uova\b",
)

_SEXUAL_VIOLENCE = (
    r"\b(?:mi|ci) (?:ha|hanno) (?:stuprat[oa]|violentat[oa]|abusat[oa]|molestat[oa]|palpeggiat[oa])\b",
    r"\b(?:sono|sono stat[oa]|essere|fui) (?:stuprat[oa]|violentat[oa]|abusat[oa] sessualmente|molestat[oa])\b",
    r"\bstupr\w*",
    r"\b(?:abus[oi]|violenza|violenze|molestie|aggressione) sessual[ei]\b",
    r"\b(?:ha|hanno|aveva|avevano)? ?(?:abusato|abusa|abusava|abusavano|abusano) (?:sessualmente )?di me\b",
    r"\bmi (?:ha costrett[oa]|costringe|costringeva|ha obbligat[oa]|obbliga) (?:a )?(?:fare sesso|avere rapporti|fare "
    r"cose|mandare (?:foto|nudes)|spogliarmi|guardare porno|toccarlo)\b",
    r"\bmi (?:ha toccat[oa]|tocca|toccava|ha palpat[oa]|palpa|palpava) (?:\w+ ){0,2}(?:senza (?:il mio )?(?:permesso|consenso)|"
    r"mentre (?:dormivo|ero ubriac[ao]|ero svenut[oa])|nelle parti intime|li sotto|sotto i vestiti)\b",
    r"\bsenza (?:il )?mio consenso\b",
    # Touching by a named person ("mio zio mi toccava"), never "mi tocca" (it's my turn / I have to).
    r"\b(?:mio|il mio|suo|il suo|mia|la mia) (?:zio|patrigno|nonno|cugino|fratello|padre|papa|vicino|prof|professore|"
    r"allenatore|capo|ragazzo|ex|padrino|prete|medico|cognato|suocero|compagno di mia madre|fidanzato di mia madre|zia|"
    r"matrigna) (?:\w+ )?mi (?:toccava|tocca|ha toccat[oa]|palpava|palpa|ha palpat[oa]|molestava|molesta)\b(?! (?:il cuore|"
    r"nel profondo|la spalla|il braccio|la mano|la testa|i capelli|\w+are|\w+ere|\w+ire|pagare|fare|andare|sempre "
    r"(?:pagare|fare|andare|lavorare)))",
    r"\bho detto (?:di )?no e (?:lui|lei) (?:ha continuato|non si e fermat[oa]|lo ha fatto lo stesso|lha fatto lo stesso)\b",
    r"\b(?:mi ha drogat[oa]|mi hanno drogat[oa]|mi ha messo qualcosa nel (?:bicchiere|drink))\b",
    r"\b(?:ha diffuso|ha pubblicato|minaccia di (?:pubblicare|diffondere|mandare)) (?:le mie )?(?:foto intime|video intimi|"
    r"foto nud[ae]|nudes)\b",
)

_MINOR = (
    r"\b(?:io )?ho (?:solo |appena |quasi )?<AGE> anni\b(?! (?:di|da|in piu|piu di|fa|che)\b)",
    r"\b(?:ho appena compiuto|ho compiuto) <AGE> anni\b(?! (?:di|da)\b)",
    r"\bsono (?:ancora )?(?:minorenne|una minorenne|un minorenne|una ragazzina|un ragazzino|unadolescente|un adolescente)\b"
    r"(?! (?:dentro|nel cuore)\b)",
    r"\b(?:faccio|frequento|sono in|vado in) (?:la |il )?(?:prima|seconda|terza|quarta|quinta) (?:media|superiore|liceo)\b",
    r"\b(?:faccio|frequento|vado al) (?:le medie|il liceo|le superiori|la scuola media)\b",
)

_EATING_DISORDER = (
    r"\b(?:vomito|ho vomitato|vomitare|mi faccio vomitare|mi provoco il vomito|rimetto) (?:tutto )?(?:dopo (?:aver mangiato|"
    r"mangiato|i pasti|ogni pasto|cena|pranzo)|quello che mangio|il cibo|ogni volta che mangio)\b",
    r"\bmi (?:faccio|sono fatt[oa]|costringo a) vomitare\b",
    r"\b(?:mi provoco|mi sono provocat[oa]|mi induco) il vomito\b",
    r"\bdita in gola\b",
    r"\b(?:non mangio|smetto di mangiare|ho smesso di mangiare|digiuno) (?:\w+ ){0,2}per (?:punirmi|castigarmi|punizione|"
    r"dimagrire in fretta)\b",
    r"\bnon merito di mangiare\b",
    r"\b(?:non mangio|sono senza mangiare|digiuno) da (?:due|tre|quattro|giorni|\d+ giorni|una settimana)\b",
    r"\b(?:lassativi|diuretici)\b",
    r"\b(?:anoressi\w*|bulimi\w*|pro ana|pro mia|disturbi alimentari|disturbo alimentare|dca)\b",
    r"\b(?:abbuffata|abbuffate) e (?:vomito|poi vomito)\b",
)

_MEDICAL_EMERGENCY = (
    r"\b(?:overdose|sovradosaggio)\b",
    r"\bho (?:preso|ingoiato|mandato giu) (?:\w+ )?(?:tutte le|tutti i|troppe|troppi|un sacco di|una scatola di|un flacone "
    r"di|un blister di|\d{2,}) (?:di )?<PILLS>\b",
    r"\b(?:ho|mi sono) (?:preso|presa|ingoiato|mandato giu|buttato giu|sparato|fatt[oa] fuori) (?:\w+ )?(?:tutta la|tutto il|"
    r"tutta una|una|un|lintera|l intera|mezza|mezzo) (?:scatola|confezione|flacone|boccetta|blister|scatoletta|tubetto)"
    r"(?: intera| intero)? (?:di |del |della |dello |dei |delle )?(?:mie |miei )?<PILLS>\b",
    r"\bho (?:preso|ingoiato|mandato giu|buttato giu) (?:tutta la (?:scatola|confezione|boccetta)|tutto il (?:flacone|"
    r"blister|tubetto)|(?:una|la) (?:scatola|confezione|boccetta) intera|tutte le (?:mie )?(?:pillole|pastiglie|"
    r"compresse|medicine|gocce))\b(?! (?:di|del|della|dei|delle) (?:biscott|cioccolat|caramell|cereali|gelat|pasta|"
    r"latte|pizza|patatine|nutella|vino|birra)\w*)",
    r"\bho (?:bevuto|ingoiato|preso) (?:candeggina|veleno|varechina|topicida|antigelo)\b",
    r"\bho (?:mescolato|mischiato) (?:le )?<PILLS> (?:con|e) (?:alcol|vino|birra|vodka|superalcolici)\b",
    r"\b(?:non respira|ha smesso di respirare|non risponde piu|e incosciente|ha perso conoscenza|ho perso conoscenza|"
    r"labbra blu)\b",
    r"\b(?:perdo (?:tanto|molto) sangue|sanguina (?:tanto|molto)|non smette di sanguinare|tantissimo sangue|taglio (?:troppo )?profondo)\b",
    r"\b(?:chiamate|chiamo|serve) (?:un )?(?:ambulanza|lambulanza|il 118|il 112)\b",
    r"\bho un (?:infarto|ictus)\b",
)

_BODY_CHECK = (
    r"\bnon (?:riesco a )?respir(?:o|are)\b",
    r"\b(?:dolore al petto|mi fa male il petto|oppressione al petto)\b",
    r"\bsto per svenire\b",
)

_OTHER_PERSON = (
    # One person hurting another the writer names ("mio padre picchia mia madre").
    r"\b(?:picchia|picchiava|ha picchiato|mena|menava|maltratta|maltrattava|violenta|violentava|ha violentato|minaccia|"
    r"prende a botte|prendeva a botte|strangola) (?:mia|mio|sua|suo|nostra|nostro|la mia|il mio) <RELATIVE>\b",
    r"\b(?:abusa|abusava|ha abusato|abusano) (?:sessualmente )?di (?:mia|mio|sua|suo) <RELATIVE>\b",
    r"\b(?:vuole|voleva|vorrebbe|sta per|ha provato a|ha tentato di|prova a|minaccia di|pensa di|dice di volersi|dice che "
    r"vuole) (?:ammazzarsi|uccidersi|suicidarsi|togliersi la vita|tagliarsi|impiccarsi|buttarsi (?:giu|dal|sotto)|"
    r"farla finita|farsi del male)\b(?! (?:i|le|la|il) (?:capelli|unghie|frangia|barba)\b)",
    r"\b(?:<THIRD>) (?:\w+ ){0,2}(?:vuole|voleva|dice che vuole|ha detto che vuole) morire\b",
    r"\bsi (?:e suicidat[oa]|e ammazzat[oa]|e impiccat[oa]|taglia (?:<LIMB>|di nuovo|ancora)|autolesiona|fa del male)\b",
    r"\b(?:<THIRD>) (?:e|sembra) (?:molto )?(?:suicida|in pericolo)\b",
    r"\b(?:<THIRD>) (?:\w+ ){0,2}ha (?:preso|ingoiato) (?:tutte le|troppe|un sacco di) <PILLS>\b",
    r"\b(?:il|suo|il suo|lex|l ex) (?:ragazzo|fidanzato|marito|compagno|padre|patrigno|ex)(?: (?:di|della|del|dello) (?:mia |mio )?\w+)? "
    r"(?:\w+ ){0,2}(?:la|lo) (?:picchia|picchiava|mena|menava|maltratta|ha picchiata|ha picchiato|ha stuprata|violenta|"
    r"minaccia|prende a botte)\b",
    r"\b(?:mi ha (?:mandato|scritto)|ha (?:postato|lasciato)) (?:un |una )?(?:messaggio|lettera|biglietto) (?:di |d |d)?"
    r"(?:addio|suicidio)\b",
    r"\b(?:preoccupat[oa]|spaventat[oa]|ho paura) per (?:mia|mio|la mia|il mio) <RELATIVE>\b(?= .{0,40}"
    r"(?:suicid|uccid|ammazz|morir|tagli|pericolo))",
)

_COERCION = (
    r"\b(?:dice|ha detto|minaccia|ha minacciato|giura)(?: che| di)? (?:si ammazza|si uccide|si suicida|ammazzarsi|uccidersi|"
    r"suicidarsi|si fa del male|farsi del male|si taglia)(?: \w+){0,2} se (?:lo|la|io)\b",
    r"\b(?:si ammazza|si uccide|si suicida|si fa del male) se (?:lo|la) (?:lascio|mollo|blocco)\b",
    r"\b(?:minaccia|minacciava|ha minacciato|minacciando|mi ricatta dicendo) di (?:ammazzarsi|uccidersi|suicidarsi|"
    r"farsi del male|tagliarsi|buttarsi|lanciarsi|impiccarsi|avvelenarsi|togliersi la vita|farla finita|spararsi|"
    r"prendere (?:tutte )?le pillole)\b",
    r"\b(?:si (?:ammazza|uccide|suicida|taglia|butta|ammazzerebbe|ucciderebbe|fa del male|farebbe del male)|(?:vuole|va a) "
    r"(?:ammazzarsi|uccidersi|tagliarsi|buttarsi|farsi del male))(?: \w+){0,4},? se (?:io )?(?:<LEAVE>|esco|lo blocco|"
    r"la blocco|vedo|non (?:rispondo|torno))\b",
)

_HARM_TO_OTHERS_PLANNED = (
    r"\b<KILLHIM>\b(?=.{0,100}\b<PLAN>)",
    r"\b<PLAN>\b.{0,100}\b<KILLHIM>\b",
)

_HARM_TO_OTHERS = (
    r"\b<ADV>(?:voglio|vorrei|sto per|ho deciso di|ho voglia di) (?:ammazzarlo|ammazzarla|ucciderlo|ucciderla|ammazzarli|"
    r"ucciderli|accoltellarlo|accoltellarla|avvelenarlo|avvelenarla|sparargli)\b",
    r"\b(?:lo|la|li) (?:ammazzo|uccido|voglio ammazzare|voglio uccidere|ammazzero|uccidero)\b"
    r"(?= ?(?:$|[.!]|stasera|domani|giuro|davvero|sul serio|questa volta))",
    r"\b(?:sparare|ammazzare) (?:a )?tutti (?:a|in|nella) (?:scuola|ufficio|universita|chiesa)\b",
)

LEXICON = Lexicon(
    code="it",
    macros=MACROS,
    rules=(
        *crisis(Category.SUICIDE, *_DEATH_WORDS, hyperbole=True),
        # Plain "I'll kill myself" is also said lightly ("... kkkk"); light cues temper it.
        *crisis(Category.SUICIDE, *_SUICIDE[:2], hyperbole=True),
        *crisis(Category.SUICIDE, *_SUICIDE[2:]),
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
    ),
    shorthand={
        "nn": "non",
        "cmq": "comunque",
        "xke": "perche",
        "xche": "perche",
        "perke": "perche",
        "xk": "perche",
        "pk": "perche",
        "ke": "che",
        "k": "che",
        "x": "per",
        "qlcs": "qualcosa",
        "qlc": "qualche",
        "qlcn": "qualcuno",
        "sn": "sono",
        "qnd": "quando",
        "dv": "devo",
        "xo": "pero",
        "cn": "con",
        "ki": "chi",
        "nsn": "nessuno",
        "vojo": "voglio",
    },
    negation=r"\b(?:non|mai|nemmeno|neanche|neppure)\b",
    hedge=(
        r"\b(?:so|sa|sapevo|capisco|capisce|credo|penso|perche|importa|riesco|reggo|sopporto|come|quando|dove|se|sicur[oa]|"
        r"mento|scherzo|scherzando|ricordo|detto|dico|ce|ho|voglio che|smetto|smettere|significa|sto dicendo|vuol dire|"
        r"posso smettere)\b"
    ),
    clause=r"\b(?:ma|e|pero|anche se|eppure|quindi|perche|mentre|poi|invece|cioe|tipo)\b",
    past=(
        r"\b(?:quando (?:io )?(?:ero|avevo|stavo con|vivevo con) (?:\w+ ){0,2}|da (?:piccol[oa]|bambin[oa]|ragazzin[oa]|"
        r"adolescente)|(?:anni|mesi|tanto tempo|molto tempo|\d+ anni) fa|in passato|nella mia infanzia|(?:il mio|la mia|mio|"
        r"mia) ex(?: marito| ragazzo| fidanzato| compagno)? (?:\w+ ){0,2}\w+(?:ava|eva|iva)\b|a \d{1,2} anni|nel (?:19|20)\d\d|"
        r"(?:mi )?(?:picchiava|menava|violentava|abusava|toccava|molestava|stuprava)|ai tempi|una volta da)\b"
    ),
    present=(
        r"\b(?:ancora|di nuovo|adesso|ora|oggi|stasera|stanotte|ultimamente|continua|ricominciato|in questi giorni|"
        r"questa settimana)\b"
    ),
    third_person=r"\b(?:<THIRD>)\b",
    first_person=r"\b(?:io|mi|sono|ho|voglio|sto|vorrei)\b",
    light=(
        r"(?:\b(?:aha(?:ha)*\w*|haha\w*|ahah\w*|hihi\w*|lol|xd|ahaha|scherzo|scherzando|dal ridere|dalle risate|"
        r"di (?:vergogna|fame|sonno|caldo|freddo|noia)|dalla (?:vergogna|fame|noia)|dal (?:sonno|caldo|freddo)|"
        r"(?:questo|sto) (?:esame|traffico|caldo|lunedi|prof|capo|compito|film|freddo)|(?:questa|sta) (?:lezione|riunione|"
        r"verifica|interrogazione|serie|settimana|fila|coda|dieta|afa)|il mio capo|la prof|il prof|mia madre|mia mamma|"
        r"mio padre|che vergogna|che ansia|che figuraccia)\b|😂|🤣|💀|😅|🙄|😆)"
    ),
    condition=(
        r"\b(?:se (?:lui|lei|mi|il mio <PARTNER>|la mia <PARTNER>) (?:mi )?(?:lascia|molla|tradisce|va via|se ne va|non "
        r"(?:risponde|torna|chiama))|senza (?:di )?(?:lui|lei|te)|se (?:lo|la|ti) perdo)"
    ),
    not_now_age=(
        r"\b(?:come|quando (?:io )?(?:ero|avevo|ho compiuto|compiro|avro)|avevo|da quando|a \d|fa|da (?:piccol[oa]|bambin[oa])|(?:mia|mio) (?:figli[oa]|fratello|sorella|"
        r"nipote|alunn[oa])|figli[oa]|mi sento|mi sentivo|sembro|ero|era|fu|come se)\b"
    ),
)
