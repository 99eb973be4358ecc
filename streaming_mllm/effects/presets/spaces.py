"""Presets by space: The size and material of the space around the voice: longer decays for
bigger spaces, brighter ones for hard walls."""

from __future__ import annotations

from .base import Preset, preset

PRESETS: tuple[Preset, ...] = (
    preset(
        "closet", "space", "a tiny enclosed space: very short, boxy reflections",
        "closet|closets|placard|placards|cupboard|armoire|wardrobe|penderie|booth|cabine"
        "|confessional|confessionnal|confessionnaux|confession booth|dishwasher"
        "|lave vaisselle|washing machine|machine a laver|lave linge|tumble dryer"
        "|seche linge|mri|mri machine|irm|scanner irm|oven|microwave|micro ondes"
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
        "|submarine cabin|small car|submarine|inside a submarine|=dans un sous marin"
        "|=a bord d un sous marin|=depuis un sous marin|=le sous marin|=un sous marin"
        "|fridge|refrigerator|frigo|refrigerateur|freezer|congelateur|oven|microwave"
        "|chambre froide|chambres froides|walk in freezer|cold room|cold storage"
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
    preset(
        "bathroom", "space", "a small space with hard, tiled walls: short and bright",
        "bathroom|bathrooms|salle de bain|salle de bains|salle d eau|shower|showers|douche"
        "|=sale de bain|=sale de bains|=sdb|bathrom|bathroon"
        "|douches|tiled|tiled room|tiles|carrelage|carrele|carrelee|faience|restroom"
        "|restrooms|toilets|toilet|toilettes|wc|lavatory|lavabo|washroom|locker room"
        "|vestiaire|vestiaires|sauna|hammam|steam room|kitchen|cuisine|laundry|buanderie"
        "|changing room|cabine d essayage|tiled corridor|hospital|hopital|morgue|bathtub"
        "|baignoire|bath|bain",
        reverb={"decay_s": 1.0, "mix": 0.35, "predelay_ms": 3.0}, eq={"high_db": 2.0},
    ),
    preset(
        "room", "space", "an ordinary room: a short, soft decay",
        "room|rooms|piece|pieces|chambre|chambres|salle|living room|salon|sejour|bedroom"
        "|jazz club|club de jazz|piano bar|cabaret|lounge|small club|petit club"
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
    preset(
        "hall", "space", "a large hall: a long, open decay",
        "hall|halls|concert hall|auditorium|auditoriums|theater|theatre|theatres|salle de"
        " concert|salle de spectacle|opera|opera house|warehouse|entrepot|ballroom"
        "|salle de bal|gymnasium|gym|gymnase|salle de sport|museum|musee|atrium"
        "|grande piscine|piscine carrelee|piscine couverte|tiled pool"
        "|big pool|large pool|indoor pool|swimming pool hall|piscine municipale|public pool"
        "|departures|departs des trains|departures board|train departures"
        "|lecture hall|amphitheatre|building|buildings|batiment|batiments|immeuble de bureaux"
        "|chapiteau|circus tent|big top"
        "|office building|train platform"
        "|railway platform|station platform|subway platform|quai de metro|quai du metro"
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
        "|swimming pool|indoor pool|piscine couverte|stage|on stage|=sur scene|=sur la scene"
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
    preset(
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
        "|precheur|precheurs|precheuse"
        "|rabbin",
        reverb={"decay_s": 3.0, "mix": 0.35, "predelay_ms": 20.0},
    ),
    preset(
        "cathedral", "space", "a cathedral: a very long, dense decay",
        "cathedral|cathedrals|cathedrale|cathedrales|basilica|basilique|basiliques|dome"
        "|pantheon|mausoleum|mausolee|nave|nef|notre dame|st paul s|saint pierre"
        "|st peter s|westminster|minster|huge church|grande eglise|temple immense"
        "|pyramid|pyramide|grand temple|sistine|sixtine",
        reverb={"decay_s": 4.0, "mix": 0.4, "predelay_ms": 30.0},
    ),
    preset(
        "cave", "space", "a cave, tunnel or well: a dark, hollow decay with early echoes",
        "cave|caves|cavern|caverns|caverne|cavernes|grotte|grottes|tunnel|tunnels"
        "|underground parking|underground parking lot|underground garage|underground car park"
        "|=underground parking garage|cuve|cuves|cuve a vin"
        "|parking garage|underground|souterrain"
        "|souterraine|sous terre"
        "|puits|=water well|=wishing well|=a wishing well|=a water well|fond du puits"
        "|dungeon|dungeons|donjon|donjons|cachot|cachots|oubliette|mineshaft"
        "|mine shaft|mines|in the mines|dans la mine|sewer|sewers|egout|egouts|catacomb"
        "|catacombs|catacombe|catacombes"
        "|underground|souterrain|souterrains|bunker|bunkers|stairwell|staircase|escalier"
        "|escaliers|cage d escalier|parking garage|parking|parking souterrain|silo|tank"
        "|citerne|cistern|chimney|cheminee|subway|metro|subway tunnel"
        "|tunnel du metro|lair|repaire|antre|crypt|crypte|tomb|tombe|tombeau|vault|caveau"
        "|pit|fosse|gouffre|abyss|abime|chasm|hole|trou|burrow|terrier|grotto|rocher"
        "|hollow|creux|cellar vault|cave voutee|underpass|passage souterrain|bridge|soufflerie"
        "|wind tunnel|tunnel de soufflerie|hollow tree|arbre creux|tronc creux|hollow trunk"
        "|shaft|elevator shaft|lift shaft|cage d ascenseur"
        "|gaine d ascenseur|puits d ascenseur"
        "|under a bridge|under the bridge|sous un pont|sous le pont|pont|overpass|viaduct"
        "|viaduc|car park|parking lot underground"
        "|tunnel de metro|mine|mines de charbon|coal mine|gold mine"
        "|cavernous|dungeon cell|prison souterraine|basement tunnel"
        "|storm drain|water tank|reservoir|reservoir d eau|empty pool|piscine vide"
        "|chateau d eau|water tower"
        "|=in a well|=down a well|=into a well|=in the well|=down the well|=from a well"
        "|=inside a well|=at the bottom of a well|=from the bottom of a well|=in a deep well"
                "|dripping water|water dripping|eau qui goutte|goutte d eau|gouttes d eau|dripping"
        "|drip drip",
        reverb={"decay_s": 2.5, "mix": 0.4, "predelay_ms": 15.0},
        echo={"delay_ms": 90.0, "feedback": 0.25, "mix": 0.15},
    ),
    preset(
        "pipe", "space", "inside a pipe, a duct or a tube: a narrow resonance that rings,"
        " bright and short",
        "pipe|pipes|tuyau|tuyaux|metal pipe|tuyau en metal|tuyau metallique|drainpipe"
        "|drain pipe|drain|gutter|gouttiere|gouttieres|tube|tubes|tuyau de drainage"
        "|sewer pipe|water pipe|canalisation|canalisations|conduit|conduits|culvert|buse"
        "|air duct|ventilation duct|air vent|air vents|ventilation|gaine de ventilation"
        "|gaine d aeration|gaine|gaines|conduits d aeration|conduit d aeration|aeration"
        "|bouche d aeration|vent shaft|ventilation shaft|duct|ducts|ductwork|hvac|vents"
        "|pipeline|oleoduc|storm pipe|metal tube|tube en metal|tube metallique|steel pipe"
        "|boiler|chaudiere|oil drum|bidon"
        "|iron pipe|tuyau en fer|pvc pipe|tuyau en pvc|exhaust pipe|pot d echappement"
        "|didgeridoo|chimney flue|conduit de cheminee",
        echo={"delay_ms": 7.0, "feedback": 0.6, "mix": 0.35},
        eq={"low_db": -2.0, "mid_db": 4.0, "mid_hz": 1200.0},
        reverb={"decay_s": 0.8, "mix": 0.3, "predelay_ms": 1.0, "hf_decay": 1.0},
    ),
    preset(
        "stadium", "space", "a stadium or arena: a huge open space with a late slap",
        "stadium|stadiums|stade|stades|arena|arenas|arene|arenes|sports hall|palais des"
        " sports|velodrome|coliseum|colosseum|colisee|ballpark|football stadium|stade de"
        " foot|racetrack|circuit|circus|cirque|rally|rassemblement"
        "|festival|live concert|open air concert|bullring|grandstand|tribune|tribunes"
        "|football game|football match|soccer game|soccer match|match de foot|match de football"
        "|basketball game|match de basket|rugby match|match de rugby|baseball game|hockey game"
        "|boxing match|match de boxe|combat de boxe|fight night|wrestling match|match de catch"
        "|sports arena|olympic|olympique|terrain de foot|boxing ring|ring de boxe"
        "|wrestling|wwe|ufc|=de catch|=du catch",
        reverb={"decay_s": 3.5, "mix": 0.35, "predelay_ms": 40.0},
        echo={"delay_ms": 250.0, "feedback": 0.2, "mix": 0.15},
    ),
    preset(
        "canyon", "space", "a canyon or mountains: distinct, long echoes",
        "canyon|canyons|grand canyon|mountains|mountain|montagne|montagnes|valley|valleys"
        "|vallee|vallees|cliff|cliffs|falaise|falaises|gorge|gorges|ravine|ravin|fjord"
        "|fjords|alps|alpes|quarry|carriere|mountaintop|sommet|peak|glacier|desert canyon"
        "|mesa|crater|cratere|volcano|volcan|echo valley|gully|combe|cirque glaciaire",
        echo={"delay_ms": 600.0, "feedback": 0.4, "mix": 0.4},
        reverb={"decay_s": 1.5, "mix": 0.15, "predelay_ms": 30.0},
    ),
    preset(
        "outdoors", "space", "outdoors: almost dry, a faint distant reflection",
        "outdoors|outside|dehors|exterieur|en exterieur|open air|plein air|en plein air"
        "|=pont d un bateau|=pont du bateau|=sur le pont|=pont d un navire|=pont du navire"
        "|ship s deck|on deck|deck of a ship|=on the deck"
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
        "|ferry|yacht|=pirate ship|=a pirate ship|=bateau pirate|=un bateau pirate"
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
)
