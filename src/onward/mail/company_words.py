"""Word lists for reading employer names: the words that end them, the words around them that
are not part of them, and common words they are built from (to split ``kaleidopay``)."""

from __future__ import annotations

# Words that commonly end an employer's name ("Acme Bank", "Ridgeway Foods").
COMPANY_TAILS = frozenset(
    """
    academy accountants accounting advisors advisory aerospace africa agency ai air airlines
    airways america analytics apparel apps architects architecture asia associates association
    atlantic attorneys audit authority automation automotive aviation bakery bank banking
    barristers beauty bio biosciences bistro board books borough brands brewery brothers build
    builders cafe capital care chambers charity chemicals church city clinic clinics cloud co-
    op coffee collective college commerce commission communications company construction
    consultancy consultants consulting contracting contractors cooperative corp corporation
    cosmetics council county creative credit cruises cyber cybersecurity data defence defense
    dental department design designs development developments devices diagnostics digital
    distribution district drones dynamics electric electrical electronics energy engineering
    entertainment equipment estates europe events exports farm farms fashion federation films
    finance financial fire fitness food foods foundation freight fund funds furniture gallery
    games garden gardens gas genomics global gmbh group gym health healthcare holdings
    holidays homes hospital hospitals hotel hotels housing imports inc industries insights
    institute instruments insurance interactive interiors international investment investments
    jewellery jewelry joinery journal kitchen kitchens lab labs landscaping law learning legal
    lending libraries library llc llp loans logistics ltd machinery machines magazine
    manufacturing marine market markets materials media medical medicine metals mining
    ministry mobility money mortgage mortgages motors museum music network networks news
    nordic nurseries nursery office oil optics orchestra outdoor outfitters pacific packaging
    paper partners partnership pay payments pharma pharmaceuticals pharmacy photonics pictures
    plastics platform platforms plc plumbing police power practice precision press properties
    property publishing quantum radio realty records region renovations research restaurant
    restaurants retail robotics roofing salon satellites school schools science sciences
    security semiconductors service services shipping society software solicitors solutions
    sons spa space steel store stores studio studios supermarkets supplies supply surgery
    systems tax tech technologies technology telecom textiles theater theatre therapeutics
    tools tours trading transport travel trust union university utilities ventures veterinary
    vets water wealth wholesale works worldwide
    """.split()  # noqa: SIM905
)

# Words at the end of a display name or phrase that describe a department, a programme or
# the message, never the employer ("Acme Graduate Recruitment", "Acme Summer").
TRAILING_NOISE = frozenset(
    """
    acquisition admissions alert alerts analyst analysts application applications
    apprenticeship apprenticeships assessment assessments autumn campus candidate candidates
    career careers committee confirmation coordination crew decision early engineer engineers
    evening experience fall feedback fellowship fellowships graduate graduates hiring hq hr
    human insight internship internships interview interviews invitation jobs letter mailer
    newsletter noreply notification notifications offer offers operations opportunities opportunity
    ops outcome panel people portal postdoctoral program programme programmes programs
    recruiting recruitment reminder resources scheduling scheme schemes search spring status
    summer survey system talent team teams trainee trainees update updates winter
    recrutamento reclutamiento recrutement selección seleccion
    """.split()  # noqa: SIM905
)

# Other common words employer names are built from.
_OTHER_WORDS = frozenset(
    """
    account accounts amber amp anchor apple aqua art artist arts ash asset assets assist
    assistance auto badger bake baker base bay bear beaver bee bench berry birch bird bit
    black blue book box brain bread brew bridge bright built byte cake camp camping car cargo
    carpentry cash castle cat cedar cell central chef child children cinder class classes
    clear coast coastal cod code coin construct cook copper coral core counsel count country
    court crab craft crane creatives crest crow crown crystal cup deep deer delivery dent desk
    diamond dock dog dolphin dove eagle earth east eastern eat eco edge elm equity express
    falcon family feather field fields film finch fine first fish fleet flow flower flowers
    forest fork fox fresh fuel fun gable gate gem gen glass gold golden good goods gray green
    grey grid grow growth guard hair hand hands happy harbor harbour hare hart hawk heart help
    heron high hike hill hills home honey horse house hub hydro ink insight iron island jade
    journey joy justice kestrel key keys kids king lake lakes land lane lark leaf learn ledger
    letter life light line link lion live living loan lock logic logics loop made make maple
    mart matic matics med metrics mill mills mind moon motor mouse nail net new node north
    northern note numbers oak ocean old one onyx opal open orange orchard otter outdoors owl
    page paint painting park path peak pearl pen pepper pike pine plant plants play plumb
    point pony port print pulse pure purple quay queen quick quill rabbit rain raven red
    renovation ridge rights river rivers road robin rock roof rose royal ruby safe sail salmon
    salt sea secure seed seeds senior sense shark shell shield ship shop shore signal silver
    skin sky slate smart smile snow soft solar song sound south southern spark sparrow spice
    spoon stack stag star stats stone storm story street study style sugar summit sun support
    swan swift sync system table tale tallow tea teach teeth terra tiger tour tower town toy
    toys track trade trail tree trees trek trip trips tron tronics trout true tutor twine
    valley view village vine vineyard vita voice volt ware wave way wear web well west western
    whale wharf white willow wind wine wolf wood woods word words world wren yellow
    """.split()  # noqa: SIM905
)

COMPANY_WORDS = COMPANY_TAILS | _OTHER_WORDS

# Real cities, regions and countries job mail names as where a role is ("Site Manager -
# Leeds", "a fintech in Dubai"): alone, a place is no employer ("Dublin City University" is).
# Names that are as often a company's (Phoenix, Reading, Orange, Victoria) are left out.
PLACES = frozenset(
    place.replace("_", " ")
    for place in """
    aberdeen abu_dhabi accra adelaide amsterdam antwerp athens atlanta auckland austin
    baltimore bangalore bangkok barcelona basel belfast belgrade bengaluru berlin birmingham
    bogota bologna bordeaux boston bradford brisbane bristol brussels bucharest budapest
    buenos_aires cairo calgary cambridge canberra cape_town cardiff casablanca charlotte
    chennai chicago christchurch cincinnati cleveland cologne copenhagen cork coventry dallas
    delhi denver derby detroit doha dubai dublin dundee dunedin durban dusseldorf edinburgh
    edmonton eindhoven exeter frankfurt galway geneva genoa glasgow gothenburg guadalajara
    halifax hamburg hamilton hanoi helsinki hobart hong_kong honolulu houston hyderabad
    indianapolis istanbul jakarta jeddah johannesburg kampala karachi kiev kigali kilkenny
    krakow kuala_lumpur kyiv lagos lahore las_vegas leeds leicester leipzig lille limerick
    lisbon liverpool ljubljana london los_angeles lyon madrid malaga manchester manila
    marseille melbourne memphis mexico miami milan milwaukee minneapolis montreal moscow
    mumbai munich nairobi nantes naples nashville newcastle nice norwich nottingham oslo
    osaka ottawa oxford paris perth philadelphia pittsburgh plymouth porto portsmouth prague
    pune quebec riga rio riyadh rome rotterdam salford san_diego san_francisco san_jose
    santiago sao_paulo seattle seoul seville shanghai sheffield singapore sofia southampton
    stockholm stockport stuttgart sunderland swansea sydney taipei tallinn tampa tel_aviv
    tokyo toronto toulouse turin utrecht valencia vancouver venice vienna vilnius warsaw
    waterford wellington winnipeg wollongong york zagreb zurich
    ireland england scotland wales uk britain usa canada australia india germany france spain
    portugal italy netherlands belgium poland sweden norway denmark finland austria
    switzerland kenya nigeria ghana uganda rwanda tanzania egypt morocco uae qatar oman
    bahrain kuwait saudi_arabia malaysia indonesia philippines vietnam thailand japan china
    korea brazil argentina chile colombia peru emea apac latam europe new_york new_zealand
    south_africa united_kingdom united_states
    milano lisboa roma munchen wien koln warszawa praha wroclaw poznan gdansk lodz katowice
    cluj-napoca bucuresti sevilla zaragoza bilbao firenze torino napoli genova den_haag
    the_hague sindelfingen germiston pretoria cebu makati kochi quezon_city
    """.split()  # noqa: SIM905
)
# Words that go with a place and leave it a place ("Melbourne CBD", "Quebec City").
PLACE_WORDS = frozenset(
    """
    city cbd area region metro downtown greater central north south east west northern
    southern eastern western and
    """.split()  # noqa: SIM905
)

# Real recruitment agencies, squashed: they write about a client, never as the employer.
AGENCIES = frozenset(
    """
    roberthalf hays michaelpage pagepersonnel pageexecutive randstad adecco manpower
    manpowergroup kellyservices kforce hudson harveynash morganmckinley reed reedglobal
    spencerogden gattaca sthree computerfutures hayscareers allegis aerotek teksystems
    insightglobal kornferry heidrick spencerstuart egonzehnder russellreynolds
    """.split()  # noqa: SIM905
)
