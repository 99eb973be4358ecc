"""The words of the prompt language, built from the registry and the presets.

Effect words and parameter words come from :mod:`..registry`, scene and
character words from :mod:`..presets`; this module adds only the words of
the language itself, which belong to no effect: filler, negation, removal,
direction, intensity, length, speed, bypass, position ("below", "sous"),
and the few Spanish and Italian cognates accepted.

:data:`TABLE` maps a phrase (a tuple of folded words, filler removed) to
its :class:`Meaning`.  A phrase has one meaning: a word claimed twice by
effects or presets is an error at import, so the tables cannot drift.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..presets import PRESETS
from ..registry import EFFECTS, PARAM_WORDS, UNIT_KIND
from .common_words import COMMON_WORDS
from .normalize import fold, words_of  # noqa: F401 (words_of is used by the passes)


@dataclass(frozen=True)
class Meaning:
    """What a phrase means.

    ``kind`` is one of ``effect`` (of ``effect``, with ``params`` it
    implies), ``preset`` (``preset``), ``scale`` (``factor`` for the
    parameters of ``group``: amount, length or speed), ``direction``
    (``sign``), ``neg``, ``remove``, ``off`` (negates the effect just
    before: "echo off"), ``bypass``, ``below``, ``above``, ``keep``,
    ``noise`` (something a recording may hold that this tool cannot take
    out), ``cannot`` (a request a stream cannot do: "reverse"), ``edit`` (an
    edit of the recording over time: "fade in"), ``praise`` (vague taste:
    "make it cool") or ``sep``.
    """

    kind: str
    effect: str = ""
    preset: str = ""
    params: Mapping[str, float] = field(default_factory=dict)
    focus: str = ""
    factor: float = 1.0
    group: str = ""
    sign: int = 0


def _split(phrases: str) -> list[str]:
    return [p for p in phrases.split("|") if p.strip()]


# --------------------------------------------------------------------------
# Filler
# --------------------------------------------------------------------------

#: Dropped before phrase matching and never reported: articles, pronouns,
#: auxiliaries, "make it sound like" and the like.  Keep it small: every
#: other word that is not understood is reported.
STOP: frozenset[str] = frozenset(words_of(
    # English
    "a an the it its it's is be are was were been being i i'm me my we us our"
    " you your he she his her they them their this that these those there here"
    " make makes made making mak maek sound sounds sounding sounded like as with of any"
    " in into inside within through on onto at by for from to"
    " or so if than please pls can could would should will shall"
    " do does did want wanted need needs give gives add adding put apply applied rajoute rajouter"
    " use using set get let have has had kind sort type"
    " such what which who whose how when where while same"
    " talking talk talks speak speaks speaking says say said"
    " something thing stuff version mode setting settings"
    " s t d l m n re ve ll o smth sth smthg qqch qqc"
    " imagine pretend if as though between bring brings all every everything someone somebody"
    " anyone yes yeah yep u ur im ive id hmm hm um uh uhm erm lol pls plz thx thanks ok okay"
    " hey hi yo"
    " wanna gonna kinda sorta feel feels felt again help maybe perhaps possible possibly"
    " try trying able go going gotta lets else hear heard hearing listen listening"
    " listened wear wears wearing worn stuck trapped locked caught standing sitting lying well"
    " youre youve theyre thats whats synced sync synchronized"
    " living lives coming comes come came fix fixed correct during"
    # French
    " fais fait faire faites fasse rends rendre rend transforme transformer donne donner"
    " le la les l un une des du de d dans avec ma mon mes ta ton tes ses sa leur leurs"
    " ce cet cette ces c est sont etre ai as a au aux ou que qui qu quoi sur en y on"
    " je j me m moi tu te t toi il ils elle elles se s nous vous lui pour par comme"
    " sonner sonne sonnes sembler semble ressembler ressemble genre type facon maniere"
    " svp stp plait merci ajoute ajouter ajoutes ajoutez applique appliquer mets mettre met"
    " quelqu quelque veux voudrais voudrait aimerais faut dirait si ne n depuis"
    " parle parler parlant dit dire entre tout toute tous toutes parlait parlais parlent parlez"
    " parlons quelqu un quelqu une peux pourrais pourrait pourriez peut ben bah euh hein"
    " alors donc voila ok okay steuplait stp merci mettez essaie essaye etais etait etions"
    " suis sommes etes serait serais coince coincee coinces enferme enfermee enfermes piege"
    " oui ouais ca sortait sort sortant pendant durant cale calee synchro synchronise pres"
    " piegee assis assise debout vit vivant venant vient venir corrige corriger repare"
    " venu venue venus venues originaire originaires provenant venait venaient venais"
    " celle celui ceux celles"
))

#: Kept for phrase matching ("porte-voix", "no effect", "voix grave") but
#: silently ignored when they match nothing.
IGNORABLE: frozenset[str] = frozenset(words_of(
    "voice voices vocal vocals voix effect effects effet effets filter filtre filtres"
    " sound son sons soud sund sonud tone timbre audio signal recording enregistrement track piste"
    " half demi demie and et too turn record records film films movie movies behind derriere"
    " travers closed shut fermee fermees ferme old older vieux vieille vieil vieilles anciens"
    " ancien ancienne vintage retro antique decade annees years frequency frequencies"
    " frequences freqs other another side autre cote roll fin mince wait attends actually"
    " band bande message messages character characters personnage personnages"
    " nuit night mic micro microphone raye rayee scratched"
    # approximations: "about 3 semitones", "environ 2 secondes" (the number stays)
    " about around roughly approximately approx approximativement circa ish environ"
    " approximatif approximative presque almost nearly vers"
    # chat laughter: "voix trop grave mdr"
    " mdr ptdr lmao lmaoo lmaooo lmfao rofl haha hahaha xd soooo sooo soo sooooo"
    # style filler: "a dreamy vibe", "ambiance angoissante" say the mood, not an effect
    " vibe vibes vibey feeling mood moods atmosphere atmospheric aesthetic esthetique"
    " energy energie flavor flavour saveur feel"
    # placement verbs: "place le son à droite"
    " truc trucs chose choses machin bidule thingy video videos flower flowers fleur fleurs"
    " together ensemble goes comment sonnerais sonnerait sonnerai party fete soiree james bond"
    " stream streams streaming pleine sortie sorti orders ordres voiced across interieur lamp lampe"
    " moitie school scolaire arriere gets back doit doivent devrait zoom"
    " seche sec service after apres edge"
    " stand system maritime shipping medieval medievale stirring"
    " report reportage am pm matin minuit midnight heures oclock"
    " devant cle key locked craquer net noire croche end bout chains chaines"
    " baseball football soccer hockey basketball foot rugby tennis golf cd cds anything"
    " skipping skips saute sautent cage cages passe passent passing"
    " late tard soir evening tonight still batteries battery piles pile out war guerre slap"
    " voic voise vocie voie base bottom cibi crowded crowd bonde bondee busy packed ecole"
    " move moves moving bouge bouger deplace deplacer"
    " place placer placez position positionne positionner positionnez situe situer"
))

#: Who speaks and how, when it has no sound of its own: people ("a teacher
#: in a gym" is the gym's sound), and speech acts the voice itself performs
#: ("a baby crying", "un robot qui chante").  They are reported as ignored,
#: with no sound of their own (``explain`` says so apart from the words not
#: understood), never typo-corrected into an effect, and a prompt made only
#: of them names no effect.
NEUTRAL: frozenset[str] = frozenset(words_of(
    # people
    "person persons people guy guys dude dudes lady ladies gentleman gentlemen gal folks"
    # game and role-play people with no voice of their own ("an NPC shopkeeper in an RPG")
    " npc npcs pnj pnjs shopkeeper shopkeepers merchant merchants marchand marchande"
    " marchands innkeeper aubergiste villager villagers villageois villageoise"
    " questgiver blacksmith forgeron tavernier taverniere rpg rpgs jdr mmo mmorpg"
    " human humans teacher teachers professor prof student students pupil mom mum mommy"
    " mother dad daddy father parent parents brother sister uncle aunt cousin friend friends"
    " buddy boss coworker colleague doctor nurse patient customer client waiter waitress"
    " chef cook cashier clerk knight knights prince princess queen hero heroine warrior"
    " actor actress singer rapper guest stranger tourist traveler traveller passenger"
    " passengers passagers passageres voyageurs caller listener listeners viewer viewers"
    " audience someone's wife husband"
    " boyfriend girlfriend son daughter grandson granddaughter cowboy sailor farmer"
    " scientist nerd geek lawyer judge salesman seller vendor detective"
    " personne personnes gens mec mecs gars dame dames monsieur messieurs madame mesdames"
    " mademoiselle professeur professeure maitresse maitre instituteur institutrice eleve"
    " eleves etudiant etudiante maman papa mere pere frere soeur oncle tante cousine ami"
    " amie amis copain copine pote potes patron patronne collegue medecin docteur infirmier"
    " infirmiere cliente serveur serveuse vendeur vendeuse caissier caissiere chevalier"
    " chevaliers princesse reine heros heroine guerrier guerriere acteur actrice chanteur"
    " chanteuse passager passagere voyageur voyageuse touriste humain humains mari epouse"
    " fils copains teenager teenagers teen teens ado ados adolescent adolescente adolescents"
    " butler butlers majordome servant servante valet maid nanny nounou"
    " babysitter story stories histoire histoires conte contes tale tales poem poeme"
    # speech acts
    " criais criait criaient hurlais hurlait"
    " crying cry cries cried sobbing sob sobs laughing laugh laughs laughed giggling giggle"
    " sing sings sang singing song songs chanting chant telling tell tells reading read reads"
    " counting count praying pray complaining complain arguing argue explaining explain"
    " ordering begging pleading whistling whistle coughing cough sneezing yawning stuttering"
    " stutter rapping rap rappeur rappeuse reciting recite asking ask asks answering answer"
    " cackling cackle cackles ricane ricaner ricanant ricanement grumbling grumpy grincheux"
    " greeting operator operateur operatrice groaning groan groans gemit gemir gemissant"
    " addressing adresse peuple dog dogs chien chiens controller controleur"
    " hooting hoot hoots hulule hululer hululement interview interviews temoignage"
    " chirp chirping chirps tweet tweeting gazouille gazouiller gazouillis gazouillant pepie"
    " comedian comedians humoriste humoristes rock star stars rockstar popstar"
    " guide guides musician musicians musicien musicienne musiciens busker"
    " soldiers soldats narrating narrate narrates narration narrer narrant"
    # people named by the creature they deal with ("a Pokemon trainer", "a ghost hunter")
    " trainer trainers tamer tamers hunter hunters keeper keepers catcher catchers slayer"
    " slayers whisperer breeder breeders handler handlers dresseur dresseurs dresseuse"
    " chasseur chasseurs chasseuse gardien gardienne gardiens dompteur dompteuse dompteurs"
    " tueur tueuse tueurs eleveur eleveuse"
    " sassy sarcastic sarcastique ironic ironique cheeky insolent insolente snarky"
    " friendly gentil gentille casting spell spells sortilege incantation"
    " sage sages wise speech speeches discours speach lecture conference talk"
    " meow meowing meows miaou miaule miaulement barking bark barks aboie aboyer aboiement"
    " mooing moo meugle howling howl hurle hurler hurlement hurlant yelling yell yells"
    " shouting shout shouts screaming scream screams crie crier criant cri cris"
    " pleure pleurer pleurant pleurs pleurait sanglote sangloter sanglots rit rire riant"
    " rigole rigoler chante chanter chantant chanson chansons chantait lit lire lisant"
    " raconte raconter racontant compte compter prie prier priant explique expliquer"
    " demande demander tousse tousser siffle siffler recite reciter repond repondre"
))

#: Body words that say a size more than a creature: said before another body
#: ("a giant insect", "a baby dragon") they decide its pitch.
SIZE_WORDS: frozenset[tuple[str, ...]] = frozenset((w,) for w in words_of(
    "giant giants geant geante geants geantes gigantic gigantesque colossal colosse titan"
    " baby bebe infant mini little petit petite young jeune"))


#: Size words that are adjectives after their noun (French): said after
#: another body they still decide its pitch ("un bébé géant").  A size word
#: that is a noun ("a giant baby": "baby") gives way to the one before it.
SIZE_ADJECTIVES: frozenset[tuple[str, ...]] = frozenset((w,) for w in words_of(
    "geant geante geants geantes gigantesque colossal colossale minuscule"))


def is_neutral(word: str) -> bool:
    """Whether ``word`` (as written) is a person or a speech act of :data:`NEUTRAL`."""
    return fold(word) in NEUTRAL


#: Separate the parts of a prompt, like a comma; they also end the reach of
#: a negation ("no reverb but an echo").
SEPARATORS: frozenset[str] = frozenset(words_of(
    "and then also et puis aussi ensuite but mais just juste only seulement instead"
    " plutot rather except sauf while"
))

# --------------------------------------------------------------------------
# Language words (no effect of their own)
# --------------------------------------------------------------------------

_LANGUAGE: list[tuple[str, Meaning]] = [
    # intensity ("amount")
    ("little|a little bit|bit|tiny bit|slightly|slight|subtle|subtly|light|lightly|gentle"
     "|=only a little|=just a little|=but only a little|=only slightly|=juste un peu"
     "|=seulement un peu|=mais juste un peu"
     "|gently|mild|mildly|soft|touch|hint|small|less|peu|petit peu|un petit peu|petit"
     "|petite|legerement|leger|legere|discret|discrete|doux|douce|moins|barely|a peine"
     "|soupcon|pointe|nuance|not too much|not too|not much|not so much|pas trop"
     "|pas beaucoup|pas tant|faint hint|modest|moderate|modere|moderee|un poil|poil|low"
     "|tiny|minuscule|tad|a tad|smidge|a smidge|chouia|un chouia|brin|un brin|tantinet"
     "|un tantinet|wee bit|a wee bit|lil|ptit|p tit|tit|subtil|subtile|subtils|subtiles"
     "|shallow|peu profond|peu profonde|touche|une touche|dash|a dash|sprinkle|a sprinkle"
     "|zeste|un zeste|pincee|une pincee"
     "|splash|a splash|whiff|few|a few|very few|quelques|not many|pas beaucoup de|peu de",
     Meaning("scale", factor=0.5, group="amount")),
    # "some distortion": a moderate amount, not the full default
    ("twice|twice as|twice more|two times|=twice as much|=twice as many|=two times as much",
     Meaning("scale", factor=2.0, group="amount")),
    ("some|somewhat|moderately|a fair amount of|quelque peu|un certain|controlled|controle"
     "|controlee|maitrise|maitrisee|restrained|retenu|retenue|contenu|contenue|tamed",
     Meaning("scale", factor=0.75, group="amount")),
    ("very|lots|lot|a lot of|lots of|heavy|heavily|big|large|huge|strong|strongly|intense"
     "|intensely|really|more|super|tons|plenty|beaucoup|tres|grand|grande|gros|grosse"
     "|fortement|vraiment|plus|intensement|vaste|immense|enorme|enormous|vast|trop"
     "|too much|serious|seriously|high|bigger|larger|empty|vide|abandoned|abandonne"
     "|abandonnee|deserted|deserte|desertee|bare|nu|nue|worse|even worse|pire|encore pire"
     "|plein|plein de|plein d|pleins|full of|loads of|bien plus"
     "|stronger|plus fort encore|heavier|deeper still|hella|proper|hard"
     "|eaten|chewed|chewed up|mangled|warped|busted|endommage|endommagee"
     "|abimee|usee|manger|mangee|qui se fait manger|froisse|froissee|esquinte"
     "|esquintee|trashed|beat up|beaten up|knackered"
     "|even|even more|encore|encore plus|toujours plus|still more|yet more|quite|quite a bit"
     "|lourd|lourde|lourds|lourdes"
     "|a good amount of|a good deal of|a great deal of|pas mal|pas mal de|bien"
     "|a bunch of|bunch of|des tonnes de|des tonnes|masse de|une masse de|un max de",
     Meaning("scale", factor=1.5, group="amount")),
    # "assez profond", "fairly deep": a little more than plain
    ("assez|fairly|pretty much|rather|relativement|relatively|reasonably|moderately"
     "|moderement", Meaning("scale", factor=1.25, group="amount")),
    ("much|extremely|extreme|massive|massively|insanely|ultra|way|extremement|tellement"
     "|hugely|max|maximum|full|a fond|au maximum|completely|completement|totally|totalement|fully"
     "|incredibly|incroyablement|unbelievably|ridiculously|absurdly|ridiculement|hyper|mega"
     "|terriblement|terribly|crazy|follement|dingue|enormement|immensement|vachement"
     "|grave de chez grave|de ouf|giga"
     "",
     Meaning("scale", factor=2.0, group="amount")),
    ("long|longer|longue|longues|longs|plus long|plus longue|lingering|prolonge|prolongee"
     "|sustained|tenu|longtemps|for a long time|a long time|lengthen"
     "|extend|extended|allonge|allonger|rallonge|rallonger|prolonger|stretch",
     Meaning("scale", factor=1.5, group="length")),
    # "a radio voice but cleaner": less drive in what has drive
    ("cleaner|plus propre|moins sale|less distorted|less dirty|less gritty|moins distordu"
     "|moins distordue|moins sature|moins saturee|less drive|moins de saturation|less crunchy"
     "|less crunch|moins crade|not so distorted|pas trop sature|pas trop saturee|less fuzzy",
     Meaning("scale", factor=0.5, group="drive")),
    # "an echo that goes on forever", "une réverb infinie": much longer, more repeats
    ("forever|toujours|infinite|infini|infinie|endless|sans fin|a l infini|eternal|eternel"
     "|eternelle|=never ending|=never-ending|neverending|goes on forever|qui n en finit pas"
     "|qui ne s arrete pas|interminable|sans arret|unending",
     Meaning("scale", factor=2.0, group="length")),
    ("short|shorter|court|courte|courts|courtes|brief|bref|breve|plus court|plus courte"
     "|tight|serre|shorten|shortened|raccourcis|raccourcir|raccourci|raccourcie|trim"
     "|cut short|ecourte|ecourter", Meaning("scale", factor=0.5, group="length")),
    ("slow|slowly|slower|lent|lente|lents|lentes|lentement|plus lent|plus lente|leisurely"
     "|lazy|languid|langoureux|paresseux|gradual|doucement lent|slow down|slow it down"
     "|slower down|slow up|ralentis|ralentir|ralentissez|ralentit|moins vite|less fast"
     "|decelerate",
     Meaning("scale", factor=0.5, group="speed")),
    ("fast|faster|quick|quickly|quicker|rapid|rapidly|rapide|rapides|rapidement|vite"
     "|plus vite|plus rapide|speedy|frantic|frenetic|frenetique|hurried|presse|pressee"
     "|swift|speed up|speed it up|speeds up|accelerate"
     "|accelerated|accelere|accelerer|accelerez|acceleree|hurry|hurry up|plus vite encore",
     Meaning("scale", factor=2.0, group="speed")),
    # vague praise: a matter of taste, read as the tasteful default when nothing
    # else is asked ("make it cool", "rends-le classe"); beside an effect, nothing
    ("cool|cooler|coolest|nice|good|great|awesome|amazing|sick|dope|rad|neat"
     "|fancy|classy|stylish|style|stylee|styled|chic|elegant|elegante|elegance|swag|swaggy"
     "|badass|slick|sleek|fresh|pretty|lovely|gorgeous|beau|belle|joli|jolie|sympa"
     "|genial|geniale|top|canon|classe|magnifique|superbe|parfait|parfaite|perfect"
     "|excellent|excellente|incroyable|ouf|de ouf|trop bien|mieux|meilleur|meilleure"
     "|qualitatif|qualitative|pleasant|agreable|interesting|interessant|interessante"
     "|expensive|premium|luxurious|luxury|luxueux|luxueuse|haut de gamme|deluxe"
     "|rich|riche|hifi|hi fi|high fidelity|haute fidelite|cher|chic et cher"
     "|unique|special|speciale|special effect|stylax|stylissime|bien fait"
     "|sounds good|sounds great|rends le beau|plus cool|plus stylé|plus classe|plus sympa",
     Meaning("praise")),
    # asking for nothing
    ("clean|bypass|no effect|no effects|without effect|without effects|dry|identity"
     "|original|unprocessed|untouched|unchanged|passthrough|pass through|none|nothing"
     "|neutral|normal|natural|sans effet|sans effets|aucun effet|pas d effet|propre|brut"
     "|neutre|naturel|naturelle|inchange|tel quel", Meaning("bypass")),
    # negation: removes the effects named after it in its part of the prompt
    ("no|not|don t|dont|do not|does not|never|without|sans|pas|aucun|aucune|ni|non"
     "|jamais|avoid|evite|eviter|skip|minus the|ne pas"
     "|ne mets pas|n ajoute pas|stop|arrete|turn off|eteins|eteindre|kill|mute",
     Meaning("neg")),
    ("off|desactive|desactivee|disabled|eteint|eteinte", Meaning("off")),
    # asking to take something out of the recording: not something this tool does
    ("remove|removes|removing|enleve|enlever|enlevez|enleves|retire|retirer|retirez"
     "|supprime|supprimer|supprimez|elimine|eliminer|eliminez|get rid of|rid of"
     "|take out|take away|strip|clean up|nettoie|nettoyer|dereverb|denoise"
     "|debruite|debruiter|cut|coupe|couper|coupez|turn off|eteins|eteindre"
     "|kill|mute|filter out|isolate|isole|isoler|extract|extraire|separate|separe"
     "|notch|notch out|notch filter"
     # "my mic picks up desk rumble": a sound the recording has, to take out
     "|=picks up|=is picking up|=keeps picking up|capte|captent|delete|deleted|efface"
     "|effacer|effacez",
     Meaning("remove")),
    ("noise|noises|bruit|bruits|background noise|bruit de fond|bruits de fond|breath"
     "|breaths|breathing|respiration|respirations|click|clicks|clic|clics|pop|pops"
     "|plosive|plosives|sibilance|sibilants|sifflantes|silence|silences|pause|pauses"
     "|mouth noise|bruits de bouche|room noise|ambient noise|wind|vent|traffic|circulation"
     "|vocals",
     Meaning("noise")),
    # sounds a recording may hold, that this tool can neither take out nor add
    ("music|musique|background music|musique de fond|instrumental|beat|a beat|beats|drums"
     "|drum|batterie|backing track|accompagnement|melody|melodie|applause"
     "|applaudissements|laugh track|rires enregistres|sound effects|bruitages|bruitage"
     "|soundtrack|bande son|bande originale|piano|guitar|guitare"
     "|=music in the background|=musique en fond|=musique en arriere plan", Meaning("adding")),
    # what is said, not how it sounds
    ("ce que je dis|=change what i said|=change what i say|=change what i m saying"
     "|=changer ce que je dis|=change ce que je dis|=change ce que j ai dit|change mes paroles"
     "|changer les paroles|change les paroles|remplace mes paroles|other lyrics"
     "|change the words|change my words|change les mots|changer les mots|change mes mots"
     "|remplace mes mots|remplacer mes mots|remplace les mots|other words|autres mots"
     "|different words|dis autre chose|rewrite|reword|reformule"
     "|reformuler|paraphrase|lyrics|correct my grammar"
     "|translate|translated|translation|traduis|traduire"
     "|traduit|traduction|transcribe|transcris|transcription|subtitles|sous titres"
     "|paroles|des paroles|du texte|add lyrics|write lyrics|new lyrics|nouvelles paroles"
     "|ecris des paroles|autre texte|other text|a script|un script",
     Meaning("words")),
    # the tempo alone: a stream lasts as long as its input
    ("change the tempo|changer le tempo|change le tempo|modifie le tempo|time stretch"
     "|timestretch|time stretching|stretch it|etire le|etirer le son|=make it longer"
     "|=make it shorter|make the recording longer|make the recording shorter"
     "|rends le plus long|rends le plus court|allonge l enregistrement"
     "|raccourcis l enregistrement|double the length|half the length"
     "|=make the recording twice as long|=make it twice as long|=make it half as long"
     "|=rends le deux fois plus long|=longer recording|=shorter recording"
     "|=twice as long|=two times longer|=half as long|=deux fois plus long|=deux fois plus court"
     "|=make the clip longer|=make the clip shorter|=make the video longer|=make the audio longer"
     "|=extend the audio|=extend the clip|=lengthen the audio|=lengthen the clip|=lengthen it"
     "|=rallonge l audio|=rallonge le son|=rallonge l enregistrement|=rallonge la video"
     "|=rallonger l audio|=allonge l audio|=allonge le son|=raccourcis l audio|=raccourcis le son"
     "|=shorten the audio|=shorten the clip|=shorten it|=raccourcir l audio", Meaning("tempo")),
    # "it sounds muffled, fix it": what was said is a complaint about the sound
    ("=fix it|=fix that|=fix this|=please fix it|=corrige ca|=corrige le|=corrige la"
     "|=clean it up|=clean that up|=nettoie ca|=calm it down|=tame it|=tame that"
     "|=soften it|=adoucis ca|=adoucis le|=smooth it out"
     "|=corrige moi ca|=repare ca|=arrange ca|=rattrape ca", Meaning("fix")),
    # tuning a voice to notes needs the melody: not one of the effects
    ("autotune|auto tune|autotuned|auto tuned|pitch correction|correction de pitch"
     "|correction de hauteur|correction de justesse|melodyne|t pain|tune my voice"
     "|tune the voice|accorde ma voix|chanter juste|sing in tune|in tune|fausses notes"
     "|fausse note|wrong notes|off key notes|pitchy|chante faux|chanter faux|corrige la justesse"
     "|corrige les notes|justesse", Meaning("tuning")),
    # taking back what was said before ("echo, no wait, reverb")
    ("=no wait|=no no wait|=wait no|=no actually|=actually no|=scratch that|=forget that"
     "|=forget it|=non attends|=attends non|=non en fait|=en fait non|=oublie ca|=laisse tomber"
     "|=non plutot|=je veux dire|=pardon je veux dire",
     Meaning("correction")),
    # direction of a signed parameter
    ("up|upward|upwards|raise|raised|raising|increase|increased|augmente|augmenter"
     "|augmentez|monte|monter|montez|remonte|remonter|hausse|rehausse|vers le haut"
     "|boost by|sharp|sharpen|above the original|pousse|pousser|poussez|crank"
     "|push|push up|bump|bump up|bumped|nudge up", Meaning("direction", sign=1)),
    ("down|downward|downwards|drop|dropped|dropping|reduce|reduced|decrease|decreased"
     "|diminue|diminuer|diminuez|baisse|baisser|baissez|baisses|descend|descends"
     "|descendre|descendez|descente|vers le bas|abaisse|abaisser|flat|flatten|detune down"
     "|tame|tone down|rein in|dompte|dompter|soften|reduis|reduire|reduisez|reduit"
     "|scoop|scoop out|creuser|creusez|dip|dips|dipped|dipping|pull down|lowered|lowering"
     "|below the original", Meaning("direction", sign=-1)),
    # position of a frequency ("cut below 200 Hz", "coupe au-dessus de 5 kHz")
    ("below|under|underneath|beneath|sous|dessous|en dessous|au dessous|en deca"
     "|inferieur|inferieures|inferieurs", Meaning("below")),
    ("above|over|beyond|dessus|au dessus|par dessus|au dela|superieur"
     "|superieures|superieurs|past", Meaning("above")),
    ("keep|keep only|garde|garder|conserve|conserver|preserve|laisse passer|keeping"
     "|while keeping|gardant|en gardant|conservant|en conservant|preserving",
     Meaning("keep")),
    # needs the future of the signal: not possible in a stream
    ("reverse|reversed|reversing|backwards|backward|played backwards|in reverse|a l envers"
     "|inverse|inversee|inverser|inverse le son|a rebours|retourne|renverse|renversee",
     Meaning("cannot")),
    # an edit of the recording's level over time, not a sound
    ("fade|fade in|fade out|fades|fading in|fading out|fondu|fondu d entree|fondu de sortie"
     "|fondu enchaine|crossfade|fondu en ouverture|fondu en fermeture|trim|cut the silence"
     "|couper le debut|couper la fin"
     # parts of the speech taken out: an edit of the recording over time
     "|hesitation|hesitations|=les euh|=des euh|=the ums|=ums and ahs|=ums and uhs"
     "|=the uhs|=the uhms|filler words|mots parasites|tics de langage|bafouillage"
     "|bafouillages|=the stutters|=the stammers"
     "|=the mistakes|=mes erreurs|=les erreurs|=the bad takes|=the long pauses"
     "|=les longs silences|=les blancs", Meaning("edit")),
    # an accent, a language or a way of speaking: in the speaker, not in the sound
    ("accent|accents|french|english|british|american|german|italian|spanish|russian|chinese"
     "|japanese|indian|irish|scottish|australian|mexican|parisian|texan|cockney|southern accent"
     "|francais|francaise|anglais|anglaise|americain|americaine|allemand|allemande|italien"
     "|italienne|espagnol|espagnole|russe|chinois|chinoise|japonais|japonaise|indien|indienne"
     "|irlandais|irlandaise|ecossais|ecossaise|australien|australienne|mexicain|mexicaine"
     "|parisien|parisienne|marseillais|marseillaise|quebecois|quebecoise|belge|canadien"
     "|canadienne|provencal|provencale|ch ti|chti|lisp|zozote|zezaie|stutter voice|begaie"
     "|begaye|posh|snob|snobby|snobinard|snobinarde|hautain|hautaine|guinde|guindee"
     "|aristocratic|aristocratique|upper class|haughty|pompous|pompeux|pompeuse"
     "|polite|poli|polie|polis|polies|courteous|courtois|courtoise|distingue|distinguee"
     "|prononciation|pronunciation|fautes de prononciation|mispronunciation|mispronounced"
     "|mal prononce|diction|elocution|my lisp|zozote|zozoter|zezaiement",
     Meaning("accent")),
]

#: Spanish and Italian words accepted where they are unambiguous, read as the
#: English or French word given.
COGNATES: dict[str, str] = {
    "eco": "echo", "voz": "voice", "voce": "voice", "con": "with", "y": "and",
    "el": "the", "los": "the", "las": "the", "il": "the", "lo": "the", "gli": "the",
    "del": "of", "della": "of", "dello": "of", "di": "of", "una": "a", "uno": "a",
    "muy": "very", "molto": "very", "poco": "little", "mas": "more", "piu": "more",
    "reverberacion": "reverberation", "riverbero": "reverb", "riverberazione": "reverb",
    "distorsione": "distortion", "telefono": "telephone", "susurro": "whisper",
    "sussurro": "whisper", "coro": "chorus", "agua": "water", "acqua": "water",
    "bajo": "under", "sotto": "under", "iglesia": "church", "chiesa": "church",
    "catedral": "cathedral", "cattedrale": "cathedral", "cueva": "cave", "grotta": "cave",
    "gigante": "giant", "monstruo": "monster", "mostro": "monster", "fantasma": "ghost",
    "nino": "child", "bambino": "child", "lento": "slow", "veloce": "fast",
    "megafono": "megaphone", "robotica": "robotic", "robotico": "robotic",
    "sonido": "sound", "suono": "sound", "como": "like", "come": "like", "efecto": "effect",
    "effetto": "effect", "fuerte": "loud", "sala": "room", "habitacion": "room",
    "stanza": "room", "lejos": "far", "lontano": "far", "radiofonico": "radio",
    "susurrando": "whispering", "sussurrando": "whispering", "grave": "grave",
    "profunda": "deep", "profondo": "deep", "aguda": "high", "acuta": "high",
    "segundos": "seconds", "secondi": "seconds", "semitonos": "semitones",
    "semitoni": "semitones", "dibujos": "cartoon",
    # common misspellings one edit from another keyword ("vielle" is not "ville")
    "vielle": "vieille", "vielles": "vieilles", "casette": "cassette", "cassete": "cassette",
    "casettes": "cassettes",
}

#: Common words of other languages: a prompt made of them gets an error that
#: says which languages are understood.
FOREIGN: frozenset[str] = frozenset(words_of(
    "mit und der die das ein eine einem einen einer stimme wie klingt klingen bitte mach"
    " mache ist nicht ich mir mein meine roboter kirche hallig laut leise"
    " com uma nao voce muito fazer soar"
    " met een het stem als klinkt maak"
    " och att jag inte ljud rost"
    " ve bir ses gibi"
))

# --------------------------------------------------------------------------
# The table
# --------------------------------------------------------------------------

TABLE: dict[tuple[str, ...], Meaning] = {}

#: Folded words of every phrase: words seen in the tables are never typos.
_OWNER: dict[tuple[str, ...], str] = {}


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The key of ``phrase``: its folded words without filler."""
    return tuple(w for w in words_of(phrase) if w not in STOP)


_CONFLICTS: list[str] = []


#: Phrases matched word for word, filler included, before filler is dropped:
#: their words (folded) -> the one token they become.  Written with a
#: leading "=" in the tables ("=in a well": "well" alone is also filler, "as
#: well"; "=en boite": a nightclub, while "dans une boîte" is a box).
EXACT: dict[tuple[str, ...], str] = {}

#: Exact phrases that are filler as a whole ("as well").
EXACT_FILLER: frozenset[tuple[str, ...]] = frozenset({
    ("as", "well"), ("as", "well", "as"), ("aussi", "bien"),
    # who is spoken to is not a sound ("from a balcony to a crowd")
    ("to", "a", "crowd"), ("to", "the", "crowd"), ("in", "front", "of", "a", "crowd"),
    ("devant", "la", "foule"), ("devant", "une", "foule"), ("a", "la", "foule"),
    # an instrument is the source, not a band of the tone control
    ("bass", "guitar"), ("guitare", "basse"), ("basse", "electrique"), ("bass", "line"),
    ("bassline",), ("ligne", "de", "basse"), ("electric", "bass"),
    # the user's own gear is where the sound comes from, not a sound asked for
    # ("my mic picks up desk rumble", "mon micro capte le ventilo")
    ("my", "mic"), ("my", "microphone"), ("my", "headset"), ("my", "mike"),
    ("mon", "micro"), ("mon", "microphone"), ("mon", "casque"),
    # approximations ("à peu près 3 secondes": "peu" is not "a little")
    ("a", "peu", "pres"), ("peu", "pres"), ("more", "or", "less"), ("plus", "ou", "moins"),
    ("give", "or", "take"), ("or", "so"), ("autour", "de"), ("de", "l", "ordre", "de"),
    # "balance de la réverb": throw some in (the pan's "balance" is a noun)
    ("balance", "de", "la"), ("balance", "du"), ("balance", "des"), ("balance", "de", "l"),
    ("balance", "un"), ("balance", "une"), ("balance", "moi"), ("balance", "nous"),
    # "au fond d'un puits": at the bottom of (not "à fond", all the way)
    ("au", "fond"), ("tout", "au", "fond"),
    ("au", "fond", "d"), ("au", "fond", "de"), ("au", "fond", "du"), ("du", "fond", "d"),
    ("du", "fond", "du"), ("tout", "au", "fond", "d"), ("tout", "au", "fond", "du"),
    # "in the middle of a hurricane": where, not a centred pan
    ("in", "the", "middle", "of"), ("au", "milieu", "d"), ("au", "milieu", "de"),
    ("au", "milieu", "du"), ("au", "milieu", "des"), ("au", "beau", "milieu", "d"),
    ("au", "beau", "milieu", "de"), ("au", "beau", "milieu", "du"),
    # "an AI taking over the world", "qui prend le contrôle": no sound, not "controlled"
    ("taking", "over"), ("take", "over"), ("takes", "over"), ("taking", "control"),
    ("take", "control"), ("takes", "control"), ("prend", "le", "controle"),
    ("prendre", "le", "controle"), ("prennent", "le", "controle"),
    # "reading bad news", "de mauvaises nouvelles": the news is bad, not the sound
    ("bad", "news"), ("sad", "news"), ("mauvaises", "nouvelles"), ("mauvaise", "nouvelle"),
    ("tristes", "nouvelles"), ("triste", "nouvelle")})
"""("en bois", "en pierre" and "en verre" are the walls' material: "=en bois" and
"=en pierre" in the reverb's words.)"""


def exact_key(phrase: str) -> tuple[str, ...]:
    """The one-token key of an exact phrase ("=in a well" -> ("in_a_well",))."""
    words = words_of(phrase.lstrip("="))
    EXACT[words] = "_".join(words)
    return ("_".join(words),)


def _add(phrases: str, meaning: Meaning, owner: str, strict: bool = True) -> None:
    for phrase in _split(phrases):
        key = exact_key(phrase) if phrase.startswith("=") else phrase_key(phrase)
        if not key:
            _CONFLICTS.append(f"{phrase!r} ({owner}) is made of filler words only")
            continue
        old = TABLE.get(key)
        if old is not None and old != meaning:
            if strict:
                _CONFLICTS.append(f"{phrase!r} ({_OWNER[key]} and {owner})")
            continue  # a language word already claimed by an effect or preset
        TABLE[key] = meaning
        _OWNER[key] = owner


for _info in EFFECTS.values():
    _add(_info.name, Meaning("effect", _info.name), f"effect {_info.name}")
    for _words in _info.words:
        _add(_words.phrases, Meaning("effect", _info.name, params=dict(_words.params),
                                     focus=_words.focus), f"effect {_info.name}")
for _preset in PRESETS.values():
    _add(_preset.name.replace("-", " "), Meaning("preset", preset=_preset.name),
         f"preset {_preset.name}")
    _add(_preset.words, Meaning("preset", preset=_preset.name), f"preset {_preset.name}")
for _phrases, _meaning in _LANGUAGE:
    _add(_phrases, _meaning, f"language word ({_meaning.kind})", strict=False)

if _CONFLICTS:
    raise RuntimeError("phrases with two meanings: " + "; ".join(_CONFLICTS))

MAXLEN = max(len(k) for k in TABLE)
"""Longest phrase, in words."""

EXACT_MAXLEN = max(len(k) for k in [*EXACT, *EXACT_FILLER])
"""Longest exact phrase, in words."""

#: Parameter words -> parameter names ("feedback" -> {"feedback"}).
PARAM_WORD: dict[tuple[str, ...], frozenset[str]] = {}
for _param, _phrases in PARAM_WORDS.items():
    for _phrase in _split(_phrases):
        _key = phrase_key(_phrase)
        if _key:
            PARAM_WORD[_key] = PARAM_WORD.get(_key, frozenset()) | {_param}

#: Parameter name -> the kind of quantity it takes (any effect declaring it).
PARAM_KIND: dict[str, str] = {
    name: UNIT_KIND.get(p.unit, "")
    for info in EFFECTS.values() for name, p in info.params.items()
}

#: Effect words that are parameter words right after a number ("1 semitone deep").
AFTER_NUMBER_PARAMS: frozenset[tuple[str, ...]] = frozenset(
    {("deep",), ("wide",), ("profond",)})

#: Short forms in the tables that must not attract typos of the full word
#: ("robto" is "robot", not "robo").
_SHORT_FORMS = frozenset({"robo"})

#: Single words of effect and preset phrases, and the longer intensity and
#: direction words ("littel" is "little"): what a typo may be corrected to.
TYPO_TARGETS: frozenset[str] = frozenset(
    k[0] for k, m in TABLE.items()
    if len(k) == 1 and len(k[0]) >= 4 and k[0].isalpha() and k[0] not in _SHORT_FORMS and (
        m.kind in ("effect", "preset") or (m.kind in ("scale", "direction") and len(k[0]) >= 5))
)

#: Common words one edit away from a keyword that must not become effects,
#: picked by hand; :data:`NOT_TYPOS` adds the generated list of everyday
#: English and French words (:mod:`.common_words`).
NOT_TYPOS_BY_HAND: frozenset[str] = frozenset(words_of(
    "think closer quite later chair there where these those three other about place plane"
    " train tired store mouth horse house stone phones bears beard clear clearer funny"
    " honey money sunny water wafer laser liner river rover lover cover tower power"
    " paper voila voile route verbe solo sole cars card bard fall tall wall ball call"
    " mall hill hull helm loin lion loan fast vast mast cast last past east"
    " court cours cour tour pour jour four sour chante chanter chanson chansons sing sings"
    " singing song songs tiny growling growl growls well dead smoothie smoothies grince"
    " grincer grincant grincante"
    # everyday words one or two edits from a keyword (checked against a dictionary)
    " adding sleeping sweet slept wedding drops draws wraps traps roses ropes tunes"
    " bending costs habit habite jacket drugs rigs busy bush bust abuse gagne haine vaine"
    " lingo salade maladie liste glisse frame drame sauce faute sauter volant wanted waited"
    " washed tasted lasted pushed gushed wake wage able aube brush crust grimpe agrippe"
    " gripe seen sees seem seek timeline sideline lifeline cubes tubas willows billows"
    " pudding wipes pikes restes gestes vertes tissue issus sweets swimmers milky slime"
    " smother smoothly sneak tournois courtois retrouve conduire conflits douteuse contour"
    " converse porteuse confesse clouding clocking clogging coals packets rackets vowels"
    " bowels dolby detector croyante blinding habitant meritant irritant patients aliments"
    " estiment beurre bourse natation carnets delve deco preneurs tricheur precieux"
    " steering stepping speeding weeping swapping rebuilding hors hers ones owes oils voies"
    " cheveux boules moules horde hoses sparks shares stark muet muette muettes poele poles"
    " cerveaux morceaux couteaux boulet chenal hameau quickens thickens checkers shack shank"
    " loose goosed carrying"
))

#: Words never read as a typo of a keyword: the hand-picked ones and the
#: everyday words of :mod:`.common_words` ("better" is not "wetter").
NOT_TYPOS: frozenset[str] = NOT_TYPOS_BY_HAND | COMMON_WORDS

#: Words a suggestion may point to, with the effect or preset they belong to.
SUGGESTIONS: dict[str, str] = {
    " ".join(k): (m.effect or m.preset)
    for k, m in TABLE.items() if m.kind in ("effect", "preset")
}
