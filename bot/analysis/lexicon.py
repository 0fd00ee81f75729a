"""Word lists for the post classifier (`bot.analysis.classifier`), one block per language.

Every term is written the way the classifier sees text: case-folded, accents stripped, and
split into plain ASCII words (so "l'offerta" is "l offerta", "don't" is "don t", "e-shop" is
"e shop"). A term is one of:

* a word: ``"sconto"`` matches that word only;
* a stem ending in ``*``: ``"prenot*"`` matches "prenota", "prenotazione", "prenotate"...;
* several words: ``"vi aspettiamo"``; any word but the first may be a stem.

Weights say how strongly a term points to its category. The classifier adds them up per
post; the thresholds live next to the code that uses them (`classifier.py`). Negative
weights (complaints only) are praise, which weakens a complaint; -3 or less undo a complaint
phrase they contain ("mai più senza" against "mai più").

Some evidence is in words found together rather than in one word: each language lists classes
of words (`cues`: "our", "back", "menu"...), and `CUE_RULES` says which classes found in the same
post or mention weigh what ("have you tried" + "our" in a question: an offer). In a mention,
`contrast` words ("but") tell which half of it the customer means.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

Weighted = Mapping[float, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class LanguageLexicon:
    stopwords: frozenset[str]  # frequent words, for telling the language when X gives none
    promotional: Weighted  # offers, prices, buy/order/book, launches, "come and see us"
    conversational: Weighted  # asking the audience, thanking, news, curiosities, small talk
    divisive: Weighted  # politics and divisive topics
    complaint: Weighted  # a customer complaining in a mention (negative weights: praise)
    cues: Mapping[str, tuple[str, ...]]  # classes of words that weigh only together (see CUE_RULES)
    contrast: frozenset[str]  # "but": in a mention, what follows it is what the customer means


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _each(first: str, words: str) -> tuple[str, ...]:
    """Phrases of `first` followed by each of `words`: _each("from", "monday tuesday")."""
    return tuple(f"{first} {word}" for word in words.split())


# ----------------------------------------------------------------------------------------
# Shared by every language: names and words that are the same everywhere.
# ----------------------------------------------------------------------------------------

SHARED_DIVISIVE: Final[Weighted] = {
    3.0: (
        "trump", "biden", "putin", "zelensky", "zelenskyy", "netanyahu", "hamas", "hezbollah",
        "gaza", "brexit", "standwithukraine", "standwithisrael", "freepalestine", "maga", "isis",
        "blacklivesmatter", "black lives matter", "blm", "metoo",
    ),
    2.0: ("ucraina", "ukraine", "ucrania", "israele", "israel", "palestina", "palestine", "lgbt", "lgbtq"),
}

# Classes of words that are evidence only when found together in one post or mention: each
# language lists its own words for a class in `cues`. Some classes come from the post itself, not
# from words: "asks" (it asks something), "pitch" (and answers with something of its own: a word of
# the class "ours" after the question), "mention" (it names another account). "irony" (in a mention,
# praise that is sarcastic: "thanks a lot eh", "if you like frozen croissants", "bravo 👏") is also
# found by the classifier, and turns praise into complaint rather than adding weight.
# A rule: the classes that must all be there (or, written "!class", must not), then the promotional
# and complaint weight it adds.
CUE_RULES: Final[tuple[tuple[tuple[str, ...], float, float], ...]] = (
    (("asks", "try", "ours"), 3.0, 0.0),  # "have you tried our...?", "avete assaggiato la nostra...?"
    (("pitch",), 1.5, 0.0),  # "Hungry? Our brunch...", "Un petit creux ? Notre tarte..."
    (("back", "counter", "!we_back"), 2.0, 0.0),  # "back on the menu", "arrived in the shop" (not "we're back")
    (("remain", "few", "!period"), 2.5, 0.0),  # "only five left", "ne restano pochi" (not "two days left")
    (("few", "seats"), 1.5, 0.0),  # "plus que deux places"
    (("last", "item"), 3.0, 0.0),  # "last copies", "derniers exemplaires"
    (("free", "event"), 2.5, 0.0),  # "free tasting", "degustazione gratuita"
    (("done", "client"), 2.5, 0.0),  # "finished an oak kitchen for clients in Bath"
    (("delivered", "mention"), 2.5, 0.0),  # "just delivered the new logo for @client"
    (("number", "period"), 0.0, 1.0),  # "closed for two months", "trois mails en dix jours"
)

# Domains of news and reference sites: linking to them is sharing the sector's news.
NEWS_DOMAINS: Final[frozenset[str]] = _words(
    """
    ilpost.it corriere.it repubblica.it lastampa.it ilsole24ore.com ansa.it ilfattoquotidiano.it
    gamberorosso.it rainews.it tgcom24.mediaset.it wired.it
    lemonde.fr lefigaro.fr liberation.fr francetvinfo.fr ouest-france.fr leparisien.fr 20minutes.fr
    lesechos.fr bfmtv.com franceinfo.fr huffingtonpost.fr
    elpais.com elmundo.es eldiario.es abc.es lavanguardia.com elconfidencial.com 20minutos.es
    rtve.es publico.es expansion.com
    bbc.co.uk bbc.com theguardian.com nytimes.com washingtonpost.com reuters.com apnews.com
    ft.com economist.com independent.co.uk cnn.com npr.org theverge.com wikipedia.org
    youtube.com youtu.be
    """
)

# X's `lang` values that mean "no language": undetermined, media only, hashtags only...
UNDETERMINED_LANG_CODES: Final[frozenset[str]] = frozenset(
    {"und", "qme", "zxx", "qht", "qam", "qct", "qst", "art", "", "xx"}
)

# Frequent words of languages we do not cover, so that their texts are not mistaken for ours.
OTHER_STOPWORDS: Final[frozenset[str]] = _words(
    """
    der die das und ist nicht ich du wir ihr sie ein eine einen mit von zu auf fur dem den des im
    auch sehr wieder heute aus bei kommt bis oder aber noch nach wie sich uns euch wird wurde sind
    war haben hat kein keine schon jetzt hier immer vielen dank danke liebe gut
    o os um uma do dos das em na nas nos nao voce muito obrigado obrigada mais pelo pela ao aos
    tambem isso esse essa agora hoje aqui estamos estou vamos
    het een en van ik je niet dat op te zijn met voor maar ook heel wij jullie bedankt ons
    """
)

# Emoji that make a mention read as angry or as happy.
ANGRY_EMOJI: Final[tuple[str, ...]] = ("😡", "🤬", "👎", "😤", "😠", "🤮", "😒", "😞", "🙄", "💩")
HAPPY_EMOJI: Final[tuple[str, ...]] = ("😍", "❤", "😊", "🙏", "👏", "🥰", "😋", "🏆", "🤩", "💯")
# Emoji that, next to a complaint, make its praise read as sarcasm ("bravo 👏 third time you got it wrong").
IRONIC_EMOJI: Final[tuple[str, ...]] = ("👏", "🙃")


# ----------------------------------------------------------------------------------------
# Italian
# ----------------------------------------------------------------------------------------

IT: Final = LanguageLexicon(
    stopwords=_words(
        """
        il lo la gli le un uno una di da in con su per tra fra e ed o ma che chi cui non piu come
        anche ancora gia sono siamo sei del della dello dei degli delle al allo alla ai agli alle
        dal dalla dai nel nella nei nelle sul sulla sui questo questa questi queste quello quella
        ci vi mi ti si noi voi loro nostro nostra nostri nostre vostro vostra mio mia tuo tua suo
        sua molto tutto tutti tutte oggi domani ieri sempre dopo prima quando perche cosa grazie
        ciao buongiorno buonasera ha hanno abbiamo avete fatto stato era anni qui qua ecco stasera
        stamattina settimana mille tanto troppo niente nessuno a dalle dalla dagli negli sugli
        lunedi martedi mercoledi giovedi venerdi sabato domenica gennaio febbraio marzo aprile
        maggio giugno luglio agosto settembre ottobre novembre dicembre ogni sera mattina
        mese anno giorno giorni ora adesso poi bene bello bella nuovo nuova nuovi nuove ragazzi
        """
    ),
    promotional={
        3.0: (
            "al prezzo di",
            "ultimi giorni per",
            "finche durano", "fino ad esaurimento", "chi prima arriva", "vanno a ruba", "giveaway", "in palio",
            "regaliamo", "taggate", "tagga", "prima e dopo", "ultimo progetto", "ultimo lavoro", "ultimi lavori",
            "sconto", "sconti", "scontat*", "offert*", "promo", "promozion*", "saldi", "coupon", "omaggio",
            "inaugurazion*", "affrettatevi", "approfitta*", "preventiv*", "in vendita", "link in bio",
            "vi aspettiamo", "ti aspettiamo", "vi aspetto", "passate a trovarci", "vieni a trovarci",
            "venite a trovarci", "passa a trovarci", "posti limitati", "fino a esaurimento",
            "gift card", "buono regalo", "buoni regalo", "codice sconto", "prova gratuita",
            "lezione di prova", "iscriviti", "iscrizioni aperte", "contattaci", "chiamaci", "scopri",
            "black friday", "happy hour", "ultimi posti", "nuova apertura",
            "richiedi", "anziche", "a partire da", "non perdet*", "fatevela scappare",
            "fatevelo scappare", "ordina", "ordinal*",
        ),
        2.5: (
            "concorso",
            "ingresso libero",
            "prenot*", "novita", "disponibil*", "ricevi", "risparmi*",
        ),
        2.0: (
            "abbiamo preparato per", "abbiamo realizzato per", "che abbiamo fatto per",
            "abbiamo aggiunto", "vi aspetta", "ti aspetta", "vi aspettano", "portate gli amici", "porta un amico",
            "ora anche", "adesso anche", "gusto del mese", "gusto della settimana", "piatto del giorno",
            "piatto della settimana",
            "ordinate", "ordinabil*", "acquist*", "compra", "comprate", "garanzia", "garantit*",
            "regala", "lancio", "lanciamo", "iscrizion*",
            "iscriv*", "spedizion*", "spediamo", "domicilio", "asporto", "catalogo", "abbonament*",
            "newsletter", "collezione", "su misura", "personalizzat*", "personalizziamo", "scrivici",
            "in arrivo", "da oggi", "nuovo sito", "in negozio", "venite", "vieni", "trovarci",
            "ci trovi", "ci trovate", "la trovi", "la trovate", "le trovi", "li trovate", "padiglione",
            "riapertura", "abbiamo vinto", "facciamo anche", "team building", "sopralluogo",
            "scoprite", "scaricalo", "pacchett*", "prenotate", "ultima settimana",
        ),
        1.5: (
            "abbiamo preparato", "abbiamo realizzato",
            "apertura", "orari", "workshop", "info", "gratis", "gratuit*", "euro", "menu", "passate",
            "guardate", "provate", "assaggiare", "consulenz*", "scarica*", "ultimi", "ultime",
            "chiavi in mano", "musica dal vivo", "invece di",
        ),
        1.0: (
            *_each("da", "lunedi martedi mercoledi giovedi venerdi sabato domenica"),
            "nuov*", "ecco", "regalo", "regali", "negozio", "vetrina", "sito", "online", "corso",
            "aperti", "aperte", "premio", "vincitore", "servizio", "servizi", "fino a", "fino al",
            "stasera", "tavolo", "brunch", "aperitivo", "degustazion*", "tornat*", "tornano", "arrivat*",
            "guarda", "passa", "fiera", "stand", "whatsapp", "dm", "fatte a mano", "fatti a mano",
            "fatta a mano", "fatto a mano", "tagliando", "cerchi", "cercate", "trovi", "trovate",
            "recensit*", "matrimoni", "eventi", "live", "concerto", "pubblicato", "installazion*",
            "provarla", "provarlo", "provarle", "provarli", "siamo su", "pagare", "disponibili", "clienti",
            "ordine", "ordini",
        ),
        0.5: ("nostro", "nostra", "nostri", "nostre", "solo", "weekend", "pranzo", "artigianal*", "evento"),
    },
    conversational={
        3.0: (
            "che ne dite",
            "secondo voi", "che ne pensate", "chi di voi", "sondaggio", "lo sapevate", "curiosita",
            "diteci", "dite la vostra", "quanti di voi", "voi come",
        ),
        2.0: (
            "bentornat*",
            "siamo tornati", "siamo rientrati", "riapriamo",
            "voi", "complimenti", "auguri", "buongiorno", "buonanotte", "buonasera", "domanda",
            "colleghi", "qualcuno", "avete mai", "pensate", "preferite", "consigliarci", "articolo",
            "ahah*", "haha*", "lol", "imparato", "bravi", "lutto", "chiacchierata", "grazie mille",
            "buona pasqua", "buon natale", "buon anno", "buone feste", "anche noi", "che settimana",
            "che giornata", "che fatica",
        ),
        1.5: (
            "chiuso", "chiusi", "chiusa", "chiusura", "ferie",
            "grazie", "sapete", "consigli", "notizia", "lettura", "vale la pena",
        ),
        1.0: (
            "buon", "buona", "consiglio", "letto", "leggerlo", "raga", "stamattina", "alba",
            "tramonto", "pioggia", "piove", "freddo", "caldo", "neve", "nebbia", "settore", "dati",
            "soddisfazione", "storia", "ricordo", "nonna", "fornit*", "tappa", "partita", "seguendo",
            "purtroppo", "ragazzi", "inventato", "sciopero", "merit*", "consigliato", "faccia",
            "pensare", "giornata", "vendemmia", "usate",
        ),
        0.5: ("spettacolo", "finalmente", "quartiere", "bellissim*", "sole", "oggi"),
    },
    divisive={
        3.0: (
            "governo", "elezioni", "elettoral*", "referendum", "parlamento", "immigrazione", "immigrati",
            "migranti", "clandestini", "aborto", "guerra", "cessate il fuoco", "reddito di cittadinanza",
            "autonomia differenziata", "fascis*", "antifascis*", "partito", "partiti", "legge di bilancio",
            "ministro", "ministra", "genocidio", "ius soli", "meloni", "schlein", "salvini", "renzi",
            "berlusconi", "mattarella", "tajani", "calenda", "vannacci", "fratelli d italia",
            "chiudere i porti", "porti chiusi", "andate a votare", "politic*",
        ),
        2.0: (
            "sinistra", "destra", "votare", "votate", "vota", "condono", "condoni", "dittatura",
            "regime", "pd", "gender", "premier", "israeliani", "palestinesi", "russia", "russi",
        ),
        1.5: (
            "sindaco", "giunta", "tasse", "evasori", "voto", "lega", "conte", "draghi", "corteo",
            "manifestazione", "sciopero generale", "vaticano",
        ),
        1.0: ("diritto", "diritti", "legge", "comune", "ztl"),
        0.5: ("vergogna",),
    },
    complaint={
        3.0: (
            "mai piu", "vergogn*", "schifo", "pessim*", "rimborso", "rimborsat*", "truffa",
            "inaccettabile", "inammissibile", "scandalos*", "delus*", "maleducat*", "scortes*",
            "non vi consiglio", "sconsiglio", "non ordino piu", "risarc*", "reclamo",
            "non e accettabile", "ma scherziamo",
        ),
        2.5: (
            "sto ancora aspettando", "ancora aspettando", "ancora in attesa", "zero rispost*", "nessuna rispost*",
            "nessun riscontro",
        ),
        2.0: (
            "danneggiat*",
            "ancora nulla", "seconda volta", "terza volta", "quarta volta", "scadut*", "acida", "acido",
            "normale aspett*",
            "ritardo", "mai arrivat*", "mai spedit*", "nessuno risponde", "ancora niente", "sporc*",
            "rott*", "sbagliat*", "ennesim*", "ridicol*", "gonfiat*", "scherziamo", "stanti*",
            "lamentel*", "non si e presentat*", "aspetto da", "peccato",
        ),
        1.5: (
            "senza nessun avviso", "senza avviso", "senza avvisare",
            "insipid*", "dimenticat*",
            "senza parole", "surgelat*", "mancav*", "esistete ancora", "un ora", "mezz ora", "ora e mezza",
            "bruciat*", "disperat*", "mancant*", "aspettato", "fredda", "crudo", "capello",
            "addebit*", "disdett*",
        ),
        1.0: (
            "aumentat*",
            "altrove",
            "attesa", "freddo", "secca", "secco", "macchiat*", "sciolto", "nessuno", "neanche",
            "problema", "invece che", "invece di", "purtroppo",
        ),
        -1.0: (
            "divorat*", "eroi",
            "grazie", "top", "puntuale",
        ),
        -1.5: (
            "posso prenotare", "possiamo prenotare", "vorrei prenotare",
            "perfett*", "strepitos*", "bellissim*",
            "consigliat*", "buonissim*", "spettacolar*", "meraviglios*", "migliore",
        ),
        -2.0: (
            "ne valeva la pena", "vale la pena",
            "complimenti", "bravissim*", "bravi", "adoro", "torneremo", "gentilissim*",
        ),
        -5.0: ("mai piu senza",),
    },
    cues={
        "try": (
            "provato", "provata", "provati", "provate", "assaggiato", "assaggiata", "assaggiati", "assaggiate",
            "gustato",
        ),
        "ours": ("nostro", "nostra", "nostri", "nostre"),
        "back": (
            "arrivat*", "arrivano", "arriva", "tornat*", "torna", "tornano", "ritorna*", "pronto", "pronta", "pronti",
            "pronte", "disponibil*", "aggiunt*", "rientrat*", "gia in",
        ),
        "we_back": ("siamo tornati", "siamo rientrati", "riapriamo"),
        "counter": ("carta", "menu", "bancone", "banco", "vetrina", "negozio", "bottega", "scaffal*", "listino"),
        "remain": ("rimast*", "restano", "resta", "rimane", "rimangono", "avanzat*"),
        "few": (
            "solo", "soltanto", "pochi", "poche", "pochissim*", "due", "tre", "quattro", "cinque", "sei", "sette",
            "otto", "nove", "dieci",
        ),
        "seats": ("posti", "posto", "tavoli", "tavolo"),
        "last": ("ultimi", "ultime"),
        "item": ("pezzi", "esemplari", "copie", "confezioni", "barattoli", "bottiglie", "scatole", "taglie", "capi"),
        "free": (
            "gratis", "gratuit*", "libero", "aperto a tutti", "aperta a tutti", "aperte a tutti", "tutti benvenuti",
        ),
        "event": (
            "degustazion*", "assaggi", "presentazion*", "laboratori*", "workshop", "lezion*", "serata", "serate",
            "incontro", "concerto", "festa", "visita", "visite", "corso", "corsi", "mostra", "dimostrazion*",
            "partecipazione", "porte aperte",
        ),
        "done": (
            "consegnat*", "finit*", "completat*", "terminat*", "realizzat*", "preparat*", "restaurat*",
            "ristrutturat*", "progettat*", "rinnovat*", "installat*",
        ),
        "delivered": ("consegnat*", "realizzat*", "progettat*"),
        "client": ("cliente", "clienti", "coppia", "famiglia", "sposi", "committent*"),
        "number": (
            "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "venti", "trenta", "quaranta",
            "cinquanta",
        ),
        "period": ("minuti", "ore", "giorni", "settimane", "mesi"),
        "irony": (
            "eh", "se uno ama", "se vi piace", "se ti piace", "se vi piacciono", "se ti piacciono", "grazie tante",
        ),
    },
    contrast=_words("ma pero tuttavia"),
)


# ----------------------------------------------------------------------------------------
# French
# ----------------------------------------------------------------------------------------

FR: Final = LanguageLexicon(
    stopwords=_words(
        """
        le la les un une des du de d l et ou mais donc est sont suis c ce cet cette ces il elle
        ils elles on nous vous je j tu au aux pour par avec dans sur sous chez pas ne n plus tres
        tout tous toute toutes qui que qu quoi quel quelle notre nos votre vos mon ma mes ton ta
        leur leurs ca aussi bien merci bonjour bonsoir aujourd hui demain hier toujours jamais
        rien deja encore ici fait peu trop beaucoup avez avons ont etait ete etre sans matin soir
        semaine enfin comme quand a y chaque lundi mardi mercredi jeudi vendredi samedi dimanche
        lundis mardis mercredis jeudis vendredis samedis dimanches janvier fevrier mars avril mai
        juin juillet aout septembre octobre novembre decembre mois annee jour jours maintenant
        apres avant nouveau nouvelle nouveaux beau belle
        """
    ),
    promotional={
        3.0: (
            "au prix de",
            "derniers jours pour",
            "jusqu a epuisement", "premier arrive premier servi", "partent vite", "s arrachent", "a gagner",
            "identifiez", "avant apres", "avant et apres", "dernier chantier", "dernier projet",
            "derniere realisation",
            "promo*", "reduction*", "remise*", "solde*", "offre", "offres", "offert*", "precommande*",
            "reservez", "en vente", "inauguration", "profitez", "devis", "places limitees",
            "edition limitee", "fin de serie", "derniere chance", "carte cadeau",
            "cartes cadeaux", "bon d achat", "essai gratuit", "cours d essai", "on vous attend",
            "nous vous attendons", "je vous attends", "contactez", "happy hour", "vente flash",
            "moitie prix", "au lieu de", "a partir de", "petite pub", "e shop", "eshop", "lien en bio",
            "prenez rendez vous", "ne manquez pas", "ratez pas",
        ),
        2.5: (
            "concours",
            "entree libre",
            "disponible*", "nouveaute*", "lancement", "retrouvez", "abonnez", "inscrivez",
            "decouvrez", "on lance", "nous lancons", "commandez", "des maintenant",
        ),
        2.0: (
            "qu on a realise pour", "nous avons realise pour", "qu on a fait pour",
            "vous attend", "vous attendent", "on fait aussi", "nous faisons aussi", "venez nombreux", "a maintenant",
            "on a ajoute", "nous avons ajoute", "glace du moment", "parfum du mois",
            "commander", "reserver", "reservation*", "profiter", "inscrire", "derniere semaine", "garanti*",
            "inscription*", "livraison*", "emporter", "dispo",
            "disponibilite*", "creneaux", "en boutique", "formule", "newsletter", "abonnement",
            "sur mesure", "personnalis*", "reouverture", "horaires", "ecrivez", "on a gagne",
            "a volonte", "de retour", "venez", "offrir",
        ),
        1.5: (
            "qu on a realise",
            "commande", "achat*", "achet*", "shop", "sur le site", "en ligne", "menu",
            "decouvrir", "ouverture",
            "stage", "gratuit*", "code", "regardez", "passez", "rdv", "traiteur", "pub",
            "vous cherchez", "plat du jour",
        ),
        1.0: (
            *_each("des", "lundi mardi mercredi jeudi vendredi samedi dimanche"),
            "nouveau", "nouvelle", "nouveaux", "boutique", "site", "vitrine", "cours", "concert",
            "prix", "seulement", "uniquement", "jusqu", "ce soir", "ce week end", "medaille", "gagne",
            "rencontrer", "location", "reste", "places", "complet", "en mp", "envie", "chez nous",
            "arrive*", "exceptionnel*", "stand", "on repare", "reparons", "recrut*", "ouvert", "ouverte",
            "ouvertes", "podcast",
            "cadeau*", "hall", "salon", "accompagne", "dimanche matin", "commandes", "essayer",
        ),
        0.5: ("notre", "nos", "carte", "atelier", "nouvelles", "artisana*", "chalet", "agence"),
    },
    conversational={
        3.0: (
            "vous en dites quoi", "qu en dites vous",
            "et vous", "selon vous", "apres vous", "votre avis", "saviez", "sondage", "anecdote",
            "dites nous", "vous aussi", "vous preferez", "c est quoi votre",
        ),
        2.5: ("quelqu",),
        2.0: (
            "bon retour",
            "on est de retour", "sommes de retour", "on rouvre", "nous rouvrons",
            "bravo", "felicitations", "joyeux", "joyeuses", "bonjour", "bonsoir", "question",
            "collegue*", "connaissez", "preferez", "pensez", "astuce", "article", "mdr", "ptdr", "lol",
            "haha*", "debat", "bonne soiree", "bonne journee", "bonne nuit", "bon lundi", "bon week end",
            "merci beaucoup", "une pensee", "quelle semaine", "quelle journee",
        ),
        1.5: (
            "conge",
            "ferme", "fermes", "fermee", "fermeture", "conges", "vacances",
            "merci", "lire", "lecture", "pleut", "courage", "appris", "souvenir*", "lever de soleil",
            "on suit",
        ),
        1.0: (
            "deja", "conseil", "conseils", "lu", "pluie", "froid", "neige", "brouillard", "chiffre",
            "soutien", "conference", "lecons", "enfance", "apprenti*", "fournisseur*", "etape",
            "inondations", "avec vous", "avenir", "ce matin", "vendanges", "dur", "rire*", "anniversaire",
        ),
        0.5: ("bon", "bonne", "quartier", "soleil", "victoire", "aujourd"),
    },
    divisive={
        3.0: (
            "gouvernement", "election*", "electora*", "urnes", "referendum", "assemblee nationale",
            "politicien*", "immigration", "immigres", "migrants", "avortement", "ivg", "guerre",
            "ukrainien*", "cessez le feu", "extreme droite", "extreme gauche", "reforme des retraites",
            "laicite", "macron", "lepen", "le pen", "melenchon", "bardella", "zemmour", "attal",
            "nupes", "fascis*", "antifa*", "genocide", "politique*",
        ),
        2.0: (
            "voter", "vote", "votez", "parlement", "senat", "ministre", "invasion", "retraites",
            "democratie", "islam", "manif*", "rn", "lfi", "israeliens", "palestiniens", "russie",
        ),
        1.5: (
            "droite", "gauche", "russe", "voile", "religion", "maire", "municipalite", "impots",
            "taxe*", "greve", "syndicat*", "constitution",
        ),
        1.0: ("president", "charges", "mairie", "loi"),
        0.5: ("honteux",),
    },
    complaint={
        3.0: (
            "plus jamais", "inadmissible", "inacceptable", "scandaleu*", "honte*", "arnaque", "decu*",
            "deception", "degoutant*", "rembourse*", "desagreable*", "impoli*", "recommande a personne",
            "a fuir", "lamentable", "vous vous moquez", "commanderai plus", "reclamation", "plainte",
        ),
        2.5: (
            "j attends toujours", "attends toujours", "toujours pas", "aucune reponse", "zero reponse",
            "sans reponse", "toujours en attente",
        ),
        2.0: (
            "abime*", "endommage*",
            "deuxieme fois", "troisieme fois", "quatrieme fois", "perime*", "avait tourne", "a tourne",
            "normal d attendre",
            "jamais arrive*", "personne ne repond", "toujours rien", "retard", "casse*", "ratee",
            "errone*", "ridicule*", "rassis*", "moquez", "catastroph*", "nul", "nulle", "mauvaise",
            "mauvais", "jamais expedie*", "gonfle*", "jamais command*",
        ),
        1.5: (
            "sans prevenir", "sans aucun avertissement",
            "fade", "fades", "oublie*",
            "sans commentaire", "surgele*", "manquait", "vous existez encore", "une heure", "demi heure",
            "heure et demie",
            "sale", "brule*", "desespere*", "manquant*", "attendu", "meme pas", "preleve*",
            "prelever", "cheveu", "bugs", "froide",
        ),
        1.0: (
            "augmente*",
            "ailleurs", "malheureusement",
            "tache*", "rate", "encore une", "facture*", "cru", "froid", "seche", "attente", "personne",
            "resilie", "au lieu de", "fondue", "probleme",
        ),
        -1.0: (
            "devore*", "heros",
            "merci", "top", "incroyable", "ponctuel", "sympa",
        ),
        -1.5: (
            "je peux reserver", "on peut reserver", "je voudrais reserver",
            "chapeau",
            "parfait*", "superbe*",
            "delicieux", "magnifique", "recommande", "meilleur", "ravis",
        ),
        -2.0: (
            "valait le coup", "vaut le coup",
            "bravo", "adore", "reviendra", "au top",
        ),
        -3.0: ("me passer de",),
    },
    cues={
        "try": ("goute", "goutee", "goutes", "essaye", "essayee", "essayes", "teste", "testee", "testes"),
        "ours": ("notre", "nos"),
        "back": (
            "arrive*", "revient", "reviennent", "retour", "rejoint", "rejoignent", "pret", "prete", "prets", "pretes",
            "disponible*", "recu", "recus", "ajoute*", "deja en",
        ),
        "we_back": ("on est de retour", "sommes de retour", "on rouvre", "nous rouvrons"),
        "counter": (
            "carte", "menu", "comptoir", "vitrine", "boutique", "magasin", "rayon*", "etal", "etals", "atelier",
        ),
        "remain": ("reste", "restent", "restant*"),
        "few": (
            "seulement", "plus que", "peu", "quelques", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
            "neuf", "dix",
        ),
        "seats": ("places", "place", "tables", "creneaux"),
        "last": ("derniers", "dernieres"),
        "item": ("exemplaires", "pieces", "pots", "bouteilles", "boites", "tailles", "unites"),
        "free": ("gratuit*", "gratis", "libre", "ouvert a tous", "ouverte a tous"),
        "event": (
            "degustation*", "atelier*", "rencontre*", "soiree*", "concert", "fete", "visite*", "cours", "stage",
            "presentation", "lecture", "dedicace*", "demonstration*", "portes ouvertes",
        ),
        "done": (
            "livree", "livrees", "juste livre*", "vient de livr*", "avons livre*", "on a livre*", "termine*",
            "realise*", "renove*", "fini", "finie", "acheve*", "installe*", "concu*", "restaure*", "amenage*",
        ),
        "delivered": ("livree", "livrees", "juste livre*", "avons livre*", "on a livre*", "realise*", "concu*"),
        "client": ("client", "clients", "cliente", "clientes", "couple", "famille", "maries"),
        "number": (
            "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "vingt", "trente", "quarante",
            "cinquante",
        ),
        "period": ("minutes", "heures", "jours", "semaines", "mois"),
        "irony": ("hein", "si on aime", "si vous aimez", "merci pour rien"),
    },
    contrast=_words("mais pourtant cependant"),
)


# ----------------------------------------------------------------------------------------
# Spanish
# ----------------------------------------------------------------------------------------

ES: Final = LanguageLexicon(
    stopwords=_words(
        """
        el la los las un una unos unas de del al y o e u en con por para que es son esta estan
        este esto estos estas ese esa muy mas pero como cuando donde quien lo le les se me te nos
        os mi tu su nuestro nuestra nuestros nuestras vuestro vuestra sus ya hoy todo todos toda
        todas hay gracias hola buenos buenas tambien sin sobre entre hasta desde porque si no ha
        han hemos habeis fue era ser estamos aqui manana semana nada siempre nunca algo alguien
        otra otro mucho poco a cada lunes martes miercoles jueves viernes sabado domingo sabados
        domingos enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre
        diciembre mes ano dia dias ahora despues antes nuevo nueva nuevos nuevas bonito bonita
        """
    ),
    promotional={
        3.0: (
            "al precio de",
            "ultimos dias para",
            "hasta que se acaben", "hasta agotar", "hasta fin de existencias", "el que llega primero",
            "se van volando", "sorteo", "sorteamos", "mencionad", "menciona a", "antes y despues", "ultimo proyecto",
            "descuento*", "oferta*", "rebaja*", "promo*", "a la venta", "inaugur*", "aprovecha*",
            "presupuesto*", "plazas limitadas", "edicion limitada", "ultimas unidades",
            "date prisa", "tarjeta regalo", "tarjetas regalo", "os esperamos", "te esperamos",
            "clase de prueba", "apuntate", "inscribete", "suscribete", "contactanos", "envio gratis",
            "happy hour", "flash sale", "mitad de precio", "en vez de", "estrenamos", "enlace en la bio",
            "no te la pierdas", "no te lo pierdas", "no os lo perdais", "no te pierdas", "pidela", "pidelo",
        ),
        2.5: (
            "entrada libre",
            "disponible*", "novedad*", "reserv*", "tienda online", "ya puedes", "descubre",
        ),
        2.0: (
            "que preparamos para", "que hicimos para", "hemos preparado para",
            "os espera", "te espera", "os esperan", "tambien hacemos", "ahora tambien", "ahora tiene", "traed a",
            "trae a", "hemos anadido", "helado del mes", "sabor del mes", "plato del dia",
            "pide", "pidenos", "encarg*", "apunt*", "ultima semana", "garantia", "garantizad*",
            "compra*", "lanz*", "inscripcion*", "envio*",
            "enviamos", "a domicilio", "para llevar", "catalogo", "newsletter", "suscrip*", "suscrib*",
            "escribenos", "a medida", "personalizad*", "huecos", "en nuestra web", "codigo",
            "ya esta aqui", "venid", "pasaos", "pasate", "llevate", "hemos ganado", "estreno",
            "prueba gratis", "caseta",
        ),
        1.5: (
            "vuelan", "que preparamos",
            "pedido", "menu", "descubr*", "estaremos", "mirad", "abrimos", "llegado", "reparamos", "alquiler",
            "catering", "asesoria", "gratis", "gratuit*", "necesitas", "llevaos", "venta",
        ),
        1.0: (
            *_each("desde el", "lunes martes miercoles jueves viernes sabado domingo"),
            "nuevo", "nueva", "nuevos", "nuevas", "tienda", "online", "web", "regalo", "whatsapp",
            "dm", "puesto", "feria", "premio", "medalla", "mira", "ven", "vuelven", "vuelve", "curso",
            "clases", "concierto", "en directo", "espectaculo", "cita", "servicio", "hacemos",
            "precio", "busca*", "disenamos", "quedan", "plazas", "esta noche", "este fin de semana",
            "solo los", "abierto", "abiertas", "abiertos", "pedidos", "probarlas", "probarlos", "probarla",
        ),
        0.5: (
            "nuestro", "nuestra", "nuestros", "nuestras", "solo", "carta", "clase", "consulta",
            "desde", "tenemos", "libres", "fechas", "artesan*",
        ),
    },
    conversational={
        3.0: (
            "que os parece", "que decis",
            "encuesta", "que opinais", "curiosidad", "anecdota", "sabiais", "contadnos", "os leemos",
        ),
        2.5: ("alguien",),
        2.0: (
            "bienvenid*",
            "hemos vuelto", "estamos de vuelta", "volvemos", "reabrimos",
            "vosotros", "debate", "enhorabuena", "felicidades", "feliz", "felices", "buenos dias",
            "buenas noches", "buenas tardes", "pregunta", "companeros", "conoceis", "habeis", "preferis",
            "articulo", "jaja*", "lol", "muchas gracias", "menuda semana", "vaya semana", "que semana",
            "vaya dia",
        ),
        1.5: (
            "cerrado", "cerrados", "cerramos", "vacaciones",
            "gracias", "lectura", "lloviendo", "animo", "charla", "aprendido", "recuerdo", "amanecer",
            "merece la pena", "interesante", "soy yo",
        ),
        1.0: (
            "vuestro*", "vuestra*", "consejo*", "leido", "leerlo", "lluvia", "llueve", "frio", "calor",
            "niebla", "dato", "apoyo", "lecciones", "infancia", "abuela", "esta manana", "proveedor*",
            "etapa", "siguiendo", "afectados", "recomendable", "vendimia", "duro", "risas",
        ),
        0.5: ("barrio", "hoy", "por fin"),
    },
    divisive={
        3.0: (
            "gobierno", "elecciones", "electoral*", "urnas", "referendum", "politico*", "politica*",
            "inmigracion", "inmigrantes", "migrantes", "aborto", "guerra", "ucraniano*", "alto el fuego",
            "ultraderecha", "extrema derecha", "extrema izquierda", "amnistia", "feijoo", "abascal",
            "ayuso", "puigdemont", "psoe", "fascis*", "genocidio",
        ),
        2.5: ("sanchez", "vox"),
        2.0: (
            "votar", "vot*", "parlamento", "congreso", "ministro*", "ministra*", "invasion",
            "independencia", "manifestacion", "facha*", "pp", "israelies", "palestinos", "rusia",
        ),
        1.5: (
            "izquierda", "derecha", "constitucion", "alcalde*", "impuestos", "huelga", "rusa",
        ),
        1.0: ("ayuntamiento", "cuotas", "cataluna", "ley", "franco", "rojos"),
        0.5: ("verguenza", "autonomos"),
    },
    complaint={
        3.0: (
            "nunca mas", "verguenza", "vergonzos*", "asco", "pesim*", "estafa", "inaceptable",
            "decepcion*", "decepcionad*", "maleducad*", "reembolso", "no os recomiendo",
            "no lo recomiendo", "no vuelvo", "lamentable", "tomando el pelo", "reclamacion", "queja",
        ),
        2.5: (
            "sigo esperando", "seguimos esperando", "todavia esperando", "ni rastro", "cero respuesta*",
            "ninguna respuesta", "ni una respuesta", "sin respuesta",
            "horrible", "desastre", "nadie contesta", "todavia nada",
        ),
        2.0: (
            "danad*", "estropead*",
            "segunda vez", "tercera vez", "cuarta vez", "caducad*", "agria", "agrio", "normal esperar",
            "borde", "devolv*", "devuelv*", "fatal", "retraso", "sucia*", "sucio*", "roto", "rota", "rotos",
            "rotas", "equivocad*", "rancia*", "rancio*", "ridicul*", "no aparecio", "nunca llego",
            "nunca enviado",
        ),
        1.5: (
            "sin avisar", "sin previo aviso",
            "soso", "sosa", "olvidad*",
            "sin palabras", "congelad*", "seguis existiendo", "una hora", "media hora", "hora y media",
            "inflad*", "quemad*", "desesperad*", "faltaba*", "esperando", "cobr*", "encima", "ni una",
        ),
        1.0: (
            "aumentad*", "subido",
            "en otro sitio", "lamentablemente",
            "nunca", "nadie", "manchad*", "crudo", "fria", "frio", "seca", "espera", "pelo",
            "derretido", "otra vez", "en vez de", "problema", "falta*",
        ),
        -1.0: (
            "devorad*", "heroes",
            "gracias", "increible*", "puntual",
        ),
        -1.5: (
            "puedo reservar", "podemos reservar", "quisiera reservar",
            "perfect*",
            "buenisim*", "espectacular", "precioso", "preciosa", "recomiendo", "mejor", "amable",
            "genial", "geniales", "encantados",
        ),
        -2.0: (
            "merecio la pena", "merece la pena",
            "enhorabuena", "encanta*", "volveremos",
        ),
        -3.0: ("vivir sin",),
    },
    cues={
        "try": ("probado", "probada", "probados", "probadas", "catado"),
        "ours": ("nuestro", "nuestra", "nuestros", "nuestras"),
        "back": (
            "llegad*", "llegado", "vuelve", "vuelven", "regresa*", "listo", "lista", "listos", "listas",
            "disponible*", "recibido*", "anadid*", "ya en",
        ),
        "we_back": ("hemos vuelto", "estamos de vuelta", "volvemos", "reabrimos"),
        "counter": ("carta", "menu", "mostrador", "escaparate", "tienda", "vitrina", "barra", "estanteria*", "taller"),
        "remain": ("quedan", "queda", "restan"),
        "few": (
            "solo", "solamente", "pocos", "pocas", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
            "diez",
        ),
        "seats": ("plazas", "sitios", "mesas", "huecos"),
        "last": ("ultimos", "ultimas"),
        "item": ("ejemplares", "unidades", "piezas", "botes", "botellas", "cajas", "tallas"),
        "free": ("gratis", "gratuit*", "libre", "abierto a todos", "abierta a todos"),
        "event": (
            "cata", "catas", "degustacion*", "taller*", "presentacion*", "charla*", "jornada", "concierto", "fiesta",
            "visita*", "clase", "clases", "curso", "demostracion*", "puertas abiertas",
        ),
        "done": (
            "entregad*", "entregamos", "entregar", "terminad*", "acabad*", "realizad*", "preparad*", "preparamos",
            "reformad*", "restaurad*", "instalad*", "disenad*",
        ),
        "delivered": ("entregad*", "entregamos", "entregar", "realizad*", "disenad*"),
        "client": ("cliente", "clientes", "clienta", "clientas", "pareja", "familia", "novios"),
        "number": (
            "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "veinte", "treinta",
            "cuarenta", "cincuenta",
        ),
        "period": ("minutos", "horas", "dias", "semanas", "meses"),
        "irony": ("eh", "si te gusta*", "si os gusta*", "gracias por nada"),
    },
    contrast=_words("pero"),
)


# ----------------------------------------------------------------------------------------
# English
# ----------------------------------------------------------------------------------------

EN: Final = LanguageLexicon(
    stopwords=_words(
        """
        the a an and or of to in on at for with is are was were be been being this that these
        those it its we our us you your they their them i my me he she his her not no yes do does
        did have has had will would can could just from by as about so but if what when how who
        which there here all some any more very too also out up than then now get got thanks
        thank today tomorrow yesterday week morning tonight everyone again off s t ll re ve m
        don didn isn been every each day days monday tuesday wednesday thursday friday saturday
        sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays january february
        march april june july august september october november december month year new
        after before
        """
    ),
    promotional={
        3.0: (
            "for the price of",
            "last few days to", "last days to",
            "while they last", "while stocks last", "first come first served", "till they re gone",
            "until they re gone", "when they re gone", "once they re gone", "selling fast", "giveaway", "giving away",
            "tag a friend", "tag two", "before and after", "latest project",
            "discount*", "coupon*", "voucher*", "gift card*", "preorder*", "pre order*", "book now",
            "book online", "book your", "book through", "book the", "order now", "shop now",
            "shop online", "online shop", "grand opening", "now open", "hurry", "don t miss",
            "last chance", "spots left", "places left", "sign up", "free quote", "get in touch",
            "happy hour", "flash sale", "half price", "restock*", "back in stock", "free delivery",
            "just launched", "per person", "per couple", "a head", "out now", "instead of",
            "limited places", "limited spaces", "link in bio", "we ship", "last week to",
        ),
        2.5: (
            "free entry",
            "sale", "deal", "deals", "promo*", "bookings", "reserve", "in store", "buy", "available",
            "subscribe", "dm us", "message us", "email us", "call us", "come try",
            "come say hi", "pop in", "find us", "we re open", "on sale",
        ),
        2.0: (
            "we baked for", "we designed for", "we built for",
            "flying out",
            "with your name on it", "waiting for you", "we re also", "now comes with", "now has", "now also",
            "bring a friend", "bring whoever", "flavour of the month", "flavor of the month", "dish of the day",
            "we made for",
            "offer", "offers", "booking", "reservations", "order", "launch*", "limited", "personali*",
            "pop into", "pop by", "take away", "shipping", "guarantee*",
            "newsletter", "takeaway", "delivery", "check out", "come see", "drop in", "see you there",
            "see you tonight", "custom", "bespoke", "bottomless", "we also", "reopen*", "grab",
            "freebie", "ask us", "bestselling", "weekends only", "look at our", "in stock", "need a",
        ),
        1.5: (
            "going fast",
            "quote", "menu", "catering", "collection", "shop", "hire", "stall", "won", "award*",
            "opening", "is back", "are back", "code", "gift", "slots", "our new", "consultation",
            "our shop", "our site", "our website", "have a look", "take a look", "take home",
        ),
        1.0: (
            "delivered",
            *_each("from", "monday tuesday wednesday thursday friday saturday sunday"),
            "new", "tonight", "this weekend", "only", "tasting", "brunch", "handmade", "range",
            "website", "site", "online", "free", "class", "classes", "course", "workshop", "workshops",
            "service", "rent*", "fair", "winner", "we do", "open", "hours", "price", "podcast",
            "spaces", "spots", "until", "so proud", "see you", "looking for a", "from our", "orders",
            "hamper*",
        ),
        0.5: (
            "left",
            "last few",
            "our", "back", "best", "still", "gold", "episode",
        ),
    },
    conversational={
        3.0: (
            "what do you reckon", "what do you say",
            "poll", "what s your", "fun fact", "did you know", "question for", "tell us",
            "what are you", "which", "anyone",
        ),
        2.0: (
            "welcome back",
            "we re back", "we reopen", "back tomorrow",
            "fellow", "discuss", "debate", "congrats", "congratulations", "well done", "happy birthday",
            "merry", "good morning", "night all", "morning all", "what do you", "your favourite",
            "your favorite", "article", "worth a read", "lol", "haha*", "thinking of", "thank you",
            "thanks", "happy monday", "happy friday", "happy new year", "what a week", "what a day",
        ),
        1.5: (
            "closed", "holidays", "week off",
            "thank", "do you", "have you", "recommendations", "raining", "sunrise", "sunset",
            "learned", "learnt", "memory", "interesting", "loved it", "is it just me",
        ),
        1.0: (
            "tips", "tip", "piece", "read", "reading", "rain", "rainy", "snow", "fog", "weather",
            "this morning", "stat", "lessons", "childhood", "with you", "talk", "history", "random",
            "supplier*", "stage", "watching", "joy", "tough", "floods", "honestly", "harvest", "laughs",
            "rough day", "guy",
        ),
        0.5: ("everyone", "happy", "cold", "today"),
    },
    divisive={
        3.0: (
            "government", "election*", "go vote", "prime minister", "politician*", "politics",
            "political", "immigration", "immigrants", "migrants", "abortion", "pro life", "pro choice",
            "ceasefire", "far right", "far left", "left wing", "right wing", "tory", "tories", "farage",
            "sunak", "starmer", "republicans", "democrats", "gop", "defund", "gun control", "fascis*",
            "genocide", "ukrainian*", "rent control*", "gun law*", "hunting with dogs", "fox hunting",
            "vaccines work", "anti vax*", "antivax*",
        ),
        2.5: ("war", "woke", "minimum wage", "inheritance tax"),
        2.0: (
            "vote", "voting", "voters", "parliament", "congress", "senate", "minister", "refugees",
            "asylum", "russia", "invasion", "harris", "nato", "tax hike", "palestinians", "israelis",
            "who voted", "voted this morning", "write to your", "trans",
        ),
        1.5: (
            "labour", "mayor", "tax", "taxes", "religion", "religious", "guns", "protest", "police",
            "councillor*", "nhs",
        ),
        1.0: (
            "council", "reform", "strike", "shameful", "law", "landlords", "both sides", "lobby", "vat",
            "potholes", "parking charges",
        ),
    },
    complaint={
        3.0: (
            "never again", "disgrace*", "disgusting", "disgusted", "shameful", "unacceptable", "refund",
            "scam", "rip off", "ripoff", "rude", "disappoint*", "letdown", "let down", "appalling",
            "wouldn t recommend", "would not recommend", "not ordering", "not acceptable", "complaint",
            "compensate", "compensation", "never arrived", "still nothing", "never shipped",
        ),
        2.5: (
            "still waiting", "no sign", "no reply", "no replies", "zero replies", "no response", "not a single reply",
            "terrible", "awful", "horrible", "worst", "botched", "kidding me",
        ),
        2.0: (
            "damaged",
            "second time", "third time", "fourth time", "expired", "expiry", "sour", "gone off", "normal to wait",
            "shame", "dirty", "broken", "wrong", "stale", "ridiculous", "avoid", "nobody answers",
        ),
        1.5: (
            "without notice", "without warning", "without telling",
            "bland", "tasteless", "forgot*",
            "no words", "frozen", "wasn t in", "still exist", "half an hour",
            "late", "delay*", "broke", "burnt", "devastated", "missing", "waited", "padded", "a hair",
            "bugs", "not even", "kidding",
        ),
        1.0: (
            "increased", "went up", "put up",
            "unfortunately", "elsewhere",
            "nobody", "no one", "stained", "raw", "cold", "dry", "waiting", "wait", "charging",
            "charged", "melted", "instead of", "problem", "issue", "again",
        ),
        -1.0: (
            "devoured", "heroes", "lovely",
            "thank", "thanks", "incredible", "on time",
        ),
        -1.5: (
            "can i book", "can we book", "i d like to book",
            "perfect",
            "amazing", "delicious", "best", "gorgeous", "friendly", "highly recommend",
        ),
        -2.0: (
            "worth every", "worth it", "worth the wait",
            "love", "loved", "brilliant", "thrilled", "congrats", "be back",
        ),
        -3.0: (
            "anywhere else",
        ),
    },
    cues={
        "try": ("tried", "tasted", "try"),
        "ours": ("our",),
        "back": (
            "arrived", "landed", "back", "returns", "returning", "joins", "ready", "available", "added", "restocked",
            "now in", "now on",
        ),
        "we_back": ("we re back", "we reopen", "back tomorrow"),
        "counter": ("menu", "counter", "window", "shop", "shelves", "store", "workshop"),
        "remain": ("left", "remaining"),
        "few": ("only", "few", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "handful"),
        "seats": ("seats", "spots", "spaces", "places", "tables", "slots"),
        "last": ("last",),
        "item": ("copies", "pieces", "units", "jars", "bottles", "boxes", "sizes", "tins", "bags"),
        "free": ("free", "complimentary", "all welcome", "everyone welcome", "open to all"),
        "event": (
            "tasting", "tastings", "workshop", "workshops", "class", "classes", "session", "sessions", "reading",
            "talk", "party", "evening", "demo", "demos", "open day", "open studio", "open house", "tour", "tours",
        ),
        "done": (
            "delivered", "finished", "completed", "wrapped", "built", "designed", "fitted", "installed", "restored",
            "handed", "refitted", "renovated",
        ),
        "delivered": ("delivered", "wrapped up", "handed over", "designed"),
        "client": ("client", "clients", "customer", "customers", "couple", "family", "bride", "groom"),
        "number": (
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty",
            "fifty",
        ),
        "period": ("minutes", "hours", "days", "weeks", "months"),
        "irony": ("if you like", "thanks for nothing"),
    },
    contrast=_words("but however"),
)


LEXICONS: Final[Mapping[str, LanguageLexicon]] = {"it": IT, "fr": FR, "es": ES, "en": EN}
