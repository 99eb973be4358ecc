"""Scenes, characters and devices: presets that set several effects at once.

A sound designer hears "a troll in a dungeon" as two decisions: the size of
the body that speaks, and the size and material of the space around it.
This table is organized the same way, by *what decides the sound*:

``body``
    The size of the speaker's body: bigger bodies speak lower, with lower
    formants (giant, ogre, bear, dragon); smaller ones higher (child,
    fairy, mouse, chipmunk, helium).
``space``
    The size and material of the space: a closet, a tiled bathroom, a room,
    a hall, a church or cathedral, a cave, tunnel or well, a stadium, a
    canyon.  Longer decays for bigger spaces, brighter ones for hard walls.
``device``
    The device or medium between the voice and the ear: telephone,
    walkie-talkie, intercom, public address, radio, TV, a cheap speaker, a
    gramophone or old film, a wall or a door.
``distance``
    How far the voice is: far away (duller, quieter, more room) or close.
``character``
    Figures whose voice is a convention more than a body: Darth Vader, a
    ghost, an alien, a demon, a cartoon villain, an angel.

Each :class:`Preset` has English and French words (``|``-separated, accents
and filler words like "a", "the", "dans", "le" optional; a phrase written
with a leading ``=`` is matched word for word, filler included: "=in a
well", because "well" alone is also filler) and a chain: the
effects it sets, with only the parameters that differ from the registry's
defaults.  Presets combine with each other and with explicit effects and
numbers: "a giant in a cave, 2 second reverb" is the giant's pitch, the
cave's reverb, and a decay of 2 s.

Adding a preset: append one entry to :data:`PRESETS`, naming only effects
and parameters of :data:`~.registry.EFFECTS` (checked at import); the
prompt parser and ``streaming-mllm effects`` pick it up.  A word may belong
to one preset or effect only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .registry import EFFECTS

CATEGORIES: dict[str, str] = {
    "body": "size of the body that speaks",
    "space": "size and material of the space",
    "device": "device or medium in between",
    "distance": "distance to the listener",
    "character": "characters",
    "mood": "moods and styles",
    "speed": "tape speed (a stream keeps its timing: heard as pitch and formants)",
}
"""Preset categories in the order ``streaming-mllm effects`` lists them."""


@dataclass(frozen=True)
class Preset:
    """A scene, character or device: several effects at once."""

    name: str
    category: str
    doc: str
    words: str
    chain: Mapping[str, Mapping[str, float]]


def _preset(name: str, category: str, doc: str, words: str,
            **chain: Mapping[str, float]) -> Preset:
    frozen = MappingProxyType({k: MappingProxyType(dict(v)) for k, v in chain.items()})
    return Preset(name, category, doc, words, frozen)


PRESETS: dict[str, Preset] = {p.name: p for p in [
    # ------------------------------------------------------------------ body
    _preset(
        "giant", "body", "a huge body: much lower voice, more chest",
        "giant|giants|geant|geants|geante|monster|monsters|monstre|monstres|ogre|ogres"
        "|ogresse|troll|trolls|bear|bears|ours|grizzly|dragon|dragons|titan|titans|golem"
        "|beast|beasts|bete|betes|bete feroce|colossus|colosse|behemoth|mammoth|mammouth"
        "|elephant|whale|baleine|cyclops|cyclope|yeti|bigfoot|sasquatch|king kong|kong"
        "|gorilla|gorille|minotaur|minotaure|kraken|godzilla|dinosaur|dinosaure|t rex|trex"
        "|hulk|orc|orcs|werewolf|loup garou|lion|tigre|tiger|hippo|hippopotame|rhino"
        "|rhinoceros|bull|taureau|gargoyle|gargouille|treant|stone giant|rock monster"
        "|creature|big creature|grosse bete|colossal|gigantic|gigantesque|monstrous"
        "|monstrueux|monstrueuse|roar|roaring|growl|growling|grogne|grognement|rugissement"
        "|rugir|brute|mastodon|mastodonte|leviathan|leviathan"
        "|cow|cows|vache|vaches|moose|elan|bison|buffalo|walrus|morse|great dane|dogue"
        "|rottweiler|mastiff|saint bernard|big dog|gros chien|grand chien|chewbacca|wookie"
        "|wookiee|shrek|groot|thanos|hagrid|juggernaut|kaiju|gros monstre|big monster"
        "|huge monster|stone golem|troll voice|voix de troll|voix d ogre|ogre voice"
        "|monster voice|voix de monstre"
        "|=talking tree|=a talking tree|old tree|vieil arbre|=arbre qui parle"
        "|=un arbre qui parle|ent|ents|tree spirit|wise tree"
        "|tree voice|voix d arbre|grand arbre qui parle|tree creature"
        "|treebeard|sylvebarbe|oak|chene|mountain giant|sea monster|monstre marin|monstres marins"
        "|sea serpent|serpent de mer|serpent marin|creature marine|sea creature|leviathan des mers"
        "|loch ness|nessie|monstre du loch ness|swamp monster|monstre des marais",
        pitch={"semitones": -7.0, "formants": 1.0}, eq={"low_db": 4.0},
    ),
    _preset(
        "big-man", "body", "a big adult: a lower, fuller voice",
        "big man|big guy|large man|heavy man|gros monsieur|grand homme|costaud|baleze"
        "|burly|beefy|bodybuilder|viking|vikings|barbarian|barbare|lumberjack|bucheron"
        "|wrestler|catcheur|bouncer|videur|santa|santa claus|pere noel|dwarf|dwarves|nain"
        "|nains|pirate|pirates|captain|capitaine|king|roi|sergeant|sergent"
        "|grosse voix|big voice|une grosse voix|cow boy|cow boys|wolf|wolves|loup|loups|bulldog"
        "|grizzled captain|dad voice"
        "|voix de papa|father voice"
        "|coach|sergent instructeur|drill sergeant|bodyguard|garde du corps|biker|motard"
        "|trucker voice|cowboy voice|voix de cowboy"
        "|sea captain|old sea captain|capitaine de navire|capitaine de bateau|sailor|sailors"
        "|marin|marins|sea dog|old salt|loup de mer|matelot|fisherman|pecheur"
        "|pig|pigs|cochon|cochons|porc|hog|boar|sanglier|oink|groin"
        "|samurai|samourai|shogun|ronin|warlord|chef de guerre|general|gladiator|gladiateur"
        "|centurion|spartan|spartiate|knight commander|commandant|commander|colonel",
        pitch={"semitones": -3.0, "formants": 0.5}, eq={"low_db": 3.0},
    ),
    _preset(
        "child", "body", "a small body: higher voice",
        "child|children|kid|kids|enfant|enfants|gamin|gamine|gamins|little boy|little girl"
        "|petit garcon|petite fille|toddler|bambin|baby|babies|bebe|bebes|infant|nourrisson"
        "|elf|elves|elfe|elfes|lutin|lutins|gnome|gnomes|goblin|goblins|gobelin|gobelins"
        "|leprechaun|fairy|fairies|fee|fees|pixie|pixies|sprite|tinkerbell|clochette|cherub"
        "|angelot|doll|poupee|puppet|marionnette|tiny voice|small voice|little voice"
        "|petite voix|voix minuscule|minuscule voix|high little voice"
        "|schoolboy|schoolgirl|ecolier|ecoliere|young|jeune|youngster|boy|girl|garcon|fille"
        "|kitten|chaton|puppy|chiot|imp|diablotin|hobbit|younger|plus jeune|rajeunir"
        "|rajeunie|rajeuni|cat|cats|chat|chats|kitty"
        "|rabbit|rabbits|bunny|lapin|lapins|fox|renard|monkey|monkeys|singe|singes|parrot"
        "|perroquet|penguin|pingouin|manchot|koala|raccoon|raton laveur|otter|loutre|hedgehog"
        "|herisson|owl|hibou|chouette|duckling|caneton|lamb|agneau|piglet|porcelet|frog"
        "|grenouille|toad|crapaud|mario|luigi|sonic|spongebob|bob l eponge|kermit|scooby doo"
        "|peter pan|pinocchio|nemo|school kid|schoolkid|preschooler|maternelle"
        "|girl voice|boy voice|voix de petit garcon|voix de fillette|fillette"
        "|tween"
        "|ventriloquist|ventriloquist dummy|ventriloquist s dummy|ventriloque"
        "|marionnette de ventriloque|pantin|dummy|poupee de ventriloque",
        pitch={"semitones": 5.0, "formants": 1.0},
    ),
    _preset(
        "teen", "body", "a teenager: a voice between a child's and an adult's",
        "teenager|teenagers|teen|teens|teenage|adolescent|adolescente|adolescents"
        "|adolescentes|ado|ados|jeune ado|young teen|high schooler|lyceen|lyceenne"
        "|collegien|collegienne",
        pitch={"semitones": 2.5, "formants": 0.5},
    ),
    _preset(
        "chipmunk", "body", "a tiny body or helium: very high voice",
        "oisillon|oisillons|baby bird|baby birds|chick|chicks|poussin|poussins"
        "|chipmunk|chipmunks|tamia|helium|smurf|smurfs|schtroumpf|schtroumpfs|mickey"
        "|mickey mouse|mouse|mice|souris|hamster|hamsters|squirrel|squirrels|ecureuil"
        "|ecureuils|rat|rats|bird|birds|oiseau|oiseaux|canary|canari|munchkin|munchkins"
        "|minion|minions|alvin|insect|insects|insecte|insectes|bee|abeille|mosquito"
        "|moustique|cricket|grillon|tweety|titi|mouse voice|voix de souris|squeak"
        "|couine|couiner|ballon d helium|balloon|cartoon mouse"
        "|bug|bugs|tiny bug|beetle|ant|ants|fly|flies|gnat|spider|spiders|ladybug|ladybird"
        "|butterfly|moth|worm|caterpillar|snail|hummingbird|sparrow|chick|chicks|guinea pig"
        "|gerbil|ferret|chihuahua|chihuahuas|pomeranian|yorkie|teacup dog|tiny dog|small dog"
        "|petit chien|punaise|scarabee|fourmi|fourmis|mouche|mouches|moucheron|araignee"
        "|araignees|coccinelle|papillon|ver de terre|chenille|escargot|colibri|moineau"
        "|poussin|poussins|cochon d inde|gerbille|furet|ouistiti|pikachu|pokemon|tinker bell"
        "|fee clochette|squeaky toy|jouet qui couine|mosquitoes|wasp|guepe|hornet|frelon"
        "|pixie voice|fairy voice|voix de fee",
        pitch={"semitones": 9.0, "formants": 1.0},
    ),
    _preset(
        "cartoon", "body", "a cartoon voice: high and bright",
        "cartoon|cartoons|cartoonish|toon|toons|dessin anime|dessins animes|looney tunes"
        "|cartoon character|personnage de dessin anime|animated|anime|manga|comic|comique"
        "|goofy|silly|rigolo|rigolote|clown|clowns|duck|canard|donald duck"
        "|homer simpson|simpsons|bugs bunny|daffy duck|tweety bird|porky pig|popeye|garfield"
        "|tom and jerry|cartoon voice|voix de dessin anime|voix de cartoon|animated character"
        "|personnage anime|muppet|muppets|puppet show|spectacle de marionnettes|guignol"
        "|clown voice",
        pitch={"semitones": 7.0, "formants": 1.0}, eq={"high_db": 3.0},
    ),
    # ----------------------------------------------------------------- space
    _preset(
        "closet", "space", "a tiny enclosed space: very short, boxy reflections",
        "closet|closets|placard|placards|cupboard|armoire|wardrobe|penderie|booth|cabine"
        "|car|cars|voiture|voitures|elevator|lift|ascenseur|phone booth|cabine telephonique"
        "|cockpit|tent|tente|van|camion|truck|cellule|cell|prison cell|cubicle|toilet stall"
        "|cabin|trunk|coffre|locker|casier|box|boite|carton|cardboard box|vocal booth"
        "|shipping container|conteneur maritime|container maritime|cargo container|fishbowl"
        "|fish bowl|goldfish bowl|bocal a poisson|aquarium vide|car wash|station de lavage"
        "|=inside a drum|=inside a giant drum|=inside a big drum|=in a drum|=dans un tambour"
        "|=d un tambour|=dans une grosse caisse|=inside a bass drum|=inside a barrel"
        "|lavage auto|lave auto|portique de lavage"
        "|prison|jail|jail cell|gaol|taule|banquette|banquette arriere|siege|car seat"
        "|studio|recording studio|studio d enregistrement|tiny room"
        "|cagibi|debarras|storage room|pantry|cellier|igloo|capsule|pod"
        "|coffin|cercueil|barrel|tonneau|airplane|aeroplane|plane|avion"
        "|dans l avion|airplane cabin|cabine d avion|train|dans le train|tgv|bus|dans le bus"
        "|tram|tramway|subway car|rame de metro|wagon|wagon de metro|voiture de metro|taxi"
        "|backseat|back seat|siege arriere"
        "|submarine cabin|small car"
        "|fridge|refrigerator|frigo|refrigerateur|freezer|congelateur|oven|microwave"
        "|micro ondes|washing machine|machine a laver|lave linge|dryer|seche linge|bucket"
        "|seau|trash can|garbage can|poubelle|dumpster|benne|suitcase|valise|backpack"
        "|sac a dos|mailbox|boite aux lettres|jar|bocal|bottle|bouteille|vase|cardboard"
        "|shoebox|boite a chaussures|under the bed|sous le lit|under the covers"
        "|sous la couette|sleeping bag|sac de couchage|blanket fort|tiny box|petite boite"
        "|crate|caisse|container|conteneur|drawer|tiroir|cupboard under the stairs"
        "|placard sous l escalier|toy box|elevator cabin|cabine d ascenseur|car interior"
        "|habitacle|inside the car|in my car|dans ma voiture|truck cab|cabine de camion"
        "|space capsule|kayak|boat cabin|cabine de bateau",
        reverb={"decay_s": 0.3, "mix": 0.15, "predelay_ms": 2.0},
    ),
    _preset(
        "bathroom", "space", "a small space with hard, tiled walls: short and bright",
        "bathroom|bathrooms|salle de bain|salle de bains|salle d eau|shower|showers|douche"
        "|douches|tiled|tiled room|tiles|carrelage|carrele|carrelee|faience|restroom"
        "|restrooms|toilets|toilet|toilettes|wc|lavatory|lavabo|washroom|locker room"
        "|vestiaire|vestiaires|sauna|hammam|steam room|kitchen|cuisine|laundry|buanderie"
        "|changing room|cabine d essayage|tiled corridor|hospital|hopital|morgue|bathtub"
        "|baignoire|bath|bain",
        reverb={"decay_s": 1.0, "mix": 0.35, "predelay_ms": 3.0}, eq={"high_db": 2.0},
    ),
    _preset(
        "room", "space", "an ordinary room: a short, soft decay",
        "room|rooms|piece|pieces|chambre|chambres|salle|living room|salon|sejour|bedroom"
        "|classroom|=en classe|=dans une classe|=dans la classe|=dans ma classe|salle de classe"
        "|office|bureau|bureaux|apartment|appartement"
        "|house|maison|garage|attic|grenier|cellar|sous sol|basement|corridor|couloir"
        "|hallway|lobby|lounge|bar|pub|restaurant|cafe|shop|store|magasin|boutique|library"
        "|bibliotheque|meeting room|salle de reunion|waiting room|salle d attente|hotel room"
        "|chambre d hotel|dining room|salle a manger|study|workshop|atelier|shed|cabane"
        "|hut|barn|grange|stable|ecurie|clinic|cabinet|dorm|dortoir|courtroom|tribunal"
        "|conference room|salle de conference|boardroom|cellier voute"
        "|tavern|taverne|inn|auberge|saloon|bistrot|bistro|brasserie|wine bar|bar a vin|diner"
        "|cantine|canteen|cafeteria|break room|salle de pause|kitchen table|dining hall|lab"
        "|labs|laboratory|laboratoire|labo|labos|workshop room|server room|salle serveur",
        reverb={"decay_s": 0.8, "mix": 0.25, "predelay_ms": 5.0},
    ),
    _preset(
        "hall", "space", "a large hall: a long, open decay",
        "hall|halls|concert hall|auditorium|auditoriums|theater|theatre|theatres|salle de"
        " concert|salle de spectacle|opera|opera house|warehouse|entrepot|ballroom"
        "|salle de bal|gymnasium|gym|gymnase|salle de sport|museum|musee|atrium"
        "|lecture hall|amphitheatre"
        "|amphitheater|amphi|conference hall|palace|palais|castle|chateau|mansion|manoir"
        "|school hall|preau|mall|shopping mall|centre commercial|galerie marchande"
        "|train station|station|gare|railway station|gare sse|airport|aeroport|terminal"
        "|metro station|station de metro|subway station|hotel lobby|great hall|grand hall"
        "|hall d entree|salle des fetes|town hall|mairie|factory|usine|hangar|barn loft"
        "|throne room|salle du trone|courthouse|palais de justice|senate|parliament"
        "|parlement|assembly|assemblee|convention center|salle polyvalente|big room|cinema"
        "|cinemas|movie theater|movie theatre|salle de cinema|nightclub|night club|club|disco"
        "|discotheque|boite de nuit"
        "|grande salle|grande piece|large room|large hall|glass hall|verriere|greenhouse|concert"
        "|=une serre|=dans une serre|=la serre|grande serre|serre en verre|serre tropicale"
        "|=at the pool|=at a pool|=by the pool|=at the swimming pool|=a la piscine|poolside"
        "|=au bord de la piscine|lifeguard|maitre nageur"
        "|jardin d hiver|orangerie|conservatory"
        ""
        "|swimming pool|indoor pool|piscine couverte|stage|on stage|sur scene"
        "|scene de theatre|concert stage|hangar d avion|aircraft hangar|parking structure"
        "|lobby of a hotel|atrium d hotel|sports center|centre sportif|ice rink|patinoire"
        "|bowling|bowling alley|train hall|hall de gare|grand magasin|department store"
        "|supermarket|supermarche|hypermarche|church hall|salle paroissiale|school gym"
        "|gymnase du lycee"
        "|=en boite|=en boite de nuit|=sortir en boite"
        "|immense salle|salle immense|enorme salle|salle enorme|vaste salle|huge hall"
        "|huge room",
        reverb={"decay_s": 2.5, "mix": 0.35, "predelay_ms": 20.0},
    ),
    _preset(
        "church", "space", "a church: a long stone decay",
        "church|churches|eglise|eglises|chapel|chapels|chapelle|chapelles|temple|temples"
        "|mosque|mosquee|synagogue|monastery|monastere|abbey|abbaye|convent|couvent"
        "|sanctuary|sanctuaire|cloister|cloitre|priory|prieure|sermon|mass|messe|choir loft"
        "|stone hall|salle en pierre|vaulted|voute|voutee|chantry|parish|paroisse"
        "|tower|towers|tour de chateau|turret|tourelle|belfry|clocher|bell tower|beffroi"
        "|lighthouse|phare|castle tower|tour du chateau|stone tower|tour en pierre"
        "|donjon de chateau|ivory tower|tour d ivoire|tour"
        "|cloister walk|abbey hall"
        "|priest|priests|pretre|pretres|monk|monks|moine|moines|nun|nuns|nonne|religieuse"
        "|pope|pape|bishop|eveque|preacher|predicateur|choirboy|enfant de choeur|gregorian"
        "|gregorien|gregorian chant|chant gregorien|vicar|vicaire|reverend|pasteur|imam|rabbi"
        "|rabbin",
        reverb={"decay_s": 3.0, "mix": 0.35, "predelay_ms": 20.0},
    ),
    _preset(
        "cathedral", "space", "a cathedral: a very long, dense decay",
        "cathedral|cathedrals|cathedrale|cathedrales|basilica|basilique|basiliques|dome"
        "|pantheon|mausoleum|mausolee|nave|nef|notre dame|st paul s|saint pierre"
        "|st peter s|westminster|minster|huge church|grande eglise|temple immense"
        "|pyramid|pyramide|grand temple|sistine|sixtine",
        reverb={"decay_s": 4.0, "mix": 0.4, "predelay_ms": 30.0},
    ),
    _preset(
        "cave", "space", "a cave, tunnel or well: a dark, hollow decay with early echoes",
        "cave|caves|cavern|caverns|caverne|cavernes|grotte|grottes|tunnel|tunnels"
        "|puits|=water well|=wishing well|=a wishing well|=a water well|fond du puits"
        "|dungeon|dungeons|donjon|donjons|cachot|cachots|oubliette|mineshaft"
        "|mine shaft|mines|in the mines|dans la mine|sewer|sewers|egout|egouts|catacomb"
        "|catacombs|catacombe|catacombes"
        "|underground|souterrain|souterrains|bunker|bunkers|stairwell|staircase|escalier"
        "|escaliers|cage d escalier|parking garage|parking|parking souterrain|silo|tank"
        "|citerne|cistern|pipe|tuyau|culvert|chimney|cheminee|subway|metro|subway tunnel"
        "|tunnel du metro|lair|repaire|antre|crypt|crypte|tomb|tombe|tombeau|vault|caveau"
        "|pit|fosse|gouffre|abyss|abime|chasm|hole|trou|burrow|terrier|grotto|rocher"
        "|hollow|creux|cellar vault|cave voutee|underpass|passage souterrain|bridge|soufflerie"
        "|wind tunnel|tunnel de soufflerie|hollow tree|arbre creux|tronc creux|hollow trunk"
        "|shaft|elevator shaft|lift shaft|cage d ascenseur"
        "|gaine d ascenseur|puits d ascenseur"
        "|under a bridge|under the bridge|sous un pont|sous le pont|pont|overpass|viaduct"
        "|viaduc|car park|parking lot underground"
        "|drainpipe|drain pipe|drain|gutter|gouttiere|gouttieres|tube|tuyau de drainage"
        "|sewer pipe|canalisation|conduit|air duct|ventilation duct|air vent|ventilation"
        "|gaine de ventilation|tunnel de metro|mine|mines de charbon|coal mine|gold mine"
        "|cavernous|dungeon cell|prison souterraine|basement tunnel|tuyau en metal|metal pipe"
        "|storm drain|water tank|reservoir|reservoir d eau|empty pool|piscine vide"
        "|chateau d eau|water tower"
        "|=in a well|=down a well|=into a well|=in the well|=down the well|=from a well"
        "|=inside a well|=at the bottom of a well|=from the bottom of a well|=in a deep well"
        "|vents|air vents|conduits d aeration|conduit d aeration|aeration|bouche d aeration"
        "|vent shaft|ventilation shaft|duct|ducts|ductwork"
        "|dripping water|water dripping|eau qui goutte|goutte d eau|gouttes d eau|dripping"
        "|drip drip",
        reverb={"decay_s": 2.5, "mix": 0.4, "predelay_ms": 15.0},
        echo={"delay_ms": 90.0, "feedback": 0.25, "mix": 0.15},
    ),
    _preset(
        "stadium", "space", "a stadium or arena: a huge open space with a late slap",
        "stadium|stadiums|stade|stades|arena|arenas|arene|arenes|sports hall|palais des"
        " sports|velodrome|coliseum|colosseum|colisee|ballpark|football stadium|stade de"
        " foot|racetrack|circuit|circus|cirque|rally|rassemblement"
        "|festival|live concert|open air concert|bullring|grandstand|tribune|tribunes"
        "|football game|football match|soccer game|soccer match|match de foot|match de football"
        "|basketball game|match de basket|rugby match|match de rugby|baseball game|hockey game"
        "|boxing match|match de boxe|combat de boxe|fight night|wrestling match|match de catch"
        "|sports arena|olympic|olympique|terrain de foot|boxing ring|ring de boxe",
        reverb={"decay_s": 3.5, "mix": 0.35, "predelay_ms": 40.0},
        echo={"delay_ms": 250.0, "feedback": 0.2, "mix": 0.15},
    ),
    _preset(
        "canyon", "space", "a canyon or mountains: distinct, long echoes",
        "canyon|canyons|grand canyon|mountains|mountain|montagne|montagnes|valley|valleys"
        "|vallee|vallees|cliff|cliffs|falaise|falaises|gorge|gorges|ravine|ravin|fjord"
        "|fjords|alps|alpes|quarry|carriere|mountaintop|sommet|peak|glacier|desert canyon"
        "|mesa|crater|cratere|volcano|volcan|echo valley|gully|combe|cirque glaciaire",
        echo={"delay_ms": 600.0, "feedback": 0.4, "mix": 0.4},
        reverb={"decay_s": 1.5, "mix": 0.15, "predelay_ms": 30.0},
    ),
    _preset(
        "outdoors", "space", "outdoors: almost dry, a faint distant reflection",
        "outdoors|outside|dehors|exterieur|en exterieur|open air|plein air|en plein air"
        "|field|champ|champs|forest|forets|foret|woods|bois|street|streets|rue|rues|park"
        "|parc|beach|plage|garden|jardin|meadow|prairie|countryside|campagne|rooftop|toit"
        "|balcony|balcon|courtyard|cour|square|place publique|market|marche|village|protest"
        "|manif|manifestation|demonstration|picket line|piquet de greve"
        "|desert|desertique|snow|neige|snowy|enneige|lake|lac|river|riviere|fleuve|island|ile"
        "|jungle|rainforest|foret tropicale|savanna|savane|farm|farmyard|cour de ferme|basse cour"
        "|camping|campsite"
        "|terrain de camping|picnic|pique nique|playground|aire de jeux|cour de recre"
        "|schoolyard|parking lot|parking exterieur|bus stop|arret de bus|sidewalk|trottoir"
        "|crosswalk|boulevard|avenue|highway|autoroute|roadside|bord de route|golf course"
        "|terrain de golf|hilltop|colline|hill|open field|grand champ|backyard|arriere cour"
        "|terrace|terrasse|porch|veranda|on a boat|sur un bateau|sailboat|voilier"
        "|terrain|sur le terrain|in the field|on location|en reportage|reportage"
        "|on the street|dans la rue"
        "|ship|on a ship|ship deck|deck of a ship|navire|bateau|pont du navire"
        "|ferry|yacht|pirate ship|bateau pirate"
        "|rollercoaster|roller coaster|montagnes russes|funfair|fete foraine|fairground"
        "|amusement park|theme park|parc d attractions|fair|kermesse|carnival|carnaval"
        "|=a la ferme|=dans une ferme|=on a farm|=on the farm"
        "|swamp|marsh|bog|marais|marecage|bayou|pond|mare|etang|hot air balloon|montgolfiere"
        "|paraglider|parapente|hang glider|skydiving|parachute|sky"
        "|clouds|nuages"
        "|zoo|zoos|safari|savannah|wildlife park|parc animalier|reserve naturelle"
        "|=after the rain|=apres la pluie|tree|trees|arbre|arbres|city|ville|town|downtown"
        "|centre ville|en ville|urban"
        "|urbain|urbaine|city street"
        "|battlefield|champ de bataille|war zone|zone de guerre|trenches|tranchees|front line"
        "|sea|ocean|mer|at sea|en mer|by the sea|au bord de la mer|seaside|bord de mer|coast"
        "|harbor|harbour|port|pier|jetee|dock|docks|=sur la cote|=on the coast|coast|coastline"
        "|nature reserve",
        reverb={"decay_s": 0.6, "mix": 0.08, "predelay_ms": 25.0},
    ),
    # ---------------------------------------------------------------- device
    _preset(
        "walkie-talkie", "device", "a two-way radio: a narrow, driven band",
        "walkie talkie|walkie talkies|walkietalkie|talkie walkie|talkie|walkie|cb|cb radio"
        "|radio cb|police radio|radio de police|radio police"
        "|military radio|radio militaire|army radio|pilot|pilote|cockpit radio"
        "|control tower|tour de controle|air traffic|air traffic control|controleur aerien"
        "|mission control|nasa|houston|moon|on the moon|lune|sur la lune|lunar|lunaire|apollo"
        "|astronaut|astronautes|astronaute|cosmonaut"
        "|cosmonaute|trucker|routier|scanner|dispatch|dispatcher|radio amateur|ham radio"
        "|radioamateur|transmission|transmitter|emetteur|recepteur|receiver|radio comms"
        "|comms|headset|casque radio|stormtrooper|soldier|soldat|swat|sniper|radio operator"
        "|operateur radio|talkie de chantier|military|militaire|baby monitor|babyphone|ecoute bebe"
        "|cop|cops|policeman|policemen|police officer|police|policier|policiers|policiere"
        "|flic|flics|gendarme|gendarmes|sheriff|sherif|security guard|vigile|firefighter"
        "|pompier|pompiers|ambulancier|paramedic|radio de taxi|taxi radio|security radio"
        "|spy|spies|espion|espionne|espions|secret agent|agent secret|double agent"
        "|earpiece|oreillette|secret channel|frequence secrete|canal secret|radio channel"
        "|canal radio|channel|canal",
        radio={"low_hz": 500.0, "high_hz": 3000.0, "drive_db": 18.0},
    ),
    _preset(
        "intercom", "device", "an intercom or drive-thru speaker: a thin, boxy band",
        "intercom|intercoms|interphone|interphones|doorbell|sonnette|visiophone"
        "|door phone|entryphone|portier|drive thru|drivethru|fast food"
        "|commande au drive|mcdonald s|mcdo|order speaker|borne de commande"
        "|drive thru speaker|ship intercom|=d un drive|=au drive|=un drive|=du drive"
        "|intercom du vaisseau|speakerphone"
        "|haut parleur mains libres|mains libres|hands free|elevator speaker"
        "|hygiaphone|guichet|ticket window|parlophone|talkback|flight captain|commandant de bord"
        "|pilote de ligne|airline pilot|annonce en cabine"
        "|=over the speakers|=over the loudspeakers|=dans les haut parleurs",
        telephone={"low_hz": 450.0, "high_hz": 3200.0},
        distortion={"drive_db": 10.0, "mix": 0.5},
        reverb={"decay_s": 0.2, "mix": 0.1, "predelay_ms": 1.0},
    ),
    _preset(
        "announcement", "device", "a public address system in a big space",
        "public address|pa|pa system|announcement|announcements|announcer|annonce|annonces"
        "|auctioneer|auction|commissaire priseur|vente aux encheres|encheres|bingo caller"
        "|annonceur|annonceuse|haut parleur|haut parleurs|hautparleur|loudspeaker"
        "|loudspeakers|tannoy|sono|sonorisation|systeme de sonorisation|platform|quai"
        "|paging|in store announcement|flight attendant|hotesse de l air|hotesse|steward"
        "|stewardess|cabin announcement|station announcement|airport announcement"
        "|train announcement|annonce en gare|annonce a l aeroport|flight announcement"
        "|boarding call|embarquement|last call|dernier appel|school announcement"
        "|stadium announcer|speaker du stade|ring announcer|public speaker|tannoy system"
        "|loudspeaker announcement|message d annonce|information voyageurs|sncf|ratp"
        "|ceiling speaker|ceiling speakers|speaker in the ceiling|haut parleur au plafond"
        "|haut parleurs au plafond|haut parleur du plafond|enceinte au plafond|store speaker"
        "|mall speaker|haut parleur de supermarche|supermarket announcement"
        "|annonce au supermarche",
        megaphone={"low_hz": 300.0, "high_hz": 5000.0, "drive_db": 6.0},
        reverb={"decay_s": 2.2, "mix": 0.3, "predelay_ms": 30.0},
    ),
    _preset(
        "am-radio", "device", "an old AM or shortwave radio: narrow, driven, boxy",
        "am radio|radio am|old radio|vieille radio|vintage radio|radio vintage|radio"
        " ancienne|ancienne radio|shortwave|short wave|ondes courtes|longwave|long wave"
        "|grandes ondes|ondes moyennes|medium wave|wartime radio|radio de guerre"
        "|transistor radio|poste a transistor|crackly radio"
        "|tsf|radio londres|old broadcast|vieille emission"
        "|radio d epoque|period radio|crystal radio|poste a galene|static radio"
        "|decaderadio|newscaster|newsreader from the past|old newscaster"
        "|presentateur d epoque",
        radio={"low_hz": 500.0, "high_hz": 3500.0, "drive_db": 14.0},
        noise={"kind": 1.0, "level_db": -34.0},  # static
    ),
    _preset(
        "fm-radio", "device", "an FM broadcast voice: full, upfront and bright",
        "fm radio|radio fm|fm|fm broadcast|radio dj|dj|disc jockey|animateur radio"
        "|animatrice radio|animateur|radio host|radio presenter|sports commentator|commentator"
        "|commentateur|commentateur sportif|morning radio|morning show"
        "|radio le matin|matinale|news reporter|reporter"
        "|journalist|newsreader|broadcaster|late night radio"
        "|podcast|podcaster|podcasteur|voice over|voiceover|voix off|narrator|narrateur"
        "|narratrice|documentary|documentaire|audiobook|livre audio|news anchor"
        "|presentateur|presentatrice|journaliste|voix radio"
        "|=dj radio|=dj de radio|=dj a la radio|animateur de radio|animatrice de radio"
        "|radio dj voice|80s radio dj|dj des annees 80|radio fm des annees 80"
        "|radio host voice"
        "|commercial announcer|tv announcer|radio announcer|voix de pub|voice of an ad"
        "|ad voice|pub a la tele|pub tele|pub radio|spot de pub|spot publicitaire|infomercial"
        "|teleshopping|tele achat|announcer voice|voix d annonceur tele"
        "|tv commercial announcer|tv ad announcer|tv announcer voice"
        "|radio commercial announcer"
        "|news|the news|newscast|breaking news|flash info|flash infos|infos|les infos"
        "|bulletin|news bulletin|bulletin d information|journal de 20h|journal du soir"
        "|evening news|weather report|meteo|bulletin meteo|traffic report|info trafic"
        "|gameshow|game show|gameshow host|game show host|quiz show|quiz host|jeu televise"
        "|animateur de jeu|animateur de jeu televise|presentateur de jeu|talk show"
        "|talk show host|late show",
        eq={"low_db": 3.0, "mid_db": 3.0, "high_db": 2.0},
    ),
    _preset(
        "tv", "device", "a television set's small speaker",
        "tv|television|televisions|tele|telly|tv set|poste de television|poste de tele"
        "|television set|old tv|vieille tele|tv speaker|haut parleur de la tele|sitcom"
        "|cathode tube|tube cathodique|news on tv|journal televise|jt|tv show"
        "|emission de tele|broadcast tv|crt",
        radio={"low_hz": 250.0, "high_hz": 6000.0, "drive_db": 4.0},
    ),
    _preset(
        "cheap-speaker", "device", "a small or cheap loudspeaker: no bass, boxy, a little driven",
        "cheap speaker|cheap speakers|small speaker|tiny speaker|petit haut parleur"
        "|petite enceinte|enceinte|enceintes|haut parleur d ordinateur portable|laptop"
        "|laptop speaker|laptop speakers"
        "|ordinateur portable|pc speaker|computer speaker|haut parleur d ordinateur"
        "|bluetooth speaker|enceinte bluetooth|phone speaker|haut parleur du telephone"
        "|=en haut parleur|=sur haut parleur|=on speaker|=on speakerphone mode"
        "|speaker|speakers|toy speaker|tinny speaker|earbuds|earbud|ecouteurs|ecouteur"
        "|kitchen radio|radio de cuisine|cheap|bon marche|pas cher|pas chere|cheap headphones"
        "|casque pas cher|smartphone speaker|tablet|tablette|ipad|alarm clock|radio reveil"
        "|vending machine|distributeur|distributeur automatique|machine a sous|slot machine"
        "|talking toy|jouet qui parle|toy|jouet|jouets|toys|greeting card|carte musicale"
        "|ticket machine|borne|kiosk|atm|distributeur de billets"
        "|radio alarm|toy|talking toy|jouet parlant|music box|boite a musique|greeting card"
        "|carte musicale|handheld console|console portable|gameboy|game boy"
        "|haut parleur de portable|haut parleur du portable|haut parleur de telephone"
        "|haut parleur de smartphone|haut parleur du smartphone|phone on speaker"
        "|smartwatch|montre connectee"
        "|mp3 player|ipod|phone speaker playing music|musique sur le telephone"
        "|security camera|camera de surveillance|cctv|doorbell camera|baby toy"
        "|talking teddy|drive thru menu|cheap radio|petite radio"
        "|radio de chantier|construction radio"
        "|teddy bear|teddy|nounours|ours en peluche|peluche|peluches|plush|plush toy"
        "|stuffed animal|doudou|talking toy bear|furby|tamagotchi",
        radio={"low_hz": 450.0, "high_hz": 5000.0, "drive_db": 10.0},
    ),
    _preset(
        "gramophone", "device", "a gramophone, vinyl or old film: a narrow, worn band",
        "gramophone|gramophones|phonograph|phonographe|victrola|vinyl"
        "|vinyle|vinyls|vinyles|vinyl record|black and white film|black and white movie"
        "|film noir et blanc|film en noir et blanc|old record|vieux disque|disque raye"
        "|scratched record|scratchy record|vinyle raye|disque vinyle"
        "|record player"
        "|tourne disque|platine|old film|old films|old movie|old movies|vieux film"
        "|vieux films|film ancien|films anciens|black and white|noir et blanc|silent film"
        "|film muet|newsreel|newsreels|actualites|actualites cinematographiques"
        "|annees folles|roaring twenties|wax cylinder|cylindre"
        "|cylindre de cire|archive|archives|old recording|vieil enregistrement"
        "|enregistrement ancien|historical recording|enregistrement historique"
        "|vintage recording|sepia|jukebox|western|westerns|old western|vieux western"
        "|spaghetti western|cowboy movie|film de cowboy|far west|wild west"
        "|juke box|speakeasy|charleston|jazz age|old hollywood|vieil hollywood"
        "|decadegramophone"
        "|vintage film|vintage movie|vintage film narrator|film d epoque|old film narrator"
        "|narrateur de vieux film|newsreel narrator|old documentary|vieux documentaire"
        "|disque|disques|vieux disque qui craque|disque qui craque|old record player"
        "|soixante dix huit tours|scratchy|scratchy old record|rayures|qui craque",
        telephone={"low_hz": 250.0, "high_hz": 4000.0},
        distortion={"drive_db": 8.0, "mix": 0.5},
        noise={"kind": 2.0, "level_db": -32.0},  # crackle
    ),
    _preset(
        "lo-fi", "device", "a low-fidelity recording: dull, gritty and band-limited",
        "lofi|lo fi|low fi|low fidelity|basse fidelite|lofi hip hop|chiptune"
        "|retro game|jeu video retro|retro video game|video game|jeu video|nintendo|arcade"
        "|degraded|degrade|degradee|crappy|pourri|pourrie|bad quality|mauvaise qualite"
        "|low quality|basse qualite|low bitrate|bad connection"
        "|mauvaise connexion|mauvaise liaison|glitchy|glitch|glitches|choppy connection"
        "|potato quality|qualite pourrie|bad recording|mauvais enregistrement|demo tape"
        "|bedroom recording|garage band|garage recording|bad reception|mauvaise reception"
        "|discord|teamspeak|voice chat|chat vocal|in game chat|chat en jeu|xbox live|psn"
        "|online game|jeu en ligne|stream quality|compressed audio|audio compresse"
        "|mp3 quality|qualite mp3|128 kbps|youtube 144p|144p|8 bit voice|voix 8 bits"
        "|old computer|vieil ordinateur|commodore|atari|sega|game console|console de jeu"
        "|bugue|buguer|beugue|qui bugue|qui beugue|buggy|bugged|bugging|glitching|glitched"
        "|plante|qui plante|crashing|lagging|lag|laggy|qui lag"
        "|bad|poor|poor quality|shitty|crummy|lousy|terrible quality|awful quality|mauvais"
        "|mauvaise|nul|nulle|naze|bas de gamme|low end quality|old video|vieille video"
        "|old youtube video|vieille video youtube|early youtube|webcam|old webcam"
        "|scrambled|brouille|brouillee|garbled|encrypted|cryptee"
        "|vieille webcam|hip hop|hiphop|boom bap|old school hip hop|rap beat|lofi beat|modem"
        "|dial up|dial up modem|modem 56k|fax|fax machine|telecopieur|minitel",
        lowpass={"cutoff_hz": 3500.0},
        bitcrush={"bits": 8.0, "rate_hz": 11025.0},
        highpass={"cutoff_hz": 150.0},
    ),
    _preset(
        "bad-line", "device", "a bad phone line: a narrow, crushed band",
        "bad phone line|bad line|bad phone|poor line|mauvaise ligne|ligne pourrie"
        "|ligne telephonique pourrie|crackly phone|telephone qui gresille"
        "|breaking up|bad cell reception|mauvais reseau|faible reseau|cutting out"
        "|keeps cutting out|visio qui coupe|appel qui coupe|ligne qui coupe",
        telephone={"low_hz": 450.0, "high_hz": 2800.0},
        distortion={"drive_db": 14.0, "mix": 0.6},
    ),
    _preset(
        "tin-can", "device", "inside a tin can: a narrow band and a short, bright metal ring",
        "tin can|in a tin can|boite de conserve|dans une boite de conserve|canette"
        "|soup can|can of soup|dans une canette|biscuit tin|boite en fer|paper towel tube"
        "|paper towel roll|toilet paper roll|toilet paper tube|cardboard tube|tube en carton"
        "|rouleau de papier toilette|rouleau d essuie tout|rouleau de sopalin|rouleau en carton"
        "|paper tube|tube de papier|seashell|sea shell|shell|coquillage|coquillages|conque|conch",
        telephone={"low_hz": 500.0, "high_hz": 4000.0},
        echo={"delay_ms": 4.0, "feedback": 0.55, "mix": 0.35},
        reverb={"decay_s": 0.2, "mix": 0.2, "predelay_ms": 0.0, "hf_decay": 1.0},
    ),
    _preset(
        "through-a-wall", "device", "through a wall or a door: only the lows get through",
        "behind a wall|behind the wall|through a wall|through the wall|through walls"
        "|through the walls|wall|walls|mur|murs|derriere le mur|derriere un mur"
        "|a travers le mur|a travers un mur|a travers les murs|next room|the next room"
        "|piece d a cote|la piece d a cote|chambre d a cote|salle d a cote|other room"
        "|the other room|l autre piece|l autre chambre|behind a door|behind the door"
        "|derriere la porte|derriere une porte|through the door|through a door"
        "|a travers la porte|closed door|porte fermee|door|doors|porte|portes|neighbour"
        "|neighbours|neighbor|neighbors|voisin|voisins|voisine|next door"
        "|upstairs|downstairs|a l etage|au dessus de chez moi|through the floor"
        "|through the ceiling|a travers le plafond|a travers le plancher|plafond"
        "|plancher|cloison|cloisons|partition|thin walls|thin wall|mur fin|mur mince"
        "|another room|une autre piece|murs fins|hotel wall"
        "|adjoining room|chambre voisine|piece voisine|appartement voisin"
        "|another apartment|next apartment|the next apartment|apartment next door"
        "|flat next door|the flat next door|neighbor s apartment|neighbour s flat"
        "|appartement d a cote|appart d a cote|l appartement d a cote|appartement du dessus"
        "|appartement du dessous|upstairs apartment"
        "|keyhole|through a keyhole|trou de la serrure|serrure|par la serrure|letterbox"
        "|mail slot|fente de la boite aux lettres",
        lowpass={"cutoff_hz": 400.0},
        reverb={"decay_s": 0.6, "mix": 0.2, "predelay_ms": 8.0},
    ),
    _preset(
        "through-a-window", "device", "through a closed window: muffled highs, quieter",
        "window|windows|fenetre|fenetres|through the window|through a window"
        "|a travers la fenetre|a travers une fenetre|behind the window|derriere la fenetre"
        "|outside my window|outside the window|sous ma fenetre|sous la fenetre|vitre"
        "|vitres|behind glass|derriere la vitre|=through glass|=through the glass|=through a glass"
        "|a travers la vitre|double glazing|double vitrage|car window|vitre de voiture"
        "|shop window|vitrine|aquarium glass",
        lowpass={"cutoff_hz": 1800.0}, gain={"db": -6.0},
        reverb={"decay_s": 0.5, "mix": 0.15, "predelay_ms": 10.0},
    ),
    _preset(
        "helmet", "device", "inside a helmet or visor: boxy, muffled, very close",
        "helmet|helmets|casque|casques|knight helmet|knight s helmet|heaume|visor|visiere"
        "|motorcycle helmet|casque de moto|diving helmet|armor|armour|armure|bucket helmet"
        "|inside his helmet|dans son casque|sous son casque|gas helmet|iron helmet",
        lowpass={"cutoff_hz": 3500.0}, eq={"mid_db": 3.0},
        reverb={"decay_s": 0.2, "mix": 0.25, "predelay_ms": 1.0},
    ),
    _preset(
        "headphones", "device", "headphones someone else wears: thin, tinny and quiet",
        "headphones|headphone|casque audio|headphone leak|leaking headphones"
        "|headphones leaking|someone s headphones|someone else s headphones|earphones"
        "|in ear monitors|musique qui sort du casque audio"
        "|fuite de casque|casque qui fuit|from headphones",
        highpass={"cutoff_hz": 700.0}, lowpass={"cutoff_hz": 6000.0}, gain={"db": -14.0},
    ),
    _preset(
        "cassette", "device", "a cassette or VHS tape: hiss, a soft top and a slow wobble",
        "cassette|cassettes|cassette tape|tape|tapes|k7|old tape|vieille cassette|vhs"
        "|vhs tape|cassette vhs|walkman|baladeur|mixtape|tape recorder|magnetophone"
        "|reel to reel|bande magnetique|dictaphone|home video|camcorder|camescope"
        "|old home video|video de vacances|tape deck|platine cassette|cassette audio"
        "|boombox|ghetto blaster|radio cassette|radiocassette|decadecassette|vieille bande"
        "|bande usee|bande abimee|vieille bande magnetique|old reel|worn tape|bande qui pleure",
        noise={"kind": 0.0, "level_db": -36.0},  # hiss
        lowpass={"cutoff_hz": 7000.0}, highpass={"cutoff_hz": 80.0},
        vibrato={"rate_hz": 0.6, "depth_semitones": 0.08},  # wow
    ),
    _preset(
        "answering-machine", "device", "an answering machine: a phone band on a worn tape",
        "answering machine|repondeur|repondeur telephonique|message on the answering machine"
        "|message sur le repondeur|tape answering machine|old voicemail|vieux repondeur"
        "|machine a message|answerphone",
        telephone={"low_hz": 300.0, "high_hz": 3400.0},
        noise={"kind": 0.0, "level_db": -38.0},  # hiss
        distortion={"drive_db": 6.0, "mix": 0.3},
    ),
    _preset(
        "assistant", "device", "a voice assistant: clean and even, from a small smart speaker",
        "siri|alexa|google assistant|hey google|ok google|cortana|voice assistant"
        "|assistant vocal|assistante vocale|smart speaker|enceinte connectee|text to speech"
        "|tts|synthese vocale|voix de synthese|automated voice|voix automatique"
        "|automated message|message automatique|serveur vocal|phone menu|standard automatique",
        compressor={}, radio={"low_hz": 250.0, "high_hz": 7000.0, "drive_db": 2.0},
        eq={"mid_db": 2.0},
    ),
    _preset(
        "vintage-mic", "device", "an old microphone: warm, narrow and slightly driven",
        "vintage microphone|vintage mic|old microphone|old mic|vieux micro|micro vintage"
        "|micro ancien|ribbon mic|ribbon microphone|micro a ruban|crooner|crooners|rat pack"
        "|sinatra|old timey|old fashioned|a l ancienne|retro voice|voix retro"
        "|big band singer|chanteur de charme|old school mic",
        highpass={"cutoff_hz": 120.0}, lowpass={"cutoff_hz": 6000.0},
        eq={"low_db": 2.0, "mid_db": 3.0}, distortion={"drive_db": 4.0, "mix": 0.2},
    ),
    _preset(
        "spaceship", "device", "a spaceship's comms: a narrow band with a metallic ring",
        "spaceship|spaceships|space ship|vaisseau|vaisseau spatial|vaisseaux|starship"
        "|space station|station spatiale|spacecraft|navette|navette spatiale|space shuttle"
        "|spaceship intercom|sci fi|scifi|science fiction|star trek|starfleet|enterprise"
        "|bridge of the ship"
        "|passerelle|ship computer|ordinateur de bord|mothership|vaisseau mere|spacesuit"
        "|combinaison spatiale|casque d astronaute|space helmet"
        "|en orbite|in orbit|orbit|iss"
        "|space call|appel depuis l espace|mars|on mars|sur mars|space mission"
        "|mission spatiale"
        "|=from space|=from outer space|=depuis l espace|=from the space station"
        "|deep space|from deep space|in deep space|espace lointain|l espace lointain"
        "|depuis l espace lointain|galaxie lointaine|far away galaxy|distant galaxy",
        telephone={"low_hz": 350.0, "high_hz": 4000.0},
        ringmod={"carrier_hz": 40.0, "mix": 0.2},
        reverb={"decay_s": 0.7, "mix": 0.2, "predelay_ms": 5.0},
    ),
    # -------------------------------------------------------------- distance
    _preset(
        "far-away", "distance", "far from the listener: duller, quieter, more room",
        "far away|far|faraway|far off|distant|distante|distants|distance|in the distance"
        "|au loin|loin|lointain|lointaine|lointains|from afar|de loin"
        "|across the street|de l autre cote de la rue|across the room|across the hall"
        "|au bout du couloir|end of the corridor|at a distance|a distance|remote"
        "|off in the distance|from a distance|back of the room|fond de la salle"
        "|in the background|en arriere plan|arriere plan|background|further away"
        "|plus loin|far back|down the hall|down the street|au bout de la rue"
        "|on the horizon|a l horizon|faint|barely audible|a peine audible"
        "|other side of the room|the other side of the room|other end of the room"
        "|far side of the room|autre bout de la piece|l autre bout de la piece"
        "|bout de la piece|au fond de la piece"
        "|across the hall from me|other end of the hall|back of the class|back of a classroom"
        "|back of the classroom|fond de la classe|au fond de la classe|fond de la salle"
        "|back row|dernier rang|au dernier rang|=at the back of the room|=au fond du couloir"
        "|=au fond de la salle|=au fond du jardin|=au fond de la cour|=au fond du hall",
        lowpass={"cutoff_hz": 3000.0},
        reverb={"decay_s": 2.0, "mix": 0.5, "predelay_ms": 40.0},
        gain={"db": -8.0},
    ),
    _preset(
        "close-up", "distance", "very close to the microphone: more chest and presence",
        "close up|up close|close|closeup|near|nearby|proche|=tout pres|=de pres|=tres pres|intimate"
        "|intime|in my ear|in your ear|a l oreille|dans l oreille|dans mon oreille|proximity"
        "|proximite|close mic|close miked|close to the mic|pres du micro|collé au micro"
        "|colle au micro|on mic|asmr|right next to me|face to face"
        "|en face|tete a tete|confidential|confidentiel|=next to me|=next to my ear|=next to you"
        "|=next to your ear|=next to the mic|=a cote de moi|=juste a cote de moi|=a cote de toi",
        eq={"low_db": 4.0, "mid_db": 2.0},
    ),
    # ------------------------------------------------------------- character
    _preset(
        "darth-vader", "character", "a big masked villain: low, chesty, slightly driven",
        "darth vader|vader|darth|dark vador|vador|sith|sith lord|seigneur sith|kylo ren|bane"
        "|gas mask|masque a gaz|respirator|respirateur|breathing mask|masque respiratoire"
        "|mask villain|iron mask|masque de fer",
        pitch={"semitones": -3.0}, eq={"low_db": 5.0, "mid_db": 3.0},
        distortion={"drive_db": 8.0, "mix": 0.3},
        reverb={"decay_s": 0.3, "mix": 0.15, "predelay_ms": 2.0},
    ),
    _preset(
        "ghost", "character", "a ghost: breathy, far, long and echoing",
        "ghost|ghosts|ghostly|fantome|fantomes|spectre|spectres|specter|spirit|spirits"
        "|esprit|esprits|phantom|phantoms|apparition|apparitions|haunted|hante|hantee"
        "|hantes|poltergeist|banshee|spooky|eerie|sinistre|creepy"
        "|flippant|flippante|undead|mort vivant|morts vivants|wraith|revenant|revenants"
        "|ethereal|ethere|etheree|otherworldly|haunting|lugubre|macabre|halloween"
        "|maison hantee|haunted house|chateau hante|haunted castle|voice from beyond"
        "|voix d outre tombe|outre tombe|beyond the grave|spiritual medium|seance|spectral"
        "|skeleton|squelette|squelettes|spirit voice|voix d esprit|banshee scream"
        "|dame blanche|white lady|will o the wisp|feu follet|haunted voice|voix hantee"
        "|cimetiere|graveyard|cemetery|ectoplasm|ectoplasme|casper"
        "|uncanny|chilling|spine chilling|hair raising|glacant|glacante|frisson|frissons"
        "|paranormal|supernatural|surnaturel|surnaturelle|fantomatique|spectrale|spookier"
        "|creepier|creepiest|eerier|sinistre a souhait|froid dans le dos",
        whisper={"amount": 0.35},
        echo={"delay_ms": 450.0, "feedback": 0.45, "mix": 0.3},
        reverb={"decay_s": 4.5, "mix": 0.5, "predelay_ms": 40.0},
        vibrato={"rate_hz": 0.8, "depth_semitones": 0.25},
    ),
    _preset(
        "alien", "character", "an alien: a metallic ring over a shifted voice",
        "alien|aliens|extraterrestre|extraterrestres|extra terrestre|extra terrestrial"
        "|extraterrestrial|martian|martians|martien|martiens|ufo|ovni|ovnis|space creature"
        "|creature de l espace|xenomorph|klingon|klingons|predator|invader|invaders"
        "|envahisseur|envahisseurs|grey alien|petit homme vert|little green men"
        "|venusian|venusien|from outer space|outer space|espace intersideral"
        "|cosmic|cosmique|galactic|galactique|mutant|mutants|stitch|weird|weirder|weirdest"
        "|strange|etrange|etranges|bizarre|bizarres|odd|wacky|funky|loufoque|chelou|zarbi"
        "|freaky|unnatural|pas naturel|pas naturelle|otherworldly voice|inhuman|inhumain"
        "|inhumaine",
        ringmod={"carrier_hz": 80.0, "mix": 0.5}, pitch={"semitones": 3.0},
        vibrato={"rate_hz": 7.0, "depth_semitones": 0.4},
    ),
    _preset(
        "dalek", "character", "a Dalek: harsh ring modulation at a low carrier",
        "dalek|daleks|cyberman|cybermen|exterminate|exterminer",
        ringmod={"carrier_hz": 30.0, "mix": 1.0}, distortion={"drive_db": 6.0, "mix": 0.5},
    ),
    _preset(
        "wizard", "character", "a wizard: a wise, resonant voice in a stone room",
        "wizard|wizards|magicien|magiciens|sorcerer|sorcerers|sorcier|sorciers|mage|mages"
        "|gandalf|dumbledore|merlin|enchanteur|enchanter|druid|druide|shaman|chaman"
        "|wise wizard|old wizard|vieux magicien|grand sorcier|archmage|archimage",
        pitch={"semitones": -2.0}, eq={"low_db": 2.0},
        reverb={"decay_s": 1.8, "mix": 0.3, "predelay_ms": 15.0},
    ),
    _preset(
        "giant-robot", "character", "a giant robot: low, metallic and driven",
        "optimus prime|optimus|transformers|megatron|autobot|autobots|decepticon"
        "|decepticons|mecha|mech|mechas|robot geant|huge robot|colossal robot|iron giant"
        "|geant de fer|gundam|evangelion|jaeger|pacific rim|war machine",
        pitch={"semitones": -5.0, "formants": 1.0}, ringmod={"carrier_hz": 60.0, "mix": 0.35},
        distortion={"drive_db": 6.0, "mix": 0.3}, eq={"low_db": 3.0},
    ),
    _preset(
        "cyber", "character", "an AI or cyberpunk voice: digital, with a metallic edge",
        "cyberpunk|hacker|hackers|hackeur|matrix|ia|artificial intelligence"
        "|intelligence artificielle|hal|skynet|synth voice"
        "|digital voice|voix numerique|digital|numerique|hologram|hologramme"
        "|virtual assistant|vocaloid|deepfake|computer generated|cyber|cybernetic"
        "|cybernetique|netrunner|blade runner|replicant|replicante|glados|jarvis|futuristic"
        "|futuriste|from the future|du futur|voix du futur"
        "|holographic|holographique|holo|hologram message|message holographique|projection"
        "|=an ai|=the ai|=evil ai|=ai voice|=an ai voice|=like an ai|=a rogue ai|=une ia"
        "|=voix d ia",
        ringmod={"carrier_hz": 120.0, "mix": 0.3}, bitcrush={"bits": 10.0, "rate_hz": 16000.0},
        eq={"high_db": 2.0},
    ),
    _preset(
        "gruff", "character", "a raspy, gravelly voice (Batman): lower, rough and close",
        "batman|bruce wayne|dark knight|the dark knight|chevalier noir"
        "|eraille|erailee|voix eraillee|smoker|smokers voice|fumeur"
        "|voix de fumeur|whiskey voice|whisky voice|grizzled|tough guy|dur a cuire"
        "|noir detective|detective de film noir|growly|grumbly|clint eastwood|brando"
        "|marlon brando|gruff|bourru|bourrue|rocailleux|rocailleuse|voix rocailleuse"
        "|gravelly|gravelly voice|voix graveleuse|graveleux|graveleuse",
        pitch={"semitones": -3.0}, distortion={"drive_db": 10.0, "mix": 0.35},
        eq={"low_db": 3.0, "mid_db": 2.0},
    ),
    _preset(
        "demon", "character", "a demon: very low, driven, in a dark space",
        "=boss in a video game|=boss in a game|=game boss|=boss fight voice"
        "|demon|demons|demonic|demoniaque|demoniaques|devil|devils|diable|diables|satan"
        "|lucifer|hellish|infernal|infernale|possessed|possede|possedee|exorcist|exorciste"
        "|evil spirit|mauvais esprit|beelzebub|belzebuth|hell|enfer|underworld|enfers"
        "|dark lord|seigneur des tenebres|hellhound|balrog|sauron|lich|necromancer"
        "|necromancien|nazgul|ringwraith|cerberus|cerbere|fiend|succubus|incubus|zombie|zombies"
        "|horror"
        "|horreur|horror movie|film d horreur|slasher|scary|scarier|scariest|frightening"
        "|terrifying|terrifiant|terrifiante|fait peur|qui fait peur|peur|effrayant|effrayante"
        "|nightmare|cauchemar|monstrous voice|voix d outre monde"
        "|venom|mummy|momie|momies|devil voice|voix du diable|exorcism|possession|ghoul|goule"
        "|monster from hell|creature des enfers|evil demon|nightmare voice|voix de cauchemar"
        "|final boss|boss final|video game boss|boss de jeu video|boss fight|combat de boss"
        "|raid boss|end boss|dernier boss|big boss"
        "|diabolical|diabolique|wicked|sadistic|sadique|vicious|demented|dement|demente"
        "|terrifying voice|horrifying|horrible|horrifique|effroyable|epouvantable|affreux"
        "|affreuse|monstrueusement|maudit|maudite|cursed|damned|damne|damnee",
        pitch={"semitones": -8.0, "formants": 1.0}, distortion={"drive_db": 12.0, "mix": 0.6},
        reverb={"decay_s": 1.8, "mix": 0.3, "predelay_ms": 15.0},
    ),
    _preset(
        "villain", "character", "a cartoon or movie villain: lower, gritty, in a lair",
        "villain|villains|cartoon villain|mechant|mechante|mechants|mechant de dessin anime"
        "|supervillain|super villain|super mechant|bad guy|evil villain|dr evil"
        "|mad scientist|savant fou|joker|evil|malefique|sinister"
        "|warlock|evil king|roi malefique|tyrant|tyran|overlord|emperor|empereur"
        "|mastermind|cerveau du crime|henchman|gangster|mafia|mafioso|parrain|godfather"
        "|vampire|vampires|dracula|nosferatu|voldemort|darth maul|scar|jafar|ursula"
        "|maleficent|malefique voice|bad guy voice|voix de mechant|evil laugh"
        "|rire machiavelique|machiavelique|cruella|hannibal|hannibal lecter|big bad wolf"
        "|grand mechant loup|bond villain|james bond villain|mechant de james bond"
        "|mechant de bond",
        pitch={"semitones": -3.0}, distortion={"drive_db": 6.0, "mix": 0.3},
        reverb={"decay_s": 1.2, "mix": 0.2, "predelay_ms": 10.0},
    ),
    _preset(
        "witch", "character", "an old witch: higher, thin and wavering",
        "witch|witches|sorciere|sorcieres|hag|crone|old witch|vieille sorciere|harpy|harpie"
        "|baba yaga|gollum|smeagol|evil stepmother|maratre|old crone|fairy godmother"
        "|marraine la fee",
        pitch={"semitones": 3.0}, vibrato={"rate_hz": 6.0, "depth_semitones": 0.4},
        highpass={"cutoff_hz": 300.0},
    ),
    _preset(
        "old-person", "character", "an elderly voice: thin and trembling",
        "old man|old woman|old lady|old person|elderly|vieillard|vieille dame|vieux monsieur"
        "|vieille femme|vieil homme|personne agee|grandpa|grandfather|grand pere|grandma"
        "|grandmother|grand mere|granny|papy|papi|mamie|mami|senior|aged|ancestor|ancetre"
        "|centenarian|centenaire|yoda|older|plus vieux|plus vieille|plus agee|plus age|vieillir"
        "|vieillie|shaky old voice|=voix de vieux|=une voix de vieux|petite vieille|petit vieux"
        "|vieille peau"
        "|gandalf voice|wise old man|vieux sage|vieil ermite|hermit|ermite|granddad|grandad"
        "|old timer|great grandmother"
        "|arriere grand mere|nursing home|maison de retraite|retired|retraite",
        vibrato={"rate_hz": 5.0, "depth_semitones": 0.35}, eq={"low_db": -3.0},
    ),
    _preset(
        "god", "character", "a god or an epic voice: low, vast and resonant",
        "god|gods|dieu|dieux|deity|divinite|divine|divin|divine voice|voix divine|almighty"
        "|tout puissant|zeus|odin|thor|voice of god|voix de dieu|movie trailer|trailer voice"
        "|bande annonce|epic narrator|titan voice|oracle|prophet|prophete"
        "|burning bush|buisson ardent|from the heavens|du ciel"
        "|tonitruant|tonitruante|majestic|majestueux|majestueuse|trailer|trailers|genie"
        "|genies|djinn|djinns|jinn|genie de la lampe|genie of the lamp|aladdin s genie",
        pitch={"semitones": -4.0}, eq={"low_db": 4.0},
        reverb={"decay_s": 4.0, "mix": 0.35, "predelay_ms": 40.0},
    ),
    _preset(
        "angel", "character", "an angel: a light, doubled voice in a vast space",
        "angel|angels|ange|anges|angelic|angelique|angeliques|heavenly|celeste|celestial"
        "|paradise|paradis|heaven|cieux|choir of angels|chorale d anges|seraph|seraphin"
        "|archangel|archange|holy|saint|sainte|sacred|sacre|sacree|hymn|hymne",
        chorus={"mix": 0.4}, pitch={"semitones": 2.0},
        reverb={"decay_s": 4.0, "mix": 0.45, "predelay_ms": 30.0},
    ),
    # ------------------------------------------------------------------ mood
    _preset(
        "dreamy", "mood", "dreamy or ethereal: a soft doubled voice in a long, dark reverb",
        "dreamy|dream|dreamlike|dreamlike voice|reveur|reveuse|onirique|reve|dans un reve"
        "|like a dream|comme dans un reve|hazy|brumeux|brumeuse|vaporeux|vaporeuse|floaty"
        "|floating|flottant|flottante|lush|luxuriant|planant"
        "|planante|shoegaze|soft focus"
        "|magical|magique|feerique|fairy tale|conte de fees"
        "|whimsical|fantaisiste|fantastical|fantasy|fantastique|aerien|aerienne"
        "|vaporwave|cloudy|nuageux|surreal|surreel|surreelle|hypnotic|hypnotique|trance"
        "|transe|daydream|reverie|songe|dreamy voice|voix de reve|ambient music|envoutant"
        "|memory|memories|faded memory|souvenir|souvenirs|flashback|flashbacks|reminiscence"
        "|fog|foggy|brouillard|mist|misty|brume|dans la brume|in the fog|dans le brouillard"
        "|in my head|dans ma tete|inner voice|voix interieure|inner monologue|thoughts|pensees"
        "|monologue interieur|voice in my head|telepathy|telepathie"
        "|envoutante|bewitching|enchanting|captivating|captivant|captivante|mesmerizing"
        "|mesmerising|hypnotisant|hypnotisante|ensorcelant|ensorcelante|siren song",
        chorus={"mix": 0.35}, reverb={"decay_s": 3.5, "mix": 0.45, "predelay_ms": 30.0},
        lowpass={"cutoff_hz": 7000.0},
    ),
    _preset(
        "spacey", "mood", "spacey: long reverb with a trailing echo",
        "spacey|spacy|spaced out|space rock|interstellar|intersideral"
        "|intersiderale|trippy|psychedelic|psychedelique|psyche|planer"
        "|=in space|=in outer space|=into space|=dans l espace|=dans l espace intersideral",
        echo={"delay_ms": 400.0, "feedback": 0.45, "mix": 0.25},
        reverb={"decay_s": 5.0, "mix": 0.45, "predelay_ms": 40.0},
    ),
    _preset(
        "epic", "mood", "epic or cinematic: more low end and a big hall, same voice",
        "epic|epique|epiques|cinematic|cinematique|film score|grandiose|grandioses"
        "|=like a movie|=like in a movie|=like a film|=comme dans un film"
        "|=comme un film|=like the movies|=movie like|movie voice|voix de film"
        "|heroic|heroique|larger than life"
        "|blockbuster|hollywood|legendary|legendaire|triumphant|triomphant|triomphante"
        "|superhero|super hero|superheros|super heros|superhero voice|voix de super heros"
        "|hero voice|voix de heros|superman|captain america|wonder woman|thor voice|avengers"
        "|movie hero|heros de film|action movie|film d action|trailer hero"
        "|powerful|puissante|solemn|solennel|solennelle|dramatic|dramatique"
        "|theatrical|theatral|theatrale|bombastic|grandiloquent|imposing|imposant|imposante"
        "|monumental|monumentale|majestic voice|heroic voice|glorious|glorieux|glorieuse"
        "|victorious|victorieux|triumph|triomphe|anthem|hymne epique",
        eq={"low_db": 4.0, "high_db": 2.0},
        reverb={"decay_s": 3.5, "mix": 0.35, "predelay_ms": 35.0},
    ),
    _preset(
        "aggressive", "mood", "aggressive or angry: driven, squashed, forward",
        "aggressive|agressif|agressive|agressifs|angry|en colere|furious|furieux|furieuse"
        "|rage|enrage|enragee|rageur|rageuse|fierce|feroce|violent|violente|brutal|brutale"
        "|hardcore|metal voice|voix metal|screamo|enerve|enervee|enerves|enervees|venere"
        "|colerique|irrite|irritee|heavy metal|metal singer|chanteur de metal|death metal"
        "|savage|sauvage|wild|dechaine|dechainee|mad|pissed|pissed off|hostile"
        "|raging|livid|fou de rage|folle de rage|vener|agressivite"
        "|aggression|aggressivity|punk|hard rock|rock voice|voix rock|shouty"
        "|fache|fachee|en rogne|mean|nasty",
        distortion={"drive_db": 14.0, "mix": 0.7}, compressor={},
        eq={"mid_db": 3.0},
    ),
    # ----------------------------------------------------------------- speed
    _preset(
        "slow-motion", "speed", "slowed down like a tape, to 3/4: lower pitch, formants moved",
        "slow motion|slow mo|slo mo|ralenti|au ralenti|ralentie|voix ralentie|tape slowdown"
        "|slowed|slowed down|slowed voice|dragged|chopped and screwed|screwed|slowed tape"
        "|tape slowing down|bande ralentie|cassette ralentie|slowed and reverb"
        "|running out of battery|out of battery|low battery|dying battery|battery dying"
        "|winding down|batterie faible|plus de batterie|n a plus de batterie|qui se decharge"
        "|decharge|dying robot|dying batteries|dying battery|batteries dying|low batteries"
        "|dead batteries|piles a plat|pile a plat|piles faibles|piles mortes|pile faible"
        "|batteries faibles|batterie a plat|plus de piles|out of power|running out of power"
        "|losing power|power failure|power down|powering down|shutting down|plus d energie"
        "|panne de courant|=qui s eteint|=en train de s eteindre|panne de batterie"
        "|dying|mourant|mourante|agonizing|agonisant|agonisante|last breath|dernier souffle",
        pitch={"semitones": -5.0, "formants": 1.0},
    ),
    _preset(
        "sped-up", "speed", "sped up like a tape, to 4/3: higher pitch, formants moved",
        "sped up|speeded up|fast forward|avance rapide|accelere la voix|speed up the voice"
        "|nightcore|voix acceleree|bande acceleree|cassette acceleree|sped up voice",
        pitch={"semitones": 5.0, "formants": 1.0},
    ),
    _preset(
        "half-speed", "speed", "a tape at half speed: an octave lower, formants moved",
        "half speed|half the speed|at half speed|half time|halftime|demi vitesse"
        "|moitie de la vitesse|a moitie vitesse|moitie vitesse|a la moitie de la vitesse",
        pitch={"semitones": -12.0, "formants": 1.0},
    ),
    _preset(
        "double-speed", "speed", "a tape at double speed: an octave higher, formants moved",
        "double speed|twice the speed|at double speed|twice as fast|vitesse double"
        "|double vitesse|double la vitesse|vitesse doublee",
        pitch={"semitones": 12.0, "formants": 1.0},
    ),
    _preset(
        "mysterious", "mood", "mysterious: darker, with a long soft tail",
        "mysterious|mysterieux|mysterieuse|mysterieuses|mystery|mystere|enigmatic"
        "|enigmatique|secretive|intriguing|intrigant|intrigante|suspense|suspenseful"
        "|mystical|mystique|mystic|esoteric|esoterique|occult|occulte|cryptic|shadowy"
        "|nocturnal|nocturne|noir|film noir|mysterieusement|insolite",
        lowpass={"cutoff_hz": 5000.0}, echo={"delay_ms": 350.0, "feedback": 0.3, "mix": 0.2},
        reverb={"decay_s": 3.0, "mix": 0.4, "predelay_ms": 30.0},
    ),
    _preset(
        "ominous", "mood", "tense, anxious or oppressive: lower, darker, a heavy dark tail",
        "ominous|foreboding|dread|dreadful|tense|tension|tendu|tendue|anxious|anxiety"
        "|anxiogene|angoisse|angoissant|angoissante|angoissee|oppressive|oppressing|anxieux"
        "|anxieuse|inquiet|inquiete|worried|nervous wreck|sur les nerfs"
        "|oppressant|oppressante|oppression|suffocating|stifling|etouffant|etouffante"
        "|claustrophobic|claustrophobe|claustrophobique|unsettling|disturbing|derangeant"
        "|derangeante|inquietant|inquietante|inquietude|worrying|uneasy|malaise|glauque"
        "|malsain|malsaine|pesant|pesante|heavy atmosphere|ambiance lourde|atmosphere lourde"
        "|thriller|paranoid|paranoiaque|parano|stressful|stressant|stressante|stress"
        "|apocalyptic|apocalyptique|post apocalyptic|post apocalyptique|dystopian"
        "|dystopique|dystopie|bleak|desolate|desole|desolee|brooding|menace|threat|grim"
        "|menacing|menacant|menacante|threatening"
        "|sombre ambiance|ambiance sombre|dark ambient|dark mood|dark atmosphere|noirceur"
        "|nightmarish|cauchemardesque|troubling|troublant|troublante|sinistrement|funeste"
        "|sepulchral|sepulcral|sepulcrale|dark and scary|tenebreux|tenebreuse|tenebres",
        pitch={"semitones": -2.0}, lowpass={"cutoff_hz": 3500.0}, eq={"low_db": 3.0},
        reverb={"decay_s": 3.0, "mix": 0.35, "predelay_ms": 25.0},
    ),
    _preset(
        "scared", "mood", "scared or terrified: a trembling, breathy, slightly higher voice",
        "scared|terrified|afraid|frightened|fearful|panicked|panicking|panicky|petrified"
        "|trembling voice|shaky voice|voice shaking|scared voice|scared to death|frozen in fear"
        "|terrifie|terrifiee|effraye|effrayee|apeure|apeuree|peureux|peureuse|panique"
        "|paniquee|en panique|pris de panique|trouillard|trouillarde|froussard|froussarde"
        "|mort de peur|morte de peur|voix tremblante|voix qui tremble de peur|petrifie"
        "|petrifiee|tetanise|tetanisee|horrified|horrifie|horrifiee|spooked|=on edge|nervous"
        "|nerveux|nerveuse|stressed|stressed out|stresse|stressee|nervous voice|voix nerveuse"
        "|anxious voice|intimidated|intimide|intimidee|timid|timide|shy|stage fright|trac",
        pitch={"semitones": 1.0}, vibrato={"rate_hz": 7.0, "depth_semitones": 0.3},
        whisper={"amount": 0.2},
    ),
    _preset(
        "sad", "mood", "sad or melancholic: a little lower, duller, alone in a room",
        "sad|triste|tristes|melancholic|melancolique|melancholy|melancolie|lonely|solitaire"
        "|depressed|deprime|deprimee|gloomy|morose|heartbroken|nostalgic|nostalgique"
        "|about to cry|verge of tears|on the verge of tears|in tears|en larmes|au bord des larmes"
        "|sur le point de pleurer|=allais pleurer|=vais pleurer|=going to cry|=gonna cry"
        "|voix brisee|broken voice|choked up|gorge serree|la gorge nouee|sobbing voice"
        "|sorrowful|mournful|chagrin|chagrine|chagrinee|tragic|tragique|tearful|larmoyant"
        "|larmoyante|nostalgia|nostalgie|blue|blues|bluesy|desperate|desespere|desesperee"
        "|grieving|en deuil|funebre|funeral|enterrement|funerailles|abattu|abattue|unhappy"
        "|malheureux|malheureuse|somber|sombre et triste|wistful|melancholie|spleen"
        "|poignant|poignante|emouvant|emouvante|emotional|emotionnel|emotionnelle|moving"
        "|pathetique|miserable|heartbreaking|dechirant|dechirante|lonesome",
        pitch={"semitones": -1.0}, lowpass={"cutoff_hz": 4000.0},
        reverb={"decay_s": 2.5, "mix": 0.35, "predelay_ms": 20.0},
    ),
    _preset(
        "cheerful", "mood", "happy or cheerful: a touch higher and brighter",
        "happy|happier|cheerful|joyful|joyous|joyeux|joyeuse|gai|gaie|enjoue|enjouee|excited"
        "|excite|excitee|enthusiastic|enthousiaste|upbeat|bubbly|petillant|petillante"
        "|smiling|souriant|souriante|playful|espiegle|jovial|joviale|festive"
        "|festif|birthday|anniversaire|christmas|noel"
        "|fun|gleeful|merry|heureux|heureuse|content|contente|radieux|radieuse|sunny"
        "|ensoleille|ensoleillee|summery|estival|estivale|optimistic|optimiste|energetic"
        "|energique|lively|peppy|perky|chirpy|guilleret|guillerette|allegre|rejoui|rejouie"
        "|euphoric|euphorique|bright and happy|joie|joy|bonne humeur|cheery|hopeful"
        "|plein d espoir|pleine d espoir|espoir|hope|uplifting|inspiring|inspirant|inspirante"
        "|encourageant|encourageante|motivating|motivant|motivante|motivational|positif"
        "|jolly|dynamic voice|voix dynamique|pep|punchy and happy|feelgood|kindergarten teacher"
        "|preschool teacher|nursery teacher|maitresse de maternelle|institutrice de maternelle"
        "|children s tv host|animateur pour enfants|animatrice pour enfants|kids show host",
        pitch={"semitones": 1.0}, eq={"high_db": 3.0, "mid_db": 1.0},
    ),
    _preset(
        "calm", "mood", "calm or soothing: warm, soft and in a gentle room",
        "calm|calmer|calme|relaxed|relaxing|relaxant|relaxante|detendu|detendue|soothing"
        "|apaisant|apaisante|peaceful|paisible|serene|serein|sereine|zen|meditation"
        "|meditative|meditatif|guided meditation|meditation guidee|bedtime story"
        "|histoire du soir|lullaby|berceuse|gentle voice|voix douce|tender|tendre|cosy voice"
        "|chill|chilled|chill out|chillout|laid back|tranquille|tranquil|pose|posee"
        "|douillet|douillette|cocooning|romantic|romantique|sensual|sensuel"
        "|sensuelle|sexy|sultry|seductive|seducteur|seductrice|suave|velvet"
        "|veloutee|smooth voice|voix veloutee"
        "|rassurant|rassurante|reassuring|comforting|reconfortant|reconfortante|quiet night"
        "|spa|massage|yoga|asmr calm|sleep story|wholesome|hygge",
        eq={"low_db": 2.0, "high_db": -2.0},
        reverb={"decay_s": 1.2, "mix": 0.2, "predelay_ms": 15.0},
    ),
    _preset(
        "icy", "mood", "icy or frozen: thin, glassy, with a cold shimmer",
        "icy|ice|frozen|freezing|glacial|glaciale|glace|glacee|gele|gelee|frosty|givre|givree"
        "|cold voice|voix froide|froid|froide|cold|ice queen|reine des neiges|snow queen"
        "|winter|hiver|arctic|arctique|polar|polaire|iceberg|banquise",
        highpass={"cutoff_hz": 200.0}, eq={"high_db": 4.0}, chorus={"mix": 0.3},
        reverb={"decay_s": 2.5, "mix": 0.3, "predelay_ms": 20.0},
    ),
    _preset(
        "sleepy", "mood", "sleepy or tired: a little lower, duller and breathy",
        "sleepy|tired|exhausted|drowsy|yawning|fatigue|fatiguee|fatigues|epuise|epuisee"
        "|endormi|endormie|somnolent|somnolente|ensommeille|ensommeillee|half asleep"
        "|a moitie endormi|a moitie endormie|bored|boring|ennuye|ennuyee|blase|blasee"
        "|ennuie|s ennuie|qui s ennuie|ennui|ennuyeux|ennuyeuse|monotonous voice|lasse|las"
        "|sleep talking|just woke up|reveil|au reveil|hungover|gueule de bois|sous somniferes",
        pitch={"semitones": -2.0}, lowpass={"cutoff_hz": 5000.0}, whisper={"amount": 0.2},
    ),
    _preset(
        "professional", "mood", "professional and polished: even, full and clear",
        "pro|studio quality|qualite studio|broadcast quality"
        "|radio quality|qualite radio|professionnel|professionnelle|son pro|son professionnel"
        "|voix pro|mastered|masterise|youtuber|youtubeur|youtube|streamer|twitch"
        "|corporate|presentation|conference|ted talk|keynote|e learning|tutorial|tutoriel"
        "|commercial|advert|advertisement|publicite|spot radio|jingle"
        "|tv commercial|publicite tele|radio ad|radio advert"
        "|better|sound better|nicer|sound nicer|prettier|more beautiful|beautiful|plus jolie"
        "|plus joli|plus belle|plus beau|embellis|embellir|ameliore|ameliorer"
        "|soigne|soignee",
        compressor={}, highpass={"cutoff_hz": 80.0},
        eq={"low_db": 2.0, "mid_db": 2.0, "high_db": 3.0},
    ),
]}


def _check() -> None:
    """Every preset names known categories, effects and parameters (run at import)."""
    for p in PRESETS.values():
        if p.category not in CATEGORIES:
            raise RuntimeError(f"preset {p.name!r}: unknown category {p.category!r}")
        for effect, params in p.chain.items():
            if effect not in EFFECTS:
                raise RuntimeError(f"preset {p.name!r}: unknown effect {effect!r}")
            for name in params:
                if name not in EFFECTS[effect].params:
                    raise RuntimeError(f"preset {p.name!r}: unknown parameter {effect}.{name}")


_check()
