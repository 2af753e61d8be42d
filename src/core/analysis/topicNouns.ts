// The things small businesses work on, make or provide, for naming what a complaint is about
// ("the damage to the rug", "the delay with the gallery"). Written by trade from general
// knowledge, not from any one email, so it holds on mail nobody here has seen. English, singular;
// plurals are matched by the finder. People and animals are left out on purpose: "the damage to
// the dog" is not a sentence to send.

/** Something of the customer's that we worked on: "our work on the furnace". */
const PROPERTY = [
  // home: structure, rooms and fittings
  "roof|gutter|downspout|flashing|chimney|skylight|siding|fascia|soffit|insulation|attic|loft|basement|foundation|driveway|patio|deck|porch|fence|gate|garage door|garage",
  "ceiling|wall|drywall|plaster|floor|flooring|hardwood floor|tile|grout|carpet|rug|stair|staircase|banister|window|bay window|window frame|glass|door|front door|door frame|lock|deadbolt|smart lock|keypad",
  "kitchen|bathroom|bedroom|cabinet|countertop|worktop|sink|tap|faucet|toilet|shower|bathtub|vanity|drain|sewer line|pipe|water line|supply line|water heater|boiler|furnace|heater|heat pump",
  "air conditioning|air conditioner|ac unit|thermostat|vent|vent pipe|duct|ductwork|radiator|fireplace|wiring|outlet|socket|light fitting|light fixture|fuse box|breaker panel|electrical panel|ceiling fan|extractor fan",
  "oven|stove|hob|cooktop|range hood|fridge|refrigerator|freezer|dishwasher|washing machine|washer|dryer|tumble dryer|microwave|appliance|garbage disposal|water softener",
  "alarm|alarm system|smoke alarm|carbon monoxide alarm|security camera|doorbell|intercom|blinds|curtains|shutters|paintwork|wallpaper|mirror|shelving",
  // outside
  "lawn|garden|hedge|tree|flower bed|irrigation|sprinkler|drip line|pool|pool pump|hot tub|pond|shed|greenhouse|yard|back yard|front yard|gravel|paving|retaining wall|solar panel",
  // vehicles and machines
  "car|vehicle|van|truck|tyre|tire|brakes|engine|battery|gearbox|transmission|windscreen|windshield|bumper|exhaust|clutch|suspension|driver door|paint job|bike|e-bike|bicycle|scooter|motorbike|motorcycle",
  // devices and accounts we set up or fix
  "laptop|computer|desktop|printer|phone|tablet|screen|television|tv mount|monitor|router|network|wifi|server|backup|website|email account|mailbox|domain|software",
  // things brought in for care
  "suit|dress|wedding dress|jacket|coat|shirt|trousers|robe|shoes|boots|watch|ring|necklace|jewellery|jewelry|glasses|sofa|couch|armchair|mattress|upholstery|piano|painting",
];

/** Something we made, sold or delivered: "the poor standard of the cake". */
const PRODUCT = [
  "order|parcel|package|delivery",
  "cake|wedding cake|birthday cake|cupcake|dessert|bread|pastry|pie|meal|food|dinner|lunch|breakfast|buffet|canapé|canape|platter|sandwich|pizza|curry|main course|starter|menu|wine|coffee",
  "flowers|bouquet|arrangement|wreath|centrepiece|centerpiece|corsage|buttonhole|balloon|ribbon|banner|signage",
  "prints|invitation|business card|flyer|brochure|poster|label|sticker|photo book|album|canvas|embroidery|engraving|monogram|logo|artwork",
  "photos|photographs|gallery|video|footage|recording|slideshow",
  "furniture|table|chair|desk|wardrobe|dresser|bed|bed frame|bookcase|shelf|blind|curtain|rug|lamp",
  "glasses|lenses|contact lenses|hearing aid|prescription|medication|medicine|tablets|pills|dose|crown|filling|denture|implant|retainer|brace",
  "report|document|documents|paperwork|contract|tax return|accounts|payroll|invoice|quote|estimate|certificate|translation",
  "voucher|gift card|gift voucher|ticket|tickets|keys|key card|check-in code|door code|alarm code|password",
];

/** An occasion or a visit: "nobody turned up for the appointment". */
const SERVICE = [
  "appointment|visit|booking|reservation|consultation|check-up|checkup|inspection|survey|assessment|service call|callout|call-out|site visit",
  "installation|repair|maintenance|cleaning|deep clean|end of tenancy clean|carpet clean|treatment|pest control|extermination",
  "removal|collection|pickup|pick-up|drop-off|shuttle|tour|trip|flight|check-in|hotel room|holiday",
  "wedding|party|event|reception|ceremony|celebration|dinner party|christening|funeral|birthday party|anniversary",
  "haircut|colour|color|highlights|blow-dry|manicure|pedicure|nails|massage|facial|tattoo|piercing",
  "lesson|class|course|tuition|training|coaching|exam",
  "grooming|boarding|kennel|daycare|nursery|pick-up",
  "permit|warranty|warranty visit|subscription|membership|contract|account|deposit|payment|refund request",
];

export type TopicKind = "property" | "product" | "service";

function entries(lines: string[], kind: TopicKind): [string, TopicKind][] {
  return lines.flatMap((l) => l.split("|")).map((w) => [w, kind]);
}

/** Every topic noun and its kind; where a word is in two lists, the first list wins. */
export const TOPIC_NOUNS: ReadonlyMap<string, TopicKind> = new Map([...entries(PROPERTY, "property"), ...entries(SERVICE, "service"), ...entries(PRODUCT, "product")].reverse());
