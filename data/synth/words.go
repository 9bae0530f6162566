package synth

// The word lists the generator draws from. Every name is invented; some
// carry accents so that searches exercise folding.

var firstNames = [...]string{
	"Alice", "Amara", "Ana", "Anouk", "Arjun", "Aylin", "Beatriz", "Bruno", "Camille", "Chen",
	"Chiara", "Dalia", "Daniel", "Élodie", "Emeka", "Esther", "Fatima", "Felix", "François", "Grace",
	"Hana", "Hugo", "İlker", "Ines", "Jamal", "Jürgen", "Kai", "Kenji", "Lena", "Léa",
	"Lucía", "Malik", "Marta", "Mateo", "Mei", "Nadia", "Noah", "Oksana", "Omar", "Priya",
	"Quentin", "Rafael", "Ravi", "Rosa", "Sakura", "Samir", "Søren", "Sofia", "Tariq", "Thérèse",
	"Tomás", "Uma", "Valentin", "Wei", "Xavier", "Yara", "Yusuf", "Zainab", "Zoé", "Björn",
}

var lastNames = [...]string{
	"Abara", "Almeida", "Andersen", "Bauer", "Benali", "Brennan", "Castillo", "Çelik", "Chowdhury", "Costa",
	"Dubois", "Eriksen", "Fernández", "Fontaine", "García", "Gómez", "Haddad", "Hoffmann", "Ito", "Jensen",
	"Kaplan", "Kowalski", "Lefèvre", "Lindqvist", "Mahmoud", "Marchetti", "Müller", "Nakamura", "Nowak", "Okafor",
	"Olsen", "Öztürk", "Park", "Pereira", "Petrov", "Quispe", "Rahman", "Rossi", "Saito", "Schröder",
	"Silva", "Singh", "Sørensen", "Tanaka", "Thompson", "Ueda", "Van Dijk", "Vasquez", "Wagner", "Weiß",
	"Wiśniewski", "Xu", "Yamamoto", "Yilmaz", "Zhang", "Zhou", "Mbeki", "Núñez", "Łukasz", "Dvořák",
}

// orgSpec is an invented organisation.
type orgSpec struct{ id, name, kind string }

var orgList = [...]orgSpec{
	{"northwind-ai", "Northwind AI", "company"}, {"metaform-labs", "Metaform Labs", "lab"},
	{"lumiere-robotics", "Lumière Robotics", "company"}, {"nordlys-ai", "Nordlys AI", "company"},
	{"celik-systems", "Çelik Systems", "company"}, {"aether-labs", "Æther Labs", "lab"},
	{"acme-intelligence", "Acme Intelligence", "company"}, {"helix-compute", "Helix Compute", "company"},
	{"quanta-labs", "Quanta Labs", "lab"}, {"orbital-research", "Orbital Research", "lab"},
	{"parallax-ai", "Parallax AI", "company"}, {"cobalt-vision", "Cobalt Vision", "company"},
	{"meridian-data", "Meridian Data", "company"}, {"tessellate", "Tessellate", "company"},
	{"blue-harbor-capital", "Blue Harbor Capital", "fund"}, {"greyfield-ventures", "Greyfield Ventures", "fund"},
	{"kestrel-robotics", "Kestrel Robotics", "company"}, {"atelier-numerique", "Atelier Numérique", "company"},
	{"equinoxe-data", "Équinoxe Data", "company"}, {"polaris-labs", "Polaris Labs", "lab"},
	{"vireo-systems", "Vireo Systems", "company"}, {"sable-analytics", "Sable Analytics", "company"},
	{"fjord-cloud", "Fjord Cloud", "company"}, {"halcyon-ai", "Halcyon AI", "company"},
	{"ironwood-semi", "Ironwood Semiconductors", "company"}, {"juniper-speech", "Juniper Speech", "company"},
	{"kairos-labs", "Kairos Labs", "lab"}, {"lattice-foundry", "Lattice Foundry", "company"},
	{"monarch-annotation", "Monarch Annotation", "company"}, {"nimbus-labelling", "Nimbus Labelling", "company"},
	{"obsidian-security", "Obsidian Security", "company"}, {"pinecrest-capital", "Pinecrest Capital", "fund"},
	{"redshift-research", "Redshift Research", "lab"}, {"solstice-health", "Solstice Health AI", "company"},
	{"tandem-robotics", "Tandem Robotics", "company"}, {"umbra-vision", "Umbra Vision", "company"},
	{"wayfarer-maps", "Wayfarer Maps", "company"}, {"strasse-data", "Straße Data", "company"},
	{"ozturk-holdings", "Öztürk Holdings", "fund"}, {"zephyr-models", "Zephyr Models", "lab"},
}

var outlets = [...]string{
	"The Daily Ledger", "Wire & Signal", "Le Quotidien Numérique", "Tech Herald", "Byte Gazette",
	"La Gazette de l'IA", "Northern Post", "Capital Letters", "The Signal Room", "Data Desk Weekly",
	"L'Écho des Labos", "Die Rechenzeitung", "Morning Compute", "The Interface", "Open Source Review",
}

// bi is a phrase in English and French.
type bi struct{ en, fr string }

var teams = [...]bi{
	{"research", "recherche"}, {"infrastructure", "infrastructure"}, {"product", "produit"},
	{"safety", "sûreté"}, {"data", "données"}, {"applied AI", "IA appliquée"},
	{"robotics", "robotique"}, {"metadata", "métadonnées"}, {"superintelligence", "superintelligence"},
}

var roles = [...]bi{
	{"research scientist", "chercheur·se"}, {"head of research", "direction de la recherche"},
	{"chief scientist", "direction scientifique"}, {"engineering manager", "direction de l'ingénierie"},
	{"product lead", "responsable produit"}, {"chief executive", "direction générale"},
	{"head of partnerships", "responsable des partenariats"}, {"policy director", "direction des affaires publiques"},
}

var tagList = [...]string{"ai-talent", "data-labelling", "compute", "safety", "open-source", "funding", "restructuring"}

var claimBy = [...]string{
	"people familiar with the matter", "two former employees", "a company spokesperson",
	"an internal memo", "investors briefed on the deal",
}

var months = [...]bi{
	{"January", "janvier"}, {"February", "février"}, {"March", "mars"}, {"April", "avril"},
	{"May", "mai"}, {"June", "juin"}, {"July", "juillet"}, {"August", "août"},
	{"September", "septembre"}, {"October", "octobre"}, {"November", "novembre"}, {"December", "décembre"},
}

var monthParts = [...]bi{{"early", "début"}, {"mid-", "mi-"}, {"late", "fin"}}

// fillers are sentences added to summaries; %[1]s is the organisation and
// %[2]s the team.
var fillers = [...]bi{
	{"The move follows months of tension over compute budgets at %[1]s.", "Cette décision fait suite à des mois de tensions sur les budgets de calcul chez %[1]s."},
	{"The %[2]s team had been reorganised twice in a year.", "L'équipe %[2]s avait connu deux réorganisations en un an."},
	{"Staff were told in an internal memo on the metadata platform.", "Le personnel a été informé par une note interne sur la plateforme de métadonnées."},
	{"%[1]s did not respond to a request for comment.", "%[1]s n'a pas répondu à une demande de commentaire."},
	{"Several researchers questioned the strategy behind the reorganisation.", "Plusieurs chercheurs ont mis en cause la stratégie derrière la réorganisation."},
	{"The company said its roadmap for the metaverse was unchanged.", "L'entreprise a assuré que sa feuille de route pour le métavers restait inchangée."},
	{"Recruiters from rival labs had approached the team for weeks.", "Des recruteurs de laboratoires concurrents approchaient l'équipe depuis des semaines."},
	{"The decision was first reported by trade press.", "La décision a d'abord été rapportée par la presse spécialisée."},
}
